"""Sentence splitting: every sentence slices back out of the cleaned text."""
from __future__ import annotations

import pytest

from kg.read import article_from_text, read_path
from kg.sentences import split_sentences

from .conftest import SEED

CASES = [
    ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
    ("第一句！第二句？第三句。", ["第一句！", "第二句？", "第三句。"]),
    ("Half-width works. 北京市召开会议!结束?", ["Half-width works.", "北京市召开会议!", "结束?"]),
    ("增长5.2%，达139.5万人。下一句", ["增长5.2%，达139.5万人。", "下一句"]),
    ("第一段没有句号\n第二段。", ["第一段没有句号", "第二段。"]),
    ("“我们要落实。”书记说。", ["“我们要落实。”", "书记说。"]),
    ("等等……然后。", ["等等……", "然后。"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split(text, expected):
    a = article_from_text("t", text.split("\n"))
    sents = split_sentences(a)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert a.text[s.start:s.end] == s.text


def test_seed_sentences_slice_back_and_count_paragraphs():
    a = next(iter(read_path(SEED)))
    sents = split_sentences(a)
    assert len(sents) > 20
    assert all(a.text[s.start:s.end] == s.text for s in sents)
    assert [s.index for s in sents] == list(range(len(sents)))
    assert sents[-1].paragraph == a.text.count("\n")
    # the closing quote stays with the quoted sentence
    assert any(s.text.endswith("。”阿日毛道嘎查党支部副书记侍歌说。") or s.text.endswith("中去，开展让农牧民群众看得到的主题教育。”") for s in sents)
