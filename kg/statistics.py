"""Reported statistics as ``Observation`` nodes: subject, measure, value, unit, period, change.

``宁波市共有27家市级机关 … 全市党员32.6万人，基层党组织3.28万个`` gives three
observations of 宁波市: 市级机关 27 家, 党员 326000 人, 基层党组织 32800 个.

- The **figure** and its unit come from :mod:`kg.numbers` (count, measure, money and
  percent units; durations, ordinals, dates, figures inside names and titles are not
  statistics).
- The **measure** is the noun phrase before the figure in its clause (``党员32.6万人``,
  ``农民人均可支配收入49598元``), without the subject, time words and linking verbs
  (共有, 达到, 为 …, ``kg/data/statistic_cues.tsv``); when nothing is left, the noun after
  a classifier (``27家市级机关``, ``12所学校``).
- The **subject** is, in this order (each a rule named in the evidence, ``statistics.<rule>``):
  the place of the people counted (``动员4500万江西人民``: ``people_of``); the place visited
  (``五次到安吉县调研``: ``visits``); the place or body right before the figure when a noun
  follows it (``安吉县120个行政村``, ``全省85%的行政村``: ``possessor``); the clause's own subject
  (``合作社去年种植蓝莓350亩``: ``agent``); the nearest place or organisation before the figure
  (``nearest``; an entity given as an example, ``实验小学等12所学校``, is not: the clause before
  is; nor the other side after 对/向, ``对东盟进出口…``, nor one character of ``港澳台``); the
  document just issued (``document``); the place a sentence opens with (``在Y，…``:
  ``locative``); the place or body the clause inherits (``context``); a site or natural place
  the sentence opens with (``某水库位于某县，总库容…``: ``site``); the last place the sentence
  named (``sentence_place``). A place word resolved to the article's own place
  (全省, 我市) makes the rule ``article_place``. A clause scoped to the whole country
  (``全国共有100个县入选``) gives its figure no subject.
- **Not statistics**: figures after a demonstrative (``这120个村`` repeats one given before),
  beside the subject (``某村与邻近的12个村``), right after a quoted owner that is not a name the
  entity stage took, sessions of a congress (``十一届十二次全会``), small Chinese numerals in
  prose (``一名``, ``两个``) unless a place owns them (``该县八个乡镇``).
- The **period** is the time expression of the sentence before the figure: a year
  (2019), a month (2015-09), a part (2019-H1); ``截至2019年底`` gives ``dateBefore``.
- A **percentage** is stored as a fraction with unit ``%`` (``贫困发生率为25.6%`` → 0.256),
  as the schema says.
- A **change** (``同比增长9.8%``) goes to the figure it follows, as a decimal with its
  basis; a change with no figure before it (``化肥使用量同比下降15%``) is itself the
  observation: value -0.15, unit %, with the change and basis.

Everything read of one article lives in a per-article :class:`_ArticleFigures` passed
down the calls; the extractor itself holds only what is built once (reader, cues).
Each observation's evidence names the rule that chose its subject (``statistics.agent``,
``statistics.nearest`` …), so ``kg eval --by source`` scores them apart.

Ids are readable and deterministic: ``Observation/<subject>/<measure>/<period>/<value><unit>``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from .clean import is_han_char
from .entities import UNPLACED
from .clauses import ADMIN_CLASSES, BREAKDOWN, ITEM_END, LIES_IN, Clause, Extracted, Frame, is_agent, is_place
from .gazetteer import ADMIN_KEY
from .lexicon import read_table
from .mentions.home import MEDIA_HEADS, NATIONAL_MEDIA, OUTLETS
from .model import Entity, Fact, Mention
from .numbers import TIMES_UNIT, Change, NumberReader, Quantity, decimal_out
from .resources import Resources

__all__ = ["StatisticCues", "StatisticsExtractor", "observation_id"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
NAMED_CLASSES = frozenset({"Document", "Initiative", "Campaign", "Meeting", "Event", "Concept"})
ABOUT_CLASSES = ("Initiative", "Campaign", "Topic")
SUBJECT_EXTRA = frozenset({"NaturalPlace", "Landmark"})
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两〇零")
STAT_KINDS = frozenset({"count", "measure", "money", "percent"})
# a duration that counts days of a kind (优良天数达到326天) or is a span of life (人均预期寿命达到82.9岁,
# 平均年龄45岁): a statistic, not a time span
TIME_KIND, _DAYS_COUNTED, _DAY_LINKS = "time", ("天数", "寿命", "年龄"), "达到为是有共计"
MONEY = "money"
_COUNT_KIND = "count"
# 150余人参加会议, 600余人出席大会: those at a gathering, counted
# (at a meeting: 参加培训, a training's trainees counted, is a figure)
_ATTEND_VERB = re.compile("(?:参加|出席|列席)(?=了?(?:会议|大会|座谈会|视频会|电视电话会|$))")
_ATTEND_SEAT = re.compile("在[\u4e00-\u9fff]{1,5}$")     # (在分会场, 在主会场: where they sit)
_ATTENDING = re.compile(r"(?:参加|出席|列席|参会|与会)了?(?:会议|大会|活动|仪式|开幕式|座谈会|典礼)?(?:[，。；]|$)")
MAX_ACT_MEASURE = 2     # characters of a measure that is an act's verb alone (留置, 处分)
_MONTHS, _SPAN_OPENER, _ABOUT = "个月", "为期", "左右"
_WITHIN = ("内", "以内", "之内")
_POINTS = "个百分点"
# a growth rate compared with another place's or period's (高于全省…, 比一季度加快…, 增速快于…)
_COMPARED_POINTS = re.compile("高于|低于|快于|慢于|领先|落后|加快|放缓|回落|收窄|扩大|比全[省市县区州国][高低快慢]")
# a number and the word of a range right before a figure (80至, 3～): the figure tops a range
# 甲、乙…均突破: the figure is each one's (not 人均, 平均, 年均, 首都, 成都)
MIN_OWN_MEASURE = 3       # characters of a measure a change's clause names for itself (刑事警情)
_EACH = re.compile("(?<![人平年日户亩月])均|(?<![首成京古])都")
_THRESHOLDS = ("以上", "以下")    # 100亿元以上项目: a bound that classes what follows
_AFTER_A_BOUND = frozenset("，。；、的")   # (…达90%以上，…: the figure's own bound; 以上的 is checked apart)
_RANGE_OPEN = re.compile(r"[0-9０-９.]+(?:至|到|～|~|—|-)$")
# 全市13个国省控断面水质达标率为92.3%: the units counted (13个断面) are what a rate, a level or an index is of;
# the figure is the rate's, after its linking word, not the count's
_RATE_OF_COUNTED = re.compile(r"[^，。；！？]{1,24}?(?:率|比例|比重|占比|浓度|指数|均值)(?:平均|均)?(?:为|达|达到|是)$")
MAX_RANGE_OPEN = 12
_KIND_CHARS = frozenset("县村户乡镇")          # after a verb, make a noun of a kind (帮扶县, 脱贫村, 搬迁户)
_TERM_CLASSES = ("Concept", "Initiative", "Campaign", "Topic")   # terms a measure may hold whole (八项规定)
_EXAMPLES_CLOSE = "等"         # closes the examples of a list (甲、乙等)
_LIST_MARK = "、"
HEADLINE = 0          # the sentence index of a headline (the title, when the article has one)
RESTATED_TAIL = 4     # the last characters of a measure a headline shares with the body's (销售收入)
_EXAMPLE_ENDS = (_EXAMPLES_CLOSE, _LIST_MARK)   # after an example or a list's item (甲、乙等): not whom a figure is about
# Chinese numerals below this are words in prose (一名, 两个, 三方面), not statistics
SMALL_CHINESE_FIGURE = 10
# a measure this short before a counted figure is joined to the noun after it (新建|3所|学校 → 新建学校)
SHORT_MEASURE = 2
_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")   # 村（社区）: an alternative in brackets inside a noun
# a time after these is what a figure is compared with (较2017年下降27.5%), not when it was measured
_BASELINE = ("较", "比", "同", "与", "相比")
# 由1986年的59.8%提高到80.31%: the year before the first figure is not the second's
_FROM, _TO = ("由", "从"), ("到", "至")
# 是2013年的1668元的14倍: a year with 的 after 是/为/相当于 dates the figure compared with, not the next
_MULTIPLE_OF = ("是", "为", "相当于")
# 截至目前, 截至当前: a figure as of the article's day, whatever the sentences before dated
_AS_OF_NOW = re.compile(r"截至(?:目前|当前|现在|发稿时|记者发稿时)")
# 植被覆盖度由修复前的 | 15%: the base a measure rose from, no part of the measure
# a measure's figure given per unit of weight, area or volume (收购价格在每公斤22元): the unit it is per, no
# word of the measure
_PER_UNIT_END = re.compile("在?每(?:公斤|千克|斤|吨|亩|平方米|立方米|升|克)$"   # (not 每年, 每餐: how often)
                           "|每人每(?:月|年)$")     # 低保标准提高至每人每月1010元: the basis of a rate per person
# the whole of a day a bulletin counts (12月3日0—24时, 0时至24时)
_WHOLE_DAY = re.compile(r"[0零]时?[—\-–－~～至到]24时")
_FROM_BASE = re.compile(r"[由从](?:[^由从，]{1,12}的|(?:每人)?(?:每月|每年|每天)|(?:年|月)?人均)$")   # (由每人每月 | 220元)
MAX_ATTENDING_NOUN = 8   # characters of the persons counted before their verb of attending (名 | 公民代表应邀列席)
_PERSON_UNITS = frozenset({"名", "人", "位"})
VISITED_GAP = 3    # characters between a visit's verb and a figure of what was seen (走访了 | 27户, 考察了年产 | 50万吨)
YEAR_REFERENCES = ("全年", "同年")   # before a figure in its sentence: the year the sentences before named
YEAR_LOOKBACK = 3                    # sentences back to look for it
LIST_MARK = "、"
_PAIR_JOIN = "和"
_CHANGE_WORDS = re.compile("[\u4e00-\u9fff]*")   # a change's words before its figure (同比增长)
MIN_LISTED_MEASURE = 4  # characters of each of the measures a list names whole (粮食产量、油料产量)
MIN_LISTED_RATE = 3     # characters of each of the measures so listed that end alike (解决率、满意率)
MAX_LISTED_GROUP = 4    # characters of a group listed before the words its figures share (城镇、农村居民…)
MIN_SUBJECT_HEAD = 2    # the end of a subject's name that, opening a measure, names the subject (新区, 合作社)
# the words a company is named again by, at the head of its figures' measure (longest first)
COMPANY_KINDS = ("集团公司", "公司", "集团", "企业")
# a subject a clause only inherits, and one a figure's own clause names (the run of a sentence's figures)
_INHERITED_RULES = frozenset({"statistics.context", "statistics.sentence_place"})
# a place word resolved to the article's place (全省, 我市), the rule whichever way the figure reached it;
# inherited where the word stands outside the figure's clause
ARTICLE_PLACE = "statistics.article_place"
MAX_DOCUMENT_OPENING = 2    # characters before a document's title that opens a clause (据《…》: no; 该《…》)
_OWN_RULES = frozenset({"statistics.nearest", "statistics.agent", "statistics.since", "statistics.document"})
_SINCE = "以来"         # (某铁路开通以来，…: what the figures after the clause are of opens it)
# the whole country's or world's as the scope of a figure (全国共有…, 全国铁路已…): no place of the article's
# (not 全国某某城市, 全国首家: a title or a rank the place holds; nor 来自全国各地的200名专家: those at the
# place's event, counted there)
_NATIONAL = re.compile("(?:全国|全球|全世界)(?:共|累计|范围|已|铁路|公路)")
# a clause that opens with the whole country, after its time at most (2026年全国粮食总产量…, 全国国内出游…,
# 全国60岁以上老年人…): the release of a statistics office or a ministry is the country's, not the
# office's (not 全国人大…, 全国文明村镇…: a body or a title named)
_NATIONAL_OPENING = re.compile(r"(?:[^，。；、“”]{0,10}?(?:假期|期间|年度|年|月份|月|季度|日|以来|底|末|初))?"
                               r"(?:全国|全球|全世界)(?!人大|人民代表大会|政协|总工会|妇联|工商联|文明|百强|先进|示范|重点|首[个家批])")
_ONE_OF = "之一"     # (是全国N个…之一: the subject is one of them)
# outlets and press offices, who report figures, not whose they are
_OUTLETS = NATIONAL_MEDIA | frozenset(OUTLETS)
_OUTLET_HEADS = MEDIA_HEADS + ("新闻办公室", "新闻办", "报社", "杂志社")
# a clause opening with an anaphor of a thing (该工程, 该项目, 该中心; not of a place: 该市, 该县)
# (and a thing the clause places: 新院区位于某区，总建筑面积…)
_ANAPHOR_OPENING = re.compile(r"[^，。；]{0,8}?(?<!应)(该)(?![市县区省州盟旗镇乡村])[\u4e00-\u9fff]|([\u4e00-\u9fff]{2,10}?)(?:位于|地处|坐落于)")
# before a name: the other side of what is counted (对东盟出口), or what the figure is a share of or
# compared with (占全省的比重, 比全省高)
COUNTERPART_MARKS = frozenset("对向占比较")
_COUNT_BEFORE = re.compile("[0-9〇一二两三四五六七八九十百千万]+[个家名位所座条项]$")   # 53个 | 非洲国家
MAX_COUNT = 8       # characters of a count looked for before a name
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_NOUN_TAG = "n"     # jieba's tags of nouns open with it
MAX_QUOTED_NOUN = 24     # characters of a title in quotes after a count (30名“优秀共产党员”)
_CLAUSE_MARKS = "，。；：！？"   # what ends a clause, inside a quote too
_BRACKET_OPEN, _BRACKET_CLOSE = "（", "）"
_SPEECH = re.compile(f"[{_CLAUSE_MARKS}]")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")   # inside quotes: clauses someone says, not a name or a title
_OUTCOME_FOLLOWERS = "和及"   # (3人死亡和5人受伤: a conjunction after an outcome still ends it)
_MODIFIER_END = "的"     # (来自全国各地的 | 200余名专家学者: a phrase ending in 的 describes the noun after the figure)
PERCENT = "%"
RESPECTIVELY = "分别"
_LIST_JOINS = frozenset({LIST_MARK, "和", "及", "与"})
# 两个乡镇粮食单产: the count of the places just listed, no part of their measure
_LISTED_COUNT = re.compile(r"^(?:[0-9]+|[两二三四五六七八九十]+)[个家所](?:乡镇|镇|乡|村|社区|街道|县|市|区|企业|单位)")
_RESPECTIVE_LINK = re.compile(r"分别(?:达到|为|是|达)?(?:每[\u4e00-\u9fff])?$")    # …单产分别达到每亩
_PARTY_SIZE = re.compile(r"一行([0-9]+|[一二三四五六七八九十]+)[人名位]")   # 率代表团一行8人: a party's size
_PREPOSITIONS = frozenset({"对", "向", "为", "给", "把", "将", "从", "就"})   # a preposition alone before a count
POINTS = "个百分点"      # the unit of a rate's change (下降0.42个百分点)
SHARE_OF = "占"          # 占GDP比重: a share, of the measure named before it
_OF = "的"
# the end of a measure that names a goal set (海洋生产总值目标)
_TARGET = "目标"
_VERB = "v"             # jieba's verb tags open with it
_EXAMPLES_MARK = "等"     # closes the examples of a list (甲、乙等地)
# a village collective's figures (村集体经济收入, 村级集体经济): the village's, whoever the clause is about
_VILLAGE_COLLECTIVE, VILLAGE = ("村集体", "村级集体"), "Village"
# a change by itself as a figure's measure (比去年增加2.1万人): the words of the figure it changes are missing
_RANGE_MARKS = frozenset({"至", "到", "-", "—", "～", "~"})   # between a range's two figures (22元至28元)
_DIFFERENCES = frozenset({"增加", "减少", "增长", "下降", "提高", "降低", "增多", "多", "少", "上升"})
_COMPARISON_MARKS = ("比", "较", "与", "同")     # before a time: the base a figure is compared with
# what may stand between a possessor and its figure: 安吉县120个行政村, 全省85%的行政村
POSSESSIVE_GAPS = ("", "的")
# 市委十一届十二次全会: the session of a numbered congress is an ordinal, not a count of times
SESSION_ORDINAL = re.compile(r"届[零〇一二两三四五六七八九十百\d]+次")
PEOPLE_UNIT = "人"
VISIT_UNIT = "次"
# at most this many characters between a subject and a figure joined to it (某村和周边|8个村)
COORDINATED_GAP = 4


_ITEM_MARK = "、"
_DIGIT = re.compile(r"[0-9０-９]")


_TOTALS = frozenset({"总投资", "计划总投资", "投资", "年度计划投资", "计划投资", "总产值", "产值"})
_PROJECTS = "项目"      # 工业类项目15个: a kind of projects counted, whose total follows


def _opens_breakdown(art, c: Clause) -> bool:
    """The sentence of clause ``c`` breaks a figure down (其中，…)."""
    return art.frame.doc.text.startswith(BREAKDOWN, c.sentence.start)


def observation_id(subject: str, measure: str, when: str | None, value, unit: str) -> str:
    """``Observation/北京市/党员/-/1395000人``; ``/`` inside a part becomes ``／``."""
    parts = ["Observation", subject, measure or "-", when or "-", f"{value}{unit}"]
    return "/".join(str(p).replace("/", "／") for p in parts)


@dataclass(frozen=True)
class StatisticCues:
    leads: tuple[str, ...]
    links: tuple[str, ...]
    stops: tuple[str, ...]
    exists: tuple[str, ...]
    stop_tags: tuple[str, ...]
    keep_tags: tuple[str, ...]
    keep_words: tuple[str, ...]
    document_verbs: tuple[str, ...] = ()
    refers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    visit_moves: tuple[str, ...] = ()
    visit_verbs: tuple[str, ...] = ()
    pairs: tuple[tuple[str, tuple[str, ...]], ...] = ()   # 城乡 -> (城镇, 农村): see statistic_pairs.tsv
    households: tuple[str, ...] = ()
    place_words: tuple[str, ...] = ()     # 全省, 我市, 当地: the article's place, where it can be read
    outcomes: tuple[str, ...] = ()        # 死亡, 获救: what befell the persons counted, after the count
    # 举行, 召开: the verbs meetings are held by (event_cues.tsv); a figure measured by one alone is in
    # the name of what is held (举行200兆瓦光伏发电项目签约仪式), no statistic
    holding: frozenset[str] = frozenset()
    persons: tuple[str, ...] = ()         # 他, 她: a clause about one person (她已帮助居民解决问题130余件)
    speech: tuple[str, ...] = ()          # 他介绍, 她说: the person tells, and the figures told are no one person's
    targets: tuple[str, ...] = ()         # 力争, 目标是: the figure after it is a goal, not a figure reached
    words: tuple[str, ...] = ()           # 有色, 共享: words a lead's characters open, no lead
    parts: frozenset[str] = frozenset()   # 方面, 部分: the parts of a text or a list counted, no statistic
    agents: tuple[str, ...] = ()          # 机关, 部门: a kind of body before a lead (公安机关共破获…): the agent
    seen: tuple[str, ...] = ()            # 走访, 考察: a visitor's verb; a figure right after it counts what was seen
    attending: tuple[str, ...] = ()       # 列席, 参加: after a count of persons, those at a gathering (no statistic)

    @classmethod
    def load(cls, name: str = "statistic_cues.tsv") -> "StatisticCues":
        rows = read_table(name)

        def by(k):
            return tuple(sorted((w for kind, w in rows if kind == k), key=len, reverse=True))

        visits = read_table("event_cues.tsv")     # 到…调研: the words the event stage reads visits by

        def visit(role):
            return tuple(sorted((w for cls_, r, w in visits if cls_ == "Visit" and r == role), key=len, reverse=True))

        pairs = tuple((word, tuple(members)) for word, *members in read_table("statistic_pairs.tsv"))
        return cls(by("lead"), by("link"), by("stop"), by("exist"), by("stoptag"), by("keeptag"), by("keepword"),
                   by("docverb"), by("refer"), by("people"), by("join"), visit("move"), visit("verb"), pairs,
                   by("household"), tuple(sorted({w for w, *_ in read_table("anaphors.tsv")}, key=len, reverse=True)),
                   by("outcome"), frozenset(w for cls_, r, w in visits if cls_ == "Meeting" and r == "verb"),
                   by("person"), by("speech"), by("target"), by("word"), frozenset(by("part")), by("agent"),
                   by("seen"), by("attending"))


@dataclass
class _ArticleFigures:
    """What one call reads of one article: its frame, where its tokens start, and the figures of
    each clause (read once, on first use)."""

    frame: Frame
    starts: list[int]
    found: dict[int, list[Quantity]] = field(default_factory=dict)

    @classmethod
    def of(cls, frame: Frame) -> "_ArticleFigures":
        return cls(frame, [t.start for t in frame.doc.tokens])


@dataclass
class _Obs:
    clause: Clause
    q: Quantity | None
    value: object
    unit: str
    subject: Mention
    measure: str
    start: int
    end: int
    when: dict
    change: Change | None = None
    about: Mention | None = None
    ev_end: int = 0
    rule: str = "statistics"      # the rule that chose the subject
    said: str = ""                # words the figure is given with, shared with the one before (增长: 4.3%和7.5%)


class StatisticsExtractor:
    """Finds the statistics of one article from its :class:`~kg.clauses.Frame`."""

    def __init__(self, resources: Resources | None = None, reader: NumberReader | None = None,
                 cues: StatisticCues | None = None):
        self.reader = reader or NumberReader()
        self._gazetteer = resources.gazetteer if resources is not None else None
        self._jieba_words = resources.jieba_words if resources is not None else {}
        # (the posts' words, whose holders a count may count: 23个乡镇党委书记参加会议)
        self._roles = tuple(sorted(resources.lexicon.names.roles)) if resources is not None else ()
        self.cues = cues or StatisticCues.load()
        self._place_words = re.compile("|".join(map(re.escape, self.cues.place_words)) or "(?!)")

    def __call__(self, frame: Frame) -> Extracted:
        art = _ArticleFigures.of(frame)
        found: list[_Obs] = []
        household = -1          # the sentence a household speaks of (他家种了15亩茶园，每年收入…)
        for c in frame.clauses:
            if c.text.startswith(self.cues.households):
                household = c.sentence.index
            if c.sentence.index == household:
                continue        # a family's own figures, no statistic of the place the clause inherits
            if c.text.startswith(self.cues.persons) and not c.text.startswith(self.cues.speech, 1) \
                    and not self._place_words.search(c.text):
                continue        # one person's own figures (她已帮助居民解决各类问题130余件): no statistic of the place
                #                 (他走遍了全村18个村民组: the village's, named)
            found += self._clause(art, c, found)
        return self._emit(art, _without_headline_restatements(frame, found))

    def _holders_attending(self, c: Clause, qe: int) -> bool:
        """A count of the holders of a post (a post's word ending right before the verb, or before 在 and
        the room they sit in) who attend the gathering: 23个乡镇党委书记在分会场参加会议, 62个重点县县长参加会议."""
        verb = _ATTEND_VERB.search(c.text, qe - c.start)
        if verb is None or not self._roles:
            return False
        held = c.between(qe, c.start + verb.start())
        seat = _ATTEND_SEAT.search(held)
        return (held[:seat.start()] if seat else held).endswith(self._roles)

    # -- one clause -------------------------------------------------------------------------
    def _clause(self, art: _ArticleFigures, c: Clause, earlier: list[_Obs]) -> list[_Obs]:
        out: list[_Obs] = []
        changes = self.reader.changes(c.text)
        change_spans = [(c.start + ch.start, c.start + ch.end) for ch in changes]
        blocked = self._blocked(art, c)
        threshold = (-1, -1)       # the last figure of the clause that only bounds a class (100亿元以上)
        for q in self._quantities(art, c):
            qs, qe = c.start + q.start, c.start + q.end
            if any(a <= qs < b for a, b in change_spans + blocked):
                continue
            persons_listed = art.frame.doc.text[qs - 1:qs] == _EXAMPLES_CLOSE and any(
                m.end == qs - 1 and m.label == "Person" for m in c.mentions)
            q, people_of, people = self._people(art, c, q)
            counted_days = q.kind == TIME_KIND and c.between(c.start, qs).rstrip(_DAY_LINKS).endswith(_DAYS_COUNTED)
            if q.unit == _MONTHS and (c.between(c.start, qs).endswith(_SPAN_OPENER) or _ABOUT in c.between(qs, qe + 2)):
                continue     # 为期2个月, 工作2个月左右: how long something lasts (but 有6个月为Ⅱ类 counts months)
            if (q.unit == _MONTHS or q.kind == TIME_KIND) and c.text.startswith(_WITHIN, qe - c.start):
                continue     # 在6个月内报送, 15个工作日以内办结: a deadline, no figure of anything
            if q.unit == _POINTS and _COMPARED_POINTS.search(c.between(c.start, qs)):
                continue     # 高于全省平均水平2.1个百分点, 比一季度加快0.6个百分点: a comparison, no figure
            if _RANGE_OPEN.search(c.between(max(c.start, qs - MAX_RANGE_OPEN), qs)):
                continue     # 每小时80至120公里: the top of a range, no figure of its own
            if _unit(q.unit) == PEOPLE_UNIT and _ATTENDING.match(c.text, q.end):
                continue     # 职工代表150余人参加会议: how many attended the gathering, no figure of the body named before
            if q.kind == _COUNT_KIND and self._holders_attending(c, qe):
                continue     # 23个乡镇党委书记在分会场参加会议: the holders of a post counted at the gathering
            if q.kind == _COUNT_KIND and self._counts_what_a_rate_is_of(art, c, q):
                continue     # 全省203个国考断面水质优良率为98.5%: the count scopes the rate, no figure of its own
            if self._threshold(c, q, qe):
                # 100亿元以上项目1个, 500万元以上固定资产投资: the size of what is counted, no figure; it names
                # the measure after it
                bound = next((w for w in _THRESHOLDS if c.text.startswith(w, qe - c.start)), "")
                threshold = (qs, qe + len(bound))
                continue
            if (q.kind not in STAT_KINDS and not counted_days) or self._restated(c, qs) \
                    or self._quoted_owner(art, c, q, qs) or self._met_on_visit(c, qs) or self._attending(c, qe, q):
                continue
            visited, visit_measure = self._visits(c, qe, q)
            subject, rule = (people_of, _rule("people_of", people_of)) if people_of else \
                (visited, "statistics.visits") if visited else self._possessor(art, c, qs, qe, q)
            # 安吉县120个行政村, 、85%的行政村: the noun after the figure is what is counted
            owned = (subject is not None and not people_of and not visited) or \
                (q.unit == PERCENT and c.between(qe, qe + 1) == "的")
            small = q.numeral == "chinese" and q.value < SMALL_CHINESE_FIGURE and q.unit != TIMES_UNIT
            if small and not (subject is not None and subject.label in ADMIN_CLASSES and q.value > 1) and not visited:
                continue   # 一名, 两个: an article or a small count in prose (but 该县八个乡镇 counts)
            share = self._bracketed_share(c, qs, q, earlier + out) if subject is None else None
            if share is not None:
                # 新增病例12例（甲市8例、乙市4例）: each place's part of the figure before the bracket
                subject, rule = share[0], _rule("bracketed", share[0])
            if subject is None and _unit(q.unit) == PEOPLE_UNIT and self._outcome_after(c, qe):
                # 造成某省113人死亡: the persons counted are of the place written right before them
                place = next((m for m in c.mentions if m.end == qs and is_place(m)), None)
                if place is not None:
                    subject, rule = place, _rule("people_of", place)
            if subject is None:
                subject, rule = self._figure_subject(art, c, qs)
                inherited = rule in _INHERITED_RULES or (rule == ARTICLE_PLACE and subject is not None
                                                         and not c.start <= subject.start < c.end)
                if inherited and not c.subjects:
                    # 某高铁全长1068公里，设计时速350公里: the figures of one sentence run on about
                    # whom the clause before gave its own (not the agent inherited from before)
                    # (a clause of a change alone between them does not break the run: 某机场完成货邮吞吐量
                    # 52.3万吨，同比增长63.4%；起降航班3.6万架次)
                    run = [o for o in earlier + out if o.clause.sentence.index == c.sentence.index
                           and o.clause.index < c.index and _own(o)
                           and not any(b.subjects for b in art.frame.clauses[o.clause.index + 1:c.index])]
                    text = art.frame.doc.text
                    if run and run[-1].clause.text.startswith(BREAKDOWN) \
                            and ITEM_END in text[run[-1].clause.end:c.start]:
                        run = []     # (…，其中乐清市转移8.1万人；回港避风船只5200余艘: the part ended at the ；)
                    if run and run[-1].subject.key != getattr(subject, "key", None):
                        subject, rule = run[-1].subject, run[-1].rule
            listed = self._place_item_before(art, c, qs)
            if listed is not None and _breaks_down(c, earlier + out):
                # 其中，甲县6.2万亩、乙县4.8万亩: each part is the place written right before it
                subject, rule = listed, _rule("listed_part", listed)
            if subject is None or self._coordinated(c, subject, qs) or not self._speech_subject(c, subject, qs):
                continue
            if persons_listed and not is_place(subject):
                continue     # 某公司副院长罗赤宇等5人当选: how many persons the list names, no figure of a body
                #              (of one's post) (but 某县…表彰了…张某等36名同志: the county's, who acts)
            measure = (share[1] if share is not None else "") or people or visit_measure \
                or (owned and self._possessed(art, c, qe)) or self._measure(art, c, qs, qe, q) \
                or self._shared_measure(c, qs, out) or self._broken_down(c, q, earlier + out)
            if listed is not None and measure == listed.text:
                measure = self._broken_down(c, q, earlier + out)
            measure = self._without_subjects_head(measure, subject)
            if not measure or measure in self.cues.holding or (
                    measure in self.cues.parts and (subject is None or subject.label != "Document")):
                continue     # (梳理归纳为5个方面: the parts of what is said, counted; a document's are its own)
            if _ONE_OF in c.text[qe - c.start:]:
                continue     # 某地是全国30个少数民族自治州之一: one of so many, no figure of its own
            if threshold[1] > 0 and c.between(threshold[1], qs).startswith(measure):
                measure = c.between(*threshold) + measure     # 100亿元以上 | 项目1个: 100亿元以上项目
            if measure.startswith(_VILLAGE_COLLECTIVE) and subject.label not in ADMIN_CLASSES:
                # 合作社… 村集体经济收入达到43万元: the village's, not the cooperative's (but 全市村集体经济
                # 收入: the city's villages' together, a place's figure)
                village = self._village_before(art, qs)
                if village is not None:
                    subject, rule = village, _rule("collective", village)
            if measure.startswith(SHARE_OF):
                # 第三产业增加值95.3亿元，占GDP比重56.6%: the share is the figure's just before
                before = _in_sentence(c, earlier) + out
                if before and not before[-1].measure.startswith(SHARE_OF):
                    measure = before[-1].measure + measure
                measure = measure.removesuffix(_OF)      # 占农村劳动力总数的60%
            if measure in _DIFFERENCES and self._compared(c, c.start, qs):
                # 报名人数为78.3万人，比去年增加2.1万人: the difference is of the figure just before
                before = _in_sentence(c, earlier) + out
                if before and before[-1].unit == _unit(q.unit):
                    measure = before[-1].measure + measure
            if c.text.startswith(BREAKDOWN) and not listed:
                # 留置54人，其中处级干部12人: a part of those an act counted (a verb's measure before it) is of the act
                before = _in_sentence(c, earlier) + out
                if before and before[-1].unit == _unit(q.unit) and len(before[-1].measure) <= MAX_ACT_MEASURE \
                        and self._is_act(before[-1].measure) and not measure.startswith(before[-1].measure):
                    measure = before[-1].measure + measure
            if measure in _TOTALS and _opens_breakdown(art, c):
                # 其中，工业类项目15个，总投资30.2亿元；基础设施类项目6个，总投资11.1亿元: each kind's total, not the whole's
                before = _in_sentence(c, earlier) + out
                if before and before[-1].measure.endswith(_PROJECTS) and before[-1].clause.index < c.index:
                    measure = before[-1].measure + measure
            if measure in _RANGE_MARKS:
                # 每公斤22元至28元: the range's upper bound, of the measure its lower bound's is
                before = _in_sentence(c, earlier) + out
                if before and before[-1].end == qs - len(measure):
                    measure = before[-1].measure
            unit = _unit(q.unit)
            value = q.value / 100 if unit == PERCENT else q.value
            out.append(_Obs(c, q, value, unit, subject, measure, qs, qe, self._period(art, c, qs),
                            about=self._about(art, c, qs), rule=rule))
            for other in self._each(c, subject, qs):
                # 甲市、乙市地区生产总值均突破300亿元: each place's figure
                out.append(replace(out[-1], subject=other, rule=_rule("each", other)))
        respective = self._respective_changes(c, changes, [o for o in earlier if o.clause.sentence.index
                                                           == c.sentence.index] + out)
        run_obs: _Obs | None = None     # the change of no figure a run of changes after 分别 opened
        for ch in changes:
            cs = c.start + ch.start
            if run_obs is not None and cs == run_obs.end + 1 and c.text[ch.start - 1] in _LIST_JOINS \
                    and ch.unit == PERCENT:
                # 城镇和农村居民人均可支配收入分别增长4.3%和7.5%: each change of the run, of the one measure
                # (the groups it names are each one's: _respectively)
                opening = run_obs.change.text if run_obs.change is not None else ""
                said = run_obs.said or _CHANGE_WORDS.match(opening)[0]
                run_obs = _Obs(c, None, ch.value, PERCENT, run_obs.subject, run_obs.measure, cs, c.start + ch.end,
                               run_obs.when, change=ch, about=run_obs.about, rule=run_obs.rule, said=said)
                out.append(run_obs)
                continue
            run_obs = None
            if id(ch) in respective:
                o = respective[id(ch)]
                o.change, o.ev_end = ch, c.start + ch.end
                continue
            # (不良贷款率2.86%，较年初下降0.42个百分点: a rate changes by points, no other figure by them)
            takes = (lambda o: o.unit == PERCENT) if ch.unit == POINTS else (lambda o: o.unit != PERCENT)
            target = [o for o in out if o.end <= cs and o.change is None and takes(o)]
            if not target:
                same = [o for o in earlier if o.clause.sentence.index == c.sentence.index and o.change is None
                        and takes(o)]
                target = same[-1:] if same and not any(
                    o.clause.sentence.index == c.sentence.index and o.start > same[-1].end for o in earlier) else []
                if target and self._own_measure(art, c, cs, target[-1]):
                    target = []       # …破获刑事案件2316起，全市刑事警情同比下降19.6%: another measure's change
            if target:
                target[-1].change = ch
                target[-1].ev_end = c.start + ch.end
                continue
            if ch.unit != PERCENT:
                continue
            subject, rule = self._figure_subject(art, c, cs)
            measure = self._measure(art, c, cs, cs, None)
            if subject is not None and measure in (subject.text, subject.canonical):
                # 分地区看，甲市规上工业增加值增长18.3%，乙市增长6.1%: the measure of the place before, the
                # name before the change is whose it is
                before = _in_sentence(c, earlier) + out
                measure = before[-1].measure if before else ""
            if subject is None or not measure:
                continue
            # the change is already a fraction (同比下降15% → -0.15), as a percentage is stored
            out.append(_Obs(c, None, ch.value, PERCENT, subject, measure, cs, c.start + ch.end,
                            self._period(art, c, cs), change=ch, about=self._about(art, c, cs), rule=rule))
            if c.text[:ch.start].endswith(RESPECTIVELY):
                run_obs = out[-1]
        self._respectively(c, out)
        for o in out:
            if self._target(art, c, o):
                o.measure = self._as_target(o.measure)
        return out

    def _is_act(self, word: str) -> bool:
        """A verb of jieba's dictionary (留置, 处分, 立案): what a measure names when it counts those acted on."""
        return self._jieba_words.get(word, (0, ""))[1].startswith("v")

    def _counts_what_a_rate_is_of(self, art: _ArticleFigures, c: Clause, q: Quantity) -> bool:
        """Whether the next figure of the clause follows ``q`` after a rate's (a level's, an index's) name and its
        linking word (13个断面水质达标率为 | 92.3%)."""
        after = next((n for n in self._quantities(art, c) if n.start >= q.end), None)
        return after is not None and _RATE_OF_COUNTED.fullmatch(c.text, q.end, after.start) is not None

    def _target(self, art: _ArticleFigures, c: Clause, o: _Obs) -> bool:
        """力争全年规上工业增加值增长12%, 到2025年（the article of 2023）县域内就诊率达到90%: a goal set,
        said by a cue before the figure in its sentence or a year after the article's."""
        sentence = art.frame.doc.text[c.sentence.start:o.start]
        if any(w in sentence for w in self.cues.targets):
            return True
        year, published = o.when.get("period", "")[:4], (art.frame.article.date or "")[:4]
        return year.isdigit() and published.isdigit() and year > published

    def _as_target(self, measure: str) -> str:
        """The measure named as a target: 海洋生产总值力争 → 海洋生产总值目标."""
        for w in self.cues.targets:
            measure = measure.replace(w, "")
        return measure if measure.endswith(_TARGET) else measure + _TARGET

    def _own_measure(self, art: _ArticleFigures, c: Clause, cs: int, before: _Obs) -> bool:
        """The clause of a change names a measure of its own before it (全市刑事警情 | 同比下降19.6%), no
        word of the figure's before it in another clause."""
        words = self._measure(art, c, cs, cs, None)
        return len(words) >= MIN_OWN_MEASURE and words not in before.measure and before.measure not in words

    @staticmethod
    def _each(c: Clause, subject: Mention, qs: int) -> list[Mention]:
        """The other places of the list the clause opens with, where 均 or 都 before the figure says the
        figure is each one's (甲市、乙市地区生产总值均突破300亿元)."""
        own = [m for m in c.subjects if is_place(m)]
        if len(own) < 2 or c.listed or subject.key != own[0].key or RESPECTIVELY in c.text \
                or not _EACH.search(c.between(own[-1].end, qs)):
            return []
        return own[1:]

    @staticmethod
    def _threshold(c: Clause, q: Quantity, qe: int) -> bool:
        """A figure bounded by 以上/以下 and followed by a noun (100亿元以上 | 项目, 以上的 | 农户): a class of
        what the clause counts or measures, not a figure of its own."""
        after = c.text[qe - c.start:]
        if q.text.endswith(_THRESHOLDS):
            return bool(after) and is_han_char(after[0]) and after[0] not in _AFTER_A_BOUND
        word = next((w for w in _THRESHOLDS if after.startswith(w)), "")
        rest = after[len(word):]
        return bool(word) and bool(rest) and is_han_char(rest[0]) and rest[0] not in _AFTER_A_BOUND

    @staticmethod
    def _respective_changes(c: Clause, changes: list, out: list[_Obs]) -> dict[int, _Obs]:
        """X…，Y…，分别增长18%和21%: a run of changes joined by 和/、 after 分别 goes, in order, to as
        many figures of the sentence before it (``out``: not each to the last one)."""
        out_map: dict[int, _Obs] = {}
        k = 0
        while k < len(changes):
            run = [changes[k]]
            while k + len(run) < len(changes) and changes[k + len(run)].start == run[-1].end + 1:
                run.append(changes[k + len(run)])
            first = run[0]
            if len(run) > 1 and c.text[:first.start].endswith(RESPECTIVELY):
                targets = [o for o in out if o.end <= c.start + first.start and o.change is None and o.unit != PERCENT]
                if len(targets) >= len(run):
                    out_map.update((id(ch), o) for ch, o in zip(run, targets[-len(run):]))
            k += len(run)
        return out_map

    def _respectively(self, c: Clause, out: list[_Obs]) -> None:
        """城乡居民储蓄存款余额分别为X元和Y元: the figures of a measure named for a pair of groups,
        given 分别 and in order, are each group's (城镇居民…, 农村居民…)."""
        if RESPECTIVELY not in c.text:
            return
        for word, members in self.cues.pairs:
            same = [o for o in out if o.measure.startswith(word)]
            if len(same) == len(members) and len({o.measure for o in same}) == 1:
                for o, member in zip(same, members):
                    o.measure = member + o.measure[len(word):]
        # 甲镇、乙乡两个乡镇粮食单产分别达到每亩X公斤和Y公斤: the places or bodies listed before the
        # figures, as many as they, each in order
        for measure in dict.fromkeys(o.measure for o in out):
            same = [o for o in out if o.measure == measure]
            listed = self._listed_subjects(c, same[0].start) if len(same) > 1 else []
            if len(listed) == len(same):
                shared = _LISTED_COUNT.sub("", measure, count=1)
                shared = _RESPECTIVE_LINK.sub("", shared) or shared
                for o, subject in zip(same, listed):
                    o.subject, o.measure = subject, shared
        # 城镇、农村居民人均可支配收入分别达到X元和Y元 (or 城镇和农村居民…): the groups listed, each as long
        # as the others, before the words they share
        for measure in dict.fromkeys(o.measure for o in out):
            same = [o for o in out if o.measure == measure]
            parts = measure.split(LIST_MARK)
            if len(parts) == 1:
                parts = measure.split(_PAIR_JOIN, 1)     # 城镇和农村居民…: a pair joined by 和
            size = len(parts[0])
            if len(parts) != len(same) or len(parts) < 2:
                continue
            if not 1 <= size <= MAX_LISTED_GROUP or len(parts[-1]) < size + 2 \
                    or any(len(p) != size for p in parts[:-1]):
                if all(len(p) >= MIN_LISTED_MEASURE for p in parts) or (
                        all(len(p) >= MIN_LISTED_RATE for p in parts) and len({p[-1] for p in parts}) == 1):
                    # (响应率、解决率、满意率分别为…: rates, each named by its own word and the one ending)
                    # 地区生产总值、固定资产投资分别增长5.2%、8.1%: measures listed whole, each its figure's
                    for o, part in zip(same, parts):
                        o.measure = part
                continue
            shared = parts[-1][size:]
            for o, group in zip(same, parts[:-1] + [parts[-1][:size]]):
                o.measure = group + shared

    @staticmethod
    def _place_item_before(art: "_ArticleFigures", c: Clause, qs: int) -> Mention | None:
        """A division written right before a figure, as an item of a list or the clause's opening (甲县6.2万亩、)."""
        text = art.frame.doc.text
        return next((m for m in c.mentions if m.end == qs and m.key.startswith(ADMIN_KEY)
                     and (m.start == c.start or text[m.start - 1:m.start] == LIST_MARK)), None)

    @staticmethod
    def _listed_subjects(c: Clause, before: int) -> list[Mention]:
        """The places or bodies listed with 、 (or 和) right after one another before ``before``, the
        first of them opening the list: 甲镇、乙乡两个乡镇…."""
        found: list[Mention] = []
        for m in sorted(c.mentions, key=lambda m: m.start):
            if m.start >= before or not (is_place(m) or is_agent(m)):
                continue
            if found and c.between(found[-1].end, m.start) not in _LIST_JOINS:
                found = []
            if not found or m.start > found[-1].end:
                found.append(m)
        return found if len(found) > 1 else []

    def _quantities(self, art: _ArticleFigures, c: Clause) -> list[Quantity]:
        found = art.found.get(c.index)
        if found is None:
            found = art.found[c.index] = self.reader.quantities(c.text)
        return found

    def _people(self, art: _ArticleFigures, c: Clause, q: Quantity) -> tuple[Quantity, Mention | None, str]:
        """``动员4500万某省人民``, ``全县52万群众``: a figure in 万/亿 with no unit before a word for the people
        (after the place they are of) counts persons; that place, when named, is the subject, and the
        words from the figure to the people are the measure."""
        if q.unit or q.kind or not any(w in q.text for w in self.reader.words.multipliers):
            return q, None, ""
        qe = c.start + q.end
        place = next((m for m in c.mentions if m.start == qe and is_place(m)), None)
        at = place.end if place else qe
        word = next((w for w in self.cues.people if c.between(at, c.end).startswith(w)), None)
        if word is None:
            return q, None, ""
        return replace(q, unit=PEOPLE_UNIT, kind="count"), place, c.between(qe, at + len(word))

    def _attending(self, c: Clause, qe: int, q: Quantity) -> bool:
        """``3名公民代表应邀列席会议``, ``200余人参加会议``: a count of those at a gathering, no statistic of a place
        or a body."""
        if q.unit not in _PERSON_UNITS:
            return False
        after = c.between(qe, c.end)
        return any(0 <= (k := after.find(w)) <= MAX_ATTENDING_NOUN for w in self.cues.attending)

    def _met_on_visit(self, c: Clause, qs: int) -> bool:
        """``先后走访了27户贫困户``, ``考察了年产50万吨某项目``: a figure right after a visit's verb counts whom or what
        the visitor saw (or what the stop makes), no statistic of the place the clause is in."""
        before = c.between(c.start, qs)
        # (发放慰问金5万元: a word the verb opens, 慰问金, is no visit's verb)
        at = max((k + len(v) for v in self.cues.seen if (k := before.rfind(v)) >= 0
                  and not before.startswith(self.cues.words, k)), default=-1)
        return at >= 0 and len(before) - at <= VISITED_GAP

    def _visits(self, c: Clause, qe: int, q: Quantity) -> tuple[Mention | None, str]:
        """``五次到某县调研``: how many times someone came to a place to inspect it is the place's
        figure; the visit verbs are the measure."""
        if q.unit != VISIT_UNIT:
            return None, ""
        move = next((w for w in self.cues.visit_moves if c.between(qe, c.end).startswith(w)), None)
        place = move and next((m for m in c.mentions if m.start == qe + len(move) and is_place(m)), None)
        if not place:
            return None, ""
        end = at = place.end
        while True:
            verb = next((w for w in self.cues.visit_verbs if c.between(at, c.end).startswith(w)), None)
            if verb is None:
                break
            at = end = at + len(verb)
        return (place, c.between(place.end, end)) if end > place.end else (None, "")

    def _quoted_owner(self, art: _ArticleFigures, c: Clause, q: Quantity, qs: int) -> bool:
        """``“某湾”800户居民``: the owner of the figure is named in quotes right before it, as a word the
        entity stage did not take for a name; no other subject is right, so none is guessed. Not
        a sum of money a verb opens the quotes before (发放“某某贷”150亿元): what is quoted is what
        the money is (a count after quotes, 800户居民, still belongs to them)."""
        before = c.between(c.start, qs)
        if not before.endswith(("”", "」")) or any(m.end == qs for m in c.mentions):
            return False
        opening = max(before.rfind("“"), before.rfind("「"))
        if opening <= 0 or q.kind != MONEY:
            return True
        tokens = art.frame.doc.tokens
        i = bisect.bisect_right(art.starts, c.start + opening) - 1     # the token of the opening mark
        return not (i > 0 and tokens[i - 1].end == c.start + opening and tokens[i - 1].tag.startswith("v"))

    def _coordinated(self, c: Clause, subject: Mention, qs: int) -> bool:
        """``某村与邻近的12个村成立…``: a figure joined to the subject by 和/与/及 counts things beside it, not
        things it has."""
        gap = c.between(subject.end, qs) if subject.end <= qs else ""
        return len(gap) <= COORDINATED_GAP and gap.startswith(self.cues.joins)

    def _restated(self, c: Clause, qs: int) -> bool:
        """``这120个村``, ``此次30个项目``: a figure after a demonstrative repeats one given before."""
        return c.between(c.start, qs).endswith(self.cues.refers)

    def _possessor(self, art: _ArticleFigures, c: Clause, qs: int, qe: int,
                   q: Quantity) -> tuple[Mention | None, str]:
        """``安吉县120个行政村``, ``全省85%的行政村``: a place or body right before a
        figure that is followed by what it counts owns those things."""
        owner = next((m for m in reversed(c.mentions) if is_agent(m) and m.end <= qs
                      and c.between(m.end, qs) in POSSESSIVE_GAPS), None)
        if owner is None or not self._possessed(art, c, qe):
            return None, ""     # 建成养老服务中心9个: the name before the figure is what is counted
        if owner.start > c.start and c.text[owner.start - c.start - 1] in _EXAMPLE_ENDS:
            return None, ""     # 甲街道、乙街道、丙镇3所卫生院: the list's last item, one of those counted
        return owner, _rule("possessor", owner)

    def _possessed(self, art: _ArticleFigures, c: Clause, qe: int) -> str:
        """What a figure counts when it follows its owner: the noun after it (120个|行政村, 85%的|农户)."""
        return self._noun_after(art, c, qe + 1 if c.between(qe, qe + 1) == "的" else qe).replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "")

    @staticmethod
    def _broken_down(c: Clause, q: Quantity, before: list[_Obs]) -> str:
        """全市计划完成造林面积50万亩，其中某县12万亩: a part of the figure before, in the sentence, of
        its unit, measures what it measures."""
        if not _breaks_down(c, before):
            return ""
        prev = [o for o in before if o.clause.sentence.index == c.sentence.index and o.clause.index < c.index]
        return prev[-1].measure if prev and prev[-1].unit == _unit(q.unit) else ""

    def _shared_measure(self, c: Clause, qs: int, out: list[_Obs]) -> str:
        """``安置移民3200户1.2万人``: a figure joined to the one before it measures the same thing."""
        prev = [o for o in out if o.clause is c and o.end <= qs]
        # (由5万元增加到去年的43万元: the time of the second figure joins nothing to it)
        if not prev or _strip(_without_times(c, prev[-1].end, qs), self.cues.leads, self.cues.links, self.cues.words):
            return ""
        return prev[-1].measure

    def _blocked(self, art: _ArticleFigures, c: Clause) -> list[tuple[int, int]]:
        """Spans a figure in which is not a statistic: names, titles, quotes, dates, sessions."""
        spans = [(m.start, m.end) for m in c.mentions if m.label in NAMED_CLASSES]
        # a number inside a place's, a body's or a person's name (七台河市, 六盘水市, 中建八局) counts nothing
        spans += [(m.start, m.end) for m in c.mentions if m.label not in NAMED_CLASSES and m.label != "Role"
                  and any(ch in _NUMERAL_CHARS for ch in m.text)]
        spans += [(t.start, t.end) for t in c.times]
        for m in re.finditer(r"“[^”]*”|「[^」]*」|〔[^〕]*〕|\[[^\]]*\]", c.text):
            if not _SPEECH.search(m.group()):
                spans.append((c.start + m.start(), c.start + m.end()))
            # (but not what someone says, a quote of clauses: “合作社去年种植茯苓1200亩，产值达到…”，某某说;
            # its figures need a subject it names, :meth:`_speech_subject`)
        for m in re.finditer(r"\d+(?:\.\d+)?[^\d，。；]{0,2}号", c.text):   # document numbers
            spans.append((c.start + m.start(), c.start + m.end()))
        for m in SESSION_ORDINAL.finditer(c.text):
            spans.append((c.start + m.start(), c.start + m.end()))
        for m in _PARTY_SIZE.finditer(c.text):     # 率代表团一行8人来某县: the size of a visiting party
            spans.append((c.start + m.start(1), c.start + m.end()))
        return spans

    @staticmethod
    def _bracketed_share(c: Clause, qs: int, q: Quantity, before: list[_Obs]) -> tuple[Mention, str] | None:
        """新增本土确诊病例12例（甲市8例、乙市4例）: a figure in brackets right after another, of the same unit,
        with a place written right before it, is that place's part of the figure before: (the place, the
        figure's measure), or None."""
        at = qs - c.start
        opened = c.text.rfind(_BRACKET_OPEN, 0, at)
        if opened <= 0 or _BRACKET_CLOSE in c.text[opened:at]:
            return None
        place = next((m for m in c.mentions if m.end == qs and is_place(m) and m.start > c.start + opened), None)
        whole = next((o for o in reversed(before) if o.clause is c and o.end == c.start + opened), None)
        if place is None or whole is None or whole.unit != _unit(q.unit):
            return None
        return place, whole.measure

    @staticmethod
    def _speech_subject(c: Clause, subject: Mention, qs: int) -> bool:
        """A figure in what someone says (“…1200亩，产值…”，某某说) is a statistic only of a subject
        the speech itself names before it (合作社去年种植…: the cooperative): “我家大棚5个” is the
        speaker's, no figure of the place the article is about."""
        for m in _QUOTED.finditer(c.text):
            if c.start + m.start() < qs < c.start + m.end() and _SPEECH.search(m.group()):
                return c.start + m.start() <= subject.start < qs
        return True

    def _figure_subject(self, art: _ArticleFigures, c: Clause, at: int) -> tuple[Mention | None, str]:
        """:meth:`_subject`, but never an outlet that reports the figure (新华社, 某某日报, 某某新闻办公室:
        who tells it, not whom it is about; a figure of the sentence before, 新华社…电 …, has none named)."""
        if any(m.attr(UNPLACED) for m in c.context + c.subjects + c.mentions):
            # (县委 of a county the article never names is no subject: its figures are the county's, 全县's, which
            # has no node; the clause is read as if the body were not named)
            c = replace(c, mentions=_placed(c.mentions), subjects=_placed(c.subjects), context=_placed(c.context),
                        agents=_placed(c.agents))
        subject, rule = self._subject(art, c, at)
        if subject is not None and subject.label not in ADMIN_CLASSES and _reports(subject.canonical):
            return None, "statistics.unknown_place"
        return subject, rule

    def _subject(self, art: _ArticleFigures, c: Clause, at: int) -> tuple[Mention | None, str]:
        """Whom the figure at ``at`` is about, and the rule that says so (``statistics.<rule>``)."""
        own = [m for m in c.subjects if is_agent(m) or m.label in SUBJECT_EXTRA]
        # (分别: the figures are each item's, not the list's together)
        parent = _list_parent(art, own if own else c.context) if RESPECTIVELY not in c.text else None
        if parent is not None and (not own or own[-1].end <= at):
            # 某县甲街道、乙街道、丙镇3所卫生院，总投资…: figures of a list of places together are the
            # place's the list is named in
            return parent, _rule("list_parent", parent)
        counted = own[0] if own and _counts_the_list(art.frame.doc.text, c, own[0], at) else None
        item = self._item_subject(art, c, at) if own else None
        if item is not None:
            # 其中甲市转移5万人、乙市转移3万人: each item of the list has its own subject
            return item, _rule("item", item)
        if own and not c.listed and not c.inherited and own[0].end <= at and counted is None \
                and not self._modifies(art, own[0]):
            return own[0], _rule("agent", own[0])
        # the nearest place or organisation before the figure that is not an example (X等)
        item_start = -1
        for m in reversed(c.mentions):
            if m.end >= at:
                continue   # (a name right before the figure is what is counted)
            if _listed_item(art.frame.doc.text, m) or m.end == item_start:
                # (甲河、乙河等5条, 甲、乙、丙3个市: the items of a list the figure counts; what the
                # item's name opens with is the item's too: 某市某县某村党支部等200个, 某村党支部书记 |
                # 张某等300名, through the person and the post)
                item_start = m.start
                continue
            if not (is_agent(m) or m.label in SUBJECT_EXTRA) or self._modifies(art, m):
                continue
            if art.frame.doc.text[m.start - 1:m.start] in COUNTERPART_MARKS:
                continue   # 对东盟进出口720亿元: the partner of the trade, not whose it is
            if m.end - m.start == 1:
                continue   # 港澳台地区和17个国家: one character of a joint abbreviation, an item of a list
            if c.inherited and self._qualifies(art, m, c.context):
                continue   # (全省…，吸引台湾青年1.2万人来闽: whom the figure counts comes from there; the figure is
                #            the province's the clause goes on with)
            if _COUNT_BEFORE.search(art.frame.doc.text, max(0, m.start - MAX_COUNT), m.start):
                continue   # 53个非洲国家、1590家企业: the place names what a count before it counts
            return m, _rule("nearest", m)
        if self._unknown_place(c, at) or self._unknown_subject(art, c) or _NATIONAL.search(c.text, 0, at - c.start) \
                or _NATIONAL_OPENING.match(c.text, 0, at - c.start) or self._national_before(art, c):
            # (全国共有100个县入选: the whole country's figure, not the article's place's)
            return None, "statistics.unknown_place"
        anaphor, referent = self._anaphor_subject(art, c)
        if anaphor:
            return referent, _rule("anaphor", referent) if referent is not None else "statistics.unknown_place"
        doc = self._document_subject(art, c)
        if doc is not None:
            return doc, "statistics.document"
        if c.locative is not None and is_place(c.locative) and not own:
            # 在大理市湾桥镇古生村，…，去年接待游客12万人次: figures of that place
            return c.locative, _rule("locative", c.locative)
        if c.listed:
            prev = art.frame.clauses[c.index - 1] if c.index else None
            m = prev.context[0] if prev is not None and prev.context else None
            return m, _rule("context", m)
        since = self._since_opener(art, c)
        if since is not None:
            return since, _rule("since", since)
        same = art.frame.by_sentence.get(c.sentence.index, [])
        site = self._opening_site(same[0]) if same and same[0].index < c.index else None
        if site is not None:
            # 某水库位于某县，总库容3.68亿立方米; 位于某区的某公园推出…，单日接待量突破3万人次: the figures
            # of the site the sentence opens with, not of the place the sentences before talked about
            return site, _rule("site", site)
        if c.context and not (counted is not None and c.context[0].key == counted.key):
            return c.context[0], _rule("context", c.context[0])
        # 调研组对安吉县的做法表示肯定，培训农民超过3万人次: the place the sentence named before
        # (not an item of a list the figure counts: 推动甲、乙、丙等5个村…)
        places = [m for cl in same if cl.index <= c.index for m in cl.mentions
                  if m.label in ADMIN_CLASSES and m.end <= at and not _listed_item(art.frame.doc.text, m)
                  and m.end - m.start > 1]      # (nor a character of 港澳台)
        m = places[-1] if places else None
        return m, _rule("sentence_place", m)

    @staticmethod
    def _item_subject(art: _ArticleFigures, c: Clause, at: int) -> Mention | None:
        """The place or body opening the 、-item the figure at ``at`` is in, after an item before it that holds a
        figure of its own (甲市转移5万人、乙市转移3万人: 乙市's)."""
        text = art.frame.doc.text
        mark = text.rfind(_ITEM_MARK, c.start, at)
        if mark < 0 or not _DIGIT.search(text, c.start, mark):
            return None
        return next((m for m in c.mentions if m.start == mark + len(_ITEM_MARK) and m.end <= at
                     and (is_agent(m) or m.label in SUBJECT_EXTRA)
                     and not _DIGIT.search(text, m.end, m.end + 1)), None)

    @staticmethod
    def _modifies(art: _ArticleFigures, m: Mention) -> bool:
        """某市援建的扶贫车间吸纳…: the name and a verb before 的 describe the noun after them (the
        workshop it built), which is the clause's subject, not the name."""
        tokens = art.frame.doc.tokens
        i = bisect.bisect_left(art.starts, m.end)
        return i + 1 < len(tokens) and tokens[i].start == m.end and tokens[i].tag.startswith(_VERB) \
            and tokens[i + 1].word == _OF

    @staticmethod
    def _since_opener(art: _ArticleFigures, c: Clause) -> Mention | None:
        """某铁路开通运营以来，累计发送旅客…: the clause before, ending in 以来 (since), opens with what
        the figures after it are of, a site or a body, though it is no agent of a verb there."""
        prev = art.frame.clauses[c.index - 1] if c.index else None
        if prev is None or prev.sentence.index != c.sentence.index or c.subjects \
                or not prev.text.rstrip(_CLAUSE_MARKS + ",;: ").endswith(_SINCE):
            return None
        return next((m for m in prev.mentions if m.start == prev.start
                     and (is_agent(m) or m.label in SUBJECT_EXTRA)), None)

    def _unknown_place(self, c: Clause, at: int) -> bool:
        """督察组指出，…全省空气质量优良天数比例达到88.6%: a place word before the figure that no
        place could be read for (the article names no province) says whose figure it is; the
        speaker or the body of the clause before is not."""
        return self._unread_place_word(c, at - c.start)

    def _unread_place_word(self, c: Clause, end: int | None = None) -> bool:
        """A place word (全省, 我县 …) in ``c``'s text, up to ``end``, that no mention of the clause covers."""
        return any(not any(m.start <= c.start + w.start() < m.end for m in c.mentions)
                   for w in self._place_words.finditer(c.text, 0, len(c.text) if end is None else end))

    @staticmethod
    def _opening_site(cl: Clause) -> Mention | None:
        """The site (a landmark or a natural place) ``cl`` opens with, after where it lies at most
        (位于某区的某公园)."""
        if cl.subjects and cl.subjects[0].label in SUBJECT_EXTRA and cl.subjects[0].start == cl.start:
            return cl.subjects[0]
        first = next((m for m in cl.mentions if m.label in SUBJECT_EXTRA), None)
        if first is not None and LIES_IN.fullmatch(cl.text, 0, first.start - cl.start):
            return first
        return None

    @staticmethod
    def _anaphor_subject(art: _ArticleFigures, c: Clause) -> tuple[bool, Mention | None]:
        """该工程起于甲市，止于乙市，线路全长1069公里: the sentence opens with an anaphor (该工程, 该院,
        该中心) no name was read for, and no clause since names a subject of its own: the figures
        are of what it refers to, the last named before whose name ends in its noun (该院 after
        某市人民检察院), else of nothing the article names, not of a place a clause between names;
        so are those of a thing placed without a name (新院区位于某区，…)."""
        if c.subjects and not c.inherited:
            return False, None
        for cl in reversed([cl for cl in art.frame.by_sentence.get(c.sentence.index, []) if cl.index <= c.index]):
            opening = _ANAPHOR_OPENING.match(cl.text)
            if opening is not None:
                at = cl.start + (opening.start(1) if opening.group(1) else opening.start(2))
                if any(m.start <= at < m.end for m in cl.mentions):
                    return False, None
                if not opening.group(1):
                    return True, None
                i = bisect.bisect_left(art.starts, at)
                tokens = art.frame.doc.tokens
                noun = "" if i >= len(tokens) or tokens[i].start != at else tokens[i].word[1:] or (
                    tokens[i + 1].word if i + 1 < len(tokens) else "")     # (该院 | 共: one word of jieba's)
                if not noun or not all(map(is_han_char, noun)):
                    return True, None
                named = [m for k in range(cl.index, -1, -1) for m in reversed(art.frame.clauses[k].mentions)
                         if m.end <= at and (is_agent(m) or m.label in SUBJECT_EXTRA)]
                referent = next((m for m in named if m.canonical.endswith(noun)), None)
                return True, referent or _named_for(art, cl, at, noun)
            if cl.subjects and not cl.inherited:
                return False, None
        return False, None

    @staticmethod
    def _national_before(art: _ArticleFigures, c: Clause) -> bool:
        """全国粮食总产量71490万吨，比上年增加1160万吨；…总花费7102.4亿元: a clause of the sentence before
        this one, with no body or place named since, opened with the whole country: its scope holds on."""
        if c.subjects and not c.inherited:
            return False
        for cl in reversed([cl for cl in art.frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index]):
            if any(is_agent(m) for m in cl.mentions):
                return False
            if _NATIONAL_OPENING.match(cl.text):
                return True
        return False

    def _unknown_subject(self, art: _ArticleFigures, c: Clause) -> bool:
        """我县大力发展…，建成服务站16个、服务点210个: the sentence's subject, before the figure's clause,
        is a place word no place could be read for (the article never names its county), and no
        place or body is named after it: the figures are that place's, not the one a paragraph
        before talked about."""
        if c.subjects and not c.inherited:
            return False
        before = [cl for cl in art.frame.by_sentence.get(c.sentence.index, []) if cl.index < c.index]
        for cl in reversed(before):
            if any(is_agent(m) for m in cl.mentions):
                return False
            if self._unread_place_word(cl):
                return True
        return False

    def _document_subject(self, art: _ArticleFigures, c: Clause) -> Mention | None:
        """…印发《方案》，明确了5个方面30项重点任务: figures of the document just named (the issuer
        the clause inherits as its subject is not who the figures are about)."""
        opening = next((m for m in c.mentions if m.label == "Document" and m.start - c.start <= MAX_DOCUMENT_OPENING
                        and art.frame.doc.text.startswith(self.cues.document_verbs, m.end)), None)
        if opening is not None:
            return opening      # 《实施意见》明确了6个方面18项重点任务: the document opening the clause
        if (c.subjects and not c.inherited) or not c.text.startswith(self.cues.document_verbs):
            return None
        same = art.frame.by_sentence.get(c.sentence.index, [])
        docs = [m for cl in same if cl.index < c.index for m in cl.mentions if m.label == "Document"]
        return docs[-1] if docs else None

    @staticmethod
    def _village_before(art: _ArticleFigures, at: int) -> Mention | None:
        """The village named last before ``at`` (the title's too): a village collective's owner."""
        villages = [m for cl in art.frame.clauses for m in cl.mentions if m.label == VILLAGE and m.end <= at]
        return max(villages, key=lambda m: m.end) if villages else None

    def _without_subjects_head(self, measure: str, subject: Mention) -> str:
        """The measure without the subject named again by the end of its name (某某新区 …
        新区完成固定资产投资, 某某合作社 … 合作社销售收入): who is measured, not what."""
        name = subject.canonical
        for k in range(min(len(name) - 1, len(measure) - 2), MIN_SUBJECT_HEAD - 1, -1):
            if measure.startswith(name[-k:]):
                return _strip(measure[k:], self.cues.leads, self.cues.links, self.cues.words) or measure
        if subject.label == "Company":
            # 某某（集团）有限责任公司 … 集团公司实现营业收入: the company named again by its kind
            kind = next((w for w in COMPANY_KINDS if measure.startswith(w) and len(measure) > len(w) + 1), "")
            if kind:
                return _strip(measure[len(kind):], self.cues.leads, self.cues.links, self.cues.words) or measure
        return measure

    def _measure(self, art: _ArticleFigures, c: Clause, qs: int, qe: int, q: Quantity | None) -> str:
        return _tidy_measure(self._measure_words(art, c, qs, qe, q))

    def _measure_words(self, art: _ArticleFigures, c: Clause, qs: int, qe: int, q: Quantity | None) -> str:
        # (a clause holds its quotes whole: in “…1200亩，产值达到1800万元” the measure starts after the comma)
        left = c.start + 1 + max(c.text.rfind(p, 0, qs - c.start) for p in _CLAUSE_MARKS)
        for other in self._quantities(art, c):
            if other.kind == "time":
                continue     # 十年来翻了两番: a duration qualifies the measure, it does not end it
            if any(m.start <= c.start + other.start and c.start + other.end <= m.end for m in c.mentions) \
                    or any(t.start <= c.start + other.start and c.start + other.end <= t.end for t in c.times):
                continue     # 违反中央八项规定精神问题1073起, 前11个月进出口…: a number inside a name or a time counts nothing
            if c.start + other.end <= qs:
                end = c.start + other.end
                if other.kind == "count" and not self._counts_what_a_rate_is_of(art, c, other):
                    end += len(self._noun_after(art, c, end))   # 5个方面30项…: 方面 is the first figure's (not
                    #                                             13个断面水质达标率为: the rate is the measure)
                left = max(left, min(end, qs))
        for m in c.mentions:
            # who or where the figure is about ends the measure; a name right before the
            # figure is what is counted (建成街道综合养老服务中心9个), but not the last item of a
            # list the figure counts (甲、乙、丙3个市: 市 is)
            listed = m.end == qs and c.text[m.start - c.start - 1:m.start - c.start] == _LIST_MARK
            # (其中某县12万亩: the part of the figure before that is the place's, not what is counted)
            part = m.end == qs and is_place(m) and c.text.startswith(BREAKDOWN) \
                and not c.between(c.start + len(BREAKDOWN), m.start)
            if c.text[m.start - c.start - 1:m.start - c.start] == SHARE_OF:
                continue     # 占全市外贸总值的73.9%: the whole a share is of, inside the measure
            if (m.end < qs or listed or part) and (is_agent(m) or is_place(m) or m.label == "Person") and not _abbreviation(m):
                left = max(left, m.end)
        named_left = left
        text = art.frame.doc.text
        compared_from = -1       # 设备投资规模较2023年增长25%: the year compared with ends the measure before it
        for t in c.times:
            if t.end > qs:
                continue
            if named_left < t.start and (base := next((w for w in _BASELINE if text.endswith(w, 0, t.start)),
                                                      None)) is not None:
                compared_from = t.start - len(base)
            left = max(left, t.end)
        if compared_from > named_left:
            measure = _strip(self._past_agent(c.between(named_left, compared_from)), self.cues.leads, self.cues.links,
                             self.cues.words)
            if measure and not any(named_left <= t.start < compared_from for t in c.times):
                return measure
        left = self._past_examples_kind(art, left, qs)
        raw = self._past_agent(c.between(left, qs))
        before = _strip(raw, self.cues.leads, self.cues.links, self.cues.words)
        if not before and left > named_left and not self._compared(c, named_left, qs):
            # 粮食产量去年达到50万吨, 产值由2019年的5万元…: a time between the measure and the
            # figure's link words dates the figure; the measure is before it
            before = _strip(_without_times(c, named_left, qs), self.cues.leads, self.cues.links, self.cues.words)
        if q is not None and q.kind == "count" and _unit(q.unit) == PEOPLE_UNIT:
            outcome = self._outcome_after(c, qe)
            if outcome:
                return outcome      # 造成3人死亡、5人受伤: what befell them, not what caused it
        if q is not None and q.kind == "count":
            noun = self._noun_after(art, c, qe).replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "")
            if before in _PREPOSITIONS:
                before = ""     # 对3起…问题进行通报: the preposition governs what is counted, no measure of its own
            if raw.endswith(_EXAMPLES_CLOSE):
                return noun     # 甲局、乙局等8个部门: the names before 等 are examples of what is counted
            if noun and raw.endswith(self.cues.exists):
                before = ""
            if noun and before.endswith(_MODIFIER_END):
                return noun     # 来自全国各地的200余名专家学者: the words before describe what is counted
            if noun and len(before) <= SHORT_MEASURE:
                return before + noun
            if noun:
                return noun     # 出台…二十条措施: a verb's phrase before the count governs it; the noun is counted
        if not before and q is not None:
            # 一宗13.447亩的集体经营性建设用地: what the figure measures follows it
            after = c.between(qe, c.end)
            if after.startswith("的"):
                return self._noun_after(art, c, qe + 1)
            if q.kind == "measure":
                return self._noun_after(art, c, qe)     # 村里的1200亩荒山 → 荒山
        return before

    def _past_agent(self, raw: str) -> str:
        """公安机关共破获…案件, 检察机关累计起诉…: a kind of body (``agent`` in statistic_cues.tsv) and a lead
        after it open the measure: the clause's agent, the measure after it."""
        for agent in self.cues.agents:
            k = raw.find(agent)
            rest = raw[k + len(agent):] if k >= 0 else ""
            # (参加单位共有1.8万个: what exists is the kind counted, the measure is the whole)
            if rest.startswith(self.cues.leads) and not rest.startswith(self.cues.exists) \
                    and len(_strip(rest, self.cues.leads, self.cues.links, self.cues.words)) >= 2:
                return rest
        return raw

    @staticmethod
    def _past_examples_kind(art: _ArticleFigures, left: int, qs: int) -> int:
        """在甲、乙、丙等水域开展联合执法行动46次: after the examples' 等, the kind they are examples of
        (水域) and then a verb: the measure is the verb's phrase, from the verb on."""
        text = art.frame.doc.text
        if not text.startswith(_EXAMPLES_MARK, left):
            return left
        tokens = art.frame.doc.tokens
        i = bisect.bisect_left(art.starts, left + len(_EXAMPLES_MARK))
        if i + 1 < len(tokens) and tokens[i].start == left + len(_EXAMPLES_MARK) and tokens[i].tag.startswith("n") \
                and tokens[i + 1].start == tokens[i].end and tokens[i + 1].tag.startswith(_VERB) \
                and tokens[i + 1].end <= qs:
            return tokens[i + 1].start
        return left

    def _outcome_after(self, c: Clause, at: int) -> str:
        """The outcome word (``statistic_cues.tsv``: 死亡, 获救) right after a count of persons
        that ends the phrase there (12人获救, not 12人获救助金 nor 3人死亡率), or ''."""
        after = c.between(at, c.end)
        for word in self.cues.outcomes:
            if after.startswith(word) and (len(after) == len(word) or not _CJK.match(after[len(word)])
                                           or after[len(word)] in _OUTCOME_FOLLOWERS):
                return word
        return ""

    @staticmethod
    def _compared(c: Clause, start: int, end: int) -> bool:
        """A time between ``start`` and ``end`` is the base of a comparison (比2018年翻了一番, 较上年):
        the figure is a change, not a value the words before measure."""
        return any(t.end <= end and start <= t.start and c.between(start, t.start).endswith(_COMPARISON_MARKS)
                   for t in c.times)

    def _noun_after(self, art: _ArticleFigures, c: Clause, at: int) -> str:
        """The noun after a classifier (27家市级机关 → 市级机关), up to a verb, adverb …; a title in quotes
        (30名“优秀共产党员”: those so honoured), quotes and all."""
        text = art.frame.doc.text
        if text.startswith(_QUOTE_OPEN, at):
            close = text.find(_QUOTE_CLOSE, at + 1, min(c.end, at + MAX_QUOTED_NOUN))
            if close > at + 1:
                # (300个“四上”企业: the noun the quoted words qualify goes on after them)
                k = bisect.bisect_left(art.starts, close + 1)
                noun = k < len(art.starts) and art.starts[k] == close + 1 and close + 1 < c.end \
                    and art.frame.doc.tokens[k].tag.startswith(_NOUN_TAG)
                return c.between(at, close + 1) + (self._noun_after(art, c, close + 1) if noun else "")
        tokens = art.frame.doc.tokens
        i = bisect.bisect_right(art.starts, at) - 1
        end = at
        if i >= 0 and tokens[i].start < at:
            if at < tokens[i].end:
                end = tokens[i].end      # jieba glues the classifier to the noun: 家区 | 局级 | 单位
            i += 1
        taken = 0
        while i < len(tokens) and tokens[i].start < c.end:
            t = tokens[i]
            if t.start > end:
                break
            stop = t.tag.startswith(self.cues.stop_tags) and t.tag not in self.cues.keep_tags \
                and t.word not in self.cues.keep_words
            if stop and not taken and t.tag.startswith(("v", "a")) and not t.tag.startswith("ad") \
                    and i + 1 < len(tokens) and tokens[i + 1].start == t.end \
                    and (tokens[i + 1].tag.startswith("n") or tokens[i + 1].word in self.cues.keep_words):
                stop = False     # 40个在建项目, 8所薄弱学校: a verb or adjective that modifies the noun after it
            if stop and taken and t.tag.startswith("v") and i + 1 < len(tokens) and tokens[i + 1].start == t.end \
                    and tokens[i + 1].word in _KIND_CHARS:
                stop = False     # 7个重点帮扶 | 县, 12个脱贫 | 村: a verb and a level word, one noun of a kind
            taken += 1
            term = next((m for m in c.mentions if m.start == t.start and m.label in _TERM_CLASSES), None)
            if term is not None and term.end <= c.end:
                # 3起违反中央八项规定精神典型问题: a term named whole, its numeral no figure's end
                end = term.end
                while i < len(tokens) and tokens[i].start < end:
                    i += 1
                continue
            aside = _ASIDE.match(art.frame.doc.text, t.start) if taken > 1 else None
            if aside is not None and aside.end() < c.end:
                # 200余名村（社区）党组织书记: a bracketed alternative inside the noun
                end = aside.end()
                while i < len(tokens) and tokens[i].start < end:
                    i += 1
                continue
            if stop or t.word in self.cues.stops or not _CJK.match(t.word[0]):
                break
            end = t.end
            i += 1
        return c.between(at, min(end, c.end))

    def _period(self, art: _ArticleFigures, c: Clause, at: int) -> dict:
        same = art.frame.by_sentence.get(c.sentence.index, [])
        text = art.frame.doc.text
        times = [t for cl in same if cl.index <= c.index for t in cl.times if t.end <= at and t.value
                 and not text.endswith(_BASELINE, 0, t.start)            # 较2017年下降27.5%: the baseline's
                 and not (text.endswith(_FROM, 0, t.start) and any(w in text[t.end:at] for w in _TO))
                 and not (text.endswith(_MULTIPLE_OF, 0, t.start) and text.startswith("的", t.end))]
        now = max((m.start() for m in _AS_OF_NOW.finditer(text, c.sentence.start, at)), default=None)
        if now is not None and not any(t.start > now for t in times):
            date = art.frame.article.date
            return {"dateBefore": date} if date else {}
        for t in reversed(times):
            if t.kind == "before":
                return {"dateBefore": t.value}
            if t.kind == "on" and t.precision == "day" and _WHOLE_DAY.match(text, t.end):
                return {"period": t.value}     # 12月3日0—24时，全省新增…: a daily bulletin's day
            if t.kind == "since" and not (t.precision == "year" and t.value == str(art.frame.article.reference_year)):
                return {}      # 今年4月以来, 2020年以来: a figure since then, no period of that month or year
                #                (but 今年以来: this year's to date)
            if t.kind in ("on", "since") and t.precision in ("year", "month", "part"):
                return {"period": t.value}
            if t.kind == "range" and t.precision in ("year", "month"):
                return {"period": f"{t.value}/{t.until}"}
            if t.kind == "range" and t.precision == "day" and t.until:
                return {"period": f"{t.value}/{t.until}"}     # 中秋国庆假期（9月29日至10月6日）: the days the figure is of
        if not times and text.startswith(BREAKDOWN, c.sentence.start) and c.sentence.index:
            # 2025年全省地区生产总值…。其中，第一产业增加值…: the parts are of the time the whole was
            before = [t for cl in art.frame.by_sentence.get(c.sentence.index - 1, []) for t in cl.times
                      if t.value and t.kind in ("on", "range", "before") and not text.endswith(_BASELINE, 0, t.start)]
            if before:
                t = before[-1]
                return {"dateBefore": t.value} if t.kind == "before" else \
                    {"period": f"{t.value}/{t.until}" if t.kind == "range" and t.until else t.value}
        if not times and any(w in text[c.sentence.start:at] for w in YEAR_REFERENCES):
            # 2023年，全县…。全年新建…, 初步核算，全年实现…, 财政收入 全年财政总收入…: the whole of the year the
            # sentences before report on
            for k in range(c.sentence.index - 1, max(c.sentence.index - YEAR_LOOKBACK, 0) - 1, -1):
                years = [t for cl in art.frame.by_sentence.get(k, []) for t in cl.times
                         if t.value and t.kind in ("on", "since") and t.precision == "year"]
                if years:
                    return {"period": years[-1].value}
        if not times:
            # 一季度，某省地区生产总值…。其中，第一产业增加值…: a part of a year (a quarter, a half, months
            # from January), or a year opening the paragraph, holds for the paragraph's figures after it
            sentences = art.frame.doc.sentences
            for k in range(c.sentence.index - 1, max(c.sentence.index - YEAR_LOOKBACK, 0) - 1, -1):
                if sentences[k].paragraph != c.sentence.paragraph:
                    break
                opens = k == 0 or sentences[k - 1].paragraph != c.sentence.paragraph
                parts = [t for cl in art.frame.by_sentence.get(k, []) for t in cl.times if t.value and (
                    (t.kind in ("on", "since") and t.precision == "part")
                    or (t.kind == "range" and t.precision == "month")
                    # 2023年，全省…。全省111个断面中…: a year the paragraph opens with holds for its figures
                    or (opens and t.kind == "on" and t.precision == "year" and t.start == sentences[k].start))]
                if parts:
                    t = parts[-1]
                    return {"period": t.value if t.kind != "range" else f"{t.value}/{t.until}"}
                if any(cl.times for cl in art.frame.by_sentence.get(k, [])):
                    break        # (a sentence dated otherwise between them)
            viewed = self._viewed_period(art, c)
            if viewed:
                return viewed
        return {}

    def _qualifies(self, art: _ArticleFigures, m: Mention, context: list[Mention]) -> bool:
        """Administrative place ``m`` is neither the administrative place the clause goes on with, nor in it, nor
        one it is in (台湾 of 台湾青年 in a clause about 福建省): it says where what is counted comes from."""
        place = next((x for x in context if x.label in ADMIN_CLASSES), None)
        if m.label not in ADMIN_CLASSES or place is None or m.key == place.key:
            return False
        return not (self._within(art, m.key, place.key) or self._within(art, place.key, m.key))

    def _within(self, art: _ArticleFigures, key: str, outer: str) -> bool:
        """``key`` lies in ``outer``: through the gazetteer's chain of divisions (临泉县 in 安徽省, whether or not
        the article names 阜阳市 between), else through the parents the article gives (a village, a township)."""
        if key.startswith(ADMIN_KEY) and self._gazetteer is not None:
            return outer in {ADMIN_KEY + a.code for a in self._gazetteer.chain(key[len(ADMIN_KEY):])[1:]}
        parents, seen = art.frame.entities.parents, set()
        while key in parents and key not in seen:
            seen.add(key)
            key = parents[key]
            if key == outer:
                return True
        return False

    @staticmethod
    def _viewed_period(art: _ArticleFigures, c: Clause) -> dict:
        """上半年，某市地区生产总值…。⏎分产业看，第一产业增加值…: a paragraph that opens by breaking the figures
        before it down (分产业看, 从行业看, 按区域分) reports on their time: the last the paragraph before gave."""
        sentences, text = art.frame.doc.sentences, art.frame.doc.text
        first = next(s for s in sentences if s.paragraph == c.sentence.paragraph)
        if not first.index or not _BROKEN_DOWN_BY.match(text, first.start):
            return {}
        for k in range(first.index - 1, max(first.index - YEAR_LOOKBACK, 0) - 1, -1):
            if sentences[k].paragraph != sentences[first.index - 1].paragraph:
                break
            times = [t for cl in art.frame.by_sentence.get(k, []) for t in cl.times if t.value and (
                (t.kind in ("on", "since") and t.precision in ("part", "year", "month"))
                or (t.kind == "range" and t.precision == "month")) and not text.endswith(_BASELINE, 0, t.start)]
            if times:
                t = times[-1]
                return {"period": t.value if t.kind != "range" else f"{t.value}/{t.until}"}
        return {}

    def _about(self, art: _ArticleFigures, c: Clause, at: int) -> Mention | None:
        same = art.frame.by_sentence.get(c.sentence.index, [])
        ms = [m for cl in same if cl.index <= c.index for m in cl.mentions if m.label in ABOUT_CLASSES and m.end <= at]
        return ms[-1] if ms else None

    # -- nodes and facts ------------------------------------------------------------------
    def _emit(self, art: _ArticleFigures, found: list[_Obs]) -> Extracted:
        out = Extracted()
        frame = art.frame
        seen: dict[str, Entity] = {}
        for o in found:
            value = decimal_out(o.value)
            when = o.when.get("period") or o.when.get("dateBefore")
            subject_label = frame.entity_label(o.subject.key)
            key = observation_id(subject_label, o.measure, when, value, o.unit)
            ev = replace(frame.evidence(o.clause.sentence, o.start, max(o.end, o.ev_end)), source=o.rule)
            text = o.said + frame.article.match_text[o.start:o.end]     # (the figure as read: １２．５万 → 12.5万)
            ent = seen.get(key)
            if ent is None:
                attrs = {"measure": o.measure, "value": value, "unit": o.unit, **o.when}
                if o.change is not None:
                    attrs["change"] = decimal_out(o.change.value)
                    if o.change.basis:
                        attrs["changeBasis"] = o.change.basis
                ent = seen[key] = Entity(key, "Observation", f"{subject_label} {o.measure} {text}",
                                         attrs=dict(sorted(attrs.items())))
                out.entities.append(ent)
            ent.evidence.append(ev)
            out.facts.append(Fact(key, "subject", o.subject.key, frame.span_evidence(o.clause, o.subject,
                                                                                     start=o.start, end=o.end),
                                  source=o.rule))
            if o.about is not None:
                out.facts.append(Fact(key, "about", o.about.key, frame.span_evidence(o.clause, o.about,
                                                                                   start=o.start, end=o.end)))
        return out


def _in_sentence(c: Clause, found: list[_Obs]) -> list[_Obs]:
    """The figures of ``found`` read in the sentence of clause ``c``."""
    return [o for o in found if o.clause.sentence.index == c.sentence.index]


# a paragraph opening by breaking the figures before it down: 分产业看，… 从行业看，… 按区域分，…
_BROKEN_DOWN_BY = re.compile(r"(?:分|从|按)[\u4e00-\u9fff]{1,6}(?:来看|看|分)[，,：:]")


def _breaks_down(c: Clause, before: list[_Obs]) -> bool:
    """The clause opens with 其中, or the clause before it, in its sentence, is 其中 alone (其中，甲县…)."""
    if c.text.startswith(BREAKDOWN):
        return True
    prev = [o.clause for o in before if o.clause.sentence.index == c.sentence.index and o.clause.index < c.index]
    at = c.start - c.sentence.start
    return bool(prev) and c.sentence.text[:at].rstrip("，, ").endswith(BREAKDOWN)


def _counts_the_list(text: str, c: Clause, first: Mention, at: int) -> bool:
    """甲公司、乙公司2家企业入选: ``first`` opens a list whose last item ends at the figure, which
    counts the items: they are what is counted, not whose figure it is."""
    if text[first.end:first.end + 1] != _LIST_MARK:
        return False
    last = next((m for m in c.mentions if m.end == at), None)
    return last is not None and last is not first and text[last.start - 1:last.start] == _LIST_MARK


_OWNED = "的"     # after an item of a list: what follows is the item's


def _listed_item(text: str, m: Mention) -> bool:
    """An example or an item of a list (甲、乙等, 、丙): what a figure after it counts, not whom it is about — but
    not an item that owns what follows it (分别是甲县的…项目、乙县的年产8万台的…: 乙县's figure)."""
    return text[m.end:m.end + 1] in _EXAMPLE_ENDS or (text[m.start - 1:m.start] == _LIST_MARK
                                                      and not text.startswith(_OWNED, m.end))


def _without_headline_restatements(frame: Frame, found: list[_Obs]) -> list[_Obs]:
    """我市接待游客超300万人次 (headline) | 共接待游客312.6万人次: the headline rounds the body's
    figure of the same subject and measure (or gives the same figure: 签约项目28个 | 现场签约项目28个);
    the body's stands."""
    if not frame.doc.article.title:
        return found
    body = [o for o in found if o.clause.sentence.index != HEADLINE]
    return [o for o in found if o.clause.sentence.index != HEADLINE or not any(_restates(o, b) for b in body)]


def _restates(headline: _Obs, body: _Obs) -> bool:
    """The same subject and unit, and the same figure, a measure the body's ends with (受理群众诉求 |
    政务服务便民热线共受理群众诉求) or the same last words of one (产业年销售收入突破600亿元 | 全产业链销售收入
    669.9亿元: the headline's bound of the body's figure)."""
    return headline.subject.key == body.subject.key and headline.unit == body.unit and (
        headline.value == body.value or body.measure.endswith(headline.measure)
        or (len(headline.measure) >= RESTATED_TAIL and body.measure.endswith(headline.measure[-RESTATED_TAIL:])))


def _own(o: _Obs) -> bool:
    """The figure's subject is one its own clause names (造成全省约2.9万人受灾: 全省, the article's place)."""
    return o.rule in _OWN_RULES or (o.rule == ARTICLE_PLACE and o.clause.start <= o.subject.start < o.clause.end)


def _named_for(art: "_ArticleFigures", cl: Clause, at: int, noun: str) -> Mention | None:
    """某公司某某基地锂电材料项目正式开工。该项目…: the thing the anaphor names was last written in a clause
    after a body whose it is (the company's project); not after a place (甲至乙特高压工程: a route's ends)."""
    for k in range(cl.index - 1, -1, -1):
        prev = art.frame.clauses[k]
        where = prev.text.rfind(noun)
        if where < 0:
            continue
        return next((m for m in reversed(prev.mentions) if m.end <= prev.start + where
                     and is_agent(m) and not is_place(m)), None)
    return None


def _reports(name: str) -> bool:
    """An agency, paper, station or press office: one that reports news (``national_media.txt``,
    ``dateline_outlets.txt``, the heads of ``media_heads.txt``, 新闻办公室)."""
    return name in _OUTLETS or name.endswith(_OUTLET_HEADS)


def _placed(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.attr(UNPLACED)]


def _rule(name: str, subject: Mention | None) -> str:
    """The source id of a subject rule; a place word resolved to the article's place (全省, 我市)
    is its own rule, whichever way the figure reached it."""
    if subject is not None and subject.attr("anaphor") and subject.label in ADMIN_CLASSES:
        return ARTICLE_PLACE     # (not 该公司, 督察组: a body named again, bodies.definite)
    return f"statistics.{name}"


def _unit(unit: str) -> str:
    """Counting words for people read as 人 (2.6万名贫困人口 → 人)."""
    return "人" if unit in ("名", "位") else unit


def _abbreviation(m: Mention) -> bool:
    """藏 of 援藏资金, 华 of 对华投资: a place's one-character abbreviation inside the phrase."""
    return m.end - m.start == 1


def _without_times(c: Clause, start: int, end: int) -> str:
    """The clause's text from ``start`` to ``end`` without its times, and without the 的 that makes a
    time a modifier (由2019年的5万元 → 由5万元)."""
    parts, at = [], start
    for t in sorted(c.times, key=lambda t: t.start):
        if start <= t.start and t.end <= end:
            parts.append(c.between(at, t.start))
            at = t.end + (1 if c.between(t.end, t.end + 1) == _OF else 0)
    parts.append(c.between(at, end))
    return "".join(parts)


def _strip(s: str, leads: tuple[str, ...], links: tuple[str, ...], words: tuple[str, ...] = ()) -> str:
    """``s`` without the leads it opens with and the links it ends in; ``words`` open with a lead's
    characters or end in a link's but are neither (有色金属: not 有 | 色金属; 违法行为: not 违法行 | 为)."""
    s = _PER_UNIT_END.sub("", _FROM_BASE.sub("", s.strip(" 　")))
    changed = True
    while changed and s:
        changed = False
        if s in leads or s in links:
            return ""
        for w in leads:
            if s.startswith(w) and len(s) > len(w) and not s.startswith(words):
                s, changed = s[len(w):], True
                break
        for w in links:
            if s.endswith(w) and not s.endswith(words):
                s, changed = s[:-len(w)], True
                break
    if s in leads or s in links:
        return ""
    return s if _CJK.search(s) else ""


def _list_parent(art: "_ArticleFigures", subjects: list[Mention]) -> Mention | None:
    """The place a list of places (两个 or more, 、-joined) is named in, written right before it
    (蒲江县 | 鹤山街道、寿安街道、大塘镇), else None."""
    if len(subjects) < 2 or not all(is_place(m) for m in subjects):
        return None
    return next((m for m in art.frame.entities.mentions if m.end == subjects[0].start and is_place(m)), None)


_AIMING = ("确保", "计划", "力争", "预计", "争取", "要", "将")   # 确保全年完成…: the year of a target, kept
# a sector, then a verb of reaching before its measure (第一产业实现增加值, 规模以上工业完成现价产值): the verb goes
_SECTOR_LINK = re.compile(r"(产业|工业|农业|服务业|建筑业|制造业)(?:实现|完成)(?=..)")
_HEADING_GAP = re.compile(r"^\S{1,8}[ \u3000]+")   # 财政收入 全年财政总收入: a bulletin's run-in heading, then a space


def _tidy_measure(measure: str) -> str:
    """The measure without a run-in heading before a space or the year it is of (财政收入 全年财政总收入 →
    财政总收入), nor a verb of reaching inside it (第一产业实现增加值 → 第一产业增加值, 规模以上工业完成现价产值)."""
    tidy = _HEADING_GAP.sub("", measure).strip()
    for year in YEAR_REFERENCES:
        i = tidy.find(year)
        if i > 0 and len(tidy) - i - len(year) >= 2 and not tidy[:i].endswith(_AIMING):
            tidy = tidy[i + len(year):]     # (财政收入全年财政总收入: the heading, the year, then the measure)
    return _SECTOR_LINK.sub(r"\1", tidy) or measure
