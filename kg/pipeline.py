"""The whole job: read -> extract -> graph, over any number of inputs."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .cache import ArticleResult, article_key, extract_batch, extract_one, extractor_fingerprint
from .errors import ArticleError, ReadError
from .executors import Executor
from .extract import Extraction, Extractor
from .graph import GraphBuilder
from .limits import bounded_articles
from .model import Article
from .read import read_inputs
from .resources import Resources

__all__ = ["BuildResult", "build_graph", "build_graph_from", "inputs_key"]


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article] = field(default_factory=list)
    skipped: list[ReadError] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)   # what the ontology does not allow (kg.conform)
    cache_hits: int = 0             # articles whose result came from the cache
    cache_misses: int = 0           # articles extracted in this build


def build_graph(inputs: Iterable[str | Path], *, resources: Resources | None = None,
                on_article: Callable[[Article | ReadError], None] | None = None,
                keep_extractions: bool = False, jobs: int = 1, components: Sequence[str] | None = None,
                overlaps: str = "longest_first.v1", executor: Executor | None = None,
                cache: str | Path | None = None, rebuild: bool = False, batch_size: int = 16,
                dedup: bool = False) -> BuildResult:
    """Read every input and build one graph; unreadable inputs are collected, not raised.

    ``jobs`` > 1 extracts articles in that many worker processes; ``executor``
    (:mod:`kg.executors`, e.g. a Dask cluster) runs the extraction wherever it
    runs. The graph is the same, byte for byte, because results are merged in input order.
    ``components`` names the extraction components in order (default: all, see
    :mod:`kg.components`); ``overlaps`` the policy between overlapping mentions.
    ``cache`` is a folder for the per-article cache (:mod:`kg.cache`): articles
    whose result it holds are not extracted again; ``rebuild`` empties it first.
    Workers get ``batch_size`` articles at a time. ``dedup`` reads a story republished
    by several outlets once (:mod:`kg.dedup`); the copies become mirrors of the first.
    """
    return build_graph_from(read_inputs(inputs), resources=resources, on_article=on_article,
                            keep_extractions=keep_extractions, jobs=jobs, components=components,
                            overlaps=overlaps, executor=executor, cache=cache, rebuild=rebuild,
                            batch_size=batch_size, dedup=dedup)


def build_graph_from(items: Iterable[Article | ReadError], *, resources: Resources | None = None,
                     on_article: Callable[[Article | ReadError], None] | None = None,
                     keep_extractions: bool = False, jobs: int = 1, components: Sequence[str] | None = None,
                     overlaps: str = "longest_first.v1", executor: Executor | None = None,
                     cache: str | Path | None = None, rebuild: bool = False, batch_size: int = 16,
                     dedup: bool = False) -> BuildResult:
    """Build one graph from articles already read (and the read errors, which are collected)."""
    components = tuple(components) if components else None
    if not keep_extractions:
        # the per-article results path: cache lookups, batches to workers (or the executor),
        # merge in input order
        from .cache import ResultCache

        if jobs > 1 or executor is not None:
            Extractor.check(components, overlaps)    # a wrong name fails here, not in every worker
        store = ResultCache(cache) if cache is not None else None
        try:
            if store is not None and rebuild:
                store.clear()
            result = _merge(_results(_unique_ids(bounded_articles(items)), jobs, components, overlaps, store,
                                     resources, batch_size,
                                     executor, dedup), resources, on_article, False)
            if store is not None:
                store.commit()
                store.prune()
                result.cache_hits, result.cache_misses = store.hits, store.misses
            return result
        finally:
            if store is not None:
                store.close()
    if executor is not None:
        from functools import partial

        from .executors import extract_batch as extract_pairs

        Extractor.check(components, overlaps)    # a wrong name fails here, not on every worker
        work = partial(extract_pairs, components=components, overlaps=overlaps)
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


def inputs_key(inputs: Iterable[str | Path], *, components: Sequence[str] | None = None,
               overlaps: str = "longest_first.v1", dedup: bool = False, extra: str = "") -> str:
    """A hash of everything a build's outputs depend on: each article's cache key and file, the read
    errors, the extractor, ``dedup`` and ``extra`` (the output options). Equal keys, equal outputs."""
    components = tuple(components) if components else None
    fingerprint = extractor_fingerprint(components, overlaps)
    h = hashlib.sha256(f"{fingerprint}|{dedup}|{extra}".encode())
    for item in _unique_ids(read_inputs(inputs)):
        if isinstance(item, ReadError):
            h.update(f"\x00E{item.path}\x00{item.reason}".encode("utf-8", "surrogatepass"))
        else:
            h.update(f"\x00A{article_key(item, fingerprint)}\x00{item.source}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class Mirror:
    """The result of an article that republishes ``original`` (read once, there)."""

    original: str


def _parts(extraction) -> tuple[list, list]:
    """(entities, facts) of an :class:`Extraction` or an :class:`ArticleResult`."""
    if isinstance(extraction, ArticleResult):
        return extraction.entities, extraction.facts
    return list(extraction.entities.entities.values()), extraction.facts


def _missing_nodes(builder: GraphBuilder, entities: list, facts: list) -> list[str]:
    """Fact ends the graph builder could not make a node for (checked before it changes anything)."""
    # the builder's nodes are looked up, not copied: a set of them per article made the merge
    # quadratic (at 10,000 articles each copy held a hundred thousand ids)
    nodes, own = builder.nodes, {e.id for e in entities}
    gaz = builder.gazetteer
    missing = set()
    for fact in facts:
        for end in (fact.head, fact.tail):
            if (end not in own and end not in nodes
                    and not (end.startswith("adm/") and gaz is not None and gaz.get(end[4:]))):
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
        if not isinstance(item, ReadError) and isinstance(extraction, ArticleResult) and extraction.error:
            item = ArticleError(item.id, item.source, extraction.error)
        if not isinstance(item, ReadError) and isinstance(extraction, Mirror):
            builder.add_mirror(item, extraction.original)
        elif not isinstance(item, ReadError):
            entities, facts = _parts(extraction)
            missing = _missing_nodes(builder, entities, facts)
            if missing:
                item = ArticleError(item.id, item.source, f"a fact refers to unknown node(s) {', '.join(missing[:3])}")
            else:
                try:
                    builder.add_article(item, entities, facts)
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


def _results(items: Iterable[Article | ReadError], jobs: int, components, overlaps: str, store,
             resources: Resources | None, batch_size: int, executor: Executor | None = None, dedup: bool = False):
    """``(item, ArticleResult or the ReadError)`` in input order: from the cache when it holds
    the article's key, else extracted (here, or by ``jobs`` workers in batches) and stored."""
    fingerprint = extractor_fingerprint(components, overlaps)
    plan: list[tuple[Article | ReadError, str | None, bool]] = []
    misses: list[Article] = []
    items = list(items)
    mirrors: dict[str, str] = {}
    if dedup:
        from .dedup import find_mirrors

        mirrors = find_mirrors(a for a in items if not isinstance(a, ReadError))
    for item in items:
        if not isinstance(item, ReadError) and item.id in mirrors:
            plan.append((item, None, False))
            continue
        if isinstance(item, ReadError):
            plan.append((item, None, False))
            continue
        key = article_key(item, fingerprint)
        hit = store is not None and store.has(key)
        plan.append((item, key, hit))
        if not hit:
            misses.append(item)
    fresh = _fresh_results(misses, jobs, components, overlaps, resources, fingerprint, batch_size, executor)
    for n, (item, key, hit) in enumerate(plan):
        if isinstance(item, ReadError):
            yield item, item
            continue
        if key is None:                # a mirror: nothing to extract
            yield item, Mirror(mirrors[item.id])
            continue
        result = store.get(key) if hit else None
        if result is None:
            result = next(fresh)
            if store is not None:
                store.misses += 1
                store.put(result)
                if n % 500 == 499:
                    store.commit()
        yield item, result


def _fresh_results(articles: list[Article], jobs: int, components, overlaps: str, resources: Resources | None,
                   fingerprint: str, batch_size: int, executor: Executor | None = None):
    """The :class:`ArticleResult` of each article, in order: here, in ``jobs`` local processes,
    or on ``executor`` (any :mod:`kg.executors` executor maps :func:`kg.cache.extract_batch`)."""
    if not articles:
        return
    if executor is None and jobs <= 1:
        extractor = Extractor(resources or Resources.load(), components, overlaps)
        for a in articles:
            yield extract_one(a, extractor, fingerprint)
        return
    from functools import partial

    if executor is None:
        from .executors import ProcessExecutor

        executor = ProcessExecutor(jobs, batch_size=batch_size)
    yield from executor.map(partial(extract_batch, components=components, overlaps=overlaps), articles)


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
