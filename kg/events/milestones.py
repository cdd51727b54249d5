"""Milestones: ``<date>之前，X…全部完成…``, ``截至<date>，X…建成…``.

A clause with a verb of completion (``Milestone done``) under a bound (之前, 截至)
read in its sentence; the date is the bound (``dateBefore``), the organiser the
clause's agent. One milestone a sentence.
"""
from __future__ import annotations

from ..clauses import Clause
from .base import Candidate, EventContext

SOURCE = "events.milestone"
SCORE = 1.0


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _milestone(ctx, c)
        if ev is not None:
            out.append(ev)
    return out


def _done(ctx: EventContext, c: Clause) -> bool:
    return any(d in c.text for d in ctx.cues("Milestone", "done"))


def _milestone(ctx: EventContext, c: Clause) -> Candidate | None:
    if not _done(ctx, c):
        return None
    same = ctx.frame.by_sentence.get(c.sentence.index, [])
    if any(cl.index < c.index and _done(ctx, cl) for cl in same):
        return None
    bounds = [t for cl in same if cl.index <= c.index for t in cl.times if t.kind == "before" and t.value]
    if not bounds:
        return None
    t = bounds[-1]
    start = max(ctx.name_start(c), t.end if t.end > c.start else c.start)
    ev = Candidate("Milestone", ctx.text[start:c.end], c.sentence, start, c.end, c.index, SOURCE, SCORE,
                   {"dateBefore": t.value})
    if c.agents:
        ev.slots.append(("organizer", c.agents[0]))
        place = ctx.place_of(c.agents[0])
        if place is not None:
            ev.slots.append(("place", place))
    return ev
