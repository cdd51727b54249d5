"""GraphML (``graph.graphml``): lists and dicts become JSON strings, because
GraphML only holds scalar values; ``None`` attributes are left out."""
from __future__ import annotations

import io
import json

import networkx as nx

__all__ = ["render_graphml", "scalar_graph"]


def _scalar(value):
    if isinstance(value, (list, tuple, dict, set)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False, sort_keys=True)
    return value


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all str, int, float or bool."""
    g = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        g.add_node(n, **{k: _scalar(v) for k, v in sorted(d.items()) if v is not None})
    for u, v, k, d in graph.edges(keys=True, data=True):
        g.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in sorted(d.items()) if b is not None})
    return g


def render_graphml(graph: nx.MultiDiGraph, **_options) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml_xml(scalar_graph(graph), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()
