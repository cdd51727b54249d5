"""jieba tokenisation with offsets, on a tokenizer instance of our own.

rjieba (jieba-rs) runs jieba's dictionary and algorithm about a hundred times
faster than ``jieba.posseg``; each :class:`Tokenizer` owns its own ``rjieba.Jieba``
so the words we add (gazetteer names, lexicons) never leak into the global
jieba another library in the same process may be using.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import NamedTuple
from pathlib import Path

from .clean import is_han_char

__all__ = ["Token", "Tokenizer", "HeadGlue", "AppointedNames", "jieba_dictionary", "TOKEN_WORD", "TOKEN_TAG", "TOKEN_START", "TOKEN_END"]


class Token(NamedTuple):
    """A word of jieba's with its part-of-speech tag and its offsets. A named tuple rather than
    a frozen dataclass: tens of thousands are made per split, and a tuple is made several times
    faster."""

    word: str
    tag: str
    start: int
    end: int


# a token's fields as C callables, for the per-document lists, maps and sets made with map()
TOKEN_WORD, TOKEN_TAG, TOKEN_START, TOKEN_END = map(operator.itemgetter, range(4))
_new_token = partial(tuple.__new__, Token)     # Token(word, tag, start, end) without its Python __new__
POST_TAG = "n"                                 # jieba's tag of a post (市长, 县长)
PLACE_TAG = "ns"                               # jieba's tag of a place's name
NAME_TAG = "nr"                                # jieba's tag of a person's name
PREPOSITION_TAG = "p"                          # jieba's tag of a preposition (为, 于)
_FOR = "为"                                    # 任命某某为…: the post follows it
_ITEM_END, _MAX_ITEM = "；", 40
_FUNCTION_TAGS = frozenset({"r", "d", "c", "p"})   # pronouns, adverbs, conjunctions, prepositions (任何)                # an appointment's item ends in ；, within so many characters


@dataclass(frozen=True)
class HeadGlue:
    """Words added to the dictionary that open with the last character of a post (长阳, 长武, 长宁: the
    gazetteer's short names): after a level character jieba left alone (市 | 长阳 | 卫国, 副省 | 长武 |
    国定) that character is the post's (市长, 省长) and the rest opens a name (阳卫国, 武国定), when it
    opens with a surname. The tokens of the rest are jieba's again, the short name out of the way."""

    words: frozenset[str]       # the added words that open with the post's character
    levels: frozenset[str]      # the level characters the post is made of (市, 县, 省 …)
    surnames: frozenset[str]    # what the rest must open with to be a name
    # words of jieba's own that a post's last character and a surname make (局 | 长江 | 涛, 主 | 任何 | 明),
    # glued after the character alone that opens the post (局长, 主任) only where the rest reads as a
    # name: these words are far more often themselves (长江, 任何)
    common: frozenset[str] = frozenset()
    posts: frozenset[str] = frozenset()   # the posts of two characters those words complete
    # words of the person's act (出席, 主持, 调研): after the rest, they vouch for it as a name whatever
    # jieba tags its given name (副省 | 长安 | 立新[d] | 主持)
    acts: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppointedNames:
    """The frame of an appointment or an election (任命某某为某部副部长, 选举甲、乙为副主席; 决定任命：⏎某某为…；⏎…):
    the names between the verb (or a list's mark) and 为 are names whole, whatever jieba glued to them (张伟为 nr,
    赵志 | 勇为 v, 孙丽 | 华为 nr, 郑 ns | 海涛): the tokenizer gives each name one token tagged a name's and
    为 its own, so neither a body's stem nor a company takes them."""

    verbs: tuple[str, ...]          # 任命, 选举, 推选 … (appointment_verbs.txt, not 免去: 免去某某的…)
    surnames: frozenset[str]        # what a name opens with (one or two characters)
    common: frozenset[str]          # words that are no name though a surname opens them (结果, 同志)
    pattern: re.Pattern = field(init=False, repr=False, compare=False)
    _item: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        verbs = "|".join(sorted(map(re.escape, self.verbs), key=len, reverse=True))
        object.__setattr__(self, "pattern", re.compile(
            f"(?:{verbs})[：:\\s]*(?P<names>[\u4e00-\u9fff]{{2,4}}?(?:、[\u4e00-\u9fff]{{2,4}}?)*)为"))
        object.__setattr__(self, "_item", re.compile(
            "；\\s*(?P<names>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*)为"))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The names' spans, each before its 为 or its list's mark."""
        out: list[tuple[int, int]] = []
        for m in self.pattern.finditer(text):
            found = self._names(m)
            at = m.end()
            # (决定任命：某某为…；某某为…: the items after the first, each after its ；)
            while found:
                semicolon = text.find(_ITEM_END, at, at + _MAX_ITEM)
                item = self._item.match(text, semicolon) if semicolon >= 0 else None
                more = self._names(item) if item else []
                if not more:
                    break
                found += more
                at = item.end()
            out += found
        return out

    def _names(self, m: re.Match) -> list[tuple[int, int]]:
        names, at = m.group("names"), m.start("names")
        out = []
        for name in names.split("、"):
            if not (name[0] in self.surnames or name[:2] in self.surnames) or name in self.common:
                return []
            out.append((at, at + len(name)))
            at += len(name) + 1
        return out


def jieba_dictionary(words: set[str] | None = None) -> dict[str, tuple[int, str]]:
    """jieba's own dictionary as ``word -> (freq, tag)``, optionally only for ``words``."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    out: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and (words is None or parts[0] in words):
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


class Tokenizer:
    """Part-of-speech tokens with character offsets.

    >>> tok = Tokenizer({"乌兰布和嘎查": "ns"})
    >>> [(t.word, t.start, t.end) for t in tok("乌兰布和嘎查地处沙漠")][:2]
    [('乌兰布和嘎查', 0, 6), ('地处', 6, 8)]
    """

    def __init__(self, user_words: dict[str, str] | None = None, freq: int = 2000, glue: HeadGlue | None = None,
                 splits: dict[str, tuple[tuple[str, str], ...]] | None = None,
                 appointed: AppointedNames | None = None, standalone: dict[str, str] | None = None):
        try:
            import rjieba
        except ImportError as err:  # pragma: no cover - declared dependency
            raise ImportError("kg needs rjieba for tokenising: pip install rjieba") from None
        self._jieba = rjieba.Jieba()
        for word, tag in sorted((user_words or {}).items()):
            self._jieba.add_word(word, freq, tag)
        self._glue = glue
        # words jieba must not keep whole, with the words they are made of and their tags
        # (新疆阿勒泰地区: 新疆 | 阿勒泰地区, names of places; 现县: 现 | 县)
        self._splits = splits or {}
        self._appointed = appointed
        # 同志 | 任马 | 当镇: the character that stands alone after a word (standalone_after.tsv)
        self._standalone = standalone or {}

    def add_word(self, word: str, tag: str, freq: int = 2000) -> None:
        self._jieba.add_word(word, freq, tag)

    def __call__(self, text: str, hmm: bool = True) -> list[Token]:
        pairs = self._jieba.tag(text, hmm)
        if not pairs:
            return []
        # (the offsets by accumulate, the tuples made in C: every text of every article comes here)
        words, tags = zip(*pairs)
        ends = list(accumulate(map(len, words)))
        tokens = list(map(_new_token, zip(words, tags, [0, *ends[:-1]], ends)))
        if self._glue is not None and not (self._glue.words.isdisjoint(words)
                                           and self._glue.common.isdisjoint(words)):
            tokens = self._unglue(text, tokens, hmm)
        if not self._splits.keys().isdisjoint(words):
            tokens = self._split(tokens)
        if not self._standalone.keys().isdisjoint(words):
            tokens = self._stand_alone(text, tokens, hmm)
        if self._appointed is not None and self._appointed.pattern.search(text):
            tokens = self._cut_names(text, tokens, self._appointed.spans(text))
        return tokens

    def _stand_alone(self, text: str, tokens: list[Token], hmm: bool) -> list[Token]:
        """同志 | 任马 | 当镇 -> 同志 | 任 | 马当镇: the character after the word alone, the rest of its token and
        the token after read again."""
        out: list[Token] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            char = self._standalone.get(out[-1].word) if out else None
            if char is None or len(tok.word) < 2 or not tok.word.startswith(char):
                out.append(tok)
                i += 1
                continue
            at = tok.start + len(char)
            end = tokens[i + 1].end if i + 1 < n else tok.end
            out.append(_new_token((char, self._jieba.tag(char, hmm)[0][1], tok.start, at)))
            for word, tag in self._jieba.tag(text[at:end], hmm):
                out.append(_new_token((word, tag, at, at + len(word))))
                at += len(word)
            i += 2
        return out

    @staticmethod
    def _cut_names(text: str, tokens: list[Token], names: list[tuple[int, int]]) -> list[Token]:
        """Each name of ``names`` one token tagged a name's, the tokens it cut given apart (the parts outside the
        name with jieba's tag of the whole)."""
        out: list[Token] = []
        k = 0
        for a, b in names:
            while k < len(tokens) and tokens[k].end <= a:
                out.append(tokens[k])
                k += 1
            if k < len(tokens) and tokens[k].start < a:
                tok = tokens[k]
                out.append(_new_token((text[tok.start:a], tok.tag, tok.start, a)))
            out.append(_new_token((text[a:b], NAME_TAG, a, b)))
            while k < len(tokens) and tokens[k].end <= b:
                k += 1
            if k < len(tokens) and tokens[k].start < b:
                tok = tokens[k]
                rest = text[b:tok.end]
                # (孙丽 | 华为: the 为 after the name is the preposition's)
                out.append(_new_token((rest, PREPOSITION_TAG if rest == _FOR else tok.tag, b, tok.end)))
                if rest.startswith(_FOR) and len(rest) > 1:
                    out[-1:] = [_new_token((_FOR, PREPOSITION_TAG, b, b + 1)),
                                _new_token((rest[1:], tok.tag, b + 1, tok.end))]
                k += 1
        out += tokens[k:]
        return out

    def _split(self, tokens: list[Token]) -> list[Token]:
        out = []
        for tok in tokens:
            parts = self._splits.get(tok.word)
            if parts is None:
                out.append(tok)
                continue
            at = tok.start
            for part, tag in parts:
                out.append(_new_token((part, tag, at, at + len(part))))
                at += len(part)
        return out

    def _unglue(self, text: str, tokens: list[Token], hmm: bool) -> list[Token]:
        """市 | 长阳 | 卫国 -> 市长 | 阳 | 卫国 (:class:`HeadGlue`): the post made whole, the rest and the
        word after it tokenised again."""
        glue, n = self._glue, len(tokens)
        assert glue is not None
        out: list[Token] = []
        i = 0
        while i < n:
            tok = tokens[i]
            # (办主 | 任何[r] | 向东[nr]: the post's first character ends the word before, with a function word after
            # and a given name jieba tags a name: not 民主 | 任何 | 时候)
            inside = tok.word in glue.common and bool(out) and len(out[-1].word) >= 2 and tok.tag in _FUNCTION_TAGS \
                and out[-1].word[-1] + tok.word[:1] in glue.posts
            # (外交部 | 长沙[ns] | 伦赛 | 会见: the body's name ends in the post's first character, a place word after it)
            body_end = tok.word in glue.common and bool(out) and len(out[-1].word) >= 2 and tok.tag.startswith("ns") \
                and out[-1].word[-1] + tok.word[:1] in glue.posts
            if out and i + 1 < n and len(tok.word) >= 2 and tok.word[1] in glue.surnames and (
                    (tok.word in glue.words and (out[-1].word in glue.levels or out[-1].word + tok.word[0] in glue.posts))
                    or (tok.word in glue.common and (out[-1].word + tok.word[0] in glue.posts or inside or body_end))):
                at, end = tok.start + 1, tokens[i + 1].end
                rest = self._jieba.tag(text[at:end], hmm)
                given = len(rest[0][0]) == 1 and len(rest) > 1 and 1 <= len(rest[1][0]) <= 2 \
                    and all(map(is_han_char, rest[1][0]))
                # (主 | 任何[r] | 剑锋: a function word no name's part, the surname alone and a given name after it
                # read as a name too; 县 | 长安[ns] | 建国[ns]: so a place word after a level character alone, with a
                # given name jieba tags a name or a place)
                # (局 | 长沙[ns] | 永安[ns]: so after the first character of a post of any body's, and 副省 | 长安 |
                # 立新[d] | 主持: a given name of any tag where the person's act follows it)
                if tok.word in glue.common and not (rest[0][1].startswith("nr") and len(rest[0][0]) >= 2) \
                        and not (tok.tag in _FUNCTION_TAGS and given and (not inside or rest[1][1].startswith("nr"))) \
                        and not (tok.tag.startswith("ns") and given
                                 and (out[-1].word in glue.levels or out[-1].word[-1] + tok.word[0] in glue.posts)
                                 and (rest[1][1].startswith(("nr", "ns", "nz")) or text.startswith(glue.acts, end))):
                    out.append(tok)
                    i += 1
                    continue
                level = out.pop()
                if (inside or body_end) and level.word + tok.word[0] not in glue.posts:
                    out.append(_new_token((level.word[:-1], level.tag, level.start, level.end - 1)))
                    level = _new_token((level.word[-1], level.tag, level.end - 1, level.end))
                out.append(_new_token((level.word + tok.word[0], POST_TAG, level.start, tok.start + 1)))
                for word, tag in rest:
                    out.append(_new_token((word, tag, at, at + len(word))))
                    at += len(word)
                i += 2
                continue
            out.append(tok)
            i += 1
        return out

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self._jieba.cut(text, hmm)
