"""The Python API: build or load a graph, read it as tables, query it, cut it, write it.

:func:`build` reads articles and returns a :class:`KnowledgeGraph`; :func:`load`
opens one that ``kg build`` wrote. The ``graph`` attribute is the NetworkX
``MultiDiGraph`` of the graph contract (``docs/ARCHITECTURE.md``); the methods
give it as pandas tables, as RDF, through SPARQL, as a smaller graph, or as
files in any writer's format.

Examples
--------
>>> import pathlib, tempfile
>>> import kg
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("北京市丰台区召开全区工作会议。", encoding="utf-8")
>>> g = kg.build([folder])
>>> [a.id for a in g.articles]
['a']
>>> g.entities("AdministrativeArea")[["id", "type", "label", "adcode"]].values.tolist()
[['adm/110000', 'Province', '北京市', '110000'], ['adm/110106', 'County', '丰台区', '110106']]
>>> g.relations("locatedIn")[["head_label", "tail_label"]].values.tolist()
[['丰台区', '北京市']]
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from .errors import KGError, QueryError

if TYPE_CHECKING:  # heavy imports only where they are used
    import pandas as pd
    import rdflib

    from .errors import ReadError
    from .model import Article

__all__ = ["KnowledgeGraph", "build", "load", "example_graph"]

# Edges that record where something was read, not a fact about the world.
PROVENANCE_RELATIONS = frozenset({"mentions"})
COMENTION_RELATION = "coMentionedWith"

ENTITY_COLUMNS = ["id", "type", "label", "aliases", "adcode", "mentions", "articles"]
RELATION_COLUMNS = ["head", "head_label", "relation", "tail", "tail_label", "count", "evidence", "articles",
                    "sources", "score"]
EVENT_COLUMNS = ["event", "type", "label", "date", "dateBefore", "place", "organizer"]


class KnowledgeGraph:
    """A built graph and what it was built from.

    Parameters
    ----------
    graph : networkx.MultiDiGraph, optional
        A graph in the shape ``kg`` builds (nodes with ``type`` and ``label``,
        edges keyed by their relation). Empty when not given.
    articles : iterable of Article, optional
        The articles it was built from, when it was built from text.
    skipped : iterable of ReadError, optional
        The inputs that could not be read.

    Attributes
    ----------
    graph : networkx.MultiDiGraph
        The graph itself; change it freely, every method reads it afresh.

    Examples
    --------
    >>> g = example_graph()
    >>> g
    <KnowledgeGraph: 9 nodes, 16 edges, 1 article>
    >>> g.graph.nodes["adm/110106"]["label"]
    '丰台区'
    >>> "Initiative/河长制" in g, len(g)
    (True, 9)
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None, *, articles: Iterable[Article] = (),
                 skipped: Iterable[ReadError] = ()):
        self.graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()
        self.articles: list[Article] = list(articles)
        self.skipped: list[ReadError] = list(skipped)
        self._ontology = None  # kg.ontology.Ontology, read when a type filter first needs the class tree
        self._folder: Path | None = None   # the output folder it was loaded from (its store answers SPARQL)

    def __repr__(self) -> str:
        n_articles = sum(1 for _, t in self.graph.nodes(data="type") if t == "Article")
        return (f"<KnowledgeGraph: {self.graph.number_of_nodes()} nodes, {self.graph.number_of_edges()} edges, "
                f"{n_articles} article{'' if n_articles == 1 else 's'}>")

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __contains__(self, node: object) -> bool:
        return node in self.graph

    # -- lookups -------------------------------------------------------------------

    def find(self, name: str, types: str | Iterable[str] | None = None) -> list[str]:
        """Ids of the nodes whose label or one of whose aliases is ``name``.

        Parameters
        ----------
        name : str
            A label or alias, exactly as in the graph.
        types : str or iterable of str, optional
            Keep only nodes of these classes or their subclasses.

        Examples
        --------
        >>> g = example_graph()
        >>> g.find("北京")
        ['adm/110000']
        >>> g.find("北京市", types="Organization")
        []
        """
        wanted = self._type_filter(types)
        return [n for n, d in self.graph.nodes(data=True)
                if (d.get("label") == name or name in (d.get("aliases") or ()))
                and (wanted is None or d.get("type") in wanted)]

    # -- tables --------------------------------------------------------------------

    def entities(self, types: str | Iterable[str] | None = None, *, articles: bool = False) -> pd.DataFrame:
        """The nodes as a table, one row per node, sorted by id.

        Parameters
        ----------
        types : str or iterable of str, optional
            Keep only these classes and their subclasses (``"Place"`` gives
            provinces, counties, landmarks …).
        articles : bool, default False
            Also list the ``Article`` nodes.

        Returns
        -------
        pandas.DataFrame
            Columns ``id``, ``type``, ``label``, ``aliases`` (list), ``adcode``,
            ``mentions`` (how often it was read), ``articles`` (list of ids).

        Examples
        --------
        >>> g = example_graph()
        >>> g.entities("AdministrativeArea")[["id", "label", "aliases", "mentions"]].values.tolist()
        [['adm/110000', '北京市', ['北京'], 2], ['adm/110106', '丰台区', [], 1], ['adm/140000', '山西省', ['山西'], 2], ['adm/140100', '太原市', ['太原'], 1]]
        """
        import pandas as pd

        wanted = self._type_filter(types)
        rows = []
        for n, d in sorted(self.graph.nodes(data=True), key=lambda x: str(x[0])):
            t = d.get("type")
            if (t == "Article" and not articles) or (wanted is not None and t not in wanted):
                continue
            rows.append({"id": n, "type": t, "label": d.get("label", str(n)),
                         "aliases": list(d.get("aliases") or ()), "adcode": d.get("adcode"),
                         "mentions": int(d.get("mentions") or 0), "articles": list(d.get("articles") or ())})
        return pd.DataFrame(rows, columns=ENTITY_COLUMNS)

    def relations(self, relations: str | Iterable[str] | None = None, *, mentions: bool = False,
                  comention: bool = False) -> pd.DataFrame:
        """The edges as a table, one row per (head, relation, tail).

        Parameters
        ----------
        relations : str or iterable of str, optional
            Keep only these relations (``"implements"``, ``["locatedIn", "partOf"]``).
            When given, it is the whole filter.
        mentions : bool, default False
            Also list the ``mentions`` edges from articles to what they mention.
        comention : bool, default False
            Also list the co-mention layer (``coMentionedWith``).

        Returns
        -------
        pandas.DataFrame
            Columns ``head``, ``head_label``, ``relation``, ``tail``,
            ``tail_label``, ``count``, ``evidence`` (the first sentence it was
            read in, or ``None``), ``articles`` (list of ids), ``sources`` (the
            rules that read it, e.g. ``relations.post``) and ``score`` (the
            highest confidence of its evidence; filter on it to keep the surest).

        Examples
        --------
        >>> g = example_graph()
        >>> for row in g.relations("implements").itertuples():
        ...     print(row.head_label, row.relation, row.tail_label, row.evidence)
        丰台区人民政府 implements 垃圾分类 丰台区人民政府推进垃圾分类。
        北京市 implements 河长制 北京市全面推行河长制。
        山西省 implements 河长制 山西省全面推行河长制。
        """
        import pandas as pd

        only = _names(relations)
        rows = []
        for u, v, key, d in self.graph.edges(keys=True, data=True):
            rel = d.get("relation", key)
            if only is not None:
                if rel not in only:
                    continue
            elif (rel in PROVENANCE_RELATIONS and not mentions) or \
                    ((rel == COMENTION_RELATION or d.get("layer") == "comention") and not comention):
                continue
            rows.append({"head": u, "head_label": self._label(u), "relation": rel, "tail": v,
                         "tail_label": self._label(v), "count": int(d.get("count") or 0),
                         "evidence": _first_sentence(d.get("evidence")), "articles": list(d.get("articles") or ()),
                         "sources": list(d.get("sources") or ()), "score": _best_score(d.get("evidence"))})
        rows.sort(key=lambda r: (r["head"], r["relation"], r["tail"]))
        return pd.DataFrame(rows, columns=RELATION_COLUMNS)

    def events(self, types: str | Iterable[str] | None = None) -> pd.DataFrame:
        """The events (``Event`` and its subclasses) as a table: dated ones by
        date (``date``, else ``dateBefore``), then the undated, each by id.

        Parameters
        ----------
        types : str or iterable of str, optional
            Keep only these event classes and their subclasses (``"Meeting"``).

        Returns
        -------
        pandas.DataFrame
            ``event`` (id), ``type``, ``label``, ``date``, ``dateBefore``,
            ``place``, ``organizer``, then every other attribute and outgoing
            relation events have in this graph (``chair``, ``attendee``,
            ``document`` …), then ``articles`` and ``evidence`` (first sentence).
            Relation columns hold the labels of their targets, joined by ``、``
            when there are several; :meth:`relations` has their ids.

        Examples
        --------
        >>> g = example_graph()
        >>> g.events()[["event", "type", "date", "place", "organizer"]].values.tolist()
        [['Meeting/山西省河长制工作会议/2019-09-10', 'Meeting', '2019-09-10', '太原市', '山西省']]
        """
        import pandas as pd

        event_types = self._subclasses("Event")
        if types is not None:
            event_types &= self._type_filter(types)
        skip = {"type", "label", "aliases", "mentions", "articles", "evidence", "adcode"}
        rows, extra = [], set()
        for n, d in self.graph.nodes(data=True):
            if d.get("type") not in event_types:
                continue
            row = {"event": n, "type": d["type"], "label": d.get("label", str(n))}
            row.update({k: v for k, v in d.items() if k not in skip and v is not None})
            targets: dict[str, list[str]] = {}
            for _, v, key, e in self.graph.out_edges(n, keys=True, data=True):
                rel = e.get("relation", key)
                if rel not in PROVENANCE_RELATIONS and rel != COMENTION_RELATION:
                    targets.setdefault(rel, []).append(self._label(v))
            row.update({rel: "、".join(sorted(labels)) for rel, labels in targets.items()})
            row["articles"] = list(d.get("articles") or ())
            row["evidence"] = _first_sentence(d.get("evidence"))
            extra |= set(row) - set(EVENT_COLUMNS) - {"articles", "evidence"}
            rows.append(row)
        rows.sort(key=lambda r: (not (r.get("date") or r.get("dateBefore")),
                                 str(r.get("date") or r.get("dateBefore") or ""), r["event"]))
        columns = [*EVENT_COLUMNS, *sorted(extra), "articles", "evidence"]
        return pd.DataFrame([[r.get(c) for c in columns] for r in rows], columns=columns)

    # -- RDF and SPARQL --------------------------------------------------------------

    def to_rdf(self, **options) -> rdflib.Graph:
        """The graph as an rdflib ``Graph`` in the vocabulary of ``ontology/kg.ttl``.

        Keyword options go to :func:`kg.rdf.to_rdf` (``base`` for the IRI base,
        ``ontology=False`` to leave the ontology's own triples out).

        Examples
        --------
        >>> g = example_graph()
        >>> rdf = g.to_rdf()
        >>> from rdflib import URIRef
        >>> URIRef("https://w3id.org/kg-cn/id/adm/110000") in set(rdf.subjects())
        True
        """
        from .rdf import to_rdf

        return to_rdf(self.graph, **options)

    def query(self, sparql: str) -> pd.DataFrame:
        """Run a SPARQL 1.1 query over the graph's RDF (:meth:`to_rdf`, ontology included).

        The graph is loaded into an in-memory Oxigraph store, the same engine
        ``kg query`` and ``kg serve`` use; named graphs (one per article) are
        there, and the default graph is their union.

        Returns
        -------
        pandas.DataFrame
            ``SELECT``: one column per variable, in the query's order. IRIs and
            strings come back as ``str``, integers as ``int``, decimals and
            doubles as ``float``, booleans as ``bool``, dates as ISO strings,
            unbound variables as ``None``. ``ASK``: one column ``ask`` with one
            ``bool``. ``CONSTRUCT``/``DESCRIBE``: ``subject``, ``predicate``, ``object``.

        Raises
        ------
        kg.errors.QueryError
            When the query does not parse or cannot run.

        Notes
        -----
        Every call converts the graph again (about a second per 100,000
        edges); to run many queries on a large graph, write it once and use
        :func:`kg.query.run_query` on the file, or ``kg serve``.

        Examples
        --------
        >>> g = example_graph()
        >>> g.query('''
        ...     PREFIX kg: <https://w3id.org/kg-cn/ontology#>
        ...     PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        ...     SELECT ?initiative (COUNT(?place) AS ?places) WHERE {
        ...         ?place kg:implements ?i . ?i rdfs:label ?initiative .
        ...     } GROUP BY ?initiative ORDER BY DESC(?places) ?initiative''').values.tolist()
        [['河长制', 2], ['垃圾分类', 1]]
        """
        import pandas as pd
        import pyoxigraph as ox

        from .outputs import union_options
        from .query import sorted_solutions

        try:
            store = self._store()
            options = union_options(store)
            # (a plain ORDER BY sorted as kg query sorts it: Oxigraph's own sort reads the store per comparison)
            got = sorted_solutions(store, sparql, options)
            if got is not None:
                columns = [v.value for v in got[0]]
                return pd.DataFrame([[_python(t) for t in row] for row in got[1]], columns=columns)
            answer = store.query(sparql, **options)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise QueryError(f"query failed: {err}") from err
        if isinstance(answer, ox.QueryBoolean):
            return pd.DataFrame({"ask": [bool(answer)]})
        if isinstance(answer, ox.QueryTriples):
            return pd.DataFrame([[_python(t.subject), _python(t.predicate), _python(t.object)] for t in answer],
                                columns=["subject", "predicate", "object"])
        columns = [v.value for v in answer.variables]
        rows = [[_python(solution[c]) for c in columns] for solution in answer]
        return pd.DataFrame(rows, columns=columns)

    def _store(self):
        """An in-memory pyoxigraph ``Store`` of the graph's quads and the ontology."""
        import pyoxigraph as ox

        from .writers.nquads import render_nquads

        if self._folder is not None:
            from .outputs import open_store, store_path

            if store_path(self._folder) is not None:    # the build's persistent store: nothing to load
                return open_store(self._folder)
        store = ox.Store()
        store.bulk_load(input=render_nquads(self.graph).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        return store

    # -- cutting and writing ------------------------------------------------------------

    def subgraph(self, nodes: Iterable[str] | None = None, types: str | Iterable[str] | None = None,
                 relations: str | Iterable[str] | None = None, around: str | Iterable[str] | None = None,
                 radius: int = 1) -> KnowledgeGraph:
        """A smaller graph; every filter given must hold.

        Parameters
        ----------
        nodes : iterable of str, optional
            Keep only these node ids.
        types : str or iterable of str, optional
            Keep only nodes of these classes or their subclasses.
        relations : str or iterable of str, optional
            Keep only edges of these relations (and, with ``around``, walk only along them).
        around : str or iterable of str, optional
            Keep only nodes at most ``radius`` edges away (either direction)
            from these nodes, given by id, label or alias. They are always kept.
        radius : int, default 1
            How far ``around`` reaches.

        Returns
        -------
        KnowledgeGraph
            A copy: changing it leaves this graph alone.

        Examples
        --------
        >>> g = example_graph()
        >>> sorted(g.subgraph(around="河长制", relations="implements").graph)
        ['Initiative/河长制', 'adm/110000', 'adm/140000']
        >>> g.subgraph(types="Place", relations="locatedIn").relations()[["head_label", "tail_label"]].values.tolist()
        [['丰台区', '北京市'], ['太原市', '山西省']]
        """
        g = self.graph
        only_rel = _names(relations)
        keep = set(g) if nodes is None else {n for n in nodes if n in g}
        wanted = self._type_filter(types)
        if wanted is not None:
            keep = {n for n in keep if g.nodes[n].get("type") in wanted}
        if around is not None:
            centres = self._resolve(around)
            walk = nx.MultiGraph()
            walk.add_nodes_from(g)
            walk.add_edges_from((u, v) for u, v, k, d in g.edges(keys=True, data=True)
                                if only_rel is None or d.get("relation", k) in only_rel)
            near = set()
            for c in centres:
                near |= set(nx.single_source_shortest_path_length(walk, c, cutoff=radius))
            keep = (keep & near) | set(centres)
        sub = nx.MultiDiGraph()
        sub.add_nodes_from((n, dict(g.nodes[n])) for n in g if n in keep)
        sub.add_edges_from((u, v, k, dict(d)) for u, v, k, d in g.edges(keys=True, data=True)
                           if u in keep and v in keep and (only_rel is None or d.get("relation", k) in only_rel))
        kept_articles = {a for _, d in sub.nodes(data=True) for a in d.get("articles") or ()}
        return KnowledgeGraph(sub, articles=[a for a in self.articles if a.id in kept_articles])

    def write(self, outdir: str | Path, formats: str | Iterable[str] | None = None, *,
              compress: bool = False) -> list[Path]:
        """Write the graph into ``outdir`` in these formats (default: every format ``kg build`` writes);
        ``compress``: gzip every file but the page (``graph.nq.gz`` …; :func:`load` reads them).

        Returns
        -------
        list of pathlib.Path
            Every file written, in the order of ``formats``.

        Examples
        --------
        >>> import tempfile
        >>> paths = example_graph().write(tempfile.mkdtemp(), formats=["csv", "gexf"])
        >>> [p.name for p in paths]
        ['nodes.csv', 'edges.csv', 'evidence.csv', 'sentences.csv', 'graph.gexf']
        """
        from .writers import DEFAULT_FORMATS, WRITERS, write

        formats = DEFAULT_FORMATS if formats is None else ([formats] if isinstance(formats, str) else list(formats))
        paths: list[Path] = []
        for fmt in formats:
            first = write(self.graph, fmt, outdir, compress=compress)
            paths.extend(first.parent / name for name in WRITERS[fmt].files(compress))
        return paths

    # -- helpers ------------------------------------------------------------------------

    def _label(self, node: str) -> str:
        return self.graph.nodes[node].get("label", str(node)) if node in self.graph else str(node)

    def _resolve(self, names: str | Iterable[str]) -> list[str]:
        found = []
        for name in [names] if isinstance(names, str) else names:
            ids = [name] if name in self.graph else self.find(name)
            if not ids:
                raise KGError(f"no node has the id, label or alias {name!r}")
            found.extend(ids)
        return sorted(set(found))

    def _subclasses(self, cls: str) -> set[str]:
        if self._ontology is None:
            from .ontology import load_ontology

            self._ontology = load_ontology()
        return subclasses(cls, self._ontology)

    def _type_filter(self, types: str | Iterable[str] | None) -> set[str] | None:
        names = _names(types)
        if names is None:
            return None
        return set().union(*(self._subclasses(t) for t in names))


def build(paths: str | Path | Iterable[str | Path], **options) -> KnowledgeGraph:
    """Read articles from files and folders and build their graph.

    Parameters
    ----------
    paths : path or iterable of paths
        Files (``.txt``, ``.html``, ``.jsonl``) and folders, read recursively.
    **options
        Passed to :func:`kg.pipeline.build_graph` (``resources`` to reuse
        loaded resources across builds, ``on_article`` for progress).

    Returns
    -------
    KnowledgeGraph
        With ``articles`` read and ``skipped`` inputs (unreadable files are
        skipped, not raised).

    Raises
    ------
    ReadError
        When a path given does not exist.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("山西省太原市召开会议。", encoding="utf-8")
    >>> g = build(folder)
    >>> [a.id for a in g.articles], g.find("太原市")
    (['a'], ['adm/140100'])
    """
    from .pipeline import build_graph

    import os

    from .errors import ReadError

    inputs = [paths] if isinstance(paths, (str, Path)) else list(paths)
    for p in inputs:   # a path that is not there is a mistake in the call, not a bad file in a batch
        if not os.path.lexists(p):
            raise ReadError(p, "no such file or folder")
    result = build_graph(inputs, **options)
    return KnowledgeGraph(result.graph, articles=result.articles, skipped=result.skipped)


def load(path: str | Path) -> KnowledgeGraph:
    """Open a graph ``kg build`` wrote.

    Parameters
    ----------
    path : path
        An output folder (its ``graph.json`` is read: the one file that keeps
        every attribute), a node-link ``.json`` file, or an RDF file
        (``.ttl``, ``.trig``, ``.nq``, ``.nt``) read back through :func:`kg.rdfread.load_graph`.

    Examples
    --------
    >>> import tempfile
    >>> out = tempfile.mkdtemp()
    >>> _ = example_graph().write(out, formats="json")
    >>> load(out)
    <KnowledgeGraph: 9 nodes, 16 edges, 1 article>
    """
    from .outputs import find_file, open_binary, rdf_suffix

    p = Path(path)
    if p.is_dir():
        if find_file(p, "graph.json") is not None:      # plain, or graph.json.gz in an archive's build
            p = find_file(p, "graph.json")
        else:
            rdf = sorted(q for q in p.iterdir() if rdf_suffix(q) in RDF_SUFFIXES)
            if not rdf:
                raise KGError(f"{p}: no graph.json and no RDF file to load")
            p = rdf[0]
    if not p.exists():
        raise KGError(f"{p}: no such file or folder")
    if rdf_suffix(p) == ".json":
        try:
            with open_binary(p) as fh:
                data = json.loads(fh.read().decode("utf-8"))
            graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        except (ValueError, KeyError, nx.NetworkXError) as err:
            raise KGError(f"{p}: not a node-link graph: {err}") from err
        sentences = find_file(p.parent, "sentences.csv")
        if sentences is not None:
            _join_sentences(graph, sentences)
        loaded = KnowledgeGraph(graph)
    elif rdf_suffix(p) in RDF_SUFFIXES:
        loaded = KnowledgeGraph(_load_rdf(p))
    else:
        loaded = None
    if loaded is not None:
        if Path(path).is_dir():
            loaded._folder = Path(path)
        return loaded
    raise KGError(f"{p}: cannot load a {p.suffix or 'suffix-less'} file; give an output folder, .json or an RDF file")


RDF_SUFFIXES = (".trig", ".nq", ".ttl", ".nt")


def _join_sentences(graph: nx.MultiDiGraph, path: Path) -> None:
    """Put each evidence's sentence text back (graph.json keeps only its offsets)."""
    from .writers.csv import read_sentences

    texts = read_sentences(path)

    def fill(evidence):
        for i, ev in enumerate(evidence or ()):
            if isinstance(ev, dict) and "sentence" not in ev:
                text = texts.get((str(ev.get("article")), ev.get("sentence_start")))
                if text is not None:
                    evidence[i] = {"article": ev["article"], "sentence": text,
                                   **{k: v for k, v in ev.items() if k != "article"}}

    for _, d in graph.nodes(data=True):
        fill(d.get("evidence"))
    for *_, d in graph.edges(data=True):
        fill(d.get("evidence"))


def _load_rdf(path: Path) -> nx.MultiDiGraph:
    from .rdfread import load_graph

    return load_graph(path)


# -- the ontology's class tree ------------------------------------------------------------

def subclasses(cls: str, ontology=None) -> set[str]:
    """``cls`` and every class under it in the ontology (local names).

    >>> sorted(subclasses("Event"))
    ['Campaign', 'DocumentIssuance', 'Event', 'Meeting', 'Milestone', 'Visit']
    """
    from .ontology import load_ontology

    onto = ontology or load_ontology()
    return {cls} | {c for c in onto.classes if onto.is_subclass(c, cls)}


# -- small helpers -------------------------------------------------------------------------

def _names(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def _best_score(evidence) -> float | None:
    scores = [e["score"] for e in evidence or () if isinstance(e, dict) and e.get("score") is not None]
    return max(scores) if scores else None


def _first_sentence(evidence) -> str | None:
    for ev in evidence or ():
        if isinstance(ev, dict) and ev.get("sentence"):
            return ev["sentence"]
    return None


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INT_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                  "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                                  "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}


def _python(term):
    """A pyoxigraph term as a plain Python value (see :meth:`KnowledgeGraph.query`)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else None
        try:
            if datatype in _INT_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def example_graph() -> KnowledgeGraph:
    """A small hand-made graph in the shape ``kg build`` gives, for trying the API.

    Nine nodes (two provinces, a county, a prefecture, a government body, two
    initiatives, a meeting, the article), their ``locatedIn``, ``implements``,
    ``organizer``, ``place`` and ``mentions`` edges. Not read from any article.
    """
    art = "ex1"
    text = ("北京市全面推行河长制。丰台区人民政府推进垃圾分类。山西省全面推行河长制。"
            "9月10日，山西省河长制工作会议在太原召开。会议要求各地落实河长制。")

    def ev(sentence: str) -> list[dict]:
        start = text.index(sentence)
        return [{"article": art, "sentence": sentence, "sentence_start": start,
                 "sentence_end": start + len(sentence)}]

    g = nx.MultiDiGraph()
    nodes = [
        ("Initiative/垃圾分类", "Initiative", "垃圾分类", [], {}, "丰台区人民政府推进垃圾分类。"),
        ("Initiative/河长制", "Initiative", "河长制", [], {}, "北京市全面推行河长制。"),
        ("GovernmentBody/丰台区人民政府", "GovernmentBody", "丰台区人民政府", ["丰台区政府"], {},
         "丰台区人民政府推进垃圾分类。"),
        ("Meeting/山西省河长制工作会议/2019-09-10", "Meeting", "山西省河长制工作会议", [],
         {"date": "2019-09-10"}, "9月10日，山西省河长制工作会议在太原召开。"),
        ("adm/110000", "Province", "北京市", ["北京"], {"adcode": "110000"}, "北京市全面推行河长制。"),
        ("adm/110106", "County", "丰台区", [], {"adcode": "110106"}, "丰台区人民政府推进垃圾分类。"),
        ("adm/140000", "Province", "山西省", ["山西"], {"adcode": "140000"}, "山西省全面推行河长制。"),
        ("adm/140100", "Prefecture", "太原市", ["太原"], {"adcode": "140100"}, "9月10日，山西省河长制工作会议在太原召开。"),
    ]
    for node, cls, label, aliases, attrs, sentence in nodes:
        evidence = ev(sentence)
        if node in ("adm/110000", "adm/140000"):
            evidence += ev("会议要求各地落实河长制。")
        g.add_node(node, type=cls, label=label, aliases=aliases, mentions=len(evidence), articles=[art],
                   evidence=evidence, **attrs)
    g.add_node(f"article/{art}", type="Article", label="示例文章", aliases=[], mentions=0, articles=[art],
               evidence=[], title="示例文章", date="2019-09-12")
    edges = [
        ("GovernmentBody/丰台区人民政府", "locatedIn", "adm/110106", "丰台区人民政府推进垃圾分类。"),
        ("GovernmentBody/丰台区人民政府", "implements", "Initiative/垃圾分类", "丰台区人民政府推进垃圾分类。"),
        ("Meeting/山西省河长制工作会议/2019-09-10", "organizer", "adm/140000", "9月10日，山西省河长制工作会议在太原召开。"),
        ("Meeting/山西省河长制工作会议/2019-09-10", "place", "adm/140100", "9月10日，山西省河长制工作会议在太原召开。"),
        ("adm/110000", "implements", "Initiative/河长制", "北京市全面推行河长制。"),
        ("adm/110106", "locatedIn", "adm/110000", "丰台区人民政府推进垃圾分类。"),
        ("adm/140000", "implements", "Initiative/河长制", "山西省全面推行河长制。"),
        ("adm/140100", "locatedIn", "adm/140000", "9月10日，山西省河长制工作会议在太原召开。"),
    ]
    edges += [(f"article/{art}", "mentions", n, None) for n, *_ in sorted(nodes)]
    for head, rel, tail, sentence in sorted(edges):
        g.add_edge(head, tail, key=rel, relation=rel, count=1, articles=[art],
                   evidence=ev(sentence) if sentence else [])
    return KnowledgeGraph(g)
