"""The Python API: kg.build / kg.load and the KnowledgeGraph tables, query, subgraph, write."""
from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest

import kg
from kg.api import KnowledgeGraph, example_graph
from kg.errors import KGError, QueryError

from .conftest import SEEDS

PREFIXES = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture()
def fixture_kg():
    """The example graph plus what extraction does not find yet: a document issuance,
    a co-mention edge, an event without a date."""
    g = example_graph()
    ev = [{"article": "ex1", "sentence": "省政府办公厅印发《河长制工作方案》。", "sentence_start": 70, "sentence_end": 88}]
    g.graph.add_node("DocumentIssuance/印发河长制工作方案", type="DocumentIssuance", label="印发《河长制工作方案》",
                     aliases=[], mentions=1, articles=["ex1"], evidence=ev, dateBefore="2019-09-12")
    g.graph.add_node("Document/河长制工作方案", type="Document", label="河长制工作方案", aliases=[], mentions=1,
                     articles=["ex1"], evidence=ev, genre="方案")
    g.graph.add_node("GovernmentBody/山西省人民政府办公厅", type="GovernmentBody", label="山西省人民政府办公厅",
                     aliases=["省政府办公厅"], mentions=1, articles=["ex1"], evidence=ev)
    for head, rel, tail in [("DocumentIssuance/印发河长制工作方案", "document", "Document/河长制工作方案"),
                            ("DocumentIssuance/印发河长制工作方案", "organizer", "GovernmentBody/山西省人民政府办公厅"),
                            ("Document/河长制工作方案", "issuedBy", "GovernmentBody/山西省人民政府办公厅")]:
        g.graph.add_edge(head, tail, key=rel, relation=rel, count=1, articles=["ex1"], evidence=ev)
    g.graph.add_edge("adm/110000", "Initiative/河长制", key="coMentionedWith", relation="coMentionedWith",
                     layer="comention", weight=1.0, count=1, articles=["ex1"], evidence=[])
    return g


# -- the package --------------------------------------------------------------------------

def test_import_kg_stays_cheap():
    code = "import kg, sys; print(sorted(m for m in ('pandas', 'rdflib', 'networkx', 'kg.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_kg_load_is_the_function_after_the_rdf_reader_is_imported():
    import kg.rdfread  # noqa: F401
    from kg.rdfread import load_graph

    assert callable(kg.load) and kg.load.__module__ == "kg" and callable(load_graph)
    assert kg.load.__doc__.startswith("Open a graph")


def test_public_names():
    assert {"build", "load", "KnowledgeGraph"} <= set(kg.__all__)
    assert kg.KnowledgeGraph is KnowledgeGraph


# -- tables -------------------------------------------------------------------------------

@pytest.mark.parametrize("types_,ids", [
    (None, ["Document/河长制工作方案", "DocumentIssuance/印发河长制工作方案", "GovernmentBody/丰台区人民政府",
            "GovernmentBody/山西省人民政府办公厅", "Initiative/垃圾分类", "Initiative/河长制",
            "Meeting/山西省河长制工作会议/2019-09-10", "adm/110000", "adm/110106", "adm/140000", "adm/140100"]),
    ("Province", ["adm/110000", "adm/140000"]),
    ("Place", ["adm/110000", "adm/110106", "adm/140000", "adm/140100"]),          # subclasses count
    ("Organization", ["GovernmentBody/丰台区人民政府", "GovernmentBody/山西省人民政府办公厅"]),
    ("Event", ["DocumentIssuance/印发河长制工作方案", "Meeting/山西省河长制工作会议/2019-09-10"]),
    (["Initiative", "County"], ["Initiative/垃圾分类", "Initiative/河长制", "adm/110106"]),
])
def test_entities_by_type(fixture_kg, types_, ids):
    assert fixture_kg.entities(types_)["id"].tolist() == ids


def test_entities_columns_and_values(fixture_kg):
    df = fixture_kg.entities()
    assert list(df.columns) == ["id", "type", "label", "aliases", "adcode", "mentions", "articles"]
    row = df.set_index("id").loc["GovernmentBody/山西省人民政府办公厅"]
    assert (row.type, row.label, row.aliases, row.mentions, row.articles) == (
        "GovernmentBody", "山西省人民政府办公厅", ["省政府办公厅"], 1, ["ex1"])
    assert "article/ex1" not in set(df["id"])
    assert "article/ex1" in set(fixture_kg.entities(articles=True)["id"])


@pytest.mark.parametrize("args,kwargs,expected", [
    (("implements",), {}, {("丰台区人民政府", "垃圾分类"), ("北京市", "河长制"), ("山西省", "河长制")}),
    (("issuedBy",), {}, {("河长制工作方案", "山西省人民政府办公厅")}),
    ((["locatedIn", "place"],), {}, {("丰台区人民政府", "丰台区"), ("丰台区", "北京市"), ("太原市", "山西省"),
                                     ("山西省河长制工作会议", "太原市")}),
    (("coMentionedWith",), {}, {("北京市", "河长制")}),
])
def test_relations_filter(fixture_kg, args, kwargs, expected):
    df = fixture_kg.relations(*args, **kwargs)
    assert set(zip(df.head_label, df.tail_label)) == expected


def test_relations_leave_out_mentions_and_comention_unless_asked(fixture_kg):
    default = set(fixture_kg.relations()["relation"])
    assert default == {"document", "implements", "issuedBy", "locatedIn", "organizer", "place"}
    assert "mentions" in set(fixture_kg.relations(mentions=True)["relation"])
    assert "coMentionedWith" in set(fixture_kg.relations(comention=True)["relation"])


def test_relation_row(fixture_kg):
    df = fixture_kg.relations("implements")
    assert list(df.columns) == ["head", "head_label", "relation", "tail", "tail_label", "count", "evidence", "articles",
                          "sources", "score"]
    row = df[df["head"] == "adm/140000"].iloc[0]
    assert (row["tail"], row["count"], row["evidence"], row["articles"]) == ("Initiative/河长制", 1, "山西省全面推行河长制。", ["ex1"])


def test_events_table(fixture_kg):
    df = fixture_kg.events()
    assert list(df.columns[:7]) == ["event", "type", "label", "date", "dateBefore", "place", "organizer"]
    assert "document" in df.columns and list(df.columns[-2:]) == ["articles", "evidence"]
    rows = {r.event: r for r in df.itertuples()}
    meeting = rows["Meeting/山西省河长制工作会议/2019-09-10"]
    assert (meeting.type, meeting.date, meeting.place, meeting.organizer) == ("Meeting", "2019-09-10", "太原市", "山西省")
    issuance = rows["DocumentIssuance/印发河长制工作方案"]
    assert (issuance.dateBefore, issuance.organizer, issuance.document) == ("2019-09-12", "山西省人民政府办公厅", "河长制工作方案")
    assert df.event.tolist() == ["Meeting/山西省河长制工作会议/2019-09-10", "DocumentIssuance/印发河长制工作方案"]


def test_events_of_a_graph_without_events_is_an_empty_table():
    df = KnowledgeGraph().events()
    assert df.empty and list(df.columns[:3]) == ["event", "type", "label"]


# -- RDF and SPARQL -----------------------------------------------------------------------

def test_to_rdf_is_an_rdflib_graph(fixture_kg):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS

    rdf = fixture_kg.to_rdf()
    assert isinstance(rdf, Graph)
    assert (URIRef("https://w3id.org/kg-cn/id/adm/140000"), RDFS.label, Literal("山西省", lang="zh")) in rdf


@pytest.mark.parametrize("query,rows", [
    ("SELECT ?label WHERE { ?p a kg:Province ; rdfs:label ?label } ORDER BY ?label", [["北京市"], ["山西省"]]),
    ("SELECT ?place ?i WHERE { ?x kg:implements ?i0 . ?i0 rdfs:label ?i . "
     "?x kg:locatedIn* ?p . ?p a kg:Province ; rdfs:label ?place } ORDER BY ?place ?i",
     [["北京市", "垃圾分类"], ["北京市", "河长制"], ["山西省", "河长制"]]),
    ("SELECT ?x ?missing WHERE { ?x kg:adcode \"110106\" OPTIONAL { ?x kg:nothing ?missing } }",
     [["https://w3id.org/kg-cn/id/adm/110106", None]]),
    ("SELECT ?n (COUNT(?i) AS ?c) WHERE { ?x kg:implements ?i ; rdfs:label ?n } GROUP BY ?n ORDER BY ?n",
     [["丰台区人民政府", 1], ["北京市", 1], ["山西省", 1]]),
    ("ASK { ?s kg:implements ?o }", [[True]]),
])
def test_query_returns_a_table(fixture_kg, query, rows):
    df = fixture_kg.query(PREFIXES + query)
    assert df.values.tolist() == rows


@pytest.mark.parametrize("query", ["SELECT WHERE {", PREFIXES + "INSERT DATA { kg:a kg:b kg:c }"])
def test_query_errors(fixture_kg, query):
    with pytest.raises(QueryError):
        fixture_kg.query(query)


# -- subgraph, write, load ------------------------------------------------------------------

@pytest.mark.parametrize("kwargs,nodes", [
    ({"types": "Province"}, {"adm/110000", "adm/140000"}),
    ({"nodes": ["adm/110000", "adm/110106", "nowhere"]}, {"adm/110000", "adm/110106"}),
    ({"around": "adm/110106"}, {"adm/110106", "adm/110000", "GovernmentBody/丰台区人民政府", "article/ex1"}),
    ({"around": "丰台区", "relations": "locatedIn"}, {"adm/110106", "adm/110000", "GovernmentBody/丰台区人民政府"}),
    ({"around": "丰台区", "relations": "locatedIn", "radius": 0}, {"adm/110106"}),
    ({"around": "河长制", "relations": ["implements", "locatedIn"], "radius": 2},
     {"Initiative/河长制", "adm/110000", "adm/140000", "adm/110106", "adm/140100"}),
    ({"around": "山西", "types": "Place", "relations": "locatedIn"}, {"adm/140000", "adm/140100"}),
])
def test_subgraph(fixture_kg, kwargs, nodes):
    sub = fixture_kg.subgraph(**kwargs)
    assert set(sub.graph) == nodes
    for u, v, k in sub.graph.edges(keys=True):
        assert fixture_kg.graph.has_edge(u, v, k)
        if "relations" in kwargs:
            assert k in ([kwargs["relations"]] if isinstance(kwargs["relations"], str) else kwargs["relations"])


def test_subgraph_is_a_copy(fixture_kg):
    sub = fixture_kg.subgraph(types="Province")
    sub.graph.nodes["adm/110000"]["label"] = "改了"
    assert fixture_kg.graph.nodes["adm/110000"]["label"] == "北京市"


def test_subgraph_around_an_unknown_name(fixture_kg):
    with pytest.raises(KGError, match="不存在"):
        fixture_kg.subgraph(around="不存在")


def test_write_and_load_round_trip(tmp_path, fixture_kg):
    paths = fixture_kg.write(tmp_path, formats=["json", "csv", "graphml"])
    assert [p.name for p in paths] == ["graph.json", "nodes.csv", "edges.csv", "evidence.csv", "sentences.csv",
                                      "graph.graphml"]
    assert all(p.exists() for p in paths)
    back = kg.load(tmp_path)
    assert nx.utils.graphs_equal(back.graph, fixture_kg.graph)
    assert back.relations().equals(fixture_kg.relations())


@pytest.mark.parametrize("fmt,name", [("ttl", "graph.ttl"), ("trig", "graph.trig"), ("nq", "graph.nq")])
def test_load_rdf_round_trip(tmp_path, fixture_kg, fmt, name):
    from kg.writers import WRITERS

    if fmt not in WRITERS:
        pytest.skip(f"no {fmt} writer yet")
    fixture_kg.write(tmp_path, formats=[fmt])
    back = kg.load(tmp_path / name)
    assert nx.utils.graphs_equal(back.graph, fixture_kg.graph)


@pytest.mark.parametrize("name,content,message", [
    ("graph.xyz", "x", "cannot load"),
    ("graph.json", "{not json", "not a node-link graph"),
])
def test_load_errors(tmp_path, name, content, message):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(KGError, match=message):
        kg.load(tmp_path / name)


def test_load_missing(tmp_path):
    with pytest.raises(KGError, match="no such file"):
        kg.load(tmp_path / "nothing.json")


# -- on the seed --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_kg(resources):
    return kg.build(SEEDS, resources=resources)


def test_build_the_seed(seed_kg):
    assert [a.id for a in seed_kg.articles] == ["000_d8a4dfaa46811922"] and seed_kg.skipped == []
    provinces = seed_kg.entities("Province")
    assert {"北京市", "山西省", "内蒙古自治区"} <= set(provinces.label)
    located = seed_kg.relations("locatedIn")
    assert ("阿拉善右旗", "阿拉善盟") in set(zip(located.head_label, located.tail_label))


def test_seed_query_matches_the_tables(seed_kg):
    df = seed_kg.query(PREFIXES + "SELECT ?x WHERE { ?x a kg:Province }")
    iris = {"https://w3id.org/kg-cn/id/" + i for i in seed_kg.entities("Province")["id"]}
    assert set(df["x"]) == iris


def test_seed_subgraph_of_inner_mongolia(seed_kg):
    sub = seed_kg.subgraph(around="内蒙古自治区", relations="locatedIn", radius=3)
    assert {"阿拉善右旗", "阿拉善盟", "内蒙古自治区"} <= set(sub.entities()["label"])
    assert "adm/110000" not in sub


# -- the example: ranking initiatives by the places that implement them -------------------------

@pytest.fixture(scope="module")
def example():
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("rank_initiatives", ROOT / "examples" / "rank_initiatives.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rank_initiatives_counts_places_through_located_in(example, fixture_kg):
    village = "Village/110106/示例村"
    g = fixture_kg.graph
    g.add_node(village, type="Village", label="示例村", aliases=[], mentions=1, articles=["ex1"], evidence=[])
    g.add_node("PartyOrganization/示例村党支部", type="PartyOrganization", label="示例村党支部", aliases=[],
               mentions=1, articles=["ex1"], evidence=[])
    g.add_edge(village, "adm/110106", key="locatedIn", relation="locatedIn", count=1, articles=[], evidence=[])
    g.add_edge("PartyOrganization/示例村党支部", village, key="locatedIn", relation="locatedIn", count=1,
               articles=[], evidence=[])
    g.add_edge("PartyOrganization/示例村党支部", "Initiative/河长制", key="implements", relation="implements",
               count=1, articles=[], evidence=[])
    table = example.rank_initiatives(fixture_kg)
    assert table[["label", "places", "direct", "place_labels"]].values.tolist() == [
        ["河长制", 4, 2, "丰台区、北京市、山西省、示例村"],
        ["垃圾分类", 2, 0, "丰台区、北京市"],
    ]


@pytest.mark.parametrize("font", ["found", None])
def test_plot_is_a_png_with_or_without_a_cjk_font(example, fixture_kg, tmp_path, monkeypatch, font):
    if font is None:
        monkeypatch.setattr(example, "cjk_font", lambda: None)
    path = example.plot(example.rank_initiatives(fixture_kg), tmp_path / "plot.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5000


@pytest.mark.slow
def test_the_example_script_runs_on_the_seed(tmp_path):
    from .conftest import ROOT

    out = tmp_path / "initiatives.png"
    r = subprocess.run([sys.executable, str(ROOT / "examples" / "rank_initiatives.py"), str(SEEDS), "-o", str(out)],
                       cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.with_suffix(".csv").read_text(encoding="utf-8-sig").startswith("initiative,label,places,direct")
    assert f"wrote {out}" in r.stdout


def test_seed_initiative_ranking(example, seed_kg):
    """The ranking the gold file implies: 服务促学 reaches a village, its banner, league and region."""
    table = example.rank_initiatives(seed_kg).set_index("label")
    places = {label: set(row.place_labels.split("、")) for label, row in table.iterrows()}
    assert {"丰台区", "北京市"} <= places["三会一课"]
    assert "北京市" in places["接诉即办"]
    assert {"阿日毛道嘎查", "阿拉善右旗", "内蒙古自治区"} <= places["服务促学"]
    assert table.index[0] == "服务促学"


@pytest.mark.parametrize("types_,events", [
    ("Meeting", ["Meeting/山西省河长制工作会议/2019-09-10"]),
    ("DocumentIssuance", ["DocumentIssuance/印发河长制工作方案"]),
    ("Campaign", []),
    ("Province", []),          # not an event class
])
def test_events_by_type(fixture_kg, types_, events):
    assert fixture_kg.events(types_)["event"].tolist() == events


def test_undated_events_come_last_and_missing_values_are_missing(fixture_kg):
    import pandas as pd

    fixture_kg.graph.add_node("Campaign/示例专项行动", type="Campaign", label="示例专项行动", aliases=[], mentions=1,
                              articles=["ex1"], evidence=[])
    df = fixture_kg.events()
    assert df["event"].iloc[-1] == "Campaign/示例专项行动"
    assert pd.isna(df.iloc[-1]["date"]) and pd.isna(df.iloc[-1]["place"])


def test_query_sorts_a_plain_order_by_itself_in_oxigraphs_order(fixture_kg, monkeypatch):
    """As kg query and kg serve: the rows are asked for unordered (Oxigraph's own sort reads
    each compared string from an on-disk store again) and ordered as Oxigraph orders them."""
    from .store_spy import spied

    store = fixture_kg._store()
    spy, sent = spied(store)
    monkeypatch.setattr(fixture_kg, "_store", lambda: spy)
    text = PREFIXES + ("SELECT ?place ?i WHERE { ?x kg:implements ?i0 . ?i0 rdfs:label ?i . ?x kg:locatedIn* ?p . "
                       "?p a kg:Province ; rdfs:label ?place } ORDER BY DESC(?place) ?i")
    from kg.outputs import union_options

    expected = [[t.value for t in sol] for sol in store.query(text, **union_options(store))]
    assert fixture_kg.query(text).values.tolist() == expected == [["山西省", "河长制"], ["北京市", "垃圾分类"],
                                                                   ["北京市", "河长制"]]
    assert len(sent) == 1 and "ORDER BY" not in sent[0]
