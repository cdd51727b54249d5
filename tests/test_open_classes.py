"""Open classes on text written for these tests: names in lists, Tibetan names,
names cut by jieba, zones, venues, organisations with open heads."""
from __future__ import annotations

import pytest

from kg.read import article_from_text


def spans(found, label: str) -> list[str]:
    return [m.text for m in found if m.label == label]


def sources(found, label: str) -> dict[str, str]:
    return {m.text: m.source for m in found if m.label == label}


# -- persons --------------------------------------------------------------------------
NAME_LISTS = [  # sentence, names that must be persons
    ("县领导刘建、郑大明、武国庆、马丽霞参加调研。", ["刘建", "郑大明", "武国庆", "马丽霞"]),
    ("副县长张新民、于国华、吴以成出席会议。", ["张新民", "于国华", "吴以成"]),
    ("李志强、赵红梅、黄建国及有关部门负责人陪同调研。", ["李志强", "赵红梅", "黄建国"]),
]


@pytest.mark.parametrize("text,names", NAME_LISTS)
def test_names_in_a_list_without_posts(mentions, text, names):
    found = mentions(text)
    assert [n for n in names if n not in spans(found, "Person")] == []


def test_a_list_of_common_words_is_no_list_of_names(mentions):
    found = mentions("会议要求，文化、卫生、教育等部门参加检查。")
    assert spans(found, "Person") == []


def test_a_list_names_its_rule(mentions):
    found = mentions("县领导刘建、郑大明、武国庆参加调研。")
    assert "persons.name_list" in sources(found, "Person").values()


def test_tibetan_names_of_two_elements(mentions):
    found = mentions("村党支部书记次仁卓玛和驻村干部格桑央金一起走访农户。")
    assert {"次仁卓玛", "格桑央金"} <= set(spans(found, "Person"))


def test_a_verb_glued_to_a_name_is_cut_off(mentions):
    found = mentions("国务委员杨明作总结讲话。")
    assert "杨明" in spans(found, "Person")
    assert "杨明作" not in spans(found, "Person")


def test_a_name_cut_short_once_is_whole_where_named_whole(mentions):
    found = mentions("市政协主席吴志远率考察团来访。吴志远出席座谈会并讲话。")
    assert spans(found, "Person").count("吴志远") == 2


def test_reduplicated_words_are_no_names(mentions):
    found = mentions("要牢记殷殷嘱托，扛起责任担当。")
    assert spans(found, "Person") == []


# -- townships, villages, zones, venues -----------------------------------------------
PLACES = [  # sentence, mention, class
    ("西城区广外街道来报到了。", "广外街道", "Township"),                        # a rare common word as a stem
    ("书记来到长安区子午街道调研。", "子午街道", "Township"),
    ("在东岗苏木、乌兰塔拉嘎查、巴彦宝力格镇调研时，他强调。", "巴彦宝力格镇", "Township"),  # five characters, in a list
    ("来到该镇光明社区、李坪村走访。", "光明社区", "Village"),                 # after a verb of going
    # the common words thousands of villages are named with, right after a township (jieba: 胜利[vn], 前进[v])
    ("安吉县天荒坪镇胜利村今年种植水稻3000亩。", "胜利村", "Village"),
    ("临县城庄镇前进村村民李桂英说。", "前进村", "Village"),
    ("与会人员来到白文镇胜利村和城庄镇团结社区。", "团结社区", "Village"),
    # a township in a list read as fields of work (察看甲街道、乙镇段河道治理): the township's
    ("安吉县委书记吴国平实地察看递铺街道、孝丰镇段河道治理和水环境保护情况。", "递铺街道", "Township"),
    # an item of a list of townships whose end jieba reads as a common word (梓 | 山镇)
    ("县委书记先后来到罗坳镇、车溪乡、梓山镇，调研基层治理工作。", "梓山镇", "Township"),
    ("来到浏阳经济技术开发区调研。", "浏阳经济技术开发区", "Place"),
    ("湖南湘江新区加快发展。", "湖南湘江新区", "Place"),
    ("参观了长沙规划展示馆。", "长沙规划展示馆", "Landmark"),
    # a visit's verb (参观, 调研: jieba tags them nouns here) and who visits are no words of the site's name
    ("国庆假期，大批游客参观周恩来纪念馆。", "周恩来纪念馆", "Landmark"),
    # a scenic or historic site named after a place's short name (not the place's full name: its own)
    ("国庆假期，黄山风景区接待游客18.6万人次。", "黄山风景区", "Landmark"),
    ("平遥古城接待游客38.5万人次。", "平遥古城", "Landmark"),
    ("9月30日，党员干部参观刘少奇故居。", "刘少奇故居", "Landmark"),
    ("签字仪式今天下午在人民大会堂举行。", "人民大会堂", "Landmark"),
    ("开幕式在国家体育场举行。", "国家体育场", "Landmark"),
    ("参观了山西博物院和中国美术馆。", "山西博物院", "Landmark"),   # an institution named after its place
    ("参观了山西博物院和中国美术馆。", "中国美术馆", "Landmark"),
    ("建在西单路口的北京图书大厦正式开业。", "北京图书大厦", "Landmark"),
    ("山西省阳泉市城区召开会议。", "城区", "County"),          # the city's own 城区
    # a zone named by its division and what it grows (jieba splits the township: 上元 | 观镇)
    ("在城固县上元观镇柑橘产业园，他察看长势。", "上元观镇柑橘产业园", "Place"),
    ("寿光市蔬菜产业园年产蔬菜10万吨。", "寿光市蔬菜产业园", "Place"),
    ("在洋县朱鹮湿地公园，他察看鸟类栖息情况。", "朱鹮湿地公园", "NaturalPlace"),   # not 朱鹮湿地 and a park
    ("他来到莲花山森林公园。", "莲花山森林公园", "NaturalPlace"),                   # not the mountain alone
    # a designation jieba keeps as one word (某某 | 国家森林公园), after a name or a place's name
    ("依托大围山国家森林公园的资源优势。", "大围山国家森林公园", "NaturalPlace"),
    ("游客来到张家界国家森林公园。", "张家界国家森林公园", "NaturalPlace"),
    # a city's or county's own hall, not the national one the word alone names
    ("全会在宜宾市人民大会堂举行。", "宜宾市人民大会堂", "Landmark"),
    ("会议在县人民大会堂召开。", "县人民大会堂", "Landmark"),
    ("博览会在寿光蔬菜高科技示范园开幕。", "寿光蔬菜高科技示范园", "Place"),        # a zone: 示范园
    ("卧龙国家级自然保护区位于汶川县。", "卧龙国家级自然保护区", "NaturalPlace"),   # a reserve
    ("他来到三江源自然保护区。", "三江源自然保护区", "NaturalPlace"),
    ("要加快建设河湟文化生态保护区。", "河湟文化生态保护区", "Initiative"),          # a designation
    ("比亚迪于2019年落户南昌经开区。", "南昌经开区", "Place"),       # 落户 (a noun to jieba) is no part of it
    ("去年，合肥高新区新签约亿元以上项目127个。", "合肥高新区", "Place"),   # 合肥[n] | 高新区[nr]: a city jieba tags a noun
]


@pytest.mark.parametrize("text,name,cls", PLACES)
def test_places_below_the_county_zones_and_venues(mentions, text, name, cls):
    found = mentions(text)
    assert name in spans(found, cls), [(m.text, m.label) for m in found]


NOT_PLACES = [  # sentence, a span that must not be a place
    ("激发脱贫村内生动力。", "脱贫村"),
    ("城关镇深入村组开展走访，该镇行政村全部通硬化路。", "深入村"),     # a verb, a level: no village's name
    ("在江西省于都县潭头村，钟国华带领党员干部修水渠、建砖厂。", "修水"),   # 修 | 水渠: no county 修水县
    ("以勒镇安置点共安置搬迁群众2860户。", "镇安"),
    ("今年，仪陇县将在城市社区推行网格化管理。", "城市社区"),   # communities by kind, no name
    ("县中医院和县人民医院联合开展义诊。", "和县"),
    # a list going on after a comma with 和 and the county's own body (and 和县 of Anhui where its city is named:
    # test_he_county_after_a_comma_in_its_citys_news_is_a_place)
    ("委员们认真学习讨论县委书记李刚在开幕式上的讲话，和县政协常委会工作报告。", "和县"),
    # a list going on after a comma with 和 and the county's own body (and 和县 of Anhui where its city is named:
    # test_he_county_after_a_comma_in_its_citys_news_is_a_place)
    ("委员们认真学习讨论县委书记李刚在开幕式上的讲话，和县政协常委会工作报告。", "和县"),   # and the county's hospital: a conjunction, no 和县 of Anhui   # 以勒 | 镇安 | 置点 (jieba's model): 安置, no county 镇安县
    ("清水河县级河长赵明参加巡河。", "清水河县"),     # a river's chief of the county's rank, no county
    ("今年以来，台江村BA和榕江村超持续火爆。", "台江村"),     # 村BA, 村超: village sports, no village
    ("城关镇深入村组开展走访，该镇行政村全部通硬化路。", "行政村"),
    ("青岛市累计建成国家级海洋牧场示范区15处。", "海洋牧场示范区"),      # no name in the stem
    ("遵义市茶园面积稳步增长。", "遵义市茶园"),                            # the city's tea gardens
    ("审批效率的提升，让我们坚定了扎根昆山的信心。", "扎根昆山"),
    ("公司设在四季青街道剧院路716号。", "四季青街道剧院"),                   # a road named after a site
    ("办公室在文三路704号伟星大厦18楼。", "号伟星大厦"),                     # a house number is no stem
    ("安吉县建设产业园3个。", "安吉县建设产业园"),                           # the county builds them
    ("盘州市红果街道某社区原主任李某某受到处分。", "某社区"),                 # 某: a place left unnamed
    ("某公司今年新建标准化茶园1200亩。", "新建标准化茶园"),                  # 新建 (a county's short name): to build
    ("该村新建文化广场一处。", "新建文化广场"),
    ("小山村走出致富路。", "小山村"),                                         # 小 | 山村 (jieba: a name)
    ("深圳市城区绿化覆盖率达到40%。", "城区"),     # right after a city, no district of another city (汕尾的城区)
    ("会议在宜宾市人民大会堂举行。", "人民大会堂"),
    ("该镇建成蔬菜示范园3个。", "蔬菜示范园"),                                     # no name in the stem
    ("全省建成自然保护区12个。", "自然保护区"),
    ("台风来临前，渔船全部回港避风。", "港"),                 # 港 is a harbour here, not Hong Kong
]


@pytest.mark.parametrize("text,span", NOT_PLACES)
def test_common_phrases_are_no_places(mentions, text, span):
    assert span not in [m.text for m in mentions(text)]


def test_a_full_admin_name_before_a_zone_stays_a_place_of_its_own(mentions):
    found = mentions("到上海市奉贤区海湾旅游区考察。")
    assert "海湾旅游区" in spans(found, "Place")
    assert "奉贤区" in spans(found, "County")


ORGS = [  # sentence, name, class
    ("省政协主席王某某主持会议。", "省政协", "Organization"),                 # a level word and a people's body
    ("市科协、市妇联联合开展活动。", "市科协", "Organization"),
    ("城关街道工委召开会议。", "城关街道工委", "PartyOrganization"),
    ("国家统计局宁波调查队发布数据。", "国家统计局宁波调查队", "GovernmentBody"),
    ("中宣部召开新闻发布会。", "中宣部", "PartyOrganization"),
    ("大岭养殖场年出栏生猪两千头。", "大岭养殖场", "Company"),
    ("县委书记一行来到青松岭林场察看防火检查站。", "青松岭林场", "Organization"),     # a state forest farm
    ("绿源家庭农场负责人介绍。", "绿源家庭农场", "Company"),
    ("代表团考察了青田县职业高级中学。", "青田县职业高级中学", "School"),    # jieba: 高级中学 one word
    # a verb-like trade name (安踏[v], a rare word) right before its industry, after a verb of going
    ("省委书记走进安踏体育用品集团有限公司。", "安踏体育用品集团有限公司", "Company"),
    # jieba's model guessed the village's name a locality (屯上[f]): a name's part all the same
    ("他返乡创办普安县屯上茶叶种植专业合作社。", "普安县屯上茶叶种植专业合作社", "Organization"),
    ("走进红星社区党群服务中心。", "红星社区党群服务中心", "Organization"),   # named by its place
    # inspection teams, numbered after 中央 (中央第四生态环境保护督察组) or right before the head
    ("中央第四生态环境保护督察组向湖北省反馈督察情况。", "中央第四生态环境保护督察组", "Organization"),
    ("县委第二巡察组进驻该镇。", "县委第二巡察组", "Organization"),
    # the other teams sent on a task, and their 组长 that jieba glues to the head (指导 | 组组长)
    ("市委第六巡回指导组组长周某某到会指导。", "市委第六巡回指导组", "Organization"),
    ("区政府第二督查组组长吴某某一行到街道督查。", "区政府第二督查组", "Organization"),
    ("市委第一指导组到该县指导工作。", "市委第一指导组", "Organization"),
    # the civilisation-practice centres of every county, institutes of its townships (新 an adjective to jieba)
    ("11月11日，武义县新时代文明实践中心揭牌成立。", "武义县新时代文明实践中心", "Organization"),
]


@pytest.mark.parametrize("text,name,cls", ORGS)
def test_organisations_with_open_heads(mentions, text, name, cls):
    found = mentions(text)
    assert name in spans(found, cls), [(m.text, m.label) for m in found]


@pytest.mark.parametrize("text", ["全市规模养殖场达到320家。", "积极发展家庭农场和产业化经营。", "深化国有林场改革。",
                                  "全县共有家庭农场120家、国有林场3个。"])
def test_the_kinds_farms_are_run_as_name_no_farm(mentions, text):
    """家庭农场, 规模养殖场, 国有林场: kinds of farm (after a verb too: 发展 | 家庭 | 农场; jieba tags 深化 an
    abbreviation), no farm's name."""
    assert not [m for m in mentions(text) if m.label in ("Company", "Organization")]


def test_a_name_glued_to_a_verb_opens_no_team(mentions):
    """副主任 | 李俊 | 峰率 | 执法 | 检查组: jieba's model glued the name's last character to 率; the
    team is led, not named after the person."""
    found = mentions("省人大常委会副主任李俊峰率执法检查组来我市开展检查。")
    assert "李俊峰" in spans(found, "Person")
    assert not [m for m in found if m.text.endswith("检查组") and "李" in m.text]
    # the whole name glued to 率 (丁某某率[nr] | 执法 | 检查组)
    found = mentions("全国人大常委会副委员长丁仲礼率执法检查组来我省。")
    assert "丁仲礼" in spans(found, "Person")
    assert not [m for m in found if m.text.endswith("检查组") and "丁" in m.text]


def test_a_common_word_ending_a_token_is_no_head(mentions):
    found = mentions("村党支部书记次仁卓玛和驻村干部格桑央金一起走访农户。")
    assert not [m for m in found if m.text.endswith("干部") and m.label in ("GovernmentBody", "Organization")]


# -- names jieba's dictionary mis-tags -------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("陈和生说，今年的工作要抓早抓实。", "陈和生"),                   # 和 inside a name jieba's model found
    ("本报北京五月三日电记者江建国报道：会议今天闭幕。", "江建国"),   # a byline vouches for the name
])
def test_names_vouched_by_the_model_or_a_byline(mentions, text, name):
    assert name in [m.canonical for m in mentions(text) if m.label == "Person"]


def test_two_names_after_the_leaders_of_a_place_are_persons(mentions):
    """县领导甲、乙参加: the collective vouches for a list of two (one of them a place word to jieba);
    without it two words in a list are no names by themselves."""
    assert {"孙立", "郑海"} <= {m.canonical for m in mentions("县领导孙立、郑海参加。") if m.label == "Person"}


@pytest.mark.parametrize("text,country", [
    ("叶利钦同德国总理进行了磋商。", "德国"),
    ("这将危及亚洲地区的经济复苏。", "亚洲"),
])
def test_a_foreign_place_glued_to_a_common_word(mentions, text, country):
    assert country in [m.canonical for m in mentions(text)]


# -- posts, papers, false heads ----------------------------------------------------------
@pytest.mark.parametrize("text,role", [
    ("副旗长李某某陪同调研。", "副旗长"),
    ("代省长王某某出席会议。", "代省长"),
    ("本报记者张晓明报道。", "记者"),
])
def test_posts(mentions, text, role):
    assert role in spans(mentions(text), "Role")


def test_a_newspaper_is_an_organisation(mentions):
    assert "南方日报" in spans(mentions("南方日报记者从会上获悉。"), "Organization")
    assert spans(mentions("要办好日报和期刊。"), "Organization") == []


def test_a_person_and_a_word_ending_in_a_head_is_no_organisation(mentions):
    found = mentions("县长王建华带队调研。")
    assert "王建华" in spans(found, "Person")
    assert not [m for m in found if m.text.endswith("带队")]


def test_a_verb_opens_no_village(mentions):
    found = mentions("各地成立强村公司，深入部分嘎查开展调研。")
    assert not [m for m in found if m.label in ("Village", "Township") and m.text.startswith(("成立", "深入"))]


def test_a_level_word_before_a_place_stays_out_of_the_name(mentions):
    found = mentions("他来到城关街道光明社区党群服务中心。")
    assert "光明社区党群服务中心" in spans(found, "Organization")


def test_a_reporter_without_a_name_is_no_post(mentions):
    assert "记者" not in spans(mentions("记者于3日从某县获悉，全县已完成秋播。"), "Role")


def test_household_company_names_without_a_head(mentions):
    found = mentions("微软和西门子的地位受到威胁。")
    assert {"微软", "西门子"} <= set(spans(found, "Company"))


# -- a name bounded by a post and a stop ----------------------------------------------
BOUNDED = [  # sentence, the name between a post and a stop
    ("县委常委、组织部部长卓玛草，副县长王立新出席。", "卓玛草"),
    ("镇长巴图，副镇长乌恩及有关村干部参加座谈。", "乌恩"),
]


@pytest.mark.parametrize("text,name", BOUNDED)
def test_a_name_between_a_post_and_a_stop(mentions, text, name):
    assert name in spans(mentions(text), "Person")


@pytest.mark.parametrize("text", ["副市长强调，要抓好落实。", "局长主持会议并讲话。", "县长在会上指出，工作要实。"])
def test_no_name_is_read_from_words_after_a_post(mentions, text):
    assert spans(mentions(text), "Person") == []


@pytest.mark.parametrize("text,place", [
    ("考察组来到大别山北麓，察看茶叶种植。", "大别山北麓"),
    ("代表团驱车前往七一冰川，了解冰川监测。", "七一冰川"),
])
def test_natural_places_by_slope_and_after_a_set_phrase(mentions, text, place):
    found = mentions(text)
    assert place in spans(found, "NaturalPlace")
    assert not any(s.startswith("专程") for s in spans(found, "NaturalPlace"))


@pytest.mark.parametrize("text,name,cls", [
    ("浙江建设共同富裕示范区。", "共同富裕示范区", "Initiative"),
    ("推进郑东科技城建设。", "郑东科技城", "Initiative"),
    ("苏州工业园区召开会议。", "苏州工业园区", "Place"),
])
def test_designations_are_programmes_zones_are_places(mentions, text, name, cls):
    found = mentions(text)
    assert name in spans(found, cls)


def test_words_of_rural_policy_make_no_township_village_or_company(mentions):
    """培育文明 | 乡风 (a word jieba's dictionary lacks), 12 | 公里 | 通村水泥路 (a count's unit), 发展村办物业公司
    (who runs a kind of business): no 文明乡, no 公里通村, no company; the township visited stays."""
    found = mentions("5月10日，县委书记赵文斌到长垣市赵堤镇调研。他强调，要培育文明乡风，"
                     "加快建设12公里通村水泥路，探索发展村办物业公司，壮大村集体经济。")
    assert spans(found, "Township") == ["赵堤镇"] and spans(found, "Village") == []
    assert spans(found, "Company") == []


def test_a_village_read_before_is_not_glued_to_the_word_before_it(mentions):
    """某镇某村 … 让某村富起来、美起来 … 扶贫前某村: the village the article named whole, not 让某村 or 前某村
    (nor 美起来 the United States); 东某村 may be another village and stays."""
    found = mentions("今年3月，县教育局帮建浚县屯子镇柳林村。工作组决心让柳林村富起来、美起来。"
                     "扶贫前柳林村集体经济收入不足2万元。东柳林村也在规划中。")
    assert set(spans(found, "Village")) == {"柳林村", "东柳林村"}
    assert spans(found, "Country") == []


@pytest.mark.parametrize("text", ["向各位领导和来宾表示欢迎。", "来宾朋友们参观了展览。"])
def test_guests_in_a_list_of_persons_are_no_city(mentions, text):
    assert spans(mentions(text), "Prefecture") == []


def test_a_deputy_of_a_county_named_whole_keeps_the_county(mentions):
    # 某某县 | 人大代表: the post whole after the place, not 县人大代表 eating the county's last character
    found = mentions("部分潜山市人大代表和怀宁县人大代表参加视察。")
    assert {"潜山市", "怀宁县"} <= set(spans(found, "County"))


def test_this_sites_dateline_names_no_outlet(mentions):
    # 本网讯: the site the text stands on, as 本报讯 (a named one, 中国青年网讯, is an outlet)
    assert spans(mentions("本网讯 3月5日，县委召开会议。"), "Organization") == []
    assert spans(mentions("中国青年网讯 3月5日，县委召开会议。"), "Organization") == ["中国青年网"]


def test_a_banners_customary_short_name_is_the_banner(mentions):
    # 东乌旗 (东乌珠穆沁旗), 克旗 (克什克腾旗): the short names Inner Mongolia writes, no person 到东乌旗
    found = [(m.text, m.canonical) for m in mentions("旗委书记到东乌旗调研。克旗召开会议。") if m.label == "County"]
    assert found == [("东乌旗", "东乌珠穆沁旗"), ("克旗", "克什克腾旗")]


def test_heads_of_sumu_and_gacha_in_their_own_words_are_posts(mentions):
    found = mentions("嘎查达巴特尔主持。副苏木达其其格参加。")
    assert spans(found, "Role") == ["嘎查达", "副苏木达"] and spans(found, "Person") == ["巴特尔", "其其格"]


def test_words_of_health_and_culture_news_are_no_persons(mentions):
    found = mentions("县政协主席谭红英考察了县人民医院康复科。她要求全县卫健系统加强师德、医德建设，推动各类展陈推陈出新。")
    assert spans(found, "Person") == ["谭红英"]


def test_a_brand_of_a_provinces_and_a_countrys_character_is_no_pair_of_places(mentions):
    # 晋泰新能源: a brand (晋 Shanxi's character, 泰 Thailand's), no 山西省 and 泰国; 中美 still two countries
    assert [m for m in mentions("晋泰新能源焦化升级项目开工。") if m.label in ("Province", "Country")] == []
    assert spans(mentions("中美两国加强合作。"), "Country") == ["中", "美"]


def test_a_brand_opening_a_projects_name_is_no_person(mentions):
    # 盛鸿 | 特种环氧树脂项目, 廖坪 | 旅游公路建设项目: brands and places opening projects' names; 某某负责的项目 keeps him
    assert spans(mentions("代表们视察了盛鸿特种环氧树脂项目和廖坪旅游公路建设项目。"), "Person") == []
    assert spans(mentions("王强负责的项目进展顺利。"), "Person") == ["王强"]


def test_going_into_a_village_is_no_village(mentions):
    found = mentions("县委书记王立新进村入户，察看灾情。")
    assert spans(found, "Village") == [] and "王立新" in spans(found, "Person")


@pytest.mark.parametrize("text,place", [("6月3日，王大明到和平镇调研春耕生产。", "和平镇"),
                                        ("6月3日，王大明前往东和乡考察茶叶产业。", "东和乡")])
def test_a_township_between_a_verb_of_going_and_a_visit_verb(mentions, text, place):
    # 和平 is a common word and 和 a stop character: the frame 到…调研 vouches for the whole name
    assert (place, "Township") in {(m.text, m.label) for m in mentions(text)}


def test_no_township_outside_the_frame(mentions):
    assert not [m for m in mentions("要实现和平镇守边疆的目标。") if m.label == "Township"]


def test_a_name_and_a_word_holding_the_village_suffix_is_no_village(mentions):
    # 王大明 | 进村 | 入户: jieba's 进村 holds 村, and the stem would start with the person's name
    found = {(m.text, m.label) for m in mentions("6月3日，县长王大明到船寮镇调研。在高市村，王大明进村入户，了解情况。")}
    assert ("高市村", "Village") in found and not [t for t, c in found if c == "Village" and t.startswith("王大明")]


@pytest.mark.parametrize("text,places", [
    ("全镇已在东岭、西坪、石桥等3个村开展试点。", ["东岭村", "西坪村", "石桥村"]),
    ("项目覆盖南河、北沟等两个村。", ["南河村", "北沟村"]),
    # 等 ends a list naming some of those it counts: three of the five villages
    ("全镇在中坝、长兴、永红等5个村推行新模式。", ["中坝村", "长兴村", "永红村"]),
    ("东岭、西坪、石桥等2个村参加。", []),                  # fewer counted than listed: no such list
    # the count before the level word alone (四镇), or none where a tour goes (深入甲、乙等镇)
    ("向阳、洄水、瓦庙、汉王四镇人大主席参加会议。", ["向阳镇", "洄水镇", "瓦庙镇", "汉王镇"]),
    ("带队深入马营、鸡川、义岗川等镇开展督导检查。", ["马营镇", "鸡川镇", "义岗川镇"]),
    ("张三、李四等镇干部参加会议。", []),                    # (persons of the towns, no tour)
    ("组织张三、李四等村民代表座谈。", []),                  # (村民: a word 村 opens)
])
def test_a_list_whose_suffix_follows_its_count(mentions, text, places):
    found = [m.canonical for m in mentions(text) if m.source == "places.elided"]
    assert found == places


def test_a_list_of_villages_written_whole_before_its_count_keeps_its_names(mentions):
    # 甲村、乙村等5个村: nothing is elided (no 石门村村), the place rules' names stand
    found = [(m.canonical, m.label) for m in mentions("全镇赵家塬村、石门村、杨家岔村等5个村已形成产业带。")]
    villages = [c for c, label in found if label == "Village"]
    assert "石门村" in villages and "杨家岔村" in villages and not [c for c in villages if c.endswith("村村")]


@pytest.mark.parametrize("venue", ["尧耕山庄", "舜华山庄"])
def test_a_venue_between_zai_and_a_verb_of_holding_or_receiving(mentions, venue):
    # jieba cuts the stem into characters it does not tag as nouns; 在…会见 vouches for the name
    assert venue in spans(mentions(f"6月3日，王大明在{venue}会见了客人。"), "Landmark")
    assert venue not in spans(mentions(f"他在{venue}里住了三天。"), "Landmark")


def test_the_seats_word_before_a_venue_is_no_part_of_its_name(mentions):
    # 在县城 | 某某广场: the county's town, named by no name of its own; 在县城广场 names no venue
    assert spans(mentions("当天，该县在县城芙蓉广场举办展演活动。"), "Landmark") == ["芙蓉广场"]
    assert not spans(mentions("当天，该县在县城广场举办展演活动。"), "Landmark")


def test_a_name_whose_given_part_is_a_common_word_before_a_post(mentions):
    # 全国 is a common word; the surname jieba tagged as a name and 书记 after the two vouch for it
    found = mentions("按照李全国书记提出的要求，扎实推进各项工作。")
    assert "李全国" in [m.canonical for m in found if m.label == "Person"]


def test_a_school_after_a_school_is_its_campus(mentions):
    found = mentions("调研组先后来到育英中学东城学校、实验小学。")
    assert "育英中学东城学校" in [m.canonical for m in found if m.label == "School"]


@pytest.mark.parametrize("text,name", [
    ("推介了烟台乡村振兴先行区。", "烟台乡村振兴先行区"),
    ("全力打造生态文明示范区。", "生态文明示范区"),
])
def test_a_designation_named_after_a_policy(mentions, text, name):
    assert name in [m.canonical for m in mentions(text) if m.label == "Initiative"]


def test_a_site_inside_a_park_written_before_it(extractor):
    found = extractor(article_from_text("t", ["位于岳麓山风景区内的湖湘规划展示馆对市民开放。"]))
    labels = {e.id: e.label for e in found.entities.entities.values()}
    located = {(labels.get(f.head), labels.get(f.tail)) for f in found.facts if f.relation == "locatedIn"}
    assert ("湖湘规划展示馆", "岳麓山风景区") in located


def test_rivers_listed_before_a_word_of_rivers_are_natural_places(mentions):
    # jieba cuts 弥苴河 into characters and glues 江 to 等; the list and its head vouch for the names
    found = {m.canonical: m.source for m in mentions("大理州开展入湖河流整治，罗时江、弥苴河等入湖河流水质明显改善。")
             if m.label == "NaturalPlace"}
    assert found.get("弥苴河") == "landmarks.natural_list" and "罗时江" in found
    # a word of the clause before the first river is no part of its name; a province is no river
    assert not [m for m in mentions("重点整治罗时江、弥苴河等河流。") if m.canonical.startswith("整治")]
    assert [m.canonical for m in mentions("整治金河、银江等河流。") if m.label == "NaturalPlace"] == ["银江"]
    assert "黑龙江" not in {m.canonical for m in mentions("黑龙江、松花江等河流") if m.label == "NaturalPlace"}


def test_a_village_jieba_reads_as_one_place_word_though_its_stem_is_a_count(mentions):
    # 三台 is a count (three units) in jieba's dictionary, 三台村 one place word of its own
    found = {(m.canonical, m.label) for m in mentions("5月21日，县长到陇西县首阳镇调研。在三台村，县长走进村民家中。")}
    assert ("三台村", "Village") in found


def test_a_levels_territory_opens_no_short_form_of_a_body(mentions):
    """全国首个县域数字乡村指挥中心在某县投用: 县域 (a county's territory) is no 县 whose body it names; the
    name is a kind such places have, not bound to the county (某县县域数字乡村指挥中心)."""
    found = mentions("全国首个县域数字乡村指挥中心在青田投用。")
    assert not [m for m in found if m.label in ("Organization", "GovernmentBody") and "指挥中心" in m.text]
    found = mentions("推进市域社会治理现代化指挥中心建设。")
    assert not [m for m in found if "指挥中心" in m.text]


def test_a_numeral_opening_a_places_name_stays_in_a_bodys_name(mentions):
    """三 | 江源[ns] | 国家公园管理局: the numeral opens the place's name (三江源), not a count before it."""
    assert "三江源国家公园管理局" in spans(mentions("记者从三江源国家公园管理局获悉。"), "GovernmentBody")


def test_a_frequent_verb_before_an_industry_is_no_trade_name(mentions):
    """推进 | 新材料有限公司发展: 推进 is a verb jieba counts often, no trade name."""
    assert not [m for m in mentions("加快推进新材料有限公司发展。") if m.label == "Company" and m.text.startswith("推进")]


@pytest.mark.parametrize("text, absent, present", [
    # a name that ends inside a township of the division tables (盘龙区 | 联盟街道) is no body's
    ("3月12日，盘龙区联盟街道白龙社区养老服务中心正式投入使用。", "盘龙区联盟", ("联盟街道", "Township")),
    # a village listed before a city's university shares no head with it
    ("指导组先后来到费县上冶镇东固村、临沂大学等地调研。", "东固村大学", ("临沂大学", "University")),
    # a verb right before 街道 (冲入 | 街道: the streets) ends no township's name
    ("在文县碧口镇，民兵正在清理冲入街道的泥石流淤积物。", "清理冲入街道", ("碧口镇", "Township")),
    # a time before 社区 opens no village's name (社区 names the kind of canteen or centre after it)
    ("成都市计划到2025年建成社区长者食堂500个以上。", "年建成社区", ("成都市", "Prefecture")),
    ("今年，成都市新建社区养老服务中心12个。", "今年新建社区", ("成都市", "Prefecture")),
    # a conjunction between two level words (市和县（市、区）) is no county (和县)
    ("河南省各省辖市和县（市、区）设分会场。", "和县", ("河南省", "Province")),
    # a national body of the known names opening with a county's short name (公安 | 部) is of no county
    ("公安部部署全国公安机关开展专项行动。", "公安县", ("公安部", "GovernmentBody")),
    # a post's holder, whatever the surname, acts in the verb before a group's name
    ("4月18日，自治区副主席哈继铭带领工作组深入石嘴山市。", "哈继铭带领工作组", ("哈继铭", "Person")),
    # cities written whole before a university named with a place's short form are not its kind
    ("会上，南阳市、信阳市、郑州大学作了典型发言。", "信阳市大学", ("郑州大学", "University")),
    ("会上，南阳市、信阳市、郑州大学作了典型发言。", "南阳市大学", ("信阳市", "Prefecture")),
    # two bodies acting together (会同) are no one body
    ("延安市委组织部会同市委党校共举办干部培训班。", "延安市委组织部会同市委党校", ("延安市委组织部", "PartyOrganization")),
    # a joint body (纪委监委) names no committee of its own
    ("会后，江西省纪委监委机关迅速传达会议精神。", "江西省纪委", ("江西省纪委监委", "PartyOrganization")),
    # after a status word (党员), an adjective and a verb, or two verbs, are no names
    ("南宁市确保全市党员全覆盖、党员应学尽学。", "全覆盖", ("南宁市", "Prefecture")),
    ("南宁市确保全市党员全覆盖、党员应学尽学。", "应学", ("南宁市", "Prefecture")),
])
def test_no_body_or_person_made_of_a_neighbours_words(extractor, text, absent, present):
    ex = extractor(article_from_text("t", [text]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert present in found and absent not in {label for label, _ in found}


@pytest.mark.parametrize("text, expected", [
    # a province's 公安厅 (公安 is also 公安县's short name): the province's department
    ("河北省公安厅厅长王刚出席会议。", ("河北省公安厅", "GovernmentBody")),
    # a merged department whose last field jieba glued to the verb after it (草原 | 局要)
    ("会议要求，海东市林业和草原局要加强重点林区巡护。", ("海东市林业和草原局", "GovernmentBody")),
    # rivers listed before 等重点流域, or before the basin the last one names
    ("要求加强黄河、洮河、白龙江等重点流域的监测预警。", ("白龙江", "NaturalPlace")),
    ("抓好黄河、渭河、石羊河、黑河流域治理。", ("石羊河", "NaturalPlace")),
])
def test_names_a_neighbouring_reading_took(extractor, text, expected):
    ex = extractor(article_from_text("t", [text]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert expected in found and not any(t == "County" or (t == "Person" and n != "王刚") for n, t in found), found


@pytest.mark.parametrize("text, absent", [
    ("（2023年7月27日宁夏回族自治区第十三届人民代表大会常务委员会第四次会议通过）", "日本"),   # a date's day
    ("近日，延边州政府印发实施意见，提出要发挥朝医药特色优势。", "朝鲜"),      # the people's medicine
    ("柳州市政府近日印发《柳州市城市更新实施办法》（柳政规〔2023〕2号）。", "柳政规"),   # a 文号's issuer
])
def test_no_country_or_person_from_a_date_a_people_or_a_number(extractor, text, absent):
    ex = extractor(article_from_text("t", [text]))
    assert absent not in {e.label for e in ex.entities.entities.values()}


@pytest.mark.parametrize("text, expected, absent", [
    # a word before a township of the division tables is no part of its name
    ("沂南县召开会议。近日，随着岸堤镇朱家林村选举产生新一届村民委员会。", ("岸堤镇", "Township"), "随着岸堤镇"),
    ("6月5日，罗田县组织九资河镇、胜利镇开展防汛应急演练。", ("九资河镇", "Township"), "组织九资河镇"),
    # townships listed whole before 等N个乡镇 take no second suffix
    ("罗田县选派驻村工作队102支，覆盖九资河镇、胜利镇、河铺镇等12个乡镇。", ("河铺镇", "Township"), "河铺镇乡"),
    # 驻村 (stationed in villages) and a verb with more before 村 name no village
    ("入汛以来，罗田县驻村工作队积极协助镇村开展隐患排查。", ("罗田县", "County"), "驻村"),
    ("罗田县推动强村富民。", ("罗田县", "County"), "推动强村"),
    # two adjectives joined (宜居宜业和美乡村): no country
    ("近日，通渭县召开会议，部署宜居宜业和美乡村建设工作。", ("通渭县", "County"), "美国"),
])
def test_places_read_whole_and_no_more(extractor, text, expected, absent):
    ex = extractor(article_from_text("t", [text]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert expected in found and absent not in {label for label, _ in found}, found


@pytest.mark.parametrize("text, expected, absent", [
    ("义乌市北苑初级中学秋季开学。", ("义乌市北苑初级中学", "School"), None),          # a junior middle school
    ("佛堂镇中心幼儿园正式开园。", ("佛堂镇中心幼儿园", "School"), "佛堂镇中心"),      # a township's central kindergarten
    ("江苏恒力精密铸造有限公司签约落户镇江。", ("江苏恒力精密铸造有限公司", "Company"), None),   # a modifier of the trade
    ("宁都县人民政府与广州市宏达服饰集团有限公司签订服装产业园项目投资协议。",
     ("广州市宏达服饰集团有限公司", "Company"), "广州市宏达服饰集团有限公司签订服装"),   # signing ends the name
])
def test_schools_and_companies_named_whole(extractor, text, expected, absent):
    ex = extractor(article_from_text("t", [text]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert expected in found and (absent is None or absent not in {label for label, _ in found}), found


@pytest.mark.parametrize("text, expected", [
    # a body's head jieba's model glued to the word after it (局 | 驻, 局 | 等): the body named whole
    ("罗田县水利和湖泊局驻圣人堂村工作队队长程建国发言。", ("罗田县水利和湖泊局", "GovernmentBody")),
    ("于都县召开会议，县农业农村局、县乡村振兴局等单位负责同志作了汇报。", ("于都县乡村振兴局", "GovernmentBody")),
])
def test_bodies_whose_head_jieba_glued_to_the_next_word(extractor, text, expected):
    ex = extractor(article_from_text("t", [text]))
    assert expected in {(e.label, e.type) for e in ex.entities.entities.values()}


@pytest.mark.parametrize("text, absent", [
    ("一季度平凉市经济运行开局良好。", "平凉市经济运行开局"),      # 开局 (a start) ends in 局, no bureau
    ("三河村养殖场存栏西门塔尔牛260头。", "西门"),                  # a breed, no gate
    ("昭觉苦荞等特色农产品进入佛山商超和机关食堂。", "商超"),       # shops, no person
])
def test_words_that_end_or_open_like_names(extractor, text, absent):
    ex = extractor(article_from_text("t", [text]))
    assert absent not in {e.label for e in ex.entities.entities.values()}


def test_memorials_named_after_an_event_or_a_person(extractor):
    """百色起义纪念馆, 秋收起义纪念馆 (a set phrase of jieba's naming the event), 周恩来纪念馆: memorials."""
    ex = extractor(article_from_text("t", ["学员们先后参观了百色起义纪念馆、秋收起义纪念馆、周恩来纪念馆。"]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert {("百色起义纪念馆", "Landmark"), ("秋收起义纪念馆", "Landmark"), ("周恩来纪念馆", "Landmark")} <= found


@pytest.mark.parametrize("text, full, short", [
    ("山东大学齐鲁医院与费县人民医院签约。齐鲁医院将派出专家坐诊。", "山东大学齐鲁医院", "齐鲁医院"),
    ("鄂州花湖国际机场上半年货邮吞吐量增长。花湖机场已开通航线21条。", "花湖国际机场", "花湖机场"),
])
def test_a_name_written_shorter_again_is_one_node(extractor, text, full, short):
    ex = extractor(article_from_text("t", [text]))
    labels = {e.label for e in ex.entities.entities.values()}
    assert full in labels and short not in labels


def test_the_count_of_sites_listed_names_none(extractor):
    """宏村、西递两大景区: 两大 counts the sites listed, no 西递两大景区."""
    ex = extractor(article_from_text("t", ["国庆假期，宏村、西递两大景区接待游客6.8万人次。"]))
    assert "西递两大景区" not in {e.label for e in ex.entities.entities.values()}


def test_a_body_of_jiebas_dictionary_after_a_level_is_the_places(extractor):
    """市 | 安委会[nt]: the city's 安委会 (海东市安委会), not one 安委会 of every place; a government body (a
    commission of the government, org_suffixes.tsv), no organisation of jieba's tag."""
    ex = extractor(article_from_text("t", ["海东市召开会议。市安委会成员单位主要负责同志参加会议。"]))
    assert ("海东市安委会", "GovernmentBody") in {(e.label, e.type) for e in ex.entities.entities.values()}


def test_a_free_trade_zones_official_name_and_its_area_in_a_city_are_one_zone(extractor):
    """中国（辽宁）自由贸易试验区大连片区, 辽宁自贸试验区大连片区: the zone's area in 大连市, a Place in the city."""
    ex = extractor(article_from_text("t", ["8月15日，中国（辽宁）自由贸易试验区大连片区召开新闻发布会。"
                                           "上半年，辽宁自贸试验区大连片区实现外贸进出口额873.6亿元。"], date="2023-08-16"))
    ents = ex.entities.entities
    zones = {e.label for e in ents.values() if e.type == "Place"}
    assert zones == {"中国（辽宁）自由贸易试验区大连片区", "辽宁自贸试验区大连片区"}
    located = {(ents[f.head].label, ents[f.tail].label) for f in ex.facts if f.relation == "locatedIn"
               and f.head in ents and f.tail in ents}
    assert ("辽宁自贸试验区大连片区", "大连市") in located
    subjects = {ents[f.tail].label for f in ex.facts if f.relation == "subject"}
    assert subjects == {"辽宁自贸试验区大连片区"}



def test_a_zone_written_bare_in_its_news_is_the_articles_zone(extractor):
    """到高新区调研, 高新区党工委 in a city's news: the city's zone (株洲高新区, in 株洲市), the visit's place and its
    bodies'; 全省开发区 names no zone; with no place named, the zone as written, one of this article's."""
    ex = extractor(article_from_text("t", ["株洲市政协调研组到高新区调研",
                                           "3月12日上午，市政协副主席周明远带领调研组到高新区调研企业发展情况。"
                                           "高新区党工委副书记、管委会主任吴海峰陪同。"], date="2024-03-14"))
    ents = ex.entities.entities
    located = {(ents[f.head].label, ents[f.tail].label) for f in ex.facts if f.relation == "locatedIn"
               and f.head in ents and f.tail in ents}
    assert {("株洲高新区", "株洲市"), ("株洲高新区党工委", "株洲高新区"), ("株洲高新区管委会", "株洲高新区")} <= located
    visits = {k for k, e in ents.items() if e.type == "Visit"}
    assert {ents[f.tail].label for f in ex.facts if f.head in visits and f.relation == "place"} == {"株洲高新区"}
    ex = extractor(article_from_text("t", ["9月8日上午，开发区举行重点项目签约仪式，共签约项目6个。全省开发区工作会议召开。"],
                                     date="2021-09-10"))
    assert [k for k, e in ex.entities.entities.items() if e.type == "Place"] == ["Place/开发区/t"]


def test_a_careers_verb_opens_no_body_nor_village(mentions):
    """时任某村党支部书记, 现任某公司某中心…: 时任 and 现任 are the post's, no part of a name."""
    found = mentions("2009年，时任仁发村党支部书记的李凤玉带领7户农民。郭振宇现任长客股份公司转向架制造中心焊接首席技师。")
    assert not [m.text for m in found if m.text.startswith(("时任", "现任"))]


@pytest.mark.parametrize("text,absent", [
    ("固始县委书记方明德要求，各村（社区）和县直部门要抓好落实。", "和县"),
    ("4月11日，四川大学主题教育动员部署会在望江校区召开。江安校区、华西校区设分会场。", "江安县"),
    ("武侯区还新建社区养老服务综合体6个、社区食堂12个。", "还新建社区"),
    ("绍兴市委书记到滨江核心区调研。", "滨江区"),        # a site a county's short name opens (滨江区 is Hangzhou's)
    ("九江市在青山湖西岸建设绿道。", "青山湖区"),        # a shore (青山湖区 is Nanchang's)
    ("会上，代县长孙建国讲话。", "代县"),               # 代县长: an acting county head, no 代县 of Shanxi
    ("大兴区黄村镇组织召开项目推进会。", "大兴区黄村镇组织"),   # 组织 the verb of arranging, no body
    ("三官庙村充分发挥党组织战斗堡垒作用。", "三官庙村充分发挥党组织"),   # a verb inside: no body's name
    ("县委书记陈国平出席并致辞，向各位来宾表示欢迎。", "来宾市"),      # guests, a noun of persons
    ("校长会见了来宾，双方进行了交流。", "来宾市"),                  # guests received
    ("学校热烈欢迎来宾。", "来宾市"),
])
def test_words_that_only_look_like_places(extractor, text, absent):
    """和县直部门 (and the county's departments), 江安校区 (a campus), 还新建社区 (an adverb, a verb and what is built):
    no 和县 of Anhui, no 江安县, no village."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [text], date="2021-09-14"))
    assert absent not in {e.label for e in ex.entities.entities.values()}


def test_he_county_after_a_comma_in_its_citys_news_is_a_place(mentions):
    found = mentions("马鞍山市召开会议。会上，和县政协主席张三讲话。")
    assert "和县政协" in [m.text for m in found]
