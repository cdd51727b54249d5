"""Who holds which post: ``hasRole``, ``memberOf`` and ``Post`` nodes (holder, role, postIn, date).

- ``relations.post``: a person named right after a post (the person stage links them:
  ``云峰村党支部书记申永强``) holds it, in the organisation named before the post; a
  县长/市长 named without one serves in the only government of a place of that kind.
- ``relations.post_list``: the posts listed before it with 、 are the same person's
  (``省委常委、宣传部部长、省政协副主席王某``: three posts, each in the body named before
  it); the list stops at another person (``县委书记张某、县长李某``: one post each).
- ``relations.post_named_org``: a post whose body is written just before it in a form the
  organisation stage did not mark there but named elsewhere in the article
  (``自治区党委书记`` when ``自治区党委`` is an organisation of the article).
- ``relations.post_department``: a department named bare in a list after a post in its
  body (``某省委常委、宣传部部长``) is that body's department when the article names it
  (某省委宣传部).
- ``relations.post_whole``: a post listed after one in a part of a body (``某政协党组书记、
  主席``) is in the whole the part is named in (某政协), when the article names it.
- ``relations.post_same_body``: a post named with its body's head (秘书长, 副书记) listed right
  after a post in a body (``省委常委、秘书长``) is in that body.
- ``relations.post_shared``: a post several people hold (副局长, 常委) before a list of names
  (``副局长甲、乙、丙``) is each one's.
- ``relations.post_deputy``: a deputy's post named bare (``副主任``) after the post it is deputy to
  in a body, earlier in the sentence (``某人大常委会主任甲主持会议，副主任乙、丙出席``), is in
  that body. (Precision note, dev set: its one item there is a 副市长 of the right city whose
  holder's Tibetan name the person stage cuts short, so the gold's post does not match; the post
  itself is right, and the rule stays.)
- ``relations.post_title``: a title after the name with the body before it (``省委王某书记``).
- ``relations.post_led``: ``以王某为团长的某代表团`` → 团长 of that delegation.
- ``relations.appointed``: ``任命王某为某局局长``, ``选举王某为某某副主任`` (a verb of
  ``data/appointment_verbs.txt`` before the name), ``王某同志任某县委书记``, ``王某担任某局局长``
  (``data/holding_verbs.txt`` after it): the post, in the body named with it.
- ``relations.removed``: ``免去王某的某局局长职务``, ``免去王某同志某县委书记、常委职务`` (a verb of
  ``data/removal_verbs.txt`` before the name, 职务 after the posts): the posts the person held
  until then, each a Post whose date is its ``endDate``.
- ``relations.byline``: the authors of a report (``（记者张某、李某）``, ``某社记者张某``): each
  holds the post the byline word gives (data: ``byline`` rows of ``relation_cues.tsv``), in the
  body named right before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..clean import is_han_char
from ..clauses import ORG_CLASSES, is_org, is_place, meeting_voices
from ..gazetteer import ADMIN_KEY
from ..mentions.anaphora import GOVERNING
from ..mentions.bodies import COLLEGE, UNIVERSITY
from ..mentions.organizations import CONCURRENT
from ..mentions.termtools import TokenIndex
from ..mentions.persons import (APPOINTED_AS, CHAIN_COMMAS, COMRADE, HE_OR_SHE, MAX_CAREER_PARAGRAPHS, NO_LONGER,
                                NOTE_CLOSES, NOTE_OPENS, PERSON_NOTE, MAX_LISTED_APPOINTMENTS, POST_COLONS, listed_under,
                                post_ends_before)
from ..model import Mention
from .context import PostCandidate, RelationContext

__all__ = ["posts", "bylines", "BYLINE_JOINERS", "LIST_SEPARATORS", "MAX_BODY_GAP", "MAX_LED_REACH"]

# what separates two posts of one person in a list (省委常委、副省长)
LIST_SEPARATORS = ("、",)
# what separates the names of those appointed or elected together (甲、乙和丙当选副县长, 选举甲及乙为…)
NAME_LIST_SEPARATORS = ("、", "和", "及")
# the count of those named and 同志 between the names and 为 (选举甲、乙两位同志为副镇长)
_COUNTED_COMRADES = re.compile("(?:[两二三四五六七八九十0-9]+[位名])?(?:同志)?")
# a village's or a community's committee written bare after a post in its Party branch (…党支部书记、村委会主任)
VILLAGE_COMMITTEES = frozenset({"村委会", "村民委员会", "居委会", "居民委员会"})
PARTY_GROUP, PARTY_GROUP_MEMBER = "党组", "党组成员"   # a body's Party group, and a seat in it
_TAKEN_AS = ("当选", "为", "任")     # before a post someone takes, ending the clause that names them
# (and a few characters before it, a body no recogniser read: 当选区工商联主席; not 现任, whose posts a résumé
# goes on listing after a comma)
_TOOK = re.compile(r"(?:当选|担任|出任)[\u4e00-\u9fff]{1,8}$")
_TOOK_REACH = 10     # characters before a post a verb of taking it may stand (当选 | 为 | 某县总工会 | 主席)
# 以<person>为<post>的<body>: the words around the post; 以 may stand before the person's
# own posts (以某市委书记王某为团长的…), up to MAX_LED_REACH characters before the name
LED_MARK, LED_OPEN, LED_CLOSE = "以", "为", "的"
MAX_LED_REACH = 16
# what may stand between the names of a byline (记者张某、李某 / 记者 张某 李某), and the
# longest byline word looked for before the first name
BYLINE_JOINERS = "、 　/"
MAX_BYLINE_WORD = 6
# a byline in brackets after a dateline (黔东日报3月5日讯（记者 某某）, 新华社北京5月3日电（记者某某）,
# 某某晚报讯 (记者/某某)): what stands between the outlet opening the dateline and the byline word
_AFTER_OUTLET = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                           r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?[电讯]\s*[（(]\s*")
# posts of a byline that are the outlet's staff: a reporter is; a correspondent (通讯员) writes for
# it from a body of their own
_STAFF_POSTS = frozenset({"记者"})
# plain characters allowed between 、 and the next post of a list (a body not marked: 统战部)
MAX_BODY_GAP = 10
# role_bodies.tsv: a post whose body may be in any place (厅长: the article's one 厅)
ANY_PLACE = "*"
# plain characters allowed between a body and its post (执行院长, 常务副局长)
MAX_ROLE_PREFIX = 2
FORMER_MARKS = frozenset("原前")   # 某局原党组书记: a former post's mark, before those characters
# 任命某某为<body><post>: the rule, how long the body may be
APPOINTED, MAX_APPOINTED_BODY = "relations.appointed", 12
CANDIDATE = "人选"     # 提名某某为某区副区长人选: named for a post, not appointed to it
# posts of a Party body (held in a unit's Party committee, not in the unit)
PARTY_POSTS = frozenset({"书记", "副书记", "常务副书记", "委员", "常委", "党委书记", "党委副书记", "党委委员"})
# the heads of a group set up for a task (由某某任组长), and what such a group's name ends in
GROUP_HEADS = frozenset({"组长", "副组长", "常务副组长"})
GROUPS = ("领导小组", "工作组", "工作专班", "指挥部")
NOTED = "relations.post_noted"   # 某某（某镇党委书记）: a post noted in brackets after the name
_NOTE_CLOSE_OR_BREAK = NOTE_CLOSES | NOTE_OPENS | frozenset("。；\n")
MAX_NOTED_POST = 30           # characters of a body and its posts in a note
CAREER = "relations.career"   # 历任…, 某某，男，…，2017年2月任…，2020年8月任…: the posts of a career
_CAREER_MARKS = ("，", "；")    # what opens a clause of a career (a résumé's sentences too)
# what opens a clause of a career told on after the name's sentence (a verb of a career only: 曾任, 历任)
_TOLD_ON_MARKS = ("，", "；", "。", "\n")
_THEY = ("他们", "她们")       # (not 他/她, a pronoun for the name: they are others)
_PARAGRAPH = "\n"
_SPAN_TO = "至"                # 1988年至1993年: the end of the span a post was held
# what opens the next clause of a career, not another post of the list (，2020年8月任, ，后任)
_CAREER_CLAUSE = re.compile(r"[0-9０-９一二三四五六七八九十〇零]+年|[任调升]")
SAME_BODY = "relations.post_same_body"
_GOVERNMENT = "GovernmentBody"
DEPUTY, DEPUTY_MARK = "relations.post_deputy", "副"
PARTY_COMMITTEE = "党委"      # a body's Party committee (某大学党委), after the parts of body_parts.tsv
# 免去某某(同志)(的)<body><post>(、<post>)职务: the rule, the word that closes the posts removed
REMOVED, OFFICE_WORD = "relations.removed", "职务"
_POSSESSIVE = "的"
THEM = "其"         # 免去其…职务: the person the sentence names
# 某某，男，汉族，…，现任…: a resume's fields after the name, its present posts after 现任 (numbered items
# of a notice open with 一、 or 1.)
SENT_TO = ("到", "在")      # 到某村担任…: where a post is taken up
_LOCAL_PLACES = frozenset({"Township", "Village", "Community"})
_LOCAL_VILLAGES = frozenset({"Village", "Community"})
RESUME_FIELD_MARK, RESUME_VERB, RESUME_OPENERS = "，", "现任", "一二三四五六七八九十0123456789、.．（）() "
_CLAUSE_BREAKS = frozenset("，。；：、！？\n")
_HEAD_OF_GOVERNMENT = re.compile("[省市县区州盟旗镇乡]长$")    # (常务)副县长: a post of a government


@dataclass(frozen=True)
class _Item:
    role: Mention | None        # the Role mention (None for a title glued to the name)
    role_key: str
    role_name: str              # the bare post (书记, 市长), for the bodies heads of government serve in
    org: str | None             # the organisation's id
    start: int                  # where the post (with its body) starts in the text
    rule: str


def posts(ctx: RelationContext) -> list[PostCandidate]:
    frame = ctx.frame
    ents = frame.entities
    placed = ctx.placed()
    mentions = sorted(ents.mentions, key=lambda m: (m.start, m.end))
    by_end: dict[int, list[Mention]] = {}
    for m in mentions:
        by_end.setdefault(m.end, []).append(m)
    by_span = {(m.start, m.end): m for m in mentions}
    org_names = ctx.org_names()
    text = frame.doc.text
    look = _Lookup(ctx, text, by_end, by_span, org_names, placed)
    out: list[PostCandidate] = []
    heads: list[tuple[int, str, str]] = []   # (sentence start, post, body) of the posts read so far
    for i, m in enumerate(mentions):
        if m.label != "Person":
            continue
        s = ctx.sentence_of(m)
        if s is None:
            continue
        items: list[_Item] = []
        # (县委副书记、县长：某某: a list of leaders writes a colon between the post and its holder)
        at = post_ends_before(text, m.start)      # (副县长（挂职）某某: a note on the post, in brackets)
        role_m = next((r for r in by_end.get(at, ()) if r.label == "Role"), None)
        if m.attr("role"):
            role = m.attr("role")
            role_key = m.attr("role_key") or f"Role/{role}"
            linked = _linked_org(m, by_span)
            if role_m is not None:
                if linked is not None:
                    item = _Item(role_m, role_key, role, linked.key, linked.start, "relations.post")
                else:
                    item = look.item(role_m, s.start, "relations.post", role_key=role_key, role_name=role)
            else:
                # a title glued after the name: the body may stand before the name (省委王某书记)
                org = linked or next((o for o in by_end.get(m.start, ()) if is_org(o)), None)
                org_key = org.key if org is not None else None
                if org_key is None:
                    org_key = _role_body(ctx, None, role, placed)
                item = _Item(None, role_key, role, org_key, org.start if org is not None else m.start,
                             "relations.post_title" if org is not None and linked is None else "relations.post")
            items += look.listed_before(item, s.start) if role_m is not None else [item]
        elif role_m is None:
            # 省委副书记、代省长王某: a post no recogniser marked between 、 and the name
            items += look.listed_before(_Item(None, "", "", None, m.start, ""), s.start)
            if not items:
                # 副局长甲、乙、丙: a post several hold, before a list of names
                items += _shared_post(ctx, text, mentions, i, by_end, by_span, look, s.start)
        appointed = _appointed(ctx, text, mentions, i, look)
        last = _list_last(text, mentions, i) if not appointed else i
        if last != i:
            # 郑某、林某当选为副主席, 选举…，甲、乙为副会长: every name of the list takes the post
            appointed = _appointed(ctx, text, mentions, last, look)
        items += appointed
        career = [(it, d) for it, d in _career(ctx, text, mentions, i, look)
                  if not any(it.role_key == x.role_key and it.org == x.org for x in items)]
        items += _removed(ctx, text, mentions, i, look)
        items += _removed_from_them(ctx, text, mentions, i, look)
        items += _noted(text, mentions, i, look)
        led = _led(text, mentions, i)
        if led is not None:
            r, o = led
            items.append(_Item(r, r.key, r.attr("role") or r.canonical, o.key, m.start, "relations.post_led"))
        if m.source == SURNAME_SOURCE:
            # 副厅长王某某 … 王厅长指出: the courtesy title names the post held, no second one
            items = [it for it in items if not any(p.holder == m.key and p.role_label != it.role_name
                                                   and p.role_label.endswith(it.role_name) for p in out)]
        if not items and not career:
            continue
        date = _post_date(ctx, m, appointed=any(it.rule in (APPOINTED, REMOVED) for it in items))
        if any(_former(text, it) for it in items):
            date = None     # 某省人民政府原副省长、党组成员某某同志…逝世: posts held once, not on the article's day
        items = [_deputy_of(it, s.start, heads) for it in items]
        items = [_of_its_kind(ctx, it) for it in items]
        for it in items:
            if it.role_name == PARTY_GROUP_MEMBER and it.org is not None:
                # 某厅党组成员 in an article that names 某厅党组 (its 党组书记, its meetings): a member of the group
                body = ctx.entities.entities.get(it.org)
                group = look.org_names.get(body.label + PARTY_GROUP) if body is not None else None
                it = replace(it, org=group) if group is not None else it
            if it.org is not None and not it.role_name.startswith(DEPUTY_MARK):
                heads.append((s.start, it.role_name, it.org))
            lo, hi = min(it.start, m.start), m.end
            if it.rule in ("relations.post_led", APPOINTED, REMOVED):
                lo, hi = m.start, max(m.end, it.role.end if it.role else m.end)
            out.append(PostCandidate(it.rule, m.key, it.role_key, it.role_name, it.org, frame.evidence(s, lo, hi), date,
                                     ended=it.rule == REMOVED))
        for it, when in career:
            # (a résumé's later sentence: the evidence is the post's own, in its sentence)
            rs = ctx.sentence_of(it.role) if it.role is not None else s
            end = it.role.end if it.role is not None else m.end
            lo, hi = (m.start, end) if rs is s else (it.start, end)
            out.append(PostCandidate(it.rule, m.key, it.role_key, it.role_name, it.org, frame.evidence(rs, lo, hi), when))
    return out


@dataclass
class _Lookup:
    """What the post readers of one article look things up in."""

    ctx: RelationContext
    text: str
    by_end: dict[int, list[Mention]]
    by_span: dict[tuple[int, int], Mention]
    org_names: dict[str, str]
    placed: dict[str, str]

    def item(self, r: Mention, floor: int, rule: str, role_key: str | None = None,
             role_name: str | None = None) -> _Item:
        """The post of Role mention ``r`` with the body named before it, if any."""
        role_key = role_key or r.key
        role_name = role_name or r.attr("role") or r.canonical
        org = r.attr("org_start") and self.by_span.get((int(r.attr("org_start")), int(r.attr("org_end"))))
        if org:
            return _Item(r, role_key, role_name, org.key, org.start, rule)
        # 某学院执行院长, 某局常务副局长: a word no recogniser marked between the body and the post
        for k in range(1, MAX_ROLE_PREFIX + 2):
            at = r.start - k
            if at <= floor or not is_han_char(self.text[at]):
                break
            if k > MAX_ROLE_PREFIX and self.text[at] not in FORMER_MARKS:
                break        # (某委员会原党组书记: one more, the mark of a former post)
            org = next((o for o in self.by_end.get(at, ()) if is_org(o)), None)
            if org is not None:
                return _Item(r, role_key, role_name, org.key, org.start, rule)
        if self.text[r.start - 1:r.start] in NOTE_CLOSES:
            # 中央党校（国家行政学院）教授某某: the body before the other name it goes by in brackets
            opened = max(self.text.rfind(b, max(floor, r.start - MAX_NOTED_POST), r.start) for b in NOTE_OPENS)
            org = next((o for o in self.by_end.get(opened, ()) if is_org(o)), None) if opened > floor else None
            if org is not None:
                return _Item(r, role_key, role_name, org.key, org.start, rule)
        named = _named_org(self.ctx, self.text, r.start, floor, self.org_names)
        if named is not None:
            return _Item(r, role_key, role_name, named[0], named[1], "relations.post_named_org")
        committee = next((w for w in VILLAGE_COMMITTEES if self.text.endswith(w, 0, r.start)), None)
        village = self._village_before(r.start - len(committee)) if committee else None
        if village is not None:
            # 在某村，…村委会主任某某: the chair of the committee of the village its paragraph named last
            name = committee + role_name
            return _Item(r, f"Role/{name}", name, village, r.start - len(committee), "relations.post_department")
        return _Item(r, role_key, role_name, _role_body(self.ctx, r, role_name, self.placed), r.start, rule)

    def group_before(self, r: Mention) -> str | None:
        """The group (a 领导小组, 工作组 …) its paragraph named last before ``r``."""
        return self._last_in_paragraph(r.start, lambda m: is_org(m) and m.canonical.endswith(GROUPS))

    def _village_before(self, at: int) -> str | None:
        """The village (or community) named last before ``at`` in its paragraph."""
        return self._last_in_paragraph(at, lambda m: m.label in _LOCAL_VILLAGES)

    def _last_in_paragraph(self, at: int, kind) -> str | None:
        """The key of the last mention of ``kind`` before ``at`` in the paragraph ``at`` is in."""
        sentences = self.ctx.frame.doc.sentences
        s = next((x for x in sentences if x.start <= at <= x.end), None)
        if s is None:
            return None
        named = [m for m in self.ctx.entities.mentions if m.end <= at and kind(m)
                 and sentences[m.sentence].paragraph == s.paragraph]
        return max(named, key=lambda m: m.end).key if named else None

    def listed_before(self, first: _Item, floor: int) -> list[_Item]:
        """``first`` and the posts listed with 、 before it (earliest last).

        Between the separator and a post there may be a body the organisation stage did
        not mark (、统战部部长, 、代省长): up to :data:`MAX_BODY_GAP` characters of plain
        text. Such a department of the body named in the post before it is that body's
        (省委常委、宣传部部长 → the 省委宣传部 when the article names it).
        """
        items: list[_Item] = []
        current, gaps = first, {}
        while True:
            # (a comma only after a post of the list: 某委副主任，某局局长某某, not 选举甲为会长，乙为副会长)
            sep = _separator_before(self.text, current.start, floor, self.by_end, commas=current.role is not None)
            if sep is None:
                break
            if current.org is None and current.role is not None:
                # (统战部原 | 部长: the mark of a former post is no part of the department's name)
                gaps[id(current)] = self.text[sep + 1:current.role.start].rstrip("".join(FORMER_MARKS))
            r = next((x for x in self.by_end.get(sep, ()) if x.label == "Role"), None)
            if r is not None and _TOOK.search(self.text, max(floor, r.start - _TOOK_REACH), r.start):
                break     # (甲当选为某会主席、乙当选为副主席: the post before 、 is the one 甲 took)
            if r is None:
                # 全国政协常委、…: a body read with the post at its end (the organisation
                # stage took 常委 into the name): the post and the body it names
                o = next((x for x in self.by_end.get(sep, ()) if is_org(x)), None)
                split = _body_with_post(o, self.ctx.roles, self.org_names) if o is not None else None
                if split is None:
                    break
                org_key, role = split
                current = _Item(None, f"Role/{role}", role, org_key, o.start, "relations.post_list")
            else:
                current = self.item(r, max(floor, sep - MAX_BODY_GAP), "relations.post_list")
            items.append(current)
        # a department named bare after a body's post: the body's department (in text order)
        ordered = [first, *items]
        for i in range(len(ordered) - 1):
            later, earlier = ordered[i], ordered[i + 1]
            gap = gaps.get(id(later))
            government = self._government_beside(later, earlier)
            if government is not None:
                # 某市委副书记、市长某某: the city's mayor, whichever other city the article names
                ordered[i] = replace(later, org=government)
            elif gap in VILLAGE_COMMITTEES and earlier.org is not None and later.role is not None \
                    and (village := self.placed.get(earlier.org)) is not None:
                # 某村党支部书记、村委会主任某某: the chair of the village's committee, in the village
                name = gap + later.role_name
                ordered[i] = replace(later, org=village, role_key=f"Role/{name}", role_name=name,
                                     rule="relations.post_department")
            elif gap and earlier.org is not None:
                whole = self.ctx.entities.entities.get(earlier.org)
                names = {whole.label, *whole.aliases} if whole is not None else set()
                dept = next((self.org_names[n + gap] for n in sorted(names) if n + gap in self.org_names), None)
                if dept is not None:
                    ordered[i] = replace(later, org=dept, rule="relations.post_department")
            elif later.org is None and earlier.org is not None and later.role is not None:
                whole = self._whole_of(earlier.org)
                ends = self.ctx.cues.role_bodies.get(later.role_name, ((), ""))[0]
                body = self.ctx.entities.entities.get(earlier.org)
                if whole is not None:       # 某政协党组书记、主席: the second post is in the group's body
                    ordered[i] = replace(later, org=whole, rule="relations.post_whole")
                elif ends and body is not None and body.label.endswith(ends):
                    # 某厅党组成员、副厅长某某: the deputy head of the body the post before is in
                    ordered[i] = replace(later, org=earlier.org, rule=SAME_BODY)
                elif not gap and later.role_name in self.ctx.headed_roles:
                    # 省委常委、秘书长: a post named with its body's head, right after the 、, is in
                    # the body of the post before it (the 省委's secretary-general)
                    ordered[i] = replace(later, org=earlier.org, rule=SAME_BODY)
        # the one events read first: a post that heads its body (书记, 主任) before one several
        # hold (常委, 副局长), then in text order (the first listed is the senior one)
        return sorted((it for it in reversed(ordered) if it.role_key), key=lambda it: self.ctx.cues.shared(it.role_name))

    def _government_beside(self, later: _Item, earlier: _Item) -> str | None:
        """The government a head of government (市长, 常务副县长) listed after a post in a place's Party
        committee serves in, named with no body of its own: the government of that place (or the
        place, where the article names no government of it)."""
        if later.role is None or later.start != later.role.start or earlier.org is None \
                or not _HEAD_OF_GOVERNMENT.search(later.role_name):
            return None
        committee = self.ctx.entities.entities.get(earlier.org)
        place_key = self.placed.get(earlier.org)
        place = self.ctx.place_entity(place_key) if place_key else None
        if committee is None or committee.type != _PARTY_ORG or place is None or place.type not in _HEADED_LEVELS \
                or not place.label.endswith(later.role_name[-2]):
            return None
        ends = self.ctx.cues.role_bodies.get(later.role_name, ((), ""))[0]
        named = _bodies_in_place(self.ctx, ends, self.placed, place_key) if ends else []
        return named[0] if len(named) == 1 else place_key

    def _whole_of(self, org: str) -> str | None:
        """The body a part (某厅党组, 某局机关党委) is named in, when the article names it."""
        e = self.ctx.entities.entities.get(org)
        if e is None:
            return None
        part = next((p for p in self.ctx.cues.body_parts + (PARTY_COMMITTEE,)
                     if e.label.endswith(p) and len(e.label) > len(p)), None)
        # (某国资委党委, 某大学党委, 某集团党委: the Party committee of a body the article names; 某镇党委
        # and 某自治区党委 are a place's, no body's)
        return self.org_names.get(e.label[:-len(part)]) if part else None


def bylines(ctx: RelationContext) -> list[PostCandidate]:
    """记者张某、李某 / 本报记者 张某 李某: every name of the list after a byline word."""
    frame = ctx.frame
    text = frame.doc.text
    mentions = sorted(frame.entities.mentions, key=lambda m: (m.start, m.end))
    out: list[PostCandidate] = []
    first: Mention | None = None       # the first name of the list the current person is in
    prev: Mention | None = None
    for m in mentions:
        if m.label != "Person":
            continue
        if prev is None or prev.sentence != m.sentence or text[prev.end:m.start].strip(BYLINE_JOINERS) \
                or m.start - prev.end > len(BYLINE_JOINERS) or _ends_in_byline_word(ctx, prev):
            first = m       # (王某通讯员/李某: a byline word read into the name before opens a new list)
        prev = m
        s = ctx.sentence_of(m)
        if s is None:
            continue
        window = text[max(s.start, first.start - MAX_BYLINE_WORD - len(BYLINE_JOINERS)):first.start]
        before = window.rstrip(BYLINE_JOINERS)
        word = next(((w, post) for w, post in ctx.cues.bylines if before.endswith(w)), None)
        if word is None:
            continue
        at = first.start - (len(window) - len(before)) - len(word[0])    # where the byline word starts
        org = next((o for o in mentions if o.end == at and is_org(o)), None)
        if org is None and word[1] in _STAFF_POSTS:     # the outlet that opens the dateline
            org = next((o for o in mentions if is_org(o) and o.sentence == m.sentence and o.end < at
                        and _AFTER_OUTLET.fullmatch(text, o.end, at)), None)
        ev = frame.evidence(s, org.start if org is not None else at, m.end)
        out.append(PostCandidate("relations.byline", m.key, f"Role/{word[1]}", word[1],
                                 org.key if org is not None else None, ev))
    return out


def _deputy_of(it: _Item, sentence: int, heads: list[tuple[int, str, str]]) -> _Item:
    """A deputy's post read with no body (副主任) is in the body of the post it is deputy to, read
    last before it in the same sentence (某人大常委会主任甲主持会议，副主任乙出席)."""
    if it.org is not None or not it.role_name.startswith(DEPUTY_MARK) or len(it.role_name) < 3:
        return it
    post = it.role_name[len(DEPUTY_MARK):]
    body = next((org for start, role, org in reversed(heads) if start == sentence and role.endswith(post)), None)
    return replace(it, org=body, rule=DEPUTY) if body is not None else it


def _ends_in_byline_word(ctx: RelationContext, m: Mention) -> bool:
    """A person's mention that took a byline word after the name (王某通讯员, the spaces of the
    credit line gone): the word heads the names after it."""
    return m.text != m.canonical and any(m.text.endswith(w) for w, _ in ctx.cues.bylines)


def _shared_post(ctx: RelationContext, text: str, mentions: list[Mention], i: int,
                 by_end: dict[int, list[Mention]], by_span: dict[tuple[int, int], Mention],
                 look: _Lookup, floor: int) -> list[_Item]:
    """The post before the first name of a 、-list of names, when several can hold it, and the posts
    listed before it that several can hold too (厅党组成员、副厅长甲、乙、丙: each a member and a deputy)."""
    j = i
    while j > 0 and mentions[j - 1].label == "Person" and text[mentions[j - 1].end:mentions[j].start] == "、":
        j -= 1
    if j == i:
        return []
    first = mentions[j]
    # (选举产生了县委常务委员会委员：甲、乙、丙: the post, a colon, the list)
    at = first.start - 1 if text[first.start - 1:first.start] in POST_COLONS else first.start
    r = next((x for x in by_end.get(at, ()) if x.label == "Role"), None)
    name = (r.attr("role") or r.canonical) if r is not None else ""
    if r is None or not ctx.cues.shared(name):
        return []
    org = _linked_org(first, by_span)
    org_key = org.key if org is not None else None
    if org_key is None:
        org_key = _role_body(ctx, r, name, ctx.placed())    # 副厅长甲、乙: the article's one 厅
    item = _Item(r, first.attr("role_key") or r.key, name, org_key,
                 org.start if org is not None else r.start, "relations.post_shared")
    listed = look.listed_before(item, floor)
    if not all(ctx.cues.shared(it.role_name) for it in listed):
        return [item]       # (市委常委、宣传部部长甲、乙: a post one person holds before the list)
    return [replace(it, rule="relations.post_shared") for it in listed]


def _linked_org(m: Mention, by_span: dict[tuple[int, int], Mention]) -> Mention | None:
    if m.attr("org_start") and m.attr("org_end"):
        return by_span.get((int(m.attr("org_start")), int(m.attr("org_end"))))
    return None


def _named_org(ctx: RelationContext, text: str, end: int, floor: int,
               org_names: dict[str, str]) -> tuple[str, int] | None:
    """The article's organisation whose name is written right before ``end`` (longest first)."""
    best = None
    for n in range(2, min(end - floor, 24) + 1):
        name = text[end - n:end]
        if any(sep in name for sep in LIST_SEPARATORS):
            break
        if name in org_names:
            best = (org_names[name], end - n)
    if best is None:
        # 纪委书记某某 in an article that names 中共某县纪律检查委员会 (纪委 to the graph): a body's short
        # form written bare (bare_body_names.txt), of the one body of the article whose name ends so
        bare = next((w for w in ctx.cues.bare_bodies if text.endswith(w, floor, end)), None)
        if bare is not None:
            keys = {key for name, key in org_names.items() if name.endswith(bare) and len(name) > len(bare)}
            if len(keys) == 1:
                best = (keys.pop(), end - len(bare))
    return best


def _separator_before(text: str, pos: int, floor: int, by_end: dict[int, list[Mention]],
                      commas: bool = False) -> int | None:
    """The offset just before a 、 that precedes ``pos`` across at most MAX_BODY_GAP plain characters
    (or, with ``commas``, a comma right before ``pos`` and right after a post)."""
    j = pos
    while j > floor and pos - j <= MAX_BODY_GAP:
        c = text[j - 1]
        if c in LIST_SEPARATORS or ((commas and c in CHAIN_COMMAS or c == CONCURRENT) and j == pos
                                    and any(m.label == "Role" and not _taken(text, m, by_end)
                                            for m in by_end.get(j - 1, ()))):
            # (not 甲当选会长，某公司总经理乙当选监事长: the post before the comma another person took)
            # (董事长兼总经理: a post held together with the one before it)
            # (某委党组成员、副主任，某局党组书记、局长某某: a comma between two posts goes on with the
            # same person's; after a name, or before other words, it starts another clause)
            return j - 1 if j - 1 > floor else None
        if not is_han_char(c) or any(m.label in ("Person", "Role") for m in by_end.get(j, ())):
            return None
        j -= 1
    return None


def _taken(text: str, role: Mention, by_end: dict[int, list[Mention]]) -> bool:
    """Whether the post ``role`` (with the body named right before it) follows a verb of taking it (当选区工商联主席)."""
    body = next((o for o in by_end.get(role.start, ()) if is_org(o)), None)
    start = body.start if body is not None else role.start
    # (当选区工商联主席: a body no recogniser placed between the verb and the post)
    return text.endswith(_TAKEN_AS, 0, start) or _TOOK.search(text, max(0, start - MAX_BODY_GAP - 2), start) is not None


def _body_with_post(o: Mention, roles: frozenset[str], org_names: dict[str, str]) -> tuple[str, str] | None:
    """(the body's id, the post) for a mention like 全国政协常委 whose end is a post."""
    for role in sorted(roles, key=len, reverse=True):
        if o.text.endswith(role) and len(o.text) > len(role):
            body = org_names.get(o.text[:-len(role)])
            return (body, role) if body else None
    return None


def _led(text: str, mentions: list[Mention], i: int) -> tuple[Mention, Mention] | None:
    """以<person>为<post>的<body>: the post and the body after the person ``mentions[i]``."""
    m = mentions[i]
    if i + 2 >= len(mentions) or LED_MARK not in text[max(0, m.start - MAX_LED_REACH):m.start]:
        return None
    r, o = mentions[i + 1], mentions[i + 2]
    if r.label == "Role" and text[m.end:r.start] == LED_OPEN and text[r.end:o.start] == LED_CLOSE and is_org(o):
        return r, o
    return None


def _appointed(ctx: RelationContext, text: str, mentions: list[Mention], i: int, look: "_Lookup") -> list[_Item]:
    """任命某某为某局局长, 会议选举某某为某某副主任: the post a person is appointed or elected to,
    after 为; 某某同志任某县委书记, 某某担任某局局长: the post a person takes or holds (a body and the
    post, nothing else between; a removal, 免去某某的…职务, is no post held), and the posts listed
    with 、 after it (任某区委常委、组织部部长); 某某，男，…，现任某局局长: a resume's present posts."""
    m = mentions[i]
    # (选举甲、乙为副主席: the verb before the list's first name)
    first = mentions[_list_first(text, mentions, i)]
    before = text[:first.start - 1] if text[first.start - 1:first.start] in POST_COLONS else text[:first.start]
    # (选举甲、乙两位同志为副镇长, 选举出某某同志为…: the count of those named and 同志 before 为)
    named_end = _COUNTED_COMRADES.match(text, m.end).end()
    appointed = bool(ctx.cues.appointing) and (before.endswith(ctx.cues.appointing)     # (任命：甲为…, 任命甲为…)
                                               or listed_under(text, first.start, ctx.cues.appointing)
                                               or _appointing_goes_on(ctx, text, first.start)) \
        and text.startswith(APPOINTED_AS, named_end)
    after = _time_after(ctx, m)          # 王某2021年3月任…: the time between the name and the verb
    verb = None if appointed else next((v for v in ctx.cues.holding
                                        if text.startswith(v, after) or text.startswith(COMRADE + v, after)), None)
    if verb is not None and any(p.label == "Person" and text.startswith(p.canonical, after)
                                for p in ctx.entities.mentions):
        verb = None      # 胡某某任某某会见… (a headline's names run together): 任 opens a name the article has
    if not appointed and verb is None:
        verb = _holds_later(ctx, text, mentions, i) or _resume_verb(ctx, text, mentions, i)
    if not appointed and verb is None:
        return []
    if not appointed and any(text.startswith(w, m.end + k) for w in NO_LONGER for k in range(len(COMRADE) + 1)):
        return []            # 某某(同志)不再担任…职务: posts given up (see _removed)
    at = named_end + len(APPOINTED_AS) if appointed else text.index(verb, after if verb and text.startswith(
        (verb, COMRADE + verb), after) else m.end) + len(verb)
    # (现任中共某省委副书记，某省人民政府省长、党组书记: a present post's list goes on after a comma, each item a
    # body and its posts)
    items = _posts_after(ctx, text, mentions, i, at, look, verb, commas=verb == RESUME_VERB)
    # (提名某某为某区副区长人选: a candidate for the post, nominated, not yet holding it)
    return [it for it in items if it.role is None or not text.startswith(CANDIDATE, it.role.end)]


def _posts_after(ctx: RelationContext, text: str, mentions: list[Mention], i: int, at: int, look: "_Lookup",
                 verb: str | None, commas: bool = False, rule: str = APPOINTED) -> list[_Item]:
    """The posts listed (with 、, and with commas too where ``commas``) from ``at`` on, right after the
    verb of appointing or holding ``verb`` that the person ``mentions[i]`` is the subject of."""
    out: list[_Item] = []
    separators = LIST_SEPARATORS + (RESUME_FIELD_MARK,) if commas else LIST_SEPARATORS
    for r in mentions[i + 1:]:
        if r.start < at:
            continue
        if r.label == "Person":
            break       # (甲当选为某会主席、乙当选为副主席: the posts after another name are that one's)
        gap = text[at:r.start]
        if r.start - at > MAX_BODY_GAP + MAX_APPOINTED_BODY or any(
                c in _CLAUSE_BREAKS and not (out and c in separators) for c in gap):
            break
        if out and not any(sep in gap for sep in separators):
            break       # (a list goes on only after 、)
        if out and commas and (_CAREER_CLAUSE.search(gap) or any(v in gap for v in ctx.cues.career)):
            break       # (曾任甲，2020年8月任乙: the clause after the comma has a verb and a time of its own)
        if r.label == "Role":
            item = replace(look.item(r, at - 1, rule), rule=rule)
            if out and _of_the_body_before(look, out[-1], item):
                # 任某市委委员、常委、书记: of the body listed first (not 县委常委、常务副县长: the county's
                # government, not its Party committee; 任某大学党委副书记、副校长: the university's, a post
                # of no Party body after one in the body's Party committee)
                whole = look._whole_of(out[-1].org) if item.role_name not in PARTY_POSTS else None
                item = replace(item, org=whole or out[-1].org)
            if not out and item.org is None and verb is not None:
                sent_to = _sent_to(ctx, text, mentions, i, at - len(verb))
                if sent_to is not None:
                    item = replace(item, org=sent_to)    # 被选派到某村担任第一书记: the village's
            if item.org is None and item.role_name in GROUP_HEADS:
                # 成立…领导小组，由甲任组长，乙任副组长: the group its paragraph set up last before the post
                item = replace(item, org=look.group_before(r))
            out.append(item)
            at = r.end
            if not text.startswith(separators, at):
                break
    return out


def _career(ctx: RelationContext, text: str, mentions: list[Mention], i: int,
            look: "_Lookup") -> list[tuple[_Item, str | None]]:
    """The posts the later clauses of a person's sentence name, each with its date (a résumé's
    sentences over its paragraph): 某某，男，…，2017年2月任某县委书记，2020年8月任某市副市长 (each dated
    by the time before its verb); and posts held once, undated, after a verb of a career right after
    the name or opening a clause (某某历任甲县县长，乙市副市长; 利用担任…等职务上的便利; 在担任…期间).
    A verb of holding right after the name is :func:`_appointed`'s; another person named ends it."""
    m = mentions[i]
    s = ctx.sentence_of(m)
    if s is None or not ctx.cues.career:
        return []
    end = s.end
    # (a résumé or a life, the name opening its sentence: 某某，男，…。历任…: its paragraph)
    resume = not text[s.start:m.start].strip(RESUME_OPENERS)
    if resume:
        paragraph_end = text.find("\n", m.end)
        end = len(text) if paragraph_end < 0 else paragraph_end
    next_person = next((x.start for x in mentions[i + 1:] if x.label == "Person" and x.start >= m.end), len(text))
    end = min(end, next_person)
    # (the career told on after the name's sentence or paragraph with its subject left out or a pronoun
    # for it, before anyone else is named: 某某，男，汉族，…。⏎曾任…; 她先后担任…; 重新工作后，历任…)
    told_on = min(next_person, _paragraphs_on(text, end, MAX_CAREER_PARAGRAPHS))
    times = {t.start: t for c in ctx.frame.clauses if m.end <= c.start < told_on or c.start <= m.end < c.end
             for t in c.times}
    tokens = TokenIndex.of(ctx.frame.doc)
    marks = _CAREER_MARKS + ("。",) if resume else _CAREER_MARKS
    opens = [(_time_after(ctx, m), True, False)] + [(k + 1, False, False) for k in range(m.end, end)
                                                     if text[k] in marks]
    opens += [(k + 1, False, True) for k in range(max(end - 1, m.end), told_on) if text[k] in _TOLD_ON_MARKS]
    out: list[tuple[_Item, str | None]] = []
    for p, at_name, later in opens:
        if not at_name and text.startswith(HE_OR_SHE, p) and not text.startswith(_THEY, p):
            p += 1      # (她先后担任…: the pronoun for the name the career is of)
        if later and next_person < _clause_end(text, p):
            continue    # (原任某厅厅长的某某，…: the career of the name its clause ends with)
        date, t = None, times.get(p)
        if t is not None:
            p, date = t.end, t.value if t.kind in ("on", "since") else None
            if text.startswith(_SPAN_TO, p) and (until := times.get(p + len(_SPAN_TO))) is not None:
                p, date = until.end, None     # 1988年至1993年任…: a post held over a span, since ended
            if text.startswith(RESUME_FIELD_MARK, p):
                p += len(RESUME_FIELD_MARK)   # 2017年2月，任…
        verb = next((v for v in ctx.cues.career if text.startswith(v, p)), None)
        if verb is not None:
            date = None        # (a post held once: no day of the sentence is its)
        elif not at_name and (not later or t is not None and out):
            # (a clause told on later: after a time, in a career going on: 曾任…，2020年6月任…)
            verb = next((v for v in ctx.cues.holding if text.startswith(v, p)), None)
        if verb is None:
            continue
        # (任务, 任何: no verb of holding; but jieba glues 任 to a time's 年: 1993 | 年任)
        ends_word = p + len(verb) in tokens.by_end
        if not (ends_word and (p in tokens.by_start or t is not None)):
            continue
        for it in _posts_after(ctx, text, mentions, i, p + len(verb), look, verb, commas=True, rule=CAREER):
            if not any(it.role_key == x.role_key and it.org == x.org for x, _ in out):
                out.append((it, date))
    return out


def _clause_end(text: str, at: int) -> int:
    """Where the clause that opens at ``at`` ends (its first mark of a break)."""
    return next((k for k in range(at, len(text)) if text[k] in _TOLD_ON_MARKS), len(text))


def _paragraphs_on(text: str, at: int, n: int) -> int:
    """Where the ``n``-th paragraph after the one ``at`` stands in ends."""
    for _ in range(n + 1):
        at = text.find(_PARAGRAPH, at)
        if at < 0:
            return len(text)
        at += 1
    return at - 1


def _noted(text: str, mentions: list[Mention], i: int, look: "_Lookup") -> list[_Item]:
    """岑某（某镇党委书记）、罗某（某局局长）: the posts noted in brackets right after a name (an award
    list, a list of speakers), the last right before the closing bracket and those listed before it."""
    m = mentions[i]
    if text[m.end:m.end + 1] not in NOTE_OPENS:
        return []
    close = next((k for k in range(m.end + 1, min(len(text), m.end + MAX_NOTED_POST))
                  if text[k] in _NOTE_CLOSE_OR_BREAK), -1)
    if close < 0 or text[close] not in NOTE_CLOSES:
        return []
    role = next((r for r in look.by_end.get(close, ()) if r.label == "Role"), None)
    if role is None:
        return []
    last = look.item(role, m.end, NOTED)
    return [replace(it, rule=NOTED) for it in look.listed_before(last, m.end)]


def _former(text: str, it: "_Item") -> bool:
    """Whether the post of ``it`` is written as a former one (原副省长, 原某局局长)."""
    at = it.role.start if it.role is not None else it.start
    return text[at - 1:at] in FORMER_MARKS or text[it.start - 1:it.start] in FORMER_MARKS


def _appointing_goes_on(ctx: RelationContext, text: str, start: int) -> bool:
    """选举甲为市委书记，乙、丙为市委副书记: a clause of names and 为 after a comma goes on with the frame of
    appointing the clause before it opened (a verb of appointing, a name, 为)."""
    if text[start - 1:start] not in _FRAME_GOES_ON:
        return False
    opening = max(text.rfind(p, 0, start - 1) for p in _SENTENCE_ENDS) + 1
    clause = text[opening:start - 1]
    return any(v in clause for v in ctx.cues.appointing) and APPOINTED_AS in clause


_FRAME_GOES_ON = frozenset("，；")
_SENTENCE_ENDS = ("。", "！", "？", "\n")


def _list_first(text: str, mentions: list[Mention], i: int) -> int:
    """The index of the first name of the 、-list of names the person at ``i`` closes or goes on
    (选举甲、乙、丙为…: 甲's); ``i`` where no name comes before it and 、."""
    j = i
    while True:
        prev = next((k for k in range(j - 1, -1, -1) if mentions[k].end <= mentions[j].start), None)
        if prev is None or mentions[prev].label != "Person" \
                or text[mentions[prev].end:mentions[j].start] not in NAME_LIST_SEPARATORS:
            return j
        j = prev


def _list_last(text: str, mentions: list[Mention], i: int) -> int:
    """The index of the last name of the 、-list of names the person at ``i`` opens or goes on
    (甲、乙、丙当选为…: 丙's); ``i`` where no name follows after 、."""
    j = i
    while True:
        nxt = next((k for k in range(j + 1, len(mentions)) if mentions[k].start >= mentions[j].end), None)
        if nxt is None or mentions[nxt].label != "Person" \
                or text[mentions[j].end:mentions[nxt].start] not in NAME_LIST_SEPARATORS:
            return j
        j = nxt


def _sent_to(ctx: RelationContext, text: str, mentions: list[Mention], i: int, verb_at: int) -> str | None:
    """某某被选派到某村担任驻村第一书记: the place or body right after 到/在 and right before the verb of
    holding, in the person's clause: where the post is held (a post of no body of its own)."""
    for x in mentions[i + 1:]:
        if x.start >= verb_at:
            break
        between = text[mentions[i].end:x.start]
        if x.end == verb_at and (is_org(x) or x.key.startswith(ADMIN_KEY) or x.label in _LOCAL_PLACES) \
                and any(w in between for w in SENT_TO) and not any(c in _CLAUSE_BREAKS for c in between):
            return x.key      # (到某县某镇某村: the chain's last, the place nearest the post)
    return None


def _resume_verb(ctx: RelationContext, text: str, mentions: list[Mention], i: int) -> str | None:
    """某某，男，汉族，…，现任某局局长: a resume opening its sentence with the name; its present posts
    follow 现任 in the sentence, no other person named before it."""
    m = mentions[i]
    s = ctx.sentence_of(m)
    if s is None or not text.startswith(RESUME_FIELD_MARK, m.end) or text[s.start:m.start].strip(RESUME_OPENERS):
        return None
    # (the résumé goes on over its paragraph: 某某，男，…生。2016年11月任…。现任某市委书记。)
    paragraph_end = text.find("\n", m.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    end = min(paragraph_end, next((x.start for x in mentions[i + 1:] if x.label == "Person"), paragraph_end))
    return RESUME_VERB if text.find(RESUME_VERB, m.end, end) >= 0 else None


def _removed(ctx: RelationContext, text: str, mentions: list[Mention], i: int, look: "_Lookup") -> list[_Item]:
    """免去某某的某局局长职务, 免去某某同志某县委书记、常委职务: the posts between the name and 职务
    (listed with 、), which the person held until the removal."""
    m = mentions[i]
    at = m.end + (len(COMRADE) if text.startswith(COMRADE, m.end) else 0)
    no_longer = next((w for w in NO_LONGER if text.startswith(w, at)), None)
    if no_longer is not None:
        at += len(no_longer)     # 某某同志不再担任某省委书记、常委、委员职务: the posts held until then
    elif not ctx.cues.removing or not (text.endswith(ctx.cues.removing, 0, m.start)
                                       or listed_under(text, m.start, ctx.cues.removing)):
        return []
    at += len(_POSSESSIVE) if text.startswith(_POSSESSIVE, at) else 0
    roles: list[Mention] = []
    for r in mentions[i + 1:]:
        if r.start < at or r.label != "Role":
            continue
        # (某州人民代表大会常务委员会副秘书长: a body named in full, however long, before the post)
        body_end = max((x.end for x in mentions if x.start == at and is_org(x) and x.end <= r.start), default=at)
        if r.start - body_end > MAX_BODY_GAP + MAX_APPOINTED_BODY \
                or any(c in _CLAUSE_BREAKS and c not in LIST_SEPARATORS for c in text[at:r.start]):
            break
        roles.append(r)
        if text.startswith(OFFICE_WORD, r.end):
            items: list[_Item] = []
            for x in roles:
                item = replace(look.item(x, m.end, REMOVED), rule=REMOVED)
                if items and _of_the_body_before(look, items[-1], item):
                    item = replace(item, org=items[-1].org)   # 不再担任某市委书记、常委、委员职务: the 市委's
                items.append(item)
            return items
        at = r.end
    return []       # no 职务 after the posts: not a removal from them


def _of_the_body_before(look: "_Lookup", before: _Item, item: _Item) -> bool:
    """A post of a list (、) naming no body of its own is in the body of the post before it, but a head of
    government after a post in a Party committee (县委常委、常务副县长: the county's government)."""
    if item.org is not None or before.org is None or item.role is None or item.start != item.role.start:
        return False
    if not _HEAD_OF_GOVERNMENT.search(item.role_name):
        return True
    body = look.ctx.entities.entities.get(before.org)
    return body is not None and body.type == _GOVERNMENT     # 副县长、代理县长: of the government named

def _removed_from_them(ctx: RelationContext, text: str, mentions: list[Mention], i: int,
                       look: "_Lookup") -> list[_Item]:
    """某某同志任某职，免去其某局主任职务: 其 is the person the sentence opens with; the posts between it and 职务
    are the ones held until the removal (no other person named between)."""
    m = mentions[i]
    s = ctx.sentence_of(m)
    if s is None or not ctx.cues.removing:
        return []
    end = min(s.end, next((x.start for x in mentions[i + 1:] if x.label == "Person"), s.end))
    for verb in ctx.cues.removing:
        at = text.find(verb + THEM, m.end, end)
        if at < 0:
            continue
        at += len(verb) + len(THEM)
        roles: list[Mention] = []
        for r in mentions[i + 1:]:
            if r.start < at or r.label != "Role":
                continue
            if r.start >= end or any(c in _CLAUSE_BREAKS and c not in LIST_SEPARATORS for c in text[at:r.start]):
                break
            roles.append(r)
            if text.startswith(OFFICE_WORD, r.end):
                return [replace(look.item(x, at - 1, REMOVED), rule=REMOVED) for x in roles]
            at = r.end
    return []


def _time_after(ctx: RelationContext, m: Mention) -> int:
    """Where a time expression right after a name ends (王某2021年3月 | 任…), or a note on the person in
    brackets (陆某（女，彝族）| 当选为…), else the name's end."""
    for c in ctx.frame.by_sentence.get(m.sentence, []):
        for t in c.times:
            if t.start == m.end:
                return t.end
    note = PERSON_NOTE.match(ctx.frame.doc.text, m.end)
    return note.end() if note is not None else m.end


def _holds_later(ctx: RelationContext, text: str, mentions: list[Mention], i: int) -> str | None:
    """某某被派驻到某村担任第一书记: a verb of holding of two characters or more later in the
    person's clause, no other person between (一字的 任 only right after the name)."""
    m = mentions[i]
    end = min((k for k in (text.find(c, m.end) for c in _CLAUSE_BREAKS) if k >= 0), default=len(text))
    nxt = next((x.start for x in mentions[i + 1:] if x.label == "Person"), len(text))
    for v in ctx.cues.holding:
        k = text.find(v, m.end, min(end, nxt))
        if len(v) >= 2 and k >= 0:
            return v
    return None


APPOINTMENT_LOOKBACK = 3   # sentences back to the day of the session that appointed or removed (任免)
# the divisions a head of government heads (a 县长 his county): the places a post may be held in
_HEADED_LEVELS = frozenset({"Province", "Prefecture", "County", "Township", "Village"})
MAX_FOREIGN_PLACE = 8     # characters of a foreign province's name before its head's post (琅勃拉邦省 | 省长)
_HOME_COUNTRY = "中国"
_JOINS = frozenset("与和及同")       # (省长某某与 | 某某省 | 省长: the name read starts after the join)
_PARTY_ORG = "PartyOrganization"
_COMMITTEE = "委"      # a place's Party committee ends in its level's character and 委 (某县 | 县委)


def _bodies_in_place(ctx: RelationContext, ends, placed: dict[str, str], place_key: str) -> list[str]:
    """The organisations of the article whose name ends so (人民政府, 政府) that are in the place."""
    return [key for key, e in ctx.entities.entities.items()
            if e.type in ORG_CLASSES and e.label.endswith(ends) and placed.get(key) == place_key]


def _role_body(ctx: RelationContext, role_m: Mention | None, role: str, placed: dict[str, str]) -> str | None:
    """The government a 县长/区长/市长 heads: the one of the place named before the post
    (南山区区长), else the only one of a place of that kind the article names (县长刘卫东:
    the one government of a …县); a 厅长/局长, the only department of that head the article
    names (``*`` in ``role_bodies.tsv``: wherever it is). Where the article names no such
    government, the place itself (金华市副市长某某: 金华市; 县长某某: the article's one county)."""
    if role not in ctx.cues.role_bodies:
        return None
    ends, place_end = ctx.cues.role_bodies[role]
    ents = ctx.entities
    referred = _referred_body(ctx, role_m, ends) if role_m is not None and place_end == ANY_PLACE else None
    if referred is not None:
        return referred
    place = None
    if role_m is not None:
        text = ctx.frame.doc.text
        # (沈阳市原副市长某某: a former post's mark between the place and the post)
        at = role_m.start - 1 if text[role_m.start - 1:role_m.start] in FORMER_MARKS else role_m.start
        place = next((p for p in ents.mentions if p.end in (role_m.start, at) and is_place(p)), None)
    if place is not None:
        bodies = _bodies_in_place(ctx, ends, placed, place.key)
    else:
        bodies = [key for key, e in ents.entities.items() if e.type in ORG_CLASSES and e.label.endswith(ends)
                  and (place_end == ANY_PLACE or (parent := ctx.place_entity(placed.get(key, ""))) is not None
                       and parent.label.endswith(place_end))]
    fused = _fused_body(ctx, role_m) if role_m is not None else None
    if fused is not None:
        # 公安局长某某 (one word of jieba's): the post's own body is written in it; no other 局 the article names
        bodies = [k for k in bodies if ents.entities[k].label.endswith(fused)]
        if not bodies:
            return None
    if place is None and role_m is not None and place_end != ANY_PLACE:
        # 潍坊市召开…，副市长某某主持…。…青州市人民政府作交流发言: a place of the post's kind the sentence
        # names before the post, which no government the article names is of, is the post's
        # (or the place of a Party committee the sentence names before it: 婺源县委常委、常务副县长甲，副县长乙 after
        # the hosts' 德清县政府 — the list's own county's)
        named: list[tuple[int, str]] = []      # (where it ends, the place)
        for m in ents.mentions:
            if m.sentence != role_m.sentence or m.end > role_m.start:
                continue
            key = m.key if is_place(m) else placed.get(m.key) if m.label == _PARTY_ORG else None
            e = ctx.place_entity(key) if key else None
            # (a place's own committee, 某县 | 县委, not a company's 党委)
            if e is not None and e.type in _HEADED_LEVELS and e.label.endswith(place_end) \
                    and (is_place(m) or m.canonical.endswith(e.label[-1] + _COMMITTEE)):
                named.append((m.end, key))
        said = max(named)[1] if named else None
        if said and bodies and not any(placed.get(b) == said for b in bodies) \
                and not _foreign_before(ctx, role_m, place_end):
            bodies = _bodies_in_place(ctx, ends, placed, said)
            if not bodies:
                return said
    if not bodies and place_end != ANY_PLACE:
        if place is not None and place.label in _HEADED_LEVELS and place.canonical.endswith(place_end):
            return place.key
        if place is not None and place.attr("country"):
            return place.key   # 南非豪登省 | 省长某某: the foreign province's own head
        if role_m is not None and place is None and _foreign_before(ctx, role_m, place_end):
            return None        # 南非豪登省省长某某, 琅勃拉邦省省长某某: a province the gazetteer does not hold
        # (the article's one division of that kind, named alone or in a body's name: 邢台市委副书记、市长; not
        # one named only as where someone goes: 市长某某到某县级市调研 is the mayor of the city it lies in)
        gone_to = ctx.only_gone_to()
        kind = [key for key, e in ents.entities.items() if e.type in _HEADED_LEVELS and e.label.endswith(place_end)
                and key not in gone_to]
        if not kind:
            # 省长某某来到南昌市: the one province the places the article names are in
            kind = sorted({key for key in _ancestors(ents.parents) if (e := ctx.place_entity(key)) is not None
                           and e.type in _HEADED_LEVELS and e.label.endswith(place_end)
                           and key not in ctx.only_guests()})
        if len(kind) > 1 and role_m is not None:
            # 某市委书记某某宣布…，市长某某致辞 (a county-level 市 named elsewhere): the city whose
            # committee or government the sentence names before the post
            named = {ents.parents.get(m.key) for m in ents.mentions if m.sentence == role_m.sentence
                     and m.end <= role_m.start and m.label in GOVERNING}
            kind = [key for key in kind if key in named] or kind
        return kind[0] if len(kind) == 1 else None
    if len(bodies) > 1 and any(ents.entities[k].label.endswith(UNIVERSITY) for k in bodies):
        # 校长某某 beside 某某大学 and 汽车工程学院: a college named with no place is the university's own
        bodies = [k for k in bodies if not (ents.entities[k].label.endswith(COLLEGE) and not placed.get(k)
                                            and UNIVERSITY not in ents.entities[k].label)]
    if len(bodies) > 1 and role_m is not None:
        # 中国人民银行某省分行召开…会议。党委书记、行长某某出席: of the bodies of that head the article
        # names, the one its paragraph named last before the post
        paragraph = ctx.frame.doc.sentences[role_m.sentence].paragraph
        labels = {ents.entities[k].label: k for k in bodies}
        # (a body's part, 某局党组, names the body too; one named in the post's own sentence is for the
        # rules of a list of posts to read: 重庆市某局党组书记、局长某某)
        before = []
        for m in ents.mentions:
            if not is_org(m) or m.end > role_m.start or ctx.frame.doc.sentences[m.sentence].paragraph != paragraph:
                continue
            key = m.key if m.key in bodies else next((k for lb, k in labels.items() if m.canonical.startswith(lb)), None)
            if key is not None:
                before.append((m.end, key, m.sentence))
        return max(before)[1] if before and max(before)[2] != role_m.sentence else None
    if len(bodies) != 1:
        return None
    return bodies[0]


def _of_its_kind(ctx: RelationContext, it: "_Item") -> "_Item":
    """A body of a kind takes its own posts only, and a post named with a kind of body is in one of it: 院纪委 no
    院党委副书记's, 院工会主席 in no 纪委 (the one body with a head the article named is not every post's)."""
    body = ctx.entities.entities.get(it.org) if it.org else None
    if body is None:
        return it
    post_kind = next((k for k in _BODY_KINDS if it.role_name.startswith(k)), None)
    body_kind = next((k for k in _BODY_KINDS if body.label.endswith(k)), None)
    if body_kind is not None and it.role is not None and ctx.frame.doc.text.endswith(body_kind, 0, it.role.start):
        return it      # 纪委 | 书记: the post written right after the body of its kind
    if post_kind is not None and body_kind != post_kind or body_kind is not None and post_kind is None \
            and it.role_name in _PARTY_POSTS:
        return replace(it, org=None)
    return it


# kinds of a body's own bodies, whose posts are named with them (纪委书记, 工会主席)
_BODY_KINDS = ("纪委", "纪工委", "工会", "团委", "妇联", "妇委会")
_PARTY_POSTS = frozenset({"书记", "副书记", "党委书记", "党委副书记", "党组书记", "党组副书记", "常务副书记"})


def _fused_body(ctx: RelationContext, role_m: Mention) -> str | None:
    """公安局长 (jieba: one word), the post 局长 inside it: the body written with the post (公安局), else None."""
    doc = ctx.frame.doc
    if role_m.start in doc.token_starts:
        return None
    k = TokenIndex.of(doc).by_end.get(role_m.end)      # (the word the post ends, if it ends one)
    tok = doc.tokens[k] if k is not None else None
    if tok is None or not tok.start < role_m.start or role_m.start - tok.start < MIN_FUSED_STEM:
        return None
    return doc.text[tok.start:role_m.start + 1]


SURNAME_SOURCE = "persons.surname"     # 王厅长: a person named by surname and title (kg.mentions.persons)
MIN_FUSED_STEM = 2       # characters of the body's stem before the post (公安 | 局长)


def _referred_body(ctx: RelationContext, role_m: Mention, ends: tuple[str, ...]) -> str | None:
    """某银行推出…。该行党委书记、董事长某某介绍: the body 该行 (该公司, 该院) refers to before the post,
    the last of the paragraph whose name ends in the noun and in a body the post heads."""
    text = ctx.frame.doc.text
    hit = _THIS_BODY.search(text, max(0, role_m.start - MAX_THIS_BODY_REACH), role_m.start)
    if hit is None:
        return None
    noun = hit.group(1)
    paragraph = ctx.frame.doc.sentences[role_m.sentence].paragraph
    named = [m for m in ctx.entities.mentions if is_org(m) and m.end <= hit.start()
             and ctx.frame.doc.sentences[m.sentence].paragraph == paragraph
             and m.canonical.endswith(noun) and m.canonical.endswith(ends)]
    return max(named, key=lambda m: m.end).key if named else None


# 该行, 该公司 … before a post (and the body's Party committee, a list of posts): the body referred to
_THIS_BODY = re.compile(r"该(公司|集团|银行|医院|学校|中心|行|局|院|校|厂|所)(?:党委|党组|党总支|党支部)?[^，。；：！？\n]*$")
MAX_THIS_BODY_REACH = 16


def _foreign_before(ctx: RelationContext, role_m: Mention, place_end: str) -> bool:
    """Right before the post, a name no recogniser read as a division, ending in the level the post
    heads (豪登省 | 省长), or a foreign country's name (南非 | 豪登省省长): another country's place."""
    text = ctx.frame.doc.text
    a = role_m.start
    if text[a - 1:a] != place_end:
        return False
    named = [m for m in ctx.entities.mentions if a - MAX_FOREIGN_PLACE < m.end <= a]
    if any(m.end == a for m in named):
        return False         # (a division's or a body's name, read)
    ends = {m.end for m in named}
    k = a - 1                # the unread name: back to a name read, a break or a non-Han character
    while k > 0 and a - k < MAX_FOREIGN_PLACE and k not in ends and is_han_char(text[k - 1]) \
            and text[k - 1] not in _CLAUSE_BREAKS and text[k - 1] not in _JOINS:
        k -= 1
    return a - k >= 3 and (k in ends and any(m.end == k and m.label == "Country" and m.canonical != _HOME_COUNTRY
                                             for m in named) or k not in ends)


def _ancestors(parents: dict[str, str]) -> set[str]:
    """The divisions the article's places are in, up the chain (adm/ ids only)."""
    out: set[str] = set()
    for key in parents.values():
        while key.startswith("adm/") and key not in out:
            out.add(key)
            key = parents.get(key, "")
    return out


def _post_date(ctx: RelationContext, m: Mention, appointed: bool = False) -> str | None:
    """The last date the person's sentence states before the name (2021年3月，王某任…) or, in the
    person's clause, right before a verb of holding (王某2021年3月任…), if any; not a date of what the
    person did (副市长某某通报了2022年全市…情况)."""
    text = ctx.frame.doc.text
    dated = [t for c in ctx.frame.by_sentence.get(m.sentence, []) if c.start <= m.start for t in c.times
             if t.value and t.kind in ("on", "since")
             and (t.end <= m.start or (c.start <= m.start <= c.end and text.startswith(ctx.cues.holding, t.end)))]
    if not dated and appointed:
        # 10月27日，某某会议举行。会议经表决，决定任命…, 免去…: appointed (or removed) on the day the
        # sentences before it in the paragraph gave, the session's
        # (a list of appointments printed as its own paragraph, after the lede that dates the session or the
        # wire's dateline: 新华社北京2月27日电 国务院任免国家工作人员。⏎免去…: the lede's day, when the paragraph
        # between holds no day of its own)
        # (the sentences a meeting speaks in, 会议指出…, 会议强调…, are the session's: they count no distance)
        k, left, sentences = m.sentence - 1, APPOINTMENT_LOOKBACK, ctx.frame.doc.sentences
        if listed_under(text, m.start, ctx.cues.appointing + ctx.cues.removing):
            # (决定任命：⏎甲为…；⏎乙为…；⏎丙为…；⏎决定免去：⏎丁的…职务: the items and headings of a list count no
            # distance either)
            left += MAX_LISTED_APPOINTMENTS
        while k >= 0 and left > 0:
            dated = [t for c in ctx.frame.by_sentence.get(k, []) for t in c.times
                     if t.value and t.kind == "on" and t.precision == "day"]
            if dated:
                break
            if not text.startswith(meeting_voices(), sentences[k].start):
                left -= 1
            k -= 1
    return dated[-1].value if dated else None
