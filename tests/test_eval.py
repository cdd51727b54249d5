"""``kg eval``: scores against a gold file, with the misses listed."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.evaluate import GoldFile, Score, evaluate_files, find_article, format_report

from .conftest import ROOT, SHARED

ARTICLE = "2021年3月5日，浙江省湖州市安吉县召开全县乡村振兴工作会议。\n会议在安吉县举行。"


def gold(**parts):
    base = {"document": {"file": "a.txt"}, "entities": [], "not_entities": [], "relations": [],
            "events": [], "statistics": []}
    base.update(parts)
    return base


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def write_gold(folder, data, name="a.json"):
    p = folder / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_score_arithmetic():
    s = Score(tp=3, fp=1, fn=2)
    assert (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)) == (0.75, 0.6, 0.667)
    assert Score().f1 == 0.0


def test_perfect_places_and_a_located_in_chain(gold_dir, resources):
    g = write_gold(gold_dir, gold(
        entities=[{"label": "浙江省", "type": "Province", "adcode": "330000", "core": True},
                  {"label": "湖州市", "type": "Prefecture", "core": True},
                  {"label": "安吉县", "type": "County", "core": True}],
        relations=[{"head": "安吉县", "relation": "locatedIn", "tail": "浙江省", "core": True}]))
    rep = evaluate_files([g], resources=resources)
    e = rep["files"][0]["entities"]
    assert (e["overall"].tp, e["overall"].fn) == (3, 0)
    # the other nodes found (the meeting of the article, …) are not places
    assert not [x for x in e["extras"] if x["type"] in ("Province", "Prefecture", "County")]
    assert rep["files"][0]["relations"]["core"].recall == 1.0  # through 湖州市, transitively


def test_misses_wrong_class_and_not_entities_are_reported(gold_dir, resources):
    g = write_gold(gold_dir, gold(
        entities=[{"label": "安吉县", "type": "Prefecture", "core": True},
                  {"label": "乡村振兴工作会议", "type": "Meeting", "core": True}],
        not_entities=[{"text": "浙江省", "why": "for the test"}]))
    rep = evaluate_files([g], resources=resources)
    e = rep["files"][0]["entities"]
    assert e["core"].tp == 0 and e["core"].fn == 2
    assert [w["label"] for w in e["wrong_class"]] == ["安吉县"]
    assert [m["label"] for m in e["misses"]] == ["乡村振兴工作会议"]
    assert [f["text"] for f in e["not_entities_found"]] == ["浙江省"]
    text = format_report(rep)
    assert "wrong class [core]: 安吉县 expected Prefecture, got County" in text
    assert "not an entity, but a node: 浙江省" in text


@pytest.mark.parametrize("gold_value,found", [(0.256, True), (25.6, True), (0.26, False), (2.56, False)])
def test_a_percentage_matches_as_fraction_or_number(tmp_path, resources, gold_value, found):
    (tmp_path / "a.txt").write_text("截至2014年底，安吉县贫困发生率为25.6%。", encoding="utf-8")
    g = write_gold(tmp_path, gold(statistics=[
        {"subject": "安吉县", "measure": "贫困发生率", "value": gold_value, "unit": "%", "core": True}]))
    s = evaluate_files([g], resources=resources)["files"][0]["statistics"]["overall"]
    assert (s.tp, s.fn) == ((1, 0) if found else (0, 1))


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="the seed's gold lives in ../shared/gold, not here")
def test_article_is_found_beside_the_gold_or_in_seeds():
    g = GoldFile.read(SHARED / "gold" / "000_d8a4dfaa46811922.json")
    assert find_article(g, [ROOT / "seeds"]).name == "000_d8a4dfaa46811922.txt"


def test_cli_json_output(gold_dir):
    g = write_gold(gold_dir, gold(entities=[{"label": "安吉县", "type": "County", "core": True}]))
    r = subprocess.run([sys.executable, "-m", "kg", "eval", str(g), "--json"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["total"]["entities"]["core"]["recall"] == 1.0


def test_cli_reports_a_missing_article(tmp_path):
    g = write_gold(tmp_path, gold(document={"file": "nowhere.txt"}))
    r = subprocess.run([sys.executable, "-m", "kg", "eval", str(g)], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode != 0 and "nowhere.txt" in r.stderr


@pytest.mark.parametrize("aliases,found", [(["全县会议"], True), ([], False)])
def test_a_relation_end_is_the_gold_entity_with_its_aliases(tmp_path, resources, aliases, found):
    # the article writes the meeting's short name; the gold labels it in full and lists
    # the short name as an alias: a relation to it counts as entity scoring counts the node
    (tmp_path / "a.txt").write_text("2021年3月5日，安吉县召开全县会议。", encoding="utf-8")
    g = write_gold(tmp_path, gold(
        entities=[{"label": "安吉县全县工作会议", "type": "Meeting", "aliases": aliases}],
        relations=[{"head": "安吉县全县工作会议", "relation": "organizer", "tail": "安吉县", "core": True}]))
    r = evaluate_files([g], resources=resources)["files"][0]["relations"]["core"]
    assert (r.tp, r.fn) == ((1, 0) if found else (0, 1))


@pytest.mark.parametrize("aliases,right", [(["安吉县"], True), ([], False)])
def test_an_event_slot_is_the_gold_entity_with_its_aliases(tmp_path, resources, aliases, right):
    (tmp_path / "a.txt").write_text("2021年3月5日，安吉县召开全县会议。", encoding="utf-8")
    g = write_gold(tmp_path, gold(
        entities=[{"label": "浙江省安吉县", "type": "County", "aliases": aliases}],
        events=[{"type": "Meeting", "label": "全县会议", "organizer": "浙江省安吉县", "core": True}]))
    e = evaluate_files([g], resources=resources)["files"][0]["events"]
    assert (e["complete"] == 1) is right


@pytest.mark.parametrize("gold_date,right", [("2019-05", True), ("2019-06", False)])
def test_an_event_dated_to_the_month_is_scored_on_its_date_note(tmp_path, resources, gold_date, right):
    # xsd:date holds no month: the graph keeps 2019-05 as the visit's dateNote, which the score reads
    (tmp_path / "a.txt").write_text("2019年5月，省委书记王大明在丽水考察时强调，要做好乡村振兴工作。", encoding="utf-8")
    g = write_gold(tmp_path, gold(events=[
        {"type": "Visit", "label": "王大明在丽水考察", "date": gold_date, "agent": "王大明", "place": "丽水市"}]))
    ev = evaluate_files([g], resources=resources)["files"][0]["events"]
    assert ev["found"] == 1 and ev["complete"] == int(right)
