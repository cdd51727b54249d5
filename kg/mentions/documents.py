"""Documents: titles in 《…》, with their genre and, when the text gives it, their
文号 (国发〔2024〕5号, 昆政发[2021]8号 -> docNumber 昆政发〔2021〕8号).

The canonical label is the Simplified title in 《》; the surface form is kept as an
alias. A short title that repeats the end of a longer one named in the same article
(《实施意见》 after 《关于……的实施意见》) is the same document. Newspapers and
periodicals (《人民日报》, 《求是》杂志), and books, films and songs (《白鹿原》: no
genre word, no official opening) are not documents.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..resources import Resources
from . import Doc

__all__ = ["DocumentRecognizer", "document_genre", "normalise_doc_number", "doc_number_spans"]

_TITLE = re.compile(r"《([^《》\n]{2,100})》")
# 文号: issuer abbreviation, year in 〔〕 [] 【】 （）, serial number, 号
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[【（(]\s*(?:19|20)\d\d\s*[〕\]】）)]\s*第?\d{1,4}号")
_TRAILING_PAREN = re.compile(r"[（(][^（）()]*[）)]$")
NUMBER_END = "号"
MAX_NUMBER_GAP = 12   # characters between 》 and the 文号 (（, 印发 …)
MAX_SHORT_TITLE = 8   # a title this short may be a back-reference


def doc_number_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the 文号 in ``text`` (泸市府办发〔2023〕35号): the abbreviation of the
    issuing body inside one is part of an identifier, no mention of the body."""
    if NUMBER_END not in text:
        return []       # (cheap first: a 文号 ends in 号)
    return [m.span() for m in _NUMBER.finditer(text)]


def normalise_doc_number(number: str) -> str:
    """One bracket style for 文号.

    >>> normalise_doc_number("昆政发[2021]8号")
    '昆政发〔2021〕8号'
    """
    number = re.sub(r"\s+", "", number)
    return re.sub(r"[\[【（(](\d{4})[\]】）)]", r"〔\1〕", number)


def document_genre(title: str, genres: dict[str, str]) -> str | None:
    """The genre a title names by its last words (longest ending wins).

    >>> document_genre("昆山市优化营商环境三年行动计划（2021-2023年）", {"计划": "计划", "行动计划": "行动计划"})
    '行动计划'
    """
    title = _TRAILING_PAREN.sub("", title.strip())
    best = None
    for ending, genre in genres.items():
        if title.endswith(ending) and (best is None or len(ending) > len(best[0])):
            best = (ending, genre)
    return best[1] if best else None


TITLED_AS = "题为"     # 题为《…》的工作报告: what follows is titled so
_TITLED_REPORT = re.compile(r"的((?:工作|专题|辅导)?报告|讲话|发言|党课)")


class DocumentRecognizer:
    """Finds ``Document`` mentions with ``genre`` and ``docNumber`` attributes.

    >>> from kg.read import article_from_text
    >>> from kg.extract import Extractor
    >>> ex = Extractor(Resources.load())
    >>> doc = ex.doc(article_from_text("a", ["国务院印发《关于促进就业的若干意见》（国发〔2024〕5号）。"]))
    >>> [(m.canonical, m.attrs) for m in DocumentRecognizer(ex.resources)(doc)]
    [('《关于促进就业的若干意见》', (('genre', '意见'), ('docNumber', '国发〔2024〕5号')))]
    """

    def __init__(self, resources: Resources):
        lex = resources.lexicon.terms
        self.genres = lex.document_genres
        self.media = lex.document_media_endings
        self.openers = lex.document_title_openers
        self.gazetteer = resources.gazetteer

    def official_title(self, title: str) -> bool:
        """A title without a genre word is a document when it opens like one
        (关于……, 中华人民共和国……, a place name); else it names a book, film or song."""
        if title.startswith(self.openers):
            return True
        # a full administrative name (河北省……), or a province's short name (香港……);
        # a county's short name is too often the first word of a poem or a film (《安居》)
        gaz = self.gazetteer
        for n in range(2, min(len(title) - 1, 12) + 1):
            codes = gaz.names().get(title[:n], ())
            if any(gaz.is_full_name(title[:n]) or gaz.areas[c].cls == "Province" for c in codes):
                return True
        return False

    def __call__(self, doc: Doc) -> list[Mention]:
        text = doc.text
        titles = []
        for m in _TITLE.finditer(text):
            title = m.group(1).strip()
            genre = document_genre(title, self.genres)
            titled = text.endswith(TITLED_AS, 0, m.start()) and _TITLED_REPORT.match(text, m.end())
            if titled:
                # 作了题为《…》的工作报告: a report (or an address) with its title, whatever the title's words
                genre = genre or document_genre(titled.group(1), self.genres)
            elif genre is None and (title.endswith(self.media) or text.startswith(self.media, m.end())
                                    or not self.official_title(title)):
                continue          # 《人民日报》, 《求是》杂志, 《白鹿原》
            titles.append((m.start(), m.end(), title, genre))
        if not titles:
            return []
        full = [t for t in titles if len(t[2]) > MAX_SHORT_TITLE]
        genre_words = set(self.genres)
        out = []
        for start, end, title, genre in titles:
            canonical = f"《{title}》"
            if len(title) <= MAX_SHORT_TITLE:
                longer = sorted({t[2] for t in full if t[2].endswith(title)})
                if len(longer) == 1:           # 《实施意见》 -> the one 《……实施意见》 named
                    canonical = f"《{longer[0]}》"
                    genre = document_genre(longer[0], self.genres)
                elif title in genre_words:
                    continue                   # 《通知》 with no full title to stand for
            attrs = []
            if genre:
                attrs.append(("genre", genre))
            number = self._number_after(text, end)
            if number:
                attrs.append(("docNumber", number))
            out.append(doc.mention(start, end, "Document", canonical, attrs=tuple(attrs)))
        return out

    @staticmethod
    def _number_after(text: str, end: int) -> str | None:
        """The 文号 right after a title, in the same sentence (（国发〔2024〕5号）)."""
        window = text[end:end + MAX_NUMBER_GAP + 30]
        m = _NUMBER.search(window)
        if m is None or m.start() > MAX_NUMBER_GAP or any(c in "。；！？\n《" for c in window[:m.start()]):
            return None
        return normalise_doc_number(m.group())
