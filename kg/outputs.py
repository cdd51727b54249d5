"""Which file or store in an output folder: the one answer every reader asks.

``kg build`` writes into one folder; ``kg query``, ``kg serve``, ``kg validate``,
``kg push``, :func:`kg.load` and the API read from it. They all ask here:

- :func:`rdf_file` — the RDF file to read, by preference (``graph.nq`` and
  ``graph.trig`` keep a named graph per article; ``graph.ttl`` is the merged
  graph);
- :func:`store_path` — the persistent Oxigraph store (``graph.oxigraph/``), when
  the build wrote one and finished it;
- :func:`open_store` — a pyoxigraph ``Store`` over the folder: the persistent
  store opened read-only when there is one (no loading at all), else the best RDF
  file bulk-loaded into memory;
- :func:`open_binary`, :func:`rdf_suffix` — how to open a file and what format it
  is in, whether written plain or gzip-compressed (``graph.nq.gz``: an archive's
  build compresses its large outputs, see ``kg.writers.compress_default``).

A path that is a file is taken as it is. Wherever a file ``graph.nq`` is looked
for, ``graph.nq.gz`` is found too.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "graph.ttl").write_text("", encoding="utf-8"); _ = (d / "graph.nq").write_text("", encoding="utf-8")
>>> rdf_file(d).name, rdf_file(d, prefer=("graph.ttl",)).name, store_path(d)
('graph.nq', 'graph.ttl', None)
>>> (d / "graph.nq").unlink(); _ = (d / "graph.nq.gz").write_bytes(b"")
>>> rdf_file(d).name, rdf_suffix(rdf_file(d)), rdf_suffix("x/graph.ttl")
('graph.nq.gz', '.nq', '.ttl')
"""
from __future__ import annotations

from pathlib import Path

from .errors import KGError

__all__ = ["RDF_FILES", "STORE_DIR", "STORE_DONE", "RDF_FORMATS", "GZIP", "rdf_file", "store_path", "open_store", "union_options",
           "rdf_format", "rdf_suffix", "is_gzip", "open_binary", "find_file"]

RDF_FILES = ("graph.nq", "graph.trig", "graph.ttl")        # richest first: named graphs per article
STORE_DIR = "graph.oxigraph"
STORE_DONE = "kg-store-complete"                          # written last: a store without it is unfinished
RDF_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES"}
GZIP = ".gz"        # a compressed output: the file name with this added (graph.nq -> graph.nq.gz)


def is_gzip(path: str | Path) -> bool:
    return Path(path).suffix.lower() == GZIP


def rdf_suffix(path: str | Path) -> str:
    """The suffix that says the format, lower case: ``.nq`` for ``graph.nq`` and for ``graph.nq.gz``."""
    p = Path(path)
    return Path(p.stem).suffix.lower() if is_gzip(p) else p.suffix.lower()


def open_binary(path: str | Path):
    """``path`` opened for reading bytes, decompressed on the fly when it is a ``.gz`` (by zlib-ng:
    a gzip file of any maker, inflated in about half zlib's time)."""
    from zlib_ng import gzip_ng

    return gzip_ng.open(path, "rb") if is_gzip(path) else open(path, "rb")


def find_file(folder: str | Path, name: str) -> Path | None:
    """``folder/name``, or its compressed form ``folder/name.gz``, whichever the build wrote; else None."""
    for candidate in (Path(folder) / name, Path(folder) / (name + GZIP)):
        if candidate.is_file():
            return candidate
    return None


def rdf_format(path: Path):
    """pyoxigraph's format for an RDF file, by its suffix (``.gz`` looked through)."""
    import pyoxigraph as ox

    name = RDF_FORMATS.get(rdf_suffix(path))
    if name is None:
        raise KGError(f"{path}: unknown RDF format; use a file ending in {', '.join(RDF_FORMATS)}")
    return getattr(ox.RdfFormat, name)


def rdf_file(path: str | Path, prefer: tuple[str, ...] = RDF_FILES) -> Path:
    """The RDF file to read: ``path`` itself, or in a folder the first of ``prefer`` that exists."""
    p = Path(path)
    if p.is_dir():
        for name in prefer:
            found = find_file(p, name)
            if found is not None:
                return found
        raise KGError(f"{p}: no {', '.join(prefer)} here (run `kg build -o {p}` first)")
    if not p.is_file():
        raise KGError(f"no graph file at {p} (run `kg build` first, or name a .ttl/.trig/.nq file)")
    return p


def store_path(path: str | Path) -> Path | None:
    """The folder's finished persistent store (``graph.oxigraph``), or None."""
    p = Path(path)
    if p.name == STORE_DIR and p.is_dir():
        p = p.parent
    s = p / STORE_DIR
    return s if p.is_dir() and (s / STORE_DONE).is_file() else None


def union_options(store) -> dict:
    """The options of ``store.query`` that make the default graph the union of all graphs,
    as every reader here queries it; none where the store holds no named graph (the
    persistent store keeps everything in its default graph), since Oxigraph's union view
    costs 5-20% on every query even where there is nothing to unite."""
    return {"use_default_graph_as_union": True} if next(iter(store.named_graphs()), None) is not None else {}


def open_store(path: str | Path, *, prefer: tuple[str, ...] = RDF_FILES):
    """A pyoxigraph ``Store`` for ``path``: the folder's persistent store, opened read-only,
    or the RDF file (a folder's best one) loaded into memory."""
    import pyoxigraph as ox

    persistent = store_path(path)
    if persistent is not None and (Path(path).is_dir()):
        try:
            return ox.Store.read_only(str(persistent))
        except OSError as err:
            raise KGError(f"{persistent}: cannot open the store: {err}") from err
    f = rdf_file(path, prefer)
    store = ox.Store()
    try:
        with open_binary(f) as fh:
            store.bulk_load(input=fh, format=rdf_format(f))
    except (OSError, SyntaxError, ValueError) as err:
        raise KGError(f"cannot load {f}: {err}") from err
    return store
