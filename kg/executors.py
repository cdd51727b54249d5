"""Where per-article extraction runs: here, in local worker processes, or on a Dask cluster.

An executor maps a function over *batches* of items and gives the results back
in input order, whatever order the batches finish in, so the pipeline merges
them exactly as it merges a one-process build and every output file is the
same, byte for byte. Resources (gazetteer, lexicons, ~2 s to load) are loaded
once per worker process, by :func:`worker_extractor`, never shipped with a batch.

>>> list(LocalExecutor(batch_size=2).map(lambda batch: [x * 10 for x in batch], range(5)))
[0, 10, 20, 30, 40]
"""
from __future__ import annotations

import itertools
import uuid
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["EXECUTORS", "Executor", "LocalExecutor", "ProcessExecutor", "DaskExecutor", "batched",
           "extract_batch", "worker_extractor", "load_worker_resources", "make_executor"]


class Executor(Protocol):
    """Runs ``fn`` on batches of ``items``; yields one result per item, in input order."""

    def map(self, fn: Callable[[list[T]], list[R]], items: Iterable[T]) -> Iterator[R]: ...


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter); lazily, so a stream stays a stream."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


# --- the work: a batch of articles -> their extractions, with the resources of this process --------------

_RESOURCES = None
_EXTRACTORS: dict = {}  # (components, overlaps) -> Extractor, all on the one Resources
_LOCK = threading.Lock()


def worker_extractor(components: tuple[str, ...] | None = None, overlaps: str = "longest_first.v1"):
    """This process's extractor, built on first use (resources load once per worker)."""
    global _RESOURCES
    key = (tuple(components) if components else None, overlaps)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        with _LOCK:
            from .extract import Extractor
            from .resources import Resources

            if _RESOURCES is None:
                _RESOURCES = Resources.load()
            extractor = _EXTRACTORS.setdefault(key, Extractor(_RESOURCES, key[0], overlaps))
    return extractor


def load_worker_resources() -> None:
    """Load this process's resources now (``client.run(load_worker_resources)`` warms a Dask cluster)."""
    worker_extractor()


def extract_batch(items: list, components: tuple[str, ...] | None = None,
                  overlaps: str = "longest_first.v1") -> list:
    """``(item, extraction or ArticleError)`` for each article (``(error, error)`` for a read error)."""
    from .errors import ReadError
    from .pipeline import _isolated

    extractor = worker_extractor(components, overlaps)
    return [(item, item) if isinstance(item, ReadError) else (item, _isolated(extractor, item)) for item in items]


# --- executors ------------------------------------------------------------------------------------------

class LocalExecutor:
    """In this process, batch after batch (the reference the others must equal)."""

    def __init__(self, batch_size: int = 16):
        self.batch_size = batch_size

    def map(self, fn, items):
        for batch in batched(items, self.batch_size):
            yield from fn(batch)


class ProcessExecutor:
    """In ``jobs`` local worker processes (spawned: no fork of a process holding tokenizer state)."""

    def __init__(self, jobs: int, batch_size: int = 4):
        self.jobs, self.batch_size = jobs, batch_size

    def map(self, fn, items):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx) as pool:
            # map keeps input order, so the merged graph does not depend on timing
            for results in pool.map(fn, batched(items, self.batch_size)):
                yield from results


class DaskExecutor:
    """On a Dask distributed cluster: each batch is one task.

    ``scheduler`` is the scheduler's address (``tcp://host:8786``) or a
    ``distributed.Client``. At most ``in_flight`` batches are submitted ahead
    of the one being merged, so a corpus of any size streams through with
    bounded memory. A worker that dies takes only its running batches with it:
    the scheduler gives them to another worker (up to ``allowed-failures``
    times, Dask's setting, default 3); a batch whose *function* raises is
    tried ``retries`` more times.
    """

    def __init__(self, scheduler, batch_size: int = 32, in_flight: int | None = None, retries: int = 2):
        self.scheduler, self.batch_size, self.in_flight, self.retries = scheduler, batch_size, in_flight, retries

    def _client(self):
        try:
            from distributed import Client
        except ImportError as err:  # the optional extra
            from .errors import KGError

            raise KGError("the Dask executor needs dask.distributed: pip install 'kg[dask]'") from err
        if isinstance(self.scheduler, Client):
            return self.scheduler, False
        try:
            return Client(self.scheduler, timeout="30s", set_as_default=False), True
        except OSError as err:
            from .errors import KGError

            raise KGError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}") from None

    def map(self, fn, items):
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        client, own = self._client()
        ac = as_completed(with_results=True, loop=client.loop)
        position: dict = {}  # future key -> batch number
        batches = enumerate(batched(items, self.batch_size))
        tag = uuid.uuid4().hex[:8]

        def submit_next() -> bool:
            for n, batch in batches:
                # pure=False: two equal batches are still two tasks
                future = client.submit(fn, batch, pure=False, retries=self.retries, key=f"kg-batch-{tag}-{n}")
                position[future.key] = n
                ac.add(future)
                return True
            return False

        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            for _ in range(self.in_flight or 4 * workers):
                if not submit_next():
                    break
            # results are fetched as soon as a batch is done, not left on its worker, so a worker
            # that dies loses only the batch it was running; they are yielded in input order
            done: dict[int, list] = {}
            following = 0
            for future, results in ac:
                done[position.pop(future.key)] = results
                future.release()
                submit_next()
                while following in done:
                    yield from done.pop(following)
                    following += 1
        except KilledWorker as err:
            from .errors import KGError

            raise KGError(f"a batch of articles killed every Dask worker it was given to: {err}") from None
        finally:
            ac.clear()
            if own:
                client.close()


EXECUTORS = ("local", "dask")


def make_executor(name: str = "local", *, jobs: int = 1, scheduler=None, batch_size: int | None = None) -> Executor:
    """The executor called ``name``: ``local`` (``jobs`` processes) or ``dask`` (at ``scheduler``)."""
    if name == "local":
        return ProcessExecutor(jobs, batch_size or 4) if jobs > 1 else LocalExecutor(batch_size or 16)
    if name == "dask":
        if not scheduler:
            from .errors import KGError

            raise KGError("the Dask executor needs the scheduler's address (--scheduler tcp://HOST:8786)")
        return DaskExecutor(scheduler, batch_size or 32)
    from .errors import KGError

    raise KGError(f"unknown executor {name!r}; known: {', '.join(EXECUTORS)}")
