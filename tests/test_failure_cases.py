"""tests/FAILURE_CASES.md names real tests: every test it lists exists, and it lists at least 40 cases."""
from __future__ import annotations

import re

from .conftest import ROOT

TABLE = ROOT / "tests" / "FAILURE_CASES.md"


def test_every_case_in_the_table_names_a_test_that_exists():
    table = TABLE.read_text(encoding="utf-8")
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    named = set(re.findall(r"`(?:test_\w+\.py::)?(test_\w+)`", table))
    assert len(named) >= 40
    missing = sorted(n for n in named if not re.search(rf"^def {n}\(", sources, re.M))
    assert not missing, missing
    # the rows number the cases; the last number is how many there are
    last = max(int(m) for m in re.findall(r"^\| (?:\d+–)?(\d+) \|", table, re.M))
    assert last >= 40
