"""Visits and inspections: ``P到Y、Z调研``, ``P视察Y``, ``在Y，P走进/察看…``.

The visitor is the person right before the verb (at most ``VISITOR_GAP``
characters, no clause break between); the places visited the list after it. One
visit per visitor and day: a later clause naming more places of the same tour
adds them to it (:mod:`kg.events.resolve` merges them). ``会后，与会人员实地观摩了X``
is a visit of those at the event just named (``events.group_visit``).
"""
from __future__ import annotations

import re

from ..clauses import Clause, is_place
from ..model import Mention
from .base import VISITOR_GAP, Candidate, EventContext, chain_list

SOURCE = "events.visit"
GROUP_SOURCE = "events.group_visit"
SCORE = 1.0


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _visit(ctx, c)
        if ev is not None:
            out.append(ev)
    return out


def _visit(ctx: EventContext, c: Clause) -> Candidate | None:
    persons = [m for m in c.mentions if m.label == "Person"]
    if not persons:
        return _group_visit(ctx, c)
    places: list[Mention] = []
    agent = None
    at = c.start
    moves, verbs = ctx.cues("Visit", "move"), ctx.cues("Visit", "verb")
    for vs, ve, w in ctx.find(c.text, moves + verbs):
        before = [p for p in persons if p.end <= c.start + vs and c.start + vs - p.end <= VISITOR_GAP
                  and not re.search(r"[，。；、]", c.between(p.end, c.start + vs))]
        if not before:
            continue
        targets = chain_list(c, c.start + ve, ctx.frame.entities.parents)
        if not targets:
            continue
        agent, places, at = before[-1], targets, c.start + vs
        if w in moves:
            rest = c.between(targets[-1].end, c.end)
            if not rest.startswith(verbs) and not any(v in rest for v in verbs) and w == "到":
                agent = None
                continue
        break
    if agent is None and c.locative is not None and is_place(c.locative) and c.subjects \
            and c.subjects[0].label == "Person":
        rest = c.between(c.subject_end, c.end)
        if any(rest.startswith(v) or v in rest[:6] for v in verbs + moves):
            agent, places, at = c.subjects[0], [c.locative], c.subject_end
    if agent is None:
        return _group_visit(ctx, c)
    when, relative, vague = ctx.when(c, at)
    # the label runs to the end of the clause when it goes on with what was done there
    # (到湄潭县、播州区调研茶产业发展), else to the last place (视察延安革命纪念馆)
    rest = c.between(places[-1].end, c.end)
    end = c.end if rest.startswith(verbs) or places[-1].end <= at else places[-1].end
    label = ctx.text[at:end] if at < end else c.sentence.text
    ev = Candidate("Visit", label, c.sentence, at, c.end, c.index, SOURCE, SCORE, when, relative, vague,
                   merge_visits=True)
    ev.slots.append(("agent", agent))
    org = ctx.post_org(agent)
    if org is not None:
        ev.slots.append(("organizer", org))
    ev.slots.append(("place", places[0]))
    ev.slots += [("visited", p) for p in places]
    return ev


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
