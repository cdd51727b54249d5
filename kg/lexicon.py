"""Domain knowledge loaded from ``kg/data``: suffix tables, cue words, name lists.

Each data file carries a header comment saying what it holds and where it came
from. Loaded once into a :class:`Lexicon` and passed to the stages that need it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Lexicon", "TermLexicon", "read_list", "read_table"]

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
    terms: "TermLexicon" = field(default_factory=lambda: TermLexicon())   # landmarks, documents, initiatives …

    @classmethod
    def load(cls) -> "Lexicon":
        return cls(
            place_suffixes={s: c for s, c in read_table("place_suffixes.tsv")},
            stem_stop_chars=frozenset(read_list("stem_stop_chars.txt")),
            terms=TermLexicon.load(),
        )


def _kinds(name: str) -> dict[str, list[str]]:
    """``kind<TAB>value`` rows of ``kg/data/<name>`` grouped by kind, in file order."""
    out: dict[str, list[str]] = {}
    for row in read_table(name):
        out.setdefault(row[0], []).append(row[1])
    return out


@dataclass
class TermLexicon:
    """What the rules for landmarks, documents, campaigns, initiatives, topics, concepts
    and anaphors know (``mentions/landmarks.py``, ``documents.py``, ``initiatives.py``,
    ``concepts.py``, ``anaphora.py``); one field per data file or file section."""

    landmark_suffixes: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # 纪念馆 -> (Landmark, strong, name-ok)
    landmark_list_heads: tuple[str, ...] = ()                # ……等红色资源
    landmark_first_rejects: frozenset[str] = frozenset()     # 高山, 江山: not names
    landmark_next_rejects: tuple[str, ...] = ()              # 粤海|街道
    landmark_min_freq: int = 0
    document_genres: dict[str, str] = field(default_factory=dict)   # 实施意见 -> 意见
    document_media_endings: tuple[str, ...] = ()             # 日报, 杂志
    term_heads: dict[str, tuple[str, str]] = field(default_factory=dict)  # 工程 -> (Initiative, "")
    quote_roles: frozenset[str] = frozenset()                # “第一书记” is a role
    quote_reject_chars: frozenset[str] = frozenset()         # speech, not a name
    quote_links: frozenset[str] = frozenset()                # “X”作为……: 作为 ends the phrase
    quote_soft_chars: frozenset[str] = frozenset()           # 我, 的: speech unless a head follows
    quote_gap_chars: frozenset[str] = frozenset()            # not between a quote and its head
    generic_strip: tuple[str, ...] = ()                      # ……试点工作 -> ……试点
    generic_ends: tuple[str, ...] = ()                       # ……方式, ……措施
    generic_words: frozenset[str] = frozenset()              # 服务, 行动, 教育
    initiative_frames: tuple[str, ...] = ()                  # regexes with {X}
    object_verbs: tuple[str, ...] = ()                       # 采取, 推行
    head_verbs: tuple[str, ...] = ()                         # 开展, 推进
    name_heads: tuple[str, ...] = ()                         # 试点, 工程, 系列活动
    anywhere_heads: tuple[str, ...] = ()                     # ……制度改革试点
    initiatives: tuple[str, ...] = ()                        # 河长制, 精准扶贫
    topics: dict[str, str] = field(default_factory=dict)     # 食品安全 -> any, 教育 -> listed
    topic_cues: tuple[str, ...] = ()                         # regexes with {X}
    topic_suffixes: tuple[str, ...] = ()                     # 产业
    topic_stem_rejects: frozenset[str] = frozenset()         # 优势产业
    concepts: tuple[str, ...] = ()                           # 社会主义核心价值观
    concept_suffixes: tuple[str, ...] = ()                   # 思想, 精神
    concept_stem_rejects: tuple[str, ...] = ()               # 重要讲话精神
    campaigns: tuple[str, ...] = ()                          # 脱贫攻坚
    campaign_stem_heads: tuple[str, ...] = ()                # 学习教育
    campaign_rounds: tuple[str, ...] = ()                    # 第二批
    anaphors: dict[str, str] = field(default_factory=dict)   # 全县 -> 县, 当地 -> *

    @classmethod
    def load(cls) -> "TermLexicon":
        quotes = _kinds("quote_rejects.tsv")
        words = _kinds("landmark_word_rules.tsv")
        generic = _kinds("initiative_generic_words.tsv")
        cues = _kinds("initiative_cues.tsv")
        tsuf = _kinds("topic_suffixes.tsv")
        concepts = _kinds("concepts.tsv")
        campaigns = _kinds("campaigns.tsv")
        return cls(
            landmark_suffixes={r[0]: (r[1], r[2], r[3:4] == ["name-ok"]) for r in read_table("landmark_suffixes.tsv")},
            landmark_list_heads=tuple(read_list("landmark_list_heads.txt")),
            landmark_first_rejects=frozenset(words.get("first-reject", ())),
            landmark_next_rejects=tuple(words.get("next-reject", ())),
            landmark_min_freq=int(words.get("min-freq", ["0"])[0]),
            document_genres=dict(read_table("document_genres.tsv")),
            document_media_endings=tuple(read_list("document_media_endings.txt")),
            term_heads={r[0]: (r[1], r[2] if len(r) > 2 else "") for r in read_table("term_heads.tsv")},
            quote_roles=frozenset(quotes.get("role", ())),
            quote_reject_chars=frozenset(quotes.get("char", ())),
            quote_links=frozenset(quotes.get("link", ())),
            quote_soft_chars=frozenset(quotes.get("soft-char", ())),
            quote_gap_chars=frozenset(quotes.get("gap", ())),
            generic_strip=tuple(generic.get("strip", ())),
            generic_ends=tuple(generic.get("end", ())),
            generic_words=frozenset(generic.get("word", ())),
            initiative_frames=tuple(cues.get("frame", ())),
            object_verbs=tuple(cues.get("object", ())),
            head_verbs=tuple(cues.get("head-verb", ())),
            name_heads=tuple(cues.get("name-head", ())),
            anywhere_heads=tuple(cues.get("anywhere-head", ())),
            initiatives=tuple(read_list("initiatives.txt")),
            topics=dict(read_table("topics.tsv")),
            topic_cues=tuple(read_list("topic_cues.tsv")),
            topic_suffixes=tuple(tsuf.get("suffix", ())),
            topic_stem_rejects=frozenset(tsuf.get("stem-reject", ())),
            concepts=tuple(concepts.get("name", ())),
            concept_suffixes=tuple(concepts.get("suffix", ())),
            concept_stem_rejects=tuple(concepts.get("stem-reject", ())),
            campaigns=tuple(campaigns.get("name", ())),
            campaign_stem_heads=tuple(campaigns.get("stem-head", ())),
            campaign_rounds=tuple(campaigns.get("round", ())),
            anaphors=dict(read_table("anaphors.tsv")),
        )

