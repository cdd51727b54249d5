"""The output folder: checked before extraction, written as a set (one build or the
other, never a mix, also when a build is killed), locked against a second build,
cleaned of what killed builds left behind."""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.outdir import MANIFEST, BuildLockedError, OutputFolderError, check_output_folder, read_manifest, staged_output

from .conftest import ROOT
from .corpus_gen import write_corpus

ARTICLE = "北京市丰台区召开全区工作会议。"


def _article(folder: Path, text: str = ARTICLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "a.txt"
    p.write_text(text, encoding="utf-8")
    return p


def _build(*args, cwd=ROOT, timeout=300):
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def _state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (hidden ones too) -> its SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- checked first --------------------------------------------------------------------------

def test_an_output_path_that_is_a_file_fails_before_extraction(tmp_path):
    src = _article(tmp_path / "in")
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    r = _build(src, "-o", target)
    assert r.returncode != 0 and "is a file, not a folder" in r.stderr
    assert "Traceback" not in r.stderr and "read 1 article" not in r.stdout   # nothing was extracted
    assert target.read_text(encoding="utf-8") == "keep me"


def test_an_output_under_a_file_fails_before_extraction(tmp_path):
    src = _article(tmp_path / "in")
    (tmp_path / "f").write_text("x", encoding="utf-8")
    r = _build(src, "-o", tmp_path / "f" / "out")
    assert r.returncode != 0 and "is a file, not a folder" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_output_folder_fails_before_extraction(tmp_path):
    src = _article(tmp_path / "in")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = _build(src, "-o", ro / "out")
        assert r.returncode != 0 and "permission denied" in r.stderr and "Traceback" not in r.stderr
    finally:
        ro.chmod(0o755)


def test_read_only_is_told_by_the_check(tmp_path, monkeypatch):
    """The same check, where the tests run as root: os.access is what it asks."""
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(OutputFolderError, match="permission denied"):
        check_output_folder(tmp_path / "out")


def test_a_full_disk_fails_before_extraction(tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    src = _article(tmp_path / "in")
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10 << 20, 10 << 20, 1 << 20))
    extracted = []
    monkeypatch.setattr("kg.pipeline.build_graph", lambda *a, **k: extracted.append(1))
    r = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code != 0 and "MB free on its disk" in r.output and not extracted
    assert not (tmp_path / "out").exists()


# -- written as a set -----------------------------------------------------------------------

def test_a_build_writes_a_manifest_of_its_files(tmp_path):
    out = tmp_path / "out"
    r = _build(_article(tmp_path / "in"), "-o", out, "--quiet")
    assert r.returncode == 0, r.stderr
    manifest = read_manifest(out)
    state = _state(out)
    assert manifest["files"] == {k: v for k, v in state.items() if k != MANIFEST}
    assert {"graph.ttl", "graph.nq", "graph.html", "nodes.csv"} <= set(manifest["files"])
    assert not list(tmp_path.glob(".out.staging-*"))


def test_user_files_stay_and_outputs_of_an_older_build_go(tmp_path):
    out = tmp_path / "out"
    assert _build(_article(tmp_path / "in"), "-o", out, "--quiet").returncode == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    r = _build(_article(tmp_path / "in2", "山西省太原市召开会议。"), "-o", out, "-f", "ttl", "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl", MANIFEST, "notes.md"]
    assert "太原" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_failing_build_leaves_the_folder_as_it_was(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with staged_output(out, ["graph.ttl"]) as staging:
            (staging / "graph.ttl").write_text("new", encoding="utf-8")
            raise RuntimeError("writer failed")
    assert _state(out) == {"graph.ttl": hashlib.sha256(b"old").hexdigest()}
    assert not list(tmp_path.glob(".out.staging-*"))


def test_a_second_build_into_the_same_folder_fails_clearly(tmp_path):
    out = tmp_path / "out"
    with staged_output(out):                      # a build in progress
        with pytest.raises(BuildLockedError, match="another kg build"):
            with staged_output(out):
                pass
        r = _build(_article(tmp_path / "in"), "-o", out)
        assert r.returncode != 0 and "another kg build" in r.stderr and f"process {os.getpid()}" in r.stderr
        assert "Traceback" not in r.stderr


def test_what_killed_builds_left_behind_is_cleaned(tmp_path):
    out = tmp_path / "out"
    assert _build(_article(tmp_path / "in"), "-o", out, "--quiet").returncode == 0
    (tmp_path / ".out.staging-99999").mkdir()
    (tmp_path / ".out.staging-99999" / "graph.ttl").write_text("half", encoding="utf-8")
    (out / ".graph.ttl.x1y2.tmp").write_text("half", encoding="utf-8")
    assert _build(_article(tmp_path / "in"), "-o", out, "--quiet").returncode == 0
    assert not list(tmp_path.glob(".out.staging-*")) and not list(out.glob(".*.tmp"))


def test_a_kill_between_the_fallback_renames_is_undone(tmp_path):
    out = tmp_path / "out"
    old = tmp_path / ".out.old-4242"
    old.mkdir()
    (old / "graph.ttl").write_text("the last complete build", encoding="utf-8")
    with staged_output(out) as staging:
        (staging / "graph.ttl").write_text("new", encoding="utf-8")
        assert (out / "graph.ttl").read_text(encoding="utf-8") == "the last complete build"
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "new" and not old.exists()


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_one_complete_build(tmp_path):
    """20 builds of a 200-article corpus killed at random moments: the folder always holds
    the old build or the new one, file for file (checked against clean builds)."""
    old_in, new_in = tmp_path / "old_in", tmp_path / "new_in"
    write_corpus(old_in, 200, seed=1)
    write_corpus(new_in, 200, seed=2)
    ref_old, ref_new = tmp_path / "ref_old", tmp_path / "ref_new"
    t0 = time.monotonic()
    assert _build(old_in, "-o", ref_old, "--quiet").returncode == 0
    duration = time.monotonic() - t0
    assert _build(new_in, "-o", ref_new, "--quiet").returncode == 0
    old_state, new_state = _state(ref_old), _state(ref_new)
    assert old_state != new_state

    out = tmp_path / "out"
    assert _build(old_in, "-o", out, "--quiet").returncode == 0
    rng = random.Random(13)
    seen = {"old": 0, "new": 0, "while writing": 0}
    for i in range(20):
        src = new_in if i % 2 == 0 else old_in     # alternate, so every kill may switch
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "--quiet"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.4) * duration)
        staged = list(tmp_path.glob(".out.staging-*/*"))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        seen["while writing"] += bool(staged)
        state = _state(out)
        assert state in (old_state, new_state), f"kill {i}: a mixed folder: {sorted(state)}"
        seen["old" if state == old_state else "new"] += 1
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        assert manifest["files"] == {k: v for k, v in state.items() if k != MANIFEST}
    print(f"20 kills of a {duration:.1f} s build ({seen['while writing']} while it was writing files): "
          f"the folder held the old build {seen['old']}x, the new {seen['new']}x")
    assert _build(new_in, "-o", out, "--quiet").returncode == 0
    assert _state(out) == new_state
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.") and not p.name.endswith(".lock")]


def test_a_folder_holding_other_folders_is_refused_before_extraction(tmp_path):
    """`kg build -o .` in a project: the build replaces its folder as a whole, so a folder
    with sub-folders kg did not make (.git, src) is refused, untouched."""
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "README.md").write_text("mine", encoding="utf-8")
    r = _build(_article(tmp_path / "in"), "-o", project)
    assert r.returncode != 0 and "holds folders kg did not make (.git)" in r.stderr
    assert sorted(p.name for p in project.iterdir()) == [".git", "README.md"]
