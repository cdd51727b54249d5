"""Graphs in the shape of the graph contract (docs/ARCHITECTURE.md) for the page tests.

``rich_graph()`` is hand-built: what the extractor will find once it reads
organisations, initiatives, events with dates and statistics (seed text on
purpose: tests may hold it). ``big_graph(n)`` is synthetic, for size and speed.
"""
from __future__ import annotations

import random

import networkx as nx

A1, A2 = "a1_beijing", "a2_alashan"
TITLES = {A1: "北京：接诉即办推动主题教育走深走实", A2: "内蒙古阿拉善右旗：马背党校送学上门"}
SENTENCES = {
    A1: ["北京市深化接诉即办改革，把主题教育成果转化为为民服务的实效。",
         "9月12日，中共北京市委召开第二批主题教育工作会议。",
         "8月30日，北京市印发《北京市接诉即办工作条例》。",
         "9月20日前，市领导到丰台区调研接诉即办工作。",
         "北京市共有党员139.5万人。",
         "丰台区各党支部坚持三会一课制度。"],
    A2: ["阿拉善右旗阿日毛道嘎查地处巴丹吉林沙漠腹地，开展主题教育面临着居住分散的难题。",
         "内蒙古自治区组织马背党校送学上门。"],
}


def _evidence(article: str, sentence_no: int, mention: str | None) -> dict:
    text = "\n".join(SENTENCES[article])
    sentence = SENTENCES[article][sentence_no]
    s0 = text.index(sentence)
    ev = {"article": article, "sentence": sentence, "sentence_start": s0, "sentence_end": s0 + len(sentence)}
    if mention is not None:
        i = sentence.index(mention)
        ev["start"], ev["end"] = s0 + i, s0 + i + len(mention)
    return ev


# id, type, label, aliases, attrs, evidence [(article, sentence index, mention)]
NODES = [
    ("adm/110000", "Province", "北京市", ["北京"], {"adcode": "110000"},
     [(A1, 0, "北京市"), (A1, 2, "北京市"), (A1, 4, "北京市")]),
    ("adm/110106", "County", "丰台区", [], {"adcode": "110106"}, [(A1, 3, "丰台区"), (A1, 5, "丰台区")]),
    ("adm/150000", "Province", "内蒙古自治区", ["内蒙古"], {"adcode": "150000"}, [(A2, 1, "内蒙古自治区")]),
    ("adm/152900", "Prefecture", "阿拉善盟", [], {"adcode": "152900", "inferred": True}, []),
    ("adm/152922", "County", "阿拉善右旗", ["阿右旗"], {"adcode": "152922"}, [(A2, 0, "阿拉善右旗")]),
    ("Village/152922/阿日毛道嘎查", "Village", "阿日毛道嘎查", [], {}, [(A2, 0, "阿日毛道嘎查")]),
    ("PartyOrganization/中共北京市委", "PartyOrganization", "中共北京市委", ["北京市委"], {}, [(A1, 1, "中共北京市委")]),
    ("PartyOrganization/丰台区各党支部", "PartyOrganization", "丰台区各党支部", [], {}, [(A1, 5, "丰台区各党支部")]),
    ("Initiative/接诉即办", "Initiative", "接诉即办", ["接诉即办改革"], {},
     [(A1, 0, "接诉即办改革"), (A1, 3, "接诉即办")]),
    ("Initiative/三会一课", "Initiative", "三会一课", [], {}, [(A1, 5, "三会一课")]),
    ("Initiative/马背党校", "Initiative", "马背党校", [], {}, [(A2, 1, "马背党校")]),
    ("Campaign/主题教育", "Campaign", "主题教育", ["第二批主题教育"], {"startDate": "2019-09"},
     [(A1, 0, "主题教育"), (A2, 0, "主题教育")]),
    ("Meeting/2019-09-12/第二批主题教育工作会议", "Meeting", "第二批主题教育工作会议", [], {"date": "2019-09-12"},
     [(A1, 1, "第二批主题教育工作会议")]),
    ("DocumentIssuance/2019-08-30/印发北京市接诉即办工作条例", "DocumentIssuance", "印发《北京市接诉即办工作条例》", [],
     {"date": "2019-08-30"}, [(A1, 2, "印发《北京市接诉即办工作条例》")]),
    ("Visit/2019-09-20/调研丰台区", "Visit", "市领导到丰台区调研", [], {"dateBefore": "2019-09-20"},
     [(A1, 3, "到丰台区调研")]),
    ("Milestone/接诉即办全覆盖", "Milestone", "接诉即办全覆盖", [], {}, []),
    ("Document/北京市接诉即办工作条例", "Document", "《北京市接诉即办工作条例》", [], {"genre": "条例"},
     [(A1, 2, "《北京市接诉即办工作条例》")]),
    ("Observation/北京市/党员人数/2019", "Observation", "北京市党员人数", [],
     {"measure": "党员人数", "value": 1395000, "unit": "人", "period": "2019"}, [(A1, 4, "党员139.5万人")]),
]

# head, relation, tail, evidence [(article, sentence index, mention)]
EDGES = [
    ("adm/110106", "locatedIn", "adm/110000", []),
    ("adm/152922", "locatedIn", "adm/152900", []),
    ("adm/152900", "locatedIn", "adm/150000", []),
    ("Village/152922/阿日毛道嘎查", "locatedIn", "adm/152922", [(A2, 0, None)]),
    ("adm/110000", "implements", "Initiative/接诉即办", [(A1, 0, None)]),
    ("PartyOrganization/丰台区各党支部", "implements", "Initiative/三会一课", [(A1, 5, None)]),
    ("PartyOrganization/丰台区各党支部", "locatedIn", "adm/110106", [(A1, 5, None)]),
    ("adm/150000", "implements", "Initiative/马背党校", [(A2, 1, None)]),
    ("Meeting/2019-09-12/第二批主题教育工作会议", "organizer", "PartyOrganization/中共北京市委", [(A1, 1, None)]),
    ("Meeting/2019-09-12/第二批主题教育工作会议", "campaign", "Campaign/主题教育", [(A1, 1, None)]),
    ("DocumentIssuance/2019-08-30/印发北京市接诉即办工作条例", "organizer", "adm/110000", [(A1, 2, None)]),
    ("DocumentIssuance/2019-08-30/印发北京市接诉即办工作条例", "document", "Document/北京市接诉即办工作条例",
     [(A1, 2, None)]),
    ("Visit/2019-09-20/调研丰台区", "place", "adm/110106", [(A1, 3, None)]),
    ("Observation/北京市/党员人数/2019", "subject", "adm/110000", [(A1, 4, None)]),
    ("adm/110000", "coMentionedWith", "Campaign/主题教育", [(A1, 0, None)]),
]

EVENTS_BY_DATE = [  # what the page's list of events shows, in order
    "DocumentIssuance/2019-08-30/印发北京市接诉即办工作条例",
    "Campaign/主题教育",
    "Meeting/2019-09-12/第二批主题教育工作会议",
    "Visit/2019-09-20/调研丰台区",
    "Milestone/接诉即办全覆盖",
]


def rich_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for aid, title in sorted(TITLES.items()):
        g.add_node(f"article/{aid}", type="Article", label=title, title=title, aliases=[], mentions=0,
                   articles=[aid], evidence=[], date="2019-09-25", source=f"{aid}.txt")
    for node_id, cls, label, aliases, attrs, evs in NODES:
        evidence = [_evidence(*e) for e in evs]
        arts = sorted({e["article"] for e in evidence})
        g.add_node(node_id, type=cls, label=label, aliases=sorted(aliases), mentions=len(evidence),
                   articles=arts, evidence=evidence, **attrs)
        for aid in arts:
            g.add_edge(f"article/{aid}", node_id, key="mentions", relation="mentions",
                       count=sum(e["article"] == aid for e in evidence), articles=[aid], evidence=[])
    for head, rel, tail, evs in EDGES:
        evidence = [_evidence(*e) for e in evs]
        extra = {"layer": "comention", "weight": 1} if rel == "coMentionedWith" else {}
        if rel == "implements" and head == "adm/110000":
            extra["cue"] = "深化"
        g.add_edge(head, tail, key=rel, relation=rel, count=max(1, len(evidence)),
                   articles=sorted({e["article"] for e in evidence}), evidence=evidence, **extra)
    return g


CLASSES = ["County", "Township", "Village", "GovernmentBody", "PartyOrganization", "Person", "Initiative",
           "Meeting", "Topic", "Company"]


def big_graph(n: int = 20_000, articles: int = 200, seed: int = 5) -> nx.MultiDiGraph:
    """``n`` nodes (``articles`` of them articles), each entity with one evidence sentence,
    a ``mentions`` edge from its article and a ``locatedIn``/``partOf`` edge: ~2n edges."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    chars = "东南西北中新安和平兴华阳山河湖海城乡村镇街道社区党委政府学校医院公司工程行动计划会议"
    sentences = ["".join(rnd.choice(chars) for _ in range(rnd.randint(25, 60))) + "。" for _ in range(800)]
    for a in range(articles):
        g.add_node(f"article/{a:04d}", type="Article", label=f"第{a}篇稿件：" + sentences[a][:12],
                   title=f"第{a}篇稿件：" + sentences[a][:12], aliases=[], mentions=0, articles=[f"{a:04d}"],
                   evidence=[])
    ids = []
    for i in range(n - articles):
        cls = CLASSES[i % len(CLASSES)]
        label = "".join(rnd.choice(chars) for _ in range(rnd.randint(3, 7))) + f"{i}"
        node_id = f"{cls}/{label}"
        a = rnd.randrange(articles)
        s = rnd.randrange(len(sentences))
        ev = {"article": f"{a:04d}", "sentence": sentences[s], "sentence_start": s * 61,
              "sentence_end": s * 61 + len(sentences[s]), "start": s * 61, "end": s * 61 + 2}
        g.add_node(node_id, type=cls, label=label, aliases=[], mentions=rnd.choice([1, 1, 1, 2, 3, 5]),
                   articles=[f"{a:04d}"], evidence=[ev])
        g.add_edge(f"article/{a:04d}", node_id, key="mentions", relation="mentions", count=1,
                   articles=[f"{a:04d}"], evidence=[])
        if ids:
            other = ids[rnd.randrange(max(0, len(ids) - 500), len(ids))]
            rel = "locatedIn" if cls in ("County", "Township", "Village") else "partOf"
            g.add_edge(node_id, other, key=rel, relation=rel, count=1, articles=[f"{a:04d}"], evidence=[ev])
        ids.append(node_id)
    return g
