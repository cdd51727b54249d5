"""The ontology is the one source of class and property names: the code, its data
files and its RDF output use no name ontology/kg.ttl does not declare."""
from __future__ import annotations

import ast
import re

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.ontology import KG, load_ontology, ontology_dir
from kg.rdf import EDGE_PROPERTIES, EVIDENCE_PROPERTIES, NODE_PROPERTIES

from .conftest import ROOT

CAMEL_CLASS = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*\Z")

# every name of SCHEMA.md (classes, properties, and the names the issues add)
SCHEMA_CLASSES = """Place AdministrativeArea Province Prefecture County Township Village Landmark NaturalPlace
    Organization GovernmentBody PartyOrganization University School Hospital Company Person Role Event Meeting
    DocumentIssuance Visit Milestone Campaign Initiative Document Topic Concept Article Observation Country Post""".split()
SCHEMA_PROPERTIES = """locatedIn partOf implements participatesIn uses focusesOn issuedBy memberOf hasRole visited
    organizer place date dateBefore document campaign mentions subject measure value unit adcode holder role postIn
    startDate endDate chair attendee docNumber genre period change changeBasis mirrorOf""".split()
SUBCLASSES = [("Province", "AdministrativeArea"), ("Village", "Place"), ("Landmark", "Place"),
              ("University", "Organization"), ("PartyOrganization", "Organization"), ("Meeting", "Event"),
              ("DocumentIssuance", "Event"), ("Campaign", "Event"), ("Country", "Place")]


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_schema_names_are_all_declared(onto):
    assert set(SCHEMA_CLASSES) - onto.classes == set()
    assert set(SCHEMA_PROPERTIES) - onto.properties == set()


@pytest.mark.parametrize("sub,sup", SUBCLASSES)
def test_class_tree(onto, sub, sup):
    assert onto.is_subclass(sub, sup)


def test_every_term_has_chinese_and_english_labels_and_a_definition():
    g = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    onto = load_ontology()
    skos_def = rdflib.SKOS.definition
    for name in sorted(onto.terms):
        term = rdflib.URIRef(KG + name)
        langs = {lit.language for lit in g.objects(term, rdflib.RDFS.label)}
        assert {"zh", "en"} <= langs, name
        assert {lit.language for lit in g.objects(term, skos_def)} >= {"zh", "en"}, name


def test_ontology_and_shapes_parse_with_both_libraries():
    for name in ("kg.ttl", "shapes.ttl"):
        path = ontology_dir() / name
        assert len(rdflib.Graph().parse(path, format="turtle")) == len(list(ox.parse(path=str(path)))) > 100


def test_the_rdf_mapping_tables_name_declared_properties(onto):
    for name in [*NODE_PROPERTIES.values(), *EDGE_PROPERTIES.values(), *EVIDENCE_PROPERTIES.values(),
                 "evidence", "inArticle", "sourceArticle", "mentionText"]:
        assert name in onto.properties, name


def _kg_terms_used(path):
    """(classes, object properties, datatype properties) of the kg: namespace used in an RDF file."""
    classes, objects, literals = set(), set(), set()
    for q in ox.parse(path=str(path)):
        p = q.predicate.value
        if p == str(rdflib.RDF.type) and q.object.value.startswith(KG):
            classes.add(q.object.value[len(KG):])
        elif p == str(rdflib.RDF.predicate) and q.object.value.startswith(KG):
            objects.add(q.object.value[len(KG):])
        elif p.startswith(KG):
            (literals if isinstance(q.object, ox.Literal) else objects).add(p[len(KG):])
    return classes, objects, literals


@pytest.mark.parametrize("which", ["seed_build", "seed_facts"])
def test_rdf_output_uses_only_declared_terms_of_the_right_kind(request, onto, which):
    out = request.getfixturevalue(which)[1]
    classes, objects, literals = _kg_terms_used(out / "graph.nq")
    assert classes - onto.classes == set()
    assert objects - onto.object_properties == set()
    assert literals - (onto.datatype_properties | onto.annotation_properties) == set()


@pytest.mark.parametrize("which", ["seed_build", "seed_facts"])
def test_graph_types_and_relations_are_ontology_names(request, onto, which):
    graph = request.getfixturevalue(which)[0]
    if not isinstance(graph, nx.MultiDiGraph):  # a BuildResult
        graph = graph.graph
    assert {d["type"] for _, d in graph.nodes(data=True)} - onto.classes == set()
    assert {k for *_, k in graph.edges(keys=True)} - onto.object_properties == set()


def _code_relation_names():
    """Relation names written in kg/ as literals: ``Fact(head, "rel", ...)`` and ``relation="rel"``."""
    names = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = getattr(node.func, "id", getattr(node.func, "attr", ""))
            args = []
            if func == "Fact" and len(node.args) > 1:
                args.append(node.args[1])
            args += [k.value for k in node.keywords if k.arg == "relation"]
            for a in args:
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    names.setdefault(a.value, path.relative_to(ROOT).as_posix())
    return names


def test_relations_named_in_the_code_are_declared(onto):
    names = _code_relation_names()
    assert "locatedIn" in names  # the scan finds what it looks for
    assert {n: f for n, f in names.items() if n not in onto.object_properties} == {}


def test_class_names_in_the_data_files_are_declared(onto):
    """Lexicons name classes in their columns (纪念馆 → Landmark): each must be an ontology class."""
    unknown = {}
    files = sorted((ROOT / "kg" / "data").rglob("*.tsv")) + sorted((ROOT / "kg" / "data").rglob("*.txt"))
    seen = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for field in line.split("\t"):
                if CAMEL_CLASS.match(field.strip()):
                    seen += 1
                    if field.strip() not in onto.classes:
                        unknown.setdefault(field.strip(), path.name)
    assert seen > 0
    assert unknown == {}
