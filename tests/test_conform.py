"""The exports pass their own SHACL check on real input: what the ontology does not
allow is dropped (and said) before writing; `kg validate` passes on the builds of the
fixtures and of a generated corpus."""
from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.conform import conform_graph

from .conftest import ROOT
from .corpus_gen import write_corpus


def _graph():
    g = nx.MultiDiGraph()
    g.add_node("Meeting/m", type="Meeting", label="会议", date="2020")
    g.add_node("Meeting/n", type="Meeting", label="会议二", date="2019-02-30")
    g.add_node("Post/p", type="Post", label="副区长", date="2020-05")
    g.add_node("adm/220104", type="County", label="朝阳区", adcode="220104", date="2020-01-01")
    g.add_node("Person/x", type="Person", label="某某")
    g.add_node("University/w", type="University", label="武汉大学")
    g.add_edge("Meeting/m", "adm/220104", key="attendee", relation="attendee")
    g.add_edge("Meeting/m", "University/w", key="place", relation="place")
    g.add_edge("Meeting/m", "Person/x", key="attendee", relation="attendee")
    g.add_edge("Meeting/m", "adm/220104", key="place", relation="place")
    return g


def test_facts_the_ontology_does_not_allow_are_dropped_and_said():
    g = _graph()
    dropped = conform_graph(g)
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["attendee", "place"]
    assert g.has_edge("Meeting/m", "Person/x", "attendee") and g.has_edge("Meeting/m", "adm/220104", "place")
    assert any("Meeting/m -attendee-> adm/220104" in d for d in dropped)
    assert any("Meeting/m -place-> University/w" in d for d in dropped)


def test_vague_dates_become_an_events_date_note_and_leave_other_classes():
    g = _graph()
    dropped = conform_graph(g)
    assert "date" not in g.nodes["Meeting/m"] and g.nodes["Meeting/m"]["dateNote"] == "2020"
    assert g.nodes["Meeting/n"]["dateNote"] == "2019-02-30"         # a date that does not exist
    assert "date" not in g.nodes["Post/p"] and "dateNote" not in g.nodes["Post/p"]
    assert "date" not in g.nodes["adm/220104"]                       # kg:date is not for places
    assert any("Post/p: date = '2020-05'" in d for d in dropped)
    assert len(dropped) == 4


def test_a_conforming_graph_is_left_as_it_is(seed_build):
    result, _ = seed_build
    before = nx.to_dict_of_dicts(result.graph)
    assert conform_graph(result.graph) == [] and nx.to_dict_of_dicts(result.graph) == before


def test_a_second_subject_of_an_observation_is_dropped():
    g = nx.MultiDiGraph()
    g.add_node("Observation/o", type="Observation", label="200人")
    for v in ("Village/1/青湖社区", "Village/南湖街道/青湖社区"):
        g.add_node(v, type="Village", label="青湖社区")
        g.add_edge("Observation/o", v, key="subject", relation="subject")
    dropped = conform_graph(g)
    assert [t for _, t in g.out_edges("Observation/o")] == ["Village/1/青湖社区"]
    assert dropped == ["Observation/o -subject-> Village/南湖街道/青湖社区: a Observation has one subject "
                       "(Village/1/青湖社区 kept)"]


def test_a_mention_span_past_its_sentence_keeps_the_sentence_only():
    g = nx.MultiDiGraph()
    ev = {"article": "a", "sentence": "……", "sentence_start": 112, "sentence_end": 153, "start": 127, "end": 158}
    g.add_node("Document/d", type="Document", label="文件", evidence=[ev, {**ev, "start": 120, "end": 130}])
    dropped = conform_graph(g)
    assert g.nodes["Document/d"]["evidence"][0] == {k: v for k, v in ev.items() if k not in ("start", "end")}
    assert g.nodes["Document/d"]["evidence"][1]["end"] == 130 and len(dropped) == 1


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["fixtures", "generated"])
def test_kg_validate_passes_on_real_builds(tmp_path, corpus):
    if corpus == "fixtures":
        inputs = [str(ROOT / "seeds"), *map(str, sorted((ROOT / "tests" / "gold").glob("*.txt")))]
    else:
        write_corpus(tmp_path / "in", 100, seed=7)
        inputs = [str(tmp_path / "in")]
    out = tmp_path / "out"
    runner = CliRunner()
    r = runner.invoke(main, ["build", *inputs, "-o", str(out), "-f", "ttl", "-f", "trig", "--quiet"])
    assert r.exit_code == 0, r.output
    for name in ("graph.ttl", "graph.trig"):
        r = runner.invoke(main, ["validate", str(out / name)])
        print(r.output.splitlines()[-1])
        assert r.exit_code == 0 and "conforms" in r.output, r.output[-3000:]
