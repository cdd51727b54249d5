"""Entity tagging: each input text's entities as character spans (``kg tag``).

The same recognisers and resolution as ``kg build``, without relations or the graph:
for every text, ``[start, end, class, canonical label]`` with offsets into that text
(end exclusive). With ``coarse=True`` the classes become the three of NER corpora:
Person -> PER, any Place -> LOC, any Organization -> ORG; the others are left out, and
a span of another class (a Role, a Concept) gives way to the persons, places and
organisations found inside it (市委书记 -> 市委 ORG).

One :class:`Tagger` holds one extractor (resources are loaded once); each text is
tokenised once.

>>> tagger = Tagger(coarse=True)
>>> tagger.tag_text("1", "河南省水利厅厅长王明在郑州说").entities
[(0, 6, 'ORG', '河南省水利厅'), (8, 10, 'PER', '王明'), (11, 13, 'LOC', '郑州市')]
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .clean import matching_view
from .entities import resolve_entities
from .errors import ReadError
from .extract import Extractor
from .lexicon import read_list, read_table
from .mentions import select_spans
from .mentions.landmarks import BARE_ZONE, ZONE
from .mentions.organizations import ASSEMBLY_HEADS
from .mentions.termtools import alternation
from .model import Article, Mention
from .resources import Resources

__all__ = ["Tagged", "Tagger", "read_texts", "read_jsonl", "COARSE_CLASSES"]

# coarse NER type -> the ontology class every class of that type descends from
COARSE_CLASSES = (("PER", "Person"), ("LOC", "Place"), ("ORG", "Organization"))
_GOVERNMENT_HEADS = ("政府", "人民政府")
# what a periodical's title in marks is followed by (《时代》周刊)
_PERIODICAL_KINDS = ("杂志", "周刊", "月刊", "半月刊", "期刊", "画报")
# words of land after a pair of abbreviations (青藏高原, 云贵高原, 黄淮平原)
_LAND_AFTER_PAIR = frozenset({"高原", "平原", "盆地", "地区", "铁路", "公路", "高速公路", "线"})
# assemblies elected for a term (第六届全国人大, 首届立法会), and the term written before them
_TERM_BEFORE = re.compile(r"(?:第?[一二三四五六七八九十百〇零0-9]+|首)届$")
MAX_TERM = 6


def _term_start(text: str, start: int, name: str) -> int:
    """第六届全国人大, 首届立法会: an assembly's term before its name is part of the name NER
    corpora mark (the graph keeps one node for the assembly, whatever the term)."""
    if not name.endswith(ASSEMBLY_HEADS):
        return start
    term = _TERM_BEFORE.search(text, max(0, start - MAX_TERM), start)
    return term.start() if term else start


@dataclass(frozen=True)
class _NerConventions:
    """What NER corpora tag that the graph does not read so, from the data files, read once per
    tagger (``kg tag --coarse`` only)."""

    bare_governments: frozenset[str]             # 市政府: untagged
    compounds: dict[str, tuple[str, int]]        # 京剧 -> (北京市, 1)
    compound_re: re.Pattern[str]
    eponyms: dict[str, list[str]]                # 汤尤杯 -> [汤, 尤]
    eponym_re: re.Pattern[str]
    bare_body_re: re.Pattern[str]                # 纪委, 村委会: tagged bare

    @classmethod
    def load(cls, resources: Resources) -> "_NerConventions":
        levels = resources.lexicon.names.level_words
        compounds = {row[0]: (row[1], int(row[2]) if len(row) > 2 else 1)
                     for row in read_table("abbreviation_compounds.tsv")}
        eponyms = {name: parts.split() for name, parts in read_table("eponymous_names.tsv")}
        return cls(frozenset(level + head for level in levels for head in _GOVERNMENT_HEADS),
                   compounds, alternation(compounds), eponyms, alternation(eponyms),
                   alternation(read_list("bare_body_names.txt")))


@dataclass(frozen=True)
class Tagged:
    """One input's entities: ``(start, end, class, canonical label)``, sorted."""

    id: Any               # as the input gave it (PD sentence ids are numbers)
    text: str
    entities: list[tuple[int, int, str, str]]

    def as_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "entities": [list(e) for e in self.entities]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


class Tagger:
    """Tags texts and articles with one shared :class:`~kg.extract.Extractor`."""

    def __init__(self, resources: Resources | None = None, *, coarse: bool = False,
                 extractor: Extractor | None = None):
        self.extractor = extractor or Extractor(resources or Resources.load())
        self.resources = self.extractor.resources
        self.coarse = coarse
        self._coarse_of: dict[str, str | None] = {}
        self._ontology: Any = None     # (kg.ontology's, loaded at the first class asked)
        self._ner = _NerConventions.load(self.resources) if coarse else None

    @property
    def _conventions(self) -> _NerConventions:
        """The NER corpora's conventions (a coarse tagger's only)."""
        assert self._ner is not None, "a coarse tagger's"
        return self._ner

    def coarse_class(self, cls: str) -> str | None:
        """PER, LOC, ORG or None for an ontology class."""
        if cls not in self._coarse_of:
            if self._ontology is None:
                from .ontology import load_ontology

                self._ontology = load_ontology()
            self._coarse_of[cls] = next((tag for tag, root in COARSE_CLASSES
                                         if self._ontology.is_subclass(cls, root)), None)
        return self._coarse_of[cls]

    def tag_text(self, text_id: object, text: str) -> Tagged:
        """Tag ``text`` as given: offsets index ``text`` itself (nothing is cleaned away)."""
        tagged = self.tag_article(Article(str(text_id), text, matching_view(text)))
        return Tagged(text_id, tagged.text, tagged.entities)

    def tag_article(self, article: Article) -> Tagged:
        ex = self.extractor
        doc = ex.doc(article)
        found = ex.candidates(doc) if self.coarse else None
        kept = ex.mentions(doc) if found is None else ex.select(doc, found)
        ents = resolve_entities(kept, doc.sentences, self.resources, evidence=False, match_text=doc.text)   # (labels only)
        label_at = {(m.start, m.end): ents.entities[m.key].label
                    for m in ents.mentions if m.key in ents.entities}
        out: list[tuple[int, int, str, str]] = []
        for m in kept:
            if m.attr("anaphor"):
                continue            # 全县, 当地: a reference, not a name
            if m.attr("inside"):
                continue            # 某大学 of 某大学某研究院: the graph names it, a flat tagging gives the longer name
            # 县委 with no county named before it is still an organisation's mention (the graph
            # leaves it out, having no node to give it); its label is the short form
            label = label_at.get((m.start, m.end), m.canonical)
            if not self.coarse:
                parts = self._zone_parts(m, None) if m.label == ZONE else []
                out.extend(parts or [(self._name_start(m), self._name_end(m), m.label, label)])
                continue
            if m.attr(BARE_ZONE):
                continue            # 高新区 written bare: the article's zone in the graph, no name in NER's sense
            tag = self.coarse_class(m.label)
            if m.attr("team"):
                tag = "ORG"         # 美国、俄罗斯、立陶宛 in a report of a match: the teams
            if tag == "ORG" and self._bare_government(m.text):
                continue
            if tag is None and (congress := m.attr("congress")):
                # a Party congress (十五大, 中共十五大) is the Party's supreme body in session
                # (党章: 党的全国代表大会); NER corpora tag it ORG, without 党的
                out.append((m.end - len(congress), m.end, "ORG", label))
            elif tag == "LOC" and (pair := self._pair_opening(m, found)):
                out.extend(pair)    # 青 | 藏 of 青藏高原: the two places the name joins
            elif m.label == ZONE and (parts := self._zone_parts(m, tag)):
                out.extend(parts)   # 某镇 | 某某工业园: the division the zone is named after, and the rest
            elif tag == "ORG":
                out.append((_term_start(article.text, m.start, m.text), m.end, tag, label))
            elif tag is not None:
                out.append((self._name_start(m), self._name_end(m), tag, label))
            else:
                out.extend(self._inside(m, found or []))
        if self.coarse:
            taken = {i for e in out for i in range(e[0], e[1])}
            for extra in (self._compounds(doc, taken), self._eponyms(doc.text, taken), self._bare_bodies(doc, taken)):
                out.extend(extra)
                taken.update(i for e in extra for i in range(e[0], e[1]))
            out = self._periodicals(doc.text, out)
        return Tagged(article.id, article.text, sorted(set(out)))

    @staticmethod
    def _periodicals(text: str, out: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """美国《时代》周刊, 华北《人民日报》, 《时代潮》杂志: a periodical named in title marks with
        its country or region before them or its kind after them is, to NER corpora, one
        organisation's name, marks and all (alone, 《纽约时报》, the name inside them)."""
        by_end = {e[1]: e for e in out if e[2] == "LOC"}
        dropped: set[tuple[int, int, str, str]] = set()
        grown: list[tuple[int, int, str, str]] = []
        for e in out:
            a, b, tag, label = e
            if tag != "ORG" or text[a - 1:a] != "《" or text[b:b + 1] != "》":
                continue
            kind = next((k for k in _PERIODICAL_KINDS if text.startswith(k, b + 1)), "")
            place = by_end.get(a - 1)
            if not kind and place is None:
                continue
            dropped.add(e)
            if place is not None:
                dropped.add(place)
            grown.append((place[0] if place else a - 1, b + 1 + len(kind), "ORG", label))
        return [e for e in out if e not in dropped] + grown if grown else out

    def _bare_bodies(self, doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """纪委, 社科院, 村委会 standing bare (``bare_body_names.txt``): ORG, as NER corpora tag
        them, with an assembly's term (六届 | 人大常委会); the graph has no node for them unless
        their place is named."""
        found = []
        for m in self._conventions.bare_body_re.finditer(doc.text):
            a, b = m.span()
            if a in doc.token_starts and b in doc.token_ends and a not in taken and b - 1 not in taken:
                found.append((_term_start(doc.text, a, m.group()), b, "ORG", m.group()))   # (a word of its own)
        return found

    def _eponyms(self, text: str, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """尤伯 of 尤伯杯, 汤 and 尤 of 汤尤杯, 马 and 列 of 马列主义: the persons a trophy or a doctrine
        is named after, as NER corpora tag them (``eponymous_names.tsv``)."""
        found = []
        for m in self._conventions.eponym_re.finditer(text):
            if m.start() in taken:
                continue
            pos = m.start()
            for name in self._conventions.eponyms[m.group()]:
                found.append((pos, pos + len(name), "PER", name))
                pos += len(name)
        return found

    def _compounds(self, doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """京 of 京剧, 华 of 华侨, 苏 of 苏南: a place's abbreviation opening a word of its
        opera, people, medicine, army or parts (``abbreviation_compounds.tsv``), as NER
        corpora mark it (the graph has no mention: an article on Peking opera is not about
        Beijing). The compound opens a word of jieba's or ends it (中国京剧, 京韵大鼓)."""
        found = []
        for m in self._conventions.compound_re.finditer(doc.text):
            a, b = m.span()
            if (a in doc.token_starts or b in doc.token_ends) and a not in taken:
                place, size = self._conventions.compounds[m.group()]
                found.append((a, a + size, "LOC", place))
        return found

    def _zone_parts(self, m: Mention, tag: str | None) -> list[tuple[int, int, str, str]]:
        """A zone named after its division (某镇顶塘工业园, 某市蔬菜产业园: the landmark recogniser's
        ``place``) tags as the division and the rest, as a flat tagging of addresses does (the
        graph keeps both nodes, the zone in the division)."""
        key, start, end = m.attr("place"), m.attr("place_start"), m.attr("place_end")
        if not key or start != str(m.start) or not end or int(end) >= m.end:
            return []
        end_at = int(end)
        if key.startswith("adm/"):
            area = self.resources.gazetteer.get(key[4:])
            if area is None:
                return []
            cls, name = area.cls, area.name
        else:
            cls, name = key.split("/", 1)[0], key.rsplit("/", 1)[-1]
        if self.coarse:
            return [(m.start, end_at, "LOC", name), (end_at, m.end, tag or "LOC", m.canonical)]
        return [(m.start, end_at, cls, name), (end_at, m.end, m.label, m.canonical)]

    def _pair_opening(self, m: Mention, found: list[Mention] | None) -> list[tuple[int, int, str, str]]:
        """青藏高原, 云贵高原, 黄淮平原: a land named by a pair of places' abbreviations and a
        word of land is tagged, as NER corpora do, as the two places (the graph keeps the
        land's node)."""
        if not found or len(m.text) < 3 or m.text[2:] not in _LAND_AFTER_PAIR:
            return []
        singles = {f.start: f for f in found if f.end - f.start == 1 and m.start <= f.start < m.start + 2
                   and self.coarse_class(f.label) == "LOC"}
        if len(singles) != 2:
            return []
        return [(f.start, f.end, "LOC", f.canonical) for f in (singles[m.start], singles[m.start + 1])]

    def _bare_government(self, text: str) -> bool:
        """市政府, 县人民政府: a government named by its level alone is a common noun to NER
        corpora (People's Daily tags 市委, the abbreviation of a committee's name, but not
        市政府); the graph still gives it a node where the article names its place."""
        return text in self._conventions.bare_governments

    def _inside(self, outer: Mention, found: list[Mention]) -> list[tuple[int, int, str, str]]:
        """The persons, places and organisations inside a span of another class."""
        inner = [m for m in found if outer.start <= m.start and m.end <= outer.end and m is not outer
                 and (m.start, m.end) != (outer.start, outer.end) and self.coarse_class(m.label)]
        return [(m.start, self._name_end(m), tag, m.canonical)
                for m in select_spans(inner) if (tag := self.coarse_class(m.label))]

    @staticmethod
    def _name_end(m: Mention) -> int:
        """A person's span ends with the name: 习近平总书记 -> 习近平."""
        if m.label == "Person" and len(m.canonical) < len(m.text) and m.text.startswith(m.canonical):
            return m.start + len(m.canonical)
        return m.end

    @staticmethod
    def _name_start(m: Mention) -> int:
        """A country's span starts with its name: 新中国 -> 中国."""
        if m.label == "Country" and len(m.canonical) < len(m.text) and m.text.endswith(m.canonical):
            return m.end - len(m.canonical)
        return m.start

    def tag(self, items: Iterable[Article | tuple[str, str]]) -> Iterator[Tagged]:
        for item in items:
            yield self.tag_article(item) if isinstance(item, Article) else self.tag_text(*item)


def read_texts(paths: Iterable[str | Path]) -> Iterator[Article | tuple[object, str] | ReadError]:
    """What ``kg tag`` reads: ``.jsonl`` lines ``{"id", "text"}`` as ``(id, text)`` pairs
    (text kept exactly, so offsets index it), any other input as articles."""
    from .read import list_input_files, read_path

    for path in list_input_files(paths):
        if path.suffix.lower() != ".jsonl":
            yield from read_path(path)
            continue
        with path.open(encoding="utf-8-sig") as fh:
            yield from read_jsonl(fh, str(path))


def read_jsonl(lines: Iterable[str], source: str = "<stdin>") -> Iterator[tuple[object, str] | ReadError]:
    """``(id, text)`` for every JSON line ``{"id", "text"}``; a bad line is a ReadError."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(f"{source}:{lineno}", f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield ReadError(f"{source}:{lineno}", 'a JSONL line needs a "text" string')
            continue
        yield rec.get("id", lineno), rec["text"]
