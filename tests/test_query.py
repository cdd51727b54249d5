"""queries/*.rq: one per question of SCHEMA.md, the same rows on Oxigraph and rdflib,
the right rows on the seed's facts; and ``kg query``."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.errors import QueryError
from kg.query import format_result, open_store, run_query

from .conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
RDF_FILES = ["graph.ttl", "graph.trig", "graph.nq"]
MEETING = "“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议"
DOCUMENT = "《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》"

# question -> the rows expected on the seed's facts (tests/seed_facts.py), first columns only
EXPECTED = {
    "01": [("内蒙古自治区", "中小学校营养餐配送试点", "呼和浩特市政府"),
           ("内蒙古自治区", "服务促学", "阿日毛道嘎查"),
           ("内蒙古自治区", "草原学习轻骑兵", "内蒙古自治区"),
           ("内蒙古自治区", "送学上门", "内蒙古自治区"),
           ("内蒙古自治区", "马背党校", "内蒙古自治区"),
           ("北京市", "三会一课", "丰台区"),
           ("北京市", "主题党日活动", "丰台区"),
           ("北京市", "大学习大讨论大落实", "首都师范大学"),
           ("北京市", "接诉即办", "北京市")],
    "02": [(MEETING, "2019-09-08", "北京市", "北京市"),
           (MEETING, "2019-09-10", "太原市", "山西省")],
    "03": [("太原理工大学", "University", "太原市"),
           ("山西省水利厅", "GovernmentBody", "山西省"),
           ("长治中医院", "Hospital", "长治市")],
    "04": [(DOCUMENT, "内蒙古自治区党委", "2019-09-11", None)],
    "05": [("侍歌", "副书记", "阿日毛道嘎查党支部", None)],
    "06": [("党员", "1395000", "人", None, "第二批主题教育"),
           ("党组织", "54900", "个", None, None),
           ("区局级单位", "49", "家", None, None)],
    "07": [("三会一课", "丰台区"), ("三会一课", "北京市"), ("三会一课", "卢沟桥"),
           ("中小学校营养餐配送试点", "呼和浩特市"),
           ("主题党日活动", "丰台区"), ("主题党日活动", "北京市"), ("主题党日活动", "卢沟桥"),
           ("接诉即办", "北京市"),
           ("草原学习轻骑兵", "内蒙古自治区"), ("送学上门", "内蒙古自治区"), ("马背党校", "内蒙古自治区")],
    "08": [("000_d8a4dfaa46811922", "北京、山西、内蒙古：聚焦群众关切 高质量推进第二批主题教育开局", str(s), str(e), "北京市")
           for s, e in ((109, 211), (212, 283), (284, 353), (394, 423), (424, 488))],   # the title is line 0
}


def question(path) -> str:
    return path.name[:2]


def test_one_query_per_question_each_saying_which():
    assert [question(q) for q in QUERIES] == sorted(EXPECTED)
    for q in QUERIES:
        assert q.read_text(encoding="utf-8").startswith(f"# Q{int(question(q))}. ")


@pytest.fixture(scope="module")
def stores(seed_facts):
    out = seed_facts[1]
    return {(name, engine): open_store(out / name, engine) for name in RDF_FILES for engine in ("oxigraph", "rdflib")}


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_every_query_gives_the_same_rows_on_oxigraph_and_rdflib_in_every_file(stores, query):
    answers = {key: run_query(store, query) for key, store in stores.items()}
    reference = answers[("graph.ttl", "oxigraph")]
    assert reference.rows, "no rows: the query tests nothing"
    for key, answer in answers.items():
        assert answer.columns == reference.columns, key
        assert sorted(answer.rows, key=repr) == sorted(reference.rows, key=repr), key


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_every_question_answers_right_on_the_seed_facts(stores, query):
    expected = EXPECTED[question(query)]
    rows = run_query(stores[("graph.ttl", "oxigraph")], query).rows
    width = len(expected[0])
    assert sorted({row[:width] for row in rows}, key=repr) == sorted(expected, key=repr)


# --- on the seed as the extractor builds it today ----------------------------

PLACES_IN_SHANXI = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?place WHERE { ?sx kg:adcode "140000" . ?p kg:locatedIn+ ?sx ; rdfs:label ?place } ORDER BY ?place
"""


def test_seed_build_places_in_shanxi_at_any_depth(seed_build):
    rows = run_query(seed_build[1] / "graph.ttl", PLACES_IN_SHANXI).rows
    assert {"太原市", "晋城市", "临汾市", "运城市"} <= {r[0] for r in rows}


def test_seed_build_q8_where_beijing_is_mentioned(seed_build):
    rows = run_query(seed_build[1] / "graph.ttl", ROOT / "queries" / "08_where_mentioned.rq").rows
    sentences = {r[5] for r in rows}
    assert any(s.startswith("北京市将“接诉即办”作为第二批主题教育") for s in sentences)
    assert any(s.startswith("2019年9月8日，北京市召开") for s in sentences)
    assert all(r[0] == "000_d8a4dfaa46811922" for r in rows)


def seed_rows(seed_build, name):
    return run_query(seed_build[1] / "graph.ttl", ROOT / "queries" / name).rows


def test_seed_build_q1_initiatives_by_province(seed_build):
    rows = {r[:2] for r in seed_rows(seed_build, "01_initiatives_by_province.rq")}
    assert {("北京市", "接诉即办"), ("北京市", "三会一课"), ("内蒙古自治区", "马背党校"),
            ("内蒙古自治区", "服务促学")} <= rows


def test_seed_build_q2_meetings_of_september_2019(seed_build):
    rows = {r[1:] for r in seed_rows(seed_build, "02_meetings_september_2019.rq")}
    assert rows == {("2019-09-08", "北京市", "北京市"), ("2019-09-10", "太原市", "山西省")}


def test_seed_build_q3_to_q6(seed_build):
    assert {r[0] for r in seed_rows(seed_build, "03_organisations_in_shanxi.rq")} >= {"山西省水利厅", "长治中医院"}
    assert (DOCUMENT, "内蒙古自治区党委", "2019-09-11") in {r[:3] for r in seed_rows(seed_build, "04_documents_issued.rq")}
    posts = seed_rows(seed_build, "05_posts.rq")
    assert any(r[0] == "侍歌" and "副书记" in r[1] and r[2] == "阿日毛道嘎查党支部" for r in posts)
    stats = {r[:3] for r in seed_rows(seed_build, "06_statistics_beijing.rq")}
    assert {("党员", "1395000", "人"), ("党组织", "54900", "个"), ("区局级单位", "49", "家")} <= stats


# --- kg query ----------------------------------------------------------------

def run_kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_kg_query_prints_a_table_csv_or_json(seed_facts):
    trig = str(seed_facts[1] / "graph.trig")
    q = str(ROOT / "queries" / "02_meetings_september_2019.rq")
    table = run_kg("query", trig, q)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["meeting", "date", "place", "organizer"]
    assert "2019-09-10  太原市" in table.stdout
    csv_out = run_kg("query", trig, q, "--format", "csv", "--engine", "rdflib")
    assert csv_out.stdout.splitlines()[1] == f"{MEETING},2019-09-08,北京市,北京市"
    rows = json.loads(run_kg("query", trig, q, "--format", "json").stdout)
    assert rows[1] == {"meeting": MEETING, "date": "2019-09-10", "place": "太原市", "organizer": "山西省"}


def test_kg_query_takes_the_query_as_text_and_reports_errors(seed_facts):
    folder = str(seed_facts[1])
    ok = run_kg("query", folder, "SELECT (COUNT(?m) AS ?n) WHERE { ?m a <https://w3id.org/kg-cn/ontology#Meeting> }")
    assert ok.stdout.split() == ["n", "-", "2"] or ok.stdout.split()[-1] == "2"
    bad = run_kg("query", folder, "SELECT ?x WHERE {")
    assert bad.returncode != 0 and "SPARQL" in bad.stderr
    missing = run_kg("query", str(seed_facts[1] / "nothing.ttl"), "ASK {}")
    assert missing.returncode != 0 and "no graph file" in missing.stderr


@pytest.mark.parametrize("text,error", [
    ("SELECT ?x WHERE { ?x ?y }", "SPARQL"),
    ("queries/does_not_exist.rq", "cannot read the query file"),
])
def test_query_errors_are_query_errors(seed_facts, text, error):
    with pytest.raises(QueryError, match=error):
        run_query(seed_facts[1] / "graph.ttl", text)


def test_table_counts_chinese_characters_as_two_columns():
    from kg.query import QueryResult

    text = format_result(QueryResult(("a", "b"), [("北京", "x"), ("abcd", None)]), "table")
    assert text.splitlines() == ["a     b", "----  -", "北京  x", "abcd"]


@pytest.fixture(scope="module")
def generated_build(tmp_path_factory, resources):
    """Generated articles (bench/corpus.py): facts read in several articles (what a one-article
    build never shows)."""
    from kg.pipeline import build_graph
    from kg.writers import write

    from .test_cache import _corpus_module

    out = tmp_path_factory.mktemp("generated_store")
    corpus = out.parent / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _corpus_module().generate(20, seed=8)),
                      encoding="utf-8")
    graph = build_graph([corpus], resources=resources).graph
    for fmt in ("ttl", "store"):
        write(graph, fmt, out)
    return out


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_the_persistent_store_answers_as_the_turtle_file(generated_build, query):
    """kg query on a folder with graph.oxigraph/ opens it; its rows are graph.ttl's, each once
    (a fact read in two articles is one row, as in the merged graph), on Oxigraph and rdflib."""
    from kg.outputs import store_path

    assert store_path(generated_build) is not None
    on_store = run_query(open_store(generated_build), query)
    for engine in ("oxigraph", "rdflib"):
        on_file = run_query(open_store(generated_build / "graph.ttl", engine), query)
        assert on_store.columns == on_file.columns
        assert sorted(on_store.rows, key=repr) == sorted(on_file.rows, key=repr), engine


def test_the_default_graph_is_the_union_only_where_there_are_named_graphs():
    import pyoxigraph as ox

    from kg.outputs import union_options

    a, p = ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p")
    merged = ox.Store()
    merged.add(ox.Quad(a, p, ox.Literal("x")))
    assert union_options(merged) == {}          # (the persistent store: everything in its default graph)
    per_article = ox.Store()
    per_article.add(ox.Quad(a, p, ox.Literal("y"), ox.NamedNode("https://example.org/article/1")))
    assert union_options(per_article) == {"use_default_graph_as_union": True}
    for store, value in ((merged, "x"), (per_article, "y")):
        assert run_query(store, "SELECT ?o WHERE { ?s ?p ?o }").rows == [(value,)]


def _oxigraph_sorted(store, text: str) -> list[tuple]:
    """The rows as Oxigraph itself orders them (the query as written, ORDER BY included)."""
    from kg.query import _ox_cell

    answer = store.query(text)
    return [tuple(_ox_cell(t) for t in sol) for sol in answer]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_the_store_sorts_every_query_as_oxigraph_would(generated_build, query):
    """kg sorts the rows of a plain ORDER BY itself (Oxigraph's sort reads each string from the
    store at every comparison); the order is Oxigraph's, up to rows its keys tie."""
    from kg.query import split_order_by

    store = open_store(generated_build)
    text = query.read_text(encoding="utf-8")
    split = split_order_by(text)
    assert split is not None, "every queries/*.rq ends in ORDER BY plain variables"
    mine, theirs = run_query(store, query), _oxigraph_sorted(store, text)
    assert sorted(mine.rows, key=repr) == sorted(theirs, key=repr)
    index = [mine.columns.index(var) for var, _ in split[1]]
    assert [tuple(r[i] for i in index) for r in mine.rows] == [tuple(r[i] for i in index) for r in theirs]


def test_oxigraph_is_not_asked_to_sort_what_kg_sorts(generated_build):
    """The queries reach Oxigraph without their ORDER BY (the new behaviour: the sort is kg's)."""
    from kg.query import _run_oxigraph

    from .store_spy import spied

    spy, sent = spied(open_store(generated_build))
    for q in QUERIES:
        sent.clear()
        _run_oxigraph(spy, q.read_text(encoding="utf-8"))
        assert len(sent) == 1 and "ORDER BY" not in sent[0].upper(), q.stem


@pytest.mark.parametrize("text, expected", [
    ("SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a", [("a", False)]),
    ("SELECT * WHERE { ?a <urn:p> ?b }\nORDER BY DESC(?b) asc( $a )\n# the end\n", [("b", True), ("a", False)]),
    ("SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a LIMIT 3", None),             # a limit: Oxigraph sorts
    ("SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY STR(?a)", None),               # an expression
    ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a <urn:p> ?b } ORDER BY ?a } }", None),   # a subquery's
    ("CONSTRUCT { ?a <urn:p> ?b } WHERE { ?a <urn:p> ?b } ORDER BY ?a", None),
    ('SELECT ?a WHERE { ?a <urn:p> "} ORDER BY ?a" }', None),                    # inside a string
    ("SELECT ?a WHERE { ?a <urn:p> ?b } # ORDER BY ?a", None),                   # inside a comment
])
def test_split_order_by(text, expected):
    from kg.query import split_order_by

    split = split_order_by(text)
    assert (split and split[1]) == expected
    if split:
        assert "ORDER" not in split[0].upper().split("#")[0]


def test_values_kg_cannot_order_as_oxigraph_are_sorted_by_oxigraph():
    """Unbound < IRI < literal; strings by code point, numbers by value, dates; a column mixing
    two kinds of literal (which SPARQL leaves unordered) or holding blank nodes goes back to Oxigraph,
    and either way the rows come in Oxigraph's order."""
    import pyoxigraph as ox

    from kg.query import order_solutions

    xsd = "http://www.w3.org/2001/XMLSchema#"
    p = ox.NamedNode("urn:p")
    cases = {
        "lang": [ox.Literal("北京市", language="zh"), ox.Literal("上海市", language="zh"), ox.Literal("A", language="zh")],
        "num": [ox.Literal("10", datatype=ox.NamedNode(xsd + "integer")), ox.Literal("9.5", datatype=ox.NamedNode(xsd + "decimal")),
                ox.Literal("-2", datatype=ox.NamedNode(xsd + "integer"))],
        "date": [ox.Literal("2019-10-01", datatype=ox.NamedNode(xsd + "date")),
                 ox.Literal("2019-09-30", datatype=ox.NamedNode(xsd + "date"))],
        "iri": [ox.NamedNode("urn:b"), ox.NamedNode("urn:a"), ox.Literal("z")],
        "mixed": [ox.Literal("1", datatype=ox.NamedNode(xsd + "integer")), ox.Literal("a"), ox.Literal("b", language="en")],
        "blank": [ox.BlankNode("b1"), ox.NamedNode("urn:a")],
    }
    for name, objects in cases.items():
        store = ox.Store()
        for n, o in enumerate(objects):
            store.add(ox.Quad(ox.NamedNode(f"urn:s{n}"), p, o))
        store.add(ox.Quad(ox.NamedNode("urn:unbound"), ox.NamedNode("urn:q"), ox.Literal("x")))
        for desc in (False, True):
            order = "DESC(?o)" if desc else "?o"
            text = f"SELECT ?s ?o WHERE {{ ?s ?any ?x OPTIONAL {{ ?s <urn:p> ?o }} }} ORDER BY {order} ?s"
            assert run_query(store, text).rows == _oxigraph_sorted(store, text), (name, desc)
            rows = [tuple(sol) for sol in store.query(text.split("ORDER")[0])]
            assert (order_solutions(rows, [(1, desc), (0, False)]) is None) == (name in ("mixed", "blank")), name
