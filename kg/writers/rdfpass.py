"""Turtle, TriG and N-Quads from one pass over :func:`kg.rdf.subject_chunks`.

The three files hold the same triples: making the triples of a large graph costs
more than formatting them (at 1,000 articles 7 s of the N-Quads writer's 10), and
Turtle and TriG format the same subject blocks (TriG indents those of a named
graph). So each format is a *sink* fed the chunks, and :func:`write_together`
feeds every sink asked for from one pass: the files are the bytes each writer
alone writes (:func:`write_one` is what ``graph.ttl``, ``graph.trig`` and
``graph.nq`` alone are written with). One chunk is held at a time.

>>> import io, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("article/a1", type="Article", label="标题", articles=["a1"])
>>> outs = {"ttl": io.StringIO(), "trig": io.StringIO(), "nq": io.StringIO()}
>>> write_together(g, outs, ontology=False)
>>> from kg.writers.turtle import render_turtle
>>> outs["ttl"].getvalue() == render_turtle(g, ontology=False)
True
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from ..rdf import DEFAULT_BASE_IRI, Literal, Objects, nt_term, ontology_quads, subject_chunks
from .turtle import _CACHED, _CACHED_LITERAL

__all__ = ["write_together", "write_one", "SINKS"]


def _ontology_chunks():
    onto: dict = defaultdict(list)
    for s, p, o, g in ontology_quads():
        onto[g].append((s, p, o))
    return onto.items()


class NQuadsSink:
    """``graph.nq``: each chunk's lines sorted; the ontology's quads at the end."""

    needs_blocks = False

    def __init__(self, out, fmt, *, ontology: bool = True):
        self.out, self.ontology, self.cache = out, ontology, {}

    def nt(self, t) -> str:
        text = self.cache.get(t)
        if text is None:
            text = nt_term(t)
            # literals repeat (counts, labels, rule names); emptied when full, so what repeats
            # now (within the chunks being written) is what it holds; a sentence's text is written
            # once per article, so long literals are not held
            if not isinstance(t, Literal) or len(t.lexical) <= _CACHED_LITERAL:
                if len(self.cache) >= _CACHED:
                    self.cache.clear()
                self.cache[t] = text
        return text

    def begin(self) -> None:
        pass

    def chunk(self, name, subjects, text) -> None:
        # the chunks of kg.rdf.subject_chunks have IRIs (plain str) as subjects, predicates and graph names: their
        # N-Triples form is the IRI in <>, made in place; only objects may be literals (formatted once each).
        # The lines are sorted, so those of the predicates with one object (most) are made first, and the
        # predicates with several objects noted on the way (append gives None: not a line) for the rest
        cache, nt = self.cache, self.nt
        tail = f" <{name}> .\n" if name is not None else " .\n"
        several: list = []
        lines = [f"<{s}> <{p}> <{o}>{tail}" if type(o) is str else f"<{s}> <{p}> {cache.get(o) or nt(o)}{tail}"
                 for s, preds in subjects.items() for p, o in preds.items()
                 if type(o) is not Objects or several.append((s, p, o))]
        lines += [f"<{s}> <{p}> <{o}>{tail}" if type(o) is str else f"<{s}> <{p}> {cache.get(o) or nt(o)}{tail}"
                  for s, p, objs in several for o in objs]
        lines.sort()
        self.out.write("".join(lines))

    def end(self) -> None:
        if self.ontology:       # the ontology has blank nodes: every term through nt_term
            nt = self.nt
            for name, triples in _ontology_chunks():
                tail = f" {nt(name)} .\n" if name is not None else " .\n"
                self.out.write("".join(sorted(f"{nt(s)} {nt(p)} {nt(o)}{tail}" for s, p, o in triples)))


class TriGSink:
    """``graph.trig``: the default graph's blocks, then ``<graph/…> { … }`` per article, the ontology's graph."""

    needs_blocks = True

    def __init__(self, out, fmt, *, ontology: bool = True):
        self.out, self.fmt, self.ontology = out, fmt, ontology

    def begin(self) -> None:
        from .. import __version__

        self.out.write(f"# kg {__version__}: the knowledge graph with a named graph per article (PROV-O provenance).\n"
                       "# Vocabulary: https://w3id.org/kg-cn/ontology# (in the graph of that name at the end).\n\n")
        self.out.write(self.fmt.header())

    def chunk(self, name, subjects, text) -> None:
        if name is None:      # the default graph comes first, in several chunks
            if text:          # "\n" + block + "\n" each, in one write
                self.out.write("\n" + text + "\n")
        else:   # every line indented but the empty ones between blocks (a block has none): the text
            # TurtleFormatter.blocks(indent="    ") makes, from the chunk's text in two replaces
            inner = "    " + text.replace("\n", "\n    ").replace("\n    \n", "\n\n") if text else ""
            self.out.write(f"\n{self.fmt.iri(name)} {{\n{inner}\n}}\n")

    def end(self) -> None:
        if self.ontology:
            for name, triples in _ontology_chunks():
                self.chunk(name, None, "\n\n".join(self.fmt.blocks(triples)))


class TurtleSink:
    """``graph.ttl``: every chunk's blocks, one merged graph; the ontology file verbatim at the end."""

    needs_blocks = True

    def __init__(self, out, fmt, *, ontology: bool = True):
        self.out, self.fmt, self.ontology = out, fmt, ontology

    def begin(self) -> None:
        from .. import __version__

        self.out.write(f"# kg {__version__}: the knowledge graph as one merged RDF graph.\n"
                       "# Vocabulary: https://w3id.org/kg-cn/ontology# (ontology/kg.ttl, included at the end).\n"
                       "# Per-article named graphs and provenance: graph.trig.\n\n")
        self.out.write(self.fmt.header())

    def chunk(self, name, subjects, text) -> None:
        if text:      # "\n" + block + "\n" each, in one write
            self.out.write("\n" + text + "\n")

    def end(self) -> None:
        if self.ontology:
            from ..ontology import ontology_path

            self.out.write("\n# " + "=" * 76 + "\n# The ontology, ontology/kg.ttl, as it stands; it sets its own "
                           "prefixes.\n# " + "=" * 76 + "\n\n"
                           + ontology_path().read_text(encoding="utf-8").rstrip("\n") + "\n")


SINKS = {"ttl": TurtleSink, "trig": TriGSink, "nq": NQuadsSink}


def write_together(graph: nx.MultiDiGraph, outs: dict, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
                   **_options) -> None:
    """Write each format of ``outs`` (``{"ttl" | "trig" | "nq": text file}``) from one pass over the graph."""
    from .turtle import TurtleFormatter

    fmt = TurtleFormatter(base_iri)
    sinks = [SINKS[name](out, fmt, ontology=ontology) for name, out in outs.items()]
    blocks_needed = any(s.needs_blocks for s in sinks)
    for sink in sinks:
        sink.begin()
    for name, subjects in subject_chunks(graph, base_iri):
        # the chunk's blocks, a blank line between them: made once for Turtle and TriG
        text = "\n\n".join(fmt.subject_blocks(subjects)) if blocks_needed else None
        for sink in sinks:
            sink.chunk(name, subjects, text)
    for sink in sinks:
        sink.end()


def write_one(name: str):
    """The stream writer ``(graph, out, base_iri, *, ontology, **options)`` of one format."""
    def write(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, *, ontology: bool = True,
              **options) -> None:
        write_together(graph, {name: out}, base_iri, ontology=ontology, **options)

    write.__name__ = f"write_{name}"
    return write
