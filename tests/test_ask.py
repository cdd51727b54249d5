"""``kg ask``: every question of queries/ask/ on the seed and on a multi-article corpus
(tests/fixtures/corpus: four articles, their metadata given four ways), with checked answers."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.ask import ask, questions
from kg.errors import QueryError
from kg.query import open_store, run_query

from .conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory, resources):
    from kg.pipeline import build_graph
    from kg.writers import write

    out = tmp_path_factory.mktemp("corpus_output")
    result = build_graph([CORPUS], resources=resources)
    for fmt in ("ttl", "nq"):
        write(result.graph, fmt, out)
    return out


@pytest.fixture(scope="module")
def corpus(corpus_build):
    return open_store(corpus_build / "graph.ttl")


@pytest.fixture(scope="module")
def seed(seed_build):
    return open_store(seed_build[1] / "graph.ttl")


def rows(store, name, **values) -> list[dict]:
    return ask(store, name, values).as_dicts()


def pick(rows_, *columns) -> set[tuple]:
    return {tuple(r[c] for c in columns) for r in rows_}


def test_every_question_declares_its_parameters_and_runs_as_plain_sparql(seed):
    qs = questions()
    assert {"initiatives", "events", "posts", "organizations", "statistics", "mentions", "comentions"} <= set(qs)
    for q in qs.values():
        assert q.summary and q.params, q.name
        text = q.path.read_text(encoding="utf-8")
        for p in q.params:
            assert f"VALUES ?{p.variable} {{ UNDEF }}" in text and p.help
        # the file as shipped (every parameter open) is a query kg query runs
        assert run_query(seed, q.path).rows, q.name


def test_unknown_parameters_and_bad_dates_are_clear_errors():
    with pytest.raises(QueryError, match="takes place"):
        questions()["initiatives"].sparql({"person": "x"})
    with pytest.raises(QueryError, match="not a date"):
        questions()["events"].sparql({"from": "去年"})


# ---------------------------------------------------------------- the seed

def test_seed_initiatives_of_a_place_include_those_of_places_in_it(seed):
    got = pick(rows(seed, "initiatives", place="北京"), "place", "initiative", "by")
    assert {("北京市", "接诉即办", "北京市"), ("北京市", "三会一课", "丰台区")} <= got
    assert all(p == "北京市" for p, _i, _b in got)
    assert ("内蒙古自治区", "马背党校", "内蒙古自治区") in pick(rows(seed, "initiatives", place="150000"),
                                                          "place", "initiative", "by")


def test_seed_meetings_in_a_date_range(seed):
    got = rows(seed, "events", **{"from": "2019-09-01", "to": "2019-09-10", "class": "Meeting"})
    assert pick(got, "date", "where") == {("2019-09-08", "北京市"), ("2019-09-10", "太原市")}
    assert {r["event_class"] for r in got} == {"Meeting"}
    assert pick(rows(seed, "events", **{"from": "2019-09-09", "to": "2019-09-09"}), "date") == set()


def test_seed_posts_of_a_person(seed):
    got = rows(seed, "posts", person="侍歌")
    assert pick(got, "person", "role", "organization") == {("侍歌", "党支部副书记", "阿日毛道嘎查党支部")}
    assert got[0]["articles"] == "1"


def test_seed_organisations_in_a_province_at_any_depth(seed):
    got = pick(rows(seed, "organizations", place="山西"), "organization", "located_in")
    assert {("太原理工大学", "太原市"), ("山西省水利厅", "山西省"), ("长治中医院", "长治市")} <= got
    assert not any("北京" in o or "内蒙古" in o for o, _ in got)


def test_seed_statistics_about_a_place(seed):
    got = pick(rows(seed, "statistics", place="北京市"), "subject", "measure", "value", "unit")
    assert ("北京市", "党员", "1395000", "人") in got and ("北京市", "党组织", "54900", "个") in got
    assert all(s == "北京市" for s, *_ in got)


def test_seed_where_an_entity_is_mentioned(seed):
    got = rows(seed, "mentions", entity="阿拉善右旗")
    assert got and {r["entity"] for r in got} == {"阿拉善右旗"}
    for r in got:
        assert r["article"] == "000_d8a4dfaa46811922"
        assert r["mention"] in r["sentence"]


def test_seed_entities_co_mentioned_with_an_initiative(seed):
    got = pick(rows(seed, "comentions", initiative="三会一课"), "entity", "class")
    assert {("丰台区", "County"), ("北京市", "Province"), ("卢沟桥", "Landmark")} <= got


# ---------------------------------------------------------------- a corpus of several articles

def test_corpus_initiatives_by_province(corpus):
    henan = pick(rows(corpus, "initiatives", place="河南"), "initiative", "by")
    zhejiang = pick(rows(corpus, "initiatives", place="浙江省"), "initiative", "by")
    assert ("一村一品", "兰考县") in henan and ("两山银行", "安吉县") in zhejiang
    assert not {i for i, _ in henan} & {i for i, _ in zhejiang}


def test_corpus_events_in_a_date_range_with_place_organiser_and_chair(corpus):
    every = rows(corpus, "events", **{"from": "2021-01-01", "to": "2021-06-30"})
    assert {(r["date"], r["event_class"]) for r in every} == {("2021-03-05", "Meeting"), ("2021-06-12", "Visit")}
    spring = rows(corpus, "events", **{"from": "2021-01-01", "to": "2021-06-30", "class": "Meeting"})
    assert {r["date"] for r in spring} == {"2021-03-05"}
    assert {r["where"] for r in spring} == {"兰考县"} and {r["chair"] for r in spring} == {"刘建国"}
    assert len(spring) == 1 and set(spring[0]["organizer"].split("、")) >= {"兰考县委", "兰考县人民政府"}
    year = rows(corpus, "events", **{"from": "2021", "to": "2021", "class": "会议", "place": "浙江"})
    assert pick(year, "date", "where") == {("2021-09-18", "安吉县")}


def test_corpus_posts_with_first_and_last_article_dates(corpus):
    got = rows(corpus, "posts", person="李国强")
    assert pick(got, "role", "organization", "first", "last", "articles") == {
        ("县委书记", "安吉县委", "2021-09-20", "2022-01-11", "2")}       # dates from metadata.csv and the URL
    in_lankao = pick(rows(corpus, "posts", organization="兰考县"), "person", "role")
    assert {("张明华", "县委书记"), ("刘建国", "县长")} <= in_lankao and "李国强" not in {p for p, _ in in_lankao}


def test_corpus_organisations_and_statistics_of_a_province(corpus):
    orgs = pick(rows(corpus, "organizations", place="河南"), "organization")
    assert {("兰考县人民医院",), ("兰考县委",)} <= orgs and not any("安吉" in o for (o,) in orgs)
    stats = pick(rows(corpus, "statistics", place="河南省"), "subject", "measure", "value", "unit")
    assert ("兰考县", "特色产业村", "86", "个") in stats
    assert ("余村", "接待游客", "800000", "人次") in pick(rows(corpus, "statistics", place="浙江"),
                                                          "subject", "measure", "value", "unit")


def test_corpus_mentions_across_articles_with_their_dates(corpus):
    got = rows(corpus, "mentions", entity="张明华")
    assert pick(got, "article", "date") >= {("a1_lankao_meeting", "2021-03-08"), ("a2_lankao_visit", "2021-06-15")}


def test_corpus_comentions_count_sentences_and_articles(corpus):
    got = {r["entity"]: r for r in rows(corpus, "comentions", initiative="一村一品")}
    assert got["乡村旅游"]["sentences"] == "2" and got["乡村旅游"]["articles"] == "2"
    assert "兰考县" not in got or got["兰考县"]["class"] == "County"


@pytest.mark.parametrize("name", ["initiatives", "events", "posts", "organizations", "statistics", "mentions"])
def test_same_answers_on_rdflib_and_in_n_quads(corpus_build, corpus, name):
    def norm(result):     # GROUP_CONCAT's order is the engine's own
        return sorted((tuple("、".join(sorted(c.split("、"))) if c else c for c in row) for row in result.rows), key=repr)

    reference = norm(ask(corpus, name))
    assert reference
    assert norm(ask(corpus_build / "graph.nq", name)) == reference
    assert norm(ask(corpus_build / "graph.ttl", name, engine="rdflib")) == reference


def test_cli_ask_prints_table_csv_and_json(corpus_build):
    def kg(*args):
        r = subprocess.run([sys.executable, "-m", "kg", "ask", *args], capture_output=True, text=True, cwd=ROOT,
                           timeout=120)
        return r

    r = kg("events", "2021-01-01", "2021-06-30", "-g", str(corpus_build), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert {row["date"] for row in json.loads(r.stdout)} == {"2021-03-05", "2021-06-12"}   # a meeting, a visit
    r = kg("posts", "person=李国强", "-g", str(corpus_build / "graph.nq"), "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("person,role,organization,first,last")
    assert "2021-09-20,2022-01-11" in r.stdout
    r = kg()
    assert r.returncode == 0 and "initiatives [place]" in r.stdout
    r = kg("nonsense", "-g", str(corpus_build))
    assert r.returncode != 0 and "no question" in r.stderr
