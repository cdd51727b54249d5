"""What every relation pattern sees of one article, and the shared step that emits facts.

A pattern is a function ``find(ctx) -> list[Candidate]`` over a :class:`RelationContext`
built for one article (nothing about an article is kept on a long-lived object). The
context holds the article's frame, the resources the patterns share (cue tables, the
gazetteer) and the candidates of the patterns run before, so a later pattern reads
what an earlier one found (posts read the places that ``located`` gave bodies).
:func:`emit` turns the candidates into facts and the nodes they need (roles, posts).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..clauses import ADMIN_CLASSES, ORG_CLASSES, Extracted, Frame
from ..gazetteer import ADMIN_KEY, Gazetteer
from ..lexicon import read_list, read_table
from ..mentions.home import VISIT_VERBS, reception_guests, travel_destinations
from ..model import Entity, Evidence, Fact, Mention

__all__ = ["RelationCues", "RelationContext", "Candidate", "PostCandidate", "emit", "role_entity", "HOME_LEVELS"]

# the levels of place an article is about (RelationContext.article_place)
HOME_LEVELS = ("Province", "Prefecture", "County")


@dataclass(frozen=True)
class RelationCues:
    """The cue words of ``kg/data/relation_cues.tsv`` and the bodies heads of government serve in."""

    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    here: tuple[str, ...]
    leads: tuple[str, ...]
    departments: tuple[tuple[str, tuple[str, ...]], ...] = ()
    bylines: tuple[tuple[str, str], ...] = ()          # (word before the names, the post), longest first
    visit_moves: tuple[str, ...] = ()                   # 赴/到/在 before a place visited
    visit_verbs: tuple[str, ...] = ()                   # 调研/考察 after it
    role_bodies: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    body_parts: tuple[str, ...] = ()                    # 党组, 机关党委: bodies inside another, longest first
    appointing: tuple[str, ...] = ()                    # 任命/选举 before a name (appointment_verbs.txt)
    holding: tuple[str, ...] = ()                       # 任/担任 after a name (holding_verbs.txt)
    removing: tuple[str, ...] = ()                      # 免去/撤销 before a name (removal_verbs.txt)
    scopes: tuple[str, ...] = ()                        # 全县, 我市 (anaphors.tsv): a place's whole, referred to
    career: tuple[str, ...] = ()                        # 历任/曾任 before posts held once (career_verbs.txt)
    bare_bodies: tuple[str, ...] = ()                   # 纪委, 政协 standing bare for a body (bare_body_names.txt)

    @classmethod
    def load(cls, name: str = "relation_cues.tsv", bodies: str = "role_bodies.tsv",
             events: str = "event_cues.tsv", parts: str = "body_parts.tsv", names=None) -> "RelationCues":
        """``names``: the :class:`~kg.lexicon.NameLexicon` already loaded, whose verbs of appointing,
        holding and removal are taken instead of reading their files again."""
        before: dict[str, list[str]] = {}
        after: dict[str, list[str]] = {}
        here, leads, departments, bylines = [], [], [], []
        for rel, pos, cue in read_table(name):
            if pos == "department":
                part, *wholes = cue.split("|")
                departments.append((part, tuple(wholes)))
            if pos == "before":
                before.setdefault(rel, []).append(cue)
            elif pos == "where":
                before.setdefault(f"{rel}_where", []).append(cue)
            elif pos in ("shared_prefix", "shared_suffix"):
                before.setdefault(pos, []).append(cue)
            elif pos == "after":
                after.setdefault(rel, []).append(cue)
            elif pos == "here":
                here.append(cue)
            elif pos == "lead":
                leads.append(cue)
            elif pos == "byline":
                word, _, post = cue.partition("|")
                bylines.append((word, post or word))
        srt = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
        visits = [(role, word) for cls, role, word in read_table(events) if cls == "Visit"]
        moves = tuple(sorted({w for r, w in visits if r == "move"} | {"在"}, key=len, reverse=True))
        verbs = tuple(sorted({w for r, w in visits if r == "verb"}, key=len, reverse=True))
        role_bodies = {role: (tuple(ends.split("|")), place_end) for role, ends, place_end in read_table(bodies)}
        return cls({k: srt(v) for k, v in before.items()}, {k: srt(v) for k, v in after.items()},
                   srt(here), srt(leads), tuple(departments),
                   tuple(sorted(bylines, key=lambda b: len(b[0]), reverse=True)), moves, verbs, role_bodies,
                   srt(r[0] for r in read_table(parts)),
                   *(srt(words) for words in _post_verbs(names)),
                   srt({r[0] for r in read_table("anaphors.tsv")}), srt(read_list("career_verbs.txt")),
                   srt(read_list("bare_body_names.txt")))

    def shared(self, post: str) -> bool:
        """Can several people hold ``post`` at once (副局长, 常委)?"""
        return post.startswith(tuple(self.before.get("shared_prefix", ()))) or \
            post.endswith(tuple(self.before.get("shared_suffix", ())))

    def has_before(self, relation: str, text: str) -> str | None:
        return next((c for c in self.before.get(relation, ()) if c in text), None)

    def has_after(self, relation: str, text: str) -> str | None:
        return next((c for c in self.after.get(relation, ()) if c in text), None)


def _post_verbs(names) -> tuple:
    """(appointing, holding, removal) verbs: the lexicon's when given, else read from their files."""
    if names is not None:
        # (the appointing verbs are a set there: put in one order, as a file's would be)
        return sorted(names.appointment_verbs), names.holding_verbs, names.removal_verbs
    return read_list("appointment_verbs.txt"), read_list("holding_verbs.txt"), read_list("removal_verbs.txt")


@dataclass(frozen=True)
class Candidate:
    """A relation a rule read: ``head -relation-> tail`` with its evidence."""

    rule: str
    head: str
    relation: str
    tail: str
    evidence: Evidence | None
    attrs: tuple[tuple[str, str], ...] = ()
    score: float = 1.0


@dataclass(frozen=True)
class PostCandidate:
    """A person holding a post: ``holder`` has ``role`` (a Role node), in ``org`` when named."""

    rule: str
    holder: str
    role: str                 # the Role node's id (Role/市委书记)
    role_label: str
    org: str | None
    evidence: Evidence
    date: str | None = None
    score: float = 1.0
    ended: bool = False       # a removal (免去某某的…职务): ``date`` is when the post ended


def candidate(rule: str, head: str, relation: str, tail: str, ev, **attrs) -> Candidate:
    return Candidate(rule, head, relation, tail, ev, tuple(sorted(attrs.items())))


@dataclass
class RelationContext:
    """One article as the relation patterns see it."""

    frame: Frame
    cues: RelationCues
    gazetteer: Gazetteer
    roles: frozenset[str] = frozenset()             # the posts of the role lexicon (书记, 常委 …)
    headed_roles: frozenset[str] = frozenset()      # those named with their body's head (书记, 秘书长)
    found: list = field(default_factory=list)      # candidates of the patterns run so far
    _gone_to: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _guests_only: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    @property
    def entities(self):
        return self.frame.entities

    def only_gone_to(self) -> frozenset[str]:
        """The places the article names only as where someone goes (市长某某到某县级市调研, 深入某县) or on the
        guests' side of a reception (副市长某某会见了深圳某公司董事长某某: the company's city is not the host's):
        read once per article, as the mentions do not change while relations are read."""
        if self._gone_to is None:
            mentions = self.frame.entities.mentions
            gone_to = travel_destinations(self.frame.doc.text, mentions, VISIT_VERBS)
            guests_from = reception_guests(mentions, {s.index: s for s in self.frame.doc.sentences})
            guests = {m.start for m in mentions if m.start >= guests_from.get(m.sentence, m.end + 1)}
            named_at: dict[str, list[int]] = {}
            for m in mentions:
                named_at.setdefault(m.key, []).append(m.start)
            elsewhere = {k for k, starts in named_at.items() if (gone_to | guests).issuperset(starts)}
            # (a place named only in a guest's name, 深圳某公司: its city is no more the host's; but the province
            # of a city gone to is the visitor's own: 省长某某来到南昌市)
            guests_only = {k for k, starts in named_at.items() if guests.issuperset(starts)}
            parents = self.frame.entities.parents
            children: dict[str, list[str]] = {}
            for child, parent in parents.items():
                children.setdefault(parent, []).append(child)
            unnamed = {p for p in children if p not in named_at}
            while True:
                more = {p for p in unnamed - guests_only if all(child in guests_only for child in children[p])}
                if not more:
                    break
                guests_only |= more
            self._gone_to = frozenset(elsewhere | guests_only)
            self._guests_only = frozenset(guests_only)
        return self._gone_to

    def only_guests(self) -> frozenset[str]:
        """Of :meth:`only_gone_to`, the places named only on the guests' side of a reception (and the places
        the article never names that hold only those)."""
        self.only_gone_to()
        return self._guests_only

    def placed(self) -> dict[str, str]:
        """Entity -> the place it is in: the entity stage's, else a ``locatedIn`` found so far."""
        out = dict(self.frame.entities.parents)
        read = {c.head: c.tail for c in self.found if isinstance(c, Candidate) and c.relation == "locatedIn"}
        for head, tail in read.items():
            out.setdefault(head, tail)
        return out

    def situated(self) -> set[str]:
        """Entities the article already puts somewhere: placed (:meth:`placed`) or part of a whole."""
        return set(self.placed()) | {c.head for c in self.found if isinstance(c, Candidate) and c.relation == "partOf"}

    def place_entity(self, key: str) -> Entity | None:
        """The entity of a place id: the article's, or the gazetteer's for an ``adm/`` id it does not name."""
        e = self.frame.entities.entities.get(key)
        if e is None and key.startswith("adm/"):
            area = self.gazetteer.get(key[4:])
            e = Entity(key, area.cls, area.name) if area else None
        return e

    def article_place(self) -> str | None:
        """The key of the place the article is about: the administrative place it names most
        (first on a tie), else its most specific home division that is an entity of the
        article (a wire's dateline names where it was filed, not always what it is about)."""
        ents = self.entities
        counts: dict[str, int] = {}
        order: dict[str, int] = {}
        for m in ents.mentions:
            if m.label in HOME_LEVELS and m.key in ents.entities:
                counts[m.key] = counts.get(m.key, 0) + 1
                order.setdefault(m.key, m.start)
        if counts:
            return min(counts, key=lambda k: (-counts[k], order[k]))
        return next((f"adm/{h.area.code}" for h in self.frame.doc.home if f"adm/{h.area.code}" in ents.entities), None)

    def sentence_of(self, m: Mention | None):
        sents = self.frame.doc.sentences
        return sents[m.sentence] if m is not None and 0 <= m.sentence < len(sents) else None

    def mention_evidence(self, m: Mention | None) -> Evidence | None:
        s = self.sentence_of(m)
        return self.frame.evidence(s, m.start, m.end) if s is not None else None

    def admin_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for key, e in self.frame.entities.entities.items():
            if e.type in ADMIN_CLASSES:
                for n in {e.label, *e.aliases}:
                    names.setdefault(n, key)
        return names

    def org_names(self) -> dict[str, str]:
        """Every name (label, alias) of an organisation of the article -> its id (one-to-one only)."""
        names: dict[str, set[str]] = {}
        for key, e in self.frame.entities.entities.items():
            if e.type in ORG_CLASSES:
                for n in {e.label, *e.aliases}:
                    names.setdefault(n, set()).add(key)
        return {n: next(iter(keys)) for n, keys in names.items() if len(keys) == 1}


def role_entity(label: str) -> Entity:
    return Entity(f"Role/{label}", "Role", label)


def emit(ctx: RelationContext, candidates: list) -> Extracted:
    """Facts (deduplicated, in order) and the Role and Post nodes the candidates need."""
    out = Extracted()
    ents = ctx.frame.entities
    made: dict[str, Entity] = {}
    seen: set = set()

    def add(f: Fact) -> None:
        k = (f.head, f.relation, f.tail, f.evidence)
        if k not in seen:
            seen.add(k)
            out.facts.append(f)

    # a post read with no body (记者某某) is the one of that holder and role read with its body
    # elsewhere (某某网记者某某), when there is exactly one: one Post node, not two
    bodies: dict[tuple[str, str], set[str]] = {}
    for c in candidates:
        if isinstance(c, PostCandidate) and c.org is not None:
            bodies.setdefault((c.holder, c.role), set()).add(c.org)
    for c in candidates:
        if isinstance(c, Candidate):
            add(Fact(c.head, c.relation, c.tail, c.evidence, c.attrs, source=c.rule, score=c.score))
            continue
        if c.org is None and len(known := bodies.get((c.holder, c.role), ())) == 1:
            c = replace(c, org=next(iter(known)))
        ev = c.evidence
        if c.role not in ents.entities:
            role_ent = made.get(c.role)
            if role_ent is None:
                role_ent = made[c.role] = Entity(c.role, "Role", c.role.split("/", 1)[1])
                out.entities.append(role_ent)
            role_ent.evidence.append(ev)
        role_label = (ents.entities.get(c.role) or made[c.role]).label
        add(Fact(c.holder, "hasRole", c.role, ev, source=c.rule, score=c.score))
        if c.org is not None and c.org != c.holder and not _is_division(ents, c.org):
            # (a post held in a place, 县长 of a county whose government is not named: no member of it)
            add(Fact(c.holder, "memberOf", c.org, ev, source=c.rule, score=c.score))
        holder = ctx.frame.entity_label(c.holder)
        post_id = "/".join(p.replace("/", "／") for p in
                           ("Post", holder, role_label, ctx.frame.entity_label(c.org) if c.org is not None else "-"))
        post = made.get(post_id)
        if post is None:
            post = made[post_id] = Entity(post_id, "Post", f"{holder} {role_label}")
            if c.date:
                post.attrs["endDate" if c.ended else "date"] = c.date
            out.entities.append(post)
        post.evidence.append(ev)
        add(Fact(post_id, "holder", c.holder, ev, source=c.rule, score=c.score))
        add(Fact(post_id, "role", c.role, ev, source=c.rule, score=c.score))
        if c.org is not None:
            add(Fact(post_id, "postIn", c.org, ev, source=c.rule, score=c.score))
    return out


def _is_division(ents, key: str) -> bool:
    """Is ``key`` an administrative division's entity (a place, not a body one is a member of)?"""
    ent = ents.entities.get(key)
    return key.startswith(ADMIN_KEY) or (ent is not None and ent.type in ADMIN_CLASSES)
