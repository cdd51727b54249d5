"""Whitespace and punctuation normalisation, and the same-length matching view.

``clean_paragraphs`` produces the article text every offset refers to.
``matching_view`` returns a string of the *same length* in which Traditional
characters are Simplified and half-width punctuation is full-width, so the
extraction rules are written once, for one form, and offsets still hold.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_list

__all__ = ["clean_paragraphs", "matching_view", "label_view", "is_han_char", "is_han"]

# \xa0 (&nbsp;), \u3000 (ideographic space), tabs, zero-width characters.
_SPACES = re.compile(r"[ \t\xa0\u3000\u2002\u2003\u2009\u200b\ufeff]+")
_TITLE_OR_LAYOUT_SPACE = re.compile(r"(《[^《》\n]{1,80}》)|(?<=[\u4e00-\u9fff，。、；：！？”“]) (?=[\u4e00-\u9fff“”])")
# a space parting a headline's phrases (one may end or open with a title in 《》)
_HEADLINE_SPACE = re.compile(r"(《[^《》\n]{1,80}》)|(?<=[\u4e00-\u9fff，。、；：！？”“》]) (?=[\u4e00-\u9fff“”《])")
_CLOSING_BRACKETS = ("）", ")", "】", "]")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def is_han_char(c: str) -> bool:
    """A character of the basic block of Han ideographs (what the rules read names from)."""
    return "\u4e00" <= c <= "\u9fff"


def is_han(text: str) -> bool:
    """Every character of ``text`` a Han ideograph of the basic block (True for '')."""
    return all("\u4e00" <= c <= "\u9fff" for c in text)


@lru_cache(maxsize=1)
def _page_residue() -> re.Pattern:
    """A line of a page's navigation (``page_residue.txt``: 上一篇：…, 分享到：…, 当前位置：…), a breadcrumb
    (首页 > 新闻中心), a line of bracketed buttons or labels alone (【打印本页】【关闭窗口】, 【乡镇动态】),
    or of the page's editorial credits (``page_credits.txt``: 责任编辑：某某, （编辑：某某 审核：某某）)."""
    words = read_list("page_residue.txt")
    openers = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:{openers})\s*(?:[:：]|$)|(?:【[^【】\n]{{1,12}}】\s*)+$|首页\s*[>＞»›]"
                      rf"|{_BRACKET_OPEN}?(?:{_credits()})\s*[:：]")


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    """The editorial credits' words (``page_credits.txt``), Simplified and Traditional (責任編輯: a page's
    residue is read before the text has a matching view)."""
    words = set(read_list("page_credits.txt"))
    s2t = _opencc("s2t")
    return frozenset(words | ({s2t.convert(w) for w in words} if s2t is not None else set()))


@lru_cache(maxsize=1)
def _credits() -> str:
    """:func:`_credit_words` as an alternation, longest first."""
    return "|".join(sorted(map(re.escape, _credit_words()), key=len, reverse=True))


@lru_cache(maxsize=1)
def _closing_credit() -> re.Pattern:
    """Editorial credits in brackets closing a paragraph (……取得实效。（责任编辑：某某）)."""
    return re.compile(rf"\s*{_BRACKET_OPEN}(?:{_credits()})\s*[:：][^（）()【】\[\]\n]{{0,40}}[）)】\]]\s*$")


_BRACKET_OPENS = "（(【["      # what opens a credit line in brackets (（责编：某某）, [责任编辑:某某])
_BRACKET_OPEN = f"[{re.escape(_BRACKET_OPENS)}]"


@lru_cache(maxsize=1)
def _residue_opens() -> frozenset[str]:
    """The characters a line of :func:`_page_residue` opens with (a gate: most lines open otherwise)."""
    return frozenset(w[0] for w in (*read_list("page_residue.txt"), *_credit_words())) | {"首"} | set(_BRACKET_OPENS)


def clean_paragraphs(paragraphs, headline: bool = False) -> str:
    """Normalise spaces inside each paragraph, drop empty ones, join with ``\\n``. In a
    ``headline`` a space between two phrases is kept: it parts them (see :func:`headline_view`).

    >>> clean_paragraphs(["\\u3000\\u3000近日，北京\\xa0召开会议。", " ", "第二段"])
    '近日，北京召开会议。\\n第二段'
    >>> clean_paragraphs(["印发 通知《关于提升服务 优化环境的方案》"])
    '印发通知《关于提升服务 优化环境的方案》'
    >>> clean_paragraphs(["某县召开会议。", "【打印本页】【关闭窗口】", "上一篇：某市召开安全生产会议", "分享到：微信"])
    '某县召开会议。'
    >>> clean_paragraphs(["本报记者 姜某某 初某 霍某", "天津日报讯（记者 田某 张某某）6月15日，全市召开会议。"])
    '本报记者 姜某某 初某 霍某\\n天津日报讯（记者 田某 张某某）6月15日，全市召开会议。'
    """
    out = []
    for p in paragraphs:
        for line in str(p).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            line = _SPACES.sub(" ", line).strip()
            # a space between two CJK characters is layout, not content; inside a title in 《》 it
            # parts the title's phrases (《关于提升服务 优化环境的方案》) and stays
            if not headline:
                line = _without_layout_spaces(line)
                if line[:1] in _residue_opens() and _page_residue().match(line):
                    continue      # (上一篇：另一篇文章的标题: no words of this article)
                if line.endswith(_CLOSING_BRACKETS) and (credit := _closing_credit().search(line)):
                    line = line[:credit.start()]
            if line:
                out.append(line)
    return "\n".join(out)


def _without_layout_spaces(line: str) -> str:
    """``line`` without the spaces between CJK characters, but those parting a credit line's names."""
    def layout_out(part: str) -> str:
        return _TITLE_OR_LAYOUT_SPACE.sub(lambda m: m.group(1) or "", part)

    out, at = [], 0
    for credit in _credit_names().finditer(line) if " " in line else ():
        out += [layout_out(line[at:credit.start()]), credit.group()]
        at = credit.end()
    out.append(layout_out(line[at:]))
    return "".join(out)


@lru_cache(maxsize=2)
def _opencc(config: str):
    try:
        import opencc
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return opencc.OpenCC(config)


def _t2s():
    return _opencc("t2s")


@lru_cache(maxsize=1)
def _credit_names() -> re.Pattern:
    """A credit line's names, which only spaces part (本报记者 姜某某 初某 霍某): the spaces say where one
    name ends (a role of ``byline_roles.txt``, then names of two to four characters). The roles in
    Simplified and Traditional (記者): spaces are read before the text has a matching view."""
    roles = set(read_list("byline_roles.txt"))
    s2t = _opencc("s2t")
    roles |= {s2t.convert(r) for r in roles} if s2t is not None else set()
    alternation = "|".join(sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})[ /／:：]*[\u4e00-\u9fff]{{2,4}}(?: [\u4e00-\u9fff]{{2,4}})+(?=$|[）)\]】 /／0-9])")


def _to_simplified(text: str) -> str:
    conv = _t2s()
    if conv is None:
        return text
    out = conv.convert(text)
    if out == text:
        return out
    if len(out) == len(text) and _simplified_already(text, out):
        # OpenCC also rewrites characters standard Simplified Chinese keeps (乾县 -> 干县, the surname 於
        # -> 于, 藉由 -> 借由): in a text written in Simplified they are names and words as written
        return text
    if len(out) == len(text):
        return out
    # phrase conversion changed the length somewhere: fall back to characters
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)


def _gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _simplified_already(text: str, converted: str) -> bool:
    """Every character OpenCC changed in ``text`` is one of the Simplified character set (GB 2312):
    the text has no Traditional character, whatever the phrase table makes of it."""
    return all(_gb2312(a) for a, b in zip(text, converted) if a != b)


def headline_view(match_text: str, end: int) -> str:
    """The matching view with the phrase breaks of the headline ``match_text[:end]`` read as
    commas: news headlines part their phrases with spaces (某某在某县调研时强调 坚持…), which
    would otherwise run into one clause (a title in 《》 keeps its spaces).

    >>> headline_view("市政府召开常务会议 研究部署重点工作\\n正文", 18)
    '市政府召开常务会议，研究部署重点工作\\n正文'
    """
    head = _HEADLINE_SPACE.sub(lambda m: m.group(1) or "，", match_text[:end])
    return head + match_text[end:]


_TO_REWRITE = frozenset(_HALF_TO_FULL) | {'"'}
# full-width digits, Latin letters and the percent sign (２０１９年９月, １２．５％, ＧＤＰ: older
# government pages type them so) read as ASCII, so dates and figures are written once; the
# full-width point only inside a number (１２．５), elsewhere it may end a sentence
_FULL_TO_ASCII = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                                **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                                **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                                "％": "%"})
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％]")
_FULL_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")
# a half-width full stop ending a Chinese sentence (older pages type 会议在长沙召开.省长…): a 。 to the rules
_HALF_STOP = re.compile(r"(?<=[\u4e00-\u9fff”’）)%])\.(?=[\u4e00-\u9fff“‘（(]|$)", re.M)


def label_view(text: str, match_text: str) -> str:
    """``text`` with the Han characters of its matching view ``match_text`` and its own punctuation:
    the form names are written in (a Traditional text's 會議 is labelled 会议, as its bodies and
    people are; 党组(扩大)会议 keeps the article's brackets). The same length as both.

    >>> label_view('省委常委會(擴大)會議', matching_view('省委常委會(擴大)會議'))
    '省委常委会(扩大)会议'
    """
    if text == match_text:
        return text
    return "".join(m if t != m and is_han_char(t) and is_han_char(m) else t for t, m in zip(text, match_text))


def matching_view(text: str) -> str:
    """Same-length view for matching: Simplified characters, full-width punctuation.

    >>> matching_view('臺灣省政府,"最多跑一次"')
    '台湾省政府，“最多跑一次”'
    >>> matching_view('２０１９年９月，增长１２．５％。')
    '2019年9月，增长12.5%。'
    >>> matching_view('会议在长沙召开.省长某某出席.增长3.5%.')
    '会议在长沙召开。省长某某出席。增长3.5%。'
    >>> matching_view('乾县於家村'), matching_view('於是後來')   # (a Traditional text is converted whole)
    ('乾县於家村', '于是后来')
    """
    simplified = _to_simplified(text)
    if _FULL_WIDTH.search(simplified):
        simplified = _FULL_POINT.sub(".", simplified.translate(_FULL_TO_ASCII))
    if "." in simplified:
        simplified = _HALF_STOP.sub("。", simplified)
    if _TO_REWRITE.isdisjoint(simplified):
        return simplified       # (most text: no half-width punctuation, no straight quote)
    chars = list(simplified)
    open_quote = True
    for i, c in enumerate(chars):
        if c == '"':
            chars[i] = "“" if open_quote else "”"
            open_quote = not open_quote
        elif c == "\n":
            open_quote = True
        elif c in _HALF_TO_FULL:
            # keep 1,200 and 10:30 as they are
            if c in ",:" and 0 < i < len(chars) - 1 and chars[i - 1].isdigit() and chars[i + 1].isdigit():
                continue
            chars[i] = _HALF_TO_FULL[c]
    out = "".join(chars)
    assert len(out) == len(text)
    return out
