"""No article can sink a build: extraction and merge failures skip that article only,
with its id, source and the reason; a fuzz corpus of generated articles builds."""
from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ArticleError, ReadError
from kg.model import Fact
from kg.pipeline import build_graph, build_graph_from
from kg.read import article_from_text

from .corpus_gen import TOWNSHIP_BODY, TOWNSHIP_TITLE, fixture_sentences, make_article


def _article(i: int, text: str, title: str = ""):
    return article_from_text(f"a{i}", text.split("\n"), title=title, source=f"mem/{i}.txt")


def test_township_bare_in_title_then_under_its_county_builds(tmp_path, resources):
    """The reproducer of issue 13: 递铺镇 bare in the title, 安吉县递铺镇 in the body."""
    p = tmp_path / "a.txt"
    p.write_text(f"{TOWNSHIP_TITLE}\n\n{TOWNSHIP_BODY}\n", encoding="utf-8")
    result = build_graph([p], resources=resources)
    assert not result.skipped, [str(e) for e in result.skipped]
    g = result.graph
    township = [n for n, t in g.nodes(data="type") if t == "Township"]
    village = [n for n, t in g.nodes(data="type") if t == "Village"]
    assert township == ["Township/330523/递铺镇"]
    # one village node, inside the township, which is inside 安吉县
    assert len(village) == 1 and g.has_edge(village[0], township[0], "locatedIn")
    assert g.has_edge(township[0], "adm/330523", "locatedIn")


def test_an_article_whose_extraction_raises_is_skipped_with_id_source_and_reason(resources, monkeypatch):
    from kg import extract

    real = extract.Extractor.__call__

    def flaky(self, article):
        if "爆炸" in article.text:
            raise ValueError("simulated bug in a stage")
        return real(self, article)

    monkeypatch.setattr(extract.Extractor, "__call__", flaky)
    seen = []
    items = [_article(0, "北京市丰台区召开会议。"), _article(1, "爆炸性新闻。山西省召开会议。"),
             _article(2, "山西省太原市召开会议。")]
    result = build_graph_from(items, resources=resources, on_article=seen.append)
    assert [a.id for a in result.articles] == ["a0", "a2"]
    [err] = result.skipped
    assert isinstance(err, ArticleError) and err.article_id == "a1" and err.path == "mem/1.txt"
    assert "ValueError: simulated bug in a stage" in err.reason
    assert seen[1] is err                      # reported as it happens, in order
    assert "adm/140100" in result.graph and "adm/110106" in result.graph


def test_a_fact_to_an_unknown_node_skips_the_article_and_leaves_the_graph_untouched(resources, monkeypatch):
    from kg import extract

    real = extract.Extractor.__call__

    def dangling(self, article):
        out = real(self, article)
        if article.id == "a1":
            first = next(iter(out.entities.entities))
            out.facts.append(Fact(first, "locatedIn", "Township/nowhere"))
        return out

    monkeypatch.setattr(extract.Extractor, "__call__", dangling)
    items = [_article(0, "北京市丰台区召开会议。"), _article(1, "山西省晋城市召开会议。")]
    result = build_graph_from(items, resources=resources)
    assert [a.id for a in result.articles] == ["a0"]
    assert "Township/nowhere" in result.skipped[0].reason
    # nothing of the skipped article got in half-way
    assert "adm/140500" not in result.graph and "article/a1" not in result.graph


def test_article_errors_cross_process_boundaries():
    import pickle

    err = pickle.loads(pickle.dumps(ArticleError("x", "f.txt", "boom")))
    assert (err.article_id, err.path, str(err)) == ("x", "f.txt", "f.txt: article 'x' skipped: boom")
    assert pickle.loads(pickle.dumps(ReadError("f", "why"))).reason == "why"


def _check_graph(g) -> None:
    """The graph contract every writer relies on."""
    for n, d in g.nodes(data=True):
        assert isinstance(n, str) and d.get("type") and isinstance(d.get("label"), str), (n, d)
    for h, t, k, d in g.edges(keys=True, data=True):
        assert k == d["relation"] and h in g and t in g


@st.composite
def corpora(draw):
    """A batch of generated articles: fixture sentences, titles repeating body names,
    noise, truncation (corpus_gen), plus Hypothesis' own text for some of them."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    items = []
    for i in range(100):
        title, text = make_article(rng)
        if i % 10 == 0:   # Hypothesis-shrunk text around a fixture sentence
            junk = draw(st.text(min_size=0, max_size=20))
            text = junk + rng.choice(fixture_sentences()) + junk
        try:
            items.append(article_from_text(f"g{i}", text.split("\n"), title=title, source=f"gen/{seed}/{i}"))
        except ReadError as err:   # nothing left after cleaning: a read error, reported like the rest
            items.append(err)
    return items


FUZZ_STATS = {"articles": 0, "skipped": 0, "seconds": 0.0}


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(items=corpora())
def test_fuzz_corpus_builds_without_a_crash(items, resources):
    start = time.perf_counter()
    result = build_graph_from(items, resources=resources)
    FUZZ_STATS["seconds"] += time.perf_counter() - start
    FUZZ_STATS["articles"] += len(items)
    FUZZ_STATS["skipped"] += len(result.skipped)
    # every generated article was built: extraction bugs would show up as ArticleErrors
    assert not [e for e in result.skipped if isinstance(e, ArticleError)], [str(e) for e in result.skipped][:5]
    assert len(result.articles) + len(result.skipped) == len(items)
    _check_graph(result.graph)
    from kg.writers import render

    import pyoxigraph as ox

    ttl = render(result.graph, "ttl")
    data = ttl.encode("utf-8") if isinstance(ttl, str) else ttl
    assert sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE)) > len(items)   # it parses, and has content


def test_fuzz_covered_a_thousand_articles():
    """Reported after the fuzz test (same module, runs after it)."""
    if FUZZ_STATS["articles"] == 0:
        pytest.skip("the fuzz test did not run in this session")
    print(f"fuzz: {FUZZ_STATS['articles']} articles in {FUZZ_STATS['seconds']:.1f} s, "
          f"{FUZZ_STATS['skipped']} empty after cleaning")
    assert FUZZ_STATS["articles"] >= 1000
