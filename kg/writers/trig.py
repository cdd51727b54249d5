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

from collections import defaultdict

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI, graph_quads, ontology_quads
from .turtle import TurtleFormatter

__all__ = ["render_trig"]


def render_trig(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                **_options) -> str:
    from .. import __version__

    fmt = TurtleFormatter(base_iri)
    quads = graph_quads(graph, base_iri)
    if ontology:
        quads = quads + ontology_quads()
    parts = [f"# kg {__version__}: the knowledge graph with a named graph per article (PROV-O provenance).\n"
             "# Vocabulary: https://w3id.org/kg-cn/ontology# (in the graph of that name at the end).",
             fmt.header().rstrip("\n")]
    by_graph: dict = defaultdict(list)
    for s, p, o, g in quads:
        by_graph[g].append((s, p, o))
    # the default graph first, then the named graphs in IRI order
    parts.extend(fmt.blocks(by_graph.pop(None, ())))
    for name in sorted(by_graph):
        blocks = "\n\n".join(fmt.blocks(by_graph[name], indent="    "))
        parts.append(f"{fmt.iri(name)} {{\n{blocks}\n}}")
    return "\n\n".join(parts) + "\n"
