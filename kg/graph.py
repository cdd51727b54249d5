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
    # the graph's own evidence dicts, made as the article is added (see _Shared), deduplicated in build()
    evidence: list[dict] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass(slots=True)
class _Edge:
    """An edge while articles are added: a million and more at 10,000 articles, most read in one
    article, once, by one rule, so each collection is held as its one member (see :func:`_added`)
    until a second comes, and as nothing until the first: sets for all would be a gigabyte."""

    count: int = 0
    articles: object = None
    evidence: object = None         # None, one evidence dict, or an _EvidenceList of several
    sources: object = None
    attrs: dict | None = None


_EDGE_KEYS = frozenset({"relation", "count", "articles", "evidence", "sources"})


class _Several(set):
    """Two or more members of an :class:`_Edge` collection (a single one is held as itself)."""

    __slots__ = ()
    put = set.add


class _EvidenceList(list):
    """Two or more evidence dicts of an :class:`_Edge` (dicts are not hashable: duplicates are
    dropped in build(), where the evidence is sorted)."""

    __slots__ = ()
    put = list.append


def _added(members, item, several: type = _Several):
    """``members`` (None, one item, or a ``several`` collection of more) with ``item`` added."""
    if members is None:
        return item
    if type(members) is several:
        members.put(item)
        return members
    return members if members == item else several((members, item))


def _members(members) -> tuple | set:
    if members is None:
        return ()
    t = type(members)
    return members if t is _Several or t is _EvidenceList else (members,)


class _Shared:
    """Evidence as the graph holds it, made once per evidence as its article is added, its values
    shared: at 10,000 articles 1.75 million evidence dicts hold 5 million offsets, a million and a
    half scores and the names of a few hundred rules, each its own object as unpickled from the
    cache (180 MB of ints and floats for a few thousand distinct values). Making the dicts here,
    not in build(), also means build() allocates no evidence: before, the builder's Evidence
    objects were freed while the graph's dicts were made, and the holes they left (0.6 GB at
    10,000 articles) stayed in the process's heap, in every forked writer too."""

    __slots__ = ("ints", "floats", "strs")

    def __init__(self):
        self.ints: dict[int, int] = {}
        self.floats: dict[float, float] = {}
        self.strs: dict[str, str] = {}

    def int(self, n):
        if type(n) is not int:
            return n
        return self.ints.setdefault(n, n)

    def evidence(self, e: Evidence) -> dict:
        """``e.as_dict()``, the same keys in the same order, with shared values."""
        ints, strs = self.ints, self.strs
        d = {"article": strs.setdefault(e.article_id, e.article_id), "sentence": e.sentence,
             "sentence_start": ints.setdefault(e.sentence_start, e.sentence_start),
             "sentence_end": ints.setdefault(e.sentence_end, e.sentence_end)}
        if e.start is not None:
            d["start"], d["end"] = self.int(e.start), self.int(e.end)
        if e.source:
            d["source"] = strs.setdefault(e.source, e.source)
        score = e.score
        if score is not None:
            # 0.0 and -0.0 are equal keys but not the same value; nothing else of a float's equals differs
            d["score"] = self.floats.setdefault(score, score) if type(score) is float and score else score
        return d


def _sorted(members) -> list:
    return sorted(_members(members))


class GraphBuilder:
    """Accumulates entities and facts article by article, then builds the graph."""

    def __init__(self, gazetteer=None):
        self.gazetteer = gazetteer
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str, str], _Edge] = {}
        self.articles: dict[str, Article] = {}
        self._shared = _Shared()

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
            shared = self._shared.evidence
            n.evidence.extend(shared(ev) for ev in ent.evidence)
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
        e = self.edges.get((head, tail, relation))
        if e is None:
            e = self.edges[(head, tail, relation)] = _Edge()
        e.count += count
        if rule:
            e.sources = _added(e.sources, rule)
        if article_id:
            e.articles = _added(e.articles, article_id)
        if evidence is not None:
            e.evidence = _added(e.evidence, self._shared.evidence(evidence), _EvidenceList)
        if attrs:
            if e.attrs is None:
                e.attrs = {}
            for k, v in attrs.items():
                e.attrs.setdefault(k, v)

    def build(self) -> nx.MultiDiGraph:
        """The graph of every article added. The builder is emptied as the graph fills (each node's
        and edge's sets of evidence dropped once it is in the graph), so the two are never held whole
        at once: at 10,000 articles each is gigabytes."""
        g = nx.MultiDiGraph()
        nodes, self.nodes = self.nodes, {}
        for node_id in sorted(nodes):
            n = nodes.pop(node_id)
            data = {"type": n.type, "label": n.label, "aliases": sorted(n.aliases),
                    "mentions": n.mentions, "articles": sorted(n.articles),
                    "evidence": _evidence_dicts(n.evidence)}
            data.update(sorted(n.attrs.items()))
            g.add_node(node_id, **data)
        edges, self.edges = self.edges, {}
        for (head, tail, relation) in sorted(edges):
            e = edges.pop((head, tail, relation))
            data = {"relation": relation, "count": e.count, "articles": _sorted(e.articles),
                    "evidence": _evidence_dicts(_members(e.evidence))}
            if e.sources:                          # an article's mentions edge has no rule of its own
                data["sources"] = _sorted(e.sources)
            for k, v in (e.attrs or {}).items():
                if k not in _EDGE_KEYS:            # a fact's attribute never overrides what the edge counts
                    data.setdefault(k, v)
            if data.get("layer") == "comention":   # the co-mention layer: weight = sentences naming both
                data["weight"] = data["count"]
            g.add_edge(head, tail, key=relation, **data)
        return g


def _ev_key(e: dict):
    return (e["article"], e["sentence_start"], e.get("start", -1), e.get("end") or -1, e.get("source", ""))


def _evidence_dicts(evidence) -> list[dict]:
    """One evidence item per span, sorted; two rules reading the same span keep the first by name
    (a span is one place in the text, and the RDF names evidence by its span). The dicts are those
    :meth:`_Shared.evidence` made, not copies."""
    out, last = [], None
    for e in sorted(evidence, key=_ev_key):
        span = _ev_key(e)[:4]
        if span != last:
            out.append(e)
            last = span
    return out
