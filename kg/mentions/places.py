"""Administrative places: GB/T 2260 divisions from the gazetteer, and townships
and villages recognised by suffix on a proper-noun stem.

Ambiguous names (朝阳, 鼓楼区, 通州) are resolved by the places the article
names unambiguously; what stays ambiguous is left out rather than guessed.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..resources import Resources
from . import Doc

__all__ = ["AdminPlaceRecognizer", "admin_key"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def admin_key(code: str) -> str:
    return f"adm/{code}"


class AdminPlaceRecognizer:
    """Finds provinces, prefectures, counties, townships and villages."""

    def __init__(self, resources: Resources):
        self.res = resources
        self.gaz = resources.gazetteer
        suffixes = sorted(resources.lexicon.place_suffixes, key=len, reverse=True)
        self._suffix_re = re.compile("|".join(map(re.escape, suffixes)))

    def __call__(self, doc: Doc) -> list[Mention]:
        admin = self._admin_mentions(doc)
        return admin + self._local_mentions(doc, admin)

    # -- GB/T 2260 divisions -------------------------------------------------
    def _admin_mentions(self, doc: Doc) -> list[Mention]:
        names = self.gaz.names()
        candidates = []  # (token, codes)
        for tok in doc.tokens:
            codes = names.get(tok.word)
            if codes and len(tok.word) >= 2:
                candidates.append((tok, codes))
        # anchors: what the article names without ambiguity, with all ancestors
        anchors: set[str] = set()
        for tok, codes in candidates:
            if len(codes) == 1 and self._acceptable_alone(tok.word, self.gaz.areas[codes[0]]):
                anchors.update(a.code for a in self.gaz.chain(codes[0]))
        out = []
        for tok, codes in candidates:
            code = self._resolve(tok.word, codes, anchors)
            if code is None:
                continue
            area = self.gaz.areas[code]
            s = doc.sentence_at(tok.start)
            out.append(Mention(doc.article.id, tok.start, tok.end, doc.article.text[tok.start:tok.end],
                               area.cls, area.name, admin_key(code), s.index if s else -1,
                               (("adcode", code),)))
        return out

    def _acceptable_alone(self, word: str, area) -> bool:
        """Can this name stand for ``area`` with no other place confirming it?"""
        if self.gaz.is_full_name(word):
            return not self.res.is_common_word(word)
        if area.cls == "Province":
            return True
        if self.res.is_common_word(word):
            return False
        if area.cls == "Prefecture":
            return True
        # a county's short name alone: only when jieba itself knows it as a place
        return self.res.jieba_words.get(word, (0, ""))[1].startswith("ns")

    def _resolve(self, word: str, codes: list[str], anchors: set[str]) -> str | None:
        if len(codes) == 1:
            code = codes[0]
            area = self.gaz.areas[code]
            if self._acceptable_alone(word, area):
                return code
            # confirmed by a parent the article names
            return code if area.parent in anchors or (area.parent and self.gaz.areas[area.parent].parent in anchors) else None
        # several areas share the name: keep the one(s) inside what the article names
        inside = [c for c in codes if any(a.code in anchors for a in self.gaz.chain(c)[1:])]
        if len(inside) == 1:
            return inside[0]
        named = [c for c in codes if c in anchors]
        if len(named) == 1:
            return named[0]
        return None

    # -- townships and villages ---------------------------------------------
    def _local_mentions(self, doc: Doc, admin: list[Mention]) -> list[Mention]:
        text = doc.text
        stop = self.res.lexicon.stem_stop_chars
        admin_ends = {m.end: m for m in admin}
        out: list[Mention] = []
        for m in self._suffix_re.finditer(text):
            s_start, s_end = m.start(), m.end()
            if s_start not in doc.token_starts and s_end not in doc.token_ends:
                continue
            # longest acceptable stem of 2-4 characters that starts on a token boundary
            best = None
            for length in (4, 3, 2):
                b = s_start - length
                if b < 0:
                    continue
                stem = text[b:s_start]
                if not all(_CJK.match(c) for c in stem) or any(c in stop for c in stem):
                    continue
                if b not in doc.token_starts:
                    continue
                before = text[b - 1] if b else ""
                if not (b in admin_ends or not before or not _CJK.match(before)
                        or before in "在从到和与及、的"):
                    continue
                if self.res.is_common_word(stem) or self.res.is_common_word(stem + m.group()):
                    continue
                if self.gaz.names().get(stem + m.group()) or self.gaz.names().get(stem):
                    continue  # an administrative name, handled above
                best = b
                break
            if best is None:
                continue
            label = text[best:s_end]
            cls = self.res.lexicon.place_suffixes[m.group()]
            parent = admin_ends.get(best)
            attrs = (("parent", parent.key),) if parent else ()
            sent = doc.sentence_at(best)
            out.append(Mention(doc.article.id, best, s_end, doc.article.text[best:s_end], cls, label,
                               f"{cls}/{label}", sent.index if sent else -1, attrs))
        return out
