"""Bounded memory: long articles split at paragraphs, what is beyond the limit skipped
with a reason, a huge file read only as far as the limit, a huge JSONL line unread."""
from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest

from kg.errors import ReadError, ReadWarning
from kg.limits import MAX_ARTICLE_CHARS, MAX_PARTS, MAX_READ_BYTES, split_article
from kg.read import article_from_text, read_path

from .conftest import ROOT
from .corpus_gen import fixture_sentences

PARA = "北京市丰台区召开全区工作会议，研究部署下一阶段工作。"   # 26 characters


def test_a_long_article_is_split_at_paragraph_boundaries():
    article = article_from_text("a", [PARA] * 10, source="a.txt")
    parts = list(split_article(article, limit=3 * len(PARA) + 5))
    assert [p.id for p in parts] == ["a~1", "a~2", "a~3", "a~4"]
    assert all(p.text.split("\n") == [PARA] * len(p.text.split("\n")) for p in parts)   # whole paragraphs
    assert "\n".join(p.text for p in parts) == article.text
    assert all(len(p.match_text) == len(p.text) for p in parts)


def test_a_paragraph_longer_than_the_limit_is_cut_at_a_sentence_end():
    article = article_from_text("b", ["第一句话。" * 30])
    parts = list(split_article(article, limit=52))
    assert all(p.text.endswith("。") for p in parts) and "".join(p.text for p in parts) == article.text


def test_beyond_the_last_part_is_skipped_with_a_reason():
    article = article_from_text("c", [PARA] * 20, source="c.txt")
    items = list(split_article(article, limit=len(PARA) + 1, max_parts=3))
    *parts, err = items
    assert len(parts) == 3 and isinstance(err, ReadError) and err.path == "c.txt"
    assert f"{17 * len(PARA) + 16:,} characters after the first" in err.reason


def test_a_huge_text_file_is_read_up_to_the_limit_with_a_warning(tmp_path):
    p = tmp_path / "big.txt"
    line = (PARA + "\n").encode()
    p.write_bytes(line * (MAX_READ_BYTES // len(line) + 1000))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReadWarning)
        [article] = list(read_path(p))
    assert len(article.text.encode()) <= MAX_READ_BYTES
    assert any("only its first" in str(w.message) for w in caught)


def test_a_huge_jsonl_line_is_skipped_unread_and_the_others_read(tmp_path):
    p = tmp_path / "c.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": PARA}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "北" * (MAX_READ_BYTES // 2)}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "b", "text": PARA}, ensure_ascii=False) + "\n")
    items = list(read_path(p))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert items[1].path.endswith(":2") and "skipped" in items[1].reason


PEAK = """import resource, subprocess, sys, time
t = time.monotonic()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_maxrss, round(time.monotonic() - t, 1), r.returncode, round(u.ru_utime + u.ru_stime, 1))
print(r.stdout[-2000:], r.stderr[-2000:], file=sys.stderr)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["txt", "jsonl"])
def test_a_100_mb_input_builds_in_bounded_memory(tmp_path, kind):
    """100 MB of input: one single-line text file, or a JSONL corpus of two 50 MB lines and
    a normal one. Peak memory of `kg build` (max RSS) stays under 1.5 GB."""
    src = tmp_path / f"big.{kind}"
    with open(src, "w", encoding="utf-8") as fh:
        if kind == "txt":
            chunk = "".join(fixture_sentences())         # real sentences, no line break anywhere:
            for _ in range(100_000_000 // len(chunk.encode()) + 1):   # one 100 MB paragraph
                fh.write(chunk)
        else:
            fh.write(json.dumps({"id": "ok", "text": PARA}, ensure_ascii=False) + "\n")
            for n in range(2):
                fh.write('{"id": "huge%d", "text": "' % n + "北" * (50_000_000 // 3) + '"}\n')
    assert src.stat().st_size >= 99_000_000
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "-m", "kg", "build", str(src), "-o", str(out),
                        "-f", "ttl"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    peak_kb, seconds, code, cpu = r.stdout.split()
    print(f"100 MB .{kind}: kg build peak RSS {int(peak_kb) / 1024:.0f} MB, {seconds} s ({cpu} s of CPU)")
    assert code == "0", r.stderr
    assert int(peak_kb) * 1024 < 1.5e9
    if kind == "txt":
        assert f"not read (an article is read in at most {MAX_PARTS} parts of {MAX_ARTICLE_CHARS:,}" in r.stderr \
            or "only its first" in r.stderr
    else:
        assert r.stderr.count("a JSONL line of") == 2
    assert (out / "graph.ttl").stat().st_size > 0
