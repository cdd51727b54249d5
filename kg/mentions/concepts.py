"""Concepts (doctrines, values, slogans) and topics (issues of public concern).

Concepts: the doctrinal vocabulary in ``concepts.tsv`` wherever it stands as whole
words, and names built on a person's or place's name with a doctrinal ending
(习近平新时代中国特色社会主义思想, 焦裕禄精神); the gist of a speech or a meeting
(重要讲话精神, 会议精神) is not one. Quoted slogans with a doctrinal head (“两山”理念)
are read by :mod:`kg.mentions.initiatives`.

Topics: specific policy fields (食品安全, 乡村旅游, 营商环境) wherever they stand;
broad words (就业, 教育, 医疗) only as items of a list of concerns (着眼解决就业、
物价……等群众关注的问题); a product or sector word before 产业 (茶产业); and every
item of a list of fields a leader inspects or a meeting deploys (调研城市规划、产业发展、
养老服务等工作), judged by its shape (rule ``topics.work_items``, a lower score: the
frame, not a lexicon, says what the items are).
"""
from __future__ import annotations

import re

from ..model import Mention
from ..resources import Resources
from . import Doc
from ..clean import is_han
from ..lexicon import read_list
from .termtools import TokenIndex, alternation, any_of, has_cjk, is_nounish_tag, is_proper_tag, split_items

__all__ = ["ConceptRecognizer", "TopicRecognizer"]

MAX_DOCTRINE_STEM = 16   # characters from a leader's name to 思想/理论
WORK_ITEM_CHARS = (2, 10)  # a field of work named in a list: 安全生产 … 巩固拓展脱贫攻坚成果
# prior of a topic read off a list frame rather than the topic table. On the real dev set the rule's
# precision is under 50% (kg eval --by source): most of its "losses" are fields of work the gold files
# do not list (产业转型, 民生保障), not wrong readings; it stays for its recall, at a lower score,
# so a score-aware policy or a user filtering by confidence can drop it.
WORK_ITEM_SCORE = 0.6
# 特色产业发展 -> 特色产业: "development of" a sector names the sector
_DEVELOPMENT = "发展"
_LIST_JOINTS = frozenset("、和及与")   # a topic between these stands in a list of fields
_WORK = "工作"                       # 抓好某某工作: a field of work
_SECTOR_ENDS = ("产业", "经济", "事业", "业")
_LEADS = ("当地", "本地", "全市", "全县", "全区", "全省", "全镇", "各地", "双方")
_X = r"(?P<x>[^，。；：！？\n]{2,60}?)"
# the spirit of a Party congress or plenum (党的二十大精神, 党的十八届三中全会精神) is doctrine
# to study, unlike the gist of an ordinary meeting (会议精神)
_CONGRESS = re.compile(r"(?:党的|中共)[十一二三四五六七八九]{1,3}(?:大|届[一二三四五六七八九十]{1,2}中全会)精神")
# a Party congress named by itself (党的十七大以来, 党的二十大报告) is the meeting. `kg eval
# --by source` counts these as events the gold files do not list (they list the congress
# as an entity, 4 of 4 found): under 50% "event" precision, kept for the entity it names
_CONGRESS_MEETING = re.compile(r"(党的|中共)[十一二三四五六七八九]{1,3}大(?!精神|代表)")


def _word_matches(doc: Doc, index: TokenIndex, pattern: re.Pattern) -> list[tuple[int, int, str]]:
    """Matches of ``pattern`` that start and end on word boundaries."""
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(doc.text)
            if index.is_word_span(m.start(), m.end())]


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
        self._names = alternation(lex.concepts)
        self._suffixes = alternation(lex.concept_suffixes)
        self.names = frozenset(lex.concepts)
        self._gate = any_of(self._names, self._suffixes, _CONGRESS, _CONGRESS_MEETING)   # where any concept starts

    def __call__(self, doc: Doc) -> list[Mention]:
        if not self._gate(doc.text):
            return []
        index = TokenIndex.of(doc)
        out = [doc.mention(a, b, "Concept", w) for a, b, w in _word_matches(doc, index, self._names)]
        out += [doc.mention(m.start(), m.end(), "Concept", m.group(), source="concepts.congress")
                for m in _CONGRESS.finditer(doc.text)]
        # the congress's own name starts after 党的 (十七大), with 中共 (中共十七大)
        # (one node for 中共十七大 and 党的十七大)
        out += [doc.mention(m.start(), m.end(), "Meeting", "党的" + m.group()[2:], source="concepts.congress_meeting",
                            attrs=(("congress", m.group()[2:] if m.group(1) == "党的" else m.group()),))
                for m in _CONGRESS_MEETING.finditer(doc.text)]
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
            if nxt is not None and index.tokens[nxt].tag.startswith(("a", "z")):
                continue          # 某某精神 | 矍铄, 精神 | 饱满: a person's vigour described, no doctrine
            if doc.text.startswith(_STUDY, b):
                continue          # 某市委理论 | 学习中心组: theory study, no doctrine of the body's
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


_STUDY = "学习"     # after 理论 or 思想: the study of it (理论学习中心组, 思想学习), no doctrine named

# prepositions jieba's model glues to the one character after them (以竹 | 产业 | 为)
_GLUED_PREPOSITIONS = frozenset("以把对为在从向将被由")


class TopicRecognizer:
    """Finds ``Topic`` mentions.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["着眼解决就业、医疗等群众关注的问题，抓好食品安全工作，加强生态环境保护。"]))
    >>> sorted(m.canonical for m in TopicRecognizer(ex.resources)(doc))
    ['医疗', '就业', '食品安全']
    """

    def __init__(self, resources: Resources):
        self.res = resources
        # (a township's or village's name in a list of fields of work is a place's: 递铺街道、孝丰镇段河道)
        self._place_suffixes = tuple(sorted(resources.lexicon.place_suffixes, key=len, reverse=True))
        lex = resources.lexicon.terms
        self.lex = lex
        self.topics = lex.topics
        # (调研我县河长制工作: a word for the article's place, 我县 as 全县, opens no field of work)
        self._leads = frozenset(_LEADS) | frozenset(lex.anaphors)
        self._topics_longest_first = sorted(self.topics, key=len, reverse=True)
        self._anywhere = alternation([t for t, scope in lex.topics.items() if scope == "any"])
        self.cues = [re.compile(c.replace("{X}", _X)) for c in lex.topic_cues]
        frames = read_list("topic_work_frames.tsv")
        self.work_frames = [re.compile(c.replace("{X}", _X)) for c in frames]
        # a frame that opens with the item ({X}等关心的问题) is tried at every character: what
        # follows the item is looked for first, and the frame is not tried where it is absent
        self._frame_guards = [re.compile(c[len("{X}"):]) if c.startswith("{X}") else None for c in frames]
        self._suffixes = alternation(lex.topic_suffixes)
        # where any topic starts: a topic of the table, a cue, an ending, a frame (by what must follow its item)
        self._gate = any_of(self._anywhere, self._suffixes, *self.cues,
                            *(g or f for g, f in zip(self._frame_guards, self.work_frames)))

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        if not self._gate(text):
            return []
        index = TokenIndex.of(doc)
        anywhere = _word_matches(doc, index, self._anywhere)
        out = [doc.mention(a, b, "Topic", w) for a, b, w in anywhere if self._dwelt_on(text, a, b, w)]
        for cue in self.cues:
            for m in cue.finditer(text):
                for a, b in split_items(text, m.start("x"), m.end("x"), index):
                    first, b = self._trim_to_topic(text, a, b)
                    if first is not None and index.is_word_span(first, b):
                        out.append(doc.mention(first, b, "Topic", text[first:b]))
        for m in self._suffixes.finditer(text):
            a, b = m.start(), m.end()
            if a not in index.by_start or b not in index.by_end or a == 0:
                continue
            k = index.by_start[a] - 1
            stem = index.tokens[k]
            if not (1 <= len(stem.word) <= 3 and has_cjk(stem.word) and stem.tag.startswith("n")
                    and not is_proper_tag(stem.tag)) or stem.word in self.lex.topic_stem_rejects:
                continue
            if len(stem.word) == 1 and k and index.tokens[k - 1].tag.startswith("n") and is_han(index.tokens[k - 1].word):
                continue      # 螺蛳 | 粉 | 产业: one character of a compound jieba cut (茶 | 产业 after a verb is one)
            start = stem.start
            if len(stem.word) == 2 and stem.word[0] in _GLUED_PREPOSITIONS and stem.word not in self.res.jieba_words:
                start += 1    # 坚持 | 以竹 | 产业 | 为: jieba's model glued the preposition to the stem
            out.append(doc.mention(start, b, "Topic", text[start:b]))
        out += self._work_items(doc, index)
        # two cues may read one list; of two readings of one span the surer first, then by rule name,
        # so the order does not depend on the set (hash order differs between processes)
        return sorted(set(out), key=lambda m: (m.start, m.end, -m.score, m.source, m.label, m.key))

    @staticmethod
    def _dwelt_on(text: str, a: int, b: int, topic: str) -> bool:
        """Is a topic of the table a subject of the article here, not a phrase in passing? Named
        twice, or as an item of a list of fields (、, 和), or as a field of work (……工作). Once
        in running prose (加强某某治理，为……; 激发中小企业发展活力) it is no topic of the article."""
        if text.count(topic) >= 2:
            return True
        if text[a - 1:a] in _LIST_JOINTS or text[b:b + 1] in _LIST_JOINTS:
            return True
        return text.startswith(_WORK, b) or text.startswith(_WORK, b + 1) and text[b] in "”’"

    def _work_items(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """Items of a list of fields of work (调研……、……等工作): topics by their shape."""
        text, out = doc.text, []
        for frame, guard in zip(self.work_frames, self._frame_guards):
            if guard is not None and not guard.search(text):
                continue
            for m in frame.finditer(text):
                for a, b in split_items(text, m.start("x"), m.end("x"), index):
                    first, b = self._work_item(text, index, a, b)
                    if first is not None:
                        source = "topics" if text[first:b] in self.topics else "topics.work_items"
                        out.append(doc.mention(first, b, "Topic", text[first:b], source=source,
                                               score=1.0 if source == "topics" else WORK_ITEM_SCORE))
        return out

    def _work_item(self, text: str, index: TokenIndex, a: int, b: int) -> tuple[int | None, int]:
        """The span of a list item that names a field of work, or (None, b)."""
        while a < b and text[a] in "“‘《（(":
            a += 1
        while b > a and text[b - 1] in "”’》）)":
            b -= 1
        item = text[a:b]
        stem = item[:-len(_DEVELOPMENT)]
        if item.endswith(_DEVELOPMENT) and len(stem) >= 3 and (stem.endswith(_SECTOR_ENDS) or stem in self.topics):
            b -= len(_DEVELOPMENT)
            item = text[a:b]
        lo, hi = WORK_ITEM_CHARS
        if not (lo <= len(item) <= hi) or not all("\u4e00" <= c <= "\u9fff" for c in item):
            return None, b
        if not index.is_word_span(a, b) and not (a in index.by_start and index.at(b - 1) is not None):
            return None, b
        toks = index.between(a, b)
        # 双方就水利建设, 当地公路建设: what stands before a preposition, adverb or pronoun is not the field
        cut = max((i + 1 for i, t in enumerate(toks) if t.tag.startswith(("r", "p", "d")) or t.word in self._leads),
                  default=0)
        if cut:
            toks = toks[cut:]
            if not toks:
                return None, b
            a = toks[0].start
            item = text[a:b]
            if len(item) < lo:
                return None, b
        if not toks or any(is_proper_tag(t.tag) or t.tag.startswith(("m", "q", "u", "c")) for t in toks):
            return None, b            # a name, a number or a particle: not a field of work
        if item.endswith(self._place_suffixes) and item not in self.topics:
            return None, b            # 察看递铺街道、孝丰镇段河道: a township's name, no field of work
        if len(toks) == 1 and (toks[0].tag.startswith("v") or (len(item) <= 2 and item not in self.topics)):
            return None, b            # a bare verb (指导), or a word too broad on its own (环境)
        return a, b

    def _trim_to_topic(self, text: str, a: int, b: int) -> tuple[int | None, int]:
        """The topic a list item names: the item itself, or a topic it ends in
        (不断解决就业 -> 就业)."""
        item = text[a:b]
        if item in self.topics:
            return a, b
        for t in self._topics_longest_first:
            if item.endswith(t) and len(item) - len(t) <= 4:
                return b - len(t), b
        return None, b
