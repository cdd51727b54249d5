"""The graph page (issue 7): its data, escaping, cap and layout; then the page itself in
headless Chromium (Debian's ``chromium`` through Playwright, network off)."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.writers.html import (DEFAULT_MAX_NODES, EVIDENCE_PER_ITEM, PAGE_DIR, PageStyle, layout_positions,
                             page_data, rank_nodes, render_html, script_json)

from .conftest import ROOT, SEEDS
from .page_graphs import EVENTS_BY_DATE, big_graph, rich_graph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCRIPT_ATTACK = "<script>window.__pwned=1</script>"
IMG_ATTACK = '<img src=x onerror="window.__pwned=1">'
ONTOLOGY = ROOT / "ontology" / "kg.ttl"


def data_of(page: str) -> dict:
    """The JSON document a page carries (what its script reads)."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def entities(graph) -> list[str]:
    """The nodes a page draws: every node but the articles (made on the page when asked for)."""
    return [n for n, t in graph.nodes(data="type") if t != "Article"]


def node_ids(data: dict) -> list[str]:
    return [r[0] if r[0] != 0 else f"{data['classes'][r[2]][0]}/{r[1]}" for r in data["nodes"]]


@pytest.fixture(scope="module")
def rich():
    return rich_graph()


@pytest.fixture(scope="module")
def rich_page(rich, tmp_path_factory):
    path = tmp_path_factory.mktemp("rich_page") / "graph.html"
    path.write_text(render_html(rich), encoding="utf-8")
    return path


# ---------------------------------------------------------------- data, no browser

@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>",
    "<!-- 注释 --> & <b>粗体</b>",
    "行分隔符\u2028段分隔符\u2029结束",
    "<img src=x onerror=\"window.__pwned=1\">",
    "普通的中文句子，没有特殊字符。",
])
def test_script_json_leaves_nothing_that_ends_a_script(text):
    out = script_json({"sentence": text})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"sentence": text}


def test_page_loads_nothing_from_the_network(rich_page):
    page = rich_page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert "bootstrap" not in page
    assert "vis.Network" in page and "vis-network" in page      # pyvis's bundle, inline


def test_page_script_writes_no_html():
    script = (PAGE_DIR / "page.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in script, sink


def test_same_graph_same_page(rich):
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(rich.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(rich.edges(keys=True, data=True))))
    assert render_html(rich) == render_html(shuffled)


def test_layout_is_deterministic_and_spreads_nodes(rich):
    nodes = sorted(rich.nodes)
    first = layout_positions(rich, nodes)
    assert first == layout_positions(rich, nodes)
    assert len(set(first.values())) == len(nodes)          # no two nodes on one spot


@pytest.mark.parametrize("mentions,edges,expected", [
    ({"a": 3, "b": 1, "c": 1}, [], ["a", "b", "c"]),                    # mentions first, ties by id
    ({"a": 1, "b": 1, "c": 5}, [("a", "c")], ["c", "a", "b"]),          # then degree
    ({"a": 0, "b": 1, "c": 1}, [("a", "b"), ("a", "c")], ["a", "b", "c"]),  # no mentions: degree counts
    ({"北京市": 2, "丰台区": 2}, [], ["丰台区", "北京市"]),                  # ties by id, deterministic
])
def test_rank_nodes(mentions, edges, expected):
    g = nx.MultiDiGraph()
    for n, m in mentions.items():
        g.add_node(n, type="County", label=n, mentions=m)
    for u, v in edges:
        g.add_edge(u, v, key="locatedIn", relation="locatedIn")
    assert rank_nodes(g) == expected


@pytest.mark.parametrize("cap", [1, 5, 12])
def test_cap_keeps_the_most_important_and_says_what_was_left_out(rich, cap):
    data = page_data(rich, max_nodes=cap)
    meta = data["meta"]
    ranked = [n for n in rank_nodes(rich) if rich.nodes[n]["type"] != "Article"]
    assert node_ids(data) == sorted(ranked[:cap])
    assert meta["nodesShown"] == cap and meta["nodesTotal"] == len(entities(rich))
    assert sum(k for _c, _label, k in meta["leftOutByClass"]) == len(entities(rich)) - cap
    entity_edges = sum(1 for u, v in rich.edges() if "Article" not in (rich.nodes[u]["type"], rich.nodes[v]["type"]))
    assert meta["edgesShown"] + meta["edgesLeftOut"] == entity_edges
    assert meta["articles"] == 2
    assert all(r[0] < cap and r[1] < cap for r in data["edges"])


TIMELINE = [e for e in EVENTS_BY_DATE if not e.startswith("Campaign/")]   # campaigns run for months: not on it


def test_the_timeline_lists_events_by_date_and_statistics_have_their_own_table(rich):
    data = page_data(rich)
    ids = node_ids(data)
    assert [ids[r[10] - 1] for r in data["timeline"]] == TIMELINE
    visit = next(r for r in data["timeline"] if r[0] == "市领导到丰台区调研")
    assert visit[2:5] == ["2019-09-20", "before", "丰台区"]
    assert data["areas"][visit[5] - 1][:3] == ["110106", "丰台区", 2]
    assert [r[:4] for r in data["statistics"]] == [["北京市", "党员人数", 1395000, "人"]]
    assert not any(r[0] == "北京市党员人数" for r in data["timeline"])


def test_where_data_counts_initiatives_and_mentions_by_area(rich):
    data = page_data(rich)
    areas = {a[0]: k for k, a in enumerate(data["areas"])}
    assert data["areas"][areas["152922"]][3] == areas["152900"] and data["areas"][areas["152900"]][3] == areas["150000"]
    done = {(data["initiatives"][i], data["areas"][a][1]) for i, a, _arts in data["implemented"]}
    assert done == {("接诉即办", "北京市"), ("三会一课", "丰台区"), ("马背党校", "内蒙古自治区")}
    beijing = sum(c for a, _art, c in data["mentioned"] if a == areas["110000"])
    assert beijing >= 3         # 北京市 itself, its party committee, its statistic …


def test_nodes_are_sized_by_the_articles_that_name_them():
    g = nx.MultiDiGraph()
    g.add_node("Initiative/甲", type="Initiative", label="甲", mentions=4, articles=["a1"])
    g.add_node("Initiative/乙", type="Initiative", label="乙", mentions=2, articles=["a1", "a2", "a3"])
    data = page_data(g)
    size = {r[1]: r[3] for r in data["nodes"]}
    assert size["乙"] > size["甲"] and [data["nodes"][i][1] for i in data["rank"]] == ["乙", "甲"]


def test_evidence_keeps_sentence_span_and_article_title(rich):
    data = page_data(rich)
    ids = node_ids(data)
    row = data["nodes"][ids.index("Initiative/接诉即办")]
    refs = row[9]
    sentence, a, b = refs[0]
    art, text = data["sentences"][sentence]
    assert text[a:b] in {"接诉即办", "接诉即办改革"}
    assert data["articles"][art][1] == "北京：接诉即办推动主题教育走深走实"
    assert row[10] == ["接诉即办改革"]                         # aliases


def test_evidence_per_item_is_capped_with_the_total_kept():
    g = nx.MultiDiGraph()
    evs = [{"article": "a", "sentence": f"第{i}句提到北京市。", "sentence_start": 20 * i,
            "sentence_end": 20 * i + 9, "start": 20 * i + 5, "end": 20 * i + 8} for i in range(8)]
    g.add_node("adm/110000", type="Province", label="北京市", mentions=8, evidence=evs, adcode="110000")
    row = page_data(g)["nodes"][0]
    assert row[8] == 8 and len(row[9]) == EVIDENCE_PER_ITEM


def test_long_sentences_are_cut_around_the_span():
    text = "很长的句子" * 60 + "阿拉善右旗" + "继续很长" * 60
    start = text.index("阿拉善右旗")
    g = nx.MultiDiGraph()
    g.add_node("adm/152922", type="County", label="阿拉善右旗", mentions=1, adcode="152922",
               evidence=[{"article": "a", "sentence": text, "sentence_start": 100, "sentence_end": 100 + len(text),
                          "start": 100 + start, "end": 105 + start}])
    data = page_data(g)
    (s, a, b), = data["nodes"][0][9]
    shown = data["sentences"][s][1]
    assert len(shown) < len(text) and shown[a:b] == "阿拉善右旗"


def test_styles_cover_the_ontology_with_its_labels():
    rdflib = pytest.importorskip("rdflib")
    if not ONTOLOGY.exists():
        pytest.skip("ontology/kg.ttl not present")
    from rdflib import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ONTOLOGY)
    ns = "https://w3id.org/kg-cn/ontology#"

    def zh_labels(kinds):
        out = {}
        for kind in kinds:
            for s in g.subjects(RDF.type, kind):
                if str(s).startswith(ns):
                    out[str(s)[len(ns):]] = next((str(x) for x in g.objects(s, RDFS.label)
                                                  if getattr(x, "language", None) == "zh"), None)
        return out

    style = PageStyle.load()
    classes = zh_labels([OWL.Class])
    props = zh_labels([OWL.ObjectProperty, OWL.DatatypeProperty])
    missing = sorted(set(classes) - set(style.classes)) + sorted(set(props) - set(style.properties))
    assert not missing, f"add rows for {missing} to kg/data/page/classes.tsv or properties.tsv"
    differ = sorted(c for c in classes if style.classes[c][1] != classes[c]) \
        + sorted(p for p in props if style.properties[p][0] != props[p])
    assert not differ, f"labels of {differ} differ from the ontology's rdfs:label@zh: update kg/data/page/*.tsv"


def test_unknown_class_is_drawn_in_grey_with_its_name():
    g = nx.MultiDiGraph()
    g.add_node("X/甲", type="NewClass", label="甲", mentions=1)
    assert page_data(g)["classes"] == [["NewClass", "NewClass", "#9e9e9e", "dot", 1]]


def test_cli_html_max_nodes(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "-f", "html", "--html-max-nodes", "3",
                                    "--quiet"])
    assert res.exit_code == 0, res.output
    meta = data_of((out / "graph.html").read_text(encoding="utf-8"))["meta"]
    assert meta["nodesShown"] == 3 and meta["maxNodes"] == 3 and meta["nodesTotal"] > 3
    help_text = CliRunner().invoke(main, ["build", "--help"]).output
    assert "--html-max-nodes" in help_text and str(DEFAULT_MAX_NODES) in help_text
    bad = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--html-max-nodes", "0"])
    assert bad.exit_code == 2


@pytest.mark.slow
@pytest.mark.parametrize("cap", [None, 20_000])
def test_a_20000_node_page_stays_under_5_mb(big_pages, cap):
    assert big_pages[cap].stat().st_size < 5_000_000


# ---------------------------------------------------------------- in the browser

@pytest.fixture(scope="module")
def big():
    return big_graph(20_000)


@pytest.fixture(scope="module")
def big_pages(big, tmp_path_factory):
    """The 20,000-node graph's page with the default cap and with room for every node."""
    out = {}
    for cap in (None, 20_000):
        out[cap] = tmp_path_factory.mktemp("big_page") / "graph.html"
        out[cap].write_text(render_html(big, html_max_nodes=cap), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium; .ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extras")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file with every non-file request refused and recorded."""

    def __init__(self, browser, path: Path, timeout_ms: int = 60_000):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1440, "height": 900})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        start = time.monotonic()
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.__kgStable === true", timeout=timeout_ms)
        self.seconds = time.monotonic() - start

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def search(self, text: str):
        self.page.fill("#kg-search-input", text)
        self.page.press("#kg-search-input", "Enter")
        return self.js("kgPage.network.getSelectedNodes()")

    def close(self):
        self.context.close()


@pytest.fixture
def opened(browser):
    pages = []

    def open_(path, **kw):
        pages.append(Opened(browser, path, **kw))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


@pytest.fixture(scope="module")
def seed_view(browser, seed_build):
    view = Opened(browser, seed_build[1] / "graph.html")
    yield view
    view.close()


@pytest.fixture(scope="module")
def rich_view(browser, rich_page):
    """One page of the rich graph shared by the tests below (each leaves it reset)."""
    view = Opened(browser, rich_page)
    yield view
    view.close()


SEED_SEARCHES = [
    ("阿拉善右旗", "阿拉善右旗"),
    ("呼和浩特", "呼和浩特市"),
    ("接诉即办", "接诉即办"),          # an initiative (passed as xfail until initiatives were extracted)
]


@pytest.mark.browser
@pytest.mark.parametrize("query,label", SEED_SEARCHES)
def test_seed_page_in_the_browser(seed_build, seed_view, tmp_path, query, label):
    graph = seed_build[0].graph
    view = seed_view
    assert view.errors == [] and view.requests == []
    assert view.js("kgPage.nodes.length") == len(entities(graph))
    assert view.js("kgPage.network.body.nodeIndices.length") == len(entities(graph))     # all drawn, no article
    selected = view.search(query)
    assert len(selected) == 1 and graph.nodes[selected[0]]["label"] == label
    assert view.page.text_content("#kg-details-body .kg-name") == label
    view.page.screenshot(path=str(tmp_path / "seed.png"))
    assert (tmp_path / "seed.png").stat().st_size > 10_000
    assert view.errors == [] and view.requests == []


RICH_SEARCHES = [  # query, node it selects
    ("接诉即办", "Initiative/接诉即办"),
    ("接诉即办改革", "Initiative/接诉即办"),          # an alias
    ("阿右旗", "adm/152922"),                          # an alias
    ("110106", "adm/110106"),                          # an adcode
    ("丰台", "adm/110106"),                            # a prefix
    ("工作会议", "Meeting/2019-09-12/第二批主题教育工作会议"),
]


@pytest.mark.browser
@pytest.mark.parametrize("query,node", RICH_SEARCHES)
def test_search_selects_and_shows_the_node(rich, rich_view, tmp_path, query, node):
    view = rich_view
    assert view.js("kgPage.nodes.length") == len(entities(rich))
    assert view.search(query) == [node]
    assert view.page.get_attribute("#kg-details-body", "data-node") == node
    assert view.page.text_content("#kg-details-body .kg-name") == rich.nodes[node]["label"]
    view.page.screenshot(path=str(tmp_path / "rich.png"))
    assert view.errors == [] and view.requests == []


@pytest.mark.browser
def test_node_panel_shows_class_aliases_adcode_and_evidence(rich_view):
    view = rich_view
    view.search("阿拉善右旗")
    text = view.page.text_content("#kg-details-body")
    for expected in ("县级行政区", "County", "阿拉善右旗", "阿右旗", "152922", "巴丹吉林沙漠腹地",
                     "内蒙古阿拉善右旗：马背党校送学上门"):
        assert expected in text
    assert view.page.text_content("#kg-details-body mark") == "阿拉善右旗"


def _dom_point(view, kind: str, item) -> dict:
    """Where a node (id) or the middle of an edge (id) is on the screen."""
    return view.js(f"""(() => {{
        const net = kgPage.network;
        const box = document.getElementById('kg-network').getBoundingClientRect();
        let p;
        if ('{kind}' === 'node') p = net.getPositions([{json.dumps(item)}])[{json.dumps(item)}];
        else {{
            const [a, b] = net.getConnectedNodes({json.dumps(item)});
            const ps = net.getPositions([a, b]);
            p = {{x: (ps[a].x + ps[b].x) / 2, y: (ps[a].y + ps[b].y) / 2}};
        }}
        const d = net.canvasToDOM(p);
        return {{x: d.x + box.left, y: d.y + box.top}};
    }})()""")


@pytest.mark.browser
def test_hover_and_click_a_node_then_click_an_edge(rich_view):
    view = rich_view
    view.js("kgPage.network.moveTo({scale: 1.2, position: kgPage.network.getPositions(['Initiative/接诉即办'])"
            "['Initiative/接诉即办'], animation: false})")
    p = _dom_point(view, "node", "Initiative/接诉即办")
    view.page.mouse.move(p["x"] - 40, p["y"] - 40)
    view.page.mouse.move(p["x"], p["y"], steps=4)
    view.page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=10_000)
    assert "接诉即办" in view.page.text_content("#kg-tooltip")
    assert "工作举措" in view.page.text_content("#kg-tooltip")
    view.page.mouse.click(p["x"], p["y"])
    assert view.page.get_attribute("#kg-details-body", "data-node") == "Initiative/接诉即办"
    # the edge 北京市 -implements-> 接诉即办, clicked in its middle
    edge = view.js("kgPage.edges.get().find(e => e.from === 'adm/110000' && e.to === 'Initiative/接诉即办').id")
    view.js("kgPage.network.fit({nodes: ['adm/110000', 'Initiative/接诉即办'], animation: false})")
    q = _dom_point(view, "edge", edge)
    view.page.mouse.click(q["x"], q["y"])
    assert view.page.get_attribute("#kg-details-body", "data-edge") == str(edge)
    text = view.page.text_content("#kg-details-body")
    assert "实施" in text and "implements" in text
    assert "北京市深化接诉即办改革，把主题教育成果转化为为民服务的实效。" in text
    assert "北京：接诉即办推动主题教育走深走实" in text
    assert "线索词深化" in text                                      # the cue the relation was read from
    assert view.errors == []


@pytest.mark.browser
def test_filters_focus_and_events(rich, rich_view):
    view = rich_view
    n = len(entities(rich))
    initiatives = sum(1 for _, t in rich.nodes(data="type") if t == "Initiative")
    view.page.uncheck("input[data-class=Initiative]")
    assert view.js("kgPage.nodeView.length") == n - initiatives
    view.page.check("input[data-class=Initiative]")
    assert view.js("kgPage.nodeView.length") == n
    located = sum(1 for *_, k in rich.edges(keys=True) if k == "locatedIn")
    shown = view.js("kgPage.edgeView.length")
    view.page.uncheck("input[data-relation=locatedIn]")
    assert view.js("kgPage.edgeView.length") == shown - located
    view.page.check("input[data-relation=locatedIn]")
    # co-mention is a dense layer: it starts switched off
    assert not view.page.is_checked("input[data-relation=coMentionedWith]")
    # focus on 丰台区: itself and its neighbours over the relations switched on
    view.search("丰台区")
    view.page.click("#kg-focus-1")
    hood = {"adm/110106"} | {v for u, v, k in rich.edges("adm/110106", keys=True) if k != "coMentionedWith"} \
        | {u for u, v, k in rich.in_edges("adm/110106", keys=True) if k not in ("coMentionedWith", "mentions")}
    assert set(view.js("kgPage.nodeView.getIds()")) == hood
    view.page.click("#kg-reset")
    assert view.js("kgPage.nodeView.length") == n
    # the timeline, by date; an item opens its evidence, and from there the node
    view.page.click("#kg-tabs button[data-view=timeline]")
    assert view.js("[...document.querySelectorAll('#kg-event-list li[data-row]')].map(li => li.dataset.id)") == TIMELINE
    view.page.click("#kg-event-list li[data-id='Visit/2019-09-20/调研丰台区']")
    assert "9月20日前，市领导到丰台区调研接诉即办工作。" in view.page.text_content("#kg-details-body")
    assert "2019-09-20 前" in view.page.text_content("#kg-event-list")
    view.page.click("#kg-details-body .kg-link >> text=在网络图中查看")
    assert view.js("kgPage.network.getSelectedNodes()") == ["Visit/2019-09-20/调研丰台区"]
    # articles: hidden at first, the toggle makes them with an edge to every node they name
    assert view.js("kgPage.nodeView.getIds().filter(id => id.startsWith('article/')).length") == 0
    view.page.check("#kg-articles")
    assert sorted(view.js("kgPage.nodeView.getIds().filter(id => id.startsWith('article/'))")) == \
        ["article/a1_beijing", "article/a2_alashan"]
    view.page.uncheck("#kg-articles")
    assert view.js("kgPage.nodeView.length") == n
    assert view.errors == []


@pytest.mark.browser
def test_the_same_page_settles_to_the_same_layout(seed_build, opened):
    positions = [opened(seed_build[1] / "graph.html").js("kgPage.network.getPositions()") for _ in range(2)]
    assert positions[0] == positions[1]
    assert len(positions[0]) == len(entities(seed_build[0].graph))


def _tiny_graphs():
    empty = nx.MultiDiGraph()
    one = nx.MultiDiGraph()
    one.add_node("adm/110000", type="Province", label="北京市", adcode="110000")
    untyped = nx.MultiDiGraph()
    untyped.add_node("甲", label="甲", value=float("nan"))
    untyped.add_edge("甲", "甲", key="partOf", relation="partOf")
    return {"empty": empty, "one": one, "untyped": untyped}


@pytest.mark.browser
def test_tiny_and_odd_graphs_draw_without_errors(opened, tmp_path):
    for name, graph in _tiny_graphs().items():
        page = tmp_path / f"{name}.html"
        page.write_text(render_html(graph), encoding="utf-8")
        view = opened(page)
        assert view.js("kgPage.nodes.length") == graph.number_of_nodes(), name
        assert view.errors == [] and view.requests == [], name


def _nasty_graph() -> nx.MultiDiGraph:
    """Attack strings in every text field the page shows."""
    g = nx.MultiDiGraph()
    attack = SCRIPT_ATTACK + IMG_ATTACK
    ev = {"article": "x", "sentence": f"北京市{attack}。", "sentence_start": 0, "sentence_end": 60,
          "start": 0, "end": 3}
    g.add_node("article/x", type="Article", label=attack, title=attack, date=attack, source=attack, url=attack,
               mentions=0, aliases=[], evidence=[])
    g.add_node("adm/110000", type="Province", label="北京市", aliases=[attack], adcode=attack, mentions=1, evidence=[ev])
    g.add_node(f"Initiative/{attack}", type="Initiative", label=attack, aliases=[], mentions=1, evidence=[ev],
               date=attack, genre=attack)
    g.add_node(f"{attack}/1", type=attack, label=attack, mentions=1, evidence=[ev])
    g.add_edge("article/x", "adm/110000", key="mentions", relation="mentions", count=1, evidence=[])
    g.add_edge("adm/110000", f"Initiative/{attack}", key="implements", relation="implements", count=1, evidence=[ev])
    g.add_edge("adm/110000", f"{attack}/1", key=attack, relation=attack, count=1, evidence=[ev])
    return g


def _poke_everything(view):
    """Select every node and edge (panels), hover every node (tooltip), search the attack."""
    for node_id in view.js("kgPage.nodes.getIds()"):
        view.js(f"kgPage.choose({json.dumps(node_id)})")
        p = _dom_point(view, "node", node_id)
        view.page.mouse.move(p["x"], p["y"])
    view.js("kgPage.edges.getIds().forEach(id => kgPage.network.emit('click', {nodes: [], edges: [id]}))")
    view.page.fill("#kg-search-input", "script")
    view.page.fill("#kg-search-input", "<img")
    view.page.wait_for_timeout(200)


@pytest.mark.browser
def test_no_article_text_runs_as_script(opened, tmp_path):
    page = tmp_path / "graph.html"
    page.write_text(render_html(_nasty_graph()), encoding="utf-8")
    view = opened(page)
    _poke_everything(view)
    assert view.js("typeof window.__pwned") == "undefined"
    assert view.js("document.querySelectorAll('img').length") == 0
    assert SCRIPT_ATTACK in view.page.text_content("body")        # shown as text
    # no vis item has a title: vis-network would render a string title as HTML
    assert view.js("kgPage.nodes.get().concat(kgPage.edges.get()).filter(x => 'title' in x).length") == 0
    assert view.errors == [] and view.requests == []


@pytest.mark.browser
def test_an_article_with_script_tags_builds_a_page_that_runs_none(tmp_path, opened, resources):
    from kg.pipeline import build_graph

    corpus = tmp_path / "attack.jsonl"
    corpus.write_text(json.dumps({
        "id": "attack", "title": f"北京市新闻{SCRIPT_ATTACK}",
        "text": f"北京市丰台区召开会议。{SCRIPT_ATTACK}北京市丰台区{IMG_ATTACK}推进工作。"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    graph = build_graph([corpus], resources=resources).graph
    page = tmp_path / "graph.html"
    page.write_text(render_html(graph), encoding="utf-8")
    assert "window.__pwned" in page.read_text(encoding="utf-8")     # the text did reach the page
    view = opened(page)
    _poke_everything(view)
    view.search("丰台区")
    assert view.js("typeof window.__pwned") == "undefined"
    assert view.js("document.querySelectorAll('img').length") == 0
    assert "<img src=x onerror=" in view.page.text_content("#kg-details-body")     # as text
    assert view.errors == [] and view.requests == []


@pytest.mark.browser
@pytest.mark.slow
def test_a_20000_node_graph_loads_and_is_stable_within_10_seconds(big, big_pages, opened):
    view = opened(big_pages[None], timeout_ms=10_000)
    assert view.seconds < 10
    assert view.js("kgPage.nodes.length") == DEFAULT_MAX_NODES
    assert view.js("Number(document.getElementById('kg-leftout').dataset.leftOut)") == 19_800 - DEFAULT_MAX_NODES
    note = view.page.text_content("#kg-leftout")
    assert "--html-max-nodes" in note and "县级行政区" in note        # what was left out, by class
    top = next(n for n in rank_nodes(big) if big.nodes[n]["type"] != "Article")
    assert view.search(big.nodes[top]["label"]) == [top]
    assert view.errors == [] and view.requests == []


@pytest.mark.browser
@pytest.mark.slow
def test_all_20000_nodes_drawn_when_the_cap_allows(big_pages, opened):
    view = opened(big_pages[20_000], timeout_ms=60_000)
    print(f"20,000 nodes drawn and stable in {view.seconds:.1f} s")
    assert view.js("kgPage.network.body.nodeIndices.length") == 19_800      # 200 of the 20,000 are articles
    assert view.errors == [] and view.requests == []
