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

__all__ = ["render_csv", "NODE_COLUMNS", "EDGE_COLUMNS", "EVIDENCE_COLUMNS", "SENTENCE_COLUMNS", "read_sentences"]

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


def _table(fixed: tuple[str, ...], rows: list[dict]) -> str:
    extra = sorted({k for r in rows for k in r} - set(fixed) - {"evidence"})
    header = [*fixed, *extra]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in header])
    return BOM + buf.getvalue()


def _evidence_tables(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """``evidence.csv`` and ``sentences.csv``: each sentence once, evidence pointing at it."""
    sentences: dict[tuple[str, int], tuple[int, str]] = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EVIDENCE_COLUMNS)

    def rows(head, relation, tail, evidence):
        for ev in evidence or ():
            a, s0 = str(ev["article"]), ev["sentence_start"]
            if ev.get("sentence") is not None:
                sentences.setdefault((a, s0), (ev["sentence_end"], ev["sentence"]))
            w.writerow([head, relation, tail, a, s0, ev["sentence_end"], _cell(ev.get("start")), _cell(ev.get("end")),
                        _cell(ev.get("source")), _cell(ev.get("score"))])

    for n in sorted(graph.nodes, key=str):
        rows(n, "", "", graph.nodes[n].get("evidence"))
    for u, v, key in sorted(graph.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        rows(u, graph.edges[u, v, key].get("relation", key), v, graph.edges[u, v, key].get("evidence"))
    sbuf = io.StringIO()
    sw = csv.writer(sbuf, lineterminator="\n")
    sw.writerow(SENTENCE_COLUMNS)
    for (a, s0) in sorted(sentences):
        s1, text = sentences[(a, s0)]
        sw.writerow([a, s0, s1, text])
    return BOM + buf.getvalue(), BOM + sbuf.getvalue()


def read_sentences(path) -> dict[tuple[str, int], str]:
    """``sentences.csv`` as ``{(article, start): text}``, the join :func:`kg.load` makes."""
    import io

    from ..outputs import open_binary

    with io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", newline="") as fh:   # or sentences.csv.gz
        return {(r["article"], int(r["start"])): r["text"] for r in csv.DictReader(fh)}


def render_csv(graph: nx.MultiDiGraph, **_options) -> dict[str, str]:
    """``{"nodes.csv": …, "edges.csv": …, "evidence.csv": …, "sentences.csv": …}`` for ``graph``."""
    nodes = []
    for n, d in sorted(graph.nodes(data=True), key=lambda x: str(x[0])):
        row = {("attr_id" if k == "id" else k): v for k, v in d.items()}
        row["id"] = n
        nodes.append(row)
    edges = []
    for u, v, key, d in graph.edges(keys=True, data=True):
        row = {(f"attr_{k}" if k in ("source", "target") else k): x for k, x in d.items()}
        row.update(source=u, target=v)
        row.setdefault("relation", key)
        w = d.get("weight", d.get("count"))
        row["weight"] = float(w) if isinstance(w, (int, float)) and not isinstance(w, bool) else 1.0
        edges.append(row)
    edges.sort(key=lambda r: (str(r["source"]), str(r["target"]), str(r["relation"])))
    evidence, sentences = _evidence_tables(graph)
    return {"nodes.csv": _table(NODE_COLUMNS, nodes), "edges.csv": _table(EDGE_COLUMNS, edges),
            "evidence.csv": evidence, "sentences.csv": sentences}
