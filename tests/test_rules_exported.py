"""A fact's rule (source) and score travel with its evidence: kg:extractedBy and kg:confidence on the
evidence span in RDF, columns of evidence.csv and of KnowledgeGraph.relations(), and back through kg.load."""
from __future__ import annotations

import csv
import io

import rdflib

KG = rdflib.Namespace("https://w3id.org/kg-cn/ontology#")


def test_rdf_evidence_names_its_rule_and_score(seed_build):
    result, out = seed_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    spans = set(g.subjects(rdflib.RDF.type, KG.Evidence))
    rules = {str(g.value(e, KG.extractedBy)) for e in spans if g.value(e, KG.extractedBy) is not None}
    graph_rules = {ev["source"] for _, _, d in result.graph.edges(data=True) for ev in d.get("evidence", ())
                   if ev.get("source")}
    assert graph_rules and graph_rules <= rules
    for e in spans:
        score = g.value(e, KG.confidence)
        if score is not None:
            assert 0.0 <= float(score) <= 1.0
            assert g.value(e, KG.sentence) is not None       # the span, not a copy of its sentence
            assert g.value(e, KG.sentenceText) is None


def test_csv_and_api_fact_tables_carry_source_and_score(seed_build):
    import kg

    result, out = seed_build
    rows = list(csv.DictReader(io.StringIO((out / "evidence.csv").read_text(encoding="utf-8-sig"))))
    facts = [r for r in rows if r["relation"] and r["relation"] not in ("mentions", "coMentionedWith")]
    assert facts and all(r["source"] for r in facts)
    edge = result.graph.edges[facts[0]["head"], facts[0]["tail"], facts[0]["relation"]]
    assert facts[0]["source"] in {ev.get("source") for ev in edge["evidence"]}
    table = kg.KnowledgeGraph(result.graph).relations()
    assert {"sources", "score"} <= set(table.columns)
    read = table[table["evidence"].notna()]           # (a gazetteer link was read in no sentence)
    assert len(read) > 20 and read["sources"].map(len).gt(0).all() and read["score"].between(0, 1).all()
    back = kg.load(out / "graph.trig").relations()
    assert back[["head", "relation", "tail", "sources", "score"]].equals(table[["head", "relation", "tail", "sources",
                                                                               "score"]])
