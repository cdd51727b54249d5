"""How fast the RDF writers and kg.load are, against rdflib's Turtle serializer as the baseline.

    python bench/rdf_export.py [NODES] [EDGES]

Builds a synthetic graph in the contract's shape (initiatives with aliases,
evidence and article links; typed and co-mention edges with evidence), then
times each writer and the way back, and rdflib serialising the same triples.
Prints a table; nothing is written outside a temporary folder.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx


def synthetic_graph(nodes: int, edges: int, articles: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    sentence = "北京市将某项工作作为第二批主题教育的一项专项工作，集中力量解决群众反映强烈的问题。"

    def ev(a: int) -> dict:
        s = rng.randrange(0, 5000)
        return {"article": f"a{a}", "sentence": sentence, "sentence_start": s, "sentence_end": s + len(sentence),
                "start": s + 3, "end": s + 6}

    def key(e: dict):
        return (e["article"], e["sentence_start"], e["start"], e["end"])

    for a in range(articles):
        g.add_node(f"article/a{a}", type="Article", label=f"标题{a}", aliases=[], mentions=0, articles=[f"a{a}"],
                   evidence=[], title=f"标题{a}", number=str(a), source=f"in/a{a}.txt")
    names = []
    for i in range(nodes):
        arts = sorted({rng.randrange(articles) for _ in range(3)})
        names.append(f"Initiative/举措{i}")
        g.add_node(names[-1], type="Initiative", label=f"举措{i}", aliases=[f"别名{i}"], mentions=len(arts),
                   articles=[f"a{a}" for a in arts], evidence=sorted((ev(a) for a in arts), key=key))
    for _ in range(edges):
        u, v = rng.sample(names, 2)
        a = rng.randrange(articles)
        rel = rng.choice(["implements", "partOf", "coMentionedWith"])
        g.add_edge(u, v, key=rel, relation=rel, count=1, articles=[f"a{a}"], evidence=[ev(a)])
    return g


def main(nodes: int = 4000, edges: int = 16000) -> None:
    from kg.rdfread import load_graph
    from kg.rdf import graph_quads, to_rdf
    from kg.writers import render

    g = synthetic_graph(nodes, edges, articles=max(10, nodes // 40))
    print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    print(f"{'step':<26}{'seconds':>9}  size (quads, kB or edges)")

    class Rows(list):
        def append(self, row):
            print(f"{row[0]:<26}{row[1]:>9.2f}  {row[2]}", flush=True)

    rows = Rows()
    t = time.perf_counter()
    quads = len(graph_quads(g))
    rows.append(("graph_quads", time.perf_counter() - t, quads))
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("nq", "ttl", "trig"):
            t = time.perf_counter()
            text = render(g, fmt)
            rows.append((f"write graph.{fmt}", time.perf_counter() - t, len(text.encode()) // 1000))
            Path(tmp, f"graph.{fmt}").write_text(text, encoding="utf-8")
        for fmt in ("nq", "ttl"):
            t = time.perf_counter()
            back = load_graph(Path(tmp, f"graph.{fmt}"))
            rows.append((f"kg.load graph.{fmt}", time.perf_counter() - t, back.number_of_edges()))
        t = time.perf_counter()
        rdf = to_rdf(g, ontology=False)
        built = time.perf_counter() - t
        t = time.perf_counter()
        text = rdf.serialize(format="turtle")
        rows.append(("baseline: rdflib Graph", built, len(rdf)))
        rows.append(("baseline: rdflib turtle", time.perf_counter() - t, len(text.encode()) // 1000))


if __name__ == "__main__":
    main(*(int(x) for x in sys.argv[1:3]))
