"""Writers, one module each, behind one registry keyed by format name.

Heavy libraries (pyvis, rdflib) are imported only when their writer runs. Every
writer returns the text or bytes it would write; :func:`write` writes them
atomically.

>>> sorted(WRITERS)[:3]
['graphml', 'html', 'json']
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import networkx as nx

from ..atomic import atomic_write
from ..errors import ExportError

__all__ = ["WRITERS", "WriterSpec", "render", "write", "DEFAULT_FORMATS"]


@dataclass(frozen=True)
class WriterSpec:
    module: str
    function: str
    filename: str
    description: str


WRITERS: dict[str, WriterSpec] = {
    "ttl": WriterSpec("kg.writers.turtle", "render_turtle", "graph.ttl", "RDF Turtle, one merged graph"),
    "html": WriterSpec("kg.writers.html", "render_html", "graph.html", "interactive page (pyvis), works offline"),
    "graphml": WriterSpec("kg.writers.graphml", "render_graphml", "graph.graphml", "GraphML for Gephi, Cytoscape, igraph"),
    "json": WriterSpec("kg.writers.nodelink", "render_node_link", "graph.json", "NetworkX node-link JSON"),
}

DEFAULT_FORMATS = tuple(WRITERS)


def render(graph: nx.MultiDiGraph, fmt: str, **options) -> str | bytes:
    """The content format ``fmt`` would write for ``graph``."""
    try:
        spec = WRITERS[fmt]
    except KeyError:
        raise ExportError(f"unknown output format {fmt!r}; known: {', '.join(sorted(WRITERS))}") from None
    func = getattr(import_module(spec.module), spec.function)
    return func(graph, **options)


def write(graph: nx.MultiDiGraph, fmt: str, outdir: str | Path, **options) -> Path:
    """Write ``graph`` in format ``fmt`` into ``outdir`` under the format's file name."""
    content = render(graph, fmt, **options)
    return atomic_write(Path(outdir) / WRITERS[fmt].filename, content)
