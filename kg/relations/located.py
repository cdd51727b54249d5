"""Where bodies and sites are: ``locatedIn`` (and ``partOf`` for a village's party branch
and for departments).

- ``relations.located_context``: ``X地处Y``, ``X位于Y``, ``…设于此`` (the place just talked
  about), ``在Y，<company>…``, and a school or hospital given as an example right after a
  local government acting in the same sentence (``…市政府探索…试点，目前实验小学等12所
  学校已先行试点``) is in that government's place.
- ``relations.institution_place``: the place at the head of an institution's or a zone's
  name (河南省人社厅 → 河南省, 湄潭中医院 → 湄潭县 through the gazetteer, 某市经开区 → 某市), or the
  zone it opens with, after its city's name or not (某市某新区某产业园, 某新区管委会 → 某新区),
  unless the entity stage already placed it; a village's party branch is part of the village.
  Not a place read inside a name of jieba's (阿里 of 阿里巴巴集团), nor a county's short name in an
  article naming no province of it (城东 | 污水处理厂).
  Below 50% precision on the dev set (2 of 5 when zones were added) though none of its
  losses is false: a zone named after a county-level city or a province (某县级市经开区,
  某省某新区) is in that place, where the gold names the city it lies in; the rule stays
  for the zones named after their city and the institutions the entity stage left unplaced.
- ``relations.department``: 兰考县扶贫开发办公室 partOf 兰考县人民政府, when both are named
  and in one place.
- ``relations.name_part``: an organisation named as another's name and more (某厅党组,
  某大学某研究院, 某市委宣传部) is part of it. Below 50% precision on the dev set (3 of 8
  when written) because of ends read wrongly, not of the rule: a body glued to a verb
  (某社作为…), a part whose middle body is not recognised (某局某处 → 某局 skipped),
  a short form bound to the wrong city; the rest (某报社某分社 partOf 某报社) are right but not in
  the gold. It stays for the parts the gold does list (党组 of a 厅/局, 宣传部 of a 党委).
- ``relations.listed_under``: 某镇甲村、乙村: every village of the list is in the township.
- ``relations.visit_site``: the stops named after 赴某县调研 are in the county.
- ``relations.site_address``: a site, company or zone written right after a county, city or
  township (白银市靖远县 | 某某景区): in that place, as an address is written.
- ``relations.abroad``: a division abroad read after its country's name in the sentence (日本某某市,
  美国某某州: ``foreign_places.division``) is in that country.
- ``relations.home_site``: a site, company or zone placed by nothing else is in the county or
  city the article is about (local news names its own sites without their place); not natural
  features (a river or a mountain range crosses counties), not bodies, not in a province, not
  one whose name opens with a country's or an international body's (中国电信, 东盟自贸区), not
  companies listed together (甲公司、乙公司等企业: investors, as often from elsewhere).
  On the dev set 4 of 5 (``kg eval --by source``, session 30; a zone of another district, placed
  in its neighbour's report, now goes to its district by site_address).
"""
from __future__ import annotations

from ..clean import is_han_char
from ..gazetteer import ADMIN_KEY
from ..clauses import ORG_CLASSES, is_org, is_place
from ..mentions.home import NATIONAL_MEDIA
from ..mentions.termtools import RIVER_CONTEXT, TokenIndex
from ..model import Mention
from .context import Candidate, RelationContext, candidate

PARTY = "PartyOrganization"
COUNTRY = "Country"
NAME_TAGS = ("nr", "nz")        # jieba's tags of persons' names (nr, nrt, nrfg) and other names
SUBSIDIARY = "orgs.subsidiary"   # a group's subsidiary, named after the group, not after its place
PARTNER_MARKS = ("与", "同")    # 某政府与某公司签约: the company after it is a partner, not a local site
__all__ = ["by_context", "institution_places", "title_issuers", "departments", "name_parts", "listed_under", "visit_sites", "home_sites",
           "site_addresses", "abroad", "visited_here", "CUE_REACH", "PARTY_BRANCH_LEVEL",
           "LOCAL_INSTITUTIONS"]

# characters allowed between a locatedIn cue (地处, 位于) and the place it points at, beyond the cue
CUE_REACH = 6
PARTY_BRANCH_LEVEL = frozenset({"Village"})   # a party body of a village is part of it (村党支部)
LOCAL_INSTITUTIONS = frozenset({"School", "Hospital"})
# 位于某园(内)的某馆: what may stand between the place and what is in it
_ATTRIBUTE_LINKS = frozenset({"的", "内的", "中的", "境内的", "之中的", "里的"})
_LONGEST_CUE = 4
# zones named after their place (某市经开区) are in it, as institutions are (not sites: a memorial
# may be named after an event that shares its name with a district elsewhere)
NAMED_SITES = frozenset({"Place"})
MIN_SITE_NAME = 4     # a site's name that places what is named after it (三江新区; not 新区)
MIN_PLACE_PREFIX = 2  # the name of the city a site's name may open with (柳州 | 柳东新区)
# a place listed with 、 after the first item of a list that opens inside a larger place
LISTED_UNDER = {"Village": ("Township",), "Township": ("County",)}
MAX_LIST_ITEM = 8
# a visit to a place of these levels (most general first) places the stops named after it (a
# province is too wide: its stops are named with their county)
VISITED_LEVELS = ("Prefecture", "County", "Township")
# what a visit's stops may be, with the level index they must be below (a township is in a county)
VISIT_SITES = {"Landmark": 3, "Company": 3, "Township": 2, "Village": 3}
# what relations.home_site places in the article's own county or city
HOME_SITES = frozenset({"Landmark", "Company", "Place"})
# (but not companies in a list: 甲公司、乙公司等企业代表 at a city's promotion meeting are investors,
# as often from elsewhere as local)
LISTED_AROUND = ("、", "等")
HOME_SITE_LEVELS = frozenset({"Prefecture", "County"})
_AT = "在"
MIN_OPENING_SHORT = 3   # the shortest short name of a division a site's name is taken to open with
MAX_OPENING_NAME = 4     # the characters of a division's name a site's name may open with (满洲里口岸)
WIDE_NAMERS = frozenset({"Country", "Organization"})    # 中国…, 东盟…: whose name a site opening with it is
NATIONAL_OPENINGS = ("中国", "中华", "全国")
WORLD = "foreign_places"        # the source of the world's places and regions (countries, 非洲, 维也纳)
# characters of the move word before the place (赴, 来到, 在) and of the verb after it (调研)
MAX_MOVE = 2
# how far before the place a two-character going word (前往, 来到) may stand when words come between
MAX_MOVE_REACH = 14
# a part's name is the whole's name (at least MIN_WHOLE_NAME characters) and MIN_PART_REST more (某厅 + 党组)
MIN_WHOLE_NAME, MIN_PART_REST = 2, 2


def by_context(ctx: RelationContext) -> list[Candidate]:
    frame, cues = ctx.frame, ctx.cues
    rule = "relations.located_context"
    out: list[Candidate] = []
    prev_places: list[Mention] = []
    for c in frame.clauses:
        heads = [m for m in c.subjects if is_place(m) or is_org(m)]
        if heads:
            start = c.subject_end
            for m in c.mentions:
                if m.start < start or m in c.subjects:
                    continue
                cue = cues.has_before("locatedIn", c.between(start, m.start))
                if cue and is_place(m) and m.start - start <= len(cue) + CUE_REACH \
                        and not frame.doc.text.startswith(RIVER_CONTEXT, m.end):
                    # (甘肃地处黄河上游: where on the river it lies, not in the river)
                    out += [candidate(rule, h.key, "locatedIn", m.key, frame.span_evidence(c, h, m), cue=cue)
                            for h in heads if h.key != m.key]
                    break
            else:
                rest = c.between(start, c.end)
                for cue in cues.before.get("locatedIn", ()):
                    i = rest.find(cue)
                    if i >= 0 and rest[i + len(cue):].startswith(cues.here):
                        for h in heads:
                            for p in prev_places:
                                if p.key != h.key:
                                    out.append(candidate(rule, h.key, "locatedIn", p.key,
                                                         frame.span_evidence(c, h, start=start + i,
                                                                             end=start + i + len(cue) + 1),
                                                         cue=cue))
                        break
            # 在安定区内官营镇，<company>…: a company, school or hospital there
            loc = c.locative
            if loc is not None and is_place(loc) and not c.inherited:
                for h in heads:
                    if h.label in ORG_CLASSES - {"GovernmentBody", "PartyOrganization"}:
                        out.append(candidate(rule, h.key, "locatedIn", loc.key, frame.span_evidence(c, h, loc), cue="在"))
            # …嘉兴市政府探索…试点，目前实验小学等12所学校已先行试点: a school, hospital
            # or university whose name gives no place, named as an example right after a
            # local government acting in the same sentence, is in that government's place
            if c.listed and loc is None and c.index and not c.inherited:
                before = frame.clauses[c.index - 1]
                if before.sentence.index == c.sentence.index:
                    bodies = [a for a in before.agents if a.label == "GovernmentBody"]
                    for h in heads:
                        if h.label in LOCAL_INSTITUTIONS and bodies and not _named_place(h, ctx):
                            place = frame.place_of(bodies[0].key)
                            if place:
                                out.append(candidate(rule, h.key, "locatedIn", place, frame.span_evidence(c, h), cue="等"))
        out += _located_attribute(ctx, c)
        places = [m for m in c.agents if is_place(m)]
        if places and c.subjects:
            prev_places = places
    return out


def _located_attribute(ctx: RelationContext, c) -> list[Candidate]:
    """位于某某景区内的某某博物馆: a locatedIn cue and a place, then 的 and what is there."""
    out = []
    ms = c.mentions
    for x, y in zip(ms, ms[1:]):
        if not is_place(x) or not (is_place(y) or is_org(y)) or x.key == y.key:
            continue
        if c.between(x.end, y.start) not in _ATTRIBUTE_LINKS:
            continue
        before = c.between(max(c.start, x.start - _LONGEST_CUE), x.start)
        cue = next((w for w in ctx.cues.before.get("locatedIn", ()) if before.endswith(w)), None)
        if cue:
            out.append(candidate("relations.located_context", y.key, "locatedIn", x.key,
                                 ctx.frame.span_evidence(c, y, x), cue=cue))
    return out


def institution_places(ctx: RelationContext) -> list[Candidate]:
    """The place in an institution's name, for those no earlier rule placed (not a group's
    subsidiary: the place opens the group's name)."""
    ents = ctx.entities
    already = {c.head for c in ctx.found if isinstance(c, Candidate) and c.relation == "locatedIn"}
    names = ctx.admin_names()
    sites = _site_names(ctx)
    anchors = {e.attrs.get("adcode") for e in ents.entities.values() if e.attrs.get("adcode")}
    first = ents.first_mentions()
    rule = "relations.institution_place"
    out: list[Candidate] = []
    for key in sorted(ents.entities):
        e = ents.entities[key]
        if (e.type not in ORG_CLASSES and e.type not in NAMED_SITES) or key in already \
                or e.label in NATIONAL_MEDIA:   # (新华社: no 新华区 it lies in)
            continue
        if key in ents.parents:
            # placed by the entity stage; a village's party branch is also part of the village
            parent = ents.entities.get(ents.parents[key])
            if e.type == "PartyOrganization" and parent is not None and parent.type in PARTY_BRANCH_LEVEL:
                out.append(candidate(rule, key, "partOf", parent.id, ctx.mention_evidence(first.get(key)), source="name"))
            continue
        m = first.get(key)
        if m is not None and m.source == SUBSIDIARY:
            continue           # 某省某集团某某矿业: the place opens the group's name, not the mine's
        named = m.attr("place") if m is not None else None
        # the organisation stage read the place in the name (with the article's context)
        place = named if named and named.startswith("adm/") else (
            _site_prefix(ctx, e.label, sites) or _name_place(ctx, e.label, names, anchors, m))
        if place is None or place == key:
            continue
        place_ent = ents.entities.get(place)
        relation = "partOf" if (e.type == "PartyOrganization" and place_ent is not None
                                and place_ent.type in PARTY_BRANCH_LEVEL) else "locatedIn"
        out.append(candidate(rule, key, relation, place, ctx.mention_evidence(m), source="name"))
    return out


def departments(ctx: RelationContext) -> list[Candidate]:
    """兰考县扶贫开发办公室 partOf 兰考县人民政府, when both are named and in one place."""
    ents = ctx.entities
    placed = ctx.placed()
    first = ents.first_mentions()
    out: list[Candidate] = []
    for key in sorted(ents.entities):
        e = ents.entities[key]
        place = placed.get(key)
        if e.type not in ORG_CLASSES or place is None:
            continue
        for part, wholes in ctx.cues.departments:
            if not e.label.endswith(part) or e.label.endswith(wholes):
                continue
            # (a Party committee's office is no part of the government: 某省委办公厅, 某省政府办公厅; nor is
            # a body of the government's a department of the Party committee: 某市防汛抗旱指挥部)
            whole = [k for k, w in ents.entities.items() if k != key and w.type in ORG_CLASSES
                     and placed.get(k) == place and w.label.endswith(wholes)
                     and (e.type == PARTY) == (w.type == PARTY)]
            if len(whole) == 1:
                out.append(candidate("relations.department", key, "partOf", whole[0],
                                     ctx.mention_evidence(first.get(key)), source="name"))
            break
    return out


def name_parts(ctx: RelationContext) -> list[Candidate]:
    """An organisation named as part of another one of the article is part of it: its name
    is the other's name and more (某厅党组 → 某厅, 某大学某研究院 → 某大学, 某市委宣传部 → 某市委).
    The longest such name wins; an organisation some earlier rule made part of another is left."""
    ents = ctx.entities
    done = {c.head for c in ctx.found if isinstance(c, Candidate) and c.relation == "partOf"}
    names: dict[str, str] = {}
    for key, e in ents.entities.items():
        if e.type in ORG_CLASSES:
            for n in (e.label, *e.aliases):
                if len(n) >= MIN_WHOLE_NAME:
                    names.setdefault(n, key)
    first = ents.first_mentions()
    out: list[Candidate] = []
    for key in sorted(ents.entities):
        e = ents.entities[key]
        if e.type not in ORG_CLASSES or key in done:
            continue
        wholes = [(len(n), k) for n, k in names.items()
                  if k != key and len(e.label) - len(n) >= MIN_PART_REST and e.label.startswith(n)]
        if wholes:
            size, whole = max(wholes)
            # 某党委常委 is a post in the committee (read as a body), not a part of it
            rest = e.label[size:]
            if not any(rest.endswith(r) for r in ctx.roles) and not ents.entities[whole].label.startswith(e.label) \
                    and rest not in _JOINT_NAMES:
                out.append(candidate("relations.name_part", key, "partOf", whole, ctx.mention_evidence(first.get(key)),
                                     source="name"))
    return out


# 某省纪委监委: the commission and the supervisory commission, one office of two names, no part of the 纪委
_JOINT_NAMES = frozenset({"监委"})


def listed_under(ctx: RelationContext) -> list[Candidate]:
    """某镇甲村、乙村、丙村: every village of a list that opens right after a township (or a
    township list after a county) is in it, not only the first."""
    frame, text = ctx.frame, ctx.frame.doc.text
    mentions = sorted(ctx.entities.mentions, key=lambda m: (m.start, m.end))
    by_end = {m.end: m for m in mentions}
    out: list[Candidate] = []
    for m in mentions:
        outer_classes = LISTED_UNDER.get(m.label)
        if not outer_classes:
            continue
        # walk back over the list: items of at most MAX_LIST_ITEM characters joined by 、
        pos, first = m.start, m.start
        while pos - 1 >= 0 and text[pos - 1] == "、":
            j = pos - 1
            k = j
            while k > 0 and j - k < MAX_LIST_ITEM and is_han_char(text[k - 1]) and k not in by_end:
                k -= 1
            if k in by_end and by_end[k].label in outer_classes:
                first = k
                break
            prev = by_end.get(j)
            if prev is not None and prev.label == m.label:
                pos = prev.start
                continue
            if k == j or k not in by_end and (j - k >= MAX_LIST_ITEM or not is_han_char(text[k - 1])):
                break
            pos = k
        if first == m.start and pos != m.start:
            first = pos          # the list's first item stands right after the larger place (某镇甲村、乙村)
        outer = by_end.get(first) if first != m.start else None
        if outer is not None and outer.label not in outer_classes:
            outer = None
        if outer is None or outer.key == m.key:
            continue
        s = ctx.sentence_of(m)
        if s is not None and s.start <= outer.start:
            out.append(candidate("relations.listed_under", m.key, "locatedIn", outer.key,
                                 frame.evidence(s, outer.start, m.end), cue="、"))
    return out


def visit_sites(ctx: RelationContext) -> list[Candidate]:
    """某某赴某县调研。…在某景区、某公司…: the sites, companies, townships and villages a
    report names after a visit to a county or township, and places nowhere else, are in it
    (the genre names the stops of a visit without their place)."""
    frame, text = ctx.frame, ctx.frame.doc.text
    placed = ctx.situated()
    mentions = sorted(ctx.entities.mentions, key=lambda m: (m.start, m.end))
    first = ctx.entities.first_mentions()
    destination: Mention | None = None
    out: list[Candidate] = []
    done: set[str] = set()
    for i, m in enumerate(mentions):
        if m.label in VISITED_LEVELS and visited_here(text, mentions, i, ctx.cues.visit_moves, ctx.cues.visit_verbs):
            destination = m
            continue
        if destination is None or m.key in placed or m.key in done or m.attr("place") or first.get(m.key) is not m:
            continue
        if m.label in VISIT_SITES and VISITED_LEVELS.index(destination.label) < VISIT_SITES.get(m.label, 99):
            s = ctx.sentence_of(m)
            if s is not None:
                done.add(m.key)
                out.append(candidate("relations.visit_site", m.key, "locatedIn", destination.key,
                                     frame.evidence(s, m.start, m.end), source="context"))
    return out


def visited_here(text: str, mentions: list[Mention], i: int, moves: tuple[str, ...], verbs: tuple[str, ...]) -> bool:
    """Is ``mentions[i]`` the innermost place of 赴/到/在 <places> 调研?"""
    m = mentions[i]
    j = i
    while j > 0 and mentions[j - 1].end == mentions[j].start and mentions[j - 1].label in VISITED_LEVELS:
        j -= 1
    before = text[max(0, mentions[j].start - MAX_MOVE):mentions[j].start]
    after = text[m.end:m.end + MAX_MOVE + 2]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and nxt.start == m.end and nxt.label in VISITED_LEVELS:
        return False        # not the innermost place of the chain
    if not after.startswith(verbs):
        return False
    if before.endswith(moves):
        return True
    # 前往某某联系点某县调研: a going word a few plain words before the place
    wider = text[max(0, mentions[j].start - MAX_MOVE_REACH):mentions[j].start]
    wider = wider[max(wider.rfind(p) for p in "，。；：、,;:") + 1:]
    return any(w in wider for w in moves if len(w) > 1)


def _site_names(ctx: RelationContext) -> dict[str, str]:
    """Every name (label, alias) of a site of the article that is no division (zones, places
    abroad) -> its id."""
    names: dict[str, str] = {}
    for key in sorted(ctx.entities.entities):
        site = ctx.entities.entities[key]
        if site.type in NAMED_SITES and not key.startswith("adm/"):
            for n in sorted({site.label, *site.aliases}):
                if len(n) >= MIN_SITE_NAME:
                    names.setdefault(n, key)
    return names


def _site_prefix(ctx: RelationContext, label: str, sites: dict[str, str]) -> str | None:
    """The site a name opens with, itself or after the name of its city (某某新区 | 某某产业园,
    某市 | 某某新区 | 某某产业园, 某某新区 | 管委会): the smallest place known to hold what is
    named after it."""
    places = ctx.gazetteer.names()
    for n in range(len(label) - 1, MIN_SITE_NAME - 1, -1):
        prefix = label[:n]
        if prefix in sites:
            return sites[prefix]
        for k in range(MIN_PLACE_PREFIX, n - MIN_SITE_NAME + 1):
            if prefix[k:] in sites and prefix[:k] in places:
                return sites[prefix[k:]]
    return None


def _name_place(ctx: RelationContext, label: str, names: dict[str, str], anchors: set[str],
                m: Mention | None = None) -> str | None:
    at = 0
    for lead in ctx.cues.leads:
        if label.startswith(lead) and len(label) > len(lead) + 2:
            label, at = label[len(lead):], len(lead)
            break
    written = m is not None and m.text.startswith(label, at)
    for n in range(len(label) - 1, 1, -1):
        prefix = label[:n]
        if written and _inside_a_name(ctx, m.start + at, m.start + at + n):
            continue     # 阿里 | 巴巴集团: the place's name ends inside a name of jieba's (阿里巴巴)
        if prefix in names:
            return names[prefix]
        codes = ctx.gazetteer.names().get(prefix)
        if codes:
            code = _pick(ctx, codes, anchors)
            if code and _short_county_elsewhere(ctx, prefix, code, anchors):
                continue     # 温泉 | 度假区 in an article about a county of Zhejiang: no 温泉县 of Xinjiang
            if code:
                return f"adm/{code}"
    return None


def _inside_a_name(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one token jieba tagged as a person's or another name, and
    is not the whole of it (阿里 of 阿里巴巴; not 青山镇 of 青山 | 镇柳溪村, a slip across two words)."""
    doc = ctx.frame.doc
    i = TokenIndex.of(doc).at(end - 1)
    if i is None:
        return False
    tok = doc.tokens[i]
    return tok.start <= start and tok.end != end and tok.tag.startswith(NAME_TAGS)


def _short_county_elsewhere(ctx: RelationContext, prefix: str, code: str, anchors: set[str]) -> bool:
    """A county's short name (not its full name) whose province is not that of any place the
    article names, or in an article that names none (城东 | 污水处理厂: a part of the town, not
    城东区 of a province far away): as the place recogniser, which takes such a name only inside
    the provinces named, the name of a site is no evidence it lies there."""
    gaz = ctx.gazetteer
    area = gaz.get(code)
    if area is None or area.cls != "County" or gaz.is_full_name(prefix):
        return False
    provinces = {gaz.chain(a)[-1].code for a in anchors if gaz.get(a) is not None}
    return gaz.chain(code)[-1].code not in provinces


def _pick(ctx: RelationContext, codes: list[str], anchors: set[str]) -> str | None:
    if len(codes) == 1:
        return codes[0]
    inside = [c for c in codes if any(a.code in anchors for a in ctx.gazetteer.chain(c))]
    return inside[0] if len(inside) == 1 else None


def _named_place(m: Mention, ctx: RelationContext) -> bool:
    """Does the institution's name or the entity stage already place it?"""
    return m.key in ctx.entities.parents or bool(m.attr("place"))


def title_issuers(ctx: RelationContext) -> list[Candidate]:
    """《中共中央 国务院关于…的意见》: the bodies a document's title opens with issued it
    (read by :mod:`kg.mentions.bodies` as ``bodies.issuer``, inside the title)."""
    mentions = ctx.entities.mentions
    docs = [m for m in mentions if m.label == "Document"]
    out: list[Candidate] = []
    for m in mentions:
        if m.source != "bodies.issuer":
            continue
        doc = next((d for d in docs if d.start < m.start and m.end <= d.end), None)
        if doc is not None:
            out.append(candidate("relations.title_issuer", doc.key, "issuedBy", m.key, ctx.mention_evidence(m),
                                 source="title"))
    # 《某县农业局开展…实施方案》, 《市政协党组关于…》 (a body the bodies' rule did not read): a body the article
    # names, opening the title right before a word of what the document does, issued it
    bodies = {}
    for m in mentions:
        if m.label in _ISSUING_CLASSES:
            bodies.setdefault(m.text, m)
            bodies.setdefault(m.canonical, m)
    for d in docs:
        title = ctx.frame.doc.text[d.start + 1:d.end]
        at = min((k for w in _TITLE_VERBS if (k := title.find(w)) > 0), default=-1)
        m = bodies.get(title[:at]) if at > 0 else None
        if m is not None and not any(c.head == d.key and c.tail == m.key for c in out):
            out.append(candidate("relations.title_opening_issuer", d.key, "issuedBy", m.key, ctx.mention_evidence(m),
                                 source="title"))
    # 贯彻落实国务院《…行动方案》: a government or Party body written right before a title issued it
    by_end = {m.end: m for m in mentions if m.label in _ISSUING_CLASSES}
    text = ctx.frame.doc.text
    for d in docs:
        m = by_end.get(d.start)
        while m is not None:
            if not any(c.head == d.key and c.tail == m.key for c in out):
                out.append(candidate("relations.issuer_before", d.key, "issuedBy", m.key, ctx.mention_evidence(m),
                                     source="title"))
            # (市委、市政府《关于…的决定》: the bodies listed before it issued it together)
            m = by_end.get(m.start - 1) if text[m.start - 1:m.start] in _ISSUER_LIST_MARKS else None
    return out


_ISSUING_CLASSES = frozenset({"GovernmentBody", "PartyOrganization"})   # who issue documents in their name
# what a document opening with its issuer goes on with (《某局开展…方案》, 《某党组关于…》)
_TITLE_VERBS = ("关于", "开展", "印发", "贯彻", "落实", "实施", "推进", "深入开展", "加强", "进一步")
_ISSUER_LIST_MARKS = ("、", " ", "　")     # between the bodies that issue a document together


# the places an address names before a site (a province is too wide to say where it is)
ADDRESS_LEVELS = frozenset({"Prefecture", "County", "Township"})


def site_addresses(ctx: RelationContext) -> list[Candidate]:
    """白银市靖远县 | 黄河石林景区: a site, company or zone the article places nowhere else, written
    right after a county, city or township, is there."""
    ents = ctx.entities
    placed = ctx.situated()
    by_end = {m.end: m for m in ents.mentions if m.label in ADDRESS_LEVELS and m.key in ents.entities
              and not m.attr("anaphor")}
    out, done = [], set()
    for m in ents.mentions:
        if m.label not in HOME_SITES or m.key in placed or m.key in done or m.attr("place"):
            continue
        place = by_end.get(m.start)
        if place is not None and place.key != m.key:
            done.add(m.key)
            out.append(candidate("relations.site_address", m.key, "locatedIn", place.key, ctx.mention_evidence(m)))
    return out


def abroad(ctx: RelationContext) -> list[Candidate]:
    """某国某某市: the division is in the country its mention was read after (its ``country``)."""
    ents = ctx.entities
    countries = {e.label: k for k, e in sorted(ents.entities.items()) if e.type == COUNTRY}
    out, done = [], set()
    for m in ents.mentions:
        country = countries.get(m.attr("country") or "")
        if country is None or m.key in done or m.key not in ents.entities:
            continue
        done.add(m.key)
        out.append(candidate("relations.abroad", m.key, "locatedIn", country, ctx.mention_evidence(m)))
    return out


_AT = "在"     # 签约仪式在某宾馆举行: the venue, where the gathering is, a local site whatever is signed there
# in the sentence of a company's first naming: it invests, signs or is received (from elsewhere as often as not)
_GUESTS_WORDS = ("投资方", "签约", "签署", "会见", "洽谈", "客商", "来访", "考察团")


def home_sites(ctx: RelationContext) -> list[Candidate]:
    """A site the article names and places nowhere (a park, a glacier, a company, a zone) is
    in the county or city the article is about: local news names its own sites without their
    place. Only sites (not bodies: a provincial body in a county's report is not in the county),
    and only a county- or city-level place (a province is too wide to say where a site is)."""
    ents = ctx.entities
    placed = ctx.situated()
    sites = [k for k, e in sorted(ents.entities.items()) if e.type in HOME_SITES and k not in placed]
    if not sites:
        return []
    place = ctx.article_place()
    area = ctx.place_entity(place) if place else None
    if area is None or area.type not in HOME_SITE_LEVELS:
        return []
    first = ents.first_mentions()
    # (中国电信, 东盟自贸区: named after a country or an international body, no local site)
    wide = tuple(e.label for e in ents.entities.values() if e.type in WIDE_NAMERS) + NATIONAL_OPENINGS
    out = []
    text = ctx.frame.doc.text
    for k in sites:
        m = first.get(k)
        if m is None or m.attr("place") or ents.entities[k].label.startswith(wide) or m.source.startswith(WORLD):
            continue       # (非洲, 东南亚: a region of the world, no site of the article's place)
        if m.label == "Company" and (text[m.end:m.end + 1] in LISTED_AROUND or text[m.start - 1:m.start] == "、"):
            continue
        if m.label == "Company" and text[m.start - 1:m.start] in PARTNER_MARKS:
            continue       # 某省政府与某某技术有限公司签署协议: a partner from elsewhere, no local site
        if m.label == "Company" and text[m.start - 1:m.start] != _AT \
                and any(w in ctx.frame.doc.sentences[m.sentence].text for w in _GUESTS_WORDS):
            continue       # 某公司总经理作为投资方代表发言, 会见某集团董事长: an investor or a guest, as often from elsewhere
        # (在某省某市某县，某县革命博物馆…; 上饶市…修缮方志敏故居: the county or city its sentence names, or its
        # name opens with, before the article's own: a report names other places' sites too)
        own = _sentence_place(ctx, m, ents.entities[k].label)
        if own is None and _named_elsewhere(ctx, ents.entities[k].label, place):
            continue       # 满洲里口岸 in a report from 凭祥: a site named after another place, not the article's
        if own is not None and own != place:
            out.append(candidate("relations.home_site", k, "locatedIn", own, ctx.mention_evidence(m)))
            continue
        out.append(candidate("relations.home_site", k, "locatedIn", place, ctx.mention_evidence(m)))
    return out


def _named_elsewhere(ctx: RelationContext, label: str, place: str) -> bool:
    """The site's name opens with the name of a division (full or short) that is not the article's place
    nor one within it or around it."""
    home = place[len(ADMIN_KEY):] if place.startswith(ADMIN_KEY) else None
    for n in range(MAX_OPENING_NAME, 1, -1):
        codes = ctx.gazetteer.names().get(label[:n])
        # (a short name of two characters is too often a word of a local name: 东山茶叶, 白云山)
        if codes and (n >= MIN_OPENING_SHORT or ctx.gazetteer.is_full_name(label[:n])):
            return home is not None and not any(c == home or ctx.gazetteer.is_within(c, home)
                                                or ctx.gazetteer.is_within(home, c) for c in codes)
    return False


def _sentence_place(ctx: RelationContext, m: Mention, label: str) -> str | None:
    """The county or city a site's name opens with, else the last its sentence names before it (None: none)."""
    clauses = ctx.frame.by_sentence.get(m.sentence, [])
    places = [x for c in clauses for x in c.mentions if x.key.startswith(ADMIN_KEY) and x.label in HOME_SITE_LEVELS]
    named = next((x.key for x in places if label.startswith((x.canonical, x.text))), None)
    if named is not None:
        return named
    # (the place a clause before the site opens with, as its subject or after 在: 上饶市累计投入…，修缮某某故居;
    # 在某县，某某纪念馆…; not a place named in passing, 瑞金至兴国高速公路、某某铁路)
    before = [x for c in clauses if c.start < m.start for x in c.mentions
              if x.end <= m.start and x.key.startswith(ADMIN_KEY) and x.label in HOME_SITE_LEVELS
              and (x in c.subjects or c.text.startswith(_AT))]
    return before[-1].key if before else None
