"""Visits and inspections: ``P到Y、Z调研``, ``P视察Y``, ``在Y，P走进/察看…``.

Also ``P在Y调研`` (``events.visit_at``; ``…考察时的重要讲话`` is a visit referred back
to, dated before the event reported), ``P率…团来Y`` (``events.visit_led``: the leader
visits) and ``P深入企业调研`` with no place named (``events.visit_unplaced``: the
visitor's own area until a later clause of the tour names a place).

Precision note (dev set): events.visit_unplaced pairs 1 of its 2 visits with every
slot right; the other's place is named only in a clause whose places the entity stage
does not read. It stays: agent and date are right, and an unplaced visit is replaced
by the place of the tour as soon as a later clause names it.
events.visit_at is under 50% on the dev set too (3 of 8 visits with every slot right):
most of its misses are a leader's visit referred back to (在某省考察时的讲话) whose
date the text gives only as a year or not at all, so the node is dated before the
report rather than on the day the gold file knows. It stays: agent and place are
right, and the visit is what links the leader to the province in the graph.

The visitor is the person right before the verb (at most ``VISITOR_GAP``
characters, no clause break between); the places visited the list after it (the
visit's ``place`` is the county of a chain such as 某县某镇某村, else the first place). One
visit per visitor and day: a later clause naming more places of the same tour
adds them to it (:mod:`kg.events.resolve` merges them). ``会后，与会人员实地观摩了X``
is a visit of those at the event just named (``events.group_visit``).
"""
from __future__ import annotations

import re

from ..clauses import Clause, is_place
from ..model import Mention
from .base import VISITOR_GAP, Candidate, EventContext, chain_list, per_clause

SOURCE = "events.visit"
AT_SOURCE = "events.visit_at"            # P在Y调研
LED_SOURCE = "events.visit_led"          # P率…团来Y
UNPLACED = "events.visit_unplaced"       # P深入企业调研: no place named
GROUP_SOURCE = "events.group_visit"
SCORE = 1.0
SCORES = {SOURCE: 1.0, AT_SOURCE: 0.9, LED_SOURCE: 0.8, UNPLACED: 0.6, GROUP_SOURCE: 1.0}
PLACE_GAP = 12        # at most this many characters between 前往/赴 and the place (前往某某联系点某县)
AT_GAP = 2            # at most this many characters between the place of 在Y and the visit verb
LEAD_WINDOW = 20      # how far after 率/带领 the group's 来/到 Y is looked for
VISIT_AREA = "County"   # of a chain of places visited, the level that names the visit's place
LOCATIVE_WINDOW = 6   # 在Y，P…: the visit verb within this many characters after the person


def find(ctx: EventContext) -> list[Candidate]:
    return per_clause(ctx, _visit)


def _visit(ctx: EventContext, c: Clause) -> Candidate | None:
    persons = [m for m in c.mentions if m.label == "Person"]
    if not persons:
        return _group_visit(ctx, c)
    read = _moved(ctx, c, persons) or _visiting_at(ctx, c, persons) or _led(ctx, c, persons) or _locative(ctx, c)
    if read is None:
        return _group_visit(ctx, c)
    agent, places, at, source, referenced = read
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    when, relative, vague = ctx.when(c, at)
    if referenced:
        # 在某省考察时的重要讲话精神: a visit the report refers back to, not one on its date
        when, relative, vague = {}, ("earlier",), {}
    if places:
        # the label runs to the end of the clause when it goes on with what was done there
        # (到湄潭县、播州区调研茶产业发展), else to the last place (视察延安革命纪念馆)
        rest = c.between(places[-1].end, c.end)
        end = c.end if rest.startswith(verbs) or places[-1].end <= at else places[-1].end
    else:
        end = c.end
    label = ctx.text[at:end] if at < end else c.sentence.text
    if referenced:
        # named the same way each time it is referred to (某某在某省考察): one node
        found = ctx.find(c.between(at, c.end), verbs)
        end = at + found[0][1] if found else end
        label = agent.text + ctx.text[at:end]
    ev = Candidate("Visit", label, c.sentence, at, c.end, c.index, source, SCORES[source], when, relative, vague,
                   merge_visits=not referenced, mention_only=referenced)
    ev.slots.append(("agent", agent))
    org = ctx.post_org(agent)
    if org is not None:
        ev.slots.append(("organizer", org))
    if places:
        ev.slots.append(("place", _area(c, places[0])))
        ev.slots += [("visited", p) for p in places]
    elif org is not None:
        # 某某深入企业调研: the places are not named; the visitor's own area is where
        # the visit is (a later clause naming a place of the tour replaces it)
        place = ctx.place_of(org)
        if place is not None:
            ev.slots.append(("place", place))
            ev.place_guessed = True
    return ev


def _area(c: Clause, place: Mention) -> Mention:
    """The place of a visit: of a chain 某区某街道某村 the county it names (the area the tour
    is in), else the place itself."""
    chain = [place]
    while True:
        before = [m for m in c.mentions if m.end == chain[0].start and is_place(m)]
        if not before:
            break
        chain.insert(0, before[-1])
    return next((m for m in chain if m.label == VISIT_AREA), place)


def _next_to(c: Clause, persons: list[Mention], at: int, word_end: int) -> list[Mention]:
    """Persons right before article offset ``at`` (a verb may have been read into the
    name: 某某赴, when the name ends inside the verb)."""
    return [p for p in persons if (p.end <= at and at - p.end <= VISITOR_GAP
                                   and not re.search(r"[，。；、]", c.between(p.end, at)))
            or p.start < at < p.end <= word_end]


def _moved(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P到Y、Z调研, P视察Y, P前往…Y调研."""
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    unplaced = None
    for vs, ve, w in ctx.find(c.text, moves + verbs):
        before = _next_to(c, persons, c.start + vs, c.start + ve)
        if not before:
            continue
        targets = chain_list(c, c.start + ve, ctx.frame.entities.parents)
        rest_all = c.text[ve:]
        if not targets and w in moves:
            # 前往某某联系点某县调研: a few words between the verb and the place
            later = [m for m in c.mentions if is_place(m) and c.start + ve < m.start <= c.start + ve + PLACE_GAP
                     and c.between(m.end, c.end).startswith(verbs)]
            if later:
                targets = chain_list(c, later[0].start, ctx.frame.entities.parents)
        if not targets:
            if w in moves and unplaced is None and any(v in rest_all for v in verbs):
                unplaced = (before[-1], [], c.start + vs, UNPLACED, False)
            continue
        if w in moves:
            rest = c.between(targets[-1].end, c.end)
            if not rest.startswith(verbs) and not any(v in rest for v in verbs) and w == "到":
                continue
        return before[-1], targets, c.start + vs, SOURCE, False
    return unplaced


def _visiting_at(ctx: EventContext, c: Clause, persons: list[Mention]):
    """P在Y调研, P在调研…时 (the places, if any, named later in the tour)."""
    verbs = ctx.cues("Visit", "verb")
    for vs, ve, w in ctx.find(c.text, verbs):
        i = c.text.rfind("在", 0, vs)
        if i < 0:
            continue
        before = _next_to(c, persons, c.start + i, c.start + i + 1)
        if not before:
            continue
        places = chain_list(c, c.start + i + 1, ctx.frame.entities.parents) if i + 1 < vs else []
        if i + 1 < vs and (not places or c.start + vs - places[-1].end > AT_GAP):
            continue
        after = c.text[ve:]
        referenced = after.startswith(ctx.cues("Visit", "referenced")) or \
            any(after.startswith(v + r) for v in verbs for r in ctx.cues("Visit", "referenced"))
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
            if places:
                return before[-1], places, c.start + ls, LED_SOURCE, False
    return None


def _locative(ctx: EventContext, c: Clause):
    """在Y，P走进/察看…: the place of the clause before, the person of this one."""
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    if c.locative is not None and is_place(c.locative) and c.subjects and c.subjects[0].label == "Person":
        rest = c.between(c.subject_end, c.end)
        if any(rest.startswith(v) or v in rest[:LOCATIVE_WINDOW] for v in verbs + moves):
            return c.subjects[0], [c.locative], c.subject_end, SOURCE, False
    return None


def _group_visit(ctx: EventContext, c: Clause) -> Candidate | None:
    """会后，与会人员实地观摩了X和Y: a visit of those at the event just named."""
    if not any(w in ctx.sentence_head(c) for w in ctx.cues("Event", "sameday")):
        return None
    for vs, ve, w in ctx.find(c.text, ctx.cues("Visit", "verb")):
        at = c.start + ve + (1 if c.text[ve:ve + 1] == "了" else 0)
        places = chain_list(c, at, ctx.frame.entities.parents)
        if places:
            when, relative, vague = ctx.when(c, c.start + vs)
            ev = Candidate("Visit", ctx.text[c.start + vs:places[-1].end], c.sentence, c.start + vs,
                           places[-1].end, c.index, GROUP_SOURCE, SCORE, when, relative, vague, needs_previous=True)
            ev.slots.append(("place", places[0]))
            return ev
    return None
