"""Build kg/data/place_pinyin.tsv: the toneless pinyin of every prefecture's and county's
name, for reading a local site's web address (yunxi.example.org, a county's own site,
spells the county's name in pinyin).

    pip install 'pypinyin>=0.55,<0.56'      # a build-time tool only; kg does not import it
    python bench/place_pinyin_data.py

pypinyin (MIT) gives each name's most common reading; a few names read otherwise in
place names (重庆 chongqing is right, 六安 lu'an is not), so a spelling matches only
as a candidate the article must confirm (kg/mentions/home.py). Written sorted, so the
file changes only where the gazetteer does.
"""
from __future__ import annotations

import sys
from pathlib import Path

from pypinyin import lazy_pinyin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.gazetteer import Gazetteer  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "place_pinyin.tsv"
MIN_LETTERS = 4          # shorter spellings (an, xi) are words of web addresses, not places
LEVELS = ("Prefecture", "County")


def spellings(area) -> set[str]:
    names = {area.name, *area.short_names}
    return {s for s in ("".join(lazy_pinyin(n)) for n in names) if len(s) >= MIN_LETTERS and s.isascii()}


def main() -> None:
    gaz = Gazetteer.load()
    rows = sorted({(s, code) for code, area in gaz.areas.items() if area.cls in LEVELS for s in spellings(area)})
    header = ("# Toneless pinyin of prefecture and county names (full and short) -> GB/T 2260 code,\n"
              "# built by bench/place_pinyin_data.py with pypinyin; a spelling may name several places.\n"
              "# pinyin\tcode\n")
    OUT.write_text(header + "".join(f"{s}\t{c}\n" for s, c in rows), encoding="utf-8")
    print(f"{len(rows)} spellings of {len({c for _, c in rows})} places -> {OUT}")


if __name__ == "__main__":
    main()
