"""Reading bad inputs: repaired and counted, told apart, or named and skipped; never a hang."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings

import pytest

import kg
from kg.errors import ReadError, ReadWarning
from kg.read import decode_bytes, read_inputs, read_path

from .conftest import ROOT

TRAD = (ROOT / "tests" / "gold" / "g03_guangdong_nanshan_trad.txt").read_text(encoding="utf-8")
SIMPLE = (ROOT / "tests" / "gold" / "g01_zhejiang_anji.txt").read_text(encoding="utf-8")


def _read_one(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReadWarning)
        items = list(read_path(path))
    return items, [w.message for w in caught if isinstance(w.message, ReadWarning)]


def test_invalid_bytes_in_utf8_are_replaced_and_counted(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("北京市丰台区召开会议。".encode() + b"\xff\xfe\x80" + "山西省太原市召开会议。".encode())
    [article], [warning] = _read_one(p)
    assert "3 invalid byte(s)" in str(warning) and str(p) in str(warning)
    assert article.text == "北京市丰台区召开会议。\ufffd\ufffd\ufffd山西省太原市召开会议。"


def test_gb18030_text_is_not_taken_for_damaged_utf8():
    assert decode_bytes(SIMPLE.encode("gb18030")) == SIMPLE


def test_big5_is_told_apart_from_gb18030(tmp_path):
    data = TRAD.encode("big5")
    data.decode("gb18030")            # the trap: Big5 bytes are valid GB18030 as well
    assert decode_bytes(data) == TRAD
    p = tmp_path / "trad.txt"
    p.write_bytes(data)
    [article] = list(read_path(p))
    assert "深圳市南山区" in article.match_text    # Traditional goes through OpenCC for matching


def test_short_big5_and_short_gb_are_told_apart():
    trad, simple = "深圳市南山區政府召開會議，討論經濟發展。", "深圳市南山区政府召开会议，讨论经济发展。"
    assert decode_bytes(trad.encode("big5")) == trad
    assert decode_bytes(simple.encode("gb18030")) == simple


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_named_and_skipped_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text("北京市召开会议。", encoding="utf-8")
    items = list(read_inputs([tmp_path]))   # would block forever if the FIFO were opened
    [err] = [i for i in items if isinstance(i, ReadError)]
    assert err.path == str(fifo) and "named pipe" in err.reason
    assert sum(not isinstance(i, ReadError) for i in items) == 1


def test_a_device_is_named_and_skipped():
    [err] = list(read_path("/dev/zero"))
    assert isinstance(err, ReadError) and "character device" in err.reason


def test_a_dangling_link_is_named(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    [err] = list(read_inputs([tmp_path]))
    assert err.path == str(link) and "dangling symbolic link" in err.reason and "missing.txt" in err.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_kg_build_given_a_fifo_and_dev_zero_finishes(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("北京市丰台区召开会议。", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(fifo), "/dev/zero", str(good), "-o",
                           str(tmp_path / "out"), "-f", "json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"skipped {fifo}: a named pipe" in proc.stderr and "skipped /dev/zero: a character device" in proc.stderr


def test_jsonl_fields_of_the_wrong_kind_are_dropped_with_a_warning(tmp_path):
    p = tmp_path / "c.jsonl"
    lines = [{"id": "a", "text": "北京市召开会议。", "date": "2019-02-30", "url": 123, "title": ["x"]},
             {"id": "b", "text": "山西省召开会议。", "date": "2019-02-28", "url": "https://example.org/b",
              "title": "会议"},
             {"id": "c", "text": "太原市召开会议。", "url": "javascript:alert(1)", "number": {"n": 1}}]
    p.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    items, caught = _read_one(p)
    a, b, c = items
    assert (a.date, a.url, a.title) == (None, None, "")
    assert (b.date, b.url, b.title) == ("2019-02-28", "https://example.org/b", "会议")
    assert c.url is None and c.number is None
    reasons = sorted(str(w) for w in caught)
    assert len(reasons) == 5
    assert any(":1: field 'date' dropped" in r and "2019-02-30" in r for r in reasons)
    assert any(":3: field 'url' dropped" in r for r in reasons)


def test_build_of_a_path_that_does_not_exist_raises():
    with pytest.raises(ReadError, match="no such file"):
        kg.build("/nonexistent")


@pytest.mark.parametrize("suffix,wrap", [(".html", "<html><body>{}</body></html>"),
                                         (".txt", "1标题.txt\n{}")])
def test_deeply_nested_html_keeps_its_text(tmp_path, suffix, wrap):
    p = tmp_path / f"deep{suffix}"
    p.write_text(wrap.format("<div>" * 5000 + "北京市丰台区召开全区工作会议。" + "</div>" * 5000), encoding="utf-8")
    [article] = list(read_path(p))
    assert not isinstance(article, ReadError), article
    assert "北京市丰台区召开全区工作会议。" in article.text
