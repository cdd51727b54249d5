"""The graph as RDF quads, in the vocabulary of ``ontology/kg.ttl``.

One function, :func:`quad_chunks`, turns the NetworkX graph into RDF a chunk at a
time (the default graph in pieces, then one named graph per article); the Turtle,
TriG and N-Quads writers stream those chunks to their files, and :mod:`kg.load`
reads them back. Everything a node or an edge carries lands in RDF, so the export
inverts exactly (``ontology/README.md`` documents the layout):

- every node: ``rdf:type`` (its most specific class), ``rdfs:label "…"@zh``,
  ``skos:altLabel "…"@zh``, ``kg:mentionCount`` and every other attribute as
  ``kg:<name>`` (dates ``xsd:date``, figures ``xsd:decimal``);
- every edge: the fact triple ``<head> kg:<relation> <tail>`` and a reified
  statement ``<fact/…> a rdf:Statement`` carrying its count and other attributes;
- provenance: a named graph ``<graph/<article>>`` per article holding what was
  read from it (mentions, facts, ``kg:sourceArticle`` links, evidence). Evidence is
  stored once: every sentence something was read in is one ``kg:Sentence``
  (text, offsets, article) in its article's graph; ``kg:evidence`` points at the
  sentence, or at a ``kg:Evidence`` node with the mention's offsets and
  ``kg:sentence``. PROV-O ties each named graph to its article and to the build
  activity of this version of kg.

Terms are small values (:class:`IRI`, :class:`BNode`, :class:`Literal`), so the
writers can format them without rdflib, which is an order of magnitude slower
on large graphs.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", adcode="110000")
>>> g.add_node("Initiative/河长制", type="Initiative", label="河长制")
>>> g.add_edge("adm/110000", "Initiative/河长制", key="implements", relation="implements", count=1)
'implements'
>>> triples = {(s, p, o) for s, p, o, _ in graph_quads(g)}
>>> (IRI(DEFAULT_BASE_IRI + "adm/110000"), IRI(KG + "implements"), IRI(DEFAULT_BASE_IRI + "Initiative/河长制")) in triples
True
>>> node_id(node_iri("Initiative/a b%c"), DEFAULT_BASE_IRI)
'Initiative/a b%c'
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import NamedTuple
from urllib.parse import unquote

import networkx as nx

from .errors import ExportError

__all__ = [
    "KG", "ONTOLOGY_IRI", "DEFAULT_BASE_IRI", "PREFIXES", "IRI", "BNode", "Literal", "Quad",
    "NODE_PROPERTIES", "EDGE_PROPERTIES", "EVIDENCE_PROPERTIES",
    "check_base_iri", "node_iri", "node_id", "article_graph_iri", "evidence_iri", "evidence_sources", "sentence_iri", "fact_iri",
    "Objects", "Subjects", "MadeOnce", "group", "flatten",
    "graph_quads", "quad_chunks", "subject_chunks", "sorted_quads", "ontology_quads", "is_iri", "attribute_literals", "literal_value", "term_key", "nt_term", "to_rdf",
]

KG = "https://w3id.org/kg-cn/ontology#"
ONTOLOGY_IRI = "https://w3id.org/kg-cn/ontology"
DEFAULT_BASE_IRI = "https://w3id.org/kg-cn/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
VOID = "http://rdfs.org/ns/void#"
SCHEMA = "https://schema.org/"

# prefixes the writers declare, in this order
PREFIXES: dict[str, str] = {
    "kg": KG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "prov": PROV,
    "void": VOID, "schema": SCHEMA, "owl": "http://www.w3.org/2002/07/owl#",
}


IRI = str
"""An IRI is a plain ``str`` (absolute): sorting and hashing plain strings is fast."""


class BNode(str):
    """A blank node label (only the ontology uses them; the data never does)."""

    __slots__ = ()


def is_iri(t) -> bool:
    return type(t) is str


class Literal(NamedTuple):
    """A literal: lexical form, datatype IRI, language tag (``lang`` set means rdf:langString)."""

    lexical: str
    datatype: str = XSD + "string"
    lang: str = ""


Term = IRI | BNode | Literal
Quad = tuple  # (subject, predicate, object, graph IRI or None for the default graph)


class Objects(dict):
    """The objects of one subject and predicate when there are several, each once, in the order
    they came (a dict's keys); a single object is held as itself, not in an ``Objects``."""

    __slots__ = ()


Subjects = dict
"""A chunk's triples by subject: ``{subject: {predicate: object or Objects}}``, each triple once.
What :func:`subject_chunks` yields: the Turtle and TriG writers format a subject's block from it
directly, where regrouping two million triples by subject was a fifth of the RDF pass."""

_NONE = object()


def _put(preds: dict, p: str, o) -> None:
    """Add the object ``o`` to the predicate ``p`` of one subject's ``preds`` (once)."""
    objs = preds.get(p, _NONE)
    if objs is _NONE:
        preds[p] = o
    elif type(objs) is Objects:
        objs[o] = None
    elif objs != o:
        preds[p] = Objects.fromkeys((objs, o))


def _put_all(preds: dict, p: str, objects) -> None:
    """Add each of ``objects`` to the predicate ``p`` of one subject's ``preds`` (once; two
    attributes of one property share it)."""
    for o in objects:
        if p in preds:
            _put(preds, p, o)
        else:
            preds[p] = o


def _add(subjects: Subjects, s, p: str, o) -> None:
    """Add the triple ``(s, p, o)`` to ``subjects`` (once)."""
    preds = subjects.get(s)
    if preds is None:
        subjects[s] = {p: o}
    else:
        _put(preds, p, o)


def _describe(subjects: Subjects, s, preds: dict) -> None:
    """Add the subject ``s`` described by ``preds`` to ``subjects`` (merged with what it has: a
    subject is described whole where it is made, and seldom twice)."""
    held = subjects.setdefault(s, preds)
    if held is not preds:
        for p, o in preds.items():
            for x in (o if type(o) is Objects else (o,)):
                _put(held, p, x)


def group(triples) -> Subjects:
    """``triples`` by subject, each once (:data:`Subjects`).

    >>> group([("s", "p", "o1"), ("s", "p", "o2"), ("s", "q", "o1"), ("s", "p", "o1")])
    {'s': {'p': {'o1': None, 'o2': None}, 'q': 'o1'}}
    """
    subjects: Subjects = {}
    for s, p, o in triples:
        _add(subjects, s, p, o)
    return subjects


def flatten(subjects: Subjects) -> list[tuple]:
    """The triples of ``subjects``, by subject and predicate in the order they were added."""
    return [(s, p, x) for s, preds in subjects.items() for p, o in preds.items()
            for x in (o if type(o) is Objects else (o,))]

# node attributes whose RDF property is not kg:<the same name>
NODE_PROPERTIES = {"mentions": "mentionCount", "source": "file", "url": "sourceUrl"}
# edge attributes whose RDF property is not kg:<the same name>
EDGE_PROPERTIES = {"source": "method", "sources": "extractedBy"}
# evidence dict keys -> properties of kg:Evidence
EVIDENCE_PROPERTIES = {"sentence": "sentenceText", "sentence_start": "startOffset", "sentence_end": "endOffset",
                       "start": "mentionStart", "end": "mentionEnd", "source": "extractedBy", "score": "confidence"}
_EVIDENCE_CORE = frozenset({"article", "sentence", "sentence_start", "sentence_end", "start", "end"})
_NODE_STRUCTURE = {"type", "label", "aliases", "articles", "evidence"}
_EDGE_STRUCTURE = {"relation", "articles", "evidence"}
# edge attributes a reader of the RDF derives, so they are not written (quad_chunks says when)
_EDGE_DERIVED = frozenset(_EDGE_STRUCTURE)
_COMENTION_DERIVED = _EDGE_DERIVED | {"layer", "count"}
_SOURCES, _COUNT = frozenset({"sources"}), frozenset({"count"})
_DATE_ATTRS = {"date", "dateBefore", "startDate", "endDate"}
_DECIMAL_ATTRS = {"value", "change"}       # figures are xsd:decimal even when whole
_DATATYPE_ATTRS = {"url": XSD + "anyURI"}
RDF_JSON = RDF + "JSON"

_TYPE, _LABEL, _ALT = IRI(RDF + "type"), IRI(RDFS + "label"), IRI(SKOS + "altLabel")

# what quad_chunks notes for an article's named graph, the low 3 bits of a code: a node read there
# (its kg:sourceArticle), a node's evidence, an edge's triple, the triple and its statement's
# kg:sourceArticle, a statement's evidence. The evidence kinds keep the evidence's place in its
# list in the next _EVIDENCE_BITS bits; the node's or edge's number is above.
_NODE_ARTICLE, _NODE_EVIDENCE, _TRIPLE, _STATEMENT, _EDGE_EVIDENCE = range(5)
_EVIDENCE_BITS = 28
_EVIDENCE_MASK = (1 << _EVIDENCE_BITS) - 1
_EVIDENCE_LIMIT = 1 << _EVIDENCE_BITS


def _evidence_article(ev: dict) -> str:
    return str(ev["article"])
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_YEAR_MONTH_RE = re.compile(r"\d{4}-\d{2}\Z")
_YEAR_RE = re.compile(r"\d{4}\Z")

# ASCII characters an IRI path keeps as they are (RFC 3987 iunreserved, sub-delims, ':', '@', '/')
_SAFE_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn", "Zs", "Zl", "Zp"}


def _iri_char_ok(ch: str) -> bool:
    if ch < "\x80":
        return ch in _SAFE_ASCII
    cp = ord(ch)
    ucs = (0xA0 <= cp <= 0xD7FF or 0xF900 <= cp <= 0xFDCF or 0xFDF0 <= cp <= 0xFFEF
           or (0x10000 <= cp <= 0xEFFFD and (cp & 0xFFFF) <= 0xFFFD))
    return ucs and unicodedata.category(ch) not in _UNSAFE_CATEGORIES


# the characters of most ids (ASCII, CJK, CJK and full-width punctuation, quotes and dashes): no check needed
_COMMON_SAFE = re.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/\u00b7\u2010-\u2027\u3001-\u303f\u3400-\u4dbf"
                          "\u4e00-\u9fff\uff01-\uff5e]*")


def _escape(text: str, *, slash: bool = False) -> str:
    """``text`` as an IRI path: readable (Chinese stays Chinese), percent-encoding only
    what an IRI cannot hold, ``%`` itself, segments made only of dots and, with
    ``slash``, ``/``. Invertible with :func:`urllib.parse.unquote`."""
    if _COMMON_SAFE.fullmatch(text) and "." not in text:
        # every character kept but '/' (what most ids with slash look like: Company/…)
        return text.replace("/", "%2F") if slash else text
    out = []
    for ch in text:
        if _iri_char_ok(ch) and not (slash and ch == "/"):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    path = "".join(out)
    if "." in path:  # '.' and '..' segments would be removed by IRI resolution
        path = "/".join(s.replace(".", "%2E") if s and set(s) == {"."} else s for s in path.split("/"))
    return path


def check_base_iri(base: str) -> str:
    """``base`` if it can prefix entity ids: absolute, ending in ``/`` or ``#``.

    >>> check_base_iri("http://example.org/kg/")
    'http://example.org/kg/'
    >>> check_base_iri("example.org")
    Traceback (most recent call last):
    ...
    kg.errors.ExportError: base IRI 'example.org' must be an absolute IRI ending in '/' or '#', such as 'https://w3id.org/kg-cn/id/'
    """
    if (not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]+\Z", base or "")
            or base[-1] not in "/#" or ("#" in base[:-1])):
        raise ExportError(f"base IRI {base!r} must be an absolute IRI ending in '/' or '#', "
                          f"such as {DEFAULT_BASE_IRI!r}")
    return base


def node_iri(node_id: str, base: str = DEFAULT_BASE_IRI) -> IRI:
    """``adm/110000`` -> ``https://w3id.org/kg-cn/id/adm/110000``; Chinese kept, unsafe characters percent-encoded.

    >>> node_iri("Initiative/河长制")
    'https://w3id.org/kg-cn/id/Initiative/河长制'
    >>> node_iri("Topic/a b")
    'https://w3id.org/kg-cn/id/Topic/a%20b'
    """
    return IRI(base + _escape(node_id))


def node_id(iri: str, base: str = DEFAULT_BASE_IRI) -> str:
    """The node id an IRI of :func:`node_iri` stands for."""
    if not iri.startswith(base):
        raise ValueError(f"{iri!r} is not under the base IRI {base!r}")
    return unquote(iri[len(base):])


def _article_id_of(node: str) -> str:
    return node.split("/", 1)[1] if node.startswith("article/") else node


def article_graph_iri(article_id: str, base: str = DEFAULT_BASE_IRI) -> IRI:
    """The named graph holding what was read from one article: ``<base>graph/<article id>``."""
    return IRI(f"{base}graph/{_escape(article_id)}")


def evidence_iri(ev: dict, base: str = DEFAULT_BASE_IRI) -> IRI:
    """``<base>evidence/<article>/<sentence start>-<end>[/<mention start>-<end>][/by/<rule>]``: readable
    and stable; two rules reading one span are two pieces of evidence, each naming its rule."""
    iri = f"{base}evidence/{_escape(str(ev['article']))}/{ev['sentence_start']}-{ev['sentence_end']}"
    if ev.get("start") is not None:
        iri += f"/{ev['start']}-{ev['end']}"
    if ev.get("source"):
        iri += f"/by/{_escape(str(ev['source']), slash=True)}"
    return IRI(iri)


def evidence_sources(evidence) -> list[str]:
    """The rules an edge's evidence names, sorted: what its ``sources`` is unless a rule read it
    without evidence of its own (then ``sources`` is written out)."""
    return sorted({ev["source"] for ev in evidence or () if isinstance(ev, dict) and ev.get("source")})


def sentence_iri(article_id: str, start: int, end: int, base: str = DEFAULT_BASE_IRI) -> IRI:
    """``<base>sentence/<article>/<start>-<end>``: a sentence, stored once in its article's graph."""
    return IRI(f"{base}sentence/{_escape(str(article_id))}/{start}-{end}")


def fact_iri(head: str, relation: str, tail: str, base: str = DEFAULT_BASE_IRI) -> IRI:
    """The reified statement of an edge: ``<base>fact/<head>/<relation>/<tail>`` (``/`` in ids as ``%2F``)."""
    return IRI(f"{base}fact/{_escape(head, slash=True)}/{_escape(relation, slash=True)}/{_escape(tail, slash=True)}")


def _decimal_lexical(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(value)), "f")
    return text if "." in text else text + ".0"


def attribute_literals(name: str, value) -> list[Literal]:
    """The literal(s) of an attribute value; the datatype keeps the Python type for the way back."""
    if value is None:
        return []
    if isinstance(value, bool):
        return [Literal("true" if value else "false", XSD + "boolean")]
    if isinstance(value, int):
        return [Literal(str(value), XSD + ("decimal" if name in _DECIMAL_ATTRS else "integer"))]
    if isinstance(value, float):
        if not math.isfinite(value):
            return [Literal({"inf": "INF", "-inf": "-INF"}.get(repr(value), "NaN"), XSD + "double")]
        return [Literal(_decimal_lexical(value), XSD + "decimal")]
    if isinstance(value, str):
        if name in _DATE_ATTRS:
            for pattern, dt in ((_DATE_RE, "date"), (_YEAR_MONTH_RE, "gYearMonth"), (_YEAR_RE, "gYear")):
                if pattern.match(value):
                    return [Literal(value, XSD + dt)]
        return [Literal(value, _DATATYPE_ATTRS.get(name, XSD + "string"))]
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        return [Literal(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")), RDF_JSON)]
    return [Literal(str(value))]


def literal_value(lit: Literal):
    """The Python value of a literal written by this module (the inverse of its typing rules).

    >>> literal_value(Literal("1395000", XSD + "decimal")), literal_value(Literal("0.5", XSD + "decimal"))
    (1395000, 0.5)
    """
    dt, lex = lit.datatype, lit.lexical
    if dt == XSD + "integer":
        return int(lex)
    if dt == XSD + "decimal":
        return float(lex) if "." in lex else int(lex)
    if dt == XSD + "boolean":
        return lex in ("true", "1")
    if dt == XSD + "double":
        return float({"INF": "inf", "-INF": "-inf"}.get(lex, lex))
    if dt == RDF_JSON:
        return json.loads(lex)
    return lex


class _Names(dict):
    """``prefix + make(name)`` by name, each made once (a dict's own lookup afterwards)."""

    def __init__(self, prefix: str, make=None):
        super().__init__()
        self.prefix, self.make = prefix, make

    def __missing__(self, name: str) -> str:
        value = self[name] = self.prefix + (self.make(name) if self.make else name)
        return value


class MadeOnce(dict):
    """``make(key)`` by key, each made once (the RDF pass's and the Turtle writer's memos)."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, key):
        value = self[key] = self.make(key)
        return value


def _literal_cache(limit: int = 100_000):
    """:func:`attribute_literals`, remembered for scalar values and lists of them (counts, scores, rule
    names repeat)."""
    cache: dict = {}

    def literals_of(name: str, value) -> list:
        t = type(value)
        if (t is list or t is tuple) and all(type(x) is str for x in value):
            key = (name, t, tuple(value))   # an edge's rules (["comention"]): a few lists on many edges
        elif t is not str and t is not int and t is not float and t is not bool:
            return attribute_literals(name, value)
        else:
            key = (name, t, value)
        lits = cache.get(key)
        if lits is None:
            lits = attribute_literals(name, value)
            if len(cache) < limit:
                cache[key] = lits
        return lits

    return literals_of


def graph_quads(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *,
                version: str | None = None) -> list[Quad]:
    """Every quad of ``graph`` as one list ``(s, p, o, g)``, ``g`` None for the default graph.

    For tests and small graphs; the writers stream :func:`quad_chunks` instead.
    """
    return [(s, p, o, g) for g, triples in quad_chunks(graph, base_iri, version=version) for s, p, o in triples]


def quad_chunks(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *,
                version: str | None = None, chunk: int = 2000):
    """The RDF of ``graph`` as ``(graph IRI or None, [triples])`` chunks: the chunks of
    :func:`subject_chunks`, flattened."""
    for name, subjects in subject_chunks(graph, base_iri, version=version, chunk=chunk):
        yield name, flatten(subjects)


def subject_chunks(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *,
                   version: str | None = None, chunk: int = 2000):
    """The RDF of ``graph`` as ``(graph IRI or None, Subjects)`` chunks, in a fixed order.

    First the default graph (node descriptions in node order, then the statements in
    edge order, then the provenance), then one chunk per article's named graph in IRI
    order. Within a chunk nothing repeats; a chunk is at most ``chunk`` nodes or
    edges (or one article), so a writer holds one chunk at a time, never a second
    copy of the whole graph. Same graph, same chunks, same order.

    Evidence is stored once: each sentence a fact or mention was read in is one
    ``<sentence/<article>/<start>-<end>>`` node in its article's graph (its text,
    offsets and article); a mention span is an ``<evidence/…/<start>-<end>>`` node
    pointing at its sentence with the span's offsets; evidence without a span points
    at the sentence itself. ``mentions`` edges whose count is their tail's number of
    mentions in the article, and the co-mention layer's ``layer``/``weight`` (always
    ``comention`` and the count) are not written: :mod:`kg.rdfread` derives them.
    """
    base = check_base_iri(base_iri)
    if version is None:
        from . import __version__ as version
    # a property or class of the ontology by local name: a dict lookup (hundreds of thousands a build)
    P = _Names(KG).__getitem__  # noqa: N806
    # IRI path segments by text, made once: relations, rules and sources repeat on every edge and evidence
    slash_segment = _Names("", lambda text: _escape(text, slash=True)).__getitem__
    literals_of = _literal_cache()

    # nodes by their place in node order: the per-article index below names nodes and edges by number
    nodes = sorted(graph.nodes)
    node_index = {n: i for i, n in enumerate(nodes)}
    iris = [node_iri(n, base) for n in nodes]
    node_data = [graph.nodes[n] for n in nodes]
    # node ids as segments of a statement's IRI, by number: every statement's IRI names two
    slashed = [_escape(n, slash=True) for n in nodes]
    articles: dict[str, tuple[str, str, str]] = {}     # article id -> (escaped, article IRI, graph IRI)
    rdf_statement, rdf_subject = RDF + "Statement", RDF + "subject"
    rdf_predicate, rdf_object = RDF + "predicate", RDF + "object"
    kg_evidence, kg_source, kg_mentions = P("evidence"), P("sourceArticle"), P("mentions")
    comention = "coMentionedWith"

    def article(a: str) -> tuple[str, str, str]:
        t = articles.get(a)
        if t is None:
            esc = _escape(a)
            t = articles[a] = (esc, f"{base}article/{esc}", f"{base}graph/{esc}")
        return t

    # Per article: what its named graph holds, as numbers (no quads, no tuples yet): an array of
    # codes, each a kind (_NODE_ARTICLE …) and a node's or an edge's number, with the evidence's
    # place in its list for the evidence kinds. At 10,000 articles a list of tuples per article was
    # the largest thing this pass held (half a gigabyte, in each process writing RDF); the codes are 8
    # bytes each. Edges are numbered in the order they are written; their ends and data are kept here.
    in_article: dict[str, array] = {}
    edge_head, edge_tail = array("l"), array("l")
    edge_key: list[str] = []
    edge_data: list[dict] = []

    def note(a: str, code: int) -> None:
        codes = in_article.get(a)
        if codes is None:
            codes = in_article[a] = array("q")
        codes.append(code)

    def fact_of(ui: int, vi: int, rel: str) -> str:
        """The IRI of the statement of the edge ``(head, tail, relation)``, its ends by number."""
        return f"{base}fact/{slashed[ui]}/{slash_segment(rel)}/{slashed[vi]}"

    # a node's evidence in one article, for the mentions edge with that count (which then needs no
    # statement): kg's graphs list evidence by article (kg.graph sorts it), so two bisections find
    # it; a node whose evidence is in another order has its counts by article here instead
    counted_apart: dict[int, dict[str, int]] = {}

    def evidence_in(i: int, a: str) -> int:
        counts = counted_apart.get(i)
        if counts is not None:
            return counts.get(a, 0)
        evs = node_data[i].get("evidence") or ()
        return bisect_right(evs, a, key=_evidence_article) - bisect_left(evs, a, key=_evidence_article)

    def describe_node(i: int, n: str, d: dict, subjects: Subjects) -> None:
        s = iris[i]
        if "type" not in d or "label" not in d:
            raise ExportError(f"node {n!r} has no {'type' if 'type' not in d else 'label'}: "
                              "every node needs an ontology class and a label")
        preds = {_TYPE: P(d["type"]), _LABEL: Literal(str(d["label"]), lang="zh")}
        for alias in dict.fromkeys(d.get("aliases") or ()):
            _put(preds, _ALT, Literal(str(alias), lang="zh"))
        for a in d.get("articles") or ():
            # ``<article/a> kg:mentions <n>`` in the same graph already says n was read in a
            if not graph.has_edge(f"article/{a}", n, "mentions"):
                note(str(a), i << 3 | _NODE_ARTICLE)
        evs = d.get("evidence") or ()
        if len(evs) >= _EVIDENCE_LIMIT:
            raise ExportError(f"node {n!r} has {len(evs)} pieces of evidence: at most {_EVIDENCE_LIMIT - 1}")
        last = ""
        for j, ev in enumerate(evs):
            a = str(ev["article"])
            note(a, ((i << _EVIDENCE_BITS) | j) << 3 | _NODE_EVIDENCE)
            if a < last and i not in counted_apart:
                counted_apart[i] = {}
            last = a
        if i in counted_apart:
            counts = counted_apart[i]
            for ev in evs:
                a = str(ev["article"])
                counts[a] = counts.get(a, 0) + 1
        for key, value in d.items():
            if key not in _NODE_STRUCTURE:
                _put_all(preds, P(NODE_PROPERTIES.get(key, key)), literals_of(key, value))
        _describe(subjects, s, preds)

    def describe_edge(ui: int, u: str, v: str, key: str, d: dict, subjects: Subjects) -> None:
        rel = d.get("relation", key)
        if rel != key:
            raise ExportError(f"edge {u!r} -> {v!r}: key {key!r} differs from its relation {rel!r}")
        vi = node_index[v]
        s, p, o = iris[ui], P(rel), iris[vi]
        edge_articles = d.get("articles") or ()
        evs = d.get("evidence") or ()
        count = d.get("count")
        # the attributes the reader derives (made from constant sets: two hundred thousand edges at 1,000 articles)
        comention_layer = (rel == comention and d.get("layer") == "comention" and "weight" in d
                           and d.get("weight") == count)
        # the layer is its property; its weight (kg:weight) is its count
        derived = _COMENTION_DERIVED if comention_layer else _EDGE_DERIVED
        sources = d.get("sources")
        if sources and evs and sources == evidence_sources(evs):     # (no evidence names no rule)
            derived = derived | _SOURCES     # the rules its evidence names: the reader collects them
        number = len(edge_key)
        if rel == "mentions" and not evs and u.startswith("article/"):
            a = u[len("article/"):]
            if (list(edge_articles) == [a] and set(d) - derived <= _COUNT
                    and count == evidence_in(vi, a)):   # the triple in the article's graph says it all
                edge_head.append(ui), edge_tail.append(vi), edge_key.append(key), edge_data.append(d)
                note(str(edge_articles[0]), number << 3 | _TRIPLE)
                return
        f = fact_of(ui, vi, rel)
        if edge_articles or evs:
            # the article graphs name the statement by the edge's number (its IRI made again there): the
            # IRIs of a million statements held until then were a third of this pass's memory at 10,000 articles
            edge_head.append(ui), edge_tail.append(vi), edge_key.append(key), edge_data.append(d)
        for a in edge_articles:
            note(str(a), number << 3 | _STATEMENT)
        preds = {_TYPE: rdf_statement, rdf_subject: s, rdf_predicate: p, rdf_object: o}
        if not comention_layer and type(count) is int and count == (len(evs) or len(edge_articles)) > 0:
            derived = derived | _COUNT   # one per evidence sentence (or per article): the reader counts them
        if not edge_articles:
            _add(subjects, s, p, o)
        if len(evs) >= _EVIDENCE_LIMIT:
            raise ExportError(f"edge {u!r} -{key}-> {v!r} has {len(evs)} pieces of evidence: "
                              f"at most {_EVIDENCE_LIMIT - 1}")
        for j, ev in enumerate(evs):
            note(str(ev["article"]), ((number << _EVIDENCE_BITS) | j) << 3 | _EDGE_EVIDENCE)
        for k, value in d.items():
            if k not in derived:
                _put_all(preds, P(EDGE_PROPERTIES.get(k, k)), literals_of(k, value))
        _describe(subjects, f, preds)

    # the default graph, a chunk at a time
    for i in range(0, len(nodes), chunk):
        subjects: Subjects = {}
        for j in range(i, min(i + chunk, len(nodes))):
            describe_node(j, nodes[j], node_data[j], subjects)
        yield None, subjects
    # the edges in (head, tail, key) order, node by node: the order of sorted(graph.edges(keys=True)),
    # without its list of every edge
    adj = graph.adj
    subjects, taken = {}, 0
    for ui, u in enumerate(nodes):
        out_edges = adj[u]
        for v in sorted(out_edges):
            by_key = out_edges[v]
            for k in sorted(by_key):
                describe_edge(ui, u, v, k, by_key[k], subjects)
                taken += 1
                if taken == chunk:
                    if subjects:
                        yield None, subjects
                    subjects, taken = {}, 0
    if subjects:
        yield None, subjects

    for a in in_article:
        article(a)
    # provenance: the dataset, the build activity, one named graph per article
    run = (f"{base}run/kg-{_escape(version)}-"
           + hashlib.sha1("\n".join(sorted(t[2] for t in articles.values())).encode()).hexdigest()[:12])
    agent = f"{base}agent/kg-{_escape(version)}"
    prov = [(base, _TYPE, VOID + "Dataset"), (base, VOID + "uriSpace", Literal(base)),
            (base, VOID + "vocabulary", ONTOLOGY_IRI), (base, PROV + "wasGeneratedBy", run),
            (run, _TYPE, PROV + "Activity"), (run, _LABEL, Literal(f"kg {version} build")),
            (run, PROV + "wasAssociatedWith", agent), (agent, _TYPE, PROV + "SoftwareAgent"),
            (agent, _LABEL, Literal(f"kg {version}")), (agent, SCHEMA + "softwareVersion", Literal(version))]
    for a, (esc, a_iri, g) in sorted(articles.items(), key=lambda kv: kv[1][2]):
        prov += [(run, PROV + "used", a_iri), (g, _TYPE, PROV + "Entity"), (g, PROV + "wasDerivedFrom", a_iri),
                 (g, PROV + "wasGeneratedBy", run), (g, _LABEL, Literal(f"what kg {version} read in article {a}"))]
    yield None, group(prov)

    # one named graph per article: mentions, fact triples, sources, evidence and its sentences
    kg_sentence, kg_text, kg_in = P("sentence"), P("sentenceText"), P("inArticle")
    kg_sentence_cls, kg_evidence_cls = P("Sentence"), P("Evidence")
    kg_s0, kg_s1, kg_m0, kg_m1 = P("startOffset"), P("endOffset"), P("mentionStart"), P("mentionEnd")
    # offsets as literals, each made once: hundreds of thousands of evidence records, few distinct numbers
    integer_literals: dict[int, Literal] = {}

    def integer(n) -> Literal:
        lit = integer_literals.get(n) if type(n) is int else None
        if lit is None:
            lit = Literal(str(n), XSD + "integer")
            if type(n) is int:
                integer_literals[n] = lit
        return lit

    # an evidence record's keys beyond its place, with their properties, by its keys: records have few
    # sets of keys, and the place is most of each
    evidence_extras = MadeOnce(lambda keys: [(k, P(EVIDENCE_PROPERTIES.get(k, k))) for k in keys
                                               if k not in _EVIDENCE_CORE])
    for a, (esc, a_iri, g) in sorted(articles.items(), key=lambda kv: kv[1][2]):
        subjects: Subjects = {}
        # the sentences described so far (by IRI and text): an article's evidence names each sentence many times
        described: set = set()
        for code in in_article.pop(a, ()):
            kind, number = code & 7, code >> 3
            if kind == _NODE_ARTICLE:
                _add(subjects, iris[number], kg_source, a_iri)
                continue
            if kind == _TRIPLE or kind == _STATEMENT:
                ui, vi, k = edge_head[number], edge_tail[number], edge_key[number]
                _add(subjects, iris[ui], P(k), iris[vi])
                if kind == _STATEMENT:
                    _add(subjects, fact_of(ui, vi, k), kg_source, a_iri)
                continue
            number, j = number >> _EVIDENCE_BITS, number & _EVIDENCE_MASK
            if kind == _NODE_EVIDENCE:
                subject, ev = iris[number], node_data[number]["evidence"][j]
            else:       # a statement's evidence: the statement by its edge
                subject = fact_of(edge_head[number], edge_tail[number], edge_key[number])
                ev = edge_data[number]["evidence"][j]
            s0, s1 = ev["sentence_start"], ev["sentence_end"]
            sent = f"{base}sentence/{esc}/{s0}-{s1}"
            text = ev.get("sentence") or ""
            if (sent, text) not in described:
                described.add((sent, text))
                # a new subject's description made whole (merged should its IRI be described already)
                _describe(subjects, sent, {_TYPE: kg_sentence_cls, kg_text: Literal(text), kg_s0: integer(s0),
                                        kg_s1: integer(s1), kg_in: a_iri})
            start = ev.get("start")
            if start is None and ev.keys() <= _EVIDENCE_CORE:
                _add(subjects, subject, kg_evidence, sent)     # the whole sentence is the evidence
                continue
            e = f"{base}evidence/{esc}/{s0}-{s1}"
            if start is not None:
                e += f"/{start}-{ev['end']}"
            if ev.get("source"):      # two rules reading one span: two pieces of evidence
                e += f"/by/{slash_segment(str(ev['source']))}"
            if ev.get("score") is not None:   # and one rule read with two scores: two as well
                e += f"@{ev['score']}"
            _add(subjects, subject, kg_evidence, e)
            preds = {_TYPE: kg_evidence_cls, kg_sentence: sent}
            if start is not None:
                preds[kg_m0], preds[kg_m1] = integer(start), integer(ev["end"])
            for key, pk in evidence_extras[tuple(ev)]:         # kg:extractedBy, kg:confidence
                for lit in literals_of(key, ev[key]):
                    if pk in preds:     # two keys of one property
                        _put(preds, pk, lit)
                    else:
                        preds[pk] = lit
            if subjects.setdefault(e, preds) is not preds:      # (_describe, inline: 170,000 at 1,000 articles)
                _describe(subjects, e, preds)
        yield g, subjects


def term_key(t) -> str:
    """Sort key of a term, a string: IRIs, then blank nodes, then literals (by lexical form)."""
    if type(t) is str:
        return "0" + t
    if isinstance(t, Literal):
        return f"2{t.lexical}\x00{t.datatype}\x00{t.lang}"
    return "1" + t


def sorted_quads(quads) -> list[Quad]:
    """Quads sorted by graph (default first), subject, predicate, object."""
    keys: dict = {}

    def k(t):
        v = keys.get(t)
        if v is None:
            v = keys[t] = term_key(t)
        return v

    return sorted(quads, key=lambda q: ("" if q[3] is None else q[3], k(q[0]), q[1], k(q[2])))


def ontology_quads(path=None, graph_name: str | None = ONTOLOGY_IRI) -> list[Quad]:
    """The ontology's triples as quads in ``graph_name``; blank nodes renamed ``o1``, ``o2`` …
    in the order the file gives them, so the output is the same every run."""
    import pyoxigraph as ox

    from .ontology import ontology_path

    bnodes: dict[str, BNode] = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            return IRI(t.value)
        if isinstance(t, ox.BlankNode):
            b = bnodes.get(t.value)
            if b is None:
                b = bnodes[t.value] = BNode(f"o{len(bnodes) + 1}")
            return b
        return Literal(t.value, t.datatype.value if t.language is None else RDF + "langString", t.language or "")

    g = IRI(graph_name) if graph_name else None
    out = []
    for q in ox.parse(path=str(path or ontology_path()), format=ox.RdfFormat.TURTLE):
        out.append((term(q.subject), IRI(q.predicate.value), term(q.object), g))
    return sorted_quads(set(out))


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NT_ESCAPE_RE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape_string(s: str) -> str:
    return _NT_ESCAPE_RE.sub(lambda m: _NT_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), s)


def nt_term(t) -> str:
    """A term in N-Triples syntax."""
    if type(t) is str:
        return f"<{t}>"
    if isinstance(t, Literal):
        body = f'"{_escape_string(t.lexical)}"'
        if t.lang:
            return f"{body}@{t.lang}"
        if t.datatype == XSD + "string":
            return body
        return f"{body}^^<{t.datatype}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    return f"<{t}>"


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI, *, ontology: bool = True):
    """An rdflib ``Graph`` of everything ``graph.ttl`` holds (the merged facts, and the ontology)."""
    from rdflib import BNode as RBNode
    from rdflib import Graph, Namespace, URIRef
    from rdflib import Literal as RLiteral

    def conv(t):
        if isinstance(t, Literal):
            if t.lang:
                return RLiteral(t.lexical, lang=t.lang)
            return RLiteral(t.lexical, datatype=URIRef(t.datatype))
        return RBNode(t) if isinstance(t, BNode) else URIRef(t)

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns))
    quads = graph_quads(graph, base)
    if ontology:
        quads += ontology_quads()
    for s, p, o, _ in quads:
        g.add((conv(s), conv(p), conv(o)))
    return g
