"""``kg build`` end to end on the seed: files, determinism, places, bad inputs."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import networkx as nx
import pytest

from .conftest import ROOT, SEED, SEEDS

FILES = ["graph.ttl", "graph.html", "graph.graphml", "graph.json"]

PLACES = [  # label, class, adcode, province
    ("北京市", "Province", "110000", "110000"),
    ("山西省", "Province", "140000", "140000"),
    ("内蒙古自治区", "Province", "150000", "150000"),
    ("丰台区", "County", "110106", "110000"),
    ("太原市", "Prefecture", "140100", "140000"),
    ("晋城市", "Prefecture", "140500", "140000"),
    ("临汾市", "Prefecture", "141000", "140000"),
    ("运城市", "Prefecture", "140800", "140000"),
    ("呼和浩特市", "Prefecture", "150100", "150000"),
    ("阿拉善右旗", "County", "152922", "150000"),
]


def run_kg(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_seed_writes_the_four_files(seed_build):
    _, out = seed_build
    for name in FILES:
        assert (out / name).stat().st_size > 0


def test_turtle_parses_with_rdflib(seed_build):
    import rdflib

    g = rdflib.Graph().parse(seed_build[1] / "graph.ttl", format="turtle")
    assert len(g) > 50


def test_page_loads_nothing_from_the_network(seed_build):
    page = (seed_build[1] / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?https?://", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?://", page)
    assert "vis-network" in page or "vis.Network" in page


def test_json_and_graphml_read_back(seed_build):
    result, out = seed_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert g.number_of_nodes() == result.graph.number_of_nodes()
    gm = nx.read_graphml(out / "graph.graphml")
    assert gm.number_of_nodes() == result.graph.number_of_nodes()
    assert gm.number_of_edges() == result.graph.number_of_edges()


@pytest.mark.parametrize("label,cls,code,province", PLACES)
def test_seed_places_have_class_code_and_chain_to_province(seed_build, label, cls, code, province):
    g = seed_build[0].graph
    node = f"adm/{code}"
    assert g.nodes[node]["label"] == label
    assert g.nodes[node]["type"] == cls
    assert g.nodes[node]["adcode"] == code
    located = nx.DiGraph((u, v) for u, v, k in g.edges(keys=True) if k == "locatedIn")
    if node != f"adm/{province}":
        assert nx.has_path(located, node, f"adm/{province}")


def test_alashan_right_banner_chains_through_alashan_league(seed_build):
    g = seed_build[0].graph
    assert g.has_edge("adm/152922", "adm/152900", key="locatedIn")
    assert g.has_edge("adm/152900", "adm/150000", key="locatedIn")
    assert g.nodes["adm/152900"]["label"] == "阿拉善盟"


def test_article_node_mentions_what_was_found(seed_build):
    g = seed_build[0].graph
    art = "article/000_d8a4dfaa46811922"
    assert g.nodes[art]["type"] == "Article"
    assert g.nodes[art]["number"] == "13"
    mentioned = {v for _, v, k in g.out_edges(art, keys=True) if k == "mentions"}
    assert {f"adm/{c}" for _, _, c, _ in PLACES} <= mentioned


def test_two_runs_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        r = run_kg("build", str(SEEDS), "-o", str(out))
        assert r.returncode == 0, r.stderr
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_bad_files_are_reported_and_the_rest_lands(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "seed.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.bin").write_bytes(bytes(range(256)) * 8)
    gbk = "安吉县委召开会议\n\n2021年3月5日，浙江省湖州市安吉县召开全县乡村振兴工作会议。"
    (src / "gbk.txt").write_bytes(gbk.encode("gbk"))
    (src / "broken.html").write_text("<html><body><div><p>四川省成都市召开会议<span>。<div><p>第二段", encoding="utf-8")
    (src / "nothing.html").write_text("<html><head><title></title></head><body><script>var a=1;</script></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    r = run_kg("build", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert re.search(r"skipped .*empty\.txt: empty file", r.stderr)
    assert re.search(r"skipped .*blob\.bin: binary file", r.stderr)
    assert re.search(r"skipped .*nothing\.html: .*no article text", r.stderr)
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert {"adm/110000", "adm/330523", "adm/510100", "article/gbk", "article/broken", "article/seed"} <= ids


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run_kg("build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert r.returncode != 0
    assert "nothing could be built" in r.stderr


def test_every_command_has_help():
    for args in (["--help"], ["build", "--help"], ["--version"]):
        r = run_kg(*args)
        assert r.returncode == 0 and r.stdout.strip()


def test_parallel_build_gives_the_same_graph(resources):
    from kg.pipeline import build_graph
    from kg.writers.nodelink import render_node_link

    one = build_graph([SEEDS, ROOT / "tests" / "gold"], resources=resources)
    two = build_graph([SEEDS, ROOT / "tests" / "gold"], jobs=2)
    assert render_node_link(one.graph) == render_node_link(two.graph)
    assert [a.id for a in one.articles] == [a.id for a in two.articles]
