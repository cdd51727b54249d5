"""Townships and villages known to the division tables, under the counties an article names.

The place rules find a township or village by its ending (…镇, …街道, …村) and the words
around it; many names they cannot vouch for (递铺街道, 某某苏木) are in the
statistics bureau's tables (:mod:`kg.divisions`). This recogniser reads, for each
county-level place the article names (or comes from), its townships' full names, and
for each of those townships found, its villages' names, and marks them where they stand.
Names are looked for only under a named parent: 新村 alone means nothing. Names of
villages shorter than three characters are left to the place rules.

>>> from kg.read import article_from_text
>>> from kg.extract import Extractor
>>> from kg.resources import Resources
>>> ex = Extractor(Resources.load())
>>> doc = ex.doc(article_from_text("a", ["安吉县递铺街道桃城社区开展活动。"]))
>>> find = dict(ex.recognizers)["divisions"]
>>> [(m.text, m.label, m.source) for m in find(doc)]
[('递铺街道', 'Township', 'places.divisions'), ('桃城社区', 'Village', 'places.divisions')]
"""
from __future__ import annotations

from ..clean import is_han
from ..model import Mention
from ..resources import Resources
from . import Doc
from .termtools import TokenIndex

__all__ = ["DivisionRecognizer", "DIVISION_SCORE", "MIN_VILLAGE_NAME", "UNLISTED_SCORE"]

DIVISION_SCORE = 0.9      # a name the tables hold, under a parent the article names
MIN_VILLAGE_NAME = 3      # 新村, 王庄: too common to mark on the tables' word alone
# a village the tables do not hold, right after a township they do: its stem's length, its score
MIN_UNLISTED_STEM, MAX_UNLISTED_STEM = 2, 4
UNLISTED_SCORE = 0.7
COMMON_FREQ = 100         # a word jieba counts this often is vocabulary, whatever its tag


class DivisionRecognizer:
    """``recognizer(doc) -> mentions`` of townships and villages from the division tables."""

    def __init__(self, resources: Resources, places):
        self.res = resources
        self.divisions = resources.divisions
        self.places = places
        self._village_suffixes = tuple(sorted((w for w, cls in resources.lexicon.place_suffixes.items()
                                               if cls == "Village"), key=len, reverse=True))

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        counties = [m.key[4:] for m in self.places.places(doc) if m.key.startswith("adm/") and m.label == "County"]
        counties += [h.area.code for h in doc.home if h.area.cls == "County"]
        out: list[Mention] = []
        towns: dict[str, str] = {}
        for county in dict.fromkeys(counties):
            for name, code in sorted(self.divisions.townships_of(county).items()):
                spans = _find_all(text, name)
                if spans:
                    towns[name] = code
                out += [doc.mention(a, b, "Township", name, attrs=(("parent", f"adm/{county}"),),
                                    source="places.divisions", score=DIVISION_SCORE) for a, b in spans]
        for town, code in sorted(towns.items()):
            villages = self.divisions.villages_of(code)
            for name in sorted(villages):
                if len(name) < MIN_VILLAGE_NAME:
                    continue
                out += [doc.mention(a, b, "Village", name, attrs=(("parent", f"Township/{town}"),),
                                    source="places.divisions", score=DIVISION_SCORE)
                        for a, b in _find_all(text, name)]
            out += self._unlisted_villages(doc, town, villages, out)
        doc.memo["divisions"] = out      # (organisations named after them read where they start)
        return out

    def _unlisted_villages(self, doc: Doc, town: str, villages, found: list[Mention]) -> list[Mention]:
        """某某街道 | 某某沟村: a village named right after a township of the tables, which the
        tables do not hold (renamed, merged or newer than the tables), is that township's
        village: a stem of two to four characters and a village's suffix, closing a word, with
        no stop character, no division's suffix and no common word in it."""
        text, out = doc.text, []
        taken = {m.start for m in found if m.label == "Village"}
        for _, end in _find_all(text, town):
            if end in taken:
                continue
            for length in range(MAX_UNLISTED_STEM, MIN_UNLISTED_STEM - 1, -1):
                stem = text[end:end + length]
                suffix = next((x for x in self._village_suffixes if text.startswith(x, end + length)), None)
                if suffix is None or not self._village_stem(stem):
                    continue
                name = stem + suffix
                if end + len(name) not in doc.token_ends or name in villages or self.res.is_common_word(name) \
                        or self._ends_common_word(doc, end + len(name), suffix) \
                        or name.endswith(self.places.village_kinds):      # (某镇城中村: a kind, no name)
                    continue
                out.append(doc.mention(end, end + len(name), "Village", name, attrs=(("parent", f"Township/{town}"),),
                                       source="places.divisions_unlisted", score=UNLISTED_SCORE))
                break
        return out

    def _ends_common_word(self, doc: Doc, end: int, suffix: str) -> bool:
        """新 | 农村, 深 | 山村: the suffix closes a word of jieba's own, not a village's name."""
        i = TokenIndex.of(doc).by_end.get(end)
        word = doc.tokens[i].word if i is not None else ""
        return len(word) > len(suffix) and (self.res.is_common_word(word)
                                            or self.res.jieba_words.get(word, (0, ""))[0] >= COMMON_FREQ)

    def _village_stem(self, stem: str) -> bool:
        lexicon = self.res.lexicon
        return is_han(stem) and not any(c in lexicon.stem_stop_chars for c in stem) \
            and not any(x in stem for x in lexicon.place_suffixes) and not self.res.is_common_word(stem)


def _find_all(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + len(word))
    return out
