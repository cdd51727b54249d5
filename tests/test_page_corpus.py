"""The graph page of a generated 1,000-article corpus in headless Chromium (Debian's chromium through
Playwright, network off): the default view, search, the timeline, the where-view, the tables and the
filters. Timings are printed, not asserted (the machine is shared)."""
from __future__ import annotations

import time

import pytest

from kg.writers.html import render_html

from .page_corpus import generate_corpus
from .test_page import Opened, browser, data_of  # noqa: F401  (browser is a fixture)

ARTICLES = 1000
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory, resources):
    from kg.pipeline import build_graph

    folder = tmp_path_factory.mktemp("corpus1000")
    generate_corpus(ARTICLES, folder / "articles")
    start = time.monotonic()
    result = build_graph([folder / "articles"], resources=resources)
    built = time.monotonic() - start
    start = time.monotonic()
    page = folder / "graph.html"
    page.write_text(render_html(result.graph), encoding="utf-8")
    print(f"\n{len(result.articles)} articles: graph {result.graph.number_of_nodes()} nodes, "
          f"{result.graph.number_of_edges()} edges built in {built:.1f} s; page {page.stat().st_size / 1e6:.2f} MB "
          f"written in {time.monotonic() - start:.1f} s")
    assert len(result.articles) == ARTICLES
    return result.graph, page


@pytest.fixture(scope="module")
def view(browser, corpus_page):  # noqa: F811
    v = Opened(browser, corpus_page[1], timeout_ms=60_000)
    print(f"page drawn and stable in {v.seconds:.2f} s")
    yield v
    v.close()


def test_default_view_is_about_entities_with_labels_at_every_zoom(corpus_page, view):
    graph, _page = corpus_page
    assert view.errors == [] and view.requests == []
    ids = view.js("kgPage.nodeView.getIds()")
    assert ids and not any(i.startswith("article/") for i in ids)           # no article hubs
    view.js("kgPage.network.moveTo({scale: 0.05, animation: false})")
    view.page.wait_for_timeout(200)
    labels = view.js("kgPage.overlayLabels")
    assert len(labels) >= 10                                                  # far out, the top nodes keep a label
    data = data_of(corpus_page[1].read_text(encoding="utf-8"))
    assert labels[0] == data["nodes"][data["labelled"][0]][1]
    note = view.page.text_content("#kg-leftout")
    assert "--html-max-nodes" in note and "稿件 1,000 篇" in note
    view.js("kgPage.network.fit({animation: false})")


def test_search_finds_a_node(corpus_page, view):
    data = data_of(corpus_page[1].read_text(encoding="utf-8"))
    for i in data["rank"][:40]:
        label = data["nodes"][i][1]
        if sum(1 for r in data["nodes"] if r[1] == label) == 1:
            break
    selected = view.search(label)
    assert len(selected) == 1 and view.page.text_content("#kg-details-body .kg-name") == label
    assert view.errors == [] and view.requests == []


def test_timeline_where_and_tables_show_content_and_follow_the_filters(view):
    page = view.page
    page.click("#kg-tabs button[data-view=timeline]")
    all_events = view.js("document.querySelectorAll('#kg-event-list li[data-row]').length")
    assert all_events > 50
    page.click("#kg-event-list li[data-row]")
    assert view.js("document.querySelectorAll('#kg-details-body .kg-evidence li').length") >= 1   # its evidence
    # a date window: every event left is in it
    view.js("kgPage.setFilters({from: '2020-01-01', to: '2020-12-31'})")
    dates = view.js("[...document.querySelectorAll('#kg-event-list li[data-row] .kg-date')].map(e => e.textContent)")
    assert dates and all(d.startswith("2020") for d in dates) and len(dates) < all_events
    view.js("kgPage.setFilters({from: '', to: ''})")
    # the where-view: provinces as sorted bars, a click drills down to the next level
    page.click("#kg-tabs button[data-view=where]")
    bars = view.js("[...document.querySelectorAll('#kg-where-bars .kg-bar-row')].map(g => g.dataset.area)")
    assert len(bars) >= 5 and all(code.endswith("0000") for code in bars)
    page.click(f"#kg-where-bars .kg-bar-row[data-area='{bars[0]}']")
    below = view.js("[...document.querySelectorAll('#kg-where-bars .kg-bar-row')].map(g => g.dataset.area)")
    assert below and all(code[:2] == bars[0][:2] and code != bars[0] for code in below)
    # a province applies to every view
    view.js(f"kgPage.setFilters({{province: '{bars[0]}'}})")
    page.click("#kg-tabs button[data-view=timeline]")
    assert 0 < view.js("document.querySelectorAll('#kg-event-list li[data-row]').length") < all_events
    view.js("kgPage.setFilters({province: -1})")
    for tab, table in (("statistics", "#kg-statistics"), ("posts", "#kg-posts")):
        page.click(f"#kg-tabs button[data-view={tab}]")
        assert view.js(f"document.querySelectorAll('{table} tbody tr').length") > 20
    page.click("#kg-tabs button[data-view=network]")
    # the page-side cap: fewer nodes, the most important kept
    view.js("kgPage.setFilters({cap: 50})")
    assert view.js("kgPage.nodeView.length") == 50
    view.js("kgPage.setFilters({cap: 100000})")
    assert view.errors == [] and view.requests == []
