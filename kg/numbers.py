"""Figures in Chinese running text, normalised, with their offsets.

- ``32.6万人`` → 326000 人; ``3.28万个`` → 32800 个; ``1.2亿元`` → 120000000 元
  (an Arabic figure times its multiplier, computed in :class:`~decimal.Decimal`, so
  13.447 stays 13.447); thousands commas are stripped first (``1,234.5万元``).
- Chinese numerals (``三千五百``, ``两千``, ``百分之三十``) go through
  ``chinese2digits`` (measured in LIBRARIES.md: right on running text where cn2an
  fails on figures such as 3.28万个); its percent handling (12.5% → 0.125) is not used: a
  :class:`Quantity` keeps the figure as written, ``65%`` is value 65, unit ``%`` (the statistics
  stage stores the fraction, 0.65, as the schema says).
- Bounds: ``5万余台``, ``300元以上``, ``超过1亿元`` are lower bounds (``bound="atLeast"``),
  ``约``/``近``/``左右`` about, ``以内`` upper bounds; the value is the figure itself.
- Changes: ``同比增长5.2%`` → change 0.052, basis 同比; ``同比下降15%`` → -0.15;
  ``比上年增长21.5%`` → 0.215, basis 比上年.
- A unit is not the first character of a longer word: ``12万人民群众`` is 120000 with no unit
  (``人民`` is a word, ``kg/data/number_words.tsv`` kind ``notunit``), ``2020元旦`` no figure of 元.
- A rough range in Chinese numerals (``五六十人``, ``七八个``) is no figure.
- Doublings: ``翻了一番`` is 2 倍, ``翻两番`` 4 倍 (kind ``measure``).

The units and words are data: ``kg/data/units.tsv`` and ``kg/data/number_words.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .lexicon import read_table

__all__ = ["TIMES_UNIT", "Quantity", "Change", "NumberWords", "NumberReader", "parse_number", "decimal_out"]

_CN_NUM = "零〇○一二两三四五六七八九十百千万亿"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# two digits side by side (五六十, 七八个, 十五六) say "about", not a figure
_CN_RANGE = re.compile("[一二两三四五六七八九]{2}")
# 翻两番 (×4), 翻三番 (×8): more doublings than this are not a figure of this genre
DOUBLINGS_MAX = 10
TIMES_UNIT = "倍"
YEAR_ON_YEAR, _SAME_PERIOD = "同比", "同期"   # 比去年同期, 较上年同期: against the same period a year before


@dataclass(frozen=True)
class Quantity:
    """A figure with its unit: ``text[start:end]`` is what the article says."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str = ""
    kind: str = ""              # count, measure, money, percent, time ('' when no unit)
    bound: str | None = None    # atLeast, about, atMost
    numeral: str = "arabic"     # arabic or chinese


@dataclass(frozen=True)
class Change:
    """A change against a basis: ``同比增长5.2%`` → value 0.052, basis 同比."""

    start: int
    end: int
    text: str
    value: Decimal
    basis: str | None
    unit: str = "%"


_SOME = frozenset("数几")   # 数十名, 几百人: a rough count
_DEGREE, _POWER = "度", "电"   # 一度 (once) | 一度电 (a kilowatt-hour)
# characters before a bound's that make a word of it (签约, 节约, 赶超, 最近): no bound then
_WORDS_ENDING_IN_BOUND = {"约": "签节预制相合特条公协履违契邀缔俭", "超": "赶", "近": "最附邻"}


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, str]
    multipliers: dict[str, Decimal]
    bounds: dict[str, str]
    up: tuple[str, ...]
    down: tuple[str, ...]
    bases: tuple[str, ...]
    not_units: tuple[str, ...] = ()

    @classmethod
    def load(cls) -> "NumberWords":
        units = {u: k for u, k in read_table("units.tsv")}
        rows = [(r + [""])[:3] for r in read_table("number_words.tsv")]

        def by(k):
            return tuple(sorted((w for kind, w, _ in rows if kind == k), key=len, reverse=True))

        return cls(units=units,
                   multipliers={w: Decimal(v) for k, w, v in rows if k == "multiplier"},
                   bounds={w: v for k, w, v in rows if k == "bound"},
                   up=by("up"), down=by("down"), bases=by("basis"), not_units=by("notunit"))


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _multipliers_before_units(w: "NumberWords") -> str:
    """The multipliers as an alternation, each not where it opens a unit (3.2 | 千克, 5 | 千米: the unit's)."""
    parts = []
    for mult in sorted(w.multipliers, key=len, reverse=True):
        rests = sorted({u[len(mult):] for u in w.units if u.startswith(mult) and len(u) > len(mult)}, key=len, reverse=True)
        parts.append(re.escape(mult) + (f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""))
    return "(?:" + "|".join(parts) + ")"


def parse_number(s: str, multipliers: dict[str, Decimal] | None = None) -> Decimal | None:
    """The value of a figure as written: Arabic with an optional multiplier, or Chinese.

    >>> [str(parse_number(x)) for x in ("32.6万", "3.28万", "1.2亿", "1,234.5万", "三千五百", "两千", "13.447")]
    ['326000', '32800', '120000000', '12345000', '3500', '2000', '13.447']
    """
    mult = multipliers or NumberWords.load().multipliers
    s = s.strip()
    m = re.fullmatch(rf"({_ARABIC})({_alt(mult)})?", s)
    if m:
        try:
            v = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        if m.group(2):
            v *= mult[m.group(2)]
        return _normal(v)
    if s and all(c in _CN_NUM for c in s):
        return _chinese(s)
    return None


def _chinese(s: str) -> Decimal | None:
    import chinese2digits

    try:
        digits = chinese2digits.takeNumberFromString(s)["digitsStringList"]
    except Exception:   # the library raises bare exceptions on odd input
        return None
    if len(digits) != 1:
        return None
    try:
        return _normal(Decimal(digits[0]))
    except InvalidOperation:
        return None


def _normal(v: Decimal) -> Decimal:
    """Drop trailing zeros after the point without going to exponent notation."""
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def decimal_out(v: Decimal) -> int | float:
    """A value for JSON/GraphML: an int when whole, else a float (32.6万 → 326000)."""
    return int(v) if v == v.to_integral_value() else float(v)


class NumberReader:
    """Finds figures and changes in a text.

    >>> r = NumberReader()
    >>> [(q.text, str(q.value), q.unit) for q in r.quantities("全市共有党员32.6万人，基层党组织3.28万个，共27家")]
    [('32.6万人', '326000', '人'), ('3.28万个', '32800', '个'), ('27家', '27', '家')]
    >>> [(c.text, str(c.value), c.basis) for c in r.changes("收入49598元，同比增长9.8%")]
    [('同比增长9.8%', '0.098', '同比')]
    >>> [(c.text, str(c.value)) for c in r.changes("产量52万吨，增长约8%，产值比上年下降近5%")]
    [('增长约8%', '0.08'), ('比上年下降近5%', '-0.05')]
    """

    def __init__(self, words: NumberWords | None = None):
        self.words = w = words or NumberWords.load()
        pre_bounds = [b for b in w.bounds if b in ("超过", "逾", "超", "约", "近", "不到")]
        post_num_bounds = [b for b in w.bounds if b in ("余", "多")]
        post_unit_bounds = [b for b in w.bounds if b in ("以上", "左右", "以内", "以下")]
        self._quantity = re.compile(
            rf"(?P<pre>{_alt(pre_bounds)})?"
            rf"(?:(?P<pct>百分之)(?P<pctnum>[{_CN_NUM}]+(?:点[{_CN_NUM}]+)?)"
            rf"|(?P<num>{_ARABIC})(?:(?P<approx_mult>{_alt(post_num_bounds)})(?={_alt(w.multipliers)}))?"
            rf"(?P<mult>{_multipliers_before_units(w)})?"
            rf"|(?P<cn>[{_CN_NUM}]*[一二两三四五六七八九十][{_CN_NUM}]*))"
            rf"(?P<approx>{_alt(post_num_bounds)})?"
            rf"(?P<unit>{_alt(w.units)})?"
            rf"(?P<post>{_alt(post_unit_bounds)})?"
        )
        self._yi_wan = re.compile(rf"(?<![0-9.])(?P<yi>[0-9]+)亿(?P<wan>[0-9]+(?:\.[0-9]+)?)万(?P<unit>{_alt(w.units)})?")
        self._doubling = re.compile(rf"翻了?(?P<n>\d+|[{_CN_NUM}]+)番")
        # (增长约8%, 下降近5%, 增长超过10%: a bound on the change says how near, not what changed)
        hedges = [b for b in pre_bounds if b != "不到"] + ["达"]
        self._change = re.compile(
            rf"(?P<basis>{_alt(w.bases)})?(?P<verb>{_alt(w.up + w.down)})了?(?:{_alt(hedges)})?"
            rf"(?P<num>{_ARABIC})(?P<unit>%|个百分点|倍)"
        )
        self._change_more = re.compile(rf"[和、及与](?P<num>{_ARABIC})(?P<unit>%|个百分点|倍)")

    def quantities(self, text: str) -> list[Quantity]:
        out = []
        for m in self._quantity.finditer(text):
            if not (m.group("num") or m.group("cn") or m.group("pct")):
                continue
            before = text[m.start() - 1] if m.start() else ""
            if before and (before.isdigit() or before in ".,第" or (before.isascii() and before.isalpha())):
                continue
            start = m.start()
            pre = m.group("pre")
            if pre and before in _WORDS_ENDING_IN_BOUND.get(pre, ""):
                # 签约15个项目, 赶超5家: the bound's character ends a word, the figure is exact
                start, pre = m.end("pre"), None
            after = text[m.end():m.end() + 1]
            if m.group("num") and not m.group("unit") and after.isascii() and after.isalpha():
                continue          # 5G, 3D: a number opening a term, no figure
            end = m.end()
            word_head = bool(m.group("unit")) and text.startswith(self.words.not_units, m.start("unit"))
            # (120余万场次, 100多万元: the bound between the number and its multiplier)
            parts = ("pre", "approx_mult", "approx") if word_head else ("pre", "approx_mult", "approx", "post")
            if word_head:
                end = m.start("unit")   # 15万|人民群众: the unit is the head of a word, not a unit
            if m.group("pct"):
                value = _chinese(m.group("pctnum").replace("点", "."))
                unit = "%"
            elif m.group("num"):
                value = parse_number(m.group("num") + (m.group("mult") or ""), self.words.multipliers)
                unit = "" if word_head else m.group("unit") or ""
            else:
                cn = m.group("cn")
                if not m.group("unit") or word_head or cn in ("万", "千", "百", "亿"):
                    continue          # a bare Chinese numeral is a word (一起, 万一), not a figure
                if before in _SOME and not m.group("pre"):
                    continue          # 数十名, 几百人: some tens, no one figure
                if cn == "一" and m.group("unit") == _DEGREE and text[m.end():m.end() + 1] != _POWER:
                    continue          # 一度高达, 一度停产: once (an adverb), not one kilowatt-hour (一度电)
                if _CN_RANGE.search(cn):
                    continue          # 五六十人, 七八个: a rough range, no one figure
                value = _chinese(cn)
                unit = m.group("unit")
            if value is None:
                continue
            bound = None
            for part in parts:
                if m.group(part) and (part != "pre" or pre):
                    bound = self.words.bounds[m.group(part)]
            out.append(Quantity(start, end, text[start:end], value, unit,
                                self.words.units.get(unit, ""), bound,
                                "arabic" if m.group("num") else "chinese"))
        for m in self._yi_wan.finditer(text):
            # 1亿2360万元, 34亿4037.4万剂次: hundreds of millions and ten thousands written apart, one figure
            value = Decimal(m.group("yi")) * Decimal(100_000_000) + Decimal(m.group("wan")) * Decimal(10_000)
            unit = m.group("unit") or ""
            out = [q for q in out if not (q.start < m.end() and m.start() < q.end)]
            out.append(Quantity(m.start(), m.end(), m.group(), _normal(value), unit, self.words.units.get(unit, ""),
                                numeral="arabic"))
        for m in self._doubling.finditer(text):
            n = parse_number(m.group("n").replace("两", "二"), self.words.multipliers)
            if n is not None and 0 < n <= DOUBLINGS_MAX:
                out = [q for q in out if not m.start() <= q.start < m.end()]
                out.append(Quantity(m.start(), m.end(), m.group(), Decimal(2) ** int(n), TIMES_UNIT, "measure",
                                    numeral="arabic" if m.group("n").isdigit() else "chinese"))
        return sorted(out, key=lambda q: q.start)

    def changes(self, text: str) -> list[Change]:
        out = []
        for m in self._change.finditer(text):
            v = Decimal(m.group("num").replace(",", ""))
            if m.group("unit") != "倍":
                v = v / 100
            if m.group("verb") in self.words.down:
                v = -v
            out.append(Change(m.start(), m.end(), m.group(), _normal(v), _basis(m.group("basis")), m.group("unit")))
            # 分别增长18%和21%: the figures joined to the change share its verb and basis
            end, sign = m.end(), -1 if m.group("verb") in self.words.down else 1
            while (more := self._change_more.match(text, end)) is not None:
                v = Decimal(more.group("num").replace(",", ""))
                if more.group("unit") != "倍":
                    v = v / 100
                out.append(Change(more.start("num"), more.end(), more.group()[1:], _normal(sign * v),
                                  _basis(m.group("basis")), more.group("unit")))
                end = more.end()
        return out


def _basis(written: str | None) -> str | None:
    """The basis of a change as the schema names it: against the same period of the year before
    (比去年同期, 较上年同期) is 同比; others as written (比上年, 环比)."""
    return YEAR_ON_YEAR if written and _SAME_PERIOD in written else written
