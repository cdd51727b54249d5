"""Place anaphors: 我省, 全市, 全县, 该县, 全区, 全旗, 当地 … resolved to the place the
paragraph or the article is about.

Runs after the other recognisers, on the mentions they kept: an anaphor becomes a
mention of the place it refers to (same class, key and attributes), marked
``anaphor`` so the entity resolver counts it as evidence but never takes the word
as a name of the place (全县 is not an alias of 安吉县).

The referent of a word with an ending (全县 -> 县) is the nearest place before it in
the paragraph whose name ends so, else of those named before it the one the article names
most (on a tie, the one more of whose divisions the article names, then the nearest), else the place
with that ending the article names most; for 全市/我市 outside its paragraph, the one place of that
level whose own government or Party bodies the article names, if only one is; with none named, the one
division with that ending enclosing every place the article names (its districts). 当地 takes the most specific
administrative place of the nearest sentence before it that names one.

An anaphor right before 在/赴/到 and a place (我市在某市举办…) is not that place.

The first person (我省, 本市) is the article's own place when its dateline, paper
or web address says it (:mod:`kg.mentions.home`), whatever other place of that
level the article named last; so is 全省/全市 when that place is also named in the
text (a Beijing dateline alone does not make every 全市 Beijing), or when the paper is the
place's own (某某日报 writes 全市 of its city, whether or not the text names it), and so is a
government's own web site (youyang.gov.cn).
"""
from __future__ import annotations

import re
from collections import Counter

from ..clean import is_han_char
from ..gazetteer import AdminArea
from ..model import Mention
from ..resources import Resources
from . import Doc
from .bodies import INSIDE
from .home import (ARRIVALS, MEDIA, SITE, arrival_visitors, article_dateline, reception_guests, relayed_spans,
                   travel_destinations)
from .termtools import TokenIndex

_REGION, _DISTRICT = "自治区", "区"    # 全区: an autonomous region's, or a district's

__all__ = ["AnaphoraResolver", "ADMIN_LEVELS", "FIRST_PERSON", "WHOLE"]

# 我省, 本市: the speaker's own place; 全省, 全市: the whole of the place the article is about
FIRST_PERSON = ("我", "本")
WHOLE = ("全",)
COUNTY = "County"   # a county-level division (县, 区, 县级市)
_CITY = "市"         # a city's last character, of a prefecture-level city and of a county-level one
# after 我市/全县: where the place acts (我市在某市举办, 我县赴某地考察), no name of it (longest first)
AWAY = ("前往", "来到", "在", "赴", "到", "去")
MAX_AWAY_GAP = 6    # characters of the group between them (我市 | 党政考察团 | 赴某市)
PARTNER_MARKS = ("与", "同", "和")    # 我市与某集团在某市签署: the partner who acts with the place
# the most specific first
ADMIN_LEVELS = ("Village", "Township", "County", "Prefecture", "Province")
GOVERNING = ("GovernmentBody", "PartyOrganization")   # a place's own bodies (某市人民政府, 某市委)
# a venue (在某县级市召开) and a list's item (某县级市、某区等): parts of a place named beside them
_AT, _HELD_VERBS = "在", ("召开", "举行", "举办", "开幕", "闭幕", "启动")
_LIST_MARK, _EXAMPLES_END = "、", "等"


VILLAGE = "Village"


def _area_mention(doc: Doc, area: AdminArea, a: int, b: int) -> Mention:
    """A mention of ``area`` at ``[a, b)`` (the word that refers to it)."""
    s = doc.sentence_at(a)
    return Mention(doc.article.id, a, b, doc.article.text[a:b], area.cls, area.name, f"adm/{area.code}",
                   s.index if s else -1, (("adcode", area.code),))


def _is_admin(m: Mention) -> bool:
    return m.label in ADMIN_LEVELS and not m.attr("anaphor")


class AnaphoraResolver:
    """``resolver(doc, mentions) -> extra mentions`` for the anaphors in ``doc``.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> a = article_from_text("a", ["安吉县召开会议。全县上下齐心。"])
    >>> [(m.text, m.canonical) for m in ex.mentions(ex.doc(a)) if m.attr("anaphor")]
    [('全县', '安吉县')]
    """

    def __init__(self, resources: Resources):
        self.gazetteer = resources.gazetteer
        self.anaphors = resources.lexicon.terms.anaphors
        self._re = re.compile("|".join(map(re.escape, sorted(self.anaphors, key=len, reverse=True))))
        # 对台, 援疆: a province's abbreviation after a verb of working towards or aiding it
        self.worked_on = frozenset(w for w, k in resources.lexicon.names.place_cues.items() if k == "worked_on")

    def __call__(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        if not self._re.search(doc.text):
            return []           # (no 我省, 全县, 当地 … in the text: nothing to resolve)
        inside = self._inside_names(doc, mentions)
        places = sorted([m for m in mentions if _is_admin(m)] + inside, key=lambda m: m.start)
        # (我县, 全县 of a report on a trip: not a place the trip went to)
        travelled = travel_destinations(doc.text, places + [m for m in mentions if not _is_admin(m)])
        # (nor a place of the guests a reception names: 某某在衢州会见了宁波市党政代表团。…我市与宁波市签署)
        guests_from = reception_guests(mentions, {s.index: s for s in doc.sentences})
        travelled |= {p.start for p in places if p.start >= guests_from.get(p.sentence, p.end + 1)}
        # (nor a superior body's place in what is relayed: 传达学习泉州市委…全会精神，研究我市贯彻意见 in 晋江's report;
        # but 在青海考察时的重要讲话精神 names the province the report is of)
        relayed = relayed_spans({s.index: s for s in doc.sentences})
        travelled |= {p.start for p in inside if any(a <= p.start < b for a, b in relayed.get(p.sentence, ()))}
        # (nor a province the article's bodies work towards or aid: 全市对台工作会议 … 全省 is the city's province)
        acting = [p for p in places if doc.text[max(p.start - 1, 0):p.end] not in self.worked_on]
        own_places = [p for p in acting if p.start not in travelled]
        # (a place named only in the dateline, 新华社南宁某日电, or in the outlet's name, 某某日报讯, is where
        # the report was filed: 全市 after 凭祥市 is 凭祥市's, not the dateline's city's)
        filed_from, filed_to = article_dateline(doc)
        named = {p.key for p in places if not filed_from <= p.start < filed_to}
        home = [a for h in doc.home for a in self.gazetteer.chain(h.area.code)]
        # a paper named after its place (某某日报) writes 全市 of its own city: that needs no other naming
        papers = {f"adm/{a.code}" for h in doc.home if h.via in (MEDIA, SITE) for a in self.gazetteer.chain(h.area.code)}
        if not places and not home:
            return []
        index = TokenIndex.of(doc)
        used = bytearray(len(doc.text) + 1)
        for m in mentions:
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
        # (not inside a name, nor the tail of another word)
        found = [m for m in self._re.finditer(doc.text)
                 if not any(used[m.start():m.end()]) and m.start() in index.by_start]
        # the places whose own government or Party bodies the article names (某市人民政府, 某市委)
        governed = frozenset(m.attr("place") for m in mentions
                             if m.label in GOVERNING and m.attr("place", "").startswith("adm/"))
        # where each acts (我市在某市…: not 某市); the speaker's place is one place through the article
        ends = {m.start: m.end for m in mentions}
        away = {m.end(): self._elsewhere(doc, places, m.end(), ends) for m in found}
        not_ours = {away[m.end()] for m in found if m.group().startswith(FIRST_PERSON)} - {None}
        # (nor where visitors come from: 某市党政代表团到我市考察 names a city 我市 is not)
        visitors = arrival_visitors(places + [m for m in mentions if not _is_admin(m)],
                                    {s.index: s for s in doc.sentences}, self.gazetteer)
        not_ours |= {p.key for p in places if p.start in visitors}
        out = []
        for hit in found:
            a, b = hit.start(), hit.end()
            word = hit.group()
            ending, not_endings = self.anaphors[word]
            own = self._home(doc, home, ending, not_endings, a, b) if word.startswith(FIRST_PERSON + WHOLE) else None
            if own is not None and word.startswith(WHOLE) and own.canonical.endswith(_REGION) \
                    and self._district_before(doc, places, a):
                own = None       # 内蒙古日报: 赛罕区以…为牵引，全区13个街道…: the district its sentence is about
            paper_only: Mention | None = None
            if own is not None and word.startswith(WHOLE) and own.key not in named \
                    and not (own.canonical.endswith(_REGION) and _bare_region(doc, places)):
                # (自治区召开…, 自治区副主席某某: an article of the region calling it so needs no other naming)
                # (the paper's own place only where the text names no other of that level)
                paper_only = own if own.key in papers else None
                own = None
            # (来我市检查: visitors come to the speaker's place, which the report's places visited name too)
            arriving = word.startswith(FIRST_PERSON) and doc.text.endswith(ARRIVALS, 0, a)
            candidates = own_places if word.startswith(FIRST_PERSON + WHOLE) and not arriving else places
            if word.startswith(FIRST_PERSON + WHOLE):
                # (某市大会在某县级市召开 … 为甲市、乙区等授牌: a venue or a list item inside another place the
                # article names is a part of that place, not the place 全市 or 我市 is)
                wholes = [p for p in candidates if not self._part_named(doc, p, places, (filed_from, filed_to))]
                if any(p.canonical.endswith(ending) for p in wholes):
                    candidates = wholes
            elsewhere = {away[b]} | (not_ours if word.startswith(FIRST_PERSON) else set())
            if elsewhere - {None}:      # 我市在深圳举办…: 我市 is not the place it acts in
                candidates = [p for p in candidates if p.key not in elsewhere]
            ref = own or (self._nearest_admin(doc, places, a) if ending == "*"
                          else self._by_ending(doc, [p for p in candidates if not p.canonical.endswith(not_endings)],
                                               a, ending, governed if word.startswith(FIRST_PERSON + WHOLE)
                                               else frozenset())) or paper_only
            enclosing = None
            if ref is None and ending != "*" and word.startswith(FIRST_PERSON + WHOLE):
                ref = enclosing = self._shared_ancestor(doc, acting, ending, not_endings, a, b)
            elif ref is not None and ref is not own and ref.label == COUNTY and word.startswith(FIRST_PERSON + WHOLE) \
                    and len({p.key for p in places if p.label == COUNTY}) >= 2 \
                    and min(p.start for p in places if p.key == ref.key) > a:
                # 全市…推进会在某县级市召开 … 某区某镇: a county-level city named only after 全市, beside other
                # counties of one city, is a place of that city's; 全市 is the city enclosing them all
                counties = [p for p in places if p.label == COUNTY]
                ref = enclosing = self._shared_ancestor(doc, counties, ending, not_endings, a, b) or ref
            if ref is None:
                continue
            s = doc.sentence_at(a)
            source = "anaphora.home" if ref is own or ref is paper_only else \
                "anaphora.enclosing" if ref is enclosing else "anaphora"
            # (not where the referent was written: 全省 stands alone, though 《某省…》 is inside a title)
            attrs = {kv for kv in ref.attrs if kv[0] != INSIDE} | {("anaphor", word)}
            out.append(Mention(doc.article.id, a, b, doc.article.text[a:b], ref.label, ref.canonical, ref.key,
                               s.index if s else -1, tuple(sorted(attrs)), source=source))
        return out

    @staticmethod
    def _district_before(doc: Doc, places: list[Mention], at: int) -> bool:
        """A district (a county-level 区) named before ``at`` in its sentence."""
        s = doc.sentence_at(at)
        return s is not None and any(p.label == COUNTY and p.canonical.endswith(_DISTRICT) and s.start <= p.start < at
                                     for p in places)

    def _part_named(self, doc: Doc, p: Mention, places: list[Mention], filed: tuple[int, int]) -> bool:
        """``p`` is a venue (在某县级市召开) or a list's item (某县级市、某区等) inside another place the article
        names, or a county-level city named after the city it is in (outside the dateline ``filed``)."""
        code = p.attr("adcode")
        if not code:
            return False
        text = doc.text
        venue = text[p.start - 1:p.start] == _AT and text.startswith(_HELD_VERBS, p.end)
        listed = text[p.end:p.end + 1] in (_LIST_MARK, _EXAMPLES_END) or text[p.start - 1:p.start] == _LIST_MARK
        above = {f"adm/{a.code}" for a in self.gazetteer.chain(code)[1:]}
        if venue or listed:
            return any(q.key in above for q in places)
        if p.label != COUNTY or not p.canonical.endswith(_CITY):
            return False
        # (某市地区生产总值…。其中某县级市…。全市接待游客…: a county-level city named after the city it is in, and
        # no more often, is a part of the article's city; 全市 is said of both kinds of city)
        # (安阳日报讯: the paper's city, in the dateline ``filed``, names no place of the text)
        outer = [q.start for q in places if q.key in above and not filed[0] <= q.start < filed[1]]
        own = [q.start for q in places if q.key == p.key]
        return bool(outer) and min(outer) < min(own) and len(outer) >= len(own)

    @staticmethod
    def _elsewhere(doc: Doc, places: list[Mention], b: int, ends: dict[int, int]) -> str | None:
        """The key of the place named right after the anaphor (or a group of it: 我市党政考察团) and a
        preposition or verb of place (我市在某市举办…, 率我市考察团赴某市考察): where the place
        referred to acts, not the place itself. A partner named between them (我市与某集团在某市签署)
        acts there with it."""
        if doc.text.startswith(PARTNER_MARKS, b) and b + 1 in ends:
            b = ends[b + 1]
        for k in range(b, min(len(doc.text), b + MAX_AWAY_GAP + 1)):
            word = next((w for w in AWAY if doc.text.startswith(w, k)), None)
            if word is not None:
                return next((p.key for p in places if p.start == k + len(word)), None)
            if not is_han_char(doc.text[k]):
                return None
        return None

    @staticmethod
    def _home(doc: Doc, home: list[AdminArea], ending: str, not_endings: tuple[str, ...] | str,
              a: int, b: int) -> Mention | None:
        """The article's own division whose name ends so, as a mention at ``[a, b)``."""
        if ending == "*":
            return None
        area = next((x for x in home if x.name.endswith(ending) and not x.name.endswith(not_endings)), None)
        return _area_mention(doc, area, a, b) if area is not None else None

    def _shared_ancestor(self, doc: Doc, places: list[Mention], ending: str, not_endings: tuple[str, ...] | str,
                         a: int, b: int) -> Mention | None:
        """全市 in an article that names only the city's districts (朝阳区、海淀区…): the one division
        whose name ends so that encloses every place the article names, as a mention at ``[a, b)``."""
        shared: set[str] | None = None
        # (the place itself too where another is named: 某市高新区 … 某县级市, a city named beside a
        # place inside it encloses them both)
        first = 0 if len({p.attr("adcode") for p in places if p.attr("adcode")}) >= 2 else 1
        for p in places:
            code = p.attr("adcode")
            if not code:
                continue        # (a township or village of the place rules: named with its county)
            above = {x.code for x in self.gazetteer.chain(code)[first:]
                     if x.name.endswith(ending) and not x.name.endswith(not_endings)}
            shared = above if shared is None else shared & above
            if not shared:
                return None
        if not shared or len(shared) != 1:
            return None
        area = self.gazetteer.get(shared.pop())
        assert area is not None     # (a code of the gazetteer's chain)
        return _area_mention(doc, area, a, b)

    def _inside_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """The place an organisation's name starts with (江西省|委) is named too."""
        out = []
        for m in mentions:
            key = m.attr("place") or ""
            area = self.gazetteer.get(key[4:]) if key.startswith("adm/") else None
            if area is None:
                # (某镇某村党支部书记某某介绍，全村…: a village no code names, the body's name opens with; a township's
                # body stays the actor of 全镇, as the word's level's own body)
                level, _, name = key.partition("/")
                if level == VILLAGE and m.attr("place_start") and m.attr("place_end"):
                    a, b = int(m.attr("place_start")), int(m.attr("place_end"))
                    out.append(Mention(m.article_id, a, b, doc.article.text[a:b], level, name, key, m.sentence))
                continue
            # (offsets in the article, as the organisation recogniser wrote them)
            a = int(m.attr("place_start", str(m.start)))
            b = int(m.attr("place_end", str(a + len(area.name))))
            out.append(Mention(m.article_id, a, b, doc.article.text[a:b], area.cls, area.name, key,
                               m.sentence, (("adcode", area.code),)))
        return out

    def _by_ending(self, doc: Doc, places: list[Mention], pos: int, ending: str,
                   governed: frozenset[str] = frozenset()) -> Mention | None:
        fits = [p for p in places if p.canonical.endswith(ending)]
        if not fits:
            return None
        s = doc.sentence_at(pos)
        para = s.paragraph if s else -1
        before = [p for p in fits if p.end <= pos]
        in_para = [p for p in before if (ps := doc.sentence_at(p.start)) is not None and ps.paragraph == para]
        if in_para:
            return in_para[-1]
        own = {p.key for p in fits if p.key in governed}
        if len(own) == 1:
            # 我市与乙市某集团签约 … 甲市人民政府与乙市某集团在乙市签署: the speaker's place is the one
            # place of that level whose own government or Party bodies act in the article
            fits, before = [p for p in fits if p.key in own], [p for p in before if p.key in own]
        counts = Counter(p.key for p in fits)
        # on a tie, the place more of whose divisions the article names (在某市、某市等地 … 某市某区: the
        # article's own city names its districts, one the action reached is named once)
        inner = self._inner_counts(places, counts)
        if before:
            # outside its paragraph, the place of that level the article names most (its own: 全市 after a
            # paragraph listing its counties, 麻城市、武穴市, is still the city the article is about)
            most = max((counts[p.key], inner[p.key]) for p in before)
            return [p for p in before if (counts[p.key], inner[p.key]) == most][-1]
        key = min(counts, key=lambda k: (-counts[k], -inner[k], k))
        return next(p for p in fits if p.key == key)

    def _inner_counts(self, places: list[Mention], keys: Counter) -> Counter:
        """For each place key of ``keys`` (``adm/<code>``), how many mentions of ``places`` name a division
        inside it."""
        inner: Counter = Counter()
        if len(keys) < 2:
            return inner
        for p in places:
            code = p.attr("adcode")
            if code:
                # (a county-level city inside the prefecture, 某市 | 某县级市, names a division of it too)
                for a in self.gazetteer.chain(code)[1:]:
                    if f"adm/{a.code}" in keys and f"adm/{a.code}" != p.key:
                        inner[f"adm/{a.code}"] += 1
        return inner

    @staticmethod
    def _nearest_admin(doc: Doc, places: list[Mention], pos: int) -> Mention | None:
        before = [p for p in places if p.end <= pos]
        if not before:
            return None
        last = doc.sentence_at(before[-1].start)
        same = [p for p in before if doc.sentence_at(p.start) == last]
        return min(same, key=lambda p: (ADMIN_LEVELS.index(p.label), -p.start))


def _bare_region(doc: Doc, places: list[Mention]) -> bool:
    """自治区 written alone (自治区召开…, 自治区副主席), not inside a region's name: the article's own region."""
    k = doc.text.find(_REGION)
    while k >= 0:
        if not any(p.start <= k < p.end for p in places):
            return True
        k = doc.text.find(_REGION, k + 1)
    return False
