"""GraphML, GEXF and CSV: what Gephi, Cytoscape, igraph, spreadsheets and NetworkX read back."""
from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx
import pytest

from kg.writers import WRITERS, render, write
from kg.writers.graphml import edge_id, scalar_graph


def _plain(value):
    """What a value of the built graph looks like once exported."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _exported(d: dict, leave_out=("evidence",)) -> dict:
    """A node's or edge's attributes as GraphML and GEXF carry them: entity-level values and
    counts (the list of articles as its length, ``articleCount``; no evidence)."""
    out = {k: _plain(v) for k, v in d.items() if v is not None and k not in leave_out and k != "articles"}
    if "articles" in d:
        out["articleCount"] = len(d["articles"])
    return out


@pytest.fixture()
def mixed_graph():
    """Values of every kind the builder or a user may put in: one attribute with
    two types, a set, a None, an XML-illegal control character."""
    g = nx.MultiDiGraph()
    g.add_node("adm/110000", type="Province", label="北京市", aliases=["北京"], mentions=3, score=1)
    g.add_node("Initiative/河长制", type="Initiative", label="河长制\x0b", aliases=set(), mentions=1,
               score=2.5, adcode=None, inferred=True)
    g.add_node("Topic/就业", type="Topic", label="就业", aliases=[], mentions=1, score="高")
    g.add_edge("adm/110000", "Initiative/河长制", key="implements", relation="implements", count=2)
    g.add_edge("adm/110000", "Topic/就业", key="focusesOn", relation="focusesOn", count=1)
    g.add_edge("adm/110000", "Topic/就业", key="coMentionedWith", relation="coMentionedWith",
               layer="comention", weight=0.5, count=1)
    return g


# -- the exchange graph behind GraphML and GEXF ------------------------------------------

@pytest.mark.parametrize("node,attr,expected", [
    ("adm/110000", "aliases", '["北京"]'),          # list -> JSON text
    ("Initiative/河长制", "aliases", "[]"),           # set -> sorted JSON list
    ("Initiative/河长制", "label", "河长制"),          # \x0b is not allowed in XML 1.0
    ("adm/110000", "score", "1"),                     # int, float and str under one name -> str
    ("Initiative/河长制", "score", "2.5"),
    ("Topic/就业", "score", "高"),
    ("adm/110000", "mentions", 3),                    # int stays int
    ("Initiative/河长制", "inferred", True),          # bool stays bool
])
def test_exchange_graph_values(mixed_graph, node, attr, expected):
    assert scalar_graph(mixed_graph).nodes[node][attr] == expected


@pytest.mark.parametrize("relation,weight", [("implements", 2.0), ("focusesOn", 1.0), ("coMentionedWith", 0.5)])
def test_every_edge_gets_a_float_weight(mixed_graph, relation, weight):
    g = scalar_graph(mixed_graph)
    (d,) = [d for *_, d in g.edges(keys=True, data=True) if d["relation"] == relation]
    assert d["weight"] == weight and isinstance(d["weight"], float)


def test_none_values_are_left_out(mixed_graph):
    assert "adcode" not in scalar_graph(mixed_graph).nodes["Initiative/河长制"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_one_declared_type_per_attribute_and_unique_edge_ids(mixed_graph, fmt):
    text = render(mixed_graph, fmt).decode("utf-8")
    if fmt == "graphml":
        keys = re.findall(r'<key id="[^"]+" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"', text)
        names = [(scope, name) for scope, name, _ in keys]
    else:
        blocks = re.findall(r'<attributes mode="static" class="(\w+)">(.*?)</attributes>', text, re.S)
        names = [(scope, t) for scope, body in blocks for t in re.findall(r'title="([^"]+)"', body)]
    assert len(names) == len(set(names)), names
    ids = re.findall(r'<edge [^>]*?id="([^"]+)"', text)
    assert len(ids) == mixed_graph.number_of_edges() == len(set(ids))


def test_gexf_names_kg_not_the_day_it_was_written(mixed_graph):
    text = render(mixed_graph, "gexf").decode("utf-8")
    assert "lastmodifieddate" not in text
    assert "<creator>kg " in text


def test_exports_are_byte_identical_for_the_same_graph(mixed_graph):
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(mixed_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(mixed_graph.edges(keys=True, data=True))))
    for fmt in ("graphml", "gexf", "csv"):
        assert render(mixed_graph, fmt) == render(shuffled, fmt), fmt


# -- the seed's files, read back ---------------------------------------------------------

def test_graphml_of_the_seed_reads_back_with_every_attribute(seed_build):
    result, out = seed_build
    g = result.graph
    back = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    # entity-level attributes and counts; the evidence lives in the RDF and in evidence.csv/sentences.csv
    for n, d in g.nodes(data=True):
        assert back.nodes[n] == _exported(d), n
    for u, v, key, d in g.edges(keys=True, data=True):
        got = dict(back.edges[u, v, edge_id(u, key, v)])
        assert got.pop("weight") == float(d.get("weight", d["count"]))
        assert got == _exported(d, ("weight", "evidence")), \
            (u, key, v)
    assert "evidence" not in back.nodes["adm/150000"]
    assert back.nodes["adm/150000"]["mentions"] == g.nodes["adm/150000"]["mentions"] > 0


def test_gexf_of_the_seed_reads_back_with_every_attribute(seed_build):
    result, out = seed_build
    g = result.graph
    back = nx.read_gexf(out / "graph.gexf")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    for n, d in g.nodes(data=True):
        assert back.nodes[n] == _exported(d), n
    edges = {(u, v, d["relation"]): d for u, v, d in back.edges(data=True)}
    for u, v, key, d in g.edges(keys=True, data=True):
        got = dict(edges[u, v, key])
        assert got.pop("id") == edge_id(u, key, v)
        assert got.pop("label") == key                 # the relation, shown on the edge in Gephi
        assert got.pop("weight") == float(d.get("weight", d["count"]))
        assert got == _exported(d, ("weight", "evidence")), \
            (u, key, v)


def test_graphml_of_the_seed_opens_in_igraph(seed_build):
    igraph = pytest.importorskip("igraph")
    result, out = seed_build
    g = result.graph
    ig = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert ig.is_directed()
    assert (ig.vcount(), ig.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    assert {"type", "label", "aliases", "mentions", "articleCount"} <= set(ig.vs.attributes())
    assert {"relation", "count", "weight", "articleCount"} <= set(ig.es.attributes())
    labels = dict(zip(ig.vs["id"], ig.vs["label"]))
    assert labels["adm/152922"] == "阿拉善右旗"
    located = {(ig.vs[e.source]["id"], ig.vs[e.target]["id"]) for e in ig.es if e["relation"] == "locatedIn"}
    assert ("adm/152922", "adm/152900") in located


def test_csv_of_the_seed(seed_build):
    result, out = seed_build
    g = result.graph
    raw = (out / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")            # the BOM Excel needs to read UTF-8
    nodes = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in nodes] == sorted(g.nodes)
    row = next(r for r in nodes if r["id"] == "adm/150000")
    assert (row["label"], row["type"], row["adcode"]) == ("内蒙古自治区", "Province", "150000")
    assert row["aliases"].split("|") == g.nodes["adm/150000"]["aliases"]
    assert "evidence" not in row
    # the evidence: a row per mention or fact, joined to each sentence, stored once
    sentences = {(r["article"], int(r["start"])): r for r in
                 csv.DictReader(io.StringIO((out / "sentences.csv").read_text(encoding="utf-8-sig")))}
    evidence = list(csv.DictReader(io.StringIO((out / "evidence.csv").read_text(encoding="utf-8-sig"))))
    mine = [r for r in evidence if r["head"] == "adm/150000" and not r["relation"]]
    assert len(mine) == len(g.nodes["adm/150000"]["evidence"])
    for r, ev in zip(mine, g.nodes["adm/150000"]["evidence"]):
        s = sentences[(r["article"], int(r["sentence_start"]))]
        assert s["text"] == ev["sentence"] and int(s["end"]) == ev["sentence_end"]
        assert (int(r["start"]), int(r["end"])) == (ev["start"], ev["end"])
    facts = [r for r in evidence if r["relation"] == "implements"]
    assert facts and all((r["article"], int(r["sentence_start"])) in sentences for r in facts)
    assert len({r["text"] for r in sentences.values()}) == len(sentences)
    edges = list(csv.DictReader(io.StringIO((out / "edges.csv").read_text(encoding="utf-8-sig"))))
    assert len(edges) == g.number_of_edges()
    assert list(edges[0])[:6] == ["source", "target", "relation", "weight", "count", "articles"]
    assert {(r["source"], r["target"], r["relation"]) for r in edges} == set(g.edges(keys=True))


def test_csv_reads_into_pandas(seed_build):
    pd = pytest.importorskip("pandas")
    _, out = seed_build
    nodes = pd.read_csv(out / "nodes.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert nodes.columns[0] == "id"
    assert nodes.set_index("id").loc["adm/152922", "label"] == "阿拉善右旗"


@pytest.mark.parametrize("value,cell", [
    (["北京", "京"], "北京|京"),
    ([], ""),
    (None, ""),
    (True, "true"),
    (3, "3"),
    ("含,逗号", "含,逗号"),
])
def test_csv_cells(value, cell):
    g = nx.MultiDiGraph()
    g.add_node("n", type="Topic", label="就业", extra=value)
    rows = list(csv.DictReader(io.StringIO(render(g, "csv")["nodes.csv"].lstrip("\ufeff"))))
    assert rows[0]["extra"] == cell


def test_csv_edge_attribute_named_like_a_column_is_kept_apart():
    g = nx.MultiDiGraph()
    g.add_edge("adm/152922", "adm/152900", key="locatedIn", relation="locatedIn", count=1, source="gazetteer")
    (row,) = csv.DictReader(io.StringIO(render(g, "csv")["edges.csv"].lstrip("\ufeff")))
    assert (row["source"], row["attr_source"]) == ("adm/152922", "gazetteer")


def test_csv_writes_both_files_atomically(tmp_path, mixed_graph):
    first = write(mixed_graph, "csv", tmp_path)
    assert first == tmp_path / "nodes.csv"
    # no temporary left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "evidence.csv", "nodes.csv", "sentences.csv"]
    assert WRITERS["csv"].filenames == ("nodes.csv", "edges.csv", "evidence.csv", "sentences.csv")


def test_writers_in_processes_write_the_same_bytes(seed_build, tmp_path):
    """kg build --jobs N runs the writers side by side in forked processes: same files, same
    bytes, and a writer's error reaches the caller as when written in one process."""
    from kg.errors import ExportError
    from kg.writers import write_all

    result, _ = seed_build
    formats = ["ttl", "nq", "graphml", "gexf", "json", "csv"]
    done = {}
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        out.mkdir()
        assert [fmt for fmt, _ in write_all(result.graph, formats, out, jobs=jobs)] == formats
        done[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert done[1] == done[2] and len(done[1]) == 9
    broken = result.graph.copy()
    broken.add_node("Topic/无类型", label="无类型")      # no type: the RDF writers refuse it
    with pytest.raises(ExportError, match="has no type"):
        list(write_all(broken, ["json", "ttl"], tmp_path / "j1", jobs=2))


def test_rdf_formats_written_in_one_pass_are_the_bytes_of_each_alone(seed_build, tmp_path):
    """Turtle, TriG and N-Quads share one pass over the graph (kg.writers.rdfpass): the
    files are the bytes each writer writes alone, plain or compressed, with 1 or 2 processes."""
    from kg.writers import _tasks, write_all

    result, out = seed_build
    assert _tasks(["ttl", "html", "trig", "nq", "csv"]) == [("ttl", "trig", "nq"), ("html",), ("csv",)]
    for jobs in (1, 2):
        d = tmp_path / f"j{jobs}"
        d.mkdir()
        got = list(write_all(result.graph, ["ttl", "html", "trig", "nq"], d, jobs=jobs))
        assert [fmt for fmt, _ in got] == ["ttl", "html", "trig", "nq"]
        assert got[0][1] == got[2][1] == got[3][1]      # one pass: one time for the three
        for name in ("graph.ttl", "graph.trig", "graph.nq"):
            assert (d / name).read_bytes() == (out / name).read_bytes(), name


def test_lists_of_numbers_and_of_booleans_keep_their_own_text():
    """Writers remember the text of lists they saw (an edge's rules repeat): [1] and [True] are equal as
    keys, so only lists of text are remembered; each list is written as itself in GraphML and in RDF."""
    import io

    import networkx as nx

    from kg.rdf import graph_quads
    from kg.writers.exchange import write_graphml

    g = nx.MultiDiGraph()
    for n in ("Person/甲", "Person/乙", "Person/丙"):
        g.add_node(n, type="Person", label=n[7:])
    g.add_edge("Person/甲", "Person/乙", key="knows", relation="knows", marks=[1])
    g.add_edge("Person/甲", "Person/丙", key="knows", relation="knows", marks=[True])
    buf = io.StringIO()
    write_graphml(g, buf)
    assert ">[1]<" in buf.getvalue() and ">[true]<" in buf.getvalue()
    lexical = {o.lexical for _s, p, o, _g in graph_quads(g) if p.endswith("#marks")}
    assert lexical == {"[1]", "[true]"}


def test_streamed_json_is_the_text_of_the_whole_document_whatever_the_values():
    """graph.json's items are encoded by orjson, which takes no key that is no string nor an integer
    beyond 64 bits: those items go through the standard encoder, so the streamed file is still the
    text json.dumps makes of the whole document (the seed's graph is checked so in test_compressed)."""
    from kg.writers.nodelink import render_node_link, write_node_link

    g = nx.MultiDiGraph()
    g.add_node("a", type="Place", label="甲", codes={1: "x"}, big=2 ** 70, score=0.1, flags=[True, None])
    g.add_node("b", type="Place", label="乙")
    g.add_edge("a", "b", key="near", relation="near", weight=1.5, note="“引号”\n换行")
    out = io.StringIO()
    write_node_link(g, out)
    assert out.getvalue() == render_node_link(g)
    assert json.loads(out.getvalue())["nodes"][0]["codes"] == {"1": "x"}
