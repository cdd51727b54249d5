"""Domain knowledge loaded from ``kg/data``: suffix tables, cue words, name lists.

Each data file carries a header comment saying what it holds and where it came
from. Loaded once into a :class:`Lexicon` and passed to the stages that need it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Lexicon", "read_list", "read_table"]

DATA = Path(__file__).with_name("data")


def read_list(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``kg/data/<name>``."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def read_table(name: str) -> list[list[str]]:
    """Tab-separated rows of ``kg/data/<name>``."""
    return [ln.split("\t") for ln in read_list(name)]


@dataclass
class Lexicon:
    """Everything the rules know about the genre that is not a gazetteer."""

    place_suffixes: dict[str, str] = field(default_factory=dict)   # 镇 -> Township
    stem_stop_chars: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "Lexicon":
        return cls(
            place_suffixes={s: c for s, c in read_table("place_suffixes.tsv")},
            stem_stop_chars=frozenset(read_list("stem_stop_chars.txt")),
        )
