"""How much of one input is read, so that memory stays bounded whatever the input.

- An article longer than :data:`MAX_ARTICLE_CHARS` characters is split at paragraph
  boundaries (a paragraph longer than that at its last sentence end inside the limit)
  into parts ``<id>~1``, ``<id>~2`` …, each extracted as an article of its own.
- At most :data:`MAX_PARTS` parts of one article are kept (:data:`MAX_FILE_CHARS`
  characters); what follows is skipped with a reason naming how much.
- Of one file at most :data:`MAX_READ_BYTES` bytes are read (enough for that many
  characters in any encoding); a JSONL corpus is read line by line, and a line longer
  than that is skipped with a reason, unread.

Extraction time grows faster than linearly with an article's length (coreference looks
back over the article), so a long government work report (some 30,000 characters) is
read in two parts, and no part takes more than a few seconds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .errors import ReadError
from .model import Article

__all__ = ["MAX_ARTICLE_CHARS", "MAX_PARTS", "MAX_FILE_CHARS", "MAX_READ_BYTES", "split_article",
           "bounded_articles"]

MAX_ARTICLE_CHARS = 20_000
MAX_PARTS = 10
MAX_FILE_CHARS = MAX_ARTICLE_CHARS * MAX_PARTS
MAX_READ_BYTES = MAX_FILE_CHARS * 4      # UTF-8 takes at most 4 bytes a character
_SENTENCE_END = re.compile(r"[。！？!?；;…]")


def _cut(text: str, limit: int) -> int:
    """Where to end a part of ``text`` of at most ``limit`` characters: after the last
    paragraph break, else after the last sentence end, else at the limit."""
    if len(text) <= limit:
        return len(text)
    head = text[:limit]
    nl = head.rfind("\n")
    if nl > 0:
        return nl + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    return ends[-1] if ends else limit


def split_article(article: Article, limit: int = MAX_ARTICLE_CHARS,
                  max_parts: int = MAX_PARTS) -> Iterator[Article | ReadError]:
    """``article`` itself, or its parts of at most ``limit`` characters (and a ReadError
    for what is beyond ``max_parts`` of them).

    >>> from kg.read import article_from_text
    >>> a = article_from_text("a", ["北京市召开会议。" * 3, "山西省召开会议。"])
    >>> [(p.id, len(p.text)) for p in split_article(a, limit=30)]
    [('a~1', 24), ('a~2', 8)]
    """
    text = article.text
    if len(text) <= limit:
        yield article
        return
    start = 0
    for n in range(1, max_parts + 1):
        end = start + _cut(text[start:start + limit + 1], limit)
        part, match = text[start:end].strip("\n"), article.match_text[start:end].strip("\n")
        if part:
            yield replace(article, id=f"{article.id}~{n}", text=part, match_text=match)
        start = end
        if start >= len(text):
            return
    yield ReadError(article.source or article.id,
                    f"article {article.id!r}: {len(text) - start:,} characters after the first {start:,} not read "
                    f"(an article is read in at most {max_parts} parts of {limit:,} characters)")


def bounded_articles(items: Iterable[Article | ReadError]) -> Iterator[Article | ReadError]:
    """Every article of ``items`` split by :func:`split_article`; read errors as they are."""
    for item in items:
        if isinstance(item, ReadError):
            yield item
        else:
            yield from split_article(item)
