"""kg push: the seed's export into a real Virtuoso (started here, on loopback, in a
temporary folder, on free ports), and into a small Graph Store of our own for the
retry and refusal paths."""
from __future__ import annotations

import http.server
import shutil
import threading
import urllib.parse
from pathlib import Path

import pytest

from kg.push import DEFAULT, PushError, push, read_export, virtuoso_bulk_load
from kg.query import _literal_text, run_query

from .virtuoso_server import VIRTUOSO, VirtuosoDidNotStart, running_virtuoso

ROOT = Path(__file__).resolve().parent.parent
OURS = "https://w3id.org/kg-cn/"
# Q3 and Q7 give fewer rows on Virtuoso 7.2.5 than on Oxigraph and rdflib (README, Scaling out)
AGREEING = ["01_initiatives_by_province.rq", "02_meetings_september_2019.rq", "04_documents_issued.rq",
            "05_posts.rq", "06_statistics_beijing.rq", "08_where_mentioned.rq"]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A Virtuoso server of its own: fresh database, loopback only, ports nobody else uses."""
    if VIRTUOSO is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
    try:
        with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
            yield server
    except VirtuosoDidNotStart as err:
        pytest.fail(str(err))


def _virtuoso_rows(endpoint: str, query: str):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    columns = tuple(answer["head"]["vars"])

    def cell(binding):
        if binding is None:
            return None
        if binding["type"] in ("literal", "typed-literal"):
            return _literal_text(binding["value"], binding.get("datatype"))
        return binding["value"]

    return columns, [tuple(cell(row.get(c)) for c in columns) for row in answer["results"]["bindings"]]


def _our_triples(endpoint: str) -> dict[str, int]:
    _, rows = _virtuoso_rows(endpoint, f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER(STRSTARTS(STR(?g), "{OURS}")) }} GROUP BY ?g""")
    return {g: int(n) for g, n in rows}


@pytest.mark.slow
def test_push_to_virtuoso_twice_then_query(virtuoso, seed_build):
    _, out = seed_build
    graphs = read_export(out)
    expected = {("https://w3id.org/kg-cn/id/merged" if g == DEFAULT else g): len(lines) for g, lines in graphs.items()}
    assert len(expected) == 3  # the merged description, the seed's article graph, the ontology

    first = push(out, virtuoso["crud"], user="dba", password="dba")
    after_first = _our_triples(virtuoso["sparql"])
    second = push(out, virtuoso["crud"], user="dba", password="dba")
    after_second = _our_triples(virtuoso["sparql"])
    print(f"\npushed {first.triples} triples in {first.seconds:.2f} s, again in {second.seconds:.2f} s")
    assert after_first == expected
    assert after_second == after_first  # a re-push replaces each graph: nothing doubles
    assert first.triples == sum(expected.values()) == len((out / "graph.nq").read_text().splitlines())

    for name in AGREEING:
        text = (ROOT / "queries" / name).read_text(encoding="utf-8")
        local = run_query(out / "graph.nq", text)
        columns, rows = _virtuoso_rows(virtuoso["sparql"], text)
        assert columns == local.columns, name
        assert rows == local.rows, name
        assert rows, f"{name} has no rows on the seed: the comparison would prove nothing"


@pytest.mark.slow
def test_virtuoso_bulk_loader_replaces_the_graphs(virtuoso, seed_build):
    _, out = seed_build
    nq = virtuoso["folder"] / "graph.nq"  # the server reads the file itself, from a DirsAllowed folder
    shutil.copy(out / "graph.nq", nq)
    push(out, virtuoso["crud"], user="dba", password="dba")
    pushed = _our_triples(virtuoso["sparql"])
    virtuoso_bulk_load(nq, isql=virtuoso["isql"], user="dba", password="dba")
    loaded = _our_triples(virtuoso["sparql"])
    virtuoso_bulk_load(nq, isql=virtuoso["isql"], user="dba", password="dba")
    assert loaded == pushed
    assert _our_triples(virtuoso["sparql"]) == loaded
    text = (ROOT / "queries" / "08_where_mentioned.rq").read_text(encoding="utf-8")
    assert _virtuoso_rows(virtuoso["sparql"], text)[1] == run_query(out / "graph.nq", text).rows


@pytest.mark.slow
def test_virtuoso_refusals_are_clear(virtuoso, seed_build):
    _, out = seed_build
    with pytest.raises(PushError, match="401.*wrong user or password"):
        push(out, virtuoso["crud"], user="dba", password="not-the-password")
    with pytest.raises(PushError, match="403.*Permission denied"):
        push(out, virtuoso["crud_anonymous"])
    with pytest.raises(PushError, match="wants a user and password"):
        push(out, virtuoso["crud"])
    with pytest.raises(PushError, match="Virtuoso's bulk loader refused.*Bad login"):
        virtuoso_bulk_load(out / "graph.nq", isql=virtuoso["isql"], user="dba", password="wrong")


class _FlakyStore(http.server.BaseHTTPRequestHandler):
    """A Graph Store that answers 503 to the first ``fail`` PUTs, then keeps each graph's last body."""

    graphs: dict[str, bytes] = {}
    fail = 0
    refuse = False

    def do_PUT(self):  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers["Content-Length"]))
        cls = type(self)
        if cls.refuse:
            self.send_response(415, "Unsupported Media Type")
            self.end_headers()
            self.wfile.write(b"<html><body>no n-triples here</body></html>")
            return
        if cls.fail > 0:
            cls.fail -= 1
            self.send_response(503)
            self.end_headers()
            return
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query, keep_blank_values=True)
        cls.graphs["default" if "default" in query else query["graph"][0]] = body
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def flaky_store():
    _FlakyStore.graphs, _FlakyStore.fail, _FlakyStore.refuse = {}, 0, False
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FlakyStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store", _FlakyStore
    server.shutdown()
    server.server_close()


def test_push_retries_5xx_and_replaces_graphs(flaky_store, seed_build):
    url, store = flaky_store
    _, out = seed_build
    store.fail = 2
    report = push(out, url, backoff=0.01)
    assert report.retries == 2
    first = dict(store.graphs)
    assert set(first) == {"https://w3id.org/kg-cn/id/merged", "https://w3id.org/kg-cn/ontology",
                          "https://w3id.org/kg-cn/id/graph/000_d8a4dfaa46811922"}
    assert sum(body.count(b"\n") for body in first.values()) == report.triples
    push(out, url, default_graph="default")
    assert store.graphs["default"] == first["https://w3id.org/kg-cn/id/merged"]


def test_push_gives_up_and_says_why(flaky_store, seed_build, tmp_path):
    url, store = flaky_store
    _, out = seed_build
    store.fail = 10
    with pytest.raises(PushError, match=r"not stored after 3 tries: HTTP 503"):
        push(out, url, retries=2, backoff=0.01)
    store.fail, store.refuse = 0, True
    with pytest.raises(PushError, match=r"refused graph .*HTTP 415.*no n-triples here"):
        push(out, url)
    with pytest.raises(PushError, match="no graph.nq or graph.trig"):
        push(tmp_path, url)
    with pytest.raises(PushError, match="http"):
        push(out, "localhost:8890")


def test_kg_push_command(flaky_store, seed_build):
    from click.testing import CliRunner

    from kg.cli import main

    url, store = flaky_store
    _, out = seed_build
    run = CliRunner().invoke(main, ["push", str(out), "--store", url])
    assert run.exit_code == 0, run.output
    assert "pushed 3 graph(s), " in run.output and len(store.graphs) == 3
    store.refuse = True
    run = CliRunner().invoke(main, ["push", str(out), "--store", url, "--retries", "0"])
    assert run.exit_code == 1 and "Error: the store refused graph" in run.output
    run = CliRunner().invoke(main, ["push", str(out)])
    assert run.exit_code == 2 and "--store URL" in run.output
