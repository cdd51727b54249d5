"""GraphML (``graph.graphml``) that Gephi, Cytoscape, igraph and NetworkX open.

GraphML holds only scalar values of one declared type per attribute, so the
graph is first turned into an *exchange graph* (:func:`scalar_graph`, shared
with the GEXF writer):

- entity-level attributes and counts only: the evidence is left out (it lives
  in the RDF and in ``sentences.csv`` and ``evidence.csv``), and the list of
  articles becomes its length, ``articleCount`` (the lists are in the CSV
  tables, ``graph.json`` and the RDF: written per node and edge here they grew
  with the archive, a co-mention edge of two common names listing thousands);
  the counts (``mentions``, ``count``, ``weight``) stay;
- other lists and dicts (``aliases``) become JSON strings; ``None`` values are
  left out; characters XML 1.0 forbids are dropped;
- every attribute name gets one type over the whole graph (bool, int, float,
  else string), because a key declared twice with two types is rejected by
  Gephi and igraph;
- every edge carries ``weight`` (its ``weight`` if it has one, else its
  ``count``) as a float, which Gephi and Cytoscape use as the edge weight;
- edge ids are ``<head>|<relation>|<tail>``, unique in the file (NetworkX's
  default, the multigraph key alone, repeats ``locatedIn`` on many edges and
  Gephi drops repeated ids).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京"], mentions=2)
>>> g.add_node("adm/110106", type="County", label="丰台区", aliases=[], mentions=1)
>>> g.add_edge("adm/110106", "adm/110000", key="locatedIn", relation="locatedIn", count=1)
'locatedIn'
>>> x = scalar_graph(g)
>>> x.nodes["adm/110000"]["aliases"]
'["北京"]'
>>> scalar_graph(nx.MultiDiGraph([("a", "b", {"articles": ["x", "y"]})])).edges["a", "b", "a|0|b"]["articleCount"]
2
>>> list(x.edges(keys=True, data="weight"))
[('adm/110106', 'adm/110000', 'adm/110106|locatedIn|adm/110000', 1.0)]
>>> back = nx.read_graphml(io.BytesIO(render_graphml(g)), force_multigraph=True)
>>> sorted(back.edges(keys=True))
[('adm/110106', 'adm/110000', 'adm/110106|locatedIn|adm/110000')]
"""
from __future__ import annotations

import io
import json
import re
from collections import defaultdict

import networkx as nx

__all__ = ["render_graphml", "write_graphml", "scalar_graph", "edge_id"]

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 on,
# except surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def edge_id(head: str, relation: str, tail: str) -> str:
    """The id an edge gets in GraphML and GEXF: unique, because the graph has
    at most one edge per (head, relation, tail)."""
    return f"{head}|{relation}|{tail}"


# evidence lives in the RDF and in sentences.csv/evidence.csv, not in the analysis exports:
# they carry entity-level attributes and counts (mentions, count, weight, articleCount)
_EVIDENCE = frozenset({"evidence"})


def _counted(items) -> dict:
    """``articles`` (a list of ids) as ``articleCount``; the rest as it is."""
    d = dict(items)
    if "articles" in d:
        arts = d.pop("articles")
        d["articleCount"] = len(arts) if isinstance(arts, (list, tuple, set, frozenset)) else arts
    return d

_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)   # built once: json.dumps builds one per call


_LIST_TEXT: dict[tuple, str] = {}     # lists' JSON by their items (emptied when full)


def _plain(value):
    """A value as str, int, float or bool (``None`` stays ``None``)."""
    t = type(value)
    if t is int or t is float or t is bool:     # most values (counts, weights, scores): as they are
        return value
    if t is str:
        return _XML_ILLEGAL.sub("", value) if _XML_ILLEGAL.search(value) else value
    if (t is list or t is tuple) and all(type(x) is str for x in value):
        # the rules of an edge (["comention"]): few lists of text, on many edges (only text: 1, 1.0 and
        # True are one key and three JSON texts)
        held = _LIST_TEXT.get(key := tuple(value))
        if held is None:
            held = _plain(_JSON.encode(value))
            if len(_LIST_TEXT) >= 10_000:
                _LIST_TEXT.clear()
            _LIST_TEXT[key] = held
        return held
    if isinstance(value, set):
        value = sorted(value)
    if isinstance(value, (list, tuple, dict)):
        value = _JSON.encode(value)
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value) if _XML_ILLEGAL.search(value) else value
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return _XML_ILLEGAL.sub("", str(value))


def _common_type(values) -> type:
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return bool
    if kinds <= {int}:
        return int
    if kinds <= {int, float}:
        return float
    return str


def _as(kind: type, value):
    if kind is str and isinstance(value, bool):
        return "true" if value else "false"
    return kind(value)


def _unify(items: list[dict]) -> None:
    """Give every attribute name one type over ``items`` (in place)."""
    seen: dict[str, list] = defaultdict(list)
    for d in items:
        for k, v in d.items():
            seen[k].append(v)
    kinds = {k: _common_type(vs) for k, vs in seen.items()}
    for d in items:
        for k, v in d.items():
            if type(v) is not kinds[k]:
                d[k] = _as(kinds[k], v)


def scalar_graph(graph: nx.MultiDiGraph, *, weights: bool = True) -> nx.MultiDiGraph:
    """A copy of ``graph`` fit for GraphML and GEXF.

    Values are str, int, float or bool, one type per attribute name; with
    ``weights`` every edge gets a float ``weight``. Edge keys are the ids from
    :func:`edge_id`, and the relation stays in the ``relation`` attribute.
    Nodes and edges are sorted, so the files do not depend on insertion order.
    Cost: O((n + m) log(n + m)).
    """
    nodes = [(n, {k: _plain(v) for k, v in sorted(_counted(d).items()) if v is not None and k not in _EVIDENCE})
             for n, d in sorted(graph.nodes(data=True), key=lambda x: str(x[0]))]
    edges = []
    for u, v, key, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        data = {k: _plain(x) for k, x in sorted(_counted(d).items()) if x is not None and k not in _EVIDENCE}
        data.setdefault("relation", str(key))
        if weights:
            w = data.get("weight", data.get("count", 1))
            data["weight"] = float(w) if isinstance(w, (int, float)) and not isinstance(w, bool) else 1.0
        edges.append((u, v, edge_id(u, data["relation"], v), dict(sorted(data.items()))))
    _unify([d for _, d in nodes])
    _unify([d for *_, d in edges])
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes)
    for u, v, key, data in edges:
        g.add_edge(u, v, key=key, **data)
    return g


def write_graphml(graph: nx.MultiDiGraph, out, **options) -> None:
    """Stream the GraphML of :func:`scalar_graph` of ``graph`` to the text file ``out``, without
    making that graph (:mod:`kg.writers.exchange`); no indentation (machines read this file)."""
    from .exchange import write_graphml as stream

    stream(graph, out, **options)


def render_graphml(graph: nx.MultiDiGraph, **options) -> bytes:
    """GraphML bytes (UTF-8) of :func:`scalar_graph` of ``graph``; edge ids are its keys."""
    buf = io.StringIO()
    write_graphml(graph, buf, **options)
    return buf.getvalue().encode("utf-8")
