"""Landmarks (memorials, museums, bridges, old towns, revolutionary sites) and natural
places (deserts, mountains, rivers, lakes), by the ending of their names and by the
lists they stand in.

Three rules, all on the matching view:

* a **strong ending** (纪念馆, 会址, 沙漠 …) after a short noun stem that holds a
  distinctive word (a name, an abbreviation, a numeral: 八一纪念馆, 遵义会议会址);
* a **weak ending** (桥, 城, 山, 湖 …) only on a word jieba knows as a name (洱海,
  紫禁城) or after a name word (中国航海馆): 城市, 山区, 河道 are never places;
* a **list of sites**: the members of "A、B、C等红色资源" that are names.

And two of rivers and mountains: a river's basin names the river (淮河流域 → 淮河), and a
mountainous region jieba keeps one word (太行山区) is the region, its mention the mountain's name.

A leading administrative name stays a place of its own when a name follows it
(河北西柏坡纪念馆 -> 河北 + 西柏坡纪念馆).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from ..clean import is_han
from ..lexicon import ZONE_CLASS, read_list, read_table
from ..model import Mention
from ..ontology import admin_classes
from ..resources import Resources
from ..tokens import Token
from . import Doc
from .places import CHIEF_RANK, LEVEL_ENDS, AdminPlaceRecognizer
from .termtools import (CLAUSE_PUNCT, TokenIndex, any_of, has_cjk, head_runs_on, is_cjk_numeral, is_nounish_tag,
                        is_proper_tag, reads_as_river, split_items)

__all__ = ["LandmarkRecognizer"]

_ROUTED_VIA = frozenset({"经", "途经", "经由"})   # 经某某口岸出入境: by way of, no word of the site's name
_SET_PHRASE_TAG = "l"    # jieba's tag of set phrases (百色起义, 秋收起义)
_COUNTED_KINDS = re.compile("[一二两三四五六七八九十几]大")   # 两大景区, 三大中心: a count of those listed
# what a set phrase naming a historic event ends in, a memorial's name (南昌起义, 淮海战役, 遵义会议)
_HISTORIC_EVENTS = ("起义", "战役", "会议", "暴动", "会师", "事变", "事件")

MAX_STEM = 10        # characters of a stem before a strong ending
_LOCAL_LEVEL_ENDS = ("街道", "镇", "乡", "村", "社区")     # a township's or village's full name before a site's
MAX_WEAK_STEM = 8    # characters of a multi-word stem before a weak ending
MAX_LIST_ITEM = 12
JOINING = frozenset("和与及")     # conjunctions jieba may glue to a name's first character (和安 | 德川菜产业园)
MIN_JOINED_NAME = 4               # characters of a name a conjunction opening it is cut from
MAX_FEATURE_NAME = 5     # characters of a river's or lake's name in a list of them
# roads: the endings, their quarters (a road's east part), a house number after, a word of where before
_ROAD_QUARTERS = frozenset({"东路", "西路", "南路", "北路", "中路"})
_ROAD = "路"
_ROAD_END = re.compile("东路|西路|南路|北路|中路|大道|大街|路")
_HOUSE_NUMBER = re.compile("[0-9０-９]{1,5}号")
_ROAD_WHERE = ("位于", "沿着", "沿")
MIN_ROAD_STEM, MAX_ROAD_STEM = 2, 6
_LEVEL_CHARS_IN_STEM = frozenset("省市县区镇乡村旗盟州")
MAX_HEAD_MODIFIER = 4    # characters between 等 and a list's head (等入湖河流)
_GLUED_LOCATIVES = frozenset("内外里中")   # jieba glues them to a one-character ending: 文化 | 园内
_COUNT_AFTER = re.compile("[0-9一二两三四五六七八九十百千万]")   # a count right after a name: of a kind
# the town a county or city has its seat in, named by no name of its own (在县城 | 中心广场): no
# part of a site's name after it
SEAT_WORDS = ("县城", "城区", "市区", "主城区", "老城区", "新城区")
DESIGNATION = "Initiative"                 # the class of a designation's ending (示范区, 先行区)
MAX_POLICY = 12                            # characters of the policy a designation is named after
ZONE_CLASSES = ("Place", "Initiative")   # zones and designations keep the place they are named after
ZONE = ZONE_CLASS                         # the class of a zone's ending (产业园, 开发区)
_DIRECTIONS = frozenset("东西南北")   # 北京 | 东 | 燕郊…: where a zone lies from the place it opens with
MAX_ZONE_QUALIFIER = 4                  # characters between a zone's division and its ending (经济 | 开发区)
MAX_ZONE_NOUNS = 3                       # nouns between a zone's division and its ending (现代 | 农业)
ADMIN_CLASSES = admin_classes()          # from the ontology
# 中国（辽宁）自由贸易试验区: the official name of a pilot free-trade zone, its province in brackets
_OFFICIAL_ZONE = re.compile(r"中国（(?P<province>[\u4e00-\u9fff]{2,8})）(?:自由贸易试验区|自由贸易港)")
_ZONE_AREA = "片区"        # 某自贸试验区大连片区: the area of a zone in one city
_CITY = "Prefecture"     # (a city's zone named by the city: 合肥高新区)
_AT = "在"
BARE_ZONE = "bare_zone"      # the attribute of a zone written bare (到高新区调研): the article's own zone
MAX_BARE_ZONE_CUE = 2          # the longest word before a bare zone that makes it one zone (莅临, 落户)
ZONE_BUILD = "建设"                        # 某省建设某某示范区: the place builds it
SLOPE_WORDS = ("北麓", "南麓", "东麓", "西麓")   # 某山北麓: a slope of a mountain, a region of its own
REGION_CHAR = "区"                              # 某某山 | 区: the mountainous region named after it
MOUNTAIN_REGION = "山区"                         # 某某山区 as one word
# roads and house numbers: where an address ends and a building's name begins
_ROAD_CHARS = frozenset("路街巷")
_ROAD_WORDS = ("路", "街", "巷", "大道", "大街")
_MODIFIER_TAGS = frozenset({"d", "a", "ad", "b", "v"})   # words that qualify a kind of site, never name one
PLACE_TAG = "ns"            # jieba's tag of a place's name
BASIN = "流域"               # 某河流域: the river's basin
_RIVER_ENDS = frozenset("河江水溪")   # the endings of rivers' names, whose basins are named
_CHIEF_LEVELS = frozenset("省市县区乡镇村")   # the levels of river and lake chiefs (汾河省级河长, 某湖市级湖长)
_WATER_ENDS = frozenset("河江水溪湖")
COMMON_NAME_FREQ = 2000   # a word jieba tags ns but this frequent is a common noun (海洋, 城市)
VENUE_MIN_STEM, VENUE_MAX_STEM = 1, 4   # 在某某山庄会见: the stem of a venue named between 在 and the verb
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


class LandmarkRecognizer:
    """Finds ``Landmark`` and ``NaturalPlace`` mentions.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["充分利用赵州桥、中国航海馆等红色资源，走进城市和山区。"]))
    >>> sorted((m.canonical, m.label) for m in LandmarkRecognizer(ex.resources)(doc))
    [('中国航海馆', 'Landmark'), ('赵州桥', 'Landmark')]
    """

    def __init__(self, resources: Resources, places: AdminPlaceRecognizer | None = None):
        self.res = resources
        self.places = places or AdminPlaceRecognizer(resources)
        lex = resources.lexicon.terms
        self.suffixes = lex.landmark_suffixes
        self.place_named = lex.place_named_landmarks
        self.short_place_named = lex.short_place_named_landmarks
        self.stop = resources.lexicon.stem_stop_chars
        # what a place does to a zone or designation (建设, 打造, 创建 …): never inside its name's stem
        self.zone_verbs = frozenset(lex.head_verbs) | frozenset(lex.object_verbs) | lex.landmark_zone_verbs | {ZONE_BUILD}
        self._suffix_re = re.compile("|".join(map(re.escape, sorted(self.suffixes, key=len, reverse=True))))
        # 在某某山庄会见…: the verbs of holding and receiving that frame a venue (event cues)
        cues = read_table("event_cues.tsv")
        held = tuple(w for cls, role, w in cues if cls == "Meeting" and role in ("verb", "reception"))
        # (在某某广场隆重举行: how it was held, between the venue and the verb)
        self._held_verbs = held + tuple(m + v for cls, role, m in cues if cls == "Meeting" and role == "manner"
                                        for v in held)
        # 游客 | 参观[n] | 某某纪念馆, 带队[n] | 调研 | 某某旅游区: a visit's verbs (jieba tags some nouns) end a stem
        self._visit_words = frozenset(w for cls, role, w in cues if cls == "Visit"
                                      and role in ("verb", "conducted", "lead", "leader", "move", "arrive"))
        # what a designation may be named after (生态文明示范区, 乡村振兴先行区)
        self.policies = frozenset(lex.initiatives) | frozenset(lex.concepts) | frozenset(
            t for t, scope in lex.topics.items() if scope == "any") | frozenset(
            w for w, (c, _s, _n) in self.suffixes.items() if c == "NaturalPlace" and len(w) >= 3)
        heads = "|".join(map(re.escape, sorted(lex.landmark_list_heads, key=len, reverse=True)))
        self._list_re = re.compile(f"等(?:{heads})")
        natural = "|".join(map(re.escape, sorted(read_list("natural_list_heads.txt"), key=len, reverse=True)))
        # (or the basin the last item names: 黄河、渭河、石羊河流域治理, whose rivers the list names)
        self._natural_list_re = re.compile(f"等[^，。；：！？\n]{{0,{MAX_HEAD_MODIFIER}}}?(?:{natural})|(?<=[河江])流域")
        self._feature_ends = tuple(w for w, (c, strength, _n) in self.suffixes.items()
                                   if c == "NaturalPlace" and strength == "weak" and len(w) == 1)
        self._gate = any_of(self._suffix_re, self._list_re, self._natural_list_re, _ROAD_END)   # where any landmark ends
        self._org_heads = tuple(sorted(resources.lexicon.names.org_suffixes, key=len, reverse=True))
        bare = read_table("bare_zone_words.tsv")
        self._bare_zone_re = re.compile("|".join(re.escape(w) for w, kind in sorted(bare, key=lambda r: -len(r[0]))
                                                 if kind == "zone"))
        self._bare_zone_cues = tuple(w for w, kind in bare if kind == "before")
        self._bare_zone_bodies = tuple(w for w, kind in bare if kind == "body")

    def __call__(self, doc: Doc) -> list[Mention]:
        if not self._gate(doc.text):
            return []
        index = TokenIndex.of(doc)
        found = self._by_suffix(doc, index)
        taken = {(m.start, m.end) for m in found}
        for rule in (self._by_list, self._natural_list, self._basins, self._chiefs_waters, self._region_words,
                     self._roads, self._bare_zones):
            more = [m for m in rule(doc, index) if (m.start, m.end) not in taken]
            found += more
            taken.update((m.start, m.end) for m in more)
        found = self._pilot_zones(doc, found)
        found = [self._without_joining(doc, m) for m in found]
        return [m for m in found if not head_runs_on(doc.text, m.end)]      # (自然资源部 | 门: no gate)

    def _bare_zones(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """到高新区调研, 开发区举行签约仪式, 经开区党工委: a zone written bare where it names one zone (``bare_zone_words.tsv``),
        not zones in general (全省开发区, 国家级高新区); the entity stage makes it the article's own zone."""
        text = doc.text
        out: list[Mention] = []
        for m in self._bare_zone_re.finditer(text):
            s, e = m.span()
            before = text[max(0, s - MAX_BARE_ZONE_CUE):s]
            if not (s == 0 or text[s - 1] in CLAUSE_PUNCT or text[s - 1] == "\n" or before.endswith(self._bare_zone_cues)
                    or text.startswith(self._bare_zone_bodies, e)):
                continue
            if s in index.by_start and index.tokens[index.by_start[s]].end > e:
                continue     # (开发区域: a longer word)
            after = index.by_start.get(e)
            if before.endswith(_AT) and after is not None and index.tokens[after].tag.startswith("n") \
                    and not text.startswith(self._bare_zone_bodies, e):
                continue     # (在高新区主会场举行: a venue in the zone, held there, which the events read whole)
            out.append(doc.mention(s, e, ZONE_CLASS, m.group(), attrs=((BARE_ZONE, "1"),)))
        return out

    def _without_joining(self, doc: Doc, m: Mention) -> Mention:
        """安仁古镇和 | 安德川菜产业园: a conjunction opening the name joins it to what is named before it (jieba
        glued it to the name's first character: 和安); the name starts after it (not 和平, 和顺: words of its)."""
        text = m.canonical
        if m.canonical != m.text or len(text) <= MIN_JOINED_NAME or text[0] not in JOINING \
                or text[:2] in self.res.jieba_words or m.start == 0 or not is_han(doc.text[m.start - 1]):
            return m
        return doc.mention(m.start + 1, m.end, m.label, text[1:], attrs=m.attrs, source=m.source, score=m.score)

    def _pilot_zones(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """中国（辽宁）自由贸易试验区 (the official form, a province in brackets) is a zone; a zone followed
        by a city's name and 片区 (…试验区大连片区) is that area of it, one zone."""
        text = doc.text
        out = [m for m in found]
        places = {m.start: m for m in cast("list[Mention] | None", doc.memo.get("places")) or ()}
        for z in _OFFICIAL_ZONE.finditer(text):
            if not any(m.start <= z.start() < m.end for m in out):
                out.append(replace(self._make(doc, z.start(), z.end(), ZONE, places.get(z.start("province"))),
                                   source="landmarks.official_zone"))
        for k, m in enumerate(out):
            p = places.get(m.end)
            if m.label == ZONE and p is not None and text.startswith(_ZONE_AREA, p.end):
                # (the area is in the city: its place, as a zone named after its division carries it)
                out[k] = replace(self._make(doc, m.start, p.end + len(_ZONE_AREA), ZONE, p), source=m.source)
        return out

    def _roads(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """建设东路28号, 位于中山北路, 沿建设大道: a road (a Place), where something says so: a house number
        after it, a quarter of the road (东路, 中路 …), or a word of where before it (位于, 沿). Its name
        is the noun-like words before the ending, no common word of jieba's (道路, 思路, 出路)."""
        text = doc.text
        out = []
        places = cast("list[Mention] | None", doc.memo.get("places")) or ()
        inside = {k for p in places for k in range(p.start + 1, p.end)}     # (某街 | 道南屏路: no road in a place)
        for m in _ROAD_END.finditer(text):
            a, b = m.start(), m.end()
            numbered = _HOUSE_NUMBER.match(text, b) is not None
            quarter = m.group() in _ROAD_QUARTERS
            whole = index.by_end.get(b)
            tok = index.tokens[whole] if whole is not None else None
            if tok is not None and tok.start < a and tok.tag.startswith((PLACE_TAG, "nz")) \
                    and MIN_ROAD_STEM <= a - tok.start <= MAX_ROAD_STEM:
                stem = tok.start        # 中山北路 (ns), 解放路 (nz): a road's name jieba knows whole
            else:
                # (a verb names a road too, where the number or the quarter says it is one: 解放 | 西路)
                stem = self._road_stem(index, a, verbs=numbered or quarter)
            if stem is None or stem in inside or a in inside:
                continue
            opening = next((p for p in places if p.start == stem), None)
            if opening is not None:
                if a - opening.end < MIN_ROAD_STEM:
                    continue
                stem = opening.end       # 宁波 | 民安路: the road's name starts after the place read before it
            where = text.endswith(_ROAD_WHERE, 0, stem)
            if not (numbered or quarter or where) or b not in index.by_end and not numbered:
                continue
            name = text[stem:b]
            last = text[a - 1] + m.group() if m.group() == _ROAD else ""
            # (a city's short name names roads: 北京路, 中山北路; no level word in it: 某县 | 敖江大道, 某镇 | 蔡宅东路,
            # where the division is read)
            if self.res.is_common_word(name) or last in self.res.jieba_words \
                    or any(c in _LEVEL_CHARS_IN_STEM for c in text[stem:a]) \
                    or text[stem:a].endswith(self._org_heads):      # (某某队 | 中路渗透: a team's play, no road)
                continue       # 道路, 思路, 出路: a common word ending in 路
            out.append(doc.mention(stem, b, "Place", name, source="landmarks.road"))
        return out

    def _road_stem(self, index: TokenIndex, a: int, verbs: bool = False) -> int | None:
        """Where a road's name starts before its ending at ``a``: one or two noun-like words of two to
        six characters in all, starting on a word."""
        k = index.by_end.get(a)
        if k is None:
            return None
        start = None
        for j in (k, k - 1):
            if j < 0:
                break
            t = index.tokens[j]
            if not (is_nounish_tag(t.tag) or is_proper_tag(t.tag) or (verbs and j == k and t.tag.startswith("v"))) \
                    or not is_han(t.word) or t.tag.startswith("nr") and j == k - 1:
                break
            if MIN_ROAD_STEM <= a - t.start <= MAX_ROAD_STEM:
                start = t.start
            if j == k and a - t.start >= MIN_ROAD_STEM and self.res.jieba_words.get(t.word, (0, ""))[1].startswith(PLACE_TAG):
                break      # (中山 | 北路: a name of jieba's, the whole stem)
        return start

    def _region_words(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """吕梁山区, 太行山区: one word of jieba's, a place's name to it, for the mountainous region
        named after the mountain (as 某某山 | 区 in two words is read by its ending), not a division.
        The mention spans the mountain's name, as NER corpora tag it (区 left out); the node is the region."""
        if MOUNTAIN_REGION not in doc.text:
            return []       # (cheap first)
        return [doc.mention(tok.start, tok.end - len(REGION_CHAR), "NaturalPlace", tok.word) for tok in index.tokens
                if len(tok.word) > len(MOUNTAIN_REGION) + 1 and tok.word.endswith(MOUNTAIN_REGION)
                and tok.tag.startswith(PLACE_TAG) and not self._is_admin(tok.word)]

    def _basins(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """某河流域, 某江 | 流域: the river whose basin it is (NER corpora tag the river, 流域 left
        out), whether jieba made one word of the two (淮河流域) or two; the river's name a name
        to jieba or a word it does not know (not 河道 | 流域, a common noun)."""
        if BASIN not in doc.text:
            return []       # (cheap first)
        out = []
        for k, tok in enumerate(index.tokens):
            if tok.word == BASIN and k > 0 and index.tokens[k - 1].end == tok.start:
                river = index.tokens[k - 1]
                a, b, word = river.start, river.end, river.word
            elif len(tok.word) > len(BASIN) + 1 and tok.word.endswith(BASIN):
                a, b, word = tok.start, tok.end - len(BASIN), tok.word[:-len(BASIN)]
            else:
                continue
            if len(word) < 2 or word[-1] not in _RIVER_ENDS or not has_cjk(word):
                continue
            freq, tag = self.res.jieba_words.get(word, (0, ""))
            if freq and not tag.startswith(("ns", "nz", "nr")):
                continue
            out.append(self._make(doc, a, b, "NaturalPlace"))
        return out

    def _chiefs_waters(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """某河省级河长, 某湖市级湖长 (河长制): the river or lake a chief of a level's rank has in charge,
        a name to jieba or a word it does not know."""
        if not CHIEF_RANK.search(doc.text):
            return []       # (cheap first)
        out = []
        tokens = index.tokens
        for k in range(len(tokens) - 1):
            tok, nxt = tokens[k], tokens[k + 1]
            word = tok.word
            if nxt.start != tok.end or len(word) < 2 or word[-1] not in _WATER_ENDS or not has_cjk(word) \
                    or doc.text[nxt.start:nxt.start + 1] not in _CHIEF_LEVELS or not CHIEF_RANK.match(doc.text, nxt.start + 1):
                continue
            freq, tag = self.res.jieba_words.get(word, (0, ""))
            if freq and not tag.startswith(("ns", "nz", "nr")):
                continue     # (河道 | 县级河长: a common noun)
            out.append(self._make(doc, tok.start, tok.end, "NaturalPlace"))
        return out

    # -- helpers -------------------------------------------------------------
    def _is_admin(self, word: str) -> bool:
        return bool(self.res.gazetteer.names().get(word))

    def _named_division(self, word: str) -> bool:
        """A division's full name, or the short name of a division above the counties (黑龙江, 唐山)."""
        gaz = self.res.gazetteer
        return gaz.is_full_name(word) or any(gaz.areas[code].cls != "County" for code in gaz.names().get(word, ()))

    def _distinctive(self, tok) -> bool:
        """A word that makes a stem a name: a name tag, an abbreviation, a Chinese
        numeral (八一), or a word jieba's dictionary does not hold."""
        if self._described(tok):
            return False
        if is_proper_tag(tok.tag) or tok.tag.startswith("j") or is_cjk_numeral(tok.word):
            return True
        if (tok.tag == _SET_PHRASE_TAG and tok.word.endswith(_HISTORIC_EVENTS)) or tok.word in self.res.lexicon.names.known_persons:
            return True      # 百色起义 | 纪念馆, 周恩来 | 纪念馆: a historic event or person it commemorates
        return has_cjk(tok.word) and len(tok.word) >= 2 and tok.word not in self.res.jieba_words

    def _described(self, tok) -> bool:
        """小微 | 企业园: jieba's guess of a name, two characters opened by 小, 大, 高 …, is a
        description, as such a word of its dictionary is (see ``landmark_word_rules.tsv``)."""
        return len(tok.word) == 2 and tok.word[0] in self.res.lexicon.terms.landmark_first_rejects \
            and tok.word not in self.res.jieba_words

    def _is_country(self, word: str) -> bool:
        place = self.res.world.get(word)
        return place is not None and place.cls == "Country"

    def _named(self, tok) -> bool:
        """A name by jieba's tag, unless its dictionary holds a frequent common word so
        tagged (海洋, 城市: ns)."""
        if not (is_proper_tag(tok.tag) or tok.tag.startswith("j")):
            return False
        return self.res.jieba_words.get(tok.word, (0, ""))[0] < COMMON_NAME_FREQ or self._is_admin(tok.word)

    def _stem_tokens(self, index: TokenIndex, first: int, limit: int) -> list:
        """Noun-like tokens right before token ``first``, nearest last, at most ``limit`` characters."""
        out: list[Token] = []
        size, i = 0, first - 1
        while i >= 0:
            t = index.tokens[i]
            unknown = len(t.word) >= 2 and t.word not in self.res.jieba_words   # 某耕 | 山庄: a guess of jieba's model
            # (百色起义[l] | 纪念馆: an event jieba holds as a set phrase; 周恩来[t] | 纪念馆: a person the genre names)
            named = (t.tag == _SET_PHRASE_TAG and len(t.word) >= 4) or t.word in self.res.lexicon.names.known_persons
            if not (is_nounish_tag(t.tag) or is_proper_tag(t.tag) or is_cjk_numeral(t.word) or unknown or named):
                break
            if not has_cjk(t.word) or (any(c in self.stop for c in t.word) and not self._is_admin(t.word)) \
                    or size + len(t.word) > limit or t.word in self._visit_words \
                    or self._address_part(t.word) or t.word in SEAT_WORDS or t.word in _ROUTED_VIA:
                break
            out.insert(0, t)
            size += len(t.word)
            i -= 1
        return out

    def _address_part(self, word: str) -> bool:
        """某某路 | 金世纪大厦, 704 | 号伟星大厦: a road or a house number ends an address
        before a building's name (铁路, 马路 are words of their own)."""
        return "号" in word or word == "大道" or (any(c in _ROAD_CHARS for c in word)
                                                  and (len(word) == 1 or word not in self.res.jieba_words))

    def _trim_admin(self, doc: Doc, stem: list) -> list:
        """Drop a leading administrative name when a name follows it (河北|西柏坡纪念馆), if the
        place stage read it as the place here (新河 | 湖滨文化园 in a city with no 新河县)."""
        named = cast("list[Mention] | None", doc.memo.get("places"))
        starts = {m.start for m in named} if named is not None else None
        while len(stem) >= 2 and self._is_admin(stem[0].word) and is_proper_tag(stem[1].tag) \
                and (starts is None or stem[0].start in starts):
            stem = stem[1:]
        # (凤山街道 | 皇山桥菜市场: a township or village written in full, a name after it: the site's own name)
        lead = next((m for m in named or () if m.start == stem[0].start and m.text.endswith(_LOCAL_LEVEL_ENDS)
                     and m.end < stem[-1].end), None) if stem else None
        if lead is not None:
            rest = [t for t in stem if t.start >= lead.end]
            if rest and rest[0].start == lead.end and any(self._distinctive(t) for t in rest):
                stem = rest
        return stem

    def _make(self, doc: Doc, start: int, end: int, cls: str, place: Mention | None = None) -> Mention:
        """The mention; a zone named after its division carries it as an organisation does
        (``place``, its offsets, its parent), so the division is a node and the zone in it."""
        attrs: tuple[tuple[str, str], ...] = ()
        if place is not None:
            attrs = (("place", place.key), ("place_start", str(place.start)), ("place_end", str(place.end)))
            if parent := place.attr("parent"):
                attrs += (("place_parent", parent),)
        return doc.mention(start, end, cls, doc.text[start:end], attrs=attrs)

    # -- rule 1 and 2: endings ----------------------------------------------
    def _by_suffix(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        for m in self._suffix_re.finditer(text):
            s, e = m.start(), m.end()
            if e not in index.by_end and not (text[e:e + 1] in _GLUED_LOCATIVES and e + 1 in index.by_end
                                              and e - 1 in index.by_start):
                continue          # 城市, 山区, 河道: the ending is not where the word ends (but 文化 | 园内)
            if text.startswith(_ROAD_WORDS, e):
                continue          # 剧院路, 机场大道: a road named after the site, not the site
            cls, strength, name_ok = self.suffixes[m.group()]
            span = self._one_word(doc, index, s, e, cls, strength, name_ok) if e in index.by_end else None
            if span is None and s in index.by_start:
                span = self._stem_and_ending(doc, index, s, e, strength, keep_admin=cls in ZONE_CLASSES)
            if span is None and m.group() in self.short_place_named and (k := index.by_end.get(s)) is not None:
                before = index.tokens[k]
                if self._is_admin(before.word) and not self.res.gazetteer.is_full_name(before.word) \
                        and self.res.jieba_words.get(before.word, (0, ""))[0] < COMMON_NAME_FREQ:
                    span = (before.start, e)     # 黄山 | 风景区, 平遥 | 古城: named after the place's short name
            if span is None and cls == DESIGNATION and s in index.by_start:
                span = self._named_after_policy(doc, index, s, e)
            place = None
            if span is None and cls == ZONE and s in index.by_start:
                place = self._place_before_zone(doc, index, s)
                span = (place.start, e) if place is not None else None
            if span is None and cls == "Landmark" and strength == "strong":
                span = self._venue(text, s, e)
            elif span is not None and cls == "Landmark":
                span = self._owned_by_place(index, self._after_name(index, span), m.group())
            if span is None:
                continue
            a, b = span
            if cls == "NaturalPlace":
                b = self._natural_extent(doc, index, a, b)
            word = text[a:b]
            if self._is_admin(word) or self.res.is_common_word(word) or (
                    self._opens_with_a_word(index, a, b) and _COUNT_AFTER.match(text, b)):
                continue          # (新建 | 标准化 | 茶园1200亩: a kind of site built, counted)
            if place is None and cls == ZONE:
                # 长沙 | 高新区, 新乡 | 经开区: a zone named after its division is in it (the division a node)
                # (only a short qualifier between: 柳州 | 柳东新区汽车 | 产业园 is in the zone it names)
                # (北京 | 东 | 燕郊经济技术开发区: a direction, a word alone after the place, says where the zone
                # lies from it; 岳阳 | 南湖旅游度假区 is named after a lake)
                place = next((p for p in self.places.places(doc) if p.start == a and p.end < b
                              and p.label in ADMIN_CLASSES and s - p.end <= MAX_ZONE_QUALIFIER
                              and not (text[p.end] in _DIRECTIONS and p.end + 1 in doc.token_ends)), None)
            out.append(self._make(doc, a, b, cls, place))
        return out

    def _opens_with_a_word(self, index: TokenIndex, a: int, b: int) -> bool:
        """新建 | 标准化 | 茶园: the stem opens with a county's short name that is mostly a word of the
        language (新建, to build: :meth:`AdminPlaceRecognizer.mostly_a_word`), and more follows it
        (a name may open so too: 中原 | 科技城; a count after it tells the kind built)."""
        i = index.by_start.get(a)
        if i is None or index.tokens[i].end >= b:
            return False
        word = index.tokens[i].word
        codes = self.res.gazetteer.names().get(word)
        return bool(codes) and all(self.places.mostly_a_word(word, self.res.gazetteer.areas[c]) for c in codes or ())

    def _named_after_policy(self, doc: Doc, index: TokenIndex, s: int, e: int) -> tuple[int, int] | None:
        """某省 | 乡村振兴 | 示范区, 国家公园 | 示范县: a designation named after a policy the
        lexicons know (a programme, a doctrine, a topic, a kind of protected land), with the
        place it is given to before it."""
        text = doc.text
        a = next((s - k for k in range(min(MAX_POLICY, s), 1, -1)
                  if text[s - k:s] in self.policies and s - k in index.by_start), None)
        if a is None:
            return None
        i = index.by_start[a]
        if i > 0 and self._is_admin(index.tokens[i - 1].word):
            a = index.tokens[i - 1].start
        return a, e

    def _place_before_zone(self, doc: Doc, index: TokenIndex, s: int) -> Mention | None:
        """某镇 | 柑橘 | 产业园, 某市 | 蔬菜 | 产业园, 某街道 | 现代农业 | 产业园: a zone named by the
        division it lies in and the nouns of what it grows or makes; with no name of its own in
        the stem, the division (as the place recogniser read it: jieba may split a township's
        name) makes the name. A verb between (某县 | 建设 | 产业园: the county builds one) makes none."""
        place_at = {m.end: m for m in self.places.places(doc) if m.label in ADMIN_CLASSES}
        if s in place_at and place_at[s].label == _CITY and place_at[s].end - place_at[s].start > 1:
            return place_at[s]      # 合肥[n] | 高新区[nr]: the city right before the ending, whatever jieba tagged
        k, size = index.by_start[s], 0
        for _ in range(MAX_ZONE_NOUNS):
            k -= 1
            if k < 0:
                return None
            tok = index.tokens[k]
            size += len(tok.word)
            if not tok.tag.startswith(("n", "j")) or tok.tag.startswith("nr") or size > MAX_STEM \
                    or tok.word in self.zone_verbs or any(c in self.stop for c in tok.word):
                return None
            place = place_at.get(tok.start)
            if place is not None:
                return place
        return None

    def _common_noun_after(self, index: TokenIndex, e: int) -> bool:
        """洞庭湖 | 区域: the word after is a common noun that merely opens like a level word (区域, 市场), no
        administrative name's end (区, 区委, 村委会)."""
        k = index.by_start.get(e)
        if k is None:
            return False
        word = index.tokens[k].word
        return len(word) >= 2 and self.res.is_common_word(word) and self.res.jieba_words[word][1] == "n" \
            and word not in self.res.lexicon.terms.landmark_next_rejects

    def _mountain_region(self, doc: Doc, index: TokenIndex, a: int, b: int) -> bool:
        """某某山 | 区 standing as words, no division's name: the mountainous region named after it."""
        text = doc.text
        return text[b - 1:b] == "山" and text.startswith(REGION_CHAR, b) and b + 1 in index.by_end \
            and not self._is_admin(text[a:b + 1])

    def _natural_extent(self, doc: Doc, index: TokenIndex, a: int, b: int) -> int:
        """某山北麓 (a slope of the mountain), 某某山区 (the mountainous region named after it):
        the words that make a mountain's name a region's, when they stand as words."""
        text = doc.text
        for word in SLOPE_WORDS:
            if text.startswith(word, b) and b + len(word) in index.by_end:
                return b + len(word)
        if self._mountain_region(doc, index, a, b):
            return b + 1
        return b

    def _venue(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """在某某山庄会见…, 在某某宾馆召开…: between 在 and a verb of holding or receiving, a stem
        and a strong ending are the venue's whole name, whatever jieba made of the stem."""
        if not text.startswith(self._held_verbs, e):
            return None
        for k in range(VENUE_MIN_STEM, VENUE_MAX_STEM + 1):
            a = s - k
            if a >= 1 and text[a - 1] == "在" and all(_CJK_CHAR.match(c) for c in text[a:s]) \
                    and not any(c in self.stop for c in text[a:s]):
                seat = next((w for w in SEAT_WORDS if text.startswith(w, a)), "")
                # (在县城 | 某某广场: the town's word is no part of the name; 在县城广场 names none)
                return (a + len(seat), e) if s - a - len(seat) >= VENUE_MIN_STEM else None
        return None

    def _one_word(self, doc, index, s, e, cls, strength, name_ok) -> tuple[int, int] | None:
        """The whole word ends in the ending and jieba knows it as a name (洱海, 腾格里沙漠)."""
        i = index.by_end[e]
        tok = index.tokens[i]
        if len(tok.word) <= e - s:
            return None
        lex = self.res.lexicon.terms
        freq = self.res.jieba_words.get(tok.word, (0, ""))[0]
        if freq == 0:
            return None           # a guess of jieba's HMM, not a word it knows
        if len(tok.word) == 2 and (freq < lex.landmark_min_freq or tok.word[0] in lex.landmark_first_rejects):
            return None           # 高山, 江山, 上门, 蓝海
        if doc.text.startswith(lex.landmark_next_rejects, e) and not self._mountain_region(doc, index, tok.start, e) \
                and not self._common_noun_after(index, e):
            return None           # 粤海|街道: the stem of an administrative name (not 某某山 | 区, a region)
        if strength == "weak" and len(tok.word) == 4 and any(c in lex.landmark_idiom_chars for c in tok.word[:3]):
            return None           # 五湖四海, 半壁江山: an idiom
        if cls == "NaturalPlace" and reads_as_river(doc.text, index.tokens, i, self.res.lexicon.names.common_surnames):
            return tok.start, tok.end     # 某县 | 富春江: a river, though jieba's dictionary tags it a name
        if self._looks_like_person(tok, freq):
            return None
        if cls == "NaturalPlace" and strength == "weak" and tok.tag.startswith("nz") and freq < lex.landmark_min_freq:
            return None           # 锂电池 (nz, rare): a thing of a name's tag, no lake
        if i and index.tokens[i - 1].end == tok.start and index.tokens[i - 1].word in self.res.lexicon.names.roles:
            return None           # 县长 | 黄海 | 主持: a name right after a post (the sea is not what holds it)
        if strength == "strong" and self.res.jieba_words.get(doc.text[tok.start:s], (0, ""))[1] in _MODIFIER_TAGS:
            return None           # 高速铁路 (nz to jieba): a kind of line, 高速 a modifier (not 国家 | 大剧院)
        if tok.tag.startswith(("ns", "nz")) or (tok.tag.startswith("nr") and (
                name_ok or strength == "strong" or (cls == "NaturalPlace" and freq >= lex.landmark_min_freq * 20))) \
                or (tok.tag == "nt" and doc.text[s:e] in self.place_named):
            return tok.start, tok.end     # (a mountain jieba's dictionary knows well under a name's tag;
            #                               中国美术馆, a venue it knows as an institution)
        if strength == "strong" and self._name_stem(tok.word[:s - tok.start]):
            return tok.start, tok.end     # 某某水库, 某某机场: a common noun to jieba's tag, named by its stem
        return None

    def _name_stem(self, stem: str) -> bool:
        """A stem that names the site's place: a division's name or a word jieba tags as a place's,
        not one so frequent it is a common noun (城市 | 公园, 海洋 | 公园). (Not a person's: 某某纪念馆
        is named after one, but NER corpora tag the person.)"""
        if len(stem) < 2:
            return False
        freq, tag = self.res.jieba_words.get(stem, (0, ""))
        return (self._is_admin(stem) or tag.startswith(PLACE_TAG)) and freq < COMMON_NAME_FREQ

    def _looks_like_person(self, tok, freq: int) -> bool:
        """A rare word jieba tags as a name that starts with a surname (辛业江) or is
        all transliteration characters (斯图塔) is a person, whatever its ending."""
        names = self.res.lexicon.names
        if not tok.tag.startswith(("nr", "nz")) or freq >= self.res.lexicon.terms.landmark_min_freq * 5:
            return False
        return tok.word[0] in names.surnames and len(tok.word) == 3 or all(c in names.transliteration_chars for c in tok.word)

    def _after_name(self, index: TokenIndex, span: tuple[int, int]) -> tuple[int, int]:
        """某某河 | 滨河公园: a river's or a mountain's name right before a one-word landmark
        is part of its name (not an administrative one: 北京 | 故宫 are two places)."""
        a, b = span
        i = index.by_start.get(a)
        if i is None or i == 0:
            return span
        prev = index.tokens[i - 1]
        natural = self.suffixes.get(prev.word[-1])
        if prev.end == a and prev.tag.startswith("ns") and len(prev.word) >= 3 and natural is not None \
                and natural[0] == "NaturalPlace" and not self._is_admin(prev.word) and prev.word not in self.res.world:
            return prev.start, b
        return span

    def _owned_by_place(self, index: TokenIndex, span: tuple[int, int], ending: str) -> tuple[int, int]:
        """某市 | 人民大会堂, 县 | 人民大会堂: a one-word venue whose stem is a common word (人民), right
        after a division or a bare level word, is that place's venue, one name with it (not the
        national one the word alone names; 北京 | 故宫, a name of its own, stays two places)."""
        a, b = span
        i = index.by_start.get(a)
        if i is None or i == 0 or ending not in self.place_named:
            return span
        prev, word = index.tokens[i - 1], index.tokens[i].word
        stem = word[:-len(ending)] if word.endswith(ending) else ""
        if prev.end == a and b == index.tokens[i].end and stem and self.res.is_common_word(stem) \
                and (self._is_admin(prev.word) or prev.word in LEVEL_ENDS):
            return prev.start, b
        return span

    def _stem_and_ending(self, doc, index, s, e, strength, keep_admin: bool = False) -> tuple[int, int] | None:
        """A stem of words before the ending (八一|纪念馆, 中国抗战|馆); a zone keeps the
        place it is named after (某某市 | 经济技术开发区)."""
        first = index.by_start[s]
        if strength == "weak" and index.tokens[first].end != e:
            return None           # a weak ending must stand as a word of its own: 图书馆 is not 图书+馆
        stem = self._stem_tokens(index, first, MAX_STEM if strength == "strong" else MAX_WEAK_STEM)
        phrase = max((k for k, t in enumerate(stem[:-1]) if t.tag.startswith(("l", "i"))
                      and any(self._distinctive(x) for x in stem[k + 1:])), default=None)
        if phrase is not None:
            stem = stem[phrase + 1:]   # 驱车前往 | 某某冰川: a set phrase before the name is no part of it
        if stem and _COUNTED_KINDS.fullmatch(stem[-1].word):
            return None           # 宏村、西递 | 两大 | 景区: the count of the sites listed, no site's name
        if keep_admin:
            # 某省 | 建设 | 某某示范区: a cue verb inside the stem ends what the place does and
            # opens the designation's own name (kept when a name follows it)
            cut = max((k for k, t in enumerate(stem[:-1]) if t.word in self.zone_verbs
                       and any(self._distinctive(x) or self._named(x) for x in stem[k + 1:])), default=None)
            if cut is not None:
                stem = stem[cut + 1:]
        else:
            stem = self._trim_admin(doc, stem)
        if not stem:
            return None
        if strength == "strong":
            if doc.text[s:e] in self.place_named and (self._is_admin(stem[0].word) or stem[0].word in self.res.world):
                return stem[0].start, e   # 山西 | 博物院, 中国 | 美术馆, 北京 | 图书 | 大厦: named after its place
            if not any(self._distinctive(t) for t in stem):
                return None       # 革命纪念馆, 文化广场: no name in the stem
            if not keep_admin and all(self._is_admin(t.word) or self._is_country(t.word) for t in stem):
                return None       # 某某市 | 茶园: the place's tea gardens, not a site's name (美国 | 铁路)
            while keep_admin and len(stem) >= 2 and self._is_admin(stem[0].word) \
                    and self.res.gazetteer.is_full_name(stem[0].word):
                stem = stem[1:]   # 某某区 | 海湾旅游区: a full administrative name stays a place of its own
            if keep_admin and (stem[0].tag.startswith("v") or not any(self._named(t) for t in stem)):
                return None       # 建设 | 某某都市圈, 海洋牧场示范区: a zone is named after a place or a name
        else:
            if not (is_proper_tag(stem[0].tag) and not self._is_admin(stem[0].word)) or self._described(stem[0]):
                return None       # 北京城 is the city itself; 图书+馆 has no name; 小微 | 企业 | 园
            if len(stem) == 1 and stem[0].tag.startswith("nr"):
                return None       # 辛业|江, 巴蒂斯图|塔: a person's name and a character
        return stem[0].start, e

    # -- rule 3: lists of sites ---------------------------------------------
    def _by_list(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        for items in _closed_lists(self._list_re, text, index):
            if len(items) < 2:
                continue          # one item is no list: 把X与Y等资源 is read by the endings alone
            names: list[tuple[int, int]] = []
            others: list[tuple[int, int]] = []
            for k, (a, b) in enumerate(items):
                if k == 0:
                    a = self._name_start(index, a, b)   # 充分利用|赵州桥: the verb is not part of it
                if a is None or not index.is_word_span(a, b):
                    continue
                word = text[a:b]
                if not (2 <= len(word) <= MAX_LIST_ITEM) or not has_cjk(word):
                    continue
                if any(c in self.stop for c in word) or self._is_admin(word) or self.res.is_common_word(word):
                    continue
                toks = index.between(a, b)
                if not toks or not all(is_nounish_tag(t.tag) or is_proper_tag(t.tag) or is_cjk_numeral(t.word)
                                       for t in toks):
                    continue
                (names if self._distinctive(toks[0]) else others).append((a, b))
            # a list of sites with a name in it makes names of its other single words of
            # three or more characters too (井冈山革命博物馆、八角楼、黄洋界等红色资源)
            if names:
                names += [(a, b) for a, b in others if len(index.between(a, b)) == 1 and b - a >= 3]
            out += [self._make(doc, a, b, "Landmark") for a, b in sorted(names)]
        return out

    def _natural_list(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """弥苴河、永安江等入湖河流: every item of a list that a word of rivers or lakes closes
        (``natural_list_heads.txt``) and that ends in a feature's character (河, 江, 湖 …) is a
        natural place, the list vouching for names jieba cut into pieces."""
        text = doc.text
        out: list[Mention] = []
        for items in _closed_lists(self._natural_list_re, text, index):
            if len(items) < 2 or not all(text[b - 1:b] in self._feature_ends for _, b in items):
                continue
            (a0, b0), rest = items[0], items[1:]
            # the first item counts where it is a name whole: not 重点整治弥苴河 (too long to say where the
            # name starts), nor 整治 | 金河 (a word of the clause, then more than the feature's character)
            opening = index.between(a0, b0)[:1]
            worded = bool(opening) and len(opening[0].word) >= 2 and b0 - opening[0].end >= 2 \
                and opening[0].word in self.res.jieba_words and not is_proper_tag(opening[0].tag)
            first = [(a0, b0)] * (self._feature_name(text, a0, b0) and not worded)
            verb = next((t for t in reversed(index.between(a0, b0)) if t.tag.startswith(_BEFORE_NAME_TAGS)), None)
            if not worded and verb is not None and verb.start > a0 and verb.end < b0:
                # 要加强 | 白河, 加强对 | 唐河: the name after the clause's verb or preposition, a word of
                # jieba's own for a place, or one it does not know
                rest_toks = index.between(verb.end, b0)
                if len(rest_toks) == 1 and (is_proper_tag(rest_toks[0].tag) or rest_toks[0].word not in self.res.jieba_words) \
                        and self._feature_name(text, verb.end, b0):
                    first = [(verb.end, b0)]
                else:
                    first = []
            if worded:
                # 持续推进 | 竹竿河、小潢河等重点河流: the name starts after the clause's last verb
                verb = next((t for t in reversed(index.between(a0, b0)) if t.tag.startswith(_BEFORE_NAME_TAGS)), None)
                if verb is not None and self._feature_name(text, verb.end, b0) and b0 - verb.end >= 3:
                    first = [(verb.end, b0)]
            spans = first + rest
            # (唐河, a county's short name too: a river where the list says so; a division named in full, or a
            # province's or a city's name, 黑龙江, is none)
            if not all(self._feature_name(text, a, b) for a, b in rest) or any(
                    self.res.is_common_word(text[a:b]) for a, b in spans):
                continue
            # (a member that is a division's name is left to the place rules; the others stay rivers)
            out += [doc.mention(a, b, "NaturalPlace", text[a:b], source="landmarks.natural_list") for a, b in spans
                    if not self._named_division(text[a:b])]
        return out

    @staticmethod
    def _feature_name(text: str, a: int, b: int) -> bool:
        return 2 <= b - a <= MAX_FEATURE_NAME and is_han(text[a:b])

    def _name_start(self, index: TokenIndex, a: int, b: int) -> int | None:
        """Where a name can begin in ``[a, b)``: the leftmost distinctive word of the run
        of noun-like words that ends at ``b`` (依托|井冈山革命博物馆, 充分利用|赵州桥)."""
        toks = index.between(a, b)
        run: list[Token] = []
        for t in reversed(toks):
            if not (is_nounish_tag(t.tag) or is_proper_tag(t.tag) or is_cjk_numeral(t.word)) or self._is_admin(t.word):
                break
            run.insert(0, t)
        for t in run:
            if self._distinctive(t):
                return t.start
        return None


# jieba's tags of the words a clause has before the first item of a list of names: verbs, prepositions
_BEFORE_NAME_TAGS = ("v", "p")


def _closed_lists(closing: re.Pattern, text: str, index: TokenIndex):
    """The items of each list ``closing`` ends (等红色资源, 等入湖河流): from the clause's start to
    the match, split on 、 and the words that join list items."""
    for m in closing.finditer(text):
        end = m.start()
        start = max(text.rfind(c, 0, end) for c in CLAUSE_PUNCT) + 1
        yield split_items(text, start, end, index)
