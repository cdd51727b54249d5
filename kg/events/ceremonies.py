"""Signings, ceremonies and launches.

- signings (``events.signing``): ``A与B签署…协议/备忘录``, ``签约``; the first party
  organises, the others attend; the place is the 在Y of a signing ceremony (``…签约仪式在Y
  举行``), else the first party's;
- launches (``events.launch``): ``X(正式)揭牌/开工/启用/开通``, ``…开工仪式在Y举行``. A
  launch is a ``Milestone`` (something done, as the gold of the genre types it); its
  organiser is the place the name starts with (青田县…中心揭牌 → 青田县's innermost
  place; not the ends of a route opened, 甲至乙铁路开通运营, which has none), its place the 在Y of the ceremony, else the organiser; undated, it was done
  by the day of the report (``dateBefore``). 我院/我校 are resolved to the one hospital or
  school the article names before this stage (``bodies.department`` in kg/mentions/bodies.py),
  so they are the organiser like any body.
  On the dev set (two launches) one is right in every slot and one names a project
  the gold files do not list as an entity: too few to judge, so the rule stays.
- held ceremonies and events (``events.ceremony``): ``X举行(了)…仪式`` (某县举行秋季项目开工仪式,
  某校举行揭牌仪式), ``X举办…音乐节/博览会/运动会`` (``held`` in event_cues.tsv): an ``Event``
  named by what the verb holds, organised by X (the agent before the verb), in X's place, on
  the clause's date. A ceremony of a launch (开工仪式, 揭牌仪式) is a ``Milestone``, as
  ``…开工仪式在Y举行`` is (the dev gold types 某省…项目集中开工仪式 so); others are Events.
  None in the dev set. A clause that is such a name and a verb of holding or opening (某校…开学典礼
  举行, 某县第三届运动会隆重开幕) is one too, organised by the body or place its name opens with.
  ``由甲、乙联合主办的某某展销会在Y开幕``: named after 的, organised by the hosts; Y may follow a word of
  the town (在县城 | 中心广场).
"""
from __future__ import annotations

import re
from functools import partial

from ..clean import is_han
from ..clauses import ADMIN_CLASSES, ORG_CLASSES, Clause, chain_at, is_agent, is_org, is_place
from ..gazetteer import ADMIN_KEY
from ..mentions.anaphora import GOVERNING   # the bodies of a place that host a signing there
from ..mentions.home import LOCAL_LEVELS
from ..mentions.landmarks import SEAT_WORDS
from ..model import Mention
from .base import Candidate, EventContext, past_perfective
from .meetings import ANNOUNCE, DAY_PARTS, SCHEDULED, place_held_in
from .participants import AND_THEN, VERB_TAG

SIGNING = "events.signing"
_PARTNER_JOINS = ("与", "同", "和")    # before a signing's second party
# 甲与乙代表双方签约, 分别代表两地签约: they sign for the parties, at the signing named before
ON_BEHALF = re.compile(r"代表[^，。；]{0,12}?双方|分别代表")
SCORE = 1.0
LAUNCH = "events.launch"
ACTIVITY, ACTIVITY_SCORE = "events.activity_joined", 0.8   # 某某在某地参加义务植树活动
_JOINING = ("参加", "参与")        # persons taking part in an activity
_HOSTING = ("举办", "举行")        # a body holding an event it names (not 开展: what is carried on, no one day's)
_SITE = "Landmark"                  # 某纪念馆举行开馆仪式: a site holding an event holds it where it is
_CLAUSE_END_MARKS = "。，；！？ "
_REFERRING = ("相关", "有关", "上述", "此次", "本次", "以上", "这次", "该", "当天", "当日", "同期")   # 参加相关活动
MIN_ACTIVITY_NAME = 4              # 义务植树活动: what the activity is, before its word
TRAFFIC_OPENED = frozenset({"通车", "开通运营", "通航"})   # what opens a road, a line or an airport to traffic
_SINCE_ENDS = ("以来", "以后", "之后", "后", "时", "之际", "期间")   # 挂牌运行以来: a time since, no name's words
FOR = "为"          # 甲、乙共同为某园揭牌: those before it unveil what is opened
LAUNCH_SCORE = 0.8
LAUNCH_TAIL = 4       # a launch verb ends its clause, but for a few characters (揭牌启用, 开工建设)
CEREMONY = "events.ceremony"
COUNTRY = "Country"     # (a country's name opens a national festival's name: it holds no local one)
CEREMONY_SCORE = 0.8
MAX_CEREMONY_NAME = 30    # a ceremony's name after its verb: longer, the clause is no one name
JOINT = "暨"                # 某某节暨某某节: two events held as one
_COMPANY, _PROJECT = "Company", "项目"    # 某公司某某项目开工: a company's project, started by the company
_HERE = ("这里", "此")       # 在这里隆重举行: where the sentences before set the scene
_QUALIFIER_AFTER = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]$")   # 某某节（秋季）: a qualifier after the name
# 由甲、乙(联合)主办的某某节: the hosts of what is held, named before its name
_HOSTED_BY = re.compile(r"由(.{2,40}?)(?:共同|联合)?(?:主办|举办|承办)的")
# 由甲、乙共同主办，丙承办的…: the hosts' clause, and the next one opening with who carries it out
_HOSTED_CLAUSE = re.compile(r"由(.{2,40}?)(?:共同|联合)?主办$")
_HOSTED_AFTER = re.compile(r".{2,30}?(?:承办|协办)的")
MAX_VENUE_NAME = 8          # 在曲阜 | 尼山圣境 | 开幕: the characters of a venue's name after its place
MAX_VENUE_LEAD = 2          # 在县城 | 中心广场: a word of the town before the venue's name
MAX_JOINED_ACT = 6          # 签约暨授牌仪式: the characters of the act joined before the ceremony's word
# 签约项目18个, 签约过亿元招商项目1350个: the projects signed, counted
_COUNTED_PROJECTS = re.compile(r"(?:了)?[^，。；]{0,10}?项目\s*[0-9〇一二三四五六七八九十百千万]+\s*[个项]")
# 完成签约3100余户: a count right after the verb (not a year: 签订2022年对口支援协议)
_COUNT_SIGNED = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:余|多)?[户个家人名项份宗套间]")
MAX_UNREAD_VENUE = 30     # characters of 在… before the verb ending the clause: a venue's words, no more
_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}年?")
# the edition a recurring event's name says near its start (第二十九届, 首届, 2019年, 2023·), or a quoted title in it
_EDITION = re.compile(r"第[0-9一二三四五六七八九十百零〇]+届|首届|(?:19|20)[0-9]{2}(?:年|·|（|\()|”")
MAX_EDITION_AT = 12     # characters before the edition in the name (某省某市第五届…: the places it opens with)
_ROUTE_MARKS = ("至", "到")      # 甲至乙高铁, 甲到乙航线: a route between two places
BUILDER_JOINS = ("与", "和", "、", "同")   # between the bodies that built something together
NAME_WORD_TAGS = ("n", "j", "vn")         # jieba's tags of the words of a unit's name (人工智能, 研究院)


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _signing(ctx, c) or _launch(ctx, c) or _held_ceremony(ctx, c) or _named_held(ctx, c) \
            or _joined_activity(ctx, c) or _hosted_at(ctx, c)
        if ev is not None:
            out.append(ev)
        else:
            out += _held_at(ctx, c)
    return out


def _held_at(ctx: EventContext, c: Clause) -> list[Candidate]:
    """某县2022年中国农民丰收节暨第六届稻鱼文化节在某乡开幕, 某某博览会在Y举行: an event held (``held``
    in event_cues.tsv) named before 在Y and a verb of holding or opening; 暨 joins two, each an Event
    in Y, organised by the place the name opens with."""
    # (a ceremony or an activity too: 某校2024届毕业典礼在某体育馆举行, 某某日主场活动在Y举行; a launch's
    # and a signing's are read before)
    held = _held_words(ctx)
    # (在人民广场隆重开幕, 在县广场盛大举行: how it was held, between the venue and the verb)
    verbs = _with_manner(ctx, ctx.cues("Meeting", "verb") + ctx.cues("Meeting", "opens"))
    at = c.text.find("在")
    # (某某博览会21日在Y开幕: the day between the name and 在)
    # (某某颁奖仪式20日晚在Y举行: and the part of the day)
    name_end = next((t.start - c.start for t in c.times if t.start > c.start
                     and ctx.text[t.end:c.start + at] in ("", *DAY_PARTS)), at)
    # (某某博览会将于9月17日至20日在Y举办, 某某节于7月10日在Y开幕: the word of its schedule before the day)
    name_end -= next((len(w) for w in SCHEDULED if c.text.endswith(w, 0, name_end)), 0)
    # (某省第四届乡村文化旅游节（秋季）在Y开幕: the season or short name in brackets after the name)
    if (qualifier := _QUALIFIER_AFTER.search(c.text, 0, name_end)) is not None:
        name_end = qualifier.start()
    if at < 0:
        return []
    held = _held_heads(ctx, held, c, ctx.name_start(c) - c.start, name_end)
    # (某运动会开幕式暨文艺演出在Y举行: the event is the first of what 暨 joins; not where the first is a
    # meeting, 某某洽谈会暨第八届某某节, read as one)
    parts = c.text[:name_end].split(JOINT)
    meeting_heads = ctx.cues("Meeting", "head")
    if not (parts[0].endswith(held) or (parts[-1].endswith(held) and not parts[0].endswith(meeting_heads))) \
            or (len(parts) > 1 and parts[-1].rstrip("”").endswith(meeting_heads)):
        return []     # (某某博览会暨投资贸易洽谈会: a meeting's name at the end, the meeting patterns read it whole)
    chain = chain_at(c, c.start + at + 1, ctx.frame.entities.parents)
    venue = chain[-1] if chain else next(
        (m for m in c.mentions if 0 < m.start - (c.start + at + 1) <= MAX_VENUE_LEAD), None)   # 在县城 | 中心广场
    held_in: Mention | None = None
    here = False
    if venue is None:
        # 某县第三届元宵灯会在县城开幕: the seat of the place the name opens with (below), no name of its own
        # (在这里隆重举行: here, the place the sentences before set the scene in; held in the place the name
        # opens with, or its hosts')
        seat = next((w for w in SEAT_WORDS + _HERE if c.text.startswith(w, at + 1)
                     and c.text.startswith(verbs, at + 1 + len(w))), None)
        if seat is None and _unread_venue(c.text, at + 1, verbs) is None:
            return []
        # (某县第五届全民运动会在人民广场隆重开幕: a venue no recogniser reads, held in the place the name opens with)
        here = seat in _HERE
    else:
        rest = c.text[venue.end - c.start:]
        if (sub := _SUB_VENUES.match(rest)) is not None:
            rest = rest[sub.end():]     # 在某市主会场和甲、乙分会场同步举行: held at the main venue's place
        # (在曲阜 | 尼山圣境 | 开幕: a venue no recogniser reads after the place, held in the place)
        # (在国家会展中心（天津）开幕: the city of a venue of that name, in brackets after it)
        bracket = _CITY_BRACKET.match(rest)
        unread = _unread_venue(rest, 0, verbs) if is_place(venue) else \
            (0 if rest.startswith(verbs, bracket.end() if bracket else 0) else None)
        if not (is_place(venue) or is_org(venue)) or unread is None:
            return []
        # (在某国际博览中心开幕: a venue, held where the venue is; where that is unknown, in the place
        # the name opens with, below: 某市马拉松在某某体育中心鸣枪开跑)
        held_in = _venue_place(ctx, venue)
        if held_in is None and bracket is not None:
            held_in = next((m for m in c.mentions if is_place(m) and venue.end < m.start
                            and m.end <= venue.end + bracket.end()), None)
    start = ctx.name_start(c)
    hosts: list[Mention] = []
    announced = c.text.find(ANNOUNCE, start - c.start, name_end)
    if announced >= 0:
        # 南宁市宣布第五届某某运动会将于2027年在某区举办: who announces it holds it; its name follows the verb
        hosts = [m for m in chain_at(c, start, ctx.frame.entities.parents) if is_agent(m)][-1:]
        start = c.start + announced + len(ANNOUNCE)
    if (hosted := _HOSTED_BY.match(c.text, start - c.start)) and hosted.end() < at:
        # 由甲、乙联合主办的某某展销会: the name after 的, the hosts its organisers
        hosts = [m for m in c.mentions if start < m.start and m.end <= c.start + hosted.end(1) and is_agent(m)]
        start = c.start + hosted.end()
    elif (hosted := _HOSTED_AFTER.match(c.text, start - c.start)) and hosted.end() < at \
            and (before := _hosts_before(ctx, c)) is not None:
        # 由甲、乙共同主办，丙承办的某某博览会: the clause after the hosts' one opens with who carries it out;
        # the name after 的, the hosts of the clause before its organisers
        hosts = before
        start = c.start + hosted.end()
    names = [start]
    for k in range(start - c.start, name_end):
        if c.text.startswith(JOINT, k):
            names.append(c.start + k + len(JOINT))
    bounds = list(zip(names, [n - len(JOINT) for n in names[1:]] + [c.start + name_end]))
    year = _YEAR_FIRST.match(ctx.text, start)      # (2023杭州马拉松: the edition's year before the place)
    named = chain_at(c, year.end() if year else start, ctx.frame.entities.parents)
    opening = [m for m in named if is_place(m) and m.label != COUNTRY]
    if not opening and not hosts:
        # 中国农民丰收节某县庆祝活动: a national festival's name, then the division celebrating it
        # (after the festival's name only: 中国（曲阜）国际孔子文化节 is no festival of 曲阜's)
        opening = [m for m in c.mentions if start < m.start and m.end <= c.start + at and m.key.startswith(ADMIN_KEY)
                   and ctx.text[start:m.start].endswith(held)][-1:]
    if held_in is None and not opening and hosts:
        held_in = ctx.place_of(hosts[0])     # (由某市人民政府主办的第五届某某节开幕式在这里举行: the hosts' city)
    if held_in is None:
        if not opening and not here:
            return []
        held_in = opening[-1] if opening else None     # (在这里 with no place named: held, where unsaid)
    # (某大学2024届毕业典礼: the body the name opens with holds it, else the place)
    organizers = hosts or ([named[-1]] if named and is_agent(named[-1]) and not is_place(named[-1]) else opening[-1:])
    when, relative, vague = ctx.when(c, c.start + at)
    if here and not when and (day := ctx.last_day_before(c.start, c.sentence.paragraph)):
        when = {"date": day}     # 9月12日上午，某广场上彩旗招展。…开幕式在这里隆重举行: the day the scene was set on
    out = []
    for a, b in bounds:
        if b - a < 2 or not any(ctx.text[a:b].endswith(h) for h in held):
            continue
        ev = Candidate("Event", ctx.text[a:b], c.sentence, a, b, c.index, CEREMONY, CEREMONY_SCORE,
                       when, relative, vague)
        ev.slots += [("organizer", m) for m in organizers]
        if held_in is not None:
            ev.slots.append(("place", held_in))
        out.append(ev)
    return out


def _held_heads(ctx: EventContext, held: tuple[str, ...], c: Clause, start: int, end: int) -> tuple[str, ...]:
    """What an event held named from ``start`` to ``end`` of clause ``c`` may end in: ``held``, and where the
    name says its edition or is quoted (第二十九届某某啤酒节, 2019年某市科技活动周 — the year may be read as the
    clause's time, before the name —, “百年风华”书画展) the heads of recurring events (``edition_head`` in
    event_cues.tsv: 节, 展, 周), but not a meeting's (read there)."""
    edition = _EDITION.search(c.text, 0, end)
    if edition is None or edition.start() > start + MAX_EDITION_AT \
            or c.text.endswith(ctx.cues("Meeting", "head"), 0, end):
        return held
    return held + ctx.cues("Event", "edition_head")


def _hosts_before(ctx: EventContext, c: Clause) -> list[Mention] | None:
    """The bodies of the clause before ``c`` in its sentence when it is 由…主办 (the hosts), else None."""
    prev = next((p for p in ctx.frame.by_sentence.get(c.sentence.index, []) if p.index == c.index - 1), None)
    if prev is None or not (hosted := _HOSTED_CLAUSE.search(prev.text)):
        return None
    return [m for m in prev.mentions if prev.start + hosted.start(1) <= m.start and m.end <= prev.start + hosted.end(1)
            and is_agent(m)]


def _launch(ctx: EventContext, c: Clause) -> Candidate | None:
    verbs = ctx.cues("Milestone", "launch")
    ceremony = ctx.cues("Milestone", "ceremony") + ctx.cues("Milestone", "launch_event")
    starts, ends = ctx.frame.doc.token_starts, ctx.frame.doc.token_ends
    for vs, ve, verb in ctx.find(c.text, verbs):
        if c.start + vs not in starts and c.start + ve not in ends:
            continue      # 公 | 开通 | 报: the verb's characters across two words (公开 | 通报), no launch
            #               (but 全线通车, one word of jieba's ending in the verb, is one)
        rest = c.text[ve:]
        cer = next((w for w in ceremony if rest.startswith(w)), None)
        if cer is not None:
            end = ve + len(cer)
            after = c.text[end:]
            place = None
            if after.startswith("在"):
                chain = chain_at(c, c.start + end + 1, ctx.frame.entities.parents)
                place = chain[-1] if chain and is_place(chain[-1]) else None
                after = c.text[chain[-1].end - c.start:] if chain else after
                if chain and (sub := _SUB_VENUES.match(after)) is not None:
                    after = after[sub.end():]     # (在某市主会场和甲分会场同步举行: held at the main venue's place)
                held = next((v for v in ctx.cues("Meeting", "verb") if after.endswith(v)), None)
                if not chain and held is not None and len(after) <= MAX_UNREAD_VENUE:
                    after = held         # 在县经济开发区某某项目现场举行: a venue no recogniser reads, held there
            if not after.startswith(ctx.cues("Meeting", "verb")):
                continue
        elif len(rest) > LAUNCH_TAIL:
            continue
        elif rest.startswith(ctx.cues("Event", "rite")) and any(
                m.label == "Person" and m.end <= c.start + vs for m in c.mentions):
            continue      # 甲、乙共同启动开幕仪式: the persons perform the event named before (participants)
        else:
            end, place = ve, _launched_at(ctx, c, vs)
            tail = rest.rstrip("。，；！？、 ")
            if tail and is_han(tail) and not tail.endswith(_SINCE_ENDS):
                end = ve + len(tail)     # 某省启动秋粮收购, 某项目开工建设: the launch is named with what follows
        start = ctx.name_start(c)
        announced = [a for a in ctx.find(c.text[:vs], ctx.cues("Milestone", "announce")) if c.start + a[0] >= start]
        if announced:
            # 某省人民政府正式宣布某县退出贫困县: what is announced is the launch, named after the verb
            start = c.start + announced[-1][1]
        if c.start + vs - start < 2:
            continue
        if ctx.find(c.text[:vs], ctx.cues("Event", "attendee")):
            continue      # 某某出席揭牌仪式并为研究院揭牌: taking part in a launch read before, not one of its own
        if cer is None and any(t.word in ctx.cues("Milestone", "future") for t in ctx.tokens_in(c.start, c.start + vs)):
            continue      # 要求确保某年底前建成通车, 计划明年投产: a launch to come, none made
        chain = chain_at(c, start, ctx.frame.entities.parents)
        places = [m for m in chain if is_place(m)]
        # (or a section of one named after the road: 某某高速公路甲至乙段建成通车)
        ends = {m.start for m in c.mentions if is_place(m) and start <= m.start < c.start + vs}
        route = any(is_place(m) and start <= m.start and m.end < c.start + vs
                    and ctx.text.startswith(_ROUTE_MARKS, m.end) and m.end + 1 in ends for m in c.mentions)
        if route:
            places = []     # 甲至乙高铁开通: the ends of a route, not who opens it
            site = None
        builders = _builders(ctx, c, start, vs)
        # what was opened is no organiser: the place it is in is (青田县…中心揭牌 → 青田县; 某县国家
        # 现代农业产业园揭牌仪式: the zone opened, the county it is in)
        opened = None if route else next((m for m in c.subjects if is_agent(m)), None)
        if not route:
            site = None
        if places and places[-1].label not in ADMIN_CLASSES:
            site, places = places[-1], [m for m in places if m.label in ADMIN_CLASSES]
        if places and chain and is_org(chain[-1]) and chain[-1].start >= places[-1].end \
                and (own := ctx.place_of(chain[-1])) is not None and own.key != places[-1].key \
                and own.label in LOCAL_LEVELS:
            places = places + [own]   # 某县 | 某镇党群服务中心揭牌: the township the body is of opens it
        organizer = places[-1] if places else _division_of(ctx, site) if site is not None else (
            _owner(ctx, c, opened, _name_end(c, vs) if cer is None and place is not None else vs)
            if opened is not None else None)
        if opened is not None and opened.label == _COMPANY and organizer is not None and not builders \
                and _PROJECT in c.between(opened.end, c.start + vs):
            organizer = opened          # 某公司年产…项目竣工投产: the company's project, not its province's
        if builders:
            organizer = builders[0]     # 甲与乙共建的某研究院揭牌: those who built it open it
        elif chain and is_org(chain[-1]) and not route \
                and c.text[:vs].split("在", 1)[0].endswith(ctx.cues("Milestone", "launch_event")):
            organizer = chain[-1]       # 某省慈善总会某某活动启动: the body whose activity it is starts it
        if organizer is None and cer is None and not route and not (verb in TRAFFIC_OPENED and c.times):
            continue      # (某馆开馆仪式在Y举行: a ceremony held is one, whoever holds it and wherever the
            #               text cannot place it; a route opened is one, though the text names none who opened
            #               it, and so is a road or line opened to traffic on a day: 12月28日，某某高速公路全线通车)
        when, relative, vague = ctx.when(c, c.start + vs)
        day = ctx.report_day()
        if day and (when.get("date") or when.get("dateBefore") or "")[:len(day)] > day:
            continue      # (2027年6月底前建成通车 in an article of 2026: a date still to come, nothing opened)
        if not when and not relative and day:
            when = {"dateBefore": day}
        ev = Candidate("Milestone", ctx.text[start:c.start + end], c.sentence, start, c.start + end, c.index, LAUNCH,
                       LAUNCH_SCORE, when, relative, vague)
        if cer is None and place is not None and place.end == c.start + vs:
            # 某某活动在长沙启动: named without where (the place slot says it), 某某活动启动
            ev.label = ctx.text[start:c.text.rfind("在", 0, vs) + c.start] + verb
        ev.slots += [("organizer", m) for m in (builders or [organizer]) if m is not None]
        at = c.text.rfind(FOR, 0, vs)
        # 甲、乙共同为科技小院揭牌 after the launch was read: those persons unveil that one (attend it)
        ev.unveiled = at > 0 and any(m.label == "Person" and m.end <= c.start + at for m in c.mentions)
        place = place or (ctx.place_of(organizer) if organizer is not None else None)
        if place is not None:
            ev.slots.append(("place", place))
        return ev
    return None


def _name_end(c: Clause, vs: int) -> int:
    """Where the name of what is opened ends in ``c``, when it opens at a place (某大学某小院在某镇揭牌成立):
    before 在."""
    at = c.text.rfind("在", 0, vs)
    return at if at > 0 else vs


def _owner(ctx: EventContext, c: Clause, opened: Mention, vs: int) -> Mention | None:
    """Who opens what the clause's subject names: a body named before more of the name (我校 | 人工智能研究院
    揭牌), or the body of the article whose name opens the name of the unit opened (某大学某研究院: the
    university); else the place the unit is in."""
    if is_org(opened) and opened.start == ctx.name_start(c) and _more_name(ctx, opened.end, c.start + vs):
        return opened
    if is_org(opened):
        whole = max((e for e in ctx.frame.entities.entities.values()
                     if e.type in ORG_CLASSES and e.id != opened.key and len(e.label) < len(opened.canonical)
                     and opened.canonical.startswith(e.label)), key=lambda e: len(e.label), default=None)
        if whole is not None:
            return Mention(opened.article_id, opened.start, opened.start + len(whole.label), whole.label,
                           whole.type, whole.label, whole.id, opened.sentence)
    return ctx.place_of(opened)


def _more_name(ctx: EventContext, a: int, b: int) -> bool:
    """Nouns only (some of them words jieba did not know) fill ``[a, b)``: more of a name (我校 | 人工智能 |
    研究院 揭牌), not an adverb before the verb (某中心 | 正式 | 开馆)."""
    words = ctx.tokens_in(a, b)
    return bool(words) and words[0].start == a and words[-1].end == b and all(t.tag.startswith(NAME_WORD_TAGS) for t in words)


def _division_of(ctx: EventContext, site: Mention) -> Mention | None:
    """The division a site (a park, a zone) lies in, as a mention at the site's place in the text."""
    key = ctx.located.get(site.key) or ctx.frame.entities.parents.get(site.key)
    ent = ctx.frame.entities.entities.get(key) if key else None
    if ent is None or ent.type not in ADMIN_CLASSES:
        return None
    return Mention(site.article_id, site.start, site.end, site.text, ent.type, ent.label, key, site.sentence)


def _launched_at(ctx: EventContext, c: Clause, vs: int) -> Mention | None:
    """某研究院在某市某区揭牌成立: the place named after 在, right before the launch's verb."""
    at = c.text.rfind("在", 0, vs)
    if at < 0:
        return None
    chain = chain_at(c, c.start + at + 1, ctx.frame.entities.parents)
    if chain and is_place(chain[-1]) and chain[-1].end - c.start == vs:
        return chain[-1]
    return None


def _builders(ctx: EventContext, c: Clause, start: int, vs: int) -> list[Mention]:
    """甲与乙共建的…, 甲和乙联合共建的…: the bodies (or places) that built what is launched, named
    before a verb of building together and 的."""
    text = c.text[:vs]
    for verb in ctx.cues("Milestone", "built"):
        at = text.find(verb + "的")
        if at < 0:
            continue
        found = [m for m in c.mentions if start <= m.start and m.end <= c.start + at and is_agent(m)]
        gaps = [c.text[a.end - c.start:b.start - c.start] for a, b in zip(found, found[1:])]
        if len(found) >= 2 and all(g in BUILDER_JOINS for g in gaps) \
                and c.text[found[-1].end - c.start:at] in ("", "共同"):
            return found
    return []


def _signing(ctx: EventContext, c: Clause) -> Candidate | None:
    objects = ctx.cues("Event", "object")
    for vs, ve, verb in ctx.find(c.text, ctx.cues("Event", "verb")):
        rest = c.text[ve:]
        if verb != "签约" and not any(o in rest for o in objects):
            continue
        if rest.startswith(ctx.cues("Event", "compound")):
            continue              # 家庭医生签约服务, 签约率: a noun, no signing
        if _COUNTED_PROJECTS.match(rest) or _COUNT_SIGNED.match(rest):
            continue              # 新签约项目1256个, 已完成签约3100余户: what was signed, counted (a statistic), no signing
        if c.text[:vs].endswith(ctx.cues("Event", "attendee")):
            continue              # 出席签约仪式: taking part in the signing, no signing of the persons'
        before = c.text[:vs]
        if ON_BEHALF.search(before):
            # 甲与乙代表双方签约: the persons who sign for the parties of the signing named before
            signers = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
            if signers:
                ev = Candidate("Event", ctx.text[c.start:c.start + ve], c.sentence, c.start, c.start + ve, c.index,
                               SIGNING, SCORE, needs_previous=True, signers=True)
                ev.slots += [("attendee", m) for m in signers]
                return ev
            continue
        at = before.rfind("在")
        parties = [m for m in map(partial(_in_full, c), c.subjects) if is_agent(m) and m.end <= c.start + vs]
        if not parties:
            continue
        # (甲公司与乙区人民政府举行…签约仪式: the partner after 与, where the clause's subjects stop at the first party)
        parties += [m for m in c.mentions if is_agent(m) and parties[-1].end <= m.start and m.end <= c.start + vs
                    and ctx.text[m.start - 1:m.start] in _PARTNER_JOINS and m not in parties
                    and not any(o is not m and o.start <= m.start and m.end <= o.end and is_agent(o) for o in c.mentions)]
        end = c.end
        held_in = None
        for o in objects:
            i = rest.find(o)
            if i >= 0:
                end = c.start + ve + i + len(o)
                if rest.rfind("《", 0, i) > rest.rfind("》", 0, i) and (close := rest.find("》", i)) >= 0:
                    end = c.start + ve + close + 1     # 签署《…框架协议》: the title whole
                break
        else:
            # A与B…签约仪式在Y举行: the name ends with the ceremony (or the event: 签约活动), which is held in Y
            cer = next((w for w in ctx.cues("Milestone", "ceremony") + ctx.cues("Milestone", "launch_event")
                        if rest.startswith(w)), None)
            skip = 0
            if cer is None and rest.startswith(JOINT):
                # 签约暨授牌仪式在Y举行: the signing joined to another act, one ceremony
                found = [(i, w) for w in ctx.cues("Milestone", "ceremony")
                         if 0 < (i := rest.find(w, 0, MAX_JOINED_ACT + len(w))) ]
                skip, cer = min(found) if found else (0, None)
            if cer is not None:
                end = c.start + ve + skip + len(cer)
                if ctx.text.startswith("在", end):
                    chain = chain_at(c, end + 1, ctx.frame.entities.parents)
                    held_in = _venue_place(ctx, chain[-1]) if chain else None
        if held_in is None and at >= 0:
            # A与B在Y签署…: the place between the parties and the verb
            chain = chain_at(c, c.start + at + 1, ctx.frame.entities.parents)
            if chain and is_place(chain[-1]) and (chain[-1].end == c.start + vs or ctx.text.startswith(
                    ctx.cues("Meeting", "verb"), chain[-1].end)):
                held_in = chain[-1]     # (甲与乙在Y举行…签约仪式: the verb of holding between them)
        start = parties[0].start
        held = min(((i, v) for v in ctx.cues("Meeting", "verb")
                    if (i := before.find(v, parties[-1].end - c.start)) >= 0), default=None)
        if held is not None and ctx.text[:end].endswith(ctx.cues("Milestone", "ceremony")
                                                        + ctx.cues("Milestone", "launch_event")):
            # 某县举行2023年重点项目集中签约仪式: the ceremony is named after the verb of holding it
            start = c.start + held[0] + len(held[1])
            start = past_perfective(ctx.text, start)     # 举行了…仪式
        when, relative, vague = ctx.when(c, c.start + vs)
        ev = Candidate("Event", ctx.text[start:end], c.sentence, start, end, c.index, SIGNING, SCORE,
                       when, relative, vague)
        ev.slots.append(("organizer", parties[0]))
        ev.slots += [("attendee", m) for m in parties[1:]]
        # where the text does not say, the place of the party that hosts: a place or its government or
        # Party committee before a company or school from elsewhere (某物流有限公司与瑞金市人民政府签订…: 瑞金市,
        # not the province the company's name opens with)
        hosts = sorted(parties, key=lambda m: m.label not in ADMIN_CLASSES and m.label not in GOVERNING)
        place = held_in or ctx.place_of(hosts[0])
        # (the first party's own place where the text says so: 甲与乙…签约仪式在甲举行)
        if place is not None and (held_in is not None or place.key != hosts[0].key):
            ev.slots.append(("place", place))
        return ev
    return None


def _held_ceremony(ctx: EventContext, c: Clause) -> Candidate | None:
    """X举行(了)…仪式, X举办…音乐节: the ceremony or event X holds, named from after the verb to
    the word that ends it."""
    ceremony = ctx.cues("Milestone", "ceremony") + ctx.cues("Event", "held")
    for vs, ve, verb in ctx.find(c.text, ctx.cues("Meeting", "verb")):
        start = past_perfective(c.text, ve)
        ends = [i + len(w) for w in ceremony if (i := c.text.find(w, start)) >= 0]
        if not ends:
            continue
        end = min(ends)
        if not 2 < end - start <= MAX_CEREMONY_NAME:
            continue
        agents = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs]
        if not agents and c.text.startswith(AND_THEN):
            agents = [m for m in c.agents if is_agent(m)][-1:]   # (我县参加…活动，并隆重举行…仪式: the clause before's)
        if not agents:
            continue
        if _meeting_then_verb(ctx, c.start + start, c.start + end):
            continue      # 召开新闻发布会 | 介绍 | 第十届某某博览会: the meeting is what is held, the rest its subject
        organizer = agents[-1]
        when, relative, vague = ctx.when(c, c.start + vs)
        name = c.text[start:end]
        ev = Candidate(_held_type(ctx, name), name, c.sentence, c.start + start, c.start + end, c.index, CEREMONY,
                       CEREMONY_SCORE, when, relative, vague)
        ev.slots.append(("organizer", organizer))
        place = place_held_in(ctx, c, organizer.end, c.start + vs) or ctx.place_of(organizer)   # (某局在某市举行…仪式)
        if place is not None:
            ev.slots.append(("place", place))
        return ev
    return None


def _meeting_then_verb(ctx: EventContext, a: int, b: int) -> bool:
    """A meeting's head word inside ``[a, b)`` with a verb right after it (新闻发布会 | 介绍 | …)."""
    words = ctx.tokens_in(a, b)
    heads = ctx.cues("Meeting", "head")
    return any(t.word.endswith(heads) and nxt.tag.startswith(VERB_TAG) for t, nxt in zip(words, words[1:]))


def _named_held(ctx: EventContext, c: Clause) -> Candidate | None:
    """某校2023年秋季学期开学典礼举行, 某县第三届运动会隆重开幕: a clause that is a ceremony's or an
    event's name (``ceremony``, ``held`` in event_cues.tsv) and a verb of holding or opening, no 在Y
    between them (those are :func:`_held_at`'s): the event, organised by the body or place its name
    opens with."""
    verbs = ctx.cues("Meeting", "verb") + ctx.cues("Meeting", "opens")
    verb = next((v for v in verbs if c.text.endswith(v)), None)
    if verb is None:
        return None
    vs = len(c.text) - len(verb)
    before = c.text[:vs]
    for manner in ctx.cues("Meeting", "manner"):      # (某某典礼隆重举行: how it was held, no part of the name)
        if before.endswith(manner):
            before = before[:-len(manner)]
            break
    start = ctx.name_start(c)
    heads = _held_heads(ctx, ctx.cues("Milestone", "ceremony") + ctx.cues("Event", "held"), c, start - c.start, vs)
    word = next((w for w in heads if before.endswith(w)), None)
    if word is None or not 2 < c.start + len(before) - start <= MAX_CEREMONY_NAME:
        return None
    year = _YEAR_FIRST.match(ctx.text, start)      # (2019年潍坊国际风筝会: the edition's year before the place)
    chain = chain_at(c, year.end() if year else start, ctx.frame.entities.parents)
    organizer = next((m for m in reversed(chain) if is_org(m) or is_place(m)), None)
    end = c.start + len(before)
    if organizer is None or organizer.label == COUNTRY:
        # (中国农民丰收节某县庆祝活动正式开幕: a nation's festival, the celebration the place named in it holds)
        organizer = next((m for m in reversed(c.mentions) if start < m.start and m.end <= end and is_place(m)
                          and m.label != COUNTRY and m.key.startswith(ADMIN_KEY)), organizer)
    if organizer is None:
        return None
    if any(m.label == "Person" and start <= m.start < end for m in c.mentions):
        return None       # 省长某某宣布运动会开幕: a person declares open the event read before, no event's name
    name = ctx.text[start:end]
    when, relative, vague = ctx.when(c, c.start + vs)
    ev = Candidate(_held_type(ctx, name), name, c.sentence, start, end, c.index, CEREMONY, CEREMONY_SCORE,
                   when, relative, vague)
    ev.slots.append(("organizer", organizer))
    place = _venue_place(ctx, organizer)
    if place is not None:
        ev.slots.append(("place", place))
    return ev


def _joined_activity(ctx: EventContext, c: Clause) -> Candidate | None:
    """某某、某某等省领导…在某地参加义务植树活动: persons take part in an activity named at the clause's end
    (``launch_event`` in event_cues.tsv: 活动), on the clause's day, where 在Y says; they attend it."""
    text = c.text.rstrip(_CLAUSE_END_MARKS)
    word = next((w for w in ctx.cues("Milestone", "launch_event") if text.endswith(w)), None)
    if word is None:
        return None
    verb = max(((vs, ve) for vs, ve, _w in ctx.find(text, _JOINING)), default=None)
    if verb is None or not MIN_ACTIVITY_NAME <= len(text) - verb[1] <= MAX_CEREMONY_NAME:
        return None
    # (某某等省领导与干部群众一道，在某地参加…: those of the sentence's clauses before it)
    persons = [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index <= c.index
               for m in cl.mentions if m.label == "Person" and m.end <= c.start + verb[0]]
    if not persons or ctx.find(text[verb[1]:], ctx.cues("Meeting", "verb")):
        return None       # (参加…活动 needs those who take part; 参加召开…: a meeting's)
    start, end = c.start + verb[1], c.start + len(text)
    start = past_perfective(ctx.text, start)      # 参加了…活动: the particle is no part of the name
    name = ctx.text[start:end]
    if name.startswith(_REFERRING) or name[:-len(word)] in ctx.cues("Visit", "verb") + ctx.cues("Visit", "call_on"):
        return None       # 参加相关活动, 参加慰问活动: the event just told (its attendees are read there)
    when, relative, vague = ctx.when(c, c.start + verb[0])
    ev = Candidate("Event", name, c.sentence, start, end, c.index, ACTIVITY, ACTIVITY_SCORE,
                   when, relative, vague)
    ev.slots += [("attendee", p) for p in persons]
    at = text.rfind("在", 0, verb[0])
    chain = chain_at(c, c.start + at + 1, ctx.frame.entities.parents) if at >= 0 else []
    place = next((m for m in reversed(chain) if is_place(m)), None)
    if place is not None:
        ev.slots.append(("place", place))
    return ev


def _held_words(ctx: EventContext) -> tuple[str, ...]:
    """What an event held is named by at its end (``held``, ``ceremony``, ``launch_event`` in event_cues.tsv:
    文化节, 仪式, 活动)."""
    return ctx.cues("Event", "held") + ctx.cues("Milestone", "ceremony") + ctx.cues("Milestone", "launch_event")


def _with_manner(ctx: EventContext, verbs: tuple[str, ...]) -> tuple[str, ...]:
    """``verbs``, and each after a word of how a meeting is held (隆重举行, 盛大开幕)."""
    return verbs + tuple(m + v for m in ctx.cues("Meeting", "manner") for v in verbs)


def _unread_venue(text: str, at: int, verbs: tuple[str, ...]) -> int | None:
    """The characters from ``at`` to one of ``verbs``: none, or a venue's name no recogniser read (在曲阜 | 尼山圣境 |
    开幕, at most :data:`MAX_VENUE_NAME`); None where no verb follows so."""
    return next((k for k in range(MAX_VENUE_NAME + 1) if (k == 0 or _VENUE_NAME.fullmatch(text, at, at + k))
                 and text.startswith(verbs, at + k)), None)


_CITY_BRACKET = re.compile(r"（[\u4e00-\u9fff]{2,4}）")
# 在郑州主会场和洛阳、开封分会场同步举行: the main venue, the others, and held at once
_SUB_VENUES = re.compile(r"主会场(?:和|及|与|、)[\u4e00-\u9fff、]{1,40}?分会场(?:同步|同时)?")
# a venue's name no recogniser read, its city in brackets at most (国家会展中心（天津）: the venue of that name there)
_VENUE_NAME = re.compile(rf"[\u4e00-\u9fff]*(?:{_CITY_BRACKET.pattern})?")


def _hosted_at(ctx: EventContext, c: Clause) -> Candidate | None:
    """某省红十字会在某区某广场举办世界献血者日主题宣传活动, 某县在某旧址举行纪念活动, 某纪念馆举行开馆仪式: a
    body or a place opening the clause (in Y, or where it is) holds (举办, 举行) an event named at the clause's end
    (``held``, ``ceremony``, ``launch_event`` in event_cues.tsv: 文化节, 仪式, 活动), on the clause's day."""
    text = c.text.rstrip(_CLAUSE_END_MARKS)
    if not text.endswith(_held_words(ctx)):
        return None
    first = ctx.name_start(c)
    host = max((m for m in c.mentions if m.start == first and (is_agent(m) or is_place(m) or m.label == _SITE)),
               key=lambda m: m.end, default=None)
    if host is None:
        return None
    after = host.end - c.start
    chain: list[Mention] = []
    if text.startswith("在", after):
        chain = chain_at(c, c.start + after + 1, ctx.frame.entities.parents)
        if not chain:
            return None
        # (在某区某某广场举办: a venue no recogniser reads between the place and the verb)
        unread = _unread_venue(text, chain[-1].end - c.start, _HOSTING)
        if unread is None:
            return None
        after = chain[-1].end - c.start + unread
    verb = next((v for v in _HOSTING if text.startswith(v, after)), None)
    if verb is None:
        return None
    start, end = c.start + after + len(verb), c.start + len(text)
    start = past_perfective(ctx.text, start)
    name = ctx.text[start:end]
    if not MIN_ACTIVITY_NAME <= len(name) <= MAX_CEREMONY_NAME or name.startswith(_REFERRING) \
            or any(ch in name for ch in "，、；"):
        return None
    when, relative, vague = ctx.when(c, c.start + after)
    ev = Candidate(_held_type(ctx, name), name, c.sentence, start, end, c.index, CEREMONY, CEREMONY_SCORE,
                   when, relative, vague)
    if host.label != _SITE:
        ev.slots.append(("organizer", host))
    if host.label == _SITE:
        place: Mention | None = chain[-1] if chain else host     # (held at the site, or where in it it says)
    else:
        place = next((m for m in reversed(chain) if is_place(m)), None) \
            or (host if is_place(host) else _venue_place(ctx, host))
    if place is not None:
        ev.slots.append(("place", place))
    return ev


def _held_type(ctx: EventContext, name: str) -> str:
    """A ceremony of a launch (开工仪式, 揭牌仪式) marks the launch: a Milestone, as the one ``…开工仪式在Y举行``
    gives (events.launch); other ceremonies and events held are Events."""
    return "Milestone" if any(w in name for w in ctx.cues("Milestone", "launch")) else "Event"


def _venue_place(ctx: EventContext, venue: Mention) -> Mention | None:
    """Where something held at ``venue`` is: the place itself, or the place of a body (…仪式在某某医院举行)."""
    return venue if is_place(venue) else ctx.place_of(venue) if is_org(venue) else None


def _in_full(c: Clause, party: Mention) -> Mention:
    """A party named with a unit of it (与某大学某学院签约): the unit, the longest body named from
    where the party starts (the clause's subjects may hold the body's name alone, read inside it)."""
    if not is_org(party):
        return party
    return max((m for m in c.mentions if m.start == party.start and is_org(m)), key=lambda m: m.end, default=party)
