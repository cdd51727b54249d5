"""Meetings held: ``X召开<name>``, ``<name>在Y召开``, ``<name>常委会会议召开``, ``<name>审议…``.

The name of a meeting ends in a head word (会议, 座谈会, 推进会 …, ``Meeting head``
in ``kg/data/event_cues.tsv``); its organiser is the body that holds it, else the
body the name starts with; its place the 在Y it is held in, else the organiser's.
"""
from __future__ import annotations

from ..clauses import Clause, chain_at, is_agent
from ..model import Mention
from .base import Candidate, EventContext

SOURCE = "events.meeting"
SCORE = 1.0


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _held(ctx, c)
        if ev is not None:
            out.append(ev)
    return out


def head_spans(text: str, heads: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every place a meeting name may end; of two overlapping heads the one reaching
    further wins (部署会议 ends in 会议, not in 部署会)."""
    found = []
    for h in heads:
        i = text.find(h)
        while i >= 0:
            found.append((i, i + len(h), h))
            i = text.find(h, i + 1)
    keep = [f for f in found if not any(o[0] > f[0] and o[0] < f[1] < o[1] or
                                        (o[0] <= f[0] and f[1] <= o[1] and o != f and o[1] - o[0] > f[1] - f[0])
                                        for o in found)]
    return sorted(set(keep))


def _held(ctx: EventContext, c: Clause) -> Candidate | None:
    verbs = ctx.cues("Meeting", "verb")
    heads = head_spans(c.text, ctx.cues("Meeting", "head"))
    if not heads:
        return None
    # X召开<name>: the name runs from the verb to the last head after it
    for vs, ve, verb in ctx.find(c.text, verbs):
        after = [h for h in heads if h[0] >= ve]
        if not after:
            continue
        h = after[-1]
        ns, ne = c.start + ve, c.start + h[1]
        if c.text[ve:ve + 1] == "了":
            ns += 1
        if ne - ns <= len(h[2]):
            continue
        organizers = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs] or \
                     [m for m in c.agents if m.end <= c.start + vs] or list(c.agents)
        ev = meeting(ctx, c, ns, ne, organizers, None)
        if verb.startswith("主持"):
            ev.slots += [("chair", p) for p in c.mentions if p.label == "Person" and p.end <= c.start + vs][-1:]
        return ev
    # <name>(在Y)召开
    for hs, he, hw in heads:
        rest = c.text[he:]
        place = None
        tail = rest
        if rest.startswith("在"):
            chain = chain_at(c, c.start + he + 1, ctx.frame.entities.parents)
            if chain:
                place = chain[-1]
                tail = c.text[place.end - c.start:]
        ns = ctx.name_start(c)
        if not tail.startswith(verbs):
            # <name>常务会议审议通过…: a named meeting at the head of the clause, acting
            if place is not None or not tail.startswith(ctx.cues("Meeting", "act")):
                continue
        ne = c.start + he
        if ne - ns <= len(hw):
            continue
        inside = [m for m in c.mentions if ns <= m.start and m.end <= ne and is_agent(m)]
        organizers = inside[:1] or list(c.agents)
        ev = meeting(ctx, c, ns, ne, organizers, place)
        if inside and inside[0].start == ns and ne - inside[0].end > len(hw):
            # 山西省“…”会议在太原召开: the same meeting reads “…”会议 where the body
            # stands before the verb (山西省召开“…”会议); keep that form as an alias
            ev.aliases.add(ctx.text[inside[0].end:ne])
        return ev
    return None


def meeting(ctx: EventContext, c: Clause, ns: int, ne: int, organizers: list[Mention], place: Mention | None,
            source: str = SOURCE, score: float = SCORE) -> Candidate:
    """A meeting candidate named ``text[ns:ne]`` in clause ``c``, with organiser, place and campaign."""
    when, relative, vague = ctx.when(c, ns, (ns, ne))
    ev = Candidate("Meeting", ctx.text[ns:ne], c.sentence, ns, ne, c.index, source, score, when, relative, vague)
    ev.slots += [("organizer", m) for m in organizers]
    if place is None and organizers:
        place = ctx.place_of(organizers[0])
    if place is not None:
        ev.slots.append(("place", place))
    inside = [m for m in c.mentions if m.label == "Campaign"]
    sentence = [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) for m in cl.mentions
                if m.label == "Campaign"]
    ev.slots += [("campaign", m) for m in (inside or sentence)][:1]
    return ev
