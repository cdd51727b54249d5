"""From mentions to entities: within-article coreference and stable ids.

One entity per (class, canonical name) per article; administrative areas are
keyed by their code, so 北京 and 北京市 meet in one node. Townships and villages
get the code of the division that encloses them in their id, so two 新村 in two
counties stay apart.

Organisations: a short form (县委, 县政府, 区食品安全委员会) is the body of the
place of that level named last before it, and meets the full name when the article
has one (安吉县人民政府 / 县政府, 河南省人力资源和社会保障厅 / 省人社厅); a short
form with no such place names nothing and is dropped. An organisation is
``locatedIn`` the place its name starts with (its node is made if the article
names it only there). Posts and persons that point at an organisation
(``org_key``) are re-keyed to its entity.
"""
from __future__ import annotations

import functools
import re

from typing import AbstractSet, Sequence, cast

from dataclasses import dataclass, field, replace

from .clean import label_view
from .gazetteer import ADMIN_KEY
from .lexicon import ZONE_CLASS as ZONE
from .lexicon import read_table
from .mentions.home import (TRAVEL_VERBS, arrival_visitors, level_word, reception_guests, relayed_spans,
                           travel_destinations)
from .mentions.home import levels as home_levels
from .mentions.landmarks import BARE_ZONE   # a zone written bare (到高新区调研)
from .mentions.organizations import BARE_DEPARTMENT   # a department written bare (交通运输局)
from .mentions.organizations import ZONE_BODY_HEADS   # the bodies that govern a zone (新区党工委, 开发区管委会)
from .mentions.places import HOME_COUNTRY, MODIFIER_ONLY
from .model import Entity, Evidence, Mention, Sentence
from .ontology import org_classes
from .resources import Resources

__all__ = ["ArticleEntities", "resolve_entities", "evidence_for"]

# places whose names end in 区 and that are no district: a 区委 or 区局 after them is not theirs
# (某某社区 … 区住建局 is the district's bureau)
_NOT_DISTRICTS = ("自治区", "社区", "小区", "特别行政区", "地区")
# 区党委 is an autonomous region's Party committee (a district's is its 区委)
_DISTRICT, _REGION, _REGION_PARTY = "区", "自治区", "党委"
# a short form's level words of villages and communities (place_suffixes.tsv: Village): 村党支部 with no village
# named is any village's
_VILLAGE_LEVELS = frozenset(w for w, cls in read_table("place_suffixes.tsv") if cls == "Village")
UNPLACED = "unplaced"     # the attribute of a short-form body whose place the article never names
# the province no body the mainland's news writes short (省台办, 省委) is of: Taiwan's
NO_SHORT_FORM_PLACES = frozenset({"台湾省"})
# an autonomous division's level written short (凉山彝族自治州 | 州委, 某某自治县 | 县政府)
_SHORT_LEVELS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}

LOCAL_CLASSES = {"Township", "Village"}
_LIST_MARK, _EXAMPLES_END = "、", "等"
_AT = "在"
_HELD_VERBS = ("召开", "举行", "举办", "开幕", "闭幕", "启动")   # where something is held (在某市召开)
MIN_HEAD_REFERENCE = 3   # 指挥部, 领导小组: a head long enough to name one body (not 委, 局)

ORG_CLASSES = org_classes()   # from the ontology
# what may carry the division its name opens with (``place``): organisations, and zones
# (某镇某某产业园: the landmark recogniser's Place)
NAMED_IN_PLACE = ORG_CLASSES | {"Place"}
INITIATIVE = "Initiative"
# 某某公司, the short form of a company named in full with its registered legal form (某某…有限公司)
COMPANY, _SHORT_COMPANY, MIN_COMPANY_STEM = "Company", "公司", 2
_FROM_ELSEWHERE = ("代表团", "考察团")     # a visiting group named with the place it comes from
# a customs district named after the city it is seated in, serving the ports of a province (济南海关 at a ceremony in
# 东营): its city is no place the article's short forms (市人大常委会 after it) are of
_SEATED_ELSEWHERE = ("海关",)
_GROUP = "集团"     # a group of companies, named short by its trade name (华能集团)
PARTY_ORG, _CPC = "PartyOrganization", "中共"   # the Party's short name before a committee's (中共某省委)
INSTITUTION, MAX_INSTITUTION_SHORT = "Organization", 4     # 中科院, 农科院, 中国社科院 (5: left out)
# a zone named after its city (宜宾 | 三江新区): the city's name, and the zone's own name, at least this long
MIN_ZONE_PLACE, MIN_ZONE_NAME = 2, 4
_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份公司")
_OFFSET_ATTRS = ("place_start", "place_end")
# 某某（以下简称“某某”）, （简称“某某”）: a short form the text declares for the name before it
_DECLARES = "简称"
_DECLARED = re.compile(r"[（(](?:以下|下文)?简称[：:]?[“\"「‘'](?P<short>[^”\"」’'（）()]{2,20})[”\"」’'][）)]")
# classes a name is written in full once and shorter again (齐鲁医院, 花湖机场), and the shortest such form
_SHORTENED_CLASSES = frozenset({"Hospital", "School", "University", "Landmark"})
MIN_SHORTENED = 4
_LEVEL_OPENINGS = tuple("省市县区州盟旗镇乡村")
_LANDMARK = "Landmark"
# mention attributes that become node attributes (ontology property names)
ENTITY_ATTRS = ("docNumber", "genre")


@dataclass
class ArticleEntities:
    """The entities of one article, and its mentions re-keyed to entity ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)   # entity id -> enclosing place id

    def first_mentions(self) -> dict[str, Mention]:
        """Entity id -> its first mention in the article (where its evidence starts)."""
        first: dict[str, Mention] = {}
        for m in self.mentions:
            first.setdefault(m.key, m)
        return first


TOWNSHIP_KEY = "Township/"    # the key of a township no code names (Township/某镇)


def _as_matched(sentences: list[Sentence], match_text: str) -> list[Sentence]:
    """``sentences`` with the text of the matching view (the same offsets), where it differs."""
    if not match_text:
        return sentences
    return [s if s.text == (seen := match_text[s.start:s.end]) else replace(s, text=seen) for s in sentences]


def evidence_for(m: Mention, sentences: list[Sentence]) -> Evidence:
    s = sentences[m.sentence] if 0 <= m.sentence < len(sentences) else None
    if s is None:
        return Evidence(m.article_id, m.start, m.end, m.text, m.start, m.end, m.source, m.score)
    return Evidence(m.article_id, s.start, s.end, s.text, m.start, m.end, m.source, m.score)


def resolve_entities(mentions: list[Mention], sentences: list[Sentence], resources: Resources,
                     home: list | None = None, evidence: bool = True, match_text: str = "") -> ArticleEntities:
    """``home``: the divisions the article comes from (:func:`kg.mentions.home.home_places`);
    ``evidence=False``: the entities without the evidence of each mention (a tagger needs only
    their classes and labels); ``match_text``: the article's matching view, which the rules read
    the sentences in (a Traditional text's 會見 is the cue word 会见), while evidence quotes them."""
    gaz = resources.gazetteer
    out = ArticleEntities()
    read = _as_matched(sentences, match_text)
    resolved = _resolve_organizations(_zone_short_forms(mentions, resources), resources, home or [], read)
    mentions = _declared_short_forms(_named_again_shorter(_institution_short_forms(_branch_short_forms(
        _company_short_forms(resolved)))), read)
    # the enclosing place of a local place: the division right before it, or any
    # occurrence of the same name that had one, else the last county-level place named
    local_parent: dict[str, str] = {}
    local_names: dict[str, tuple[str, str]] = {}   # a local place's mention key -> (class, name)
    guessed: set[str] = set()                       # local places whose parent is only the last county
    last_county: str | None = None
    township_ends: dict[int, str] = {}              # where a township's mention ends -> its key
    named_inside: list[Mention] = []                # townships named only inside a body's name (某镇某村党支部)
    sentence_township: tuple[int, str] = (-1, "")   # the sentence and key of the township named last
    for m in mentions:
        if m.key.startswith("adm/") and m.label in ("County", "Prefecture"):
            last_county = m.key if m.label == "County" or last_county is None else last_county
        if m.label in NAMED_IN_PLACE and (inner := m.attr("place", "")).split("/", 1)[0] in LOCAL_CLASSES:
            # 余村村党支部: the village named inside an organisation's name
            cls, label = inner.split("/", 1)
            outer = m.attr("place_parent") or ""
            opens = outer.split("/", 1)[-1]
            if outer.startswith(TOWNSHIP_KEY) and cls == "Village" and outer not in local_names \
                    and m.text.startswith(opens):
                # 某镇某村党支部: the township the body's name opens with is named too, the village's parent
                township = Mention(m.article_id, m.start, m.start + len(opens), opens, "Township", opens, outer,
                                   m.sentence, (), source=m.source, score=m.score)
                named_inside.append(township)
                local_names[outer] = ("Township", opens)
                township_ends[township.end] = outer
                if last_county and opens not in local_parent:
                    local_parent[opens] = last_county     # (a guess: the tables or a later mention may place it)
                    guessed.add(opens)
            m = Mention(m.article_id, m.start, m.end, label, cls, label, inner, m.sentence,
                        (("parent", cast(str, m.attr("place_parent"))),) if m.attr("place_parent") else ())
        if m.label in LOCAL_CLASSES:
            local_names.setdefault(m.key, (m.label, m.canonical))
            parent = m.attr("parent")
            if m.label == "Township":
                township_ends[m.end] = m.key
                sentence_township = (m.sentence, m.key)
            elif not parent:
                parent = township_ends.get(m.start)     # 在某某镇 | 某某村: the village of the township before it
            if parent and parent.split("/", 1)[0] in LOCAL_CLASSES and parent not in local_names:
                parent = None   # a township not kept as a mention of its own names no parent
            if parent and m.label == "Township" and parent.startswith("Village/"):
                parent = None   # 某村某镇 (a headline's word salad): a village never encloses a township
            stated = parent                  # the parent the text gives, if any
            if not parent and not local_parent.get(m.canonical):
                guessed.add(m.canonical)     # nothing in the text says where it lies: a guess follows
            if not parent and not local_parent.get(m.canonical) and m.label != "Township" \
                    and sentence_township[0] == m.sentence:
                # 某镇党委书记某某带队深入甲村、乙村: a village the sentence names after a township (in a
                # body's name too) is guessed the township's, not the county's
                parent = sentence_township[1]
            parent = parent or local_parent.get(m.canonical) or last_county
            if parent and m.canonical not in local_parent:
                local_parent[m.canonical] = parent
            elif m.canonical in guessed and stated:
                guessed.discard(m.canonical)
                local_parent[m.canonical] = stated   # named bare first, under its parent later
            elif stated and _finer(stated, local_parent[m.canonical], resources):
                local_parent[m.canonical] = stated   # 湖南十八洞村 (a headline), then 某县双龙镇十八洞村: the township
    mentions = mentions + named_inside
    _parents_from_divisions(mentions, local_names, local_parent, guessed, resources)
    # only now are the townships' own parents known: a title may name 递铺镇 bare before
    # the body names it under its county, and the village inside it must follow it there
    local_parent = _resolve_local_parents(local_parent, local_names)
    for m in mentions:
        if m.label == "Person" and m.attr("surname") and not m.attr("surname_of"):
            continue        # 李老师 with no 李 named in full: a person the graph cannot name
        if m.label == "Role" and m.attr("unheld"):
            continue        # 全体委员, 市委秘书长等陪同: a seat or post nobody named holds
        if m.attr(MODIFIER_ONLY):
            continue        # 新中国, 中国文化: the country qualifying a noun, no place the article is about
        key = m.key
        if m.label in LOCAL_CLASSES:
            parent = local_parent.get(m.canonical)
            key = _local_id(m.label, m.canonical, parent)
            if parent:
                out.parents[key] = parent
        ent = out.entities.get(key)
        if ent is None:
            ent = out.entities[key] = Entity(key, m.label, m.canonical)
            code = m.attr("adcode")
            if code:
                ent.attrs["adcode"] = code
                area = gaz.get(code)
                if area and area.parent:
                    out.parents[key] = f"adm/{area.parent}"
        for name in ENTITY_ATTRS:   # 文号 and genre of a document: the first mention that gives one
            if m.attr(name) and name not in ent.attrs:
                ent.attrs[name] = m.attr(name)
        # an anaphor (全县, 当地) is evidence for its place, never one of its names; nor is
        # the surname that stands for a person (李 of 李局长)
        if m.text != ent.label and not m.attr("anaphor") and not (m.label == "Person" and m.attr("surname")):
            ent.aliases.add(m.text)
            if match_text and (simplified := label_view(m.text, match_text[m.start:m.end])) != m.text \
                    and simplified != ent.label:
                ent.aliases.add(simplified)     # (書記 of a Traditional text: 书记 names it too)
        if (alias := m.attr("alias")) and alias != ent.label:
            ent.aliases.add(alias)
        if evidence:
            ent.evidence.append(evidence_for(m, sentences))
        out.mentions.append(m if key == m.key else replace(m, key=key))
    _organization_places(out, local_parent, sentences, resources)
    _ground_local_places(out, resources)
    return out


def _ground_local_places(out: ArticleEntities, resources: Resources) -> None:
    """Statistical codes of townships under a county the article names, and of villages under
    such a township (names repeat across the country: never looked up without a parent)."""
    divisions = resources.divisions
    if not any(ent.type in ("Township", "Village") for ent in out.entities.values()):
        return
    for cls in ("Township", "Village"):
        for key in sorted(out.entities):
            ent, parent = out.entities[key], out.parents.get(key)
            if ent.type != cls or not parent:
                continue
            if cls == "Township" and parent.startswith("adm/"):
                code = divisions.township(parent[4:], ent.label)
            elif cls == "Village" and parent in out.entities and len(str(out.entities[parent].attrs.get("statCode", ""))) == 9:
                code = divisions.village(str(out.entities[parent].attrs["statCode"]), ent.label)
            else:
                code = None
            if code:
                ent.attrs["statCode"] = code


def _parents_from_divisions(mentions: list[Mention], local_names: dict[str, tuple[str, str]],
                            local_parent: dict[str, str], guessed: set[str], resources: Resources) -> None:
    """Where the text does not say where a township or village lies, the division tables may:
    a township in exactly one of the counties the article names, a village in exactly one of
    the townships it names (递铺街道 in a report naming 安吉县). Never a county the article
    does not name: village and township names repeat across the country."""
    if not local_names:
        return
    divisions = resources.divisions
    # the counties named, alone or inside a body's name (兰考县委 names 兰考县 as well)
    inside = [m.attr("place", "")[4:] for m in mentions if m.label in NAMED_IN_PLACE and m.attr("place", "").startswith("adm/")]
    counties = list(dict.fromkeys([m.key[4:] for m in mentions if m.key.startswith("adm/") and m.label == "County"]
                                  + [c for c in inside if (a := resources.gazetteer.get(c)) is not None
                                     and a.cls == "County"]))
    town_codes: dict[str, str] = {}          # township mention key -> its code
    for key, (cls, name) in sorted(local_names.items()):
        if cls != "Township":
            continue
        if name in guessed:
            hits = [c for c in counties if divisions.township(c, name)]
            if len(hits) == 1:
                local_parent[name] = f"adm/{hits[0]}"
                guessed.discard(name)
        parent = local_parent.get(name, "")
        code = divisions.township(parent[4:], name) if parent.startswith("adm/") else None
        if code:
            town_codes[key] = code
    for key, (cls, name) in sorted(local_names.items()):
        if cls == "Village" and name in guessed:
            hits = [t for t, code in town_codes.items() if divisions.village(code, name)]
            if len(hits) == 1:
                local_parent[name] = hits[0]
                guessed.discard(name)


def _resolve_local_parents(local_parent: dict[str, str], local_names: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Parents given as a local place's mention key (``Township/递铺镇``) -> that place's entity id."""
    resolved: dict[str, str] = {}

    def resolve(name: str, visiting: frozenset[str]) -> str | None:
        if name in resolved:
            return resolved[name]
        parent = local_parent.get(name)
        if parent in local_names:
            cls, parent_name = local_names[parent]
            if parent_name in visiting:     # a place cannot enclose itself: no parent then
                return None
            parent = _local_id(cls, parent_name, resolve(parent_name, visiting | {name}))
        if parent:
            resolved[name] = parent
        return parent

    for name in local_parent:
        resolve(name, frozenset({name}))
    return resolved


def _local_id(cls: str, label: str, parent: str | None) -> str:
    """``Village/<adcode of the enclosing division>/<label>``, or ``Village/<label>``."""
    if not parent:
        return f"{cls}/{label}"
    code = parent.split("/")[1]
    return f"{cls}/{code}/{label}"


def _place_name(key: str, canonical: str, resources: Resources) -> str:
    if key.startswith("adm/"):
        area = resources.gazetteer.get(key[4:])
        return area.name if area else canonical
    return key.rsplit("/", 1)[-1]


def _normal_body(body: str, variants: dict[str, str]) -> str:
    for variant, normal in variants.items():
        body = body.replace(variant, normal)
    return body


def _same_body(short: str, full: str, variants: dict[str, str]) -> bool:
    """县政府 ~ 人民政府, 人社厅 ~ 人力资源和社会保障厅 (an abbreviation keeps the
    characters in order, the first and the head's last). ``variants``: variant -> normal form,
    the longest variant first (as the lexicon orders them)."""
    short, full = _normal_body(short, variants), _normal_body(full, variants)
    if short == full:
        return True
    if not short or short[0] != full[:1] or short[-1] != full[-1:]:
        return False
    it = iter(full)
    return all(c in it for c in short)


_BRACKETS_OUT = str.maketrans("", "", "（）()")


def _company_short_forms(mentions: list[Mention]) -> list[Mention]:
    """某某公司 for the one 某某…有限公司 the article names (华为技术有限公司 … 华为公司; 贵州茅台酒股份有限公司 …
    茅台公司, the place before the trade name left out), or the trade name alone (比亚迪股份有限公司 … 比亚迪):
    one company, the short form an alias."""
    fulls = [m for m in mentions if m.label == COMPANY and m.canonical.endswith(_LEGAL_FORMS)]
    if not fulls:
        return mentions     # (cheap first: most articles name no company in full)
    out = []
    for m in mentions:
        stem = "" if m.label != COMPANY or m.canonical.endswith(_LEGAL_FORMS) else \
            m.canonical[:-len(_SHORT_COMPANY)] if m.canonical.endswith(_SHORT_COMPANY) else m.canonical
        #       (比亚迪 alone for 比亚迪股份有限公司: the trade name by itself)
        if len(stem) >= MIN_COMPANY_STEM:
            # (华润集团 for 华润（集团）有限公司: the bracketed qualifier read as written out)
            named = {f.key: f for f in fulls if f.canonical.startswith(stem)
                     or f.canonical.translate(_BRACKETS_OUT).startswith(stem) or (
                f.attr("place_end") and f.canonical[int(cast(str, f.attr("place_end"))) - f.start:].startswith(stem))
                     # (华能集团 for 中国华能集团有限公司, 三峡集团 for 中国长江三峡集团有限公司: the group's
                     # name inside the registered one, its opening words left out)
                     or (m.canonical.endswith(_GROUP) and m.canonical in f.canonical)}
            m = _alias_of_one(m, list(named.values()))
        out.append(m)
    return out


def _branch_short_forms(mentions: list[Mention]) -> list[Mention]:
    """中国石化西北油田分公司 … 西北油田分公司, 中国农业银行赣州分行 … 赣州分行 (… 农业银行赣州分行), 中国农业银行 … 农业银行: a
    company's branch (or a bank) named in full once (another company's name the article gives, a place or,
    for a bank, the country before it) and again without what opens it is one; where exactly one such
    full name ends in the short one, the short form is its alias."""
    fulls = [m for m in mentions if m.label in _BANKING_CLASSES and m.canonical.endswith(BRANCH_HEADS)]
    if len(fulls) < 2:
        return mentions
    # (农业银行 for 中国农业银行: a national bank without the country's name, as everyone writes it)
    openings = {m.canonical for m in mentions if m.label == COMPANY or m.key.startswith(ADMIN_KEY)} | {_HOME_COUNTRY}
    return [_alias_of_one(m, [f for f in fulls if f.label == m.label and len(f.canonical) > len(m.canonical)
                              and f.canonical.endswith(m.canonical) and f.canonical[:-len(m.canonical)] in openings
                              and (f.canonical[:-len(m.canonical)] != _HOME_COUNTRY or _BANK in m.canonical)])
            if m.label in _BANKING_CLASSES and m.canonical.endswith(BRANCH_HEADS) and len(m.canonical) >= MIN_BRANCH
            else m for m in mentions]


# the heads of a company's branch (and a bank's name), and the fewest characters of a short name (某某分公司)
BRANCH_HEADS = ("分公司", "分行", "支行", "银行")
MIN_BRANCH = 4
_BANK, _HOME_COUNTRY = "银行", "中国"
_BANKING_CLASSES = frozenset({"Company", "GovernmentBody"})


def _institution_short_forms(mentions: list[Mention]) -> list[Mention]:
    """中科院 for the 中国科学院 the article names, 社科院 for its 社会科学院: an institution's short form
    keeps its first and last characters and the rest in order (as :func:`_same_body` reads a body's);
    where one institution the article names in full reads so, the short form is that one's alias.
    Companies are left out (中国银行 reads so inside 中国农业银行, and is another bank)."""
    fulls = [m for m in mentions if m.label == INSTITUTION and len(m.canonical) > MAX_INSTITUTION_SHORT]
    if not fulls:
        return mentions
    return [_alias_of_one(m, [f for f in fulls if _same_body(m.canonical, f.canonical, {})])
            if m.label == INSTITUTION and len(m.canonical) <= MAX_INSTITUTION_SHORT else m for m in mentions]


def _declared_short_forms(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """某某农村商业银行股份有限公司（以下简称“某某农商银行”）: the short form the text declares for the body
    named right before it is that body wherever the article writes it (one node, the short form an alias)."""
    declared: dict[str, Mention] = {}
    ends = {m.end: m for m in mentions if m.label in ORG_CLASSES}
    for s in sentences:
        if _DECLARES not in s.text:
            continue
        for found in _DECLARED.finditer(s.text):
            full = ends.get(s.start + found.start())
            if full is not None and found.group("short") != full.canonical:
                declared.setdefault(found.group("short"), full)
    if not declared:
        return mentions
    return [_alias_of_one(m, [declared[m.text]]) if m.label in ORG_CLASSES and m.text in declared
            and m.key != declared[m.text].key else m for m in mentions]


def _alias_of_one(m: Mention, fulls: list[Mention]) -> Mention:
    """``m`` as an alias of the one body ``fulls`` names (its key, name and place, not its offsets: they
    are the full name's), or ``m`` itself where they name none or several."""
    if len({f.key for f in fulls}) != 1:
        return m
    f = fulls[0]
    return replace(m, key=f.key, canonical=f.canonical, attrs=tuple((k, v) for k, v in f.attrs if k not in _OFFSET_ATTRS))


def _named_again_shorter(mentions: list[Mention]) -> list[Mention]:
    """山东大学齐鲁医院 … 齐鲁医院, 某某国际机场 … 某某机场: a hospital, school, university or landmark named
    in full once and again shorter (the end of the full name, or its opening and its ending with words
    between left out) is one; where exactly one of the article's longer names of that class reads so, the
    short form is its alias."""
    fulls = [m for m in mentions if m.label in _SHORTENED_CLASSES and len(m.canonical) > MIN_SHORTENED]
    if not fulls:
        return mentions
    # (县人民医院: a short form of a level, which the organisation stage resolves to its place's)
    return [_alias_of_one(m, [f for f in fulls if f.label == m.label and len(f.canonical) > len(m.canonical)
                              and _shortened(m.canonical, f.canonical, in_order=m.label == _LANDMARK)])
            if m.label in _SHORTENED_CLASSES and len(m.canonical) >= MIN_SHORTENED
            and not m.canonical.startswith(_LEVEL_OPENINGS) else m for m in mentions]


def _shortened(short: str, full: str, in_order: bool) -> bool:
    """``short`` is ``full``'s end (齐鲁医院 of 山东大学齐鲁医院), or (``in_order``: a landmark's) its first
    two and last two characters with some of the words between (花湖机场 of 花湖国际机场; a body's name
    so shortened may be another body, 某县医共体总医院 of 某县人民医院医共体总医院, left to the
    organisation stage)."""
    if full.endswith(short):
        return True
    if not in_order or short[:2] != full[:2] or short[-2:] != full[-2:] or full.startswith(short):
        return False     # (某某学校 | 某某学校附属…: the longer name goes on past the whole short one, another body)
    rest = iter(full[2:-2])
    return all(ch in rest for ch in short[2:-2])


def _within_the_named(key: str, named: tuple[str, str] | None, resources: Resources) -> bool:
    """A county-level city inside the city last named at its level (曲靖市 … 宣威市要…: 市政府 after them
    is still 曲靖市's): a short form of the level names the larger city the report is about, unless the
    smaller is the article's own (its title's: 义乌市新建4所中小学 | 金华日报讯 … 市教育局)."""
    return named is not None and _lies_within(key, named[0], resources)


def _lies_within(key: str, outer_key: str, resources: Resources) -> bool:
    """The division ``key`` lies inside the division ``outer_key`` (both ``adm/`` keys), not itself."""
    if not key.startswith(ADMIN_KEY) or not outer_key.startswith(ADMIN_KEY):
        return False
    code, outer = key[len(ADMIN_KEY):], outer_key[len(ADMIN_KEY):]
    if code not in resources.gazetteer.areas or outer not in resources.gazetteer.areas:
        return False
    return outer != code and outer in {a.code for a in resources.gazetteer.chain(code)[1:]}


def _encloses_the_home(key: str, level: str, home_keys: AbstractSet[str], resources: Resources) -> bool:
    """The place named encloses one of the article's own places written with the same level word (武夷山市召开
    会议。南平市副市长某某到会指导，市委副书记、市长某某…; 讷河市新闻中心讯 …传达学习齐齐哈尔市委…精神): the
    superior city named in passing, its officials and meetings its own; 市委 after it is still the home's."""
    for home in home_keys:
        area = resources.gazetteer.get(home[len(ADMIN_KEY):]) if home.startswith(ADMIN_KEY) else None
        if area is not None and area.name.endswith(level) and _lies_within(home, key, resources):
            return True
    return False


def _zone_of_body(m: Mention, zones: list[Mention], last_zone: dict[str, Mention],
                  short_endings: dict[str, tuple[str, ...]]) -> Mention | None:
    """The zone whose body ``m`` names by the zone's ending alone (新区 | 党工委, 开发区 | 管委会), or
    by its ending's short form (高新区 | 党工委 of 某某高新技术产业开发区): the zone with that ending
    named last before it, else the only one the article names."""
    head = m.attr("head") or ""
    end = m.canonical[:len(m.canonical) - len(head)] if head and m.canonical.endswith(head) else ""
    if not end or head not in ZONE_BODY_HEADS:
        return None
    for ending in (end, *short_endings.get(end, ())):
        if ending in last_zone:
            return last_zone[ending]
        named = {z.canonical: z for z in zones if z.canonical.endswith(ending) and len(z.canonical) > len(ending)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _zone_short_forms(mentions: list[Mention], resources: Resources) -> list[Mention]:
    """三江新区 for the one 宜宾三江新区 the article names (a zone's name opened by the name of its
    city, written again without it; 两江新区 … 重庆两江新区): one zone, the short form an alias."""
    zone_ends = resources.lexicon.terms.zone_suffixes
    zones = {m.canonical for m in mentions if m.label == ZONE and m.canonical.endswith(zone_ends)}
    if len(zones) < 2:
        return mentions     # (cheap first: most articles name no zone twice over)
    places = resources.gazetteer.names()
    full_of: dict[str, set[str]] = {}
    for name in zones:
        for k in range(MIN_ZONE_PLACE, len(name) - MIN_ZONE_NAME + 1):
            if name[k:] in zones and name[:k] in places:
                full_of.setdefault(name[k:], set()).add(name)
    for name in zones:
        # 南宁经开区 for 南宁经济技术开发区: the zone named again with its ending's short form
        for short, fulls in resources.lexicon.terms.zone_short_endings.items():
            if name.endswith(short) and len(name) > len(short):
                stem = name[:-len(short)]
                full_of.setdefault(name, set()).update(stem + f for f in fulls if stem + f in zones)
                if not full_of[name]:
                    del full_of[name]
    if not full_of:
        return mentions
    out = []
    for m in mentions:
        fulls = full_of.get(m.canonical) if m.label == ZONE else None
        if fulls is not None and len(fulls) == 1:
            full = next(iter(fulls))
            m = replace(m, key=f"{ZONE}/{full}", canonical=full)
        out.append(m)
    return out


def _resolve_organizations(mentions: list[Mention], resources: Resources, home: list,
                           sentences: Sequence[Sentence] = ()) -> list[Mention]:
    """Short forms to their place's body, spellings of one body to one canonical name.

    A short form (县委, 市政府) is the body of the place of its level named last before
    it; with none named before, of the article's own place of that level (its
    dateline, paper or web address), else of the place of that level the article
    names most (a report opening with 市委书记… names its city later).
    """
    if not any(m.label in ORG_CLASSES or m.attr(BARE_ZONE) for m in mentions):
        return list(mentions)       # (no organisation, no zone written bare: nothing to resolve)
    names = resources.lexicon.names
    variants, levels = names.org_body_variants, names.level_words
    at_home = home_levels(home, resources.gazetteer, levels)
    fallback = {w: (f"adm/{a.code}", a.name) for w, a in at_home.items()}
    for word, a in at_home.items():
        for w in _written(word):
            fallback.setdefault(w, (f"adm/{a.code}", a.name))     # (州委 of the home's 自治州)
    # a county's own outlet (某县讯, 某县融媒体中心) writes 县委, 县应急管理局 of its county, whatever other
    # county it names (汲取某县事故教训, 通报了某县一起事故)
    own_county = {w: f"adm/{a.code}" for w, a in at_home.items() if a.cls == "County"}
    by_index = {s.index: s for s in sentences}
    guests_from = reception_guests(mentions, by_index)
    # (the guests' places are no places of the article's: 省委书记某某在南京会见了某省党政代表团)
    guests = {m.start for m in mentions if m.start >= guests_from.get(m.sentence, m.end + 1)}
    # (传达学习泉州市委十二届五次全会精神 in a county-level city's report: a superior's meeting relayed names no place of
    # the article's, which 市委 and 我市 are of)
    # (a body's: 在青海考察时的重要讲话精神 names the province the report is of, where the speech was given)
    relayed = relayed_spans(by_index)
    relayed_bodies = {m.start for m in mentions if m.label in ORG_CLASSES
                      and any(a <= m.start < b for a, b in relayed.get(m.sentence, ()))}
    guests |= relayed_bodies
    # (nor the places visitors come from: 某市市长率某市代表团到我市考察。市委书记某某陪同 is the hosts')
    visitors = arrival_visitors(mentions, by_index, resources.gazetteer)
    guests |= visitors
    dominant = _dominant_at_level(mentions, resources, levels, _destinations(mentions, sentences) | guests)
    for w, top in dominant.items():
        fallback.setdefault(w, top)
    # 省委 in a report that names only 济南市: the province of the places it names
    for key, _ in sorted(dominant.values(), key=lambda kv: kv[0]):
        for area in resources.gazetteer.chain(key[4:])[1:]:
            word = level_word(area.name, levels)
            for w in _written(word) if word else ():
                fallback.setdefault(w, (f"adm/{area.code}", area.name))
    # the full names: (class, place) -> [(body, canonical)] in order of appearance
    full: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for m in mentions:
        if m.label in ORG_CLASSES and (named_in := m.attr("place")) and not m.attr("level"):
            full.setdefault((m.label, named_in), []).append((_body_of(m), m.canonical))
    out: list[Mention] = []
    last_at_level: dict[str, tuple[str, str]] = {}   # 县 -> (adm/330523, 安吉县)
    # the article's own places: its dateline's, and those its headline (or first sentence) names
    home_keys = {f"{ADMIN_KEY}{p.area.code}" for p in home} | {
        m.key for m in mentions if m.sentence == 0 and m.key.startswith(ADMIN_KEY)}

    # (and the places of the bodies the headline names: 南阳市政府与上海某集团签订…)
    # (not a company's or a visiting group's: 某某会见上海某集团副总裁 names the guest's city)
    own_keys = home_keys | {m.attr("place") for m in mentions if m.sentence == 0 and m.label in ORG_CLASSES
                            and m.attr("place") and not _from_elsewhere(m)}

    def named(key: str, canonical: str, written: str = "", from_elsewhere: bool = False) -> None:
        """``from_elsewhere``: a company's or a visiting group's place (上海某某集团, 某市代表团), which does not
        replace the article's own place (the headline's or the dateline's) of its level, nor stand for the level
        where no place of it was named before (某某会见上海某集团副总裁: 市委书记 is the host's)."""
        name = _place_name(key, canonical, resources)
        if name in NO_SHORT_FORM_PLACES:
            return      # 台湾地区… 省台办: the province's own office, never Taiwan's
        # a name of before a renaming (某某县, now 某某区) is named at its written level too
        names = (name, written) if written and written != name and resources.gazetteer.is_full_name(written) \
            else (name,)
        for n in names:
            for level in levels:
                if n.endswith(level) and not (level == "区" and n.endswith(_NOT_DISTRICTS)) \
                        and own_county.get(level, key) == key \
                        and not (key not in home_keys and _within_the_named(key, last_at_level.get(level), resources)) \
                        and not (key not in home_keys and _encloses_the_home(key, level, home_keys, resources)) \
                        and not (from_elsewhere and last_at_level.get(level, ("",))[0] in own_keys | {""}):
                    last_at_level[level] = (key, n)      # 县政府 after 某某县委: 某某县政府, as then

    zone_ends = resources.lexicon.terms.zone_suffixes
    own_place = _lowest_place(fallback.values(), resources)
    mentions = _bare_zones_named(_bare_departments_named(mentions), own_place, resources)
    zones = [m for m in mentions if m.label == ZONE and m.canonical.endswith(zone_ends)]
    last_zone: dict[str, Mention] = {}              # 新区 -> the zone so named last
    former_verbs = resources.lexicon.names.career_verbs
    nations = tuple(resources.lexicon.names.org_national_words)     # 国家, 中央, 全国: a body of the nation's
    delegations = _delegations(mentions, by_index)
    previous: Mention | None = None      # the administrative place named before m
    adjacent: dict[int, tuple[str, str]] = {}   # where a guest's place ends -> (its key, its name)
    # the sentence, where the guest's name starts, the guest's place (key, name): his chain of posts
    guest_chain: tuple[int, int, tuple[str, str]] | None = None
    for m in mentions:
        # (a place or body of a post held before, 某某曾任甲市委副书记、市长: not what 市委 after it is of)
        guest = m.start >= guests_from.get(m.sentence, m.end + 1) or _in_former_posts(m, by_index, former_verbs) \
            or m.start in relayed_bodies or m.start in visitors
        if guest and m.key.startswith("adm/"):
            # (乌兰察布市市委书记某某率团到我市: the guests' place names the short form right after it, and those of
            # the posts after it up to the guest's name: 来访的铜仁市委书记、市人大常委会主任某某)
            adjacent[m.end] = (m.key, _place_name(m.key, m.canonical, resources))
            guest_chain = _chain_to_name(m, mentions, adjacent[m.end])
        if m.key.startswith("adm/") or m.label in LOCAL_CLASSES:
            if not _list_item(m, by_index) and not _venue_of_the_place_before(m, previous, by_index, levels) \
                    and not guest and not _venue_inside_the_place_before(m, previous, by_index, resources) \
                    and not _venue_away(m, by_index, levels, last_at_level):
                named(m.key, m.canonical, m.text)
            if m.key.startswith("adm/"):
                previous = m
        elif m.label == "Country":
            last_at_level["Country"] = (m.key, m.canonical)     # 美国 … 国会
        elif m.label == ZONE and m.canonical.endswith(zone_ends):
            for end in zone_ends:
                if m.canonical.endswith(end) and len(m.canonical) > len(end):
                    last_zone[end] = m
        if m.label not in ORG_CLASSES:
            out.append(m)
            continue
        place = m.attr("place")
        level = m.attr("level")
        zone = _zone_of_body(m, zones, last_zone, resources.lexicon.terms.zone_short_endings) \
            if not place and not level and zones else None
        if zone is None and not place and not level and m.attr(BARE_DEPARTMENT) and m.canonical == m.text:
            # 交通运输局局长某某 in a county's own news: the county's bureau (the lowest of the article's own
            # places, else of those it names most); with none, one node of this article's
            if own_place is None:
                m = replace(m, key=f"{m.label}/{m.canonical}/{m.article_id}",
                            attrs=tuple(sorted({**dict(m.attrs), UNPLACED: "1"}.items())))
            else:
                key, name = own_place
                canonical = next((c for b, c in full.get((m.label, key), ()) if _same_body(m.canonical, b, variants)),
                                 None) or _one_bureau(m.canonical, full.get((GOVERNMENT, key), ())) or name + m.canonical
                m = replace(m, canonical=canonical, key=f"{m.label}/{canonical}",
                            attrs=tuple(sorted({**dict(m.attrs), "place": key}.items())))
            out.append(m)
            continue
        if zone is not None:
            # 新区党工委, 开发区管委会: the body of the zone so named last (or the one the article names)
            canonical = zone.canonical + m.canonical[len(m.canonical) - len(m.attr("head") or ""):]
            m = replace(m, canonical=canonical, key=f"{m.label}/{canonical}")
        elif level:
            chained = guest_chain[2] if guest_chain is not None and guest_chain[0] == m.sentence \
                and m.start < guest_chain[1] and guest_chain[2][1].endswith(level) else None
            found = (adjacent[m.start] if m.start in adjacent and adjacent[m.start][1].endswith(level) else None) \
                or chained \
                or _led_from(m, level, delegations, resources) or last_at_level.get(level) or fallback.get(level)
            if level == _DISTRICT and m.canonical[len(m.attr("prefix") or "") + len(level):].startswith(_REGION_PARTY) \
                    and (region := last_at_level.get(_REGION) or fallback.get(_REGION)) is not None:
                found = region   # 区党委 is an autonomous region's Party committee (a district's is its 区委)
            if found is None:
                if level in _VILLAGE_LEVELS:
                    continue        # 村党组织书记, 社区矫正中心: any village's, no body of the article's
                # 县委, 县委组织部 in a county's own news that never names its county: the body as written, one
                # node of this article's (another article's 县委 is another county's)
                m = replace(m, key=f"{m.label}/{m.canonical}/{m.article_id}",
                            attrs=tuple(sorted({**dict(m.attrs), UNPLACED: "1"}.items())))
                out.append(m)
                continue
            place, place_name = found
            prefix = m.attr("prefix") or ""     # 民革 | 市委会: whose committee of the place it is
            body = m.canonical if level == "Country" else m.canonical[len(prefix) + len(level):]
            if m.canonical[len(prefix):].startswith(_LEVEL_WORD_BODIES):
                body = m.canonical[len(prefix):]    # 某村 | 村民委员会 (its level character opens a word: 村民)
            bodies = full.get((m.label, place), ())
            # (沛县 | 县委: a county whose name is one character and its level writes its committee 沛县县委)
            written_as = place_name + level if len(place_name) == _ONE_CHARACTER_NAME + len(level) \
                and place_name.endswith(level) and body.startswith(_COMMITTEE_HEAD) else place_name
            canonical = prefix + place_name + body if prefix else \
                next((c for b, c in bodies if _same_body(body, b, variants)), None) \
                or _named_by_head(body, bodies) or _one_bureau(body, full.get((GOVERNMENT, place), ())) \
                or written_as + body
            attrs = {**dict(m.attrs), "place": place}
            alias = _short_body_name(place, level, body, resources)
            if alias and alias != canonical:
                attrs["alias"] = alias      # 甘南州委 beside 甘南藏族自治州委: the form people write
            m = replace(m, canonical=canonical, key=f"{m.label}/{canonical}", attrs=tuple(sorted(attrs.items())))
        elif place:
            # (a company or a visiting group named with its home city, 上海某某集团, 某市代表团, is from there:
            # 市委 and 市政府 after it are still the article's city's)
            if guest and place.startswith("adm/"):
                # (来访的铜仁市委书记、市人大常委会主任某某: the guest's body names his posts' place up to his name)
                guest_chain = _chain_to_name(m, mentions, (place, _place_name(place, "", resources)))
            # (郑州海关党委 too; nor is a national body's bureau's: 国家自然资源督察武汉局 on a visit to 随州)
            if not guest and not any(w in m.canonical for w in _SEATED_ELSEWHERE) \
                    and not m.canonical.startswith(nations):
                written = m.text[:int(cast(str, m.attr("place_end"))) - m.start] if m.attr("place_end") else ""
                # (公安大学, a school named by a word that is a county's short name too: no place of the
                # article's over one it names in full)
                short = bool(written) and m.label not in _GOVERNING and not resources.gazetteer.is_full_name(written)
                named(place, m.canonical, written, from_elsewhere=_from_elsewhere(m) or short)
            body = _body_of(m)
            # (the body's spellings in the article, the longest its name: a headline writes it short, 某省残联
            # before 某省残疾人联合会; see _one_spelling_per_body)
            canonical = max((c for b, c in full.get((m.label, place), ()) if _same_body(body, b, variants)
                             and _same_body(b, body, variants)), key=lambda c: (len(c), c), default=m.canonical)
            if canonical != m.canonical:
                m = replace(m, canonical=canonical, key=f"{m.label}/{canonical}")
        out.append(m)
    return _one_spelling_per_body(out, variants, resources)


_PLACE_RANKS = {"County": 0, "Prefecture": 1, "Province": 2}


def _bare_departments_named(mentions: list[Mention]) -> list[Mention]:
    """县水务局党组成员某某、水务局党组成员某某: a department written bare that the article names with its level or
    place too is that one (the first so named), resolved as it is."""
    bare = [m for m in mentions if m.attr(BARE_DEPARTMENT)]
    if not bare:
        return mentions
    named: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.label in ORG_CLASSES and not m.attr(BARE_DEPARTMENT) and (m.attr("level") or m.attr("place")):
            for b in bare:
                if m.canonical.endswith(b.canonical) and len(m.canonical) > len(b.canonical) \
                        and m.canonical[:-len(b.canonical)] in (m.attr("level") or "", m.text[:-len(b.canonical)]):
                    named.setdefault((b.label, b.canonical), m)
    if not named:
        return mentions
    out = []
    for m in mentions:
        same = named.get((m.label, m.canonical)) if m.attr(BARE_DEPARTMENT) else None
        if same is not None:
            attrs = {k: v for k, v in m.attrs if k != BARE_DEPARTMENT}
            attrs.update({k: v for k, v in same.attrs if k in ("level", "place", "place_parent")})
            m = replace(m, canonical=same.canonical, key=same.key, attrs=tuple(sorted(attrs.items())))
        out.append(m)
    return out


def _bare_zones_named(mentions: list[Mention], own_place: tuple[str, str] | None,
                      resources: Resources) -> list[Mention]:
    """到高新区调研 in a zone's own news: the zone the article names in full with that ending (株洲高新技术产业开发区
    for 高新区), else its own place's (株洲 + 高新区, by the place's short name)."""
    if not any(m.attr(BARE_ZONE) for m in mentions):
        return mentions
    shorts = resources.lexicon.terms.zone_short_endings
    named = [m for m in mentions if m.label == ZONE and not m.attr(BARE_ZONE)]
    out = []
    for m in mentions:
        if not m.attr(BARE_ZONE):
            out.append(m)
            continue
        word = m.canonical
        endings = (word, *shorts.get(word, ()), *(s for s, fulls in shorts.items() if word in fulls))
        full = next((z for z in named if z.canonical.endswith(endings) and len(z.canonical) > len(word)), None)
        if full is not None:
            out.append(replace(m, canonical=full.canonical, key=full.key, attrs=full.attrs))
        elif own_place is not None:
            key, name = own_place
            area = resources.gazetteer.get(key[len(ADMIN_KEY):])
            short = min(area.short_names, key=lambda n: (len(n), n), default=name) if area is not None else name
            canonical = short + word
            attrs = {**dict(m.attrs), "place": key}
            del attrs[BARE_ZONE]
            out.append(replace(m, canonical=canonical, key=f"{ZONE}/{canonical}", attrs=tuple(sorted(attrs.items()))))
        else:
            # (开发区举行签约仪式 in a report naming no place: the zone as written, one node of this article's)
            out.append(replace(m, key=f"{ZONE}/{m.canonical}/{m.article_id}",
                               attrs=tuple(sorted({**dict(m.attrs), UNPLACED: "1"}.items()))))
    return out


def _lowest_place(places, resources: Resources) -> tuple[str, str] | None:
    """Of (key, name) pairs of administrative places, the lowest in rank (a county before its city), the
    first of those of one rank."""
    ranked = []
    for i, (key, name) in enumerate(places):
        area = resources.gazetteer.get(key[len(ADMIN_KEY):]) if key.startswith(ADMIN_KEY) else None
        if area is not None and area.cls in _PLACE_RANKS:
            ranked.append((_PLACE_RANKS[area.cls], i, key, name))
    return min(ranked)[2:] if ranked else None


def _chain_to_name(m: Mention, mentions: list[Mention], place: tuple[str, str]) -> tuple[int, int, tuple[str, str]]:
    """The guest's chain of posts that ``m`` (his place, or a body named with it) opens: its sentence, where the
    next person's name starts there (-1: none), and the place (key, name) the chain's short forms are of."""
    named_at = next((p.start for p in mentions if p.label == "Person" and p.sentence == m.sentence
                     and p.start >= m.end), -1)
    return m.sentence, named_at, place


def _from_elsewhere(m: Mention) -> bool:
    """A company, its Party committee, or a visiting group (上海某某集团, 上海某某集团党委, 某市代表团): its place is
    where it comes from, not the article's."""
    return m.label == COMPANY or m.canonical.endswith(_FROM_ELSEWHERE + _COMPANY_PARTY_BODIES)


_GOVERNING = ("PartyOrganization", "GovernmentBody")      # bodies of a place's own (某县委, 某市政府)

# 上海某某集团 | 党委: a company's Party committee (or group)
_COMPANY_PARTY_BODIES = tuple(c + p for c in ("集团", "公司") for p in ("党委", "党组"))


def _one_spelling_per_body(mentions: list[Mention], variants: dict[str, str], resources: Resources) -> list[Mention]:
    """Two spellings of one body of one place, whichever the article names first (a headline writes
    it short): one node, named by the longer. The same once their variants are written alike (县安委会
    and 县安全生产委员会, 省防指 and 省防汛抗旱指挥部: ``org_body_variants.tsv``), or a state or Party body
    written by an abbreviation of its name (省人社厅 and 河南省人力资源和社会保障厅: the characters in order,
    the first and the head's last, none a run of the other's)."""
    spellings: dict[tuple[str, str, str], set[str]] = {}
    bodies: dict[tuple[str, str], dict[str, str]] = {}       # (class, place) -> body -> canonical
    for m in mentions:
        place = m.attr("place")
        if m.label in ORG_CLASSES and place:
            spellings.setdefault((m.label, place, _normal_body(m.canonical, variants)), set()).add(m.canonical)
            name = _place_name(place, "", resources) if m.label in _ABBREVIATED_CLASSES else ""
            if name and m.canonical.startswith(name) and len(m.canonical) > len(name):
                bodies.setdefault((m.label, place), {})[m.canonical[len(name):]] = m.canonical
    renamed = {c: max(names, key=lambda n: (len(n), n)) for names in spellings.values() if len(names) > 1
               for c in names}
    # 中共四川省委组织部 (a title's formal name, often with no place read) and 四川省委组织部: one body
    party = {m.canonical for m in mentions if m.label == PARTY_ORG}
    renamed.update({c[len(_CPC):]: c for c in party if c.startswith(_CPC) and c[len(_CPC):] in party})
    for written in bodies.values():
        for short, canonical in written.items():
            longer = [c for body, c in written.items() if len(body) > len(short) and short not in body
                      and _same_body(short, body, variants)]
            if len(short) <= MAX_ABBREVIATION and len(longer) == 1:
                renamed[canonical] = renamed.get(longer[0], longer[0])
    if not renamed:
        return mentions
    return [replace(m, canonical=renamed[m.canonical], key=f"{m.label}/{renamed[m.canonical]}")
            if m.label in ORG_CLASSES and m.canonical in renamed and renamed[m.canonical] != m.canonical else m
            for m in mentions]


_CLAUSE_ENDS = "。；！？\n"
# a village's or a community's bodies whose name opens with the level's character as part of a word
# (村民, 村务, 居民): the place's name stands before the whole (某村村民委员会, not 某村民委员会)
_LEVEL_WORD_BODIES = ("村民委员会", "村务监督委员会", "居民委员会", "村民代表大会", "村民议事会")


def _in_former_posts(m: Mention, sentences: dict[int, Sentence], former_verbs: tuple[str, ...]) -> bool:
    """``m`` stands after a verb of posts held before (``career_verbs.txt``: 某某曾任甲市委副书记、市长,
    先后担任…) in its sentence, no clause's end between."""
    s = sentences.get(m.sentence)
    if s is None or not former_verbs:
        return False
    before = s.text[:m.start - s.start]
    at = max(before.rfind(v) for v in former_verbs)
    return at >= 0 and not any(c in _CLAUSE_ENDS for c in before[at:])


_ABBREVIATED_CLASSES = frozenset({"GovernmentBody", "PartyOrganization"})
MAX_ABBREVIATION = 4      # characters of a body's abbreviation (人社厅, 发改委, 市场监管局)


@functools.cache
def _lead_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of leading a group (率, 带领) and the heads of visiting groups' names (代表团, 考察团)."""
    cues = read_table("event_cues.tsv")
    return (tuple(sorted({w for cls, role, w in cues if cls == "Visit" and role == "lead"}, key=len, reverse=True)),
            tuple(w for cls, role, w in cues if cls == "Visit" and role == "group"))


def _delegations(mentions: list[Mention], sentences: dict[int, Sentence]) -> dict[int, list[Mention]]:
    """Sentence -> the groups named with their place that a person leads in it (率某省党政代表团赴…)."""
    leads, groups = _lead_cues()
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        s = sentences.get(m.sentence)
        if s is None or m.label not in ORG_CLASSES or not m.attr("place") or not m.canonical.endswith(groups):
            continue
        if s.text.endswith(leads, 0, m.start - s.start):
            out.setdefault(m.sentence, []).append(m)
    return out


def _node_named_inside(out: ArticleEntities, m: Mention, place: str, cls: str, label: str, area,
                       sentences: list[Sentence]) -> None:
    """The node of a place ``m`` names inside its own name (its ``place_start``/``place_end``), with the
    division's code and parent where it is one (``area``)."""
    start, end = int(cast(str, m.attr("place_start"))), int(cast(str, m.attr("place_end")))
    text = m.text[start - m.start:end - m.start]
    ent = out.entities[place] = Entity(place, cls, label)
    if area is not None:
        ent.attrs["adcode"] = place[len(ADMIN_KEY):]
        if area.parent:
            out.parents.setdefault(place, f"{ADMIN_KEY}{area.parent}")
    if text != label:
        ent.aliases.add(text)
    ent.evidence.append(evidence_for(replace(m, start=start, end=end, text=text), sentences))


def _written(level: str) -> tuple[str, ...]:
    """The ways a level word is written before a body's short form (自治州: 自治州委, 州委)."""
    return (level, _SHORT_LEVELS[level]) if level in _SHORT_LEVELS else (level,)


_RANKS = {"Province": 0, "Prefecture": 1, "County": 2, "Township": 3, "Village": 4}


def _finer(stated: str, before: str, resources: Resources) -> bool:
    """Whether the parent ``stated`` is of a lower level than the one given ``before`` (a township or a
    county under a province a headline named)."""
    def rank(key: str) -> int:
        if key.startswith(ADMIN_KEY):
            area = resources.gazetteer.get(key[len(ADMIN_KEY):])
            return _RANKS.get(area.cls, -1) if area is not None else -1
        return _RANKS.get(key.split("/", 1)[0], -1)
    return rank(stated) > rank(before) >= 0


def _led_from(m: Mention, level: str, delegations: dict[int, list[Mention]],
              resources: Resources) -> tuple[str, str] | None:
    """省委副书记、省长某某率某省党政代表团赴乙省考察: a short form before a group its holder leads is of
    the group's place, where that is of the short form's level (not of a place named before, nor
    of the place the group goes to)."""
    for group in delegations.get(m.sentence, ()):
        place = cast(str, group.attr("place"))
        area = resources.gazetteer.get(place[4:]) if place.startswith("adm/") else None
        if m.end <= group.start and area is not None and level_word(area.name, resources.lexicon.names.level_words) == level:
            return place, area.name
    return None


def _venue_of_the_place_before(m: Mention, previous: Mention | None, sentences: dict[int, Sentence],
                               levels: Sequence[str]) -> bool:
    """某市在某市举办推介会: a place of the level of the one acting right before 在 is where that place
    holds something, not the place a short form after it (市委书记) is of."""
    s = sentences.get(m.sentence)
    if s is None or previous is None or previous.sentence != m.sentence:
        return False
    a = m.start - s.start
    if s.text[a - 1:a] != _AT or previous.end != m.start - 1:
        return False
    level = next((w for w in levels if previous.canonical.endswith(w)), None)
    return level is not None and level == next((w for w in levels if m.canonical.endswith(w)), None)


_HOLDING_VERBS = ("签订", "签署", "签约", "举行", "举办", "召开")


def _venue_away(m: Mention, sentences: dict[int, Sentence], levels: Sequence[str],
                last_at_level: dict[str, tuple[str, str]]) -> bool:
    """市政府与某集团在沪签订…协议 after the headline named 某市: a city of that level where something is held or
    signed (在Y签订, 在Y举行) is where the article's city went, not the city 市委书记 after it is of."""
    s = sentences.get(m.sentence)
    if s is None:
        return False
    a, b = m.start - s.start, m.end - s.start
    if s.text[a - 1:a] != _AT or not s.text.startswith(_HOLDING_VERBS, b):
        return False
    level = next((w for w in levels if m.canonical.endswith(w)), None)
    return level is not None and level in last_at_level and last_at_level[level][0] != m.key


def _venue_inside_the_place_before(m: Mention, previous: Mention | None, sentences: dict[int, Sentence],
                                   resources: Resources) -> bool:
    """某市旅游发展大会在某县级市召开: the county-level city (or county) inside the place named before it in the
    sentence, where that place holds something, is the venue, not the place the short forms after it (市委书记)
    and 全市 are of."""
    s = sentences.get(m.sentence)
    if s is None or previous is None or previous.sentence != m.sentence or previous.key == m.key:
        return False
    a = m.start - s.start
    if s.text[a - 1:a] != _AT or not s.text.startswith(_HELD_VERBS, m.end - s.start):
        return False
    return any(x.code == previous.key[4:] for x in resources.gazetteer.chain(m.key[4:])[1:]) \
        if m.key.startswith("adm/") and previous.key.startswith("adm/") else False


def _list_item(m: Mention, sentences: dict[int, Sentence]) -> bool:
    """甲区、乙市作交流发言, 在甲市、乙市等地: a place named as an item of a list is one of several, not
    the place a short form after it (市人大常委会) is the body of."""
    s = sentences.get(m.sentence)
    if s is None:
        return False
    a, b = m.start - s.start, m.end - s.start
    return s.text[a - 1:a] == _LIST_MARK or s.text[b:b + 1] in (_LIST_MARK, _EXAMPLES_END)


_BUREAU_HEADS = ("局", "厅")     # a government's departments, which their own staff call 市局, 省厅
_BUREAU_PARTS = ("党组", "党委")  # a department's Party group or committee (市局党组)
GOVERNMENT = "GovernmentBody"


def _named_by_head(body: str, bodies) -> str | None:
    """市指挥部 after 某市新冠肺炎疫情防控指挥部: a short form that is the head of the one body of its
    place named in full with that head (a head of three characters at least) names that body."""
    if len(body) < MIN_HEAD_REFERENCE:
        return None
    named = {c for b, c in bodies if b.endswith(body) and len(b) > len(body)}
    return next(iter(named)) if len(named) == 1 else None


def _one_bureau(body: str, bodies) -> str | None:
    """市局, 市局党组 after 铜仁市生态环境局 (a department's own news): the one bureau (厅, 局) of its place the
    article names in full, and that bureau's Party group; with two or more named, none."""
    head = next((h for h in _BUREAU_HEADS if body.startswith(h)), None)
    part = body[len(head):] if head else None
    if head is None or (part and part not in _BUREAU_PARTS):
        return None
    named = {c for b, c in bodies if b.endswith(head) and len(b) > len(head)}
    return next(iter(named)) + part if len(named) == 1 else None


def _body_of(m: Mention) -> str:
    """The words of an organisation's name after its place (某县 | 委, 中共某县 | 委). A name the
    organisation stage rewrote (中国共产党某县委员会 → 某县委) is cut after the place as it writes it."""
    if m.attr("place_end") is None:
        return m.canonical      # (各县(区)民政局 after 凤县民政局: a bare department given its place, none written)
    written = m.text[int(m.attr("place_start") or m.start) - m.start:int(cast(str, m.attr("place_end"))) - m.start]
    at = m.canonical.find(written) if written else -1
    if at > 0 and not m.canonical[:at].endswith(_PARTY_PREFIXES):
        return m.canonical      # (国开行 | 四川省 | 分行: a place inside the name, after what opens it, names the whole)
    return m.canonical[at + len(written):] if at >= 0 else m.canonical[int(cast(str, m.attr("place_end"))) - m.start:]


_PARTY_PREFIXES = ("中共", "中国共产党")     # 中共某县委: the Party's, the place after it opens the body's name
_ONE_CHARACTER_NAME, _COMMITTEE_HEAD = 1, "委"   # 沛县, 和县: a county named by one character and its level


def _short_body_name(place: str, level: str, body: str, resources: Resources) -> str | None:
    """The usual written form of a place's body: the place's short name, its level word, the body
    (甘南 + 州 + 委, 郑州 + 市 + 政府); None when the place has no short name."""
    area = resources.gazetteer.get(place[4:]) if place.startswith("adm/") else None
    if area is None or level == "Country":
        return None
    short = min((s for s in area.short_names if not s.endswith(level)), key=len, default=None)
    return f"{short}{level}{body}" if short else None


def _dominant_at_level(mentions: list[Mention], resources: Resources, levels: tuple[str, ...],
                       destinations: AbstractSet[int] = frozenset()) -> dict[str, tuple[str, str]]:
    """Level word -> the administrative place of that level the article names most (first on a tie),
    of those it names other than as where someone travels to (``destinations``: their offsets)."""
    counts: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for m in mentions:
        # (a place named only inside a body's name, 某某县委, is named too)
        key = m.key if m.key.startswith("adm/") else m.attr("place") if m.label in ORG_CLASSES else None
        if not key or not key.startswith("adm/") or m.attr("anaphor") or m.label == COMPANY:
            continue      # (上海某某集团: a business from elsewhere, no place of the article's; a delegation,
            #               某自治区代表团, still names where its leaders' posts are)
        area = resources.gazetteer.get(key[4:])
        city = resources.gazetteer.get(area.parent) if area is not None and area.kind == _CITY_DISTRICT else None
        if city is not None and (city_level := level_word(city.name, levels)):
            # (市委书记来到上城区: a city's district, gone to too, names its city, 市委 … 全市 after it, over a
            # county-level city the article lists once, 甲、乙2地)
            by_key = counts.setdefault(city_level, {})
            by_key[f"adm/{city.code}"] = by_key.get(f"adm/{city.code}", 0) + 1
            names.setdefault(f"adm/{city.code}", city.name)
        if m.start in destinations:
            continue
        name = _place_name(key, m.canonical, resources)
        if name in NO_SHORT_FORM_PLACES:
            continue
        level = level_word(name, levels)
        if level:
            counts.setdefault(level, {})
            counts[level][key] = counts[level].get(key, 0) + 1
            names[key] = name
    for long_level, short in _SHORT_LEVELS.items():
        if long_level in counts and short not in counts:
            counts[short] = counts[long_level]     # 州委 of the autonomous prefecture named most
    out = {}
    for level, by_key in counts.items():
        order = list(by_key)       # first named first
        # (on a tie, the place enclosing another of its level: 某市 over the 某县级市 inside it)
        enclosing = {a.code for k in order for a in resources.gazetteer.chain(k[4:])[1:]}
        key = max(order, key=lambda k: (by_key[k], k[4:] in enclosing, -order.index(k)))
        out[level] = (key, names[key])
    return out


_CITY_DISTRICT = "市辖区"     # the gazetteer's kind of a city's own district


def _destinations(mentions: list[Mention], sentences: Sequence[Sentence]) -> set[int]:
    """:func:`kg.mentions.home.travel_destinations`, on the text the sentences hold (rebuilt only
    where a verb of travelling is written: most articles, and every tagged sentence, have none)."""
    if not any(v in s.text for s in sentences for v in TRAVEL_VERBS):
        return set()
    chars = [" "] * max(s.end for s in sentences)
    for s in sentences:
        chars[s.start:s.end] = s.text
    return travel_destinations("".join(chars), mentions)


def _organization_places(out: ArticleEntities, local_parent: dict[str, str], sentences: list[Sentence],
                         resources: Resources) -> None:
    """locatedIn for organisations, nodes for the places named only inside them, and
    posts re-keyed to the organisations' entities."""
    gaz = resources.gazetteer
    org_at = {m.start: m.key for m in out.mentions if m.label in ORG_CLASSES}
    for idx, m in enumerate(out.mentions):
        if m.attr("org_start") and m.attr("org_key"):
            key = org_at.get(int(cast(str, m.attr("org_start"))), cast(str, m.attr("org_key")))
            if key != m.attr("org_key"):
                out.mentions[idx] = replace(m, attrs=tuple(sorted({**dict(m.attrs), "org_key": key}.items())))
        place = m.attr("place")
        if m.label == INITIATIVE and place and place.startswith("adm/") and place not in out.entities \
                and (area := gaz.get(place[4:])) is not None and m.attr("place_start"):
            # 对口支援某省, 定点帮扶某县: the place a programme of aid names is a node (no place of the
            # programme's: it is not located there)
            _node_named_inside(out, m, place, area.cls, area.name, area, sentences)
            continue
        if m.label not in NAMED_IN_PLACE or not place:
            continue
        if m.key in out.parents and (out.parents[m.key] in out.entities or not m.attr("place_start")):
            # placed, its place a node (a short form bound before the name in full leaves the place's
            # node to the name in full, which names the place in the text)
            continue
        label = place.rsplit("/", 1)[-1]
        cls = place.split("/", 1)[0]
        if cls == "Country" and label == HOME_COUNTRY:
            continue    # 中国建筑…, 中国科学院: a national body's name, no place of the article's (as 中国文化)
        if place.startswith("adm/"):
            area = gaz.get(place[4:])
            if area is None:
                continue
            cls, label = area.cls, area.name
        elif cls in LOCAL_CLASSES:
            parent = local_parent.get(label) or m.attr("place_parent")
            place = _local_id(cls, label, parent)
            if parent:
                out.parents.setdefault(place, parent)
        if out.parents.setdefault(m.key, place) != place:
            continue
        if place not in out.entities and m.attr("place_start"):
            # named only inside the organisation's name (遵义 in 遵义医院): a node of its own
            _node_named_inside(out, m, place, cls, label, area if place.startswith("adm/") else None, sentences)
