"""One article's extraction result, and the per-article cache that keeps it between builds.

The unit of work is :class:`ArticleResult`: what the graph needs from one article
(its entities and facts, or the reason it failed), keyed by :func:`article_key`.
It is a plain, picklable dataclass, so any executor can map the one function
:func:`extract_batch` over batches of articles and get the same results, in the
same order, as :mod:`kg.pipeline` does with ``--jobs N``:

>>> from kg.read import article_from_text
>>> art = article_from_text("a1", ["北京市丰台区召开会议。"])
>>> [r] = extract_batch([art])
>>> r.article_id, r.error, {'丰台区', '北京市'} <= {e.label for e in r.entities}
('a1', None, True)
>>> r.key == article_key(art, extractor_fingerprint())
True

:class:`ResultCache` stores results in one SQLite file beside the output folder
(``.kg-cache/<output name>/results.sqlite`` in the folder that holds it, see
:func:`cache_folder`: the output folder itself holds exactly one build's outputs,
swapped in as a whole by :mod:`kg.outdir`), keyed by the article's content (id,
text, title, date, number, url, publisher, year: everything extraction reads;
not the file path) and the extractor's fingerprint (kg's version, a hash of the
code and data files of :mod:`kg`, the components and the overlap policy). A build
looks each article up first and extracts only what it does not find; after the
build, entries no article used any more are dropped, so an article removed from
the input leaves nothing behind. ``kg build --rebuild`` ignores and rewrites it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import Article, Entity, Fact

__all__ = ["ArticleResult", "ResultCache", "article_key", "extractor_fingerprint", "extract_batch",
           "CACHE_DIR", "DEFAULT_OVERLAPS", "cache_folder"]

CACHE_DIR = ".kg-cache"
DEFAULT_OVERLAPS = "longest_first.v1"


def cache_folder(outdir: str | Path) -> Path:
    """Where the builds into ``outdir`` keep their per-article cache: ``.kg-cache/<name>``
    beside it. Not in it: the output folder is replaced as a whole by each build and
    holds exactly that build's files (its manifest lists them); the cache outlives builds."""
    out = Path(os.path.realpath(outdir))
    return out.parent / CACHE_DIR / out.name


@dataclass
class ArticleResult:
    """What the graph needs from one article: its entities and facts, or why it failed.

    ``key`` is :func:`article_key` of the article it came from; ``error`` is the
    reason extraction failed (then ``entities`` and ``facts`` are empty).
    """

    article_id: str
    key: str
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None


# parts of the package that only write or show what extraction found, or make the graph of it
# (the graph builder, the ontology's pruning of the graph, the graph's RDF): a change there must
# not send every cached article through extraction again (the cache holds each article's entities
# and facts, made before any of these runs)
_OUTPUT_ONLY = (("writers",), ("data", "page"), ("graph.py",), ("conform.py",), ("rdf.py",))


def extraction_files() -> list[Path]:
    """The source and data files of the kg package that can change what extraction finds, sorted:
    all of them but the writers, the page's assets and the modules that make the graph of the results."""
    root = Path(__file__).resolve().parent
    out = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if p.is_file() and p.suffix in (".py", ".tsv", ".txt", ".json", ".ttl", ".csv") and "__pycache__" not in rel \
                and not any(rel[:len(prefix)] == prefix for prefix in _OUTPUT_ONLY):
            out.append(p)
    return out


@lru_cache(maxsize=None)
def _code_hash() -> str:
    """A hash of the files that can change extraction: a change in any is a new extractor."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in extraction_files():
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def extractor_fingerprint(components: Sequence[str] | None = None, overlaps: str = DEFAULT_OVERLAPS) -> str:
    """The extractor's identity: kg's version, its code and data, the components and overlap policy."""
    from . import __version__

    comps = ",".join(components) if components else "*"
    return f"kg-{__version__}-{_code_hash()}-{hashlib.sha1(f'{comps}|{overlaps}'.encode()).hexdigest()[:8]}"


def article_key(article: Article, fingerprint: str) -> str:
    """The cache key of ``article`` under an extractor: a hash of all extraction reads of it."""
    h = hashlib.sha256(fingerprint.encode())
    for value in (article.id, article.text, article.title, article.date, article.number, article.url,
                  article.publisher, article.year):
        h.update(b"\x00" + repr(value).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def extract_one(article: Article, extractor, fingerprint: str) -> ArticleResult:
    """One article through ``extractor``; whatever it raises sinks that article only."""
    key = article_key(article, fingerprint)
    try:
        ex = extractor(article)
    except Exception as err:  # noqa: BLE001 - any bug in any stage must not sink the batch
        text = str(err).strip().splitlines()[0][:300] if str(err).strip() else ""
        return ArticleResult(article.id, key, error=f"extraction failed: {type(err).__name__}"
                                                    + (f": {text}" if text else ""))
    return ArticleResult(article.id, key, list(ex.entities.entities.values()), list(ex.facts))


def extract_batch(articles: Iterable[Article], components: Sequence[str] | None = None,
                  overlaps: str = DEFAULT_OVERLAPS) -> list[ArticleResult]:
    """Extract a batch of articles in this process, in order: the function an executor maps.

    Resources and the extractor are built once per process and reused by every batch.
    """
    from .executors import worker_extractor

    comps = tuple(components) if components else None
    extractor = worker_extractor(comps, overlaps)
    fingerprint = extractor_fingerprint(comps, overlaps)
    return [extract_one(a, extractor, fingerprint) for a in articles]


class ResultCache:
    """Per-article results in ``<folder>/results.sqlite``, keyed by :func:`article_key`.

    Values are pickled and zlib-compressed :class:`ArticleResult` objects. Writes
    are batched in one transaction per :meth:`commit`; a crash loses at most the
    uncommitted results, never the file.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.folder / "results.sqlite")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, article TEXT, data BLOB)")
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def get(self, key: str) -> ArticleResult | None:
        row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.hits += 1
        self.used.add(key)
        return pickle.loads(zlib.decompress(row[0]))

    def has(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def put(self, result: ArticleResult) -> None:
        if result.error:         # a failure is not cached: the next build tries again
            return
        data = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 3)
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (result.key, result.article_id, data))
        self.used.add(result.key)

    def commit(self) -> None:
        self.db.commit()

    def prune(self) -> int:
        """Drop every entry this build did not use (articles removed, or extracted by another version)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM used")
        self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self.used))
        n = self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)").rowcount
        self.db.commit()
        return n

    def clear(self) -> None:
        self.db.execute("DELETE FROM results")
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
