"""Events as nodes of their own: meetings, document issuances, visits, signings, milestones.

Each event is an :class:`~kg.model.Entity` of an ontology class (``Meeting``,
``DocumentIssuance``, ``Visit``, ``Milestone``, ``Event`` for signings) with its
date (``date``; ``dateBefore`` for 之前/截至/会前; ``startDate``/``endDate`` for
ranges; ``dateNote`` when the text only says 近日) and facts for its slots:
``organizer``, ``place``, ``document``, ``campaign``, ``chair``, ``attendee``,
``agent``; issuances also give ``issuedBy`` and visits ``visited``.

Patterns (cue words in ``kg/data/event_cues.tsv``):

- meetings: ``X召开<name>会议``, ``<name>会议在Y召开``, ``<name>常委会会议召开``;
  the chair and attendees from ``P主持会议`` / ``P出席会议`` in the sentences after;
- issuances: ``X(制定)印发《D》``, ``X出台《D》``, ``X印发该方案`` (the document named before);
- visits: ``P到Y、Z调研``, ``P视察Y``, ``在Y，P走进/察看…``; one visit per visitor and day;
- signings: ``A与B签署…协议/备忘录``;
- milestones: ``<date>之前，X…全部完成…``, ``截至<date>，X…建成…``.

The id of an event is readable and deterministic, distinct per (type, label, date,
organizer): ``Meeting/<label>/<date>/<organizer>``, so the same meeting named by
two bodies on two dates gives two nodes, and the same meeting reported by two
articles one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .clauses import Clause, Extracted, Frame, chain_at, is_agent, is_org, is_place
from .dates import TimeExpr
from .lexicon import read_table
from .model import Entity, Evidence, Fact, Mention, Sentence
from .resources import Resources

__all__ = ["EventCues", "EventExtractor", "event_id"]


def event_id(type_: str, label: str, when: str | None, organizer: str | None) -> str:
    """``Meeting/<label>/<date>/<organizer>``; ``/`` inside a part becomes ``／``.

    >>> event_id("Meeting", "常务会议", "2021-03-16", "昆山市人民政府")
    'Meeting/常务会议/2021-03-16/昆山市人民政府'
    """
    parts = [type_, label, when or "-", organizer or "-"]
    return "/".join(p.replace("/", "／") for p in parts)


@dataclass(frozen=True)
class EventCues:
    words: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def load(cls, name: str = "event_cues.tsv") -> "EventCues":
        d: dict[tuple[str, str], list[str]] = {}
        for cls_name, role, word in read_table(name):
            d.setdefault((cls_name, role), []).append(word)
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in d.items()})

    def __call__(self, cls_name: str, role: str) -> tuple[str, ...]:
        return self.words.get((cls_name, role), ())


@dataclass
class _Event:
    type: str
    label: str
    sentence: Sentence
    start: int
    end: int
    when: dict[str, str] = field(default_factory=dict)
    slots: list[tuple[str, Mention]] = field(default_factory=list)
    key: str = ""
    aliases: set[str] = field(default_factory=set)
    source: str = "events"           # the pattern that found it

    @property
    def day(self) -> str | None:
        return self.when.get("date") or self.when.get("dateBefore")


class EventExtractor:
    """Finds the events of one article from its :class:`~kg.clauses.Frame`."""

    def __init__(self, resources: Resources | None = None, cues: EventCues | None = None):
        self.cues = cues or EventCues.load()
        self._patterns: dict[tuple[str, ...], re.Pattern] = {}   # one regex per cue list, built on first use
        c = self.cues

    def _find(self, text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Non-overlapping occurrences of ``words`` (longest first at each place), left to right."""
        if not words:
            return []
        pattern = self._patterns.get(words)
        if pattern is None:
            alternatives = sorted(words, key=len, reverse=True)
            pattern = self._patterns[words] = re.compile("|".join(map(re.escape, alternatives)))
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]

    def __call__(self, frame: Frame, located: dict[str, str] | None = None,
                 posts: dict[str, str] | None = None) -> Extracted:
        """``located``: entity id -> its place; ``posts``: person id -> the organisation of their post."""
        self.frame, self.located, self.posts = frame, dict(located or {}), dict(posts or {})
        events: list[_Event] = []
        last: _Event | None = None
        for c in frame.clauses:
            found = (self._meetings(c, last) + self._issuances(c, last) + self._signings(c, last)
                     + self._milestones(c))
            visit = self._visit(c, last, events)
            if visit is not None and visit not in events:
                found.append(visit)
            for ev in found:
                events.append(ev)
                last = ev
            if last is not None and last.type == "Meeting":
                self._chair_attendees(c, last)
        return self._emit(events)

    # -- dates -------------------------------------------------------------------------
    def _when(self, c: Clause, at: int, last: _Event | None, skip: tuple[int, int] | None = None) -> dict[str, str]:
        """The date of an event whose trigger is at article offset ``at`` in clause ``c``."""
        same = self.frame.by_sentence.get(c.sentence.index, [])
        candidates = [t for cl in same if cl.index <= c.index for t in cl.times
                      if t.end <= max(at, c.start) or cl.index == c.index]
        candidates = [t for t in candidates if t.kind != "vague"
                      and not (skip and skip[0] <= t.start < skip[1]) and not self._inside_title(t)]
        dated = [t for t in candidates if t.value]
        if dated:
            # the nearest before the trigger, days first
            dated.sort(key=lambda t: (t.precision != "day", -t.start))
            when = _when_of(dated[0])
            if dated[0].year_from == "inferred":
                when["dateNote"] = "year not stated: taken as the year after the last year the article reports"
            return when
        head = self.frame.doc.text[c.sentence.start:c.sentence.start + 6]
        for w in self.cues("Event", "sameday"):
            if w in head and last is not None and last.when.get("date"):
                return {k: v for k, v in last.when.items() if k in ("date", "dateNote")}
        for w in self.cues("Event", "beforeevent"):
            if w in head and last is not None and last.when.get("date"):
                return {"dateBefore": last.when["date"], **({"dateNote": last.when["dateNote"]}
                                                            if "dateNote" in last.when else {})}
        vague = [t for cl in same for t in cl.times if t.kind == "vague"]
        if vague:
            return {"dateNote": vague[0].text}
        return {}

    def _inside_title(self, t: TimeExpr) -> bool:
        for m in self.frame.entities.mentions:
            if m.label == "Document" and m.start <= t.start < m.end:
                return True
        return False

    # -- meetings ------------------------------------------------------------------------
    def _meetings(self, c: Clause, last: _Event | None) -> list[_Event]:
        out = []
        verbs = self.cues("Meeting", "verb")
        heads = _head_spans(c.text, self.cues("Meeting", "head"))
        if not heads:
            return out
        # X召开<name>: the name runs from the verb to the last head after it
        for v in self._find(c.text, verbs):
            vs, ve, verb = v
            after = [h for h in heads if h.start() >= ve]
            if not after:
                continue
            h = after[-1]
            ns, ne = c.start + ve, c.start + h.end()
            if c.text[ve:ve + 1] == "了":
                ns += 1
            if ne - ns <= len(h.group()):
                continue
            organizers = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs] or \
                         [m for m in c.agents if m.end <= c.start + vs] or list(c.agents)
            ev = self._meeting(c, ns, ne, organizers, None, last)
            if verb.startswith("主持"):
                ev.slots += [("chair", p) for p in c.mentions if p.label == "Person" and p.end <= c.start + vs][-1:]
            out.append(ev)
            return out
        # <name>(在Y)召开
        for h in heads:
            rest = c.text[h.end():]
            place = None
            tail = rest
            if rest.startswith("在"):
                chain = chain_at(c, c.start + h.end() + 1, self.frame.entities.parents)
                if chain:
                    place = chain[-1]
                    tail = c.text[place.end - c.start:]
            ns = self._name_start(c)
            if not tail.startswith(verbs):
                # <name>常务会议审议通过…: a named meeting at the head of the clause, acting
                if place is not None or not tail.startswith(self.cues("Meeting", "act")):
                    continue
            ne = c.start + h.end()
            if ne - ns <= len(h.group()):
                continue
            inside = [m for m in c.mentions if ns <= m.start and m.end <= ne and is_agent(m)]
            organizers = inside[:1] or list(c.agents)
            ev = self._meeting(c, ns, ne, organizers, place, last)
            if inside and inside[0].start == ns and ne - inside[0].end > len(h.group()):
                # 山西省“…”会议在太原召开: the same meeting reads “…”会议 where the body
                # stands before the verb (山西省召开“…”会议); keep that form as an alias
                ev.aliases.add(self.frame.article.text[inside[0].end:ne])
            out.append(ev)
            return out
        return out

    def _name_start(self, c: Clause) -> int:
        pos = c.start
        for t in c.times:
            if t.start == pos:
                pos = t.end
        while pos < c.end and c.text[pos - c.start] in " 　":
            pos += 1
        return pos

    def _meeting(self, c: Clause, ns: int, ne: int, organizers: list[Mention], place: Mention | None,
                 last: _Event | None) -> _Event:
        label = self.frame.article.text[ns:ne]
        ev = _Event("Meeting", label, c.sentence, ns, ne, self._when(c, ns, last, (ns, ne)), source="events.meeting")
        ev.slots += [("organizer", m) for m in organizers]
        if place is None and organizers:
            place = self._place_of(organizers[0])
        if place is not None:
            ev.slots.append(("place", place))
        inside = [m for m in c.mentions if m.label == "Campaign"]
        sentence = [m for cl in self.frame.by_sentence.get(c.sentence.index, []) for m in cl.mentions
                    if m.label == "Campaign"]
        ev.slots += [("campaign", m) for m in (inside or sentence)][:1]
        return ev

    def _place_of(self, m: Mention) -> Mention | None:
        """The place an organiser acts in: itself for a place, else where the organisation is."""
        if is_place(m):
            return m
        key = self.located.get(m.key) or self.frame.entities.parents.get(m.key)
        if key is None:
            return None
        ent = self.frame.entities.entities.get(key)
        label = ent.label if ent else key
        cls_name = ent.type if ent else "Place"
        return Mention(m.article_id, m.start, m.end, m.text, cls_name, label, key, m.sentence)

    def _chair_attendees(self, c: Clause, meeting: _Event) -> None:
        if c.sentence.paragraph != meeting.sentence.paragraph or c.sentence.index - meeting.sentence.index > 2:
            return
        for role, words in (("chair", self.cues("Event", "chair")), ("attendee", self.cues("Event", "attendee"))):
            for vs, ve, w in self._find(c.text, words):
                if c.text[ve:ve + 2] == "召开":
                    continue
                persons = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
                if persons and ("Person", persons[-1].key) not in {(r, m.key) for r, m in meeting.slots if r == role}:
                    meeting.slots.append((role, persons[-1]))

    # -- document issuances -----------------------------------------------------------------
    def _issuances(self, c: Clause, last: _Event | None) -> list[_Event]:
        out = []
        for vs, ve, verb in self._find(c.text, self.cues("DocumentIssuance", "verb")):
            at = c.start + ve
            if c.text[ve:ve + 1] == "了":
                at += 1
            docs = []
            for m in c.mentions:
                if m.label == "Document" and at <= m.start <= at + 1:
                    docs.append(m)
                    break
            if not docs and c.text[at - c.start:].startswith(self.cues("DocumentIssuance", "this")):
                earlier = [m for m in self.frame.entities.mentions if m.label == "Document" and m.end <= at]
                docs = earlier[-1:]
            if not docs:
                continue
            doc = docs[0]
            organizers = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs] or \
                [m for m in c.mentions if is_agent(m) and m.end <= c.start + vs] or list(c.agents)
            if not organizers:
                continue
            label = self.frame.article.text[c.start + vs:doc.end] if doc.start >= at else \
                self.frame.article.text[c.start + vs:at + 3]
            when = self._when(c, c.start + vs, last)
            if "date" in when and not when["date"][:4].isdigit():
                when = {}
            ev = _Event("DocumentIssuance", label, c.sentence, c.start + vs, max(doc.end, at), when, source="events.issuance")
            ev.slots += [("organizer", m) for m in organizers]
            place = self._place_of(organizers[0])
            if place is not None:
                ev.slots.append(("place", place))
            ev.slots.append(("document", doc))
            ev.slots += [("campaign", m) for m in c.mentions if m.label == "Campaign"][:1]
            out.append(ev)
            break
        return out

    # -- visits ---------------------------------------------------------------------------
    def _visit(self, c: Clause, last: _Event | None, events: list[_Event]) -> _Event | None:
        persons = [m for m in c.mentions if m.label == "Person"]
        if not persons:
            return self._group_visit(c, last)
        places: list[Mention] = []
        agent = None
        at = c.start
        for vs, ve, w in self._find(c.text, self.cues("Visit", "move") + self.cues("Visit", "verb")):
            before = [p for p in persons if p.end <= c.start + vs and c.start + vs - p.end <= 4
                      and not re.search(r"[，。；、]", c.between(p.end, c.start + vs))]
            if not before:
                continue
            targets = _chain_list(c, c.start + ve, self.frame.entities.parents)
            if not targets:
                continue
            agent, places, at = before[-1], targets, c.start + vs
            if w in self.cues("Visit", "move"):
                rest = c.between(targets[-1].end, c.end)
                if not rest.startswith(self.cues("Visit", "verb")) and not any(
                        v in rest for v in self.cues("Visit", "verb")) and w == "到":
                    agent = None
                    continue
            break
        if agent is None and c.locative is not None and is_place(c.locative) and c.subjects \
                and c.subjects[0].label == "Person":
            rest = c.between(c.subject_end, c.end)
            if any(rest.startswith(v) or v in rest[:6] for v in self.cues("Visit", "verb") + self.cues("Visit", "move")):
                agent, places, at = c.subjects[0], [c.locative], c.subject_end
        if agent is None:
            return self._group_visit(c, last)
        when = self._when(c, at, last)
        for ev in reversed(events):
            if ev.type == "Visit" and any(r == "agent" and m.key == agent.key for r, m in ev.slots):
                if not when.get("date") or when.get("date") == ev.when.get("date"):
                    ev.slots += [("visited", p) for p in places]
                    return ev
                break
        # the label runs to the end of the clause when it goes on with what was done there
        # (到湄潭县、播州区调研茶产业发展), else to the last place (视察延安革命纪念馆)
        rest = c.between(places[-1].end, c.end)
        end = c.end if rest.startswith(self.cues("Visit", "verb")) or places[-1].end <= at else places[-1].end
        label = self.frame.article.text[at:end] if at < end else c.sentence.text
        ev = _Event("Visit", label, c.sentence, at, c.end, when, source="events.visit")
        ev.slots.append(("agent", agent))
        org_key = self.posts.get(agent.key)
        if org_key:
            ent = self.frame.entities.entities.get(org_key)
            if ent is not None:
                ev.slots.append(("organizer", Mention(agent.article_id, agent.start, agent.end, agent.text,
                                                      ent.type, ent.label, org_key, agent.sentence)))
        ev.slots.append(("place", places[0]))
        ev.slots += [("visited", p) for p in places]
        return ev

    def _group_visit(self, c: Clause, last: _Event | None) -> _Event | None:
        """会后，与会人员实地观摩了X和Y: a visit of those at the event just named."""
        head = self.frame.doc.text[c.sentence.start:c.sentence.start + 6]
        if last is None or not any(w in head for w in self.cues("Event", "sameday")):
            return None
        for vs, ve, w in self._find(c.text, self.cues("Visit", "verb")):
            at = c.start + ve + (1 if c.text[ve:ve + 1] == "了" else 0)
            places = _chain_list(c, at, self.frame.entities.parents)
            if places:
                ev = _Event("Visit", self.frame.article.text[c.start + vs:places[-1].end], c.sentence,
                            c.start + vs, places[-1].end, self._when(c, c.start + vs, last), source="events.group_visit")
                ev.slots.append(("place", places[0]))
                return ev
        return None

    # -- signings -------------------------------------------------------------------------
    def _signings(self, c: Clause, last: _Event | None) -> list[_Event]:
        for vs, ve, verb in self._find(c.text, self.cues("Event", "verb")):
            rest = c.text[ve:]
            if verb != "签约" and not any(o in rest for o in self.cues("Event", "object")):
                continue
            parties = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs]
            if not parties:
                continue
            end = c.end
            for o in self.cues("Event", "object"):
                i = rest.find(o)
                if i >= 0:
                    end = c.start + ve + i + len(o)
                    break
            start = parties[0].start
            ev = _Event("Event", self.frame.article.text[start:end], c.sentence, start, end,
                        self._when(c, c.start + vs, last), source="events.signing")
            ev.slots.append(("organizer", parties[0]))
            ev.slots += [("attendee", m) for m in parties[1:]]
            place = self._place_of(parties[0])
            if place is not None and place.key != parties[0].key:
                ev.slots.append(("place", place))
            return [ev]
        return []

    # -- milestones -----------------------------------------------------------------------
    def _milestones(self, c: Clause) -> list[_Event]:
        done = [d for d in self.cues("Milestone", "done") if d in c.text]
        if not done:
            return []
        same = self.frame.by_sentence.get(c.sentence.index, [])
        if any(cl.index < c.index and self._milestone_clause(cl) for cl in same):
            return []
        bounds = [t for cl in same if cl.index <= c.index for t in cl.times if t.kind == "before" and t.value]
        if not bounds:
            return []
        t = bounds[-1]
        start = max(self._name_start(c), t.end if t.end > c.start else c.start)
        label = self.frame.article.text[start:c.end]
        ev = _Event("Milestone", label, c.sentence, start, c.end, {"dateBefore": t.value}, source="events.milestone")
        if c.agents:
            ev.slots.append(("organizer", c.agents[0]))
            place = self._place_of(c.agents[0])
            if place is not None:
                ev.slots.append(("place", place))
        return [ev]

    def _milestone_clause(self, cl: Clause) -> bool:
        return any(d in cl.text for d in self.cues("Milestone", "done"))

    # -- nodes and facts ------------------------------------------------------------------
    def _emit(self, events: list[_Event]) -> Extracted:
        out = Extracted()
        frame = self.frame
        seen: dict[str, Entity] = {}
        for ev in events:
            organizer = next((m for r, m in ev.slots if r == "organizer"), None) or \
                next((m for r, m in ev.slots if r == "agent"), None)
            ev.key = event_id(ev.type, ev.label, ev.day, frame.entity_label(organizer.key) if organizer else None)
            evidence = replace(frame.evidence(ev.sentence, ev.start, ev.end), source=ev.source, score=1.0)
            ent = seen.get(ev.key)
            if ent is None:
                ent = seen[ev.key] = Entity(ev.key, ev.type, ev.label, attrs=dict(sorted(ev.when.items())))
                out.entities.append(ent)
            ent.aliases |= ev.aliases
            ent.evidence.append(evidence)
            done = set()
            for role, m in ev.slots:
                if (role, m.key) in done:
                    continue
                done.add((role, m.key))
                ev_sentence = frame.doc.sentences[m.sentence] if 0 <= m.sentence < len(frame.doc.sentences) else ev.sentence
                if ev_sentence.start <= m.start and m.end <= ev_sentence.end and ev_sentence.index != ev.sentence.index:
                    slot_ev = frame.evidence(ev_sentence, m.start, m.end)
                else:
                    slot_ev = _cover(frame, ev.sentence, evidence, m)
                if role == "visited":
                    agent = next((a for r, a in ev.slots if r == "agent"), None)
                    if agent is not None:
                        out.facts.append(Fact(agent.key, "visited", m.key, slot_ev, source=ev.source))
                    continue
                out.facts.append(Fact(ev.key, role, m.key, slot_ev, source=ev.source))
                if role == "organizer" and ev.type == "DocumentIssuance":
                    doc = next((d for r, d in ev.slots if r == "document"), None)
                    if doc is not None:
                        out.facts.append(Fact(doc.key, "issuedBy", m.key, _cover(frame, ev.sentence, evidence, m),
                                             source=ev.source))
        return out


def _when_of(t: TimeExpr) -> dict[str, str]:
    if t.kind == "before":
        return {"dateBefore": t.value}
    if t.kind == "range" and t.until:
        return {"date": t.value, "startDate": t.value, "endDate": t.until}
    return {"date": t.value}


def _cover(frame: Frame, s: Sentence, evidence: Evidence, m: Mention) -> Evidence:
    if s.start <= m.start and m.end <= s.end:
        return frame.evidence(s, min(evidence.start, m.start), max(evidence.end, m.end))
    return evidence


class _Head:
    """A meeting-name head found in a clause (what ``re.Match`` would give)."""

    def __init__(self, start: int, word: str):
        self._start, self._word = start, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._word)

    def group(self) -> str:
        return self._word


def _head_spans(text: str, heads: tuple[str, ...]) -> list[_Head]:
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
    return [_Head(a, w) for a, _, w in sorted(set(keep))]


def _chain_list(c: Clause, pos: int, parents: dict[str, str]) -> list[Mention]:
    """Places right after ``pos``, a list joined by 、/和 (or written side by side, 湄潭县播州区):
    the innermost place of each chain."""
    out = []
    while True:
        chain = chain_at(c, pos, parents)
        if not chain or not is_place(chain[-1]) and not is_org(chain[-1]):
            break
        out.append(chain[-1])
        pos = chain[-1].end
        rest = c.text[pos - c.start:]
        j = next((j for j in ("、", "和", "及") if rest.startswith(j)), None)
        if j is None:
            if any(m.start == pos and is_place(m) for m in c.mentions):
                continue
            break
        pos += len(j)
    return out
