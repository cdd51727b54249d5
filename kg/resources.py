"""The resources every stage shares, built once per process and passed in."""
from __future__ import annotations

from dataclasses import dataclass, field

from .divisions import Divisions
from .gazetteer import Gazetteer
from .lexicon import Lexicon, read_table
from .tokens import PLACE_TAG, AppointedNames, HeadGlue, Tokenizer, jieba_dictionary
from .world import WorldPlaces

__all__ = ["Resources"]

# jieba tags of ordinary vocabulary: a short place name that jieba knows under one
# of these (平安 a, 前进 v) is taken as a place only when the context confirms it
COMMON_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "f", "t", "b", "l", "i")
POST_HEAD = "长"          # the last character of a division's post (市长, 县长)
GLUED_MAX_FREQ = 1000     # a short name jieba's dictionary holds more often than this is left as it reads it
# before a post: now held (现任), held before (原); not 前, which also opens villages' names (前村, 后村)
POST_STATES = "现原"


@dataclass
class Resources:
    gazetteer: Gazetteer
    lexicon: Lexicon
    tokenizer: Tokenizer
    jieba_words: dict[str, tuple[int, str]]   # jieba's own dictionary: word -> (freq, tag)
    world: WorldPlaces = field(default_factory=WorldPlaces)   # countries, world regions, foreign cities
    divisions: Divisions = field(default_factory=Divisions)   # township and village codes, read on first use
    # the words :meth:`is_common_word` says yes to, found once (it is asked at almost every word; :meth:`load`
    # finds them before the tokenizer, which reads appointments by them, and passes them in)
    common_words: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self):
        if not self.common_words:
            self.common_words = _common_words(self.gazetteer, self.jieba_words)

    @classmethod
    def load(cls) -> "Resources":
        gazetteer = Gazetteer.load()
        lexicon = Lexicon.load()
        names = gazetteer.names()
        jieba_words = jieba_dictionary()
        user_words = {name: "ns" for name in names if len(name) >= 2}
        world = WorldPlaces.load()
        user_words.update(_name_words(lexicon, world, jieba_words))
        splits = _nested_places(gazetteer, jieba_words) | _post_states(gazetteer, lexicon, jieba_words) \
            | _glued_heads(jieba_words) | _institution_posts(jieba_words) | _held_in_abbreviated(lexicon, jieba_words) \
            | _posts_of_duty(lexicon, jieba_words) | _place_led_words(gazetteer, jieba_words) | _dated_levels(jieba_words) \
            | _held_in_manner(jieba_words)
        common = _common_words(gazetteer, jieba_words)
        tokenizer = Tokenizer(user_words, glue=_head_glue(gazetteer, lexicon, jieba_words, user_words), splits=splits,
                              appointed=_appointed_names(lexicon, common),
                              standalone=dict(read_table("standalone_after.tsv")))
        return cls(gazetteer, lexicon, tokenizer, jieba_words, world, common_words=common)

    def is_common_word(self, word: str) -> bool:
        """True when jieba knows ``word`` as ordinary vocabulary rather than a name."""
        return word in self.common_words


_AT = "在"     # 在京开幕: held in the place abbreviated
DUTIES = "职务"   # 某某部长职务: a post's duties


def _head_glue(gazetteer: Gazetteer, lexicon: Lexicon, jieba_words: dict[str, tuple[int, str]],
               user_words: dict[str, str]) -> HeadGlue:
    """The added short names that open with the character ending a division's post (长阳 of 长阳县: 市 | 长阳
    | 卫国), and the level characters of those posts (市长, 县长 …). Not a word jieba's own dictionary holds
    this often (长沙, 长安): 长沙市 is written far more than 市长沙某."""
    names = lexicon.names
    levels = frozenset(w for w in names.level_words if len(w) == 1 and w + POST_HEAD in names.roles)
    words = frozenset(w for w in user_words if w.startswith(POST_HEAD) and len(w) >= 2
                      and not gazetteer.is_full_name(w) and jieba_words.get(w, (0, ""))[0] < GLUED_MAX_FREQ)
    # jieba's own words a post's last character opens, with a surname after it (长江, 任何); the posts of three
    # characters end so too (董事 | 长江 | 毅), but add no last character of their own: a word that opens with
    # one (关于, 所有) would send every text holding it through the slower re-reading
    posts = frozenset(role for role in names.roles if len(role) in (2, 3))
    ends = {post[1] for post in posts if len(post) == 2}
    common = frozenset(w for w, (freq, _) in jieba_words.items()
                       if len(w) == 2 and w[0] in ends and w[1] in names.surnames and freq >= GLUED_MAX_FREQ)
    # (what follows a name in the person's act: 局 | 长沙 | 永安 | 出席, 副省 | 长安 | 立新 | 主持)
    return HeadGlue(words, levels, frozenset(names.surnames), common, posts, names.act_words)


def _nested_places(gazetteer: Gazetteer,
                   jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Words of jieba's dictionary that write a division's name right after the name of one it lies in
    (新疆阿勒泰地区, 湖南长沙市, 云南省某某自治州): jieba keeps them one word, which names no division of
    the gazetteer, so neither place would be read; the tokenizer gives them as the two names."""
    names = gazetteer.names()
    out = {}
    for word in jieba_words:
        if len(word) < 4 or word in names:
            continue
        for cut in range(2, len(word) - 1):
            outer = names.get(word[:cut])
            inner = names.get(word[cut:]) if outer else None
            if inner and any(gazetteer.is_within(code, o) for code in inner for o in outer if o != code):
                out[word] = ((word[:cut], PLACE_TAG), (word[cut:], PLACE_TAG))
                break
    return out


_NAME_TAGS = ("nt", "ns", "nr", "nz")


def _place_led_words(gazetteer: Gazetteer,
                     jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Words of jieba's dictionary that write a division's full name and then a word of its own, tagged as
    no name (广西壮族自治区人民政府 l, an idiom): read whole, neither the place nor its body was found; the
    tokenizer gives the two words, each with jieba's tag (the place's a place's). The words tagged as
    bodies (云南省人民政府 nt) are read by the organisation recogniser as they are."""
    names = gazetteer.names()
    out = {}
    for word, (_, tag) in jieba_words.items():
        if len(word) < 5 or tag.startswith(_NAME_TAGS) or word in names:
            continue
        for cut in range(2, len(word) - 1):
            place, rest = word[:cut], word[cut:]
            if place in names and gazetteer.is_full_name(place) and rest in jieba_words:
                out[word] = ((place, PLACE_TAG), (rest, jieba_words[rest][1]))
                break
    return out


def _post_states(gazetteer: Gazetteer, lexicon: Lexicon,
                 jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """现县 | 农业农村局 (原某镇党委书记、现县农业农村局局长某某): jieba's model joins 现 (now) or
    原 (former) to a level character alone before a body's name, a word of no dictionary, and the body
    loses its place; the tokenizer gives the two characters apart, each with jieba's tag of it alone.
    Not where the two are a division's name (原州)."""
    levels = sorted(w for w in lexicon.names.level_words if len(w) == 1)
    names = gazetteer.names()
    return {state + level: ((state, jieba_words.get(state, (0, "d"))[1]), (level, jieba_words.get(level, (0, "n"))[1]))
            for state in POST_STATES for level in levels
            if state + level not in jieba_words and state + level not in names}


def _glued_heads(jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """草原 | 局要 | 加强 → 局 | 要 (``glued_after_heads.tsv``): a body's one-character head and the
    character after it, a word of no dictionary, given apart, each with jieba's tag of it alone."""
    return {head + ch: ((head, jieba_words.get(head, (0, "n"))[1]), (ch, jieba_words.get(ch, (0, "x"))[1]))
            for head, chars in read_table("glued_after_heads.tsv") for ch in chars
            if head + ch not in jieba_words}


def _dated_levels(jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """3月8日省民政厅… (jieba's model: 日省, a word of no dictionary): the day's mark and a level's character
    that opens a body's short form (省民政厅), given apart."""
    return {mark + level: ((mark, "m"), (level, jieba_words.get(level, (0, "n"))[1]))
            for mark in _DATE_MARKS for level in _LEVEL_CHARS if mark + level not in jieba_words}


_DATE_MARKS = "日月年号"
_LEVEL_CHARS = "省市县区州旗盟镇乡"


def _meeting_cues(*roles: str) -> set[str]:
    """The words of ``roles`` of meetings in ``event_cues.tsv`` (verb, opens: 召开, 举行, 开幕; manner: 隆重)."""
    return {w for cls, role, w in read_table("event_cues.tsv") if cls == "Meeting" and role in roles}


def _held_in_manner(jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """某某会议在某中心隆重召开 (jieba's word 隆重召开, tagged a name): 隆重 | 召开, so the meeting is held; each
    with jieba's tag of it alone."""
    verbs, manners = _meeting_cues("verb", "opens"), _meeting_cues("manner")
    return {m + v: ((m, jieba_words.get(m, (0, "a"))[1]), (v, jieba_words.get(v, (0, "v"))[1]))
            for m in manners for v in verbs if m + v in jieba_words}


def _held_in_abbreviated(lexicon: Lexicon, jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """某某大会在京开幕, 在京举行 (jieba's words): 在 | 京 | 开幕, so the place abbreviated is read and the
    meeting held there; each with jieba's tag of it alone."""
    verbs = _meeting_cues("verb", "opens")
    words = (_AT + a + v for a in lexicon.names.place_abbreviations for v in verbs)   # (not a pass over jieba's words)
    return {w: ((w[0], jieba_words.get(w[0], (0, "p"))[1]), (w[1], "j"), (w[2:], jieba_words.get(w[2:], (0, "v"))[1]))
            for w in words if w in jieba_words}


def _institution_posts(jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """某某 | 中学教师 | 某某 → 中学 | 教师 (``institution_post_words.tsv``): an institution's head and a post
    after it that jieba's dictionary holds as one word, given apart, each with jieba's tag of it alone."""
    return {head + post: ((head, jieba_words.get(head, (0, "n"))[1]), (post, jieba_words.get(post, (0, "n"))[1]))
            for head, posts in read_table("institution_post_words.tsv") for post in posts.split("|")
            if head + post in jieba_words}


def _posts_of_duty(lexicon: Lexicon, jieba_words: dict[str, tuple[int, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """免去某某的某部 | 副 | 部长职务 → 部长 | 职务: a post and 职务 (the duties of it) that jieba's dictionary holds
    as one word, given apart, each with jieba's tag of it alone."""
    return {role + DUTIES: ((role, jieba_words.get(role, (0, "n"))[1]), (DUTIES, jieba_words.get(DUTIES, (0, "n"))[1]))
            for role in lexicon.names.roles if role + DUTIES in jieba_words}


_REMOVING = "免去"      # 免去某某的…职务: the name before 的, no 为


def _appointed_names(lexicon: Lexicon, common: frozenset[str]) -> AppointedNames:
    """The appointment frame's names for the tokenizer (:class:`AppointedNames`): opened by a surname, no common word."""
    return AppointedNames(tuple(v for v in sorted(lexicon.names.appointment_verbs) if v != _REMOVING),
                          frozenset(lexicon.names.surnames), common)


def _common_words(gazetteer: Gazetteer, jieba_words: dict[str, tuple[int, str]]) -> frozenset[str]:
    """The words of jieba's dictionary that are ordinary vocabulary (:func:`_is_common`). A division's full name
    is a name whatever jieba's dictionary tags it: it holds a few, rarely, as verbs or idioms (临澧县 v, 迭部县 l),
    and a county read as a verb was no place."""
    return frozenset(word for word, (freq, tag) in jieba_words.items()
                     if _is_common(freq, tag) and not gazetteer.is_full_name(word))


def _is_common(freq: int, tag: str) -> bool:
    """A word of jieba's dictionary under a tag of ordinary vocabulary, or frequent and no name."""
    if not tag or tag.startswith(_NAME_TAGS):
        return False
    return tag.startswith(COMMON_TAGS) or freq >= 2000


def _name_words(lexicon: Lexicon, world: WorldPlaces, jieba_words: dict[str, tuple[int, str]]) -> dict[str, str]:
    """Words jieba must keep whole so that names are not split: foreign place names,
    posts (驻村干部, 大学生村官), well-known persons and institutions. Words jieba already knows keep
    jieba's own tag."""
    out = {name: "ns" for name in world.places if len(name) >= 2 and name not in jieba_words}
    out.update({role: "n" for role in lexicon.names.roles if len(role) >= 2 and role not in jieba_words})
    # leaders and models the whole genre names, kept whole where jieba's dictionary lacks
    # them (those it tags otherwise, 周恩来 a time word, the person recogniser reads by name)
    out.update({name: "nr" for name in lexicon.names.known_persons if name not in jieba_words})
    out.update({name: "nt" for name in lexicon.names.org_names if len(name) >= 2 and name not in jieba_words})
    # departments' short names (市住 | 建局 otherwise)
    out.update({name: "n" for name in lexicon.names.department_short_forms if name not in jieba_words})
    # compounds of the genre jieba cuts into the next word (中心 | 组组长): given whatever jieba's
    # dictionary holds of them, where it counts them too rarely to win (中心组 28 times)
    out.update({word: tag for word, tag in read_table("compound_words.tsv")})
    return out
