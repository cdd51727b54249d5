"""The co-mention layer: every two entities named in one sentence, ``coMentionedWith`` with
``layer="comention"``, once per sentence (the graph counts the sentences as ``weight``)."""
from __future__ import annotations

from ..clauses import Frame
from ..model import Fact, Mention

__all__ = ["COMENTION", "comention_facts"]

COMENTION = "coMentionedWith"


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
