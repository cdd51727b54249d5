"""A generated archive, and what building it costs.

    python bench/corpus.py generate N OUT.jsonl [--dup-rate 0.2] [--seed 1]
    python bench/corpus.py run N [--jobs 2] [--dup-rate 0] [--keep DIR] [--skip-jobs1]

``generate`` writes a JSONL corpus of N articles made from the fixtures
(``tests/gold/*.txt`` with their gold files, and ``seeds/``): every article is a
fixture with its places (GB/T 2260 areas of the same level, names and short
names, from the gazetteer), its persons (surnames and given names from the
lexicon), its dates and its figures replaced at random, so the graph grows like
a real one (new places, people, meetings and observations every article) while
the text stays real prose. ``--dup-rate`` adds that share of republications:
the same story with small edits (an outlet's byline, punctuation), another
outlet, URL and date, for the wire-copy dedup.

``run`` generates N articles and reports in one run: articles/s and characters/s
end to end, the ratio to plain ``jieba.posseg`` over the same text, the speed-up
from 1 to ``--jobs`` workers (outputs compared byte for byte), peak memory, each
writer's time and bytes, output bytes per input byte, the no-change re-run time,
adding 10 articles, and the SPARQL latency of ``queries/*.rq`` on the store
against rdflib in memory. Each build runs in its own process (``kg build``), so
peak memory is that process's maximum resident size.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["省日报", "市日报", "新闻网", "人民网", "新华网", "晚报", "融媒体中心", "政府网"]


# ---------------------------------------------------------------------------------------- generating
def _fixtures() -> list[dict]:
    """Each fixture: cleaned text, title, and the names in it that may be replaced."""
    from kg.read import read_path

    out = []
    for txt in sorted((ROOT / "tests" / "gold").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        art = next(iter(read_path(txt)))
        if not hasattr(art, "text"):
            continue
        gold = txt.with_suffix(".json")
        ents = json.loads(gold.read_text(encoding="utf-8"))["entities"] if gold.exists() else []
        out.append({"text": art.text, "title": art.title, "entities": ents})
    return out


def _areas_by_class():
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    by_cls: dict[str, list] = {}
    for area in sorted(gaz.areas.values(), key=lambda a: a.code):
        by_cls.setdefault(area.cls, []).append(area)
    return gaz, by_cls


def generate(n: int, *, dup_rate: float = 0.0, seed: int = 1, parts_per_article: int = 3) -> list[dict]:
    """``n`` articles (plus ``dup_rate * n`` republications), as JSONL records; each article
    joins ``parts_per_article`` varied fixtures (about 1,500 characters, like a day's round-up)."""
    from kg.lexicon import read_list

    rng = random.Random(seed)
    fixtures = _fixtures()
    gaz, by_cls = _areas_by_class()
    surnames = [s for s in read_list("surnames.txt") if len(s) == 1]
    given = "国建明华志军伟平海东晓新春丽红立德文玉金成永光兴宏庆秀英瑞嘉"
    records = []
    for i in range(n):
        parts = []
        for j, fx in enumerate(_pick(fixtures, i, parts_per_article)):
            text, title = _vary(fx, rng, gaz, by_cls, surnames, given)
            paragraphs = text.split("\n")
            # the title of the first part only; of the rest a random three quarters of the paragraphs, so
            # two articles made of the same fixtures are different stories, not copies of one
            body = [p for p in paragraphs[1:] if rng.random() < 0.75] or paragraphs[1:2]
            parts.append("\n".join(([paragraphs[0]] if j == 0 else []) + body))
            if j == 0:
                first_title = title
        text, title = "\n".join(parts), first_title
        year = rng.randrange(2012, 2025)
        text = re.sub(r"(?<!\d)(20[012]\d)(?=年)", lambda m: str(year - rng.randrange(0, 2)), text)
        text = re.sub(r"(?<!\d)(\d{1,2})月(\d{1,2})日",
                      lambda m: f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日", text)
        # figures: keep the number of digits, so 万/亿 and units still read the same way
        text = re.sub(r"(?<![\d年月])(\d+)(?=(?:\.\d+)?(?:万|亿|个|人|元|亩|户|家|项|%|名|余))",
                      lambda m: str(rng.randrange(10 ** (len(m.group(1)) - 1) if len(m.group(1)) > 1 else 1,
                                                  10 ** len(m.group(1)))), text)
        date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        outlet = rng.choice(OUTLETS)
        records.append({"id": f"a{i:06d}", "title": title, "date": date, "text": text,
                        "url": f"https://news.example.org/{outlet}/{i:06d}.html", "publisher": outlet})
    for j in range(int(round(n * dup_rate))):
        orig = records[rng.randrange(n)]
        outlet = rng.choice([o for o in OUTLETS if o != orig["publisher"]])
        paragraphs = orig["text"].split("\n")
        paragraphs[0] = f"（{outlet}讯）" + paragraphs[0]
        records.append({"id": f"m{j:06d}", "title": orig["title"], "date": orig["date"],
                        "text": "\n".join(paragraphs),
                        "url": f"https://news.example.org/{outlet}/m{j:06d}.html", "publisher": outlet})
    return records


def _pick(fixtures: list, i: int, k: int) -> list:
    """``k`` different fixtures for article ``i`` (a round-up of several local reports)."""
    f = len(fixtures)
    out = []
    for step in (1, 7, 13, 5, 11)[:k]:
        fx = fixtures[(i * step + i // f + step // 2) % f]
        if fx not in out:
            out.append(fx)
    return out


def _vary(fx: dict, rng, gaz, by_cls, surnames, given) -> tuple[str, str]:
    """The fixture's text and title with its places and persons replaced by others of the same kind."""
    if True:
        text, title = fx["text"], fx["title"] or ""
        subst: dict[str, str] = {}
        for ent in fx["entities"]:
            cls, label = ent.get("type"), ent.get("label", "")
            if cls in by_cls and ent.get("adcode"):
                area = rng.choice(by_cls[cls])
                old = gaz.get(ent["adcode"])
                subst[label] = area.name
                if old is not None and area.short_names:
                    for short in old.short_names:
                        if len(short) >= 2:
                            subst.setdefault(short, area.short_names[0])
            elif cls == "Person" and 2 <= len(label) <= 3:
                subst[label] = rng.choice(surnames) + "".join(rng.choice(given) for _ in range(len(label) - 1))
        if subst:
            pattern = re.compile("|".join(re.escape(k) for k in sorted(subst, key=len, reverse=True)))
            text, title = (pattern.sub(lambda m: subst[m.group()], s) for s in (text, title))
        return text, title


def write_corpus(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------------------------------- measuring
def _kg_build(corpus: Path, out: Path, jobs: int, extra: tuple[str, ...] = ()) -> dict:
    """One ``kg build`` in its own process: wall time, peak memory, each writer's time and bytes."""
    import subprocess
    import time

    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out),
           "-j", str(jobs), *extra]
    t = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"kg build failed:\n{r.stderr[-3000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1)) * 1024
    writers = {}
    for m in re.finditer(r"^wrote (\S+) \(([\d.]+) MB, ([\d.]+) s\)", r.stdout, re.M):
        writers[Path(m.group(1)).name] = (float(m.group(3)), int(float(m.group(2)) * 1e6))
    extracted = re.search(r"extracted (\d+) article\(s\), (\d+|all) from the cache", r.stdout)
    # the writing phase's wall time (writers run side by side with --jobs N)
    done = re.search(r"^writers done in ([\d.]+) s", r.stdout, re.M)
    return {"wall": wall, "peak": peak, "writers": writers, "writers_wall": float(done.group(1)) if done else None,
            "extracted": int(extracted.group(1)) if extracted else None,
            "cached": extracted.group(2) if extracted else None, "stdout": r.stdout}


def _writer_seconds(writers: dict) -> float:
    # a format's files share one timing (csv writes four): count each timing once
    seen, total = set(), 0.0
    for t, _size in writers.values():
        if t not in seen:
            seen.add(t)
            total += t
    return total


def _outputs_bytes(out: Path) -> dict[str, int]:
    sizes = {}
    for p in sorted(out.rglob("*")):
        if p.is_file() and ".kg-cache" not in p.parts:
            top = p.relative_to(out).parts[0]
            sizes[top] = sizes.get(top, 0) + p.stat().st_size
    return sizes


def _same_bytes(a: Path, b: Path) -> bool:
    names = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file() and ".kg-cache" not in p.parts
                   and "graph.oxigraph" not in p.parts)
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def _jieba_baseline(texts: list[str]) -> float:
    """Seconds plain ``jieba.posseg`` takes over the texts (dictionary loaded first, not timed)."""
    import time

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    pseg.lcut("预热")
    t = time.perf_counter()
    for text in texts:
        pseg.lcut(text)
    return time.perf_counter() - t


def _plain_size(path: Path) -> int:
    """Bytes of the file uncompressed (a gzip file's last four bytes: its size modulo 2**32)."""
    if path.suffix != ".gz":
        return path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(-4, 2)
        return int.from_bytes(fh.read(4), "little")


def _sparql(out: Path, rdflib_max_mb: float) -> list[tuple[str, float, float | None, int, bool | None]]:
    """(query, seconds on the store, seconds on rdflib in memory, rows, same rows) per ``queries/*.rq``."""
    import time

    from kg.outputs import find_file
    from kg.query import open_store, run_query

    store = open_store(out)          # the persistent store when the folder has one
    ttl = find_file(out, "graph.ttl")   # graph.ttl.gz in an archive's build
    graph = None
    if _plain_size(ttl) / 1e6 <= rdflib_max_mb:
        graph = open_store(ttl, "rdflib")
    rows = []
    for q in sorted((ROOT / "queries").glob("*.rq")):
        t = time.perf_counter()
        a = run_query(store, q)
        ts = time.perf_counter() - t
        tr = same = None
        if graph is not None:
            t = time.perf_counter()
            b = run_query(graph, q)
            tr = time.perf_counter() - t
            same = sorted(map(repr, a.rows)) == sorted(map(repr, b.rows))
        rows.append((q.stem, ts, tr, len(a.rows), same))
    return rows


def run(n: int, *, jobs: int = 2, dup_rate: float = 0.0, keep: Path | None = None, skip_jobs1: bool = False,
        rdflib_max_mb: float = 80.0, seed: int = 1) -> dict:
    import json as _json
    import shutil
    import tempfile

    work = keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    records = generate(n + 10, dup_rate=0.0, seed=seed)
    base, extra10 = records[:n], records[n:]
    if dup_rate:
        base = generate(n, dup_rate=dup_rate, seed=seed)
    corpus = write_corpus(base, work / "corpus.jsonl")
    chars = sum(len(r["text"]) for r in base)
    in_bytes = corpus.stat().st_size
    print(f"{len(base)} articles, {chars:,} characters, {in_bytes / 1e6:.1f} MB of JSONL in {work}", flush=True)
    report: dict = {"articles": len(base), "characters": chars, "input_bytes": in_bytes}
    report["jieba_seconds"] = _jieba_baseline([r["text"] for r in base])
    print(f"jieba.posseg: {report['jieba_seconds']:.1f} s", flush=True)
    runs = {}
    for j in ([jobs] if skip_jobs1 else [1, jobs]):
        out = work / f"out-j{j}"
        shutil.rmtree(out, ignore_errors=True)
        runs[j] = _kg_build(corpus, out, j)
        print(f"kg build -j {j}: {runs[j]['wall']:.1f} s, peak {runs[j]['peak'] / 1e9:.2f} GB", flush=True)
    report["runs"] = {j: {k: v for k, v in r.items() if k != "stdout"} for j, r in runs.items()}
    out = work / f"out-j{jobs}"
    if not skip_jobs1:
        report["same_bytes_1_vs_n"] = _same_bytes(work / "out-j1", out)
    report["outputs"] = _outputs_bytes(out)
    again = _kg_build(corpus, out, jobs)
    report["rerun"] = {k: v for k, v in again.items() if k != "stdout"}
    print(f"no-change re-run: {again['wall']:.1f} s ({again['extracted']} extracted)", flush=True)
    grown = write_corpus(base + extra10, work / "corpus-plus10.jsonl")
    plus = _kg_build(grown, out, jobs)
    report["plus10"] = {k: v for k, v in plus.items() if k != "stdout"}
    print(f"10 more articles: {plus['wall']:.1f} s ({plus['extracted']} extracted)", flush=True)
    # back to the corpus measured, now with the opt-in Oxigraph store too (-f store; the
    # cache serves every article): the SPARQL latencies are on that store
    from kg.writers import DEFAULT_FORMATS

    every = tuple(x for f in (*DEFAULT_FORMATS, "store") for x in ("-f", f))
    stored = _kg_build(corpus, out, jobs, every)
    report["store"] = {"wall": stored["wall"], "extracted": stored["extracted"],
                       "bytes": sum(p.stat().st_size for p in (out / "graph.oxigraph").rglob("*") if p.is_file())}
    print(f"with the store: {stored['wall']:.1f} s ({stored['extracted']} extracted), store "
          f"{report['store']['bytes'] / 1e6:.0f} MB", flush=True)
    report["sparql"] = _sparql(out, rdflib_max_mb)
    (work / "report.json").write_text(_json.dumps(report, indent=1, default=str), encoding="utf-8")
    print_table(report, jobs)
    return report


def print_table(report: dict, jobs: int) -> None:
    runs = report["runs"]
    first = runs.get(1) or runs[jobs]
    rn = runs[jobs]
    chars = report["characters"]
    writers_s = rn.get("writers_wall") or _writer_seconds(rn["writers"])
    total_out = sum(report["outputs"].values())
    lines = [f"| measure ({report['articles']:,} articles, {chars / 1e6:.2f} M characters) | value |", "| --- | --- |"]
    add = lambda k, v: lines.append(f"| {k} | {v} |")  # noqa: E731
    if 1 in runs:
        add("build, --jobs 1 (end to end, every output)", f"{runs[1]['wall']:.1f} s")
        add("characters/s end to end, --jobs 1", f"{chars / runs[1]['wall']:,.0f}")
        add("ratio to plain jieba.posseg (same text, same run)",
            f"{(chars / runs[1]['wall']) / (chars / report['jieba_seconds']):.2f}×")
    add(f"build, --jobs {jobs}", f"{rn['wall']:.1f} s ({report['articles'] / rn['wall']:.1f} articles/s, "
        f"{chars / rn['wall']:,.0f} characters/s)")
    if 1 in runs:
        add(f"speed-up 1 → {jobs} jobs", f"{runs[1]['wall'] / rn['wall']:.2f}× "
            f"(outputs byte-identical: {'yes' if report.get('same_bytes_1_vs_n') else 'NO'})")
    add("peak memory (largest process)", f"{max(r['peak'] for r in runs.values()) / 1e9:.2f} GB")
    add("writers' share of the build (wall time of the writing)", f"{writers_s / rn['wall']:.0%} ({writers_s:.1f} s)")
    for name, (t, size) in sorted(rn["writers"].items()):
        add(f"  {name}", f"{t:.1f} s, {size / 1e6:.1f} MB")
    add("all outputs / input bytes", f"{total_out / 1e6:.0f} MB / {report['input_bytes'] / 1e6:.1f} MB = "
        f"{total_out / report['input_bytes']:.1f}×")
    add("re-run, no change", f"{report['rerun']['wall']:.1f} s ({report['rerun']['wall'] / first['wall']:.0%} of the "
        f"first run; {report['rerun']['extracted']} extracted)")
    add("10 articles added", f"{report['plus10']['wall']:.1f} s ({report['plus10']['wall'] / first['wall']:.0%} of "
        f"the first run; {report['plus10']['extracted']} extracted)")
    if "store" in report:
        add("Oxigraph store (opt-in, -f store; not in the outputs above)",
            f"{report['store']['bytes'] / 1e6:.0f} MB, build from the cache with it {report['store']['wall']:.1f} s")
    for q, ts, tr, nrows, same in report["sparql"]:
        rd = f"{tr * 1000:.0f} ms on rdflib ({tr / ts:.0f}×), same rows: {same}" if tr is not None else "rdflib: not run"
        add(f"SPARQL {q}", f"{ts * 1000:.0f} ms on the store, {nrows} rows; {rd}")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("n", type=int)
    g.add_argument("out", type=Path)
    g.add_argument("--dup-rate", type=float, default=0.0)
    g.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("run")
    r.add_argument("n", type=int)
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--dup-rate", type=float, default=0.0)
    r.add_argument("--keep", type=Path, default=None, help="work folder to keep (default: a temporary one)")
    r.add_argument("--skip-jobs1", action="store_true", help="build only with --jobs (no 1-job run)")
    r.add_argument("--rdflib-max-mb", type=float, default=80.0,
                   help="load graph.ttl into rdflib for the SPARQL comparison only up to this size")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.n, jobs=args.jobs, dup_rate=args.dup_rate, keep=args.keep, skip_jobs1=args.skip_jobs1,
            rdflib_max_mb=args.rdflib_max_mb)
    elif args.cmd == "generate":
        recs = generate(args.n, dup_rate=args.dup_rate, seed=args.seed)
        write_corpus(recs, args.out)
        print(f"wrote {len(recs)} articles, {sum(len(r['text']) for r in recs):,} characters to {args.out}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
