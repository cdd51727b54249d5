"""How fast `kg push` loads an export into Virtuoso: the Graph Store HTTP Protocol (one
PUT per graph), again (every graph replaced), and Virtuoso's bulk loader, on the same
export, into a Virtuoso this script starts (loopback, temporary database, free ports).

    python bench/virtuoso_push.py [ARTICLES]

The export is a build of ARTICLES generated articles (tests/corpus_gen.py, as
bench/dask_build.py). Prints seconds, quads per second and articles per second of
each way in, the triples in the store after each (they must not change), and the
ratio against the first HTTP push. Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def triples_in(endpoint: str) -> int:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
                    'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-cn/")) }')
    client.setReturnFormat(JSON)
    return int(client.query().convert()["results"]["bindings"][0]["n"]["value"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=1000)
    args = parser.parse_args()

    from kg.pipeline import build_graph
    from kg.push import push, virtuoso_bulk_load
    from kg.writers import write
    from tests.test_dask import write_generated_corpus
    from tests.virtuoso_server import running_virtuoso

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_generated_corpus(tmp / "corpus", args.articles, varied=args.articles // 5)
        result = build_graph([tmp / "corpus"], jobs=2)
        export = tmp / "export"
        nq = write(result.graph, "nq", export)
        quads = sum(1 for _ in nq.open("rb"))
        megabytes = nq.stat().st_size / 1e6
        (tmp / "virtuoso").mkdir()
        rows = []
        with running_virtuoso(tmp / "virtuoso", buffers=100000) as server:
            for name in ("HTTP push", "HTTP push again"):
                report = push(export, server["crud"], user="dba", password="dba")
                rows.append((name, report.seconds, report.graphs, triples_in(server["sparql"])))
            shutil.copy(nq, server["folder"] / "graph.nq")  # the server reads it from its DirsAllowed folder
            for name in ("bulk loader", "bulk loader again"):
                bulk = virtuoso_bulk_load(server["folder"] / "graph.nq", isql=server["isql"])
                rows.append((name, bulk.seconds, bulk.graphs, triples_in(server["sparql"])))

    base = rows[0][1]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(result.articles)} articles, {quads} quads in graph.nq ({megabytes:.1f} MB), "
          f"{os.cpu_count()} cores, load average {load:.1f} at the end")
    print(f"{'way in':<19} {'graphs':>7} {'seconds':>8} {'quads/s':>9} {'articles/s':>11} {'triples after':>14} "
          f"{'vs HTTP':>8}")
    for name, seconds, graphs, after in rows:
        print(f"{name:<19} {graphs:>7} {seconds:>8.1f} {quads / seconds:>9.0f} {len(result.articles) / seconds:>11.1f} "
              f"{after:>14} {base / seconds:>7.2f}x")
    assert len({after for *_, after in rows}) == 1, "the store's triple count changed between pushes"


if __name__ == "__main__":
    main()
