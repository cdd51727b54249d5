"""GEXF 1.2 (``graph.gexf``), Gephi's own format.

Written from the same exchange graph as GraphML (:func:`kg.writers.graphml.scalar_graph`):
scalar values with one type per attribute, entity-level attributes and counts
(``articleCount``, not the list of articles; no evidence), ``label`` as the node label, the
relation as the edge label, ``weight`` as the edge weight, and edge ids
``<head>|<relation>|<tail>``. The ``meta`` element names kg instead of the day
it was written, so the same graph gives the same bytes on any day.

>>> import io, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/150000", type="Province", label="内蒙古自治区", aliases=["内蒙古"])
>>> g.add_node("adm/152900", type="Prefecture", label="阿拉善盟", aliases=[])
>>> g.add_edge("adm/152900", "adm/150000", key="locatedIn", relation="locatedIn", count=2)
'locatedIn'
>>> back = nx.read_gexf(io.BytesIO(render_gexf(g)))
>>> back.nodes["adm/150000"]["label"], back.nodes["adm/150000"]["aliases"]
('内蒙古自治区', '["内蒙古"]')
>>> [(u, v, d["relation"], d["weight"]) for u, v, d in back.edges(data=True)]
[('adm/152900', 'adm/150000', 'locatedIn', 2.0)]
"""
from __future__ import annotations

import io

import networkx as nx


__all__ = ["render_gexf", "write_gexf"]


def write_gexf(graph: nx.MultiDiGraph, out, **options) -> None:
    """Stream the GEXF of ``graph`` to the text file ``out`` (:mod:`kg.writers.exchange`); no
    indentation: a third of the bytes, and Gephi does not care."""
    from .exchange import write_gexf as stream

    stream(graph, out, **options)


def render_gexf(graph: nx.MultiDiGraph, **options) -> bytes:
    """GEXF bytes (UTF-8) of ``graph``."""
    buf = io.StringIO()
    write_gexf(graph, buf, **options)
    return buf.getvalue().encode("utf-8")
