"""Turtle (``graph.ttl``): all facts in one merged graph."""
from __future__ import annotations

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI, to_rdf

__all__ = ["render_turtle"]


def render_turtle(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, **_options) -> str:
    return to_rdf(graph, base_iri).serialize(format="turtle")
