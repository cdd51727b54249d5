"""Wire copy (kg/dedup.py): republications of a story are read once and listed as mirrors, so
entity counts are those of the corpus without them; --no-dedup keeps them apart."""
from __future__ import annotations

import json

from .test_cache import _corpus_module


def _counts(graph) -> dict:
    return {n: (d["mentions"], len(d["articles"])) for n, d in graph.nodes(data=True)
            if d["type"] != "Article" and d.get("mentions")}


def test_republished_copies_are_mirrors_and_counts_are_not_inflated(tmp_path, resources):
    from kg.pipeline import build_graph

    records = _corpus_module().generate(15, dup_rate=0.2, seed=5)
    originals, copies = records[:15], records[15:]
    assert len(copies) == 3
    with_copies = tmp_path / "all.jsonl"
    with_copies.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    alone = tmp_path / "originals.jsonl"
    alone.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in originals), encoding="utf-8")

    deduped = build_graph([with_copies], resources=resources, dedup=True).graph
    plain = build_graph([alone], resources=resources, dedup=True).graph
    assert _counts(deduped) == _counts(plain)
    for rec in copies:
        node = f"article/{rec['id']}"
        out = {(v, k) for _, v, k in deduped.out_edges(node, keys=True)}
        assert len(out) == 1 and next(iter(out))[1] == "mirrorOf"
        original = next(iter(out))[0]
        assert deduped.nodes[original]["type"] == "Article" and deduped.nodes[node]["url"] == rec["url"]
        assert deduped.nodes[original]["title"] == rec["title"]

    apart = build_graph([with_copies], resources=resources, dedup=False).graph
    assert not any(k == "mirrorOf" for *_, k in apart.edges(keys=True))
    assert sum(m for m, _ in _counts(apart).values()) > sum(m for m, _ in _counts(plain).values())


def test_mirrors_survive_the_rdf_round_trip(tmp_path, resources):
    from kg.pipeline import build_graph
    from kg.rdfread import load_graph
    from kg.writers import write

    records = _corpus_module().generate(6, dup_rate=0.34, seed=6)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    g = build_graph([corpus], resources=resources, dedup=True).graph
    assert any(k == "mirrorOf" for *_, k in g.edges(keys=True))
    write(g, "trig", tmp_path)
    back = load_graph(tmp_path / "graph.trig")
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == \
        {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}
