"""Bodies named through another body's name: the whole a part is named with, and a
department's own short references.

Runs after overlaps are resolved, on the mentions kept (like :mod:`.anaphora`):

- ``bodies.whole``: a name that ends in a part of ``data/body_parts.tsv`` names its
  whole as well (河南省政协党组 → 河南省政协; 省政协党组 → 省政协, a short form the
  entity stage resolves like any other). The whole is a mention nested at the start
  of the part's mention.
- ``bodies.department``: in an article about one government department (the only
  body of the article whose name ends in 厅, or in 局, or a ministry's in 部), the bare head
  followed by a part (厅党组, 局直属机关党委, 部党组) is that part of the department, and 我厅/本局 is the
  department itself (an anaphor: counted as a mention, never taken as a name).
  With two departments of one head and no way to tell them apart, nothing is read.
  A school or a hospital writes of itself so too: 我校, 校党委 or 学校党委, 校长 with no body (the one
  university or school the article names), 我院, 院党委 (the one hospital or academy);
  ``data/department_heads.tsv`` gives the heads, the names they stand for and their parts.
- ``bodies.issuer``: the bodies a document's title opens with, before 关于
  (《中共中央 国务院关于…的意见》, 《省委关于…的实施意见》), when the whole run before
  关于 reads as bodies (known names, or a level word and a head).
- ``bodies.title_place``: a division a document's title opens with (《某省…实施方案》)
  is named there too: the place the recognisers found, which lost to the title.
- ``bodies.nested_whole``: an organisation whose name opens a longer one (某大学 of
  某大学某研究院) is named there too: the candidate that lost to the longer name.
  Its "losses" on the dev set (``kg eval --by source``: 6 wins, 5 losses) are mostly
  real bodies the gold files do not list (a newspaper, a national bureau) or list under
  another class (a Party school as an Organization, not a School).
- ``bodies.shared_head``: places listed before an organisation named after the last of
  them share its head (甲村、乙村党支部 → 甲村党支部 too).
- ``bodies.definite``: 该合作社, 这家公司, and a bare head opening a clause (去年，合作社实现…)
  are the one body of the article named before with that head (``data/definite_heads.txt``):
  an anaphor, counted as a mention of it, never taken as a name; with two such bodies, none.
- ``bodies.listed``: a body written bare in the list of one person's posts belongs to
  the body of the post before it (``data/listed_bodies.tsv``): 县委常委、宣传部部长 →
  the 县委宣传部; 省委书记、人大常委会主任 → the 省人大常委会.
"""
from __future__ import annotations

from typing import Any, Sequence, cast

import re
from dataclasses import replace

from ..lexicon import read_list, read_table
from ..model import Mention
from ..resources import Resources
from . import Doc
from .organizations import GROUP_HEADS, LEGAL_FORM_HEADS
from .termtools import CLAUSE_PUNCT

__all__ = ["BodyReferences"]

_GOVERNMENT = "GovernmentBody"
_MINISTRY = "部"         # a ministry of the State Council: local governments have 厅, 局, 委 (the Party 部 are its own)
# the attributes a nested whole keeps of its part's mention: where its place or level is
_PLACE_ATTRS = ("place", "place_start", "place_end", "place_parent", "level")
_QUOTE_OPENS = "“「"     # what someone says opens after them, as a clause does
INSIDE = "inside"                      # the attribute of a name read inside another (kg.clauses.is_agent)
MIN_BARE, MAX_BARE = 3, 6              # characters of a body's name written bare (民政局, 住房和城乡建设局)
LIST_SEPARATOR = "、"                  # between the posts of one person, the places of a list
_POSTS_SEPARATORS = frozenset("、，,")     # … or a comma, or nothing, between two posts of one person's
_HOLDING = ("召开", "举行")            # 某局召开党组会议: the body, then the verb of holding its part's sitting
_SITTINGS = ("会议", "（扩大）会议", "(扩大)会议", "扩大会议")   # the part's sitting named after it
LISTED_PLACES = ("Village", "Township", "County", "Prefecture")   # 甲村、乙村党支部: places sharing a body's head
COMMITTEE_ENDS = ("委", "党委")         # a Party committee, whose departments a list names bare
_PAIRED_GOVERNMENTS = ("人民政府", "政府")   # 某省党委、政府: the place's government, written bare after it
_PAIR_JOINERS = frozenset("、和")
DEFINITE_DETERMINERS = ("这家", "这个", "该", "此")   # 该合作社, 这家公司: the one named before
TITLE_OPEN, ABOUT = "《", "关于"        # 《<bodies>关于…》: the issuers open the title
ISSUER_JOINERS = " 　、"               # between two issuers (中共中央 国务院)
MAX_ISSUER = 10                        # characters of one issuer's name
# what a company's name may be written out with and stay the same company (阿里巴巴 and
# 阿里巴巴集团): a registered legal form, a group's head, or the plain forms
_LEGAL_FORMS = LEGAL_FORM_HEADS | frozenset(GROUP_HEADS) | frozenset({"公司", "控股集团", "控股有限公司", "集团股份有限公司"})


_OWN = "own"     # listed_bodies.tsv: the body's own part (某公司董事长、党组书记 → 某公司党组)


class BodyReferences:
    """``references(doc, kept) -> kept`` with the bodies named through other names added
    (a bare part the organisation stage kept, 直属机关党委 of 厅直属机关党委, gives way to the
    department's part).

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> a = article_from_text("a", ["湖北省交通运输厅召开厅党组会议。"])
    >>> sorted({(m.text, m.canonical) for m in ex.mentions(ex.doc(a)) if m.source.startswith("bodies.")})
    [('厅党组', '湖北省交通运输厅党组')]
    """

    def __init__(self, resources: Resources):
        names = resources.lexicon.names
        self.gazetteer = resources.gazetteer
        self.suffixes = names.org_suffixes
        self.known = names.org_names
        self.parts = {part: cls for part, cls in read_table("body_parts.tsv")}
        self._parts_longest_first = sorted(self.parts, key=len, reverse=True)
        self._part_classes = frozenset(self.parts.values())
        rows = read_table("department_heads.tsv")
        self.heads = {head: tuple(w for w in words.split("|") if w) for head, words, *_ in rows}
        # 校 -> 大学, 学院 …: the bodies a head other than a department's stands for; 校 | 党委
        self.head_endings = {head: tuple(rest[0].split("|")) for head, _, *rest in rows if rest}
        self.head_parts = {part: "PartyOrganization" for _, _, *rest in rows if len(rest) > 1
                           for part in rest[1].split("|")}
        self.roles = names.roles
        self.listed = {body: how for body, how in read_table("listed_bodies.tsv")}
        self.joint = frozenset((first, second) for first, second in read_table("joint_bodies.tsv"))
        self._listed_longest_first = sorted(self.listed, key=len, reverse=True)
        self.org_classes = frozenset(self.suffixes.values())
        # what a mention kept must be for any rule below to read it (departments, listed bodies,
        # issuers and titles of documents, shared heads, wholes of parts)
        self._read_classes = self.org_classes | self._part_classes | {_GOVERNMENT, "PartyOrganization", "Document"}
        self.national = tuple(names.org_national_words)
        self.levels = tuple(sorted(names.level_words, key=len, reverse=True))
        self.level_heads = names.org_level_heads           # 省 | 委: the Party committee
        parts = "|".join(map(re.escape, sorted({**self.parts, **self.head_parts}, key=len, reverse=True)))
        words = "|".join(map(re.escape, sorted({w for ws in self.heads.values() for w in ws}, key=len, reverse=True)))
        heads = "|".join(map(re.escape, sorted(self.heads, key=len, reverse=True)))
        self._re = re.compile(f"(?P<word>{words})|(?P<head>{heads})(?P<part>{parts})")
        definite = "|".join(map(re.escape, sorted(read_list("definite_heads.txt"), key=len, reverse=True)))
        self._definite_re = re.compile(f"(?P<det>{'|'.join(DEFINITE_DETERMINERS)})?(?P<head>{definite})")
        # what may open a clause before a bare head that refers back (去年合作社…, 目前公司…)
        self._openers = frozenset(read_list("clause_openers.txt")) \
            | frozenset(word for kind, word, *_ in read_table("date_words.tsv") if kind == "year")

    def __call__(self, doc: Doc, kept: list[Mention], candidates: Sequence[Mention] = (),
                 title_places: Sequence[Mention] | None = None) -> list[Mention]:
        """The bodies ``kept`` names through other names; ``title_places``: :meth:`title_places`, when
        the caller has read them already (the extractor, for the anaphors)."""
        if not any(m.label in self._read_classes for m in kept) \
                and not any(m.label in self.org_classes for m in candidates) and not doc.article.publisher:
            return list(kept)       # (no body, no document, no publisher's own: nothing to read)
        # (我校 of 某大学某研究院's article: the university named only inside the institute's name)
        found, replaced = self._department(doc, kept, self._nested_wholes(kept, candidates))
        kept = _relinked([m for m in kept if id(m) not in replaced], kept, replaced, found)
        kept = _posts_of(kept, found, self.roles) + found
        definite = self._definite(doc, kept)
        kept = _posts_of(kept, definite, self.roles) + definite
        kept = self._listed_departments(doc, self._bare_names(kept))
        kept += self._holders_part(doc, kept)
        kept += self._listed(doc, kept) + self._issuers(doc, kept) \
            + (list(title_places) if title_places is not None else self.title_places(doc, kept, candidates)) \
            + self._nested_wholes(kept, candidates) + self._shared_heads(doc, kept) + self._paired_governments(doc, kept)
        return kept + self._wholes(doc, kept)

    def _holders_part(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """某局召开党组会议, 某厅召开党组（扩大）会议: the part named bare in the meeting's name is the part of the
        body that holds it (its Party group holds the sitting)."""
        text = doc.text
        used = bytearray(len(text) + 1)
        for m in kept:
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        title = doc.article.title
        headline_end = len(title) if title and text.startswith(title) else 0
        for m in kept:
            if m.label not in self.org_classes or m.attr("anaphor") or m.attr(INSIDE) \
                    or m.canonical.endswith(tuple(self.parts)) or m.start < headline_end:
                continue     # (a headline's short form may spell the body otherwise: the lead's names it)
            verb = next((v for v in _HOLDING if text.startswith(v, m.end)), None)
            at = m.end + len(verb) if verb else -1
            part = next((p for p in self._parts_longest_first if text.startswith(p, at)), None) if verb else None
            if part is None or any(used[at:at + len(part)]) \
                    or not text.startswith(_SITTINGS, at + len(part)):
                continue
            attrs = {(k, v) for k, v in m.attrs if k in ("place", "level", "place_parent")}
            if m.attr("place") and m.attr("place_end"):
                # (the body's place offsets moved to this mention, as for a department's part above)
                attrs |= {("place_start", str(at)), ("place_end", str(at + int(cast(str, m.attr("place_end"))) - m.start))}
            out.append(doc.mention(at, at + len(part), self.parts[part], m.canonical + part,
                                   attrs=tuple(sorted(attrs | {("head", part)})),
                                   source="bodies.holders_part", score=m.score))
        return out

    def _definite(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """该合作社, 这家公司, 合作社 opening a clause: the one body named before with that head."""
        text = doc.text
        bodies = [m for m in kept if m.label in self.org_classes and not m.attr("anaphor") and not m.attr(INSIDE)]
        if not bodies:
            return []
        used = bytearray(len(text) + 1)
        for m in kept:
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        for found in self._definite_re.finditer(text):
            a, b = found.span()
            head = found.group("head")
            if any(used[a:b]) or found.start("head") not in doc.token_starts or b not in doc.token_ends:
                continue
            if not found.group("det") and not (a == 0 or text[a - 1] in CLAUSE_PUNCT or text[a - 1] in _QUOTE_OPENS
                                               or self._opened(text, a)):
                continue          # a bare head is a reference only where it opens a clause (or a quote:
                #                   “合作社去年种植…”，某某说)
            named = {m.canonical: m for m in bodies if m.end <= a and m.canonical.endswith(head)
                     and len(m.canonical) > len(head)}
            if len(named) > 1 and any(not m.attr("level") for m in named.values()):
                # (县法院 of the headline and 某县人民法院: a short form of a level, left for the entity
                # stage to bind, is no second body beside one named in full)
                named = {c: m for c, m in named.items() if not m.attr("level")}
            if len(named) != 1:
                continue
            body = next(iter(named.values()))
            # (with the body's place and level, so the entity stage names it as it names the body;
            # the place's offsets moved to this mention, as bodies.department does)
            attrs = {(k, v) for k, v in body.attrs if k in ("place", "level", "place_parent")}
            if body.attr("place") and body.attr("place_end"):
                attrs |= {("place_start", str(a)), ("place_end", str(a + int(cast(str, body.attr("place_end"))) - body.start))}
            attrs |= {("anaphor", found.group()), ("head", head)}
            out.append(doc.mention(a, b, body.label, body.canonical, body.key, tuple(sorted(attrs)),
                                   source="bodies.definite", score=body.score))
        return out

    def _bare_names(self, kept: list[Mention]) -> list[Mention]:
        """民政局召开…推进会 (the headline) | 某市民政局召开…: a body named bare, with no place or level, is
        the one body of the article whose name in full ends with it (an anaphor of it: one node)."""
        bodies = [m for m in kept if m.label in self.org_classes and not m.attr("anaphor") and not m.attr(INSIDE)]
        placed = [m for m in bodies if m.attr("place")]
        if not placed:
            return kept
        out = []
        for m in kept:
            if m in bodies and not m.attr("place") and not m.attr("level") and MIN_BARE <= len(m.canonical) <= MAX_BARE:
                named = {b.key: b for b in placed if b.canonical.endswith(m.canonical) and b.canonical != m.canonical}
                if len(named) == 1:
                    body = next(iter(named.values()))
                    # (a name still, no anaphor: kg tag tags it as written)
                    m = replace(m, label=body.label, canonical=body.canonical, key=body.key, source="bodies.bare")
            out.append(m)
        return out

    def _listed_departments(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """某市发展改革委、商务局: a department written bare right after another of a place's, in a list,
        is of that place too (某市商务局)."""
        text = doc.text
        by_end = {m.end: m for m in kept if m.label == _GOVERNMENT and m.attr("place", "").startswith("adm/")}
        if not by_end:
            return kept
        out = []
        for m in kept:
            before = by_end.get(m.start - len(LIST_SEPARATOR)) if text[m.start - 1:m.start] == LIST_SEPARATOR else None
            if before is not None and m.label == _GOVERNMENT and not m.attr("place") and not m.attr("level") \
                    and before.attr("place_start") == str(before.start) \
                    and not m.canonical.startswith(self.national) and not m.canonical.endswith(_MINISTRY):
                # (山东省人民政府、农业农村部、商务部: a ministry, 国家旅游局: the nation's, of no province)
                # (the first of the list's place; a short form's, 市委组织部、宣传部, is bodies.listed's)
                place = text[before.start:int(before.attr("place_end", str(before.start)))]
                name = place + m.canonical
                m = replace(m, canonical=name, key=f"{m.label}/{name}", source="bodies.listed_department",
                            attrs=tuple(kv for kv in before.attrs if kv[0] in ("place", "place_parent"))
                            + (("head", m.attr("head") or ""), ("place_start", str(m.start)), ("place_end", str(m.start))))
                by_end[m.end] = m
            out.append(m)
        return out

    def _opened(self, text: str, a: int) -> bool:
        """Whether only a clause's opener (a year word 去年, 今年; 目前, 据介绍) stands between the
        clause's start and ``a``."""
        start = max(text.rfind(p, 0, a) for p in CLAUSE_PUNCT + _QUOTE_OPENS) + 1
        return text[start:a] in self._openers

    def _paired_governments(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """某省党委、政府 (the Party committee and the government of one place, the place written
        once): the bare 政府 after the committee is that place's government."""
        text, starts = doc.text, {m.start for m in kept}
        out = []
        for body in kept:
            if body.label != "PartyOrganization" or not body.attr("place_end") or not body.canonical.endswith(COMMITTEE_ENDS):
                continue
            at = body.end + 1
            word = next((w for w in _PAIRED_GOVERNMENTS if text.startswith(w, at)), None)
            if text[body.end:at] not in _PAIR_JOINERS or word is None or at in starts \
                    or at + len(word) not in doc.token_ends:
                continue
            place = body.canonical[:int(cast(str, body.attr("place_end"))) - body.start]
            attrs = {(k, v) for k, v in body.attrs if k in ("place", "place_parent", "level")}
            attrs |= {("place_start", str(at)), ("place_end", str(at)), ("head", word)}
            out.append(doc.mention(at, at + len(word), _GOVERNMENT, place + word, attrs=tuple(sorted(attrs)),
                                   source="bodies.paired_government", score=body.score))
        return out

    def _shared_heads(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        text = doc.text
        places = {m.end: m for m in kept if m.label in LISTED_PLACES}
        out = []
        for o in kept:
            if o.label not in self.org_classes:
                continue
            # the place the organisation's name opens with (the organisation stage's own reading)
            if o.attr("place_start") != str(o.start) or not o.attr("place_end"):
                continue
            named = text[o.start:int(cast(str, o.attr("place_end")))]
            head, at = o.canonical[len(named):], o.start
            if not head or not o.canonical.startswith(named):
                continue
            kind, _, code = str(o.attr("place") or "").partition("/")
            area = self.gazetteer.get(code) if kind == "adm" else None
            written_whole = area is None or area.name == named
            while at > 0 and text[at - 1] == LIST_SEPARATOR and (p := places.get(at - 1)) is not None:
                if kind and p.key.partition("/")[0] != kind:
                    break        # 某镇某村、临沂大学: a village listed before a city's university shares no head
                if (text[p.start:p.end] == p.canonical) != written_whole:
                    break        # 南阳市、信阳市、郑州大学: items written unlike the body's place are not its kind
                name = p.canonical + head
                out.append(doc.mention(p.start, p.end, o.label, name, attrs=_inside((("head", o.attr("head") or head),)),
                                       source="bodies.shared_head", score=o.score))
                at = p.start
        return out

    def _joint(self, first: str, whole: str) -> bool:
        """``whole`` is ``first`` and the body it works with as one (某省纪委 | 某省纪委监委)."""
        return any(first.endswith(a) and whole == first + b for a, b in self.joint)

    def _nested_wholes(self, kept: list[Mention], candidates: Sequence[Mention]) -> list[Mention]:
        longer = {(m.start, m.end): m for m in kept if m.label in self.org_classes}
        named = {m.canonical for m in kept}
        out = []
        for c in candidates:
            if c.label not in self.org_classes or c.canonical in named or c.canonical.endswith(self.national):
                continue          # (某某中央 | 厨房有限公司: a word of the longer name, not a body)
            if any(k[0] == c.start and k[1] > c.end + 1 and not _legal_form(longer[k].canonical, c.canonical)
                   and c.end <= k[1] - len(longer[k].attr("head") or "")   # (某行某市 | 中心支行: 中心 is the head's)
                   and not self._joint(c.canonical, longer[k].canonical)
                   and longer[k].canonical not in self.known     # (中国银行 | 保险监督管理委员会: a name known whole)
                   for k in longer):
                out.append(replace(c, source="bodies.nested_whole", attrs=_inside(c.attrs)))
                named.add(c.canonical)
        return out

    @staticmethod
    def title_places(doc: Doc, kept: list[Mention], candidates: Sequence[Mention]) -> list[Mention]:
        """The divisions the documents' titles among ``kept`` open with (《某省…实施方案》), read
        from the ``candidates`` that lost to the titles."""
        opens = {m.start + len(TITLE_OPEN) for m in kept
                 if m.label == "Document" and doc.text.startswith(TITLE_OPEN, m.start)}
        return [replace(m, source="bodies.title_place", attrs=_inside(m.attrs)) for m in candidates
                if m.start in opens and m.key.startswith("adm/")]

    def _whole_class(self, name: str) -> str | None:
        """The class a whole's name gives by its head (政协 → Organization), if it is a name."""
        if name in self.known:
            return self.known[name]
        for n in range(min(len(name) - 1, 6), 0, -1):
            cls = self.suffixes.get(name[-n:])
            if cls is not None:
                return cls
        return None

    def _wholes(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        named = {m.canonical for m in kept}
        out = []
        for m in kept:
            if m.label not in self._part_classes:
                continue            # (cheap first: no part of a body names a mention of this class)
            part = next((p for p in self._parts_longest_first
                         if m.canonical.endswith(p) and doc.text[m.start:m.end].endswith(p)), None)
            if part is None or m.label != self.parts[part]:
                continue
            canonical, end = m.canonical[:-len(part)], m.end - len(part)
            cls = self._whole_class(canonical) if end - m.start >= 2 else None
            if cls is None or canonical in named:
                continue
            attrs = tuple((k, v) for k, v in m.attrs if k in _PLACE_ATTRS and
                          not (k.startswith("place_") and k != "place_parent" and int(v) > end))
            attrs += (("head", canonical[-1]),)
            out.append(doc.mention(m.start, end, cls, canonical, attrs=_inside(attrs),
                                   source="bodies.whole", score=m.score))
            named.add(canonical)
        return out

    def _department(self, doc: Doc, kept: list[Mention], wholes: Sequence[Mention] = ()) -> tuple[list[Mention], set[int]]:
        departments: dict[str, list[Mention]] = {}
        for m in (*kept, *wholes):
            if m.label == _GOVERNMENT and m.canonical[-1:] in self.heads and len(m.canonical) > 2:
                departments.setdefault(m.canonical[-1], []).append(m)
            elif m.label in self.org_classes and not m.attr("anaphor") and len(m.canonical) > 2:
                for head, endings in self.head_endings.items():   # 某某大学 for 我校, 校党委
                    if m.canonical.endswith(endings):
                        departments.setdefault(head, []).append(m)
        for head, endings in self.head_endings.items():
            if head not in departments and (own := self._publishers_own(doc, endings)) is not None:
                departments[head] = [own]      # 我校 on 某某大学新闻网, the school named nowhere else
            elif head in departments:
                departments[head] = _without_colleges_of(departments[head])
        if not departments:
            return [], set()
        used = bytearray(len(doc.text) + 1)
        for m in kept:
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
        bare = {(m.start, m.end): m for m in kept if m.canonical in self.parts}
        posts = {m.start: m for m in kept if m.label == "Role"}
        out, replaced, relinked = [], set(), []
        for found in self._re.finditer(doc.text):
            a, b = found.span()
            ps = found.start("part")       # (-1 for an anaphor: no part)
            part_of = bare.get((ps, b)) if ps >= 0 else None
            post = posts.get(ps) if ps >= 0 else None
            if part_of is not None and not any(used[a:ps]):
                replaced.add(id(part_of))      # 厅 | 直属机关党委: the part the stage kept bare
            elif post is not None and not any(used[a:ps]) and post.text.startswith(found.group("part")) \
                    and post.end >= b:
                replaced.add(id(post))         # 厅 | 党组成员: the post is held in the department's part
                relinked.append((post, a, b))
            elif any(used[a:b]) or a not in doc.token_starts:
                continue
            head = found.group("head") or next(h for h, ws in self.heads.items() if found.group("word") in ws)
            dept = _the_one(departments.get(head, ()))
            if dept is None:
                continue
            attrs = {(k, v) for k, v in dept.attrs if k in ("place", "level", "place_parent")}
            if dept.attr("place") and dept.attr("place_end"):
                # the place's name opens the canonical name: the entity stage reads its length
                # from these offsets, which are the department's, moved to this mention
                attrs |= {("place_start", str(a)), ("place_end", str(a + int(cast(str, dept.attr("place_end"))) - dept.start))}
            if found.group("word"):
                attrs |= {("head", dept.attr("head") or head), ("anaphor", found.group("word"))}
                out.append(doc.mention(a, b, dept.label, dept.canonical, dept.key, tuple(sorted(attrs)),
                                       source="bodies.department", score=dept.score))
                continue
            part = found.group("part")
            if part not in self.parts and head not in self.head_endings:
                continue           # (党委 after 厅: the department's Party group is its 党组)
            body = doc.mention(a, b, self.parts.get(part) or self.head_parts[part], dept.canonical + part,
                               attrs=tuple(sorted(attrs | {("head", part)})),
                               source="bodies.department", score=dept.score)
            out.append(body)
            for post, pa, pb in relinked:
                if (pa, pb) == (a, b):
                    out.append(replace(post, attrs=tuple(sorted({*post.attrs, ("org_key", body.key),
                                                                 ("org_start", str(a)), ("org_end", str(b))}))))
        return out, replaced


    def _publishers_own(self, doc: Doc, endings: tuple[str, ...]) -> Mention | None:
        """The school or hospital whose site or paper publishes the article (某某大学新闻网, 某某医院官网): the one
        我校/我院 stands for, as a mention of no span, where its name opens the publisher's."""
        publisher = doc.article.publisher or ""
        name = next((publisher[:k + len(e)] for k in range(2, len(publisher)) for e in endings
                     if publisher.startswith(e, k)), None)
        cls = self.suffixes.get(next((e for e in endings if name and name.endswith(e)), ""), None)
        if name is None or cls is None:
            return None
        return Mention(doc.article.id, 0, 0, "", cls, name, f"{cls}/{name}", -1)

    def _listed(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        text = doc.text
        roles = {m.start: m for m in kept if m.label == "Role"}
        starts = {m.start for m in kept}
        out = []
        for body in kept:
            # (any body has its own Party group or committee: 某公司董事长、党组书记; a level's
            # committee or place names the others)
            own_only = body.label not in ("PartyOrganization", _GOVERNMENT) or not (body.attr("level") or body.attr("place"))
            if body.label not in self.org_classes or body.attr("anaphor"):
                continue
            role = roles.get(body.end)
            # (市委常委、宣传部长; written with a comma or nothing between the posts too: 市委常委，宣传部长, 市委常委宣传部长)
            while role is not None:
                at = role.end + (text[role.end:role.end + 1] in _POSTS_SEPARATORS)
                word = next((w for w in self._listed_longest_first if text.startswith(w, at)), None)
                if word is None or at in starts or at + len(word) not in roles:
                    role = roles.get(at) if word is None else None
                    continue         # another post of the list (、市长、…), or no bare body
                if own_only and self.listed[word] != _OWN:
                    break
                made = self._listed_body(doc, body, word, at)
                if made is not None:
                    out.append(made)
                role = roles.get(at + len(word))
        return out

    def _listed_body(self, doc: Doc, body: Mention, word: str, at: int) -> Mention | None:
        cls = self.suffixes.get(word) or self._whole_class(word)
        if cls is None:
            return None
        if self.listed[word] == _OWN:
            if body.label == "PartyOrganization" or body.canonical.endswith(word):
                return None      # (县委书记、党委书记: a committee has no Party committee of its own)
            prefix, keep = body.canonical, ("place", "place_parent", "level")
        elif self.listed[word] == "committee":
            if not body.canonical.endswith(COMMITTEE_ENDS) or body.label != "PartyOrganization":
                return None
            # (a part of a Party committee is a Party body: 县委常委、办公室主任 → 县委办公室, not a government office)
            prefix, keep, cls = body.canonical, ("place", "place_parent", "level"), body.label
        else:
            level = body.attr("level")
            if body.attr("place") and body.attr("place_end"):
                prefix = body.canonical[:int(cast(str, body.attr("place_end"))) - body.start]
            elif level:
                prefix = level
            else:
                return None
            keep = ("place", "place_parent", "level")
        attrs = {(k, v) for k, v in body.attrs if k in keep}
        if body.attr("place") and body.attr("place_end"):
            # (the place is not written in the bare word: none of its characters, 宣传部 of 市委常委、宣传部长 — the
            # word is no spelling of the place's other bodies, 组织部 of 市委常委、组织部长)
            attrs |= {("place_start", str(at)), ("place_end", str(at))}
        return doc.mention(at, at + len(word), cls, prefix + word, attrs=tuple(sorted(attrs | {("head", word)})),
                           source="bodies.listed", score=body.score)


    def _issuers(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        text = doc.text
        out = []
        for m in kept:
            if m.label != "Document" or not text.startswith(TITLE_OPEN, m.start):
                continue
            about = text.find(ABOUT, m.start, m.end)
            if about <= m.start + 1:
                continue
            parts = self._bodies_in(text, m.start + 1, about)
            for a, b, cls, level in parts or ():
                attrs = _inside((("head", text[a:b]),) + ((("level", level),) if level else ()))
                out.append(doc.mention(a, b, cls, text[a:b], attrs=attrs, source="bodies.issuer", score=m.score))
        return out

    def _bodies_in(self, text: str, start: int, end: int) -> list[tuple[int, int, str, str]] | None:
        """``text[start:end]`` read whole as bodies (longest first), or None."""
        out, i = [], start
        while i < end:
            if text[i] in ISSUER_JOINERS:
                i += 1
                continue
            for j in range(min(end, i + MAX_ISSUER), i + 1, -1):
                name = text[i:j]
                level = next((w for w in self.levels if name.startswith(w)), "")
                rest = name[len(level):]
                cls = self.known.get(name) or (self.level_heads.get(rest) or self.suffixes.get(rest) if level else None)
                if cls is not None:
                    out.append((i, j, cls, level))
                    i = j
                    break
            else:
                return None
        return out


def _relinked(kept: list[Mention], before: list[Mention], replaced: set[int], found: list[Mention]) -> list[Mention]:
    """Posts and persons linked to a bare part that gave way (直属机关党委 → 厅直属机关党委)
    are linked to the department's part that replaced it."""
    moved: dict[tuple[str | None, str | None], Mention] = {}
    for old in before:
        if id(old) in replaced and old.label != "Role":
            new = next((n for n in found if n.start < old.start and n.end == old.end), None)
            if new is not None:
                moved[(str(old.start), str(old.end))] = new
    if not moved:
        return kept
    out = []
    for m in kept:
        new = moved.get((m.attr("org_start"), m.attr("org_end")))
        if new is not None:
            m = replace(m, attrs=tuple(sorted({**dict(m.attrs), "org_key": new.key, "org_start": str(new.start),
                                               "org_end": str(new.end)}.items())))
        out.append(m)
    return out


def _legal_form(longer: str, name: str) -> bool:
    """某某集团 of 某某 (阿里巴巴 | 集团): the longer name is the same company's, its legal form
    written out; not a body the shorter one holds."""
    return longer.startswith(name) and longer[len(name):] in _LEGAL_FORMS


def _inside(attrs) -> tuple[tuple[str, str], ...]:
    """A name read inside another name: it is named, but it does not act in the clause."""
    return tuple(sorted({*attrs, (INSIDE, "1")}))


def _without_colleges_of(mentions: list[Mention]) -> list[Mention]:
    """某某大学 … 汽车工程学院, 化学与化工学院: a college named with no place beside a university is one of
    the university's own (我校汽车工程学院), not a second school 我校 might stand for."""
    if not any(m.canonical.endswith(UNIVERSITY) for m in mentions):
        return mentions
    return [m for m in mentions if not (m.canonical.endswith(COLLEGE) and not m.attr("place")
                                        and UNIVERSITY not in m.canonical)]


UNIVERSITY, COLLEGE = "大学", "学院"


def _the_one(mentions) -> Mention | None:
    """The department all these mentions name, if they name one."""
    keys = {m.canonical for m in mentions}
    return mentions[0] if len(keys) == 1 else None


def _posts_of(kept: list[Mention], bodies: list[Mention], roles: dict[str, bool]) -> list[Mention]:
    """督察组 | 组长 | 某某, 校党委 | 书记 | 某某: a post right after a body read here (after the posts
    were linked to the bodies named in full) is a post of that body, named with the body's head
    where the post is (党委书记, as :func:`~kg.mentions.persons.link_posts` names it), and so is
    its holder's."""
    by_end = {m.end: m for m in bodies}
    out, linked = [], {}
    for m in kept:
        body = by_end.get(m.start) if m.label == "Role" and not m.attr("org_key") else None
        if body is not None:
            role = m.attr("role") or m.canonical
            head = body.attr("head") or ""
            canonical = head + role if roles.get(role) and not role.startswith(head) else m.canonical
            attrs = {(a, v) for a, v in m.attrs if a != "role"} | {("role", role), ("org_key", body.key),
                                                                  ("org_start", str(body.start)), ("org_end", str(body.end))}
            old_key = m.key
            m = replace(m, canonical=canonical, key=f"Role/{canonical}", attrs=tuple(sorted(attrs)))
            linked[m.end] = (m, old_key)
        out.append(m)
    if not linked:
        return kept
    for k, m in enumerate(out):
        post, was = linked.get(m.start) or (None, None)
        if post is not None and m.label == "Person" and not m.attr("org_key") and m.attr("role_key") in (post.key, was):
            extra: dict[str, Any] = {"org_key": post.attr("org_key"), "org_start": post.attr("org_start"),
                     "org_end": post.attr("org_end"), "role": post.canonical, "role_key": post.key}
            out[k] = replace(m, attrs=tuple(sorted({(a, v) for a, v in m.attrs if a not in extra} | set(extra.items()))))
    return out
