"""Who chairs and who attends: ``P主持会议``, ``P出席会议`` after a meeting is named (every
person the clause names before ``出席``/``参加`` attends; the last before ``主持`` chairs).

These are not events of their own: :mod:`kg.events.resolve` gives each to the
meeting named last before its clause, when that is in the same paragraph and at
most ``PARTICIPANT_SENTENCES`` sentences before.
"""
from __future__ import annotations

from .base import EventContext, Participant

SOURCE = "events.participant"


def find(ctx: EventContext) -> list[Participant]:
    out: list[Participant] = []
    for c in ctx.frame.clauses:
        for role, words in (("chair", ctx.cues("Event", "chair")), ("attendee", ctx.cues("Event", "attendee"))):
            for vs, ve, w in ctx.find(c.text, words):
                if c.text[ve:ve + 2] == "召开":
                    continue
                persons = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
                # one chairs; a list attends (市领导甲、乙、丙参加会议: each of them)
                for person in persons[-1:] if role == "chair" else persons:
                    out.append(Participant(role, person, c.index))
    return out
