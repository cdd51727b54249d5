"""Small helpers shared by the recognisers of landmarks, documents, campaigns,
initiatives, topics and concepts: a token index, quotation marks, clauses and lists.

Everything works on ``doc.text`` (the matching view: Simplified, full-width
punctuation), so one rule covers Traditional and half-width input alike.
"""
from __future__ import annotations

from typing import cast

import bisect
import re
from dataclasses import dataclass

from ..lexicon import read_list
from ..tokens import TOKEN_END, TOKEN_START, Token
from . import Doc

FORMER = "原"      # before a post: the post was held, no longer is (某局原局长, 某镇原党委书记)

__all__ = ["FORMER", "alternation", "any_of", "QUOTE_RE", "TokenIndex", "Quote", "find_quotes", "clause_bounds", "split_items", "normalise_quotes",
           "is_proper_tag", "is_nounish_tag", "has_cjk", "CLAUSE_PUNCT", "head_runs_on"]

CLAUSE_PUNCT = "，。；：！？\n"
# opening -> closing mark; 「」『』 are the Traditional-text quotes, normalised to “” in labels
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}
_QUOTE_RE = re.compile("|".join(f"{re.escape(o)}([^{re.escape(o + c)}\\n]{{1,60}}){re.escape(c)}"
                                for o, c in QUOTE_PAIRS.items()))
QUOTE_RE = _QUOTE_RE     # what find_quotes finds (for a recogniser's gate: any_of)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_NUMERALS = set("〇零一二三四五六七八九十百千万两")
# separators inside a list of names: 、 always; 和/及/与/以及 when jieba makes them a word
LIST_WORDS = ("以及", "和", "及", "与")


# 部门, 局面: words a name's head character opens (head_words.txt)
_HEAD_WORDS = frozenset(read_list("head_words.txt"))
_STAFF = "人员"


def head_runs_on(text: str, end: int) -> bool:
    """The name ending at ``end`` ends inside a common word its last character opens (应急管理部 | 门),
    or in such a word whole (自然资源部门: no gate)."""
    return text[end - 1:end + 1] in _HEAD_WORDS or text[end - 2:end] in _HEAD_WORDS \
        or (text[end - 2:end + 2] in _HEAD_WORDS and not text.startswith(_STAFF, end + 2))
    #   (全省水利中心 | 工作: 中心工作, the core work; but 某某服务中心 | 工作人员: its staff)


def any_of(*patterns: re.Pattern):
    """A recogniser's gate: ``gate(text)`` is true where one of ``patterns`` matches. A
    recogniser whose every finding starts from a match of one of its patterns asks this first
    and, where none matches (most sentences, for most recognisers), stops there instead of
    running the code around its scans. The patterns are tried one by one: joined into one
    alternation they lose the regex engine's look-ahead on their first characters (ten times
    slower on news text)."""
    searches = tuple(p.search for p in patterns)

    def gate(text: str) -> bool:
        for search in searches:     # (a loop, not any() over a generator: it runs on every sentence)
            if search(text):
                return True
        return False

    return gate


def alternation(words) -> re.Pattern:
    """One regex matching any of ``words``, the longest first where several start at a place."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def has_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def is_proper_tag(tag: str) -> bool:
    """jieba's tags of names: persons (nr, nrfg, nrt), places (ns), organisations (nt), other (nz)."""
    return tag.startswith(("nr", "ns", "nt", "nz"))


def is_nounish_tag(tag: str) -> bool:
    """Tags of words that can sit inside a name: nouns, verbal nouns, abbreviations, idioms."""
    return tag.startswith(("n", "vn", "j", "l", "i", "eng")) or tag in ("an", "ng")


RIVER_ENDS = frozenset("江河湖海山")
# what is said of a river, lake or mountain right after its name: its basin, banks, reaches, waters,
# their quality, its slopes
RIVER_CONTEXT = ("流域", "两岸", "沿岸", "畔", "上游", "中游", "下游", "水域", "江段", "河段", "干流", "支流",
                 "水质", "岸线", "水位", "断面", "湖区", "湿地", "东麓", "西麓", "南麓", "北麓", "山麓", "山脉", "主峰",
                 "东岸", "西岸", "南岸", "北岸")


_WATER_ENDS = frozenset("江河湖")      # (after a place's name: 某县 | 富春江; 某县 | 某某山 may be a person's)
_LIST_MARK, LIST_ITEM = "、", 3          # a list of rivers' names of three characters (温榆河、沙颍河)


def reads_as_river(text: str, tokens, i: int, common_surnames: frozenset[str]) -> bool:
    """富春江, 嘉陵江: a three-character word jieba's dictionary tags a person's name, ending in
    江, 河 or 湖 and opened by no common surname, right after a place's name (某县 | 富春江), or ending
    in those, 海 or 山 before what is said of a river, lake or mountain (富春江 | 两岸, 阳宗海 | 水质,
    贺兰山 | 东麓): the river, lake or mountain, not a person (张德江 stays one)."""
    tok = tokens[i]
    if len(tok.word) != 3 or tok.word[-1] not in RIVER_ENDS or not tok.tag.startswith("nr"):
        return False
    # (what is said after it holds whatever surname opens it: 贺兰山 | 东麓, 沙颍河 | 水质; and after a list of
    # such names: 温榆河、沙颍河 | 水质)
    end = tok.end
    while text.startswith(_LIST_MARK, end) and text[end + LIST_ITEM:end + LIST_ITEM + 1] in _WATER_ENDS:
        end += LIST_ITEM + 1
    return text.startswith(RIVER_CONTEXT, end) or (
        tok.word[0] not in common_surnames and tok.word[-1] in _WATER_ENDS
        and i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].tag.startswith("ns"))


def is_cjk_numeral(word: str) -> bool:
    return bool(word) and all(c in _CJK_NUMERALS for c in word)


def normalise_quotes(s: str) -> str:
    """「秒批」 -> “秒批”: one form of quotation marks in canonical labels."""
    return s.replace("「", "“").replace("」", "”").replace("『", "“").replace("』", "”")


class TokenIndex:
    """Find tokens by offset: the token holding a character, starting or ending at one.
    ``TokenIndex.of(doc)`` builds it once per document and shares it through ``doc.memo``."""

    @classmethod
    def of(cls, doc: Doc) -> "TokenIndex":
        index = doc.memo.get("token_index")
        if not isinstance(index, cls) or index.tokens is not doc.tokens:
            index = doc.memo["token_index"] = cls(doc)
        return index

    def __init__(self, doc: Doc):
        self.tokens: list[Token] = doc.tokens
        # (built with C loops: zip and map over the tokens' fields, as every recogniser needs one)
        self._starts = list(map(TOKEN_START, self.tokens))
        self.by_start = dict(zip(self._starts, range(len(self.tokens))))
        self.by_end = dict(zip(map(TOKEN_END, self.tokens), range(len(self.tokens))))

    def at(self, offset: int) -> int | None:
        """Index of the token holding ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if 0 <= i < len(self.tokens) and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def is_word_span(self, start: int, end: int) -> bool:
        return start in self.by_start and end in self.by_end

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: marks at ``start`` and ``end - 1``, words ``text`` in between."""

    start: int
    end: int
    text: str

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches of one line, in order.

    >>> [(q.start, q.text) for q in find_quotes("推行“一窗通办”和「秒批」")]
    [(2, '一窗通办'), (9, '秒批')]
    """
    return [Quote(m.start(), m.end(), m.group(cast(int, m.lastindex))) for m in _QUOTE_RE.finditer(text)]


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause (between ，。；：！？ or line breaks) holding ``pos``."""
    a = max(text.rfind(c, 0, pos) for c in CLAUSE_PUNCT) + 1
    ends = [i for i in (text.find(c, pos) for c in CLAUSE_PUNCT) if i >= 0]
    return a, min(ends) if ends else len(text)


def split_items(text: str, start: int, end: int, index: TokenIndex) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into list items on 、 and on 和/及/与 standing as words,
    never inside quotation marks.

    >>> from kg.mentions import Doc
    >>> from kg.model import Article
    >>> from kg.tokens import Token
    >>> s = "“积分超市”、志愿服务日活动和党课"
    >>> doc = Doc(Article("a", s, s), [], [Token(c, "x", i, i + 1) for i, c in enumerate(s)])
    >>> [s[a:b] for a, b in split_items(s, 0, len(s), TokenIndex(doc))]
    ['“积分超市”', '志愿服务日活动', '党课']
    >>> s = "“门前三包”“红黑榜”"
    >>> doc = Doc(Article("a", s, s), [], [Token(c, "x", i, i + 1) for i, c in enumerate(s)])
    >>> [s[a:b] for a, b in split_items(s, 0, len(s), TokenIndex(doc))]
    ['“门前三包”', '“红黑榜”']
    """
    items, cut, depth, i = [], start, 0, start
    while i < end:
        c = text[i]
        if c in QUOTE_PAIRS:
            depth += 1
        elif c in QUOTE_PAIRS.values():
            depth = max(0, depth - 1)
            if depth == 0 and i + 1 < end and text[i + 1] in QUOTE_PAIRS:
                items.append((cut, i + 1))      # “门前三包”“红黑榜”: quoted items written side by side
                cut = i + 1
        elif depth == 0:
            if c == "、":
                items.append((cut, i))
                cut = i + 1
            else:
                for w in LIST_WORDS:
                    if text.startswith(w, i) and i + len(w) <= end and index.is_word_span(i, i + len(w)):
                        items.append((cut, i))
                        cut = i + len(w)
                        i += len(w) - 1
                        break
        i += 1
    items.append((cut, end))
    return [(a, b) for a, b in items if b > a]
