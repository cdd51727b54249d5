"""Who acts in each clause: the frame the relation, event and statistics stages share.

A sentence is cut into clauses at ，；： (not inside quotes or brackets). A clause's
*subject* is the place or organisation (or person) it opens with, after the time
words and openers (据介绍, 此外 …) that may come first: ``浙江省安吉县以…`` → 安吉县
(a chain of places keeps the innermost), ``县委、县政府将…`` → both (a list gives
one subject per item), ``兰考县某公司等企业…`` → the company, marked ``listed``
(an example of a group, not the group). ``在湄潭县兴隆镇云峰村，…`` is a
*locative*: it says where the next clause happens.

A clause without a subject of its own acts through the *agents* of the clause
before it, and the first clause of a sentence through those of the sentence before
(the paragraph's topic, or the last subject named): ``贵州省加强统筹，推行……``
→ 推行 is done by 贵州省; ``当地随即推广……`` (当地 resolved before) by the place
the paragraph is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import cast

from .clean import is_han_char, label_view
from .dates import TimeExpr
from .entities import ArticleEntities
from .lexicon import read_list, read_table
from .mentions import Doc
from .mentions.anaphora import GOVERNING
from .mentions.home import article_dateline, dateline_end
from .model import Entity, Evidence, Fact, Mention, Sentence
from .ontology import admin_classes, org_classes, place_classes

__all__ = ["PLACE_CLASSES", "ORG_CLASSES", "AGENT_CLASSES", "Clause", "Frame", "FrameBuilder", "Extracted",
           "build_frame", "chain_at", "is_place", "is_org", "is_agent", "is_within", "LIES_IN"]

# class groups come from the ontology
PLACE_CLASSES = place_classes()
ADMIN_CLASSES = admin_classes()
ORG_CLASSES = org_classes()
AGENT_CLASSES = (PLACE_CLASSES - {"Landmark", "NaturalPlace"}) | ORG_CLASSES

_CUT = "，；：,;:"
_OPEN = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】", "〔": "〕"}
# 各 (every) before a noun: 县委、县政府各部门…, (市委要求，)各县区要…: the bodies within
_EVERY = "各"
ITEM_END = "；"      # closes an item of a sentence's list of reports
BREAKDOWN = "其中"    # 其中，某县12万亩: a part of what the sentence before reported, that sentence's only
# verbs of founding a body: what a person founded acts in the clauses after (创办某合作社，流转土地…)
FOUNDING = ("牵头成立", "创办", "成立", "组建", "领办", "创建")
# a pronoun for a person opens a clause that a person, not a place or body, acts in
_PERSON_PRONOUNS = ("他们", "她们", "他", "她")
_FINAL = "。！？!?…．.　 "
_JOIN = ("以及", "、", "和", "及", "与", "同")
# between the posts of one person (县委副书记、政府代理县长王某): 、 and at most MAX_POST_GAP
# characters of words no recogniser marked (代理, 常务)
_POST_JOIN = "、"
# 位于某区的 (某公园), 位于高新区的某某公司: where what the clause is about lies, before its name
LIES_IN = re.compile(r"(?:位于|地处|坐落于|坐落在)[^，。；的]{1,14}的")
# A paragraph that opens an item of a numbered list (1. 2. / （一） / 一、): the cases of a 通报, the
# points of a plan — each about its own subject, never the item's before
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
MAX_POST_GAP = 8
# how many sentences back a clause-opening 村里/县里 looks for its place
PLACE_WORD_REACH = 2


@dataclass
class Extracted:
    """What a stage adds to an article: new nodes (events, observations, posts) and facts."""

    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def extend(self, other: "Extracted") -> None:
        self.entities.extend(other.entities)
        self.facts.extend(other.facts)


def is_place(m: Mention) -> bool:
    return m.label in PLACE_CLASSES


def is_org(m: Mention) -> bool:
    return m.label in ORG_CLASSES


def is_agent(m: Mention) -> bool:
    # a name read inside another (某大学 of 某大学某研究院) is named, but the longer name acts
    return m.label in AGENT_CLASSES and not m.attr("inside")


@dataclass
class Clause:
    """A stretch of a sentence between ，；： with what is found in it.

    Offsets are into the article text; ``text`` is the matching view (Simplified).
    """

    index: int
    sentence: Sentence
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    subjects: list[Mention] = field(default_factory=list)    # what the clause opens with
    subject_end: int = -1                                     # article offset just after the subjects
    listed: bool = False                                      # subjects followed by 等
    agents: list[Mention] = field(default_factory=list)       # places/organisations acting here
    locative: Mention | None = None                           # 在Y，… before this clause
    inherited: bool = False                                   # agents come from an earlier clause
    generic: bool = False                                     # 各部门/各县区…: the members of its agents act
    context: list[Mention] = field(default_factory=list)      # the places/bodies talked about, even
                                                              # where a person acts (申永强介绍，全村…)

    def rel(self, offset: int) -> int:
        """An article offset as an offset into ``text``."""
        return offset - self.start

    def between(self, a: int, b: int) -> str:
        """The clause text between two article offsets."""
        return self.text[max(a, self.start) - self.start:max(min(b, self.end), self.start) - self.start]

    def persons(self) -> list[Mention]:
        return [m for m in self.subjects if m.label == "Person"]


@dataclass
class Frame:
    """The clauses of one article, with the helpers the later stages need."""

    doc: Doc
    entities: ArticleEntities
    times: list[TimeExpr]
    clauses: list[Clause]
    by_sentence: dict[int, list[Clause]]
    # where the report's own words start after its dateline and byline (0: none), which no name
    # or subject reaches into
    dateline_end: int = 0
    # sentence index -> where the words start, for the later paragraphs of a digest that open with a
    # dateline of their own (新华社拉萨10月19日电 …: its outlet acts in no clause either)
    later_datelines: dict[int, int] = field(default_factory=dict)

    def opening(self, sentence: Sentence) -> int:
        """Where the report's words start in ``sentence``'s dateline, or the article's first dateline."""
        return self.later_datelines.get(sentence.index, self.dateline_end)

    def words_start(self, c: Clause) -> int:
        """Where the report's own words start in clause ``c``: after a dateline its sentence opens with."""
        opening = self.opening(c.sentence)
        return max(c.start, opening) if c.sentence.start <= opening <= c.sentence.end else c.start

    @property
    def article(self):
        return self.doc.article

    @cached_property
    def label_text(self) -> str:
        """The article's text as names are written from it: Simplified characters, its own punctuation
        (:func:`~kg.clean.label_view`; the article's text itself where it is Simplified)."""
        return label_view(self.article.text, self.doc.text)

    def evidence(self, sentence: Sentence, start: int | None = None, end: int | None = None) -> Evidence:
        """Evidence for a fact read in ``sentence``; ``start``/``end`` bound the span inside it."""
        if start is not None:
            start, end = max(start, sentence.start), min(end, sentence.end)
            if start >= end:
                start = end = None
        return Evidence(self.article.id, sentence.start, sentence.end, sentence.text, start, end)

    def span_evidence(self, clause: Clause, *mentions: Mention | None, start: int | None = None,
                      end: int | None = None) -> Evidence:
        """Evidence covering ``mentions`` (those inside the clause's sentence) and the span given."""
        s = clause.sentence
        points = [(m.start, m.end) for m in mentions if m is not None and s.start <= m.start and m.end <= s.end]
        if start is not None:
            points.append((start, end))
        if not points:
            return self.evidence(s)
        return self.evidence(s, min(p[0] for p in points), max(p[1] for p in points))

    def entity_label(self, key: str) -> str:
        e = self.entities.entities.get(key)
        return e.label if e else key.rsplit("/", 1)[-1]

    def place_of(self, key: str) -> str | None:
        """The place an entity is in (itself for an administrative area)."""
        e = self.entities.entities.get(key)
        if e is not None and e.type in ADMIN_CLASSES:
            return key
        return self.entities.parents.get(key)

    def last_date_before(self, offset: int) -> TimeExpr | None:
        best = None
        for t in self.times:
            if t.end <= offset and t.kind == "on" and t.precision == "day" and t.value:
                best = t
        return best


def _cut_clauses(sentence: Sentence, match_text: str) -> list[tuple[int, int]]:
    """(start, end) article offsets of the clauses of a sentence."""
    out = []
    depth: list[str] = []
    start = sentence.start
    for i in range(sentence.start, sentence.end):
        c = match_text[i]
        if depth and c == depth[-1]:
            depth.pop()
        elif c in _OPEN:
            depth.append(_OPEN[c])
        elif c in _CUT and not depth:
            if i > start:
                out.append((start, i))
            start = i + 1
    end = sentence.end
    while end > start and match_text[end - 1] in _FINAL:
        end -= 1
    if start < end:
        out.append((start, end))
    return out


class FrameBuilder:
    """Cuts an article into clauses and finds who acts in each."""

    def __init__(self, openers: list[str] | None = None, posts: list[str] | None = None):
        words = openers if openers is not None else read_list("clause_openers.txt")
        self._openers = tuple(sorted(words, key=len, reverse=True))
        # the posts of the role lexicon: a body read with a post at its end (某党委常委) is a post
        self._posts = tuple(sorted(posts if posts is not None else (r for r, *_ in read_table("roles.tsv")),
                                   key=len, reverse=True))
        # 村里/县里 opening a clause: the nearest village/county named before acts
        self._place_words = tuple(sorted(((w, cls) for w, cls in read_table("clause_place_words.tsv")),
                                         key=lambda wc: len(wc[0]), reverse=True))
        # 会议强调/会上: the meeting speaks, for the body that convened it (召开, 举行: the
        # event cues' verbs of a meeting), not for the bodies the sentences before addressed
        self._meeting_voices = meeting_voices()
        self._convening = tuple(sorted({w for cls, role, w in read_table("event_cues.tsv")
                                        if cls == "Meeting" and role == "verb"}, key=len, reverse=True))

    def __call__(self, doc: Doc, entities: ArticleEntities, times: list[TimeExpr]) -> Frame:
        text = doc.text
        mentions = sorted(entities.mentions, key=lambda m: (m.start, m.end))
        clauses: list[Clause] = []
        by_sentence: dict[int, list[Clause]] = {}
        mi = ti = 0
        for s in doc.sentences:
            for a, b in _cut_clauses(s, text):
                c = Clause(len(clauses), s, a, b, text[a:b])
                while mi < len(mentions) and mentions[mi].start < a:
                    mi += 1
                j = mi
                while j < len(mentions) and mentions[j].start < b:
                    if mentions[j].end <= b:
                        c.mentions.append(mentions[j])
                    j += 1
                while ti < len(times) and times[ti].start < a:
                    ti += 1
                k = ti
                while k < len(times) and times[k].start < b:
                    c.times.append(times[k])
                    k += 1
                clauses.append(c)
                by_sentence.setdefault(s.index, []).append(c)
        frame = Frame(doc, entities, times, clauses, by_sentence, _dateline_end(doc), _later_datelines(doc))
        self._subjects(frame)
        return frame

    # -- subjects, locatives, agents --------------------------------------------
    def _subjects(self, frame: Frame) -> None:
        agents: list[Mention] = []
        locative: Mention | None = None
        last_sentence = -1
        person_sentence = -1     # a sentence a person acts in: no place or body is its agent
        generic = False          # the agents stand for the bodies within them (各部门)
        convener: list[Mention] = []     # who convened the meeting last reported (某县委召开…会议)
        parents = frame.entities.parents
        spoken_for: tuple[int, list[Mention]] = (-1, [])   # a sentence, whom its person's posts speak for
        examples_of: list[Mention] | None = None   # the agents before the last examples named (甲、乙等县区)
        broken_down: list[Mention] | None = None   # the agents before a sentence broke them down (其中，…)
        # a paragraph's topic: the first that acts in it; a paragraph that opens with no subject of its own
        # goes on with the topic of the paragraph before, not with whatever that paragraph named last
        # (全县茶园面积…。某公司获评…。| 城乡面貌持续改善。完成棚户区改造1860户: the county's); the items of
        # a numbered list with the topic of the paragraph that introduced them, where that is a place
        paragraph, topic, topic_before, section_topic, in_list = -1, None, [], [], False
        for c in frame.clauses:
            opens_paragraph = c.sentence.paragraph != paragraph
            if opens_paragraph:
                paragraph, topic_before, topic = c.sentence.paragraph, (topic or topic_before), None
            if c.sentence.index != last_sentence:
                locative, generic = None, False
                if broken_down is not None:
                    # 全年接待游客3260万人次。其中，某镇接待游客612万人次。全年白茶产量2150吨: the part
                    # named after 其中 is that sentence's; the sentences after report the whole again
                    agents, broken_down = broken_down, None
                if _opens_list_item(frame, c.sentence):
                    convener, examples_of, spoken_for = [], None, (-1, [])
                    section_topic = section_topic if in_list else topic_before
                    agents = list(section_topic) if all(m.label in ADMIN_CLASSES for m in section_topic) else []
                    topic_before, in_list = agents, True
                elif opens_paragraph:
                    in_list = False
                    if topic_before:
                        agents = list(topic_before)
                last_sentence = c.sentence.index
                if c.text.startswith(BREAKDOWN):
                    broken_down = list(agents)
            elif c.text.startswith(BREAKDOWN):
                broken_down = list(agents)    # …32.6万人，其中乐清市转移8.1万人；…: a part, up to the next ；
            elif broken_down is not None and ITEM_END in frame.doc.text[frame.clauses[c.index - 1].end:c.start + 1]:
                # …，其中乐清市转移8.1万人；回港避风船只5200余艘: after the ；, the whole again
                agents, broken_down = broken_down, None
            # (the dateline's sentence only: a headline before it has its own subject; the dateline's
            # outlet acts in no clause)
            pos = self._skip_openers(c, min(frame.words_start(c), c.end))
            rest = c.text[pos - c.start:]
            if rest.startswith(_PERSON_PRONOUNS):
                person_sentence = c.sentence.index
            chain = chain_at(c, pos, parents)
            if c.text.startswith("在") and not chain:
                chain_in = chain_at(c, c.start + 1, parents)
                if chain_in and chain_in[-1].end == c.end and all(is_place(m) or is_org(m) for m in chain_in):
                    locative = chain_in[-1]
                    continue
            c.locative = locative
            if not chain and rest.startswith(self._meeting_voices):
                agents, generic = list(convener), False
                c.agents, c.context, c.inherited = list(convener), list(convener), True
                continue
            subjects, end, listed = self._subject_list(c, chain, parents, self._posts)
            if subjects:
                c.subjects, c.subject_end, c.listed = subjects, end, listed
                if subjects[0].label == "Person":
                    person_sentence = c.sentence.index
            c.generic = rest.startswith(_EVERY) or (end > 0 and c.text[end - c.start:].startswith(_EVERY))
            acting = [m for m in c.subjects if is_agent(m)]
            if not acting and not chain:
                place = self._place_word(frame, c, rest)
                acting = [place] if place is not None else []
            if acting and any(v in c.text for v in self._convening):
                convener = acting
            if acting:
                # 甲区、乙县等7个县区受灾。…直接经济损失…: what the sentences after report is the place the
                # examples are of (they act on, as the group named by them)
                examples_of = (examples_of or list(agents)) if c.listed and agents else None
                agents, generic = acting, c.generic
                c.agents = acting
                spoken_for = (-1, [])     # (…介绍，某市实施…，新增学位…: the place that acts, from here on)
                if person_sentence == c.sentence.index and not c.persons():
                    # 王某指出，某县是…，要…: the place named after the person's words is
                    # who the rest of the sentence addresses
                    person_sentence = -1
            else:
                c.generic = c.generic or generic
                c.agents = list(agents) if c.sentence.index != person_sentence else []
                c.inherited = True
                post_place = _post_place(frame, chain, c.subjects[0]) if c.persons() else None
                if post_place is not None:
                    # 10月17日，某县县长某某带队赴某市…，签约金额1.2亿元: the figures the sentence reports
                    # are the county's the person speaks for, not the body's the sentence before named
                    spoken_for = (c.sentence.index, [post_place])
            # (村民某某创办了某家庭农场: a person named in the clause, though no subject was read for it)
            founded = _founded(c, by_person=person_sentence != c.sentence.index)
            if founded is not None:
                # 某某返乡创办某合作社，流转土地1500亩: the clauses after are the body's the person founded (not the
                # place the founder's post speaks for: 某村党支部书记某某带领村民成立某合作社，吸纳社员163户)
                agents, person_sentence, spoken_for = [founded], -1, (-1, [])
            c.context = list(spoken_for[1] if spoken_for[0] == c.sentence.index
                             else examples_of if examples_of is not None else agents)
            if topic is None and c.agents and (acting or all(m.label in ADMIN_CLASSES for m in c.agents)):
                # what acts first in it, or the place its first clause goes on with (not a body: a credit
                # line's paper goes on into the next paragraph's opening words, and stops there)
                topic = list(c.agents)
            elif topic and acting and _place_of_the_bodies(topic, acting, parents):
                topic = acting              # 某市统计局发布…，全市实现…: the city the bureau reports on

    def _place_word(self, frame: Frame, c: Clause, rest: str) -> Mention | None:
        """The place a clause-opening 村里/县里 stands for: the last of its class named in this
        sentence or the PLACE_WORD_REACH sentences before."""
        cls = next((k for w, k in self._place_words if rest.startswith(w)), None)
        if cls is None:
            return None
        first = c.sentence.index - PLACE_WORD_REACH
        ents = frame.entities
        for m in sorted(ents.mentions, key=lambda m: m.start, reverse=True):
            if m.end > c.start or m.sentence < first:
                continue
            if m.label == cls:
                return m
            place = ents.parents.get(m.key) if is_org(m) and m.attr("place_start") else None
            if place is not None and place in ents.entities and ents.entities[place].type == cls:
                # 某社区党委书记某某说，社区设立了…: the place the body's name opens with
                a, b = int(cast(str, m.attr("place_start"))), int(m.attr("place_end", "-1"))
                if a < b <= m.end:
                    return _as_place(frame, m, place, a, b)
        return None

    def _skip_openers(self, c: Clause, pos: int) -> int:
        """The article offset where the clause's subject may start, from ``pos`` on."""
        moved = True
        while moved and pos < c.end:
            moved = False
            for t in c.times:
                if t.start == pos:
                    pos, moved = t.end, True
                    break
            rest = c.text[pos - c.start:]
            if any(m.start == pos for m in c.mentions):
                break        # 中共某省委 named whole: the opener is the name's own first word
            for w in self._openers:
                if rest.startswith(w):
                    pos, moved = pos + len(w), True
                    break
            if not moved and rest[:1] in (" ", "　"):
                pos, moved = pos + 1, True
            lies = LIES_IN.match(rest) if not moved else None
            if lies is not None and any(m.start == pos + lies.end() for m in c.mentions):
                # 位于高新区的某某公司专注于…: where the subject is, before its name
                pos, moved = pos + lies.end(), True
        return pos

    @staticmethod
    def _subject_list(c: Clause, chain: list[Mention], parents: dict[str, str],
                      posts: tuple[str, ...] = ()) -> tuple[list[Mention], int, bool]:
        if not chain:
            return [], -1, False
        # 县委书记王新民…, 县长刘卫东…, 县委副书记、代县长某某…: the person after the
        # posts is the subject, not the body
        holder = _post_holder(c, chain, posts)
        if holder is not None:
            chain = [holder]
        elif chain[-1].label == "Role":
            return [], -1, False
        items = [chain[-1]]
        end = chain[-1].end
        if len(chain) >= 2 and len({m.label for m in chain}) == 1 and chain[0].label in ADMIN_CLASSES \
                and _PLACES_COUNTED.match(c.text, end - c.start):
            items = list(chain)         # 浙江四川两省, 川渝两地: places side by side, counted after them
        while True:
            rest = c.text[end - c.start:]
            joiner = next((j for j in _JOIN if rest.startswith(j)), None)
            if joiner is None:
                break
            nxt = chain_at(c, end + len(joiner), parents)
            if not nxt:
                break
            items.append(nxt[-1])
            end = nxt[-1].end
        rest = c.text[end - c.start:]
        if rest.startswith("的") and not rest.startswith("的确"):
            return [], -1, False        # a possessor (河南省人社厅的一名干部), not the actor
        return items, end, rest.startswith("等")


# a count of the places just named (浙江四川两省, 京津冀三地): they stand side by side, not one in another
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}(?:省区市|省市|省|市|县|区|地|州|盟|旗|镇|乡|村)")


def _post_holder(c: Clause, chain: list[Mention], posts: tuple[str, ...] = ()) -> Mention | None:
    """The person a list of posts ends in (县委副书记、政府代理县长王某): from the chain, through
    posts, bodies, places, 、 and short unmarked words (代理), to the first person."""
    def is_post(m: Mention) -> bool:
        return m.label == "Role" or is_org(m) and any(m.text.endswith(p) and len(m.text) > len(p) for p in posts)

    pos = chain[-1].end
    seen_post = is_post(chain[-1])
    for m in c.mentions:
        if m.start < pos:
            continue
        gap = c.between(pos, m.start)
        if len(gap) > MAX_POST_GAP or any(ch not in _POST_JOIN and not is_han_char(ch) for ch in gap) or \
                not seen_post and gap:
            return None       # before the first post, only the bodies it is in (县委、县政府 is no post list)
        if m.label == "Person":
            return m if seen_post else None
        if is_post(m):
            seen_post = True
        elif not (is_org(m) or is_place(m)):
            return None
        pos = m.end
    return None


def chain_at(c: Clause, pos: int, parents: dict[str, str] | None = None, whole_names: bool = False) -> list[Mention]:
    """Mentions standing right next to each other from ``pos``: a place and what is in it
    (浙江省安吉县, 渭源县田家河乡元古堆村, 安定区内官营镇某公司). Two places of which the
    second is known not to be inside the first (湄潭县播州区, two counties) are no chain. With
    ``whole_names``, a body read inside a longer name there (山西大学 of 山西大学附属中学) gives way to it.
    """
    chain: list[Mention] = []
    for m in c.mentions:
        if m.start < pos:
            continue
        if whole_names and m.start == pos and is_org(m) and m.attr("inside") \
                and any(o.start == pos and o.end > m.end for o in c.mentions):
            continue      # 山西大学 of 山西大学附属中学: a body read inside the longer name is no link of it
        if m.start == pos and (not chain or is_place(chain[-1]) and (is_org(m) or is_place(m) and
                                                                      _inside(m, chain[-1], parents or {}))):
            chain.append(m)
            pos = m.end
        elif m.start > pos:
            break
    return chain


def is_within(inner: Mention, outer: Mention, parents: dict[str, str]) -> bool:
    """Whether place ``inner`` lies inside place ``outer`` (by the article's parents, or the codes)."""
    return inner.key != outer.key and _inside(inner, outer, parents) and (
        inner.key in parents or (inner.key.startswith(_ADM) and outer.key.startswith(_ADM)))


def _inside(inner: Mention, outer: Mention, parents: dict[str, str]) -> bool:
    """False only when both places' ancestries are known and ``outer`` is not among them."""
    if inner.key not in parents:
        return True
    key, seen = inner.key, 0
    while key in parents and seen < 8:
        key = parents[key]
        seen += 1
        if key == outer.key:
            return True
    if key.startswith(_ADM) and outer.key.startswith(_ADM):
        # (四川省宁南县: the county's parent, 凉山州, is no entity of the article, so the walk stopped;
        # a division's code opens with its province's and its prefecture's)
        return key[len(_ADM):].startswith(_code_prefix(outer.key[len(_ADM):]))
    return not (inner.key.startswith(_ADM) and outer.key.startswith(_ADM))


_ADM = "adm/"


def _code_prefix(code: str) -> str:
    """What the codes of the divisions inside a division open with (510000 -> 51, 513400 -> 5134)."""
    if len(code) == 6 and code.endswith("0000"):
        return code[:2]
    if len(code) == 6 and code.endswith("00"):
        return code[:4]
    return code


def build_frame(doc: Doc, entities: ArticleEntities, times: list[TimeExpr],
                builder: FrameBuilder | None = None) -> Frame:
    return (builder or FrameBuilder())(doc, entities, times)


def _later_datelines(doc) -> dict[int, int]:
    """The paragraphs after the article's own dateline that open with one of their own (a digest of
    wire items: 新华社北京…电 …, 新华社拉萨…电 …): sentence index -> where its words start."""
    first = article_dateline(doc)[1]
    out: dict[int, int] = {}
    previous = None
    for s in doc.sentences:
        if s.start > first and (previous is None or s.paragraph != previous.paragraph):
            end = dateline_end(doc.text[s.start:s.end])
            if end:
                out[s.index] = s.start + end
        previous = s
    return out


def _dateline_end(doc) -> int:
    """Where the report's own words start after its dateline, in the text's first sentence or,
    after a headline, in the body's first (0 where there is none)."""
    return article_dateline(doc)[1]


def _post_place(frame: Frame, chain: list[Mention], person: Mention) -> Mention | None:
    """The place or body a person's posts, named before the person, speak for: a party committee's
    or government's place (某县委副书记、县长某某: the county), another body itself (某合作社理事长某某)."""
    ents = frame.entities
    body = next((m for m in reversed(chain) if m.end <= person.start and is_agent(m)), None)
    if body is None or body.label not in GOVERNING:   # (a place's own bodies speak for it)
        return body
    place = ents.parents.get(body.key)
    if place is None or place not in ents.entities or not body.canonical.startswith(ents.entities[place].label):
        return None      # (校党委书记某某: a committee of an institution, no place's)
    a, b = int(body.attr("place_start", str(body.start))), int(body.attr("place_end", str(body.end)))
    if not body.start <= a < b <= body.end:
        a, b = body.start, body.end    # 县委书记某某: the county, named by its body's short form
    return _as_place(frame, body, place, a, b)


def _as_place(frame: Frame, body: Mention, place: str, a: int, b: int) -> Mention:
    """A mention of the place ``place`` (an entity of the article) a body's name opens with, at ``[a, b)``."""
    ent = frame.entities.entities[place]
    return replace(body, start=a, end=b, text=frame.doc.text[a:b], label=ent.type, canonical=ent.label, key=place,
                   attrs=())


_PERFECTIVE = "了"


def _founded(c: Clause, by_person: bool = False) -> Mention | None:
    """The body a clause says was founded, right after a verb of founding (创办某合作社, 成立某公司), else None;
    ``by_person``: only where a person named in the clause before the verb founded it."""
    for verb in FOUNDING:
        at = c.text.find(verb)
        if at >= 0 and by_person and not any(m.label == "Person" and m.end <= c.start + at for m in c.mentions):
            return None
        if at >= 0:
            after = c.start + at + len(verb)
            after += c.text.startswith(_PERFECTIVE, after - c.start)     # (创办了某家庭农场)
            return next((m for m in c.mentions if m.start == after and is_org(m)), None)
    return None


@cache
def meeting_voices() -> tuple[str, ...]:
    """Words opening a clause in which a meeting speaks (``meeting_voices.txt``: 会议强调, 会上, 全会指出),
    longest first."""
    return tuple(sorted(read_list("meeting_voices.txt"), key=len, reverse=True))


def _place_of_the_bodies(bodies: list[Mention], places: list[Mention], parents: dict[str, str]) -> bool:
    """``places`` are administrative places, ``bodies`` none, and each body is one of theirs (某市统计局 | 某市)."""
    keys = {m.key for m in places}
    return all(m.label in ADMIN_CLASSES for m in places) and not any(m.label in ADMIN_CLASSES for m in bodies) \
        and all(parents.get(m.key) in keys for m in bodies)


def _opens_list_item(frame: Frame, s: Sentence) -> bool:
    """Whether ``s`` is the first sentence of a paragraph that opens with a list item's number."""
    before = frame.doc.sentences[s.index - 1] if s.index else None
    return (before is None or before.paragraph != s.paragraph) \
        and _LIST_ITEM.match(frame.doc.text, s.start, s.end) is not None
