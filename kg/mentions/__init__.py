"""Mention recognisers: each finds spans of one kind in an article.

A recogniser is a callable ``(doc: Doc) -> list[Mention]``; :func:`select_spans`
resolves overlaps between all of them (longest first, then leftmost, then the
recogniser's priority).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Callable, TypeVar

from ..model import Article, Mention, Sentence
from ..tokens import TOKEN_END, TOKEN_START, Token

__all__ = ["Doc", "SPAN", "select_spans", "select_by_score", "POLICIES", "policy", "WORD_CACHE", "word_memo"]

T = TypeVar("T")
SPAN = attrgetter("start", "end")       # a mention's place in the text: the key of text order
WORD_CACHE = 1 << 16     # answers remembered per recogniser's check of a word (a word alone: no article state)


class _WordMemo(dict):
    """Answers of one check of a word alone, remembered; emptied when it holds ``WORD_CACHE``
    (so an archive's vocabulary does not grow it without end)."""

    __slots__ = ("check",)

    def __init__(self, check):
        super().__init__()
        self.check = check

    def __missing__(self, word):
        if len(self) >= WORD_CACHE:
            self.clear()
        answer = self[word] = self.check(word)
        return answer


def word_memo(check: Callable[[str], T]) -> Callable[[str], T]:
    """``check`` of one word, remembered. A remembered answer is one dictionary look-up made in C
    (``functools.lru_cache`` keeps its order of use at every call: three times as long, and these
    checks run at every token of every recogniser)."""
    return _WordMemo(check).__getitem__


@dataclass
class Doc:
    """An article with its sentences and tokens, as the recognisers see it."""

    article: Article
    sentences: list[Sentence]
    tokens: list[Token]
    token_starts: set[int] = field(default_factory=set)
    token_ends: set[int] = field(default_factory=set)
    # per-document results one recogniser shares with another (the places an organisation
    # name starts with), so that nothing is computed twice; keyed by the producer's name
    memo: dict[str, object] = field(default_factory=dict)
    # the divisions the article says it comes from (dateline, paper, web address): kg.mentions.home
    home: list = field(default_factory=list)
    # the matching view (Simplified, full-width punctuation): the article's, held as a plain
    # attribute because every recogniser reads it at every word
    text: str = field(init=False, default="")

    def __post_init__(self):
        self.token_starts = set(map(TOKEN_START, self.tokens))     # (C loops: every document makes them)
        self.token_ends = set(map(TOKEN_END, self.tokens))
        self.text = self.article.match_text

    def mention(self, start: int, end: int, label: str, canonical: str, key: str | None = None,
                attrs: tuple[tuple[str, str], ...] = (), source: str = "", score: float = 1.0) -> Mention:
        """A mention of ``[start, end)``: the surface form is the article's own text (kept
        as an alias), ``canonical`` comes from the matching view (Simplified)."""
        s = self.sentence_at(start)
        return Mention(self.article.id, start, end, self.article.text[start:end], label, canonical,
                       key or f"{label}/{canonical}", s.index if s else -1, attrs, source, score)

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def select_spans(mentions: list[Mention], priority: dict[str, int] | None = None) -> list[Mention]:
    """Keep a non-overlapping subset: longest first, then leftmost, then by class priority.

    >>> from kg.model import Mention
    >>> a = Mention("x", 0, 3, "北京市", "Province", "北京市", "adm/110000")
    >>> b = Mention("x", 0, 6, "北京市政府", "GovernmentBody", "北京市政府", "GovernmentBody/北京市政府")
    >>> [m.text for m in select_spans([a, b])]
    ['北京市政府']
    """
    priority = priority or {}
    # a tie left after these goes to the earlier candidate: the component listed first
    return _take(sorted(mentions, key=lambda m: (-(m.end - m.start), m.start, -priority.get(m.label, 0), m.key)))


def select_by_score(mentions: list[Mention], priority: dict[str, int] | None = None) -> list[Mention]:
    """Keep a non-overlapping subset: the surest first (``score``), then as :func:`select_spans`.

    >>> from kg.model import Mention
    >>> a = Mention("x", 0, 3, "北京市", "Province", "北京市", "adm/110000", score=0.9)
    >>> b = Mention("x", 0, 6, "北京市政府", "GovernmentBody", "北京市政府", "g", score=0.4)
    >>> [m.text for m in select_by_score([a, b])]
    ['北京市']
    """
    priority = priority or {}
    return _take(sorted(mentions, key=lambda m: (-m.score, -(m.end - m.start), m.start,
                                                 -priority.get(m.label, 0), m.key, m.source)))


def _take(order: list[Mention]) -> list[Mention]:
    """The mentions of ``order`` that overlap none taken before them, in text order."""
    taken: list[Mention] = []
    used = bytearray(max((m.end for m in order), default=0))
    for m in order:
        if used.find(1, m.start, m.end) >= 0:      # (a search in C, no slice made)
            continue
        used[m.start:m.end] = b"\x01" * (m.end - m.start)
        taken.append(m)
    return sorted(taken, key=SPAN)


# overlap resolution by name: versioned, so a build says which choices it made
POLICIES = {"longest_first.v1": select_spans, "score_first.v1": select_by_score}


def policy(name: str):
    from ..errors import KGError

    try:
        return POLICIES[name]
    except KeyError:
        raise KGError(f"no overlap policy named {name!r} (known: {', '.join(sorted(POLICIES))})") from None
