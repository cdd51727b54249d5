"""The RDF export (graph.ttl, graph.trig, graph.nq) and the way back (kg.load)."""
from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import ExportError
from kg.rdfread import load_graph
from kg.rdf import DEFAULT_BASE_IRI, XSD, Literal, check_base_iri, literal_value, node_id, node_iri, attribute_literals
from kg.writers import render

from .conftest import ROOT, SEEDS

RDF_FILES = ["graph.ttl", "graph.trig", "graph.nq"]
KG = rdflib.Namespace("https://w3id.org/kg-cn/ontology#")
BASE = rdflib.Namespace(DEFAULT_BASE_IRI)
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert list(a.nodes) == list(b.nodes)
    for n, d in a.nodes(data=True):
        assert b.nodes[n] == d, n
    assert list(a.edges(keys=True)) == list(b.edges(keys=True))
    for u, v, k, d in a.edges(keys=True, data=True):
        assert b.edges[u, v, k] == d, (u, v, k)


@pytest.mark.parametrize("node,readable", [
    ("adm/110000", True),
    ("Initiative/接诉即办", True),
    ("Village/152922/阿日毛道嘎查", True),
    ("Document/《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》", True),
    ("Topic/a b\tc", False),                      # white space
    ("Concept/100%/..", False),                    # '%' and a dot segment
    ("Initiative/what?#x<y>{z}|^`\\\"", False),
    ("Person/全角　空格", False),                   # U+3000
    ("Topic/\ue000私用区", False),                  # private use
])
def test_node_iris_are_valid_readable_and_invert(node, readable):
    iri = node_iri(node)
    ox.NamedNode(iri)  # raises on an invalid IRI
    assert node_id(iri) == node
    assert not set(iri) & set(' \t<>"{}|^`\\?#\u3000\ue000')
    assert (iri == DEFAULT_BASE_IRI + node) == readable  # Chinese stays Chinese


@pytest.mark.parametrize("name,value,datatype", [
    ("value", 1395000, "decimal"),
    ("value", 0.052, "decimal"),
    ("change", -0.1, "decimal"),
    ("weight", 3, "integer"),
    ("weight", 2.5, "decimal"),
    ("date", "2019-09-08", "date"),
    ("dateBefore", "2019-09", "gYearMonth"),
    ("date", "2019", "gYear"),
    ("date", "九月上旬", "string"),
    ("unit", "人", "string"),
    ("inferred", True, "boolean"),
    ("url", "http://www.gov.cn/a.htm", "anyURI"),
    ("value", 1e-7, "decimal"),
])
def test_attribute_values_get_a_datatype_and_come_back_equal(name, value, datatype):
    (lit,) = attribute_literals(name, value)
    assert lit.datatype == XSD + datatype
    back = literal_value(lit)
    assert back == value and type(back) is type(value)


def test_lists_and_dicts_of_unknown_attributes_travel_as_json():
    (lit,) = attribute_literals("attendees", ["侍歌", "习近平"])
    assert literal_value(lit) == ["侍歌", "习近平"]


@pytest.mark.parametrize("base", ["http://example.org/kg/", "https://example.org/kg#"])
def test_any_base_iri_ending_in_slash_or_hash_round_trips(seed_facts, tmp_path, base):
    graph, _ = seed_facts
    for fmt in ("ttl", "trig"):
        text = render(graph, fmt, base_iri=base)
        path = tmp_path / f"graph.{fmt}"
        path.write_text(text, encoding="utf-8")
        assert f"<{base}adm/110000>" in text or "<adm/110000>" in text
        same_graph(graph, load_graph(path))


@pytest.mark.parametrize("base", ["example.org/kg/", "http://example.org/kg", "http://exa mple.org/", ""])
def test_bad_base_iris_are_refused(base):
    with pytest.raises(ExportError, match="base IRI"):
        check_base_iri(base)


@pytest.mark.parametrize("name", RDF_FILES)
def test_rdflib_and_oxigraph_parse_every_file_alike(seed_build, seed_facts, name):
    for out in (seed_build[1], seed_facts[1]):
        path = out / name
        if name == "graph.ttl":
            g = rdflib.Graph().parse(path, format="turtle")
        else:
            g = rdflib.Dataset().parse(path, format="trig" if name.endswith("trig") else "nquads")
        quads = list(ox.parse(path=str(path)))
        assert len(g) == len({(q.subject, q.predicate, q.object) for q in quads}) > 1000


def test_ttl_holds_the_union_of_the_trig_graphs(seed_facts):
    out = seed_facts[1]
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    merged = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(out / "graph.trig", format="trig").quads():
        merged.add((s, p, o))
    nq = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(out / "graph.nq", format="nquads").quads():
        nq.add((s, p, o))
    from rdflib.compare import isomorphic

    assert isomorphic(ttl, merged) and isomorphic(merged, nq)


@pytest.mark.parametrize("name", RDF_FILES)
def test_load_round_trips_the_seed_build(seed_build, name):
    result, out = seed_build
    back = load_graph(out / name)
    assert back.number_of_nodes() == result.graph.number_of_nodes()
    assert back.number_of_edges() == result.graph.number_of_edges()
    same_graph(result.graph, back)


@pytest.mark.parametrize("name", RDF_FILES)
def test_load_round_trips_events_observations_posts_and_evidence(seed_facts, name):
    graph, out = seed_facts
    back = load_graph(out / name)
    same_graph(graph, back)
    assert back.nodes["Observation/adm/110000/党员/1395000"]["value"] == 1395000
    assert back.edges["adm/110000", "adm/140000", "coMentionedWith"]["layer"] == "comention"


def test_kg_load_gives_the_graph_of_an_export(seed_build):
    import kg

    result, out = seed_build
    same_graph(result.graph, kg.load(out / "graph.ttl").graph)


def test_every_node_has_its_class_and_zh_label_and_every_edge_its_triple(seed_facts):
    graph, out = seed_facts
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    for n, d in graph.nodes(data=True):
        s = rdflib.URIRef(node_iri(n))
        assert set(g.objects(s, rdflib.RDF.type)) == {KG[d["type"]]}
        assert rdflib.Literal(d["label"], lang="zh") in set(g.objects(s, rdflib.RDFS.label))
        assert {str(a) for a in g.objects(s, rdflib.SKOS.altLabel)} == set(d["aliases"])
    for u, v, k in graph.edges(keys=True):
        assert (rdflib.URIRef(node_iri(u)), KG[k], rdflib.URIRef(node_iri(v))) in g


@pytest.mark.parametrize("subject,prop,value", [
    ("adm/110000", "adcode", rdflib.Literal("110000")),
    ("article/000_d8a4dfaa46811922", "number", rdflib.Literal("13")),
    ("article/000_d8a4dfaa46811922", "title", rdflib.Literal("北京、山西、内蒙古：聚焦群众关切 高质量推进第二批主题教育开局")),
    ("Meeting/adm/110000/2019-09-08/“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议", "date",
     rdflib.Literal("2019-09-08", datatype=rdflib.XSD.date)),
    ("Observation/adm/110000/党员/1395000", "value", rdflib.Literal("1395000", datatype=rdflib.XSD.decimal)),
    ("Observation/adm/110000/党员/1395000", "unit", rdflib.Literal("人")),
    ("Document/《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》", "genre", rdflib.Literal("方案")),
])
def test_attributes_are_typed_literals(seed_facts, subject, prop, value):
    g = rdflib.Graph().parse(seed_facts[1] / "graph.ttl", format="turtle")
    got = list(g.objects(rdflib.URIRef(node_iri(subject)), KG[prop]))
    assert [(str(x), x.datatype) for x in got] == [(str(value), value.datatype)]


def test_evidence_offsets_slice_the_article_text(seed_facts):
    from .seed_facts import seed_article

    text = seed_article().text
    g = rdflib.Graph().parse(seed_facts[1] / "graph.ttl", format="turtle")
    sentences = set(g.subjects(rdflib.RDF.type, KG.Sentence))
    assert len(sentences) > 10
    for s in sentences:
        start, end = int(g.value(s, KG.startOffset)), int(g.value(s, KG.endOffset))
        assert text[start:end] == str(g.value(s, KG.sentenceText))
    spans = list(g.subjects(rdflib.RDF.type, KG.Evidence))
    assert len(spans) > 30
    for e in spans:
        s = g.value(e, KG.sentence)
        assert s in sentences        # each span points at its sentence, stored once
        ms, me = int(g.value(e, KG.mentionStart)), int(g.value(e, KG.mentionEnd))
        assert int(g.value(s, KG.startOffset)) <= ms < me <= int(g.value(s, KG.endOffset))
        assert g.value(e, KG.sentenceText) is None


def test_each_sentence_text_is_written_once(seed_facts):
    lines = (seed_facts[1] / "graph.nq").read_text(encoding="utf-8").splitlines()
    texts = [line for line in lines if "#sentenceText>" in line and line.startswith("<https://w3id.org/kg-cn/id/")]
    assert texts and len(texts) == len(set(texts))
    assert len({line.split(" ", 1)[0] for line in texts}) == len(texts)


def test_facts_sit_in_their_article_graph_with_prov_o_provenance(seed_facts):
    import kg

    ds = rdflib.Dataset().parse(seed_facts[1] / "graph.trig", format="trig")
    art = BASE["article/000_d8a4dfaa46811922"]
    named = ds.graph(BASE["graph/000_d8a4dfaa46811922"])
    fact = (BASE["adm/110000"], KG.implements, BASE["Initiative/接诉即办"])
    assert fact in named
    assert (art, KG.mentions, BASE["Initiative/接诉即办"]) in named
    default = ds.default_graph
    assert fact not in default
    assert (BASE["graph/000_d8a4dfaa46811922"], PROV.wasDerivedFrom, art) in default
    run = default.value(BASE["graph/000_d8a4dfaa46811922"], PROV.wasGeneratedBy)
    agent = default.value(run, PROV.wasAssociatedWith)
    assert str(default.value(agent, rdflib.URIRef("https://schema.org/softwareVersion"))) == kg.__version__
    assert (art, KG.file, None) in default
    # the statement of the fact carries the sentence it was read in
    statement = next(s for s in default.subjects(rdflib.RDF.subject, fact[0])
                     if (s, rdflib.RDF.object, fact[2]) in default)
    ev = named.value(statement, KG.evidence)
    assert "北京市将“接诉即办”作为第二批主题教育" in str(named.value(ev, KG.sentenceText))
    # the gazetteer's chain holds for no article: default graph only
    chain = (BASE["adm/152900"], KG.locatedIn, BASE["adm/150000"])
    assert chain in default and chain not in named


def test_the_ontology_travels_with_the_data(seed_facts):
    ds = rdflib.Dataset().parse(seed_facts[1] / "graph.trig", format="trig")
    onto = ds.graph(rdflib.URIRef("https://w3id.org/kg-cn/ontology"))
    assert (KG.Province, rdflib.RDFS.subClassOf, KG.AdministrativeArea) in onto
    ttl = rdflib.Graph().parse(seed_facts[1] / "graph.ttl", format="turtle")
    assert (KG.Province, rdflib.RDFS.subClassOf, KG.AdministrativeArea) in ttl


def test_rendering_twice_gives_the_same_bytes(resources):
    from kg.pipeline import build_graph

    from .seed_facts import seed_fact_graph

    graphs = [build_graph([SEEDS], resources=resources).graph for _ in range(2)]
    graphs += [seed_fact_graph(resources.gazetteer) for _ in range(2)]
    for fmt in ("ttl", "trig", "nq"):
        assert render(graphs[0], fmt) == render(graphs[1], fmt)
        assert render(graphs[2], fmt) == render(graphs[3], fmt)


def test_nquads_lines_are_unique_and_each_graph_is_written_in_one_run(seed_facts):
    # streamed a graph at a time (the default graph first, in chunks): no graph comes back later
    import pyoxigraph as ox

    path = seed_facts[1] / "graph.nq"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))
    graphs = [q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
              for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)]
    runs = [g for i, g in enumerate(graphs) if i == 0 or g != graphs[i - 1]]
    assert len(runs) == len(set(runs)) and runs[0] == ""
    named = [g for g in runs[1:] if "kg-cn/id/graph/" in g]
    assert named == sorted(named)


def test_kg_build_base_iri_option(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "-f", "ttl", "-f", "nq",
                        "--base-iri", "http://example.org/kg/"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "<http://example.org/kg/adm/110000>" in (out / "graph.nq").read_text(encoding="utf-8")
    assert "@base <http://example.org/kg/>" in (out / "graph.ttl").read_text(encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "--base-iri", "nope"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode != 0 and "base IRI" in bad.stderr


def test_a_node_without_class_is_an_export_error():
    g = nx.MultiDiGraph()
    g.add_node("x", label="无类")
    with pytest.raises(ExportError, match="'x' has no type"):
        render(g, "nq")


def test_literal_values_of_foreign_files_stay_strings():
    assert literal_value(Literal("abc", XSD + "token")) == "abc"


def test_two_processes_write_byte_identical_rdf(tmp_path):
    """Different hash seeds change set order between processes; the files must not change."""
    import os

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "--quiet",
                            "-f", "ttl", "-f", "trig", "-f", "nq"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        outs.append(out)
    for name in RDF_FILES:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name



def _mentions_graph(evidence_articles) -> nx.MultiDiGraph:
    """A node read in articles a1 and a2 (its evidence in the order given), each article's mentions edge
    counting its evidence there, and a fact with evidence in both."""
    g = nx.MultiDiGraph()
    for a in ("a1", "a2"):
        g.add_node(f"article/{a}", type="Article", label=a, articles=[a])
    evs = [{"article": a, "sentence": "北京市召开会议。", "sentence_start": s, "sentence_end": s + 8,
            "start": s, "end": s + 3, "source": "places.gazetteer"} for a, s in evidence_articles]
    g.add_node("adm/110000", type="Province", label="北京市", articles=["a1", "a2"], mentions=len(evs), evidence=evs)
    g.add_node("Initiative/河长制", type="Initiative", label="河长制", articles=["a2"])
    for a in ("a1", "a2"):
        g.add_edge(f"article/{a}", "adm/110000", key="mentions", relation="mentions",
                   count=sum(1 for x, _ in evidence_articles if x == a), articles=[a], evidence=[])
    g.add_edge("adm/110000", "Initiative/河长制", key="implements", relation="implements", count=2,
               articles=["a1", "a2"], evidence=[ev for ev in evs if ev["sentence_start"] in (0, 30)])
    return g


def _quads(g: nx.MultiDiGraph) -> set:
    from kg.rdf import graph_quads

    return {(s, p, o if isinstance(o, str) else o.lexical, gr) for s, p, o, gr in graph_quads(g)}


def test_article_graphs_are_the_same_whatever_the_order_of_a_nodes_evidence():
    # kg's graphs list evidence by article (the per-article index bisects it); another order is counted apart
    by_article = _quads(_mentions_graph([("a1", 0), ("a2", 10), ("a2", 30)]))
    shuffled = _quads(_mentions_graph([("a2", 30), ("a1", 0), ("a2", 10)]))
    assert by_article == shuffled
    # the mentions edges whose count is the node's evidence there need no statement: the article's triple says it
    assert not any("/fact/article" in s for s, *_ in by_article)
    a2 = DEFAULT_BASE_IRI + "graph/a2"
    assert (DEFAULT_BASE_IRI + "article/a2", "https://w3id.org/kg-cn/ontology#mentions",
            DEFAULT_BASE_IRI + "adm/110000", a2) in by_article
    # the fact's evidence lands in the graph of the article it was read in, its sentence there too
    fact = DEFAULT_BASE_IRI + "fact/adm%2F110000/implements/Initiative%2F河长制"
    assert {gr for s, p, _o, gr in by_article if s == fact and p.endswith("#evidence")} == {
        DEFAULT_BASE_IRI + "graph/a1", a2}
    assert (DEFAULT_BASE_IRI + "sentence/a2/30-38", "https://w3id.org/kg-cn/ontology#inArticle",
            DEFAULT_BASE_IRI + "article/a2", a2) in by_article


@pytest.mark.parametrize("order", [[("a1", 0), ("a2", 10), ("a2", 30)], [("a2", 30), ("a1", 0), ("a2", 10)]])
def test_a_mentions_edge_counting_otherwise_keeps_its_statement(order):
    g = _mentions_graph(order)
    g.edges["article/a2", "adm/110000", "mentions"]["count"] = 5      # not its 2 pieces of evidence in a2
    quads = _quads(g)
    stated = {s for s, *_ in quads if "/fact/article" in s}
    assert stated == {DEFAULT_BASE_IRI + "fact/article%2Fa2/mentions/adm%2F110000"}
    assert (next(iter(stated)), "https://w3id.org/kg-cn/ontology#count", "5", None) in quads
