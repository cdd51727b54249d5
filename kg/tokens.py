"""jieba tokenisation with offsets, on a tokenizer instance of our own.

rjieba (jieba-rs) runs jieba's dictionary and algorithm about a hundred times
faster than ``jieba.posseg``; each :class:`Tokenizer` owns its own ``rjieba.Jieba``
so the words we add (gazetteer names, lexicons) never leak into the global
jieba another library in the same process may be using.
"""
from __future__ import annotations

import operator
from functools import partial
from itertools import accumulate
from typing import NamedTuple
from pathlib import Path

__all__ = ["Token", "Tokenizer", "jieba_dictionary", "TOKEN_WORD", "TOKEN_TAG", "TOKEN_START", "TOKEN_END"]


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

    def __init__(self, user_words: dict[str, str] | None = None, freq: int = 2000):
        try:
            import rjieba
        except ImportError as err:  # pragma: no cover - declared dependency
            raise ImportError("kg needs rjieba for tokenising: pip install rjieba") from None
        self._jieba = rjieba.Jieba()
        for word in sorted(user_words or {}):
            self._jieba.add_word(word, freq, user_words[word])

    def add_word(self, word: str, tag: str, freq: int = 2000) -> None:
        self._jieba.add_word(word, freq, tag)

    def __call__(self, text: str, hmm: bool = True) -> list[Token]:
        pairs = self._jieba.tag(text, hmm)
        if not pairs:
            return []
        # (the offsets by accumulate, the tuples made in C: every text of every article comes here)
        words, tags = zip(*pairs)
        ends = list(accumulate(map(len, words)))
        return list(map(_new_token, zip(words, tags, [0, *ends[:-1]], ends)))

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self._jieba.cut(text, hmm)
