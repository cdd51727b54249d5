"""kg build on a Dask cluster (a LocalCluster of 2 worker processes, on loopback):
every output file equals the local build's, and a worker that dies costs only its batch."""
from __future__ import annotations

import filecmp
import functools
import os
import random
import re
import sys
import time
from pathlib import Path

import pytest

from .corpus_gen import GOLD, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'kg[dask]')")

# the fixtures' articles again, with other places and years: the same kinds of sentences, new facts
PLACES = ["北京市", "上海市", "山西省", "浙江省", "四川省", "河南省", "贵州省", "广东省", "内蒙古自治区", "湖南省"]


def varied_fixture(text: str, rng: random.Random) -> str:
    year = str(rng.randint(2008, 2024))
    text = re.sub(r"20[012]\d年", year + "年", text)
    text = re.sub(r"\d{1,2}月\d{1,2}日", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", text)
    for place in PLACES:
        if place in text and rng.random() < 0.5:
            text = text.replace(place, rng.choice(PLACES))
    return text


def write_generated_corpus(folder: Path, n: int, varied: int = 42) -> None:
    """``n`` articles: ``varied`` fixture articles with other places and dates (3 of each), the
    rest shuffled fixture sentences (short: the test stays near a minute on 2 busy cores)."""
    rng = random.Random(16)
    fixtures = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    folder.mkdir(parents=True)
    for i in range(varied):
        (folder / f"var{i:04d}.txt").write_text(varied_fixture(fixtures[i % len(fixtures)], rng), encoding="utf-8")
    write_corpus(folder / "shuffled", n - varied, seed=16)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local, Client(local) as client:
        yield local, client


def _same_files(a: Path, b: Path) -> list[str]:
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert len(names) >= 9
    return [n for n in names if not filecmp.cmp(a / n, b / n, shallow=False)]


@pytest.mark.slow
def test_dask_build_equals_local_build(cluster, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    local_cluster, _ = cluster
    corpus = tmp_path / "corpus"
    write_generated_corpus(corpus, 200)
    started = time.perf_counter()
    run = CliRunner().invoke(main, ["build", str(SEEDS), str(corpus), "-o", str(tmp_path / "local")])
    local_seconds = time.perf_counter() - started
    assert run.exit_code == 0, run.output
    articles = int(re.search(r"read (\d+) article", run.output).group(1))
    assert articles >= 200
    started = time.perf_counter()
    run = CliRunner().invoke(main, ["build", str(SEEDS), str(corpus), "-o", str(tmp_path / "dask"), "--quiet",
                                    "--executor", "dask", "--scheduler", local_cluster.scheduler_address,
                                    "--batch-size", "16"])
    dask_seconds = time.perf_counter() - started
    assert run.exit_code == 0, run.output
    print(f"\n{articles} articles: local {local_seconds:.1f} s, Dask (2 workers) {dask_seconds:.1f} s")
    assert _same_files(tmp_path / "local", tmp_path / "dask") == []


def _extract_or_die(marker: Path, log: Path, victim: str, batch):
    """extract_batch, but the first worker to meet ``victim`` dies on the spot (no clean-up, no answer)."""
    from kg.executors import extract_batch

    ids = [getattr(item, "id", "") for item in batch]
    with open(log, "a", encoding="utf-8") as f:
        f.write(ids[0] + "\n")
    if victim in ids:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            pass
        else:
            os.close(fd)
            time.sleep(1)  # as a real crash would: not in the very millisecond the last batch finished
            os._exit(1)
    return extract_batch(batch)


@pytest.mark.slow
def test_a_dead_worker_costs_only_its_batch(cluster, tmp_path):
    import cloudpickle

    from kg.executors import DaskExecutor, LocalExecutor, extract_batch
    from kg.read import read_inputs

    _, client = cluster
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60, seed=7)
    items = list(read_inputs([corpus]))
    victim = items[27].id
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests/
    try:
        log = tmp_path / "batches.log"
        work = functools.partial(_extract_or_die, tmp_path / "died", log, victim)
        on_dask = list(DaskExecutor(client, batch_size=5).map(work, items))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert (tmp_path / "died").exists()  # a worker did die
    reference = list(LocalExecutor(batch_size=5).map(extract_batch, items))
    assert [(a.id, e.facts) for a, e in on_dask] == [(a.id, e.facts) for a, e in reference]
    runs = log.read_text(encoding="utf-8").splitlines()
    first_of_victims_batch = items[25].id
    assert runs.count(first_of_victims_batch) == 2  # its batch ran again, on a living worker
    assert sorted(set(runs)) == sorted({items[i].id for i in range(0, len(items), 5)})
    ran_twice = sorted({r for r in runs if runs.count(r) > 1})
    print(f"\nbatches run: {len(runs)} for {len(items) // 5} batches; run twice: {ran_twice}")
    # finished batches are fetched as soon as they finish, so the death costs at most the victim's
    # batch and, if the worker died while the client was fetching it, the one it finished just before
    assert first_of_victims_batch in ran_twice and len(ran_twice) <= 2
    assert len(runs) <= len(items) // 5 + 2
