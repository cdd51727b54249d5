"""Metadata that comes with an article file: a header in a ``.txt``, a folder's ``metadata.csv``,
and the date a URL or a dateline gives when nothing else does.

A plain ``.txt`` may start with a small header, either ``key: value`` lines up to the
first blank line::

    title: 兰考县召开乡村振兴工作会议
    date: 2021-03-08
    source: 兰考县融媒体中心
    url: https://example.org/news/2021-03/08/c_1.html

    正文第一段……

or YAML front matter between two ``---`` lines. Keys are case-insensitive; the Chinese
keys 标题, 日期, 来源, 网址/链接 are read the same way. Only a header whose lines are
*all* known keys counts, so a first paragraph that happens to contain a colon stays text.

A folder may carry ``metadata.csv`` with the columns ``file,title,date,url`` (``file``
relative to the folder; more columns such as ``source`` are kept when they name an
article field). The file's own header wins over the CSV; both win over what is
inferred: the date in the URL (``/2019-09/10/``, ``t20190910_``), else a dateline near
the top of the text (``发布时间：2019年9月10日``, ``2019-09-10 08:30 来源：…``).
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date as _date
from pathlib import Path

from .errors import ReadError
from .model import Article

__all__ = ["METADATA_CSV", "HEADER_KEYS", "split_text_header", "read_metadata_csv", "metadata_for",
           "apply_metadata", "date_from_url", "date_from_dateline", "normalise_date"]

METADATA_CSV = "metadata.csv"
# header key (lower case) -> Article field
HEADER_KEYS = {"title": "title", "标题": "title", "date": "date", "日期": "date", "发布日期": "date",
               "source": "publisher", "来源": "publisher", "publisher": "publisher",
               "url": "url", "网址": "url", "链接": "url", "number": "number", "编号": "number"}
_KEY_LINE = re.compile(r"^\s*([A-Za-z\u4e00-\u9fff_]+)\s*[:：]\s*(.*?)\s*$")
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")
# a line near the top that is about the article (when, where from), not a sentence of the story
_DATELINE_CUE = re.compile(r"发布时间|发布日期|发表时间|时间[:：]|日期[:：]|来源[:：]|稿源|编辑[:：]|作者[:：]|\d{1,2}:\d{2}")
DATELINE_LINES = 3          # how many leading lines may hold a dateline
DATELINE_MAX_CHARS = 80     # a dateline is a short line; a longer one is the story


def normalise_date(value) -> str | None:
    """An ISO date from what a header or a CSV may hold (2019-09-10, 2019/9/10, 2019年9月10日, a date).

    >>> [normalise_date(x) for x in ("2019-09-10", "2019/9/8", "2019年9月8日 10:00", "2019-13-01", "", "九月")]
    ['2019-09-10', '2019-09-08', '2019-09-08', None, None, None]
    """
    if isinstance(value, _date):
        return value.isoformat()[:10]
    m = _FULL_DATE.search(str(value or ""))
    return _valid(*m.groups()) if m else None


def _valid(y: str, mo: str, d: str) -> str | None:
    try:
        return _date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def split_text_header(text: str) -> tuple[dict[str, str], str]:
    """(metadata, the text after the header); ``({}, text)`` when the text has no header.

    >>> meta, body = split_text_header("title: 一个标题\\ndate: 2021-03-08\\n\\n正文。")
    >>> meta, body
    ({'title': '一个标题', 'date': '2021-03-08'}, '正文。')
    >>> split_text_header("---\\ntitle: 标题\\nurl: https://a.example/x\\n---\\n正文。")[0]
    {'title': '标题', 'url': 'https://a.example/x'}
    >>> split_text_header("注意：这是正文的第一句。\\n\\n第二段。")[0]
    {}
    """
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 60)):
            if lines[i].strip() in ("---", "..."):
                meta = _front_matter("\n".join(lines[1:i]))
                if meta is not None:
                    return meta, "\n".join(lines[i + 1:]).lstrip("\n")
                break
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[:20]):
        if not line.strip():
            if meta:
                return meta, "\n".join(lines[i + 1:]).lstrip("\n")
            return {}, text
        m = _KEY_LINE.match(line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            return {}, text
        if m.group(2):
            meta[HEADER_KEYS[m.group(1).lower()]] = m.group(2)
    return {}, text      # header lines with no text after them: read it all as text


def _front_matter(block: str) -> dict[str, str] | None:
    import yaml

    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    out = {}
    for k, v in data.items():
        field = HEADER_KEYS.get(str(k).strip().lower())
        if field and v not in (None, ""):
            out[field] = normalise_date(v) or str(v) if field == "date" else str(v).strip()
    return out


def read_metadata_csv(path: str | Path) -> dict[str, dict[str, str]]:
    """``metadata.csv`` as {file name relative to its folder: {field: value}}.

    A CSV without a ``file`` column is an error (it would silently apply to nothing).
    """
    path = Path(path)
    from .read import decode_bytes

    text = decode_bytes(path.read_bytes(), path)
    rows = list(csv.DictReader(text.splitlines()))
    header = {str(h).strip().lower() for h in (rows[0].keys() if rows else [])}
    if rows and "file" not in header:
        raise ReadError(path, "metadata.csv needs a 'file' column (file,title,date,url)")
    out = {}
    for row in rows:
        clean = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        name = clean.pop("file", "")
        if name:
            out[name.replace("\\", "/")] = {HEADER_KEYS[k]: v for k, v in clean.items() if k in HEADER_KEYS and v}
    return out


def metadata_for(path: Path, tables: dict[Path, dict[str, dict[str, str]]]) -> dict[str, str]:
    """The row for ``path`` in the ``metadata.csv`` of its folder or of any folder above it
    (the nearest wins), keyed by the path relative to that folder, else by the file name."""
    path = Path(path)
    for folder in path.parents:
        table = tables.get(folder)
        if table is None:
            continue
        rel = path.relative_to(folder).as_posix()
        row = table.get(rel) or table.get(path.name)
        if row:
            return row
    return {}


def apply_metadata(article: Article, *layers: dict[str, str]) -> Article:
    """The article with its title, date, publisher, url, number taken from the first layer
    that gives them (stated metadata first, what the reader found itself last), then the
    date inferred from the URL or a dateline when still none.

    >>> from kg.read import article_from_text
    >>> a = article_from_text("x", ["发布时间：2020-05-04 10:00", "正文。"])
    >>> apply_metadata(a, {"title": "标题"}).title, apply_metadata(a).date
    ('标题', '2020-05-04')
    >>> apply_metadata(a, {"url": "http://a.example/2019-09/10/c_1.htm"}).date
    '2019-09-10'
    """
    changes: dict[str, str] = {}
    for field in ("title", "date", "publisher", "url", "number"):
        for layer in layers:
            value = (layer or {}).get(field)
            if field == "date":
                value = normalise_date(value)
            if value:
                changes[field] = str(value).strip()
                break
    if not changes.get("date") and not article.date:
        url = changes.get("url") or article.url or ""
        guessed = date_from_url(url) or date_from_dateline(article.text)
        if guessed:
            changes["date"] = guessed
    changes = {k: v for k, v in changes.items() if getattr(article, k) != v}
    return replace(article, **changes) if changes else article


def date_from_url(url: str) -> str | None:
    """The publication date many news sites put in their URLs.

    >>> [date_from_url(u) for u in ("http://www.gov.cn/xinwen/2019-09/10/content_5428.htm",
    ...                             "http://www.sx.gov.cn/art/2019/9/10/art_1.html",
    ...                             "http://a.example/zwgk/201909/t20190910_123.html", "http://a.example/p/12345")]
    ['2019-09-10', '2019-09-10', '2019-09-10', None]
    """
    if not url:
        return None
    for m in _URL_DATE.finditer(url):
        found = _valid(*m.groups())
        if found:
            return found
    m = re.search(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/", url)
    return _valid(*m.groups()) if m else None


def date_from_dateline(text: str) -> str | None:
    """A full date on one of the first short lines that reads as a dateline, not as the story.

    >>> date_from_dateline("2019-09-10 08:30:15 来源：人民日报\\n正文……")
    '2019-09-10'
    >>> date_from_dateline("标题\\n发布时间：2019年9月10日\\n正文")
    '2019-09-10'
    >>> date_from_dateline("2019年9月8日，北京市召开会议，要求各单位……") is None
    True
    """
    for line in text.split("\n")[:DATELINE_LINES]:
        line = line.strip()
        if not line or len(line) > DATELINE_MAX_CHARS:
            continue
        m = _FULL_DATE.search(line)
        if not m:
            continue
        rest = (line[:m.start()] + line[m.end():]).strip(" 日")
        if _DATELINE_CUE.search(line) or not rest:
            found = _valid(*m.groups())
            if found:
                return found
    return None
