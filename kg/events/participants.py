"""Who chairs, attends and organises: ``P主持会议``, ``P出席会议`` after a meeting is named (every
person the clause names before ``出席``/``参加`` attends; the last before ``主持`` chairs);
``论坛由甲、乙共同主办`` (the bodies and places of the clause before ``主办``, after its ``由``,
organise it); ``甲、乙共同为某园揭牌`` and ``甲、乙共同启动开幕仪式`` (the persons before ``为`` and a
ceremony's act, or before a launch verb whose object is the ceremony itself, attend);
``某某陪同调研`` (those before ``陪同`` go with the visitor of the visit named last); ``省长某某讲话``
(a clause of a person and the person's address: the speaker attends).
The attendees' list may run over clauses: ``副县长甲、乙，县委办主任丙出席会议`` (the clauses
before, of the same sentence, that hold nothing but posts, names and bodies in a list).

These are not events of their own: :mod:`kg.events.resolve` gives each to the
meeting named last before its clause, when that is in the same paragraph and at
most ``PARTICIPANT_SENTENCES`` sentences before.
"""
from __future__ import annotations

import re

from collections.abc import Callable
from functools import lru_cache

from ..clauses import chain_at, is_agent, is_org, is_place
from ..clean import is_han
from ..mentions.home import LEADERS
from .base import AT, BARE_COMMITTEES, ESCORTED, EventContext, Participant
from .visits import UNANNOUNCED

SOURCE = "events.participant"
BY = "由"          # 由甲、乙主办: the organisers follow it
FOR = "为"         # 甲为某园揭牌: those before it do it for what is opened
MAX_SPEECH_KIND = 4   # characters of the kind of an address (总结, 重要, 动员) after 作
MAX_DELIVER = 2       # characters of the verb of giving it (作, 发表)
MAX_SPEECH_TOPIC = 24  # characters of what it is about before that verb (就做好巡视工作)
_IN_TURN = ("分别", "先后", "依次", "相继")   # 甲、乙分别发言: each in turn
_EDITION_YEAR = re.compile(r"了?(?:19|20)[0-9]{2}年度?")
VERB_TAG = "v"        # jieba's tags of verbs open with it (v, vn, vd)
MAIN_VENUE = "主会场"
WHERE = "where"    # 某某在南昌主持会议: where the gathering named last is held (the place told with its chair)
ESCORT = "escort"  # 某某陪同调研: goes with the visitor of the visit named last (an attendee of it)


_CONVENE = "召开"
_WHICH_VISITS = ("有关", "相关", "部分")     # 参加有关调研: which parts of the visit one went with
# after 主持: the work a person leads (主持完成的项目, 主持的课题, 主持研发), not a meeting chaired
_LED_WORK = ("完成", "的", "研发", "研制", "承担", "编制", "编写", "起草", "设计", "实施")
# 甲、乙等8位企业家(先后发言): the list's end and its count, between the last name and the address
_ET_AL = re.compile(r"等(?:[0-9一二三四五六七八九十]+[位名人家个]?[\u4e00-\u9fff]{0,4}?(?=先后|相继|依次|作|发表|讲话|发言|致辞))?")
# 宣布本届论坛开幕: opens the gathering named between (the cue table holds the bare forms, 宣布大会开幕)
# (宣布某大桥正式通车, 宣布发车: a facility opened, a service started)
_OPENS_IT = re.compile(r"宣布[^，。；：、]{0,14}(?:开幕|启动|开工|开园|开馆|开赛|通车|通水|通航|发车|开通|投产|竣工|开业|运营)")
# 出席开幕式的还有：…, 出席会议的有…: a list of those present after it
_PRESENT_LIST = re.compile(r"(?:出席|参加)[^，。；：]{0,12}的(?:还)?有[：:]?")
_BARE_MEETING = ("会议", "了会议")
# 某某看望与会同志并作讲话: the person greets those at the meeting, then addresses it
_GREETED = re.compile(r"(?:亲切)?看望了?(?:全体)?与会(?:同志|代表|人员|嘉宾|学员)并")


def find(ctx: EventContext) -> list[Participant]:
    out: list[Participant] = []
    for c in ctx.frame.clauses:
        for role, words in (("chair", ctx.cues("Event", "chair")), ("attendee", ctx.cues("Event", "attendee"))):
            for vs, ve, w in ctx.find(c.text, words):
                if role == "chair" and c.text.startswith(_LED_WORK, ve):
                    continue        # 某某主持完成的项目获一等奖: who led the work, no chair of a meeting
                if c.text[ve:ve + 2] == _CONVENE and not c.text.startswith(_BARE_MEETING, ve + 2):
                    continue        # (主持召开某某会议: the meeting pattern reads the chair; 主持召开会议, a
                    #                 meeting no pattern names, is the one the headline names)
                persons = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
                if persons and _acts_between(ctx, c.text[persons[-1].end - c.start:vs]):
                    continue        # 某某会见了出席会议的代表: the persons do something else; others attend
                if c.text[:vs].endswith(AT):
                    continue        # 传达学习某某在参加某会议时的讲话, 某某在主持…集体学习时的讲话: who spoke at a
                    #                 meeting attended or chaired before
                if role == "attendee":
                    persons = _listed_before(ctx, c, lambda prev: _list_item(ctx, prev)) + persons
                # (参加调研, 参加视察: those who go with the visitor, not the guests of a gathering)
                # (参加暗访: an unannounced inspection's)
                after = ve + next((len(q) for q in _WHICH_VISITS if c.text.startswith(q, ve)), 0)   # (参加有关调研)
                rest = c.text[after:].rstrip("。；;，,")
                # (参加督办检查, 参加实地调研: a visit's verb closing the clause after a word of how)
                toured = c.text.startswith(ctx.cues("Visit", "verb") + UNANNOUNCED, after) \
                    or (len(rest) <= _MAX_TOUR_WORDS and rest.endswith(ctx.cues("Visit", "verb")))
                took = ESCORT if role == "attendee" and toured else role
                # one chairs, or those named 共同主持 (甲与乙共同主持会议); a list attends (市领导甲、乙、丙参加会议)
                chairs = _co_chairs(c, persons, vs) if role == "chair" else persons
                for person in chairs:
                    out.append(Participant(took, person, c.index))
                if chairs and took != ESCORT and (where := _where_present(ctx, c, chairs[-1], vs)) is not None:
                    out.append(Participant(WHERE, where, c.index))
        out += [Participant("attendee", p, c.index) for p in _speakers(ctx, c)]
        opened = _OPENS_IT.search(c.text)
        if opened is not None and not any(ctx.text.startswith(w, c.start + opened.start())
                                           for w in ctx.cues("Event", "attendee")):
            # 某某宣布本届论坛开幕, 某某在开幕式上宣布博览会开幕: who opens the gathering attends it
            out += [Participant("attendee", p, c.index) for p in _persons_listed(ctx, c, c.start + opened.start())]
        listed = _PRESENT_LIST.match(c.text)
        if listed is not None:
            # 出席开幕式的还有：甲，乙: the persons of the sentence after it attend
            out += [Participant("attendee", m, c.index) for cl in ctx.frame.by_sentence.get(c.sentence.index, [])
                    for m in cl.mentions if m.label == "Person" and m.start >= c.start + listed.end()]
        for vs, ve, _w in ctx.find(c.text, ctx.cues("Event", "escort")):
            # (副市长某某陪同会见: at the reception, not on the guests' visit)
            took = "attendee" if c.text.startswith(ctx.cues("Meeting", "reception"), ve) else ESCORT
            out += [Participant(took, p, c.index) for p in _persons_listed(ctx, c, c.start + vs)]
            if c.text.startswith(ESCORTED, vs):
                out += [Participant(ESCORT, p, c.index) for p in _escorts_after_at(ctx, c)]
        for vs, _ve, _w in ctx.find(c.text, ctx.cues("Event", "unveil")):
            at = c.text.rfind(FOR, 0, vs)      # 甲、乙共同为某园揭牌: those who unveil it attend
            if at > 0:
                out += [Participant("attendee", p, c.index) for p in _persons_listed(ctx, c, c.start + at)]
        for vs, ve, _w in ctx.find(c.text, ctx.cues("Milestone", "launch")):
            if c.text.startswith(ctx.cues("Event", "rite"), ve):     # 甲、乙共同启动开幕仪式: they attend
                out += [Participant("attendee", p, c.index) for p in _persons_listed(ctx, c, c.start + vs)]
        for vs, _ve, _w in ctx.find(c.text, ctx.cues("Event", "organizer")):
            by = c.text.rfind(BY, 0, vs)
            inside = [m for m in c.mentions if c.start + by < m.start and m.end <= c.start + vs]
            for m in inside:
                holder = is_org(m) or (is_place(m) and m.key.startswith("adm/"))
                # (中国社会科学院 | 农村发展研究所: the institute organises, not the academy inside its name)
                if holder and not any(o is not m and o.start <= m.start and m.end <= o.end and is_org(o)
                                      and o.end - o.start > m.end - m.start for o in inside):
                    out.append(Participant("organizer", m, c.index))
    return out


def _where_present(ctx: EventContext, c, person, vs: int):
    """副省长某某在南昌主持会议: the place between the person and the verb, where the gathering is."""
    gap = c.text[person.end - c.start:vs]
    if not gap.startswith(AT):
        return None
    chain = chain_at(c, person.end + len(AT), ctx.frame.entities.parents)
    if not chain or not is_place(chain[-1]) or c.text[chain[-1].end - c.start:vs] not in ("", MAIN_VENUE):
        return None      # (在银川主会场出席会议: at the main venue there)
    return chain[-1]


def _speakers(ctx: EventContext, c) -> list:
    """省长某某讲话, 市长某某致辞, 某某作动员讲话, 某某在会上表示: a clause of a person (after posts and bodies only, no verb)
    and the person's address, ending it: a speaker at the event just named; so are the persons listed
    before the speaker, in the clause or in the clauses before it in its sentence (副部长甲、副省长乙致辞;
    部长甲，部长乙作交流发言). (Not 学习某某重要讲话: a verb before the person; not 某某讲话精神: the
    clause goes on.)"""
    text = c.text.rstrip("。！")
    speech = next((w for w in ctx.cues("Event", "speech") if text.endswith(w)), None)
    if speech is None and (presenters := _presenters(ctx, c)):
        return presenters
    if speech is None:
        # 某市市长某某在会上表示: what a person said at the meeting (在会上, 会上 before the verb) is an address too
        said = next((w for w in ctx.cues("Event", "said") if text.endswith(w)), None)
        if said is None or not (text[:-len(said)].endswith(ctx.cues("Event", "speech_at"))
                                or _next_in_turn(ctx, c)):
            return []
        speech = said
    end = c.start + len(text) - len(speech)
    for m in c.mentions:
        if m.label != "Person" or not m.end <= end <= m.end + MAX_SPEECH_KIND + MAX_DELIVER + MAX_SPEECH_TOPIC:
            continue
        gap = ctx.text[m.end:end]
        gap = gap[greeted.end():] if (greeted := _GREETED.match(gap)) else gap   # 某某看望与会同志并作讲话
        # (某某在会上作总结讲话: where it was given; 某某作工作报告并讲话: a report, and then the address)
        gap = gap.removeprefix(next((w for w in ctx.cues("Event", "speech_at") if gap.startswith(w)), ""))
        if gap.endswith(AND_THEN) and (first := gap[:-len(AND_THEN)]).endswith(ctx.cues("Event", "speech")):
            gap = first[:-len(next(w for w in ctx.cues("Event", "speech") if first.endswith(w)))]
        gap = gap[len(m_et[0]):] if (m_et := _ET_AL.match(gap)) else gap   # 甲、乙等8位企业家先后发言
        gap = gap.removeprefix(next((w for w in _IN_TURN if gap.startswith(w)), ""))   # 甲、乙分别发言
        if (deliver := next((w for w in ctx.cues("Event", "deliver") if gap.startswith(w)), None)) is not None \
                and (year := _EDITION_YEAR.match(gap, len(deliver))) is not None:
            gap = deliver + gap[year.end():]     # 某某作2015年度工作报告: the year the report is of
        if gap.startswith(ctx.cues("Event", "speech_on")):
            # 某某就做好巡视工作作了讲话: what the address is about, up to the verb of giving it
            at = max(gap.rfind(w) for w in ctx.cues("Event", "deliver"))
            gap = gap[at:] if at > 0 else gap
        elif len(gap) > MAX_SPEECH_KIND + MAX_DELIVER:
            continue
        deliver = next((w for w in ctx.cues("Event", "deliver") if gap.startswith(w)), None)
        if gap and (deliver is None or len(gap) - len(deliver) > MAX_SPEECH_KIND):
            continue            # (某某作动员讲话: the verb of giving it, and its kind)
        if not _names_only(ctx, c, c.start, m.start):
            return []
        listed = _listed_before(ctx, c, lambda prev: _has_person(prev) and _names_only(ctx, prev, prev.start, prev.end))
        return listed + [p for p in c.mentions if p.label == "Person" and p.end <= m.end]   # (甲、乙致辞: both)
    # (某某传达了…会议精神并作动员讲话: what is presented first, the address after it)
    return _presenters(ctx, c)


def _next_in_turn(ctx: EventContext, c) -> bool:
    """Clause ``c`` opens its sentence, or follows only a word of the order of speakers (随后，镇长某某指出; 最后，
    镇党委书记某某强调; 政法委书记某某强调，… after the meeting's sentence): what the person says is said at the
    meeting just named (:mod:`kg.events.resolve` gives it to a gathering held, named at most a few sentences
    before; never to a visit)."""
    before = [cl for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.end <= c.start]
    return not before or (len(before) == 1 and before[0].text.rstrip("，,、 ") in ctx.cues("Event", "in_turn"))


@lru_cache(maxsize=4)
def _presenting(presents: tuple[str, ...], ons: tuple[str, ...], ats: tuple[str, ...]) -> re.Pattern:
    # (在会上)介绍…, 对条例进行解读, 就做好巡视工作讲了意见, 就…作了说明: what the person presents
    verbs = "|".join(sorted(presents, key=len, reverse=True))
    return re.compile(f"(?:{'|'.join(ats)})?(?:对[^，。；：]{{1,20}}?进行了?|(?:{'|'.join(ons)})[^，。；：]{{1,24}}?)?"
                      f"(?:{verbs})")


def _presenters(ctx: EventContext, c) -> list:
    """发布会上，省生态环境厅副厅长某某介绍条例有关情况; 某某对行动方案进行解读; 组长某某就做好巡视工作讲了意见:
    a person (after posts and bodies only) presenting something at the gathering just named, at the head of the
    clause or after the list of those before it in its sentence: a speaker, who attends (``Event present``).
    Not 据某某介绍 (the reporter's source: the clause opens with no name, post or body)."""
    pattern = _presenting(ctx.cues("Event", "present"), ctx.cues("Event", "speech_on"), ctx.cues("Event", "speech_at"))
    for m in c.mentions:
        if m.label != "Person" or not pattern.match(ctx.text, m.end):
            continue
        opening = c.text[:m.start - c.start]
        if opening.startswith(_SOURCE_OPENERS) or not _names_only(ctx, c, c.start, m.start):
            return []
        listed = _listed_before(ctx, c, lambda prev: _has_person(prev) and _names_only(ctx, prev, prev.start, prev.end))
        return listed + [p for p in c.mentions if p.label == "Person" and p.end <= m.end]
    return []


_SOURCE_OPENERS = ("据", "记者从", "从")     # 据某某介绍: whom the reporter heard it from


def _names_only(ctx: EventContext, c, a: int, b: int) -> bool:
    """``[a, b)`` of clause ``c`` holds posts, bodies, names and list marks only: what the clause's
    mentions cover, or words none of which jieba tags a verb (组织部 | 部长, a body the article does not
    place)."""
    return _covered(c, a, b) or not any(t.tag.startswith(VERB_TAG) for t in ctx.tokens_in(a, b))


def _covered(c, a: int, b: int) -> bool:
    """Nothing of ``[a, b)`` of clause ``c`` outside its mentions but list words."""
    covered = bytearray(b - a)
    for m in c.mentions:
        x, y = max(m.start, a) - a, min(m.end, b) - a
        if x < y:
            covered[x:y] = b"\x01" * (y - x)
    text = c.between(a, b)
    for short in BARE_COMMITTEES:     # 市委常委、秘书长某某 with no city named: 市委 left no mention
        at = text.find(short)
        while at >= 0:
            if at + len(short) < len(covered) and covered[at + len(short)]:
                covered[at:at + len(short)] = b"\x01" * len(short)
            at = text.find(short, at + 1)
    for short in _SHORT_BODY.finditer(text):
        # 监委主任某某, 政法委书记某某: a body's short form no mention covers, right before a post
        if short.end() < len(covered) and covered[short.end()] and not any(covered[short.start():short.end()]):
            covered[short.start():short.end()] = b"\x01" * (short.end() - short.start())
    leaders = _LEADERS.match(text)       # 省领导甲、乙: the leaders of a level, named after the word
    if leaders is not None and len(covered) > leaders.end() and covered[leaders.end()]:
        covered[:leaders.end()] = b"\x01" * leaders.end()
    at = text.find(LEADERS)
    while at > 0:
        # 江苏省领导甲、乙, 四川省领导丙: the leaders of the place or body named right before the word
        end = at + len(LEADERS)
        if covered[at - 1] and end < len(covered) and covered[end]:
            covered[at:end] = b"\x01" * len(LEADERS)
        at = text.find(LEADERS, end)
    return all(covered[i] or ch in _LIST_GLUE for i, ch in enumerate(text))


def _co_chairs(c, persons: list, vs: int) -> list:
    """甲与乙共同主持: both chair (the persons joined by 与/和 before 共同); a bare list of names (甲、乙、丙主持,
    会议由甲、乙主持; 大会执行主席甲、乙、丙主持会议) chairs together; else the last named."""
    if not persons:
        return []
    jointly = c.text[:vs].endswith(_JOINTLY)
    out = [persons[-1]]
    for p in reversed(persons[:-1]):
        gap = c.text[p.end - c.start:out[0].start - c.start]
        # (共同: any words of theirs between the names but a clause's end; else nothing but the list's mark)
        joined = (any(j in gap for j in _CO_JOINS) and not any(ch in gap for ch in "，。；")) if jointly \
            else gap in _CO_JOINS
        if not joined:
            break
        out.insert(0, p)
    return out


def _has_person(c) -> bool:
    return any(m.label == "Person" for m in c.mentions)


def _acts_between(ctx: EventContext, gap: str) -> bool:
    """A verb of receiving between the persons and 出席/主持 (会见了, 接见): they are its subject,
    and those taking part are its object (会见了出席会议的代表). (Not any verb: 甲出席了开幕式并
    主持会议 is chaired by 甲.)"""
    return bool(ctx.find(gap, ctx.cues("Meeting", "reception")))


# what may stand between the names of a list of attendees besides the names, posts and bodies
_JOINTLY = ("共同", "联合")      # 甲与乙共同主持: chaired by both
_CO_JOINS = ("与", "和", "、")
# 省领导, 市领导, 校领导 …: the leaders of a level or a body, a list of whose names follows
_LEADERS = re.compile("(?:自治区|自治州|[省市县区州盟旗校院部委局厅镇乡])" + LEADERS)
_LIST_GLUE = frozenset("、和及与等同志以及 ")
# a body's short form before a post (监委, 政法委, 组织部, 人社局): a few characters ending in a body's head
_SHORT_BODY = re.compile("[\u4e00-\u9fff]{1,3}?[委部局办厅院]")
AND_THEN = "并"       # 作工作报告并讲话, 会见某某并出席…: one act, and then the next


def _persons_listed(ctx: EventContext, c, end: int) -> list:
    """The persons of clause ``c`` before ``end``, with those of the list's clauses before it (none
    where the clause names no person, but for the unnamed persons of some bodies ending the list:
    副县长某某，县水利局负责人陪同)."""
    persons = [m for m in c.mentions if m.label == "Person" and m.end <= end]
    if _unnamed_item(ctx, c, end):
        # (县委、县林业局、某镇相关负责同志陪同: the bodies whose unnamed persons go, each one)
        bodies = [m for m in c.mentions if is_agent(m) and m.label != "Person" and m.end <= end
                  and not any(o is not m and o.start <= m.start and m.end <= o.end and is_agent(o) for o in c.mentions)]
        return _listed_before(ctx, c) + persons + bodies
    if persons:
        return _listed_before(ctx, c) + persons
    return []


# 县直有关部门主要负责同志: the words of an item of unnamed persons besides its bodies
# (县安委会成员单位主要领导、分管领导: the member bodies' heads and those in charge of the work)
_UNNAMED_QUALIFIERS = re.compile("^(?:[省市州县区乡镇]直|其他|有关|相关|各|部门|单位|成员单位|方面|主要|分管|班子成员|"
                                 "领导|及|和|、)*$")


def _unnamed_item(ctx: EventContext, c, end: int) -> bool:
    """Whether clause ``c`` up to ``end`` is one item of unnamed persons (县水利局负责人, 市直有关部门负责同志)."""
    head = c.text[:end - c.start]
    word = next((w for w in ctx.cues("Event", "collective") if head.endswith(w)), None)
    if word is None:
        return False
    rest = "".join(ch for i, ch in enumerate(head[:-len(word)])
                   if not any(m.start <= c.start + i < m.end and is_agent(m) for m in c.mentions))
    # (县水利局负责人 where no county is named: a body's short form no mention covers, no verb in it)
    return bool(_UNNAMED_QUALIFIERS.match(rest)) or bool(rest) and not any(
        t.tag.startswith(VERB_TAG) and not _UNNAMED_QUALIFIERS.match(ctx.text[t.start:t.end])
        for t in ctx.tokens_in(c.start, end - len(word)))


def _listed_before(ctx: EventContext, c, alike: Callable | None = None) -> list:
    """The persons of the clauses right before ``c`` in its sentence that are bare lists of
    them (posts, names, bodies, 、 and 和; ``alike`` says which clauses are): the opening of the
    subject ``c`` ends."""
    alike = alike or _bare_list
    out: list = []
    k = c.index - 1
    while k >= 0:
        prev = ctx.frame.clauses[k]
        if prev.sentence is not c.sentence or not (alike(prev) or _bare_bodies(prev)):
            break
        out = [m for m in prev.mentions if m.label == "Person"] + out
        k -= 1
    return out


def _bare_bodies(c) -> bool:
    """A clause of bodies in a list, no one named (甲，乙，县委宣传部，县科协等单位负责人参加: an item of the list)."""
    return bool(c.mentions) and all(is_agent(m) and not is_place(m) for m in c.mentions) and _covered(c, c.start, c.end)


def _escorts_after_at(ctx: EventContext, c) -> list:
    """某某在市委常委、常务副市长甲，副市长乙…的陪同下: the escorts' list opens in a clause before ``c`` (the lists
    between): those named after the 在 that follows the one escorted in that clause."""
    k = c.index - 1
    while k >= 0 and ctx.frame.clauses[k].sentence is c.sentence and _bare_list(ctx.frame.clauses[k]):
        k -= 1
    if k < 0 or k == c.index - 1 and not _bare_list(c) and _has_person(c) and AT in c.text:
        return []        # (the escorts and the one escorted in one clause: read with it)
    opening = ctx.frame.clauses[k]
    at = opening.text.rfind(AT)
    if opening.sentence is not c.sentence or at <= 0:
        return []
    persons = [m for m in opening.mentions if m.label == "Person"]
    if not any(p.end - opening.start <= at for p in persons):
        return []        # (no one escorted named before 在)
    return [p for p in persons if p.start >= opening.start + at + len(AT)]



_MAX_TOUR_WORDS = 6     # characters after 参加 of a visit's kind and verb (督办检查, 实地调研)
_EACH_OF = ("各", "全县各", "全市各", "全区各", "全省各", "各级")   # 各乡镇党委书记: the heads of every body of a kind
_IN_CHARGE = frozenset({"分管", "主管"})     # 分管教育副职: in charge of, a post's word


def _list_item(ctx: EventContext, c) -> bool:
    """A clause of a list of those present: names (:func:`_bare_list`), or persons unnamed by their posts or
    bodies (各乡镇关工委主任, 县直有关单位负责人): 甲、乙，各乡镇关工委主任，县直有关单位负责人参加会议."""
    if _bare_list(c):
        return True
    if _has_person(c):
        return _titled_guest(ctx, c)
    if c.text.startswith(_EACH_OF) and not any(t.tag == VERB_TAG and t.word not in _IN_CHARGE
                                                for t in ctx.tokens_in(c.start, c.end)):
        return True     # 各乡镇党委书记及分管教育副职: the heads of every body of a kind, unnamed
    roles = [m for m in c.mentions if m.label == "Role" and m.end == c.end]
    return _unnamed_item(ctx, c, c.end) or (bool(roles) and not any(
        t.tag.startswith(VERB_TAG) for t in ctx.tokens_in(c.start, roles[-1].start))) or _bare_post(ctx, c)


def _bare_post(ctx: EventContext, c) -> bool:
    """市委常委, 市政协副主席: a body's post with no name (the holders, listed among those present), read as no
    Role where no person holds it: a post of the lexicon after the bodies the clause opens with."""
    at = c.start
    for m in c.mentions:
        if m.start != at or not is_agent(m):
            break
        at = m.end
    return at > c.start and c.between(at, c.end) in ctx.cues.posts


def _titled_guest(ctx: EventContext, c) -> bool:
    """绿城中国副总裁赵刚: a body no recogniser names (a company's short name), then a post and names, no verb
    before the post: an item of a list of those present all the same."""
    role = next((m for m in c.mentions if m.label == "Role"), None)
    if role is None or role.start == c.start or any(m.start < role.start for m in c.mentions):
        return False
    return _covered(c, role.start, c.end) and is_han(c.between(c.start, role.start)) \
        and not any(t.tag.startswith(VERB_TAG) for t in ctx.tokens_in(c.start, role.start))


def _bare_list(c) -> bool:
    """A clause of names in a list: a person, and nothing outside its mentions but list words."""
    return _has_person(c) and _covered(c, c.start, c.end)
