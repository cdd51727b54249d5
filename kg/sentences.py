"""Sentence splitting with character offsets.

Splits on Chinese and ASCII sentence punctuation and on paragraph breaks;
closing quotes and brackets stay with the sentence they close.
"""
from __future__ import annotations

import re

from .model import Article, Sentence

__all__ = ["split_sentences"]

# a sentence ends after 。！？!? or …… (or ASCII '.' not inside a number),
# followed by any closing quotes/brackets
_END = re.compile(r"(?:[。！？!?]+|……|…|\.(?!\d))[”’」』）)\"']*")


def split_sentences(article: Article) -> list[Sentence]:
    """Split ``article`` into sentences whose offsets slice back to their text.

    >>> from kg.model import Article
    >>> a = Article("a", "他说：“好。”然后走了。\\n第二段", "")
    >>> [(s.start, s.end, s.text) for s in split_sentences(a)]
    [(0, 7, '他说：“好。”'), (7, 12, '然后走了。'), (13, 16, '第二段')]
    """
    text = article.match_text or article.text
    out: list[Sentence] = []
    pos = 0
    for para_index, para in enumerate(text.split("\n")):
        start = pos
        pos += len(para) + 1
        cut = 0
        bounds = [m.end() for m in _END.finditer(para)]
        if not bounds or bounds[-1] != len(para):
            bounds.append(len(para))
        for b in bounds:
            s, e = cut, b
            cut = b
            # trim spaces so offsets cover text only
            while s < e and para[s] == " ":
                s += 1
            while e > s and para[e - 1] == " ":
                e -= 1
            if e > s:
                a, z = start + s, start + e
                out.append(Sentence(article.id, len(out), a, z, article.text[a:z], para_index))
    return out
