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
        ev = _response(ctx, c) or _milestone(ctx, c) or _achieved(ctx, c, out)
        if ev is not None:
            out.append(ev)
    return out


RESPONSE = "events.response"
RESPONSE_SCORE = 0.9
MAX_RESPONSE_NAME = 16     # characters between the verb and the response's word (启动防汛Ⅳ级应急响应)
_HOUR = re.compile(r"[0-9一二三四五六七八九十]{1,3}时(?:[0-9]{1,2}分)?(?:起|许)?")   # 12时, 9时30分: the hour
_RESPONSE_OPENERS = ("决定", "，", "于", "将", "自即日起", "从即日起", "已经", "已", "同步", "立即", "随即", "上午", "下午",
                     "晚上", "凌晨", "中午")   # before the verb or the response named


def _response(ctx: EventContext, c: Clause) -> Candidate | None:
    """某指挥部7日12时启动防汛Ⅳ级应急响应, 决定于7日12时启动…, 于3日9时将防台风应急响应提升至Ⅰ级: an emergency
    response started, raised or ended (``Milestone response_verb`` and ``response``), on the clause's day, by
    the body the clause opens with (or goes on with)."""
    verbs = ctx.find(c.text, ctx.cues("Milestone", "response_verb"))
    heads = ctx.cues("Milestone", "response")
    if not verbs or not any(h in c.text for h in heads):
        return None
    vs, ve, _verb = verbs[0]
    head_at = min((i for h in heads if (i := c.text.find(h)) >= 0), default=-1)
    if not (0 <= head_at - ve <= MAX_RESPONSE_NAME or head_at < vs):
        return None
    if any(w in c.text[:vs] for w in ctx.cues("Milestone", "future") if w != "将"):
        return None       # 要及时启动应急响应: what is to be done
    subjects = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs]
    start = max(c.subject_end, c.start) if subjects else ctx.name_start(c)
    while True:           # (the words and times before what was done: 决定，于7日12时，将…)
        t = next((t for t in c.times if t.start == start), None)
        word = next((w for w in _RESPONSE_OPENERS if ctx.text.startswith(w, start)), None) \
            or ((hour := _HOUR.match(ctx.text, start)) and hour.group())
        if t is None and not word:
            break
        start = t.end if t is not None else start + len(word)
    if start >= c.end:
        return None
    when, relative, vague = ctx.when(c, c.start + vs)
    if not when and not relative:
        if not ctx.find(c.text[:vs], ctx.cues("Milestone", "already")) or not ctx.report_day():
            return None   # (立即启动应急响应 told undated, a headline's 某省启动应急响应: the body's own sentence dates it)
        when = {"dateBefore": ctx.report_day()}     # 全县已启动防汛Ⅲ级应急响应: by the day of the report
    end = c.end - (1 if ctx.text[c.end - 1:c.end] in "。；，" else 0)
    ev = Candidate("Milestone", ctx.text[start:end], c.sentence, start, end, c.index, RESPONSE, RESPONSE_SCORE,
                   when, relative, vague)
    organizer = subjects[0] if subjects else (c.agents[0] if c.agents else None)
    if organizer is not None:
        ev.slots.append(("organizer", organizer))
        place = ctx.place_of(organizer)
        if place is not None:
            ev.slots.append(("place", place))
    return ev


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
