"""NER benchmark: ``kg tag --coarse`` against plain ``jieba.posseg`` on People's Daily.

Reads the benchmark where it lives (``../shared/bench/ner`` from the repository's
root; never copied into the repository), lets its ``ner_eval.py`` emit the sentences
and score both systems, and prints P/R/F1 per type and micro for both, measured in
the same run, with characters per second. The jieba side is the shared
``jieba_baseline.py`` (nr -> PER, ns -> LOC, nt -> ORG, HMM on).

    python bench/ner.py                 # the test split (what the README reports)
    python bench/ner.py --split dev     # the split to develop on
    python bench/ner.py --split dev --errors /tmp/dev.errors.tsv

Timing: resources and the jieba dictionary are loaded before the clock starts;
both systems then tag every sentence once, in this process, one after the other.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "ner"
SPLITS = {"test": "peoples_daily_1998/example.test", "dev": "peoples_daily_1998/example.dev"}
TYPES = ("PER", "LOC", "ORG")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"error: {path} not found: the NER benchmark lives in ../shared/bench/ner")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_kg(sentences: list[dict]) -> tuple[list[dict], float]:
    from kg.tag import Tagger

    tagger = Tagger(coarse=True)
    # the first calls load the ontology and, once a county is named, the township table:
    # one-time costs of a process, not of the characters measured
    tagger.tag_text("warm-up", "新华社北京电 安吉县递铺街道")
    t0 = time.perf_counter()
    preds = [tagger.tag_text(s["id"], s["text"]).as_dict() for s in sentences]
    elapsed = time.perf_counter() - t0
    for p in preds:
        p["entities"] = [e[:3] for e in p["entities"]]
    return preds, elapsed


def run_jieba(sentences: list[dict], baseline) -> tuple[list[dict], float]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut("预热"))
    t0 = time.perf_counter()
    preds = [{"id": s["id"], "text": s["text"],
              "entities": baseline.tag_sentence(pseg, s["text"], "exact", True)} for s in sentences]
    return preds, time.perf_counter() - t0


def score(evaluator, gold_path: Path, preds: list[dict], gold) -> dict:
    tmp = Path(f"/tmp/kg-ner-{id(preds)}.jsonl")
    tmp.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    try:
        aligned, problems = evaluator.read_pred(str(tmp), gold, False, False)
    finally:
        tmp.unlink()
    return evaluator.score(gold, aligned, TYPES)


def write_errors(path: Path, gold, preds: list[dict]) -> None:
    """One line per false positive or false negative: kind, type, span, sentence."""
    lines = []
    for (text, g_ents), p in zip(gold, preds):
        g = {tuple(e) for e in g_ents if e[2] in TYPES}
        q = {tuple(e) for e in p["entities"]}
        for kind, items in (("FN", g - q), ("FP", q - g)):
            for s, e, t in sorted(items):
                lines.append(f"{kind}\t{t}\t{text[s:e]}\t{text[max(0, s - 12):s]}[{text[s:e]}]{text[e:e + 12]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    ap.add_argument("--errors", type=Path, help="write kg's false positives and negatives here (TSV)")
    ap.add_argument("--json", type=Path, help="also write both systems' metrics as JSON")
    ap.add_argument("--no-jieba", action="store_true", help="skip the baseline (faster while developing)")
    a = ap.parse_args(argv)

    evaluator = _load("ner_eval", BENCH / "ner_eval.py")
    baseline = _load("jieba_baseline", BENCH / "jieba_baseline.py")
    gold_path = BENCH / SPLITS[a.split]
    gold = evaluator.read_gold(str(gold_path))
    if a.limit:
        gold = gold[: a.limit]
    sentences = [{"id": i, "text": text} for i, (text, _) in enumerate(gold)]
    chars = sum(len(s["text"]) for s in sentences)

    kg_preds, kg_time = run_kg(sentences)
    results = {"kg tag --coarse": (score(evaluator, gold_path, kg_preds, gold), kg_time)}
    if not a.no_jieba:
        jb_preds, jb_time = run_jieba(sentences, baseline)
        results["jieba.posseg"] = (score(evaluator, gold_path, jb_preds, gold), jb_time)

    print(f"People's Daily NER, {a.split} split: {len(sentences)} sentences, {chars} characters "
          f"({gold_path.relative_to(ROOT.parent)})")
    names = list(results)
    print("type   " + "".join(f"| {n:^26} " for n in names))
    print("       " + "".join(f"| {'P':>7} {'R':>7} {'F1':>7}   " for _ in names))
    for t in (*TYPES, "micro"):
        row = "".join(f"| {100 * r[t]['precision']:7.2f} {100 * r[t]['recall']:7.2f} {100 * r[t]['f1']:7.2f}   "
                      for r, _ in results.values())
        print(f"{t:<7}{row}")
    print("chars/s" + "".join(f"| {chars / el:>24,.0f}   " for _, el in results.values()))
    if a.errors:
        write_errors(a.errors, gold, kg_preds)
        print(f"wrote {a.errors}")
    if a.json:
        a.json.write_text(json.dumps({n: {"metrics": r, "seconds": el, "chars": chars}
                                      for n, (r, el) in results.items()}, ensure_ascii=False, indent=2),
                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
