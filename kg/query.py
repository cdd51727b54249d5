"""SPARQL 1.1 over an export, with Oxigraph (fast, the default) or rdflib.

A ``.ttl`` file is queried as one graph; in a ``.trig`` or ``.nq`` file the
default graph is the union of all graphs, so the same query runs on all three.
Cells come back as plain strings (IRIs as they are, literals by their lexical
form, numbers in canonical form), so both engines give the same rows.

>>> from kg.query import QueryResult, format_result
>>> print(format_result(QueryResult(("地区", "举措"), [("北京市", "一网通办")]), "table"))
地区    举措
------  --------
北京市  一网通办
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import KGError, QueryError

__all__ = ["ENGINES", "FORMATS", "QueryResult", "read_query", "resolve_graph_path", "open_store", "run_query",
           "format_result", "blank_literals", "check_query", "MAX_NESTING"]

ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "json")
_SUFFIX = {".ttl": "TURTLE", ".trig": "TRIG", ".nq": "N_QUADS", ".nt": "N_TRIPLES"}
_RDFLIB_FORMAT = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                 "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_DECIMALS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}


_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRIS = re.compile(r'<[^<>"{}|^`\\\s]*>')
_COMMENTS = re.compile(r"#[^\n]*")
# the keyword, not a variable (?service), a prefixed name (ex:service) or part of a word
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.I)
MAX_NESTING = 64   # groups inside groups; a parser's stack is not for 5,000 braces


def blank_literals(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked, so keywords inside them do not count."""
    return _COMMENTS.sub(" ", _IRIS.sub("<>", _STRINGS.sub('""', text)))


def check_query(text: str) -> None:
    """Refuse what a query may not do here: reach out to other services (``SERVICE``:
    the engine would fetch any address, loopback included, for whoever sent the query)
    or nest deeper than :data:`MAX_NESTING`.

    >>> check_query('SELECT ?service WHERE { ?service <urn:x:SERVICE> "SERVICE" }')
    >>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SERVICE is refused: queries run on this graph only, never on other endpoints
    """
    bare = blank_literals(text)
    if _SERVICE.search(bare):
        raise QueryError("SERVICE is refused: queries run on this graph only, never on other endpoints")
    depth = deepest = 0
    for c in bare:
        if c in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "})":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"query nested {deepest} deep; at most {MAX_NESTING} levels of braces and parentheses")


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of strings (``None`` where a variable is unbound)."""

    columns: tuple[str, ...]
    rows: list[tuple[str | None, ...]] = field(default_factory=list)

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def read_query(query: str | Path) -> str:
    """The text of ``query``: a ``.rq`` file's content, or the string itself."""
    text = str(query)
    if isinstance(query, Path) or (text.endswith((".rq", ".sparql")) and "\n" not in text):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"cannot read the query file {text}: {err.strerror or err}") from err
    return text


def resolve_graph_path(path: str | Path) -> Path:
    """A file as given; a folder -> its ``graph.ttl`` (else ``graph.trig``, ``graph.nq``)."""
    from .outputs import rdf_suffix

    path = Path(path)
    if path.is_dir():
        from .outputs import rdf_file

        try:
            path = rdf_file(path, prefer=("graph.ttl", "graph.trig", "graph.nq"))
        except KGError:
            path = path / "graph.ttl"
    if not path.is_file():
        raise QueryError(f"no graph file at {path} (run `kg build` first, or name a .ttl/.trig/.nq file)")
    if rdf_suffix(path) not in _SUFFIX:
        raise QueryError(f"{path}: unknown RDF format; use a file ending in {', '.join(_SUFFIX)} (or .gz of one)")
    return path


def open_store(path: str | Path, engine: str = "oxigraph"):
    """Load an export into a pyoxigraph ``Store`` or an rdflib ``Graph``/``Dataset``."""
    if engine == "oxigraph" and Path(path).is_dir():
        # the folder's persistent store when the build wrote one (kg.outputs decides for every reader)
        from .outputs import open_store as open_folder, store_path

        if store_path(path) is not None:
            return open_folder(path)
    from .outputs import open_binary, rdf_suffix

    path = resolve_graph_path(path)
    suffix = rdf_suffix(path)
    try:
        if engine == "oxigraph":
            import pyoxigraph as ox

            store = ox.Store()
            with open_binary(path) as fh:
                store.bulk_load(input=fh, format=getattr(ox.RdfFormat, _SUFFIX[suffix]))
            return store
        if engine == "rdflib":
            import rdflib

            graph = rdflib.Dataset(default_union=True) if suffix in (".trig", ".nq") else rdflib.Graph()
            with open_binary(path) as fh:
                graph.parse(source=fh, format=_RDFLIB_FORMAT[suffix])
            return graph
    except (OSError, SyntaxError, ValueError) as err:
        raise QueryError(f"cannot load {path}: {err}") from err
    raise QueryError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")


def run_query(source, query: str | Path, *, engine: str | None = None) -> QueryResult:
    """Run ``query`` (text or ``.rq`` path) on ``source`` (an export path, or a store from :func:`open_store`)."""
    text = read_query(query)
    check_query(text)
    if isinstance(source, (str, Path)):
        source = open_store(source, engine or "oxigraph")
    if type(source).__module__.startswith("pyoxigraph"):
        return _run_oxigraph(source, text)
    return _run_rdflib(source, text)


def _run_oxigraph(store, text: str) -> QueryResult:
    import pyoxigraph as ox

    from .outputs import union_options

    try:
        answer = store.query(text, **union_options(store))
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err}") from err
    except OSError as err:
        raise QueryError(f"query failed: {err}") from err
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(("ask",), [("true" if bool(answer) else "false",)])
    if isinstance(answer, ox.QueryTriples):
        return QueryResult(("subject", "predicate", "object"),
                           [tuple(_ox_cell(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in answer])
    columns = tuple(v.value for v in answer.variables)
    return QueryResult(columns, [tuple(_ox_cell(sol[c]) for c in columns) for sol in answer])


def _ox_cell(t) -> str | None:
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.Literal):
        return _literal_text(t.value, t.datatype.value if t.datatype else None)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return t.value


def _run_rdflib(graph, text: str) -> QueryResult:
    try:
        answer = graph.query(text)
    except Exception as err:  # rdflib raises pyparsing and plain exceptions alike
        raise QueryError(f"query failed: {err}") from err
    if answer.type == "ASK":
        return QueryResult(("ask",), [("true" if answer.askAnswer else "false",)])
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(("subject", "predicate", "object"),
                           [tuple(_rdflib_cell(t) for t in triple) for triple in answer])
    columns = tuple(str(v) for v in answer.vars)
    return QueryResult(columns, [tuple(_rdflib_cell(row[i]) for i in range(len(columns))) for row in answer])


def _rdflib_cell(t) -> str | None:
    from rdflib import BNode, Literal

    if t is None:
        return None
    if isinstance(t, Literal):
        return _literal_text(str(t), str(t.datatype) if t.datatype else None)
    if isinstance(t, BNode):
        return f"_:{t}"
    return str(t)


def _literal_text(lexical: str, datatype: str | None) -> str:
    """Numbers in one canonical form (engines differ: ``1395000.0`` vs ``1395000``)."""
    if datatype in _INTEGERS or datatype in _DECIMALS:
        try:
            d = Decimal(lexical.strip())
        except InvalidOperation:
            return lexical
        if not d.is_finite():
            return lexical
        if d == d.to_integral_value():
            return str(int(d))
        return format(d.normalize(), "f")
    return lexical


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (aligned columns, Chinese counted double width), ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        return json.dumps(result.as_dicts(), ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if c is None else c for c in row] for row in result.rows)
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown result format {fmt!r}; known: {', '.join(FORMATS)}")
    cells = [list(result.columns)] + [["" if c is None else c for c in row] for row in result.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(result.columns))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
