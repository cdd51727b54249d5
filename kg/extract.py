"""One article in, its entities and facts out: sentences -> tokens -> mentions ->
entities -> relations. The stages are separate modules; this one only wires them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dataclasses import replace

from . import components as registry
from .clauses import Extracted, FrameBuilder
from .dates import DateParser
from .entities import ArticleEntities, evidence_for, resolve_entities
from .mentions import SPAN, Doc, policy
from .mentions.anaphora import AnaphoraResolver
from .mentions.bodies import BodyReferences
from .mentions.home import home_places
from .mentions.places import AdminPlaceRecognizer
from .mentions.persons import link_posts
from .model import Article, Fact, Mention, Sentence
from .ontology import org_classes
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
    """Runs the named components over an article and resolves what they found.

    ``components`` is the ordered list of registered names (:mod:`kg.components`;
    default :data:`~kg.components.DEFAULT_COMPONENTS`), ``overlaps`` the name of
    the policy that chooses between overlapping mentions.

    >>> from kg.read import article_from_text
    >>> ex = Extractor(Resources.load())
    >>> sorted(e.label for e in ex(article_from_text("a", ["北京市丰台区召开会议。"])).entities.entities.values())
    ['丰台区', '北京市']
    """

    def __init__(self, resources: Resources, components: list[str] | tuple[str, ...] | None = None,
                 overlaps: str = "longest_first.v1"):
        self.resources = resources
        self.component_names = tuple(components or registry.DEFAULT_COMPONENTS)
        self.overlaps = overlaps
        self.select_spans = policy(overlaps)
        built: dict[str, Any] = {}
        self.recognizers: list[tuple[str, Any]] = []      # (each a callable of a Doc)
        self.fact_stages: list[tuple[str, Any]] = []      # (each a callable of a FactContext)
        for comp in registry.resolve(self.component_names):
            built[comp.name] = comp.build(resources, built)
            (self.recognizers if comp.kind == "mentions" else self.fact_stages).append((comp.name, built[comp.name]))
        # after overlaps are resolved: 我省/全县/当地 -> the place they refer to
        self.anaphora = AnaphoraResolver(resources)
        # and then: bodies named through other names (the whole of 某政协党组, 厅党组 → the department)
        self.bodies = BodyReferences(resources)
        # and places named by a list's shared suffix (甲、乙、丙等3个村)
        self.lists = AdminPlaceRecognizer(resources).elided
        # after entity resolution: dates and who acts in each clause, which the fact stages share
        self.dates = DateParser()
        self.frames = FrameBuilder()
        self._org_classes = org_classes()

    @staticmethod
    def check(components, overlaps: str) -> None:
        """Raise :class:`~kg.errors.KGError` for an unknown component or policy name."""
        registry.resolve(tuple(components or registry.DEFAULT_COMPONENTS))
        policy(overlaps)

    def doc(self, article: Article) -> Doc:
        return Doc(article, split_sentences(article), self.resources.tokenizer(article.match_text),
                   home=home_places(article, self.resources.gazetteer, self.resources.divisions))

    def mentions(self, doc: Doc) -> list[Mention]:
        return self.select(doc, self.candidates(doc))

    def candidates(self, doc: Doc) -> list[Mention]:
        """What every recogniser found, overlaps and all."""
        found: list[Mention] = []
        for name, recognize in self.recognizers:
            found.extend(m if m.source else m.with_source(name) for m in recognize(doc))
        return found

    def select(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Non-overlapping mentions of ``found``, posts linked, anaphors resolved."""
        # posts attach to the organisation before them and the person after them
        names = self.resources.lexicon.names
        kept = link_posts(self.select_spans(found), names.roles, doc.text, names.membership_roles, names.holding_verbs,
                          names.removal_verbs, names.career_verbs)
        # (a place named only in a document's title, 《某省…办法》, is one 全省 may refer to)
        titled = self.bodies.title_places(doc, kept, found)
        kept = self.bodies(doc, kept + self.anaphora(doc, kept + titled), found, titled)
        kept = self.lists(doc, kept)
        return sorted(kept, key=SPAN)

    def __call__(self, article: Article) -> Extraction:
        doc = self.doc(article)
        ents = resolve_entities(self.mentions(doc), doc.sentences, self.resources, home=doc.home,
                                match_text=doc.text)
        facts = self._located_in(ents, doc)
        extra = self.facts(doc, ents)
        for ent in extra.entities:
            ents.entities.setdefault(ent.id, ent)
        return Extraction(article, doc.sentences, ents, facts + extra.facts)

    def facts(self, doc: Doc, ents: ArticleEntities) -> Extracted:
        """Relations, events, statistics and the co-mention layer of one article."""
        ctx = registry.FactContext(self.frames(doc, ents, self.dates.for_article(doc.article)))
        out = Extracted()
        for name, find in self.fact_stages:
            found = _stamped(find(ctx), name)
            ctx.found.extend(found.facts)
            out.extend(found)
        return out

    def _located_in(self, ents: ArticleEntities, doc: Doc) -> list[Fact]:
        facts = []
        first_mention = ents.first_mentions()
        for child, parent in sorted(ents.parents.items()):
            m = first_mention.get(child)
            ev = evidence_for(m, doc.sentences) if m else None
            if ev is None and child in ents.entities and ents.entities[child].evidence:
                ev = ents.entities[child].evidence[0]   # a place named only inside an organisation's name
            # placed by its name: an organisation, or a zone named after its division (m carries it)
            by_name = child in ents.entities and ents.entities[child].type in self._org_classes \
                or (m is not None and m.attr("place"))
            source = "name" if by_name else "gazetteer"
            facts.append(Fact(child, "locatedIn", parent, ev, (("source", source),), source=f"located.{source}"))
        return facts


def _stamped(found: Extracted, source: str) -> Extracted:
    """Facts and new nodes of a stage, each carrying the stage's name unless its rule gave one."""
    facts = [f if f.source else replace(f, source=source) for f in found.facts]
    for ent in found.entities:
        ent.evidence = [e if e.source else replace(e, source=source, score=1.0) for e in ent.evidence]
    return Extracted(found.entities, facts)
