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
           "format_result", "blank_literals", "check_query", "split_order_by", "order_solutions", "sorted_solutions",
           "MAX_NESTING"]

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

    options = union_options(store)

    def ask(sparql: str):
        try:
            return store.query(sparql, **options)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise QueryError(f"query failed: {err}") from err

    def rows_of(answer) -> list:
        try:
            return [tuple(sol) for sol in answer]
        except OSError as err:
            raise QueryError(f"query failed: {err}") from err

    try:
        got = sorted_solutions(store, text, options)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err}") from err
    except OSError as err:
        raise QueryError(f"query failed: {err}") from err
    if got is not None:
        variables, rows = got
        return QueryResult(tuple(v.value for v in variables), [tuple(map(_ox_cell, row)) for row in rows])
    answer = ask(text)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(("ask",), [("true" if bool(answer) else "false",)])
    if isinstance(answer, ox.QueryTriples):
        return QueryResult(("subject", "predicate", "object"),
                           [tuple(_ox_cell(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in answer])
    columns = tuple(v.value for v in answer.variables)
    return QueryResult(columns, [tuple(map(_ox_cell, row)) for row in rows_of(answer)])


def _ox_cell(t) -> str | None:
    import pyoxigraph as ox

    if t is None:
        return None
    if type(t) is ox.NamedNode:
        return t.value
    if isinstance(t, ox.Literal):
        if t.language:      # a language-tagged string: no number to put in canonical form
            return t.value
        return _literal_text(t.value, t.datatype.value if t.datatype else None)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return t.value


_MASKED = re.compile(f"{_STRINGS.pattern}|{_IRIS.pattern}|#[^\n]*")
_FORM = re.compile(r"(?<![\w?$:])(SELECT|CONSTRUCT|ASK|DESCRIBE)(?![\w:-])", re.I)
_ORDER_BY = re.compile(r"(?<![\w?$:])ORDER\s+BY(?![\w:-])", re.I)
_ORDER_KEY = re.compile(r"\s*(?:(ASC|DESC)\s*\(\s*[?$](\w+)\s*\)|[?$](\w+))", re.I)


def split_order_by(text: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """A ``SELECT`` query ending in ``ORDER BY`` plain variables (``?v``, ``ASC(?v)``, ``DESC(?v)``),
    nothing after them: the query without that clause and the keys, (variable, descending); else None.

    >>> split_order_by('SELECT ?a ?b WHERE { ?a <urn:p> ?b } ORDER BY ?a DESC(?b)')
    ('SELECT ?a ?b WHERE { ?a <urn:p> ?b } ', [('a', False), ('b', True)])
    >>> split_order_by('SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a LIMIT 5') is None
    True
    """
    # strings, IRIs and comments blanked in place, so positions stay those of ``text``
    bare = _MASKED.sub(lambda m: " " * len(m.group()), text)
    form = _FORM.search(bare)
    orders = list(_ORDER_BY.finditer(bare))
    if form is None or form.group(1).upper() != "SELECT" or not orders:
        return None
    start = orders[-1].start()
    head = bare[:start]
    if head.count("{") != head.count("}") or head.count("(") != head.count(")"):
        return None        # inside a group or a subquery: not the query's own order
    keys, pos = [], orders[-1].end()
    while (m := _ORDER_KEY.match(bare, pos)) is not None:
        keys.append((m.group(2) or m.group(3), (m.group(1) or "").upper() == "DESC"))
        pos = m.end()
    if not keys or bare[pos:].strip():
        return None
    return text[:start], keys


_XSD_STRING = _XSD + "string"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_EXACT = {_XSD + "integer", _XSD + "decimal"}
_FLOATS = {_XSD + "double", _XSD + "float"}
_DATES = {_XSD + "date": re.compile(r"\d{4}-\d\d-\d\d"),
          _XSD + "dateTime": re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")}


def _cell_and_key(t):
    """(the cell of ``t``, (kind of value, sort key)) as SPARQL orders Oxigraph's terms; the key None
    where this cannot say (blank nodes, quoted triples, literals of other types, dates with time zones)."""
    import pyoxigraph as ox

    cls = type(t)
    if cls is ox.NamedNode:
        v = t.value
        return v, ("iri", v)
    if cls is not ox.Literal:
        return _ox_cell(t), None
    v = t.value
    lang = t.language
    if lang:
        return v, (("@", lang), v)
    dt = t.datatype.value
    cell = _literal_text(v, dt)
    if dt == _XSD_STRING:
        return cell, ("string", v)
    if dt in _EXACT:
        try:
            d = Decimal(v.strip())
        except InvalidOperation:
            return cell, None
        return cell, (("exact", d) if d.is_finite() else None)
    if dt in _FLOATS:
        try:
            f = float(v)
        except ValueError:
            return cell, None
        return cell, ((dt, f) if f == f else None)
    pattern = _DATES.get(dt)
    if pattern is not None and pattern.fullmatch(v):
        return cell, (dt, v)
    return cell, None


def sorted_solutions(store, text: str, options: dict) -> tuple[list, list[tuple]] | None:
    """The variables and rows (pyoxigraph terms) of a ``SELECT`` ending in ``ORDER BY`` plain
    variables, run on ``store`` without that clause and ordered here as Oxigraph would order
    them; None where that cannot be done exactly (the caller then runs ``text`` as written).

    Oxigraph reads a long string from its store at every comparison of a sort (RocksDB, a few
    microseconds a read: 3.8 of Q4's 4.3 s at 1,000 articles); the rows sorted here read each
    string once. ``kg query``, ``kg serve`` and :meth:`kg.api.KnowledgeGraph.query` share it.
    Errors of the query are pyoxigraph's, raised as they come.
    """
    import pyoxigraph as ox

    split = split_order_by(text)
    if split is None:
        return None
    unordered, keys = split
    answer = store.query(unordered, **options)
    if not isinstance(answer, ox.QuerySolutions):
        return None
    variables = list(answer.variables)
    columns = [v.value for v in variables]
    if not all(k in columns for k, _ in keys):
        return None
    rows = [tuple(sol) for sol in answer]
    ordered = _ordered(rows, [(columns.index(k), desc) for k, desc in keys])
    if ordered is None:
        return None
    return variables, [rows[i] for i in ordered[0]]


def order_solutions(rows: list[tuple], keys: list[tuple[int, bool]]) -> list[tuple] | None:
    """The cells of ``rows`` (tuples of pyoxigraph terms) ordered by the columns ``keys``
    ((index, descending)) as Oxigraph's ``ORDER BY`` orders them: unbound first, then IRIs by
    their text, then literals; among literals strings by code point, numbers by value, dates
    without a time zone by date. None where a column holds values this does not order exactly
    as Oxigraph (literals of two kinds, which SPARQL leaves unordered, blank nodes, other types):
    the caller lets Oxigraph sort then.
    """
    ordered = _ordered(rows, keys)
    return None if ordered is None else [ordered[1][i] for i in ordered[0]]


def _ordered(rows: list[tuple], keys: list[tuple[int, bool]]) -> tuple[list[int], list[tuple]] | None:
    """(the order of ``rows`` as :func:`order_solutions` gives it, the rows' cells) or None."""
    key_cols = sorted({col for col, _ in keys})
    slot = {col: n for n, col in enumerate(key_cols)}
    width = len(rows[0]) if rows else 0
    other = [col for col in range(width) if col not in slot]
    # a term's cell and key, made once for all its rows (a column's own: its kinds are checked)
    seen: list[dict] = [{None: (None, (0, ""))} for _ in key_cols]
    kinds: list[set] = [set() for _ in key_cols]
    cells, sort_keys = [], []
    for row in rows:
        out = list(row)
        ks = []
        for n, col in enumerate(key_cols):
            t = row[col]
            made = seen[n].get(t)
            if made is None:
                cell, key = _cell_and_key(t)
                if key is None:
                    return None
                kind, value = key
                if kind != "iri":
                    kinds[n].add(kind)
                made = seen[n][t] = (cell, (1, value) if kind == "iri" else (2, value))
            out[col] = made[0]
            ks.append(made[1])
        for col in other:
            out[col] = _ox_cell(row[col])
        cells.append(tuple(out))
        sort_keys.append(ks)
    if any(len(k) > 1 for k in kinds):
        return None
    order = list(range(len(cells)))
    for col, desc in reversed(keys):
        n = slot[col]
        # stable, so the keys sorted before (the later ones) order what this one ties
        order.sort(key=lambda i: sort_keys[i][n], reverse=desc)
    return order, cells


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
