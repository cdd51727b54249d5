"""Writers, one module each, behind one registry keyed by format name.

Heavy libraries (pyvis, rdflib) are imported only when their writer runs. Every
writer returns the text or bytes it would write; :func:`write` writes them
atomically.

With ``compress=True`` (``kg build --compress``; by default from
:data:`COMPRESS_FROM_ARTICLES` articles on, see :func:`compress_default`) each
file of a compressible format is written gzip-compressed under its name plus
``.gz``, as it streams out: RDF and the analysis exports of an archive are mostly
repeated IRIs and ids (a tenth of their size compressed), and every reader in
kg opens either form (:mod:`kg.outputs`). The gzip header carries no time and no
file name, so the bytes stay the same run to run. The deflating is zlib-ng's
(:mod:`zlib_ng`, the same format): at the same level it makes files of the size
zlib makes, in under half zlib's time (at 1,000 articles deflating half a gigabyte
of RDF was a sixth of the writers' time).

>>> {"graphml", "html", "json"} <= set(WRITERS)
True
>>> WRITERS["csv"].filenames
('nodes.csv', 'edges.csv', 'evidence.csv', 'sentences.csv')
>>> WRITERS["nq"].files(compress=True), WRITERS["html"].files(compress=True)
(('graph.nq.gz',), ('graph.html',))
"""
from __future__ import annotations

import io
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import networkx as nx

from ..atomic import atomic_open, atomic_open_binary, atomic_write
from ..errors import ExportError

__all__ = ["WRITERS", "WriterSpec", "render", "write", "write_all", "DEFAULT_FORMATS", "COMPRESS_FROM_ARTICLES",
           "compress_default", "all_filenames"]

# gzip level: 6 (zlib's default) gives ~30x on N-Quads, ~11x on TriG; zlib-ng runs it at ~400 MB/s on N-Quads
# (zlib: ~200 MB/s); its level 1 is four times as fast again but 40% larger
GZIP_LEVEL = 6


@dataclass(frozen=True)
class WriterSpec:
    module: str
    function: str
    filename: str
    description: str
    also: tuple[str, ...] = ()  # further files: the writer then returns {file name: content}
    # a function (graph, text file, **options) that writes as it goes; with ``also``,
    # (graph, {file name: text file}, **options)
    stream: str | None = None
    folder: bool = False        # ``function`` writes a folder itself: (graph, outdir, **options) -> Path
    compressible: bool = True   # may be written as .gz (not the page: a browser opens it from the disk)
    # "module:function" writing several formats from one pass, (graph, {format: text file}, **options):
    # formats naming the same one are written together by write_all (they share the work of the pass)
    together: str | None = None

    @property
    def filenames(self) -> tuple[str, ...]:
        """Every file this format writes, the main one first."""
        return (self.filename, *self.also)

    def files(self, compress: bool = False) -> tuple[str, ...]:
        """The names written, with ``.gz`` added when compressed."""
        if compress and self.compressible and not self.folder:
            return tuple(name + ".gz" for name in self.filenames)
        return self.filenames


WRITERS: dict[str, WriterSpec] = {
    "ttl": WriterSpec("kg.writers.turtle", "render_turtle", "graph.ttl", "RDF Turtle, one merged graph",
                      stream="write_turtle", together="kg.writers.rdfpass:write_together"),
    "trig": WriterSpec("kg.writers.trig", "render_trig", "graph.trig", "RDF TriG, a named graph per article with PROV-O provenance",
                      stream="write_trig", together="kg.writers.rdfpass:write_together"),
    "nq": WriterSpec("kg.writers.nquads", "render_nquads", "graph.nq", "RDF N-Quads (graph.trig's quads) for bulk loading",
                      stream="write_nquads", together="kg.writers.rdfpass:write_together"),
    "html": WriterSpec("kg.writers.html", "render_html", "graph.html", "interactive page (pyvis), works offline",
                       compressible=False),
    "graphml": WriterSpec("kg.writers.graphml", "render_graphml", "graph.graphml", "GraphML for Gephi, Cytoscape, igraph",
                          stream="write_graphml", together="kg.writers.exchange:write_together"),
    "json": WriterSpec("kg.writers.nodelink", "render_node_link", "graph.json", "NetworkX node-link JSON",
                       stream="write_node_link"),
    "gexf": WriterSpec("kg.writers.gexf", "render_gexf", "graph.gexf", "GEXF 1.2 for Gephi", stream="write_gexf",
                       together="kg.writers.exchange:write_together"),
    "store": WriterSpec("kg.writers.store", "write_store", "graph.oxigraph",
                        "persistent Oxigraph store (kg query, kg serve and the API open it read-only)", folder=True),
    "csv": WriterSpec("kg.writers.csv", "render_csv", "nodes.csv", "node and edge lists for spreadsheets, Gephi, Cytoscape",
                      also=("edges.csv", "evidence.csv", "sentences.csv"), stream="write_csv"),
}

# the store is opt-in (kg build -f store): a database's files are not byte-identical run to run
DEFAULT_FORMATS = tuple(f for f in WRITERS if f != "store")

# An archive's outputs are written compressed: at 1,000 articles the files plain are ~320x the input's
# bytes (N-Quads alone 150x: full IRIs on every line), compressed ~20x. Small builds (the seed, a
# handful of articles) stay plain, so they can be read in an editor.
COMPRESS_FROM_ARTICLES = 500


def compress_default(articles: int) -> bool:
    """Whether a build of ``articles`` articles writes its files compressed unless told otherwise."""
    return articles >= COMPRESS_FROM_ARTICLES


def all_filenames() -> list[str]:
    """Every file name any writer may make, plain and compressed (what a build may replace)."""
    return [name for spec in WRITERS.values() for c in (False, True) for name in dict.fromkeys(spec.files(c))]


class _CompressedInThread(io.BufferedIOBase):
    """A binary file handing what is written to ``compress`` (a zlib-ng compressor's ``compress``),
    which a thread of its own runs: zlib-ng runs without the GIL, so the deflating goes on while the
    writer formats the next chunk. One thread, in order, so the bytes are those compressing here
    would make (deflate's output does not depend on how its input is cut)."""

    def __init__(self, compress, depth: int = 8):
        import queue
        import threading

        super().__init__()
        self._compress = compress
        self._queue: queue.Queue = queue.Queue(maxsize=depth)    # bounded: a few chunks of text waiting
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-gzip", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._compress(data)
                except BaseException as err:   # raised in the writer's thread, at its next write or close
                    self._error = err

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self._error is not None:
            raise self._error
        if type(data) is not bytes:     # a buffer the caller may reuse
            data = bytes(data)
        self._queue.put(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._queue.put(None)
            self._thread.join()
            super().close()
            if self._error is not None:
                raise self._error


def _gzip_compressor():
    """A zlib-ng compressor making a gzip stream (wbits 31: the gzip header with no time and no name)."""
    from zlib_ng import zlib_ng

    return zlib_ng.compressobj(GZIP_LEVEL, zlib_ng.DEFLATED, 31)


@contextmanager
def _gzip_text(binary):
    """A text stream that gzip-compresses into the binary file ``binary`` in a thread of its own
    (:class:`_CompressedInThread`): the bytes :func:`_gzip_bytes` makes of the whole text."""
    z = _gzip_compressor()
    with _CompressedInThread(lambda data: binary.write(z.compress(data))) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False) as text:
        yield text
    binary.write(z.flush())


def _gzip_bytes(content: str | bytes) -> bytes:
    data = content.encode("utf-8") if isinstance(content, str) else content
    z = _gzip_compressor()
    return z.compress(data) + z.flush()


def render(graph: nx.MultiDiGraph, fmt: str, **options) -> str | bytes | dict[str, str | bytes]:
    """The content format ``fmt`` would write for ``graph`` (a dict by file name
    for formats that write several files)."""
    try:
        spec = WRITERS[fmt]
    except KeyError:
        raise ExportError(f"unknown output format {fmt!r}; known: {', '.join(sorted(WRITERS))}") from None
    if spec.folder:
        raise ExportError(f"format {fmt!r} writes a folder ({spec.filename}); use write(graph, {fmt!r}, outdir)")
    func = getattr(import_module(spec.module), spec.function)
    return func(graph, **options)


def write(graph: nx.MultiDiGraph, fmt: str, outdir: str | Path, *, compress: bool = False, **options) -> Path:
    """Write ``graph`` in format ``fmt`` into ``outdir`` under the format's file name
    (``spec.files(compress)``: gzip-compressed as ``NAME.gz`` when ``compress``).

    Each file is written atomically; for a format of several files (``csv``)
    the path of the first is returned, the others are ``WRITERS[fmt].also``.
    """
    spec = WRITERS.get(fmt)
    if spec is not None and spec.folder:
        return getattr(import_module(spec.module), spec.function)(graph, outdir, **options)
    names = spec.files(compress) if spec is not None else ()
    packed = spec is not None and names != spec.filenames
    if spec is not None and spec.stream:    # large graphs: no second copy of the output in memory
        stream = getattr(import_module(spec.module), spec.stream)
        if spec.also:        # several files, each streamed into its own
            from contextlib import ExitStack

            with ExitStack() as stack:
                outs = {plain: stack.enter_context(_output(Path(outdir) / name, packed))
                        for plain, name in zip(spec.filenames, names)}
                stream(graph, outs, **options)
            return Path(outdir) / names[0]
        if packed:
            with atomic_open_binary(Path(outdir) / names[0]) as raw, _gzip_text(raw) as fh:
                stream(graph, fh, **options)
        else:
            with atomic_open(Path(outdir) / names[0]) as fh:
                stream(graph, fh, **options)
        return Path(outdir) / names[0]
    content = render(graph, fmt, **options)
    spec = WRITERS[fmt]
    pack = _gzip_bytes if packed else (lambda c: c)
    if not isinstance(content, dict):
        return atomic_write(Path(outdir) / names[0], pack(content))
    if set(content) != set(spec.filenames):
        raise ExportError(f"writer {fmt!r} rendered {sorted(content)}, expected {list(spec.filenames)}")
    paths = [atomic_write(Path(outdir) / name, pack(content[plain])) for plain, name in zip(spec.filenames, names)]
    return paths[0]


@contextmanager
def _output(path: Path, packed: bool):
    """A text file to stream ``path`` into, atomically, gzip-compressed when ``packed``."""
    if packed:
        with atomic_open_binary(path) as raw, _gzip_text(raw) as fh:
            yield fh
    else:
        with atomic_open(path) as fh:
            yield fh


def write_together(graph: nx.MultiDiGraph, formats, outdir: str | Path, *, compress: bool = False,
                   **options) -> list[Path]:
    """Write ``formats``, which name the same ``together`` pass (Turtle, TriG, N-Quads; GraphML, GEXF), from one pass
    over the graph; each file the bytes :func:`write` would write for its format alone."""
    from contextlib import ExitStack

    specs = [WRITERS[fmt] for fmt in formats]
    if len({s.together for s in specs}) != 1 or specs[0].together is None:
        raise ExportError(f"formats {list(formats)} are not written in one pass")
    module, function = specs[0].together.split(":")
    paths = [Path(outdir) / spec.files(compress)[0] for spec in specs]
    with ExitStack() as stack:
        outs = {fmt: stack.enter_context(_output(path, path.name != spec.filename))
                for fmt, spec, path in zip(formats, specs, paths)}
        getattr(import_module(module), function)(graph, outs, **options)
    return paths


def _tasks(formats: list[str]) -> list[tuple[str, ...]]:
    """``formats`` as tasks: those sharing a ``together`` pass in one task (where the first of them is)."""
    tasks: list[list[str]] = []
    by_pass: dict[str, list[str]] = {}
    for fmt in formats:
        key = WRITERS[fmt].together if fmt in WRITERS else None
        if key is not None and key in by_pass:
            by_pass[key].append(fmt)
            continue
        tasks.append([fmt])
        if key is not None:
            by_pass[key] = tasks[-1]
    return [tuple(t) for t in tasks]


def _run_task(graph: nx.MultiDiGraph, task: tuple[str, ...], outdir, options: dict) -> float:
    import time

    t0 = time.perf_counter()
    if len(task) == 1:
        write(graph, task[0], outdir, **options)
    else:
        write_together(graph, task, outdir, **options)
    return time.perf_counter() - t0


# the graph the forked writer processes of write_all() read (inherited, never pickled)
_FORKED_GRAPH: nx.MultiDiGraph | None = None


def _write_forked(task: tuple[str, ...], outdir: str, options: dict) -> float:
    return _run_task(_FORKED_GRAPH, task, outdir, options)


def _release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).
    Building a large graph frees much (each article's results, the builder's indexes) between what
    it keeps; the holes stay resident until trimmed, and each forked writer starts with them: at
    10,000 articles 0.1 GB of the 2.6 GB the building process held."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):    # not glibc (musl has no malloc_trim): nothing to trim
        pass


def write_all(graph: nx.MultiDiGraph, formats, outdir: str | Path, *, jobs: int = 1, **options):
    """Write ``graph`` in every format of ``formats`` into ``outdir``; yields ``(fmt, seconds)``
    in the order of ``formats`` as each is done. Formats that share a pass (Turtle, TriG,
    N-Quads: :mod:`kg.writers.rdfpass`) are written together, and each reports the time of
    the pass.

    With ``jobs`` > 1 (on a system that forks) the writers run in that many forked
    processes, which share the graph instead of copying it; each writer's files are
    the same bytes as when written here, so the outputs do not depend on ``jobs``.
    """
    import multiprocessing

    formats = list(formats)
    tasks = _tasks(formats)
    _release_free_memory()
    if jobs <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        done: dict[str, float] = {}
        for task in tasks:
            seconds = _run_task(graph, task, outdir, options)
            done.update(dict.fromkeys(task, seconds))
            while formats and formats[0] in done:      # in the order of ``formats``
                fmt = formats.pop(0)
                yield fmt, done[fmt]
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor

    global _FORKED_GRAPH
    _FORKED_GRAPH = graph
    # the graph lives as long as the writers: frozen, the collector of each forked writer does not walk
    # its millions of objects again (and does not write to their pages, which fork shares)
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            futures = {fmt: f for task in tasks
                       for f in [pool.submit(_write_forked, task, str(outdir), options)] for fmt in task}
            for fmt in formats:
                yield fmt, futures[fmt].result()      # a writer's error is raised here, as when written here
    finally:
        gc.unfreeze()
        _FORKED_GRAPH = None
