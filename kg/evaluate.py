"""Scoring the extractor against hand-made gold files (``kg eval``).

The gold format is described in ``SCHEMA.md``: ``entities``, ``not_entities``,
``relations``, ``events`` and ``statistics``, each item optionally ``core``.

How things are matched
----------------------
* **Entities.** A gold entity is found when a node the article mentions has the
  gold label (or one of the gold aliases) as its label or alias, *and* the same
  class. Precision counts every entity node the article mentions: one that
  matches no gold entity is a false positive (``strict``), even though gold
  files are not exhaustive; the ``judged`` precision counts only the nodes the
  gold file speaks about (a gold entity with a wrong class, or a
  ``not_entities`` string). Both are printed; F1 uses the strict precision.
* **Relations.** ``(head, relation, tail)`` by labels and aliases (a gold end is the
  nodes entity scoring accepts as that gold entity: its label, or one of its aliases
  on a node of its class); ``locatedIn``
  also counts when the graph reaches the tail through a chain of ``locatedIn``.
  Precision is over the typed edges between the article's entities (not
  ``mentions``, not the co-mention layer, not event slots).
* **Events.** Each gold event is paired with the predicted event node of the
  same class that agrees on most slots (date, dateBefore, organizer, place,
  document, campaign, agent); slot accuracy is the share of the gold's stated
  slots that the paired node gets right (an unpaired event gets none right).
* **Dates.** The gold's ``document.reference_year`` is given to the article as its
  publication year (what a dated article carries), so 9月10日 reads as that year.
* **Statistics.** Found when an ``Observation`` has the gold ``value`` and
  ``unit`` and its ``subject`` is the gold subject.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import KGError

__all__ = ["GoldFile", "Score", "evaluate_gold", "evaluate_files", "format_report", "format_by_source",
           "find_article"]

NON_ENTITY_TYPES = {"Article", "Observation", "Post", "Evidence"}


def _event_types() -> frozenset[str]:
    """Event and every subclass the ontology declares under it."""
    from .ontology import event_classes

    return event_classes()


SLOT_EDGES = {"organizer", "place", "document", "campaign", "chair", "attendee", "agent", "subject",
              "holder", "role", "postIn", "about"}
LAYER_EDGES = {"mentions", "coMentionedWith"}
EVENT_SLOTS = ("date", "date_before", "organizer", "place", "document", "campaign", "agent", "chair")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "Score") -> "Score":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class GoldFile:
    path: Path
    data: dict

    @classmethod
    def read(cls, path: str | Path) -> "GoldFile":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise KGError(f"{path}: cannot read gold file ({err})") from err
        if not isinstance(data, dict) or "entities" not in data:
            raise KGError(f"{path}: not a gold file (no \"entities\")")
        return cls(path, data)


def find_article(gold: GoldFile, search: list[Path] | None = None) -> Path:
    """The article a gold file describes: beside it, in ``../seeds``, or in ``search`` folders."""
    doc = gold.data.get("document", {})
    name = doc.get("file") or gold.path.with_suffix(".txt").name
    places = [gold.path.parent, gold.path.parent.parent / "seeds", *(search or [])]
    for folder in places:
        p = Path(folder) / name
        if p.is_file():
            return p
    raise KGError(f"{gold.path}: its article {name!r} is not beside it nor in {', '.join(map(str, places[1:]))}")


@dataclass
class _View:
    """The part of a graph one article produced, indexed by label and alias."""

    graph: nx.MultiDiGraph
    article: str
    nodes: set[str] = field(default_factory=set)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    event_types: frozenset[str] = field(default_factory=_event_types)

    @classmethod
    def of(cls, graph: nx.MultiDiGraph, article_id: str) -> "_View":
        v = cls(graph, article_id)
        for n, d in graph.nodes(data=True):
            if article_id in d.get("articles", ()) or d.get("type") in ("Observation", "Post") or d.get("inferred"):
                for name in [d.get("label", "")] + list(d.get("aliases", ())):
                    v.names[_norm(name)].add(n)
                if article_id in d.get("articles", ()) and d.get("type") not in NON_ENTITY_TYPES:
                    v.nodes.add(n)
        return v

    def lookup(self, *names: str) -> set[str]:
        out: set[str] = set()
        for name in names:
            out |= self.names.get(_norm(name), set())
        return out

    def type(self, node: str) -> str:
        return self.graph.nodes[node].get("type", "")

    def node_sources(self, node: str) -> set[str]:
        """The rules whose mentions in this article made ``node``."""
        return {e.get("source") or "?" for e in self.graph.nodes[node].get("evidence", ())
                if e.get("article") == self.article} or {"?"}

    def edge_sources(self, head: str, tail: str, key: str) -> set[str]:
        return set(self.graph.edges[head, tail, key].get("sources", ())) or {"?"}


class _BySource:
    """Per rule (``source``) and kind of item: the gold items it wins (tp) and what it adds wrongly (fp)."""

    def __init__(self):
        self.scores: dict[tuple[str, str], Score] = defaultdict(Score)

    def win(self, kind: str, sources: set[str]) -> None:
        for src in sources:
            self.scores[(src, kind)].tp += 1

    def lose(self, kind: str, sources: set[str]) -> None:
        for src in sources:
            self.scores[(src, kind)].fp += 1


def _count(hit: bool, *scores: Score) -> None:
    """One gold item: a true positive on every score if found, else a false negative."""
    for s in scores:
        if hit:
            s.tp += 1
        else:
            s.fn += 1


def _norm(s: str) -> str:
    return str(s).strip().strip("《》").replace('"', "“")


def _labels(item: dict) -> tuple[str, ...]:
    return (item["label"], *item.get("aliases", ()))


def _score_entities(gold: dict, view: _View, by: _BySource) -> dict:
    overall, core, judged = Score(), Score(), Score()
    per_class: dict[str, Score] = defaultdict(Score)
    matched: set[str] = set()
    misses, wrong_class = [], []
    for item in gold.get("entities", []):
        nodes = view.lookup(*_labels(item)) & view.nodes
        right = {n for n in nodes if view.type(n) == item["type"]}
        hit = bool(right)
        matched |= nodes
        _count(hit, overall, per_class[item["type"]], judged, *((core,) if item.get("core") else ()))
        if hit:
            by.win("entity", set().union(*(view.node_sources(n) for n in right)))
        if not hit:
            if nodes:
                by.lose("entity", set().union(*(view.node_sources(n) for n in nodes)))
                got = sorted({view.type(n) for n in nodes})
                wrong_class.append({"label": item["label"], "expected": item["type"], "got": got,
                                    "core": bool(item.get("core"))})
                overall.fp += 1
                judged.fp += 1
                for n in nodes:
                    per_class[view.type(n)].fp += 1
            else:
                misses.append({"label": item["label"], "type": item["type"], "core": bool(item.get("core"))})
    forbidden = []
    for item in gold.get("not_entities", []):
        nodes = view.lookup(item["text"]) & view.nodes
        if nodes:
            forbidden.append({"text": item["text"], "as": sorted(view.graph.nodes[n]["label"] for n in nodes)})
            by.lose("entity", set().union(*(view.node_sources(n) for n in nodes)))
            judged.fp += 1
            matched |= nodes
    # event nodes are scored as events; they count here only when the gold lists them as entities
    extra_nodes = sorted(n for n in view.nodes - matched if view.type(n) not in view.event_types)
    extras = sorted((view.type(n), view.graph.nodes[n]["label"]) for n in extra_nodes)
    for n in extra_nodes:
        by.lose("entity", view.node_sources(n))
    overall.fp += len(extras) + len(forbidden)
    for cls_name, label in extras:
        per_class[cls_name].fp += 1
    return {"overall": overall, "core": core, "judged": judged, "per_class": dict(per_class),
            "misses": misses, "wrong_class": wrong_class, "not_entities_found": forbidden,
            "extras": [{"type": t, "label": lab} for t, lab in extras]}


def _located_closure(view: _View) -> nx.DiGraph:
    return nx.DiGraph((u, v) for u, v, k in view.graph.edges(keys=True) if k == "locatedIn")


def _score_relations(gold: dict, view: _View, by: _BySource) -> dict:
    overall, core = Score(), Score()
    located = _located_closure(view)
    found_edges: set[tuple[str, str, str]] = set()
    misses = []
    known = {item["label"]: item for item in gold.get("entities", [])}

    def nodes(label: str) -> set[str]:
        # the nodes entity scoring accepts as the gold entity: its label, or one of its
        # aliases on a node of its class (省发改委 for 某省发展和改革委员会)
        item = known.get(label)
        extra = {n for n in view.lookup(*item.get("aliases", ())) if view.type(n) == item["type"]} if item else set()
        return view.lookup(label) | extra

    for rel in gold.get("relations", []):
        heads, tails = nodes(rel["head"]), nodes(rel["tail"])
        name = rel["relation"]
        hit = None
        for h in sorted(heads):
            for t in sorted(tails):
                if view.graph.has_edge(h, t, key=name):
                    hit = (h, name, t)
                elif name == "locatedIn" and h in located and t in located and nx.has_path(located, h, t):
                    hit = (h, name, t)
                if hit:
                    break
            if hit:
                break
        _count(bool(hit), overall, *((core,) if rel.get("core") else ()))
        if hit:
            found_edges.add(hit)
            h, _, t = hit
            by.win("relation", view.edge_sources(h, t, name) if view.graph.has_edge(h, t, key=name)
                   else {"located.chain"})
        else:
            misses.append({**{k: rel[k] for k in ("head", "relation", "tail")}, "core": bool(rel.get("core"))})
    extras = []
    for u, v, k in view.graph.edges(keys=True):
        if k in LAYER_EDGES or k in SLOT_EDGES or (u, k, v) in found_edges:
            continue
        if view.graph.edges[u, v, k].get("source") == "gazetteer":
            continue  # GB/T 2260 parent links are data, not extraction
        if u in view.nodes and v in view.graph and view.article in view.graph.edges[u, v, k].get("articles", ()):
            extras.append({"head": view.graph.nodes[u]["label"], "relation": k, "tail": view.graph.nodes[v]["label"]})
            by.lose("relation", view.edge_sources(u, v, k))
    overall.fp += len(extras)
    return {"overall": overall, "core": core, "misses": misses,
            "extras": sorted(extras, key=lambda e: (e["relation"], e["head"], e["tail"]))}


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2})?")


def _event_slots(view: _View, node: str) -> dict[str, set[str]]:
    d = view.graph.nodes[node]
    slots: dict[str, set[str]] = defaultdict(set)
    if d.get("date"):
        slots["date"].add(str(d["date"]))
    if d.get("dateBefore"):
        slots["date_before"].add(str(d["dateBefore"]))
    if _PARTIAL_DATE.fullmatch(str(d.get("dateNote", ""))):
        # a year or month (2014, 2023-09) is no xsd:date: kg.conform keeps it as the note
        slots["date"].add(str(d["dateNote"]))
    for _, t, k in view.graph.out_edges(node, keys=True):
        if k in LAYER_EDGES:
            continue
        lab = view.graph.nodes[t]
        names = {_norm(lab.get("label", "")), *map(_norm, lab.get("aliases", ()))}
        slots[k] |= names
        slots["agent"] |= names if k in ("chair", "attendee", "agent") else set()
    for h, _, k in view.graph.in_edges(node, keys=True):
        if k in ("participatesIn",):
            slots["agent"].add(_norm(view.graph.nodes[h].get("label", "")))
    return slots


def _score_events(gold: dict, view: _View, by: _BySource) -> dict:
    # a campaign is an Event in the ontology but a gold file lists it among the entities
    # (SCHEMA.md), where it is scored: it is no unpaired event prediction
    predicted = sorted(n for n in view.nodes if view.type(n) in view.event_types and view.type(n) != "Campaign")
    used: set[str] = set()
    found, core_found, slots_right, slots_total, complete = 0, 0, 0, 0, 0
    core_slots_right, core_slots_total = 0, 0
    details = []
    # a slot's gold value is the gold entity of that label, with its aliases, as entity
    # scoring identifies it (a node labelled otherwise but named by an alias is that entity)
    aliases = {item["label"]: {_norm(a) for a in item.get("aliases", ())} for item in gold.get("entities", [])}

    def names(val: str) -> set[str]:
        return {_norm(val)} | aliases.get(val, set())

    for ev in gold.get("events", []):
        wanted = {s: ev[s] for s in EVENT_SLOTS if ev.get(s)}
        best, best_right, best_wrong = None, -1, []
        for n in predicted:
            if n in used or view.type(n) != ev["type"]:
                continue
            slots = _event_slots(view, n)
            right = [s for s, val in wanted.items() if names(val) & slots.get(s, set())]
            if len(right) > best_right:
                best, best_right = n, len(right)
                best_wrong = [s for s in wanted if s not in right]
        if best is not None:
            used.add(best)
            found += 1
            core_found += bool(ev.get("core"))
            # an event counts for its rule when every slot the gold states is right
            (by.win if not best_wrong else by.lose)("event", view.node_sources(best))
            complete += not best_wrong
        right_n = max(best_right, 0)
        slots_right += right_n
        slots_total += len(wanted)
        if ev.get("core"):
            core_slots_right += right_n
            core_slots_total += len(wanted)
        if best is None or best_wrong:
            details.append({"type": ev["type"], "label": ev.get("label", ""), "core": bool(ev.get("core")),
                            "paired_with": view.graph.nodes[best]["label"] if best else None,
                            "wrong_slots": best_wrong if best else sorted(wanted)})
    for n in predicted:
        if n not in used:
            by.lose("event", view.node_sources(n))
    n_gold = len(gold.get("events", []))
    n_core = sum(1 for e in gold.get("events", []) if e.get("core"))
    return {"gold": n_gold, "found": found, "complete": complete, "core": n_core, "core_found": core_found,
            "predicted": len(predicted),
            "slot_accuracy": round(slots_right / slots_total, 4) if slots_total else 0.0,
            "core_slot_accuracy": round(core_slots_right / core_slots_total, 4) if core_slots_total else 0.0,
            "slots_right": slots_right, "slots_total": slots_total, "misses": details}


def _same_value(found, gold, unit: str) -> bool:
    """Equal figures; with unit ``%`` a percentage written as a fraction (0.49) or as a number (49)
    on either side matches the other form (SCHEMA.md stores the fraction, older gold the number)."""
    try:
        f, g = float(found), float(gold)
    except (TypeError, ValueError):
        return False

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 1e-6 * max(1.0, abs(b))

    if close(f, g):
        return True
    return unit == "%" and (close(f * 100, g) or close(f, g * 100))


def _score_statistics(gold: dict, view: _View, by: _BySource) -> dict:
    obs = [n for n, d in view.graph.nodes(data=True)
           if d.get("type") == "Observation" and view.article in d.get("articles", ())]
    overall, core = Score(), Score()
    used: set[str] = set()
    misses = []
    for st in gold.get("statistics", []):
        subjects = view.lookup(st["subject"])
        hit = None
        for n in sorted(obs):
            d = view.graph.nodes[n]
            same_value = _same_value(d.get("value"), st["value"], str(st.get("unit", "")))
            subj = {t for _, t, k in view.graph.out_edges(n, keys=True) if k == "subject"}
            if n not in used and same_value and str(d.get("unit", "")) == str(st.get("unit", "")) and subj & subjects:
                hit = n
                break
        _count(bool(hit), overall, *((core,) if st.get("core") else ()))
        if hit:
            used.add(hit)
            by.win("statistic", view.node_sources(hit))
        else:
            misses.append({k: st.get(k) for k in ("subject", "measure", "value", "unit", "core")})
    overall.fp += len(set(obs) - used)
    for n in sorted(set(obs) - used):
        by.lose("statistic", view.node_sources(n))
    return {"overall": overall, "core": core, "misses": misses}


def evaluate_gold(gold: GoldFile, graph: nx.MultiDiGraph, article_id: str) -> dict:
    """Score one article's part of ``graph`` against ``gold``."""
    view = _View.of(graph, article_id)
    by = _BySource()
    report = {"gold": str(gold.path), "article": article_id,
              "entities": _score_entities(gold.data, view, by),
              "relations": _score_relations(gold.data, view, by),
              "events": _score_events(gold.data, view, by),
              "statistics": _score_statistics(gold.data, view, by)}
    report["by_source"] = {f"{src}\t{kind}": sc for (src, kind), sc in sorted(by.scores.items())}
    return report


def evaluate_files(gold_paths: list[str | Path], *, resources=None, search: list[Path] | None = None,
                   components=None, overlaps: str = "longest_first.v1") -> dict:
    """Build each gold file's article on its own and score it; also the micro totals."""
    from dataclasses import replace

    from .model import Article
    from .pipeline import build_graph_from
    from .read import read_path
    from .resources import Resources

    resources = resources or Resources.load()
    reports = []
    for gp in gold_paths:
        gold = GoldFile.read(gp)
        article = find_article(gold, search)
        # the gold's reference year stands for the publication date a real article carries
        year = gold.data.get("document", {}).get("reference_year")
        items = [replace(a, year=int(year)) if isinstance(a, Article) and year and not a.date else a
                 for a in read_path(article)]
        result = build_graph_from(items, resources=resources, components=components, overlaps=overlaps)
        if not result.articles:
            raise KGError(f"{article}: {result.skipped[0].reason if result.skipped else 'no article'}")
        reports.append(evaluate_gold(gold, result.graph, result.articles[0].id))
    return {"files": reports, "total": _totals(reports)}


def _totals(reports: list[dict]) -> dict:
    tot: dict = {"entities": {"overall": Score(), "core": Score(), "judged": Score()},
                 "per_class": defaultdict(Score), "relations": {"overall": Score(), "core": Score()},
                 "statistics": {"overall": Score(), "core": Score()}}
    ev = defaultdict(int)
    for r in reports:
        for k in ("overall", "core", "judged"):
            tot["entities"][k] += r["entities"][k]
        for c, s in r["entities"]["per_class"].items():
            tot["per_class"][c] += s
        for part in ("relations", "statistics"):
            for k in ("overall", "core"):
                tot[part][k] += r[part][k]
        for k in ("gold", "found", "complete", "core", "core_found", "slots_right", "slots_total", "predicted"):
            ev[k] += r["events"][k]
    ev["slot_accuracy"] = round(ev["slots_right"] / ev["slots_total"], 4) if ev["slots_total"] else 0.0
    ev["complete_share"] = round(ev["complete"] / ev["gold"], 4) if ev["gold"] else 0.0
    tot["events"] = dict(ev)
    tot["by_source"] = _by_source_totals(reports, tot)
    tot["per_class"] = dict(sorted(tot["per_class"].items()))
    return tot


def _by_source_totals(reports: list[dict], tot: dict) -> list[dict]:
    """One row per (rule, kind of item): wins, losses, precision, and recall against all gold items
    of that kind; sorted by how many gold items the rule wins, then loses."""
    gold_items = {"entity": tot["entities"]["overall"].tp + tot["entities"]["overall"].fn,
                  "relation": tot["relations"]["overall"].tp + tot["relations"]["overall"].fn,
                  "event": tot["events"]["gold"],
                  "statistic": tot["statistics"]["overall"].tp + tot["statistics"]["overall"].fn}
    sums: dict[str, Score] = defaultdict(Score)
    articles: dict[str, int] = defaultdict(int)
    for r in reports:
        for key, sc in r["by_source"].items():
            sums[key] += sc
            articles[key] += 1
    rows = []
    for key, sc in sums.items():
        src, kind = key.split("\t")
        total = gold_items.get(kind, 0)
        rows.append({"source": src, "kind": kind, "wins": sc.tp, "losses": sc.fp, "articles": articles[key],
                     "precision": round(sc.precision, 4), "recall": round(sc.tp / total, 4) if total else 0.0})
    return sorted(rows, key=lambda r: (-r["wins"], r["losses"], r["source"], r["kind"]))


def format_by_source(report: dict) -> str:
    """The ``kg eval --by source`` table."""
    rows = report["total"]["by_source"]
    out = [f"{'source':<30} {'kind':<10} {'wins':>5} {'losses':>6} {'P':>7} {'R':>7} {'articles':>8}"]
    for r in rows:
        out.append(f"{r['source']:<30} {r['kind']:<10} {r['wins']:>5} {r['losses']:>6} {r['precision']:>7.1%} "
                   f"{r['recall']:>7.1%} {r['articles']:>8}")
    return "\n".join(out)


def _jsonable(obj):
    if isinstance(obj, Score):
        return obj.as_dict()
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_jsonable(v) for v in obj]
    return obj


def to_json(report: dict) -> str:
    return json.dumps(_jsonable(report), ensure_ascii=False, indent=1, sort_keys=True)


def _line(name: str, s: Score) -> str:
    return f"  {name:<22} P {s.precision:6.1%}  R {s.recall:6.1%}  F1 {s.f1:6.1%}   (tp {s.tp}, fp {s.fp}, fn {s.fn})"


def format_report(report: dict, show_misses: bool = True) -> str:
    out = []
    for r in report["files"]:
        e = r["entities"]
        out.append(f"== {r['gold']}  (article {r['article']})")
        out.append(_line("entities (strict P)", e["overall"]))
        out.append(_line("entities, core", e["core"]))
        out.append(_line("entities (judged P)", e["judged"]))
        out.append(_line("relations", r["relations"]["overall"]))
        out.append(_line("relations, core", r["relations"]["core"]))
        ev = r["events"]
        out.append(f"  {'events':<22} found {ev['found']}/{ev['gold']} (core {ev['core_found']}/{ev['core']}), "
                   f"slot accuracy {ev['slot_accuracy']:.1%} (core {ev['core_slot_accuracy']:.1%}), predicted {ev['predicted']}")
        out.append(_line("statistics", r["statistics"]["overall"]))
        out.append(_line("statistics, core", r["statistics"]["core"]))
        if show_misses:
            for m in e["misses"]:
                out.append(f"    missed entity{' [core]' if m['core'] else ''}: {m['label']} ({m['type']})")
            for m in e["wrong_class"]:
                out.append(f"    wrong class{' [core]' if m['core'] else ''}: {m['label']} expected {m['expected']}, got {'/'.join(m['got'])}")
            for m in e["not_entities_found"]:
                out.append(f"    not an entity, but a node: {m['text']} -> {'、'.join(m['as'])}")
            for m in e["extras"]:
                out.append(f"    extra entity: {m['label']} ({m['type']})")
            for m in r["relations"]["misses"]:
                out.append(f"    missed relation{' [core]' if m['core'] else ''}: {m['head']} -{m['relation']}-> {m['tail']}")
            for m in r["relations"]["extras"]:
                out.append(f"    extra relation: {m['head']} -{m['relation']}-> {m['tail']}")
            for m in ev["misses"]:
                what = f"paired with {m['paired_with']}, wrong {', '.join(m['wrong_slots'])}" if m["paired_with"] else "not found"
                out.append(f"    event{' [core]' if m['core'] else ''} {m['type']} {m['label']}: {what}")
            for m in r["statistics"]["misses"]:
                out.append(f"    missed statistic{' [core]' if m['core'] else ''}: {m['subject']} {m['measure']} {m['value']} {m['unit']}")
    t = report["total"]
    out.append(f"== total over {len(report['files'])} gold file(s)")
    out.append(_line("entities (strict P)", t["entities"]["overall"]))
    out.append(_line("entities, core", t["entities"]["core"]))
    out.append(_line("entities (judged P)", t["entities"]["judged"]))
    for c, s in t["per_class"].items():
        out.append(_line(f"  {c}", s))
    out.append(_line("relations", t["relations"]["overall"]))
    out.append(_line("relations, core", t["relations"]["core"]))
    ev = t["events"]
    out.append(f"  {'events':<22} found {ev['found']}/{ev['gold']} (core {ev['core_found']}/{ev['core']}), "
               f"every slot right {ev['complete']}/{ev['gold']} ({ev['complete_share']:.1%}), "
               f"slot accuracy {ev['slot_accuracy']:.1%}")
    out.append(_line("statistics", t["statistics"]["overall"]))
    out.append(_line("statistics, core", t["statistics"]["core"]))
    return "\n".join(out)
