"""The whole job: read -> extract -> graph, over any number of inputs."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import ReadError
from .extract import Extraction, Extractor
from .graph import GraphBuilder
from .model import Article
from .read import read_inputs
from .resources import Resources

__all__ = ["BuildResult", "build_graph", "build_graph_from"]


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article] = field(default_factory=list)
    skipped: list[ReadError] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)


def build_graph(inputs: Iterable[str | Path], *, resources: Resources | None = None,
                on_article: Callable[[Article | ReadError], None] | None = None,
                keep_extractions: bool = False) -> BuildResult:
    """Read every input and build one graph; unreadable inputs are collected, not raised."""
    return build_graph_from(read_inputs(inputs), resources=resources, on_article=on_article,
                            keep_extractions=keep_extractions)


def build_graph_from(items: Iterable[Article | ReadError], *, resources: Resources | None = None,
                     on_article: Callable[[Article | ReadError], None] | None = None,
                     keep_extractions: bool = False) -> BuildResult:
    """Build one graph from articles already read (and the read errors, which are collected)."""
    resources = resources or Resources.load()
    extractor = Extractor(resources)
    builder = GraphBuilder(resources.gazetteer)
    result = BuildResult(nx.MultiDiGraph())
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ReadError):
            result.skipped.append(item)
        else:
            if item.id in seen:  # same file name in two folders: keep both, apart
                item = _with_id(item, f"{item.id}-{hashlib.sha1(item.source.encode()).hexdigest()[:8]}")
            seen.add(item.id)
            extraction = extractor(item)
            builder.add_article(item, list(extraction.entities.entities.values()), extraction.facts)
            result.articles.append(item)
            if keep_extractions:
                result.extractions.append(extraction)
        if on_article:
            on_article(item)
    result.graph = builder.build()
    return result


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
