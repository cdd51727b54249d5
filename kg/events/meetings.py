"""Meetings held: ``X召开<name>``, ``<name>在Y召开``, ``<name>常委会会议召开``, ``<name>审议…``.

``P(在Y)会见Z`` is a meeting too (``events.reception``): the host chairs it and the
host's body organises it. ``X暨Y`` where both end in a head is two meetings.

Precision note (``kg eval --by source`` on the dev set, events.meeting 11 of 21 paired
events with every slot right, events.reception 4 of 7): the meetings found are
meetings held; what is wrong is a slot whose entity the earlier stages name in short
form (省局, 我厅, 市政府 for the full names gold uses) or a host whose post the relation
stage has not read, so the organiser is missing. They stay: the node, its date and
place are right, and the slot follows when the entity stage resolves the short form.

The name of a meeting ends in a head word (会议, 座谈会, 推进会 …, ``Meeting head``
in ``kg/data/event_cues.tsv``); its organiser is the body that holds it, else the
body the name starts with; its place the 在Y it is held in, else the organiser's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..clean import is_han
from ..clauses import Clause, chain_at, is_agent, is_org, is_place, is_within
from ..dates import TimeExpr
from ..mentions.anaphora import GOVERNING
from ..lexicon import read_table
from ..mentions.home import DATELINE
from ..mentions.organizations import ASSEMBLY_HEADS, THE_PARTY
from ..model import Mention
from .base import (AT, ORDINAL, PERFECTIVE, Candidate, EventContext, leaders_listed, past_perfective, plain,
                   when_of)
from .visits import PARTY_SUFFIX, WHILE
from .participants import AND_THEN

SOURCE = "events.meeting"
SCORE = 1.0
RECEPTION = "events.reception"
CALL_ON = "events.call_on"       # 某某拜会某市委书记某某: the host chairs, the guest attends
RECEPTION_SCORE = 0.9
JOINT_HOLDERS = "、和"     # between two bodies that hold one meeting (某省党委、政府)
MAX_ADVERB = 2            # characters between a body and its verb of holding (再次, 专门, 联合)
# 第一批, 第二轮, 第三阶段: a round of a campaign opening its name
ROUND_OPENING = re.compile("第[一二三四五六七八九十0-9]+(?:批|轮|阶段)")
EXAMPLES_END = "等"     # 甲、乙论坛等活动: the items before it are examples of a kind
WITH, OF = "与", "的"     # 召开与某某的见面会: held with those between them
GENERIC_HEAD = "会议"       # a meeting of no kind: unnamed, it is named by the body that holds it
HOLDER_JOINS = ("联合", "会同", "与", "和", "及", "、")   # 某局联合某局召开…: bodies that hold it together
DAY_PARTS = ("上午", "下午", "晚上", "中午", "早上", "凌晨", "傍晚", "晚")   # after a day: its part (longest first)
PAIR_JOINS = ("·", "—", "-")      # between two places that open a meeting's name together (某市·某州…推进会)
MAX_UNNAMED_PLACE = 4     # characters of a place no recogniser names, between 在 and a meeting's verb
MAX_BARE_HOLDER = 8       # characters of a body's short form no place was found for (县委常委会, 镇人大主席团)
_BARE_HOLDER_ENDS = ("常委会", "主席团", "党组", "党委", "党工委", "政府", "政协", "人大", "委员会", "县委", "市委",
                     "区委", "州委", "省委", "镇委")
_JOINING_ADVERBS = ("", "并", "还", "又", "并且", "同时", "随后", "之后", "此后")
MAX_UNNAMED_ROOM = 12     # … or of a room, ending in the kind of room it is (县政府三楼会议室)
ROOM_AFTER_HEAD = ("室", "中心", "厅", "楼")   # after a meeting's head word: the room it names (会议室, 会议中心)
ROOM_ENDS = ("会议室", "报告厅", "礼堂", "会堂", "大厅", "多功能厅", "演播厅", "发布厅", "会议中心", "会场",
             "基地", "广场", "体育馆", "体育场",    # (… or of a ground: 某市民兵训练基地, 某某广场)
             "园", "园区",                         # (… or of a park: 在县现代种业园举行)
             # (… or of a hall for the public: 某市工人文化宫, 某某大剧院, 某某国际会展中心)
             "文化宫", "剧院", "会展中心", "展览中心", "文化中心", "活动中心", "文化馆", "图书馆", "博物馆", "纪念馆",
             "宾馆", "酒店", "饭店")
HELD_MANNER = ("胜利", "隆重", "圆满", "顺利", "正式", "盛大", "成功")   # 某某会议胜利闭幕: how, before the verb
_ON_TIME = ("如期", "按期", "就")     # 某某交流会如期在某地召开: kept its time (…就于某日: then, on that day)
_ON_DAY = "于"                       # 于2月6日: on the day that follows
VIA = "经"                 # 经某会议审议通过: the meeting a document went through
SUBMITTED_TO = ("提请", "提交", "报请")   # 决定提请常委会会议审议: a meeting still to deliberate
# 某某会议于3月16日在某地召开, 某某会议将于6月25日在Y举行: at the date after it, as scheduled
SCHEDULED = ("将于", "拟于", "定于", "计划于", "于")
CONVENE = "召开"            # 召开, 主持召开: a person who convenes a meeting of a kind chairs it
_SESSION_OF_BODY = re.compile(f"{ORDINAL}次(?:会议|全体会议)")     # 第二十次会议, a session, before its sittings
_ORDINAL_SESSION = re.compile(f"(?:[0-9]{{4}}年度?)?{ORDINAL}次")   # (2024年)第十次会议: a session by its number
_HELD_FORM = re.compile(r"以[^，。；：]{1,10}?(?:形式|方式)")   # 以视频(会议)形式, 以线上线下相结合的方式
_SESSION_ENDS = ("", "，", "。", "；")   # a study session's name closes its clause
STUDY_GROUP, MAX_STUDY_GROUP = "中心组", 8   # 理论学习中心组: a body's group that studies together
_TERM_OPENING = re.compile(r"第?[一二三四五六七八九十百〇零0-9]+届")   # 第十四届, 十四届: an assembly's term
NATIONAL_SCOPE = "全国"     # a meeting so named is the nation's, whoever acted in the sentences before
_ONE_OF_A_KIND = ("一次", "一场", "一个")     # 一次重要会议: a meeting described, not named
# a count of sessions right after a meeting's kind (培训班23期, 座谈会3场), or the kinds before it (各类培训班)
_ABOUT = "关于"      # 关于召开…会议的决定: a meeting a decision is about
_COUNTED_KIND = re.compile(r"(?:[0-9.]+[万千百]?|[一二两三四五六七八九十百千万]+)余?[期场次批轮]")   # (读书班1.3万期)
_LIST_MARK = "、"
_LASTING = re.compile(r"为期[0-9一二两三四五六七八九十半]+(?:天|日|周|个月|个半月|年)的")   # 为期3天的
_KINDS_OF = ("各类", "各种", "各级各类", "多场", "多期", "系列")
_AFTER_VERB = ("了", "的")   # particles between a verb of holding and the meeting's name
_STANDING = "常委会"
_WITH_PARTNERS = ("与", "同")     # 考察团一行与某市有关部门举行座谈会: with whom a visiting group meets
_GROUP_HOLDS = (CONVENE, "举行")   # a visiting group's meeting of a kind: 召开座谈会, 举行座谈会
# the people's organisations a congress is named by (共青团某县…, 某县妇女…) and their bodies (congress_holders.tsv)
_CONGRESS_HOLDERS = tuple(read_table("congress_holders.tsv"))
_OPENS, _FOLLOWS = "before", "after"
# 在圆满完成各项议程后, 完成大会全部议程后: a meeting's agenda done, before the verb of its closing
_AGENDA_DONE = re.compile(r"在?(?:圆满|顺利)?完成(?:了)?(?:大会|会议)?(?:各项|全部|所有|预定)?议程(?:之?后)?")
_CONGRESS_NUMBER = re.compile(f"{ORDINAL}[次届]")     # 第九次, 第五届: which congress
_ACT_DONE = re.compile(f"{PERFECTIVE}(?!解)")     # 讨论了…: a verb done (not 了解, a word)
_COMMITTEE_END = "委"
_PARTY_COMMITTEE = "PartyOrganization"
_SITTING_ENDS = ("，", "。", "；", "")
TOWARDS = "向"               # 某巡视组向某市委反馈…: to whom
MAX_FINDINGS_NAME = 16       # 反馈 | 第三轮中央生态环境保护督察 | 情况: the inspection named between verb and findings
FEEDBACK_SOURCE = "events.feedback"   # an inspection's findings handed over (a 反馈会)
FEEDBACK = "反馈"            # (…主持反馈会议 after it: the same meeting)
RESPECTIVELY = "分别"        # 甲市、乙市分别召开…会议: one meeting each
SERIAL_JOINS = ("和", "及", "、")   # 先后召开甲会议和乙会议: between meetings held one after the other
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
CHAIRS = "主持"              # 先后主持召开: the chair's verb between the adverb and the verb of holding


def find(ctx: EventContext) -> list[Candidate]:
    out: list[Candidate] = []
    for c in ctx.frame.clauses:
        ev = _held(ctx, c) or _reception(ctx, c) or _talks(ctx, c) or _called_on(ctx, c) or _feedback(ctx, c)
        if ev is not None and plain(ev.label) == GENERIC_HEAD and _meeting_told(out, ev):
            continue    # 现场推进会在某县召开。与会人员观摩了…。随后召开会议: the sitting of the meeting told
        if ev is not None:
            out.extend(_joint(ctx, c, ev))
        elif out:
            _held_there(ctx, c, out[-1])
    return out


def _meeting_told(found: list[Candidate], ev: Candidate) -> bool:
    """Whether a meeting was told of in the paragraph before or this one (a bare 会议 held next is its sitting)."""
    return any(e.type == "Meeting" and not e.mention_only and e.sentence.paragraph >= ev.sentence.paragraph - 1
               for e in found)


def _held_there(ctx: EventContext, c: Clause, last: Candidate) -> None:
    """会议在宁波市鄞州区召开, 会议由某厅主办，在某区召开: a sentence about the meeting just named (in its
    sentence or the next) says where it was held; a place inside the one it had (its organiser's) is it."""
    if c.sentence.index - last.sentence.index > 1 or not ctx.text.startswith(_THE_MEETING, c.sentence.start):
        return
    verbs = ctx.cues("Meeting", "verb")
    at = c.text.find(AT)
    if at < 0 or not c.text[at:].rstrip("。").endswith(verbs):
        return
    chain = chain_at(c, c.start + at + len(AT), ctx.frame.entities.parents)
    venue = chain[-1] if chain and is_place(chain[-1]) else None
    held = last.slot("place")
    if venue is None or (held is not None and held.key == venue.key):
        return
    if held is None or is_within(venue, held, ctx.frame.entities.parents):
        last.slots = [(r, m) for r, m in last.slots if r != "place"] + [("place", venue)]
        last.place_guessed = False


_NEXT_ONE = re.compile(rf"(?:下一?|{ORDINAL})[次届][\u4e00-\u9fff]{{0,4}}$")
MAX_ANNOUNCED = 6        # characters between 宣布 and the head of what it opens (宣布本届论坛开幕)
ANNOUNCE = "宣布"        # 某某宣布大会开幕, 某市宣布下届运动会将于…举办: who opens or announces a gathering
_THE_MEETING = "会议"      # 会议在某地召开: the meeting just named, held there (AT)

_NOT_IN_HELD_NAME = frozenset({"对"})   # a preposition of the clause (会议同时对…), in no name


def _across_titles(name: str) -> bool:
    """A name running across titles' brackets (…研究部署工作》、《…交流会): not one; 《民法典》宣讲会 is."""
    opens, closes = name.count("《"), name.count("》")
    return opens != closes or (closes and name.find("》") < name.find("《"))
_FOR_ITS_SAKE = ("为助力", "助力", "为迎接", "迎接", "为确保", "确保", "为保障", "保障")   # 为确保大会顺利召开: a purpose


def _feedback(ctx: EventContext, c: Clause) -> Candidate | None:
    """省委第三巡视组向某市委反馈巡视情况: an inspection team hands its findings to the body it
    inspected at a meeting (the 反馈会), held where that body is; the team holds it, the body
    attends. Named by the clause from the team to what is handed over. So do teams written with their
    count, to a list (县委三个巡察组分别向甲镇、乙镇党委反馈巡察情况), or to bodies no recogniser names (8个市委巡察组分别向
    23个被巡察党组织进行了现场反馈), where the team's place is the meeting's."""
    pattern = _feedback_pattern(ctx.cues("Meeting", "feedback"), ctx.cues("Meeting", "findings"))
    m = pattern.search(c.text)
    if m is None:
        return None
    at = c.start + m.start()
    # (the team, and how it hands over: 分别, 集中 between it and 向)
    team = next((t for t in reversed(c.mentions) if is_agent(t) and t.end <= at
                 and c.between(t.end, at) in _HANDED_OVER), None)
    if team is None:
        return None
    verb_at = c.start + m.start("verb") - len(m.group("how") or "")
    # the bodies handed to: those ending at a list mark or at the verb (甲镇、乙镇党委; 某区某镇党委: the last of a chain)
    # (甲镇、乙镇党委: a township first, for its body)
    bodies = [t for t in c.mentions if (is_agent(t) or t.label in _HANDED_TO_PLACES) and at + len(TOWARDS) <= t.start
              and t.end <= verb_at and (t.end == verb_at or ctx.text[t.end:t.end + 1] in _FEEDBACK_LIST)]
    if not bodies and m.group("findings") is None and not m.group("how"):
        return None      # (向…反馈 with no body named, no findings, no 进行了现场: too little to say it is one)
    place = ctx.place_of(bodies[0]) if len(bodies) == 1 else None
    ev = meeting(ctx, c, team.start, c.start + m.end(), [team], place, source=FEEDBACK_SOURCE)
    ev.slots += [("attendee", b) for b in bodies]
    return ev


_HANDED_OVER = ("", "分别", "集中", "统一", "逐一", "近日", "日前")   # between the team and 向
_FEEDBACK_LIST = "、和及"     # between the bodies handed to
_HANDED_TO_PLACES = ("Township", "County", "Village")     # 向甲镇、乙镇党委反馈: a place standing for its body


@lru_cache(maxsize=4)
def _feedback_pattern(verbs: tuple[str, ...], findings: tuple[str, ...]) -> re.Pattern:
    # (进行了现场反馈: the findings unsaid, the clause ends with the verb)
    return re.compile(f"{TOWARDS}[^，。；]{{2,40}}?(?P<how>(?:进行了?)?(?:现场|集中|统一)?)(?P<verb>{'|'.join(verbs)})"
                      f"(?:了?[\u4e00-\u9fff]{{0,{MAX_FINDINGS_NAME}}}?(?P<findings>{'|'.join(findings)})"
                      f"|(?=[，。；]|$))")


def _joint(ctx: EventContext, c: Clause, ev: Candidate) -> list[Candidate]:
    """县委常委会议暨…领导小组会议: two meetings held as one, when each part is a meeting's name;
    先后主持召开县政府常务会议和县长办公会议: two held one after the other (``Meeting serial``
    before the verb), each part a meeting's name."""
    joiners = ctx.cues("Meeting", "joint") + (SERIAL_JOINS if _serial(ctx, c, ev) else ())
    found = _split_joint(ev, ctx.cues("Meeting", "head"), joiners, ctx.text[ev.start:ev.end])
    return _each_holder(ctx, c, found[0]) if len(found) == 1 else found


def _each_holder(ctx: EventContext, c: Clause, ev: Candidate) -> list[Candidate]:
    """甲市、乙市等分别召开主题教育动员部署会议: a meeting of each holder, where each is (分别: respectively)."""
    holders = [m for r, m in ev.slots if r == "organizer"]
    before = _before_verb(ctx, c, ev)
    if len(holders) < 2 or before is None or not before.endswith(RESPECTIVELY):
        return [ev]
    out = []
    for holder in holders:
        place = ctx.place_of(holder)
        slots = [(r, m) for r, m in ev.slots if r not in ("organizer", "place")] + [("organizer", holder)]
        out.append(replace(ev, slots=slots + ([("place", place)] if place is not None else []), aliases=set(ev.aliases)))
    return out


def _split_joint(ev: Candidate, heads: tuple[str, ...], joiners: tuple[str, ...], said: str) -> list[Candidate]:
    label = plain(ev.label)
    if not label.endswith(heads):
        return [ev]
    # (the first joiner after a meeting's name: 甲会议、乙会议和丙会议 is three)
    splits = sorted((i, j) for j in joiners for i in _finds(label, j) if i > 0 and label[:i].endswith(heads))
    for i, j in splits[:1]:
        # (the label may open with its body's place the text leaves out: 泸县政府… for 县政府…)
        k = i - (len(label) - len(said)) if said and label.endswith(said) else i
        joint = ev.start if ev.joint_of < 0 else ev.joint_of
        first, second = replace(ev, label=ev.label[:i], end=ev.start + k, aliases=set(), joint_of=joint), \
            replace(ev, label=ev.label[i + len(j):], start=ev.start + k + len(j), aliases=set(),
                    slots=list(ev.slots), joint_of=joint)
        return [first] + _split_joint(second, heads, joiners, said[k + len(j):])
    return [ev]


def _finds(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def _serial(ctx: EventContext, c: Clause, ev: Candidate) -> bool:
    """Whether the verb right before the name is told of meetings held one after another (先后召开,
    分别主持召开, 相继举行)."""
    before = _before_verb(ctx, c, ev)
    if before is None:
        return False
    before = before[:-len(CHAIRS)] if before.endswith(CHAIRS) else before
    return before.endswith(ctx.cues("Meeting", "serial"))


def _before_verb(ctx: EventContext, c: Clause, ev: Candidate) -> str | None:
    """The clause's words before the verb of holding right before the name (召开了…), None with no such verb."""
    before = ctx.text[c.start:ev.start].rstrip("了")
    verb = next((v for v in ctx.cues("Meeting", "verb") if before.endswith(v)), None)
    return before[:-len(verb)] if verb is not None else None


def head_spans(text: str, heads: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every place a meeting name may end; of two overlapping heads the one reaching
    further wins (部署会议 ends in 会议, not in 部署会)."""
    found = []
    for h in heads:
        i = text.find(h)
        while i >= 0:
            found.append((i, i + len(h), h))
            i = text.find(h, i + 1)
    keep = [f for f in found if not any(o[0] > f[0] and o[0] < f[1] < o[1] or
                                        (o[0] <= f[0] and f[1] <= o[1] and o != f and o[1] - o[0] > f[1] - f[0])
                                        for o in found)
            and not text.startswith(ROOM_AFTER_HEAD, f[1])      # (第一会议室, 会议中心: a room, no meeting)
            # (某区第四届人代会第二次会议: the session's name goes on after the congress's short name)
            and not (f[2] == _CONGRESS_SHORT and _SESSION_AFTER.match(text, f[1]))]
    return sorted(set(keep))


# 第二次会议, 第三次全体会议: a session of the assembly or congress named right before it
_SESSION_AFTER = re.compile(r"第[0-9一二三四五六七八九十]+次(?:全体)?会议")
_CONGRESS_SHORT = "人代会"


def _chairing_on(ctx: EventContext, c: Clause, vs: int, verb: str) -> list[Mention]:
    """某某到某区调研，并主持召开…: a clause going on (并) with chairing the meeting (主持 before the verb of holding
    at ``vs``) is the act of the person the clause before opens with; else nobody."""
    # (并召开座谈会 too: who convenes a meeting of a kind chairs it, as 某某在某地召开座谈会 does)
    if not c.text.startswith(AND_THEN) or not c.index or not (
            CHAIRS in c.text[:vs + len(verb)] or c.text[len(AND_THEN):].startswith(CONVENE)):
        return []
    prev = ctx.frame.clauses[c.index - 1]
    if prev.sentence is not c.sentence:
        return []
    return [m for m in prev.mentions if m.label == "Person"][:1]


def _held(ctx: EventContext, c: Clause) -> Candidate | None:
    verbs = ctx.cues("Meeting", "verb")
    held = verbs + ctx.cues("Meeting", "opens")     # what follows a meeting's name and place
    chairs = ctx.cues("Event", "chair")
    verbs = verbs + chairs       # 某某主持反馈会议, 主持国务院常务会议: a named meeting its chair holds
    studying, study_heads = ctx.cues("Meeting", "study"), ctx.cues("Meeting", "study_head")
    verbs = verbs + studying     # 某中心组开展第三次集体学习: held, though 开展 holds no other meeting
    sittings = ctx.cues("Meeting", "sitting")
    heads = head_spans(c.text, ctx.cues("Meeting", "head"))
    # 某县委召开常委会，研究…: the standing committee convened, named by the body alone (elsewhere 常委会 is
    # the body: 市人大常委会主任, 省委常委会(扩大)会议)
    if _STANDING in c.text:
        heads += [(k + len(v), k + len(v) + len(_STANDING), _STANDING) for v in ctx.cues("Meeting", "verb")
                  for k in _finds(c.text, v + _STANDING)
                  if c.text[k + len(v) + len(_STANDING):k + len(v) + len(_STANDING) + 1] in _SITTING_ENDS]
        # 主持召开市委常委会，…: the body's standing committee, written with the body, convened
        heads += [(m.end - c.start, m.end - c.start + len(_STANDING), _STANDING) for m in c.mentions
                  if m.label == _PARTY_COMMITTEE and ctx.text.startswith(_STANDING, m.end)
                  and c.text[m.end - c.start + len(_STANDING):m.end - c.start + len(_STANDING) + 1] in _SITTING_ENDS
                  and ctx.text[:m.start].endswith(ctx.cues("Meeting", "verb"))]
    if not heads:
        return None
    heads.sort()
    # X召开<name>: the name runs from the verb to the last head after it
    for vs, ve, verb in ctx.find(c.text, verbs):
        after = [h for h in heads if h[0] >= ve]
        if not after or c.text.endswith(_ABOUT, 0, vs):
            continue      # (审议通过了关于召开某会议的决定: what a decision is about, no meeting held)
        h = after[-1]
        relayed = [h2 for h2 in after[:-1] if any(w in c.text[h2[1]:h[0]] for w in ctx.cues("Meeting", "relay"))]
        if relayed:
            h = relayed[0]    # 召开党组会议传达学习某某会议精神: the meeting held ends before the one relayed
        if c.text.startswith(EXAMPLES_END, h[1]) or (c.text.startswith(_LIST_MARK, h[1])
                                                     and EXAMPLES_END in c.text[h[1]:]):
            continue          # 将举办祭孔大典、某某论坛等30余项活动, 召开民主生活会、整改落实等环节: examples of
            #                   what is held, no meeting named
        if _routine(ctx, c.text[:vs]):
            continue          # 工作组每周一召开例会, 定期召开联席会议: how often a kind is held, no meeting held
        if ctx.find(c.text[:vs], ctx.cues("Milestone", "future")) and not c.times:
            continue          # 同志要带头讲党课、带头召开专题组织生活会: what is to be held, no meeting held (undated)
        if _COUNTED_KIND.match(c.text, h[1]) or c.text.startswith(_KINDS_OF, ve) \
                or _COUNTED_KIND.match(c.text, past_perfective(c.text, ve)):     # (召开了3次专题座谈会)
            continue          # 共举办各类干部培训班23期, 举办读书班2期, 每月开展1次集中学习: a kind held so many
            #                   times, no one meeting (第三次集体学习 is one: an ordinal)
        if verb in studying and (h[2] not in study_heads or c.text[h[1]:h[1] + 1] not in _SESSION_ENDS):
            continue     # (开展学习贯彻…会议精神: an activity, no meeting held)
        if c.text[:vs].endswith(AT) and c.text.startswith(WHILE, h[1]):
            continue     # 传达学习某某在主持…集体学习时的重要讲话精神: a speech given at a meeting before, named in passing
        ns, ne = c.start + ve, c.start + h[1]
        if _across_titles(ctx.text[ns:ne]):
            continue     # 学习了《…召开会议 研究部署…》、《…交流会上的讲话》: titles read, no name runs across them
        if c.text[ve:ve + 1] in _AFTER_VERB:
            ns += 1          # 召开了…, 随后召开的汇报会: the particle is no part of the name
        lasting = _LASTING.match(ctx.text, ns)
        if lasting is not None and lasting.end() < ne:
            ns = lasting.end()   # 举办为期3天的某某读书班: how long it lasts is no part of its name
        if ctx.text.startswith(_ONE_OF_A_KIND, ns):
            continue         # 某某会议是一次承前启后的重要会议: what a meeting named before is, no name
        partners = []
        if ctx.text.startswith(WITH, ns) and (of := ctx.text.find(OF, ns, ne - len(h[2]))) > ns \
                and ne - of - 1 > len(h[2]):
            # 召开与某省委书记某某的见面沟通会: those it is held with attend; its name follows 的
            partners = [m for m in c.mentions if m.label == "Person" and ns < m.start and m.end <= of]
            ns = of + 1
        subjects = [m for m in c.subjects if is_agent(m) and m.end <= c.start + vs] or [
            w for m in c.subjects[:1] if m.attr("inside") for w in c.mentions
            if w.start == m.start and w.end > m.end and w.end <= c.start + vs and is_agent(w)][:1]
        # (湖北省委教育工委召开…: the clause's subject read as 湖北省委, inside the body's longer name)
        if not subjects and c.text.startswith(OF, ve):
            # 记者从某省政府新闻办召开的新闻发布会上获悉: the body right before 召开的 holds it
            subjects = [m for m in c.mentions if m.end == c.start + vs and is_org(m) and not m.attr("inside")
                        and not c.text[:m.start - c.start].endswith("在")][:1]
        label = None
        convened = False      # by a person (某某在某地召开座谈会): who convenes it chairs it
        group = None          # by a visiting group named bare (检查组在某市召开座谈会)
        holder = _holder_span(ctx, subjects)
        if verb in chairs and (ne - ns <= len(h[2]) or not any(
                p.label == "Person" and p.end <= c.start + vs for p in c.mentions)):
            continue     # 主持会议, 主持座谈会: the chair of a meeting named before (a participant)
        if ne - ns <= len(h[2]):
            # 省委常委会召开会议: a meeting without a name is named by the body that holds it
            # (a body: 某区召开会议 says too little to name a meeting), and the sitting of the
            # body written between them (某旗委常委会召开会议: 某旗委常委会 | 会议)
            if c.text[ve:h[0]].strip("了"):
                continue
            if holder is None or not is_org(subjects[-1]):
                # 某某主持召开座谈会, 某某在某局召开座谈会: a meeting of a kind (not the bare 会议) a
                # person named before chairs; the kind is all the name it has
                group = _group_opening(ctx, c, vs)
                unnamed = _convened_unnamed(ctx, c, vs, verb, h[2])
                if group is not None and h[2] != GENERIC_HEAD and verb.endswith(_GROUP_HOLDS):
                    # 检查组在某市召开座谈会: a visiting group (named bare) holds it; its chair is told after
                    label = group + ctx.text[ns:ne]
                elif unnamed is not None:
                    # 市长某某主持召开会议，研究…: the meeting of the body the chair's post is in
                    label = unnamed.canonical + h[2]
                    subjects = [unnamed]
                    convened = True
                elif holder is not None and is_place(subjects[-1]) and h[2] != GENERIC_HEAD \
                        and verb.endswith(CONVENE) and not c.text[holder[1] - c.start:vs].strip():
                    # 某县召开座谈会: a meeting of a kind the place holds, named with the place (a bare
                    # 会议 of a place's says too little, above)
                    label = ctx.text[holder[0]:holder[1]] + ctx.text[ns:ne]
                elif h[2] == GENERIC_HEAD or not verb.endswith(CONVENE) or not (any(
                        p.label == "Person" and p.end <= c.start + vs for p in c.mentions)
                        or _chairing_on(ctx, c, vs, verb)):
                    continue
                else:
                    label = ctx.text[ns:ne]
                    convened = True
            else:
                sitting = next((w for w in sittings if ctx.text.startswith(w, holder[1])), "")
                label = ctx.text[holder[0]:holder[1]] + sitting + ctx.text[ns:ne] \
                    + (GENERIC_HEAD if h[2] == _STANDING else "")      # (召开常委会: the 常委会会议)
        elif holder is not None and is_org(subjects[-1]) and (ctx.text.startswith(sittings, ns)
                                                              or _ORDINAL_SESSION.match(ctx.text, ns)) \
                and is_han(between := ctx.text[holder[1]:c.start + vs]) \
                and (len(between) <= MAX_ADVERB or _study_group(between) or between in sittings
                     or _SESSION_OF_BODY.fullmatch(between)):
            # 某旗委召开党组会议: a sitting's meeting is named with the body whose sitting it is; so is a
            # session named by its number alone (某县第十七届人大常委会召开第十次会议), a study
            # session by the body's study group that holds it (某区委理论学习中心组举行2024年第三次集体学习),
            # and an enlarged sitting by the sitting (某区委常委会召开扩大会议: 某区委常委会扩大会议)
            # (某市人大常委会第二十次会议举行第一次全体会议: the session's plenary sitting, named with the session)
            label = ctx.text[holder[0]:holder[1]] + (between if _study_group(between) or between in sittings
                                                     or _SESSION_OF_BODY.fullmatch(between) else "") + ctx.text[ns:ne]
        # the body the name starts with (市长某某主持召开市政府常务会议) holds it when the
        # clause does not open with one
        inside = [m for m in c.mentions if m.start == ns and m.end < ne and is_agent(m)]
        if inside and subjects and inside[0].canonical.startswith(subjects[-1].canonical):
            subjects = inside[:1]    # 某厅召开厅党组会议: the part the name opens with holds it
        organizers = subjects or inside or _office_whole(c) or \
            [m for m in c.agents if m.end <= c.start + vs] or list(c.agents)
        if subjects:
            organizers = organizers + _joined_holders(ctx, c, subjects[-1], c.start + vs)
        place = place_held_in(ctx, c, c.subject_end if subjects else c.start, c.start + vs)
        if place is None and c.locative is not None and c.locative.end <= c.start:
            # 在某县法院，某某主持召开座谈会: the place the sentence opens with (a body's, where the body is)
            place = c.locative if is_place(c.locative) else ctx.place_of(c.locative) if is_org(c.locative) else None
        ev = meeting(ctx, c, ns, ne, organizers, place)
        # (定于12月28日召开某会议: a meeting to come, named with its day; those present attend the one at hand)
        ev.mention_only = any(w in c.text[:vs] for w in ctx.cues("Meeting", "planned"))
        if label is None and h[2] == _STANDING:
            ev.label += GENERIC_HEAD     # (召开市委常委会: the 市委常委会会议)
        if convened and place is None:
            # (某某主持召开座谈会 on a tour: where the chair's body is, a guess the tour's place betters)
            ev.place_guessed = True
        if label is not None:
            ev.label = label
        ev.named_by_chair = verb in chairs
        ev.by_group = group is not None
        ev.slots += [("attendee", p) for p in partners]
        if verb.startswith(chairs) or convened or (verb == CONVENE and c.text.startswith(AND_THEN)) \
                or _arranged_by_person(ctx, c, vs, verb):
            chairs = [p for p in c.mentions if p.label == "Person" and p.end <= c.start + vs][-1:]
            if not chairs:
                chairs = _chairing_on(ctx, c, vs, verb)     # 某某到某区调研，并主持召开座谈会: the visitor chairs it
            ev.slots += [("chair", p) for p in chairs]
            # 他主持召开…: the person of the event named before chairs it, where it took place
            ev.chair_pronoun = not chairs and any(w in c.text[:vs] for w in ctx.cues("Event", "pronoun"))
        elif (sides := _two_sides(ctx, c, vs)) is not None:
            # 市委书记甲与某行党委书记、行长乙一行举行工作会谈: both sides at it, the first's body holding it
            host, persons = sides
            ev.slots = [(r, m) for r, m in ev.slots if r != "organizer"] + [("organizer", host)]
            ev.slots += [("attendee", p) for p in persons if all(p.key != m.key for _r, m in ev.slots)]
            if ev.slot("place") is None and (place := ctx.place_of(host)) is not None:
                ev.slots.append(("place", place))     # (where the host is)
        return ev
    # <name>(在Y)召开
    for hs, he, hw in heads:
        if _COUNTED_KIND.match(c.text, he):
            continue     # 学校党委举办读书班2期: a kind held so many times, no one meeting
        if ANNOUNCE in c.text[max(0, hs - MAX_ANNOUNCED):hs]:
            continue     # 某某宣布大会开幕: who opens the meeting named before (an attendee), no meeting named
        at_time = next((w for w in SCHEDULED if c.text.startswith(w, he)), "")
        if at_time and any(t.start == c.start + he + len(at_time) for t in c.times):
            if _NEXT_ONE.match(ctx.text, ctx.name_start(c), c.start + hs):
                continue        # 下一次联席会议将于…, 第四次联席会议将于…: which one of a series, no name of its own
            he += len(at_time)  # 某某会议于3月16日在某地召开: the preposition before the date
        quoted = c.text.startswith(_QUOTE_CLOSE, he) and _QUOTE_OPEN in c.text[:hs]
        if quoted:
            he += len(_QUOTE_CLOSE)     # “某某投资推介会”在某地举行: the name quoted whole, then where and the verb
        # (某某交流会如期在某馆召开, 某某招聘会就于2月6日在某局举行: how it kept its time, before the date and place)
        he += next((len(w) for w in _ON_TIME if c.text.startswith(w, he)), 0)
        if c.text.startswith(_ON_DAY, he) and any(t.start == c.start + he + len(_ON_DAY) for t in c.times):
            he += len(_ON_DAY)
        for t in c.times:       # “…”推介会9日在杭州召开: the date between name and verb
            if t.start == c.start + he:
                he = t.end - c.start
                # (…会议5日上午在某地开幕: and the part of the day)
                he += next((len(w) for w in DAY_PARTS if c.text.startswith(w, he)), 0)
        rest = c.text[he:]
        if (done := _AGENDA_DONE.match(rest)) is not None:
            rest = rest[done.end():]     # 某某代表大会在圆满完成各项议程后胜利闭幕: its closing, held all the same
        place = None
        tail = rest
        if rest.startswith("在"):
            chain = chain_at(c, c.start + he + 1, ctx.frame.entities.parents)
            if chain:
                place = chain[-1]
                tail = c.text[place.end - c.start:]
            # 在(浙江)乌镇开幕: a place no recogniser names (a town of a county the article does
            # not name) between 在 and the verb; the meeting is held all the same
            room = _past_unnamed_place(tail if chain else tail[1:], held)
            if room is not None and place is not None and is_org(place) and not tail.startswith(held):
                place = ctx.place_of(place)     # 在市委报告厅召开: a room of the body's, where the body is
            tail = room or tail
        form = _HELD_FORM.match(tail)
        if form is not None and tail.startswith(held, form.end()):
            tail = tail[form.end():]     # 某某会议以视频(会议)形式召开: the form it was held in, before the verb
        manner = next((w for w in HELD_MANNER if tail.startswith(w) and tail.startswith(held, len(w))), "")
        tail = tail[len(manner):]    # 某某会议胜利闭幕, 在某市隆重开幕: how it was held, before the verb
        ns = ctx.name_start(c)
        # 决定某会议12月28日召开: a meeting to come, decided at the one at hand
        planned = next((w for w in ctx.cues("Meeting", "planned") if ctx.text.startswith(w, ns)), "")
        ns += len(planned)
        if ctx.text.startswith(_FOR_ITS_SAKE, ns):
            continue     # 为助力某市旅发大会在某县成功举办，…: what is done for a gathering to come, none held here
        # (会议决定，某会议于12月28日召开: what the clause before decides)
        planned = planned or next((w for w in ctx.cues("Meeting", "planned")
                                   if ctx.text[c.sentence.start:ns].rstrip("，,：: ").endswith(w)), "")
        if _acted_on(ctx, c, ns, c.start + hs):
            continue     # 某某出席大会开幕式, 某某对大会胜利召开表示祝贺, 讨论了…、大会选举办法: the meeting at hand
        # 《某条例》于某日经某市人大常委会第十四次会议审议通过: a meeting told in passing, after 于某日经
        went_through = ctx.text.endswith(VIA, 0, ns) and any(t.end == ns - len(VIA) for t in c.times)
        verb_inside = next(((i, v) for v in ctx.cues("Meeting", "verb")
                            if (i := ctx.text.find(v, ns, c.start + hs)) >= 0), None)
        unnamed_holder = None
        if verb_inside is not None:
            # 县委常委会召开会议 (a body no place was found for): the body's meeting, named without the
            # verb; 并召开座谈会听取…汇报: the verb alone before it, no name
            holder_words = ctx.text[ns:verb_inside[0]]
            if holder_words.startswith(AT) and holder_words[len(AT):] in _JOINING_ADVERBS[1:] \
                    and ctx.text[verb_inside[0] + len(verb_inside[1]):].startswith(OF):
                holder_words = ""    # (在随后召开的座谈会上: the setting of what is said next, held all the same)
            if (at := holder_words.find(AT)) >= 0 and holder_words[:at] in _JOINING_ADVERBS and is_han(holder_words):
                site_at = ns + at + len(AT)
                site = next((m for m in c.mentions if m.start == site_at and m.end == verb_inside[0]
                             and (is_org(m) or is_place(m))), None)
                if holder_words.endswith(ROOM_ENDS):
                    holder_words = holder_words[:at]    # (并在电厂会议室召开座谈会: a room where it is held, no holder)
                elif site is not None:
                    # (随后在区管委会召开了座谈会: where it is held, a body's seat or a place; no holder)
                    holder_words = holder_words[:at]
                    place = place or (ctx.place_of(site) if is_org(site) else site)
            if holder_words in _JOINING_ADVERBS:
                holder_words = ""    # (召开座谈会听取…, 并召开座谈会: the kind of meeting is all its name)
            elif not (is_han(holder_words) and 2 <= len(holder_words) <= MAX_BARE_HOLDER
                      and holder_words.endswith(_BARE_HOLDER_ENDS)):
                continue
            after_verb = verb_inside[0] + len(verb_inside[1])
            if ctx.text[after_verb:after_verb + 1] in _AFTER_VERB:
                after_verb += 1      # 随后召开的座谈会上: the particle is no part of the name
            if _COUNTED_KIND.match(ctx.text, after_verb):
                continue     # (大会主席团召开了四次会议: the sittings it held, counted, no one meeting)
            unnamed_holder = (holder_words, after_verb)
        verb_held = next((w for w in held if tail.startswith(w)), None)
        if verb_held is not None and tail.startswith(OF, len(verb_held)) and place is None:
            continue     # 围绕…全会召开的重大意义进行阐释: the holding named as a noun's, no meeting told held
        held_next = _held_next(ctx, c, held) if not tail.startswith(held) and place is None \
            and unnamed_holder is None else None
        if held_next is not None:
            place = held_next[0]     # <name>圆满完成各项议程，在Y闭幕: held where the next clause says
        elif not tail.startswith(held) and unnamed_holder is None:
            # <name>常务会议审议通过…: a named meeting at the head of the clause, acting
            # (not 落实…全会部署: a meeting relayed, named in passing)
            if place is not None or not tail.startswith(ctx.cues("Meeting", "act")) or \
                    any(w in c.between(ns, c.start + hs) for w in ctx.cues("Meeting", "relay") + SUBMITTED_TO):
                continue
        ne = c.start + hs + len(hw)
        if _across_titles(ctx.text[ns:ne]):
            continue     # (a name runs across no title's bracket)
        if any(t.word in _NOT_IN_HELD_NAME and t.tag.startswith(("p", "d", "c"))
               for t in ctx.tokens_in(ns, c.start + hs)):
            continue     # 会议同时对某议事会第二次会议表决通过的…: what the meeting at hand did, no name runs over 对
        if quoted and ctx.text.startswith(_QUOTE_OPEN, ns):
            ns += len(_QUOTE_OPEN)      # (the name without the quotes it is written in)
        if ne - ns <= len(hw):
            continue
        # the body the name starts with holds it (山西省“…”会议在太原召开); one inside the
        # name (某某代表团…座谈会) does not
        inside = [m for m in c.mentions if m.start == ns and m.end <= ne and is_agent(m)]
        if not inside and (term := _TERM_OPENING.match(ctx.text, ns)):
            # 第十四届全国人民代表大会第二次会议: the assembly the term opens (no place before it)
            # (十四届某县委第三轮巡察工作动员部署会: the Party committee of that term)
            inside = [m for m in c.mentions if m.start == term.end() and m.end <= ne and is_agent(m)
                      and (m.canonical.endswith(ASSEMBLY_HEADS) or (m.label == _PARTY_COMMITTEE and m.canonical.endswith(
                          _COMMITTEE_END)))]     # (第二十届某某博览会: an edition, no term)
        if inside and inside[0].canonical in THE_PARTY:
            # 中国共产党某省第八次代表大会: the congress of the place the name goes on with
            inside = [m for m in c.mentions if m.start == inside[0].end and m.end <= ne and is_place(m)] or inside
        inside = _congress_holder(ctx, c, ns, ne) or inside
        if inside and is_place(inside[0]):
            # 上海市 | 虹口区第十六届人民代表大会第四次会议: the body named right after the place it is in holds it
            inside = [m for m in c.mentions if m.start == inside[0].end and m.end <= ne and is_org(m)][:1] or inside
        organizers = inside[:1] or ([] if ctx.text.startswith(NATIONAL_SCOPE, ns) else _office_whole(c)
                                    or list(c.agents))
        # (全国某某表彰大会在北京召开 after 我市获评…: a national meeting, not the acting place's)
        if inside and ctx.text[inside[0].end:inside[0].end + 1] in PAIR_JOINS:
            # 某市·某州东西部协作推进会: the two places the name opens with, joined, hold it together
            organizers += [m for m in c.mentions if m.start == inside[0].end + 1 and m.end < ne and is_agent(m)][:1]
        ev = meeting(ctx, c, ns, ne, organizers, place)
        # (a meeting a document went through, told in passing: those who speak next speak at the report's gathering)
        ev.gone_through = went_through
        # (one to come is named with its day, and those present attend the meeting at hand)
        ev.mention_only = ev.mention_only or bool(planned)
        if held_next is not None and held_next[1] is not None and not ev.when:
            ev.when, ev.relative, ev.vague = when_of(held_next[1]), (), {}
        if unnamed_holder is not None:
            ev.label = unnamed_holder[0] + ctx.text[unnamed_holder[1]:ne]
        # (the clause's agent inherited from a sentence before: a guess the hosts named later replace)
        ev.organizer_guessed = not inside and c.inherited and bool(organizers) and organizers == list(c.agents)
        if inside and inside[0].start == ns and ne - inside[0].end > len(hw):
            # 山西省“…”会议在太原召开: the same meeting reads “…”会议 where the body
            # stands before the verb (山西省召开“…”会议); keep that form as an alias
            ev.aliases.add(ctx.text[inside[0].end:ne])
        return ev
    return None


def _two_sides(ctx: EventContext, c: Clause, vs: int) -> tuple[Mention, list[Mention]] | None:
    """The host's body and the persons of a clause opening 甲与乙(一行) before the verb at ``vs`` (甲 named first with
    his posts, 乙 after 与 with his): a talk of two sides; else None."""
    persons = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
    if len(persons) < 2 or not c.between(persons[0].end, persons[1].start).startswith(WITH):
        return None
    if c.between(persons[-1].end, c.start + vs).strip() not in _SIDE_ENDS:
        return None
    host = ctx.post_org(persons[0])
    return (host, persons) if host is not None else None


_SIDE_ENDS = ("", "一行", "等", "等一行")     # 乙一行举行: the guest's party closes the list before the verb


def _routine(ctx: EventContext, before: str) -> bool:
    """A word of how often (每周, 每月一次, 定期) in the words right before the verb of holding."""
    return any(len(before) - ve <= _ROUTINE_GAP for _vs, ve, _w in ctx.find(before, ctx.cues("Meeting", "routine")))


_ROUTINE_GAP = 4     # characters between the word of how often and the verb (每周一, 每月至少)


def _acted_on(ctx: EventContext, c: Clause, ns: int, hs: int) -> bool:
    """Whether the words before a meeting's head at ``hs`` (from ``ns``) are a person's act on the meeting at
    hand or a list it is one item of, not its name: a person and a verb of attending or a preposition after
    him (某某出席大会开幕式, 某某首先对县工会第十次代表大会…表示祝贺), 向/对 right before it (向大会致贺词), a verb
    with its particle (讨论了工作报告、大会选举办法) or a list mark (…、大会)."""
    before = ctx.text[ns:hs]
    if before.endswith(ctx.cues("Meeting", "towards") + (_LIST_MARK,)):
        return True
    held = ctx.cues("Meeting", "verb")
    # (随后召开了座谈会: the verb of holding it, done, is no act on a meeting named before)
    if any(not before.endswith(held, 0, m.start()) for m in _ACT_DONE.finditer(before)):
        return True
    acts = ctx.cues("Event", "attendee") + ctx.cues("Meeting", "towards")
    return any(p.label == "Person" and ns <= p.start and p.end <= hs
               and any(w in ctx.text[p.end:hs] for w in acts) for p in c.mentions)


def _congress_holder(ctx: EventContext, c: Clause, ns: int, ne: int) -> list[Mention]:
    """共青团某县第二十次代表大会, 某县妇女第十五次代表大会: the congress of a people's organisation the name tells
    by the people it gathers is held by the place's body of them (某县团委, 某县妇联) where the article names it,
    else by the place; [] for another name."""
    for position, word, body in _CONGRESS_HOLDERS:
        if position == _OPENS and ctx.text.startswith(word, ns):
            place = next((m for m in c.mentions if m.start == ns + len(word) and m.end < ne and is_place(m)), None)
        elif position == _FOLLOWS:
            # (某市第九次妇女代表大会: the congress's number may stand between the place and the word)
            place = next((m for m in c.mentions if m.start == ns and m.end < ne and is_place(m)
                          and ctx.text.startswith(word, (n.end() if (n := _CONGRESS_NUMBER.match(ctx.text, m.end))
                                                         else m.end))), None)
        else:
            continue
        if place is None:
            continue
        named = place.canonical + body
        return [next((m for m in ctx.frame.entities.mentions if is_org(m) and m.canonical == named), place)]
    return []


def _convened_unnamed(ctx: EventContext, c: Clause, vs: int, verb: str, head: str) -> Mention | None:
    """市长某某主持召开会议，研究部署…: a bare 会议 its chair convenes, in an article whose headline names no
    meeting (which the chair's would be): the body of the chair's post, which holds it."""
    title = ctx.frame.article.title
    if head != GENERIC_HEAD or not verb.endswith(CONVENE) or not title \
            or any(h in title for h in ctx.cues("Meeting", "head")):
        return None
    person = next((p for p in reversed(c.mentions) if p.label == "Person" and p.end <= c.start + vs), None)
    org = ctx.post_org(person) if person is not None else None
    return org if org is not None and is_org(org) else None


def _group_opening(ctx: EventContext, c: Clause, vs: int) -> str | None:
    """The head of a visiting group's name (检查组, 视察团) a clause opens with, named bare before the verb at
    ``vs`` (检查组在柳州召开座谈会, 调研组召开座谈会): nothing else but 在 and a place between."""
    start = ctx.name_start(c) - c.start
    group = next((g for g in ctx.cues("Visit", "group") if c.text.startswith(g, start)), None)
    if group is None or group == PARTY_SUFFIX:     # (某某一行: a cue that names no group by itself)
        return None
    rest = c.text[start + len(group):vs]
    rest = rest[len(PARTY_SUFFIX):] if rest.startswith(PARTY_SUFFIX) else rest
    if rest.startswith(_WITH_PARTNERS) and not any(m.label == "Person" for m in c.mentions if m.end <= c.start + vs):
        return group     # 考察团一行与某市有关部门负责同志举行座谈会: the group holds it with those it meets
    if rest and not (rest.startswith(AT) and all(start <= m.start - c.start and is_place(m) for m in c.mentions
                                                  if c.start + start + len(group) < m.end <= c.start + vs)):
        return None
    return group


def _joined_holders(ctx: EventContext, c: Clause, first: Mention, verb_at: int) -> list[Mention]:
    """某局联合市某局在某区召开…, 甲会同乙召开…: the bodies joined to the clause's subject before the verb
    of holding hold the meeting with it."""
    out: list[Mention] = []
    end = first.end
    for m in c.mentions:
        if m.start < end or m.end > verb_at:
            continue
        if not is_org(m) or ctx.text[end:m.start] not in HOLDER_JOINS:
            break
        out.append(m)
        end = m.end
    return out


def _study_group(between: str) -> bool:
    """The words between a body and a verb of holding name the body's study group (理论学习中心组)."""
    return between.endswith(STUDY_GROUP) and len(between) <= MAX_STUDY_GROUP


def _held_next(ctx: EventContext, c: Clause, held: tuple[str, ...]) -> tuple[Mention | None, TimeExpr | None] | None:
    """(the place or None, the day or None) where the clause after ``c``, in its sentence, opens with the
    verb that holds the meeting ``c`` names, after 在Y or alone (…会议圆满完成各项议程，在某会议中心闭幕),
    after a day it is held on too (…全体会议，于11月26日在某市举行); else None."""
    k = c.index + 1
    if k >= len(ctx.frame.clauses) or ctx.frame.clauses[k].sentence.index != c.sentence.index:
        return None
    n = ctx.frame.clauses[k]
    # (…第八次全体会议，于11月26日至27日在南昌举行: the day it is held on, after the word of its schedule)
    at_time = next((w for w in SCHEDULED if n.text.startswith(w)), "")
    day = next((t for t in n.times if t.start == n.start + len(at_time) and t.value), None) if at_time else None
    rest = n.text
    if day is not None:
        rest = n.text[day.end - n.start:]
        rest = rest[next((len(w) for w in DAY_PARTS if rest.startswith(w)), 0):]
    rest = rest[next((len(w) for w in HELD_MANNER if rest.startswith(w)), 0):]   # (…，于某日圆满闭幕)
    if rest.startswith(held):
        return None, day
    if rest.startswith("在"):
        pos = n.start + len(n.text) - len(rest)
        chain = chain_at(n, pos + 1, ctx.frame.entities.parents)
        if chain and n.text[chain[-1].end - n.start:].startswith(held):
            return chain[-1], day
    return None


def _holder_span(ctx: EventContext, subjects: list[Mention]) -> tuple[int, int] | None:
    """Where the bodies that hold a meeting are written: the last subject, and those joined to
    it (某省党委、政府召开会议: the two hold it jointly)."""
    if not subjects:
        return None
    first = len(subjects) - 1
    while first and subjects[first - 1].end + 1 == subjects[first].start \
            and ctx.text[subjects[first - 1].end] in JOINT_HOLDERS:
        first -= 1
    return subjects[first].start, subjects[-1].end


def _past_unnamed_place(tail: str, verbs: tuple[str, ...]) -> str | None:
    """``tail`` from the verb on when a short run of Han characters (a place's name) stands
    before it, else None."""
    for k in range(MAX_UNNAMED_PLACE + 1):
        if not is_han(tail[:k]):
            break
        if tail.startswith(verbs, k):
            return tail[k:]
    # 在县政府三楼会议室召开: a room of a building, longer, named by the kind of room it ends in
    for k in range(MAX_UNNAMED_PLACE + 1, MAX_UNNAMED_ROOM + 1):
        if not all(is_han(ch) or ch.isdigit() for ch in tail[:k]):
            break
        if tail[:k].endswith(ROOM_ENDS) and tail.startswith(verbs, k):
            return tail[k:]
    # 在雄壮的国歌声中开幕, 在热烈的掌声中闭幕: the sound it opened in, no place
    amid = _AMID_SOUND.match(tail)
    if amid is not None and tail.startswith(verbs, amid.end()):
        return tail[amid.end():]
    return None


_AMID_SOUND = re.compile(r"[\u4e00-\u9fff]{0,10}?声中")


def place_held_in(ctx: EventContext, c: Clause, start: int, end: int) -> Mention | None:
    """The place of 在Y between the holder and the verb (某公司在杭州召开…; 在某局召开: the body's place)."""
    text = c.between(start, end)
    i = text.find("在")
    if i < 0:
        return None
    chain = chain_at(c, max(start, c.start) + i + 1, ctx.frame.entities.parents)
    if chain and is_org(chain[-1]):
        return ctx.place_of(chain[-1])     # 在某管理局召开: where the body is
    return chain[-1] if chain and is_place(chain[-1]) else None


def _reception(ctx: EventContext, c: Clause) -> Candidate | None:
    """P(在Y)会见(了)Z: a meeting the host chairs; the host's body organises it."""
    for vs, ve, verb in ctx.find(c.text, ctx.cues("Meeting", "reception")):
        hosts = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
        if not hosts or not c.between(ve + c.start, c.end).strip("了"):
            continue
        if c.text[:vs].endswith(ctx.cues("Event", "attendee") + ctx.cues("Event", "escort")):
            continue     # 某某参加会见或座谈, 陪同会见: those who attend the reception told before, no host
        if c.between(ve + c.start, c.end).startswith(WHILE):
            continue     # (某某会见时在座: present at the reception told before, no host of one)
        if c.text[:vs].endswith(AT) and WHILE in c.between(ve + c.start, c.end) \
                and any(verb in s.text for s in ctx.frame.doc.sentences if s.index < c.sentence.index):
            continue     # (…会见了甲一行及乙一行。某某在会见甲一行时表示: the reception told before, what was said at it)
        host = hosts[0] if hosts[0] in c.subjects else hosts[-1]
        if any(ch in c.between(host.end, c.start + vs) for ch in "，。；"):
            continue
        place = place_held_in(ctx, c, host.end, c.start + vs)
        # 省委书记甲，省委副书记、省长乙在某地会见…: the first named chairs (the higher post is named first),
        # the others host with him (a reception has one chair in the gold of the genre)
        hosting = leaders_listed(ctx, c, host, c.start + vs)
        org = ctx.post_org(hosting[0])
        ev = meeting(ctx, c, host.start, c.end, [org] if org else [], place, RECEPTION, RECEPTION_SCORE)
        guests = ctx.text[c.start + ve:c.end].lstrip("了")
        also = guests.find(AND_THEN)
        if also > 0:
            guests = guests[:also]    # 会见代表团并出席座谈会: whom the host received, not what was done next
        ev.label = ctx.named(hosting[0]) + verb + guests
        # its span is the host and the verb: a meeting named among the guests (出席…会议的代表)
        # is read on its own
        ev.end = c.start + ve
        ev.slots.append(("chair", hosting[0]))
        ev.slots += [("attendee", p) for p in hosting[1:]]
        # 会见了某国驻华大使某某一行: the guests the clause names attend
        ev.slots += [("attendee", m) for m in c.mentions if m.label == "Person" and m.start >= c.start + ve]
        return ev
    return None


def _talks(ctx: EventContext, c: Clause) -> Candidate | None:
    """P与Q(举行|进行)了(工作)会谈: talks the first side's person chairs, his body holds; those of the other side
    attend (held where the clause or the visit it is on says)."""
    found = _TALKS.search(c.text)
    if found is None:
        return None
    with_at, verb_at = c.start + found.start(1), c.start + found.start(2)
    hosts = [m for m in c.mentions if m.label == "Person" and m.end <= with_at]
    partners = [m for m in c.mentions if m.label == "Person" and with_at < m.start and m.end <= verb_at]
    if not hosts or not partners or any(ch in c.between(hosts[-1].end, with_at) for ch in "，。；"):
        return None
    host = hosts[-1]
    org = ctx.post_org(host)
    end = c.start + found.end()
    ev = meeting(ctx, c, host.start, end, [org] if org else [], place_held_in(ctx, c, host.end, with_at),
                 RECEPTION, RECEPTION_SCORE)
    ev.label = ctx.named(host) + ctx.text[with_at:end]
    ev.slots.append(("chair", host))
    ev.slots += [("attendee", p) for p in partners]
    return ev


# 与某某(举行|进行)了(工作)会谈: the talks of the person before 与 with those named after it
_TALKS = re.compile(r"([与同][^，。；]{1,40}?)(?:(?:举行|进行)了?)?(?:工作|友好|视频|双边)?(会谈)(?![纪要])")


def _called_on(ctx: EventContext, c: Clause) -> Candidate | None:
    """某集团董事长甲一行(在某地)拜会(了)某市委书记乙: a meeting the host (the first person after the verb) chairs, his
    body holds, where he is; the guest and those with the host attend (the guests' visit is read by
    :mod:`kg.events.visits`, 拜会 being a guest's call on a host there)."""
    for vs, ve, verb in ctx.find(c.text, ctx.cues("Meeting", "call_on")):
        guests = [m for m in c.mentions if m.label == "Person" and m.end <= c.start + vs]
        hosts = [m for m in c.mentions if m.label == "Person" and m.start >= c.start + ve]
        if not guests or not hosts or any(ch in c.between(guests[-1].end, c.start + vs) for ch in "，。；"):
            continue
        host = hosts[0]
        org = ctx.post_org(host)
        place = place_held_in(ctx, c, guests[-1].end, c.start + vs) or (ctx.place_of(org) if org else None)
        ev = meeting(ctx, c, guests[0].start, c.start + ve, [org] if org else [], place, CALL_ON, RECEPTION_SCORE)
        ev.label = ctx.named(guests[0]) + verb.rstrip("了") + ctx.text[c.start + ve:c.end].lstrip("了").rstrip("，。")
        ev.slots.append(("chair", host))
        ev.slots += [("attendee", p) for p in guests + hosts[1:]]
        return ev
    return None


def _dateline_place(ctx: EventContext, c: Clause) -> Mention | None:
    """新华社某地某月某日电 国务院总理某某主持召开国务院常务会议: a meeting of a body with no place of its own,
    told in the dateline's paragraph, was held where the dateline was written."""
    doc = ctx.frame.doc
    home = next((h for h in doc.home if h.via == DATELINE), None)
    lead = 1 if ctx.frame.article.title else 0         # (the headline is a paragraph of its own)
    if home is None or len(doc.sentences) <= lead or c.sentence.paragraph != doc.sentences[lead].paragraph:
        return None
    key = f"adm/{home.area.code}"
    return next((m for m in ctx.frame.entities.mentions if m.key == key and m.start < c.sentence.end), None)


def _office_whole(c: Clause) -> list[Mention]:
    """某市人民政府新闻办公室召开新闻发布会: the clause opens with a government's or a committee's office
    named whole, whose government (read inside the name) is no agent: the office holds it."""
    inner = c.subjects[0] if c.subjects else None
    if inner is None or not inner.attr("inside"):
        return []
    return sorted((o for o in c.mentions if o.start == inner.start and o.end > inner.end and o.label in GOVERNING),
                  key=lambda o: o.end)[-1:]


def meeting(ctx: EventContext, c: Clause, ns: int, ne: int, organizers: list[Mention], place: Mention | None,
            source: str = SOURCE, score: float = SCORE) -> Candidate:
    """A meeting candidate named ``text[ns:ne]`` in clause ``c``, with organiser, place and campaign."""
    when, relative, vague = ctx.when(c, ns, (ns, ne))
    ev = Candidate("Meeting", ctx.text[ns:ne], c.sentence, ns, ne, c.index, source, score, when, relative, vague)
    ev.slots += [("organizer", m) for m in organizers]
    if place is None and organizers:
        place = ctx.place_of(organizers[0])
    if place is None:
        place = _dateline_place(ctx, c)
        ev.place_guessed = place is not None      # (a visit the sentence tells has the better place)
    if place is not None:
        ev.slots.append(("place", place))
    inside = [m for m in c.mentions if m.label == "Campaign"]
    sentence = [m for cl in ctx.frame.by_sentence.get(c.sentence.index, []) for m in cl.mentions
                if m.label == "Campaign"]
    ev.slots += [("campaign", whole_campaign(ctx, m)) for m in (inside or sentence)][:1]
    return ev


def whole_campaign(ctx: EventContext, m: Mention) -> Mention:
    """第二轮 + a campaign's head (a round of a campaign) in an article that names the campaign whole once
    (某某学习教育 … 第二轮学习教育): the whole campaign is the meeting's (a round is part of it), else the round."""
    r = ROUND_OPENING.match(m.canonical)
    if r is None:
        return m
    rest = m.canonical[r.end():]
    wholes = {e.id: e for e in ctx.frame.entities.entities.values() if e.type == "Campaign"
              and not ROUND_OPENING.match(e.label) and e.label.endswith(rest) and e.id != m.key}
    if len(wholes) != 1:
        return m
    (key, whole), = wholes.items()
    return Mention(m.article_id, m.start, m.end, m.text, whole.type, whole.label, key, m.sentence)


ARRANGE_GAP = 16    # characters from a person's verb of arranging to the verb of holding (再次组织相关部门召开)


def _arranged_by_person(ctx: EventContext, c: Clause, vs: int, verb: str) -> bool:
    """区长某某组织召开…, 某某再次组织相关部门召开…, 某某召集…召开: who arranges the meeting chairs it."""
    persons = [p for p in c.mentions if p.label == "Person" and p.end <= c.start + vs]
    if not persons:
        return False
    words = c.between(persons[-1].end, c.start + vs) + verb
    for w in ctx.cues("Meeting", "arrange"):
        i = words.find(w)
        if i >= 0 and (i == 0 or words[:i] in ctx.cues("Meeting", "arrange_adverb")) and len(words) - i - len(verb) <= ARRANGE_GAP:
            return True
    return False
