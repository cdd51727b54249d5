"""Run the relation/event/statistics stages on a text, with mentions given by the test.

The entity recognisers for organisations, persons, initiatives, documents … are
built in parallel; these tests say which spans are which (``("新华小学", "School")``)
so that the later stages are tested on their own. The administrative places come
from the real recogniser. Given spans win over overlapping ones found by it.
"""
from __future__ import annotations

from kg.entities import resolve_entities
from kg.mentions import select_spans
from kg.model import Mention
from kg.read import article_from_text

GIVEN = 100   # priority of the spans a test gives


def run(extractor, text: str, given=(), date: str | None = None, title: str | None = None):
    """``(entities, extracted)`` for ``text`` (under ``title``); ``given`` is ``[(surface, class[, canonical])]``."""
    art = article_from_text("t", text.split("\n"), date=date, title=title or "")
    doc = extractor.doc(art)
    found = list(extractor.mentions(doc))
    injected = []
    for item in given:
        surface, cls = item[0], item[1]
        canonical = item[2] if len(item) > 2 else surface
        i = art.match_text.find(surface)
        while i >= 0:
            s = doc.sentence_at(i)
            injected.append(Mention(art.id, i, i + len(surface), art.text[i:i + len(surface)], cls, canonical,
                                    f"{cls}/{canonical}", s.index if s else -1))
            i = art.match_text.find(surface, i + 1)
    spans = {(m.start, m.end) for m in injected}
    kept = [m for m in found if not any(a < m.end and m.start < b for a, b in spans)]
    select = getattr(extractor, "select", None)   # posts linked, anaphors resolved, when the extractor does it
    mentions = select(doc, kept + injected) if select else select_spans(kept + injected, {m.label: GIVEN for m in injected})
    ents = resolve_entities(mentions, doc.sentences, extractor.resources)
    return ents, extractor.facts(doc, ents)


def labels(ents, extracted):
    """Entity id -> label, for the article's entities and the new nodes."""
    out = {k: e.label for k, e in ents.entities.items()}
    out.update({e.id: e.label for e in extracted.entities})
    return out


def triples(ents, extracted, relation=None):
    """Sorted (head label, relation, tail label) of the typed facts (not the co-mention layer)."""
    names = labels(ents, extracted)
    return sorted({(names.get(f.head, f.head.rsplit("/", 1)[-1]), f.relation,
                    names.get(f.tail, f.tail.rsplit("/", 1)[-1]))
                   for f in extracted.facts
                   if f.relation != "coMentionedWith" and (relation is None or f.relation == relation)})
