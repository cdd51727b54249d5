"""The whole job: read -> extract -> graph, over any number of inputs."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import ArticleError, ReadError
from .executors import Executor
from .extract import Extraction, Extractor
from .graph import GraphBuilder
from .limits import bounded_articles
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
    dropped: list[str] = field(default_factory=list)   # what the ontology does not allow (kg.conform)


def build_graph(inputs: Iterable[str | Path], *, resources: Resources | None = None,
                on_article: Callable[[Article | ReadError], None] | None = None,
                keep_extractions: bool = False, jobs: int = 1, components: Sequence[str] | None = None,
                overlaps: str = "longest_first.v1", executor: Executor | None = None) -> BuildResult:
    """Read every input and build one graph; unreadable inputs are collected, not raised.

    ``jobs`` > 1 extracts articles in that many worker processes; ``executor``
    (:mod:`kg.executors`, e.g. a Dask cluster) runs the extraction wherever it
    runs. The graph is the same, byte for byte, because results are merged in input order.
    ``components`` names the extraction components in order (default: all, see
    :mod:`kg.components`); ``overlaps`` the policy between overlapping mentions.
    """
    return build_graph_from(read_inputs(inputs), resources=resources, on_article=on_article,
                            keep_extractions=keep_extractions, jobs=jobs, components=components,
                            overlaps=overlaps, executor=executor)


def build_graph_from(items: Iterable[Article | ReadError], *, resources: Resources | None = None,
                     on_article: Callable[[Article | ReadError], None] | None = None,
                     keep_extractions: bool = False, jobs: int = 1, components: Sequence[str] | None = None,
                     overlaps: str = "longest_first.v1", executor: Executor | None = None) -> BuildResult:
    """Build one graph from articles already read (and the read errors, which are collected)."""
    components = tuple(components) if components else None
    if executor is not None:
        from functools import partial

        from .executors import extract_batch

        Extractor.check(components, overlaps)    # a wrong name fails here, not on every worker
        work = partial(extract_batch, components=components, overlaps=overlaps)
        return _merge(executor.map(work, _unique_ids(bounded_articles(items))), resources, on_article,
                      keep_extractions)
    if jobs > 1:
        Extractor.check(components, overlaps)    # a wrong name fails here, not in every worker
        pairs = _extract_parallel(_unique_ids(bounded_articles(items)), jobs, components, overlaps)
        return _merge(pairs, resources, on_article, keep_extractions)
    resources = resources or Resources.load()
    extractor = Extractor(resources, components, overlaps)
    pairs = ((item, item if isinstance(item, ReadError) else _isolated(extractor, item))
             for item in _unique_ids(bounded_articles(items)))
    return _merge(pairs, resources, on_article, keep_extractions)


def _isolated(extractor: Extractor, article: Article) -> Extraction | ArticleError:
    """One article's extraction; whatever it raises sinks that article only, with the reason."""
    try:
        return extractor(article)
    except Exception as err:  # noqa: BLE001 - any bug in any stage (MemoryError, RecursionError too)
        return ArticleError(article.id, article.source, f"extraction failed: {_reason(err)}")


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0][:300] if str(err).strip() else ""
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _missing_nodes(builder: GraphBuilder, extraction: Extraction) -> list[str]:
    """Fact ends the graph builder could not make a node for (checked before it changes anything)."""
    known = builder.nodes.keys() | extraction.entities.entities.keys()
    gaz = builder.gazetteer
    missing = set()
    for fact in extraction.facts:
        for end in (fact.head, fact.tail):
            if end not in known and not (end.startswith("adm/") and gaz is not None and gaz.get(end[4:])):
                missing.add(end)
    return sorted(missing)


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
        if not isinstance(item, ReadError) and isinstance(extraction, ArticleError):
            item = extraction
        if not isinstance(item, ReadError):
            missing = _missing_nodes(builder, extraction)
            if missing:
                item = ArticleError(item.id, item.source, f"a fact refers to unknown node(s) {', '.join(missing[:3])}")
            else:
                try:
                    builder.add_article(item, list(extraction.entities.entities.values()), extraction.facts)
                except Exception as err:  # noqa: BLE001 - one article's bad data must not sink the batch
                    item = ArticleError(item.id, item.source, f"graph merge failed: {_reason(err)}")
        if isinstance(item, ReadError):
            result.skipped.append(item)
        else:
            result.articles.append(item)
            if keep_extractions:
                result.extractions.append(extraction)
        if on_article:
            on_article(item)
    from .conform import conform_graph

    result.graph = builder.build()
    result.dropped = conform_graph(result.graph)   # the exports must pass their own SHACL check
    return result


# One extractor per worker process: resources are loaded once per worker (~2 s),
# not pickled across for every article.
_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(components: tuple[str, ...] | None, overlaps: str) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = Extractor(Resources.load(), components, overlaps)


def _extract_one(item: Article | ReadError):
    if isinstance(item, ReadError):
        return item, item
    return item, _isolated(_WORKER_EXTRACTOR, item)


def _extract_parallel(items: Iterable[Article | ReadError], jobs: int, components=None,
                      overlaps: str = "longest_first.v1"):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding rjieba state
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(components, overlaps)) as pool:
        # map keeps input order, so the merged graph does not depend on timing
        yield from pool.map(_extract_one, items, chunksize=4)


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
