"""Hostile and malformed requests to ``kg serve`` and ``kg query``: nothing reaches out,
nothing but this server's names is answered, every malformed request is a 4xx that
costs no worker, and one slow query does not hold up a trivial one."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest

from .conftest import ROOT
from .test_serve import CROSS_JOIN, PROVINCES, _children, http

HEADER_TIMEOUT = 1.0
MAX_BYTES = 4096


class Listener:
    """A loopback TCP listener that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.contacts: list[bytes] = []
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                self.contacts.append(conn.recv(4096) or b"<connected>")
            except OSError:
                self.contacts.append(b"<connected>")
            conn.close()

    def close(self):
        self._stop = True
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def hardened(seed_build):
    """``kg serve`` with its defaults (2 workers), one allowed CORS origin, a short header
    timeout and a small byte cap."""
    _, out = seed_build
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", "0", "--timeout", "5",
                             "--max-bytes", str(MAX_BYTES), "--cors", "https://allowed.example",
                             "--header-timeout", str(HEADER_TIMEOUT), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    if not line.startswith("serving"):
        proc.kill()
        pytest.fail(f"kg serve did not start: {line}{proc.stderr.read()}")
    url = line.split(" at ")[1].split(";")[0]
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    yield {"url": url, "host": host, "port": port, "proc": proc, "out": out}
    proc.terminate()
    proc.wait(timeout=10)


def service_query(port: int) -> str:
    return f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"


def raw(server, data: bytes, timeout: float = 10.0) -> bytes:
    """Send bytes as they are; the reply until the server closes or goes quiet."""
    with socket.create_connection((server["host"], server["port"]), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and b"Connection: close" not in b"".join(chunks):
                    break
        except (TimeoutError, ConnectionResetError):
            pass
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    if reply.startswith(b"HTTP/"):
        return int(reply.split(b" ", 2)[1])
    # a request line that is no HTTP/1.x gets an HTTP/0.9 answer: the body alone
    import re

    m = re.search(rb"Error code: (\d+)", reply)
    return int(m.group(1)) if m else 0


# -- outbound access --------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_service_is_refused_and_the_listener_never_contacted(hardened, listener, method):
    query = service_query(listener.port)
    if method == "GET":
        status, _, body = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": query}))
    else:
        status, _, body = http(hardened, "/sparql", data=query.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    time.sleep(0.5)
    assert status == 400 and b"SERVICE is refused" in body
    assert listener.contacts == []


def test_service_pointing_at_the_server_itself_is_refused(hardened):
    status, _, body = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": service_query(hardened["port"])}))
    assert status == 400
    status, _, _ = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}))
    assert status == 200


def test_kg_query_refuses_service_without_a_traceback(seed_build, listener):
    r = subprocess.run([sys.executable, "-m", "kg", "query", str(seed_build[1] / "graph.ttl"),
                        service_query(listener.port)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    time.sleep(0.3)
    assert r.returncode == 1 and "SERVICE is refused" in r.stderr and "Traceback" not in r.stderr
    assert listener.contacts == []


def test_the_word_service_in_strings_variables_and_iris_is_no_service(hardened):
    query = 'SELECT ?service WHERE { ?service <urn:x:SERVICE> ?o . FILTER(?o != "SERVICE <http://x/>") } LIMIT 1'
    status, _, _ = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 200


# -- who may ask --------------------------------------------------------------------------------

@pytest.mark.parametrize("host,status", [("evil.example", 403), ("evil.example:80", 403),
                                         ("127.0.0.1.nip.io", 403), ("localhost", 200), ("127.0.0.1:1", 200),
                                         ("[::1]:8890", 200)])
def test_host_header_must_name_this_server(hardened, host, status):
    got, _, _ = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}), headers={"Host": host})
    assert got == status


def test_a_request_without_host_is_refused(hardened):
    reply = raw(hardened, b"GET /sparql HTTP/1.0\r\n\r\n")
    assert status_of(reply) == 403


def test_cors_only_for_the_origin_given(hardened):
    q = "/sparql?" + urllib.parse.urlencode({"query": PROVINCES})
    _, headers, _ = http(hardened, q, headers={"Origin": "https://allowed.example"})
    assert headers["Access-Control-Allow-Origin"] == "https://allowed.example"
    _, headers, _ = http(hardened, q, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = http(hardened, "/sparql", method="OPTIONS",
                              headers={"Origin": "https://allowed.example", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


# -- malformed requests: a 4xx each, no worker lost -------------------------------------------

MALFORMED = [
    ("bad default-graph-uri", b"GET /sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("bad named-graph-uri", b"GET /sparql?query=ASK%7B%7D&named-graph-uri=%3Cx%3E HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("5,000 nested braces", b"GET /sparql?query=" + urllib.parse.quote("ASK " + "{" * 5000 + "}" * 5000).encode()
     + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("5,000 nested parentheses", b"GET /sparql?query=" + urllib.parse.quote("SELECT (" + "(" * 5000 + "1" + ")" * 5000
     + " AS ?x) {}").encode() + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("unknown method", b"PUT /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n", 405),
    ("garbage request line", b"GARBAGE\r\n\r\n", 400),
    ("chunked body", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
     b"Content-Type: application/sparql-query\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n", 411),
    ("Content-Length not a number", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n", 413),
    ("Content-Length too large", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999\r\n\r\n", 413),
    ("body not UTF-8", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 6\r\n\r\nASK\xff\xfe\x80", 400),
    ("two queries", b"GET /sparql?query=ASK%7B%7D&query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("NUL in a query", b"GET /sparql?query=ASK%00%7B%7D HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("bad percent escape", b"GET /sparql?query=ASK%ZZ%7B HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
    ("URL too long", b"GET /sparql?query=" + b"A" * 70000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", 414),
    ("too many headers", b"GET /sparql HTTP/1.1\r\nHost: localhost\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", 431),
    ("form of the wrong type", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
     b"Content-Length: 3\r\n\r\nabc", 415),
    ("update by POST", b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-update\r\n"
     b"Content-Length: 9\r\n\r\nCLEAR ALL", 403),
    ("type error in a function", b"GET /sparql?query=" + urllib.parse.quote('SELECT (REGEX("a", "(") AS ?x) {}').encode()
     + b" HTTP/1.1\r\nHost: localhost\r\n\r\n", None),
]


@pytest.mark.parametrize("name,request_bytes,status", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_requests_are_4xx_and_cost_no_worker(hardened, name, request_bytes, status):
    before = sorted(_children(hardened["proc"].pid))
    reply = raw(hardened, request_bytes)
    got = status_of(reply)
    if status is None:
        assert got < 500, reply[:300]      # whatever the engine makes of it, not a server error
    else:
        assert got == status, reply[:300]
    assert sorted(_children(hardened["proc"].pid)) == before, "a query worker was restarted"
    got, _, _ = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}))
    assert got == 200


# -- bounded ------------------------------------------------------------------------------------

def test_results_are_cut_at_the_byte_cap(hardened):
    status, headers, body = http(hardened, "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 40", "format": "json"}))
    assert status == 200 and len(body) <= MAX_BYTES
    assert headers["X-Result-Truncated"] == f"{MAX_BYTES} bytes"
    import json

    assert 0 < len(json.loads(body)["results"]["bindings"]) < 40


def test_a_client_that_sends_no_headers_is_dropped(hardened):
    with socket.create_connection((hardened["host"], hardened["port"]), timeout=10) as s:
        s.sendall(b"GET /sparql HTTP/1.1\r\n")     # and then nothing
        t0 = time.monotonic()
        assert s.recv(1024) == b""                   # closed by the server, not by our timeout
        print(f"half-sent request dropped after {time.monotonic() - t0:.1f} s (header timeout {HEADER_TIMEOUT} s)")


def test_idle_connections_are_closed_and_excess_ones_refused(hardened):
    from kg.serve import MAX_CONNECTIONS

    socks = [socket.create_connection((hardened["host"], hardened["port"]), timeout=10)
             for _ in range(MAX_CONNECTIONS)]
    try:
        time.sleep(0.2)
        extra = raw(hardened, b"GET /sparql HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert status_of(extra) == 503
        for s in socks:                              # every idle one is closed by the server
            assert s.recv(1024) == b""
    finally:
        for s in socks:
            s.close()
    status, _, _ = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}))
    assert status == 200


def test_a_trivial_query_answers_while_a_slow_one_runs(hardened):
    done = {}

    def slow():
        done["slow"] = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": CROSS_JOIN}))[0]
        done["slow_at"] = time.monotonic()

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    status, _, body = http(hardened, "/sparql?" + urllib.parse.urlencode({"query": PROVINCES}))
    done["trivial_at"] = time.monotonic()
    t.join(timeout=60)
    print(f"trivial query answered in {done['trivial_at'] - t0:.2f} s while the slow one ran "
          f"(it ended after {done['slow_at'] - t0:.1f} s with {done['slow']})")
    assert status == 200 and "北京市".encode() in body
    assert done["trivial_at"] < done["slow_at"]     # not queued behind the slow one
