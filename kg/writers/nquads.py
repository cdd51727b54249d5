"""N-Quads (``graph.nq``): the quads of ``graph.trig``, one a line, for bulk loading.

Written directly (no rdflib), lines sorted, so it is fast and byte-identical run
to run.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("article/a1", type="Article", label="标题", articles=["a1"])
>>> print(next(line for line in render_nquads(g, ontology=False).splitlines() if "sourceArticle" in line))
<https://w3id.org/kg-cn/id/article/a1> <https://w3id.org/kg-cn/ontology#sourceArticle> <https://w3id.org/kg-cn/id/article/a1> <https://w3id.org/kg-cn/id/graph/a1> .
"""
from __future__ import annotations

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI, graph_quads, nt_term, ontology_quads

__all__ = ["render_nquads"]


def render_nquads(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                  **_options) -> str:
    quads = graph_quads(graph, base_iri)
    if ontology:
        quads = quads + ontology_quads()
    cache: dict = {}

    def nt(t) -> str:
        text = cache.get(t)
        if text is None:
            text = cache[t] = nt_term(t)
        return text

    lines = [f"{nt(s)} {nt(p)} {nt(o)} {nt(g)} .\n" if g is not None else f"{nt(s)} {nt(p)} {nt(o)} .\n"
             for s, p, o, g in quads]
    lines.sort()
    return "".join(lines)
