"""Who holds which post: ``hasRole``, ``memberOf`` and ``Post`` nodes (holder, role, postIn, date).

- ``relations.post``: a person named right after a post (the person stage links them:
  ``云峰村党支部书记申永强``) holds it, in the organisation named before the post; a
  县长/市长 named without one serves in the only government of a place of that kind.
"""
from __future__ import annotations

from ..clauses import ORG_CLASSES, is_place
from ..model import Mention
from .context import PostCandidate, RelationContext

__all__ = ["posts"]


def posts(ctx: RelationContext) -> list[PostCandidate]:
    """A person named after a post holds it.

    The person mention carries ``role``/``role_key`` and, when the post follows an
    organisation, ``org_start``/``org_end`` (the organisation's span, whose entity
    the resolver may have re-keyed: 县委 → 安吉县委).
    """
    frame = ctx.frame
    ents = frame.entities
    placed = ctx.placed()
    by_span = {(m.start, m.end): m for m in ents.mentions}
    out: list[PostCandidate] = []
    for m in ents.mentions:
        role = m.attr("role")
        if m.label != "Person" or not role:
            continue
        role_key = m.attr("role_key") or f"Role/{role}"
        org = None
        if m.attr("org_start") and m.attr("org_end"):
            org = by_span.get((int(m.attr("org_start")), int(m.attr("org_end"))))
        if org is None:
            org = _role_body(ctx, m, role, placed)
        s = ctx.sentence_of(m)
        if s is None:
            continue
        ev = frame.evidence(s, min(m.start, org.start if org else m.start), m.end)
        out.append(PostCandidate("relations.post", m.key, role_key, role, org.key if org is not None else None, ev,
                                 _post_date(ctx, m)))
    return out


def _role_body(ctx: RelationContext, person: Mention, role: str, placed: dict[str, str]) -> Mention | None:
    """The government a 县长/区长/市长 heads: the one of the place named before the post
    (南山区区长), else the only one of a place of that kind the article names (县长刘卫东:
    the one government of a …县)."""
    if role not in ctx.cues.role_bodies:
        return None
    ends, place_end = ctx.cues.role_bodies[role]
    ents = ctx.entities
    place = None
    role_m = next((r for r in ents.mentions if r.label == "Role" and r.end == person.start), None)
    if role_m is not None:
        place = next((p for p in ents.mentions if p.end == role_m.start and is_place(p)), None)
    bodies = []
    for key, e in ents.entities.items():
        if e.type not in ORG_CLASSES or not e.label.endswith(ends):
            continue
        parent = ctx.place_entity(placed.get(key, ""))
        if place is not None and placed.get(key) == place.key or \
                place is None and parent is not None and parent.label.endswith(place_end):
            bodies.append(key)
    if len(bodies) != 1:
        return None
    return next((m for m in ents.mentions if m.key == bodies[0]), None)


def _post_date(ctx: RelationContext, m: Mention) -> str | None:
    """A date stated in the person's own clause (2021年3月任…), if any."""
    for c in ctx.frame.by_sentence.get(m.sentence, []):
        if c.start <= m.start < c.end or c.start <= m.start <= c.end:
            dated = [t for t in c.times if t.value and t.kind in ("on", "since")]
            return dated[0].value if dated else None
    return None
