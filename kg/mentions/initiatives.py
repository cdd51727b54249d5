"""Campaigns and initiatives: quoted terms, cue patterns and campaign names.

A quoted word is not automatically a name. A quoted term becomes an entity only when
something says what it names:

* a **head** after it or at its end (“千村示范、万村整治”工程, “不见面审批”改革,
  “八大攻坚战”, “两山”理念, “两学一做”学习教育), see ``term_heads.tsv``;
* a **cue** before it (推行企业开办“一窗通办”, 推广“余村经验”), or a **frame** around
  the list it stands in (以“积分超市”、志愿服务日活动为载体; 依托……、“流动党校”等方式),
  see ``initiative_cues.tsv``.

Metaphors and verbs in quotes (“点赞”, “金叶子”), posts (“第一书记”) and speech are
left alone. The same frames and cue verbs find names written without quotes (采取送教上门,
探索……试点, 开展……系列活动), judged by their shape (``initiative_generic_words.tsv``).

A quoted term that is a name by itself (一窗通办) is its own canonical label; a short or
ordinary word keeps its quotes and head (“两山”理念, “1236”扶贫攻坚行动).
"""
from __future__ import annotations

from typing import Any, cast

import re

from ..lexicon import read_list, read_table
from ..model import Mention
from ..resources import Resources
from . import Doc
from .termtools import (CLAUSE_PUNCT, QUOTE_PAIRS, QUOTE_RE, Quote, TokenIndex, any_of, clause_bounds, find_quotes, has_cjk,
                        is_nounish_tag, is_proper_tag, normalise_quotes, split_items)

__all__ = ["CampaignRecognizer", "InitiativeRecognizer", "QuotedTerms"]

_COUNT_TAG = "m"       # jieba's tag of a numeral (两个, 3项)
MAX_HEAD_GAP = 10      # characters between a closing quote and its head (“一村一策”面源污染治理措施)
MAX_CUE_GAP = 8        # characters between a cue verb and the quote it governs
MAX_ITEM = 16          # characters of an initiative written without quotes
MAX_OBJECT = 14        # characters of the object of 采取/推行 taken as a name
_X = r"(?P<x>[^，。；：！？\n]{2,48}?)"
_ROUND = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:批|轮|阶段)")
# a numbered slogan (“四区一城”, “两年见效”, “一村一策”, “三区协同”) or a formula of parts
# (“支部+协会”, “公司+合作社+农户”) names a programme or a way of working by its form alone
_SLOGAN = re.compile(r"[一二三四五六七八九十两双百千万]{1,2}[\u4e00-\u9fff、]{1,10}|[\w\u4e00-\u9fff]{1,8}(?:\+[\w\u4e00-\u9fff]{1,8}){1,4}")
SLOGAN_SCORE = 0.8
MAX_QUOTED = 20        # characters of a quoted name, unless it lists short phrases (below)
# a slogan of short phrases (“工业强县、农业稳县、旅游兴县、生态立县、文化名县”) may be longer
_SLOGAN_LIST = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){2,7}")
# the periods of the five-year plans (“九五”, “十三五”) are spans of time, not slogans
_COUNT = re.compile(r"[一二三四五六七八九十两]{1,2}个([\u4e00-\u9fff]{2})")
_PLAN_PERIOD = re.compile(r"(?:十[一二三四五六七八九]?|[六七八九])五")
# what two provinces written by their one-character names do together (京津冀协同, 沪滇扶贫协作)
PAIRED_WORKS = ("东西部扶贫协作", "扶贫协作", "对口协作", "对口帮扶", "协作")
PAIRED_SCORE = 0.8
STATE_PREFIX, STRATEGY = "国家", "战略"   # 国家某某战略 is 某某战略
# words a name head makes a compound with (战略 | 合作 | 框架协议, 战略伙伴): no head of the programme
_HEAD_COMPOUNDS = ("合作", "伙伴")
AID_ENDINGS = ("支援", "帮扶")     # 对口支援某省: a programme of aid names the place it aids
MAX_AIDED = 6                     # characters of the aided place's name
VERB_COMPLEMENTS = ("好", "实")   # 落实好, 抓实: a complement between a cue verb and its object
MODIFIER = "的"                   # 实施某工程的关键环节: the object is the part before it
ORDINAL = "第"                    # 第一责任人制度: an ordinal may open a name that has a head


class QuotedTerms:
    """What the article's quoted terms name, shared by the campaign and initiative rules."""

    def __init__(self, resources: Resources):
        self.res = resources
        lex = resources.lexicon.terms
        self.lex = lex
        # characters that never stand inside a name: speech, particles, list joints
        self.stop = lex.quote_reject_chars | lex.quote_soft_chars | lex.quote_gap_chars
        self.heads = sorted(lex.term_heads, key=len, reverse=True)
        self._any_head = tuple(self.heads)      # (one C test before the loop that finds which)

    # -- shape ---------------------------------------------------------------
    def acceptable(self, words: str, head_at_once: bool) -> bool:
        """Can these quoted words be a name at all? Not speech, not a post, not too long."""
        if not (2 <= len(words) <= MAX_QUOTED or _SLOGAN_LIST.fullmatch(words)) or not any(c.isalnum() for c in words):
            return False
        if any(c in self.lex.quote_reject_chars for c in words) or _PLAN_PERIOD.fullmatch(words):
            return False     # (“十五五”战略合作, “十四五”规划: a plan's period, no name with any head)
        if not head_at_once and any(c in self.lex.quote_soft_chars for c in words):
            return False
        return not (words in self.lex.quote_roles or words.endswith(tuple(self.lex.quote_roles)))

    def name_like(self, words: str, cls: str, gap: int) -> bool:
        """Is the quoted term a name by itself (一窗通办, 秒批 in “秒批”服务), or only with
        its quotes and head (“两山”理念, “1236”扶贫攻坚行动, “一把手”工程, “两山”转化……活动:
        numeric, an ordinary word, or short with more words before the head)?"""
        if not has_cjk(words) or words in self.res.jieba_words:
            return False
        return len(words) >= 3 or (cls == "Initiative" and gap == 0)

    def own_head(self, doc: Doc, index: TokenIndex, q: Quote) -> str | None:
        """The head a quoted term ends in (“八大攻坚战”, “昆山之路”, “余村经验”), when
        what comes before it is more than an adverb or adjective (“彻底改革” is not)."""
        words = q.text
        if not words.endswith(self._any_head):
            return None
        for h in self.heads:
            if words.endswith(h) and len(words) > len(h):
                stem = index.between(q.start + 1, q.end - 1 - len(h))
                if stem and all(t.tag.startswith(("a", "d")) for t in stem):
                    return None
                return h
        return None

    def head_after(self, doc: Doc, index: TokenIndex, q: Quote) -> tuple[str, int] | None:
        """The head noun that follows a quote, within a few words: (head, end offset)."""
        text = doc.text
        e = q.end
        for p in range(e, min(len(text), e + MAX_HEAD_GAP + 1)):
            c = text[p]
            if c in CLAUSE_PUNCT or c in "“”「」《》（）" or c in self.lex.quote_gap_chars:
                return None
            if p in index.by_start:
                tok = index.tokens[index.by_start[p]]
                if tok.word in self.lex.quote_links or tok.tag == _COUNT_TAG:
                    return None     # (“甲”“乙”两个项目: a count of the quoted names, the head their kind)
            if p not in index.by_start or not text.startswith(self._any_head, p):
                continue
            for h in self.heads:
                if text.startswith(h, p) and p + len(h) in index.by_end:
                    return h, p + len(h)
        return None

    def is_practice(self, doc: Doc, index: TokenIndex, q: Quote) -> bool:
        """A short verb phrase naming a way of working (以学促干), not a doctrine."""
        a, b = q.inner
        toks = index.between(a, b)
        return len(q.text) <= 6 and any(t.tag.startswith("v") for t in toks) and "是" not in q.text

    def classify(self, doc: Doc, index: TokenIndex, q: Quote, cued: bool) -> Mention | None:
        """The mention a quoted term makes, or None when nothing says what it names."""
        words = q.text
        reading = self._reading(doc, index, q)
        if reading is None:
            return None
        after, own = reading
        cls, keep, start, end = None, False, q.start, q.end
        if own and self.lex.term_heads[own][0] != "Campaign":
            cls = self.lex.term_heads[own][0]
        if after:
            head, end = after
            hcls, flag = self.lex.term_heads[head]
            if cls is None or hcls == "Campaign":
                cls, keep = hcls, flag == "keep"
                if flag == "practice" and self.is_practice(doc, index, q):
                    cls = "Initiative"
        if cls is None and cued and words not in self.lex.concepts:
            cls = "Initiative"    # (“四个全面” after 推进 is still the doctrine the concepts table names)
        source = ""
        if cls is None and after is None and self.slogan(words):
            cls, source = "Initiative", "initiatives.slogan"
        if cls is None:
            return None
        if after is None:
            # the quoted words stand alone: a cue or their own head says what they name;
            # the span keeps the quotation marks, so a guess inside them (a company
            # called 时间银行) does not outweigh it
            if words in self.res.jieba_words:
                return None       # an ordinary word, cued or not
            canonical = words
        elif keep or not self.name_like(words, cls, gap=after[1] - len(after[0]) - q.end):
            # the name needs its quotes and head: “两山”理念, 就业“一把手”工程, “……”主题教育
            if not keep:
                start = self._noun_before(doc, index, q.start)
            canonical = normalise_quotes(doc.text[start:end])
        else:
            canonical = words     # 千村示范、万村整治 (alias “千村示范、万村整治”工程)
        if source:
            return doc.mention(start, end, cls, canonical, source=source, score=SLOGAN_SCORE)
        return doc.mention(start, end, cls, canonical)

    def _reading(self, doc: Doc, index: TokenIndex, q: Quote) -> tuple[tuple[str, int] | None, str | None] | None:
        """The head after a quote and its own head, or None when the quote names nothing; what
        does not depend on a cue, so the campaign and initiative recognisers, which both
        classify every quote, read it once per document (``doc.memo``)."""
        memo = cast("dict[tuple[int, int], Any]", doc.memo.setdefault("quote_readings", {}))
        key = (q.start, q.end)
        if key not in memo:
            if doc.text.startswith(self.lex.quote_descriptors, q.end):
                memo[key] = None      # “……”目标, “……”形式: a goal or a format the text describes
            else:
                after = self.head_after(doc, index, q)
                if not self.acceptable(q.text, after is not None and after[1] - len(after[0]) == q.end):
                    memo[key] = None
                else:
                    memo[key] = (after, self.own_head(doc, index, q))
        return memo[key]

    def slogan(self, words: str) -> bool:
        """A numbered slogan or a formula (see ``_SLOGAN``) that is not doctrine (两个维护),
        an ordinary word, a plan's period (十三五) or a post (一把手)."""
        return (bool(_SLOGAN.fullmatch(words)) and not _PLAN_PERIOD.fullmatch(words) and not self._count(words)
                and words not in self.lex.concepts
                and words not in self.res.jieba_words and not words.endswith(tuple(self.lex.quote_roles)))

    def _count(self, words: str) -> bool:
        """“五个方面”, “三个问题”: a number before a word for parts of a whole counts them; a
        slogan's words after the number say what is done (“三个加快”, “两个坚持”)."""
        m = _COUNT.fullmatch(words)
        return m is not None and m.group(1) in self.lex.counted_nouns

    def _noun_before(self, doc: Doc, index: TokenIndex, pos: int) -> int:
        """Take a noun right before the quote into the name (就业“一把手”工程)."""
        i = index.by_end.get(pos)
        if i is not None:
            t = index.tokens[i]
            if len(t.word) >= 2 and has_cjk(t.word) and t.tag.startswith(("n", "vn")) and not t.tag.startswith("nr") \
                    and t.word not in self.lex.generic_words and not any(c in self.stop for c in t.word):
                return t.start
        return pos


class CampaignRecognizer:
    """Finds ``Campaign`` mentions: “口号”+主题教育, 第二批主题教育, 党史学习教育, 脱贫攻坚,
    and bare 主题教育 resolved to the one campaign of that kind the article names.

    Under 50% precision on the dev set (``kg eval --by source``) because the gold files
    type 脱贫攻坚 as a field of work (Topic) where this table has the national campaign;
    both readings are defensible, and the campaign is what ties a county's work to the
    national programme in the graph, so the rule stays.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["开展“学党史、悟思想”主题教育。推进第二批主题教育，主题教育取得成效。"]))
    >>> sorted((m.text, m.canonical) for m in CampaignRecognizer(ex.resources)(doc))
    [('“学党史、悟思想”主题教育', '“学党史、悟思想”主题教育'), ('主题教育', '“学党史、悟思想”主题教育'), ('第二批主题教育', '第二批主题教育')]
    """

    def __init__(self, resources: Resources):
        self.res = resources
        self.lex = resources.lexicon.terms
        self.quotes = QuotedTerms(resources)
        self.heads = sorted((h for h, (c, _) in self.lex.term_heads.items() if c == "Campaign"), key=len, reverse=True)
        alts = "|".join(map(re.escape, self.heads))
        self._round_re = re.compile(_ROUND.pattern + f"(?:“[^”\\n]{{2,30}}”)?(?:{alts})")
        names = sorted(self.lex.campaigns, key=len, reverse=True)
        self._name_re = re.compile("|".join(map(re.escape, names)))
        self._stem_head_re = re.compile("|".join(map(re.escape, sorted(self.lex.campaign_stem_heads, key=len, reverse=True))))
        # no stem of a campaign's name: a visit's verb (督导, 调研) or a body (县委, 某某局)
        self._acts = frozenset(w for cls, role, w in read_table("event_cues.tsv")
                               if cls == "Visit" and role in ("verb", "conducted"))   # (督导, 指导)
        self._body_ends = tuple(sorted(resources.lexicon.names.org_suffixes, key=len, reverse=True))
        self._stem_verbs = resources.lexicon.stem_verbs     # 谋划 | 主题教育: an act on it
        # every campaign found starts from a quote or a match of one of these
        self._gate = any_of(self._name_re, self._stem_head_re, self._round_re, QUOTE_RE)

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        if not self._gate(text):
            return []
        index = TokenIndex.of(doc)
        full: list[Mention] = []
        for q in find_quotes(text):
            m = self.quotes.classify(doc, index, q, cued=False)
            if m is not None and m.label == "Campaign":
                full.append(m)
        for r in self._round_re.finditer(text):
            full.append(doc.mention(r.start(), r.end(), "Campaign", normalise_quotes(r.group())))
        # (a stem and a head inside a longer known name is part of it: 学习贯彻…思想 | 主题教育)
        name_matches = list(self._name_re.finditer(text))
        named = [(m.start(), m.end()) for m in name_matches]
        full += [m for m in self._stemmed(doc, index)
                 if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in named)]
        out = list(full)
        # a full name per head: the bare head refers to it when it is the only one
        by_head: dict[str, set[str]] = {}
        # (a known campaign's whole name is one too: 学习贯彻…思想主题教育 … 主题教育成果)
        whole_names = [r.group() for r in name_matches if r.group() not in self.heads]
        for canonical in [m.canonical for m in full] + whole_names:
            if _ROUND.match(canonical):
                continue
            for h in self.heads:
                if canonical.endswith(h):
                    by_head.setdefault(h, set()).add(canonical)
                    break
        covered = bytearray(len(text) + 1)
        for m in full:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        for r in name_matches:
            a, b = r.start(), r.end()
            if any(covered[a:b]) or not index.is_word_span(a, b) and not self._word_edges(index, a, b):
                continue
            name = r.group()
            canonical = name
            if name in self.heads:
                fulls = sorted(by_head.get(name, ()))
                if len(fulls) == 1:
                    canonical = fulls[0]
            out.append(doc.mention(a, b, "Campaign", canonical))
        return out

    @staticmethod
    def _word_edges(index: TokenIndex, a: int, b: int) -> bool:
        """Starts on a word and ends on a word, or ends inside a word of two characters
        that begins with the name's last character (主题教育|部署 is fine)."""
        return a in index.by_start and b in index.by_end

    def _stemmed(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """党史学习教育: a short noun stem written without quotes before a campaign head."""
        text = doc.text
        out = []
        for m in self._stem_head_re.finditer(text):
            a, b = m.start(), m.end()
            if a not in index.by_start or b not in index.by_end:
                continue
            i = index.by_start[a] - 1
            if i < 0:
                continue
            t = index.tokens[i]
            if not (2 <= len(t.word) <= 4 and has_cjk(t.word) and t.tag.startswith(("n", "j"))
                    and not t.tag.startswith(("nr", "ns"))):
                continue
            if t.word in self.lex.generic_words or any(c in self.res.lexicon.stem_stop_chars for c in t.word):
                continue
            if self.res.gazetteer.names().get(t.word):
                continue
            if t.word in self._acts or t.word in self._stem_verbs or t.word.endswith(self._body_ends):
                continue      # 督导 | 主题教育工作, 县委 | 主题教育: who acts on the campaign, no name of it
            if i and index.tokens[i - 1].tag == _COUNT_TAG and index.tokens[i - 1].end == t.start:
                continue      # 2023 | 年度 | 主题教育: a figure's unit, a date, no name
            out.append(doc.mention(t.start, b, "Campaign", text[t.start:b]))
        return out


class InitiativeRecognizer:
    """Finds ``Initiative`` (and quoted ``Concept``) mentions by quoted terms and cues.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["推行企业开办“一窗通办”，为群众“点赞”，采取送教上门。"]))
    >>> sorted(m.canonical for m in InitiativeRecognizer(ex.resources)(doc))
    ['一窗通办', '送教上门']
    """

    def __init__(self, resources: Resources):
        self.res = resources
        self.lex = resources.lexicon.terms
        self.quotes = QuotedTerms(resources)
        self.stop = self.quotes.stop
        self.frames = [re.compile(f.replace("{X}", _X)) for f in self.lex.initiative_frames]
        self.object_verbs = tuple(sorted(self.lex.object_verbs, key=len, reverse=True))
        self.head_verbs = tuple(sorted(self.lex.head_verbs, key=len, reverse=True))
        self.name_heads = tuple(sorted(self.lex.name_heads, key=len, reverse=True))
        verbs = sorted(set(self.object_verbs) | set(self.head_verbs), key=len, reverse=True)
        self._verb_re = re.compile("|".join(map(re.escape, verbs)))
        self._names_re = re.compile("|".join(map(re.escape, sorted(self.lex.initiatives, key=len, reverse=True))))
        self.abbr = {c: v for c, v in resources.lexicon.names.place_abbreviations.items() if v[1] == "province"}
        chars = "".join(sorted(self.abbr))
        self._pair_re = re.compile(f"(?P<pair>[{chars}]{{2,3}})(?:{'|'.join(PAIRED_WORKS)})")
        self._anywhere_re = re.compile("|".join(map(re.escape, sorted(self.lex.anywhere_heads, key=len, reverse=True))))
        # the heads of bodies' names (孵化器, 工坊, 服务中心): a framed item ending in one is a body
        # (依托某科技城孵化器、某某工坊等平台), left to the organisation stage
        self._body_heads = tuple(sorted((h for h in resources.lexicon.names.org_suffixes if len(h) >= 2),
                                        key=len, reverse=True))
        # the heads of meetings' names (工作会议, 推进会): an object running into one names the meeting
        # (全面推行河长制工作会议召开), no practice
        self._meeting_heads = tuple(w for cls, role, w in read_table("event_cues.tsv") if cls == "Meeting" and role == "head")
        # every initiative found starts from a quote or a match of one of these
        self._gate = any_of(QUOTE_RE, self._verb_re, *self.frames, self._names_re, self._anywhere_re, self._pair_re)

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        if not self._gate(text):
            return []
        index = TokenIndex.of(doc)
        verbs = [(m.start(), m.end(), m.group()) for m in self._verb_re.finditer(text)
                 if m.end() in index.by_end]     # 全面推行, 广泛开展: jieba makes one word of them
        out: list[Mention] = []
        for q in find_quotes(text):
            cued = self._cued(text, q, verbs) or self._named_subject(doc, index, q)
            m = self.quotes.classify(doc, index, q, cued=cued)
            if m is not None and m.label != "Campaign":
                out.append(m)
        out += self._framed(doc, index)
        out += self._verb_objects(doc, index, verbs)
        out += [self._named(doc, index, m.start(), m.end()) for m in self._names_re.finditer(text)
                if index.is_word_span(m.start(), m.end())]
        out += self._anywhere(doc, index)
        out += self._paired(doc)
        return out

    def _generic(self, word: str) -> bool:
        """A generic word, or two of them jieba made one word of (专题学习)."""
        generic = self.lex.generic_words
        return word in generic or any(word[:k] in generic and word[k:] in generic for k in range(1, len(word)))

    def _named(self, doc: Doc, index: TokenIndex, a: int, b: int) -> Mention:
        """A programme of the names table, with what its name goes on with: a name head
        (精准脱贫 | 工程) or, for aid between places, the place aided (对口支援 | 某省)."""
        text = doc.text
        head = next((h for h in self.name_heads if text.startswith(h, b) and b + len(h) in index.by_end), None)
        if head is not None and not text.startswith(_HEAD_COMPOUNDS, b + len(head)):
            return doc.mention(a, b + len(head), "Initiative", text[a:b + len(head)], source="initiatives.named_head")
        if text[a:b].endswith(AID_ENDINGS):
            end = next((b + n for n in range(MAX_AIDED, 1, -1) if b + n in index.by_end
                        and self._aided_place(text[b:b + n])), None)
            if end is not None:
                codes = self.res.gazetteer.names()[text[b:end]]
                # (the place aided is a node too, named only inside the programme's name)
                attrs = (("place", f"adm/{codes[0]}"), ("place_end", str(end)), ("place_start", str(b))) \
                    if len(codes) == 1 else ()
                return doc.mention(a, end, "Initiative", text[a:end], attrs=attrs, source="initiatives.named_place")
        return doc.mention(a, b, "Initiative", text[a:b])

    def _aided_place(self, name: str) -> bool:
        """A place a programme of aid may name: a division's full name, or a short one not of a county
        (对口支援西藏, 定点帮扶某县; not 支援 | 合作 | 办: 合作 is a county's short name, and a word)."""
        gaz = self.res.gazetteer
        codes = gaz.names().get(name)
        if not codes:
            return False
        return gaz.is_full_name(name) or all(
            (area := gaz.get(code)) is not None and area.cls != "County" for code in codes)

    def _paired(self, doc: Doc) -> list[Mention]:
        """京津合作, 沪滇扶贫协作: provinces paired by their one-character names, and the
        cooperation between them (the pairing programmes of East and West)."""
        out = []
        for m in self._pair_re.finditer(doc.text):
            places = [self.abbr[c][0] for c in m.group("pair")]
            if len(set(places)) == len(places):
                out.append(doc.mention(m.start(), m.end(), "Initiative", m.group(), source="initiatives.paired",
                                       score=PAIRED_SCORE))
        return out

    def _anywhere(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """……制度改革试点: a noun stem of four or more characters before a strong head."""
        out = []
        for m in self._anywhere_re.finditer(doc.text):
            a, b = m.start(), m.end()
            if a not in index.by_start:
                continue
            if b not in index.by_end and not doc.text.startswith(self.lex.landmark_next_rejects, b):
                continue          # ……改革试点|县: a county that is a pilot still names the pilot
            i, start = index.by_start[a] - 1, None
            while i >= 0:
                t = index.tokens[i]
                if not (t.tag.startswith(("n", "vn", "j")) and has_cjk(t.word)) or t.tag.startswith(("nr", "ns", "nt")):
                    break
                if any(c in self.stop for c in t.word) or t.word in self.lex.generic_words and start is None:
                    break
                start = t.start
                i -= 1
            if start is not None and a - start >= 4:
                m2 = self._unquoted(doc, index, start, b, index.tokens[cast(int, index.at(b - 1))].end)
                if m2 is not None:
                    out.append(m2)
        return out

    # -- cues ----------------------------------------------------------------
    def _cued(self, text: str, q: Quote, verbs) -> bool:
        """A cue verb governs the quote: in the same clause, a few characters before it."""
        a, _ = clause_bounds(text, q.start)
        return any(a <= e <= q.start and q.start - e <= MAX_CUE_GAP for _, e, _ in verbs)

    def _named_subject(self, doc: Doc, index: TokenIndex, q: Quote) -> bool:
        """A quoted noun phrase that opens a clause and acts in it (“长者食堂”每天为老人
        提供午餐) names a practice; a quoted word inside a clause (成为“金叶子”) does not."""
        text = doc.text
        if q.start > 0 and text[q.start - 1] not in CLAUSE_PUNCT:
            return False
        nxt = index.by_start.get(q.end)
        if nxt is None or not index.tokens[nxt].tag.startswith(("v", "d", "p", "t", "r")):
            return False
        a, b = q.inner
        toks = index.between(a, b)
        if q.text.endswith(tuple(self.res.lexicon.names.org_suffixes)):
            return False          # “旅行者集团”: an organisation's name, for the organisation rules
        return (len(q.text) >= 3 and bool(toks) and toks[-1].tag.startswith("n")
                and not is_proper_tag(toks[-1].tag) and q.text not in self.res.jieba_words)

    def _framed(self, doc: Doc, index: TokenIndex) -> list[Mention]:
        """以……为载体, 依托……等方式, 将……作为……工作: every item of the list."""
        text = doc.text
        out = []
        for frame in self.frames:
            for m in frame.finditer(text):
                if m.start() not in index.by_start:
                    continue
                if index.tokens[index.by_start[m.start()]].end > m.start("x"):
                    continue          # 以及, 所以: the cue is part of another word
                out += [i for i in self._items(doc, index, m.start("x"), m.end("x"), cued=True)
                        if not self._body_named(text, index, i)]
        return out

    def _body_named(self, text: str, index: TokenIndex, item: Mention) -> bool:
        """依托某科技城孵化器、某某农创工坊等平台: an item ending in a body's head after a place or a
        proper name, unquoted, is that body (a practice is quoted, “某某课堂”, or named by common
        words, 田间课堂)."""
        quoted = text[item.start:item.start + 1] in QUOTE_PAIRS or text[item.start - 1:item.start] in QUOTE_PAIRS
        if quoted or not item.canonical.endswith(self._body_heads):
            return False
        return any(is_proper_tag(t.tag) for t in index.between(item.start, item.end))

    def _verb_objects(self, doc: Doc, index: TokenIndex, verbs) -> list[Mention]:
        """采取送教上门 (an object verb's whole object); 开展……试点 (a head verb's object
        that ends in a name head)."""
        text = doc.text
        out = []
        starts = [s for s, _, _ in verbs]
        for s, e, verb in verbs:
            _, clause_end = clause_bounds(text, e)
            if any(e < s2 < clause_end for s2 in starts):
                continue              # 组织全镇党员 | 开展 | 主题党日活动: the verb inside reads its own object
            if text.startswith(VERB_COMPLEMENTS, e) and e + 1 < clause_end:
                e += 1                # 落实好 | 首问负责制度: the verb's complement
            # 实施某某工程的关键环节: the object ends before the 的 that makes it a modifier
            de = text.find(MODIFIER, e, clause_end)
            if de > e and text[e:de].endswith(self.name_heads) and "、" not in text[e:de]:
                clause_end = de
            if clause_end <= e:
                continue
            if verb in self.object_verbs:
                # (推广优良品种覆盖率达到96%: a figure in it, the clause says what was reached, no practice)
                if clause_end - e <= MAX_OBJECT and "“" not in text[e:clause_end] \
                        and not any(c.isdigit() for c in text[e:clause_end]) \
                        and not any(h in text[e:clause_end] for h in self._meeting_heads):
                    out += self._items(doc, index, e, clause_end, cued=False, whole=True)
                continue
            items = split_items(text, e, clause_end, index)
            whole = self._whole_object(doc, index, e, clause_end, items)
            if whole is not None:
                out.append(whole)
                continue
            for a, b in items:
                b2 = self._strip_generic(text, a, b)
                if not text[a:b2].endswith(self.name_heads):
                    break
                if "“" in text[a:b] or "「" in text[a:b]:
                    continue          # the quoted-term rule reads it
                m = self._unquoted(doc, index, a, b2, b) if self._head_stem_ok(text, a, b2) else None
                if m is not None:
                    out.append(m)
        return out

    def _whole_object(self, doc: Doc, index: TokenIndex, a: int, b: int, items) -> Mention | None:
        """A name joined by 和/与 inside (居家和社区养老服务改革试点): the whole object ends in
        a name head and no item before the last one does (else it is a list of names)."""
        text = doc.text
        if len(items) < 2 or any(text[x:self._strip_generic(text, x, y)].endswith(self.name_heads) for x, y in items[:-1]):
            return None
        if any(text[y] == "、" for _, y in items[:-1] if y < len(text)):
            return None
        b2 = self._strip_generic(text, a, b)
        if not text[a:b2].endswith(self.name_heads) or "“" in text[a:b] or "「" in text[a:b]:
            return None
        return self._unquoted(doc, index, a, b2, b, joined=True) if self._head_stem_ok(text, a, b2) else None

    # -- items ---------------------------------------------------------------
    def _items(self, doc: Doc, index: TokenIndex, start: int, end: int, cued: bool, whole: bool = False) -> list[Mention]:
        text = doc.text
        out = []
        for a, b in split_items(text, start, end, index):
            qs = [q for q in find_quotes(text[a:b])]
            if qs:
                for q in qs:
                    q = Quote(q.start + a, q.end + a, q.text)
                    m = self.quotes.classify(doc, index, q, cued=True)
                    if m is not None and m.label != "Campaign":
                        out.append(m)
                continue
            if whole and not index.is_word_span(a, b):
                continue
            m = self._unquoted(doc, index, a, self._strip_generic(text, a, b), b)
            if m is not None:
                out.append(m)
        return out

    def _head_stem_ok(self, text: str, a: int, b: int) -> bool:
        """An unquoted name ending in a name head needs a stem of its own (志愿服务日|活动),
        not one word of two characters (招聘|活动, 募捐|活动)."""
        for h in self.name_heads:
            if text[a:b].endswith(h):
                return b - len(h) - a >= 3
        return True

    def _strip_generic(self, text: str, a: int, b: int) -> int:
        for w in self.lex.generic_strip:
            if text[a:b].endswith(w) and b - len(w) > a:
                return b - len(w)
        return b

    def _unquoted(self, doc: Doc, index: TokenIndex, a: int, b: int, word_end: int | None = None,
                  joined: bool = False) -> Mention | None:
        """An initiative name ``[a, b)`` written without quotes, judged by its shape;
        ``word_end`` is where the words end before a generic tail was stripped (试点|工作)."""
        text = doc.text
        # drop a leading cue verb: 以实施乡村振兴战略为总抓手 -> 乡村振兴战略
        for v in self.head_verbs + self.object_verbs:
            if text.startswith(v, a) and a + len(v) in index.by_start and b - a - len(v) >= 3:
                a += len(v)
                break
        word = text[a:b]
        if not (3 <= len(word) <= MAX_ITEM) or not has_cjk(word) or not index.is_word_span(a, word_end or b):
            return None
        if any(c in self.stop and not (joined and c in "和与") for c in word):
            return None
        if any(e in word for e in self.lex.generic_ends) or word.endswith(tuple(self.lex.quote_roles)):
            return None           # 有效措施, 紧急措施制止……: a description, not a name
        toks = index.between(a, b)
        if all(self._generic(t.word) or not has_cjk(t.word) for t in toks):
            return None           # 服务行动, 宣传教育, 专题学习: nothing but generic words
        ordinal = word.startswith(ORDINAL) and word.endswith(self.name_heads)    # 第一责任人制度
        if (toks[0].tag.startswith(("m", "p", "r", "d", "c", "u")) and not ordinal) or any(
                t.tag.startswith(("p", "u", "d", "r", "f")) and t.tag != "uj" for t in toks):
            return None           # 到欧洲后, 26种选题, ……已取得成功: a clause, not a name
        if self.res.gazetteer.names().get(word) or self.res.is_common_word(word):
            return None
        if word.startswith(STATE_PREFIX) and word.endswith(STRATEGY) and len(word) - len(STATE_PREFIX) >= 4:
            # 国家某某振兴战略: the state's strategy goes by its own name (the text stays an alias)
            return doc.mention(a, b, "Initiative", word[len(STATE_PREFIX):])
        return doc.mention(a, b, "Initiative", word)
