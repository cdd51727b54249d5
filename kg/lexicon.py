"""Domain knowledge loaded from ``kg/data``: suffix tables, cue words, name lists.

Each data file carries a header comment saying what it holds and where it came
from. Loaded once into a :class:`Lexicon` and passed to the stages that need it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Lexicon", "NameLexicon", "TermLexicon", "read_list", "read_table"]

DATA = Path(__file__).with_name("data")
ZONE_CLASS = "Place"      # the class landmark_suffixes.tsv gives the endings of zones (新区, 产业园)


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
    stem_verbs: frozenset[str] = frozenset()     # 谋划 | 主题教育, 全面总结 | 公司: verbs jieba tags as nouns, no name's first word
    terms: "TermLexicon" = field(default_factory=lambda: TermLexicon())   # landmarks, documents, initiatives …
    names: "NameLexicon" = field(default_factory=lambda: NameLexicon())   # organisations, persons, roles, foreign places

    @classmethod
    def load(cls) -> "Lexicon":
        return cls(
            place_suffixes={s: c for s, c in read_table("place_suffixes.tsv")},
            stem_stop_chars=frozenset(read_list("stem_stop_chars.txt")),
            stem_verbs=frozenset(read_list("stem_verbs.txt")),
            terms=TermLexicon.load(),
            names=NameLexicon.load(),
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
    zone_suffixes: tuple[str, ...] = ()      # the endings of zones' names (新区, 开发区 …), longest first
    # 经开区 -> (经济技术开发区, 经济开发区): a zone's ending written short once its name was given in full
    zone_short_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_named_landmarks: frozenset[str] = frozenset()   # 博物馆: a place's name alone may name one (山西博物院)
    short_place_named_landmarks: frozenset[str] = frozenset()   # 风景区: a place's short name may (黄山风景区)
    landmark_list_heads: tuple[str, ...] = ()                # ……等红色资源
    landmark_first_rejects: frozenset[str] = frozenset()     # 高山, 江山: not names
    landmark_next_rejects: tuple[str, ...] = ()              # 粤海|街道
    landmark_zone_verbs: frozenset[str] = frozenset()        # 落户 | 某某经开区: what is done in a zone
    landmark_min_freq: int = 0
    landmark_idiom_chars: frozenset[str] = frozenset()       # 五湖四海, 半壁江山
    document_genres: dict[str, str] = field(default_factory=dict)   # 实施意见 -> 意见
    document_media_endings: tuple[str, ...] = ()             # 日报, 杂志
    document_title_openers: tuple[str, ...] = ()             # 关于, 中华人民共和国
    term_heads: dict[str, tuple[str, str]] = field(default_factory=dict)  # 工程 -> (Initiative, "")
    quote_roles: frozenset[str] = frozenset()                # “第一书记” is a role
    quote_reject_chars: frozenset[str] = frozenset()         # speech, not a name
    quote_links: frozenset[str] = frozenset()                # “X”作为……: 作为 ends the phrase
    quote_descriptors: tuple[str, ...] = ()                   # “X”目标: a goal, no programme
    quote_soft_chars: frozenset[str] = frozenset()           # 我, 的: speech unless a head follows
    quote_gap_chars: frozenset[str] = frozenset()            # not between a quote and its head
    generic_strip: tuple[str, ...] = ()                      # ……试点工作 -> ……试点
    generic_ends: tuple[str, ...] = ()                       # ……方式, ……措施
    generic_words: frozenset[str] = frozenset()              # 服务, 行动, 教育
    counted_nouns: frozenset[str] = frozenset()              # “五个方面” counts parts, no slogan
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
    anaphors: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # 全区 -> (区, (特别行政区,))

    @classmethod
    def load(cls) -> "TermLexicon":
        quotes = _kinds("quote_rejects.tsv")
        landmarks = read_table("landmark_suffixes.tsv")
        words = _kinds("landmark_word_rules.tsv")
        generic = _kinds("initiative_generic_words.tsv")
        cues = _kinds("initiative_cues.tsv")
        tsuf = _kinds("topic_suffixes.tsv")
        concepts = _kinds("concepts.tsv")
        campaigns = _kinds("campaigns.tsv")
        return cls(
            landmark_suffixes={r[0]: (r[1], r[2], "name-ok" in r[3:]) for r in landmarks},
            zone_suffixes=tuple(sorted((r[0] for r in landmarks if r[1] == ZONE_CLASS), key=lambda s: (-len(s), s))),
            zone_short_endings={short: tuple(fulls) for short, *fulls in read_table("zone_short_endings.tsv")},
            place_named_landmarks=frozenset(r[0] for r in landmarks if "place-ok" in r[3:]),
            short_place_named_landmarks=frozenset(r[0] for r in landmarks if "short-place-ok" in r[3:]),
            landmark_list_heads=tuple(read_list("landmark_list_heads.txt")),
            landmark_first_rejects=frozenset(words.get("first-reject", ())),
            landmark_next_rejects=tuple(words.get("next-reject", ())),
            landmark_zone_verbs=frozenset(words.get("zone-verb", ())),
            landmark_min_freq=int(words.get("min-freq", ["0"])[0]),
            landmark_idiom_chars=frozenset(words.get("idiom-char", ())),
            document_genres=dict(read_table("document_genres.tsv")),
            document_media_endings=tuple(read_list("document_media_endings.txt")),
            document_title_openers=tuple(read_list("document_title_openers.txt")),
            term_heads={r[0]: (r[1], r[2] if len(r) > 2 else "") for r in read_table("term_heads.tsv")},
            quote_roles=frozenset(quotes.get("role", ())),
            quote_reject_chars=frozenset(quotes.get("char", ())),
            quote_links=frozenset(quotes.get("link", ())),
            quote_descriptors=tuple(quotes.get("descriptor", ())),
            quote_soft_chars=frozenset(quotes.get("soft-char", ())),
            quote_gap_chars=frozenset(quotes.get("gap", ())),
            generic_strip=tuple(generic.get("strip", ())),
            generic_ends=tuple(generic.get("end", ())),
            generic_words=frozenset(generic.get("word", ())),
            counted_nouns=frozenset(generic.get("counted", ())),
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
            anaphors={r[0]: (r[1], tuple(r[2:])) for r in read_table("anaphors.tsv")},
        )


@dataclass
class NameLexicon:
    """What the rules for organisations, persons, roles and foreign places know
    (``mentions/organizations.py``, ``persons.py``, ``places.py``)."""

    org_suffixes: dict[str, str] = field(default_factory=dict)         # 中医院 -> Hospital
    org_strict_suffixes: frozenset[str] = frozenset()                  # 队, 组织: need a proper stem
    org_sub_suffixes: frozenset[str] = frozenset()                     # 处, 司: only after an organisation
    org_named_suffixes: frozenset[str] = frozenset()                   # 日报: jieba's nz word with it is a name
    org_generic_suffixes: frozenset[str] = frozenset()                 # 公司: 美国公司 is no name
    org_stem_stops: frozenset[str] = frozenset()                       # 日电: never inside a name
    direction_words: frozenset[str] = frozenset()                      # 南方 (南方科技大学)
    org_final_chars: frozenset[str] = frozenset()                      # 社, 盟: how jieba's nt names end
    org_national_words: frozenset[str] = frozenset()                   # 国家, 中央 (国家环保局)
    org_state_bodies: dict[str, str] = field(default_factory=dict)     # 国会 -> GovernmentBody (of a country)
    org_generic_stems: frozenset[str] = frozenset()                    # 基层, 各级
    org_collective_stems: frozenset[str] = frozenset()                 # 基层 (党组织), 各级 (党委): many bodies
    org_ownership_words: frozenset[str] = frozenset()                  # 村办 (企业), 国有 (资本投资公司): a kind
    org_level_heads: dict[str, str] = field(default_factory=dict)      # 委 -> PartyOrganization after 县
    org_names: dict[str, str] = field(default_factory=dict)            # 国务院 -> GovernmentBody
    department_stems: tuple[str, ...] = ()                             # 卫生健康 (委员会), longest first
    department_stem_parts: frozenset[str] = frozenset()                # 文化, 旅游: fields a merged department lists
    department_short_forms: tuple[str, ...] = ()                       # 住建局: words for the tokenizer
    org_body_variants: dict[str, str] = field(default_factory=dict)    # 人民政府 -> 政府
    org_level_bodies: frozenset[str] = frozenset()                     # 政协, 妇联: 省政协 names a body
    level_words: tuple[str, ...] = ()                                  # 自治区, 省, 县, 镇, 村 (longest first)
    surnames: frozenset[str] = frozenset()                             # 张, 欧阳
    common_surnames: frozenset[str] = frozenset()                      # the hundred most borne: 王, 李
    roles: dict[str, bool] = field(default_factory=dict)               # 书记 -> named with its org's head
    membership_roles: frozenset[str] = frozenset()                    # 委员: a seat, a Role only when held
    person_titles: frozenset[str] = frozenset()                        # 同志, 记者, 村民
    occupation_titles: frozenset[str] = frozenset()                    # 村民, 作家: before a name only
    person_cues: frozenset[str] = frozenset()                          # 说, 表示 after a name
    appointment_verbs: frozenset[str] = frozenset()                    # 任命, 选举 before a name
    holding_verbs: tuple[str, ...] = ()                                # 任, 担任 after a name, longest first
    removal_verbs: tuple[str, ...] = ()                                # 免去, 撤销 before a name, longest first
    career_verbs: tuple[str, ...] = ()                                 # 历任, 曾任 before posts held once
    name_final_stops: frozenset[str] = frozenset()                     # 村, 性: never end a given name
    name_list_ends: tuple[str, ...] = ()                               # 出席, 等: after a list's last name
    name_glued_verbs: frozenset[str] = frozenset()                     # 赴, 作: glued after a name
    tibetan_name_parts: frozenset[str] = frozenset()                   # 扎西, 卓玛
    paired_name_parts: frozenset[str] = frozenset()                    # and 乌云, 其其格; 吉克, 尔布
    not_persons: frozenset[str] = frozenset()                          # 多云, 小雨
    plant_names: frozenset[str] = frozenset()   # 雪松, 银杏: no person alone, a given name after a surname
    known_persons: frozenset[str] = frozenset()                        # 周恩来 (jieba: a time word)
    doctrine_suffixes: tuple[str, ...] = ()                            # 理论, 思想
    transliteration_chars: frozenset[str] = frozenset()                # 基, 里, 延, 科
    dotted_name_chars: frozenset[str] = frozenset()                    # and 都, 合, 江: names joined by dots
    place_abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)  # 美 -> (美国, country)
    bilateral_abbreviations: dict[str, str] = field(default_factory=dict)         # 墨 -> 墨西哥 (墨美两国 only)
    place_cues: dict[str, str] = field(default_factory=dict)           # 访 -> verb, 方 -> side
    world_regions: tuple[str, ...] = ()                                # 中东, 华北

    @property
    def act_words(self) -> tuple[str, ...]:
        """The words of a person's act after the name, of two characters or more (出席, 调研, 率队, 一行): a
        list's closing words and the cues after a name, sorted; they vouch for a name before them."""
        return tuple(sorted(w for w in {*self.name_list_ends, *self.person_cues} if len(w) >= 2))

    def is_travel(self, word: str) -> bool:
        """来津, 赴京, 返沪: a one-character verb of travel and a place's abbreviation (no name,
        though 来 and 赴 may open one)."""
        return len(word) == 2 and self.place_cues.get(word[0]) == "verb" and word[1] in self.place_abbreviations

    @classmethod
    def load(cls) -> "NameLexicon":
        abbreviations = read_table("place_abbreviations.tsv")
        occupations = frozenset(read_list("occupation_titles.txt"))   # (read once: titles too)
        return cls(
            org_suffixes={r[0]: r[1] for r in read_table("org_suffixes.tsv")},
            org_strict_suffixes=frozenset(r[0] for r in read_table("org_suffixes.tsv") if r[2:] == ["proper"]),
            org_sub_suffixes=frozenset(r[0] for r in read_table("org_suffixes.tsv") if r[2:] == ["sub"]),
            org_named_suffixes=frozenset(r[0] for r in read_table("org_suffixes.tsv") if r[2:] == ["named"]),
            org_generic_suffixes=frozenset(r[0] for r in read_table("org_suffixes.tsv") if r[2:] == ["generic"]),
            org_stem_stops=frozenset(read_list("org_stem_stops.txt")),
            direction_words=frozenset(read_list("direction_words.txt")),
            org_final_chars=frozenset(read_list("org_final_chars.txt")),
            org_national_words=frozenset(read_list("org_national_words.txt")),
            org_state_bodies=dict(read_table("org_state_bodies.tsv")),
            org_generic_stems=frozenset(read_list("org_generic_stems.txt")),
            org_collective_stems=frozenset(read_list("collective_stems.txt")),
            org_ownership_words=frozenset(read_list("org_ownership_words.txt")),
            org_level_heads=dict(read_table("org_level_heads.tsv")),
            # the national papers (also read for datelines) are organisations by name: 经济日报's
            # stem is a common word
            org_names={**{n: "Organization" for n in read_list("national_media.txt")},
                       **{n: "Organization" for n in read_list("democratic_parties.txt")},
                       **dict(read_table("org_names.tsv"))},
            org_level_bodies=frozenset(read_list("org_level_bodies.txt")),
            department_stems=tuple(sorted(read_list("department_stems.txt"), key=lambda w: (-len(w), w))),
            department_stem_parts=frozenset(read_list("department_stem_parts.txt")),
            department_short_forms=tuple(sorted(read_list("department_short_forms.txt"))),
            # longest variant first (人民政府 before 政府): the order they are replaced in
            org_body_variants=dict(sorted(((r[0], r[1] if len(r) > 1 else "") for r in read_table("org_body_variants.tsv")),
                                          key=lambda kv: len(kv[0]), reverse=True)),
            level_words=tuple(sorted(read_list("org_levels.txt"), key=lambda w: (-len(w), w))),
            surnames=frozenset(read_list("surnames.txt")),
            common_surnames=frozenset(read_list("common_surnames.txt")),
            roles={r: h == "yes" for r, h, *_ in read_table("roles.tsv")},
            membership_roles=frozenset(r for r, _h, *kind in read_table("roles.tsv") if kind == ["membership"]),
            person_titles=frozenset(read_list("person_titles.txt")) | occupations,
            occupation_titles=occupations,
            person_cues=frozenset(read_list("person_cues.txt")),
            appointment_verbs=frozenset(read_list("appointment_verbs.txt")),
            holding_verbs=tuple(sorted(read_list("holding_verbs.txt"), key=len, reverse=True)),
            removal_verbs=tuple(sorted(read_list("removal_verbs.txt"), key=len, reverse=True)),
            career_verbs=tuple(sorted(read_list("career_verbs.txt"), key=len, reverse=True)),
            name_final_stops=frozenset(read_list("name_final_stops.txt")),
            name_list_ends=tuple(sorted(read_list("name_list_ends.txt"), key=len, reverse=True)),
            name_glued_verbs=frozenset(read_list("name_glued_verbs.txt")),
            tibetan_name_parts=frozenset(read_list("tibetan_name_parts.txt")),
            # (Mongolian and Yi names are made of such elements too: two side by side are a name)
            paired_name_parts=frozenset(read_list("tibetan_name_parts.txt") + read_list("mongolian_name_parts.txt")
                                        + read_list("yi_name_parts.txt")),
            not_persons=frozenset(read_list("not_person_words.txt")) | frozenset(read_list("plant_names.txt")),
            plant_names=frozenset(read_list("plant_names.txt")),
            known_persons=frozenset(read_list("known_persons.txt")),
            doctrine_suffixes=tuple(sorted(read_list("doctrine_suffixes.txt"), key=len, reverse=True)),
            transliteration_chars=frozenset("".join(read_list("transliteration_chars.txt"))),
            dotted_name_chars=frozenset("".join(read_list("transliteration_chars.txt") + read_list("dotted_name_chars.txt"))),
            place_abbreviations={c: (n, k) for c, n, k in abbreviations if k != "bilateral"},
            bilateral_abbreviations={c: n for c, n, k in abbreviations if k == "bilateral"},
            place_cues={w: k for w, k in read_table("place_cue_words.tsv")},
            world_regions=tuple(read_list("world_regions.txt")),
        )
