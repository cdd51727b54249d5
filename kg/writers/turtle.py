"""Turtle (``graph.ttl``): every fact in one merged graph, then the ontology.

Streamed from :func:`kg.rdf.quad_chunks` (rdflib's serializer is an order of
magnitude slower on large graphs and holds the whole graph): subjects sorted
within each chunk, ``a`` and the label first, entity IRIs relative to ``@base`` (``<adm/110000>``), numbers and booleans
bare. The ontology follows the data verbatim, so the file stands alone: SHACL
sees the class tree and SPARQL can walk ``rdfs:subClassOf*``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", adcode="110000", mentions=2)
>>> print(next(b for b in render_turtle(g, ontology=False).split("\\n\\n") if b.startswith("<adm")))
<adm/110000> a kg:Province ;
    rdfs:label "北京市"@zh ;
    kg:adcode "110000" ;
    kg:mentionCount 2 .
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx

from ..rdf import (DEFAULT_BASE_IRI, PREFIXES, RDF, RDFS, SKOS, XSD, Literal, MadeOnce, Objects, Subjects, group,
                   nt_term, term_key)

__all__ = ["render_turtle", "write_turtle", "TurtleFormatter"]

_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*\Z")
_INTEGER = re.compile(r"[+-]?\d+\Z")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+\Z")
_FIRST = {RDF + "type": 0, RDFS + "label": 1, SKOS + "altLabel": 2}
# terms whose text is remembered (each cache emptied when full), and the longest literal remembered
_CACHED = 100_000
_CACHED_LITERAL = 40


class TurtleFormatter:
    """Formats terms and subject blocks with the prefixes and the base IRI (shared with TriG)."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI, prefixes: dict[str, str] = PREFIXES):
        self.base = base_iri
        # relative IRIs only resolve back when the base ends in '/' (a '#' base would drop its fragment)
        self.relative = base_iri.endswith("/")
        # an IRI written relative to the base: under it, not starting with '/', no ':' in its first
        # segment (it would read as a scheme), no '?' or '#'
        self._relative = (re.compile(re.escape(base_iri) + r"(?!/)[^/:?#]*(?:/[^?#]*)?\Z").match if self.relative
                          else (lambda iri: None))
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.header_prefixes = prefixes
        self._iris: dict[str, str] = {}
        self._terms: dict = {}
        # predicates: few, on every triple; ``a`` for rdf:type, and their order in a block
        self._pred_text = MadeOnce(lambda p: "a" if p == RDF + "type" else self.iri(p))
        self._pred_key = MadeOnce(lambda p: (_FIRST.get(p, 3), p))
        # a subject's predicates in block order, by the predicates in the order they came: subjects
        # of one kind (statements, evidence, sentences) have them in one order, sorted once
        self._pred_order = MadeOnce(lambda preds: sorted(preds, key=self._pred_key.__getitem__))

    def header(self) -> str:
        lines = [f"@prefix {p}: <{ns}> ." for p, ns in self.header_prefixes.items()]
        lines.append(f"@base <{self.base}> .")
        return "\n".join(lines) + "\n"

    def iri(self, iri: str) -> str:
        return self._iris.get(iri) or self._new_iri(iri)

    def _new_iri(self, iri: str) -> str:
        """The text of an IRI not in the cache, remembered: half a million at 1,000 articles (each
        statement, evidence and sentence IRI), so no second lookup and one regular expression."""
        relative = self._relative(iri)
        text = f"<{iri[len(self.base):]}>" if relative else self._iri(iri)
        # bounded, emptied when full (what repeats now stays): most IRIs of a large graph (statements,
        # evidence, sentences) occur in one chunk only, and a full cache of them was a sixth of the RDF
        # pass's memory at 10,000 articles
        iris = self._iris
        if len(iris) >= _CACHED:
            iris.clear()
        iris[iri] = text
        return text

    def _iri(self, iri: str) -> str:
        if self._relative(iri):
            return f"<{iri[len(self.base):]}>"
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"

    def term(self, t) -> str:
        text = self._terms.get(t)
        if text is None:
            if type(t) is str:      # an IRI: held once, by iri()
                return self._iris.get(t) or self._new_iri(t)
            text = self._term(t)
            # literals: counts, scores and rule names repeat; a sentence or a title does not (not held)
            if not isinstance(t, Literal) or len(t.lexical) <= _CACHED_LITERAL:
                if len(self._terms) >= _CACHED:     # emptied when full: what repeats now stays
                    self._terms.clear()
                self._terms[t] = text
        return text

    def _term(self, t) -> str:
        if type(t) is str:
            return self.iri(t)
        if isinstance(t, Literal):
            if not t.lang:
                if t.datatype == XSD + "integer" and _INTEGER.match(t.lexical):
                    return t.lexical
                if t.datatype == XSD + "decimal" and _DECIMAL.match(t.lexical):
                    return t.lexical
                if t.datatype == XSD + "boolean" and t.lexical in ("true", "false"):
                    return t.lexical
                if t.datatype != XSD + "string":
                    return f"{nt_term(Literal(t.lexical))}^^{self.iri(t.datatype)}"
            return nt_term(t)
        return f"_:{t}"  # a blank node

    def blocks(self, triples: Iterable[tuple], indent: str = "") -> list[str]:
        """One block per subject, ``s a C ; p o, o .``, subjects sorted, ``a`` and labels first."""
        return self.subject_blocks(group(triples), indent)

    def subject_blocks(self, subjects: Subjects, indent: str = "") -> list[str]:
        """:meth:`blocks` of triples held by subject (:func:`kg.rdf.subject_chunks`)."""
        # Two million triples at 1,000 articles, most (subject, predicate) pairs with one object (held as
        # itself), sorted only where there are several; each term's text and sort key looked up in a dict,
        # not made again
        terms, term, pred_text, pred_order = self._terms, self.term, self._pred_text, self._pred_order
        iris, new_iri = self._iris, self._new_iri
        out: list[str] = []
        sep = f" ;\n{indent}    "
        for subject in (sorted(subjects) if all(type(s) is str for s in subjects)   # IRIs: their key is their text
                        else sorted(subjects, key=term_key)):
            preds = subjects[subject]
            parts = []
            for p in (pred_order[tuple(preds)] if len(preds) > 1 else preds):
                o = preds[p]
                if type(o) is Objects:
                    objs = ", ".join([terms.get(x) or term(x) for x in sorted(o, key=term_key)])
                else:   # an IRI's text is held by iri(), a literal's by term()
                    objs = (iris.get(o) or new_iri(o)) if type(o) is str else terms.get(o) or term(o)
                parts.append(f"{pred_text[p]} {objs}")
            out.append(f"{indent}{(iris.get(subject) or new_iri(subject)) if type(subject) is str else term(subject)} "
                       f"{sep.join(parts)} .")
        return out


def write_turtle(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                 **options) -> None:
    """Stream ``graph.ttl`` to the text file ``out``: the default graph's chunks, then each
    article's triples without the graph around them (a subject may have several blocks:
    Turtle merges them), then the ontology (:class:`kg.writers.rdfpass.TurtleSink`)."""
    from .rdfpass import write_together

    write_together(graph, {"ttl": out}, base_iri, ontology=ontology, **options)


def render_turtle(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                  **options) -> str:
    import io

    buf = io.StringIO()
    write_turtle(graph, buf, base_iri, ontology=ontology, **options)
    return buf.getvalue()
