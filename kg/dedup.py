"""Wire copy: the same story republished by several outlets is read once.

Near-identical articles are found with MinHash signatures of character 5-grams
and a locality-sensitive hash index (``datasketch``), so the cost grows with the
corpus, not with its square. The first article of a group (in input order) is
extracted; each later one becomes a *mirror*: an ``Article`` node linked to it by
``kg:mirrorOf``, with its own title, date, URL and file, and no mentions of its
own, so counts are not inflated. Signatures use a fixed seed, so the same input
gives the same groups in any process. ``kg build --no-dedup`` keeps them apart.

>>> from kg.read import article_from_text
>>> story = "".join(f"全市第{i}批项目开工，投资{i * 7}亿元。" for i in range(1, 40))
>>> other = "".join(f"全县第{i}个村通过验收，受益{i * 13}户。" for i in range(1, 40))
>>> arts = [article_from_text("a", [story]), article_from_text("b", ["（本报讯）", story]),
...         article_from_text("c", [other])]
>>> find_mirrors(arts)
{'b': 'a'}
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Article

__all__ = ["find_mirrors", "DEFAULT_THRESHOLD", "SHINGLE"]

DEFAULT_THRESHOLD = 0.8   # estimated Jaccard similarity of the 5-gram sets to count as the same story
SHINGLE = 5               # characters per shingle: Chinese words are short, 5 keeps shingles distinctive
NUM_PERM = 64             # permutations: a Jaccard estimate within ~0.06
_NOISE = re.compile(r"[\s\u3000，。、；：？！“”‘’（）《》【】,.;:?!\"'()\[\]-]+")


def _signature(text: str):
    from datasketch import MinHash

    body = _NOISE.sub("", text)
    grams = {body[i:i + SHINGLE] for i in range(max(1, len(body) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return m


def find_mirrors(articles: Iterable[Article], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """``{mirror article id: the id of the first article of its story}`` over ``articles`` in order."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, object] = {}
    order: dict[str, int] = {}
    mirrors: dict[str, str] = {}
    for n, art in enumerate(articles):
        sig = _signature(art.match_text or art.text)
        candidates = [c for c in lsh.query(sig) if signatures[c].jaccard(sig) >= threshold]
        if candidates:
            first = min(candidates, key=order.__getitem__)
            mirrors[art.id] = first
            continue
        lsh.insert(art.id, sig)
        signatures[art.id] = sig
        order[art.id] = n
    return mirrors
