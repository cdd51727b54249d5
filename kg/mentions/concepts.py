"""Concepts (doctrines, values, slogans) and topics (issues of public concern).

Concepts: the doctrinal vocabulary in ``concepts.tsv`` wherever it stands as whole
words, and names built on a person's or place's name with a doctrinal ending
(习近平新时代中国特色社会主义思想, 焦裕禄精神); the gist of a speech or a meeting
(重要讲话精神, 会议精神) is not one. Quoted slogans with a doctrinal head (“两山”理念)
are read by :mod:`kg.mentions.initiatives`.

Topics: specific policy fields (食品安全, 乡村旅游, 营商环境) wherever they stand;
broad words (就业, 教育, 医疗) only as items of a list of concerns (着眼解决就业、
物价……等群众关注的问题); a product or sector word before 产业 (茶产业).
"""
from __future__ import annotations

import re

from ..model import Mention
from ..resources import Resources
from . import Doc
from .termtools import TokenIndex, has_cjk, is_nounish_tag, is_proper_tag, split_items

__all__ = ["ConceptRecognizer", "TopicRecognizer"]

MAX_DOCTRINE_STEM = 16   # characters from a leader's name to 思想/理论
_X = r"(?P<x>[^，。；：！？\n]{2,60}?)"


def _word_matches(doc: Doc, index: TokenIndex, pattern: re.Pattern) -> list[tuple[int, int, str]]:
    """Matches of ``pattern`` that start and end on word boundaries."""
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(doc.text)
            if index.is_word_span(m.start(), m.end())]


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


class ConceptRecognizer:
    """Finds ``Concept`` mentions.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["大力弘扬焦裕禄精神，践行社会主义核心价值观，学习会议精神。"]))
    >>> sorted(m.canonical for m in ConceptRecognizer(ex.resources)(doc))
    ['焦裕禄精神', '社会主义核心价值观']
    """

    def __init__(self, resources: Resources):
        self.res = resources
        lex = resources.lexicon.terms
        self.lex = lex
        self._names = _alternation(lex.concepts)
        self._suffixes = _alternation(lex.concept_suffixes)
        self.names = frozenset(lex.concepts)

    def __call__(self, doc: Doc) -> list[Mention]:
        index = TokenIndex.of(doc)
        out = [doc.mention(a, b, "Concept", w) for a, b, w in _word_matches(doc, index, self._names)]
        for m in self._suffixes.finditer(doc.text):
            a, b = m.start(), m.end()
            if b not in index.by_end:
                continue
            if a not in index.by_start:
                # jieba's own word for a spirit (延安精神, 雷锋精神): a name and the ending
                tok = index.tokens[index.by_end[b]]
                name = tok.word[:-len(m.group())]
                if m.group() == "精神" and len(name) >= 2 and tok.start == a - len(name) \
                        and is_proper_tag(self.res.jieba_words.get(name, (0, ""))[1]):
                    out.append(doc.mention(tok.start, b, "Concept", tok.word))
                continue
            nxt = index.by_start.get(b)
            if nxt is not None and index.tokens[nxt].tag.startswith("n") and not index.tokens[nxt].tag.startswith("nr"):
                continue          # 思想|政治教育: the ending is inside a longer noun
            start = self._stem_start(doc, index, a, m.group())
            if start is not None:
                out.append(doc.mention(start, b, "Concept", doc.text[start:b]))
        return out

    def _stem_start(self, doc: Doc, index: TokenIndex, a: int, suffix: str) -> int | None:
        i = index.by_start[a] - 1
        if i < 0:
            return None
        nearest = index.tokens[i]
        if doc.text[:a].endswith(self.lex.concept_stem_rejects):
            return None           # 重要讲话精神, 会议精神
        if suffix == "精神":
            # 焦裕禄精神, 延安精神: one name word
            if is_proper_tag(nearest.tag) and len(nearest.word) >= 2 and not nearest.tag.startswith("nt"):
                return nearest.start
            return None
        # 思想, 理论: from a leader's name through nouns (习近平新时代中国特色社会主义思想)
        start, size = None, 0
        while i >= 0:
            t = index.tokens[i]
            if not (is_nounish_tag(t.tag) or is_proper_tag(t.tag) or t.tag.startswith("a")) or not has_cjk(t.word):
                break
            size += len(t.word)
            if size > MAX_DOCTRINE_STEM:
                break
            if t.tag.startswith("nr") and len(t.word) >= 2:
                start = t.start
            i -= 1
        if start is None and doc.text[nearest.start:a] in self.names:
            start = nearest.start
        return start


class TopicRecognizer:
    """Finds ``Topic`` mentions.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["着眼解决就业、医疗等群众关注的问题，加强党员教育，保障食品安全。"]))
    >>> sorted(m.canonical for m in TopicRecognizer(ex.resources)(doc))
    ['医疗', '就业', '食品安全']
    """

    def __init__(self, resources: Resources):
        self.res = resources
        lex = resources.lexicon.terms
        self.lex = lex
        self.topics = lex.topics
        self._anywhere = _alternation([t for t, scope in lex.topics.items() if scope == "any"])
        self.cues = [re.compile(c.replace("{X}", _X)) for c in lex.topic_cues]
        self._suffixes = _alternation(lex.topic_suffixes)

    def __call__(self, doc: Doc) -> list[Mention]:
        index = TokenIndex.of(doc)
        text = doc.text
        out = [doc.mention(a, b, "Topic", w) for a, b, w in _word_matches(doc, index, self._anywhere)]
        for cue in self.cues:
            for m in cue.finditer(text):
                for a, b in split_items(text, m.start("x"), m.end("x"), index):
                    a, b = self._trim_to_topic(text, a, b)
                    if a is not None and index.is_word_span(a, b):
                        out.append(doc.mention(a, b, "Topic", text[a:b]))
        for m in self._suffixes.finditer(text):
            a, b = m.start(), m.end()
            if a not in index.by_start or b not in index.by_end or a == 0:
                continue
            stem = index.tokens[index.by_start[a] - 1]
            if not (1 <= len(stem.word) <= 3 and has_cjk(stem.word) and stem.tag.startswith("n")
                    and not is_proper_tag(stem.tag)) or stem.word in self.lex.topic_stem_rejects:
                continue
            out.append(doc.mention(stem.start, b, "Topic", text[stem.start:b]))
        return sorted(set(out), key=lambda m: (m.start, m.end))   # two cues may read one list

    def _trim_to_topic(self, text: str, a: int, b: int) -> tuple[int | None, int]:
        """The topic a list item names: the item itself, or a topic it ends in
        (不断解决就业 -> 就业)."""
        item = text[a:b]
        if item in self.topics:
            return a, b
        for t in sorted(self.topics, key=len, reverse=True):
            if item.endswith(t) and len(item) - len(t) <= 4:
                return b - len(t), b
        return None, b
