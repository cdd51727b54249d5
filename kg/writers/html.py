"""The graph page (``graph.html``): one self-contained file a person opens offline.

vis-network 9.1.2 comes from pyvis's bundle, inlined the way pyvis's own
``cdn_resources="in_line"`` template does it (a Jinja ``include`` from pyvis's
template folder), so the page needs no network. The page template, its script
and its style are ours (``kg/data/page/``): pyvis's template links bootstrap from
a CDN and renders node titles as HTML, and its ``add_node`` scans a list on every
call (quadratic). Instead the graph is emitted as one JSON document inside
``<script type="application/json">``, escaped so no article text can close the
script element, and the page script builds the vis ``DataSet`` from it and
renders every text with ``textContent``.

What the page shows:

- at most ``html_max_nodes`` nodes (default :data:`DEFAULT_MAX_NODES`), the most
  important ones by mentions, then degree, then id; the page says how many
  nodes and edges were left out, by class;
- positions computed here, deterministically: ``networkx.spring_layout`` with a
  fixed seed for components up to :data:`SPRING_MAX_NODES` nodes, the same
  force model in blocked numpy (no scipy) up to :data:`FORCE_MAX_NODES`, and a
  spiral in breadth-first order from the most important node above; components
  packed in rows. Up to :data:`PHYSICS_MAX_NODES` nodes the browser then runs a
  short, seeded stabilisation and switches physics off; above, physics is off;
- at most :data:`EVIDENCE_PER_ITEM` evidence sentences per node or edge (fewer
  on pages of thousands of nodes, and :data:`EVIDENCE_BUDGET_CHARS` characters
  of sentence text in all); the panel says how many there are in all.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", mentions=2, adcode="110000")
>>> page = render_html(g)
>>> page.startswith("<!DOCTYPE html>") and "北京市" in page
True
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..errors import ExportError

__all__ = ["DEFAULT_MAX_NODES", "EVIDENCE_PER_ITEM", "PHYSICS_MAX_NODES", "SPRING_MAX_NODES",
           "PageStyle", "rank_nodes", "layout_positions", "page_data", "script_json", "render_html"]

DEFAULT_MAX_NODES = 2000     # nodes drawn at most; ``kg build --html-max-nodes N`` changes it
SMALL_COMPONENT = 6          # components this small are drawn as a ring
SPRING_MAX_NODES = 400       # spring_layout's dense solver (numpy, no scipy) stays fast up to here
FORCE_MAX_NODES = 2500       # our blocked numpy force layout up to here (~2 s at 2,000); a spiral above
FORCE_ITERATIONS = 50
FORCE_SAMPLE = 800
PHYSICS_MAX_NODES = 500      # above this the browser would need more than a few seconds to settle
STABILIZATION_ITERATIONS = 150
EVIDENCE_PER_ITEM = 5        # evidence sentences per node or edge (2 above 2,000 nodes, 1 above 5,000)
SENTENCE_MAX_CHARS = 160     # longer sentences are cut to a window around the cited span
EVIDENCE_BUDGET_CHARS = 300_000  # sentence text per page (~0.9 MB): keeps a 20,000-node page under 5 MB
LAYOUT_SEED = 7
EDGE_LABELS_MAX = 3000       # relation names on edges up to this many edges (vis draws them only when zoomed in)
LABELLED_NODES = 40          # the most important nodes keep a readable label at every zoom level
TABLE_EVIDENCE = 2           # evidence sentences per row of the timeline, statistics and posts tables
AREA_LEVELS = {"Province": 0, "Prefecture": 1, "County": 2}     # the where-view's drill-down levels
# relations followed (out of a node, breadth first) to the administrative area a node belongs to
AREA_RELATIONS = ("locatedIn", "partOf", "place", "subject", "postIn", "organizer", "holder", "memberOf")
TIMELINE_LEAVE_OUT = {"Campaign"}     # campaigns run for months: in the network, not on the timeline
OBSERVATION_CLASS = "Observation"
POST_CLASS = "Post"
NODE_SPACING = 90.0          # pixels between neighbouring nodes in the computed layout

PAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "page"
TEMPLATE = "graph.html.j2"
EVENT_CLASS = "Event"
ARTICLE_CLASS = "Article"
# node attributes the panel lists (ontology property names), in this order
NODE_FIELDS = ("date", "dateBefore", "startDate", "endDate", "dateNote", "measure", "value", "unit",
               "period", "change", "changeBasis", "docNumber", "genre", "number", "title", "source", "url")
EDGE_FIELDS = ("cue", "source", "date", "weight", "layer")    # edge attributes the panel lists


@dataclass(frozen=True)
class PageStyle:
    """Legend labels, colours and shapes per class; labels and colours per property.

    Loaded from ``kg/data/page/classes.tsv`` and ``properties.tsv``.
    """

    classes: dict[str, tuple[str, str, str, str]]   # class -> (parent, label, color, shape)
    properties: dict[str, tuple[str, str, bool, bool]]   # property -> (label, color, hidden, quiet)

    @classmethod
    def load(cls) -> "PageStyle":
        from ..lexicon import read_table

        classes = {c: (p if p != "-" else "", label, color, shape)
                   for c, p, label, color, shape in read_table("page/classes.tsv")}
        props = {p: (label, color if color != "-" else "", hidden == "1", quiet == "1")
                 for p, label, color, hidden, quiet in read_table("page/properties.tsv")}
        return cls(classes, props)

    def class_style(self, cls: str) -> tuple[str, str, str]:
        """(label, color, shape) of ``cls``; a class with no row is grey, under its own name."""
        if cls in self.classes:
            _, label, color, shape = self.classes[cls]
            return label, color, shape
        return cls or "未分类", "#9e9e9e", "dot"

    def is_a(self, cls: str, ancestor: str) -> bool:
        seen = set()
        while cls and cls not in seen:
            if cls == ancestor:
                return True
            seen.add(cls)
            cls = self.classes.get(cls, ("",))[0]
        return False


def rank_nodes(graph: nx.MultiDiGraph) -> list[str]:
    """Node ids, most important first: named in more articles, then more mentions, then
    higher degree, then id.

    In a corpus what many articles name matters more than what one article repeats.
    A node with no mentions of its own (a place known only from the gazetteer chain)
    counts its degree in place of mentions.

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("b", {"mentions": 1}), ("a", {"mentions": 1}), ("c", {"mentions": 3})])
    >>> g.add_edge("b", "c", key="locatedIn")
    'locatedIn'
    >>> rank_nodes(g)
    ['c', 'b', 'a']
    """
    deg = dict(graph.degree())
    return sorted(graph.nodes, key=lambda n: (-len(graph.nodes[n].get("articles") or ()),
                                              -(graph.nodes[n].get("mentions") or deg[n]), -deg[n], n))


def layout_positions(graph: nx.MultiDiGraph, nodes: list[str], ranked: list[str] | None = None,
                     skip_relations: frozenset[str] | set[str] = frozenset()) -> dict[str, tuple[int, int]]:
    """Deterministic integer positions for ``nodes`` (the same graph gets the same layout).

    Edges of ``skip_relations`` (layers the page starts with switched off) do not
    pull nodes together.

    Notes: O(n + m) for the spiral part; spring_layout is O(k²) per iteration on
    components of k ≤ SPRING_MAX_NODES nodes.
    """
    keep = set(nodes)
    order = {n: i for i, n in enumerate(ranked or sorted(nodes))}
    h = nx.Graph()
    h.add_nodes_from(sorted(keep))
    h.add_edges_from(sorted({tuple(sorted((u, v))) for u, v, k, rel in graph.edges(keys=True, data="relation")
                             if u in keep and v in keep and u != v and (rel or k) not in skip_relations}))
    comps = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(h)),
                   key=lambda c: (-len(c), order[c[0]]))
    placed: list[tuple[dict[str, tuple[float, float]], float, float]] = []
    for comp in comps:
        if len(comp) == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= SMALL_COMPONENT:
            step = 2 * math.pi / len(comp)
            r = NODE_SPACING * 0.5 / math.sin(step / 2)
            pos = {n: (r * math.cos(i * step), r * math.sin(i * step)) for i, n in enumerate(comp)}
        elif len(comp) <= SPRING_MAX_NODES:
            sub = nx.Graph()
            sub.add_nodes_from(sorted(comp))
            sub.add_edges_from(sorted(h.subgraph(comp).edges()))
            raw = nx.spring_layout(sub, seed=LAYOUT_SEED, iterations=100)
            scale = NODE_SPACING * math.sqrt(len(comp)) * 0.9
            pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}
        elif len(comp) <= FORCE_MAX_NODES:
            pos = _force_layout(h, _bfs_order(h, comp, order))
        else:
            pos = _spiral(_bfs_order(h, comp, order))
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        x0, y0 = min(xs), min(ys)
        pos = {n: (x - x0, y - y0) for n, (x, y) in pos.items()}
        placed.append((pos, max(xs) - x0, max(ys) - y0))
    return _pack(placed)


def _bfs_order(h: nx.Graph, comp: list[str], order: dict[str, int]) -> list[str]:
    """Breadth-first from the most important node, neighbours in order of importance."""
    seen = {comp[0]}
    out = []
    queue = deque([comp[0]])
    while queue:
        n = queue.popleft()
        out.append(n)
        for m in sorted(h.adj[n], key=order.__getitem__):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return out


def _force_layout(h: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold from the spiral, in numpy, row blocks to bound memory.

    networkx's spring_layout needs scipy above 500 nodes; this is the same force
    model (repulsion k²/d, attraction d²/k, a cooling step limit), started from a
    deterministic spiral so no random numbers are drawn. O(n²) per iteration.
    """
    import numpy as np

    idx = {n: i for i, n in enumerate(nodes)}
    start = _spiral(nodes)
    x = np.array([start[n][0] for n in nodes], dtype=np.float32)   # float32 halves the memory traffic
    y = np.array([start[n][1] for n in nodes], dtype=np.float32)
    edges = np.array(sorted((idx[u], idx[v]) for u, v in h.subgraph(nodes).edges()), dtype=np.intp).reshape(-1, 2)
    a, b = edges[:, 0], edges[:, 1]
    n = len(nodes)
    k2 = np.float32(NODE_SPACING * NODE_SPACING)
    t0 = max(float(np.ptp(x)), float(np.ptp(y))) / 8 or NODE_SPACING
    # above FORCE_SAMPLE nodes, repulsion from every m-th node (in BFS order), weighted by m
    sample = np.arange(0, n, max(1, -(-n // FORCE_SAMPLE)))
    weight = n / len(sample)
    block = max(1, 500_000 // len(sample))
    fx, fy = np.empty(n, dtype=np.float32), np.empty(n, dtype=np.float32)
    for it in range(FORCE_ITERATIONS):
        for s in range(0, n, block):
            dx = x[s:s + block, None] - x[None, sample]
            dy = y[s:s + block, None] - y[None, sample]
            w = dx * dx
            w += dy * dy
            np.maximum(w, np.float32(1.0), out=w)
            np.divide(k2, w, out=w)              # repulsion k²/d along the unit vector: (dx, dy)·k²/d²
            fx[s:s + block] = (dx * w).sum(1) * weight
            fy[s:s + block] = (dy * w).sum(1) * weight
        ex, ey = x[a] - x[b], y[a] - y[b]
        pull = np.sqrt(ex * ex + ey * ey) / NODE_SPACING   # attraction d²/k along the unit vector
        fx += (np.bincount(b, ex * pull, n) - np.bincount(a, ex * pull, n)).astype(np.float32)
        fy += (np.bincount(b, ey * pull, n) - np.bincount(a, ey * pull, n)).astype(np.float32)
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        scale = np.minimum(length, np.float32(t0 * (1 - it / FORCE_ITERATIONS))) / length
        x += fx * scale
        y += fy * scale
    return {node: (float(px), float(py)) for node, px, py in zip(nodes, x, y)}


def _spiral(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """An Archimedean spiral with even spacing along the curve: the first node in the middle."""
    s = NODE_SPACING * 0.6
    pos = {}
    for i, n in enumerate(nodes):
        theta = math.sqrt(4 * math.pi * i)
        r = s * theta / (2 * math.pi)
        pos[n] = (r * math.cos(theta), r * math.sin(theta))
    return pos


def _pack(placed: list[tuple[dict, float, float]]) -> dict[str, tuple[int, int]]:
    """Shelf packing: components left to right in rows, largest first."""
    margin = NODE_SPACING
    area = sum((w + margin) * (h + margin) for _, w, h in placed)
    row_width = max(max((w for _, w, _h in placed), default=0.0), math.sqrt(area) * 1.3)
    out: dict[str, tuple[int, int]] = {}
    x = y = row_h = 0.0
    for pos, w, h in placed:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + margin, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + px), round(y + py))
        x += w + margin
        row_h = max(row_h, h)
    return out


def _label(d: dict, node_id: str) -> str:
    return str(d.get("label") or node_id)


class _EvidenceTable:
    """Sentences and article titles shared by every node and edge that cites them.

    Each item keeps at most ``per_item`` evidence sentences; sentences longer than
    :data:`SENTENCE_MAX_CHARS` are cut to a window around the cited span; once
    :data:`EVIDENCE_BUDGET_CHARS` characters of sentence text are on the page,
    items cite only sentences already there (the panel gives the total count).
    """

    def __init__(self, graph: nx.MultiDiGraph, per_item: int):
        self.graph = graph
        self.per_item = per_item
        self.articles: dict[str, int] = {}
        self.article_rows: list[list] = []
        self.sentences: dict[tuple, int] = {}
        self.sentence_rows: list[list] = []
        self.chars = 0
        self.trimmed = 0          # items that lost evidence to the budget
        # articles first, in id order, so their indices do not depend on evidence order
        for n in sorted(graph.nodes):
            if graph.nodes[n].get("type") == ARTICLE_CLASS and n.startswith("article/"):
                self.article(n[len("article/"):])

    def article(self, aid: str) -> int:
        if aid not in self.articles:
            d = self.graph.nodes.get(f"article/{aid}", {})
            self.articles[aid] = len(self.article_rows)
            self.article_rows.append([aid, str(d.get("title") or d.get("label") or aid), str(d.get("date") or "")])
        return self.articles[aid]

    def refs(self, evs: list[dict]) -> list[list[int]]:
        out = []
        for ev in evs[:self.per_item]:
            text = str(ev.get("sentence") or "")
            s0 = ev.get("sentence_start") or 0
            start, end = ev.get("start"), ev.get("end")
            a, b = (start - s0, end - s0) if isinstance(start, int) and isinstance(end, int) else (-1, -1)
            if not (0 <= a < b <= len(text)):
                a = b = -1
            w0 = 0
            if len(text) > SENTENCE_MAX_CHARS:
                w0 = max(0, min(len(text) - SENTENCE_MAX_CHARS, (a if a >= 0 else 0) - SENTENCE_MAX_CHARS // 3))
                cut = text[w0:w0 + SENTENCE_MAX_CHARS]
                text = ("…" if w0 else "") + cut + ("…" if w0 + SENTENCE_MAX_CHARS < len(text) else "")
                if a >= 0:
                    shift = w0 - (1 if w0 else 0)
                    a, b = a - shift, min(b - shift, len(text))
                    if not (0 <= a < b):
                        a = b = -1
            key = (str(ev.get("article") or ""), s0 + w0, text)
            if key not in self.sentences:
                if self.chars + len(text) > EVIDENCE_BUDGET_CHARS:
                    self.trimmed += 1
                    break
                self.chars += len(text)
                self.sentences[key] = len(self.sentence_rows)
                self.sentence_rows.append([self.article(key[0]), text])
            out.append([self.sentences[key], a, b] if a >= 0 else [self.sentences[key]])
        return out


def _edges(graph: nx.MultiDiGraph):
    """``(head, tail, key, data)`` of every edge in the graph's order, read from the adjacency: what
    ``graph.edges(keys=True, data=True)`` gives, without its view's per-edge cost (the page passes
    over the 1.6 million edges of 10,000 articles several times)."""
    for u, nbrs in graph.adj.items():
        for v, by_key in nbrs.items():
            for k, d in by_key.items():
                yield u, v, k, d


def _trim(row: list, defaults: int) -> list:
    """Drop trailing empty fields (the last ``defaults`` fields are optional)."""
    while defaults and row and not row[-1]:
        row.pop()
        defaults -= 1
    return row


def page_data(graph: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES,
              style: PageStyle | None = None, title: str | None = None) -> dict:
    """The JSON document the page script reads: nodes, edges, legend, the tables of the
    timeline, statistics, posts and where-views, and what was left out.

    Articles are not drawn by default and do not count against ``max_nodes``: each node
    lists the articles that name it, and the page makes article nodes from that list when
    asked. Rows are arrays, with empty trailing fields dropped, to keep a 20,000-node page
    under 5 MB; the field order is listed under ``fields`` in the document.
    """
    style = style or PageStyle.load()
    if max_nodes < 1:
        raise ExportError(f"html_max_nodes must be at least 1, got {max_nodes!r}")
    types = {n: str(d.get("type") or "") for n, d in graph.nodes(data=True)}
    ranked = [n for n in rank_nodes(graph) if types[n] != ARTICLE_CLASS]
    shown = ranked[:max_nodes]
    shown_set = set(shown)
    nodes = sorted(shown)
    index = {n: i for i, n in enumerate(nodes)}
    hidden = {p for p, (_l, _c, off, _q) in style.properties.items() if off}
    positions = layout_positions(graph, shown, ranked, skip_relations=hidden)
    deg = dict(graph.degree())

    kept_edges = sorted(((u, v, str(k), d) for u, v, k, d in _edges(graph)
                         if u in shown_set and v in shown_set), key=lambda e: (e[0], e[1], e[2]))
    relations_used = Counter(str(d.get("relation") or k) for _u, _v, k, d in kept_edges)
    n_articles = sum(1 for t in types.values() if t == ARTICLE_CLASS)
    if n_articles:
        relations_used.setdefault("mentions", 0)       # the page draws article -> node edges on demand
    rel_names = sorted(relations_used)
    rel_index = {r: i for i, r in enumerate(rel_names)}

    per_item = EVIDENCE_PER_ITEM if len(nodes) <= 2000 else 2 if len(nodes) <= 5000 else 1
    table = _EvidenceTable(graph, per_item)
    areas = _Areas(graph, types)
    # evidence is taken in order of importance, so the budget goes to the nodes that matter most
    node_refs = {n: table.refs(list(graph.nodes[n].get("evidence") or [])) for n in shown}
    rank_of = {n: i for i, n in enumerate(shown)}
    edge_refs = {}
    for j in sorted(range(len(kept_edges)), key=lambda j: (min(rank_of[kept_edges[j][0]], rank_of[kept_edges[j][1]]), j)):
        edge_refs[j] = table.refs(list(kept_edges[j][3].get("evidence") or []))

    node_rows = []
    for n in nodes:
        d = graph.nodes[n]
        cls = types[n]
        mentions = int(d.get("mentions") or 0)
        arts = [table.article(str(a)) for a in d.get("articles") or []]
        # size by the articles that name it (a corpus), then by mentions (one article)
        size = round(10 + 7 * math.log2(1 + len(arts)) + 2 * math.log2(1 + (mentions or deg[n])))
        attrs = {k: _plain(d[k]) for k in NODE_FIELDS if d.get(k) not in (None, "", [])}
        x, y = positions[n]
        label = _label(d, n)
        # the id is left out (0) when it is just "<Class>/<label>", as most entity ids are
        node_rows.append(_trim([0 if n == f"{cls}/{label}" else n, label, cls, size, x, y, mentions, deg[n],
                                len(d.get("evidence") or []), node_refs[n],
                                [str(a) for a in d.get("aliases") or []], str(d.get("adcode") or ""), attrs,
                                sorted(set(arts)), areas.index_of(n) + 1], 7))

    def item_refs(n):
        return table.refs(list(graph.nodes[n].get("evidence") or [])[:TABLE_EVIDENCE])

    def articles_of(n):
        return sorted({table.article(str(a)) for a in graph.nodes[n].get("articles") or []})

    def slot(n, rel):
        return "、".join(sorted(_label(graph.nodes[v], v) for _u, v, k, dd in graph.out_edges(n, keys=True, data=True)
                               if str(dd.get("relation") or k) == rel))

    timeline, statistics, posts = [], [], []
    for n in sorted(graph.nodes):
        cls = types[n]
        d = graph.nodes[n]
        if cls == OBSERVATION_CLASS:
            when = str(d.get("period") or (f"{d['dateBefore']} 前" if d.get("dateBefore") else ""))
            statistics.append([slot(n, "subject"), str(d.get("measure") or ""), _plain(d.get("value", "")),
                               str(d.get("unit") or ""), when, _plain(d.get("change", "")), str(d.get("changeBasis") or ""),
                               areas.index_of(n) + 1, item_refs(n), index.get(n, -1) + 1, articles_of(n)])
        elif cls == POST_CLASS:
            arts = articles_of(n)
            dates = sorted(table.article_rows[a][2] for a in arts if table.article_rows[a][2])
            posts.append([slot(n, "holder"), slot(n, "role"), slot(n, "postIn"), dates[0] if dates else "",
                          dates[-1] if dates else "", len(arts), areas.index_of(n) + 1, item_refs(n),
                          index.get(n, -1) + 1, arts])
        elif cls != ARTICLE_CLASS and cls not in TIMELINE_LEAVE_OUT and style.is_a(cls, EVENT_CLASS):
            on = str(d.get("date") or d.get("startDate") or "")
            before = str(d.get("dateBefore") or "")
            timeline.append([_label(d, n), cls, on or before, "on" if on else "before" if before else "",
                             slot(n, "place"), areas.index_of(n) + 1, slot(n, "organizer"), slot(n, "chair"),
                             len(d.get("evidence") or []), item_refs(n), index.get(n, -1) + 1, articles_of(n)])
    timeline.sort(key=lambda r: (r[2] == "", r[2], r[0]))
    statistics.sort(key=lambda r: (r[0], r[1], str(r[2])))
    posts.sort(key=lambda r: (r[0], r[3], r[1], r[2]))

    # the where-view: initiatives carried out and mentions made in each area, by article
    initiatives: dict[str, int] = {}
    implemented = []
    # the implements edges picked out, then sorted (sorting every edge listed them all: 1.7 million
    # tuples at 10,000 articles, the page's largest allocation); the rows come in the same order
    for u, v, k, d in sorted(((u, v, k, d) for u, v, k, d in _edges(graph)
                              if str(d.get("relation") or k) == "implements"), key=lambda e: (e[0], e[1], str(e[2]))):
        if areas.index_of(u) >= 0:
            i = initiatives.setdefault(v, len(initiatives))
            implemented.append([i, areas.index_of(u), sorted({table.article(str(a)) for a in d.get("articles") or []})])
    mentioned: Counter = Counter()
    for n in sorted(graph.nodes):
        if types[n] == ARTICLE_CLASS or areas.index_of(n) < 0:
            continue
        for ev in graph.nodes[n].get("evidence") or []:
            mentioned[(areas.index_of(n), table.article(str(ev.get("article") or "")))] += 1

    class_counts = Counter(types[n] for n in nodes)
    for row in timeline:
        class_counts.setdefault(row[1], 0)
    for cls, present in ((OBSERVATION_CLASS, statistics), (POST_CLASS, posts), (ARTICLE_CLASS, n_articles)):
        if present:
            class_counts.setdefault(cls, 0)
    if n_articles:
        class_counts[ARTICLE_CLASS] = n_articles
    class_names = _class_order(class_counts, style)
    class_index = {c: i for i, c in enumerate(class_names)}
    for row in node_rows:
        row[2] = class_index[row[2]]
    for row in timeline:
        row[1] = class_index[row[1]]

    edge_rows = []
    pair_count: Counter = Counter()
    for j, (u, v, k, d) in enumerate(kept_edges):
        pair = (min(u, v), max(u, v))
        parallel = pair_count[pair]
        pair_count[pair] += 1
        evs = d.get("evidence") or []
        attrs = {f: _plain(d[f]) for f in EDGE_FIELDS if d.get(f) not in (None, "", [])}
        edge_rows.append(_trim([index[u], index[v], rel_index[str(d.get("relation") or k)], int(d.get("count") or 1),
                                parallel, len(evs), edge_refs[j], attrs], 4))

    left_by_class = Counter(types[n] for n in ranked[max_nodes:])
    entity_edges = sum(1 for u, v in graph.edges() if types[u] != ARTICLE_CLASS and types[v] != ARTICLE_CLASS)
    physics = 1 < len(nodes) <= PHYSICS_MAX_NODES
    return {
        "fields": {"node": ["id (0: <class>/<label>)", "label", "class", "size", "x", "y", "mentions", "degree", "evidenceTotal",
                            "evidence", "aliases", "adcode", "attrs", "articles", "area+1"],
                   "edge": ["from", "to", "relation", "count", "parallel", "evidenceTotal", "evidence", "attrs"],
                   "evidence": ["sentence", "spanStart", "spanEnd"], "sentence": ["article", "text"],
                   "article": ["id", "title", "date"], "class": ["name", "label", "color", "shape", "count"],
                   "relation": ["name", "label", "color", "hidden", "quiet", "count"],
                   "area": ["adcode", "label", "level (0 province, 1 prefecture, 2 county)", "parent (-1: none)"],
                   "timeline": ["label", "class", "date", "dateKind (on, before, '')", "place", "area+1", "organizer",
                                "chair", "evidenceTotal", "evidence", "node+1", "articles"],
                   "statistics": ["subject", "measure", "value", "unit", "when", "change", "changeBasis", "area+1",
                                  "evidence", "node+1", "articles"],
                   "posts": ["person", "role", "organization", "firstArticleDate", "lastArticleDate", "articleCount",
                             "area+1", "evidence", "node+1", "articles"],
                   "implemented": ["initiative", "area", "articles"], "mentioned": ["area", "article", "count"]},
        "title": title or _page_title(table.article_rows),
        "meta": {"nodesTotal": len(ranked), "edgesTotal": entity_edges,
                 "nodesShown": len(nodes), "edgesShown": len(edge_rows), "maxNodes": max_nodes,
                 "leftOutByClass": [[c, style.class_style(c)[0], k] for c, k in
                                    sorted(left_by_class.items(), key=lambda r: (-r[1], r[0]))],
                 "edgesLeftOut": entity_edges - len(edge_rows), "evidencePerItem": per_item,
                 "evidenceTrimmed": table.trimmed, "articles": n_articles},
        "physics": {"enabled": physics, "iterations": STABILIZATION_ITERATIONS, "seed": LAYOUT_SEED},
        "edgeLabels": len(edge_rows) <= EDGE_LABELS_MAX,
        "classes": [[c, *style.class_style(c), class_counts[c]] for c in class_names],
        "relations": [[r, *_relation_style(style, r), relations_used[r]] for r in rel_names],
        "properties": {p: style.properties[p][0] for p in sorted(style.properties)},
        "articles": table.article_rows,
        "sentences": table.sentence_rows,
        "nodes": node_rows,
        "edges": edge_rows,
        "rank": [index[n] for n in shown],
        "labelled": [index[n] for n in shown[:LABELLED_NODES]],
        "areas": areas.rows,
        "timeline": [_trim(r, 1) for r in timeline],
        "statistics": statistics,
        "posts": posts,
        "initiatives": [_label(graph.nodes[n], n) for n in initiatives],
        "implemented": implemented,
        "mentioned": [[a, art, c] for (a, art), c in sorted(mentioned.items())],
    }


class _Areas:
    """The administrative areas of the graph (provinces, prefectures, counties: ``adm/`` nodes)
    as a tree, and the area every other node belongs to: the nearest area reached over
    :data:`AREA_RELATIONS` (a village's county, a body's place, a meeting's place)."""

    def __init__(self, graph: nx.MultiDiGraph, types: dict[str, str]):
        self.graph = graph
        self.types = types
        self.rows: list[list] = []
        self.index: dict[str, int] = {}
        self.nearest: dict[tuple[str, int], tuple[int, int] | None] = {}
        # each node's edges towards an area, sorted, from one pass over the edges: sorting a node's
        # every out-edge on each visit (an entity's co-mentions, an article's mentions: thousands at
        # 10,000 articles) made the page writer superlinear (1,000 articles 4.6 s, 10,000 319 s)
        self.ups: dict[str, list[tuple[str, str]]] = {}
        for u, v, k, d in _edges(graph):
            rel = d.get("relation")
            if str(rel or k) in AREA_RELATIONS:
                self.ups.setdefault(u, []).append((str(k), v))
        for edges in self.ups.values():
            edges.sort()
        for n in sorted(graph.nodes, key=lambda n: (AREA_LEVELS.get(types[n], 9), n)):
            if types[n] in AREA_LEVELS and n.startswith("adm/"):
                self._add(n)

    def _parent(self, n: str) -> str | None:
        level = AREA_LEVELS[self.types[n]]
        ups = sorted(v for _u, v, k in self.graph.out_edges(n, keys=True)
                     if k == "locatedIn" and v.startswith("adm/") and AREA_LEVELS.get(self.types.get(v, ""), 9) < level)
        return ups[0] if ups else None

    def _add(self, n: str) -> int:
        if n in self.index:
            return self.index[n]
        parent = self._parent(n)
        p = self._add(parent) if parent else -1
        d = self.graph.nodes[n]
        self.index[n] = len(self.rows)
        self.rows.append([str(d.get("adcode") or n[4:]), _label(d, n), AREA_LEVELS[self.types[n]], p])
        return self.index[n]

    def index_of(self, n: str) -> int:
        """The area of ``n`` (its index in ``rows``), -1 when none is reachable: the nearest over at most
        four edges, the first in the order of the edges when several are as near (breadth first)."""
        if n in self.index:
            return self.index[n]
        found = self._nearest(n, 4)
        return found[1] if found else -1

    def _nearest(self, u: str, steps: int) -> tuple[int, int] | None:
        """``(distance, area)`` of the nearest area within ``steps`` edges of ``u`` (``u`` itself not
        counted), the first in edge order among the nearest; remembered by node and steps. A search
        from every node (what breadth first from each did) walked the same persons' and posts' edges
        again and again: at 10,000 articles 11 s of the page's 49; this is linear. It finds what the
        breadth-first search finds: the nearest is the shortest path, and among the shortest the
        first in edge order, which is where a breadth-first search meets one first."""
        key = (u, steps)
        if key in self.nearest:
            return self.nearest[key]
        best = None
        ups = self.ups.get(u, ())
        for _k, v in ups:
            if v in self.index:
                best = (1, self.index[v])
                break
        if best is None and steps > 1:
            for _k, v in ups:
                found = self._nearest(v, steps - 1)
                if found is not None and (best is None or found[0] + 1 < best[0]):
                    best = (found[0] + 1, found[1])
                    if best[0] == 2:        # none nearer: no edge of u reaches an area
                        break
        self.nearest[key] = best
        return best


def _plain(value) -> str | int | float | bool:
    """A value the panel can show as text: numbers stay numbers, anything else a string.

    >>> from decimal import Decimal
    >>> [_plain(Decimal("1395000")), _plain(float("nan")), _plain(["意见", "通知"]), _plain(3)]
    ['1395000', 'nan', '意见、通知', 3]
    """
    if isinstance(value, bool) or isinstance(value, int) or isinstance(value, str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(str(_plain(v)) for v in (sorted(value, key=str) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


def _class_order(used: Counter, style: PageStyle) -> list[str]:
    """Legend order: the order of classes.tsv (families together), unknown classes last."""
    known = [c for c in style.classes if c in used]
    return known + sorted(c for c in used if c not in style.classes)


def _relation_style(style: PageStyle, rel: str) -> tuple[str, str, bool, bool]:
    label, color, hidden, quiet = style.properties.get(rel, (rel, "", False, False))
    return label, color or "#9e9e9e", hidden, quiet


def _page_title(article_rows: list[list]) -> str:
    if len(article_rows) == 1:
        return f"知识图谱：{article_rows[0][1]}"
    if article_rows:
        return f"知识图谱：{len(article_rows)} 篇稿件"
    return "知识图谱"


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028 or U+2029 left.

    >>> print(script_json({"t": "</script><b>&"}))
    {"t":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in _SCRIPT_ESCAPES.items():
        text = text.replace(ch, esc)
    return text


def _environment():
    """Jinja over our page folder, falling back to pyvis's templates (for its inline vis-network)."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
    from pyvis.network import Network

    pyvis_templates = Network(cdn_resources="in_line").template_dir
    return Environment(loader=ChoiceLoader([FileSystemLoader(str(PAGE_DIR)), FileSystemLoader(pyvis_templates)]),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       keep_trailing_newline=True), Path(pyvis_templates)


def render_html(graph: nx.MultiDiGraph, *, html_max_nodes: int | None = None, style: PageStyle | None = None,
                title: str | None = None, **_options) -> str:
    """The page for ``graph``: everything inline, no request to any network when opened."""
    env, pyvis_templates = _environment()
    vis_dirs = sorted((p for p in (pyvis_templates / "lib").glob("vis-*") if (p / "vis-network.min.js").exists()),
                      key=lambda p: tuple(int(x) for x in p.name[4:].split(".") if x.isdigit()))
    if not vis_dirs:
        raise ExportError(f"pyvis's bundled vis-network not found under {pyvis_templates / 'lib'}")
    vis = f"lib/{vis_dirs[-1].name}"
    data = page_data(graph, max_nodes=html_max_nodes or DEFAULT_MAX_NODES, style=style, title=title)
    data_json = script_json(data)
    # the document's objects go once it is text: at 10,000 articles they were 130 MB beside the page
    page_title = data["title"]
    del data
    page = env.get_template(TEMPLATE).render(title=page_title, data_json=data_json,
                                             vis_js=f"{vis}/vis-network.min.js", vis_css=f"{vis}/vis-network.css")
    _check_offline(page.replace(data_json, ""))
    return page


def _check_offline(page: str) -> None:
    """The page must draw with no network: no external script, stylesheet, image or font."""
    bad = re.search(r"<(?:script|link|img|iframe)\b[^>]*(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", page, re.I)
    if bad or re.search(r"@import|url\(\s*[\"']?\s*(?:https?:)?//", page, re.I):
        raise ExportError(f"graph.html would load something from the network: {bad.group(0) if bad else '@import/url()'}")
