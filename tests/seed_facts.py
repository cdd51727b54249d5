"""A hand-built graph of what a complete extractor finds in the seed article.

The extractor of today finds only administrative places; the RDF export, the
shapes and the queries must already handle everything the contract
(docs/ARCHITECTURE.md) allows: organisations, people and posts, events with
dates, documents, initiatives, observations, co-mentions. This graph holds the
seed's facts from ``gold/000_d8a4dfaa46811922.json`` in that shape, built through
the real :class:`kg.graph.GraphBuilder` from the real article, with evidence
offsets found in the cleaned text, so the tests of ``kg/rdf.py``, the SHACL
shapes and ``queries/*.rq`` run on it.
"""
from __future__ import annotations

import networkx as nx

from kg.graph import GraphBuilder
from kg.model import Article, Entity, Evidence, Fact
from kg.read import read_path
from kg.sentences import split_sentences

from .conftest import SEED

CAMPAIGN = "Campaign/“不忘初心、牢记使命”主题教育"
MEETING_NAME = "“不忘初心、牢记使命”主题教育第一批总结暨第二批部署会议"
DOCUMENT = "《自治区开展第二批“不忘初心、牢记使命”主题教育实施方案》"
BJ, SX, NMG = "adm/110000", "adm/140000", "adm/150000"
MEETING_BJ = f"Meeting/{BJ}/2019-09-08/{MEETING_NAME}"
MEETING_SX = f"Meeting/{SX}/2019-09-10/{MEETING_NAME}"
ISSUANCE = f"DocumentIssuance/PartyOrganization/内蒙古自治区党委/2019-09-11/{DOCUMENT}"

# id, class, label, aliases, attributes, mentions: (surface form, a unique piece of text where it starts)
ENTITIES = [
    (BJ, "Province", "北京市", {"北京"}, {"adcode": "110000"},
     [("北京市", "北京市召开"), ("北京市", "北京市将“接诉即办”"), ("北京市", "北京市第二批主题教育共有"),
      ("北京市", "北京市第二批主题教育单位全部"), ("北京市", "北京市丰台区")]),
    (SX, "Province", "山西省", {"山西"}, {"adcode": "140000"},
     [("山西省", "山西省“不忘初心"), ("山西省", "山西省要求")]),
    (NMG, "Province", "内蒙古自治区", {"内蒙古"}, {"adcode": "150000"},
     [("内蒙古", "内蒙古强化分类指导"), ("内蒙古", "内蒙古聚焦群众")]),
    ("adm/110106", "County", "丰台区", set(), {"adcode": "110106"}, [("丰台区", "北京市丰台区")]),
    ("adm/140100", "Prefecture", "太原市", {"太原"}, {"adcode": "140100"}, [("太原", "在太原召开")]),
    ("adm/140400", "Prefecture", "长治市", {"长治"}, {"adcode": "140400"}, [("长治", "长治中医院")]),
    ("adm/150100", "Prefecture", "呼和浩特市", set(), {"adcode": "150100"}, [("呼和浩特市", "呼和浩特市政府")]),
    ("adm/152922", "County", "阿拉善右旗", set(), {"adcode": "152922"}, [("阿拉善右旗", "阿拉善右旗阿日毛道")]),
    ("Village/152922/阿日毛道嘎查", "Village", "阿日毛道嘎查", set(), {},
     [("阿日毛道嘎查", "阿日毛道嘎查地处"), ("阿日毛道嘎查", "阿日毛道嘎查党支部")]),
    ("Landmark/卢沟桥", "Landmark", "卢沟桥", set(), {}, [("卢沟桥", "卢沟桥、")]),
    ("University/首都师范大学", "University", "首都师范大学", set(), {}, [("首都师范大学", "首都师范大学突出")]),
    ("University/太原理工大学", "University", "太原理工大学", set(), {}, [("太原理工大学", "太原理工大学提出")]),
    ("GovernmentBody/山西省水利厅", "GovernmentBody", "山西省水利厅", set(), {}, [("山西省水利厅", "山西省水利厅的")]),
    ("Hospital/长治中医院", "Hospital", "长治中医院", set(), {}, [("长治中医院", "长治中医院及时")]),
    ("PartyOrganization/内蒙古自治区党委", "PartyOrganization", "内蒙古自治区党委", set(), {},
     [("内蒙古自治区党委", "内蒙古自治区党委制定")]),
    ("PartyOrganization/阿日毛道嘎查党支部", "PartyOrganization", "阿日毛道嘎查党支部", set(), {},
     [("阿日毛道嘎查党支部", "阿日毛道嘎查党支部副书记")]),
    ("GovernmentBody/呼和浩特市政府", "GovernmentBody", "呼和浩特市政府", set(), {}, [("呼和浩特市政府", "呼和浩特市政府探索")]),
    ("Person/侍歌", "Person", "侍歌", set(), {}, [("侍歌", "副书记侍歌")]),
    ("Role/副书记", "Role", "副书记", {"党支部副书记"}, {}, [("党支部副书记", "党支部副书记侍歌")]),
    ("Post/PartyOrganization/阿日毛道嘎查党支部/副书记/侍歌", "Post", "阿日毛道嘎查党支部副书记侍歌", set(), {},
     [("阿日毛道嘎查党支部副书记侍歌", "阿日毛道嘎查党支部副书记侍歌")]),
    (CAMPAIGN, "Campaign", "“不忘初心、牢记使命”主题教育", set(), {},
     [("“不忘初心、牢记使命”主题教育", "北京市召开“不忘初心、牢记使命”主题教育")]),
    ("Campaign/第二批主题教育", "Campaign", "第二批主题教育", set(), {}, [("第二批主题教育", "北京市第二批主题教育共有")]),
    ("Initiative/接诉即办", "Initiative", "接诉即办", set(), {}, [("接诉即办", "接诉即办")]),
    ("Initiative/三会一课", "Initiative", "三会一课", set(), {}, [("三会一课", "三会一课")]),
    ("Initiative/主题党日活动", "Initiative", "主题党日活动", set(), {}, [("主题党日活动", "主题党日活动")]),
    ("Initiative/大学习大讨论大落实", "Initiative", "大学习大讨论大落实", set(), {}, [("大学习大讨论大落实", "大学习大讨论大落实")]),
    ("Initiative/送学上门", "Initiative", "送学上门", set(), {}, [("送学上门", "送学上门")]),
    ("Initiative/草原学习轻骑兵", "Initiative", "草原学习轻骑兵", set(), {}, [("草原学习轻骑兵", "草原学习轻骑兵")]),
    ("Initiative/马背党校", "Initiative", "马背党校", set(), {}, [("马背党校", "马背党校")]),
    ("Initiative/服务促学", "Initiative", "服务促学", set(), {}, [("服务促学", "服务促学")]),
    ("Initiative/中小学校营养餐配送试点", "Initiative", "中小学校营养餐配送试点", {"营养餐配送试点"}, {},
     [("营养餐配送试点", "营养餐配送试点")]),
    ("Topic/食品安全", "Topic", "食品安全", set(), {}, [("食品安全", "食品安全、教育")]),
    (MEETING_BJ, "Meeting", MEETING_NAME, set(), {"date": "2019-09-08"}, [(MEETING_NAME, "北京市召开“")]),
    (MEETING_SX, "Meeting", MEETING_NAME, set(), {"date": "2019-09-10"}, [(MEETING_NAME, "山西省“")]),
    (ISSUANCE, "DocumentIssuance", f"制定印发{DOCUMENT}", set(), {"date": "2019-09-11"},
     [(f"制定印发{DOCUMENT}", "制定印发")]),
    (f"Document/{DOCUMENT}", "Document", DOCUMENT, {DOCUMENT.strip("《》")}, {"genre": "方案"}, [(DOCUMENT, "印发《")]),
    ("Milestone/adm/110000/2019-09-12/北京市第二批主题教育单位全部完成动员部署", "Milestone",
     "北京市第二批主题教育单位全部完成动员部署", set(), {"dateBefore": "2019-09-12"},
     [("北京市第二批主题教育单位全部完成动员部署", "北京市第二批主题教育单位全部")]),
    ("Person/习近平", "Person", "习近平", {"习近平总书记"}, {}, [("习近平总书记", "习近平总书记视察")]),
    ("Landmark/香山革命纪念地", "Landmark", "香山革命纪念地", set(), {}, [("香山革命纪念地", "香山革命纪念地")]),
    ("Visit/Person/习近平/香山革命纪念地", "Visit", "习近平总书记视察北京香山革命纪念地", set(),
     {"dateNote": "原文未给出视察日期"}, [("习近平总书记视察北京香山革命纪念地", "习近平总书记视察")]),
    ("Observation/adm/110000/区局级单位/49", "Observation", "北京市第二批主题教育共有49家区局级单位", set(),
     {"measure": "区局级单位", "value": 49, "unit": "家"}, [("49家区局级单位", "49家区局级单位")]),
    ("Observation/adm/110000/党员/1395000", "Observation", "北京市党员139.5万人", set(),
     {"measure": "党员", "value": 1395000, "unit": "人"}, [("党员139.5万人", "党员139.5万人")]),
    ("Observation/adm/110000/党组织/54900", "Observation", "北京市党组织5.49万个", set(),
     {"measure": "党组织", "value": 54900, "unit": "个"}, [("党组织5.49万个", "党组织5.49万个")]),
]

# head, relation, tail, a unique piece of text of the sentence stating it (None: not from the text)
FACTS = [
    ("adm/110106", "locatedIn", BJ, "北京市丰台区"),
    ("adm/140100", "locatedIn", SX, None),
    ("adm/140400", "locatedIn", SX, None),
    ("adm/150100", "locatedIn", NMG, None),
    ("adm/152922", "locatedIn", "adm/152900", None),
    ("Village/152922/阿日毛道嘎查", "locatedIn", "adm/152922", "阿拉善右旗阿日毛道嘎查"),
    ("Landmark/卢沟桥", "locatedIn", "adm/110106", None),
    ("University/首都师范大学", "locatedIn", BJ, None),
    ("University/太原理工大学", "locatedIn", "adm/140100", None),
    ("GovernmentBody/山西省水利厅", "locatedIn", SX, "山西省水利厅的"),
    ("Hospital/长治中医院", "locatedIn", "adm/140400", "长治中医院及时"),
    ("PartyOrganization/内蒙古自治区党委", "locatedIn", NMG, "内蒙古自治区党委制定"),
    ("GovernmentBody/呼和浩特市政府", "locatedIn", "adm/150100", "呼和浩特市政府探索"),
    ("PartyOrganization/阿日毛道嘎查党支部", "partOf", "Village/152922/阿日毛道嘎查", "阿日毛道嘎查党支部副书记"),
    ("Campaign/第二批主题教育", "partOf", CAMPAIGN, None),
    (BJ, "implements", "Initiative/接诉即办", "北京市将“接诉即办”"),
    ("adm/110106", "implements", "Initiative/三会一课", "北京市丰台区以"),
    ("adm/110106", "implements", "Initiative/主题党日活动", "北京市丰台区以"),
    ("adm/110106", "uses", "Landmark/卢沟桥", "充分利用卢沟桥"),
    ("University/首都师范大学", "implements", "Initiative/大学习大讨论大落实", "首都师范大学突出"),
    (NMG, "implements", "Initiative/送学上门", "内蒙古强化分类指导"),
    (NMG, "implements", "Initiative/草原学习轻骑兵", "内蒙古强化分类指导"),
    (NMG, "implements", "Initiative/马背党校", "内蒙古强化分类指导"),
    ("Village/152922/阿日毛道嘎查", "implements", "Initiative/服务促学", "服务促学"),
    ("GovernmentBody/呼和浩特市政府", "implements", "Initiative/中小学校营养餐配送试点", "呼和浩特市政府探索"),
    ("GovernmentBody/呼和浩特市政府", "focusesOn", "Topic/食品安全", "严把食品安全关"),
    ("Hospital/长治中医院", "participatesIn", "Campaign/第二批主题教育", None),
    (f"Document/{DOCUMENT}", "issuedBy", "PartyOrganization/内蒙古自治区党委", "内蒙古自治区党委制定"),
    ("Person/侍歌", "memberOf", "PartyOrganization/阿日毛道嘎查党支部", "副书记侍歌"),
    ("Person/侍歌", "hasRole", "Role/副书记", "副书记侍歌"),
    ("Person/习近平", "visited", "Landmark/香山革命纪念地", "习近平总书记视察"),
    ("Post/PartyOrganization/阿日毛道嘎查党支部/副书记/侍歌", "holder", "Person/侍歌", "副书记侍歌"),
    ("Post/PartyOrganization/阿日毛道嘎查党支部/副书记/侍歌", "role", "Role/副书记", "副书记侍歌"),
    ("Post/PartyOrganization/阿日毛道嘎查党支部/副书记/侍歌", "postIn", "PartyOrganization/阿日毛道嘎查党支部", "副书记侍歌"),
    (MEETING_BJ, "organizer", BJ, "北京市召开"),
    (MEETING_BJ, "place", BJ, "北京市召开"),
    (MEETING_BJ, "campaign", CAMPAIGN, "北京市召开"),
    (MEETING_SX, "organizer", SX, "在太原召开"),
    (MEETING_SX, "place", "adm/140100", "在太原召开"),
    (MEETING_SX, "campaign", CAMPAIGN, "在太原召开"),
    (ISSUANCE, "organizer", "PartyOrganization/内蒙古自治区党委", "内蒙古自治区党委制定"),
    (ISSUANCE, "place", NMG, "内蒙古自治区党委制定"),
    (ISSUANCE, "document", f"Document/{DOCUMENT}", "内蒙古自治区党委制定"),
    ("Milestone/adm/110000/2019-09-12/北京市第二批主题教育单位全部完成动员部署", "organizer", BJ, "北京市第二批主题教育单位全部"),
    ("Visit/Person/习近平/香山革命纪念地", "agent", "Person/习近平", "习近平总书记视察"),
    ("Visit/Person/习近平/香山革命纪念地", "place", "Landmark/香山革命纪念地", "习近平总书记视察"),
    ("Observation/adm/110000/区局级单位/49", "subject", BJ, "49家区局级单位"),
    ("Observation/adm/110000/党员/1395000", "subject", BJ, "党员139.5万人"),
    ("Observation/adm/110000/党组织/54900", "subject", BJ, "党组织5.49万个"),
    ("Observation/adm/110000/党员/1395000", "about", "Campaign/第二批主题教育", "党员139.5万人"),
]


def seed_article() -> Article:
    (article,) = list(read_path(SEED))
    return article


def _evidence(article: Article, sentences, surface: str, context: str, span: bool = True) -> Evidence:
    at = article.text.find(context)
    assert at >= 0 and article.text.find(context, at + 1) < 0, f"context {context!r} is not unique in the seed"
    start = article.text.find(surface, at)  # the surface form at or just after the context
    assert start >= 0 and start <= at + len(context), (surface, context)
    s = next(s for s in sentences if s.start <= start < s.end)
    if not span:
        return Evidence(article.id, s.start, s.end, s.text)
    return Evidence(article.id, s.start, s.end, s.text, start, start + len(surface))


def seed_fact_graph(gazetteer) -> nx.MultiDiGraph:
    """The seed's gold facts as the graph a complete extractor would build."""
    article = seed_article()
    sentences = split_sentences(article)
    entities = []
    for nid, cls, label, aliases, attrs, mentions in ENTITIES:
        evidence = [_evidence(article, sentences, surface, ctx) for surface, ctx in mentions]
        entities.append(Entity(nid, cls, label, set(aliases), dict(attrs), evidence))
    facts = [Fact(h, r, t, _evidence(article, sentences, "", ctx, span=False) if ctx else None)
             for h, r, t, ctx in FACTS]
    builder = GraphBuilder(gazetteer)
    builder.add_article(article, entities, facts)
    graph = builder.build()
    # the co-mention layer (issue 5): entities named in the same sentence
    graph.add_edge(BJ, SX, key="coMentionedWith", relation="coMentionedWith", layer="comention", weight=1,
                   count=1, articles=[article.id], evidence=[])
    return graph
