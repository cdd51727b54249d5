"""Administrative places: GB/T 2260 divisions from the gazetteer, and townships
and villages recognised by suffix on a proper-noun stem.

Ambiguous names (朝阳, 鼓楼区, 通州) are resolved by the places the article
names unambiguously (or its publisher names); what stays ambiguous is left out
rather than guessed.

Foreign places (:class:`ForeignPlaceRecognizer`): countries, world regions and
foreign cities from CLDR (``kg/world.py``), and one-character abbreviations in the
patterns news uses them in: pairs (中美, 京津冀), a country's side (中方) and after
a verb of travel (访华, 来京).
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress
from typing import Callable, Iterable

from ..clean import is_han_char
from ..gazetteer import ADMIN_KEY, AdminArea
from ..lexicon import read_list, read_table
from ..model import Mention
from ..resources import Resources
from ..tokens import TOKEN_WORD, Token
from . import Doc, word_memo
from .termtools import FORMER, RIVER_CONTEXT, TokenIndex, is_cjk_numeral

__all__ = ["AdminPlaceRecognizer", "ForeignPlaceRecognizer", "admin_key", "HEAD_OF", "LEVEL_ENDS"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TEAM_HEAD = "队"
MIN_TEAM_LIST = 3         # countries in a list that, in a sentence about a competition, are its teams
HOME_COUNTRY = "中国"         # the reporter's own country (我国): the news this tool reads is China's
MODIFIER_ONLY = "modifier"   # a mention's attribute: a place word that qualifies a noun, no node of its own
_EPITHETS = frozenset("新")   # 新中国
_BRACKETS_OPEN = ("（", "(")
# jieba's tags of the words a country's name qualifies when glued to them (中国 | 文化, 中国 | 西南)
_QUALIFIED_TAGS = frozenset({"n", "vn", "nz", "f", "s", "j", "an"})
_HOME_VERBS = frozenset({"政府", "人民"})   # (中国政府, 中国人民: the state and its people, the country named)
_LIST_JOINS = frozenset({"、", "和", "与", "及", "，"})
# what follows a pair of rivers' characters that names the region between them (黄淮北部, 江淮、)
_REGION_AFTER = ("、", "，", "等", "和", "中南部", "北部", "南部", "东部", "西部", "中部", "地区", "流域", "平原", "一带")
MIN_TRANSLITERATED_COUNTY = 4         # 康斯坦察县: a name this long in transliteration characters is no county at home
MAX_NAME_PIECES = 4
_PIECE_TAGS = ("nr", "ns", "nz", "j")
MIN_TRANSLITERATED_DIVISION = 3       # 巴达赫尚省: shorter names in transliteration characters are Chinese too
MIN_TOWNSHIP_NAME = 3      # characters of a township's name that tell its county (麦子店街道; not 城关镇 alone)
_FOREIGN_ONLY_LEVELS = frozenset("州省邦郡")   # (县 and 市 name divisions at home under names of any kind)
_NAME_WORD_TAGS = frozenset({"nr", "nrt", "nz"})
# after a one-character name, the words of a people's medicine, language or script (朝医药, 朝汉双语):
# the ethnic group (朝鲜族), not the country
_PEOPLES_WORDS = ("医", "药", "汉", "语", "文", "族")
_PEOPLE = "族"       # a people (朝鲜族, 蒙古族) after a country's name
_TOWNSHIP_CHARS = frozenset("镇乡")          # a township's level word of one character
_DIRECTLY_UNDER = "直"     # 县直, 市直: the bodies directly under a level (县直部门)
_LIST_OPENERS = frozenset("，,、；;")   # what a list's next item (和县政协…: and the county's CPPCC) comes after
_CLOSING_BRACKETS = frozenset({"）", ")"})
_CAMPUS = "校区"
# 平安县（市、区）, 文明县（市、区、旗）: a kind of county named by its levels in brackets, no county
_COUNTY_LEVELS = frozenset("县市区旗")
_CONJUNCTION_ENDS = frozenset("和与及")
_LEVELS_BRACKETED = re.compile(r"[（(][市区县旗、]{1,7}[）)]")
_LOOKS = "貌"       # 县容县貌: the idiom's last character
_CONJUNCTIONS = frozenset("和与及")   # (和县: a county's name opening with one)
# 旅游兴县, 工业强县, 产业富县, 生态立县: a county's development slogan, a noun and a verb of the county
# (兴县 and 富县 are counties of their own, named after places, a verb or a noun before them)
_SLOGAN_VERBS = frozenset("兴强富立活稳")
_NOUN_TAGS = ("n", "vn")
_GLUED_SPLIT_FREQ = 500      # a word this frequent a county's last character opens (安置): the name a mis-cut
_NAME_TAGS_BEFORE = ("nr", "nz", "ns")       # the tags of a name's piece jieba leaves open before one
_PROVINCE_AND_COUNTRY = frozenset({"province", "country"})   # kinds of abbreviations no pair mixes
_ADJECTIVE_JOINS = ("和", "而")   # 宜居宜业和美乡村: joining two adjectives before a noun
# complements of direction after an adjective or a verb (让乡村富起来、美起来): no country's name before them
_COMPLEMENTS = frozenset({"起来", "下去", "出来", "上来", "起"})
_DAY = "日"          # a date's day, and the one-character name of Japan
_LOCAL_LEVEL_WORDS = ("街道", "镇", "乡", "村", "苏木", "嘎查")     # the level words of townships and villages
# the words of a road's or a bridge's name after the place it is named after (longest first; 中山 | 桥)
_ROAD_WORDS = ("东路", "西路", "南路", "北路", "中路", "大道", "大街", "大桥", "路", "街", "巷", "桥")
_SUBDISTRICT = "街道"
_LANDFORM_ENDS = frozenset("河江湖山")
LANDFORM = "NaturalPlace"   # a county's short name ending so names a river, lake or mountain too
_GOING_CHARS = frozenset("来赴到")   # 一行30人来 | 湘考察: a verb of coming jieba's model glued to the word before
# a post of a Chinese body after a one-character abbreviation: a surname (韩院长, 俄书记), no country (俄总统 is one)
_DOMESTIC_TITLES = ("院长", "书记", "局长", "主任", "校长", "老师", "县长", "市长", "镇长", "乡长", "区长", "厅长", "处长",
                    "科长", "所长", "站长", "庭长", "检察长", "董事长", "总经理", "支书", "村长")
_STATE_WORDS = ("政府", "当局")   # 俄政府: a country's abbreviation before its government
# a country's land and people after its abbreviation (印全国, 阿北部, 俄国内)
_LAND_WORDS = frozenset({"全国", "国内", "境内", "各地", "北部", "南部", "东部", "西部", "中部", "全境",
                         "人民", "军队", "议会", "国会", "外交部", "外长", "总统", "总理"})
# a foreign state's or province's level words (俄亥俄州, 信德省, 拉贾斯坦邦, 肯特郡, 青森县), and how far
# after the country's name the division may stand in its sentence (美国东北部的某某州)
ABROAD_LEVELS = ("州", "省", "邦", "郡", "县", "市")
ABROAD_GAP = 12
_ABROAD_LEVEL_RE = re.compile("|".join(ABROAD_LEVELS))
_PROPER_TAGS = frozenset({"nr", "ns", "nz", "nt"})     # jieba's tags of names (their first two letters)
# a township's or village's stem that jieba knows as an ordinary word is still a name when
# the word is rare and no verb (子午 | 街道, 明月 | 村; not 贫困村, 脱贫村, 示范村)
RARE_STEM_FREQ = 400
# a county's short name is mostly a word when jieba counts it this many times as often as the
# county's full names (a name written short is counted some 5-30 times as often as in full)
WORD_OVER_NAME = 50
RARE_STEM_TAGS = ("t", "a", "ng", "tg", "ag")
# stems longer than four characters only for an item of a 、-list (某某某某格镇、…苏木)
MAX_STEM = 4
MAX_LIST_STEM = 6
LIST_MARK = "、"        # between the items of a list (甲镇、乙乡、丙镇)
TOWNSHIP, VILLAGE = "Township", "Village"
_MODIFIER_TAGS = ("n", "vn", "a", "b")   # what opens a compound a common word ends (旅游资源, 红色资源)
COMMON_STEM_FREQ = 300   # a noun this frequent before 镇 or 村 in one word of jieba's makes a common word (小城镇)
ADJECTIVE_TAG = "a"       # 小, 大, 老: jieba's tag of an adjective of one character
EVERYDAY_NOUN_FREQ = 5000  # a noun jieba counts this often (干部, 群众, 企业) opens no village's name
KIND_FREQ = 100           # a word for a kind of settlement (山村, 渔村) jieba counts this often
_NATIVE = "人"            # 宜兴人: a native of 宜兴
_VESSEL = "号"            # 某地号: a train, ship or craft named after the place (“长安号”), not the place
# 徽州文化, 红山文化: a county's short name before 文化 names a historic region's or an excavation's
# culture, older than the county that took the name (徽州区, 红山区)
_CULTURE = "文化"
HEAD_OF = "长"            # 市长, 县长: the head of a division's government, after its level character
_LIST_MARKS = frozenset("、，,")      # between the items of a list of names
_FUNCTION_TAGS = ("p", "c", "u", "d", "v", "r", "m", "q", "f")   # jieba's tags of words no surname is (在, 和, 于)
# a count of places of a kind right after the kind's name (建成某某社区500个, 示范村十个): no name
# (not 一个: 某村一个农家院 is one thing of the village)
_ASPECT_TAGS = frozenset({"uz", "ul", "ug"})   # jieba's tags of 着, 了, 过 after a verb
# (not where a kind follows the count: 甲镇、乙乡两个乡镇 counts the list's items, named)
_COUNTED_AFTER = re.compile(r"(?:[0-9]+|[两二三四五六七八九十百千万][一二三四五六七八九十百千万]*)[余多]?[个座家处所]"
                            r"(?!乡镇|镇|乡|村|社区|街道|县|市|区)")
TIME_ZONE_WORD = "时间"   # 北京时间, 东京时间: a city's name before it names a time zone, not the city
# what a division's name ends in (a place word jieba tags ns, an ambiguous 某某区) and what opens
# the head of its government's post (省长 … 乡长)
LEVEL_ENDS = frozenset("省市县区旗州盟镇乡")
_LEVEL_BODIES = ("党委", "党支部", "党总支", "政府", "人大", "政协", "纪委")   # a division's own bodies, by their heads
CITY_CLASSES = ("Province", "Prefecture")      # the levels a bare short name names first
# 来衢, 赴济, 在衡期间: a city or county written by its first character after a verb of travel (来济对接, 一行来衢表示
# 欢迎) or inside 在…期间, where the article names it in full; provinces' one-character names are the abbreviations'
_TRAVEL_ABBREVIATED = ("Prefecture", "County")
_TRAVEL_ABBREVIATION = re.compile(r"(?:[来赴抵莅]|返回|回到)(?P<place>[\u4e00-\u9fff])|在(?P<place2>[\u4e00-\u9fff])期间")
TRAVEL_SOURCE, TRAVEL_SCORE = "places.travel_abbreviation", 0.8
# after a county's short name, the words of a site's or a shore's name it opens (滨江核心区, 青山湖西岸): no county
# words before and after a noun of persons, never a place's name (各位来宾, 与会嘉宾, 来宾们)
# before a place's short name that is a common noun of persons too (各位来宾; 会见了来宾, 欢迎来宾: guests received)
_PERSONS_BEFORE = ("各位", "诸位", "全体", "与会", "到场", "特邀", "会见", "会见了", "欢迎", "接待", "接待了", "感谢",
                   "迎接", "款待", "领导和", "嘉宾和", "贵宾和", "朋友和", "代表和")   # (各位领导和来宾: a list of persons)
_PERSONS_AFTER = ("们", "朋友")
_NOUN_TAG = "n"     # a place's short name jieba holds as a common noun (来宾, guests)
# (a short name ending in a river's or lake's character is that water there: RIVER_CONTEXT)
# a housing estate's or a water works' kind after a place's short name (延安小区, 香港花园, 某某灌区): its name
_ESTATE_AFTER = ("小区", "花园", "家园", "公寓", "大坝", "灌区", "调蓄工程")
_SITE_AFTER = ("核心区", "西岸", "东岸", "南岸", "北岸", "片区", "新城")
_PROVINCE = "Province"
_SOVIET_AREA = "苏区"     # 川陕苏区, 湘赣苏区: the Soviet area of the provinces before it, no 苏 (Jiangsu)
# 五四村, 八一村, 七一社区: a place named after a date (a month and a day written as numerals), right
# after the division it is in
_DATE_NUMERALS = frozenset("一二三四五六七八九十")
_CLAN = "家"                  # 李家 | 山村: a village named after the clan living there
_VILLAGE_SUFFIX = "村"
_NOUN_TAG = "n"               # jieba's tags of nouns and names open with it (石[n] | 山村)
MOVE_INTO = "进入驻到回下"                      # 进村, 驻村, 下乡: a verb of going glued to the suffix
_STATIONED = "驻"          # 驻村 (stationed in villages), whatever the word before: never a village's stem


# 甲、乙、丙等3个村: a list whose items share the suffix written once after their count
MAX_GLUED_BEFORE_NAME = 2     # characters of a word read into a name read before (帮建 | 某某村)
MIN_READ_NAME = 3             # characters of a name read before that ends a longer one (某某村, not 某村)
# characters that open many villages' names beside a name without them (东孟寨村, 大孟寨村, 新孟寨村)
_NAME_OPENERS = frozenset("东西南北中上下大小新老旧前后")
_TIME_AFTER_VERB = frozenset("前后")     # 扶贫前, 搬迁后: before or after the act
# 甲、乙等4个村, 甲、乙等镇, 甲、乙、丙、丁四镇: the list's items share the level word after them (and its count); not
# 等村民, 等乡镇 (a word the level word opens)
_COUNTED_SUFFIX = (r"(?:等(?:(?P<n>[0-9一二两三四五六七八九十]{1,3})个)?|(?P<m>[两三四五六七八九十]{1,2}))"
                   r"(?P<suffix>村(?![民级干集委务组庄])|社区|镇|乡(?![镇村亲里土情])|街道)")
_TOUR_OPENERS = ("深入", "来到", "走进", "前往", "赴", "到", "在", "先后到", "先后来到", "分别到")   # 深入甲、乙等镇
_ELIDED = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,9})" + _COUNTED_SUFFIX)
# what such a list ends in, looked for first (the pattern above is tried at every character)
_ELIDED_COUNT = re.compile(_COUNTED_SUFFIX)
_DIGITS = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "两": 2}


def _count(n: str) -> int:
    """3, 三, 十二 -> the number."""
    if n.isdigit():
        return int(n)
    if n == "十":
        return 10
    if "十" in n:
        tens, _, ones = n.partition("十")
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)
    return _DIGITS.get(n, -1)


def admin_key(code: str) -> str:
    return f"adm/{code}"


def _stem_of_a_level(tok: Token) -> bool:
    """A place name of jieba's of two or three characters that is no division's whole name (某某区 |
    镇安街): the stem a level word after it may complete (a township's, a village's)."""
    return 2 <= len(tok.word) <= 3 and tok.tag.startswith("ns") and tok.word[-1] not in LEVEL_ENDS


class AdminPlaceRecognizer:
    """Finds provinces, prefectures, counties, townships and villages."""

    def __init__(self, resources: Resources):
        self.res = resources
        self.gaz = resources.gazetteer
        # the bodies a level word names short (县委, 县政协, 县政府): what 和县 opens after a list's mark (…，和县政协…)
        names = resources.lexicon.names
        self._level_bodies = tuple(sorted(set(names.org_level_heads) | set(names.org_level_bodies) | {"政府"},
                                          key=len, reverse=True))
        suffixes = sorted(resources.lexicon.place_suffixes, key=len, reverse=True)
        self._suffix_re = re.compile("|".join(map(re.escape, suffixes)))
        # 到某某镇调研: the verbs of going and of visiting that frame a township visited (event cues)
        cues = read_table("event_cues.tsv")
        self._moves = tuple(w for cls, role, w in cues if cls == "Visit" and role == "move")
        self._visit_verbs = tuple(w for cls, role, w in cues if cls == "Visit" and role == "verb")
        # names that only provinces and cities bear: what a longer word may open with (南京 | 大屠杀)
        self._city_names = frozenset(n for n, codes in self.gaz.names().items()
                                     if all(self.gaz.areas[c].cls in CITY_CLASSES for c in codes))
        self._city_name_lengths = sorted({len(n) for n in self._city_names}, reverse=True)
        # (of a word alone; an attribute, not a method replaced on the instance: a compiled class declares it)
        self._may_place: Callable[[str], bool] = word_memo(self._may_place_uncached)
        self.village_kinds = tuple(read_list("village_kinds.txt"))    # 城中村, 空心村: kinds, no names
        self._generic_districts = frozenset(read_list("generic_district_names.txt"))   # 矿区, 老城区: words too
        self.village_words = frozenset(read_list("village_name_words.txt"))   # 胜利村, 团结社区: common words, names
        self.village_events = tuple(read_list("village_event_words.txt"))     # 村BA, 村超: events, no villages
        # 来汉, 在蓉期间: cities news calls by a character not their name's first
        self._city_characters = {char: city for char, city in read_table("city_short_characters.tsv")}
        # (the city each customary character names, where the gazetteer holds one city so named)
        self._customary_areas = {char: self.gaz.areas[codes[0]] for char, city in self._city_characters.items()
                                 if len(codes := self.gaz.names().get(city, ())) == 1}
        # 村集体经济 after a county's short name: its villages as a whole, no village
        self.villages_whole = tuple(read_list("village_whole_words.txt"))
        self.level_led = frozenset(read_list("level_led_words.txt"))      # 乡风, 村貌: no name ends before them
        # 某局 | 会同县…: the words of bodies acting together, and what a body's name ends in
        names = resources.lexicon.names
        self._joining = tuple(sorted(names.org_stem_stops))
        self._body_heads = tuple(sorted(names.org_suffixes))

    def __call__(self, doc: Doc) -> list[Mention]:
        return list(self.places(doc))

    def places(self, doc: Doc) -> list[Mention]:
        """The admin and local places of ``doc``, computed once per document (the
        organisation recogniser reads them to find the place a name starts with)."""
        found = doc.memo.get("places")
        if found is None:
            admin = self._admin_mentions(doc)
            admin = admin + self._travelled_to(doc, admin)
            found = doc.memo["places"] = admin + self._local_mentions(doc, admin)
        return found  # type: ignore[return-value]

    def _travelled_to(self, doc: Doc, admin: list[Mention]) -> list[Mention]:
        """来衢, 一行来济表示欢迎, 在衡期间: a city or county the article names (衢州市, 济南…), by its first character
        after a verb of travel or inside 在…期间, the way its own paper writes it; only a character no other place
        named opens, standing alone (not 来衡 | 量); or by a city's customary character (来甬, 在蓉期间:
        ``city_short_characters.tsv``), named in full or not."""
        first: dict[str, Mention | None] = {}
        for m in admin:
            if m.label in _TRAVEL_ABBREVIATED and m.key.startswith(ADMIN_KEY) and m.end - m.start >= 2:
                had = first.get(m.text[0], m)
                first[m.text[0]] = m if had is not None and had.key == m.key else None
        by_name = {m.canonical: m for m in admin if m.label in _TRAVEL_ABBREVIATED and m.key.startswith(ADMIN_KEY)}
        customary: dict[str, AdminArea] = {}
        for char, city in self._city_characters.items():
            if char not in first and city in by_name:
                first[char] = by_name[city]     # 在汉期间 after 武汉市: a city's customary character
            elif char not in first and char in self._customary_areas:
                # (一行来甬访问 where 宁波市 is never named: the customary character names no other city)
                customary[char] = self._customary_areas[char]
        if not any(first.values()) and not customary:
            return []
        text, out = doc.text, []
        taken = {m.start for m in admin}
        for hit in _TRAVEL_ABBREVIATION.finditer(text):
            at = hit.start("place") if hit.group("place") else hit.start("place2")
            m = first.get(text[at])
            area = customary.get(text[at]) if m is None else None
            # (the character ends a word: alone, or glued to the verb before it, 来衢; not 来 | 衡量)
            if (m is None and area is None) or at in taken or at + 1 not in doc.token_ends \
                    or not (at in doc.token_starts or at - 1 in doc.token_starts):
                continue
            if area is not None:
                out.append(doc.mention(at, at + 1, area.cls, area.name, f"{ADMIN_KEY}{area.code}",
                                       (("adcode", area.code),), source=TRAVEL_SOURCE, score=TRAVEL_SCORE))
                continue
            sent = doc.sentence_at(at)
            out.append(replace(m, start=at, end=at + 1, text=text[at], sentence=sent.index if sent else -1,
                               source=TRAVEL_SOURCE, score=TRAVEL_SCORE))
        return out

    def anchors(self, doc: Doc) -> set[str]:
        """Codes of what the article (or its publisher) names without ambiguity, with their ancestors."""
        found = doc.memo.get("place_anchors")
        if found is None:
            self._admin_mentions(doc)
            found = doc.memo["place_anchors"]
        return found  # type: ignore[return-value]

    def resolve(self, word: str, anchors: set[str], provinces: frozenset[str] = frozenset()) -> str | None:
        """The code ``word`` stands for given the article's ``anchors``, or None."""
        codes = self.gaz.names().get(word)
        return self._resolve(word, codes, anchors, provinces) if codes else None

    # -- GB/T 2260 divisions -------------------------------------------------
    def _admin_mentions(self, doc: Doc) -> list[Mention]:
        names = self.gaz.names()
        candidates = []  # (token, codes)
        text, tokens = doc.text, doc.tokens
        # (only the tokens whose word may be one: most are not, and the test of a word is made once per process)
        for i in compress(range(len(tokens)), map(self._may_place, map(TOKEN_WORD, tokens))):
            tok = tokens[i]
            word = tok.word
            codes = names.get(word)
            if codes and (self._opens_township(doc, tok) or self._names_road(doc, tok)
                          or self._level_and_former(doc, tok, codes) or self._closes_a_township(doc, i)
                          or _joined_levels(text, tok)):
                continue          # 龙潭 | 镇 | 青石村: a township's stem, though a county's short name;
                #                   上海 | 路 | 社区: a road named after the place, not the place
            if codes and tok.start and text[tok.start - 1] == word[-1] and text.startswith(_LOOKS, tok.end):
                continue          # 县容县貌, 市容市貌: a place's looks (the idiom's 容县), no county
            if codes and tok.word[-1] in _NAME_LEVEL_ENDS and CHIEF_RANK.match(text, tok.end):
                continue          # 清水河 | 县级河长: the level character is the rank's (县级), the name a river's
            if codes and i + 1 < len(tokens) and self._ends_inside_a_word(tok, tokens[i + 1], codes):
                continue          # 修水 | 渠 (修 | 水渠, dig a canal): the short name's last character opens a word
            if codes and len(codes) == 1 and i and self._closes_a_compound(tokens[i - 1], tok, codes[0]):
                continue          # 旅游 | 资源, 红色 | 资源: the word a county's short name is, after its modifier
            if codes and len(word) == 2 and word[0] in _SLOGAN_VERBS and i and tokens[i - 1].end == tok.start \
                    and tokens[i - 1].tag in _NOUN_TAGS and tokens[i - 1].word not in names:
                continue          # 旅游 | 兴县: the slogan's 兴县, the county raised by tourism
            if codes and word[0] in _CONJUNCTIONS and i and (self._joins_bodies(tokens[i - 1], tok)
                                                               or text.startswith(_DIRECTLY_UNDER, tok.end)
                                                               or tokens[i - 1].word in _CLOSING_BRACKETS
                                                               or (tokens[i - 1].word in _LIST_OPENERS
                                                                   and text.startswith(self._level_bodies, tok.end)
                                                                   and not self._parent_named(text, codes))):
                continue          # 县中医院 | 和县 | 人民医院: and the county's hospital, no 和县 of Anhui (nor
                #                   各村（社区）和县直部门, 乡镇和县直单位: and the county's own departments;
                #                   …的讲话，和县政协常委会工作报告: and the county's CPPCC's, a list going on)
            if codes and text.startswith(_CULTURE, tok.end) and self.gaz.areas[codes[0]].cls == "County" \
                    and not self.gaz.is_full_name(word):
                continue
            if codes and text.startswith(_CAMPUS, tok.end) and not self.gaz.is_full_name(word):
                continue          # 江安校区, 望江校区: a school's campus named after a place, no county
            if codes and (text.endswith(_PERSONS_BEFORE, 0, tok.start) or text.startswith(_PERSONS_AFTER, tok.end)) \
                    and not self.gaz.is_full_name(word) and self.res.jieba_words.get(word, (0, ""))[1] == _NOUN_TAG:
                continue          # 向各位来宾表示欢迎, 来宾们: a noun of persons, no 来宾市
            if codes and text[tok.start:tok.end + 1] in self.res.lexicon.names.roles:
                continue          # 代县 | 长 (代县长, an acting county head: no 代县 of Shanxi)
            if codes and not self.gaz.is_full_name(word) and self._inside_a_persons_name(doc, i, codes):
                continue          # 副县 | 长兴 | 立民, 刘波、南 | 永登 |、: a post's 长 or a surname, then a given name
            if codes and text.startswith(_ESTATE_AFTER, tok.end) and not self.gaz.is_full_name(word):
                continue          # 延安小区, 香港花园, 都江堰灌区: an estate's or a works' name after a place's short name
            if codes and text.startswith(_SITE_AFTER, tok.end) and not self.gaz.is_full_name(word) \
                    and not (word[-1] in _LANDFORM_ENDS and text.startswith(RIVER_CONTEXT, tok.end)) \
                    and all(self.gaz.areas[c].cls == "County" for c in codes):
                continue          # 滨江核心区, 青山湖西岸: a county's short name opens a site's or a shore's name
            if codes and word[-1] in _COUNTY_LEVELS and (_LEVELS_BRACKETED.match(text, tok.end) or (
                    tok.start and text[tok.start - 1] == "“" and text.startswith("”", tok.end))):
                continue          # 全省平安县（市、区）, 被评为“平安县”: an honour of counties, no 平安县 (平安区 of Qinghai)
            if codes and word[-1] in _COUNTY_LEVELS and _LEVELS_BRACKETED.match(text, tok.end):
                continue          # 全省平安县（市、区）: an honour of counties, no 平安县 (平安区 of Qinghai)
            if codes and word[-1] in _CONJUNCTION_ENDS and i and i + 1 < len(tokens) and len(tokens[i - 1].word) == 1 \
                    and tokens[i - 1].tag.startswith("nr") and tokens[i + 1].tag.startswith("nr"):
                continue          # 闵 | 云和 | 陈立泉: a name's last character and 和 before the next name, no 云和县
            if codes and i and tokens[i - 1].end == tok.start and self._acts_with_body(tokens[i - 1], word):
                continue          # 县检察院 | 会同县自然资源局: a body acting together with the next, no 会同县
            if codes and len(codes) > 1:
                # 朝阳 | 区委书记: the level word after a short name says which of its places it is (the
                # districts 朝阳区, not the city 朝阳市 a bare 朝阳 would be)
                codes = [c for c in codes if self._level_after(text, tok, self.gaz.areas[c])] or codes
            if codes:
                if len(word) >= 2 and not (text.startswith(TIME_ZONE_WORD, tok.end)
                                           and tok.end + len(TIME_ZONE_WORD) in doc.token_ends) \
                        and not (text.startswith(_VESSEL, tok.end) and tok.end + 1 in doc.token_ends):
                    candidates.append((tok, codes))      # (北京时间: a time zone; “长安号”: a train named after it)
            elif len(word) < 3:
                continue
            elif word[-1] == _NATIVE and (head := names.get(word[:-1])):
                # 宜兴人, 上海人: a native of the place (the place is the mention)
                candidates.append((Token(word[:-1], "ns", tok.start, tok.end - 1), head))
            elif len(word) >= 4 and self.res.jieba_words.get(word, (0, "l"))[1][:1] not in "li":
                prefix = self._city_prefix(tok.word)
                if prefix:    # 南京大屠杀, 西安事变: a word of jieba's that a city's name opens
                    candidates.append((Token(prefix, "ns", tok.start, tok.start + len(prefix)), names[prefix]))
        # 普定 | 县委书记: a short name with the rest of its full name right after it (read into the next word by
        # jieba) is judged as the full name it is written as, a county of a province the article names or not
        judged = [self.gaz.areas[codes[0]].name if len(codes) == 1 and self._level_after(text, tok, self.gaz.areas[codes[0]])
                  else tok.word for tok, codes in candidates]
        # anchors: what the article names without ambiguity, with all ancestors
        anchors: set[str] = set()
        # the provinces of what is named by a full name or a province's or city's name; a
        # county's bare short name (资源, 灵山) is taken only inside them
        provinces: set[str] = set()
        for (tok, codes), word in zip(candidates, judged):
            area = self.gaz.areas[codes[0]]
            if len(codes) == 1 and self._acceptable_alone(word, area):
                chain = self.gaz.chain(codes[0])
                if self.gaz.is_full_name(word) or area.cls != "County":
                    provinces.add(chain[-1].code)
        for (tok, codes), word in zip(candidates, judged):
            if len(codes) == 1 and (self._acceptable_alone(word, self.gaz.areas[codes[0]])
                                    or self._level_after(text, tok, self.gaz.areas[codes[0]])) \
                    and self._fits(codes[0], provinces, word):
                anchors.update(a.code for a in self.gaz.chain(codes[0]))
        anchors |= self._publisher_anchors(doc.article.publisher)
        provinces |= {c for c in anchors if self.gaz.areas[c].cls == "Province"}
        # a second round: what the first resolved vouches for the rest (西安 → 西安市, then
        # 长安区 is the one inside it)
        listed = self._listed_with_provinces(text, candidates)
        resolved = [listed.get(k) or self._resolve(word, codes, anchors, provinces)
                    for k, ((tok, codes), word) in enumerate(zip(candidates, judged))]
        more = {a.code for code in resolved if code for a in self.gaz.chain(code)} - anchors
        if more and None in resolved:
            anchors |= more
            resolved = [code or self._resolve(word, codes, anchors, provinces)
                        for (tok, codes), code, word in zip(candidates, resolved, judged)]
        if None in resolved:
            # 朝阳区召开…，麦子店街道、双井街道作交流发言: of the districts so named (北京, 长春, 朝阳市), the one
            # whose townships the article names
            by_townships = [code or self._by_townships(text, codes) for (tok, codes), code in zip(candidates, resolved)]
            if by_townships != resolved:
                resolved = by_townships
                anchors |= {a.code for code in resolved if code for a in self.gaz.chain(code)}
        doc.memo["place_anchors"] = anchors
        out = []
        code_at_end: dict[int, str] = {}
        for (tok, codes), code in zip(candidates, resolved):
            if code is not None and tok.word[-1] in _LANDFORM_ENDS and not self.gaz.is_full_name(tok.word) \
                    and text.startswith(RIVER_CONTEXT, tok.end):
                code = None       # 右江 | 上游, 巢湖 | 水质: what is said of the river or lake, not of the county
            if code is None:
                if (self._landform_alone(tok.word, codes, text[tok.end:tok.end + 3])
                        or text.startswith(RIVER_CONTEXT, tok.end)) \
                        and self._fits(codes[0], provinces, tok.word):
                    # 深入清水河沿线: unconfirmed, a county's short name that is a river's or mountain's is the river
                    s = doc.sentence_at(tok.start)
                    out.append(Mention(doc.article.id, tok.start, tok.end, doc.article.text[tok.start:tok.end],
                                       LANDFORM, tok.word, f"{LANDFORM}/{tok.word}", s.index if s else -1))
                continue
            outer = code_at_end.get(tok.start)
            if outer is not None and self.gaz.areas[outer].level < self.gaz.areas[code].level \
                    and outer not in {a.code for a in self.gaz.chain(code)}:
                continue    # 深圳市 | 城区: right after a city, a division below it of another city is none here
            code_at_end[tok.end] = code
            area = self.gaz.areas[code]
            s = doc.sentence_at(tok.start)
            # 宁波市 | 长 | 某某: the level character is the post's (市长), the name is the place's
            end = tok.end - 1 if self._post_after(doc, tok) else tok.end
            out.append(Mention(doc.article.id, tok.start, end, doc.article.text[tok.start:end],
                               area.cls, area.name, admin_key(code), s.index if s else -1,
                               (("adcode", code),)))
        return out

    def _inside_a_persons_name(self, doc: Doc, i: int, codes: list[str]) -> bool:
        """A county's short name that jieba read across a person's name, where the article writes none of the
        places so named in full: after a level's character, its first character the post's 长 (副县 | 长兴 | 立民:
        副县长兴立民), a given name of one or two after it; or a surname alone before it, an item of a list of names
        (刘波、南 | 永登 |、田野: 南永登)."""
        text, tokens, tok = doc.text, doc.tokens, doc.tokens[i]
        before = tokens[i - 1] if i else None
        after_post = tok.word[0] == HEAD_OF and tok.start and text[tok.start - 1] + HEAD_OF in self.res.lexicon.names.roles \
            and len(tok.word) == 2 and i + 1 < len(tokens) \
            and tokens[i + 1].start == tok.end and len(tokens[i + 1].word) <= 2 \
            and all(is_han_char(ch) for ch in tokens[i + 1].word) and tokens[i + 1].tag.startswith(("n", "a"))
        listed = not after_post and before is not None and before.end == tok.start and len(before.word) == 1 \
            and is_han_char(before.word) and not is_cjk_numeral(before.word) and not before.tag.startswith(_FUNCTION_TAGS) \
            and len(tok.word) == 2 and all(self.gaz.areas[c].cls == "County" for c in codes) \
            and text[before.start - 1:before.start] in _LIST_MARKS and text[tok.end:tok.end + 1] in _LIST_MARKS
        # (the text scanned for the full names last, for the few short names read so)
        return bool(after_post or listed) and not any(self.gaz.areas[c].name in text for c in codes)

    def _acts_with_body(self, before: Token, word: str) -> bool:
        """A division's name opening with a word of bodies acting together (会同, ``org_stem_stops.txt``) right
        after a body's name (某局 | 会同县…): the verb between two bodies."""
        return word.startswith(self._joining) and before.word.endswith(self._body_heads)

    def _listed_with_provinces(self, text: str, candidates: list[tuple[Token, list[str]]]) -> dict[int, str]:
        """青海、…、陕西、河南、山东: a short name of a province and of places elsewhere (河南, a county of
        Qinghai), an item of a list beside a name of a province only, is the province: a list's items are
        of one level, whatever other place the article names."""
        out: dict[int, str] = {}
        areas = self.gaz.areas
        only_province = [len(codes) == 1 and areas[codes[0]].cls == _PROVINCE for _, codes in candidates]
        for k, (tok, codes) in enumerate(candidates):
            if len(codes) < 2:
                continue
            provinces = [c for c in codes if areas[c].cls == _PROVINCE]
            if len(provinces) != 1:
                continue
            before = k and only_province[k - 1] and text[candidates[k - 1][0].end:tok.start] == LIST_MARK
            after = k + 1 < len(candidates) and only_province[k + 1] \
                and text[tok.end:candidates[k + 1][0].start] == LIST_MARK
            if before or after:
                out[k] = provinces[0]
        return out

    def _parent_named(self, text: str, codes: list[str]) -> bool:
        """The text names a division above one of the places ``codes`` (马鞍山 or 安徽 for 和县): that place's news."""
        for code in codes:
            for area in self.gaz.chain(code)[1:]:
                if any(n in text for n in (area.name, *area.short_names)):
                    return True
        return False

    def _joins_bodies(self, prev: Token, tok: Token) -> bool:
        """A name opening with a conjunction (和县) right after a noun that is no place's name (中医院, 学校,
        教育局): the conjunction joins that body and the next, the rest a level word of a short form."""
        # (县政协 | 和县 | 人武部: an abbreviated body, jieba's j, too)
        return prev.end == tok.start and prev.tag.startswith(("n", "j")) and not prev.tag.startswith("ns") \
            and not self.gaz.names().get(prev.word) and is_han_char(prev.word[-1])

    def _ends_inside_a_word(self, tok: Token, nxt: Token, codes: list[str]) -> bool:
        """A county's short name (no full name) whose last character and the one character after it are
        a noun of jieba's (修水 | 渠: 水渠), not a level word: the name's characters are words' of the
        sentence. (Not a province's or a city's short name, which the genre writes far more: 青海 | 金.)"""
        if nxt.start != tok.end or nxt.word in _NAME_LEVEL_ENDS \
                or tok.word[-1] in _NAME_LEVEL_ENDS or self.gaz.is_full_name(tok.word) \
                or any(self.gaz.areas[c].cls != "County" for c in codes):
            return False
        if len(nxt.word) != 1:
            # 以勒镇 | 安置点: jieba's model glued a word's second character to the next (镇安 | 置点, no word
            # of the dictionary), the name's last character and it a word of the sentence (安置)
            freq, _tag = self.res.jieba_words.get(tok.word[-1] + nxt.word[0], (0, ""))
            return nxt.word not in self.res.jieba_words and freq >= _GLUED_SPLIT_FREQ
        freq, tag = self.res.jieba_words.get(tok.word[-1] + nxt.word, (0, ""))
        return tag == "n" and freq >= _SPLIT_WORD_FREQ

    def _closes_a_township(self, doc: Doc, i: int) -> bool:
        """宝日 | 希勒 | 镇巴 | 音嘎查: a short name opening with a township's level character right after a
        name jieba did not close is that township's level word and the next name's start, no county."""
        tok = doc.tokens[i]
        if tok.word[0] not in _TOWNSHIP_CHARS or i == 0 or self.gaz.is_full_name(tok.word):
            return False
        prev = doc.tokens[i - 1]
        return prev.end == tok.start and prev.tag.startswith(_NAME_TAGS_BEFORE) and not self.gaz.names().get(prev.word)

    def _opens_township(self, doc: Doc, tok: Token) -> bool:
        """A short name (not a full name) right before a township's or village's level word that
        jieba left a word alone (龙潭 | 镇, 某某 | 乡 | 某某村): the stem of that township's name."""
        after = next((w for w in _LOCAL_LEVEL_WORDS if doc.text.startswith(w, tok.end)), None)
        return after is not None and tok.end + len(after) in doc.token_ends and tok.end in doc.token_starts \
            and not self.gaz.is_full_name(tok.word)

    def _level_and_former(self, doc: Doc, tok: Token, codes: list[str]) -> bool:
        """镇原 | 党委书记 (某镇原党委书记: the township's former secretary): a short name that is a level
        character and 原 (former), right before a post or a Party or government body, where the
        article never writes the division's full name, is the level word and 原, not the place."""
        word, text = tok.word, doc.text
        if len(word) != 2 or word[0] not in LEVEL_ENDS or word[1] != FORMER:
            return False
        k = TokenIndex.of(doc).by_start.get(tok.end)
        if k is None or not (doc.tokens[k].word in self.res.lexicon.names.roles
                             or text.startswith(_LEVEL_BODIES, tok.end)):
            return False
        return not any(self.gaz.areas[c].name in text for c in codes)

    @staticmethod
    def _names_road(doc: Doc, tok: Token) -> bool:
        """A place's name right before a road's word jieba left a word alone (上海 | 路, 北京 | 东路,
        长江 | 大道): the road's name, as every city names its streets after places (not 某某 | 街道)."""
        text = doc.text
        road = next((w for w in _ROAD_WORDS if text.startswith(w, tok.end)), None)
        return road is not None and tok.end + len(road) in doc.token_ends and not text.startswith(_SUBDISTRICT, tok.end)

    def _post_after(self, doc: Doc, tok: Token) -> bool:
        """某某市 | 长: a division's full name that jieba read with the first character of the
        post after it (its dictionary holds the name, so 市长 is cut), 长 a word alone."""
        return tok.word[-1] in LEVEL_ENDS and doc.text.startswith(HEAD_OF, tok.end) \
            and tok.end in doc.token_starts and tok.end + len(HEAD_OF) in doc.token_ends \
            and tok.word[-1] + HEAD_OF in self.res.lexicon.names.roles and len(tok.word) > 2

    @staticmethod
    def _name_after_division(tokens, i: int | None, admin_ends) -> bool:
        """某某区 | 横街 | 镇上: a place name of jieba's right after a county's or city's name is
        the stem of the level word after it, though jieba read that word into the next one
        (镇上, 镇西); a stem of two or three characters, as townships' names are."""
        return i is not None and tokens[i].start in admin_ends and _stem_of_a_level(tokens[i])

    @staticmethod
    def _named_level_body(tokens, i: int | None, word: str, suffix: str) -> bool:
        """某某[ns] | 镇党委, 某某[ns] | 村党支部: a place name of jieba's of two or three characters
        right before its level's body, which jieba made one word (镇党委), is the stem of that level's
        name: the township's committee, not a committee of no place."""
        return i is not None and word[len(suffix):] in _LEVEL_BODIES and _stem_of_a_level(tokens[i])

    def _described_kind(self, word: str) -> bool:
        """An adjective of one character (小, 大, 老, 古) before a word of jieba's for a kind of
        settlement it counts at least 100 times (山村, 渔村, 小镇, 城镇)."""
        return self.res.jieba_words.get(word[0], (0, ""))[1] == ADJECTIVE_TAG \
            and self.res.jieba_words.get(word[1:], (0, ""))[0] >= KIND_FREQ

    def _common_noun(self, word: str) -> bool:
        freq, tag = self.res.jieba_words.get(word, (0, ""))
        return tag == "n" and freq >= COMMON_STEM_FREQ

    def _may_place_uncached(self, word: str) -> bool:
        """Whether :meth:`_admin_mentions` may take a token of ``word`` (the tests of its word alone)."""
        names = self.gaz.names()
        if names.get(word):
            return True
        if len(word) < 3:
            return False
        if word[-1] == _NATIVE and names.get(word[:-1]):
            return True
        return len(word) >= 4 and self.res.jieba_words.get(word, (0, "l"))[1][:1] not in "li" \
            and self._city_prefix(word) is not None

    def _city_prefix(self, word: str) -> str | None:
        """The province's or city's name a longer word of jieba's opens with, when the rest is
        a common word of its own (南京 | 大屠杀; not 大连 | 接, nor the idiom 大同小异)."""
        for k in range(min(len(word) - 2, self._city_name_lengths[0]), 1, -1):
            if word[:k] in self._city_names:
                rest = self.res.jieba_words.get(word[k:], (0, ""))[1]
                if rest and not rest.startswith(("nr", "ns")):
                    return word[:k]
        return None

    def _fits(self, code: str, provinces: set[str], word: str) -> bool:
        """Can ``word`` name this area given the provinces the article names? A county's
        short name (or a full name that is also a common word, 城区) only inside them; a short name
        that is mostly a word (:meth:`mostly_a_word`) not by the province alone."""
        area = self.gaz.areas[code]
        if area.cls != "County":
            return True
        if self.gaz.is_full_name(word) and not self.res.is_common_word(word):
            return True
        if self.mostly_a_word(word, area):
            return False         # only where its city is named (see _resolve)
        return not provinces or self.gaz.chain(code)[-1].code in provinces

    def _closes_a_compound(self, before: Token, tok: Token, code: str) -> bool:
        """A county's short name that is mostly a word (:meth:`mostly_a_word`) right after a noun or an
        adjective, no mark between them, ends a compound of the language (旅游 | 资源, 丰富 | 资源)."""
        area = self.gaz.areas[code]
        return area.cls == "County" and before.end == tok.start and not self.gaz.is_full_name(tok.word) \
            and before.tag.startswith(_MODIFIER_TAGS) and not before.tag.startswith(("ns", "nr", "nt")) \
            and self.mostly_a_word(tok.word, area)

    def mostly_a_word(self, word: str, area) -> bool:
        """A county's short name that jieba's dictionary counts far more often than the county's
        full names: a word of the language that is also a name (新建 1,000 times, 新建县 4: 新建 |
        村级活动场所; 路桥建设, 商城开业, 古城保护, 沿河村庄), unlike a name written short (瑞金
        134, 瑞金市 9; 江阴 210, 江阴市 38)."""
        freq = self.res.jieba_words.get(word, (0, ""))[0]
        full = max((self.res.jieba_words.get(name, (0, ""))[0]
                    for name in (area.name, *(word + level for level in LEVEL_ENDS))), default=0)
        return freq >= WORD_OVER_NAME * max(full, 1)

    def _publisher_anchors(self, publisher: str | None) -> set[str]:
        """A publisher named after a place (北京日报, 朝阳区融媒体中心) vouches for that place."""
        if not publisher:
            return set()
        names = self.gaz.names()
        for length in range(min(len(publisher), 8), 1, -1):
            codes = names.get(publisher[:length])
            if codes and len(codes) == 1:
                return {a.code for a in self.gaz.chain(codes[0])}
        return set()

    @staticmethod
    def _level_after(text: str, tok: Token, area) -> bool:
        """临江 | 市委党校: a county's short name right before the rest of its full name (its level
        word, read into the next word by jieba): the county, written whole."""
        rest = area.name[len(tok.word):] if area.name.startswith(tok.word) else ""
        return bool(rest) and text.startswith(rest, tok.end)

    def _landform_alone(self, word: str, codes: list[str], after: str = "") -> bool:
        """A county's short name, a place word of jieba's, ending as a river's, lake's or mountain's name
        does (清水河, 庐山, 巢湖), which nothing in the article confirms as the county (nor its level word
        right after it: 临江 | 市委党校 is 临江市's)."""
        if len(codes) != 1 or word[-1] not in _LANDFORM_ENDS or self.gaz.is_full_name(word):
            return False
        area = self.gaz.areas[codes[0]]
        return area.cls == "County" and not after.startswith(area.name[len(word):] or "\0") \
            and not self.res.is_common_word(word) and self.res.jieba_words.get(word, (0, ""))[1].startswith("ns")

    def _acceptable_alone(self, word: str, area) -> bool:
        """Can this name stand for ``area`` with no other place confirming it?"""
        if word in self._generic_districts:
            return False    # 矿区企业, 市老城区: a word of place, the district only where its city is named
        if self.gaz.is_full_name(word):
            return not self.res.is_common_word(word)
        if area.cls in ("Province", "Prefecture"):
            # a prefecture's short name is a city's: jieba's dictionary tags on them are noise
            # (大连 d, 遵义 v, 保定 v), unlike a county's (平安, 前进)
            return True
        if self.res.is_common_word(word):
            return False
        if word[-1] in _LANDFORM_ENDS and area.cls == "County":
            return False    # 清水河, 庐山: a river's or a mountain's name too; the county only where confirmed
        # a county's short name alone: only when jieba itself knows it as a place
        return self.res.jieba_words.get(word, (0, ""))[1].startswith("ns")

    def _by_townships(self, text: str, codes: list[str]) -> str | None:
        """Of several counties sharing a name, the one of whose townships the text names one, whole."""
        if len(codes) < 2 or any(self.gaz.areas[c].cls != "County" for c in codes):
            return None
        named = [c for c in codes if any(len(t) > MIN_TOWNSHIP_NAME and t in text
                                         for t in self.res.divisions.townships_of(c))]
        return named[0] if len(named) == 1 else None

    def _resolve(self, word: str, codes: list[str], anchors: set[str], provinces=frozenset()) -> str | None:
        if len(codes) == 1:
            code = codes[0]
            area = self.gaz.areas[code]
            if area.parent in anchors and area.cls == "County" and not self.gaz.is_full_name(word) \
                    and self.mostly_a_word(word, area):
                return code      # 南昌市…新建: a short name that is mostly a word, in the city the article names
            if not self._fits(code, provinces, word):
                return None      # 资源, 新建, 南湖 in an article about 山东 or 吉林: not that county
            if self._acceptable_alone(word, area):
                return code
            # confirmed by a parent the article names
            return code if area.parent in anchors or (area.parent and self.gaz.areas[area.parent].parent in anchors) else None
        # several areas share the name: keep the one(s) inside what the article names
        # (吉林 after 东丰县 is the province the county lies in, not the city 吉林市 inside it)
        named = [c for c in codes if c in anchors]
        if len(named) == 1:
            return named[0]
        # 南京市鼓楼区: the one whose own parent the article names (徐州's 鼓楼区 is in 江苏 too)
        under = [c for c in codes if self.gaz.areas[c].parent in anchors]
        if len(under) == 1:
            return under[0]
        inside = [c for c in codes if any(a.code in anchors for a in self.gaz.chain(c)[1:])]
        if len(inside) == 1:
            return inside[0]
        # 南昌 names 南昌市 and the 南昌县 inside it: a bare short name is the larger unit
        outer = [c for c in codes if all(c == o or self.gaz.is_within(o, c) for o in codes)]
        if len(outer) == 1 and not self.gaz.is_full_name(word) \
                and self._acceptable_alone(word, self.gaz.areas[outer[0]]):
            return outer[0]
        # 西安 names 西安市 and two districts called 西安区 elsewhere: with nothing in the
        # article for a district, a bare short name is the one city (a city goes by its
        # short name; a district by its full name)
        # (a province the article names elsewhere says nothing for a district of it: only
        # its own city named does)
        cities = [c for c in codes if self.gaz.areas[c].cls in CITY_CLASSES]
        if len(cities) == 1 and not self.gaz.is_full_name(word) and not under \
                and self._acceptable_alone(word, self.gaz.areas[cities[0]]):
            return cities[0]
        # 海南 names the province, a prefecture (海南州) and a district elsewhere: with nothing
        # in the article for the others, a bare short name is the province
        provinces_named = [c for c in cities if self.gaz.areas[c].cls == "Province"]
        if len(provinces_named) == 1 and not self.gaz.is_full_name(word) and not inside:
            return provinces_named[0]
        return None

    # -- townships and villages ---------------------------------------------
    def _local_mentions(self, doc: Doc, admin: list[Mention]) -> list[Mention]:
        text = doc.text
        suffixes = list(self._suffix_re.finditer(text))
        if not suffixes:
            return []           # (no 村, 镇, 乡 … in the text)
        stop = self.res.lexicon.stem_stop_chars
        admin_ends = {m.end: m for m in admin}
        local_ends: dict[int, Mention] = {}
        index = TokenIndex.of(doc)      # (shared with the other recognisers: built once per document)
        tokens, by_start, by_end = doc.tokens, index.by_start, index.by_end
        out: list[Mention] = []
        for m in suffixes:
            s_start, s_end = m.start(), m.end()
            if text.startswith(self.village_events, s_start):
                continue         # 台江村BA, 榕江村超: a kind of village event, no village
            if text.startswith(self.villages_whole, s_start) and any(
                    self.gaz.names().get(text[s_start - k:s_start]) for k in (2, 3)
                    if s_start - k in doc.token_starts):
                continue         # 安吉村集体经济: the county's villages, no village 安吉村
            # 余村村委会, 余村村党支部: a doubled 村 closes a one-character village name
            doubled = m.group() == "村" and text[s_end:s_end + 1] == "村"
            # 三乡镇, 八一村, 南村村: where such a name the division tables hold ends here, it starts (not 五一 | 村民)
            numbered = self._numbered_start(text, s_start, s_end) if s_end in doc.token_ends else None
            if s_end not in doc.token_ends and not doubled:
                word = tokens[by_start[s_start]].word if s_start in by_start else None
                if word is None or ((word in self.res.jieba_words or word in self.level_led)
                                    and not self._name_after_division(tokens, by_end.get(s_start), admin_ends)
                                    and not self._named_level_body(tokens, by_end.get(s_start), word, m.group())):
                    continue     # 美丽乡村: the suffix starts another word (but 天荒坪 | 镇余村 is jieba's slip)
            closing_tok = tokens[by_end[s_end]] if s_end in by_end else None
            closing = closing_tok.word if closing_tok is not None else None
            if closing is not None and len(closing) > len(m.group()) and numbered is None and (
                    self.res.jieba_words.get(closing, (0, ""))[0] >= 100
                    or (closing in self.res.jieba_words and self._common_noun(closing[:-len(m.group())])
                        and not (self.res.jieba_words[closing][1].startswith("ns")
                                 and len(closing) - len(m.group()) >= 2))):
                # (石门乡: one place word of jieba's, whose stem is a common word, is a name; 山乡 is not)
                if (m.group() != _VILLAGE_SUFFIX or not self._clan_stem_before(
                        tokens, by_end.get(closing_tok.start), admin_ends, local_ends)) \
                        and not self._listed_after_same_level(text, s_start, m.group(), admin_ends, local_ends):
                    continue     # 农村, 山村, 小镇: the suffix ends a common word (not 龙泉 | 关镇); 小城 | 镇
            if closing is not None and len(closing) > len(m.group()) and closing_tok.tag.startswith("v") \
                    and closing in self.res.jieba_words and not self.gaz.names().get(closing):
                continue         # 某某 | 返乡[v] | 创业, 下乡: a verb of jieba's ends in the suffix, no place's name
            if closing is not None and len(closing) == len(m.group()) + 2 and self._described_kind(closing):
                continue         # 小山村, 小渔村, 老城镇: an adjective and a kind of settlement, no name
            if closing is not None and len(closing) == len(m.group()) + 1 and closing[0] in MOVE_INTO \
                    and (closing in self.res.jieba_words or self._after_no_name(tokens, by_end.get(closing_tok.start))
                         or closing[0] == _STATIONED):
                continue         # 某某进村入户, 驻村: going into a village, not a village's name
            # longest acceptable stem of 1-4 characters that starts on a word or place boundary
            best = None
            listed = text[s_end:s_end + 1] == "、"
            for length in range(MAX_LIST_STEM, 0, -1):
                b = s_start - length
                if b < 0:
                    continue
                stem = text[b:s_start]
                at_place = b in admin_ends or b in local_ends
                if length > MAX_STEM and not ((listed or text[b - 1:b] == "、") and b in doc.token_starts):
                    continue     # 某某某某格镇、: a long stem only as a whole item of a list
                if length == 1 and not (doubled or at_place):
                    continue     # a one-character stem only in 余村村委会 or right after a place
                if length == 1 and not doubled and not self.res.jieba_words.get(
                        stem + m.group(), (0, "ns"))[1].startswith(("ns", "nr", "nz")):
                    continue     # 某街道 | 旧村 | 改造: a common noun of jieba's (old villages), no name
                if b in by_start and tokens[by_start[b]].word in self.res.lexicon.names.roles:
                    continue     # 副州长 | 洛桑 | 江村: a post opens no place's name (the name after it is a person's)
                if b == numbered and b in doc.token_starts:
                    best = b     # 到 | 三 | 乡镇, 来到 | 三里 | 村: a numbered name the tables hold, whole
                    break
                if self._named_in_township(stem, m.group(), local_ends.get(b) or admin_ends.get(b)):
                    best = b     # 某镇 | 胜利[vn] | 村: the words villages are most often named with
                    break
                if self._visited_frame(text, b, s_end) and all(_CJK.match(c) for c in stem) and length > 1 \
                        and not any(suffix in stem for suffix in self.res.lexicon.place_suffixes) \
                        and not self.gaz.names().get(stem + m.group()):
                    best = b     # 到东和乡调研: between a verb of going and a visit verb, the name is whole,
                    break        # whatever jieba made of its stem (来到 | 某某[v] | 街道 | 调研)
                at = tokens[by_start[b]] if b in by_start else None
                if at is not None and len(at.word) >= 2 and at.word in self._moves and b not in admin_ends:
                    continue     # 率队 | 前往[t] | 任港 | 街道: a verb of going (whatever jieba tags it) opens no name
                if at is not None and at.word in self.res.lexicon.names.org_stem_stops:
                    continue     # 时任 | 某某村党支部书记: a career's verb, or a dateline's word, opens no name
                if at is not None and len(at.word) >= 2 and at.tag.startswith("v") and b not in admin_ends:
                    continue     # 成立 | 强村, 深入 | 部分嘎查: a verb opens no place's name
                if at is not None and len(at.word) >= 2 and at.tag.startswith("v") and at.end < s_start \
                        and at.word in self.res.jieba_words:
                    continue     # 某县 | 推动 | 强村, 部署 | 驻村: a verb and more opens no name, even after a
                    #              division (but 某县 | 胜利[v] | 镇: the verb is the whole stem)
                if at is not None and len(at.word) >= 2 and at.end < s_start and at.tag == "n" \
                        and self.res.jieba_words.get(at.word, (0, ""))[0] >= EVERYDAY_NOUN_FREQ and b not in admin_ends:
                    continue     # 镇 | 干部 | 包村[nr]: a noun of everyday prose opens no place's name
                if at is not None and at.tag.startswith("v") and at.end in by_start \
                        and tokens[by_start[at.end]].tag in _ASPECT_TAGS and b not in admin_ends:
                    continue     # 带 | 着 | 镇农办: a verb and its aspect particle open no place's name
                if at is not None and at.tag == "d" and at.end < s_start and at.end in by_start \
                        and tokens[by_start[at.end]].tag.startswith("v"):
                    continue     # 某区 | 共 | 建成 | 社区广播站: an adverb and its verb, no name
                last = tokens[by_end[s_start]] if s_start in by_end else None
                if last is not None and last.start > b and len(last.word) >= 2 and last.tag == "v" \
                        and last.word in self.res.jieba_words and b not in admin_ends:
                    continue     # 清理 | 冲入 | 街道: a verb right before the suffix ends a clause, no name
                if at is not None and at.tag == "q" and b and (text[b - 1].isdigit() or is_cjk_numeral(text[b - 1])):
                    continue     # 12 | 公里 | 通村水泥路: the unit of a count opens no name
                if at is not None and (at.word in _TIME_WORDS or (stem[0] in _DATE_UNITS and b and text[b - 1].isdigit())):
                    continue     # 今年 | 新建 | 社区养老服务中心, 2025 | 年建成 | 社区长者食堂: a time opens no name
                one_name = at is not None and at.word == stem and at.tag.startswith(("nr", "ns", "nz"))
                if not all(_CJK.match(c) for c in stem) or (
                        any(c in stop for c in stem[1:] if not one_name) or stem[0] in stop):
                    continue     # (某某园 | 社区: jieba's one name may hold a stop character)
                if any(suffix in stem for suffix in self.res.lexicon.place_suffixes):
                    continue     # 街道青湖社区: a place ends inside, the name starts after it
                if b not in doc.token_starts and not at_place:
                    continue     # 天荒坪镇 | 余村: right after a place, the boundary is the place's end
                if any(b <= a.start < s_start for a in admin):
                    continue     # 朝阳区以 | 街道: a division's name is no part of a stem
                before = text[b - 1] if b else ""
                prev = tokens[by_end[b]] if b in by_end else None
                if not (b in admin_ends or b in local_ends or not before or not _CJK.match(before)
                        or before in "在从到和与及、的"
                        or (prev is not None and len(prev.word) >= 2 and prev.tag.startswith("v"))
                        or (prev is not None and prev.word in self._moves)       # (前往[t] | 石门乡: going)
                        or (prev is not None and prev.word in self.res.lexicon.place_suffixes)
                        or (prev is not None and prev.word[-1] in LEVEL_ENDS
                            and (prev.tag.startswith("ns") or (len(prev.word) == 2 and prev.word[0] in "该本")))):
                    continue     # (来到 | 某某村, 某某区 | 某某街道, 该镇 | 某某社区: a verb of going or a place opens it)
                # (三台村 as one place word of jieba's: its stem may be a common word, 三台 a count)
                whole_place = closing_tok is not None and closing_tok.start == b and closing_tok.tag.startswith("ns")
                dated = length == 2 and at_place and all(ch in _DATE_NUMERALS for ch in stem)   # 某县 | 五四 | 村
                if (length > 1 and self.res.is_common_word(stem) and not self._rare_stem(stem) and not whole_place
                        and not dated) or self.res.is_common_word(stem + m.group()):
                    continue
                if self.gaz.names().get(stem + m.group()) or (self.gaz.is_full_name(stem)
                                                             and stem not in self._generic_districts):
                    continue  # an administrative name, handled above (but 南湖 | 街道 is a township, and
                    #           西区 | 街道 where 西区 is no district the article names)
                best = b
                break
            if best is None:
                continue
            if _COUNTED_AFTER.match(text, s_end):
                continue         # 建成某某社区500个: a kind counted, no name
            label = text[best:s_end]
            if label.endswith(self.village_kinds):
                continue         # 推进城中村改造, 整治空心村: a kind of village, no name
            cls = self.res.lexicon.place_suffixes[m.group()]
            tabled = self._tabled_end(label, cls, admin)
            if tabled:
                # 随着 | 岸堤镇, 组织 | 九资河镇: a township of a county the article names, as the division
                # tables hold it, ends the stem: the name starts where the tables' name does
                best = s_end - len(tabled)
                label = tabled
            verb_before = best in by_end and len(tokens[by_end[best]].word) >= 2 and tokens[by_end[best]].tag.startswith("v")
            read = self._read_before_end(label, out, verb_before)
            if read:
                # 让 | 孟寨村富起来, 扶贫前 | 孟寨村 after 某镇孟寨村: a name the article read before ends the
                # stem, a word before it read in
                best = s_end - len(read)
                label = read
            parent = admin_ends.get(best) or local_ends.get(best)   # 天荒坪镇 | 余村
            attrs = (("parent", parent.key),) if parent else ()
            sent = doc.sentence_at(best)
            found = Mention(doc.article.id, best, s_end, doc.article.text[best:s_end], cls, label,
                            f"{cls}/{label}", sent.index if sent else -1, attrs)
            out.append(found)
            local_ends[s_end] = found
        return out + self._repeated(doc, out)

    def _numbered_start(self, text: str, s_start: int, s_end: int) -> int | None:
        """Where a name the division tables hold that a segmenter reads otherwise (``Divisions.numbered_names``:
        到三乡镇, 来到八一村, 南村村) starts, when it ends at ``s_end`` with no numeral before it (not 十三里村)."""
        names = self.res.divisions.numbered_names
        for k in range(MAX_STEM, 1, -1):
            b = s_start - k
            if b >= 0 and text[b:s_end] in names and not (b and is_cjk_numeral(text[b - 1])):
                return b
        return None

    @staticmethod
    def _read_before_end(label: str, read: list[Mention], verb_before: bool) -> str | None:
        """The name of a township or village read before in the article that ``label`` ends with, longer by a
        character or two that open no such name (东, 大, 新 … 孟寨村 may be another village: those stay; but
        扶贫 | 前孟寨村 after a verb is a time, before poverty relief)."""
        names = {m.canonical for m in read}
        if label in names:
            return None
        for k in range(1, MAX_GLUED_BEFORE_NAME + 1):
            if label[k:] in names and len(label) - k >= MIN_READ_NAME and (
                    label[k - 1] not in _NAME_OPENERS or (k == 1 and verb_before and label[0] in _TIME_AFTER_VERB)):
                return label[k:]
        return None

    def _tabled_end(self, label: str, cls: str, admin: list[Mention]) -> str | None:
        """The name of a township of a county in ``admin`` that ``label`` ends with and is longer than,
        when ``label`` itself is none (a word before the township read into its stem)."""
        if cls != TOWNSHIP:
            return None
        counties = {m.key[len(ADMIN_KEY):] for m in admin if m.label == "County" and m.key.startswith(ADMIN_KEY)}
        names = [n for code in sorted(counties) for n in self.res.divisions.townships_of(code)]
        if label in names:
            return None
        return max((n for n in names if label.endswith(n) and len(n) < len(label)), key=len, default=None)

    @staticmethod
    def _after_no_name(tokens: list[Token], k: int | None) -> bool:
        """The word before is no name nor noun (2018 | 年 | 驻村: a year, then a verb of going jieba's model
        made one word of)."""
        return k is not None and not tokens[k].tag.startswith(_NOUN_TAG)

    def _clan_stem_before(self, tokens: list[Token], k: int | None, admin_ends: dict[int, Mention],
                          local_ends: dict[int, Mention]) -> bool:
        """The word before a common word ending in the suffix (山村, 河村) opens a village's name with it:
        a surname and 家 (李家 | 山村, the commonest way villages are named after a clan), or one
        character right after a township or county (某某镇 | 石 | 山村)."""
        if k is None:
            return False
        prev = tokens[k]
        if len(prev.word) == 2 and prev.word[1] == _CLAN and prev.word[0] in self.res.lexicon.names.surnames:
            return True
        return len(prev.word) == 1 and _CJK.match(prev.word) is not None and prev.tag.startswith(_NOUN_TAG) \
            and (prev.start in admin_ends or prev.start in local_ends)     # (not 某街道 | 新[a] | 农村)

    def _named_in_township(self, stem: str, suffix: str, before: Mention | None) -> bool:
        """某镇 | 胜利 | 村, 某街道 | 团结 | 社区: right after a township, one of the common words that name
        thousands of villages (village_name_words.txt) names its village, whatever jieba makes of it."""
        return before is not None and before.label == TOWNSHIP and stem in self.village_words \
            and self.res.lexicon.place_suffixes[suffix] == VILLAGE

    def _listed_after_same_level(self, text: str, s_start: int, suffix: str, admin_ends: dict[int, Mention],
                                 local_ends: dict[int, Mention]) -> bool:
        """The suffix closes an item of a list whose item before is a place of the same level
        (甲镇、乙乡、梓 | 山镇，): the item is a name whole, whatever common word jieba read into it."""
        mark = text.rfind(LIST_MARK, max(0, s_start - MAX_STEM - 1), s_start)
        if mark < 0 or not all(_CJK.match(c) for c in text[mark + 1:s_start]) or mark + 1 == s_start:
            return False
        before = local_ends.get(mark) or admin_ends.get(mark)
        return before is not None and before.label == self.res.lexicon.place_suffixes[suffix]

    def _visited_frame(self, text: str, start: int, end: int) -> bool:
        """A verb of going ends right at ``start`` and a visit verb starts at ``end`` (到 | 某某镇 | 调研)."""
        # (来 | 到某某街道: not where the stem's first character completes a longer verb, 来到)
        return text.endswith(self._moves, 0, start) and text.startswith(self._visit_verbs, end) \
            and not text.endswith(self._moves, 0, start + 1)

    def elided(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """``kept`` with the items of a list whose suffix is written once after its count
        (甲、乙、丙等3个村) read as places of that kind (``places.elided``), when the count is
        the list's length. Run after overlaps are resolved: the list's form outweighs
        another reading of a two-character item (石桥 as a bridge)."""
        found = self._elided(doc, {m.end: m for m in kept if m.key.startswith("adm/")})
        if not found:
            return kept
        covered = bytearray(len(doc.text) + 1)
        for m in found:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        return [m for m in kept if not any(covered[m.start:m.end])] + found

    def _elided(self, doc: Doc, admin_ends: dict[int, Mention]) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        for m in _ELIDED.finditer(text) if _ELIDED_COUNT.search(text) else ():
            items = m.group("items").split("、")
            written = m.group("n") or m.group("m")
            count = _count(written) if written else len(items)
            suffix = m.group("suffix")
            cls = self.res.lexicon.place_suffixes.get(suffix)
            if cls is None or count < len(items):     # (等: the items are some of those counted)
                continue
            if any(i.endswith(suffix) or i.endswith(_LOCAL_LEVEL_WORDS) for i in items):
                continue      # 甲村、乙村等5个村 (甲镇、乙镇等12个乡镇): the items are written whole, the place rules read them
            start = m.start("items")
            # the list opens at the last word boundary that leaves its first item two characters
            cut = next((k for k in range(len(items[0]) - 2, -1, -1) if start + k in doc.token_starts), None)
            if cut is None:
                continue
            start, items[0] = start + cut, items[0][cut:]
            if not written and not text.endswith(_TOUR_OPENERS, 0, start):
                continue      # 甲、乙等镇 uncounted only as where a tour goes (not 张三、李四等镇干部)
            if any(self.res.is_common_word(i) for i in items):
                continue
            parent = admin_ends.get(start)
            pos = start
            for item in items:
                sent = doc.sentence_at(pos)
                label = item + suffix
                out.append(Mention(doc.article.id, pos, pos + len(item), doc.article.text[pos:pos + len(item)],
                                   cls, label, f"{cls}/{label}", sent.index if sent else -1,
                                   (("parent", parent.key),) if parent else (), source="places.elided"))
                pos += len(item) + 1
        return out

    def _rare_stem(self, stem: str) -> bool:
        freq, tag = self.res.jieba_words.get(stem, (0, ""))
        return freq < RARE_STEM_FREQ and tag.startswith(RARE_STEM_TAGS)

    def _repeated(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A township or village the article has named is the same name wherever it
        recurs on word boundaries (余村村党支部 … 余村的变化 … 余村靠开矿山)."""
        text = doc.text
        taken = {(m.start, m.end) for m in found}
        out: list[Mention] = []
        for label, m in sorted({m.canonical: m for m in found}.items()):
            pos = text.find(label)
            while pos >= 0:
                end = pos + len(label)
                if (pos, end) not in taken and pos in doc.token_starts:
                    sent = doc.sentence_at(pos)
                    out.append(Mention(doc.article.id, pos, end, doc.article.text[pos:end], m.label, label,
                                       m.key, sent.index if sent else -1, ()))
                pos = text.find(label, end)
        return out


# 省辖市和县（市、区）, 市和县两级: a level word, a conjunction and another level word, which reads as a
# county of one character's stem (和县) before what says the levels are meant (their list in brackets,
# 级, 直 …)
_CONJUNCTIONS = frozenset("和及与或")
_LEVEL_CHARS = frozenset("省市县区乡镇村州")
_NAME_LEVEL_ENDS = _LEVEL_CHARS | {"旗", "盟"}   # a division's level, ending its name or written after it
_SPLIT_WORD_FREQ = 20     # a noun of jieba's this frequent, a short name's last character and the next: a word
# after a level's character, a river's or lake's chief of that rank (清水河 | 县级河长): the level character is
# the rank's, no division's (landmarks: the water named before it is the chief's)
CHIEF_RANK = re.compile(r"级(?:总)?[河湖]{1,2}长")
# words of a time relative to the report (not jieba's tag t, which 子午 | 街道 and 上元 | 观镇 carry too)
_TIME_WORDS = frozenset({"今年", "去年", "明年", "前年", "近年", "近年来", "目前", "当前", "年内", "此前", "近期"})
_DATE_UNITS = frozenset("年月日")   # after a number: a date's unit, no name's first character
_LEVELS_MEANT = ("（", "(", "级", "两级", "直", "域")


def _joined_levels(text: str, tok: Token) -> bool:
    """``tok`` (和县) is a conjunction between two level words, not a county's name."""
    return len(tok.word) == 2 and tok.word[0] in _CONJUNCTIONS and text[tok.start - 1:tok.start] in _LEVEL_CHARS \
        and text.startswith(_LEVELS_MEANT, tok.end)


class ForeignPlaceRecognizer:
    """Countries, world regions and foreign cities, and place abbreviations in pairs.

    A one-character abbreviation (美, 京) is read as a place only where news uses it
    so: two or more together (中美, 京津冀), a country and 方 (中方), after a verb of
    travel (访华, 来京), or standing alone as its own word (俄总统).

    Why it stays under 50% precision on the real dev set (``kg eval --by source``):
    its losses are countries and regions the text does name (中国 in 中国这十年, 美国
    in a list of trade partners, 东北 for the region) but the gold files list only
    places an article is about; a user asking where China's partners appear wants them.
    """

    def __init__(self, resources: Resources):
        self.res = resources
        self.world = resources.world
        # China's peoples named after a country (朝鲜族, 蒙古族, 哈萨克族): the people, not the country
        self.peoples = frozenset(read_list("ethnic_groups.txt"))
        names = resources.lexicon.names
        self.abbr = names.place_abbreviations
        cues = names.place_cues
        self.verbs = {w for w, k in cues.items() if k == "verb"}
        self.side = {w for w, k in cues.items() if k == "side"}
        self.demonyms = {w for w, k in cues.items() if k == "demonym"}
        self.not_places = {w for w, k in cues.items() if k == "not"}
        self.compounds = tuple(sorted((w for w, k in cues.items() if k == "compound"), key=len, reverse=True))
        self.own = tuple(sorted(w for w, k in cues.items() if k == "own"))
        self.roles = names.roles
        pairs = read_table("abbreviation_pairs.tsv")
        self.pair_names = {row[0]: (row[1], row[2]) for row in pairs}
        # 黄淮, 江淮: pairs of rivers' characters, which are no abbreviations alone
        self.river_pairs = {row[0]: (row[1], row[2], row[3]) for row in pairs if len(row) > 3
                            and not self.res.gazetteer.names().get(row[0])}
        self._river_re = re.compile("|".join(map(re.escape, sorted(self.river_pairs)))) if self.river_pairs else None
        # 墨美两国, 中、阿建交: two countries' abbreviations before a word of their relations
        countries = {c: full for c, (full, kind) in self.abbr.items() if kind in ("country", "region")}
        countries.update(names.bilateral_abbreviations)
        self.bilateral_abbr = countries
        chars = re.escape("".join(sorted(countries)))
        self._relation_words = tuple(sorted(w for w, k in cues.items() if k == "bilateral"))
        relations = "|".join(sorted(map(re.escape, self._relation_words), key=len, reverse=True))
        self._relation_re = re.compile(relations) if relations else None    # is any word of relations there?
        self._competition_cues = tuple(read_list("competition_cues.txt"))
        self._bilateral = re.compile(f"(?<![{chars}])([{chars}])、?([{chars}])(?=(?:{relations}))") if relations else None
        # (of a word alone; an attribute, not a method replaced on the instance: a compiled class declares it)
        self._may_name: Callable[[str], bool] = word_memo(self._may_name_uncached)

    def __call__(self, doc: Doc) -> list[Mention]:
        out: list[Mention] = []
        text = doc.text
        covered = -1
        tokens = doc.tokens
        river_at = {m.start() for m in self._river_re.finditer(text)} if self._river_re else ()
        abbr, world_get = self.abbr, self.world.places.get
        river_pairs, verbs, not_places, side = self.river_pairs, self.verbs, self.not_places, self.side
        # (the loop visits only the tokens whose word could name a place here, or open a pair of
        # rivers: nine in ten are neither, and the test of a word is made once per process)
        visit: Iterable[int] = compress(range(len(tokens)), map(self._may_name, map(TOKEN_WORD, tokens)))
        if river_at:
            visit = sorted(set(visit) | {i for i, tok in enumerate(tokens) if tok.start in river_at})
        for i in visit:
            tok = tokens[i]
            if tok.start < covered:
                continue
            word = tok.word
            n = len(word)
            if word[0] in abbr:
                prev = tokens[i - 1] if i else None
                pair = self._pair(text, tok.start) if not (
                    prev and n == 1 and tok.tag in ("f", "p") and prev.tag.startswith(("n", "vn"))) else 0
                if pair and prev is not None and prev.word in self.roles and prev.end == tok.start:
                    pair = 0      # 副主席 | 德吉 | 主持会议: right after a post, a name (德吉, 晋美), no two places
                if pair and n > pair and self.res.jieba_words.get(word, (0, ""))[1] in _NAME_WORD_TAGS:
                    pair = 0      # 菲亚特, a name of jieba's dictionary, opens with 菲 | 亚 but is no pair
                if pair and {abbr[ch][1] for ch in text[tok.start:tok.start + pair]} >= _PROVINCE_AND_COUNTRY \
                        and n >= pair and tok.tag.startswith(("nz", "nr")):
                    pair = 0      # 晋泰 (one name word of jieba's) | 新能源: a brand, no two places (中蒙边界 stays)
                if pair and tok.start + pair > tok.end:
                    # the run goes on past the word, but not into an adjective or a name of jieba's
                    # (欧美 | 黑[a] | 杨, 欧美 | 黑杨[nr]: a tree, the black poplar; 浙 | 川东 goes on)
                    end, k = tok.end, i + 1
                    while k < len(tokens) and end < tok.start + pair and tokens[k].start == end \
                            and (all(ch in abbr for ch in tokens[k].word) and not tokens[k].tag.startswith("a")
                                 or tokens[k].tag.startswith(("ns", "j"))):
                        end, k = tokens[k].end, k + 1
                    pair = min(pair, end - tok.start)
                    pair = pair if pair >= 2 else 0
            else:
                prev, pair = None, 0
            rivers = river_pairs.get(text[tok.start:tok.start + 2]) if tok.start in river_at else None
            if rivers and text.startswith(_REGION_AFTER, tok.start + 2) and tok.start + 2 in doc.token_ends | doc.token_starts:
                out.extend(self._river_mention(doc, tok.start + k, rivers[k], rivers[2]) for k in range(2))
                covered = tok.start + 2
                continue
            if n == 1 and word not in abbr:
                continue          # (cheap first: a single character that is no abbreviation names nothing here)
            if pair:
                named = self.pair_names.get(text[tok.start:tok.start + 2]) if pair == 2 else None
                if named:     # 巴以: Palestine and Israel, though 巴 alone is Pakistan
                    out.extend(self._country_mention(doc, tok.start + k, named[k], "foreign_places.pair")
                               for k in range(2))
                else:
                    out.extend(self._abbr_mention(doc, tok.start + k) for k in range(pair))
                covered = tok.start + pair
                continue
            place = world_get(word)
            if place is not None and i + 1 < len(tokens) and tokens[i + 1].word == TIME_ZONE_WORD:
                continue          # 东京时间
            if place is not None and n >= 2:
                m = self._mention(doc, tok.start, tok.end, place)
                if place.name == HOME_COUNTRY and self._home_as_modifier(doc, i):
                    m = replace(m, attrs=m.attrs + ((MODIFIER_ONLY, "1"),))
                out.append(m)
                continue
            if n >= 3:
                if word[-1] in self.demonyms and (place := self.world.get(word[:-1])):
                    out.append(self._mention(doc, tok.start, tok.end - 1, place))   # 中国人, 美籍
                    continue
                if n >= 4 and (not tok.tag.startswith(("ns", "nr")) or self._common_rest(word)):
                    prefix = self._world_prefix(word)
                    if prefix:                                                  # 印度政府, 东北地区, 德国总理
                        m = self._mention(doc, tok.start, tok.start + len(prefix), self.world.get(prefix))
                        if prefix == HOME_COUNTRY and word[len(prefix):] not in _HOME_VERBS:
                            # 中国花卉[n] | 博览会: the reporter's own country qualifying the word it opens
                            m = replace(m, attrs=m.attrs + ((MODIFIER_ONLY, "1"),))
                        out.append(m)
                        continue
                if word[0] in self.verbs and word[1] in self.abbr and word[:2] in self.res.jieba_words:
                    out.append(self._abbr_mention(doc, tok.start + 1))          # 驻华使馆
                    continue
                if word[0] in self.abbr and self.abbr[word[0]][1] == "country" \
                        and (word[1:] in self.roles or word[1:] in _STATE_WORDS):
                    out.append(self._abbr_mention(doc, tok.start))              # 俄总统, 俄政府
                    continue
            if n == 2 and word not in not_places:
                first, second = word[0], word[1]
                if second in side and first in abbr and abbr[first][1] != "province":
                    out.append(self._abbr_mention(doc, tok.start))              # 中方
                elif first in verbs and second in abbr:
                    out.append(self._abbr_mention(doc, tok.start + 1))          # 访华
            elif n == 1 and word in self.abbr and tok.tag in ("ns", "j") and (
                    (prev is not None and prev.word in self.verbs)                 # 在 | 京
                    or (prev is not None and prev.end == tok.start and len(prev.word) == 2
                        and prev.word[-1] in self.verbs and prev.word[-1] in _GOING_CHARS
                        and prev.word not in self.res.jieba_words)                 # 30人来 | 湘 (jieba's model)
                    or (self.abbr[word][1] != "province"
                        and self.res.jieba_words.get(word, (0, ""))[1] in ("ns", "j")
                        and not self._suffix_or_preposition(tokens, i)
                        and not doc.text.startswith(_PEOPLES_WORDS, tok.end)
                        and not doc.text.startswith(_DOMESTIC_TITLES, tok.end)
                        and not self._joined_adjective(tokens, i)
                        and not self._before_complement(tokens, i))):  # 俄 | 总统
                out.append(self._abbr_mention(doc, tok.start))
        out += self._anaphoric_abbreviations(doc, out)
        # a pair before a word of relations is two countries even where the two characters
        # name a third place (中非合作: China and Africa, not the Central African Republic)
        pairs = self.bilateral(doc)
        paired = {m.start for m in pairs}
        out = [m for m in out if not (m.end - m.start == 2 and m.start in paired and m.start + 1 in paired)]
        taken = {m.start for m in out}
        out = out + [m for m in pairs if m.start not in taken] + self.divisions_abroad(doc, out)
        # 朝鲜族, 蒙古族: a people of China named after the country, not the country (阿尔巴尼亚族 is the country's)
        out = [m for m in out if not (doc.text.startswith(_PEOPLE, m.end) and doc.text[m.start:m.end + 1] in self.peoples)]
        return self._teams(doc, out) + self._own_country(doc)

    def _home_as_modifier(self, doc: Doc, i: int) -> bool:
        """新中国, 中国（某省）某某博览会, 中国 | 文化, 中国 | 西北内陆: the reporter's own country as an
        epithet's or a name's part, or before the noun it qualifies, glued to it: a place word still
        (kg tag tags it), no node of the graph, which holds the places an article is about."""
        tokens, text = doc.tokens, doc.text
        tok = tokens[i]
        if tok.word[0] in _EPITHETS or text.startswith(_BRACKETS_OPEN, tok.end):
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is not None and nxt.start == tok.end and nxt.word not in _HOME_VERBS and (
            nxt.tag in _QUALIFIED_TAGS or nxt.word in self.res.lexicon.names.direction_words)

    def _may_name_uncached(self, word: str) -> bool:
        """Whether a token of ``word`` could yield a mention in :meth:`__call__`'s loop, whatever
        its neighbours (a superset of what the loop takes; cached, as words recur)."""
        n, abbr = len(word), self.abbr
        return word[0] in abbr or word in self.world.places or (n >= 2 and (
            (word[0] in self.verbs and word[1] in abbr)
            or (n >= 3 and word[-1] in self.demonyms and self.world.get(word[:-1]) is not None)
            or (n >= 4 and self._world_prefix(word) is not None)))

    def _teams(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """e组的美国、俄罗斯、立陶宛、西班牙: three or more countries listed in a sentence about
        a competition stand for their teams; the mentions stay the countries' (the graph's
        nodes are the countries) and carry ``team``, which NER tagging reads as ORG."""
        countries = sorted((m for m in found if m.label == "Country"), key=lambda m: m.start)
        if not countries:
            return found
        text = doc.text
        runs: list[list[Mention]] = [[countries[0]]]
        for m in countries[1:]:
            if text[runs[-1][-1].end:m.start] in _LIST_JOINS:
                runs[-1].append(m)
            else:
                runs.append([m])
        teams = set()
        word_at: dict[int, str] | None = None
        for a in countries:
            if text[a.end:a.end + 1] not in _LIST_JOINS or text.find(_TEAM_HEAD, a.end + 2, a.end + 12) < 0:
                continue          # (cheap first: a 队 shortly after)
            if word_at is None:
                word_at = {t.start: t.word for t in doc.tokens}
            nxt = word_at.get(a.end + 1, "")
            if nxt.endswith(_TEAM_HEAD) and self.world.get(nxt[:-len(_TEAM_HEAD)]) is not None:
                teams.add(id(a))        # 美国和俄罗斯队: the first of two teams, the head said once
        for run in runs:
            if len(run) < MIN_TEAM_LIST:
                continue
            s = doc.sentence_at(run[0].start)
            sentence = text[s.start:s.end] if s else text
            if any(cue in sentence for cue in self._competition_cues):
                teams.update(id(m) for m in run)
        if not teams:
            return found
        return [replace(m, attrs=m.attrs + (("team", "yes"),)) if id(m) in teams else m for m in found]

    def _joined_adjective(self, tokens, i: int) -> bool:
        """宜居宜业和 | 美 | 乡村: after a conjunction, a lone character before no word of a state, a post or a
        land is the second of two adjectives (和美), not a country."""
        if not i or tokens[i - 1].word not in _ADJECTIVE_JOINS or i + 1 >= len(tokens) \
                or not tokens[i + 1].tag.startswith("n"):
            return False     # (因为 | 俄 | 的海关: the country's)
        after = tokens[i + 1].word
        return not (after in self.roles or after in _STATE_WORDS or after in _LAND_WORDS)

    @staticmethod
    def _before_complement(tokens, i: int) -> bool:
        """美 | 起来 (让乡村富起来、美起来): a lone character before a complement of direction is an adjective."""
        return i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and tokens[i + 1].word in _COMPLEMENTS

    @staticmethod
    def _suffix_or_preposition(tokens, i: int) -> bool:
        """环境保护 | 法 (a law), 朝 | 胸前 (towards): a lone abbreviation right after a noun ends
        that word (not after a verb: 帮助 | 俄), and one before a word of location is a preposition."""
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (prev is not None and prev.end == tokens[i].start and (prev.tag[:1] in ("n", "l") or prev.tag == "vn")
                and not prev.tag.startswith(("nr", "ns"))) or (nxt is not None and nxt.tag in ("s", "f"))

    def _anaphoric_abbreviations(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """罗马尼亚…罗政府, 哈萨克斯坦…使哈有, 印度…印全国: once a country is named in full,
        its first character alone before a word of its state or its land (政府, 总统, 全国,
        北部) stands for it (news shortens any country so, not only those with a
        customary abbreviation)."""
        named: dict[str, tuple[int, str]] = {}
        for m in found:
            place = self.world.get(m.canonical)
            if place is not None and place.cls == "Country" and len(m.canonical) >= 2:
                named.setdefault(m.canonical[0], (m.end, m.canonical))
        if not named:
            return []
        tokens, taken = doc.tokens, {m.start for m in found}
        out: list[Mention] = []
        for i in [i for i, t in enumerate(tokens[:-1]) if t.word in named]:
            tok = tokens[i]
            first = named[tok.word]
            if tok.start < first[0] or tok.start in taken or (i and tokens[i - 1].tag == "m"):
                continue          # (4月8 | 日 | 国会: a date)
            after = tokens[i + 1].word
            if after in self.roles or after in _STATE_WORDS or after in _LAND_WORDS:
                out.append(self._country_mention(doc, tok.start, first[1], "foreign_places.anaphoric"))
        return out

    def divisions_abroad(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """维也纳市, 俄亥俄州, 信德省: a known foreign city and 市 is the city; a name (a word
        jieba tags as a name, or one it does not know) and a foreign level word is a
        division of the country the sentence names shortly before it."""
        text, tokens = doc.text, doc.tokens
        levels = [m.start() for m in _ABROAD_LEVEL_RE.finditer(text)]
        if not levels:
            return []
        index = TokenIndex.of(doc)
        countries = [m for m in found if m.label == "Country"]
        out: list[Mention] = []
        seen: set[int] = set()
        for p in levels:
            i = index.at(p)
            if i is None:
                continue
            tok = tokens[i]
            if tok.word[-1:] in ABROAD_LEVELS and len(tok.word) >= 3 and tok.end == p + 1:
                if self.res.jieba_words.get(tok.word, ("", "ns"))[1][:2] not in _PROPER_TAGS:
                    continue        # 友好城市, 大都市: a common noun of jieba's, no name and level
                name, a, b = tok.word[:-1], tok.start, tok.end             # 新泽西州 as one word
            elif len(tok.word) == 2 and tok.end == p + 1 and i > 0 and tokens[i - 1].tag[:2] in _PROPER_TAGS \
                    and len(tokens[i - 1].word) == 1 and any(c.end == tokens[i - 1].start for c in countries):
                # 日本 | 唐 | 津市: right after a foreign country's name, a character and a word ending in a
                # level is a city of that country (the word a short name at home, read into it)
                name, a, b = text[tokens[i - 1].start:p], tokens[i - 1].start, tok.end
            elif tok.word in ABROAD_LEVELS and i > 0 and len(tokens[i - 1].word) >= 2:
                k = i - 1               # 俄亥俄 | 州; 丘 | 布特 | 省: pieces of a transliterated name
                while k > 0 and i - k < MAX_NAME_PIECES and tokens[k - 1].tag.startswith(_PIECE_TAGS) \
                        and self._transliterated(tokens[k - 1].word + tokens[k].word, shortest=2):
                    k -= 1
                if k > 0 and len(tokens[k - 1].word) == 1 and tokens[k - 1].tag[:2] in _PROPER_TAGS \
                        and any(c.end == tokens[k - 1].start for c in countries):
                    k -= 1      # 老挝 | 琅 | 南塔 | 省: right after the country, a character of the name too
                tok = tokens[i - 1]
                name, a, b = text[tokens[k].start:tok.end], tokens[k].start, tokens[i].end
            else:
                continue
            if a in seen or not all(_CJK.match(c) for c in name) or self.res.gazetteer.names().get(text[a:b]) \
                    or self.res.gazetteer.names().get(name):
                continue
            seen.add(a)
            city = self.world.get(name)
            if city is not None and (city.cls != "Place" or text[b - 1] == "市"):
                if city.cls == "Place":
                    out.append(replace(self._mention(doc, a, b, city), source="foreign_places.division"))
                continue      # (布宜诺斯艾利斯省: the province named after its city, below)
            proper = city is not None or tok.tag.startswith(("nr", "ns", "nz")) or name not in self.res.jieba_words
            if proper and self._transliterated(name) and (text[b - 1] in _FOREIGN_ONLY_LEVELS
                                                          or len(name) >= MIN_TRANSLITERATED_COUNTY):
                # 巴达赫尚省, 贾拉拉巴德州: a transliterated name and a level is a division abroad,
                # whatever country the sentence names (Chinese divisions are in the gazetteer)
                out.append(doc.mention(a, b, "Place", text[a:b], source="foreign_places.division"))
                continue
            if not countries:
                continue
            sentence = doc.sentence_at(a)
            country = next((c for c in reversed(countries) if c.end <= a and sentence is not None
                            and c.start >= sentence.start), None)
            if proper and country is not None and a - country.end <= ABROAD_GAP and country.canonical != "中国" \
                    and not self.res.is_common_word(name):
                out.append(doc.mention(a, b, "Place", text[a:b], attrs=(("country", country.canonical),),
                                       source="foreign_places.division"))
        return out

    def _transliterated(self, name: str, shortest: int = 0) -> bool:
        tr = self.res.lexicon.names.transliteration_chars
        return len(name) >= (shortest or MIN_TRANSLITERATED_DIVISION) and all(c in tr for c in name)

    def bilateral(self, doc: Doc) -> list[Mention]:
        """中美两国, 美中关系, 中、阿建交, 墨美合作: two abbreviations of different countries
        right before a word of the relations between them (``place_cue_words.tsv``, kind
        bilateral) are the two countries, whatever words jieba made of them."""
        if self._bilateral is None or self._relation_re is None or not self._relation_re.search(doc.text):
            return []
        out: list[Mention] = []
        for m in self._bilateral.finditer(doc.text):
            a, b = m.group(1), m.group(2)
            if self.bilateral_abbr[a] == self.bilateral_abbr[b]:
                continue
            for pos in (m.start(1), m.start(2)):
                out.append(self._country_mention(doc, pos, self.bilateral_abbr[doc.text[pos]]))
        return out

    def _country_mention(self, doc: Doc, pos: int, full: str, source: str = "foreign_places.bilateral") -> Mention:
        """The one-character abbreviation at ``pos`` as a mention of the country or region ``full``."""
        place = self.world.get(full)
        cls = place.cls if place else "Place"
        name = place.name if place else full
        return replace(doc.mention(pos, pos + 1, cls, name, f"{cls}/{name}", (("abbreviation", "yes"),)),
                       source=source)

    def _common_rest(self, word: str) -> bool:
        """德国总理, 亚洲地区, 委内瑞拉政府: jieba tagged the compound a name, but what follows
        the foreign place in it is a common word (a post, 地区, 政府)."""
        for k in range(len(word) - 2, 1, -1):
            rest = word[k:]
            if word[:k] in self.world and (rest in self.roles or rest in _STATE_WORDS
                                           or self.res.is_common_word(rest)):
                return True
        return False

    def _world_prefix(self, word: str) -> str | None:
        """The foreign place a compound word starts with, when the rest is a word of its own."""
        for k in range(len(word) - 2, 1, -1):
            rest = word[k:]
            if word[:k] in self.world and rest in self.res.jieba_words and not self.res.gazetteer.names().get(rest):
                return word[:k]
        return None

    def _pair(self, text: str, start: int) -> int:
        """Length of a run of two to four abbreviations of different places at ``start``."""
        if text[start] not in self.abbr:
            return 0
        if text[start] == _DAY and start and (text[start - 1].isdigit() or is_cjk_numeral(text[start - 1])):
            return 0             # 7月27日 | 宁夏…: the day of a date, not 日 (Japan) and 宁
        for length in range(6, 2, -1):       # 德黑兰 is a city, not 德 + 黑
            if text[start:start + length] in self.world:
                return 0
        targets: list[str] = []
        j = start
        while j < len(text) and j - start < 4 and text[j] in self.abbr:
            target = self.abbr[text[j]][0]
            if target in targets:
                break
            targets.append(target)
            j += 1
        # 以 (以色列) closes a pair (巴以) but never opens one, nor stands before a number (以2∶0)
        while targets and j > start and text[j - 1] == "以" and (j - start == 1 or (j < len(text) and text[j].isdigit())):
            targets.pop()
            j -= 1
        if start < len(text) and text[start] == "以":
            return 0
        n = len(targets)
        while n >= 2 and ((w := self.res.jieba_words.get(text[start + n - 1:start + n + 1], (0, "")))[0] >= 1000
                          or w[1].startswith("nr") or text.startswith(_SOVIET_AREA, start + n - 1)):
            n -= 1       # 港澳 | 青年: the last abbreviation begins a frequent word (not 美 | 中关); 欧美 | 黑杨[nr]:
            #              a word jieba's dictionary holds as a name (a tree's here), no abbreviation's
        if n < 2 or text[start:start + 2] in self.not_places or text.startswith(self.compounds, start):
            return 0          # (中欧班列, 台港澳办: one thing's name, no places)
        if self.res.gazetteer.names().get(text[start:start + n]) or text[start:start + n] in self.world:
            return 0          # 辽宁 is a province's name, 中亚 a region's, not 辽 + 宁 or 中 + 亚
        return n

    def _river_mention(self, doc: Doc, pos: int, name: str, cls: str) -> Mention:
        return replace(doc.mention(pos, pos + 1, cls, name, f"{cls}/{name}", (("abbreviation", "yes"),)),
                       source="foreign_places.pair")

    def _abbr_mention(self, doc: Doc, pos: int) -> Mention:
        full, kind = self.abbr[doc.text[pos]]
        if kind == "province":
            areas = self.res.gazetteer.lookup(full)
            if areas:
                a = areas[0]
                return doc.mention(pos, pos + 1, a.cls, a.name, admin_key(a.code), (("adcode", a.code),))
        return self._country_mention(doc, pos, full, source="")

    def _own_country(self, doc: Doc) -> list[Mention]:
        """我国: China, the reporter's own country (a reference: 我国经济 … 国内生产总值增长4.5% are China's)."""
        home = self.world.places.get(HOME_COUNTRY)
        if home is None:
            return []
        out = []
        for word in self.own:
            at = doc.text.find(word)
            while at >= 0:
                if at in doc.token_starts and at + len(word) in doc.token_ends:
                    m = self._mention(doc, at, at + len(word), home)
                    out.append(replace(m, attrs=m.attrs + (("anaphor", word),), canonical=home.name))
                at = doc.text.find(word, at + len(word))
        return out

    def _mention(self, doc: Doc, start: int, end: int, place) -> Mention:
        attrs = (("country", place.country),) if place.country else ()
        if end - start > len(place.name) and doc.text.endswith(place.name, start, end):
            start = end - len(place.name)      # 新中国: an epithet of the country is no part of its name
        return doc.mention(start, end, place.cls, place.name, place.key, attrs)
