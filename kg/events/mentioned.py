"""Meetings named as the past events a report refers to: ``传达学习…会议精神``,
``在…全会上的讲话``, ``出席…会议的代表``.

The name runs left from its head word to the nearest boundary word (传达, 学习,
贯彻, 落实, 在, 的, 、, 和 … ``Meeting before`` in ``kg/data/event_cues.tsv``; not
inside quotes, and not the 的 of 党的); it must say which meeting it is (a body
or place at its start, an ordinal or session such as 第四次 or 十二届, a scope
word such as 全省 or 中央, or a campaign). Such a meeting was held before the
event the report is about: :mod:`kg.events.resolve` dates it ``dateBefore`` the
last dated event named before it (``relative=("earlier",)``). A name that a
held-meeting pattern also reads is that meeting, not a second one.

But a name right after a person and a verb of attending (``省长某某出席全省某某工作会议并讲话``,
``events.meeting_attended``) is a meeting held on the clause's day, with the person at it; a year may
open the name before its scope (``2026年全省…会议``).
"""
from __future__ import annotations

import re

from ..clauses import Clause, is_agent, is_place
from ..clean import is_han
from .base import AT, PERFECTIVE, Candidate, EventContext
from .meetings import head_spans, meeting, whole_campaign

SOURCE = "events.meeting_named"
SCORE = 0.7
ATTENDED_SOURCE = "events.meeting_attended"   # 某某出席某某会议并讲话: held that day, the person at it
ATTENDEE_GAP = 2       # characters between the person and the verb of attending (某某等出席)
_OF = "的"
_TERM_OF_ASSEMBLY = re.compile("届(?:(?:人民)?代表大会|人代会)$")      # 第十五届人民代表大会, 第十三届人代会: a term, named whole
_ASSEMBLY_PARTS = ("代表", "个别代表", "常务委员会", "常委会", "主席团")   # its deputies and bodies after it
_TOWARDS = "对"
_DURING = "期间"       # 两会期间: while the meeting lasts (a time, inside another name or clause)
_DAY_AND_PLACE = re.compile(r"(?:[0-9]{1,2}日)?(?:[上下]午|晚)?(?:在[\u4e00-\u9fff]{1,10})?")
_YEAR_OPENING = re.compile(r"[0-9]{4}年(?:度)?")
_COUNT_OPENING = re.compile(r"[0-9０-９一二三四五六七八九十百千]+[余多]?[名位个]")
# an ordinal or a session in the name (第四次, 十二届, 六中全会): it names one meeting
_SESSION = re.compile(r"第[0-9一二三四五六七八九十百]+[次届]|[0-9一二三四五六七八九十]+届|[一二三四五六七八九十]中全会")
_QUOTES = {"“": "”", "《": "》", "（": "）", "(": ")"}
_DOING = ("进行", "开展")     # verbs of doing, in no meeting's name
_ON = "上"
# a sentence's opening day (1月9日，, 9日上午，): the time the setting after it is of
_DAY_OPENING = re.compile(r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|晚上|晚)?[，,]?")
# 党的二十大, 党的某届某中全会 (党的X届X中全会): the name of the Party's congress or plenum opens with 党的 and its term
_PARTY_SESSION = re.compile(r"党的(?:第)?[一二三四五六七八九十]+[大届]")




def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    heads = ctx.cues("Meeting", "head")
    for c in ctx.frame.clauses:
        for hs, he, hw in head_spans(c.text, heads):
            if c.text[he:].startswith(ctx.cues("Meeting", "joint")):
                continue                      # …部署会暨…培训会: one name that goes on
            ev = _named(ctx, c, hs, he, hw)
            if ev is not None:
                out.append(ev)
    return out


def _named(ctx: EventContext, c: Clause, hs: int, he: int, hw: str) -> Candidate | None:
    start, bounded = _left(ctx, c, hs)
    # (县领导代表县委对该乡大会的胜利召开表示祝贺: 对 as a word of its own, towards what follows; not 应对)
    towards = [t.end for t in ctx.tokens_in(start, c.start + hs) if t.word == _TOWARDS and t.tag.startswith("p")]
    if towards:
        start, bounded = towards[-1], True
    name = c.text[start - c.start:he]
    for open_, close in _QUOTES.items():
        if name.count(open_) > name.count(close) and c.text.startswith(close, he):
            he += len(close)      # 全国“两会”期间: the quote the head ends in closes with it
            name += close
    after = c.text[he:]
    if _TERM_OF_ASSEMBLY.search(name) and after.removeprefix(_OF).startswith(_ASSEMBLY_PARTS):
        return None      # 某市第十五届人民代表大会个别代表的代表资格: the assembly of a term, its deputies, no meeting
    if len(name) <= len(hw) or name.startswith(ctx.cues("Meeting", "not_named")) \
            or name[:-len(hw)].endswith(ctx.cues("Meeting", "unnamed") + ctx.cues("Meeting", "towards")):
        return None      # (中央和省委有关会议精神: meetings in general, none named; 向大会致贺词: the one at hand)
    if not (bounded or after.startswith(ctx.cues("Meeting", "after"))):
        return None
    if any(v in name for v in _DOING):
        return None      # (围绕党的建设进行专题学习研讨: what is done, a verb inside, no meeting's name)
    ns, ne = start, c.start + he
    if (count := _COUNT_OPENING.match(ctx.text, ns, ne)) is not None:
        ns = count.end()     # 来自各条战线的280名某某代表大会代表: how many of its deputies, no part of its name
    if any(m.label == "Document" and m.start <= ns and ne <= m.end for m in c.mentions):
        return None          # 《某县委第六次全体会议决议》: words of a document's title, the document's
    # 张某主持会议, 出席会议: a person acting on the meeting at hand, not a name
    if any(m.label in ("Person", "Role") and ns <= m.start < ne for m in c.mentions) or \
            name[:-len(hw)].endswith(ctx.cues("Event", "chair") + ctx.cues("Event", "attendee")
                                     + ctx.cues("Meeting", "verb")):
        return None
    year = _YEAR_OPENING.match(name)
    opens = (ns, ns + year.end()) if year else (ns,)     # (2026年全省…会议: the scope after the year)
    body = [m for m in c.mentions if m.start in opens and m.end <= ne and is_agent(m)]
    campaign = [m for m in c.mentions if ns <= m.start and m.end <= ne and m.label == "Campaign"]
    scoped = name[year.end() if year else 0:].startswith(ctx.cues("Meeting", "scope"))
    if not (body or campaign or _SESSION.search(name) or scoped):
        return None
    ev = meeting(ctx, c, ns, ne, body[:1], None, SOURCE, SCORE)
    # (出席某大会期间重点工作部署视频会议: a time named by the meeting, inside the name of the one attended)
    attendee = _attended(ctx, c, ns, after) if not after.startswith(_DURING) else None
    if attendee is not None:
        # 某某出席全省某某工作会议并讲话: the meeting is held that day, with the person at it
        ev.source, ev.when, ev.relative, ev.vague = ATTENDED_SOURCE, *ctx.when(c, ns)
        ev.slots.append(("attendee", attendee))
        where = next((m for m in c.mentions if attendee.end <= m.start and m.end <= ns and is_place(m)), None)
        if where is not None:    # (某某19日在北京出席…: held there)
            ev.slots = [(r, m) for r, m in ev.slots if r != "place"] + [("place", where)]
            ev.place_guessed = False
        return ev
    if ctx.text[:ns].removesuffix(PERFECTIVE).endswith(ctx.cues("Meeting", "watched")):
        # 某县组织收听收看全省某某电视电话会议: a conference followed where it is shown, held that day
        ev.source, ev.when, ev.relative, ev.vague = ATTENDED_SOURCE, *ctx.when(c, ns)
        if ev.when:
            return ev
    if ctx.text.endswith(AT, 0, ns) and after.startswith(_ON) and _DAY_OPENING.fullmatch(
            ctx.text, c.sentence.start, ns - len(AT)):
        # 1月9日，在某区人大常委会第十一次会议上，某某被任命为…: the setting of what the sentence tells, held on the
        # day it opens with
        ev.when, ev.relative, ev.vague = ctx.when(c, ns)
        if ev.when:
            return ev
    if ev.place_guessed:
        # (会议深入学习贯彻党的十九届五中全会精神 in a report filed from 兰州: a meeting referred to was not
        # held where the report was filed; only a body in its name places it)
        ev.slots = [(r, m) for r, m in ev.slots if r != "place"]
        ev.place_guessed = False
    ev.when, ev.relative, ev.vague = {}, ("earlier",), {}
    # a campaign named in the name is the meeting's; one elsewhere in the clause is not
    # (把开展主题教育同贯彻落实省第某次党代会精神结合起来: the congress was no meeting of the campaign)
    ev.slots = [(r, m) for r, m in ev.slots if r != "campaign"] + [("campaign", whole_campaign(ctx, m))
                                                                     for m in campaign[:1]]
    ev.mention_only = True
    return ev


def _attended(ctx: EventContext, c: Clause, ns: int, after: str):
    """The person who attends the meeting named at ``ns``: named right before a verb of attending
    that opens the name (省长某某出席…会议并讲话), not of those at one named in passing
    (出席…会议的代表: the name qualifies a noun)."""
    if after.startswith(_OF):
        return None
    if ctx.text.endswith(PERFECTIVE, 0, ns):
        ns -= len(PERFECTIVE)       # 参加了某某推进会: the particle after the verb
    verb = next((w for w in ctx.cues("Event", "attendee") if ctx.text.endswith(w, 0, ns)), None)
    if verb is None:
        return None
    if ctx.text.endswith(AT + verb, 0, ns):
        # 传达学习某某在参加某会议某代表团审议时的重要讲话精神 (在参加…时: while attending): a speech given before
        return None
    at = ns - len(verb)
    # (某某等出席, 某某19日在北京出席: a few characters, or the day and the place, between the person and the verb)
    return next((m for m in reversed(c.mentions) if m.label == "Person" and m.end <= at
                 and ((at - m.end <= ATTENDEE_GAP and is_han(ctx.text[m.end:at]))
                      or _DAY_AND_PLACE.fullmatch(ctx.text, m.end, at))), None) if c.start <= at else None


def _left(ctx: EventContext, c: Clause, hs: int) -> tuple[int, bool]:
    """Where the name ending at clause offset ``hs`` starts, and whether a boundary word says so."""
    first = ctx.name_start(c) - c.start
    before = ctx.cues("Meeting", "before")
    keep = ctx.cues("Meeting", "prefix")
    closing = {v: k for k, v in _QUOTES.items()}
    depth: list[str] = []
    i = hs
    while i > first:
        if not depth and _PARTY_SESSION.match(c.text, i):
            return c.start + i, True    # (王某紧紧围绕党的二十届四中全会: the Party's congress or plenum by its term)
        ch = c.text[i - 1]
        if depth:
            if ch == depth[-1]:
                depth.pop()
            i -= 1
            continue
        if ch in closing:
            depth.append(closing[ch])
            i -= 1
            continue
        head = c.text[first:i]
        word = next((w for w in before if head.endswith(w)), None)
        if word is not None and not any(head.endswith(k) for k in keep):
            return c.start + i, True
        i -= 1
    return c.start + first, False
