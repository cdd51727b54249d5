"""N-Quads (``graph.nq``): the quads of ``graph.trig``, one a line, for bulk loading.

Written directly (no rdflib) as :func:`kg.rdf.quad_chunks` produces them: the
default graph, then each article's named graph, lines sorted within each chunk,
so the file streams out with one chunk in memory and is byte-identical run to run.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("article/a1", type="Article", label="标题", articles=["a1"])
>>> print(next(line for line in render_nquads(g, ontology=False).splitlines() if "sourceArticle" in line))
<https://w3id.org/kg-cn/id/article/a1> <https://w3id.org/kg-cn/ontology#sourceArticle> <https://w3id.org/kg-cn/id/article/a1> <https://w3id.org/kg-cn/id/graph/a1> .
"""
from __future__ import annotations

import io

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI

__all__ = ["render_nquads", "write_nquads"]


def write_nquads(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                 **options) -> None:
    """Stream the N-Quads of ``graph`` to the text file ``out`` (:class:`kg.writers.rdfpass.NQuadsSink`)."""
    from .rdfpass import write_together

    write_together(graph, {"nq": out}, base_iri, ontology=ontology, **options)


def render_nquads(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                  **options) -> str:
    buf = io.StringIO()
    write_nquads(graph, buf, base_iri, ontology=ontology, **options)
    return buf.getvalue()
