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

from ..model import Mention
from ..resources import Resources
from . import Doc

__all__ = ["DivisionRecognizer", "DIVISION_SCORE", "MIN_VILLAGE_NAME"]

DIVISION_SCORE = 0.9      # a name the tables hold, under a parent the article names
MIN_VILLAGE_NAME = 3      # 新村, 王庄: too common to mark on the tables' word alone


class DivisionRecognizer:
    """``recognizer(doc) -> mentions`` of townships and villages from the division tables."""

    def __init__(self, resources: Resources, places):
        self.divisions = resources.divisions
        self.places = places

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
            for name in sorted(self.divisions.villages_of(code)):
                if len(name) < MIN_VILLAGE_NAME:
                    continue
                out += [doc.mention(a, b, "Village", name, attrs=(("parent", f"Township/{town}"),),
                                    source="places.divisions", score=DIVISION_SCORE)
                        for a, b in _find_all(text, name)]
        return out


def _find_all(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + len(word))
    return out
