"""The persistent store (``graph.oxigraph/``): the graph in an on-disk Oxigraph database.

``kg query``, ``kg serve`` and the API open it read-only when the folder has one
(:mod:`kg.outputs`), instead of parsing an RDF file into memory on every start.
It holds what ``graph.ttl`` holds, the merged graph: every triple of
:func:`kg.rdf.quad_chunks` (loaded a chunk, one article's graph, at a time) and the
ontology, all in the default graph. Not the named graphs of ``graph.nq``: readers
query with the default graph as the union of all graphs, and a fact read in two
articles would answer twice (SPARQL counts a quad per graph), where ``graph.ttl``
answers once. Which article said what stays in the data (``kg:sourceArticle``,
``kg:evidence`` → ``kg:inArticle``); ``GRAPH`` queries need ``graph.trig`` or
``graph.nq``. It is built beside the old one and swapped in when complete; a
marker file written last says it is finished, so a reader never opens half a store.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx

from ..outputs import STORE_DIR, STORE_DONE
from ..rdf import DEFAULT_BASE_IRI, BNode, Literal, ontology_quads, quad_chunks

__all__ = ["write_store"]


def _term(ox, t, cache: dict):
    if type(t) is str:
        n = cache.get(t)
        if n is None:
            n = ox.NamedNode(t)
            if len(cache) < 100_000:
                cache[t] = n
        return n
    if isinstance(t, Literal):
        if t.lang:
            return ox.Literal(t.lexical, language=t.lang)
        return ox.Literal(t.lexical, datatype=ox.NamedNode(t.datatype))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return ox.NamedNode(str(t))


def write_store(graph: nx.MultiDiGraph, outdir: str | Path, base_iri: str = DEFAULT_BASE_IRI, *,
                ontology: bool = True, progress=None, **_options) -> Path:
    """Build ``<outdir>/graph.oxigraph`` from ``graph``; returns its path."""
    import pyoxigraph as ox

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    final = outdir / STORE_DIR
    tmp = outdir / f".{STORE_DIR}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    store = ox.Store(str(tmp))
    cache: dict = {}

    def chunks():
        yield from (triples for _, triples in quad_chunks(graph, base_iri))
        if ontology:
            yield [(s, p, o) for s, p, o, _ in ontology_quads()]

    gn = ox.DefaultGraph()       # the merged graph: a triple is stored once, whatever graph it came in
    for triples in chunks():
        store.bulk_extend([ox.Quad(_term(ox, s, cache), _term(ox, p, cache), _term(ox, o, cache), gn)
                           for s, p, o in triples])
        if progress:
            progress(1)
    store.flush()
    store.optimize()
    del store
    (tmp / STORE_DONE).write_text("complete\n", encoding="utf-8")
    old = outdir / f".{STORE_DIR}.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    return final
