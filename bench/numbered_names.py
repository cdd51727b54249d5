"""Write kg/data/divisions/numbered_names.txt.gz: the names of townships and villages that open
with a numeral (三合村, 八一村, 三乡镇, 十里铺村), and of villages that double 村 (南村村, 杨村村),
from the division tables beside it.

    python bench/numbered_names.py

Such a name reads as a count to a segmenter (三 | 乡镇: three townships; 三里: three li), so
the place recogniser takes it as a name only when the tables hold it. Kept: every township
name, and the village names borne in at least ``MIN_VILLAGES`` places across the country (a
name of the kind villages are given, not one village's), each with at least two characters
before its ending (三村 and 八镇 stay counts). A village that doubles 村 reads as 某村 and a
word after it (南村 | 村委会); whole, it is the tables' name. The output is sorted, so it
changes only where the tables do; run it after ``bench/divisions_data.py``.
"""
from __future__ import annotations

import gzip
from collections import Counter

from kg.divisions import DIVISIONS_DIR as DIVISIONS, NUMBERED_NAMES

OUT = DIVISIONS / NUMBERED_NAMES
NUMERALS = frozenset("一二两三四五六七八九十")
ENDINGS = ("社区", "嘎查", "街道", "苏木", "村", "镇", "乡")
MIN_VILLAGES = 2
MIN_STEM = 2
DOUBLED = "村村"


def stem_length(name: str) -> int:
    ending = next((e for e in ENDINGS if name.endswith(e)), None)
    return len(name) - len(ending) if ending else 0


def numbered(name: str) -> bool:
    return name[:1] in NUMERALS and stem_length(name) >= MIN_STEM


def doubled(name: str) -> bool:
    """南村村, 杨村村: a village named 某村, then its level word (a segmenter reads 南村 | 村委会 the same way)."""
    return name.endswith(DOUBLED) and len(name) > len(DOUBLED)


def main() -> None:
    with gzip.open(DIVISIONS / "townships.tsv.gz", "rt", encoding="utf-8") as f:
        townships = {row.split("\t")[1] for row in f}
    villages: Counter[str] = Counter()
    for path in sorted(DIVISIONS.glob("villages-*.tsv.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            villages.update(row.rstrip("\n").split("\t")[1] for row in f)
    names = {n for n in townships if numbered(n)}
    names |= {n for n, count in villages.items() if count >= MIN_VILLAGES and (numbered(n) or doubled(n))}
    header = ("# Township and village names opening with a numeral, and village names doubling 村 (南村村), from the\n"
              "# division tables beside this file (bench/numbered_names.py; every township's, villages' borne by at\n"
              f"# least {MIN_VILLAGES} places)\n")
    # (compressed like the tables it is drawn from, and as reproducible: no time stamp, no file name)
    with OUT.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
        f.write((header + "".join(n + "\n" for n in sorted(names))).encode("utf-8"))
    print(f"wrote {len(names):,} names to {OUT}")


if __name__ == "__main__":
    main()
