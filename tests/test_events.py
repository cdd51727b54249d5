"""Events as nodes with every slot: meetings, issuances, visits, signings, milestones."""
from __future__ import annotations

import pytest

from kg.events import event_id

from .facts_helper import labels, run, triples

CAMPAIGN = ("“不忘初心、牢记使命”主题教育", "Campaign")

CASES = [  # text, given spans, article date, expected events: (type, {slot: value})
    ("2019年9月8日，北京市召开“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议。", [CAMPAIGN], None,
     [("Meeting", {"date": "2019-09-08", "organizer": "北京市", "place": "北京市",
                   "campaign": "“不忘初心、牢记使命”主题教育"})]),
    ("9月10日，山西省“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议在太原召开。", [CAMPAIGN], "2019-10-01",
     [("Meeting", {"date": "2019-09-10", "organizer": "山西省", "place": "太原市",
                   "campaign": "“不忘初心、牢记使命”主题教育"})]),
    # X常委会会议召开; the chair from the next sentence; the place is the body's
    ("4月8日，安吉县委常委会会议召开，研究部署工作。县委书记沈国华主持会议并讲话。",
     [("安吉县委", "PartyOrganization"), ("沈国华", "Person")], "2020-05-01",
     [("Meeting", {"date": "2020-04-08", "organizer": "安吉县委", "place": "安吉县", "chair": "沈国华"})]),
    # co-organisers, attendee and chair
    ("9月6日，兰考县委、兰考县人民政府召开全县脱贫攻坚推进会。县委书记王新民出席会议并讲话，县长刘卫东主持会议。",
     [("兰考县委", "PartyOrganization"), ("兰考县人民政府", "GovernmentBody"), ("王新民", "Person"),
      ("刘卫东", "Person")], "2016-09-30",
     [("Meeting", {"date": "2016-09-06", "organizer": "兰考县委", "place": "兰考县", "chair": "刘卫东",
                   "attendee": "王新民"})]),
    # 制定印发《…》
    ("9月11日,内蒙古自治区党委制定印发《自治区开展第二批主题教育实施方案》,对开展第二批主题教育进行全面安排部署。",
     [("内蒙古自治区党委", "PartyOrganization"), ("《自治区开展第二批主题教育实施方案》", "Document")], "2019-09-20",
     [("DocumentIssuance", {"date": "2019-09-11", "organizer": "内蒙古自治区党委", "place": "内蒙古自治区",
                            "document": "《自治区开展第二批主题教育实施方案》"})]),
    # the year from the document number when the article has no date
    ("6月28日，成都市人民政府印发《成都市农村集体经营性建设用地入市试点工作实施方案》（成府发〔2017〕18号）。",
     [("成都市人民政府", "GovernmentBody"), ("《成都市农村集体经营性建设用地入市试点工作实施方案》", "Document")], None,
     [("DocumentIssuance", {"date": "2017-06-28", "organizer": "成都市人民政府", "place": "成都市",
                            "document": "《成都市农村集体经营性建设用地入市试点工作实施方案》"})]),
    # 会前 … 印发: before the meeting's date
    ("6月9日，湖北省促进高校毕业生就业工作座谈会在武汉召开。会前，湖北省人民政府办公厅印发《关于做好就业工作的通知》。",
     [("湖北省人民政府办公厅", "GovernmentBody"), ("《关于做好就业工作的通知》", "Document")], "2022-06-10",
     [("Meeting", {"date": "2022-06-09", "organizer": "湖北省", "place": "武汉市"}),
      ("DocumentIssuance", {"dateBefore": "2022-06-09", "organizer": "湖北省人民政府办公厅",
                            "document": "《关于做好就业工作的通知》"})]),
    # a visit: P到Y、Z调研; then 在Y，P走进… on the same tour
    ("4月17日，遵义市委书记魏明德到湄潭县、播州区调研茶产业发展。在湄潭县兴隆镇云峰村，魏明德走进茶园。",
     [("遵义市委", "PartyOrganization"), ("魏明德", "Person")], "2018-04-20",
     [("Visit", {"date": "2018-04-17", "agent": "魏明德", "place": "湄潭县"})]),
    # a leader and the group led, 率 glued by jieba's model to the level opening the group's name (率省)
    ("3月5日，副省长周文龙率省督导组到安吉县督导防汛工作。", [], "2021-03-06",
     [("Visit", {"date": "2021-03-05", "agent": "周文龙", "place": "安吉县"})]),
    # a group sent to inspect (视察团), its members counted after 一行 (jieba's model glues 人来, 团来)
    ("6月5日，省人大常委会视察团一行18人来洛阳市视察乡村振兴工作。", [], "2021-06-07",
     [("Visit", {"date": "2021-06-05", "agent": "河南省人大常委会", "place": "洛阳市"})]),
    ("6月5日，省人大常委会视察团来洛阳市视察乡村振兴工作。", [], "2021-06-07",
     [("Visit", {"date": "2021-06-05", "agent": "河南省人大常委会", "place": "洛阳市"})]),
    ("各单位深入学习贯彻习近平总书记视察北京香山革命纪念地重要讲话精神。",
     [("习近平", "Person"), ("香山革命纪念地", "Landmark")], "2019-09-20",
     [("Visit", {"agent": "习近平", "place": "香山革命纪念地"})]),
    # a signing on the day of the event before (当日)
    ("3月5日，南山区政府常务会议召开。当日，南方科技大学与香港科技大学签署合作备忘录。",
     [("南方科技大学", "University"), ("香港科技大学", "University")], "2019-03-10",
     [("Meeting", {"date": "2019-03-05"}),
      ("Event", {"date": "2019-03-05", "organizer": "南方科技大学", "attendee": "香港科技大学"})]),
    # milestones: 之前…全部完成; 截至…建成
    ("9月12日之前，北京市第二批主题教育单位全部完成动员部署。", [("第二批主题教育", "Campaign")], "2019-09-20",
     [("Milestone", {"dateBefore": "2019-09-12", "organizer": "北京市", "place": "北京市"})]),
    ("截至2019年底，安吉县已累计建成美丽乡村精品村187个，实现美丽乡村全覆盖。", [], None,
     [("Milestone", {"dateBefore": "2019-12-31", "organizer": "安吉县", "place": "安吉县"})]),
]


def _visit_slots(extractor, paragraphs, title, date):
    """``slots(role)``: the labels the article's visit has in ``role`` (``visited``: any visitor's)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, title=title, date=date))
    ents = ext.entities.entities
    visit = next(e for e in ents.values() if e.type == "Visit")
    return lambda role: {ents[f.tail].label for f in ext.facts if f.tail in ents and f.relation == role
                         and (f.head == visit.id or role == "visited")}


def _days_of(extractor, lead: str, title: str, date: str, cls: str, key: str = "date") -> list:
    """The ``key`` (date, dateBefore) of each event of class ``cls`` of an article of a headline and a lead."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [lead], title=title, date=date))
    return [e.attrs.get(key) for e in ext.entities.entities.values() if e.type == cls]


def _the_ones_slot(ext, cls: str, relation: str) -> set[str]:
    """The labels in slot ``relation`` of the one event of class ``cls`` the extraction has."""
    ents = ext.entities.entities
    events = [e for e in ents.values() if e.type == cls]
    assert len(events) == 1
    return {ents[f.tail].label for f in ext.facts if f.head == events[0].id and f.relation == relation}


def _events(ents, out):
    names = labels(ents, out)
    found = []
    for e in sorted(out.entities, key=lambda e: e.id):
        if e.type not in ("Meeting", "DocumentIssuance", "Visit", "Milestone", "Event"):
            continue
        slots = {k: v for k, v in e.attrs.items() if k in ("date", "dateBefore")}
        for f in out.facts:
            if f.head == e.id:
                slots.setdefault(f.relation, names.get(f.tail) or _area(f.tail))
        found.append((e.type, slots))
    return found


def _area(key):
    from kg.gazetteer import Gazetteer

    area = _GAZ[0].get(key[4:]) if key.startswith("adm/") else None
    return area.name if area else key


_GAZ = []


@pytest.fixture(autouse=True, scope="module")
def _gazetteer(resources):
    _GAZ[:] = [resources.gazetteer]


@pytest.mark.parametrize("text,given,date,expected", CASES)
def test_events(extractor, text, given, date, expected):
    ents, out = run(extractor, text, given, date=date)
    got = _events(ents, out)
    assert len(got) == len(expected), got
    for (etype, slots), (gtype, gslots) in zip(sorted(got, key=lambda x: x[0]), sorted(expected, key=lambda x: x[0])):
        assert etype == gtype
        assert {k: slots.get(k) for k in gslots} == gslots


def test_the_same_meeting_name_by_two_bodies_on_two_dates_is_two_nodes(extractor):
    text = ("2019年9月8日，北京市召开主题教育第一批总结暨第二批部署会议。"
            "9月10日，山西省召开主题教育第一批总结暨第二批部署会议。")
    ents, out = run(extractor, text)
    meetings = sorted(e.id for e in out.entities if e.type == "Meeting")
    assert meetings == ["Meeting/主题教育第一批总结暨第二批部署会议/2019-09-08/北京市",
                        "Meeting/主题教育第一批总结暨第二批部署会议/2019-09-10/山西省"]


def test_a_meeting_named_with_our_province_is_named_with_the_province(extractor):
    from kg.read import article_from_text

    text = "湖南日报3月5日讯（记者 王某）3月4日，省委召开常委会会议，传达学习我省脱贫攻坚推进会议精神和全省农村改革推进会精神。"
    ents = extractor(article_from_text("t", [text])).entities.entities.values()
    meetings = {e.label: e.aliases for e in ents if e.type == "Meeting"}
    assert meetings["湖南省脱贫攻坚推进会议"] >= {"我省脱贫攻坚推进会议"}
    assert "全省农村改革推进会" in meetings        # (全省 says how wide: it stays)


def test_the_outlet_of_a_dateline_holds_no_meeting(extractor):
    ents, out = run(extractor, "湖南日报3月5日讯 省委召开会议，研究部署稳就业工作。")
    meetings = [e for e in out.entities if e.type == "Meeting"]
    assert [m.label for m in meetings] == ["省委会议"]
    organizers = {ents.entities[f.tail].label for f in out.facts if f.relation == "organizer"}
    assert organizers == {"湖南省委"}


def test_a_headline_launch_of_no_organiser_beside_a_lead_launch_of_one(extractor):
    """A launch in a headline naming no organiser and a lead's launch naming one: compared, not a crash
    that loses the article (the headline's organiser was asked for its key)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["8月11日，铁西区城市更新行动启动仪式举行。9月1日，武侯区项目开工。"],
                            title="各地加快推进城市更新", date="2026-08-12")
    ents = extractor(art).entities.entities
    assert {"铁西区城市更新行动启动仪式", "武侯区项目开工"} <= {e.label for e in ents.values() if e.type == "Milestone"}


def test_a_meeting_referred_to_is_not_placed_where_the_report_was_filed(extractor):
    """会议深入学习贯彻党的十九届五中全会精神, filed from 兰州: the plenum is referred to, not held there."""
    from kg.read import article_from_text

    art = article_from_text("t", ["本报兰州讯（记者 马晓东）2月23日，全省科技工作会议在兰州召开。会议深入学习贯彻党的十九届五中全会精神。"],
                            title="全省科技工作会议在兰州召开", date="2021-02-24")
    ext = extractor(art)
    ents = ext.entities.entities
    plenum = next(e for e in ents.values() if e.type == "Meeting" and e.label.endswith("五中全会"))
    assert not [f for f in ext.facts if f.head == plenum.id and f.relation == "place"]
    held = next(e for e in ents.values() if e.type == "Meeting" and e.label == "全省科技工作会议")
    assert {ents[f.tail].label for f in ext.facts if f.head == held.id and f.relation == "place"} == {"兰州市"}


@pytest.mark.parametrize("text", [
    "10月28日，市委宣讲团成员王建华在宜宾市翠屏区李庄镇宣讲党的二十届四中全会精神。王建华紧紧围绕党的二十届四中全会召开的"
    "重大意义进行阐释。下一步，我区将持续深化党的二十届四中全会精神宣讲。",
    "6月1日，常德市岳阳市协同发展座谈会在常德市召开。会议紧扣全省经济工作会议部署，按照党的二十届三中全会要求研究合作事项。",
])
def test_a_meeting_referred_to_is_named_by_its_own_words(extractor, text):
    """…围绕党的二十届四中全会召开的重大意义, 我区将持续深化党的二十届四中全会精神, 紧扣全省经济工作会议部署: the meeting
    referred to is named from 党的 (its term after it) or after the verb of the guide it is; none held that day."""
    from kg.read import article_from_text

    ents = extractor(article_from_text("t", [text], date="2026-10-30")).entities.entities
    named = {e.label: e.attrs for e in ents.values() if e.type == "Meeting" and "全会" in e.label or "经济工作会议" in e.label}
    assert set(named) <= {"党的二十届四中全会", "党的二十届三中全会", "全省经济工作会议"} and named
    assert not any(a.get("date") for a in named.values())


@pytest.mark.parametrize("lead,place", [
    # a work put into service; the county written after its province, its prefecture left out
    ("3月18日，四川省宁南县白鹤滩水电站最后一台机组正式投产发电。", "宁南县"),
    ("8月20日，甘肃省定西市引洮供水二期配套城乡供水工程全线通水。", "定西市"),
    ("9月10日，内蒙古察哈尔右翼后旗风电项目实现全容量并网发电。", "察哈尔右翼后旗"),
    ("12月26日，云南省大理州宾川县引水工程隧洞全线贯通。", "宾川县"),
])
def test_a_work_put_into_service_is_a_milestone_of_its_smallest_place(extractor, lead, place):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [lead], title="重点工程建设取得新进展", date="2026-12-28"))
    assert _the_ones_slot(ext, "Milestone", "place") == {place}


def test_a_headline_reception_is_the_leads(extractor):
    """某某会见哈萨克斯坦客人 | 8月29日，…某某在乌鲁木齐会见了…一行: one reception, dated and placed; a headline's
    guests (越南广宁省代表团) attend the lead's reception, no undated visit of their own (the lead's, dated)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["8月29日，自治区主席艾尔肯·吐尼亚孜在乌鲁木齐会见了哈萨克斯坦阿拉木图州州长马拉特·苏尔坦诺夫一行。"],
                                      title="艾尔肯·吐尼亚孜会见哈萨克斯坦客人", date="2026-08-30"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].attrs.get("date") == "2026-08-29"
    ext = extractor(article_from_text("t", ["10月21日，自治区党委书记陈刚在南宁会见越南广宁省委书记武文地率领的代表团一行。"],
                                      title="陈刚会见越南广宁省代表团", date="2026-10-22"))
    # (the guests' visit is the lead's, dated, led by whom the lead names before 率领的: no undated one)
    visits = [e for e in ext.entities.entities.values() if e.type == "Visit"]
    assert [v.attrs.get("date") for v in visits] == ["2026-10-21"]
    assert "越南广宁省代表团" in _the_ones_slot(ext, "Meeting", "attendee")


def test_a_leaders_visit_referred_to_takes_none_of_the_reports_attendees(extractor):
    """要深入学习贯彻习近平总书记考察云南重要讲话精神: a visit referred back to; 参加调研, 陪同调研 are the
    report's visit's."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["11月3日，省委书记王宁在普洱市调研。他强调，要深入学习贯彻习近平总书记考察云南重要讲话精神。"
                                            "副省长纳云德参加调研。普洱市委书记杨文虎陪同调研。"],
                                      title="王宁在普洱调研", date="2026-11-05"))
    ents = ext.entities.entities
    visits = {e.id: e for e in ents.values() if e.type == "Visit"}
    attended = {ents[f.tail].label: visits[f.head].attrs.get("date") for f in ext.facts
                if f.relation == "attendee" and f.head in visits}
    assert attended == {"纳云德": "2026-11-03", "杨文虎": "2026-11-03"}


def test_a_launch_is_named_with_what_it_launches(extractor):
    """江苏启动秋粮收购: the launch's name keeps its object (not 江苏启动)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["10月5日，江苏省启动秋粮收购。"], title="秋粮收购全面展开", date="2026-10-06"))
    assert "江苏省启动秋粮收购" in {e.label for e in ext.entities.entities.values() if e.type == "Milestone"}
    # (but not a time since it: 挂牌运行以来)
    ext = extractor(article_from_text("t", ["大连片区自2017年4月挂牌运行以来，累计新增企业5万家。"], date="2024-01-06"))
    assert not [e for e in ext.entities.entities.values() if e.type == "Milestone" and e.label.endswith("以来")]


def test_the_same_day_after_the_actor_in_a_new_paragraph(extractor):
    """自治区副主席某某当日主持召开…调度会, a paragraph after the day: that day (当日 after the actor's name)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["6月25日，内蒙古自治区防汛抗旱指挥部启动抗旱四级应急响应。",
                                            "自治区副主席白云峰当日主持召开抗旱工作调度会。"],
                                      title="内蒙古启动抗旱四级应急响应", date="2017-06-26"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2017-06-25"]


def test_a_headlines_unnamed_meeting_is_the_one_the_body_held(extractor):
    """某指挥部召开会议 | 12月25日晚，某指挥部召开专题会议: one meeting, dated."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["12月25日晚，西安市新冠肺炎疫情防控指挥部召开专题会议，研究部署下一步疫情防控重点工作。"],
                                      title="西安市新冠肺炎疫情防控指挥部召开会议", date="2021-12-26"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2021-12-25"]


def test_a_headline_the_body_repeats_as_its_first_sentence_is_the_leads_meeting(extractor):
    """The title repeated as the body's first line, with a full stop (某某县长主持召开某某推进会。 | 6月4日，…): one
    meeting, the lead's, dated, with those who attend it."""
    from kg.read import article_from_text

    title = "孙立华县长主持召开2024年卫片执法工作推进会"
    ext = extractor(article_from_text("t", [title + "。6月4日，鸡泽县县长孙立华主持召开2024年卫片执法工作推进会。"
                                            "县领导李刚、周敏出席。"], title=title, date="2024-06-05"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2024-06-04"]


def test_a_headline_repeated_with_the_pages_photo_mark_is_the_leads_meeting(extractor):
    """某县召开某某工作会议(图) as the body's first line under that title: one meeting, the lead's."""
    from kg.read import article_from_text

    title = "内乡县召开卫生健康和医疗保障工作会议"
    ext = extractor(article_from_text("t", [title + "(图)", "4月8日，内乡县召开卫生健康和医疗保障工作会议，回顾总结工作。"
                                            "副县长张丽出席会议。"], title=title, date="2022-04-09"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2022-04-08"]


def test_a_meeting_told_again_undated_by_its_name_is_one_meeting(extractor):
    """某某大会在某地开幕。上午9时，某某宣布：某某大会开幕: one meeting, dated (a clock time gives no day)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["1月20日上午，沅陵县第十七届人民代表大会第三次会议在县会议中心开幕。",
                                            "上午9时，向志明宣布：沅陵县第十七届人民代表大会第三次会议开幕。"],
                                      date="2020-01-20"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2020-01-20"]


@pytest.mark.parametrize("text,date,held", [
    # 某某座谈会成功召开: 成功 how it was held, as 顺利
    ("3月15日，泰州市外贸企业座谈会成功召开。市商务局局长朱明华出席并讲话。", "2023-03-16", "2023-03-15"),
    # 某某会议在雄壮的国歌声中开幕: the sound it opened in is no place
    ("1月20日上午，沅陵县第十七届人民代表大会第三次会议在雄壮的国歌声中开幕。", "2020-01-21", "2020-01-20"),
])
def test_a_meeting_held_with_success_or_amid_the_anthem_is_held(extractor, text, date, held):
    """Held that day: how it was held, or the sound it opened in, between its name and the verb."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], date=date))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == [held]


def test_a_districts_congress_named_after_its_city_is_the_districts(extractor):
    """上海市虹口区第十六届人民代表大会第四次会议开幕: held by the district's congress, not by 上海市."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["1月6日上午，上海市虹口区第十六届人民代表大会第四次会议在区人大会议厅开幕。"],
                                      date="2020-01-07"))
    meeting = next(e for e in ext.entities.entities.values() if e.type == "Meeting")
    organizers = {ext.entities.entities[f.tail].label for f in ext.facts if f.head == meeting.id
                  and f.relation == "organizer" and f.tail in ext.entities.entities}
    assert organizers == {"虹口区人民代表大会"}


def test_a_party_committees_sitting_on_military_affairs_is_a_meeting_and_no_person(extractor):
    """某市委书记主持召开某市委常委议军会: a meeting (议军会), no person 议军会 after the seat 常委."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["8月12日下午，江阴市委书记许峰在某部驻地主持召开江阴市委常委议军会。"],
                                      date="2021-08-13"))
    types = {e.label: e.type for e in ext.entities.entities.values()}
    assert types.get("江阴市委常委议军会") == "Meeting" and "议军会" not in types


def test_a_meeting_that_kept_its_time_before_its_place_is_held(extractor):
    """某某交流会如期在某体育馆召开: held there that day (如期 before 在)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["2月6日，仙居县2019年春季大型人力资源交流会如期在仙居县体育馆召开。"],
                                      date="2019-02-07"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.attrs.get("date") for m in meetings] == ["2019-02-06"]


@pytest.mark.parametrize("paragraphs", [
    ["9月2日，浙江省退役军人就业创业工作推进会召开。会议由省退役军人事务厅主办，在宁波市鄞州区召开。"],
    ["9月2日，浙江省退役军人就业创业工作推进会召开。", "会议在宁波市鄞州区召开。"],
])
def test_a_meeting_is_held_where_the_sentence_after_it_says(extractor, paragraphs):
    """会议在某区召开 right after the meeting is named: held there, not in its organiser's province."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, title="浙江召开退役军人工作推进会", date="2022-09-03"))
    assert _the_ones_slot(ext, "Meeting", "place") == {"鄞州区"}


def test_who_speaks_at_the_meeting_attends_it(extractor):
    """某市市长某某在会上表示: what a person said at the meeting just named makes the person an attendee."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["8月13日，全省重点项目建设观摩推进会在洛阳召开。副省长孙守刚主持会议。"
                                            "开封市市长汪明德在会上表示，将全力做好要素保障。"],
                                      title="全省重点项目观摩推进会召开", date="2026-08-14"))
    assert "汪明德" in _the_ones_slot(ext, "Meeting", "attendee")


def test_issuance_gives_issued_by(extractor):
    text = "5月12日，中共定西市委、定西市人民政府印发《关于扎实推进精准扶贫精准脱贫的实施意见》（定发〔2015〕9号）。"
    doc = "《关于扎实推进精准扶贫精准脱贫的实施意见》"
    ents, out = run(extractor, text, [("中共定西市委", "PartyOrganization"), ("定西市人民政府", "GovernmentBody"),
                                      (doc, "Document")])
    names = labels(ents, out)
    assert sorted(names[f.tail] for f in out.facts if f.relation == "issuedBy") == ["中共定西市委", "定西市人民政府"]


def test_visits_give_visited(extractor):
    text = "4月17日，遵义市委书记魏明德到湄潭县、播州区调研茶产业发展。随后，魏明德来到播州区枫香镇花茂村，察看乡村旅游发展情况。"
    ents, out = run(extractor, text, [("遵义市委", "PartyOrganization"), ("魏明德", "Person"), ("花茂村", "Village")],
                    date="2018-04-20")
    names = labels(ents, out)
    visited = sorted(names[f.tail] for f in out.facts if f.relation == "visited")
    assert visited == ["播州区", "枫香镇", "湄潭县", "花茂村"]     # the township its chain names too
    assert len([e for e in out.entities if e.type == "Visit"]) == 1      # one tour on one day


@pytest.mark.parametrize("args,expected", [
    (("Meeting", "常务会议", "2021-03-16", "昆山市人民政府"), "Meeting/常务会议/2021-03-16/昆山市人民政府"),
    (("Visit", "到A/B调研", None, None), "Visit/到A／B调研/-/-"),
])
def test_event_ids_are_readable(args, expected):
    assert event_id(*args) == expected


def test_words_that_are_not_events(extractor):
    text = "会议指出，要认真学习贯彻会议精神。得到群众认可，达到预期目标。"
    ents, out = run(extractor, text, date="2019-09-20")
    assert _events(ents, out) == []


MORE = [  # text, given, date, expected events
    # <name>常务会议审议通过…: the meeting is held though 召开 is not said; the document it adopts
    # is issued by its holder on its day
    ("1月22日，青岛市政府第45次常务会议审议通过《三年行动方案》。", [("青岛市政府", "GovernmentBody")], "2024-02-01",
     [("DocumentIssuance", {"date": "2024-01-22", "organizer": "青岛市政府", "document": "《三年行动方案》"}),
      ("Meeting", {"date": "2024-01-22", "organizer": "青岛市政府"})]),
    # 会后，与会人员实地观摩了X和Y: a visit on the meeting's day
    ("9月6日，兰考县委召开全县脱贫攻坚推进会。会后，与会人员实地观摩了焦裕禄纪念园和张庄村。",
     [("兰考县委", "PartyOrganization"), ("焦裕禄纪念园", "Landmark"), ("张庄村", "Village")], "2016-09-30",
     [("Meeting", {"date": "2016-09-06"}), ("Visit", {"date": "2016-09-06", "place": "焦裕禄纪念园"})]),
    # 中共X市委、X市人民政府印发: both issue; the first organises
    ("5月12日，中共定西市委、定西市人民政府印发《关于扎实推进精准扶贫精准脱贫的实施意见》。",
     [("定西市委", "PartyOrganization"), ("定西市人民政府", "GovernmentBody"),
      ("《关于扎实推进精准扶贫精准脱贫的实施意见》", "Document")], "2015-06-01",
     [("DocumentIssuance", {"date": "2015-05-12", "organizer": "定西市委"})]),
]


@pytest.mark.parametrize("text,given,date,expected", MORE)
def test_more_events(extractor, text, given, date, expected):
    test_events(extractor, text, given, date, expected)


def test_those_attending_a_reception_attend_it_though_the_guests_visit_is_read_after_it(extractor):
    """某省长会见某国某部长一行 (a reception, then the guests' visit read in the same sentence),
    副省长甲，秘书长乙参加会见: 甲 and 乙 attend the reception, with the guest."""
    text = ("11月7日，省长王凯在郑州会见德国巴伐利亚州经济部长艾旺格一行，双方进行了会谈。"
            "副省长孙守刚，省政府秘书长朱焕然参加会见。")
    ents, out = run(extractor, text, date="2023-11-08")
    reception = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, reception, "attendee") == {"孙守刚", "朱焕然", "艾旺格"}


def test_those_who_attend_a_reception_told_before_a_signing_attend_the_reception(extractor):
    """会见后，甲与乙签署…协议。市领导丙、丁参加会见: the reception's attendees, not the signing's; 参加会见或座谈
    after the leaders of two provinces (江苏省领导甲、乙，四川省领导丙) names no host of a reception of its own."""
    text = ("6月8日上午，市委书记王立国在衢州会见了浙江大学校长吴朝阳一行。会见后，衢州市人民政府与浙江大学签署了"
            "全面战略合作协议。\n市领导徐利民、汪天宇参加会见。")
    ents, out = run(extractor, text, date="2022-06-09")
    reception = next(e for e in out.entities if e.type == "Meeting")
    assert {"徐利民", "汪天宇"} <= _slot_labels(ents, out, reception, "attendee")
    text = ("5月8日上午，省委书记罗建国在南京会见了四川省党政代表团一行。\n"
            "江苏省领导樊志明、王江涛，四川省领导邓小军、甘立新参加会见或座谈。")
    ents, out = run(extractor, text, date="2019-05-10")
    meetings = [e for e in out.entities if e.type == "Meeting"]
    assert len(meetings) == 1
    assert _slot_labels(ents, out, meetings[0], "attendee") == {"樊志明", "王江涛", "邓小军", "甘立新"}
    assert _slot_labels(ents, out, meetings[0], "chair") == {"罗建国"}


@pytest.mark.parametrize("held", ["举行2018年第三次集中学习", "开展专题学习", "进行集体学习"])
def test_a_study_groups_session_without_a_meetings_word_is_held(extractor, held):
    """某厅党委理论学习中心组举行…集中学习 / 开展专题学习 / 进行集体学习 (no 会): a study session held, its chair
    the one who 主持学习."""
    text = f"4月10日，江苏省交通运输厅党委理论学习中心组{held}。厅党委书记、厅长马世杰主持学习并讲话。"
    ents, out = run(extractor, text, date="2018-04-12")
    assert _events(ents, out) == [("Meeting", {"date": "2018-04-10", "organizer": "江苏省交通运输厅党委",
                                               "place": "江苏省", "chair": "马世杰"})]


def test_a_ceremony_held_at_a_main_venue_and_others_is_held_at_the_main_one(extractor):
    """…集中开工活动在某市主会场和甲、乙分会场同步举行: held, on its day, where the main venue is."""
    for text in ("3月28日，全省第一季度重大项目集中开工活动在郑州主会场和洛阳分会场同步举行。",
                 "3月28日，全省重大项目集中开工仪式在郑州主会场和洛阳、开封等分会场同时举行。"):
        ents, out = run(extractor, text, date="2021-03-29")
        assert [(t, {k: v for k, v in slots.items() if k in ("date", "place")}) for t, slots in _events(ents, out)] \
            == [("Milestone", {"date": "2021-03-28", "place": "郑州市"})]


def test_the_guests_place_is_not_the_hosts(extractor):
    """省委书记某某在南京会见了某省党政代表团 (省领导会见… in the headline): the host's unqualified posts and the
    reception are of the meeting city's province, not the guests' (the only province the text names); 我市 after a
    reception in 衢州 is 衢州, and a signing 会见后 is on the reception's day."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [
        "5月8日上午，省委书记罗建国在南京会见了四川省委书记杨春林率领的四川省党政代表团一行。"
        "罗建国代表省委、省政府，对代表团一行表示热烈欢迎。省委副书记、省长孙立军参加会见。"],
        title="省领导会见四川省党政代表团", date="2019-05-10"))
    ents = ext.entities.entities
    posts = {(ents[f.head].label, ents[f.tail].label) for f in ext.facts if f.relation == "postIn" and f.tail in ents}
    assert ("罗建国 省委书记", "江苏省委") in posts and ("孙立军 省长", "江苏省政府") in posts
    assert ("杨春林 省委书记", "四川省委") in posts
    ents, out = run(extractor, "5月8日，市委书记王立国在衢州会见了宁波市党政代表团一行。会见后，我市与宁波市签署了合作协议。",
                    date="2019-05-10")
    signing = next(e for e in out.entities if e.type == "Event")
    assert _slot_labels(ents, out, signing, "organizer") == {"衢州市"} and signing.attrs.get("date") == "2019-05-08"


def test_a_meeting_chaired_in_a_government_capacity_and_named_short_by_the_lead(extractor):
    """市委副书记、市长某某主持召开专题会议: held in the mayor's capacity (not by the committee of the deputy's post
    listed before it); 某市召开国企改革专题会议 | 市长某某主持召开专题会议: one meeting, named as the headline
    names it."""
    from kg.read import article_from_text

    ents, out = run(extractor, "11月19日，天水市委副书记、市长杜建华主持召开专题会议，研究国企改革。会议要求，方案报市政府审定。",
                    date="2013-11-20")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "organizer") == {"天水市政府"}
    ext = extractor(article_from_text("t", ["11月19日，天水市市长杜建华主持召开专题会议，研究国企改革。"],
                                      title="天水市召开国企改革专题会议", date="2013-11-20"))
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in meetings] == [("国企改革专题会议", "2013-11-19")]


def test_a_visiting_group_named_bare_holds_a_meeting_on_its_visit(extractor):
    """某某率执法检查组到某市检查…。9日上午，检查组在柳州召开座谈会。某某主持座谈会: a meeting held, by the visit's
    organiser, where it says (or where the visit is), chaired by whom the text says."""
    text = ("7月8日，自治区人大常委会副主任蓝天立率执法检查组到柳州市检查水污染防治法实施情况。"
            "9日上午，检查组在柳州召开座谈会。蓝天立主持座谈会并讲话。")
    ents, out = run(extractor, text, date="2015-07-10")
    got = [slots for t, slots in _events(ents, out) if t == "Meeting"]
    assert got == [{"date": "2015-07-09", "organizer": "广西壮族自治区人大常委会", "place": "柳州市", "chair": "蓝天立"}]


def test_those_who_join_a_tour_in_a_closing_line_go_with_the_visitor(extractor):
    """某某参加调研。某某陪同。 in a paragraph after the headline's visit, 某某参加暗访 after 暗访检查: they go with the
    visitor; a city's visitor whose stops are in one of its counties visits that county."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["4月11日，省委书记张立军在常德市调研。", "张立军察看了遗址。",
                                            "副省长王海涛参加调研。常德市委书记曹志强陪同。"],
                                      title="调研", date="2023-04-13"))
    ents = ext.entities.entities
    visit = next(e for e in ents.values() if e.type == "Visit")
    assert {ents[f.tail].label for f in ext.facts if f.head == visit.id and f.relation == "attendee"} == {"王海涛", "曹志强"}
    ents, out = run(extractor, "5月9日，市长刘振华暗访检查安全生产工作。副市长高建国参加暗访。", date="2019-05-10")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "attendee") == {"高建国"}


def test_a_speech_relayed_from_a_meeting_attended_before_is_no_meeting_of_the_day(extractor):
    """传达学习习近平总书记在参加某会议某代表团审议时的重要讲话精神: the meeting the speech was given at was held
    before (dateBefore, none of the local meeting's slots); the local meeting keeps its chair."""
    text = ("3月18日，江西省财政厅召开党组会议，传达学习习近平总书记在参加十三届全国人大二次会议江西代表团审议时的"
            "重要讲话精神。厅长周建明主持会议。")
    ents, out = run(extractor, text, date="2019-03-20")
    meetings = {e.label: e for e in out.entities if e.type == "Meeting"}
    npc = meetings["十三届全国人大二次会议"]
    assert npc.attrs.get("dateBefore") == "2019-03-18" and not npc.attrs.get("date")
    assert _slot_labels(ents, out, npc, "chair") == set() and _slot_labels(ents, out, npc, "attendee") == set()
    local = meetings["江西省财政厅党组会议"]
    assert _slot_labels(ents, out, local, "chair") == {"周建明"} and _slot_labels(ents, out, local, "attendee") == set()


def test_who_announces_a_plant_in_production_and_a_closing_list_attend_the_ceremony(extractor):
    """某某宣布项目投产: the one who announces attends, as 宣布开工 does; 旗委书记甲，旗长乙，…代表600余人参加开工仪式: the
    names of the list before the clause of the bodies and the count attend (乙 a common surname and a word jieba
    read apart, 高 | 明亮)."""
    ents, out = run(extractor, "6月28日，时锐新能源年产10万吨正极材料项目投产仪式在宜宾市叙州区举行。"
                               "宜宾市委书记刘仲平宣布项目投产，市长张红梅致辞。", date="2022-06-29")
    rite = next(e for e in out.entities if e.type == "Milestone")
    assert _slot_labels(ents, out, rite, "attendee") == {"刘仲平", "张红梅"}
    ents, out = run(extractor, "15日上午，华泰能源化工有限公司煤制烯烃项目开工仪式在准格尔旗举行。\n准格尔旗委书记刘志军，旗长高明亮，"
                               "自治区发展改革委有关负责同志以及企业职工代表600余人参加开工仪式。", date="2018-08-16")
    rite = next(e for e in out.entities if e.type == "Milestone")
    assert _slot_labels(ents, out, rite, "attendee") == {"刘志军", "高明亮"}


def test_a_delegation_led_by_a_guest_named_before_it_visits(extractor):
    """会见了吉林省省长李明率领的代表团一行: the guests' visit, its leader the visitor, where they were received."""
    ents, out = run(extractor, "16日，黑龙江省委书记张国伟在哈尔滨会见了吉林省省长李明率领的代表团一行。", date="2015-06-17")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "agent") == {"李明"} and visit.attrs.get("date") == "2015-06-16"


def test_a_visit_referred_to_in_several_wordings_is_one(extractor):
    """习近平总书记考察贵州 (headline) | 视察贵州 | 在贵州考察: one visit referred to, dated before the meeting."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["2月8日，遵义市文体旅游局党组召开会议，传达学习习近平总书记视察贵州重要讲话精神。"
                                            "会议传达了习近平总书记在贵州考察时的重要讲话精神。"],
                                      title="市文旅局党组传达学习习近平总书记考察贵州重要讲话精神", date="2021-02-10"))
    visits = [e for e in ext.entities.entities.values() if e.type == "Visit"]
    assert [v.attrs.get("dateBefore") for v in visits] == ["2021-02-08"]


def test_a_meeting_with_no_name_its_chair_convenes_is_held_by_the_chairs_body(extractor):
    """市长某某主持召开会议，研究部署…, under a headline that names no meeting: a meeting of the government the
    chair's post is in, chaired by the chair; 出席会议 attend it."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["11月19日，天水市市长杜建华主持召开会议，研究部署招商引资工作。副市长张立新出席会议。"
                                            "会议要求，方案报市政府审定。"], title="天水部署招商引资工作", date="2013-11-20"))
    ents = ext.entities.entities
    meetings = [e for e in ents.values() if e.type == "Meeting"]
    assert [(m.label, m.attrs.get("date")) for m in meetings] == [("天水市政府会议", "2013-11-19")]
    slots = {(f.relation, ents[f.tail].label) for f in ext.facts if f.head == meetings[0].id and f.tail in ents}
    assert {("organizer", "天水市政府"), ("chair", "杜建华"), ("attendee", "张立新")} <= slots


def test_a_companys_project_started_is_the_companys(extractor):
    """某省某某有限公司年产…项目竣工投产典礼在Y举行: the company's project; the company, not the province its name
    opens with, organises it."""
    ents, out = run(extractor, "11月20日，江西金瑞磁材科技有限公司年产5000吨永磁材料项目竣工投产典礼在瑞金经济技术开发区举行。",
                    date="2014-11-21")
    rite = next(e for e in out.entities if e.type == "Milestone")
    assert _slot_labels(ents, out, rite, "organizer") == {"江西金瑞磁材科技有限公司"}


def test_talks_are_meetings(extractor):
    """两地党政代表团在某市举行会谈, 某省政府与某部举行工作会谈: talks held, on their day and where."""
    ents, out = run(extractor, "29日上午，宁波市党政代表团与黔西南州党政代表团在兴义市举行会谈。州委书记杨永芳主持会谈。",
                    date="2020-06-30")
    assert _events(ents, out) == [("Meeting", {"date": "2020-06-29", "organizer": "宁波市党政代表团",
                                               "place": "兴义市", "chair": "杨永芳"})]


def test_a_meeting_whose_verb_opens_the_next_clause_is_held(extractor):
    """<name>圆满完成各项议程，在Y闭幕: held (closed) that day, where the next clause says."""
    text = "1月17日，政协绵阳市第八届委员会第三次会议圆满完成各项议程，在绵阳市会议中心闭幕。"
    ents, out = run(extractor, text, date="2024-01-18")
    assert _events(ents, out) == [("Meeting", {"date": "2024-01-17", "organizer": "绵阳市政协",
                                               "place": "绵阳市会议中心"})]


def test_the_headlines_signing_with_our_province_is_the_leads(extractor):
    """我省与某公司签署…协议 (headline) | 某省人民政府与某某有限公司在Y签署深化…协议: one signing, the
    lead's, 我省 read as the province before the names are compared; 某某公司 is the company named in
    full (one node)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["6月15日，贵州省人民政府与华为技术有限公司在贵阳签署深化战略合作协议。",
                                  "华为公司轮值董事长胡厚崑出席签约仪式。"],
                            title="我省与华为公司签署战略合作协议", date="2023-06-16")
    ents = extractor(art).entities.entities.values()
    assert [e.attrs.get("date") for e in ents if e.type == "Event"] == ["2023-06-15"]
    assert [e.label for e in ents if e.type == "Company"] == ["华为技术有限公司"]


def test_rushing_to_a_place_is_a_visit(extractor):
    """某某第一时间赶赴某镇，实地察看灾情: a visit (赶赴, 奔赴 are verbs of going; the verb of visiting
    opens the next clause), dated, to the township."""
    ents, out = run(extractor, "7月30日，永泰县委书记林晓东第一时间赶赴梧桐镇，实地察看灾情。", date="2023-07-31")
    assert _events(ents, out) == [("Visit", {"date": "2023-07-30", "agent": "林晓东", "organizer": "永泰县委",
                                             "place": "梧桐镇"})]


def test_a_training_class_opened_is_a_gathering(extractor):
    """某某培训班在某地开班, 举办…专题研讨班: the classes of the Party schools are held like meetings,
    dated and placed, with those who attend their opening."""
    text = ("5月11日，全市基层党组织书记示范培训班在宜宾市委党校开班。市委常委、组织部部长杨勇出席开班仪式并讲话。"
            "6月3日，四川省委举办全省县委书记专题研讨班。")
    ents, out = run(extractor, text, date="2023-06-10")
    got = {e.label: e.attrs.get("date") for e in out.entities if e.type == "Meeting"}
    assert got == {"全市基层党组织书记示范培训班": "2023-05-11", "全省县委书记专题研讨班": "2023-06-03"}


def test_the_reporter_of_a_credit_line_visits_nothing(extractor):
    """本报讯（记者 某某）走进某村，…: the lead of a feature, no visit of the reporter's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["本报讯（记者 刘洋）走进柞水县小岭镇金米村，一排排木耳大棚整齐排列。"],
                            title="小木耳撑起大产业", date="2023-09-12")
    assert not [e for e in extractor(art).entities.entities.values() if e.type == "Visit"]


def test_the_bodies_that_hold_an_event_organise_it(extractor):
    """论坛由甲、乙共同主办: the bodies (and places) before 主办, after 由, organise the event named
    last; 主办方 names none."""
    text = ("10月14日，第五届温泉养生论坛在武义县开幕。论坛由武义县人民政府、浙江省旅游协会共同主办。"
            "主办方表示，论坛每年举办一次。")
    ents, out = run(extractor, text, date="2023-10-15")
    forum = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, forum, "organizer") == {"武义县人民政府", "浙江省旅游协会"}


def _slot_labels(ents, out, event, relation: str) -> set[str]:
    return {ents.entities[f.tail].label for f in out.facts if f.head == event.id and f.relation == relation}


def test_an_undated_article_takes_the_year_after_the_figures_it_reports(extractor):
    text = "4月8日，安吉县委常委会会议召开。2019年全村共接待游客90万人次。"
    ents, out = run(extractor, text, [("安吉县委", "PartyOrganization")])
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert meeting.attrs["date"] == "2020-04-08" and "year" in meeting.attrs["dateNote"]


def test_the_headlines_meeting_takes_the_leads_full_name_and_place(extractor):
    from kg.read import article_from_text
    art = article_from_text("t", ["6月9日，河南省乡村教师队伍建设工作座谈会在郑州市召开。副省长李明出席会议并讲话。"],
                            title="我省召开乡村教师队伍建设工作座谈会", date="2023-06-10")
    ext = extractor(art)
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [m.label for m in meetings] == ["河南省乡村教师队伍建设工作座谈会"]
    assert "乡村教师队伍建设工作座谈会" in meetings[0].aliases
    places = {f.tail for f in ext.facts if f.head == meetings[0].id and f.relation == "place"}
    assert places == {"adm/410100"}


@pytest.mark.parametrize("text,name,date", [
    # 乌镇, a town of a county the article does not name: no recogniser's place, the meeting held
    ("9月20日，第五届世界互联网大会在浙江乌镇开幕。", "第五届世界互联网大会", "2021-09-20"),
    # an adverb between the place and the verb
    ("5日，全省民营经济发展大会在杭州隆重举行。", "全省民营经济发展大会", "2021-03-05"),
])
def test_a_meeting_opened_or_held_at_a_place_read_or_not(extractor, text, name, date):
    ents, out = run(extractor, text, date="2021-" + date[5:7] + "-28")
    meetings = {e.label: e.attrs.get("date") for e in out.entities if e.type == "Meeting"}
    assert meetings == {name: date}


def test_the_stops_a_visitor_goes_on_to_one_after_another(extractor):
    """赴某市调研，先后来到甲、乙和丙: 先后 goes on with the visitor of the clause before."""
    from kg.read import article_from_text

    text = "3月15日，省长王浩赴衢州市调研，先后来到柯城区石梁镇、龙游县经济开发区和衢州学院。"
    out = extractor(article_from_text("t", [text], date="2022-03-16"))
    ents = out.entities.entities
    visited = {ents[f.tail].label for f in out.facts if f.relation == "visited" and f.tail in ents}
    assert visited >= {"衢州市", "石梁镇", "龙游县经济开发区", "衢州学院"}


def test_a_meeting_two_bodies_hold_is_named_by_both_and_organised_by_both(extractor):
    from kg.read import article_from_text

    out = extractor(article_from_text("t", ["9月7日，湖州市委和政府联合召开会议。"], date="2021-09-08"))
    ents = out.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert meeting.label == "湖州市委和政府会议"
    assert {ents[f.tail].label for f in out.facts if f.head == meeting.id and f.relation == "organizer"} \
        == {"湖州市委", "湖州市政府"}


@pytest.mark.parametrize("text,label,organizer", [
    # the sitting between the body and the verb (常委会) is part of the meeting's name
    ("2月13日，达拉特旗委常委会再次召开会议。", "达拉特旗委常委会会议", "达拉特旗委"),
    # a name that opens with a sitting (党组, 常委) is named with the body whose sitting it is
    ("2月13日，达拉特旗政府再次召开党组会议。", "达拉特旗政府党组会议", "达拉特旗政府"),
    ("2月13日，达拉特旗委专门召开常委扩大会议。", "达拉特旗委常委扩大会议", "达拉特旗委"),
])
def test_a_bodys_sitting_names_its_meeting_with_the_body(extractor, text, label, organizer):
    from kg.read import article_from_text

    out = extractor(article_from_text("t", [text], date="2021-02-14"))
    ents = out.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert meeting.label == label
    assert [ents[f.tail].label for f in out.facts if f.head == meeting.id and f.relation == "organizer"] == [organizer]


def test_a_signing_ceremony_held_at_a_place(extractor):
    """A与B…签约仪式在Y举行: the event is the ceremony, held in Y (not the first party's place)."""
    from kg.read import article_from_text

    out = extractor(article_from_text("t", ["6月9日，湖州市与阿里巴巴集团战略合作协议签约仪式在杭州举行。"], date="2022-06-10"))
    ents = out.entities.entities
    event = next(e for e in ents.values() if e.type == "Event")
    assert event.label == "湖州市与阿里巴巴集团战略合作协议签约仪式"
    slots = {(f.relation, ents[f.tail].label) for f in out.facts if f.head == event.id and f.tail in ents}
    assert slots >= {("organizer", "湖州市"), ("attendee", "阿里巴巴集团"), ("place", "杭州市")}


def test_a_visitor_named_by_a_pronoun_at_a_place(extractor):
    """在Y，他察看…: the visitor is the person the paragraph named last, and Y is visited."""
    from kg.read import article_from_text

    text = "8月18日，省委书记王建军来到称多县调研。在玉树市结古街道，他察看了重建社区。"
    out = extractor(article_from_text("t", [text], date="2021-08-20"))
    ents = out.entities.entities
    visited = {ents[f.tail].label for f in out.facts if f.relation == "visited" and f.tail in ents
               and ents[f.head].label == "王建军"}
    assert {"称多县", "结古街道"} <= visited


def test_the_same_day_with_no_event_before_and_the_next_day(extractor):
    """15日…(no event)。当天下午，…召开…会议。次日，…到某县看望…: 当天 is the day the text last gave,
    次日 the day after the event before."""
    from kg.read import article_from_text

    text = "15日，全县最高气温达到39度。当天下午，县长张国华主持召开全县防暑工作会议。次日，张国华到宁海县看望慰问了一线防汛人员。"
    out = extractor(article_from_text("t", [text], date="2023-06-16"))
    dates = {e.type: e.attrs.get("date") for e in out.entities.entities.values() if e.type in ("Meeting", "Visit")}
    assert dates == {"Meeting": "2023-06-15", "Visit": "2023-06-16"}


def test_a_visitor_named_by_a_pronoun_going_on(extractor):
    """某某在某市调研。他先后来到甲区、乙县…: the stops are the person's named last."""
    from kg.read import article_from_text

    text = "5月26日，省长黄强在达州市调研。他先后来到达川区、宣汉县，深入企业察看项目建设情况。"
    out = extractor(article_from_text("t", [text], date="2022-05-28"))
    ents = out.entities.entities
    visited = {ents[f.tail].label for f in out.facts if f.relation == "visited" and f.tail in ents}
    assert {"达州市", "达川区", "宣汉县"} <= visited


def test_a_meeting_named_with_a_bodys_short_form_is_named_with_the_body(extractor):
    """市政协十届五次会议 in a city's paper: named with the body the short form stands for, the
    text's form an alias (as 我省 is read, and as the gold of the genre names it)."""
    from kg.read import article_from_text

    out = extractor(article_from_text("t", ["湖州日报讯 9月5日，市政协十届五次会议在湖州开幕。"], date="2022-09-06"))
    meeting = next(e for e in out.entities.entities.values() if e.type == "Meeting")
    assert meeting.label == "湖州市政协十届五次会议" and "市政协十届五次会议" in meeting.aliases


def test_the_headlines_signing_event_dated_by_its_year_is_the_leads(extractor):
    """某市举行2024年重大项目集中签约活动 (headline: the year in the name) | 3月27日，某市举行2024年一季度…签约活动:
    one event, the lead's day, with those who attend it."""
    from kg.read import article_from_text

    art = article_from_text("t", ["3月27日，柳州市举行2024年一季度重大项目集中签约活动，现场签约项目18个。",
                                  "市委书记何立新、市长郑伟出席活动并见证签约。"],
                            title="柳州市举行2024年重大项目集中签约活动", date="2024-03-28")
    ext = extractor(art)
    events = [e for e in ext.entities.entities.values() if e.type == "Event"]
    assert [e.attrs.get("date") for e in events] == ["2024-03-27"]
    attendees = {ext.entities.entities[f.tail].label for f in ext.facts if f.head == events[0].id
                 and f.relation == "attendee"}
    assert attendees == {"何立新", "郑伟"}


def test_the_headlines_launch_is_the_leads_first_launch(extractor):
    """县人民医院医共体总医院揭牌成立 (headline, undated) | 11月19日上午，某县医共体总医院揭牌仪式在县人民医院举行:
    one launch, the lead's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["11月19日上午，屏南县医共体总医院揭牌仪式在县人民医院举行。县委书记林强、县长陈宝华为总医院揭牌。",
                                  "据了解，屏南县医共体以县人民医院为牵头单位，整合县中医院和11家乡镇卫生院。"],
                            title="县人民医院医共体总医院揭牌成立", date="2020-11-20")
    ext = extractor(art)
    ents = ext.entities.entities
    launches = [e for e in ents.values() if e.type == "Milestone"]
    assert [e.attrs.get("date") for e in launches] == ["2020-11-19"]
    # (the headline's hospital is in the county the lead names as the organiser: the lead's reading stands)
    assert {ents[f.tail].label for f in ext.facts if f.head == launches[0].id and f.relation == "organizer"} == {
        "屏南县"}


def test_a_route_opened_is_a_launch_no_end_of_the_route_organises(extractor):
    """甲至乙铁路开通运营 (headline and lead): one launch, the lead's, on its day; the places the route
    runs between are no organisers (the railway is theirs no more than anyone's)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["9月28日上午，随着首趟列车驶出，乌鲁木齐至库尔勒铁路正式开通运营。",
                                  "线路全长约480公里，设计时速160公里。"],
                            title="乌鲁木齐至库尔勒铁路开通运营", date="2023-09-29")
    ext = extractor(art)
    assert [e.attrs.get("date") for e in ext.entities.entities.values() if e.type == "Milestone"] == ["2023-09-28"]
    assert _the_ones_slot(ext, "Milestone", "organizer") == set()
    # a service opened (开通) in a place is that place's launch
    assert _days_of(extractor, "3月1日，泸溪县12345政务服务便民热线正式开通。", "", "2023-03-02",
                    "Milestone") == ["2023-03-01"]
    ext = extractor(article_from_text("t", ["3月1日，泸溪县12345政务服务便民热线正式开通。"], date="2023-03-02"))
    assert _the_ones_slot(ext, "Milestone", "organizer") == {"泸溪县"}


def test_what_is_put_into_use_is_a_launch(extractor):
    """某中心正式投入使用, 某站建成投用: opened, a launch on its day, by the place it is in."""
    from kg.read import article_from_text

    for verb in ("正式投入使用", "建成投用"):
        lead = f"5月8日，青田县应急指挥中心{verb}。"
        assert _days_of(extractor, lead, "", "2023-05-09", "Milestone") == ["2023-05-08"]
        ext = extractor(article_from_text("t", [lead], date="2023-05-09"))
        assert _the_ones_slot(ext, "Milestone", "organizer") == {"青田县"}


def test_persons_unveiling_what_was_just_launched_attend_that_launch(extractor):
    """某大学某小院在某镇揭牌成立。甲、乙共同为科技小院揭牌: one launch, the university's (its name opens
    the name of what is opened, before 在), attended by those who unveil it; alone, the unveiling is
    the launch."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["8月29日，浙江农林大学青田茶叶科技小院在青田县仁庄镇揭牌成立。"
                                            "浙江农林大学副校长周立新、青田县委书记吴海共同为科技小院揭牌。"],
                                      date="2022-08-30"))
    assert _the_ones_slot(ext, "Milestone", "organizer") == {"浙江农林大学"}
    assert _the_ones_slot(ext, "Milestone", "attendee") == {"周立新", "吴海"}
    assert _days_of(extractor, "8月29日，浙江农林大学副校长周立新、青田县委书记吴海共同为青田县茶叶科技小院揭牌。",
                    "", "2022-08-30", "Milestone") == ["2022-08-29"]


def test_who_declares_an_event_open_attends_it(extractor):
    """某某宣布开幕, 某某宣布项目开工: the person who declares the event just named open is at it."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["5月26日，第二十届中国西部国际博览会在成都开幕。四川省委书记王晓晖宣布开幕，"
                                            "四川省省长黄强致辞。"], date="2023-05-27"))
    names = {k: e.label for k, e in ext.entities.entities.items()}
    assert {names[f.tail] for f in ext.facts if f.relation == "attendee"} == {"王晓晖", "黄强"}


def test_a_meeting_held_during_a_visit_is_held_where_the_visit_is(extractor):
    """某市党政代表团赴乙市考察。考察期间，两市召开联席会议: the meeting is in 乙市, not the visitors' city."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["4月19日，丽水市委书记吴海率丽水市党政代表团赴汉中市考察。",
                                            "考察期间，两市召开东西部协作联席会议。"], date="2021-04-22"))
    assert _the_ones_slot(ext, "Meeting", "place") == {"汉中市"}


def test_a_body_of_a_township_named_with_its_district_is_opened_by_the_township(extractor):
    """某县某镇党群服务中心揭牌: the township the centre is of opens it, there (not the county)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["4月28日，青田县船寮镇党群服务中心揭牌成立。"], date="2023-05-01"))
    assert _the_ones_slot(ext, "Milestone", "organizer") == {"船寮镇"}
    assert _the_ones_slot(ext, "Milestone", "place") == {"船寮镇"}


def test_a_road_opened_to_traffic_on_a_day_is_a_launch(extractor):
    """12月28日，某某高速公路某段全线通车 (jieba: 全线通车 one word): a launch on that day, though no body is
    named opening it; named in passing with no day (以某铁路开通运营为契机), none."""
    assert _days_of(extractor, "12月28日，渝湘高速公路重庆段全线通车。", "", "2023-12-29", "Milestone") == ["2023-12-28"]
    assert _days_of(extractor, "双方以中老铁路开通运营为契机，深化合作。", "", "2023-12-29", "Milestone") == []


def test_a_meeting_its_chair_names_is_held(extractor):
    """某某主持某某会议 (no 召开): a named meeting, chaired; named before by a longer name, the same
    meeting; a bare kind (主持座谈会) is the chair of the meeting named before."""
    ents, out = run(extractor, "7月14日，国务院总理李强主持国务院常务会议，研究部署防汛工作。", date="2023-07-15")
    assert _events(ents, out) == [("Meeting", {"date": "2023-07-14", "organizer": "国务院", "chair": "李强"})]
    ents, out = run(extractor, "7月14日，河北省政府召开第8次常务会议。省长王正谱主持常务会议。"
                               "次日，河北省政府召开座谈会。副省长张成中主持座谈会。", date="2023-07-16")
    assert [(e.label, e.attrs.get("date")) for e in out.entities if e.type == "Meeting"] == [
        ("河北省政府第8次常务会议", "2023-07-14"), ("河北省政府座谈会", "2023-07-15")]


def test_a_visit_led_at_the_places_named_after_zai(extractor):
    """某某率某某视察组在甲、乙两市视察: the leader visits both cities, over the days given."""
    ents, out = run(extractor, "4月21日至22日，省政协主席刘伟率省政协视察组在兰州、白银两市视察生态保护工作。",
                    date="2021-04-23")
    visits = [e for e in out.entities if e.type == "Visit"]
    assert [(e.attrs.get("startDate"), e.attrs.get("endDate")) for e in visits] == [("2021-04-21", "2021-04-22")]
    assert {t for h, r, t in triples(ents, out, "visited") if h == "刘伟"} == {"兰州市", "白银市"}


def test_a_meeting_held_by_a_party_committee_named_with_zhonggong(extractor):
    """中共某县委召开全县…大会: the committee, named whole with 中共, holds it (中共 is no opener
    to skip past when it opens the body's own name); not the county its 全县 stands for."""
    for body in ("中共兰考县委", "中共湖南省委"):
        ents, out = run(extractor, f"6月29日，{body}召开全县表彰大会。", date="2021-06-30")
        organizers = {t for h, r, t in triples(ents, out, "organizer")}
        assert len(organizers) == 1 and organizers.pop().endswith("委"), body


def test_those_who_launch_the_opening_rite_attend_the_event_named_before(extractor):
    """某某节在某县开幕。开幕式上，甲、乙共同启动开幕仪式: they attend the festival; the rite they
    perform is no milestone of its own."""
    ents, out = run(extractor, "3月16日，宝鸡市第三届樱花旅游文化节在眉县开幕。开幕式上，副市长刘强、"
                               "眉县县长张伟共同启动开幕仪式。", date="2019-03-17")
    events = _events(ents, out)
    assert [t for t, _ in events] == ["Event"]
    assert {p for h, r, p in triples(ents, out, "attendee")} == {"刘强", "张伟"}


def test_projects_signed_and_counted_are_no_signing(extractor):
    """今年1至5月，某省新签约项目1256个: a statistic of the projects signed, no signing event."""
    ents, out = run(extractor, "今年1至5月，江西省新签约项目1256个，总投资额5862亿元。", date="2023-06-05")
    assert [t for t, _ in _events(ents, out)] == []


def test_a_leader_who_leads_a_group_then_moves_on_in_the_next_clause_visits(extractor):
    """某某带领执法检查组，来到某县检查…: the clause that opens with the move is the leader's visit;
    在随后召开的汇报会上 names no meeting 的汇报会."""
    ents, out = run(extractor, "9月8日，市人大常委会副主任王芳带领执法检查组，来到宜章县检查食品安全法实施情况。"
                               "在随后召开的汇报会上，县长李明汇报了有关情况。", date="2021-09-09")
    events = _events(ents, out)
    assert [(t, slots.get("agent"), slots.get("place")) for t, slots in events if t == "Visit"] == [
        ("Visit", "王芳", "宜章县")]
    assert not [e.label for e in out.entities if e.type == "Meeting" and e.label.startswith("的")]


def test_a_leader_who_leads_a_group_then_moves_on_in_the_rain_visits(extractor):
    """某某带领…负责同志，冒雨深入某水库…: a word of manner between the comma and the move."""
    ents, out = run(extractor, "21日凌晨，县长周立新带领县水利局负责同志，冒雨深入石门水库察看水情。",
                    date="2021-07-22")
    assert [(t, slots.get("agent"), slots.get("date")) for t, slots in _events(ents, out) if t == "Visit"] == [
        ("Visit", "周立新", "2021-07-21")]


def test_the_headlines_meeting_of_the_whole_province_is_the_leads_of_the_province(extractor):
    """全省某某大会 (headline) | 某省某某大会 (lead): one meeting, named as the lead names it."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["6月8日，湖南省科学技术奖励大会在长沙召开。"],
                                      title="全省科学技术奖励大会在长沙召开", date="2020-06-09"))
    assert sorted(e.label for e in ext.entities.entities.values() if e.type == "Meeting") == ["湖南省科学技术奖励大会"]


@pytest.mark.parametrize("speech,attends", [
    ("省长李明讲话。", True),
    ("省长李明作总结讲话。", True),
    ("市长李明致辞。", True),
    ("副市长张强、市长李明致辞。", True),         # a list: each of them
    ("会议传达学习了李明同志的重要讲话。", False),     # a verb before the person: the speech is studied
    ("李明的讲话精神要认真学习。", False),
])
def test_a_person_whose_address_ends_the_clause_attends_the_meeting(extractor, speech, attends):
    """省长某某讲话, 某某作总结讲话, 市长某某致辞 after a meeting is named: the speaker attends it."""
    ents, out = run(extractor, "6月8日，全省科技工作会议在长沙召开。省委书记王强出席会议。" + speech, date="2020-06-09")
    assert ("李明" in {p for h, r, p in triples(ents, out, "attendee")}) == attends


@pytest.mark.parametrize("text,organizer", [
    ("第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。", "全国人民代表大会"),
    ("十四届全国人大二次会议5日上午在人民大会堂开幕。", "全国人大"),
])
def test_a_national_assemblys_session_named_by_its_term_is_the_assemblys(extractor, text, organizer):
    """第十四届全国人民代表大会第二次会议: the assembly the term opens holds its session (no place before
    it names whose it is); 第二十届某某博览会 is an edition, no assembly's term."""
    ents, out = run(extractor, text, date="2024-03-05")
    assert {t for h, r, t in triples(ents, out, "organizer")} == {organizer}


def test_a_governments_office_named_whole_holds_its_press_conference(extractor):
    """某市人民政府新闻办公室召开新闻发布会: the office holds it, not the government read inside its name
    (no agent), nor the city the headline's 我市 stands for."""
    from kg.read import article_from_text

    art = article_from_text("t", ["8月28日上午，柳州市人民政府新闻办公室召开新闻发布会，介绍筹备工作情况。"],
                            title="我市召开新闻发布会", date="2019-08-29")
    assert _the_ones_slot(extractor(art), "Meeting", "organizer") == {"柳州市人民政府新闻办公室"}


def test_a_launch_verb_across_two_words_is_no_launch(extractor):
    """某市纪委监委对4起典型案例进行公开通报: 公开 | 通报 holds 开通 across its two words, no opening."""
    ents, out = run(extractor, "近日，怀化市纪委对4起典型问题进行公开通报。", date="2023-08-15")
    assert not [e for e in out.entities if e.type == "Milestone"]


def test_the_headlines_meeting_named_with_the_campaigns_batch_is_the_leads(extractor):
    """第二批主题教育动员部署会议召开 | 9月3日，某市召开学习贯彻…主题教育动员部署会议: one meeting (the batch
    the headline adds is no part of the lead's name)."""
    assert _days_of(extractor, "9月3日，铜仁市召开学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会议。",
                    "第二批主题教育动员部署会议召开", "2023-09-04", "Meeting") == ["2023-09-03"]


def test_the_headlines_issuance_is_the_leads(extractor):
    """某办公厅印发《某某意见》 (headline, undated) | 近日，某省人民政府办公厅印发《某某意见》: one issuance."""
    assert _days_of(extractor, "近日，吉林省人民政府办公厅印发《关于加快推进数字乡村建设的实施意见》。",
                    "省政府办公厅印发《关于加快推进数字乡村建设的实施意见》", "2022-06-18", "DocumentIssuance",
                    "dateBefore") == ["2022-06-18"]


def test_an_autonomous_regions_governor_listed_before_a_comma_attends(extractor):
    """自治区党委副书记、自治区主席甲，自治区政协主席乙出席会议: both attend (the first clause is a bare list of
    posts and a name, 自治区主席 one post)."""
    ents, out = run(extractor, "7月2日，宁夏回族自治区党委召开常委会会议。自治区党委副书记、自治区主席张雨浦，"
                               "自治区政协主席陈雍出席会议。", date="2023-07-03")
    assert {t for h, r, t in triples(ents, out, "attendee")} == {"张雨浦", "陈雍"}


def test_a_speaker_in_the_sentence_that_names_the_meeting_a_few_paragraphs_on_attends(extractor):
    """…推进会在某市召开 … (two paragraphs) … 厅长甲主持会议，市委书记乙致辞: the sentence names the meeting, for
    both of its clauses."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["3月15日，全省春季农业生产现场推进会在周口市召开。",
                                            "与会人员观摩了高标准农田。", "会议指出，要抓好春耕生产。",
                                            "省农业农村厅厅长马万里主持会议，周口市委书记张建慧致辞。"], date="2023-03-16"))
    ents = ext.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    slots = {(f.relation, ents[f.tail].label) for f in ext.facts if f.head == meeting.id and f.tail in ents}
    assert {("chair", "马万里"), ("attendee", "张建慧")} <= slots


def test_those_who_speak_in_a_paragraph_opening_with_at_the_meeting_attend_it(extractor):
    """会上，教授甲作专题辅导报告。部长乙，部长丙作交流发言 (the bodies unplaced: 组织部 a word of no
    mention): at the meeting of the paragraph before, three sentences after it was named."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [
        "11月7日，县委理论学习中心组举行专题学习会，深入学习党的二十大精神。县委书记黄立新主持会议并讲话。",
        "会上，省委党校教授周文华作专题辅导报告。县委常委、宣传部部长林晓燕，县委常委、组织部部长陈建明作交流发言。"],
        date="2022-11-08"))
    ents = ext.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert {ents[f.tail].label for f in ext.facts if f.head == meeting.id and f.relation == "attendee"} == {
        "周文华", "林晓燕", "陈建明"}


def test_a_meeting_of_a_body_with_no_place_in_the_datelines_paragraph_is_held_where_it_was_written(extractor):
    """新华社北京某月某日电 国务院总理某某主持召开国务院常务会议: in 北京; a later paragraph's meeting is not
    placed so, nor one the sentence's visit places (来我州采访，并举行见面会)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["新华社北京6月30日电 国务院总理李强6月30日主持召开国务院常务会议。",
                                            "7月3日，国家发展改革委召开新闻发布会。"],
                                      title="李强主持召开国务院常务会议", date="2023-07-01"))
    ents = ext.entities.entities
    places = {ents[f.head].label: ents[f.tail].label for f in ext.facts if f.relation == "place"
              and ents[f.head].type == "Meeting"}
    assert places.get("国务院常务会议") == "北京市"
    assert "新闻发布会" not in places


def test_the_guests_of_a_reception_attend_it(extractor):
    """某某在某市会见了某国驻华大使某某一行: the host chairs, the guest attends."""
    ents, out = run(extractor, "10月15日，省长许勤在石家庄会见了法国驻华大使黎想一行。", date="2019-10-16")
    assert {(r, p) for h, r, p in triples(ents, out, "chair") + triples(ents, out, "attendee")} == {
        ("chair", "许勤"), ("attendee", "黎想")}


def test_a_year_qualifying_a_noun_dates_no_event(extractor):
    """会上，两地签订了2022年度…协议，甲市与乙州签订结对帮扶协议: 2022年度 is the agreements' year; the
    signing is on the meeting's day (会上)."""
    ents, out = run(extractor, "8月25日，杭州市与恩施州召开东西部协作工作推进会。会上，两地签订了2022年度东西部协作协议，"
                               "杭州市与恩施州签订结对帮扶协议。", date="2022-08-26")
    signings = [slots for t, slots in _events(ents, out) if t == "Event"]
    assert signings and all(s.get("date") == "2022-08-25" for s in signings)


def test_a_leader_leading_a_river_patrol_visits(extractor):
    """某某带队巡查某江某段: 巡查 is a verb of inspecting, as 检查 is."""
    ents, out = run(extractor, "6月10日，余干县委书记李伟带队巡查信江余干段。", date="2018-06-12")
    assert [(t, slots.get("agent"), slots.get("date")) for t, slots in _events(ents, out)] == [
        ("Visit", "李伟", "2018-06-10")]


def test_a_school_named_after_its_university_is_visited_not_the_university(extractor):
    """先后来到某大学附属中学、某市第五中学: the schools are visited (某大学, read inside the first name,
    is no stop of the tour)."""
    ents, out = run(extractor, "6月5日，副省长孙远良到太原市检查高考组考工作，先后来到山西大学附属中学、太原市第五中学。",
                    date="2023-06-06")
    visited = {p for h, r, p in triples(ents, out, "visited")}
    assert {"山西大学附属中学", "太原市第五中学"} <= visited and "山西大学" not in visited


def test_the_headlines_meeting_of_the_whole_county_is_the_leads_meeting_of_the_year(extractor):
    """全县安全生产工作会议召开 (headline) | 某县召开2023年安全生产工作会议: one meeting, the lead's."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["2月13日，沐川县召开2023年安全生产工作会议。"],
                                      title="全县安全生产工作会议召开", date="2023-02-14"))
    assert [e.label for e in ext.entities.entities.values() if e.type == "Meeting"] == ["2023年安全生产工作会议"]


def test_a_signing_joined_to_another_act_and_its_headline_are_one_event(extractor):
    """乙与甲签订…协议 (headline) | 甲与乙…签约暨授牌仪式在某县举行: one signing, the ceremony's name
    ending at 仪式, held in the county (not the clause run on, not the province)."""
    from kg.read import article_from_text

    text = "7月5日，省人民医院与会同县人民医院医联体合作签约暨授牌仪式在会同县举行。"
    ext = extractor(article_from_text("t", [text], title="县人民医院与省人民医院签订医联体合作协议", date="2023-07-06"))
    ents = ext.entities.entities
    signings = [e for e in ents.values() if e.type == "Event"]
    assert [e.label.endswith("签约暨授牌仪式") for e in signings] == [True]
    slots = {(f.relation, ents[f.tail].label) for f in ext.facts if f.head == signings[0].id and f.tail in ents}
    assert ("place", "会同县") in slots


def test_a_ceremony_held_in_a_place_is_one_whoever_holds_it(extractor):
    """某博物馆新馆开馆仪式在某新区举行 (no body named to hold it): the launch, there, that day; 甲、乙
    共同为新馆揭幕: they attend."""
    ents, out = run(extractor, "9月27日，柳州博物馆新馆开馆仪式在柳东新区举行。副市长李明、文旅局局长王芳共同为新馆揭幕。",
                    date="2019-09-28")
    events = _events(ents, out)
    assert [(t, slots.get("date"), slots.get("place")) for t, slots in events] == [("Milestone", "2019-09-27", "柳东新区")]
    assert {p for h, r, p in triples(ents, out, "attendee")} == {"李明", "王芳"}


def test_a_leader_who_leads_a_group_to_inspect_somewhere_unnamed_visits_that_day(extractor):
    """11月8日，某局开展大检查。副区长陈某带队检查: a visit by the leader, no place named, on the day the
    paragraph gave."""
    ents, out = run(extractor, "11月8日，区应急管理局开展消防安全大检查。副区长陈立伟带队检查。", date="2023-11-09")
    # (the bureau's own inspection, its district never named, is the bureau's event beside it)
    assert ("Visit", "2023-11-08", "陈立伟") in [(t, slots.get("date"), slots.get("agent"))
                                               for t, slots in _events(ents, out)]


@pytest.mark.parametrize("text,agent,place", [
    # the group a person leads, named after him, then what the visit is about (and after a comma)
    ("崇义县融媒体中心讯 6月12日，由市农业农村局局长钱立明带队的调研组一行就我县农村改厕工作进行调研。", "钱立明", "崇义县"),
    ("崇义县融媒体中心讯 6月12日，由市农业农村局局长钱立明带队的调研组一行，就我县农村改厕工作开展情况进行调研，"
     "县农业农村局负责人陪同调研。", "钱立明", "崇义县"),
    # gone where no place is named, the next clause what the visit is about
    ("5月8日，宁陕县政协副主席钱海波带领调研组深入部分乡镇，对全县农村环境整治工作进行调研。", "钱海波", "宁陕县"),
])
def test_a_leader_of_a_group_visits_by_what_the_visit_is_about(extractor, text, agent, place):
    ents, out = run(extractor, text, date="2021-06-13")
    visits = [slots for t, slots in _events(ents, out) if t == "Visit"]
    assert [(v.get("agent"), v.get("place")) for v in visits] == [(agent, place)]


@pytest.mark.parametrize("text,label,date", [
    # a congress's session deciding on people, no verb of holding
    ("1月18日上午，长沙市人代会选举周文斌为长沙市市长。", "长沙市人代会", "2022-01-18"),
    ("1月10日，株洲市第十五届人民代表大会常务委员会第九次会议依法补选郑海涛为湖南省人大代表。",
     "株洲市第十五届人民代表大会常务委员会第九次会议", "2022-01-10"),
    ("2020年11月18日，青岛市第十六届人大常委会第二十七次会议决定任命赵豪志为青岛市副市长。",
     "青岛市第十六届人大常委会第二十七次会议", "2020-11-18"),
    # the setting of what the sentence tells, on the day it opens with
    ("1月9日，在望城区三届人大常委会第十一次会议上，刘永红被任命为望城区副区长。", "望城区三届人大常委会第十一次会议",
     "2022-01-09"),
    # a memorial meeting
    ("4月2日上午，湖南省政协原副主席刘德茂同志追悼会在长沙举行。省委副书记罗少华参加了追悼会。",
     "湖南省政协原副主席刘德茂同志追悼会", "2022-04-02"),
])
def test_a_session_deciding_on_people_and_a_memorial_are_meetings_of_their_day(extractor, text, label, date):
    ents, out = run(extractor, text, date="2022-04-03")
    assert (label, date) in [(e.label, e.attrs.get("date")) for e in out.entities if e.type == "Meeting"]


@pytest.mark.parametrize("text", [
    "24日上午，市委书记孙宏伟与阿穆尔州副州长科兹洛夫进行了工作会谈。",
    "24日上午，省长李明在长沙与德国巴伐利亚州州长安德烈·索科洛夫举行会谈。",
])
def test_talks_are_a_meeting_the_first_side_chairs(extractor, text):
    """某某与某州副州长某某(举行|进行了)(工作)会谈: a meeting of that day, the one before 与 chairing, the other side
    attending (a dotted foreign name whole)."""
    ents, out = run(extractor, text, date="2022-02-25")
    meetings = [slots for t, slots in _events(ents, out) if t == "Meeting"]
    assert len(meetings) == 1 and meetings[0].get("date") == "2022-02-24"
    assert meetings[0].get("chair") in ("孙宏伟", "李明") and meetings[0].get("attendee") in ("科兹洛夫", "安德烈·索科洛夫")


@pytest.mark.parametrize("text,label,organizer", [
    # a nation's festival, the celebration the county named in it holds
    ("9月23日，2022年中国农民丰收节沙县庆祝活动正式开幕。", "中国农民丰收节沙县庆祝活动", "沙县区"),
    # a fair or a season of a trade named by its kind
    ("9月23日，首届沙县小吃美食季在沙县小吃文化城拉开帷幕。", "首届沙县小吃美食季", None),
    ("9月23日，第十二届江苏省园博会在苏州开幕。", "第十二届江苏省园博会", None),
])
def test_festivals_fairs_and_seasons_opening_are_events_of_their_day(extractor, text, label, organizer):
    ents, out = run(extractor, text, date="2022-03-10")
    found = {e.label: e for e in out.entities if e.type == "Event"}
    assert label in found and found[label].attrs.get("date") == "2021-09-23"
    if organizer:
        assert organizer in [s.get("organizer") for t, s in _events(ents, out) if t == "Event"]


def test_a_conference_followed_on_screen_is_held_that_day_with_those_watching_it(extractor):
    """某市组织收听收看全省某某电视电话会议 (the genre's opening line): the conference, that day; those 在分会场收听收看
    attend it."""
    ents, out = run(extractor, "5月7日上午，桐城市组织收听收看全省安全生产工作电视电话会议。副市长刘建华在市分会场参加会议。",
                    date="2019-05-08")
    assert ("Meeting", "2019-05-07") in [(t, s.get("date")) for t, s in _events(ents, out)]
    ents, out = run(extractor, "6月9日下午，河南省森林防火工作电视电话会议召开。宁陵县委副书记、县长李文海，县领导赵一鸣在宁陵分会场"
                               "收听收看。", date="2021-06-10")
    attendees = {f.tail for e in out.entities if e.type == "Meeting" for f in out.facts
                 if f.head == e.id and f.relation == "attendee"}
    assert {"Person/李文海", "Person/赵一鸣"} <= attendees


def test_those_listed_before_a_bare_body_in_the_list_of_those_present_attend(extractor):
    """甲，乙，丙，县委宣传部，县科协、县教育局等单位有关负责人参加活动: a body named bare among the items breaks no list."""
    ents, out = run(extractor, "9月18日，绥德县举办2020年全国科普日启动仪式。市科协党组书记刘海涛，县委常委、统战部部长王志强，"
                               "副县长张丽，县委宣传部，县科协、县教育局等单位有关负责人参加活动。", date="2020-09-22")
    attendees = {f.tail for e in out.entities if e.type in ("Milestone", "Event", "Meeting") for f in out.facts
                 if f.head == e.id and f.relation == "attendee"}
    assert {"Person/刘海涛", "Person/王志强", "Person/张丽"} <= attendees


def test_deputies_of_a_congress_and_a_session_named_on_are_no_meeting_of_their_own(extractor):
    """出席某市第十三届人代会的代表名单: the deputies, no meeting; 某区第四届人代会第二次会议: the session, one name (not
    某区第四届人代会 beside it); 组织收看收听…会议: the conference, its name after the verb."""
    ents, out = run(extractor, "昨日下午，历时两天的通州区第四届人代会第二次会议结束计票，公布了出席北京市第十三届人代会的代表名单。"
                               "28日上午，我市组织收看收听全省安全生产工作会议。", date="2007-11-22")
    labels = {e.label for e in out.entities if e.type == "Meeting"}
    assert "通州区第四届人代会第二次会议" in labels and "全省安全生产工作会议" in labels
    assert not labels & {"北京市第十三届人代会", "通州区第四届人代会"}


def test_a_final_held_at_a_venue_is_an_event_held_there(extractor):
    """2023年全市某某技能大赛决赛在某学院举行: a contest's final (决赛) held, as 大赛 is."""
    ents, out = run(extractor, "10月19日，2023年全市技能大赛决赛在芜湖职业技术学院举行。", date="2023-10-20")
    assert [(t, slots.get("date")) for t, slots in _events(ents, out)] == [("Event", "2023-10-19")]


def test_those_who_attend_a_reception_named_by_its_kind_after_a_guests_visit_attend_it(extractor):
    """某某会见了某某一行。…对某某一行来县考察表示欢迎。…乙参加会见: the reception, though the guests'
    visit was read after it."""
    from kg.read import article_from_text

    art = article_from_text("t", ["3月14日，县委书记周立新在县行政中心会见了比亚迪股份有限公司副总裁何志奇一行。",
                                  "周立新对何志奇一行来县考察表示欢迎。", "副县长吴丹参加会见。"], date="2023-03-15")
    ext = extractor(art)
    ents = ext.entities.entities
    reception = next(e for e in ents.values() if e.type == "Meeting")
    assert ("attendee", "吴丹") in {(f.relation, ents[f.tail].label) for f in ext.facts
                                    if f.head == reception.id and f.tail in ents}


def test_documents_a_meeting_approves_in_principle_are_issued_by_its_holder(extractor):
    """会议审议通过了《甲》，原则同意《乙》: both adopted, by the government that held the meeting, that day."""
    from kg.read import article_from_text

    art = article_from_text("t", ["9月3日，县长张国庆主持召开大悟县政府第28次常务会议。",
                                  "会议审议通过了《大悟县城市管理办法》，原则同意《大悟县垃圾治理实施方案》。"], date="2020-09-04")
    ext = extractor(art)
    ents = ext.entities.entities
    issued = {(ents[f.head].label, ents[f.tail].label) for f in ext.facts if f.relation == "issuedBy"
              and f.head in ents and f.tail in ents}
    assert issued == {("《大悟县城市管理办法》", "大悟县政府"), ("《大悟县垃圾治理实施方案》", "大悟县政府")}


def test_every_title_of_a_list_adopted_is_issued(extractor):
    """会议审议通过了《甲》《乙》和《丙》: each document, issued by the meeting's holder that day."""
    from kg.read import article_from_text

    art = article_from_text("t", ["9月3日，县长张国庆主持召开大悟县政府第28次常务会议。",
                                  "会议审议通过了《甲办法》《乙方案》和《丙细则》。"], date="2020-09-04")
    ext = extractor(art)
    ents = ext.entities.entities
    issued = {ents[f.head].label for f in ext.facts if f.relation == "issuedBy" and f.head in ents
              and ents.get(f.tail) is not None and ents[f.tail].label == "大悟县政府"}
    assert issued == {"《甲办法》", "《乙方案》", "《丙细则》"}


def test_those_at_a_meeting_who_go_on_to_observe_sites_visit_them_that_day(extractor):
    """某推进会在某县召开。与会人员先后观摩了某镇某村、某乡某村: a visit of those at the meeting, that day
    (as 会后，与会人员实地观摩了…)."""
    ents, out = run(extractor, "8月25日，全市乡村振兴现场推进会在岳西县召开。与会人员先后观摩了岳西县温泉镇汤池村、"
                               "莲云乡腊树村。\n副市长汪明主持会议。", date="2022-08-26")
    visits = [(t, slots.get("date")) for t, slots in _events(ents, out) if t == "Visit"]
    assert visits == [("Visit", "2022-08-25")]
    # 主持会议 after the visit: the chair of the meeting (any meeting is a 会议), not of nothing
    assert [slots.get("chair") for t, slots in _events(ents, out) if t == "Meeting"] == ["汪明"]


def test_a_named_sitting_that_votes_is_held(extractor):
    """某市人大常委会第N次会议表决通过…, …第一次会议选举…: a named sitting acting at the head of its
    clause is a meeting held, that day, by the body it is named after."""
    ents, out = run(extractor, "6月25日，衢州市第九届人民代表大会常务委员会第五次会议表决通过人事任免事项。",
                    date="2021-06-26")
    events = _events(ents, out)
    assert [(t, slots.get("date"), slots.get("place")) for t, slots in events] == [("Meeting", "2021-06-25", "衢州市")]
    assert events[0][1]["organizer"].startswith("衢州市")


def test_a_leader_who_leads_a_group_to_inspect_visits(extractor):
    """某某率部分委员视察某区…: the leader visits the place the verb names; with none named, the
    visit still is (its agent and day), and 视察组 after 率 names the group, not the act."""
    ents, out = run(extractor, "9月20日，市政协主席王建华率部分政协委员视察武侯区老旧小区改造工作。"
                               "区政协副主席张丽参加视察。", date="2019-09-21")
    assert _events(ents, out) == [("Visit", {"date": "2019-09-20", "agent": "王建华", "organizer": "成都市政协", "place": "武侯区",
                                             "attendee": "张丽"})]
    ents, out = run(extractor, "9月20日，县人大常委会主任王建华带领调研组检查城区道路建设工作。", date="2019-09-21")
    # (the committee of a county never named: the body as written organises it)
    assert _events(ents, out) == [("Visit", {"date": "2019-09-20", "agent": "王建华", "organizer": "县人大常委会"})]


def test_a_zones_launch_is_organised_by_its_county_and_attended_by_those_who_unveil_it(extractor):
    """某县国家现代农业产业园揭牌仪式在某镇举行。甲，乙共同为产业园揭牌: the zone opened is no organiser
    (its county is); those who unveil it attend, over the list's clauses; 总农艺师 a post."""
    from kg.read import article_from_text

    text = ("10月27日上午，临清市国家现代农业产业园揭牌仪式在烟店镇举行。农业农村部总农艺师王建国，"
            "省委常委、副省长李明共同为产业园揭牌。")
    ext = extractor(article_from_text("t", [text], date="2020-10-28"))
    ents = ext.entities.entities
    launch = next(e for e in ents.values() if e.type == "Milestone")
    slots = {(f.relation, ents[f.tail].label) for f in ext.facts if f.head == launch.id and f.tail in ents}
    assert {("organizer", "临清市"), ("attendee", "王建国"), ("attendee", "李明")} <= slots


def test_those_who_sign_for_both_parties_attend_the_signing_named_before(extractor):
    """甲与乙代表双方签约: no second signing; the two sign at the one named before."""
    text = ("8月11日，湖北省人民政府与中国移动通信集团有限公司在武汉签署战略合作协议。"
            "副省长张文兵与中国移动通信集团有限公司副总经理李慧镝代表双方签约。")
    ents, out = run(extractor, text, date="2022-08-12")
    signings = [e for e in out.entities if e.type == "Event"]
    assert len(signings) == 1
    attendees = {t for h, r, t in triples(ents, out, "attendee")}
    assert {"张文兵", "李慧镝"} <= attendees


def test_a_party_congress_named_short_in_the_headline_is_the_leads_of_its_place(extractor):
    """某省第八次党代会 (headline) | 中国共产党某省第八次代表大会在某市开幕: one congress, the place's
    (not the whole Party's); 中共某省第七届委员会 is the province's Party committee."""
    from kg.read import article_from_text

    art = article_from_text("t", ["4月26日上午，中国共产党青海省第十四次代表大会在西宁开幕。"
                                  "信长星代表中共青海省第十三届委员会向大会作报告。"],
                            title="青海省第十四次党代会开幕", date="2022-05-27")
    ext = extractor(art)
    ents = ext.entities.entities
    meetings = [e for e in ents.values() if e.type == "Meeting"]
    assert [m.label for m in meetings] == ["中国共产党青海省第十四次代表大会"]
    organizers = {ents[f.tail].label for f in ext.facts if f.head == meetings[0].id and f.relation == "organizer"}
    assert organizers == {"青海省"}
    assert {e.label: e.type for e in ents.values()}.get("青海省委") == "PartyOrganization"


def test_a_launch_event_held_is_the_headlines_launch(extractor):
    """某市举行…集中开工活动 (headline) | 2月7日，某市…集中开工活动在某区举行: one launch, dated."""
    from kg.read import article_from_text

    art = article_from_text("t", ["2月7日，武汉市2023年第一批重大项目集中开工活动在东西湖区举行，集中开工项目312个。"],
                            title="武汉市举行2023年第一批重大项目集中开工活动", date="2023-02-08")
    launches = [e for e in extractor(art).entities.entities.values() if e.type == "Milestone"]
    assert [e.attrs.get("date") for e in launches] == ["2023-02-07"]


def test_a_tour_over_days_its_pronoun_stops_and_the_talk_convened_on_it(extractor):
    """3月26日至27日，某某在某市调研。他先后来到甲、乙…; 26日下午，某某在某局召开座谈会 (chaired by the one
    who convenes it, where the body is); 27日上午，某某来到某公司 (a day of the tour: the same visit)."""
    from kg.read import article_from_text

    text = ["3月26日至27日，省委书记周祖翼在三明市调研。他先后来到沙县区夏茂镇、永安市经济开发区，了解产业发展情况。",
            "26日下午，周祖翼在三明市林业局召开座谈会，听取工作汇报。",
            "27日上午，周祖翼来到福建三钢闽光股份有限公司，察看生产线。"]
    ext = extractor(article_from_text("t", text, date="2023-03-28"))
    ents = ext.entities.entities
    visits = [e for e in ents.values() if e.type == "Visit"]
    assert len(visits) == 1
    visited = {ents[f.tail].label for f in ext.facts if f.relation == "visited" and f.tail in ents}
    assert {"三明市", "夏茂镇", "福建三钢闽光股份有限公司"} <= visited
    talk = next(e for e in ents.values() if e.type == "Meeting")
    slots = {(f.relation, ents[f.tail].label) for f in ext.facts if f.head == talk.id and f.tail in ents}
    assert {("chair", "周祖翼"), ("place", "三明市")} <= slots


def test_a_document_the_meeting_adopts_is_issued_by_its_holder_on_its_day(extractor):
    """某某会议在某地闭幕…会议表决通过了《…条例》: adopted by the body that holds the meeting, on
    its day; with no meeting before, nothing."""
    ents, out = run(extractor, "9月27日，湖北省十四届人大常委会第五次会议在武汉闭幕。会议表决通过了《湖北省乡村振兴促进条例》。",
                    date="2023-09-28")
    issued = [e for e in out.entities if e.type == "DocumentIssuance"]
    assert [e.attrs.get("date") for e in issued] == ["2023-09-27"]
    assert [(h, t) for h, r, t in triples(ents, out, "issuedBy")] == [("《湖北省乡村振兴促进条例》", "湖北省人大常委会")]
    ents, out = run(extractor, "会议表决通过了《湖北省乡村振兴促进条例》。", date="2023-09-28")
    assert not [e for e in out.entities if e.type == "DocumentIssuance"]


def test_those_listed_with_the_visitor_go_with_the_visitor(extractor):
    """县委书记甲、县长乙到某校检查开学工作: they visit together, 甲 (named first, the senior) the agent; both
    visited the school."""
    ents, out = run(extractor, "9月1日上午，县委书记刘卫国、县长张明到城南实验小学检查开学工作。", date="2021-09-01")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "agent") == {"刘卫国"} and _slot_labels(ents, out, visit, "attendee") == {"张明"}
    assert {h for h, r, t in triples(ents, out, "visited")} == {"刘卫国", "张明"}


def test_the_leaders_of_a_province_listed_before_others_take_part(extractor):
    """省领导甲、乙，省委秘书长丙，某市委书记丁参加调研: every name of the list, 省领导 naming the first ones."""
    ents, out = run(extractor, "5月16日，省委书记王建国到浙江大学调研科技创新工作。省领导陈明彪、冯志飞，省委秘书长许新民，"
                               "杭州市委书记周立勇参加调研。", date="2023-05-17")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "attendee") == {"陈明彪", "冯志飞", "许新民", "周立勇"}


def test_a_meeting_named_first_with_its_chair_paragraphs_later_is_chaired_so(extractor):
    """大会由副省长某某主持, a paragraph of its own after two others: the congress's chair."""
    from kg.read import article_from_text

    ex = extractor(article_from_text("t", ["6月19日，2018年度湖北省科学技术奖励大会在武汉洪山礼堂召开。省长汪晓东出席大会并讲话。",
                                           "本次大会共评选出湖北省科学技术奖279项。", "汪晓东在讲话中指出，近年来全省科技实力显著增强。",
                                           "大会由副省长曹光明主持。"], date="2019-06-20"))
    ents = ex.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert {ents[f.tail].label for f in ex.facts if f.head == meeting.id and f.relation == "chair"} == {"曹光明"}


@pytest.mark.parametrize("title, lead, organizer", [
    ("湖北省委教育工委召开全省高校党建工作推进会", "11月21日，全省高校党建工作推进会在武汉召开。", "湖北省委教育工委"),
    ("江西省教育厅召开全省教育工作会议", "2月10日，全省教育工作会议在南昌召开。", "江西省教育厅"),
])
def test_the_body_a_headline_names_holds_the_leads_meeting_named_with_its_scope(extractor, title, lead, organizer):
    """某厅召开全省…会议 | 全省…会议在某市召开: the body holds it, not the province 全省 stands for."""
    ents, out = run(extractor, lead, title=title, date="2023-11-22")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "organizer") == {organizer}


def test_the_body_before_a_relative_clause_of_holding_holds_the_meeting(extractor):
    """记者从某省政府新闻办召开的新闻发布会上获悉: the office holds the press conference."""
    ents, out = run(extractor, "10月17日，记者从江西省政府新闻办召开的新闻发布会上获悉，全省学前教育毛入园率达到92.6%。",
                    date="2024-10-18")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "organizer") == {"江西省政府新闻办"}


def test_a_meeting_held_in_the_capital_written_short_is_held_in_beijing(extractor):
    """某某大会在京开幕 (jieba's one word 在京开幕): held in 北京市."""
    ents, out = run(extractor, "6月19日，中国共产主义青年团第十九次全国代表大会在京开幕。", date="2023-06-20")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "place") == {"北京市"}


def test_a_delegation_inspecting_at_a_place_visits_it(extractor):
    """某省党政代表团在某县某镇考察了…: the delegation visits (as with 到某县考察)."""
    ents, out = run(extractor, "5月8日，福建省党政代表团在银川市永宁县闽宁镇考察了菌草产业基地。", date="2023-05-09")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert visit.attrs.get("date") == "2023-05-08"
    assert _slot_labels(ents, out, visit, "agent") == {"福建省党政代表团"}


def test_two_who_chair_a_meeting_together_both_chair_it(extractor):
    """甲与乙共同主持会议: both chair (not the last named only)."""
    ents, out = run(extractor, "6月28日，中新互联互通项目联合协调理事会第八次会议在重庆召开。市长胡衡华与新加坡贸工部部长"
                               "颜金勇共同主持会议。", date="2023-06-29")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "chair") == {"胡衡华", "颜金勇"}


def test_a_meeting_named_after_jing_is_named_without_it(extractor):
    """经某省纪委常委会会议研究: the meeting is 某省纪委常委会会议 (经, by way of, opens no name)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["依据有关规定，经湖南省纪委常委会会议研究，决定给予其开除党籍处分。"]))
    assert [e.label for e in ext.entities.entities.values() if e.type == "Meeting"] == ["湖南省纪委常委会会议"]


def test_those_who_go_with_a_visitor_attend_the_visit(extractor):
    """某某陪同调研, and a closing line 甲，乙参加调研 (a few paragraphs on, the headline naming the visit):
    they go with the visitor."""
    slots = _visit_slots(extractor, ["4月14日，省长王凯到许昌市调研企业生产经营情况。",
                                     "王凯先后来到许继集团有限公司、许昌市民营企业服务中心，察看生产线。",
                                     "王凯强调，要落实落细惠企纾困政策。",
                                     "副省长刘玉江，许昌市委书记史根治、市长吴同周参加调研。"],
                         title="省长王凯到许昌市调研企业发展", date="2022-04-15")
    assert {"史根治", "吴同周"} <= slots("attendee")
    ents, out = run(extractor, "6月7日，市委书记李振华深入平江县调研。市委常委、秘书长周立平，平江县委书记黄志刚陪同调研。",
                    date="2022-06-08")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "attendee") == {"周立平", "黄志刚"}


def test_those_who_go_with_a_visitor_are_named_after_the_last_stop_of_the_tour(extractor):
    """A tour told over paragraphs (甲地, then 在某区，某某走进某公司) and a closing line 甲，乙陪同调研 three
    paragraphs after the lead: counted from the last stop, they go with the visitor; the district of
    在某区 is visited with the company."""
    slots = _visit_slots(extractor, ["5月18日，省长王凯在洛阳市调研重大项目建设情况。",
                                     "王凯首先来到中国一拖集团有限公司，察看生产线。",
                                     "在偃师区，王凯走进河南中光学集团有限公司，鼓励企业加大研发投入。",
                                     "调研中，王凯强调，要坚定不移推进项目建设。",
                                     "副省长刘玉江，洛阳市委书记江凌、市长徐衣显陪同调研。"],
                         title="省长王凯在洛阳调研", date="2022-05-20")
    assert slots("attendee") == {"刘玉江", "江凌", "徐衣显"}
    assert {"偃师区", "河南中光学集团有限公司"} <= slots("visited")


def test_a_unit_opened_is_opened_by_the_body_its_name_opens_with(extractor):
    """某大学某研究院揭牌仪式在我校举行: the university opens its institute (not the province its name opens with)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["10月21日上午，西北师范大学人工智能研究院揭牌仪式在我校举行。"],
                                      title="我校人工智能研究院揭牌成立", date="2021-10-22"))
    assert _the_ones_slot(ext, "Milestone", "organizer") == {"西北师范大学"}


def test_an_event_opened_at_a_venue_is_held_where_the_venue_is(extractor):
    """某某博览会在某国际博览中心开幕: an event, dated, held in the venue's city."""
    ents, out = run(extractor, "5月17日上午，第六届中国国际茶叶博览会在杭州国际博览中心开幕。", date="2024-05-18")
    assert _events(ents, out) == [("Event", {"date": "2024-05-17", "place": "杭州市"})]


def test_a_meeting_held_undated_in_a_paragraph_that_gave_a_day_is_on_that_day(extractor):
    """7月14日，督察组向某省反馈督察情况。督察组组长某某通报督察意见，省委书记某某主持反馈会议。"""
    ents, out = run(extractor, "7月14日，中央第三生态环境保护督察组向江西省反馈督察情况。"
                               "督察组组长吴新雄通报督察意见，省委书记孙志明主持反馈会议。", date="2022-07-15")
    # (the hand-over the first sentence tells is that meeting: 督察组向某省反馈督察情况)
    meetings = [e for e in out.entities if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in meetings] == [("中央第三生态环境保护督察组向江西省反馈督察情况", "2022-07-14")]
    assert _slot_labels(ents, out, meetings[0], "chair") == {"孙志明"}


def test_those_who_witness_a_signing_attend_it(extractor):
    """甲与乙签署…协议。某某、某某与某公司董事长某某举行会谈并见证签约: no second signing; they attend."""
    text = ("2月14日，湖北省人民政府与华为技术有限公司在武汉签署深化全面合作协议。"
            "省委书记王蒙徽与华为公司轮值董事长胡厚崑举行会谈并见证签约。")
    ents, out = run(extractor, text, date="2023-02-15")
    signings = [e for e in out.entities if e.type == "Event"]
    assert len(signings) == 1 and {"王蒙徽"} <= _slot_labels(ents, out, signings[0], "attendee")


@pytest.mark.parametrize("kind", ["紧急会商会", "新闻通气会", "工作碰头会", "重点任务交办会"])
def test_meetings_that_weigh_brief_or_hand_over_work_are_meetings(extractor, kind):
    """某指挥部召开紧急会商会 (新闻通气会, 工作碰头会, 交办会): the kinds of meeting of the genre beside 推进会."""
    ents, out = run(extractor, f"7月12日晚，光山县防汛抗旱指挥部召开{kind}，县长宋晓阳主持会议。", date="2023-07-13")
    meetings = [e for e in out.entities if e.type == "Meeting"]
    assert [(e.label, e.attrs.get("date")) for e in meetings] == [(kind, "2023-07-12")]


def test_a_visit_whose_work_the_next_clause_tells_and_the_talk_held_after_it(extractor):
    """某某一行到某市，对该市…开展情况进行指导。随后召开的座谈会上…: a visit to the city (the verb in the
    clause after the move), and a talk named 座谈会 (not 的座谈会) held where the visit is."""
    text = ("5月15日，省委第六巡回指导组组长孟宪军一行到临沂市，对该市主题教育开展情况进行指导。"
            "随后召开的座谈会上，孟宪军听取了临沂市委的汇报。")
    ents, out = run(extractor, text, date="2023-05-16")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "agent") == {"孟宪军"} and _slot_labels(ents, out, visit, "place") == {"临沂市"}
    talk = next(e for e in out.entities if e.type == "Meeting")
    assert talk.label == "座谈会" and _slot_labels(ents, out, talk, "place") == {"临沂市"}
    # 就…开展调研 the same way; 指导 opens no campaign's name
    ents, out = run(extractor, "5月15日，孟宪军一行深入临沂市，就安全生产工作开展督导检查。", date="2023-05-16")
    assert [e for e in out.entities if e.type == "Visit"]
    ents, out = run(extractor, "巡回指导组到临沂市指导主题教育。", date="2023-05-16")
    assert "指导主题教育" not in {e.label for e in out.entities}


def test_a_kind_of_session_held_so_many_times_is_no_meeting(extractor):
    """共举办各类干部培训班23期, 学校党委举办读书班2期: a count of sessions of a kind, no one meeting."""
    for text in ("今年以来，延安市委组织部共举办各类干部培训班23期。", "据了解，哈尔滨工业大学党委举办读书班2期。"):
        ents, out = run(extractor, text, date="2023-06-01")
        assert not [e for e in out.entities if e.type == "Meeting"], text


def test_the_session_that_adopted_a_text_named_in_brackets(extractor):
    """（某日某省人大常委会第N次会议通过）, 《某方案》（某日中共某省委常委会会议审议通过）: the session, dated,
    named without the bracket, the date or the title."""
    ents, out = run(extractor, "（2023年7月27日宁夏回族自治区第十三届人民代表大会常务委员会第四次会议通过）"
                               "决定任命马晓军为宁夏回族自治区民政厅厅长。", date="2023-07-28")
    assert [(e.label, e.attrs.get("date")) for e in out.entities if e.type == "Meeting"] == [
        ("宁夏回族自治区第十三届人民代表大会常务委员会第四次会议", "2023-07-27")]
    ents, out = run(extractor, "《甘肃省城镇燃气安全专项整治实施方案》（2023年7月27日中共甘肃省委常委会会议审议通过）提出，"
                               "要加快老旧燃气管道更新改造。", date="2023-07-28")
    assert [(e.label, e.attrs.get("date")) for e in out.entities if e.type == "Meeting"] == [
        ("中共甘肃省委常委会会议", "2023-07-27")]


def test_an_inspection_team_hands_its_findings_over_at_a_meeting(extractor):
    """某巡视组向某市委反馈巡视情况: a meeting the team holds where the body it inspected is, the body
    attending; 主持会议 after it names its chair."""
    ents, out = run(extractor, "8月15日，湖南省委第三巡视组向岳阳市委反馈巡视情况。市委书记何志强主持会议并作表态讲话。",
                    date="2023-08-16")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert meeting.attrs.get("date") == "2023-08-15"
    assert _slot_labels(ents, out, meeting, "organizer") == {"湖南省委第三巡视组"}
    assert _slot_labels(ents, out, meeting, "place") == {"岳阳市"}
    assert _slot_labels(ents, out, meeting, "attendee") == {"岳阳市委"}
    assert _slot_labels(ents, out, meeting, "chair") == {"何志强"}
    # the body inspected named after its district (向某区某镇党委反馈)
    ents, out = run(extractor, "10月10日，江门市委第三巡察组向蓬江区杜阮镇党委反馈巡察情况。杜阮镇党委书记何伟明主持会议。",
                    date="2023-10-12")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert meeting.attrs.get("date") == "2023-10-10"
    assert _slot_labels(ents, out, meeting, "attendee") == {"杜阮镇党委"}


def test_teams_counted_or_handing_over_to_a_list_or_on_site_hold_feedback_meetings(extractor):
    """县委三个巡察组分别向甲镇、乙镇党委反馈巡察情况; 8个市委巡察组分别向23个被巡察党组织进行了现场反馈: a feedback meeting
    each time, the teams holding it (where the bodies handed to are more than one, in the teams' place)."""
    from kg.read import article_from_text

    ex = extractor(article_from_text("t", ["7月15日，潜山市委三个巡察组分别向源潭镇、黄铺镇党委反馈巡察情况。"], date="2024-07-20"))
    (meeting,) = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    names = {k: e.label for k, e in ex.entities.entities.items()}
    slots = {(f.relation, names.get(f.tail)) for f in ex.facts if f.head == meeting.id}
    assert meeting.attrs.get("date") == "2024-07-15"
    assert {("attendee", "黄铺镇党委"), ("place", "潜山市")} <= slots
    ex = extractor(article_from_text("t", ["9月1日，8个市委巡察组分别向23个被巡察党组织进行了现场反馈。"], date="2024-09-02"))
    assert [e for e in ex.entities.entities.values() if e.type == "Meeting"]


def test_a_central_inspections_findings_named_at_length_and_the_headlines_feedback_meeting_are_one(extractor):
    """江西召开督察反馈会 | 中央第三生态环境保护督察组向江西省反馈第三轮中央生态环境保护督察情况: one meeting, dated."""
    ents, out = run(extractor, "8月17日，中央第三生态环境保护督察组向江西省反馈第三轮中央生态环境保护督察情况。"
                               "反馈会由江西省委副书记、省长叶建春主持。", title="江西召开督察反馈会", date="2023-08-18")
    meetings = [e for e in out.entities if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].attrs.get("date") == "2023-08-17"
    assert "中央第三生态环境保护督察组" in _slot_labels(ents, out, meetings[0], "organizer")


def test_speakers_who_report_come_to_guide_or_sum_up_attend(extractor):
    """某某作工作报告并讲话, 某某到会指导, 某某在会上作总结讲话: each attends the meeting named before."""
    ents, out = run(extractor, "1月16日，邢台市召开全市经济工作会议。市委书记张振海作工作报告并讲话，"
                               "省委组织部副部长孙德兴到会指导，市长王刚在会上作总结讲话。", date="2023-01-17")
    meeting = next(e for e in out.entities if e.type == "Meeting")
    assert _slot_labels(ents, out, meeting, "attendee") == {"张振海", "孙德兴", "王刚"}


def test_a_document_adopted_in_principle_is_issued_by_the_meetings_holder(extractor):
    """会议审议并原则通过了《…》: adopted at the meeting named before, by its holder."""
    ents, out = run(extractor, "3月14日，江西省政府召开常务会议。会议审议并原则通过了《江西省县域医共体建设实施方案》。",
                    date="2023-03-15")
    assert [(h, t) for h, r, t in triples(ents, out, "issuedBy")] == [("《江西省县域医共体建设实施方案》", "江西省政府")]


def test_a_stop_whose_visitor_is_named_after_a_post(extractor):
    """3月14日，在某镇某村，县委书记某某察看了…: a visit to the village, whatever the post before the name."""
    ents, out = run(extractor, "3月14日，在马营镇华川村，县委书记王建军察看了村党群服务中心。", date="2023-03-15")
    visit = next(e for e in out.entities if e.type == "Visit")
    assert _slot_labels(ents, out, visit, "agent") == {"王建军"} and _slot_labels(ents, out, visit, "place") == {"华川村"}


def test_a_closing_line_of_attendees_after_the_speech_paragraphs(extractor):
    """某县召开推进会 … four paragraphs of what was said … 县领导甲、乙、丙出席会议。: they attend it."""
    from kg.read import article_from_text
    paragraphs = ["3月8日上午，于都县召开乡村振兴工作推进会。县委书记刘志华出席会议并讲话。",
                  "刘志华指出，2023年全县脐橙种植面积达到30.5万亩。全县累计培育农民专业合作社1260家。",
                  "刘志华强调，要坚决守牢不发生规模性返贫底线。要持续开展农村人居环境整治提升五年行动。",
                  "黄振宇要求，各乡镇、各部门要细化工作举措。",
                  "县领导肖红梅、邱国平、谢文斌出席会议。"]
    ex = extractor(article_from_text("t", paragraphs, date="2024-03-09"))
    label = {k: e.label for k, e in ex.entities.entities.items()}
    meeting = next(k for k, e in ex.entities.entities.items() if e.type == "Meeting")
    attendees = {label.get(f.tail) for f in ex.facts if f.head == meeting and f.relation == "attendee"}
    assert {"肖红梅", "邱国平", "谢文斌"} <= attendees


def test_the_headlines_meeting_named_longer_than_the_leads_is_the_leads(extractor):
    """省水利厅召开党组会议 (headline) | 5月9日，…主持召开厅党组会议 (lead): the lead names the headline's
    meeting by its end; one meeting, the lead's, organised by the 党组 the lead names (not also by the
    department the headline names)."""
    from kg.read import article_from_text
    art = article_from_text("t", ["黄山市讯 5月9日，省水利厅党组书记、厅长张卫国主持召开厅党组会议，研究部署防汛工作。"],
                            title="省水利厅召开党组会议", date="2023-05-10")
    ext = extractor(art)
    meetings = [e for e in ext.entities.entities.values() if e.type == "Meeting"]
    assert [(m.label, m.attrs.get("date")) for m in meetings] == [("安徽省水利厅党组会议", "2023-05-09")]
    organizers = {ext.entities.entities[f.tail].label for f in ext.facts
                  if f.head == meetings[0].id and f.relation == "organizer"}
    assert organizers == {"安徽省水利厅党组"}


@pytest.mark.parametrize("title,lead,date,label,organizer", [
    # the headline leaves out which of the city's inspection groups (市委巡察组 | 市委第三巡察组)
    ("市委巡察组向东坡区反馈巡察情况", "眉山日报讯 10月23日，市委第三巡察组向东坡区委反馈巡察情况。东坡区委书记陈志刚主持会议。",
     "2023-10-23", "眉山市委第三巡察组向东坡区委反馈巡察情况", {"眉山市委第三巡察组"}),
    # the headline says where (新疆), the lead only what
    ("新疆G0711乌鲁木齐至尉犁高速公路全线通车", "30日，G0711乌鲁木齐至尉犁高速公路全线建成通车。",
     "2023-10-30", "G0711乌鲁木齐至尉犁高速公路全线建成通车", set()),
])
def test_the_headlines_event_named_with_words_left_out_is_the_leads(extractor, title, lead, date, label, organizer):
    from kg.read import article_from_text
    ext = extractor(article_from_text("t", [lead], title=title, date="2023-10-31"))
    events = [e for e in ext.entities.entities.values() if e.type in ("Meeting", "Milestone")]
    assert [(e.label, e.attrs.get("date")) for e in events] == [(label, date)]
    assert {ext.entities.entities[f.tail].label for f in ext.facts
            if f.head == events[0].id and f.relation == "organizer"} == organizer


def test_a_signings_place_is_the_hosting_governments_not_the_companys_province(extractor):
    """某物流有限公司（浙江）与瑞金市人民政府签订…协议: with no 在Y, the signing is where the government
    that hosts it is, not in the province the company's name opens with."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["12日，瑞金市招商引资项目签约仪式举行。签约仪式上，浙江鸿泰物流有限公司与瑞金市人民政府"
                                           "签订智慧物流园项目投资协议。"], date="2023-05-13"))
    ents = ex.entities.entities
    signing = next(e for e in ents.values() if e.type == "Event" and e.label.startswith("浙江鸿泰物流有限公司"))
    assert {ents[f.tail].label for f in ex.facts if f.head == signing.id and f.relation == "place"} == {"瑞金市"}


def test_an_events_opening_ceremony_held_at_a_venue_is_an_event(extractor):
    """某某运动会开幕式在Y举行: the opening is held as a ceremony, dated, organised by the place its name
    opens with; 朝鲜族 in the same report is a people of China, no country."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["7月29日晚，吉林省第十九届运动会开幕式在延吉市延边州体育场隆重举行。朝鲜族群众载歌载舞。"],
                                     date="2022-07-30"))
    ents = ex.entities.entities
    events = [e for e in ents.values() if e.type == "Event"]
    assert [(e.label, e.attrs.get("date")) for e in events] == [("吉林省第十九届运动会开幕式", "2022-07-29")]
    assert "朝鲜" not in {e.label for e in ents.values()}


def test_an_inspection_group_of_a_body_visits_and_a_groups_leader_tours_with_it(extractor):
    """某市人大常委会执法检查组到某区调研: the body's group (no recogniser named it) visits, the body the
    agent; 指导组一行先后来到甲、乙 after 某指导组组长某某一行到某市: the stops are the leader's tour's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["5月15日，保定市人大常委会执法检查组到莲池区调研。"], date="2023-05-16"))
    ents = ex.entities.entities
    visits = [e for e in ents.values() if e.type == "Visit"]
    assert [(v.attrs.get("date"), {ents[f.tail].label for f in ex.facts if f.head == v.id and f.relation == "agent"})
            for v in visits] == [("2023-05-15", {"保定市人大常委会"})]
    ex = extractor(article_from_text("t", ["5月15日，省委第六巡回指导组组长孟宪军一行到临沂市，对该市主题教育开展情况进行指导。",
                                           "指导组一行先后来到兰山区金雀山街道、费县上冶镇东固村等地，实地察看主题教育开展情况。"],
                                     title="省委第六巡回指导组到临沂市指导主题教育工作", date="2023-05-16"))
    ents = ex.entities.entities
    assert len([e for e in ents.values() if e.type == "Visit"]) == 1
    assert {"兰山区", "东固村", "临沂市"} <= {ents[f.tail].label for f in ex.facts
                                         if f.head == "Person/孟宪军" and f.relation == "visited"}


@pytest.mark.parametrize("text,agent,place", [
    # the group ends the clause, the next opens with the visit's verb
    ("8月9日，市政协副主席朱永涛带领部分市政协委员，视察宿豫区农村饮水安全工作。", "朱永涛", "宿豫区"),
    # ，在某州开展…执法检查: a verb of conducting, the visit's verb ending the clause
    ("5月15日，自治区人大常委会副主任艾力·吐尔逊带领执法检查组，在伊犁哈萨克自治州开展乡村振兴促进法实施情况执法检查。",
     "艾力·吐尔逊", "伊犁哈萨克自治州"),
])
def test_a_leader_visits_with_a_comma_after_the_group(extractor, text, agent, place):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [text], date="2023-08-10"))
    ents = ex.entities.entities
    visits = [e for e in ents.values() if e.type == "Visit"]
    assert len(visits) == 1
    slots = {(f.relation, ents[f.tail].label) for f in ex.facts if f.head == visits[0].id and f.tail in ents}
    assert ("agent", agent) in slots and ("place", place) in slots


def test_a_person_declaring_an_event_open_names_no_event(extractor):
    """省长某某宣布运动会开幕: the governor declares open the games read before; no event named
    “省委副书记、省长某某宣布运动会”."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["7月29日晚，吉林省第十九届运动会在延吉市开幕。省委副书记、省长刘晓东宣布运动会开幕，"
                                           "省委常委、延边州委书记崔明哲致辞。"], date="2022-07-30"))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Event"] == ["吉林省第十九届运动会"]


def test_a_leader_named_alone_before_the_one_who_leads_the_delegation_goes_too(extractor):
    """省委书记甲，省委副书记、省长乙率代表团赴某省考察: the secretary, named first, the visit's agent; the
    governor goes with him."""
    ents, out = run(extractor, "5月14日，黑龙江省委书记付明远，省委副书记、省长谭秀英率黑龙江省党政代表团赴广东省"
                               "学习考察。", date="2023-05-20")
    names = {k: e.label for k, e in ents.entities.items()}
    visits = [e for e in out.entities if e.type == "Visit"]
    assert len(visits) == 1
    slots = {(f.relation, names.get(f.tail, f.tail)) for f in out.facts if f.head == visits[0].id}
    assert ("agent", "付明远") in slots and ("attendee", "谭秀英") in slots


def test_a_body_holding_a_named_activity_at_a_place_holds_an_event(extractor):
    """某省红十字会在某区某广场举办世界献血者日主题宣传活动: the activity an Event, dated, organised by the
    body, at the venue (not only an initiative the body carries on)."""
    ents, out = run(extractor, "6月14日，广东省红十字会在广州市天河区花城广场举办世界献血者日主题宣传活动。",
                    date="2026-06-15")
    assert ("Event", {"date": "2026-06-14", "organizer": "广东省红十字会", "place": "花城广场"}) in _events(ents, out)


def test_the_headlines_visiting_group_is_the_one_the_leads_visitor_leads(extractor):
    """某某调研组来某省调研 (headline) | 5月16日至19日，某某率调研组来我省…: one visit, dated, the leader the
    visitor and the group with him."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["5月16日至19日，九三学社中央副主席邵鸿飞率调研组来我省，就黑土地保护开展专题调研。"],
                                     title="九三学社中央调研组来黑龙江调研", date="2026-05-20"))
    visits = [e for e in ex.entities.entities.values() if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].attrs.get("date") == "2026-05-16"


def test_a_document_the_meeting_issues_is_dated_by_the_meeting(extractor):
    """11月20日，某区召开…推进会。会议印发了《…》: issued that day."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["11月20日，鹰潭市余江区召开农村宅基地制度改革深化试点推进会。"
                                           "会议印发了《余江区农村宅基地管理办法（试行）》。"], date="2023-11-21"))
    issued = [e for e in ex.entities.entities.values() if e.type == "DocumentIssuance"]
    assert [e.attrs.get("date") for e in issued] == ["2023-11-20"]


def test_a_study_tour_named_by_no_place_is_named_by_its_visitor(extractor):
    """某某在调研时指出: the visit 某某调研, not 在调研."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["奉化区委副书记、区长高浩孟在调研时指出，要坚持发展壮大村级集体经济。"]))
    assert [e.label for e in ex.entities.entities.values() if e.type == "Visit"] == ["高浩孟调研"]


def test_a_place_or_a_site_holding_a_named_event_holds_it_and_the_headline_names_it_too(extractor):
    """会宁举行纪念长征胜利80周年活动 (headline) | 某日，会宁县在某旧址举行纪念活动: one event, dated, at the site; 某纪念馆
    举行开馆仪式: held where the site is."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["10月22日上午，会宁县在红军会宁会师旧址举行纪念活动，白银市委书记张志明等参加。"],
                                     title="会宁举行纪念长征胜利80周年活动", date="2026-10-23"))
    events = [e for e in ex.entities.entities.values() if e.type == "Event"]
    assert len(events) == 1 and events[0].attrs.get("date") == "2026-10-22"
    ents, out = run(extractor, "6月18日，遵义会议纪念馆举行开馆仪式。", date="2026-06-19")
    assert any(slots.get("place") == "遵义会议纪念馆" and slots.get("date") == "2026-06-18" for _t, slots in _events(ents, out))


def test_an_activity_started_is_started_by_the_body_it_is_named_after(extractor):
    """某市民政局“某某”冬季送温暖活动在某区启动: the bureau starts it, not its city."""
    ents, out = run(extractor, "11月24日，南宁市民政局“情暖邕城”冬季送温暖活动在青秀区启动。", date="2023-11-25")
    assert any(t == "Milestone" and slots.get("organizer") == "南宁市民政局" for t, slots in _events(ents, out))


def test_a_reception_is_named_by_whom_the_host_received(extractor):
    """某某会见代表团并出席座谈会: the reception 某某会见代表团 (by the first of its hosts), not the next act with it."""
    ents, out = run(extractor, "5月14日，广东省委书记欧阳志坚，省委副书记、省长潘国强会见代表团并出席座谈会。", date="2023-05-15")
    assert any(e.label == "欧阳志坚会见代表团" for e in out.entities if e.type == "Meeting")


def test_a_study_session_named_two_ways_in_headline_and_lead_is_one(extractor):
    """市委理论学习中心组举行专题学习会 | 7月2日，某市委理论学习中心组举行2026年第六次集体学习: one meeting, dated."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["7月2日，西宁市委理论学习中心组举行2026年第六次集体学习，围绕党的建设进行专题学习研讨。"],
                                     title="市委理论学习中心组举行专题学习会", date="2026-07-03"))
    meetings = [e for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].attrs.get("date") == "2026-07-02"


@pytest.mark.parametrize("paragraphs,attendees", [
    (["10月12日，中央第三巡视组巡视甘肃省工作动员会在兰州召开。会上，中央第三巡视组组长韩志强就做好巡视工作作了讲话。"], {"韩志强"}),
    (["2月25日，苏州市人民政府新闻办公室召开新闻发布会。市市场监督管理局副局长沈佳怡、市数据局局长顾文斌回答了记者提问。"],
     {"沈佳怡", "顾文斌"}),
    (["2月25日，苏州市人民政府新闻办公室召开新闻发布会。市数据局局长顾文斌介绍了有关情况并回答记者提问。"], {"顾文斌"}),
])
def test_speakers_on_a_topic_and_at_a_press_conference_attend(extractor, paragraphs, attendees):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, date="2026-10-15"))
    assert _the_ones_slot(ext, "Meeting", "attendee") == attendees


@pytest.mark.parametrize("paragraphs,date,cls,label,day", [
    (["据介绍，第二十三届中国—东盟博览会将于9月17日至20日在南宁举办。"], "2026-08-20", "Event",
     "第二十三届中国—东盟博览会", "2026-09-17"),
    (["会议决定，十四届全国人大常委会第十次会议将于6月25日至28日在北京举行。"], "2024-06-20", "Meeting",
     "十四届全国人大常委会第十次会议", "2024-06-25"),
    # a communiqué: the day after a comma, its schedule's word before it
    (["中国共产党江西省第十五届委员会第八次全体会议，于2026年11月26日至27日在南昌举行。"], "2026-11-28", "Meeting",
     "中国共产党江西省第十五届委员会第八次全体会议", "2026-11-26"),
])
def test_an_event_scheduled_for_a_day(extractor, paragraphs, date, cls, label, day):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, date=date))
    assert {(e.label, e.attrs.get("date")) for e in ext.entities.entities.values() if e.type == cls} == {(label, day)}


def test_who_declares_a_meeting_open_attends_it_and_names_no_meeting(extractor):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["10月19日，2026世界VR产业大会在南昌开幕。江西省委书记尹宏伟宣布大会开幕。"],
                                      date="2026-10-20"))
    assert _the_ones_slot(ext, "Meeting", "attendee") == {"尹宏伟"}


@pytest.mark.parametrize("paragraphs,attendees", [
    # the list of those present goes on in a sentence after the one that named participants last
    (["9月16日，第二十三届中国—东盟博览会在南宁国际会展中心开幕。本届博览会以“共享数字机遇”为主题。",
      "自治区党委书记陈立新出席开幕式并致辞。自治区领导刘宏、蓝天宇等出席。"], {"陈立新", "刘宏", "蓝天宇"}),
    # 出席开幕式的还有：甲，乙
    (["9月23日，第十一届丝绸之路（敦煌）国际文化博览会在敦煌国际会展中心开幕。省委书记胡昌升出席开幕式。"
      "出席开幕式的还有：酒泉市委书记王立奇，敦煌市委书记石琳。"], {"胡昌升", "王立奇", "石琳"}),
    # 某某在开幕式上致辞
    (["6月20日，2026世界智能产业博览会在天津开幕。科技部副部长邱勇在开幕式上致辞。"], {"邱勇"}),
])
def test_those_present_at_an_opening(extractor, paragraphs, attendees):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, date="2026-09-24"))
    assert _the_ones_slot(ext, "Event", "attendee") == attendees


@pytest.mark.parametrize("lead,label,place", [
    ("7月3日，2026环青海湖国际公路自行车赛在西宁市开赛。", "2026环青海湖国际公路自行车赛", "西宁市"),
    # a national fair by its short name
    ("11月5日，第九届进博会在上海开幕。", "第九届进博会", "上海市"),
    # a venue of a name used in several cities, its city in brackets
    ("6月20日，2026世界智能产业博览会在国家会展中心（天津）开幕。", "2026世界智能产业博览会", "天津市"),
])
def test_races_fairs_and_bracketed_venues(extractor, lead, label, place):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [lead], date="2026-11-06"))
    assert _the_ones_slot(ext, "Event", "place") == {place}
    assert [e.label for e in ext.entities.entities.values() if e.type == "Event"] == [label]


def test_an_event_announced_is_named_after_the_verb_and_held_by_who_announces_it(extractor):
    """南宁市宣布第五届全民健身运动会将于2027年在武鸣区举办: no event named 南宁市宣布…."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["闭幕式上，南宁市宣布第五届全民健身运动会将于2027年在武鸣区举办。"], date="2026-11-20"))
    assert [e.label for e in ext.entities.entities.values() if e.type == "Event"] == ["第五届全民健身运动会"]
    assert _the_ones_slot(ext, "Event", "organizer") == {"南宁市"}


@pytest.mark.parametrize("title,lead", [
    ("十四届黑龙江省纪委五次全会召开", "中国共产党黑龙江省第十四届纪律检查委员会第五次全体会议2月3日至4日在哈尔滨召开。"),
    ("邯郸市党代会开幕", "10月18日，中国共产党邯郸市第十次代表大会在邯郸开幕。"),
])
def test_a_plenary_or_congress_in_the_headline_is_the_leads(extractor, title, lead):
    """a commission's plenary written short with its term first, a congress with no number: one meeting."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [lead], title=title, date="2026-10-20"))
    assert len([e for e in ext.entities.entities.values() if e.type == "Meeting"]) == 1


def test_a_commissions_plenary_is_held_by_the_commission(extractor):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["中国共产党黑龙江省第十四届纪律检查委员会第五次全体会议2月3日至4日在哈尔滨召开。"],
                                      date="2026-02-05"))
    assert _the_ones_slot(ext, "Meeting", "organizer") == {"黑龙江省纪委"}


@pytest.mark.parametrize("paragraphs,attendees", [
    # who opens the forum, and who gives its keynote
    (["6月19日，2026陆家嘴论坛在上海开幕。上海市市长龚正宣布本届论坛开幕。国家发展改革委副主任李春临在论坛上作主旨演讲。"],
     {"龚正", "李春临"}),
    # a list of speakers in turn, its count after the last name
    (["3月17日，浙江省委召开民营企业家座谈会。座谈会上，浙江恒逸集团有限公司董事长邱建林、温州正泰电器股份有限公司副总裁陈国良"
      "等8位企业家先后发言。"], {"邱建林", "陈国良"}),
])
def test_who_opens_gives_a_keynote_or_speaks_in_turn_attends(extractor, paragraphs, attendees):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", paragraphs, date="2026-06-20"))
    assert _the_ones_slot(ext, "Meeting", "attendee") == attendees


def test_a_document_issued_before_the_day_a_clause_tells_of(extractor):
    """3月8日，…对近日印发的《…》进行解读: issued before 3月8日, named without 的."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["3月8日，广东省人力资源和社会保障厅召开新闻发布会，对近日印发的《广东省进一步稳就业促发展"
                                            "若干措施》进行解读。"], date="2026-03-09"))
    issued = [e for e in ext.entities.entities.values() if e.type == "DocumentIssuance"]
    assert [(e.label, e.attrs.get("dateBefore"), e.attrs.get("date")) for e in issued] == [
        ("印发《广东省进一步稳就业促发展若干措施》", "2026-03-08", None)]


def test_the_closing_line_of_those_present_after_many_items_of_minutes(extractor):
    """某某主持召开市委常委会会议。会议强调…（六段）市领导甲、乙出席会议: the meeting's attendees, however many
    paragraphs of 会议指出/会议强调 come between."""
    from kg.read import article_from_text

    items = [f"会议强调，要抓好第{n}项工作。" for n in "一二三四五六七"]
    art = article_from_text("t", ["5月8日，宜昌市委书记张建国主持召开市委常委会会议。", *items, "市领导刘伟、陈静出席会议。"],
                            title="市委常委会召开会议", date="2021-05-09")
    ex = extractor(art)
    ents = ex.entities.entities
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    attendees = {ents[f.tail].label for f in ex.facts if f.head == meeting.id and f.relation == "attendee"}
    assert attendees == {"刘伟", "陈静"}
    # an item that is no meeting's voice keeps the distance it counts (a report on other things)
    art = article_from_text("t", ["5月8日，宜昌市委书记张建国主持召开市委常委会会议。",
                                  *[f"全市第{n}项工作进展顺利。" for n in "一二三四五六七"], "市领导刘伟、陈静出席会议。"],
                            title="市委常委会召开会议", date="2021-05-09")
    ex = extractor(art)
    meeting = next(e for e in ex.entities.entities.values() if e.type == "Meeting")
    assert not [f for f in ex.facts if f.head == meeting.id and f.relation == "attendee"]


def test_a_wire_reports_event_on_the_day_after_the_one_who_acts_not_the_datelines(extractor):
    """中新社北京3月2日电 某某1日在北京会见…: filed on the 2nd, the reception on the 1st; with no day of its own
    the event keeps the dateline's."""
    from kg.read import article_from_text

    def days(lead):
        ex = extractor(article_from_text("t", [lead], title="标题", date="2021-03-03"))
        return [e.attrs.get("date") for e in ex.entities.entities.values() if e.type == "Meeting"]
    assert days("中新社北京3月2日电 国务院港澳办主任夏振国1日在北京会见澳门特区行政长官何一民。") == ["2021-03-01"]
    assert days("中新社北京3月2日电 国务院港澳办主任夏振国在北京会见澳门特区行政长官何一民。") == ["2021-03-02"]


def test_a_tours_stops_in_the_paragraph_after_its_lead_are_on_the_leads_day(extractor):
    """9月11日下午，某市长某某调研民生实事项目。⏎某某一行先后来到甲街道…、乙街道…: the stops are visited that day."""
    from kg.read import article_from_text

    def visits(paragraphs):
        ex = extractor(article_from_text("t", paragraphs, title="周海涛调研民生实事项目", date="2020-09-12"))
        return [e.attrs.get("date") for e in ex.entities.entities.values() if e.type == "Visit"]
    got = visits(["9月11日下午，兴义市市长周海涛调研民生实事项目推进情况。",
                  "周海涛一行先后来到桔山街道老旧小区改造现场、坪东街道农贸市场，实地察看项目进展。"])
    assert got and set(got) == {"2020-09-11"}


def test_a_digests_items_labelled_by_region_each_open_with_their_dateline(extractor):
    """【湖北】新华社武汉…电 …⏎【浙江】新华社杭州…电 浙江省委、省政府召开全省…大会: the label before a dateline
    leaves it a dateline (its outlet and city act in no clause); the meeting is Zhejiang's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["【湖北】新华社武汉5月21日电 湖北省人民政府21日印发《湖北省绿色发展十大举措》。",
                                  "【浙江】新华社杭州5月20日电 浙江省委、省政府20日召开全省数字经济发展大会。"],
                            title="地方要闻", date="2019-05-22")
    ex = extractor(art)
    ents = ex.entities.entities
    slots = {(ents[f.head].type, f.relation, ents[f.tail].label) for f in ex.facts if f.head in ents and f.tail in ents}
    assert ("Meeting", "place", "浙江省") in slots and ("Meeting", "organizer", "湖北省") not in slots
    assert ("DocumentIssuance", "organizer", "新华社") not in slots


def test_a_meeting_by_way_of_which_a_decision_was_made_is_named_without_the_preposition_and_its_day(extractor):
    """经2015年3月6日市政府常务会议研究决定：… names the meeting 市政府常务会议, held that day."""
    from kg.read import article_from_text

    art = article_from_text("t", ["经2015年3月6日市政府常务会议研究决定：", "任命王建新为邢台市发展和改革委员会副主任。"],
                            title="邢台市人民政府关于职务任免的通知", date="2015-03-10")
    meetings = [e for e in extractor(art).entities.entities.values() if e.type == "Meeting"]
    assert [(e.label.endswith("市政府常务会议"), "经" in e.label, e.attrs.get("date")) for e in meetings] == \
        [(True, False, "2015-03-06")]


def test_a_province_worked_towards_is_not_the_articles_province(extractor):
    """全市对台工作会议 … 全省对台工作会议: 台 after 对 is what the work is about; 全省 is the city's province, and
    台青 (Taiwanese youth) names no Qinghai."""
    ents, out = run(extractor, "5月20日，宜宾市召开全市对台工作会议，传达学习全省对台工作会议精神。"
                               "会议要求支持在宜台商台青创业发展。", date="2023-05-21")
    names = labels(ents, out)
    provincial = [e for e in out.entities if e.type == "Meeting" and e.label == "全省对台工作会议"]
    assert provincial and {names.get(f.tail) for f in out.facts
                           if f.head == provincial[0].id and f.relation == "organizer"} == {"四川省"}
    assert "青海省" not in {e.label for e in ents.entities.values()}


def _visits(ents, out):
    names = labels(ents, out)
    return [(e.attrs.get("date"), {r: sorted(names.get(f.tail, f.tail) for f in out.facts
                                             if f.head == e.id and f.relation == r)
                                   for r in ("agent", "attendee", "place")})
            for e in out.entities if e.type == "Visit"]


@pytest.mark.parametrize("text", [
    # in the clause after the escort, where and what about: 在某县就某某进行调研
    "4月13日，区委书记魏长青在区委常委、秘书长许立新的陪同下，在丰县就老旧小区改造进行调研。",
    "4月13日，区委书记魏长青在丰县就老旧小区改造进行调研时强调，要加快进度。",
    "4月13日，区委书记魏长青在丰县对老旧小区改造工作进行专题调研。",
])
def test_a_visit_set_in_a_place_and_told_by_what_it_is_about(extractor, text):
    ents, out = run(extractor, text, date="2022-04-14", title="铜山区新闻")
    got = _visits(ents, out)
    assert len(got) == 1 and got[0][1]["agent"] == ["魏长青"] and got[0][1]["place"] == ["丰县"]
    if "许立新" in text:
        assert got[0][1]["attendee"] == ["许立新"]


@pytest.mark.parametrize("text", [
    "4月13日，区长邓晓峰陪同省农业农村厅副厅长吴建平调研。",
    "4月13日，区长邓晓峰陪同省农业农村厅副厅长吴建平调研春耕生产工作。",
    "4月13日，省农业农村厅副厅长吴建平深入企业调研，区委副书记、区长邓晓峰陪同。",
])
def test_a_visit_with_no_place_named_is_where_its_hosts_govern(extractor, text):
    """某某陪同省某厅副厅长某某调研: the one escorted visits; no place named, the escort's district, not the visitor's
    province."""
    ents, out = run(extractor, text, date="2022-04-14", title="徐州市铜山区新闻")
    got = _visits(ents, out)
    assert got == [("2022-04-13", {"agent": ["吴建平"], "attendee": ["邓晓峰"], "place": ["铜山区"]})]


def _meetings(ents, out, kind="Meeting"):
    names = labels(ents, out)
    return {e.label: (e.attrs.get("date"), {r: sorted(names.get(f.tail, f.tail) for f in out.facts
                                                      if f.head == e.id and f.relation == r)
                                            for r in ("chair", "attendee", "organizer", "place")})
            for e in out.entities if e.type == kind}


def test_meetings_held_as_one_share_their_chair_and_those_present(extractor):
    """甲会议暨乙会议召开。某某主持会议，某某出席: two meetings in one sitting, the same chair and attendee at both."""
    ents, out = run(extractor, "3月5日，县委常委会会议暨县委全面深化改革委员会会议召开。县委书记李明主持会议，县长王刚出席。",
                    date="2022-03-06")
    got = _meetings(ents, out)
    assert set(got) == {"县委常委会会议", "县委全面深化改革委员会会议"}
    for _day, slots in got.values():
        assert slots["chair"] == ["李明"] and slots["attendee"] == ["王刚"]


def test_a_headlines_event_dated_by_the_year_in_its_name_is_the_bodys(extractor):
    """2021年某某活动 (headline, dated by its name's year) | 6月6日…开展2021年某某活动: one event, on its day."""
    ents, out = run(extractor, "6月6日上午，县农业农村局在修河何市镇段开展2021年渔业增殖放流活动。",
                    date="2021-06-08", title="县农业农村局开展2021年渔业增殖放流活动")
    got = [(e.label, e.attrs.get("date")) for e in out.entities if e.type == "Event"]
    assert got == [("2021年渔业增殖放流活动", "2021-06-06")]


def test_a_headline_names_a_meeting_by_the_county_that_hosts_it(extractor):
    """某县召开某某会议 (headline) | 某市…会议在某县某镇召开: one meeting, the city's, held in the county."""
    ents, out = run(extractor, "6月15日，宿州市第七次全国人口普查综合试点动员暨业务培训会议在泗县大庄镇召开。"
                               "市统计局副局长韩立军出席会议并讲话。",
                    date="2020-06-18", title="泗县召开人口普查综合试点会议")
    got = _meetings(ents, out)
    assert list(got) == ["宿州市第七次全国人口普查综合试点动员暨业务培训会议"]
    day, slots = got["宿州市第七次全国人口普查综合试点动员暨业务培训会议"]
    assert day == "2020-06-15" and slots["organizer"] == ["宿州市"] and slots["place"] == ["大庄镇"]


def test_those_who_address_a_congress_or_open_a_ceremony_attend_it(extractor):
    """某某向大会致辞, 某某向大会作工作报告, 某某致开幕辞: the speakers are at it; a route's first flight a launch."""
    ents, out = run(extractor, "5月30日，共青团临沭县第十次代表大会开幕。县委书记王刚向大会致辞，团县委书记李丽向大会作工作报告。",
                    date="2021-05-31")
    assert _meetings(ents, out)["共青团临沭县第十次代表大会"][1]["attendee"] == ["李丽", "王刚"]
    ents, out = run(extractor, "9月9日，第十届那达慕大会在旗体育场开幕。旗委书记王刚致开幕辞，旗长李明宣布大会开幕。",
                    date="2021-09-10")
    assert _meetings(ents, out)["第十届那达慕大会"][1]["attendee"] == ["李明", "王刚"]
    ents, out = run(extractor, "10月1日，临沂至大连航线首航仪式在临沂机场举行。市长王刚致辞。", date="2021-10-02")
    got = _meetings(ents, out, kind="Milestone")
    assert got["临沂至大连航线首航仪式"][0] == "2021-10-01" and got["临沂至大连航线首航仪式"][1]["attendee"] == ["王刚"]
    ents, out = run(extractor, "10月1日上午，航班平稳降落在临沂启阳机场，标志着临沂至大连航线首航成功。", date="2021-10-02")
    assert [label.startswith("临沂至大连航线首航") for label in _meetings(ents, out, kind="Milestone")] == [True]


@pytest.mark.parametrize("text,agent,place", [
    # leading, with those of another body, to a village
    ("6月10日，县人大常委会副主任李明带队会同县自然资源局负责人前往石桥村开展地质灾害隐患排查工作。", "李明", "石桥村"),
    # going with others named in a clause of its own, then moving
    ("6月10日，副县长李明与县应急局负责人一道，先后来到石桥乡调研防汛工作。", "李明", "石桥乡"),
])
def test_a_visitor_going_with_others_visits(extractor, text, agent, place):
    ents, out = run(extractor, text, date="2021-06-11", title="临沭县新闻")
    got = _visits(ents, out)
    assert [(d, s["agent"], s["place"]) for d, s in got] == [("2021-06-10", [agent], [place])]


def test_a_congress_sending_its_deputies_on_a_visit_by_what_it_is_about(extractor):
    """某人大常委会组织部分人大代表就某某工作开展视察活动: a visit the body organises, in its area, no bare act."""
    ents, out = run(extractor, "6月10日，县人大常委会组织部分省、市、县人大代表就农村饮水安全工作开展视察活动。",
                    date="2021-06-11", title="临沭县新闻")
    assert {e.type for e in out.entities if e.type in ("Visit", "Event")} == {"Visit"}
    names = labels(ents, out)
    visit = next(e for e in out.entities if e.type == "Visit")
    assert {(f.relation, names.get(f.tail)) for f in out.facts if f.head == visit.id
            and f.relation in ("organizer", "place")} == {("organizer", "临沭县人大常委会"), ("place", "临沭县")}


@pytest.mark.parametrize("text,kind,label,place", [
    # jieba's word 隆重召开 (tagged a name) given apart; the venue before a word of manner
    ("3月6日，全县政法工作会议在县影剧院隆重召开。", "Meeting", "全县政法工作会议", "县影剧院"),
    ("3月6日，第五届旅游节在县广场盛大举行。", "Event", "第五届旅游节", "县广场"),
    # meetings that judge risks or oversee
    ("3月6日，县委政法委召开社会稳定风险研判会。", "Meeting", "社会稳定风险研判会", "临沭县"),
])
def test_meetings_held_in_a_manner_or_of_judging_kinds(extractor, text, kind, label, place):
    ents, out = run(extractor, text, date="2022-03-07", title="临沭县新闻")
    got = _meetings(ents, out, kind=kind)
    assert label in got and got[label][0] == "2022-03-06" and got[label][1]["place"] == [place]


def test_a_visit_referred_to_by_the_speech_given_on_it_is_not_held_that_day(extractor):
    """传达学习了某某在甲县和乙区调研某某工作时的讲话精神: a visit before the meeting, dated before it."""
    ents, out = run(extractor, "12月20日，会宁县专项治理工作推进会召开。会议传达学习了王志明在靖远县和平川区调研矛盾纠纷排查"
                               "化解工作时的讲话精神。", date="2024-12-22")
    visits = [e for e in out.entities if e.type == "Visit"]
    assert visits and all(not e.attrs.get("date") for e in visits)


def test_a_bodys_act_after_a_meeting_with_participants_is_read(extractor):
    """A meeting whose chair and attendees are read, then a body's dated act: both events (the act's check
    against the visits read over its words once failed the whole article)."""
    ents, out = run(extractor, "5月8日，市长王刚主持召开常务会议，副市长李明出席会议。5月9日，县市场监管局开展餐饮食品安全监督检查。",
                    date="2023-05-10", title="临沭县新闻")
    assert {e.type for e in out.entities} >= {"Meeting", "Event"}


def test_a_places_young_pioneers_congress_is_the_places(extractor):
    """中国少年先锋队某县第五次代表大会: the county's congress (as 共青团某县…), not the national body's."""
    ents, out = run(extractor, "5月30日，中国少年先锋队临沭县第五次代表大会隆重开幕。", date="2021-05-31", title="临沭县新闻")
    got = _meetings(ents, out)["中国少年先锋队临沭县第五次代表大会"]
    assert got[0] == "2021-05-30" and got[1]["organizer"] == ["临沭县"] and got[1]["place"] == ["临沭县"]


def test_a_meeting_after_a_visit_ended_two_paragraphs_on_is_held_on_it(extractor):
    """某某一行到某县考察…。⏎考察团先后深入…。⏎考察结束后，双方在…召开座谈会: the visit's day and place."""
    ents, out = run(extractor, "9月12日，浙江大学农学院院长周明远一行到安吉县考察茶产业发展情况，副县长陈立华陪同。\n"
                               "考察团先后深入溪龙乡茶叶基地、县农业科技园区。\n"
                               "考察结束后，双方在县政府会议室召开校地合作座谈会。", date="2023-09-15",
                    title="浙江大学农学院专家到安吉县考察")
    got = _meetings(ents, out)["校地合作座谈会"]
    assert got[0] == "2023-09-12" and got[1]["place"] == ["安吉县"]
