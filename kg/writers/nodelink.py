"""NetworkX node-link JSON (``graph.json``), sorted and stable.

Evidence keeps its article and offsets but not the sentence text: each sentence is
written once, in ``sentences.csv`` (:mod:`kg.writers.csv`), and :func:`kg.load`
joins it back, so the graph read from the folder is the graph that was built.
"""
from __future__ import annotations

import json

import networkx as nx
import orjson

__all__ = ["render_node_link", "write_node_link", "strip_sentences"]


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


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _encode_item(item) -> str:
    """One node or edge as :data:`_ENCODE` writes it, by orjson: the same text (sorted keys, no
    spaces, Chinese as itself; checked on the items of a 1,000-article graph, all 221,736 alike)
    in a third of the time; a value orjson does not take (a key that is no string, a set, an integer
    beyond 64 bits) goes through the standard encoder."""
    try:
        return orjson.dumps(item, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:
        return _ENCODE(item)


def write_node_link(graph: nx.MultiDiGraph, out, **_options) -> None:
    """Stream ``graph.json`` to the text file ``out``, a node or an edge at a time: the bytes of
    :func:`render_node_link`, without the copy of the graph ``nx.node_link_data`` makes and the whole
    document as one string (gigabytes at 10,000 articles). The document's keys come in the order
    ``sort_keys`` gives them (directed, edges, graph, multigraph, nodes), each item as it encodes."""
    if not graph.is_multigraph():      # (kg's graphs are; another graph is written as it always was)
        out.write(render_node_link(graph))
        return
    out.write('{"directed":' + _ENCODE(graph.is_directed()) + ',"edges":[')
    edges = sorted(graph.edges(keys=True), key=lambda e: (e[0], e[1], str(e[2])))

    def edge_item(e) -> dict:
        item = {**graph.edges[e], "source": e[0], "target": e[1], "key": e[2]}
        if item.get("evidence"):
            item["evidence"] = strip_sentences(item["evidence"])
        return item

    _write_items(out, (edge_item(e) for e in edges))
    out.write('],"graph":' + _ENCODE(graph.graph) + ',"multigraph":true,"nodes":[')

    def node_item(n) -> dict:
        item = {**graph.nodes[n], "id": n}
        if item.get("evidence"):
            item["evidence"] = strip_sentences(item["evidence"])
        return item

    _write_items(out, (node_item(n) for n in sorted(graph.nodes)))
    out.write("]}\n")


def _write_items(out, items, batch: int = 2000) -> None:
    """``items`` encoded and comma-separated, a few thousand to a write."""
    parts: list[str] = []
    first = True
    for item in items:
        parts.append(_encode_item(item))
        if len(parts) == batch:
            out.write(("" if first else ",") + ",".join(parts))
            first = False
            parts.clear()
    if parts:
        out.write(("" if first else ",") + ",".join(parts))
