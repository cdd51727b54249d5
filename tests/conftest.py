"""Shared fixtures: resources are built once per test session (they take ~1 s)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_d8a4dfaa46811922.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def resources():
    from kg.resources import Resources

    return Resources.load()


@pytest.fixture(scope="session")
def extractor(resources):
    from kg.extract import Extractor

    return Extractor(resources)


@pytest.fixture(scope="session")
def mentions(extractor):
    """The selected mentions of one paragraph of text (``mentions("……")``)."""
    from kg.read import article_from_text

    def run(text: str):
        return extractor.mentions(extractor.doc(article_from_text("t", [text])))
    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, resources):
    """The seed built once, written in every format into a temporary folder."""
    from kg.pipeline import build_graph
    from kg.writers import DEFAULT_FORMATS, write

    out = tmp_path_factory.mktemp("seed_output")
    result = build_graph([SEEDS], resources=resources, keep_extractions=True)
    for fmt in DEFAULT_FORMATS:
        write(result.graph, fmt, out)
    return result, out


@pytest.fixture(scope="session")
def seed_facts(tmp_path_factory, resources):
    """The seed's gold facts as a complete extractor would graph them (tests/seed_facts.py),
    written as graph.ttl, graph.trig and graph.nq."""
    from kg.writers import write

    from .seed_facts import seed_fact_graph

    graph = seed_fact_graph(resources.gazetteer)
    out = tmp_path_factory.mktemp("seed_facts")
    for fmt in ("ttl", "trig", "nq"):
        write(graph, fmt, out)
    return graph, out
