"""One article in, its entities and facts out: sentences -> tokens -> mentions ->
entities -> relations. The stages are separate modules; this one only wires them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .clauses import Extracted, FrameBuilder
from .dates import DateParser
from .entities import ORG_CLASSES, ArticleEntities, evidence_for, resolve_entities
from .events import EventExtractor
from .mentions import Doc, select_spans
from .mentions.anaphora import AnaphoraResolver
from .mentions.concepts import ConceptRecognizer, TopicRecognizer
from .mentions.documents import DocumentRecognizer
from .mentions.initiatives import CampaignRecognizer, InitiativeRecognizer
from .mentions.landmarks import LandmarkRecognizer
from .mentions.organizations import OrganizationRecognizer
from .mentions.persons import PersonRecognizer, RoleRecognizer, link_posts
from .mentions.places import AdminPlaceRecognizer, ForeignPlaceRecognizer
from .model import Article, Fact, Mention, Sentence
from .relations import RelationExtractor, comention_facts
from .resources import Resources
from .sentences import split_sentences
from .statistics import StatisticsExtractor

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
        places = AdminPlaceRecognizer(resources)
        self.recognizers = [places, ForeignPlaceRecognizer(resources), OrganizationRecognizer(resources, places),
                            PersonRecognizer(resources), RoleRecognizer(resources)]
        self.recognizers += [LandmarkRecognizer(resources), DocumentRecognizer(resources),
                             CampaignRecognizer(resources), InitiativeRecognizer(resources),
                             ConceptRecognizer(resources), TopicRecognizer(resources)]
        # after overlaps are resolved: 我省/全县/当地 -> the place they refer to
        self.anaphora = AnaphoraResolver(resources)
        # after entity resolution: dates, who acts in each clause, relations, events, statistics
        self.dates = DateParser()
        self.frames = FrameBuilder()
        self.relations = RelationExtractor(resources)
        self.events = EventExtractor(resources)
        self.statistics = StatisticsExtractor(resources)

    def doc(self, article: Article) -> Doc:
        return Doc(article, split_sentences(article), self.resources.tokenizer(article.match_text))

    def mentions(self, doc: Doc) -> list[Mention]:
        return self.select(doc, self.candidates(doc))

    def candidates(self, doc: Doc) -> list[Mention]:
        """What every recogniser found, overlaps and all."""
        found: list[Mention] = []
        for recognize in self.recognizers:
            found.extend(recognize(doc))
        return found

    def select(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Non-overlapping mentions of ``found``, posts linked, anaphors resolved."""
        # posts attach to the organisation before them and the person after them
        kept = link_posts(select_spans(found), self.resources.lexicon.names.roles)
        return sorted(kept + self.anaphora(doc, kept), key=lambda m: (m.start, m.end))

    def __call__(self, article: Article) -> Extraction:
        doc = self.doc(article)
        ents = resolve_entities(self.mentions(doc), doc.sentences, self.resources)
        facts = self._located_in(ents, doc)
        extra = self.facts(doc, ents)
        for ent in extra.entities:
            ents.entities.setdefault(ent.id, ent)
        return Extraction(article, doc.sentences, ents, facts + extra.facts)

    def facts(self, doc: Doc, ents: ArticleEntities) -> Extracted:
        """Relations, events, statistics and the co-mention layer of one article."""
        frame = self.frames(doc, ents, self.dates.for_article(doc.article))
        out = self.relations(frame)
        located = {f.head: f.tail for f in out.facts if f.relation in ("locatedIn", "partOf")}
        posts = {f.head: f.tail for f in out.facts if f.relation == "memberOf"}
        out.extend(self.events(frame, located, posts))
        out.extend(self.statistics(frame))
        out.facts.extend(comention_facts(frame))
        return out

    def _located_in(self, ents: ArticleEntities, doc: Doc) -> list[Fact]:
        facts = []
        first_mention = ents.first_mentions()
        for child, parent in sorted(ents.parents.items()):
            m = first_mention.get(child)
            ev = evidence_for(m, doc.sentences) if m else None
            if ev is None and child in ents.entities and ents.entities[child].evidence:
                ev = ents.entities[child].evidence[0]   # a place named only inside an organisation's name
            source = "name" if child in ents.entities and ents.entities[child].type in ORG_CLASSES else "gazetteer"
            facts.append(Fact(child, "locatedIn", parent, ev, (("source", source),)))
        return facts
