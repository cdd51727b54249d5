"""``kg ask``: the questions users ask of a corpus, by name, with parameters.

Each question is a SPARQL file in ``queries/ask/`` (shipped inside the wheel as
``kg/_queries/ask``). A parameter is a ``VALUES ?var { UNDEF }`` line in the file,
announced by a ``# param NAME: what it takes`` comment in the same order; the file
runs as it is with ``kg query`` (every parameter left open), and ``kg ask`` puts
the value in place of ``UNDEF`` as a SPARQL literal. Names match a label, an alias
or an adcode, so ``北京``, ``北京市`` and ``110000`` ask the same thing.

>>> q = questions()["initiatives"]
>>> [p.name for p in q.params]
['place']
>>> 'VALUES ?place_key { "北京市" "110000" }' in q.sparql({"place": "北京市"})
True
>>> sparql_literal('他说"好"\\n')
'"他说\\\\"好\\\\"\\\\n"'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError
from .query import QueryResult, run_query

__all__ = ["Param", "Question", "questions", "questions_dir", "ask", "area_keys", "sparql_literal", "DATE_PARAMS",
           "AREA_PARAMS"]

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$")
_VALUES_LINE = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}")
DATE_PARAMS = {"from": "first", "to": "last"}      # parameters that take a date, and which end of a period
# parameters that may name an administrative area: its short name (河南) also asks by the codes it can
# stand for (GB/T 2260), since a graph knows an area's short names only where its articles used them
AREA_PARAMS = {"place", "organization", "entity"}


@dataclass(frozen=True)
class Param:
    name: str            # as given on the command line: place=北京市
    variable: str        # the SPARQL variable of its VALUES line
    help: str


@dataclass(frozen=True)
class Question:
    name: str
    path: Path
    summary: str
    params: tuple[Param, ...]

    def sparql(self, values: dict[str, str] | None = None) -> str:
        """The query with each given parameter's ``UNDEF`` replaced by its value."""
        text = self.path.read_text(encoding="utf-8")
        values = dict(values or {})
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise QueryError(f"question {self.name!r} takes {self._takes()}; not {', '.join(sorted(unknown))}")
        for p in self.params:
            value = values.get(p.name)
            if value is None or value == "":
                continue
            if p.name in DATE_PARAMS:
                keys = [_date_value(p.name, value)]
            elif p.name in AREA_PARAMS:
                keys = area_keys(str(value).strip())
            else:
                keys = [str(value).strip()]
            block = " ".join(sparql_literal(k) for k in keys)
            text = re.sub(r"VALUES\s+\?" + p.variable + r"\s*\{\s*UNDEF\s*\}",
                          lambda _m: f"VALUES ?{p.variable} {{ {block} }}", text, count=1)
        return text

    def _takes(self) -> str:
        return ", ".join(p.name for p in self.params) or "no parameters"


def questions_dir() -> Path:
    """``kg/_queries/ask`` inside an installed wheel, else ``<repo>/queries/ask``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_queries" / "ask", here.parent / "queries" / "ask"):
        if candidate.is_dir():
            return candidate
    raise QueryError(f"the questions are not installed: neither {here / '_queries/ask'} nor "
                     f"{here.parent / 'queries/ask'} exists")


def questions() -> dict[str, Question]:
    """Every question of ``queries/ask/``, by name (the file name without ``.rq``)."""
    out = {}
    for path in sorted(questions_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        summary, helps = _header(text)
        variables = _VALUES_LINE.findall(text)
        if len(helps) != len(variables):
            raise QueryError(f"{path}: {len(helps)} '# param' line(s) but {len(variables)} 'VALUES ?x {{ UNDEF }}' line(s)")
        out[path.stem] = Question(path.stem, path, summary,
                                  tuple(Param(n, v, h) for (n, h), v in zip(helps, variables)))
    return out


def _header(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The summary and the (name, help) of each parameter from the comment lines at the top;
    a comment line indented by more than one space continues the item before it."""
    summary, helps = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM_LINE.match(line)
        if m:
            helps.append((m.group(1), m.group(2).strip()))
        elif line.startswith("#  ") and helps:
            helps[-1] = (helps[-1][0], helps[-1][1] + " " + line[1:].strip())
        elif line.startswith("#  "):
            summary += " " + line[1:].strip()
        elif not summary:
            summary = re.sub(r"^#\s*ask\s+\w+\s*:\s*", "", line).strip()
    return summary, helps


def ask(source, name: str, values: dict[str, str] | None = None, *, engine: str | None = None) -> QueryResult:
    """Answer question ``name`` with ``values`` on ``source`` (an export path or an open store)."""
    qs = questions()
    if name not in qs:
        raise QueryError(f"no question {name!r}; known: {', '.join(sorted(qs))}")
    return run_query(source, qs[name].sparql(values), engine=engine)


def area_keys(name: str) -> list[str]:
    """``name`` and the GB/T 2260 codes of the areas it can name (full or short name).

    >>> area_keys("兰考"), area_keys("410225"), area_keys("一村一品")
    (['兰考', '410225'], ['410225'], ['一村一品'])
    """
    return [name] + [a.code for a in _gazetteer().lookup(name) if a.code != name]


_GAZETTEER = None


def _gazetteer():
    global _GAZETTEER
    if _GAZETTEER is None:
        from .gazetteer import Gazetteer

        _GAZETTEER = Gazetteer.load()
    return _GAZETTEER


def sparql_literal(value: str) -> str:
    """A plain SPARQL string literal holding ``value`` exactly."""
    escaped = (str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def _date_value(name: str, value: str) -> str:
    """An ISO day, month or year for a date parameter; ``to`` of a month or year means its last day.

    >>> [_date_value("from", "2019年9月1日"), _date_value("to", "2019-09"), _date_value("to", "2019"), _date_value("from", "2019")]
    ['2019-09-01', '2019-09-31', '2019-12-31', '2019']
    """
    from .inputmeta import normalise_date

    value = str(value).strip()
    day = normalise_date(value)
    if day:
        return day
    m = re.fullmatch(r"((?:19|20)\d{2})(?:[-/年](\d{1,2})月?)?", value)
    if not m:
        raise QueryError(f"{name}={value!r} is not a date; give 2019-09-01, 2019-09 or 2019")
    year, month = m.group(1), m.group(2)
    if DATE_PARAMS[name] == "last":
        # the last possible day as text: dates compare as ISO strings, so 31 is right for every month
        return f"{year}-{int(month):02d}-31" if month else f"{year}-12-31"
    return f"{year}-{int(month):02d}" if month else year
