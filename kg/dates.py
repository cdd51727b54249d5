"""Chinese dates in running text, normalised to ISO 8601 with their offsets.

News gives most dates without a year (3月8日); the year comes from the last
*full* date earlier in the text (2021年3月5日 … 3月8日 → 2021-03-08), else from
the article's own date (a day later in the year than the article's date is taken
from the year before: news reports what happened). A year-only or month-only
mention (2015年9月, 2016年) is a period the text talks about, not the time the
story is set in, so it never moves the year of later dates. Without either the
year is unknown and the value stays ``None``: a date is never guessed.

What is recognised (``kg/data/date_words.tsv`` holds the words):

- absolute dates: 2021年3月5日, 3月8日, 二〇二三年十一月五日, 2019-09-10, 2019.9.10;
- months and years: 2015年9月, 5月下旬 (month precision), 2016年, 2022年度;
- parts of a year: 上半年 → 2019-H1, 一季度 → 2019-Q1, 前三季度 → 2019-Q1/2019-Q3;
- relative years: 今年, 去年, 上年, 明年 (+ a part: 去年上半年);
- ranges: 3月5日至8日, 2021-2023年, 3月5日—7日 (``kind="range"``, ``until``);
- bounds: 6月30日之前, 年底前 (``kind="before"``), 截至2019年底 (``kind="before"``,
  the last day of what it names: 2019-12-31), 今年以来 (``kind="since"``);
- days without a month (12日上午, 9日在杭州召开): in the month of the last day
  written before them (the dateline: 浙江日报5月9日讯 … 9日), else of the article's date
  (a day later in the month than the article's day is from the month before), and so is a city
  daily's 昨(8)日 / 今（9）日, the day of the month in brackets;
- days relative to the report (今天, 昨天, 昨晚): from the dateline's day when the text
  has one (X日报5月9日讯, 新华社…电), else the article's date; without either they
  stay vague.

Why not jionlp: ``jionlp.parse_time`` is accurate on relative phrases (近三年,
本月上旬) but brings a ~270 MB environment and seconds of import for a job that,
in this genre, is absolute dates and a handful of year words; it also returns no
offsets into the text and never chains the year from an earlier date. A regular
grammar with a small table is exact on these forms (tests/test_dates.py), fast
(hundreds of thousands of characters a second) and keeps the offsets the evidence
needs.
"""
from __future__ import annotations

import calendar
import re
import datetime
from dataclasses import dataclass, field, replace

from .lexicon import read_table

__all__ = ["TimeExpr", "DateWords", "DateParser", "find_times", "normalize_date", "chinese_int",
           "document_number_year"]

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


_FIRST_MONTH = "元"     # 元月: the first month (the only month named by another word than its number)


def chinese_int(s: str) -> int | None:
    """Small whole numbers written in digits or Chinese numerals (years digit by digit).

    >>> [chinese_int(x) for x in ("10", "十", "十二", "二十", "三十一", "二〇二三", "九")]
    [10, 10, 12, 20, 31, 2023, 9]
    """
    if s.isdigit():
        return int(s)
    if s == _FIRST_MONTH:
        return 1
    if all(c in _CN_DIGITS for c in s):   # a year read digit by digit
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    return None


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: offsets into the text it was found in, and its ISO value.

    ``kind`` is ``on`` (a point or period), ``before`` (by then: dateBefore),
    ``range`` (``value`` to ``until``), ``since`` or ``vague`` (近日: no value).
    ``value`` keeps the precision of the text: ``2019-09-10``, ``2019-09``,
    ``2019``, ``2019-H1``, ``2019-Q3``; ``None`` when the year is unknown.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    until: str | None = None
    year_stated: bool = True
    year_from: str = "text"     # text, earlier date (a full date before it), article, inferred

    @property
    def precision(self) -> str:
        v = self.value or ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return "day"
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return "month"
        if re.fullmatch(r"\d{4}", v):
            return "year"
        return "part" if v else "none"

    @property
    def is_full_date(self) -> bool:
        """A day with its year written out: what later dates take their year from."""
        return self.year_stated and self.kind in ("on", "range") and self.precision == "day"


_THIS_YEARS = re.compile(r"第[〇零一二两三四五六七八九十0-9]+[次期]|是[^，。；]{2,30}之年")
_YEAR_OF_REVIEW = "年度"
# 2024年某某大学专场招聘会, 2023年中国某某博览会: a gathering of a year named with it, held in that year
_GATHERING_NAMED = re.compile(r"[^，。；！？\n《》“”]{0,20}?(?:招聘会|博览会|交易会|洽谈会|推介会|论坛|峰会|运动会|艺术节|文化节|旅游节"
                              r"|马拉松|大赛|展览会)")    # 召开2022年度民主生活会: held after the year it reviews
# 2022年全市一季度重点项目集中开工现场会在某地召开: a year opening the name of a meeting said to be held
_NAME_HELD = re.compile(r"[^，。；！？\n《》]{2,40}?会议?(?:[0-9]{1,2}日)?(?:在[^，。；！？\n]{1,24}?)?(?:隆重)?(?:召开|举行|开幕)")


@dataclass(frozen=True)
class DateWords:
    """The time words of ``kg/data/date_words.tsv``, by kind."""

    years: dict[str, int]
    periods: dict[str, str]
    before: tuple[str, ...]
    until: tuple[str, ...]
    since: tuple[str, ...]
    joiners: tuple[str, ...]
    vague: tuple[str, ...]
    targets: tuple[str, ...] = ()
    held: tuple[str, ...] = ()                              # 召开2022年…会议: the year of the meeting held
    plans: tuple[str, ...] = ()                             # 2023年工作要点: a plan for the report's year
    days: dict[str, int] = field(default_factory=dict)     # 今天 0, 昨天 -1: days from the report's day
    dateline: tuple[str, ...] = ()                          # 讯, 电: a date right before is the dateline
    not_day_before: str = ""                                # a day-only 日 after these is no date (第3日, 每日)
    not_day_after: tuple[str, ...] = ()                     # nor before these (30日内: a duration)

    @classmethod
    def load(cls, name: str = "date_words.tsv") -> "DateWords":
        rows = [(r + [""])[:3] for r in read_table(name)]
        by = lambda k: tuple(sorted((w for kind, w, _ in rows if kind == k), key=len, reverse=True))  # noqa: E731
        return cls(years={w: int(v) for k, w, v in rows if k == "year"},
                   periods={w: v for k, w, v in rows if k == "period"},
                   before=by("before"), until=by("until"), since=by("since"),
                   joiners=by("range"), vague=by("vague"), targets=by("target"), held=by("held"), plans=by("plan"),
                   days={w: int(v) for k, w, v in rows if k == "day"}, dateline=by("dateline"),
                   not_day_before="".join(w for k, w, _ in rows if k == "not_day_before"),
                   not_day_after=by("not_day_after"))


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_YEAR = r"\d{4}|[〇○零一二三四五六七八九]{4}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元]"     # (元月: January)
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
# 5月10下午: a day written without its mark, right before a part of the day (no mark to read; the part is not the date's)
_DAY_PARTS_AFTER = "上午|下午|晚上|晚间|凌晨|早上"


class DateParser:
    """Finds and normalises the time expressions of a text.

    >>> p = DateParser()
    >>> [(t.text, t.kind, t.value) for t in p("2021年3月5日召开会议。3月8日，杭州。6月30日之前完成。")]
    [('2021年3月5日', 'on', '2021-03-05'), ('3月8日', 'on', '2021-03-08'), ('6月30日之前', 'before', '2021-06-30')]
    >>> [(t.text, t.value) for t in p("上半年，截至2019年底。", reference="2019-07-15")]
    [('上半年', '2019-H1'), ('截至2019年底', '2019-12-31')]
    """

    def __init__(self, words: DateWords | None = None):
        self.words = words or DateWords.load()
        w = self.words
        yparts = _alt([p for p in w.periods if p.startswith(("上", "下", "前", "第", "一", "二", "三", "四"))])
        alone = _alt([p for p in w.periods if p != "年度"])
        join = _alt(w.joiners)
        # (a day's mark left out before a part of the day, 5月10下午, or before the range's last day, 1月31-2月2日)
        day_ahead = rf"(?=(?:{_DAY_PARTS_AFTER})|(?:{join})(?:{_MONTH})月(?:{_DAY})[日号])"
        self._core = re.compile(
            # (今年)前11个月, 2023年前三个月: from January to that month (a year's figures to date)
            # (not 提前3个月完成, 之前3个月: ahead of time, the months before)
            rf"(?:(?:(?P<fy>{_YEAR})年|(?P<frel>{_alt(w.years)}))前|(?<![提之以此年日天])前)"
            rf"(?P<fm>十[一二]?|[一二三四五六七八九]|1[01]|[1-9])个月"
            rf"|(?P<yy1>\d{{4}})(?:年)?(?:{join})(?P<yy2>\d{{4}})年"
            rf"|(?:(?P<my>{_YEAR})年)?(?P<mm1>1[0-2]|0?[1-9])(?:月)?(?:{join})(?P<mm2>1[0-2]|0?[1-9])月(?!份?[\d一二三四五六七八九十]+[日号])"
            # 7月5-7日, 7月5至7日: a month's days from the first to the last, the day's mark written once
            rf"|(?:(?P<ry>{_YEAR})年)?(?P<rm>{_MONTH})月(?P<rd1>{_DAY})(?:{join})(?P<rd2>{_DAY})[日号]"
            rf"|(?P<iso>(?P<iy>\d{{4}})(?P<sep>[-./])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?!\d))"
            rf"|(?:(?:(?P<y>{_YEAR})年|(?P<rel>{_alt(w.years)}))"
            rf"(?:(?P<m>{_MONTH})月(?:份)?(?:(?P<d>{_DAY})(?:[日号]|{day_ahead}))?(?P<mpart>底|末|初|上旬|中旬|下旬)?"
            rf"|(?P<ypart>{yparts}|底|末|初|度))?)"
            rf"|(?P<m2>{_MONTH})月(?P<m2fen>份)?(?:(?P<d2>{_DAY})(?:[日号]|{day_ahead}))?(?P<mpart2>底|末|初|上旬|中旬|下旬)?"
            rf"|(?P<ypart2>{alone})"
            rf"|(?P<d3>3[01]|[12]\d|0?[1-9])日"
            # 昨(8)日, 今（9）日: a city daily's day relative to the report, its day of the month in brackets
            rf"|[昨今前][（(](?P<d4>3[01]|[12]\d|0?[1-9])[)）]日"
        )
        self._tail_day = re.compile(rf"(?:(?P<m>{_MONTH})月)?(?P<d>{_DAY})[日号]")
        self._tail_year = re.compile(rf"(?P<y>{_YEAR})年")
        self._vague = re.compile(_alt(w.vague)) if w.vague else None
        self._days = re.compile(_alt(w.days)) if w.days else None

    # -- public ---------------------------------------------------------------
    def __call__(self, text: str, reference: str | int | None = None, inferred: bool = False) -> list[TimeExpr]:
        """Every time expression of ``text``, left to right.

        ``reference`` is the article's date (ISO) or year, when known; ``inferred`` says it
        was not given but inferred (:meth:`for_article`), and the expressions that use it
        say so in ``year_from``.
        """
        ref_year, ref_md = _reference(reference)
        ref_kind = "inferred" if inferred else "article"
        carry: tuple[int, int, int] | None = None      # the last full date seen
        last_day: tuple[int, int, int] | None = None   # the last day (with its month) seen
        last_year: int | None = None                   # the year of the last expression that states one
        out: list[TimeExpr] = []
        pos = 0
        while True:
            m = self._core.search(text, pos)
            if m is None:
                break
            pos = m.end()
            if not self._acceptable(text, m):
                pos = m.start() + 1
                continue
            expr = self._build(text, m, ref_year, ref_md, carry, last_day, last_year)
            if expr is None:
                continue
            if expr.year_stated and expr.value and expr.value[:4].isdigit():
                last_year = int(expr.value[:4])
            if not expr.year_stated and expr.value:
                dated_by_carry = carry is not None and (m.group("m") or m.group("m2")) and not m.group("rel")
                expr = replace(expr, year_from="earlier date" if dated_by_carry else ref_kind)
            pos = expr.end
            out.append(expr)
            if expr.precision == "day" and expr.kind in ("on", "range"):
                last_day = tuple(map(int, expr.value.split("-")))
            if expr.is_full_date:
                y, mo, d = map(int, expr.value.split("-"))
                carry = (y, mo, d)
        taken = bytearray(len(text))
        for e in out:
            taken[e.start:e.end] = b"\x01" * (e.end - e.start)
        if self._days is not None:
            day = self._report_day(text, out, ref_year, ref_md)
            for v in self._days.finditer(text):
                if any(taken[v.start():v.end()]):
                    continue
                taken[v.start():v.end()] = b"\x01" * (v.end() - v.start())
                if day is None:
                    out.append(TimeExpr(v.start(), v.end(), v.group(), "vague", None))
                else:
                    when = day + datetime.timedelta(days=self.words.days[v.group()])
                    out.append(TimeExpr(v.start(), v.end(), v.group(), "on", when.isoformat(), None, False,
                                        ref_kind))
        if self._vague is not None:
            for v in self._vague.finditer(text):
                if not any(taken[v.start():v.end()]):
                    out.append(TimeExpr(v.start(), v.end(), v.group(), "vague", None))
        return sorted(out, key=lambda e: (e.start, e.end))

    def _report_day(self, text: str, found: list[TimeExpr], ref_year, ref_md) -> datetime.date | None:
        """The day the report speaks from: its dateline's (5月9日讯), else the article's date."""
        for t in found:
            if t.precision == "day" and t.kind == "on" and text.startswith(self.words.dateline, t.end):
                return datetime.date(*map(int, t.value.split("-")))
        if ref_year is not None and ref_md is not None:
            return datetime.date(ref_year, *ref_md)
        return None

    def for_article(self, article) -> list[TimeExpr]:
        """The time expressions of an article, with the best reference year it offers.

        The article's own date; else the year in a document number (成府发〔2017〕18号:
        a document is dated in the year of its number); else, when the text states no full
        date at all, the year after the last year it reports figures or facts for
        (2019年全村共接待游客… in a report of the following year), targets (到2025年,
        力争2026年) and titles left out. Dates dated by that last guess carry
        ``year_from="inferred"``.
        """
        text = article.match_text
        if article.date:
            return self(text, article.date)
        if article.year:
            return self(text, article.year)
        year = document_number_year(text)
        if year is not None:
            return self(text, year)
        year = self.reported_year(text)
        return self(text, year, inferred=year is not None)

    def reported_year(self, text: str) -> int | None:
        """The year after the last past year ``text`` reports, if it has no full date; the year of a meeting it
        says is held (召开2022年教育工作会议; not 2022年度…, a year reviewed after it).

        >>> DateParser().reported_year("4月8日，召开会议。2019年全村共接待游客90万人次，力争2026年突破。")
        2020
        """
        found = self(text)
        if any(t.is_full_date for t in found):
            return None
        titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》", text)]
        years, held = [], []
        for t in found:
            if not t.year_stated or t.kind not in ("on", "before") or not t.value or t.precision == "day":
                continue
            if any(a <= t.start < b for a, b in titles):
                continue
            if _ends_with(text, t.start, self.words.targets):
                continue
            if (_ends_with(text, t.start, self.words.held) and t.precision == "year"
                    and _YEAR_OF_REVIEW not in text[t.start:t.end + 1]) \
                    or (t.precision == "year" and (_THIS_YEARS.match(text, t.end)
                                                   or text.startswith(self.words.plans, t.end)
                                                   or _GATHERING_NAMED.match(text, t.end)
                                                   or (_YEAR_OF_REVIEW not in text[t.start:t.end + 1]
                                                       and _NAME_HELD.match(text, t.end)))):
                # 召开2022年教育工作会议: that year's meeting, held in it; 2024年第八次集体学习: that year's eighth
                # session; 2022年是…之年, 2023年工作要点: the year the report is written in
                held.append(int(t.value[:4]))
                continue
            years.append(int(t.value[:4]))
        if held:
            return max(held)
        return max(years) + 1 if years else None

    # -- one expression --------------------------------------------------------
    def _acceptable(self, text: str, m: re.Match) -> bool:
        before = text[m.start() - 1] if m.start() else ""
        if before.isdigit() or before == ".":
            return False
        if m.group("y") and not 1900 <= (chinese_int(m.group("y")) or 0) <= 2100:
            return False
        if m.group("m2") is not None:
            # a Chinese-numeral month alone (一月一督查) is rarely a date: require a day,
            # 份 or a part of the month
            if not m.group("m2").isdigit() and not (m.group("d2") or m.group("m2fen") or m.group("mpart2")):
                return False
            if before and before in "第每个近":
                return False
        if m.group("ypart2") and before and before in "第":
            return False
        if m.group("d3") is not None:
            if before and before in self.words.not_day_before:
                return False
            if text.startswith(self.words.not_day_after, m.end()):
                return False
        if m.group("rel") and not (m.group("m") or m.group("ypart")) and text[m.end():m.end() + 1] == "的":
            return True
        return True

    def _build(self, text, m, ref_year, ref_md, carry, last_day=None, last_year=None) -> TimeExpr | None:
        w = self.words
        g = m.groupdict()
        stated = True
        if g["fm"]:
            base = ref_year if ref_year is not None else (carry[0] if carry else None)
            y = chinese_int(g["fy"]) if g["fy"] else (base + w.years[g["frel"]] if g["frel"] and base is not None
                                                      else base)
            last = chinese_int(g["fm"])
            if y is None or not 2 <= last <= 12:
                return None
            return TimeExpr(m.start(), m.end(), m.group(), "range", f"{y:04d}-01", f"{y:04d}-{last:02d}", bool(g["fy"]))
        if g["yy1"]:
            y1, y2 = int(g["yy1"]), int(g["yy2"])
            if not (1900 <= y1 < y2 <= y1 + 50):
                return None
            return TimeExpr(m.start(), m.end(), m.group(), "range", str(y1), str(y2))
        if g["mm1"]:
            y = chinese_int(g["my"]) if g["my"] else (ref_year if ref_year is not None else (carry[0] if carry else None))
            m1, m2 = int(g["mm1"]), int(g["mm2"])
            if y is None or not m1 < m2:
                return None
            return TimeExpr(m.start(), m.end(), m.group(), "range", f"{y:04d}-{m1:02d}", f"{y:04d}-{m2:02d}",
                            bool(g["my"]))
        if g["rm"]:
            mo, d1, d2 = chinese_int(g["rm"]), chinese_int(g["rd1"]), chinese_int(g["rd2"])
            y = chinese_int(g["ry"]) if g["ry"] else _infer_year(mo or 1, d1 or 1, ref_year, ref_md, carry)
            if y is None or not (mo and 1 <= mo <= 12 and d1 and d2 and d1 < d2 <= calendar.monthrange(y, mo)[1]):
                return None
            return TimeExpr(m.start(), m.end(), m.group(), "range", _iso(y, mo, d1), _iso(y, mo, d2), bool(g["ry"]))
        if g["d3"] or g["d4"]:
            d = int(g["d3"] or g["d4"])
            y, mo = _month_of_day(d, ref_year, ref_md, last_day)
            if y is None or not 1 <= d <= calendar.monthrange(y, mo)[1]:
                value = precision_end = None
                if y is not None:
                    return None
            else:
                value = precision_end = _iso(y, mo, d)
            # 25日至26日在某地召开: a range of days of the month the day is in
            rng = self._range_tail(text, m.end(), value, y, mo) if value is not None else None
            if rng is not None:
                return TimeExpr(m.start(), rng[0], text[m.start():rng[0]], "range", value, rng[1], False)
            pre = _ends_with(text, m.start(), self.words.until) if value is not None else ""
            if pre:     # 截至19日: by that day of the month (as 截至6月19日)
                return TimeExpr(m.start() - len(pre), m.end(), text[m.start() - len(pre):m.end()], "before",
                                value, None, False)
            return TimeExpr(m.start(), m.end(), m.group(), "on", value, None, False)
        if g["iso"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            value, precision_end = _iso(y, mo, d), _iso(y, mo, d)
        else:
            mo = chinese_int(g["m"] or g["m2"] or "") if (g["m"] or g["m2"]) else None
            d = chinese_int(g["d"] or g["d2"] or "") if (g["d"] or g["d2"]) else None
            part = g["ypart"] or g["ypart2"]
            mpart = g["mpart"] or g["mpart2"]
            if g["y"]:
                y = chinese_int(g["y"])
            elif g["rel"]:
                stated = False
                base = ref_year if ref_year is not None else (carry[0] if carry else None)
                y = base + w.years[g["rel"]] if base is not None else None
            else:
                stated = False
                y = _infer_year(mo or 1, d or 1, ref_year, ref_md, carry) if mo else \
                    (ref_year if ref_year is not None else (carry[0] if carry else None))
                if not mo and part in _YEAR_ENDS and last_year is not None and ref_year is not None \
                        and last_year == ref_year - 1 and ref_md is not None and ref_md[0] <= LAST_YEARS_REPORTS \
                        and not _starts_with(text, m.end(), w.before):
                    y = last_year   # 2025年全省…。年末常住人口… in a bulletin of March 2026: the end of the year reported
                if mo and carry is None and y is not None and ref_year is not None and y < ref_year and (
                        (_starts_with(text, m.end(), w.before) and not _ends_with(text, m.start(), w.until))
                        or _AHEAD.search(text, max(0, m.start() - 6), m.start())
                        or _decided_ahead(text, m.start(), m.end())):
                    y = ref_year    # 6月30日前完成, 定于12月8日召开 in a report of April: a day ahead, this year's
            if mo is not None and not 1 <= mo <= 12:
                return None
            if d is not None and mo is not None and y is not None and d > calendar.monthrange(y, mo)[1]:
                return None
            value, precision_end = _value(y, mo, d, part, mpart, w.periods)
        start, end = m.start(), m.end()
        kind, until = "on", None
        # a range: 3月5日至8日, 2021-2023年
        rng = self._range_tail(text, end, value, y if not g["iso"] else int(g["iy"]), mo)
        if rng is not None:
            end, until, until_end = rng
            kind, precision_end = "range", until_end
        # bounds before and after
        pre = _ends_with(text, start, w.until)
        if pre:
            start -= len(pre)
            kind, value, until = "before", precision_end, None
        else:
            post = _starts_with(text, end, w.before)
            if post and not text.startswith(tuple(p for p in w.periods if p.startswith("前")), end):
                end += len(post)
                kind, value, until = "before", precision_end, None
            else:
                post = _starts_with(text, end, w.since)
                if post:
                    end += len(post)
                    kind = "since"
        return TimeExpr(start, end, text[start:end], kind, value, until, stated)

    def _range_tail(self, text, pos, value, year, month):
        joiner = _starts_with(text, pos, self.words.joiners)
        if not joiner or value is None:
            return None
        at = pos + len(joiner)
        prec = len(value)
        if prec == 10:   # a day: the other end is a day, maybe with a month
            t = self._tail_day.match(text, at)
            if t:
                mo = chinese_int(t.group("m")) if t.group("m") else month
                d = chinese_int(t.group("d"))
                if mo and 1 <= mo <= 12 and d and d <= calendar.monthrange(year, mo)[1]:
                    v = _iso(year, mo, d)
                    return t.end(), v, v
        elif prec == 4:  # a year (2021-2023年, written with one 年 at the end)
            t = self._tail_year.match(text, at)
            if t:
                y2 = chinese_int(t.group("y"))
                if y2 and year and year < y2 <= year + 50:
                    return t.end(), str(y2), f"{y2}-12-31"
        return None


# 年末, 年底, 年初 written alone, in a report of the year's first months on the year before (a statistical
# bulletin, a work report): that year's end or start, not the article's
_YEAR_ENDS = frozenset({"年末", "年底", "年初"})
LAST_YEARS_REPORTS = 6      # the last month of the year in which a report may be on the year before


def _reference(reference: str | int | None) -> tuple[int | None, tuple[int, int] | None]:
    if reference is None or reference == "":
        return None, None
    if isinstance(reference, int):
        return reference, None
    m = re.match(r"(\d{4})(?:-(\d{2})-(\d{2}))?", str(reference))
    if not m:
        return None, None
    return int(m.group(1)), ((int(m.group(2)), int(m.group(3))) if m.group(2) else None)


def _month_of_day(d: int, ref_year, ref_md, last_day) -> tuple[int | None, int | None]:
    """The year and month of a day written alone (12日上午): the last day's month, unless that day is still
    to come at the article's date (条例自9月1日起施行。28日上午…举行新闻发布会: the report's month)."""
    if last_day is not None and (ref_year is None or ref_md is None or tuple(last_day) <= (ref_year, *ref_md)):
        return last_day[0], last_day[1]
    if ref_year is None or ref_md is None:
        return None, None
    y, mo = ref_year, ref_md[0]
    if d > ref_md[1]:          # a day later in the month than the article's: the month before
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return y, mo


# before a day that is still to come (会议决定，于12月8日召开…; 定于, 将于, 拟于)
_AHEAD = re.compile(r"(?:决定|定|将|拟|计划|预计)[，,]?于$")


_DECIDED = "决定"            # 会议决定，某某会议于10月28日召开: what was decided is to come
_ON = "于"
_HELD_AFTER_DAY = ("召开", "举行", "开幕")    # 决定某会议12月28日召开: the day it is to be held


def _decided_ahead(text: str, at: int, end: int) -> bool:
    """会议决定，省人大常委会第二十三次会议于10月28日至30日召开 (决定某会议12月28日召开): 于 right before the day, or
    the verb of holding right after it, 决定 earlier in its sentence (the name of what is decided between them)."""
    if not (text.startswith(_ON, at - len(_ON)) or text.startswith(_HELD_AFTER_DAY, end)):
        return False
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return _DECIDED in text[start:at]


def _infer_year(mo: int, d: int, ref_year, ref_md, carry) -> int | None:
    """The year of a date written without one (see the module docstring)."""
    if carry is not None:
        if ref_year == carry[0] + 1 and (mo, d) < carry[1:] and (ref_md is None or (mo, d) <= ref_md):
            # 2025年10月18日起巡视…。3月30日反馈 (in a report of 2026): a day earlier in the year than the
            # last year's date named, and not after the report's, is of the report's year (the story runs on)
            return ref_year
        return carry[0]
    if ref_year is None:
        return None
    if ref_md is not None and (mo, d) > ref_md:
        return ref_year - 1
    return ref_year


def _iso(y: int, mo: int, d: int) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _value(y, mo, d, part, mpart, periods) -> tuple[str | None, str | None]:
    """The ISO value and the last day it covers (for 截至/之前)."""
    if y is None:
        return None, None
    if mo is not None:
        last = calendar.monthrange(y, mo)[1]
        if d is not None:
            return _iso(y, mo, d), _iso(y, mo, d)
        return f"{y:04d}-{mo:02d}", _iso(y, mo, last)
    code = periods.get(part, "") if part else ""
    if part in ("底", "末"):
        code = "END"
    elif part == "初":
        code = "START"
    elif part == "度":
        code = "YEAR"
    if code in ("", "YEAR"):
        return f"{y:04d}", f"{y:04d}-12-31"
    if code == "END":
        return f"{y:04d}-12", f"{y:04d}-12-31"
    if code == "START":
        return f"{y:04d}-01", f"{y:04d}-01-31"
    if "/" in code:
        a, b = code.split("/")
        return f"{y:04d}-{a}/{y:04d}-{b}", _period_end(y, b)
    return f"{y:04d}-{code}", _period_end(y, code)


def _period_end(y: int, code: str) -> str:
    last_month = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}[code]
    return _iso(y, last_month, calendar.monthrange(y, last_month)[1])


def _starts_with(text: str, pos: int, words) -> str:
    for w in words:
        if text.startswith(w, pos):
            return w
    return ""


def _ends_with(text: str, pos: int, words) -> str:
    for w in words:
        if pos >= len(w) and text.endswith(w, 0, pos):
            return w
    return ""


_DOC_NUMBER_YEAR = re.compile(r"[\u4e00-\u9fff]{1,6}[发办函字令][〔\[［]((?:19|20)\d{2})[〕\]］]\s*\d+\s*号")


def document_number_year(text: str) -> int | None:
    """The year in the first document number of ``text`` (成府发〔2017〕18号 → 2017).

    A document's number carries the year it was issued in; when an article has no
    date of its own, that is the best evidence of the year its undated days are in.

    >>> document_number_year("印发《方案》（成府发〔2017〕18号）")
    2017
    """
    m = _DOC_NUMBER_YEAR.search(text)
    return int(m.group(1)) if m else None


def find_times(text: str, reference: str | int | None = None, words: DateWords | None = None) -> list[TimeExpr]:
    """Shortcut for ``DateParser(words)(text, reference)`` (loads the word table each call)."""
    return DateParser(words)(text, reference)


def normalize_date(text: str, reference: str | int | None = None) -> str | None:
    """The ISO value of the first time expression in ``text``.

    >>> normalize_date("2021年3月5日")
    '2021-03-05'
    >>> normalize_date("上半年", 2019)
    '2019-H1'
    """
    found = [t for t in find_times(text, reference) if t.kind != "vague"]
    return found[0].value if found else None
