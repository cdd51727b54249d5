"""Talks told in a clause of their own, most often on a visit: ``随后与某局进行了座谈交流``,
``某县委、县政府与考察团举行座谈``, ``副市长某某与调研组一行座谈``, ``在座谈会上，某某汇报了…``.

A visit's report tells the talk the visitor has with the hosts after the tour; the visit's clause
(``调研并座谈``) is read by :mod:`kg.events.visits`, a named 座谈会 held (召开座谈会, 在随后召开的座谈会上)
by :mod:`kg.events.meetings`. Here:

- ``与/同 <party> (进行/举行/开展) 座谈(交流)`` with no 会 after it: a Meeting named 座谈 (the name the
  dev gold gives such a talk), those before 与 and the party after it attending;
- a clause opening with ``(在)座谈(交流)会上`` where no talk was told in its paragraph or the one before:
  the sitting of a 座谈会 (its speakers attend through :mod:`kg.events.participants`).

Either is ``on_visit``: held on the visit named last, that day and where it is (:mod:`kg.events.resolve`);
with no visit before, the clause's own time dates it.
"""
from __future__ import annotations

import re

from ..clauses import Clause, is_agent
from ..mentions.home import COME_TO_CALL
from .base import Candidate, EventContext, per_clause
from .meetings import place_held_in

SOURCE = "events.talk"
SCORE = 0.7
PERSON = "Person"
LABEL = "座谈"             # a talk the text does not name (as visits.TALK_LABEL)
PARTNERS = ("与", "同")    # before those the talk is held with
BOTH_SIDES = "双方"        # 双方进行了座谈: the parties of the visit or the signing told before
MAX_PARTY = 40            # characters between 与 and the verb of the talk
_TALK = re.compile(r"(?:进行了?|举行了?|开展了?)?座谈(?:交流)?")
_SETTING = re.compile(r"(?:在)?(座谈(?:交流)?会)上")
_STOPS = "，。；：！？"
_TOLD = "座谈"             # a talk told before: the setting is its sitting, no second one
FORUM = "座谈会"            # a forum named just before: a talk told with it is the forum's


def find(ctx: EventContext) -> list[Candidate]:
    return per_clause(ctx, lambda ctx, c: _with_party(ctx, c) or _setting(ctx, c))


def _with_party(ctx: EventContext, c: Clause) -> Candidate | None:
    for m in _TALK.finditer(c.text):
        if m.end() < len(c.text.rstrip(_STOPS)):
            continue        # (举行座谈会: a named meeting; 在座谈中介绍: the talk told before)
        before = c.text[max(0, m.start() - MAX_PARTY):m.start()]
        at = max((i for p in PARTNERS if (i := before.rfind(p)) >= 0 and _word(ctx, c.start + m.start() - len(before) + i)),
                 default=-1)
        said_before = ctx.text[c.sentence.start:c.start]
        # (会见…，双方就…进行座谈交流: the reception's own talk, no second one)
        both = c.text[ctx.name_start(c) - c.start:].startswith(BOTH_SIDES) \
            and not any(w in said_before for w in ctx.cues("Meeting", "reception") + ctx.cues("Meeting", "call_on"))
        if at < 0 and not both:
            continue        # (负责同志, 同时: no 与 of a party)
        if any(w in c.text for w in ctx.cues("Visit", "talk")):
            return None     # (调研并座谈: the visit's own talk, read with the visit)
        # where 与 is; 双方在某会议室进行了座谈: where the clause's name opens (the visitor and the hosts, on the visit)
        ps = c.start + m.start() - len(before) + at if at >= 0 else ctx.name_start(c)
        if FORUM in ctx.text[_sentence_before_start(ctx, c):ps]:
            return None     # (在随后举行的座谈会上，…并与某某进行了座谈交流: that forum's talk)
        when, relative, vague = ctx.when(c, ps)
        ev = Candidate("Meeting", LABEL, c.sentence, c.start + m.start(), c.start + m.end(), c.index, SOURCE, SCORE,
                       when, relative, vague)
        first = ctx.name_start(c)
        named = [x for x in c.mentions if first <= x.start and x.end <= c.start + m.start()
                 and (is_agent(x) or x.label == PERSON)]
        # (a person named in a post's words is there; a body inside another's name is not: 某县委 | 宣传部)
        ev.slots = [("attendee", x) for x in named if x.label == PERSON or not any(
            y is not x and y.start <= x.start and x.end <= y.end for y in named)]
        held_in = place_held_in(ctx, c, ctx.name_start(c), ps)
        hosts = [x for x in named if x.label == PERSON and x.end <= ps]
        if held_in is None and hosts and ctx.text.startswith(COME_TO_CALL, ps + 1) \
                and (org := ctx.post_org(hosts[0])) is not None:
            held_in = ctx.place_of(org)     # 市长某某与来访的乙市委书记某某座谈: where the host is, whom they come to
        if held_in is not None:
            ev.slots.append(("place", held_in))     # (某某在某市与慰问团一行座谈: there, wherever the visit was)
        else:
            ev.on_visit = True
        return ev
    return None


def _sentence_before_start(ctx: EventContext, c: Clause) -> int:
    """Where the sentence before ``c``'s starts, if in its paragraph, else where ``c``'s does."""
    before = [s for s in ctx.frame.doc.sentences
              if s.paragraph == c.sentence.paragraph and c.sentence.index - 1 <= s.index <= c.sentence.index]
    return min(s.start for s in before) if before else c.sentence.start


def _word(ctx: EventContext, at: int) -> bool:
    """The character at ``at`` is a word of its own (与, 同: not 同志, 共同, 陪同)."""
    doc = ctx.frame.doc
    return at in doc.token_starts and at + 1 in doc.token_ends


def _setting(ctx: EventContext, c: Clause) -> Candidate | None:
    said = c.text[ctx.name_start(c) - c.start:]
    m = _SETTING.match(said)
    if m is None or c.index and ctx.frame.clauses[c.index - 1].sentence.index == c.sentence.index:
        return None         # (only a clause opening its sentence: 在座谈会上，某某汇报了…)
    paragraph = c.sentence.paragraph
    earlier = [s for s in ctx.frame.doc.sentences if paragraph - 1 <= s.paragraph <= paragraph and s.end <= c.start]
    if any(_TOLD in s.text for s in earlier):
        return None         # (the talk told before: this is its sitting)
    start = c.start + (len(c.text) - len(said)) + m.start(1)
    ev = Candidate("Meeting", m.group(1), c.sentence, start, start + len(m.group(1)), c.index, SOURCE, SCORE)
    ev.on_visit = True
    return ev
