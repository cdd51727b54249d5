"""Node and edge lists (``nodes.csv``, ``edges.csv``) for spreadsheets, Gephi and Cytoscape.

- UTF-8 with a byte-order mark, so Excel shows the Chinese text (Gephi 0.9.3+,
  Cytoscape, LibreOffice and pandas read it too); one header row; rows sorted.
- ``nodes.csv``: ``id``, ``label``, ``type``, ``aliases``, ``adcode``,
  ``mentions``, ``articles``, then every other node attribute (``date``,
  ``title`` …) in name order. Gephi's spreadsheet import takes ``id`` and
  ``label`` as they are.
- ``edges.csv``: ``source``, ``target``, ``relation``, ``weight``, ``count``,
  ``articles``, then every other edge attribute. An edge attribute whose name
  is already a column gets the prefix ``attr_``.
- ``evidence.csv``: one row per evidence: ``head``, ``relation``, ``tail`` (a
  node's own mention has only ``head``), ``article``, ``sentence_start``,
  ``sentence_end``, ``start``, ``end`` (the mention's offsets, when there is one),
  ``source`` and ``score`` (the rule that read it there, how sure it is).
- ``sentences.csv``: every sentence evidence points at, once: ``article``,
  ``start``, ``end``, ``text``. Join it to ``evidence.csv`` on ``article`` and
  ``sentence_start`` = ``start`` (the page and :func:`kg.load` do).
- Lists are joined with ``|``, Cytoscape's list delimiter; booleans are
  ``true``/``false``; a missing value is an empty cell.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京", "京"], adcode="110000",
...            mentions=3, articles=["a1"], evidence=[{"article": "a1", "sentence": "北京市召开会议。", "sentence_start": 0, "sentence_end": 8}])
>>> files = render_csv(g)
>>> print(files["nodes.csv"].lstrip("\\ufeff"), end="")
id,label,type,aliases,adcode,mentions,articles
adm/110000,北京市,Province,北京|京,110000,3,a1
>>> print(files["sentences.csv"].lstrip("\\ufeff"), end="")
article,start,end,text
a1,0,8,北京市召开会议。
"""
from __future__ import annotations

import csv
import io
import json

import networkx as nx

__all__ = ["render_csv", "write_csv", "NODE_COLUMNS", "EDGE_COLUMNS", "EVIDENCE_COLUMNS", "SENTENCE_COLUMNS", "read_sentences"]

NODE_COLUMNS = ("id", "label", "type", "aliases", "adcode", "mentions", "articles")
EDGE_COLUMNS = ("source", "target", "relation", "weight", "count", "articles")
EVIDENCE_COLUMNS = ("head", "relation", "tail", "article", "sentence_start", "sentence_end", "start", "end",
                    "source", "score")
SENTENCE_COLUMNS = ("article", "start", "end", "text")
BOM = "\ufeff"


def _cell(value) -> str:
    t = type(value)
    if t is str:    # most cells (millions at 1,000 articles): no further test
        return value
    if t is int or t is float:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (set, frozenset)):
        value = sorted(value)
    if isinstance(value, (list, tuple)):
        return "|".join(_cell(v) if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False, sort_keys=True)
                        for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class _Rows:
    """One CSV file written as it goes: the byte-order mark and the header, then rows, a few
    thousand to a write (at 10,000 articles the four files are millions of rows)."""

    def __init__(self, out, header, batch: int = 5000):
        self.out, self.batch, self.pending = out, batch, 0
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf, lineterminator="\n")
        out.write(BOM)
        self.writer.writerow(header)

    def row(self, cells) -> None:
        self.writer.writerow(cells)
        self.pending += 1
        if self.pending == self.batch:
            self.flush()

    def flush(self) -> None:
        self.out.write(self.buf.getvalue())
        self.buf.seek(0)
        self.buf.truncate()
        self.pending = 0


def _header(fixed: tuple[str, ...], keys: set) -> list[str]:
    return [*fixed, *sorted(keys - set(fixed) - {"evidence"})]


def _node_row(n, d: dict) -> dict:
    row = {("attr_id" if k == "id" else k): v for k, v in d.items()}
    row["id"] = n
    return row


def _edge_row(u, v, key, d: dict) -> dict:
    row = {(f"attr_{k}" if k in ("source", "target") else k): x for k, x in d.items()}
    row.update(source=u, target=v)
    row.setdefault("relation", key)
    w = d.get("weight", d.get("count"))
    row["weight"] = float(w) if isinstance(w, (int, float)) and not isinstance(w, bool) else 1.0
    return row


def _write_nodes(graph: nx.MultiDiGraph, out) -> None:
    keys = {"id"}
    for _n, d in graph.nodes(data=True):
        keys.update("attr_id" if k == "id" else k for k in d)
    header = _header(NODE_COLUMNS, keys)
    rows = _Rows(out, header)
    for n in sorted(graph.nodes, key=str):
        r = _node_row(n, graph.nodes[n])
        rows.row([_cell(r.get(c)) for c in header])
    rows.flush()


def _write_edges(graph: nx.MultiDiGraph, out) -> None:
    keys = {"source", "target", "relation", "weight"}
    order = []
    for u, v, key, d in graph.edges(keys=True, data=True):
        keys.update(f"attr_{k}" if k in ("source", "target") else k for k in d)
        order.append((str(u), str(v), str(d.get("relation", key)), u, v, key))
    order.sort(key=lambda e: e[:3])       # stable: edges of one source, target and relation in graph order
    header = _header(EDGE_COLUMNS, keys)
    rows = _Rows(out, header)
    for *_sort, u, v, key in order:
        r = _edge_row(u, v, key, graph.edges[u, v, key])
        rows.row([_cell(r.get(c)) for c in header])
    rows.flush()


def _write_evidence(graph: nx.MultiDiGraph, out, sentences_out) -> None:
    """``evidence.csv`` and ``sentences.csv``: each sentence once, evidence pointing at it."""
    sentences: dict[tuple[str, int], tuple[int, str]] = {}
    rows = _Rows(out, EVIDENCE_COLUMNS)

    def evidence_rows(head, relation, tail, evidence):
        for ev in evidence or ():
            a, s0 = str(ev["article"]), ev["sentence_start"]
            if ev.get("sentence") is not None:
                sentences.setdefault((a, s0), (ev["sentence_end"], ev["sentence"]))
            rows.row([head, relation, tail, a, s0, ev["sentence_end"], _cell(ev.get("start")), _cell(ev.get("end")),
                      _cell(ev.get("source")), _cell(ev.get("score"))])

    for n in sorted(graph.nodes, key=str):
        evidence_rows(n, "", "", graph.nodes[n].get("evidence"))
    for u, v, key in sorted(graph.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        evidence_rows(u, graph.edges[u, v, key].get("relation", key), v, graph.edges[u, v, key].get("evidence"))
    rows.flush()
    srows = _Rows(sentences_out, SENTENCE_COLUMNS)
    for (a, s0) in sorted(sentences):
        s1, text = sentences[(a, s0)]
        srows.row([a, s0, s1, text])
    srows.flush()


def write_csv(graph: nx.MultiDiGraph, outs: dict, **_options) -> None:
    """Stream the four files into ``outs`` (``{"nodes.csv": text file, …}``), a row at a time: no row
    dict of every node and edge, no file as one string (gigabytes at 10,000 articles)."""
    _write_nodes(graph, outs["nodes.csv"])
    _write_edges(graph, outs["edges.csv"])
    _write_evidence(graph, outs["evidence.csv"], outs["sentences.csv"])


def read_sentences(path) -> dict[tuple[str, int], str]:
    """``sentences.csv`` as ``{(article, start): text}``, the join :func:`kg.load` makes."""
    import io

    from ..outputs import open_binary

    with io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", newline="") as fh:   # or sentences.csv.gz
        return {(r["article"], int(r["start"])): r["text"] for r in csv.DictReader(fh)}


def render_csv(graph: nx.MultiDiGraph, **_options) -> dict[str, str]:
    """``{"nodes.csv": …, "edges.csv": …, "evidence.csv": …, "sentences.csv": …}`` for ``graph``."""
    bufs = {name: io.StringIO() for name in ("nodes.csv", "edges.csv", "evidence.csv", "sentences.csv")}
    write_csv(graph, bufs)
    return {name: buf.getvalue() for name, buf in bufs.items()}
