"""What a careful reader does not take for an entity, on text written for these tests:
seats and posts nobody holds, goals and formats in quotes, plan periods, counts of parts,
epithets, kinds of bodies."""
from __future__ import annotations

import pytest

from kg.read import article_from_text


def canon(found, label: str) -> list[str]:
    return [m.canonical for m in found if m.label == label]


# -- seats and posts -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "县领导同县政协委员和工商界人士座谈交流。",
    "全体委员围绕发展大计踊跃发言。",
    "委机关党组成员分别联系基层单位。",
    "县委秘书长、县农委主任等随同检查。",
])
def test_a_seat_or_a_post_nobody_holds_is_no_role(extractor, mentions, text):
    # the post stays a mention (kg tag tags it) but makes no node
    assert canon(mentions(text), "Role") != []
    found = extractor(article_from_text("t", [text]))
    assert [e.label for e in found.entities.entities.values() if e.type == "Role"] == []


@pytest.mark.parametrize("text,role,person", [
    ("市委常委、组织部部长、市政协副主席王建国出席。", "常委", "王建国"),
    ("省委委员、市委书记李明主持会议。", "委员", "李明"),
    ("师范学院党委书记、教授赵红出席。", "书记", "赵红"),
])
def test_a_seat_held_by_a_name_at_the_end_of_titles_is_a_role(mentions, text, role, person):
    found = mentions(text)
    assert any(c.endswith(role) for c in canon(found, "Role"))
    assert person in canon(found, "Person")


# -- quoted terms ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "确保实现“三年翻番、五年跨越”目标。",
    "通过“专家讲解+现场答疑”形式开展宣传。",
    "“十四五”期间全县将完成改造任务。",
    "“九五”以来该县已完成任务。",
    "围绕“五个方面”部署任务。",
    "授予东源村党支部等30个基层党组织“浙江省先进基层党组织”称号。",   # an honour awarded
])
def test_goals_formats_periods_and_counts_are_no_initiative(mentions, text):
    assert canon(mentions(text), "Initiative") == []


@pytest.mark.parametrize("text,name", [
    ("全面推行“三个加快”。", "三个加快"),
    ("推广“公司+合作社+农户”模式。", "公司+合作社+农户"),
])
def test_slogans_and_formulas_stay_initiatives(mentions, text, name):
    assert any(name in c for c in canon(mentions(text), "Initiative"))


# -- places and bodies -------------------------------------------------------------------
def test_new_china_is_a_mention_of_china_without_its_epithet(mentions):
    found = [m for m in mentions("新中国成立以来，这里发生了巨大变化。") if m.label == "Country"]
    assert [(m.text, m.canonical) for m in found] == [("中国", "中国")]


def test_an_epithet_of_a_holy_city_is_no_landmark(mentions):
    assert canon(mentions("这座古城被信众视为“圣城”。"), "Landmark") == []


@pytest.mark.parametrize("text", [
    "新华网作为国家重点新闻网站，影响广泛。",
    "该协会是全国性组织，也是公益性组织。",
])
def test_a_kind_of_body_is_no_organisation(mentions, text):
    found = mentions(text)
    orgs = [m.canonical for m in found if m.label in ("Organization", "GovernmentBody", "PartyOrganization")]
    assert all("作为" not in o and not o.startswith(("全国性", "公益性")) for o in orgs), orgs


# -- trees jieba's dictionary tags as names ----------------------------------------------
def test_trees_are_no_persons_but_stay_given_names(mentions):
    assert canon(mentions("村民在山坡上种植雪松、银杏、马尾松等苗木。"), "Person") == []
    assert "王雪松" in canon(mentions("副县长王雪松出席仪式。"), "Person")


def test_a_long_slogan_of_short_phrases_before_a_strategy_is_an_initiative(mentions):
    found = mentions("全面实施“工业强县、农业稳县、旅游兴县、生态立县、文化名县”五项战略。")
    assert any("工业强县、农业稳县、旅游兴县、生态立县、文化名县" in c for c in canon(found, "Initiative"))


def test_a_kind_of_meeting_is_no_organisation(mentions):
    found = mentions("县领导同工商界代表恳谈协商会昨日召开。")
    assert not any(m.text.endswith("协商会") for m in found if m.label in ("Organization", "Company"))


@pytest.mark.parametrize("text", [
    "领导干部殷殷嘱托青年学子勤奋学习。",
    "几位老师来津考察职业教育。",
])
def test_reduplicated_words_and_a_verb_before_a_province_are_no_persons(mentions, text):
    assert canon(mentions(text), "Person") == []


def test_formats_of_study_are_no_initiatives(mentions):
    assert canon(mentions("通过专题辅导、座谈讨论等形式组织学习。"), "Initiative") == []


@pytest.mark.parametrize("text", [
    "要顾全大局，为国分忧。",
    "晚上举行的新年音乐会座无虚席。",
    "构筑全域旅游新格局。",
])
def test_events_patterns_and_idioms_jieba_tags_as_institutions_are_no_organisations(mentions, text):
    found = mentions(text)
    assert [m.text for m in found if m.label in ("Organization", "GovernmentBody", "Company")] == []


def test_a_measure_word_after_a_demonstrative_is_no_surname(mentions):
    assert canon(mentions("那张小巧的门票给人留下深刻印象。"), "Person") == []
    assert "张建国" in canon(mentions("会见了张建国副市长。"), "Person")


def test_a_kind_of_park_opened_by_a_described_guess_is_no_landmark(mentions):
    found = mentions("要加快大美产业园建设，服务入园企业。")
    assert [m.text for m in found if m.label in ("Landmark", "Place")] == []


def test_a_head_inside_a_guessed_word_after_common_words_is_no_organisation(mentions):
    found = mentions("推动大院强所引进。")
    assert not [m.text for m in found if m.label in ("Organization", "GovernmentBody", "Company")]


def test_wholes_jieba_tags_as_institutions_are_no_body(extractor):
    """全国高校 (an nt of jieba's dictionary): the universities of the whole country, no body."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["会议指出，今年全国高校毕业生达1076万人，创历史新高。"], date="2022-05-25"))
    assert "全国高校" not in {e.label for e in ext.entities.entities.values()}


def test_harvest_adjectives_and_seasonal_crops_are_no_persons(extractor):
    """金灿灿的小麦, 沉甸甸的稻穗 (ABB adjectives), 夏玉米播种面积: jieba's name tagger reads them as names."""
    art = article_from_text("t", ["6月1日下午，收割机来回穿梭，车斗里很快堆满了金灿灿的小麦和沉甸甸的麦穗。据统计，全县夏玉米"
                                  "播种面积已达3.5万亩。"], date="2023-06-03")
    ex = extractor(art)
    assert not [e.label for e in ex.entities.entities.values() if e.type == "Person"]


def test_a_reporters_place_before_reported_and_a_countys_looks_are_no_person_nor_county(extractor):
    """大众网记者 某某 潍坊报道: 潍坊 where the reporter writes from, no second reporter; 县容县貌: no 容县."""
    art = article_from_text("t", ["大众网记者 王晓东 潍坊报道", "5月20日，专家们表示，此次之行感受到了县容县貌的新变化。"],
                            date="2024-05-21")
    ex = extractor(art)
    labels = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert ("潍坊", "Person") not in labels and "容县" not in {lab for lab, _t in labels}


def test_estates_and_works_named_after_a_place_are_no_places(extractor):
    """延安小区, 香港花园, 青山湖调蓄工程 (a place's short name opening an estate's or a works' name): no 延安市, no
    香港, no 青山湖区; the district toured is the article's."""
    art = article_from_text("t", ["6月12日，合肥市副市长李建华到蜀山区调研老旧小区改造工作，先后深入延安小区、香港花园，"
                                  "察看了青山湖调蓄工程。"], date="2023-06-13")
    ex = extractor(art)
    places = {e.label for e in ex.entities.entities.values() if e.type in ("Province", "Prefecture", "County")}
    assert not places & {"延安市", "香港特别行政区", "青山湖区"} and "蜀山区" in places


def test_a_place_acting_or_a_person_organising_opens_no_bodys_name(extractor):
    """桐梓成立融媒体中心 (the county set it up), 局长某某组织副局长… (he organised): no body named 某县成立融媒体中心
    or 某某组织."""
    art = article_from_text("t", ["高志明指出，正安成立融媒体中心，是加快媒体融合发展的有力举措。",
                                  "6月4日，水利局局长赵世平组织副局长胡晓东及县防汛办相关人员开展水库安全检查。"], date="2022-03-02")
    ex = extractor(art)
    labels = {e.label for e in ex.entities.entities.values()}
    assert not {lab for lab in labels if "成立" in lab or lab.endswith("组织")}


@pytest.mark.parametrize("text,not_persons", [
    ("他先后来到张八桥镇和刘岭立交桥疫情防控卡点。", {"刘岭"}),      # a name jieba guessed before a site's word
    ("重点整治南北二山及闫河片区。", {"闫河"}),
    ("新增乱占耕地建房问题图斑从91宗降至4宗。", {"宗降"}),          # the measure word of the count before
    ("查看森林资源保护及古树名木保护情况。", {"古树名"}),            # a term of forestry
])
def test_a_sites_name_a_count_and_a_term_are_no_persons(extractor, text, not_persons):
    ex = extractor(article_from_text("t", [text]))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert not persons & not_persons


def test_a_name_after_a_post_before_a_sites_word_is_a_person(extractor):
    ex = extractor(article_from_text("t", ["县委书记刘岭到卡点检查。宗庆后出席。"]))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert {"刘岭", "宗庆后"} <= persons


def test_a_regulators_name_holds_no_bank_and_crops_turning_green_no_province(extractor):
    """中国银行保险监督管理委员会: one body known whole, no 中国银行 inside it; 住房城乡建设部 whole, no 建设部; 小麦返青: no 青海."""
    ex = extractor(article_from_text("t", ["中国银行保险监督管理委员会副主席李明、住房城乡建设部副部长王强出席会议。"
                                           "目前小麦已经返青。"]))
    labels = {e.label for e in ex.entities.entities.values()}
    assert {"中国银行保险监督管理委员会", "住房城乡建设部"} <= labels
    assert not labels & {"中国银行", "建设部", "青海省"}


@pytest.mark.parametrize("text,not_places", [
    ("副县长兴立民强调，要做好疫苗接种工作。", {"长兴县", "湖州市", "浙江省"}),     # 副县 | 长兴 | 立民: the post's 长
    ("市领导王霞、韩兴斌、刘波、南永登、田野出席会议。", {"永登县", "兰州市"}),      # 、南 | 永登 |、: a name in a list
])
def test_a_countys_short_name_read_across_a_persons_name_is_no_county(extractor, text, not_places):
    ex = extractor(article_from_text("t", [text]))
    assert not {e.label for e in ex.entities.entities.values()} & not_places


def test_a_countys_short_name_after_a_post_stays_where_the_article_names_the_county(extractor):
    ex = extractor(article_from_text("t", ["湖州市长兴县召开会议，县长兴立民讲话。在北京、上海、济南等城市设有分行。"]))
    assert {"长兴县", "北京市", "上海市"} <= {e.label for e in ex.entities.entities.values()}


def test_the_market_regulators_short_name_opens_with_no_level(extractor):
    """市场监管局 in a county's news: 市 opens the department's stem (市场监管), no city's bureau (not 常德市场监管局)."""
    ex = extractor(article_from_text("t", ["5月11日，桃源县召开食品安全工作推进会。市场监管局局长谭明华通报了抽检情况。"
                                           "桃源县市场监管局副局长周立新主持会议。"], date="2021-05-12"))
    labels = {e.label for e in ex.entities.entities.values() if e.type == "GovernmentBody"}
    assert "桃源县市场监管局" in labels and not any(label.startswith("常德") for label in labels)


def test_a_leader_leading_a_group_after_his_post_is_no_groups_name(extractor):
    """县政协主席某某率考察团到某县考察: the person and the group he leads, no body 某某率考察团."""
    ex = extractor(article_from_text("t", ["9月3日至4日，郧西县政协主席王绪桔率考察团到长阳考察。"], date="2014-09-05"))
    found = {e.label: e.type for e in ex.entities.entities.values()}
    assert found.get("王绪桔") == "Person" and "王绪桔率考察团" not in found


def test_set_phrases_holding_a_places_name_name_no_place(extractor):
    """踏石留印 (to leave a mark: no India), 幸福安康 (a blessing: no 安康市)."""
    from kg.read import article_from_text
    ext = extractor(article_from_text("t", ["要踏石留印、抓铁有痕。祝愿全县人民幸福安康。"]))
    assert not {e.label for e in ext.entities.entities.values()} & {"印度", "安康市"}


def test_things_of_fishing_festivals_opera_and_fireworks_are_no_persons(extractor):
    from kg.read import article_from_text
    ext = extractor(article_from_text("t", ["伏季休渔期间，伏休渔船全部回港。演出了孔雀舞和黄梅戏选段。禁止燃放孔明灯。"
                                            "实现粮食产量和质量双升。县长孔明出席。"]))
    assert {e.label for e in ext.entities.entities.values() if e.type == "Person"} == {"孔明"}
