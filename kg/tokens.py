"""jieba tokenisation with offsets, on a tokenizer instance of our own.

rjieba (jieba-rs) runs jieba's dictionary and algorithm about a hundred times
faster than ``jieba.posseg``; each :class:`Tokenizer` owns its own ``rjieba.Jieba``
so the words we add (gazetteer names, lexicons) never leak into the global
jieba another library in the same process may be using.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import NamedTuple
from pathlib import Path

__all__ = ["Token", "Tokenizer", "HeadGlue", "jieba_dictionary", "TOKEN_WORD", "TOKEN_TAG", "TOKEN_START", "TOKEN_END"]


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
                 splits: dict[str, tuple[tuple[str, str], ...]] | None = None):
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
        return tokens

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
            if out and i + 1 < n and len(tok.word) >= 2 and tok.word[1] in glue.surnames and (
                    (tok.word in glue.words and out[-1].word in glue.levels)
                    or (tok.word in glue.common and out[-1].word + tok.word[0] in glue.posts)):
                at, end = tok.start + 1, tokens[i + 1].end
                rest = self._jieba.tag(text[at:end], hmm)
                if tok.word in glue.common and not (rest[0][1].startswith("nr") and len(rest[0][0]) >= 2):
                    out.append(tok)
                    i += 1
                    continue
                level = out.pop()
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
