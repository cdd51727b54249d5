"""Figures normalised: 139.5万 → 1395000, 1.2亿元 → 120000000 元, 65% → 65 %, changes as decimals."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.numbers import NumberReader, decimal_out, parse_number


@pytest.fixture(scope="module")
def reader():
    return NumberReader()


QUANTITIES = [  # text, [(surface, value, unit, bound)]
    ("139.5万", [("139.5万", "1395000", "", None)]),
    ("涵盖党员139.5万人，党组织5.49万个", [("139.5万人", "1395000", "人", None), ("5.49万个", "54900", "个", None)]),
    ("共有49家区局级单位", [("49家", "49", "家", None)]),
    ("新增投资1.2亿元", [("1.2亿元", "120000000", "元", None)]),
    ("地区生产总值5018亿元", [("5018亿元", "501800000000", "元", None)]),
    ("1,234.5万元", [("1,234.5万元", "12345000", "元", None)]),
    # hundreds of millions and ten thousands written apart: one figure
    ("累计投入资金1亿2360万元", [("1亿2360万元", "123600000", "元", None)]),
    ("累计接种34亿4037.4万剂次", [("34亿4037.4万剂次", "3440374000", "剂次", None)]),
    # 一宗 is a figure too; kg.statistics leaves small Chinese numerals out
    ("出让一宗13.447亩的集体经营性建设用地", [("一宗", "1", "宗", None), ("13.447亩", "13.447", "亩", None)]),
    ("覆盖率65%", [("65%", "65", "%", None)]),
    ("百分之三十", [("百分之三十", "30", "%", None)]),
    ("三千五百万元", [("三千五百万元", "35000000", "元", None)]),
    ("年产乐器5万余台", [("5万余台", "50000", "台", "atLeast")]),
    ("带动3000余人就业", [("3000余人", "3000", "人", "atLeast")]),
    ("亩均增收300元以上", [("300元以上", "300", "元", "atLeast")]),
    ("茶叶综合收入超过1亿元", [("超过1亿元", "100000000", "元", "atLeast")]),
    ("接待游客90万人次", [("90万人次", "900000", "人次", None)]),
    ("水质有6个月为Ⅱ类", [("6个月", "6", "个月", None)]),
    ("抽检食品2860批次", [("2860批次", "2860", "批次", None)]),
    ("第58次常务会议", []),
    # a unit that starts a longer word is not a unit: 人民, 元旦
    ("带动超过12万人民群众增收", [("超过12万", "120000", "", "atLeast")]),
    ("2021元旦前后", [("2021", "2021", "", None)]),
    ("共有干部职工3200人", [("3200人", "3200", "人", None)]),
    # a rough range is no figure
    ("来了五六十人，分成七八个小组", []),
    ("三千五百名", [("三千五百名", "3500", "名", None)]),
    # doublings: 翻一番 = 2 倍, 翻两番 = 4 倍
    ("地区生产总值翻了一番", [("翻了一番", "2", "倍", None)]),
    ("农民收入五年翻两番", [("五年", "5", "年", None), ("翻两番", "4", "倍", None)]),
]


@pytest.mark.parametrize("text,expected", QUANTITIES)
def test_quantities(reader, text, expected):
    got = [(q.text, str(q.value), q.unit, q.bound) for q in reader.quantities(text)]
    assert got == expected


CHANGES = [  # text, [(surface, change, basis)]
    ("同比增长5.2%", [("同比增长5.2%", "0.052", "同比")]),
    ("人均可支配收入49598元，同比增长9.8%", [("同比增长9.8%", "0.098", "同比")]),
    ("化肥使用量同比下降15%", [("同比下降15%", "-0.15", "同比")]),
    ("比上年增长21.5%", [("比上年增长21.5%", "0.215", "比上年")]),
    # against the same period a year before, however written: 同比
    ("比去年同期增长5.2%", [("比去年同期增长5.2%", "0.052", "同比")]),
    ("较上年同期增长8.1%", [("较上年同期增长8.1%", "0.081", "同比")]),
    ("环比增长0.5%", [("环比增长0.5%", "0.005", "环比")]),
    ("增长8.4%", [("增长8.4%", "0.084", None)]),
    ("提高2个百分点", [("提高2个百分点", "0.02", None)]),
]


@pytest.mark.parametrize("text,expected", CHANGES)
def test_changes(reader, text, expected):
    assert [(c.text, str(c.value), c.basis) for c in reader.changes(text)] == expected


@pytest.mark.parametrize("s,value", [("139.5万", "1395000"), ("5.49万", "54900"), ("1.2亿", "120000000"),
                                     ("1.2万亿", "1200000000000"), ("1,234", "1234"), ("两千", "2000"),
                                     ("0.5", "0.5")])
def test_parse_number(s, value):
    assert str(parse_number(s)) == value


def test_values_for_json_are_int_when_whole():
    assert decimal_out(Decimal("1395000")) == 1395000 and isinstance(decimal_out(Decimal("1395000")), int)
    assert decimal_out(Decimal("13.447")) == 13.447


def test_offsets_slice_the_text(reader):
    text = "2019年全村共接待游客90万人次，村集体经济收入达到521万元，同比增长9.8%。"
    for q in reader.quantities(text):
        assert text[q.start:q.end] == q.text
    for c in reader.changes(text):
        assert text[c.start:c.end] == c.text


def test_a_bound_between_a_number_and_its_multiplier():
    """120余万场次, 100多万元: 余/多 between the number and 万 bounds the figure from below, as in 1.2万余人次."""
    from kg.numbers import NumberReader
    got = [(q.text, int(q.value), q.unit, q.bound) for q in NumberReader().quantities("举办活动120余万场次，投入100多万元")]
    assert got == [("120余万场次", 1200000, "场次", "atLeast"), ("100多万元", 1000000, "元", "atLeast")]


def test_some_tens_or_hundreds_are_no_figure():
    """数十名村民, 几百人: a rough count, no figure (十名代表 is ten)."""
    from kg.numbers import NumberReader
    assert [q.text for q in NumberReader().quantities("数十名村民正忙着，几百人参加，十名代表发言。")] == ["十名"]
