"""kg.graph.GraphBuilder: the graph it builds, and how it holds evidence."""
from __future__ import annotations

from kg.graph import GraphBuilder
from kg.model import Article, Entity, Evidence, Fact

TEXT = "北京市丰台区召开会议。北京市部署工作。"


def _article(aid: str) -> Article:
    return Article(aid, TEXT, TEXT, title=aid)


def _ev(aid: str, s0: int, s1: int, start: int | None, end: int | None, source: str = "", score=None) -> Evidence:
    return Evidence(aid, s0, s1, TEXT[s0:s1], start, end, source, score)


def _build(*articles) -> "nx.MultiDiGraph":  # noqa: F821
    b = GraphBuilder()
    for aid, entities, facts in articles:
        b.add_article(_article(aid), entities, facts)
    return b.build()


def _entities(aid: str):
    bj = Entity("adm/110000", "Province", "北京市",
                evidence=[_ev(aid, 0, 11, 0, 3, "places.gazetteer", 1.0), _ev(aid, 11, 20, 11, 14, "places.gazetteer", 1.0)])
    ft = Entity("adm/110106", "County", "丰台区", evidence=[_ev(aid, 0, 11, 3, 6, "places.gazetteer", 1.0)])
    return [bj, ft]


def test_evidence_dicts_are_those_of_the_evidence_sorted_one_per_span():
    facts = [Fact("adm/110106", "locatedIn", "adm/110000", _ev("a1", 0, 11, None, None), source="places.chain"),
             # the same span read by a second rule: the first rule by name is kept
             Fact("adm/110106", "locatedIn", "adm/110000", _ev("a1", 0, 11, None, None), source="places.admin")]
    g = _build(("a2", _entities("a2"), []), ("a1", _entities("a1"), facts))
    evs = g.nodes["adm/110000"]["evidence"]
    expected = sorted((e for a in ("a1", "a2") for e in _entities(a)[0].evidence),
                      key=lambda e: (e.article_id, e.sentence_start, e.start))
    assert evs == [e.as_dict() for e in expected]
    assert [list(ev) for ev in evs] == [list(e.as_dict()) for e in expected]      # the same keys, in the same order
    edge = g.edges["adm/110106", "adm/110000", "locatedIn"]
    assert edge["evidence"] == [{"article": "a1", "sentence": TEXT[0:11], "sentence_start": 0, "sentence_end": 11,
                                 "source": "places.admin", "score": 1.0}]
    assert edge["sources"] == ["places.admin", "places.chain"] and edge["count"] == 2 and edge["articles"] == ["a1"]
    assert g.nodes["adm/110000"]["mentions"] == 4 and g.nodes["adm/110000"]["articles"] == ["a1", "a2"]


def _far_entities(aid: str):
    """Evidence past offset 256 (CPython keeps one object for each small int), each value made anew,
    as the cache's unpickling makes them."""
    n = int("1000")
    rule = "".join(["places.", "gazetteer"])
    return [Entity("adm/110000", "Province", "北京市",
                   evidence=[Evidence(aid, n, n + 9, TEXT[11:20], n, n + 3, rule, float("0.9"))])]


def test_equal_offsets_scores_and_rule_names_are_one_object_across_articles():
    # at 10,000 articles five million offsets: the graph holds each value once, not once per evidence
    a1, a2 = _far_entities("a1"), _far_entities("a2")
    assert a1[0].evidence[0].start is not a2[0].evidence[0].start
    g = _build(("a1", a1, []), ("a2", a2, []))
    first, second = g.nodes["adm/110000"]["evidence"]
    assert first["article"] == "a1" and second["article"] == "a2"
    for key in ("sentence_start", "sentence_end", "start", "end", "source", "score"):
        assert first[key] is second[key], key
    # and a value keeps its type: a score of 1.0 stays a float beside an offset of 1
    assert type(first["score"]) is float


def test_duplicate_evidence_is_kept_once():
    ent = _entities("a1")
    ent[1].evidence.append(ent[1].evidence[0])          # the same mention twice
    g = _build(("a1", ent, []))
    assert len(g.nodes["adm/110106"]["evidence"]) == 1
    assert g.nodes["adm/110106"]["mentions"] == 2        # mentions count what was read
