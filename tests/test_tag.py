"""``kg tag``: entities as character spans of each input text."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED


@pytest.fixture(scope="module")
def coarse(extractor):
    from kg.tag import Tagger

    return Tagger(coarse=True, extractor=extractor)


@pytest.fixture(scope="module")
def fine(extractor):
    from kg.tag import Tagger

    return Tagger(extractor=extractor)


COARSE = [  # text, expected [start, end, type, label]
    ("山西省水利厅厅长王明在太原说。",
     [(0, 6, "ORG", "山西省水利厅"), (8, 10, "PER", "王明"), (11, 13, "LOC", "太原市")]),
    ("习近平总书记视察北京香山革命纪念地。",
     [(0, 3, "PER", "习近平"), (8, 10, "LOC", "北京市"), (10, 17, "LOC", "香山革命纪念地")]),
    ("中美关系取得进展，中方表示欢迎。",
     [(0, 1, "LOC", "中国"), (1, 2, "LOC", "美国"), (9, 10, "LOC", "中国")]),
    ("新华社北京5月7日电国务院副总理李岚清今天会见了客人。",
     [(0, 3, "ORG", "新华社"), (3, 5, "LOC", "北京市"), (10, 13, "ORG", "国务院"), (16, 19, "PER", "李岚清")]),
    ("今天白天多云转小雨，坚持以邓小平理论为指导。", []),
    # a surname with a title, marked on the surname as NER corpora mark it; not 古老, 代县长
    ("李老师看了后说，这是古老的传统。", [(0, 1, "PER", "李")]),
    ("他任代县长，陈教授刚从外地回来。", [(6, 7, "PER", "陈")]),
    # jieba glued the word before the surname (当汤 | 局长), or took it for an adverb (，常 | 副局长)
    ("当汤局长走进会场时，掌声响起。", [(1, 2, "PER", "汤")]),
    ("能不能托项市长帮个忙。", [(4, 5, "PER", "项")]),
    ("对此，常副局长表示，今后要改。", [(3, 4, "PER", "常")]),
    # a government named by its level alone is a common noun to NER corpora; 市委 is a name's abbreviation
    ("市委、市政府决定加快发展。", [(0, 2, "ORG", "市委")]),
    ("武汉市政府决定加快发展。", [(0, 5, "ORG", "武汉市政府")]),
    ("比赛于北京时间今晨开始，东京时间上午结束。", []),          # time zones, not places
    # an assembly's term is part of the name a NER corpus marks; a committee's is not
    ("第六届全国人大第二次会议审议了报告。", [(0, 7, "ORG", "全国人大")]),
    ("六届县委书记出席。", [(2, 4, "ORG", "县委")]),
    # countries listed in a report of a competition are its teams; elsewhere the countries
    ("八强已经产生：a组的德国、法国、意大利、荷兰。",
     [(10, 12, "ORG", "德国"), (13, 15, "ORG", "法国"), (16, 19, "ORG", "意大利"), (20, 22, "ORG", "荷兰")]),
    ("德国、法国、意大利、荷兰的外长今天会晤。",
     [(0, 2, "LOC", "德国"), (3, 5, "LOC", "法国"), (6, 9, "LOC", "意大利"), (10, 12, "LOC", "荷兰")]),
    ("这其中，美国和俄罗斯队各具特色。", [(4, 6, "ORG", "美国"), (7, 11, "ORG", "俄罗斯队")]),
    ("上半场，哥伦比亚队以一球领先。", [(4, 9, "ORG", "哥伦比亚队")]),   # 哥伦比亚 | 队以: the head glued to 以
    # a place's abbreviation opening a word of its opera, people, parts (not 美人, 法人: no such words)
    ("他从小爱看京剧，是华侨。", [(5, 6, "LOC", "北京市"), (9, 10, "LOC", "中国")]),
    ("苏南模式的美人和法人。", [(0, 1, "LOC", "江苏省")]),
    ("中华民族的阿尔巴尼亚族代表和中国式幽默。", [(0, 2, "LOC", "中国"), (5, 10, "LOC", "阿尔巴尼亚"), (14, 16, "LOC", "中国")]),
    # leaders jieba's dictionary holds as places (普京 ns, 奥巴马 ns) or not at all
    ("普京总统和奥巴马会谈，金大中出席。", [(0, 2, "PER", "普京"), (5, 8, "PER", "奥巴马"), (11, 14, "PER", "金大中")]),
    # common nouns jieba's dictionary tags as names; a name that opens with two abbreviations
    ("他开着菲亚特去农家乐，看了白皮书。", []),
    # a player by the number on the shirt (a surname alone too; it gives no graph node)
    ("辽宁队17号李从底线射门，7号穆勒头球破门。", [(0, 3, "ORG", "辽宁队"), (6, 7, "PER", "李"), (15, 17, "PER", "穆勒")]),
    # lines of transport named after the places they join; not a kind of line, nor a country's network
    ("京广铁路是重要干线，高速铁路技术和美国铁路都在发展。", [(0, 4, "LOC", "京广铁路"), (17, 19, "LOC", "美国")]),
    ("渝万高速和沪昆高铁开通。", [(0, 4, "LOC", "渝万高速"), (5, 9, "LOC", "沪昆高铁")]),
    # a place and a generic head are the place's companies or teams, no name (中国队 is one)
    ("美国公司和非洲球队都来了，中国队获胜。", [(0, 2, "LOC", "美国"), (5, 7, "LOC", "非洲"), (13, 16, "ORG", "中国队")]),
    # a transliterated name and a level abroad is a division, not a person
    ("救援人员抵达巴达赫尚省，阿尔萨斯大区也派了人。", [(6, 11, "LOC", "巴达赫尚省")]),
    # a lone abbreviation after a noun ends it (保护法: a law), before a word of location is a preposition
    ("各地贯彻环境保护法情况良好，他朝胸前开了一枪，俄总统讲话。", [(23, 24, "LOC", "俄罗斯")]),
    # Antarctic stations named after persons are no places (戴维斯 is Davis Station in CLDR's time zones)
    ("前世界冠军戴维斯胜了。", [(5, 8, "PER", "戴维斯")]),
    # abbreviations that stand bare for a body (纪委, 村委会), not 党委 which every unit has
    ("那是纪委的失职，村委会主任说，县委和党委都同意。", [(2, 4, "ORG", "纪委"), (8, 11, "ORG", "村委会"), (15, 17, "ORG", "县委")]),
    # 老 or 小 before a surname; a leader's administration (克林顿政府); the founders in 马列主义
    ("老王说，小李也来了，克林顿政府同意，要坚持马列主义。",
     [(1, 2, "PER", "王"), (5, 6, "PER", "李"), (10, 13, "PER", "克林顿"), (21, 22, "PER", "马"), (22, 23, "PER", "列")]),
    # the State Council's bodies, present and former, by name
    ("原国内贸易部和国家广播电视总局都派人参加。", [(1, 6, "ORG", "国内贸易部"), (7, 15, "ORG", "国家广播电视总局")]),
    # jieba's nt words a verb ends (太空飞行); 日产 is the day's output, not the carmaker
    ("他曾四次参加太空飞行，油田可连续30年日产12万桶。", []),
    # Japan's ministries are named with 省 (no provinces); an adverb and a verb after a post are no name
    ("日本大藏省官员和外务省发言人都表示。", [(0, 2, "LOC", "日本"), (2, 5, "ORG", "大藏省"), (8, 11, "ORG", "外务省")]),
    # no name after a post that is a verb of saying, a word of the dictionary, or two common words
    ("部长在会见记者时表示，总统深信，要努力提高水平。", []),
    # a family named by its surname (刘家, nrfg to jieba): the surname's mention
    ("刘家本来就贫穷，村里为刘家解决了困难。", [(0, 1, "PER", "刘"), (11, 12, "PER", "刘")]),
    ("乡下农民管起了城里大市场。", []),      # 农民 | 管起 | 了: a verb after a status word, no name
    # a native of a place (宜兴人); a division abroad whose name jieba cut in pieces (丘 | 布特 | 省)
    ("他是江苏宜兴人，南部的丘布特省遭灾。", [(2, 4, "LOC", "江苏省"), (4, 6, "LOC", "宜兴市"), (11, 15, "LOC", "丘布特省")]),
    # a person left unnamed (王某: the surname); royal titles; 彼得 in transliteration characters
    ("职工王某正常上班，女王和明仁天皇出席，执行干事彼得·皮奥讲话。", [(2, 3, "PER", "王"), (23, 28, "PER", "彼得·皮奥")]),
    # a count of games is no bureau (五局); a numbered bureau after its ministry is
    ("韩国的金泽洙苦战五局获胜，铁道部十四局也来了。", [(0, 2, "LOC", "韩国"), (3, 6, "PER", "金泽洙"), (13, 19, "ORG", "铁道部十四局")]),
    # a common noun and 镇 in one word of jieba's is no township (小城镇; 公明镇 is one)
    ("要保障小城镇建设，公明镇也在建设。", [(9, 12, "LOC", "公明镇")]),
    ("犯罪嫌疑人张某某被抓获，某县也在行动。", [(5, 6, "PER", "张")]),   # 张 | 某某 (two words of jieba's)
    # the persons a trophy is named after, as NER corpora tag them
    ("本届汤尤杯赛尤伯杯决赛将在香港举行。", [(2, 3, "PER", "汤"), (3, 4, "PER", "尤"), (6, 8, "PER", "尤伯"),
                                          (13, 15, "LOC", "香港特别行政区")]),
    # pairs: a land named by two places' abbreviations, regions named by two rivers
    ("青藏高原东部和黄淮北部有雨。", [(0, 1, "LOC", "青海省"), (1, 2, "LOC", "西藏自治区"),
                                       (7, 8, "LOC", "黄河"), (8, 9, "LOC", "淮河")]),
    ("他录制了中国京剧，反对反华言论。", [(4, 6, "LOC", "中国"), (6, 7, "LOC", "北京市"), (12, 13, "LOC", "中国")]),
    # a country named in full, then by its first character before its state or land
    ("哈萨克斯坦迁都后，哈全国各地庆祝。", [(0, 5, "LOC", "哈萨克斯坦"), (9, 10, "LOC", "哈萨克斯坦")]),
    # a Party congress, the Party's body in session, is an ORG for NER corpora (without 党的)
    ("党的十五大明确提出，既是中共十五大的重要精神。", [(2, 5, "ORG", "党的十五大"), (12, 17, "ORG", "党的十五大")]),
    # companies by the short names the news uses (not 联想 the verb)
    ("学习邯钢经验，联想到过去。", [(2, 4, "ORG", "邯钢")]),
    # periodicals in title marks are media outlets (not a bulletin: 《情况简报》); national papers by name;
    # with its country before the marks or its kind after them, one name, marks and all
    ("据美国《时代》周刊和《费加罗报》报道，见《情况简报》。", [(1, 9, "ORG", "时代"), (11, 15, "ORG", "费加罗报")]),
    ("据经济日报报道。", [(1, 5, "ORG", "经济日报")]),
    # a short form after a verb jieba glued to its level word (任乡 | 党委书记); states are no body
    ("调到这里任乡党委书记。", [(5, 8, "ORG", "乡党委")]),
    ("特别是联合国安理会常任理事国。", [(3, 9, "ORG", "联合国安理会")]),
    # the founder a doctrine is named after (邓小平理论 -> 邓小平, 马克思主义 -> 马克思)
    ("坚持马克思主义、列宁主义。", [(2, 5, "PER", "马克思"), (8, 10, "PER", "列宁")]),
    # a leader's name jieba's dictionary holds as a time word
    ("系统地研究周恩来经济思想。", [(5, 8, "PER", "周恩来")]),
    # 经 (through) before a title opens how a fact was learnt; 李 before one is a surname
    ("经记者核实，李记者的报道属实。", [(6, 7, "PER", "李")]),
]


@pytest.mark.parametrize("text,expected", COARSE)
def test_coarse_tags(coarse, text, expected):
    got = coarse.tag_text(7, text)
    assert got.id == 7
    assert [e for e in got.entities if e[2] != "PER" or "邓小平" not in e[3]] == expected


def test_offsets_index_the_text_as_given(coarse):
    text = "  阿拉善右旗阿日毛道嘎查党支部副书记侍歌说,他们 组建了党员志愿服务队。"
    got = coarse.tag_text("x", text)
    assert got.text == text
    spans = {text[s:e]: t for s, e, t, _ in got.entities}
    assert spans == {"阿拉善右旗": "LOC", "阿日毛道嘎查党支部": "ORG", "侍歌": "PER", "党员志愿服务队": "ORG"}


def test_fine_tags_use_ontology_classes(fine):
    got = fine.tag_text(1, "阿日毛道嘎查党支部副书记侍歌说。")
    assert [(s, e, c) for s, e, c, _ in got.entities] == [(0, 9, "PartyOrganization"), (9, 12, "Role"),
                                                          (12, 14, "Person")]
    assert got.entities[1][3] == "党支部副书记"


def test_a_role_gives_way_to_the_organisation_inside_it_when_coarse(coarse):
    # 市委书记: the post is no NER type, the short form inside it is, once the city is named
    got = coarse.tag_text(1, "遵义市召开会议，市委书记魏明德讲话。")
    assert (8, 10, "ORG", "遵义市委") in got.entities
    assert (12, 15, "PER", "魏明德") in got.entities


def test_traditional_text_gets_simplified_labels_and_original_offsets(coarse):
    got = coarse.tag_text(1, "山西省水利廳的工作人員說")
    assert got.entities == [(0, 6, "ORG", "山西省水利厅")]


def run_kg(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=300)


def test_cli_reads_jsonl_and_writes_one_line_per_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 0, "text": "太原理工大学提出"}\n\n{"id": "b", "text": "俄总统发表讲话"}\nnot json\n',
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run_kg("tag", str(src), "-o", str(out), "--coarse")
    assert r.returncode == 0, r.stderr
    assert "malformed JSON" in r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [0, "b"]
    assert rows[0]["entities"] == [[0, 6, "ORG", "太原理工大学"]]
    assert rows[1]["entities"] == [[0, 1, "LOC", "俄罗斯"]]


def test_cli_reads_stdin_and_articles(tmp_path):
    r = run_kg("tag", "-", stdin='{"id": 1, "text": "首都师范大学"}\n')
    assert json.loads(r.stdout)["entities"] == [[0, 6, "University", "首都师范大学"]]
    r = run_kg("tag", str(SEED))
    row = json.loads(r.stdout)
    assert row["id"] == SEED.stem
    assert [row["text"][s:e] for s, e, c, _ in row["entities"] if c == "Hospital"] == ["长治中医院"]


def test_tagging_is_deterministic(coarse):
    text = SEED.read_text(encoding="utf-8")
    assert coarse.tag_text(1, text) == coarse.tag_text(1, text)


BENCH = ROOT.parent / "shared" / "bench" / "ner"


@pytest.mark.skipif(not (BENCH / "ner_eval.py").is_file(), reason="the shared NER benchmark is not here")
def test_bench_scores_a_few_dev_sentences(tmp_path):
    out = tmp_path / "metrics.json"
    r = subprocess.run([sys.executable, "bench/ner.py", "--split", "dev", "--limit", "40", "--no-jieba",
                        "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "micro" in r.stdout and "chars/s" in r.stdout
    metrics = json.loads(out.read_text(encoding="utf-8"))["kg tag --coarse"]["metrics"]
    assert metrics["micro"]["f1"] > 0.6


def test_a_name_read_inside_a_longer_one_is_not_tagged_twice():
    from kg.tag import Tagger
    ents = Tagger(coarse=True).tag_text("x", "青岛大学附属医院召开会议。").entities
    assert [(a, b, c) for a, b, c, _ in ents] == [(0, 8, "ORG")]


def test_a_zone_named_after_its_division_tags_as_the_division_and_the_rest(fine, coarse):
    """上元观镇 | 柑橘产业园: a flat tagging keeps the township (the graph has both nodes)."""
    text = "在城固县上元观镇柑橘产业园调研。"
    spans = [(text[a:b], cls) for a, b, cls, _ in fine.tag_text("t", text).entities]
    assert ("上元观镇", "Township") in spans and ("柑橘产业园", "Place") in spans
    assert ("上元观镇", "LOC") in [(text[a:b], cls) for a, b, cls, _ in coarse.tag_text("t", text).entities]


def test_a_zone_written_bare_is_no_name_when_coarse(coarse):
    # 高新区 opening a clause: the article's zone in the graph, no named entity of a corpus's
    got = coarse.tag_text(1, "他们达成了共识：高新区面临“二次创业”，要求技术创新。")
    assert not [e for e in got.entities if e[2] == "LOC"]
