"""NetworkX node-link JSON (``graph.json``), sorted and stable.

Evidence keeps its article and offsets but not the sentence text: each sentence is
written once, in ``sentences.csv`` (:mod:`kg.writers.csv`), and :func:`kg.load`
joins it back, so the graph read from the folder is the graph that was built.
"""
from __future__ import annotations

import json

import networkx as nx

__all__ = ["render_node_link", "strip_sentences"]


def strip_sentences(evidence):
    """Evidence dicts without the sentence text (the join key is article + sentence_start)."""
    return [{k: v for k, v in ev.items() if k != "sentence"} if isinstance(ev, dict) else ev
            for ev in evidence or ()]


def render_node_link(graph: nx.MultiDiGraph, **_options) -> str:
    data = nx.node_link_data(graph, edges="edges")
    for item in (*data["nodes"], *data["edges"]):
        if item.get("evidence"):
            item["evidence"] = strip_sentences(item["evidence"])
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key"))))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
