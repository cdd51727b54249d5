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
  file bulk-loaded into memory.

A path that is a file is taken as it is.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "graph.ttl").write_text("", encoding="utf-8"); _ = (d / "graph.nq").write_text("", encoding="utf-8")
>>> rdf_file(d).name, rdf_file(d, prefer=("graph.ttl",)).name, store_path(d)
('graph.nq', 'graph.ttl', None)
"""
from __future__ import annotations

from pathlib import Path

from .errors import KGError

__all__ = ["RDF_FILES", "STORE_DIR", "STORE_DONE", "RDF_FORMATS", "rdf_file", "store_path", "open_store",
           "rdf_format"]

RDF_FILES = ("graph.nq", "graph.trig", "graph.ttl")        # richest first: named graphs per article
STORE_DIR = "graph.oxigraph"
STORE_DONE = "kg-store-complete"                          # written last: a store without it is unfinished
RDF_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES"}


def rdf_format(path: Path):
    """pyoxigraph's format for an RDF file, by its suffix."""
    import pyoxigraph as ox

    name = RDF_FORMATS.get(Path(path).suffix.lower())
    if name is None:
        raise KGError(f"{path}: unknown RDF format; use a file ending in {', '.join(RDF_FORMATS)}")
    return getattr(ox.RdfFormat, name)


def rdf_file(path: str | Path, prefer: tuple[str, ...] = RDF_FILES) -> Path:
    """The RDF file to read: ``path`` itself, or in a folder the first of ``prefer`` that exists."""
    p = Path(path)
    if p.is_dir():
        for name in prefer:
            if (p / name).is_file():
                return p / name
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
        store.bulk_load(path=str(f), format=rdf_format(f))
    except (OSError, SyntaxError, ValueError) as err:
        raise KGError(f"cannot load {f}: {err}") from err
    return store
