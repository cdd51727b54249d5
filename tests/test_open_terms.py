"""Open classes read by their frame or form: fields of work in a list, numbered slogans and
formulas in quotes, the spirit of a Party congress. Sentences written for these tests."""
from __future__ import annotations

import pytest

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


def test_the_object_of_a_cue_verb_with_a_complement_or_before_a_modifier(extractor):
    ms = _mentions(extractor, "各支部要落实好安全生产责任制度，这是实施全域旅游攻坚行动的关键环节。")
    found = {m.canonical for m in ms if m.label == "Initiative"}
    assert {"安全生产责任制度", "全域旅游攻坚行动"} <= found
    assert not any("关键环节" in f for f in found)


def test_an_ordinal_opens_a_name_only_with_a_head(extractor):
    ms = _mentions(extractor, "全面落实第一责任人制度，开展第三季度检查。")
    found = {m.canonical for m in ms if m.label == "Initiative"}
    assert "第一责任人制度" in found and not any(f.startswith("第三季度") for f in found)


def test_a_party_congress_named_by_itself_is_a_meeting_its_spirit_a_concept(extractor):
    ms = _mentions(extractor, "党的十八大以来，全县深入学习党的二十大精神。")
    by = {m.canonical: m.label for m in ms}
    assert by.get("党的十八大") == "Meeting" and by.get("党的二十大精神") == "Concept"
    assert "党的二十大" not in by


def test_provinces_paired_by_their_short_names_cooperate(extractor):
    ms = _mentions(extractor, "深化沪滇扶贫协作和粤桂协作，中美协作不断加强。")
    found = {m.canonical: m.source for m in ms if m.label == "Initiative"}
    assert found.get("沪滇扶贫协作") == "initiatives.paired" and "粤桂协作" in found
    assert not any(f.startswith("中美") for f in found)    # countries, not provinces


def test_a_listed_programme_goes_on_with_its_head_or_the_place_it_aids(extractor):
    ms = _mentions(extractor, "全县扎实推进精准扶贫工程，认真做好对口支援西藏工作，以乡村旅游示范为引领。")
    found = {m.canonical for m in ms if m.label == "Initiative"}
    assert {"精准扶贫工程", "对口支援西藏", "乡村旅游示范"} <= found
    assert not {"精准扶贫", "对口支援"} & found


@pytest.mark.parametrize("text,name", [
    ("全县推进四好农村路建设。", "四好农村路"),
    ("打好蓝天保卫战，持续改善空气质量。", "蓝天保卫战"),
    ("全县落实减税降费政策，惠及市场主体1.2万户。", "减税降费"),
])
def test_national_programmes_known_by_name(extractor, text, name):
    assert name in {m.canonical for m in _mentions(extractor, text) if m.label == "Initiative"}


def test_the_states_strategy_goes_by_its_own_name(extractor):
    ms = _mentions(extractor, "全省上下认真落实国家海洋强省发展战略。")
    found = {(m.canonical, m.text) for m in ms if m.label == "Initiative"}
    assert ("海洋强省发展战略", "国家海洋强省发展战略") in found


def test_a_quoted_practice_before_a_party_day_or_building_work_is_an_initiative(extractor):
    # the head follows the quote at once (主题党日活动), so 我 in it is no speech; “…”建设 is work done
    ms = _mentions(extractor, "各社区党组织开展“我为群众办实事”主题党日活动，推进“红色物业”建设。")
    initiatives = {m.canonical for m in ms if m.label == "Initiative"}
    assert {"我为群众办实事", "红色物业"} <= initiatives


def test_a_zone_named_east_of_a_city_is_not_in_it(extractor):
    """北京 | 东燕郊经济技术开发区: a direction after the city says where the zone lies from it (燕郊 is in
    Hebei); 长沙 | 高新区 is in 长沙市."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["美林湾位于北京东燕郊经济技术开发区燕顺路西侧。"], date="2020-01-01"))
    names = {k: e.label for k, e in ext.entities.entities.items()}
    assert not [f for f in ext.facts if f.relation == "locatedIn" and names.get(f.head, "").startswith("北京东")
                and names.get(f.tail) == "北京市"]
