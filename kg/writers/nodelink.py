"""NetworkX node-link JSON (``graph.json``), sorted and stable."""
from __future__ import annotations

import json

import networkx as nx

__all__ = ["render_node_link"]


def render_node_link(graph: nx.MultiDiGraph, **_options) -> str:
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key"))))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
