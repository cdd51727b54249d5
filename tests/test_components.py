"""Extraction components by name: the registry, lists with ablations, sources on what they find,
and a new recogniser added in a few lines (the worked example of docs/ARCHITECTURE.md)."""
from __future__ import annotations

import re

import pytest

from kg import components
from kg.errors import KGError
from kg.extract import Extractor
from kg.read import article_from_text


# -- the worked example: a tiny recogniser, registered and enabled by name -----------------
class VolunteerTeamRecognizer:
    """志愿服务队 and 志愿者协会 after a few characters of name: an Organization."""

    PATTERN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:志愿服务队|志愿者协会)")

    def __init__(self, resources):
        self.resources = resources

    def __call__(self, doc):
        return [doc.mention(m.start(), m.end(), "Organization", m.group(), source="volunteers.suffix", score=0.8)
                for m in self.PATTERN.finditer(doc.text)]


components.register("volunteers", VolunteerTeamRecognizer, kind="mentions", assigns=("Organization",),
                    doc="volunteer teams by their head word (example)")

TEXT = "近日，青山志愿服务队走进社区，开展义务理发活动。"


def test_a_registered_component_runs_only_when_listed(resources):
    with_it = Extractor(resources, [*components.DEFAULT_COMPONENTS, "volunteers"])
    without = Extractor(resources)
    found = [m for m in with_it.candidates(with_it.doc(article_from_text("v", [TEXT])))
             if m.source == "volunteers.suffix"]
    assert [(m.text, m.label, m.score) for m in found] == [("青山志愿服务队", "Organization", 0.8)]
    assert not any(m.source == "volunteers.suffix"
                   for m in without.candidates(without.doc(article_from_text("v", [TEXT]))))


def test_every_candidate_carries_its_source_and_the_graph_keeps_it(extractor):
    ex = extractor(article_from_text("s", ["9月10日，安吉县委召开常委会议，县委书记某某主持。"]))
    assert all(m.source for m in ex.mentions)
    assert all(f.source for f in ex.facts)
    assert all(e.source for ent in ex.entities.entities.values() for e in ent.evidence)


def test_a_list_may_drop_components_and_names_are_checked():
    assert "topics" not in components.parse_list("-topics,-concepts")
    assert components.parse_list("places,orgs") == ["places", "orgs"]
    with pytest.raises(KGError, match="no extraction component named 'nope'"):
        components.parse_list("places,nope")
    with pytest.raises(KGError, match="needs 'places'"):
        components.resolve(["orgs"])


def test_an_ablation_removes_what_the_component_finds(resources):
    text = "日前，某县召开会议，部署营商环境、安全生产等工作。"
    full = Extractor(resources)
    no_topics = Extractor(resources, components.parse_list("-topics"))
    labels = lambda ex: {m.label for m in ex.mentions(ex.doc(article_from_text("a", [text])))}
    assert "Topic" in labels(full) and "Topic" not in labels(no_topics)


def test_overlap_policies_are_chosen_by_name(resources):
    assert Extractor(resources, overlaps="score_first.v1").overlaps == "score_first.v1"
    with pytest.raises(KGError, match="no overlap policy"):
        Extractor(resources, overlaps="longest.v0")


def test_the_api_tables_say_which_rule_read_each_fact_and_how_sure_it_is():
    import kg

    from .conftest import SEEDS

    rel = kg.build(SEEDS).relations("hasRole")
    assert {"sources", "score"} <= set(rel.columns)
    assert all(s == ["relations.post"] for s in rel["sources"])
    assert rel["score"].between(0, 1).all()


def test_a_word_memo_answers_as_its_check_and_stays_bounded(monkeypatch):
    """Recognisers remember their checks of a word alone (kg.mentions.word_memo): the answers are
    the check's, each asked once while remembered, and the memo empties itself when full."""
    import kg.mentions as mentions

    monkeypatch.setattr(mentions, "WORD_CACHE", 3)
    asked: list[str] = []

    def check(word: str) -> bool:
        asked.append(word)
        return len(word) == 2

    memo = mentions.word_memo(check)
    words = ["县委", "县", "县委", "政府", "县"]
    assert list(map(memo, words)) == [check(w) for w in words]
    assert asked[:3] == ["县委", "县", "政府"]          # (then the direct calls of the comparison)
    asked.clear()
    assert [memo(w) for w in ("书记", "县委")] == [True, True]
    # full at three words: 书记 emptied it and was kept alone, so 县委 was asked again
    assert asked == ["书记", "县委"]
    assert len(memo.__self__) == 2
