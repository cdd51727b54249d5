"""Bodies named through other names (kg/mentions/bodies.py and the posts that use them),
on text written for these tests: a department's own report (厅党组, 我厅, 厅长 without the
department) and the whole a Party group is named with (某政协党组 → 某政协)."""
from __future__ import annotations

import pytest

from kg.read import article_from_text

DEPARTMENT = ("6月5日，省交通运输厅召开厅党组（扩大）会议。厅党组书记、厅长王建国主持会议并讲话，"
              "副厅长李明、赵强出席会议。厅直属机关党委书记孙立参加。我厅将认真落实。")


@pytest.fixture(scope="module")
def department(extractor):
    art = article_from_text("t", [DEPARTMENT], title="省交通运输厅召开厅党组会议", url="http://jtt.hubei.gov.cn/a.html")
    return extractor(art)


def labels(ext) -> dict[str, str]:
    return {k: e.label for k, e in ext.entities.entities.items()}


def edges(ext, relation: str) -> set[tuple[str, str]]:
    names = labels(ext)
    return {(names.get(f.head, f.head), names.get(f.tail, f.tail)) for f in ext.facts if f.relation == relation}


def test_the_department_is_named_without_the_verb_after_it(department):
    assert "湖北省交通运输厅" in labels(department).values()
    assert not [n for n in labels(department).values() if "召开" in n]


def test_a_bare_head_and_a_part_is_the_departments_part(department):
    names = labels(department).values()
    assert {"湖北省交通运输厅党组", "湖北省交通运输厅直属机关党委"} <= set(names)
    assert "直属机关党委" not in names
    assert {("湖北省交通运输厅党组", "湖北省交通运输厅"),
            ("湖北省交通运输厅直属机关党委", "湖北省交通运输厅")} <= edges(department, "partOf")


def test_first_person_is_the_department_and_never_its_name(department):
    found = [m for m in department.mentions if m.text == "我厅"]
    assert [m.canonical for m in found] == ["湖北省交通运输厅"]
    assert all("我厅" not in e.aliases for e in department.entities.entities.values())


def test_heads_of_the_department_are_its_members(department):
    member = edges(department, "memberOf")
    assert {("王建国", "湖北省交通运输厅党组"), ("王建国", "湖北省交通运输厅"), ("李明", "湖北省交通运输厅"),
            ("赵强", "湖北省交通运输厅"), ("孙立", "湖北省交通运输厅直属机关党委")} <= member


def test_the_meeting_named_after_the_part_is_held_by_it(department):
    names = labels(department)
    held = {(names[f.head], names.get(f.tail, f.tail)) for f in department.facts if f.relation == "organizer"}
    # (named with the body the short form stands for, the text's 厅党组（扩大）会议 an alias)
    assert ("湖北省交通运输厅党组（扩大）会议", "湖北省交通运输厅党组") in held
    places = {names[f.head]: f.tail for f in department.facts if f.relation == "place"}
    assert places["湖北省交通运输厅党组（扩大）会议"] == "adm/420000"      # where the department is, not the department


def test_two_departments_of_one_head_leave_the_bare_head_alone(extractor):
    art = article_from_text("t", ["省交通运输厅和省水利厅召开联席会议。厅党组成员出席。"])
    found = [m for m in extractor.mentions(extractor.doc(art)) if m.source == "bodies.department"]
    assert found == []


@pytest.mark.parametrize("sitting", ["党组会议", "党组（扩大）会议", "党委会议"])
def test_a_body_that_holds_its_parts_sitting_names_the_part(extractor, sitting):
    """某局召开党组会议: the Party group of the body holds its sitting (the meeting's organiser, and the body of
    the 书记 who chairs it)."""
    art = article_from_text("t", [f"12月1日下午，桐庐县自然资源和规划局召开{sitting}。党组书记、局长方卫平主持会议。"],
                            date="2021-12-03")
    ext = extractor(art)
    names = labels(ext)
    part = "桐庐县自然资源和规划局" + sitting[:2]
    meeting = next(k for k, e in ext.entities.entities.items() if e.type == "Meeting")
    assert {names[f.tail] for f in ext.facts if f.head == meeting and f.relation == "organizer"} == {part}


def test_a_party_group_names_its_whole(extractor):
    art = article_from_text("t", ["河南省政协党组召开理论学习中心组会议。省政协党组书记、主席刘光明主持并讲话。"])
    ext = extractor(art)
    names = labels(ext)
    assert "河南省政协" in names.values()
    assert ("河南省政协党组", "河南省政协") in edges(ext, "partOf")


def test_a_post_after_one_in_a_party_group_is_in_its_whole(extractor):
    art = article_from_text("t", ["河南省政协党组召开理论学习中心组会议。省政协党组书记、主席刘光明主持并讲话。"])
    member = edges(extractor(art), "memberOf")
    assert {("刘光明", "河南省政协党组"), ("刘光明", "河南省政协")} <= member


@pytest.mark.parametrize("text,whole,member", [
    ("厦门市国资委召开会议。市国资委党委书记、主任陈刚出席并讲话。", "厦门市国资委", "陈刚"),
    ("5月11日，临江市人民医院党委副书记、院长王明带领医疗队赴某县开展义诊活动。", "临江市人民医院", "王明"),
])
def test_a_post_after_one_in_a_bodys_party_committee_is_in_the_body(extractor, text, whole, member):
    member_of = edges(extractor(article_from_text("t", [text])), "memberOf")
    assert (member, whole) in member_of and (member, whole + "党委") in member_of


@pytest.mark.parametrize("text,body,member", [
    ("呼和浩特市召开会议，自治区党委书记、人大常委会主任王建军出席。", "内蒙古自治区人大常委会", "王建军"),
    ("开封市委常委、宣传部部长周国强出席。", "开封市委宣传部", "周国强"),
])
def test_a_body_written_bare_in_a_list_of_posts(extractor, text, body, member):
    ext = extractor(article_from_text("t", [text]))
    assert body in labels(ext).values()
    assert (member, body) in edges(ext, "memberOf")


def test_the_senior_post_listed_first_is_the_one_events_read(extractor):
    ext = extractor(article_from_text("t", ["呼和浩特市召开会议。自治区党委书记、人大常委会主任王建军在呼和浩特会见了某报社社长一行。"]))
    names = labels(ext)
    held = {names.get(f.tail, f.tail) for f in ext.facts if f.relation == "organizer"}
    assert "内蒙古自治区党委" in held


def test_a_post_word_is_no_organisation_head(extractor):
    # 常委 ends in the head 委, but a post after a committee closes the committee's name
    ext = extractor(article_from_text("t", ["广西壮族自治区党委常委、南宁市委书记韦建华会见客人。"]))
    orgs = {e.label for e in ext.entities.entities.values() if e.type in ("PartyOrganization", "GovernmentBody")}
    assert "广西壮族自治区党委" in orgs and not any(n.endswith("常委") for n in orgs)


def test_the_body_a_person_heads_is_the_one_events_read_first(extractor):
    ext = extractor(article_from_text("t", ["广西壮族自治区党委常委、南宁市委书记韦建华在南宁会见了某市党政代表团一行。"]))
    names = labels(ext)
    held = {names.get(f.tail, f.tail) for f in ext.facts if f.relation == "organizer"}
    assert "南宁市委" in held


@pytest.mark.parametrize("text,issuers", [
    ("会议学习了《中共中央 国务院关于加强基层治理的意见》。", {"中共中央", "国务院"}),
    ("河南省召开会议，传达《省委关于加强作风建设的实施意见》。", {"河南省委"}),
    ("会议学习了《关于加强基层治理的意见》。", set()),                 # no issuer in the title
    ("会议学习了《乡村振兴战略规划关于产业的部分》。", set()),           # what opens it is no body
])
def test_the_bodies_a_documents_title_opens_with_issued_it(extractor, text, issuers):
    ext = extractor(article_from_text("t", [text]))
    assert {t for _, t in edges(ext, "issuedBy")} == issuers


def test_a_set_phrase_ending_in_a_heads_character_is_no_organisation(extractor):
    ms = extractor.mentions(extractor.doc(article_from_text("t", ["谈判一度陷入僵局，中共中央陷入僵局的说法不实。"])))
    orgs = {m.text for m in ms if m.label in ("PartyOrganization", "GovernmentBody", "Organization")}
    assert orgs == {"中共中央"}


def test_a_division_opening_a_documents_title_is_named_there(extractor):
    ext = extractor(article_from_text("t", ["会议学习了《河南省乡村振兴促进条例》。"]))
    assert "adm/410000" in ext.entities.entities
    assert "《河南省乡村振兴促进条例》" in labels(ext).values()


def test_an_organisation_opening_a_longer_name_is_named_but_does_not_act(extractor):
    ext = extractor(article_from_text("t", ["青岛大学附属医院召开会议，研究部署工作。"]))
    names = labels(ext)
    assert "青岛大学" in names.values()
    assert ("青岛大学附属医院", "青岛大学") in edges(ext, "partOf")
    held = {names.get(f.tail, f.tail) for f in ext.facts if f.relation == "organizer"}
    assert "青岛大学" not in held


def test_a_word_ending_in_a_national_word_is_no_body_inside_a_name(extractor):
    ms = extractor.mentions(extractor.doc(article_from_text("t", ["江西洪都中央厨房有限公司投产。"])))
    assert not any(m.canonical.endswith("中央") for m in ms)


def test_a_post_in_the_departments_part_links_to_the_part(extractor):
    art = article_from_text("t", ["省交通运输厅召开会议。厅党组成员、副厅长刘强出席。厅直属机关党委书记孙立主持。"],
                            url="http://jtt.hubei.gov.cn/a.html")
    member = edges(extractor(art), "memberOf")
    assert {("刘强", "湖北省交通运输厅党组"), ("刘强", "湖北省交通运输厅"),
            ("孙立", "湖北省交通运输厅直属机关党委")} <= member


def test_places_listed_before_a_body_share_its_head(extractor):
    ext = extractor(article_from_text("t", ["安吉县天荒坪镇余村、横山村党支部书记出席。"]))
    names = set(labels(ext).values())
    assert {"余村党支部", "横山村党支部", "余村"} <= names


def test_a_groups_subsidiary_is_named_after_it(extractor):
    ext = extractor(article_from_text("t", ["调研组来到中国建材集团祁连山水泥、华能集团甘肃能源调研。"]))
    names = labels(ext)
    companies = {e.label for e in ext.entities.entities.values() if e.type == "Company"}
    assert {"中国建材集团祁连山水泥", "华能集团甘肃能源"} <= companies
    assert ("中国建材集团祁连山水泥", "中国建材集团") in edges(ext, "partOf")
    assert not any(n.endswith("调研") for n in names.values())


def test_what_a_group_is_good_at_is_no_subsidiary(extractor):
    # 发挥某集团在清洁能源…方面的优势: a preposition after the group's name, no company 某集团在清洁能源
    ext = extractor(article_from_text("t", ["希望充分发挥中国大唐集团在清洁能源、电网建设等方面的优势。"]))
    companies = {e.label for e in ext.entities.entities.values() if e.type == "Company"}
    assert "中国大唐集团" in companies and not [c for c in companies if "在" in c]


def test_a_one_character_brand_between_province_and_place_is_part_of_a_company(extractor):
    ms = extractor.mentions(extractor.doc(article_from_text("t", ["代表团来到甘肃新天水食品有限公司参观。"])))
    assert "甘肃新天水食品有限公司" in [m.text for m in ms if m.label == "Company"]


def test_a_subsidiary_is_not_placed_where_its_group_is_named_after(extractor):
    ext = extractor(article_from_text("t", ["调研组来到内蒙古伊泰集团红庆河煤业调研。"]))
    placed = {h for h, _ in edges(ext, "locatedIn")}
    assert "内蒙古伊泰集团红庆河煤业" in labels(ext).values() and "内蒙古伊泰集团红庆河煤业" not in placed


@pytest.mark.parametrize("text,holder,body", [
    # the team named in full, then by its head: its leader's post is the team's
    ("6月2日，中央第二生态环境保护督察组进驻甘肃省。督察组组长黄树贤作动员讲话。", "黄树贤", "中央第二生态环境保护督察组"),
    # a company, then 公司 opening a clause
    ("福建春伦茶业集团有限公司成立于1985年。公司董事长傅天龙介绍，今年产量增长两成。", "傅天龙", "福建春伦茶业集团有限公司"),
])
def test_a_post_after_a_body_named_again_by_its_head_is_the_bodys(extractor, text, holder, body):
    ext = extractor(article_from_text("t", [text]))
    ents = ext.entities.entities
    post_in = {(ents[f.head].label, ents[f.tail].label) for f in ext.facts if f.relation == "memberOf"
               and f.head in ents and f.tail in ents}
    assert (holder, body) in post_in


@pytest.mark.parametrize("text,expected", [
    # a university writes of itself: 校党委, 校长 with no body, 我校
    ("5月17日，西北师范大学召开毕业生就业工作推进会。校党委书记吴一心、校长刘仲奎出席会议。会上通报了我校就业情况。",
     {("吴一心", "西北师范大学党委"), ("刘仲奎", "西北师范大学")}),
    # a hospital: 院党委
    ("3月5日，福安市医院召开干部大会。院党委书记陈明华主持会议。", {("陈明华", "福安市医院党委")}),
    # the university named only inside its institute's name
    ("10月21日，西北师范大学人工智能研究院揭牌仪式在我校举行。校党委书记吴一心为研究院揭牌。",
     {("吴一心", "西北师范大学党委")}),
])
def test_a_school_or_hospital_writes_of_itself_by_its_head(extractor, text, expected):
    assert expected <= edges(extractor(article_from_text("t", [text])), "memberOf")


def test_a_court_named_in_full_then_by_its_head_beside_a_headlines_short_form(extractor):
    """县法院 in the headline (a short form the entity stage binds) and 某县人民法院 in the body:
    法院 opening a later clause is that court (one body, not two named before it)."""
    art = article_from_text("t", ["5月29日，长垣市人民法院召开新闻发布会。",
                                  "副院长张强表示，下一步，法院将继续开展“法官进村”活动。"], title="市法院发布典型案例")
    assert ("长垣市人民法院", "法官进村") in edges(extractor(art), "implements")


def test_cities_listed_before_a_body_each_have_it(extractor):
    """甲市、乙市、丙市应急管理局作交流发言: each city's bureau (as 甲村、乙村党支部 each village's)."""
    ext = extractor(article_from_text("t", ["丽水市、温州市、台州市应急管理局作了交流发言。"], date="2021-06-08"))
    bodies = {e.label for e in ext.entities.entities.values() if e.type == "GovernmentBody"}
    assert {"丽水市应急管理局", "温州市应急管理局", "台州市应急管理局"} <= bodies


def test_a_cpc_committee_of_more_than_a_place_is_no_places_committee(extractor):
    """中共某市直属机关工作委员会: a Party committee of its own, not 某市委 (中共某县委员会 is 某县委)."""
    ext = extractor(article_from_text("t", ["近日，中共丽水市直属机关工作委员会印发《方案》。中共青田县委员会印发通知。"],
                                      date="2022-05-05"))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert found.get("中共丽水市直属机关工作委员会") == "PartyOrganization" and "丽水市委" not in found
    assert found.get("青田县委") == "PartyOrganization"


def test_a_departments_party_committee_written_after_its_head(extractor):
    """厅党委书记、厅长某某 in a report on 某省应急管理厅: the committee is the department's (as 厅党组 is)."""
    ext = extractor(article_from_text("t", ["6月7日，浙江省应急管理厅召开推进会。厅党委书记、厅长周立新出席会议并讲话。"],
                                      date="2021-06-08"))
    assert ("周立新", "浙江省应急管理厅党委") in edges(ext, "memberOf")
    assert ("浙江省应急管理厅党委", "浙江省应急管理厅") in edges(ext, "partOf")


def test_we_on_a_schools_own_site_are_the_school(extractor):
    """我校召开…会议 on 某某大学新闻网, the university named nowhere in the text: 我校 and 校党委 are its."""
    from dataclasses import replace

    art = article_from_text("t", ["3月13日下午，我校召开2024年党风廉政建设工作会议。校党委书记周立新出席会议并讲话，"
                                  "校长吴海主持会议。"], title="我校召开2024年党风廉政建设工作会议", date="2024-03-14")
    ext = extractor(replace(art, publisher="丽水学院新闻网"))
    assert "丽水学院" in labels(ext).values()
    assert ("周立新", "丽水学院党委") in edges(ext, "memberOf")
    assert ("2024年党风廉政建设工作会议", "丽水学院") in edges(ext, "organizer")


@pytest.mark.parametrize("text,body", [
    ("本报济南7月10日讯 省防指10日决定启动防汛四级应急响应。", "山东省防指"),     # (日讯 | 省: the dateline's end)
    ("7月10日，省安委办召开全省安全生产视频会议。", "山东省安委办"),
    ("据省外办消息，会见在济南举行。", "山东省外办"),
])
def test_commands_and_offices_a_level_keeps_one_of_are_named_short(extractor, text, body):
    """省防指 (防汛抗旱指挥部), 省安委办, 省外办: the province's own, written with the level word alone."""
    ext = extractor(article_from_text("t", [text], title="山东省部署防汛工作"))
    assert body in labels(ext).values()


@pytest.mark.parametrize("title,text,party,holder", [
    # a department whose name holds 和, its Party group after it
    ("四川省文化和旅游工作会议召开", "1月15日，省文化和旅游厅党组书记、厅长戴建国作工作报告。", "四川省文化和旅游厅党组", "戴建国"),
    # a ministry's own report: 部党组 is its Party group
    ("交通运输部召开主题教育动员部署会", "6月3日，交通运输部召开主题教育动员部署会议。部党组书记杨传堂作动员讲话，部党组副书记、部长李小鹏主持会议。",
     "交通运输部党组", "杨传堂"),
    # a university's: 学校党委
    ("兰州大学召开主题教育动员部署会", "4月12日，兰州大学召开主题教育动员部署会。学校党委书记严纯华作动员部署，校长王德华主持会议。",
     "兰州大学党委", "严纯华"),
])
def test_a_bodys_party_group_or_committee_holds_its_secretarys_post(extractor, title, text, party, holder):
    ext = extractor(article_from_text("t", [text], title=title))
    names = labels(ext)
    posts = {names.get(f.head): names.get(f.tail) for f in ext.facts if f.relation == "postIn"}
    assert party in names.values()
    assert any(p and p.startswith(holder) and body == party for p, body in posts.items())


def test_an_office_or_discipline_commission_listed_after_a_committee_post(extractor):
    """县委常委、办公室主任某某 → the county committee's office (a Party body); 镇党委委员、纪委书记某某 → the
    township's discipline commission, named by its place as such commissions are (某镇纪委)."""
    art = article_from_text("t", ["4月8日，莒南县委书记王建军到板泉镇调研。县委常委、办公室主任李晓东，副县长赵明辉参加调研。",
                                  "5月9日，城关镇召开党委理论学习中心组学习会。镇党委委员、纪委书记熊丽作交流发言。"],
                            title="调研", date="2021-05-10")
    ext = extractor(art)
    posts = edges(ext, "postIn")
    assert ("李晓东 主任", "莒南县委办公室") in posts
    assert ("熊丽 书记", "城关镇纪委") in posts
    office = next(e for e in ext.entities.entities.values() if e.label == "莒南县委办公室")
    assert office.type == "PartyOrganization"


@pytest.mark.parametrize("title,text,wanted,unwanted", [
    # a company named with its home city, and the city where the signing is held, are not the article's city
    ("南阳市政府与上海华凯电气集团签订战略合作协议",
     "5月18日，市政府与上海华凯电气集团在沪签订战略合作协议。市委书记郑立华、市长孙明远参加签约仪式。",
     {("郑立华", "南阳市委"), ("孙明远", "南阳市政府")}, {"上海市委", "上海市政府"}),
])
def test_short_forms_are_not_of_a_city_named_by_a_company_or_a_venue_away(
        extractor, title, text, wanted, unwanted):
    ext = extractor(article_from_text("t", [text], title=title, date="2023-05-20"))
    assert wanted <= edges(ext, "memberOf")
    assert not unwanted & set(labels(ext).values())


# a county's own news that never names its county (its site, its paper): 县委, 县委组织部 as written
UNPLACED = ("7月5日，县委书记王立平到石门镇调研农业生产。县委常委、组织部部长赵红军，县水利局局长孙浩陪同调研。"
            "全县今年新建高标准农田3万亩。村党支部书记要带头。")


def test_a_short_body_whose_place_is_never_named_is_a_node_as_written(extractor):
    ext = extractor(article_from_text("t", [UNPLACED]))
    names = labels(ext)
    assert {"县委", "县委组织部", "县水利局"} <= set(names.values())
    assert {("王立平", "县委"), ("赵红军", "县委组织部")} <= edges(ext, "memberOf")
    assert ("县委组织部", "县委") in edges(ext, "partOf")
    # any village's Party branch is no body of the article's; the county's figures are not the 县委's
    assert "村党支部" not in names.values()
    assert not [f for f in ext.facts if f.relation == "subject" and names.get(f.tail) == "县委"]


def test_two_articles_short_bodies_of_unnamed_places_stay_apart(tmp_path):
    import json

    import kg

    other = "8月2日，县委书记李国庆到河口乡调研。县委常委、组织部部长周平陪同。"
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": "调研", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in (("a", UNPLACED), ("b", other))), encoding="utf-8")
    entities = kg.build([path]).entities()
    committees = entities[(entities["label"] == "县委") & (entities["type"] == "PartyOrganization")]
    assert len(committees) == 2        # two counties' committees, not one node every county's article joins
