"""Open classes on text written for these tests: names in lists, Tibetan names,
names cut by jieba, zones, venues, organisations with open heads."""
from __future__ import annotations

import pytest

from kg.read import article_from_text


@pytest.fixture(scope="module")
def mentions(extractor):
    def run(text: str):
        doc = extractor.doc(article_from_text("t", [text]))
        return extractor.mentions(doc)
    return run


def spans(found, label: str) -> list[str]:
    return [m.text for m in found if m.label == label]


def sources(found, label: str) -> dict[str, str]:
    return {m.text: m.source for m in found if m.label == label}


# -- persons --------------------------------------------------------------------------
NAME_LISTS = [  # sentence, names that must be persons
    ("县领导刘建、郑大明、武国庆、马丽霞参加调研。", ["刘建", "郑大明", "武国庆", "马丽霞"]),
    ("副县长张新民、于国华、吴以成出席会议。", ["张新民", "于国华", "吴以成"]),
    ("李志强、赵红梅、黄建国及有关部门负责人陪同调研。", ["李志强", "赵红梅", "黄建国"]),
]


@pytest.mark.parametrize("text,names", NAME_LISTS)
def test_names_in_a_list_without_posts(mentions, text, names):
    found = mentions(text)
    assert [n for n in names if n not in spans(found, "Person")] == []


def test_a_list_of_common_words_is_no_list_of_names(mentions):
    found = mentions("会议要求，文化、卫生、教育等部门参加检查。")
    assert spans(found, "Person") == []


def test_a_list_names_its_rule(mentions):
    found = mentions("县领导刘建、郑大明、武国庆参加调研。")
    assert "persons.name_list" in sources(found, "Person").values()


def test_tibetan_names_of_two_elements(mentions):
    found = mentions("村党支部书记次仁卓玛和驻村干部格桑央金一起走访农户。")
    assert {"次仁卓玛", "格桑央金"} <= set(spans(found, "Person"))


def test_a_verb_glued_to_a_name_is_cut_off(mentions):
    found = mentions("国务委员杨明作总结讲话。")
    assert "杨明" in spans(found, "Person")
    assert "杨明作" not in spans(found, "Person")


def test_a_name_cut_short_once_is_whole_where_named_whole(mentions):
    found = mentions("市政协主席吴志远率考察团来访。吴志远出席座谈会并讲话。")
    assert spans(found, "Person").count("吴志远") == 2


def test_reduplicated_words_are_no_names(mentions):
    found = mentions("要牢记殷殷嘱托，扛起责任担当。")
    assert spans(found, "Person") == []
