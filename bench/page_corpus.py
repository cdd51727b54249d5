"""The graph page of a generated corpus: build time, page size, time to draw in Chromium, and the
README's screenshot of the default view.

Generates N articles from the repository's fixture articles (tests/page_corpus.py: persons renamed,
days moved, a publication date each), builds them, writes graph.html and opens it in Debian's headless
chromium (Playwright, network refused) three times; the seed's page is drawn in the same run as the
baseline, so the figure to read is the ratio.

    python bench/page_corpus.py                           # 1,000 articles
    python bench/page_corpus.py 200 --screenshot docs/graph-page.png
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def draw_seconds(browser, page_path: Path, screenshot: Path | None = None) -> float:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    refused = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else (refused.append(r.request.url), r.abort()))
    start = time.monotonic()
    page.goto(page_path.as_uri())
    page.wait_for_function("window.__kgStable === true", timeout=120_000)
    seconds = time.monotonic() - start
    if refused:
        raise SystemExit(f"the page asked the network for {refused[:3]}")
    if screenshot:
        page.evaluate("kgPage.network.fit({animation: false})")
        page.wait_for_timeout(400)
        page.screenshot(path=str(screenshot))
    context.close()
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", nargs="?", type=int, default=1000)
    ap.add_argument("--screenshot", type=Path, help="write a PNG of the corpus page's default view here")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.pipeline import build_graph
    from kg.resources import Resources
    from kg.writers.html import render_html
    from tests.page_corpus import generate_corpus

    resources = Resources.load()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate_corpus(args.articles, tmp / "articles")
        t = time.monotonic()
        graph = build_graph([tmp / "articles"], resources=resources).graph
        built = time.monotonic() - t
        t = time.monotonic()
        page = tmp / "graph.html"
        page.write_text(render_html(graph), encoding="utf-8")
        written = time.monotonic() - t
        size = page.stat().st_size
        seed = tmp / "seed.html"
        seed.write_text(render_html(build_graph([ROOT / "seeds"], resources=resources).graph), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            base = statistics.median(draw_seconds(browser, seed) for _ in range(args.runs))
            drawn = statistics.median(draw_seconds(browser, page) for _ in range(args.runs))
            if args.screenshot:
                draw_seconds(browser, page, args.screenshot)
            browser.close()
    print(f"{args.articles:,} articles -> {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
          f"(built in {built:.1f} s); graph.html {size / 1e6:.2f} MB written in "
          f"{written:.1f} s")
    print(f"drawn and stable in {drawn:.2f} s (median of {args.runs}); the seed's page in {base:.2f} s: "
          f"{drawn / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
