"""Node and edge lists (``nodes.csv``, ``edges.csv``) for spreadsheets, Gephi and Cytoscape.

- UTF-8 with a byte-order mark, so Excel shows the Chinese text (Gephi 0.9.3+,
  Cytoscape, LibreOffice and pandas read it too); one header row; rows sorted.
- ``nodes.csv``: ``id``, ``label``, ``type``, ``aliases``, ``adcode``,
  ``mentions``, ``articles``, then every other node attribute (``date``,
  ``title`` …) in name order, then ``evidence``, the first sentence the node
  was read in. Gephi's spreadsheet import takes ``id`` and ``label`` as they are.
- ``edges.csv``: ``source``, ``target``, ``relation``, ``weight``, ``count``,
  ``articles``, then every other edge attribute, then ``evidence``. An edge
  attribute whose name is already a column gets the prefix ``attr_``.
- Lists are joined with ``|``, Cytoscape's list delimiter; booleans are
  ``true``/``false``; a missing value is an empty cell.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京", "京"], adcode="110000",
...            mentions=3, articles=["a1"], evidence=[{"sentence": "北京市召开会议。"}])
>>> files = render_csv(g)
>>> print(files["nodes.csv"].lstrip("\\ufeff"), end="")
id,label,type,aliases,adcode,mentions,articles,evidence
adm/110000,北京市,Province,北京|京,110000,3,a1,北京市召开会议。
"""
from __future__ import annotations

import csv
import io
import json

import networkx as nx

__all__ = ["render_csv", "NODE_COLUMNS", "EDGE_COLUMNS"]

NODE_COLUMNS = ("id", "label", "type", "aliases", "adcode", "mentions", "articles")
EDGE_COLUMNS = ("source", "target", "relation", "weight", "count", "articles")
BOM = "\ufeff"


def _cell(value) -> str:
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


def _first_sentence(evidence) -> str:
    for ev in evidence or ():
        if isinstance(ev, dict) and ev.get("sentence"):
            return ev["sentence"]
    return ""


def _table(fixed: tuple[str, ...], rows: list[dict]) -> str:
    extra = sorted({k for r in rows for k in r} - set(fixed) - {"evidence"})
    header = [*fixed, *extra, "evidence"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_first_sentence(r.get(c)) if c == "evidence" else _cell(r.get(c)) for c in header])
    return BOM + buf.getvalue()


def render_csv(graph: nx.MultiDiGraph, **_options) -> dict[str, str]:
    """``{"nodes.csv": text, "edges.csv": text}`` for ``graph``."""
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
    return {"nodes.csv": _table(NODE_COLUMNS, nodes), "edges.csv": _table(EDGE_COLUMNS, edges)}
