"""The graph: one ``networkx.MultiDiGraph`` over all articles.

Nodes are keyed by stable ids (``adm/110000``, ``Initiative/<name>``,
``article/<id>``) and carry ``type``, ``label``, ``aliases``, ``mentions``,
``articles`` and ``evidence`` (a list of ``{article, sentence, sentence_start,
sentence_end, start, end, source, score}``: ``source`` names the rule that read it).
Edges are keyed by their relation and carry ``relation``, ``count``, ``articles``,
``sources`` (the rules that read the fact) and ``evidence``. Everything is sorted, so
the same input gives the same graph, in the same order.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

import networkx as nx

from .model import Article, Entity, Evidence, Fact

__all__ = ["GraphBuilder", "article_node_id"]

COMENTION = "coMentionedWith"


def article_node_id(article_id: str) -> str:
    return f"article/{article_id}"


@dataclass
class _Node:
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    evidence: set[Evidence] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    mentions: int = 0


class GraphBuilder:
    """Accumulates entities and facts article by article, then builds the graph."""

    def __init__(self, gazetteer=None):
        self.gazetteer = gazetteer
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.articles: dict[str, Article] = {}

    def add_article(self, article: Article, entities: list[Entity], facts: list[Fact]) -> None:
        self.articles[article.id] = article
        art = article_node_id(article.id)
        node = self.nodes.setdefault(art, _Node("Article", article.title or article.id))
        node.attrs.update({k: v for k, v in (("title", article.title), ("number", article.number),
                                             ("date", article.date), ("source", article.source),
                                             ("url", article.url)) if v})
        node.articles.add(article.id)
        for ent in entities:
            n = self.nodes.get(ent.id)
            if n is None:
                n = self.nodes[ent.id] = _Node(ent.type, ent.label)
            n.aliases |= {a for a in ent.aliases if a != n.label}
            for k, v in ent.attrs.items():
                n.attrs.setdefault(k, v)
            n.evidence.update(ent.evidence)
            n.mentions += len(ent.evidence)
            n.articles.add(article.id)
            self._add_edge(art, "mentions", ent.id, None, article.id, count=len(ent.evidence))
        for fact in facts:
            self._ensure_node(fact.head)
            self._ensure_node(fact.tail)
            # the co-mention layer is aggregated: a weight per pair, no sentence list (the
            # sentences are those both nodes have evidence in)
            ev = None if fact.relation == COMENTION else fact.evidence
            if ev is not None and fact.source and not ev.source:
                ev = replace(ev, source=fact.source, score=fact.score)
            self._add_edge(fact.head, fact.relation, fact.tail, ev, article.id, attrs=dict(fact.attrs),
                           rule=fact.source)

    def add_mirror(self, article: Article, original_id: str) -> None:
        """A republication of an article already added: its own node (title, date, URL, file)
        and ``mirrorOf`` the original, nothing read from it (the original's facts stand)."""
        self.articles[article.id] = article
        art = article_node_id(article.id)
        node = self.nodes.setdefault(art, _Node("Article", article.title or article.id))
        node.attrs.update({k: v for k, v in (("title", article.title), ("number", article.number),
                                             ("date", article.date), ("source", article.source),
                                             ("url", article.url)) if v})
        node.articles.add(article.id)
        self._add_edge(art, "mirrorOf", article_node_id(original_id), None, article.id)

    def _ensure_node(self, node_id: str) -> None:
        """Nodes reached only through the gazetteer chain (阿拉善盟 above 阿拉善右旗)."""
        if node_id in self.nodes:
            return
        if node_id.startswith("adm/") and self.gazetteer is not None:
            area = self.gazetteer.get(node_id[4:])
            if area is not None:
                self.nodes[node_id] = _Node(area.cls, area.name, attrs={"adcode": area.code, "inferred": True})
                if area.parent:
                    self._ensure_node(f"adm/{area.parent}")
                    self._add_edge(node_id, "locatedIn", f"adm/{area.parent}", None, None,
                                   attrs={"source": "gazetteer"})
                return
        raise KeyError(f"fact refers to unknown node {node_id!r}")

    def _add_edge(self, head, relation, tail, evidence, article_id, attrs=None, count=1, rule=""):
        e = self.edges.setdefault((head, tail, relation), {"relation": relation, "count": 0,
                                                            "articles": set(), "evidence": set(), "sources": set()})
        e["count"] += count
        if rule:
            e["sources"].add(rule)
        if article_id:
            e["articles"].add(article_id)
        if evidence is not None:
            e["evidence"].add(evidence)
        for k, v in (attrs or {}).items():
            e.setdefault(k, v)

    def build(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for node_id in sorted(self.nodes):
            n = self.nodes[node_id]
            data = {"type": n.type, "label": n.label, "aliases": sorted(n.aliases),
                    "mentions": n.mentions, "articles": sorted(n.articles),
                    "evidence": _evidence_dicts(n.evidence)}
            data.update(sorted(n.attrs.items()))
            g.add_node(node_id, **data)
        for (head, tail, relation) in sorted(self.edges):
            e = self.edges[(head, tail, relation)]
            data = dict(e)
            data["articles"] = sorted(e["articles"])
            if e["sources"]:                       # an article's mentions edge has no rule of its own
                data["sources"] = sorted(e["sources"])
            else:
                del data["sources"]
            data["evidence"] = _evidence_dicts(e["evidence"])
            if data.get("layer") == "comention":   # the co-mention layer: weight = sentences naming both
                data["weight"] = data["count"]
            g.add_edge(head, tail, key=relation, **data)
        return g


def _ev_key(e: Evidence):
    return (e.article_id, e.sentence_start, e.start if e.start is not None else -1, e.end or -1, e.source)


def _evidence_dicts(evidence) -> list[dict]:
    """One evidence item per span, sorted; two rules reading the same span keep the first by name
    (a span is one place in the text, and the RDF names evidence by its span)."""
    out, last = [], None
    for e in sorted(evidence, key=_ev_key):
        span = _ev_key(e)[:4]
        if span != last:
            out.append(e.as_dict())
            last = span
    return out
