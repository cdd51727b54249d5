"""Articles per second of `kg build`'s extraction: local (--jobs 1 and 2) beside a Dask
cluster of 1 and 2 worker processes (a LocalCluster on loopback), on the same corpus.

    python bench/dask_build.py [ARTICLES] [--batch-size N] [--scheduler ADDRESS]

The corpus is generated from the test fixtures (tests/corpus_gen.py: shuffled fixture
sentences, and the fixture articles with other places and dates). Each run reads,
extracts and merges the whole corpus (the writers, the same for all, are left out).
Dask workers are long-lived, so they are warmed first (each loads the resources,
~3 s, timed apart as "warm-up"); the local --jobs processes start cold, as they do
in a real build. Every run's graph.nq must equal the local one-process build's, or
the script fails. With --scheduler the "dask" rows come from that cluster instead
(its worker count as it is). Prints a table; ratios are against local --jobs 1 of
the same run. Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# (not named dask.py: the script's folder comes first on sys.path and would shadow the dask package)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_seconds(corpus: Path, out: Path, **options) -> tuple[float, int, bytes]:
    from kg.pipeline import build_graph
    from kg.writers import write

    started = time.perf_counter()
    result = build_graph([corpus], **options)
    seconds = time.perf_counter() - started
    path = write(result.graph, "nq", out)
    return seconds, len(result.articles), path.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=1500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--scheduler", default=None, help="an existing Dask scheduler instead of LocalClusters")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from kg.executors import DaskExecutor, load_worker_resources
    from tests.test_dask import write_generated_corpus

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        write_generated_corpus(corpus, args.articles, varied=args.articles // 5)
        rows = []
        seconds, n, reference = build_seconds(corpus, tmp / "l1", jobs=1)
        rows.append(("local --jobs 1", 1, seconds))
        print(f"local --jobs 1: {seconds:.1f} s", flush=True)
        seconds, _, nq = build_seconds(corpus, tmp / "l2", jobs=2)
        assert nq == reference, "local --jobs 2 differs from --jobs 1"
        rows.append(("local --jobs 2", 2, seconds))
        clusters = [None] if args.scheduler else [1, 2]
        for workers in clusters:
            if args.scheduler:
                client = Client(args.scheduler)
                cluster = None
                workers = len(client.scheduler_info()["workers"])
            else:
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
                client = Client(cluster)
            try:
                started = time.perf_counter()
                client.run(load_worker_resources)  # what each worker's first batch would do
                warm = time.perf_counter() - started
                seconds, _, nq = build_seconds(corpus, tmp / f"d{workers}",
                                               executor=DaskExecutor(client, batch_size=args.batch_size))
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()
            assert nq == reference, f"the Dask build ({workers} workers) differs from the local build"
            rows.append((f"dask, {workers} worker(s)", workers, seconds))
            print(f"dask, {workers} worker(s): warm-up (resources on every worker) {warm:.1f} s", flush=True)

    base = rows[0][2]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{n} articles, batches of {args.batch_size}, {os.cpu_count()} cores, load average {load:.1f} at the end;"
          " every graph.nq equal to local --jobs 1's")
    print(f"{'run':<22} {'processes':>9} {'seconds':>8} {'articles/s':>11} {'vs --jobs 1':>12}")
    for name, procs, seconds in rows:
        print(f"{name:<22} {procs:>9} {seconds:>8.1f} {n / seconds:>11.1f} {base / seconds:>11.2f}x")


if __name__ == "__main__":
    main()
