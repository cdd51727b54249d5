"""One article in, its entities and facts out: sentences -> tokens -> mentions ->
entities -> relations. The stages are separate modules; this one only wires them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .entities import ArticleEntities, evidence_for, resolve_entities
from .mentions import Doc, select_spans
from .mentions.anaphora import AnaphoraResolver
from .mentions.concepts import ConceptRecognizer, TopicRecognizer
from .mentions.documents import DocumentRecognizer
from .mentions.initiatives import CampaignRecognizer, InitiativeRecognizer
from .mentions.landmarks import LandmarkRecognizer
from .mentions.places import AdminPlaceRecognizer
from .model import Article, Fact, Mention, Sentence
from .resources import Resources
from .sentences import split_sentences

__all__ = ["Extraction", "Extractor"]


@dataclass
class Extraction:
    article: Article
    sentences: list[Sentence]
    entities: ArticleEntities
    facts: list[Fact] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        return self.entities.mentions


class Extractor:
    """Runs every recogniser over an article and resolves what they found.

    >>> from kg.read import article_from_text
    >>> ex = Extractor(Resources.load())
    >>> sorted(e.label for e in ex(article_from_text("a", ["北京市丰台区召开会议。"])).entities.entities.values())
    ['丰台区', '北京市']
    """

    def __init__(self, resources: Resources):
        self.resources = resources
        self.recognizers = [AdminPlaceRecognizer(resources)]
        self.recognizers += [LandmarkRecognizer(resources), DocumentRecognizer(resources),
                             CampaignRecognizer(resources), InitiativeRecognizer(resources),
                             ConceptRecognizer(resources), TopicRecognizer(resources)]
        # after overlaps are resolved: 我省/全县/当地 -> the place they refer to
        self.anaphora = AnaphoraResolver(resources)

    def doc(self, article: Article) -> Doc:
        return Doc(article, split_sentences(article), self.resources.tokenizer(article.match_text))

    def mentions(self, doc: Doc) -> list[Mention]:
        found: list[Mention] = []
        for recognize in self.recognizers:
            found.extend(recognize(doc))
        kept = select_spans(found)
        return sorted(kept + self.anaphora(doc, kept), key=lambda m: (m.start, m.end))

    def __call__(self, article: Article) -> Extraction:
        doc = self.doc(article)
        ents = resolve_entities(self.mentions(doc), doc.sentences, self.resources)
        facts = self._located_in(ents, doc)
        return Extraction(article, doc.sentences, ents, facts)

    def _located_in(self, ents: ArticleEntities, doc: Doc) -> list[Fact]:
        facts = []
        first_mention = {}
        for m in ents.mentions:
            first_mention.setdefault(m.key, m)
        for child, parent in sorted(ents.parents.items()):
            m = first_mention.get(child)
            ev = evidence_for(m, doc.sentences) if m else None
            facts.append(Fact(child, "locatedIn", parent, ev, (("source", "gazetteer"),)))
        return facts
