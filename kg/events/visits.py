"""Visits and inspections: ``P到Y、Z调研``, ``P视察Y``, ``在Y，P走进/察看…``.

Also ``P在Y调研`` (``events.visit_at``; ``…考察时的重要讲话`` is a visit referred back
to, dated before the event reported), ``P率…团来Y`` and ``P率部分委员视察Y`` (``events.visit_led``:
the leader visits) and ``P深入企业调研``, ``P率部分委员视察``, ``P带队检查``, ``P暗访检查``
(an unannounced inspection, ``以…方式`` between them or not) with no place named
(``events.visit_unplaced``: the visitor's own area until a later clause of the tour names a place;
undated, the day its paragraph gave).

Groups visit too: ``某某采访团到某区调研`` and ``由某某带队…组成的考察团来某市`` (``events.visit_party``:
the leader the sentence names is the visitor, else the group; 由某部牵头 names the organizer), and
guests received (``某某会见了来某省调研的考察团``, ``以某某为团长的代表团一行``: ``events.visit_guests``,
at the place they came to, else where they were received). ``与2016年、2019年来某省考察时`` gives one
past visit a year (``events.visit_years``). 来 moves like 到 (某某一行来某省调研), and a province's
one-character name after it (来黔) is the province where the article names it.
``在某镇、某乡调研时，某某一行…`` and ``在某景区，某某详细了解…`` (``events.visit_stop``): the places
of the clause before are where the person of this one is (without a visit verb, only a stop
of a tour the person is already on). The places visited are the chain's too (某区某街道某村),
all but a province named before them. ``某某到甲镇、乙镇、丙乡调研`` is a visit to each township of
the list; ``来到陈列馆`` a visit to the place named before whose name ends so; ``调研并座谈``
a talk held on the visit (``events.visit_talk``, a Meeting that day where the visit is);
``某某深入某地，…，并随即前往某景区`` a stop of the visit of the person the sentence opened with;
``某某带领执法检查组，来到某县检查…`` the leader's visit (``events.visit_led``), the move opening the clause.

Precision note (dev set): events.visit_unplaced was under 50% while the stops of a tour
were not read; it now pairs its one remaining visit with every slot right (the others
joined the visit a later clause places). It stays for visits whose places the text never
names: agent and date are right, and the visitor's own area is the best place known.

The visitor is the person right before the verb (at most ``VISITOR_GAP``
characters, no clause break between); the places visited the list after it (the
visit's ``place`` is the county of a chain such as 某县某镇某村, else the first place). One
visit per visitor and day: a later clause naming more places of the same tour
adds them to it (:mod:`kg.events.resolve` merges them). ``会后，与会人员实地观摩了X``
is a visit of those at the event just named (``events.group_visit``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..clean import is_han, is_han_char
from ..clauses import ORG_CLASSES, Clause, is_org, is_place
from ..lexicon import read_table
from ..mentions.bylines import BYLINE_SOURCE
from ..mentions.home import COME_TO_CALL, LOCAL_LEVELS
from ..model import Mention
from .base import (AT, BARE_COMMITTEES, ESCORTED, VISITOR_GAP, Candidate, EventContext, chain_list, leaders_listed,
                   past_perfective, per_clause, unit_before_post)

SOURCE = "events.visit"
CALL_EVENT = "活动"     # 慰问活动: the event of calling on people, named, not a call
ORGANIZED_SOURCE = "events.visit_organized"   # 某人大常委会组织代表视察某镇
ORGANIZED_WINDOW = 16     # characters from 组织 to the visit's verb (部分全国和省人大代表，赴)
AT_SOURCE = "events.visit_at"            # P在Y调研
WHILE = "时"                             # 考察时指出: what follows was said during the visit
LED_SOURCE = "events.visit_led"          # P率…团来Y
UNPLACED = "events.visit_unplaced"       # P深入企业调研: no place named
ESCORT_VERB = "陪同"     # 某某陪同某某调研: the one named before it escorts the one after
UNANNOUNCED = ("暗访", "随机", "突击")     # before a visit verb: an inspection unannounced (暗访检查, 随机抽查)
_MANNER = re.compile(r"以[^，。；、]{1,12}?方式")   # 以“四不两直”方式: how the visit is made
# those a visitor goes with, and what he brings, between him and the move (某某与某部有关负责人一起来到…,
# 某某协同某工作小组带着慰问品和慰问金来到…)
# (某某带队会同某局负责人前往…: leading, with those of another body)
_COMPANY = re.compile(r"(?:一行)?(?:带队|率队)?(?:(?:与|和|同|协同|会同)[^，。；、]{1,16}?(?:一起|一道|一同)?"
                      r"(?:(?:带着|带上|携带)[^，。；、]{1,12})?|(?:带着|带上|携带)[^，。；、]{1,12})")
# those listed going separately (甲、乙分别看望慰问…, 分两路, 兵分三路)
_SEPARATELY = re.compile("分别|分[两二三四五六七八九十]路|兵分")
# a leader conducting the visit's kind at once (某某带队开展防汛检查, 某某进行了安全检查): its verb and a few words of
# what it is about or how it is made before the visit's verb
_CONDUCTED_NOW = re.compile("(?:一行)?(?:带队|率队)?(?:开展|进行)了?[\u4e00-\u9fff]{0,4}")
# a body's people a visit is made by, unnamed (某局相关负责人一行, 某局党组成员, 某局一行): who, then the party
_BODYS_PEOPLE = re.compile("(?:相关|有关|主要)?((?:负责人|负责同志|领导班子成员|领导班子|班子成员|党组成员|领导|干部职工|"
                           "党员干部|工作人员)?)((?:等)?一行)?")
# the party and the adverbs of its going, between a visitor and the move (某某一行还先后到甲镇、乙镇)
_GOING_WORDS = re.compile("一行|先后|随后|随即|一同|分别|还|又|也")
# a short relative clause between a move word and the place (到包联的某镇某村, 到其联系的某社区)
_PLACE_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}?的")
GROUP_SOURCE = "events.group_visit"
YEARS_SOURCE = "events.visit_years"      # 2016年、2019年来某省考察时: past visits
PARTY_SOURCE = "events.visit_party"      # 某某采访团到某区调研; 由某某带队…组成的考察团来某市
MAX_GROUP_TASK = 4                       # 某市人大常委会 | 执法 | 检查组: the words of a group's task before its head
GUESTS_SOURCE = "events.visit_guests"    # 某某会见来某省调研的考察团: the guests visit
TALK_SOURCE = "events.visit_talk"        # 调研并座谈: a talk held on the visit
STOP_SOURCE = "events.visit_stop"        # 在某镇、某乡调研时，某某…; 在某景区，某某详细了解…
SCORE = 1.0
SCORES = {SOURCE: 1.0, AT_SOURCE: 0.9, LED_SOURCE: 0.8, UNPLACED: 0.6, GROUP_SOURCE: 1.0,
          YEARS_SOURCE: 0.8, PARTY_SOURCE: 0.8, GUESTS_SOURCE: 0.7,
          STOP_SOURCE: 0.8, TALK_SOURCE: 0.7}
PLACE_GAP = 12        # at most this many characters between 前往/赴 and the place (前往某某联系点某县)
LIST_JOINS = ("、", "和", "与", "及")    # between two persons of one list
AGENT_OR_POST = frozenset({"PartyOrganization", "GovernmentBody", "Organization"})   # a post's body
# the short forms of a place's bodies no place was found for, before a post (县委 | 书记某某)
_BARE_BODIES = frozenset(BARE_COMMITTEES + ("党委", "县政府", "市政府"))
AT_GAP = 2            # at most this many characters between the place of 在Y and the visit verb
LEAD_WINDOW = 20      # how far after 率/带领 the group's 来/到 Y is looked for
GROUP_ENDS = ("组", "团", "队")   # 视察组, 考察团: a visit verb that opens a group's name
VISIT_AREA = "County"   # of a chain of places visited, the level that names the visit's place
YEAR_JOINS = ("、", "和", "及", "与")   # between the years of past visits listed (2016年、2019年)
LOCATIVE_WINDOW = 6   # 在Y，P…: the visit verb within this many characters after the person
SHORT_NAME_MIN, SHORT_NAME_MAX = 2, 4   # 来到陈列馆: a place named before by the last characters of its name
EACH_PLACE_LEVELS = ("Township", "Village")   # a list of these visited is a visit to each
_TOWNSHIP, _VILLAGE = EACH_PLACE_LEVELS
BROAD_LEVELS = ("Province", "Country")   # named before a place visited: too broad to count as visited
STOP_WHILE = "时"      # 在某镇调研时，某某…: the visit verb of the clause before the person
ONWARD_GAP = 2        # at most this many characters between the opener and the move word (并随即前往)
LIST_MARKS = ("、", "，", "。", "；")   # right after a move word: it ended a name in a list
CONDUCTED_GAP = 40    # characters of what a visit in the next clause is about (对…进行指导)
MAX_LED = 20         # characters of those a visitor leads, between 带领 and what the visit is about
# 某某带队的调研组, 某某率领的督导组: the group a person leads, named after him
_LED_GROUP = re.compile(f"(?:带队|率队|带领|率领)的[\u4e00-\u9fff]{{0,{MAX_LED}}}?[组团]")
MAX_HOW_CONDUCTED = 4    # characters of how a visit is made, between 进行(了) and its verb (突击安全 | 检查)
CONDUCTING_GAP = 6    # characters between 开展/进行 and the visit's verb (开展集中采访, 进行实地调研)
PARTY_SUFFIX = "一行"   # 考察团一行到某县: the group's head is before it
# 一行18人, 一行十余人: the group's members counted after it
_PARTY_COUNT = re.compile(r"一行(?:[0-9０-９]+|[一二三四五六七八九十百两]+)余?[人名]$")
TALK_LABEL = "座谈"    # the name of a talk held on a visit that the text does not name
TALK_NAMED = ("会",)  # 座谈会: a named meeting, left to the meeting patterns
MEETING_GOERS = ("与会人员", "与会代表", "与会同志", "参会人员", "参会代表")   # those at the event just named


def find(ctx: EventContext) -> list[Candidate]:
    found = per_clause(ctx, _visit)
    read = {ev.clause for ev in found}
    found += [ev for c in ctx.frame.clauses if c.index not in read for ev in _past_years(ctx, c, found)]
    by_clause = {c.index: c for c in ctx.frame.clauses}
    found += [more for ev in found for more in _each_place(ctx, by_clause[ev.clause], ev)]
    return found + [talk for ev in found if (talk := _talk(ctx, by_clause[ev.clause], ev)) is not None]


def _talk(ctx: EventContext, c: Clause, ev: Candidate) -> Candidate | None:
    """调研并座谈: a talk held on the visit, that day, where the visit is (a named 座谈会 is
    read by the meeting patterns)."""
    if ev.type != "Visit" or ev.mention_only or ev.slot("place") is None:
        return None
    for ts, te, w in ctx.find(c.between(ev.start, c.end), ctx.cues("Visit", "talk")):
        at = ev.start + ts
        if c.between(at + len(w), c.end).startswith(TALK_NAMED):
            continue
        talk = Candidate("Meeting", TALK_LABEL, c.sentence, at, at + len(w), c.index, TALK_SOURCE,
                         SCORES[TALK_SOURCE], dict(ev.when), ev.relative, dict(ev.vague))
        talk.slots = [("place", ev.slot("place"))] + [("attendee", m) for r, m in ev.slots
                                                       if r in ("agent", "attendee") and m.label == "Person"]
        return talk
    return None


def _each_place(ctx: EventContext, c: Clause, ev: Candidate) -> list[Candidate]:
    """某某到甲镇、乙镇、丙乡调研: a visit to each township (or village) of a list of separate
    ones; the first is ``ev`` itself, the others are added here, same visitor and day."""
    places = [m for r, m in ev.slots if r == "visited"]
    townships = _townships_listed(ctx, places)
    if ev.source == SOURCE and not ev.mention_only and not ev.place_guessed and townships:
        return _each_township(ctx, c, ev, places, townships) + _townships_over_comma(ctx, c, ev, places)
    if ev.source == SOURCE and not ev.mention_only and not ev.place_guessed and places and places[0].label == _TOWNSHIP:
        if more := _townships_over_comma(ctx, c, ev, places):
            # (a visit to each township: the first's place its township too, its villages the stops)
            ev.slots = [(r, x) for r, x in ev.slots if r != "place"] + [("place", places[0])]
            ev.first_of_each = True
            ev.each_group = c.index
            return more
    if ev.source != SOURCE or ev.mention_only or len(places) < 2 or ev.place_guessed \
            or any(m.label not in EACH_PLACE_LEVELS or _chain_before(c, m) != [m] for m in places) \
            or len({m.label for m in places}) > 1 or ev.slot("place") is not places[0]:
        return []       # (来到某村、某镇某项目区: stops of one tour, of two levels, not visits of their own)
    agent = ev.slot("agent")
    verb = next((v for v in ctx.cues("Visit", "verb") if v in c.between(places[-1].end, c.end)), "")
    if not verb:
        # 某某深入甲镇、乙乡等地区，指导…: no visit verb after them, the word of going before them
        verb = next((w for w in ctx.cues("Visit", "move") if ctx.text.endswith(w, 0, places[0].start)), "")
    out = [_one_of_each(c, ev, ctx.named(agent) + verb + ctx.named(m), m.start, m.end, [m]) for m in places[1:]]
    ev.first_of_each = True
    ev.each_group = c.index
    return out


def _one_of_each(c: Clause, ev: Candidate, label: str, start: int, end: int, visited: list[Mention]) -> Candidate:
    """A visit of the list ``ev`` opens, to the first of ``visited`` (its place) and the rest of its item: the same
    visitor, day and party."""
    more = Candidate("Visit", label, c.sentence, start, end, c.index, SOURCE, SCORES[SOURCE], dict(ev.when),
                     ev.relative, dict(ev.vague))
    more.slots = [(r, x) for r, x in ev.slots if r not in ("place", "visited")] + [("place", visited[0])] \
        + [("visited", m) for m in visited]
    more.stop_of_each = ev.merge_visits     # (see kg.events.resolve._join_tour)
    more.each_group = c.index
    return more


def _townships_listed(ctx: EventContext, places: list[Mention]) -> list[Mention]:
    """The townships of a list of chains visited, each opening an item (甲镇某村、乙镇某村: 甲镇, 乙镇), or []
    where the places are no such list (one chain, one township, or a county the list opens with)."""
    townships = [m for m in places if m.label == _TOWNSHIP]
    if len(townships) < 2 or not any(m.label == _VILLAGE for m in places) or places[0] is not townships[0]:
        return []       # (某区甲街道某村和乙街道某村: the county the list opens with is the visit's place)
    for m in townships[1:]:
        if not ctx.text.endswith(LIST_JOINS, 0, m.start):
            return []
    return townships


def _each_township(ctx: EventContext, c: Clause, ev: Candidate, places: list[Mention],
                   townships: list[Mention]) -> list[Candidate]:
    """某某先后前往甲镇某村、乙镇某村: a visit to each township, with the villages of its item (as a list of
    townships is: one visit each, the place the township, not its last village)."""
    agent = ev.slot("agent")
    verb = next((v for v in ctx.cues("Visit", "verb") if v in c.between(places[-1].end, c.end)), "") or next(
        (w for w in ctx.cues("Visit", "move") if w in c.between(c.start, places[0].start)), "")
    items = []
    for i, t in enumerate(townships):
        end = townships[i + 1].start if i + 1 < len(townships) else places[-1].end + 1
        items.append([m for m in places if t.start <= m.start < end])
    first = items[0]
    ev.slots = [(r, x) for r, x in ev.slots if r not in ("place", "visited")] + [("place", first[0])] \
        + [("visited", m) for m in first]
    out = [_one_of_each(c, ev, ctx.named(agent) + verb + ctx.named(item[0]), item[0].start, item[-1].end, item)
           for item in items[1:]]
    ev.first_of_each = True
    ev.each_group = c.index
    return out


def _townships_over_comma(ctx: EventContext, c: Clause, ev: Candidate, places: list[Mention]) -> list[Candidate]:
    """某某先后深入甲镇某村、某村，乙乡某村、丙镇某村等地: the list of a tour's townships goes on after a comma,
    each township opening an item of the next clause (nothing else in it but the list and 等地): a visit to each."""
    if not places or c.between(places[-1].end, c.end).strip() or c.index + 1 >= len(ctx.frame.clauses):
        return []
    nxt = ctx.frame.clauses[c.index + 1]
    if nxt.sentence is not c.sentence or not any(m.start == nxt.start and m.label == _TOWNSHIP for m in nxt.mentions):
        return []
    stops = chain_list(nxt, nxt.start, ctx.frame.entities.parents, skip_unnamed=True)
    if not stops or not nxt.between(stops[-1].end, nxt.end).startswith(_LIST_CLOSES):
        return []
    visited = _with_outer(nxt, stops, ctx.frame.entities)
    townships = [m for m in visited if m.label == _TOWNSHIP]
    if not townships or visited[0] is not townships[0]:
        return []
    agent = ev.slot("agent")
    verb = next((w for w in ctx.cues("Visit", "move") if w in c.between(c.start, places[0].start)), "")
    out = []
    for i, t in enumerate(townships):
        end = townships[i + 1].start if i + 1 < len(townships) else visited[-1].end + 1
        item = [m for m in visited if t.start <= m.start < end]
        out.append(_one_of_each(nxt, ev, ctx.named(agent) + verb + ctx.named(item[0]), item[0].start, item[-1].end,
                                item))
    return out


_LIST_CLOSES = ("", "等地", "等处", "等乡镇", "等村", "等")   # what may close a tour's list


def _past_years(ctx: EventContext, c: Clause, found: list[Candidate]) -> list[Candidate]:
    """(某某)2016年、2019年来某省考察时的讲话: a past visit a year listed, by the person right
    before the years or, where the clause names none, the visitor of the visit named before
    in the sentence (某某此次来某省考察时的讲话，与2016年、2019年来某省考察时的讲话)."""
    verbs = ctx.cues("Visit", "verb")
    for ms, me, w in ctx.find(c.text, ctx.cues("Visit", "move")):
        years = _years_before(c, c.start + ms)
        if not years:
            continue
        targets = chain_list(c, c.start + me, ctx.frame.entities.parents)
        if not targets or not c.between(targets[-1].end, c.end).startswith(verbs):
            continue
        persons = _next_to(c, [m for m in c.mentions if m.label == "Person"], years[0].start, years[0].start)
        earlier = [ev.slot("agent") for ev in found if ev.sentence.index == c.sentence.index
                   and ev.clause < c.index and ev.type == "Visit"]
        agent = persons[-1] if persons else next((a for a in reversed(earlier) if a is not None), None)
        if agent is None:
            return []
        end = targets[-1].end + len(next(v for v in verbs if c.between(targets[-1].end, c.end).startswith(v)))
        out = []
        for t in years:
            label = ctx.named(agent) + ctx.named(t) + ctx.text[c.start + ms:end]
            ev = Candidate("Visit", label, c.sentence, t.start, end, c.index, YEARS_SOURCE, SCORES[YEARS_SOURCE],
                           {"date": t.value}, mention_only=True)
            ev.slots.append(("agent", agent))
            org = ctx.post_org(agent)
            if org is not None:
                ev.slots.append(("organizer", org))
            ev.slots.append(("place", _area(c, targets[0])))
            ev.slots += [("visited", p) for p in _with_outer(c, targets, ctx.frame.entities)]
            out.append(ev)
        return out
    return []


def _years_before(c: Clause, at: int) -> list:
    """The years (2016年、2019年) that end right at offset ``at``, in text order."""
    years = []
    for t in sorted((t for t in c.times if t.end <= at), key=lambda t: -t.start):
        gap = c.between(t.end, at)
        if t.value and len(t.value) == 4 and t.value.isdigit() and gap in (("",) if not years else YEAR_JOINS):
            years.insert(0, t)
            at = t.start
        else:
            break
    return years


def _visit(ctx: EventContext, c: Clause) -> Candidate | None:
    # (a reporter's name in the credit line goes nowhere: 本报讯（记者 某某）走进某村，… is the report's lead)
    persons = [m for m in c.mentions if m.label == "Person" and m.source != BYLINE_SOURCE]
    if persons and _greets_a_team(ctx, c):
        return None      # 市委书记某某到驻地看望检查组: the hosts greet the visiting team, no visit of their own
    read = (persons and (_moved(ctx, c, persons) or _visiting_at(ctx, c, persons) or _led(ctx, c, persons)
                         or _locative(ctx, c) or _called_on(ctx, c, persons)
                         # (某某在某某的陪同下，到某村慰问老党员某某: the move opens the clause, those it names visited)
                         or (c.text.startswith(ctx.cues("Visit", "move")) and _led_then_moved(ctx, c))
                         or _body_moved(ctx, c))) \
        or (not persons and (ESCORTED in c.text and _moved(ctx, c, persons)
                             or _pronoun_locative(ctx, c)
                                                                       or _pronoun_moved(ctx, c)
                                                                       or _led_then_moved(ctx, c)
                                                                       or _under_leadership(ctx, c)
                                                                       or _body_moved(ctx, c)))
    if not read:
        return (persons and _stop(ctx, c, persons)) or _guests(ctx, c, persons) or _come_to_call(ctx, c, persons) \
            or _calling(ctx, c, persons) \
            or _party(ctx, c) \
            or (not persons and _onward(ctx, c)) or _group_visit(ctx, c) or _organized(ctx, c)
    agent, places, at, source, referenced = read
    if any(p.start < at < p.end for p in persons):
        return None      # (县长和春来陪同调研: the 来 of a name, no move)
    if source == SOURCE and places and persons and agent is persons[0] and agent.start == ctx.name_start(c) \
            and (stop := _stop_clause(ctx, c)) is not None:
        # 在某区，某某走进某公司: the place of the clause before is visited too, the stop's area
        places = [m for m in stop[1] if m not in places] + places
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    when, relative, vague = ctx.when(c, at)
    if referenced:
        # 在某省考察时的重要讲话精神: a visit the report refers back to, not one on its date
        when, relative, vague = {}, ("earlier",), {}
    if places:
        # the label runs to the end of the clause when it goes on with what was done there
        # (到湄潭县、播州区调研茶产业发展), else to the last place (视察延安革命纪念馆)
        rest = c.between(places[-1].end, c.end)
        # (某某对全区统战工作进行调研: what is studied there, then the verb of conducting and the visit's verb)
        end = c.end if rest.startswith(verbs) or places[-1].end <= at \
            or _conducts_a_visit(ctx, c, places[-1].end, anywhere=True) \
            or _about_then_visit(ctx, c, places[-1].end) else places[-1].end
    else:
        end = c.end
    if at >= c.end and c.index + 1 < len(ctx.frame.clauses):
        end = ctx.frame.clauses[c.index + 1].end     # (the call on whom opens the next clause)
    if not referenced:
        # 在某市调研时要求: the visit is named up to its verb; 时 opens what was said on it
        said = [ve for _vs, ve, _w in ctx.find(c.between(at, end), verbs) if ctx.text.startswith(WHILE, at + ve)]
        end = at + said[0] if said else end
    label = ctx.text[at:end] if at < end else ctx.said(c.sentence)
    if source == AT_SOURCE and not places and label.startswith(AT):
        label = agent.canonical + label[len(AT):]     # 某某在调研时指出: 某某调研, not 在调研 (no place to name it by)
    if referenced:
        # named the same way each time it is referred to (某某在某省考察): one node
        found = ctx.find(c.between(at, c.end), verbs)
        end = at + found[0][1] if found else end
        if places and places[-1].end > end:
            end = places[-1].end     # (视察某地重要讲话精神: the places after the verb name it too)
        label = ctx.named(agent) + ctx.text[at:end]
    ev = Candidate("Visit", label, c.sentence, at, max(c.end, end), c.index, source, SCORES[source], when, relative,
                   vague, merge_visits=not referenced, mention_only=referenced)
    listed = _listed_with(c, agent, ctx.frame.clauses[c.index - 1] if c.index else None)
    if listed and _SEPARATELY.search(ctx.text[agent.end:at]):
        # 县委书记甲，县长乙分别看望慰问…, 甲、乙分两路…: each goes on a visit of his own, none with the other; the
        # first named's is the one read here
        agent, listed = listed[0], []
    if listed:
        # 省委书记甲、省长乙来到某区: they visit together, the first named (the senior) the agent
        agent, listed = listed[0], listed[1:] + [agent]
        ev.covisitors = tuple(listed)
    # (市政协主席甲，副主席乙、丙带领…，前往某市: the agent named in a clause before this one, with those before him)
    own = c if agent.start >= c.start else next((cl for cl in ctx.frame.clauses[:c.index]
                                                   if cl.start <= agent.start < cl.end), c)
    if len(leaders := leaders_listed(ctx, own, agent, at if own is c else own.end)) > 1 \
            and agent.start >= ctx.name_start(own) and leaders[0] is not agent:
        # 市委副书记甲，市委常委、秘书长乙，副市长丙一行前往某区: each named in a clause of his own (and 副省长甲率领
        # 副厅长乙，处长丙、副处长丁一行来到…: the clause before names who leads the list)
        agent, listed = leaders[0], leaders[1:] + [m for m in listed if m not in leaders]
        ev.covisitors = tuple(listed)
    ev.slots.append(("agent", agent))
    ev.slots += [("attendee", p) for p in listed]
    if agent.end <= c.start:
        # 某某带领甲、乙，深入某县…: those the visitor leads, named after him in the clause before, go with him;
        # 甲，乙，丙一行，深入某县…: so do those of the party named after him
        ev.slots += [("attendee", p) for p in _led_by(ctx, c, agent) + _party_after(ctx, c, agent) if p not in listed]
    org = _whole_body(ctx, ctx.post_org(agent)) or (agent if is_org(agent) else None)
    if org is not None:
        ev.slots.append(("organizer", org))
    if source == LED_SOURCE:
        # 率某某考察团来某省: the group goes with its leader (a later 考察团到某省 is the same visit)
        ev.slots += [("attendee", m) for m in c.mentions if at < m.start and _is_group(ctx, m)
                     and (not places or m.end <= places[0].start)][:1]
    if places:
        ev.slots.append(("place", _area(c, places[0])))
        ev.slots += [("visited", p) for p in _with_outer(c, places, ctx.frame.entities)]
        # 调研某山生态保护工作: the place names the topic; a place of the tour named later is the visit's
        ev.place_guessed = _names_topic(ctx, c, at, places)
    elif org is not None:
        # 某某深入企业调研: the places are not named; the visitor's own area is where
        # the visit is (a later clause naming a place of the tour replaces it)
        place = ctx.place_of(org)
        if place is not None:
            ev.slots.append(("place", place))
            ev.place_guessed = True
    return ev


def _with_outer(c: Clause, places: list[Mention], found) -> list[Mention]:
    """The places visited and the places their chains name around them (某区某街道某村: all three),
    but not a province named before them (北京某纪念地: the visit is to the site, not to 北京).
    ``found``: the article's entities (:class:`~kg.entities.ArticleEntities`)."""
    entities = found.entities
    out: list[Mention] = []
    for place in places:
        chain = _chain_before(c, place)
        opening = _opening_place(place) if is_org(place) else None
        if opening is not None and opening.key not in entities:
            # the village the name opens with, keyed under its township: the body's parent
            parent = found.parents.get(place.key)
            if parent in entities and entities[parent].label == opening.canonical:
                opening = replace(opening, key=parent)
        if opening is not None and opening.key in entities:
            chain.insert(len(chain) - 1, opening)
        out += [m for m in chain if m not in out and (m is place or m.label not in BROAD_LEVELS)]
    return out


def _opening_place(org: Mention) -> Mention | None:
    """某村某某茶叶合作社: the village or township a body's name opens with, visited with it (a
    county or city the name opens with is too wide to say the visitor went there)."""
    key, start, end = org.attr("place"), org.attr("place_start"), org.attr("place_end")
    label = key.split("/", 1)[0] if key else ""
    if label not in LOCAL_LEVELS or start != str(org.start) or not end or not end.isdigit() or int(end) >= org.end:
        return None
    name = org.text[:int(end) - org.start]
    return Mention(org.article_id, org.start, int(end), name, label, key.rsplit("/", 1)[-1], key, org.sentence)


def _chain_before(c: Clause, place: Mention) -> list[Mention]:
    """The chain of places written right before ``place`` and ending in it (某区某街道某村)."""
    chain = [place]
    while True:
        before = [m for m in c.mentions if m.end == chain[0].start and is_place(m)]
        if not before:
            return chain
        chain.insert(0, before[-1])


def _area(c: Clause, place: Mention) -> Mention:
    """The place of a visit: of a chain 某区某街道某村 the county it names (the area the tour
    is in), else the place itself."""
    return next((m for m in _chain_before(c, place) if m.label == VISIT_AREA), place)


def _next_to(c: Clause, persons: list[Mention], at: int, word_end: int, about: re.Pattern | None = None) -> list[Mention]:
    """Persons right before article offset ``at`` (a verb may have been read into the
    name: 某某赴, when the name ends inside the verb), or before what the visit is about
    (``about``: 县长某某就全县安全生产工作进行调研)."""
    return [p for p in persons if (p.end <= at and not re.search(r"[，。；、]", c.between(p.end, at))
                                   and (at - p.end - _timed(c, p.end, at) - _manner(c, p.end, at)
                                        - _party_going(c, p.end, at) <= VISITOR_GAP
                                        or (about is not None and about.fullmatch(c.between(p.end, at)))
                                        or _COMPANY.fullmatch(c.between(p.end, at)) is not None
                                        or _CONDUCTED_NOW.fullmatch(c.between(p.end, at)) is not None))
            or p.start < at < p.end <= word_end]


@lru_cache(maxsize=4)
def _about_pattern(abouts: tuple[str, ...], conducts: tuple[str, ...]) -> re.Pattern:
    """What a visit is about, between the visitor (and the party he heads: 某某一行对…) and the verb: 就…工作进行,
    对…开展."""
    # (对某企业进行了突击安全检查: the verb's aspect and a few words of how it is made, 突击, 安全, before it)
    # (某某带队对…, 某某带领某局负责人对…进行检查: the leader and those he leads before it)
    # (某某带队的调研组一行就…: the group the visitor leads, named after him)
    return re.compile(f"(?:等?一行|等)?(?:带队|率队|(?:带领|率领)[^，。；：]{{1,{MAX_LED}}}?)?"
                      f"(?:{_LED_GROUP.pattern}(?:一行)?)?"
                      f"({'|'.join(abouts)})[^，。；：]{{1,{CONDUCTED_GAP}}}?(?:{'|'.join(conducts)})"
                      f"了?[\u4e00-\u9fff]{{0,{MAX_HOW_CONDUCTED}}}")


def _manner(c: Clause, a: int, b: int) -> int:
    """Characters of a manner phrase between offsets ``a`` and ``b`` (某某以“四不两直”方式暗访检查)."""
    found = _MANNER.search(c.between(a, b))
    return found.end() - found.start() if found else 0


def _party_going(c: Clause, a: int, b: int) -> int:
    """Characters of the party and how it goes between offsets ``a`` and ``b`` (某某一行还先后到…)."""
    return sum(m.end() - m.start() for m in _GOING_WORDS.finditer(c.between(a, b)))


def _timed(c: Clause, a: int, b: int) -> int:
    """Characters of time expressions between offsets ``a`` and ``b`` (某某2016年来某省考察)."""
    return sum(t.end - t.start for t in c.times if a <= t.start and t.end <= b)


def _moved(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P到Y、Z调研, P视察Y, P前往…Y调研; P深入Y，调研… (the visit verb opening the next clause)."""
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    unplaced = None
    then = _verb_next(ctx, c, verbs)
    about = _about_pattern(ctx.cues("Visit", "about"), ctx.cues("Visit", "conduct"))
    for vs, ve, w in ctx.find(c.text, moves + verbs):
        if c.text.startswith(COME_TO_CALL, vs):
            continue      # 与来访的乙市委书记某某座谈: the guests' place, whence they come, no place gone to
        before = _next_to(c, persons, c.start + vs, c.start + ve, about if w in verbs else None)
        # (某某会见了来某区考察的某某一行: those received come, not the host: events.visit_guests reads them)
        before = [p for p in before if not any(r in c.between(p.end, c.start + vs)
                                               for r in ctx.cues("Meeting", "reception"))]
        if before and c.between(before[-1].end, c.start + vs).endswith(_ESCORTED_ENDS):
            # 某某一行在旗长某某陪同下到某旗调研: the one escorted goes, named before 在
            # (某某在甲，乙陪同下到…: the 在 and the one escorted in an earlier clause of the sentence)
            before = _escorted_in_clause(c, persons, before[-1]) or [
                p for p in [_escorted_across(ctx, c, c.start + vs)] if p is not None] or before
        elif not before and (escorted := _escorted_across(ctx, c, c.start + vs)) is not None:
            before = [escorted]
        if not before:
            continue
        if w in ctx.cues("Visit", "done_verb"):
            ve = past_perfective(c.text, ve)     # 一行参观了某博物馆, 考察了某园区: the aspect marker, then the places
        targets = chain_list(c, c.start + ve, ctx.frame.entities.parents, skip_unnamed=w in moves)
        rest_all = c.text[ve:] + then
        if not targets and w in moves:
            targets = _short_name(ctx, c, c.start + ve)
        if not targets and w in moves and (mod := _PLACE_MODIFIER.match(c.text, ve)) \
                and not any(c.start + ve <= m.start < c.start + mod.end() and m.end - m.start > 1 for m in c.mentions):
            # 到包联的某镇某村开展…: the place after what ties the visitor to it
            targets = chain_list(c, c.start + mod.end(), ctx.frame.entities.parents, skip_unnamed=True)
        if not targets and w in moves:
            # 前往某某联系点某县调研: a few words between the verb and the place
            # (深入党支部联系点某区某镇某村和某村，就…进行调研: the chain of places, the visit's verb in the clause after)
            later = [m for m in c.mentions if is_place(m) and c.start + ve < m.start <= c.start + ve + PLACE_GAP
                     and (c.between(m.end, c.end).startswith(verbs)
                          or (then and _chain_ends_clause(ctx, c, m)))]
            if later:
                targets = chain_list(c, later[0].start, ctx.frame.entities.parents)
        if not targets and w in verbs and (what := about.fullmatch(c.between(before[-1].end, c.start + vs))):
            # 某某一行对某街道某社区网格化工作进行调研: the places what the visit is about opens with are visited
            opened = before[-1].end + what.end(1)
            if any(m.start == opened and (is_place(m) or is_org(m)) for m in c.mentions):
                # (named from the visitor: 某某对全区统战工作进行调研)
                return before[-1], chain_list(c, opened, ctx.frame.entities.parents), before[-1].start, SOURCE, False
        if not targets:
            # (某某来、某某陪同调研: a name ending in the move's character, then a list, is no move)
            if w in moves and unplaced is None and any(v in rest_all for v in verbs) \
                    and rest_all[:1] not in LIST_MARKS:
                unplaced = (before[-1], [], c.start + vs, UNPLACED, False)
            elif w in verbs and unplaced is None and c.between(before[-1].end, c.start + vs).endswith(
                    ctx.cues("Visit", "leader")) and not ctx.text.startswith(WHILE, c.start + ve):
                # 某某带队检查: the leader of a group on a visit whose places the clause does not name
                # (named from the leader: 某某带队检查)
                unplaced = (before[-1], [], before[-1].start, UNPLACED, False)
            elif w in verbs and unplaced is None and (c.between(before[-1].end, c.start + vs).endswith(UNANNOUNCED)
                                                       or about.fullmatch(c.between(before[-1].end, c.start + vs))
                                                       or _CONDUCTED_NOW.fullmatch(c.between(before[-1].end,
                                                                                             c.start + vs))):
                # 某某暗访检查…工作: an unannounced inspection, its places named by the clauses after it;
                # 某某就全县安全生产工作进行调研: a visit by what it is about, too
                unplaced = (before[-1], [], before[-1].start, UNPLACED, False)
            elif w in verbs and unplaced is None and before[-1].end == c.start + vs \
                    and _escorting_before(c, before[-1]) and _WORK_OR_END.match(c.text, ve) \
                    and not (ctx.frame.article.title and c.sentence.index == 0):
                # 区长某某陪同省某厅副厅长某某调研(春耕生产工作): the one escorted visits, where his hosts govern (not a
                # headline's: the lead tells the visit)
                unplaced = (before[-1], [], before[-1].start, UNPLACED, False)
            elif w in verbs and unplaced is None and before[-1].end == c.start + vs and vs == c.text.find(w) \
                    and _WORK_OBJECT.match(c.text, ve) and not (ctx.frame.article.title and c.sentence.index == 0):
                # 县委书记某某现场调度城市更新项目建设情况, 市长某某调研重点项目建设情况: the work visited named, its
                # places in the clauses after it (else the visitor's own area); not a headline's (the lead tells it)
                unplaced = (before[-1], [], before[-1].start, UNPLACED, False)
            continue
        if w in moves:
            rest = c.between(targets[-1].end, c.end) + then
            # (某某一行到某镇开展…: a party going somewhere visits it, whatever it does there)
            if not then and not rest.startswith(verbs) and not any(v in rest for v in verbs) \
                    and w in ctx.cues("Visit", "move_needs_verb") \
                    and PARTY_SUFFIX not in c.between(before[-1].end, c.start + vs):
                continue
        return before[-1], targets, c.start + vs, SOURCE, _referenced(ctx, c, targets[-1].end)
    return unplaced


def _verb_next(ctx: EventContext, c: Clause, verbs: tuple[str, ...]) -> str:
    """The visit verb the next clause of the sentence opens with (某某带队深入某区部分企业，
    调研…, 实地察看…: the move's clause says where, the next what was done there), else ''."""
    k = c.index + 1
    if k >= len(ctx.frame.clauses):
        return ""
    nxt = ctx.frame.clauses[k]
    if nxt.sentence is not c.sentence:
        return ""
    ends = ctx.frame.doc.token_ends       # (the verb as a word: not 调研组, 考察团)
    # (after a word of manner: 实地察看, 一同考察)
    skip = next((len(w) for w in ctx.cues("Visit", "manner") if nxt.text.startswith(w)), 0)
    verb = next((v for v in verbs if nxt.text.startswith(v, skip) and nxt.start + skip + len(v) in ends), "")
    if not verb and (done := _conducted(ctx).fullmatch(nxt.text)):
        verb = done[1]       # 某某一行到某市，对该市…工作进行指导 (就…开展调研): what was done there
    if not verb and (done := _conducting(ctx.cues("Visit", "conduct"), verbs).match(nxt.text)):
        verb = done[1]       # 采访团来到某县，开展集中采访: the visit named by what is conducted there
    return verb


@lru_cache(maxsize=4)
def _conducting(conducts: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    """开展集中采访, 进行实地调研: a clause opened by conducting a visit of a kind (a few words, then its verb)."""
    return re.compile(f"(?:{'|'.join(conducts)})了?[^，。；]{{0,{CONDUCTING_GAP}}}?"
                      f"({'|'.join(map(re.escape, sorted(verbs, key=len, reverse=True)))})")


def _conducted(ctx: EventContext) -> re.Pattern:
    """A clause of what a visitor did, opened by what it is about (对…进行指导, 就…开展督导检查)."""
    return _conducted_pattern(ctx.cues("Visit", "about"), ctx.cues("Visit", "conduct"),
                              ctx.cues("Visit", "verb") + ctx.cues("Visit", "conducted"))


@lru_cache(maxsize=4)
def _conducted_pattern(abouts: tuple[str, ...], conducts: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern:
    # (对某企业进行了专题调研, 进行实地督导: the aspect and a few words of the visit's kind before its verb)
    return re.compile(f"(?:{'|'.join(abouts)})[^，。；：]{{1,{CONDUCTED_GAP}}}?(?:{'|'.join(conducts)})"
                      f"了?[\u4e00-\u9fff]{{0,{MAX_HOW_CONDUCTED}}}?"
                      f"((?:{'|'.join(map(re.escape, sorted(verbs, key=len, reverse=True)))})+)")


def _names_topic(ctx: EventContext, c: Clause, at: int, places: list[Mention]) -> bool:
    """The visit verb takes the places as part of what it studies (调研某山南麓水源保护工作):
    a word goes on right after the last place, which is no list word, visit verb or clause end."""
    if not c.between(at, places[0].start).endswith(ctx.cues("Visit", "verb")):
        return False
    rest = c.between(places[-1].end, c.end)
    return bool(rest) and is_han_char(rest[0]) and not rest.startswith(("、", "和", "及", "等") + ctx.cues("Visit", "verb")
                                                                    + ctx.cues("Visit", "referenced"))


def _referenced(ctx: EventContext, c: Clause, at: int) -> bool:
    """The visit verb after ``at`` goes on with 时的/时重要…, or what follows ``at`` is the visit's speech
    (考察某省重要讲话精神): a visit referred back to (来某省考察时的重要讲话精神), not one the report tells."""
    rest = c.between(at, c.end)
    verbs, cues = ctx.cues("Visit", "verb"), ctx.cues("Visit", "referenced")
    # (考察某省重要讲话精神: the speech of a visit referred back to, the place its object)
    return rest.startswith(cues) or any(rest.startswith(v + r) for v in verbs for r in cues)


def _visiting_at(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P在Y调研, P在调研…时 (the places, if any, named later in the tour)."""
    verbs = ctx.cues("Visit", "verb")
    ends = ctx.frame.doc.token_ends
    for vs, ve, w in ctx.find(c.text, verbs):
        i = c.text.rfind("在", 0, vs)
        if i < 0 or c.start + ve not in ends:
            continue        # (the verb as a word: not 在某市会见检查组一行, 检查组 a team)
        before = _next_to(c, persons, c.start + i, c.start + i + 1) or [
            p for p in persons if p.end < c.start + i and _ABOUT_TOPIC.fullmatch(c.between(p.end, c.start + i))][-1:]
        if not before:
            continue      # (省委书记某某就推进某某工作在某市调研: what the visit is about, between him and 在)
        places = chain_list(c, c.start + i + 1, ctx.frame.entities.parents) if i + 1 < vs else []
        if i + 1 < vs and (not places or (c.start + vs - places[-1].end > AT_GAP
                                          and not _conducts_a_visit(ctx, c, places[-1].end)
                                          and not _about_then_visit(ctx, c, places[-1].end, c.start + ve))):
            continue        # (P在Y开展某某专题调研: the verb of conducting, what is done, the visit's verb;
            #                  P在Y就某某工作进行调研: what it is about, then those)
        after = c.text[ve:]
        referenced = after.startswith(ctx.cues("Visit", "referenced")) or \
            any(after.startswith(v + r) for v in verbs for r in ctx.cues("Visit", "referenced")) or \
            any(r.startswith(WHILE) and r in after for r in ctx.cues("Visit", "referenced"))
        # (传达学习某某在某县调研某某工作时的讲话精神: the speech given on a visit referred back to, what it
        # studied between the verb and 时的)
        return before[-1], places, c.start + i, AT_SOURCE, referenced
    return None


def _led(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P率某某代表团来Y考察: the one who leads the group is the visitor."""
    for ls, le, w in ctx.find(c.text, ctx.cues("Visit", "lead")):
        before = _next_to(c, persons, c.start + ls, c.start + le)
        if not before:
            continue
        window = c.text[le:le + LEAD_WINDOW]
        for ms, me, m in ctx.find(window, ctx.cues("Visit", "move") + ctx.cues("Visit", "arrive")):
            places = chain_list(c, c.start + le + me, ctx.frame.entities.parents)
            if not places and (mod := _PLACE_MODIFIER.match(c.text, le + me)) \
                    and not any(c.start + le + me <= x.start < c.start + mod.end() and x.end - x.start > 1
                                for x in c.mentions):     # (援藏: a one-character abbreviation may stand in it)
                # 率某市考察团赴对口援藏的某县考察: the place after what ties the group to it
                places = chain_list(c, c.start + mod.end(), ctx.frame.entities.parents)
            if places:
                return before[-1], places, c.start + ls, LED_SOURCE, False
            if m in ctx.cues("Visit", "move") and c.end - (c.start + le + me) <= LEAD_WINDOW \
                    and _verb_next(ctx, c, ctx.cues("Visit", "verb")):
                # P带领调研组深入部分乡镇，对全县…工作进行调研: gone where no place is named, the next clause the visit
                return before[-1], [], c.start + ls, UNPLACED, False
        # P率某某视察组在甲、乙两市视察: the places after 在, a visit verb right after them
        at = window.find("在")
        places = chain_list(c, c.start + le + at + 1, ctx.frame.entities.parents) if at >= 0 else []
        if places and (any(c.text.startswith(ctx.cues("Visit", "verb"), places[-1].end - c.start + k)
                           for k in range(AT_GAP + 1)) or _conducts_a_visit(ctx, c, places[-1].end)):
            # (在某州开展…执法检查: the verb of conducting, then what is done, a visit's verb at its end)
            return before[-1], places, c.start + ls, LED_SOURCE, False
        if c.end - (c.start + le) <= LEAD_WINDOW and c.index + 1 < len(ctx.frame.clauses):
            # P带领部分委员，视察某区…: the group ends the clause, the next opens with the visit's verb
            nxt = ctx.frame.clauses[c.index + 1]
            verb = next((v for v in ctx.cues("Visit", "call_on") + ctx.cues("Visit", "verb") + ("在",)
                         if nxt.text.startswith(v)), None)
            if verb is not None and nxt.sentence.index == c.sentence.index:
                places = chain_list(nxt, nxt.start + len(verb), ctx.frame.entities.parents)
                if verb in ctx.cues("Visit", "call_on"):
                    places = [m for m in places if is_place(m)]     # (驻川部队: whom, not where)
                if places and (verb != "在" or _conducts_a_visit(ctx, nxt, places[-1].end)):
                    return before[-1], places, c.start + ls, LED_SOURCE, False     # (，在某州开展…检查)
                if not places and verb in ctx.cues("Visit", "call_on"):
                    # P带领某某，走访慰问驻某部队: calling on those named, where the leader is (named by the
                    # clause of the call)
                    return before[-1], [], nxt.start, UNPLACED, False
        # P率部分委员视察某区…, P带领调研组检查…: the leader visits what the verb names; where the
        # text names no place there, the leader's own area (as P深入企业调研)
        ends = ctx.frame.doc.token_ends
        for vs, ve, v in ctx.find(window, ctx.cues("Visit", "verb")):
            end = c.start + le + ve
            if end not in ends or ctx.text[end:end + 1] in GROUP_ENDS or ctx.text.startswith(WHILE, end):
                continue      # (视察组, 调研团: the group's name; 调研时: what was said on it)
            places = chain_list(c, end, ctx.frame.entities.parents)
            return before[-1], places, c.start + ls, LED_SOURCE if places else UNPLACED, False
    return None


def _called_on(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P走访慰问驻某部队官兵, P看望慰问困难党员: a person right before a verb of calling on whom the visit is to
    (no place after the verb: the visitor's own area, as P深入企业调研)."""
    if ctx.frame.article.title and c.sentence.index == 0:
        return None     # (a headline's call on people: the body tells where it went)
    starts = ctx.frame.doc.token_starts
    later = [cl for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index > c.index]
    if any(ctx.find(cl.text, ctx.cues("Visit", "move")) and any(is_place(m) for m in cl.mentions) for cl in later):
        return None     # (…走访慰问困难群众，来到某县…: the visit's places are named after, where it goes)
    for vs, ve, _w in ctx.find(c.text, ctx.cues("Visit", "call_on")):
        if c.start + vs not in starts or ctx.find(c.text[:vs], ctx.cues("Event", "attendee")) \
                or c.text.startswith(CALL_EVENT, ve) or past_perfective(c.text, ve) < len(c.text) \
                and c.text.startswith(_THOSE_ATTENDING, past_perfective(c.text, ve)):
            continue    # (参加慰问活动: taking part in one, the event's noun; 看望与会同志: greeting a meeting's)
        before = _next_to(c, persons, c.start + vs, c.start + ve)
        if before and is_han_char(c.text[ve:ve + 1]):
            at = past_perfective(c.text, ve)     # 走访慰问了某镇某村的…
            places = [m for m in chain_list(c, c.start + at, ctx.frame.entities.parents) if is_place(m)]
            return before[-1], places, c.start + vs, SOURCE if places else UNPLACED, False
    return None


_THOSE_ATTENDING = "与会"     # 看望与会同志并讲话: those at the meeting told, greeted there (no visit)


def _greets_a_team(ctx: EventContext, c: Clause) -> bool:
    """The clause calls on a visiting group (看望检查组, 慰问督导组一行): hosts greeting the team."""
    said = c.text.rstrip("。，；")
    groups = tuple(g for g in ctx.cues("Visit", "group") if g not in _STAYING_GROUPS)
    return any(said.endswith(groups, ve) for _vs, ve, _w in ctx.find(c.text, ctx.cues("Visit", "call_on")))


# groups that stay where they work (看望驻村工作组: a visit to them there), and the bare party word
_STAYING_GROUPS = frozenset({"工作组", "一行", "专家组", "宣讲团", "慰问团"})


def _conducts_a_visit(ctx: EventContext, c: Clause, at: int, anywhere: bool = False) -> bool:
    """在某州 | 开展《某法》实施情况执法检查: right after the place (``anywhere``: after what is studied there,
    对全区统战工作 | 进行调研), a verb of conducting, and the clause ending in a visit's verb (检查, 调研, 督查)."""
    rest = ctx.text[at:c.end].rstrip("。；，")
    conducts = ctx.cues("Visit", "conduct")
    return (bool(ctx.find(rest, conducts)) if anywhere else rest.startswith(conducts)) \
        and rest.endswith(ctx.cues("Visit", "verb") + ctx.cues("Visit", "conducted"))


def _about_then_visit(ctx: EventContext, c: Clause, at: int, verb_end: int | None = None) -> bool:
    """在某县 | 就老旧小区改造进行调研: right after the place, what the visit is about (就, 对, 围绕 …), a verb of
    conducting, and the visit's verb (ending at ``verb_end``, where given)."""
    found = _conducted(ctx).match(ctx.text, at, c.end)
    return found is not None and (verb_end is None or found.end() == verb_end)


def _pronoun_locative(ctx: EventContext, c: Clause):
    """在Y，他察看…: the place of the clause before, the person named last in the paragraph."""
    if c.locative is None or not is_place(c.locative):
        return None
    rest = c.text[c.locative.end - c.start:].lstrip("，, ") if c.locative.end >= c.start else c.text
    pronoun = next((p for p in ctx.cues("Event", "pronoun") if rest.startswith(p)), None)
    if pronoun is None:
        return None
    rest = rest[len(pronoun):]
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    if not any(rest.startswith(v) or v in rest[:LOCATIVE_WINDOW] for v in verbs + moves):
        return None
    person = _last_person(ctx, c)
    if person is None:
        return None
    return person, [c.locative], max(c.start, c.locative.end), SOURCE, False


def _pronoun_moved(ctx: EventContext, c: Clause):
    """他先后来到甲、乙、丙: the person named last in the paragraph goes to the places named."""
    rest = c.text.lstrip("，, ")
    pronoun = next((p for p in ctx.cues("Event", "pronoun") if rest.startswith(p)), None)
    if pronoun is None:
        return None
    at = c.start + len(c.text) - len(rest) + len(pronoun)
    _moved_at, places = _places_moved_to(ctx, c, at, ctx.cues("Visit", "manner"))
    person = _last_person(ctx, c) if places else None
    if person is None:
        return None
    return person, places, at, SOURCE, False


def _led_then_moved(ctx: EventContext, c: Clause):
    """某某带队，到某医院开展…: the leader of the clause before, which ends with leading (``leader`` in
    event_cues.tsv), goes to the places the move opening this clause names, to do what it says."""
    if not c.index:
        return None
    prev = ctx.frame.clauses[c.index - 1]
    persons = [m for m in prev.mentions if m.label == "Person"]
    if prev.sentence is not c.sentence or not persons:
        return None
    # (某某带队，…; 某某带领某办人员，深入到…: the clause before ends with leading, or names whom the person leads;
    # 某某带领甲、乙副主任，深入…: the leader the first before 带领, those led named after him)
    leading = [p for p in persons if _leads(ctx, prev, p)][:1]
    after = prev.between((leading or persons)[-1].end, prev.end)
    escorted = _escorted_visitor(ctx, prev, persons)
    if escorted is not None:
        persons = [escorted]     # (某某在局长某某的陪同下，前往某校，实地检查: the one escorted goes)
    elif leading and not ctx.find(after, ctx.cues("Visit", "move") + ctx.cues("Visit", "verb")):
        persons = leading
    elif prev.text.rstrip("，, ").endswith(PARTY_SUFFIX) and (
            not (between := prev.between(persons[-1].end, prev.end).rstrip("，, ")[:-len(PARTY_SUFFIX)].strip("等"))
            or _LED_GROUP.fullmatch(between)):
        # (由某某带队的调研组一行，就…进行调研: the group he leads, named after him)
        # 市委副书记甲，市人大常委会副主任乙，市政协副主席丙一行，深入某县、某市，看望慰问…: the party the list names
        # goes; the first named leads (the others go with him, read with the visit), or one who leads them (甲率乙，丙一行)
        leader = next((p for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index
                       for p in cl.mentions if p.label == "Person" and _leads(ctx, cl, p)), None)
        persons = [leader] if leader is not None else leaders_listed(ctx, prev, persons[-1], prev.end)[:1] or persons[-1:]
    elif (companion := next((p for p in persons if p.start >= ctx.name_start(prev) and _COMPANY.fullmatch(
            prev.between(p.end, prev.end).rstrip("，, "))), None)) is not None:
        persons = [companion]    # 某某与某局负责人一道，先后深入到甲乡、乙镇…: the one named first goes, with them
    elif not prev.text.endswith(ctx.cues("Visit", "leader")):
        return None
    at, places = _places_moved_to(ctx, c, c.start, ctx.cues("Visit", "manner") + ctx.cues("Visit", "onward"))
    rest = c.between(places[-1].end, c.end) if places else ""
    verbs = ctx.cues("Visit", "verb")
    if not places and escorted is not None and c.text.startswith(AT):
        # 某某在某某的陪同下，在某县就某某工作进行调研: the one escorted visits where this clause is set
        places = chain_list(c, c.start + len(AT), ctx.frame.entities.parents)
        if places and (c.between(places[-1].end, c.end).startswith(verbs) or _conducts_a_visit(ctx, c, places[-1].end)
                       or _about_then_visit(ctx, c, places[-1].end)):
            return persons[-1], places, c.start, SOURCE, False
        return None
    if not places:
        return _led_then_conducted(ctx, c, persons[-1])
    if not (any(v in rest for v in verbs) or ctx.find(rest, ctx.cues("Visit", "conduct")) or _verb_next(ctx, c, verbs)):
        return None
    return persons[-1], places, at, SOURCE, False


def _body_moved(ctx: EventContext, c: Clause):
    """太湖县民政局相关负责人一行到某镇某村走访慰问脱贫户: a body's people, unnamed, go (the body the visitor, and its
    organiser), to the places the move names, to do what the clause says."""
    ns = ctx.name_start(c)
    body = next((m for m in c.mentions if m.start == ns and is_org(m)), None)
    if body is None or body.attr("anaphor"):
        return None     # (督导组一行先后来到… after its leader's visit: the group named again goes on with that one)
    sent = _BODYS_PEOPLE.match(ctx.text, body.end)
    at, places = _places_moved_to(ctx, c, sent.end(), ctx.cues("Visit", "manner") + ctx.cues("Visit", "onward"))
    verbs = ctx.cues("Visit", "verb")
    if not places or not sent.group(1) and not sent.group(2) or not (
            any(v in c.between(places[-1].end, c.end) for v in verbs) or _verb_next(ctx, c, verbs)):
        return None     # (某局到某村: a body's name and a move, no one said to go; 某局一行 … 走访: its people do)
    return body, places, at, SOURCE, False


def _led_then_conducted(ctx: EventContext, c: Clause, leader: Mention):
    """某某带领某局、某专家组，对某公司储罐区进行了突击安全检查: the clause after the leading one opens with what the
    visit is about and ends with its verb; the places it opens with are visited (none: the visit's places unnamed)."""
    about = _about_pattern(ctx.cues("Visit", "about"), ctx.cues("Visit", "conduct"))
    for vs, _ve, _w in ctx.find(c.text, ctx.cues("Visit", "verb")):
        what = about.fullmatch(c.text, 0, vs)
        if what is None:
            continue
        opened = c.start + what.end(1)
        if any(m.start == opened and (is_place(m) or is_org(m)) for m in c.mentions):
            return leader, chain_list(c, opened, ctx.frame.entities.parents), c.start + vs, SOURCE, False
        return leader, [], c.start + vs, UNPLACED, False
    return None


def _under_leadership(ctx: EventContext, c: Clause):
    """在县委副书记某某的带领下，部分县人大代表对我县重点项目进行集中视察: the leader named in the clause before visits
    the place this clause names (the first, 我县 too), with those it names doing the visiting."""
    if not c.index:
        return None
    prev = ctx.frame.clauses[c.index - 1]
    said = prev.text.rstrip("，, ")
    persons = [m for m in prev.mentions if m.label == "Person"]
    if prev.sentence is not c.sentence or not persons or not said.endswith(_LED_ENDS) \
            or AT not in said[:persons[0].start - prev.start]:
        return None      # (在某某的带领下, 某代表团在市领导甲、乙的带领下: 在 before the leaders)
    verbs = ctx.cues("Visit", "verb")
    found = ctx.find(c.text, verbs)
    if not found:
        return None
    # (在市领导甲、乙、丙的带领下，走访了某区政府: the first named leads; the body called on is where it went)
    after = past_perfective(c.text, found[0][1])
    called = [m for m in chain_list(c, c.start + after, ctx.frame.entities.parents) if is_place(m) or is_org(m)]
    # else named by the clause (部分县人大代表对我县重点项目进行集中视察), where the leader's body is (the clause's place is
    # what was looked at, often its own: 对我县重点项目)
    return persons[0], called, c.start, SOURCE, False


_LED_ENDS = ("带领下", "的带领下", "率领下", "的率领下")     # 在某某(的)带领下: led by the person named in it


def _chain_ends_clause(ctx: EventContext, c: Clause, first: Mention) -> bool:
    """The chain or list of places opening at ``first`` runs to the end of clause ``c``."""
    places = chain_list(c, first.start, ctx.frame.entities.parents)
    return bool(places) and not c.between(places[-1].end, c.end).strip("。，；")


def _escorting_before(c: Clause, visitor: Mention) -> bool:
    """某某陪同 | 省某厅副厅长 | 某某: a verb of escorting between a person named before the visitor and the
    visitor's posts, in the clause."""
    hosts = [m for m in c.mentions if m.label == "Person" and m.end <= visitor.start]
    return bool(hosts) and c.between(hosts[-1].end, visitor.start).startswith(ESCORT_VERB)


def _escorted_in_clause(c: Clause, persons: list[Mention], escort: Mention) -> list[Mention]:
    """The person named before the 在 that opens the escort (某某一行在某某陪同下): the one escorted."""
    at = c.text.rfind(AT, 0, escort.start - c.start)
    return _named_before_at(c, persons, at) if at >= 0 else []


def _leads(ctx: EventContext, c: Clause, person: Mention) -> bool:
    """A lead word (带领, 率领) right after ``person`` in clause ``c``: he leads those named after it."""
    return c.between(person.end, c.end).startswith(ctx.cues("Visit", "lead"))


def _led_by(ctx: EventContext, c: Clause, leader: Mention) -> list[Mention]:
    """The persons named after ``leader`` and a lead word (带领, 率领) in his clause of ``c``'s sentence."""
    clause = next((cl for cl in ctx.frame.by_sentence.get(c.sentence.index, [])
                   if cl.start <= leader.start < cl.end and cl.index < c.index), None)
    if clause is None or not _leads(ctx, clause, leader):
        return []
    return [m for m in clause.mentions if m.label == "Person" and m.start > leader.end]


def _party_after(ctx: EventContext, c: Clause, leader: Mention) -> list[Mention]:
    """The persons named after ``leader`` in the clauses of ``c``'s sentence before it, where the clause right
    before ``c`` closes the party (…丙一行，深入…)."""
    prev = ctx.frame.clauses[c.index - 1] if c.index else None
    if prev is None or prev.sentence is not c.sentence or not prev.text.rstrip("，, ").endswith(PARTY_SUFFIX):
        return []
    return [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index
            for m in cl.mentions if m.label == "Person" and m.start > leader.end]


def _escorted_across(ctx: EventContext, c: Clause, at: int) -> Mention | None:
    """某某在市委常委甲，副市长乙，…以及某县委书记丙等领导的陪同下到某镇调研: the escort names a list that runs
    over clauses; the one escorted is named before the 在 that opens it, in an earlier clause of the sentence."""
    if not c.between(c.start, at).rstrip("，, ").endswith(_ESCORTED_ENDS):
        return None
    for cl in reversed(ctx.frame.clauses[:c.index + 1]):
        if cl.sentence is not c.sentence:
            break
        persons = [m for m in cl.mentions if m.label == "Person"]
        limit = at - cl.start if cl is c else len(cl.text)
        k = cl.text.rfind(AT, 0, limit)
        while k >= 0:
            escorted = _named_before_at(cl, persons, k)
            if escorted:
                return escorted[0]
            k = cl.text.rfind(AT, 0, k)
    return None


def _named_before_at(c: Clause, persons: list[Mention], at: int) -> list[Mention]:
    """The person named right before clause offset ``at`` (where 在 opens an escort), or before 一行 there."""
    return [p for p in persons if p.end - c.start <= at and c.between(p.end, c.start + at).strip() in _PARTY_BEFORE_AT][-1:]


_PARTY_BEFORE_AT = ("", "一行", "等", "等一行")     # 某某一行在…陪同下


def _escorted_visitor(ctx: EventContext, prev: Clause, persons: list[Mention]) -> Mention | None:
    """The person of a clause that ends 在某某(的)陪同下 (副区长某某在局长某某的陪同下): the one escorted, named before 在."""
    said = prev.text.rstrip("，, ")
    if not said.endswith(_ESCORTED_ENDS):
        return None
    at = said.find(AT)
    escorted = _named_before_at(prev, persons, at) if at > 0 else []
    return escorted[0] if escorted else None


# what a visit verb right after the visitor studies, closing the clause (重点项目建设情况, 安全生产工作)
_WORK_OBJECT = re.compile(r"[\u4e00-\u9fff“”]{2,24}?(?:情况|工作|进展|进度)$")
_WORK_OR_END = re.compile(f"(?:{_WORK_OBJECT.pattern.removesuffix('$')})?[。；]?$")   # 调研(春耕工作)。: that, or none
_ABOUT_TOPIC = re.compile(r"(?:专门|专程|近日)?(?:就|围绕)[^，。；：、]{1,24}")    # 就推进某某工作: what it is about
_ESCORTED_ENDS = ("陪同下", "的陪同下", "等陪同下")     # 在某某(等)的陪同下: those named in it go with the visitor


def _places_moved_to(ctx: EventContext, c: Clause, at: int, openers: tuple[str, ...]) -> tuple[int, list[Mention]]:
    """Where the move word at ``at`` (after one of ``openers``: 先后, 随即 …) stands, and the places it goes to
    (他先后来到甲、乙); no places where no move word stands there."""
    at += next((len(w) for w in openers if ctx.text.startswith(w, at)), 0)
    move = next((w for w in ctx.cues("Visit", "move") if ctx.text.startswith(w, at)), None)
    if move is None:
        return at, []
    end = at + len(move)
    further = next((w for w in ctx.cues("Visit", "move") if ctx.text.startswith(w, end)), "")
    if further and not chain_list(c, end, ctx.frame.entities.parents, skip_unnamed=True):
        end += len(further)      # 深入到某镇: two words of going
    return at, chain_list(c, end, ctx.frame.entities.parents, skip_unnamed=True)


_PARTY_BODY = "PartyOrganization"
_WITH_ENTOURAGE = ("和随行的", "与随行的", "及随行的")   # 甲和随行的某某乙来到…: 甲 visits, 乙 goes with him


# a body's Party group or committee, inside the body (body_parts.tsv: 某局党组, 某厅机关党委)
_PARTY_PARTS = tuple(part for part, cls in read_table("body_parts.tsv") if cls == _PARTY_BODY)


def _whole_body(ctx: EventContext, org: Mention | None) -> Mention | None:
    """The body whose Party group (某局党组) the visitor's first post is in: the body visits (某局党组书记、局长某某带队
    赴某区调研: the bureau's visit, not its Party group's)."""
    if org is None or org.label != _PARTY_BODY or not org.canonical.endswith(_PARTY_PARTS):
        return org
    whole = ctx.located.get(org.key)
    ent = ctx.frame.entities.entities.get(whole) if whole else None
    if ent is None or ent.type not in ORG_CLASSES or ent.type == _PARTY_BODY or not org.canonical.startswith(ent.label):
        return org
    return Mention(org.article_id, org.start, org.end, org.text, ent.type, ent.label, whole, org.sentence)


def _listed_with(c: Clause, agent: Mention, before: Clause | None = None) -> list[Mention]:
    """县委书记甲、县长乙到某校检查: the persons listed with the visitor, before it (with their posts),
    go with the visitor; so does one a clause of its sentence before names alone with a post (省委书记甲，
    省委副书记、省长乙率代表团赴某省考察)."""
    out: list[Mention] = []
    if agent.start < c.start:
        return out      # (甲在乙，丙，丁等的陪同下到…: the one escorted, named clauses before, goes with no list of his own)
    end = agent.start
    for m in reversed([m for m in c.mentions if m.end <= agent.start]):
        gap = c.between(m.end, end)
        if m.label in ("Role", "Post") or (m.label in AGENT_OR_POST and not gap):
            end = m.start       # (a post and its body written before a name)
            continue
        if m.label != "Person" or (gap not in LIST_JOINS and gap not in _WITH_ENTOURAGE and not (
                gap[:1] in LIST_JOINS and (unit_before_post(gap) or gap[1:] in _BARE_BODIES))):
            break       # (甲、刑一庭庭长乙, 甲、党委副书记乙: a department's short name or a bare body before the post;
            #             甲和随行的秘书长乙: the one he travels with)
        out.insert(0, m)
        end = m.start
    if before is not None and before.sentence.index == c.sentence.index and not c.between(c.start, end) \
            and (named := _named_alone(before)) is not None:
        out.insert(0, named)
    return out


def _named_alone(c: Clause) -> Mention | None:
    """The person clause ``c`` names and nothing else but the posts and bodies before the name (省委书记甲，)."""
    people = [m for m in c.mentions if m.label == "Person"]
    if len(people) != 1 or people[0].end != c.end - len(c.text) + len(c.text.rstrip("，、 ")):
        return None
    covered = {k for m in c.mentions if m.label in ("Role", "Post", "Person") or m.label in AGENT_OR_POST
               for k in range(m.start, m.end)}
    rest = [k for k in range(c.start, people[0].end) if k not in covered]
    return people[0] if not rest else None


def _last_person(ctx: EventContext, c: Clause) -> Mention | None:
    """Whom 他/她 before clause ``c`` refers to: the person a clause of its paragraph last opened
    with, else the person named last there (某某与群众某某一家拉家常。…，他走进…: the visitor, not
    the villager named after 与)."""
    paragraph = c.sentence.paragraph
    before = [cl for cl in reversed(ctx.frame.clauses[:c.index]) if cl.sentence.paragraph == paragraph]
    subject = next((cl.subjects[0] for cl in before if cl.subjects and cl.subjects[0].label == "Person"), None)
    return subject or next((m for cl in before for m in reversed(cl.mentions) if m.label == "Person"), None)


def _locative(ctx: EventContext, c: Clause):
    """在Y，P走进/察看…: the place of the clause before, the person of this one."""
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    if c.locative is None or not is_place(c.locative):
        return None
    person, end = (c.subjects[0], c.subject_end) if c.subjects and c.subjects[0].label == "Person" \
        else _after_posts(ctx, c)
    if person is not None:
        rest = c.between(end, c.end)
        if any(rest.startswith(v) or v in rest[:LOCATIVE_WINDOW] for v in verbs + moves):
            return person, [c.locative], end, SOURCE, False
    return None


def _after_posts(ctx: EventContext, c: Clause) -> tuple[Mention | None, int]:
    """在某村，县委书记某某察看了…: the person the clause opens with after posts and bodies only (the
    clause's reading names no subject there), and where the person ends; a body's short form no place
    was found for (县委) may stand among them."""
    at = ctx.name_start(c)
    for m in sorted(c.mentions, key=lambda m: m.start):
        if m.end <= at:
            continue
        gap = ctx.text[at:m.start]
        if gap and gap not in _BARE_BODIES:
            break
        if m.label == "Person":
            return m, m.end
        if m.label not in ("Role", "Post") and m.label not in AGENT_OR_POST:
            break
        at = max(at, m.end)
    return None, 0
    return None


def _group_visit(ctx: EventContext, c: Clause) -> Candidate | None:
    """会后，与会人员实地观摩了X和Y, 与会人员先后观摩了X、Y: a visit of those at the event just named."""
    head = ctx.sentence_head(c)
    goers = c.text.startswith(MEETING_GOERS)
    if not any(w in head for w in ctx.cues("Event", "sameday")) and not goers:
        return None
    if not goers and any(m.label == "Person" for cl in ctx.frame.by_sentence.get(c.sentence.index, [])
                         if cl.index <= c.index for m in cl.mentions):
        return None     # (同日，某某带队巡河，实地察看某江: the person's own visit, not those at an event)
    for vs, ve, w in ctx.find(c.text, ctx.cues("Visit", "verb")):
        at = c.start + past_perfective(c.text, ve)
        places = chain_list(c, at, ctx.frame.entities.parents)
        if places:
            when, relative, vague = ctx.when(c, c.start + vs)
            if not when and not relative:
                relative = ("same",)      # (与会人员先后观摩了…: on the day of the event they are at)
            ev = Candidate("Visit", ctx.text[c.start + vs:places[-1].end], c.sentence, c.start + vs,
                           places[-1].end, c.index, GROUP_SOURCE, SCORE, when, relative, vague, needs_previous=True)
            ev.slots.append(("place", places[0]))
            return ev
    return None


def _organized(ctx: EventContext, c: Clause) -> Candidate | None:
    """某市人大常委会组织部分市人大代表视察某镇…, 某市政协组织委员深入某镇开展调研: a body sends its deputies
    or members on a visit; the body organises it, the places after the verb are where it goes."""
    goes = ctx.cues("Visit", "move") + ctx.cues("Visit", "verb")
    for ss, se, _w in ctx.find(c.text, ctx.cues("Visit", "sponsor")):
        body = next((m for m in c.mentions if is_org(m) and m.end == c.start + ss), None)
        if body is None or any(m.start <= c.start + ss < m.end for m in c.mentions):
            continue      # (某县委组织部深入某镇: the sponsor's word inside a body's name)
        # (…组织部分人大代表，赴某市…: the verb may open the sentence's next clause)
        nxt = ctx.frame.clauses[c.index + 1] if c.index + 1 < len(ctx.frame.clauses) else None
        spans = [(c, c.start + se, c.text[se:se + ORGANIZED_WINDOW])]
        if nxt is not None and nxt.sentence.index == c.sentence.index and nxt.text.startswith(goes):
            spans.append((nxt, nxt.start, nxt.text[:ORGANIZED_WINDOW]))   # (not 由某部组织，采访团赴…: the group's)
        found = next(((cl, base + vs, base + ve) for cl, base, window in spans
                      for vs, ve, _v in ctx.find(window, goes)), None)
        about = _conducted(ctx).search(c.text, se, min(len(c.text), se + ORGANIZED_WINDOW + CONDUCTED_GAP))
        by_about = found is None and about is not None and about.start() - se <= ORGANIZED_WINDOW
        if by_about:
            # 组织部分人大代表就某某工作开展视察活动: what the visit is about, then the verb of conducting it
            found = (c, c.start + about.start(1), c.start + about.end(1))
        if found is None:
            continue
        cl, start, end = found
        at = past_perfective(ctx.text, end)
        at = next((t.end for t in cl.times if t.start == at), at)     # (视察2022年全县民生实事项目: the year, then)
        places = [m for m in chain_list(cl, at, ctx.frame.entities.parents) if is_place(m)]
        guessed = False
        if not places and (own := ctx.place_of(body)) is not None \
                and (by_about or ctx.text[end:end + 1] not in _CLAUSE_END):
            # 某县人大常委会组织代表视察重点项目: what is visited named, no place: the body's own area
            places, guessed = [own], True
        if places:
            when, relative, vague = ctx.when(c, start)
            ev = Candidate("Visit", ctx.text[start:cl.end].rstrip("。，；"), c.sentence, start, cl.end, c.index,
                           ORGANIZED_SOURCE, SCORES[GROUP_SOURCE], when, relative, vague)
            ev.slots += [("organizer", body), ("place", places[0])] + [("visited", p) for p in places]
            ev.place_guessed = guessed
            return ev
    return None


_CLAUSE_END = "，。；：！？"


# -- groups: 某某采访团到某区调研, 由某某带队…组成的考察团来某市, 某某会见来某省调研的考察团 ------------
def _party(ctx: EventContext, c: Clause) -> Candidate | None:
    """A visiting group goes to a place: 某某代表团到某县考察, 由某某带队…组成的采访团赴某市
    采访. The visitor is the group's leader where the sentence names one (由某某带队,
    以某某为团长), else the group; the body that sends it (由某部牵头) organises the visit."""
    moves = ctx.cues("Visit", "move")
    verbs = ctx.cues("Visit", "verb") + ctx.cues("Visit", "group_verb")
    # (某某代表团在某县某镇考察了…: 在 and the places, the visit verb right after them, as a move)
    spots = ctx.find(c.text, moves) + [(m.start(), m.end(), AT) for m in re.finditer(AT, c.text)]
    for vs, ve, w in spots:
        group = _group_before(ctx, c, c.start + vs)
        if group is None:
            continue
        targets = _places_at(ctx, c, c.start + ve)
        if not targets or not (any(v in c.between(targets[-1].end, c.end) for v in verbs)
                               or _verb_next(ctx, c, verbs)):
            continue
        if w == AT and not c.between(targets[-1].end, c.end).startswith(ctx.cues("Visit", "verb")):
            continue
        leader = _leader(ctx, c, c.start + vs)
        name = group if isinstance(group, Mention) else _named_group(ctx, group)
        body = _body_of_group(c, c.start + c.text.rfind(group, 0, vs)) \
            if name is None and leader is None and isinstance(group, str) else None
        name = name or body
        if leader is None and name is not None:
            leader = _group_leader(ctx, name, c.start)
        agent = leader or name
        if agent is None:
            continue
        when, relative, vague = ctx.when(c, c.start + vs)
        label = ctx.text[c.start:c.end] if name is None else ctx.text[body.start:c.end] if body is not None \
            else ctx.named(name) + ctx.text[c.start + vs:c.end]
        ev = Candidate("Visit", label,
                       c.sentence, c.start + vs, c.end, c.index, PARTY_SOURCE, SCORES[PARTY_SOURCE],
                       when, relative, vague, merge_visits=True)
        ev.slots.append(("agent", agent))
        if leader is not None and name is not None:
            ev.slots.append(("attendee", name))
        sponsor = _sponsor(ctx, c, c.start + vs)
        org = sponsor or (ctx.post_org(leader) if leader is not None else None)
        if org is not None:
            ev.slots.append(("organizer", org))
        ev.slots.append(("place", _area(c, targets[0])))
        # (a group's stops too: the visit its leader is on takes them; only a person's are facts)
        ev.slots += [("visited", p) for p in _with_outer(c, targets, ctx.frame.entities)]
        return ev
    return None


def _guests(ctx: EventContext, c: Clause, persons: list[Mention]) -> Candidate | None:
    """某某会见了来某省调研的某某考察团 / 以某某为团长的某某代表团一行: the guests visit. Where
    the text names no place they came to, it is where they were received (the host's area)."""
    for rs, re_, _ in ctx.find(c.text, ctx.cues("Meeting", "reception")):
        hosts = [p for p in persons if p.end <= c.start + rs]
        if not hosts:
            continue
        after = c.start + re_
        group = next((m for m in c.mentions if m.start >= after and _is_group(ctx, m)), None)
        guest_party = [p for p in persons if p.start >= after
                       and c.between(p.end, c.end).startswith(ctx.cues("Visit", "group"))]
        leader = _leader(ctx, c, c.end, after) or (guest_party[0] if guest_party else None) \
            or _leading_guest(ctx, c, persons, after)
        agent = leader or group
        if agent is None:
            continue
        came = _came_to(ctx, c, after, agent.start)
        guessed = came is None
        place = came or _received_in(ctx, c, hosts[-1])
        if place is None:
            continue
        when, relative, vague = ctx.when(c, c.start + rs)
        # named by the guests as the report names them (某某代表团一行; 来某省调研的某某考察团)
        label = ctx.text[after:c.end].lstrip("了")
        ev = Candidate("Visit", label, c.sentence, after, c.end, c.index, GUESTS_SOURCE, SCORES[GUESTS_SOURCE],
                       when, relative, vague, merge_visits=True)
        ev.place_guessed = guessed
        ev.slots.append(("agent", agent))
        if leader is not None and group is not None:
            ev.slots.append(("attendee", group))
        ev.slots.append(("place", place))
        if agent.label == "Person":
            ev.slots.append(("visited", place))
        return ev
    return None


def _come_to_call(ctx: EventContext, c: Clause, persons: list[Mention]) -> Candidate | None:
    """市长甲与来访的乙市委书记乙座谈: the guest named after 来访的 visits where the host named before it is."""
    at = c.text.find(COME_TO_CALL)
    if at < 0:
        return None
    hosts = [p for p in persons if p.end <= c.start + at]
    guests = [p for p in persons if p.start >= c.start + at + len(COME_TO_CALL)]
    if not hosts or not guests:
        return None
    place = _received_in(ctx, c, hosts[-1])
    if place is None:
        return None
    start = c.start + at + len(COME_TO_CALL)
    when, relative, vague = ctx.when(c, start)
    ev = Candidate("Visit", ctx.text[start:guests[0].end], c.sentence, start, c.end, c.index, GUESTS_SOURCE,
                   SCORES[GUESTS_SOURCE], when, relative, vague, merge_visits=True)
    ev.place_guessed = True
    ev.slots += [("agent", guests[0]), ("place", place), ("visited", place)]
    return ev


def _calling(ctx: EventContext, c: Clause, persons: list[Mention]) -> Candidate | None:
    """某集团董事长甲一行拜会某市委书记乙: the guest visits where the host is (his post's area)."""
    for vs, ve, _w in ctx.find(c.text, ctx.cues("Meeting", "call_on")):
        guests = [p for p in persons if p.end <= c.start + vs]
        hosts = [p for p in persons if p.start >= c.start + ve]
        if not guests or not hosts:
            continue
        org = ctx.post_org(hosts[0])
        place = ctx.place_of(org) if org is not None else None
        if place is None:
            continue
        when, relative, vague = ctx.when(c, c.start + vs)
        ev = Candidate("Visit", ctx.text[guests[0].start:c.end].rstrip("，。"), c.sentence, guests[0].start, c.end, c.index,
                       GUESTS_SOURCE, SCORES[GUESTS_SOURCE], when, relative, vague, merge_visits=True)
        ev.slots += [("agent", guests[0]), ("place", place), ("visited", place)] + [("attendee", p) for p in guests[1:]]
        return ev
    return None


def _leading_guest(ctx: EventContext, c: Clause, persons: list[Mention], after: int) -> Mention | None:
    """会见了某国某县知事某某率领的友好代表团一行: the guest who leads the group named after 率领的 (a group
    the recognisers named no body of)."""
    groups = ctx.cues("Visit", "group")
    for p in persons:
        if p.start < after:
            continue
        rest = c.between(p.end, c.end)
        # (a character of the name the person stage left out may stand before it: 平田健 | 一率领的)
        end = next((k + len(w) for k in (0, 1) for w in _LED_BY if rest.startswith(w, k) and is_han(rest[:k])), None)
        if end is not None and any(g in rest[end:end + MAX_GROUP_NAME] for g in groups if g != PARTY_SUFFIX):
            return p
    return None


_LED_BY = ("率领的", "带领的", "率的")    # 某某率领的代表团: the group's leader before it
MAX_GROUP_NAME = 12      # characters of a group's name after 率领的 up to its head (友好代表团, 经贸考察团)


def _group_before(ctx: EventContext, c: Clause, at: int):
    """The group right before offset ``at``: an organisation named with a group head (某某采访团),
    else the bare head (采访团) as a string."""
    for m in c.mentions:
        if _is_group(ctx, m) and m.end <= at and at - m.end <= VISITOR_GAP \
                and not re.search(r"[，。；、]", c.between(m.end, at)):
            return m
    before = c.between(c.start, at)
    if (count := _PARTY_COUNT.search(before)) is not None and count.start():
        before = before[:count.start()]     # 某某视察团一行18人来某市: the group before the count
    elif before.endswith(PARTY_SUFFIX) and before != PARTY_SUFFIX:
        before = before[:-len(PARTY_SUFFIX)]
    return next((h for h in ctx.cues("Visit", "group") if before.endswith(h)), None)


def _group_leader(ctx: EventContext, group: Mention, before: int) -> Mention | None:
    """指导组一行先后来到… after 某某指导组组长某某一行到某市: the group named bare again is led by the
    person the article named before as holding a post in it."""
    return next((m for m in reversed(ctx.frame.entities.mentions) if m.label == "Person" and m.end <= before
                 and (org := ctx.post_org(m)) is not None and org.key == group.key), None)


def _body_of_group(c: Clause, head_start: int) -> Mention | None:
    """某市人大常委会 | 执法检查组 (a group no recogniser named): the body named right before the group's
    head, with at most a few words of its task between (执法, 专题), visits as the group."""
    return next((m for m in reversed(c.mentions) if is_org(m) and m.end <= head_start
                 and head_start - m.end <= MAX_GROUP_TASK and (m.end == head_start or is_han(c.between(m.end, head_start)))), None)


def _is_group(ctx: EventContext, m: Mention) -> bool:
    """An organisation named as a visiting group (某某考察团; read in the text jieba matched, so
    a Traditional 考察團 is one too)."""
    return is_org(m) and ctx.frame.article.match_text[m.start:m.end].endswith(ctx.cues("Visit", "group"))


def _named_group(ctx: EventContext, head: str) -> Mention | None:
    """A bare 采访团 is the group the article names with that head (某某记者采访团 in the headline)."""
    named = [m for m in ctx.frame.entities.mentions if _is_group(ctx, m) and len(m.text) > len(head)
             and ctx.frame.article.match_text[m.start:m.end].endswith(head)]
    keys = {m.key for m in named}
    return named[0] if len(keys) == 1 else None


def _leader(ctx: EventContext, c: Clause, at: int, start: int | None = None) -> Mention | None:
    """The person who leads the group, named in the sentence before ``at`` (or from ``start``):
    某某带队, 以某某为团长."""
    cues = ctx.cues("Visit", "leader")
    for cl in ctx.frame.by_sentence.get(c.sentence.index, []):
        if cl.index > c.index:
            break
        for m in cl.mentions:
            if m.label != "Person" or m.end > at or (start is not None and m.start < start):
                continue
            if cl.between(m.end, cl.end).startswith(cues):
                return m
    return None


def _sponsor(ctx: EventContext, c: Clause, at: int) -> Mention | None:
    """由某部牵头: the body that sends the group, named in the sentence before ``at``."""
    cues = ctx.cues("Visit", "sponsor")
    for cl in ctx.frame.by_sentence.get(c.sentence.index, []):
        if cl.index > c.index:
            break
        for m in cl.mentions:
            if is_org(m) and m.end <= at and cl.between(m.end, cl.end).startswith(cues) \
                    and cl.between(cl.start, m.start).endswith("由"):
                return m
    return None


def _came_to(ctx: EventContext, c: Clause, start: int, end: int) -> Mention | None:
    """来某省调研的(考察团): the place the guests came to, between ``start`` and ``end``."""
    verbs = ctx.cues("Visit", "verb") + ctx.cues("Visit", "group_verb")
    for ms, me, w in ctx.find(c.between(start, end), ctx.cues("Visit", "move")):
        targets = _places_at(ctx, c, start + me)
        if targets and c.between(targets[-1].end, end).startswith(verbs):
            return targets[0]
    return None


def _received_in(ctx: EventContext, c: Clause, host: Mention) -> Mention | None:
    """Where the host received the guests: 在某市会见, else the area of the host's post."""
    org = ctx.post_org(host)
    return ctx.place_of(org) if org is not None else None


def _places_at(ctx: EventContext, c: Clause, pos: int) -> list[Mention]:
    """The places right after ``pos``; a province's one-character name (来黔调研) where the
    article names the province elsewhere."""
    found = chain_list(c, pos, ctx.frame.entities.parents)
    if found or pos >= c.end:
        return found
    province = ctx.cues.abbreviations.get(c.text[pos - c.start])
    ent = next((e for e in ctx.frame.entities.entities.values()
                if province and e.type == "Province" and e.label == province), None)
    if ent is None:
        return []
    return [Mention(ctx.frame.article.id, pos, pos + 1, ctx.text[pos:pos + 1], ent.type, ent.label, ent.id,
                    c.sentence.index)]


def _stop(ctx: EventContext, c: Clause, persons: list[Mention]) -> Candidate | None:
    """在某镇、某乡调研时，某某(一行)… / 在某景区和某博物馆，某某详细了解…: the places of the clause
    before are where the person of this one is. With a visit verb there (调研时) it is a visit;
    without, a stop of a tour the person is on that day (kept only if it joins that visit)."""
    if persons[0].start != ctx.name_start(c):
        return None
    stop = _stop_clause(ctx, c)
    if stop is None:
        return None
    b, places, visit = stop
    when, relative, vague = ctx.when(c, b.start)
    ev = Candidate("Visit", ctx.named(persons[0]) + ctx.text[b.start:b.end], b.sentence, b.start, b.end, b.index,
                   STOP_SOURCE, SCORES[STOP_SOURCE], when, relative, vague, merge_visits=True,
                   tour_only=visit is None)
    ev.slots.append(("agent", persons[0]))
    org = ctx.post_org(persons[0])
    if org is not None:
        ev.slots.append(("organizer", org))
    ev.slots.append(("place", _area(b, places[0])))
    ev.slots += [("visited", p) for p in _with_outer(b, places, ctx.frame.entities)]
    return ev


def _stop_clause(ctx: EventContext, c: Clause) -> tuple[Clause, list[Mention], str | None] | None:
    """The clause before ``c`` in its sentence when it is 在 and places (在某镇、某乡调研时, 在某景区): that
    clause, its places and the visit verb it ends with (None: a stop only)."""
    before = [b for b in ctx.frame.by_sentence.get(c.sentence.index, []) if b.index == c.index - 1]
    if not before or not before[0].text.startswith("在"):
        return None
    b = before[0]
    places = chain_list(b, b.start + 1, ctx.frame.entities.parents)
    if not places or not is_place(places[0]) or not all(is_place(m) or is_org(m) for m in places):
        return None        # (在某村、某林场: a body among the stops, a stop too)
    rest = b.between(places[-1].end, b.end)
    verbs = ctx.cues("Visit", "verb")
    visit = next((v for v in verbs if rest in (v, v + STOP_WHILE)), None)
    if rest and visit is None and not (rest.startswith(("、", "和", "及")) and not any(v in rest for v in verbs)):
        return None        # (a list that goes on with names not read as places is still a list of stops)
    return b, places, visit


def _short_name(ctx: EventContext, c: Clause, pos: int) -> list[Mention]:
    """来到陈列馆 (the clause ends there): the place or body named before in the article whose
    name ends in that word (某县华侨历史陈列馆), as a mention where the short name stands."""
    rest = c.between(pos, c.end)
    text = ctx.frame.article.match_text
    for k in range(min(len(rest), SHORT_NAME_MAX), SHORT_NAME_MIN - 1, -1):
        if k < len(rest) and rest[k] not in "、和":
            continue
        word = rest[:k]
        named = [m for m in ctx.frame.entities.mentions if m.end <= c.start and (is_place(m) or is_org(m))
                 and m.end - m.start > k and text[m.start:m.end].endswith(word)]
        if named:
            m = named[-1]
            return [Mention(m.article_id, pos, pos + k, ctx.text[pos:pos + k], m.label, m.canonical, m.key,
                            c.sentence.index)]
    return []


def _leads_before(ctx: EventContext, c: Clause) -> Mention | None:
    """某某带领执法检查组，来到某县检查…: the person of the clause before, in the sentence, who leads a
    group there (a lead cue after the person): the clause opening with a move is that person's visit."""
    k = c.index - 1
    if k < 0:
        return None
    prev = ctx.frame.clauses[k]
    persons = [m for m in prev.mentions if m.label == "Person"]
    if prev.sentence is not c.sentence or not persons or not any(
            prev.start + ls >= persons[-1].end for ls, _le, _w in ctx.find(prev.text, ctx.cues("Visit", "lead"))):
        return None
    return persons[-1]


def _onward(ctx: EventContext, c: Clause) -> Candidate | None:
    """某某深入某公园，…，并随即前往某景区: a clause that only moves on to a place, with the
    person the sentence opened with: a stop of the visit that person is on; 他先后来到…, with the
    person the paragraph named last."""
    moves = ctx.cues("Visit", "move")
    at = ctx.name_start(c)
    head = c.between(at, c.end)
    # 他先后来到…, 他来到…: the person named last in the paragraph goes on
    pronoun = next((p for p in ctx.cues("Event", "pronoun") if head.startswith(p)), "")
    head = head[len(pronoun):]
    opener = next((o for o in ctx.cues("Visit", "onward") if head.startswith(o)), None)
    # (冒雨深入…, 连夜赶赴…: a word of manner before the move)
    manner = next((len(w) for w in ctx.cues("Visit", "manner") if head.startswith(w)), 0)
    led = _leads_before(ctx, c) if opener is None and not pronoun and head.startswith(moves, manner) else None
    if opener is None and not pronoun and not led:
        return None
    opener = opener or ""
    rest = head[len(opener):]
    while rest[:1] and not rest.startswith(moves) and len(head) - len(rest) < len(opener) + ONWARD_GAP:
        rest = rest[1:]                    # 并随即前往, 又专程来到: a word or two before the move
    move = next((w for w in moves if rest.startswith(w)), None)
    if move is None:
        return None
    pos = c.end - len(rest) + len(move)
    targets = chain_list(c, pos, ctx.frame.entities.parents)
    subject = next((cl.subjects[0] for cl in ctx.frame.by_sentence.get(c.sentence.index, [])
                    if cl.index < c.index and cl.subjects and cl.subjects[0].label == "Person"), None)
    if subject is None and pronoun:
        subject = _last_person(ctx, c)
    subject = led or subject
    if not targets or subject is None:
        return None
    when, relative, vague = ctx.when(c, pos)
    source = LED_SOURCE if led else STOP_SOURCE
    ev = Candidate("Visit", ctx.named(subject) + ctx.text[pos - len(move):targets[-1].end], c.sentence, pos - len(move),
                   targets[-1].end, c.index, source, SCORES[source], when, relative, vague,
                   merge_visits=True, tour_only=not led)
    ev.slots.append(("agent", subject))
    ev.slots.append(("place", _area(c, targets[0])))
    ev.slots += [("visited", p) for p in _with_outer(c, targets, ctx.frame.entities)]
    return ev
