"""``kg serve``: the SPARQL 1.1 Protocol endpoint, queried by a real client over real HTTP."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from kg.errors import KGError
from kg.serve import is_update, negotiate, render_boolean, render_solutions, resolve_source

from .conftest import ROOT

PREFIXES = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PROVINCES = PREFIXES + "SELECT ?p ?label WHERE { ?p a kg:Province ; rdfs:label ?label } ORDER BY ?p"
CHAIN = PREFIXES + """SELECT ?county ?province (COUNT(?mid) AS ?hops) WHERE {
  ?c a kg:County ; rdfs:label ?county ; kg:locatedIn+ ?mid .
  ?mid kg:locatedIn* ?p . ?p a kg:Province ; rdfs:label ?province .
} GROUP BY ?county ?province ORDER BY ?county"""
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 1.0
MAX_ROWS = 50


# -- what a request asks for: tables of cases ---------------------------------------------------

@pytest.mark.parametrize("query,op", [
    ("INSERT DATA { <a:b> <a:c> <a:d> }", "INSERT"),
    ('PREFIX kg: <https://w3id.org/kg-cn/ontology#>\ninsert data { kg:a kg:b "省" }', "INSERT"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("  # 清空\nCLEAR ALL", "CLEAR"),
    ("LOAD <http://example.org/x.ttl>", "LOAD"),
    ("DROP GRAPH <a:g>", "DROP"),
    ("BASE <http://e.org/> PREFIX : <x#> WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("SELECT * WHERE { ?s ?p ?o }", None),
    ('SELECT ?s WHERE { ?s ?p "INSERT DATA" }', None),               # in a string
    ("PREFIX del: <http://e.org/DELETE#> SELECT * WHERE { ?s del:x ?o }", None),  # in an IRI
    ("# INSERT DATA\nASK { ?s ?p ?o }", None),                        # in a comment
    ("CONSTRUCT WHERE { ?s ?p ?o }", None),
    ("DESCRIBE <a:b>", None),
])
def test_is_update(query, op):
    assert is_update(query) == op


@pytest.mark.parametrize("accept,fmt,expected", [
    (None, None, ("json", "turtle")),
    ("*/*", None, ("json", "turtle")),
    ("application/sparql-results+json,application/json,text/javascript,application/javascript", None,
     ("json", "turtle")),
    ("application/sparql-results+xml", None, ("xml", "turtle")),
    ("text/csv", None, ("csv", "turtle")),
    ("text/tab-separated-values", None, ("tsv", "turtle")),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", None, ("xml", "turtle")),
    ("application/n-triples", None, ("json", "ntriples")),
    ("application/rdf+xml, text/csv", None, ("csv", "rdfxml")),
    ("text/html", "csv", ("csv", "turtle")),          # format= wins
    ("text/csv", "json", ("json", "turtle")),
    (None, "turtle", ("json", "turtle")),
    ("image/png", None, (None, None)),
    ("text/csv;q=0", None, (None, None)),
])
def test_negotiate(accept, fmt, expected):
    assert negotiate(accept, fmt) == expected


def test_resolve_source_prefers_named_graphs(tmp_path):
    for name in ("graph.ttl", "graph.nq"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert resolve_source(tmp_path).name == "graph.nq"
    assert resolve_source(tmp_path / "graph.ttl").name == "graph.ttl"
    (tmp_path / "graph.json").write_text("{}", encoding="utf-8")
    with pytest.raises(KGError, match="not an RDF export"):
        resolve_source(tmp_path / "graph.json")
    with pytest.raises(KGError, match="no such file or folder"):
        resolve_source(tmp_path / "missing")
    (tmp_path / "sub").mkdir()
    with pytest.raises(KGError, match="no graph.nq, graph.trig, graph.ttl"):
        resolve_source(tmp_path / "sub")


@pytest.fixture()
def terms():
    import pyoxigraph as ox

    return [ox.NamedNode("https://w3id.org/kg-cn/id/adm/110000"), ox.Literal("北京市", language="zh"),
            ox.Literal("8", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), None,
            ox.BlankNode("b0"), ox.Literal('说"好"\t')]


def test_results_in_four_formats(terms):
    variables = ["s", "label", "n", "unbound", "b", "text"]
    j = json.loads(render_solutions(variables, [terms], "json"))
    assert j["head"]["vars"] == variables
    assert j["results"]["bindings"][0] == {
        "s": {"type": "uri", "value": "https://w3id.org/kg-cn/id/adm/110000"},
        "label": {"type": "literal", "value": "北京市", "xml:lang": "zh"},
        "n": {"type": "literal", "value": "8", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
        "b": {"type": "bnode", "value": "b0"},
        "text": {"type": "literal", "value": '说"好"\t'}}
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(render_solutions(variables, [terms], "xml"))
    bindings = {b.get("name"): b[0] for b in root.find("r:results/r:result", ns)}
    assert bindings["label"].text == "北京市"
    assert bindings["label"].get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert "unbound" not in bindings and bindings["s"].tag.endswith("uri")
    rows = list(csv.reader(io.StringIO(render_solutions(variables, [terms], "csv").decode("utf-8"))))
    assert rows == [variables, ["https://w3id.org/kg-cn/id/adm/110000", "北京市", "8", "", "_:b0", '说"好"\t']]
    tsv = render_solutions(variables, [terms], "tsv").decode("utf-8").split("\n")
    assert tsv[0] == "?s\t?label\t?n\t?unbound\t?b\t?text"
    assert tsv[1].split("\t")[:5] == ["<https://w3id.org/kg-cn/id/adm/110000>", '"北京市"@zh',
                                      '"8"^^<http://www.w3.org/2001/XMLSchema#integer>', "", "_:b0"]


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda b: json.loads(b) == {"head": {}, "boolean": True}),
    ("xml", lambda b: b"<boolean>true</boolean>" in b),
    ("csv", lambda b: b.split() == [b"_askResult", b"true"]),
])
def test_ask_results(fmt, check):
    assert check(render_boolean(True, fmt))


# -- the server, as a real process --------------------------------------------------------------

@pytest.fixture(scope="module")
def server(seed_build):
    """``kg serve`` on the seed's output folder, on a free loopback port."""
    _, out = seed_build
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", "0", "--timeout", str(TIMEOUT),
                             "--max-rows", str(MAX_ROWS), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    if not line.startswith("serving"):
        proc.kill()
        pytest.fail(f"kg serve did not start: {line}{proc.stderr.read()}")
    url = line.split(" at ")[1].split(";")[0]
    yield {"url": url, "source": line.split()[1], "out": out, "proc": proc}
    workers = _children(proc.pid)
    proc.terminate()
    proc.wait(timeout=10)
    time.sleep(0.5)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}")], "query workers outlived the server"


def _children(pid: int) -> list[int]:
    path = f"/proc/{pid}/task/{pid}/children"
    if not os.path.exists(path):
        return []
    with open(path) as fh:
        return [int(p) for p in fh.read().split()]


def sparql(server, query, fmt="json", method="GET"):
    from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, XML, SPARQLWrapper

    client = SPARQLWrapper(server["url"])
    client.setQuery(query)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    if method != "GET":
        client.setMethod(POST)
        if method == "POSTDIRECTLY":
            client.setRequestMethod(POSTDIRECTLY)
    return client.query().convert()


def http(server, path="/sparql", data=None, headers=None, method=None):
    req = urllib.request.Request(server["url"].rsplit("/sparql", 1)[0] + path, data=data, headers=headers or {},
                                 method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def library_rows(server, query):
    from kg.query import run_query

    return [list(r) for r in run_query(server["source"], query).rows]


def json_rows(result):
    variables = result["head"]["vars"]
    return [[b[v]["value"] if v in b else None for v in variables] for b in result["results"]["bindings"]]


def test_binds_to_loopback(server):
    assert server["url"].startswith("http://127.0.0.1:")


@pytest.mark.parametrize("query", [PROVINCES, CHAIN])
@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_results_match_the_library(server, query, method):
    rows = json_rows(sparql(server, query, "json", method))
    assert rows == library_rows(server, query)
    assert rows


def test_results_match_kg_query(server):
    r = subprocess.run([sys.executable, "-m", "kg", "query", "--help"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip("no `kg query` command in this tree")
    r = subprocess.run([sys.executable, "-m", "kg", "query", server["source"], PROVINCES, "--format", "json"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    cli = [[row[c] for c in ("p", "label")] for row in json.loads(r.stdout)]
    assert cli == json_rows(sparql(server, PROVINCES))


def test_seed_provinces(server):
    labels = [label for _, label in json_rows(sparql(server, PROVINCES))]
    assert {"北京市", "山西省", "内蒙古自治区"} <= set(labels)


@pytest.mark.parametrize("fmt", ["xml", "csv", "tsv"])
def test_other_result_formats_agree(server, fmt):
    expected = library_rows(server, PROVINCES)
    got = sparql(server, PROVINCES, fmt)
    if fmt == "xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(got.toxml())     # SPARQLWrapper gives a minidom document
        rows = [[res.find("r:binding[@name='p']/r:uri", ns).text, res.find("r:binding[@name='label']/r:literal", ns).text]
                for res in root.find("r:results", ns)]
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(got.decode("utf-8"))))[1:]
    else:
        lines = got.decode("utf-8").strip().split("\n")[1:]
        rows = [[c.strip("<>") if c.startswith("<") else c.split('"')[1] for c in line.split("\t")] for line in lines]
    assert rows == expected


def test_ask_and_construct(server):
    assert sparql(server, PREFIXES + "ASK { ?p a kg:Province }")["boolean"] is True
    status, headers, body = http(server, "/sparql?" + urllib.parse.urlencode(
        {"query": PREFIXES + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Province ; rdfs:label ?l }"}),
        headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    import rdflib

    g = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert {str(o) for o in g.objects()} >= {"北京市", "山西省", "内蒙古自治区"}


@pytest.mark.parametrize("how", ["client", "form", "sparql-update", "update-param"])
def test_updates_are_refused(server, how):
    insert = PREFIXES + 'INSERT DATA { kg:x rdfs:label "不该写入" }'
    if how == "client":
        with pytest.raises(Exception) as info:
            sparql(server, insert, method="POST")
        assert "403" in str(info.value) or getattr(info.value, "code", None) == 403
    else:
        if how == "form":
            data, ctype = urllib.parse.urlencode({"query": insert}).encode(), "application/x-www-form-urlencoded"
        elif how == "update-param":
            data, ctype = urllib.parse.urlencode({"update": insert}).encode(), "application/x-www-form-urlencoded"
        else:
            data, ctype = insert.encode("utf-8"), "application/sparql-update"
        status, _, body = http(server, data=data, headers={"Content-Type": ctype})
        assert status == 403
        assert b"read-only" in body
    assert json_rows(sparql(server, PREFIXES + 'SELECT ?s WHERE { ?s rdfs:label "不该写入" }')) == []


def test_a_query_past_the_time_limit_is_stopped_and_the_server_keeps_answering(server):
    t0 = time.monotonic()
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": CROSS_JOIN}))
    took = time.monotonic() - t0
    assert status == 503
    assert f"query stopped after {TIMEOUT:g} s" in body.decode("utf-8")
    assert took < TIMEOUT + 5
    t0 = time.monotonic()
    assert json_rows(sparql(server, PROVINCES)) == library_rows(server, PROVINCES)
    assert time.monotonic() - t0 < 30


def test_long_results_are_cut_and_say_so(server):
    status, headers, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 200
    assert headers["X-Result-Truncated"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


def test_syntax_errors_are_400(server):
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": "SELECT WHERE {"}))
    assert status == 400 and b"syntax error" in body


def test_no_cors_unless_asked_for(server):
    """Without --cors no page of another origin may read the answers (tests/test_endpoint_faults.py: with)."""
    status, headers, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}),
                              headers={"Origin": "http://example.org"})
    assert status == 200 and not any(h.lower().startswith("access-control-") for h in headers)
    status, headers, _ = http(server, "/sparql", method="OPTIONS",
                              headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("path,status,ctype", [
    ("/", 200, "text/html"),
    ("/sparql", 200, "text/turtle"),        # the service description
    ("/nothing", 404, "text/plain"),
])
def test_pages(server, path, status, ctype):
    got, headers, body = http(server, path)
    assert got == status and headers["Content-Type"].startswith(ctype)
    if path == "/":
        assert body == (server["out"] / "graph.html").read_bytes()


def test_not_acceptable(server):
    status, _, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}),
                        headers={"Accept": "image/png"})
    assert status == 406


def test_serving_nothing_fails_clearly(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "serve", str(tmp_path), "--port", "0"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "no graph.nq, graph.trig, graph.ttl" in r.stderr


def test_serve_has_help():
    r = subprocess.run([sys.executable, "-m", "kg", "serve", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0
    for option in ("--host", "--port", "--timeout", "--max-rows", "--workers"):
        assert option in r.stdout


def test_with_two_workers_a_runaway_query_does_not_hold_up_the_others(seed_build):
    import threading

    from kg.serve import QueryPool, QueryTimeout

    pool = QueryPool(resolve_source(seed_build[1]), workers=2, timeout=2.0, max_rows=100).start()
    try:
        stopped = []

        def runaway():
            try:
                pool.run({"query": CROSS_JOIN, "results": "json", "graph": "turtle"})
            except QueryTimeout as err:
                stopped.append(str(err))

        t = threading.Thread(target=runaway)
        t.start()
        time.sleep(0.2)
        t0 = time.monotonic()
        reply = pool.run({"query": PROVINCES, "results": "csv", "graph": "turtle"})
        assert time.monotonic() - t0 < 1.5 and reply.status == 200 and "北京市" in reply.body.decode("utf-8")
        t.join(timeout=30)
        assert stopped == ["query stopped after 2 s, the time limit of this endpoint"]
        assert pool.run({"query": PROVINCES, "results": "json", "graph": "turtle"}).status == 200
    finally:
        pool.close()


# -- a plain ORDER BY is kg's sort, as in kg query ----------------------------------------------

def _spied_store():
    """A small store, and a wrapper of it that keeps the text of every query sent to it."""
    import pyoxigraph as ox

    xsd = "http://www.w3.org/2001/XMLSchema#"
    store = ox.Store()
    p, q = ox.NamedNode("urn:label"), ox.NamedNode("urn:n")
    for n, (label, count) in enumerate([("山西省", 3), ("北京市", 10), ("A县", 3), ("内蒙古自治区", 7)]):
        s = ox.NamedNode(f"urn:place{n}")
        store.add(ox.Quad(s, p, ox.Literal(label, language="zh")))
        store.add(ox.Quad(s, q, ox.Literal(str(count), datatype=ox.NamedNode(xsd + "integer"))))
    from .store_spy import spied

    return (store, *spied(store))


def test_the_endpoint_sorts_a_plain_order_by_itself_in_oxigraphs_order():
    """Oxigraph's own sort reads every compared string from the on-disk store again: the
    endpoint, like kg query, asks for the rows unordered and orders them as Oxigraph would."""
    from kg.serve import answer

    store, spy, sent = _spied_store()
    text = "SELECT ?s ?label ?n WHERE { ?s <urn:label> ?label ; <urn:n> ?n } ORDER BY DESC(?n) ?label"
    expected = [[t.value for t in sol] for sol in store.query(text)]
    head, body = answer(spy, {"query": text, "results": "json", "graph": "turtle"}, max_rows=10)
    assert head["status"] == 200 and not head["truncated"]
    assert len(sent) == 1 and "ORDER BY" not in sent[0]
    assert json_rows(json.loads(body)) == expected
    head, body = answer(spy, {"query": text, "results": "json", "graph": "turtle"}, max_rows=2)
    assert head["truncated"] == "rows" and json_rows(json.loads(body)) == expected[:2]
    sent.clear()        # a query it cannot sort so (an expression) goes to Oxigraph as written
    text = "SELECT ?label WHERE { ?s <urn:label> ?label } ORDER BY STRLEN(?label)"
    answer(spy, {"query": text, "results": "json", "graph": "turtle"}, max_rows=10)
    assert sent == [text]
