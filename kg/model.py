"""The small, frozen records that flow from one stage to the next.

read -> clean -> sentences -> mentions -> entities -> relations/events -> graph.
Offsets are always character offsets into ``Article.text`` (the cleaned text),
end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import overload

__all__ = ["Article", "Sentence", "Mention", "Entity", "Fact", "Evidence"]


@dataclass(frozen=True)
class Article:
    """A cleaned news article.

    ``text`` is the cleaned surface text (paragraphs separated by ``\\n``);
    ``match_text`` has the same length, with Traditional characters turned into
    Simplified and half-width punctuation into full-width, so rules match one form
    while offsets stay valid for both.
    """

    id: str
    text: str
    match_text: str
    title: str = ""
    number: str | None = None
    date: str | None = None          # ISO date when known
    source: str = ""                 # file path or URL
    url: str | None = None
    publisher: str | None = None
    year: int | None = None          # publication year, when only the year is known

    @property
    def reference_year(self) -> int | None:
        """The year dates without one are read in: the article's date, else its year."""
        return int(self.date[:4]) if self.date else self.year


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``article.text[start:end] == text``; ``paragraph`` counts from 0."""

    article_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Mention:
    """A span of an article that names something.

    ``label`` is the ontology class; ``key`` is the canonical identity the
    resolver agreed on (adcode or canonical label), ``canonical`` its label.
    """

    article_id: str
    start: int
    end: int
    text: str
    label: str
    canonical: str
    key: str
    sentence: int = -1
    attrs: tuple[tuple[str, str], ...] = ()
    # which rule or component proposed this span (``orgs.suffix``) and how sure it is;
    # the resolution policy may weigh the score, ``kg eval --by source`` scores the rule
    source: str = ""
    score: float = 1.0

    @overload
    def attr(self, name: str) -> str | None: ...
    @overload
    def attr(self, name: str, default: str) -> str: ...
    @overload
    def attr(self, name: str, default: None) -> str | None: ...

    def attr(self, name: str, default: str | None = None) -> str | None:
        found = default
        for key, value in self.attrs:      # (a few pairs: a scan is cheaper than a dict; the last wins)
            if key == name:
                found = value
        return found

    def with_source(self, source: str) -> "Mention":
        """This mention stamped with the rule that found it. Every candidate of every article
        goes through it: a copy of the fields with ``source`` set, made without the frozen
        ``__init__``'s eleven guarded assignments (a third of the time; equal and hashed the same)."""
        new = object.__new__(Mention)
        fields = new.__dict__
        fields.update(self.__dict__)
        fields["source"] = source
        return new


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and, inside it, the span."""

    article_id: str
    sentence_start: int
    sentence_end: int
    sentence: str
    start: int | None = None
    end: int | None = None
    source: str = ""                 # the rule or component that read it there
    score: float | None = None

    def as_dict(self) -> dict:
        d = {"article": self.article_id, "sentence": self.sentence,
             "sentence_start": self.sentence_start, "sentence_end": self.sentence_end}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        if self.source:
            d["source"] = self.source
        if self.score is not None:
            d["score"] = self.score
        return d


@dataclass
class Entity:
    """One node: an entity of an article, merged across articles by ``id``."""

    id: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, object] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Fact:
    """A typed edge ``head -relation-> tail`` with its evidence."""

    head: str
    relation: str
    tail: str
    evidence: Evidence | None = None
    attrs: tuple[tuple[str, object], ...] = ()
    source: str = ""                 # the rule that read it (``relations.post``)
    score: float = 1.0
