"""The shared step: candidates of every pattern -> event nodes and their facts.

Candidates are taken in text order (by clause, then in the order the patterns are
listed). What a candidate could not settle alone is settled here against the
event named before it: a 当日/会后 date is that event's date, a 会前 date is
before it, a 次日 date the day after (with no dated event before, the day the text last
gave: 15日上午，某某到…。当天下午…); a visit of a visitor already on tour that day joins that visit; 主持/出席
read after a meeting give its chair and attendees. Then each event becomes an
:class:`~kg.model.Entity` with a readable id (:func:`~kg.events.base.event_id`)
and one fact a slot.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..clauses import ADMIN_CLASSES, ORG_CLASSES, Clause, Extracted, Frame, is_org, is_place, is_within, meeting_voices
from ..clean import is_han
from ..entities import UNPLACED
from ..model import Entity, Evidence, Fact, Mention, Sentence
from ..numbers import parse_number
from .actions import SOURCE as BODY_ACTION
from .base import (AT, ESCORTED, ORDINAL, PARTICIPANT_SENTENCES, PERFECTIVE, Candidate, EventContext, Participant,
                   chain_list, event_id, plain)
from .ceremonies import CEREMONY, LAUNCH, SIGNING
from .issuances import SOURCE as ISSUANCE
from .meetings import FEEDBACK, FEEDBACK_SOURCE, RECEPTION
from .mentioned import ATTENDED_SOURCE
from .participants import BY, ESCORT, WHERE
from .talks import FORUM
from .talks import SOURCE as TALK
from .visits import BROAD_LEVELS, GUESTS_SOURCE, LED_SOURCE, VISIT_AREA
from .visits import UNPLACED as UNPLACED_VISIT

_PLACE_ROLES = ("place", "visited")     # slots whose filler is a Place (ontology ranges)

# what a reception's attendees are said to attend (会见…，双方进行座谈交流: 参加座谈 after it)
RECEPTION_WORDS = ("会见", "会谈", "座谈")
MEETING_WORD = "会议"               # what any meeting's attendees and chair are said to attend
# how far after a gathering its attendees may be named when their clause names its kind (参加会见)
NAMED_PARTICIPANT_PARAGRAPHS, NAMED_PARTICIPANT_SENTENCES = 5, 12
MIN_SHORT_TITLE = 6          # characters of a document's short title the headline may name it by
MAX_NAME_BEFORE_KIND = 6      # characters of a gathering's name before its kind (参加|开工|仪式)
AT_THE = "上"                 # 动员会上，…: a sentence opening at the meeting so named
MAX_OPENING_NAME = 12         # characters of the meeting's name a sentence opens with before 上

SHARED_ROLES = ("organizer", "attendee")   # slots two namings of one meeting each add to
_ABOVE_COUNTIES = ("Province", "Prefecture")   # the areas of a visitor above the counties they tour
MIN_SHORT_NAME = 4     # characters of a meeting's short name the headline's name ends in (专题会议, 视频会议)
_SIGNINGS = ("签约", "签字", "签署")    # what a signing is called by those who witness or attend it
HEADLINE = 0             # the sentence index of a headline (the title, when the article has one)
_JOINED = "暨"           # 甲暨乙: two gatherings held as one, named by both
MIN_NAMED_END = 6       # characters of an event's name, its edition aside, that the lead's name may end in
MIN_LEAD_END = 5        # characters of a lead's name the headline's, of the same organiser, may end in (厅党组会议)
_EDITION = re.compile(f"^{ORDINAL}[届次期批]")   # 第二届: which edition (第三批: which batch of a campaign)
MIN_CORE = 4            # characters of a meeting's name beside its scope and year that say which meeting
MIN_SPELLED = 8          # a headline's meeting of no organiser spelled within the lead's (县十八届人大三次会议)
_STUDY_SESSIONS = ("学习会", "集体学习", "专题学习")   # the names of a study group's session, written either way
MIN_KIND = 3            # a kind of meeting telling one from another (学习会, 推进会; not 会议 alone)
MIN_HEAD = 2            # the end of two bodies' names that says they are of one kind (巡察组)
ANAPHORA = "anaphora"                     # the source of 我省, 本市 … resolved to a place
OWN = frozenset("我本")                    # 我省, 本市: the reporter's own place, which a name may open with
WHOLE = "全"                              # 全省…大会: the whole province's, the province's own meeting
# 全县, 我市, 2023年, 2023年度: what a meeting's name may open with besides the name itself
_SCOPE_OR_YEAR = re.compile(rf"^(?:[{WHOLE}{''.join(sorted(OWN))}][省市县区州]|[0-9]{{4}}年度?)+")


def settle(ctx: EventContext, candidates: list[list[Candidate]], participants: list[Participant]) -> list[Candidate]:
    """The events of an article in text order; ``candidates`` holds one list a pattern, in pattern order."""
    held = [ev for found in candidates for ev in found if not ev.mention_only]
    visits_held = [ev for ev in held if ev.type == "Visit"]
    ordered = sorted(((ev.clause, rank, i, ev) for rank, found in enumerate(candidates) for i, ev in enumerate(found)
                      if not (ev.mention_only and _overlaps(ev, held))),
                     key=lambda x: x[:3])
    by_clause: dict[int, list[Participant]] = {}
    for p in participants:
        by_clause.setdefault(p.clause, []).append(p)
    events: list[Candidate] = []
    last: Candidate | None = None        # the last event held (not one named in passing)
    gathering: Candidate | None = None   # the last meeting, ceremony or signing held
    visiting: dict[int, Candidate] = {}  # sentence -> the visit read last in it
    pos = 0
    voices = meeting_voices()
    chosen: dict[int, Candidate] = {}    # sentence -> the meeting of several held alike its persons were at
    for c in ctx.frame.clauses:
        previous = last
        if gathering is not None and gathering.type == "Meeting" and c.start == c.sentence.start \
                and c.sentence.index > gathering.sentence.index and ctx.said(c.sentence).startswith(voices):
            # 会议指出…。会议强调…。会议审议通过了…: the report still tells of the meeting, however many
            # paragraphs it gives the items; its closing line of those present is the meeting's
            gathering.last_told = c.sentence
        while pos < len(ordered) and ordered[pos][0] == c.index:
            ev = ordered[pos][3]
            pos += 1
            if ev.needs_previous and previous is None:
                continue
            if ev.source == LAUNCH and previous is not None and previous.source == CEREMONY \
                    and previous.sentence.index == ev.sentence.index and any(
                        ev.label.endswith(w) and w in previous.label for w in ctx.cues("Milestone", "launch")):
                continue      # 某某集中开工仪式在主会场举行，各县设分会场同步开工: the launch the ceremony is of
            if ev.source == BODY_ACTION and any(o.sentence is ev.sentence and o.start <= ev.start and ev.end <= o.end
                                                for o in visits_held):
                continue      # 某人大常委会组织代表就…开展视察活动: the visit read over its words, not an act
            if ev.unveiled and previous is not None and previous.source == LAUNCH \
                    and previous.sentence.paragraph == ev.sentence.paragraph:
                continue      # (its persons attend the launch before: kg.events.participants)
            if not ev.when and not ev.relative and not ev.mention_only and (
                    ev.type == "Meeting" or ev.source == UNPLACED_VISIT):
                ev.when = _paragraph_day(ctx, ev)   # (某某带队检查, after the day the paragraph gave)
            if not ev.when and not ev.relative and not ev.mention_only and (
                    ev.type == "Visit" or ev.source == ATTENDED_SOURCE):
                ev.when = _tour_day(ctx, ev)
            if not ev.when and not ev.relative and not ev.mention_only and not ev.vague and ev.type == "Visit":
                # 3月15日上午，某县启动某某排查活动。县委常委甲，副县长乙…深入全县宗教场所进行调研: a visit the
                # paragraph tells after the day it gave, on that day (as a meeting held there)
                ev.when = _paragraph_day(ctx, ev)
            if not ev.when:
                ev.when = _relative_when(ev, previous, events, ctx)
            if ev.type == "Visit" and not ev.mention_only:
                visiting[ev.sentence.index] = ev
            if ev.each_group >= 0 and _join_headline_stop(ctx, ev, events):
                continue
            if ev.merge_visits and _join_visit(ctx, ev, events):
                continue
            if ev.stop_of_each and _join_tour(ctx, ev, events):
                continue
            if ev.tour_only:
                continue
            if ev.mention_only and _join_named(ev, events):
                continue
            if ev.named_by_chair and _join_chaired(ev, events):
                continue
            if ev.signers:
                _signed_for(ev, events)
                continue
            if ev.adopted and not _adopted_at(ctx, ev, previous, events):
                continue
            if ev.chair_pronoun and previous is not None:
                _chaired_by_previous(ev, previous)
            before = visiting.get(ev.sentence.index)
            said = ctx.said(ev.sentence)
            # (在随后召开的座谈会上: the 在 of the setting, no place of its own)
            setting = said.startswith(AT) and said.startswith(ctx.cues("Visit", "then"), len(AT))
            during = before is None and (setting or AT not in ctx.text[ev.sentence.start:ev.start]) and (
                said.startswith(ctx.cues("Visit", "during")) or (
                    (setting or said.startswith(ctx.cues("Visit", "then")))
                    and (visiting.get(ev.sentence.index - 1) is not None
                         # (a line of those who went with the visitor between: 某某陪同调研。在随后召开的座谈会上)
                         or (setting and visiting.get(ev.sentence.index - 2) is not None)
                         # (调研组先后来到甲、乙。随后召开座谈会: the stops told between, no event of their own)
                         or _last_told_is_visit(events, ev))))
            during = during or (ev.on_visit and before is None)
            # (督查组来我县督查…。随后召开座谈会: a meeting the visiting group holds, where it visits)
            by_visitor = ev.type == "Meeting" and not ev.mention_only and before is None \
                and (held_by := ev.slot("organizer")) is not None and any(
                    e.type == "Visit" and not e.mention_only and (a := e.slot("agent")) is not None
                    and a.key == held_by.key for e in events)
            if during or ev.by_group or by_visitor:
                # 考察期间，两市召开联席会议: on the visit named last, where it is (no 在Y of its own);
                # so is the meeting the sentence after a visit holds next (随后召开的座谈会上), and the one a
                # visiting group holds (检查组召开座谈会), whose organiser is the visit's
                before = next((e for e in reversed(events) if e.type == "Visit" and not e.mention_only), None)
                if during and before is not None and not ev.when and before.when:
                    ev.when = dict(before.when)     # (随后召开的座谈会上 in a paragraph of its own: the visit's day)
                if ev.on_visit and before is not None:
                    # (随后与某局进行了座谈交流: the visitor talks with them)
                    ev.slots += [("attendee", m) for r, m in before.slots if r == "agent" and m.label == "Person"
                                 and all(m.key != x.key for _r, x in ev.slots)]
                if ev.by_group and before is not None and ev.slot("organizer") is None \
                        and before.slot("organizer") is not None:
                    ev.slots.append(("organizer", before.slot("organizer")))
            if ev.on_visit and before is None and previous is not None and ev.slot("place") is None \
                    and previous.slot("place") is not None and 0 <= ev.sentence.paragraph - previous.sentence.paragraph <= 1:
                # (某校与某县签约仪式在某县举行。…座谈会上，双方就…进行了交流: no visit, the gathering told before's talk)
                ev.slots.append(("place", previous.slot("place")))
                if not ev.when and previous.when:
                    ev.when = dict(previous.when)
            if before is None and ev.type == "Meeting" and ev.place_guessed and not ev.mention_only:
                before = _touring(ev, events)
            # (…率队在某县考察交流，考察期间举行了甲乙协作座谈会: the clause of the visit's time, where it is)
            within = before is not None and ctx.frame.clauses[ev.clause].text.startswith(ctx.cues("Visit", "during"))
            if ev.type == "Meeting" and (ev.slot("place") is None or ev.place_guessed or during or ev.by_group
                                         or within or by_visitor) \
                    and before is not None \
                    and before.slot("place") is not None and not ev.mention_only:
                # (宣讲党的某届某中全会精神 on a visit: a meeting named in passing was held elsewhere, before)
                # 来某市采访，并举行媒体见面会: held where the visit is (not where the dateline was written)
                ev.slots = [(r, m) for r, m in ev.slots if r != "place"] + [("place", before.slot("place"))]
            if (_gathering(ctx, ev) or ev.source == ISSUANCE) and not ev.mention_only:
                _absorb_headline(ctx, ev, events)
            elif ev.type == "Visit" and not ev.mention_only:
                _absorb_headline_visit(ctx, ev, events)
            events.append(ev)
            if not ev.mention_only and not ev.gone_through:
                last = ev
                if _gathering(ctx, ev):
                    gathering = ev
        # the participants of a clause take part in the last gathering: the last event, or one read
        # in the same sentence as it (某某会见来访的某某一行: the guests' visit is read after the reception)
        target = last if last is not None and _gathering(ctx, last) else None
        if target is None and gathering is not None and last is not None \
                and gathering.sentence.index == last.sentence.index:
            target = gathering
        said = ctx.said(c.sentence)
        if by_clause.get(c.index) and (target is None or not _names_gathering(ctx, said, target)):
            # 某某参加会见: the reception, though a visit or a signing was read after it
            # (the lead's before the headline's: a gathering the lead tells again is the one the clause goes on with)
            named = [e for e in reversed(events) if not e.mention_only and _gathering(ctx, e)
                     and _names_gathering(ctx, said, e)]
            target = next((e for e in named if not (ctx.frame.article.title and e.sentence.index == HEADLINE)),
                          named[0] if named and target is None else target)
        escorts = [p for p in by_clause.get(c.index, ()) if p.role == ESCORT]
        visit = next((e for e in reversed(events) if e.type == "Visit" and not e.mention_only), None)
        if target is None and last is not None and last is visit and _joins_bare(ctx, c):
            # 某某到某区巡河。秘书长某某参加。: right after a visit, those who join it go with it
            escorts += [replace(p, role=ESCORT) for p in by_clause.get(c.index, ()) if p.role == "attendee"]
            by_clause[c.index] = [p for p in by_clause.get(c.index, ()) if p.role != "attendee"]
        ahead = next((e for cl, _r, _i, e in ordered[pos:] if e.type == "Visit" and not e.mention_only
                      and e.sentence.index == c.sentence.index), None) \
            if escorts and visit is None and ESCORTED in c.text else None
        if ahead is not None:
            # 在市长某某的陪同下，某某一行来我市考察: those named before 陪同下 go with the visit the sentence reads next
            # (where no visit was read before: 习近平在某某陪同下先后来到… after 习近平在某省考察 goes with that one)
            ahead.slots += [("attendee", p.person) for p in escorts
                            if p.person.key not in {m.key for _, m in ahead.slots}]
            _hosts_area(ctx, ahead, escorts)
            escorts = []
        if escorts and visit is not None:
            # 市长某某陪同走访: goes with the visitor (the visit's paragraph or the next; further on where
            # the clause names the visit's kind: a closing line, 某某参加调研)
            # (a bare closing line, 副市长甲、乙参加。, names the visit told before it as much)
            named = any(w in c.text for w in ctx.cues("Visit", "verb")) or (_joins_bare(ctx, c) and _closing(ctx, c))
            for p in escorts:
                if p.person.key not in {m.key for _, m in visit.slots}:
                    _participate(c.sentence, visit, replace(p, role="attendee"), named,
                                 headline=bool(ctx.frame.article.title) and visit.sentence.index == HEADLINE,
                                 since=visit.last_stop, closing=_closing(ctx, c))
            _hosts_area(ctx, visit, [p for p in escorts if any(m.key == p.person.key for _, m in visit.slots)])
        if target is not None and by_clause.get(c.index):
            target = _opened_at(ctx, c.sentence, events) or target
        if target is not None:
            # (马万里主持会议，张建慧致辞: a clause of the sentence that names the gathering names it for all;
            # a paragraph opening with 会上 is all about the meeting)
            named = by_clause.get(c.index) and (_names_gathering(ctx, ctx.said(c.sentence), target)
                                                or (target.type == "Meeting" and _at_the_meeting(ctx, c.sentence)))
            for p in by_clause.get(c.index, ()):
                if p.role == WHERE:
                    _held_where_told(ctx, target, p.person)
                elif p.role != ESCORT:
                    held = _holders_own(ctx, p, target, events, chosen)
                    chaired = _chaired(ctx, p, held, events)
                    _participate(c.sentence, chaired, p, named)
                    for joint in _held_as_one(chaired, events):
                        # 甲会议暨乙会议…某某主持会议: one sitting, the same chair and those present at both
                        _participate(c.sentence, joint, p, named)
            if by_clause.get(c.index) and not target.when and ctx.frame.article.title \
                    and target.sentence.index == HEADLINE and c.sentence.index == HEADLINE + 1:
                # 某政府举行座谈会 (headline, undated), 5月9日，某某出席座谈会…: the lead's day is the meeting's
                target.when = ctx.when(c, c.end)[0]
    for ev in events:
        _held_on_the_visit(ev, events, ctx.cues("Visit", "verb"))
        _organized_by_chair(ctx, ev)
    _one_party_to_each(events)
    _headline_visit_dated(ctx, events)
    for ev in events:
        _where_they_came(ctx, ev)
        ev.label = _quotes_matched(ev.label)
    return _undated_copies_joined(events)


def _quotes_matched(label: str) -> str:
    """召开“民营经济圆桌会”（第二期）, 召开了“…座谈会”: a name read from inside its quotes keeps no quote of one side."""
    if label.startswith(_OPEN_QUOTE) and _CLOSE_QUOTE not in label:
        return label[len(_OPEN_QUOTE):]
    if label.endswith(_CLOSE_QUOTE) and _OPEN_QUOTE not in label:
        return label[:-len(_CLOSE_QUOTE)]
    return label


_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"


def _where_they_came(ctx: EventContext, ev: Candidate) -> None:
    """某某等县领导来到某镇某村，与干部群众一起参加义务植树活动: an event with no place of its own is where the clause
    before it in its sentence (those who attend it, come) went."""
    if ev.type not in ("Event", "Milestone") or ev.mention_only or ev.slot("place") is not None or not ev.clause:
        return
    before = ctx.frame.clauses[ev.clause - 1]
    if before.sentence is not ev.sentence:
        return
    moves = ctx.find(before.text, ctx.cues("Visit", "move"))
    if not moves:
        return
    places = chain_list(before, before.start + moves[-1][1], ctx.frame.entities.parents, skip_unnamed=True)
    if places and places[-1].end == before.end:
        ev.slots.append(("place", places[-1]))


def _headline_visit_dated(ctx: EventContext, events: list[Candidate]) -> None:
    """某某来到某村慰问贫困户 (headline, undated) | 3月14日上午，某某与…一起来到某村，给…送去了慰问金 (the lead, read as no
    visit of its own): the headline's visit is on the day of the lead that names its visitor."""
    if not ctx.frame.article.title:
        return
    for ev in events:
        agent = ev.slot("agent")
        if ev.type != "Visit" or ev.mention_only or ev.sentence.index != HEADLINE or ev.when or ev.relative \
                or agent is None or agent.label != "Person":
            continue
        lead = [c for c in ctx.frame.clauses if c.sentence.index == HEADLINE + 1]
        if not lead or any(e.sentence.index == HEADLINE + 1 and not e.mention_only for e in events):
            return
        named = next((c for c in lead if any(m.key == agent.key for m in c.mentions)), None)
        if named is not None:
            when = ctx.when(lead[0], named.end)[0]
            if when.get("date"):
                ev.when = when


# the openings of a sentence telling what a visit went on to do (随后, 之后; 在对医院实地视察后，调研结束后，)
_SEQUEL_OPENERS = ("随后", "之后", "此后", "然后", "接着", "紧接着", "最后")
_AFTER_WHAT_CAME = re.compile(r"[^，。；]{1,24}(?:后|之后|结束后)[，,]")
_CLAUSE_MARKS = "，,；;。"


def _undated_copies_joined(events: list[Candidate]) -> list[Candidate]:
    """One meeting (or ceremony) told twice by one name, once with its day and once without (某某大会在某地开幕。…
    上午9时，某某宣布：某某大会开幕): one event, the dated telling's, with the slots only the other gave."""
    dated = {}
    for ev in events:
        if ev.when.get("date") and not ev.mention_only and ev.type in _TOLD_TWICE:
            day = dated.get((ev.type, plain(ev.label)))
            if day is None or len(ev.when["date"]) > len(day.when["date"]):
                dated[(ev.type, plain(ev.label))] = ev      # (the telling with the day, over one with its year)
    out = []
    for ev in events:
        keep = dated.get((ev.type, plain(ev.label)))
        # (2021年某某活动 in the headline, dated by the year its name opens with: the body's, with its day)
        vaguer = keep is not None and bool(ev.when.get("date")) and not ev.when.get("dateBefore") \
            and len(ev.when["date"]) < len(keep.when["date"]) and keep.when["date"].startswith(ev.when["date"])
        if keep is None or keep is ev or ev.mention_only or (ev.when.get("date") and not vaguer) \
                or ev.when.get("dateBefore") \
                or ((a := keep.slot("chair")) is not None and (b := ev.slot("chair")) is not None and a.key != b.key):
            out.append(ev)      # (two meetings of one kind's name, chaired or held by two: 工作衔接会 in two provinces)
            continue
        held = {(r, m.key) for r, m in keep.slots}
        roles = {r for r, _ in keep.slots}
        keep.slots += [(r, m) for r, m in ev.slots if (r, m.key) not in held and (r in SHARED_ROLES or r not in roles)]
    return out


_TOLD_TWICE = ("Meeting", "Milestone", "Event")    # the kinds of event a report names the same way twice


def _held_on_the_visit(ev: Candidate, events: list[Candidate], visit_verbs: tuple[str, ...]) -> None:
    """某某前往某区调研…并召开座谈会, 某某赴某局召开调研座谈会: a meeting the clause of a visit goes on to hold, after
    the visit's verb, is held where the visit is, by the visitor where it names no chair or organiser."""
    if ev.type != "Meeting" or ev.mention_only:
        return
    # (the visit read in the clause, or the headline's the clause's visit was joined to: its last stop told there)
    visit = next((e for e in events if e.type == "Visit" and not e.mention_only and e.slot("place") is not None
                  and ((e.sentence.index == ev.sentence.index and e.start < ev.start) or e.last_stop is ev.sentence)),
                 None) or _visit_before_sequel(ev, events, visit_verbs)
    if visit is None:
        return
    if ev.slot("place") is None or ev.place_guessed:
        ev.slots = [(r, m) for r, m in ev.slots if r != "place"] + [("place", visit.slot("place"))]
        ev.place_guessed = False
    if not ev.when and not ev.relative and visit.when.get("date"):
        ev.when = dict(visit.when)      # (on the visit's day, where the meeting's own clause names none)
    agent = visit.slot("agent")
    if agent is not None and agent.label == "Person" and ev.slot("chair") is None and ev.slot("organizer") is None \
            and all(m.key != agent.key for _, m in ev.slots):      # (调研并进行座谈: the talk he attends, read already)
        ev.slots.append(("chair", agent))


def _visit_before_sequel(ev: Candidate, events: list[Candidate], visit_verbs: tuple[str, ...]) -> Candidate | None:
    """某某一行到某区调研。…随后在区管委会召开了座谈会 (在对医院实地视察后，调研组在某市召开了…座谈会): a meeting whose
    sentence opens with what comes next, undated, after a visit told last in its paragraph or the one before and no
    other event between: the visit's (None for another)."""
    text, at = ev.sentence.text, ev.start - ev.sentence.start
    after = _AFTER_WHAT_CAME.match(text)
    if after is not None and after.end() <= at + 1:
        opened = after.end()     # (在对医院实地视察后，调研组在某市召开了…: the clause after it)
    elif text.startswith(_SEQUEL_OPENERS):
        opened = 0
    else:
        return None
    if any(p in text[opened:at] for p in _CLAUSE_MARKS):
        return None     # (the meeting read in a later clause: no sequel of the visit's told)
    before = [e for e in events if not e.mention_only and e is not ev
              and (e.sentence.index, e.start) < (ev.sentence.index, ev.start)]
    last = max(before, key=lambda e: (e.sentence.index, e.start), default=None)
    # (the paragraphs the visit is told over: a headline's visit is told again in the body, its party and stops
    # joined there, up to a closing line of those who went with it)
    told = [s.paragraph for s in (last.sentence, last.last_stop, last.last_joined) if s is not None] \
        if last is not None else [0]
    if last is not None and last.sentence.index == HEADLINE:
        told.append(last.sentence.paragraph + 1)     # (a headline's visit is the lead's, told after it)
    if after is not None and last is not None and any(v in after.group() for v in visit_verbs):
        # (考察结束后，双方在…召开座谈会: the sequel names the visit it follows, a paragraph of its stops between)
        told.append(max(told) + 1)
    if last is None or last.type != "Visit" or last.slot("place") is None \
            or not min(told) <= ev.sentence.paragraph <= max(told) + 1 \
            or (ev.when and ev.when != last.when):
        return None     # (随后，5日上午召开…: a day of its own, another day's)
    return last


def _last_told_is_visit(events: list[Candidate], ev: Candidate) -> bool:
    """The event told last before ``ev`` is a visit of its paragraph or the one before (what came between
    were the visit's stops, read as no event)."""
    last = next((e for e in reversed(events) if not e.mention_only), None)
    return last is not None and last.type == "Visit" and 0 <= ev.sentence.paragraph - last.sentence.paragraph <= 1


def _one_party_to_each(events: list[Candidate]) -> None:
    """某某深入甲镇、乙镇，…，副县长某某陪同: a visit to each township of one list is made by one party: those who
    went with the visitor go to each (the closing line attached them to the visit named last)."""
    # (by visitor and day: the headline's visits to each take the lead's, whose party is named after them)
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for ev in events:
        agent = ev.slot("agent")
        if ev.type == "Visit" and ev.each_group >= 0 and agent is not None and ev.when.get("date"):
            groups.setdefault((agent.key, ev.when["date"]), []).append(ev)
    for group in groups.values():
        party = {m.key: m for ev in group for r, m in ev.slots if r == "attendee"}
        for ev in group:
            held = {m.key for r, m in ev.slots if r in ("attendee", "agent")}
            ev.slots += [("attendee", m) for k, m in party.items() if k not in held]


def _joins_bare(ctx: EventContext, c: Clause) -> bool:
    """The clause ends with a verb of taking part and nothing it takes part in (秘书长某某参加。)."""
    return ctx.text[c.start:c.end].rstrip("。；！ ").endswith(_JOINS)


def _adopted_at(ctx: EventContext, ev: Candidate, previous: Candidate | None, events: list[Candidate]) -> bool:
    """会议审议通过了《…》: a document the meeting named before adopts is issued by the body that
    holds it, where it is held; with no meeting before, or no holder, nothing is read. After another
    document it adopted (审议通过了《甲》，原则同意《乙》) the meeting is the one that adopted that."""
    if ev.slot("organizer") is not None:
        return True       # (某省政府常务会议审议通过…: the clause names who adopts it)
    if previous is not None and previous.adopted:
        previous = next((e for e in reversed(events) if e.type == "Meeting" and not e.mention_only), None)
    if previous is not None:
        _organized_by_chair(ctx, previous)     # (省委书记某某主持召开…会议。会议审议通过了…: the chair's body's)
    holders = [m for r, m in previous.slots if r == "organizer"] if previous is not None \
        and previous.type == "Meeting" else []
    if not holders:
        return False
    ev.slots += [("organizer", m) for m in holders]
    place = previous.slot("place") or ctx.place_of(holders[0])
    if place is not None and ev.slot("place") is None:
        ev.slots.append(("place", place))
    return True


def _signed_for(ev: Candidate, events: list[Candidate]) -> None:
    """甲与乙代表双方签约: those who sign attend the last signing named before (none: nothing)."""
    target = next((e for e in reversed(events) if e.source == ev.source and not e.mention_only), None)
    if target is not None:
        held = {(r, m.key) for r, m in target.slots}
        target.slots += [(r, m) for r, m in ev.slots if (r, m.key) not in held]


def _join_chaired(ev: Candidate, events: list[Candidate]) -> bool:
    """某政府召开第5次常务会议。…省长某某主持常务会议: the meeting named before whose name ends with
    the one its chair names; the chair joins it."""
    name = plain(ev.label)
    for other in reversed(events):
        if other.type == ev.type and not other.mention_only and (plain(other.label).endswith(name) or (
                other.source == FEEDBACK_SOURCE and name.startswith(FEEDBACK))):
            # (某巡视组向某市委反馈巡视情况。…某某主持反馈会议: the hand-over read before)
            other.slots += [(r, m) for r, m in ev.slots if r == "chair" and (r, m.key) not in
                            {(role, held.key) for role, held in other.slots}]
            return True
    return False


def _chaired_by_previous(ev: Candidate, previous: Candidate) -> None:
    """他又主持召开专题会议 after 某某…调研: 某某 chairs it, at the place of the visit."""
    person = previous.slot("agent") or previous.slot("chair")
    if person is None or person.label != "Person":
        return
    ev.slots.append(("chair", person))
    place = previous.slot("place")
    if ev.slot("place") is None and place is not None:
        ev.slots.append(("place", place))


def _organized_by_chair(ctx: EventContext, ev: Candidate) -> None:
    """A meeting whose organiser the text does not name is held by the body of its chair's post
    (省政协主席某某主持会议 → 省政协)."""
    chair = ev.slot("chair")
    if ev.type != "Meeting" or chair is None or ev.slot("organizer") is not None:
        return
    org = ctx.post_org(chair)
    if org is None:
        return
    if plain(ev.label).startswith(ctx.cues("Meeting", "government_named")) and org.label == "PartyOrganization":
        return       # 市委副书记、市长、某新区党工委书记某某主持召开市长办公会议: the government's meeting, not the
        #              committee of another post of the chair's
    ev.slots.append(("organizer", org))
    if ev.slot("place") is None:
        place = ctx.place_of(org)
        if place is not None:
            ev.slots.append(("place", place))


def _overlaps(ev: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < ev.end and ev.start < o.end or o.label == ev.label or ev.label in o.aliases for o in others)


def _tour_day(ctx: EventContext, ev: Candidate) -> dict[str, str]:
    """9月11日，某市长某某调研民生实事项目。…某某一行先后来到甲街道、乙街道: an undated visit of a person
    named, in its paragraph or one before, in the sentence that gave the last day or after it (the tour's
    lead): on that day."""
    agent = ev.slot("agent") or (ev.slot("attendee") if ev.source == ATTENDED_SOURCE else None)
    if agent is None or agent.label != "Person":
        return {}     # (在某乡，某某参加了某推进会: a meeting the visitor attends on the tour, on its day too)
    day = ctx.last_day_said_before(ev.start)
    if day is None or (lead := ctx.frame.doc.sentence_at(day.start)) is None:
        return {}
    named = any(m.key == agent.key and lead.index <= m.sentence < ev.sentence.index for m in ctx.frame.entities.mentions)
    return {"date": day.value} if named else {}


def _paragraph_day(ctx: EventContext, ev: Candidate) -> dict[str, str]:
    """7月14日，某督察组向我省反馈督察情况。…某某主持反馈会议: a meeting held, undated, in a paragraph
    that gave a day before it, on that day (the day of the story the paragraph tells)."""
    day = ctx.last_day_before(ev.start, ev.sentence.paragraph)
    return {"date": day} if day else {}


def _relative_when(ev: Candidate, previous: Candidate | None, events: list[Candidate],
                   ctx: EventContext) -> dict[str, str]:
    if "earlier" in ev.relative:
        dated = next((e for e in reversed(events) if e.when.get("date") and not e.mention_only), None)
        return {"dateBefore": dated.when["date"]} if dated else _vague_when(ev, ctx)
    if "same" in ev.relative and ctx.said(ev.sentence).startswith(_TOLD_OF_THE_MEETING):
        # 会上印发了《…》 after a sentence that names another day (今年1月1日…以来): the meeting's day
        held = next((e for e in reversed(events) if e.type == "Meeting" and not e.mention_only
                     and e.when.get("date")), None)
        if held is not None:
            return {k: v for k, v in held.when.items() if k in ("date", "dateNote")}
    for kind in ev.relative:
        if previous is None or not previous.when.get("date"):
            # 15日上午，某某到…(no event read there)。当天下午…: the day the text last gave
            day = ctx.last_day_before(ev.start) if kind in ("same", "next") else None
            if day is not None:
                return {"date": day if kind == "same" else _next_day(day)}
            continue
        said = ctx.last_day_said_before(ev.start) if kind in ("same", "next") else None
        report = ctx.report_day()
        if said is not None and said.start >= previous.sentence.end and (report is None or said.value <= report):
            # 7月9日，某湖水位…。某某当天赴某县…: the day the text gave after the event's sentence before (not one
            # still to come: 条例自3月1日起施行) is the one 当天 points to
            return {"date": said.value if kind == "same" else _next_day(said.value)}
        if kind == "same":
            return {k: v for k, v in previous.when.items() if k in ("date", "dateNote")}
        if kind == "next":
            return {"date": _next_day(previous.when["date"])} if len(previous.when["date"]) == 10 else {}
        if kind == "before":
            note = {"dateNote": previous.when["dateNote"]} if "dateNote" in previous.when else {}
            return {"dateBefore": previous.when["date"], **note}
    return _vague_when(ev, ctx)


_TOLD_OF_THE_MEETING = ("会上", "在会上", "会议上", "会后")    # what opens a sentence told of the meeting just named


def _vague_when(ev: Candidate, ctx: EventContext) -> dict[str, str]:
    """An event dated only 近日 or 日前 (the recent past) took place by the day of the report:
    ``dateBefore`` that day, the word kept as its note (近期, 目前 say nothing of the past)."""
    when = dict(ev.vague)
    if when.get("dateNote") in ctx.cues("Event", "recent"):
        day = ctx.report_day()
        if day:
            when["dateBefore"] = day
    return when


def _next_day(day: str) -> str:
    """次日 of 2023-06-15: 2023-06-16."""
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _within_tour(day: str | None, when: dict[str, str]) -> bool:
    """A day of a tour that runs over days (3月26日至27日在某市调研 … 27日上午，来到某公司)."""
    start, end = when.get("startDate"), when.get("endDate")
    return bool(day and start and end and start <= day <= end)


def _join_headline_stop(ctx: EventContext, ev: Candidate, events: list[Candidate]) -> bool:
    """某某到甲乡、乙乡调研 (headline) | 3月12日，某某深入甲乡、乙乡，调研… (lead): the headline's visit to each
    township is the lead's to that township, dated by the lead (not joined to the headline's first)."""
    agent, place = ev.slot("agent"), ev.slot("place")
    if agent is None or place is None or not ctx.frame.article.title:
        return False
    for other in events:
        there, who = other.slot("place"), other.slot("agent")
        if other.type == "Visit" and other.sentence.index == HEADLINE and other.each_group >= 0 \
                and not other.when.get("date") and there is not None and who is not None \
                and there.key == place.key and who.key == agent.key:
            other.when = dict(ev.when)
            held = {(r, m.key) for r, m in other.slots}
            other.slots += [(r, m) for r, m in ev.slots if (r, m.key) not in held and r != "place"]
            return True
    return False


def _touring(ev: Candidate, events: list[Candidate]) -> Candidate | None:
    """The visit its chair is on that day (4月14日至15日，某某在某市调研。15日下午，某某主持召开座谈会): the
    meeting he convenes is held where the tour is."""
    chair, day = ev.slot("chair"), ev.when.get("date")
    if chair is None or not day:
        return None
    return next(_visits_that_day(events, chair, day), None)


def _visits_that_day(events: list[Candidate], visitor: Mention, day: str | None):
    """The placed visits of ``visitor`` that day (any day when None), or on the tour the day falls in, the
    last first."""
    for e in reversed(events):
        agent = e.slot("agent")
        if e.type == "Visit" and not e.mention_only and agent is not None and agent.key == visitor.key \
                and e.slot("place") is not None \
                and (day is None or e.when.get("date") == day or _within_tour(day, e.when)):
            yield e


def _join_tour(ctx: EventContext, ev: Candidate, events: list[Candidate]) -> bool:
    """万宏伟深入某旗调研。万宏伟先后深入甲镇、乙镇: the townships after the first of such a list are stops of
    the visitor's visit that day to the county they lie in, as the first is (not visits of their own, as
    where the list is the visit's own: 到甲镇、乙镇调研)."""
    agent, place = ev.slot("agent"), ev.slot("place")
    if agent is None or place is None:
        return False
    for other in _visits_that_day(events, agent, ev.when.get("date")):
        there = other.slot("place")
        if there.key != place.key and _within(ctx, place, there):
            other.slots += [("visited", place)]
            return True
    return False


def _join_visit(ctx: EventContext, ev: Candidate, events: list[Candidate]) -> bool:
    """Add the places of ``ev`` to the visit its visitor is already on that day, if any."""
    agent = ev.slot("agent")
    if agent is None:
        return False
    party = {m.key for r, m in ev.slots if r in ("agent", "attendee")}
    led_by = {m.key for r, m in ev.slots if r == "organizer"}
    for other in reversed(events):
        undated = not other.when.get("date") and not other.when.get("dateBefore")
        leader = other.slot("agent")
        if other.type == "Visit" and leader is not None and leader.label == agent.label == "Person" \
                and leader.key != agent.key and leader.key not in party:
            continue      # (…副主席乙参加慰问。同日，乙还带队来到某区: 乙 leads a visit of his own)
        # the same visitor, or the group that went with the visitor of that visit (率某某考察团), or
        # the headline's group the visitor leads (省委督导组到某县督导…; the lead: 组长某某一行到某县…)
        if other.type == "Visit" and (
                any(r in ("agent", "attendee") and m.key in party for r, m in other.slots)
                or (undated and other.sentence.index == 0 and other.slot("agent") is not None
                    and (other.slot("agent").key in led_by or _group_led(ev, other)))):
            if not ev.when.get("date") or ev.when.get("date") == other.when.get("date") or undated \
                    or _within_tour(ev.when.get("date"), other.when):
                if undated and ev.when:
                    # the headline named the visit the lead then dates: one visit, on that date
                    other.when = ev.when
                first = other.slot("agent")
                if first is not None and first.label != "Person" and agent.label == "Person":
                    # the headline's group (某某采访团) is led by the person the lead names: the visitor
                    other.slots = [(r, m) for r, m in other.slots if r != "agent"] + [("agent", agent),
                                                                                       ("attendee", first)]
                other.slots += [(r, m) for r, m in ev.slots if r == "visited"
                                or r in ("organizer", "attendee") and other.slot(r) is None]
                other.last_stop = ev.sentence       # (those who went with the visitor are named after the tour)
                place = ev.slot("place")
                if place is not None and other.place_guessed and _within(ctx, place, other.slot("place")) \
                        and not ev.first_of_each:
                    # the stops named are in the visitor's own area (but the headline's 到乡镇调研 is
                    # the first of the townships the lead then visits one by one: that township's); a city's
                    # or a province's visitor touring a county is in that county (the county of the chain)
                    if place.label == VISIT_AREA and _level(ctx, other.slot("place")) in _ABOVE_COUNTIES:
                        other.slots = [(r, m) for r, m in other.slots if r != "place"] + [("place", place)]
                    other.place_guessed = False
                if place is not None and (other.place_guessed or other.slot("place") is None) and not ev.place_guessed:
                    other.slots = [(r, m) for r, m in other.slots if r != "place"] + [("place", place)]
                    other.place_guessed = False
                return True
            return False
    return False


_LEADS = "率"                # 某某率调研组来我省: the person leads the group
_GROUP_HEADS = "组团"        # the last character of a visiting group's name (调研组, 访问团)


def _group_led(lead: Candidate, headline: Candidate) -> bool:
    """某某调研组来某省调研 (headline) | 某某率调研组来我省 (lead): the group the headline names as the visitor is the
    one the lead's visitor leads (the lead names it by its end, 调研组, 团), to the same place."""
    group, place, there = headline.slot("agent"), headline.slot("place"), lead.slot("place")
    if group is None or group.label == "Person" or place is None or there is None or place.key != there.key:
        return False
    if lead.source == LED_SOURCE:
        text, start, stop = lead.label, 0, len(lead.label)
    else:
        # (某某率调研组来某市调研…: the lead's label opens at 来, the group is named between the visitor and it)
        agent, s = lead.slot("agent"), lead.sentence
        if agent is None or not s.start <= agent.end <= there.start <= s.end:
            return False
        text, start, stop = s.text, agent.end - s.start, there.start - s.start
    at = text.find(_LEADS, start, stop)
    end = next((k for k in range(at + 1, stop) if text[k] in _GROUP_HEADS), -1) if at >= 0 else -1
    return end > at and group.canonical.endswith(text[at + 1:end + 1])


ADM_CODE_DIGITS = 6


def _level(ctx: EventContext, m) -> str:
    """The class of a place slot's entity (a guessed place is a mention labelled ``Place``, keyed by its area)."""
    e = ctx.frame.entities.entities.get(m.key)
    if e is not None:
        return e.type
    code = m.key[len("adm/"):] if m.key.startswith("adm/") else ""
    if len(code) == ADM_CODE_DIGITS and code.isdigit():
        # (a statistical code says its level: 34 | 15 | 00 a prefecture, 34 | 00 | 00 a province)
        return "Province" if code.endswith("0000") else "Prefecture" if code.endswith("00") else "County"
    return m.label


def _hosts(ctx: EventContext, place: Mention, ev: Candidate) -> bool:
    """``place`` is where ``ev`` was held, or holds it (某县 | 某市…会议在某县某镇召开): a headline's organiser that only
    hosts the lead's meeting."""
    where = ev.slot("place")
    return is_place(place) and where is not None and _within(ctx, where, place)


def _held_as_one(ev: Candidate, events: list[Candidate]) -> list[Candidate]:
    """The other meetings of a name ``ev`` was split from (甲会议暨乙会议): held as one sitting."""
    if ev.joint_of < 0:
        return []
    return [e for e in events if e is not ev and e.joint_of == ev.joint_of and e.sentence is ev.sentence]


def _hosts_area(ctx: EventContext, visit: Candidate, escorts: list[Participant]) -> None:
    """省某厅副厅长某某调研春耕生产，区长某某陪同: a visit whose places the text does not name (its place the
    visitor's own area, guessed) is where those escorting him govern: the place of an escort's post, inside it."""
    if not visit.place_guessed:
        return
    area = visit.slot("place")
    for p in escorts:
        org = ctx.post_org(p.person)
        place = ctx.place_of(org) if org is not None else None
        if place is not None and area is not None and place.key != area.key and _within(ctx, place, area):
            visit.slots = [(r, m) for r, m in visit.slots if r != "place"] + [("place", place)]
            return


def _within(ctx: EventContext, place, area, limit: int = 6) -> bool:
    """``place`` is ``area`` or lies in it, by the places found for the article (at most ``limit`` steps up)."""
    if area is None:
        return False
    key = place.key
    for _ in range(limit):
        if key == area.key:
            return True
        key = ctx.located.get(key) or ctx.frame.entities.parents.get(key)
        if key is None:
            return False
    return False


def _gathering(ctx: EventContext, ev: Candidate) -> bool:
    """A meeting, a ceremony (某某开工仪式, 某某典礼), a launch (某研究院揭牌成立), an event held (某某文化节)
    or a signing (某某协议, 某某签约活动): people chair it and attend it, and the headline names it as the lead does."""
    label = plain(ev.label)
    return ev.type == "Meeting" or ev.source in (LAUNCH, SIGNING) or label.endswith(
        ctx.cues("Milestone", "ceremony") + ctx.cues("Event", "held") + ctx.cues("Event", "object")) or (
        ev.source == CEREMONY and label.endswith(ctx.cues("Milestone", "launch_event") + ctx.cues("Event", "edition_head")))
    #    (某某主场活动在Y举行; 第五届某某啤酒节在Y开幕, read as held by its edition)


def _absorb_headline(ctx: EventContext, ev: Candidate, events: list[Candidate]) -> None:
    """A dated meeting (or ceremony) the headline named before, undated, by the same name or its
    end (召开常务会议; the lead: 第12次常务会议): one meeting, the lead's, with the slots only the
    headline gave."""
    title = ctx.frame.article.title
    if not (ev.when.get("date") or ev.when.get("dateBefore")) or not title:
        return
    if ev.source == RECEPTION:
        for other in [e for e in events if e.source == GUESTS_SOURCE and e.sentence.index == 0
                      and ctx.text.startswith(ctx.said(e.sentence)) and not (e.when.get("date") or e.when.get("dateBefore"))]:
            # 某某会见越南某省代表团 | …在南宁会见…代表团一行: the headline's guests' visit is the reception the lead
            # tells; the delegation it names attends it
            events.remove(other)
            held = {m.key for _, m in ev.slots}
            ev.slots += [("attendee", m) for r, m in other.slots if r == "agent" and m.key not in held]
    for other in events:
        if (other.type == ev.type or {other.source, ev.source} <= _CEREMONIAL) \
                and _names_the_same(ctx, other, ev, events) and not other.mention_only \
                and other.sentence.index == 0 and ctx.text.startswith(ctx.said(other.sentence)) \
                and _squeezed(other.sentence.text) in _squeezed(title) and _coarser_day(other, ev):
            events.remove(other)
            roles, held = {r for r, _ in ev.slots}, {(r, m.key) for r, m in ev.slots}
            # the headline's organisers and attendees join the lead's; its place only where the lead has none
            lead_org = ev.slot("organizer")
            bodies = [m for r, m in other.slots if r == "organizer" and is_org(m)]
            if lead_org is not None and lead_org.attr("anaphor") and not is_org(lead_org) and bodies:
                # 某省委教育工委召开全省高校党建工作推进会 | 全省…推进会在武汉召开: the lead's organiser is only the
                # scope its name opens with (全省); the body the headline names holds it
                ev.slots = [(r, m) for r, m in ev.slots if not (r == "organizer" and m.key == lead_org.key)]
                lead_org = None
            place_of_lead = ctx.place_of(lead_org) if lead_org is not None else None
            ev.slots += [(r, m) for r, m in other.slots if (r, m.key) not in held
                         and (r in SHARED_ROLES or r not in roles)
                         and not (r == "organizer" and _organizer_around(ctx, m, lead_org, place_of_lead))
                         # (某县召开某某会议 | 某市…会议在某县某镇召开: the county the headline names only hosts it)
                         and not (r == "organizer" and lead_org is not None and _hosts(ctx, m, ev))
                         and not (r == "attendee" and _place_of_a_party(ctx, m, ev))
                         and not (r == "attendee" and ("chair", m.key) in held)]     # (who chairs it, not a guest)
            if other.label != ev.label and plain(other.label).endswith(plain(ev.label)) \
                    and len(plain(ev.label)) < len(plain(other.label)) and ev.type == "Meeting" \
                    and not any(m.start == ev.start for m in ctx.frame.entities.mentions):
                # (专题会议 | 国企改革专题会议: the headline names it whole, the lead by its kind alone; not
                # 厅党组会议, which the lead names with its body)
                ev.aliases.add(ev.label)
                ev.label = other.label
            elif other.label != ev.label:
                ev.aliases.add(other.label)
            return


_SITTING = re.compile(r"会议?$")     # 某某会 and 某某会议: one meeting's name, written short or whole
MIN_SITTING_NAME = 6      # characters of a meeting named short that another's name may end in (not 常委会)
_NUMBERED = re.compile(f"{ORDINAL}[次届期]")       # 第四十二次, 第42次: a numbered session
_SESSION_NUMBER = re.compile(r"(?<=第)[〇零一二两三四五六七八九十百]+(?=[次届期])")   # … its number in words


def _sitting_name(label: str) -> str:
    """A meeting's name with 会议 for a 会 it ends in (某某常委（扩大）会 and …会议: one name)."""
    return _SITTING.sub(MEETING_WORD, plain(label))


def _normal_name(label: str) -> str:
    """A numbered meeting's name as compared: its numbers in digits, 会议 for a 会 at its end."""
    return _sitting_name(_sessions_as_digits(plain(label)))


def _sessions_as_digits(label: str) -> str:
    """``label`` with the numbers of its sessions in Arabic digits (第四十二次 -> 第42次)."""
    def digits(m: re.Match) -> str:
        value = parse_number(m.group())
        return str(int(value)) if value is not None else m.group()
    return _SESSION_NUMBER.sub(digits, label)


def _absorb_headline_visit(ctx: EventContext, ev: Candidate, events: list[Candidate]) -> None:
    """某厅调研组赴某市调研… (headline, undated) | 4月19日，某厅副厅长某某一行到某市调研… (lead): one visit, the lead's,
    where both are to one place and the headline's visitor is the lead's or the group the lead's leads (a body's
    调研组, 某县考察团); the headline's name stays as an alias."""
    place, agent = ev.slot("place"), ev.slot("agent")
    if place is None or agent is None or not (ev.when.get("date") or ev.when.get("dateBefore")) \
            or not ctx.frame.article.title:
        return
    for other in events:
        there, who = other.slot("place"), other.slot("agent")
        if other.type != "Visit" or other.sentence.index != HEADLINE or other.mention_only or other.each_group >= 0 \
                or other.when.get("date") or other.when.get("dateBefore") or there is None or who is None \
                or not ctx.text.startswith(ctx.said(other.sentence)):
            continue
        if there.key != place.key or not (who.key == agent.key or (is_org(who) and agent.label == "Person")
                                          or _same_team(ctx, who, agent)):
            continue
        if any(e.type == "Visit" and e is not other and not e.mention_only and (p := e.slot("place")) is not None
               and p.key == place.key for e in events):
            continue       # (the lead's visit there is told already: the headline's is that one's)
        events.remove(other)
        ev.aliases.add(other.label)
        if ev.slot("organizer") is None and other.slot("organizer") is not None:
            ev.slots.append(("organizer", other.slot("organizer")))
        return


def _same_team(ctx: EventContext, short: Mention, whole: Mention) -> bool:
    """省防汛检查组 (headline) | 省防汛抗旱指挥部检查组 (lead): one team, named shorter in the headline (the same opening,
    the same kind of group)."""
    if not (is_org(short) and is_org(whole)) or len(short.canonical) >= len(whole.canonical):
        return False
    head = next((h for h in ctx.cues("Visit", "group") if short.canonical.endswith(h) and len(h) > 1), None)
    return head is not None and whole.canonical.endswith(head) and short.canonical[:2] == whole.canonical[:2]


def _place_of_a_party(ctx: EventContext, m: Mention, lead: Candidate) -> bool:
    """The headline's party ``m`` is the place of a body the lead names as a party (甲与乙签约 | 甲市人民政府与
    乙市人民政府签订…): the lead names who signed, the headline only where they are."""
    return any(r in ("organizer", "attendee") and is_org(x) and (p := ctx.place_of(x)) is not None and p.key == m.key
               for r, x in lead.slots)


def _organizer_around(ctx: EventContext, m: Mention, lead_org: Mention | None, place_of_lead: Mention | None) -> bool:
    """The headline's organiser ``m`` is the place of the lead's (某县 | 某县人民政府), a body in the
    place that is the lead's (县人民医院 | 某县), or the body whose part the lead's is (某厅 | 某厅党组): the
    lead names who holds it, the headline only says where."""
    if place_of_lead is not None and m.key == place_of_lead.key:
        return True
    if lead_org is not None and is_org(m) and is_org(lead_org) and len(lead_org.canonical) > len(m.canonical) \
            and lead_org.canonical.startswith(m.canonical):
        return True      # 某厅 | 某厅党组: the lead names the body's part that met, the headline the body
    if lead_org is not None and _named_shorter(m, lead_org):
        return True      # 某市委巡察组 | 某市委第三巡察组: the lead's, named shorter
    place = ctx.place_of(m) if lead_org is not None else None
    return place is not None and place.key == lead_org.key


def _coarser_day(headline: Candidate, lead: Candidate) -> bool:
    """The headline gives no day, only the year or month of the lead's (我市举行2024年…签约活动 |
    3月27日，…: the year in the event's name), or a bound the lead's day keeps."""
    day, before = headline.when.get("date"), headline.when.get("dateBefore")
    lead_day = lead.when.get("date") or lead.when.get("dateBefore") or ""
    if not day:     # (a headline's launch is dated before the report's day: the lead's may be the day before)
        return not before or (bool(lead_day) and lead_day <= before)
    quarter = _QUARTER.fullmatch(day)
    if quarter and len(lead_day) >= len("2021-09"):
        # 第三季度重大项目集中开工 | 9月27日: a day of the headline's quarter
        return lead_day[:4] == quarter[1] and (int(lead_day[5:7]) - 1) // 3 + 1 == int(quarter[2])
    # (or the same day: 昨晚我市举行新春音乐会 | 昨晚，某某音乐会在…举行)
    return day == lead_day or (len(day) < len(lead_day) and lead_day.startswith(day))


_OPENINGS = ("开幕式", "闭幕式", "开幕", "闭幕")   # an event held has its opening and closing
_JOINS = ("参加", "参与", "参加活动", "一同参加")   # 某某参加。, 某某参加活动。: taking part in the event just told
# a ceremony is typed by what it launches, read in its sentence or not: the headline's 集中开工仪式 (a launch)
# is the lead's 开工仪式 held at a venue (a ceremony) all the same
_CEREMONIAL = frozenset((CEREMONY, LAUNCH))
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")     # a quarter, as kg.dates writes it (2021-Q3)
# a numbered session (十届二十次, 第十五次): a name that tells one meeting of a body from its others
_NUMBERED_SESSION = re.compile(f"{ORDINAL[1:]}届{ORDINAL[1:]}次|{ORDINAL}次")


# (a Party committee's, or its commission for discipline inspection's: 某省纪委十四届五次全会, 十四届某省纪委五次全会,
# 中国共产党某省第十四届纪律检查委员会第五次全体会议)
_PLENARY_SHORT = re.compile(r"(?:中共)?(?P<place>.+?)(?P<kind>纪)?委第?(?P<term>[一二三四五六七八九十]+)届"
                            r"第?(?P<session>[一二三四五六七八九十]+)次全(?:会|体会议)$")
_PLENARY_TERM_FIRST = re.compile(r"第?(?P<term>[一二三四五六七八九十]+)届(?:中共)?(?P<place>.+?)(?P<kind>纪)?委"
                                 r"第?(?P<session>[一二三四五六七八九十]+)次全(?:会|体会议)$")
_PLENARY_FORMAL = re.compile(r"中国共产党(?P<place>.+?)第(?P<term>[一二三四五六七八九十]+)届(?P<kind>纪律检查)?委员会"
                             r"第(?P<session>[一二三四五六七八九十]+)次全体(?:会议)?$")


_CONGRESS_SHORT = re.compile(r"(?:中共)?(.+?)(?:第([一二三四五六七八九十]+)次)?党代会$")
_CONGRESS_FORMAL = re.compile(r"(?:中国共产党|中共)(.+?)第([一二三四五六七八九十]+)次代表大会$")


def _congress(label: str) -> tuple[str, str] | None:
    """(place, number) of a Party congress, in its short form (某省第八次党代会) or its formal one
    (中国共产党某省第八次代表大会)."""
    m = _CONGRESS_FORMAL.search(label) or _CONGRESS_SHORT.search(label)
    return (m[1], m[2] or "") if m else None


_CPPCC_SESSION_SHORT = re.compile(r"(.*?)政协第?([一二三四五六七八九十]+)届第?([一二三四五六七八九十]+)次会议$")
_CPPCC_SESSION_FORMAL = re.compile(r"(?:中国人民政治协商会议|政协)(.+?)第([一二三四五六七八九十]+)届委员会第([一二三四五六七八九十]+)次会议$")


def _standing(label: str) -> str:
    """A standing committee's meeting's name with its brackets and the 会 of 常委会 dropped (某委常委会扩大会议,
    某委常委（扩大）会议 and 某委常委扩大会议 are one name)."""
    return label.translate(_BRACKETS_DROPPED).replace(_STANDING_BODY, _STANDING)


_BRACKETS_DROPPED = str.maketrans("", "", "（）()")
_STANDING_BODY, _STANDING = "常委会", "常委"


def _cppcc_session(label: str) -> tuple[str, str, str] | None:
    """(place, term, session) of a CPPCC committee's session, short (某省政协十二届五次会议) or formal
    (政协某省第十二届委员会第五次会议)."""
    m = _CPPCC_SESSION_FORMAL.search(label) or _CPPCC_SESSION_SHORT.search(label)
    return m.groups() if m else None


def _plenary(label: str) -> tuple[str, bool, str, str] | None:
    """(place, of the commission for discipline inspection, term, session) of a Party committee's plenary
    session, in its short forms or its formal one."""
    m = _PLENARY_FORMAL.search(label) or _PLENARY_SHORT.search(label) or _PLENARY_TERM_FIRST.search(label)
    return (m["place"], bool(m["kind"]), m["term"], m["session"]) if m else None


def _names_the_same(ctx: EventContext, headline: Candidate, lead: Candidate, events: list[Candidate]) -> bool:
    """The headline names the lead's meeting by its end (召开常务会议 | 第12次常务会议); by the
    kind of meeting both end in, the lead's being the first of the article's (某州委理论学习中心组
    学习会 | 2023年第五次集体学习会); or, with the same organiser (or none, in a name of eight
    characters or more), by its words without the session (某市人大常委会会议 | 某市十六届人大常委会
    第十二次会议; 县十八届人大三次会议 | 某县第十八届人民代表大会第三次会议: every character of the
    one in order in the other)."""
    if ISSUANCE in (headline.source, lead.source):
        # 某厅印发《某某方案》 | 近日，某省某厅印发《某某方案》: one issuance of the one document
        # (or its short title: 《某省数字政府建设白皮书》发布 | …发布《某省数字政府改革建设白皮书（2020年）》, the
        # article's one issuance of a document so titled)
        ours, theirs = headline.slot("document"), lead.slot("document")
        return headline.source == lead.source and ours is not None and theirs is not None and (
            ours.key == theirs.key or len(short := ours.canonical.strip("《》")) >= MIN_SHORT_TITLE
            and _in_order(short, theirs.canonical) and not any(
                e.source == ISSUANCE and e is not headline and e is not lead and not e.mention_only for e in events))
    organizer = headline.slot("organizer")
    if headline.type == lead.type == "Meeting" and organizer is not None \
            and headline.label in (ctx.named(organizer) + _BARE_MEETING, organizer.canonical + _BARE_MEETING) \
            and _same_organizer(ctx, organizer, lead.slot("organizer")) \
            and not any(e.type == "Meeting" and e is not headline and e is not lead and not e.mention_only
                        and _same_organizer(ctx, organizer, e.slot("organizer")) for e in events):
        return True      # 某指挥部召开会议 | 12月25日晚，某指挥部召开专题会议: the one meeting it held, named
    if headline.source == lead.source == RECEPTION and _same_host(headline, lead) \
            and not any(e.source == RECEPTION and e is not headline and e is not lead and not e.mention_only
                        and _same_host(headline, e) for e in events):
        return True      # 某某会见哈萨克斯坦客人 | 某某在乌鲁木齐会见了某国某州州长一行: one reception, the host's one
    if lead.source == FEEDBACK_SOURCE and FEEDBACK in headline.label and headline.source != FEEDBACK_SOURCE:
        return True      # 某省召开督察反馈会 | 某督察组向某省反馈…督察情况: the meeting of the findings handed over
    if lead.label.endswith(headline.label):
        return True
    if headline.source == TALK and lead.type == "Meeting" and plain(lead.label).endswith(FORUM):
        return True      # 某某同某班学员座谈 | 某某主持召开座谈会，同…学员进行座谈: the forum the lead tells
    if headline.type == lead.type and _NUMBERED.search(headline.label) \
            and _normal_name(lead.label).endswith(_normal_name(headline.label)):
        # 省政府第四十二次常务会议 | 某省政府第42次常务会议: one session, its number written two ways; 县政府2020年第4次
        # 常务会议 | 某县政府2020年第4次常务会: its name written short
        return True
    headline_plain, lead_plain = plain(headline.label), plain(lead.label)
    if headline.type == lead.type == "Meeting" and len(lead_plain) >= MIN_SHORT_NAME and headline_plain.endswith(lead_plain) \
            and not any(e.type == lead.type and e is not headline and e is not lead and not e.mention_only for e in events):
        return True      # 某市召开国企改革专题会议 | 市长某某主持召开专题会议: the lead names the one meeting short
    if headline.source == lead.source == CEREMONY and organizer is not None \
            and _same_organizer(ctx, organizer, lead.slot("organizer")) and len(lead_plain) >= MIN_KIND \
            and _in_order(lead_plain, headline_plain) and lead_plain[-2:] == headline_plain[-2:]:
        return True      # 某县举行纪念长征胜利80周年活动 | 某县在某旧址举行纪念活动: the one event, the lead naming it short
    ours, theirs = _plenary(headline_plain), _plenary(lead_plain)
    if ours is not None and theirs is not None and ours[1:] == theirs[1:] \
            and (ours[0].endswith(theirs[0]) or theirs[0].endswith(ours[0])):
        return True      # 中共某县委十七届六次全会 | 中国共产党某县第十七届委员会第六次全体会议 (省纪委… | 某省…)
    ours, theirs = _congress(headline_plain), _congress(lead_plain)
    if ours is not None and theirs is not None and ours[0] == theirs[0] and (ours[1] == theirs[1] or not ours[1]):
        return True      # 某省第八次党代会 (某市党代会) | 中国共产党某省第八次代表大会
    if _standing(lead_plain).endswith(_standing(headline_plain)):
        return True      # 市委常委会扩大会议 | 市委常委（扩大）会议: one meeting, written two ways
    ours, theirs = _cppcc_session(headline_plain), _cppcc_session(lead_plain)
    if ours is not None and theirs is not None and ours[1:] == theirs[1:] \
            and (ours[0].endswith(theirs[0]) or theirs[0].endswith(ours[0])):
        return True      # 省政协十二届五次会议 | 政协某省第十二届委员会第五次会议
    kind = next((h for h in ctx.cues("Meeting", "head") if headline_plain.endswith(h)), None)
    if kind and len(kind) >= MIN_KIND and lead_plain.endswith(kind) \
            and not any(e.type == lead.type and e is not headline and not e.mention_only for e in events):
        return True
    if headline_plain.endswith(_STUDY_SESSIONS) and lead_plain.endswith(_STUDY_SESSIONS) \
            and _same_organizer(ctx, headline.slot("organizer"), lead.slot("organizer")) \
            and not any(e.type == lead.type and e is not headline and not e.mention_only for e in events):
        return True      # 某中心组举行专题学习会 | 某中心组举行2026年第六次集体学习: one study session, named two ways
    organizer = headline.slot("organizer")
    if headline.source == lead.source == LAUNCH \
            and (organizer is None or lead.slot("organizer") is None
                 or _same_organizer(ctx, organizer, lead.slot("organizer"))) \
            and not any(e.source == LAUNCH and e is not headline and not e.mention_only for e in events):
        return True      # 县人民医院医共体总医院揭牌成立 | 某县医共体总医院揭牌仪式: the article's first launch, one
        #                  (甲至乙段开通: either may name no organiser)
    if headline.source == lead.source == SIGNING and organizer is not None \
            and (_same_organizer(ctx, organizer, lead.slot("organizer"))
                 or _same_parties(headline, lead)):
        return True      # 甲与乙签约共建某中心 | 甲与乙签署合作协议: one signing, the first party's
        #                  (乙与甲签订…协议 | 甲与乙…签约仪式: the same two parties, named in either order)
    core = _core_name(_without_organizer(headline_plain, organizer))     # 某县某某展销会: its organiser named first
    lead_core = _core_name(_without_organizer(lead_plain, lead.slot("organizer")))
    if organizer is not None and len(core) >= MIN_CORE and core in (_core_name(lead_plain), lead_core) \
            and _same_organizer(ctx, organizer, lead.slot("organizer")):
        return True      # 全县某某工作会议 | 2023年某某工作会议: the same meeting, its scope and year aside
    if _JOINED in headline_plain and _JOINED in lead_plain:
        after = headline_plain.rsplit(_JOINED, 1)[1]
        if len(after) >= MIN_NAMED_END and after == lead_plain.rsplit(_JOINED, 1)[1]:
            return True  # 庆祝建党某周年暨某某表彰大会 | 庆祝中国共产党成立某周年暨某某表彰大会: one meeting
    edition_free = _EDITION.sub("", core)
    if organizer is not None and len(edition_free) >= MIN_NAMED_END and lead_plain.endswith(edition_free) \
            and _same_organizer(ctx, organizer, lead.slot("organizer")):
        return True      # 第二届某某峰会 | 2023中国（某市）某某峰会: the same event, its edition named two ways
    if organizer is None and len(headline.label) < MIN_SPELLED:
        return False
    if organizer is not None and lead.slot("organizer") is not None \
            and not any(_same_organizer(ctx, ours, theirs) for r, ours in headline.slots if r == "organizer"
                        for r2, theirs in lead.slots if r2 == "organizer") \
            and not _hosts(ctx, organizer, lead):
        # (某县召开某某会议 | 某市…会议在某县某镇召开: the headline names the meeting by the county it is held in)
        # (a lead naming no organiser takes the headline's: 我省举办第二届某某博览会 | 第二届中国（某省）…;
        # two that hold it together, named in either order: 甲市与乙市举行…联席会议 | 乙市—甲市…联席会议)
        return False
    if len(lead.label) >= MIN_LEAD_END and headline.label.endswith(lead.label):
        return True      # 省水利厅召开党组会议 | 厅党组会议: the lead names the headline's meeting by its end
    # (第三批某某教育部署会议 | 某市学习贯彻…某某教育部署会议: the batch the headline adds aside)
    return any(_in_order(name, lead.label)
               for name in {headline.label, _EDITION.sub("", headline.label), _own_place_spelled(ctx, headline),
                            _without_place_opening(ctx, headline)})


_BARE_MEETING = "会议"     # 某某召开会议: a meeting the headline does not name


def _same_host(one: Candidate, other: Candidate) -> bool:
    """Two receptions whose host (the chair who 会见) is one person."""
    ours, theirs = one.slot("chair"), other.slot("chair")
    return ours is not None and theirs is not None and ours.key == theirs.key


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def _without_organizer(label: str, organizer: Mention | None) -> str:
    """An event's name without the organiser's name it opens with (某县某某展销会 → 某某展销会)."""
    name = plain(organizer.text) if organizer is not None else None     # (``label`` is plain too)
    return label[len(name):] if name and label.startswith(name) else label


def _core_name(label: str) -> str:
    """A meeting's name without the scope or the year it opens with (全县, 我市, 2023年, 2023年度)."""
    return _SCOPE_OR_YEAR.sub("", label)


def _same_parties(a: Candidate, b: Candidate) -> bool:
    """The organiser and attendees of two signings are the same bodies (in whatever order)."""
    def parties(ev: Candidate) -> set[str]:
        return {m.key for r, m in ev.slots if r in ("organizer", "attendee") and m.label != "Person"}
    pa = parties(a)
    return len(pa) >= 2 and pa == parties(b)


def _own_place_spelled(ctx: EventContext, ev: Candidate) -> str:
    """The event's name with the 我省/本市 it opens with written as the place it stands for (我省与某公司
    签署…协议 → 某省与某公司签署…协议), as :func:`_name_the_place` will name it; so is 全省 (全省某某大会 |
    某省某某大会: the headline names the province's meeting so, though the graph keeps its words)."""
    m = next((m for m in ctx.frame.entities.mentions if m.start == ev.start and m.source.startswith(ANAPHORA)
              and m.label in ADMIN_CLASSES and m.key in ctx.frame.entities.entities), None)
    return _own_place_label(ctx.frame, ev, m, OWN | {WHOLE}) or ev.label


def _without_place_opening(ctx: EventContext, ev: Candidate) -> str:
    """The event's name without the place it opens with (新疆某某高速公路全线通车 | 某某高速公路全线建成
    通车: the headline says where, the lead only what), when the rest is still a name."""
    m = next((m for m in ctx.frame.entities.mentions if m.start == ev.start and m.label in ADMIN_CLASSES), None)
    if m is None or not ev.label.startswith(ctx.named(m)) or len(ev.label) - len(m.text) < MIN_SPELLED:
        return ev.label
    return ev.label[len(m.text):]


def _named_shorter(short: Mention, full: Mention) -> bool:
    """Body ``short`` is body ``full`` with words left out (某市委巡察组 | 某市委第三巡察组): of one class and
    kind, every character of the one in order in the other."""
    return is_org(short) and is_org(full) and short.label == full.label and short.key != full.key \
        and len(short.canonical) >= MIN_CORE and short.canonical[-MIN_HEAD:] == full.canonical[-MIN_HEAD:] \
        and _in_order(short.canonical, full.canonical)


def _same_organizer(ctx: EventContext, headline: Mention | None, lead: Mention | None) -> bool:
    """The headline's organiser is the lead's, the place the lead's is of (某县 | 某县人民政府) or the
    lead's the place the headline's is of (县人民医院 | 某县), or the body the lead's is a unit of, named
    by its name (中国科学院 | 中国科学院地球化学研究所)."""
    if lead is None or headline is None:
        return False
    if headline.key == lead.key:
        return True
    if is_org(headline) and is_org(lead) and lead.canonical.startswith(headline.canonical) \
            and len(lead.canonical) > len(headline.canonical):
        return True
    if _named_shorter(headline, lead):
        return True      # 某市委巡察组 | 某市委第三巡察组: the headline leaves out which one
    return any(place is not None and place.key == other.key
               for place, other in ((ctx.place_of(lead), headline), (ctx.place_of(headline), lead)))


def _squeezed(text: str) -> str:
    """``text`` without spaces, nor the full stop a headline repeated as the body's first sentence ends with
    (某某主持召开某某推进会。 under the title 某某主持召开某某推进会)."""
    squeezed = "".join(text.split()).rstrip(_SENTENCE_ENDS)
    return _PICTURED.sub("", squeezed)      # (某县召开某某会议(图): the page's mark of a photograph after it)


_SENTENCE_ENDS = "。！!"
_PICTURED = re.compile(r"[（(【\[](?:组?图|图文|视频)[）)】\]]$")


def _join_named(ev: Candidate, events: list[Candidate]) -> bool:
    """A meeting named in passing again: one event, with the slots either naming gives."""
    for other in events:
        held_by = other.slot("organizer")
        fuller = other.type == ev.type and not other.mention_only and (held_by is None or held_by.attr(UNPLACED)) \
            and ev.label.endswith(other.label) and _NUMBERED_SESSION.search(other.label) is not None
        if fuller:
            # 区政协召开十届二十次常委会议 (a body no place was found for) | 审议通过了区政协十届二十次常委会议
            # 协商意见: the numbered session held, named in full by its later naming
            other.label = ev.label
        if other.type == ev.type == "Visit" and other.mention_only and other.label != ev.label \
                and not other.when.get("date") and not ev.when.get("date") \
                and all(_same_slot(other, ev, r) for r in ("agent", "place")):
            # 习近平总书记考察贵州 | 视察贵州 | 在贵州考察: one visit referred to in its wordings; the later
            # naming, dated by what was told before it, stands for the headline's undated one
            keep, drop = (ev, other) if not other.when and other.sentence.index == HEADLINE else (other, ev)
            keep.aliases |= {drop.label} | drop.aliases
            roles = {r for r, _ in keep.slots}
            keep.slots += [(r, m) for r, m in drop.slots if r not in roles]
            if keep is ev:
                events[events.index(other)] = ev
            return True
        if other.type == ev.type and (other.label == ev.label or (
                (not other.mention_only or "date" in other.when) and len(plain(ev.label)) >= MIN_SITTING_NAME
                and _sitting_name(other.label).endswith(_sitting_name(ev.label)))):
            # (在自治区党委常委（扩大）会上: the 某自治区党委常委（扩大）会议 held, named short)
            roles = {r for r, _ in other.slots}
            other.slots += [(r, m) for r, m in ev.slots if r not in roles]
            if not other.when and ev.when:
                # first named in the headline, before any dated event: dated by a later naming
                other.when = ev.when
            return True
    return False


def _same_slot(a: Candidate, b: Candidate, role: str) -> bool:
    """Both name an entity in slot ``role``, the same one."""
    x, y = a.slot(role), b.slot(role)
    return x is not None and y is not None and x.key == y.key


def _opened_at(ctx: EventContext, s: Sentence, events: list[Candidate]) -> Candidate | None:
    """The meeting held before whose name ends with the words ``s`` opens with before 上 (动员会上，某某
    主持会议: the 动员会, though a 见面会 held before it was read after it), else None."""
    said = ctx.said(s)
    at = said.find(AT_THE, 0, MAX_OPENING_NAME + 1)
    named = said[:at] if at > 0 else ""
    if not is_han(named) or not named.endswith(ctx.cues("Meeting", "head")):
        return None
    return next((e for e in reversed(events) if e.type == "Meeting" and not e.mention_only
                 and plain(e.label).endswith(named)), None)


def _at_the_meeting(ctx: EventContext, s: Sentence) -> bool:
    """The paragraph of ``s`` opens with 会上 (``during`` in event_cues.tsv): what it tells took place at the
    meeting just named (会上，某某作辅导报告。甲，乙作交流发言。)."""
    first = next(x for x in ctx.frame.doc.sentences if x.paragraph == s.paragraph)
    return ctx.said(first).startswith(ctx.cues("Event", "during"))


def _names_gathering(ctx: EventContext, text: str, ev: Candidate) -> bool:
    """Whether ``text`` says its people attend or chair a gathering of ``ev``'s kind (参加会见 after a
    reception, 出席会议 or 主持会议 after a meeting, 出席仪式 after a ceremony)."""
    label = plain(ev.label)
    kinds = RECEPTION_WORDS if ev.source == RECEPTION else tuple(
        h for h in ctx.cues("Meeting", "head") + ctx.cues("Milestone", "ceremony") if label.endswith(h))
    if ev.type == "Meeting" and ev.source != RECEPTION:
        kinds += (MEETING_WORD,)        # (主持会议 after 某某推进会: any meeting is a 会议)
    launched = ev.source == LAUNCH      # 出席通车仪式 after 某某高速公路建成通车: the launch's ceremony
    if launched:
        kinds += ctx.cues("Milestone", "ceremony") + ctx.cues("Milestone", "launch_event")
    opened = ev.source == CEREMONY and ev.type == "Event"
    if opened:
        kinds += _OPENINGS         # 出席开幕式 after 某某博览会在Y开幕: the opening of the event held
    if ev.source == SIGNING:
        kinds += _SIGNINGS         # 见证签约 after 甲与乙签署…协议: the signing
    if any(text.startswith(k + BY) for k in kinds):
        return True                # 大会由副省长某某主持: the gathering, named first, by whom it is chaired
    for v in ctx.cues("Event", "attendee") + ctx.cues("Event", "chair"):
        if opened and v.endswith(_OPENINGS) and v in text:
            return True            # 某某宣布开幕: the opening of the event held, named by the verb
        at = text.find(v)
        while at >= 0:
            after = text[at + len(v):].removeprefix(PERFECTIVE)     # (参加了会见)
            for k in kinds:
                # the kind right after the verb, or after the end of the gathering's own name
                # (参加开工仪式 after 某某集中开工仪式; not 出席表彰会议 after another 会议)
                q = after.find(k, 0, MAX_NAME_BEFORE_KIND + len(k))
                if q == 0 or (q > 0 and label.endswith(k) and label[:-len(k)].endswith(after[:q])) \
                        or (q > 0 and launched and label.endswith(after[:q])):
                    return True
            at = text.find(v, at + 1)
    return False


def _chaired(ctx: EventContext, p: Participant, target: Candidate, events: list[Candidate]) -> Candidate:
    """The gathering a chair ``p`` chairs: ``target`` (the last one named), unless another body holds
    it and an earlier one of the paragraph is held by the chair's own body or its place (某县召开干部大会，
    ……当日召开的某县人大常委会会议，决定任命……。县委书记某某主持会议: the 干部大会)."""
    if p.role != "chair":
        return target
    body, held = ctx.post_org(p.person), target.slot("organizer")
    if body is None or held is None or not is_org(held) or held.key == body.key \
            or ctx.frame.entity_label(held.key).startswith(ctx.frame.entity_label(body.key)):
        return target
    own = {body.key} | ({place.key} if (place := ctx.place_of(body)) is not None else set())
    return next((e for e in reversed(events) if e is not target and _gathering(ctx, e) and not e.mention_only
                 and e.sentence.paragraph == target.sentence.paragraph
                 and e.slot("organizer") is not None and e.slot("organizer").key in own), target)


def _holders_own(ctx: EventContext, p: Participant, target: Candidate, events: list[Candidate],
                 chosen: dict[int, Candidate]) -> Candidate:
    """甲市、乙市分别召开…会议。甲市委书记某某主持会议…。乙市委书记某某作动员讲话: of the meetings held alike (one
    name, one sentence, a holder each), the one of the place the person's post is in; else the one the sentence's
    persons before were at."""
    alike = [e for e in events if e.label == target.label and e.sentence.index == target.sentence.index
             and e.type == target.type and not e.mention_only]
    if len(alike) < 2 or p.person.label != "Person":
        return target
    body = ctx.post_org(p.person)
    where = ctx.place_of(body) if body is not None else None
    keys = {m.key for m in (body, where) if m is not None}
    own = next((e for e in alike if any(m.key in keys for r, m in e.slots if r in ("organizer", "place"))), None)
    if own is not None:
        chosen[p.person.sentence] = own
        return own
    return chosen.get(p.person.sentence, target)


def _held_where_told(ctx: EventContext, ev: Candidate, where: Mention) -> None:
    """某某在南昌主持会议 after 某省某指挥部召开…会: held in the place told, where it lies inside the one the
    meeting had (its organiser's area) or it had none."""
    held = ev.slot("place")
    if ev.type != "Meeting" or (held is not None and not is_within(where, held, ctx.frame.entities.parents)):
        return
    ev.slots = [(r, m) for r, m in ev.slots if r != "place"] + [("place", where)]
    ev.place_guessed = False


def _closing(ctx: EventContext, c: Clause) -> bool:
    """Whether clause ``c`` is in the article's last paragraph (a report's closing line: 某某参加调研)."""
    return c.sentence.paragraph == ctx.frame.doc.sentences[-1].paragraph


def _participate(s: Sentence, meeting: Candidate, p: Participant, named: bool = False, headline: bool = False,
                 since: Sentence | None = None, closing: bool = False) -> None:
    # the meeting's paragraph, or the next one (a report often gives 会议由某某主持 a paragraph of its own);
    # further on where the clause names the gathering's kind (a reception's closing line: 某某参加会见);
    # counted from the lead where the headline named it (``headline``: the headline is a paragraph before it),
    # from the last stop of a visit's tour where one was joined to it (``since``); anywhere before a closing
    # line naming the kind of the visit last read (a tour of many stops: 副州长某某参加走访慰问)
    paragraphs, sentences = (NAMED_PARTICIPANT_PARAGRAPHS, NAMED_PARTICIPANT_SENTENCES) if named \
        else (1, PARTICIPANT_SENTENCES)
    paragraphs += headline
    anchor = since or meeting.sentence
    if meeting.last_joined is not None and meeting.last_joined.index > anchor.index \
            and (not headline or meeting.last_joined.paragraph == s.paragraph):
        # 某某出席开幕式并致辞。自治区领导甲、乙等出席: the list of those present goes on from the sentence
        # that named participants last (某某参加调研。某某陪同。 in a paragraph after a headline's visit too)
        anchor = meeting.last_joined
    if named and meeting.last_told is not None and meeting.last_told.index > anchor.index and not headline:
        anchor = meeting.last_told     # (…会议强调…。市领导甲、乙出席会议: counted from the last item told)
    if not (named and closing and s.index >= anchor.index) and (
            not 0 <= s.paragraph - anchor.paragraph <= paragraphs or s.index - anchor.index > sentences):
        return
    if p.role == "attendee" and any(r == "chair" and m.key == p.person.key for r, m in meeting.slots):
        return                       # the host of a reception is not among its guests
    if p.role == "organizer" and meeting.organizer_guessed:
        # 论坛由甲、乙联合主办: the hosts named replace the organiser guessed from the sentences before
        meeting.slots = [(r, m) for r, m in meeting.slots if r != "organizer"]
        meeting.organizer_guessed = False
    meeting.slots.append((p.role, p.person))
    meeting.last_joined = s


def emit(frame: Frame, events: list[Candidate]) -> Extracted:
    """Event nodes (one per id: the same event read twice is one node) and a fact a slot."""
    out = Extracted()
    seen: dict[str, Entity] = {}
    anaphors = {m.start: m for m in frame.entities.mentions
                if m.source.startswith(ANAPHORA) and m.label in ADMIN_CLASSES and m.key in frame.entities.entities}
    bodies = {m.start: m for m in frame.entities.mentions
              if m.label in ORG_CLASSES and m.key in frame.entities.entities and not m.attr("inside")}
    for ev in events:
        _name_the_place(frame, ev, anaphors)
        _name_the_body(frame, ev, bodies)
        organizer = ev.slot("organizer") or ev.slot("agent")
        key = event_id(ev.type, ev.label, ev.day, frame.entity_label(organizer.key) if organizer else None)
        evidence = replace(frame.evidence(ev.sentence, ev.start, ev.end), source=ev.source, score=ev.score)
        ent = seen.get(key)
        if ent is None:
            ent = seen[key] = Entity(key, ev.type, ev.label, attrs=dict(sorted(ev.when.items())))
            out.entities.append(ent)
        ent.aliases |= ev.aliases
        ent.evidence.append(evidence)
        done = set()
        placed = any(r == "place" and not is_org(m) for r, m in ev.slots)
        slots = list(ev.slots)
        for role, m in ev.slots:
            if role in _PLACE_ROLES and is_org(m) and not (role == "place" and placed):
                # 到某研究院调研: a body visited or met at is where it is too (the graph keeps only a Place,
                # the ontology's range, so the body's own edge stays in the extraction alone)
                where = _where_the_body_is(frame, m.key)
                if where is not None and not _broad(frame, where):
                    slots.append((role, replace(m, key=where)))   # (a province too broad to say where: 山东省实验中学)
                    placed = placed or role == "place"
        for role, m in slots:
            if (role, m.key) in done:
                continue
            done.add((role, m.key))
            slot_sentence = frame.doc.sentences[m.sentence] if 0 <= m.sentence < len(frame.doc.sentences) else ev.sentence
            if slot_sentence.start <= m.start and m.end <= slot_sentence.end and slot_sentence.index != ev.sentence.index:
                slot_ev = frame.evidence(slot_sentence, m.start, m.end)
            else:
                slot_ev = _cover(frame, ev.sentence, evidence, m)
            if role == "visited":
                agent = ev.slot("agent")
                for visitor in (agent, *ev.covisitors) if agent is not None else ():
                    if visitor.label == "Person":     # (a person visits: the ontology's domain)
                        out.facts.append(Fact(visitor.key, "visited", m.key, slot_ev, source=ev.source,
                                              score=ev.score))
                continue
            out.facts.append(Fact(key, role, m.key, slot_ev, source=ev.source, score=ev.score))
            if role == "organizer" and ev.type == "DocumentIssuance":
                doc = ev.slot("document")
                if doc is not None:
                    out.facts.append(Fact(doc.key, "issuedBy", m.key, _cover(frame, ev.sentence, evidence, m),
                                          source=ev.source, score=ev.score))
    return out


def _broad(frame: Frame, key: str) -> bool:
    ent = frame.entities.entities.get(key)
    return ent.type in BROAD_LEVELS if ent is not None else key.startswith("adm/") and key.endswith("0000")


def _where_the_body_is(frame: Frame, key: str) -> str | None:
    """The place a body is in (through the bodies it is part of), if the article has one."""
    ents, seen = frame.entities, set()
    while key in ents.parents and key not in seen:
        seen.add(key)
        key = ents.parents[key]
        if key.startswith("adm/") or key in ents.entities and ents.entities[key].type not in ORG_CLASSES:
            return key      # (a division named only in the body's name: a node the graph adds)
    return None


def _name_the_place(frame: Frame, ev: Candidate, anaphors: dict[int, Mention]) -> None:
    """我省某某推进会 -> 某某省某某推进会: an event named with 我省, 我市 or 本县
    before its name is named with the place they stand for (the text's form stays an alias),
    so the same meeting in two provinces' reports is two events, each with its place. Not
    全省, 全市: they say how wide a meeting is, and stay in its name."""
    label = _own_place_label(frame, ev, anaphors.get(ev.start))
    if label is None:
        return          # (全省某某工作会议: 全省 says how wide, and stays in the name)
    ev.aliases.add(ev.label)
    ev.label = label


def _own_place_label(frame: Frame, ev: Candidate, m: Mention | None, own: frozenset[str] = OWN) -> str | None:
    """The event's name with the 我省/本市 mention ``m`` it opens with written as the place, or None."""
    if m is None or m.end >= ev.end or frame.label_text[ev.start:ev.end] != ev.label \
            or frame.label_text[m.start:m.start + 1] not in own:
        return None
    return frame.entity_label(m.key) + ev.label[m.end - ev.start:]


def _name_the_body(frame: Frame, ev: Candidate, bodies: dict[int, Mention]) -> None:
    """市政协第5次全体会议 -> 某市政协第5次全体会议: a meeting whose name opens with a body's
    short form is named with the body it stands for (the text's form stays an alias), as the
    gold of the genre names it and as 我省 is read."""
    m = bodies.get(ev.start)
    if ev.type != "Meeting" or m is None or m.end >= ev.end or not ev.label.startswith(frame.label_text[ev.start:ev.end]):
        return      # (the text's form, or that form with the head it leaves out: 召开市委常委会 | 会议)
    full, named = frame.entity_label(m.key), frame.label_text[m.start:m.end]
    if full == named or not full.endswith(m.canonical) or not full.endswith(named):
        return
    ev.aliases.add(ev.label)
    ev.label = full + ev.label[m.end - ev.start:]


def _cover(frame: Frame, s: Sentence, evidence: Evidence, m: Mention) -> Evidence:
    if s.start <= m.start and m.end <= s.end:
        return frame.evidence(s, min(evidence.start, m.start), max(evidence.end, m.end))
    return evidence
