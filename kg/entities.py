"""From mentions to entities: within-article coreference and stable ids.

One entity per (class, canonical name) per article; administrative areas are
keyed by their code, so 北京 and 北京市 meet in one node. Townships and villages
get the code of the division that encloses them in their id, so two 新村 in two
counties stay apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Entity, Evidence, Mention, Sentence
from .resources import Resources

__all__ = ["ArticleEntities", "resolve_entities", "evidence_for"]

LOCAL_CLASSES = {"Township", "Village"}


@dataclass
class ArticleEntities:
    """The entities of one article, and its mentions re-keyed to entity ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)   # entity id -> enclosing place id


def evidence_for(m: Mention, sentences: list[Sentence]) -> Evidence:
    s = sentences[m.sentence] if 0 <= m.sentence < len(sentences) else None
    if s is None:
        return Evidence(m.article_id, m.start, m.end, m.text, m.start, m.end)
    return Evidence(m.article_id, s.start, s.end, s.text, m.start, m.end)


def resolve_entities(mentions: list[Mention], sentences: list[Sentence], resources: Resources) -> ArticleEntities:
    gaz = resources.gazetteer
    out = ArticleEntities()
    # the enclosing place of a local place: the division right before it, or any
    # occurrence of the same name that had one, else the last county-level place named
    local_parent: dict[str, str] = {}
    last_county: str | None = None
    for m in mentions:
        if m.key.startswith("adm/") and m.label in ("County", "Prefecture"):
            last_county = m.key if m.label == "County" or last_county is None else last_county
        if m.label in LOCAL_CLASSES:
            parent = m.attr("parent") or local_parent.get(m.canonical) or last_county
            if parent and m.canonical not in local_parent:
                local_parent[m.canonical] = parent
    for m in mentions:
        key = m.key
        if m.label in LOCAL_CLASSES:
            parent = local_parent.get(m.canonical)
            key = f"{m.label}/{parent.split('/', 1)[1]}/{m.canonical}" if parent else f"{m.label}/{m.canonical}"
            if parent:
                out.parents[key] = parent
        ent = out.entities.get(key)
        if ent is None:
            ent = out.entities[key] = Entity(key, m.label, m.canonical)
            code = m.attr("adcode")
            if code:
                ent.attrs["adcode"] = code
                area = gaz.get(code)
                if area and area.parent:
                    out.parents[key] = f"adm/{area.parent}"
        if m.text != ent.label:
            ent.aliases.add(m.text)
        ent.evidence.append(evidence_for(m, sentences))
        out.mentions.append(Mention(m.article_id, m.start, m.end, m.text, m.label, m.canonical, key,
                                    m.sentence, m.attrs))
    return out
