"""GraphML and GEXF written as they go, from the graph itself.

Both carry the *exchange* form of the graph (:mod:`kg.writers.graphml` says what it is:
entity-level scalars, one type per attribute name, a float ``weight`` on every edge,
edge ids ``<head>|<relation>|<tail>``). Building it as a second NetworkX graph and
handing that to NetworkX's XML writers held a copy of the graph and an XML tree of it
(at 1,000 articles: 190,000 edges, 11 s for GEXF, 8 s for GraphML). Here two passes
over the graph do it: the first finds each attribute's one type, the second writes
each node and edge as it comes. The files read back in NetworkX, igraph and Gephi
as before; the values are those of :func:`kg.writers.graphml.scalar_graph`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import networkx as nx

from .graphml import _EVIDENCE, _as, _counted, _plain, edge_id

__all__ = ["write_graphml", "write_gexf", "write_together", "exchange_items"]

_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# most values need no escaping: a search is several times faster than a translate
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")


def _attr(value) -> str:
    s = str(value)
    return s.translate(_ATTR_ESCAPES) if _ATTR_SPECIAL.search(s) else s


def _text(value) -> str:
    s = str(value)
    return s.translate(_TEXT_ESCAPES) if _TEXT_SPECIAL.search(s) else s


_LISTS = (list, tuple, set, frozenset)      # an ``articles`` of these becomes its length


def _node_data(d: dict) -> dict:
    return {k: _plain(v) for k, v in sorted(_counted(d).items()) if v is not None and k not in _EVIDENCE}


def _edge_data(key, d: dict) -> dict:
    """An edge's exchange attributes (in no order: :func:`exchange_items` sorts them once, last)."""
    data = {}
    for k, x in d.items():
        if k == "articles":
            k, x = "articleCount", len(x) if isinstance(x, _LISTS) else x
        if x is not None and k not in _EVIDENCE:
            data[k] = _plain(x)
    data.setdefault("relation", str(key))
    w = data.get("weight", data.get("count", 1))
    data["weight"] = float(w) if isinstance(w, (int, float)) and not isinstance(w, bool) else 1.0
    return data


def _one_type(kinds: set) -> type:
    """The type an attribute gets from the types of its values (as ``graphml._common_type``)."""
    if kinds <= {bool}:
        return bool
    if kinds <= {int}:
        return int
    if kinds <= {int, float}:
        return float
    return str


def exchange_items(graph: nx.MultiDiGraph):
    """``(node kinds, edge kinds, nodes(), edges())``: each attribute name's one type, and two
    generators of the exchange form (``(id, data)`` sorted; ``(head, tail, edge id, data)``
    sorted by head, tail, key), values already of their attribute's type."""
    # the (name, type) pairs first, in C (a few dozen different ones over hundreds of thousands of
    # edges), then each pair's exchange name and kind
    node_pairs: set = set()
    for _n, d in graph.nodes(data=True):
        node_pairs.update(zip(d, map(type, d.values())))
    edge_pairs: set = set()
    for _u, _v, d in graph.edges(data=True):
        edge_pairs.update(zip(d, map(type, d.values())))
    node_seen: dict[str, set] = {}
    edge_seen: dict[str, set] = {"relation": {str}, "weight": {float}}
    for pairs, seen, skip in ((node_pairs, node_seen, _EVIDENCE), (edge_pairs, edge_seen, _EVIDENCE | {"weight"})):
        for k, t in pairs:
            if t is type(None) or k in skip:
                continue
            if k == "articles":
                k, t = "articleCount", int if issubclass(t, _LISTS) else t
            seen.setdefault(k, set()).add(t if t is bool or t is int or t is float else str)
    node_kinds = {k: _one_type(ts) for k, ts in sorted(node_seen.items())}
    edge_kinds = {k: _one_type(ts) for k, ts in sorted(edge_seen.items())}

    def unify(data: dict, kinds: dict) -> dict:
        for k, v in data.items():
            if type(v) is not kinds[k]:
                data[k] = _as(kinds[k], v)
        return data

    def nodes() -> Iterator[tuple]:
        for n in sorted(graph.nodes, key=str):
            yield n, unify(_node_data(graph.nodes[n]), node_kinds)

    def edges() -> Iterator[tuple]:
        for u, v, key in sorted(graph.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
            data = dict(sorted(unify(_edge_data(key, graph.edges[u, v, key]), edge_kinds).items()))
            yield u, v, edge_id(u, data["relation"], v), data

    return node_kinds, edge_kinds, nodes(), edges()


def _value(kind: type, value) -> str:
    if kind is bool:
        return "true" if value else "false"
    return str(value)


_CELLS_HELD = 100_000
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


class _Sink:
    """One file of :func:`write_together`: ``begin``, then each node and edge (held in ``parts``
    and written a few thousand at a time), then ``end``. Node and edge ids come escaped for an
    attribute (both formats put them in one; escaped once for both)."""

    def __init__(self, out, node_kinds: dict, edge_kinds: dict):
        self.out, self.node_kinds, self.edge_kinds = out, node_kinds, edge_kinds
        self.parts: list[str] = []
        # an edge's attributes as text, by their values: at 1,000 articles 190,000 edges have
        # fewer than 400 different sets (a relation, counts of 1, a rule); emptied when full. (Each
        # attribute has one type here, so 1, 1.0 and True, one key, never meet under one name.)
        self.edge_cells: dict[tuple, str] = {}

    def cells_of(self, data: dict) -> str:
        key = tuple(data.items())
        cells = self.edge_cells.get(key)
        if cells is None:
            if len(self.edge_cells) >= _CELLS_HELD:
                self.edge_cells.clear()
            cells = self.edge_cells[key] = self.edge_cells_text(data)
        return cells

    def flush(self) -> None:
        self.out.write("".join(self.parts))
        self.parts.clear()

    def nodes_done(self) -> None:
        pass


class _GraphMLSink(_Sink):
    def begin(self) -> None:
        self.node_keys = {k: f"d{i}" for i, k in enumerate(self.node_kinds)}
        self.edge_keys = {k: f"d{i}" for i, k in enumerate(self.edge_kinds, len(self.node_keys))}
        w = self.parts.append
        w("<?xml version='1.0' encoding='utf-8'?>\n"
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
          'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
        for scope, kinds, ids in (("node", self.node_kinds, self.node_keys), ("edge", self.edge_kinds, self.edge_keys)):
            for k, kind in kinds.items():
                w(f'<key id="{ids[k]}" for="{scope}" attr.name="{_attr(k)}" attr.type="{_GRAPHML_TYPES[kind]}"/>')
        w('<graph edgedefault="directed">')

    def node(self, n, data: dict) -> None:
        keys, kinds = self.node_keys, self.node_kinds
        cells = "".join(f'<data key="{keys[k]}">{_text(_value(kinds[k], v))}</data>' for k, v in data.items())
        self.parts.append(f'<node id="{n}">{cells}</node>')

    def edge_cells_text(self, data: dict) -> str:
        keys, kinds = self.edge_keys, self.edge_kinds
        return "".join(f'<data key="{keys[k]}">{_text(_value(kinds[k], x))}</data>' for k, x in data.items())

    def edge(self, u, v, eid, data: dict) -> None:
        self.parts.append(f'<edge source="{u}" target="{v}" id="{eid}">{self.cells_of(data)}</edge>')

    def end(self) -> None:
        self.parts.append("</graph></graphml>\n")


class _GEXFSink(_Sink):
    def begin(self) -> None:
        from .. import __version__

        # the label and the weight are the node's and the edge's own, not attributes
        self.node_kinds = {k: t for k, t in self.node_kinds.items() if k != "label"}
        self.edge_kinds = {k: t for k, t in self.edge_kinds.items() if k != "weight"}
        self.node_ids = {k: str(i) for i, k in enumerate(self.node_kinds)}
        self.edge_ids = {k: str(i) for i, k in enumerate(self.edge_kinds, len(self.node_ids))}
        w = self.parts.append
        w("<?xml version='1.0' encoding='utf-8'?>\n"
          '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">'
          f"<meta><creator>kg {_text(__version__)}</creator></meta>"
          '<graph defaultedgetype="directed" mode="static" name="">')
        for scope, kinds, ids in (("node", self.node_kinds, self.node_ids), ("edge", self.edge_kinds, self.edge_ids)):
            w(f'<attributes mode="static" class="{scope}">')
            for k, kind in kinds.items():
                w(f'<attribute id="{ids[k]}" title="{_attr(k)}" type="{_GEXF_TYPES[kind]}" />')
            w("</attributes>")
        w("<nodes>")

    def node(self, n, data: dict) -> None:
        ids, kinds = self.node_ids, self.node_kinds
        label = data.get("label", n)
        cells = "".join(f'<attvalue for="{ids[k]}" value="{_attr(_value(kinds[k], v))}" />'
                        for k, v in data.items() if k != "label")
        self.parts.append(f'<node id="{n}" label="{_attr(label)}"><attvalues>{cells}</attvalues></node>')

    def nodes_done(self) -> None:
        self.parts.append("</nodes><edges>")

    def edge_cells_text(self, data: dict) -> str:
        ids, kinds = self.edge_ids, self.edge_kinds
        cells = "".join(f'<attvalue for="{ids[k]}" value="{_attr(_value(kinds[k], x))}" />'
                        for k, x in data.items() if k != "weight")
        return (f'label="{_attr(data["relation"])}" weight="{data["weight"]}"><attvalues>{cells}</attvalues></edge>')

    def edge(self, u, v, eid, data: dict) -> None:
        self.parts.append(f'<edge source="{u}" target="{v}" id="{eid}" {self.cells_of(data)}')

    def end(self) -> None:
        self.parts.append("</edges></graph></gexf>\n")


_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
SINKS = {"graphml": _GraphMLSink, "gexf": _GEXFSink}


def write_together(graph: nx.MultiDiGraph, outs: dict, **_options) -> None:
    """Write each format of ``outs`` (``{"graphml" | "gexf": text file}``) from one pass over the
    exchange form of ``graph`` (its types, and each node and edge, made once for both files);
    each file the bytes its writer alone writes."""
    node_kinds, edge_kinds, nodes, edges = exchange_items(graph)
    sinks = [SINKS[name](out, node_kinds, edge_kinds) for name, out in outs.items()]
    for sink in sinks:
        sink.begin()
    # each node id escaped once: an edge names two (190,000 edges at 1,000 articles)
    escaped: dict[str, str] = {}
    for i, (n, data) in enumerate(nodes, 1):
        esc = escaped[n] = _attr(n)
        for sink in sinks:
            sink.node(esc, data)
        if i % 2000 == 0:
            for sink in sinks:
                sink.flush()
    for sink in sinks:
        sink.nodes_done()
    for i, (u, v, eid, data) in enumerate(edges, 1):
        u, v, eid = escaped[u], escaped[v], _attr(eid)
        for sink in sinks:
            sink.edge(u, v, eid, data)
        if i % 2000 == 0:
            for sink in sinks:
                sink.flush()
    for sink in sinks:
        sink.end()
        sink.flush()


def write_graphml(graph: nx.MultiDiGraph, out, **options) -> None:
    """Stream the GraphML of ``graph`` to the text file ``out``.

    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京"], inferred=True)
    >>> g.add_node("adm/110106", type="County", label="丰台区", aliases=[])
    >>> g.add_edge("adm/110106", "adm/110000", key="locatedIn", relation="locatedIn", count=2)
    'locatedIn'
    >>> buf = io.StringIO(); write_graphml(g, buf)
    >>> back = nx.read_graphml(io.BytesIO(buf.getvalue().encode()), force_multigraph=True)
    >>> back.nodes["adm/110000"]["aliases"], back.nodes["adm/110000"]["inferred"]
    ('["北京"]', True)
    >>> list(back.edges(keys=True, data="weight"))
    [('adm/110106', 'adm/110000', 'adm/110106|locatedIn|adm/110000', 2.0)]
    """
    write_together(graph, {"graphml": out}, **options)


def write_gexf(graph: nx.MultiDiGraph, out, **options) -> None:
    """Stream the GEXF 1.2 of ``graph`` to the text file ``out``: ``label`` the node label, the
    relation the edge label, ``weight`` the edge weight, the rest attributes; the ``meta``
    element names kg, not the day it was written (the same graph, the same bytes)."""
    write_together(graph, {"gexf": out}, **options)
