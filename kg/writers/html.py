"""The graph page (``graph.html``): pyvis with vis-network inlined, so it works offline."""
from __future__ import annotations

import html
import re

import networkx as nx

__all__ = ["render_html"]

CLASS_COLORS = {
    "Province": "#1f77b4", "Prefecture": "#4c9bd6", "County": "#7fb8e6", "Township": "#a9d0f0",
    "Village": "#cfe5f7", "Landmark": "#17becf", "NaturalPlace": "#2ca02c", "Country": "#0b4f8a",
    "Organization": "#ff7f0e", "GovernmentBody": "#d62728", "PartyOrganization": "#b30000",
    "University": "#9467bd", "School": "#c5b0d5", "Hospital": "#e377c2", "Company": "#8c564b",
    "Person": "#bcbd22", "Role": "#dbdb8d", "Initiative": "#ff9896", "Document": "#7f7f7f",
    "Topic": "#98df8a", "Concept": "#c7c7c7", "Article": "#393b79",
}
EVENT_COLOR = "#e6550d"


def render_html(graph: nx.MultiDiGraph, **_options) -> str:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node_id, d in sorted(graph.nodes(data=True)):
        title = "\n".join([f"{d['type']}: {d['label']}"] + ([f"别名: {'、'.join(d['aliases'])}"] if d.get("aliases") else [])
                          + ([f"adcode: {d['adcode']}"] if d.get("adcode") else []))
        net.add_node(node_id, label=d["label"], title=title, color=CLASS_COLORS.get(d["type"], EVENT_COLOR),
                     size=10 + min(30, 2 * d.get("mentions", 0)))
    for u, v, _k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        net.add_edge(u, v, title=d["relation"], label=d["relation"])
    page = net.generate_html(notebook=False)
    # pyvis links bootstrap from a CDN in every template: the page must draw offline
    page = re.sub(r'<link[^>]+href="https?://[^"]*"[^>]*>', "", page)
    page = re.sub(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>', "", page)
    return page
