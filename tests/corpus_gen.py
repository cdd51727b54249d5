"""Generated corpora for the robustness tests: real sentences from the fixtures
(tests/gold/*.txt and the seed), shuffled into new articles whose titles repeat
names from their bodies, with punctuation noise and truncation.

Deterministic for a given seed, so a failing case can be rebuilt.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"

# the headline pattern of issue 13: a township bare in the title, under its county in the body
TOWNSHIP_TITLE = "递铺镇横山村党群服务中心揭牌"
TOWNSHIP_BODY = "近日,安吉县递铺镇横山村党群服务中心正式揭牌。横山村党支部书记介绍了村里的情况。"
NOISE = list("，。、；：！？“”‘’（）《》—…·,.;:!?()[]<>&#%*~|") + ["\u3000", " ", "\t", "\u200b", "\ufeff"]


@lru_cache(maxsize=1)
def fixture_sentences() -> tuple[str, ...]:
    """Sentences of the fixture articles (paragraphs cut at 。！？)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    seed = SEEDS / "000_d8a4dfaa46811922.txt"
    if seed.is_file():
        texts.append(re.sub(r"<[^>]+>", "\n", seed.read_text(encoding="utf-8")))
    out = []
    for text in texts:
        for line in text.splitlines():
            out += [s for s in re.findall(r"[^。！？!?]+[。！？!?]?", line.strip()) if len(s) >= 6]
    return tuple(dict.fromkeys(out))


def names_in(sentence: str) -> list[str]:
    """Place- and body-like names to repeat in a title (a cheap stand-in for NER)."""
    return re.findall(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|村|街道|委员会|党委|政府|大学|医院)", sentence)


def make_article(rng: random.Random) -> tuple[str, str]:
    """One (title, body) pair."""
    sents = fixture_sentences()
    body = [rng.choice(sents) for _ in range(rng.randint(1, 6))]
    roll = rng.random()
    if roll < 0.1:
        title, body = TOWNSHIP_TITLE, [TOWNSHIP_BODY] + body
    elif roll < 0.6:
        names = [n for s in body for n in names_in(s)]
        title = "".join(rng.sample(names, min(len(names), rng.randint(1, 3)))) + rng.choice(["召开会议", "揭牌", "开展调研", ""])
    else:
        title = rng.choice(sents)[:rng.randint(1, 30)]
    text = "\n".join(body)
    if rng.random() < 0.4:   # punctuation noise
        chars = list(text)
        for _ in range(rng.randint(1, 12)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(NOISE))
        text = "".join(chars)
    if rng.random() < 0.3:   # truncated mid-word
        text = text[:rng.randint(1, max(1, len(text)))]
    return title, text


def write_corpus(folder: Path, n: int, seed: int = 13) -> list[Path]:
    """``n`` generated articles as .txt files (title line, blank line, body)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title, text = make_article(rng)
        p = folder / f"gen{i:05d}.txt"
        p.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(p)
    return paths
