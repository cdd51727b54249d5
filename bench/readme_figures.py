"""Regenerate the figures and example outputs of README.md from measurements, so they cannot go stale.

README.md marks each generated block with ``<!-- figures:NAME -->`` … ``<!-- /figures:NAME -->``;
this script recomputes every block it knows and writes README.md back (``--check`` only says which
blocks are out of date and exits 1). Blocks:

- ``ask``: ``kg ask`` on the four-article corpus of tests/fixtures/corpus;
- ``seed``: node, edge and quad counts of the seed's build;
- ``eval``: ``kg eval`` on tests/gold, on the seed's gold (../shared/gold) and on the development
  articles (../shared/dev) when those are present beside the repository (left as they are otherwise);
- ``page``: bench/page_corpus.py on 1,000 generated articles (a few minutes).

Usage::

    python bench/readme_figures.py            # rewrite README.md
    python bench/readme_figures.py --check    # exit 1 when a block is stale
    python bench/readme_figures.py --only ask # one block
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
ASK_EXAMPLES = [["initiatives", "浙江"], ["events", "2021-01-01", "2021-06-30"], ["posts", "person=李国强"],
                ["organizations", "河南"], ["statistics", "兰考县"], ["comentions", "一村一品"]]


def kg(*args: str, cwd: Path = ROOT) -> str:
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)
    if r.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{r.stderr}")
    return r.stdout


def block_ask(tmp: Path) -> str:
    out = tmp / "corpus"
    kg("build", str(CORPUS), "-o", str(out), "-f", "ttl", "--quiet")
    parts = []
    for example in ASK_EXAMPLES:
        parts.append(f"$ kg ask {' '.join(example)}\n" + kg("ask", *example, "-g", str(out)).rstrip("\n"))
    return "```console\n" + "\n\n".join(parts) + "\n```"


def block_seed(tmp: Path) -> str:
    out = tmp / "seed"
    printed = kg("build", "seeds", "-o", str(out))
    m = re.search(r"graph: (\d+) nodes, (\d+) edges", printed)
    quads = sum(1 for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines() if line.strip())
    triples = sum(1 for _ in _ttl_triples(out / "graph.ttl"))
    return (f"The seed article builds into **{m.group(1)} nodes and {m.group(2)} edges**; `graph.nq` holds "
            f"{quads:,} quads, `graph.ttl` {triples:,} triples (ontology included).")


def _ttl_triples(path: Path):
    import pyoxigraph as ox

    return ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)


def _eval(paths: list[str], extra: list[str] | None = None) -> dict:
    return json.loads(kg("eval", *paths, "--json", "--no-misses", *(extra or [])))


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _prf(x: dict) -> str:
    if {"tp", "fp", "fn"} <= x.keys():
        # from the counts: the JSON's figures are rounded to four places, and rounding those again
        # to one decimal can move the last digit (0.8615 of 86.1497…% printed 86.2)
        tp, fp, fn = x["tp"], x["fp"], x["fn"]
        x = {"precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
             "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0}
    return f"{_pct(x.get('precision'))} / {_pct(x.get('recall'))} / **{_pct(x.get('f1'))}**"


def _row(name: str, report: dict) -> str:
    t = report["total"]
    ent, rel, ev, st = t["entities"], t["relations"], t.get("events", {}), t.get("statistics", {})
    return (f"| {name} | {len(report.get('files', []))} | {_prf(ent['overall'])} (core R {_pct(ent['core'].get('recall'))}) | "
            f"{_prf(rel['overall'])} (core R {_pct(rel['core'].get('recall'))}) | "
            f"{ev.get('found', 0)}/{ev.get('gold', 0)}, every slot right **{ev.get('complete', 0)}**, "
            f"slots {_pct(ev.get('slot_accuracy'))} | "
            f"{_prf(st.get('overall', {}))} |")


def block_eval(tmp: Path) -> str | None:
    rows = []
    rows.append(_row("`tests/gold` (own gold articles)", _eval([str(ROOT / "tests" / "gold")])))
    if not (SHARED / "gold").is_dir():
        return None            # without ../shared the block keeps its last figures rather than losing rows
    rows.append(_row("seed (`../shared/gold`)", _eval([str(SHARED / "gold")])))
    if list((SHARED / "dev").glob("*.json")):
        rows.append(_row("development articles (`../shared/dev`)",
                         _eval([str(SHARED / "dev")], ["--articles", str(SHARED / "dev")])))
    head = ("| gold (`kg eval`) | articles | entities P / R / F1 | relations P / R / F1 | "
            "events found, with every slot right, slot accuracy | "
            "statistics P / R / F1 |\n| --- | --- | --- | --- | --- | --- |")
    return head + "\n" + "\n".join(rows)


def block_bysource(tmp: Path) -> str | None:
    """The top and bottom rows of ``kg eval --by source`` on the development articles."""
    if not list((SHARED / "dev").glob("*.json")):
        return None
    rows = json.loads(kg("eval", "--by", "source", "--json", "--articles", str(SHARED / "dev"), str(SHARED / "dev")))
    head = "| source | kind | wins | losses | P | R |\n| --- | --- | --- | --- | --- | --- |"

    def line(r):
        return (f"| `{r['source']}` | {r['kind']} | {r['wins']} | {r['losses']} | {_pct(r['precision'])} | "
                f"{_pct(r['recall'])} |")
    top, bottom = rows[:8], rows[-6:]
    return (head + "\n" + "\n".join(map(line, top)) + f"\n| … {len(rows) - 14} more … | | | | | |\n"
            + "\n".join(map(line, bottom)))


def block_page(tmp: Path) -> str:
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "page_corpus.py"), "1000"], capture_output=True,
                       text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"bench/page_corpus.py failed:\n{r.stderr}")
    lines = [line for line in r.stdout.splitlines() if line.strip()]
    return "```console\n$ python bench/page_corpus.py 1000\n" + "\n".join(lines) + "\n```"


BLOCKS = {"ask": block_ask, "seed": block_seed, "eval": block_eval, "bysource": block_bysource,
          "page": block_page}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only report stale blocks; exit 1 if any")
    ap.add_argument("--only", action="append", choices=sorted(BLOCKS), help="regenerate only these blocks")
    args = ap.parse_args()
    text = README.read_text(encoding="utf-8")
    stale = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for name in args.only or BLOCKS:
            pattern = re.compile(rf"(<!-- figures:{name} -->\n)(.*?)(<!-- /figures:{name} -->)", re.S)
            if not pattern.search(text):
                print(f"README.md has no block {name}; skipped", file=sys.stderr)
                continue
            content = BLOCKS[name](Path(tmpdir))
            if content is None:
                continue
            new = pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(3), text)
            if new != text:
                stale.append(name)
                text = new
            print(f"{name}: {'updated' if name in stale else 'up to date'}", file=sys.stderr)
    if args.check:
        return 1 if stale else 0
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
