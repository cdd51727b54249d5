"""Measure what mypyc makes of the tagging path, without touching the work tree.

Copies the committed tree (``git archive HEAD``) to a temporary folder, compiles the
tagging modules there with mypyc (``pip install mypy``; a C compiler), and runs
``bench/ner.py`` alternately on the interpreted work tree and on the compiled copy,
printing characters per second of both systems and the ratio each time. The
compiled extension modules never land beside the sources (they would shadow edits).

    python bench/mypyc_trial.py            # two rounds
    python bench/mypyc_trial.py --rounds 3 --keep /tmp/kg-compiled
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# (not kg/extract.py: tests replace Extractor.__call__, which a compiled class ignores)
MODULES = ["kg/mentions/*.py", "kg/tag.py", "kg/entities.py", "kg/tokens.py", "kg/sentences.py"]
SETUP = """import glob
from setuptools import setup
from mypyc.build import mypycify
files = sorted(f for pattern in {modules!r} for f in glob.glob(pattern))
setup(name="kg-mypyc-trial", packages=[], py_modules=[],
      ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *files], opt_level="3"))
"""


def bench(path: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "ner.py")], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(path)}, check=True).stdout
    kg, jieba = (float(x.replace(",", "")) for x in out.splitlines()[-1].split("|")[1:3])
    return kg, jieba


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the compiled copy here")
    a = ap.parse_args()
    where = a.keep or Path(tempfile.mkdtemp(prefix="kg-mypyc-"))
    if not any(where.glob("kg/*.so")):
        where.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
        (where / "setup_mypyc.py").write_text(SETUP.format(modules=MODULES))
        subprocess.run([sys.executable, "setup_mypyc.py", "build_ext", "--inplace"], cwd=where, check=True,
                       stdout=subprocess.DEVNULL)
    for r in range(a.rounds):
        for name, path in (("interpreted", ROOT), ("compiled", where)):
            kg, jieba = bench(path)
            print(f"round {r + 1} {name:<11} kg {kg:>9,.0f} chars/s  jieba.posseg {jieba:>9,.0f}  ratio {kg / jieba:.2f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
