"""Organisations by the grammar of Chinese institution names.

A name is ``[place or proper noun]* [qualifier]* head``: 山西省 | 水利 | 厅,
太原 | 理工 | 大学, 国务院 | 残疾人 工作 协调 | 委员会. The head suffix
(``data/org_suffixes.tsv``) gives the class; the place the name starts with gives
``locatedIn``. Read right to left from the head over jieba's tokens, the name stops
at anything that cannot be part of one (verbs, function words, determiners such as
各 or 这), so 各级党委 and 这所大学 are not names. Short forms made of a bare level
word and a head (县委, 市政府, 区食品安全委员会) are kept with ``level`` set, for the
entity stage to resolve to the body of the place of that level named before them.

The Youth League's committees (团市委: 市团委) and the democratic parties' (民革市委会:
``data/democratic_parties.txt``) are short forms too, the latter with the party as ``prefix``.

Mentions carry ``attrs``: ``head`` (the suffix), ``place``/``place_start``/
``place_end`` (the place in the name), ``level`` (short forms), ``prefix`` (a party's).
"""
from __future__ import annotations

import operator
import re
from functools import lru_cache
from itertools import compress
from typing import AbstractSet, Callable, cast
from dataclasses import dataclass, replace

from ..clean import is_han, is_han_char
from ..gazetteer import ADMIN_KEY
from ..lexicon import read_list, read_table
from ..model import Mention
from ..resources import Resources
from ..tokens import TOKEN_END, TOKEN_START, TOKEN_TAG, TOKEN_WORD, Token
from . import Doc, word_memo
from .documents import doc_number_spans
from .places import AdminPlaceRecognizer, admin_key
from .termtools import FORMER, TokenIndex, head_runs_on, is_cjk_numeral

__all__ = ["OrganizationRecognizer", "glued_role_split", "FOR", "CONCURRENT", "THE_PARTY"]

# jieba tags a name part may carry; the proper ones make a stem specific by themselves
NAME_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "vn", "an", "b", "eng", "ng", "nl", "l", "s",
                       "i"})   # (扶贫开发 i: jieba's idiom tag on a name part)
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"})
DETERMINERS = frozenset("各该本这那每其此我你他她它某")
MAX_STEM_UNITS = 8
MAX_NAME_CHARS = 24
_BODY_CLASSES = ("GovernmentBody", "PartyOrganization")
_ADJECTIVE_TAG = "a"     # 精密, 高端: a modifier of a company's trade
_LOCALITY_CLASSES = ("Village", "Township")   # whose stems name the bodies of the place (某某合作社)
_LOCALITY_BODIES = ("Organization", "Company")   # the bodies named so: cooperatives, companies
# 某市某局某区分局, 国开行某省分行: a bureau's branch in a district, a bank's in a province or city (its end, the branch's)
_BRANCHES = (("局", "分局"), ("行", "中心支行"), ("行", "分行"), ("行", "支行"))
_CONJUNCTIONS = ("和", "与")   # inside a body's name between two qualifiers
FOR = "为"      # 为某地揭牌: the preposition jieba glues to a name's last character (华为, 成为)
_POST_STATES = frozenset("原前代")   # before a post: former (原局长, 前主席), acting (代市长)
# assemblies elected for a term (某省十二届政协, 第六届全国人大), and the term's last character
ASSEMBLY_HEADS = ("人大", "人民代表大会", "人大常委会", "人民代表大会常务委员会", "政协", "立法会", "常委会")
_TERM_END = "届"
PROVINCE_SHORT = 2           # 广西, 江西: a province's name of two characters (without 省/自治区)
_PLACE_OPENED = frozenset({"Company", "Organization"})   # names that open with their province's
CONCURRENT = "兼"        # 董事长兼总经理, 副市长兼市公安局局长: joins two posts, no word of a body's name
_TERM_RE = re.compile("第?[〇一二三四五六七八九十百]+届")   # a term written in numerals (十八届, 第六届)
# the Party's name and a place's right before a term (中国共产党某省 | 第十四届 …)
_PARTY_NAMED_BEFORE = re.compile(r"(?:中国共产党|中共)[\u4e00-\u9fff]{2,12}$")
MAX_PARTY_PLACE = 18
_BUREAU = "局"                # a government's bureau, or a company's (中建三局)
# the heads of a government's departments that news writes bare for its own place's (交通运输局, 发改委, 卫健委: not
# 部 or 厅, which a ministry or a province's department is named by too; nor the offices, 网信办, 编办, which are a
# Party committee's as often, read after its seat; nor 委员会, which names a congress's or a CPPCC's committees too:
# 省政协委员、民族宗教委员会副主任)
# the telecom operators' short names a place's branch is named by (广东移动, 京山联通), and what goes on after them
# in a longer company's name (某某移动通讯有限公司)
_OPERATOR_HEADS = frozenset({"移动", "联通"})
_NAME_GOES_ON = ("通讯", "通信", "公司", "有限", "集团", "股份", "科技", "技术", "网络", "营业厅")
_ROAD_AFTER = ("路", "大道", "巷")     # 气象台路, 联通路: what names a road after a body's name
BARE_DEPARTMENT = "bare"     # the attribute of a department written bare (交通运输局), the article's own place's
_BARE_DEPARTMENT_HEADS = frozenset({"局", "委"})
_CPPCC = "政协"              # opens the formal name of a place's CPPCC committee (政协某县委员会)
_COMMITTEE = "委员会"
_CPC = "中国共产党"          # opens the formal name of a place's Party committee (中国共产党某县委员会)
_TERRITORY = "域"      # after a level word: the territory of that level (县域, 市域)
_VERB_TAGS = frozenset({"v", "vn"})   # jieba's tags of verbs and verbal nouns (发展 | 家庭 | 牧场)
_VERBAL_NOUN, _NUMERAL = "vn", "m"      # jieba's tags of a verb used as a noun (建设) and of a figure
_HOTLINE_HEAD = "热线"
_ON_BEHALF, _PERSON_TAG = "代表", "nr"     # 某某代表 | 团省委: a person on behalf of a body (jieba's tag of a person)
_HOTLINE = re.compile(r"(?<![0-9])([0-9]{5,6})[\u4e00-\u9fff]{0,10}?热线")   # 12345政务服务便民热线
_REGION_KEY = "Place/"       # a world place or region (西北, 华南), not a division
_CPC_SHORT = "中共"          # and its short form (中共某省第七届委员会)
THE_PARTY = (_CPC, _CPC_SHORT)   # the Party's names, in full and short
# 中共某市 | 某区委员会: the Party's name and the city before a district's committee read from its own
# place (the formal name of 某区委 written with its city)
_PARTY_CITY_BEFORE = re.compile(rf"(?:{'|'.join(THE_PARTY)})[\u4e00-\u9fff]{{1,8}}[省市州盟]$")
_PLACE_COMMITTEE, _REGION_COMMITTEE, _REGION = "委", "党委", "自治区"   # 某县委; 某自治区党委
_GROUP = "集团"      # a company's group, named after its trade name (天能集团)
_LEAGUE, _LEAGUE_COMMITTEE = "团", "团委"     # 团市委: the Youth League's committee of the city (市团委)
_CYL = "共青团"                               # the Youth League (中国共产主义青年团), opening its committees' names
# 政协第十二届某县委员会: a formal name's opener and its term, before the place (the other order,
# 政协某县第十二届委员会, is the place's own); how far before the place that may begin
_FORMAL_TERM_FIRST = re.compile(f"({_CPPCC}|{_CPC}|{_CPC_SHORT}|{_CYL})({_TERM_RE.pattern})")
_FORMAL_TERM_REACH = 12
# words of scope right before a bare level's body (全镇村党支部, 各乡镇, 每个村): every such body, no one of them
_SCOPE_BEFORE = re.compile("(?:全[省市县区镇乡村州旗盟]|各|每个|所有)$")
MAX_SCOPE = 2
_CONJUNCTION_TAG = "c"
_JOINING_WORDS = frozenset({"和", "与", "及", "以及"})
_SI = "司"       # a ministry's department (外交部礼宾司), and a surname
_PARTY, _OF = "党", "的"     # 党的…: the Party's (its congress, its leadership), after a verb or a name
# a zone's Party working committee and its administrative committee (某新区党工委, 管委会)
_ZONE_PARTY_COMMITTEE, _ZONE_COMMITTEE, MAX_ZONE_POST_GAP = "党工委", "管委会", 8
# the bodies of a zone, named by its ending alone (新区 | 党工委, 开发区 | 管委会: kg.entities binds them)
ZONE_BODY_HEADS = frozenset({"党工委", "管委会", "工委", "管理委员会", "纪工委"})
_CENTRE, _PARTY_COMMITTEE_HEAD = "中央", "委会"     # 民盟中央; 民革某市委会: a democratic party's committees
# 国家中心 | 城市, 中心 | 镇, 某市 | 中心 | 城区: a central settlement or area of planning, no body named 中心
_ENTERING = frozenset("入进出退")
_VERB_TAG = "v"
_LOCAL_LEVEL_CHARS = frozenset("乡镇村")
_DISCIPLINE, _DISCIPLINE_SHORT = "纪律检查", "纪委"     # 某市纪律检查委员会, 某市纪委
_NATIONWIDE, _PROVINCIAL_HEADS = "全国", frozenset({"厅", "局"})
_WHOLE, _SCOPE_LEVELS = "全", frozenset("省市县区州旗盟镇乡村")
_FORMER_SITE = ("旧址", "遗址", "旧居")   # after a body's name: the site where it was
MAX_PART_HEAD = 4        # the characters of a part's head after its body's name (党组, 机关党委)
_RANK = "级"             # after a level word: of that rank (村级, 县级)    # 全区…: a place's whole, referred to
_NAME_TAG = "nr"        # jieba's tag of a personal name
# verbs of setting a body up (某县成立融媒体中心): what a place does to a body, no word of its name
_FOUNDING = frozenset({"成立", "组建", "建成", "建设", "设立", "打造", "挂牌", "揭牌", "启用", "筹建", "新建"})
_PLACE_TAG = "ns"        # jieba's tag of a place's name (西湖 | 镇 | 组织: or a level word before the head)
_EVERYDAY_VERB_FREQ = 5000     # a verb jieba counts this often (组织) is the verb where it is tagged one   # a verb of joining or leaving before a head in one word of jieba's (入社)
_CENTRE_HEAD, _SETTLEMENTS = "中心", ("城市", "城镇", "镇", "村", "城区", "区域", "地带", "商圈")
_ORGANISE = "组织"     # a name ending so, a verb after it (某镇组织召开…): the verb of arranging, no body
# a post, a name of two or three and 率 before a group's head (市委副书记某某率考察团): a leader and his group
_LED_GROUP = re.compile(r".*(?:书记|长|主任|主席|委员)[\u4e00-\u9fff]{2,3}率[\u4e00-\u9fff]*[团组队]$")
_ARRANGING_LEVELS = frozenset("省市县区镇乡村")   # the level a place's name ends in, before that 组织
# a commission or leading group named for a Party program (全面依法治国): the program's 全面 is
# part of the name, though jieba's tags may make the rest a proper word; and its office
_PROGRAM_OPENER = "全面"
MAX_PROGRAM = 10          # characters of a program's phrase before its commission's head
_PROGRAM_BODY_HEADS = frozenset({"委员会", "领导小组"})
MAX_NATIONAL_STEM = 8      # characters between 国家 and the city a national body's bureau is seated in (自然资源督察)
# the heads of the bodies a level sets up for a task, named by what they are for (省应对某某工作领导小组, 市防范化解
# 某某指挥部): a verb may open the name right after the level
_TASK_BODY_ENDS = ("领导小组", "指挥部", "委员会", "工作组", "工作专班")
_FOUNDED_HEAD = "领导小组"
_DONE = "了"
_GROUP_FOUNDING = ("成立", "组建", "设立")   # before the name of a group set up (成立…领导小组)
MAX_FOUNDED_NAME, MIN_FOUNDED_NAME = 18, 2   # characters of its name between the verb and the head
_PROGRAM_OFFICE = "办公室"
_ATTRIBUTE_END = "性"          # 国际性, 全国性, 公益性: an attribute of a kind of body, not a name
_SET_PHRASE_TAGS = ("l", "i")                      # jieba's set phrases and idioms
_ROOM_HEAD = "所"          # an institute's head, and the end of 厕所, 住所, 哨所 (nouns of places, however rare)
IDIOM_LENGTH = 4          # an idiom's characters (陷入僵局); a shorter word so tagged may be a body's (扶贫办)
CAMPUS_HEADS = ("学校", "校区", "分校")        # a school's campus: 某某中学 | 东城学校
MAX_CAMPUS_STEM = 4                              # characters of a campus's own stem (a place's name)
GROUP_HEADS = ("集团", "集团公司", "集团有限公司")   # a group, whose subsidiaries are named after it
# a company's registered legal form: whatever stands between it and the place before it is the
# company's trade name, common words too (某地 | 时代 | 某某有限公司)
LEGAL_FORM_HEADS = frozenset({"有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "股份公司"})
# heads of the names registered with a trade name after the place (某县 | 畅然 | 食用菌专业合作社 as 某市 | 时代 | …有限公司)
_TRADE_NAME_HEADS = LEGAL_FORM_HEADS | {"合作社", "专业合作社"}
# a company's name may hold a bracketed qualifier before its legal form: 某某（集团）有限公司 (the
# registered form of a group's parent), 某某（控股）…, or a country or city (某某（中国）有限公司)
_OPEN_PAREN, _CLOSE_PAREN = "（", "）"
_COMPANY_QUALIFIERS = frozenset({"集团", "控股", "股份", "集团股份"})
MAX_QUALIFIER = 4
# what a registered company's trade name right after its place is not, whatever else jieba tagged it
# (湖南 | 浩天[q] | 米业 | 有限公司: a trade name jieba read as a measure word)
_VERB_TAG = "v"
_LIST_MARKS = frozenset("、，")   # what separates the items of a list of names
MAX_TRADE_VERB_FREQ = 300   # a verb jieba counts more often is a verb, not a trade name (兴发 is rare, 设立 is not)
_NOT_TRADE_NAME_TAGS = frozenset({"x", "w", "p", "c", "u", "uj", "ul", "r", "d", "f", "m", "v"})
_SCHOOL_HEADS = frozenset({"大学", "学院"})
_SCHOOL_STEM_TAGS = frozenset({"a", "b", "f", "n", "ng", "ag"})     # 轻 (a), 新 … before 化工大学, 理工大学
_LOCALITY_OPENERS = frozenset("前后上下左右东西南北中内外里旁原")   # a locality's own first characters (前美 | 中协会)
_LOCALITY_TAG = "f"          # jieba's tag of 中, 东, 内 …: alone before a word of the name, the trade name's
MAX_AFTER_VERB = 4            # words of a name between a verb of its stem and its head (某国 | 认证 | 人员 | 国家 | 注册 | 委员会;
#                               带领 | 全体 | 党员 | 面向 | 党旗 … | 党: a clause, no name)
NAME_AFTER_POST = 3          # 书记 | 鹿心社: a name's length that a one-character head may end
_COUNTRIES_COUNTED = "国"   # 七国集团, 七十七国集团: a group of countries, no company
MAX_SUBSIDIARY = 12                                # characters of a subsidiary's own name and industry
MIN_OWN_NAME = 2                                   # characters of its own name before the industry
MIN_TRADE_NAME, MAX_TRADE_NAME = 3, 6               # characters of a trade name a company goes by (宁德时代)
# a news site at the head of a line, before 消息/讯/记者 or a dateline's place and date (某某网北京3月5日电)
# (not 本网讯, 我网讯: the site the text stands on, named by a pronoun, as 本报 is)
_WEB_OUTLET = re.compile(r"(?:^|(?<=[\n \u3000]))(?![本我]网)([\u4e00-\u9fff]{1,4}网)"
                         r"(?=消息|讯|记者|[\u4e00-\u9fff]{2,3}\d{1,2}月\d{1,2}日(?:电|讯))")
WEB_OUTLET_SPAN = 200                              # characters of the article a dateline stands in
MAX_VISIT_RUN = 40                                 # characters of the list of stops after a verb of going
MAX_VISIT_STEM = 4                                 # characters of a visited company's own name before its trade
VISITED_COMPANY_SCORE = 0.8
MAX_TEAM_DIGITS = 2            # 第2督导组, 第12巡察组: a team's number in digits
_FUNCTION_TAGS = ("p", "c", "u", "d")     # jieba's prepositions, conjunctions, particles, adverbs: no name opens so
_TEAM_HEADS = tuple(sorted(read_list("team_heads.txt"), key=len, reverse=True))   # 督导组, 巡视组


@lru_cache(maxsize=1)
def _task_team_pattern() -> re.Pattern:
    # the level (省, 市委 …), the task in words holding no level's character nor a break, the number, the head
    return re.compile(r"(?P<level>[省市县区州]委?)(?P<task>[^\s省市县区州委，。；：、！？（）()“”《》0-9]{2,12}?)"
                      rf"第[一二三四五六七八九十0-9]{{1,3}}(?P<head>{'|'.join(_TEAM_HEADS)})")
_LIST_MARK = "、"
_ITEM_JOINS = "和及"                                # 甲药业、乙制药和丙公司: the last item joined
_EXAMPLES = "等"                                   # 甲、乙等重点企业: what closes a list of examples
_ENTERPRISES = "企业"
_PERFECTIVE = "了"
# 甲、乙、丙等(重点)企业: a list of companies by their short names
_LISTED_COMPANIES = re.compile(r"等(?:重点|规上|规模以上|龙头|骨干|民营|外资|工业|科技型|高新技术)?企业")
_CLAUSE_ENDS = "，。；：！？\n"
MAX_LISTED_COMPANY = 10
# what a company's short name opens with: a name's or an abbreviation's word of jieba's (湘澧 | 盐化: j; 天盛: nz),
# a character alone, or a word jieba lacks; kinds open with common nouns (危险 | 化学品, 冶金 | 工贸)
_NAME_OPENING_TAGS = ("nr", "ns", "nz", "nt", "j")
_NOT_IN_NAMES = ("和", "及", "的")        # (包联乡镇和煤矿: words of a phrase)
_ABBREVIATION_TAG = "j"      # a whole short name jieba knows is its abbreviation (中联重科), not a noun (道路交通)
LISTED_COMPANY_SCORE = 0.7
_NOT_BRAND_TAGS = ("p", "c", "u", "d", "r", "m", "q", "f", "v", "x")   # 在, 和, 的 …: no brand
_NOT_HEAD_TAGS = frozenset({"f", "d", "r", "m", "q", "p", "c", "u", "a", "ad", "v"})   # 北部, 举办, 签署
OFFICE_HEAD = "办"                       # 县委办, 县政府办: the general office, written short
OFFICE_OF = ("委", "政府")               # what names the bodies whose office 办 is
OFFICE_GLUED = "委办"                    # jieba's one word (a verb) of 某县 | 委办
_AFTER_OFFICE = frozenset(("、", "，", "。", "；", "和", "与", "及", "联合", "牵头"))   # (not 办 | 实事)
# a periodical's name in title marks: what its title ends with (《某某日报》, 《某某报》) or the
# word after it (《某某》杂志); a title is a medium's only so (programmes and books are not)
_ORDINAL = "第"                                     # opens an ordinal number (第五)
_CENTRE = "中央"          # a party's central committee (民革中央, 团中央), and the centre a verb acts on
# the grade of a court or school after its number (第五中级人民法院, 第一初级中学)
_GRADES = frozenset({"中级", "初级", "高级"})
# schools and hospitals numbered before a word of their kind (某区第二实验小学, 第一人民医院, 第三高级中学)
_NUMBERED_KINDS = frozenset({"小学", "中学", "学校", "幼儿园", "医院"})
# a body set up for a task counted by its round (某县第七次全国人口普查领导小组, 县第五次经济普查领导小组办公室): the
# round is in the name, between the place and the task
_ROUND = re.compile("第[一二三四五六七八九十0-9]{1,3}次")
_TASK_HEADS = ("领导小组", "办公室", "指挥部")
_JIEBA_ORG_TAGS = frozenset({"nt"})                 # jieba's tag of an institution's name
_TITLE = re.compile(r"《([^《》\n]{2,30})》")
_PERIODICAL_ENDS = ("日报", "晚报", "早报", "时报", "周报", "报", "杂志", "周刊", "月刊", "学报")
_PERIODICAL_AFTER = ("杂志", "周刊", "月刊", "期刊", "日报", "报")
_NOT_PERIODICAL_ENDS = ("公报", "通报", "简报", "汇报", "情报", "年报", "电报", "喜报", "捷报", "快报", "举报")
# a verb or function word jieba's character model glues to the level word after it (任乡 | 党委书记)
_GLUED_BEFORE_LEVEL = frozenset("任在到赴由从为和与及以对向经将把被据")


# function words jieba's character model glues to a head left over after a place (委在, 委从)
_COMMON_TAIL_TAGS = frozenset({"v", "vn", "a", "d"})   # (nouns may end names: 军校, 总部, 大会)
COMMON_TAIL_FREQ = 300   # a common word this frequent ending an nt word of jieba's is no organisation's head
MAX_KNOWN_BEFORE = 4      # characters of a known name's opening before a word of jieba's (联合国 | 安理会…)
_GLUED_AFTER_HEAD = frozenset("在从对向将把被的和与是也都就又还为于以及等")
# 南部, 大部: before 部 these make a part of a region (华北中南部), never a department's name
_DIRECTION_BEFORE_BU = frozenset("东南西北中大内全")
# the heads by which a country's own government is named (美国政府, 英国殖民当局)
_STATE_HEADS = ("政府", "当局")


@dataclass
class _Unit:
    start: int
    end: int
    kind: str               # place, proper, common, number, verb
    key: str | None = None  # the place's key
    parent: str | None = None  # a township's or village's enclosing place, when its mention knew it


def _glued_head(word: str, head_chars) -> bool:
    """委等, 委和: a head of one character and a function word the tokenizer made one word of."""
    return len(word) == 2 and word[0] in head_chars and word[1] in _GLUED_AFTER_HEAD


def glued_role_split(word: str, roles: dict[str, bool], suffixes: dict[str, str]) -> tuple[int, str] | None:
    """Where a post glued to an organisation's head starts inside ``word``, and the post.

    ``市委书记`` -> (2, '书记'); ``财政部长`` -> (3, '部长'): the head's last character
    doubles as the post's first (部 + 部长), so the post's own text is only 长.

    >>> glued_role_split("市委书记", {"书记": True, "部长": False}, {"委": "x", "部": "x"})
    (2, '书记')
    >>> glued_role_split("财政部长", {"书记": True, "部长": False}, {"委": "x", "部": "x"})
    (3, '部长')
    >>> glued_role_split("组织部长", {"部长": False}, {"组织": "x", "部": "x"})
    (3, '部长')
    """
    if word in roles:
        return None           # 副部长 is a post of its own, not 副部 + 长
    for length in range(min(len(word) - 1, 6), 1, -1):
        role = word[-length:]
        if role not in roles:
            continue
        cut = len(word) - length
        if role[0] in suffixes and len(role) == 2 and cut >= 2 and word[cut - 1] not in suffixes \
                and word[:cut] in suffixes:
            return cut + 1, role     # 组织部长: 组织部 + 长 (组织 a head of its own too, but 部 doubles here)
        if any(word[cut - n:cut] in suffixes for n in range(1, min(cut, 6) + 1)):
            return cut, role
        if role[0] in suffixes and len(role) == 2 and cut >= 1:
            return cut + 1, role
    return None


def _place_name_of(resources: Resources, key: str) -> str | None:
    if key.startswith("adm/"):
        area = resources.gazetteer.get(key[4:])
        return area.name if area else None
    return None


def _term_only(text: str, a: int, b: int) -> bool:
    """Nothing but a term (第十五届) between a place and the 委员会 of its formal name: 中共某县(第十五届)
    委员会 is 某县委; 中共某市直属机关工作委员会 is a committee of its own."""
    return a == b or _TERM_RE.fullmatch(text, a, b) is not None


# the heads of departments a part of one follows (某厅党组, 某局机关党委, 某委员会党组)
_DEPARTMENT_HEADS = ("委员会", "厅", "局", "委", "办")

# the opening of a company's trade name the stem rules missed (五得利, 荃银高科, 天山铝业): at most so many
# characters, no word of these tags, no verb of going, no common word (企业, 铁路: jieba counts them this often)
MAX_TRADE_OPENING = 4
_TRADE_STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "f", "t", "y", "e", "s"})
COMMON_TRADE_WORD_FREQ = 1000
_LEVEL_IN = re.compile("[省市县区镇乡村旗]里")     # 镇里, 村里: in the town, in the village
_ORGANISE = "组织"    # a head (某某组织) and a verb (organises), after a place's or a body's name
_LEADING = ("带领", "率领")    # 某某带领工作组: who leads a group, no name of it
_GLUED_PREPOSITIONS = frozenset("由与和在向对从")
_GLUED_ACTS = _GLUED_PREPOSITIONS | {"受"}   # 受省 | 人民政府委托: acted for by the body
MIN_CUT_NAME = 3       # characters of a name left after what opens it is cut off
_ADDRESS_ENDS = ("号", "路", "街", "巷", "院内", "楼", "区", "园")

# a country's mission abroad, named with the country and 驻 (日本驻上海总领事馆, 中国驻某国大使馆)
_MISSION_HEADS = ("领事馆", "大使馆", "使馆", "领事处", "代表处")
_STATIONED = "驻"

def _from_body_start(doc: Doc, found: list[Mention]) -> list[Mention]:
    """某市 | 中级 | 人民法院 | 党组书记: a body's part (党组, 党委) whose name the stem rules opened inside the
    body's own name (at 人民法院, jieba's word) starts where the body does, and is the body's part by name."""
    starts = sorted((m for m in found if m.label != "Company"), key=lambda m: m.start)
    out = []
    for m in found:
        whole = next((o for o in starts if o.start < m.start < o.end < m.end and m.end - o.end <= MAX_PART_HEAD
                      and o.canonical.endswith(doc.text[m.start:o.end]) and m.attr("head") == doc.text[o.end:m.end]),
                     None)
        if whole is not None:
            attrs = tuple(kv for kv in m.attrs if kv[0] not in ("place", "place_start", "place_end", "level")) \
                + tuple(kv for kv in whole.attrs if kv[0] in ("place", "place_start", "place_end"))
            m = doc.mention(whole.start, m.end, m.label, whole.canonical + doc.text[whole.end:m.end], attrs=attrs,
                            source=m.source, score=m.score)
        out.append(m)
    return out


class OrganizationRecognizer:
    """Finds organisation names and types them by their head.

    >>> from kg.resources import Resources
    >>> from kg.read import article_from_text
    >>> from kg.mentions import Doc
    >>> from kg.sentences import split_sentences
    >>> res = Resources.load()
    >>> a = article_from_text("a", ["河南省水利厅和兰州理工大学，各级党委"])
    >>> doc = Doc(a, split_sentences(a), res.tokenizer(a.match_text))
    >>> [(m.text, m.label, m.attr("place")) for m in OrganizationRecognizer(res)(doc)]
    [('河南省水利厅', 'GovernmentBody', 'adm/410000'), ('兰州理工大学', 'University', 'adm/620100')]
    """

    def __init__(self, resources: Resources, places: AdminPlaceRecognizer | None = None):
        self.res = resources
        names = resources.lexicon.names
        self.suffixes = names.org_suffixes
        self._department_words = frozenset(names.department_short_forms)   # 巡察办: a department's name whole
        # (公安局, 民政局 written bare: the fields a department is named by alone)
        self._bare_fields = frozenset(read_list("bare_department_fields.txt")) | frozenset(names.department_stem_parts)
        self.suffix_lengths = sorted({len(s) for s in self.suffixes}, reverse=True)
        self._suffix_ends = frozenset(s[-1] for s in self.suffixes)
        self._role_ends = frozenset(r[-1] for r in names.roles)
        self._head_chars = self._suffix_ends | self._role_ends     # what a head or a post ends in
        self.level_heads = names.org_level_heads
        self.levels = names.level_words
        self._single_levels = frozenset(w for w in names.level_words if len(w) == 1)
        self.generic = names.org_generic_stems
        self.collective = names.org_collective_stems
        self.ownership = names.org_ownership_words
        self.known = names.org_names
        self._stems_by_tail: dict[str, list[str]] = {}      # (longest first, as the lexicon keeps them)
        for stem in names.department_stems:
            self._stems_by_tail.setdefault(stem[-2:], []).append(stem)
        # (市场监督管理, 市场监管: stems opening with a level's character, which then is no level)
        self._level_led_stems = tuple(s for s in names.department_stems if s[0] in names.level_words)
        self.stem_parts = names.department_stem_parts
        self._part_lengths = sorted({len(w) for w in self.stem_parts}, reverse=True)
        self.level_bodies = names.org_level_bodies
        self.strict = names.org_strict_suffixes
        self.sub = names.org_sub_suffixes
        self.named = names.org_named_suffixes
        self.generic_heads = names.org_generic_suffixes
        self.stem_stops = names.org_stem_stops
        self.stem_verbs = resources.lexicon.stem_verbs
        self._parts = frozenset(part for part, _ in read_table("body_parts.tsv"))     # 党组, 机关党委
        self._part_words = tuple(sorted(self._parts))     # (the same, for str.startswith)
        self.directions = names.direction_words
        self.final_chars = names.org_final_chars
        self.national = names.org_national_words
        self.state_bodies = names.org_state_bodies
        self.landmark_suffixes = tuple(resources.lexicon.terms.landmark_suffixes)
        # what ends a body's or a venue's name (某市文化馆, 某县妇联): 组织 after it is the body's verb
        self._named_ends = tuple(sorted({h for h in self.suffixes if h != _ORGANISE} | set(self.landmark_suffixes),
                                        key=len, reverse=True))
        self.roles = names.roles
        # (the last characters of what is named before a conjunction that joins two: a site, a body, 负责同志)
        self._named_end_chars = frozenset(h[-1] for h in (*self.suffixes, *self.landmark_suffixes, "同志"))
        self._post_words = tuple(sorted(r for r in names.roles if len(r) >= 2))
        self.glued_verbs = names.name_glued_verbs
        self.places = places or AdminPlaceRecognizer(resources)
        self.world = resources.world
        self.industries = tuple(sorted(read_list("company_industries.txt"), key=len, reverse=True))
        self._industry_words = frozenset(self.industries)
        # the kinds of meeting (协商会, 汇报会, 党代会): jieba's dictionary tags some as institutions
        event_cues = read_table("event_cues.tsv")
        self.meeting_heads = frozenset(w for cls, role, w in event_cues if cls == "Meeting" and role == "head")
        not_orgs = read_list("not_org_words.txt")
        self.not_orgs = self.meeting_heads | frozenset(not_orgs)
        # (the longer of them, several words: a kind of body that a name may end in)
        self._kinds = tuple(sorted((w for w in not_orgs if len(w) >= 4), key=len, reverse=True))
        self._rooms = tuple(read_list("room_words.txt"))     # 会议室, 活动室: rooms, no bodies
        # the endings of zones' names and their short forms (开发区, 高新区): a zone's body named by them alone
        self._zone_words = frozenset(resources.lexicon.terms.zone_suffixes) | frozenset(
            resources.lexicon.terms.zone_short_endings)
        # the ends of sites and addresses (工业园, 大厦, 路, 号): where a company's name is, not its words
        self._site_ends = tuple(resources.lexicon.terms.zone_suffixes) + tuple(
            w for w, (c, _s, _n) in resources.lexicon.terms.landmark_suffixes.items() if c == "Landmark") + _ADDRESS_ENDS
        # the verbs of going a visit opens with (来到, 走进, 前往): where a body's name starts after them
        self._moves = frozenset(w for cls, role, w in event_cues if cls == "Visit" and role == "move")
        # (专程前往, 直接来到: a word of jieba's ending in one, 专程前往 | 医院)
        self._move_ends = tuple(sorted(w for w in self._moves if len(w) >= 2))
        self._levels_longest = tuple(sorted(self.levels, key=len, reverse=True))
        self._visit_verbs = frozenset(w for cls, role, w in event_cues if cls == "Visit" and role == "verb")
        # what goes before a company a visit comes to (来到, 考察, 走进): no word of its name
        self._going = frozenset(w for cls, role, w in event_cues
                                if cls == "Visit" and role in ("move", "verb", "arrive", "conducted"))
        # the stops of a visit: 来到某某智能、某地某某光电 (a company by its short name and its trade)
        moves = sorted((w for cls, role, w in event_cues
                        if cls == "Visit" and role == "move" and len(w) >= 2), key=len, reverse=True)
        self._visit_run = re.compile("(?:%s)([^，。；：！？\n]{2,%d})" % ("|".join(map(re.escape, moves)), MAX_VISIT_RUN)) \
            if moves else None
        # (of a word alone; an attribute, not a method replaced on the instance: a compiled class declares it)
        self._may_open: Callable[[str], bool] = word_memo(self._may_open_uncached)
        # the classifiers of a count (216名 | 村党组织书记, 12个 | 村党支部): what a number ends in
        self._classifiers = frozenset(u for u, kind in read_table("units.tsv") if kind == "count" and len(u) == 1)
        parties = "|".join(map(re.escape, sorted(read_list("democratic_parties.txt"), key=len, reverse=True)))
        # (民革市委会, 民盟省委主委; 民盟某省委会, 九三学社某市委会: a place written between; not 民进党)
        self._party_re = re.compile("(%s)(?!党)(?:(中央)|([\u4e00-\u9fff]{2,9}?)?(省|市|县|区|州)(%s|委))"
                                    % (parties, _PARTY_COMMITTEE_HEAD))

    def _may_open_uncached(self, word: str) -> bool:
        """Whether :meth:`__call__`'s loop may find something at a token of ``word`` whatever its
        tag and place (a word ending in a head's character, known, or a state's body)."""
        return word[-1] in self._head_chars or word in self.known or word in self.state_bodies \
            or _glued_head(word, self._head_chars)

    def __call__(self, doc: Doc) -> list[Mention]:
        places = self.places.places(doc)
        place_by_end: dict[int, Mention] = {}
        for m in places:
            place_by_end.setdefault(m.end, m)
        out: list[Mention] = []
        taken_to = -1
        world = self.world.places
        text, tokens = doc.text, doc.tokens
        # (made in C: a comprehension here would be a Python loop over every token)
        world_ends = set(compress(map(TOKEN_END, tokens), map(world.__contains__, map(TOKEN_WORD, tokens))))
        head_chars, known, state_bodies = self._head_chars, self.known, self.state_bodies
        # (only the tokens whose word, tag or start lets one of the tests below through: about one
        # in ten; the test of a word is made once per process)
        glued = world_ends.union(place_by_end)
        visit = map(operator.or_, map(self._may_open, map(TOKEN_WORD, tokens)),
                    map(operator.or_, map(_JIEBA_ORG_TAGS.__contains__, map(TOKEN_TAG, tokens)),
                        map(glued.__contains__, map(TOKEN_START, tokens))))
        for i in compress(range(len(tokens)), visit):
            tok = tokens[i]
            found = None
            word = tok.word
            # (cheap first: most words end in no head's or post's character)
            ends = self._head_ends(text, tok, tokens[i - 1] if i else None) if word[-1] in head_chars else ()
            if not ends and (tok.start in place_by_end or tok.start in world_ends
                             or _glued_head(word, head_chars)):
                # (哥伦比亚 | 队以: a country too; 国家发展改革 | 委等: a head of one character the
                # tokenizer glued to the word after it, whatever stands before)
                ends = self._glued_head_ends(text, tok)
            for head_end in ends:
                found = self._parse(doc, i, head_end, place_by_end, world_ends)
                if found:
                    break
            if found is None and tok.start >= taken_to and (tok.tag == "nt" or word in known):
                found = self._jieba_org(doc, tok)
            if found is None and word in state_bodies:
                cls = self.state_bodies[tok.word]        # 国会: the body of the country named before it
                found = doc.mention(tok.start, tok.end, cls, tok.word, f"{cls}/{tok.word}",
                                    (("head", tok.word), ("level", "Country")))
            if found is not None:
                out.append(found)
                taken_to = max(taken_to, found.end)
        out = out + self._subsidiaries(doc, out) + self._campuses(doc, out) + self._branches(doc, out, places) \
            + self._brands(doc, out, places) \
            + self._trade_names(doc, out) \
            + self._periodicals(doc) + self._visited_companies(doc, places) + self._listed_companies(doc, places) \
            + self._web_outlets(doc) \
            + self._hotlines(doc, place_by_end) + self._democratic_parties(doc, place_by_end) \
            + self._named_after_locality(doc, out, places) + self._zone_committees(doc, out) \
            + self._task_teams(doc, out)
        out = self._from_division_start(doc, out)
        out = _from_body_start(doc, out)
        out = self._trade_name_start(doc, out, places)
        index = TokenIndex.of(doc)
        out = [self._without_leading_act(doc, index, m) for m in out]
        # 镇里整合派出所…, 村里组织党员突击队: a level word and 里 (in the town, in the village) say where
        # something is done, no name holds them; a place and 组织 (翁牛特旗组织120台送水车) is the place organising
        place_spans = {(p.start, p.end) for p in places}
        # (局长赵世平组织副局长…: a person organising, no 组织 named after him)
        # (a name after a post, not 欧佩克[nr] | 组织 of the organisation's own name; looked for only where a name
        # ends in 组织)
        roles = self.res.lexicon.names.roles
        named_ends = {t.end for t in doc.tokens if t.tag == _NAME_TAG
                      and any(doc.text[max(0, t.start - k):t.start] in roles for k in range(2, 6))} \
            if any(m.canonical.endswith(_ORGANISE) for m in out) else set()
        out = [m for m in out if not _LEVEL_IN.search(m.canonical) and not any(w in m.canonical for w in _LEADING)
               and not (m.canonical.endswith(_ORGANISE) and ((m.start, m.end - len(_ORGANISE)) in place_spans
                                                             or m.end - len(_ORGANISE) in named_ends))]
        tables = {(d.start, d.end) for d in cast("list[Mention]", doc.memo.get("divisions") or ())}
        if tables:
            # 某某机械林场 under its county: a township-level unit the division tables hold, no body;
            # nor a name that ends inside one (盘龙区联盟 | 街道: the tables' 联盟街道 of 盘龙区)
            out = [m for m in out if (m.start, m.end) not in tables
                   and not any(a < m.end < b and m.start < a for a, b in tables)]
        out = [self._of_a_country(doc, self._known_without_county(text, m), world)
               for m in self._from_place_start(doc, out) if not head_runs_on(text, m.end)]
        numbers = doc_number_spans(text)
        if numbers:     # 泸市府办 of 泸市府办发〔2023〕35号: the issuer's abbreviation inside a 文号
            out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in numbers)]
        behalf = [m for m in out if self._on_behalf(doc, m)]
        if behalf:
            behalf_ends = {m.end for m in behalf}
            out = [self._league_after(doc, m) if m.start in behalf_ends else m for m in out if m not in behalf]
        index = TokenIndex.of(doc)
        # (全国农业农村厅局长会议: the provinces' departments together, no national body is a 厅 or a 局)
        out = [m for m in out if not (m.canonical.startswith(_NATIONWIDE) and m.attr("head") in _PROVINCIAL_HEADS)]
        # (全区义务教育学校, 全区非公有制企业党组织: every one of a kind in the district, no body's name)
        out = [m for m in out if not (len(m.canonical) > 2 and m.canonical[0] == _WHOLE and m.canonical[1] in _SCOPE_LEVELS
                                      and m.canonical not in self.known)]
        # (九省区政府, 两市政府: the bodies of the places a number counts, no one body's name)
        out = [m for m in out if not (m.start and text[m.start] in _SCOPE_LEVELS
                                      and (is_cjk_numeral(text[m.start - 1]) or text[m.start - 1].isdigit()))]
        # (村级卫生室, 县级医院, 省级示范合作社: bodies of a rank, a kind, no body's name)
        out = [m for m in out if not (len(m.canonical) > 2 and m.canonical[0] in _SCOPE_LEVELS
                                      and m.canonical[1] == _RANK and m.canonical not in self.known)]
        # (某县 | 下党 | 乡下 | 党村: 党 inside a word of jieba's, a level word after it, is a place's name going on,
        # 下党乡; not 县委 | 乡村振兴办)
        ends_word = {t.end: t.word for t in tokens}
        out = [m for m in out if not (m.attr("head") == _PARTY and text[m.end:m.end + 1] in _LOCAL_LEVEL_CHARS
                                      and len(ends_word.get(m.end, "")) > len(_PARTY))]
        # (某某苏维埃政府旧址, 红军总医院旧址: the site where the body was, no body of today's)
        out = [m for m in out if not text.startswith(_FORMER_SITE, m.end)]
        # (各乡镇党委, 县乡政府: the bodies of a kind of division, two levels named together, no one body)
        # (县 | 乡村振兴局: the second level character opens a word, the department's stem)
        out = [m for m in out if not (m.attr("level") and len(m.canonical) > 2 and m.canonical[0] != m.canonical[1]
                                      and m.canonical[0] in self._single_levels and m.canonical[1] in self._single_levels
                                      and m.canonical[1:3] not in self.res.jieba_words)]
        # (全镇村党支部书记, 各村党支部: every village's branch, a kind of body after a word of scope, no one body)
        out = [m for m in out if not (m.attr("level") and not m.attr("place") and m.canonical[:1] in self._single_levels
                                      and _SCOPE_BEFORE.search(text, max(0, m.start - MAX_SCOPE), m.start))]
        # (市委副书记某某率考察团: a post, its holder, 率 and the group he leads, jieba's 明率 glued: no body's name)
        out = [m for m in out if not _LED_GROUP.match(m.canonical)]
        # (某区某镇组织召开…: a place, then 组织 the verb of arranging, no body named by it; not 世界卫生组织召开…)
        # (区长某某组织召开…: a post, its holder and the verb of arranging either)
        out = [m for m in out if not (m.canonical.endswith(_ORGANISE) and (m.end - len(_ORGANISE) in place_by_end
                                                                          or text[m.end - len(_ORGANISE) - 1] in _ARRANGING_LEVELS
                                                                          or text.endswith(self._post_words, 0, m.start))
                                      and (k := index.by_start.get(m.end)) is not None
                                      and tokens[k].tag.startswith(_VERB_TAG))]
        return [m for m in out if not self._counted(text, m.end)
                and not (m.canonical.endswith(_CENTRE_HEAD) and (k := index.by_start.get(m.end)) is not None
                         and tokens[k].word in _SETTLEMENTS)]

    def _league_after(self, doc: Doc, m: Mention) -> Mention:
        """某某代表 | 团 | 省委: the 省委 after a delegation that was a person on behalf of a body is
        the Youth League's committee the 团 opens (团省委)."""
        level = m.attr("level")
        if m.label != "PartyOrganization" or not level or m.canonical != level + _PLACE_COMMITTEE:
            return m
        return doc.mention(m.start - len(_LEAGUE), m.end, self.suffixes.get(_LEAGUE_COMMITTEE, m.label),
                           level + _LEAGUE_COMMITTEE, attrs=(("head", _LEAGUE_COMMITTEE), ("level", level)),
                           source=m.source, score=m.score)

    def _encloses(self, outer: str, inner: str | None) -> bool:
        """Whether the division ``outer`` holds ``inner`` (keys of the gazetteer's divisions)."""
        if not (outer.startswith("adm/") and inner and inner.startswith("adm/")) or outer == inner:
            return False
        return self.res.gazetteer.is_within(inner[4:], outer[4:])

    def _actor(self, tok: Token) -> bool:
        """A Chinese person's name of jieba's (a common surname and one or two characters), who acts
        in the verb after it (王某某 | 带领 | 医疗队), not the stem of a body's name (a foreign name,
        某某 | 出版 | 集团, keeps the verb)."""
        return tok.tag.startswith(_PERSON_TAG) and 2 <= len(tok.word) <= 3 \
            and tok.word[0] in self.res.lexicon.names.common_surnames

    @staticmethod
    def _of_a_country(doc: Doc, m: Mention, world) -> Mention:
        """日本 | 驻 | 上海总领事馆: a mission is the country's, named with it (日本驻上海总领事馆, in 上海)."""
        head = m.attr("head") or ""
        if not head.endswith(_MISSION_HEADS) or doc.text[m.start - 1:m.start] != _STATIONED:
            return m
        index = TokenIndex.of(doc)
        k = index.by_end.get(m.start - 1)
        if k is None or doc.tokens[k].word not in world:
            return m
        a = doc.tokens[k].start
        name = doc.text[a:m.end]
        return replace(m, start=a, text=doc.article.text[a:m.end], canonical=name, key=f"{m.label}/{name}")

    def _known_without_county(self, text: str, m: Mention) -> Mention:
        """公安部: a body of the known names (org_names.tsv) whose name opens with a county's short name
        (公安县) is the national one, of no county."""
        if m.canonical not in self.known or m.attr("place_start") != str(m.start) \
                or not (key := m.attr("place", "")).startswith("adm/"):
            return m
        area = self.res.gazetteer.areas.get(key[4:])
        written = text[m.start:int(m.attr("place_end", str(m.start)))]
        if area is None or area.cls != "County" or self.res.gazetteer.is_full_name(written):
            return m
        return replace(m, attrs=tuple(kv for kv in m.attrs if kv[0] not in ("place", "place_start", "place_end")))

    def _holder_acts(self, doc: Doc, tok: Token) -> bool:
        """A name jieba tags as a person's right after a post (副主席 | 哈某某): the holder, who acts in
        the verb after it."""
        return tok.tag.startswith(_PERSON_TAG) and self._after_post(doc, tok.start)

    @staticmethod
    def _on_behalf(doc: Doc, m: Mention) -> bool:
        """某某代表团省委致辞: a name of jieba's (a person's) and a head opening with 代表 (代表团, 代表队) is
        the person speaking on behalf of what follows (代表 | 团省委), no delegation: delegations are
        named after places and bodies, not persons."""
        head = m.attr("head") or ""
        i = TokenIndex.of(doc).by_start.get(m.start)
        if i is None or not doc.tokens[i].tag.startswith(_PERSON_TAG):
            return False
        if head.startswith(_ON_BEHALF):
            return doc.tokens[i].end == m.end - len(head)
        # 组长某某 | 代表 | 巡视组反馈: the name and 代表 alone before the body's name
        return i + 1 < len(doc.tokens) and doc.tokens[i + 1].word == _ON_BEHALF and doc.tokens[i + 1].end < m.end

    @staticmethod
    def _from_division_start(doc: Doc, found: list[Mention]) -> list[Mention]:
        """某县 | 梓 | 山镇 | 某村党支部: a name that starts inside a township or village of the division
        tables (jieba cut the township's name, and the stem read from its second piece) starts
        where that division starts."""
        divisions = cast("list[Mention] | None", doc.memo.get("divisions"))
        if not divisions:
            return found
        out = []
        for m in found:
            if not m.attr("place") and m.label != "Company" \
                    and (d := next((d for d in divisions if d.start == m.start and d.end < m.end), None)) is not None:
                # 某某同志任 | 某镇党委书记: a body named after a township of the tables, no county before it, is
                # placed there (the township a node, under the county the tables give); 某镇某村党支部: in the
                # village of that township its name goes on with
                while (inner := next((x for x in divisions if x.start == d.end and x.end < m.end), None)) is not None:
                    d = inner
                attrs = m.attrs + (("place", d.key), ("place_start", str(d.start)), ("place_end", str(d.end))) \
                    + ((("place_parent", d.attr("parent")),) if d.attr("parent") else ())
                out.append(replace(m, attrs=attrs))
                continue
            d = next((d for d in divisions if d.start < m.start < d.end <= m.end), None)
            if d is not None:
                canonical = doc.text[d.start:m.start] + m.canonical
                if canonical.startswith(FORMER, d.end - d.start):
                    # 某村 | 原 | 党支部(书记): 原 (former) is the post's, not the body's
                    canonical = canonical[:d.end - d.start] + canonical[d.end - d.start + len(FORMER):]
                attrs = m.attrs
                if not m.attr("place") and m.label != "Company":
                    # (村原 | 党支部: the level word the name was read from is the division's: its place; 任定 |
                    # 山镇 | 党委: the township the name opens with)
                    attrs = tuple(a for a in attrs if a[0] != "level") + (
                        ("place", d.key), ("place_start", str(d.start)), ("place_end", str(d.end))) \
                        + ((("place_parent", d.attr("parent")),) if d.attr("parent") else ())
                m = doc.mention(d.start, m.end, m.label, canonical, attrs=attrs, source=m.source, score=m.score)
            out.append(m)
        return out

    def _trade_name_start(self, doc: Doc, found: list[Mention], places: list[Mention]) -> list[Mention]:
        """河北 | 五 | 得利 | 面粉集团有限公司, 考察了 | 天 | 山铝业集团股份有限公司: a company registered with its
        legal form whose name the stem rules opened late, at words jieba tags oddly (a numeral, a verb, a
        character alone), opens where a mark, a function word, a verb of going or a common noun stands
        before them (at most :data:`MAX_TRADE_OPENING` characters), or with the place's name there (after
        a preposition glued to its first word is cut off: :meth:`_without_glued_preposition`)."""
        if not any(m.label == "Company" for m in found):
            return found
        tokens, text = doc.tokens, doc.text
        index = TokenIndex.of(doc)
        place_by_end = {p.end: p for p in places if p.key.startswith("adm/")}
        out = []
        for m in found:
            m = self._without_glued_preposition(doc, index, m)
            k = index.by_end.get(m.start)
            if m.label != "Company" or m.attr("place") or k is None \
                    or not any(m.canonical.endswith(f) for f in LEGAL_FORM_HEADS):
                out.append(m)
                continue
            start, place = m.start, None
            while k is not None and k >= 0:
                t = tokens[k]
                if t.end in place_by_end and place_by_end[t.end].start == t.start:
                    place = place_by_end[t.end]
                    break
                if m.start - t.start > MAX_TRADE_OPENING:
                    break
                if not is_han(t.word) or t.tag in _TRADE_STOP_TAGS or t.word in self._going \
                        or (t.start and text[t.start - 1].isdigit()) or t.word.endswith(self._site_ends) \
                        or (t.tag.startswith(("n", "v", "a")) and not t.tag.startswith(("nr", "nz", "ns", "nt"))
                            and self.res.jieba_words.get(t.word, (0, ""))[0] >= COMMON_TRADE_WORD_FREQ):
                    break       # (208号 | 某某公司, 某某工业园 | 某某公司, 厂院内 | 某某公司: an address before it)
                start, k = t.start, k - 1
            if start == m.start:
                out.append(m)
                continue
            a = place.start if place is not None else start
            attrs = m.attrs + ((("place", place.key), ("place_start", str(place.start)), ("place_end", str(place.end)))
                               if place is not None else ())
            out.append(doc.mention(a, m.end, m.label, text[a:m.start] + m.canonical, attrs=attrs, source=m.source,
                                   score=m.score))
        return out

    def _without_leading_act(self, doc: Doc, index: TokenIndex, m: Mention) -> Mention:
        """曾任 | 华能…有限公司, 县长 | 调研 | 农商银行, 受省 | 人民政府, 前向省 | 人大常委会, 纪检监察 | 组对 |
        中国华能…: a verb, a post or a preposition the stem rules took in (or jieba's model glued to the
        name's first character, no word of its dictionary) says what the clause does with the body; the
        name starts after it."""
        if len(m.canonical) != m.end - m.start:
            return m
        i = index.by_start.get(m.start)
        if i is None:
            return m
        a = m.start
        for t in doc.tokens[i:]:
            if t.end >= m.end:
                break
            w = t.word
            # (a verb of visiting only after a post cut before it: 县长 | 调研 | 农商银行, not 巡河 | 志愿服务队)
            if len(w) > 1 and (w in self.stem_stops or w in self.roles or w in self._moves
                               or (a > m.start and w in self._visit_verbs)):
                a = t.end
                continue
            if len(w) >= 2 and w not in self.res.jieba_words:
                cut = next((k + 1 for k in range(len(w) - 1) if w[k] in _GLUED_ACTS and w[k + 1:] in self.levels), None)
                if cut is not None:
                    a = t.start + cut          # 受省 | 人民政府, 前向省 | 人大常委会
                elif w[-1] in _GLUED_ACTS:
                    a = t.end                  # 组对 | 中国华能…
            break
        if a == m.start or m.end - a < MIN_CUT_NAME:
            return m
        name = m.canonical[a - m.start:]
        attrs = tuple(kv for kv in m.attrs if not kv[0].startswith("place"))
        level = next((lv for lv in self._levels_longest if name.startswith(lv) and len(name) > len(lv)), None)
        if level is not None and not m.attr("level"):
            attrs += (("level", level),)       # 省 | 人民政府: the level's body, as a name read whole is
        return doc.mention(a, m.end, m.label, name, attrs=attrs, source=m.source, score=m.score)

    def _without_glued_preposition(self, doc: Doc, index: TokenIndex, m: Mention) -> Mention:
        """项目 | 由国网[n] | 新源…有限公司: a preposition jieba's model glued to a company's first word (no word
        of its dictionary) opens what is said of the company, not its name: the name starts after it."""
        if m.label != "Company" or len(m.canonical) != m.end - m.start:
            return m
        glued = [t for t in doc.tokens[index.by_start.get(m.start, len(doc.tokens)):] if t.start < m.end
                 and len(t.word) >= 2 and t.word[0] in _GLUED_PREPOSITIONS and t.word not in self.res.jieba_words]
        if not glued or glued[-1].start + 1 >= m.end:
            return m
        a = glued[-1].start + 1
        return doc.mention(a, m.end, m.label, m.canonical[a - m.start:],
                           attrs=tuple(kv for kv in m.attrs if not kv[0].startswith("place")), source=m.source,
                           score=m.score)

    def _from_place_start(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """广 | 西华 | 锐新能源科技有限公司: jieba read the last character of a province's name into the
        word after it (西华, a county elsewhere), so the name opened one character late; a
        company's or other body's name that a province's name of two characters straddles
        starts where the province does, and is in it."""
        out = []
        for m in found:
            a = m.start - 1
            if a >= 0 and m.label in _PLACE_OPENED and a in doc.token_starts and a + 1 in doc.token_ends \
                    and not m.attr("place") and (key := self._place_of(doc.text[a:a + PROVINCE_SHORT])) \
                    and key.startswith("adm/") and key.endswith("0000"):
                attrs = m.attrs + (("place", key), ("place_start", str(a)), ("place_end", str(a + PROVINCE_SHORT)))
                m = doc.mention(a, m.end, m.label, doc.text[a] + m.canonical, attrs=attrs, source=m.source,
                                score=m.score)
            out.append(m)
        return out

    def _after_post(self, doc: Doc, start: int) -> bool:
        """Whether a post (书记, 县长) ends right at ``start``."""
        i = TokenIndex.of(doc).by_end.get(start)
        word = doc.tokens[i].word if i is not None else ""
        return word in self.roles or word[-2:] in self.roles     # (党委书记: jieba's one word of the post)

    def _opening_place(self, word: str, full_name: bool = False) -> int:
        """The length of the longest place's name (of two characters or more, shorter than ``word``)
        that opens ``word``, jieba's one word of a body (武汉理工大学, 某省人民政府); 0 for none."""
        return next((n for n in range(len(word) - 1, 1, -1) if self._place_of(word[:n])
                     and (not full_name or self.res.gazetteer.is_full_name(word[:n]))), 0)

    def _qualifier_open(self, text: str, close: int) -> int:
        """Where ``（`` opens the bracketed qualifier of a company's name that ``）`` at ``close``
        closes (（集团）, （控股）, （中国）, （北京）), else -1."""
        opened = text.rfind(_OPEN_PAREN, max(0, close - MAX_QUALIFIER - 1), close)
        inner = text[opened + 1:close] if opened >= 0 else ""
        if inner in _COMPANY_QUALIFIERS or (inner and self._place_of(inner)):
            return opened
        return -1

    def _counted(self, text: str, end: int) -> bool:
        """新建村卫生室12个，: a count closing the clause right after it (a number and its classifier,
        nothing counted after them) makes a name a kind of body counted, no body (某局一位官员: the
        official is counted)."""
        k = end
        while k < len(text) and (text[k].isdigit() or is_cjk_numeral(text[k])):
            k += 1
        return k > end and text[k:k + 1] in self._classifiers and not is_han(text[k + 1:k + 2])

    @staticmethod
    def _hotlines(doc: Doc, place_by_end: dict[int, Mention]) -> list[Mention]:
        """某市12345政务服务便民热线, 某县12345热线: a service hotline named by its number after the place
        it serves, an organisation of that place, one node however spelt (某市12345热线); without the
        place, every province has one: no node."""
        if _HOTLINE_HEAD not in doc.text:
            return []       # (cheap first)
        out = []
        for m in _HOTLINE.finditer(doc.text):
            place = place_by_end.get(m.start())
            if place is None or not place.key.startswith("adm/"):
                continue
            # (one node whether the service is spelt out or not: 某市12345热线)
            name = doc.text[place.start:place.end] + m.group(1) + _HOTLINE_HEAD
            out.append(doc.mention(place.start, m.end(), "Organization", name, attrs=(
                ("head", _HOTLINE_HEAD), ("place", place.key), ("place_end", str(place.end)),
                ("place_start", str(place.start))), source="orgs.hotline"))
        return out

    def _democratic_parties(self, doc: Doc, place_by_end: dict[int, Mention]) -> list[Mention]:
        """民革市委会, 九三学社省委会 (``democratic_parties.txt``): a democratic party's committee of the
        level written (bound, as 市妇联 is, to the article's place of that level: 民革某市委会), no 市委
        of the CPC; 民盟中央 its central committee; 民盟某省委会 the committee of the place named
        (one node with 民盟省委会, 民盟某省委: its committee, written short)."""
        if not self._party_re.search(doc.text):
            return []       # (cheap first)
        out = []
        for m in self._party_re.finditer(doc.text):
            party, centre, written, level, _ = m.groups()
            if centre:
                out.append(doc.mention(m.start(), m.end(), "Organization", party + centre,
                                       source="orgs.democratic_party"))
            elif written:
                place = place_by_end.get(m.end(4)) or place_by_end.get(m.start(4))
                if place is None or place.start != m.start(3) or not place.key.startswith("adm/"):
                    continue    # (not a place between: 民盟某某委)
                out.append(doc.mention(m.start(), m.end(), "Organization",
                                       party + place.canonical + _PARTY_COMMITTEE_HEAD, attrs=(
                    ("head", _PARTY_COMMITTEE_HEAD), ("place", place.key), ("place_end", str(place.end)),
                    ("place_start", str(place.start)), ("post_head", party + level + _PARTY_COMMITTEE_HEAD),
                    ("prefix", party)), source="orgs.democratic_party"))   # (its 主委: a 民盟省委会主委)
            else:
                out.append(doc.mention(m.start(), m.end(), "Organization", m.group(), attrs=(
                    ("head", _PARTY_COMMITTEE_HEAD), ("level", level), ("prefix", party)),
                    source="orgs.democratic_party"))
        return out

    @staticmethod
    def _web_outlets(doc: Doc) -> list[Mention]:
        """某某网消息, 某某网记者某某, 某某网某地3月5日讯: a news site named at the head of a line
        before its dateline's or credit's words is a media outlet (an organisation, not a person
        jieba's model guessed)."""
        end = min(len(doc.text), WEB_OUTLET_SPAN)
        if doc.text.find("网", 0, end) < 0:
            return []       # (cheap first: the pattern, tried at every character, needs 网)
        return [doc.mention(m.start(1), m.end(1), "Organization", m.group(1), source="orgs.web_outlet")
                for m in _WEB_OUTLET.finditer(doc.text, 0, end)]

    def _visited_companies(self, doc: Doc, places: list[Mention]) -> list[Mention]:
        """来到某某智能、某地某某光电，了解企业情况: the stops a visit lists after its verb of going,
        one named by a stem of its own and a trade (``data/company_industries.txt``: 智能, 光电,
        矿业), are companies by their short names, with the place the name may open with. A whole
        item of the list only, on word boundaries, its stem no common word."""
        text = doc.text
        runs = list(self._visit_run.finditer(text)) if self._visit_run is not None else []
        if not runs:
            return []       # (cheap first: most texts hold no verb of going)
        place_by_start = {m.start: m for m in places}
        out: list[Mention] = []
        for run in runs:
            for i, j in self._items(run.group(1)):
                a, b = run.start(1) + i, run.start(1) + j
                item = text[a:b]
                trade = next((w for w in self.industries if item.endswith(w)), None)
                place = place_by_start.get(a)
                stem_start = place.end if place is not None and place.end < b else a
                stem = text[stem_start:b - len(trade)] if trade else ""
                if trade and MIN_OWN_NAME <= len(stem) <= MAX_VISIT_STEM and a in doc.token_starts \
                        and b in doc.token_ends and is_han(stem) \
                        and not self.res.is_common_word(stem) and not any(c in self.stem_stops for c in stem):
                    attrs = (("head", trade),) + ((("place", place.key), ("place_end", str(place.end)),
                                                   ("place_start", str(place.start))) if stem_start > a and place is not None else ())
                    out.append(doc.mention(a, b, "Company", item, attrs=attrs, source="orgs.visited_company",
                                           score=VISITED_COMPANY_SCORE))
        return out

    def _listed_companies(self, doc: Doc, places: list[Mention]) -> list[Mention]:
        """走访甲盐化、乙电化、丙重科等重点企业: the items of a list closed by 等…企业 are companies by their short
        names, trade word or none; each a whole word (or words) of its own, no common word nor a place alone."""
        text = doc.text
        if _ENTERPRISES not in text:
            return []       # (cheap first)
        index = TokenIndex.of(doc)
        place_at = {(m.start, m.end) for m in places}
        out: list[Mention] = []
        for close in _LISTED_COMPANIES.finditer(text):
            start = max(text.rfind(c, 0, close.start()) for c in _CLAUSE_ENDS) + 1
            if _LIST_MARK not in text[start:close.start()]:
                continue    # (one item: a kind of company, 某某等企业, is as likely a trade as a name)
            first_mark = text.index(_LIST_MARK, start)
            # the first item starts after the verb before it (走访 | 甲盐化)
            opens = [t.end for t in doc.tokens if start <= t.start and t.end < first_mark and t.tag.startswith(("v", "p"))]
            start = max(opens, default=start)
            for i, j in self._items(text[start:close.start()]):
                a, b = start + i, start + j
                item = text[a:b]
                if not (MIN_OWN_NAME <= len(item) <= MAX_LISTED_COMPANY) or not is_han(item) \
                        or a not in doc.token_starts or b not in doc.token_ends or (a, b) in place_at \
                        or self.res.is_common_word(item) or any(w in item for w in _NOT_IN_NAMES):
                    continue
                first = doc.tokens[index.by_start[a]]
                whole = index.by_end.get(b) == index.by_start[a]      # (one word of jieba's)
                if whole and first.tag.startswith(("nr", "ns")):
                    continue    # (a person's or a place's name alone, jieba's one word, is no company)
                if not (len(first.word) == 1 or first.word not in self.res.jieba_words
                        or first.tag.startswith(_ABBREVIATION_TAG if whole else _NAME_OPENING_TAGS)):
                    continue    # (危险化学品、道路交通等企业: kinds of enterprise, named by common nouns)
                out.append(doc.mention(a, b, "Company", item, source="orgs.listed_company", score=LISTED_COMPANY_SCORE))
        return out

    def _items(self, run: str) -> list[tuple[int, int]]:
        """The spans of the items of a list of stops: between 、, and at 和/及 after an item that ends in a trade
        (甲药业、乙制药和丙公司); the last without the words that close the list (丙公司等重点企业)."""
        spans: list[tuple[int, int]] = []
        a = 1 if run.startswith(_PERFECTIVE) else 0      # (走进了甲科技: the aspect marker opens no name)
        for k in range(a, len(run) + 1):
            if k == len(run) or run[k] == _LIST_MARK or (
                    run[k] in _ITEM_JOINS and k > a and run[a:k].endswith(self.industries)):
                spans.append((a, k))
                a = k + 1
        if spans:
            a, b = spans[-1]
            close = run.find(_EXAMPLES, a, b)
            spans[-1] = (a, close if close > a else b)
        return spans

    def _campuses(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """育英中学 | 东城学校, 某某附中 | 西山校区: a school right after a school, named by a short
        stem (a place's) and a campus's head, is the first school's campus, one name."""
        text = doc.text
        by_start = {m.start: m for m in found if m.label == "School"}
        out = []
        for m in found:
            n = by_start.get(m.end)
            if m.label != "School" or n is None:
                continue
            head = next((h for h in CAMPUS_HEADS if n.canonical.endswith(h)), None)
            if head is not None and len(n.canonical) - len(head) <= MAX_CAMPUS_STEM:
                out.append(doc.mention(m.start, n.end, "School", text[m.start:n.end], attrs=(("head", head),),
                                       source="orgs.campus", score=min(m.score, n.score)))
        return out

    @staticmethod
    def _branches(doc: Doc, found: list[Mention], places: list[Mention]) -> list[Mention]:
        """某市生态环境局 | 某区 | 分局, 国开行 | 四川省 | 分行: a city's bureau or a bank, a place's name (short or
        whole) and the branch's word is its branch there, one name."""
        text = doc.text
        if not any(b in text for _e, b in _BRANCHES):
            return []
        by_start = {p.start: p for p in places}
        out = []
        for m in found:
            p = by_start.get(m.end)
            branch = next((b for e, b in _BRANCHES if m.canonical.endswith(e) and text.startswith(b, p.end)), None) \
                if p is not None else None
            if p is None or branch is None:
                continue
            end = p.end + len(branch)
            if any(o.start == m.start and o.end >= end for o in found):
                continue      # (某行某省分行营业部, 农发行宁德分行: a name read already, whole or with the branch inside)
            attrs = tuple(kv for kv in m.attrs if kv[0] != "head") + (("head", branch),)
            if not m.attr("place") and p.key.startswith(ADMIN_KEY):
                # (国开行 | 四川省 | 分行: a bank of no place, its branch where the place inside names)
                attrs += (("place", p.key), ("place_start", str(p.start)), ("place_end", str(p.end)))
            out.append(doc.mention(m.start, end, m.label, m.canonical + text[m.end:end], attrs=attrs,
                                   source="orgs.branch", score=m.score))
        return out

    def _periodicals(self, doc: Doc) -> list[Mention]:
        """《费加罗报》, 《时代》周刊: a newspaper or magazine named in title marks is a media
        outlet, an organisation (its title ends in a periodical's word, or one follows it)."""
        out: list[Mention] = []
        if "《" not in doc.text:
            return out
        for m in _TITLE.finditer(doc.text):
            title = m.group(1)
            if (title.endswith(_PERIODICAL_ENDS) and len(title) > 2 and not title.endswith(_NOT_PERIODICAL_ENDS)) \
                    or doc.text.startswith(_PERIODICAL_AFTER, m.end()):
                out.append(replace(doc.mention(m.start(1), m.end(1), "Organization", title), source="orgs.periodical"))
        return out

    def _trade_names(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """宁德时代 for 宁德时代新能源科技股份有限公司: a company named in full with its legal form goes by
        its trade name, the words before its industry (``company_industries.txt``), elsewhere in the
        article; the trade name is a name of its own (no place's, no common word), on word bounds."""
        text = doc.text
        out: list[Mention] = []
        for m in found:
            form = next((f for f in LEGAL_FORM_HEADS if m.canonical.endswith(f)), None) if m.label == "Company" else None
            if form is None:
                continue
            body = m.canonical[:-len(form)]
            at = min((k for w in self.industries if (k := body.find(w)) >= MIN_TRADE_NAME), default=-1)
            trade = body[:at] if at > 0 else ""
            if not MIN_TRADE_NAME <= len(trade) <= MAX_TRADE_NAME or not is_han(trade) \
                    or self.res.gazetteer.names().get(trade) or self.res.is_common_word(trade) or trade in self.res.jieba_words:
                continue
            k = text.find(trade)
            while k >= 0:
                if not (m.start <= k < m.end) and k in doc.token_starts and k + len(trade) in doc.token_ends \
                        and not text.startswith(body[len(trade):], k + len(trade)):
                    out.append(doc.mention(k, k + len(trade), "Company", m.canonical, m.key,
                                           tuple((a, v) for a, v in m.attrs if not a.startswith("place")),
                                           source="orgs.trade_name", score=m.score))
                k = text.find(trade, k + 1)
        return out

    def _brands(self, doc: Doc, found: list[Mention], places: list[Mention]) -> list[Mention]:
        """甘肃 | 新 | 天水食品有限公司: a company whose name opens with a place may carry a
        brand of one character before it (金, 新, 华) and its province or city before that."""
        if not any(m.label == "Company" for m in found):
            return []
        text = doc.text
        place_by_end = {p.end: p for p in places if p.label in ("Province", "Prefecture")}
        tokens = {t.end: t for t in doc.tokens}
        out = []
        for m in found:
            if m.label != "Company" or m.attr("place_start") != str(m.start):
                continue
            t = tokens.get(m.start)
            outer = place_by_end.get(t.start) if t is not None else None
            if t is None or outer is None or len(t.word) != 1 or t.word in DETERMINERS or \
                    t.tag.startswith(_NOT_BRAND_TAGS) or t.word in self.stem_stops:
                continue
            out.append(doc.mention(outer.start, m.end, "Company", text[outer.start:m.end],
                                   attrs=(("head", m.attr("head") or ""), ("place", outer.key),
                                          ("place_end", str(outer.end)), ("place_start", str(outer.start))),
                                   source="orgs.brand", score=m.score))
        return out

    def _task_teams(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """市脱贫攻坚第七督导组, 省巩固脱贫成果第三督查组: a level's team named by its task (a campaign's or a work's
        words, where the parser reads no name) and its number; one of the level written short, as 市委第二巡察组 is."""
        text = doc.text
        if _ORDINAL not in text or not any(h in text for h in _TEAM_HEADS):
            return []       # (cheap first)
        ends = {m.end: m.start for m in found}
        out = []
        for hit in _task_team_pattern().finditer(text):
            a, b = hit.start(), hit.end()
            if ends.get(b, b) <= a or a not in doc.token_starts or (a and is_han(text[a - 1]) and not self._opened_by(doc, a)):
                continue    # (read whole already; or the level character ends another word)
            level = hit.group("level")[0]
            out.append(doc.mention(a, b, "Organization", hit.group(), attrs=(("head", hit.group("head")), ("level", level)),
                                   source="orgs.task_team"))
        return out

    @staticmethod
    def _opened_by(doc: Doc, at: int) -> bool:
        """The word before ``at`` is a verb or a particle (率 | 市督导组, 带领 | 省督查组, 的 | …): a name may open at ``at``."""
        index = TokenIndex.of(doc)
        prev = doc.tokens[index.by_end[at]] if at in index.by_end else None
        return prev is not None and prev.tag.startswith(("v", "p", "u", "c"))

    def _zone_committees(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """某新区党工委副书记、管委会主任某某: a zone's administrative committee written bare in the chain of
        posts after its Party working committee's is that zone's (某新区管委会), as every zone's head is
        titled."""
        text = doc.text
        if _ZONE_COMMITTEE not in text:
            return []       # (cheap first)
        out = []
        for m in found:
            if not m.canonical.endswith(_ZONE_PARTY_COMMITTEE) or len(m.canonical) <= len(_ZONE_PARTY_COMMITTEE):
                continue
            at = text.find(_ZONE_COMMITTEE, m.end, m.end + MAX_ZONE_POST_GAP)
            between = text[m.end:at]
            if at < 0 or not between.endswith("、") or not any(between[:-1].endswith(r) for r in self.roles):
                continue    # (党工委副书记、管委会主任: a post of the working committee's, then 、)
            name = m.canonical[:-len(_ZONE_PARTY_COMMITTEE)] + _ZONE_COMMITTEE
            attrs = tuple((k, v) for k, v in m.attrs if k in ("place", "place_start", "place_end")) \
                + (("head", _ZONE_COMMITTEE),)
            out.append(doc.mention(at, at + len(_ZONE_COMMITTEE), "GovernmentBody", name, attrs=attrs,
                                   source="orgs.zone_committee"))
        return out

    def _named_after_locality(self, doc: Doc, found: list[Mention], places: list[Mention]) -> list[Mention]:
        """某某村 … 某某木耳专业合作社, 下姜村 … 下姜旅游开发公司: a body named by the stem of a village's
        or township's name the article names (without its level word) is that place's, the stem
        part of its name, wherever jieba cut the stem (下 | 姜旅游…: the name had lost 下)."""
        stems: dict[str, Mention] = {}
        for p in places:
            if p.label in _LOCALITY_CLASSES:
                level = next((w for w in self.levels if p.canonical.endswith(w)), "")
                stem = p.canonical[:-len(level)] if level else ""
                if len(stem) >= MIN_OWN_NAME:
                    stems.setdefault(stem, p)
        if not stems:
            return []       # (cheap first: most texts name no village or township)
        text = doc.text
        out = []
        ordered = sorted(stems.items())
        for m in found:
            if m.label not in _LOCALITY_BODIES or m.attr("place"):
                continue
            for stem, p in ordered:
                x = text.rfind(stem, max(0, m.start - len(stem)), m.start + len(stem) - 1)
                if x < 0 or not x < m.start <= x + len(stem) or x not in doc.token_starts or m.end - x <= len(stem):
                    continue
                attrs = (("head", m.attr("head") or ""), ("place", p.key), ("place_end", str(x + len(stem))),
                         ("place_start", str(x))) + ((("place_parent", p.attr("parent", "")),) if p.attr("parent") else ())
                out.append(doc.mention(x, m.end, m.label, text[x:m.end], attrs=attrs,
                                       source="orgs.locality", score=m.score))
                break
        return out

    def _subsidiaries(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """某某集团某某矿业: a run right after a group's name that ends in an industry word
        (``data/company_industries.txt``) before punctuation is the group's subsidiary."""
        text = doc.text
        out = []
        for m in found:
            if m.label != "Company" or not m.canonical.endswith(GROUP_HEADS):
                continue
            end = m.end
            while end < len(text) and end - m.end < MAX_SUBSIDIARY and "\u4e00" <= text[end] <= "\u9fff":
                end += 1
            run = text[m.end:end]
            # the last industry word in the run that ends on a word boundary, after a name of
            # two characters at least (某某 | 矿业)
            cut = max((k + len(w) for w in self.industries if (k := run.rfind(w)) >= MIN_OWN_NAME
                       and m.end + k + len(w) in doc.token_ends), default=0)
            if cut and any(w in run[:cut] for w in self.stem_stops):
                continue         # 某某集团有限公司签订服装…: a verb in the run, the group's act, no subsidiary
            opening = TokenIndex.of(doc).by_start.get(m.end)
            if cut and opening is not None and doc.tokens[opening].tag.startswith(_FUNCTION_TAGS):
                continue         # 发挥某集团在清洁能源…方面的优势: a preposition after the group, no subsidiary
            if cut and m.end in doc.token_starts:
                # (not the group's place: a subsidiary works where it is, not where its group is named after)
                out.append(doc.mention(m.start, m.end + cut, "Company", text[m.start:m.end + cut],
                                       attrs=(("head", "集团"),), source="orgs.subsidiary", score=m.score))
        return out

    # -- heads ---------------------------------------------------------------
    def _trade_name_verb(self, text: str, t: Token, units: list[_Unit]) -> bool:
        """湖北 | 兴发 | 化工集团股份有限公司: a verb of two characters between the place and the
        company's trade of industry is its trade name (not 在湖北 | 设立 | 某某有限公司: no trade follows)."""
        return t.tag == _VERB_TAG and len(t.word) == 2 and bool(units) and units[-1].start == t.end \
            and text.startswith(self.industries, t.end) \
            and self.res.jieba_words.get(t.word, (0, ""))[0] < MAX_TRADE_VERB_FREQ   # (not 设立, 推进: verbs)

    def _department_stem_start(self, text: str, head_start: int, head: str) -> int | None:
        """Where the stem of a government or Party department ending at ``head_start`` starts
        (``department_stems.txt``: 卫生健康 before 委员会), or None."""
        if self.suffixes.get(head) not in _BODY_CLASSES:     # (the heads a department's stem goes before)
            return None
        for stem in self._stems_by_tail.get(text[head_start - 2:head_start], ()):
            if text.endswith(stem, 0, head_start):
                return head_start - len(stem)
        if head in self._parts:
            # 省 | 文化 | 和 | 旅游厅 | 党组: a part of a department (body_parts.tsv) after the department's
            # name, whose stem the department's head ends
            dept = next((h for h in _DEPARTMENT_HEADS if text.endswith(h, 0, head_start)), None)
            if dept is not None:
                return self._department_stem_start(text, head_start - len(dept), dept)
        return self._merged_stem_start(text, head_start)

    def _merged_stem_start(self, text: str, end: int) -> int | None:
        """Where a merged department's list of fields ending at ``end`` starts (文化 | 旅游 | 广电 |
        体育 before 局, 教育 | 和 | 体育), or None: two fields at least (one is a plain stem, which
        the name's words already give), the longest field first at each step back."""
        start, fields = end, 0
        while True:
            found = next((n for n in self._part_lengths if start - n >= 0 and text[start - n:start] in self.stem_parts),
                         None)
            if found is None:
                break
            start -= found
            fields += 1
            if text[start - 1:start] == "和" and fields == 1:
                start -= 1      # (the 和 before the last field only: 文化广电和旅游)
        if text[start:start + 1] == "和":
            start += 1
        return start if fields >= 2 else None

    def suffix_at(self, text: str, end: int, start: int = 0) -> str | None:
        """The longest head suffix of ``text`` ending at ``end`` (and not before ``start``)."""
        if end <= start or text[end - 1] not in self._suffix_ends:
            return None
        for length in self.suffix_lengths:
            if end - length >= start and text[end - length:end] in self.suffixes:
                return text[end - length:end]
        return None

    def _head_ends(self, text: str, tok: Token, before: Token | None = None) -> list[int]:
        ends = []
        if tok.word[-1] in self._role_ends:
            split = glued_role_split(tok.word, self.roles, self.suffixes)
            if split:
                return [tok.start + split[0]]   # 省委 | 常委: a post closes the word, not a head
            elif (len(tok.word) == 2 and tok.word in self.roles and tok.word[0] in self.suffixes
                  and self.suffix_at(text, tok.start) is None and text[tok.start - 1:tok.start] not in _POST_STATES):
                ends.append(tok.start + 1)      # 芬兰 农林 | 部长: the post's 部 closes the name (not 厂 | 厂长,
                #                                 nor 某局 | 原 | 局长: a former director)
        head = self.suffix_at(text, tok.end)
        if head and len(tok.word) == len(head) + 1 and tok.word[0] in _ENTERING and tok.word in self.res.jieba_words:
            return ends                 # 农户 | 入社, 进厂, 入园: joining one, no name's head
        if head == tok.word and len(head) >= 2 and tok.tag == _VERB_TAG and is_han_char(text[tok.end:tok.end + 1]) \
                and self.res.jieba_words.get(head, (0, ""))[0] >= _EVERYDAY_VERB_FREQ \
                and before is not None and before.end == tok.start \
                and (before.tag.startswith(_PLACE_TAG) or before.word in self.levels):
            return ends                 # 某镇 | 组织[v] | 全体干部开展…: the verb of what a place does, no head (but
            #                             农行甘肃 | 分行[v]: a rare verb of jieba's, the head it is; 国际 | 组织:
            #                             no place before it, a name)
        if head and not (tok.word in self.roles and len(head) < len(tok.word)):
            ends.insert(0, tok.end)     # (党委 | 常委: the 委 of a post is no head)
        return ends

    def _glued_head_ends(self, text: str, tok: Token) -> list[int]:
        """某县 | 委在 | 会上: the place names the tokenizer knows take their level word, and
        jieba's character model glues the head left over to the next word (委在, 委从,
        政府在): a head that opens a word no dictionary holds, right after a place."""
        if len(tok.word) < 2 or tok.word in self.res.jieba_words:
            return []
        return [tok.start + n for n in range(len(tok.word) - 1, 0, -1)
                if self.suffix_at(text, tok.start + n, tok.start) and text[tok.start + n] in _GLUED_AFTER_HEAD][:1]

    # -- one name, right to left ---------------------------------------------
    def _parse(self, doc: Doc, i: int, head_end: int, place_by_end: dict[int, Mention],
               world_ends: AbstractSet[int] = frozenset()) -> Mention | None:
        text, tokens = doc.text, doc.tokens
        head = self.suffix_at(text, head_end)
        if head is None:
            return None
        head_start = head_end - len(head)
        if head in _OPERATOR_HEADS and text.startswith(_NAME_GOES_ON, head_end):
            return None            # 某某移动通讯有限公司: a word inside a longer company's name, no operator's branch
        if text.startswith(_ROAD_AFTER, head_end):
            return None            # 气象台路, 联通路: a road named after a body, no body
        if head == _ORGANISE and text.endswith(self._named_ends, 0, head_start):
            return None            # 某市文化馆 | 组织 | 文艺小分队: a body named, and its verb (organises)
        if head == _SI and text.endswith(self._post_words, 0, head_start):
            return None            # 县委副书记 | 司红梅, 组长 | 司建国: a post, then the surname 司 (no 某某司)
        t_head = tokens[i]
        office = self._office_of_body(tokens, i, head)
        if (t_head.tag in _NOT_HEAD_TAGS and head_start >= t_head.start and t_head.word in self.res.jieba_words
                and (len(t_head.word) <= 2 or t_head.tag == "f")
                and (t_head.word != head or len(head) == 1 or t_head.tag == "f")
                and not office and t_head.word not in self._department_words):
            return None            # 北部, 全部, 举办: a direction, a quantity or a verb, not a head (侨办[v]: a
            #                        department's short name jieba's dictionary holds as a verb)
        if len(head) == 1 and len(t_head.word) == 2 and head_start == t_head.start + 1 \
                and is_cjk_numeral(t_head.word[0]) and not (i > 0 and self._closes_word(doc.tokens[i - 1].word)):
            return None            # 苦战 | 五局: a count of games (a measure word), not a bureau (铁道部十四局 is)
        if t_head.tag in _SET_PHRASE_TAGS and head_start > t_head.start and t_head.word in self.res.jieba_words \
                and len(t_head.word) >= IDIOM_LENGTH:
            return None            # 陷入僵局: a set phrase that ends in a head's character
        if head_start > t_head.start and t_head.word in self.not_orgs:
            return None            # 协商会 ends in 商会, 顾全大局 in 局: a meeting, an idiom, no body
        if head_start > t_head.start and head_end == t_head.end and self._place_of(t_head.word):
            return None            # 新华社莫斯科: a place whose name ends in a head's character (科, 港)
        if head == t_head.word == _PARTY and text.startswith(_OF, head_end):
            return None            # 学习 | 党 | 的某某精神, 坚持 | 党 | 的领导: the Party's, no party of that name
        if head == _PARTY and head_start > 0 and text[head_start - 1] in self.stem_stops:
            return None            # 听党 | 话, 感 | 党 | 恩: the Party a slogan's verb acts on
        if head == "部" and head_start > 0 and text[head_start - 1] in _DIRECTION_BEFORE_BU:
            return None            # 华北中南部, 华南大部: a part of a region, no department
        if head == _CENTRE and head_start == t_head.start and i > 0 and tokens[i - 1].end == head_start \
                and tokens[i - 1].tag.startswith("v"):
            return None            # 违反 | 中央八项规定, 落实 | 中央部署: the centre's rules, no central committee
        k = i
        while k > 0 and tokens[k].start > head_start:
            k -= 1
        units: list[_Unit] = []
        tok = tokens[k]
        tail = text[head_end - 2:head_end]
        if (len(head) == 1 and head_start > tok.start and tail not in self.suffixes and not office
                and self.res.is_common_word(tail) and tail in self.res.jieba_words
                and tok.word not in self._department_words):
            return None            # 驻村干部, 机关内部: a common word ends the token, not a name's head
        if head_start > tok.start:
            if tok.word[0] in DETERMINERS:
                return None
            freq, tag = self.res.jieba_words.get(tok.word, (0, ""))
            if len(tok.word) == 2 and tok.end == head_end and tok.word[0] not in self.levels and not office \
                    and tok.word not in self._department_words and (
                    self.res.is_common_word(tok.word) or (freq >= 1000 and tag not in ("nt", "j"))
                    or (tag == "n" and head == _ROOM_HEAD)):
                return None        # 军队, 团队, 格局, 场所, 干部: a word of its own, not a stem and a head
                #                    (厕所, 哨所, 寓所: 所 closes rooms and places in nouns of the dictionary)
            if (len(tok.word) == 2 and tok.end == head_end and k > 0
                    and tokens[k - 1].tag.startswith("nr") and tokens[k - 1].end == tok.start
                    and tokens[k - 1].end not in place_by_end
                    and self.res.jieba_words.get(tok.word, (0, ""))[1] not in ("nt", "j", "ns", "nz")
                    and not self._place_of(tokens[k - 1].word + tok.word[0])):
                return None        # 王某某 | 带队: a person and a word, not a name and a head (某些城市的名字 | 市委
                #                    is a place jieba tags as a name, and its committee; so is a
                #                    short name the committee's level character completes, 某某 | 市委); a word
                #                    jieba's model made (王某 | 作党 | 的群众路线…讲话) no more
            inner = text[tok.start:head_start]
            term = head in ASSEMBLY_HEADS and _TERM_RE.fullmatch(inner)
            place = self._place_of(inner) if not term else None
            cut = self._opening_place(inner) if not place and not term and tok.tag == "nt" else 0
            party = len(_CPC_SHORT) if not place and not term and not cut and inner.startswith(_CPC_SHORT) \
                and self._place_of(inner[len(_CPC_SHORT):]) else 0
            if term:
                # 某县 | 十 | 八届人大常委会 (jieba's one word of the Eighth NPC's committee): the term,
                # which a number before it completes, then the place
                units.append(_Unit(tok.start, head_start, "number"))
            elif place:
                units.append(_Unit(tok.start, head_start, "place", place))
            elif party:            # jieba's one word 中共某省委: the Party's short name, the province, 委
                units.append(_Unit(tok.start + party, head_start, "place", self._place_of(inner[party:])))
                units.append(_Unit(tok.start, tok.start + party, "proper"))
            elif cut:              # 武汉理工 | 大学 in jieba's one word 武汉理工大学
                units.append(_Unit(tok.start + cut, head_start, "proper"))
                units.append(_Unit(tok.start, tok.start + cut, "place", self._place_of(inner[:cut])))
            elif inner in self.levels and (q := place_by_end.get(head_start)) is not None and q.start < tok.start:
                # 平山 | 镇党委: a division whose level character jieba glued to its body (the place
                # rules read the division whole), the division's body
                units.append(_Unit(q.start, head_start, "place", q.key, q.attr("parent")))
                while k > 0 and tokens[k - 1].start >= q.start:
                    k -= 1
            elif inner in self.levels:
                units.append(_Unit(tok.start, head_start, "level"))
            elif tok.tag in PROPER_TAGS and (tok.tag not in ("j", "nz") or tok.word not in self.res.jieba_words
                                             or (head in self.named and tok.end == head_end)
                                             or self.res.jieba_words.get(inner, (0, ""))[1].startswith(("nr", "nz"))):
                # (登山队 is nz in jieba's dictionary, and 登山 a common word; 雅戈尔集团's stem is a name)
                units.append(_Unit(tok.start, head_start, "proper"))
            else:     # part of the head's own word (扶贫办, 水利厅), whatever jieba tagged the word
                units.append(_Unit(tok.start, head_start, "common"))
        j = k - 1
        stem_start = self._department_stem_start(text, head_start, head)
        if stem_start is not None and stem_start <= tok.start and stem_start in doc.token_starts:
            # 某市 | 卫生 | 健康 | 委员会, 某县 | 住房 | 和 | 城乡 | 建设局: a department's stem, one unit
            units = [_Unit(stem_start, head_start, "common")]
            while j >= 0 and tokens[j].start >= stem_start:
                j -= 1
        program = self._program_phrase(doc, head, head_start)
        if program is not None:     # 全面 | 依法 | 治省[ns] | 委员会: the program's words, whatever jieba tagged them
            units = [_Unit(program, head_start, "common")]
            while j >= 0 and tokens[j].start >= program:
                j -= 1
        founded = self._founded_name(doc, head, head_start) \
            if program is None and not any(u.kind == "place" for u in units) else None
        if founded is not None:     # 成立 | 乡村 | 振兴 | 工作 | 领导小组: the name the group is founded with
            units = [_Unit(founded, head_start, "proper")]
            while j >= 0 and tokens[j].start >= founded:
                j -= 1
        # (a proper word that holds the head, 新闻出版署, may still take the nation: 国家新闻出版署)
        seen_place = any(u.kind == "place" for u in units)
        seen_proper = seen_place
        proper_head = bool(units) and units[0].kind == "proper"
        while j >= 0 and len(units) < MAX_STEM_UNITS and head_end - tokens[j].start <= MAX_NAME_CHARS:
            if units and units[-1].kind == "level" and not self._joins_level(text, tokens[j], units[-1]):
                break      # 县 扶贫办: a bare level word opens the name
            t = tokens[j]
            if t.word.startswith(CONCURRENT):
                break      # 副市长 | 兼 | 市公安局局长: a second post's body opens after 兼
            if len(t.word) > 2 and t.word[-2:] in self.res.lexicon.names.membership_roles \
                    and self.suffix_at(t.word, len(t.word) - 2):
                break      # 市委常委 | 宣传部: a seat of a body ends the word, a second post's body opens after it
            if t.tag == _CONJUNCTION_TAG and t.word in _JOINING_WORDS and 0 < j and j + 1 < len(tokens) \
                    and len(tokens[j + 1].word) > 1 and (tokens[j - 1].word in self.roles
                                                         or tokens[j - 1].word[-1] in self._named_end_chars):
                break      # 第一书记 | 和[c] | 驻村工作队, 某基地 | 和 | 农民专业合作社: the conjunction joins two named
                #            before it (not 住房 | 和 | 城乡建设局, 劳动 | 和 | 社会保障部: a department's name; nor
                #            正源 | 和 | 信 | 会计师事务所: one character after it, a trade name's)
            if t.word[0] in self._classifiers and t.start and (text[t.start - 1].isdigit()
                                                               or is_cjk_numeral(text[t.start - 1])):
                break      # 216 | 名村 | 党组织: a count's classifier, jieba's word with the noun counted
            pm = place_by_end.get(t.end)
            if pm is None and not seen_place:
                # 余 | 村村 | 党支部: a place ends inside the word and a level word follows it
                for e in range(t.end - 1, t.start, -1):
                    q = place_by_end.get(e)
                    if q is not None and text[e:t.end] in self.levels:
                        units.append(_Unit(e, t.end, "level"))
                        units.append(_Unit(q.start, q.end, "place", q.key, q.attr("parent")))
                        seen_proper = seen_place = True
                        while j >= 0 and tokens[j].start > q.start:
                            j -= 1
                        break
                else:
                    q = None
                if q is not None:
                    j -= 1
                    continue
            fp = self.world.get(t.word)
            if (pm is not None and pm.start <= t.start) or fp is not None:
                if seen_place and not (head in self.sub and pm is not None and pm.start <= t.start and units
                                       and units[-1].kind != "place"
                                       and self._closes_word(text[pm.start:units[-1].end])) \
                        and not (head in LEGAL_FORM_HEADS and pm is not None and units[-1].kind == "place"
                                 and units[-1].start == pm.end and self._encloses(pm.key, units[-1].key)):
                    break  # 湄潭县 | 云峰村党支部: the name keeps only the place it is of (but a branch
                    #        names its body's place and its own: 某市公安局 | 某区 | 分局; a company's
                    #        registered name its city's and its district's: 深圳市 | 南山区 | 某某有限公司)
                if pm is not None and pm.start <= t.start:
                    units.append(_Unit(pm.start, pm.end, "place", pm.key, pm.attr("parent")))
                    while j >= 0 and tokens[j].start > pm.start:
                        j -= 1
                else:
                    assert fp is not None
                    units.append(_Unit(t.start, t.end, "place", fp.key))
                seen_proper = seen_place = True
                j -= 1
                continue
            if t.word in self.level_heads and t.start in place_by_end and not seen_place:
                units.append(_Unit(t.start, t.end, "proper"))   # 某某县 | 委 | 宣传部: jieba left the 委 of
                seen_proper = True                               # the county's committee a word alone
                j -= 1
                continue
            if t.word == _CLOSE_PAREN and head in LEGAL_FORM_HEADS \
                    and (opened := self._qualifier_open(text, t.start)) >= 0:
                # 某某（集团）有限公司, 某某（中国）有限公司: the bracketed qualifier is part of the name
                while j >= 0 and tokens[j].start > opened:
                    j -= 1
                j -= 1
                continue
            if t.word[0] in DETERMINERS or t.tag in ("x", "w") or t.word in self.stem_stops or t.word in self.stem_verbs \
                    or (len(t.word) > 1 and (t.word in self._moves or t.word.endswith(self._move_ends))):
                break     # (全面总结 | 公司…: the company just named, acted on; no name opens with the act; 来到 | 某小学:
                #           where a visit goes)
            if t.word[-1] in self.glued_verbs and t.word not in self.res.jieba_words and (
                    (len(t.word) == 2 and j > 0 and tokens[j - 1].end == t.start and tokens[j - 1].tag.startswith("nr"))
                    or (len(t.word) in (3, 4) and t.tag.startswith("nr"))):
                break  # 李某 | 峰率 | 执法检查组, 丁某某率[nr] | 执法检查组: jieba's model glued a name (or its last
                #        character) to 率 (the persons' reading)
            if (t.word[0] in self.stem_stops or t.word[0] in _GLUED_BEFORE_LEVEL) and t.word[1:] in self.levels \
                    and not any(u.kind == "place" for u in units):
                units.append(_Unit(t.start + 1, t.end, "level"))   # 会议暨 | 区食品安全委员会 (jieba: 暨区), 任乡 | 党委
                break
            if len(t.word) == 3 and t.word[:2] in self.stem_stops and t.word[2] in self.levels \
                    and not any(u.kind == "place" for u in units):
                units.append(_Unit(t.start + 2, t.end, "level"))   # 县检察院 | 会同县 | 公安局: the county's, with the next
                break
            elif t.word in self.levels:
                if seen_place:
                    break  # 街道 | 某某社区党群服务中心: a bare level word before the place opens no name
                units.append(_Unit(t.start, t.end, "level"))    # 县 | 人大内司委
            elif self._proper(t) and not (seen_place and t.tag.startswith("nr")):
                if t.tag.startswith("nr") and j > 0 and tokens[j - 1].end == t.start and tokens[j - 1].word in self.roles \
                        and tokens[j + 1].word.endswith(FOR):
                    return None    # 县长 | 陈宝 | 华为 | 总医院 | 揭牌: a post's holder and 为, no body's name
                # (by a full name only: 市 | 公安局[nt] is no bureau of 公安县)
                cut = self._opening_place(t.word, full_name=True) if t.tag == "nt" and not seen_place else 0
                if cut:     # 某省人民政府[nt] | 办公厅: the place that opens jieba's one word of a body
                    units.append(_Unit(t.start + cut, t.end, "proper"))
                    units.append(_Unit(t.start, t.start + cut, "place", self._place_of(t.word[:cut])))
                    seen_place = True
                else:
                    units.append(_Unit(t.start, t.end, "proper"))   # (荣获 | 郑州市…: no name before a place)
                seen_proper = True
            elif not seen_place and not seen_proper and head in LEGAL_FORM_HEADS and self._trade_name_verb(text, t, units) \
                    and (j == 0 or tokens[j - 1].tag.startswith(_VERB_TAG) or tokens[j - 1].word in _LIST_MARKS):
                units.append(_Unit(t.start, t.end, "proper"))   # 走进 | 安踏[v] | 体育用品集团有限公司: a verb-like
                seen_proper = True                               # trade name right before the industry, opening it
            elif program is not None and len(units) == 1 and (t.word in self.national or self._closes_word(t.word)):
                units.append(_Unit(t.start, t.end, "proper"))   # 中央 | 全面…, 省委 | 全面…: whose committee it is
            elif not seen_place and head in _TRADE_NAME_HEADS and (t.start in place_by_end or t.start in world_ends) \
                    and ((t.tag.startswith("n") if seen_proper else t.tag not in _NOT_TRADE_NAME_TAGS)
                         or self._trade_name_verb(text, t, units)) \
                    and len(t.word) >= 2 and not any(c in self.stem_stops for c in t.word):
                units.append(_Unit(t.start, t.end, "proper"))   # 浙江 | 时代 | 某某材料有限公司: a common word
                #                                               as the trade name, right after the place or
                #                                               the country (中国 | 中铁 | 四局 | 集团有限公司)
            elif not seen_place and not seen_proper and t.start in place_by_end and len(t.word) == 1 \
                    and units and units[-1].start == t.end and t.word not in self.stem_stops and (
                        (head in LEGAL_FORM_HEADS and t.tag == _LOCALITY_TAG)
                        or (head in _SCHOOL_HEADS and t.tag in _SCHOOL_STEM_TAGS and tokens[j + 1].end == head_end)):
                units.append(_Unit(t.start, t.end, "proper"))   # 河南 | 中 | 光学 | 集团有限公司: a locality's
                #   character opening the trade name, right after the place; 四川 | 轻 | 化工大学: a character
                #   between a place and the one word jieba makes of a university's subject and head
            elif t.tag == _LOCALITY_TAG and len(t.word) >= 2 and t.word not in self.res.jieba_words \
                    and is_han(t.word) and not seen_proper and t.word[0] not in _LOCALITY_OPENERS:
                units.append(_Unit(t.start, t.end, "proper"))   # 某县 | 屯上[f] | 茶叶种植专业合作社: a name jieba's
                seen_proper = True                               # model guessed a locality (not 以上, 东部)
            elif t.tag == "m" and len(t.word) == 1 and is_cjk_numeral(t.word) and units \
                    and units[-1].start == t.end and tokens[j + 1].tag.startswith(("ns", "nr", "nz")) \
                    and tokens[j + 1].start == t.end:
                units[-1] = _Unit(t.start, units[-1].end, "proper")   # 三 | 江源[ns] | 国家公园管理局: a numeral
                #                                                        opening a place's name (三江源, 九寨沟)
            elif seen_proper or (proper_head and t.word not in self.national and not self._closes_word(t.word)
                                 and not (t.word in self.suffixes and t.start in place_by_end)):
                # (某市 | 政府 | 新闻办: a body's head right after its place closes a name as 市政府 does)
                nation = self._national_opening(tokens, j) if seen_place and units and units[-1].kind == "place" \
                    else None
                if nation is not None:
                    # 国家 | 自然资源 | 督察 | 武汉 | 局: a national body's bureau seated in a city, the nation's words
                    # before the city its name's opening
                    units.append(_Unit(tokens[nation].start, t.end, "proper"))
                break      # [place or proper]* [qualifier]* head: nothing common before the proper part
            elif t.tag in NAME_TAGS or t.word in self.directions:
                units.append(_Unit(t.start, t.end, "common"))
            elif head in LEGAL_FORM_HEADS and len(t.word) == 1 and t.word in self.suffixes and j > 0 \
                    and tokens[j - 1].end == t.start and tokens[j - 1].tag in NAME_TAGS:
                units.append(_Unit(t.start, t.end, "common"))   # 某某酒 | 厂 | （集团）有限责任公司: the works
                #                                                 a company was registered from, in its name
            elif len(t.word) == 1 and units and units[-1].kind == "common" and units[-1].start == t.end \
                    and text[t.start:units[-1].end] in self._industry_words:
                units[-1] = _Unit(t.start, units[-1].end, "common")    # 某某 | 新[a] | 材料 | 有限公司: 新材料, a trade
            elif head in LEGAL_FORM_HEADS and t.tag == _ADJECTIVE_TAG and len(t.word) == 2 and units \
                    and units[-1].start == t.end and text[units[-1].start:units[-1].end] in self._industry_words:
                units[-1] = _Unit(t.start, units[-1].end, "common")    # 某某 | 精密[a] | 铸造 | 有限公司: the trade
            elif (t.word in _CONJUNCTIONS and units and units[-1].kind == "common" and j > 0
                  and not self.suffix_at(text, tokens[j - 1].end, tokens[j - 1].start)
                  and not tokens[j - 1].tag.startswith("nr")):
                units.append(_Unit(t.start, t.end, "conj"))     # 人力资源 和 社会保障 厅 (not 分院 和 …学院,
                #                                                 nor 校长 | 某某 与 | 某某集团: a person and a body)
            elif t.tag == "m" and not t.word.isdigit() and (
                    not units or text[units[-1].start:units[-1].end] in self.suffixes
                    or (t.word.startswith(_ORDINAL) and j > 0 and tokens[j - 1].word in self.national)
                    or (t.word.startswith(_ORDINAL) and units[-1].kind == "common" and units[-1].start == t.end
                        and text[units[-1].end - 1] in self._suffix_ends and head in LEGAL_FORM_HEADS)
                    or (t.word.startswith(_ORDINAL) and units[-1].start == t.end
                        and text[units[-1].start:units[-1].end] in _GRADES)      # 第五 | 中级 | 人民法院
                    or (t.word.startswith(_ORDINAL) and head in _NUMBERED_KINDS and len(units) == 1
                        and units[-1].kind == "common" and units[-1].start == t.end)   # 第二 | 实验 | 小学
                    or (head.endswith(_TASK_HEADS) and _ROUND.fullmatch(t.word) is not None
                        and units[-1].start == t.end)       # 某县 | 第七次 | 全国 | 人口普查 | 领导小组
                    # 中共某省 | 第十四届 | 纪律检查 | 委员会: a Party committee's term, between its place and its stem
                    or (head.endswith(_COMMITTEE) and _TERM_RE.fullmatch(t.word) is not None
                        and _PARTY_NAMED_BEFORE.search(text, max(0, t.start - MAX_PARTY_PLACE), t.start) is not None)):
                units.append(_Unit(t.start, t.end, "number"))   # 九十 中学, 第一 医院, 第五 中学 教导处
                #                                                  (中央 | 第五 | 生态环境保护督察组: the team's number)
            elif units and units[-1].kind == "number" and t.end == units[-1].start and is_cjk_numeral(t.word):
                units[-1] = _Unit(t.start, units[-1].end, "number")   # 十 | 八届: one term
            elif t.word.isdigit() and len(t.word) <= MAX_TEAM_DIGITS and j > 0 and tokens[j - 1].word == _ORDINAL \
                    and tokens[j - 1].end == t.start and t.end == head_start and not units:
                # 市委 | 第 | 2 | 督导组: a team's number in digits, 第 and all (as 第二督导组)
                units.append(_Unit(tokens[j - 1].start, t.end, "number"))
                j -= 1
            elif t.tag == "v" and len(t.word) >= 2 and len(units) <= MAX_AFTER_VERB and (
                    not units or (units[-1].kind == "common" and j > 0
                                  and tokens[j - 1].tag.startswith(("n", "vn", "j", "l"))
                                  and not (tokens[j - 1].tag.startswith(_PLACE_TAG)   # (某县 | 成立 | 融媒体中心: the
                                           and t.word in _FOUNDING)                # place acts; not 某县 | 招生 | 考试委员会)
                                  and tokens[j - 1].word not in self.suffixes
                                  and tokens[j - 1].word not in self.generic)) \
                    and not (j > 0 and (self._actor(tokens[j - 1]) or self._holder_acts(doc, tokens[j - 1])
                                        or (not head.endswith(_COMMITTEE) and self._closes_word(tokens[j - 1].word)))):
                # (王某某 | 带领 | 工作组, 某部 | 派出 | 工作组: who acts, a person or a body named whole;
                # 副主席哈某某 | 带领 | 工作组: a post's holder, whatever the surname;
                # 国际足联 | 执行 | 委员会 is a committee's name: committees are named by what they do)
                units.append(_Unit(t.start, t.end, "verb"))     # 协调 委员会, 马铃薯 种植 专业合作社
            else:
                break
            j -= 1
        units.reverse()
        if not units and head_start == tok.start and head[-1:] in _BARE_DEPARTMENT_HEADS \
                and head[:-1] in self._bare_fields and not (i and tokens[i - 1].word[-1:] in self.levels):
            # 公安局 written bare (a head of its own, jieba's one word): the department by its field, as 交通运输局
            head, head_start = head[-1], head_end - 1
            units = [_Unit(tok.start, head_start, "common")]
        units = self._merge_levels(text, units)
        conj = [n for n, u in enumerate(units) if u.kind == "conj"]
        if conj and (not (any(u.kind in ("place", "proper") for u in units[:conj[0]])
                          or self.suffixes[head] == "GovernmentBody") or (conj[0] and units[conj[0] - 1].kind == "place")):
            units = units[conj[-1] + 1:]     # 台球 和 棋牌协会, 某市 和 国家公园管理局: two things joined
        # a name does not open with a verb, a number or a conjunction
        while units and units[0].kind in ("verb", "number", "conj"):
            units.pop(0)
        if len(units) > 1 and units[0].kind == units[1].kind == "common" \
                and not any(u.kind in ("place", "proper") for u in units) \
                and (first := TokenIndex.of(doc).by_start.get(units[0].start)) is not None \
                and tokens[first].tag == _VERBAL_NOUN and first and tokens[first - 1].tag == _NUMERAL:
            units.pop(0)       # 180万元 | 建设 | 牦牛 | 养殖场: after a sum, the action before what it builds
        if not units:
            return None
        if units[0].kind != "place" and sum(u.kind == "verb" for u in units) > 1:
            return None            # 某天华 | 带领 | 村民 | 成立 | 茶叶 … 合作社: two acts, a clause (a place opens
            #                        a name of two: 中国 | 认证 | 人员 | 国家 | 注册 | 委员会)
        opening = TokenIndex.of(doc).by_start.get(units[0].start)
        acted = len(units) > 1 and (units[0].kind == "verb" or (
            opening is not None and tokens[opening].tag in _VERB_TAGS and tokens[opening].end == units[0].end))
        if all(u.kind == "common" and (text[u.start:u.end] in self.generic
                                       or text[u.start:u.end].endswith(_ATTRIBUTE_END)) for u in units[acted:]):
            return None            # 有关部门, 国际性组织: a kind of body, no name (发展 | 家庭 | 牧场: nor after a verb)
        if len(units) > acted + 1 and text[units[acted].start:units[acted].end] in self.ownership \
                and all(u.kind == "common" for u in units[acted + 1:]):
            return None            # 村办 | 物业公司, 国有 | 资本 | 投资公司: who runs a kind of business, no name
        if units[-1].kind == "common" and text[units[-1].start:units[-1].end] in self.collective:
            return None            # 全市 | 基层 | 党组织, 培训 | 基层 | 党组织: many bodies, no one's name
        if len(head) == 1 and head_start > t_head.start and t_head.word not in self.res.jieba_words \
                and t_head.word not in self._department_words \
                and all(u.kind == "common" and text[u.start:u.end] in self.res.jieba_words for u in units):
            return None            # 大院 | 名所: a head's character inside jieba's guess, after words of its
            #                        dictionary only (not 省人 | 社厅: a guess before it may be a short name)
        units = self._after_other_name(text, units, head, head_start)
        if not units:
            return None
        if head in self.generic_heads and all(u.kind == "place" for u in units) \
                and text[units[0].start:head_end] not in self.known:
            return None            # 美国公司, 非洲球队: the place's companies or teams, no name
        if head in self.strict and len(head) > 1 and self.suffix_at(text, head_start, units[-1].start):
            return None            # 中国儿童少年基金会 | 组织: a category word after a whole name
        if head in self.sub and not (len(head) >= 2 and any(u.kind == "place" for u in units)
                                     and any(u.kind != "place" for u in units)) and not any(
                self._closes_word(text[u.start:u.end])
                or ((h := self.suffix_at(text, u.end, units[0].start)) and h not in self.sub
                    and u.end - len(h) > units[0].start) for u in units if u.kind != "place"):
            return None            # 交界处, 宣教科: a unit's name only after its organisation's (市政府新闻处);
            #                        a branch's after a place and a stem too (郑州铁路分局)
        verb = next((u for u in units if u.kind == "verb"), None)
        # (省 | 应对 | 新冠肺炎疫情工作领导小组: a level's task body named by what it is for, its verb right after the level)
        tasked = units[0].kind == "level" and text.endswith(_TASK_BODY_ENDS, 0, head_end)
        if verb is not None and not any(u.kind in ("place", "proper") for u in units) \
                and (verb.end - verb.start < 2 or units.index(verb) < (1 if tasked else 2)):
            return None            # 主题教育使医院: a verb phrase (旅游专项治理办公室 is a name)
        if len(units) >= 2 and units[-1].kind == "common" and units[-1].end - units[-1].start == 1 \
                and units[-1].start == tokens[k].start and self.suffix_at(text, units[-2].end, units[-2].start) \
                and self.res.jieba_words.get(tokens[k].word, (0, "j"))[1] not in ("j", "nt"):
            return None            # 中国队 | 组队: a word after a whole name, not a second head
        if text.endswith(self._kinds, units[0].start, head_end):
            return None            # 乡村小规模学校, 县两级医院: a kind of school or hospital, none named
        if text.endswith(self._rooms, units[0].start, head_end):
            return None            # 在电厂会议室召开座谈会: a room where people meet, no organisation
        return self._build(doc, units[0].start, head_start, head_end, head, units, tokens[k], program)

    def _after_other_name(self, text: str, units: list[_Unit], head: str, head_start: int) -> list[_Unit]:
        """南昌大学 | 食品科学与技术国家重点实验室: after a whole name of another kind, a
        national institution is a name of its own (but 吉林大学第一医院, 中国武术协会经济开发
        委员会 and the units of 市政府新闻处 keep the name they belong to)."""
        if head in self.sub:
            return units
        for n in range(len(units) - 2, -1, -1):
            u = units[n]
            word = text[units[0].start:u.end]
            inner = text[u.start:u.end]
            cls = self.known.get(inner) or self.known.get(word)
            if cls is None:
                h = self.suffix_at(text, u.end, units[0].start)
                if h is None or h in self.sub or u.end - len(h) <= units[0].start:
                    continue
                cls = self.suffixes[h]
            rest = units[n + 1:]
            if cls != self.suffixes[head] and any(text[r.start:r.end] in self.national for r in rest):
                return rest
            return units
        return units

    def _national_opening(self, tokens: list[Token], j: int) -> int | None:
        """The token a national body's name opens with (国家, 中央), going back from ``j`` over a few words of its
        stem (自然资源 | 督察), none a mark nor a name of a person or a place, or None."""
        k, chars = j, 0
        while k >= 0 and chars <= MAX_NATIONAL_STEM:
            t = tokens[k]
            if not is_han(t.word) or t.tag.startswith(("nr", "ns", "x", "w", "p", "c", "u")):
                return None
            if t.word in self.national:
                return k if k < j else None
            chars += len(t.word)
            k -= 1
        return None

    def _closes_word(self, word: str) -> bool:
        """Is ``word`` an organisation's whole name (市政府, 科学技术部, 国务院)?"""
        head = self.suffix_at(word, len(word))
        return (head is not None and head not in self.sub and word != head) or word in self.known \
            or self.res.jieba_words.get(word, (0, ""))[1] == "nt"

    def _proper(self, tok: Token) -> bool:
        """A proper noun by jieba's tag, unless its dictionary tags a frequent common word
        so (城市 ns, 登山 ns)."""
        if tok.tag not in PROPER_TAGS:
            return False
        freq, tag = self.res.jieba_words.get(tok.word, (0, ""))
        if freq >= 2000 and tag == tok.tag == "ns" and not tok.word.endswith(self.landmark_suffixes):
            return False
        # 新建 | 卫生院: a county's short name that is mostly a word (新建 1,000 times, 新建县 4), which the
        # place recogniser left a word here, is no proper stem either
        codes = self.res.gazetteer.names().get(tok.word) if tok.tag == "ns" else None
        return not (codes and not self.res.gazetteer.is_full_name(tok.word)
                    and all(self.places.mostly_a_word(tok.word, self.res.gazetteer.areas[c]) for c in codes))

    def _joins_level(self, text: str, tok: Token, level: _Unit) -> bool:
        """Does ``tok`` end a place name that the level word completes (定西 + 市委)?"""
        return self._place_of(tok.word + text[level.start:level.end]) is not None

    def _merge_levels(self, text: str, units: list[_Unit]) -> list[_Unit]:
        """定西 | 市 -> 定西市, 大理 | 州 -> 大理州: a level word completes the name before it."""
        out: list[_Unit] = []
        for u in units:
            if u.kind == "level" and out:
                key = self._place_of(text[out[-1].start:u.end])
                if key:
                    out[-1] = _Unit(out[-1].start, u.end, "place", key)
                    continue
            out.append(u)
        return out

    def _build(self, doc: Doc, start: int, head_start: int, end: int, head: str,
               units: list[_Unit], head_tok: Token, program: int | None = None) -> Mention | None:
        text = doc.text
        cls = self.suffixes[head]
        places = [u for u in units if u.kind == "place"]
        jieba_tag = self.res.jieba_words.get(text[start:end], (0, ""))[1]
        proper = bool(places) or any(u.kind == "proper" for u in units) or jieba_tag == "nt" \
            or text[units[0].start:units[0].end] in self.national \
            or (jieba_tag != "" and self._listed_group(text[start:end], head)) \
            or (head in self._parts and text[start:head_start] in self.known)
        # (国家环保局, 中央电视台, 万向集团; 水利部 | 党组: a part of a body known by name, 教育部's Party group)
        level = None
        if not places:
            level = next((w for w in self.levels if text.startswith(w, start)), None)
            if level is not None and text.startswith(_TERRITORY, start + len(level)):
                return None     # 县域数字乡村指挥中心, 市域…: a kind of body the level's territories have
            if level is not None and not self._level_opens(doc, start, level):
                level = None
            if level is None and end - start == 3 and text.startswith(_LEAGUE, start) \
                    and text[end - 1] == _PLACE_COMMITTEE and text[start + 1] in self.levels:
                level = text[start + 1]     # 团县委, 团区委 (jieba's common words): the Youth League's committee
        # (交通运输局 written bare: the article's own place's department, marked for the entity stage below)
        bare = not places and cls in _BODY_CLASSES and self._bare_department(text, start, head_start, end, head)
        if level is None and not proper and not (head in ZONE_BODY_HEADS and text[start:head_start] in self._zone_words):
            # (开发区管委会, 示范区执委会: a zone's body by the zone's ending alone, the zone the article names)
            if head in self.strict:
                return None     # 登山队, 流通组织
            if bare:
                pass            # 交通运输局 written bare: the article's own place's (below)
            elif self.res.is_common_word(text[start:end]) or text[start:end] in self.res.jieba_words:
                return None     # 中小学校, 保险公司: a common noun
            elif len(head) == 1 and not (len(units) >= 2 and head_tok.end == end):
                return None     # 干部, 部署, 格局: a one-character head needs a specific stem
            elif cls in _BODY_CLASSES and head_tok.tag != "nt":
                return None     # 水利厅 alone names no particular body
            elif head_tok.tag != "nt" and (end - start < 4 or len(units) < 2) \
                    and not (head == _GROUP and self._brand(text[start:head_start])):
                return None     # 大医院, 科技大学: a kind of institution, not a name (but 天能集团: a brand's)
        if head_tok.word in self.roles and head_tok.start == head_start and not places:
            return None         # 张三 | 部长: only a place's ministry lends its 部 to the post (芬兰农林部长)
        if len(head) == 1 and not places and not level and end - start == NAME_AFTER_POST \
                and text[start] in self.res.lexicon.names.surnames and self._after_post(doc, start):
            return None         # 党委书记 | 鹿心社: a person's name after a post, not a society (社)
        post_head = head
        # 西湖区 | 委: a division's full name the article leaves ambiguous (two cities have one) is
        # no place unit, but its level word still makes 委 the Party committee of a place
        division = units[-1].end == head_start and (
            (places and places[-1] is units[-1]) or self._ambiguous_division(text[units[-1].start:head_start]))
        if head in self.level_heads and division:
            written = text[units[-1].start:units[-1].end]     # 某某县委 of a county now a 区: 县委 as written
            name = written if written.endswith(self.levels) else (_place_name_of(self.res, cast(str, units[-1].key))
                                                                          or written)
            post_head = next((w for w in self.levels if name.endswith(w)), "") + head   # 遵义市委 -> 市委
        if head in _STATE_HEADS and not level and not any(
                u.kind == "place" and not cast(str, u.key).startswith(("Country/", "Place/")) for u in units):
            return None         # 美国政府, 克林顿政府, 新政府: only a Chinese place's government is a body here
        last = units[-1]
        if head in self.level_heads and (level and last.start == start and last.end == head_start
                                         or (places and last is places[-1]) or division):
            cls = self.level_heads[head]     # 县委, 安吉县委: the Party committee
        if level and start + len(level) == head_start and head not in self.level_heads \
                and head not in self.level_bodies and (len(head) == 1 or cls not in _BODY_CLASSES):
            return None         # 市中心, 县医院: a level word and a head name no body of that place
        canonical = text[start:end]
        if start < head_start - 2 and text[head_start - 1] == FORMER and (
                text[head_start - 2] in self._suffix_ends or any(u.kind == "place" and u.end == head_start - 1
                                                                 for u in units)
                or text.endswith(self.levels, start, head_start - 1)):
            # 某局原党组(书记), 某某村 | 原 | 党支部: 原 (former) belongs to the post after the name, not to the body
            # (某某镇 | 原 | 党委 where jieba read 镇原, a county's name, across them)
            canonical = text[start:head_start - 1] + text[head_start:end]
        elif level and start + len(level) + len(FORMER) == head_start and text.startswith(FORMER, head_start - 1):
            # 乡 | 原 | 党委书记, 村原 | 党支部: the level's body, 原 (former) the post's (the place read later)
            canonical = level + text[head_start:end]
        term = next((u for u in units if u.kind == "number" and text[u.end - 1:u.end] == _TERM_END), None)
        if term is not None and head in ASSEMBLY_HEADS:
            # 某省十二届政协: one body whatever its term (the text keeps it, an alias)
            canonical = text[start:term.start] + text[term.end:end]
        formal = _FORMAL_TERM_FIRST.search(text, max(0, start - _FORMAL_TERM_REACH), start) \
            if head == _COMMITTEE and places and places[0].start == start else None
        if formal is not None and formal.end() == start:
            # 政协第十二届某县委员会, 中共第十五届某县委员会: the formal name with its term before
            # the place; the name begins at the opener (the body is read below, whatever its term)
            start = formal.start()
            canonical = formal.group(1) + text[places[0].start:end]
        if head == _COMMITTEE and canonical.startswith(_CPPCC) and places:
            # 政协某县(第十届)委员会: the formal name of 某县政协, one body whatever its term
            p = places[-1]
            canonical, cls = text[p.start:p.end] + _CPPCC, self.suffixes[_CPPCC]
        elif head == _COMMITTEE and places and _term_only(text, places[-1].end, head_start) and (
                canonical.startswith((_CPC, _CPC_SHORT))
                or _PARTY_CITY_BEFORE.search(text, max(0, start - MAX_PARTY_PLACE), start) is not None):
            # 中国共产党某县(第十五届)委员会, 中共某省第七届委员会: the formal name of 某县委 (an
            # autonomous region's: 党委)
            p = places[-1]
            place = text[p.start:p.end]
            canonical = place + (_REGION_COMMITTEE if place.endswith(_REGION) else _PLACE_COMMITTEE)
            cls = "PartyOrganization"
        elif head == _COMMITTEE and canonical.startswith((_CPC, _CPC_SHORT)) and places \
                and text.endswith(_DISCIPLINE, 0, head_start) \
                and _term_only(text, places[-1].end, head_start - len(_DISCIPLINE)):
            # 中共某市(第十二届)纪律检查委员会: the formal name of 某市纪委, whatever its term
            p = places[-1]
            canonical, cls = text[p.start:p.end] + _DISCIPLINE_SHORT, "PartyOrganization"
        elif head == _COMMITTEE and canonical.startswith((_CPC, _CPC_SHORT)):
            cls = "PartyOrganization"    # 中共某市直属机关工作委员会: a Party committee of its own
        elif head == _COMMITTEE and canonical.startswith(_CYL) and places:
            # 共青团某市(第五届)委员会: the formal name of 某市团委, one body whatever its term
            p = places[-1]
            canonical, cls = text[p.start:p.end] + _LEAGUE_COMMITTEE, self.suffixes.get(_LEAGUE_COMMITTEE, cls)
        elif head == _PLACE_COMMITTEE and canonical.startswith(_CYL) and places and head_start - places[-1].end <= 1:
            # 共青团某市委: the Youth League's committee of the city (某市团委, 团市委), no Party committee
            p = places[-1]
            canonical, cls = text[p.start:p.end] + _LEAGUE_COMMITTEE, self.suffixes.get(_LEAGUE_COMMITTEE, cls)
            head = post_head = _LEAGUE_COMMITTEE
        if (head in self.sub or (head == _BUREAU and cls in _BODY_CLASSES)) and units[0].kind == "proper" \
                and (whole := self.known.get(text[units[0].start:units[0].end])):
            cls = whole     # 中国人民银行某市中心支行: a unit is of its body's kind; 中建三局, a company's
        if program is not None and program >= start:
            cls = "PartyOrganization"             # 全面依法治省委员会 and its office: the Party's commissions
        cls = self.known.get(canonical, cls)      # 中宣部: a party department, whatever its head says
        if canonical not in self.known and (cls == "GovernmentBody" or head in self.sub) \
                and self._party_body_opening(canonical):
            cls = "PartyOrganization"             # 中宣部某某局, 中央组织部某局某处: a Party organ's bureaus are the Party's
        if len(canonical) == 3 and canonical[0] == _LEAGUE and canonical[-1] == _PLACE_COMMITTEE \
                and canonical[1] in self.levels and not places:
            # 团省委, 团市委, 团县委: the Communist Youth League's committee of that level, as 市团委 is
            level, head = canonical[1], _LEAGUE_COMMITTEE
            canonical, cls = level + head, self.suffixes.get(head, cls)
        attrs = [("head", head)]
        if post_head != head:
            attrs.append(("post_head", post_head))
        if places and not (cast(str, places[-1].key).startswith(_REGION_KEY) and text[places[-1].start:places[-1].end]
                           in self.directions):
            # (西北工业大学, 华南理工大学: a region of the country in the name is no place it is in)
            p = places[-1]
            attrs += [("place", cast(str, p.key)), ("place_start", str(p.start)), ("place_end", str(p.end))]
            if p.parent:
                attrs.append(("place_parent", p.parent))
        if level:
            attrs.append(("level", level))
        elif bare and cls in _BODY_CLASSES:
            attrs.append((BARE_DEPARTMENT, "1"))   # the article's own place's (entities)
        return doc.mention(start, end, cls, canonical, f"{cls}/{canonical}", tuple(attrs))

    def _bare_department(self, text: str, start: int, head_start: int, end: int, head: str) -> bool:
        """市场监管局, 交通运输局, 住建局 written bare, with no place or level before them: a government department
        by its whole stem (``department_stems.txt``) or short name (``department_short_forms.txt``), as a
        county's or city's own news writes its departments (the article's own place's, which the entity stage
        gives them). Not a bare 局 or 委 after a word no department's stem is (格局, 工作委)."""
        if text.startswith(self._part_words, end) and 0 < (before := text.find(text[start:end])) < start \
                and text[before - 1] in self._single_levels:
            return False    # (县水务局党组成员…、水务局党组成员: the part of the one named before, read as its 局党组)
        return head in _BARE_DEPARTMENT_HEADS and (
            text[start:end] in self._department_words or text[start:head_start] in self._bare_fields
            or self._department_stem_start(text, head_start, head) == start)

    def _office_of_body(self, tokens: list[Token], i: int, head: str) -> bool:
        """县委 | 办 | 主任, 市政府 | 办 | 、, 某县 | 委办 | 主任: 办 right after a Party committee's or a
        government's name is its general office (办公室 written short: 县委办, 政府办), not the verb
        办 (县委办实事), where a post, a list's mark or the clause's end follows."""
        word = tokens[i].word
        if head != OFFICE_HEAD or i == 0 or not (
                (word == head and tokens[i - 1].word.endswith(OFFICE_OF))
                or (word == OFFICE_GLUED and self._place_of(tokens[i - 1].word))):   # 某县 | 委办
            return False
        after = tokens[i + 1].word if i + 1 < len(tokens) else "。"
        return after in self.roles or after in _AFTER_OFFICE

    @staticmethod
    def _program_phrase(doc: Doc, head: str, head_start: int) -> int | None:
        """Where the program a commission (or its office) is named for opens (全面依法治省委员会):
        the last 全面 on a word boundary before the head, with only Han characters between."""
        text = doc.text
        end = head_start
        if head == _PROGRAM_OFFICE:      # 全面依法治省委员会 | 办公室: the commission's office
            body = next((h for h in _PROGRAM_BODY_HEADS if text.endswith(h, 0, head_start)), None)
            if body is None:
                return None
            end -= len(body)
        elif head not in _PROGRAM_BODY_HEADS:
            return None
        at = text.rfind(_PROGRAM_OPENER, max(0, end - MAX_PROGRAM), end)
        if at < 0 or at not in doc.token_starts or not is_han(text[at:head_start]):
            return None
        return at

    def _founded_name(self, doc: Doc, head: str, head_start: int) -> int | None:
        """县委成立乡村振兴工作领导小组: where the name of a group set up for a campaign or a
        task opens, right after the verb that founds it (the body before the verb founds it, no part
        of the name)."""
        text = doc.text
        if head != _FOUNDED_HEAD:
            return None
        founded = max((k + len(v) for v in _GROUP_FOUNDING
                       if (k := text.rfind(v, max(0, head_start - MAX_FOUNDED_NAME), head_start)) >= 0), default=-1)
        if text.startswith(_DONE, founded):
            founded += len(_DONE)          # 成立了…领导小组
        if founded < 0 or founded not in doc.token_starts or head_start - founded < MIN_FOUNDED_NAME \
                or not is_han(text[founded:head_start]):
            return None
        first = doc.tokens[TokenIndex.of(doc).by_start[founded]].word
        if self._closes_word(first) or self._place_of(first):
            return None     # 成立市委…领导小组: the body's own name, read as any other
        return founded

    def _listed_group(self, name: str, head: str) -> bool:
        """某某集团 as one word of jieba's dictionary: a company it lists by name, unless its stem
        is a common word or a trade (利益集团, 化工集团) or a count of countries (七国集团)."""
        stem = name[:-len(head)]
        return head == GROUP_HEADS[0] and len(stem) >= 2 and not self.res.is_common_word(stem) \
            and stem not in self.industries and not stem.endswith(_COUNTRIES_COUNTED) \
            and not any(c in self.stem_stops for c in stem)

    def _ambiguous_division(self, word: str) -> bool:
        """Is ``word`` the full name of several divisions (西湖区: 杭州's and 南昌's)?"""
        return word.endswith(self.levels) and len(self.res.gazetteer.names().get(word) or ()) > 1

    def _party_body_opening(self, name: str) -> bool:
        """Does ``name`` open with the whole name of a Party organ: one of the known names (中宣部,
        中央组织部), or a place's committee (某某县委 of 某某县委办公室, 中共某省委 of 中共某省委办公厅)?"""
        name = name.removeprefix(_CPC).removeprefix(_CPC_SHORT)
        return any(self.known.get(name[:k]) == "PartyOrganization"
                   or (self.level_heads.get(name[k - 1]) == "PartyOrganization"
                       and (self._place_of(name[:k - 1]) or name[:k - 1] in self.levels))
                   for k in range(len(name) - 1, 1, -1))     # (省委 | 办公厅: the short form too)

    def _brand(self, stem: str) -> bool:
        """A stem of two or three characters no word of jieba's dictionary (天能, 超威): a trade name."""
        return 2 <= len(stem) <= 3 and is_han(stem) and stem not in self.res.jieba_words \
            and not any(c in self.stem_stops for c in stem)

    def _level_opens(self, doc: Doc, start: int, level: str) -> bool:
        """Is the level word at ``start`` a word of its own (县 扶贫办, 县委), not the
        first character of another word (市场, 省人)?"""
        if start not in doc.token_starts:
            # 暨 | 区食品安全委员会, 任乡 | 党委: jieba glued a conjunction or a verb to the level word
            return start > 0 and (((doc.text[start - 1] in self.stem_stops or doc.text[start - 1] in _GLUED_BEFORE_LEVEL)
                                   and start - 1 in doc.token_starts)
                                  # (某局 | 会同县 | 公安局: the verb of acting together glued to the level)
                                  or (doc.text[start - 2:start] in self.stem_stops and start - 2 in doc.token_starts))
        tok = next((t for t in doc.tokens if t.start == start), None)
        if tok is None:
            return False
        if tok.word != level and doc.text.startswith(self._level_led_stems, start):
            return False    # 市场监管局 (and no 市 before it): a department whose stem opens with a level's character
        if tok.word == level or self.suffix_at(tok.word, len(tok.word), len(level)) == tok.word[len(level):]:
            return True
        return not self.res.is_common_word(tok.word)

    def _place_of(self, name: str) -> str | None:
        codes = self.res.gazetteer.names().get(name)
        if codes and len(codes) == 1:
            return admin_key(codes[0])
        fp = self.world.get(name)
        return fp.key if fp else None

    # -- what jieba alone knows as an organisation ---------------------------
    def _known_prefix(self, doc: Doc, tok: Token) -> Mention | None:
        """The organisation known by name that opens a word of jieba's (安理会 | 常任理事国)."""
        text = doc.text
        for k in range(len(tok.word) - 1, 1, -1):
            cls = self.known.get(tok.word[:k])
            if cls is not None:
                start = next((tok.start - n for n in range(MAX_KNOWN_BEFORE, 0, -1)
                              if self.known.get(text[tok.start - n:tok.start + k]) == cls), tok.start)
                name = text[start:tok.start + k]     # (联合国 | 安理会常任理事国: 联合国安理会, known whole)
                return doc.mention(start, tok.start + k, cls, name, f"{cls}/{name}", (("source", "jieba"),))
        return None

    def _jieba_org(self, doc: Doc, tok: Token) -> Mention | None:
        word = doc.text[tok.start:tok.end]
        if len(word) < 2 or word[0] in DETERMINERS or word in self.suffixes:
            return None
        if len(word) <= NAME_AFTER_POST and word[0] in self.res.lexicon.names.surnames \
                and self._after_post(doc, tok.start):
            return None         # 秘书长 | 包钢: right after a post, a holder's name, whatever body jieba knows so
        cls = self.known.get(word)
        if cls is None and word in self.not_orgs:
            return None         # 议政 | 协商会, 音乐会, 新格局 (nt in jieba's dictionary): no body
        if cls is None:
            abbr = self.res.lexicon.names.place_abbreviations
            if word[0] in abbr and word[1] in abbr and abbr[word[0]][0] != abbr[word[1]][0]:
                return None     # 中美关系: two places' relation, not an organisation
            if word.endswith(self.landmark_suffixes) or word.endswith(_STATE_HEADS):
                return None     # 人民大会堂 is a landmark; 印度政府 the country
            if word[-1] == "部" and word[-2] in _DIRECTION_BEFORE_BU:
                return None     # 中南部 (nt in jieba's dictionary): a part of a region
            if word[-1] == "国":   # 安理会常任理事国 (nt in jieba's dictionary): states, not a body,
                return self._known_prefix(doc, tok)   # but 安理会 opens it
            if word[0] in self.res.lexicon.names.place_cues and word[1] in abbr:
                return None     # 驻华使馆: 驻 + 华
            if word[-1] not in self.final_chars:
                return None     # 社会科学, 中医药, 党政机关: jieba's nt on what is no institution
        if cls is None:
            head = self.suffix_at(word, len(word), 1)
            tail = word[-2:]
            freq, tag = self.res.jieba_words.get(tail, (0, ""))
            if len(word) > 2 and (head is None or len(head) == 1) and tail not in self.suffixes \
                    and tag in _COMMON_TAIL_TAGS and freq >= COMMON_TAIL_FREQ:
                return None     # 太空飞行 (nt in jieba's dictionary): a verb ends it
            if head in self.generic_heads and (self._place_of(word[:-len(head)]) or word[:-len(head)] in self.world):
                return None     # 美国公司 (nt in jieba's dictionary): the country's companies
            if head and len(word) - len(head) >= 2 and self.res.is_common_word(word[:-len(head)]) \
                    and self.res.jieba_words.get(word[:-len(head)], (0, ""))[1].startswith("v"):
                return None     # 加工厂, 加油站 (nt in jieba's dictionary): a kind named by what is done there
            cls = self.suffixes[head] if head else "Organization"
        index = TokenIndex.of(doc)
        k = index.by_end.get(tok.start)
        if k is not None and doc.tokens[k].word in self.levels and len(doc.tokens[k].word) == 1 \
                and (k == 0 or not doc.tokens[k - 1].tag.startswith(("ns", "nr"))):
            # 市 | 安委会[nt]: a body of jieba's dictionary after a level character alone, the level's (the
            # short forms' resolution gives it the article's place of that level, as 县 | 农业农村局)
            level = doc.tokens[k].word
            return doc.mention(doc.tokens[k].start, tok.end, cls, level + word, f"{cls}/{level + word}",
                               (("level", level), ("source", "jieba")))
        return doc.mention(tok.start, tok.end, cls, word, f"{cls}/{word}", (("source", "jieba"),))
