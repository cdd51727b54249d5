"""``kg push``: an export into a triple store, one named graph per article.

Two ways in:

- :func:`push` speaks the SPARQL 1.1 Graph Store HTTP Protocol, which Virtuoso,
  Fuseki, GraphDB, Stardog, Oxigraph's server and others implement: every graph
  of the export (each article's ``<graph/…>``, the ontology's, and the merged
  description, which has no name in the export and goes to ``<…merged>`` unless
  told otherwise) is sent with one ``PUT``, which *replaces* that graph in the
  store, so pushing again leaves the store as after one push. Failed requests
  (network errors, HTTP 5xx) are retried with back-off; a refusal (HTTP 4xx:
  wrong password, no write permission, unknown endpoint) stops at once with the
  store's own words.
- :func:`virtuoso_bulk_load` hands a large ``graph.nq`` to Virtuoso's bulk loader
  (``ld_add`` + ``rdf_loader_run`` through ``isql``), which reads the file
  itself from the server's disk; the graphs it holds are cleared first, so this
  is idempotent too.

>>> graphs = graphs_of_nquads(b'<http://x/a> <http://x/p> "1" .\\n<http://x/a> <http://x/p> "2" <http://x/g> .\\n')
>>> sorted(graphs, key=str)
['<DEFAULT>', 'http://x/g']
>>> graphs["http://x/g"]
['<http://x/a> <http://x/p> "2" .']
"""
from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError

__all__ = ["DEFAULT", "PushError", "PushReport", "export_file", "graphs_of_nquads", "read_export",
           "default_graph_iri", "push", "virtuoso_bulk_load"]

DEFAULT = "<DEFAULT>"
"""Key of the export's unnamed (default) graph in :func:`read_export`'s result."""

MERGED_GRAPH = "merged"
"""The merged description is stored in ``<base>merged`` (no slash: no node or article IRI is like it)."""

_VOID_DATASET = "http://rdfs.org/ns/void#Dataset"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class PushError(KGError):
    """The store could not be reached, or refused what was sent."""


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    seconds: float
    retries: int = 0


def export_file(path: str | Path) -> Path:
    """The file to push: ``graph.nq`` (or ``graph.trig``) in an output folder, or a named .nq/.trig file."""
    path = Path(path)
    if path.is_dir():
        from .outputs import find_file

        for name in ("graph.nq", "graph.trig"):
            found = find_file(path, name)       # or its .gz
            if found is not None:
                return found
        raise PushError(f"{path}: no graph.nq or graph.trig here; run `kg build -o {path}` first")
    if not path.is_file():
        raise PushError(f"{path}: no such file or folder")
    from .outputs import rdf_suffix

    if rdf_suffix(path) not in (".nq", ".trig"):
        raise PushError(f"{path}: push an N-Quads (.nq) or TriG (.trig) file, or an output folder")
    return path


def graphs_of_nquads(data: bytes | Path, fmt: str = "nq") -> dict[str, list[str]]:
    """The triples of each graph as N-Triples lines; the default graph under :data:`DEFAULT`."""
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG
    import contextlib

    from .outputs import open_binary

    graphs: dict[str, list[str]] = {}
    try:
        with (open_binary(data) if isinstance(data, Path) else contextlib.nullcontext(data)) as source:
            for q in ox.parse(source, format=rdf_format):
                name = DEFAULT if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
                graphs.setdefault(name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    except SyntaxError as err:
        raise PushError(f"{data if isinstance(data, Path) else 'input'}: not valid RDF: {err}") from None
    return graphs


def read_export(path: str | Path) -> dict[str, list[str]]:
    """Every graph of an export (see :func:`export_file`) as N-Triples lines."""
    file = export_file(path)
    from .outputs import rdf_suffix

    return graphs_of_nquads(file, "nq" if rdf_suffix(file) == ".nq" else "trig")


def default_graph_iri(graphs: dict[str, list[str]]) -> str:
    """Where the merged description goes: ``<dataset IRI>merged`` (the export's base IRI + ``merged``)."""
    prefix = f" <{_RDF_TYPE}> <{_VOID_DATASET}> ."
    for line in graphs.get(DEFAULT, ()):
        if line.endswith(prefix):
            return line[1:line.index(">")] + MERGED_GRAPH
    from .rdf import DEFAULT_BASE_IRI

    return DEFAULT_BASE_IRI + MERGED_GRAPH


class _Auth:
    """Credentials sent with every request, Digest (what Virtuoso asks for) or Basic.

    Up front, not after a 401: a store that refuses a request closes the
    connection while a large body is still being sent (a broken pipe, no answer
    to read). One body-less HEAD learns the challenge; each PUT then carries its
    answer (the stdlib's Digest code counts the nonce uses).
    """

    def __init__(self, url: str, user: str | None, password: str):
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user or "", password)
        self.user, self.password = user, password
        self.digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self.challenge: dict | None = None
        self.basic = False
        self.learnt = False

    def learn(self, url: str, timeout: float) -> None:
        """Ask for the challenge with a HEAD request (no body, changes nothing)."""
        self.learnt = True
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout):
                return  # no authentication asked for
        except urllib.error.HTTPError as err:
            header = err.headers.get("WWW-Authenticate", "") if err.code == 401 else ""
        except (urllib.error.URLError, OSError):
            self.learnt = False  # unreachable: the PUT will say so, and be retried
            return
        if not header:
            return
        if self.user is None:
            raise PushError(f"the store at {url.split('?')[0]} refused: HTTP 401, {_HINTS[401]}")
        scheme, _, rest = header.partition(" ")
        if scheme.lower() == "digest":
            self.challenge = urllib.request.parse_keqv_list(
                [kv for kv in urllib.request.parse_http_list(rest) if "=" in kv])
        else:
            self.basic = True

    def header(self, request: urllib.request.Request) -> str | None:
        if self.challenge is not None:
            answer = self.digest.get_authorization(request, self.challenge)
            return f"Digest {answer}" if answer else None
        if self.basic:
            import base64

            return "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return None


def _store_message(err: urllib.error.HTTPError) -> str:
    """The store's own words from an error page (Virtuoso puts them in <xmp>), as one line."""
    try:
        body = err.read().decode("utf-8", "replace")
    except OSError:
        body = ""
    found = re.search(r"<xmp>(.*?)</xmp>", body, re.S)
    text = found.group(1) if found else re.sub(r"<[^>]+>", " ", body)
    text = " ".join(text.split())
    return text[:500]


_HINTS = {
    401: "the store wants a user and password (--user, --password or KG_STORE_PASSWORD)"
         "; for Virtuoso use the /sparql-graph-crud-auth endpoint",
    403: "the store does not let this user write (Virtuoso: use /sparql-graph-crud-auth with a "
         "user that has SPARQL_UPDATE, e.g. dba)",
    404: "no Graph Store endpoint at this address (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)",
}


def push(path: str | Path, store: str, *, user: str | None = None, password: str | None = None,
         default_graph: str | None = None, retries: int = 3, backoff: float = 0.5, timeout: float = 120.0,
         on_graph: Callable[[str, int], None] | None = None,
         graphs: dict[str, list[str]] | None = None) -> PushReport:
    """PUT every graph of the export at ``path`` to the Graph Store endpoint ``store``.

    ``default_graph`` names the graph the export's merged description goes to:
    an IRI, or ``"default"`` for the store's default graph (``?default``; Virtuoso
    has none unless configured). Each graph is replaced, so a second push of the
    same export leaves the store unchanged. Raises :class:`PushError` when the
    store refuses or stays unreachable after ``retries`` more tries.
    """
    if not re.match(r"https?://", store):
        raise PushError(f"--store {store!r}: give the Graph Store endpoint's http(s):// address")
    started = time.perf_counter()
    graphs = read_export(path) if graphs is None else graphs
    auth = _Auth(store, user, password or "")
    target = default_graph or default_graph_iri(graphs)
    total = retried = 0
    sep = "&" if "?" in store else "?"
    for name in sorted(graphs):
        lines = graphs[name]
        if name == DEFAULT and target == "default":
            url = f"{store}{sep}default"
        else:
            iri = target if name == DEFAULT else name
            url = f"{store}{sep}graph={urllib.parse.quote(iri, safe='')}"
        body = ("\n".join(lines) + "\n").encode("utf-8")
        retried += _put(auth, url, body, name if name != DEFAULT else target, retries, backoff, timeout)
        total += len(lines)
        if on_graph:
            on_graph(name, len(lines))
    return PushReport(len(graphs), total, time.perf_counter() - started, retried)


def _put(auth: _Auth, url: str, body: bytes, graph: str, retries: int, backoff: float,
         timeout: float) -> int:
    """PUT one graph; the number of retries it took. 4xx stops at once, 5xx and network errors are retried."""
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples; charset=utf-8"})
        try:
            if not auth.learnt:
                auth.learn(url, timeout)
            header = auth.header(request)
            if header:
                request.add_unredirected_header("Authorization", header)
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
            return attempt
        except urllib.error.HTTPError as err:
            message = _store_message(err)
            if err.code == 401 and auth.challenge is not None and attempt == 0 \
                    and "stale=\"true\"" in err.headers.get("WWW-Authenticate", "").lower():
                auth.learnt = False  # the nonce expired: learn a new one and try again
                problem = "the store's nonce expired"
                continue
            if err.code < 500 or err.code in (501, 505):  # 501/505: this store cannot do it at all
                hint = _HINTS.get(err.code)
                if err.code == 401 and auth.user is not None:
                    hint = "wrong user or password"
                raise PushError(f"the store refused graph <{graph}>: HTTP {err.code} {err.reason}"
                                + (f": {message}" if message else "") + (f" ({hint})" if hint else "")) from None
            problem = f"HTTP {err.code} {err.reason}" + (f": {message}" if message else "")
        except (urllib.error.URLError, OSError) as err:
            problem = f"cannot reach {url.split('?')[0]}: {getattr(err, 'reason', err)}"
            auth.learnt = False  # ask again: the server may have restarted
        if attempt < retries:
            time.sleep(backoff * 2 ** attempt)
    raise PushError(f"graph <{graph}> not stored after {retries + 1} tries: {problem}")


# --- Virtuoso's bulk loader ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BulkReport:
    graphs: int
    seconds: float
    output: str


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def virtuoso_bulk_load(path: str | Path, *, isql: str = "127.0.0.1:1111", user: str = "dba",
                       password: str = "dba", default_graph: str | None = None,
                       isql_command: str | None = None, timeout: float | None = None) -> BulkReport:
    """Load ``graph.nq`` with Virtuoso's bulk loader, replacing the graphs it holds.

    The server reads the file itself, so ``path`` must be on the server's disk, in a
    folder listed in ``DirsAllowed`` of its ``virtuoso.ini``. ``isql`` is the
    server's SQL port (``HOST:PORT``, 1111 by default). The export's merged
    description goes to ``default_graph`` (default ``<base>merged``, as :func:`push`).
    """
    file = export_file(path)
    from .outputs import rdf_suffix

    if rdf_suffix(file) != ".nq":      # graph.nq.gz too: Virtuoso's loader reads gzip itself (ld_file)
        raise PushError(f"{file}: Virtuoso's bulk loader needs the N-Quads file (graph.nq)")
    command = isql_command or shutil.which("isql-vt") or shutil.which("isql")
    if command is None:
        raise PushError("Virtuoso's isql client is not installed (Debian: apt-get install virtuoso-opensource)")
    started = time.perf_counter()
    graphs = graphs_of_nquads(file)
    target = default_graph or default_graph_iri(graphs)
    names = sorted(target if g == DEFAULT else g for g in graphs)
    absolute = str(file.resolve())
    script = ["log_enable(3,1);"]
    script += [f"SPARQL CLEAR GRAPH <{g}>;" for g in names]
    script += [f"DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = {_sql_string(absolute)};",
               f"ld_add({_sql_string(absolute)}, {_sql_string(target)});",
               "rdf_loader_run();",
               "checkpoint;",
               f"SELECT 'LOADSTATE', ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file = {_sql_string(absolute)};"]
    try:
        done = subprocess.run([command, isql, user, password, "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF",
                               "ERRORS=STDOUT"], input="\n".join(script) + "\n", capture_output=True, text=True,
                              timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise PushError(f"isql ({command}) failed: {err}") from None
    output = done.stdout + done.stderr
    errors = [line for line in output.splitlines() if "*** Error" in line or line.startswith("Error")]
    if done.returncode != 0 or errors:
        raise PushError(f"Virtuoso's bulk loader refused {file}: "
                        + ("; ".join(errors[:3]) or output.strip()[-500:] or f"isql exited {done.returncode}"))
    state = re.search(r"LOADSTATE\s+(\d+)\s*(.*)", output)
    if not state or state.group(1) != "2" or (state.group(2).strip() not in ("", "NULL")):
        raise PushError(f"Virtuoso's bulk loader did not load {file}: "
                        + (state.group(0).strip() if state else output.strip()[-500:])
                        + " (is its folder in DirsAllowed of virtuoso.ini?)")
    return BulkReport(len(names), time.perf_counter() - started, output)
