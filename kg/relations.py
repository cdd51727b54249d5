"""Typed relations between the entities of an article, each with its evidence sentence.

Patterns over the clauses of :mod:`kg.clauses` (who acts in each clause) and the
entities found in them; the cue words are data (``kg/data/relation_cues.tsv``):

- ``implements``: an initiative named in a clause is carried out by the clause's
  agents (``昆山市将“一窗通办”作为…``, ``安吉县以“两山”转化、美丽乡村建设为载体``,
  ``定西市…实行“一户一策”``). The initiative recogniser already asks for the cue
  (以…为载体, 开展, 推行 …), so every agent of such a clause implements it; a list
  gives one relation per item.
- ``participatesIn``: ``实验小学等12所学校已先行试点``, ``作为脱贫攻坚中的帮扶单位，X…``,
  ``X参加/参与…``.
- ``uses``: a place or landmark after 利用/依托/借助 … (``充分利用遵义会议会址、娄山关等红色资源``).
- ``focusesOn``: a topic in a clause with an agent (``严把茶叶质量安全关``).
- ``partOf``: ``将X作为<campaign>的…工作`` → X partOf the campaign; a party branch named
  after its village (``X村党支部``) is part of the village.
- ``locatedIn``: ``X地处Y``, ``X位于Y``, ``…设于此``, ``在Y，<company>…``, and the place at
  the head of an institution's name (河南省人社厅 → 河南省, 湄潭中医院 → 湄潭县 through
  the gazetteer), unless the entity stage already gave the institution a place.
- ``memberOf``/``hasRole`` and ``Post`` nodes: ``云峰村党支部书记申永强`` → 申永强
  memberOf the branch, hasRole 党支部书记, and a Post (holder, role, postIn, date).
- The co-mention layer (:func:`comention_facts`): every two entities named in one
  sentence, ``coMentionedWith`` with ``layer="comention"``; the graph counts sentences.
"""
from __future__ import annotations

from dataclasses import dataclass

from .clauses import ADMIN_CLASSES, ORG_CLASSES, Clause, Extracted, Frame, is_agent, is_org, is_place
from .lexicon import read_table
from .model import Entity, Fact, Mention
from .resources import Resources

__all__ = ["RelationCues", "RelationExtractor", "comention_facts", "COMENTION"]

COMENTION = "coMentionedWith"
INITIATIVE, CAMPAIGN, TOPIC = "Initiative", "Campaign", "Topic"
PARTICIPABLE = frozenset({"Initiative", "Campaign", "Event", "Meeting"})
PARTY_BRANCH_LEVEL = frozenset({"Village"})   # a party body of a village is part of it (村党支部)
LOCAL_INSTITUTIONS = frozenset({"School", "Hospital"})


@dataclass(frozen=True)
class RelationCues:
    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    here: tuple[str, ...]
    leads: tuple[str, ...]
    departments: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def load(cls, name: str = "relation_cues.tsv") -> "RelationCues":
        before: dict[str, list[str]] = {}
        after: dict[str, list[str]] = {}
        here, leads, departments = [], [], []
        for rel, pos, cue in read_table(name):
            if pos == "department":
                part, *wholes = cue.split("|")
                departments.append((part, tuple(wholes)))
            if pos == "before":
                before.setdefault(rel, []).append(cue)
            elif pos == "after":
                after.setdefault(rel, []).append(cue)
            elif pos == "here":
                here.append(cue)
            elif pos == "lead":
                leads.append(cue)
        srt = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731
        return cls({k: srt(v) for k, v in before.items()}, {k: srt(v) for k, v in after.items()},
                   srt(here), srt(leads), tuple(departments))

    def has_before(self, relation: str, text: str) -> str | None:
        return next((c for c in self.before.get(relation, ()) if c in text), None)

    def has_after(self, relation: str, text: str) -> str | None:
        return next((c for c in self.after.get(relation, ()) if c in text), None)


def _fact(rule: str, head: str, relation: str, tail: str, ev, **attrs) -> Fact:
    return Fact(head, relation, tail, ev, tuple(sorted(attrs.items())), source=rule)


class RelationExtractor:
    """Finds the typed relations of one article from its :class:`~kg.clauses.Frame`."""

    def __init__(self, resources: Resources, cues: RelationCues | None = None,
                 role_bodies: dict[str, tuple[tuple[str, ...], str]] | None = None):
        self.gazetteer = resources.gazetteer
        self.cues = cues or RelationCues.load()
        self.role_bodies = role_bodies if role_bodies is not None else {
            role: (tuple(ends.split("|")), place_end) for role, ends, place_end in read_table("role_bodies.tsv")}

    def __call__(self, frame: Frame) -> Extracted:
        out = Extracted()
        located = self._located_by_context(frame)
        out.facts.extend(located)
        out.facts.extend(self._institution_places(frame, {f.head for f in located}, out))
        out.facts.extend(self._clause_relations(frame))
        placed = dict(frame.entities.parents)
        placed.update({f.head: f.tail for f in out.facts if f.relation == "locatedIn" and f.head not in placed})
        out.facts.extend(self._departments(frame, placed))
        self._posts(frame, out, placed)
        out.facts = _dedupe(out.facts)
        return out

    # -- posts: 云峰村党支部书记申永强 ---------------------------------------------------------
    def _posts(self, frame: Frame, out: Extracted, placed: dict[str, str]) -> None:
        """A person named after a post (the person stage links them) holds it.

        The person mention carries ``role``/``role_key`` and, when the post follows an
        organisation, ``org_start``/``org_end`` (the organisation's span, whose entity
        the resolver may have re-keyed: 县委 → 安吉县委).
        """
        ents = frame.entities
        by_span = {(m.start, m.end): m for m in ents.mentions}
        made: dict[str, Entity] = {}
        for m in ents.mentions:
            role = m.attr("role")
            if m.label != "Person" or not role:
                continue
            role_key = m.attr("role_key") or f"Role/{role}"
            org = None
            if m.attr("org_start") and m.attr("org_end"):
                org = by_span.get((int(m.attr("org_start")), int(m.attr("org_end"))))
            if org is None:
                org = self._role_body(frame, m, role, placed)
            s = frame.doc.sentences[m.sentence] if 0 <= m.sentence < len(frame.doc.sentences) else None
            if s is None:
                continue
            ev = frame.evidence(s, min(m.start, org.start if org else m.start), m.end)
            if role_key not in ents.entities:
                role_ent = made.get(role_key)
                if role_ent is None:
                    role_ent = made[role_key] = Entity(role_key, "Role", role_key.split("/", 1)[1])
                    out.entities.append(role_ent)
                role_ent.evidence.append(ev)
            role_label = (ents.entities.get(role_key) or made[role_key]).label
            out.facts.append(_fact("relations.post", m.key, "hasRole", role_key, ev))
            if org is not None and org.key != m.key:
                out.facts.append(_fact("relations.post", m.key, "memberOf", org.key, ev))
            post_id = "/".join(p.replace("/", "／") for p in
                               ("Post", frame.entity_label(m.key), role_label,
                                frame.entity_label(org.key) if org is not None else "-"))
            post = made.get(post_id)
            if post is None:
                post = made[post_id] = Entity(post_id, "Post", f"{frame.entity_label(m.key)} {role_label}")
                when = self._post_date(frame, m)
                if when:
                    post.attrs["date"] = when
                out.entities.append(post)
            post.evidence.append(ev)
            out.facts.append(_fact("relations.post", post_id, "holder", m.key, ev))
            out.facts.append(_fact("relations.post", post_id, "role", role_key, ev))
            if org is not None:
                out.facts.append(_fact("relations.post", post_id, "postIn", org.key, ev))

    def _role_body(self, frame: Frame, person: Mention, role: str, placed: dict[str, str]) -> Mention | None:
        """The government a 县长/区长/市长 heads: the one of the place named before the post
        (南山区区长), else the only one of a place of that kind the article names (县长刘卫东:
        the one government of a …县)."""
        if role not in self.role_bodies:
            return None
        ends, place_end = self.role_bodies[role]
        ents = frame.entities
        place = None
        role_m = next((r for r in ents.mentions if r.label == "Role" and r.end == person.start), None)
        if role_m is not None:
            place = next((p for p in ents.mentions if p.end == role_m.start and is_place(p)), None)
        bodies = []
        for key, e in ents.entities.items():
            if e.type not in ORG_CLASSES or not e.label.endswith(ends):
                continue
            parent = ents.entities.get(placed.get(key, ""))
            if parent is None and placed.get(key, "").startswith("adm/"):
                area = self.gazetteer.get(placed[key][4:])
                parent = Entity(placed[key], area.cls, area.name) if area else None
            if place is not None and placed.get(key) == place.key or \
                    place is None and parent is not None and parent.label.endswith(place_end):
                bodies.append(key)
        if len(bodies) != 1:
            return None
        first = next((m for m in ents.mentions if m.key == bodies[0]), None)
        return first

    @staticmethod
    def _post_date(frame: Frame, m: Mention) -> str | None:
        """A date stated in the person's own clause (2021年3月任…), if any."""
        for c in frame.by_sentence.get(m.sentence, []):
            if c.start <= m.start < c.end or c.start <= m.start <= c.end:
                dated = [t for t in c.times if t.value and t.kind in ("on", "since")]
                return dated[0].value if dated else None
        return None

    # -- locatedIn from the sentence ------------------------------------------------
    def _located_by_context(self, frame: Frame) -> list[Fact]:
        facts = []
        prev_places: list[Mention] = []
        for c in frame.clauses:
            heads = [m for m in c.subjects if is_place(m) or is_org(m)]
            if heads:
                start = c.subject_end
                for m in c.mentions:
                    if m.start < start or m in c.subjects:
                        continue
                    cue = self.cues.has_before("locatedIn", c.between(start, m.start))
                    if cue and is_place(m) and m.start - start <= len(cue) + 6:
                        facts += [_fact("relations.located_context", h.key, "locatedIn", m.key, frame.span_evidence(c, h, m), cue=cue)
                                  for h in heads if h.key != m.key]
                        break
                else:
                    rest = c.between(start, c.end)
                    for cue in self.cues.before.get("locatedIn", ()):
                        i = rest.find(cue)
                        if i >= 0 and rest[i + len(cue):].startswith(self.cues.here):
                            for h in heads:
                                for p in prev_places:
                                    if p.key != h.key:
                                        facts.append(_fact("relations.located_context", h.key, "locatedIn", p.key,
                                                           frame.span_evidence(c, h, start=start + i,
                                                                               end=start + i + len(cue) + 1),
                                                           cue=cue))
                            break
                # 在安定区内官营镇，<company>…: a company, school or hospital there
                loc = c.locative
                if loc is not None and is_place(loc) and not c.inherited:
                    for h in heads:
                        if h.label in ORG_CLASSES - {"GovernmentBody", "PartyOrganization"}:
                            facts.append(_fact("relations.located_context", h.key, "locatedIn", loc.key, frame.span_evidence(c, h, loc),
                                               cue="在"))
                # …嘉兴市政府探索…试点，目前实验小学等12所学校已先行试点: a school, hospital
                # or university whose name gives no place, named as an example right after a
                # local government acting in the same sentence, is in that government's place
                if c.listed and loc is None and c.index and not c.inherited:
                    before = frame.clauses[c.index - 1]
                    if before.sentence.index == c.sentence.index:
                        bodies = [a for a in before.agents if a.label == "GovernmentBody"]
                        for h in heads:
                            if h.label in LOCAL_INSTITUTIONS and bodies and not _named_place(h, frame):
                                place = frame.place_of(bodies[0].key)
                                if place:
                                    facts.append(_fact("relations.located_context", h.key, "locatedIn", place,
                                                       frame.span_evidence(c, h), cue="等"))
            places = [m for m in c.agents if is_place(m)]
            if places and c.subjects:
                prev_places = places
        return facts

    # -- departments of a government or a party committee ---------------------------------
    def _departments(self, frame: Frame, placed: dict[str, str]) -> list[Fact]:
        """兰考县扶贫开发办公室 partOf 兰考县人民政府, when both are named and in one place."""
        ents = frame.entities
        first = ents.first_mentions()
        facts = []
        for key in sorted(ents.entities):
            e = ents.entities[key]
            place = placed.get(key)
            if e.type not in ORG_CLASSES or place is None:
                continue
            for part, wholes in self.cues.departments:
                if not e.label.endswith(part) or e.label.endswith(wholes):
                    continue
                whole = [k for k, w in ents.entities.items() if k != key and w.type in ORG_CLASSES
                         and placed.get(k) == place and w.label.endswith(wholes)]
                if len(whole) == 1:
                    m = first.get(key)
                    s = frame.doc.sentences[m.sentence] if m is not None and 0 <= m.sentence < len(frame.doc.sentences) else None
                    facts.append(_fact("relations.department", key, "partOf", whole[0], frame.evidence(s, m.start, m.end) if s else None,
                                       source="name"))
                break
        return facts

    # -- the place in an institution's name ----------------------------------------
    def _institution_places(self, frame: Frame, already: set[str], out: Extracted) -> list[Fact]:
        ents = frame.entities
        names: dict[str, str] = {}
        for key, e in ents.entities.items():
            if e.type in ADMIN_CLASSES:
                for n in {e.label, *e.aliases}:
                    names.setdefault(n, key)
        anchors = {e.attrs.get("adcode") for e in ents.entities.values() if e.attrs.get("adcode")}
        first = ents.first_mentions()
        facts = []
        for key in sorted(ents.entities):
            e = ents.entities[key]
            if e.type not in ORG_CLASSES or key in already:
                continue
            if key in ents.parents:
                # placed by the entity stage; a village's party branch is also part of the village
                parent = ents.entities.get(ents.parents[key])
                if e.type == "PartyOrganization" and parent is not None and parent.type in PARTY_BRANCH_LEVEL:
                    m = first.get(key)
                    s = frame.doc.sentences[m.sentence] if m is not None and 0 <= m.sentence < len(frame.doc.sentences) else None
                    facts.append(_fact("relations.institution_place", key, "partOf", parent.id, frame.evidence(s, m.start, m.end) if s else None,
                                       source="name"))
                continue
            m = first.get(key)
            named = m.attr("place") if m is not None else None
            # the organisation stage read the place in the name (with the article's context)
            place = named if named and named.startswith("adm/") else self._name_place(e.label, names, anchors)
            if place is None or place == key:
                continue
            s = frame.doc.sentences[m.sentence] if m is not None and 0 <= m.sentence < len(frame.doc.sentences) else None
            ev = frame.evidence(s, m.start, m.end) if s is not None else None
            place_ent = ents.entities.get(place)
            relation = "partOf" if (e.type == "PartyOrganization" and place_ent is not None
                                    and place_ent.type in PARTY_BRANCH_LEVEL) else "locatedIn"
            facts.append(_fact("relations.institution_place", key, relation, place, ev, source="name"))
        return facts

    def _name_place(self, label: str, names: dict[str, str], anchors: set[str]) -> str | None:
        for lead in self.cues.leads:
            if label.startswith(lead) and len(label) > len(lead) + 2:
                label = label[len(lead):]
                break
        for n in range(len(label) - 1, 1, -1):
            prefix = label[:n]
            if prefix in names:
                return names[prefix]
            codes = self.gazetteer.names().get(prefix)
            if codes:
                code = self._pick(codes, anchors)
                if code:
                    return f"adm/{code}"
        return None

    def _pick(self, codes: list[str], anchors: set[str]) -> str | None:
        if len(codes) == 1:
            return codes[0]
        inside = [c for c in codes if any(a.code in anchors for a in self.gazetteer.chain(c))]
        return inside[0] if len(inside) == 1 else None

    # -- relations read in a clause -------------------------------------------------
    def _clause_relations(self, frame: Frame) -> list[Fact]:
        facts: list[Fact] = []
        pending: list[Mention] = []    # 作为<campaign>中的…单位， → the next clause's subject
        for c in frame.clauses:
            if pending and c.subjects and not c.inherited:
                for h in c.subjects:
                    if is_agent(h):
                        facts += [_fact("relations.participatesIn", h.key, "participatesIn", t.key, frame.span_evidence(c, h, t), cue="作为")
                                  for t in pending]
                pending = []
            elif c.index and frame.clauses[c.index - 1].sentence.index != c.sentence.index:
                pending = []
            participation = self._participation(c, frame)
            facts += participation
            if not c.subjects and c.text.startswith("作为"):
                targets = [m for m in c.mentions if m.label in PARTICIPABLE]
                if targets and self.cues.has_after("participatesIn", c.text):
                    pending = targets
                    continue
            done = {f.tail for f in participation}
            agents = self._acting(frame, c)
            for m in c.mentions:
                if m in c.subjects or m.key in done:
                    continue
                before = c.between(c.subject_end if c.subject_end > 0 else c.start, m.start)
                if m.label == INITIATIVE:
                    facts += [_fact("relations.implements", a.key, "implements", m.key, frame.span_evidence(c, a, m)) for a in agents
                              if a.key != m.key]
                    facts += self._part_of(c, m, frame)
                elif m.label == TOPIC:
                    facts += [_fact("relations.focusesOn", a.key, "focusesOn", m.key, frame.span_evidence(c, a, m)) for a in agents]
                elif is_place(m) and m.label not in ADMIN_CLASSES or m.label in ("Landmark", "NaturalPlace"):
                    cue = self.cues.has_before("uses", before)
                    if cue:
                        facts += [_fact("relations.uses", a.key, "uses", m.key, frame.span_evidence(c, a, m), cue=cue)
                                  for a in agents if a.key != m.key]
        return facts

    def _acting(self, frame: Frame, c: Clause) -> list[Mention]:
        """Who a clause's initiatives, topics and resources belong to.

        A village's party branch acts for its village (the village is what the genre
        reports on); 各部门/各县区 (the bodies within the agents) act for the agents' place.
        """
        ents = frame.entities
        out: dict[str, Mention] = {}
        for a in c.agents:
            target = a
            parent_key = ents.parents.get(a.key)
            parent = ents.entities.get(parent_key) if parent_key else None
            if a.label == "PartyOrganization" and parent is not None and parent.type in PARTY_BRANCH_LEVEL:
                target = _as(a, parent)
            elif c.generic and is_org(a) and parent is not None:
                target = _as(a, parent)
            elif c.generic and is_org(a) and parent_key and parent_key.startswith("adm/"):
                area = self.gazetteer.get(parent_key[4:])
                if area is not None:
                    target = _as(a, Entity(parent_key, area.cls, area.name))
            out.setdefault(target.key, target)
        return list(out.values())

    def _participation(self, c: Clause, frame: Frame) -> list[Fact]:
        """实验小学等12所学校已先行试点; X参加/参与Y."""
        heads = [m for m in c.subjects if is_agent(m)] if not c.inherited else []
        if not heads:
            return []
        rest = c.between(c.subject_end, c.end)
        after = self.cues.has_after("participatesIn", rest)
        before = self.cues.has_before("participatesIn", rest)
        if not (after or before):
            return []
        targets = [m for m in c.mentions if m.label in PARTICIPABLE and m.start >= c.subject_end]
        if not targets and after:
            # the pilot named earlier in the sentence
            earlier = [m for cl in frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index
                       for m in cl.mentions if m.label in PARTICIPABLE]
            targets = earlier[-1:]
        return [_fact("relations.participation", h.key, "participatesIn", t.key, frame.span_evidence(c, h, t), cue=after or before)
                for h in heads for t in targets]

    def _part_of(self, c: Clause, m: Mention, frame: Frame) -> list[Fact]:
        """将X作为<campaign>的…工作 → X partOf the campaign."""
        out = []
        for cue in self.cues.before.get("partOf", ()):
            i = c.text.find(cue, c.rel(m.end))
            if i < 0:
                continue
            for t in c.mentions:
                if t.label == CAMPAIGN and t.start >= c.start + i + len(cue) and t.start - (c.start + i + len(cue)) <= 2:
                    out.append(_fact("relations.part_of", m.key, "partOf", t.key, frame.span_evidence(c, m, t), cue=cue))
        return out


def _as(m: Mention, e: Entity) -> Mention:
    """``m``'s span standing for entity ``e`` (an agent read as the place it acts for)."""
    return Mention(m.article_id, m.start, m.end, m.text, e.type, e.label, e.id, m.sentence)


def _named_place(m: Mention, frame: Frame) -> bool:
    """Does the institution's name or the entity stage already place it?"""
    return m.key in frame.entities.parents or bool(m.attr("place"))


def comention_facts(frame: Frame, exclude: frozenset[str] = frozenset({"Article"})) -> list[Fact]:
    """Every two distinct entities named in one sentence, once per sentence."""
    facts = []
    by_sentence: dict[int, dict[str, Mention]] = {}
    for m in frame.entities.mentions:
        if m.label in exclude or m.sentence < 0:
            continue
        by_sentence.setdefault(m.sentence, {}).setdefault(m.key, m)
    for si in sorted(by_sentence):
        s = frame.doc.sentences[si]
        items = sorted(by_sentence[si].items())
        for i, (ka, ma) in enumerate(items):
            for kb, mb in items[i + 1:]:
                ev = frame.evidence(s, min(ma.start, mb.start), max(ma.end, mb.end))
                facts.append(Fact(ka, COMENTION, kb, ev, (("layer", "comention"),), source="comention"))
    return facts


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen = set()
    out = []
    for f in facts:
        k = (f.head, f.relation, f.tail, f.evidence)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def role_entity(label: str) -> Entity:
    return Entity(f"Role/{label}", "Role", label)
