"""Keep a built graph inside the ontology before it is written.

An extraction rule can be wrong on some article (an area taken for an attendee, a
university for the place of a meeting, a year where a date belongs); the exports
must still pass their own SHACL check. So, after the graph is built, every edge
whose relation the ontology types (``rdfs:domain`` / ``rdfs:range`` of its object
property) and whose ends are of classes outside those types is dropped, a node
attribute that is a datatype property of another class is dropped, and a date
property (``xsd:date``) holding a partial date (``2020``, ``2020-05``) becomes the
event's ``dateNote``, or is dropped where the class has none. Each drop is reported
in one line, so a wrong rule shows, instead of an export that does not validate.

Everything is read from ``ontology/kg.ttl``; nothing is restated here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import networkx as nx

from .ontology import KG, load_ontology, ontology_path, shapes_path

__all__ = ["Signature", "signatures", "single_valued", "conform_graph"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
# node attributes whose RDF property is not kg:<the same name> (kg.rdf.NODE_PROPERTIES)
_NODE_PROPERTY_NAMES = {"mentions": "mentionCount", "source": "file", "url": "sourceUrl"}


@dataclass(frozen=True)
class Signature:
    """The kg: classes a property's subject and object may have; ``None``: not constrained."""

    domain: frozenset[str] | None
    range: frozenset[str] | None
    date: bool = False        # a datatype property whose range is xsd:date


@lru_cache(maxsize=1)
def signatures() -> dict[str, Signature]:
    """Every kg: property with a declared domain or range, by local name.

    >>> s = signatures()["attendee"]
    >>> sorted(s.range), s.domain
    (['Organization', 'Person'], frozenset({'Event'}))
    """
    import pyoxigraph as ox

    quads = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    by_subject: dict[object, list] = {}
    for q in quads:
        by_subject.setdefault(q.subject, []).append(q)

    def objects(subject, predicate: str) -> list:
        return [q.object for q in by_subject.get(subject, ()) if q.predicate.value == predicate]

    def rdf_list(node) -> list:
        items = []
        while isinstance(node, (ox.BlankNode, ox.NamedNode)) and node.value != _RDF + "nil":
            items += objects(node, _RDF + "first")
            rest = objects(node, _RDF + "rest")
            node = rest[0] if rest else None
        return items

    def classes(node) -> frozenset[str] | None:
        """kg: class names of a class expression (a name or an owl:unionOf); None if anything else."""
        if isinstance(node, ox.NamedNode):
            return frozenset({node.value[len(KG):]}) if node.value.startswith(KG) else None
        members = [m for u in objects(node, _OWL + "unionOf") for m in rdf_list(u)]
        out: set[str] = set()
        for m in members:
            got = classes(m)
            if got is None:
                return None
            out |= got
        return frozenset(out) or None

    sigs: dict[str, Signature] = {}
    for subject, qs in by_subject.items():
        if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(KG):
            continue
        domains = [q.object for q in qs if q.predicate.value == _RDFS + "domain"]
        ranges = [q.object for q in qs if q.predicate.value == _RDFS + "range"]
        if not domains and not ranges:
            continue
        date = any(isinstance(r, ox.NamedNode) and r.value == _XSD_DATE for r in ranges)
        sigs[subject.value[len(KG):]] = Signature(classes(domains[0]) if len(domains) == 1 else None,
                                                  classes(ranges[0]) if len(ranges) == 1 else None, date)
    return sigs


@lru_cache(maxsize=1)
def single_valued() -> dict[str, frozenset[str]]:
    """Property -> the classes whose nodes may have at most one value of it
    (``sh:maxCount 1`` in a node shape with ``sh:targetClass``, ontology/shapes.ttl).

    >>> sorted(single_valued()["subject"])
    ['Observation']
    """
    import pyoxigraph as ox

    sh = "http://www.w3.org/ns/shacl#"
    quads = list(ox.parse(path=str(shapes_path()), format=ox.RdfFormat.TURTLE))
    out: dict[str, set[str]] = {}
    by_subject: dict[object, list] = {}
    for q in quads:
        by_subject.setdefault(q.subject, []).append(q)
    for subject, qs in by_subject.items():
        targets = [q.object.value[len(KG):] for q in qs if q.predicate.value == sh + "targetClass"
                   and isinstance(q.object, ox.NamedNode) and q.object.value.startswith(KG)]
        for q in qs:
            if q.predicate.value != sh + "property" or not targets:
                continue
            prop = by_subject.get(q.object, [])
            paths = [p.object.value[len(KG):] for p in prop if p.predicate.value == sh + "path"
                     and isinstance(p.object, ox.NamedNode) and p.object.value.startswith(KG)]
            if paths and any(p.predicate.value == sh + "maxCount" and p.object.value == "1" for p in prop):
                out.setdefault(paths[0], set()).update(targets)
    return {k: frozenset(v) for k, v in sorted(out.items())}


def _full_date(value) -> bool:
    from .read import valid_iso_date

    return isinstance(value, str) and len(value) == 10 and valid_iso_date(value)


def conform_graph(graph: nx.MultiDiGraph) -> list[str]:
    """Drop from ``graph`` (in place) what the ontology does not allow; one line per drop."""
    onto = load_ontology()
    sigs = signatures()
    known = onto.classes

    verdicts: dict[tuple, bool] = {}

    def allowed(cls: str | None, of: frozenset[str] | None) -> bool:
        # a class the ontology does not know is not judged here (kg validate will say); a few
        # dozen classes and signatures, asked of every node's attribute and every edge: each pair once
        verdict = verdicts.get((cls, of))
        if verdict is None:
            verdict = verdicts[(cls, of)] = (of is None or cls is None or cls not in known
                                             or any(onto.is_subclass(cls, c) for c in of))
        return verdict

    event_classes = frozenset(c for c in known if onto.is_subclass(c, "Event"))
    note = sigs.get("dateNote")
    dropped: list[str] = []
    for node, data in graph.nodes(data=True):
        cls = data.get("type")
        for attr in sorted(data):
            sig = sigs.get(_NODE_PROPERTY_NAMES.get(attr, attr))
            value = data[attr]
            if sig is None or attr in ("type", "label") or value is None:
                continue
            if not allowed(cls, sig.domain):
                del data[attr]
                dropped.append(f"{node}: {attr} = {value!r} (the ontology gives {attr} to {_names(sig.domain)}, "
                               f"not {cls})")
            elif sig.date and not _full_date(value):
                del data[attr]
                if note is not None and cls in event_classes and "dateNote" not in data:
                    data["dateNote"] = str(value)        # a vague date is the event's date note
                else:
                    dropped.append(f"{node}: {attr} = {value!r} is not a full date (YYYY-MM-DD)")
    bad_edges = []
    for head, tail, key, data in graph.edges(keys=True, data=True):
        sig = sigs.get(data.get("relation", key))
        if sig is None:
            continue
        head_cls, tail_cls = graph.nodes[head].get("type"), graph.nodes[tail].get("type")
        if not allowed(head_cls, sig.domain) or not allowed(tail_cls, sig.range):
            bad_edges.append((head, tail, key))
            dropped.append(f"{head} -{key}-> {tail}: a {head_cls} -> {tail_cls} fact; the ontology allows "
                           f"{_names(sig.domain)} -> {_names(sig.range)}")
    graph.remove_edges_from(bad_edges)
    dropped += _one_value_each(graph, onto)
    dropped += _spans_inside_sentences(graph)
    return dropped


def _one_value_each(graph: nx.MultiDiGraph, onto) -> list[str]:
    """A node that may have one value of a relation and got several (the same statistic read
    in two articles whose place resolved apart): the first by id is kept."""
    single = single_valued()
    dropped, extra = [], []
    for node, cls in graph.nodes(data="type"):
        if cls is None:
            continue
        by_relation: dict[str, list] = {}
        for _, tail, key in graph.out_edges(node, keys=True):
            if any(onto.is_subclass(cls, c) for c in single.get(key, ())):
                by_relation.setdefault(key, []).append(tail)
        for key, tails in sorted(by_relation.items()):
            keep, *rest = sorted(tails)
            for tail in rest:
                extra.append((node, tail, key))
                dropped.append(f"{node} -{key}-> {tail}: a {cls} has one {key} ({keep} kept)")
    graph.remove_edges_from(extra)
    return dropped


def _spans_inside_sentences(graph: nx.MultiDiGraph) -> list[str]:
    """A mention span that runs past its evidence sentence keeps the sentence, not the span."""
    dropped = []
    from itertools import chain

    # walked, not listed: at 10,000 articles a list of every node and edge was 250 MB at the build's peak
    items = chain(graph.nodes(data=True), (((h, t, k), d) for h, t, k, d in graph.edges(keys=True, data=True)))
    for where, data in items:
        for ev in data.get("evidence") or ():
            if not isinstance(ev, dict) or ev.get("start") is None or ev.get("end") is None:
                continue
            s0, s1 = ev.get("sentence_start"), ev.get("sentence_end")
            if s0 is not None and s1 is not None and not s0 <= ev["start"] <= ev["end"] <= s1:
                dropped.append(f"{where}: span {ev['start']}-{ev['end']} outside its sentence {s0}-{s1}")
                del ev["start"], ev["end"]
    return dropped


def _names(classes: frozenset[str] | None) -> str:
    return "anything" if classes is None else " or ".join(sorted(classes))
