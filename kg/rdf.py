"""The graph as RDF, in the vocabulary of ``ontology/kg.ttl``.

Entity IRIs are stable: ``<base>adm/<adcode>`` for administrative areas and
``<base><Class>/<label>`` (percent-encoded) for the rest, so the same entity
gets the same IRI in every run and every article.
"""
from __future__ import annotations

from urllib.parse import quote

import networkx as nx

__all__ = ["KG", "DEFAULT_BASE_IRI", "node_iri", "to_rdf"]

KG = "https://w3id.org/kg-cn/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/kg-cn/id/"


def node_iri(node_id: str, base: str = DEFAULT_BASE_IRI) -> str:
    """``adm/110000`` -> ``https://w3id.org/kg-cn/id/adm/110000``; other characters percent-encoded."""
    return base + quote(node_id, safe="/-_.~")


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI):
    """An rdflib ``Graph`` of every node and typed edge."""
    from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

    kg = Namespace(KG)
    g = Graph()
    g.bind("kg", kg)
    g.bind("skos", SKOS)
    g.bind("id", Namespace(base))
    for node_id, d in graph.nodes(data=True):
        s = URIRef(node_iri(node_id, base))
        g.add((s, RDF.type, kg[d["type"]]))
        g.add((s, RDFS.label, Literal(d["label"], lang="zh")))
        for alias in d.get("aliases", ()):
            g.add((s, SKOS.altLabel, Literal(alias, lang="zh")))
        if d.get("adcode"):
            g.add((s, kg.adcode, Literal(d["adcode"])))
        if d.get("mentions"):
            g.add((s, kg.mentionCount, Literal(d["mentions"], datatype=XSD.integer)))
        for key in ("title", "number", "source", "url"):
            if d.get(key):
                g.add((s, kg[{"source": "file", "url": "sourceUrl"}.get(key, key)], Literal(d[key])))
        if d.get("date"):
            g.add((s, kg.date, Literal(d["date"], datatype=XSD.date)))
    for u, v, _key, d in graph.edges(keys=True, data=True):
        g.add((URIRef(node_iri(u, base)), kg[d["relation"]], URIRef(node_iri(v, base))))
    return g
