"""Typed relations from patterns over clauses and the entities found in them.

Spans of classes whose recognisers are built elsewhere are given by each case
(see facts_helper); administrative places come from the real recogniser.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.read import article_from_text

from .facts_helper import labels, run, triples


def _posts(ex) -> set[tuple[str, str | None]]:
    """(post label, body label) of every postIn fact of an extraction."""
    names = {k: e.label for k, e in ex.entities.entities.items()}
    return {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "postIn"}

I, L, C, T = "Initiative", "Landmark", "Campaign", "Topic"

CASES = [  # text, given spans, expected (head, relation, tail) among the relation's facts
    # A 以 X、Y 为载体; 充分利用 A、B 等资源: one relation per item; the innermost place acts
    ("北京市丰台区以“三会一课”、主题党日活动为载体，充分利用卢沟桥、宛平城、中国抗战馆等红色资源。",
     [("三会一课", I), ("主题党日活动", I), ("卢沟桥", L), ("宛平城", L), ("中国抗战馆", L)],
     [("丰台区", "implements", "三会一课"), ("丰台区", "implements", "主题党日活动"),
      ("丰台区", "uses", "中国抗战馆"), ("丰台区", "uses", "卢沟桥"), ("丰台区", "uses", "宛平城")]),
    # A 将 X 作为 <campaign> 的 … 工作
    ("北京市将“接诉即办”作为第二批主题教育的一项专项工作。", [("接诉即办", I), ("第二批主题教育", C)],
     [("北京市", "implements", "接诉即办"), ("接诉即办", "partOf", "第二批主题教育")]),
    # the agent of a clause without one is the sentence's subject (内蒙古 … 采取 …)
    ("内蒙古强化分类指导，采取灵活多样的方式：对年老体弱党员，采取送学上门；对牧民党员，依托草原学习轻骑兵、“马背党校”等方式推进。",
     [("送学上门", I), ("草原学习轻骑兵", I), ("马背党校", I)],
     [("内蒙古自治区", "implements", "草原学习轻骑兵"), ("内蒙古自治区", "implements", "送学上门"),
      ("内蒙古自治区", "implements", "马背党校")]),
    # … or the previous sentence's; 地处 gives locatedIn
    ("阿拉善右旗阿日毛道嘎查地处巴丹吉林沙漠腹地，交通不便。当地针对性地提出“服务促学”理念。",
     [("巴丹吉林沙漠", "NaturalPlace"), ("服务促学", I)],
     [("阿日毛道嘎查", "implements", "服务促学"), ("阿日毛道嘎查", "locatedIn", "巴丹吉林沙漠")]),
    # 探索…试点; X等N所学校已先行试点 → participatesIn; 严把…关 → focusesOn
    ("呼和浩特市政府探索中小学校营养餐配送试点工作，严把食品安全关，目前新华小学等9所学校已先行试点。",
     [("呼和浩特市政府", "GovernmentBody"), ("中小学校营养餐配送试点", I), ("食品安全", T), ("新华小学", "School")],
     [("呼和浩特市政府", "focusesOn", "食品安全"), ("呼和浩特市政府", "implements", "中小学校营养餐配送试点"),
      ("新华小学", "participatesIn", "中小学校营养餐配送试点")]),
    # 作为<campaign>中的帮扶单位，X… → participatesIn
    ("作为第一批主题教育中的帮扶单位，长治中医院及时组织集中学习。", [("第一批主题教育", C), ("长治中医院", "Hospital")],
     [("长治中医院", "participatesIn", "第一批主题教育")]),
    # lists joined by 、 as subjects: each implements
    ("下一步，县委、县政府将在全县推广“余村经验”。",
     [("县委", "PartyOrganization", "安吉县委"), ("县政府", "GovernmentBody", "安吉县人民政府"), ("余村经验", I)],
     [("安吉县人民政府", "implements", "余村经验"), ("安吉县委", "implements", "余村经验")]),
    # the place's Party committee and government acting together, the place named: the place acts
    # (the genre's pair for a place's leadership; one relation, not two)
    ("近年来，中共兰考县委、兰考县人民政府大力推广“四议两公开”工作法。", [("四议两公开", I)],
     [("兰考县", "implements", "四议两公开")]),
    # 在Y，<company>… → the company is in Y; …设于此 → in the place just talked about
    ("在张浦镇，昆山华鼎电子科技有限公司去年新增投资2.3亿元。", [("张浦镇", "Township"), ("昆山华鼎电子科技有限公司", "Company")],
     [("昆山华鼎电子科技有限公司", "locatedIn", "张浦镇")]),
    ("粤海街道是全国知名的科技企业聚集地，深圳市腾讯计算机系统有限公司等企业总部均设于此。",
     [("深圳市腾讯计算机系统有限公司", "Company")],
     [("深圳市腾讯计算机系统有限公司", "locatedIn", "粤海街道")]),
]


@pytest.mark.parametrize("text,given,expected", CASES)
def test_relations(extractor, text, given, expected):
    ents, out = run(extractor, text, given)
    relations = {r for _, r, _ in expected}
    got = [t for t in triples(ents, out) if t[1] in relations and t[1] != "locatedIn" or t in expected]
    assert sorted(set(got)) == sorted(expected)


NAME_PLACES = [  # institution, class, expected (relation, place label)
    ("山西省水利厅", "GovernmentBody", ("locatedIn", "山西省")),
    ("长治中医院", "Hospital", ("locatedIn", "长治市")),            # a short place name, through the gazetteer
    ("中共定西市委", "PartyOrganization", ("locatedIn", "定西市")),    # 中共 is not part of the place
    ("呼和浩特市政府", "GovernmentBody", ("locatedIn", "呼和浩特市")),
]


@pytest.mark.parametrize("name,cls,expected", NAME_PLACES)
def test_the_place_in_an_institution_name(extractor, resources, name, cls, expected):
    ents, out = run(extractor, f"{name}召开专题会议。", [(name, cls)])
    key = f"{cls}/{name}"
    got = [(f.relation, f.tail) for f in out.facts if f.head == key and f.relation in ("locatedIn", "partOf")]
    assert len(got) == 1
    rel, tail = got[0]
    area = resources.gazetteer.get(tail[4:]) if tail.startswith("adm/") else None
    assert (rel, area.name if area else ents.entities[tail].label) == expected


def test_a_site_named_after_a_zone_is_in_the_zone(extractor):
    """A park named by a zone (after the zone's city or not) and the zone's committee are in
    the zone, the smallest place known to hold them, not in the city the name opens with."""
    text = ("6月1日，柳东新区召开项目推进会。柳州柳东新区汽车产业园今年新入驻企业12家，"
            "柳东新区管委会负责人表示，将持续优化服务。")
    ents, out = run(extractor, text)
    got = {t for t in triples(ents, out, "locatedIn") if t[0] != "柳东新区"}
    assert got == {("柳州柳东新区汽车产业园", "locatedIn", "柳东新区"), ("柳东新区管委会", "locatedIn", "柳东新区")}


def test_a_zone_written_again_without_its_city_is_one_zone(extractor):
    """遂宁高新区 … 高新区 would be two; 遂宁临港新区 … 临港新区 is one zone, the short form an alias,
    and the park named after it lies in it."""
    text = "遂宁临港新区召开招商推介会。会上，临港新区签约项目15个。遂宁临港新区电子信息产业园开工建设。"
    ents, out = run(extractor, text)
    zones = sorted(e.label for e in ents.entities.values() if e.type == "Place")
    assert zones == ["遂宁临港新区", "遂宁临港新区电子信息产业园"]
    assert "临港新区" in ents.entities["Place/遂宁临港新区"].aliases
    assert ("遂宁临港新区电子信息产业园", "locatedIn", "遂宁临港新区") in triples(ents, out, "locatedIn")


def test_a_zone_written_again_with_its_endings_short_form_is_one_zone(extractor):
    """临江经济技术开发区 … 临江经开区 (zone_short_endings.tsv): one zone, the short form an alias."""
    text = "今年上半年，临江经济技术开发区实现工业总产值386.5亿元。临江经开区新签约项目23个。"
    ents, out = run(extractor, text)
    zones = sorted(e.label for e in ents.entities.values() if e.type == "Place")
    assert zones == ["临江经济技术开发区"]
    assert "临江经开区" in ents.entities["Place/临江经济技术开发区"].aliases


@pytest.mark.parametrize("text,zone,body,secretary", [
    # 新区党工委 after 柳东新区: the zone's ending alone
    ("6月1日，柳东新区召开项目推进会，新区党工委书记韦海涛出席会议。", "柳东新区", "柳东新区党工委", "韦海涛"),
    # 高新区党工委 after 某某高新技术产业开发区: the short form of the zone's ending (zone_short_endings.tsv)
    ("5月9日，南昌高新技术产业开发区举行签约仪式。高新区党工委书记李强致辞。", "南昌高新技术产业开发区",
     "南昌高新技术产业开发区党工委", "李强"),
])
def test_a_zones_body_named_by_the_zones_ending_is_the_zones(extractor, text, zone, body, secretary):
    """The zone's Party working committee, in the zone; its secretary holds his post there."""
    ents, out = run(extractor, text)
    assert {e.label for e in ents.entities.values() if e.type == "PartyOrganization"} == {body}
    got = triples(ents, out)
    assert (body, "locatedIn", zone) in got
    assert (secretary, "memberOf", body) in got


def test_a_village_party_branch_is_part_of_its_village(extractor):
    text = "阿拉善右旗阿日毛道嘎查开展主题教育。阿日毛道嘎查党支部召开会议。"
    ents, out = run(extractor, text, [("阿日毛道嘎查党支部", "PartyOrganization")])
    assert ("阿日毛道嘎查党支部", "partOf", "阿日毛道嘎查") in triples(ents, out)


def test_comention_links_entities_of_one_sentence_once(extractor):
    ents, out = run(extractor, "北京市丰台区以“三会一课”为载体。", [("三会一课", I)])
    co = [f for f in out.facts if f.relation == "coMentionedWith"]
    pairs = {(f.head, f.tail) for f in co}
    assert len(pairs) == len(co) == 3          # 北京市, 丰台区, 三会一课: three pairs, each once
    assert all(f.head < f.tail and dict(f.attrs)["layer"] == "comention" for f in co)


def test_evidence_offsets_slice_the_sentence(extractor):
    text = "近日，北京。\n北京市丰台区以“三会一课”为载体，充分利用卢沟桥等红色资源。"
    ents, out = run(extractor, text, [("三会一课", I), ("卢沟桥", L)])
    article_text = text.replace("\n", "\n")
    assert out.facts
    for f in out.facts:
        ev = f.evidence
        assert article_text[ev.sentence_start:ev.sentence_end] == ev.sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_a_department_is_part_of_its_government(extractor):
    text = "兰考县人民政府召开会议，兰考县扶贫开发办公室通报进度。"
    ents, out = run(extractor, text, [("兰考县人民政府", "GovernmentBody"), ("兰考县扶贫开发办公室", "GovernmentBody")])
    assert ("兰考县扶贫开发办公室", "partOf", "兰考县人民政府") in triples(ents, out)


def test_a_governments_body_ending_in_bu_is_no_department_of_the_party_committee(extractor):
    # 部 closes the Party committee's departments (组织部); a headquarters of the government's does not
    text = "兰考县委召开会议。兰考县防汛抗旱指挥部、兰考县委组织部负责同志参加。"
    ents, out = run(extractor, text)
    got = [t for t in triples(ents, out, "partOf")]
    assert ("兰考县委组织部", "partOf", "兰考县委") in got
    assert not [t for t in got if t[0] == "兰考县防汛抗旱指挥部"]


POSTS = [  # text, given, expected (person, relation, tail)
    ("阿日毛道嘎查党支部副书记侍歌说。", [("阿日毛道嘎查党支部", "PartyOrganization"), ("副书记", "Role"), ("侍歌", "Person")],
     [("侍歌", "memberOf", "阿日毛道嘎查党支部")]),
    # a head of government named without the body: the body of the place named before, or the only one
    ("深圳市南山区人民政府召开会议。南山区区长陈志强主持会议。",
     [("南山区人民政府", "GovernmentBody"), ("区长", "Role"), ("陈志强", "Person")],
     [("陈志强", "memberOf", "南山区人民政府")]),
    ("兰考县人民政府召开推进会，县长刘卫东主持会议。", [("兰考县人民政府", "GovernmentBody"), ("县长", "Role"), ("刘卫东", "Person")],
     [("刘卫东", "memberOf", "兰考县人民政府")]),
]


@pytest.mark.parametrize("text,given,expected", POSTS)
def test_posts(extractor, text, given, expected):
    ents, out = run(extractor, text, given)
    got = triples(ents, out, "memberOf")
    assert got == expected
    posts = [e for e in out.entities if e.type == "Post"]
    assert len(posts) == 1 and {f.relation for f in out.facts if f.head == posts[0].id} >= {"holder", "role", "postIn"}


def test_a_school_named_as_an_example_after_a_local_government_is_in_its_place(extractor, resources):
    text = "内蒙古自治区呼和浩特市政府探索中小学校营养餐配送试点工作，目前新华小学等9所学校已先行试点。"
    ents, out = run(extractor, text, [("中小学校营养餐配送试点", I), ("新华小学", "School")])
    tails = [f.tail for f in out.facts if f.head == "School/新华小学" and f.relation == "locatedIn"]
    assert [resources.gazetteer.get(t[4:]).name for t in tails] == ["呼和浩特市"]


AGENTS = [  # text, given, expected implements/focusesOn facts
    # places side by side and counted after them (江苏陕西两省) act together
    ("江苏陕西两省深化“苏陕协作”。", [("苏陕协作", I)],
     [("江苏省", "implements", "苏陕协作"), ("陕西省", "implements", "苏陕协作")]),
    # 县委、县政府各部门… / 各县区…: the bodies within act for their place
    ("河南省兰考县召开会议。会议要求，县委、县政府各部门要查漏补缺，严格落实“一周一例会、一月一督查”工作机制。",
     [("一周一例会、一月一督查", I)], [("兰考县", "implements", "一周一例会、一月一督查")]),
    # a village's party branch acts for its village
    ("浙江省湖州市安吉县天荒坪镇余村。余村村党支部推行“积分制”管理。", [("积分制", I)],
     [("余村", "implements", "积分制")]),
    # a person acting (他…) is no body's doing; the programme no clause claims is the
    # article's place's (relations.implements_unclaimed, below)
    ("遵义市推进茶产业。他强调，要推行“茶旅一体化”。", [("茶旅一体化", I)], [("遵义市", "implements", "茶旅一体化")]),
]


def test_an_initiative_no_clause_claims_is_the_article_places(extractor):
    ents, out = run(extractor, "遵义市推进茶产业。他强调，要推行“茶旅一体化”。湄潭县推行“茶园积分”。",
                    [("茶旅一体化", I), ("茶园积分", I)])
    rules = {(ents.entities[f.head].label, ents.entities[f.tail].label): f.source
             for f in out.facts if f.relation == "implements"}
    assert rules == {("湄潭县", "茶园积分"): "relations.implements",
                     ("遵义市", "茶旅一体化"): "relations.implements_unclaimed"}


@pytest.mark.parametrize("text,given,expected", AGENTS)
def test_who_acts(extractor, text, given, expected):
    ents, out = run(extractor, text, given)
    assert triples(ents, out, "implements") == expected


def test_what_a_meeting_asks_for_is_the_convening_bodys(extractor):
    """会议强调，…: the meeting speaks for the body that convened it, not for the departments the
    sentence before addressed (nor does a meeting held elsewhere, 在北京举行, convene it)."""
    ents, out = run(extractor, "5月20日，宜宾市政府召开第12次常务会议。会议指出，市水务局、市应急管理局要加强"
                               "监测预警。全国防汛工作会议日前在北京举行。会议强调，要深化“放管服”改革，推行“一网通办”。")
    assert triples(ents, out, "implements") == [("宜宾市政府", "implements", "一网通办"),
                                                ("宜宾市政府", "implements", "放管服")]


POST_LISTS = [  # text, given spans, expected (person, relation, tail) among hasRole/memberOf
    # several posts of one person, each in the body named before it
    ("浙江省委常委、浙江省政协副主席王明远出席会议。",
     [("浙江省委", "PartyOrganization"), ("常委", "Role"), ("浙江省政协", "Organization"), ("副主席", "Role"),
      ("王明远", "Person")],
     [("王明远", "memberOf", "浙江省委"), ("王明远", "memberOf", "浙江省政协")]),
    # a body the organisation stage did not mark between 、 and the post does not stop the list (东山 is no place
    # of the gazetteer: the city's 统战部 is the short form as written, of this article)
    ("东山市委副书记、统战部部长李卫东出席。",
     [("东山市委", "PartyOrganization"), ("副书记", "Role"), ("部长", "Role"), ("李卫东", "Person")],
     [("李卫东", "memberOf", "东山市委"), ("李卫东", "memberOf", "市委统战部")]),
    # another person ends the list: each holds only the posts before their own name
    ("东山市委书记周海平、东山市政协主席吴春林参加会见。",
     [("东山市委", "PartyOrganization"), ("书记", "Role"), ("周海平", "Person"), ("东山市政协", "Organization"),
      ("主席", "Role"), ("吴春林", "Person")],
     [("吴春林", "memberOf", "东山市政协"), ("周海平", "memberOf", "东山市委")]),
    # 以X为团长的Y: the person leads the delegation
    ("以东山市委书记周海平为团长的东山市党政代表团到访。",
     [("东山市委", "PartyOrganization"), ("书记", "Role"), ("周海平", "Person"), ("团长", "Role"),
      ("东山市党政代表团", "Organization")],
     [("周海平", "memberOf", "东山市党政代表团"), ("周海平", "memberOf", "东山市委")]),
]


POST_GAPS = [  # posts no recogniser marked, between 、 and the name or the body and the post
    ("安吉县委副书记、代县长王立新主持会议。",
     [("安吉县委", "PartyOrganization"), ("副书记", "Role"), ("王立新", "Person")],
     [("王立新", "memberOf", "安吉县委")]),
    ("东山大学经济研究院执行院长、研究员李海燕介绍。",
     [("东山大学经济研究院", "Organization"), ("院长", "Role"), ("李海燕", "Person")],
     [("李海燕", "memberOf", "东山大学经济研究院")]),
    # a department named bare after a post in its committee is the committee's department
    ("安吉县委宣传部召开会议。安吉县委常委、宣传部部长李海燕出席。",
     [("安吉县委宣传部", "PartyOrganization"), ("安吉县委", "PartyOrganization"), ("常委", "Role"), ("部长", "Role"),
      ("李海燕", "Person")],
     [("李海燕", "memberOf", "安吉县委"), ("李海燕", "memberOf", "安吉县委宣传部")]),
    # 原 (a former post's mark) and a part between the body and its post
    ("安吉县卫生健康委员会原党组书记、主任李海燕违规收受礼金。",
     [("安吉县卫生健康委员会", "GovernmentBody"), ("书记", "Role"), ("主任", "Role"), ("李海燕", "Person")],
     [("李海燕", "memberOf", "安吉县卫生健康委员会")]),
]


@pytest.mark.parametrize("text,given,expected", POST_LISTS + POST_GAPS)
def test_lists_of_posts(extractor, text, given, expected):
    ents, out = run(extractor, text, given)
    assert triples(ents, out, "memberOf") == sorted(expected)


def test_every_post_of_a_list_is_a_role_of_its_holder(extractor):
    text = "东山市委副书记、统战部部长李卫东出席。"
    ents, out = run(extractor, text, [("东山市委", "PartyOrganization"), ("副书记", "Role"), ("部长", "Role"),
                                      ("李卫东", "Person")])
    roles = {t for h, r, t in triples(ents, out, "hasRole") if h == "李卫东"}
    assert roles == {"副书记", "部长"}
    posts = sorted(e.label for e in out.entities if e.type == "Post")
    assert posts == ["李卫东 副书记", "李卫东 部长"]


def test_a_post_written_with_a_body_named_elsewhere_in_the_article(extractor):
    # 东山市委 is an organisation of the article; the second time, before 书记, the
    # recognisers did not mark it (dropped here), and the post still finds its body
    text = "东山市委召开会议。东山市委书记周海平主持。"
    ents, _ = run(extractor, text, [("东山市委", "PartyOrganization"), ("书记", "Role"), ("周海平", "Person")])
    ents.mentions = [m for m in ents.mentions if not (m.label == "PartyOrganization" and m.sentence == 1)]
    ents.mentions = [replace(m, attrs=()) if m.label in ("Role", "Person") else m for m in ents.mentions]
    person = next(i for i, m in enumerate(ents.mentions) if m.label == "Person")
    role = ents.mentions[person - 1]
    ents.mentions[person] = replace(ents.mentions[person], attrs=(("role", "书记"), ("role_key", role.key)))
    out = extractor.facts(extractor.doc(article_from_text("t", [text])), ents)
    member = [(f.tail, f.source) for f in out.facts if f.relation == "memberOf"]
    assert member == [("PartyOrganization/东山市委", "relations.post_named_org")]


def test_every_name_of_a_byline_holds_its_post(extractor):
    text = "本报讯（记者张明远、李海燕）5月6日，安吉县召开会议。新华社记者王立新报道，会议持续两天。"
    given = [("张明远", "Person"), ("李海燕", "Person"), ("王立新", "Person"), ("新华社", "Organization")]
    ents, out = run(extractor, text, given)
    assert triples(ents, out, "hasRole") == [("张明远", "hasRole", "记者"), ("李海燕", "hasRole", "记者"),
                                             ("王立新", "hasRole", "记者")]
    assert triples(ents, out, "memberOf") == [("王立新", "memberOf", "新华社")]
    # the byline rule reads them (the person stage may also give them the post)
    assert "relations.byline" in {f.source for f in out.facts if f.relation == "hasRole"}


def test_the_reporters_of_a_dateline_byline_are_members_of_the_outlet(extractor):
    # the outlet opens the dateline, the byline follows in brackets: its reporters are the
    # outlet's staff; a correspondent (通讯员) is not, and names after 通讯员 are correspondents
    text = "黔东日报3月5日讯（记者 张明远 通讯员/李海燕 赵文静）5日，凯里市召开会议。"
    given = [("黔东日报", "Organization"), ("张明远", "Person"), ("李海燕", "Person"), ("赵文静", "Person")]
    ents, out = run(extractor, text, given)
    assert triples(ents, out, "memberOf") == [("张明远", "memberOf", "黔东日报")]
    text = "新华社成都6月1日电（记者王立新）1日，成都市召开会议。"
    ents, out = run(extractor, text, [("新华社", "Organization"), ("王立新", "Person")])
    assert triples(ents, out, "memberOf") == [("王立新", "memberOf", "新华社")]


def test_names_without_a_byline_word_hold_no_post(extractor):
    ents, out = run(extractor, "张明远、李海燕告诉记者，会议持续两天。", [("张明远", "Person"), ("李海燕", "Person")])
    assert triples(ents, out, "hasRole") == []


def test_an_organisation_named_after_another_is_part_of_it(extractor):
    text = "安吉县广播电视局党组召开会议。安吉县广播电视局将推进改革，安吉县广播电视局党委常委出席。"
    given = [("安吉县广播电视局党组", "PartyOrganization"), ("安吉县广播电视局党委常委", "PartyOrganization"),
             ("安吉县广播电视局", "GovernmentBody")]
    ents, out = run(extractor, text, given)
    parts = [t for t in triples(ents, out, "partOf") if t[2] == "安吉县广播电视局"]
    # a post read as a body (党委常委) is not a part
    assert parts == [("安吉县广播电视局党组", "partOf", "安吉县广播电视局")]


def test_a_place_named_after_a_persons_words_acts_in_the_rest_of_the_sentence(extractor):
    text = "王立新指出，安吉县是农业大县，要推行“稻渔共生”模式。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("稻渔共生", I)])
    assert triples(ents, out, "implements") == [("安吉县", "implements", "稻渔共生")]


def test_the_person_after_a_list_of_posts_is_the_subject_not_the_body(extractor):
    # 县委副书记、政府代理县长王某调研…: 王某 acts, so 县委 gets no topic of the clause
    text = "安吉县委副书记、政府代理县长王立新就安全生产进行调研。"
    ents, out = run(extractor, text, [("安吉县委", "PartyOrganization"), ("副书记", "Role"), ("县长", "Role"),
                                      ("王立新", "Person"), ("安全生产", T)])
    assert triples(ents, out, "focusesOn") == []
    assert ("王立新", "memberOf", "安吉县委") in triples(ents, out, "memberOf")




def test_a_body_read_with_a_post_at_its_end_opens_a_list_of_posts(extractor):
    # the organisation stage may take 常委 into the body's name; the person still acts
    text = "安吉县委常委、宣传部部长李海燕就安全生产进行调研。"
    ents, out = run(extractor, text, [("安吉县委常委", "PartyOrganization"), ("部长", "Role"), ("李海燕", "Person"),
                                      ("安全生产", T)])
    assert triples(ents, out, "focusesOn") == []


def test_a_clause_opening_with_cun_li_is_the_villages_doing(extractor):
    text = "在天荒坪镇余村，驻村第一书记、县农业农村局干部李海燕说，村里正在推行“积分制”管理。"
    ents, out = run(extractor, text, [("余村", "Village"), ("李海燕", "Person"), ("积分制", I)])
    assert triples(ents, out, "implements") == [("余村", "implements", "积分制")]


def test_every_village_of_a_list_after_a_township_is_in_it(extractor):
    text = "调研组来到天荒坪镇余村、山川村、大溪村调研。"
    ents, out = run(extractor, text, [("天荒坪镇", "Township"), ("余村", "Village"), ("山川村", "Village"),
                                      ("大溪村", "Village")])
    got = {(h, t) for h, r, t in triples(ents, out, "locatedIn") if t == "天荒坪镇"}
    assert {"山川村", "大溪村"} <= {h for h, _ in got}
    assert "relations.listed_under" in {f.source for f in out.facts if f.relation == "locatedIn"}


def test_the_stops_of_a_visit_to_a_county_are_in_it(extractor):
    text = "5月8日，王立新赴湖州市安吉县调研。在白云山景区和东山茶叶有限公司，王立新详细了解经营情况。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("白云山景区", "Landmark"), ("东山茶叶有限公司", "Company")])
    located = {(h, t) for h, r, t in triples(ents, out, "locatedIn")}
    assert {("白云山景区", "安吉县"), ("东山茶叶有限公司", "安吉县")} <= located
    # no visit, no stop of a visit (the site is the article's place's: relations.home_site)
    ents, out = run(extractor, "湖州市安吉县召开会议。白云山景区游客增多。", [("白云山景区", "Landmark")])
    assert "relations.visit_site" not in {f.source for f in out.facts}


def test_a_site_placed_nowhere_is_in_the_county_or_city_the_article_is_about(extractor):
    given = [("白云山景区", "Landmark"), ("东山茶叶有限公司", "Company"), ("黄河", "NaturalPlace")]
    text = "安吉县召开旅游工作会议。白云山景区游客增多，东山茶叶有限公司扩大生产，黄河沿线也在行动。"
    ents, out = run(extractor, text, given)
    rules = {(ents.entities[f.head].label, ents.entities[f.tail].label): f.source
             for f in out.facts if f.relation == "locatedIn" and ents.entities[f.head].type != "County"}
    # a river runs through more than one county, and is left alone
    assert rules["东山茶叶有限公司", "安吉县"] == rules["白云山景区", "安吉县"] == "relations.home_site"
    assert not [k for k in rules if k[0] == "黄河"]
    # a province is too wide to say where a site is
    ents, out = run(extractor, "浙江省召开旅游工作会议。东山茶叶有限公司扩大生产。", given[1:2])
    assert not [f for f in out.facts if f.source == "relations.home_site"]
    # a company the county's government signs with is a partner from elsewhere
    ents, out = run(extractor, "安吉县召开会议。安吉县人民政府与东山茶叶有限公司签署合作协议。", given[1:2])
    assert not [f for f in out.facts if f.source == "relations.home_site"]
    # nor is one whose manager speaks for the investors at a signing (作为投资方代表)
    ents, out = run(extractor, "安吉县举行项目签约仪式。东山茶叶有限公司总经理王海作为投资方代表发言。", given[1:2])
    assert not [f for f in out.facts if f.source == "relations.home_site"]


def test_an_initiative_tried_out_in_a_place_is_the_places(extractor):
    text = "据介绍，“一窗受理”机制已经在湖州市12个乡镇进行了试点。"
    ents, out = run(extractor, text, [("“一窗受理”机制", I, "一窗受理")])
    assert ("湖州市", "implements", "一窗受理") in triples(ents, out, "implements")


def test_the_place_visited_focuses_on_what_the_visit_is_about(extractor):
    text = "5月8日，王立新在湖州市调研乡村振兴、生态保护等工作。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("乡村振兴", T), ("生态保护", T)])
    assert triples(ents, out, "focusesOn") == [("湖州市", "focusesOn", "乡村振兴"), ("湖州市", "focusesOn", "生态保护")]


def test_a_post_several_hold_before_a_list_of_names_is_each_ones(extractor):
    text = "副局长张明远、李海燕、王立新出席会议。局长周海平、吴春林参加。"
    given = [("副局长", "Role"), ("局长", "Role"), ("张明远", "Person"), ("李海燕", "Person"), ("王立新", "Person"),
             ("周海平", "Person"), ("吴春林", "Person")]
    ents, out = run(extractor, text, given)
    roles = triples(ents, out, "hasRole")
    assert [h for h, _, t in roles if t == "副局长"] == ["张明远", "李海燕", "王立新"]
    # one holds 局长: the name after it is not another 局长
    assert [h for h, _, t in roles if t == "局长"] == ["周海平"]
    # a congress's executive chairs: several hold the post
    ents, out = run(extractor, "大会执行主席杨自力、李文华、王强在主席台前排就座。")
    assert [h for h, _, t in triples(ents, out, "hasRole") if t == "执行主席"] == ["李文华", "杨自力", "王强"]


def test_a_visit_with_words_between_the_going_word_and_the_place(extractor):
    text = "5月8日，王立新前往生态保护联系点湖州市调研。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("生态保护", T)])
    assert triples(ents, out, "focusesOn") == [("湖州市", "focusesOn", "生态保护")]


def test_the_named_stops_of_a_visit_list_are_visited_though_the_first_is_unnamed(extractor):
    text = "5月8日，县委书记王立新先后深入老城夜市摊点、安吉县白云山景区、递铺街道桃城社区便民中心等地调研。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("白云山景区", "Landmark")])
    visited = {t for h, r, t in triples(ents, out, "visited") if h == "王立新"}
    assert {"白云山景区", "安吉县"} <= visited


def test_the_village_a_visited_companys_name_opens_with_is_visited(extractor):
    text = "5月8日，县委书记王立新先后来到递铺街道桃城村青山茶叶合作社、安吉县白云山景区调研。"
    ents, out = run(extractor, text, [("王立新", "Person"), ("白云山景区", "Landmark")])
    visited = {t for h, r, t in triples(ents, out, "visited") if h == "王立新"}
    assert {"桃城村", "递铺街道"} <= visited


def test_a_clause_opening_with_shequ_is_the_community_named_before(extractor):
    # 社区 opening a clause stands for the community just named, as 村里 for the village
    ents, out = run(extractor, "长春市红旗街道富锦社区召开居民议事会。富锦社区党委书记孙丽说，社区还推行“时间积分”模式。")
    assert ("富锦社区", "implements", "时间积分") in triples(ents, out, "implements")


def test_the_head_of_a_study_group_after_a_list_of_posts_holds_them_all(extractor):
    # jieba alone cuts 中心 | 组组长: the post and the list before it were lost
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["4月20日，湖北省委理论学习中心组举行集体学习。"
                                            "省委书记、省委理论学习中心组组长王忠林主持并讲话。"]))
    ents = ext.entities.entities
    roles = {ents[f.tail].label for f in ext.facts if f.relation == "hasRole" and ents[f.head].label == "王忠林"}
    assert roles == {"省委书记", "组长"}


def test_a_site_written_after_its_county_is_there_and_national_names_are_not_local(extractor):
    """白银市靖远县 | 某某景区: an address; 中国某某 (a national company) and a zone named after an
    international body are not in the county the article is about."""
    from kg.read import article_from_text

    def located(text):
        ext = extractor(article_from_text("t", [text]))
        ents = ext.entities.entities
        return {(ents[f.head].label, ents[f.tail].label if f.tail in ents else f.tail)
                for f in ext.facts if f.relation == "locatedIn" and f.head in ents}

    found = located("4月21日，视察组在兰州市调研，随后来到白银市靖远县黄河石林景区，察看生态修复情况。")
    assert ("黄河石林景区", "靖远县") in found and ("黄河石林景区", "兰州市") not in found
    found = located("8月11日，南昌市与中国电信集团有限公司签署合作协议。中国电信将在南昌市投资建设数据中心。")
    assert not [p for s, p in found if s == "中国电信"]


def test_a_company_named_without_its_place_is_not_placed_in_the_articles_city(extractor):
    """赣州市在深圳举办推介会…比亚迪股份有限公司等企业代表发言: an investor from elsewhere; a region in a
    university's name (西北工业大学) is no place it is in."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["6月15日，赣州市在深圳举办招商引资推介会。比亚迪股份有限公司等企业代表作交流发言。",
                                            "西北工业大学智能无人系统实验室入选省重点实验室。"]))
    ents = ext.entities.entities
    located = {ents[f.head].label for f in ext.facts if f.relation == "locatedIn" and f.head in ents}
    assert "比亚迪股份有限公司" not in located and "西北工业大学" not in located
    assert "西北" not in {e.label for e in ents.values()}


def test_a_person_elected_to_a_post_holds_it(extractor):
    """某某当选为市人大常委会主任: the post, in the body named with it."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["1月9日，株洲市第十六届人民代表大会第一次会议举行全体会议。"
                                            "曹慧泉当选为市人大常委会主任，杨胜跃当选为市长。"]))
    ents = ext.entities.entities
    roles = {(ents[f.head].label, ents[f.tail].label) for f in ext.facts if f.relation == "hasRole"}
    assert {("曹慧泉", "市人大常委会主任"), ("杨胜跃", "市长")} <= roles


@pytest.mark.parametrize("text, holder, place", [
    ("6月24日，省长许建国率湖南省经贸代表团访问南非，并会见南非豪登省省长戴维·马库拉。", "戴维·马库拉", "豪登省"),
    ("9月7日，云南省省长陈立新与琅勃拉邦省省长坎平·赛宋平签署协议书。", "坎平·赛宋平", None),
])
def test_a_foreign_provinces_head_serves_in_no_province_of_the_article(extractor, text, holder, place):
    """南非豪登省省长某某: in 豪登省 (a foreign division the world table holds); 琅勃拉邦省省长某某: a province
    the gazetteer does not hold, none (not the article's one Chinese province)."""
    ents, out = run(extractor, text)
    names = labels(ents, out)
    held = {names.get(f.tail, f.tail) for f in out.facts if f.relation == "postIn" and names[f.head].startswith(holder[:2])}
    assert held == ({place} if place else set()), held


@pytest.mark.parametrize("text, holders", [
    # every name of a list elected to one post holds it
    ("郑建闽、林文宇当选为福建省总工会副主席。", {"郑建闽", "林文宇"}),
    # a note in brackets between the name and the verb (（女，彝族）)
    ("会上，黄莉莉、陆佳怡（女，彝族）当选为团省委副书记。", {"黄莉莉", "陆佳怡"}),
])
def test_each_name_of_a_list_elected_to_a_post_holds_it(extractor, text, holders):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text]))
    ents = ext.entities.entities
    assert {ents[f.head].label for f in ext.facts if f.relation == "hasRole"} == holders


def test_a_short_form_before_a_delegation_its_holder_leads_is_of_the_delegations_place(extractor):
    """省委书记某某率江苏省党政代表团赴贵州考察 under a headline naming 贵州: the 省委 is Jiangsu's (the
    group's), not the province named before nor the one the group goes to."""
    ents, out = run(extractor, "6月15日，省委书记、省人大常委会主任周立新率江苏省党政代表团赴贵州考察。"
                               "在贵阳期间，周立新会见了贵州省委书记吴海。",
                    title="江苏党政代表团赴贵州考察", date="2023-06-20")
    member = triples(ents, out, "memberOf")
    assert ("周立新", "memberOf", "江苏省委") in member and ("周立新", "memberOf", "江苏省人大常委会") in member
    assert ("吴海", "memberOf", "贵州省委") in member
    assert not [t for t in member if t[0] == "周立新" and "贵州" in t[2]]


def test_a_mayor_who_goes_to_a_county_level_city_is_not_its_mayor(extractor):
    """市长某某到某县级市调研: the city named only as where the mayor goes is no city of the mayor's; the one
    the places named are in is."""
    ents, out = run(extractor, "10月16日，市长郑国华到福安市调研。", date="2017-10-17")
    assert {f.tail for f in out.facts if f.relation == "postIn"} == {"adm/350900"}     # 宁德市


def test_names_listed_after_stacked_posts_each_hold_them(extractor):
    """厅党组成员、副厅长甲、乙、丙出席会议: the posts listed before the first name are the list's, no item of
    the names (every name read, whatever jieba cut), and each name holds both posts."""
    ents, out = run(extractor, "7月19日，江西省财政厅召开厅党组会议。厅党组成员、副厅长刘海波、陈晓梅、赵立新出席会议。",
                    date="2024-07-22")
    member = triples(ents, out, "memberOf")
    for name in ("刘海波", "陈晓梅", "赵立新"):
        assert (name, "memberOf", "江西省财政厅") in member and (name, "memberOf", "江西省财政厅党组") in member
    ents, out = run(extractor, "12月1日，桐庐县自然资源和规划局召开党组会议。党组成员、副局长叶建军、申屠红出席会议。",
                    date="2021-12-03")
    assert {"叶建军", "申屠红"} <= {e.label for e in ents.entities.values() if e.type == "Person"}
    # (a post one person holds before the list is that person's alone)
    ents, out = run(extractor, "市委常委、宣传部部长王建华，副市长李明、张强出席会议。", date="2021-12-03")
    assert not [t for t in triples(ents, out, "hasRole") if t[0] in ("李明", "张强") and "部长" in t[2]]


def test_posts_taken_in_a_committee_written_with_the_party_and_its_city(extractor):
    """某某任中共某市某区委书记, 某某被任命为…, 被选举为中共某市某区委员会书记: the Party's name and the city
    written before a district's committee leave the post the name takes, and the formal name is 某区委."""
    ents, out = run(extractor, "2020年5月，王建国任中共洛阳市西工区委书记。", date="2020-06-01")
    assert ("王建国", "memberOf", "西工区委") in triples(ents, out, "memberOf")
    ents, out = run(extractor, "2019年，李华被任命为洛阳市涧西区委副书记，张明被任命为涧西区副区长。", date="2019-06-01")
    holders = {h for h, _, _ in triples(ents, out, "hasRole")}
    assert {"李华", "张明"} <= holders
    ents, out = run(extractor, "2018年，赵刚被选举为中共洛阳市涧西区委员会书记。", date="2018-06-01")
    assert ("赵刚", "memberOf", "涧西区委") in triples(ents, out, "memberOf")


def test_posts_a_name_takes_listed_after_the_verb_and_a_resumes_present_posts(extractor):
    """某某同志任某市某区委常委、组织部部长: every post of the list, the body written with a place before
    it; 任某市委委员、常委、书记: the posts with no body of their own are of the body listed first;
    某某，男，汉族，…，现任…，拟任…: a resume's present posts (现任), not the proposed ones (拟任)."""
    ents, out = run(extractor, "会议宣布，周立新同志任丽水市青田县委常委、组织部部长。", date="2023-07-12")
    member = triples(ents, out, "memberOf")
    assert ("周立新", "memberOf", "青田县委") in member and ("周立新", "memberOf", "青田县委组织部") in member
    ents, out = run(extractor, "吴海同志任丽水市委委员、常委、书记。", date="2023-07-12")
    posts = [e.id for e in out.entities if e.type == "Post"]
    assert len(posts) == 3
    assert {f.tail for f in out.facts if f.relation == "postIn" and f.head in posts} == {"PartyOrganization/丽水市委"}
    ents, out = run(extractor, "周立新，男，汉族，1975年3月出生，大学学历，中共党员，现任丽水市青田县委常委、组织部部长，"
                               "拟任丽水市缙云县委副书记。", date="2023-07-12")
    member = triples(ents, out, "memberOf")
    assert ("周立新", "memberOf", "青田县委") in member and ("周立新", "memberOf", "青田县委组织部") in member
    assert not [t for t in member if "缙云" in t[2]]
    # 县委常委、常务副县长: the second a post of the county's government, not of the committee listed first
    ents, out = run(extractor, "张建国，男，汉族，1975年3月生，大学学历，中共党员，现任南丰县委常委、常务副县长，拟任南丰县委副书记。",
                    date="2021-08-20")
    names = labels(ents, out)
    # (the county's, as a 常务副县长 serves in its government: no 南丰县人民政府 named, the county itself)
    assert {(names[f.head], names[f.tail]) for f in out.facts if f.relation == "postIn"} == {
        ("张建国 县委常委", "南丰县委"), ("张建国 常务副县长", "南丰县")}


def test_a_post_taken_up_where_one_was_sent_is_of_that_place(extractor):
    """某某被选派到某县某镇某村担任驻村第一书记: the post (no body of its own) is the village's."""
    ents, out = run(extractor, "2021年5月，省农业农村厅干部周立新被选派到青田县仁庄镇小令村担任驻村第一书记。",
                    date="2022-06-14")
    assert {labels(ents, out)[f.tail] for f in out.facts if f.relation == "postIn"} == {"小令村"}


def test_short_forms_after_a_reception_are_the_hosts_not_the_guests(extractor):
    """甲市委书记某某会见了以乙市委书记某某为团长的乙市党政代表团一行。市委副书记、市长某某一同会见: the
    short forms of the hosts' list are of 甲市, the host's, not of the guests' city named last."""
    ents, out = run(extractor, "7月12日下午，丽水市委书记周立新会见了以汉中市委书记吴海为团长的汉中市党政代表团一行。"
                               "市委副书记、市长陈刚，市委常委、市政协主席李强一同会见。", date="2014-07-13")
    member = triples(ents, out, "memberOf")
    assert ("陈刚", "memberOf", "丽水市委") in member and ("李强", "memberOf", "丽水市政协") in member
    assert ("吴海", "memberOf", "汉中市委") in member


def test_a_guests_city_is_not_the_hosts_post_or_the_receptions_place(extractor):
    """副市长某某会见了前来考察的深圳某公司董事长某某一行 (the host's city never named): the city in the guest
    company's name is none of the host's post, nor where the reception was held or the guests went."""
    ents, out = run(extractor, "3月5日，副市长孙立平会见了前来考察的深圳星河电子科技有限公司董事长何建一行。"
                               "双方就项目合作进行了交流。", date="2021-03-06")
    names = labels(ents, out)
    assert not [f for f in out.facts if f.relation == "postIn" and names.get(f.tail) == "深圳市"]
    company = next(k for k, e in ents.entities.items() if e.type == "Company")
    assert ents.parents[company] == "adm/440300"      # (the company is still in 深圳市)
    assert "深圳市" not in {names.get(f.tail) for f in out.facts if f.relation in ("place", "visited")}


def test_a_post_written_with_its_bodys_stem_is_of_no_other_bureau(extractor):
    """县委常委、政法委书记、公安局长某某带领县应急局…: 公安局长 is one word; the 局长 is not of the 应急局 the sentence
    names after him (the 公安局 no recogniser named: no body rather than the wrong one)."""
    ents, out = run(extractor, "6月3日，县委常委、政法委书记、公安局长罗建平带领县应急局、县消防大队负责人，深入渭源县会川镇督查安全生产工作。",
                    date="2024-06-04")
    names = labels(ents, out)
    assert not [f for f in out.facts if f.relation == "postIn" and names.get(f.tail, "").endswith("应急局")]


def test_a_courtesy_title_names_the_post_held_not_a_second_one(extractor):
    """督导组在王某某副厅长的带领下… 王厅长指出: 厅长 is how the 副厅长 is addressed, no post of 厅长."""
    ents, out = run(extractor, "7月12日下午，省厅第三督导组在王海涛副厅长的带领下，到宁陵县督导汛期安全生产工作。"
                               "王厅长指出，要压实企业主体责任。", date="2024-07-13")
    held = {f.head for f in out.facts if f.relation == "holder" and f.tail == "Person/王海涛"}
    names = labels(ents, out)
    assert {names.get(h, h) for h in held} == {"王海涛 副厅长"}


def test_the_head_of_the_organisation_department_written_short_is_of_that_department(extractor):
    """市委常委、组织部长某某 (jieba: 组织部长 one word, 组织 a head of its own): the post is in the city's 组织部, as 宣传部长's is."""
    ents, out = run(extractor, "7月18日，郴州市委常委、组织部长林晓东到汝城县调研驻村帮扶工作。", date="2022-07-19")
    assert ("林晓东", "memberOf", "郴州市委组织部") in triples(ents, out, "memberOf")


def test_a_body_of_a_kind_takes_its_own_posts_only(extractor):
    """会议由院党委副书记、院长甲主持。会上，院纪委书记乙通报…，院工会主席丙作了发言: the 院纪委 is 乙's alone (甲's
    副书记 and 丙's 工会主席 are in no discipline commission)."""
    ents, out = run(extractor, "3月12日，岳阳市第一人民医院召开党风廉政建设工作会议。会议由院党委副书记、院长谭志刚主持。"
                               "会上，院纪委书记龙建平通报了有关情况，院工会主席罗丽华作了发言。", date="2024-03-14")
    names = labels(ents, out)
    in_commission = {names.get(f.head, f.head).split(" ")[0] for f in out.facts
                     if f.relation == "postIn" and names.get(f.tail, "").endswith("纪委")}
    assert in_commission == {"龙建平"}


def test_a_zone_named_after_its_city_is_in_that_city_and_whole_city_words_mean_it(extractor):
    """长沙 | 高新区 (jieba: 高新区 a name), 新乡 | 高新区 (新乡 holds a level's character): the zone is in the
    city it is named after, not the county-level city the article names beside it; and 全市, 市委 in an
    article naming the city (in the zone) and a county-level city inside it are the city's."""
    from kg.read import article_from_text

    def placed(text):
        ext = extractor(article_from_text("t", [text], date="2023-06-02"))
        names = {k: e.label for k, e in ext.entities.entities.items()}
        return ext, {(names.get(f.head), names.get(f.tail)) for f in ext.facts if f.relation == "locatedIn"}

    ext, located = placed("6月1日，全市重点项目观摩活动举行。市委书记带领观摩组先后来到新乡高新区、辉县市，实地观摩了16个重点项目。")
    assert {t for h, t in located if h == "新乡高新区"} == {"新乡市"}
    assert {e.label for e in ext.entities.entities.values() if e.type == "PartyOrganization"} == {"新乡市委"}
    _, located = placed("6月1日，市长来到长沙高新区、浏阳市调研。")
    assert {t for h, t in located if h == "长沙高新区"} == {"长沙市"}


def test_a_post_removed_from_the_person_named_before_by_qi(extractor):
    """某某同志任某市委副秘书长，免去其某市委办公室主任职务: 其 is the person; the post held until the removal is
    read, ended."""
    ents, out = run(extractor, "经市委研究决定：周立新同志任丽水市委副秘书长，免去其丽水市委办公室主任职务。", date="2023-06-20")
    member = triples(ents, out, "memberOf")
    assert ("周立新", "memberOf", "丽水市委办公室") in member and ("周立新", "memberOf", "丽水市委") in member
    removed = {f.head for f in out.facts if f.source == "relations.removed"}
    assert [e.label for e in out.entities if e.id in removed] == ["周立新 办公室主任"]


def test_a_place_word_no_one_could_resolve_stops_the_agent_carried_from_before(extractor):
    """甲镇、乙乡…。今年全县新建高标准农田…: the county, never named, carries it out, not the townships;
    平山镇党委…。全镇党员干部要推进…: the township's own body, of the word's level, still does."""
    ents, out = run(extractor, "南溪镇、石门乡两个乡镇粮食单产较高。今年全县新建高标准农田5.2万亩。", date="2023-10-26")
    assert not triples(ents, out, "implements")
    ents, out = run(extractor, "5月11日，平山镇党委召开学习会。会议要求，全镇党员干部要深入推进“大走访大调研”活动。",
                    date="2023-05-12")
    assert ("平山镇党委", "implements", "大走访大调研") in triples(ents, out, "implements")


@pytest.mark.parametrize("text, holder, place", [
    ("金华市副市长朱晓春出席活动。", "朱晓春", "金华市"),                               # the place before the post
    ("邢台市委副书记、市长王刚出席会议并讲话。", "王刚", "邢台市"),                  # the one city, in a body's name
    ("于都县召开会议。县委副书记、县长黄振宇主持会议。", "黄振宇", "于都县"),          # the article's one county
    # a former post's mark between the place and the post (沈阳市原副市长), a county-level 市 named elsewhere
    ("日前，省纪委监委对沈阳市原副市长李振海进行审查调查。李振海，男，山东莱州人。", "李振海", "沈阳市"),
    # of two cities, the one whose committee the sentence names before the post
    ("绥化市委书记徐明宣布项目开工，市长刘春雨致辞。肇东市开工的项目总投资18.5亿元。", "刘春雨", "绥化市"),
    # the one province the places named are in (a node the graph adds from the gazetteer: its id here)
    ("3月5日，省委书记郑国梁、省长钟立文来到南昌市红谷滩区调研。", "钟立文", "adm/360000"),
])
def test_a_head_of_government_no_government_is_named_for_holds_the_post_in_the_place(extractor, text, holder, place):
    """市长/县长 where the article names no 政府: the post is held in the place (postIn), no membership."""
    ents, out = run(extractor, text)
    names = labels(ents, out)
    held = {(names[f.head], names.get(f.tail, f.tail)) for f in out.facts if f.relation == "postIn"}
    assert any(h.startswith(holder) and t == place for h, t in held), held
    assert not any(f.relation == "memberOf" and names.get(f.tail) == place for f in out.facts)


def test_appointments_voted_at_a_session_dated_the_sentence_before(extractor):
    """10月27日，某某会议举行。会议经表决，决定任命甲为…，免去乙的…职务: appointed and removed that day."""
    ents, out = run(extractor, "10月27日，齐齐哈尔市第十七届人大常委会第十二次会议举行。"
                               "会议经表决，决定任命徐丽娟为市教育局局长，免去高文彬的市教育局局长职务。", date="2023-10-28")
    posts = {e.label: e.attrs for e in out.entities if e.type == "Post"}
    assert posts["徐丽娟 局长"].get("date") == "2023-10-27" and posts["高文彬 局长"].get("endDate") == "2023-10-27"


def test_a_short_form_after_a_county_level_city_named_in_passing_is_the_larger_citys(extractor):
    """曲靖市召开… 会议要求，宣威市要… 副市长某某，市政府秘书长某某: 宣威市, a county-level city inside 曲靖市,
    named in passing, does not take 市政府 and 副市长 from the city the report is about; a county-level
    city the headline names is the article's own and does (义乌市… | 金华日报讯 … 市教育局: 义乌市's)."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["2月21日，曲靖市召开全市稳就业工作专题会议。会议要求，宣威市要组织专场招聘会。"
                                           "副市长杨春梅，市政府秘书长宋卫国参加会议。"], title="曲靖市召开就业工作专题会议",
                                     date="2023-02-22"))
    ents = ex.entities.entities
    assert {ents[f.tail].label for f in ex.facts if f.relation == "memberOf"} == {"曲靖市政府"}
    ex = extractor(article_from_text("t", ["金华日报讯 9月1日，义乌市4所学校正式投入使用。市教育局局长方建华介绍了情况。"],
                                     title="义乌市新建4所中小学秋季投用", date="2023-09-02"))
    ents = ex.entities.entities
    assert {ents[f.tail].label for f in ex.facts if f.relation == "memberOf" and f.head == "Person/方建华"} == {"义乌市教育局"}


def test_a_head_of_government_listed_after_a_post_in_a_places_committee_serves_in_that_place(extractor):
    """某市委副书记、市长某某 in a report naming two cities: each mayor is his own city's, not the one
    government the article names (广元市政府, which would take the visitor's mayor too)."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "4月17日，浙江省湖州市委副书记、市长周建华率湖州市党政代表团赴四川省广元市考察。广元市委副书记、市长王荣华陪同考察。"
        "王荣华代表广元市委、市政府对湖州的帮助表示感谢。"], date="2023-04-18"))
    ents = ex.entities.entities
    posts = {e.id: e.label for e in ex.entities.entities.values() if e.type == "Post"}
    got = {(posts[f.head], ents[f.tail].label) for f in ex.facts if f.relation == "postIn" and f.head in posts}
    assert ("周建华 市长", "湖州市") in got and ("王荣华 市长", "广元市政府") in got
    assert ("周建华 市长", "广元市政府") not in got


def test_posts_of_two_bodies_parted_by_a_comma_are_one_persons(extractor):
    """某委党组成员、副主任，某局党组书记、局长某某: the posts before the comma are the same person's, in their
    own body; after a name (某委副主任甲，某局局长乙) the comma parts two persons."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["国家发展改革委党组成员、副主任，国家能源局党组书记、局长王宏志出席并讲话。"
                                           "国家发展改革委副主任杜小兵，国家能源局局长冯建新出席。"]))
    posts = _posts(ex)
    held = {e.label for e in ex.entities.entities.values() if e.type == "Post"}
    assert {"王宏志 副主任", "王宏志 局长", "王宏志 党组成员"} <= held
    assert ("王宏志 副主任", "国家发展改革委") in posts and ("杜小兵 副主任", "国家发展改革委") in posts
    assert not {"杜小兵 局长", "冯建新 副主任"} & held
    # (选举甲为会长，乙、丙为副会长: the comma after a post followed by a name parts two persons' posts)
    ex = extractor(article_from_text("t", ["大会选举黄小晶为会长，郑建闽、林文宇等12人为副会长，王凤英为秘书长。"]))
    held = {e.label for e in ex.entities.entities.values() if e.type == "Post"}
    assert not {"郑建闽 会长", "王凤英 副会长"} & held


def test_a_companys_party_group_listed_after_its_chairs_post_holds_the_secretarys_post(extractor):
    """某公司董事长、党组书记某某: the secretary's post is in the company's Party group (no bare 书记)."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["国家电网有限公司董事长、党组书记张智刚出席签约仪式。"]))
    posts = _posts(ex)
    assert ("张智刚 书记", "国家电网有限公司党组") in posts and ("张智刚 董事长", "国家电网有限公司") in posts


def test_a_villages_first_secretary_serves_in_the_village(extractor):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["安吉县天荒坪镇余村驻村第一书记张三说，茶叶是条好路子。"]))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("张三 驻村第一书记", "余村") in {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert not [f for f in ex.facts if f.relation == "memberOf" and names.get(f.tail) == "余村"]


def test_a_deputy_procurator_general_serves_in_the_procuratorate_the_article_names(extractor):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["黑龙江省人民检察院召开新闻发布会。省检察院党组成员、副检察长王刚介绍有关情况。"]))
    posts = _posts(ex)
    assert ("王刚 副检察长", "黑龙江省人民检察院") in posts


def test_a_companys_own_party_committee_written_with_the_bare_head_is_the_companys(extractor):
    """某公司董事长、党委书记甲，公司党委副书记、总经理乙; 某集团有限公司…，集团党委书记、董事长丙: each company's own."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["国网甘肃省电力公司董事长、党委书记叶军，公司党委副书记、总经理王海涛参加活动。",
                                           "山东能源集团有限公司召开会议，集团党委书记、董事长李伟出席会议。"]))
    posts = _posts(ex)
    assert ("王海涛 副书记", "国网甘肃省电力公司党委") in posts and ("王海涛 总经理", "国网甘肃省电力公司") in posts
    assert ("李伟 董事长", "山东能源集团有限公司") in posts


def test_an_outlet_named_by_a_word_that_is_a_districts_name_is_not_in_the_district(extractor):
    """新华社郑州…电, 解放日报讯: 新华 (新华区 of 平顶山) and 解放 (解放区 of 焦作) name no place of theirs."""
    ex = extractor(article_from_text("t", ["新华社郑州9月24日电（记者 赵亚楠）9月23日，黄河流域生态保护和高质量发展"
                                           "省际合作座谈会在河南郑州举行。"]))
    names = {e.label for e in ex.entities.entities.values()}
    assert "新华社" in names and "新华区" not in names and "平顶山市" not in names
    ex = extractor(article_from_text("t", ["解放日报讯 记者 陈依然 报道：7月14日，示范区执委会在上海市青浦区召开会议。"]))
    names = {e.label for e in ex.entities.entities.values()}
    assert "解放区" not in names and "河南省" not in names


def test_the_place_a_programme_of_aid_names_is_a_node(extractor):
    """某公司定点帮扶某县: the programme is named with the county it aids, and the county is a node (not
    the programme's place)."""
    ex = extractor(article_from_text("t", ["中国南方电网有限责任公司定点帮扶屏边县以来，累计投入资金2.1亿元。"]))
    kinds = {e.label: e.type for e in ex.entities.entities.values()}
    assert kinds.get("屏边苗族自治县") == "County" and kinds.get("定点帮扶屏边县") == "Initiative"
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert not [f for f in ex.facts if f.relation == "locatedIn" and names.get(f.head) == "定点帮扶屏边县"]
    # (a county's short name that is a word, after a verb of aid, names no place aided: 支援 | 合作 | 办)
    ex = extractor(article_from_text("t", ["北京市支援合作办党组书记、主任刘宇出席推介会。"]))
    assert "合作市" not in {e.label for e in ex.entities.entities.values()}


def test_a_post_removed_with_its_duties_written_whole_by_jieba_is_the_persons(extractor):
    """免去某某的水利部副部长职务: jieba holds 部长职务 as one word; the post is read apart from its duties."""
    ex = extractor(article_from_text("t", ["免去钱志坚的水利部副部长职务。"]))
    posts = _posts(ex)
    assert ("钱志坚 副部长", "水利部") in posts


def test_a_village_a_headline_puts_in_its_province_is_in_the_township_the_body_names(extractor):
    """湖南十八洞村 (headline), 湘西…花垣县双龙镇十八洞村 (body): the finer parent the body states wins."""
    ex = extractor(article_from_text("t", ["金秋时节，湘西土家族苗族自治州花垣县双龙镇十八洞村游人如织。"],
                                     title="湖南十八洞村：精准扶贫首倡地的蝶变"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    located = {names[f.head]: names.get(f.tail) for f in ex.facts if f.relation == "locatedIn"}
    assert located.get("十八洞村") == "双龙镇"


@pytest.mark.parametrize("text,expected", [
    # 选举甲、乙为…副主席: the verb before the list's first name, every name takes the post
    ("1月19日，政协内蒙古自治区第十三届委员会第五次会议选举王建国为政协内蒙古自治区第十三届委员会主席，"
     "选举李红梅、赵志勇为政协内蒙古自治区第十三届委员会副主席。",
     {("李红梅 副主席", "内蒙古自治区政协"), ("赵志勇 副主席", "内蒙古自治区政协"), ("王建国 主席", "内蒙古自治区政协")}),
    # 当选 without 为: elected to the post all the same
    ("大会选举产生新一届领导班子，张德明当选湖南省科协主席，赵晓峰、曾丽华当选副主席。",
     {("张德明 科协主席", "湖南省科协"), ("赵晓峰 副主席", "湖南省科协"), ("曾丽华 副主席", "湖南省科协")}),
    # 任命张伟为教育部副部长 (jieba: 张伟为): the post in the ministry
    ("国务院任免国家工作人员。任命张伟为教育部副部长。", {("张伟 副部长", "教育部")}),
])
def test_the_posts_of_those_elected_or_appointed_in_a_list(extractor, text, expected):
    ex = extractor(article_from_text("t", [text]))
    assert expected <= _posts(ex)


def test_a_resumes_present_posts_go_on_after_a_comma(extractor):
    """李某，男，…。现任中共河南省委副书记，河南省人民政府省长、党组书记: three present posts."""
    ex = extractor(article_from_text("t", ["李振华，男，汉族，1968年9月出生，河北沧州人。现任中共河南省委副书记，"
                                           "河南省人民政府省长、党组书记。"]))
    assert {("李振华 省委副书记", "中共河南省委"), ("李振华 省长", "河南省人民政府")} <= _posts(ex)


def test_a_list_of_removals_printed_apart_is_dated_by_the_lede(extractor):
    """新华社北京2月27日电 国务院任免国家工作人员。⏎免去某某的某部副部长职务: ended that day."""
    ex = extractor(article_from_text("t", ["新华社北京2月27日电 国务院任免国家工作人员。",
                                           "免去冯志刚的交通运输部副部长职务。"], date="2026-02-28"))
    posts = [e for e in ex.entities.entities.values() if e.type == "Post"]
    assert [p.attrs.get("endDate") for p in posts] == ["2026-02-27"]


def test_where_on_a_river_a_province_lies_is_no_place_it_is_in(extractor):
    """甘肃地处黄河上游: no 甘肃省 locatedIn 黄河."""
    ex = extractor(article_from_text("t", ["甘肃省副省长包永刚表示，甘肃地处黄河上游，是重要的水源涵养区。"]))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("甘肃省", "黄河") not in {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "locatedIn"}


@pytest.mark.parametrize("paragraphs,site,place", [
    # a site named after a county, in a sentence placed there: that county's, not the article's own
    (["新县先后修缮鄂豫皖苏区首府革命博物馆等革命旧址98处。在安徽省六安市金寨县，金寨县革命博物馆今年上半年接待参观者48万人次。"],
     "金寨县革命博物馆", "金寨县"),
    # a site of the city its sentence is about, in a report written from the provincial capital
    (["本报南昌8月21日讯 纪念方志敏同志诞辰120周年座谈会在南昌举行。",
      "近年来，上饶市累计投入资金2.3亿元，修缮方志敏故居等革命文物42处。"], "方志敏故居", "上饶市"),
])
def test_a_site_placed_by_nothing_is_where_its_name_or_sentence_says(extractor, paragraphs, site, place):
    ex = extractor(article_from_text("t", paragraphs))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    located = {names[f.head]: names.get(f.tail) for f in ex.facts if f.relation == "locatedIn"}
    assert located.get(site) == place


def test_ports_of_entry_are_sites_and_one_named_after_another_place_is_not_the_articles(extractor):
    """经凭祥市友谊关口岸出入境: the port a site in 凭祥市 (no 经 in its name); 满洲里口岸, named in a report from
    凭祥, not placed in 凭祥市."""
    ex = extractor(article_from_text("t", ["截至11月26日，今年经凭祥市友谊关口岸出入境车辆达30.2万辆次。"
                                           "满洲里口岸是中俄边境最大的陆路口岸。"], date="2026-11-28"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    located = {names[f.head]: names.get(f.tail) for f in ex.facts if f.relation == "locatedIn"}
    assert located.get("友谊关口岸") == "凭祥市" and located.get("满洲里口岸") != "凭祥市"
    assert "经凭祥市友谊关口岸" not in names.values()


def test_a_deputy_mayor_is_of_the_city_his_sentence_names_not_of_a_county_level_city_named_later(extractor):
    """潍坊市召开…，副市长…马丽娟主持…。…青州市人民政府作交流发言: 潍坊市's deputy mayor."""
    ex = extractor(article_from_text("t", ["3月11日，潍坊市召开征兵工作会议，副市长、市征兵工作领导小组组长马丽娟主持会议。"
                                           "会上，寿光市人民武装部、青州市人民政府作了交流发言。"], date="2026-03-12"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert ("马丽娟 副市长", "潍坊市") in posts and ("马丽娟 副市长", "青州市人民政府") not in posts


@pytest.mark.parametrize("paragraphs,title,document,issuer", [
    # a body right before a title issued it
    (["为贯彻落实国务院《推动大规模设备更新和消费品以旧换新行动方案》部署，省发展改革委起草了《实施方案》。"],
     "湖南省设备更新实施方案解读", "《推动大规模设备更新和消费品以旧换新行动方案》", "国务院"),
    # 自治区出台《…》: the region the article is about, not the banners the sentence before named
    (["土默特左旗、托克托县建成现代化牧场48座。据介绍，自治区出台《内蒙古自治区奶业振兴若干政策措施》，2026年安排"
      "奶业振兴专项资金15亿元。"], "内蒙古举行奶业振兴新闻发布会", "《内蒙古自治区奶业振兴若干政策措施》", "内蒙古自治区"),
    # a body the article names, opening the title before what the document does (开展, 关于), issued it
    (["2月21日，永清县农业局召开动员大会。会上宣读了《永清县农业局开展党的群众路线教育实践活动实施方案》。"],
     "永清县农业局召开动员大会", "《永清县农业局开展党的群众路线教育实践活动实施方案》", "永清县农业局"),
])
def test_the_issuer_of_a_document(extractor, paragraphs, title, document, issuer):
    ex = extractor(article_from_text("t", paragraphs, title=title, date="2026-08-12"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert {names.get(f.tail) for f in ex.facts if f.relation == "issuedBy" and names[f.head] == document} == {issuer}


def test_bodies_listed_before_a_title_issued_it_together(extractor):
    """会上宣读了市委、市政府《关于…的决定》: both bodies issued it (the last alone, before)."""
    ex = extractor(article_from_text("t", ["4月2日，珲春市召开创建全国文明城市动员大会。会上宣读了市委、市政府《关于全力创建全国文明城市的决定》。"],
                                     title="珲春市召开动员大会", date="2024-04-03"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert {names.get(f.tail) for f in ex.facts if f.relation == "issuedBy"} == {"珲春市委", "珲春市政府"}


def test_an_election_frame_goes_on_after_a_comma(extractor):
    """会议选举甲为市委书记，乙、丙为市委副书记: every name of the second clause takes its post too."""
    ex = extractor(article_from_text("t", ["会议选举杜汉林为市委书记，图门巴雅尔、张晓峰为市委副书记。"], title="鄂尔多斯市委全会召开",
                                       date="2026-09-20"))
    posts = {e.label for e in ex.entities.entities.values() if e.type == "Post"}
    assert {"杜汉林 市委书记", "图门巴雅尔 市委副书记", "张晓峰 市委副书记"} <= posts


def _posts_in(ex) -> set[tuple[str, str | None]]:
    names = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {e.id: e.label for e in ex.entities.entities.values() if e.type == "Post"}
    placed = {names[f.head]: names.get(f.tail) for f in ex.facts if f.relation == "postIn"}
    return {(label, placed.get(label)) for label in posts.values()}


def test_a_companys_officers_and_a_post_held_as_well(extractor):
    """执行总裁, 董事局主席, 董事会秘书 are posts of their company; 董事长兼总经理 holds both."""
    ex = extractor(article_from_text("t", ["浙江华友钴业股份有限公司执行总裁陈要忠、万向集团董事局主席鲁伟鼎、浙江新和成股份有限公司"
                                           "董事会秘书王晓碧先后发言。公司董事长兼总经理蒋立峰表示，上市是新的起点。"], date="2026-03-18"))
    got = _posts_in(ex)
    assert {("陈要忠 执行总裁", "浙江华友钴业股份有限公司"), ("鲁伟鼎 董事局主席", "万向集团"),
            ("王晓碧 董事会秘书", "浙江新和成股份有限公司")} <= got
    assert {label for label, _ in got if label.startswith("蒋立峰")} == {"蒋立峰 董事长", "蒋立峰 总经理"}


def test_the_chair_of_a_village_committee_after_a_post_in_its_party_branch(extractor):
    """兴安村党支部书记、村委会主任孙铁军: the chair of the village's committee, in the village."""
    ex = extractor(article_from_text("t", ["齐齐哈尔市克山县河南乡兴安村党支部书记、村委会主任孙铁军介绍，全村耕地实现规模经营。"]))
    assert ("孙铁军 村委会主任", "兴安村") in _posts_in(ex)


def test_a_former_post_is_not_dated_by_the_article(extractor):
    """某省人民政府原副省长、党组成员某某同志…逝世: posts held once, no date of the dateline's."""
    ex = extractor(article_from_text("t", ["新华社长春11月1日电 吉林省人民政府原副省长、党组成员罗正平同志，因病医治无效，"
                                           "于2026年10月28日在长春逝世，享年83岁。"], date="2026-11-01"))
    posts = [e for e in ex.entities.entities.values() if e.type == "Post"]
    assert posts and not any("date" in e.attrs for e in posts)


def test_a_commission_and_its_supervisory_twin_are_no_part_of_each_other(extractor):
    """湖南省纪委监委 … 湖南省纪委常委会: the joint office is no part of the 纪委."""
    ex = extractor(article_from_text("t", ["湖南省纪委监委对湘潭市政协原副主席罗志坚严重违纪违法问题进行了立案审查调查。经湖南省纪委"
                                           "常委会会议研究并报湖南省委批准，决定给予罗志坚开除党籍处分。"]))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("湖南省纪委监委", "湖南省纪委") not in {(names[f.head], names.get(f.tail)) for f in ex.facts
                                                     if f.relation == "partOf"}


def test_a_member_of_a_bodys_party_group_and_its_deputy_head(extractor):
    """某厅党组成员、副厅长某某，某厅二级巡视员某某: a member of the 厅's Party group, the 厅's deputy head."""
    ex = extractor(article_from_text("t", ["3月8日，广东省人民政府新闻办公室举行新闻发布会。省人力资源和社会保障厅党组成员、副厅长王建国，"
                                           "省财政厅二级巡视员李明出席发布会。会前，省人力资源和社会保障厅党组召开会议。"],
                                     date="2026-03-09"))
    got = _posts_in(ex)
    assert ("王建国 党组成员", "广东省人力资源和社会保障厅党组") in got
    assert ("王建国 副厅长", "广东省人力资源和社会保障厅") in got


def test_a_second_post_after_jian_is_no_part_of_a_bodys_name(extractor):
    ex = extractor(article_from_text("t", ["杭州市副市长兼市公安局局长王伟出席。"]))
    assert not [e for e in ex.entities.entities.values() if "兼" in e.label]


@pytest.mark.parametrize("text,holder", [
    ("会议选举产生了新一届理事会和监事会，云南金鼎锌业有限公司董事长郑建华当选会长，昆明恒隆眼镜有限公司总经理叶志伟当选监事长。",
     "叶志伟"),
    ("广州酷狗计算机科技有限公司董事长谢振宇当选区工商联主席，广州市玄武无线科技股份有限公司总经理陈永辉当选副主席。", "陈永辉"),
])
def test_a_post_another_person_took_before_a_comma_is_not_the_next_persons(extractor, text, holder):
    """甲当选会长，某公司总经理乙当选监事长: 乙 holds no 会长."""
    ex = extractor(article_from_text("t", [text]))
    posts = {e.label for e in ex.entities.entities.values() if e.type == "Post" and e.label.startswith(holder)}
    assert not any(p.endswith(("会长", "区工商联主席")) and not p.endswith("副会长") for p in posts)


def test_a_former_posts_department_named_after_its_committee(extractor):
    """某市委原副书记、统战部原部长某某 (the department named in the article): the department's former head."""
    ex = extractor(article_from_text("t", ["内蒙古自治区纪委监委对乌兰察布市委原副书记、统战部原部长巴特尔严重违纪违法问题进行了立案审查调查。"
                                           "乌兰察布市委统战部召开会议。"]))
    assert ("巴特尔 部长", "乌兰察布市委统战部") in _posts_in(ex)


@pytest.mark.parametrize("text,expected", [
    # a résumé: each later clause's verb of holding and its time
    ("田志刚，男，汉族，1968年5月出生，2016年3月任平江县委书记，2021年9月任岳阳市副市长。",
     {("田志刚 县委书记", "平江县委"), ("田志刚 副市长", "岳阳市")}),
    # a verb of a career right after the name, its list going on after a comma
    ("百色市原副市长陆世宏被开除党籍。陆世宏历任乐业县委副书记、县长，田林县委书记。",
     {("陆世宏 县委副书记", "乐业县委"), ("陆世宏 县长", "乐业县"), ("陆世宏 县委书记", "田林县委")}),
    # the posts a judgement says were abused, and a post held at the time of an offence
    ("四川省人大常委会原副主任郑光明受贿案宣判。经审理查明，被告人郑光明利用担任达州市委副书记、市长等职务上的便利，"
     "为他人谋取利益。", {("郑光明 市委副书记", "达州市委"), ("郑光明 市长", "达州市")}),
    ("瑞金市纪委监委通报一起典型问题。2019年至2022年，吴海涛在担任瑞金市叶坪乡党委书记期间，多次收受礼金。",
     {("吴海涛 党委书记", "叶坪乡党委")}),
    # told on with a pronoun for its subject, in the name's paragraph
    ("韩秀梅今年当选株洲市副市长。她先后担任攸县县委副书记、县长，醴陵市委书记。",
     {("韩秀梅 县委副书记", "攸县县委"), ("韩秀梅 县长", "攸县"), ("韩秀梅 市委书记", "醴陵市委")}),
    # told on in the paragraph after a profile's, its subject left out, a dated clause after it
    ("公开简历显示，宋立平，男，汉族，1971年3月出生，湖南浏阳人，大学学历。\n曾任醴陵市委常委、组织部部长，攸县县委副书记、"
     "县长等职，2020年6月任茶陵县委书记。",
     {("宋立平 市委常委", "醴陵市委"), ("宋立平 部长", "醴陵市委组织部"), ("宋立平 县委副书记", "攸县县委"),
      ("宋立平 县长", "攸县"), ("宋立平 县委书记", "茶陵县委")}),
    # after a clause of time or place, the pronoun after its comma (在他的家乡，他先后出任…)
    ("拟任兰溪市委书记的朱瑞俊，1972年2月出生于浙江海宁。\n在他的家乡，他先后出任海宁团市委副书记。之后，他转战平湖，先后任平湖"
     "市委常委、宣传部部长、副市长。",
     {("朱瑞俊 副书记", "海宁团市委"), ("朱瑞俊 市委常委", "平湖市委"), ("朱瑞俊 部长", "平湖市委宣传部"),
      ("朱瑞俊 副市长", "平湖市")}),
])
def test_the_posts_of_a_career(extractor, text, expected):
    """历任/曾任, 利用担任…职务上的便利, 在担任…期间 and a résumé's dated clauses: every post of the career."""
    ex = extractor(article_from_text("t", [text], date="2026-05-20"))
    assert expected <= _posts_in(ex)
    posts = [e for e in ex.entities.entities.values() if e.type == "Post"]
    # (posts held once: no day of the article is theirs)
    assert not any(e.attrs.get("date") == "2026-05-20" for e in posts)


def test_a_career_told_on_ends_where_another_name_takes_its_clause(extractor):
    """甲…。原任某厅党组书记、厅长的乙，…: the posts before 的 are 乙's, not the career of 甲 told on."""
    ex = extractor(article_from_text("t", ["现任湘潭市委常委、组织部部长的魏志刚，拟任湘潭市委副书记。原任湖南省交通运输厅党组书记、"
                                           "厅长的罗建军，以衡阳市委副书记身份公开亮相。"], date="2026-05-20"))
    got = _posts_in(ex)
    assert {("魏志刚 市委常委", "湘潭市委"), ("魏志刚 部长", "湘潭市委组织部"), ("罗建军 厅长", "湖南省交通运输厅"),
            ("罗建军 党组书记", "湖南省交通运输厅党组")} <= got
    assert not any(label.startswith("魏志刚") and label.endswith(("厅长", "党组书记")) for label, _ in got)
    # (拟任: a post proposed, not held)
    assert not any(label == "魏志刚 市委副书记" for label, _ in got)


def test_a_word_opening_with_the_verb_of_holding_opens_no_career(extractor):
    """…现任某市委书记。会议强调，任务艰巨，…: 任务 is no verb of holding; the post after it is nobody's."""
    ex = extractor(article_from_text("t", ["王立新，男，1970年生，现任宁乡市委书记，任务艰巨，市委常委要带头。"]))
    assert not any(label.endswith("常委") for label, _ in _posts_in(ex))


def test_a_leading_group_set_up_and_its_heads(extractor):
    """省委成立…领导小组，由甲任组长，乙任副组长 (jieba: 任组长 one word): the group, and its heads' posts in it."""
    ex = extractor(article_from_text("t", ["会议宣布，省委成立党的群众路线教育实践活动领导小组，由省委书记赵克明任组长，"
                                           "省委副书记李振华任副组长。"], date="2013-07-05"))
    got = _posts_in(ex)
    assert {("赵克明 组长", "党的群众路线教育实践活动领导小组"), ("李振华 副组长", "党的群众路线教育实践活动领导小组")} <= got


def test_the_bank_a_post_after_gai_hang_refers_to(extractor):
    """某银行推出…。该行党委书记、董事长某某介绍: the bank named before, not another the article names."""
    ex = extractor(article_from_text("t", ["沂南农商银行推出“强村贷”产品。该行党委书记、董事长刘海军介绍，上半年已发放贷款3亿元。",
                                           "泸州银行推出“科创贷”产品。该行董事长王德明介绍，已发放贷款38.7亿元。"]))
    got = _posts_in(ex)
    assert {("刘海军 董事长", "沂南农商银行"), ("王德明 董事长", "泸州银行")} <= got


def test_a_head_named_bare_after_the_body_that_convened(extractor):
    """某分行召开…会议。党委书记、行长某某出席: of two banks the article names, the one its paragraph named last."""
    ex = extractor(article_from_text("t", ["中国人民银行甘肃省分行召开2026年全省货币信贷工作会议。党委书记、行长杨建国出席会议并讲话，"
                                           "党委委员、副行长李慧敏主持会议。", "会议传达了中国人民银行工作会议精神。"]))
    got = _posts_in(ex)
    assert {("杨建国 行长", "中国人民银行甘肃省分行"), ("李慧敏 副行长", "中国人民银行甘肃省分行")} <= got


def test_posts_noted_in_brackets_after_names(extractor):
    """岑某（某镇党委书记）、罗某（某局局长）等56名先进个人: each name's post, in its body."""
    ex = extractor(article_from_text("t", [
        "大会对泗城镇、县卫生健康局等20个先进集体和岑小梅（泗城镇党委书记）、罗永健（县城市管理监督局局长）等56名先进个人进行表彰。"],
        title="凌云县召开创卫总结表彰大会"))
    got = _posts_in(ex)
    assert {("岑小梅 党委书记", "泗城镇党委"), ("罗永健 局长", "凌云县城市管理监督局")} <= got


def test_a_village_committees_chair_named_bare_is_the_villages(extractor):
    """在某村，…村委会主任某某, 村委会副主任某某: the chair and deputy of the village's committee."""
    ex = extractor(article_from_text("t", ["在华川村，镇长牛建军一行听取了村委会主任邢海军关于渠道维修方案的汇报。"
                                           "会上，村委会副主任陈小燕宣读了修订稿。"]))
    got = _posts_in(ex)
    assert {("邢海军 村委会主任", "华川村"), ("陈小燕 村委会副主任", "华川村")} <= got


def test_a_bare_commissions_secretary_is_the_one_commission_the_article_names(extractor):
    """会议审查了中共某县纪律检查委员会的工作报告。纪委书记某某作书面报告: the county's 纪委."""
    ex = extractor(article_from_text("t", ["会议审查了中共霞浦县纪律检查委员会的工作报告。纪委书记雷振宇作书面报告。"],
                                     title="霞浦县党代会开幕"))
    assert ("雷振宇 书记", "霞浦县纪委") in _posts_in(ex)


def test_a_head_listed_after_a_post_in_its_bodys_party_group_is_that_bodys(extractor):
    """甲省某局局长甲，乙市某局党组书记、局长乙: 乙 heads 乙市's bureau, not the one named last before."""
    ex = extractor(article_from_text("t", ["山东省乡村振兴局局长王明，重庆市乡村振兴局党组书记、局长刘贵忠等参加开幕式。"]))
    got = _posts_in(ex)
    assert ("刘贵忠 局长", "重庆市乡村振兴局") in got and ("王明 局长", "山东省乡村振兴局") in got


def test_a_post_of_a_body_written_with_its_other_name_in_brackets(extractor):
    """中央党校（国家行政学院）教授某某, 省委党校（某省行政学院）副校长某某: the body before the brackets."""
    ex = extractor(article_from_text("t", ["中央党校（国家行政学院）教授陈思远作专题辅导。省委党校（云南行政学院）副校长李红英作辅导报告。"],
                                     title="云南省委宣讲团报告会"))
    got = _posts_in(ex)
    assert ("陈思远 教授", "中央党校") in got and ("李红英 副校长", "云南省委党校") in got


def test_a_units_post_listed_after_one_in_its_party_committee_is_the_units(extractor):
    """…2015年12月任某大学党委副书记、副校长: the deputy secretary of its Party committee, the university's vice-president."""
    ex = extractor(article_from_text("t", ["李卫国，男，1965年4月出生，河南新乡人。曾任河南师范大学副校长，2015年12月任郑州大学党委副书记、"
                                           "副校长，2025年4月退休。"], title="郑州大学原党委副书记李卫国接受审查调查"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    post_in = {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert {("李卫国 党委副书记", "郑州大学党委"), ("李卫国 副校长", "郑州大学")} <= post_in, post_in


def test_an_appointment_after_the_items_of_a_session_has_the_sessions_day(extractor):
    """10月29日，某人大常委会会议举行。会议强调…（三段）会议决定免去甲的…职务，任命乙为…: the day of the
    session, however many of its items come between: the removed holder's post ends, the new one's starts."""
    from kg.read import article_from_text

    art = article_from_text("t", ["10月29日，株洲市人大常委会会议举行。", *[f"会议强调，要抓好第{n}项工作。" for n in "一二三四"],
                                  "会议决定免去陈德明的株洲市交通运输局局长职务，任命李振华为株洲市交通运输局局长。"],
                            title="市人大常委会举行会议", date="2020-10-30")
    ex = extractor(art)
    ents = ex.entities.entities
    posts = {e.label: e.attrs for e in ents.values() if e.type == "Post"}
    assert posts["李振华 局长"].get("date") == "2020-10-29"
    assert posts["陈德明 局长"].get("endDate") == "2020-10-29"


def test_a_list_of_appointments_after_a_colon_heading_that_closes_the_sessions_paragraph(extractor):
    """…会议闭幕。会议决定任命：⏎甲为某厅厅长；⏎乙为某厅厅长。 (and 任命：甲为…；乙为… on one line): every item a
    post, the first too; and 由省委书记任组长 makes no person of 任组长."""
    from kg.read import article_from_text

    def posts(paragraphs):
        ex = extractor(article_from_text("t", paragraphs, title="省人大常委会举行会议", date="2017-11-30"))
        ents = ex.entities.entities
        return {(ents[f.head].label, ents[f.tail].label) for f in ex.facts if f.relation == "postIn"}, ents
    expected = {("张建平 厅长", "湖南省财政厅"), ("杨丽华 厅长", "湖南省教育厅")}
    got, _ = posts(["11月29日，湖南省人大常委会会议闭幕。会议决定任命：", "张建平为湖南省财政厅厅长；", "杨丽华为湖南省教育厅厅长。"])
    assert expected <= got
    got, _ = posts(["11月29日，湖南省人大常委会会议闭幕。会议决定任命：张建平为湖南省财政厅厅长；杨丽华为湖南省教育厅厅长。"])
    assert expected <= got
    _, ents = posts(["会议决定成立全省乡村振兴工作领导小组，由省委书记任组长，省长任第一副组长。"])
    assert not [e for e in ents.values() if e.type == "Person"]


def test_a_nomination_is_no_post_and_a_resignation_ends_one(extractor):
    """会议决定提名甲为某区副区长人选: a candidate, no post held; 会议接受了乙辞去某区副区长职务的请求: the post held
    until the session's day."""
    from kg.read import article_from_text

    art = article_from_text("t", ["2月7日，江北区委书记孙宏伟主持召开区委常委会会议。会议决定提名曹斌为江北区人民政府副区长人选。"
                                  "会议接受了胡文斌辞去江北区人民政府副区长职务的请求。"], title="区委常委会召开会议", date="2023-02-08")
    ex = extractor(art)
    posts = {e.label: e.attrs for e in ex.entities.entities.values() if e.type == "Post"}
    assert "曹斌 副区长" not in posts
    assert posts["胡文斌 副区长"].get("endDate") == "2023-02-07"


@pytest.mark.parametrize("text,name,role", [
    ("局长韦志刚主持会议，纪检组长黄宝华出席会议。", "黄宝华", "纪检组长"),
    ("局长韦志刚主持会议，驻厅纪检监察组组长张汉文出席会议。", "张汉文", "组长"),
    ("局长韦志刚主持会议，纪检监察组组长张汉文出席会议。", "张汉文", "组长"),
])
def test_the_head_of_a_discipline_team_sent_to_a_body_is_a_person_with_a_post(extractor, text, name, role):
    """纪检组长某某, 驻厅纪检监察组组长某某: jieba glues the team's word to the post (纪检组 | 长, 纪检监察 | 组组长),
    and the name was lost."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["6月8日，广西壮族自治区质量技术监督局召开党组会议。" + text], date="2015-06-09"))
    labels = {e.label for e in ex.entities.entities.values()}
    assert name in labels and f"{name} {role}" in labels


def test_members_elected_after_a_colon_each_hold_the_seat(extractor):
    """选举产生了县委常务委员会委员：甲、乙、丙、丁: each of the four is a member (only the first was)."""
    ex = extractor(article_from_text("t", ["9月25日，中共湘潭县委十四届一次全会选举产生了县委常务委员会委员：刘永辉、胡建新、周敏、彭涛。"],
                                     date="2021-09-26"))
    posts = {e.label for e in ex.entities.entities.values() if e.type == "Post"}
    assert {"刘永辉 委员", "胡建新 委员", "周敏 委员", "彭涛 委员"} <= posts


def test_every_item_of_a_list_of_appointments_and_removals_is_of_the_sessions_day(extractor):
    """（某日某人大常委会第二十六次会议通过）⏎决定任命：⏎甲为…；⏎乙为…；⏎丙为…；⏎决定免去：⏎丁的…职务: the third
    appointee and the removed are dated too (the items counted as distance from the session's day)."""
    art = article_from_text("t", ["（2019年8月29日郑州市人大常委会第二十六次会议通过）", "决定任命：", "孙晓明为郑州市人民政府副市长；",
                                  "何建国为郑州市发展和改革委员会主任；", "吴丽华为郑州市教育局局长；", "决定免去：",
                                  "陈志强的郑州市人民政府副市长职务。"], title="任免名单", date="2019-08-30")
    ex = extractor(art)
    posts = {e.label: e.attrs for e in ex.entities.entities.values() if e.type == "Post"}
    assert posts["吴丽华 局长"].get("date") == "2019-08-29"
    assert posts["陈志强 副市长"].get("endDate") == "2019-08-29"


def test_the_supervisory_commission_written_bare_in_a_list_of_posts_is_the_places(extractor):
    """县委常委、纪委书记、监委主任某某: 主任 of the county's 监委 (the commission that sits with its 纪委)."""
    ex = extractor(article_from_text("t", ["5月18日,岚皋县纪委全会召开。县委常委、纪委书记、监委主任赵红英出席会议。"],
                                     date="2022-05-20"))
    assert ("赵红英 主任", "岚皋县监委") in _posts(ex) and ("赵红英 书记", "岚皋县纪委") in _posts(ex)


def test_a_bare_deputy_head_listed_after_a_guest_countys_committee_post_is_that_countys(extractor):
    """德清县委、县政府 receive; 婺源县委常委、常务副县长甲，副县长乙参加考察: 乙 is 婺源's deputy, not the hosts'."""
    ex = extractor(article_from_text("t", ["9月6日，婺源县考察团赴德清县考察，得到德清县委、县政府热情接待。"
                                           "婺源县委常委、常务副县长程立华，副县长汪文斌参加考察。"], date="2022-09-08"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert ("汪文斌 副县长", "德清县政府") not in posts
    assert ("汪文斌 副县长", "婺源县") in posts or ("汪文斌 副县长", "婺源县政府") in posts


def test_two_heads_of_departments_written_short_in_one_list_head_their_own(extractor):
    """市委常委、宣传部长甲，…，市委常委、组织部长乙: each post in the department its own title names, not both in
    the one named last (the bare 宣传部 holds no character of the city's name)."""
    ents, out = run(extractor, "5月1日晚，龙岩市委常委、宣传部长周海涛，龙岩市副市长吴志明，龙岩市委常委、组织部长林秀英"
                               "出席颁奖晚会。", date="2019-05-02")
    members = triples(ents, out, "memberOf")
    assert ("周海涛", "memberOf", "龙岩市委宣传部") in members and ("林秀英", "memberOf", "龙岩市委组织部") in members
    assert ("周海涛", "memberOf", "龙岩市委组织部") not in members


def test_a_school_named_by_a_word_that_is_a_countys_short_name_is_not_the_articles_county(extractor):
    """某县召开座谈会。公安大学教授某某，县委书记某某出席: 县委 is the county the article names in full, not 公安县
    read from the school's name."""
    ents, out = run(extractor, "6月3日，平遥县召开平安建设座谈会。公安大学教授韩立新，县委书记、县长赵国强出席座谈会。",
                    date="2019-06-04")
    members = triples(ents, out, "memberOf")
    assert ("赵国强", "memberOf", "平遥县委") in members and not any("公安县" in t for _h, _r, t in members)


def test_a_county_name_opening_with_and_after_an_abbreviated_body_is_no_county(extractor):
    """代表县委、县人大、县政府、县政协和县人武部 (jieba: 县政协 | 和县 | 人武部): and the county's armed forces
    department, no 和县 of Anhui, and 县委 is the article's county's."""
    ents, out = run(extractor, "7月31日，石门县召开双拥工作座谈会。县委书记杨志军代表县委、县人大、县政府、县政协和县人武部"
                               "向驻地官兵致以节日问候。县委副书记、县长王立新主持会议。", date="2020-08-01")
    members = triples(ents, out, "memberOf")
    assert ("王立新", "memberOf", "石门县委") in members
    assert "和县" not in {e.label for e in ents.entities.values()}


def test_a_citys_district_names_the_city_its_bare_party_committee_is_of(extractor):
    """市委书记某某来到上城区…。目前建德、桐庐2地…: 市委 is 杭州市's (上城区 is its district), not the county-level
    city listed once."""
    ents, out = run(extractor, "3月9日上午，市委书记高建新来到上城区万松岭参加义务植树。目前建德、桐庐2地已创成国家森林城市。",
                    date="2022-03-10")
    assert ("高建新", "memberOf", "杭州市委") in triples(ents, out, "memberOf")


def test_a_citys_bureaus_branch_in_a_district_is_one_body(extractor):
    """某市某局 | 某区 | 分局: the bureau's branch in the district, part of the bureau, one name."""
    ents, out = run(extractor, "4月20日，鼎城区委书记周海涛到石公桥镇开展巡林工作，常德市自然资源和规划局鼎城分局负责同志陪同。",
                    date="2023-04-21")
    assert ("常德市自然资源和规划局鼎城分局", "partOf", "常德市自然资源和规划局") in triples(ents, out, "partOf")


def test_a_hotline_or_mailbox_named_after_a_post_holds_no_post(extractor):
    """市长热线工单, 区长信箱来信: channels named after posts, no post of 市长 or 区长 and no person 热线工单."""
    ents, _out = run(extractor, "今年一季度，涪城区共接收市长热线工单932件、区长信箱来信41件，按期办结率99.5%。",
                     date="2024-04-10")
    found = {(e.label, e.type) for e in ents.entities.values()}
    assert not {t for _l, t in found} & {"Person", "Role", "Post"}


def test_the_head_of_a_television_station_holds_a_post_there(extractor):
    """市委宣传部副部长、某市广播电视台台长某某: two posts, the second in the station."""
    ents, out = run(extractor, "5月18日，市委宣传部副部长、龙岩市广播电视台台长邓春华，到永定区调研。", date="2023-05-20")
    assert ("邓春华", "memberOf", "龙岩市广播电视台") in triples(ents, out, "memberOf")


def test_banks_branches_in_one_province_are_each_their_own(extractor):
    """国开行某省分行、农发行某省分行、中国进出口银行某省分行: three branches (the province inside each name, after the
    bank), each head in his own."""
    ents, out = run(extractor, "3月31日，我市与国开行云南省分行、农发行云南省分行、中国进出口银行云南省分行举行全面合作签约仪式。"
                               "国开行云南省分行行长李建军，农发行云南省分行行长王丽芳出席。", date="2021-04-01")
    posts = triples(ents, out, "memberOf")
    assert ("李建军", "memberOf", "国开行云南省分行") in posts and ("王丽芳", "memberOf", "农发行云南省分行") in posts


def test_a_banks_branchs_department_is_one_body_after_the_branch(extractor):
    """工商银行某省分行营业部 (jieba: 分行[v]): one body, the branch's department, no branch cut short."""
    ents, _out = run(extractor, "会上，工商银行河南省分行营业部、农业银行河南省分行营业部等12家银行业金融机构负责人先后发言。",
                     date="2021-05-20")
    assert {"工商银行河南省分行营业部", "农业银行河南省分行营业部"} <= {e.label for e in ents.entities.values()}
