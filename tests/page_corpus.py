"""A generated corpus (for the page) of any size from the repository's own fixture articles (tests/gold/g*.txt and
tests/fixtures/corpus), for the page and speed tests: each article is a fixture with its persons
renamed, its days moved and a publication date of its own in a ``date:`` header. Deterministic."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from kg.inputmeta import split_text_header

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "建国明华立新志强海军红梅晓东文杰春生国庆德胜家豪秀英永福振宇爱民玉兰"


def _templates() -> list[tuple[str, str, list[str]]]:
    """(name, text, person names in it) for every fixture article."""
    out = []
    for path in sorted(GOLD.glob("g*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        persons = [e["label"] for e in gold.get("entities", []) if e.get("type") == "Person"]
        out.append((path.stem, path.read_text(encoding="utf-8"), persons))
    for path in sorted(FIXTURES.glob("*.txt")):
        _meta, text = split_text_header(path.read_text(encoding="utf-8"))
        out.append((path.stem, text, re.findall(r"(?:书记|县长|市长)([\u4e00-\u9fff]{3})(?=[出主到指])", text)))
    return out


def generate_corpus(n: int, folder: Path, seed: int = 15) -> list[Path]:
    """Write ``n`` articles into ``folder`` (a.txt files with a title/date header); return their paths."""
    rnd = random.Random(seed)
    templates = _templates()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, text, persons = templates[i % len(templates)]
        # longest first (a name inside a longer one is replaced after it), ties by the name: a set's order
        # changes with the hash seed, and so would every random choice after it
        for person in sorted(set(persons), key=lambda p: (-len(p), p)):
            new = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(len(person) - 1))
            text = text.replace(person, new)
        year = 2018 + rnd.randrange(6)
        month = rnd.randrange(1, 13)
        day = rnd.randrange(1, 29)

        def move(m, month=month, day=day):
            return f"{month}月{max(1, min(28, day - rnd.randrange(0, 5)))}日"

        text = re.sub(r"(?<![\d年])\d{1,2}月\d{1,2}日", move, text)
        lines = text.strip().split("\n")
        title = lines[0].strip() if len(lines) > 1 and not lines[1].strip() else ""
        header = f"title: {title}\ndate: {year}-{month:02d}-{day:02d}\n\n" if title else f"date: {year}-{month:02d}-{day:02d}\n\n"
        path = folder / f"{i:05d}_{name}.txt"
        path.write_text(header + text, encoding="utf-8")
        paths.append(path)
    return paths
