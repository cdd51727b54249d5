"""The article's own place: where the article says it comes from, not what it mentions.

A news report names its home in a few fixed places: the dateline (新华社长沙6月5日电,
本报兰州3月2日讯, 河北日报5月8日讯), the newspaper's own name (X日报 where X is a
place), and the address it was published at (``jiangsu.gov.cn``). Those anchors say
which province or city 我省, 我市 and a bare 市委 belong to even when the text never
writes the place out (a provincial bureau's own site says 省局, never 江苏省).

:func:`home_places` reads them; :func:`levels` turns the places into a map from
the level word a short form uses (省, 市, 县, 区, 旗, 州, 盟 …) to the place of
that level: the home place itself and every division above it.

>>> from kg.gazetteer import Gazetteer
>>> from kg.read import article_from_text
>>> gaz = Gazetteer.load()
>>> a = article_from_text("a", ["湖南日报5月8日讯（记者 某某）8日，省委召开会议。"])
>>> [p.name for p in home_places(a, gaz)]
['湖南省']
>>> b = article_from_text("b", ["全省会议召开。"], url="http://www.fujian.gov.cn/xw/1.htm")
>>> [p.name for p in home_places(b, gaz)]
['福建省']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..divisions import Divisions
from ..gazetteer import AdminArea, Gazetteer
from ..lexicon import read_list, read_table
from ..model import Article, Mention

__all__ = ["HomePlace", "home_places", "levels", "level_word", "dateline_end", "dateline_span", "article_dateline", "DATELINE_SPAN", "travel_destinations",
           "DATELINE", "MEDIA", "HOST", "LOCAL_LEVELS"]

# how a home place was read: the dateline (新华社某地电), the paper's own name (某某日报), the web address
DATELINE, MEDIA, HOST = "dateline", "media", "host"
_OWN_WORDS = ("全", "我")      # before a level word: the place a text speaks from (全县, 我区)
SITE = "site"     # a government's own web site (youyang.gov.cn): like its paper, it writes 全县 of its place

# verbs of travelling elsewhere a destination follows (not 到 alone: 到2025年, 落实到村)
TRAVEL_VERBS = ("赴", "前往", "来到", "抵达", "奔赴")
# … and where a person goes (某市长到某县级市调研, 深入某县, 走进某村): a place no post of the person's is in
VISIT_VERBS = TRAVEL_VERBS + ("到", "深入", "走进", "莅临")
_LIST_MARK = "、"
LOCAL_LEVELS = ("Township", "Village")   # the places below a county (open classes, no code of their own)
_STOPS = ("Township", "Village", "Place", "Landmark", "Initiative", "NaturalPlace")   # what a list of stops holds

# a dateline or byline sits in the article's first characters
DATELINE_SPAN = 160
DATELINE_SENTENCES = 2   # a dateline opens the text, or the body after a headline

OUTLETS = tuple(sorted(read_list("dateline_outlets.txt"), key=len, reverse=True))
MEDIA_HEADS = tuple(sorted(read_list("media_heads.txt"), key=len, reverse=True))
# (outlets named by a word that is also a place's: their name says nothing of where they are)
NATIONAL_MEDIA = frozenset(read_list("national_media.txt"))
_HOSTS = {token: name for token, name in read_table("host_places.tsv")}
_GOV_CODES = {code: name for code, name in read_table("gov_host_codes.tsv")}
# national news sites' provincial channels: hn.news.cn, cq.people.com.cn (media_channel_codes.tsv)
_CHANNEL_DOMAINS = tuple(row[1] for row in read_table("media_channel_codes.tsv") if row[0] == "domain")
_CHANNEL_CODES = {row[1]: row[2] for row in read_table("media_channel_codes.tsv") if row[0] == "code"}
_GOV_SUFFIX = ("gov", "cn")
# pinyin spelling -> the prefectures and counties so spelt (bench/place_pinyin_data.py)
_SPELLINGS: dict[str, list[str]] = {}
for _spelling, _code in read_table("place_pinyin.tsv"):
    _SPELLINGS.setdefault(_spelling, []).append(_code)
_CJK = r"[\u4e00-\u9fff]"
_DATE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_HEADS = "|".join(map(re.escape, MEDIA_HEADS))
# 新华社长沙6月5日电 / 本报兰州3月2日讯 / 河北日报5月8日讯 / 本报某某讯 / 某某网讯 (a news site's): outlet, place,
# date, 电|讯
_DATELINE = re.compile(rf"(?P<outlet>{'|'.join(map(re.escape, OUTLETS))}|{_CJK}{{2,6}}?(?:{_HEADS})|{_CJK}{{2,6}}?网(?=讯))"
                       rf"(?P<place>{_CJK}{{2,6}}?)?(?:{_DATE})?(?:电|讯)")
# X日报 / X晚报 / X广播电视台: a newspaper or station named after its place
_MEDIA = re.compile(rf"(?P<place>{_CJK}{{2,6}}?)(?:{_HEADS})")
# what both must end in: looked for first, since the patterns above, opening with a run of
# any characters, are tried at every character of the text
_MEDIA_HEAD = re.compile(_HEADS)
_DATELINE_ENDS = frozenset("电讯")
# 沛县讯 opening the text: a county's own news service
_COUNTY_DATELINE = re.compile(rf"\s*(?P<place>{_CJK}{{2,8}}?)讯")
# 峡江：我县举行…: a county's own headline, opened by its short name and a colon
_NAME_COLON = re.compile(rf"\s*(?P<place>{_CJK}{{2,4}}?)[：:]")
# the byline in brackets a dateline may close with: （记者 某某 某某）
_BYLINE_AFTER = re.compile(r"\s*[（(【\[][^）)】\]\n]{1,40}[）)】\]]")


@dataclass(frozen=True)
class HomePlace:
    """A division the article comes from, and how that was read (``dateline``, ``media``, ``host``)."""

    area: AdminArea
    via: str

    @property
    def name(self) -> str:
        return self.area.name


def home_places(article: Article, gazetteer: Gazetteer, divisions: Divisions | None = None) -> list[HomePlace]:
    """The article's home divisions, most specific anchor first, without repeats.

    With ``divisions``, a web address that spells a prefecture's or county's name in
    pinyin (yunxi.example.org) names it when the article confirms which of the places
    so spelt it is: it writes that place's name or the name of one of its townships.
    """
    out: list[HomePlace] = []
    head = article.match_text[:DATELINE_SPAN]
    for m in _DATELINE.finditer(head) if not _DATELINE_ENDS.isdisjoint(head) else ():
        place = m.group("place")
        if place:
            _add(out, _area(place, gazetteer), DATELINE)
    for line in head.split("\n", DATELINE_SENTENCES)[:DATELINE_SENTENCES]:      # (the headline's, or the body's)
        county = _COUNTY_DATELINE.match(line)
        if county is not None and gazetteer.is_full_name(county.group("place")) \
                and len(found := gazetteer.lookup(county.group("place"))) == 1 and found[0].cls == "County":
            # 沛县讯, 昆山市讯: a county's own report, by the county's whole name (no short name: 平阳讯)
            _add(out, found[0], DATELINE)
    first = article.match_text.split("\n", 1)[0]
    opened = _NAME_COLON.match(first)
    if opened is not None and len(found := gazetteer.lookup(opened.group("place"))) == 1 \
            and found[0].cls in ("County", "Prefecture") \
            and any(w + found[0].name[-1] in article.match_text for w in _OWN_WORDS):
        # 峡江：我县举行…, 修水：全县…: the headline opens with the place the text calls 我县 (one place so named)
        _add(out, found[0], DATELINE)
    for text, counties in ((head, False), (article.publisher or "", True)):
        for m in _MEDIA.finditer(text) if _MEDIA_HEAD.search(text) else ():
            if m.group() not in NATIONAL_MEDIA:
                _add(out, _media_area(m.group("place"), gazetteer, counties), MEDIA)
    if article.url:
        host = urlsplit(article.url).hostname or ""
        labels = host.lower().split(".")
        if tuple(labels[-2:]) == _GOV_SUFFIX and len(labels) > 2 and labels[-3] in _GOV_CODES:
            _add(out, _area(_GOV_CODES[labels[-3]], gazetteer), HOST)    # nync.zj.gov.cn: 浙江
        channel = next((d for d in _CHANNEL_DOMAINS if host.lower().endswith("." + d)), None)
        if channel is not None:
            label = host.lower()[:-len(channel) - 1].rsplit(".", 1)[-1]
            if label in _CHANNEL_CODES:
                _add(out, _area(_CHANNEL_CODES[label], gazetteer), HOST)    # hn.news.cn: 湖南
        for token in re.split(r"[.\-]", host.lower()):
            name = _HOSTS.get(token)
            if name:
                _add(out, _area(name, gazetteer), HOST)
            elif divisions is not None and token in _SPELLINGS:
                own_site = tuple(labels[-2:]) == _GOV_SUFFIX
                area = _spelt(_SPELLINGS[token], article.match_text, gazetteer, divisions, own_site)
                _add(out, area, SITE if own_site else HOST)
    return out


_ITEM_LABEL = re.compile(r"【[\u4e00-\u9fff]{1,8}】\s*")


def dateline_end(text: str) -> int:
    """Where the text's own words start after the dateline it opens with (本报讯, 新华社某地某月某日电,
    某某日报某月某日讯) and the byline in brackets right after it, if any; 0 where it opens with none.
    Nothing in a dateline acts in the report: the outlet is no clause's subject.

    >>> dateline_end("某某日报3月5日讯 省委召开会议")
    10
    >>> dateline_end("本报讯（记者 王某）4月23日，市长主持会议")
    10
    >>> dateline_end("省委召开会议")
    0
    >>> dateline_end("【浙江】新华社杭州5月20日电 浙江省委召开会议")
    16
    """
    label = _ITEM_LABEL.match(text)       # (【浙江】新华社杭州5月20日电 …: a digest's item labelled by its region)
    at = label.end() if label else 0
    m = _DATELINE.match(text, at) if not _DATELINE_ENDS.isdisjoint(text[at:at + DATELINE_SPAN]) else None
    if m is None:
        return 0
    end = m.end()
    byline = _BYLINE_AFTER.match(text, end)
    if byline is not None:
        end = byline.end()
    while end < len(text) and text[end] in " \u3000":
        end += 1
    return end


def dateline_span(sentences, text: str) -> tuple[int, int]:
    """The article offsets of the dateline (and byline) that opens the text's first sentence or,
    after a headline, the body's first; (0, 0) where there is none."""
    for sentence in sentences[:DATELINE_SENTENCES]:
        end = dateline_end(text[sentence.start:sentence.end])
        if end:
            return sentence.start, sentence.start + end
    return 0, 0


def article_dateline(doc) -> tuple[int, int]:
    """``dateline_span`` of a document, read once per document (``doc.memo``): the places' anaphora
    and the clauses both ask where the dateline ends."""
    span = doc.memo.get("dateline_span")
    if span is None:
        span = doc.memo["dateline_span"] = dateline_span(doc.sentences, doc.text)
    return span


def _spelt(codes: list[str], text: str, gazetteer: Gazetteer, divisions: Divisions,
           own_site: bool = False) -> AdminArea | None:
    """The one place of those a web address spells that the article confirms; on a government's own
    site (youyang.gov.cn) the one place so spelt, confirmed or not: its news says 全县, 我县, never the name."""
    confirmed = []
    for code in codes:
        area = gazetteer.get(code)
        if area is None:
            continue
        names = [n for n in (area.name, *area.short_names) if len(n) >= 2]
        if area.cls == "County":
            names += [n for n in divisions.townships_of(code) if len(n) >= 3]
        if any(n in text for n in names):
            confirmed.append(area)
    if not confirmed and own_site:
        # (wuhua.gov.cn: 五华县 or 五华区; its news says 全县 or 我县 of the one it is)
        areas = [a for code in codes if (a := gazetteer.get(code)) is not None]
        spoken = [a for a in areas if any(w + a.name[-1] in text for w in _OWN_WORDS)]
        return areas[0] if len(areas) == 1 else spoken[0] if len(spoken) == 1 else None
    return confirmed[0] if len(confirmed) == 1 else None


def level_word(name: str, level_words: tuple[str, ...]) -> str | None:
    """The level word a division's name ends in (安吉县 -> 县), longest first; 区 is never
    the level of an autonomous region (内蒙古自治区 -> 自治区 or nothing, not 区)."""
    return next((w for w in level_words if name.endswith(w) and not (w == "区" and name.endswith("自治区"))), None)


def levels(places: list[HomePlace], gazetteer: Gazetteer, level_words: tuple[str, ...]) -> dict[str, AdminArea]:
    """Level word (省, 市, 县 …) -> the home division of that level; the first anchor wins."""
    out: dict[str, AdminArea] = {}
    for p in places:
        for area in gazetteer.chain(p.area.code):
            word = level_word(area.name, level_words)
            if word and word not in out:
                out[word] = area
    return out


def _media_area(place: str, gazetteer: Gazetteer, counties: bool = False) -> AdminArea | None:
    """The province or city a paper's name starts with (新湖南日报 → 湖南): the longest tail of the
    words before the head that names one. County names are left out of the text (too many are
    also words) but by their whole names (某某市新闻中心讯), not of the publisher the article's metadata
    gives (某某县融媒体中心, 某某新闻网: a county's own outlet), where the name must be one county's only."""
    for i in range(len(place) - 1):
        area = _area(place[i:], gazetteer)
        if area is not None:
            if area.cls in ("Province", "Prefecture"):
                return area
            # (in the text, a county's whole name only: 讷河市新闻中心讯, not a short name that is a word)
            return area if (counties or gazetteer.is_full_name(place[i:])) and area.cls == "County" \
                and len(gazetteer.lookup(place[i:])) == 1 else None
    return None


def _area(name: str, gazetteer: Gazetteer) -> AdminArea | None:
    """The division a name refers to; of several, the highest level (吉林 the province, not the city)."""
    found = gazetteer.lookup(name)
    return min(found, key=lambda a: (a.level, a.code)) if found else None


def _add(out: list[HomePlace], area: AdminArea | None, via: str) -> None:
    if area is not None and all(p.area.code != area.code for p in out):
        out.append(HomePlace(area, via))


def travel_destinations(text: str, mentions: list[Mention], verbs: tuple[str, ...] = TRAVEL_VERBS) -> set[int]:
    """The offsets of the divisions named as where someone travels to (县长带队赴浙江省湖州市、嘉兴市
    考察, 来到湖州市安吉县某村、德清县某镇): a chain or list of places right after a verb of travelling.
    Such a place is not the article's own, which 我县 and short forms named before any place of their
    level stand for. ``text``: the article's matching view, which the offsets index."""
    out: set[int] = set()
    chain_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if not m.key.startswith("adm/"):
            if m.start == chain_end and m.label in LOCAL_LEVELS:
                chain_end = m.end      # (来到某县某村、某县某镇: the chain goes on through its villages)
            elif chain_end >= 0 and (m.start < chain_end < m.end or (
                    m.start == chain_end + 1 and text[chain_end:m.start] == _LIST_MARK and m.label in _STOPS)):
                chain_end = m.end      # (来到某市高新区、某示范区、某县级市: a zone named after the place, and the
                #                         list going on through zones and sites)
            continue
        if m.start == chain_end or (m.start == chain_end + 1 and text[chain_end:m.start] == _LIST_MARK) \
                or text[:m.start].endswith(verbs):
            out.add(m.start)
            chain_end = m.end
    return out


ARRIVALS = ("莅临", "来到", "来", "到")   # before 我市: others come to the speaker's place
# 来我市, 到本县, 莅临我区: visitors arriving at the speaker's place, whose level the last character says
_ARRIVING = re.compile(r"(?:莅临|来到|来|到)[我本]([省市县区州旗盟])")
_CLAUSE_MARKS = "，。；：！？\n"
_NATIVES = "籍"                 # 某区籍乡友: people born there
# between a place and the arrival, words of the place's own doing towards those who come (某旗人大组织代表来我旗考察,
# 代表某区向各位嘉宾莅临我区表示欢迎): the place is the host, no visitor's
_HOSTS_DOING = ("组织", "邀请", "向", "欢迎")


def arrival_visitors(mentions: list[Mention], sentences: dict, gazetteer: Gazetteer) -> set[int]:
    """The offsets of the places visitors come from: named in the clause before 来我市 (到我县, 莅临本市) and
    of the level the speaker's place is (某市市长某某率某市党政代表团到我市考察: that city is neither 我市 nor
    the city the hosts' 市委书记 is of). A place of another level stays (某省省委书记某某来我市调研: the
    speaker's own province; 某市委书记到我县: the county's own city). ``sentences``: the article's sentences
    by index; a mention's place is its own (某市) or the one its body is named with (某市党政代表团)."""
    out: set[int] = set()
    arriving = {i: [(s.start + a.start(), a.group(1)) for a in _ARRIVING.finditer(s.text)]
                for i, s in sentences.items() if "我" in s.text or "本" in s.text}
    arriving = {i: hits for i, hits in arriving.items() if hits}
    if not arriving:
        return out
    for m in mentions:
        key = m.key if m.key.startswith("adm/") else m.attr("place")
        if m.sentence not in arriving or not key or not key.startswith("adm/") or m.attr("anaphor"):
            continue
        s = sentences[m.sentence]
        if _NATIVES in m.text or s.text.startswith(_NATIVES, m.end - s.start):
            continue        # 宜秀籍乡友考察团来我区: natives of the place, coming home
        for at, level in arriving[m.sentence]:
            between = s.text[m.end - s.start:at - s.start]
            if m.end <= at and not any(ch in _CLAUSE_MARKS for ch in between) \
                    and not any(w in between for w in _HOSTS_DOING) \
                    and (area := gazetteer.get(key[4:])) is not None and area.name.endswith(level):
                out.add(m.start)
                break
    return out


def reception_guests(mentions: list[Mention], sentences: dict) -> dict[int, int]:
    """Sentence index -> where its guests start: after 会见 (接见, 会晤) when the host before it is named with
    a place or a body of one (某市委书记某某会见了以乙市委书记为团长的乙市党政代表团), or by a post
    (省委书记某某在南京会见了某省党政代表团), or as a level's leaders (省领导会见…, a headline): the places of
    the guests' side are not the article's own, which short forms (市委副书记、市长某某一同会见) and 我市 are
    of. ``sentences``: the article's sentences by index."""
    receptions = _reception_words()
    out: dict[int, int] = {}
    if not any(w in s.text for s in sentences.values() for w in receptions):
        return out          # (most articles receive no one)
    for m in mentions:
        s = sentences.get(m.sentence)
        if s is None or m.sentence in out or not (m.key.startswith("adm/") or m.attr("place") or m.label == _ROLE):
            continue
        at = min((k for k in (s.text.find(w, m.end - s.start) for w in receptions) if k >= 0), default=-1)
        if at >= 0:
            out[m.sentence] = s.start + at
    for s in sentences.values():
        at = min((k for k in (s.text.find(LEADERS + w) for w in receptions) if k >= 0), default=-1)
        if at >= 0 and s.index not in out:
            out[s.index] = s.start + at + len(LEADERS)
    return out


# 传达学习某市委某届某次全会精神: what a sentence relays (a meeting or a speech of a body elsewhere)
_RELAYED = re.compile(r"(?:传达|学习|贯彻|落实)[^，。；：]{2,40}?精神")
_SPIRIT = "精神"


def relayed_spans(sentences: dict) -> dict[int, list[tuple[int, int]]]:
    """Sentence index -> the spans of what the sentence relays (传达学习泉州市委十二届五次全会精神): a superior's
    meeting or speech, whose places are none of the article's (a county-level city's 市委 and 我市 are its own).
    ``sentences``: the article's sentences by index."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, s in sentences.items():
        if _SPIRIT in s.text:
            out[i] = [(s.start + m.start(), s.start + m.end()) for m in _RELAYED.finditer(s.text)]
    return out


_ROLE = "Role"
LEADERS = "领导"      # 省领导会见…, 江苏省领导甲、乙: the leaders of a level or of a place named before it


@lru_cache(maxsize=1)
def _reception_words() -> tuple[str, ...]:
    # (市长某某与来访的乙市委书记某某座谈: those who come on a visit are the guests, whatever the gathering)
    return tuple(w for cls, role, w in read_table("event_cues.tsv") if cls == "Meeting" and role == "reception") \
        + _VISITING


COME_TO_CALL = "来访的"     # 与来访的某某座谈: the guests, come to the host's place
_VISITING = (COME_TO_CALL,)
