"""Persons and their posts.

:class:`PersonRecognizer` takes the words jieba tags as names (nr, nrfg, nrt) and
checks them: a Chinese name starts with a surname (``data/surnames.txt``) and is two
to four characters long; a foreign name is written in transliteration characters
(``data/transliteration_chars.txt``) and may be joined by ``·``. Weather words
(多云, 小雨) are never names, and a doctrine (邓小平理论, 毛泽东思想) is not a person
(its head is cut off). A title glued after a name (习近平总书记, 彭真同志) stays in
the mention as the name's alias but never in the canonical name. After a post
(市委书记, 副书记, 驻村第一书记), the next word is read as a name even when jieba did
not tag it, if it looks like one.

:class:`RoleRecognizer` finds posts (``data/roles.tsv``), also when jieba glued them
to an organisation's head (市委书记 -> 市委 | 书记, 外交部长 -> 外交部 | 长).

:func:`link_posts` runs after overlaps are resolved: a post right after an
organisation belongs to it (its canonical name keeps the organisation's head where
Chinese names the post so: 党支部副书记, 县委书记), and a person right after a post
(or with a glued title) holds it. The person mention then carries ``role``,
``role_key``, ``org_key``, ``org_start`` and ``org_end`` for the relation stage to
build posts from.
"""
from __future__ import annotations

import operator
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable, cast
from itertools import compress

from ..clean import is_han, is_han_char
from ..lexicon import read_list, read_table
from ..model import Mention
from ..ontology import admin_classes, org_classes
from ..resources import Resources
from ..tokens import TOKEN_TAG, TOKEN_WORD, Token
from . import SPAN, WORD_CACHE, Doc, word_memo
from .bylines import CREDIT_ROLES
from .organizations import FOR, THE_PARTY, glued_role_split
from .places import HEAD_OF, LEVEL_ENDS
from .documents import doc_number_spans
from .termtools import TokenIndex, is_cjk_numeral, reads_as_river

__all__ = ["PersonRecognizer", "RoleRecognizer", "link_posts", "takes_post", "listed_under", "APPOINTED_AS", "PERSON_NOTE",
           "COMRADE", "NO_LONGER"]

NAME_TAGS = ("nr", "nrfg", "nrt")
_PLACE_TAG, RARE_PLACE_WORD = "ns", 10     # a place word of jieba's counted fewer times may be a name (巴音朝鲁: 2)
_NAME_CLOSERS = frozenset("，、。；")          # a break right after a name that follows its post
_NAME_BREAKS = _NAME_CLOSERS - {"。"}            # … and one that goes on with a list of posts and names
_NAME_TAG_SET = frozenset(NAME_TAGS)
# what ends an item of a list of names (the words between two of these)
_LIST_ITEM_ENDS = frozenset("、，。；：！？“”（）《》,;:\n ")
_CONJUNCTION_TAG = "c"
_MODALS = frozenset("要应须需将能会可")   # before a verb after a post (常委要带头): what the holder must do
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "f", "x", "y", "e"})
NAME_DOTS = "·・•‧"
_PARTY_AFTER_NAME = ("一行", "夫妇", "先生", "女士")    # follow a visitor's name right after its last character
_DOT_RE = re.compile("[%s]" % NAME_DOTS)
# what never stands inside a name even in a list of names (以, 于, 之 may: 吴以某, 于某某)
# what never stands inside a name that jieba's model or a post vouches for (陈和生, 龚育之, 王为民 may)
_ZHI = "之"       # a particle that ends some given names (龚育之, 沈敬之)
# 某某代表市纪委常委会作工作报告: 代表 the verb of speaking for a body, no title of the name before it
_ON_BEHALF = "代表"
_SPEAKS_FOR = re.compile(r"[^，。；：]{2,20}?(?:作|发言|讲话|致辞|致词|宣读|表示)")
_COMMA = "，"     # 市长 | 包满 | 达[v] | ，: a list of persons with their posts goes on after it
_AND = "和"       # a conjunction that ends some given names (王中和) where a stop follows it
_CLAUSE_STOPS = frozenset("，、。；")
_JOINING_SURNAMES = frozenset("和与及")     # conjunctions that are surnames too
MAX_SLOGAN = 6       # characters of a quoted slogan a guessed name may stand in
_NOT_IN_VOUCHED_NAME = frozenset("的了是在等对说也都就把被这那我你他她它们个某")
# dictionary tags under which jieba holds some well-known names (a 3-character t, m or nz word
# that reads as a name and stands before a post is one)
_NAMEABLE_DICT_TAGS = ("nr", "t", "m", "nz", "ns")
_BYLINE_ROLES = frozenset({"记者", "通讯员"})   # posts only with the name that follows them
MAX_DOTTED_PART = 6       # characters of one part of a dotted name (雪克来提·…)
# surnames that are measure words or a number's unit too (11项, 3家, 5户, 4.1 | 万余名): right after a number
# they count, no name opens (not _MEASURE_SURNAMES below, those after a demonstrative)
# last characters of places' names that given names end in too (丁林桥, 王立桥): a name of three so ending only
# right after a post
_FINALS_OF_NAMES = frozenset("桥")
_COUNT_SURNAMES = frozenset("项家户位名台座支批期届轮万宗")
_PART_LENGTHS = (4, 3, 2)   # characters of an element of a Tibetan, Mongolian or Yi name (吉日木图, 其其格, 扎西)
MIN_RARE_PART = 2         # characters of a rare word taken whole as a dotted name's first part (坎葆·…)
# (a name after a post read from the act that follows it: PersonRecognizer._post_name_by_its_act)
# jieba's tags of words of qualities, acts and function (高兴, 严格, 时常), which open no name of three
_NOT_A_NAMES_OPENING = ("a", "b", "c", "d", "p", "v")
_ADVERB_TAGS = ("d", "t")   # jieba's tags of adverbs, and of some it reads as time words (正在)
_GOING_TO = frozenset("在到赴")    # before a place: where the person acts or goes
_PLACE_TAG = "ns"
_DIVISION_LEVELS = frozenset("省市县区旗盟州乡镇村")   # the last character of a division's name
MAX_PLACE_AFTER = 9        # characters of a place's name after 在/到/赴, its level last
_YEAR = "年"               # a given name's last character where the two are no frequent word of time (王永年)
_DOERS = frozenset("人者员")     # after an act's word, the noun of who does it (主持人, 参加者)
# adverbs over the persons named before them (均在场, 皆到会), which end no given name read from the act
_SCOPE_ADVERBS = frozenset("均皆亦仍已曾再")
_FUNCTION_SURNAME_TAGS = ("p", "c")    # 向, 于, 和: surnames that are prepositions or conjunctions too
MAX_LIST_RUN = 40         # characters a list of posts and names runs on after a comma, to its close
# surnames that are prepositions too, read apart (PersonRecognizer._opened_by_yu, _after_by)
_YU = "于"        # a surname, and the literary preposition (于2019年)
_BY = "由"        # a surname, and the preposition of who does it (由某某任组长)
_TAKES_POST = ("任", "担任", "兼任")
# verbs of taking or holding a post a name's last character may have been read from (副市长全部担任)
_TAKING_POST = frozenset({"担任", "兼任", "出任", "就任", "调任", "升任", "转任", "改任", "留任", "连任", "现任", "曾任"})
_VERB_TAG = "v"      # jieba's tag of a verb (占满: no name of two characters)
_DELIVERING = frozenset("作做")            # 作表态发言: the verb of making an address, before its kind
_ADDRESS_KINDS = ("发言", "讲话", "报告", "动员", "部署", "点评", "总结")
_ADDRESSING = frozenset("向对给跟与")        # 向韩院长汇报: a preposition before a surname and the person's post
_TITLES = ("院长", "书记", "市长", "县长", "区长", "镇长", "乡长", "主任", "局长", "厅长", "部长", "主席", "校长",
           "董事长", "总经理", "处长", "科长", "所长", "站长", "庭长", "检察长", "省长", "村长", "组长", "队长", "老师")
_NOT, _BRAND = "不", "牌"
_FROM_WORDS = frozenset("从在到赴往")          # a preposition before a place's name (从贵州): no surname there
_QUANTITY_SURNAMES = frozenset("双单多全")     # surnames that are words of quantity too (双增收)
_IDIOM_JOIN = "而"       # 闻令而动, 应运而生: the first half of an idiom, then 而
_VERB_SURNAMES = frozenset("有")   # surnames that are everyday verbs too (有感受, 有情怀): a name only after a post
_WORD_TAGS = ("v", "n")   # a verb or a noun of jieba's (督导): no given name's last two characters
# what the person after 由 does (仪式由某某主持, 由某某任组长): 由 is the preposition of who does it
_DONE_BY = _TAKES_POST + ("主持", "宣读", "宣布", "致辞", "带队")
_CLAUSE_OPENERS = frozenset("，。；：\n")
_LOCATIVE_TAG = "f"   # jieba's tag of a locative (中, 上, 内)
# a speech given, right after a name (作交流发言, 作工作报告, 发表讲话): what a person does
_DELIVERED = re.compile(r"(?:作|发表)[\u4e00-\u9fff]{0,4}?(?:讲话|发言|报告|致辞)")
# tags of a one-character word that is no surname before a verb of saying (来 | 福建 | 说, 有 | 名言 | 说)
_NOT_SURNAME_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "x")
_MEASURE_TAG = "q"   # jieba's tag of a measure word (张, 条, 项), which surnames may also be
_MERCHANT, _PROVINCE_KIND, _DELEGATE = "商", "province", "代表"   # 浙商: a province's merchants (place_abbreviations.tsv's kind)
_PREPOSITION_TAG = "p"   # jieba's tag of a preposition (于, 向), which surnames may also be
MIN_LONE_PART = 3        # an element of a Tibetan or Mongolian name that names a person alone after a post (其木格)
_LONE_PART_ENDS = _NAME_CLOSERS | frozenset("：（")   # what may close such a name, as it closes a name after its post
_LONE_PART_ACTS = ("先后", "主持", "一行", "分别")      # the person's act, after such a name (其木格先后发言)
_OWN_MEDIA = frozenset({"本报", "本台", "本刊", "本网", "该报"})   # 本报记者: the publisher's own reporter
_CREDIT_ENDS = ("摄影", "摄", "报道")     # what closes a credit line after the name (记者某某摄)
_BYLINE_VERBS = frozenset({"报道", "摄", "摄影", "发自", "报", "讯"})
_ADVERB_TAGS = ("d", "ad")     # jieba's adverbs: how something is done, no name
_PLACE_LEVEL_CHARS = frozenset("省市县区乡镇村街路")   # 王村, 李庄路: a place even in a list (吴某桥 may be a name)
# what follows a speaker's name in reported speech, beside the verbs of person_cues.txt
_REPORTED_SPEECH = frozenset({"所说", "所言", "所讲"})
# one-character words jieba's model glues to a surname after them (当 | 汤局长, 托 | 项市长, 向 | 李老师)
_GLUED_BEFORE_SURNAME = frozenset("当托请让向对给找和与跟同被由把将为叫令使替")
# what a word marked in _surnamed's table points at: the word before it, itself, or both
_MARKS_BEFORE, _MARKS_ITSELF = 1, 2
_LAST_CHAR = operator.itemgetter(-1)                # a word's last character
_TITLE_OWNERS = {1: lambda i: (i - 1,), 2: lambda i: (i,), 3: lambda i: (i - 1, i)}
# surnames that before a post or title are a word of their own: 代县长 (acting), 巴西籍教练,
# 经记者核实 (through: 经 opens how a fact was learnt, 经专家论证, 经法院审理)
_NOT_SURNAME_BEFORE_TITLE = frozenset("代副原前籍经")
FREQUENT_VERB = 1000     # jieba's count of a verb that a name's last character may open (强 | 调)
MIN_UNVOUCHED_LIST = 3    # names in a list none of which is found alone: at least this many, whole items
_LEADERS = "领导"          # 市领导甲、乙参加: the collective before the list vouches for two names
MIN_REPEATED = 2          # a name this long, found once after a post, is looked for again in the article
MAX_POST = 8              # the longest post looked for right before a name (常务副省长)
LIST_NAME_WITH_JOIN = 3                  # 周德和、: a given name ending in a conjunction's character
MAX_WORD_BACK = 4                        # characters back to the start of the word an offset may fall in
_JOINS_IN_NAMES = frozenset("和")         # (康正和, 周德和: 和 is a given name's character as often)
_NOT_IN_LIST_NAME = frozenset("的了是在和与及等对说将也都就又还把被从向这那我你他她它们个年月日时某")
# characters that never stand inside a Chinese personal name in running text
# a two-character word jieba counts this often is no given name a post's stop vouches for (同意 5,348;
# 立新 51, 国庆 131)
_GIVEN_AS_WORD_FREQ = 1000
MAX_BOUNDED_NAME = 4     # the longest name read between a post and a stop (达娃次仁)
# after a transliterated name, a level or a feature of the land makes it a place (丘布特省, 库卡尔特河)
_LAND_CHARS = frozenset("河江湖山岛港湾峰")
_ISLES = frozenset("屿岛")   # an islet's last character (江心屿, 鼓浪屿)
# 盛鸿特种环氧树脂项目, 廖坪旅游公路建设项目, 盛华小区: a brand or a place's name opening a project's or an estate's
# name, up to the list's mark (not 某某项目经理, 某某工程师: a post after the name)
_PROJECT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:项目|工程|小区|生产线)(?=[、，。；,;和及与]|$)")
_PRODUCT_AFTER = ("机器人", "手术机器人")   # 达芬奇 | 机器人: a machine named after a person, no person
_GROWING = ("种植", "栽种", "栽培", "引种", "套种", "种")       # verbs of growing a crop
_CROP_ENDS = frozenset("茶菜瓜椒莓稻麦薯豆果桃梨杏柿枣竹")   # the last characters of crops' names
_PLACE_HEAD_CHARS = frozenset("省州县市区郡邦村镇乡城") | _LAND_CHARS
_FOREIGN_LEVELS = ("省", "州", "邦", "郡", "县", "大区", "镇", "市", "区")   # 巴达赫尚省, 阿尔萨斯大区
# what a leader's name before it makes his administration (克林顿政府, 某某内阁: nt words of jieba's)
_LEADERS_BODIES = ("政府", "内阁", "当局")
_PLACE_TIME_TAGS = frozenset({"f", "t"})   # jieba's tags of locality and time words (任前, 年底)
_ASPECT_PARTICLES = frozenset("了着过")   # after a word, they make it a verb, no name
# a company's head after the rest of its name (福耀 | 玻璃工业集团股份有限公司)
_COMPANY_HEAD = re.compile("有限公司|股份公司|集团")
_COMPANY_REST = "([\u4e00-\u9fff]{1,12}?)(?:有限公司|股份公司|集团)"
_COMPANY_WORD_TAGS = ("n", "vn", "j", "b")     # jieba's tags of the words a company's name is made of
MIN_PLACE_INSIDE = 3      # characters of a place's name no person's name may start inside (后李村)
# a noun of jieba's this often, opening with a surname few bear, is the noun after a post (副市长 | 督导 |
# 检查, 站长 | 车站): the surname table holds 督 and 车, but a person so named is far rarer than the word
RARE_SURNAME_NOUN_FREQ, _NOUN_TAGS = 100, frozenset({"n", "vn"})
SURNAME_SCORE = 0.6      # a surname alone is a weaker mention than a name in full
_ANONYMOUS = frozenset({"某", "某某"})   # 王某, 张某某: a person left unnamed
_FAMILY = "家"            # 刘家: the 刘 family
_GROVE = frozenset("林树")    # after a tree's name: its grove, its trees (胡杨林)
_FAMILIAR = frozenset("老小")   # 老于, 小李: the familiar way to name a colleague by surname
# 某某，男，汉族，…: a resume's first fields, after the name that opens its line or sentence
_RESUME_HEAD = re.compile(r"(?:^|(?<=[\n。；：:]))\s*([\u4e00-\u9fff]{2,6})[，,][男女][，,]")
_RESUME_SEXES = ("男", "女")
_HAN_PEOPLE = "汉族"
_IN_MINORITY_NAMES = frozenset("其和")   # function characters of Han names a Mongolian name may hold (其其格)
MIN_UNSURNAMED, MAX_UNSURNAMED = 3, 5   # characters of a name with no Han surname an appointment vouches for
_ETC = "等"                  # the close of a list of names (某某、某某等出席)
_LIST_CLOSE_MARKS = ("，", "、", "。", "；", "")
_GROUP_AFTER_NAME = frozenset({"一行"})   # 董事长周育 | 先 | 一行: the party a name leads, right after the whole name
_THEM = "其"          # 免去其…职务: the person named before
PRESENT_POSTS = "现任"   # 某某，男，…，现任…: a resume's present posts follow it
_SENTENCE_ENDS = frozenset("。！？\n")   # where a sentence ends (a resume's posts stay in its sentence)
MAX_POST_HEAD = 8          # the longest body's head a post is named with (县委书记, 自治区人大常委会主任)
_NO_POST_HEADS = ("委员会", "中心", "办事处")   # a commission's, a centre's or an office's head names no post with
#                                               it (委员会主任, 中心主任, 街道办事处主任: 主任)
# a note on a person in brackets right after the name (（女，彝族）, （挂职）)
PERSON_NOTE = re.compile(r"[（(][^）)（(\n]{1,12}[）)]")
NOTE_OPENS, NOTE_CLOSES = frozenset("（("), frozenset("）)")    # a note on a name in brackets: 某某（女，彝族）, 某某（某局局长）
_RESUME_OPENINGS = ("，男，", "，女，")   # 某某，男，汉族，…: a résumé, which goes on over its paragraph
COMRADE = "同志"         # 某某同志任…: between a name and a verb of holding
_NOT_GIVEN_TAGS = ("v", "u", "p", "c", "d", "y", "r", "m", "q", "f")   # jieba's tags of no given name
# 某某等150名同志, 某某等5位代表, 某某等人: a count of persons after the first named of them
_PERSONS_COUNTED = re.compile("等(?:人|[0-9]+[名位人]|[一二三四五六七八九十百千两]+[名位人])")
# 某某以226票(的高票)当选为…: the votes a person was elected by, between the name and the verb
_BY_VOTES = re.compile(r"以(?:[0-9０-９一二三四五六七八九十百千零〇两]+票(?:的高票)?|全票)")
_ELECTED_BY_VOTES = re.compile(_BY_VOTES.pattern + "当选")
APPOINTED_AS = "为"     # 任命某某为…: the post the name is appointed to follows
_ELLIPSIS_MARKS = frozenset({"，", "；", ","})   # 任命甲为…，乙为…: between the items of one verb
_SENTENCE_ENDS = ("。", "\n", "！", "？")
# what closes the name after a verb of appointing: 为 (the post given), 的 (免去某某的…职务), 同志
_APPOINTED_ENDS = frozenset({APPOINTED_AS, "的", "同志"})
# verbs jieba glues to a two-character name after a post that govern the noun after them (某某作 |
# 工作报告, 某某赴 | 京, 某某率 | 团, 某某任 | 组长): the name is the two characters before
_GOVERNING_GLUED = frozenset("作赴率任")
_GOVERNED_TAGS = frozenset({"n", "vn", "ns", "nt", "nz", "j"})
MAX_APPOINTED_PIECES = 3      # a name of two to four characters, in at most three of jieba's words
# 免去某某 | 的 | 某局局长职务 (同志, 同志的): between a name removed from a post and the post's body
_REMOVED_GAPS = frozenset({"", "的", COMRADE, COMRADE + "的"})
# a verb of jieba's dictionary counted fewer times may hold a given name's character glued to a
# speech verb (李 | 明说: 113); 得到 and 再说 are words of their own
_GLUED_VERB_FREQ = 1000
_GLUED_WORD_FREQ = 300   # a word a name's last character opens, frequent enough for jieba to read it first
CHAIN_COMMAS = ("，", ",")   # between two bodies' posts of one person (某委副主任，某局党组书记、局长某某)
_PROPER_TAGS = ("ns", "nz", "nr")   # jieba's tags of names: a name's first two characters misread (吴国[ns])
_DAY, _DIRECTION_TAG = "日", "f"   # 刘国 | 中[f] | 19日: a day after a name whose last character jieba tags a direction
_PREPOSITION_SURNAMES = frozenset("向")   # a surname that is also the preposition 向 (向小微企业发放贷款)
_EVERYDAY_NOUN = 5000      # a noun this frequent in jieba's dictionary after 向X: the phrase's head (企业)
_OPEN_QUOTE = "“"      # the opening quote a storm's name stands in (台风“某某”)
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“‘「"), frozenset("”’」")
_OF = "的"
# a noun counted this often after a character that is a rare surname (强 | 降雨) makes a word, not a
# name, unless the context vouches for one
_NOUN_AFTER_RARE_SURNAME = 200
# a given name's last character jieba tags an adverb: 主任 | 林某 | 才 | 主持会议 (德才, 英才: 才, talent)
_GIVEN_BUT_FUNCTION = frozenset("才")
MAX_LISTED_APPOINTMENTS, MAX_HEADING = 60, 8    # items of a list of appointments; its heading (决定任命：)
_HEADING_AFTER = ("。", "；", "！", "？")     # the heading is the last sentence of its line
_ITEM_ENDS = ("；", ";", "。", "，")                # how an item of such a list ends
NO_LONGER = ("不再担任", "不再兼任", "辞去")     # after a name: the posts named up to 职务 are given up
POST_COLONS = ("：", ":")   # 县长：某某, a list of leaders: the post, a colon, its holder
# 副县长（挂职）某某, 主任（兼）某某, 副局长（正处级）某某: a note in brackets on the post, between it and its holder
_POST_NOTE = re.compile(r"[（(][^（）()，。；、：\n]{1,6}[）)]")


HELD_REACH = 28     # (…的某某: a post held, after a verb of taking it up, so far before the name, in its clause)
# verbs of taking a post up, or of holding it now or once (现任某市委常委、组织部部长的某某, 原任某厅厅长的某某);
# not 拟任 (a post proposed, not held)
_TAKING_UP = ("挂职", "担任", "兼任", "出任", "现任", "原任", "时任", "曾任", "前任", "新任")
_CLAUSE_MARKS = "，。；：！？\n"
_PROPOSING = ("拟任", "拟提名")      # a post proposed for a name (拟任某市委书记的某某): not held yet


def post_ends_before(text: str, start: int) -> int:
    """Where a post whose holder's name starts at ``start`` ends: right before the name, or before
    the colon (县长：某某), the bracketed note (副县长（挂职）某某) or, after a verb of taking the post
    up, the 的 (挂职副县长的某某) between them."""
    if text[start - 1:start] in POST_COLONS:
        return start - 1
    if text[start - 1:start] in NOTE_CLOSES:
        m = _POST_NOTE.search(text, max(0, start - 8), start)
        if m is not None and m.end() == start:
            return m.start()
    if text[start - 1:start] == _OF and _verb_of_post_before(text, start - 1, _TAKING_UP):
        return start - 1     # 挂职副县长的某某, 担任第一书记的某某: the post the name holds, before 的
    return start


def _verb_of_post_before(text: str, of_at: int, verbs: tuple[str, ...]) -> bool:
    """One of ``verbs`` stands in the clause before the 的 at ``of_at``, at most ``HELD_REACH`` before it."""
    lo = max(0, of_at + 1 - HELD_REACH)
    lo = max([lo] + [text.rfind(c, lo, of_at) + 1 for c in _CLAUSE_MARKS])
    return any(v in text[lo:of_at] for v in verbs)


ACTS_FOR = "代表"   # 某某代表某政府作报告: a name, then the verb of speaking for a body
MAKE = "作"   # 作讲话, 作报告: the verb of making an address
_ADDRESSES_MADE = frozenset({"讲话", "报告", "发言", "批示", "指示", "部署", "总结", "动员", "表态", "辅导", "点评"})
_RARE_WORD = 10        # a word of jieba's dictionary counted fewer times is no evidence against a cut (平作: 3)
_SHIRT = "号"            # 7号 | 穆勒: a player named after the number on the shirt
# a credit's role word followed by its mark (某某通讯员/某某, the credit line's spaces gone) opens the
# next credit: it is no title of the name before it
_CREDIT_MARKS = frozenset("/／:：")
MAX_FOREIGN_NAME = 9     # the longest transliterated name read after a post (谢列兹尼奥夫 is 6)
_LIST_MARK = "、"
_NUMERAL_TAG = "m"     # jieba's tag of numerals, and of some characters of names (毫, 兆, 元)
_HOME_WORDS = frozenset({"家中", "家里"})    # 某某家中: a person's home, right after a name of three
_HOLDING_CHARS = frozenset("任")     # a surname's character that is also the verb of holding a post (某某任组长)
_AND = "和"       # a conjunction, and a given name's last character (周清和) where a verb follows it
_NOT_IN_NAME = frozenset("的了是在和与及等对说将也都就又还把被从向为以于之而并或但其这那我你他她它们个年月日时某")
ORG_CLASSES = org_classes()   # from the ontology
_BODY_OR_PLACE_CLASSES = ORG_CLASSES | admin_classes()   # what a post's body is written with


class _Names:
    """Checks on what a personal name looks like."""

    def __init__(self, resources: Resources):
        names = resources.lexicon.names
        self.res = resources
        self.surnames = names.surnames
        self.common_surnames = names.common_surnames
        self.translit = names.transliteration_chars
        self.dotted_translit = names.dotted_name_chars       # (the parts of a name dots join)
        self.not_persons = names.not_persons
        self.plant_names = names.plant_names
        self.known = names.known_persons
        self.doctrines = names.doctrine_suffixes
        self.titles = names.person_titles
        # what may follow a name (同志, 教授): occupations stand before it only (村民张某)
        self.titles_after = names.person_titles - names.occupation_titles
        self.roles = names.roles
        self.final_stops = names.name_final_stops
        self.list_ends = names.name_list_ends
        self.glued_verbs = names.name_glued_verbs
        # the checks below depend on the word alone and are asked of the same words again and
        # again: each remembers its last answers (bounded, so an archive's vocabulary does not grow it)
        # (attributes, not methods replaced on the instance: a compiled class declares them)
        self.is_chinese: Callable[..., bool] = lru_cache(maxsize=WORD_CACHE)(self._is_chinese_uncached)
        self.is_name: Callable[..., bool] = lru_cache(maxsize=WORD_CACHE)(self._is_name_uncached)
        # (of one word: see word_memo)
        self.is_foreign: Callable[[str], bool] = word_memo(self._is_foreign_uncached)
        self.doctrine_cut: Callable[[str], str | None] = word_memo(self._doctrine_cut_uncached)
        self.title_cut: Callable[[str], tuple[str, str] | None] = word_memo(self._title_cut_uncached)

    def _is_chinese_uncached(self, name: str, vouched: int = 0) -> bool:
        """Two to four characters opening with a surname; ``vouched`` (jieba tagged it a
        name, or a post stands before it) lets the surname be a function character too
        (于海洋, 和万春)."""
        if not 2 <= len(name) <= 4 or any(not is_han_char(c) for c in name):
            return False
        # vouched 1: jieba tagged it a name; 2: a post stands right before it
        # (and a name of two after a post: 主任 | 于军, 副区长 | 于洋, no common word)
        lenient = vouched and name[0] in self.surnames and (
            (len(name) >= 3 and (vouched >= 2 or (not self.res.is_common_word(name[1:])
                                                  and name[1:] not in self.res.jieba_words)))
            or (len(name) == 2 and vouched >= 2 and not self.res.is_common_word(name)))
        if any(c in (_NOT_IN_VOUCHED_NAME if lenient else _NOT_IN_NAME) for c in (name[1:] if lenient else name)):
            return False
        if name[-1] in self.final_stops and not (vouched >= 2 and len(name) == 3 and name[-1] in _FINALS_OF_NAMES):
            return False
        if name[:2] in self.surnames and len(name) >= 3:
            return True
        return name[0] in self.surnames and len(name) <= 3

    def _is_foreign_uncached(self, name: str) -> bool:
        parts = [p for p in _split_dots(name) if p]
        return bool(parts) and len(name) >= 2 and all(c in self.translit for p in parts for c in p)

    def _is_name_uncached(self, name: str, vouched: int = 0) -> bool:
        return name not in self.not_persons and (self.is_chinese(name, vouched) or self.is_foreign(name))

    def _doctrine_cut_uncached(self, word: str) -> str | None:
        """邓小平理论 -> 邓小平; None when ``word`` is no doctrine."""
        for suffix in self.doctrines:
            if word.endswith(suffix) and len(word) > len(suffix):
                return word[: -len(suffix)]
        return None

    def _title_cut_uncached(self, word: str) -> tuple[str, str] | None:
        """胡锦涛主席 -> (胡锦涛, 主席): a title or post glued after a name."""
        for length in range(min(len(word) - 1, 4), 0, -1):
            tail = word[-length:]
            if tail in self.titles or tail in self.roles:
                return word[:-length], tail
        return None


# the levels whose places two characters of their names abbreviate together (杭黄, 成渝)
_ABBREVIATED_LEVELS = ("Province", "Prefecture", "County")


class PersonRecognizer:
    """Persons from jieba's name tags, checked, and names after posts.

    jieba's dictionary tags many common words as names (明白, 文明, 卫星, 莫斯科), so a
    word it knows is taken as a name only when it looks like one: a place name never;
    a two-character word only with a post, title or speech verb next to it; a
    three-character one not when the part after the surname is a common word.

    >>> from kg.resources import Resources
    >>> from kg.read import article_from_text
    >>> from kg.sentences import split_sentences
    >>> res = Resources.load()
    >>> a = article_from_text("a", ["习近平总书记指出，今天多云转小雨。"])
    >>> doc = Doc(a, split_sentences(a), res.tokenizer(a.match_text))
    >>> [(m.text, m.canonical) for m in PersonRecognizer(res)(doc)]
    [('习近平总书记', '习近平')]
    """

    def __init__(self, resources: Resources):
        self.res = resources
        self.names = _Names(resources)
        names = resources.lexicon.names
        self.roles = names.roles
        self.suffixes = names.org_suffixes
        self.cues = names.person_cues
        self.appointing = names.appointment_verbs
        self._appointing_headings = tuple(sorted(self.appointing))   # (任命：, 决定任命：)
        self._for_ceremony = tuple(read_list("for_ceremony_verbs.txt"))
        self._quoted_kinds = tuple(sorted(read_list("quoted_name_kinds.txt"), key=len, reverse=True))
        self._site_words = frozenset(read_list("site_words.txt"))     # 立交桥, 片区: after a site's name
        self._role_ends = frozenset(r[-1] for r in self.roles)
        self._title_words = frozenset(self.roles) | frozenset(self.names.titles)
        self._abbr = names.place_abbreviations
        self._cues = names.place_cues
        self.tibetan_parts = names.paired_name_parts      # (Tibetan, Mongolian and Yi names' elements)
        # the peoples a résumé names after the sex, but the Han (泽仁拉姆，女，藏族，…)
        self._minority_peoples = tuple(p for p in read_list("ethnic_groups.txt") if p != _HAN_PEOPLE)
        self._peoples = frozenset(self._minority_peoples)    # 哈尼族贫困户: a people, no person jieba's model guessed
        self._doctrine_ends = frozenset(d[-1] for d in self.names.doctrines)
        # where two parts follow each other (the only places _tibetan acts); the leading character
        # class lets the regex engine skip every other character instead of trying the
        # lookahead at each (ten times faster over news text)
        parts = "|".join(map(re.escape, sorted(self.tibetan_parts, key=len, reverse=True)))
        firsts = "".join(map(re.escape, sorted({p[0] for p in self.tibetan_parts})))
        self._tibetan_starts = re.compile("(?=[%s])(?=(?:%s)(?:%s))" % (firsts, parts, parts))
        # (and where one part of three characters or more stands, which names a person alone after a post)
        long_parts = sorted((p for p in self.tibetan_parts if len(p) >= MIN_LONE_PART), key=len, reverse=True)
        self._lone_part_starts = re.compile("(?=[%s])(?:%s)" % (
            "".join(map(re.escape, sorted({p[0] for p in long_parts}))), "|".join(map(re.escape, long_parts))))
        # _surnamed's table: a title or post marks the word before it (李 | 老师), a surname's
        # character glued to one marks its own word (李老师); both, both
        titles = set(self.names.titles) | set(self.roles)
        self._surname_firsts = frozenset(c for c in self.names.surnames if len(c) == 1) | _GLUED_BEFORE_SURNAME
        self._compound_surnames = frozenset(c for c in self.names.surnames if len(c) == 2)     # 欧阳, 司马
        marks: dict[str, int] = dict.fromkeys(titles, _MARKS_BEFORE)
        for title in titles:
            for c in self._surname_firsts:
                marks[c + title] = marks.get(c + title, 0) | _MARKS_ITSELF
        self._titled_words = marks
        self._department_words = frozenset(names.department_short_forms)
        # (what a text may end or start with, as tuples: str.endswith tries them all in C)
        self._title_ends = tuple(sorted(set(self.roles) | set(self.names.titles) | {"领导"}))
        self._post_starts = tuple(sorted(r for r in self.roles if len(r) >= 2))
        self._list_after_starts = tuple(sorted(set(self.names.list_ends) | {w for w in self.cues if len(w) >= 2}))
        self._acts_in_words = names.act_words     # (出席, 调研, 率队: the person's act in words)
        # (副局长来银调研, 一行来兰调研: a verb of travel and a city's first character, then the visit's verb)
        self._travel_verbs = frozenset(w for w, k in names.place_cues.items() if k == "verb")
        self._visit_verbs = tuple(sorted(w for cls, role, w in read_table("event_cues.tsv")
                                         if cls == "Visit" and role == "verb"))
        # (副主席其木格先后发言: what follows one element of a name after a post, the person's act or a list's close)
        self._lone_part_verbs = self._list_after_starts + _LONE_PART_ACTS
        # (of a word alone: see _Names)
        self._is_place: Callable[[str], bool] = word_memo(self._is_place_uncached)
        self._is_title: Callable[[str], bool] = word_memo(self._is_title_uncached)
        self._translit_word: Callable[[str], bool] = word_memo(self._translit_word_uncached)
        self._may_name: Callable[[str], bool] = word_memo(self._may_name_uncached)
        self._list_name: Callable[[str], bool] = word_memo(self._list_name_uncached)

    def _may_name_uncached(self, word: str) -> bool:
        """Whether a token of ``word`` could start a name in :meth:`__call__`'s loop, whatever its
        tag and neighbours (a superset of the loop's tests of the word; tags are tested apart)."""
        last = word[-1]
        return (word in self.names.known or word.endswith(_LEADERS_BODIES)
                or (last in self._doctrine_ends and self.names.doctrine_cut(word) in self.names.known)
                or word in self._title_words or (last in self._role_ends and self._is_title(word))
                or word in (HEAD_OF, _SHIRT) or len(word) == 3 or word in self.appointing)

    def _appointed(self, doc: Doc, j: int) -> tuple[Mention, int] | None:
        """任命 | 周 | 建军 | 为 | 某市人民政府副市长, 免去 | 刘 | 海涛 | 的 | …职务: between a verb of
        appointing and the 为 of the post (or the 的 of the post taken away) stands one person's
        name, however jieba cut it (a surname and a common word, a surname it tagged no name)."""
        tokens = doc.tokens
        k = j
        while k < len(tokens) and k - j < MAX_APPOINTED_PIECES and tokens[k].word not in _APPOINTED_ENDS:
            if k > j and len(tokens[k].word) > 1 and tokens[k].word.endswith(FOR):
                break            # 选举 | 刘 | 华为 | 某县人民政府副县长: the name's last character glued to 为
            if k > j and len(tokens[k].word) > 1 and tokens[k].word.startswith(FOR):
                break            # 任命 | 赵 | 建国 | 为市 | 发展和改革委员会主任: 为 glued to the post's first
            k += 1
        if k == j or k >= len(tokens):
            return None
        if len(tokens[k].word) > 1 and tokens[k].word.startswith(FOR):
            end = k - 1
            a, b = tokens[j].start, tokens[end].end
        elif tokens[k].word in _APPOINTED_ENDS:
            end = k - 1
            if k - j == 1 and tokens[j].tag in _NAME_TAG_SET and self.names.is_chinese(tokens[j].word, vouched=2):
                return None          # (a word jieba tagged a name: the loop's own tests take it)
            a, b = tokens[j].start, tokens[end].end
        elif tokens[k].word.endswith(FOR):
            end = k
            a, b = tokens[j].start, tokens[k].end - len(FOR)
        else:
            return None
        name = doc.text[a:b]
        # (任命阿苏拉且为…, 任命其其格为…: a name of a people with no Han surname, the frame vouches for it)
        minority = not self.names.is_chinese(name, vouched=2) and MIN_UNSURNAMED <= len(name) <= MAX_UNSURNAMED \
            and is_han(name) and not any(c in _NOT_IN_NAME and c not in _IN_MINORITY_NAMES for c in name) \
            and doc.text.startswith(FOR, b) and all(
                t.word not in self.res.jieba_words or self.res.jieba_words[t.word][1].startswith(("nr", "ns", "nz"))
                for t in tokens[j:end + 1])     # (no word of the language: 产生 | 一位 | 新, 李贵鲜 | 兼任)
        if (not minority and (name[0] not in self.names.surnames or not self.names.is_chinese(name, vouched=2))) \
                or name in self.names.not_persons or self._is_place(name) or self.res.is_common_word(name):
            return None
        return self._person(doc, a, b, name, end, glued=False)

    def __call__(self, doc: Doc) -> list[Mention]:
        tokens = doc.tokens
        out = self._dotted(doc)
        covered = {i for m in out for i in range(m.start, m.end)}
        pieces, places = self._foreign_pieces(doc)
        out += [m for m in pieces if m.start not in covered]
        covered = {i for m in out for i in range(m.start, m.end)} | {i for a, b in places for i in range(a, b)}
        i, n = 0, len(tokens)
        known, role_ends, doctrine_ends = self.names.known, self._role_ends, self._doctrine_ends
        title_words, is_title, name_tags = self._title_words, self._is_title, _NAME_TAG_SET
        # (only the tokens a test of their word or their name tag lets through: most are neither,
        # and the test of a word is made once per process)
        may_name = map(self._may_name, map(TOKEN_WORD, tokens))
        tagged = map(name_tags.__contains__, map(TOKEN_TAG, tokens))
        starts: Iterable[int] = compress(range(n), map(operator.or_, may_name, tagged))
        if COMRADE in doc.text:     # (某某同志: two tokens before 同志 may open a name, whatever their words)
            starts = sorted(set(starts) | {k - 2 for k in range(2, n) if tokens[k].word == COMRADE})
        # (孙[zg] | 明亮[a] | 说: a surname alone two tokens before a verb of saying may open a name)
        said = [k - 2 for k in compress(range(n), map(self.cues.__contains__, map(TOKEN_WORD, tokens)))
                if k >= 2 and len(tokens[k - 2].word) == 1 and not tokens[k - 2].tag.startswith(_NOT_SURNAME_TAGS)
                and (not tokens[k - 1].tag.startswith(("ns", "f", "t"))      # (来 | 福建[ns] | 说)
                     or self._given_word(tokens[k - 2].word, tokens[k - 1].word))]
        if said:
            starts = sorted(set(starts) | set(said))
        for k in starts:
            if k < i:
                continue
            i = k
            tok = tokens[i]
            found = None
            word = tok.word
            last = word[-1]
            if tok.start not in covered:
                if word in known:
                    found = self._person(doc, tok.start, tok.end, tok.word, i)   # 周恩来 (jieba: a time word)
                elif tok.tag == "nt" and tok.word.endswith(_LEADERS_BODIES) and (
                        lead := tok.word[:-2] if tok.word[-2:] in _LEADERS_BODIES else tok.word[:-1]) in self.names.known:
                    found = self._person(doc, tok.start, tok.start + len(lead), lead, i, glued=False)   # 克林顿 | 政府
                elif last in doctrine_ends and (cut := self.names.doctrine_cut(word)) in known:
                    found = self._person(doc, tok.start, tok.start + len(cut), cut, i, glued=False)   # 马克思 | 主义
                elif (word in title_words or (last in role_ends and is_title(word))) \
                        and i + 1 < n and tokens[i + 1].start not in covered:
                    j = i + 1
                    if tokens[j].word == _OF and j + 1 < n and tokens[j + 1].start not in covered \
                            and _verb_of_post_before(doc.text, tokens[j].start, _TAKING_UP + _PROPOSING):
                        # 原任某厅厅长的某某: the name after 的, the post held (or taken up) before it (拟任某市委书记的
                        # 某某: or proposed, the name's all the same)
                        j += 1
                    found = self._after_role(doc, j, post=word not in self.names.titles)
                elif tok.tag in name_tags:
                    found = self._cut_before_post(doc, i) or self._tagged(doc, i) or (
                        # 任命：| 杨[nr] | 光明 | 为…: an item of a list of appointments, the frame vouches (and
                        # 任命 | 吉克曲布[nr] | 为…: a name of no Han surname right after the verb)
                        self._appointed(doc, i) if listed_under(doc.text, tok.start, self._appointing_headings)
                        or (i and tokens[i - 1].word in self.appointing) else None)
                elif len(word) == 1 and i + 2 < n and tokens[i + 2].word == COMRADE:
                    found = self._before_comrade(doc, i)    # 钱 | 引安[v] | 同志任…
                elif len(word) == 1 and i + 2 < n and tokens[i + 2].word in self.cues and tokens[i + 1].start not in covered:
                    found = self._split_name(doc, i, False)  # 孙[zg] | 明亮[a] | 说: the verb of saying vouches
                elif word in self.appointing and i + 2 < n and tokens[i + 1].start not in covered:
                    found = self._appointed(doc, i + 1)     # 任命 | 周 | 建军 | 为: the frame vouches
                elif word == HEAD_OF and i and tokens[i - 1].word[-1] in LEVEL_ENDS and i + 1 < n \
                        and tokens[i + 1].start not in covered:
                    found = self._after_role(doc, i + 1)    # 某某市 | 长 | 某某: 市长, jieba gave 市 to the place
                elif word == _SHIRT and i and tokens[i - 1].word.isdigit() and i + 1 < n \
                        and tokens[i + 1].start not in covered:
                    found = self._player(doc, i + 1)    # 7号 | 穆勒: a player by the number on the shirt
                elif i and tokens[i - 1].word in self.appointing and tokens[i].start == tokens[i - 1].end:
                    found = self._appointed(doc, i)     # 任命 | 其其格[c] | 为…: whatever jieba tagged the name
                elif len(word) == 3:
                    found = self._before_post(doc, i)
            if found is None:
                continue
            mention, at = found
            out.append(mention)
            i = at + 1
        out = [self._compound_surname_whole(doc, m) for m in out]
        out = self._consistent(doc, out)
        out = self._repeated(doc, out)
        out += self._tibetan(doc)
        out += self._name_lists(doc, out)
        out += self._surnamed(doc, out)
        out += self._familiar(doc, out)
        out += self._unnamed(doc, out)
        out += self._resume_heads(doc, out)
        out = self._dotted_by_family_name(out)
        out = self._addressed(doc, out)
        out = [m for m in out if m.canonical not in self.names.not_persons and m.canonical not in self._peoples
               and m.canonical not in self.roles     # (党委书记董事长某某: a post after a post, no name)
               and not self._word_no_name(doc.text, m)
               and not self._place_before_level(doc.text, m) and not _counted(doc.text, m)
               and not self.res.lexicon.names.is_travel(m.canonical) and not self._quoted_kind(doc.text, m)
               and not self._figure_of_speech(doc.text, m) and not _level_word_last(doc, m)
               and not (doc.text.startswith(_REGION_HEADS, m.end) and not m.attr("role"))
               and not _isle_after_place(doc, m) and not _crop_grown(doc.text, m)
               and not doc.text.startswith(_PRODUCT_AFTER, m.end) and not self._merchants(m.canonical)
               and not self._opens_a_project(doc, m) and not self._travelled_to(doc.text, m)]
        inside = _inside_places(doc)
        if inside:
            out = [m for m in out if m.start not in inside]
        if "“" in doc.text:
            out = [m for m in out if not _in_slogan(doc.text, m)]
        if any(m.canonical[0] in _JOINING_SURNAMES for m in out):
            # 阿克陶县 | 和克州: right after a place, 和 joins the next one (克州), no surname opens a name
            place_ends = {p.end for p in cast("list[Mention] | None", doc.memo.get("places")) or ()}
            out = [m for m in out if not (m.canonical[0] in _JOINING_SURNAMES and m.start in place_ends)]
        numbers = doc_number_spans(doc.text)
        if numbers:     # 柳政规〔2023〕2号, 鄂府办发〔…〕: the issuer's abbreviation of a 文号, no name
            out = [m for m in out if not any(a <= m.start < b for a, b in numbers)]
        if _COMPANY_HEAD.search(doc.text):
            out = [m for m in out if not self._company_stem(doc, m)]
        if _YU in doc.text:
            out = [self._opened_by_yu(doc, m) for m in out]
        if _BY in doc.text:
            out = [self._after_by(doc, m) for m in out]
        return sorted(out, key=SPAN)

    @staticmethod
    def _opens_a_project(doc: Doc, m: Mention) -> bool:
        """盛鸿 | 特种环氧树脂项目: a name with no post, a noun after it, the run a project's (not 某某负责的项目)."""
        if m.attr("role") or _PROJECT_AFTER.match(doc.text, m.end) is None or _OF in doc.text[m.end:m.end + 12]:
            return False
        k = TokenIndex.of(doc).by_start.get(m.end)
        return k is not None and doc.tokens[k].tag.startswith(("n", "vn"))

    def _addressed(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """镇党委书记向韩院长汇报: a preposition, a surname and the person's post (向 | 韩院长) name the one surnamed
        so (the person the article names in full with it), not a person 向韩."""
        text = doc.text
        full = None
        out = []
        for m in found:
            name = m.canonical
            title = next((r for r in _TITLES if text.startswith(r, m.start + 2)), None) \
                if m.label == "Person" and len(name) == 2 and name[0] in _ADDRESSING \
                and name[1] in self.names.surnames and text.startswith(name, m.start) else None
            if title is not None:
                if full is None:
                    full = sorted({p.canonical for p in found if p.label == "Person" and len(p.canonical) >= 2})
                m = self._surname_mention(doc, m.start + 1, title, [n for n in full if n != name])
            out.append(m)
        return out

    def _word_no_name(self, text: str, m: Mention) -> bool:
        """Words a post or a surname made look like a name: one ending inside a verb of taking a post (副市长全部 |
        担任: 全部担), a verb of two characters (居民占满: 占满), four characters whose last two are a common word
        after a surname of one (林长巡林督导: 巡 | 林督导)."""
        name = m.canonical
        if m.canonical != m.text or self.names.is_foreign(name):
            return False
        if text[m.end - 1:m.end + 1] in _TAKING_POST:
            return True
        if name[0] in _VERB_SURNAMES and not self._after_post(text, m.start):
            return True      # 让市民有感受、有获得: the verb of having, no surname, where no post vouches
        if name[0] in _DELIVERING and text.startswith(_ADDRESS_KINDS, m.end):
            return True      # 书记作表态发言, 组长做总结讲话: the verb of making an address and its kind
        if len(name) == 2 and text.startswith(_IDIOM_JOIN, m.end):
            return True      # 闻令而动: an idiom's first half
        if len(name) == 3 and name[0] == name[2] and name[1] == _NOT:
            return True      # 村民富不富: a question of A-not-A
        if name.endswith(_BRAND):
            return True      # 金锐牌米粉: a brand
        if name[0] in _FROM_WORDS and self.res.gazetteer.lookup(name[1:]):
            return True      # 记者从贵州有关部门获悉: a preposition and a place
        if name[0] in _QUANTITY_SURNAMES and self.res.jieba_words.get(name[1:], (0, ""))[1].startswith(_VERB_TAG):
            return True      # 村集体和村民双增收: 双 of two, and a verb
        tag = self.res.jieba_words.get(name, (0, ""))[1]
        if len(name) == 2 and tag.startswith(_VERB_TAG):
            return True
        if len(name) != 4 or name[:2] in self.names.surnames or name[:2] in self.tibetan_parts \
                or name[2:] in self.tibetan_parts:
            return False
        tag = self.res.jieba_words.get(name[2:], (0, ""))[1]
        return tag.startswith(_WORD_TAGS)

    def _after_by(self, doc: Doc, m: Mention) -> Mention:
        """…领导小组，由文 | 海涛 | 任组长, 仪式由林 | 建隆 | 主持: 由 before a name and the verb of taking a post
        or of chairing is the preposition (by whom the group is led), the name after it (文海涛, 林建隆); 由 is a
        surname elsewhere (由国平率队)."""
        text = doc.text
        if not m.canonical.startswith(_BY) or m.canonical != m.text:
            return m
        for end in range(m.start + 3, min(len(text), m.start + 5)):
            if text.startswith(_DONE_BY, end):
                name = text[m.start + 1:end]
                if name[0] in self.names.surnames and all(map(is_han_char, name)):
                    return replace(m, start=m.start + 1, end=end, text=name, canonical=name, key=f"Person/{name}")
                break
        return m

    def _opened_by_yu(self, doc: Doc, m: Mention) -> Mention:
        """座谈会上，于 | 海涛 | 代表县委…: 于 opening a clause before a name of two that acts is the surname (the
        literary preposition opens no clause before a person's act)."""
        text, a = doc.text, m.start
        if not (m.end - a == 2 and m.canonical == m.text and text[a - 1:a] == _YU
                and (a == 1 or text[a - 2] in _CLAUSE_OPENERS)
                and (text.startswith(self._acts_in_words, m.end) or text.startswith(_ON_BEHALF, m.end))):
            return m
        name = _YU + m.text
        return replace(m, start=a - 1, text=name, canonical=name, key=f"Person/{name}")

    def _merchants(self, name: str) -> bool:
        """浙商, 晋商代表: the merchants of a province, by its one-character abbreviation and 商, no person
        (though 苏 and 晋 are surnames)."""
        return name[2:] in ("", _DELEGATE) and len(name) >= 2 and name[1] == _MERCHANT \
            and self.res.lexicon.names.place_abbreviations.get(name[0], ("", ""))[1] == _PROVINCE_KIND

    def _company_stem(self, doc: Doc, m: Mention) -> bool:
        """福耀 | 玻璃 | 发布年报 beside 福耀玻璃工业集团股份有限公司: a name of two characters that opens a
        company's name the article writes whole (nouns between it and the head) is the company's short
        name, where no post vouches for it (not 王凯一行先后来到某集团: verbs between)."""
        name, text = m.canonical, doc.text
        if len(name) != 2 or m.attr("role") or self._after_post(text, m.start):
            return False
        for match in re.finditer(re.escape(name) + _COMPANY_REST, text):
            between = [t for t in doc.tokens if match.start() + len(name) <= t.start and t.end <= match.end(1)]
            if between and all(t.tag.startswith(_COMPANY_WORD_TAGS) for t in between):
                return True
        return False

    def _figure_of_speech(self, text: str, m: Mention) -> bool:
        """变成村民的‘金叶子’: a name of jieba's guess filling quotes after 的 is what something is called,
        not who: a person is not named in quotes and owned (the name jieba's dictionary holds is kept)."""
        return text[m.start - 1:m.start] in _OPEN_QUOTES and text[m.end:m.end + 1] in _CLOSE_QUOTES \
            and text[m.start - 2:m.start - 1] == _OF and m.canonical not in self.names.known \
            and not self.names.is_foreign(m.canonical)     # (饱经风霜的“斯芬克斯”: NER corpora tag it)

    def _quoted_kind(self, text: str, m: Mention) -> bool:
        """台风“某某”: a name in quotes right after a kind of thing named so (``quoted_name_kinds.txt``)."""
        return text[m.start - 1:m.start] == _OPEN_QUOTE and text.endswith(self._quoted_kinds, 0, m.start - 1)

    def _place_before_level(self, text: str, m: Mention) -> bool:
        """巴达赫尚 | 省, 贾拉拉巴德 | 州, 阿尔萨斯 | 大区: a transliterated name right before a
        level word is a foreign division, not a person (unless a post follows: 某某州长)."""
        if not self.names.is_foreign(m.canonical) or self.names.is_chinese(m.canonical) or m.end != m.start + len(m.canonical):
            return False
        after = text[m.end:m.end + 3]
        return after.startswith(_FOREIGN_LEVELS) and not after.startswith(self._post_starts)

    # -- 李老师, 汤局长: a surname and a title -----------------------------------
    def _surnamed(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A surname with a title or post after it (李老师, 汤局长, 胡老) names a person
        without the given name. The mention spans the surname, as NER corpora mark it; it
        is the person the article names in full with that surname when there is exactly
        one (``surname_of`` set), else a mention with no node (the graph needs a name:
        :func:`kg.entities.resolve_entities` leaves it out)."""
        tokens = doc.tokens
        # (cheap first: the words that are a title or post, or a surname's character and one,
        # marked in C by a table of such words; then the word each mark points at)
        marks = list(map(self._titled_words.get, map(TOKEN_WORD, tokens)))
        if not any(marks):
            return []
        firsts = self._surname_firsts
        candidates = sorted({k for i in compress(range(len(tokens)), marks) for k in _TITLE_OWNERS[cast(int, marks[i])](i)
                             if k >= 0 and tokens[k].word[0] in firsts})
        if not candidates:
            return []
        covered = {k for m in found for k in range(m.start, m.end)}
        full = sorted({m.canonical for m in found if m.label == "Person" and len(m.canonical) >= 2})
        out: list[Mention] = []
        for i in candidates:
            tok = tokens[i]
            word = tok.word
            nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
            opening = i == 0 or tokens[i - 1].tag in ("x", "w")
            glued = self._glued_before_surname(word, nxt)
            if glued:                   # 当汤 | 局长, 托项 | 市长: jieba glued a word to the surname
                tok = Token(word[1], tok.tag, tok.start + 1, tok.end)
                word = tok.word
            elif tok.start in covered or (tok.tag in _FUNCTION_TAGS and not (
                    opening and tok.tag == "d" and word in self.names.common_surnames)) \
                    or tok.tag.startswith("v") or word[0] in _NOT_SURNAME_BEFORE_TITLE \
                    or word[0] not in self.names.surnames:
                continue                # (，常 | 副局长: an adverb does not stand before a post)
            if len(word) == 1:
                title = nxt
            else:
                title = word[1:]
            if not (title in self.names.titles or title in self.roles) or len(title) > MAX_POST:
                continue
            if len(word) == 1 and title[0] == word and i > 0 and is_han_char(tokens[i - 1].word[-1]):
                continue            # 某某司 | 司长, 某某处 | 处长: the body's head, then its post, no 司 the director
            if len(word) > 1 and not self._surname_and_title_word(word, title, tok.tag):
                continue            # 古老, 元老 (nr in jieba's dictionary!): words that open with a surname
            if word[0] in _HOLDING_CHARS and any(m.label == "Person" and m.end == tok.start for m in found):
                continue            # 杨忠 | 任组长: a name, then 任 (holds) and the post, no 任 the director
            out.append(self._surname_mention(doc, tok.start, title, full, role=title in self.roles))
        return out

    @staticmethod
    def _surname_mention(doc: Doc, pos: int, title: str, full: list[str] | None = None,
                         role: bool = False, end: int | None = None) -> Mention:
        """The mention of a person named by the surname at ``pos`` (李老师, 老于, 王某, 刘家): it spans
        the surname, as NER corpora mark it, and is the person ``full`` names in full with that
        surname when there is exactly one (``surname_of``), else a mention with no node."""
        end = end or pos + 1                 # (a double surname: 欧阳 | 某某)
        surname = doc.text[pos:end]
        same = [name for name in full or () if name[0] == surname]
        name = same[0] if len(same) == 1 else surname
        attrs = [("title", title), ("surname", surname)] + ([("role", title)] if role else []) \
            + ([("surname_of", name)] if len(same) == 1 else [])
        return doc.mention(pos, end, "Person", name, f"Person/{name}", tuple(attrs),
                           source="persons.surname", score=SURNAME_SCORE)

    def _familiar(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """老于, 小 | 李: 老 or 小 before a common surname is how colleagues name a person; the
        mention spans the surname, as with a title after it (李老师), and names no node unless
        the article names one person in full with that surname."""
        if not any(c in doc.text for c in _FAMILIAR):      # (a substring test per character: C's memchr)
            return []
        tokens = doc.tokens
        covered = {k for m in found for k in range(m.start, m.end)}
        full = sorted({m.canonical for m in found if m.label == "Person" and len(m.canonical) >= 2})
        out: list[Mention] = []
        for i in [i for i, t in enumerate(tokens) if t.word[0] in _FAMILIAR]:
            tok = tokens[i]
            w = tok.word
            if len(w) == 2 and w[1] in self.names.common_surnames and (w not in self.res.jieba_words
                                                                       or tok.tag.startswith(("nr", "p"))):
                pos = tok.start + 1                  # 老于 (one word of jieba's)
            elif len(w) == 1 and i + 1 < len(tokens) and tokens[i + 1].word in self.names.common_surnames \
                    and tokens[i + 1].tag.startswith("nr") and tokens[i + 1].start == tok.end \
                    and (i + 2 >= len(tokens) or not tokens[i + 2].tag.startswith(NAME_TAGS)):
                pos = tok.end                        # 小 | 李 (and not 小 | 李 | 明)
            else:
                continue
            if pos in covered:
                continue
            out.append(self._surname_mention(doc, pos, w[0], full))
        return out

    @staticmethod
    def _dotted_by_family_name(found: list[Mention]) -> list[Mention]:
        """安东尼奥·古特雷斯 … 古特雷斯说: a foreign name named again by its last part is that person
        (one node, the part an alias), when one dotted name of the article ends so."""
        ends: dict[str, set[str]] = {}
        for m in found:
            if m.label == "Person" and NAME_DOTS[0] in m.canonical:
                ends.setdefault(m.canonical.rsplit(NAME_DOTS[0], 1)[1], set()).add(m.canonical)
        if not ends:
            return found
        out = []
        for m in found:
            full = ends.get(m.canonical) if m.label == "Person" else None
            if full is not None and len(full) == 1 and len(m.canonical) >= 2:
                name = next(iter(full))
                m = replace(m, canonical=name, key=f"Person/{name}")
            out.append(m)
        return out

    def _resume_heads(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """某某，男，汉族，1975年3月出生…: a resume (a notice of appointment, 任前公示) opens with the name
        and the sex; the name is a person's, whatever jieba made of it."""
        if not any(sex in doc.text for sex in _RESUME_SEXES):
            return []
        taken = {i for m in found for i in range(m.start, m.end)}
        out = []
        for hit in _RESUME_HEAD.finditer(doc.text):
            a, b = hit.span(1)
            name = hit.group(1)
            # (泽仁拉姆，女，藏族，…: a name of no Han surname, vouched for by the people it is of)
            minority = doc.text.startswith(self._minority_peoples, hit.end())
            if (not taken.intersection(range(a, b)) or minority) \
                    and (self.names.is_chinese(name, vouched=2) or (minority and len(name) >= MIN_UNSURNAMED - 1)):
                out.append(doc.mention(a, b, "Person", name, f"Person/{name}", ()))
        return out

    def _unnamed(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """张 | 某某, 李 | 某: a person the report leaves unnamed, in two words of jieba's (王某 as
        one word is read in ``_tagged``): a mention on the surname with no node."""
        if "某" not in doc.text:
            return []
        tokens = doc.tokens
        covered = {k for m in found for k in range(m.start, m.end)}
        out: list[Mention] = []
        for i in range(len(tokens) - 1):
            tok = tokens[i]
            if tok.word in self.names.surnames and tokens[i + 1].word in _ANONYMOUS \
                    and tokens[i + 1].start == tok.end and tok.start not in covered:
                out.append(self._surname_mention(doc, tok.start, tokens[i + 1].word, end=tok.end))
        return out

    def _glued_before_surname(self, word: str, title: str) -> bool:
        """当汤, 托项: a one-character word of its own and a surname that jieba's model glued
        into a word it does not know, before a title or post."""
        return (len(word) == 2 and word not in self.res.jieba_words and word[1] in self.names.surnames
                and word[0] in _GLUED_BEFORE_SURNAME and (title in self.names.titles or title in self.roles))

    def _surname_and_title_word(self, word: str, title: str, tag: str) -> bool:
        """Is a word jieba made of a surname and a title (李老师, 毛主席) that pair, not a word
        of its own? Its dictionary may hold it as a noun or a name, never with 老 (古老 is
        nr there); a word it does not know, only when its model tagged it a name."""
        known = self.res.jieba_words.get(word, (0, ""))[1]
        if known:
            return title != "老" and (known == "n" or known.startswith("nr"))
        return tag.startswith(NAME_TAGS)

    # -- 扎西顿珠, 乌云其其格, 吉克尔布: two elements of a Tibetan, Mongolian or Yi name ----
    def _tibetan(self, doc: Doc) -> list[Mention]:
        text, parts = doc.text, self.tibetan_parts
        out: list[Mention] = []
        after = 0
        # only where a part starts (found by one regex scan, not a test at every character)
        starts = sorted({m.start() for m in self._tibetan_starts.finditer(text)}
                        | {m.start() for m in self._lone_part_starts.finditer(text)})
        for k in starts:
            if k < after or k >= len(text) - 3:
                continue
            first = next((n for n in _PART_LENGTHS if text[k:k + n] in parts), 0)
            second = next((n for n in _PART_LENGTHS if first and text[k + first:k + first + n] in parts), 0)
            if first and second and k in doc.token_starts:
                end = k + first + second
            elif first >= MIN_LONE_PART and not second and self._after_post(text, k) \
                    and (text[k + first:k + first + 1] in _LONE_PART_ENDS or text.startswith(self._lone_part_verbs, k + first)):
                end = k + first      # 副主席其木格先后发言: one element after a post, then a mark or the person's act
            else:
                continue
            last = next((i for i, t in enumerate(doc.tokens) if t.end >= end), len(doc.tokens) - 1)
            out.append(replace(self._person(doc, k, end, text[k:end], last, glued=False)[0],
                               source="persons.name_parts", score=0.9))
            after = end
        return out

    # -- 吴某明 named whole once, cut short elsewhere ----------------------------
    def _consistent(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A two-character name whose text goes on into a three-character name found
        elsewhere in the article is that name (jieba: 王某 | 明说 beside 王某明 出席); a
        three-character name whose last character opens a frequent verb, its first two a name
        found elsewhere, is that name and the verb (县委书记刘某 … 刘某强 | 调: 刘某 | 强调)."""
        text = doc.text
        longer = {m.canonical for m in found if len(m.canonical) == 3 and m.end - m.start >= 3}
        shorter = {m.canonical for m in found if len(m.canonical) == 2 and m.end - m.start == 2}
        out = []
        for m in found:
            name = text[m.start:m.start + 3]
            if m.end - m.start == 2 and m.canonical == name[:2] and name in longer:
                last = next((k for k, t in enumerate(doc.tokens) if t.end > m.start + 2), len(doc.tokens)) - 1
                m = replace(self._person(doc, m.start, m.start + 3, name, max(last, 0), glued=False)[0],
                            source="persons.consistent")
            elif m.end - m.start == 3 and m.canonical == name and name[:2] in shorter \
                    and self._verb_word(text[m.start + 2:m.start + 4]):
                last = next((k for k, t in enumerate(doc.tokens) if t.end > m.start + 1), len(doc.tokens)) - 1
                m = replace(self._person(doc, m.start, m.start + 2, name[:2], max(last, 0), glued=False)[0],
                            source="persons.consistent")
            out.append(m)
        return out

    def _verb_word(self, word: str) -> bool:
        """A verb jieba's dictionary counts often enough that it is read before a name's end (强调, 表示)."""
        freq, tag = self.res.jieba_words.get(word, (0, ""))
        return tag.startswith("v") and freq >= FREQUENT_VERB

    # -- 某某 named with a post once, by the name alone later -------------------
    def _repeated(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """A name found in the article is that person again where it starts a word elsewhere
        (县长常某 … 常某一行随后察看: jieba reads the bare 常某 as a common word)."""
        text = doc.text
        names = sorted({m.canonical for m in found if m.label == "Person" and len(m.canonical) >= MIN_REPEATED
                        and text[m.start:m.start + len(m.canonical)] == m.canonical and self._after_post(text, m.start)
                        and self.names.is_name(m.canonical, vouched=2)})
        if not names:
            return found
        # a shorter name read inside the name again is its given name jieba tagged alone (县委书记马海燕 … 马 |
        # 海燕[nr] | 表示): the name whole replaces it
        inside = {m.start: m for m in found if m.label == "Person"}
        covered = {k for m in found for k in range(m.start, m.end)}
        out: list[Mention] = []
        dropped: set[int] = set()
        ends = doc.token_ends
        for name in names:
            k = text.find(name)
            while k >= 0:
                span = range(k, k + len(name))
                part = next((inside[j] for j in span[1:] if j in inside), None)
                clash = covered.intersection(span)
                if part is not None and part.end == span.stop and id(part) not in dropped \
                        and clash == set(range(part.start, part.end)):
                    clash = set()
                if k in doc.token_starts and k + len(name) in ends and not clash:
                    if part is not None and covered.intersection(span):
                        dropped.add(id(part))
                    last = next((i for i, t in enumerate(doc.tokens) if t.end >= k + len(name)), len(doc.tokens) - 1)
                    out.append(replace(self._person(doc, k, k + len(name), name, last, glued=False)[0],
                                       source="persons.repeated", score=0.8))
                    covered.update(span)
                k = text.find(name, k + len(name))
        return [m for m in found if id(m) not in dropped] + out

    def _after_post(self, text: str, start: int) -> bool:
        """A post ends right before ``start`` (旗长某某): the name is vouched for."""
        return any(text[max(0, start - k):start] in self.roles for k in range(1, MAX_POST + 1))

    # -- 张某、李某、王某出席: names in a list, without posts ----------------------
    def _name_lists(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Names in a 、-list of which one at least is already a name: every item of
        the list must read as a name (surname table, two to four characters, no place,
        no common word), the first after a post or whole, the last before a word of
        ``name_list_ends`` (出席, 参加, 陪同, 等, 及)."""
        text = doc.text
        if "、" not in text:
            return []           # (a list of names holds 、)
        # (a surname alone, 陈 of 陈家[nr] | 旺, is no item of the list: the item is read whole)
        starts = {m.start: m for m in found if m.end - m.start > 1}
        ends = {m.end: m for m in found if m.end - m.start > 1}
        out: list[Mention] = []
        for clause in _clauses(text):
            if clause[1] - clause[0] < 5 or "、" not in text[clause[0]:clause[1]]:
                continue
            cuts = [clause[0] - 1] + [k for k in range(clause[0], clause[1]) if text[k] == "、"] + [clause[1]]
            items = [(cuts[n] + 1, cuts[n + 1]) for n in range(len(cuts) - 1)]
            # 党组成员、副厅长甲、乙、丙出席: posts listed before the first post with a name are the list's
            # posts, no items of the names (the list of names opens at the first item with a name)
            while len(items) > 2 and self._ends_with_title(text[items[0][0]:items[0][1]]) \
                    and self._list_first(doc, *items[0], ends) is None:
                items = items[1:]
            spans: list[tuple[int, int] | None] = []
            loose = False       # an item read as a name only because the list says so (see below)
            for n, (a, b) in enumerate(items):
                if n == 0:
                    spans.append(self._list_first(doc, a, b, ends))
                elif n == len(items) - 1:
                    strict_last = self._list_last(doc, a, b, starts)
                    spans.append(strict_last or self._list_last_loose(doc, a, b))
                    loose = loose or (strict_last is None and spans[-1] is not None)
                else:
                    m = starts.get(a)
                    strict = (m is not None and m.end == b) or self._list_item_name(text, a, b)
                    spans.append((a, b) if strict or self._surname_and_given(text[a:b]) else None)
                    loose = loose or not strict
                if spans[-1] is None:
                    break       # (an item that is no name: the rest need not be read)
            if None in spans:
                spans = self._vouched_list(doc, items)
                if spans is None:
                    continue    # not a list of names
            whole = cast("list[tuple[int, int]]", spans)
            if loose and not (any(starts.get(a) is not None and starts[a].end == b for a, b in whole)
                              and (text.startswith(self.names.list_ends, whole[-1][1])
                                   or self._list_goes_on(text, whole[-1][1]))):
                continue        # (a name of common words, 高建国, 向宏伟: only in a list of names that closes so,
                #                 or goes on after a comma with another post's names to the word that closes it)
            if not any(starts.get(sp[0]) is not None and starts[sp[0]].end == sp[1] for sp in whole) \
                    and not ((len(spans) >= MIN_UNVOUCHED_LIST and spans[0] == items[0]
                              or text.endswith(_LEADERS, 0, whole[0][0]))
                             and (text.startswith(self.names.list_ends, whole[-1][1])
                                  or self._list_goes_on(text, whole[-1][1]))):
                continue        # nothing in it is a name by itself, and it is too short, or not whole,
                #                 or no word of a list of persons closes it (孙某、李某、周某出席)
            for a, b in whole:
                m = starts.get(a)
                if m is not None and m.end == b:
                    continue
                last = next((k for k, t in enumerate(doc.tokens) if t.end >= b), len(doc.tokens) - 1)
                out.append(replace(self._person(doc, a, b, text[a:b], last, glued=False)[0],
                                   source="persons.name_list", score=0.9))
        return out

    def _vouched_list(self, doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int] | None] | None:
        """县领导甘红梅、向东、时光明等参加, 副县长李强、时明、王刚出席: a list opened by a post or by 领导 and
        closed by a word of a list of persons vouches for items that read as names only so (surnames
        that are words, 时, 由, 代; given names that are words or places, 向东, 甘泉): each item a surname
        and one or two characters, no post, no place's level, no function character."""
        text = doc.text
        if len(items) < 2:
            return None
        a, b = items[0]
        first = next(((s, b) for s in (b - 3, b - 2) if s > a and self._vouched_item(text[s:b])
                      and (self._ends_with_title(text[a:s]) or text[a:s].endswith(_LEADERS))), None)
        a, b = items[-1]
        last = next(((a, e) for e in (a + 3, a + 2) if e <= b and self._vouched_item(text[a:e])
                     and not self._inside_word(doc, e)      # (何剑 | 以及: not 何剑以)
                     and (text.startswith(self.names.list_ends, e) or _DELIVERED.match(text, e)
                          or (e == b and self._list_goes_on(text, e)))), None)
        if first is None or last is None or not all(self._vouched_item(text[a:b]) for a, b in items[1:-1]):
            return None
        return [first, *items[1:-1], last]

    def _list_goes_on(self, text: str, at: int) -> bool:
        """副市长甲、乙、丙，秘书长丁等出席: after a comma the list goes on with another post's names, to the
        word that closes it before the sentence ends."""
        if text[at:at + 1] not in CHAIN_COMMAS:
            return False
        end = next((k for k in range(at + 1, min(len(text), at + MAX_LIST_RUN)) if text[k] in _SENTENCE_ENDS), -1)
        rest = text[at + 1:end] if end > 0 else ""
        return any(w in rest for w in self._acts_in_words) or _ETC in rest

    def _vouched_item(self, name: str) -> bool:
        """An item of a vouched list of names (see :meth:`_vouched_list`)."""
        surname = 2 if name[:2] in self._compound_surnames else 1
        return 2 <= len(name) - surname + 1 <= 3 and all(map(is_han_char, name)) \
            and name[:surname] in self.names.surnames and not any(c in _NOT_IN_LIST_NAME for c in name[surname:]) \
            and name[-1] not in _PLACE_LEVEL_CHARS and name not in self.names.not_persons \
            and name not in self.roles and name not in self.names.titles

    def _list_name_uncached(self, name: str) -> bool:
        """An item of a list of names: a surname, two to four characters (four with a
        double surname), none of the words that never stand in a name (以 and 于 may:
        the list vouches for them)."""
        # (a surname that is also a word never in a name, before a given name of jieba's: 时 | 光辉[nr])
        first_ok = len(name) == 3 and name[0] in self.names.surnames \
            and self.res.jieba_words.get(name[1:], (0, ""))[1].startswith("nr")
        if name in self.tibetan_parts and len(name) >= 2:
            return True         # 副州长洛桑江村、其木格、…: a Mongolian or Tibetan name of one element, whole
            #                     (那日苏 too, whose 那 and 日 stand in no Chinese name)
        if not 2 <= len(name) <= 4 or not all(is_han_char(c) for c in name) \
                or any(c in _NOT_IN_LIST_NAME for c in (name[1:] if first_ok else name)):
            return False
        if not (name[0] in self.names.surnames and len(name) <= 3 or name[:2] in self.names.surnames and len(name) >= 3):
            return False
        return self._no_other_word(name) and self.res.jieba_words.get(name, (0, "nr"))[1].startswith("nr")

    def _no_other_word(self, name: str) -> bool:
        """``name`` ends in no level of a place, and is no place, common word, post or title."""
        return (name[-1] not in _PLACE_LEVEL_CHARS and name not in self.names.not_persons
                and not self._is_place(name) and not self.res.is_common_word(name)
                and name not in self.roles and name not in self.names.titles)

    def _surname_and_given(self, name: str) -> bool:
        """A common surname and a given name of one or two characters that are words too (高 | 建国, 向 | 宏伟,
        田 | 春明): read as a name only between names of a list of persons (see :meth:`_name_lists`)."""
        return 2 <= len(name) <= 3 and all(map(is_han_char, name)) and name[0] in self.names.common_surnames \
            and self._no_other_word(name)

    def _list_last_loose(self, doc: Doc, a: int, b: int) -> tuple[int, int] | None:
        """The last item of a list as :meth:`_surname_and_given` reads it, before a word that closes a list
        of persons (向宏伟 | 出席会议)."""
        for length in (3, 2):
            e = a + length
            if e <= b and self._surname_and_given(doc.text[a:e]) and doc.text.startswith(self.names.list_ends, e) \
                    and not self._inside_word(doc, e):
                return a, e
        return None

    def _list_first(self, doc: Doc, a: int, b: int, ends: dict[int, Mention]) -> tuple[int, int] | None:
        m = ends.get(b)
        if m is not None and m.start >= a:
            return m.start, b
        text = doc.text
        if 2 <= b - a <= 4 and self._list_item_name(text, a, b):
            return a, b
        for length in (3, 2):        # 副局长 | 王某某: a post vouches for the name after it
            s = b - length
            if s > a and self._list_item_name(text, s, b) \
                    and (self._ends_with_title(text[a:s]) or text[a:s].endswith(_LEADERS)):
                return s, b
        return None

    def _list_item_name(self, text: str, a: int, b: int) -> bool:
        """:meth:`_list_name`, or a name of three whose last character is a conjunction's (周德和, 康正和), where a
        list mark follows it: 和 before 、 joins nothing."""
        name = text[a:b]
        return self._list_name(name) or (len(name) == LIST_NAME_WITH_JOIN and name[-1] in _JOINS_IN_NAMES
                                         and text[b:b + 1] == "、" and self._list_name(name[:-1]))

    def _list_last(self, doc: Doc, a: int, b: int, starts: dict[int, Mention]) -> tuple[int, int] | None:
        m = starts.get(a)
        if m is not None and m.end <= b:
            return a, m.end
        text = doc.text
        if 2 <= b - a <= 4 and self._list_name(text[a:b]):
            return a, b
        for length in (3, 2):
            e = a + length
            if e < b and self._list_name(text[a:e]) and text.startswith(self.names.list_ends, e) \
                    and not self._inside_word(doc, e):
                return a, e
        return None

    def _inside_word(self, doc: Doc, at: int) -> bool:
        """Offset ``at`` falls inside a word of jieba's dictionary (何剑 | 以及: no name 何剑以 ends there)."""
        if at in doc.token_ends:
            return False
        index = TokenIndex.of(doc)
        k = next((i for i in range(at - 1, max(at - MAX_WORD_BACK, -1), -1) if i in index.by_start), None)
        tok = doc.tokens[index.by_start[k]] if k is not None else None
        return tok is not None and tok.start < at < tok.end and tok.word in self.res.jieba_words

    def _ends_with_title(self, text: str) -> bool:
        return text.endswith(self._title_ends)

    # -- 科菲·安南: transliterated names joined by dots ---------------------------
    def _dotted(self, doc: Doc) -> list[Mention]:
        text, tr = doc.text, self.names.dotted_translit
        out: list[Mention] = []
        pos = 0
        while True:
            found = _DOT_RE.search(text, pos)
            if found is None:
                return out
            dot = found.start()
            left = dot
            while left > 0 and text[left - 1] in tr:
                left -= 1
            # 雪克来[nr] | 提 | ·: a word jieba tags as a name right before ends the name's first part
            # (its characters need not be of transliteration: 来, 雪)
            before = self._token_ending_at(doc, left) if dot - left == 1 else -1     # (提 alone before the dot)
            if before >= 0 and doc.tokens[before].end == left and doc.tokens[before].tag.startswith("nr") \
                    and dot - doc.tokens[before].start <= MAX_DOTTED_PART \
                    and not self._opens_with_post(doc.tokens[before].word):
                left = doc.tokens[before].start
            elif left == dot and (k := self._token_ending_at(doc, dot)) >= 0 and self._rare_part(doc.tokens[k]):
                left = doc.tokens[k].start      # 坎葆 | · | 恩达冯: a rare word of Han characters, whole before the dot
            elif left < dot and (k := self._token_ending_at(doc, left + 1)) >= 0 \
                    and doc.tokens[k].start < left < doc.tokens[k].end and doc.tokens[k].tag.startswith("nr") \
                    and dot - doc.tokens[k].start <= MAX_DOTTED_PART and not self._opens_with_post(doc.tokens[k].word):
                left = doc.tokens[k].start      # 雪克来[nr] | 提 | ·: the name jieba tagged, begun before 克
            right = dot + 1
            while True:             # 马·莱万多夫斯基, 马格坦戈尔·圭尼贡多·X
                r = right
                while r < len(text) and text[r] in tr:
                    r += 1
                if not (r < len(text) and text[r] in NAME_DOTS) and (nk := self._token_starting_at(doc, right)) is not None \
                        and (self._rare_part(doc.tokens[nk], between_dots=True)
                             and text[doc.tokens[nk].end:doc.tokens[nk].end + 1] in NAME_DOTS
                             or r < doc.tokens[nk].end and doc.tokens[nk].tag.startswith("nr")
                             and self._rare_part(doc.tokens[nk]) and not any(
                                 c in _NOT_IN_NAME or c in self.names.glued_verbs for c in text[r:doc.tokens[nk].end])
                             # (阿不都热依木[ns]: a rare place word of jieba's, whatever its characters)
                             or r < doc.tokens[nk].end and self._rare_place_word(doc.tokens[nk])
                             and self._rare_part(doc.tokens[nk], between_dots=True)):
                    r = doc.tokens[nk].end       # 维克多·许会·罗哈斯: a rare word between two dots is a part too,
                    #                             and a rare word jieba takes for a name after one, whatever its
                    #                             characters (某某·通萨立)
                if r < len(text) and text[r] in NAME_DOTS and r > right:
                    right = r + 1
                    continue
                if r < len(text) and is_han_char(text[r]) and text[r] not in _NOT_IN_NAME \
                        and text.startswith(_PARTY_AFTER_NAME, r + 1) and text[r - 1:r + 1] not in self.names.titles:
                    r += 1          # 彭沙万·西帕 | 占[v] | 一行: one more character before 一行 ends the name
                stop = r < len(text) and (text[r] in _NOT_IN_NAME or text[r] in self.names.glued_verbs)
                while r > right and r not in doc.token_ends and not stop:
                    r -= 1          # 安南 | 希望: the name ends where jieba's word does (not 某某到)
                if r < len(text) and text[r] in NAME_DOTS and r > right:
                    right = r + 1
                    continue
                right = r
                break
            if left < dot and right > dot + 1 and not text[right - 1] in NAME_DOTS:
                name = text[left:right]
                out.append(self._person(doc, left, right, name, self._token_ending_at(doc, right))[0])
                pos = right
            else:
                pos = dot + 1

    def _rare_place_word(self, tok: Token) -> bool:
        """阿不都热依木[ns]: a place word of jieba's it counts a few times only, no place of the gazetteer's
        or the world's (a name of a minority people, read as a place)."""
        return tok.tag == _PLACE_TAG and self.res.jieba_words.get(tok.word, (0, ""))[0] < RARE_PLACE_WORD \
            and not self._is_place(tok.word)

    def _rare_part(self, tok: Token, between_dots: bool = False) -> bool:
        """A word that may be a part of a dotted name though its characters are not all of
        transliteration: Han characters, no common word, no post or title; before the first dot
        two at least and no word of jieba's dictionary (between two dots, the dots vouch for it)."""
        w = tok.word
        return (1 if between_dots else MIN_RARE_PART) <= len(w) <= MAX_DOTTED_PART and is_han(w) \
            and not self.res.is_common_word(w) and (between_dots or w not in self.res.jieba_words) \
            and not self._is_title(w) and not self._opens_with_post(w)

    def _opens_with_post(self, word: str) -> bool:
        """主任肖开 (a post glued to the name's first characters): no part of the name."""
        return any(word[:k] in self.roles or word[:k] in self.names.titles for k in range(2, len(word) + 1))

    @staticmethod
    def _token_starting_at(doc: Doc, start: int) -> int | None:
        return TokenIndex.of(doc).by_start.get(start)

    @staticmethod
    def _token_ending_at(doc: Doc, end: int) -> int:
        for idx, t in enumerate(doc.tokens):
            if t.end >= end:
                return idx
        return len(doc.tokens) - 1

    # -- a word jieba tags as a name ------------------------------------------
    def _tagged(self, doc: Doc, i: int, after_post: bool = False) -> tuple[Mention, int] | None:
        tokens, text = doc.tokens, doc.text
        tok = tokens[i]
        word = text[tok.start:tok.end]
        if len(word) == 1:
            return self._split_name(doc, i, after_post)
        if word[0] in self.names.surnames and word[1:] in _ANONYMOUS:
            return self._surname_mention(doc, tok.start, word[1:]), i     # 王某, 张某某: left unnamed, no node
        if len(word) == 2 and word[1] == _FAMILY and word[0] in self.names.common_surnames:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and len(nxt.word) == 2 and nxt.word[1] in self.names.glued_verbs \
                    and is_han_char(nxt.word[0]) and nxt.word[0] not in _NOT_IN_NAME \
                    and nxt.word[0] not in self.names.titles and nxt.word not in self.res.jieba_words:
                # 刘家 | 义到 | 会: a name's third character glued to the verb after it, no family
                return self._person(doc, tok.start, nxt.start + 1, word + nxt.word[0], i, glued=False)
            return self._surname_mention(doc, tok.start, _FAMILY), i      # 刘家 (nr to jieba): the family
        if len(word) == 2 and word[0] in self._abbr and self._cues.get(word[1]) in ("side", "verb"):
            return None              # 巴方, 访华: a country's side, a visit
        if len(word) >= 3 and all(c in self._abbr for c in word) and len({self._abbr[c][0] for c in word}) == len(word):
            return None              # 苏浙沪[nr], 冀鲁豫: places named by their abbreviations, one each
        if word in self.names.not_persons or (self._is_place(word) and not (after_post and self._place_named_person(doc, i))) \
                or self._starts_with_place(doc, tok.start, tok.end):
            return None              # (市委书记 | 凌云 | 出席: a county's short name, tagged a name, after a post)
        if len(word) == 2 and not after_post and self._joint_abbreviation(doc, word):
            return None              # 杭黄 (杭州 and 黄山, both named): two places' first characters
        if word[-1] in _GROVE and word[:-1] in self.names.plant_names:
            return None              # 胡杨林, 白桦林: a grove of trees (plant_names.txt), no person
        if len(word) == 3 and word[0] in _PREPOSITION_SURNAMES and not after_post and i > 0 and i + 1 < len(tokens) \
                and tokens[i - 1].tag.startswith("n") and not tokens[i - 1].tag.startswith(NAME_TAGS) \
                and tokens[i + 1].tag == "n" and self.res.jieba_words.get(tokens[i + 1].word, (0, ""))[0] >= _EVERYDAY_NOUN:
            return None              # 金融机构 | 向小微[nr] | 企业 | 发放贷款: a preposition before a noun phrase
        if word[0] in _COUNT_SURNAMES and i > 0 and tokens[i - 1].tag == _NUMERAL_TAG and not after_post:
            return None              # 11 | 项正[nr] | 按序推进: the measure word of the count before, no 项 the person
        if not after_post and i + 1 < len(tokens) and tokens[i + 1].start == tok.end \
                and tokens[i + 1].word in self._site_words:
            return None              # 刘岭 | 立交桥, 闫河 | 片区: a site's name, no person
        if not after_post and reads_as_river(text, tokens, i, self.names.common_surnames):
            return None              # 某县 | 富春江, 嘉陵江 | 两岸: a river jieba's dictionary tags a name
        cut = self.names.doctrine_cut(word)
        if cut is not None:          # 邓小平理论: the doctrine is no person; its founder is named
            if self.names.is_name(cut) and (cut not in self.res.jieba_words or len(cut) >= 3):
                return self._person(doc, tok.start, tok.start + len(cut), cut, i, glued=False)
            return None
        if len(word) == 3 and word[-1] in self.names.glued_verbs and word[1] in self.names.titles:
            return None              # 吕老 | 去: a surname and a title (老), then a verb
        if len(word) in (3, 4) and word[-1] == APPOINTED_AS and word not in self.res.jieba_words and i + 1 < len(tokens) \
                and (tokens[i + 1].word in self.roles or self._ceremony_for(doc, tok.end)) \
                and self.names.is_name(word[:-1], vouched=1):
            # 以某市委书记 | 吴海为[nr] | 团长: the name and 为 before the post it leads as; 市长 | 张伟文为[nr] |
            # 获奖选手 | 颁奖: before those a ceremony is done for
            return self._person(doc, tok.start, tok.end - 1, word[:-1], i, glued=False)
        if (len(word) in (3, 4) and word[-1] in self.names.glued_verbs and word not in self.res.jieba_words
                and self.names.is_name(word[:-1], vouched=1)
                # (董事长 | 张天任 | 出席: before the person's own act, the verb's character is the name's)
                and not (i + 1 < len(doc.tokens) and (doc.tokens[i + 1].word in self.cues
                                                      or doc.tokens[i + 1].word in self.names.list_ends
                                                      # (副书记 | 李福来 | ，: after a post, a break: the name's 来)
                                                      or (after_post and doc.tokens[i + 1].word in _NAME_BREAKS)))):
            return self._person(doc, tok.start, tok.end - 1, word[:-1], i, glued=False)   # 张三赴 -> 张三, 黄树贤作
        if (len(word) in (3, 4) and word[-1] == APPOINTED_AS and i > 0
                and (tokens[i - 1].word in self.appointing or self._appointed_before(doc, tokens, i))
                and word not in self.res.jieba_words and self.names.is_name(word[:-1], vouched=2)):
            # 选举 | 张三为 -> 张三, 任命 | 吴晓丽为 -> 吴晓丽; 任命甲为某局局长，| 陈红为 | 某局局长 -> 陈红
            return self._person(doc, tok.start, tok.end - 1, word[:-1], i, glued=False)
        if len(word) == 2 and word[0] == word[1] and not (after_post or self._evidence(doc, i)):
            return None              # 殷殷, 久久: a reduplicated word, unless a post or a title vouches
        titled = self.names.title_cut(word)
        if titled:          # 胡锦涛主席 -> 胡锦涛; 李老师, 胡老: a surname and a title name nobody
            name, title = titled
            if self.names.is_name(name) and (len(name) >= 3 or self._plausible(name, doc, i, after_post)):
                return self._person(doc, tok.start, tok.end, name, i, title=title, glued=False)
            return None
        if self.names.is_name(word, vouched=2 if after_post else 1) and self._plausible(word, doc, i, after_post):
            return self._extended(doc, i, word)
        if after_post and 2 <= len(word) <= 3 and all(is_han_char(c) and c not in _NOT_IN_NAME for c in word) \
                and word not in self.res.jieba_words and word[-1] not in self.names.final_stops:
            return self._person(doc, tok.start, tok.end, word, i)   # 副书记X某: the post vouches for the name
        if after_post and len(word) == 2 and tok.tag == "nr" and word[0] in self.names.surnames \
                and is_han_char(word[1]) and word[1] not in _NOT_IN_NAME and word[1] not in self.names.final_stops \
                and not self.res.is_common_word(word) and i + 1 < len(doc.tokens) \
                and (doc.tokens[i + 1].word[:2] in self.cues or doc.tokens[i + 1].word[:2] in self.names.list_ends):
            # 副州长 | 向翔[nr] | 主持: a surname that is also a function word (向, 于, 和), tagged a name by
            # jieba between a post and a verb a person does
            return self._person(doc, tok.start, tok.end, word, i)
        return None

    def _split_name(self, doc: Doc, i: int, after_post: bool) -> tuple[Mention, int] | None:
        """郭 | 志强, 沈 | 国华: jieba cut the surname off a name it did not know."""
        tokens = doc.tokens
        tok = tokens[i]
        if tok.word not in self.names.surnames or i + 1 >= len(tokens):
            return None
        nxt = tokens[i + 1]
        given = nxt.word
        said = i + 2 < len(tokens) and (tokens[i + 2].word in self.cues or tokens[i + 2].word in _REPORTED_SPEECH)
        if not (1 <= len(given) <= 2 and all(is_han_char(c) for c in given)):
            return None
        attends = i + 2 < len(tokens) and (tokens[i + 2].word in self.names.list_ends
                                           or tokens[i + 2].word[:2] in self.names.list_ends)   # (出席会议)
        if any(c in _NOT_IN_NAME for c in given) and not (after_post and (said or attends or tok.tag == _MEASURE_TAG
                                                                          or self._given_name_word(given))
                                                           and given in self.res.jieba_words):
            return None      # (秘书长 | 穆 | 为民 | 参加: a word of jieba's between a post and a verb of attending;
            #                  副市长 | 张[q] | 为民: a measure word needs a number, a post's holder is named;
            #                  市委书记 | 吕 | 向东[nr]、: a given name jieba knows as one, after a post)
        if given in self.roles or given in self.names.titles or (
                given in self.names.not_persons and given not in self.names.plant_names):
            return None
        if tok.tag == _CONJUNCTION_TAG and given in self.res.jieba_words:
            return None         # 老党员 | 和[c] | 基层 | 一线干部: a conjunction and a word, though 和 is a surname
        if (tok.tag in _FUNCTION_TAGS and self.res.is_common_word(given)
                and not (after_post and (tok.tag == _MEASURE_TAG or (
                    # (副市长 | 曾[d] | 立新[d] | 带队: a common surname the adverb is too, a given name closed by the act)
                    (tok.tag != "d" or tok.word in self.names.common_surnames) and self._closed_given(doc, i + 1))))) \
                or given in self.cues:
            return None         # 发言人 | 都 | 表示: an adverb and a verb, though 都 is a surname; 记者 | 时 | 表示
            #                     (but 副省长 | 张[q] | 红军: a measure word needs a number before it, not a post)
        if _verb_to_place(tokens, i):
            return None
        if tok.tag.startswith("a") and self.res.is_common_word(given) and not (said or attends):
            return None         # 党员 | 全[a] | 覆盖: an adjective and a verb, though 全 is a surname
        # 陈 | 全国 | 书记: a surname jieba tagged as a name, and a post or 同志 right after the two
        addressed = (tok.tag.startswith("nr") and i + 2 < len(tokens)
                     and (tokens[i + 2].word in self.roles or tokens[i + 2].word in self.names.titles))
        # 授予王 | 立新[d] | 等150名同志: a surname jieba tagged as a name, and a given name of two characters
        # before 等 and a count of persons (those named first of people honoured or elected)
        counted = tok.tag.startswith("nr") and len(given) == 2 and _PERSONS_COUNTED.match(doc.text, nxt.end) \
            and self._closed_given(doc, i + 1)
        # 选举甲为县政协主席，胡 | 建新[v] | 为 | 副主席: the next appointee of one verb, given name and 为
        appointed = tok.tag.startswith("nr") and len(given) == 2 and i + 2 < len(tokens) \
            and tokens[i + 2].word == APPOINTED_AS and i > 0 and self._appointed_before(doc, tokens, i) \
            and self.res.jieba_words.get(given, (0, ""))[0] < _GIVEN_AS_WORD_FREQ
        if not (nxt.tag.startswith(NAME_TAGS) or nxt.tag == "nz" or after_post or said or addressed or counted
                or appointed):
            return None      # (江 | 宏伟 | 所说: a verb of saying vouches for the name)
        name = tok.word + given
        if not self.names.is_chinese(name, vouched=2 if after_post else 1) or self.res.is_common_word(name) \
                or self._is_place(name):
            return None
        return self._person(doc, tok.start, nxt.end, name, i + 1)

    def _closed_given(self, doc: Doc, j: int) -> bool:
        """市委书记 | 何[r] | 立新[d] | 、: after a post, a given name of two characters, no frequent
        word, that a mark, a list's closing word or a verb of speech ends (no verb or adjective
        but before one of speech) is a name, whatever jieba tagged its two words (an adverb there
        is followed by its verb: 市长 | 也 | 表示; 局长 | 都 | 同意)."""
        given = doc.tokens[j]
        if len(given.word) != 2 or self.res.jieba_words.get(given.word, (0, ""))[0] >= _GIVEN_AS_WORD_FREQ:
            return False
        if j + 1 < len(doc.tokens) and doc.tokens[j + 1].word in self.cues:
            return True          # 局长 | 何[r] | 明亮[a] | 介绍: a verb of speech after the name
        after = doc.text[given.end:given.end + 1]
        if given.tag.startswith(("v", "a")):
            # 副省长 | 于[p] | 建新[v] | 等: a preposition governs no verb that a list's mark or 等 closes (nor does
            # 许[m], "some", a numeral's word and a surname: 市委书记 | 许 | 明达[a] | 等)
            return doc.tokens[j - 1].tag in (_PREPOSITION_TAG, _NUMERAL_TAG) and after in (_LIST_MARK, "，", _ETC)
        return after in ("", "、", "，", "。", "；") or doc.text.startswith(self.names.list_ends, given.end) \
            or bool(_DELIVERED.match(doc.text, given.end))      # 主席 | 许[m] | 立新[d] | 作交流发言

    def _starts_with_place(self, doc: Doc, start: int, end: int) -> bool:
        """余村靠, 印尼盾: a place name the word starts with is no part of a person's name."""
        places = cast("list[Mention] | None", doc.memo.get("places")) or ()
        if any(m.start == start and m.end < end for m in places):
            return True
        word = doc.text[start:end]
        return any(word[:k] in self.res.world for k in range(2, len(word)))

    def _extended(self, doc: Doc, i: int, word: str) -> tuple[Mention, int]:
        """A name jieba cut short: 高允 | 连 -> 高允连, 尤尔 | 科夫 -> 尤尔科夫."""
        tokens, tok = doc.tokens, doc.tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None:
            if (word not in self.res.jieba_words and len(word) == 2 and word[0] in self.names.surnames
                    and len(nxt.word) == 1 and is_han_char(nxt.word)
                    and nxt.word not in _NOT_IN_NAME
                    and (nxt.tag not in _FUNCTION_TAGS or self._locative_in_name(tokens, i + 1)
                         or (i + 2 < len(tokens) and tokens[i + 2].word in _GROUP_AFTER_NAME)
                         or self._adverb_closing(doc, i + 1))
                    and nxt.word not in self.names.glued_verbs and nxt.word not in self.names.final_stops
                    and nxt.word not in self.names.titles and nxt.word not in self.roles
                    and not (nxt.word in _CREDIT_ENDS and not is_han_char(doc.text[nxt.end:nxt.end + 1]))):
                # (杨岭 | 村 | 担任: a place's level ends no name, whatever jieba tagged its stem; 记者某某 | 摄）:
                # the photograph's credit)
                return self._person(doc, tok.start, nxt.end, word + nxt.word, i + 1)
            if ((word not in self.res.jieba_words or self._known_name_glued(tok, nxt))
                    and len(word) == 2 and word[0] in self.names.surnames
                    and len(nxt.word) == 2 and nxt.word[1] in self.names.glued_verbs
                    and (self.res.jieba_words.get(nxt.word, (0, ""))[0] < _RARE_WORD or self._makes_speech(tokens, i + 1)
                         or self._closes_list(doc, i + 1))
                    and is_han_char(nxt.word[0])
                    and nxt.word[0] not in _NOT_IN_NAME and nxt.word[0] not in self.names.titles
                    and self.names.is_chinese(word + nxt.word[0], vouched=1)):
                # 高云 | 江说, 张少 | 农等: the name's last character glued to the verb after it
                m, _ = self._person(doc, tok.start, nxt.start + 1, word + nxt.word[0], i, glued=False)
                return m, i
            if self._ends_in_he(doc, i, word):
                return self._person(doc, tok.start, nxt.end, word + _AND, i + 1)
            if (self.names.is_foreign(word) and not self.names.is_chinese(word) and self.names.is_foreign(nxt.word)
                    and len(nxt.word) <= 3 and not self.res.is_common_word(nxt.word)
                    and nxt.tag not in _FUNCTION_TAGS and nxt.word not in self.roles
                    and nxt.word not in self.names.titles and not self._is_place(nxt.word)):
                return self._person(doc, tok.start, nxt.end, word + nxt.word, i + 1)   # 斯特罗 | 耶夫
        return self._person(doc, tok.start, tok.end, word, i)

    def _given_name_word(self, given: str) -> bool:
        """A two-character word jieba's dictionary tags as a personal name (向东[nr], 向阳[nr])."""
        return len(given) == 2 and self.res.jieba_words.get(given, (0, ""))[1] in NAME_TAGS

    def _given_word(self, surname: str, given: str) -> bool:
        """马 | 国庆[t] | 说, 韩 | 建国[ns] | 告诉: a common surname and a two-character given name jieba
        holds as a time or a place word (no place of the gazetteer's or the world's) before a verb of saying."""
        return surname in self.names.common_surnames and len(given) == 2 and not self._is_place(given) \
            and given not in self.res.world

    @staticmethod
    def _adverb_closing(doc: Doc, k: int) -> bool:
        """韩生 | 才[d] | ，, 罗应 | 才[d] | 为: a character jieba reads as an adverb, then a mark or 为 (an
        adverb goes before its verb, not before a mark): the name's last character."""
        tokens = doc.tokens
        if tokens[k].tag != "d" or len(tokens[k].word) != 1:
            return False
        after = doc.text[tokens[k].end:tokens[k].end + 1]
        return after in _LIST_CLOSE_MARKS or (k + 1 < len(tokens) and tokens[k + 1].word in (APPOINTED_AS, COMRADE))

    def _closes_list(self, doc: Doc, k: int) -> bool:
        """刘卫 | 平等 | 出席, 张志 | 同等 | 领导: a word of jieba's of a character and 等 (平等, 同等) that
        a list's closing words, a title or a mark follow is a name's last character and the list's 等."""
        tokens = doc.tokens
        if not tokens[k].word.endswith(_ETC):
            return False
        if k + 1 >= len(tokens) or _PERSONS_COUNTED.match(doc.text, tokens[k].end - 1):
            return True      # (孙卫 | 平等 | 3 | 人获表彰)
        after = tokens[k + 1].word
        return after in self.names.list_ends or after[:2] in self.names.list_ends or after in self.names.titles \
            or after in _LIST_CLOSE_MARKS

    def _ends_in_he(self, doc: Doc, i: int, word: str) -> bool:
        """王刚 | 和 | 表示: a conjunction joins no verb to a name, so before a verb of speech 和 is the
        name's last character (before another name it stays a conjunction: 张伟和李强表示)."""
        tokens = doc.tokens
        return len(word) == 2 and word[0] in self.names.surnames and i + 2 < len(tokens) \
            and tokens[i + 1].word == _AND and tokens[i + 2].word in self.cues \
            and self.names.is_chinese(word + _AND, vouched=1)

    @staticmethod
    def _makes_speech(tokens: list[Token], k: int) -> bool:
        """刘玉 | 杰作 | 讲话: a word of jieba's ending in 作 (杰作, a masterpiece) right before the kind of
        address 作 makes is the name's last character and the verb, whatever jieba counts of the word."""
        return tokens[k].word.endswith(MAKE) and k + 1 < len(tokens) and tokens[k + 1].word in _ADDRESSES_MADE

    def _known_name_glued(self, tok: Token, nxt: Token) -> bool:
        """王明 | 远作, 刘伟 | 平作: jieba's dictionary holds the two characters as a name (of someone
        else) and its model glued the third to the verb after it; the third is the name's unless
        jieba's dictionary makes it an adverb alone (王明 | 均在: 均, all of them)."""
        return tok.tag.startswith(NAME_TAGS) and self.res.jieba_words.get(nxt.word[0], (0, ""))[1] != "d"

    @staticmethod
    def _locative_in_name(tokens: list[Token], i: int) -> bool:
        """刘国 | 中[f] | 在: a locative after a person's name makes no sense (locatives follow places
        and things), so before a preposition, a verb or a stop it is the name's last character."""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return tokens[i].tag == _LOCATIVE_TAG and (after is None or after.tag.startswith(("p", "v", "x")))

    def _plausible(self, word: str, doc: Doc, i: int, after_post: bool) -> bool:
        """Does a word that passes the name checks stand for a person here?"""
        if len(word) == 2 and word[0] == word[1]:
            return self._named_after(doc, i)   # 殷殷, 冉冉: a reduplicated word, unless a cue follows it
        if after_post:
            return True
        if word not in self.res.jieba_words:     # jieba's model guessed a name it did not know
            if len(word) == 2 and word[0] not in self.names.surnames:
                # 白墙 | 黛瓦: two sounds of a foreign name are a word too (a name where the text says so,
                # here or where it names the person whole elsewhere: 某某同志…。某某 | 才[d] | 作…)
                # (Not every rare surname: 中式 | 步操 would go, but so would 詹俊, 颜龙 in CLUENER's news.)
                return self._evidence(doc, i) or self._vouched_elsewhere(doc.text, word)
            return not self._listed_among_words(doc, i)
        evidence = self._evidence(doc, i)
        if len(word) <= 2:
            return evidence             # 明白, 文明, 卫星: common words unless the context says name
        if word[:1] in self.names.surnames and (self.res.is_common_word(word[1:])
                                                or self.res.is_common_word(word[:2])):
            return evidence             # 青少年, 范围广
        rest_freq, rest_tag = self.res.jieba_words.get(word[1:], (0, ""))
        if word[:1] not in self.names.common_surnames and rest_tag == "n" and rest_freq >= _NOUN_AFTER_RARE_SURNAME:
            return evidence             # 强降雨: a rare surname's character before a frequent noun
        if len(word) == 4 and self.res.is_common_word(word[:2]) and self.res.is_common_word(word[2:]):
            return evidence             # 努力提高 (nr in jieba's dictionary): two common words
        return True

    def _vouched_elsewhere(self, text: str, word: str) -> bool:
        """``word``, or it and one character more, before 同志 or right after a post somewhere in ``text``."""
        k = text.find(word)
        while k >= 0:
            end = k + len(word)
            if text.startswith(COMRADE, end) or text.startswith(COMRADE, end + 1) or self._after_post(text, k):
                return True
            k = text.find(word, end)
        return False

    def _listed_among_words(self, doc: Doc, i: int) -> bool:
        """分类施策、综合发力; 红烧、黄焖、清炖: a guessed name is one item of a list with 、 whose
        item next to it holds no name (names are listed with names: 张某、李某)."""
        tokens, n = doc.tokens, len(doc.tokens)
        if i + 1 < n and tokens[i + 1].word == "、":
            k, step = i + 2, 1
        elif i > 0 and tokens[i - 1].word == "、":
            k, step = i - 2, -1
        else:
            return False
        item = []
        while 0 <= k < n and tokens[k].word not in _LIST_ITEM_ENDS:
            item.append(tokens[k])
            k += step
        if not item or any(t.tag in _NAME_TAG_SET or t.word in self.names.known for t in item):
            return False
        return not self.names.is_name("".join(t.word for t in (item if step > 0 else reversed(item))))

    def _evidence(self, doc: Doc, i: int) -> bool:
        tokens = doc.tokens
        prev = tokens[i - 1].word if i > 0 else ""
        return self._is_title(prev) or prev in self.appointing or self._named_after(doc, i)

    def _named_after(self, doc: Doc, i: int) -> bool:
        """A post, a title or a verb of saying right after the word (陈立新 | 出席会议: or opening jieba's
        phrase after it), or a count of persons it is the first of (某某等150名同志)."""
        nxt = doc.tokens[i + 1].word if i + 1 < len(doc.tokens) else ""
        return nxt in self.roles or nxt in self.names.titles_after or nxt in self.cues \
            or (len(nxt) > 2 and nxt[:2] in self.cues) or bool(_PERSONS_COUNTED.match(doc.text, doc.tokens[i].end)) \
            or bool(_ELECTED_BY_VOTES.match(doc.text, doc.tokens[i].end))

    def _is_place_uncached(self, word: str) -> bool:
        return bool(self.res.gazetteer.names().get(word)) or word in self.res.world

    def _is_title_uncached(self, word: str) -> bool:
        if word in self.roles or word in self.names.titles:
            return True
        if word[-1:] not in self._role_ends:
            return False
        if len(word) >= 4 and any(word[-k:] in self.roles and word[:-k] in self.res.world
                                  for k in range(2, min(len(word) - 2, 4) + 1)):
            return True         # 德国总理, 日本首相: jieba glued the country to the post
        return glued_role_split(word, self.roles, self.suffixes) is not None

    # -- a name right after a post -------------------------------------------
    def _after_role(self, doc: Doc, i: int, post: bool = True) -> tuple[Mention, int] | None:
        found = self._after_role_by_tokens(doc, i, post)
        acting = self._post_name_by_its_act(doc, i)
        if acting is None:
            return found
        if found is None:
            if doc.tokens[i].word in _JOINING_SURNAMES:
                # (副市长 | 和[c] | 立新[d] | 、: after a post, no conjunction joins a given name alone;
                # 党员 | 和[c] | 师生[nr]: after a status, the conjunction; 大使 | 和 | 新任…: the name's
                # last character opens a word with what follows)
                end = acting[0].end
                return acting if post and not self._opens_a_word(doc.text, end - 1, end) else None
            return acting if self._acts_in_full(doc, acting[0].end) \
                or self._name_like_tokens(doc, i, acting[0].end) else None
        # (the tokens' name, shorter by a character that opens a word with what follows: 赵立 | 刚 | 出席)
        longer = found[0].start == acting[0].start and found[0].end < acting[0].end
        return acting if longer and not self._adverb_word_at(doc, found[0].end) else found

    def _travelled_to(self, text: str, m: Mention) -> bool:
        """来银 | 调研, 赴兰 | 考察: a verb of travel and one character, then a visit's verb: the place a visitor
        comes to, written by its city's character (银川, 兰州), no surname and given name."""
        return len(m.canonical) == 2 and m.canonical[0] in self._travel_verbs and text.startswith(self._visit_verbs, m.end)

    @staticmethod
    def _name_like_tokens(doc: Doc, i: int, end: int) -> bool:
        """jieba's words from token ``i`` to ``end`` hold a name's: one tagged a name (于[p] | 金嘉在[nr]),
        or a first word of no function or verb (常兴[b], 吴彬敏率[a]); not 党员 | 都[d] | 要[v]."""
        tokens = doc.tokens
        first = tokens[i].tag
        if not (first in _FUNCTION_TAGS or first.startswith("v")):
            return True
        k = i
        while k < len(tokens) and tokens[k].start < end:
            if tokens[k].tag.startswith(NAME_TAGS):
                return True
            k += 1
        return False

    def _adverb_word_at(self, doc: Doc, at: int) -> bool:
        """An adverb of two characters or more starts at ``at`` (主任 | 王明 | 正在[t] | 开会): it reads
        after the name jieba found, not as the name's last character and a verb."""
        k = self._token_starting_at(doc, at)
        if k is None:
            return False
        tok = doc.tokens[k]
        return tok.tag in _ADVERB_TAGS and len(tok.word) >= 2 \
            and self.res.jieba_words.get(tok.word, (0, ""))[0] >= _GLUED_VERB_FREQ   # (于峰 | 志在[t]: rare, a name's end)

    def _post_name_by_its_act(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """副州长 | 赵立 | 刚 | 出席, 副书记 | 于 | 金嘉在, 主席 | 吴彬敏率: after a post, a surname and a
        given name of one or two characters, whatever jieba made of them, where exactly one of the two
        lengths is followed by a stop, a list's close or the person's act (出席, 在, 率, 等, 强调 …):
        the name jieba's words hid (刚, 立 and 永 open adverbs and words with what follows; 于 is a
        preposition too). Where both lengths or neither are so followed, the tokens decide."""
        text = doc.text
        start = doc.tokens[i].start
        surname = 2 if text[start:start + 2] in self._compound_surnames else 1
        if text[start:start + surname] not in self.names.surnames:
            return None
        fits = [end for end in (start + surname + 1, start + surname + 2)
                if end <= len(text) and self._acts_after(text, end)
                and self._given_by_act(text[start:end], surname, self._acts_in_full(doc, end))]
        if len(fits) == 2 and self._act_at(text, fits[1]) \
                and not self._act_at(text, fits[0]):
            fits = fits[1:]      # (县委书记成家 | 和主持 … 成家和 | 主持: the act in words after the longer)
        if len(fits) != 1:
            return None
        end = fits[0]
        return self._person(doc, start, end, text[start:end], self._token_ending_at(doc, end), glued=False)

    def _acts_after(self, text: str, end: int) -> bool:
        """What follows a name at ``end`` is a stop, a list's close or the person's act (a verb of one
        character that makes no frequent word with the name's last: 主任刘涛 | 受到, not 刘涛受 | 到)."""
        if end == len(text) or text[end] in _NAME_CLOSERS or self._act_at(text, end):
            return True
        return (text[end] in self.names.glued_verbs or text.startswith(self._list_after_starts, end)) \
            and self.res.jieba_words.get(text[end - 1:end + 1], (0, ""))[0] < _GLUED_WORD_FREQ

    def _act_at(self, text: str, at: int) -> bool:
        """A word of the person's act starts at ``at`` (出席, 主持), not a noun it opens (主持人, 陪同人员)."""
        word = next((w for w in self._acts_in_words if text.startswith(w, at)), None)
        return word is not None and text[at + len(word):at + len(word) + 1] not in _DOERS

    def _acts_in_full(self, doc: Doc, end: int) -> bool:
        """What follows at ``end`` is the person's act in full: a verb of the act (出席, 调研, 率队), or
        在, 到 or 赴 and a place (市长 | 常 | 胜利 | 在 | 延川县), not only a stop or one character."""
        text = doc.text
        if self._act_at(text, end):
            return True
        if text[end:end + 1] not in _GOING_TO:
            return False
        k = self._token_starting_at(doc, end + 1)
        if k is not None and (doc.tokens[k].tag == _PLACE_TAG or self._is_place(doc.tokens[k].word)):
            return True
        # (到 | 别力 | 古台 | 镇: a place jieba cut up, closed by its level within a few characters)
        for at in range(end + 2, min(len(text), end + 1 + MAX_PLACE_AFTER)):
            if not is_han_char(text[at]):
                return False
            if text[at] in _DIVISION_LEVELS:
                return True
        return False

    def _given_by_act(self, name: str, surname: int, in_full: bool) -> bool:
        """``name`` may be a surname and a given name read only from what follows it: no function
        character, common word or place, no given name that is a frequent word of another kind
        (时 | 强调, 向 | 大家) but where the person's act follows in full (常 | 胜利 | 在 | 延川县: the
        words parents gave as names, 胜利, 建国, 卫东, are frequent words)."""
        given = name[surname:]
        # (成家和 | 主持: 和 may end a given name where the act follows in full, as in 周清和)
        inner = given[:-1] if in_full and given.endswith(_AND) and len(given) == 2 else given
        if len(given) == 2 and given.endswith(_YEAR) and self.res.jieba_words.get(given, (0, ""))[0] < _GLUED_WORD_FREQ:
            inner = given[:-1]   # (副省长王永年，: 年 ends a given name that is no frequent word of time: not 明年, 多年)
        if not all(map(is_han_char, given)) or any(c in _NOT_IN_NAME or c in self.names.glued_verbs for c in inner):
            return False
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) \
                or any(r in given for r in self._title_words if len(r) > 1):
            return False     # (书记 | 和县长: a post's holder, no given name)
        if given in self.cues or given.startswith(self._list_after_starts) or given[-1] in self.names.final_stops \
                or given[-1] in _ASPECT_PARTICLES or given[-1] in _SCOPE_ADVERBS:
            return False     # (主任 | 商量 | 过: the verb and its aspect; 局长王明 | 均在场: all of them)
        opening, opening_tag = self.res.jieba_words.get(name[:surname + 1], (0, "nr"))
        if len(given) == 2 and not in_full and opening >= _GIVEN_AS_WORD_FREQ \
                and opening_tag.startswith(_NOT_A_NAMES_OPENING):
            return False     # 局长 | 高兴 | 地说: the surname and the next character a word of another kind
        freq, tag = self.res.jieba_words.get(given, (0, "nr"))
        whole, whole_tag = self.res.jieba_words.get(name, (0, "nr"))
        if not whole_tag.startswith(NAME_TAGS) and whole >= _RARE_WORD:
            return False
        if len(given) == 1 or tag.startswith(NAME_TAGS) or freq < _GIVEN_AS_WORD_FREQ:
            return True
        # (向 | 大家 | 介绍: after a surname that is a preposition or a conjunction too, an everyday
        # noun is what the function word governs)
        function_surname = self.res.jieba_words.get(name[:surname], (0, ""))[1] in _FUNCTION_SURNAME_TAGS
        return in_full and tag not in _NOT_GIVEN_TAGS and not (function_surname and freq >= _EVERYDAY_NOUN)

    def _after_role_by_tokens(self, doc: Doc, i: int, post: bool = True) -> tuple[Mention, int] | None:
        tokens, text = doc.tokens, doc.text
        tok = tokens[i]
        joined = self._post_name_of_three(doc, i) or self._post_name_into_word(doc, i) or self._name_before_speech(doc, i) \
            or self._post_name_before_for(doc, i) or self._post_name_acting_for(doc, i) or self._foreign_run(doc, i)
        if joined is not None:
            return joined
        if tok.tag.startswith(NAME_TAGS):
            return self._tagged(doc, i, after_post=True) or (self._bounded(doc, i) if post else None)
        word = tok.word
        if post and word in self.names.common_surnames and i + 2 < len(tokens) \
                and 1 <= len(tokens[i + 1].word) <= 2 and all(map(is_han_char, tokens[i + 1].word)) \
                and (not tokens[i + 1].tag.startswith(_NOT_GIVEN_TAGS)
                     or (tokens[i + 1].tag.startswith(_VERB_TAG) and len(tokens[i + 1].word) == 2)) \
                and tokens[i + 2].word in _NAME_BREAKS \
                and self._no_other_word(word + tokens[i + 1].word):
            # 旗长 | 高[a] | 明亮[a] | ，: a common surname jieba read alone and a given name it read as a word,
            # between a post and a break of the list (副市长 | 程 | 为民[v] | ，: a verb of two characters too)
            return self._person(doc, tok.start, tokens[i + 1].end, word + tokens[i + 1].word, i + 1)
        if post and 3 <= len(word) <= 4 and all(map(is_han_char, word)) and self._rare_place_word(tok) \
                and i + 1 < len(tokens) and (tokens[i + 1].word in _NAME_CLOSERS or tokens[i + 1].word[:2] in self.cues
                                             or tokens[i + 1].word[:2] in self.names.list_ends):
            # 省委书记 | 巴音朝鲁[ns] | ，: a name of a minority people jieba's dictionary holds as a rare place
            # word, no place of the gazetteer's or the world's, between a post and a break or a person's verb
            return self._person(doc, tok.start, tok.end, word, i)
        if post and len(word) == 4 and word[-1] in _GOVERNING_GLUED and word not in self.res.jieba_words \
                and all(map(is_han_char, word)) and self.names.is_chinese(word[:-1], vouched=2) \
                and i + 1 < len(tokens) and tokens[i + 1].tag in _GOVERNED_TAGS:
            # 市长 | 夏心旻率[x] | 扬州市 | 党政代表团: a name of three with a character jieba does not know,
            # and the verb it glued to it
            return self._person(doc, tok.start, tok.end - 1, word[:-1], i)
        known = (self.res.is_common_word(word) or (self._rare_surname_noun(word) and not (
            i + 1 < len(tokens) and tokens[i + 1].word == COMRADE))) if post else word in self.res.jieba_words
        # (原政委 | 洪流 | 同志: 同志 vouches for the name)
        if known and not post and i + 1 < len(tokens) and tokens[i + 1].word in _BYLINE_VERBS \
                and not tok.tag.startswith(_ADVERB_TAGS):
            known = False        # 记者 | 王某某 | 报道: a byline vouches for the name (not 记者 | 充分[ad] | 报道)
        aspect = i + 1 < len(tokens) and tokens[i + 1].word in _ASPECT_PARTICLES
        # 党员 | 应学[v] | 尽学[v]: after a status word, a verb and a verb, no name
        verbs = not post and tok.tag.startswith("v") and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("v") \
            and tokens[i + 1].word not in self.cues
        nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
        if known and post and len(word) == 2 and word[0] in self.names.surnames and not self._is_place(word) \
                and (nxt in self.cues or (len(nxt) > 2 and nxt[:2] in self.cues)):
            known = False        # 区委副书记 | 洪流 | 主持会议: a common word between a post and a person's verb is a name
            #                     (not 副总河长 | 督导 | 河长制: a post after it may be the verb's object)
        # (由省委书记 | 任组长: jieba's word after a post is the verb and a post, not a surname and a name)
        known = known or (len(word) == 3 and word[1:] in self.roles)
        if 2 <= len(word) <= 3 and self.names.is_chinese(word, vouched=2) and not known \
                and (not self._is_place(word) or self._place_named_person(doc, i)) and not aspect and not verbs \
                and (post or tok.tag not in _PLACE_TIME_TAGS):
            # (农民 | 管起 | 了: a verb; 干部 | 任前: a word jieba's model read as a locality, no name)
            if len(word) == 3 and word[-1] in _GOVERNING_GLUED and word not in self.res.jieba_words \
                    and i + 1 < len(tokens) and tokens[i + 1].tag in _GOVERNED_TAGS:
                # 厅长 | 王绚作 | 工作 | 报告: a name of two and the verb of the act jieba glued to it
                return self._person(doc, tok.start, tok.end - 1, word[:-1], i)
            if self._ends_in_he(doc, i, word):        # 总经理 | 周清 | 和 | 表示
                return self._person(doc, tok.start, tokens[i + 1].end, word + _AND, i + 1)
            if len(word) == 2 and i + 2 < len(tokens) and len(tokens[i + 1].word) == 1 \
                    and is_han_char(tokens[i + 1].word) and tokens[i + 2].word in _GROUP_AFTER_NAME \
                    and tokens[i + 1].word not in _NOT_IN_NAME:
                # 董事长 | 周育 | 先[d] | 一行: the party follows the whole name
                return self._person(doc, tok.start, tokens[i + 1].end, word + tokens[i + 1].word, i + 1)
            return self._person(doc, tok.start, tok.end, word, i)    # (牧民 | 党员: after a status word, no known word)
        if len(word) == 1 and (found := self._split_name(doc, i, True)):
            return found         # 林 | 志豪, 赵 | 立新: whatever jieba tagged the given name
        # jieba split an unknown name into characters: 郅 | 振 | 璞
        if len(word) == 1 and word in self.names.surnames and not _verb_to_place(tokens, i) and not (
                tok.tag in _FUNCTION_TAGS and i + 1 < len(tokens)
                and (tokens[i + 1].tag in _FUNCTION_TAGS or tokens[i + 1].tag.startswith(("v", "a")))):
            # (党员 | 都 | 要 | 以: an adverb and a verb, though 都 is a surname; 女王 | 和 | 明 | 仁天皇)
            last = i
            while last + 1 < len(tokens) and last - i < 2 and len(tokens[last + 1].word) == 1 \
                    and is_han_char(tokens[last + 1].word) and tokens[last + 1].word not in _NOT_IN_NAME:
                last += 1
            if last > i:
                name = text[tok.start:tokens[last].end]
                return self._person(doc, tok.start, tokens[last].end, name, last)
        return self._bounded(doc, i) if post else None

    def _rare_surname_noun(self, word: str) -> bool:
        """A noun of jieba's dictionary counted at least :data:`RARE_SURNAME_NOUN_FREQ` times whose first
        character is a surname outside the hundred most borne (督导, 车站)."""
        freq, tag = self.res.jieba_words.get(word, (0, ""))
        return freq >= RARE_SURNAME_NOUN_FREQ and tag in _NOUN_TAGS and word[0] not in self.names.common_surnames

    @staticmethod
    def _joint_abbreviation(doc: Doc, word: str) -> bool:
        """Each character of ``word`` opens the name of a different province, city or county the
        article names (杭黄: 杭州 and 黄山): two places abbreviated together, as 京津冀 are, not a person."""
        places = cast("list[Mention] | None", doc.memo.get("places")) or ()
        firsts = {}
        for m in places:
            if m.label in _ABBREVIATED_LEVELS:
                firsts.setdefault(m.canonical[0], set()).add(m.key)
        a, b = firsts.get(word[0], set()), firsts.get(word[1], set())
        return bool(a and b and len(a | b) >= 2)

    def _place_named_person(self, doc: Doc, i: int) -> bool:
        """市委书记 | 宁波 | 出席会议: right after a post, a city's or county's short name of two characters
        opening with a surname, before a verb of attending or speaking, is the holder's name (a
        post is not followed by a place: 到, 在 or a verb stands between them)."""
        word = doc.tokens[i].word
        return len(word) == 2 and word[0] in self.names.surnames \
            and not self.res.gazetteer.is_full_name(word) and self._named_after(doc, i)

    def _player(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """17号 | 李, 7号 | 穆勒: after a shirt's number, a word jieba tags as a name or proper
        noun that reads as one (a surname alone too: commentary names players so)."""
        tok = doc.tokens[i]
        if not tok.tag.startswith(NAME_TAGS + ("nz",)) or self._is_place(tok.word) \
                or tok.word in self.names.not_persons:
            return None
        if not (self.names.is_name(tok.word, vouched=2) or (len(tok.word) == 1 and tok.word in self.names.surnames)):
            return None
        m, last = self._person(doc, tok.start, tok.end, tok.word, i)
        if len(tok.word) == 1:          # a surname alone names no node (see _surnamed)
            m = replace(m, attrs=m.attrs + (("surname", tok.word),))
        return replace(m, source="persons.player", score=0.7), last

    def _foreign_pieces(self, doc: Doc) -> tuple[list[Mention], list[tuple[int, int]]]:
        """松德 | 斯特伦, 帕斯 | 特拉纳, 奥利 | 塞赫: jieba's model cut a transliterated name it did not
        know into pieces and tagged them names; a run of such words, all in transliteration
        characters and two of them tagged names (or one a foreign name, or one a name and
        the rest words jieba tags as proper nouns), is one name. Before a level or a
        feature of the land (库 | 卡尔特 | 河) the run is a place: its spans come back
        second, for no piece of it to be read as a person."""
        tokens, tr = doc.tokens, self.names.translit
        out: list[Mention] = []
        places: list[tuple[int, int]] = []
        n = len(tokens)
        # every run taken holds a word jieba tagged a name: runs are grown around those only
        done = 0
        for k in compress(range(n), map(_NAME_TAG_SET.__contains__, map(TOKEN_TAG, tokens))):
            if k < done or not self._translit_word(tokens[k].word):
                continue
            i = k
            while i > done and self._translit_word(tokens[i - 1].word):
                i -= 1
            while i < k and tokens[i].tag in _FUNCTION_TAGS:
                i += 1           # a name opens with no function word
            j = k + 1
            while j < n and self._translit_word(tokens[j].word):
                j += 1
            while j - 1 > k and tokens[j - 1].tag in _FUNCTION_TAGS:
                j -= 1           # 克林顿 | 于: a function word ends no name
            done = j
            if j - i == 1 and tokens[i].tag == "nrt" and doc.text[tokens[i].end:tokens[i].end + 1] in _LAND_CHARS:
                places.append((tokens[i].start, tokens[i].end))     # 莫 | 卡尔特 | 河
            elif j - i >= 2:
                tags = [t.tag for t in tokens[i:j]]
                named = sum(t.startswith(NAME_TAGS) for t in tags)
                start, end = tokens[i].start, tokens[j - 1].end
                name = doc.text[start:end]
                proper = named >= 2 or "nrt" in tags or (named == 1 and all(
                    t.startswith(NAME_TAGS) or t in ("ns", "nz", "j") for t in tags))
                if proper and doc.text[end:end + 1] in _PLACE_HEAD_CHARS:
                    places.append((start, end))
                elif proper and 3 <= len(name) <= MAX_FOREIGN_NAME \
                        and not self._is_place(name) and name not in self.names.not_persons \
                        and not self._starts_with_place(doc, start, end):
                    m, _ = self._person(doc, start, end, name, j - 1)
                    out.append(replace(m, source="persons.foreign_pieces", score=0.8))
        return out, places

    def _translit_word_uncached(self, w: str) -> bool:
        """A word wholly in transliteration characters that is no post, title, cue or common word."""
        tr = self.names.translit
        return (all(is_han_char(c) and c in tr for c in w) and w not in self.roles and w not in self.names.titles
                and w not in self.cues and not (len(w) > 1 and self.res.is_common_word(w)))

    def _foreign_run(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """教练 | 扎加洛 (ns), 秘书 | 亚 | 斯特 | 任 | 布斯 | 基, 部长 | 贾斯 | 蒂卡: after a post, a run
        of words written wholly in transliteration characters is one foreign name, however
        jieba cut and tagged it. One word alone only when jieba's model guessed it (it is
        not in the dictionary) or tagged it a foreign name or a place that is none."""
        tokens, tr = doc.tokens, self.names.translit
        last = i
        while last < len(tokens):
            w = tokens[last].word
            if not all(is_han_char(c) and c in tr for c in w) or w in self.roles or w in self.names.titles \
                    or w in self.cues or (len(w) > 1 and self.res.is_common_word(w)) \
                    or (last == i and tokens[last].tag in _FUNCTION_TAGS):
                break
            last += 1
        last -= 1
        if last < i:
            return None
        start, end = tokens[i].start, tokens[last].end
        name = doc.text[start:end]
        if not 3 <= len(name) <= MAX_FOREIGN_NAME or self._is_place(name) or name in self.names.not_persons \
                or self._starts_with_place(doc, start, end):
            return None
        if last == i and not (name not in self.res.jieba_words or tokens[i].tag == "nrt"
                              or (tokens[i].tag == "ns" and not self._is_place(name))):
            return None
        m, last = self._person(doc, start, end, name, last)
        return replace(m, source="persons.foreign_after_post", score=0.8), last

    def _bounded(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """部长卓玛草，/ 副镇长乌恩及有关部门…: two to four characters between a post and a
        stop (punctuation or a word that closes a list of names) are a name, when they
        hold no function word, no common word and no place (names of other peoples, and
        names jieba cut or glued to the next word)."""
        tokens, text = doc.tokens, doc.text
        start = end = tokens[i].start
        ends = self.names.list_ends
        while end < len(text) and is_han_char(text[end]) and end - start <= MAX_BOUNDED_NAME:
            if end > start + 1 and text.startswith(ends, end):
                break
            end += 1
        if not 2 <= end - start <= MAX_BOUNDED_NAME or (end < len(text) and is_han_char(text[end])
                                                          and not text.startswith(ends, end)):
            return None
        name = text[start:end]
        if name.startswith(_CHANNELS_AFTER):
            return None          # 市长 | 热线工单: a channel named after the post (市长热线), no holder
        title = doc.article.title
        if name[0] not in self.names.surnames and title and start < len(title) and text.startswith(title):
            return None          # 区委书记巡河, 大学生村官扎根基层 (a headline: a post and the act): no surname, no name
        if any(c in _NOT_IN_NAME for c in name) or name in self.names.not_persons or name[-1] in self.names.final_stops \
                or self.res.is_common_word(name) or self._is_place(name) or self._starts_with_place(doc, start, end) \
                or any(r in name for r in self.roles if len(r) > 1) or name[-1] in self.suffixes:
            return None
        freq, tag = self.res.jieba_words.get(name, (0, "nr"))
        if tag[:2] != "nr" and freq >= _RARE_WORD:
            return None          # 总统 | 深信 (nz to jieba): a word of the dictionary that is no name (but 市长 |
            #                      旺堆: one it counts twice is a name it happens to hold)
        if name[0] in _MODALS and len(name) > 2 and self.res.jieba_words.get(name[1:], (0, ""))[1].startswith("v"):
            return None          # 市委常委 | 要带头 (one word of jieba's): a modal verb and a verb, no name
        freq, tag = self.res.jieba_words.get(name[:2], (0, ""))
        if (tag in ("v", "vn") or (len(name) > 2 and freq >= 500 and not tag.startswith("nr"))) or any(
                self._is_place(name[k:k + n]) for n in (2, 3) for k in range(len(name) - n + 1)):
            return None          # 市长 | 汇报工作, 总编辑 | 聚会广州: a verb or a place, no name
        inside = [t for t in tokens[i:] if t.start < end]
        if any(t.tag in _FUNCTION_TAGS or (t.end <= end and self.res.is_common_word(t.word) and len(t.word) > 1)
               for t in inside):
            return None
        m, last = self._person(doc, start, end, name, i + len(inside) - 1, glued=False)
        return replace(m, source="persons.post_bounded", score=0.7), last

    def _before_post(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """王某某 | 总理, 王某某 | 同志: a three-character word that reads as a Chinese name,
        right before a post or a title, is a name whatever jieba's dictionary tags it
        (its frequent words are no names: 张家口, 高新区)."""
        tokens = doc.tokens
        tok = tokens[i]
        if len(tok.word) != 3 or i + 1 >= len(tokens) or tokens[i + 1].start != tok.end:
            return None
        nxt = tokens[i + 1].word
        if not (nxt in self.roles or nxt in self.names.titles):
            return None
        freq, tag = self.res.jieba_words.get(tok.word, (0, ""))
        if tag and not tag.startswith(_NAMEABLE_DICT_TAGS):
            return None
        if not self.names.is_name(tok.word) or self._is_place(tok.word) \
                or self._starts_with_place(doc, tok.start, tok.end) or tok.word in self._department_words:
            return None      # (县 | 卫健委 | 副主任: a department's short name, a word of the tokenizer's, no name)
        return self._person(doc, tok.start, tok.end, tok.word, i)

    def _compound_surname_whole(self, doc: Doc, m: Mention) -> Mention:
        """欧阳[ns] | 斌[nr]: a compound surname read as the whole name, the given name jieba left a word
        of its own right after it (tagged a name, or one character that may end a name): the name is both."""
        if m.label != "Person" or m.canonical != doc.text[m.start:m.end] or m.canonical[:2] not in self._compound_surnames:
            return m
        index = TokenIndex.of(doc)
        i = index.by_start.get(m.end)
        if i is None:
            return m
        given = doc.tokens[i]
        if len(m.canonical) == 3:
            # 欧阳明 | 辉[nr]: the name's last character, which jieba gave a word of its own
            if len(given.word) != 1 or not given.tag.startswith("nr") or not is_han_char(given.word):
                return m
        elif len(m.canonical) != 2:
            return m
        elif not (1 <= len(given.word) <= 2 and all(is_han_char(c) for c in given.word)) \
                or given.word in self.roles or any(c in _NOT_IN_NAME for c in given.word) \
                or not (given.tag.startswith("nr") or (len(given.word) == 1 and given.tag not in _FUNCTION_TAGS)
                        # 局长欧阳 | 建平[n]: after a post, a given name jieba read as a word
                        or (self._after_post(doc.text, m.start) and given.word not in self.names.titles
                            and (given.tag.startswith("n")
                                 # 县长欧阳 | 立新[d]: or a rare word of any part but a verb's
                                 or (len(given.word) == 2 and not given.tag.startswith("v")
                                     and self.res.jieba_words.get(given.word, (0,))[0] < RARE_SURNAME_NOUN_FREQ)))):
            return m
        name = m.canonical + given.word
        return replace(m, end=given.end, text=doc.text[m.start:given.end], canonical=name, key=f"Person/{name}")

    def _before_comrade(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """钱 | 引安[v] | 同志: a surname and a given name of one or two characters right before 同志,
        whatever jieba tagged them (同志 follows the name of whom it addresses, no verb or adverb)."""
        tokens = doc.tokens
        tok, given = tokens[i], tokens[i + 1]
        pronoun = tok.tag == "r" and tok.word in self.names.common_surnames     # 任[r] | 建军 | 同志
        if tok.word not in self.names.surnames or (tok.tag in _FUNCTION_TAGS and not pronoun) \
                or not 1 <= len(given.word) <= 2 \
                or not all(is_han_char(c) for c in given.word) or any(c in _NOT_IN_NAME for c in given.word) \
                or given.word in self.roles or given.word in self.names.titles:
            return None
        name = tok.word + given.word
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name):
            return None
        return self._person(doc, tok.start, given.end, name, i + 1)

    def _cut_before_post(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """李铁 | 辰 | 校长: a name jieba tagged, one more character and a post or title right
        after them are a name of three that jieba cut."""
        tokens = doc.tokens
        tok = tokens[i]
        if not (len(tok.word) == 2 and i + 2 < len(tokens) and len(tokens[i + 1].word) == 1
                and is_han_char(tokens[i + 1].word)
                and ((tokens[i + 1].word not in _NOT_IN_NAME and tokens[i + 1].tag not in ("p", "c", "u", "uj", "d", "v"))
                     or tokens[i + 1].word == "之"      # 李培 | 之 | 同志 (龚育之: 之 ends names)
                     or (tokens[i + 2].word == COMRADE and tokens[i + 1].word not in _NOT_IN_NAME))
                #    (惠进 | 才[d] | 同志: no adverb stands before 同志, a name's last character does)
                and (tokens[i + 2].word in self.roles or tokens[i + 2].word in self.names.titles)):
            return None
        name = tok.word + tokens[i + 1].word
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) or name in self.res.jieba_words \
                or tokens[i + 1].word in self.names.surnames or tokens[i + 1].word in self.names.titles:
            return None
        return self._person(doc, tok.start, tokens[i + 1].end, name, i + 1)

    def _post_name_of_three(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """主席 | 王某 | 林 主持: after a post, two characters and one more before a stop or
        a speech verb are a three-character name that jieba cut (its dictionary knew the
        first two as a word)."""
        tokens = doc.tokens
        if i + 2 >= len(tokens):
            return None
        tok, nxt, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if len(tok.word) != 2 or len(nxt.word) != 1 or not is_han_char(nxt.word) or not is_han_char(tok.word[1]):
            return None
        titled = after.word in self.roles or after.word in self.names.titles   # 赵国 | 钧 | 少将
        # 副总理 | 刘国 | 中[f] | 19 | 日在某地出席: the day the holder acts on, after the name's last character
        dated = after.word.isdigit() and doc.text.startswith(_DAY, after.end) and nxt.tag == _DIRECTION_TAG
        # 书记 | 沈敬 | 之[u] | 主持: 之 before a stop, a title or the person's act ends the name (沈敬之, 龚育之);
        # as a particle it would lead a noun (局长李明之子)
        zhi_last = (nxt.word == _ZHI and (after.tag in ("x", "w") or titled or after.word.startswith(self._list_after_starts))) \
            or (nxt.word == _AND and after.word in _CLAUSE_STOPS)   # 副主席 | 王中 | 和 | ，: no conjunction ends a clause
        if not zhi_last and (nxt.word in _NOT_IN_NAME or nxt.word in self.names.glued_verbs or nxt.word in self.names.titles
                or nxt.word in self.roles or nxt.word in self.cues
                or (nxt.tag in _FUNCTION_TAGS and not (titled and nxt.tag == "q") and not dated
                    and not (nxt.tag == _NUMERAL_TAG and not is_cjk_numeral(nxt.word))
                    and not (nxt.word in _GIVEN_BUT_FUNCTION and after.word.startswith(self._list_after_starts)))
                or (nxt.tag.startswith("v") and after.word not in self.cues
                    and not (after.word == _LIST_MARK or (after.word == _COMMA and nxt.word not in self.names.glued_verbs))
                    and not after.word.startswith(self._list_after_starts))
                or nxt.word in self.names.final_stops):
            return None      # (a verb ends no name, but no verb ends a clause before 、 or a verb of the
            #                  person's act: 书记 | 王子 | 联 | 、, 主席 | 蓝天 | 立 | 主持, 指挥长 | 张家 | 胜 | 主持会议;
            #                  jieba tags 毫, 兆 numerals though they count nothing alone: 书记 | 某家 | 毫 | 出席)
        if not (after.tag in ("x", "w") or titled or dated or after.word.startswith(self._list_after_starts)
                or after.word in _HOME_WORDS):
            return None      # (党员 | 李德 | 福 | 家中: after a post or title, a home ends the name)
        name = tok.word + nxt.word
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) or self.res.is_common_word(name) \
                or name in self.res.jieba_words:
            return None
        return self._person(doc, tok.start, nxt.end, name, i + 1)

    def _post_name_into_word(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """主席 | 田某 | 利率 | 调研组: after a post, two characters jieba did not take for a name and a
        word of its dictionary that the name's last character and a verb glued to names make (利 |
        率: leads) are a three-character name and the verb. So is a surname alone before such a
        word (主任 | 李 | 明说: 李明 says), a name of two characters."""
        tokens = doc.tokens
        if i + 1 >= len(tokens):
            return None
        tok, nxt = tokens[i], tokens[i + 1]
        surname_alone = len(tok.word) == 1 and tok.word in self.names.surnames and (
            self.res.jieba_words.get(nxt.word, (0, ""))[1] == "v"
            and self.res.jieba_words[nxt.word][0] < _GLUED_VERB_FREQ)
        if not (len(tok.word) == 2 or surname_alone) or len(nxt.word) != 2 \
                or (tok.tag.startswith(NAME_TAGS) and not surname_alone) \
                or (nxt.word[1] not in self.names.glued_verbs and not (
                    len(tok.word) == 2 and tok.tag.startswith(_PROPER_TAGS)
                    and self._opens_a_word(doc.text, nxt.start + 1, nxt.end))) \
                or nxt.word[0] in self.names.glued_verbs \
                or nxt.word[0] in _NOT_IN_NAME or nxt.word[0] in self.names.titles \
                or not is_han_char(nxt.word[0]) or (nxt.word not in self.res.jieba_words and not (
                    tok.tag.startswith(_PROPER_TAGS) and nxt.word[1] in self.names.glued_verbs)):
            return None      # (副县长 | 张国[ns] | 平到[v]: a word of jieba's model, a name's end and 到)
        name = tok.word + nxt.word[0]
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) \
                or (name in self.res.jieba_words and not (
                    surname_alone and self.res.jieba_words[name][1].startswith(NAME_TAGS))):
            return None
        return self._person(doc, tok.start, nxt.start + 1, name, i + 1, glued=False)

    def _opens_a_word(self, text: str, at: int, past: int) -> bool:
        """The character at ``at`` and what follows it make a word of jieba's ending past ``past``, common
        enough to be read first (书记 | 吴国[ns] | 平实 | 地察看: 实地 察看, the name 吴国平)."""
        return any(self.res.jieba_words.get(text[at:at + n], (0, ""))[0] >= _GLUED_WORD_FREQ
                   for n in (2, 3) if at + n > past)

    def _name_before_speech(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """第一书记 | 罗文[nr] | 杰作 | 交流发言: after a post, a name of two and a word of jieba's that the
        name's last character and the 作 of a speech given make: a name of three, giving the speech."""
        tokens = doc.tokens
        if i + 1 >= len(tokens):
            return None
        tok, nxt = tokens[i], tokens[i + 1]
        if len(tok.word) != 2 or not tok.tag.startswith(NAME_TAGS) or len(nxt.word) != 2 \
                or not is_han_char(nxt.word[0]) or nxt.word[0] in _NOT_IN_NAME \
                or not _DELIVERED.match(doc.text, nxt.start + 1):
            return None
        name = tok.word + nxt.word[0]
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) or name in self.res.jieba_words:
            return None
        return self._person(doc, tok.start, nxt.start + 1, name, i + 1, glued=False)

    def _ceremony_for(self, doc: Doc, at: int) -> bool:
        """A verb of a ceremony done for someone (颁奖, 揭牌: ``for_ceremony_verbs.txt``) closes the clause
        from ``at`` on."""
        text = doc.text
        stop = min((k for k in (text.find(c, at) for c in "，。；！？\n") if k >= 0), default=len(text))
        return any(text.find(v, at, stop) >= 0 for v in self._for_ceremony)

    def _post_name_before_for(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """县长 | 陈宝 | 华为 | 总医院 | 揭牌, 校长 | 王志 | 成为 | 学生 | 颁奖: after a post, two characters
        and a word of jieba's that the name's last character and 为 make are a three-character name
        and 为, when a verb of a ceremony done for someone (``data/for_ceremony_verbs.txt``) closes
        the clause."""
        tokens, text = doc.tokens, doc.text
        if i + 1 >= len(tokens):
            return None
        tok, nxt = tokens[i], tokens[i + 1]
        if len(tok.word) != 2 or len(nxt.word) != 2 or nxt.word[1] != FOR or not is_han_char(nxt.word[0]) \
                or nxt.word[0] in _NOT_IN_NAME or not all(map(is_han_char, tok.word)):
            return None
        stop = min((k for k in (text.find(c, nxt.end) for c in "，。；！？\n") if k >= 0), default=len(text))
        if not any(text.find(v, nxt.end, stop) >= 0 for v in self._for_ceremony):
            return None
        name = tok.word + nxt.word[0]
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) or name in self.res.jieba_words:
            return None
        return self._person(doc, tok.start, nxt.start + 1, name, i + 1, glued=False)

    def _post_name_acting_for(self, doc: Doc, i: int) -> tuple[Mention, int] | None:
        """省长 | 吴晓 | 军代表 | 省人民政府 | 作…报告: after a post, two characters and a word of jieba's that
        the name's last character and 代表 make (军代表, 党代表), before what the person speaks for, are a
        three-character name and the verb of acting on a body's behalf."""
        tokens = doc.tokens
        if i + 2 >= len(tokens):
            return None
        tok, nxt = tokens[i], tokens[i + 1]
        if len(tok.word) != 2 or len(nxt.word) != 3 or not nxt.word.endswith(ACTS_FOR) \
                or nxt.word[0] in _NOT_IN_NAME or not is_han_char(nxt.word[0]) \
                or not all(map(is_han_char, tok.word)) or tokens[i + 2].tag not in _GOVERNED_TAGS:
            return None
        name = tok.word + nxt.word[0]
        if not self.names.is_chinese(name, vouched=2) or self._is_place(name) or name in self.res.jieba_words:
            return None
        return self._person(doc, tok.start, nxt.start + 1, name, i + 1, glued=False)

    def _appointed_before(self, doc: Doc, tokens, i: int) -> bool:
        """任命甲为某局局长，乙为…: a list mark before the token, and a verb of appointing then 为 earlier in its
        sentence (the items after the first leave the verb out)."""
        if tokens[i - 1].word not in _ELLIPSIS_MARKS:
            return False
        start = max(doc.text.rfind(c, 0, tokens[i].start) for c in _SENTENCE_ENDS) + 1
        before = doc.text[start:tokens[i - 1].start]
        at = max((before.rfind(w) for w in self.appointing), default=-1)
        return at >= 0 and APPOINTED_AS in before[at:]

    def _person(self, doc: Doc, start: int, end: int, name: str, last: int, *, title: str | None = None,
                glued: bool = True) -> tuple[Mention, int]:
        tokens = doc.tokens
        attrs: list[tuple[str, str]] = []
        if glued and title is None and last + 1 < len(tokens):
            nxt = tokens[last + 1]
            if nxt.start == end and (nxt.word in self.roles or nxt.word in self.names.titles_after) \
                    and not (nxt.word in CREDIT_ROLES and doc.text[nxt.end:nxt.end + 1] in _CREDIT_MARKS) \
                    and not (nxt.word == _ON_BEHALF and _SPEAKS_FOR.match(doc.text, nxt.end)):
                title, end, last = nxt.word, nxt.end, last + 1       # 习近平 | 总书记
        if title is not None:
            attrs.append(("title", title))
            if title in self.roles:
                attrs.append(("role", title))
        m = doc.mention(start, end, "Person", name, f"Person/{name}", tuple(attrs))
        return m, last


# a verb of holding jieba glues to the post after it (任组长, 兼组长)
_HOLDING_GLUED = frozenset({"任", "兼", "兼任", "担任"})
_LEVEL_WORDS_OF_POSTS = frozenset({"自治区", "自治州", "省", "市", "县", "区", "州", "旗", "镇", "乡"})


# what people write or call a leader by (市长热线, 区长信箱, 市长公开电话, 书记接待日): channels, after a post's word
_CHANNELS_AFTER = ("热线", "信箱", "公开电话", "专线", "接待日", "接访日", "留言板", "邮箱")


class RoleRecognizer:
    """Posts, by themselves (第一书记) or glued to an organisation's head (市委书记)."""

    def __init__(self, resources: Resources):
        names = resources.lexicon.names
        self.roles = names.roles
        self.suffixes = names.org_suffixes
        self.lengths = sorted({len(r) for r in self.roles}, reverse=True)
        self._ends = frozenset(r[-1] for r in self.roles)

    def __call__(self, doc: Doc) -> list[Mention]:
        text, tokens = doc.text, doc.tokens
        out: list[Mention] = []
        # (only the tokens whose word ends in a post's last character: the test made in C)
        for tok in compress(tokens, map(self._ends.__contains__, map(_LAST_CHAR, map(TOKEN_WORD, tokens)))):
            e = tok.end
            if text.startswith(_CHANNELS_AFTER, e):
                continue      # 市长热线, 区长信箱, 书记接待日: a channel named after the post, no post held
            for length in self.lengths:
                s = e - length
                if s < 0 or text[s:e] not in self.roles:
                    continue
                if s in doc.token_starts:
                    out.append(self._role(doc, s, e, text[s:e]))
                    if length == 2 and text[s] in self.suffixes:
                        out.append(self._role(doc, s + 1, e, text[s:e]))   # 农林部 | 长, if the name takes 部
                    break
                split = glued_role_split(tok.word, self.roles, self.suffixes)
                if split:
                    cut, role = split
                    out.append(self._role(doc, tok.start + cut, e, role))
                elif s + 1 == tok.start and text[s] in LEVEL_ENDS and s + 1 in doc.token_ends \
                        and text[s + 1:e] not in self.roles:
                    # 某某市 | 长: jieba gave 市 to the place (not 某某县 | 人大代表: a post whole after the place)
                    out.append(self._role(doc, s, e, text[s:e]))
                elif text[tok.start:s] in _OWN_MEDIA:
                    out.append(self._role(doc, s, e, text[s:e]))      # 本报 | 记者
                elif text[tok.start:s] in _HOLDING_GLUED:
                    out.append(self._role(doc, s, e, text[s:e]))      # 赵某 | 任组长 (jieba: one word)
                elif (cut := next((k for k in range(s + 1, e - 1) if k in doc.token_ends), None)) is not None \
                        and text[s:cut] in _LEVEL_WORDS_OF_POSTS and cut in doc.token_starts:
                    # 宁夏回族自治区 | 副主席: the post of a region's level (自治区副主席), its level word read
                    # with the place's name
                    out.append(self._role(doc, cut, e, text[s:e]))
                else:
                    continue      # (a shorter post that starts where a word does may still be read)
                break
        return out

    def _role(self, doc: Doc, start: int, end: int, role: str) -> Mention:
        return doc.mention(start, end, "Role", role, f"Role/{role}", (("role", role),))


def link_posts(mentions: list[Mention], roles: dict[str, bool], text: str = "",
               memberships: frozenset[str] = frozenset(), holding: tuple[str, ...] = (),
               removing: tuple[str, ...] = (), career: tuple[str, ...] = ()) -> list[Mention]:
    """Attach posts to organisations and persons to posts, among selected mentions.

    ``mentions`` are sorted and do not overlap (after :func:`select_spans`). A Role
    right after an organisation gets ``org_key`` and, for posts named with their
    organisation's head, a canonical name that keeps it (副书记 after 云峰村党支部
    -> 党支部副书记; 书记 after the short form 县委 -> 县委书记). A Person right after
    a Role, or with a post glued after the name, gets the post.

    A seat of a body (``memberships``: 委员, 党组成员) or a post written with its body
    (县委秘书长) that no name holds is marked ``unheld`` and makes no node
    (:func:`kg.entities.resolve_entities`): 全体委员 and 县政协委员与……座谈 stand for the members
    as a group, 市委秘书长、市农委主任等陪同 for people the text does not name.
    """
    out = list(mentions)
    unnamed: set[int] = set()      # reporters with no name after them: 记者从某地获悉 names nobody
    for idx, m in enumerate(out):
        if m.label == "Role" and _seat_or_body_post(out, idx, roles, memberships) \
                and not _held(out, idx, text, holding, removing) and not _in_career(out, idx, text, holding, career):
            # still a post in the text (kg tag tags it), but no node: the graph's Role is a post someone holds
            out[idx] = replace(m, attrs=_set(m.attrs, unheld="1"))
    for idx, m in enumerate(out):
        if m.label == "Role" and m.canonical in _BYLINE_ROLES:
            nxt = out[idx + 1] if idx + 1 < len(out) else None
            if nxt is None or nxt.label != "Person" or nxt.start - m.end > 2:
                unnamed.add(idx)
        if m.label == "Role":
            prev = out[idx - 1] if idx > 0 else None
            if prev is not None and prev.label in ORG_CLASSES and prev.end == m.start:
                role = m.attr("role") or m.canonical
                canonical = role
                if roles.get(role):
                    head = prev.attr("post_head") or prev.attr("head") or ""
                    if (level := prev.attr("level")) and prev.canonical[len(prev.attr("prefix") or "") + len(level):] \
                            in (head, prev.attr("head")):
                        head = prev.canonical   # 县委 | 书记: 县委书记 (民革市委会 | 主委); 某局党组 | 书记 a 党组书记
                    if not role.startswith(head) and 1 < len(head) <= MAX_POST_HEAD and not head.endswith(_NO_POST_HEADS):
                        canonical = head + role     # (a head of one character names no post: 中央军委 | 主席;
                        #   a department's long name or 委员会 neither: 县发展和改革委员会 | 主任 is a 主任)
                attrs = _set(m.attrs, role=role, org_key=prev.key, org_start=str(prev.start),
                             org_end=str(prev.end))
                out[idx] = m = replace(m, canonical=canonical, key=f"Role/{canonical}", attrs=attrs)
            nxt = out[idx + 1] if idx + 1 < len(out) else None
            if nxt is not None and nxt.label == "Person" and post_ends_before(text, nxt.start) == m.end \
                    and not nxt.attr("role_key"):
                extra = {"role": m.canonical, "role_key": m.key}
                for k in ("org_key", "org_start", "org_end"):
                    if got := m.attr(k):
                        extra[k] = got
                out[idx + 1] = replace(nxt, attrs=_set(nxt.attrs, **extra))
        elif m.label == "Person" and m.attr("role") and not m.attr("role_key"):
            role = m.attr("role", "")
            out[idx] = replace(m, attrs=_set(m.attrs, role_key=f"Role/{role}"))
    return [m for idx, m in enumerate(out) if idx not in unnamed]


def takes_post(gap: str, holding: tuple[str, ...]) -> bool:
    """The words between a name and the post it takes: 为 (任命某某为…), or a verb of holding
    (``holding_verbs.txt``: 任, 担任), 同志 or a note in brackets before it (某某同志任…, 某某（女，彝族）
    当选为…)."""
    note = PERSON_NOTE.match(gap)
    gap = gap[note.end():] if note is not None else gap
    votes = _BY_VOTES.match(gap)
    gap = gap[votes.end():] if votes is not None else gap     # (某某以226票当选为…: the votes, then the verb)
    for party in THE_PARTY:
        # (某某任中共某市某区委书记: the recogniser reads 某区委 and the places before it; the Party's name is left)
        gap = gap.removesuffix(party)
    return gap == APPOINTED_AS or gap.removeprefix(COMRADE) in holding


def _in_career(mentions: list[Mention], idx: int, text: str, holding: tuple[str, ...],
               career: tuple[str, ...]) -> bool:
    """某某历任甲县委副书记、县长，乙市委书记 (after a verb of a career: ``career_verbs.txt``), 某某，男，…，
    2017年2月任某县委书记 (after a verb of holding opening a clause): a post of the career of the name the
    sentence (a résumé: its paragraph) names before the verb, nothing but bodies, places, posts, list
    marks and a few words no mention covers (统战部) between the verb and the post."""
    if not career:
        return False
    start = mentions[idx].start
    floor = max(start - MAX_CAREER_REACH, 0)
    verb_end, opening = -1, False
    for v in career:
        at = text.rfind(v, floor, start)
        if at >= 0 and at + len(v) > verb_end:
            verb_end = at + len(v)
            # (a clause the verb opens, after a pronoun at most: 他曾任…, ⏎历任…: a career told on)
            before = text[max(at - 1, 0):at]
            opening = at == 0 or before in _CAREER_OPENING or (
                before in HE_OR_SHE and text[at - 2:at - 1] in _CAREER_OPENING + ("",))
    for hit in _clause_holding(holding).finditer(text, floor, start):
        if hit.end() > verb_end:
            verb_end = hit.end()
            # (曾任…，2020年6月任…: a clause of the career its paragraph tells on)
            paragraph = text.rfind(_PARAGRAPH_END, 0, hit.start()) + 1
            opening = any(v in text[paragraph:hit.start()] for v in career)
    if verb_end < 0 or any(c in _SENTENCE_ENDS for c in text[verb_end:start]):
        return False
    plain = 0
    at = verb_end
    for m in mentions:
        if m.end <= verb_end:
            continue
        if m.start >= start:
            break
        if m.label != "Role" and m.label not in _BODY_OR_PLACE_CLASSES:
            return False
        plain += len(text[at:m.start].strip(_CAREER_JOINS))
        at = m.end
    plain += len(text[at:start].strip(_CAREER_JOINS))
    if plain > _MAX_TITLE_GAP:
        return False
    # the name whose career it is: before the verb in its paragraph (某某同志…参加工作。历任…), or in a
    # paragraph before, the verb opening its clause (某某，男，汉族，…。⏎曾任…)
    return any(m.end <= verb_end and m.label == "Person" and (
        _PARAGRAPH_END not in text[m.end:verb_end]
        or opening and text.count(_PARAGRAPH_END, m.end, verb_end) <= MAX_CAREER_PARAGRAPHS) for m in mentions)


MAX_CAREER_REACH = 80     # characters from a verb of a career to a post it lists
MAX_CAREER_PARAGRAPHS = 2     # paragraphs after a name's that may tell its career on (their clauses opening with 曾任)
_CAREER_OPENING = ("，", "。", "；", "\n")
HE_OR_SHE = ("他", "她")     # a pronoun for the name a career is of (他曾任…)
_CAREER_JOINS = "、，"
# the time a clause of a career opens with (2017年2月, 1988年至1993年)
_CAREER_TIME = r"[0-9０-９一二三四五六七八九十〇零]{2,4}年(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?"


@lru_cache(maxsize=4)
def _clause_holding(holding: tuple[str, ...]) -> re.Pattern:
    """A verb of holding opening a clause, after a time at most (，2017年2月任…, ，挂职任…)."""
    verbs = "|".join(re.escape(v) for v in sorted(holding, key=len, reverse=True) if v != _HOLDS)
    return re.compile(rf"[，；。](?:{_CAREER_TIME}(?:[至到—-]{_CAREER_TIME})?(?:起|以来|后)?，?)?"
                      rf"(?:{verbs}|{_HOLDS}(?![务何意期性命免职]))")


_HOLDS = "任"
_PARAGRAPH_END = "\n"


def _seat_or_body_post(mentions: list[Mention], idx: int, roles: dict[str, bool], memberships: frozenset[str]) -> bool:
    role = mentions[idx].attr("role") or mentions[idx].canonical
    if role in memberships:
        return True
    prev = mentions[idx - 1] if idx else None
    return bool(roles.get(role)) and prev is not None and prev.label in ORG_CLASSES and prev.end == mentions[idx].start


def listed_under(text: str, start: int, verbs: tuple[str, ...]) -> bool:
    """The line that opens at ``start`` is an item of a list of appointments headed by one of ``verbs``
    (任命：| 某某为某局局长；| 某某为…；, 免去：| 某某的…职务；): the nearest heading above it, over
    items only, is one of them (the heading is the verb alone, ended by a colon)."""
    if start and text[start - 1] != "\n":
        return False
    end = start - 1
    for _ in range(MAX_LISTED_APPOINTMENTS):
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line.endswith(POST_COLONS):
            # (the heading may close a paragraph that told of the session: …会议闭幕。会议决定任命：)
            heading = line[max(line.rfind(p) for p in _HEADING_AFTER) + 1:]
            return heading.rstrip("".join(POST_COLONS)).endswith(verbs) and len(heading) <= MAX_HEADING
        if not line.endswith(_ITEM_ENDS) or line_start == 0:
            return False
        end = line_start - 1
    return False


def _held(mentions: list[Mention], idx: int, text: str, holding: tuple[str, ...] = (),
          removing: tuple[str, ...] = ()) -> bool:
    """Whether a name holds the post at ``idx``: glued before it (张三委员), before its body and
    为 (任命张三为某局局长), or after it at the end of a chain of titles (省委常委、宣传部部长某某,
    系主任、副教授某某); or held it until a removal (免去张三的某局局长职务)."""
    m = mentions[idx]
    if idx and mentions[idx - 1].label == "Person" and mentions[idx - 1].end == m.start:
        return True
    # the bodies and places written before the post, each right after the one before (某市 | 某区委 | 常委)
    k = idx
    while k and mentions[k - 1].end == mentions[k].start and mentions[k - 1].label in _BODY_OR_PLACE_CLASSES:
        k -= 1
    if k < idx and k and mentions[k - 1].label == "Person":
        person = mentions[k - 1]
        gap = text[person.end:mentions[k].start]
        if takes_post(gap, holding):
            return True     # 任命某某为某局局长, 某某同志任某市某县委书记: the post the name is appointed to
        if removing and (text.endswith(removing, 0, person.start) or listed_under(text, person.start, removing)) \
                and gap in _REMOVED_GAPS:
            return True     # 免去某某(同志)的某局局长职务 (or 免去：| 某某的…职务): the post the name held
        if gap.removeprefix(COMRADE) in NO_LONGER:
            return True     # 某某同志不再担任某省委书记职务: held until now
        if gap in NOTE_OPENS and text[m.end:m.end + 1] in NOTE_CLOSES:
            return True     # 岑某（某镇党委书记）: an award list's or a speakers' list's post of the name
    if removing and text.endswith(tuple(v + _THEM for v in removing), 0, mentions[k].start):
        return True         # 某某同志任…，免去其某局主任职务: held until the removal, by the person named before
    if text.endswith(PRESENT_POSTS, 0, mentions[k].start) and any(
            p.label == "Person" and (not any(c in _SENTENCE_ENDS for c in text[p.end:mentions[k].start])
                                     or (text.startswith(_RESUME_OPENINGS, p.end)
                                         and "\n" not in text[p.end:mentions[k].start]))
            for p in mentions[:k]):
        return True         # 某某，男，…，现任某区委常委: a resume's present post, of the name it opens with
    if k and mentions[k - 1].label == "Role" and text[mentions[k - 1].end:mentions[k].start] == _LIST_MARK \
            and _held(mentions, k - 1, text, holding, removing):
        return True         # 某某任某区委常委、组织部部长: a post listed after one the name takes
    for nxt in mentions[idx + 1:]:
        gap = text[m.end:nxt.start]
        if nxt.label == "Person" and post_ends_before(text, nxt.start) == m.end:
            return True     # 县委副书记、县长：某某 (a list of leaders: each post, a colon, its holder; 副县长（挂职）某某)
        # titles of a chain may hold words that are no mention (宣传部 | 部长); a clause's end or a
        # long stretch of words ends the chain
        # (某委副主任，某局局长某某; 市委常委，宣传部部长某某: a comma, then the words of a bare body at most)
        chained = gap[:1] in CHAIN_COMMAS and all(is_han_char(c) for c in gap[1:]) and m.label == "Role" \
            and nxt.label != "Person"
        if len(gap) > (_MAX_LISTED_GAP if gap.startswith(_LIST_MARK) else _MAX_TITLE_GAP) \
                or (any(c in _CLAUSE_STOPS for c in gap) and not chained):
            return False     # (某委副主任，某局局长某某: a comma right after a post goes on with the chain)
        if nxt.label == "Person":
            return True
        m = nxt
    return False


def _crop_grown(text: str, m: Mention) -> bool:
    """种植 | 白茶[nr], 栽种 | 雷竹, 套种 | 贝贝南瓜: a name ending in a crop's character right after a verb of
    growing is the crop grown, not a person."""
    return len(m.canonical) in (2, 4) and m.canonical[-1] in _CROP_ENDS and text.endswith(_GROWING, 0, m.start)


def _isle_after_place(doc: Doc, m: Mention) -> bool:
    """温州市鹿城区 | 江心屿: a name ending in 屿 or 岛 right after a place is an islet of that place
    (jieba tags some of them names), not a person."""
    if m.canonical[-1:] not in _ISLES:
        return False
    places = cast("list[Mention] | None", doc.memo.get("places")) or ()
    return any(p.end == m.start for p in places)


def _level_word_last(doc: Doc, m: Mention) -> bool:
    """孟定 | 镇 (jieba: 孟定[nr]): a name of three whose last character is a level word standing as a word
    of its own is a township's or county's name, not a person's."""
    return len(m.canonical) == 3 and m.end - m.start == 3 and m.canonical[-1] in LEVEL_ENDS \
        and m.end - 1 in doc.token_starts


_COUNT_WORDS = re.compile("[万千百亿][余多]?[名人位个]")   # what follows a number as its unit and measure word


def _counted(text: str, m: Mention) -> bool:
    """那张小巧的门票, 这台 | 机器, 4.1 | 万余名: a demonstrative or a number before a surname that is also a
    measure word or a number's unit (张, 台, 支, 万 …) counts a thing; no person (a name in full with its post is kept:
    the post follows the name and the span is longer than a counted noun phrase's)."""
    before = text[m.start - 1:m.start]
    if before.isdigit() and _COUNT_WORDS.match(m.canonical):
        return True     # 1.2 | 万余名 | 网格员: a count, though a title follows it
    return ((before in _COUNTERS and m.text[:1] in _MEASURE_SURNAMES)
            or (before.isdigit() and m.text[:1] in _COUNT_SURNAMES)) and not m.attr("role")   # (4.1 | 万余名)


def _verb_to_place(tokens: list[Token], i: int) -> bool:
    """来 | 辽 | 考察, 到 | 沪: a verb (a surname too) before a place's one-character abbreviation."""
    return (tokens[i].tag.startswith("v") and i + 1 < len(tokens) and len(tokens[i + 1].word) == 1
            and tokens[i + 1].tag.startswith("ns"))


def _set(attrs: tuple[tuple[str, str], ...], **values: str) -> tuple[tuple[str, str], ...]:
    d = dict(attrs)
    d.update(values)
    return tuple(sorted(d.items()))


# 兰白 | 国家自主创新示范区, 长株潭 | 城市群: a region named by its places' abbreviations (region_heads.txt)
_REGION_HEADS = tuple(sorted(read_list("region_heads.txt"), key=len, reverse=True))
_COUNTERS = frozenset("这那哪每一两几半")    # before a measure word: 那张, 一台, 每支
_MEASURE_SURNAMES = frozenset("张台支门项幅封朵")  # surnames that are also measure words
_CLAUSE_STOPS = frozenset("，。；：！？,;:!?\n （）()“”\"《》【】")
_MAX_TITLE_GAP = 8    # characters of a chain of titles that are no mention (宣传部, 自治区)
# after 、 a body no recogniser marked may be longer (州委书记、州理论学习中心组组长某某): the 、 and the
# ten characters the post reader takes between a 、 and a post (kg.relations.posts.MAX_BODY_GAP)
_MAX_LISTED_GAP = 11


_CLAUSE_RE = re.compile("[^%s]+" % re.escape("".join(sorted(_CLAUSE_STOPS))))


def _clauses(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the stretches of ``text`` between punctuation other than 、."""
    return [m.span() for m in _CLAUSE_RE.finditer(text)]


def _split_dots(name: str) -> list[str]:
    for dot in NAME_DOTS:
        name = name.replace(dot, " ")
    return name.split(" ")


def _in_slogan(text: str, m: Mention) -> bool:
    """“荆楚有我”, “福见福州”: a short quoted phrase (a slogan, a programme's title) of which the name is a part
    only, jieba's model having guessed a name in it; a quoted name alone (“张桂梅”) stays."""
    opened = text.rfind("“", max(0, m.start - MAX_SLOGAN), m.start + 1)
    if opened < 0 or "”" in text[opened:m.end]:
        return False
    closed = text.find("”", m.end, opened + MAX_SLOGAN + 2)
    return closed >= 0 and (opened + 1, closed) != (m.start, m.end)


def _inside_places(doc: Doc) -> set[int]:
    """Where a name may not start: inside a township's or village's name the article writes anywhere
    (临泉县后李村 … 派驻到后李村任第一书记: 李 | 村任 is the village's end and the verb, no person)."""
    places = [*(cast("list[Mention] | None", doc.memo.get("places")) or ()),
              *(cast("list[Mention] | None", doc.memo.get("divisions")) or ())]
    text, inside = doc.text, set()
    for name in {m.text for m in places if len(m.text) >= MIN_PLACE_INSIDE and m.label in _LOCAL_PLACE_CLASSES}:
        k = text.find(name)
        while k >= 0:
            inside.update(range(k + 1, k + len(name)))
            k = text.find(name, k + 1)
    return inside


_LOCAL_PLACE_CLASSES = frozenset({"Township", "Village", "Community"})
