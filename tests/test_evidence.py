"""Every fact in graph.json can be traced to its sentence: offsets slice out the evidence.

The co-mention layer is aggregated (a weight per pair, no sentence list): it is not a typed edge."""
from __future__ import annotations

import json
import random

import networkx as nx
import pytest

SAMPLE = 60


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    result, out = seed_build
    import kg

    texts = {a.id: a.text for a in result.articles}
    # graph.json holds the offsets, sentences.csv each sentence once: kg.load joins them
    return kg.load(out).graph, texts


def _check(ev: dict, texts: dict[str, str]) -> str:
    text = texts[ev["article"]]
    assert text[ev["sentence_start"]:ev["sentence_end"]] == ev["sentence"]
    if "start" in ev:
        assert ev["sentence_start"] <= ev["start"] < ev["end"] <= ev["sentence_end"]
        return text[ev["start"]:ev["end"]]
    return ""


def test_random_typed_edges_slice_their_sentence(seed_graph):
    g, texts = seed_graph
    edges = sorted((u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if k not in ("mentions", "coMentionedWith") and d["articles"])
    assert len(edges) > 20
    rng = random.Random(5)
    for u, v, k in rng.sample(edges, min(SAMPLE, len(edges))):
        evidence = g.edges[u, v, k]["evidence"]
        assert evidence, (u, k, v)
        for ev in evidence:
            span = _check(ev, texts)
            assert span, (u, k, v)


def test_every_typed_edge_has_evidence(seed_graph):
    g, _ = seed_graph
    # (edges read from no article are the gazetteer's parent links of places the text does not name)
    missing = [(u, k, v) for u, v, k, d in g.edges(keys=True, data=True)
               if k not in ("mentions", "coMentionedWith") and d["articles"] and not d["evidence"]]
    assert missing == []


def test_random_nodes_slice_their_mentions(seed_graph):
    g, texts = seed_graph
    nodes = sorted(n for n, d in g.nodes(data=True) if d["evidence"])
    rng = random.Random(7)
    for n in rng.sample(nodes, min(SAMPLE, len(nodes))):
        d = g.nodes[n]
        for ev in d["evidence"]:
            span = _check(ev, texts)
            if d["type"] not in ("Observation", "Post", "Meeting", "DocumentIssuance", "Visit", "Milestone",
                                 "Event", "Role"):
                # an entity's evidence span is one of its names, or an anaphor resolved to it
                assert span in {d["label"], *d["aliases"]} or len(span) <= 3, (n, span)


def test_comention_layer_is_apart_and_weighted(seed_graph):
    g, _ = seed_graph
    co = [(u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == "coMentionedWith"]
    assert co
    for u, v, d in co:
        assert d["layer"] == "comention" and d["weight"] == d["count"] >= 1 and u < v
    typed = [d for _, _, k, d in g.edges(keys=True, data=True) if k not in ("coMentionedWith", "mentions")]
    assert all(d.get("layer") != "comention" for d in typed)
