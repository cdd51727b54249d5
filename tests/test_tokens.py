"""Tokens: jieba's, with the words the gazetteer adds, and the posts those words would cut."""
from __future__ import annotations

import pytest

from kg.tokens import HeadGlue, Tokenizer


def _words(tokens):
    return [(t.word, t.start, t.end) for t in tokens]


@pytest.mark.parametrize("text,post,name", [
    ("副省长武国定出席会议。", "省长", "武"),      # 省 | 长武 | 国定: 长武, a county's short name
    ("市长阳卫国主持会议。", "市长", "阳"),        # 市 | 长阳 | 卫国
    ("县长宁志强表示。", "县长", "宁"),            # 县 | 长宁 | 志强
])
def test_a_post_cut_by_an_added_short_name_is_made_whole(resources, text, post, name):
    tokens = resources.tokenizer(text)
    assert post in [t.word for t in tokens]
    after = next(t for t in tokens if t.word == post)
    following = next(t for t in tokens if t.start == after.end)
    assert following.word.startswith(name)
    # offsets still index the text
    assert all(text[t.start:t.end] == t.word for t in tokens)


def test_the_short_name_elsewhere_and_a_name_jieba_knows_well_are_left_alone(resources):
    assert "长阳" in [t.word for t in resources.tokenizer("在长阳调研。")]
    # (长沙: jieba's dictionary holds it far more often than 市长沙某 is written)
    assert "长沙市" in [t.word for t in resources.tokenizer("湖南省长沙市")]


def test_without_the_glue_the_added_word_cuts_the_post():
    words = {"长阳": "ns"}
    plain = Tokenizer(words)
    glued = Tokenizer(words, glue=HeadGlue(frozenset(words), frozenset("市"), frozenset("阳")))
    assert "市长" not in [t.word for t in plain("市长阳卫国主持会议")]
    assert _words(glued("市长阳卫国主持会议"))[0] == ("市长", 0, 2)


@pytest.mark.parametrize("text,post,name", [
    ("市教育局局长江涛出席会议。", "局长", "江涛"),      # jieba: 局 | 长江 | 涛
    ("县委宣传部部长江文出席会议。", "部长", "江文"),     # 部 | 长江 | 文
    ("市政府办公室主任何明出席会议。", "主任", "何明"),   # 主 | 任何 | 明
    ("山东省副省长江成出席开幕式。", "省长", "江成"),     # 省 | 长江 | 成 (江成: nrfg to jieba)
])
def test_a_post_cut_by_a_frequent_word_of_jieba_before_a_name_is_made_whole(resources, text, post, name):
    words = [t.word for t in resources.tokenizer(text)]
    assert post in words and name in words


@pytest.mark.parametrize("text,word", [
    ("我市长江沿岸生态良好。", "长江"),           # no name after the word: the river
    ("对任何问题都不回避。", "任何"),
    ("水利部长江水利委员会召开会议。", "长江水利委员会"),
])
def test_a_frequent_word_after_a_posts_first_character_without_a_name_stays(resources, text, word):
    words = [t.word for t in resources.tokenizer(text)]
    assert word in words and "市长" not in words and "部长" not in words


@pytest.mark.parametrize("text,outer,inner", [
    ("干部将赴新疆阿勒泰地区工作。", "新疆", "阿勒泰地区"),   # one word of jieba's dictionary
    ("会议在湖南长沙市召开。", "湖南", "长沙市"),
])
def test_a_word_of_jieba_naming_a_division_inside_another_is_the_two_names(resources, text, outer, inner):
    tokens = resources.tokenizer(text)
    words = [t.word for t in tokens]
    assert outer in words and inner in words
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert {t.tag for t in tokens if t.word in (outer, inner)} == {"ns"}


def test_the_split_table_splits_only_its_words():
    words = {"阿勒泰地区": "ns"}
    plain = Tokenizer(words)
    split = Tokenizer(words, splits={"新疆阿勒泰地区": (("新疆", "ns"), ("阿勒泰地区", "ns"))})
    assert "新疆阿勒泰地区" in [t.word for t in plain("赴新疆阿勒泰地区")]
    assert _words(split("赴新疆阿勒泰地区")) == [("赴", 0, 1), ("新疆", 1, 3), ("阿勒泰地区", 3, 8)]


@pytest.mark.parametrize("text,body", [
    ("某某镇原党委书记、现县农业农村局局长某某参加会议。", "县农业农村局"),
    ("原镇长、现市水利局局长某某出席。", "市水利局"),
])
def test_now_or_former_glued_to_a_level_character_is_cut_off(resources, text, body):
    """现县 | 农业农村局: jieba's model glues 现 (now) or 原 (former) to a level character alone; the two
    are given apart (现 | 县), so the body after them keeps its level word."""
    from kg.tag import Tagger

    words = [t.word for t in resources.tokenizer(text)]
    assert not any(w[:1] in "现原" and len(w) == 2 and w[1] in "县市镇" for w in words)
    assert body in [text[e[0]:e[1]] for e in Tagger(resources, coarse=True).tag_text("t", text).as_dict()["entities"]]


def test_a_division_named_like_a_former_level_is_left_whole(resources):
    assert "原州" in [t.word for t in resources.tokenizer("到原州调研。")]


@pytest.mark.parametrize("text,names", [
    # jieba's model glues 为 or a word with 为 to the names of an appointment (张伟为, 赵志 | 勇为, 孙丽 | 华为)
    ("任命张伟为教育部副部长；任命刘晓红为水利部副部长。", ["张伟", "刘晓红"]),
    ("选举李红梅、赵志勇为政协第十三届委员会副主席。", ["李红梅", "赵志勇"]),
    ("会议决定任命：\n郑海涛为宁波市人民政府副市长；\n孙丽华为宁波市教育局局长。", ["郑海涛", "孙丽华"]),
])
def test_the_names_of_an_appointment_are_one_token_each_and_for_is_apart(resources, text, names):
    tokens = resources.tokenizer(text)
    words = [t.word for t in tokens]
    for name in names:
        k = words.index(name)
        assert tokens[k].tag.startswith("nr") and words[k + 1] in ("为", "、")
    assert words[words.index(names[-1]) + 1] == "为"
    assert all(text[t.start:t.end] == t.word for t in tokens)


def test_a_word_that_opens_no_appointment_is_left_alone(resources):
    """选举结果为…: 结果 is a word, no name; 为 stays where jieba put it."""
    assert [t.word for t in resources.tokenizer("选举结果为")] == ["选举", "结果", "为"]


@pytest.mark.parametrize("text,alone,after", [
    ("李明同志任马当镇镇长。", "任", "马当镇"),           # 同志 | 任马 | 当镇
    ("1956年毕业于华中农学院。", "于", "华中"),          # 毕业 | 于华中 | 农学院
])
def test_a_character_that_stands_alone_after_a_word_is_given_apart(resources, text, alone, after):
    tokens = resources.tokenizer(text)
    k = [t.word for t in tokens].index(alone)
    assert tokens[k + 1].word == after and all(text[t.start:t.end] == t.word for t in tokens)


def test_a_division_and_its_body_jieba_holds_as_an_idiom_are_two_words(resources):
    """广西壮族自治区人民政府 is one word of jieba's tagged l: the region and its government apart."""
    words = [t.word for t in resources.tokenizer("会议由广西壮族自治区人民政府承办。")]
    assert words[2:4] == ["广西壮族自治区", "人民政府"]


def test_a_post_glued_to_any_before_a_surname_is_the_post(resources):
    """主 | 任何 | 剑锋: 主任 and the name 何剑锋 (任何, any, is read first by jieba)."""
    words = [t.word for t in resources.tokenizer("宁波市人大常委会主任何剑锋主持会议。")]
    assert "主任" in words and words[words.index("主任") + 1] == "何"
    # (民主 | 任何时候: no post before 任何, the word stays)
    assert "任何" in [t.word for t in resources.tokenizer("发扬民主任何时候都不能丢。")]
