"""Bylines: the reporters a report credits, and their role (本报记者 某某 某某, （记者/某某
通讯员/某某）, 全媒体记者某某报道).

A credit line sits in the first lines of a report (or in brackets after its dateline):
a role word from ``byline_roles.txt``, then the names, up to a bracket, 报道, 摄, the
next role word or the end of the line. Cleaning joins names that only spaces kept
apart (姜某某初某霍某), so a run of characters is cut into names of two or three
characters (four with a compound surname), each starting with a surname; of several
cuts, the one whose names start with the commonest surnames wins, then the one with
longer names first. Each name becomes a ``Person`` mention carrying the role (``role``), so the
relation stage reads ``hasRole``; the role word itself becomes a ``Role`` mention.

>>> from kg.read import article_from_text
>>> from kg.extract import Extractor
>>> from kg.resources import Resources
>>> ex = Extractor(Resources.load())
>>> doc = ex.doc(article_from_text("a", ["本报讯（记者 王小明 李华）日前，全市召开会议。"]))
>>> [(m.text, m.label, m.attr("role")) for m in BylineRecognizer(ex.resources)(doc)]
[('记者', 'Role', '记者'), ('王小明', 'Person', '记者'), ('李华', 'Person', '记者')]
"""
from __future__ import annotations

import re

from ..lexicon import read_list
from ..model import Mention
from ..resources import Resources
from . import Doc

__all__ = ["BylineRecognizer", "BYLINE_SPAN"]

# credit lines stand in the article's first characters (a dateline, a title line, the credit)
BYLINE_SPAN = 300
BYLINE_SOURCE = "persons.byline"   # the names of a credit line: who wrote the report
BYLINE_SCORE = 1.0   # as sure as a name after a post: the credit line says what the names are
MAX_NAME_WORD_FREQ = 200   # a word of jieba's counted this often, not tagged a name, is no name in a credit
_MANNER_TAGS = ("d", "ad", "a", "v")   # adverbs, adjectives and verbs of jieba's: no names
MAX_NAMES_RUN = 16       # characters of names after one role word
CLOSING_SPAN = 40        # a bracketed credit at the very end of the report
_ROLES = sorted(read_list("byline_roles.txt"), key=len, reverse=True)
CREDIT_ROLES = frozenset(_ROLES)     # (the person rule reads them too: a credit's role is no title)
# the verbs and prepositions a reporter is spoken to after, in the text (告诉记者, 向记者介绍, 接受记者采访)
_TOLD = ("告诉", "向", "对", "据", "接受", "跟", "给")
_OPEN = re.compile(rf"(?:{'|'.join(map(re.escape, _ROLES))})(?:[ \u3000/／:：]*)")
_COMMON = frozenset(read_list("common_surnames.txt"))
# the role a credit names, whatever the medium or rank before it (全媒体记者, 首席记者: 记者)
_PLAIN_ROLES = ("记者", "通讯员", "实习生")
# the names after a role word: Han characters and list marks, up to what ends a credit (a bracket,
_PLACE_TAG = "ns"      # jieba's tag of place words

# a colon, 报道, 摄, what the names did: 文/图, the next role, or the date of 记者某某3月5日报道)
_RUN = re.compile(rf"[\u4e00-\u9fff、，, \u3000·・]{{2,{MAX_NAMES_RUN}}}?(?=[）)】\]\n：:/／0-9]|报道|摄|[文图][/／]|"
                  rf"{'|'.join(map(re.escape, _ROLES))}|$)")
_PRESS_OFFICE_END = "宣"     # 宣传: the pen name a body's press office signs with (粤水宣)
_ROLE_MARKS = " \u3000/／:："       # between a role word and the names (记者 某某, 通讯员/某某)
_SEP = re.compile(r"[、，, \u3000]+")


class BylineRecognizer:
    """``recognizer(doc) -> mentions``: reporters and their role in the credit line."""

    def __init__(self, resources: Resources):
        self.surnames = resources.lexicon.names.surnames
        self.words = resources.jieba_words
        self.names = resources.lexicon.names
        self._tibetan = frozenset(p for p in self.names.tibetan_name_parts if len(p) == 2)

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        heads = list(_OPEN.finditer(text, 0, min(len(text), BYLINE_SPAN)))
        # a credit in brackets closing the report: ……。（记者 某某）
        tail = max(BYLINE_SPAN, len(text) - CLOSING_SPAN)
        heads += [m for m in _OPEN.finditer(text, tail) if text[m.start() - 1:m.start()] in "（(【["]
        for m in heads:
            if text.endswith(_TOLD, 0, m.start()):
                continue        # 某某告诉记者，全村…: the reporter spoken to in the text, no credit line
            word = m.group().rstrip(" \u3000/／:：")
            role = next((r for r in _PLAIN_ROLES if word.endswith(r)), word)   # 全媒体记者 is a 记者
            names = self._names(text, m.end())
            if not names:
                continue
            out.append(doc.mention(m.start(), m.start() + len(word), "Role", role,
                                   attrs=(("role", role),), source="roles.byline", score=BYLINE_SCORE))
            out += [doc.mention(a, b, "Person", text[a:b], attrs=(("role", role), ("role_key", f"Role/{role}")),
                                source=BYLINE_SOURCE, score=BYLINE_SCORE) for a, b in names]
        return out

    def _names(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The names from ``pos`` on: every part of the run, each cut into names."""
        m = _RUN.match(text, pos)
        if m is None:
            return []
        out, at = [], pos
        parts = [p for p in _SEP.split(m.group()) if p]
        # (a mark between the role and the names, 通讯员 普某）: the names are written apart too)
        marked = len(parts) > 1 or text[pos - 1:pos] in _ROLE_MARKS
        for k, part in enumerate(parts):
            if k and k == len(parts) - 1 and self.words.get(part, (0, ""))[1].startswith(_PLACE_TAG):
                break       # 记者 某某 潍坊报道: a place word of jieba's last, where the reporter writes from
            if part:
                start = text.index(part, at)
                # (本报记者 姜某某 初某: where marks part the names, a part of two or three characters is one
                # name, its surname known or not)
                cut = [(0, len(part))] if marked and len(part) <= 3 and self._may_be_name(part) \
                    else self._cut(part)
                if cut is None:
                    return []       # not all names: not a credit line
                for a, b in cut:
                    out.append((start + a, start + b))
                at = start + len(part)
        return out

    def _cut(self, run: str) -> list[tuple[int, int]] | None:
        """``run`` cut into names, or None; see the module's notes for the choice.

        ``best[i]``: the best cut of ``run[i:]`` as (rare-surname count, sizes negated, spans),
        compared as tuples: fewer rare surnames, then longer names first."""
        best: dict[int, tuple[int, tuple[int, ...], list[tuple[int, int]]] | None] = {len(run): (0, (), [])}
        for i in range(len(run) - 1, -1, -1):
            options = []
            for size in (2, 3, 4):
                rest = best.get(i + size)
                name = run[i:i + size]
                if rest is None or len(name) < size or not self._is_name(name, size):
                    continue
                rare = 0 if name[0] in _COMMON or name[:2] in self.surnames else 1
                options.append((rare + rest[0], (-size,) + rest[1], [(i, i + size)] + rest[2]))
            best[i] = min(options) if options else None
        found = best.get(0)
        return found[2] if found else None

    def _may_be_name(self, word: str) -> bool:
        if word.endswith(_PRESS_OFFICE_END) and not word.startswith(tuple(self.surnames)):
            return False    # 通讯员 粤水宣, 浙应宣: a press office's pen name (its place's and field's first characters)
        freq, tag = self.words.get(word, (0, "nr"))
        # (新华社记者 王某 本报记者 董某: 本报, a frequent word of jieba's, is none; 阿金, a rare one, may be)
        return word not in self.names.not_persons and not self.names.is_travel(word) \
            and (tag.startswith("nr") or freq < MAX_NAME_WORD_FREQ)

    def _is_name(self, word: str, size: int) -> bool:
        if word in self.names.not_persons or self.names.is_travel(word) or "·" in word or "・" in word:
            return False
        freq, tag = self.words.get(word, (0, "nr"))
        if tag.startswith(_MANNER_TAGS) and freq >= MAX_NAME_WORD_FREQ:
            return False    # 各国记者 | 充分[ad] | 报道: how the reporters are to report, no name of a credit
        if size == 4:     # a double surname's name, or two elements of a Tibetan name (扎西顿珠)
            return word[:2] in self.surnames or (word[:2] in self._tibetan and word[2:] in self._tibetan)
        return word[0] in self.surnames or word[:2] in self.surnames
