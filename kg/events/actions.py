"""A body's dated action: ``7月31日，某局联合甲局、乙局，对某路开展集中整治行动``,
``近日，某局组织开展餐饮食品安全监督检查``, ``9月5日，某研究室深入某村开展宣讲活动``.

No person acts: an organisation does something on a day. The clause's verb of action
(``Event action_verb``: 开展, 组织开展 …) is followed within a few words by the head of what is
done (``Event action_head``: 行动, 检查, 督查, 宣讲 …, with 工作/活动 after it). The action is

- a Visit (``events.body_visit``) when the body goes to a place (深入/到/赴 + place, the
  visits' move words) or inspects (``Event action_inspect``) a place named after 对 or 在; its
  agent and organiser the body;
- else an Event (``events.body_action``) organised by the body, at the place after 对/在 or,
  where none is named, in the body's area.

A team moving in (``Event action_enter``: 某市委巡察组进驻某镇) and a body's members on a visit (``Event
action_members``: 某市政协委员们集中视察…) are visits of the body too.

Bodies joined to it (``Event action_joint``: 联合甲局、乙局, 会同…) attend it. Only with a time in
its sentence (a 近日 stays the date's note) and never for what is to come (要, 将, 计划 …:
``Milestone future``), nor where a person acts in the sentence before the verb: the visits'
and meetings' patterns read those.
"""
from __future__ import annotations

import re

from ..clauses import Clause, is_agent, is_org, is_place
from ..model import Mention
from .base import Candidate, EventContext, chain_list, past_perfective, per_clause

SOURCE = "events.body_action"
VISIT_SOURCE = "events.body_visit"
SCORE = 0.7
VISIT_SCORE = 0.7
MAX_OBJECT = 24       # characters between the verb and the end of the head of what is done
MAX_BEFORE = 3        # clauses of the sentence before the verb's that may hold the body (某局联合甲局、乙局，对…开展…)
TAILS = ("工作", "活动")   # after the head: 开展安全生产大检查工作, 开展集中整治行动活动
MAX_ENTER_GAP = 6      # characters between a team and its moving in (某市委第一巡察组 | 正式 | 进驻)
MEMBERS_GAP = 8        # characters between a body's members and their visit's verb (委员们分两组实地视察了)
MODIFIER = "的"         # between the body and the verb: the body is of a longer noun phrase that acts
_ARRANGES = "组织"      # 某镇组织…开展: the place arranges what its people do
_LEADS = ("带领", "率领", "带队", "率队", "组织")     # 某某带领…开展: the person leads those who act
_ACTIVITY = "活动"     # what a person leads is held as an event where it is named an activity (义务植树活动)
TARGET = ("对", "在")     # before a place the action is about or held in (对某路开展…, 在某镇开展…)
_COUNTED_OPENING = re.compile(r"一[场次项轮批个](?:[^，。；的]{1,8}的)?")   # 一场声势浩大的…行动
_STOPS = "，。；：！？、（）()\n"     # end the words of an action (quotes may stand inside: 开展“双打”联合执法行动)


def find(ctx: EventContext) -> list[Candidate]:
    return per_clause(ctx, lambda ctx, c: _action(ctx, c) or _entered(ctx, c) or _members(ctx, c))


def _acting_body(ctx: EventContext, c: Clause, at: int) -> Mention | None:
    """The organisation that acts at ``at``: the one the nearest clause of the sentence opens with (在县委统一部署下，
    某局开展…: not the 在 clause's; 某办组织甲局、乙局开展…: not those it sends), where no person acts before it
    (the visits' and meetings' patterns read those) and nothing is still to come (要开展…, 计划开展…)."""
    if _to_come(ctx, c, at):
        return None
    clauses = _clauses_before(ctx, c)
    if any(m.label == "Person" for m in _named_before(ctx, clauses, at)):
        return None
    # (某镇组织全体机关干部…在某村开展了义务植树活动, 某区开展重点产业项目拉练活动: a place arranging it, or acting
    # right before the verb, the place's government acting)
    body = next((m for cl in reversed(clauses) for s in cl.subjects if s.start < at
                 for m in [_outer(cl, s)] if (is_org(m) or (is_place(m) and (ctx.text.startswith(_ARRANGES, m.end)
                                                                            or m.end == at)))
                 and is_agent(m)), None)
    if body is None or MODIFIER in ctx.text[body.end:at]:
        return None       # (甲社、乙社等媒体记者组成的采访团来某州开展采访活动: the bodies name who makes up the group)
    return body


def _to_come(ctx: EventContext, c: Clause, at: int) -> bool:
    """Something still to come is said in the sentence before ``at`` (要开展…, 计划开展…)."""
    return any(w in text for text in _sentence_before(ctx, c, at) for w in ctx.cues("Milestone", "future"))


def _leading_person(ctx: EventContext, c: Clause, at: int) -> Mention | None:
    """The person the clause (or the one before in its sentence) opens with, leading those named after him to act
    at ``at`` (县委书记某某带领全县党员干部代表在某村开展…), where nothing is still to come."""
    if _to_come(ctx, c, at):
        return None
    persons = [m for m in _named_before(ctx, _clauses_before(ctx, c), at) if m.label == "Person"]
    if not persons or not any(w in ctx.text[persons[0].end:at] for w in _LEADS):
        return None
    return persons[0]


def _clauses_before(ctx: EventContext, c: Clause) -> list[Clause]:
    """Clause ``c`` and those of its sentence before it that may hold who acts in it."""
    return [cl for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if c.index - MAX_BEFORE <= cl.index <= c.index]


def _named_before(ctx: EventContext, clauses: list[Clause], at: int) -> list[Mention]:
    """What ``clauses`` name before article offset ``at`` (after a dateline and the times they open with)."""
    return [m for cl in clauses for m in cl.mentions if ctx.name_start(cl) <= m.start < at]


def _action(ctx: EventContext, c: Clause) -> Candidate | None:
    verbs = ctx.find(c.text, ctx.cues("Event", "action_verb"))
    if not verbs:
        return None
    vs, ve, verb = verbs[0]
    at = c.start + vs
    head_end = _object_end(ctx, c, past_perfective(c.text, ve))
    if head_end is None:
        return None
    body = _acting_body(ctx, c, at)
    leader = None
    if body is None:
        # 县委书记某某带领…在某村开展义务植树活动: a person leads a dated activity at a place, his body's
        leader = _leading_person(ctx, c, at)
        body = ctx.post_org(leader) if leader is not None else None
        if body is None or not _target(ctx, c, leader, at)[1] \
                or not ctx.text[past_perfective(ctx.text, at + len(verb)):head_end].endswith(_ACTIVITY):
            return None
    ahead = _named_before(ctx, _clauses_before(ctx, c), at)
    when, relative, vague = ctx.when(c, at)
    if not when and not vague:
        return None       # (a practice told without a time is no event: 常态化开展…检查)
    joined = _joined(ctx, ahead, body, at) if leader is None else [leader]
    opened, places = _moved_to(ctx, c, leader or body, at) if leader is None else (at, [])
    moved = bool(places)
    if not moved:
        opened, places = _target(ctx, c, leader or body, at)
    inspects = any(w in ctx.text[at:head_end] for w in ctx.cues("Event", "action_inspect"))
    visit = moved or (bool(places) and inspects)
    # a visit is named from where the body goes (深入某村开展宣讲活动), an action by what is done
    start = opened if visit else past_perfective(ctx.text, at + len(verb))
    if not visit:
        start += _counted_opening(ctx.text, start, head_end)
        if not _modified(ctx, ctx.text[start:head_end]):
            return None   # (委托某区人大常委会开展检查, 开展整治: a bare kind of action names none)
    ev = Candidate("Visit" if visit else "Event", ctx.text[start:head_end], c.sentence, start, head_end, c.index,
                   VISIT_SOURCE if visit else SOURCE, VISIT_SCORE if visit else SCORE, when, relative, vague)
    if visit:
        ev.slots.append(("agent", body))
    else:
        # an action told along the way: those named attending in the sentences after it are at the gathering
        # named before it (某某出席启动会议), not at the action (but at the activity a person led: 县领导某某参加活动)
        ev.gone_through = leader is None
    ev.slots.append(("organizer", body))
    ev.slots += [("attendee", m) for m in joined]
    if places:
        ev.slots.append(("place", places[0]))
        if visit:
            ev.slots += [("visited", p) for p in places]
    else:
        place = ctx.place_of(body)
        if place is not None:
            ev.slots.append(("place", place))
            ev.place_guessed = True
    return ev


def _entered(ctx: EventContext, c: Clause) -> Candidate | None:
    """某市委第一巡察组正式进驻某县某镇: an inspection team moves in, a visit of the team (its agent and organiser)
    to the place, or to the place of the body it moves into (进驻县委编办)."""
    verbs = ctx.find(c.text, ctx.cues("Event", "action_enter"))
    if not verbs:
        return None
    vs, ve, _verb = verbs[0]
    at, after = c.start + vs, c.start + ve
    body = _acting_body(ctx, c, at)
    if body is None or at - body.end > MAX_ENTER_GAP:
        return None     # (某局通报了督察组进驻某省以来的工作: what the body reports, no team of its moving in)
    places = [p for p in chain_list(c, after, ctx.frame.entities.parents) if is_place(p)]
    end = places[-1].end if places else 0
    if not places:
        host = next((m for m in c.mentions if m.start == after and is_org(m)), None)
        place = ctx.place_of(host) if host is not None else None
        if place is None:
            return None
        places, end = [place], host.end
    return _visit(ctx, c, body, at, end, places)


def _members(ctx: EventContext, c: Clause) -> Candidate | None:
    """某市政协委员们集中视察了…, 某县人大代表们来到某镇…: the members of a body on a visit, the body's."""
    for ms, me, _w in ctx.find(c.text, ctx.cues("Event", "action_members")):
        body = next((m for m in c.mentions if m.end == c.start + ms and is_org(m) and is_agent(m)), None)
        if body is None or _acting_body(ctx, c, c.start + ms) is not body:
            continue
        verbs = ctx.find(c.text[me:me + MEMBERS_GAP], ctx.cues("Visit", "move") + ctx.cues("Visit", "verb"))
        if not verbs:
            continue
        vs, ve, _verb = verbs[0]
        at = c.start + me + vs
        places = [p for p in chain_list(c, past_perfective(ctx.text, c.start + me + ve), ctx.frame.entities.parents)
                  if is_place(p)]
        return _visit(ctx, c, body, at, c.end, places)     # (named to its clause's end: 视察了全市重点项目)
    return None


def _visit(ctx: EventContext, c: Clause, body: Mention, at: int, end: int, places: list[Mention]) -> Candidate | None:
    when, relative, vague = ctx.when(c, at)
    if not when and not vague:
        return None
    end = max(end, at + 1)
    ev = Candidate("Visit", ctx.text[at:end].rstrip("。，；"), c.sentence, at, end, c.index, VISIT_SOURCE, VISIT_SCORE,
                   when, relative, vague)
    ev.slots += [("agent", body), ("organizer", body)]
    if places:
        ev.slots.append(("place", places[0]))
        ev.slots += [("visited", p) for p in places if is_place(p)]
    elif (place := ctx.place_of(body)) is not None:
        ev.slots.append(("place", place))
        ev.place_guessed = True
    return ev


def _counted_opening(text: str, start: int, end: int) -> int:
    """Characters of 一场…的 opening what is done (开展一场声势浩大的冬季严打整治行动): no part of its name."""
    found = _COUNTED_OPENING.match(text, start, end)
    return found.end() - start if found else 0


def _modified(ctx: EventContext, words: str) -> bool:
    """What is done says which action it is: more than a head that names none alone (检查, 整治, ``Event action_bare``)
    and its tail; 义诊活动 says enough."""
    for tail in TAILS:
        if words.endswith(tail) and len(words) > len(tail):
            words = words[:-len(tail)]
    return words not in ctx.cues("Event", "action_bare")


def _object_end(ctx: EventContext, c: Clause, ve: int) -> int | None:
    """Where the head of what is done ends (after 工作/活动), when it ends the clause's words of the action."""
    heads = ctx.cues("Event", "action_head")
    best = None
    for hs, he, _w in ctx.find(c.text[ve:ve + MAX_OBJECT], heads):
        if any(ch in _STOPS for ch in c.text[ve:ve + hs]):
            break
        end = ve + he
        for tail in TAILS:
            if c.text.startswith(tail, end):
                end += len(tail)
                break
        if end >= len(c.text) or c.text[end] in _STOPS:
            best = end
    return c.start + best if best is not None else None


def _sentence_before(ctx: EventContext, c: Clause, at: int) -> list[str]:
    return [cl.between(cl.start, at) for cl in ctx.frame.by_sentence.get(c.sentence.index, []) if cl.index <= c.index]


def _outer(c: Clause, m: Mention) -> Mention:
    """The longest name of the clause that holds ``m`` (某县委 read as the subject of 某县委党史研究室…)."""
    return max((o for o in c.mentions if o.start <= m.start and m.end <= o.end), key=lambda o: o.end - o.start,
               default=m)


def _joined(ctx: EventContext, ahead: list[Mention], body: Mention, at: int) -> list[Mention]:
    """The bodies after 联合/会同 (甲局联合乙局、丙局，对…): they attend the action."""
    joints = ctx.cues("Event", "action_joint")
    out: list[Mention] = []
    opened = False
    for m in ahead:
        if m is body or m.start < body.end:
            continue
        gap = ctx.text[body.end if not out else out[-1].end:m.start]
        if not opened and any(j in gap for j in joints):
            opened = True
        elif opened and gap not in ("、", "和", "及", "与", "以及", "，"):
            break
        if opened and is_org(m) and is_agent(m):
            out.append(m)
    return out


def _moved_to(ctx: EventContext, c: Clause, body: Mention, at: int) -> tuple[int, list[Mention]]:
    """深入某镇某村开展…, 到某县开展…: where the move word stands and the places the body goes to."""
    for ms, me, _w in ctx.find(c.text, ctx.cues("Visit", "move")):
        if c.start + me > at or c.start + ms < body.end:
            continue
        places = [p for p in chain_list(c, c.start + me, ctx.frame.entities.parents) if is_place(p)]
        if places:
            return c.start + ms, places
    return at, []


def _target(ctx: EventContext, c: Clause, body: Mention, at: int) -> tuple[int, list[Mention]]:
    """对某路、某小区…开展, 在某镇开展: where the preposition stands and the places named right after it."""
    for word in TARGET:
        i = c.text.find(word, max(body.end, c.start) - c.start, at - c.start)
        if i < 0:
            continue
        places = [p for p in chain_list(c, c.start + i + len(word), ctx.frame.entities.parents) if is_place(p)]
        if places:
            return c.start + i, places
    return at, []
