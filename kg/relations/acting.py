"""What the agents of a clause do: ``implements``, ``focusesOn``, ``uses``, ``participatesIn``,
``partOf`` (read from :mod:`kg.clauses`: who acts in each clause).

- ``relations.implements``: an initiative named in a clause is carried out by the
  clause's agents (``昆山市将“一窗通办”作为…``, ``安吉县以“两山”转化、美丽乡村建设为
  载体``). The initiative recogniser already asks for the cue (以…为载体, 开展, 推行 …),
  so every agent of such a clause implements it; a list gives one relation per item.
- ``relations.focusesOn``: a topic in a clause with an agent (``严把茶叶质量安全关``).
- ``relations.uses``: a site after 利用/依托/借助 … (``充分利用…会址、娄山关等红色资源``).
- ``relations.participation``: ``实验小学等12所学校已先行试点``, ``X参加/参与…``;
  ``relations.participatesIn``: ``作为脱贫攻坚中的帮扶单位，X…``.
- ``relations.implements_where``: ``<initiative>已经在<place>…试点`` → the place implements it.
- ``relations.visit_topics``: ``某某赴某县调研乡村振兴工作`` → the county focusesOn the topics.
- ``relations.implements_unclaimed``: an initiative no clause gives an agent to is the
  programme of the place the article is about (the place it names most, else its home).
- ``relations.part_of``: ``将X作为<campaign>的…工作`` → X partOf the campaign.

Why ``relations.implements`` and ``relations.focusesOn`` stay below 50% precision on the
real dev set (``kg eval --by source``: 35% and 22% when this was written): they answer the
genre's main question (who carries out which initiative, who works on what), and most of
their losses there are ends the recognisers read differently from the gold (a programme's
name without its head word 工程, a quoted name with the word after the quotes, a village
glued to a verb), or a body where the gold
names its place; the gold's focusesOn is itself loose (a topic a report dwells on), and no
clause cue separates its right and wrong readings in the dev articles read so far.
"""
from __future__ import annotations

from ..clauses import ADMIN_CLASSES, Clause, is_agent, is_org, is_place
from ..model import Entity, Mention
from .context import Candidate, RelationContext, candidate
from .located import PARTY_BRANCH_LEVEL

__all__ = ["clause_relations", "visit_topics", "unclaimed_initiatives", "PARTICIPABLE", "CAMPAIGN_REACH"]

INITIATIVE, CAMPAIGN, TOPIC = "Initiative", "Campaign", "Topic"
PARTICIPABLE = frozenset({"Initiative", "Campaign", "Event", "Meeting"})
# characters allowed between the place after 在 and the verb of carrying out (在某市各乡镇先行试点)
WHERE_REACH = 16
# the score of what the place an article is about implements by default
UNCLAIMED_SCORE = 0.5
# characters allowed between a partOf cue (作为, 纳入) and the campaign it names
CAMPAIGN_REACH = 2
# the ends of a place's own Party committee (县委, 党委: not 县委组织部) and government (县政府, 人民政府)
LEADING_COMMITTEE = ("委", "党委")
LEADING_GOVERNMENT = ("政府",)


def clause_relations(ctx: RelationContext) -> list[Candidate]:
    frame = ctx.frame
    out: list[Candidate] = []
    pending: list[Mention] = []    # 作为<campaign>中的…单位， → the next clause's subject
    for c in frame.clauses:
        if pending and c.subjects and not c.inherited:
            for h in c.subjects:
                if is_agent(h):
                    out += [candidate("relations.participatesIn", h.key, "participatesIn", t.key,
                                      frame.span_evidence(c, h, t), cue="作为") for t in pending]
            pending = []
        elif c.index and frame.clauses[c.index - 1].sentence.index != c.sentence.index:
            pending = []
        participation = _participation(ctx, c)
        out += participation
        if not c.subjects and c.text.startswith("作为"):
            targets = [m for m in c.mentions if m.label in PARTICIPABLE]
            if targets and ctx.cues.has_after("participatesIn", c.text):
                pending = targets
                continue
        done = {f.tail for f in participation}
        agents = acting(ctx, c)
        out += _carried_out_in(ctx, c)
        for m in c.mentions:
            if m in c.subjects or m.key in done:
                continue
            before = c.between(c.subject_end if c.subject_end > 0 else c.start, m.start)
            if m.label == INITIATIVE:
                out += [candidate("relations.implements", a.key, "implements", m.key, frame.span_evidence(c, a, m))
                        for a in agents if a.key != m.key]
                out += _part_of(ctx, c, m)
            elif m.label == TOPIC:
                out += [candidate("relations.focusesOn", a.key, "focusesOn", m.key, frame.span_evidence(c, a, m))
                        for a in agents]
            elif is_place(m) and m.label not in ADMIN_CLASSES or m.label in ("Landmark", "NaturalPlace"):
                cue = ctx.cues.has_before("uses", before)
                if cue:
                    out += [candidate("relations.uses", a.key, "uses", m.key, frame.span_evidence(c, a, m), cue=cue)
                            for a in agents if a.key != m.key]
    return out


def acting(ctx: RelationContext, c: Clause) -> list[Mention]:
    """Who a clause's initiatives, topics and resources belong to.

    A village's party branch acts for its village (the village is what the genre
    reports on); 各部门/各县区 (the bodies within the agents) act for the agents' place.
    """
    ents = ctx.entities
    if c.inherited and (scope := _unread_scope(ctx, c)) and not any(scope[-1] in a.canonical for a in c.agents):
        return []       # 甲镇…。今年全县新建高标准农田…: the county no one could name acts, not the township before
        #                 (but 平山镇党委…。全镇党员…: the township's body, of the scope's level)
    out: dict[str, Mention] = {}
    for a in c.agents:
        target = a
        parent_key = ents.parents.get(a.key)
        parent = ents.entities.get(parent_key) if parent_key else None
        if a.label == "PartyOrganization" and parent is not None and parent.type in PARTY_BRANCH_LEVEL:
            target = _as(a, parent)
        elif c.generic and is_org(a) and parent_key:
            place = ctx.place_entity(parent_key)
            if place is not None:
                target = _as(a, place)
        out.setdefault(target.key, target)
    return _leadership_as_place(ctx, list(out.values()))


def _unread_scope(ctx: RelationContext, c: Clause) -> str | None:
    """A word for a place's whole (全县, 我市) in ``c`` that no mention covers: a place not read."""
    for word in ctx.cues.scopes:
        k = c.text.find(word)
        while k >= 0:
            if not any(m.start <= c.start + k < m.end for m in c.mentions):
                return word
            k = c.text.find(word, k + 1)
    return None


def _leadership_as_place(ctx: RelationContext, agents: list[Mention]) -> list[Mention]:
    """某县委、某县人民政府 acting together (the place's Party committee and its government, the
    genre's pair for a place's leadership) act for the place they lead: one agent, the place."""
    ents = ctx.entities
    committees = {ents.parents.get(a.key): a for a in agents
                  if a.label == "PartyOrganization" and a.canonical.endswith(LEADING_COMMITTEE)}
    governments = {ents.parents.get(a.key): a for a in agents
                   if a.label == "GovernmentBody" and a.canonical.endswith(LEADING_GOVERNMENT)}
    pairs = [k for k in committees if k is not None and k in governments]
    if not pairs:
        return agents
    out: list[Mention] = []
    for a in agents:
        place_key = ents.parents.get(a.key)
        place = ctx.place_entity(place_key) if place_key in pairs else None
        target = _as(a, place) if place is not None else a
        if all(m.key != target.key for m in out):
            out.append(target)
    return out


def visit_topics(ctx: RelationContext) -> list[Candidate]:
    """某某赴某县调研乡村振兴工作: the place visited focuses on the topics the visit is about
    (named in the same clause)."""
    from .located import VISITED_LEVELS, visited_here

    text = ctx.frame.doc.text
    mentions = sorted(ctx.entities.mentions, key=lambda m: (m.start, m.end))
    index = {id(m): i for i, m in enumerate(mentions)}
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        places = [m for m in c.mentions if m.label in VISITED_LEVELS and id(m) in index
                  and visited_here(text, mentions, index[id(m)], ctx.cues.visit_moves, ctx.cues.visit_verbs)]
        if len(places) != 1:
            continue
        out += [candidate("relations.visit_topics", places[0].key, "focusesOn", t.key,
                          ctx.frame.span_evidence(c, places[0], t)) for t in c.mentions if t.label == TOPIC]
    return out


def _carried_out_in(ctx: RelationContext, c: Clause) -> list[Candidate]:
    """<initiative>已经在<place>…试点/推行: the place named after 在 carries out the initiative the
    clause opens with."""
    initiatives = [m for m in c.subjects if m.label == INITIATIVE]
    verbs = ctx.cues.before.get("implements_where") or ()
    if not initiatives or not verbs:
        return []
    out = []
    for p in c.mentions:
        if p.start < c.subject_end or p.label not in ADMIN_CLASSES or c.between(p.start - 1, p.start) != "在":
            continue
        rest = c.between(p.end, p.end + WHERE_REACH)
        verb = next((v for v in verbs if v in rest), None)
        if verb:
            out += [candidate("relations.implements_where", p.key, "implements", m.key,
                              ctx.frame.span_evidence(c, m, p), cue=verb) for m in initiatives]
        break
    return out


def _participation(ctx: RelationContext, c: Clause) -> list[Candidate]:
    """实验小学等12所学校已先行试点; X参加/参与Y."""
    heads = [m for m in c.subjects if is_agent(m)] if not c.inherited else []
    if not heads:
        return []
    rest = c.between(c.subject_end, c.end)
    after = ctx.cues.has_after("participatesIn", rest)
    before = ctx.cues.has_before("participatesIn", rest)
    if not (after or before):
        return []
    targets = [m for m in c.mentions if m.label in PARTICIPABLE and m.start >= c.subject_end]
    if not targets and after:
        # the pilot named earlier in the sentence
        earlier = [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index
                   for m in cl.mentions if m.label in PARTICIPABLE]
        targets = earlier[-1:]
    return [candidate("relations.participation", h.key, "participatesIn", t.key, ctx.frame.span_evidence(c, h, t),
                      cue=after or before) for h in heads for t in targets]


def _part_of(ctx: RelationContext, c: Clause, m: Mention) -> list[Candidate]:
    """将X作为<campaign>的…工作 → X partOf the campaign."""
    out = []
    for cue in ctx.cues.before.get("partOf", ()):
        i = c.text.find(cue, c.rel(m.end))
        if i < 0:
            continue
        for t in c.mentions:
            gap = t.start - (c.start + i + len(cue))
            if t.label == CAMPAIGN and 0 <= gap <= CAMPAIGN_REACH:
                out.append(candidate("relations.part_of", m.key, "partOf", t.key, ctx.frame.span_evidence(c, m, t), cue=cue))
    return out


def _as(m: Mention, e: Entity) -> Mention:
    """``m``'s span standing for entity ``e`` (an agent read as the place it acts for)."""
    return Mention(m.article_id, m.start, m.end, m.text, e.type, e.label, e.id, m.sentence)


def unclaimed_initiatives(ctx: RelationContext) -> list[Candidate]:
    """An initiative no clause gives an agent to is carried out by the place the article
    is about: the administrative place it names most, else its home (dateline, paper, web
    address) (a report on a province's programmes names them in clauses without a
    subject: 深入实施某某战略行动). Scored below the clause rules."""
    claimed = {c.tail for c in ctx.found if isinstance(c, Candidate) and c.relation == "implements"}
    ents = ctx.entities
    initiatives = [k for k, e in sorted(ents.entities.items()) if e.type == INITIATIVE and k not in claimed]
    if not initiatives:
        return []
    place = ctx.article_place()
    if place is None:
        return []
    first = ents.first_mentions()
    return [candidate("relations.implements_unclaimed", place, "implements", k,
                      ctx.mention_evidence(first.get(k)), score=UNCLAIMED_SCORE) for k in initiatives]
