"""Documents drafted and issued: ``X(制定)印发《D》``, ``X出台《D》``, ``X印发该方案``, and
``《D》印发`` ending its clause, issued by the bodies the title opens with (《某省委 某省政府关于…的意见》);
``会议审议通过了《D》`` (``adopt`` verbs): adopted at the meeting named before, on its day, by the
body that holds it. Titles listed right after the first (《甲》《乙》, 《甲》和《乙》) are issued with it.

The organiser is the body that issues (the clause's subject, else the last body
before the verb); the document is the title right after the verb, or the one
named before when the verb is followed by 该/此 (``DocumentIssuance this``).
"""
from __future__ import annotations

from dataclasses import replace

from ..clauses import AGENT_CLASSES, Clause, is_agent
from ..model import Mention
from .base import Candidate, EventContext, past_perfective, per_clause

PASSIVE_AGENTS = ("经", "由")   # 《某条例》经某会议审议通过, 《某规划》由某厅印发: who the document went through
_OPENING_WORDS = "据介绍，该新修订的 "     # (据介绍，《…》…: words of the report before the title)
MAX_ADVERB = 2    # characters before the verb of a clause issuing at the meeting just held (正式发布)
_AT_THE_MEETING = ("会议", "会上", "大会上")   # a clause opening with the meeting just told
SOURCE = "events.issuance"
SCORE = 1.0
DOCUMENT_JOINS = ("", "、", "和", "及", "以及")   # between the titles of a list of documents


def find(ctx: EventContext) -> list[Candidate]:
    found = per_clause(ctx, _issued)
    return found + [more for ev in found for more in _listed_after(ctx, ev)]


def _listed_after(ctx: EventContext, ev: Candidate) -> list[Candidate]:
    """审议通过了《甲》《乙》, 印发《甲》和《乙》: each title listed right after the first is issued
    the same way, by the same bodies, that day."""
    doc = ev.slot("document")
    if doc is None or not ev.label.endswith(ctx.named(doc)):
        return []
    verb = ev.label[:-len(doc.text)]
    out: list[Candidate] = []
    end = doc.end
    for m in sorted((m for m in ctx.frame.entities.mentions if m.label == "Document" and m.start >= doc.end),
                    key=lambda m: m.start):
        if ctx.text[end:m.start] not in DOCUMENT_JOINS:
            break
        more = replace(ev, label=verb + ctx.named(m), start=m.start, end=m.end,
                       slots=[(r, m if r == "document" else x) for r, x in ev.slots])
        out.append(more)
        end = m.end
    return out


_OF = "的"     # 近日印发的《…》: an issuance the clause refers to, not one it tells
_PAST_ADOPTERS = ("全会", "大会", "党代会", "代表大会")   # 全会审议通过的《…》: a meeting referred to adopted it


def _issued(ctx: EventContext, c: Clause) -> Candidate | None:
    for vs, ve, verb in ctx.find(c.text, ctx.cues("DocumentIssuance", "verb")):
        at = c.start + past_perfective(c.text, ve)
        docs = [m for m in c.mentions if m.label == "Document" and at <= m.start <= at + 1][:1]
        if not docs and c.text[at - c.start:].startswith(ctx.cues("DocumentIssuance", "this")):
            earlier = [m for m in ctx.frame.entities.mentions if m.label == "Document" and m.end <= at]
            docs = earlier[-1:]
        passive = None
        if not docs and not c.between(at, c.end).strip():
            # 《某某 某某关于…的意见》印发: the title just before the verb ending its clause,
            # issued by the bodies its title opens with
            passive = next((m for m in c.mentions if m.label == "Document" and m.end == c.start + vs), None)
            docs = [passive] if passive is not None else []
        through = None
        if not docs and not c.between(at, c.end).strip():
            # 《某条例》于某日经某人大常委会第十四次会议审议通过, 《某规划》由某厅于某日印发: the title opening
            # the clause, issued through (经) or by (由) the body after the word
            through = _issued_through(ctx, c, vs)
            docs = [through[0]] if through is not None else []
        if not docs:
            continue
        if c.text.startswith(_OF, ve) and verb in ctx.cues("DocumentIssuance", "adopt") \
                and c.text[:vs].endswith(_PAST_ADOPTERS):
            continue    # (全会审议通过的《…决定》: the plenum relayed adopted it, before; no issuance told here)
        doc = docs[0]
        if through is not None:
            organizers = through[1]
        elif passive is not None:
            # (names read inside the title do not act in clauses, but they issued it)
            organizers = [m for m in c.mentions if m.label in AGENT_CLASSES and doc.start < m.start and m.end < doc.end]
        else:
            # (not the outlet or the place of a dateline the clause opens with: 新华社长沙某月某日电 某厅印发…)
            words = ctx.frame.words_start(c)
            organizers = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs] or \
                [m for m in c.mentions if is_agent(m) and words <= m.start and m.end <= c.start + vs] or list(c.agents)
        # (会议印发了《…》, 会上发布了…: the meeting just told issues it, on its day, as one adopting it)
        adopted = verb in ctx.cues("DocumentIssuance", "adopt") or c.text.startswith(_AT_THE_MEETING) \
            or (not c.subjects and _after_meeting_held(ctx, c, vs)) \
            or (not c.subjects and ctx.said(c.sentence).startswith(_AT_THE_MEETING))   # (会议传达了…，印发了《…》)
        if adopted and c.text.startswith(_AT_THE_MEETING) and organizers and organizers == list(c.agents) \
                and c.inherited:
            organizers = []      # (会上印发了《…》 after 全市…: the meeting's holder, not the sentence before's agent)
        if not organizers and not adopted:
            continue
        label = ctx.text[c.start + vs:doc.end] if doc.start >= at else \
            ctx.text[c.start + vs:c.start + ve] + ctx.named(doc) if passive is not None or through is not None \
            else ctx.text[c.start + vs:at + 3]
        when, relative, vague = ctx.when(c, c.start + vs)
        if "date" in when and not when["date"][:4].isdigit():
            when = {}
        if c.text.startswith(_OF, ve) and doc.start == at + len(_OF):
            # 3月8日，…对近日印发的《…》进行解读: a document issued before the day the clause tells of
            label = ctx.text[c.start + vs:c.start + ve] + ctx.named(doc)
            when = {"dateBefore": when["date"]} if "date" in when else {}
        if adopted and not when:
            relative = relative or ("same",)     # 会议审议通过了《…》: on the meeting's day
        ev = Candidate("DocumentIssuance", label, c.sentence, c.start + vs, max(doc.end, at), c.index, SOURCE, SCORE,
                       when, relative, vague, adopted=adopted)
        ev.slots += [("organizer", m) for m in organizers]
        place = ctx.place_of(organizers[0]) if organizers else None
        if place is not None:
            ev.slots.append(("place", place))
        ev.slots.append(("document", doc))
        ev.slots += [("campaign", m) for m in c.mentions if m.label == "Campaign"][:1]
        return ev
    return None




def _after_meeting_held(ctx: EventContext, c: Clause, vs: int) -> bool:
    """某新闻办举行新闻发布会，发布《…》: a clause with no subject of its own, right after a clause of its
    sentence that ends holding a meeting, issues the document there (as a meeting adopting it)."""
    if vs > MAX_ADVERB or c.index == 0 or any(m.start < c.start + vs for m in c.mentions):
        return False     # (正式发布, 同时发布: a word of manner before the verb)
    before = ctx.frame.clauses[c.index - 1]
    said = before.text.rstrip("，,")
    return before.sentence is c.sentence and said.endswith(ctx.cues("Meeting", "head")) \
        and any(v in said for v in ctx.cues("Meeting", "verb"))


def _issued_through(ctx: EventContext, c: Clause, vs: int) -> tuple[Mention, list[Mention]] | None:
    """The document opening clause ``c`` and the bodies (or the meeting's holder) after 经 or 由 before
    the verb at ``vs``: 《某条例》于某日经某市人大常委会第十四次会议审议通过 (the standing committee),
    《某规划》由某省政府办公厅于某日印发."""
    start = ctx.frame.words_start(c)
    doc = next((m for m in c.mentions if m.label == "Document" and m.start >= start and m.end <= c.start + vs), None)
    if doc is None or c.between(start, doc.start).strip(_OPENING_WORDS):
        return None
    between = c.between(doc.end, c.start + vs)
    at = max(between.rfind(w) for w in PASSIVE_AGENTS)
    if at < 0:
        return None
    after = doc.end + at + 1
    bodies = [m for m in c.mentions if is_agent(m) and m.start == after]
    if not bodies:
        return None
    body = max(bodies, key=lambda m: m.end)
    # (经某人大常委会第十四次会议: the standing committee whose session it is)
    return doc, [body]
