"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over an export, and the graph page.

- ``/sparql`` answers queries by ``GET ?query=…``, by ``POST`` of a form
  (``query=…``) or of the query itself (``application/sparql-query``), with
  optional ``default-graph-uri`` / ``named-graph-uri``. Without them the default
  graph is the union of all graphs, as in ``kg query``. Without a query it
  returns the service description (Turtle).
- Results by content negotiation (``Accept``, or ``format=``/``output=``):
  SPARQL JSON (the default), XML, CSV and TSV for ``SELECT``/``ASK``; Turtle
  (default), N-Triples, RDF/XML and JSON-LD for ``CONSTRUCT``/``DESCRIBE``.
- Read-only: updates (``update=``, ``application/sparql-update``, or a query
  that is an ``INSERT``/``DELETE``/``LOAD``/``CLEAR``/… operation) get HTTP 403.
  The store is only ever queried, never updated, in any case.
- Every query runs in a worker process holding the store. A query still running
  after the time limit is stopped by ending that process (HTTP 503); a fresh
  worker takes its place, so the server keeps answering. Results longer than
  the row cap are cut, and the response says so in ``X-Result-Truncated``.
- Never reaches out: ``SERVICE`` (the only SPARQL query form that makes the
  engine fetch another address) is refused with 400, as are queries nested
  deeper than ``kg.query.MAX_NESTING`` and graph IRIs that are no IRIs.
- No CORS headers unless origins are allowed (``cors=``, ``kg serve --cors ORIGIN``);
  a request whose ``Host`` is not the bound address or a loopback name is refused
  (403), so a web page cannot reach a loopback server through DNS rebinding.
- Bounded: results are cut at ``max_rows`` rows and ``max_bytes`` bytes; a client
  has ``HEADER_TIMEOUT`` seconds to send its request line and headers and
  ``IDLE_TIMEOUT`` between reads; at most ``MAX_CONNECTIONS`` at once (503 beyond).
  Every malformed request gets a 4xx and never costs a worker.
- ``/`` serves ``graph.html`` from the export's folder.
- Bound to 127.0.0.1 unless told otherwise; two query workers by default, so one
  slow query does not hold up the next.

Only the standard library's HTTP server: it is meant for one analyst's machine
or a small team, not for the open internet.
"""
from __future__ import annotations

import csv
import io
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from .errors import KGError, QueryError
from .outputs import union_options
from .query import blank_literals, check_query, sorted_solutions

__all__ = ["DEFAULTS", "Reply", "QueryPool", "QueryTimeout", "SparqlServer", "is_update", "negotiate",
           "resolve_source", "serve"]

DEFAULTS = {"host": "127.0.0.1", "port": 8890, "timeout": 10.0, "max_rows": 10_000, "workers": 2,
            "max_bytes": 64 << 20}
SOURCE_ORDER = ("graph.nq", "graph.trig", "graph.ttl")   # richest first: named graphs per article
RDF_SUFFIXES = (".nq", ".trig", ".ttl", ".nt")
MAX_BODY = 1 << 20          # a query of more than 1 MB is refused
STARTUP_TIMEOUT = 900.0     # loading a large store takes a while
HEADER_TIMEOUT = 10.0       # seconds to send a request line and headers (also the keep-alive idle time)
IDLE_TIMEOUT = 30.0         # seconds a read or write on a connection may wait
MAX_CONNECTIONS = 64        # connections served at once; more get 503 and are closed
_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]*$')

RESULT_TYPES = {  # SELECT / ASK
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {  # CONSTRUCT / DESCRIBE
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
_MEDIA = {  # media types and format= names clients send -> (kind, name)
    "application/sparql-results+json": ("results", "json"), "application/json": ("results", "json"),
    "text/javascript": ("results", "json"), "application/javascript": ("results", "json"),
    "application/sparql-results+xml": ("results", "xml"), "application/xml": ("results", "xml"),
    "text/xml": ("results", "xml"), "text/csv": ("results", "csv"), "text/tab-separated-values": ("results", "tsv"),
    "text/turtle": ("graph", "turtle"), "application/turtle": ("graph", "turtle"),
    "application/x-turtle": ("graph", "turtle"), "application/n-triples": ("graph", "ntriples"),
    "text/plain": ("graph", "ntriples"), "application/rdf+xml": ("graph", "rdfxml"),
    "application/ld+json": ("graph", "jsonld"),
    "json": ("results", "json"), "xml": ("results", "xml"), "csv": ("results", "csv"), "tsv": ("results", "tsv"),
    "turtle": ("graph", "turtle"), "ttl": ("graph", "turtle"), "ntriples": ("graph", "ntriples"),
    "nt": ("graph", "ntriples"), "rdfxml": ("graph", "rdfxml"), "rdf": ("graph", "rdfxml"),
    "jsonld": ("graph", "jsonld"), "json-ld": ("graph", "jsonld"),
}
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
READ_ONLY = "this SPARQL endpoint is read-only: SPARQL Update ({op}) is refused"


# -- what a request asks for ----------------------------------------------------------------

_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*<>\s*)*", re.I)


def is_update(text: str) -> str | None:
    """The SPARQL Update operation ``text`` starts with (``"INSERT"`` …), else ``None``.

    Strings, IRIs and comments are blanked first, so a ``#`` in an IRI or an
    ``INSERT`` in a literal do not count.

    >>> is_update('PREFIX kg: <https://w3id.org/kg-cn/ontology#> INSERT DATA { kg:a kg:b "x" }')
    'INSERT'
    >>> is_update('# delete nothing\\nSELECT ?s WHERE { ?s ?p "DELETE" }') is None
    True
    """
    text = blank_literals(text)
    m = re.match(r"([A-Za-z]+)", text[_PROLOGUE.match(text).end():])
    word = m.group(1).upper() if m else ""
    return word if word in UPDATE_KEYWORDS else None


def negotiate(accept: str | None, fmt: str | None = None) -> tuple[str | None, str | None]:
    """The results format and the graph format to answer in, or ``None`` where
    nothing acceptable was asked for. ``fmt`` (``format=``/``output=``) wins.

    >>> negotiate("application/sparql-results+xml;q=0.9, text/csv")
    ('csv', 'turtle')
    >>> negotiate(None, "tsv"), negotiate("text/turtle")
    (('tsv', 'turtle'), ('json', 'turtle'))
    >>> negotiate("image/png")
    (None, None)
    """
    if fmt:
        kind, name = _MEDIA.get(fmt.strip().lower(), (None, None))
        if kind:
            return (name, "turtle") if kind == "results" else ("json", name)
    if not accept or not accept.strip():
        return "json", "turtle"
    ranked = []
    for n, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.replace(" ", "").lower().startswith("q="):
                try:
                    q = float(p.split("=", 1)[1])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, n, media.lower()))
    results = graph = None
    wildcard = False
    for _, _, media in sorted(ranked):
        if media in ("*/*", "application/*", "text/*"):
            wildcard = True
            continue
        kind, name = _MEDIA.get(media, (None, None))
        if kind == "results" and results is None:
            results = name
        elif kind == "graph" and graph is None:
            graph = name
    if results or graph or wildcard:
        return results or "json", graph or "turtle"
    return None, None


def resolve_source(path: str | Path) -> Path:
    """The RDF file to serve: the file given, or in a folder the first of
    ``graph.nq``, ``graph.trig``, ``graph.ttl`` (the same facts; the first two
    keep a named graph per article)."""
    p = Path(path)
    if p.is_dir():
        from .outputs import rdf_file

        return rdf_file(p, SOURCE_ORDER)
    if not p.is_file():
        raise KGError(f"{p}: no such file or folder")
    from .outputs import rdf_suffix

    if rdf_suffix(p) not in RDF_SUFFIXES:
        raise KGError(f"{p}: not an RDF export; serve a folder or a {', '.join(RDF_SUFFIXES)} file")
    return p


# -- the worker: one process, one store --------------------------------------------------------

def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype is not None and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "literal", "value": str(t)}   # RDF-star triples: as text


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _term_xml(t) -> str:
    j = _term_json(t)
    value = escape(_XML_ILLEGAL.sub("", j["value"]))
    if j["type"] == "uri":
        return f"<uri>{value}</uri>"
    if j["type"] == "bnode":
        return f"<bnode>{value}</bnode>"
    if "xml:lang" in j:
        return f"<literal xml:lang={quoteattr(j['xml:lang'])}>{value}</literal>"
    if "datatype" in j:
        return f"<literal datatype={quoteattr(j['datatype'])}>{value}</literal>"
    return f"<literal>{value}</literal>"


def render_solutions(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """SELECT results (rows of pyoxigraph terms or ``None``) in a SPARQL results format."""
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head>", "<results>"]
        for row in rows:
            out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                                            for v, t in zip(variables, row) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)   # CRLF line ends, as SPARQL 1.1 CSV says
        w.writerow(variables)
        for row in rows:
            w.writerow(["" if t is None else (f"_:{t.value}" if _term_json(t)["type"] == "bnode" else t.value)
                        for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":  # terms in SPARQL/N-Triples syntax, which pyoxigraph's str() gives
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(fmt)


def render_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in a SPARQL results format."""
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if fmt == "xml":
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"\n<head/>\n<boolean>{word}</boolean>\n</sparql>\n").encode("utf-8")
    return f"_askResult\r\n{word}\r\n".encode("utf-8")


def render_triples(triples: list, fmt: str) -> bytes:
    import pyoxigraph as ox

    from .rdf import PREFIXES

    formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}
    prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
    return ox.serialize(triples, format=formats[fmt], prefixes=prefixes)


def answer(store, request: dict, max_rows: int, max_bytes: int = DEFAULTS["max_bytes"]) -> tuple[dict, bytes]:
    """Run one request on ``store``: the reply's head (status, type, truncated) and body.

    ``truncated`` is ``"rows"`` or ``"bytes"`` when the result was cut at ``max_rows``
    rows or to fit in ``max_bytes`` bytes.
    """
    import pyoxigraph as ox

    def error(status: int, message: str) -> tuple[dict, bytes]:
        return {"status": status, "type": "text/plain; charset=utf-8"}, message.encode("utf-8")

    try:
        options: dict = union_options(store)
        if request.get("default_graph"):
            options = {"default_graph": [ox.NamedNode(u) for u in request["default_graph"]]}
        if request.get("named_graph"):
            options["named_graphs"] = [ox.NamedNode(u) for u in request["named_graph"]]
    except ValueError as err:
        return error(400, f"not an IRI in default-graph-uri/named-graph-uri: {err}")
    try:
        # (a plain ORDER BY sorted as kg query sorts it: Oxigraph's own sort reads the store per comparison)
        got = sorted_solutions(store, request["query"], options)
        result = store.query(request["query"], **options) if got is None else None
        if isinstance(result, ox.QueryBoolean):
            fmt = request["results"]
            return {"status": 200, "type": RESULT_TYPES[fmt]}, render_boolean(bool(result), fmt)
        if isinstance(result, ox.QueryTriples):
            fmt = request["graph"]
            items = list(islice(result, max_rows + 1))
            render = lambda part: render_triples(part, fmt)   # noqa: E731
            ctype = GRAPH_TYPES[fmt]
        else:
            if got is not None:
                variables = [v.value for v in got[0]]
                items = [list(row) for row in got[1][:max_rows + 1]]
            else:
                variables = [v.value for v in result.variables]
                items = [[s[v] for v in variables] for s in islice(result, max_rows + 1)]
            fmt = request["results"]
            render = lambda part: render_solutions(variables, part, fmt)   # noqa: E731
            ctype = RESULT_TYPES[fmt]
        truncated = "rows" if len(items) > max_rows else ""
        items = items[:max_rows]
        body = render(items)
        while len(body) > max_bytes and items:   # cut to the byte cap, in proportion, then by halves
            items = items[:min(len(items) - 1, int(len(items) * max_bytes / len(body)))]
            body = render(items)
            truncated = "bytes"
        return {"status": 200, "type": ctype, "truncated": truncated}, body
    except SyntaxError as err:
        return error(400, f"SPARQL syntax error: {err}")
    except (ValueError, TypeError) as err:
        return error(400, f"query failed: {err}")
    except OSError as err:
        return error(500, f"query failed: {err}")


def _send(out, head: dict, body: bytes = b"") -> None:
    head = {**head, "length": len(body)}
    out.write(json.dumps(head).encode("utf-8") + b"\n" + body)
    out.flush()


def worker_main(argv: list[str]) -> None:
    """The worker process: load the store, then answer one JSON request a line on
    stdin with a JSON head line and the body on stdout, until stdin closes."""
    source, max_rows = argv[0], int(argv[1])
    max_bytes = int(argv[2]) if len(argv) > 2 else DEFAULTS["max_bytes"]
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)                      # a stray print must not break the protocol
    from .query import open_store

    try:
        store = open_store(source)
    except KGError as err:
        _send(out, {"status": 500, "error": str(err)})
        return
    from . import rdf  # noqa: F401  (what CONSTRUCT answers need, loaded now: a first answer is no slower)

    _send(out, {"status": 200, "ready": True, "quads": len(store)})
    for line in sys.stdin.buffer:
        try:
            head, body = answer(store, json.loads(line), max_rows, max_bytes)
        except Exception as err:  # noqa: BLE001 - a request the checks missed must not end the worker
            head, body = {"status": 500, "type": "text/plain; charset=utf-8"}, f"query failed: {err}".encode()
        _send(out, head, body)


# -- the pool of workers, in the server process ------------------------------------------------

class QueryTimeout(KGError):
    """A query ran past the time limit and its worker was stopped."""


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    truncated: str = ""     # "rows" or "bytes" when the result was cut


class _Worker:
    def __init__(self, source: Path, max_rows: int, max_bytes: int = DEFAULTS["max_bytes"]):
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.serve", "--worker", str(source), str(max_rows),
                                      str(max_bytes)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.replies: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.quads = 0

    def _read(self) -> None:
        out = self.proc.stdout
        try:
            while line := out.readline():
                head = json.loads(line)
                self.replies.put((head, out.read(head.get("length", 0))))
        except (OSError, ValueError):
            pass
        self.replies.put(None)

    def wait_ready(self, timeout: float) -> None:
        try:
            reply = self.replies.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            raise KGError(f"the query worker did not load the store within {timeout:g} s") from None
        if reply is None or not reply[0].get("ready"):
            self.kill()
            raise KGError((reply[0].get("error") if reply else None) or "the query worker failed to start")
        self.quads = reply[0]["quads"]

    def ask(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        try:
            self.proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.proc.stdin.flush()
        except OSError as err:
            raise KGError(f"the query worker is gone: {err}") from err
        try:
            reply = self.replies.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"query stopped after {timeout:g} s, the time limit of this endpoint") from None
        if reply is None:
            raise KGError("the query worker ended while answering (out of memory?)")
        return reply

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


@dataclass
class QueryPool:
    """Worker processes, each holding the store; a request takes an idle one.

    A worker whose query runs past ``timeout`` is killed and replaced in the
    background; requests wait for an idle worker meanwhile.
    """

    source: Path
    workers: int = DEFAULTS["workers"]
    timeout: float = DEFAULTS["timeout"]
    max_rows: int = DEFAULTS["max_rows"]
    max_bytes: int = DEFAULTS["max_bytes"]
    _idle: queue.Queue = field(default_factory=queue.Queue, init=False)
    _all: list = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    quads: int = field(default=0, init=False)

    def start(self) -> QueryPool:
        for _ in range(self.workers):
            self._idle.put(self._spawn())
        return self

    def _spawn(self) -> _Worker:
        w = _Worker(self.source, self.max_rows, self.max_bytes)
        with self._lock:
            self._all.append(w)
        w.wait_ready(STARTUP_TIMEOUT)
        self.quads = w.quads
        return w

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            if dead in self._all:
                self._all.remove(dead)

        def respawn():
            try:
                self._idle.put(self._spawn())
            except KGError as err:
                print(f"kg serve: cannot restart a query worker: {err}", file=sys.stderr, flush=True)

        threading.Thread(target=respawn, daemon=True).start()

    def run(self, request: dict) -> Reply:
        worker = self._idle.get()
        try:
            head, body = worker.ask(request, self.timeout)
        except KGError:
            self._replace(worker)
            raise
        self._idle.put(worker)
        return Reply(head["status"], head["type"], body, head.get("truncated") or "")

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, []
        for w in workers:
            w.kill()


# -- HTTP -------------------------------------------------------------------------------------

SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .

[] a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:RDF_XML, fmt:JSON-LD .
"""

INDEX_PAGE = """<!doctype html><html lang="zh"><meta charset="utf-8"><title>kg serve</title>
<body style="font-family:sans-serif;max-width:50em;margin:2em auto">
<h1>kg serve</h1><p>SPARQL endpoint: <code>/sparql</code> (read-only). No graph.html beside {source}.</p>
<form action="sparql" method="get"><textarea name="query" rows="10" cols="80">SELECT ?class (COUNT(?s) AS ?n)
WHERE {{ ?s a ?class }} GROUP BY ?class ORDER BY DESC(?n)</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select>
<button>Run</button></form></body></html>
"""


WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def allowed_hosts(bound: str, extra=()) -> frozenset[str] | None:
    """Host names a request may give: the bound address and the loopback names, or for a
    server bound to every interface (``0.0.0.0``) ``None``: any IP address or this machine's name."""
    names = {"localhost", "127.0.0.1", "::1", *(h.lower().strip("[]") for h in extra)}
    if bound in WILDCARD_HOSTS:
        return None
    return frozenset(names | {bound.lower().strip("[]")})


def host_allowed(header: str | None, allowed: frozenset[str] | None, extra=()) -> bool:
    """Whether a ``Host`` header names this server (port ignored).

    >>> host_allowed("127.0.0.1:8890", allowed_hosts("127.0.0.1")), host_allowed("evil.example", allowed_hosts("127.0.0.1"))
    (True, False)
    >>> host_allowed("[::1]:80", allowed_hosts("127.0.0.1")), host_allowed("10.1.2.3:80", allowed_hosts("0.0.0.0"))
    (True, True)
    """
    import ipaddress

    if not header:
        return False
    header = header.strip().lower()
    if header.startswith("["):
        name = header[1:header.find("]")] if "]" in header else header
    else:
        name = header.rsplit(":", 1)[0] if header.count(":") == 1 else header
    if allowed is not None:
        return name in allowed
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    return name in {"localhost", socket.gethostname().lower(), socket.getfqdn().lower(),
                    *(h.lower() for h in extra)}


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``pool`` runs the queries, ``page`` is served at ``/``.

    ``cors`` lists the origins whose pages may read the answers (``"*"``: any);
    ``extra_hosts`` further names the server may be reached by (behind a proxy).
    """

    daemon_threads = True
    request_queue_size = 2 * MAX_CONNECTIONS   # a burst is accepted (and the excess told 503), not left in SYN retries

    def __init__(self, address: tuple[str, int], pool: QueryPool, page: Path | None, quiet: bool = False,
                 cors: tuple[str, ...] = (), extra_hosts: tuple[str, ...] = (),
                 header_timeout: float = HEADER_TIMEOUT):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.pool, self.page, self.quiet = pool, page, quiet
        self.cors = tuple(o.rstrip("/") for o in cors)
        self.extra_hosts = tuple(extra_hosts)
        self.allowed_hosts = allowed_hosts(address[0], extra_hosts)
        self.header_timeout = header_timeout
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, _Handler)

    def process_request(self, request, client_address) -> None:
        """At most MAX_CONNECTIONS connections at once: the next is told 503 and closed."""
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                b"Connection: close\r\nRetry-After: 5\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up early is no server error; anything else is logged."""
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT          # socket timeout of every read and write

    def handle_one_request(self) -> None:
        # the request line and headers must arrive within HEADER_TIMEOUT (a slow
        # client dribbling bytes resets no clock); this is also the keep-alive idle time
        self._header_timer = threading.Timer(self.server.header_timeout, self._drop)
        self._header_timer.daemon = True
        self._header_timer.start()
        try:
            super().handle_one_request()
        finally:
            self._header_timer.cancel()

    def parse_request(self) -> bool:   # reads the headers too
        try:
            ok = super().parse_request()
        finally:
            self._header_timer.cancel()
        return ok and not self._dropped

    _dropped = False

    def _drop(self) -> None:
        self._dropped = True
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def send_error(self, code, message=None, explain=None) -> None:
        if code == HTTPStatus.NOT_IMPLEMENTED:     # an unknown method is the client's mistake: 405
            code, message = HTTPStatus.METHOD_NOT_ALLOWED, f"method {self.command!r} not allowed; use GET or POST"
        super().send_error(code, message, explain)

    def send_response(self, code, message=None) -> None:
        super().send_response(code, message)
        if code >= 400 and code != 404:   # an error may leave unread bytes behind: do not reuse the connection
            self.close_connection = True

    def _guard(self) -> bool:
        """Whether to answer: the Host header must name this server (DNS rebinding)."""
        if host_allowed(self.headers.get("Host"), self.server.allowed_hosts, self.server.extra_hosts):
            return True
        self.close_connection = True
        self._error(403, f"Host {self.headers.get('Host')!r} is not this server; use its address or localhost")
        return False

    def _cors_headers(self) -> dict:
        origin = (self.headers.get("Origin") or "").rstrip("/")
        cors = self.server.cors
        if not cors or not origin:
            return {}
        if "*" in cors:
            return {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "X-Result-Truncated"}
        if origin in cors:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
                    "Access-Control-Expose-Headers": "X-Result-Truncated"}
        return {}

    def log_message(self, format, *args):  # noqa: A002  (the stdlib's name)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, content_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in {**self._cors_headers(), **(headers or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def do_OPTIONS(self) -> None:  # CORS preflight: allowed only for the origins given
        if not self._guard():
            return
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        cors = self._cors_headers()
        if cors:
            for k, v in cors.items():
                self.send_header(k, v)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        if not self._guard():
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html", "/graph.html"):
            return self._page()
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
        self._sparql(parse_qs(url.query, keep_blank_values=True), None)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if not self._guard():
            return
        url = urlsplit(self.path)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            return self._error(411, "send the query with a Content-Length, not chunked")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True   # the unread body would be taken for the next request
            return self._error(413, f"request body of {length} bytes; at most {MAX_BODY} are read")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
            return self._sparql(params, None)
        if ctype == "application/sparql-query":
            return self._sparql(params, body)
        if ctype == "application/sparql-update":
            return self._error(403, READ_ONLY.format(op="application/sparql-update"))
        self._error(415, f"POST a form (application/x-www-form-urlencoded) or a query "
                         f"(application/sparql-query), not {ctype or 'a body without Content-Type'}")

    def _page(self) -> None:
        page = self.server.page
        if page is not None and page.is_file():
            return self._send(200, "text/html; charset=utf-8", page.read_bytes())
        self._send(200, "text/html; charset=utf-8",
                   INDEX_PAGE.format(source=escape(str(self.server.pool.source))).encode("utf-8"))

    def _sparql(self, params: dict[str, list[str]], query: str | None) -> None:
        if "update" in params:
            return self._error(403, READ_ONLY.format(op="update="))
        if query is None:
            queries = params.get("query", [])
            if not queries:
                body = SERVICE_DESCRIPTION.format(endpoint=self.server.url + "/sparql").encode("utf-8")
                return self._send(200, "text/turtle; charset=utf-8", body)
            if len(queries) > 1:
                return self._error(400, "give one query= parameter, not several")
            query = queries[0]
        if not query.strip():
            return self._error(400, "empty query")
        op = is_update(query)
        if op:
            return self._error(403, READ_ONLY.format(op=op))
        try:
            check_query(query)
        except QueryError as err:
            return self._error(400, str(err))
        for name in ("default-graph-uri", "named-graph-uri"):
            bad = [u for u in params.get(name, []) if not _IRI.match(u)]
            if bad:
                return self._error(400, f"{name}: {bad[0][:200]!r} is not an IRI")
        fmt = (params.get("format") or params.get("output") or [None])[0]
        results, graph = negotiate(self.headers.get("Accept"), fmt)
        if results is None:
            return self._error(406, "none of the Accept types is served; ask for "
                                    + ", ".join([*RESULT_TYPES.values(), *GRAPH_TYPES.values()]))
        request = {"query": query, "results": results, "graph": graph,
                   "default_graph": params.get("default-graph-uri", []),
                   "named_graph": params.get("named-graph-uri", [])}
        try:
            reply = self.server.pool.run(request)
        except QueryTimeout as err:
            return self._error(503, str(err))
        except KGError as err:
            return self._error(500, str(err))
        ctype = reply.content_type + ("; charset=utf-8" if not reply.content_type.endswith("json") else "")
        cut = {"rows": str(self.server.pool.max_rows), "bytes": f"{self.server.pool.max_bytes} bytes"}
        headers = {"X-Result-Truncated": cut[reply.truncated]} if reply.truncated else {}
        self._send(reply.status, ctype if reply.status == 200 else reply.content_type, reply.body, headers)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(graph: str | Path, *, host: str = DEFAULTS["host"], port: int = DEFAULTS["port"],
          timeout: float = DEFAULTS["timeout"], max_rows: int = DEFAULTS["max_rows"],
          workers: int = DEFAULTS["workers"], quiet: bool = False, ready=None,
          max_bytes: int = DEFAULTS["max_bytes"], cors: tuple[str, ...] = (),
          extra_hosts: tuple[str, ...] = (), header_timeout: float = HEADER_TIMEOUT) -> None:
    """Serve ``graph`` (an output folder or an RDF file) until interrupted.

    ``port=0`` picks a free port; the first line printed gives the address.
    ``ready(server)`` is called once the server listens (tests, embedding).
    """
    source = resolve_source(graph)
    folder = Path(graph) if Path(graph).is_dir() else source.parent
    from .outputs import store_path

    if Path(graph).is_dir() and store_path(graph) is not None:
        source = Path(graph)           # each worker opens the build's persistent store read-only
    page = folder / "graph.html"
    if host not in LOOPBACK:
        print(f"kg serve: listening on {host}, reachable from other machines; the endpoint is read-only "
              "but anyone who reaches it can read the whole graph", file=sys.stderr, flush=True)
    pool = QueryPool(source, workers=workers, timeout=timeout, max_rows=max_rows, max_bytes=max_bytes).start()
    try:
        server = SparqlServer((host, port), pool, page if page.is_file() else None, quiet=quiet,
                              cors=tuple(cors), extra_hosts=tuple(extra_hosts), header_timeout=header_timeout)
    except OSError as err:
        pool.close()
        raise KGError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err

    def stop(*_):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    print(f"serving {source} ({pool.quads} quads) at {server.url}/sparql; graph page at {server.url}/ "
          f"(time limit {timeout:g} s, at most {max_rows} rows, {workers} workers"
          f"{', CORS for ' + ' '.join(cors) if cors else ''})", flush=True)
    if ready:
        ready(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    worker_main(sys.argv[2:])
