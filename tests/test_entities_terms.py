"""Landmarks, natural places, documents, campaigns, initiatives, topics, concepts and
place anaphors: tables of (sentence, expected entities), with negative rows.

Each row runs the real extractor (every recogniser, then ``select_spans``) on one
short article; ``expected`` lists (class, canonical label) pairs that must be among
the mentions, ``absent`` lists surface strings that must not be a mention of the
class(es) the table is about.
"""
from __future__ import annotations

import pytest

from kg.entities import resolve_entities
from kg.read import article_from_text


def mentions(extractor, *paragraphs):
    article = article_from_text("t", list(paragraphs))
    return extractor.mentions(extractor.doc(article))


def found(extractor, text, classes):
    return {(m.label, m.canonical) for m in mentions(extractor, *text.split("\n")) if m.label in classes}


def surfaces(extractor, text, classes):
    return {m.text for m in mentions(extractor, *text.split("\n")) if m.label in classes}


PLACES = {"Landmark", "NaturalPlace"}


@pytest.mark.parametrize("text, expected", [
    ("充分利用卢沟桥、宛平城、中国抗战馆、二七纪念馆等红色资源，突出抓好全区党员教育。",
     {("Landmark", "卢沟桥"), ("Landmark", "宛平城"), ("Landmark", "中国抗战馆"), ("Landmark", "二七纪念馆")}),
    ("各单位深入学习贯彻习近平总书记视察北京香山革命纪念地重要讲话精神。", {("Landmark", "香山革命纪念地")}),
    ("阿日毛道嘎查地处巴丹吉林沙漠腹地。", {("NaturalPlace", "巴丹吉林沙漠")}),
    ("与会人员实地观摩了焦裕禄纪念园。", {("Landmark", "焦裕禄纪念园")}),
    ("要把茶旅一体化与遵义会议会址等红色旅游资源串联起来。", {("Landmark", "遵义会议会址")}),
    ("守护好苍山洱海。", {("NaturalPlace", "苍山"), ("NaturalPlace", "洱海")}),
    ("长江和黄河是中华民族的母亲河。", {("NaturalPlace", "长江"), ("NaturalPlace", "黄河")}),
    ("游客参观了延安革命纪念馆。", {("Landmark", "延安革命纪念馆")}),
    # one word of jieba's tagged a common noun, named by a place's name before its ending
    ("副县长到石门水库检查防汛工作。", {("Landmark", "石门水库")}),
    ("旅客在昆明机场候机。", {("Landmark", "昆明机场")}),
    # a river's basin names the river (NER corpora tag the river, 流域 left out), one word to jieba or two
    ("加强淮河流域治理。", {("NaturalPlace", "淮河")}),
    ("县委书记深入沙河流域巡河。", {("NaturalPlace", "沙河")}),
    # the mountainous region named after a mountain (某某山 | 区, or one word of jieba's), no division
    ("推进六盘山区脱贫攻坚。", {("NaturalPlace", "六盘山区")}),
    ("太行山区群众脱贫致富。", {("NaturalPlace", "太行山区")}),
    # a river jieba's dictionary tags a person's name, after a place's name or before its banks
    ("第十届桐庐富春江文化旅游节开幕。", {("NaturalPlace", "富春江")}),
    ("嘉陵江两岸风景秀丽。", {("NaturalPlace", "嘉陵江")}),
    # a list of sites with a name in it: its other words are sites too
    ("井冈山市依托井冈山革命博物馆、八角楼、黄洋界等红色资源。",
     {("Landmark", "井冈山革命博物馆"), ("Landmark", "八角楼"), ("Landmark", "黄洋界")}),
])
def test_landmarks_and_natural_places(extractor, text, expected):
    assert expected <= found(extractor, text, PLACES)


@pytest.mark.parametrize("text", [
    "贫困山区的河道治理和城市建设同步推进。",
    "县图书馆和文化广场免费开放。",
    "高山深处，江山如画，四海一家。",
    "粤海街道是科技企业聚集地。",
    "对年老体弱党员，采取送学上门。",
    "市民在城市公园晨练。",
])
def test_common_words_are_not_landmarks(extractor, text):
    assert found(extractor, text, PLACES) == set()


def test_a_place_before_a_landmark_stays_a_place(extractor):
    got = {(m.label, m.text) for m in mentions(extractor, "习近平总书记视察北京香山革命纪念地。")}
    assert ("Province", "北京") in got and ("Landmark", "香山革命纪念地") in got


# -- documents --------------------------------------------------------------
@pytest.mark.parametrize("text, canonical, genre, number", [
    ("9月11日,内蒙古自治区党委制定印发《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》,对开展第二批主题教育进行全面安排部署。",
     "《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》", "方案", None),
    ("国务院印发《关于促进就业的若干意见》（国发〔2024〕5号）。", "《关于促进就业的若干意见》", "意见", "国发〔2024〕5号"),
    ("浙江省人民政府印发《浙江省数字经济发展规划》（浙政发〔2021〕12号）。", "《浙江省数字经济发展规划》", "规划", "浙政发〔2021〕12号"),
    # half-width punctuation: brackets of the 文号 normalised
    ("市政府印发《苏州市绿色发展三年行动计划(2022-2024年)》(苏府发[2022]3号).",
     "《苏州市绿色发展三年行动计划（2022-2024年）》", "行动计划", "苏府发〔2022〕3号"),
    # Traditional input: Simplified label
    ("國務院印發《關於促進就業的若干意見》。", "《关于促进就业的若干意见》", "意见", None),
    # a Party committee's proposals for a five-year plan: 中共 opens it, 建议 is its genre
    ("全会审议通过了《中共榆中县委关于制定榆中县国民经济和社会发展第十五个五年规划的建议》。",
     "《中共榆中县委关于制定榆中县国民经济和社会发展第十五个五年规划的建议》", "建议", None),
    # an agreement between governments, a quoted period inside its title
    ("两市签署《“十四五”苏陕对口协作框架协议》。", "《“十四五”苏陕对口协作框架协议》", "协议", None),
    # the year's key tasks a joint meeting adopts
    ("会议审议通过了《推动成渝地区双城经济圈建设2026年重点任务》。", "《推动成渝地区双城经济圈建设2026年重点任务》", "任务", None),
])
def test_documents(extractor, text, canonical, genre, number):
    docs = [m for m in mentions(extractor, text) if m.label == "Document"]
    assert [m.canonical for m in docs] == [canonical]
    assert docs[0].attr("genre") == genre
    assert docs[0].attr("docNumber") == number


def test_a_short_title_refers_back_to_the_full_one(extractor):
    ms = mentions(extractor, "市委印发《关于加强基层治理的实施意见》。", "《实施意见》提出，要健全网格。")
    assert {m.canonical for m in ms if m.label == "Document"} == {"《关于加强基层治理的实施意见》"}


@pytest.mark.parametrize("text", ["《人民日报》发表评论员文章。", "他在《求是》杂志发表文章。"])
def test_newspapers_are_not_documents(extractor, text):
    assert found(extractor, text, {"Document"}) == set()


def test_document_number_and_genre_reach_the_entity(extractor, resources):
    article = article_from_text("t", ["国务院印发《关于促进就业的若干意见》（国发〔2024〕5号）。"])
    doc = extractor.doc(article)
    ents = resolve_entities(extractor.mentions(doc), doc.sentences, resources)
    ent = next(e for e in ents.entities.values() if e.type == "Document")
    assert ent.attrs["docNumber"] == "国发〔2024〕5号" and ent.attrs["genre"] == "意见"
    assert "国发〔2024〕5号" not in {e.label for e in ents.entities.values()}


# -- campaigns --------------------------------------------------------------
SLOGAN = "“不忘初心、牢记使命”主题教育"


@pytest.mark.parametrize("text, expected", [
    ("开展“不忘初心、牢记使命”主题教育，迅速将第二批主题教育部署到基层，让群众感受到主题教育的成果。",
     {("Campaign", SLOGAN), ("Campaign", "第二批主题教育")}),
    ("充分借鉴运用第一批主题教育成功经验。", {("Campaign", "第一批主题教育")}),
    ("各成员单位要结合党史学习教育，推进整改。", {("Campaign", "党史学习教育")}),
    ("兰考县是河南省脱贫攻坚的重点县。", {("Campaign", "脱贫攻坚")}),
    ("推进“两学一做”学习教育常态化制度化。", {("Campaign", "“两学一做”学习教育")}),
    # a national campaign's full name (not 思想 | 主题教育, a stem and the head inside it)
    ("深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
     {("Campaign", "学习贯彻习近平新时代中国特色社会主义思想主题教育")}),
    ("扎实开展党纪学习教育。", {("Campaign", "党纪学习教育")}),
    # the campaigns of 2005-2012, and the national censuses by their rounds
    ("全市在保持共产党员先进性教育活动中形成的好经验，要运用到深入学习实践科学发展观活动中。",
     {("Campaign", "保持共产党员先进性教育活动"), ("Campaign", "深入学习实践科学发展观活动")}),
    ("全面启动第七次全国人口普查，通报第四次全国经济普查成果。",
     {("Campaign", "第七次全国人口普查"), ("Campaign", "第四次全国经济普查")}),
])
def test_campaigns(extractor, text, expected):
    assert expected <= found(extractor, text, {"Campaign"})


def test_bare_campaign_word_is_an_alias_of_the_named_campaign(extractor, resources):
    text = "开展“不忘初心、牢记使命”主题教育。让群众真正感受到主题教育的成果。"
    article = article_from_text("t", [text])
    doc = extractor.doc(article)
    ents = resolve_entities(extractor.mentions(doc), doc.sentences, resources)
    campaign = ents.entities[f"Campaign/{SLOGAN}"]
    assert "主题教育" in campaign.aliases and len(campaign.evidence) == 2
    # a known campaign's whole name (the table's), unquoted, the same
    name = "学习贯彻习近平新时代中国特色社会主义思想主题教育"
    doc = extractor.doc(article_from_text("t", [f"全省{name}总结会议召开。会议强调，要巩固拓展主题教育成果。"]))
    ents = resolve_entities(extractor.mentions(doc), doc.sentences, resources)
    assert {e.label for e in ents.entities.values() if e.type == "Campaign"} == {name}


def test_a_verb_jieba_tags_as_a_noun_opens_no_campaigns_name(extractor):
    """认真谋划 | 主题教育, 带头讲授 | 主题教育专题党课: the act on the campaign, no name of it."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["县委常委会认真谋划主题教育各项工作，要求带头讲授主题教育专题党课。"]))
    assert not {e.label for e in ext.entities.entities.values() if e.type == "Campaign"} & {"谋划主题教育", "讲授主题教育"}


# -- initiatives ------------------------------------------------------------
INITIATIVE = {"Initiative"}


@pytest.mark.parametrize("text, expected", [
    ("北京市将“接诉即办”作为第二批主题教育的一项专项工作。", {"接诉即办"}),
    ("北京市丰台区以“三会一课”、主题党日活动为载体，突出抓好全区党员教育。", {"三会一课", "主题党日活动"}),
    ("对年老体弱党员，采取送学上门；", {"送学上门"}),
    ("对居住分散的牧民党员，依托党员中心户、草原学习轻骑兵、“马背党校”等方式推进主题教育。",
     {"党员中心户", "草原学习轻骑兵", "马背党校"}),
    ("当地针对性地提出“服务促学”理念，组建党员志愿服务队。", {"服务促学"}),
    ("广泛开展立德树人根本任务“大学习大讨论大落实”活动及师德师风教育月系列活动。",
     {"大学习大讨论大落实", "师德师风教育月系列活动"}),
    ("呼和浩特市政府探索中小学校营养餐配送试点工作，严把食品安全关。", {"中小学校营养餐配送试点"}),
    ("深化“千村示范、万村整治”工程。", {"千村示范、万村整治"}),
    ("各村推广“积分超市”做法，实行“一户一策”精准帮扶。", {"积分超市", "一户一策"}),
    ("围绕“1236”扶贫攻坚行动，逐户制定帮扶计划。", {"“1236”扶贫攻坚行动"}),
    ("开展“两山”转化示范村创建活动。", {"“两山”转化示范村创建活动"}),
    ("严格落实河（湖）长制，加快推进环湖截污治污工程和生态廊道建设。", {"河（湖）长制", "环湖截污治污工程"}),
    ("全区深入开展“我为群众办实事”实践活动。", {"我为群众办实事"}),
    ("以实施乡村振兴战略为总抓手，做大做强茶产业。", {"乡村振兴战略"}),
    ("长春市深入推进居家和社区养老服务改革试点。", {"居家和社区养老服务改革试点"}),
    ("郫都区是全国33个农村土地制度改革试点县之一。", {"农村土地制度改革试点"}),
    ("在青湖社区，“长者食堂”每天为200多名老人提供午餐。", {"长者食堂"}),
    ("我市创建国家森林城市工作通过国家评审。", {"国家森林城市"}),     # the title a city campaigns for
    # national programmes and reforms known by name (initiatives.txt)
    ("坚持稳中求进，扎实推进健康扶贫、教育扶贫。", {"健康扶贫", "教育扶贫"}),
    ("全县完成城镇老旧小区改造12个，海绵城市建设加快推进。", {"城镇老旧小区改造", "海绵城市建设"}),
])
def test_initiatives(extractor, text, expected):
    assert expected <= {c for _, c in found(extractor, text, INITIATIVE)}


def test_national_goals_and_doctrine_are_concepts(extractor):
    found_ = {c for _, c in found(extractor, "加快推进农业现代化，力争实现碳达峰、碳中和，守住生态保护红线。", {"Concept"})}
    assert {"农业现代化", "碳达峰", "碳中和", "生态保护红线"} <= found_


@pytest.mark.parametrize("text", [
    "通过向问题“叫板”，实现让群众“叫好”。",
    "充分发挥驻村干部、“第一书记”和大学生村官的带学帮学促学作用。",
    "让茶叶真正成为群众增收致富的“金叶子”。",
    "敲响了入市“第一槌”。",
    "“旅行者集团”将持有该公司股份。",
    "内蒙古强化分类指导，采取灵活多样的主题教育方式。",
    "集中开展服务行动。",
    "“我们切实将为人民服务的初心使命落实到行动中去，开展让农牧民群众看得到的主题教育。”阿日毛道嘎查党支部副书记侍歌说。",
    "北京将做好新中国成立70周年庆祝活动筹备和服务保障工作作为主题教育最实际最生动的实践。",
    # the methods of an inspection: what any visit does to learn
    "督查组通过查阅台账、实地查看、个别谈话等方式，全面了解工作进展。",
    "检查组通过查阅资料、现场检查、听取汇报、入户走访等形式开展督导。",
])
def test_quoted_words_and_generic_phrases_are_not_initiatives(extractor, text):
    assert found(extractor, text, INITIATIVE) == set()


def test_the_object_of_a_verb_inside_anothers_is_the_initiative(extractor):
    # 组织全镇党员 | 开展 | 主题党日活动: who is organised is no part of what they carry out
    assert {c for _, c in found(extractor, "7月1日，后柳镇党委组织全镇党员开展主题党日活动。", INITIATIVE)} == {"主题党日活动"}


def test_first_secretary_in_quotes_is_not_an_initiative(extractor):
    ms = mentions(extractor, "充分发挥“第一书记”的作用，推行“第一书记”制度。")
    assert not any(m.label == "Initiative" and "第一书记" in m.canonical for m in ms)


# -- topics and concepts ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("着眼不断解决就业、物价、食品安全、教育、医疗、住房、社保、养老、治安等群众关注的问题。",
     {"就业", "物价", "食品安全", "教育", "医疗", "住房", "社保", "治安"}),
    ("呼和浩特市政府严把食品安全关。", {"食品安全"}),
    ("要做大做强茶产业，发展乡村旅游和红色旅游。", {"茶产业", "乡村旅游", "红色旅游"}),
    ("聚焦营商环境，优化政务服务。", {"营商环境"}),
    ("安塞区在全区推广苹果产业。", {"苹果产业"}),
])
def test_topics(extractor, text, expected):
    assert expected <= {c for _, c in found(extractor, text, {"Topic"})}


@pytest.mark.parametrize("text, expected", [
    ("要加强基层治理，为高质量发展提供保障。", set()),                  # once, in passing
    ("要加强基层治理，抓好基层治理各项任务。", {"基层治理"}),           # named twice
    ("扎实做好营商环境工作。", {"营商环境"}),                          # a field of work
])
def test_a_table_topic_needs_more_than_a_passing_phrase(extractor, text, expected):
    assert {c for _, c in found(extractor, text, {"Topic"})} == expected


@pytest.mark.parametrize("text", [
    "突出抓好全区党员教育，提升医疗服务水平。",
    "竹产业是当地的传统优势产业。",
])
def test_broad_words_outside_a_list_of_concerns_are_not_topics(extractor, text):
    got = {c for _, c in found(extractor, text, {"Topic"})}
    assert not got & {"教育", "医疗", "优势产业", "传统优势产业"}


@pytest.mark.parametrize("text, expected", [
    ("坚持以习近平新时代中国特色社会主义思想为指导。", {"习近平新时代中国特色社会主义思想"}),
    ("作为全体市民践行社会主义核心价值观的大学校。", {"社会主义核心价值观"}),
    ("必须大力弘扬焦裕禄精神。", {"焦裕禄精神"}),
    ("今年是“绿水青山就是金山银山”理念提出15周年。", {"绿水青山就是金山银山"}),
    ("坚持“还权赋能”改革方向。", {"还权赋能"}),
    ("持续擦亮“昆山之路”金字招牌。", {"昆山之路"}),
    ("协调推进“四个全面”战略布局。", {"四个全面"}),
    ("大力弘扬“红船精神”。", {"红船精神"}),
    ("要大力弘扬延安精神和雷锋精神。", {"延安精神", "雷锋精神"}),
    ("深入学习贯彻习近平生态文明思想。", {"习近平生态文明思想"}),
    ("持之以恒纠治“四风”，驰而不息改进作风。", {"四风"}),        # the four work styles: no programme
])
def test_concepts(extractor, text, expected):
    assert expected <= {c for _, c in found(extractor, text, {"Concept"})}


@pytest.mark.parametrize("text", ["深入学习贯彻习近平总书记重要讲话精神。", "传达学习全会精神。", "加强青年学生思想政治教育。",
                                  "95岁的朱阿根精神矍铄，向市长讲述了当年的经历。"])   # a person's vigour
def test_the_gist_of_a_speech_is_not_a_concept(extractor, text):
    assert found(extractor, text, {"Concept"}) == set()


# -- anaphora -----------------------------------------------------------------
@pytest.mark.parametrize("paragraphs, word, place", [
    (["北京市丰台区以“三会一课”为载体，突出抓好全区党员教育。"], "全区", "丰台区"),
    (["阿拉善右旗阿日毛道嘎查地处巴丹吉林沙漠腹地，交通不便。当地针对性地提出“服务促学”理念。"], "当地", "阿日毛道嘎查"),
    (["湖北省召开座谈会。", "今年我省高校毕业生达45.3万人。"], "我省", "湖北省"),
    (["浙江省安吉县召开会议。", "德清县召开会议，要求全县上下齐心协力。"], "全县", "德清县"),
    # the place named only inside an organisation's name
    (["江西省委常委会召开会议。全省各地要扎实开展工作。"], "全省", "江西省"),
    # ... where it is in the text, not twice as far in (the nearest place before 全县 is 南昌县)
    (["进贤县客人来访。10月8日上午，南昌县委召开会议，全县干部参加。"], "全县", "南昌县"),
    # 全区 is never a special administrative region
    (["深圳市南山区将推动与香港特别行政区深度合作，并在全区推广。"], "全区", "南山区"),
    # nor a community (社区) or an estate (小区), whose 区 is no district's
    (["今年以来，蔡甸区新建社区居家养老服务中心12个，全区养老床位总数达到4200张。"], "全区", "蔡甸区"),
    # outside its paragraph, the city the article names most, not the county-level city named last
    (["黄冈市召开优化营商环境工作推进会。", "3月14日，黄冈市推进会召开。会议通报，麻城市、武穴市获评先进县市。",
      "邱丽新强调，今年全市新登记市场主体要达到5万户以上。"], "全市", "黄冈市"),
    # a city named only through its districts: the one city enclosing every place named
    (["全市热线受理诉求12.6万件。", "受理量居前的是越秀区、天河区、白云区。"], "全市", "广州市"),
    # the province enclosing every city and county named, villages of the place rules beside them
    (["全省农村人居环境整治现场会在湖州召开", "与会人员考察了安吉县鲁家村、德清县莫干山镇仙潭村。",
      "衢州市江山市、丽水市松阳县作典型发言。"], "全省", "浙江省"),
    # not the place it acts in, though named more (我市在某市举办…: the city the event is named after)
    (["我市在深圳举办招商推介会", "2023年株洲（深圳）产业招商推介会在深圳举行。深圳市有关企业参加。"], "我市", "株洲市"),
])
def test_anaphors_resolve_to_the_place_the_text_is_about(extractor, paragraphs, word, place):
    ms = [m for m in mentions(extractor, *paragraphs) if m.attr("anaphor") == word]
    assert [m.canonical for m in ms] == [place]


def test_where_the_speakers_city_goes_is_not_the_speakers_city_anywhere_in_the_article(extractor):
    # 率我市党政考察团赴杭州…: 我市 is not 杭州, there or later (要学习借鉴杭州经验，推进我市…)
    ms = mentions(extractor, "4月14日，市长李明率我市党政考察团赴杭州考察。", "在杭期间，考察团与杭州市政府座谈。",
                  "李明表示，要加快推进我市数字经济发展。")
    assert [m for m in ms if m.attr("anaphor") == "我市"] == []


def test_where_the_speakers_city_signs_with_a_partner_is_not_the_speakers_city(extractor):
    # 我市与某集团在北京签署…: the partner between them; 北京 is where both acted, not 我市
    ms = mentions(extractor, "12月14日，我市与中国建筑集团有限公司在北京签署战略合作框架协议。")
    assert [m for m in ms if m.attr("anaphor") == "我市"] == []


def test_districts_of_two_cities_make_no_whole_city(extractor):
    ms = mentions(extractor, "全市热线受理诉求12.6万件。", "受理量居前的是越秀区、福田区。")
    assert [m for m in ms if m.attr("anaphor")] == []


def test_an_anaphor_is_evidence_not_an_alias(extractor, resources):
    article = article_from_text("t", ["北京市丰台区召开会议，突出抓好全区党员教育。"])
    doc = extractor.doc(article)
    ents = resolve_entities(extractor.mentions(doc), doc.sentences, resources)
    fengtai = next(e for e in ents.entities.values() if e.label == "丰台区")
    assert "全区" not in fengtai.aliases and len(fengtai.evidence) == 2
    assert all(e.label != "全区" for e in ents.entities.values())


# -- Traditional and half-width input ----------------------------------------
def test_traditional_input_gives_simplified_labels_and_keeps_the_surface(extractor):
    ms = mentions(extractor, "深圳南山區推廣「秒批」政務服務，依託深圳灣科技生態園推動合作。")
    got = {(m.label, m.canonical, m.text) for m in ms if m.label in {"Initiative", "Landmark"}}
    assert ("Landmark", "深圳湾科技生态园", "深圳灣科技生態園") in got
    assert any(lab == "Initiative" and can == "秒批" and "秒批" in txt for lab, can, txt in got)


def test_half_width_punctuation_works_like_full_width(extractor):
    text = '会议要求,深化"拿地即开工"改革,推行企业开办"码上办",力争提速.'
    assert {"拿地即开工", "码上办"} <= {c for _, c in found(extractor, text, INITIATIVE)}


def test_a_body_listed_as_a_platform_is_a_body_and_a_quoted_practice_stays_one(extractor):
    """依托某科技城孵化器、某某农创工坊等平台: bodies (a place or a name, and a body's head), not
    initiatives; “马背党校”等方式: a practice, quoted."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["近年来，余杭区依托良渚科技城孵化器、莫干山农创工坊等平台，培育电商主体560家。"
                                            "对居住分散的党员，依托“田间党校”等方式开展学习。"]))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert found.get("良渚科技城孵化器") == "Organization" and found.get("莫干山农创工坊") == "Organization"
    assert found.get("田间党校") == "Initiative"


def test_who_acts_on_a_campaign_is_no_stem_of_its_name(extractor):
    """督导主题教育工作, 县委主题教育工作情况: a visit's verb and a body before the head, no campaign's
    name; 党史学习教育 is one."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["督导组到县里督导主题教育工作，听取了县委主题教育工作情况汇报。推进党史学习教育。"]))
    campaigns = {e.label for e in ext.entities.entities.values() if e.type == "Campaign"}
    assert "党史学习教育" in campaigns and not campaigns & {"督导主题教育", "县委主题教育"}


def test_one_character_of_a_compound_jieba_cut_opens_no_topic(extractor):
    """柳州 | 螺蛳 | 粉 | 产业: no topic 粉产业 (one character of 螺蛳粉)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["柳州螺蛳粉产业年销售收入突破600亿元。"]))
    assert "粉产业" not in {e.label for e in ext.entities.entities.values()}


def test_a_preposition_jieba_glued_to_a_topics_stem_is_no_part_of_it(extractor):
    """坚持 | 以竹 | 产业 | 为: the topic is 竹产业 (以, by, glued to 竹 by jieba's model)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["临安区坚持以竹产业为特色主导产业。"]))
    labels = {e.label for e in ext.entities.entities.values() if e.type == "Topic"}
    assert "竹产业" in labels and "以竹产业" not in labels


def test_the_basin_of_a_common_word_is_no_river(extractor):
    assert not found(extractor, "加强河道流域综合治理。", PLACES)


def test_a_name_ending_in_a_rivers_character_after_a_post_stays_a_person(extractor):
    """委员长 | 张德江 (a common surname), 副县长 | 富春江 (a post before it): persons, whatever their ending."""
    assert ("Person", "张德江") in found(extractor, "委员长张德江在广东调研。", {"Person"})
    assert ("Person", "富春江") in found(extractor, "副县长富春江出席会议。", {"Person"})


def test_a_mountain_region_written_as_one_word_spans_the_mountain(extractor):
    """太行山区 (one word of jieba's): the node is the region, the mention the mountain's name, as NER
    corpora tag it; a division whose name ends so (none here) would stay a division."""
    assert surfaces(extractor, "太行山区群众脱贫致富。", PLACES) == {"太行山"}


@pytest.mark.parametrize("text", [
    "推进城中村改造，整治空心村。",
    "郭某某来到晋安区鼓山镇城中村改造现场。",
    "某县委书记到包联村走访，又到联系村调研。",
    "他返回所在村，与相邻村的干部一起查看涉及村的水渠。",
    "区长深入包联社区督导检查防汛工作。",
    "赋予基层社区对部门“报到”的评价权。",
])
def test_kinds_of_village_are_no_villages(extractor, text):
    assert not [m for m in mentions(extractor, text) if m.label == "Village"]


def test_the_whole_village_after_a_villages_name_is_no_village(extractor):
    # 某村 | 整村 | 脱贫出列: the village whole, a quantifier after its name
    villages = [m.canonical for m in mentions(extractor, "2019年，青山村整村脱贫出列。") if m.label == "Village"]
    assert villages == ["青山村"]


def test_a_verb_and_its_aspect_particle_open_no_township(extractor):
    """带 | 着 | 镇农办: the verb with 着 opens no township 带着镇 (the town's office is the town's)."""
    text = "他便和镇长刘某一起，带着镇农办、镇规划所的工作人员下村。"
    assert not [m for m in mentions(extractor, text) if "带着" in m.canonical]


def test_a_river_listed_before_a_word_of_rivers_though_a_countys_short_name(extractor):
    # 白河、唐河等重点河流: 唐河 is also 唐河县's short name; the list says it is a river
    found = {(m.label, m.canonical) for m in mentions(extractor, "当前已进入主汛期，要加强白河、唐河等重点河流巡查。")}
    assert {("NaturalPlace", "白河"), ("NaturalPlace", "唐河")} <= found


@pytest.mark.parametrize("text, places, not_places", [
    ("清理欧美黑杨4.8万亩。", {"欧洲", "美国"}, {"黑龙江省"}),       # 欧美 | 黑[a] | 杨: a tree
    ("总结了浙川东西部协作工作。", {"浙江省", "四川省"}, set()),       # 浙 | 川东[ns]
    ("苏浙沪皖四省市签署协议。", {"江苏省", "浙江省", "上海市", "安徽省"}, set()),   # 苏浙沪[nr] is no name
])
def test_a_run_of_abbreviations_ends_before_a_word_that_goes_on(extractor, text, places, not_places):
    found = {m.canonical for m in mentions(extractor, text)}
    assert places <= found and not (not_places & found)
    assert not [m for m in mentions(extractor, text) if m.label == "Person"]


@pytest.mark.parametrize("text", [
    "今年以来，中欧班列运送货物总重达416.8万吨。",      # the China–Europe freight trains
    "班列覆盖亚欧大陆45个国家和地区。",
    "福建省台港澳办负责人介绍情况。",                   # a province's office
    "市委党校2023年春季学期中青班开班。",               # a class of young and middle-aged cadres
])
def test_a_name_opening_with_a_run_of_abbreviations_names_no_places(extractor, text):
    assert not [m for m in mentions(extractor, text) if m.attr("abbreviation")]


def test_a_practice_named_in_a_meetings_name_is_the_practice_not_the_meeting(extractor):
    """全省全面推行河长制工作会议召开: 河长制 is the practice; the meeting's name and its verb are no practice."""
    got = surfaces(extractor, "3月17日，全省全面推行河长制工作会议召开。", ("Initiative",))
    assert "河长制" in got and not [g for g in got if "会议" in g]


def test_the_waters_a_chief_of_a_levels_rank_has_in_charge_are_natural_places(extractor):
    """汾河省级河长某某, 沱江市级河长某某 (河长制): the rivers; 河道县级河长 names none."""
    got = surfaces(extractor, "汾河省级河长王伟巡查。沱江市级河长李强、浏阳河市级河长周建军参加。河道县级河长到岗。", PLACES)
    assert {"汾河", "沱江", "浏阳河"} <= got and "河道" not in got


@pytest.mark.parametrize("text,title", [
    # measures and policies a government issues (若干措施, 十条措施, 若干政策) are documents, named with no 关于
    ("会议审议通过了《西咸新区促进氢能产业发展若干措施》。", "《西咸新区促进氢能产业发展若干措施》"),
    ("市政府印发《支持开发区高质量发展十条措施》。", "《支持开发区高质量发展十条措施》"),
    ("市政府印发《促进民营经济发展若干政策》。", "《促进民营经济发展若干政策》"),
])
def test_measures_and_policies_are_documents(extractor, text, title):
    assert ("Document", title) in found(extractor, text, {"Document"})


def test_a_report_titled_so_is_a_document(extractor):
    """作了题为《…》的工作报告: a titled report is a document, whatever its title's words."""
    text = "全会审议通过了刘卫东代表省纪委常委会所作的题为《坚定不移推进全面从严治党 以新风貌新作为助推现代化》的工作报告。"
    assert ("Document", "《坚定不移推进全面从严治党 以新风貌新作为助推现代化》") in found(extractor, text, {"Document"})


def test_the_three_norths_programme_is_an_initiative(extractor):
    assert ("Initiative", "三北工程") in found(extractor, "今年，河北省三北工程造林120万亩，全力打好三北工程攻坚战。", {"Initiative"})


def test_the_regional_strategies_are_initiatives_and_name_no_sea(extractor):
    """西部陆海新通道: a strategy, no NaturalPlace 陆海; 成渝地区双城经济圈建设, 东北全面振兴 too."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["要积极融入成渝地区双城经济圈建设和西部陆海新通道建设，主动服务东北全面振兴。"]))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert {found.get(k) for k in ("成渝地区双城经济圈建设", "西部陆海新通道", "东北全面振兴")} == {"Initiative"}
    assert "陆海" not in found


def test_sports_centres_are_venues_not_bodies(extractor):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["黄龙体育中心周边道路禁止机动车通行。"]))
    assert {e.label: e.type for e in ext.entities.entities.values()}.get("黄龙体育中心") == "Landmark"


def test_the_guiding_thought_is_named_whole_whatever_follows(extractor):
    """习近平新时代中国特色社会主义思想往深里走, …思想指导实践: the doctrine whole, no person and no shorter concept."""
    from kg.read import article_from_text
    ext = extractor(article_from_text("t", ["深入学习习近平新时代中国特色社会主义思想往深里走。",
                                            "学懂弄通新时代中国特色社会主义思想指导实践。"]))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert found.get("习近平新时代中国特色社会主义思想") == "Concept"
    assert found.get("新时代中国特色社会主义思想") == "Concept"
    assert "中国特色社会主义" not in found and "习近平" not in found
