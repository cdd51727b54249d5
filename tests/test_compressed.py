"""Compressed outputs (``kg build --compress``, the default from 500 articles on): every file
but the page written as ``NAME.gz``, the same bytes every run, and read back by every reader
in kg (kg.load, kg query on Oxigraph and rdflib, kg validate, kg serve, kg push) as the plain
files are."""
from __future__ import annotations

import gzip

import pytest

from kg.writers import COMPRESS_FROM_ARTICLES, DEFAULT_FORMATS, WRITERS, compress_default, write, write_all


@pytest.fixture(scope="module")
def both(seed_build, tmp_path_factory):
    """The seed written plain (the session's build) and compressed, side by side."""
    result, plain = seed_build
    packed = tmp_path_factory.mktemp("seed_gz")
    for fmt in DEFAULT_FORMATS:
        write(result.graph, fmt, packed, compress=True)
    return result.graph, plain, packed


def test_every_file_but_the_page_is_gzip_of_the_plain_file(both):
    _graph, plain, packed = both
    names = sorted(p.name for p in packed.iterdir())
    assert "graph.html" in names and "graph.nq.gz" in names and "sentences.csv.gz" in names
    for fmt in DEFAULT_FORMATS:
        for name, packed_name in zip(WRITERS[fmt].filenames, WRITERS[fmt].files(compress=True)):
            data = (packed / packed_name).read_bytes()
            if packed_name == name:            # the page stays plain: a browser opens it from the disk
                assert fmt == "html"
                continue
            assert packed_name == name + ".gz"
            assert gzip.decompress(data) == (plain / name).read_bytes(), name
            # no time and no file name in the header: byte-identical run to run
            assert data[4:8] == b"\0\0\0\0" and not data[3] & 0x08


def test_compressed_files_are_the_same_bytes_in_processes(both, tmp_path):
    graph, _plain, packed = both
    formats = ["ttl", "trig", "nq", "json", "csv"]
    out = tmp_path / "j2"
    out.mkdir()
    list(write_all(graph, formats, out, jobs=2, compress=True))
    for p in out.iterdir():
        assert p.read_bytes() == (packed / p.name).read_bytes(), p.name


def test_compressing_in_a_thread_makes_the_bytes_compressing_in_place_makes(both):
    """The writers deflate in a thread of their own while they format (kg.writers._CompressedInThread):
    each file must be the bytes one zlib-ng compressor makes of the same writes on the writer's own
    thread (the thread changes when, not what), and any gzip reader reads it."""
    import io

    from zlib_ng import zlib_ng

    from kg.writers import GZIP_LEVEL
    from kg.writers.nodelink import render_node_link, write_node_link
    from kg.writers.nquads import write_nquads

    class InPlace(io.BufferedIOBase):
        def __init__(self):
            super().__init__()
            self.z, self.data = zlib_ng.compressobj(GZIP_LEVEL, zlib_ng.DEFLATED, 31), b""

        def writable(self):
            return True

        def write(self, b):
            self.data += self.z.compress(bytes(b))
            return len(b)

    graph, _plain, packed = both
    for name, write in (("graph.nq", write_nquads), ("graph.json", write_node_link)):
        raw = InPlace()
        with io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False) as text:
            write(graph, text)
            text.flush()
            compressed = raw.data + raw.z.flush()
        assert (packed / (name + ".gz")).read_bytes() == compressed, name
    assert gzip.decompress((packed / "graph.json.gz").read_bytes()).decode() == render_node_link(graph)


def test_compressed_outputs_are_no_larger_than_zlibs(both):
    """zlib-ng at the level kg writes is about as tight as zlib's: the speed does not cost size."""
    from kg.writers import GZIP_LEVEL

    _graph, plain, packed = both
    for name in ("graph.nq", "graph.ttl", "graph.json"):
        data = (plain / name).read_bytes()
        assert len((packed / (name + ".gz")).read_bytes()) <= 1.05 * len(gzip.compress(data, GZIP_LEVEL, mtime=0)), name


def test_kg_load_reads_the_compressed_folder_and_files(both):
    import kg
    from kg.rdfread import load_graph

    graph, plain, packed = both
    loaded = kg.load(packed)                      # graph.json.gz joined with sentences.csv.gz
    assert sorted(loaded.graph.nodes) == sorted(kg.load(plain).graph.nodes)
    assert loaded.graph.number_of_edges() == kg.load(plain).graph.number_of_edges()
    ev = next(d["evidence"] for _, d in loaded.graph.nodes(data=True) if d.get("evidence"))
    assert ev[0].get("sentence")                  # the text came back from sentences.csv.gz
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        a, b = load_graph(packed / (name + ".gz")), load_graph(plain / name)
        assert sorted(a.nodes) == sorted(b.nodes)
        assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert load_graph(packed).number_of_nodes() == graph.number_of_nodes()   # a folder: its graph.ttl.gz
    rel_plain = kg.load(plain / "graph.nq").relations()
    rel_packed = kg.load(packed / "graph.nq.gz").relations()
    assert len(rel_packed) == len(rel_plain) > 0


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_queries_give_the_same_rows_on_compressed_files(both, engine):
    from pathlib import Path

    from kg.query import open_store, run_query

    _graph, plain, packed = both
    queries = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))[:3]
    for source_plain, source_packed in ((plain / "graph.ttl", packed), (plain / "graph.nq", packed / "graph.nq.gz")):
        a, b = open_store(source_plain, engine), open_store(source_packed, engine)
        for q in queries:
            assert sorted(map(repr, run_query(a, q).rows)) == sorted(map(repr, run_query(b, q).rows)), q.name


def test_validate_serve_and_push_find_the_compressed_files(both):
    from kg.outputs import open_store, rdf_file
    from kg.push import read_export
    from kg.serve import resolve_source
    from kg.validate import validate_file

    _graph, plain, packed = both
    assert resolve_source(packed).name == "graph.nq.gz"
    assert rdf_file(packed).name == "graph.nq.gz"
    assert len(open_store(packed)) == len(open_store(plain))
    assert read_export(packed) == read_export(plain)
    report = validate_file(packed)               # the folder: its graph.ttl.gz
    assert report.conforms
    assert validate_file(packed / "graph.ttl").conforms    # the plain name finds the .gz


def test_compressed_from_500_articles_unless_told():
    assert COMPRESS_FROM_ARTICLES == 500
    assert not compress_default(1) and not compress_default(499)
    assert compress_default(500) and compress_default(10_000)


def test_kg_build_compress_switch(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    from .conftest import SEEDS

    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", str(SEEDS), "-o", str(out), "--compress", "--quiet", "--no-cache",
                               "-f", "nq", "-f", "html", "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv.gz", "evidence.csv.gz", "graph.html",
                                                     "graph.nq.gz", "manifest.json", "nodes.csv.gz",
                                                     "sentences.csv.gz"]
    # the same folder built plain: the compressed files of the last build are gone
    res = runner.invoke(main, ["build", str(SEEDS), "-o", str(out), "--quiet", "--no-cache", "-f", "nq"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == ["graph.nq", "manifest.json"]
