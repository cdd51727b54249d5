"""Signings and ceremonies: ``A与B签署…协议/备忘录``, ``签约``.

The first party organises, the others attend; the place is the first party's.
"""
from __future__ import annotations

from ..clauses import Clause, is_agent
from .base import Candidate, EventContext

SIGNING = "events.signing"
SCORE = 1.0


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _signing(ctx, c)
        if ev is not None:
            out.append(ev)
    return out


def _signing(ctx: EventContext, c: Clause) -> Candidate | None:
    objects = ctx.cues("Event", "object")
    for vs, ve, verb in ctx.find(c.text, ctx.cues("Event", "verb")):
        rest = c.text[ve:]
        if verb != "签约" and not any(o in rest for o in objects):
            continue
        parties = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs]
        if not parties:
            continue
        end = c.end
        for o in objects:
            i = rest.find(o)
            if i >= 0:
                end = c.start + ve + i + len(o)
                break
        start = parties[0].start
        when, relative, vague = ctx.when(c, c.start + vs)
        ev = Candidate("Event", ctx.text[start:end], c.sentence, start, end, c.index, SIGNING, SCORE,
                       when, relative, vague)
        ev.slots.append(("organizer", parties[0]))
        ev.slots += [("attendee", m) for m in parties[1:]]
        place = ctx.place_of(parties[0])
        if place is not None and place.key != parties[0].key:
            ev.slots.append(("place", place))
        return ev
    return None
