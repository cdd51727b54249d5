"""Milestones: ``<date>之前，X…全部完成…``, ``截至<date>，X…建成…``.

A clause with a verb of completion (``Milestone done``) under a bound (之前, 截至)
read in its sentence; the date is the bound (``dateBefore``), the organiser the
clause's agent. One milestone a sentence.

Without a bound, ``X已(经)/提前…建成/启动…`` (``events.milestone_achieved``) was
done by the day of the report: ``dateBefore`` the dateline's or the article's date.
Precision note (dev set, events.milestone_achieved 1 of 3 with every slot right): one
more is right but paired by ``kg eval`` with an earlier gold milestone it does not match
(gold events take the best prediction left, in gold order); the third lacks a place
named in the sentence before. It stays for the dates and the areas, which are right.

Its organiser is the body the clause opens with, else the place of 在Y, else the
clause's agent, else the administrative area named last in its sentence. Not when the clause speaks of what is to come (要, 将, 力争 …).
"""
from __future__ import annotations

import re

from ..clauses import Clause, chain_at, is_agent, is_place
from ..gazetteer import ADMIN_KEY
from .base import Candidate, EventContext

SOURCE = "events.milestone"
SCORE = 1.0


ACHIEVED = "events.milestone_achieved"
ACHIEVED_SCORE = 0.7
ALREADY_WINDOW = 16   # at most this many characters between 已/已经/提前 and the verb of completion
REACHED = "实现"      # a verb of completion, or of a figure reached (实现营业收入226亿元)
_FIGURE = re.compile(r"[0-9０-９]")   # a digit after 实现: a figure reached


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _milestone(ctx, c) or _achieved(ctx, c, out)
        if ev is not None:
            out.append(ev)
    return out


def _sentence_area(ctx: EventContext, c: Clause, at: int):
    """The area the sentence is about (对某县的做法…，提前完成…任务): its last administrative
    place before ``at``, when no clause names who did it."""
    areas = [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index <= c.index
             for m in cl.mentions if m.end <= at and m.key.startswith(ADMIN_KEY)]
    return areas[-1] if areas else None


def _achieved(ctx: EventContext, c: Clause, found: list[Candidate]) -> Candidate | None:
    """X已(经)…建成/完成/启动…: done by the day of the report (``dateBefore``)."""
    if any(ev.sentence.index == c.sentence.index for ev in found):
        return None
    done = [d for d in ctx.find(c.text, ctx.cues("Milestone", "done") + ctx.cues("Milestone", "started"))
            if not _figure_reached(c.text, d[2])]
    if not done:
        return None
    vs = done[0][0]
    already = [a for a in ctx.find(c.text[:vs], ctx.cues("Milestone", "already")) if vs - a[1] <= ALREADY_WINDOW]
    if not already or any(w in c.text[:vs] for w in ctx.cues("Milestone", "future")):
        return None
    start = ctx.name_start(c)
    when, _, _ = ctx.when(c, c.start + vs)
    day = ctx.report_day()
    if "date" in when and day and day.startswith(when["date"]):
        when = {"dateBefore": day}          # 今年已经…, 今天已经…: done by the report
    if not when and day:
        when = {"dateBefore": day}
    ev = Candidate("Milestone", ctx.text[start:c.end], c.sentence, start, c.end, c.index, ACHIEVED, ACHIEVED_SCORE,
                   when)
    subjects = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs]
    at = c.text.find("在", 0, vs)
    chain = chain_at(c, c.start + at + 1, ctx.frame.entities.parents) if at >= 0 else []
    place = chain[-1] if chain and is_place(chain[-1]) else None
    organizer = subjects[0] if subjects else place or (c.agents[0] if c.agents else None) or \
        _sentence_area(ctx, c, c.start + vs)
    if organizer is not None:
        ev.slots.append(("organizer", organizer))
        place = place or ctx.place_of(organizer)
    if place is not None:
        ev.slots.append(("place", place))
    return ev


def _done(ctx: EventContext, c: Clause) -> bool:
    return any(d in c.text and not _figure_reached(c.text, d) for d in ctx.cues("Milestone", "done"))


def _figure_reached(text: str, verb: str) -> bool:
    """实现营业收入226亿元, 实现增加值12.5亿元: a figure reached (a statistic), nothing completed."""
    return verb == REACHED and _FIGURE.search(text, text.find(verb)) is not None


def _milestone(ctx: EventContext, c: Clause) -> Candidate | None:
    if not _done(ctx, c):
        return None
    done_at = min(c.text.find(d) for d in ctx.cues("Milestone", "done") if d in c.text and not _figure_reached(c.text, d))
    if any(w in c.text[:done_at] for w in ctx.cues("Milestone", "future")):
        return None       # 确保6月底前完成…: a deadline set, nothing done
    same = ctx.frame.by_sentence.get(c.sentence.index, [])
    if any(cl.index < c.index and _done(ctx, cl) for cl in same):
        return None
    bounds = [t for cl in same if cl.index <= c.index for t in cl.times if t.kind == "before" and t.value]
    if not bounds:
        return None
    t = bounds[-1]
    day = ctx.report_day()
    if day and t.value[:len(day)] > day:
        return None       # 6月30日前完成 in a report of May: a deadline still to come, nothing done
    start = max(ctx.name_start(c), t.end if t.end > c.start else c.start)
    ev = Candidate("Milestone", ctx.text[start:c.end], c.sentence, start, c.end, c.index, SOURCE, SCORE,
                   {"dateBefore": t.value})
    if c.agents:
        ev.slots.append(("organizer", c.agents[0]))
        place = ctx.place_of(c.agents[0])
        if place is not None:
            ev.slots.append(("place", place))
    return ev
