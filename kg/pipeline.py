"""The whole job: read -> extract -> graph, over any number of inputs."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
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
                keep_extractions: bool = False, jobs: int = 1) -> BuildResult:
    """Read every input and build one graph; unreadable inputs are collected, not raised.

    ``jobs`` > 1 extracts articles in that many worker processes; the graph is
    the same, byte for byte, because results are merged in input order.
    """
    return build_graph_from(read_inputs(inputs), resources=resources, on_article=on_article,
                            keep_extractions=keep_extractions, jobs=jobs)


def build_graph_from(items: Iterable[Article | ReadError], *, resources: Resources | None = None,
                     on_article: Callable[[Article | ReadError], None] | None = None,
                     keep_extractions: bool = False, jobs: int = 1) -> BuildResult:
    """Build one graph from articles already read (and the read errors, which are collected)."""
    if jobs > 1:
        return _merge(_extract_parallel(_unique_ids(items), jobs), resources, on_article, keep_extractions)
    resources = resources or Resources.load()
    extractor = Extractor(resources)
    pairs = ((item, item if isinstance(item, ReadError) else extractor(item)) for item in _unique_ids(items))
    return _merge(pairs, resources, on_article, keep_extractions)


def _unique_ids(items: Iterable[Article | ReadError]) -> Iterator[Article | ReadError]:
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, ReadError):
            if item.id in seen:  # same file name in two folders: keep both, apart
                item = _with_id(item, f"{item.id}-{hashlib.sha1(item.source.encode()).hexdigest()[:8]}")
            seen.add(item.id)
        yield item


def _merge(pairs, resources: Resources | None, on_article, keep_extractions: bool) -> BuildResult:
    from .gazetteer import Gazetteer

    builder = GraphBuilder(resources.gazetteer if resources else Gazetteer.load())
    result = BuildResult(nx.MultiDiGraph())
    for item, extraction in pairs:
        if isinstance(item, ReadError):
            result.skipped.append(item)
        else:
            builder.add_article(item, list(extraction.entities.entities.values()), extraction.facts)
            result.articles.append(item)
            if keep_extractions:
                result.extractions.append(extraction)
        if on_article:
            on_article(item)
    result.graph = builder.build()
    return result


# One extractor per worker process: resources are loaded once per worker (~2 s),
# not pickled across for every article.
_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker() -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = Extractor(Resources.load())


def _extract_one(item: Article | ReadError):
    if isinstance(item, ReadError):
        return item, item
    return item, _WORKER_EXTRACTOR(item)


def _extract_parallel(items: Iterable[Article | ReadError], jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding rjieba state
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker) as pool:
        # map keeps input order, so the merged graph does not depend on timing
        yield from pool.map(_extract_one, items, chunksize=4)


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
