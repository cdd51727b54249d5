"""Reading articles from files: the seed format, whole HTML pages, plain text, JSONL.

``read_inputs`` walks files and folders and yields, per input, either an
:class:`~kg.model.Article` or a :class:`~kg.errors.ReadError` saying why that
input was skipped; one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from .clean import clean_paragraphs, headline_view, matching_view
from .errors import ReadError, ReadWarning
from .inputmeta import METADATA_CSV, apply_metadata, metadata_for, read_metadata_csv, split_text_header
from .limits import MAX_FILE_CHARS, MAX_READ_BYTES
from .model import Article

__all__ = ["read_inputs", "read_path", "decode_bytes", "article_from_text", "list_input_files"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HEADER_LINE = re.compile(r"^\s*(?P<number>\d+)?(?P<title>.+?)\.(?:txt|html?|shtml)\s*$", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def list_input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively) into a sorted list of files; hidden files and a
    folder's ``metadata.csv`` (metadata, not an article) are skipped."""
    files: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            # not only regular files: a FIFO or a dangling link in the folder is named and
            # skipped by read_path, not passed over in silence
            files.extend(f for f in sorted(p.rglob("*"))
                         if not f.is_dir() and not any(part.startswith(".") for part in f.relative_to(p).parts)
                         and f.name != METADATA_CSV)
        else:
            files.append(p)
    return files


def not_a_regular_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as an article without opening it (a FIFO or a device
    would block or never end), or ``None`` for a regular file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return f"dangling symbolic link (to {os.readlink(path)!r})"
        return "no such file or folder"
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    if stat.S_ISREG(st.st_mode):
        return None
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a character device" if stat.S_ISCHR(st.st_mode)
            else "a block device" if stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
            else "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file")
    return f"{kind}, not an article file"


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Yield an Article or a ReadError for every article in ``inputs``; the ``metadata.csv``
    of a folder gives title, date and url to the files it lists (kg/inputmeta.py)."""
    inputs = list(inputs)
    tables, bad = _metadata_tables(inputs)
    yield from bad
    for path in list_input_files(inputs):
        yield from read_path(path, metadata=metadata_for(path, tables))


def _metadata_tables(inputs) -> tuple[dict[Path, dict], list[ReadError]]:
    tables, bad = {}, []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for csv_path in sorted(p.rglob(METADATA_CSV)):
                try:
                    tables[csv_path.parent] = read_metadata_csv(csv_path)
                except (ReadError, OSError, UnicodeError) as err:
                    bad.append(err if isinstance(err, ReadError) else ReadError(csv_path, str(err)))
    return tables, bad


def read_path(path: str | Path, metadata: dict[str, str] | None = None) -> Iterator[Article | ReadError]:
    """Read one file; JSONL files yield one item per line. ``metadata`` (a ``metadata.csv``
    row: title, date, url …) overrides what the file itself suggests, but not a ``.txt``'s header."""
    path = Path(path)
    why = not_a_regular_file(path)
    if why:
        yield ReadError(path, why)
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl" and path.stat().st_size > MAX_READ_BYTES:
            for item in _read_jsonl_stream(path):   # a large corpus: line by line, never all at once
                yield apply_metadata(item, metadata or {}) if isinstance(item, Article) else item
            return
        data = _read_capped(path)
    except OSError as err:
        yield ReadError(path, f"cannot be read ({err.strerror or err})")
        return
    if not data.strip():
        yield ReadError(path, "empty file")
        return
    try:
        if suffix == ".jsonl":
            for item in _read_jsonl(path, data):
                yield apply_metadata(item, metadata or {}) if isinstance(item, Article) else item
        elif suffix in HTML_SUFFIXES:
            yield apply_metadata(_read_html_page(path, data), metadata or {})
        else:
            yield _read_text_file(path, data, metadata)
    except ReadError as err:
        yield err


def decode_bytes(data: bytes, path: str | Path = "<bytes>", declared: str | None = None) -> str:
    """Decode bytes: BOM, declared charset, strict UTF-8, GB18030, then chardet.

    >>> decode_bytes("北京市".encode("gbk"))
    '北京市'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    _reject_binary(data, path)
    candidates = []
    if declared:
        candidates.append(declared)
    candidates += ["utf-8"]
    for enc in candidates:
        try:
            return data.decode(_normalise_encoding(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    repaired = _damaged_utf8(data, path)
    if repaired is not None:
        return repaired
    text = _gb_or_big5(data)
    if text is not None:
        return text
    import chardet

    guess = chardet.detect(data)
    enc = guess.get("encoding")
    if enc and (guess.get("confidence") or 0) >= 0.5:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    raise ReadError(path, "not valid text in UTF-8, GB18030 or any encoding chardet recognises")


# UTF-8 with at most this share of its non-ASCII bytes invalid is damaged UTF-8, not
# another encoding (GB18030 or Big5 text read as UTF-8 is invalid almost byte for byte)
DAMAGED_UTF8_SHARE = 0.2
BIG5_CODECS = ("cp950", "big5hkscs")


def _damaged_utf8(data: bytes, path) -> str | None:
    """UTF-8 with a few invalid bytes: those replaced by U+FFFD and counted in a warning."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    high = sum(1 for b in data if b >= 0x80)
    if not high or bad > high * DAMAGED_UTF8_SHARE:
        return None
    warnings.warn(ReadWarning(path, f"{bad} invalid byte(s) in UTF-8 text replaced with U+FFFD"), stacklevel=3)
    return re.sub("[\udc80-\udcff]", "\ufffd", text)


def _gb_or_big5(data: bytes) -> str | None:
    """GB18030 or Big5: most Big5 bytes are valid GB18030 too (as nonsense), so when both
    decode, chardet, which weighs the characters' frequencies, chooses."""
    decoded: dict[str, str] = {}
    for enc in ("gb18030", *BIG5_CODECS):
        if enc in BIG5_CODECS and "big5" in decoded:
            break
        try:
            decoded["big5" if enc in BIG5_CODECS else enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(decoded) < 2:
        return next(iter(decoded.values()), None)
    import chardet

    guess = (chardet.detect(data[:65536]).get("encoding") or "").lower()
    return decoded["big5" if "big5" in guess or guess == "cp950" else "gb18030"]


def _normalise_encoding(name: str) -> str:
    name = name.lower().replace("_", "-")
    # GB2312 and GBK declarations are routinely wrong about the characters used
    return "gb18030" if name in {"gb2312", "gbk", "gb-2312", "x-gbk", "cp936"} else name


def _reject_binary(data: bytes, path) -> None:
    head = data[:8192]
    if b"\x00" in head:
        raise ReadError(path, "binary file (contains NUL bytes), not an article")
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if control > len(head) * 0.05:
        raise ReadError(path, "binary file (control characters), not an article")


def _article_id(path: Path, suffix: str = "") -> str:
    stem = re.sub(r"[^\w\-.]+", "_", path.stem).strip("_") or hashlib.sha1(str(path).encode()).hexdigest()[:12]
    return stem + suffix


# the body may repeat the title after a dateline or a 题: line: look that far for it
TITLE_SEARCH = 200


def article_from_text(article_id: str, paragraphs, *, title: str = "", number: str | None = None,
                      date: str | None = None, source: str = "", url: str | None = None) -> Article:
    """Build an Article from raw paragraphs: clean them and compute the matching view.

    The title is read as text too (its first paragraph) unless the body already opens
    with it: a headline often names the place, body or programme the body then writes
    only in short form (省交通运输厅召开…, then 我厅).
    """
    text = clean_paragraphs(paragraphs)
    if not text:
        raise ReadError(source or article_id, "no text left after cleaning")
    text, original = _without_original_title(text)
    title = title or original
    heading = clean_paragraphs([title], headline=True) if title else ""
    match_text = None
    if heading and heading not in text[:len(heading) + TITLE_SEARCH] \
            and clean_paragraphs([heading]) not in text[:len(heading) + TITLE_SEARCH]:
        text = f"{heading}\n{text}"
        match_text = headline_view(matching_view(text), len(heading))
    if date and not valid_iso_date(date):
        date = None
    return Article(id=article_id, text=text, match_text=match_text or matching_view(text), title=title.strip(),
                   number=number, date=date[:10] if date else None, source=source, url=url)


# a repost's line giving the headline the story first ran under (原标题：…, 原题:…), among its first lines
_ORIGINAL_TITLE = re.compile(r"(?:原标题|原题)\s*[:：]\s*(?P<title>[^\n]{4,120})$")
ORIGINAL_TITLE_LINES = 3


def _without_original_title(text: str) -> tuple[str, str]:
    """``text`` without a 原标题：… line among its first lines, and that headline ('' if none). The article's
    own title names the story; a second headline read as text would be a second copy of its events."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:ORIGINAL_TITLE_LINES]):
        found = _ORIGINAL_TITLE.match(line)
        if found is not None and len(lines) > 1:
            return "\n".join(lines[:i] + lines[i + 1:]), found.group("title")
    return text, ""


def valid_iso_date(value: str) -> bool:
    """An ISO date that exists (2019-02-30 does not).

    >>> valid_iso_date("2019-02-28T10:00"), valid_iso_date("2019-02-30"), valid_iso_date("2019")
    (True, False, False)
    """
    import datetime

    if not _ISO_DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _html_paragraphs(markup: str) -> list[str]:
    """Text of an HTML fragment, one item per block element; scripts and styles dropped."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _strip_tags(markup)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks = {"div", "p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "td"}
    parts: list[str] = []
    current: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in blocks and current:
            parts.append("".join(current))
            current.clear()
        if el.text and tag:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if tag in blocks and current:
            parts.append("".join(current))
            current.clear()

    walk(root)
    if current:
        parts.append("".join(current))
    # libxml2 stops at a nesting depth of 256 and drops what is deeper: then strip the
    # tags by pattern instead, so deeply nested markup keeps its text
    fallback = _strip_tags(markup)
    if _visible(fallback) > 2 * _visible(parts):
        return fallback
    return parts


def _visible(lines: list[str]) -> int:
    return sum(len("".join(line.split())) for line in lines)


_BLOCK_TAG = re.compile(r"(?i)</?(?:div|p|br|li|h[1-6]|tr|section|article|td)\b[^>]*>")


def _strip_tags(markup: str) -> list[str]:
    import html

    markup = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", "", markup)
    markup = re.sub(r"(?s)<!--.*?-->", "", markup)
    text = html.unescape(re.sub(r"<[^>]*>", "", _BLOCK_TAG.sub("\n", markup)))
    return [line for line in text.split("\n") if line.strip()]


def _read_text_file(path: Path, data: bytes, metadata: dict[str, str] | None = None) -> Article:
    """A .txt; its own header (title:/date:/url: lines or YAML front matter) comes first,
    then ``metadata`` (its row in the folder's metadata.csv), then what the text suggests."""
    header, text = split_text_header(decode_bytes(data, path))
    return apply_metadata(_text_article(path, text), header, metadata or {})


def _text_article(path: Path, text: str) -> Article:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[1:])
    header = _HEADER_LINE.match(first)
    # the seed format: first line is the original file name, then an HTML fragment
    if header and "<" in rest:
        paragraphs = _html_paragraphs(rest)
        if not "".join(paragraphs).strip():
            raise ReadError(path, "the HTML after the file-name line holds no text")
        return article_from_text(_article_id(path), paragraphs, title=header["title"].strip(),
                                 number=header["number"], source=str(path))
    if re.search(r"<(div|p|span|br|html|body)\b", text, re.I):
        paragraphs = _html_paragraphs(text)
        if not "".join(paragraphs).strip():
            raise ReadError(path, "HTML markup with no text in it")
        return article_from_text(_article_id(path), paragraphs, source=str(path))
    title = ""
    if header:
        title, number, lines = header["title"].strip(), header["number"], lines[1:]
    else:
        number = None
        # a short first line without sentence punctuation followed by a blank line is a title
        if len(lines) > 1 and len(first) <= 60 and not re.search(r"[。！？!?]$", first) and not lines[1].strip():
            title = first
    return article_from_text(_article_id(path), lines, title=title, number=number, source=str(path))


def _read_html_page(path: Path, data: bytes) -> Article:
    m = _META_CHARSET.search(data[:4096])
    markup = decode_bytes(data, path, declared=m.group(1).decode("ascii", "ignore") if m else None)
    title, date, paragraphs = "", None, []
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                          favor_precision=True)
    except Exception:  # trafilatura raises many types on broken markup; fall back below
        doc = None
    if doc is not None:
        get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
        title = get("title") or ""
        date = get("date")
        body = get("text") or ""
        paragraphs = body.split("\n")
    if not "".join(paragraphs).strip():
        paragraphs = _html_paragraphs(re.sub(r"(?is)<head\b.*?</head>", "", markup))
        if not title:
            t = re.search(r"(?is)<title[^>]*>(.*?)</title>", markup)
            title = re.sub(r"<[^>]+>", "", t.group(1)).strip() if t else ""
    if not "".join(paragraphs).strip():
        raise ReadError(path, "HTML page with no article text")
    return article_from_text(_article_id(path), paragraphs, title=title, date=date, source=str(path))


def _read_jsonl(path: Path, data: bytes, first_line: int = 1) -> Iterator[Article | ReadError]:
    text = decode_bytes(data, path)
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(where, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield ReadError(where, "a JSONL line needs a non-empty \"text\" string")
            continue
        rec = _checked_fields(rec, where)
        art_id = str(rec.get("id") or f"{_article_id(path)}-{lineno}")
        art_id = re.sub(r"[^\w\-.]+", "_", art_id)
        if art_id in seen:
            art_id = f"{art_id}-{lineno}"
        seen.add(art_id)
        body = rec["text"]
        paragraphs = _html_paragraphs(body) if re.search(r"<(div|p|span|br)\b", body, re.I) else body.split("\n")
        try:
            yield article_from_text(art_id, paragraphs, title=rec.get("title") or "",
                                    number=str(rec["number"]) if rec.get("number") is not None else None,
                                    date=rec.get("date"), source=where, url=rec.get("url"))
        except ReadError as err:
            yield err


_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$", re.I)
# JSONL field -> (what it must be, the test)
_FIELD_CHECKS = {
    "id": ("a string or an integer", lambda v: isinstance(v, (str, int)) and not isinstance(v, bool)
           and str(v).strip() != ""),
    "title": ("a string", lambda v: isinstance(v, str)),
    "number": ("a string or an integer", lambda v: isinstance(v, (str, int)) and not isinstance(v, bool)),
    "date": ("an ISO date that exists (YYYY-MM-DD)", lambda v: isinstance(v, str) and valid_iso_date(v)),
    "url": ("an http(s) URL string", lambda v: isinstance(v, str) and bool(_URL.match(v))),
}


def _checked_fields(rec: dict, where: str) -> dict:
    """``rec`` without the optional fields of the wrong kind; each one dropped is a warning."""
    out = dict(rec)
    for name, (what, ok) in _FIELD_CHECKS.items():
        value = rec.get(name)
        if value is None or ok(value):
            continue
        del out[name]
        shown = json.dumps(value, ensure_ascii=False)
        warnings.warn(ReadWarning(where, f"field {name!r} dropped: {shown[:60]} is not {what}"), stacklevel=3)
    return out


def _read_capped(path: Path) -> bytes:
    """The file's bytes, or its first MAX_READ_BYTES (cut at a line end) with a warning."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_READ_BYTES + 1)
        if len(data) <= MAX_READ_BYTES:
            return data
        size = os.fstat(fh.fileno()).st_size
    data = data[:MAX_READ_BYTES]
    nl = data.rfind(b"\n", MAX_READ_BYTES // 2)
    if nl > 0:
        data = data[:nl]
    else:   # no line end near the cut: do not end inside a UTF-8 sequence
        while data and data[-1] & 0xC0 == 0x80:
            data = data[:-1]
        if data and data[-1] >= 0xC0:
            data = data[:-1]
    warnings.warn(ReadWarning(path, f"{size / 1e6:,.1f} MB file: only its first {len(data) / 1e6:.1f} MB read "
                                    f"(at most {MAX_FILE_CHARS:,} characters of one article)"), stacklevel=3)
    return data


def _read_jsonl_stream(path: Path) -> Iterator[Article | ReadError]:
    """A JSONL corpus too large to hold: one line at a time; a line longer than
    MAX_READ_BYTES is skipped unread."""
    with open(path, "rb") as fh:
        lineno = 0
        while True:
            line = fh.readline(MAX_READ_BYTES + 1)
            if not line:
                return
            lineno += 1
            if len(line) > MAX_READ_BYTES and not line.endswith(b"\n"):
                skipped = len(line)
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    skipped += len(rest)
                skipped += len(rest)
                yield ReadError(f"{path}:{lineno}", f"a JSONL line of {skipped / 1e6:,.1f} MB, longer than the "
                                                    f"{MAX_READ_BYTES / 1e6:.0f} MB read of one article; skipped")
                continue
            if not line.strip():
                continue
            try:
                items = list(_read_jsonl(path, decode_bytes(line, f"{path}:{lineno}").encode("utf-8"),
                                         first_line=lineno))
            except ReadError as err:
                items = [err]
            yield from items
