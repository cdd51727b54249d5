"""Rank initiatives by the number of places that carry them out, and plot the ranking.

A place counts for an initiative when it implements the initiative itself or
through anything located in it, at any depth: when 丰台区 implements an
initiative, 丰台区 and 北京市 both count; when a village's party branch does,
the village, its county, its prefecture and its province count.

Run it on the bundled seed articles (or any inputs ``kg build`` reads)::

    python examples/rank_initiatives.py                      # seeds/ -> initiatives.png
    python examples/rank_initiatives.py output/ -o out.png   # a graph kg build wrote

It prints the ranking, writes it as CSV beside the plot, and saves a bar plot
(PNG). Chinese labels need a CJK font; without one the bars are numbered and
the CSV and the printed table give the names.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import networkx as nx
import pandas as pd

import kg

ROOT = Path(__file__).resolve().parent.parent
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
             "AR PL UKai CN", "AR PL UMing CN", "Droid Sans Fallback", "Noto Sans CJK JP")


def rank_initiatives(graph: kg.KnowledgeGraph) -> pd.DataFrame:
    """One row per initiative: ``initiative`` (id), ``label``, ``places`` (how
    many), ``direct`` (how many implement it themselves), ``place_labels``
    (sorted, joined by ``、``); most places first, then by label."""
    places = set(graph.entities("Place")["id"])
    within = graph.relations("locatedIn")
    located = nx.DiGraph(list(zip(within["head"], within["tail"])))
    reached: dict[str, set[str]] = {}
    direct: dict[str, set[str]] = {}
    initiatives = graph.entities("Initiative").set_index("id")["label"]
    for head, tail in graph.relations("implements")[["head", "tail"]].itertuples(index=False):
        if tail not in initiatives.index:
            continue
        above = nx.descendants(located, head) if head in located else set()
        reached.setdefault(tail, set()).update(({head} | above) & places)
        if head in places:
            direct.setdefault(tail, set()).add(head)
    label = graph.graph.nodes
    rows = [{"initiative": i, "label": initiatives[i], "places": len(p), "direct": len(direct.get(i, ())),
             "place_labels": "、".join(sorted(label[x]["label"] for x in p))}
            for i, p in reached.items()]
    table = pd.DataFrame(rows, columns=["initiative", "label", "places", "direct", "place_labels"])
    return table.sort_values(["places", "label"], ascending=[False, True], ignore_index=True)


def cjk_font() -> str | None:
    """The name of an installed font that has Chinese glyphs, if any."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def plot(table: pd.DataFrame, path: Path, *, top: int = 20, title: str = "") -> Path:
    """A horizontal bar plot of the ``top`` initiatives, saved as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
    shown = table.head(top)
    names = list(shown["label"]) if font else [f"#{i + 1}" for i in range(len(shown))]
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.4 * max(len(shown), 1)), dpi=100)
    if len(shown):
        ax.barh(range(len(shown)), shown["places"], color="#4c72b0")
        ax.set_yticks(range(len(shown)), names)
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)
    else:
        ax.text(0.5, 0.5, "no initiatives in this graph", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    ax.set_xlabel("places that implement it (directly or through something located in them)")
    ax.set_title(title or "Initiatives by number of places")
    fig.tight_layout()
    with warnings.catch_warnings():   # missing glyphs are expected without a CJK font
        warnings.simplefilter("ignore", UserWarning)
        fig.savefig(path, format="png")
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "seeds"],
                        help="articles to build from, or a folder kg build wrote (default: seeds/)")
    parser.add_argument("-o", "--output", type=Path, default=Path("initiatives.png"), help="the PNG to write")
    parser.add_argument("--top", type=int, default=20, help="how many initiatives to plot")
    args = parser.parse_args(argv)
    built = len(args.inputs) == 1 and (args.inputs[0] / "graph.json").is_file()
    graph = kg.load(args.inputs[0]) if built else kg.build(args.inputs)
    table = rank_initiatives(graph)
    with pd.option_context("display.unicode.east_asian_width", True, "display.width", 200,
                           "display.max_colwidth", 60):
        print(table[["label", "places", "direct", "place_labels"]].to_string(index=False)
              if len(table) else "no initiatives in this graph")
    csv_path = args.output.with_suffix(".csv")
    table.to_csv(csv_path, index=False, encoding="utf-8-sig")
    plot(table, args.output, top=args.top)
    print(f"wrote {args.output} and {csv_path}" + ("" if cjk_font() else " (no CJK font: bars numbered as in the CSV)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
