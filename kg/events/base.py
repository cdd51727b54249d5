"""What every event pattern shares: the candidate it proposes and the article's context.

A pattern is a module with ``find(ctx) -> list[Candidate]``. It reads only the
:class:`EventContext` it is given (the article's clause frame, the places and
posts found by the relation stage, the cue words), never state kept between
articles. :mod:`kg.events.resolve` turns the candidates of all patterns into
event nodes and facts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..clauses import ORG_CLASSES, Clause, Frame, chain_at, is_org, is_place
from ..clean import is_han_char, matching_view
from ..dates import TimeExpr
from ..gazetteer import ADMIN_KEY
from ..lexicon import read_list, read_table
from ..mentions.bylines import BYLINE_SOURCE
from ..model import Mention, Sentence
from ..tokens import TOKEN_START

__all__ = ["EventCues", "Candidate", "EventContext", "Participant", "event_id", "unit_before_post"]

# -- settings of the patterns (named, so a change is one line and says what it changes) ----
HEAD_CHARS = 6                  # how far into a sentence a 当日/会后/会前 opener is looked for
ACTOR_HEAD_CHARS = 16           # … and before the event's verb, after its actor's posts and name
LABEL_CACHE = 4096              # events' labels remembered in their Simplified form (read at every clause)
# the short forms of a place's Party committee, written with no place the article names (市委常委、秘书长某某)
BARE_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委")
PARTICIPANT_SENTENCES = 2       # 主持/出席 count for the meeting named up to this many sentences before
_SEATED_ELSEWHERE = tuple(read_list("seated_elsewhere_words.txt"))   # 援疆, 援藏: a body seated where it aids
VISITOR_GAP = 4                 # at most this many characters between a visitor and the visit verb
AT = "在"                       # 在Y召开 (where), 在参加…时 (while): the preposition the rules read
ESCORTED = "陪同下"      # 在某某的陪同下: accompanied by those named in it, before what is done
HELD_AT, HELD_AT_CHARS = "的", 3    # 9月2日召开的某某会: the time the meeting the phrase names was held
YEAR_PERIOD = "年度"             # 2022年度: a year's period, which may qualify a noun (2022年度协议)
MAX_LIST_ITEM = 16              # characters of an item of a list of stops passed over (no place named in it)
ORDINAL = "第[0-9一二三四五六七八九十百]+"   # 第十, 第89: which session or edition (…次会议, …届)


def event_id(type_: str, label: str, when: str | None, organizer: str | None) -> str:
    """``Meeting/<label>/<date>/<organizer>``; ``/`` inside a part becomes ``／``.

    >>> event_id("Meeting", "常务会议", "2021-03-16", "昆山市人民政府")
    'Meeting/常务会议/2021-03-16/昆山市人民政府'
    """
    parts = [type_, label, when or "-", organizer or "-"]
    return "/".join(p.replace("/", "／") for p in parts)


_POSTS = "roles.tsv"     # the posts' file, where no lexicon holds them


@dataclass(frozen=True)
class EventCues:
    """The cue words of ``kg/data/event_cues.tsv`` by (class, role), longest first."""

    words: dict[tuple[str, str], tuple[str, ...]]
    # a province's one-character name -> its full name (来黔调研), from place_abbreviations.tsv
    abbreviations: dict[str, str] = field(default_factory=dict)
    # the posts of roles.tsv (常委, 副主席): a body's post written with no name stands for its holder in a list
    posts: frozenset[str] = frozenset()

    @classmethod
    def load(cls, name: str = "event_cues.tsv", abbreviations: str = "place_abbreviations.tsv",
             posts: frozenset[str] | None = None) -> "EventCues":
        """The cues of ``name``; ``posts`` the lexicon's (read from roles.tsv where no lexicon is at hand)."""
        d: dict[tuple[str, str], list[str]] = {}
        for cls_name, role, word in read_table(name):
            d.setdefault((cls_name, role), []).append(word)
        provinces = {char: full for char, full, kind in read_table(abbreviations) if kind == "province"}
        if posts is None:
            posts = frozenset(row[0] for row in read_table(_POSTS))
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in d.items()}, provinces, posts)

    def __call__(self, cls_name: str, role: str) -> tuple[str, ...]:
        return self.words.get((cls_name, role), ())


@dataclass
class Candidate:
    """An event one pattern proposes: its class, label, span, time and slots.

    ``when`` is the time read in its own clause; where there is none, ``relative``
    says how it relates to the event named just before (``same``: 当日/会后, ``before``:
    会前; ``earlier``: before the last dated event, for events the report refers back
    to) and ``vague`` keeps a 近日 as a note. :mod:`~kg.events.resolve` settles these.
    """

    type: str
    label: str
    sentence: Sentence
    start: int
    end: int
    clause: int                                   # index of the clause it was read in
    source: str                                   # the pattern: events.meeting, events.visit …
    score: float = 1.0
    when: dict[str, str] = field(default_factory=dict)
    relative: tuple[str, ...] = ()
    vague: dict[str, str] = field(default_factory=dict)
    slots: list[tuple[str, Mention]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    needs_previous: bool = False                  # only an event when an event was named before it
    merge_visits: bool = False                    # joins the visit of the same visitor that day
    mention_only: bool = False                    # named in passing: the held event it overlaps wins
    place_guessed: bool = False                   # the place is the agent's area, not read in the text
    first_of_each: bool = False                   # 到甲镇、乙镇调研: the first of a visit to each, its own place
    stop_of_each: bool = False                    # a later one of those, told after the visitor's visit of the day
    each_group: int = -1                          # the clause a visit to each of a list was read in (one party)
    chair_pronoun: bool = False                   # chaired by 他/她: the person of the event before
    tour_only: bool = False                       # a stop of a visit: kept only if it joins one
    named_by_chair: bool = False                  # 某某主持某某会议: one held before by that name is it
    by_group: bool = False                        # 检查组召开座谈会: held by the visiting group named bare
    on_visit: bool = False                        # 与考察团举行座谈: held on the visit named last, that day, there
    signers: bool = False                         # 甲与乙代表双方签约: the signing before, its signers
    adopted: bool = False                         # 会议审议通过《…》: by the holder of the meeting before
    unveiled: bool = False                        # 甲、乙共同为某园揭牌: the launch just read, if any, again
    organizer_guessed: bool = False               # the organiser an agent inherited from before: hosts replace it
    last_stop: Sentence | None = None             # the sentence of the last stop a visit was joined by
    last_joined: Sentence | None = None           # the sentence that named its participants last
    last_told: Sentence | None = None             # the last sentence telling what the meeting did (会议指出…)
    covisitors: tuple[Mention, ...] = ()          # listed with the agent before the visit's verb: they visit too
    joint_of: int = -1                            # 甲会议暨乙会议: where the name of the meetings held as one
    #                                               starts (those who chair and attend one are at the other)
    gone_through: bool = False                    # 《某条例》于某日经某会议审议通过: held, told in passing (no
    #                                               participant of the sentences after it is its)

    @property
    def day(self) -> str | None:
        return self.when.get("date") or self.when.get("dateBefore")

    def slot(self, role: str) -> Mention | None:
        return next((m for r, m in self.slots if r == role), None)


@dataclass(frozen=True)
class Participant:
    """主持/出席 … read in a clause: a role in the meeting named last before it."""

    role: str
    person: Mention         # (a body or a place for an organizer)
    clause: int


class _Finder:
    """Non-overlapping occurrences of a cue list in a text; one compiled regex per list."""

    def __init__(self):
        self._patterns: dict[tuple[str, ...], re.Pattern] = {}

    def __call__(self, text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
        if not words:
            return []
        pattern = self._patterns.get(words)
        if pattern is None:
            pattern = self._patterns[words] = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@dataclass(frozen=True)
class EventContext:
    """One article as the event patterns see it."""

    frame: Frame
    cues: EventCues
    located: dict[str, str]         # entity id -> its place (locatedIn/partOf found so far)
    posts: dict[str, str]           # person id -> the organisation of their post
    finder: _Finder

    @property
    def text(self) -> str:
        """The article's text with Simplified characters and its own punctuation: what labels are cut
        from, and what the cue words are compared with where punctuation counts."""
        return self.frame.label_text

    def said(self, s: Sentence) -> str:
        """Sentence ``s`` in the form of :attr:`text` (Simplified, its own punctuation)."""
        return self.text[s.start:s.end]

    def named(self, m: Mention) -> str:
        """Mention ``m`` as the article writes it, in the form of :attr:`text`: what labels are built from."""
        return self.text[m.start:m.end]

    def find(self, text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
        return self.finder(text, words)

    def sentence_head(self, c: Clause) -> str:
        return self.frame.doc.text[c.sentence.start:c.sentence.start + HEAD_CHARS]

    # -- time --------------------------------------------------------------------------
    def when(self, c: Clause, at: int, skip: tuple[int, int] | None = None) -> tuple[dict, tuple[str, ...], dict]:
        """(date read in the clause's sentence up to ``at``, relative openers, vague note)."""
        same = self.frame.by_sentence.get(c.sentence.index, [])
        candidates = [t for cl in same if cl.index <= c.index for t in cl.times
                      if t.end <= max(at, c.start) or (cl.index == c.index and not _reported_period(t))]
        candidates = [t for t in candidates if t.kind != "vague"
                      and not (skip and skip[0] <= t.start < skip[1]) and not self.inside_title(t)
                      and not self._of_a_name(t)]
        dated = [t for t in candidates if t.value]
        if dated and all(t.precision == "year" and is_han_char(self.frame.doc.text[t.end:t.end + 1]) for t in dated) \
                and any(w in self.sentence_head(c) for w in self.cues("Event", "sameday")):
            dated = []     # 当天下午，2020年某市劳模座谈会…: the year of the name; the day is the one said before
        if dated:
            # the nearest before the trigger, days first
            dated.sort(key=lambda t: (t.precision != "day", -t.start))
            if self.frame.doc.text.startswith(self.cues("Event", "dateline"), dated[0].end):
                # 中新社北京3月2日电 某某1日在北京会见…: the day right after the one who acts is the event's;
                # the dateline's is the day the report was filed
                own = [t for t in c.times if t.value and t.kind == "on" and t.precision == "day"
                       and at <= t.start <= at + ACTOR_HEAD_CHARS]
                recent = [t for cl in same for t in cl.times if t.kind == "vague" and dated[0].end < t.start < at
                          and t.text in self.cues("Event", "recent")]
                if not own and recent and "date" in (filed := when_of(dated[0])):
                    # 新华社长沙2月25日电 某厅日前印发…: by the day the report was filed
                    return {"dateBefore": filed["date"]}, (), {}
                dated = own[:1] + dated
            when = when_of(dated[0])
            if "date" in when and self._reported(dated[0]):
                when = {"dateBefore": when["date"]}     # 记者5日从县里获悉: by then it had happened
            if dated[0].year_from == "inferred":
                when["dateNote"] = "year not stated: taken as the year after the last year the article reports"
            return when, (), {}
        head = self.sentence_head(c)
        # (or after the one who acts, before the event's verb: 自治区副主席某某当日主持召开…)
        head += self.frame.doc.text[c.sentence.start + HEAD_CHARS:min(at, c.sentence.start + ACTOR_HEAD_CHARS)]
        relative = tuple(kind for kind, role in (("same", "sameday"), ("before", "beforeevent"), ("next", "nextday"))
                         if any(w in head for w in self.cues("Event", role)))
        vague = [t for cl in same for t in cl.times if t.kind == "vague"]
        return {}, relative, ({"dateNote": vague[0].text} if vague else {})

    def last_day_before(self, pos: int, paragraph: int | None = None) -> str | None:
        """The last day the text gives before ``pos`` (not a dateline's, not in a document's title),
        in ``paragraph`` only where one is given."""
        day = self.last_day_said_before(pos, paragraph)
        return day.value if day is not None else None

    def last_day_said_before(self, pos: int, paragraph: int | None = None) -> TimeExpr | None:
        """The time expression of :meth:`last_day_before` (where it is said, to read who its sentence names)."""
        dateline, doc = self.cues("Event", "dateline"), self.frame.doc
        days = [t for t in self.frame.times if t.precision == "day" and t.kind == "on" and t.value and t.end <= pos
                and not doc.text.startswith(dateline, t.end) and not self.inside_title(t)
                and (paragraph is None or (s := doc.sentence_at(t.start)) is not None and s.paragraph == paragraph)]
        return days[-1] if days else None

    def report_day(self) -> str | None:
        """The day the report speaks from: its dateline's (本报杭州5月6日讯), else the article's date."""
        for t in self.frame.times:
            if t.precision == "day" and t.kind == "on" and \
                    self.frame.doc.text.startswith(self.cues("Event", "dateline"), t.end):
                return t.value
        date = self.frame.article.date
        return date if date and len(date) == 10 else None

    def _reported(self, t: TimeExpr) -> bool:
        """The time is when the reporter learnt of it: 获悉/了解到 follows in its clause (but not a time
        a meeting is said to be held at: 记者从9月2日召开的某某推进会上获悉)."""
        clause = next((c for c in self.frame.clauses if c.start <= t.start < c.end), None)
        if clause is None:
            return False
        after = self.frame.doc.text[t.end:t.end + HELD_AT_CHARS]
        if after.endswith(HELD_AT) and after[:-len(HELD_AT)] in self.cues("Meeting", "verb") + self.cues("Meeting", "opens"):
            return False
        return any(w in clause.between(t.end, clause.end) for w in self.cues("Event", "reported"))

    def _of_a_name(self, t: TimeExpr) -> bool:
        """2022年度东西部协作协议, 2022年度民主生活会: a year's period right before a noun is the year the
        thing is about, not when the event took place."""
        return t.text.endswith(YEAR_PERIOD) and is_han_char(self.frame.doc.text[t.end:t.end + 1])

    def tokens_in(self, a: int, b: int) -> list:
        """The tokens that start in ``[a, b)`` of the article's text."""
        tokens = self.frame.doc.tokens
        return tokens[bisect_left(tokens, a, key=TOKEN_START):bisect_left(tokens, b, key=TOKEN_START)]

    def inside_title(self, t: TimeExpr) -> bool:
        return any(m.label == "Document" and m.start <= t.start < m.end for m in self.frame.entities.mentions)

    # -- places ------------------------------------------------------------------------
    def place_of(self, m: Mention) -> Mention | None:
        """The place an organiser acts in: itself for a place, else where the organisation is."""
        if is_place(m):
            return m
        if any(w in m.canonical for w in _SEATED_ELSEWHERE):
            return None     # (某省援疆前方指挥部召开会议: held where it aids, not in its home province)
        key, seen = m.key, set()
        ent = None
        while key is not None and key not in seen:
            # a part of a body (某厅党组 partOf 某厅) acts where its body is
            seen.add(key)
            # (where it is by its own name first: 农发行宁德分行 in 宁德市, not the bank of no place it is part of)
            parent = self.frame.entities.parents.get(key)
            key = parent if parent is not None and parent.startswith(ADMIN_KEY) else self.located.get(key) or parent
            ent = self.frame.entities.entities.get(key) if key else None
            if ent is None or ent.type not in ORG_CLASSES:
                break
        if key is None:
            return None
        label = ent.label if ent else key
        cls_name = ent.type if ent else "Place"
        return Mention(m.article_id, m.start, m.end, m.text, cls_name, label, key, m.sentence)

    def post_org(self, person: Mention) -> Mention | None:
        """The organisation of a person's post, as a mention at the person's place in the text."""
        key = self.posts.get(person.key)
        ent = self.frame.entities.entities.get(key) if key else None
        if ent is None:
            return None
        return Mention(person.article_id, person.start, person.end, person.text, ent.type, ent.label, key,
                       person.sentence)

    def name_start(self, c: Clause) -> int:
        """Where a name may start in a clause: after the times it opens with, a dateline
        (本报杭州5月6日讯(记者…)), spaces and 经 before a body (经某某会议研究)."""
        pos = c.start
        opening = self.frame.opening(c.sentence)
        if c.start <= opening < c.end:
            pos = opening     # 某某日报讯（记者 某某）…: no name opens with the dateline (nor a digest's later one)
        titled = next((m for m in c.mentions if m.start == pos and m.label == DOCUMENT), None)
        if titled is not None and c.text[titled.end - c.start:titled.end - c.start + 1] in _BRACKETS:
            pos = titled.end                  # 《某某方案》（某日某某会议审议通过）: the title the bracket is of
        if c.text[pos - c.start:pos - c.start + 1] in _BRACKETS:
            pos += 1                          # （某年某月某日某某会议通过）: the bracket opens no name
        for t in c.times:
            if t.start == pos:
                pos = t.end
            elif t.start > pos and c.text[t.end - c.start:].startswith(self.cues("Event", "dateline")):
                pos = t.end + 1           # the dateline's date, then 讯/电 and the byline in brackets
                close = _BRACKETS.get(c.text[pos - c.start:pos - c.start + 1])
                if close:
                    end = c.text.find(close, pos - c.start)
                    pos = c.start + end + 1 if end >= 0 else pos
        while pos < c.end and c.text[pos - c.start] in " 　":
            pos += 1
        theme = _THEME.match(c.text, pos - c.start)
        if theme:       # 以“庆丰收、感党恩”为主题的2022年某某节: the theme opens no name, nor the year after it
            pos = c.start + theme.end()
            pos = next((t.end for t in c.times if t.start == pos), pos)
        doc_title = next((m for m in c.mentions if m.start == pos and m.label == DOCUMENT), None)
        if doc_title is not None and c.text.startswith(BY_WAY_OF, doc_title.end - c.start):
            pos = doc_title.end       # 《某某条例》经某某会议审议通过: what was adopted opens no name
        if c.text.startswith(BY_WAY_OF, pos - c.start) and \
                (dated := next((t for t in c.times if t.start == pos + len(BY_WAY_OF)), None)) is not None:
            pos = dated.end           # 经2015年3月6日市政府常务会议研究决定: nor does the day the meeting was held on
        if c.text.startswith(BY_WAY_OF, pos - c.start) and any(m.start == pos + len(BY_WAY_OF) for m in c.mentions):
            pos += len(BY_WAY_OF)     # 经某省纪委常委会会议研究: the preposition opens no name
        for t in c.times:
            # 《某条例》于2023年8月29日经某会议审议通过, 新修订的条例于2012年9月经…: what went through the meeting,
            # and when, open no name
            if t.start > pos and c.text[t.start - c.start - len(ON_DAY):t.start - c.start] == ON_DAY \
                    and c.text.startswith(BY_WAY_OF, t.end - c.start) \
                    and any(m.start == t.end + len(BY_WAY_OF) for m in c.mentions):
                pos = t.end + len(BY_WAY_OF)
        return pos


_BRACKETS = {"(": ")", "（": "）"}
_THEME = re.compile(r"以[“「\"][^”」\"]{1,40}[”」\"]为主题的")    # 以“…”为主题的: an event's theme before its name
ON_DAY = "于"        # 于某日经某会议审议通过: on the day
BY_WAY_OF = "经"     # 经某某会议研究, 经某省委批准: "by way of", before the body's name
DOCUMENT = "Document"     # (a title the recogniser of documents read: 《某某条例》)


@lru_cache(maxsize=LABEL_CACHE)
def plain(label: str) -> str:
    """An event's label as the cue words are written (Simplified, full-width punctuation; the same
    length, but for the closing mark of a title it ends with: 签署《…协议》): a label keeps the
    article's own characters, which may be Traditional."""
    return matching_view(label).removesuffix("》")


def per_clause(ctx: "EventContext", read) -> list[Candidate]:
    """What ``read(ctx, clause)`` finds in each clause of the article, where it finds one."""
    return [ev for c in ctx.frame.clauses if (ev := read(ctx, c)) is not None]


def _reported_period(t: TimeExpr) -> bool:
    """A quarter or a half of a year (一季度, 上半年, 前三季度): after the event's verb, the period its
    figures are of (召开新闻发布会通报一季度…), not when it was held."""
    return bool(t.value) and any(p in t.value for p in _PERIOD_MARKS)


_PERIOD_MARKS = ("-Q", "-H")      # (kg.dates: 2024-Q1, 2019-H1, 2019-Q1/2019-Q3)


PERFECTIVE = "了"     # the aspect marker after a verb (举行了, 参观了): no part of what follows it


def past_perfective(text: str, at: int) -> int:
    """``at``, or just past the aspect marker that stands there (参观了 | 某博物馆)."""
    return at + len(PERFECTIVE) if text.startswith(PERFECTIVE, at) else at


def when_of(t: TimeExpr) -> dict[str, str]:
    if t.kind == "before":
        return {"dateBefore": t.value}
    if t.kind == "range" and t.until:
        return {"date": t.value, "startDate": t.value, "endDate": t.until}
    return {"date": t.value}


def chain_list(c: Clause, pos: int, parents: dict[str, str], skip_unnamed: bool = False) -> list[Mention]:
    """Places right after ``pos``, a list joined by 、/和 (or written side by side, 湄潭县播州区):
    the innermost place of each chain. With ``skip_unnamed``, an item of a 、-list that names
    no place, or goes on after the place it opens with, is passed over, not the list's end
    (深入某某步行街、某街道某社区便民中心、某某公园等地: the community and the park)."""
    out = []
    while True:
        chain = chain_at(c, pos, parents, whole_names=True)
        if not chain or not is_place(chain[-1]) and not is_org(chain[-1]):
            nxt = _next_item(c, pos) if skip_unnamed else None
            if nxt is None:
                break
            pos = nxt
            continue
        out.append(chain[-1])
        pos = chain[-1].end
        rest = c.text[pos - c.start:]
        j = next((j for j in ("、", "和", "及") if rest.startswith(j)), None)
        if j is None:
            if any(m.start == pos and is_place(m) for m in c.mentions):
                continue
            nxt = _next_item(c, pos) if skip_unnamed else None
            if nxt is None:
                break
            pos = nxt
            continue
        pos += len(j)
    return out


def _next_item(c: Clause, pos: int) -> int | None:
    """The start of the next item of a 、-list from ``pos`` on, within MAX_LIST_ITEM characters."""
    k = c.text.find("、", pos - c.start, pos - c.start + MAX_LIST_ITEM + 1)
    return c.start + k + 1 if k >= 0 else None


# what is left of a list of leaders once its posts and names are read
_LEADERS_LIST_RESIDUE = "、，,和及与 "


def leaders_listed(ctx: EventContext, c: Clause, person: Mention, verb_at: int) -> list[Mention]:
    """The persons who act with ``person`` before the verb at ``verb_at``, him among them, in the order named:
    those of the clauses of the sentence before his that name nothing but posts and persons (省委书记甲，省委副书记、
    省长乙在某地会见…; 市委副书记甲，市委常委、秘书长乙，副市长丙一行前往…), and those listed with him (甲、乙等市领导会见…).
    The first named leads (the higher post is named first)."""
    out: list[Mention] = []
    k = c.index - 1
    while k >= 0 and ctx.frame.clauses[k].sentence is c.sentence:
        prev = ctx.frame.clauses[k]
        opening = ctx.name_start(prev)      # (after the dateline and its byline: 某某日报讯（记者某某）省委书记甲)
        named = [m for m in prev.mentions if m.label == "Person" and m.start >= opening]
        if any(m.source == BYLINE_SOURCE for m in named):
            break       # (海南日报记者 某某 5月20日，省委书记某某到…: the reporters of the credit line act in no story)
        left = list(ctx.text[opening:prev.end])
        for m in prev.mentions + list(prev.times):
            if opening <= m.start < prev.end:
                end = min(m.end, prev.end)
                left[m.start - opening:end - opening] = [""] * (end - m.start)
        residue = _residue("".join(left))
        if not named or (residue and not (residue in ctx.cues("Visit", "lead") and len(named) > 1)):
            break     # (省长甲率领副厅长乙，处长丙、副处长丁一行来到…: the one before 率领 leads those after it)
        out = named + out
        k -= 1
    out += [m for m in c.mentions if m.label == "Person" and m.end <= person.start and (
        _posts_only(c, m.end, person.start) or _leads_to(ctx, c, m.end, person.start))]
    out.append(person)
    out += [m for m in c.mentions if m.label == "Person" and person.end <= m.start and m.end <= verb_at
            and _posts_only(c, person.end, m.start)]
    seen: set[str] = set()
    return [m for m in out if not (m.key in seen or seen.add(m.key))]


def _leads_to(ctx: EventContext, c: Clause, a: int, b: int) -> bool:
    """A lead word, then posts only, between offsets ``a`` and ``b`` (甲 | 带领种植业处处长 | 乙、…到某县: 甲 leads them)."""
    lead = next((w for w in ctx.cues("Visit", "lead") if c.between(a, b).startswith(w)), None)
    return lead is not None and _posts_only(c, a + len(lead), b, listed=True)


def _posts_only(c: Clause, a: int, b: int, listed: bool = False) -> bool:
    """Nothing but list marks and posts (with their bodies) between offsets ``a`` and ``b`` (、市长 | 张利; 、刑一庭庭长 |
    李某: a department's short name no recogniser knows, right before the post; ``listed``: ``a`` opens an item as a
    list mark would)."""
    left = list(c.between(a, b))
    mark = _LIST_OPENING if listed else ""
    for m in c.mentions:
        if a <= m.start and m.end <= b and m.label != "Person":
            left[m.start - a:m.end - a] = [""] * (m.end - m.start)
            if m.label in ("Role", "Post") and (unit := _UNIT_BEFORE.search(mark + c.between(a, m.start))):
                left[unit.start() - len(mark):unit.end() - len(mark)] = [""] * (unit.end() - unit.start())
    return not _residue("".join(left))


_LIST_OPENING = "、"


# a department's short name ending right before a post (、刑一庭 | 庭长, 、办公厅秘书处 | 处长): part of the post
_UNIT_BEFORE = re.compile(r"(?<=[、，,和])[\u4e00-\u9fff]{1,5}[庭处科室所股队组部]$")


def unit_before_post(text: str) -> bool:
    """``text`` (a list mark, then words right before a post) ends in a department's short name no recogniser knows."""
    return _UNIT_BEFORE.search(text) is not None


def _residue(left: str) -> str:
    """What is left of a list of leaders once its posts, names and the bare bodies of posts (市委 of 市委常委,
    a body no place was found for) are read."""
    for body in BARE_COMMITTEES:
        left = left.replace(body, "")
    return left.strip(_LEADERS_LIST_RESIDUE)
