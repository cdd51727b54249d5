"""ontology/shapes.ttl and ``kg validate``: the build's own output conforms, and
every shape fires when the graph is broken on purpose.

pyshacl is slow, so the breakages are all made at once, each on a node of its own,
in one copy of the seed-facts graph, validated once; each case then looks for
its shape on its node in that one report.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
import rdflib
from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from kg.ontology import ontology_dir
from kg.rdf import DEFAULT_BASE_IRI, fact_iri, node_iri
from kg.validate import validate_file, validate_rdflib

from .conftest import ROOT

KG = rdflib.Namespace("https://w3id.org/kg-cn/ontology#")
SHAPES = "https://w3id.org/kg-cn/shapes#"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY = URIRef("https://w3id.org/kg-cn/ontology")

MEETING_BJ = "Meeting/adm/110000/2019-09-08/“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议"
MEETING_SX = "Meeting/adm/140000/2019-09-10/“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议"
ISSUANCE = ("DocumentIssuance/PartyOrganization/内蒙古自治区党委/2019-09-11/"
            "《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》")
DOCUMENT = "Document/《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》"
POST = "Post/PartyOrganization/阿日毛道嘎查党支部/副书记/侍歌"
OBS_49, OBS_PARTY, OBS_ORGS = ("Observation/adm/110000/区局级单位/49", "Observation/adm/110000/党员/1395000",
                               "Observation/adm/110000/党组织/54900")
ARTICLE = "article/000_d8a4dfaa46811922"


def N(node: str) -> URIRef:  # noqa: N802 - a node of the graph
    return URIRef(node_iri(node))


def drop(g, s, p):
    g.remove((s, p, None))


def evidence_of(g, node: str, n: int = 0) -> URIRef:
    return sorted(g.objects(N(node), KG.evidence))[n]


def fresh(g, node: str, cls, label: str | None = None) -> URIRef:
    s = N(node)
    g.add((s, RDF.type, cls))
    if label:
        g.add((s, RDFS.label, Literal(label, lang="zh")))
    return s


# case, breakage, shape (or SPARQL constraint) that must fire, the node it must name (focus or value)
BREAKAGES = [
    ("无中文名", lambda g: drop(g, N("Initiative/三会一课"), RDFS.label), "EntityShape-zhLabel", "Initiative/三会一课"),
    ("名称无语言标签", lambda g: g.add((N("adm/140000"), RDFS.label, Literal("Shanxi"))),
     "EntityShape-labelForm", "adm/140000"),
    ("空白节点实体", lambda g: g.add((rdflib.BNode("x"), RDF.type, KG.Topic)), "EntityShape", None),
    ("别名无语言标签", lambda g: g.add((N("adm/140100"), SKOS.altLabel, Literal("Taiyuan"))),
     "AltLabelShape-language", "adm/140100"),
    ("别名重复名称", lambda g: g.add((N("adm/150100"), SKOS.altLabel, Literal("呼和浩特市", lang="zh"))),
     "AltLabelShape-notCanonical", "adm/150100"),
    ("区划代码非六位", lambda g: g.set((N("adm/140400"), KG.adcode, Literal("1404"))),
     "AdministrativeAreaShape-adcodeForm", "adm/140400"),
    ("两个区划代码", lambda g: g.add((N("adm/152922"), KG.adcode, Literal("152923"))),
     "AdministrativeAreaShape-adcodeCount", "adm/152922"),
    ("统计代码位数不对", lambda g: g.add((N("adm/140400"), KG.statCode, Literal("1404001"))),
     "AdministrativeAreaShape-statCodeForm", "adm/140400"),
    ("区划代码重复", lambda g: (fresh(g, "adm/dup", KG.County, "重复区"),
                          g.add((N("adm/dup"), KG.adcode, Literal("110106")))),
     "AdministrativeCodesShape-unique", "adm/110106"),
    ("区划代码不嵌套", lambda g: g.set((N("adm/110106"), KG.locatedIn, N("adm/140000"))),
     "AdministrativeCodesShape-nested", "adm/110106"),
    ("位于关系成环", lambda g: g.add((N("adm/150000"), KG.locatedIn, N("adm/150100"))),
     "LocatedInShape-acyclic", "adm/150000"),
    ("位于非地点", lambda g: g.add((N("University/首都师范大学"), KG.locatedIn, N("Initiative/接诉即办"))),
     "locatedInRange", "University/首都师范大学"),
    ("事件无日期（警告）", lambda g: drop(g, N(MEETING_SX), KG.date), "EventShape", MEETING_SX),
    ("事件两个日期", lambda g: g.add((N(MEETING_BJ), KG.date, Literal("2019-09-09", datatype=XSD.date))),
     "EventShape-oneDate", MEETING_BJ),
    ("事件两个截止日期", lambda g: g.add((N("Milestone/adm/110000/2019-09-12/北京市第二批主题教育单位全部完成动员部署"),
                                   KG.dateBefore, Literal("2019-09-13", datatype=XSD.date))),
     "EventShape-oneDateBefore", "Milestone/adm/110000/2019-09-12/北京市第二批主题教育单位全部完成动员部署"),
    ("事件开始晚于结束", lambda g: (g.add((N(ISSUANCE), KG.startDate, Literal("2019-09-11", datatype=XSD.date))),
                            g.add((N(ISSUANCE), KG.endDate, Literal("2019-09-01", datatype=XSD.date)))),
     "EventShape-dateOrder", ISSUANCE),
    ("日期不是日期", lambda g: g.set((N(ISSUANCE), KG.date, Literal("九月十一日"))), "dateRange", ISSUANCE),
    ("印发无文件", lambda g: drop(g, N(ISSUANCE), KG.document), "DocumentIssuanceShape-document", ISSUANCE),
    ("任职无人", lambda g: drop(g, N(POST), KG.holder), "PostShape-holder", POST),
    ("任职无职务", lambda g: drop(g, N(POST), KG.role), "PostShape-role", POST),
    ("任职两个单位", lambda g: g.add((N(POST), KG.postIn, N("GovernmentBody/呼和浩特市政府"))), "PostShape-postIn", POST),
    ("任职两个日期", lambda g: (g.add((N(POST), KG.date, Literal("2019-01-01", datatype=XSD.date))),
                          g.add((N(POST), KG.date, Literal("2019-02-01", datatype=XSD.date)))),
     "PostShape-oneDate", POST),
    ("任职开始晚于结束", lambda g: (g.add((N(POST), KG.startDate, Literal("2020-01-01", datatype=XSD.date))),
                            g.add((N(POST), KG.endDate, Literal("2019-01-01", datatype=XSD.date)))),
     "PostShape-dateOrder", POST),
    ("统计无数值", lambda g: drop(g, N(OBS_49), KG.value), "ObservationShape-value", OBS_49),
    ("统计无单位", lambda g: drop(g, N(OBS_49), KG.unit), "ObservationShape-unit", OBS_49),
    ("统计无对象", lambda g: drop(g, N(OBS_PARTY), KG.subject), "ObservationShape-subject", OBS_PARTY),
    ("统计无指标", lambda g: drop(g, N(OBS_PARTY), KG.measure), "ObservationShape-measure", OBS_PARTY),
    ("统计数值非数字", lambda g: g.set((N(OBS_ORGS), KG.value, Literal("五万多"))), "valueRange", OBS_ORGS),
    ("统计两个时期", lambda g: (g.add((N(OBS_ORGS), KG.period, Literal("2019"))),
                          g.add((N(OBS_ORGS), KG.period, Literal("2019-H1")))), "ObservationShape-period", OBS_ORGS),
    ("统计两个变化率", lambda g: (g.add((N(OBS_ORGS), KG.change, Literal("0.1", datatype=XSD.decimal))),
                           g.add((N(OBS_ORGS), KG.change, Literal("0.2", datatype=XSD.decimal)))),
     "ObservationShape-change", OBS_ORGS),
    ("统计两个比较基准", lambda g: (g.add((N(OBS_ORGS), KG.changeBasis, Literal("同比"))),
                             g.add((N(OBS_ORGS), KG.changeBasis, Literal("环比")))),
     "ObservationShape-changeBasis", OBS_ORGS),
    ("文件两个文号", lambda g: (g.add((N(DOCUMENT), KG.docNumber, Literal("内党发〔2019〕1号"))),
                          g.add((N(DOCUMENT), KG.docNumber, Literal("内党发〔2019〕2号")))),
     "DocumentShape-docNumber", DOCUMENT),
    ("文件两个文种", lambda g: g.add((N(DOCUMENT), KG.genre, Literal("通知"))), "DocumentShape-genre", DOCUMENT),
    ("文件两个标题", lambda g: (g.add((N(DOCUMENT), KG.title, Literal("甲"))), g.add((N(DOCUMENT), KG.title, Literal("乙")))),
     "DocumentShape-title", DOCUMENT),
    ("稿件无标题", lambda g: (drop(g, N("article/other"), KG.title),
                         fresh(g, "article/other", KG.Article)), "ArticleShape", "article/other"),
    ("稿件两个标题", lambda g: g.add((N(ARTICLE), KG.title, Literal("另一个标题"))), "ArticleShape-title", ARTICLE),
    ("稿件两个日期", lambda g: (g.add((N(ARTICLE), KG.date, Literal("2019-09-13", datatype=XSD.date))),
                          g.add((N(ARTICLE), KG.date, Literal("2019-09-14", datatype=XSD.date)))),
     "ArticleShape-date", ARTICLE),
    ("稿件两个编号", lambda g: g.add((N(ARTICLE), KG.number, Literal("14"))), "ArticleShape-number", ARTICLE),
    ("稿件两个文件", lambda g: g.add((N(ARTICLE), KG.file, Literal("b.txt"))), "ArticleShape-file", ARTICLE),
    ("稿件两个网址", lambda g: (g.add((N(ARTICLE), KG.sourceUrl, Literal("http://a.cn/1", datatype=XSD.anyURI))),
                          g.add((N(ARTICLE), KG.sourceUrl, Literal("http://a.cn/2", datatype=XSD.anyURI)))),
     "ArticleShape-sourceUrl", ARTICLE),
    ("两个类型互斥", lambda g: g.add((N("Person/侍歌"), RDF.type, KG.Place)), "DisjointClassesShape-noClash", "Person/侍歌"),
    ("陈述无宾语", lambda g: drop(g, URIRef(fact_iri("adm/110000", "implements", "Initiative/接诉即办")), RDF.object),
     "StatementShape-object", fact_iri("adm/110000", "implements", "Initiative/接诉即办")),
    ("陈述无主语", lambda g: drop(g, URIRef(fact_iri("adm/110106", "uses", "Landmark/卢沟桥")), RDF.subject),
     "StatementShape-subject", fact_iri("adm/110106", "uses", "Landmark/卢沟桥")),
    ("陈述两个谓语", lambda g: g.add((URIRef(fact_iri("Person/侍歌", "hasRole", "Role/副书记")), RDF.predicate, KG.role)),
     "StatementShape-predicate", fact_iri("Person/侍歌", "hasRole", "Role/副书记")),
    ("陈述无出处", lambda g: [drop(g, URIRef(fact_iri("adm/140100", "locatedIn", "adm/140000")), p)
                         for p in (KG.evidence, KG.sourceArticle, KG.method)],
     "StatementShape", fact_iri("adm/140100", "locatedIn", "adm/140000")),
]

# breakages of evidence: (case, change, shape); each on an evidence span of its own, or on
# the sentence it points at (each sentence is stored once); the change returns the node it broke
def _sentence(g, e):
    return g.value(e, KG.sentence)


def _on_sentence(change):
    def breakage(g, e):
        s = _sentence(g, e)
        change(g, s)
        return s
    return breakage


def _on_span(change):
    def breakage(g, e):
        change(g, e)
        return e
    return breakage


EVIDENCE_BREAKAGES = [
    ("句子无稿件", _on_sentence(lambda g, s: drop(g, s, KG.inArticle)), "SentenceShape-inArticle"),
    ("句子无文本", _on_sentence(lambda g, s: drop(g, s, KG.sentenceText)), "SentenceShape-sentenceText"),
    ("句子无起点", _on_sentence(lambda g, s: drop(g, s, KG.startOffset)), "SentenceShape-startOffset"),
    ("句子负终点", _on_sentence(lambda g, s: g.set((s, KG.endOffset, Literal(-1)))), "SentenceShape-endOffset"),
    ("证据无句子", _on_span(lambda g, e: drop(g, e, KG.sentence)), "EvidenceShape"),
    ("证据两个句子", _on_span(lambda g, e: g.add((e, KG.sentence, N("sentence/x/0-1")))), "EvidenceShape-sentence"),
    ("提及在句子之前", _on_span(lambda g, e: g.set((e, KG.mentionStart, Literal(0)))), "EvidenceTextShape-mentionInSentence"),
    ("提及起点在终点后", _on_span(lambda g, e: g.add((e, KG.mentionStart, Literal(10**6)))), "EvidenceShape-mentionStart"),
    ("提及超出句子", _on_span(lambda g, e: g.set((e, KG.mentionEnd, Literal(10**6)))), "EvidenceTextShape-mentionInSentence"),
    ("两个提及文本", _on_span(lambda g, e: (g.add((e, KG.mentionText, Literal("另一个"))),
                                         g.add((e, KG.mentionText, Literal("又一个"))))), "EvidenceShape-mentionText"),
    ("句子长度不符", _on_sentence(lambda g, s: g.set((s, KG.sentenceText, Literal("太短。")))),
     "EvidenceTextShape-sentenceLength"),
    ("两个提及终点", _on_span(lambda g, e: g.add((e, KG.mentionEnd, Literal(10**6 + 1)))), "EvidenceShape-mentionEnd"),
    ("提及只有起点", _on_span(lambda g, e: drop(g, e, KG.mentionEnd)), "EvidenceTextShape-mentionPair"),
    ("提及文本不符", _on_span(lambda g, e: g.set((e, KG.mentionText, Literal("错字")))), "EvidenceTextShape-mentionText"),
]


def _domain_range_shapes() -> list[tuple[str, str]]:
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    out = []
    for s in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)):
        name = str(s)[len(SHAPES):]
        for suffix in ("Domain", "Range"):
            if str(s).startswith(SHAPES) and name.endswith(suffix) and name[0].islower():
                out.append((name[:-len(suffix)], suffix))
    return sorted(out)


DOMAIN_RANGE = _domain_range_shapes()


def _probe_every_domain_and_range(g) -> None:
    """For each property with a domain or range shape: a subject outside any domain
    (a topic, and a person for domains that hold topics) and an object of the wrong kind
    (a literal where a node belongs, a node where a literal belongs)."""
    onto = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    topic = fresh(g, "Topic/探针", KG.Topic, "探针")
    person = fresh(g, "Person/探针", KG.Person, "探针")
    for prop in sorted({p for p, _ in DOMAIN_RANGE}):
        p = KG[prop]
        wrong = Literal("错误", lang="zh") if (p, RDF.type, rdflib.OWL.ObjectProperty) in onto else topic
        for s in (topic, person):
            g.add((s, p, wrong))


@pytest.fixture(scope="module")
def broken(seed_facts):
    """The seed-facts graph with every breakage above, and its one validation report."""
    g = rdflib.Graph().parse(seed_facts[1] / "graph.ttl", format="turtle")
    for _case, breakage, _shape, _node in BREAKAGES:
        breakage(g)
    evidence = sorted(set(g.subjects(RDF.type, KG.Evidence)) - {evidence_of(g, "adm/110000")})
    evidence = [e for e in evidence if (e, KG.mentionStart, None) in g]
    # one span per breakage, each in a sentence of its own (a broken sentence must not hide another)
    by_sentence = {}
    for e in evidence:
        by_sentence.setdefault(_sentence(g, e), e)
    spans = sorted(by_sentence.values())
    assert len(spans) >= len(EVIDENCE_BREAKAGES)
    targets = {}
    for (case, breakage, _shape), e in zip(EVIDENCE_BREAKAGES, spans):
        targets[case] = breakage(g, e)
    _probe_every_domain_and_range(g)
    return validate_rdflib(g), targets


def _short(iri: str) -> str:
    return f"<{iri[len(DEFAULT_BASE_IRI):]}>"


def fired(report, shape: str, iri: str | None) -> bool:
    names = {f"kgsh:{shape}"}
    return any(names & {v.shape, v.constraint} and (iri is None or _short(iri) in (v.focus, v.value))
               for v in report.violations)


def test_the_seed_build_conforms(seed_build):
    report = validate_file(seed_build[1] / "graph.ttl")
    assert report.conforms, report.describe()
    assert not [v for v in report.violations if v.severity == "Violation"]


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.nq"])
def test_the_seed_facts_conform_in_every_format(seed_facts, name):
    report = validate_file(seed_facts[1] / name)
    assert report.conforms, report.describe()


def test_undated_campaigns_are_warnings_not_violations(seed_facts):
    report = validate_file(seed_facts[1] / "graph.ttl")
    assert {v.focus for v in report.violations} == {"<Campaign/“不忘初心、牢记使命”主题教育>", "<Campaign/第二批主题教育>"}
    assert {v.severity for v in report.violations} == {"Warning"}


@pytest.mark.parametrize("case,shape,node", [(c, s, n) for c, _b, s, n in BREAKAGES], ids=[c for c, *_ in BREAKAGES])
def test_each_shape_fires_on_its_breakage(broken, case, shape, node):
    report, _ = broken
    assert not report.conforms
    assert fired(report, shape, node_iri(node) if node and not node.startswith("http") else node), case


@pytest.mark.parametrize("case,shape", [(c, s) for c, _b, s in EVIDENCE_BREAKAGES], ids=[c for c, *_ in EVIDENCE_BREAKAGES])
def test_each_evidence_shape_fires(broken, case, shape):
    report, targets = broken
    assert fired(report, shape, str(targets[case])), case


@pytest.mark.parametrize("prop,kind", DOMAIN_RANGE, ids=[f"{p}{k}" for p, k in DOMAIN_RANGE])
def test_each_domain_and_range_shape_fires(broken, prop, kind):
    report, _ = broken
    probes = [node_iri("Topic/探针"), node_iri("Person/探针")]
    assert any(fired(report, f"{prop}{kind}", p) for p in probes)


def test_messages_are_plain_words_naming_node_property_and_value(broken):
    report, _ = broken
    (line,) = [v.describe() for v in report.violations if v.shape == "kgsh:AdministrativeAreaShape-adcodeForm"
               and v.focus == "<adm/140400>"]
    assert line == '长治市 <adm/140400>, kg:adcode = "1404": kg:adcode must be six digits, a GB/T 2260 code such as "320100".'


def test_kg_validate_exit_status_and_output(seed_facts, tmp_path):
    ok = subprocess.run([sys.executable, "-m", "kg", "validate", str(seed_facts[1] / "graph.ttl")], cwd=ROOT,
                        capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms to the SHACL shapes" in ok.stdout
    g = rdflib.Graph().parse(seed_facts[1] / "graph.ttl", format="turtle")
    g.set((N("adm/110000"), KG.adcode, Literal("11000")))
    g.remove((N("Initiative/接诉即办"), RDFS.label, None))
    bad_file = tmp_path / "bad.ttl"
    bad_file.write_text(g.serialize(format="turtle"), encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "kg", "validate", str(bad_file)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1
    assert '北京市 <adm/110000>, kg:adcode = "11000": kg:adcode must be six digits' in bad.stdout
    assert "<Initiative/接诉即办>, rdfs:label: An entity must have exactly one rdfs:label tagged @zh" in bad.stdout
    assert bad.stdout.rstrip().endswith("does not conform: 2 violation(s), 2 warning(s)")


def test_every_shape_of_shapes_ttl_has_a_breakage_above():
    """A shape with no case here is a shape no test has seen fire."""
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    named = {str(s)[len(SHAPES):] for t in (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
             for s in shapes.subjects(RDF.type, t) if str(s).startswith(SHAPES)}
    covered = {s for _c, _b, s, _n in BREAKAGES} | {s for _c, _b, s in EVIDENCE_BREAKAGES}
    covered |= {f"{p}{k}" for p, k in DOMAIN_RANGE}

    def children(name):
        s = URIRef(SHAPES + name)
        return {str(c)[len(SHAPES):] for p in (SH.property, SH.sparql) for c in shapes.objects(s, p)}

    # a shape that only groups property shapes or SPARQL constraints fires through them
    uncovered = {n for n in named - covered if not children(n) or not children(n) <= covered}
    assert uncovered == set()
