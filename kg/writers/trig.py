"""TriG (``graph.trig``): the default graph, a named graph per article, the ontology.

The default graph holds the merged description of every node (type, labels,
attributes), the reified statements and the provenance (the dataset, the build
activity, and for each article's graph ``prov:wasDerivedFrom`` its article). Each
``<graph/<article id>>`` holds what was read from that article: its mentions, the
fact triples, ``kg:sourceArticle`` links and the evidence. The ontology sits in
the graph named by its own IRI. Same layout as ``graph.nq``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("article/a1", type="Article", label="标题", articles=["a1"])
>>> print(render_trig(g, ontology=False).rstrip().split("\\n\\n")[-1])
<graph/a1> {
    <article/a1> kg:sourceArticle <article/a1> .
}
"""
from __future__ import annotations

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI

__all__ = ["render_trig", "write_trig"]


def write_trig(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
               **options) -> None:
    """Stream ``graph.trig`` to the text file ``out``, a chunk of :func:`kg.rdf.quad_chunks` at a time
    (:class:`kg.writers.rdfpass.TriGSink`)."""
    from .rdfpass import write_together

    write_together(graph, {"trig": out}, base_iri, ontology=ontology, **options)


def render_trig(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                **options) -> str:
    import io

    buf = io.StringIO()
    write_trig(graph, buf, base_iri, ontology=ontology, **options)
    return buf.getvalue()
