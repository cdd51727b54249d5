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

from ..rdf import DEFAULT_BASE_IRI, nt_term, ontology_quads, quad_chunks

__all__ = ["render_nquads", "write_nquads"]


def write_nquads(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                 **_options) -> None:
    """Stream the N-Quads of ``graph`` to the text file ``out``."""
    cache: dict = {}

    def nt(t) -> str:
        text = cache.get(t)
        if text is None:
            text = nt_term(t)
            if type(t) is str and len(cache) < 200_000:   # IRIs repeat (predicates, graphs, nodes)
                cache[t] = text
        return text

    def chunks():
        yield from quad_chunks(graph, base_iri)
        if ontology:
            onto: dict = {}
            for s, p, o, g in ontology_quads():
                onto.setdefault(g, []).append((s, p, o))
            yield from onto.items()

    for g, triples in chunks():
        tail = f" {nt(g)} .\n" if g is not None else " .\n"
        lines = [f"{nt(s)} {nt(p)} {nt(o)}{tail}" for s, p, o in triples]
        lines.sort()
        out.write("".join(lines))


def render_nquads(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                  **options) -> str:
    buf = io.StringIO()
    write_nquads(graph, buf, base_iri, ontology=ontology, **options)
    return buf.getvalue()
