"""Open classes read by their frame or form: fields of work in a list, numbered slogans and
formulas in quotes, the spirit of a Party congress. Sentences written for these tests."""
from __future__ import annotations

from kg.read import article_from_text


def _mentions(extractor, text):
    return extractor.mentions(extractor.doc(article_from_text("t", [text])))


def test_items_of_a_list_of_work_fields_are_topics(extractor):
    ms = _mentions(extractor, "县委书记某某到两个乡镇调研水果种植、农村公路建设、茶产业发展等工作。")
    topics = {m.canonical: m.source for m in ms if m.label == "Topic"}
    assert topics.get("水果种植") == "topics.work_items"
    assert "农村公路建设" in topics
    assert "茶产业" in topics                       # "development of" the sector names the sector


def test_a_bare_verb_or_a_pronoun_is_not_a_field_of_work(extractor):
    ms = _mentions(extractor, "双方就水资源保护、指导等共同关心的问题交换了意见。")
    topics = {m.canonical for m in ms if m.label == "Topic"}
    assert "水资源保护" in topics
    assert not any(t.startswith("双方") for t in topics)
    assert "指导" not in topics


def test_numbered_slogans_and_formulas_in_quotes_are_initiatives(extractor):
    ms = _mentions(extractor, "今年该市提出“四区一城”，坚定拥护“两个确立”。")
    by = {m.canonical: (m.label, m.source) for m in ms}
    assert by["四区一城"] == ("Initiative", "initiatives.slogan")
    assert by["两个确立"][0] == "Concept"           # doctrine, not a programme


def test_the_spirit_of_a_party_congress_is_a_concept(extractor):
    ms = _mentions(extractor, "会议传达学习党的十九届五中全会精神和会议精神。")
    concepts = [m.canonical for m in ms if m.label == "Concept"]
    assert concepts == ["党的十九届五中全会精神"]
