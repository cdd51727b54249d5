"""The way back: an RDF export (``graph.ttl``, ``graph.trig``, ``graph.nq``) -> the NetworkX graph.

:func:`load` inverts :func:`kg.rdf.graph_quads` exactly: the same node ids, the
same edges (key = relation) and the same attributes, evidence included, so
analysis code can start from the files. ``kg.load(path)`` (:mod:`kg.api`) wraps
:func:`load_graph` in a ``KnowledgeGraph``; its ``.graph`` is this graph.

>>> import networkx as nx
>>> from kg.rdf import graph_quads
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京"], mentions=1, articles=[], evidence=[])
>>> g.add_node("Initiative/一网通办", type="Initiative", label="一网通办", aliases=[], mentions=1, articles=[], evidence=[])
>>> g.add_edge("adm/110000", "Initiative/一网通办", key="implements", relation="implements", count=1, articles=[], evidence=[])
'implements'
>>> back = graph_from_quads(graph_quads(g))
>>> dict(back.nodes(data=True)) == dict(g.nodes(data=True)) and list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
True
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from .errors import KGError
from .rdf import (
    DEFAULT_BASE_IRI, EDGE_PROPERTIES, EVIDENCE_PROPERTIES, KG, NODE_PROPERTIES, RDF, RDFS, SKOS, VOID,
    BNode, IRI, Literal, evidence_sources, is_iri, literal_value, node_id,
)

__all__ = ["load_graph", "graph_from_quads"]

_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES"}
_NODE_ATTR = {v: k for k, v in NODE_PROPERTIES.items()}
_EDGE_ATTR = {v: k for k, v in EDGE_PROPERTIES.items()}
_EVIDENCE_KEY = {v: k for k, v in EVIDENCE_PROPERTIES.items()}
_EVIDENCE_ORDER = ["article", "sentence", "sentence_start", "sentence_end", "start", "end"]
_STRUCTURAL = {"evidence", "sourceArticle", "inArticle", "sentence"}
COMENTION = "coMentionedWith"
_NOT_NODES = {"Evidence", "Sentence"}


def load_graph(path: str | Path, *, base_iri: str | None = None) -> nx.MultiDiGraph:
    """Read ``graph.ttl``, ``graph.trig`` or ``graph.nq`` (or an output folder holding
    ``graph.ttl``) back into the ``MultiDiGraph`` that ``kg build`` wrote.

    ``base_iri`` defaults to the one the file states (``void:uriSpace``).
    Cost: one pass over the triples with pyoxigraph's parser (~1 s per million).
    """
    import pyoxigraph as ox

    from .outputs import open_binary, rdf_file, rdf_suffix

    path = Path(path)
    if path.is_dir():
        try:
            path = rdf_file(path, prefer=("graph.ttl", "graph.trig", "graph.nq"))
        except KGError:
            path = path / "graph.ttl"
    fmt = _FORMATS.get(rdf_suffix(path))
    if fmt is None:
        raise KGError(f"{path}: cannot tell the RDF format from the suffix; use one of {', '.join(_FORMATS)}")
    try:
        with open_binary(path) as fh:       # graph.nq.gz as well as graph.nq
            parsed = ox.parse(input=fh, format=getattr(ox.RdfFormat, fmt))
            return graph_from_quads(_terms(parsed), base_iri)
    except (OSError, SyntaxError, ValueError) as err:
        raise KGError(f"{path}: cannot read it as {fmt.replace('_', '-').title()}: {err}") from err


def _terms(parsed) -> Iterable[tuple]:
    import pyoxigraph as ox

    def term(t):
        if isinstance(t, ox.NamedNode):
            return IRI(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, RDF + "langString", t.language)
            return Literal(t.value, t.datatype.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        return None  # RDF-star triples: not ours

    for q in parsed:
        yield term(q.subject), IRI(q.predicate.value), term(q.object), None


def graph_from_quads(quads: Iterable[tuple], base_iri: str | None = None) -> nx.MultiDiGraph:
    """The graph the quads of :func:`kg.rdf.graph_quads` describe (graph names are ignored)."""
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    spaces = set()
    for s, p, o, *_ in quads:
        if is_iri(s) and o is not None:
            props[s][p].append(o)
            if p == VOID + "uriSpace" and isinstance(o, Literal):
                spaces.add(o.lexical)
    base = base_iri or (min(spaces) if spaces else DEFAULT_BASE_IRI)
    kg_type = RDF + "type"

    def local(iri) -> str | None:
        return iri[len(KG):] if is_iri(iri) and iri.startswith(KG) else None

    def nid(iri) -> str:
        return node_id(iri, base)

    def article(iri) -> str:
        n = nid(iri)
        return n.split("/", 1)[1] if n.startswith("article/") else n

    def evidence_dicts(subject_props) -> list[dict]:
        out = []
        for e in subject_props.get(KG + "evidence", ()):
            ep = props.get(e, {})
            # the sentence the evidence points at (or the evidence is the sentence itself)
            merged = dict(props.get(ep[KG + "sentence"][0], {})) if KG + "sentence" in ep else {}
            merged.update(ep)
            d: dict = {}
            for p, values in merged.items():
                name = local(p)
                if name == "inArticle":
                    d["article"] = article(values[0])
                elif name and name not in ("mentionText", "sentence") and isinstance(values[0], Literal):
                    d[_EVIDENCE_KEY.get(name, name)] = literal_value(values[0])
            out.append({k: d[k] for k in sorted(d, key=lambda k: (
                _EVIDENCE_ORDER.index(k) if k in _EVIDENCE_ORDER else len(_EVIDENCE_ORDER), k))})
        return sorted(out, key=_ev_key)

    # a node is read in the articles that mention it (the writer leaves out kg:sourceArticle then)
    mentioned_by: dict[str, set] = defaultdict(set)
    article_prefix = base + "article/"
    for s, sp in props.items():
        if s.startswith(article_prefix):
            for o in sp.get(KG + "mentions", ()):
                mentioned_by[o].add(s)
    nodes: dict[str, dict] = {}
    statements: list[str] = []
    for s, sp in props.items():
        types = sp.get(kg_type, ())
        if IRI(RDF + "Statement") in types or RDF + "subject" in sp:
            statements.append(s)
            continue
        cls = next((local(t) for t in types if local(t) and local(t) not in _NOT_NODES), None)
        if cls is None or not s.startswith(base):
            continue
        labels = sp.get(RDFS + "label", [])
        label = next((x.lexical for x in labels if x.lang == "zh"), labels[0].lexical if labels else "")
        extra = {}
        for p, values in sp.items():
            name = local(p)
            if name and name not in _STRUCTURAL and isinstance(values[0], Literal):
                extra[_NODE_ATTR.get(name, name)] = literal_value(min(values))
        # the builder's attribute order: type, label, aliases, mentions, articles, evidence, the rest sorted
        data = {"type": cls, "label": label,
                "aliases": sorted(x.lexical for x in sp.get(SKOS + "altLabel", ())),
                **({"mentions": extra.pop("mentions")} if "mentions" in extra else {}),
                "articles": sorted({article(a) for a in (*sp.get(KG + "sourceArticle", ()), *mentioned_by.get(s, ()))}),
                "evidence": evidence_dicts(sp)}
        data.update(sorted(extra.items()))
        nodes[nid(s)] = data

    edges: dict[tuple[str, str, str], dict] = {}
    for f in statements:
        fp = props[f]
        head, pred, tail = (fp[RDF + x][0] for x in ("subject", "predicate", "object"))
        rel = local(pred)
        if rel is None or not (head.startswith(base) and tail.startswith(base)):
            continue
        extra = {}
        for p, values in fp.items():
            name = local(p)
            if name and name not in _STRUCTURAL and isinstance(values[0], Literal):
                extra[_EDGE_ATTR.get(name, name)] = literal_value(min(values))
        if rel == COMENTION and "layer" not in extra and "count" not in extra and "weight" in extra:
            # the writer leaves out what the co-mention layer always has: its layer, and count = weight
            extra["layer"], extra["count"] = "comention", extra["weight"]
        if "count" not in extra and (fp.get(KG + "evidence") or fp.get(KG + "sourceArticle")):
            # left out by the writer when it is the number of evidence sentences (or of articles)
            extra["count"] = len(set(fp.get(KG + "evidence") or ())) or len(set(fp.get(KG + "sourceArticle") or ()))
        evidence = evidence_dicts(fp)
        if "sources" not in extra and evidence_sources(evidence):
            extra["sources"] = evidence_sources(evidence)
        data = {"relation": rel, **({"count": extra.pop("count")} if "count" in extra else {}),
                "articles": sorted(article(a) for a in fp.get(KG + "sourceArticle", ())),
                "evidence": evidence}
        data.update(sorted(extra.items()))
        edges[(nid(head), nid(tail), rel)] = data
    # fact triples nobody reified (hand-written RDF): edges that carry only their relation
    for s, sp in props.items():
        if not s.startswith(base) or nid(s) not in nodes:
            continue
        for p, values in sp.items():
            rel = local(p)
            if rel is None or rel in _STRUCTURAL:
                continue
            for o in values:
                if is_iri(o) and o.startswith(base) and nid(o) in nodes:
                    key = (nid(s), nid(o), rel)
                    if key in edges:
                        continue
                    if rel == "mentions" and key[0].startswith("article/"):
                        # an article's mention of a node: counted by the node's evidence in that article
                        a = key[0][len("article/"):]
                        count = sum(1 for ev in nodes[key[1]].get("evidence", ()) if ev.get("article") == a)
                        edges[key] = {"relation": rel, "count": count, "articles": [a], "evidence": []}
                    else:
                        edges[key] = {"relation": rel}

    g = nx.MultiDiGraph()
    for n in sorted(nodes):
        g.add_node(n, **nodes[n])
    for head, tail, rel in sorted(edges):
        for end in (head, tail):
            if end not in nodes:
                raise KGError(f"a statement links {end!r}, which has no kg: type in the file")
        g.add_edge(head, tail, key=rel, **edges[(head, tail, rel)])
    return g


def _ev_key(e: dict):
    start = e.get("start")
    return (e.get("article", ""), e.get("sentence_start", -1), start if start is not None else -1, e.get("end") or -1)
