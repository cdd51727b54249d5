"""An article in Traditional characters reads as its Simplified form does: the same nodes with
the same (Simplified) labels, the same facts; and a label keeps the article's own punctuation.

The articles are composed for the test; the Traditional form is made by OpenCC (s2t), as a
Hong Kong or Taiwan page, or a mainland page's big5 gateway, writes them.
"""
from __future__ import annotations

import opencc
import pytest

from kg.read import article_from_text

S2T = opencc.OpenCC("s2t")

ARTICLES = {  # name -> (title, paragraphs, date)
    "reception": ("桂林市领导会见柳州市党政代表团", [
        "7月9日下午，桂林市委书记韦振华在桂林会见了以柳州市委书记蓝海为团长的柳州市党政代表团一行。",
        "市委副书记、统战部部长黄建军，市委常委、市政协主席覃明参加会见。"], "2021-07-10"),
    "plenum": ("省政协召开党组扩大会议", [
        "12月20日，湖南省政协党组扩大会议在长沙召开，传达学习贯彻省委十一届十次全会精神。",
        "省委书记许达明在株洲调研时强调，要把全会精神落到实处。"], "2021-12-21"),
    "credit": ("省第十二次党代会开幕", [
        "本报记者 李明华 王小东 张丽",
        "4月29日，省第十二次党代会在南昌召开。"], "2022-04-30"),
    "bureau": ("市局召开党组会议", [
        "5月6日，福州市市场监督管理局召开党组（扩大）会议，局党组书记、局长陈立新主持会议并讲话。",
        "会议传达学习了市委常委会（扩大）会议精神。"], "2023-05-07"),
}


def _read(extractor, title: str, paragraphs: list[str], date: str):
    ext = extractor(article_from_text("t", paragraphs, title=title, date=date))
    ents = ext.entities.entities
    name = lambda key: ents[key].label if key in ents else key      # noqa: E731
    nodes = {(e.type, e.label) for e in ents.values()}
    facts = {(name(f.head), f.relation, name(f.tail)) for f in ext.facts}
    return nodes, facts, ents


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_traditional_reads_as_simplified(extractor, name):
    title, paragraphs, date = ARTICLES[name]
    simplified = _read(extractor, title, paragraphs, date)
    traditional = _read(extractor, S2T.convert(title), [S2T.convert(p) for p in paragraphs], date)
    assert traditional[0] == simplified[0]
    assert traditional[1] == simplified[1]


def _labels(extractor, name: str, traditional: bool) -> set[tuple[str, str]]:
    title, paragraphs, date = ARTICLES[name]
    if traditional:
        title, paragraphs = S2T.convert(title), [S2T.convert(p) for p in paragraphs]
    return _read(extractor, title, paragraphs, date)[0]


@pytest.mark.parametrize("traditional", [False, True])
def test_events_of_a_traditional_text(extractor, traditional):
    nodes = _labels(extractor, "plenum", traditional)
    # 省委十一届十次全会 is the province's: named with it, as 我省/省委 are read
    assert ("Meeting", "湖南省委十一届十次全会") in nodes
    # a visit is named up to its verb: 时强调 opens what was said on it
    visits = {label for cls, label in nodes if cls == "Visit"}
    assert visits and not any(label.endswith("强调") for label in visits)


@pytest.mark.parametrize("traditional", [False, True])
def test_short_forms_after_a_reception_are_the_hosts(extractor, traditional):
    """市委统战部 after 甲市委书记某某会见了以乙市委书记为团长的乙市代表团: the host city's."""
    nodes = _labels(extractor, "reception", traditional)
    assert ("PartyOrganization", "桂林市委统战部") in nodes
    assert ("PartyOrganization", "柳州市委统战部") not in nodes


@pytest.mark.parametrize("traditional", [False, True])
def test_credit_line_names_parted_by_spaces(extractor, traditional):
    nodes = _labels(extractor, "credit", traditional)
    assert {("Person", n) for n in ("李明华", "王小东", "张丽")} <= nodes


def test_traditional_surface_gives_a_simplified_alias(extractor):
    """書記 of a Traditional text is an alias of the role as the article writes it and as 书记 (the form
    gold files and users write)."""
    title, paragraphs, date = ARTICLES["reception"]
    ents = _read(extractor, S2T.convert(title), [S2T.convert(p) for p in paragraphs], date)[2]
    role = next(e for e in ents.values() if e.type == "Role" and e.label == "市委书记")
    assert {"書記", "书记"} <= role.aliases


def test_half_width_brackets_keep_a_meeting_named_with_its_body(extractor):
    """局党组(扩大)会议 in a page typed with half-width brackets is named with its body as with full-width
    ones, and keeps the article's brackets."""
    title, paragraphs, date = ARTICLES["bureau"]
    full = _read(extractor, title, paragraphs, date)[0]
    half = _read(extractor, title, [p.replace("（", "(").replace("）", ")").replace("，", ",") for p in paragraphs],
                 date)[0]
    assert ("Meeting", "福州市委常委会（扩大）会议") in full
    assert ("Meeting", "福州市委常委会(扩大)会议") in half
