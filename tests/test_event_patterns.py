"""Each event pattern of kg/events on sentences of the genre written for these tests."""
from __future__ import annotations

import pytest

from kg.events import PATTERNS, EventExtractor
from kg.read import article_from_text

from .facts_helper import labels, run

EVENT_TYPES = ("Meeting", "DocumentIssuance", "Visit", "Milestone", "Event")
_GAZ = []


@pytest.fixture(autouse=True, scope="module")
def _gazetteer(resources):
    _GAZ[:] = [resources.gazetteer]


def _name(names, key):
    if key in names:
        return names[key]
    area = _GAZ[0].get(key[4:]) if key.startswith("adm/") else None
    return area.name if area else key


def _article_events(extractor, paragraphs, **meta):
    """The extraction of an article written for a test (``meta``: its title and date), and its events."""
    ex = extractor(article_from_text("t", paragraphs, **meta))
    return ex, [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]


def _by_label(ents, out):
    names = labels(ents, out)
    found = {}
    for e in out.entities:
        if e.type not in EVENT_TYPES:
            continue
        slots = {k: v for k, v in e.attrs.items() if k in ("date", "dateBefore")}
        for f in out.facts:
            if f.head == e.id:
                slots.setdefault(f.relation, _name(names, f.tail))
        found[e.label] = (e.type, slots, {ev.source for ev in e.evidence})
    return found


def test_a_meeting_without_a_name_is_named_by_its_body(extractor):
    ents, out = run(extractor, "3月2日，青田县委常委会召开会议，研究部署春耕工作。",
                    [("青田县委常委会", "PartyOrganization")], date="2021-03-10")
    found = _by_label(ents, out)
    assert found["青田县委常委会会议"][:2] == ("Meeting", {"date": "2021-03-02", "organizer": "青田县委常委会",
                                                        "place": "青田县"})


def test_a_meeting_of_a_kind_a_person_chairs_is_named_by_its_kind(extractor):
    """某某主持召开座谈会: a meeting, named 座谈会, the chair its chair; a bare 会议 names too little."""
    ents, out = run(extractor, "5月8日，青田县县长杨海波主持召开座谈会，听取企业代表意见建议。", date="2021-05-10")
    found = _by_label(ents, out)
    assert found["座谈会"][0] == "Meeting"
    assert found["座谈会"][1]["date"] == "2021-05-08" and found["座谈会"][1]["chair"] == "杨海波"
    ents, out = run(extractor, "5月8日，青田县县长杨海波主持召开会议，听取企业代表意见建议。", date="2021-05-10")
    assert [e for e in out.entities if e.type in EVENT_TYPES] == []


def test_a_meeting_after_a_dateline_is_named_without_it_and_held_where_the_rooms_body_is(extractor):
    """某某日报讯（记者 某某）…会议在市委报告厅召开: the name starts after the byline; a room of a body
    (报告厅 of 市委) is in the body's place."""
    text = "邵阳日报讯（记者 王伟）全市安全生产工作会议在市委报告厅召开。"
    ents, out = run(extractor, text, date="2023-05-10")
    found = _by_label(ents, out)
    assert list(found) == ["全市安全生产工作会议"]
    assert found["全市安全生产工作会议"][1]["place"] == "邵阳市"


def test_a_launch_by_those_who_built_it_where_it_stands_attended_by_those_at_its_ceremony(extractor):
    """甲与乙共建的某研究院在某区揭牌成立: 甲 and 乙 organise, in 某区; those who attend its ceremony in the
    next sentence (出席揭牌仪式并为研究院揭牌) attend it, no launch of their own."""
    ents, out = run(extractor, "11月18日，湖南农业大学与岳阳市人民政府共建的洞庭湖生态研究院在岳阳市君山区揭牌成立。湖南农业大学校长陈弘、岳阳市副市长王毅出席揭牌仪式并共同为研究院揭牌。", date="2023-11-20")
    found = _by_label(ents, out)
    assert [v[0] for v in found.values()] == ["Milestone"]
    (label, (_, slots, _)), = found.items()
    orgs = {f.tail for f in out.facts if f.relation == "organizer"}
    assert orgs == {"University/湖南农业大学", "GovernmentBody/岳阳市人民政府"}
    assert slots["place"] == "君山区" and slots["date"] == "2023-11-18"
    assert {labels(ents, out)[f.tail] for f in out.facts if f.relation == "attendee"} == {"陈弘", "王毅"}


def test_two_meetings_held_as_one(extractor):
    ents, out = run(extractor, "5月6日，青田县委召开县委常委会议暨县委全面深化改革委员会会议。",
                    [("青田县委", "PartyOrganization")], date="2021-05-10")
    found = _by_label(ents, out)
    assert set(found) == {"县委常委会议", "县委全面深化改革委员会会议"}
    assert all(slots["date"] == "2021-05-06" and slots["organizer"] == "青田县委" for _, slots, _ in found.values())


def test_a_meeting_dated_between_its_name_and_where_it_is_held(extractor):
    ents, out = run(extractor, "本报丽水5月9日讯（记者 张三）“美丽乡村”建设推介会9日在丽水举行。", date="2021-05-10")
    found = _by_label(ents, out)
    assert found["“美丽乡村”建设推介会"][:2] == ("Meeting", {"date": "2021-05-09", "place": "丽水市"})


def test_a_meeting_dated_by_day_and_part_of_day_before_where_it_opens(extractor):
    text = "新华社北京3月5日电 第十四届全国人民代表大会第一次会议5日上午在人民大会堂开幕。"
    ents, out = run(extractor, text, date="2023-03-05")
    found = _by_label(ents, out)
    # (the assembly its term opens holds it)
    assert found["第十四届全国人民代表大会第一次会议"][:2] == ("Meeting", {"date": "2023-03-05", "place": "人民大会堂",
                                                                  "organizer": "全国人民代表大会"})


def test_a_meeting_named_after_two_places_joined_is_held_by_both(extractor):
    ents, out = run(extractor, "6月9日，杭州市·恩施州东西部协作推进会在恩施召开。", date="2022-06-10")
    names = labels(ents, out)
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert sorted(names[f.tail] for f in out.facts if f.head == meeting.id and f.relation == "organizer") \
        == ["恩施土家族苗族自治州", "杭州市"]


def test_every_person_listed_before_the_verb_of_attending_attends(extractor):
    text = "5月8日，青田县召开乡村振兴工作推进会，县领导孙立、吴红、郑海参加推进会。"
    ents, out = run(extractor, text, date="2021-05-09")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["吴红", "孙立", "郑海"]


def test_who_attends_may_be_named_in_the_next_paragraph(extractor):
    text = "5月8日，青田县召开乡村振兴工作推进会。县委书记孙立主持推进会。\n县委副书记郑海出席推进会。"
    ents, out = run(extractor, text, date="2021-05-09")
    names = labels(ents, out)
    assert {(f.relation, names[f.tail]) for f in out.facts if f.relation in ("chair", "attendee")} == {
        ("chair", "孙立"), ("attendee", "郑海")}


def test_attendees_listed_over_clauses_before_the_verb_attend(extractor):
    """副县长甲、乙，县政府办主任丙出席: the clause before holds nothing but posts and names, the
    opening of the list the verb's clause ends; a clause that says something else does not."""
    text = "5月8日，青田县召开乡村振兴工作推进会。副县长孙立、吴红，县政府办主任郑海出席推进会。"
    ents, out = run(extractor, text, date="2021-05-09")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["吴红", "孙立", "郑海"]
    text = "5月8日，青田县召开乡村振兴工作推进会，县长孙立回顾了去年的工作，县政府办主任郑海出席推进会。"
    ents, out = run(extractor, text, date="2021-05-09")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["郑海"]
    # (县长孙立作报告: no list, but the one who reports at it attends: events.participants' speakers)
    text = "5月8日，青田县召开乡村振兴工作推进会，县长孙立作报告，县政府办主任郑海出席推进会。"
    ents, out = run(extractor, text, date="2021-05-09")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["孙立", "郑海"]


def test_those_named_attending_a_ceremony_by_the_end_of_its_name_attend_it(extractor):
    """参加开工仪式 two paragraphs after 某某集中开工仪式在Y举行: the clause names the gathering by the
    end of its name; a 会议 of another name (出席表彰会议) names no ceremony."""
    text = ("2月14日上午，青田县重大项目集中开工仪式在船寮镇举行。县长吴红致辞。\n此次集中开工项目共18个。"
            "\n县领导孙立、郑海参加开工仪式。")
    ents, out = run(extractor, text, date="2023-02-15")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["吴红", "孙立", "郑海"]
    text = text.replace("参加开工仪式", "出席表彰会议")
    ents, out = run(extractor, text, date="2023-02-15")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["吴红"]


def test_who_receives_those_attending_does_not_attend(extractor):
    """会见了前来出席某会议的代表: the hosts do something else (a verb and 了 before 出席); the
    attendees of that meeting are the verb's object, not the hosts listed before it (who host the
    reception together: the first named chairs it, the second attends it)."""
    text = "3月2日上午，青田县召开会议。县委书记孙立，县长吴红在县委小会议室会见了前来出席县政协十届三次会议的台胞代表。"
    ents, out = run(extractor, text, date="2021-03-03")
    names = labels(ents, out)
    attended = {(names[f.head], names[f.tail]) for f in out.facts if f.relation == "attendee"}
    assert {person for _, person in attended} == {"吴红"} and all("会见" in meeting for meeting, _ in attended)
    assert [names[f.tail] for f in out.facts if f.relation == "chair"] == ["孙立"]


def test_attendees_of_a_reception_named_in_its_closing_paragraph_attend_it(extractor):
    """某某参加会见, a paragraph of its own after what was said: the clause names the reception's kind;
    the guest holds his post (驻华大使) and attends, and 新任 after 和 is no name."""
    text = ("5月15日，省长王浩在杭州会见老挝驻华大使坎葆·恩达冯一行。\n王浩表示，希望双方拓展务实合作。"
            "坎葆·恩达冯感谢浙江的支持。\n副省长卢山参加会见。")
    ents, out = run(extractor, text, date="2023-05-16")
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "attendee") == ["卢山", "坎葆·恩达冯"]
    assert ("坎葆·恩达冯", "驻华大使") in {(names[f.head], names[f.tail]) for f in out.facts if f.relation == "hasRole"}
    ents, out = run(extractor, "总理会见了新任驻华大使和新任联合国代表。", date="2023-05-16")
    assert not [e for e in ents.entities.values() if e.type == "Person"]


def test_a_reception_is_a_meeting_the_host_chairs(extractor):
    ents, out = run(extractor, "5月8日下午，王大明在杭州会见了青田县考察团一行。", [("王大明", "Person")],
                    date="2021-05-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "Meeting" and sources == {"events.reception"}
    assert slots == {"date": "2021-05-08", "chair": "王大明", "place": "杭州市"}


def test_meetings_named_in_passing_were_held_before(extractor):
    text = ("5月8日，青田县委召开常委会议，传达学习全省经济工作会议精神和省委十五届三次全会精神。"
            "县委书记张三主持会议。")
    ents, out = run(extractor, text, [("青田县委", "PartyOrganization"), ("张三", "Person")], date="2021-05-10")
    found = _by_label(ents, out)
    # (the body's sitting names its meeting with the body, as the gold of the genre does; 全省 is
    # the province of the county the article names, so 省委 is its committee)
    assert set(found) == {"青田县委常委会议", "全省经济工作会议", "浙江省委十五届三次全会"}
    assert found["青田县委常委会议"][1]["date"] == "2021-05-08" and found["青田县委常委会议"][1]["chair"] == "张三"
    for name in ("全省经济工作会议", "浙江省委十五届三次全会"):
        assert found[name][1]["dateBefore"] == "2021-05-08"
        assert found[name][2] == {"events.meeting_named"}


def test_a_numbered_group_study_session_named_in_passing_is_a_meeting(extractor):
    text = "3月4日，青田县委召开常委会议，传达学习中央政治局第十三次集体学习时的重要讲话精神。"
    ents, out = run(extractor, text, [("青田县委", "PartyOrganization")], date="2021-03-10")
    found = _by_label(ents, out)
    assert found["中央政治局第十三次集体学习"][0] == "Meeting"
    assert found["中央政治局第十三次集体学习"][1]["dateBefore"] == "2021-03-04"


def test_a_meeting_named_inside_a_documents_title_is_no_meeting_of_its_own(extractor):
    text = "12月27日，榆中县委召开全会，审议通过了《中国共产党榆中县第十七届委员会第六次全体会议决议》。"
    ents, out = run(extractor, text, date="2023-12-28")
    assert not [label for label in _by_label(ents, out) if label.startswith("《")]


def test_a_meeting_word_without_a_name_is_no_event(extractor):
    ents, out = run(extractor, "会议要求，要认真学习会议精神，开好这次会议。", date="2021-05-10")
    assert [e for e in out.entities if e.type in EVENT_TYPES] == []


def test_every_pattern_names_itself():
    assert all(callable(p.find) for p in PATTERNS)
    extractor = EventExtractor()
    assert not [k for k in vars(extractor) if k not in ("cues", "patterns", "_finder")]


def test_a_visit_at_a_place(extractor):
    ents, out = run(extractor, "5月8日，省委书记王大明在丽水调研乡村振兴工作。", [("王大明", "Person")], date="2021-05-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, sources) == ("Visit", {"events.visit_at"})
    assert {k: slots[k] for k in ("date", "agent", "place")} == {"date": "2021-05-08", "agent": "王大明",
                                                                 "place": "丽水市"}


def test_a_visit_during_which_something_was_said_is_named_up_to_its_verb(extractor):
    text = "5月8日，省委书记王大明在丽水调研时要求，要抓好春耕生产。"
    ents, out = run(extractor, text, [("王大明", "Person")], date="2021-05-10")
    assert list(_by_label(ents, out)) == ["在丽水调研"]


def test_a_visit_referred_back_to_is_one_node_dated_before_the_meeting(extractor):
    text = ("5月8日，青田县委召开常委会议，传达学习王大明在丽水调研时的重要讲话精神。"
            "会议要求，要把王大明在丽水调研时的重要讲话精神落到实处。")
    ents, out = run(extractor, text, [("青田县委", "PartyOrganization"), ("王大明", "Person")], date="2021-05-10")
    visits = [(label, slots) for label, (t, slots, _) in _by_label(ents, out).items() if t == "Visit"]
    assert visits == [("王大明在丽水调研", {"dateBefore": "2021-05-08", "agent": "王大明", "place": "丽水市"})]


def test_a_visit_with_a_few_words_before_the_place(extractor):
    ents, out = run(extractor, "6月3日，王大明前往对口帮扶联系点青田县调研。", [("王大明", "Person")], date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "Visit" and slots["place"] == "青田县" and slots["date"] == "2021-06-03"


@pytest.mark.parametrize("text,place", [
    ("6月3日，市长王大明到青田县，调研茶叶加工情况。", "青田县"),
    # no city named: the development zone as written, the article's own
    ("6月3日，市长王大明带队深入开发区部分企业，调研项目建设情况。", "开发区"),
    ("6月3日，市长王大明带队深入部分企业，调研项目建设情况。", None),    # no place named
])
def test_a_visit_whose_verb_opens_the_next_clause(extractor, text, place):
    """某某到某县，调研…: the move's clause says where, the next one what was done there."""
    ents, out = run(extractor, text, [("王大明", "Person")], date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, slots["date"], slots["agent"], slots.get("place")) == ("Visit", "2021-06-03", "王大明", place)


def test_the_leader_of_a_delegation_is_the_visitor(extractor):
    ents, out = run(extractor, "6月3日，王大明率青田县党政代表团来丽水考察。", [("王大明", "Person")], date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, sources) == ("Visit", {"events.visit_led"})
    assert slots["agent"] == "王大明" and slots["place"] == "丽水市"


def test_something_already_done_is_a_milestone_by_the_report_day(extractor):
    ents, out = run(extractor, "目前，“最多跑一次”改革已经在丽水全面推开试点。", date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, sources) == ("Milestone", {"events.milestone_achieved"})
    assert slots == {"dateBefore": "2021-06-10", "organizer": "丽水市", "place": "丽水市"}


def test_a_deadline_set_is_no_milestone(extractor):
    """截至某日，完成目标任务的78.3% is one; 确保6月底前完成第一阶段任务 (a bound, but a goal) is none."""
    ents, out = run(extractor, "截至6月13日，全市累计接种疫苗286.5万剂次，完成目标任务的78.3%。"
                               "各区县要加快接种进度，确保6月底前完成第一阶段接种任务。", date="2021-06-15")
    assert [e.label for e in out.entities if e.type == "Milestone"] == ["完成目标任务的78.3%"]


def test_what_is_still_to_be_done_is_no_milestone(extractor):
    ents, out = run(extractor, "丽水要确保已经启动的项目年内完成。", date="2021-06-10")
    assert [e for e in out.entities if e.type in EVENT_TYPES] == []


def test_a_launch_in_a_place_is_named_without_it(extractor):
    ents, out = run(extractor, "2月19日，湖南省2024年“春风行动”暨就业援助月活动在长沙启动。", date="2024-02-20")
    (label, (etype, slots, sources)), = _by_label(ents, out).items()
    assert (label, etype, slots["place"]) == ("湖南省2024年“春风行动”暨就业援助月活动启动", "Milestone", "长沙市")


def test_a_ceremony_held_is_a_launch(extractor):
    text = "记者5日从青田县获悉，丽水市新一轮农村饮水工程集中开工仪式在青田县举行。"
    ents, out = run(extractor, text, date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, sources) == ("Milestone", {"events.launch"})
    assert slots == {"dateBefore": "2021-06-05", "organizer": "丽水市", "place": "青田县"}


@pytest.mark.parametrize("text,given,date,label,etype,slots", [
    # a ceremony of a launch a county holds: the launch's Milestone, as 某某开工仪式在Y举行 gives
    ("10月12日，武胜县举行了乡村振兴学院揭牌仪式，县委书记出席。", [], "2024-10-13", "乡村振兴学院揭牌仪式",
     "Milestone", {"date": "2024-10-12", "organizer": "武胜县", "place": "武胜县"}),
    # a festival a village holds, recently
    ("近日，洛口镇麻田村举办首届稻田音乐节，吸引游客5000余人次。", [("麻田村", "Village")], "2021-08-20", "首届稻田音乐节",
     "Event", {"dateBefore": "2021-08-20", "organizer": "麻田村", "place": "麻田村"}),
    # the clause is the ceremony's name and a verb of holding: organised by the body it opens with
    ("9月4日上午，中共临江市委党校2023年秋季学期开学典礼举行。", [], "2023-09-05", "中共临江市委党校2023年秋季学期开学典礼",
     "Event", {"date": "2023-09-04", "organizer": "中共临江市委党校", "place": "临江市"}),
    ("5月8日，武胜县第三届全民运动会隆重开幕。", [], "2023-05-09", "武胜县第三届全民运动会",
     "Event", {"date": "2023-05-08", "organizer": "武胜县", "place": "武胜县"}),
    # fairs, shows and festivals of other kinds (旅游展, 灯会, 招聘会 …)
    ("2月5日晚，武胜县第三届元宵灯会开幕。", [], "2023-02-06", "武胜县第三届元宵灯会",
     "Event", {"date": "2023-02-05", "organizer": "武胜县", "place": "武胜县"}),
    # held in the place's seat, named by no name of its own (在县城开幕)
    ("5月8日，武胜县第四届全民运动会在县城开幕。", [], "2024-05-09", "武胜县第四届全民运动会",
     "Event", {"date": "2024-05-08", "organizer": "武胜县", "place": "武胜县"}),
])
def test_what_a_place_holds_is_an_event_named_by_what_it_holds(extractor, text, given, date, label, etype, slots):
    ents, out = run(extractor, text, given, date=date)
    assert _by_label(ents, out)[label] == (etype, slots, {"events.ceremony"})


@pytest.mark.parametrize("title,lead,date,meeting", [
    # without its session: one organiser, every character of the headline's name in the lead's
    ("青田县人大常委会会议闭幕", "6月29日，青田县十八届人大常委会第十二次会议在县行政中心闭幕。", "2022-06-30",
     ("青田县十八届人大常委会第十二次会议", "2022-06-29")),
    # no organiser in the headline: its name spelled within the lead's
    ("县十八届人大三次会议开幕", "1月15日上午，青田县第十八届人民代表大会第三次会议在县会议中心开幕。", "2024-01-16",
     ("青田县第十八届人民代表大会第三次会议", "2024-01-15")),
    # by its kind (学习会), the lead's first meeting
    ("青田县召开县委理论学习中心组学习会", "6月14日，青田县委理论学习中心组举行2023年第五次集体学习会，县委书记孙立主持。",
     "2023-06-15", ("青田县委理论学习中心组2023年第五次集体学习会", "2023-06-14")),
    # a Party committee's plenary in its short form and in its formal one
    ("中共榆中县委十七届六次全会召开", "12月27日，中国共产党榆中县第十七届委员会第六次全体会议在县委礼堂召开。",
     "2023-12-28", ("中国共产党榆中县第十七届委员会第六次全体会议", "2023-12-27")),
])
def test_a_meeting_the_headline_names_is_the_leads(extractor, title, lead, date, meeting):
    """The headline's undated meeting and the lead's dated one: one meeting, the lead's."""
    ex = extractor(article_from_text("t", [lead], title=title, date=date))
    meetings = [(e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert meetings == [meeting]


def test_an_event_hosted_by_bodies_is_named_after_them_and_is_the_headlines(extractor):
    """由甲、乙联合主办的某某展销会在县城中心广场开幕: the name after 的, the hosts its organisers, the
    square where it is held; the headline's 某县某某展销会 (its organiser named first) is the same."""
    lead = "10月14日，由安化县商务局、县乡村振兴局联合主办的2021年消费帮扶产品展销会在县城中心广场开幕。"
    ex = extractor(article_from_text("t", [lead], title="安化县消费帮扶产品展销会开幕", date="2021-10-15"))
    ents = ex.entities.entities
    events = [e for e in ents.values() if e.type == "Event"]
    assert [(e.label, e.attrs.get("date")) for e in events] == [("2021年消费帮扶产品展销会", "2021-10-14")]
    slots = {(f.relation, ents[f.tail].label) for f in ex.facts if f.head == events[0].id and f.tail in ents}
    assert slots == {("organizer", "安化县商务局"), ("organizer", "安化县乡村振兴局"), ("place", "中心广场")}


def test_a_quarter_after_the_meetings_verb_is_what_it_reports_not_its_date(extractor):
    """我市召开新闻发布会通报一季度经济运行情况 (headline): not held in the first quarter; the lead's
    dated press conference is the one."""
    lead = "4月21日，宜宾市政府新闻办召开新闻发布会。一季度全市实现地区生产总值876.5亿元。"
    ex = extractor(article_from_text("t", [lead], title="我市召开新闻发布会通报一季度经济运行情况", date="2024-04-22"))
    meetings = [(e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert meetings == [("新闻发布会", "2024-04-21")]


def test_an_unannounced_inspection_is_a_visit_its_next_sentence_places(extractor):
    text = ("3月29日晚，天水市市长王锐以“四不两直”方式暗访检查城市管理工作。"
            "王锐先后来到秦州区大众路、麦积区桥南夜市，实地察看市容市貌。")
    ex = extractor(article_from_text("t", [text], date="2021-03-30"))
    ents = ex.entities.entities
    visits = [e for e in ents.values() if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].attrs.get("date") == "2021-03-29"
    slots = {(f.relation, ents[f.tail].label) for f in ex.facts if f.head == visits[0].id and f.tail in ents}
    assert {("agent", "王锐"), ("place", "秦州区")} <= slots


def test_a_meeting_that_adopted_a_document_named_first_is_named_after_by_way_of(extractor):
    text = "《浙江省数字经济促进条例》经浙江省第十三届人民代表大会常务委员会第二十五次会议审议通过，自2021年3月1日起施行。"
    ents, out = run(extractor, text, date="2021-02-27")
    found = _by_label(ents, out)
    assert found["浙江省第十三届人民代表大会常务委员会第二十五次会议"][1]["organizer"] == "浙江省人民代表大会常务委员会"


def test_a_league_opened_is_an_event_and_the_headlines_by_its_name_without_organiser_and_year(extractor):
    lead = "4月8日，2023年临沂市“市长杯”青少年足球联赛在市奥体中心开幕。本届联赛由市教育局、市体育局联合主办。"
    ex = extractor(article_from_text("t", [lead], title="我市举办2023年“市长杯”青少年足球联赛", date="2023-04-10"))
    events = [(e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Event"]
    assert events == [("临沂市“市长杯”青少年足球联赛", "2023-04-08")]


def test_a_visit_the_headline_gives_a_group_is_its_leaders(extractor):
    """省委第三督导组到我县督导… (headline) and 组长王立新一行到遂昌县督导… (lead): one visit, dated,
    the leader visiting with the group."""
    art = article_from_text("t", ["10月19日，省委第三督导组组长王立新一行到遂昌县督导乡村振兴推进。"],
                            title="省委第三督导组到我县督导乡村振兴", date="2023-10-20")
    ex = extractor(art)
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].attrs.get("date") == "2023-10-19"
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("agent", "王立新") in {(f.relation, labels.get(f.tail)) for f in ex.facts if f.head == visits[0].id}


def test_the_stops_of_a_group_named_again_by_its_head_are_its_leaders(extractor):
    """督导组一行先后来到甲街道、乙街道，实地察看…: the group named before (bodies.definite), its
    stops (the visit verb opening the next clause after a word of manner), visited by its leader."""
    art = article_from_text("t", ["10月19日，省委第三督导组组长王立新一行到遂昌县督导乡村振兴推进。",
                                  "督导组一行先后来到妙高街道、云峰街道，实地察看党建阵地。"],
                            title="省委第三督导组到我县督导乡村振兴", date="2023-10-20")
    ex = extractor(art)
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    visited = {labels.get(f.tail) for f in ex.facts if f.relation == "visited" and f.head == "Person/王立新"}
    assert {"妙高街道", "云峰街道"} <= visited
    assert len([e for e in ex.entities.entities.values() if e.type == "Visit"]) == 1


def test_the_dateline_after_a_headline_organises_nothing(extractor):
    """新华社某地某月某日电 after the headline: the outlet acts in no clause (it organised the meeting)."""
    art = article_from_text("t", ["新华社长沙6月12日电 湖南省副省长王刚6月12日主持召开省政府专题会。"],
                            title="王刚主持召开省政府专题会", date="2023-06-13")
    ex = extractor(art)
    organizers = {f.tail for f in ex.facts if f.relation == "organizer"}
    assert organizers and not any("新华社" in o for o in organizers)


def test_a_ceremony_the_headline_names_is_the_leads_with_its_chair(extractor):
    """我市举行…揭牌仪式 (headline) and the lead's dated ceremony: one node; who presides over it
    chairs it and who is present attends, as at a meeting."""
    text = "5月8日，丽水市乡村振兴学院揭牌仪式在青田县举行。市委书记孙立出席，市长吴红主持仪式。"
    art = article_from_text("t", [text], title="我市举行乡村振兴学院揭牌仪式", date="2021-05-09")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert [(e.type, e.label) for e in events] == [("Milestone", "丽水市乡村振兴学院揭牌仪式")]
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    slots = {(f.relation, labels.get(f.tail)) for f in ex.facts if f.head == events[0].id}
    assert {("chair", "吴红"), ("attendee", "孙立"), ("place", "青田县")} <= slots


def test_a_meeting_the_headline_names_takes_the_day_its_participants_are_given(extractor):
    """某政府举行座谈会 (headline) and 5月9日，某某出席座谈会并致辞 (the lead names no meeting held): the
    headline's meeting, on the lead's day."""
    art = article_from_text("t", ["5月9日，青田县县长王智伟出席座谈会并致辞。"], title="青田县人民政府举行座谈会",
                            date="2023-05-10")
    ex = extractor(art)
    meetings = [(e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert meetings == [("青田县人民政府座谈会", "2023-05-09")]


def test_a_visit_verb_inside_a_teams_name_makes_no_visit_at_a_place(extractor):
    """某某在南京会见检查组一行: a reception in Y, not a visit (检查 is part of the team's name 检查组)."""
    art = article_from_text("t", ["6月11日，省委书记娄勤俭在南京会见检查组一行。"], date="2019-06-12")
    ex = extractor(art)
    assert not [e for e in ex.entities.entities.values() if e.type == "Visit"]


def test_a_session_named_by_its_number_is_named_with_the_body_that_holds_it(extractor):
    """某县第十七届人大常委会召开第十次会议: 某县第十七届人大常委会第十次会议, which the headline's
    人大常委会第十次会议 names too (one meeting)."""
    art = article_from_text("t", ["4月25日，青田县第十七届人大常委会召开第十次会议。县人大常委会主任林某主持会议。"],
                            title="我县召开人大常委会第十次会议", date="2024-04-26")
    ex = extractor(art)
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == ["青田县第十七届人大常委会第十次会议"]


def test_a_national_meeting_is_not_organised_by_the_place_the_headline_acts_through(extractor):
    """我市获评全国文明城市 (headline) … 全国某某表彰大会在北京召开: held in Beijing, organised by no city."""
    art = article_from_text("t", ["11月20日，全国精神文明建设表彰大会在北京召开。会上，台州市被授予“全国文明城市”称号。"],
                            title="我市获评全国文明城市", date="2020-11-21")
    ex = extractor(art)
    [meeting] = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    slots = {(f.relation, labels.get(f.tail)) for f in ex.facts if f.head == meeting.id}
    assert ("place", "北京市") in slots and not [r for r, _ in slots if r == "organizer"]


def test_a_headline_and_a_lead_naming_the_same_joint_gathering_after_ji(extractor):
    """庆祝建党某周年暨某某表彰大会 (headline) | 庆祝中国共产党成立某周年暨某某表彰大会 (lead): one meeting,
    the same gathering after 暨 though the first is named two ways."""
    art = article_from_text("t", ["6月29日，青田县召开庆祝中国共产党成立102周年暨“两优一先”表彰大会。"],
                            title="我县召开庆祝建党102周年暨“两优一先”表彰大会", date="2023-06-30")
    ex = extractor(art)
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == [
        "庆祝中国共产党成立102周年暨“两优一先”表彰大会"]


@pytest.mark.parametrize("verb", ["举行", "开展"])
def test_a_study_session_is_named_with_the_study_group_that_holds_it(extractor, verb):
    """某区委理论学习中心组举行(开展)2024年第三次集体学习: named with the body's study group; 开展 holds
    a study session only (开展学习贯彻…会议精神 is an activity)."""
    art = article_from_text("t", [f"3月14日，东城区委理论学习中心组{verb}2024年第三次集体学习，专题学习全国两会精神。"
                                  "区委书记张兵主持学习并讲话。"], date="2024-03-15")
    ex = extractor(art)
    meetings = [e.label for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert "东城区委理论学习中心组2024年第三次集体学习" in meetings
    art = article_from_text("t", ["3月14日，东城区开展学习贯彻全国两会精神宣讲活动。"], date="2024-03-15")
    assert not [e for e in extractor(art).entities.entities.values() if e.type == "Meeting" and "宣讲" in e.label]


def test_a_headline_naming_an_events_edition_names_the_leads_event(extractor):
    """我市举办第二届某某峰会 (headline) | 2023中国（某市）某某峰会在Y开幕 (the lead): one event, the lead's;
    another summit of a name the lead's does not end in stays apart."""
    def meetings(title):
        art = article_from_text("t", ["11月15日，2023中国（温州）数字经济峰会在温州国际会展中心开幕。峰会由温州市人民政府主办。"],
                                title=title, date="2023-11-16")
        ex = extractor(art)
        return sorted(e.label for e in ex.entities.entities.values() if e.type == "Meeting")
    assert meetings("我市举办第二届数字经济峰会") == ["2023中国（温州）数字经济峰会"]
    assert len(meetings("我市举办第二届智能制造峰会")) == 2


def test_a_signing_in_traditional_characters_its_title_whole_its_attendees_and_its_headline(extractor):
    """The cue words are Simplified, and so is a label, as the bodies' and people's are (the article's
    punctuation kept): a signing in Traditional text is a gathering too (its attendees attend, the
    headline's is the lead's), its title whole."""
    art = article_from_text("t", ["4月11日，澳門特別行政區政府與福建省人民政府在廈門簽署《關於深化閩澳合作的框架協議》。澳門特區行政長官賀一誠、福建省省長趙龍出席簽約儀式。"], title="澳門特區政府與福建省簽署合作協議", date="2023-04-12")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert [e.label[-6:] for e in events] == ["的框架协议》"]
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    slots = {(f.relation, labels.get(f.tail)) for f in ex.facts if f.head == events[0].id}
    assert {("attendee", "贺一诚"), ("attendee", "赵龙")} <= slots
    assert ("贺一诚", "行政长官") in {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "hasRole"}


def test_a_headline_signing_named_otherwise_is_the_leads_with_the_same_first_party(extractor):
    ex, events = _article_events(extractor, ["10月8日，兰州大学与白银市人民政府签署合作协议，双方将共建白银产业技术研究院。"],
                                 title="兰州大学与白银市签约共建产业技术研究院", date="2023-10-09")
    assert [e.label for e in events] == ["兰州大学与白银市人民政府签署合作协议"]


def test_a_headline_signing_by_the_body_whose_unit_signs_in_the_lead_is_the_leads(extractor):
    """The headline names the body (某大学), the lead its unit (某大学某学院): one signing, the lead's."""
    ex, events = _article_events(extractor, ["5月6日，四川大学华西医院与凉山州人民政府签署合作协议。"],
                            title="四川大学与凉山州签署合作协议", date="2023-05-07")
    assert [e.label for e in events] == ["四川大学华西医院与凉山州人民政府签署合作协议"]


def test_a_signing_event_held_is_named_up_to_its_event_word(extractor):
    """某区…集中签约活动举行 / …签约活动在Y举行: the event's name ends with 活动, not with the verb."""
    for text, place in (("1月17日，青田县2024年重点项目集中签约活动举行。", None),
                        ("1月17日，青田县2024年重点项目集中签约活动在杭州举行。", "杭州市")):
        ex = extractor(article_from_text("t", [text], date="2024-01-18"))
        events = [e for e in ex.entities.entities.values() if e.type == "Event"]
        assert [e.label for e in events] == ["青田县2024年重点项目集中签约活动"]
        labels = {k: e.label for k, e in ex.entities.entities.items()}
        assert {labels[f.tail] for f in ex.facts if f.head == events[0].id and f.relation == "place"} == (
            {place} if place else set())


def test_a_signing_in_a_place_its_attendees_and_its_headline(extractor):
    """A与B在Y签署…: held in Y; 某某出席签约仪式 attends it (no signing of its own); the headline's
    signing (its organiser the place of the lead's) is the lead's."""
    text = "3月9日，青田县人民政府与浙江大学在杭州签署战略合作框架协议。县委书记周建光、浙江大学副校长李晓明出席签约仪式并致辞。"
    art = article_from_text("t", [text], title="青田县与浙江大学签署战略合作协议", date="2023-03-10")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type == "Event"]
    assert len(events) == 1 and events[0].attrs.get("date") == "2023-03-09"
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    slots = {(f.relation, labels.get(f.tail)) for f in ex.facts if f.head == events[0].id}
    assert {("place", "杭州市"), ("organizer", "青田县人民政府"), ("attendee", "周建光"), ("attendee", "李晓明")} <= slots
    assert ("organizer", "青田县") not in slots


def test_a_signing_ceremony_a_county_holds_is_named_after_the_verb_of_holding(extractor):
    ents, out = run(extractor, "2月15日，岳西县举行2023年重点项目集中签约仪式，共签约项目18个。", date="2023-02-16")
    (label, (etype, slots, sources)), = _by_label(ents, out).items()
    assert (label, etype, slots["organizer"]) == ("2023年重点项目集中签约仪式", "Event", "岳西县")


def test_a_signing_ceremony_held_at_a_body_is_where_the_body_is(extractor):
    text = "11月19日，四川省人民医院与阆中市人民医院医联体签约暨揭牌仪式在阆中市人民医院举行。"
    ents, out = run(extractor, text, date="2021-11-20")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, slots["organizer"], slots["place"]) == ("Event", "四川省人民医院", "阆中市")


def test_events_held_at_a_place_are_named_before_it(extractor):
    """某县…丰收节暨…文化节在某乡开幕: two events held there (暨), dated; the headline's undated
    丰收节 is the lead's."""
    art = article_from_text("t", ["9月23日，青田县2022年中国农民丰收节暨第六届稻鱼文化节在方山乡开幕。"],
                            title="我县举办农民丰收节", date="2022-09-24")
    ex = extractor(art)
    events = sorted((e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Event")
    assert events == [("第六届稻鱼文化节", "2022-09-23"), ("青田县2022年中国农民丰收节", "2022-09-23")]
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    assert {labels.get(f.tail) for f in ex.facts if f.relation == "place" and f.head.startswith("Event/")} == {"方山乡"}


def test_an_event_held_in_a_zone_named_as_a_demonstration_park(extractor):
    """某某博览会在某某示范园开幕: the park is a zone (示范园), so the expo is an event held there."""
    art = article_from_text("t", ["4月18日，第五届中国（莱阳）国际果品博览会在莱阳现代农业示范园开幕。"], date="2021-04-19")
    ex = extractor(art)
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    events = [(e.label, e.attrs.get("date")) for e in ex.entities.entities.values() if e.type == "Event"]
    assert events == [("第五届中国（莱阳）国际果品博览会", "2021-04-18")]
    assert {labels.get(f.tail) for f in ex.facts if f.relation == "place" and f.head.startswith("Event/")} \
        == {"莱阳现代农业示范园"}


def test_an_event_of_recent_days_took_place_by_the_report_day(extractor):
    ents, out = run(extractor, "近日，青田县人民政府办公室印发《青田县农村供水保障方案》。", date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "DocumentIssuance" and slots["dateBefore"] == "2021-06-10"
    ents, out = run(extractor, "目前，青田县人民政府办公室印发《青田县农村供水保障方案》。", date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert "dateBefore" not in slots and "date" not in slots


def test_a_party_named_with_its_unit_signs_as_the_unit(extractor):
    text = "5月8日，青田县人民政府与浙江大学农业与生物技术学院签订战略合作协议。"
    ents, out = run(extractor, text, date="2021-05-09")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, slots["organizer"], slots["attendee"]) == ("Event", "青田县人民政府", "浙江大学农业与生物技术学院")


def test_a_service_named_with_signing_is_no_signing(extractor):
    ex = extractor(article_from_text("t", ["青田县推进医共体建设。全县已实现家庭医生签约服务全覆盖。"], date="2021-06-10"))
    assert sorted(e.type for e in ex.entities.entities.values() if e.type in ("Event", "Milestone")) == ["Milestone"]


def test_a_centre_opened(extractor):
    ents, out = run(extractor, "青田县便民服务中心正式开馆。", date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "Milestone" and slots["organizer"] == "青田县" and slots["dateBefore"] == "2021-06-10"


def test_he_chairs_a_meeting_after_his_visit(extractor):
    text = "6月3日，王大明前往青田县调研。考察结束后，他随即主持召开工作座谈会，听取情况汇报。"
    ents, out = run(extractor, text, [("王大明", "Person")], date="2021-06-10")
    meeting = next(slots for t, slots, _ in _by_label(ents, out).values() if t == "Meeting")
    assert meeting["chair"] == "王大明" and meeting["place"] == "青田县"


def test_the_place_of_a_visit_is_the_county_of_the_places_named(extractor):
    ents, out = run(extractor, "6月3日，王大明来到青田县船寮镇高市村调研。",
                    [("王大明", "Person"), ("船寮镇", "Township"), ("高市村", "Village")], date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "Visit" and slots["place"] == "青田县"
    names = labels(ents, out)
    # the village and the places its chain names around it
    assert sorted(_name(names, f.tail) for f in out.facts if f.relation == "visited") == ["船寮镇", "青田县", "高市村"]


def test_a_milestone_of_the_area_the_sentence_is_about(extractor):
    text = "考察组对青田县的做法表示肯定，历时两年，提前完成全部改造任务。"
    ents, out = run(extractor, text, date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert etype == "Milestone" and slots == {"dateBefore": "2021-06-10", "organizer": "青田县", "place": "青田县"}


def test_a_visit_first_named_before_any_date_is_dated_by_its_later_naming(extractor):
    text = ("青田县委传达学习王大明在丽水调研时的重要讲话精神\n"
            "5月8日，青田县委召开常委会议，传达学习王大明在丽水调研时的重要讲话精神。")
    ents, out = run(extractor, text, [("青田县委", "PartyOrganization"), ("王大明", "Person")], date="2021-05-10")
    visits = [(label, slots) for label, (t, slots, _) in _by_label(ents, out).items() if t == "Visit"]
    assert visits == [("王大明在丽水调研", {"dateBefore": "2021-05-08", "agent": "王大明", "place": "丽水市"})]


def test_a_person_and_his_party_come_to_a_place(extractor):
    ents, out = run(extractor, "6月3日，王大明一行来丽水调研乡村振兴工作。", [("王大明", "Person")], date="2021-06-10")
    (etype, slots, sources), = _by_label(ents, out).values()
    assert (etype, sources) == ("Visit", {"events.visit"})
    assert {k: slots[k] for k in ("date", "agent", "place")} == {"date": "2021-06-03", "agent": "王大明",
                                                                 "place": "丽水市"}


def test_coming_from_a_place_is_no_visit(extractor):
    ents, out = run(extractor, "6月3日，王大明来自丽水，调研组成员来自各地。", [("王大明", "Person")], date="2021-06-10")
    assert [e for e in out.entities if e.type in EVENT_TYPES] == []


def test_past_visits_a_year_each_by_the_visitor_named_before(extractor):
    text = ("5月8日，青田县委召开常委会议，要求把学习贯彻王大明此次来丽水考察时的重要讲话精神，"
            "与2016年、2019年来丽水考察时的重要讲话精神结合起来。")
    ents, out = run(extractor, text, [("青田县委", "PartyOrganization"), ("王大明", "Person")], date="2021-05-10")
    visits = sorted((slots.get("date") or slots.get("dateBefore"), slots["agent"], slots["place"], src)
                    for label, (t, slots, src) in _by_label(ents, out).items() if t == "Visit")
    assert visits == [("2016", "王大明", "丽水市", {"events.visit_years"}),
                      ("2019", "王大明", "丽水市", {"events.visit_years"}),
                      ("2021-05-08", "王大明", "丽水市", {"events.visit"})]


def _visits(ents, out):
    return sorted((label, slots, src) for label, (t, slots, src) in _by_label(ents, out).items() if t == "Visit")


def test_a_group_led_by_a_person_visits(extractor):
    text = "6月3日，由省农业农村厅厅长王大明带队的考察团赴青田县调研督导春耕备耕。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("省农业农村厅", "GovernmentBody")], date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert src == {"events.visit_party"}
    assert {k: slots[k] for k in ("date", "agent", "place")} == {"date": "2021-06-03", "agent": "王大明",
                                                                 "place": "青田县"}
    assert ("王大明", "visited", "青田县") in {(labels(ents, out).get(f.head), f.relation, _name(labels(ents, out), f.tail))
                                             for f in out.facts}


def test_a_group_named_in_the_headline_visits_as_the_lead_dates_it(extractor):
    text = ("网络记者采访团走进青田县\n"
            "6月3日，由省委宣传部组织，采访团赴青田县采访华侨企业。")
    ents, out = run(extractor, text, [("网络记者采访团", "Organization"), ("省委宣传部", "PartyOrganization")],
                    date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert {k: slots[k] for k in ("date", "agent", "organizer", "place")} == {
        "date": "2021-06-03", "agent": "网络记者采访团", "organizer": "省委宣传部", "place": "青田县"}


def test_guests_received_visit_the_hosts_city(extractor):
    text = "6月3日，丽水市委书记王大明接见以青田县县长李小红为团长的青田县考察团，双方座谈交流。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("李小红", "Person"), ("丽水市委", "PartyOrganization"),
                                      ("青田县考察团", "Organization")],
                    date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert src == {"events.visit_guests"}
    assert {k: slots[k] for k in ("date", "agent", "place")} == {"date": "2021-06-03", "agent": "李小红",
                                                                 "place": "丽水市"}


def test_guests_who_came_to_a_province_named_by_its_one_character_name(extractor):
    text = "6月3日，王大明在杭州会见来浙考察的省政协委员考察团。考察团肯定了浙江的民营经济。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("省政协委员考察团", "Organization")], date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert {k: slots[k] for k in ("date", "agent", "place")} == {"date": "2021-06-03", "agent": "省政协委员考察团",
                                                                 "place": "浙江省"}


def test_no_group_visit_without_a_group(extractor):
    ents, out = run(extractor, "6月3日，有关部门负责人到青田县检查防汛工作。", date="2021-06-10")
    assert _visits(ents, out) == []


def test_places_named_before_the_visitor_with_the_visit_verb(extractor):
    text = "6月3日，在船寮镇、海溪乡调研时，王大明一行听取了工作汇报。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("船寮镇", "Township"), ("海溪乡", "Township")],
                    date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert src == {"events.visit_stop"} and slots["agent"] == "王大明" and slots["date"] == "2021-06-03"
    names = labels(ents, out)
    assert sorted(_name(names, f.tail) for f in out.facts if f.relation == "visited") == ["海溪乡", "船寮镇"]


def test_a_stop_of_a_tour_joins_the_visit_and_is_none_alone(extractor):
    given = [("王大明", "Person"), ("石门洞景区", "Landmark")]
    alone = "在石门洞景区，王大明详细了解旅游发展情况。"
    ents, out = run(extractor, alone, given, date="2021-06-10")
    assert _visits(ents, out) == []
    tour = "6月3日，王大明到青田县调研。在石门洞景区，王大明详细了解旅游发展情况。"
    ents, out = run(extractor, tour, given, date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert slots["place"] == "青田县"
    names = labels(ents, out)
    assert sorted(_name(names, f.tail) for f in out.facts if f.relation == "visited") == ["石门洞景区", "青田县"]


def test_a_place_that_names_the_topic_studied_gives_way_to_the_place_of_the_tour(extractor):
    text = ("5月11日，王大明在调研雁荡山南麓水源保护工作时强调，要守好生态底线。"
            "王大明来到青田县船寮镇，察看水源地整治情况。")
    ents, out = run(extractor, text, [("王大明", "Person"), ("雁荡山", "NaturalPlace"), ("船寮镇", "Township")],
                    date="2021-05-12")
    (label, slots, src), = _visits(ents, out)
    assert slots["place"] == "青田县" and slots["date"] == "2021-05-11"


def test_a_visit_to_each_township_of_a_list(extractor):
    text = "6月3日，县委书记王大明到船寮镇、海溪乡、章村乡调研茶叶产业。"
    given = [("王大明", "Person"), ("船寮镇", "Township"), ("海溪乡", "Township"), ("章村乡", "Township")]
    ents, out = run(extractor, text, given, date="2021-06-10")
    visits = _visits(ents, out)
    assert sorted(slots["place"] for _, slots, _ in visits) == ["海溪乡", "章村乡", "船寮镇"]
    assert {(slots["agent"], slots["date"]) for _, slots, _ in visits} == {("王大明", "2021-06-03")}


def test_counties_of_a_list_are_one_visit(extractor):
    ents, out = run(extractor, "6月3日，王大明到青田县、缙云县调研。", [("王大明", "Person")], date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert slots["place"] == "青田县"


def test_a_place_visited_by_the_last_characters_of_its_name(extractor):
    text = "6月3日，王大明到青田县调研。位于县城东部的青田县华侨历史陈列馆记录了侨乡百年变迁。王大明来到陈列馆，听取介绍。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("青田县华侨历史陈列馆", "Landmark")], date="2021-06-10")
    names = labels(ents, out)
    assert "青田县华侨历史陈列馆" in {_name(names, f.tail) for f in out.facts if f.relation == "visited"}


def test_a_talk_held_on_a_visit(extractor):
    text = "6月3日，王大明到青田县调研茶叶产业并进行座谈，听取意见建议。"
    ents, out = run(extractor, text, [("王大明", "Person")], date="2021-06-10")
    talks = [(slots, src) for label, (t, slots, src) in _by_label(ents, out).items() if t == "Meeting"]
    assert talks == [({"date": "2021-06-03", "place": "青田县", "attendee": "王大明"}, {"events.visit_talk"})]


def test_a_named_forum_on_a_visit_is_left_to_the_meeting_patterns(extractor):
    text = "6月3日，王大明到青田县调研并召开座谈会，听取意见建议。"
    ents, out = run(extractor, text, [("王大明", "Person")], date="2021-06-10")
    assert not [src for label, (t, slots, src) in _by_label(ents, out).items() if "events.visit_talk" in src]


def test_a_clause_that_moves_on_is_a_stop_of_the_sentences_person(extractor):
    text = "6月3日，王大明到青田县调研，察看了华侨历史陈列馆，并随即前往石门洞景区，了解景区建设情况。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("石门洞景区", "Landmark")], date="2021-06-10")
    names = labels(ents, out)
    assert "石门洞景区" in {_name(names, f.tail) for f in out.facts if f.relation == "visited"}
    (label, slots, src), = _visits(ents, out)
    assert slots["place"] == "青田县"



def test_stops_of_a_list_that_goes_on_with_names_not_read(extractor):
    text = "6月3日，王大明到船寮镇调研。在船寮镇高市村、东山林场，王大明察看了茶园。"
    given = [("王大明", "Person"), ("船寮镇", "Township"), ("高市村", "Village")]
    ents, out = run(extractor, text, given, date="2021-06-10")
    names = labels(ents, out)
    assert "高市村" in {_name(names, f.tail) for f in out.facts if f.relation == "visited"}


def test_a_bare_group_and_its_party_is_the_group_the_article_names(extractor):
    text = "网络记者采访团走进青田县\n6月3日，采访团一行赴青田县采访华侨企业。"
    ents, out = run(extractor, text, [("网络记者采访团", "Organization")], date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert (slots["agent"], slots["place"], slots["date"]) == ("网络记者采访团", "青田县", "2021-06-03")


def test_the_headlines_group_is_led_by_the_person_the_lead_names(extractor):
    text = "网络记者采访团走进青田县调研\n6月3日，由省委宣传部副部长王大明带队的采访团赴青田县采访。"
    ents, out = run(extractor, text, [("网络记者采访团", "Organization"), ("王大明", "Person")], date="2021-06-10")
    (label, slots, src), = _visits(ents, out)
    assert (slots["agent"], slots["date"], slots["place"]) == ("王大明", "2021-06-03", "青田县")
    assert [f.relation for f in out.facts if f.relation == "attendee"] == ["attendee"]


def test_a_name_ending_in_the_character_of_coming_is_no_visitor(extractor):
    text = "6月3日，县委书记王大明到青田县调研。李金来、张小华及有关部门负责人陪同调研。"
    ents, out = run(extractor, text, [("王大明", "Person"), ("李金来", "Person"), ("张小华", "Person")],
                    date="2021-06-10")
    assert [slots["agent"] for _, slots, _ in _visits(ents, out)] == ["王大明"]


def _events_of(extraction, type_):
    from kg.read import article_from_text  # noqa: F401  (the caller builds the article)
    names = {k: e.label for k, e in extraction.entities.entities.items()}
    out = []
    for e in extraction.entities.entities.values():
        if e.type == type_:
            slots = {f.relation: names.get(f.tail, f.tail) for f in extraction.facts if f.head == e.id}
            out.append((e.attrs.get("date"), slots))
    return out


def test_a_meeting_the_headline_names_is_the_meeting_the_lead_dates(extractor):
    from kg.read import article_from_text
    art = article_from_text("t", ["3月5日，我局召开乡村振兴工作推进会。局长王大明主持会议。"],
                            title="青田县农业农村局召开乡村振兴工作推进会", date="2021-03-08")
    (date, slots), = _events_of(extractor(art), "Meeting")
    assert date == "2021-03-05" and slots.get("chair") == "王大明"


def test_a_meeting_held_on_a_visit_is_where_the_visit_is(extractor):
    text = "6月3日，网络记者采访团来青田县采访，并举行媒体见面会。"
    ents, out = run(extractor, text, [("网络记者采访团", "Organization")], date="2021-06-10")
    meeting = next(slots for t, slots, _ in _by_label(ents, out).values() if t == "Meeting")
    assert meeting["place"] == "青田县" and meeting["date"] == "2021-06-03"


def test_the_headline_may_name_the_meeting_short(extractor):
    from kg.read import article_from_text
    art = article_from_text("t", ["3月5日，县长王大明主持召开县政府第12次常务会议。会议研究了春耕生产。"],
                            title="县政府召开常务会议 研究部署春耕生产", date="2021-03-08")
    (date, slots), = _events_of(extractor(art), "Meeting")
    assert date == "2021-03-05" and slots.get("chair") == "王大明"


def test_the_two_sessions_are_a_meeting(extractor):
    ents, out = run(extractor, "今年全国两会期间，代表们围绕乡村振兴建言献策。", date="2021-03-20")
    assert [(label, t) for label, (t, slots, src) in _by_label(ents, out).items()] == [("全国两会", "Meeting")]


def test_a_document_issued_as_the_clause_ends_by_the_bodies_its_title_opens_with(extractor):
    from kg.read import article_from_text
    art = article_from_text("t", ["2020年3月，《中共中央 国务院关于加快乡村振兴的实施意见》印发。"], date="2021-03-08")
    (date, slots), = _events_of(extractor(art), "DocumentIssuance")
    assert slots["organizer"] in ("中共中央", "国务院") and slots["document"].startswith("《中共中央")


def test_stops_of_one_tour_of_two_levels_are_no_visits_of_their_own(extractor):
    """某某一行先后来到某村、某镇某项目区: the stops of the visit named before (a village and a township),
    no second visit labelled with the visitor and a town."""
    art = article_from_text("t", ["7月18日，副省长刘小明到我市调研农业农村工作。",
                                  "刘小明一行先后来到南城区石门村、东岭镇高标准农田建设项目区，详细了解粮食生产情况。"],
                            date="2023-07-20")
    ex = extractor(art)
    assert len([e for e in ex.entities.entities.values() if e.type == "Visit"]) == 1


def test_a_meeting_held_to_present_an_event_is_no_event_named_across_its_verb(extractor):
    """我市召开新闻发布会介绍第十届某某博览会筹备情况: the press conference is held; 新闻发布会介绍…博览会
    names nothing (a meeting's head and a verb inside it)."""
    ents, out = run(extractor, "8月28日上午，柳州市召开新闻发布会介绍第十届中国绿化博览会筹备情况。", date="2019-08-29")
    assert [e.label for e in out.entities if e.type in ("Event", "Milestone")] == []


@pytest.mark.parametrize("text,label", [
    # a race started (鸣枪开跑) at a venue whose place is unknown: held at the venue (a site, 体育中心), which
    # is in the place the event's name opens with, after the edition's year; that place organises it
    ("11月5日7时30分，2023柳州马拉松在龙潭体育中心鸣枪开跑。", "2023柳州马拉松"),
    ("11月5日，柳州市第三届运动会在龙潭体育中心开幕。", "柳州市第三届运动会"),
])
def test_an_event_opened_at_a_venue_of_no_known_place_is_held_where_its_name_says(extractor, text, label):
    from kg.read import article_from_text

    ents, out = run(extractor, text, date="2023-11-05")
    found = _by_label(ents, out)
    assert found[label][:2] == ("Event", {"date": "2023-11-05", "organizer": "柳州市", "place": "龙潭体育中心"})
    ex = extractor(article_from_text("t", [text], date="2023-11-05"))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("龙潭体育中心", "柳州市") in {(names[f.head], names.get(f.tail)) for f in ex.facts if f.relation == "locatedIn"}


def test_a_launch_ceremony_held_at_a_venue_no_recogniser_reads_is_held(extractor):
    """我市…集中开工活动在高新区主会场举行: the venue is no name the recognisers read; the launch is held
    all the same, by the city 我市 stands for, on its day."""
    text = "德阳市召开会议。4月27日上午，我市2022年二季度重大项目集中开工活动在高新区主会场举行。"
    ents, out = run(extractor, text, date="2022-04-28")
    launches = [e for e in out.entities if e.type == "Milestone"]
    assert [e.attrs.get("date") for e in launches] == ["2022-04-27"]


def test_a_party_committees_own_sitting_is_a_meeting(extractor):
    """某区委常委班子召开…专题民主生活会: 生活会 ends a meeting's name (组织生活会 too)."""
    ents, out = run(extractor, "1月9日，青田县委常委班子召开2023年度专题民主生活会。县委书记周立新主持会议。",
                    date="2024-01-10")
    found = _by_label(ents, out)
    assert found["2023年度专题民主生活会"][:2] == ("Meeting", {"date": "2024-01-09", "organizer": "青田县委",
                                                          "place": "青田县", "chair": "周立新"})


def test_a_meeting_held_with_someone_is_named_after_of_and_those_it_is_held_with_attend(extractor):
    """某某主持召开与某省委书记某某的见面沟通会: the name is what follows 的; the person after 与 attends,
    the one who convenes it chairs."""
    text = "会前，督导组组长钱卫东主持召开与青田县委书记周立新的见面沟通会。"
    ents, out = run(extractor, text, date="2024-01-10")
    found = _by_label(ents, out)
    assert list(found) == ["见面沟通会"]
    assert found["见面沟通会"][1]["chair"] == "钱卫东" and found["见面沟通会"][1]["attendee"] == "周立新"


def test_a_sentence_opening_at_a_meeting_by_its_name_is_about_that_meeting(extractor):
    """动员会上，某某主持会议: the 动员会, though a 见面会 held before it was read after it."""
    text = ("3月1日，省委第二督导组督导青田县工作动员会在青田召开。会前，督导组组长钱卫东主持召开与县委书记周立新的"
            "见面沟通会。动员会上，钱卫东作了讲话，周立新主持会议。")
    ents, out = run(extractor, text, date="2024-03-02")
    found = _by_label(ents, out)
    mobilising = next(k for k in found if k.endswith("动员会"))
    assert found[mobilising][1]["chair"] == "周立新"
    assert found["见面沟通会"][1]["chair"] == "钱卫东"


def test_a_meeting_held_to_relay_another_ends_before_the_one_relayed(extractor):
    """某院召开党组会议传达学习全国两会精神: the meeting held is the 党组会议, not a name running on to 两会."""
    ents, out = run(extractor, "3月14日，青田县人民检察院召开党组会议，传达学习全国两会精神。",
                    title="县检察院召开党组会议传达学习全国两会精神", date="2024-03-15")
    held = [k for k, v in _by_label(ents, out).items() if v[0] == "Meeting" and "events.meeting" in v[2]]
    assert held and not [k for k in held if "两会" in k]


def test_a_meeting_of_a_campaigns_round_is_of_the_campaign_named_whole(extractor):
    """An article that names “两学一做”学习教育 once: a meeting of 第二阶段学习教育 (a round of it) is of the
    whole campaign, as one of the 第二批主题教育 is of the campaign the seed names."""
    text = "青田县深入开展“两学一做”学习教育。3月5日，青田县委召开第二阶段学习教育动员会。"
    ents, out = run(extractor, text, date="2016-03-03")
    names = labels(ents, out)
    campaigns = {names.get(f.tail, f.tail) for f in out.facts if f.relation == "campaign"}
    assert campaigns == {"“两学一做”学习教育"}


def test_an_event_opened_at_a_venue_after_its_place_and_examples_of_what_is_held(extractor):
    """某某文化节在曲阜 | 尼山圣境 | 开幕: a venue no recogniser reads after the place, held in the place;
    将举办祭孔大典、某某论坛等30余项活动: examples of what is held, no meeting."""
    text = "9月26日，第十届中国（曲阜）国际孔子文化节在曲阜尼山圣境开幕。本届文化节将举办祭孔大典、尼山世界文明论坛等30余项活动。"
    ents, out = run(extractor, text, date="2019-09-27")
    found = _by_label(ents, out)
    assert list(found) == ["第十届中国（曲阜）国际孔子文化节"]
    assert found["第十届中国（曲阜）国际孔子文化节"][:2] == ("Event", {"date": "2019-09-26", "place": "曲阜市"})


def test_a_list_of_posts_of_a_committee_naming_no_place_attends_the_visit(extractor):
    """市委常委、秘书长甲，副市长乙参加调研, with no city named: 市委 leaves no mention, the list is bare all
    the same; both go with the visitor."""
    text = "4月11日，市委书记刘建军深入高新区，实地调研重点项目建设情况。市委常委、秘书长周涛，副市长孙丽参加调研。"
    ents, out = run(extractor, text, date="2023-04-12")
    names = labels(ents, out)
    assert {names[f.tail] for f in out.facts if f.relation == "attendee"} == {"周涛", "孙丽"}


def test_hosts_in_the_clause_before_and_the_body_carrying_it_out(extractor):
    """由甲、乙共同主办，丙承办的某某博览会在Y开幕: the name after 的, the hosts of the clause before its
    organisers; 论坛由某院某研究所、某大学某研究院联合主办: the institutes organise, not the wholes inside their names."""
    text = ("9月15日，由科学技术部、浙江省人民政府共同主办，丽水市人民政府承办的2023中国（丽水）生态产品博览会在丽水国际会展中心开幕。"
            "10月21日，首届乡村发展论坛在青田县举行。论坛由中国社会科学院农村发展研究所、浙江大学中国农村发展研究院联合主办。")
    ents, out = run(extractor, text, date="2023-10-22")
    names = labels(ents, out)
    found = _by_label(ents, out)
    expo = next(k for k in found if k.endswith("博览会"))
    assert expo.startswith("2023")
    organizers = lambda label: {names[f.tail] for f in out.facts if f.relation == "organizer" and names.get(f.head) == label}
    assert organizers(expo) == {"科学技术部", "浙江省人民政府"}
    forum = next(k for k in found if k.endswith("论坛"))
    assert organizers(forum) == {"中国社会科学院农村发展研究所", "浙江大学中国农村发展研究院"}


def _slots(ex, event):
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    return {(f.relation, labels.get(f.tail, f.tail)) for f in ex.facts if f.head == event.id}


def test_a_signing_ceremony_held_in_a_place_named_before_the_verb_of_holding_is_there(extractor):
    """甲与乙在Y举行…签约仪式: held in Y (not where the first party is), and the figure in the project's
    name (200兆瓦) is no statistic of the verb of holding."""
    art = article_from_text("t", ["11月16日，定边县人民政府与浙江正泰新能源开发有限公司在西安举行200兆瓦光伏发电项目签约仪式。"],
                            date="2023-11-18")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert len(events) == 1 and events[0].label.endswith("签约仪式")
    assert {("place", "西安市"), ("organizer", "定边县人民政府")} <= _slots(ex, events[0])
    assert not [e for e in ex.entities.entities.values() if e.type == "Observation"]


def test_a_ceremony_held_at_a_venue_is_held_by_the_body_its_name_opens_with_at_the_venue(extractor):
    ex, events = _article_events(extractor, ["6月21日上午，山西农业大学2024届毕业典礼在太谷校区体育馆隆重举行。"], date="2024-06-22")
    assert [e.label for e in events] == ["山西农业大学2024届毕业典礼"]
    assert {("place", "太谷校区体育馆"), ("organizer", "山西农业大学")} <= _slots(ex, events[0])
    assert events[0].attrs.get("date") == "2024-06-21"


def test_an_activity_held_at_a_venue_is_a_gathering_its_hosts_organise(extractor):
    ex, events = _article_events(extractor, ["9月16日，2023年全国科普日江西省主场活动在南昌市江西省科技馆举行。副省长任珠峰出席活动。",
                                  "本次活动由省科协、省科技厅等单位联合主办。"], date="2023-09-17")
    assert len(events) == 1 and events[0].label.endswith("主场活动")
    assert {("place", "江西省科技馆"), ("attendee", "任珠峰"), ("organizer", "江西省科协"),
            ("organizer", "江西省科技厅")} <= _slots(ex, events[0])


def test_a_national_festivals_local_celebration_is_held_by_the_division_its_name_holds(extractor):
    """以“…”为主题的 opens no name; 中国农民丰收节某县庆祝活动: the county holds it, not China."""
    ex, events = _article_events(extractor, ["9月23日，以“庆丰收 促和美”为主题的2022年中国农民丰收节兴国县庆祝活动在高兴镇举行。县长李松林致辞。"],
                            date="2022-09-24")
    assert [e.label for e in events] == ["中国农民丰收节兴国县庆祝活动"]
    slots = _slots(ex, events[0])
    assert {("organizer", "兴国县"), ("place", "高兴镇"), ("attendee", "李松林")} <= slots
    assert ("organizer", "中国") not in slots


def test_a_meeting_described_with_one_is_no_meeting_named(extractor):
    art = article_from_text("t", ["12月12日，区委书记陈永刚主持召开雁塔区委常委会会议。会议指出，全市经济工作会议是一次承前启后的重要会议。"],
                            date="2021-12-13")
    ex = extractor(art)
    labels = {e.label for e in ex.entities.entities.values() if e.type in EVENT_TYPES}
    assert "雁塔区委常委会会议" in labels and not [n for n in labels if n.startswith("一次")]


def test_a_visit_to_a_body_is_placed_where_the_body_is(tmp_path):
    """到包头稀土研究院调研: the visit is in 包头市 too (the graph keeps only a Place, the ontology's range),
    and the city is visited."""
    import json

    import kg

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "date": "2023-09-04", "text": "9月3日，自治区副主席白向东到包头稀土研究院调研。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    g = kg.build([str(path)]).graph
    visit = next(n for n, d in g.nodes(data=True) if d.get("type") == "Visit")
    label = {n: d.get("label") for n, d in g.nodes(data=True)}
    assert {label[v] for _, v, d in g.out_edges(visit, data=True) if d.get("relation") == "place"} == {"包头市"}
    assert {label[v] for _, v, d in g.edges(data=True) if d.get("relation") == "visited"} == {"包头市"}


def test_a_ceremony_a_body_holds_at_a_place_is_held_there(extractor):
    """某局在五指山市举行…仪式: held in 五指山市, not in the body's province."""
    art = article_from_text("t", ["9月27日，海南热带雨林国家公园管理局在五指山市举行生态搬迁安置区交房仪式。"], date="2022-09-28")
    ex = extractor(art)
    ents = ex.entities.entities
    event = next(e for e in ents.values() if e.type in EVENT_TYPES and e.label.endswith("仪式"))
    assert {ents[f.tail].label for f in ex.facts if f.head == event.id and f.relation == "place"} == {"五指山市"}


def test_a_headline_meeting_the_lead_chairs_unnamed_takes_its_day_and_chair(extractor):
    """宜昌市十届人大常委会第十次会议召开 | 10月31日，市人大常委会主任某某主持召开会议: the headline's meeting."""
    art = article_from_text("t", ["10月31日，市人大常委会主任王国斌主持召开会议，审议了有关报告。"],
                            title="宜昌市十届人大常委会第十次会议召开", date="2023-11-02")
    ex = extractor(art)
    ents = ex.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert meeting.attrs.get("date") == "2023-10-31"
    assert {ents[f.tail].label for f in ex.facts if f.head == meeting.id and f.relation == "chair"} == {"王国斌"}


@pytest.mark.parametrize("text", [
    # what is to be held (要…召开), undated
    "3月4日，省委召开动员大会。会议强调，各级党委主要负责同志要带头讲专题党课、带头召开专题组织生活会。",
    # a kind held so many times
    "5月11日，省委召开座谈会。学习教育开展以来，全省各级党组织共举办专题读书班1.3万期。",
    # an item of a list of examples (…、…等关键环节)
    "12月29日，省委召开总结会议。全省领导干部紧扣讲专题党课、召开专题民主生活会和组织生活会、整改落实等关键环节。",
])
def test_meetings_to_be_held_counted_or_listed_as_examples_are_no_meeting_held(extractor, text):
    ex = extractor(article_from_text("t", [text], date="2023-12-30"))
    meetings = [e.label for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert len(meetings) == 1 and not any(w in meetings[0] for w in ("生活会", "读书班")), meetings


def test_meetings_spoken_of_in_general_are_no_meeting_named(extractor):
    """传达学习中央和省委有关会议精神: the meetings relayed are not named; only the one held is an event."""
    art = article_from_text("t", ["4月10日，甘孜藏族自治州委常委会召开会议，传达学习中央和省委有关会议精神，研究部署重点工作。"],
                            date="2023-04-11")
    ex = extractor(art)
    labels = {e.label for e in ex.entities.entities.values() if e.type in EVENT_TYPES}
    assert labels == {"甘孜藏族自治州委常委会会议"}


def test_those_at_a_roads_opening_ceremony_a_paragraph_later_attend_its_opening(extractor):
    """宣布通车 and 出席通车仪式 after a paragraph of figures: the opening read before is the one attended."""
    art = article_from_text("t", ["12月30日上午，杭绍台高速公路绍兴至台州段正式建成通车。省委常委、常务副省长陈金彪宣布通车。",
                                  "杭绍台高速公路全长约162公里，总投资约409亿元。",
                                  "绍兴市委书记马卫光、台州市委书记李跃旗出席通车仪式。"], date="2020-12-30")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert len(events) == 1
    assert {("attendee", "陈金彪"), ("attendee", "马卫光"), ("attendee", "李跃旗")} <= _slots(ex, events[0])


def test_a_signing_held_where_its_first_party_is_has_that_place(extractor):
    ex, events = _article_events(extractor, ["5月15日，遵义市与上海市长宁区对口合作协议签约仪式在遵义举行。"], date="2018-05-16")
    assert len(events) == 1 and {("organizer", "遵义市"), ("place", "遵义市")} <= _slots(ex, events[0])


def test_a_quarters_launch_in_the_headline_is_the_leads_its_announcer_and_chair_taking_part(extractor):
    ex, events = _article_events(extractor, ["9月27日，全市2021年第三季度重大项目集中开工活动在钦州港片区举行。自治区党委常委、钦州市委书记许永锞宣布项目开工。",
                                  "此次集中开工的重大项目共38个，总投资达412亿元。", "市委副书记、市长谭丕创主持开工活动。"],
                            title="全市第三季度重大项目集中开工", date="2021-09-28")
    assert [e.label for e in events] == ["全市2021年第三季度重大项目集中开工活动"]
    assert {("attendee", "许永锞"), ("chair", "谭丕创")} <= _slots(ex, events[0])


def test_projects_signed_and_counted_are_no_signing(extractor):
    art = article_from_text("t", ["今年1—4月，全省新签约过亿元招商项目1350个。"], date="2022-05-30")
    assert not [e for e in extractor(art).entities.entities.values() if e.type in EVENT_TYPES]


def test_a_farewell_meeting_held_in_a_city_is_a_meeting(extractor):
    art = article_from_text("t", ["7月17日，江苏省第十批援藏干部人才欢送会在拉萨举行。自治区党委常委、常务副主席姜杰出席并讲话。"],
                            date="2022-07-18")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert [e.label for e in events] == ["江苏省第十批援藏干部人才欢送会"]
    assert {("place", "拉萨市"), ("attendee", "姜杰")} <= _slots(ex, events[0])


def test_a_joint_meeting_named_in_the_headline_with_its_two_holders_in_the_other_order(extractor):
    art = article_from_text("t", ["8月19日，宁波市—昭通市东西部扶贫协作第五次联席会议在昭通召开。昭通市委书记杨亚林出席会议并讲话。"],
                            title="昭通市与宁波市举行东西部协作联席会议", date="2020-08-20")
    events = [e for e in extractor(art).entities.entities.values() if e.type in EVENT_TYPES]
    assert [e.label for e in events] == ["宁波市—昭通市东西部扶贫协作第五次联席会议"]


def test_a_meeting_named_in_quotes_keeps_its_closing_quote_and_a_themed_study_session_is_a_meeting(extractor):
    art = article_from_text("t", ["1月28日，十堰市召开全市安全生产电视电话会议，安排部署春节和全国“两会”期间安全生产工作。",
                                  "5月17日，十堰市委理论学习中心组举行2023年第4次专题学习。"], date="2021-01-29")
    labels = {e.label for e in extractor(art).entities.entities.values() if e.type in EVENT_TYPES}
    assert "全国“两会”" in labels and "十堰市委理论学习中心组2023年第4次专题学习" in labels


def test_each_township_of_a_tour_without_a_visit_verb_is_named_by_the_word_of_going(extractor):
    art = article_from_text("t", ["7月24日，卫辉市委书记李刚深入太公镇、城郊乡等受灾严重地区，指导救灾和群众安置工作。"],
                            date="2021-07-25")
    labels = {e.label for e in extractor(art).entities.entities.values() if e.type == "Visit"}
    assert "李刚深入城郊乡" in labels and "李刚城郊乡" not in labels


def test_a_headline_event_of_the_same_day_is_the_leads_and_its_places_of_parties_no_attendees(extractor):
    """昨晚我市举行新春音乐会 | 昨晚，新春音乐会在…举行: one concert; 赣州与深圳签订… | 赣州市人民政府与深圳市
    人民政府…签订: the cities are where the parties are, no attendees besides them."""
    art = article_from_text("t", ["昨晚，2023年新春音乐会在银川市文化艺术中心大剧院举行。"], title="昨晚我市举行新春音乐会", date="2023-01-20")
    assert len([e for e in extractor(art).entities.entities.values() if e.type in EVENT_TYPES]) == 1
    art = article_from_text("t", ["7月8日，赣州市人民政府与深圳市人民政府在深圳签订对口合作框架协议。"],
                            title="赣州与深圳签订对口合作协议", date="2019-07-09")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert len(events) == 1 and ("attendee", "深圳市") not in _slots(ex, events[0])


def test_a_camp_opened_in_a_city_is_an_event_there(extractor):
    ex, events = _article_events(extractor, ["7月17日，两岸青年交流营在厦门开营。国务院台办副主任潘贤掌出席开营仪式并致辞。"], date="2023-07-18")
    assert [e.label for e in events] == ["两岸青年交流营"]
    assert ("place", "厦门市") in _slots(ex, events[0])


def test_a_cppcc_session_named_short_in_the_headline_is_the_leads_formal_one(extractor):
    art = article_from_text("t", ["1月19日上午，政协四川省第十二届委员会第五次会议在成都闭幕。省政协主席田向利主持闭幕会并讲话。"],
                            title="省政协十二届五次会议闭幕", date="2022-01-20")
    events = [e for e in extractor(art).entities.entities.values() if e.type in EVENT_TYPES]
    assert [e.label for e in events] == ["政协四川省第十二届委员会第五次会议"]


def test_a_standing_committees_enlarged_meeting_written_two_ways_is_one(extractor):
    _, events = _article_events(extractor, ["2月3日，市委书记李红军主持召开遂宁市委常委（扩大）会议，研究部署疫情防控工作。"],
                            title="市委常委会扩大会议召开", date="2020-02-04")
    assert len(events) == 1


def test_those_named_before_accompanied_by_go_with_the_visit_read_after_them(extractor):
    art = article_from_text("t", ["10月11日，在市委副书记、市长胡平的陪同下，省发展改革委副主任张宏一行来宜宾市考察重点项目建设情况。"],
                            date="2022-10-12")
    ex = extractor(art)
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert len(visits) == 1 and {("agent", "张宏"), ("attendee", "胡平")} <= _slots(ex, visits[0])


def test_going_somewhere_to_lecture_is_a_visit(extractor):
    art = article_from_text("t", ["11月29日，赣州市委书记陈鸣波到联系点宁都县黄陂镇宣讲党的二十大精神。"], date="2022-11-30")
    ex = extractor(art)
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert len(visits) == 1 and {("agent", "陈鸣波"), ("place", "宁都县")} <= _slots(ex, visits[0])


def test_a_place_after_what_ties_the_visitor_to_it_is_visited(extractor):
    art = article_from_text("t", ["3月28日，平谷区委书记张伟到包联的大华山镇西峪村开展“四下基层”活动，宣讲党的二十届二中全会精神。"],
                            date="2024-03-29")
    ex = extractor(art)
    events = {e.label: e for e in ex.entities.entities.values() if e.type in EVENT_TYPES}
    visits = [e for e in events.values() if e.type == "Visit"]
    assert len(visits) == 1 and {("agent", "张伟"), ("place", "西峪村")} <= _slots(ex, visits[0])
    # the plenum lectured on is named without the verb, and was held elsewhere, before
    assert "党的二十届二中全会" in events
    assert not [r for r, _ in _slots(ex, events["党的二十届二中全会"]) if r == "place"]


def test_a_meeting_named_in_passing_takes_no_campaign_named_beside_it(extractor):
    art = article_from_text("t", ["要把开展主题教育同贯彻落实省第十二次党代会精神结合起来。"], date="2023-07-04")
    ex = extractor(art)
    meetings = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert [e.label for e in meetings] == ["省第十二次党代会"]
    assert not [r for r, _ in _slots(ex, meetings[0]) if r == "campaign"]


def test_a_standing_committees_enlarged_sitting_is_named_with_the_committee(extractor):
    art = article_from_text("t", ["1月9日，青秀区委常委会召开扩大会议，区委书记李某主持会议。"], date="2024-01-10")
    labels_ = [e.label for e in extractor(art).entities.entities.values() if e.type == "Meeting"]
    assert labels_ == ["青秀区委常委会扩大会议"]


def test_a_meeting_held_in_a_room_of_a_building_no_recogniser_names(extractor):
    art = article_from_text("t", ["1月19日，全县森林防火工作会议在县政府三楼会议室召开。"], date="2022-01-20")
    events = [e for e in extractor(art).entities.entities.values() if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in events] == [("全县森林防火工作会议", "2022-01-19")]


def test_a_headlines_launch_ceremony_is_the_leads_and_the_launch_it_holds_no_second_event(extractor):
    art = article_from_text("t", ["2月28日，黔西南州2023年第一季度重大项目集中开工仪式在兴义市主会场举行，全州各县（市）设分会场同步开工。"
                                  "州委书记杨永英宣布项目开工。"],
                            title="黔西南州举行2023年重大项目集中开工仪式", date="2023-03-01")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert len(events) == 1 and ("attendee", "杨永英") in _slots(ex, events[0])


def test_a_numbered_session_of_a_body_no_place_was_found_for_is_named_in_full_by_a_later_naming(extractor):
    art = article_from_text("t", ["11月27日，区政协召开十届二十次常委会议。区政协主席张丽萍主持会议。",
                                  "会议审议通过了区政协十届二十次常委会议协商意见。"], date="2023-11-28")
    events = [e for e in extractor(art).entities.entities.values() if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in events] == [("区政协十届二十次常委会议", "2023-11-27")]


@pytest.mark.parametrize("text, label", [
    ("7月21日晚，县委常委会召开会议，研究部署防汛救灾工作。", "县委常委会会议"),
    ("7月21日，镇人大主席团召开会议。", "镇人大主席团会议"),
    ("7月21日，区委书记徐某到某村调研，召开座谈会听取村干部意见建议。", "座谈会"),
])
def test_a_meeting_held_by_a_body_no_place_was_found_for_is_named_without_the_verb(extractor, text, label):
    art = article_from_text("t", [text], date="2022-07-22")
    events = [e for e in extractor(art).entities.entities.values() if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in events] == [(label, "2022-07-21")]


def test_an_event_held_dated_between_its_name_and_its_place_and_those_at_its_opening(extractor):
    art = article_from_text("t", ["新华社上海5月21日电 第十届中国花卉博览会21日在上海市崇明区开幕。本届花博会展期42天。",
                                  "全国政协副主席何维出席开幕式。上海市委书记李强宣布开幕，上海市市长龚正致辞。"],
                            title="第十届中国花卉博览会在上海崇明开幕", date="2021-05-21")
    ex = extractor(art)
    events = [e for e in ex.entities.entities.values() if e.type in EVENT_TYPES]
    assert [(e.label, e.attrs.get("date")) for e in events] == [("第十届中国花卉博览会", "2021-05-21")]
    assert {("attendee", "何维"), ("attendee", "李强"), ("attendee", "龚正"), ("place", "崇明区")} <= _slots(ex, events[0])
    # (中国 of 中国花卉[n], one word of jieba's: the home country qualifying it, no node)
    assert not [e for e in ex.entities.entities.values() if e.type == "Country"]


def test_a_city_committees_theory_study_group_is_no_doctrine_and_holds_its_study_session(extractor):
    # 曲靖市委理论 | 学习中心组: 理论 before 学习 is the study of theory, no doctrine swallowing the committee
    art = article_from_text("t", ["4月17日，曲靖市委理论学习中心组举行2023年第3次专题学习。市委书记李文荣主持并讲话。"],
                            date="2023-04-18")
    ex = extractor(art)
    ents = ex.entities.entities.values()
    assert not [e for e in ents if e.type == "Concept"]
    meetings = [e for e in ents if e.type == "Meeting"]
    assert [e.label for e in meetings] == ["曲靖市委理论学习中心组2023年第3次专题学习"]
    assert ("organizer", "曲靖市委") in _slots(ex, meetings[0])


def test_a_headline_tour_of_townships_is_the_first_township_the_lead_visits_one_by_one(extractor):
    """县委书记某某到乡镇调研 | 某某深入甲镇、乙乡、丙镇等地: a visit to each township, the headline's the
    first's (not the county guessed from the visitor's post, with the first township lost)."""
    art = article_from_text("t", ["7月8日，于都县委书记刘晓峰深入罗坳镇、车溪乡、梓山镇等地，调研基层治理工作。"],
                            title="县委书记刘晓峰到乡镇调研", date="2026-07-09")
    ex = extractor(art)
    places = sorted(dict(_slots(ex, e))["place"] for e in ex.entities.entities.values() if e.type == "Visit")
    assert places == ["梓山镇", "罗坳镇", "车溪乡"]


def test_he_after_a_villager_the_visitor_talked_with_is_the_visitor(extractor):
    """某某与群众某某一家拉家常。在某村，他走进…: 他 is the visitor the clause opened with, not the villager."""
    art = article_from_text("t", ["8月18日，吉林省委书记黄强到延边朝鲜族自治州调研。在珲春市敬信镇防川村，黄强与朝鲜族群众"
                                  "金顺姬一家拉家常。在和龙市南坪镇柳洞村，他走进边境民兵哨所，看望慰问戍边民兵。"],
                            date="2026-08-21")
    ex = extractor(art)
    agents = {dict(_slots(ex, e)).get("agent") for e in ex.entities.entities.values() if e.type == "Visit"}
    assert agents == {"黄强"}


def test_a_chair_chairs_the_meeting_of_the_chairs_own_body_not_another_bodys_session_named_after_it(extractor):
    """某县召开领导干部大会……当日下午召开的某县人大常委会会议，决定任命……。县委书记某某主持会议: the 干部大会."""
    art = article_from_text("t", ["1月8日，富平县召开领导干部大会，宣布市委关于富平县主要领导调整的决定。当日下午召开的富平县"
                                  "人大常委会第二十五次会议，决定任命任建军为富平县人民政府副县长、代理县长。县委书记杜晓峰主持会议并表态。"],
                            date="2026-01-09")
    ex = extractor(art)
    chaired = {e.label: dict(_slots(ex, e)).get("chair") for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert chaired.get("领导干部大会") == "杜晓峰" and "杜晓峰" not in {c for l, c in chaired.items() if "人大" in l}


def test_a_meeting_the_reporter_learnt_at_is_dated_on_the_day_it_was_held(extractor):
    """记者从9月2日召开的某某推进会上获悉: the day is the meeting's (召开的), not a day it was held by."""
    art = article_from_text("t", ["记者从9月2日召开的浙江省退役军人就业创业工作推进会上获悉，今年以来全省共帮助4.3万名退役军人实现就业创业。"],
                            date="2022-09-05")
    ex = extractor(art)
    meeting = next(e for e in ex.entities.entities.values() if e.type == "Meeting")
    assert meeting.attrs.get("date") == "2022-09-02" and "dateBefore" not in meeting.attrs


@pytest.mark.parametrize("text, date", [
    # a launch demanded by a date to come (要求确保…前建成通车) is none made
    ("5月10日，中国铁建股份有限公司总裁汪文忠到项目调研，要求确保2027年6月底前建成通车。", "2026-05-15"),
    # a deadline later than the report's day is no milestone reached (6月30日前完成 in April)
    ("通知要求，各省级自然资源主管部门要逐图斑核查，6月30日前完成首轮实地核查。", "2026-04-10"),
    # a figure reached by a day (截至9月底…实现营业收入226亿元) is a statistic, nothing completed
    ("截至9月底，项目今年累计生产油化品318万吨，实现营业收入226亿元，同比增长5.4%。", "2026-10-22"),
])
def test_launches_and_deadlines_to_come_and_figures_reached_are_no_milestones(extractor, text, date):
    ents, out = run(extractor, text, date=date)
    assert [e.label for e in out.entities if e.type == "Milestone"] == []


@pytest.mark.parametrize("text", [
    "10月19日，湖南省副省长王磊出席全省安全生产工作会议并讲话。",
    "10月19日，湖南省副省长王磊出席2026年全省安全生产工作会议并讲话。",     # a year before the scope
])
def test_a_meeting_a_leader_attends_is_held_that_day_with_the_leader_at_it(extractor, text):
    art = article_from_text("t", [text], date="2026-10-20")
    ex = extractor(art)
    (meeting,) = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    slots = dict(_slots(ex, meeting))
    assert meeting.attrs.get("date") == "2026-10-19" and slots.get("attendee") == "王磊" and slots.get("organizer") == "湖南省"


def test_those_at_a_meeting_named_in_passing_make_it_no_meeting_held(extractor):
    """出席…会议的代表: the name qualifies those who attended, no meeting held that day."""
    art = article_from_text("t", ["10月19日，省委书记王宁看望出席全省劳动模范表彰大会的代表。"], date="2026-10-20")
    ex = extractor(art)
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting" and e.attrs.get("date")]


@pytest.mark.parametrize("text, date, label, day, place", [
    # the genre's words for an event opening or staged (拉开帷幕, 精彩上演)
    ("6月8日，2026年榕江和美乡村足球超级联赛在榕江县城北新区体育场拉开帷幕。", "2026-06-10",
     "榕江和美乡村足球超级联赛", "2026-06-08", "榕江县"),
    ("2月1日晚，浦江县2026年“我们的村晚”示范展演在虞宅乡新光村农村文化礼堂精彩上演。", "2026-02-03",
     "浦江县2026年“我们的村晚”示范展演", "2026-02-01", "新光村"),
    # the day and its part between the name and 在 (颁奖仪式20日晚在哈尔滨举行)
    ("新华社哈尔滨10月20日电 黑龙江省第九届道德模范颁奖仪式20日晚在哈尔滨举行。", "2026-10-21",
     "黑龙江省第九届道德模范颁奖仪式", "2026-10-20", "哈尔滨市"),
])
def test_events_held_opened_or_staged_at_a_place(extractor, text, date, label, day, place):
    ex = extractor(article_from_text("t", [text], date=date))
    events = {e.label: e for e in ex.entities.entities.values() if e.type in EVENT_TYPES}
    assert label in events and events[label].attrs.get("date") == day and ("place", place) in _slots(ex, events[label])


def test_a_river_chiefs_patrol_is_a_visit_of_the_chiefs_own(extractor):
    """同日，市委书记、市级总河长某某带队巡河，实地察看某江治理情况: the chief's visit (no visit of those at
    an event: 同日 opens a sentence of the chief's own)."""
    art = article_from_text("t", ["11月2日，上饶市召开防汛工作会议。同日，上饶市委书记、市级总河长王刚带队巡河，"
                                  "实地察看信江治理情况。"], date="2026-11-03")
    ex = extractor(art)
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert [dict(_slots(ex, v)).get("agent") for v in visits] == ["王刚"] and visits[0].attrs.get("date") == "2026-11-02"


def test_households_signed_counted_are_no_signing(extractor):
    """某街道、某街道城中村改造项目已完成签约3100余户: a count of those who signed, no signing between the streets."""
    ents, out = run(extractor, "南宁市西乡塘区石埠街道、江南区沙井街道城中村改造项目已完成签约3100余户，签约率达92%。",
                    date="2026-06-01")
    assert not [e for e in out.entities if e.type == "Event"]
    # (a year after the verb is no count: 签订2022年对口支援协议 is a signing)
    ents, out = run(extractor, "会上，东城区与拉萨市当雄县签订2022年对口支援协议。", date="2022-08-19")
    assert [e.type for e in out.entities if e.type == "Event"] == ["Event"]


def test_a_meeting_a_leader_attends_on_a_day_in_a_place_is_held_there(extractor):
    """国务院副总理某某19日在北京出席全国…会议并讲话: held that day in 北京, the leader at it."""
    art = article_from_text("t", ["国务院副总理刘国中19日在北京出席全国秋冬季农业生产工作会议并讲话。"], date="2026-10-20")
    ex = extractor(art)
    (meeting,) = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    slots = dict(_slots(ex, meeting))
    assert meeting.attrs.get("date") == "2026-10-19" and slots.get("attendee") == "刘国中" and slots.get("place") == "北京市"


def test_bodies_joined_to_the_holder_before_the_verb_hold_the_meeting_too(extractor):
    """某局联合市某局在某区召开…推进会: both bureaus hold it."""
    art = article_from_text("t", ["8月20日，呼和浩特市市场监督管理局联合市住房和城乡建设局在新城区召开全市电梯安全工作现场推进会。"],
                            date="2026-08-21")
    ex = extractor(art)
    (meeting,) = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    organizers = {t for r, t in _slots(ex, meeting) if r == "organizer"}
    assert organizers == {"呼和浩特市市场监督管理局", "呼和浩特市住房和城乡建设局"}


def test_a_digests_later_dateline_holds_no_meeting(extractor):
    """新华社北京…电 甲… | 新华社拉萨10月19日电 乙主持召开座谈会: the second item's outlet holds nothing; the
    secretary's committee does."""
    art = article_from_text("t", ["新华社北京10月19日电 国务院副总理刘国中19日在北京出席全国秋冬季农业生产工作会议并讲话。",
                                  "新华社拉萨10月19日电 西藏自治区党委书记王君正19日在那曲市色尼区主持召开座谈会。"],
                            title="新华社简讯", date="2026-10-20")
    ex = extractor(art)
    holders = {t for e in ex.entities.entities.values() if e.type == "Meeting" for r, t in _slots(ex, e) if r == "organizer"}
    assert "新华社" not in holders and "西藏自治区党委" in holders


def test_a_meeting_named_before_yu_and_its_date_is_held_then_and_there(extractor):
    """某某会议于3月16日在某地召开: the preposition before the date; a session the body decides to submit
    something to (决定提请常委会会议审议) is none held."""
    art = article_from_text("t", ["中国共产党湖南省第十二届纪律检查委员会第五次全体会议于1月17日至19日在长沙召开。",
                                  "会议审议通过了有关报告，决定提请常委会会议审议。"], date="2026-01-20")
    ex = extractor(art)
    meetings = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert [(m.label, m.attrs.get("startDate") or m.attrs.get("date")) for m in meetings] == [
        ("中国共产党湖南省第十二届纪律检查委员会第五次全体会议", "2026-01-17")]
    assert dict(_slots(ex, meetings[0])).get("place") == "长沙市"


def test_a_county_announced_out_of_poverty_is_a_milestone_of_the_county(extractor):
    """某省人民政府正式宣布某县退出贫困县: the launch named after the verb of announcing, the county's."""
    art = article_from_text("t", ["2017年3月27日，河南省人民政府正式宣布兰考县退出贫困县。"], date="2017-03-28")
    ex = extractor(art)
    (ms,) = [e for e in ex.entities.entities.values() if e.type == "Milestone"]
    assert ms.label == "兰考县退出贫困县" and ms.attrs.get("date") == "2017-03-27"
    assert dict(_slots(ex, ms)).get("place") == "兰考县"


@pytest.mark.parametrize("text,label", [
    # the discipline organs' meetings (警示教育会, 集体廉政谈话会)
    ("6月24日，省卫生健康委在杭州召开全省卫生健康系统警示教育会。", "全省卫生健康系统警示教育会"),
    ("3月5日，黔东南州纪委监委召开新任职干部集体廉政谈话会。", "新任职干部集体廉政谈话会"),
    # held at a base named by no recogniser (在某市民兵训练基地举行)
    ("4月20日，三亚市2026年度基干民兵集中训练开训动员大会在三亚市民兵训练基地举行。", "三亚市2026年度基干民兵集中训练开训动员大会"),
])
def test_meetings_of_discipline_organs_and_at_bases_are_held(extractor, text, label):
    ex = extractor(article_from_text("t", [text], date="2026-06-25"))
    assert label in {e.label for e in ex.entities.entities.values() if e.type == "Meeting"}


@pytest.mark.parametrize("paragraph,agent,label", [
    # calling on troops or people (走访慰问…): a visit where the visitor is, though no place follows the verb
    ("7月30日，成都市委书记刘强走访慰问驻蓉部队官兵。", "刘强", "走访慰问驻蓉部队官兵"),
    ("7月30日，四川省委副书记、省长王俊杰带领省直有关部门负责同志，走访慰问驻川部队和武警四川省总队。", "王俊杰",
     "走访慰问驻川部队和武警四川省总队"),
    # conducting a study at a place (在某地开展某某专题调研): the verb of conducting, then the visit's
    ("6月22日，民进中央常务副主席朱永新一行在贵州毕节市开展教育帮扶专题调研。", "朱永新", "在贵州毕节市开展教育帮扶专题调研"),
])
def test_calls_on_people_and_studies_conducted_at_a_place_are_visits(extractor, paragraph, agent, label):
    ex = extractor(article_from_text("t", [paragraph], date="2026-07-31"))
    (visit,) = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert visit.label == label and dict(_slots(ex, visit)).get("agent") == agent


def test_how_long_a_session_lasts_is_no_part_of_its_name(extractor):
    """举办为期3天的…专题读书班: the name starts after the duration."""
    ex = extractor(article_from_text("t", ["7月1日，綦江区委理论学习中心组举办为期3天的学习贯彻党的二十届四中全会精神专题读书班。"],
                                     date="2026-07-05"))
    assert {e.label for e in ex.entities.entities.values() if e.type == "Meeting"} == {
        "学习贯彻党的二十届四中全会精神专题读书班"}


def test_a_party_coming_to_a_province_named_by_its_abbreviation_visits_it(extractor):
    """率团一行30人来湘考察: jieba's model glues 来 to 人, the abbreviation after it is still the province."""
    ex = extractor(article_from_text("t", ["5月10日至12日，香港中华总商会会长何家豪率团一行30人来湘考察。"], date="2026-05-13"))
    (visit,) = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert dict(_slots(ex, visit)).get("place") == "湖南省"


def test_leaders_taking_part_in_an_activity_attend_it_where_and_when_the_clause_says(extractor):
    """某某、某某等省领导与干部群众一道，在某镇参加义务植树活动: the activity, its day, place and attendees."""
    ex = extractor(article_from_text("t", ["3月27日，省委书记赵建军、省长马凤兰等省领导与干部群众一道，在榆林市榆阳区小纪汗镇"
                                           "参加义务植树活动。"], date="2026-03-29"))
    (ev,) = [e for e in ex.entities.entities.values() if e.type == "Event"]
    slots = _slots(ex, ev)
    assert ev.label == "义务植树活动" and ev.attrs.get("date") == "2026-03-27"
    assert {t for r, t in slots if r == "attendee"} == {"赵建军", "马凤兰"} and ("place", "小纪汗镇") in slots


def test_a_forest_chiefs_patrol_is_a_visit(extractor):
    """省级总林长某某在某市开展巡林: a visit (as 巡河); 巡林 after the post is no name."""
    ex = extractor(article_from_text("t", ["4月10日，省级总林长王海明在南平市开展巡林，实地察看森林防火工作。"], date="2026-04-12"))
    (visit,) = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert dict(_slots(ex, visit)).get("place") == "南平市"
    ex = extractor(article_from_text("t", ["10月18日，雷山县委书记吴国华开展巡林工作。"], title="总林长巡林 压实护林责任"))
    assert "巡林" not in {e.label for e in ex.entities.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text", [
    "1月15日下午，仪陇县第十八届人民代表大会第六次会议胜利闭幕。",
    "2月4日上午，大理白族自治州第十五届人民代表大会第六次会议在大理市隆重开幕。",
])
def test_a_session_closed_or_opened_in_a_manner_is_held(extractor, text):
    """胜利闭幕, 隆重开幕: how it was held, before the verb (after where, if named)."""
    ex = extractor(article_from_text("t", [text], date="2026-02-05"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == [text.split("，")[1].split("会议")[0] + "会议"]


def test_a_meeting_room_names_no_meeting(extractor):
    """…在旗政府第一会议室开幕: the room (会议室) is where it is held, no meeting of its own."""
    ex = extractor(article_from_text("t", ["1月9日，伊金霍洛旗第十九届人民代表大会第五次会议在旗政府第一会议室开幕。"],
                                     date="2026-01-10"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == [
        "伊金霍洛旗第十九届人民代表大会第五次会议"]


@pytest.mark.parametrize("text,organizer,place", [
    ("11月16日，宁乡市人大常委会组织部分市人大代表视察花明楼镇农村公路建设。", "宁乡市人大常委会", "花明楼镇"),
    ("11月20日，江西省人大常委会组织部分全国和省人大代表，赴九江市、上饶市开展了鄱阳湖生态保护专题调研。",
     "江西省人大常委会", "九江市"),
])
def test_a_body_sending_its_deputies_on_a_visit_organises_it(extractor, text, organizer, place):
    """某人大常委会组织部分人大代表视察某镇…: the body organises the visit, the places after the verb are where."""
    ex = extractor(article_from_text("t", [text], date="2026-11-21"))
    (visit,) = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    slots = dict(_slots(ex, visit))
    assert slots.get("organizer") == organizer and slots.get("place") == place


def _each_visit(ex, places, date, slots):
    """The extraction holds one visit to each of ``places`` (by its place), each on ``date`` with ``slots``."""
    visits = {dict(_slots(ex, v)).get("place"): v for v in ex.entities.entities.values() if v.type == "Visit"}
    assert set(visits) == places
    for v in visits.values():
        assert v.attrs.get("date") == date
        assert slots <= _slots(ex, v)


def _only(ex, event_type):
    """The one event of ``event_type`` the extraction holds (the test fails on none or several)."""
    (event,) = [e for e in ex.entities.entities.values() if e.type == event_type]
    return event


def _events_with_slots(ex):
    return {e.label: _slots(ex, e) for e in ex.entities.entities.values() if e.type in EVENT_TYPES}


@pytest.mark.parametrize("text,names", [
    ("30日上午，泸县县长李刚先后主持召开县政府第15次常务会议和县长办公会议，研究防汛工作。",
     ["泸县政府第15次常务会议", "县长办公会议"]),
    ("30日上午，泸县县长李刚先后主持召开县政府第15次常务会议、县长办公会议和防汛工作调度会。",
     ["泸县政府第15次常务会议", "县长办公会议", "防汛工作调度会"]),
    ("30日，县委书记王强分别主持召开县委常委会议和县委全面深化改革委员会会议。",
     ["县委常委会议", "县委全面深化改革委员会会议"]),
])
def test_meetings_held_one_after_another_are_each_a_meeting(extractor, text, names):
    """先后主持召开甲会议和乙会议: two meetings (the chair's, on the day), not one named 甲会议和乙会议."""
    ex = extractor(article_from_text("t", [text], date="2021-07-01"))
    events = _events_with_slots(ex)
    assert sorted(events) == sorted(names)
    assert all(("chair", "李刚" if "李刚" in text else "王强") in slots for slots in events.values())
    assert all(e.attrs.get("date") == ("2021-06-30") for e in ex.entities.entities.values() if e.type == "Meeting")


def test_meetings_named_with_and_are_one_without_a_word_of_sequence(extractor):
    """召开甲会议和乙会议 with no 先后/分别: the name is left whole (传达学习…全会和…会议精神 reads so too)."""
    ex = extractor(article_from_text("t", ["30日上午，县长李刚主持召开县政府第15次常务会议和县长办公会议。"], date="2021-07-01"))
    assert list(_events_with_slots(ex)) == ["县政府第15次常务会议和县长办公会议"]


def test_a_bare_meeting_held_next_is_the_sitting_of_the_meeting_told(extractor):
    """现场推进会在某县召开。与会人员观摩了…。随后召开会议: one meeting (the sitting after the tour), which
    the chair named after it chairs."""
    ex = extractor(article_from_text("t", [
        "9月16日，全市乡村振兴现场推进会在沂南县召开。与会人员首先观摩了铜井镇竹泉村。随后召开会议，兰陵县作典型发言。"
        "副市长高文军主持会议。"], date="2021-09-17"))
    meetings = {e.label: _slots(ex, e) for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert list(meetings) == ["全市乡村振兴现场推进会"]
    assert ("chair", "高文军") in meetings["全市乡村振兴现场推进会"]


@pytest.mark.parametrize("closing", [
    "副县长刘春生，县水利局负责人陪同检查。",
    "副县长刘春生，市直有关部门主要负责同志陪同。",
    "副县长刘春生，各乡镇主要负责人陪同检查。",
])
def test_a_named_escort_before_the_unnamed_heads_of_bodies_goes_with_the_visitor(extractor, closing):
    """副县长某某，县水利局负责人陪同: the name before the bodies' unnamed heads still goes with the visitor."""
    ex = extractor(article_from_text("t", ["6月19日，县长陈思远深入贡江沿线实地检查防汛工作。" + closing], date="2022-06-20"))
    visit = _only(ex, "Visit")
    assert ("attendee", "刘春生") in _slots(ex, visit)


def test_a_closing_line_goes_with_the_tour_however_many_stops_before_it(extractor):
    """副州长某某参加走访慰问 closing a report of many stops: an attendee of the tour."""
    ex = extractor(article_from_text("t", [
        "1月14日，州长苏嘎尔布深入昭觉县、布拖县走访慰问困难群众。", "在阿土列尔村，苏嘎尔布看望了脱贫户。",
        "随后，苏嘎尔布来到三河村，慰问了老党员。", "在依撒社区，苏嘎尔布看望了搬迁群众。",
        "在县人民医院，苏嘎尔布看望了医护人员。", "苏嘎尔布强调，要切实关心困难群众生产生活。", "副州长马刚参加走访慰问。"],
        title="州长走访慰问困难群众和老党员", date="2020-01-15"))
    visit = _only(ex, "Visit")
    assert ("attendee", "马刚") in _slots(ex, visit)


def test_an_autonomous_regions_leaders_listed_attend(extractor):
    """自治区领导甲、乙，江苏省领导丙参加会见: the region's leaders (自治区领导) are a list of names too."""
    ex = extractor(article_from_text("t", [
        "8月2日，自治区党委书记吴英华在拉萨会见了江苏省党政代表团一行。",
        "自治区领导丁业林、边巴顿珠，江苏省领导樊志明、徐明参加会见。"], date="2016-08-03"))
    meeting = _only(ex, "Meeting")
    assert {"丁业林", "边巴顿珠", "樊志明", "徐明"} <= {v for r, v in _slots(ex, meeting) if r == "attendee"}


@pytest.mark.parametrize("said", [
    "山东省生态环境厅副厅长韩学军介绍条例有关情况。",
    "山东省生态环境厅副厅长韩学军对条例进行解读。",
    "山东省生态环境厅副厅长韩学军发布条例主要内容。",
])
def test_a_person_presenting_at_a_press_conference_attends_it(extractor, said):
    """某厅副厅长某某介绍条例有关情况 / 对条例进行解读 / 发布…主要内容: a speaker at the conference."""
    ex = extractor(article_from_text("t", ["28日上午，山东省人民政府新闻办公室举行新闻发布会，" + said], date="2023-07-29"))
    meeting = _only(ex, "Meeting")
    assert ("attendee", "韩学军") in _slots(ex, meeting)


@pytest.mark.parametrize("paragraphs, date, slots", [
    # 省委第三巡视组组长某某就做好巡视工作讲了意见: a speaker at the 动员会
    (["4月1日下午，江西省委第三巡视组巡视赣州市工作动员会召开。省委第三巡视组组长陈国平就做好巡视工作讲了意见，"
      "赣州市委书记黄建军作动员讲话，市长邱志刚主持会议。"], "2019-04-02",
     {("attendee", "陈国平"), ("attendee", "黄建军"), ("chair", "邱志刚")}),
    # 某某传达了…动员大会精神并作动员讲话, 某某提出指导意见: speakers at the meeting just named
    (["3月25日，某县某镇召开党史学习教育动员大会。会议由镇长罗文斌主持。"
      "镇党委书记韦春燕传达了中央和省委党史学习教育动员大会精神并作动员讲话。县委指导组组长杨德明提出指导意见。"],
     "2021-03-26", {("chair", "罗文斌"), ("attendee", "韦春燕"), ("attendee", "杨德明")}),
    # 随后，镇长某某指出; 最后，镇党委书记某某强调: the speakers in their order, no 会上 written
    (["5月18日，城南镇召开防汛工作部署会。会上，副镇长丁海波通报了近期汛情。随后，镇长苏卫东指出，要压实责任。"
      "最后，镇党委书记钟明辉强调，要确保安全度汛。"], "2021-05-20",
     {("attendee", "丁海波"), ("attendee", "苏卫东"), ("attendee", "钟明辉")}),
    # 进行了动员讲话, 作了工作部署, 安排部署了…: an address given, a leader's instructions
    (["3月12日，临海市召开安全生产专项整治动员部署会。市委书记戴向东进行了动员讲话。市委副书记、市长包立新作了工作部署。"
      "副市长蒋雪芬安排部署了近期重点工作。"], "2021-03-13",
     {("attendee", "戴向东"), ("attendee", "包立新"), ("attendee", "蒋雪芬")}),
    # a speaker's saying in the paragraph after the meeting's, before the list of those present
    (["6日下午，诸暨市扫黑除恶专项斗争推进会召开。", "市委常委、政法委书记卢海青强调，要坚定信心，确保取得全面胜利。",
      "市领导方国良、汤晓红参加会议。"], "2020-11-09",
     {("attendee", "卢海青"), ("attendee", "方国良"), ("attendee", "汤晓红")}),
], ids=["inspection_team_leader", "relays_then_speaks", "speakers_in_turn", "addresses_and_instructions",
        "saying_in_the_next_paragraph"])
def test_speakers_at_the_meeting_just_named_attend(extractor, paragraphs, date, slots):
    ex = extractor(article_from_text("t", paragraphs, date=date))
    meeting = _only(ex, "Meeting")
    assert slots <= _slots(ex, meeting)


def test_a_visitors_saying_is_no_speech_at_a_meeting_named_before(extractor):
    """某镇召开…会议。…县委书记某某到某村调研。某某强调: the visitor speaks on the visit, not at the meeting."""
    ex = extractor(article_from_text("t", [
        "5月18日，城南镇召开防汛工作部署会。", "5月19日，县委书记钟明辉到城南镇白沙村调研。钟明辉强调，要确保安全度汛。"],
        date="2021-05-20"))
    meeting = _only(ex, "Meeting")
    assert not [v for r, v in _slots(ex, meeting) if v == "钟明辉"]


@pytest.mark.parametrize("lead", [
    "12月5日下午，白银市五届人大常委会第20次主任会议召开，决定市五届人大常委会第十二次会议12月28日召开。",
    "12月5日下午，白银市五届人大常委会第20次主任会议召开。会议决定，市五届人大常委会第十二次会议于12月28日召开。",
], ids=["decided_in_the_clause", "decided_in_the_clause_before"])
def test_a_meeting_decided_is_to_come_and_those_present_attend_the_one_held(extractor, lead):
    """主任会议召开，决定某会议12月28日召开 (reported on 12月8日). 市人大常委会主任甲…参加: they attend the 主任会议; the
    session decided is to come, on 12月28日 of the report's year, named without 决定, no attendee of its own."""
    ex = extractor(article_from_text("t", [lead + "市人大常委会主任杜立军，副主任魏文华、马春梅以及秘书长孙新平参加。"
                                           "会议研究了第十二次会议议程草案。"], date="2022-12-08"))
    meetings = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    (held,) = [e for e in meetings if e.label.endswith("主任会议")]
    assert held.attrs.get("date") == "2022-12-05"
    assert {v for r, v in _slots(ex, held) if r == "attendee"} == {"杜立军", "魏文华", "马春梅", "孙新平"}
    (planned,) = [e for e in meetings if e.label.endswith("第十二次会议")]
    assert planned.attrs.get("date") == "2022-12-28" and not planned.label.startswith("决定")
    assert not [r for r, v in _slots(ex, planned) if r == "attendee"]


def test_a_team_that_comes_to_check_visits_and_its_talk_is_held_where_it_visits(extractor):
    """省委第三督查组来某县督查…工作。督查组深入某镇某村…。随后召开座谈会: the team visits the county (督查, a visit's
    verb), and the talk it holds after is there, not in the province its body is of."""
    ex = extractor(article_from_text("t", [
        "6月5日至7日，省委第三督查组来潜山市督查巩固拓展脱贫攻坚成果工作。督查组深入源潭镇、黄铺镇，入户核查脱贫户收入情况。"
        "随后召开座谈会。"], date="2021-06-10"))
    visit, meeting = _only(ex, "Visit"), _only(ex, "Meeting")
    assert ("place", "潜山市") in _slots(ex, visit) and ("place", "潜山市") in _slots(ex, meeting)


def test_the_host_who_receives_those_who_came_is_no_visitor(extractor):
    """区委书记某某会见了来某区考察的某集团董事长某某一行: the guests visit the district, not the host."""
    ex = extractor(article_from_text("t", ["3月9日，区委书记王振东会见了来温江区考察的中国五冶集团董事长刘建华一行。"],
                                     date="2021-03-10"))
    visit = _only(ex, "Visit")
    assert ("agent", "刘建华") in _slots(ex, visit) and ("place", "温江区") in _slots(ex, visit)


def test_a_gathering_to_come_for_whose_sake_something_is_done_is_not_held_here(extractor):
    """为助力某市旅发大会在某县成功举办，…志愿服务活动在某县隆重启动。…出席启动仪式…启动仪式由…主持: the launch is the
    event its chair and guest attend; no 旅发大会 held. 出席全国两会期间…视频会议: no 全国两会 attended."""
    ex = extractor(article_from_text("t", [
        "为助力衢州市旅发大会在龙游县成功举办，3月5日上午，“岗位学雷锋”志愿服务活动在龙游县文化中心广场隆重启动！",
        "县委副书记周文杰出席启动仪式并致辞。", "启动仪式由县委常委、宣传部长徐丽娜主持。"], date="2019-03-05"))
    assert not [e for e in ex.entities.entities.values() if "旅发大会" in e.label]
    ex = extractor(article_from_text("t", ["3月1日下午，省政府召开全国两会期间重点工作部署视频会议。省长陈建华出席会议并讲话。"],
                                     title="陈建华出席全国两会期间重点工作部署视频会议", date="2024-03-02"))
    held = [e for e in ex.entities.entities.values() if e.type == "Meeting" and e.attrs.get("date")]
    assert [e.label for e in held] == ["全国两会期间重点工作部署视频会议"]
    assert not [e for e in ex.entities.entities.values() if e.label == "全国两会" and _slots(ex, e)]


@pytest.mark.parametrize("text, agent, place", [
    # 某某在某某的陪同下，前往某校，实地检查: the one escorted goes (a school numbered before its kind: 区第二实验小学)
    ("9月2日上午，太谷区人民政府副区长郭海平在区教育局局长冯志强的陪同下，前往区第二实验小学，实地检查秋季开学工作。",
     "郭海平", "太谷区"),
    # 在某某的带领下，部分县人大代表对我县重点项目进行集中视察: the leader visits, where his body is
    ("3月9日上午，在县委副书记曹明辉的带领下，部分怀宁县人大代表对我县重点项目进行集中视察。", "曹明辉", "怀宁县"),
    # 某某一行在旗长某某陪同下到某旗某镇调研: the one escorted visits, not the escort
    ("6月12日，天津市河西区委副书记、区长陈立新一行在旗委副书记、旗长王志刚陪同下到克什克腾旗经棚镇调研东西部协作项目。",
     "陈立新", "克什克腾旗"),
    # 在市领导甲、乙、丙的带领下，走访了某区政府: the first named leads, to the body called on
    ("25日上午，龙岩市代表团在市领导黄晓炎、黄福清、张琼珊的带领下，走访了徐汇区政府，并与徐汇区政府领导进行座谈。",
     "黄晓炎", "徐汇区"),
], ids=["escorted_then_goes", "under_leadership", "escorted_in_the_clause", "leaders_listed_call_on_a_body"])
def test_visits_told_around_the_visitor(extractor, text, agent, place):
    ex = extractor(article_from_text("t", [text], date="2024-09-03"))
    visit = _only(ex, "Visit")
    assert {("agent", agent), ("place", place)} <= _slots(ex, visit)


def test_a_body_sending_its_deputies_to_look_at_its_own_projects_visits_its_own_area(extractor):
    """某县人大常委会组织部分县人大代表视察2022年全县民生实事项目: no place after the verb (a year, the whole county's
    projects): the body's own county."""
    ex = extractor(article_from_text("t", ["12月3日，凤台县人大常委会组织部分县人大代表视察2022年全县民生实事项目。"],
                                     date="2022-12-06"))
    visit = _only(ex, "Visit")
    assert {("organizer", "凤台县人大常委会"), ("place", "凤台县")} <= _slots(ex, visit)


def test_a_meeting_name_runs_across_no_titles_brackets(extractor):
    """学习传达了《…召开会议 研究部署…》、《…交流会上的讲话要点》: titles, no meeting named across them (the meeting held keeps
    its speakers); 《民法典》宣讲会 is a name."""
    ex = extractor(article_from_text("t", [
        "7月23日下午，街道党工委书记武学德主持召开中心组第七次学习会议。",
        "会议学习传达了《中共中央政治局常务委员会召开会议 研究部署防汛救灾工作》、《某某同志在全市工作交流会上的讲话要点》等文件精神。"
        "随后，街道人大工委主任王平进行了研讨发言。"], date="2020-07-24"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == ["中心组第七次学习会议"]
    ex = extractor(article_from_text("t", ["3月9日，县司法局举办《民法典》宣讲会。"], date="2021-03-10"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == ["《民法典》宣讲会"]


def test_a_city_leaders_checking_tour_of_a_district_is_in_that_district(extractor):
    """市委常委、副市长某某率…督查森林防火工作 (no place: the city's, a guess; the city only in the site's address, no entity
    of the article's). 某某一行先后来到…某区某乡政府…: the stops are in a district of the city, which the visit is in."""
    ex = extractor(article_from_text("t", [
        "4月4日，市委常委、副市长周学龙率市林业部门负责同志督查森林防火工作。",
        "周学龙一行先后来到105国道城南段绿色长廊、金安区东桥镇政府、金安区国有林场，现场检查火灾防控部署。"],
        title="市委常委、副市长周学龙督查森林防火工作", date="2019-04-05", url="http://wxrb.luaninfo.com/p/1.html"))
    visit = _only(ex, "Visit")
    assert ("place", "金安区") in _slots(ex, visit)


def test_bodies_whose_unnamed_officials_go_with_the_visitor_attend_the_visit(extractor):
    """州林业局、来凤县委、县林业局、某镇相关负责同志陪同: each body goes with the visitor (its officials unnamed)."""
    ex = extractor(article_from_text("t", [
        "4月12日，省林业局副局长王建波到咸丰县调研油茶产业发展工作。州林业局、咸丰县委、县林业局相关负责同志陪同。"],
        date="2023-04-13"))
    visit = _only(ex, "Visit")
    assert {("attendee", "咸丰县委"), ("attendee", "咸丰县林业局")} <= _slots(ex, visit)


def test_a_visit_to_the_villages_of_a_liaison_point_is_in_their_county(extractor):
    """深入党支部联系点某区某镇某村和某村，就…进行调研: the visit is in the district the chain names (not the visitor's city)."""
    ex = extractor(article_from_text("t", [
        "9月6日，吉林市政协主席程立新深入党支部联系点丰满区旺起镇夹皮沟村和东升村，就发展村集体经济进行调研。"], date="2022-09-08"))
    visit = _only(ex, "Visit")
    assert ("place", "丰满区") in _slots(ex, visit)


def test_what_the_meeting_at_hand_does_towards_another_names_no_meeting_held(extractor):
    """会议同时对街道第二届议事会第二次会议表决通过的…进行了报告: the second session is one referred to (held before), not held
    that day; 对该乡大会的胜利召开表示祝贺: the congress at hand, no meeting 县人大对该乡大会."""
    ex = extractor(article_from_text("t", [
        "3月1日上午，龙门街道召开第二届民主议事会第三次会议。会议同时对街道第二届议事会第二次会议表决通过的八项民生实事项目进展情况"
        "进行了报告。县领导孙德平代表县委、县人大对该街道议事会的胜利召开表示祝贺。"], date="2019-03-02"))
    held = [e.label for e in ex.entities.entities.values() if e.type == "Meeting" and e.attrs.get("date")]
    assert held == ["第二届民主议事会第三次会议"]
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting" and "对" in e.label]


def test_a_sessions_plenary_sitting_is_named_with_the_session_and_a_term_is_no_meeting(extractor):
    """市十五届人大常委会第二十次会议举行第一次全体会议: the sitting named with its session; …第十五届人民代表大会个别代表的代表
    资格: the assembly of a term, no meeting."""
    ex = extractor(article_from_text("t", [
        "昨日，市十五届人大常委会第二十次会议举行第一次全体会议。市人大常委会主任赵文明主持会议。"
        "会议听取了关于德阳市第十五届人民代表大会个别代表的代表资格的审查报告。"], date="2019-11-15"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == [
        "市十五届人大常委会第二十次会议第一次全体会议"]


def test_a_ceremony_held_in_the_clause_going_on_is_dated_and_held_by_the_clause_befores_subject(extractor):
    """4月8日上午，我县通过视频方式参加全市…活动，并隆重举行某县…开工仪式 (headline names it undated): one ceremony, that day."""
    ex = extractor(article_from_text("t", [
        "4月8日上午，我县通过视频方式参加全市2024年二季度重点项目集中开工活动，并隆重举行平利县2024年二季度重点项目集中开工仪式。"
        "县委书记赵明远宣布开工。"], title="平利县举行2024年二季度重点项目集中开工仪式", date="2024-04-09"))
    (ceremony,) = [e for e in ex.entities.entities.values() if e.label.endswith("开工仪式")]
    assert ceremony.attrs.get("date") == "2024-04-08"


def test_a_guest_calling_on_a_host_is_a_meeting_the_host_chairs_and_a_visit_of_the_guest(extractor):
    """某集团董事长甲一行拜会某市委书记乙，…。某市市长丙参加会见: a meeting the host chairs (his body holds it, where he
    is), the guest and the host's colleagues attend; the guest visits the host's city."""
    ex = extractor(article_from_text("t", [
        "6月8日，川南建工集团党委书记、董事长周启明一行拜会宜宾市委书记刘明远，双方围绕深化政企合作举行会谈。"
        "宜宾市委副书记、市长郑文涛参加会见。"], date="2023-06-10"))
    meeting, visit = _only(ex, "Meeting"), _only(ex, "Visit")
    assert {("chair", "刘明远"), ("attendee", "周启明"), ("attendee", "郑文涛"), ("place", "宜宾市")} <= _slots(ex, meeting)
    assert {("agent", "周启明"), ("place", "宜宾市")} <= _slots(ex, visit)


def test_both_sides_talk_on_the_visit_or_after_the_signing_told_before(extractor):
    """某院检察长一行莅临某区人民检察院交流座谈。…双方在五楼会议室进行了座谈: a talk on the visit, there, the visitor at it;
    …签约仪式在某县举行。…座谈会上，双方就…进行了交流: the signing's talk, where the signing was."""
    ex = extractor(article_from_text("t", [
        "5月11日上午，延边朝鲜族自治州人民检察院党组书记、检察长韩立峰一行莅临萧山区人民检察院交流座谈。"
        "萧山区人民检察院检察长苏明杰陪同。双方在五楼会议室进行了座谈。"], date="2023-05-12"))
    talk = _only(ex, "Meeting")
    assert {("attendee", "韩立峰"), ("place", "萧山区")} <= _slots(ex, talk)
    ex = extractor(article_from_text("t", [
        "11月8日，湖州师范学院与德清县人民政府战略合作签约仪式在德清县举行。德清县委书记方立群出席。"
        "座谈会上，双方就人才培养等进行了交流。"], date="2023-11-10"))
    talk = next(e for e in ex.entities.entities.values() if e.type == "Meeting")
    assert ("place", "德清县") in _slots(ex, talk) and talk.attrs.get("date") == "2023-11-08"


def test_named_attendees_before_unnamed_leaders_still_attend(extractor):
    """副主任甲、副主席乙，县安委会成员单位主要领导、分管领导，各乡镇行政主要领导等参加会议: 甲 and 乙 attend (the list runs
    on through unnamed leaders to the verb)."""
    ex = extractor(article_from_text("t", [
        "11月26日，富源县召开安全生产委员会全体会议。副县长刘丽萍主持会议。县人大常委会副主任王德明、县政协副主席李春燕，"
        "县安委会成员单位主要领导、分管领导，各乡（镇、街道）行政主要领导等参加会议。"], date="2019-11-29"))
    meeting = _only(ex, "Meeting")
    assert {("attendee", "王德明"), ("attendee", "李春燕")} <= _slots(ex, meeting)


def test_a_signing_with_a_government_after_a_company_is_where_the_government_is(extractor):
    """某公司与某区人民政府举行…签约仪式 (the company from elsewhere, placed nowhere): held in the district, the party that
    hosts; 对该乡大会的胜利召开表示祝贺 still names no meeting, 应对…领导小组会议 is one whole."""
    ex = extractor(article_from_text("t", [
        "10月27日，中建七局投资有限公司与睢阳区人民政府举行战略合作框架协议签约仪式。"], date="2021-10-28"))
    signing = next(e for e in ex.entities.entities.values() if e.type == "Event")
    assert ("place", "睢阳区") in _slots(ex, signing)
    ex = extractor(article_from_text("t", [
        "5月18日，省委召开常委会会议，传达学习中央应对新冠肺炎疫情工作领导小组会议精神。"], date="2020-05-19"))
    assert "中央应对新冠肺炎疫情工作领导小组会议" in {e.label for e in ex.entities.entities.values() if e.type == "Meeting"}


def test_who_greets_those_at_a_meeting_and_addresses_it_attends_it(extractor):
    """某某看望与会同志并作讲话: an attendee of the meeting told, no visit."""
    ex = extractor(article_from_text("t", ["11月19日，省委组织部召开全省组织系统信息工作会议。省委常委、组织部部长赵文博看望与会同志"
                                           "并作讲话。省委组织部副部长钱立新主持会议。"], date="2020-11-20"))
    meeting = _only(ex, "Meeting")
    assert ("attendee", "赵文博") in _slots(ex, meeting)
    assert not [e for e in ex.entities.entities.values() if e.type == "Visit"]


def test_hosts_greeting_a_visiting_team_make_no_visit_and_the_headlines_short_team_is_the_leads(extractor):
    """省防汛检查组到某市检查 (headline) | 省防汛抗旱指挥部检查组到某市检查…。市委书记某某到驻地看望检查组: one visit, the
    team's (named shorter in the headline); the hosts greeting it visit nowhere."""
    ex = extractor(article_from_text("t", [
        "7月8日至9日，省防汛抗旱指挥部检查组到常德市检查防汛工作。市委书记彭建军、市长邓兴华到驻地看望检查组。"
        "副市长刘海涛陪同检查。"], title="省防汛检查组到常德市检查防汛工作", date="2023-07-10"))
    visit = _only(ex, "Visit")
    assert ("agent", "湖南省防汛抗旱指挥部检查组") in _slots(ex, visit)


def test_the_reporters_source_is_no_speaker_at_the_meeting(extractor):
    """据县水利局局长某某介绍: whom the reporter heard it from, not a speaker at the meeting told before."""
    ex = extractor(article_from_text("t", ["28日上午，县政府召开防汛工作会议。据县水利局局长王强介绍，今年以来降雨偏多。"],
                                     date="2023-07-29"))
    meeting = _only(ex, "Meeting")
    assert not [r for r, v in _slots(ex, meeting) if v == "王强"]


def test_a_day_after_a_date_still_to_come_is_of_the_reports_month(extractor):
    """条例自2023年9月1日起施行。28日上午…举行新闻发布会 (reported on 7月29日): 7月28日, not 9月28日."""
    ex = extractor(article_from_text("t", ["条例自2023年9月1日起施行。28日上午，山东省人民政府新闻办公室举行新闻发布会。"],
                                     date="2023-07-29"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2023-07-28"


def test_a_wire_datelines_outlet_and_place_issue_nothing(extractor):
    """新华社长沙2月25日电（记者 某某）某省政府办公厅日前印发《…》: the office issues it, by the day the report was
    filed (日前); not 新华社, not 长沙."""
    ex = extractor(article_from_text("t", [
        "新华社长沙2月25日电（记者 周书文）湖南省人民政府办公厅日前印发《关于加快建设全国先进制造业高地的实施方案》。"],
        title="湖南印发方案", date="2021-02-26"))
    issuance = _only(ex, "DocumentIssuance")
    assert [v for r, v in _slots(ex, issuance) if r == "organizer"] == ["湖南省人民政府办公厅"]
    assert issuance.attrs.get("dateBefore") == "2021-02-25" and "date" not in issuance.attrs


def test_a_document_released_at_a_press_conference_is_issued_there(extractor):
    """某新闻办举行新闻发布会，正式发布《…》: issued at the conference, on its day; the headline's short title
    (《某省数字政府建设白皮书》发布) is the same issuance."""
    ex = extractor(article_from_text("t", [
        "11月19日，广东省人民政府新闻办公室举行新闻发布会，正式发布《广东省数字政府改革建设白皮书（2020年）》。"],
        title="《广东省数字政府建设白皮书》发布", date="2020-11-20"))
    issuance = _only(ex, "DocumentIssuance")
    assert issuance.attrs.get("date") == "2020-11-19"
    assert ("organizer", "广东省人民政府新闻办公室") in _slots(ex, issuance)


@pytest.mark.parametrize("text,organizer,date", [
    ("据介绍，《洛阳市国家历史文化名城保护条例》于2023年8月29日经洛阳市第十六届人大常委会第十四次会议审议通过。",
     "洛阳市人大常委会", "2023-08-29"),
    ("《甘肃省“十四五”生态环境保护规划》由甘肃省政府办公厅于2021年12月30日印发。", "甘肃省政府办公厅", "2021-12-30"),
])
def test_a_document_issued_through_or_by_a_body_written_after_it(extractor, text, organizer, date):
    """《某条例》于某日经某会议审议通过, 《某规划》由某厅于某日印发: issued by the body after 经/由, on the day; the
    meeting it went through is named from 经 on (not from the title)."""
    ex = extractor(article_from_text("t", [text], date="2023-12-05"))
    issuance = _only(ex, "DocumentIssuance")
    assert ("organizer", organizer) in _slots(ex, issuance) and issuance.attrs.get("date") == date
    assert all(not e.label.startswith("《") for e in ex.entities.entities.values() if e.type == "Meeting")


@pytest.mark.parametrize("text,label,organizer,date", [
    ("7日12时，江西省防汛抗旱指挥部启动防汛Ⅳ级应急响应。", "启动防汛Ⅳ级应急响应", "江西省防汛抗旱指挥部", "2020-06-07"),
    ("江西省防汛抗旱指挥部决定，于7日12时启动防汛Ⅳ级应急响应。", "启动防汛Ⅳ级应急响应", "江西省防汛抗旱指挥部", "2020-06-07"),
    ("温州市防汛防台抗旱指挥部于3日9时将防台风应急响应提升至Ⅰ级。", "防台风应急响应提升至Ⅰ级", "温州市防汛防台抗旱指挥部",
     "2020-06-03"),
])
def test_an_emergency_response_started_or_raised_is_a_milestone_of_the_day(extractor, text, label, organizer, date):
    """某指挥部7日12时启动防汛Ⅳ级应急响应, …将应急响应提升至Ⅰ级: the body's milestone on that day (the hour no part of
    its name); 各地要及时启动应急响应 (to be done) none."""
    ex = extractor(article_from_text("t", [text], date="2020-06-08"))
    ms = _only(ex, "Milestone")
    assert ms.label == label and ms.attrs.get("date") == date and ("organizer", organizer) in _slots(ex, ms)
    ex = extractor(article_from_text("t", ["会议要求，各地要及时启动应急响应。"], date="2020-06-08"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Milestone"]


def test_a_drill_held_is_an_event(extractor):
    """由某县人民政府主办的2019年防震减灾综合应急演练在某镇中心学校举行: an event held (as a festival is), with its
    organiser, chair and place."""
    ex = extractor(article_from_text("t", [
        "5月12日上午，由汶川县人民政府主办的2019年防震减灾综合应急演练在映秀镇中心学校举行。副县长杨春林主持演练活动。"],
        title="汶川县举行防震减灾综合应急演练", date="2019-05-13"))
    drill = _only(ex, "Event")
    assert drill.label == "2019年防震减灾综合应急演练" and drill.attrs.get("date") == "2019-05-12"
    assert {("organizer", "汶川县人民政府"), ("chair", "杨春林")} <= _slots(ex, drill)


def test_the_same_day_is_the_day_the_text_gave_after_the_event_before(extractor):
    """湖北省防汛抗旱指挥部7月8日召开…会。…江西 7月9日，某湖水位…。某某当天赴某县检查: 当天 is 7月9日, the day
    said after the event before, not that event's day."""
    ex = extractor(article_from_text("t", [
        "湖北省防汛抗旱指挥部7月8日召开防汛会商会。",
        "7月9日，鄱阳湖星子站水位达到21.15米。江西省委书记吴建新当天赴九江市都昌县检查防汛工作。"], date="2020-07-10"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2020-07-09"


def test_who_led_a_project_chairs_no_meeting(extractor):
    """某某主持完成的项目获一等奖: the project's lead, no chair of the award ceremony."""
    ex = extractor(article_from_text("t", [
        "6月2日，吉林省科学技术奖励大会在长春召开，副省长安立佳主持大会。吉林大学教授王国强主持完成的项目获一等奖。"],
        date="2020-06-03"))
    meeting = _only(ex, "Meeting")
    assert [v for r, v in _slots(ex, meeting) if r == "chair"] == ["安立佳"]


def test_a_meeting_is_held_where_its_chair_is_said_to_chair_it(extractor):
    """省防汛抗旱指挥部召开防汛会商调度会，副省长某某在南昌主持会议: held in 南昌 (inside the province the organiser's
    area gave); a place the meeting was said to be held in stays."""
    ex = extractor(article_from_text("t", ["7日下午，江西省防汛抗旱指挥部召开防汛会商调度会，副省长陈国华在南昌主持会议并讲话。"],
                                     date="2020-06-08"))
    meeting = _only(ex, "Meeting")
    assert {("place", "南昌市"), ("chair", "陈国华")} <= _slots(ex, meeting)
    ex = extractor(article_from_text("t", ["7日下午，江西省防汛抗旱指挥部在九江召开防汛会商调度会，副省长陈国华在南昌主持会议。"],
                                     date="2020-06-08"))
    meeting = _only(ex, "Meeting")
    assert ("place", "九江市") in _slots(ex, meeting)


@pytest.mark.parametrize("text", [
    "9月18日，丽水市市长吴剑锋参加了松阳县“共富工坊”建设推进会，会议由县长潘立新主持。",
    "9月18日，丽水市市长吴剑锋出席了松阳县“共富工坊”建设推进会，会议由县长潘立新主持。",
])
def test_a_meeting_attended_with_a_particle_is_held_that_day(extractor, text):
    """某某参加了某县某推进会: held that day with the person at it (了 after the verb had lost date and persons)."""
    ex = extractor(article_from_text("t", [text], date="2023-09-20"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2023-09-18" and ("attendee", "吴剑锋") in _slots(ex, meeting)


def test_meetings_held_alike_by_several_places_are_one_each_with_their_own_persons(extractor):
    """甲市、乙市等分别召开…会议。甲市委书记某某主持…。乙市委书记某某作动员讲话，市长某某主持: a meeting of each city, each
    with the persons of its own (by their posts; one without a post of either, with those named before it)."""
    ex = extractor(article_from_text("t", [
        "9月6日，石家庄、唐山等市分别召开主题教育动员部署会议。石家庄市委书记马永强主持会议并讲话，"
        "省委第五巡回指导组组长刘建新到会指导。唐山市委书记武文明作动员讲话，市长田志远主持会议。"], date="2023-09-07"))
    meetings = {next(v for r, v in _slots(ex, e) if r == "organizer"): _slots(ex, e)
                for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert set(meetings) == {"石家庄市", "唐山市"}
    assert {("chair", "马永强"), ("attendee", "刘建新"), ("place", "石家庄市")} <= meetings["石家庄市"]
    assert {("chair", "田志远"), ("attendee", "武文明"), ("place", "唐山市")} <= meetings["唐山市"]
    assert ("chair", "马永强") not in meetings["唐山市"]


def test_a_meeting_a_visitor_attends_on_the_tour_is_on_the_tours_day(extractor):
    """9月18日，市长某某到某县调研。…在某乡，某某参加了某推进会: the meeting is on the tour's day."""
    ex = extractor(article_from_text("t", [
        "9月18日，丽水市市长吴剑锋到松阳县调研强村富民工作。",
        "在樟溪乡，吴剑锋参加了松阳县“共富工坊”建设推进会，听取工作汇报。"], date="2023-09-20"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2023-09-18" and ("attendee", "吴剑锋") in _slots(ex, meeting)


def test_a_meeting_attended_at_its_main_venue_is_held_there(extractor):
    """某区召开…动员大会。…会议以电视电话会议形式开到县。某某在银川主会场出席会议: held in 银川."""
    ex = extractor(article_from_text("t", [
        "15日，宁夏回族自治区召开党史学习教育动员大会，自治区主席马志勇主持会议。",
        "会议以电视电话会议形式开到县（市、区）。自治区党委副书记韩立军在银川主会场出席会议。"], date="2021-03-16"))
    meeting = next(e for e in ex.entities.entities.values() if e.type == "Meeting")
    assert ("place", "银川市") in _slots(ex, meeting)


def test_a_companion_who_leads_a_visit_of_his_own_visits_apart(extractor):
    """甲带队来到长沙…。乙参加慰问。同日，乙还带队来到某区: 乙's visit is his own, not a stop of 甲's (甲 never went
    there)."""
    ex = extractor(article_from_text("t", [
        "1月15日，省总工会党组书记彭国华带队来到长沙，走访慰问困难职工。省总工会副主席陈志军参加慰问。"
        "同日，陈志军还带队来到湘潭市岳塘区，走访慰问了困难职工。"], title="省总工会开展新春走访慰问活动", date="2020-01-16"))
    visits = {next(v for r, v in _slots(ex, e) if r == "agent"): _slots(ex, e)
              for e in ex.entities.entities.values() if e.type == "Visit"}
    assert ("place", "岳塘区") in visits["陈志军"] and ("place", "岳塘区") not in visits["彭国华"]
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("彭国华", "岳塘区") not in {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "visited"}


def test_the_names_of_a_bare_list_chair_together_and_the_rostrum_attends(extractor):
    """大会执行主席甲、乙、丙主持会议: all three chair; 市委书记某某在主席台就座: attends (市委书记甲、市长乙主持: the last)."""
    ex = extractor(article_from_text("t", [
        "2月15日上午，绵阳市第十六届人民代表大会第三次会议举行第三次全体会议。大会执行主席吴国华、何明、张丽主持会议。"
        "市委书记曹立军在主席台就座。"], date="2023-02-16"))
    meeting = _only(ex, "Meeting")
    slots = _slots(ex, meeting)
    assert {("chair", "吴国华"), ("chair", "何明"), ("chair", "张丽"), ("attendee", "曹立军")} <= slots


@pytest.mark.parametrize("lead,name,place,attendee", [
    ("8月1日上午，第二十九届青岛国际啤酒节在青岛市体育中心开幕。青岛市委书记王明出席开幕式并宣布开幕。",
     "第二十九届青岛国际啤酒节", "青岛市体育中心", "王明"),
    ("8月9日上午，“百年风华”书画展在南京博物院开幕。江苏省文化和旅游厅厅长周平出席开幕式。",
     "“百年风华”书画展", "南京博物院", "周平"),
    ("3月5日，第三届宁德桃花节在蕉城区开幕。宁德市副市长张华出席开幕式。", "第三届宁德桃花节", "蕉城区", "张华"),
])
def test_a_recurring_events_name_with_its_edition_is_an_event_held(extractor, lead, name, place, attendee):
    """第二十九届…啤酒节, “…”书画展: whatever the festival celebrates, its edition (or its quoted title) says it is
    an event held; the opening's guests attend it."""
    ex = extractor(article_from_text("t", [lead], date="2019-08-20"))
    event = _only(ex, "Event")
    assert event.label == name
    assert {("place", place), ("attendee", attendee)} <= _slots(ex, event)


def test_no_event_of_a_festival_or_a_council_without_an_edition(extractor):
    """春节, 环节: no event; 第三届理事会 (a body) 召开: no festival either."""
    ex = extractor(article_from_text("t", ["春节期间，全市开展了环节检查。第三届理事会在市会展中心召开。"], date="2019-08-20"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Event"]


def test_an_opening_joined_to_its_show_is_the_openings_event(extractor):
    """某运动会开幕式暨文艺演出在Y举行: the opening, in Y, with its chair and guests (the show is no event of its own)."""
    ex = extractor(article_from_text("t", [
        "11月5日晚，湖北省第十六届运动会开幕式暨文艺演出在荆州市体育中心举行。省委书记王蒙徽宣布运动会开幕。"
        "荆州市委书记吴锦主持开幕式。"], date="2022-11-06"))
    event = _only(ex, "Event")
    assert event.label == "湖北省第十六届运动会开幕式" and event.attrs.get("date") == "2022-11-05"
    assert {("place", "荆州市体育中心"), ("chair", "吴锦"), ("attendee", "王蒙徽")} <= _slots(ex, event)


def test_a_meeting_to_push_work_on_is_a_meeting_and_its_chair_a_director_named_after_his_office(extractor):
    """某某工作推动会 (as 推进会); 市合作交流办主任何向东: jieba's 办主 | 任何 | 向东 is the office, 主任 and the name."""
    ex = extractor(article_from_text("t", [
        "昨日，天津市消费扶贫工作推动会在天津召开。天津市委常委、副市长李红军出席会议并讲话，市合作交流办主任何向东主持会议。"],
        date="2020-12-08"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "天津市消费扶贫工作推动会" and meeting.attrs.get("date") == "2020-12-07"
    assert {("chair", "何向东"), ("attendee", "李红军")} <= _slots(ex, meeting)


@pytest.mark.parametrize("lead,agent,place", [
    ("6月28日上午，副市长王刚一行参观了周口市博物馆，详细了解文物保护情况。", "王刚", "周口市博物馆"),
    ("6月28日上午，市长李明考察了川汇区周口港。", "李明", "川汇区"),
])
def test_a_visit_told_with_the_aspect_marker_before_its_places(extractor, lead, agent, place):
    """参观了某博物馆, 考察了某区…: the marker 了 between the verb and the places."""
    ex = extractor(article_from_text("t", [lead], title="周口市新闻", date="2020-06-30"))
    visit = _only(ex, "Visit")
    assert {("agent", agent), ("place", place)} <= _slots(ex, visit) and visit.attrs.get("date") == "2020-06-28"


def test_those_listed_before_unnamed_items_of_a_closing_line_attend(extractor):
    """甲出席并讲话，县关工委主任乙、副主任丙，各乡镇关工委主任，县直有关单位负责人参加会议: 乙 and 丙 attend too."""
    ex = extractor(article_from_text("t", [
        "5月25日，县关工委召开工作会议。县委副书记李明出席并讲话，县关工委主任程晓燕、副主任方志强，各乡镇关工委主任，"
        "县直有关单位负责人参加会议。"], title="湄潭县关工委召开会议", date="2021-05-26"))
    meeting = _only(ex, "Meeting")
    assert {("attendee", "李明"), ("attendee", "程晓燕"), ("attendee", "方志强")} <= _slots(ex, meeting)


def test_a_talk_convened_and_chaired_after_a_visit_is_chaired_by_the_visitor(extractor):
    """某某到某区调研，并主持召开座谈会: the visitor chairs the talk."""
    ex = extractor(article_from_text("t", ["25日，市委书记周海涛到新吴区调研，并主持召开座谈会。"], title="无锡新闻",
                                     date="2023-05-26"))
    meeting = _only(ex, "Meeting")
    assert ("chair", "周海涛") in _slots(ex, meeting) and meeting.attrs.get("date") == "2023-05-25"


@pytest.mark.parametrize("paragraphs,attendees", [
    (["23日，金寨县关工委2016年度工作会议在县委党校召开。县委副书记刘家宝出席会议并讲话，县关工委常务副主任汪德胜作2015年度工作报告。"],
     {"刘家宝", "汪德胜"}),
    (["28日，军地座谈会在漳州市行政服务中心召开。市委书记陈耀东出席会议并讲话。",
      "座谈会上，漳州军分区司令员王新华、武警漳州支队支队长郭建设分别发言。"], {"陈耀东", "王新华", "郭建设"}),
])
def test_speakers_in_turn_or_reporting_on_a_year_attend(extractor, paragraphs, attendees):
    """某某作2015年度工作报告 (the year the report is of), 甲、乙分别发言 (each in turn): they speak at the meeting."""
    ex = extractor(article_from_text("t", paragraphs, date="2016-03-24"))
    meeting = _only(ex, "Meeting")
    assert {p for r, p in _slots(ex, meeting) if r == "attendee"} == attendees


def test_the_day_of_an_event_whose_name_opens_with_its_year_after_the_same_day(extractor):
    """4月28日，…表彰大会举行。当天下午，2020年某市劳模座谈会…举行: the 28th (the year is the name's)."""
    ex = extractor(article_from_text("t", ["4月28日，宁波市劳模表彰大会举行。当天下午，2020年宁波市劳模座谈会在宁波国际会议中心举行。"],
                                     date="2020-04-29"))
    dates = {e.label: e.attrs.get("date") for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert dates == {"宁波市劳模表彰大会": "2020-04-28", "宁波市劳模座谈会": "2020-04-28"}


def test_a_leader_then_a_comma_then_the_move_is_the_leaders_visit(extractor):
    """某某带队，到某医院开展专项监督检查: the comma after 带队 keeps the leader the visitor."""
    ex = extractor(article_from_text("t", ["3月23日，江门市纪委书记黄志坚带队，到江门市中心医院开展专项监督检查。"],
                                     date="2022-03-25"))
    visit = _only(ex, "Visit")
    assert ("agent", "黄志坚") in _slots(ex, visit) and visit.attrs.get("date") == "2022-03-23"


def test_a_call_told_with_the_aspect_marker_is_where_its_places_are(extractor):
    """县委书记某某走访慰问了某镇某村的困难党员: the village (not the visitor's county)."""
    ex = extractor(article_from_text("t", ["15日，县委书记刘明走访慰问了小桥镇金凤村的困难党员和低保户。"],
                                     title="营山县领导走访慰问困难群众", date="2022-05-16"))
    assert ("place", "金凤村") in _slots(ex, _only(ex, "Visit"))


def test_one_who_joins_right_after_a_visit_goes_with_it(extractor):
    """某某到某区巡河。秘书长某某参加。: he goes with the visit (after a meeting he attends it, as before)."""
    ex = extractor(article_from_text("t", ["4月18日上午，南昌市委书记张立群到青山湖区巡河。秘书长何志远参加。"], date="2022-04-19"))
    assert ("attendee", "何志远") in _slots(ex, _only(ex, "Visit"))
    ex = extractor(article_from_text("t", ["4月18日上午，南昌市委召开常委会会议。秘书长何志远参加。"], date="2022-04-19"))
    assert ("attendee", "何志远") in _slots(ex, _only(ex, "Meeting"))


def test_a_meeting_convened_after_the_place_its_sentence_opens_with_is_held_there(extractor):
    """在某县法院，某某主持召开座谈会: held in the county (not the province of the chair's court)."""
    ex = extractor(article_from_text("t", ["7月12日，在渭源县法院，甘肃省高级人民法院院长马世杰主持召开座谈会。"], date="2016-07-14"))
    assert ("place", "渭源县") in _slots(ex, _only(ex, "Meeting"))


def test_one_reporting_on_behalf_of_a_body_attends(extractor):
    """某某代表市纪委常委会作工作报告: 代表 is the verb (not a title glued to the name); he attends the plenary."""
    ex = extractor(article_from_text("t", ["1月19日，中共南充市纪委五届八次全会召开。市委书记王强出席会议并讲话。"
                                           "市纪委书记李华代表市纪委常委会作工作报告。"], date="2022-01-20"))
    assert {("attendee", "李华"), ("attendee", "王强")} <= _slots(ex, _only(ex, "Meeting"))


def test_a_meeting_named_whole_in_quotes(extractor):
    """“宜宾（深圳）投资推介会”在深圳福田举行: the meeting (it had been an initiative), its chair the one who chairs 推介会."""
    ex = extractor(article_from_text("t", ["10日下午，“宜宾（深圳）投资推介会”在深圳福田举行。宜宾市委常委、副市长张明远主持推介会。"],
                                     date="2023-04-12"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "宜宾（深圳）投资推介会" and meeting.attrs.get("date") == "2023-04-10"
    assert ("chair", "张明远") in _slots(ex, meeting)
    assert not [e for e in ex.entities.entities.values() if e.type == "Event"]


def test_the_headlines_group_visit_is_the_one_its_leader_makes_in_the_lead(extractor):
    """某局调研组来我市调研 | 副局长某某率调研组来某市调研…: one visit, dated by the lead, the group attending."""
    ex = extractor(article_from_text("t", ["本报讯 7月14日，国家能源局副局长李立群率调研组来鄂尔多斯市调研煤炭去产能工作。"],
                                     title="国家能源局调研组来我市调研", date="2016-07-15"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2016-07-14"
    assert {("agent", "李立群"), ("place", "鄂尔多斯市")} <= _slots(ex, visit)


def test_a_talk_held_next_as_the_setting_of_what_is_said_is_held_where_the_visit_is(extractor):
    """在随后召开的座谈会上，某某介绍…: a meeting on the visit's day and where the visit is, the speaker attending."""
    ex = extractor(article_from_text("t", ["6月12日，宁波市鄞州区区长查永军率代表团来湄潭县考察。"
                                           "在随后召开的座谈会上，湄潭县委书记李海涛介绍了湄潭县经济社会发展情况。"],
                                     date="2019-06-13"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2019-06-12"
    assert {("place", "湄潭县"), ("attendee", "李海涛")} <= _slots(ex, meeting)


def test_a_meeting_of_a_kind_a_place_holds_is_named_with_the_place(extractor):
    """某县召开座谈会: the county's meeting (a bare 会议 of a place's says too little: no event)."""
    ex = extractor(article_from_text("t", ["6月12日，湄潭县召开座谈会，听取企业意见。"], date="2019-06-13"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "湄潭县座谈会" and ("organizer", "湄潭县") in _slots(ex, meeting)
    ex = extractor(article_from_text("t", ["6月12日，湄潭县召开会议，听取企业意见。"], date="2019-06-13"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting"]


def test_townships_toured_after_the_visit_to_their_county_are_its_stops(extractor):
    """某某深入某旗调研。某某先后深入甲镇、乙镇: one visit to the banner, every township visited (a list that is the
    visit's own, 到甲镇、乙镇调研, is a visit to each: the dev gold's convention)."""
    ex = extractor(article_from_text("t", ["6月13日，盟委书记万宏伟深入阿巴嘎旗调研。万宏伟先后深入别力古台镇、洪格尔高勒镇。"],
                                     date="2017-06-16"))
    assert ("place", "阿巴嘎旗") in _slots(ex, _only(ex, "Visit"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    visited = {labels.get(f.tail) for f in ex.facts if f.relation == "visited" and labels.get(f.head) == "万宏伟"}
    assert {"别力古台镇", "洪格尔高勒镇"} <= visited
    ex = extractor(article_from_text("t", ["6月13日，阿巴嘎旗委书记万宏伟到别力古台镇、洪格尔高勒镇调研。"], date="2017-06-16"))
    assert len([e for e in ex.entities.entities.values() if e.type == "Visit"]) == 2


def test_posts_of_a_body_named_short_in_a_list_of_attendees(extractor):
    """旗委常委、纪委书记、监委主任某某，旗委常委某某出席会议: both attend (监委, a short form no mention covers)."""
    ex = extractor(article_from_text("t", ["4月8日，旗委书记王强主持召开旗委常委会会议。"
                                           "旗委常委、纪委书记、监委主任那日苏，旗委常委张晓燕出席会议。"],
                                     title="旗委常委会会议召开", date="2020-05-12"))
    assert {("attendee", "那日苏"), ("attendee", "张晓燕")} <= _slots(ex, _only(ex, "Meeting"))


def test_a_list_of_names_going_on_after_a_comma_attends(extractor):
    """副市长甲、乙、丙，秘书长丁等出席会议: every name (乙, 丙 read as names only so) attends."""
    ex = extractor(article_from_text("t", ["3月15日，市长王强主持召开市政府常务会议。"
                                           "副市长由国强、安慧、和振宇，市政府秘书长张明等出席会议。"],
                                     title="市政府召开常务会议", date="2020-05-12"))
    assert {("attendee", n) for n in ("由国强", "安慧", "和振宇", "张明")} <= _slots(ex, _only(ex, "Meeting"))


def test_the_move_verb_inside_a_name_is_no_visit(extractor):
    """县长和春来陪同调研: 来 is the name's; those named go with the visitor of the day."""
    ex = extractor(article_from_text("t", ["3月14日，常务副省长代国栋到张北县调研数字经济发展工作。"
                                           "县委书记司文杰、县长和春来陪同调研。"], date="2024-03-15"))
    visit = _only(ex, "Visit")
    assert {("agent", "代国栋"), ("attendee", "和春来"), ("attendee", "司文杰")} <= _slots(ex, visit)


def test_a_standing_committee_convened_by_the_body_alone(extractor):
    """某县委召开常委会，专题研究…。会议由县委书记某某主持: the 常委会会议 (常委会 elsewhere is the body:
    市人大常委会主任 names no meeting)."""
    ex = extractor(article_from_text("t", ["12日，雷山县委召开常委会，专题研究部署党的群众路线教育实践活动。会议由县委书记王强主持。"],
                                     title="县委常委会研究教育实践活动", date="2013-07-15"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "雷山县委常委会会议" and meeting.attrs.get("date") == "2013-07-12"
    assert {("organizer", "雷山县委"), ("chair", "王强")} <= _slots(ex, meeting)
    ex = extractor(article_from_text("t", ["市委副书记、市人大常委会主任洛桑出席。"], date="2013-07-15"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting"]


def test_a_meeting_named_with_the_term_of_the_party_committee_is_the_committees(extractor):
    """十四届某县委第三轮巡察工作动员部署会召开。县纪委书记某某主持: organised by the county committee, not the
    chair's commission."""
    ex = extractor(article_from_text("t", ["5月19日上午，十四届田东县委第三轮巡察工作动员部署会召开。县委常委、县纪委书记甘少华主持会议。"],
                                     title="十四届田东县委第三轮巡察工作动员部署会召开", date="2020-05-20"))
    meeting = _only(ex, "Meeting")
    assert {("organizer", "田东县委"), ("chair", "甘少华")} <= _slots(ex, meeting)
    assert ("organizer", "田东县纪委") not in _slots(ex, meeting)


def test_those_who_go_with_a_visitor_to_each_township_go_to_each(extractor):
    """某某深入甲镇、乙镇调研…，副县长某某陪同: one visit to each township, the escort on each (as the dev gold)."""
    ex = extractor(article_from_text("t", ["5月20日，民勤县委书记王立强深入东坝镇、西河镇调研乡村振兴工作，副县长李建国陪同。"],
                                     date="2020-08-14"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert {dict(_slots(ex, v)).get("place") for v in visits} >= {"东坝镇", "西河镇"}
    assert all(("attendee", "李建国") in _slots(ex, v) for v in visits)


def test_what_comes_next_in_a_paragraph_of_its_own_is_on_the_visits_day(extractor):
    """5月20日，某某深入某镇调研。⏎随后，某某主持召开推进会 / 调研中，某某还主持召开座谈会: that day."""
    for second in ("随后，由明远在安场镇主持召开脱贫攻坚工作推进会。", "调研中，由明远还主持召开座谈会，听取有关负责人汇报。"):
        ex = extractor(article_from_text("t", ["5月20日，紫云县县长由明远深入安场镇调研。", second], date="2020-10-14"))
        assert _only(ex, "Meeting").attrs.get("date") == "2020-05-20"


def test_a_document_issued_at_the_meeting_is_issued_on_its_day_by_its_holder(extractor):
    """会上印发了《…》 after a sentence naming another day and 全市: the meeting's day and holder; 会议传达了…，印发了《…》
    the same."""
    ex = extractor(article_from_text("t", ["2月19日，北京市朝阳区召开“接诉即办”工作部署会。",
                                           "今年1月1日全市启动“接诉即办”以来，朝阳区受理诉求2.7万件。",
                                           "会上印发了《朝阳区关于进一步做好“接诉即办”工作的实施方案》。"],
                                     title="朝阳区部署接诉即办工作", date="2019-02-20"))
    issuance = _only(ex, "DocumentIssuance")
    assert issuance.attrs.get("date") == "2019-02-19" and ("organizer", "朝阳区") in _slots(ex, issuance)
    ex = extractor(article_from_text("t", ["3月9日，伊金霍洛旗召开党史学习教育动员大会。"
                                           "会议传达了《中共鄂尔多斯市委关于在全市开展党史学习教育的实施方案》，"
                                           "印发了《中共伊金霍洛旗委关于在全旗开展党史学习教育的实施方案》。"], date="2021-03-10"))
    assert _only(ex, "DocumentIssuance").attrs.get("date") == "2021-03-09"


def test_a_meeting_the_visitor_convenes_on_a_tour_is_held_where_the_tour_is(extractor):
    """4月14日至15日，省委书记某某在赣州市调研。15日下午，某某主持召开座谈会: in 赣州市 (not the province of his post)."""
    ex = extractor(article_from_text("t", ["4月14日至15日，江西省委书记甘振华在赣州市调研。",
                                           "15日下午，甘振华主持召开座谈会，听取赣州市委、市政府工作汇报。"], date="2019-04-16"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2019-04-15" and ("place", "赣州市") in _slots(ex, meeting)


def test_the_party_and_how_it_goes_between_the_visitor_and_the_move(extractor):
    """某某一行还先后到甲街道、乙镇，实地察看…: a visit to each (一行还先后: no gap that separates the visitor)."""
    ex = extractor(article_from_text("t", ["14日下午，安吉县委书记原建国一行还先后到递铺街道、孝丰镇，实地察看河道整治情况。"],
                                     date="2017-03-15"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert {dict(_slots(ex, v)).get("place") for v in visits} == {"递铺街道", "孝丰镇"}


def test_the_headlines_visit_to_each_township_is_the_leads_to_that_township(extractor):
    """某某到甲乡、乙乡调研 (headline) | 3月12日，某某深入甲乡、乙乡，调研…，甲、乙参加调研: two visits, both dated, both with
    the party (the lead's first had joined the headline's second, the headline's first stayed undated)."""
    ex = extractor(article_from_text("t", ["3月12日上午，光山县委书记司建华深入槐店乡、文殊乡，调研乡村振兴和基层党建工作。"
                                           "县委常委、办公室主任王立新，副县长甘志刚参加调研。"],
                                     title="县委书记司建华到槐店乡、文殊乡调研乡村振兴工作", date="2021-03-13"))
    _each_visit(ex, {"槐店乡", "文殊乡"}, "2021-03-12", {("attendee", "王立新"), ("attendee", "甘志刚")})



def test_a_meeting_convened_after_the_visitors_act_is_chaired_by_the_visitor(extractor):
    """某某在某乡走访贫困户，并召开扶贫工作座谈会: who convenes it chairs it (as 并主持召开 does)."""
    ex = extractor(article_from_text("t", ["13日，自治区主席时华明在德保县燕峒乡走访贫困户，并召开扶贫工作座谈会。"],
                                     date="2015-10-15"))
    assert ("chair", "时华明") in _slots(ex, _only(ex, "Meeting"))


def test_a_standing_committee_written_with_its_body_and_convened_is_its_meeting(extractor):
    """市委书记某某主持召开市委常委会，…出席会议: the 某市委常委会会议, chaired by him (no 会议 written after 常委会)."""
    ex = extractor(article_from_text("t", ["4月3日,市委书记宋立国主持召开市委常委会,市委副书记、市长周海波,市委常委钱敏出席会议。"
                                           "会议研究了宜兴市重点工作。"], title="宜兴市委召开常委会", date="2022-04-05"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "宜兴市委常委会会议" and meeting.attrs.get("date") == "2022-04-03"
    assert {("chair", "宋立国"), ("attendee", "周海波"), ("attendee", "钱敏"), ("organizer", "宜兴市委")} <= _slots(ex, meeting)


def test_the_congress_a_speaker_acts_on_is_the_one_at_hand(extractor):
    """某某代表县委、县政府向大会表示祝贺, 某某出席大会开幕式, 某某首先对…大会胜利召开表示祝贺, 讨论了…、大会选举办法:
    the congress reported, no second meeting named 县政府向大会 or 某某出席大会."""
    ex = extractor(article_from_text("t", [
        "5月12日,共青团宁陕县第十七次代表大会在宁陕县会议中心召开。县委副书记周立新出席大会开幕式。",
        "周立新代表县委、县政府向大会的召开表示热烈祝贺。周立新首先对县第十七次团代会胜利召开表示祝贺。",
        "各代表团讨论了工作报告、大会选举办法。"], date="2023-05-14"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == ["共青团宁陕县第十七次代表大会"]


def test_a_visit_by_what_it_is_about(extractor):
    """8月29日，县长某某就全县安全生产工作进行调研。副县长某某…一同参加: a visit (the county the visitor leads),
    though no place follows the verb."""
    ex = extractor(article_from_text("t", ["8月29日,宁阳县县长韩立新就全县安全生产工作进行调研。副县长周明远一同参加。"],
                                     date="2025-09-01"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2025-08-29"
    assert {("agent", "韩立新"), ("place", "宁阳县")} <= _slots(ex, visit)


def test_a_reception_by_two_hosts_is_chaired_by_the_first_named(extractor):
    """省委书记甲，省委副书记、省长乙今天在某地会见了…: 甲 chairs (named first, the higher post), 乙 attends; his
    body organises it. The headline writes the names run together (甲乙会见…): 任 opening the second name is no
    verb of holding a post (no 党委书记 of the guest's company for 甲)."""
    ex = extractor(article_from_text("t", [
        "贵州日报贵阳6月14日讯 省委书记赵明远,省委副书记、省长任立群今天在贵阳会见了中国电力建设集团有限公司党委书记、"
        "董事长孙振华一行。"], title="赵明远任立群会见中国电建集团党委书记董事长孙振华一行", date="2022-06-14"))
    meeting = _only(ex, "Meeting")
    assert {("chair", "赵明远"), ("attendee", "任立群"), ("attendee", "孙振华"), ("organizer", "贵州省委")} <= _slots(ex, meeting)
    assert ("chair", "任立群") not in _slots(ex, meeting)
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {labels.get(f.tail) for f in ex.facts if f.relation == "hasRole" and labels.get(f.head) == "赵明远"}
    assert posts == {"省委书记"}


def test_hosts_listed_before_the_verb_of_receiving_host_together(extractor):
    """甲、乙等市领导会见了…: the first chairs, the second attends."""
    ex = extractor(article_from_text("t", ["5月8日,石嘴山市委书记王刚、市长张利等市领导会见了华北水利水电大学校长王清义一行。"],
                                     date="2021-05-09"))
    meeting = _only(ex, "Meeting")
    assert {("chair", "王刚"), ("attendee", "张利"), ("attendee", "王清义")} <= _slots(ex, meeting)


def test_a_meeting_chaired_in_a_speech_relayed_is_named_in_passing(extractor):
    """会议传达学习了某某在主持中共中央政治局第三十次集体学习时的重要讲话精神: no meeting held that day, no chair of
    the day's meeting; those who attend (区领导…出席会议) attend the day's meeting."""
    ex = extractor(article_from_text("t", [
        "6月8日,区委副书记、区长冯立军主持召开区委常委会会议。会议传达学习了习近平总书记在主持中共中央政治局第三十次集体学习时的"
        "重要讲话精神。冯立军强调,要抓好工作落实。区领导罗春燕、马国强出席会议。"], date="2021-06-10"))
    held = [e for e in ex.entities.entities.values() if e.type == "Meeting" and e.attrs.get("date") == "2021-06-08"]
    assert [e.label for e in held] == ["区委常委会会议"]
    slots = _slots(ex, held[0])
    assert {("chair", "冯立军"), ("attendee", "罗春燕"), ("attendee", "马国强")} <= slots
    assert ("chair", "习近平") not in slots


def test_a_visit_to_each_township_of_a_list_of_townships_with_their_villages(extractor):
    """县长某某先后前往甲镇某村、乙镇某村…。副县长某某、某某一同督导: a visit to each township (not one placed at the
    last village), the escorts with each."""
    ex = extractor(article_from_text("t", ["9月16日,县长韩立新先后前往玄滩镇石桥村、云锦镇青龙村,详细了解秸秆禁烧工作开展情况。",
                                           "副县长周明远、钱晓燕一同督导。"],
                                     title="泸县县长韩立新调研督导秸秆禁烧工作", date="2023-09-18"))
    _each_visit(ex, {"玄滩镇", "云锦镇"}, "2023-09-16", {("agent", "韩立新"), ("attendee", "周明远"), ("attendee", "钱晓燕")})


def test_those_who_take_part_in_the_activity_go_with_the_visitor(extractor):
    """县长某某深入企业、商超现场督导安全生产工作。县领导甲、乙参加活动: they go with him."""
    ex = extractor(article_from_text("t", ["1月23日,宁阳县县长韩立新深入企业、商超现场督导安全生产工作。县领导周明远、钱晓燕参加活动。"],
                                     date="2024-01-24"))
    assert {("attendee", "周明远"), ("attendee", "钱晓燕")} <= _slots(ex, _only(ex, "Visit"))


def test_leaders_each_named_in_a_clause_of_his_own_visit_with_the_first(extractor):
    """市委副书记甲，市委常委、秘书长乙，副市长丙一行前往某区: 甲 visits (named first), 乙 and 丙 go with him (not 丙,
    the name next to 一行, the visitor)."""
    ex = extractor(article_from_text("t", ["1月15日下午,淮南市委副书记韩立新,市委常委、市委秘书长周明远,副市长钱晓燕一行前往八公山区,"
                                           "看望慰问困难群众。"], date="2024-01-16"))
    visit = _only(ex, "Visit")
    assert {("agent", "韩立新"), ("attendee", "周明远"), ("attendee", "钱晓燕"), ("place", "八公山区")} <= _slots(ex, visit)


@pytest.mark.parametrize("text,holder", [
    ("3月8日,石泉县妇女第十四次代表大会召开。大会选举产生了县妇联第十四届执行委员会。", "石泉县妇联"),
    ("8月30日,共青团平利县第二十次代表大会召开。团县委书记陈俊作工作报告。", "平利县团委"),
    ("5月19日,共青团固镇县第十二次代表大会召开。", "固镇县"),      # no body of its named: the place
])
def test_a_congress_of_a_peoples_organisation_is_held_by_its_body(extractor, text, holder):
    """某县妇女第N次代表大会, 共青团某县第N次代表大会: held by the county's 妇联, 团委 (not by 共青团, the league)."""
    ex = extractor(article_from_text("t", [text], date="2023-09-01"))
    assert ("organizer", holder) in _slots(ex, _only(ex, "Meeting"))


def test_a_guest_titled_by_a_body_no_recogniser_names_is_an_item_of_the_list_present(extractor):
    """…副市长甲、乙，绿城中国副总裁丙，中铁十局副总经理丁等出席开工仪式: every one attends (the unknown company's
    short name before a post broke the list, and all named before it were lost)."""
    ex = extractor(article_from_text("t", ["4月11日,海宁市鹃湖科技城综合开发项目举行开工仪式。海宁市委书记周建平,市委副书记、市长徐明,"
                                           "副市长王丽、陈强,绿城中国副总裁赵刚,中铁十局副总经理钱伟等出席开工仪式。"], date="2016-04-12"))
    (ceremony,) = [e for e in ex.entities.entities.values() if e.attrs.get("date") == "2016-04-11"]
    assert {("attendee", n) for n in ("周建平", "徐明", "王丽", "陈强", "赵刚", "钱伟")} <= _slots(ex, ceremony)


def test_a_bodys_post_with_no_name_in_a_list_of_those_present_keeps_the_list(extractor):
    """市委副书记、市长甲，市委常委，市政协副主席出席: 甲 attends (the bare posts are holders unnamed, no break)."""
    ex = extractor(article_from_text("t", ["4月8日,临沂市委举办党史学习教育宣讲报告会。市委书记王建设主持报告会;市委副书记、市长李红梅,"
                                           "市委常委,市政协副主席出席。"], date="2021-04-10"))
    assert {("chair", "王建设"), ("attendee", "李红梅")} <= _slots(ex, _only(ex, "Meeting"))


def test_a_group_comes_to_a_place_to_conduct_what_it_does_there(extractor):
    """中央媒体采访团来到某县，开展集中采访: a visit of the group (开展 | 集中 | 采访 names it in the next clause)."""
    ex = extractor(article_from_text("t", ["8月9日,中央媒体采访团来到彭阳县,开展集中采访。"], date="2023-08-12"))
    visit = _only(ex, "Visit")
    assert ("place", "彭阳县") in _slots(ex, visit) and visit.attrs.get("date") == "2023-08-09"


def test_a_meeting_held_next_after_the_escorts_line_is_where_the_visit_is(extractor):
    """某某来到某旗甲苏木调研。旗委书记某某陪同调研。在随后召开的座谈会上…: the meeting is held where the visit is (the
    escorts' line between no longer sends it to the place of its organiser's body)."""
    ex = extractor(article_from_text("t", ["6月8日,阿拉善盟委书记韩立新来到阿拉善右旗雅布赖镇调研生态保护工作。旗委书记周晓明陪同调研。"
                                           "在随后召开的座谈会上,韩立新听取了旗委工作汇报。"], date="2022-06-10"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2022-06-08" and ("place", "阿拉善盟") not in _slots(ex, meeting)
    assert dict(_slots(ex, meeting)).get("place") in {"阿拉善右旗", "雅布赖镇"}


def test_a_visiting_group_holds_a_meeting_with_those_it_meets_where_it_visits(extractor):
    """某市党政代表团到某市考察。当天下午，考察团一行与某市有关部门负责同志举行座谈会: a meeting the group holds, where it visits
    (not in the group's own city)."""
    ex = extractor(article_from_text("t", ["7月13日,庆阳市党政代表团到延安市考察。当天下午,考察团一行与延安市有关部门负责同志举行座谈会。"],
                                     date="2019-07-15"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2019-07-13" and ("place", "延安市") in _slots(ex, meeting)


def test_the_reporters_of_a_credit_line_lead_no_visit(extractor):
    """海南日报记者 某某 特约记者 某某 5月20日，省委书记某某到某市调研: the secretary visits (the credit line's names are
    no leaders listed before him)."""
    ex = extractor(article_from_text("t", ["海南日报记者 况昌勋 特约记者 王江顺 5月20日,省委书记沈晓明到琼海市调研并主持召开座谈会。"],
                                     date="2022-05-21"))
    visit = _only(ex, "Visit")
    assert ("agent", "沈晓明") in _slots(ex, visit) and ("attendee", "况昌勋") not in _slots(ex, visit)


def test_a_bodys_dated_joint_action_is_an_event_it_organises(extractor):
    """7月31日，某区纪委监委联合区城管局、区市场监管局，对某路开展集中整治行动: an event of the body on that day, the
    bodies it joined attending (no person acts in it)."""
    ex = extractor(article_from_text("t", ["7月31日上午,宿城区纪委监委联合区城管局、区市场监管局,对幸福路周边开展集中整治行动。"],
                                     date="2023-08-02"))
    action = _only(ex, "Event")
    slots = _slots(ex, action)
    assert action.attrs.get("date") == "2023-07-31" and ("organizer", "宿城区纪委监委") in slots
    assert {("attendee", "宿城区城管局"), ("attendee", "宿城区市场监管局")} <= slots


def test_a_body_going_to_a_village_to_do_something_visits_it(extractor):
    """某县委组织部深入某镇某村开展宣讲活动: a visit of the body (agent and organiser), to the village; the 组织 of
    组织部 sends nobody (no second visit organised by the county's committee)."""
    ex = extractor(article_from_text("t", ["10月1日,沭阳县委组织部深入韩山镇高墟村开展了党员志愿服务活动。"], date="2023-10-03"))
    visit = _only(ex, "Visit")
    slots = _slots(ex, visit)
    assert visit.attrs.get("date") == "2023-10-01" and ("agent", "沭阳县委组织部") in slots
    assert ("place", "高墟村") in slots


def test_a_body_acting_is_the_one_its_clause_opens_with_and_only_on_a_day(extractor):
    """在县委统一部署下，某局开展…检查: the bureau's (not the 在 clause's committee); what is to come (将开展) and a
    practice told without a time are no events."""
    ex = extractor(article_from_text("t", ["9月20日,在县委统一部署下,沭阳县住建局开展燃气安全检查。",
                                           "下一步,沭阳县市场监管局将开展食品安全专项整治行动。",
                                           "沭阳县应急管理局联合县消防救援大队开展安全生产大检查。"], date="2023-09-22"))
    action = _only(ex, "Event")
    assert ("organizer", "沭阳县住建局") in _slots(ex, action) and action.attrs.get("date") == "2023-09-20"


def test_speakers_who_make_their_address_with_zuo_or_give_the_findings_attend(extractor):
    """会上，甲做动员报告，乙做了表态发言，丙反馈了…问题，丁传达了…精神: each speaks at the meeting just named (做 is
    written for 作 as often; 反馈/传达 present something there)."""
    ex = extractor(article_from_text("t", ["6月8日,定远县委第二巡察组巡察炉桥镇党委情况反馈会召开。会上,县委第二巡察组组长陈立新反馈了"
                                           "巡察发现的问题,副组长王学军做动员报告,镇党委书记周海涛做了表态发言。县纪委副书记马骏传达了"
                                           "有关文件精神。"], date="2023-06-10"))
    meeting = _only(ex, "Meeting")
    assert {("attendee", "陈立新"), ("attendee", "王学军"), ("attendee", "周海涛"), ("attendee", "马骏")} \
        <= _slots(ex, meeting)


def test_an_inspection_team_moving_in_visits_the_place(extractor):
    """某市委第一巡察组正式进驻某县某镇: a visit of the team, to the township, that day."""
    ex = extractor(article_from_text("t", ["10月9日,丽水市委第一巡察组正式进驻云和县崇头镇,开展为期2个月的常规巡察。"],
                                     date="2022-10-11"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2022-10-09"
    assert {("agent", "丽水市委第一巡察组"), ("place", "崇头镇")} <= _slots(ex, visit)


def test_a_bodys_members_on_a_visit_are_the_bodys_visit(extractor):
    """某市政协委员们集中视察了全市重点项目: a visit of the body, in its city."""
    ex = extractor(article_from_text("t", ["9月15日,醴陵市政协委员们集中视察了全市重点项目建设情况。"], date="2022-09-17"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2022-09-15"
    assert {("agent", "醴陵市政协"), ("place", "醴陵市")} <= _slots(ex, visit)


@pytest.mark.parametrize("text,agent,others", [
    # a department's short name no recogniser knows, or a bare 党委, before a post keeps the list going
    ("5月9日,岳阳市中级人民法院副院长周建华、刑一庭庭长李卫东、民二庭副庭长陈小红等一行来到平江县人民法院调研。",
     "周建华", {"李卫东", "陈小红"}),
    ("3月2日,园艺学院院长刘建华、党委副书记张敏一行赴定西市安定区调研。", "刘建华", {"张敏"}),
    # the clause before names who leads the list after it
    ("5月8日上午,陕西省副省长赵明远率领省教育厅副厅长刘静,省政府办公厅处长王海、副处长孙丽一行来到延安大学视察调研。",
     "赵明远", {"刘静", "王海", "孙丽"}),
])
def test_a_party_listed_before_its_visit_is_led_by_the_first_named(extractor, text, agent, others):
    ex = extractor(article_from_text("t", [text], date="2023-05-12"))
    slots = _slots(ex, _only(ex, "Visit"))
    assert ("agent", agent) in slots and {("attendee", p) for p in others} <= slots


def test_who_arranges_a_meeting_chairs_it(extractor):
    """区长某某组织召开…调度会 (组织 glued to the name by the organisations' heads was an organisation 某某组织), 某某再次
    组织相关部门召开…: the person chairs."""
    ex = extractor(article_from_text("t", ["7月10日上午,区委副书记、区长孔庆元组织召开全区防汛工作紧急调度会。",
                                           "7月11日,县委书记杜春生再次组织相关部门召开防汛紧急会议。"], date="2023-07-12"))
    chairs = {e.label: _slots(ex, e) for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert ("chair", "孔庆元") in chairs["全区防汛工作紧急调度会"] and ("chair", "杜春生") in chairs["防汛紧急会议"]
    assert not any(e.label.endswith("组织") for e in ex.entities.entities.values())


def test_a_guest_coming_to_or_calling_on_an_institution_visits(extractor):
    """某某一行莅临我院视察工作, 某某一行访问某大学: visits of the guest (莅临 and 访问 go somewhere as 来到 does)."""
    ex = extractor(article_from_text("t", ["3月5日,镇江市卫健委主任林海涛一行莅临我院视察工作。"], date="2023-03-08"))
    assert ("agent", "林海涛") in _slots(ex, _only(ex, "Visit"))
    ex = extractor(article_from_text("t", ["3月9日,德国驻成都总领事韩明德一行5人访问西南交通大学。"], date="2023-03-10"))
    visit = _only(ex, "Visit")
    assert ("agent", "韩明德") in _slots(ex, visit) and visit.attrs.get("date") == "2023-03-09"


def test_a_session_named_in_what_a_decision_or_report_is_about_is_named_without_it(extractor):
    """审议通过了关于区十七届人大六次会议召开时间的决定: the session named (undated), not 关于…会议."""
    ex = extractor(article_from_text("t", ["12月24日，区十七届人大常委会第三十次会议召开。会议审议通过了关于区十七届人大六次会议召开时间的"
                                           "决定，听取了区人民政府关于区十七届人大五次会议代表建议办理情况的报告。"], date="2020-12-25"))
    labels = {e.label: e for e in ex.entities.entities.values() if e.type == "Meeting"}
    assert {"区十七届人大六次会议", "区十七届人大五次会议"} <= set(labels)
    assert not any("关于" in label for label in labels)
    assert "date" not in labels["区十七届人大六次会议"].attrs


def test_a_bare_kind_of_action_names_none_and_an_action_takes_no_later_attendee(extractor):
    """委托某区人大常委会开展检查: no action named (检查 alone); 某某出席启动会议 after it attends the launch, as before."""
    ex = extractor(article_from_text("t", ["4月9日，成都市人大常委会启动《成都市养犬管理条例》执法检查工作，委托锦江区、郫都区人大常委会开展"
                                           "检查。市人大常委会副主任林国强出席启动会议并讲话。"], date="2019-04-10",
                                     title="市人大常委会启动执法检查"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Event"]
    assert any(("attendee", "林国强") in _slots(ex, e) for e in ex.entities.entities.values() if e.type == "Milestone")


@pytest.mark.parametrize("text,person", [
    ("3月18日上午,丹寨县排调河大桥举行通车仪式。县委书记周建华宣布排调河大桥正式通车。副县长李明主持仪式。", "周建华"),
    ("8月12日,台江县举行城区供水切换仪式。县委副书记、县长吴宏在致辞中说,工程今天顺利通水。", "吴宏"),
])
def test_who_declares_a_facility_open_or_speaks_in_an_address_attends_the_ceremony(extractor, text, person):
    """某某宣布某大桥正式通车 (the facility between the verb and the opening), 某某在致辞中说: at the ceremony named before."""
    ex = extractor(article_from_text("t", [text], date="2023-08-13"))
    assert any(("attendee", person) in _slots(ex, e) for e in ex.entities.entities.values()
               if e.type in ("Milestone", "Event"))


def test_a_delegation_going_somewhere_to_liaise_visits_it(extractor):
    """某旗政府代表团到某区对接协作工作: the delegation's visit (对接, 学习交流 are what a group goes to do)."""
    ex = extractor(article_from_text("t", ["8月30日,阿荣旗政府代表团到北京市顺义区对接东西部协作工作。"], date="2022-09-05"))
    visit = _only(ex, "Visit")
    assert ("place", "顺义区") in _slots(ex, visit) and visit.attrs.get("date") == "2022-08-30"


@pytest.mark.parametrize("text,label,slots", [
    # here: the day the sentence before set the scene on; the hosts' city where no place is named
    ("9月12日上午,金华市婺江广场上彩旗招展。由金华市人民政府主办的第五届婺州文化旅游节开幕式在这里隆重举行。",
     "第五届婺州文化旅游节开幕式", {"date": "2021-09-12", "organizer": "金华市人民政府", "place": "金华市"}),
    # a qualifier in brackets after the name
    ("10月20日,云南省第四届乡村文化旅游节（秋季）在剑川县沙溪镇拉开帷幕。",
     "云南省第四届乡村文化旅游节", {"date": "2021-10-20", "place": "沙溪镇"}),
])
def test_a_festival_opened_here_or_named_with_a_qualifier_is_held(extractor, text, label, slots):
    ex = extractor(article_from_text("t", [text], date="2021-10-21"))
    ev = next(e for e in ex.entities.entities.values() if e.label == label)
    got = dict(_slots(ex, ev)) | {k: v for k, v in ev.attrs.items() if k == "date"}
    assert slots.items() <= got.items()


def test_meetings_held_so_many_times_after_the_aspect_marker_are_no_meeting(extractor):
    """县委组织部先后召开了3次专题座谈会: a kind held three times, no one meeting of that day."""
    ex = extractor(article_from_text("t", ["11月19日，平阳县委组织部先后召开了3次专题座谈会。"], date="2020-11-20"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting"]


def test_a_session_a_decision_to_convene_is_about_is_no_meeting_held(extractor):
    """会议审议通过了关于召开某届某次会议的决定；…为某次会议作准备。某某主持会议: the standing committee's sitting is held
    and chaired; the session it prepares is named undated, with no chair."""
    ex = extractor(article_from_text("t", ["新华社北京2月27日电 政协第十二届全国委员会常务委员会第十九次会议27日在京开幕。会议的主要议题是为"
                                           "全国政协十二届五次会议作准备。会议审议通过了关于召开政协第十二届全国委员会第五次会议的决定，"
                                           "要求确保召开好全国政协十二届五次会议。"
                                           "全国政协副主席杜青林主持会议。"], date="2017-02-28"))
    meetings = {e.label: e for e in ex.entities.entities.values() if e.type == "Meeting"}
    held = meetings["政协第十二届全国委员会常务委员会第十九次会议"]
    assert ("chair", "杜青林") in _slots(ex, held) and held.attrs.get("date") == "2017-02-27"
    assert not any(label.startswith(("召开", "主要议题", "好")) for label in meetings)
    assert all("date" not in e.attrs for label, e in meetings.items() if "第五次会议" in label or "五次会议" in label)


def test_a_meeting_held_during_a_visit_told_in_its_sentence_is_where_the_visit_is(extractor):
    """…率队在某县考察交流，考察期间举行了甲乙东西部协作座谈会: held in the county visited (not in the district the
    meeting's name opens with, the visitors' own)."""
    ex = extractor(article_from_text("t", ["3月11日,浙江省湖州市吴兴区委副书记、区长张明远率队在四川省广元市青川县考察交流,考察期间"
                                           "举行了吴兴青川东西部协作座谈会。"], date="2024-03-13"))
    assert ("place", "青川县") in _slots(ex, _only(ex, "Meeting"))


def test_a_party_going_somewhere_visits_it_whatever_it_does_there(extractor):
    """某某一行到某县某镇开展…座谈会: the party's visit (一行 makes 到 a move without a visit's verb)."""
    ex = extractor(article_from_text("t", ["11月17日,县政协副主席孔德华一行到来安县水口镇开展界别委员协商座谈会。"], date="2022-11-18"))
    visit = _only(ex, "Visit")
    assert ("agent", "孔德华") in _slots(ex, visit) and visit.attrs.get("date") == "2022-11-17"


def test_a_talk_told_in_a_sentence_after_the_visit_is_held_on_it(extractor):
    """随后与某局进行了座谈交流: the visit's day and place, the visitor and the party attending (events.talk)."""
    ex = extractor(article_from_text("t", ["6月12日，省交通运输厅厅长王建国到湄潭县调研农村公路建设。"
                                           "随后与湄潭县交通运输局进行了座谈交流。"], date="2019-06-13"))
    talk = _only(ex, "Meeting")
    assert talk.label == "座谈" and talk.attrs.get("date") == "2019-06-12"
    assert {("place", "湄潭县"), ("attendee", "王建国"), ("attendee", "湄潭县交通运输局")} <= _slots(ex, talk)
    assert {ev.source for ev in talk.evidence} == {"events.talk"}


def test_hosts_talking_with_a_visiting_group_and_a_forums_sitting(extractor):
    ex = extractor(article_from_text("t", ["6月2日，遵义市考察团到湄潭县考察。湄潭县委、县政府与考察团举行座谈。"],
                                     date="2019-06-13"))
    talk = _only(ex, "Meeting")
    assert talk.attrs.get("date") == "2019-06-02" and {("place", "湄潭县"), ("attendee", "湄潭县委")} <= _slots(ex, talk)
    # 在座谈会上 opening a sentence, no talk told before: the forum's sitting, its speaker attending
    ex = extractor(article_from_text("t", ["7月10日，省委常委王建国到湄潭县调研。", "在座谈会上，县长李海涛汇报了工作。"],
                                     date="2019-07-13"))
    forum = _only(ex, "Meeting")
    assert forum.label == "座谈会" and forum.attrs.get("date") == "2019-07-10"
    assert ("attendee", "李海涛") in _slots(ex, forum)


def test_no_talk_in_a_comrade_nor_twice(extractor):
    # 负责同志在座谈中介绍: 同 of 同志, and the forum named before; 并召开座谈会…在座谈会上: one forum
    ex = extractor(article_from_text("t", ["6月9日，全省就业工作座谈会在武汉召开。各高校负责同志在座谈中介绍了进展。"],
                                     date="2022-06-10"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Meeting"] == ["全省就业工作座谈会"]
    ex = extractor(article_from_text("t", ["6月3日，王大明到青田县调研并召开座谈会。", "在座谈会上，李小明汇报了工作。"],
                                     date="2021-06-10"))
    assert len([e for e in ex.entities.entities.values() if e.type == "Meeting"]) == 1


def test_the_headlines_visit_by_a_group_is_the_leads_visit_by_its_leader(extractor):
    """某厅调研组赴某市调研 (headline) | 4月19日，某厅副厅长某某一行到某市调研 (lead): one visit, the lead's."""
    ex = extractor(article_from_text("t", ["省交通运输厅调研组赴遵义市调研农村公路工作",
                                           "4月19日，省交通运输厅副厅长王建国一行到遵义市调研农村公路工作。"],
                                     title="省交通运输厅调研组赴遵义市调研农村公路工作", date="2021-04-20"))
    visit = _only(ex, "Visit")
    assert visit.attrs.get("date") == "2021-04-19"
    assert {("agent", "王建国"), ("place", "遵义市")} <= _slots(ex, visit)


def test_a_sessions_number_written_in_words_and_in_digits_is_one_meeting(extractor):
    ex = extractor(article_from_text("t", ["省长王建国主持召开省政府第四十二次常务会议",
                                           "7月13日，省长王建国主持召开贵州省政府第42次常务会议，研究部署经济运行工作。"],
                                     title="省长王建国主持召开省政府第四十二次常务会议", date="2022-07-14"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2022-07-13"


def test_what_a_host_said_while_receiving_is_no_second_reception(extractor):
    ex = extractor(article_from_text("t", ["7月9日，省委书记王建国在贵阳分别会见了某省政协副主席李明一行及某市市长赵强一行。",
                                           "王建国在会见李明一行时表示，希望双方发挥各自优势。"], date="2019-07-10"))
    reception = _only(ex, "Meeting")
    assert reception.attrs.get("date") == "2019-07-09" and ("chair", "王建国") in _slots(ex, reception)


@pytest.mark.parametrize("text, label", [
    ("3月11日，市自然资源和规划局召开2024年第5次党组(扩大)会，局党组书记、局长郑海波主持会议。",
     "市自然资源和规划局2024年第5次党组(扩大)会"),
    ("5月6日，县委书记李明主持召开县委常委(扩大)会，传达学习有关会议精神。", "县委常委(扩大)会"),
    ("6月2日，县长王强主持召开县政府常务会，研究部署防汛工作。", "县政府常务会"),
    ("常州市自然资源局召开2023年第12次局务会\n11月3日，常州市自然资源局局长顾明主持召开2023年第12次局务会，"
     "局领导班子成员参加会议。", "常州市自然资源局2023年第12次局务会"),
    ("近日，淄博市应急管理局党委理论学习中心组（扩大）读书会召开。", "淄博市应急管理局党委理论学习中心组（扩大）读书会"),
], ids=["party_group", "standing_enlarged", "executive", "bureau_sitting", "study_reading"])
def test_a_meeting_named_with_a_bare_hui(extractor, text, label):
    """党组会, 常务会, 常委（扩大）会: the meeting's name ends in 会 alone."""
    title, _, text = text.rpartition("\n")
    ex = extractor(article_from_text("t", [text], title=title, date="2024-09-10"))
    assert _only(ex, "Meeting").label == label


def test_a_meeting_held_and_named_short_at_its_sitting_is_one(extractor):
    ex = extractor(article_from_text("t", ["9月26日，自治区党委召开常委(扩大)会议，传达有关会议精神。",
                                           "在自治区党委常委(扩大)会上，自治区主席某某作了传达。"], date="2014-09-27"))
    assert len([e for e in ex.entities.entities.values() if e.type == "Meeting" and "常委" in e.label]) == 1


def test_a_group_led_to_the_county_its_city_aids_visits_that_county(extractor):
    """率某市考察团赴对口援藏的某县考察: the place after what ties the group to it (援藏 no stop of the name)."""
    ex = extractor(article_from_text("t", ["8月12日，湖北省荆门市市长孙立华率荆门市考察团赴对口援藏的措美县考察。"],
                                     date="2018-08-15"))
    visit = _only(ex, "Visit")
    assert {("agent", "孙立华"), ("place", "措美县")} <= _slots(ex, visit)


def test_who_leads_the_listed_staff_of_his_department_to_a_county_visits_it(extractor):
    """甲带领某处处长乙、调研员丙到某县调研: 甲 visits, 乙 and 丙 go with him (a section's short name before 处长)."""
    ex = extractor(article_from_text("t", ["5月8日，省农业农村厅副厅长赵明远带领种植业处处长钱立群、调研员孙海燕到眉山市丹棱县"
                                           "调研春耕生产工作。"], date="2019-05-10"))
    visit = _only(ex, "Visit")
    assert {("agent", "赵明远"), ("attendee", "钱立群"), ("attendee", "孙海燕"), ("place", "丹棱县")} <= _slots(ex, visit)


def test_a_plenums_past_adoption_and_a_headlines_session_written_short(extractor):
    # 全会审议通过的《…决定》: adopted before, by the plenum relayed; no issuance by the meeting that studies it
    ex = extractor(article_from_text("t", ["7月31日，省政协机关党组召开理论学习中心组集体学习会议。会议指出，全会审议通过的"
                                           "《中共中央关于进一步全面深化改革的决定》意义重大。"], date="2024-08-01"))
    assert not [e for e in ex.entities.entities.values() if e.type == "DocumentIssuance"]
    # 县政府2020年第4次常务会议 (headline) | 主持召开县政府2020年第4次常务会 (lead): one meeting
    ex = extractor(article_from_text("t", ["县政府召开2020年第4次常务会议", "2月17日下午，县长张建科主持召开县政府2020年第4次"
                                           "常务会，研究有关工作。"], title="县政府召开2020年第4次常务会议", date="2020-02-18"))
    assert _only(ex, "Meeting").attrs.get("date") == "2020-02-17"


def test_who_joins_the_talk_of_a_reception_or_sits_in_on_it_attends_it(extractor):
    """会见…，双方进行座谈交流。…参加座谈。某某会见时在座。: attendees of the one reception (no second one)."""
    ex = extractor(article_from_text("t", ["5月11日，市委书记张建华在市行政中心会见了某集团副总经理刘志强一行，双方就深化合作"
                                           "进行座谈交流。", "张建华对刘志强一行表示欢迎。", "市委常委、秘书长赵立群，副市长孙海燕"
                                           "参加座谈。", "周文海会见时在座。"], date="2022-05-12"))
    reception = _only(ex, "Meeting")
    assert {("chair", "张建华"), ("attendee", "赵立群"), ("attendee", "孙海燕"), ("attendee", "周文海")} \
        <= _slots(ex, reception)


def test_who_leads_his_office_staff_then_goes_deep_into_a_township_to_call_on_people_visits_it(extractor):
    """某某带领政府办公室人员，深入到某镇…等村，慰问困难群众: the leader of the clause before visits the township."""
    ex = extractor(article_from_text("t", ["1月18日下午，岷县县长马志远带领政府办公室人员，深入到梅川镇下中寨、大族等村，"
                                           "慰问困难群众和困难党员。"], date="2009-01-20"))
    visit = _only(ex, "Visit")
    assert {("agent", "马志远"), ("place", "梅川镇")} <= _slots(ex, visit) and visit.attrs.get("date") == "2009-01-18"


def test_who_takes_part_in_some_of_a_tour_and_who_travels_with_the_visitor(extractor):
    """某某参加有关调研: goes with the visitor; 甲和随行的秘书长乙来到某县: 甲 visits (乙 with him), one tour."""
    ex = extractor(article_from_text("t", ["9月3日，省长李明华在丽水市调研。省委常委、丽水市委书记陈国强参加有关调研。"
                                           "李明华和随行的省政府秘书长周文斌来到青田县，考察侨乡进口商品城。"], date="2019-09-05"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert all(("agent", "李明华") in _slots(ex, v) for v in visits)
    assert any(("attendee", "陈国强") in _slots(ex, v) for v in visits)


def test_the_headlines_talk_is_the_leads_forum_and_its_chair_no_guest(extractor):
    ex = extractor(article_from_text("t", ["王建国同县委书记研修班学员座谈",
                                           "1月12日，王建国在北京主持召开座谈会，同县委书记研修班学员进行座谈并发表重要讲话。"],
                                     title="王建国同县委书记研修班学员座谈", date="2015-01-14"))
    forum = _only(ex, "Meeting")
    assert ("chair", "王建国") in _slots(ex, forum) and ("attendee", "王建国") not in _slots(ex, forum)


def test_the_one_escorted_by_a_list_running_over_clauses_visits_with_them(extractor):
    """某某在甲，乙，…以及丙等领导的陪同下到某镇调研: the escort's list runs over commas; the one named before 在
    visits the township, those listed go with him."""
    ex = extractor(article_from_text("t", ["6月8日上午，梅州市委副书记、市长郑海涛在市委常委、常务副市长林晓东，副市长、"
                                           "市公安局局长陈国平，市政府秘书长黄志刚以及蕉岭县委书记刘建华等领导的陪同下到"
                                           "新铺镇调研。随后，郑海涛一行还前往蕉岭县工业园区进行视察。"], date="2016-06-09"))
    visit = next(e for e in ex.entities.entities.values() if e.type == "Visit")
    slots = _slots(ex, visit)
    assert {("agent", "郑海涛"), ("place", "新铺镇")} <= slots and visit.attrs.get("date") == "2016-06-08"
    assert {("attendee", n) for n in ("林晓东", "陈国平", "黄志刚", "刘建华")} <= slots


def test_the_one_escorted_by_a_long_list_over_clauses_is_no_escort_named_alone_before_the_verb(extractor):
    """甲在乙，丙，丁，…等领导的陪同下到某镇调研: 甲 visits, not the escort a clause names alone (市政府秘书长丁，)."""
    ex = extractor(article_from_text("t", ["10月23日上午，云浮市委副书记、市长卓志强在云浮市委常委、常务副市长陈子季，副市长、"
                                           "市公安局局长杨东来，市政府秘书长毛海明，市直有关单位负责人以及云安县委书记、县人大"
                                           "常委会主任黄泽寰等领导的陪同下到六都镇调研。"], date="2012-10-24"))
    slots = _slots(ex, _only(ex, "Visit"))
    assert ("agent", "卓志强") in slots and {("attendee", n) for n in ("陈子季", "杨东来", "毛海明", "黄泽寰")} <= slots


def test_the_one_escorted_by_a_list_without_its_of_visits_and_its_last_escort_does_not(extractor):
    """某某在甲，乙陪同下到某地调研 (no 的 before 陪同下, the list over a comma): the one named before 在 visits, the
    last escort named right before 陪同下 goes with him."""
    ex = extractor(article_from_text("t", ["7月1日上午，副省长刘海燕在省政府副秘书长黄建华，省教育厅厅长陈立新陪同下"
                                           "到湘潭大学调研指导。"], date="2020-07-02"))
    visit = _only(ex, "Visit")
    slots = _slots(ex, visit)
    assert ("agent", "刘海燕") in slots and ("agent", "陈立新") not in slots
    assert {("attendee", "黄建华"), ("attendee", "陈立新")} <= slots and visit.attrs.get("date") == "2020-07-01"


def test_the_first_of_leaders_listed_over_clauses_before_a_lead_word_leads_the_visit(extractor):
    """市政协主席甲，副主席乙、丙带领…，前往某市: the first named leads (the higher post named first), not the last name
    before 带领; the others go with him."""
    ex = extractor(article_from_text("t", ["2月15日，市政协主席王明远，副主席张国华、李红带领市政协办公室有关人员，"
                                           "前往醴陵市，走访调研陶瓷产业。"], date="2023-02-16"))
    slots = _slots(ex, _only(ex, "Visit"))
    assert ("agent", "王明远") in slots and {("attendee", "张国华"), ("attendee", "李红")} <= slots


def test_a_visit_the_paragraph_tells_after_the_day_it_gave_is_on_that_day(extractor):
    """3月15日上午，某县启动某某活动。县委常委甲，副县长乙在…陪同下，深入全县…调研: the paragraph's day, the first
    listed leading."""
    ex = extractor(article_from_text("t", ["2016年3月15日上午，博爱县启动宗教领域安全隐患专项排查活动。县委常委、统战部长"
                                           "孙建平，副县长刘红霞在县民宗局负责人的陪同下，深入全县宗教场所进行调研。"],
                                     date="2016-03-16"))
    visit = _only(ex, "Visit")
    assert ("agent", "孙建平") in _slots(ex, visit) and visit.attrs.get("date") == "2016-03-15"


def test_an_unannounced_inspection_of_a_place_is_a_visit_with_those_who_join_it(extractor):
    """某某到某街道暗访疫情防控工作，某某一同暗访: a visit there (暗访 a visit verb alone), the other going with him."""
    ex = extractor(article_from_text("t", ["9月3日，米脂县委书记张卫东到银州街道暗访疫情防控工作，县委常委、副县长马立平"
                                           "一同暗访。"], date="2022-09-05"))
    visit = _only(ex, "Visit")
    assert {("agent", "张卫东"), ("place", "银州街道"), ("attendee", "马立平")} <= _slots(ex, visit)
    assert visit.attrs.get("date") == "2022-09-03"


@pytest.mark.parametrize("sentence,label", [
    ("6月8日，县审计局召开农业农村局原局长任期经济责任审计进场会。", "农业农村局原局长任期经济责任审计进场会"),
    ("6月8日，县税务局召开2022年度纳税服务工作交流评比会。", "2022年度纳税服务工作交流评比会"),
    ("6月8日，县财政局召开预算编制工作布置会。", "预算编制工作布置会"),
])
def test_an_audits_or_a_reviews_sitting_is_a_meeting(extractor, sentence, label):
    ex = extractor(article_from_text("t", [sentence], date="2023-06-09"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == label and meeting.attrs.get("date") == "2023-06-08"


def test_a_mayors_office_meeting_is_no_party_committees_of_another_post_of_its_chair(extractor):
    """市委副书记、市长、某高新区党工委书记某某主持召开市长办公会议: the government's meeting; the chair's other
    committee does not hold it."""
    ex = extractor(article_from_text("t", ["3月9日上午，市委副书记、市长、稀土高新区党工委书记赵文涛主持召开市长办公会议，"
                                           "研究全市国土空间规划编制工作。副市长钱立、孙海参加会议。"], date="2021-03-10"))
    slots = _slots(ex, _only(ex, "Meeting"))
    assert ("chair", "赵文涛") in slots and not any(r == "organizer" and "党工委" in n for r, n in slots)


def test_a_party_visits_the_places_what_it_studies_opens_with(extractor):
    """某某、某某一行对某区某街道某社区网格化工作进行调研: the party's visit (一行 before 对), to the places the object
    of its study opens with; the one escorting goes with it."""
    ex = extractor(article_from_text("t", ["5月9日，成都市人大常委会副主任韩立军、市民政局局长邓晓梅一行对青羊区草市街街道"
                                           "西安路社区网格化服务管理工作进行调研，街道党工委书记冯斌陪同。"], date="2023-05-12"))
    visit = _only(ex, "Visit")
    slots = _slots(ex, visit)
    assert {("agent", "韩立军"), ("attendee", "邓晓梅"), ("attendee", "冯斌")} <= slots
    assert ("place", "青羊区") in slots and visit.attrs.get("date") == "2023-05-09"


def test_a_tours_list_of_townships_going_on_after_a_comma_is_a_visit_to_each(extractor):
    """某某先后深入甲镇某村、某村，乙乡某村、丙镇某村等地 (the county never named): a visit to each township, its
    villages the stops, the list going on after the comma."""
    ex = extractor(article_from_text("t", ["2月15日上午，县委书记韩志国先后深入城关镇南街村、东庄村，柳林乡王家村、白沙镇"
                                           "李村等地，一线调研督导疫情防控工作。"], date="2020-02-16"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    places = {n for v in visits for r, n in _slots(ex, v) if r == "place"}
    assert places == {"城关镇", "柳林乡", "白沙镇"} and {v.attrs.get("date") for v in visits} == {"2020-02-15"}


@pytest.mark.parametrize("text,chair,place", [
    ("5月3日，副省长王立新前往宜昌市猇亭区调研外贸进出口情况并召开座谈会，听取重点外贸企业意见建议。", "王立新", "猇亭区"),
    ("5月9日，湘潭市市长钟文辉赴市税务局召开调研座谈会，听取工作汇报。", "钟文辉", "湘潭市"),
])
def test_a_meeting_the_visits_clause_goes_on_to_hold_is_where_the_visit_is(extractor, text, chair, place):
    """某某前往某区调研…并召开座谈会: held where the visit is, the visitor convening it."""
    ex = extractor(article_from_text("t", [text], date="2023-05-10"))
    assert {("chair", chair), ("place", place)} <= _slots(ex, _only(ex, "Meeting"))


@pytest.mark.parametrize("text,names", [
    # a deputy qualified by how he serves (专职, 常务), a chief of staff: each a post, the list of those present whole
    ("5月6日，国网平凉供电公司党委召开理论学习中心组会议。党委书记、董事长韩志成主持会议，党委副书记、专职副总经理许建平，"
     "党委委员、专职副总经理马立群、杜文斌，党委委员宋涛参加会议。", {"许建平", "马立群", "杜文斌", "宋涛"}),
    ("5月16日，全市民兵规范化建设现场会在婺城区召开。省军区副司令员孙立国，金华军分区参谋长李明、政治部主任王涛，"
     "婺城区委书记陈洁等参加。", {"孙立国", "李明", "王涛", "陈洁"}),
])
def test_qualified_deputies_and_chiefs_of_staff_keep_the_list_of_those_present_whole(extractor, text, names):
    ex = extractor(article_from_text("t", [text], date="2022-05-17"))
    assert {("attendee", n) for n in names} <= _slots(ex, _only(ex, "Meeting"))


def test_a_bureau_heads_visit_is_the_bureaus_not_its_party_groups(extractor):
    """市商务局党组书记、局长某某带队赴某区调研: organised by the bureau, not by its Party group (the first post listed)."""
    ex = extractor(article_from_text("t", ["3月7日，德州市商务局党组书记、局长马文涛带队赴德城区调研商贸流通工作。"],
                                     date="2023-03-08"))
    slots = _slots(ex, _only(ex, "Visit"))
    assert ("organizer", "德州市商务局") in slots and ("organizer", "德州市商务局党组") not in slots


def test_a_centre_put_into_operation_is_a_milestone(extractor):
    """某镇便民服务中心于3月12日正式投入运行: a milestone that day (投入运行 a launch, as 投入运营 is)."""
    ex = extractor(article_from_text("t", ["桃源县漳江镇便民服务中心于3月12日正式投入运行。"], date="2019-03-20"))
    assert _only(ex, "Milestone").attrs.get("date") == "2019-03-12"


def test_a_meeting_held_in_a_room_after_the_visits_stops_is_on_the_visits_day(extractor):
    """4月2日，某某到某厂调研。某某一行先到某处调研，并在某会议室召开座谈会: on the visit's day, the visitor convening."""
    ex = extractor(article_from_text("t", ["4月2日，阳江市市长余金富率队到阳西电厂调研企业生产运营情况。",
                                           "余金富市长一行先到厂区现场及集控室等地进行深入调研，并在阳西电厂生产办公楼会议室召开"
                                           "座谈会。"], date="2022-04-03"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2022-04-02" and ("chair", "余金富") in _slots(ex, meeting)


def test_a_meeting_held_in_a_room_on_the_visit_is_held_there_by_the_visitor(extractor):
    """某某到某厂调研…，并在电厂会议室召开座谈会: a meeting (the room no body), where the visit is, the visitor convening."""
    ex = extractor(article_from_text("t", ["5月12日，曲靖市委常委、副市长郑国栋到国电宣威发电厂调研迎峰度夏工作，并在电厂会议室"
                                           "召开座谈会，听取企业生产经营情况汇报。"], date="2022-05-14"))
    assert ("chair", "郑国栋") in _slots(ex, _only(ex, "Meeting"))
    assert "电厂会议室" not in {e.label for e in ex.entities.entities.values()}


def test_a_meeting_held_in_a_hall_for_the_public_is_held(extractor):
    """某某表彰大会在某市工人文化宫举行: a venue of five characters and more, named by its kind (文化宫, 剧院)."""
    ex = extractor(article_from_text("t", ["4月29日上午，邯郸市劳动模范表彰大会在邯郸市工人文化宫举行。"
                                           "邯郸市委副书记赵志强出席并讲话。"], date="2016-04-30"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "邯郸市劳动模范表彰大会" and meeting.attrs.get("date") == "2016-04-29"
    assert ("attendee", "赵志强") in _slots(ex, meeting)


def test_a_meeting_held_next_after_a_groups_stops_is_where_the_visit_is(extractor):
    """某某一行到某市调研。…陪同调研。调研组先后来到甲、乙。随后召开座谈会: held where the visit is (the stops
    between were no event of their own), not in the visiting body's province."""
    ex = extractor(article_from_text("t", ["9月12日，省民政厅副厅长郭建新一行到赣州市调研养老服务工作。副市长李秀梅陪同调研。"
                                           "调研组先后来到章贡区社会福利院、赣州市救助管理站。随后召开座谈会，听取全市民政工作"
                                           "情况汇报。"], date="2024-09-13"))
    meeting = _only(ex, "Meeting")
    assert ("place", "赣州市") in _slots(ex, meeting) and meeting.attrs.get("date") == "2024-09-12"


def test_who_leads_those_named_after_him_then_goes_deep_into_counties_visits_with_them(extractor):
    """某某带领甲、乙副主任，深入某县、某县督查: the leader (the first named, before 带领) visits, those he leads
    (the last named) go with him."""
    ex = extractor(article_from_text("t", ["6月3日，市委常委、常务副市长刘振华带领市政府副秘书长孙立群、市发改委王海涛副主任，"
                                           "深入岐山县、眉县督查重点项目建设。"], date="2014-06-04"))
    visit = _only(ex, "Visit")
    assert {("agent", "刘振华"), ("place", "岐山县"), ("attendee", "孙立群"), ("attendee", "王海涛")} <= _slots(ex, visit)


def test_a_meeting_held_every_week_is_a_schedule_not_a_meeting_held(extractor):
    """工作组每周一召开例会: how often the group meets, no meeting held on the report's day."""
    ex = extractor(article_from_text("t", ["11月8日,县政协主席周国华召集有关对口单位负责人到白沙镇,开展“连心桥”联系服务群众"
                                           "主题活动。会上成立了白沙工作组。工作组每周一召开例会,干部原则上每周三和周五下村走访群众。"],
                                     title="县政协主席到白沙镇开展联系群众活动", date="2013-11-09"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Meeting" and "例会" in e.label]


def test_a_visit_to_study_the_articles_own_county_is_a_visit_there(extractor):
    """副县长某某调研我县河长制工作: 我县 opens no field of work; the visit is to the article's county."""
    ex = extractor(article_from_text("t", ["5月8日，高台县副县长孙丽华调研我县河长制工作，县水务局副局长赵明陪同。"
                                           "孙丽华实地查看了黑河、摆浪河等河道。"], date="2023-05-09"))
    visit = _only(ex, "Visit")
    assert {("agent", "孙丽华"), ("place", "高台县"), ("attendee", "赵明")} <= _slots(ex, visit)


def test_townships_listed_after_a_verb_of_going_jieba_reads_as_a_time_are_each_named(extractor):
    """县委书记某某带队先后前往石门乡、高桥镇 (jieba: 前往[t]): both townships, the first too."""
    ex = extractor(article_from_text("t", ["6月5日上午，县委书记、县总河段长刘国庆带队先后前往石门乡、高桥镇开展巡河工作。"],
                                     date="2021-06-06"))
    assert {"石门乡", "高桥镇"} <= {e.label for e in ex.entities.entities.values() if e.type == "Township"}
    assert ("总河段长", "Role") in {(e.label, e.type) for e in ex.entities.entities.values()}


def test_a_womens_congress_numbered_before_its_people_is_held_by_the_womens_federation(extractor):
    """某市第九次妇女代表大会: the number between the place and the people it gathers; held by the city's 妇联
    the article names."""
    ex = extractor(article_from_text("t", ["6月12日上午，湖州市第九次妇女代表大会在湖州会展中心开幕。市委副书记王立明出席"
                                           "开幕式并讲话。大会选举产生了湖州市妇联新一届领导班子。"], date="2021-06-13"))
    meeting = _only(ex, "Meeting")
    assert ("organizer", "湖州市妇联") in _slots(ex, meeting)


def test_a_congress_closing_once_its_agenda_is_done_was_held(extractor):
    """某某代表大会在圆满完成各项议程后胜利闭幕: the congress held, those at its closing attend."""
    ex = extractor(article_from_text("t", ["6月7日下午，吉安市第六次妇女代表大会在圆满完成各项议程后胜利闭幕。市领导罗建刚、"
                                           "温丽华出席闭幕式。"], date="2021-06-08"))
    meeting = _only(ex, "Meeting")
    assert meeting.label == "吉安市第六次妇女代表大会" and meeting.attrs.get("date") == "2021-06-07"
    assert {("attendee", "罗建刚"), ("attendee", "温丽华")} <= _slots(ex, meeting)


def test_the_count_of_a_congresss_deputies_is_no_part_of_its_name(extractor):
    """来自全市各条战线的280名共青团某市第九次代表大会代表: one congress, the one held, not a second named 280名…"""
    ex = extractor(article_from_text("t", ["5月19日，共青团湖州市第九次代表大会在湖州大剧院开幕。来自全市各条战线的280名"
                                           "共青团湖州市第九次代表大会代表出席大会。"], date="2022-05-20"))
    assert {e.label for e in ex.entities.entities.values() if e.type == "Meeting"} == {"共青团湖州市第九次代表大会"}


def test_a_list_of_those_present_keeps_a_deputy_mayor_whose_given_name_is_a_verb(extractor):
    """市委常委、副市长程为民 (jieba: 程[n] | 为民[v]) in a list of those present: a name, and the list runs on."""
    ex = extractor(article_from_text("t", ["11月18日上午，共青团宣城市第九次代表大会开幕。市委书记孙立新，市委常委、市政府副市长"
                                           "程为民，市委常委、统战部长胡志强等领导同志出席会议。"], date="2021-11-19"))
    meeting = _only(ex, "Meeting")
    assert {("attendee", "孙立新"), ("attendee", "程为民"), ("attendee", "胡志强")} <= _slots(ex, meeting)


def test_a_leader_going_to_a_township_to_receive_petitioners_visits_it(extractor):
    """县委书记某某到某镇开展下访接访活动: a visit to the township (接访, 下访 verbs of visiting)."""
    ex = extractor(article_from_text("t", ["4月18日，石林县委书记钱立新到鹿阜街道开展下访接访活动，现场研究解决群众反映的问题。"],
                                     date="2024-04-19"))
    visit = _only(ex, "Visit")
    assert {("agent", "钱立新"), ("place", "鹿阜街道")} <= _slots(ex, visit)


def test_a_party_listed_over_clauses_then_going_deep_into_counties_visits_them(extractor):
    """市委副书记甲，市人大常委会副主任乙，市政协副主席丙一行，深入某县、某市，看望慰问…: the first named leads the
    visit, the others go with him."""
    ex = extractor(article_from_text("t", ["7月28日，市委副书记陈建国，市人大常委会副主任刘德胜，市政协副主席周春华一行，"
                                           "深入双峰县、涟源市，看望慰问驻地部队官兵。"], date="2021-07-30"))
    visit = _only(ex, "Visit")
    assert {("agent", "陈建国"), ("place", "双峰县"), ("attendee", "刘德胜"), ("attendee", "周春华")} <= _slots(ex, visit)


def test_a_day_glued_to_a_level_character_opens_no_bodys_name(extractor):
    """3月8日省民政厅养老服务调研组到某市调研 (jieba's model: 日省): the province's department, no 日省民政厅."""
    ex = extractor(article_from_text("t", ["3月8日省民政厅养老服务调研组到汝州市调研养老工作。"], date="2022-03-10"))
    assert not [e.label for e in ex.entities.entities.values() if e.label.startswith("日")]


def test_a_guests_trip_to_a_city_written_by_its_customary_character_is_a_visit_there(extractor):
    """某国驻华大使一行来甬访问 (宁波 never named in full): the guest visits 宁波市, where the reception is."""
    ex = extractor(article_from_text("t", ["11月10日，某国驻华大使金正焕一行来甬访问。当天下午，市长陈立新会见了金正焕一行。"],
                                     date="2020-11-12"))
    visit = _only(ex, "Visit")
    assert {("agent", "金正焕"), ("place", "宁波市")} <= _slots(ex, visit)


def test_a_talk_with_a_guest_come_on_a_visit_is_the_hosts_and_the_guest_visits(extractor):
    """市长甲与来访的乙市委书记、市人大常委会主任乙座谈: 市委, 市长 are the host city's (named later), the guest's chain of
    posts his city's; the guest visits the host's city, where the talk is."""
    ex = extractor(article_from_text("t", ["9月14日，市委副书记、市长孙立新与来访的遵义市委书记、市人大常委会主任陈建国座谈，"
                                           "共商两市对口协作事宜。温州市领导周海涛参加相关活动。"], date="2022-09-15"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    members = {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "memberOf"}
    assert ("孙立新", "温州市委") in members and ("陈建国", "遵义市人大常委会") in members
    visit = _only(ex, "Visit")
    assert {("agent", "陈建国"), ("place", "温州市")} <= _slots(ex, visit)


def test_leaders_listed_before_the_heads_of_every_body_of_a_kind_attend(extractor):
    """县委书记甲、县人大主任乙，各乡镇党委书记及分管教育副职，全县各学校校长共300余人参加了会议: the named
    leaders attend, the unnamed item between them and the verb does not cut the list."""
    ex = extractor(article_from_text("t", ["9月8日下午，商城县教育工作会议在县会议中心召开。县委书记周建国、县人大主任李长河，"
                                           "各乡镇党委书记及分管教育副职，全县各学校校长共300余人参加了会议。"], date="2013-09-09"))
    meeting = _only(ex, "Meeting")
    assert {("attendee", "周建国"), ("attendee", "李长河")} <= _slots(ex, meeting)


def test_those_who_take_part_in_an_inspection_named_by_its_kind_go_with_the_visitor(extractor):
    """…到某区督办检查高考准备工作。…(a paragraph)…副市长甲，市政府秘书长乙参加督办检查。: they go with the visitor."""
    ex = extractor(article_from_text("t", ["6月5日下午，襄阳市市长刘永和到樊城区督办检查高考准备工作。刘永和先后来到襄阳四中考点、"
                                           "樊城区高考试卷保管室，察看考点布置。", "刘永和指出，高考事关千家万户，各部门要扎实做好"
                                           "各个环节工作。", "副市长罗建辉，市政府秘书长贺文斌参加督办检查。"], date="2018-06-06"))
    visit = _only(ex, "Visit")
    assert {("attendee", "罗建辉"), ("attendee", "贺文斌")} <= _slots(ex, visit)


def test_a_bare_closing_line_of_those_taking_part_goes_with_the_visit_paragraphs_before(extractor):
    """某某到甲、乙走访…。(a paragraph of what he said)。副市长甲、军分区副司令员乙参加。: the closing line's persons go
    with the visit, however far before."""
    ex = extractor(article_from_text("t", ["7月27日，市委副书记郭建强到武警扬州支队、扬州市消防救援支队走访，看望慰问部队官兵。",
                                           "慰问时，郭建强同官兵们亲切交谈，详细了解训练生活情况。他说，驻地部队官兵为地方建设"
                                           "作出了重要贡献。", "副市长吴立林、扬州军分区副司令员钱卫国参加。"], date="2023-08-01"))
    visit = _only(ex, "Visit")
    assert {("attendee", "吴立林"), ("attendee", "钱卫国")} <= _slots(ex, visit)


def test_those_escorting_a_reception_and_those_closing_the_report_attend_it(extractor):
    """副市长某某陪同会见: at the reception, not on the guests' visit; 市委常委甲，市外办主任乙等参加了会见。 in the
    report's last paragraph, paragraphs after it: at the reception too."""
    ex = extractor(article_from_text("t", ["3月5日，嘉兴市委书记张永明在迎宾馆会见了某国驻华大使陈海林一行，副市长吴立强陪同会见。",
                                           "张永明对客人来访表示欢迎，介绍了嘉兴经济社会发展情况。", "陈海林说，愿与嘉兴加强经贸合作。",
                                           "市委常委、秘书长周建伟，市外办主任刘晓芳等参加了会见。"], date="2020-03-06"))
    reception = _only(ex, "Meeting")
    assert {("attendee", "吴立强"), ("attendee", "周建伟"), ("attendee", "刘晓芳")} <= _slots(ex, reception)
    assert ("attendee", "吴立强") not in _slots(ex, _only(ex, "Visit"))


def test_a_leader_visiting_a_city_on_a_topic_named_before_the_city_visits_it(extractor):
    """省委书记某某就推进制造业转型在常州调研: what the visit is about stands between him and 在; the city is the
    visit's place (not a stop's province)."""
    ex = extractor(article_from_text("t", ["6月12日，省委书记韩建新就推进制造业转型在无锡调研。他强调，要坚定不移推动高质量"
                                           "发展。韩建新来到位于新吴区的某某电子有限公司考察。"], date="2019-06-14"))
    visit = _only(ex, "Visit")
    assert {("agent", "韩建新"), ("place", "无锡市")} <= _slots(ex, visit) and visit.attrs.get("date") == "2019-06-12"


def test_a_talk_of_two_sides_held_by_the_first_is_attended_by_both(extractor):
    """市委书记甲与某行党委书记、行长乙一行举行工作会谈: both attend, the first's body holds it, where he is."""
    ex = extractor(article_from_text("t", ["12月3日，沧州市委书记赵建强与中国银行河北省分行党委书记、行长孙立军一行举行工作会谈，"
                                           "就深化双方合作进行交流。"], date="2021-12-04"))
    talk = _only(ex, "Meeting")
    assert {("organizer", "沧州市委"), ("attendee", "赵建强"), ("attendee", "孙立军"), ("place", "沧州市")} <= _slots(ex, talk)


def test_a_leader_dispatching_work_on_site_visits_with_those_taking_part(extractor):
    """县委书记某某现场调度城市更新项目建设情况。县长甲，县领导乙、丙参加活动。: a visit (its places told after), those
    taking part go with him."""
    ex = extractor(article_from_text("t", ["5月8日上午，阜南县委书记孙建明现场调度城市更新项目建设情况。县委副书记、县长周丽华，"
                                           "县领导吴建刚、郑立明参加活动。"], date="2024-05-09"))
    visit = _only(ex, "Visit")
    assert {("agent", "孙建明"), ("attendee", "周丽华"), ("attendee", "吴建刚"), ("attendee", "郑立明")} <= _slots(ex, visit)
    assert visit.attrs.get("date") == "2024-05-08"


def test_a_reception_by_a_banks_branch_is_where_the_branch_is(extractor):
    """农发行某分行副行长某某会见来访的某县县长某某一行: at the branch's city (not the bank's, which has no place), where
    the guest visits."""
    ex = extractor(article_from_text("t", ["近日，农发行宁德分行副行长陈庆华会见来访的古田县委副书记、县长许建锋一行。"],
                                     date="2023-02-04"))
    assert ("place", "宁德市") in _slots(ex, _only(ex, "Meeting"))
    assert {("agent", "许建锋"), ("place", "宁德市")} <= _slots(ex, _only(ex, "Visit"))


@pytest.mark.parametrize("paragraphs,chair,place,date", [
    # 随后在某处召开了座谈会 after the visit's stops: at the body's seat, the visitor convening it (召开了 the
    # verb of holding it, no act on a meeting named before)
    (["4月9日下午，市人大常委会副主任孙立平一行到洛阳市调研。区委书记马建国陪同调研。",
      "孙立平一行先后深入三家企业实地察看。随后在市政府召开了座谈会，相关企业代表参加。"], "孙立平", "洛阳市", "2023-04-09"),
    # 在…后，调研组在某市召开了…座谈会 in the visit's next paragraph: on the visit's day
    (["2023年4月9日，省政协副主席李文华率调研组在邵阳市开展基层医疗卫生服务调研。",
      "调研组首先赶往隆回县中医医院。在对医院实地视察后，调研组在邵阳市召开了基层医疗卫生服务座谈会。"],
     None, "邵阳市", "2023-04-09"),
])
def test_a_meeting_told_next_after_a_visit_is_on_the_visits_day(extractor, paragraphs, chair, place, date):
    ex = extractor(article_from_text("t", paragraphs, date="2023-04-11"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == date and ("place", place) in _slots(ex, meeting)
    assert chair is None or ("chair", chair) in _slots(ex, meeting)


@pytest.mark.parametrize("text,place", [
    # those the visitor goes with, and what he brings, between him and the move
    ("3月14日上午，市委常委马丽华与统战部有关负责人一起来到大营镇西沟村，慰问贫困户。", "西沟村"),
    ("2月2日上午，区政协副主席周永红协同区水务局扶贫工作小组带着慰问品和慰问金来到碧鸡街道高峣社区，对帮扶户进行走访慰问。",
     "高峣社区"),
])
def test_a_visitor_going_with_others_or_bringing_gifts_visits(extractor, text, place):
    ex = extractor(article_from_text("t", [text], date="2018-03-15"))
    visit = _only(ex, "Visit")
    assert ("place", place) in _slots(ex, visit) and visit.attrs.get("date", "").endswith(("03-14", "02-02"))


def test_a_headlines_visit_is_on_the_day_of_the_lead_that_names_its_visitor(extractor):
    """某某来到某村慰问贫困户 (headline) | 3月14日上午，某某来到某村，给…送去了慰问金 (no visit read in the lead)."""
    ex = extractor(article_from_text("t", ["3月14日上午，市委常委、统战部部长马丽华来到大营镇西沟村，给12户贫困户送去了慰问金。"],
                                     title="统战部部长马丽华来到大营镇西沟村慰问贫困户", date="2017-03-15"))
    assert _only(ex, "Visit").attrs.get("date") == "2017-03-14"


@pytest.mark.parametrize("text", [
    # 带领…，对…进行了突击安全检查: the leader of the clause before inspects
    "8月12日上午，副区长孙立平带领区应急管理局、区安委会专家组，对辖区重大危险源企业储罐区进行了突击安全检查。",
    # 带领…负责人对…进行了安全检查, 带队对…进行安全检查: the aspect and how it is made before the verb
    "8月12日上午，副区长孙立平带领区应急管理局负责人对辖区重大危险源进行了安全检查。",
    "8月12日上午，副区长孙立平带队对辖区重大危险源企业进行安全检查。",
])
def test_an_inspection_conducted_on_what_it_is_about_is_a_visit(extractor, text):
    ex = extractor(article_from_text("t", [text], date="2022-08-13"))
    visit = _only(ex, "Visit")
    assert ("agent", "孙立平") in _slots(ex, visit) and visit.attrs.get("date") == "2022-08-12"


def test_an_escorted_visitor_moving_in_the_next_clause_to_call_on_someone_visits(extractor):
    """某某在某某的陪同下，到某村慰问老党员某某: the move opens the clause (a person named after it, the one called on)."""
    ex = extractor(article_from_text("t", ["2月3日下午，县政协副主席林国强在黄土岗镇党委书记王力的陪同下，到黄土岗镇官坝村慰问"
                                           "90岁的老党员刘长顺，为他送去慰问品。"], date="2019-02-06"))
    slots = _slots(ex, _only(ex, "Visit"))
    assert {("agent", "林国强"), ("attendee", "王力"), ("place", "官坝村")} <= slots


@pytest.mark.parametrize("text", [
    "1月16日上午，太湖县民政局相关负责人一行到晋熙镇天华村走访慰问脱贫户。",
    "1月16日上午，太湖县民政局党组成员一行到晋熙镇天华村，走访慰问脱贫户。",
])
def test_a_bodys_unnamed_people_going_somewhere_is_the_bodys_visit(extractor, text):
    """某局相关负责人一行到某村走访慰问: the body visits (and organises it), where the move says."""
    ex = extractor(article_from_text("t", [text], date="2023-01-18"))
    visit = _only(ex, "Visit")
    assert {("organizer", "太湖县民政局"), ("place", "天华村")} <= _slots(ex, visit)
    assert visit.attrs.get("date") == "2023-01-16"


def test_a_body_and_a_move_with_no_one_said_to_go_is_no_visit(extractor):
    ex = extractor(article_from_text("t", ["1月16日上午，太湖县民政局到晋熙镇天华村走访慰问脱贫户。"], date="2023-01-18"))
    assert not [e for e in ex.entities.entities.values() if e.type == "Visit"]


@pytest.mark.parametrize("text,organizer,place", [
    # a person leading a dated activity at a place: his body's
    ("3月12日上午，宿松县委书记马建国带领全县党员干部代表在复兴镇东关村开展义务植树活动。", "宿松县委", "东关村"),
    # a place arranging it: the town acting
    ("3月12日上午，柏林镇组织全体机关干部和村“两委”干部共80余人在新华村开展了义务植树活动。", "柏林镇", "新华村"),
])
def test_an_activity_a_leader_or_a_town_arranges_at_a_place_is_held_there(extractor, text, organizer, place):
    ex = extractor(article_from_text("t", [text], date="2022-03-14"))
    ev = _only(ex, "Event")
    assert {("organizer", organizer), ("place", place)} <= _slots(ex, ev)


def test_an_activity_those_who_came_somewhere_join_is_held_there(extractor):
    """某某等来到某镇某村，与干部群众一起参加义务植树活动: where they came."""
    ex = extractor(article_from_text("t", ["3月10日上午，望江县委书记周明远，县委副书记、县长孙立华等县四大班子领导来到华阳镇龙湾村，"
                                           "与机关干部群众一起参加义务植树活动。"], date="2023-03-11"))
    assert ("place", "龙湾村") in _slots(ex, _only(ex, "Event"))


def test_a_study_session_with_discussion_is_a_meeting(extractor):
    """某县委理论学习中心组开展集体学习研讨: a study session (研讨 its discussion), held that day."""
    ex = extractor(article_from_text("t", ["3月11日上午，临澧县委理论学习中心组开展集体学习研讨。县委书记王建国主持会议并讲话。"],
                                     date="2024-03-12"))
    meeting = _only(ex, "Meeting")
    assert meeting.attrs.get("date") == "2024-03-11" and ("chair", "王建国") in _slots(ex, meeting)


def test_a_breakfast_or_round_table_meeting_is_named_without_a_stray_quote(extractor):
    """政企早餐会, 召开“民营经济圆桌会”（第二期）: meetings, named with no quote of one side."""
    ex = extractor(article_from_text("t", ["4月12日上午，我市举行2023年第五场政企早餐会。"], title="绵阳市举行政企早餐会",
                                     date="2023-04-13"))
    assert _only(ex, "Meeting").attrs.get("date") == "2023-04-12"
    ex = extractor(article_from_text("t", ["9月20日下午，南岸区委统战部、区工商联召开“民营经济圆桌会”（第二期）。"],
                                     date="2022-09-21"))
    assert _only(ex, "Meeting").label == "民营经济圆桌会"


def test_a_place_holding_a_dated_activity_right_before_the_verb_organises_it(extractor):
    """3月15日，某区开展重点产业项目拉练活动: the district's event that day."""
    ex = extractor(article_from_text("t", ["3月15日，新洲区开展重点产业项目拉练活动。区委书记周建国率区有关领导先后赴项目现场。"],
                                     date="2023-03-17"))
    ev = next(e for e in ex.entities.entities.values() if e.type == "Event")
    assert ev.attrs.get("date") == "2023-03-15" and ("organizer", "新洲区") in _slots(ex, ev)


def test_a_visit_to_a_province_written_by_its_abbreviation_after_dao_is_there(extractor):
    """某某一行到沪对接援藏工作: 到 and 沪 (上海市), as 赴京 and 来津."""
    ex = extractor(article_from_text("t", ["6月10日下午，西藏自治区发展改革委主任李强一行到沪对接援藏工作，实地调研了特色商品中心。"],
                                     date="2023-06-12"))
    assert ("place", "上海市") in _slots(ex, _only(ex, "Visit"))


def test_a_counterpart_aid_command_post_holds_its_meeting_away_from_its_home_province(extractor):
    """江苏省援疆前方指挥部召开…会议 (前方 a word of the post's name): the post's meeting, not held in 江苏省."""
    ex = extractor(article_from_text("t", ["3月15日，江苏省援疆前方指挥部召开2021年援疆干部人才工作会议。"], date="2021-03-20"))
    slots = _slots(ex, _only(ex, "Meeting"))
    assert ("organizer", "江苏省援疆前方指挥部") in slots and ("place", "江苏省") not in slots


def test_the_sittings_a_presidium_held_counted_are_no_meeting(extractor):
    ex = extractor(article_from_text("t", ["8月30日，共青团平利县第二十次代表大会召开。大会主席团召开了四次会议，通过了大会日程。"],
                                     date="2019-08-31"))
    assert all("四次会议" not in e.label for e in ex.entities.entities.values() if e.type == "Meeting")


def test_a_second_leaders_tour_conducting_its_kind_at_once_is_a_visit_of_its_own(extractor):
    """6月3日，市委书记某某带队检查防汛工作…。6月5日，市长某某带队开展防汛检查…: two visits, each its day."""
    ex = extractor(article_from_text("t", ["6月3日，信阳市委书记王立成带队检查防汛工作，先后来到市水文站等地。",
                                           "6月5日，市长赵德明带队开展防汛检查，先后来到城南泵站等地，详细了解防汛备汛情况。"],
                                     date="2021-06-08"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert sorted((v.attrs.get("date"), n) for v in visits for r, n in _slots(ex, v) if r == "agent") == [
        ("2021-06-03", "王立成"), ("2021-06-05", "赵德明")]


def test_leaders_going_separately_are_no_party_of_one_visit(extractor):
    """甲，乙分别看望慰问…: each goes on his own; the second no attendee of the first's visit."""
    ex = extractor(article_from_text("t", ["2月1日，县委书记韩立群，县委副书记、县长宋志刚分别看望慰问春节值班人员。"
                                           "韩立群先后到城关镇和大桥镇，看望慰问了执勤民警。"], date="2022-02-02"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert visits and all(("attendee", "宋志刚") not in _slots(ex, v) for v in visits)


def test_a_meeting_held_by_video_is_held(extractor):
    """某某会议以视频(会议)形式召开: the form it was held in, between its name and the verb."""
    ex = extractor(article_from_text("t", ["3月5日，全市河长制工作会议以视频会议形式召开。"], date="2021-03-08"))
    assert _only(ex, "Meeting").attrs.get("date") == "2021-03-05"


@pytest.mark.parametrize("text", [
    # a press hall of a government building: a room, no body
    "5月8日上午，晋中市文旅融合发展专场新闻发布会在市政府新闻发布厅举行。市文化和旅游局局长韩立平介绍了有关情况。",
    # a park no recogniser names, longer than a place's name: where it was held
    "5月9日上午，阳城县农产品品牌建设新闻发布会在县现代种业园举行。县农业农村局局长蔡文博发布了有关情况。",
])
def test_a_press_conference_in_a_hall_or_a_park_is_held(extractor, text):
    ex = extractor(article_from_text("t", [text], date="2023-05-10"))
    assert _only(ex, "Meeting").attrs.get("date", "").startswith("2023-05-0")
    assert not [e for e in ex.entities.entities.values() if e.label.endswith("发布厅")]


def test_a_meeting_after_a_visit_whose_escorts_are_listed_in_a_closing_line_is_on_its_day(extractor):
    """A headline's visit, its lead, a stop, then 在…后，调研组在某市召开了…座谈会, and a closing line of the escorts in
    the paragraph after: the meeting told inside the visit's paragraphs, on its day."""
    ex = extractor(article_from_text("t", [
        "2014年7月21日，省政协副主席王正荣率调研组在广元市开展县级公立医院改革调研。",
        "调研组首先赶往旺苍县，对旺苍中医院进行了详细视察。在对医院实地视察后，调研组在广元市召开了公立医院改革座谈会。",
        "陪同王正荣一行进行调研的广元市领导有：市委书记马华、副市长赵爱武等。"],
        title="王正荣率调研组在广元开展县级公立医院改革调研", date="2014-07-23"))
    assert _only(ex, "Meeting").attrs.get("date") == "2014-07-21"


def test_games_opening_at_a_venue_no_recogniser_reads_are_held_there(extractor):
    """某县第五届全民运动会在人民广场隆重开幕: held that day, in the county the name opens with."""
    ex = extractor(article_from_text("t", ["10月15日，桐庐县第五届全民运动会在人民广场隆重开幕。县委书记周建华宣布运动会开幕。"],
                                     date="2021-10-16"))
    ev = _only(ex, "Event")
    assert ev.attrs.get("date") == "2021-10-15" and ("place", "桐庐县") in _slots(ex, ev)
