"""Organisations, persons, posts and places: tables of (sentence, what must be found)."""
from __future__ import annotations

import pytest

from kg.read import article_from_text


@pytest.fixture(scope="module")
def extract(extractor):
    cache = {}

    def run(*paragraphs: str):
        if paragraphs not in cache:
            cache[paragraphs] = extractor(article_from_text("t", list(paragraphs)))
        return cache[paragraphs]

    return run


def nodes(extraction) -> dict[str, str]:
    """label -> class of every entity the article has."""
    return {e.label: e.type for e in extraction.entities.entities.values()}


def located(extraction) -> dict[str, str]:
    ents = extraction.entities.entities
    return {ents[c].label: (ents[p].label if p in ents else p) for c, p in extraction.entities.parents.items()
            if c in ents}


# -- organisations ------------------------------------------------------------------
ORGS = [  # sentence, name, class, the place it is located in (None: no place in its name)
    # a city's housing bureau named with its own fields (住房和建设, 住房保障和房产)
    ("深圳市住房和建设局、南京市住房保障和房产局相关负责人参加会议。", "南京市住房保障和房产局", "GovernmentBody", "南京市"),
    # a company's trade name jieba tags oddly (五 | 得利, 荃, 天 | 山铝业): the name opens at the place or a verb
    ("河北五得利面粉集团有限公司投资建设。", "河北五得利面粉集团有限公司", "Company", "河北省"),
    ("随后考察了天山铝业集团股份有限公司。", "天山铝业集团股份有限公司", "Company", None),
    # the central bank named without the country, and its branches: a government body, no company
    ("人民银行疏附县支行发放再贷款3亿元。", "人民银行疏附县支行", "GovernmentBody", "疏附县"),
    # a charity's federation (某省慈善总会)
    ("福建省慈善总会第五次会员代表大会召开。", "福建省慈善总会", "Organization", "福建省"),
    # a centre for disease control named in full (jieba: 疾病 | 预防 | 控制中心)
    ("北京市疾病预防控制中心副主任刘晓峰通报了有关情况。", "北京市疾病预防控制中心", "Organization", "北京市"),
    ("首都师范大学突出加强政治建设。", "首都师范大学", "University", None),
    ("小天鹅集团今年销售额增长。", "小天鹅集团", "Company", None),   # one word of jieba's, its stem a name
    ("太原理工大学提出，要坚决贯彻中央决策部署。", "太原理工大学", "University", "太原市"),
    ("山西省水利厅的一名包村工作队长说。", "山西省水利厅", "GovernmentBody", "山西省"),
    ("呼和浩特市政府探索中小学校营养餐配送试点工作。", "呼和浩特市政府", "GovernmentBody", "呼和浩特市"),
    ("作为帮扶单位，长治中医院及时组织集中学习。", "长治中医院", "Hospital", "长治市"),
    ("9月11日，内蒙古自治区党委制定印发实施方案。", "内蒙古自治区党委", "PartyOrganization", "内蒙古自治区"),
    ("阿拉善右旗阿日毛道嘎查党支部副书记侍歌说。", "阿日毛道嘎查党支部", "PartyOrganization", "阿日毛道嘎查"),
    ("目前新华小学等9所学校已先行试点。", "新华小学", "School", None),
    ("当地组建党员志愿服务队，帮助困难群众。", "党员志愿服务队", "Organization", None),
    ("支持浙江安竹家居有限公司等龙头企业开发竹制品。", "浙江安竹家居有限公司", "Company", "浙江省"),
    ("国务院残疾人工作协调委员会召开会议。", "国务院残疾人工作协调委员会", "GovernmentBody", None),
    ("青岛海牛队和广州松日队的雨中之战。", "青岛海牛队", "Organization", "青岛市"),
    ("南方科技大学与企业合作。", "南方科技大学", "University", None),
    ("兰考县人民医院开展义诊。", "兰考县人民医院", "Hospital", "兰考县"),
    ("中共定西市委召开全会。", "中共定西市委", "PartyOrganization", "定西市"),
    ("大理州委书记杨绍华主持会议。", "大理州委", "PartyOrganization", "大理白族自治州"),
    ("美国财政部长鲁宾表示。", "美国财政部", "GovernmentBody", "美国"),
    # jieba's character model glues the head left after a known place to the next word (委在)
    ("记者日前从教育部有关部门了解到。", "教育部", "GovernmentBody", None),   # a ministry's stem is a common word
    ("郑州铁路分局月山车站位于河南。", "郑州铁路分局", "GovernmentBody", "郑州市"),  # a branch after a place and a stem
    ("兰考县委在会上说。", "兰考县委", "PartyOrganization", "兰考县"),
    ("兰考县政府在会上说。", "兰考县政府", "GovernmentBody", "兰考县"),
    # a department's stem whole (department_stems.txt), though jieba cut it into adjectives
    # (卫生 | 健康) or the stem holds 和 (住房 | 和 | 城乡 | 建设局)
    ("临江市卫生健康委员会召开会议。", "临江市卫生健康委员会", "GovernmentBody", "临江市"),
    ("吉林省住房和城乡建设厅印发通知。", "吉林省住房和城乡建设厅", "GovernmentBody", "吉林省"),
    ("临江市文化广播电视和旅游局召开会议。", "临江市文化广播电视和旅游局", "GovernmentBody", "临江市"),
    # a merged department's list of fields (department_stem_parts.txt), in any county's order
    ("临江市文化旅游广电体育局局长王强说。", "临江市文化旅游广电体育局", "GovernmentBody", "临江市"),
    ("临江市卫生健康和体育局召开会议。", "临江市卫生健康和体育局", "GovernmentBody", "临江市"),
    ("临江市文化旅游体育和广电局召开会议。", "临江市文化旅游体育和广电局", "GovernmentBody", "临江市"),
    # the works a company was registered from, in its name before the bracketed qualifier (厂 | （集团）)
    ("临江大学与吉林汾酒厂（集团）有限责任公司签署协议。", "吉林汾酒厂（集团）有限责任公司", "Company", "吉林省"),
    # a township whose level character jieba glued to its committee (平山 | 镇党委): the township's
    ("5月11日，平山镇党委召开理论学习中心组学习会。", "平山镇党委", "PartyOrganization", "平山镇"),
    # a company's registered name holds its city and its district
    ("深圳市南山区华强电子科技有限公司成立。", "深圳市南山区华强电子科技有限公司", "Company", "南山区"),
    ("烟台蓬莱国际机场有限公司总经理张涛介绍。", "烟台蓬莱国际机场有限公司", "Company", "蓬莱区"),
    # a unit of a place's government, its head a word of its own after the place (某市 | 政府 | 新闻办)
    ("4月21日，宜宾市政府新闻办召开新闻发布会。", "宜宾市政府新闻办", "GovernmentBody", "宜宾市"),
    # a democratic party's committee of the article's city (民革 | 市委 | 会: no CPC 市委), and its centre
    ("丽江市委召开党外人士座谈会。民革市委会主委陈丽发言。", "民革丽江市委会", "Organization", "丽江市"),
    ("民盟中央副主席李明出席。", "民盟中央", "Organization", None),
    # … and of a place named between the party and its committee (no CPC 省委 of the province)
    ("民盟浙江省委会主委郑立群率调研组赴丽水市调研。", "民盟浙江省委会", "Organization", "浙江省"),
    ("九三学社黑龙江省委会、台盟广西区委会负责人参加。", "台盟广西壮族自治区委会", "Organization", "广西壮族自治区"),
    # a group company's own Party group (集团公司党组)
    ("中国石油化工集团有限公司在北京召开会议。集团公司党组书记、董事长冯志远出席会议并讲话。",
     "中国石油化工集团有限公司党组", "PartyOrganization", None),
    # where deputies and members meet those they represent (人大代表联络站, 政协委员之家, 委员工作室)
    ("调研组来到宁乡市花明楼镇人大代表联络站。", "花明楼镇人大代表联络站", "Organization", "花明楼镇"),
    ("委员们在簇桥街道政协委员之家与群众面对面交流。", "簇桥街道政协委员之家", "Organization", "簇桥街道"),
    # the ethnic and religious affairs bodies written short (民宗委, 民宗厅); religious bodies named like commissions
    ("福建省召开会议。省民宗委主任陈刚、省民宗厅副厅长林海出席会议。", "福建省民宗委", "GovernmentBody", "福建省"),
    ("福建省基督教三自爱国运动委员会、中国天主教爱国会负责人参加座谈。", "中国天主教爱国会", "Organization", None),
    # a zone's administrative committee: bare in the chain of its head's posts (党工委副书记、管委会主任), or by
    # the zone's ending alone (开发区管委会) after the zone is named
    ("西咸新区党工委副书记、管委会主任韩东升出席会议并讲话。", "西咸新区管委会", "GovernmentBody", "陕西西咸新区"),
    ("记者从霍尔果斯经济开发区管委会获悉。开发区管委会副主任买合木提·吐尔逊介绍情况。", "霍尔果斯经济开发区管委会",
     "GovernmentBody", None),
    # the discipline commission and the supervisory commission as one: the Party's (纪委监委)
    ("柘城县纪委监委召开会议。", "柘城县纪委监委", "PartyOrganization", "柘城县"),
    # a committee's former officer (某县委原副书记): jieba's model reads 委原 as one word
    ("湘潭县委原副书记李明涉嫌严重违纪违法。", "湘潭县委", "PartyOrganization", "湘潭县"),
    ("长春市九台区委原书记孟庆军涉嫌严重违纪违法。", "九台区委", "PartyOrganization", "九台区"),
    # military commands: a prefecture's (某某军分区) and, written short, the province's (省军区)
    ("市委常委、潍坊军分区司令员张海涛出席会议。", "潍坊军分区", "Organization", "潍坊市"),
    ("四川省领导走访慰问驻川部队。省委常委、省军区政治委员赵立新参加慰问。", "四川省军区", "Organization", "四川省"),
    # (a committee named by what it does, after its body's name, keeps its verb)
    ("普拉蒂尼将出任国际足联执行委员会主席。", "国际足联执行委员会", "GovernmentBody", None),
    # a trade name jieba reads as a verb, between the place and the company's industry (兴发 | 化工集团)
    ("在湖北兴发化工集团股份有限公司，他察看了生产车间。", "湖北兴发化工集团股份有限公司", "Company", "湖北省"),
    # a trade jieba cut into an adjective and a noun (新 | 材料)
    ("安徽华谊新材料有限公司年产可降解材料5万吨。", "安徽华谊新材料有限公司", "Company", "安徽省"),
    # the Youth League's committees: 团市委 is 市团委, 共青团某市(第五届)委员会 its formal name
    ("临江市召开会议。团市委书记杨帆讲话。", "临江市团委", "Organization", "临江市"),
    ("共青团临江市第五届委员会作报告。", "临江市团委", "Organization", "临江市"),
]


@pytest.mark.parametrize("text,name,cls,place", ORGS)
def test_organisation_is_found_typed_and_located(extract, text, name, cls, place):
    ex = extract(text)
    assert nodes(ex).get(name) == cls
    assert located(ex).get(name) == place


NOT_ORGS = [  # sentence, a string that must not become a node
    ("新乡县七里营镇南王庄村党支部领办合作社。", "七里营镇南王庄村党支部领办合作社"),   # a branch leading a co-op
    ("肥乡区区长刘建平带队调研学校建设工作。", "建平带队调研学校"),   # a visit of schools, no school's name
    ("各县设置考点学校。", "设置考点学校"),
    # in the town, in the village (镇里, 村里) and a place organising (某旗组织…): no names
    ("九龙镇党委书记何建平说，镇里整合派出所、司法所等力量。", "九龙镇里整合派出所"),
    ("赤峰市翁牛特旗组织120台送水车为农牧民送水。", "翁牛特旗组织"),
    ("寿光市文化馆组织开展文艺培训。", "寿光市文化馆组织"),     # a body named, then its verb 组织
    ("在阿巴嘎旗别力古台镇，旗委书记额尔敦巴特尔带领工作组深入牧户家中。", "额尔敦巴特尔带领工作组"),
    # a preposition jieba's model glued to a company's first word (由国网) opens no name
    ("项目由国网新源控股有限公司投资。", "项目由国网新源控股有限公司"),
    # an address before a company (208号, 某某工业园, 厂院内) is no part of its name
    ("长兴路844号柯力传感科技股份公司", "号柯力传感科技股份公司"),
    ("塘雅镇顶塘工业园鑫龙水准仪器有限公司", "工业园鑫龙水准仪器有限公司"),
    ("加快建设区域性国际中心城市。", "建设区域性国际中心"),      # 中心 | 城市: a central city of planning
    ("努力建设国家中心城市。", "建设国家中心"),
    ("城阳区委理论学习中心组专题学习党的二十大精神。", "城阳区委理论学习中心组专题学习党"),   # 党的: the Party's
    ("院长王明带领医疗队赴某县开展义诊活动。", "王明带领医疗队"),    # a person, a verb, what they lead
    ("县长李强带领工作组深入一线。", "李强带领工作组"),
    ("应急管理部派出工作组赶赴泸定县。", "应急管理部派出工作组"),   # a body named whole sends a group
    ("团省委副书记周丽代表团省委致辞。", "周丽代表团"),    # 周丽 | 代表 | 团省委: on behalf of
    # 与 between a post's holder and a body (校长 | 某某 | 与 | 某某集团): no one name of the two
    ("临江大学校长宋宝安与牡丹集团总经理王莉代表双方签约。", "宋宝安与牡丹集团"),
    ("吉林省召开会议。团省委副书记周丽代表团省委致辞。", "吉林省委"),   # (团省委's 省委)
    # what is being built is a kind of body (新建 also a county's short name, mostly a word)
    ("大塘镇3所新建卫生院正式投入使用。", "新建卫生院"),
    ("全县5所新建学校已经开学。", "新建学校"),
    # a stem ending in a word of many bodies (collective_stems.txt): no one body's name
    ("全市基层党组织书记示范培训班在宜宾市委党校开班。", "全市基层党组织"),
    ("我市已累计培训基层党组织书记3000余人次。", "培训基层党组织"),
    ("泸州市人民政府办公室印发《促进民营经济发展的若干措施》（泸市府办发〔2023〕35号）。", "泸市府办"),   # inside a 文号
    ("全国各级党委要抓好落实。", "各级党委"),
    # a hospital's grade and a scope: a kind of hospital, many are
    ("兴国县人民医院成功创建三级综合医院。", "三级综合医院"),
    ("省卫健委公布全省三级医院评审结果。", "全省三级医院"),
    ("这所大学历史悠久。", "这所大学"),
    ("基层党组织要发挥作用。", "基层党组织"),
    ("迅速将第二批主题教育部署到基层。", "部署"),
    ("首都师范大学突出加强政治建设。", "首都"),
    ("城市保险公司大多不愿开展此类业务。", "保险公司"),
    ("新疆北部有小雨。", "新疆北部"),
    ("各地组建登山队。", "登山队"),
    ("印度政府已采取措施。", "印度政府"),
    ("据新华社莫斯科4月28日电", "新华社莫斯科"),       # a city ending in a head's character (科)
    ("中美两国有关公司今天签约。", "中美两国有关公司"),  # 有关 points at bodies, it names none
    ("日美两国中央银行当天干预。", "日美两国中央银行"),  # 两国: two countries, no body's name
    ("萧山区瓜沥镇党山关一村", "瓜沥镇党"),                # 党山: no head glued to a word
    ("黄淮中南部有小雨。", "中南部"),                      # a part of a region (nt in jieba)
    ("华北中南部、华南大部有雨。", "华南大部"),
    ("据统计，江油市共有农民专业合作社320家。", "江油市共有农民专业合作社"),   # what a place has
    ("宁都县公安局局长黄建带队检查了城区重点企业。", "黄建带队"),          # 带队 (leads) ends in 队
    ("湖南省举办非遗展，展览在湖南省博物馆展厅开幕。", "湖南省博物馆展厅"),   # a hall ends in 厅, no department
    ("会宁县交通运输局原党组书记、局长吴德明违规收受礼金。", "会宁县交通运输局原党组"),   # 原 (former) opens the post
    ("邵阳市召开会议，会议在邵阳市人大常委会会议厅举行。", "邵阳市人大常委会会议厅"),
    ("巡察组对县教育局等8个县直部门党组织开展巡察。", "部门党组织"),      # 部门 alone names no body
    ("黔西市今年新建改扩建中小学12所。", "改扩建中小学"),                  # schools of a kind, no school
    ("尤溪县以县医院为龙头，整合乡镇卫生院。", "尤溪县以县医院"),            # 以 | 县医院 (jieba: 以县)
    ("党员们在党群服务中心集中学习。", "党群服务中心"),            # a kind every village has: its place names it
    ("群众可到综合服务中心办理。", "综合服务中心"),
    ("会上，沈卫国代表省政府党组作对照检查。", "沈卫国代表省政府党组"),    # on behalf of the body: no part of its name
    ("区长王海峰来到东湖小学与师生座谈。", "王海峰来到东湖小学"),    # where a visit goes: no part of the school's name
    # kinds of school and hospital, none named (not_org_words.txt)
    ("全县公立医院、民办学校和乡村小规模学校均已完成改造。", "公立医院"),
    ("全县公立医院、民办学校和乡村小规模学校均已完成改造。", "乡村小规模学校"),
    ("州、县两级医院共派出医生20名。", "县两级医院"),
    # the Party a slogan's verb acts on (听党话、感党恩、跟党走): no party named
    ("要引导信教群众听党话、跟党走，引导广大青年听党话、感党恩。", "信教群众听党"),
    ("要引导信教群众听党话、跟党走，引导广大青年听党话、感党恩。", "广大青年听党"),
]


@pytest.mark.parametrize("text,bad", NOT_ORGS)
def test_not_an_organisation(extract, text, bad):
    assert bad not in nodes(extract(text))


SHORT_FORMS = [  # paragraphs, short form, the node it resolves to
    (("4月8日，安吉县召开会议。", "县委、县政府将在全县推广。"), "县委", "安吉县委"),
    (("安吉县人民政府与浙江农林大学共建研究院。", "县委、县政府将在全县推广。"), "县政府", "安吉县人民政府"),
    (("河南省人力资源和社会保障厅发布通知。", "省人社厅负责人介绍。"), "人社厅", "河南省人力资源和社会保障厅"),
    # a mass organisation written short by a character of each word (残联, 妇联)
    (("11月15日，江西省残疾人联合会第七次代表大会在南昌开幕。", "会议听取了省残联第六届主席团工作报告。"), "省残联",
     "江西省残疾人联合会"),
    (("1月21日，黑龙江省妇女联合会执委会议在哈尔滨召开。", "省妇联主席孙丽华作工作报告。"), "省妇联", "黑龙江省妇女联合会"),
    # 人大 is the people's congress: the short form is the body named in full
    (("湖北省第十四届人民代表大会第一次会议在武汉开幕。", "会议期间，省人大还将选举产生新一届领导人员。"), "省人大", "湖北省人民代表大会"),
    (("丰台区召开会议。", "区食品安全委员会开展检查。"), "区食品安全委员会", "丰台区食品安全委员会"),
    # a community's name ends in 区, but the 区 of a short form is the district's
    (("武侯区启动老旧小区改造。", "在玉林街道黉门街社区，新增停车位120个。", "区住建局相关负责人表示，年底前完工。"),
     "区住建局", "武侯区住建局"),
    # a county named only inside its Party committee's name: its province's short forms are its province's
    (("近日，省委第五巡视组向汝城县委反馈巡视情况。",), "省委第五巡视组", "湖南省委第五巡视组"),
    # places named as items of a list are several, none the one a short form after them is the body of
    (("十堰市召开全市推进大会。", "会上，郧阳区、丹江口市作交流发言。市人大常委会主任张维国出席会议。"),
     "市人大常委会", "十堰市人大常委会"),
    (("盐都区公安分局开展收网行动。", "民警在江苏省盐城市、浙江省温州市等地抓获嫌疑人。市公安局副局长张建军介绍案情。"),
     "市公安局", "盐城市公安局"),
    # a city holding something in another city (某市在某市举办): the other is a venue, not whose 市委 it is
    (("11月14日，赣州市在深圳举办投资环境推介会。市委书记吴忠琼出席并致辞。",), "市委", "赣州市委"),
    # a province's office for Taiwan affairs after Taiwan is named (来自台湾地区的…): the province's own
    (("6月14日，海峡两岸乡村融合发展论坛在三明市沙县区举办，来自台湾地区的200余位基层代表参加。",
      "本届论坛由省台办、三明市人民政府共同主办。"), "省台办", "福建省台办"),
    # an autonomous prefecture's committee written 州委 (the level written short: 凉山州, 某某自治州)
    (("5月25日，州委常委会召开会议，研究部署凉山州有关工作。",), "州委", "凉山彝族自治州委"),
    # 区党委 is an autonomous region's Party committee, though a district is named since (a district's is 区委)
    (("西藏自治区党委书记主持召开座谈会。", "在那曲市色尼区，区党委秘书长扎西次仁参加座谈。"), "区党委", "西藏自治区党委"),
    # 区委 after a special administrative region is named: a district's, not the region's
    (("4月1日，广州南沙开发区党工委召开扩大会议，研究部署粤港澳全面合作工作。", "广州市委常委、南沙区委书记卢建明主持会议。"),
     "南沙区委", "南沙区委"),
    # 县法院 is the county's 人民法院
    (("河南省滑县人民法院召开新闻发布会。", "副院长李红军表示，县法院将继续开展活动。"), "县法院", "滑县人民法院"),
    # the short form named first (a headline's), the body in full after it: one node, named in full
    (("县安委会召开全体会议", "沛县讯 4月12日，县安全生产委员会召开全体会议。"), "县安委会", "沛县安全生产委员会"),
    (("省防指部署防汛工作", "本报南昌讯 7月7日，江西省防汛抗旱指挥部召开会商会。"), "省防指", "江西省防汛抗旱指挥部"),
    (("河南省人社厅召开会议", "本报讯 3月2日，河南省人力资源和社会保障厅召开会议。"), "河南省人社厅", "河南省人力资源和社会保障厅"),
    (("河南省发改委召开会议", "本报讯 3月2日，河南省发展和改革委员会召开会议。"), "河南省发改委", "河南省发展和改革委员会"),
]


@pytest.mark.parametrize("paragraphs,short,full", SHORT_FORMS)
def test_short_form_resolves_to_the_body_of_the_place_named_before(extract, paragraphs, short, full):
    ex = extract(*paragraphs)
    ent = next((e for e in ex.entities.entities.values() if e.label == full), None)
    assert ent is not None, nodes(ex)
    assert any(short in alias for alias in ent.aliases | {ent.label})


def test_a_county_named_before_its_renaming_is_todays_county(extract):
    # 双流县 became 双流区 in 2016: an article of before names the county as it was then
    ex = extract("双流县委、县政府高度重视。")
    assert ex.entities.entities["adm/510116"].label == "双流区"
    assert "双流县" in ex.entities.entities["adm/510116"].aliases
    assert nodes(ex).get("双流县委") == "PartyOrganization"
    assert nodes(ex).get("双流县政府") == "GovernmentBody"     # the short form at the level as written
    assert located(ex).get("双流县政府") == "双流区"


def test_a_place_named_inside_a_body_after_a_short_form_of_it_has_its_node(extract):
    # the headline's 县委 is bound to the county named in the lead's 中共某县委: the county keeps its node
    ex = extract("县委理论学习中心组举行专题学习会", "4月18日，中共平阴县委理论学习中心组举行集体学习。")
    assert nodes(ex).get("平阴县") == "County"
    assert located(ex).get("中共平阴县委") == "平阴县"


def test_bodies_of_one_place_written_alike_but_other_are_two(extract):
    """省委 and 省纪委, 市公安局 and a 公安分局, a body and its part: none an abbreviation of the other."""
    labels = set(nodes(extract("河南省委、河南省纪委、河南省委组织部负责同志参加。河南省人大、河南省人大常委会。")))
    assert {"河南省委", "河南省纪委", "河南省委组织部", "河南省人大", "河南省人大常委会"} <= labels


def test_short_form_with_no_place_named_is_a_node_as_written(extract):
    # (a county's own news that never names the county: its 县委 and 县政府, one node each of this article's)
    ex = extract("县委、县政府高度重视。")
    assert {"县委": "PartyOrganization", "县政府": "GovernmentBody"}.items() <= nodes(ex).items()
    assert all(k.endswith("/t") for k, e in ex.entities.entities.items() if e.label in ("县委", "县政府"))


def test_short_form_after_an_ambiguous_place_is_no_places_body(extract):
    # 西湖区 is in 杭州 and in 南昌: with nothing to tell which, its body is named as written, of neither city
    found = nodes(extract("西湖区召开会议。", "区食品安全委员会开展检查。"))
    assert [label for label in found if "食品安全委员会" in label] == ["区食品安全委员会"]


# -- persons and posts --------------------------------------------------------------
PERSONS = [  # sentence, person, the post they hold (None: no post given)
    # the first named of a count of persons (王 | 立新[d] | 等150名; 陈立新, a surname and an adverb)
    ("大会授予王立新等150名同志劳动模范称号。", "王立新", None),
    ("表彰了陈立新等五位同志。", "陈立新", None),
    ("陈立新出席会议。", "陈立新", None),         # 出席会议: jieba's phrase opening with a verb of attending
    # a city's short name between a post and a verb of attending or speaking names the holder
    ("市委书记宁波出席会议并讲话。", "宁波", "市委书记"),
    ("黄山市委书记凌云出席签约仪式。", "凌云", "市委书记"),     # a county's short name jieba tags a name
    ("县委书记周宁表示，要抓好落实。", "周宁", "县委书记"),
    ("团省委副书记周丽代表团省委致辞。", "周丽", "省团委副书记"),
    ("院长王明带领医疗队赴某县开展义诊活动。", "王明", "院长"),
    ("塞内加尔总统萨勒以视频方式致辞。", "萨勒", "总统"),      # 萨勒以: jieba glued the preposition on
    ("丽江市委召开党外人士座谈会。民革市委会主委陈丽发言。", "陈丽", "民革市委会主委"),
    ("自治区党委常委、秘书长包钢，盟委书记王维平陪同调研。", "包钢", "秘书长"),   # not the steel company
    # a given name that is a word with a function character (为民), between a post and a verb of attending
    ("省委常委、秘书长穆为民参加会见。", "穆为民", "秘书长"),
    ("副县长张为民出席会议。", "张为民", "副县长"),
    # a name's last character jieba tags a direction before the day (刘国 | 中 | 19日), or reads with 到 (张国 | 平到)
    ("国务院副总理刘国中19日在北京出席会议。", "刘国中", "副总理"),
    ("副县长张国平到永汉镇调研森林防火工作。", "张国平", "副县长"),
    # a three-character post whose last character jieba reads with the surname after it (董事 | 长江 | 毅)
    ("公司董事长江毅表示，将加大投资。", "江毅", "董事长"),
    # a given name jieba knows as a name (向东[nr]) though it opens with a function character, after a post
    ("市委书记吕向东、市长王向阳出席。", "吕向东", "市委书记"),
    # the name's last character opening a word jieba reads first (吴国[ns] | 平实 | 地察看: 实地)
    ("市委书记吴国平实地察看河道治理情况。", "吴国平", "市委书记"),
    ("阿日毛道嘎查党支部副书记侍歌说。", "侍歌", "党支部副书记"),
    # a Tibetan name ending in 村 after a post is no village; a name of one element listed after it is a name
    ("副州长洛桑江村、其木格参加。", "洛桑江村", "副州长"),
    ("副州长洛桑江村、其木格参加。", "其木格", None),
    # a forest farm's head (场长)
    ("在丹江镇的雷山县国有林场，林场场长龙文彬介绍情况。", "龙文彬", "场长"),
    # the deputy heads of a section and the heads of a unit below it (副科长, 股长)
    ("县农业农村局财务科副科长王海林介绍。", "王海林", "副科长"),
    ("县委办公室综合股股长李雪介绍。", "李雪", "股长"),
    # a post taken up, then 的 and its holder (挂职副县长的某某, 担任第一书记的某某)
    ("华能集团派驻化隆县挂职副县长的赵宏亮汇报了工作。", "赵宏亮", "副县长"),
    ("在西南村担任第一书记的刘晓东说，要驻得下。", "刘晓东", "第一书记"),
    # a sub-district office's head is its 主任 (街道办事处 names no post with it)
    ("成都市武侯区玉林街道办事处主任刘涛受到党内警告处分。", "刘涛", "主任"),
    ("市委书记张敬涛召集县市主要负责同志。", "张敬涛", "市委书记"),
    ("驻村第一书记李强走访农户。", "李强", "驻村第一书记"),
    ("县委书记沈国华主持会议并讲话。", "沈国华", "县委书记"),
    ("国务院副总理李岚清今天会见客人。", "李岚清", "副总理"),
    ("俄罗斯总理基里延科今天会见了美国客人。", "基里延科", "总理"),
    ("习近平总书记视察北京香山革命纪念地。", "习近平", "总书记"),
    ("联合国秘书长科菲·安南发表讲话。", "科菲·安南", "秘书长"),
    ("郭志强说，今年收成很好。", "郭志强", None),
    ("北京九十中学李铁辰校长说，要抓好教学。", "李铁辰", "校长"),       # 李铁 | 辰 | 校长
]


@pytest.mark.parametrize("text,name", [
    ("在同德国总理科尔进行磋商后发表声明。", "科尔"),           # jieba glued the country to the post
    ("海军副参谋长赵国钧少将出席。", "赵国钧"),                 # 赵国 | 钧 | 少将
    ("正如学者丁东所言，这是一个问题。", "丁东"),               # an occupation before a name
    ("奥地利外长素林昨天在外交部会见了客人。", "素林"),         # a name between a post and a time word
    ("这大概就是江宏伟所说的物我交融。", "江宏伟"),             # 江 | 宏伟 | 所说: reported speech vouches
    ("阿根廷队教练扎加洛昨天抵达北京。", "扎加洛"),             # a transliterated name jieba tagged ns
    ("秘鲁农业部长贾斯蒂卡表示欢迎。", "贾斯蒂卡"),             # 贾斯 | 蒂卡: one name, however cut
    ("奥利维塞赫说，会谈是有益的。", "奥利维塞赫"),             # 奥利维 | 塞赫: pieces jieba tagged names
    ("市长张少农等人出席。", "张少农"),                         # 张少 | 农等: the last character glued to 等
    ("会上，林培之同志作了报告。", "林培之"),                   # 林培 | 之 | 同志
    ("美国宇航员汤姆士·怀特告诉记者。", "汤姆士·怀特"),
    ("政协主席田向利率调研组赴凉山州调研。", "田向利"),         # 田向 | 利率: the name's end and 率 a word
    # a name of jieba's dictionary (王明, 刘伟, 高云), the third character glued to the verb after it
    ("州发展改革委主任王明远作交流发言。", "王明远"),           # 王明 | 远作
    ("副市长刘伟平作工作报告。", "刘伟平"),                     # 刘伟 | 平作 (a word jieba counts 3 times)
    ("市长高云江在会上说。", "高云江"),                         # 高云 | 江在
    ("局长王明均在场。", "王明"),                               # 均: an adverb alone, not the name's
    ("市民政局局长马骁作工作报告。", "马骁"),                   # 马骁作 (one word, tagged n), then its object
    ("市民政局局长陈绚作工作报告。", "陈绚"),                   # 陈绚作 (tagged a)
    ("院长周静做了工作报告。", "周静"),                         # 周静做: 做, written for 作 as often
    ("大会执行主席宋朝华主持会议。", "宋朝华"),                 # 执行主席 a post (宋朝 | 华: no China)
    ("主任李明说，今年要抓好落实。", "李明"),                   # 李 | 明说: a surname alone, then the given
    #                                                             name glued to a speech verb
    ("省纪委监委对沧州市原副市长张为民进行了审查调查。", "张为民"),   # 张[q] | 为民[v]: no number, a post before
    ("巡视组组长向宁远县委书记欧阳斌反馈了巡视情况。", "欧阳斌"),   # a compound surname, the given name a word apart
    ("市统计局局长欧阳建平通报情况。", "欧阳建平"),                 # … a given name jieba reads as a word, after a post
    ("县委书记欧阳明辉主持会议并讲话。", "欧阳明辉"),               # … its last character a word of its own
    # before 同志: whatever jieba made of the name's characters (惠进 | 才[d], 钱[n] | 引安[v])
    ("惠进才同志不再担任宝鸡市委书记职务。", "惠进才"),
    ("经研究决定：钱引安同志任宝鸡市委书记。", "钱引安"),
    # the name's last character in a word of jieba's ending in the list's 等 (平等, 同等), the list closed after it
    ("省领导王建国、刘卫平等出席会议。", "刘卫平"),
    ("孙卫平等3人获表彰。", "孙卫平"),
    # a given name jieba holds as a time or a place word (国庆, 建国), a verb of saying after it
    ("马国庆说，合作社发展很快。", "马国庆"),
    ("种粮大户韩建国告诉记者，今年收成不错。", "韩建国"),
    # 刘家 (the family, to jieba) and the name's third character glued to the verb after it
    ("会议由王晓明主持，刘家义到会指导并讲话。", "刘家义"),
    # a last character jieba reads as an adverb (才[d]) before a mark or 为
    ("市委常委、秘书长韩生才，副市长马德才陪同调研。", "韩生才"),
    ("罗应才为桐梓县农业农村局局长。", "罗应才"),
    # a name of two whose surname is a function word (于), right after a post
    ("区人大常委会主任于军、区政协主席陈双列席会议。", "于军"),
    ("副区长于洋出席。", "于洋"),
    # names of peoples with no Han surname in an appointment (任命某某为…), whatever jieba tagged them
    ("任命吉克曲布为凉山彝族自治州人民检察院检察长。", "吉克曲布"),
    ("任命其其格为内蒙古自治区教育厅副厅长。", "其其格"),
    # the surname 任 (a pronoun to jieba) before 同志
    ("任建军同志任中共富平县委委员、常委、副书记。", "任建军"),
])
def test_names_jieba_cut_or_glued_next_to_posts(extract, text, name):
    assert nodes(extract(text)).get(name) == "Person"


def test_transliterated_pieces_before_a_level_are_a_place_not_a_person(extract):
    assert not any(t == "Person" for t in nodes(extract("洪水冲毁了莫卡尔特河堤坝。")).values())


@pytest.mark.parametrize("text,name,role", PERSONS)
def test_person_and_post(extract, text, name, role):
    ex = extract(text)
    assert nodes(ex).get(name) == "Person"
    person = next(m for m in ex.mentions if m.label == "Person" and m.canonical == name)
    assert person.attr("role") == role
    if role:
        assert nodes(ex).get(role, "Role") == "Role"


def test_a_surname_with_a_post_is_the_person_named_in_full_with_it(extract):
    ex = extract("县长李明主持会议。", "会后，李县长说，要抓好落实。")
    later = next(m for m in ex.mentions if m.label == "Person" and m.start > 10)
    assert (later.text, later.key) == ("李", "Person/李明")
    assert "李" not in ex.entities.entities["Person/李明"].aliases


def test_a_surname_after_a_preposition_with_a_post_is_the_person_named_in_full(extract):
    """向韩院长汇报: 韩 the surname of 院长韩志明 (not 向韩, nor 韩 the short name of Korea before a Chinese post)."""
    ex = extract("鄞州区人民法院院长韩志明到东吴镇调研。", "座谈会上，镇党委书记向韩院长汇报了工作情况。韩院长指出，要抓好落实。")
    assert [m.key for m in ex.mentions if m.text == "韩"] == ["Person/韩志明", "Person/韩志明"]


def test_a_surname_with_a_title_and_no_full_name_is_no_node(extract):
    ex = extract("王老师说，要抓好落实。", "李明和李强出席。李局长讲话。")
    assert not any(e.type == "Person" and len(e.label) == 1 for e in ex.entities.entities.values())


def test_post_keeps_its_organisation(extract):
    ex = extract("阿拉善右旗阿日毛道嘎查党支部副书记侍歌说。")
    person = next(m for m in ex.mentions if m.label == "Person")
    assert person.attr("org_key") == "PartyOrganization/阿日毛道嘎查党支部"
    assert person.attr("role_key") == "Role/党支部副书记"


GLUED = [  # sentence, name, the surface form kept as its alias
    ("各单位深入学习贯彻习近平总书记重要讲话精神。", "习近平", "习近平总书记"),
    ("彭真同志多次讲过。", "彭真", "彭真同志"),
]


@pytest.mark.parametrize("text,name,alias", GLUED)
def test_a_title_glued_to_a_name_is_an_alias_never_the_name(extract, text, name, alias):
    ent = next(e for e in extract(text).entities.entities.values() if e.type == "Person")
    assert ent.label == name
    assert alias in ent.aliases


NOT_PERSONS = [  # sentence, a string that must not be a person
    ("村民富不富，关键看支部。", "富不富"),                         # A-not-A
    ("在荒坡上栽种雷竹60亩，在果园里套种贝贝南瓜。", "雷竹"),        # crops after a verb of growing
    ("在荒坡上栽种雷竹60亩，在果园里套种贝贝南瓜。", "贝贝南瓜"),
    ("实现村集体和村民双增收。", "双增收"),                         # 双 of two, then a verb
    ("游客们还品尝了临江金锐牌米粉。", "金锐牌"),                    # a brand
    ("记者从贵州有关部门获悉，文化节开幕。", "从贵州"),             # a preposition and a province
    ("4个村党总支书记作表态发言，共计310余人参加会议。", "作表态"),   # the verb of an address and its kind
    ("全市公安机关闻令而动、尽锐出战。", "闻令"),                 # an idiom's first half, then 而
    ("座谈会上，镇党委书记向韩院长汇报了工作情况。", "向韩"),         # 向 | 韩院长: to the one surnamed 韩
    ("将热线工单直派至1.2万余名网格员。", "万余名"),                # a count, though a title follows it
    ("全省银行业金融机构向小微企业发放贷款1200亿元。", "向小微"),     # the preposition 向 and a noun phrase
    ("每个楼栋配备1名楼栋长。", "楼栋"),                          # a building of grid governance
    ("坚持男女平等。", "男女平"),                                 # 平等 after a word, no name's end
    ("他来福建说，很高兴。", "来福建"),                           # 来 | 福建[ns] | 说: a place, no given name
    ("走进刘家院子。", "刘家"),                                   # the family
    ("（新华社记者 王黎 本报记者 董洪亮）", "本报"),               # a credit line's outlet, no name
    ("各位同志，大家好。", "各位"),
    # a conjunction and a word after a status word, though 和 is a surname
    ("市委书记带队走访慰问困难群众、老党员和基层一线干部职工。", "和基层"),
    # two cities the article names, abbreviated together by their first characters (jieba: nr)
    ("杭州市与黄山市签署协议，共同打造杭黄世界级自然生态和文化旅游廊道。", "杭黄"),
    ("省委书记到宁波调研。", "宁波"),          # (a verb between the post and the place)
    ("走进腾格里沙漠锁边林草建设项目区。", "林草"),      # forests and grassland
    ("详细了解胡杨林保护情况。", "胡杨林"),             # a grove of a tree's name
    ("市委书记宁波市某某出席。", "宁波市"),
    ("今天白天多云转小雨。", "多云"),
    ("今天白天多云转小雨。", "小雨"),
    ("坚持以邓小平理论为指导。", "邓小平理论"),
    ("毛泽东思想是党的指导思想。", "毛泽东思想"),
    ("这个道理大家都明白。", "明白"),
    ("发射了第一颗人造地球卫星。", "卫星"),
    ("开始修建莫斯科到圣彼得堡的高速铁路。", "莫斯科"),
    ("着眼解决就业、物价、养老等问题。", "养老"),
    ("胡老说，画画疲倦时就到院里看看。", "胡老"),
    ("陈小姐的故事。", "陈小姐"),
    ("每个党员都要以此为指导。", "都要"),          # 都 is a surname, here an adverb
    ("他向市长汇报工作。", "汇报工作"),            # after a post, a verb phrase
    ("各报总编辑聚会广州，研讨发展。", "聚会广州"),  # after a post, a place inside
    ("这是古老的传统。", "古"),                      # 古老: no surname and title
    # a name jieba guessed, listed with 、 beside an item that is no name
    ("坚持分类施策、综合发力，构建服务体系。", "施策"),
    ("推广爆炒、红烧、黄焖、清炖等做法。", "黄焖"),
    # two sounds of a foreign name jieba guessed, with no post, title or verb of saying by them
    ("一排排白墙黛瓦的民居错落有致。", "黛瓦"),
    # an occupation stands before a name, never after one: 容纳 (nr in jieba's dictionary) is the verb
    ("新建的教学楼可容纳学生1500人。", "容纳"),
    # after an occupation, a word jieba's model reads as a locality is no name
    ("县管干部任前公示。", "任前"),
]


def test_an_occupation_still_marks_the_name_after_it(extract):
    assert nodes(extract("村民王建国告诉记者，今年收成不错。")).get("王建国") == "Person"


def test_names_listed_with_names_stay_names(extract):
    found = nodes(extract("孙志刚、李晓红、周建平出席会议。"))
    assert all(found.get(n) == "Person" for n in ("孙志刚", "李晓红", "周建平"))


@pytest.mark.parametrize("text,bad", NOT_PERSONS)
def test_not_a_person(extract, text, bad):
    assert nodes(extract(text)).get(bad) != "Person"
    assert not any(m.label == "Person" and bad in (m.canonical, m.text) for m in extract(text).mentions)


ROLES = [  # sentence, post found as a Role
    ("市应急管理局二级巡视员王芳参加会议。", "二级巡视员"),        # a civil servant's rank
    ("市消防救援支队支队长赵刚参加会议。", "支队长"),
    ("中国工程院院士、云南农业大学名誉校长朱有勇说。", "名誉校长"),
    ("国家主席习近平在人民大会堂会见越南总理。", "国家主席"),
    ("充分发挥驻村干部、“第一书记”和大学生村官的作用。", "驻村干部"),
    ("充分发挥驻村干部、“第一书记”和大学生村官的作用。", "第一书记"),
    ("充分发挥驻村干部、“第一书记”和大学生村官的作用。", "大学生村官"),
    ("常务副县长赵刚带队督导秋粮收购。", "常务副县长"),
    ("阿日毛道嘎查党支部副书记侍歌说。", "党支部副书记"),
    # an autonomous region's governor, its level written with the post
    ("自治区党委副书记、自治区主席王莉霞出席会议。", "自治区主席"),
    # a deputy's seat, with the level of its congress (jieba: 人大代表 one word)
    ("全国人大代表、罕台镇党委书记王珍说。", "全国人大代表"),
    ("省人大代表李明在会上发言。", "省人大代表"),
]


def test_a_bodys_head_of_one_character_names_no_post(extract):
    # 中央军委 | 主席, 某市协作办 | 主任: the post is 主席, 主任 (委主席, 办主任 are no posts)
    found = nodes(extract("中共中央总书记、国家主席、中央军委主席习近平在甘肃考察。广州市协作办主任陈晓东说。"))
    assert found.get("主席") == found.get("主任") == "Role" and "委主席" not in found and "办主任" not in found


def test_deputies_written_with_no_name_are_no_role(extract):
    # 200余名人大代表: the deputies as a group, a seat nobody named holds
    assert "人大代表" not in nodes(extract("200余名人大代表参加视察活动。"))


@pytest.mark.parametrize("text,role", ROLES)
def test_roles(extract, text, role):
    assert nodes(extract(text)).get(role) == "Role"


# -- places: ambiguity, countries, abbreviations ---------------------------------------
def test_ambiguous_place_is_resolved_by_the_article(extract):
    ex = extract("北京市召开会议。", "朝阳区要求各街道抓好落实。")
    assert "adm/110105" in ex.entities.entities


def test_ambiguous_place_alone_is_left_unresolved(extract):
    ex = extract("朝阳区要求各街道抓好落实。")
    assert not any(k in ex.entities.entities for k in ("adm/110105", "adm/220104"))


def test_a_short_name_shared_with_a_county_inside_is_the_city(extract):
    assert "adm/360100" in extract("南昌小雨，气温21度。").entities.entities


def test_a_short_name_shared_with_districts_elsewhere_is_the_city(extract):
    # 西安 is 西安市 and, as a short name, two districts called 西安区 in other provinces;
    # the city it names then places the ambiguous 长安区 (also a district of 石家庄)
    ents = extract("西安推进生态保护。", "调研组来到长安区韦曲街道。").entities.entities
    assert "adm/610100" in ents and "adm/610116" in ents
    assert not any(k in ents for k in ("adm/220403", "adm/231005", "adm/130102"))


def test_a_district_named_in_full_stays_unresolved_without_its_city(extract):
    ents = extract("长安区要求各街道抓好落实。").entities.entities
    assert not any(k in ents for k in ("adm/610116", "adm/130102"))


PLACES = [  # sentence, node id that must be there
    ("中美关系取得进展。", "Country/中国"),
    ("中美关系取得进展。", "Country/美国"),
    ("唐家璇今天下午前往泰国驻华使馆。", "Country/泰国"),
    ("加拿大海军舰艇编队结束访华。", "Country/中国"),
    ("国家新闻出版署今天在京召开会议。", "adm/110000"),
    ("中方表示欢迎。", "Country/中国"),
    ("俄总统发表讲话。", "Country/俄罗斯"),
    ("本报纽约5月3日电", "Place/纽约"),
    ("亚洲金融危机对欧洲的影响。", "Place/欧洲"),
    ("印尼总统发表讲话。", "Country/印度尼西亚"),
    ("本报新德里5月28日电", "Place/新德里"),        # capitals no time zone is named after
    ("法国队12日在马赛战胜对手。", "Place/马赛"),
    ("香港特区政府对此表示失望。", "adm/810000"),           # 特区: a special region's short form
    ("南京市鼓楼区成立了专门班子。", "adm/320106"),         # the 鼓楼区 whose own parent is named
    ("将经过广西、海南、广东、福建。", "adm/460000"),       # 海南: the province, not 海南州
    ("墨美两国在反毒斗争上多年合作。", "Country/墨西哥"),   # a pair before a word of relations
    ("奥中关系发展顺利。", "Country/奥地利"),
    ("中非合作论坛开幕。", "Place/非洲"),
    ("巴以双方就机场问题举行谈判。", "Country/巴勒斯坦"),       # 巴以: Palestine, though 巴 alone is Pakistan
    ("参观了南京大屠杀遇难同胞纪念馆。", "adm/320100"),         # a city's name opening a word of jieba's
    ("美国俄亥俄州和新泽西州遭受暴雨。", "Place/俄亥俄州"),   # a division of the country named before it
    ("日本神奈川县和青森县的交通。", "Place/青森县"),
    ("扬州市与日本唐津市缔结友好城市关系。", "Place/唐津市"),   # 唐 | 津市: a city of Japan, not 津市市
    ("会议在维也纳市举行。", "Place/维也纳"),                # a known city and 市 is the city
    ("台北阴，香港雷阵雨。", "Place/台北市"),                  # below a province GB/T 2260 does not divide
    ("住在港岛的人去新界上班。", "Place/新界"),
]


@pytest.mark.parametrize("text,node", PLACES)
def test_countries_and_foreign_places(extract, text, node):
    assert node in extract(text).entities.entities


NOT_PLACES = [  # sentence, node id that must not be there
    # a county's short name that is mostly a word, closing a compound (旅游 | 资源), though its city is named
    ("桂林市依托丰富的旅游资源，大力发展全域旅游。", "adm/450329"),
    ("庆祝新中国成立50周年。", "adm/650000"),       # 新 is 'new', not 新疆
    ("阿根廷队在决赛中以2∶0获胜。", "Country/以色列"),
    ("沙特费萨尔亲王抵达德黑兰机场。", "adm/230000"),  # 德黑兰 is a city, not 德 + 黑
    ("这是古老的传统。", "Country/古巴"),               # 古 names Cuba only before 两国, 关系 …
    ("美国各州和中国各省。", "Place/各州"),
    ("高雄说，今年收成很好。", "Place/高雄市"),                 # a surname and a given name
    ("扬州市与日本唐津市缔结友好城市关系。", "adm/430781"),      # (津市市: 唐津市's last two characters)
    ("扬州市与日本唐津市缔结友好城市关系。", "Place/友好城市"),  # a sister city: a common noun
]


@pytest.mark.parametrize("text,node", NOT_PLACES)
def test_not_a_place(extract, text, node):
    assert node not in extract(text).entities.entities


def test_a_place_read_inside_a_name_of_jiebas_places_no_body(extract):
    # 阿里巴巴集团: 阿里 (a prefecture of Tibet) opens 阿里巴巴 (a name of jieba's), no place of the group's
    x = extract("考察团来到阿里巴巴集团西溪园区。")
    ents = x.entities.entities
    placed = {(ents[f.head].label, f.tail) for f in x.facts if f.relation == "locatedIn" and f.head in ents}
    assert not any(head == "阿里巴巴集团" for head, _ in placed)


def test_a_countys_short_name_opening_a_site_in_an_article_naming_no_province_places_nothing(extract):
    # 城东 | 污水处理厂: the east of the town, not 城东区 of a province the article never names
    x = extract("代表们来到城东污水处理厂提标改造工程现场。")
    assert not [f for f in x.facts if f.relation == "locatedIn" and x.entities.entities.get(f.head)
                and x.entities.entities[f.head].label == "城东污水处理厂"]


def test_a_region_of_the_world_is_no_site_of_the_articles_city(extract):
    x = extract("6月29日，第三届中国—非洲经贸博览会在湖南长沙开幕。本届博览会在长沙举办。", "非洲企业纷纷参展。")
    ents = x.entities.entities
    assert not [f for f in x.facts if f.relation == "locatedIn" and ents.get(f.head) and ents[f.head].label == "非洲"]


def test_a_division_abroad_is_in_the_country_named_before_it(extract):
    x = extract("美国俄亥俄州遭受暴雨。", "扬州市与日本唐津市缔结友好城市关系。")
    ents = x.entities.entities
    placed = {(ents[f.head].label, ents[f.tail].label) for f in x.facts
              if f.relation == "locatedIn" and f.head in ents and f.tail in ents}
    assert {("俄亥俄州", "美国"), ("唐津市", "日本")} <= placed
    assert ("唐津市", "扬州市") not in placed     # (not a site of the article's own city)
    # jieba: 老挝 | 琅[ns] | 南塔 | 省: the character right after the country is the name's
    x = extract("老挝琅南塔省副省长来青田县考察。")
    assert nodes(x).get("琅南塔省") == "Place" and "南塔省" not in nodes(x)


def test_the_reporters_own_country_is_china(extract, resources):
    """我国经济 … 国内生产总值增长: China's; a reference, which a tagging for NER corpora leaves out."""
    from kg.tag import Tagger

    found = extract("会议指出，我国经济运行总体回升向好，一季度国内生产总值同比增长4.5%。")
    assert nodes(found).get("中国") == "Country"
    subjects = {found.entities.entities[f.tail].label for f in found.facts if f.relation == "subject"}
    assert subjects == {"中国"}
    assert Tagger(resources, coarse=True).tag_text("1", "我国经济运行总体回升向好。").entities == []


def test_foreign_city_is_located_in_its_country(extract):
    ex = extract("本报纽约5月3日电")
    assert ex.entities.entities["Place/纽约"].type == "Place"


# -- input forms --------------------------------------------------------------------
def test_half_width_punctuation_works_like_full_width(extract):
    full = nodes(extract("9月11日，内蒙古自治区党委制定印发方案，习近平总书记强调。"))
    half = nodes(extract("9月11日,内蒙古自治区党委制定印发方案,习近平总书记强调."))
    assert full.get("内蒙古自治区党委") == half.get("内蒙古自治区党委") == "PartyOrganization"
    assert half.get("习近平") == "Person"


def test_traditional_input_keeps_its_surface_form_as_alias(extract):
    ex = extract("山西省水利廳的一名工作隊長說。")
    ent = next(e for e in ex.entities.entities.values() if e.type == "GovernmentBody")
    assert ent.label == "山西省水利厅"
    assert "山西省水利廳" in ent.aliases


# -- the seed ----------------------------------------------------------------------
SEED_CORE = [
    ("首都师范大学", "University"), ("太原理工大学", "University"), ("山西省水利厅", "GovernmentBody"),
    ("呼和浩特市政府", "GovernmentBody"), ("长治中医院", "Hospital"), ("内蒙古自治区党委", "PartyOrganization"),
    ("阿日毛道嘎查党支部", "PartyOrganization"), ("新华小学", "School"), ("侍歌", "Person"),
    ("习近平", "Person"), ("党员志愿服务队", "Organization"), ("第一书记", "Role"), ("驻村干部", "Role"),
    ("大学生村官", "Role"),
]


@pytest.mark.parametrize("label,cls", SEED_CORE)
def test_seed_organisations_persons_and_roles(seed_build, label, cls):
    g = seed_build[0].graph
    assert any(d.get("label") == label and d.get("type") == cls for _, d in g.nodes(data=True)), label


def test_seed_post_of_the_village_branch_secretary(seed_build):
    g = seed_build[0].graph
    role = next(d for _, d in g.nodes(data=True) if d.get("type") == "Role" and "副书记" in
                [d["label"], *d.get("aliases", [])])
    assert role["label"] == "党支部副书记"


KNOWN_GAPS = [  # sentence, name, class: what the rules do not find yet
    pytest.param("兰考县正声乐器有限公司等企业年产古筝。", "兰考县正声乐器有限公司", "Company",
                 marks=pytest.mark.xfail(reason="jieba cuts 正 off as an adverb (正 | 声 | 乐器), which ends the name", strict=True)),
    pytest.param("胡老说，画画疲倦时就到院里看看。", "胡", "Person",
                 marks=pytest.mark.xfail(reason="a lone surname with an honorific (胡老) is not taken as a person", strict=True)),
]


@pytest.mark.parametrize("text,name,cls", KNOWN_GAPS)
def test_known_gaps(extract, text, name, cls):
    assert nodes(extract(text)).get(name) == cls


@pytest.mark.parametrize("name", ["高峰", "乔木"])
def test_a_name_found_after_a_post_is_that_person_again_by_itself(extractor, name):
    # jieba reads the bare name as a common word; the post before its first naming vouches for it
    text = f"5月6日，县委副书记、代理县长{name}到船寮镇调研。{name}一行随后听取了各村工作汇报。"
    doc = extractor.doc(article_from_text("a", [text]))
    persons = [(m.start, m.text) for m in extractor.mentions(doc) if m.label == "Person"]
    assert [t for _, t in persons] == [name, name]



def test_the_stops_of_a_visit_named_by_a_stem_and_a_trade_are_companies(extract):
    found = extract("刘建国来到青岚智能、宁波华越光电，了解企业生产情况。")
    assert nodes(found).get("青岚智能") == nodes(found).get("宁波华越光电") == "Company"
    assert located(found).get("宁波华越光电") == "宁波市"       # (the place its name opens with)
    # a common word before the trade is no company's own name
    assert not [k for k, v in nodes(extract("刘建国来到人工智能展区、数字科技展厅参观。")).items() if v == "Company"]


def test_the_bureaus_of_a_party_organ_are_party_organisations(extract):
    found = nodes(extract("中央组织部干部一局局长李某讲话，中宣部新闻局综合处处长王某出席。"))
    assert found.get("中央组织部干部一局") == found.get("中宣部新闻局") == "PartyOrganization"


def test_a_party_school_is_an_organisation_not_a_school(extract):
    # (a school of the schema teaches pupils: 小学, 中学; a Party school trains cadres)
    assert nodes(extract("浙江省委党校举办培训班。")).get("浙江省委党校") == "Organization"


def test_the_departments_of_a_committee_jieba_cut_from_its_county_are_its_party_bodies(extract):
    # 安吉县 | 委 | 组织部: jieba leaves the committee's 委 a word alone after the county's full name
    found = nodes(extract("安吉县委组织部、安吉县委办公室发出通知，安吉县发改委配合。"))
    assert found.get("安吉县委组织部") == found.get("安吉县委办公室") == "PartyOrganization"
    assert found.get("安吉县发改委") == "GovernmentBody"     # (a government commission)


def test_a_list_of_three_names_before_a_word_of_attending_is_persons_though_none_is_found_alone(extract):
    # 陈文博: a word of its own after the surname, so never a name alone; the list vouches for it
    assert all(nodes(extract("刘洪涛、陈文博、黄立新出席会议。")).get(n) == "Person" for n in ("刘洪涛", "陈文博", "黄立新"))
    assert not [k for k, v in nodes(extract("程序、标准、流程等方面要规范。")).items() if v == "Person"]


@pytest.mark.parametrize("text,place,role,person", [
    ("宁波市长王明来到乡里。", "宁波市", "市长", "王明"),
    ("湖州市长刘伟说。", "湖州市", "市长", "刘伟"),
    ("安吉县长陈林走进递铺街道。", "安吉县", "县长", "陈林"),
])
def test_a_post_whose_level_character_jieba_gave_to_the_place_before_it(extract, text, place, role, person):
    """宁波市 | 长 | 王明: jieba's dictionary holds the city's full name, so it cuts 市长 in two; the
    place, the post and the person who holds it are all read."""
    found = nodes(extract(text))
    assert (found.get(place), found.get(role), found.get(person)) == (found[place], "Role", "Person")
    assert f"{person} {role}" in found


def test_a_verb_of_going_is_no_part_of_the_township_visited(extract):
    """来到 | 递铺[v] | 街道 | 调研: the stem between a verb of going and a visit verb is the whole
    name, whatever jieba tagged it; 到 belongs to 来到 (not 到递铺街道)."""
    found = nodes(extract("县委书记来到递铺街道调研竹产业。"))
    assert found.get("递铺街道") == "Township"
    assert not any(label.startswith("到") for label in found)


def test_a_surname_jieba_read_as_a_measure_word_after_a_post(extract):
    """副省长 | 张[q] | 红军: after a post, 张 is the surname of a name whose given part is a common
    word, not the measure word (which needs a number before it: 一张纸)."""
    found = nodes(extract("副省长张红军看望了老党员。"))
    assert found.get("张红军") == "Person" and "张红军 副省长" in found


@pytest.mark.parametrize("text,body,role", [
    # jieba: 张家港[nr] | 市委 | 副秘书长: a short name the committee's level character completes
    ("张家港市委副秘书长韩卫看望老党员。", "张家港市委", "市委副秘书长"),
    # 西湖区 names a district of 杭州 and one of 南昌: no place, but still a Party committee
    ("西湖区委常委王晓东看望老党员。", "西湖区委", "区委常委"),
])
def test_a_places_committee_when_its_place_is_not_read_alone(extract, text, body, role):
    found = nodes(extract(text))
    assert found.get(body) == "PartyOrganization"
    assert found.get(role) == "Role"


@pytest.mark.parametrize("text,body", [
    ("中央全面依法治国委员会印发方案。", "中央全面依法治国委员会"),
    # jieba: 全面 | 依法 | 治省[ns] | 委员会: the program's words whatever their tags
    ("浙江省委全面依法治省委员会印发方案。", "浙江省委全面依法治省委员会"),
    ("浙江省委全面依法治省委员会办公室印发方案。", "浙江省委全面依法治省委员会办公室"),
])
def test_a_commission_named_for_a_party_program_is_named_whole(extract, text, body):
    """A commission named for a 全面 program is named from 全面 on, with whose it is (中央, 某省委),
    and is the Party's."""
    assert nodes(extract(text)).get(body) == "PartyOrganization"


def test_a_group_jieba_lists_as_a_common_noun_is_a_company(extract):
    """万向集团 is one word of jieba's dictionary tagged n; a listed 某某集团 whose stem is no common
    word nor a trade is a company (利益集团 and 化工集团 are not)."""
    assert nodes(extract("万向集团发布新品。")).get("万向集团") == "Company"
    assert "利益集团" not in nodes(extract("要警惕利益集团。"))


def test_a_company_and_its_name_with_the_legal_form_are_one_company(extract):
    """阿里巴巴 | 集团: the short name inside the full one is not a second body the group is part of."""
    out = extract("余杭区与阿里巴巴集团签约。")
    assert [label for label, cls in nodes(out).items() if cls == "Company"] == ["阿里巴巴集团"]
    assert not [f for f in out.facts if f.relation == "partOf"]


def test_a_common_word_between_the_place_and_a_legal_form_is_the_trade_name(extract):
    """浙江 | 时代[n] | 锂电 | 材料 | 有限公司: the company is named from its place on, and the place
    opening its name is no second place the visitor went to."""
    found = nodes(extract("王浩走进浙江时代锂电材料有限公司。"))
    assert found.get("浙江时代锂电材料有限公司") == "Company"
    assert "锂电材料有限公司" not in found


def test_a_character_of_locality_opening_a_trade_name_after_the_place_is_the_names(extract):
    """河南 | 中[f] | 光学 | 集团有限公司: the company is named from its place on, not from 光学."""
    found = nodes(extract("王浩走进河南中光学集团有限公司。"))
    assert found.get("河南中光学集团有限公司") == "Company"
    assert "光学集团有限公司" not in found


def test_a_common_word_after_the_country_opening_a_registered_companys_name_is_its_trade_name(extract):
    """中国 | 中铁 | 四局 | 集团有限公司: named from the country on, not from 四局."""
    found = nodes(extract("市长与中国中铁四局集团有限公司董事长签约。"))
    assert found.get("中国中铁四局集团有限公司") == "Company"
    assert "四局集团有限公司" not in found


def test_an_economic_development_zone_named_after_its_county(extract):
    assert nodes(extract("王浩来到龙游县经济开发区。")).get("龙游县经济开发区") == "Place"


def test_a_term_jieba_glued_to_the_body_is_the_bodys(extract):
    """某县 | 十 | 八届人大常委会: jieba's dictionary holds the Eighth NPC's committee as one word;
    the county's committee of its eighteenth term is the county's 人大常委会 (the term dropped,
    as for 十六届 | 人大常委会)."""
    found = nodes(extract("青田县十八届人大常委会第十二次会议闭幕。"))
    assert found.get("青田县人大常委会") == "GovernmentBody" and "八届人大常委会" not in found


def test_who_is_appointed_to_which_post(extract):
    """任命某某为<body><post>, 选举某某为…: the name (宏伟 a common word; 刘伟为 jieba's one word)
    and the post it is appointed to, in its body."""
    ex = extract("6月29日，青田县人大常委会举行会议，任命张宏伟为县发展和改革局局长。会议选举刘伟为县人大常委会副主任。")
    found = nodes(ex)
    assert found.get("张宏伟") == "Person" and found.get("刘伟") == "Person" and "刘伟为" not in found
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/张宏伟", "GovernmentBody/青田县发展和改革局") in member
    assert ("Person/刘伟", "GovernmentBody/青田县人大常委会") in member


def test_a_name_of_three_characters_jieba_glued_to_its_appointment(extract):
    """任命 | 吴某丽为 (jieba's model: one name of four characters): the name and 为, the appointment's."""
    ex = extract("会议任命赵某为青田县人民政府副县长；任命吴晓丽为青田县教育局局长。")
    found = nodes(ex)
    assert found.get("吴晓丽") == "Person" and "吴晓丽为" not in found
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/吴晓丽", "GovernmentBody/青田县教育局") in member


def test_a_name_jieba_cut_after_a_verb_of_appointing(extract):
    """任命 | 何 | 建军 | 为 (a surname and a common word), 免去 | 刘 | 海涛 | 的 (a surname jieba tagged
    no name): the frame vouches for the name between the verb and 为 or 的; and for nothing else."""
    ex = extract("会议任命何建军为青田县人民政府副县长，免去刘海涛的青田县教育局局长职务。",
                 "会议选举产生了新一届委员会，任命为期三年。")
    found = nodes(ex)
    assert found.get("何建军") == "Person" and found.get("刘海涛") == "Person"
    assert not [n for n, cls in found.items() if cls == "Person" and n not in ("何建军", "刘海涛")]
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/何建军", "GovernmentBody/青田县人民政府") in member


@pytest.mark.parametrize("formal", ["中共湖南省委", "中共南京市委"])
def test_the_partys_committee_in_jiebas_one_word_is_the_places_party_committee(extract, formal):
    """jieba's one word 中共某省委 (nt): the Party committee of the province, one node with 某省委,
    located in the province; no government body named 中共某省委."""
    place, short = formal[2:-1], formal[2:]
    ex = extract(f"{formal}召开常委会会议。{short}书记出席。")
    found = nodes(ex)
    party = [n for n, cls in found.items() if cls == "PartyOrganization"]
    assert len(party) == 1 and not [n for n, cls in found.items() if cls == "GovernmentBody"]
    key = {e.label: k for k, e in ex.entities.entities.items()}
    assert (key[party[0]], key[place]) in {(f.head, f.tail) for f in ex.facts if f.relation == "locatedIn"}


def test_the_formal_name_of_a_standing_committee_with_its_term_is_the_places(extract):
    # 某市 | 第十五届 | 人民代表大会常务委员会 (jieba's one word): the city's 人大常委会, one node
    found = nodes(extract("衢州市第九届人民代表大会常务委员会第五次会议召开。衢州市人大常委会主任王强主持。"))
    bodies = [n for n, cls in found.items() if cls == "GovernmentBody"]
    assert len(bodies) == 1 and bodies[0].startswith("衢州市") and "人民代表大会常务委员会" not in found


def test_a_company_whose_name_a_province_jieba_cut_opens(extract):
    # 广 | 西华 | 锐…有限公司 (西华 a word of jieba's): the company opens with its province, and is in it
    ex = extract("广西华锐新能源科技有限公司年产锂电池材料3万吨。")
    found = nodes(ex)
    assert found.get("广西华锐新能源科技有限公司") == "Company" and "西华锐新能源科技有限公司" not in found
    key = {e.label: k for k, e in ex.entities.entities.items()}
    assert (key["广西华锐新能源科技有限公司"], "adm/450000") in {(f.head, f.tail) for f in ex.facts
                                                             if f.relation == "locatedIn"}


@pytest.mark.parametrize("text,name", [
    ("随后，他来到湖南浩天米业有限公司，了解仓储情况。", "湖南浩天米业有限公司"),     # 浩天[q]: jieba's measure word
    ("四川长虹电子（集团）有限公司召开年度工作会议。", "四川长虹电子（集团）有限公司"),
    ("该项目由博世（中国）投资有限公司投资建设。", "博世（中国）投资有限公司"),
])
def test_registered_company_names_jieba_cut(extract, text, name):
    # （集团）, （中国） before the legal form are part of the registered name; a trade name right after
    # the place is one whatever jieba tagged it
    assert nodes(extract(text)).get(name) == "Company"


def test_a_companys_trade_name_alone_is_the_company(extract):
    # 比亚迪股份有限公司 … 欢迎比亚迪在滇投资: one company (no company 比亚迪 the full one is part of)
    ex = extract("省长会见比亚迪股份有限公司董事长一行。省长表示，欢迎比亚迪在滇投资。")
    assert [n for n, cls in nodes(ex).items() if cls == "Company"] == ["比亚迪股份有限公司"]


def test_a_company_named_again_by_its_kind_is_no_part_of_its_figures_measure(extract):
    ex = extract("四川长虹电子（集团）有限公司召开年度工作会议。会议指出，2022年集团公司实现营业收入1800亿元。")
    stats = {e.label for e in ex.entities.entities.values() if e.type == "Observation"}
    assert stats == {"四川长虹电子（集团）有限公司 营业收入 1800亿元"}


def test_a_body_opened_by_jiebas_one_word_of_a_government_is_in_its_place(extract):
    # 某省人民政府[nt] | 办公厅: in the province, so 省政府办公厅 named after it is the same body
    found = nodes(extract("湖南省人民政府办公厅印发《实施意见》。省政府办公厅有关负责人介绍了有关情况。"))
    assert [n for n, cls in found.items() if cls == "GovernmentBody" and n.endswith("办公厅")] == ["湖南省人民政府办公厅"]
    # only a full name opens it so: 市 | 公安局[nt] | 党委 is no body of 公安县 (公安, its short name)
    found = nodes(extract("芜湖市召开会议。市公安局党委书记、局长张建国主持会议。"))
    assert "公安县" not in found and found.get("芜湖市公安局党委") == "PartyOrganization"


def test_a_levels_academy_is_the_places(extract):
    # 省社科院, 市档案馆: one per province or city, named by the level word alone, as 省政协
    ex = extract("江西省召开座谈会。省社科院院长李明、市档案馆馆长王芳出席。")
    found = nodes(ex)
    assert found.get("江西省社科院") == "Organization"
    assert ("Person/李明", "Organization/江西省社科院") in {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}


def test_a_levels_short_form_that_is_the_head_of_a_body_named_in_full_is_that_body(extract):
    # 市指挥部 after 某市新冠肺炎疫情防控指挥部: the one body of the city named with that head
    ex = extract("4月5日，孝感市新冠肺炎疫情防控指挥部召开会议。市委书记、市指挥部指挥长李明主持会议。")
    found = nodes(ex)
    assert "孝感市指挥部" not in found and found.get("孝感市新冠肺炎疫情防控指挥部") == "GovernmentBody"
    assert ("Person/李明", "GovernmentBody/孝感市新冠肺炎疫情防控指挥部") in {
        (f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}


def test_a_departments_own_short_form_is_the_one_bureau_of_its_place(extract):
    """市局, 市局党组 after 某市生态环境局 (its own news): that bureau and its Party group, no 某市局; with two bureaus
    of the city named, neither."""
    ex = extract("4月10日，遵义市生态环境局召开局务会议。市局党组书记、局长邵明远主持会议。")
    found = nodes(ex)
    assert "遵义市局" not in found and found.get("遵义市生态环境局党组") == "PartyOrganization"
    assert {("Person/邵明远", "GovernmentBody/遵义市生态环境局"), ("Person/邵明远", "PartyOrganization/遵义市生态环境局党组")} \
        <= {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    ex = extract("4月10日，遵义市生态环境局、遵义市应急管理局召开联席会议。市局党组书记邵明远主持会议。")
    assert "遵义市生态环境局党组" not in nodes(ex) and "遵义市应急管理局党组" not in nodes(ex)


def test_a_short_form_is_not_the_body_of_a_place_travelled_to(extract):
    # 县长带队赴某省某市考察 … 来到某县某村: the visitor's 县委 is not the county visited (the article
    # names its own nowhere: the body as written); named after a county of its own, it is that one's
    ex = extract("5月6日，县委副书记、县长王刚带队赴浙江省湖州市考察学习。考察团先后来到安吉县递铺街道、德清县莫干山镇。")
    assert [n for n, cls in nodes(ex).items() if cls == "PartyOrganization"] == ["县委"]     # (as written)
    ex = extract("5月6日，青田县召开会议。县委副书记、县长王刚带队赴浙江省湖州市考察学习，来到安吉县递铺街道。")
    assert nodes(ex).get("青田县委") == "PartyOrganization"
    # nor is 我县 of such a report the county visited
    ex = extract("5月6日，县长王刚带队赴浙江省湖州市考察学习，来到安吉县递铺街道。王刚表示，要结合我县实际抓好落实。")
    assert not [m for m in ex.entities.mentions if m.text == "我县"]


def test_a_headlines_act_after_a_post_is_no_name(extractor):
    # 区委书记巡河 (a headline: the post and what was done): no person 巡河; in the body, two
    # characters between a post and a stop still name a person of another people (社长旺久在…)
    art = article_from_text("t", ["6月9日，区委书记刘建国到白沙河巡河。出版社社长旺久在座谈会上说，要做好出版工作。"],
                            title="区委书记巡河")
    persons = {e.label for e in extractor(art).entities.entities.values() if e.type == "Person"}
    assert "巡河" not in persons and {"刘建国", "旺久"} <= persons


def test_a_headlines_act_of_four_characters_after_a_post_is_no_name(extractor):
    art = article_from_text("t", ["2011年，王丽考取大学生村官。"], title="大学生村官扎根基层")
    persons = {e.label for e in extractor(art).entities.entities.values() if e.type == "Person"}
    assert persons == {"王丽"}


def test_an_acting_mayor_holds_the_post_in_the_citys_government(extract):
    ex = extract("8月19日，福州市委副书记、代市长郭宁宁调研城市更新工作。市政府秘书长林飞参加调研。")
    ents = ex.entities.entities
    posts = {(ents[f.head].label, ents[f.tail].label) for f in ex.facts if f.relation == "postIn" and f.tail in ents}
    assert ("郭宁宁 代市长", "福州市政府") in posts


def test_a_name_after_a_post_ending_in_a_bodys_head_character_is_a_person(extract):
    # 党委书记 | 鹿心社 (鹿 a surname; 社 a society's head): the secretary, no society
    found = nodes(extract("6月11日，自治区党委常委会召开会议。自治区党委书记鹿心社主持会议。"))
    assert found.get("鹿心社") == "Person"


def test_who_takes_which_post(extract):
    """某某同志任某县委书记, 某某担任某局局长: the post after a verb of holding, in its body."""
    ex = extract("经研究决定，张宏伟同志任青田县委书记。", "此前，王建军担任青田县财政局局长。")
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/张宏伟", "PartyOrganization/青田县委") in member
    assert ("Person/王建军", "GovernmentBody/青田县财政局") in member


def test_a_removal_ends_the_post_it_names(extract):
    """免去某某的<body><post>职务, 免去某某同志<body><post>、<post>职务: posts the person held until
    the removal (a Post dated by its endDate, not one held from that day); no 职务, no post."""
    ex = extract("2023年6月29日，青田县人大常委会举行会议，任命张宏伟为青田县财政局局长；免去李国强的青田县财政局局长职务；"
                 "免去王建军同志青田县审计局局长、副局长职务。", "免去刘洋的青田县民政局局长，另有任用。")
    posts = {e.label: dict(e.attrs) for e in ex.entities.entities.values() if e.type == "Post"}
    assert posts["张宏伟 局长"].get("date") == "2023-06-29" and "endDate" not in posts["张宏伟 局长"]
    assert posts["李国强 局长"].get("endDate") == "2023-06-29" and "date" not in posts["李国强 局长"]
    assert "王建军 局长" in posts and "王建军 副局长" in posts
    member = {(f.head, f.tail, f.source) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/李国强", "GovernmentBody/青田县财政局", "relations.removed") in member
    assert ("Person/王建军", "GovernmentBody/青田县审计局", "relations.removed") in member
    assert not any(label.startswith("刘洋") for label in posts)


def test_a_post_taken_later_in_the_persons_clause(extract):
    """某某被派驻到某村担任第一书记: the verb of holding later in the clause, no other person between."""
    ex = extract("2018年3月，省农业农村厅干部陈志强被派驻到平利县老县镇锦屏村担任第一书记。")
    assert ("Person/陈志强", "Role/第一书记") in {(f.head, f.tail) for f in ex.facts if f.relation == "hasRole"}
    ex = extract("县委书记王刚推荐李明担任第一书记。")
    assert ("Person/王刚", "Role/第一书记") not in {(f.head, f.tail) for f in ex.facts if f.relation == "hasRole"}


def test_a_post_is_dated_by_the_time_before_the_name_not_by_what_the_person_did(extract):
    """2021年3月，王刚任…: the post's date; 副县长刘洋通报了2022年全县…情况: no date of the post."""
    ex = extract("2021年3月，王刚任青田县委书记。", "2月19日，青田县召开会议。副县长刘洋通报了2022年全县森林防火工作。",
                 "李明2020年5月任青田县县长。")
    posts = {e.label: e.attrs.get("date") for e in ex.entities.entities.values() if e.type == "Post"}
    assert posts.get("王刚 县委书记") == "2021-03" and posts.get("刘洋 副县长") is None
    assert posts.get("李明 县长") == "2020-05"       # 某某2020年5月任…: the time between the name and the verb


def test_the_general_office_written_short_is_a_body(extract):
    """县委办, 县政府办 (办公室 written short; jieba makes 办 a verb, and 某县 | 委办 one word)."""
    ex = extract("青田县召开会议。", "会上，县委办主任李强、县政府办副主任王芳作了发言。", "青田县委办、县政府办联合印发通知。")
    found = nodes(ex)
    assert found.get("青田县委办") == "PartyOrganization" and found.get("青田县政府办") == "GovernmentBody"
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/李强", "PartyOrganization/青田县委办") in member
    assert ("Person/王芳", "GovernmentBody/青田县政府办") in member
    assert "青田县委办实事" not in found and not any(k.endswith("办") for k in nodes(extract("县委办实事，赢得民心。")))


def test_a_zone_named_after_its_township_is_in_it(extract):
    """某镇 | 柑橘 | 产业园: the township opening the zone's name is a node (no mention of its own
    is left: the zone's name covers it) and the zone lies in it, as an organisation's does."""
    ex = extract("在城固县上元观镇柑橘产业园，他察看柑橘长势。")
    assert nodes(ex).get("上元观镇") == "Township"
    assert located(ex).get("上元观镇柑橘产业园") == "上元观镇"
    fact = next(f for f in ex.facts if f.relation == "locatedIn" and f.head == "Place/上元观镇柑橘产业园")
    assert fact.source == "located.name"


def test_a_government_written_bare_after_its_places_committee(extract):
    """某市委和政府: the place is written once, for both bodies."""
    found = nodes(extract("9月7日，湖州市委和政府联合召开会议。"))
    assert found.get("湖州市委") == "PartyOrganization" and found.get("湖州市政府") == "GovernmentBody"


def test_a_kind_of_community_counted_is_no_place(extract):
    """建成某某社区500个: the count says the words name a kind of community, not one."""
    found = nodes(extract("宁夏到明年全区建成智慧社区500个。"))
    assert "智慧社区" not in {label for label, cls in found.items() if cls in ("Village", "Township")}


def test_a_names_last_character_jieba_read_as_a_locative(extract):
    """省长 | 刘国 | 中[f] | 在: a locative after a person's name makes no sense; it ends the name."""
    found = nodes(extract("11月4日，省长刘国中在西安会见了客人。"))
    assert found.get("刘国中") == "Person" and "刘国" not in found


def test_a_train_named_after_a_place_is_no_mention_of_it(extract):
    """“长安号”: a train named after the district, not the district."""
    assert "长安区" not in nodes(extract("西安市推动中欧班列“长安号”发展。"))


def test_a_noun_of_the_dictionary_ending_in_suo_is_no_institute(extract):
    """厕所, 住所, 寓所: 所 closes a noun of rooms and places here, not an institute's name."""
    found = nodes(extract("全省农村卫生厕所普及率达到95%以上。"))
    assert not [label for label, cls in found.items() if label.endswith("厕所")]


def test_a_party_committees_office_is_the_partys_and_part_of_the_committee(extract):
    """某省委办公厅 beside 某省政府办公厅: each office is part of its own body; the committee's is
    the Party's also when written in short form (省委 | 办公厅)."""
    out = extract("近日，江西省委办公厅、省政府办公厅印发通知。")
    ents = out.entities.entities
    parts = {(ents[f.head].label, ents[f.tail].label) for f in out.facts if f.relation == "partOf"}
    assert ("江西省委办公厅", "江西省委") in parts and ("江西省委办公厅", "江西省政府") not in parts
    assert nodes(extract("江西日报讯 近日，省委办公厅印发通知。")).get("江西省委办公厅") == "PartyOrganization"


def test_a_branch_names_its_bodys_place_and_its_own(extract):
    """某市公安局 | 某区 | 分局: a branch's name holds two places, its body's and its own."""
    out = extract("杭州市公安局西湖区分局破获一起案件。")
    found = nodes(out)
    assert found.get("杭州市公安局西湖区分局") == "GovernmentBody" and found.get("杭州市公安局") == "GovernmentBody"
    ents = out.entities.entities
    assert ("杭州市公安局西湖区分局", "杭州市公安局") in {(ents[f.head].label, ents[f.tail].label)
                                                     for f in out.facts if f.relation == "partOf"}


def test_a_central_sub_branch_is_of_its_bodys_kind_and_no_centre(extract):
    """中国人民银行某市中心支行: 中心支行 is the head (no body 中国人民银行某市中心), and a unit of the
    central bank is a government body, as a commercial bank's branch is a company."""
    found = nodes(extract("中国人民银行杭州中心支行召开会议。"))
    assert found.get("中国人民银行杭州中心支行") == "GovernmentBody"
    assert "中国人民银行杭州中心" not in found


@pytest.mark.parametrize("text,name", [
    ("主席雪克来提·扎克尔出席活动。", "雪克来提·扎克尔"),     # jieba: 雪克来[nr] | 提 | ·
    ("主任肖开提·依明出席活动。", "肖开提·依明"),           # jieba: 肖开[nr] | 提 | ·
    ("省长会见老挝驻华大使坎葆·恩达冯一行。", "坎葆·恩达冯"),   # a rare word before the dot, whole
    ("会见了维克多·许会·罗哈斯。", "维克多·许会·罗哈斯"),        # a word between two dots is a part
])
def test_a_dotted_names_first_part_that_jieba_cut_before_its_last_character(extract, text, name):
    found = nodes(extract(text))
    assert found.get(name) == "Person"
    assert not [label for label in found if label != name and label.endswith(name.split("·")[1])]


def test_an_assemblys_term_inside_its_name_makes_no_second_body(extract):
    """某省十二届政协: one body whatever its term; the written form is an alias."""
    ents = extract("浙江省十二届政协再次召开会议。").entities.entities
    body = next(e for e in ents.values() if e.type == "Organization")
    assert body.label == "浙江省政协" and "浙江省十二届政协" in body.aliases


@pytest.mark.parametrize("text", ["政协宁都县第十届委员会第三次会议1月18日开幕。",
                                  # the term before the place, as the sessions' own notices write it
                                  "政协第十届宁都县委员会第三次会议1月18日开幕。"])
def test_the_formal_name_of_a_cppcc_committee_is_the_places_cppcc(extract, text):
    ents = extract(text).entities.entities
    assert ents["Organization/宁都县政协"].type == "Organization"
    assert not [k for k in ents if k.startswith(("GovernmentBody/", "PartyOrganization/"))]


@pytest.mark.parametrize("text,key", [
    ("中国共产党宁都县第十五届委员会第四次全体会议召开。", "PartyOrganization/宁都县委"),
    ("中国共产党第十五届宁都县委员会第四次全体会议召开。", "PartyOrganization/宁都县委"),
    ("中国共产党内蒙古自治区第十一届委员会第五次全体会议召开。", "PartyOrganization/内蒙古自治区党委"),
])
def test_the_formal_name_of_a_party_committee_is_the_places_committee(extract, text, key):
    ents = extract(text).entities.entities
    assert key in ents and not [k for k in ents if k.startswith("GovernmentBody/")]


def test_a_peoples_congress_with_its_term_is_the_places_congress(extract):
    # 人民代表大会 is one word of jieba's (nt): read alone it was a body of no place
    ents = extract("宁都县第十八届人民代表大会第三次会议开幕。").entities.entities
    assert "GovernmentBody/宁都县人民代表大会" in ents and "Organization/人民代表大会" not in ents


def test_a_national_new_area_is_one_place_not_the_county_inside_its_name(extract):
    # 雄安新区 is cut 雄|安新|区 by jieba's own dictionary: 安新 then read as 安新县 (adm/130632)
    # (its official name, 河北雄安新区, carries the province's short name)
    ents = extract("雄安新区建设稳步推进，贵州贵安新区签约一批项目。").entities.entities
    assert "adm/130632" not in ents
    assert {"Place/河北雄安新区", "Place/贵州贵安新区"} <= ents.keys()


def test_the_new_areas_the_gazetteer_lists_are_left_to_it():
    from kg.gazetteer import Gazetteer
    from kg.lexicon import read_table

    names = Gazetteer.load().names()
    assert not [n for row in read_table("new_areas.tsv") for n in row if names.get(n)]
    assert names.get("两江新区") == ["500157"]


@pytest.mark.parametrize("text", [
    "该县新建村级活动场所15个，加快路桥建设。",       # 新建 (南昌), 路桥 (台州): words of the genre
    "该县商城开业，完善沿河村庄基础设施，推进古城保护。",
])
def test_a_county_short_name_needs_a_province_named(extract, text):
    assert not [e for e in extract(text).entities.entities.values() if e.type == "County"]


def test_a_short_name_that_is_mostly_a_word_needs_its_city_named(extract):
    # 新建 (新建区, 南昌) in an article about a county of the same province: the word
    assert "adm/360112" not in extract("走进宁都县黄陂镇，一排排新建的民居错落有致。").entities.entities
    assert "adm/360112" in extract("南昌市召开会议。", "新建要抓好落实。").entities.entities


def test_a_county_short_name_inside_the_province_named_is_the_county(extract):
    assert "adm/420106" in extract("湖北省武昌区、汉阳召开会议。").entities.entities


def test_a_surname_alone_before_a_frequent_word_is_no_name(extract):
    # 主任 | 李 | 再说: 再说 is a conjunction of its own (3,065 times in jieba's dictionary), not 李再 | 说
    assert "李再" not in nodes(extract("主任李再说一遍。"))


def test_a_sites_name_opening_with_a_county_short_name_of_another_province_places_it_not(extract):
    """温泉 | 度假区 in an article of 浙江省: 温泉 is the short name of 温泉县 (Xinjiang), which the
    place recogniser takes only inside the provinces named; the site's name is no evidence either."""
    ex = extract("10月14日，养生论坛在温泉度假区开幕。", "论坛由浙江省旅游协会主办。")
    parents = {f.tail for f in ex.facts if f.relation == "locatedIn" and f.head == "Place/温泉度假区"}
    assert "adm/652723" not in parents


def test_a_post_named_with_its_bodys_head_listed_after_a_post_is_in_that_body(extract):
    """省委常委、秘书长某某: the secretary-general of the 省委; 县委副书记、政法委书记某某: the second post
    has a body of its own written before it, not the 县委."""
    ex = extract("5月19日，浙江省委书记王明到磐安县调研。省委常委、秘书长张强参加调研。", "县委副书记、政法委书记李刚陪同。")
    member = {(f.head, f.tail, f.source) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/张强", "PartyOrganization/浙江省委", "relations.post_same_body") in member
    posts = {e.label for e in ex.entities.entities.values() if e.type == "Post"}
    assert not any(src == "relations.post_same_body" for head, _tail, src in member if head == "Person/李刚")
    assert "张强 秘书长" in posts


@pytest.mark.parametrize("paragraphs,name,village", [
    (("走进柞水县小岭镇金米村。", "村里成立了金米木耳专业合作社。"), "金米木耳专业合作社", "金米村"),
    (("走进淳安县下姜村。", "村里成立了下姜旅游开发公司。"), "下姜旅游开发公司", "下姜村"),   # 下 | 姜旅游: the stem cut
])
def test_a_body_named_by_its_villages_stem_is_the_villages(extract, paragraphs, name, village):
    ex = extract(*paragraphs)
    assert name in nodes(ex)
    assert located(ex).get(name) == village


def test_a_township_is_grounded_in_a_county_named_only_inside_a_bodys_name(extract):
    """兰考县委书记某某到东坝头镇调研: the county is named inside 兰考县委; the division tables place the
    township in it as they would after 兰考县 alone."""
    ex = extract("6月12日，兰考县委书记张明华到东坝头镇张庄村调研。")
    assert "Township/410225/东坝头镇" in ex.entities.entities
    assert ex.entities.parents.get("Township/410225/东坝头镇") == "adm/410225"


@pytest.mark.parametrize("text,bad", [
    ("受台风“杜苏芮”影响，永泰县遭遇强降雨。", "杜苏芮"),    # a storm's name in quotes after 台风
    ("受台风“杜苏芮”影响，永泰县遭遇强降雨。", "强降雨"),    # 强 | 降雨: a rare surname's character before a noun
])
def test_weather_is_no_person(extract, text, bad):
    assert bad not in nodes(extract(text))


def test_a_former_post_after_a_body_names_the_body_without_the_former_mark(extract):
    # 某局原党组书记: the post was held in the bureau's Party group, whose name has no 原
    found = nodes(extract("会宁县交通运输局原党组书记、局长吴德明违规收受礼金。"))
    assert "会宁县交通运输局党组" in found and "会宁县交通运输局" in found


def test_a_company_goes_by_its_trade_name_elsewhere_in_the_article(extract):
    # 闽东时代 for 闽东时代新能源科技股份有限公司: the words before its industry (新能源), one node
    found = extract("7月25日，闽东时代新能源科技股份有限公司发布半年度报告。闽东时代董事长表示，闽东时代将加大研发投入。")
    companies = [e for e in found.entities.entities.values() if e.type == "Company"]
    assert [c.label for c in companies] == ["闽东时代新能源科技股份有限公司"] and "闽东时代" in companies[0].aliases
    # a kind of company is no company's name
    assert "上市公司" not in nodes(extract("上半年，归属于上市公司股东的净利润20亿元。"))


def test_a_departments_short_name_after_a_level_word_is_the_places_department(extract):
    # jieba alone cuts 市住 | 建局 and 市人社 | 局局长; the short names are words of the tokenizer
    found = nodes(extract("绵阳市召开会议。市住建局负责同志介绍，市人社局局长李强作了发言。"))
    assert found.get("绵阳市住建局") == "GovernmentBody" and found.get("绵阳市人社局") == "GovernmentBody"
    # (县发 | 改局, 县大 | 数据 | 局, 县民 | 宗局: jieba's cuts of 发改局, 大数据局, 民宗局)
    found = nodes(extract("青田县召开会议。县发改局、县大数据局、县民宗局负责人参加。"))
    assert {"青田县发改局", "青田县大数据局", "青田县民宗局"} <= {n for n, c in found.items() if c == "GovernmentBody"}


def test_a_public_security_bureau_written_bare_is_the_places(extract):
    """公安局 (a head of its own, jieba's one word) written bare in a county-level city's news: the city's bureau, as
    交通运输局 is; 县公安局 with its level word stays as it is written."""
    found = nodes(extract("2月3日，江山市召开春运道路交通安全工作会议。副市长、公安局党委书记、局长陈立新出席会议并讲话。"))
    assert found.get("江山市公安局") == "GovernmentBody" and "公安局" not in found


def test_the_road_safety_committee_and_police_units_are_government_bodies(extract):
    """县道安委, 县道安办 (jieba reads 县道, a road), 某市公安局交警支队: bodies of government, of their place."""
    found = nodes(extract("1月10日，武义县召开道路交通安全工作会议。副县长、县道安委主任吴建华出席会议并讲话，县道安办主任徐明"
                          "通报了情况。金华市公安局交警支队支队长李刚出席。"))
    assert {found.get(n) for n in ("武义县道安委", "武义县道安办", "金华市公安局交警支队")} == {"GovernmentBody"}


def test_a_donor_by_his_standing_is_a_person_and_an_idiom_is_no_bureau(extract):
    """爱心人士某某捐赠8万元: the name the standing marks; 识大体、顾大局: an idiom, no bureau."""
    found = nodes(extract("1月8日，博罗县民政局举行捐赠仪式。爱心人士李国栋捐赠8万元。各单位要识大体、顾大局。"))
    assert found.get("李国栋") == "Person" and "顾大局" not in found


def test_a_telecom_operators_branch_named_by_its_place_is_a_company(extract):
    """广东移动, 湖北联通, 京山移动: the operator's branch of that place, a company (not the province acting); 移动支付,
    互联互通 no name; 美国电信管理部门 no company (电信 the trade)."""
    found = nodes(extract("3月5日，广东移动与广州市政府签署5G战略合作协议。湖北联通、京山移动参加。双方将推动移动支付，实现互联互通。"
                          "美国电信管理部门的官员参加。"))
    assert {found.get(n) for n in ("广东移动", "湖北联通", "京山移动")} == {"Company"} and "美国电信" not in found
    assert not [n for n in found if n.endswith(("支付", "互通"))]


def test_markets_a_leader_tours_are_landmarks(extract):
    """某某蔬菜批发市场, 某某批发市场: sites, not a river (沁河) or a person (东瓦窑) the name opens with; 某街道某某菜市场:
    the township kept, the market its own name."""
    found = nodes(extract("9月20日，副市长王明先后来到沁河蔬菜批发市场、东瓦窑批发市场和凤山街道皇山桥菜市场，检查节日市场供应。"))
    assert {found.get(n) for n in ("沁河蔬菜批发市场", "东瓦窑批发市场", "皇山桥菜市场")} == {"Landmark"}
    assert "东瓦窑" not in found and found.get("凤山街道") == "Township"


def test_a_county_hospital_named_with_the_level_word_is_the_countys(extract):
    # every county has one 人民医院: 县人民医院 after 环县 is 环县人民医院 (not the bare 县医院, which names no one)
    found = nodes(extract("3月7日，环县“健康县城”建设行动启动仪式在县人民医院举行。县人民医院与兰州大学第一医院签订了合作协议。"))
    assert found.get("环县人民医院") == "Hospital"


def test_a_department_written_bare_in_a_countys_news_is_the_countys(extract):
    # a county's own news writes its bureaus with no 县 (交通运输局, 民政局): the county's, each one node, its
    # head's post in it; not 市场监管局 the city's (its 市 opens the stem), nor no body at all
    found = nodes(extract("6月3日，武功县副县长李明带领市场监管局、交通运输局、民政局、住建局负责同志检查食品安全工作。"
                          "市场监管局局长张华陪同检查。"))
    assert {"武功县市场监管局", "武功县交通运输局", "武功县民政局", "武功县住建局"} <= \
        {n for n, c in found.items() if c == "GovernmentBody"}
    assert not {"市场监管局", "民政局", "咸阳市场监管局"} & set(found)
    # with no place of its own in the article, a bare bureau is the article's own node, no other article's
    found = extract("民政局局长张华介绍了救助工作。").entities.entities
    assert [k for k, e in found.items() if e.label == "民政局"] == ["GovernmentBody/民政局/t"]


def test_a_bare_department_after_its_namesakes_of_two_levels_is_read_without_failing(extract):
    """主办, 承办, 协办: 某市民政局, 某县民政局, 各县(区)民政局 in one list: the article is read (it failed once,
    dropping the whole article), the two named bureaus each its own place's."""
    found = nodes(extract("5月9日，宝鸡市2023年民政服务宣传月活动在凤县启动。活动由宝鸡市民政局主办，凤县民政局承办，"
                          "各县(区)民政局协办。"))
    assert {"宝鸡市民政局", "凤县民政局"} <= set(found)


def test_archives_weather_offices_and_offices_named_short_are_bodies_of_their_place(extract):
    """市档案馆, 县气象台 (institutions every level keeps), 市侨办 (a short name jieba holds as a verb), 县禁毒办,
    市史志办: bodies of the article's place, with their heads' posts in them."""
    ex = extract("6月9日，南宁市档案馆举行新馆开馆仪式。市档案馆馆长李明远、市气象台台长郑伟、市侨办主任钱红、"
                 "市禁毒办主任王刚、市史志办主任黄建平出席。")
    found = nodes(ex)
    assert {"南宁市档案馆", "南宁市气象台", "南宁市侨办", "南宁市禁毒办", "南宁市史志办"} <= set(found)
    names = {k: e.label for k, e in ex.entities.entities.items()}
    placed = {names[f.head].split()[0]: names.get(f.tail) for f in ex.facts if f.relation == "postIn"}
    assert placed.get("李明远") == "南宁市档案馆" and placed.get("钱红") == "南宁市侨办"


def test_a_countys_care_institutions_named_with_the_level_word_are_the_countys(extract):
    # every county keeps one 社会福利院, 儿童福利院, 救助管理站 and practice centre: after a county's
    # name, 县社会福利院 is that county's (not a bare 福利院 of jieba's, naming no one)
    found = nodes(extract("6月3日，武功县县长王建国到县社会福利院、县儿童福利院、县救助管理站和县新时代文明实践中心检查工作。"))
    assert {"武功县社会福利院", "武功县儿童福利院", "武功县救助管理站", "武功县新时代文明实践中心"} <= set(found)
    assert "福利院" not in found


def test_a_party_committees_formal_name_and_its_short_form_with_zhonggong_are_one_body(extract):
    # 中国共产党某县第十七届委员会 (rewritten 某县委) and 中共某县委: one committee, not two nodes
    found = nodes(extract("中共榆中县委十七届六次全会召开。12月27日，中国共产党榆中县第十七届委员会第六次全体会议召开。"))
    committees = sorted(n for n, cls in found.items() if cls == "PartyOrganization" and n.endswith("县委"))
    assert committees == ["中共榆中县委"]


def test_a_name_after_a_post_is_read_whatever_jieba_tagged_its_words(extract):
    # jieba: 州委书记 | 何[r] | 立新[d] | 、: a pronoun and an adverb, closed by the list's mark
    found = nodes(extract("州委书记何立新、州长郑伟出席开工仪式。"))
    assert found.get("何立新") == "Person" and found.get("郑伟") == "Person"
    # an adverb and its verb after a post stay words (局长 | 都 | 同意)
    assert not [n for n, cls in nodes(extract("几位局长都同意。")).items() if cls == "Person"]


def test_a_name_glued_to_wei_before_a_ceremony_verb_is_a_name_of_three(extract):
    # jieba: 县长 | 陈宝 | 华为 | 总医院 | 揭牌 (华为 a company): the holder of the post and 为, no hospital
    found = nodes(extract("县委书记吴孙武、县长陈宝华为总医院揭牌。"))
    assert found.get("陈宝华") == "Person" and not [n for n, cls in found.items() if cls in ("Hospital", "Company")]
    assert nodes(extract("校长王志成为优秀学生颁奖。")).get("王志成") == "Person"
    assert nodes(extract("校长王志成为学生。")).get("王志成") is None     # no ceremony: 王志 became a student


def test_the_head_of_a_command_holds_a_post(extract):
    # 指挥长 of a 防汛抗旱指挥部 (jieba alone: 指挥 | 长孙 | 红兵)
    found = extract("副市长、市防汛抗旱指挥部指挥长孙红兵主持会议。")
    posts = {e.label for e in found.entities.entities.values() if e.type == "Post"}
    assert nodes(found).get("孙红兵") == "Person" and "孙红兵 指挥长" in posts


def test_a_village_right_after_a_township_lies_in_it(extract):
    # a village the tables do not hold, named right after its township (the township's own mention
    # from the tables, the village's from the place rules): in the township, not only the county
    found = located(extract("6月7日，市委书记李振华深入平江县安定镇调研。在安定镇高家坊村，李振华走进油茶基地。"))
    assert found.get("高家坊村") == "安定镇" and found.get("安定镇") == "平江县"


def test_a_former_post_in_a_villages_branch_leaves_the_branch_its_name(extract):
    # 某村 | 原 | 党支部书记 (jieba: 村原): the branch is the village's 党支部, 原 the post's
    found = nodes(extract("一、水城区米箩镇倮么村原党支部书记王某某侵占集体资金问题。"))
    assert found.get("倮么村党支部") == "PartyOrganization" and "倮么村原党支部" not in found
    # (原 a word of its own after a village jieba cut in two: 胡家 | 溪村 | 原 | 党支部)
    found = nodes(extract("沅陵县明溪口镇胡家溪村原党支部书记、村委会主任张德胜套取惠农补贴。"))
    assert found.get("胡家溪村党支部") == "PartyOrganization" and "胡家溪村原党支部" not in found


def test_a_common_noun_of_one_character_and_village_after_a_township_is_no_village(extract):
    # 某街道 | 旧村 | 改造 (old villages rebuilt, a noun of jieba's): no village; 天荒坪镇 | 余村 is one
    found = nodes(extract("委员们来到东湖街道旧村改造项目现场。随后来到安吉县天荒坪镇余村。"))
    assert found.get("余村") == "Village" and "旧村" not in found


def test_a_countys_short_name_before_a_township_word_is_the_townships_stem(extract):
    # 龙潭 | 镇 | 青石村 (龙潭, a district's short name elsewhere): the township 龙潭镇, no district
    found = nodes(extract("近日，龙潭镇青石村党支部书记王勇当选为村委会主任。"))
    assert found.get("龙潭镇") == "Township" and "龙潭区" not in found


def test_a_place_name_before_a_roads_word_is_the_roads(extract):
    # 上海 | 路 | 社区: a community named after a road named after a city, not Shanghai
    found = nodes(extract("走进武汉市江汉区民族街道上海路社区，网格员正在走访。"))
    assert "上海市" not in found and found.get("上海路社区") == "Village"


def test_a_counts_classifier_opens_no_bodys_name(extract):
    # jieba: 216 | 名村 | 党组织 (名村, a famous village), 12 | 个村 | 党支部: the count's classifier
    for text in ("全县216名村党组织书记参加培训。", "全镇12个村党支部开展主题党日活动。"):
        assert not [n for n, cls in nodes(extract(text)).items() if cls == "PartyOrganization"]


def test_deputy_posts_of_the_courts_and_procuratorates(extract):
    found = extract("会议任命张晓东为省人民检察院副检察长。")
    posts = {e.label for e in found.entities.entities.values() if e.type == "Post"}
    assert "张晓东 副检察长" in posts


def test_a_name_after_a_post_before_a_verb_of_speech(extract):
    # jieba: 局长 | 何[r] | 明亮[a] | 介绍: a verb of speech vouches for the name; an adverb and its
    # verb after a post stay words (局长 | 都 | 说好)
    assert nodes(extract("区住建局局长何明亮介绍，今年改造老旧小区126个。")).get("何明亮") == "Person"
    assert not [n for n, cls in nodes(extract("几位局长都说好。")).items() if cls == "Person"]


def test_a_river_chief_holds_a_post(extract):
    found = extract("县委书记、县级总河长李晓明多次巡河。")
    posts = {e.label for e in found.entities.entities.values() if e.type == "Post"}
    assert {"李晓明 县委书记", "李晓明 总河长"} <= posts


def test_the_laws_kind_of_criminal_group_is_no_body(extract):
    found = nodes(extract("法院对被告人刘某某等23人组织、领导、参加黑社会性质组织案进行公开宣判。"))
    assert not [n for n, cls in found.items() if cls == "Organization"]


def test_an_adverb_and_its_verb_open_no_community_and_a_means_opens_no_body(extract):
    # jieba: 城关区 | 共 | 建成 | 社区 | 广播站 (built community radio stations, no 共建成社区);
    # 某市 | 依托 | 互联网医院 | 平台 (relying on an internet hospital: no 某市依托互联网医院)
    found = nodes(extract("拉萨市城关区共建成社区广播站42个，覆盖12个街道。"))
    assert not [n for n, cls in found.items() if cls == "Village"]
    found = nodes(extract("银川市依托互联网医院平台，累计开展线上诊疗服务126万人次。"))
    assert not [n for n, cls in found.items() if cls == "Hospital" and "依托" in n]


def test_a_name_jieba_cut_before_a_single_verb_character_in_a_list(extract):
    # jieba: 市委书记 | 王子[nr] | 联[v] | 、: no verb ends a clause before 、; 主席 | 王某 | 说 | ，stays a verb
    found = nodes(extract("市委书记王子联、市长孙逊出席开幕会。"))
    assert found.get("王子联") == "Person" and "王子" not in found


def test_a_place_and_a_body_joined_by_he_are_two(extract):
    # 听取某市和国家公园管理局工作汇报: the city and a bureau, not one bureau named 某市和…
    found = nodes(extract("听取三明市和国家公园管理局工作汇报。湖北省人力资源和社会保障厅召开会议。"))
    assert "三明市和国家公园管理局" not in found and found.get("湖北省人力资源和社会保障厅") == "GovernmentBody"


def test_a_name_jieba_cut_before_a_single_verb_character_and_the_persons_act(extract):
    # jieba: 主席 | 蓝天[nr] | 立[v] | 主持: no verb ends a clause before the verb of the person's act
    assert nodes(extract("6月21日，自治区政府党组书记、主席蓝天立主持召开会议。")).get("蓝天立") == "Person"
    # (the act in one word of jieba's: 指挥长 | 张家[nrfg] | 胜[v] | 主持会议)
    assert nodes(extract("市委书记、市指挥部指挥长张家胜主持会议并讲话。")).get("张家胜") == "Person"


def test_a_name_jieba_cut_before_a_character_it_tags_a_numeral(extract):
    # jieba: 市长 | 王家[n] | 兆[m] | 出席会议: 兆 counts nothing alone; 一, 三 would (市长 | 王家 | 三人)
    assert nodes(extract("市长王家兆出席会议。")).get("王家兆") == "Person"


def test_a_clause_with_a_verb_far_before_a_heads_character_is_no_body(extract):
    """书记某某带领全体党员面向党旗重温入党誓词: 入党 ends in 党, but a verb six words before it makes a
    clause, not a party's name; the secretary keeps his name."""
    found = nodes(extract("6月30日，镇党委书记孙立国带领全体党员面向党旗重温入党誓词。"))
    assert found.get("孙立国") == "Person"
    assert not [n for n, cls in found.items() if cls == "PartyOrganization" and "带领" in n]


def test_two_acts_before_a_heads_word_make_a_clause_not_a_name(extract):
    """某某带领村民成立茶叶专业合作社: the name jieba did not know, 带领 and 成立, no cooperative's name (a
    place opening it may: 中国认证人员国家注册委员会)."""
    found = nodes(extract("2010年，村支书何天华带领村民成立茶叶专业合作社。"))
    assert not [n for n in found if "带领" in n]


def test_a_name_of_jiebas_guess_in_quotes_after_de_is_a_figure_of_speech(extract):
    """让茶叶变成村民的‘金叶子’ (jieba: 金[nr] | 叶子[nr]): what the tea is called, no person."""
    assert "金叶子" not in nodes(extract("“我们要让茶叶变成村民的‘金叶子’。”村支书何天华说。"))


@pytest.mark.parametrize("text,word", [
    ("2月9日，市委常委班子召开民主生活会。", "班子"),            # the body of post holders after the post
    ("本届花博会共接待游客212万人次。", "花博会"),              # a fair, jieba: nr
])
def test_words_jieba_or_a_post_make_look_like_names_are_no_persons(extract, text, word):
    assert word not in nodes(extract(text))


def test_a_provinces_examination_authority_named_short_after_a_glued_preposition(extract):
    """据省 | 教育 | 考试院 (jieba glued 据 to the level): the province's 教育考试院, bound to the province."""
    found = nodes(extract("山西省高考准备就绪。据省教育考试院介绍，今年报名人数增加。"))
    assert found.get("山西省教育考试院") == "Organization"


def test_a_name_of_three_ending_in_a_level_word_of_its_own_is_a_place(extract):
    """在孟定 | 镇某口岸 (jieba: 孟定[nr] | 镇): the township, no person 孟定镇."""
    found = nodes(extract("11月10日，市委书记杨浩东深入耿马县孟定镇调研。在孟定镇清水河口岸，杨浩东详细了解情况。"))
    assert found.get("孟定镇") != "Person"


def test_a_name_elected_whose_last_character_jieba_glued_to_wei(extract):
    """选举 | 刘 | 华为 | 某县人民政府副县长: 刘华 is elected (华为, a company's name to jieba, holds the 为)."""
    found = extract("大会选举刘华为宁强县人民政府副县长。")
    assert nodes(found).get("刘华") == "Person" and "华为" not in nodes(found)


def test_a_verb_of_building_opens_no_bodys_name(extract):
    found = nodes(extract("我县新建改扩建学校12所，新增学位8600个。今年扩建卫生院3所。"))
    assert not [n for n, cls in found.items() if cls in ("School", "Hospital")]


def test_a_prefectures_party_committee_and_its_secretary(extract):
    # 喀什地委 (地区委员会): the prefecture's Party committee; its 书记 a 地委书记
    found = extract("新疆维吾尔自治区党委常委、喀什地委书记孙红梅主持会议。")
    assert nodes(found).get("喀什地委") == "PartyOrganization"
    assert "孙红梅 地委书记" in {e.label for e in found.entities.entities.values() if e.type == "Post"}


def test_village_clinics_counted_are_no_body_and_a_named_one_is_a_hospital(extract):
    # 新建村卫生室12个: a kind counted (jieba: 新建村 | 卫生室); 卫生室 alone names no body; 余村卫生室 is one
    found = nodes(extract("今年，全县新建村卫生室12个，203个村卫生所统一管理。余村卫生室投入使用。"))
    assert found.get("余村卫生室") == "Hospital"
    assert not [n for n, cls in found.items() if cls in ("Hospital", "Organization") and n != "余村卫生室"]
    # 某局一位官员: the official is counted, the bureau named
    assert nodes(extract("安吉县交通运输局一位负责人昨天说。")).get("安吉县交通运输局") == "GovernmentBody"


def test_a_name_jieba_cut_before_a_visitors_verb_or_a_home(extract):
    # jieba: 市委书记 | 陈向[p] | 群 | 深入; 党员 | 李德 | 福 | 家中: a visitor's verb and a home vouch for the name
    found = nodes(extract("2月5日，市委书记陈向群深入雨城区走访慰问。陈向群来到困难党员李德福家中。"))
    assert found.get("陈向群") == "Person" and found.get("李德福") == "Person" and "李德" not in found


def test_a_name_and_ren_then_a_post_holds_the_post(extract):
    # jieba: 杨忠 | 任组长 (no director 任), 王柯敏任 | 常务 | 副组长 (the name, then 任)
    found = extract("成立由区委书记杨忠任组长、区长王柯敏任常务副组长的领导小组。")
    names = nodes(found)
    assert names.get("王柯敏") == "Person" and "任" not in names and "王柯敏任" not in names


def test_a_service_hotline_of_a_place_is_an_organisation(extract):
    found = nodes(extract("西安市12345热线上半年受理诉求128.5万件。全省12345热线受理诉求386万件。"))
    assert found.get("西安市12345热线") == "Organization"
    assert not [n for n in found if n.startswith("12345")]      # no place: no node every province shares


def test_the_action_after_a_sum_opens_no_bodys_name(extract):
    # 协调资金180万元 | 建设 | 牦牛 | 养殖场: building a yak farm, no company 建设牦牛养殖场 (nor a kind of farm alone)
    found = nodes(extract("工作队协调资金180万元建设牦牛养殖场。"))
    assert not [n for n, cls in found.items() if cls == "Company"]
    assert nodes(extract("顽强拼搏的延边富德队最终扳回一球。")).get("延边富德队") == "Organization"


def test_a_dotted_name_whose_last_part_has_a_character_of_no_transliteration(extract):
    # jieba: 阿沙庞 | · | 通萨立[nr] (立 is no transliteration character): one name, not two persons;
    # a list word glued to the part stays out (某某·雷斯及: 及)
    found = nodes(extract("省长会见万象市市长阿沙庞·通萨立率领的代表团。阿沙庞·通萨立表示感谢。"))
    assert found.get("阿沙庞·通萨立") == "Person" and "通萨立" not in found and "阿沙庞" not in found


def test_a_home_after_a_verb_vouches_for_no_name(extract):
    # 袁 | 收到 | 家里: a surname, a verb and a home; no person 袁收到 (a home ends a name only after a post or title)
    assert not [n for n, cls in nodes(extract("没几天，小袁收到家里寄来的包裹。")).items() if cls == "Person" and len(n) == 3]


def test_whole_city_before_a_county_level_city_named_with_its_neighbours_is_their_city(extractor):
    """全市…推进会在丹江口市召开 … 郧阳区: 全市 is the city enclosing both (十堰市), not the county-level city
    named after it; an article about that county-level city keeps 全市 its own."""
    from kg.read import article_from_text

    def whole(*paragraphs):
        ext = extractor(article_from_text("t", list(paragraphs)))
        return {m.canonical for m in ext.entities.mentions if m.attr("anaphor") == "全市"}

    assert whole("8月9日，全市乡村振兴工作推进会在丹江口市召开，与会人员观摩了郧阳区柳陂镇香菇产业基地。") == {"十堰市"}
    assert whole("8月9日，丹江口市召开乡村振兴工作会议，与郧阳区交流经验。全市农村居民人均可支配收入7865元。") == {"丹江口市"}


def test_whole_city_named_as_often_as_another_is_the_one_whose_districts_the_article_names(extractor):
    """在某市、某市等地开展… 某区…: two cities named once each, before 全市 in another paragraph; the
    article's own is the one it names a district of, not the one named last."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["记者从市公安局获悉，专项行动战果显著。",
                                            "10月28日，行动在江苏省盐城市、浙江省温州市等地开展，盐都区公安分局参与收网。",
                                            "全市公安机关将继续保持高压严打态势。"]))
    assert {m.canonical for m in ext.entities.mentions if m.attr("anaphor") == "全市"} == {"盐城市"}


def test_a_race_a_miao_village_and_a_heritage_keeper(extract):
    # 马拉松赛 (nr in jieba's dictionary) and 苗寨 (a village of the Miao) are no persons; 传承人 marks the name after it
    found = nodes(extract("6月10日，2023兰州马拉松赛鸣枪开跑。在雷山县西江千户苗寨，苗绣传承人杨二妹带领妇女发展苗绣产业。"))
    assert found.get("杨二妹") == "Person"
    assert not {"马拉松赛", "苗寨"} & set(found)


def test_a_deputys_post_named_bare_after_the_post_it_is_deputy_to_is_in_that_body(extract):
    """某人大常委会主任甲主持会议，副主任乙、丙出席: the deputies of that body's 主任; a 副市长 after a
    局长 is no deputy of the bureau, and a deputy in the next sentence is not read so."""
    ex = extract("6月29日，丽水市人大常委会举行会议。市人大常委会主任陈勇主持会议，副主任刘海燕、郑国平出席。"
                 "局长吴敏汇报工作，副市长何志明列席。副主任苏文讲话。")
    member = {(f.head, f.tail, f.source) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/刘海燕", "GovernmentBody/丽水市人大常委会", "relations.post_deputy") in member
    assert ("Person/郑国平", "GovernmentBody/丽水市人大常委会", "relations.post_deputy") in member
    assert not any(head in ("Person/何志明", "Person/苏文") and src == "relations.post_deputy"
                   for head, _tail, src in member)


def test_a_former_post_after_a_body_lends_no_character_to_its_name(extract):
    """某局 | 原 | 局长 | 某某: a former director of the bureau (not a body 某局原局 whose post is 长)."""
    ex = extract("灵山县农业农村局原局长黄志强违规收受礼金。")
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert member == {("Person/黄志强", "GovernmentBody/灵山县农业农村局")}


def test_a_name_jieba_read_on_into_a_verb_is_the_name_found_before(extract):
    """县委书记刘伟 … 刘伟强 | 调 (a name of jieba's dictionary): 刘伟 and 强调; with no 刘伟 named
    before, the three characters stay one name."""
    found = nodes(extract("县委书记刘伟主持并讲话。", "刘伟强调，全县要迅速掀起热潮。"))
    assert found.get("刘伟") == "Person" and "刘伟强" not in found
    assert nodes(extract("刘伟强调，全县要迅速掀起热潮。")).get("刘伟强") == "Person"


def test_a_foreign_name_named_again_by_its_last_part_is_one_person(extract):
    """康妮·莱娃 … 莱娃表示: one node, 莱娃 its alias; two dotted names ending alike leave the part alone."""
    ex = extract("省长会见了美国副州长康妮·莱娃率领的代表团。", "莱娃表示，愿加强合作。")
    persons = {e.label: e for e in ex.entities.entities.values() if e.type == "Person"}
    assert "莱娃" not in persons and "莱娃" in persons["康妮·莱娃"].aliases
    ex = extract("会见了约翰·史密斯和玛丽·史密斯。史密斯表示感谢。")
    assert "史密斯" in {e.label for e in ex.entities.entities.values() if e.type == "Person"}


def test_a_household_word_before_a_name_keeps_the_surname_off_it(extract):
    """种植户王大伟 (jieba: 种植 | 户王 | 大伟, the household's 户 glued to the surname): 王大伟."""
    assert nodes(extract("“今年收入很可观。”种植户王大伟高兴地说。")).get("王大伟") == "Person"


def test_a_name_whose_last_character_jieba_read_with_the_verb_of_an_address(extract):
    """市委书记刘玉 | 杰作 | 讲话 (杰作, a masterpiece, a word of jieba's): 刘玉杰 makes the address."""
    found = nodes(extract("市委书记刘玉杰作讲话。"))
    assert found.get("刘玉杰") == "Person" and "刘玉" not in found
    assert "杰作" not in nodes(extract("这部杰作讲述了一个故事。"))


def test_a_festival_after_an_occupation_is_no_person(extract):
    """农民 | 丰收 | 节 (农民 an occupation before a name; 节 a festival, as 赛 a race): no person 丰收节."""
    assert not [n for n, cls in nodes(extract("我县举办农民丰收节。")).items() if cls == "Person"]


def test_a_given_name_ending_in_a_character_jieba_tags_an_adverb(extract):
    """主任 | 林顺 | 才 | 主持会议: 才 (talent, as in 德才) ends the name before the act of its holder."""
    found = nodes(extract("县人大常委会主任林顺才主持会议。"))
    assert found.get("林顺才") == "Person" and "林顺" not in found


def test_the_speakers_city_is_the_one_whose_own_bodies_act(extractor):
    """我市与某集团签约 (headline) … 台州市人民政府与温州某集团在温州签署…: 温州 named more often, but the
    one city whose government or Party committee the article names is the speaker's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["4月21日，台州市人民政府与温州港口集团有限公司在温州签署战略合作协议。",
                                  "台州市委副书记、市长吴某出席签约仪式。温州港口集团有限公司董事长王某致辞。"],
                            title="我市与温州港口集团签署战略合作协议", date="2021-04-22")
    ext = extractor(art)
    assert {m.canonical for m in ext.entities.mentions if m.attr("anaphor") == "我市"} == {"台州市"}


def test_a_list_of_leaders_with_a_colon_between_post_and_holder(extract):
    """县委书记：甲；县委副书记、县长：乙 (a list of a county's leaders): each holds the posts before his colon."""
    ex = extract("宁都县领导班子：县委书记：王志强；县委副书记、县长：李春华；县人大常委会主任：吴建平。")
    roles = {(f.head, f.tail) for f in ex.facts if f.relation == "hasRole"}
    assert {("Person/王志强", "Role/县委书记"), ("Person/李春华", "Role/县长"), ("Person/李春华", "Role/县委副书记"),
            ("Person/吴建平", "Role/县人大常委会主任")} <= roles
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert ("Person/王志强", "PartyOrganization/宁都县委") in member


def test_the_state_enterprises_usual_short_names_are_companies(extract):
    """中国石化董事长某某: the company by its usual short name, not the country 中国 and a word."""
    found = nodes(extract("8月15日，陕西省人民政府与中国石化签署战略合作协议。中国石化董事长马永生出席。"))
    assert found.get("中国石化") == "Company" and "中国" not in found


def test_a_village_name_opening_with_a_surname_is_no_person(extract):
    """某乡 | 杨岭[nr] | 村 | 担任: a village (村 ends no given name), not a person holding the post after it."""
    found = nodes(extract("省农业农村厅干部张晓峰被选派到泾源县大湾乡杨岭村担任驻村第一书记。"))
    assert found.get("杨岭村") == "Village"


def test_a_name_after_a_post_is_a_person_though_it_names_a_sea(extract):
    """县长 | 黄海 | 主持, 副市长 | 黄河 | 通报: persons holding the posts, not the sea and the river."""
    found = nodes(extract("5月19日，县长黄海主持召开县政府常务会议。副市长黄河通报了有关情况。"))
    assert found.get("黄海") == "Person" and found.get("黄河") == "Person"


@pytest.mark.parametrize("text,county", [("临澧县召开会议。", "临澧县"), ("迭部县召开会议。", "迭部县")])
def test_a_countys_full_name_jiebas_dictionary_tags_a_verb_is_the_county(extract, text, county):
    """jieba's dictionary holds a few full names of divisions as verbs or idioms (临澧县 v, 迭部县 l):
    a division's full name is a name, not a common word."""
    assert nodes(extract(text)).get(county) == "County"


@pytest.mark.parametrize("text,name", [
    # a central enterprise's short name opens its subsidiaries' names (中车 | 株洲 | 电力机车 | 有限公司)
    ("中车株洲电力机车有限公司研制的机车下线。", "中车株洲电力机车有限公司"),
    # and its numbered engineering bureaus are the company's, not a government's bureaus
    ("中建三局承建的项目开工。", "中建三局"),
])
def test_a_central_enterprises_short_name_opens_its_units_names(extract, text, name):
    assert nodes(extract(text)).get(name) == "Company"


def test_a_character_between_a_place_and_jiebas_word_of_a_universitys_subject_is_the_names(extract):
    """四川 | 轻 | 化工大学: jieba makes one word of the subject and the head (化工大学); the character
    before it, after the place, is the name's (not 化工大学 of 四川)."""
    found = nodes(extract("四川轻化工大学与宜宾市人民政府签署校地合作协议。"))
    assert found.get("四川轻化工大学") == "University" and "化工大学" not in found


@pytest.mark.parametrize("text,body", [
    ("白沙镇召开会议。乡原党委书记王某某出席。", "乡党委"),
    ("白沙镇青山村召开会议。村原党支部书记刘某某参加。", "村党支部"),
])
def test_former_between_a_level_word_and_its_body_is_the_posts(resources, text, body):
    """乡 | 原 | 党委书记, 村原 | 党支部书记: 原 (former) is the post's; the body is the level's."""
    from kg.extract import Extractor
    from kg.read import article_from_text

    ex = Extractor(resources)
    doc = ex.doc(article_from_text("t", [text]))
    canon = {m.canonical for m in ex.select(doc, ex.candidates(doc)) if m.label == "PartyOrganization"}
    assert body in canon and not any("原" in c for c in canon)


def test_a_level_word_and_former_before_a_post_is_no_county(extract):
    """镇原 | 党委书记 (某镇原党委书记): the township's former secretary, not the county 镇原; where the
    article writes 镇原县, its short name is the county."""
    assert "镇原县" not in nodes(extract("白沙镇召开会议。镇原党委书记孙某某应邀参加会议。"))
    assert nodes(extract("甘肃省镇原县召开会议。镇原党委书记讲话。")).get("镇原县") == "County"


def test_a_name_ending_in_he_before_a_verb_of_speech(extract):
    """王刚 | 和 | 表示: a conjunction joins no verb to a name, so 和 is the name's last character; before
    another name it stays a conjunction (张伟和李强表示)."""
    assert nodes(extract("6月1日，青山村村民王刚和表示，今年收成不错。")).get("王刚和") == "Person"
    # after a post too, where jieba reads the two characters as no name (周清, a time word to it)
    assert nodes(extract("公司总经理周清和表示，将加快推进项目交付。")).get("周清和") == "Person"
    found = nodes(extract("6月1日，村民张伟和李强表示，今年收成不错。"))
    assert found.get("张伟") == "Person" and found.get("李强") == "Person" and "张伟和" not in found


def test_a_name_whose_last_character_jieba_glued_to_the_verb_of_speaking_for_a_body(extract):
    """省长 | 吴晓 | 军代表 | 省人民政府 | 作…报告: 军代表 is a word of jieba's; after a post, before the body
    spoken for, the name is 吴晓军 and 代表 the verb."""
    found = nodes(extract("省长周晓军代表省人民政府作政府工作报告。"))
    assert found.get("周晓军") == "Person" and "周晓" not in found
    found = nodes(extract("副市长陈红军代表市政府致辞。"))
    assert found.get("陈红军") == "Person"


def test_former_after_a_township_is_the_posts_though_jieba_reads_a_county_across_them(extract):
    # jieba: 罗家 | 镇原 | 党委 (镇原, a county of Gansu): 原 marks a former post; the body is the township's
    found = nodes(extract("南昌市青山湖区罗家镇原党委副书记黄明违规公款吃喝。"))
    assert not [n for n in found if "原党委" in n]
    assert any(n.endswith("罗家镇党委") and cls == "PartyOrganization" for n, cls in found.items())


def test_an_islet_after_its_place_is_no_person(extract):
    # jieba: 江心屿[nr]: after the district it lies in, an islet
    assert "江心屿" not in nodes(extract("火炬传递在温州市鹿城区江心屿鸣笛起跑。"))


def test_a_name_with_a_character_jieba_does_not_know_glued_to_lead(extract):
    # jieba: 市长 | 夏心旻率[x] | 扬州市: the name of three and the verb 率
    found = nodes(extract("扬州市委副书记、市长夏心旻率扬州市党政代表团赴汉中市考察。"))
    assert found.get("夏心旻") == "Person"


def test_a_registered_company_name_with_an_ordinal_before_its_bureau(extract):
    # 中国 | 建筑 | 第八 | 工程局 | 有限公司: the ordinal is the bureau's number, inside the name
    found = nodes(extract("烟台市人民政府与中国建筑第八工程局有限公司签署战略合作框架协议。"))
    assert found.get("中国建筑第八工程局有限公司") == "Company"


def test_a_name_glued_to_wei_before_the_post_it_leads_as(extract):
    # jieba: 以 | 汉中 | 市委书记 | 吴海为[nr] | 团长: the name is 吴海
    found = nodes(extract("会见了以汉中市委书记吴海为团长的汉中市党政代表团一行。"))
    assert found.get("吴海") == "Person" and "吴海为" not in found


def test_a_crop_grown_is_no_person(extract):
    # jieba: 种植 | 白茶[nr]: the white tea grown; a name after another verb stays one
    assert "白茶" not in nodes(extract("合作社流转土地1500亩种植白茶。"))


def test_a_verb_ending_in_a_level_word_names_no_township(extract):
    # 李明 | 返乡[v] | 创业: returning home, no township 李明返乡
    found = nodes(extract("2016年，李明返乡创业，创办绿源茶叶种植专业合作社。"))
    assert found.get("李明") == "Person" and not [n for n, c in found.items() if c == "Township"]


def test_names_appointed_or_honouring_with_wei_glued_either_side(extract):
    # 任命 | 赵 | 建国 | 为市 | …: 为 glued to the post's first character; 市长 | 张伟文为[nr] | 获奖选手 | 颁奖
    found = nodes(extract("会议决定任命赵建国为市发展和改革委员会主任。市长张伟文为获奖选手颁奖。"))
    assert found.get("赵建国") == "Person" and found.get("张伟文") == "Person"


def test_a_bridge_named_after_a_city_is_no_city(extract):
    # 兰州市 | 中山 | 桥: the bridge, not 中山市
    assert "中山市" not in nodes(extract("马拉松在兰州市中山桥鸣枪开跑。"))


def test_a_township_jieba_holds_as_one_place_word_whose_stem_is_a_common_word(extract):
    # jieba: 石门乡[ns] (石门, a stone gate, is a word of its own): the township; 山乡 (a hill country) is none
    found = nodes(extract("县长带队到龙泉镇、石门乡督导疫情防控工作。"))
    assert found.get("石门乡") == "Township"
    assert not [n for n, c in nodes(extract("如今到永丰山乡走一走。")).items() if c == "Township"]


def test_a_countys_short_name_that_is_a_rivers_unconfirmed_is_the_river(extract):
    # 清水河 (a county of Inner Mongolia, and many rivers' name) with nothing confirming the county: the river
    found = nodes(extract("县委书记深入清水河沿线开展巡河工作。"))
    assert found.get("清水河") == "NaturalPlace" and "清水河县" not in found
    # confirmed by its city, the county
    assert nodes(extract("呼和浩特市清水河县召开会议。")).get("清水河县") == "County"
    # confirmed, but before what is said of a river or lake (上游, 水质): the river, the lake
    found = nodes(extract("百色市开展防汛演练，模拟右江上游普降暴雨。合肥市巢湖水质持续改善。"))
    assert found.get("右江") == "NaturalPlace" and found.get("巢湖") == "NaturalPlace"
    assert "右江区" not in found and "巢湖市" not in found


def test_a_commissions_head_names_no_post_with_it(extract):
    """某区卫生健康委员会主任某某, 县发展和改革委员会主任某某: the post is 主任 (not 委员会主任, nor the whole
    department's name and 主任); 县委书记, 省人大常委会主任 keep their heads."""
    x = extract("东湖区卫生健康委员会主任刘卫东、县发展和改革委员会主任王强出席。县委书记李明、省人大常委会主任赵刚讲话。")
    roles = {e.label for e in x.entities.entities.values() if e.type == "Role"}
    assert "主任" in roles and not [r for r in roles if r.endswith("委员会主任")]
    assert {"县委书记", "省人大常委会主任"} <= roles


def test_a_name_whose_last_character_jieba_took_for_an_adverb_before_its_party(extract):
    # jieba: 董事长 | 周育[vn] | 先[d] | 一行: the party follows the whole name, 周育先
    found = nodes(extract("市委书记会见了某某集团有限公司党委书记、董事长周育先一行。周育先表示，将加快推进项目建设。"))
    assert found.get("周育先") == "Person" and "周育" not in found


def test_a_machine_named_after_a_person_is_no_person(extract):
    # 达芬奇 | 机器人: the surgical robot named after Leonardo
    assert "达芬奇" not in nodes(extract("医院泌尿外科团队成功完成首例达芬奇机器人辅助手术。"))


def test_a_name_read_whole_after_its_post_is_whole_where_jieba_tags_its_given_name_alone(extract):
    # jieba: 马 | 海燕[nr] | 表示: the given name alone is no second person
    found = nodes(extract("县委书记马海燕、县长李宏伟出席。马海燕表示，要加强管理。"))
    assert found.get("马海燕") == "Person" and "海燕" not in found


def test_a_post_after_a_list_mark_and_a_long_unmarked_body_is_the_names(extract):
    # 州委书记、州理论学习中心组组长某某: the body between 、 and 组长 is eight characters no recogniser reads
    x = extract("州委书记、州理论学习中心组组长李军主持并讲话。")
    posts = {e.label for e in x.entities.entities.values() if e.type == "Post"}
    assert {"李军 州委书记", "李军 组长"} <= posts


def test_a_name_and_on_behalf_before_a_body_is_no_bodys_name(extract):
    # 组长某某 | 代表 | 巡视组反馈: the person speaks for the group, 某某代表巡视组 is no body
    x = extract("8月24日，安徽省委第三巡视组向祁门县委反馈巡视情况。省委第三巡视组组长王建华代表巡视组反馈巡视意见。")
    found = nodes(x)
    assert found.get("王建华") == "Person" and not [n for n in found if n.startswith("王建华代表")]
    ents = x.entities.entities
    post = next(e for e in ents.values() if e.type == "Post" and e.label == "王建华 组长")
    assert {ents[f.tail].label for f in x.facts if f.head == post.id and f.relation == "postIn"} == {"安徽省委第三巡视组"}


def test_a_noun_of_jieba_opening_with_a_rare_surname_is_no_name_after_a_post(extract):
    # 副市长 | 督导 | 检查: 督 is a surname, 督导 a noun; 同志 after it vouches for a name (洪流同志)
    assert "督导" not in nodes(extract("副市长督导检查安全生产工作。"))
    assert nodes(extract("成都军区后勤部原政委洪流同志，因病在成都逝世。")).get("洪流") == "Person"
    assert nodes(extract("副县长甘霖出席会议。")).get("甘霖") == "Person"


@pytest.mark.parametrize("village", ["李家山村", "姬家山村", "马家山村", "石山村"])
def test_a_village_named_with_a_common_word_of_jieba_at_its_end(extract, village):
    # jieba: 李家 | 山村, 城关镇 | 石 | 山村: a clan's name and 家, or one character right after the township
    found = nodes(extract(f"县委书记来到城关镇{village}，详细了解产业发展情况。"))
    assert found.get(village) == "Village" and "李" not in found


def test_a_common_word_ending_in_a_villages_suffix_is_still_no_village(extract):
    found = nodes(extract("他从小生活在山村，后来到城里工作。"))
    assert not [n for n, c in found.items() if c == "Village"]


def test_the_first_item_of_a_list_of_rivers_starts_after_the_verb_before_it(extract):
    found = nodes(extract("持续推进竹竿河、小潢河等重点河流综合治理。"))
    assert found.get("竹竿河") == "NaturalPlace" and found.get("小潢河") == "NaturalPlace"


def test_a_central_district_is_no_centre_and_a_strategic_partnership_no_strategy(extract):
    found = nodes(extract("副市长实地检查德州市中心城区燃气调压站。惠城区人民政府与华为技术有限公司签署数字政府建设战略合作框架协议。"))
    assert "德州市中心" not in found
    assert found.get("数字政府建设") == "Initiative" and "数字政府建设战略" not in found


def test_a_level_word_before_a_departments_short_name_is_no_county(extract):
    # 镇 | 安监办 (jieba: 镇安 | 监办, the county 镇安县): the township's work-safety office
    found = nodes(extract("城关镇党委书记周海涛带领镇安监办、派出所工作人员，沿清水河沿岸开展防溺水安全巡查。"))
    assert "镇安县" not in found and found.get("清水河") == "NaturalPlace"


def test_a_lake_jieba_knows_by_name_ending_in_chi(extract):
    found = nodes(extract("市中院在滇池流域设立了环境资源巡回法庭。新建游泳池两个，更换电池。"))
    assert found.get("滇池") == "NaturalPlace" and not [n for n in found if n.endswith("池") and n != "滇池"]
    assert "锂电池" not in nodes(extract("锂电池材料项目投资25亿元。"))


def test_a_kind_named_by_what_is_done_there_and_joining_one_are_no_bodies(extract):
    # 加工厂 (nt in jieba's dictionary, 加工 a verb), 农户 | 入社 (joining the cooperative)
    found = nodes(extract("吸纳周边农户入社，村里还将建设茶叶加工厂。附近新建了加油站。"))
    assert not [n for n, c in found.items() if c in ("Company", "Organization")]


def test_no_name_starts_inside_a_village_the_article_names(extract):
    # 派驻到后李村任第一书记: jieba's 李村任 (nr) is the village's end and the verb
    found = nodes(extract("说起驻村第一书记王海，临泉县老集镇后李村村民赞不绝口。",
                          "2021年6月，市财政局干部王海被派驻到后李村任第一书记。"))
    assert found.get("后李村") == "Village" and "李村任" not in found


def test_a_figure_in_a_verbs_object_makes_it_no_practice(extract):
    found = nodes(extract("今年全县新建高标准农田5.2万亩，推广优良品种覆盖率达到96%。"))
    assert found.get("高标准农田") == "Initiative" and not [n for n in found if "覆盖率" in n]


def test_the_youth_leagues_city_committee_is_no_party_committee(extract):
    """共青团某市委 is the League's committee (团市委, 某市团委); 市委 in the same article the Party's."""
    x = extract("2月24日，共青团长沙市委召开全市共青团工作会议。团市委书记周海兵作工作报告。市委常委、市委秘书长刘瑞武出席会议并讲话。")
    found = nodes(x)
    assert found.get("长沙市团委") == "Organization" and "共青团长沙市委" not in found
    ents = x.entities.entities
    post = next(e for e in ents.values() if e.type == "Post" and e.label == "刘瑞武 市委秘书长")
    assert {ents[f.tail].label for f in x.facts if f.head == post.id and f.relation == "postIn"} == {"长沙市委"}


def test_a_lake_before_a_common_noun_opening_like_a_level_word(extract):
    # 洞庭湖 | 区域: 区域 is no 区 of a district named 洞庭湖
    assert nodes(extract("岳阳市洞庭湖区域建立了联合执法机制。")).get("洞庭湖") == "NaturalPlace"


def test_a_name_in_a_list_whose_surname_is_also_a_word_of_time(extract):
    # 时 | 光辉[nr]: 时 a surname, 光辉 a given name of jieba's
    assert nodes(extract("省领导卢雍政、时光辉、吴胜华等出席会议。")).get("时光辉") == "Person"


def test_an_everyday_verb_a_head_could_end_and_an_everyday_noun_before_a_village_suffix(extract):
    # 西湖镇 | 组织[v] | 全体干部开展…: the verb; 镇 | 干部 | 包村[nr]: no village; 农行甘肃 | 分行[v] stays a bank
    found = nodes(extract("今年以来，西湖镇组织全体镇村干部开展“清洁家园”行动。", "镇干部包村到户开展环境整治。",
                          "近年来，农行甘肃分行大力支持马铃薯产业发展。"))
    assert "西湖镇组织" not in found and not [n for n, c in found.items() if c == "Village"]
    assert found.get("农行甘肃分行") == "Company"


def test_a_guessed_name_is_the_person_named_whole_before_comrade_elsewhere(extract):
    # 惠进 | 才[d] | 作了发言 after 惠进才同志: the person named whole before
    found = nodes(extract("钱引安同志任宝鸡市委书记；惠进才同志不再担任宝鸡市委书记职务。钱引安、惠进才作了表态发言。"))
    assert found.get("惠进才") == "Person" and "惠进" not in found


def test_a_companys_short_name_is_no_person(extract):
    # 张裕 | 将…: the short name of the company written whole before; 王凯一行…来到某集团: verbs between, a person
    assert "张裕" not in nodes(extract("烟台张裕葡萄酿酒股份有限公司发布年报。张裕将持续加大研发投入。"))
    assert nodes(extract("王凯一行先后来到许继集团有限公司调研。")).get("王凯") == "Person"


@pytest.mark.parametrize("text", ["新中国成立七十多年来，城乡面貌焕然一新。", "位于中国西北内陆的甘肃，风光壮美。",
                                  "弘扬中国文化，讲好家乡故事。", "第二届中国（河北）数字经济博览会开幕。",
                                  "中国建筑第八工程局有限公司与烟台市人民政府签署协议。"])
def test_the_home_country_qualifying_a_noun_or_opening_a_name_is_no_node(extract, text):
    assert "中国" not in nodes(extract(text))


@pytest.mark.parametrize("text", ["中国与巴基斯坦签署协议。", "中国政府高度重视。", "中华人民共和国成立以来，面貌焕然一新。"])
def test_the_home_country_named_as_a_party_or_a_state_is_a_node(extract, text):
    assert nodes(extract(text)).get("中国") == "Country"


def test_a_name_of_three_jieba_cut_before_a_verb_of_leading(extract):
    # 副主任 | 黄关[ns] | 春 | 带领下: the name whole before 带领 (率领, 带队, 一行 alike)
    assert nodes(extract("部分省人大代表在省人大常委会副主任黄关春带领下，到忠县视察乡村振兴工作。")).get("黄关春") == "Person"


def test_quoted_names_counted_before_their_kind_are_the_names_alone(extract):
    found = nodes(extract("我县申报的“苗族古歌”“苗绣”两个项目成功入选。"))
    assert "苗绣" in found and not [n for n in found if "两个" in n]


def test_a_body_named_bare_in_the_headline_is_the_one_named_in_full(extractor):
    from kg.read import article_from_text

    art = article_from_text("t", ["10月26日，岳阳市民政局召开全市养老服务工作推进会。"], title="民政局召开养老服务工作推进会",
                            date="2021-10-27")
    bodies = [e.label for e in extractor(art).entities.entities.values() if e.type == "GovernmentBody"]
    assert bodies == ["岳阳市民政局"]


def test_a_years_unit_opens_no_campaigns_name(extract):
    found = nodes(extract("县委常委班子召开2023年度主题教育专题民主生活会。"))
    assert "年度主题教育" not in found


def test_a_village_named_after_a_date_and_no_nationwide_department(extract):
    found = nodes(extract("与会人员实地考察了安吉县余村、德清县五四村。1月4日，全国农业农村厅局长会议在北京召开。"))
    assert found.get("五四村") == "Village" and "全国农业农村厅" not in found


def test_the_formal_name_of_a_citys_discipline_commission_is_its_short_one(extract):
    assert nodes(extract("中共柳州市纪律检查委员会召开会议。")).get("柳州市纪委") == "PartyOrganization"


def test_a_townships_name_ending_in_dang_is_no_party(extract):
    # jieba: 寿宁县 | 下党 | 乡下 | 党村: the township 下党乡 and its village, no body named 某县下党
    found = nodes(extract("其中包括霞浦县三沙镇、寿宁县下党乡下党村等。"))
    assert found.get("下党乡") == "Township" and not [n for n, c in found.items() if c == "PartyOrganization"]


@pytest.mark.parametrize("text,road", [
    ("店址位于建设东路28号。", "建设东路"),          # a house number, a quarter of the road
    ("位于解放西路108号的市民中心。", "解放西路"),     # a verb of jieba's names it, the number says so
    ("沿建设大道向东行驶。", "建设大道"),            # a word of where before it
    ("位于北京路的商场。", "北京路"),                # a city's short name names roads too
])
def test_a_road_where_the_text_says_it_is_one(extract, text, road):
    assert nodes(extract(text)).get(road) == "Place"


@pytest.mark.parametrize("text", ["沿线公路畅通。", "新的思路。", "加快道路建设。", "人民路改造工程完工。",
                                  "下半场11分钟，阿根廷队中路渗透。"])
def test_no_road_without_a_sign_of_one(extract, text):
    assert not [n for n, c in nodes(extract(text)).items() if c == "Place"]


def test_an_international_organisation_whose_head_jieba_tags_a_verb_is_still_one(extract):
    # 国际 | 组织[v] | 在…: no place before the head, a name (西湖镇 | 组织[v] | 全体干部…: the verb)
    assert nodes(extract("根据visa国际组织在2008年发布的数据。")).get("visa国际组织") == "Organization"


@pytest.mark.parametrize("text", ["目前，全区义务教育学校课后服务实现全覆盖。", "全区非公有制企业党组织覆盖率达到85%。"])
def test_every_one_of_a_kind_in_a_place_is_no_body(extract, text):
    assert not [n for n, c in nodes(extract(text)).items() if c not in ("Topic", "Initiative", "Concept")]


def test_a_cooperative_registered_with_a_trade_name_after_its_place(extract):
    # 龙泉市 | 畅然[a] | 食用菌专业合作社
    assert "龙泉市畅然食用菌专业合作社" in nodes(extract("32岁的刘畅回到家乡，创办了龙泉市畅然食用菌专业合作社。"))


def test_a_companys_short_form_for_its_name_with_a_bracketed_qualifier(extractor):
    from kg.read import article_from_text

    art = article_from_text("t", ["12月14日，罗湖区人民政府与华润（集团）有限公司签署战略合作协议。华润集团将投资建设新项目。"],
                            date="2020-12-15")
    companies = [e.label for e in extractor(art).entities.entities.values() if e.type == "Company"]
    assert companies == ["华润（集团）有限公司"]


def test_a_year_then_a_verb_of_going_into_a_village_is_no_village(extract):
    # 2018 | 年 | 驻村[n, a guess of jieba's model] | 以来
    assert not [n for n, c in nodes(extract("2018年驻村以来，工作队引进企业1家。")).items() if c == "Village"]


def test_a_work_team_opening_a_clause_is_the_one_named_before(extractor):
    from kg.read import article_from_text

    art = article_from_text("t", ["江西省林业局驻兴国县长冈乡塘石村工作队队长李宏正在村里忙碌。",
                                  "2018年以来，工作队引进油茶种植企业1家，带动贫困户56户增收。"], date="2020-08-18")
    ext = extractor(art)
    ents = ext.entities.entities
    subjects = {ents[f.tail].label for f in ext.facts if f.relation == "subject"}
    assert subjects == {"长冈乡塘石村工作队"}


@pytest.mark.parametrize("verb", ["宣读了表彰决定", "传达了会议精神", "通报了有关情况"])
def test_a_name_jieba_cuts_before_an_officials_part_in_a_meeting_is_whole(extract, verb):
    # 部长 | 杨家[nrfg] | 兴[v] | 宣读: the verb of an official's part in a meeting vouches for the name of three
    assert nodes(extract(f"会上，县委常委、宣传部部长杨家兴{verb}。")).get("杨家兴") == "Person"


def test_bodies_of_a_rank_are_no_names(extract):
    # 建成村级卫生室 in a village's story: a kind of clinic, not the village's own 村 + 级卫生室
    found = nodes(extract("巴松村是边境小康村。为村里新建住房98套，建成村级卫生室、幼儿园各1所，镇级卫生院也已建成。"))
    assert not [n for n, c in found.items() if "级" in n and c in ("Hospital", "Organization", "Village", "Township")]


def test_an_institutions_short_form_is_the_one_named_in_full(extract):
    # 中科院 keeps 中国科学院's first and last characters and the rest in order: one node
    found = nodes(extract("中国科学院与贵州省人民政府签署合作协议。中科院将派驻专家团队。"))
    assert found.get("中国科学院") == "Organization" and "中科院" not in found


def test_appointments_listed_under_a_heading_of_their_verb(extract):
    # 任命：| 某某为…；| 某某为…；| 免去：| 某某的…职务。 (a standing committee's list): each line its verb's
    ex = extract("青田县人大常委会任免名单", "任命：", "王立军为青田县财政局局长；", "李晓东为青田县教育局局长；",
                 "免去：", "王建华的青田县财政局局长职务。")
    member = {(f.head, f.tail) for f in ex.facts if f.relation == "memberOf"}
    assert {("Person/王立军", "GovernmentBody/青田县财政局"), ("Person/李晓东", "GovernmentBody/青田县教育局"),
            ("Person/王建华", "GovernmentBody/青田县财政局")} <= member
    # (not a heading: a line of prose ending in a colon names no appointment)
    ex = extract("会议指出：", "张宏伟为青田县财政局局长作出了贡献。")
    assert not [f for f in ex.facts if f.relation == "memberOf"]


@pytest.mark.parametrize("text", ["县卫健委副主任张某某通报疫情。", "县经信委主任张某某出席会议。"])
def test_a_departments_short_name_before_its_post_is_no_name(extract, text):
    # 县 | 卫健委 | 副主任: 卫 is a surname, but the word is the tokenizer's department name
    found = nodes(extract(text))
    assert not [n for n, c in found.items() if c == "Person" and n.endswith("委")]


def test_a_dotted_foreign_name_ends_before_its_party(extract):
    # 彭沙万·西帕 | 占[v] | 一行: the character before 一行 ends the name
    assert nodes(extract("省长会见了老挝琅南塔省省长彭沙万·西帕占一行。")).get("彭沙万·西帕占") == "Person"
    # (a title before 一行 is no part of the name: 约翰·史密斯 | 先生一行)
    assert nodes(extract("省长会见了约翰·史密斯先生一行。")).get("约翰·史密斯") == "Person"


def test_posts_no_longer_held_are_ended_not_taken(extractor):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["会上宣布了决定：刘建华同志不再担任贵州省委书记、常委、委员职务；王建国同志任贵州省委书记。"],
                                      date="2021-10-20"))
    ents = ext.entities.entities
    rules = {(ents[f.head].label, f.source) for f in ext.facts if f.relation == "hasRole" and f.head in ents}
    assert ("王建国", "relations.appointed") in rules
    assert not [r for r in rules if r[0] != "王建国" and r[1] == "relations.appointed"]


@pytest.mark.parametrize("text,holder,posts", [
    # the posts listed after one of a body, naming none of their own: the body's
    ("李振华同志不再担任天水市委书记、常委、委员职务。", "李振华", {("市委书记", "天水市委"), ("常委", "天水市委"), ("委员", "天水市委")}),
    # a head of government after a post in the government is the government's
    ("决定任命任建军为富平县人民政府副县长、代理县长。", "任建军",
     {("副县长", "富平县人民政府"), ("代理县长", "富平县人民政府")}),
])
def test_the_posts_of_a_list_are_in_the_body_of_the_first(extractor, text, holder, posts):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], date="2026-11-17"))
    ents = ext.entities.entities
    post_in = {f.head: ents[f.tail].label for f in ext.facts if f.relation == "postIn" and f.tail in ents}
    role = {f.head: ents[f.tail].label for f in ext.facts if f.relation == "role" and f.tail in ents}
    held = {(role.get(f.head), post_in.get(f.head)) for f in ext.facts
            if f.relation == "holder" and ents.get(f.tail) and ents[f.tail].label == holder}
    assert posts <= held


def _posts_of(extractor, title, text, date="2026-11-18"):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], title=title, date=date))
    ents = ext.entities.entities
    post_in = {f.head: ents[f.tail].label for f in ext.facts if f.relation == "postIn" and f.tail in ents}
    role = {f.head: ents[f.tail].label for f in ext.facts if f.relation == "role" and f.tail in ents}
    return {(ents[f.tail].label, role.get(f.head), post_in.get(f.head)) for f in ext.facts
            if f.relation == "holder" and f.tail in ents}


def test_a_resumes_present_posts_over_its_paragraph(extractor):
    """某某，男，…生，…人。现任…: the résumé's sentences after the first are still its subject's."""
    got = _posts_of(extractor, "胡国栋同志简历", "胡国栋，男，汉族，1971年3月生，浙江东阳人，1993年7月参加工作。现任浙江省委常委、温州市委书记。")
    assert {("胡国栋", "省委常委", "浙江省委"), ("胡国栋", "市委书记", "温州市委")} <= got


def test_a_body_of_a_post_held_before_is_not_what_a_short_form_after_it_is_of(extractor):
    """某某曾任平凉市委副书记、市长 in a report from 天水市: the 市委 after it is still 天水市's."""
    got = _posts_of(extractor, "天水市召开领导干部大会",
                    "11月17日，天水市召开领导干部大会。王建成同志曾任平凉市委副书记、市长。会议由市委副书记、市长赵丽萍主持。")
    assert ("赵丽萍", "市委副书记", "天水市委") in got


@pytest.mark.parametrize("text", ["州委常委、副州长向翔主持。", "副州长向翔主持会议。"])
def test_a_surname_that_is_a_function_word_after_a_post_and_before_a_persons_verb(extract, text):
    assert nodes(extract(text)).get("向翔") == "Person"


def test_a_minority_name_jieba_holds_as_a_rare_place_word_after_a_post(extract):
    # 省委书记 | 巴音朝鲁[ns, counted twice] | ，: no place of the gazetteer's; a real place stays a place
    found = nodes(extract("吉林省委书记巴音朝鲁，省委副书记、省长景俊海分别陪同检查。"))
    assert found.get("巴音朝鲁") == "Person" and found.get("景俊海") == "Person"
    assert nodes(extract("市委书记呼和浩特调研。")).get("呼和浩特") != "Person"


def test_a_dotted_name_whose_part_jieba_holds_as_a_rare_place_word(extract):
    # 吐尔逊江 | · | 阿不都热依木[ns, counted 3 times]: both parts the name (都 a function character of Han names)
    found = nodes(extract("天山区委副书记、区长吐尔逊江·阿不都热依木带领区直机关干部来到燕儿窝街道。"))
    assert found.get("吐尔逊江·阿不都热依木") == "Person" and "吐尔逊江" not in found


def test_a_minister_below_cabinet_rank_abroad_holds_a_post_of_the_ministry(extract):
    # 新加坡贸工部 | 高级政务部长 | 许宝琨: not a 高级政务部 with a 部长
    found = nodes(extract("5月21日，省长王国生在郑州会见了新加坡贸工部高级政务部长许宝琨一行。"))
    assert found.get("新加坡贸工部") == "GovernmentBody" and "新加坡贸工部高级政务部" not in found


@pytest.mark.parametrize("text, name", [
    ("市政协副主席王晓东、陈家旺出席会议。", "陈家旺"),       # a list's item whose surname jieba tagged a name's start
    ("市政协主席许立新作交流发言。", "许立新"),               # a given name jieba tagged an adverb, then a speech
    ("任命：\n杨光明为宁夏回族自治区高级人民法院副院长。", "杨光明"),   # an item of a list of appointments
])
def test_names_jieba_cut_that_their_frame_vouches_for(extractor, text, name):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", text.split("\n")))
    assert name in {e.label for e in ex.entities.entities.values() if e.type == "Person"}


def test_a_party_committees_office_under_its_formal_short_name_is_the_partys(extractor):
    """中共某省委办公厅 (两办联合印发): the Party committee's office, part of it, not the government's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["近日，中共江西省委办公厅、江西省人民政府办公厅联合印发《关于减轻基层负担的若干措施》。"]))
    types = {e.label: e.type for e in ex.entities.entities.values()}
    assert types["中共江西省委办公厅"] == "PartyOrganization"


@pytest.mark.parametrize("text, name", [
    ("会上，联福村驻村第一书记罗文杰作交流发言。", "罗文杰"),     # 杰作: the name's last character and 作
    ("35岁的返乡创业青年孙明亮当选村党支部书记。", "孙明亮"),     # elected
    ("“村里的红色旅游是宝贝。”孙明亮说。", "孙明亮"),              # a surname alone, a word, then 说
])
def test_names_their_verb_vouches_for(extractor, text, name):
    ex = extractor(article_from_text("t", [text]))
    assert name in {e.label for e in ex.entities.entities.values() if e.type == "Person"}


def test_an_executive_deputy_is_a_post_of_its_own(extractor):
    """常务副校长某某: the executive deputy head, not a plain 副校长."""
    ex = extractor(article_from_text("t", ["延安市委党校常务副校长刘晓燕主持开班仪式。"]))
    assert "常务副校长" in {e.label for e in ex.entities.entities.values() if e.type == "Role"}


def test_a_household_named_by_its_standing_before_the_householder(extractor):
    """来到脱贫户刘长山家中: 脱贫户 marks the name after it (no 长山 mountain)."""
    ex = extractor(article_from_text("t", ["望奎县县委书记高振国来到脱贫户刘长山家中，询问收入情况。"]))
    found = {(e.label, e.type) for e in ex.entities.entities.values()}
    assert ("刘长山", "Person") in found and ("长山", "NaturalPlace") not in found


def test_a_countys_short_name_before_wenhua_names_a_culture_not_the_county(extract):
    """徽州文化, 红山文化: a historic region's or an excavation's culture, older than the district that took
    the name; 徽州区 written in full is the district."""
    found = nodes(extract("黄山市大力弘扬徽州文化。"))
    assert "徽州区" not in found and found.get("黄山市") == "Prefecture"
    assert nodes(extract("黄山市徽州区文化馆开馆。")).get("徽州区") == "County"


def test_a_post_after_a_bodys_party_group_is_named_by_the_group_not_the_whole_body(extract):
    """市财政局党组 | 书记: a 党组书记 (as the post is called), in that 党组; 县委 | 书记 stays a 县委书记
    (a level's committee names the post with it)."""
    ex = extract("临汾市财政局召开会议。市财政局党组书记、局长王志刚主持。县委书记李建国、县委组织部部长刘芳出席。")
    roles = {(ex.entities.entities[f.head].label, ex.entities.entities[f.tail].label)
             for f in ex.facts if f.relation == "hasRole"}
    assert {("王志刚", "党组书记"), ("王志刚", "局长"), ("李建国", "县委书记"), ("刘芳", "部长")} <= roles
    member = {ex.entities.entities[f.tail].label for f in ex.facts if f.relation == "memberOf" and f.head == "Person/王志刚"}
    assert "临汾市财政局党组" in member


def test_a_note_in_brackets_between_a_post_and_its_holder(extract):
    """副市长（挂职）某某, 县委书记（兼）某某: the note is on the post; the name after it holds the post,
    and the posts listed before it too."""
    ex = extract("临汾市召开会议。市委常委、副市长（挂职）李建华，副县长（正县级）赵平参加。")
    roles = {(ex.entities.entities[f.head].label, ex.entities.entities[f.tail].label)
             for f in ex.facts if f.relation == "hasRole"}
    assert {("李建华", "副市长"), ("李建华", "市委常委"), ("赵平", "副县长")} <= roles


def test_a_bodys_former_post_keeps_the_body(extract):
    """某局原局长: jieba's model glues 局原 into one word (glued_after_heads.tsv gives them apart); the
    bureau is named and the post is in it."""
    ex = extract("贵州省能源局原局长王德明接受审查调查。")
    assert nodes(ex).get("贵州省能源局") == "GovernmentBody"
    member = {ex.entities.entities[f.tail].label for f in ex.facts if f.relation == "memberOf" and f.head == "Person/王德明"}
    assert member == {"贵州省能源局"}


@pytest.mark.parametrize("text,person,role,body", [
    ("鄂尔多斯市召开推进会。市委常委、常务副市长白玉龙主持会议，市政府秘书长李强出席。", "白玉龙", "常务副市长", "鄂尔多斯市政府"),
    ("锡林郭勒盟召开会议。盟委副书记、副盟长巴特尔出席会议。", "巴特尔", "副盟长", "锡林郭勒盟"),
])
def test_a_deputy_head_of_government_serves_in_the_places_government(extract, text, person, role, body):
    ex = extract(text)
    ents = ex.entities.entities
    posts = {(ents[f.head].label if f.head in ents else f.head) for f in ex.facts if f.relation == "holder" and f.tail == f"Person/{person}"}
    post_in = {ents[f.tail].label for f in ex.facts if f.relation == "postIn" and f.head in
               {p.id for p in ex.entities.entities.values() if p.type == "Post" and p.label == f"{person} {role}"}}
    assert post_in == {body}, (posts, post_in)


def test_a_departments_head_then_its_post_is_no_surname(extract):
    """某某司 | 司长 | 某某: the department's head character, then the post; no person 司."""
    found = nodes(extract("国家发展改革委地区振兴司司长刘强参加会议。"))
    assert "司" not in found and found.get("刘强") == "Person"


def test_uyghur_names_joined_by_a_dot_keep_their_first_part(extract):
    """阿不都拉·吐尔逊, 托合提·艾力, 买买提江·艾山: the first part's characters (都, 合, 江) are common
    Chinese ones; the dot vouches for the name (dotted_name_chars.txt)."""
    found = nodes(extract("村民托合提·艾力、阿不都拉·吐尔逊、吾买尔·托合提，记者买买提江·艾山，副州长努尔兰·哈布都拉参加座谈。"))
    persons = {label for label, cls in found.items() if cls == "Person"}
    assert {"托合提·艾力", "阿不都拉·吐尔逊", "吾买尔·托合提", "买买提江·艾山", "努尔兰·哈布都拉"} <= persons
    assert not {"提·艾力", "拉·吐尔逊", "艾山"} & persons


def test_mongolian_and_yi_names_of_two_elements(extract):
    """乌云其其格, 那顺巴雅尔 (Mongolian), 沙马阿呷, 阿西拉则 (Yi: the clan's name, then the given name):
    two elements of a name side by side are one name, as 扎西顿珠 is."""
    found = nodes(extract("嘎查党支部书记乌云其其格、牧民那顺巴雅尔，村民沙马阿呷、阿西拉则参加座谈。"))
    persons = {label for label, cls in found.items() if cls == "Person"}
    assert {"乌云其其格", "那顺巴雅尔", "沙马阿呷", "阿西拉则"} <= persons and "乌云" not in persons


def test_mongolian_names_of_two_elements_jieba_cuts_are_whole(extract):
    """哈斯朝鲁, 阿拉腾敖其尔 (jieba: 阿拉), 敖其尔巴图: two elements of a Mongolian name."""
    found = nodes(extract("旗委书记哈斯朝鲁带领工作组深入牧户家中。副盟长阿拉腾敖其尔、旗长敖其尔巴图出席开幕式。"))
    persons = {k for k, v in found.items() if v == "Person"}
    assert {"哈斯朝鲁", "阿拉腾敖其尔", "敖其尔巴图"} <= persons and "阿拉" not in persons


def test_a_department_before_zuo_and_a_count_before_a_measure_surname(extract):
    """某厅作了交流发言, 某局作表态发言: jieba's model glues 厅作/局作 (glued_after_heads.tsv gives them apart),
    the department is named; 11项正按序推进: 项 counts, no person 项正; 前郭 | 县委: no person 郭县委."""
    found = nodes(extract("会上，省自然资源厅、省生态环境厅作了交流发言，杭州市生态环境局作表态发言。"
                          "其余11项正按序时推进。前郭县委副书记、县长巴特尔介绍。"))
    assert found.get("杭州市生态环境局") == "GovernmentBody"
    assert not {"项正", "郭县委"} & set(found)


def test_a_lake_or_mountain_jieba_tags_a_name_before_what_is_said_of_it(extract):
    """阳宗海 | 水质, 贺兰山 | 东麓, 沙颍河 | 水质: a lake, a mountain, a river (jieba tags them nr), whatever
    surname they open with; no person."""
    found = nodes(extract("阳宗海水质由Ⅳ类提升至Ⅲ类，温榆河、沙颍河水质稳定达到Ⅲ类。贺兰山东麓生态保护修复工程通过验收。"))
    # (温榆河 too, listed before the one the words follow)
    assert not {"阳宗海", "温榆河", "沙颍河", "贺兰山"} & {label for label, cls in found.items() if cls == "Person"}
    assert found.get("阳宗海") == "NaturalPlace"


def test_a_school_named_before_a_teachers_name(extract):
    """某某第三 | 中学教师 | 某某: jieba's dictionary holds 中学教师 (institution_post_words.tsv gives them
    apart); the school is named, and 渣津镇中心小学 is no 渣津镇中心."""
    found = nodes(extract("会上，赣州市南康区第三中学教师刘春华、九江市修水县渣津镇中心小学教师罗小英作为先进代表发言。"))
    assert found.get("南康区第三中学") == "School" and found.get("渣津镇中心小学") == "School"
    assert "渣津镇中心" not in found


def test_courts_numbered_and_written_short_and_a_river_chiefs_office(extract):
    """某市第五中级人民法院 (the number before the court's grade), 某某中院 (a city's intermediate court
    written short), 某省河长办 (the river chiefs' office: no person 办印发 after the post 河长)."""
    found = nodes(extract("重庆市第五中级人民法院公开宣判。广州中院院长隋文涛出席会议。近日，湖南省河长办印发《专项行动方案》。"))
    assert found.get("重庆市第五中级人民法院") == "GovernmentBody" and found.get("广州中院") == "GovernmentBody"
    assert found.get("湖南省河长办") == "GovernmentBody" and "办印发" not in found
    assert "中级人民法院" not in found


def test_the_centre_after_a_verb_is_no_central_committee(extract):
    """某省纪委监委通报违反中央八项规定精神典型问题: 违反 | 中央 — the centre's rules; no body
    “某省纪委监委通报违反中央”. 民革中央, 中共中央 stay."""
    found = nodes(extract("贵州省纪委监委通报违反中央八项规定精神典型问题。民革中央和中共中央发文。"))
    assert found.get("贵州省纪委监委") == "PartyOrganization" and not [k for k in found if k.endswith("违反中央")]
    assert found.get("中共中央") == "PartyOrganization" and "民革中央" in found


@pytest.mark.parametrize("text", [
    "第二批主题教育开展以来，全县共有1862个基层党组织、4.1万余名党员参加。",   # 4.1 | 万余名: a count
    "5月6日，兰州大学召开座谈会，校领导和师生代表共60余人参加。",             # 师生[nr]: teachers and students
    "要聚焦兰白国家自主创新示范区建设，推进郑洛新国家自主创新示范区建设。",       # regions named by abbreviations
])
def test_counts_and_groups_of_people_are_no_persons(extract, text):
    assert not [e for e in extract(text).entities.entities.values() if e.type == "Person"]


def test_a_touring_supervision_group_is_a_body_its_leader_holds_a_post_in(extract):
    """省委第三巡回督导组组长某某: the group (巡回督导组, as 巡回指导组) and its leader's post in it."""
    x = extract("10月16日，四川省委第三巡回督导组组长杨洪波一行到凉山州督导主题教育工作。")
    ents = x.entities.entities
    assert "四川省委第三巡回督导组" in {e.label for e in ents.values() if e.type == "Organization"}
    assert {ents[f.tail].label for f in x.facts if f.relation == "postIn" and f.tail in ents} == {"四川省委第三巡回督导组"}


def test_a_countrys_mission_is_named_with_the_country(extract):
    """日本驻上海总领事馆: the mission of 日本, in 上海 (not 上海总领事馆)."""
    x = extract("4月9日，副省长李国华在杭州会见了日本驻上海总领事馆总领事小西隆史。")
    ents = x.entities.entities
    assert {e.label for e in ents.values() if e.type == "Organization"} == {"日本驻上海总领事馆"}
    located = {(ents[f.head].label, ents[f.tail].label) for f in x.facts if f.relation == "locatedIn"
               and f.head in ents and f.tail in ents}
    assert ("日本驻上海总领事馆", "上海市") in located


def test_departments_listed_after_a_places_department_are_the_places(extract):
    """某市发展改革委、商务局…: the bare 商务局 of the list is 某市's too."""
    x = extract("6月28日，汉中市发展改革委、商务局及相关县区负责同志参加活动。")
    ents = x.entities.entities
    assert {e.label for e in ents.values() if e.type == "GovernmentBody"} == {"汉中市发展改革委", "汉中市商务局"}



def test_a_short_form_the_text_declares_is_the_body_named_before_it(extract):
    """某某（以下简称“某某”）: one node, named in full, the declared short form its alias."""
    ex = extract("江苏常熟农村商业银行股份有限公司（以下简称“常熟农商银行”）召开年度股东大会。"
                 "常熟农商银行全年发放普惠小微贷款210亿元。")
    companies = [e for e in ex.entities.entities.values() if e.type == "Company"]
    assert [e.label for e in companies] == ["江苏常熟农村商业银行股份有限公司"] and "常熟农商银行" in companies[0].aliases


def test_a_groups_short_name_inside_its_registered_name_is_that_company(extract):
    """中国华能集团有限公司 … 华能集团: the group's trade name with its opening words left out, one company."""
    ex = extract("中国华能集团有限公司董事长温枢刚到云南调研。温枢刚表示，华能集团将加大在滇投资。")
    companies = [e for e in ex.entities.entities.values() if e.type == "Company"]
    assert [e.label for e in companies] == ["中国华能集团有限公司"] and "华能集团" in companies[0].aliases


def test_a_party_committees_formal_name_with_the_partys_short_name_is_the_same_body(extract):
    """中共四川省委组织部关于…的通告 (headline) … 向省委组织部反映: one body."""
    from kg.read import article_from_text
    ex = extract("中共四川省委组织部发布干部任前公示。对公示对象有情况反映的，可以向四川省委组织部反映。")
    labels = sorted(e.label for e in ex.entities.entities.values() if e.type == "PartyOrganization")
    assert labels.count("中共四川省委组织部") == 1 and "四川省委组织部" not in labels


def test_a_courts_short_form_is_the_court_named_in_full(extract):
    """江苏省高级人民法院 … 省法院; 广州市中级人民法院 … 广州中院: one court each, named in full."""
    ex = extract("江苏省高级人民法院召开新闻发布会。省法院党组成员、副院长周立民出席。"
                 "广州市中级人民法院召开会议，广州中院副院长李明介绍。")
    bodies = sorted(e.label for e in ex.entities.entities.values() if e.type == "GovernmentBody")
    assert bodies == ["广州市中级人民法院", "江苏省高级人民法院"]


def test_names_of_no_han_surname_opening_a_resume_with_their_people_are_persons(extract):
    """泽仁拉姆，女，藏族，…; 洛桑江村，男，藏族，… (no village): the résumé's subject, vouched for by the people."""
    ex = extract("泽仁拉姆，女，藏族，1980年2月生，四川康定人，现任泸定县委书记。",
                 "洛桑江村，男，藏族，1979年5月生，西藏林芝人，现任林芝市巴宜区副区长。")
    found = nodes(ex)
    assert found.get("泽仁拉姆") == "Person" and found.get("洛桑江村") == "Person"


def test_an_overseas_chinese_leader_before_a_name_marks_it(extract):
    """泰国侨领林泰安: 侨领 vouches for the name after it (no 泰安市 read inside it)."""
    found = nodes(extract("泰国侨领林泰安、侨商陈国栋出席。"))
    assert found.get("林泰安") == "Person" and "泰安市" not in found



# -- session 46: regions, appointments, lists of provinces, mass organisations ----------------
@pytest.mark.parametrize("text,name,cls", [
    ("会议由广西壮族自治区人民政府承办。", "广西壮族自治区人民政府", "GovernmentBody"),
    ("4月15日，区公安分局局长张永强陪同调研。天山区公安分局提供保障。", "天山区公安分局", "GovernmentBody"),
    ("共青团中央印发通知。", "共青团中央", "Organization"),
    ("最高法发布典型案例。", "最高法", "GovernmentBody"),
])
def test_bodies_read_whole(extract, text, name, cls):
    assert nodes(extract(text)).get(name) == cls


@pytest.mark.parametrize("text,person", [
    ("黑龙江省委常委、秘书长谷宏，副省长于建新等随团考察。", "于建新"),      # 于[p] | 建新[v] after a post
    ("任命张伟为教育部副部长。", "张伟"),                                  # 张伟为 (jieba) no body's stem
    ("宁波市人大常委会主任何剑锋主持会议。", "何剑锋"),                      # 主 | 任何 | 剑锋
])
def test_names_jieba_glued_to_a_function_word_are_persons(extract, text, person):
    found = nodes(extract(text))
    assert found.get(person) == "Person"
    assert not any(label.startswith(person) and label != person and cls != "Post" for label, cls in found.items())


def test_a_name_found_after_a_post_is_the_person_again_after_a_comma(extract):
    """常务副主席于洪涛 … 会后，于洪涛一行: 于 is the surname again (no person 洪涛)."""
    found = nodes(extract("省总工会常务副主席于洪涛出席会议。会后，于洪涛一行来到建华区中华街道。"))
    assert found.get("于洪涛") == "Person" and "洪涛" not in found


@pytest.mark.parametrize("text,absent", [
    ("欢迎更多苏商到辽宁投资兴业。晋商代表也参加了座谈。", ("苏商", "晋商", "晋商代表")),   # a province's merchants
    ("永靖县人民检察院针对刘家峡库区非法捕捞问题制发检察建议。", ("刘家峡",)),              # a landform's place
])
def test_groups_and_places_named_like_persons_are_none(extract, text, absent):
    found = nodes(extract(text))
    assert not any(found.get(a) == "Person" for a in absent)


def test_a_short_province_name_listed_among_provinces_is_the_province(extract):
    """青海、…、河南、山东九省区: 河南 the province, not the county of Qinghai; no 青海省区政府."""
    found = nodes(extract("青海、四川、甘肃、宁夏、内蒙古、山西、陕西、河南、山东九省区政府分管负责同志参加会议。"))
    assert found.get("河南省") == "Province" and "河南蒙古族自治县" not in found
    assert not any(label.endswith("省区政府") for label in found)


def test_a_metropolitan_area_names_its_city(extract):
    """南昌都市圈: 南昌, no 昌都市 of Tibet (南 | 昌都市 | 圈)."""
    found = nodes(extract("加快建设武汉都市圈、长株潭都市圈和南昌都市圈。"))
    assert "昌都市" not in found and found.get("南昌市") == "Prefecture"


def test_a_mass_organisation_named_in_full_and_short_is_one_node_named_in_full(extractor):
    """云南省残联 (headline) … 云南省残疾人联合会 … 云南省残联: one body, named in full."""
    ex = extractor(article_from_text("t", ["5月17日，云南省残疾人联合会举行主题活动。云南省残联向州市残联发放辅助器具。"],
                                     title="云南省残联开展助残日活动"))
    orgs = sorted(e.label for e in ex.entities.entities.values() if e.type == "Organization")
    assert orgs == ["云南省残疾人联合会"]


def test_a_body_named_after_a_township_of_the_tables_is_placed_there(extractor):
    """经彭泽县委研究决定：王海波同志任定山镇党委书记: 定山镇 a node under 彭泽县, its Party committee in it."""
    ex = extractor(article_from_text("t", ["经彭泽县委研究决定：王海波同志任定山镇党委书记。"]))
    assert nodes(ex).get("定山镇") == "Township"
    assert located(ex).get("定山镇党委") == "定山镇" and located(ex).get("定山镇") == "彭泽县"


@pytest.mark.parametrize("text,role", [
    ("宁夏回族自治区副主席马福林发言。", "自治区副主席"),   # 宁夏回族自治区 | 副主席: the region's post
    ("枫桥镇党委委员、政法委员陈国栋介绍。", "政法委员"),
    ("内蒙古自治区党委统战部常务副部长其格出席。", "常务副部长"),
])
def test_posts_read_whole(extract, text, role):
    assert nodes(extract(text)).get(role) == "Role"


def test_an_honour_in_quotes_is_no_initiative(extract):
    """获评“四川省三八红旗手”, 申报“宁波市五一劳动奖章”: titles given, not programmes."""
    found = nodes(extract("医生曲木拉且等80人获评“四川省三八红旗手”。职工可申报“宁波市五一劳动奖章”。"))
    assert not any(t == "Initiative" for t in found.values())


@pytest.mark.parametrize("text,person,absent", [
    ("宁夏回族自治区副主席马福林、内蒙古自治区副主席其木格先后发言。", "其木格", None),   # one element after a post
    ("宁波市总工会主席王海燕专程前往医院看望受伤职工。", "王海燕", "王海燕专程前往医院"),  # 专程前往 ends the stem
])
def test_names_after_a_post_read_whole(extract, text, person, absent):
    found = nodes(extract(text))
    assert found.get(person) == "Person" and (absent is None or absent not in found)


def test_a_verb_jieba_tags_as_a_name_is_no_person(extract):
    """我市两名职工荣获全国五一劳动奖章: 荣获 (nr in jieba's dictionary) after a noun of persons."""
    assert "荣获" not in nodes(extract("我市两名职工荣获全国五一劳动奖章。"))


def test_a_bodys_party_group_named_after_it_is_the_bodys(extract):
    """成都市 | 中级 | 人民法院 | 党组书记: the court's 党组, not one of 人民法院 alone."""
    found = nodes(extract("成都市中级人民法院党组书记、院长向红英参加座谈。"))
    assert found.get("成都市中级人民法院党组") == "PartyOrganization" and "人民法院党组" not in found


@pytest.mark.parametrize("text,absent", [
    ("去年，安吉村集体经济总收入达到6.2亿元。", "安吉村"),            # the county's villages, no village
    ("滕头村是宁波市首批强村公司试点村之一。", "首批强村"),            # 强村公司: a company of villages
    ("兴安村党支部书记孙铁军告诉记者，全村1.8万亩耕地实现规模经营。", "全村"),   # no credit line in the text
])
def test_words_of_rural_policy_name_no_place_or_person(extract, text, absent):
    assert absent not in nodes(extract(text))


def test_rural_policy_terms_and_posts(extract):
    found = nodes(extract("要以和美乡村建设为抓手。乡村CEO王芳负责宁溪镇乌岩头村的农文旅项目运营。"))
    assert found.get("和美乡村建设") == "Initiative" and found.get("乡村CEO") == "Role"


def test_sites_of_the_revolution_and_their_bodies(extract):
    """红四方面军总医院旧址: a site, no hospital; 永丰县烈士陵园 a landmark by the county's name; 川陕苏区: no 江苏."""
    found = nodes(extract("与会人员参观了通江县沙溪镇王坪村红四方面军总医院旧址。干部群众来到永丰县烈士陵园敬献花篮。"
                          "巴中市完成川陕苏区将帅碑林保护修缮工程。"))
    assert "红四方面军总医院" not in found and found.get("永丰县烈士陵园") == "Landmark"
    assert "江苏省" not in found and found.get("四川省") == "Province"


def test_a_deputy_director_general_is_a_post_of_its_own(extract):
    assert nodes(extract("海关总署副署长王令浚出席并讲话。")).get("副署长") == "Role"


@pytest.mark.parametrize("text,name", [
    ("吴兴区木渎镇敬老院、石家庄市儿童福利院、金水区救助管理站、南宁市殡仪馆派员参加。", "石家庄市儿童福利院"),
    ("吴兴区木渎镇敬老院、石家庄市儿童福利院、金水区救助管理站、南宁市殡仪馆派员参加。", "金水区救助管理站"),
    ("调研组来到姑苏区双塔街道综合养老服务中心察看适老化改造情况。", "双塔街道综合养老服务中心"),
])
def test_institutions_of_care_named_by_their_place(extract, text, name):
    found = nodes(extract(text))
    assert found.get(name) == "Organization" and "福利院" not in found


def test_a_charity_federation_written_short_is_the_provinces(extractor):
    """黑龙江省慈善总会…活动在哈尔滨市启动。…省慈善总会会长某某: the province's federation, his post in it."""
    ex = extractor(article_from_text("t", ["24日，黑龙江省慈善总会冬季送温暖活动在哈尔滨市启动。活动现场，省慈善总会会长刘振国"
                                           "向各地慈善会代表移交了过冬物资。"]))
    names = {k: e.label for k, e in ex.entities.entities.items()}
    assert ("刘振国 会长", "黑龙江省慈善总会") in {(names[f.head], names.get(f.tail)) for f in ex.facts
                                                  if f.relation == "postIn"}


def test_names_of_other_peoples_after_a_post_and_in_a_list(extract):
    """市长旺堆讲话 (旺堆, a word jieba's dictionary counts twice); 副主任甲、乙、吴铁军、那日苏，秘书长…: every name."""
    assert nodes(extract("6月25日，林芝市召开2026年军地联席会议，市委副书记、市长旺堆讲话。")).get("旺堆") == "Person"
    found = nodes(extract("省人大常委会主任张庆林主持会议，副主任王建华、赵丽萍、吴铁军、那日苏，秘书长郑宏出席会议。"))
    assert {"吴铁军", "那日苏"} <= {k for k, v in found.items() if v == "Person"}


def test_a_countys_development_slogan_names_no_county(extract):
    """生态立县、旅游兴县, 产业富县: no 兴县 of 山西 nor 富县 of 陕西; 来到兴县 is the county."""
    found = nodes(extract("要紧扣“生态立县、旅游兴县”目标，坚持工业强县、产业富县。"))
    assert "兴县" not in found and "富县" not in found and "山西省" not in found
    assert nodes(extract("记者来到吕梁市兴县。")).get("兴县") == "County"


def test_banks_named_by_their_kind_after_their_place(extract):
    """赣州农村商业银行, 安吉农商银行, 长兴联合村镇银行: a bank of the place, not 商业银行."""
    found = nodes(extract("今年以来，赣州农村商业银行累计发放涉农贷款12亿元，安吉农商银行、长兴联合村镇银行也加大投放。"))
    assert {found.get(k) for k in ("赣州农村商业银行", "安吉农商银行", "长兴联合村镇银行")} == {"Company"}
    assert "商业银行" not in found


def test_a_fairs_short_name_and_a_policy_word_are_no_persons(extract):
    """第十九届文博会在深圳开幕, 出台惠企政策: no persons 文博会, 惠企."""
    found = nodes(extract("5月29日，第十九届文博会在深圳开幕。会议要求出台惠企政策。"))
    assert found.get("文博会") != "Person" and "惠企" not in found


def _org_labels(extractor, text, title="t"):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], title=title))
    return {e.label for e in ext.entities.entities.values() if e.type in ("GovernmentBody", "PartyOrganization",
                                                                          "Company", "Organization")}


@pytest.mark.parametrize("text,expected", [
    # the tokenizer glues a head of one character to the function word after it (委等, 委和)
    ("国家发展改革委等部门联合印发通知。", {"国家发展改革委"}),
    ("国家卫生健康委和国家中医药局联合印发通知。", {"国家卫生健康委", "国家中医药局"}),
])
def test_a_commission_named_before_deng_or_he(extractor, text, expected):
    assert expected <= _org_labels(extractor, text)


@pytest.mark.parametrize("text,expected,wrong", [
    ("受甘肃省人民政府委托，甘肃省审计厅报告了审计情况，并于年底前向省人大常委会全面报告。",
     {"甘肃省人民政府", "甘肃省人大常委会"}, ("受", "前向")),
    ("郑宏涛曾任华能国际电力股份有限公司总经理。", {"华能国际电力股份有限公司"}, ("曾任",)),
    ("驻国资委纪检监察组对中国华能集团有限公司原副总经理进行审查。", {"中国华能集团有限公司"}, ("组对",)),
])
def test_what_a_clause_does_with_a_body_is_no_part_of_its_name(extractor, text, expected, wrong):
    """受…委托, 向…报告, 曾任…, 组对…: the verb or preposition before the body opens no name."""
    got = _org_labels(extractor, text)
    assert expected <= got and not any(label.startswith(wrong) for label in got)


def test_an_office_named_bare_after_its_level_is_no_person(extractor):
    """省文明办主任某某 (jieba: 文明办 a name): the office's director, no person 文明办."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["省文明办主任董亚琴介绍，全省共有全国文明城市18个。"], title="湖北发布文明城市名单"))
    persons = {e.label for e in ext.entities.entities.values() if e.type == "Person"}
    assert persons == {"董亚琴"}


def test_a_posting_taken_with_gua_ren(extractor):
    """某某挂任某县副县长 (援疆, 援藏 postings): the post taken, and the name whole."""
    got = _posts_of(extractor, "援疆干部挂职", "省发展改革委副处长孙浩挂任伊宁县副县长，苏州市吴中区教育局副局长蒋立群挂任"
                    "察布查尔锡伯自治县教育局副局长。")
    assert ("孙浩", "副县长", "伊宁县") in got
    assert ("蒋立群", "副局长", "察布查尔锡伯自治县教育局") in got


def test_names_of_two_tibetan_elements_after_posts(extractor):
    got = _posts_of(extractor, "t", "州委常委、副州长泽仁多吉主持会议。")
    assert ("泽仁多吉", "副州长", None) in {(h, r, None) for h, r, _ in got}


def test_a_village_named_after_a_townships_body_is_in_the_township(extractor):
    """某镇党委书记某某带队深入甲村、乙村: the villages of the township, not of the county."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["11月16日，思南县许家坝镇党委书记田茂林带队深入坪上村、龙塘村等地，督导农村人居环境整治工作。"]))
    ents = ext.entities.entities
    located = {(ents[f.head].label, ents[f.tail].label) for f in ext.facts
               if f.relation == "locatedIn" and f.head in ents and f.tail in ents}
    assert {("坪上村", "许家坝镇"), ("龙塘村", "许家坝镇")} <= located


def test_a_villages_committees_written_bare_take_the_villages_name_before_the_whole(extractor):
    """某村举行村民委员会换届选举大会, 由村务监督委员会负责: 某村村民委员会, not 某村民委员会."""
    got = _org_labels(extractor, "11月1日，阿尔山市白狼镇林俗村举行村民委员会换届选举大会。林俗村村务监督委员会同日选出。")
    assert {"林俗村村民委员会", "林俗村村务监督委员会"} <= got


@pytest.mark.parametrize("text,name", [
    ("县委副书记努尔兰·阿不都满金出席。", "努尔兰·阿不都满金"),
    ("退休教师张桂芝用一口地道的方言为村民宣讲全会精神。", "张桂芝"),
])
def test_names_whole(extractor, text, name):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text]))
    assert name in {e.label for e in ext.entities.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text,one", [
    ("中国石化西北油田分公司召开会议。西北油田分公司党委书记石国强介绍，中国石化高度重视。", "中国石化西北油田分公司"),
    ("中国农业银行赣州分行与企业签约。农业银行赣州分行行长介绍，中国农业银行将加大支持。", "中国农业银行赣州分行"),
    ("中国农业银行赣州分行与企业签约。据悉，农业银行今年投放贷款50亿元。", "中国农业银行"),
])
def test_a_branch_or_a_bank_named_again_without_its_opening_is_one(extractor, text, one):
    """西北油田分公司 for 中国石化西北油田分公司, 农业银行 for 中国农业银行: one node, the short form an alias."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text]))
    companies = {e.label for e in ext.entities.entities.values() if e.type == "Company"}
    assert one in companies and not any(one.endswith(c) and c != one for c in companies), companies


def test_names_of_common_words_inside_a_list_of_persons(extract):
    """州领导甲、乙、田春明、向宏伟出席会议: 春明 and 宏伟 are words, 向 a preposition, but between names and
    before 出席 they are names; outside such a list they are read as before."""
    ents = extract("8月4日，州委书记徐卫东主持召开州委常委会会议。州领导刘德胜、覃丽华、田春明、向宏伟出席会议。"
                   "县人大常委会副主任王秀兰、高建国、冯立军出席会议。")
    persons = {e.label for e in ents.entities.entities.values() if e.type == "Person"}
    assert {"刘德胜", "覃丽华", "田春明", "向宏伟", "王秀兰", "高建国", "冯立军"} <= persons
    ents = extract("我们要向宏伟目标迈进，高建国之志。")
    assert not [e for e in ents.entities.entities.values() if e.type == "Person"]


def test_a_department_jieba_reads_as_a_name_is_no_person(extractor):
    """省司法厅副厅长某某: jieba tags 司法厅 a name (司 a surname); a name never ends in 厅."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["28日上午，山东省人民政府新闻办公室举行新闻发布会。省司法厅副厅长王强回答记者提问。"],
                                     date="2023-07-29"))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert persons == {"王强"}
    assert "山东省司法厅" in {e.label for e in ex.entities.entities.values() if e.type == "GovernmentBody"}


def test_a_college_named_beside_the_university_is_no_second_school(extractor):
    """吉林大学 headline, 我校…, 汽车工程学院教授某某: the college is the university's own; 我校, 校长 and 校党委 are still
    吉林大学's, and so are 我校's figures."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "6月2日，我校召开科研工作座谈会。校党委书记杨振斌主持会议，校长张希出席。汽车工程学院教授王国强作交流发言。"
        "2019年，我校科研经费达到19.8亿元。"], title="吉林大学召开科研工作座谈会", date="2020-06-03"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    post_in = {labels[f.head]: labels.get(f.tail) for f in ex.facts if f.relation == "postIn"}
    assert post_in["张希 校长"] == "吉林大学" and post_in["杨振斌 党委书记"] == "吉林大学党委"
    obs = [e for e in ex.entities.entities.values() if e.type == "Observation"]
    assert {labels.get(f.tail) for o in obs for f in ex.facts if f.head == o.id and f.relation == "subject"} == {"吉林大学"}


def test_the_second_appointee_of_one_verb_is_a_person_without_its_preposition(extractor):
    """决定任命王立新为县教育局局长，陈红为县财政局局长: 陈红 (jieba's name 陈红为 glued the 为), with the post."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["9月25日，县人大常委会会议决定任命王立新为县教育局局长，陈红为县财政局局长。"],
                                     date="2021-09-26"))
    labels = {e.label for e in ex.entities.entities.values()}
    assert "陈红" in labels and "陈红为" not in labels and "陈红 局长" in labels


def _person_labels(extractor, text, title="t"):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], title=title))
    return {e.label for e in ext.entities.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text,names", [
    # the tokenizer cuts 之 off (沈敬 | 之[u]): before a stop, a title or the person's act it ends the name
    ("县委书记沈敬之主持召开县委常委会会议。市长王静之、副市长刘洋出席。", {"沈敬之", "王静之", "刘洋"}),
    # 欧阳 | 立新[d]: a compound surname and a rare word of any part but a verb's, after a post
    ("县长欧阳立新、副县长党建华出席会议。", {"欧阳立新", "党建华"}),
])
def test_given_names_the_tokenizer_cut_or_tagged_as_words(extractor, text, names):
    assert _person_labels(extractor, text) == names


def test_zhi_as_a_particle_ends_no_name(extractor):
    """局长李明之子: 之 leads a noun, the name is 李明; 局长欧阳同时出席: 同时 is a frequent word, no given name."""
    assert _person_labels(extractor, "局长李明之子在会上发言。") == {"李明"}
    assert "欧阳同时" not in _person_labels(extractor, "局长欧阳同时出席。")


def test_the_next_appointee_of_one_verb_whose_given_name_jieba_read_as_a_verb(extractor):
    """选举王立群为县政协主席，胡建新为…: jieba cuts 胡 | 建新[v] | 为; the second appointee keeps his post."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["会议选举王立群为县政协主席，胡建新为县政协副主席，李华、张敏为县政协常委。"],
                                     date="2021-09-26"))
    labels = {e.label for e in ex.entities.entities.values()}
    assert {"王立群", "胡建新", "李华", "张敏", "胡建新 县政协副主席"} <= labels


@pytest.mark.parametrize("text,expected", [
    ("成都市委编办、市委巡察办、市委网信办负责人参加。", {"成都市委编办", "成都市委巡察办", "成都市委网信办"}),
    ("成都市委巡视办主任王刚出席。四川省政务服务办、成都市防汛办、扫黑办、综治办有关负责同志参加。",
     {"成都市委巡视办", "四川省政务服务办", "成都市防汛办"}),
])
def test_offices_named_short_after_their_level(extractor, text, expected):
    """办公室 of a leading group or a standing task written short (巡察办, 编办): jieba's 察办 and 编办 are verbs."""
    assert expected <= _org_labels(extractor, text)


def test_a_short_name_before_its_level_word_is_of_that_level(extractor):
    """朝阳 | 区委书记: the districts called 朝阳区 (Beijing's, Changchun's), never the city 朝阳市; with no city
    named it stays unresolved rather than guessed; 朝阳市委 is the city's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["5月6日，朝阳区委书记王军主持召开区委常委会会议。"], date="2021-05-07"))
    assert not [e for e in ex.entities.entities.values() if e.label == "朝阳市"]
    ex = extractor(article_from_text("t", ["5月6日，朝阳市委书记李明主持召开市委常委会会议。"], date="2021-05-07"))
    assert "朝阳市" in {e.label for e in ex.entities.entities.values()}
    ex = extractor(article_from_text("t", ["5月6日，北京市朝阳区委书记王军主持召开区委常委会会议。"], date="2021-05-07"))
    assert "朝阳区" in {e.label for e in ex.entities.entities.values()}


def test_a_county_head_cut_into_a_place_word(extractor):
    """县 | 长安[ns] | 建国: the post 县长 and the name 安建国 (not 长安, a district)."""
    assert _person_labels(extractor, "县长安建国出席会议。") == {"安建国"}


def test_the_youth_leagues_committees_written_before_their_level(extractor):
    """团县委书记, 团区委书记: the Youth League's committee of the county or district, not its Party committee."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["7日，县委副书记罗顺安、团县委书记杨帆出席会议。"], title="湄潭县召开会议",
                                     date="2020-12-08"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    post_in = {labels[f.head]: labels.get(f.tail) for f in ex.facts if f.relation == "postIn"}
    assert post_in["杨帆 县团委书记"] == "湄潭县团委" and post_in["罗顺安 县委副书记"] == "湄潭县委"


@pytest.mark.parametrize("text", [
    "县检察院会同县自然资源和规划局开展专项行动。",       # 会同: with, between two bodies
    "全省平安县（市、区）名单公布。我县被评为“平安县”。",  # an honour of counties (平安区 is Qinghai's)
])
def test_a_county_name_that_is_a_verb_or_an_honour_here_is_no_county(extractor, text):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [text], date="2021-05-07"))
    assert not [e for e in ex.entities.entities.values() if e.type in ("County", "Province", "Prefecture")]


def test_a_body_acting_with_the_county_body_after_it_keeps_both(extractor):
    """会同县: 县检察院会同县公安局 is the county's procuratorate with the county's police, not one body."""
    assert {"会同县检察院", "会同县公安局"} <= _org_labels(extractor, "会同县委书记李明出席。县检察院会同县公安局开展行动。",
                                                     title="会同县召开会议")


@pytest.mark.parametrize("text,names", [
    # 王进 | 健为 | 比赛鸣枪: a ceremony done for the race, the name's last character and 为
    ("市委副书记、市长王进健为比赛鸣枪。", {"王进健"}),
    # 张天任 | 出席: before the person's own act, 任 is the name's (not 张天 serving as)
    ("湖州市副市长闵云，天能集团董事长张天任出席揭牌仪式。", {"闵云", "张天任"}),
    # 王中 | 和 | ，: no conjunction ends a clause
    ("自治区政协副主席王中和，呼伦贝尔市委书记罗志虎出席开幕式。", {"王中和", "罗志虎"}),
    # a people (哈尼族) is no person; 和克州 after a place is 和 and the next place
    ("代表团走访了哈尼族贫困户白阿七家。援疆干部分布在阿克陶县和克州直属单位。", {"白阿七"}),
    # names jieba's model guessed inside quoted slogans
    ("开幕式文艺演出分为“楚风汉韵”“荆楚有我”两个篇章。“福见福州”中秋文化节开幕。", set()),
])
def test_names_ending_in_a_function_word_and_no_names_in_slogans_or_peoples(extractor, text, names):
    assert _person_labels(extractor, text) == names


def test_a_name_and_the_conjunction_after_it_are_no_county(extractor):
    """闵 | 云和 | 陈立泉: 闵云 and 陈立泉, no 云和县 of Zhejiang."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["仪式上，闵云和陈立泉共同为院士工作站揭牌。"], date="2017-07-13"))
    assert not [e for e in ex.entities.entities.values() if e.type in ("County", "Prefecture", "Province")]


def test_a_ministry_listed_after_a_provinces_government_is_the_nations(extractor):
    """山东省人民政府、农业农村部、商务部主办: the ministries, not 山东省农业农村部 (成都市发改委、商务局 stays the city's)."""
    assert {"山东省人民政府", "农业农村部", "商务部"} <= _org_labels(extractor, "本届菜博会由山东省人民政府、农业农村部、商务部主办。")
    assert "黑龙江省国家旅游局" not in _org_labels(extractor, "本届冰雪节由黑龙江省人民政府、国家旅游局主办。")
    assert "成都市商务局" in _org_labels(extractor, "成都市发改委、商务局负责人参加。")


def test_a_common_surname_jieba_tags_an_adverb_after_a_post(extractor):
    """副市长 | 曾[d] | 立新[d] | 带队: 曾立新, closed by the act (not 市长也表示, 副市长曾多次带队)."""
    assert _person_labels(extractor, "1日，副市长曾立新带队走访慰问部队官兵。") == {"曾立新"}
    assert _person_labels(extractor, "市长也表示，要抓好落实。副市长曾多次带队检查。") == set()


def test_an_honour_is_no_person(extractor):
    assert _person_labels(extractor, "会议对邓春燕等30名“三八”红旗手进行了表彰。") == {"邓春燕"}


def test_kinds_of_community_a_policy_builds_are_no_villages(extractor):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["洛阳市加快建设智慧社区，打造完整社区，发展居家社区养老服务。洛龙区开元社区党支部书记出席。"],
                                     date="2023-09-15"))
    assert {e.label for e in ex.entities.entities.values() if e.type == "Village"} == {"开元社区"}


def test_a_name_whose_last_character_jieba_read_as_a_verb_before_a_comma_of_a_list(extractor):
    """市长 | 包满 | 达[v] | ，四子王旗委书记…: the list of persons goes on after the comma (not 市长李明说，: 说 speaks)."""
    assert _person_labels(extractor, "乌兰察布市委副书记、市长包满达，四子王旗委书记巴特尔陪同考察。") == {"包满达", "巴特尔"}
    assert _person_labels(extractor, "市长李明说，要抓好落实。局长王刚到，会议开始。") == {"李明", "王刚"}


def test_a_group_named_after_a_trade_name(extractor):
    """天能集团: a trade name no word of jieba's before 集团 is a company's group (not 该集团, 龙头集团)."""
    labels = _org_labels(extractor, "天能集团去年实现销售收入1150亿元。龙头集团带动发展。")
    assert "天能集团" in labels and "龙头集团" not in labels


@pytest.mark.parametrize("text,names", [
    # the tokens' name one character short: 赵立 | 刚[d] | 出席, 黄旭 | 立等[b], 于峰 | 志在[t]
    ("副州长赵立刚出席见面会。", {"赵立刚"}),
    ("经济管理教研室主任、副教授黄旭立等专家学者参加。", {"黄旭立"}),
    ("省委副书记于峰志在会上讲话。", {"于峰志"}),
    # a surname that is a function word or a word's first character: 于[p] | 金嘉在, 和[c] | 振江到, 常[d] | 胜利
    ("省委副书记于金嘉在第一批教育实践活动工作部署会上讲话。", {"于金嘉"}),
    ("10月18日，副市长和振江到五常市检查秋收生产工作。", {"和振江"}),
    ("11月6日，市委副书记、市长常胜利在延川县调研苹果产业。", {"常胜利"}),
    ("6日，旗委副书记、代理旗长常兴深入矿山企业调研。", {"常兴"}),
    # 原 and 由, surnames the Song primer lacks
    ("海伦市副市长和立新、绥化市副市长由宏达、黑龙江省副省长原卫东陪同调研。", {"和立新", "由宏达", "原卫东"}),
    ("6月5日，上海市政协主席吴彬敏率住沪全国政协委员考察团来辽宁考察。", {"吴彬敏"}),
])
def test_a_name_after_a_post_read_from_the_act_that_follows_it(extractor, text, names):
    assert _person_labels(extractor, text) == names


@pytest.mark.parametrize("text,names", [
    ("主任王明正在开会。", {"王明"}),                   # 正在: an adverb after the name
    ("局长高兴地说，要抓好落实。", set()),             # 高兴: a word, no surname and name
    ("县长向大家介绍了情况。", set()),                 # 向 governs 大家
    ("市委书记和县长一起调研。", set()),               # 和 joins two posts
    ("用理论武装全体党员和师生。", set()),             # after a status, 和 is the conjunction
    ("每个党员都要以身作则。镇上的同志都要到站上慰问。", set()),
    ("这一原则由市长亲自把关。", set()),
])
def test_no_name_read_from_an_act_where_the_words_read_otherwise(extractor, text, names):
    assert _person_labels(extractor, text) == names


def _place_labels(extractor, text):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], title="t"))
    return {e.label for e in ext.entities.entities.values() if e.type in ("Province", "Prefecture", "County")}


@pytest.mark.parametrize("text,names", [
    ("县领导甘红梅、向东、时光明等参加会议。", {"甘红梅", "向东", "时光明"}),
    ("市领导代建明、甘泉、时文娟出席会议。", {"代建明", "甘泉", "时文娟"}),
    ("副县长李强、时明、王刚出席会议。", {"李强", "时明", "王刚"}),
    ("县领导文国庆、龙志刚、由世平在主会场参加会议。", {"文国庆", "龙志刚", "由世平"}),
    # a given name ending in 和 before 、 (周德和、), a name jieba reads as a place and a word (万国 | 强)
    ("市领导周德和、李莹莹、孙君毅、万国强、何宏斌等出席会议。", {"周德和", "李莹莹", "孙君毅", "万国强", "何宏斌"}),
    # the last name before 以及, a word: not 何剑以
    ("副主任孙立、何剑以及秘书长郝超参加会议。", {"孙立", "何剑", "郝超"}),
])
def test_a_list_opened_by_a_post_and_closed_by_the_act_vouches_for_its_names(extractor, text, names):
    assert _person_labels(extractor, text) == names


def test_a_list_of_places_after_the_leaders_act_is_no_list_of_names(extractor):
    assert _person_labels(extractor, "市领导深入红旗、胜利、前进等村调研。") == set()


@pytest.mark.parametrize("text,name", [
    ("市商务局局长沙永安出席会议。", "沙永安"),       # 局 | 长沙 | 永安: 局长 and the name, no 长沙
    ("会议由副省长安立新主持。", "安立新"),           # 长安 | 立新[d] | 主持: the act vouches
    ("省水利厅厅长宁永君主持会议。", "宁永君"),       # 厅 | 长宁: a short name after a body's first character
    ("外交部长沙伦赛会见了代表团。", "沙伦赛"),       # 外交部 | 长沙: the body's name ends in the post's first character
])
def test_a_post_whose_last_character_and_the_surname_make_a_place_word(extractor, text, name):
    assert name in _person_labels(extractor, text)
    assert not {"长沙市", "长安区", "长宁区", "长宁县"} & _place_labels(extractor, text)


@pytest.mark.parametrize("text,names", [
    ("县委副书记司红梅，县委常委王明出席会议。", {"司红梅", "王明"}),      # no body 县委副书记司
    ("省委巡回指导组组长司建国出席会议并讲话。", {"司建国"}),
    ("在座谈会上，于海涛代表县委对代表团表示欢迎。", {"于海涛"}),       # 于 opening the clause; 代表 the verb
    ("该项目于今年建成。会议于5月召开。", set()),
    ("市委书记由国平率队赴松阳县调研。", {"由国平"}),                  # 由 the surname
])
def test_surnames_that_are_a_bodys_head_or_a_preposition(extractor, text, names):
    assert _person_labels(extractor, text) == names


def test_a_ministrys_department_is_still_a_body(extractor):
    assert "外交部礼宾司" in _org_labels(extractor, "外交部礼宾司司长出席。")


def test_by_before_a_name_and_the_post_it_takes_is_the_preposition(extractor):
    """…领导小组，由文海涛任组长: 文海涛 (由 | 文 was read as a name once 由 became a surname)."""
    assert "文海涛" in _person_labels(extractor, "成立安定区扫黑除恶专项斗争领导小组，由文海涛任组长。")
    assert "由文" not in _person_labels(extractor, "成立安定区扫黑除恶专项斗争领导小组，由文海涛任组长。")


@pytest.mark.parametrize("text,names", [
    ("开工仪式由林建隆主持。", {"林建隆"}),              # jieba: 由林 | 建隆: who chairs it, after the preposition
    ("绿城中国副总裁王锐携团队出席。", {"王锐"}),        # 携, the verb after the name (not 王锐携)
    ("市委常委、副市长全部担任市级林长。", set()),       # 全部 | 担任: no 全部担
    ("各级林长要开展林长巡林督导。", set()),             # 督导, a word: no 巡林督导
    ("道路被摊贩和居民占满。", set()),                   # 占满, a verb: no name of two
    ("自治区党委常委洛桑旦巴出席。", {"洛桑旦巴"}),       # a Tibetan name of four stays
    ("县委副书记苟小莉出席会议。苟小莉对大会表示祝贺。", {"苟小莉"}),   # 苟, a surname the Song primer lacks
    ("副县长敬大明主持。", {"敬大明"}),
    ("让市民有感受、有获得。", set()),                   # 有, the verb of having: no surname without a post
    ("县长有明出席。", {"有明"}),
    ("市委副书记王绪明率考察团来我市考察。", {"王绪明"}),  # jieba: 王绪 | 明率: no body 市委副书记王绪明率考察团
    # a list of names of common words goes on after a comma with another post's names to the act that closes it
    ("常务副县长孙继东,副县长冯晓梅、晏棉、时军、钟立,县政府办公室主任韦强参加会议。",
     {"孙继东", "冯晓梅", "晏棉", "时军", "钟立", "韦强"}),
])
def test_a_name_between_the_words_of_what_a_person_does(extractor, text, names):
    assert _person_labels(extractor, text) == names


@pytest.mark.parametrize("text,names", [
    ("8月12日，县委书记成家和主持召开县委常委会会议。", {"成家和"}),          # 和 ends the name before the act in full
    ("书记李华和主持人一起入场。", {"李华"}),                                  # 主持人: a noun, no act
    ("9月16日，县委常委、副县长冶学成到将台堡镇调研。", {"冶学成"}),          # 冶, a Hui surname
    ("县委常委、副县长文海涛陪同考察团参观。", {"文海涛"}),                  # no body 海涛陪同考察团
    ("厅长原红霞主持，副厅长张建军、甘立新作交流发言。", {"原红霞", "张建军", "甘立新"}),
])
def test_names_read_from_the_act_and_lists_closed_by_a_speech(extractor, text, names):
    assert _person_labels(extractor, text) == names


@pytest.mark.parametrize("text,names", [
    ("省领导李红、时建军，省政府秘书长和平出席会议。", {"李红", "时建军", "和平"}),   # the list goes on after the comma
    ("副省长王永年，县长万宏陪同调研。", {"王永年", "万宏"}),                        # 年 ends a given name
    ("书记明年将到任。县长多年来坚持下乡。", set()),                                 # words of time
])
def test_lists_going_on_after_a_comma_and_given_names_ending_in_nian(extractor, text, names):
    assert _person_labels(extractor, text) == names


@pytest.mark.parametrize("text,body", [
    ("在文殊乡，县委书记司建华察看了扶贫车间。司建华要求，各乡镇党委要落实好工作。", "文殊乡镇党委"),
    ("在梁家河村，甘建军察看了苹果示范园。当天下午，甘建军在永坪镇主持召开全镇村党支部书记座谈会。", "梁家河村党支部"),
])
def test_the_bodies_of_a_kind_of_division_are_no_one_body(extractor, text, body):
    """各乡镇党委, 全镇村党支部书记: every such body (no node given the place named before)."""
    assert body not in _org_labels(extractor, text)


def test_a_villages_branch_named_with_its_village_is_still_one(extractor):
    assert "梁家河村党支部" in _org_labels(extractor, "梁家河村党支部书记王明出席。")


def test_a_conjunction_before_a_name_joins_it_to_the_one_before(extractor):
    """安仁古镇和安德川菜产业园 (jieba: 和安 | 德川): the park 安德川菜产业园; 第一书记和驻村工作队: no body 和驻村工作队."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["16日，大邑县委书记原晓东来到安仁古镇和安德川菜产业园察看项目推进情况。"], date="2020-04-17"))
    labels = {e.label for e in ex.entities.entities.values()}
    assert "安德川菜产业园" in labels and "和安德川菜产业园" not in labels
    assert "和驻村工作队" not in _org_labels(extractor, "雷山县每个村派驻第一书记和驻村工作队，实现驻村帮扶全覆盖。")
    assert "山东正源和信会计师事务所" in _org_labels(extractor, "在山东正源和信会计师事务所担任审计经理。")   # a trade name
    assert not [o for o in _org_labels(extractor, "察看玉米制种基地和农民专业合作社运营情况。") if "和" in o]
    assert "劳动和社会保障部" in _org_labels(extractor, "劳动和社会保障部部长出席会议。")    # a department's own 和


def test_a_supervision_bureau_written_short_is_the_bureau_written_whole(extractor):
    """某县市场监督管理局 … 某县市场监管局: one body (the standard short form)."""
    bodies = _org_labels(extractor, "近日,黄梅县市场监督管理局组织开展夏季食品安全专项检查。截至目前,黄梅县市场监管局已检查餐饮服务单位86户次。")
    assert bodies == {"黄梅县市场监督管理局"}


@pytest.mark.parametrize("crop", ["金银花", "桑黄", "罗汉果", "何首乌", "黄桃"])
def test_a_crop_is_no_person(extractor, crop):
    """种植金银花200亩, 桑黄种植专业合作社: crops jieba tags as names, or a surname and a given name (桑 | 黄)."""
    assert _person_labels(extractor, f"今年，全村种植{crop}200亩，成立了{crop}种植专业合作社。") == set()


def test_tibetan_names_of_common_elements_are_whole(extract):
    """白玛才旺, 次旺多吉, 才仁旺姆: Tibetan names of two elements (才旺, 次旺, 才仁), whole (not 白玛才)."""
    found = nodes(extract("自治区党委副书记白玛才旺出席。县长次旺多吉讲话。副县长才仁旺姆出席。"))
    persons = {k for k, v in found.items() if v == "Person"}
    assert {"白玛才旺", "次旺多吉", "才仁旺姆"} <= persons and "白玛才" not in persons


def test_a_city_written_by_its_first_character_after_a_verb_of_travel(extractor):
    # 来衢, 在衡期间: the city the article names in full, the way its own paper writes it (a visit's place)
    ext = extractor(article_from_text("t", ["6月18日，邵阳市市长彭志远率领考察团来衡考察。在衡期间，考察团参观了"
                                            "衡阳市规划展览馆。"], date="2018-06-20"))
    visits = [e for e in ext.entities.entities.values() if e.type == "Visit"]
    labels = {k: e.label for k, e in ext.entities.entities.items()}
    assert any(("place", "衡阳市") in {(f.relation, labels.get(f.tail)) for f in ext.facts if f.head == v.id}
               for v in visits)
    # a city's customary character that is not its name's first (来汉: 武汉), where the article names the city
    ext = extractor(article_from_text("t", ["9月27日，武汉市委书记马国强出席。鸿达集团董事长傅文清一行来汉考察。"]))
    assert any(("place", "武汉市") in {(f.relation, {k: e.label for k, e in ext.entities.entities.items()}.get(f.tail))
                                     for f in ext.facts if f.head == v.id}
               for v in ext.entities.entities.values() if v.type == "Visit")
    # not a character that opens a word (来 | 衡量)
    ext = extractor(article_from_text("t", ["衡阳市召开会议。要用数据来衡量工作成效。"]))
    assert not [e for e in ext.entities.entities.values()
                if any(ev.source == "places.travel_abbreviation" for ev in e.evidence)]


def test_a_guest_companys_city_in_the_headline_names_no_short_form_body(extractor):
    # 某某会见上海某集团副总裁: 市委书记 is the host city's, which the article names later (来衢, 衢州), not Shanghai's
    art = article_from_text("t", ["王立新会见上海建工集团副总裁李德明",
                                  "9月3日，市委书记王立新会见上海建工集团副总裁李德明。王立新对李德明一行来衢表示欢迎。"
                                  "他说，希望双方与衢州深化合作。"], date="2023-09-04")
    found = nodes(extractor(art))
    assert found.get("衢州市委") == "PartyOrganization" and "上海市委" not in found
    # nor the company's Party committee's (会见上海某集团党委委员、副总裁某某)
    art = article_from_text("t", ["王立新会见上海建工集团党委委员、副总裁李德明",
                                  "9月3日，市委书记王立新会见上海建工集团党委委员、副总裁李德明。王立新对李德明一行来衢表示"
                                  "欢迎。他说，希望双方与衢州深化合作。"], date="2023-09-04")
    found = nodes(extractor(art))
    assert found.get("衢州市委") == "PartyOrganization" and "上海市委" not in found


def test_companies_by_their_short_names_in_a_list_of_stops_or_of_enterprises(extract):
    # 甲制药和乙公司: the last item joined by 和 after a trade; 等重点企业 closes a list of companies, trade word or none
    found = nodes(extract("他先后来到睿普药业、康卓制药和鸿翔文化科技公司，了解生产情况。"))
    assert {"睿普药业", "康卓制药", "鸿翔文化科技公司"} <= {n for n, c in found.items() if c == "Company"}
    assert "康卓" not in found
    found = nodes(extract("调研组先后走访楚澧盐化、鑫盛电化、鑫远重科等重点企业。"))
    assert {"楚澧盐化", "鑫盛电化", "鑫远重科"} <= {n for n, c in found.items() if c == "Company"}
    # places and kinds of trade listed before 等企业 are no companies
    assert not [c for c in nodes(extract("他走访了北京、上海等地的企业。全县共有食品、纺织等企业。")).values()
                if c == "Company"]
    assert not [c for c in nodes(extract("重点检查危险化学品、烟花爆竹、道路交通、冶金工贸等企业。")).values()
                if c == "Company"]


def test_the_aspect_marker_after_a_verb_of_going_opens_no_companys_name(extract):
    found = nodes(extract("他先后走进了华锐文化科技、睿普药业，了解企业生产情况。"))
    assert {"华锐文化科技", "睿普药业"} <= {n for n, c in found.items() if c == "Company"}
    assert not [n for n in found if n.startswith("了")]


def test_a_person_who_gives_the_partys_address_is_no_party(extract):
    # jieba's model: 王强 | 作党 | 的群众路线…: no party 王强作党, the person stays
    found = nodes(extract("县委书记王强作党的群众路线教育实践活动动员讲话。"))
    assert found.get("王强") == "Person" and not [n for n in found if n.endswith("作党")]


def test_the_core_work_is_no_centre_but_a_centres_staff_work_there(extract):
    # 中心工作 (the core work): no body 某某中心; 某某服务中心工作人员: the centre's staff, the centre stays
    assert not [c for c in nodes(extract("会议要求，要紧紧围绕全省水利中心工作任务，扎实推进河湖长制。")).values()
                if c == "Organization"]
    assert nodes(extract("县政务服务中心工作人员表示，将加快办理。")).get("县政务服务中心") == "Organization"


def test_a_superiors_meeting_relayed_names_no_place_of_the_articles(extractor):
    # 传达学习泉州市委…全会精神，研究我市贯彻意见 in a county-level city's report: 市委, 我市, 市人大常委会 are 晋江's
    art = article_from_text("t", ["6月2日，市委书记黄志强主持召开市委常委会会议，传达学习泉州市委十二届五次全会精神，研究我市"
                                  "贯彻意见。市人大常委会主任林建平列席会议。会议要求，全力推动晋江高质量发展。"], date="2021-06-03")
    found = nodes(extractor(art))
    assert {"晋江市委", "晋江市人大常委会"} <= set(found) and "泉州市人大常委会" not in found
    # but a speech given where the leader inspected names the province the report is of
    art = article_from_text("t", ["2月3日，省政府党组召开会议，传达学习习近平总书记在青海考察时的重要讲话精神。"
                                  "省长信长星主持会议。"], date="2024-02-04")
    assert nodes(extractor(art)).get("青海省政府党组") == "PartyOrganization"


def test_a_team_numbered_in_digits_is_named_as_one_numbered_in_words(extract):
    # 市委 | 第 | 2 | 督导组: the team (as 第二督导组), not the committee alone
    found = nodes(extract("市委第2督导组组长李明出席会议。县委第12巡察组进驻某镇。全省第2季度增长5%。"))
    assert {"市委第2督导组", "县委第12巡察组"} <= {n for n, c in found.items() if c == "Organization"}


def test_a_team_named_by_its_task_and_number_is_one_body_of_its_level(extractor):
    """市脱贫攻坚第七督导组来阳新县督导…, 省巩固脱贫成果第三督查组: the team whole (its task a campaign's words), the
    level's (黄石市's, the county's city), and it visits; not a campaign alone nor 成果第三督查组."""
    art = article_from_text("t", ["5月16日至18日，市脱贫攻坚第七督导组来阳新县督导调研扶贫工作。县委副书记王刚陪同。"
                                  "省巩固脱贫成果第三督查组也来我县督查。"], date="2021-06-10")
    ext = extractor(art)
    names = nodes(ext)
    assert names.get("黄石市脱贫攻坚第七督导组") == "Organization"
    assert not [n for n in names if n.startswith("成果")]
    labels = {k: e.label for k, e in ext.entities.entities.items()}
    visits = [e for e in ext.entities.entities.values() if e.type == "Visit"]
    assert any(labels.get(f.tail) == "黄石市脱贫攻坚第七督导组" for e in visits for f in ext.facts
               if f.head == e.id and f.relation == "agent")


def test_a_heads_assistant_is_a_post_of_its_own(extract):
    # 社长助理黄某: the post whole, the person after it kept (not 社长 and a name lost)
    found = nodes(extract("新华社社长助理黄玉龙参加会见。"))
    assert found.get("黄玉龙") == "Person" and found.get("社长助理") == "Role"


def test_a_common_word_between_a_post_and_a_persons_verb_is_a_name(extract):
    # 区委副书记 | 洪流 | 主持会议, 镇党委书记 | 文选 | 陪同: names that are words (a torrent, an anthology)
    assert nodes(extract("区委副书记洪流主持会议。")).get("洪流") == "Person"
    assert nodes(extract("县委常委、某镇党委书记文选陪同。")).get("文选") == "Person"
    # a word after a post that no person's verb follows stays a word (副总河长 | 督导 | 河长制: a verb, its object)
    assert "高度" not in nodes(extract("党委书记高度重视。"))
    assert "督导" not in nodes(extract("西湖管理区副总河长督导河长制工作。"))


def test_a_name_of_two_abbreviations_right_after_a_post_names_no_places(extract):
    # 副主席 | 德 | 吉 | 主持会议: a Tibetan name (德吉), not Germany and Jilin
    found = nodes(extract("自治区政协副主席德吉主持会议。"))
    assert not {"德国", "吉林省"} & set(found)
    assert {"中国", "美国"} <= set(nodes(extract("双方回顾了中美关系。")))


def test_a_given_name_ending_in_sword_is_a_name_but_a_campaigns_sword_is_none(extractor):
    """副县长王剑 (剑 ends given names too), but “利剑”行动, 亮剑精神 name no person."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["6月3日，县委常委、副县长王剑陪同调研。全县开展“利剑”行动，发扬亮剑精神。"],
                                     date="2021-06-05"))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert "王剑" in persons and not persons & {"利剑", "亮剑"}


def test_a_county_of_another_province_written_whole_into_a_post_is_that_county(extractor):
    """普定 | 县委书记 (jieba reads 县 into the post): the county written whole, though the article is about a city of
    another province (常州), as in news of pairing between provinces; a bare short name there stays unread."""
    text = "常州市武进区委书记张三到遥观镇调研。普定县委书记李四说，双方将深化协作。"
    assert {"常州市", "武进区", "普定县"} <= _place_labels(extractor, text)
    assert "普定县" not in _place_labels(extractor, "常州市武进区委书记张三到遥观镇调研。普定的客人来访。")


@pytest.mark.parametrize("text,present,absent", [
    # a district whose full name is a word of place (矿区, 老城区): no district of another city, no city anchored by it
    ("市委书记范某某到三门峡市督导，现场督促矿区企业做好生态修复。", {"三门峡市"}, {"矿区", "阳泉市", "山西省"}),
    ("会议研究了市老城区行政事业单位土地性质变更事项。", set(), {"老城区", "洛阳市"}),
    # … but the district where its city is named
    ("阳泉市矿区区委召开会议。", {"阳泉市", "矿区"}, set()),
])
def test_a_district_named_by_a_word_of_place_needs_its_city(extractor, text, present, absent):
    labels = _place_labels(extractor, text)
    assert present <= labels and not labels & absent


def test_a_township_named_like_a_district_of_another_city_is_a_township(extractor):
    """中山's 西区街道 among its townships: a township, no 西区 of 攀枝花."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["中山市委书记到石岐街道、西区街道、南朗街道、三角镇调研。"]))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert found.get("西区街道") == "Township" and "西区" not in found and "攀枝花市" not in found


@pytest.mark.parametrize("text,posts", [
    # a level's task body named by what it is for, a verb right after the level
    ("5月10日，江西省委书记、省应对新冠肺炎疫情工作领导小组组长刘正国主持召开会议。",
     {("刘正国", "省委书记", "江西省委"), ("刘正国", "组长", "江西省应对新冠肺炎疫情工作领导小组")}),
    # the disease by its first official name, 的 and all, inside the command's name
    ("3月2日，丹阳市委副书记、代市长、市新型冠状病毒感染的肺炎疫情防控工作指挥部总指挥陈立文主持会议。",
     {("陈立文", "市委副书记", "丹阳市委"), ("陈立文", "总指挥", "丹阳市新型冠状病毒感染的肺炎疫情防控工作指挥部")}),
])
def test_a_task_bodys_long_name_holds_its_post_and_the_posts_before_it(extractor, text, posts):
    assert posts <= _posts_of(extractor, "t", text, date="2020-05-11")


def test_a_given_name_ending_in_bridge_right_after_a_post_is_a_name(extract):
    # 局长丁林桥 (桥 ends places' names, and given names too): the post vouches; found again where no post stands
    found = nodes(extract("丁林桥主持会议。党组书记、局长丁林桥主持会议并讲话。"))
    assert found.get("丁林桥") == "Person"
    assert "赵州桥" not in {k for k, v in nodes(extract("参观了赵州桥。")).items() if v == "Person"}


@pytest.mark.parametrize("text,posts", [
    ("3月5日，水利部党组书记、部长李国英出席会议。",
     {("李国英", "党组书记", "水利部党组"), ("李国英", "部长", "水利部")}),
    ("3月5日，教育部党组书记、部长怀进鹏出席会议。",      # (教育部党组: one word of jieba's)
     {("怀进鹏", "党组书记", "教育部党组"), ("怀进鹏", "部长", "教育部")}),
])
def test_a_ministrys_party_group_and_the_ministry_hold_a_ministers_two_posts(extractor, text, posts):
    assert posts <= _posts_of(extractor, "t", text, date="2022-03-06")


@pytest.mark.parametrize("text", [
    "6月11日，洮南市委常委，宣传部部长赵亮陪同调研。",      # a comma between the two posts
    "6月11日，洮南市委常委宣传部部长赵亮陪同调研。",        # nothing between them: no 市委常委宣传部
])
def test_a_committee_seat_and_a_bare_department_post_written_without_a_list_mark(extractor, text):
    got = _posts_of(extractor, "t", text, date="2020-06-15")
    assert ("赵亮", "部长", "洮南市委宣传部") in got
    assert not any("常委宣传部" in (body or "") for _, _, body in got)


def test_the_party_committees_offices_by_their_short_names_after_a_seat(extractor):
    got = _posts_of(extractor, "t", "6月11日，洮南市委常委、网信办主任赵亮陪同调研。", date="2020-06-15")
    assert ("赵亮", "主任", "洮南市委网信办") in got



def test_a_given_name_ending_in_a_verbs_character_before_a_break_after_a_post_is_whole(extract):
    # 党委副书记 | 李福来 | ，: after a post and before a comma, 来 is the name's (no 李福 who came)
    found = nodes(extract("党委副书记李福来，纪委书记王强参加会议。"))
    assert found.get("李福来") == "Person" and "李福" not in found


def test_a_customs_districts_city_is_no_place_of_the_short_forms_after_it(extractor):
    """济南海关副关长 at a ceremony in 东营: the 市人大常委会 and 市委 named after it are 东营's."""
    got = _posts_of(extractor, "东营综合保税区封关运行", "3月10日，东营综合保税区封关运行仪式在东营港经济开发区举行。"
                    "东营市委书记宋建林，济南海关副关长刘明涛，市人大常委会主任吴春芳，市委常委、市委秘书长郭立峰出席仪式。",
                    date="2022-03-10")
    assert {("吴春芳", "市人大常委会主任", "东营市人大常委会"), ("郭立峰", "市委常委", "东营市委")} <= got


@pytest.mark.parametrize("text,body,post", [
    ("4月11日，国家自然资源督察武汉局局长孙立文一行到随州市调研，副市长赵明陪同。", "国家自然资源督察武汉局", "局长"),
    ("4月11日，国家土地督察西安局局长窦敬丽到汉中市调研。", "国家土地督察西安局", "局长"),
])
def test_a_national_bodys_bureau_seated_in_a_city_is_one_name(extractor, text, body, post):
    """国家 | 自然资源 | 督察 | 武汉 | 局: one body (not 武汉局 of 武汉市); its city is no place of the article's short forms."""
    got = _posts_of(extractor, "t", text, date="2023-04-12")
    assert any(p == post and b == body for _, p, b in got)


def test_a_surname_jieba_reads_as_a_numeral_after_a_post_before_etc_opens_a_name(extract):
    # 市委书记 | 许[m] | 明达[a] | 等出席: 许 ("some") is the surname, the list closed by 等
    found = nodes(extract("8月18日，广东省委书记赵立平，珠海市委书记许明达等出席。"))
    assert found.get("许明达") == "Person" and found.get("赵立平") == "Person"


def test_a_governments_office_written_short_and_an_assistant_chairman_hold_posts(extractor):
    # 县府办 (the county government's general office written short, jieba's 县府 | 办) and 主席助理 (an autonomous
    # region's chairman's assistant): posts in the body named before them, not a bare 副主任 or 政府主席
    got = _posts_of(extractor, "t", "庆元县召开会议。县府办副主任邹淑龙、自治区政府主席助理田明出席。", date="2020-06-15")
    assert ("邹淑龙", "副主任", "庆元县府办") in got
    assert {r for p, r, o in got if p == "田明"} == {"自治区政府主席助理"}


def test_slogans_of_poverty_relief_and_a_verb_of_gathering_are_no_names(mentions):
    found = mentions("坚持扶贫同扶志扶智相结合。各界人士齐聚一堂。")
    assert not [m.text for m in found if m.label == "Person"]


def test_those_elected_by_votes_in_lists_with_and_or_counted_hold_their_posts(extractor):
    # 某某以226票当选为…, 甲、乙和丙当选副县长, 选举出某某同志为…, 甲、乙两位同志为…: each name the post it is elected to
    got = _posts_of(extractor, "沅陵县人代会举行选举",
                    "1月4日，沅陵县第十七届人民代表大会第一次会议举行选举。李卫东以226票当选为县人大常委会主任；"
                    "覃志华、舒明远和罗春梅当选副县长。会议选举出贺立群同志为县监察委员会主任，覃勇、彭丽两位同志为副主任。",
                    date="2022-01-05")
    roles = {(p, r) for p, r, _o in got}
    assert {("李卫东", "县人大常委会主任"), ("覃志华", "副县长"), ("舒明远", "副县长"), ("罗春梅", "副县长"),
            ("覃勇", "副主任"), ("彭丽", "副主任")} <= roles
    assert any(p == "贺立群" and r.endswith("主任") for p, r in roles)


def test_a_bare_department_rule_keeps_names_and_parts(extractor):
    # 商务部纪检组长王和民率商务部…: a ministry's post and its holder, no name running over him to the next 商务部
    found = nodes(extract_fn(extractor, "国家商务部纪检组长王和民率商务部外资司调研组到陇川县调研。"))
    assert found.get("王和民") == "Person"
    # 县水务局党组成员某某、水务局党组成员某某: the bureau named before, its Party group
    got = _posts_of(extractor, "t", "副县长杨美兰调研河长制工作，县水务局党组成员、副局长郝信军、水务局党组成员张宪陪同。")
    assert ("张宪", "党组成员", "县水务局党组") in got
    # 省政协委员、民族宗教委员会副主任某某: a CPPCC's committee, no county's bare 委员会
    found = nodes(extract_fn(extractor, "临潭县召开会议。省政协委员、民族宗教委员会副主任陈元龙出席。"))
    assert "临潭县民族宗教委员会" not in found


def extract_fn(extractor, text):
    from kg.read import article_from_text
    return extractor(article_from_text("t", [text]))


def test_words_of_farming_and_seasons_a_surname_opens_are_no_names(mentions):
    found = mentions("进入梅雨期后，全县林果业发展较快。有的扶树填土，有的提水浇灌。大家植绿护绿。")
    assert not [m.text for m in found if m.label == "Person"]


def test_heads_of_corps_and_chief_statisticians_are_posts_in_their_bodies(extractor):
    """总队长, 副总队长 of a survey or fire corps: the post, no 队长 of a made-up 某总队总队; 总统计师 a title too."""
    got = _posts_of(extractor, "t", "国家统计局山西调查总队党组书记、总队长周立新，副总队长何秀梅出席。国家统计局总统计师曾玉平讲话。")
    assert {("周立新", "总队长", "国家统计局山西调查总队"), ("何秀梅", "副总队长", "国家统计局山西调查总队"),
            ("曾玉平", "总统计师", "国家统计局")} <= got
    assert not any(r == "队长" for _p, r, _o in got)


def test_fire_stations_are_organisations(extract):
    """某某消防救援站, 某开发区小型消防站: bodies of the fire service, whose figures are theirs."""
    found = nodes(extract("7月1日，城南消防救援站和开发区小型消防站正式投入使用。"))
    assert found.get("城南消防救援站") == "Organization" and found.get("开发区小型消防站") == "Organization"


def test_a_body_set_up_for_a_census_round_keeps_its_place_and_round(extractor):
    """某县第七次全国人口普查领导小组: the county's group, not a national 全国人口普查领导小组; written 县第N次… after
    it, the same group."""
    got = _posts_of(extractor, "t", "县委常委、副县长、临沭县第七次全国人口普查领导小组组长赵文海出席会议。"
                                    "县第七次人口普查领导小组副组长孙丽萍主持。")
    assert ("赵文海", "组长", "临沭县第七次全国人口普查领导小组") in got
    assert ("孙丽萍", "副组长", "临沭县第七次全国人口普查领导小组") in got
    assert "全国人口普查领导小组" not in {o for _p, _r, o in got}


def test_short_names_of_bodies_every_level_keeps(extractor):
    """县老促会 (老区建设促进会), 市少工委, 县作风办, 县普法办: bodies whose posts are held in them."""
    got = _posts_of(extractor, "t", "县老促会会长李明、副会长王刚参加座谈。市少工委主任王丽出席。")
    assert ("李明", "会长", "县老促会") in got and ("王刚", "副会长", "县老促会") in got
    assert any(p == "王丽" and o == "市少工委" for p, _r, o in got)
    found = nodes(extract_fn(extractor, "县作风办、县普法办和县司法局在广场开展宪法宣传活动。"))
    assert found.get("县作风办") == "GovernmentBody" and found.get("县普法办") == "GovernmentBody"


def test_things_of_pioneers_letters_and_outreach_are_no_persons(extract):
    found = nodes(extract("县委副书记刘军宣读习近平总书记贺信。少先队员为领导佩戴红领巾。发放防灾明白卡3000余张，开展科普宣传。"))
    assert {n for n, c in found.items() if c == "Person"} == {"习近平", "刘军"}


def test_each_elected_takes_the_post_named_after_his_own_verb(extractor):
    """甲当选为某会主席、乙当选为副主席: 甲 the chair, 乙 the deputy, neither both."""
    got = _posts_of(extractor, "t", "临海市总工会召开代表大会。王丽当选为市总工会主席、李强当选为副主席。市工会主席王丽讲话。")
    held = {(p, r) for p, r, _o in got}
    assert ("王丽", "市总工会主席") in held and ("李强", "副主席") in held
    assert ("李强", "市总工会主席") not in held and ("王丽", "副主席") not in held
    assert {o for p, _r, o in got} == {"临海市总工会"}     # 市工会: the city's federation written short


def test_the_social_sciences_written_short_name_no_body_and_airports_are_sites(extract):
    """东营社科工作者, 第二十届社科优秀成果奖: no section (科) of a body; 市社科联 still one. 天水机场: an airport."""
    found = nodes(extract("东营社科工作者积极参与。盐城市第二十届社科优秀成果奖揭晓。市社科联主席王刚出席。航班平稳降落在天水机场。"))
    assert not any(n.endswith("社科") for n in found)
    assert {c for n, c in found.items() if n.endswith("社科联")} == {"Organization"}
    assert found.get("天水机场") == "Landmark"


def test_trading_centres_correction_centres_and_taiwan_compatriots_associations(extractor):
    """市公共资源交易中心 (jieba's 交易中心 a word of its own), 县社区矫正中心 (jieba: 矫正 a name), 县台联会: bodies
    with their place's level; 某某中心渔港, 某山书院: sites."""
    got = _posts_of(extractor, "t", "市公共资源交易中心党组书记、主任李明介绍。县社区矫正中心主任张华、县台联会会长陈刚出席。")
    assert {("李明", "主任", "市公共资源交易中心"), ("张华", "主任", "县社区矫正中心"), ("陈刚", "会长", "县台联会")} <= got
    found = nodes(extract_fn(extractor, "石狮祥芝中心渔港建设加快推进。代表团参观了岳麓书院。"))
    assert found.get("石狮祥芝中心渔港") == "Landmark" and found.get("岳麓书院") == "Landmark"


def test_a_verb_of_travel_and_a_citys_character_before_a_visit_is_no_name(extract):
    """副局长来银调研, 一行来兰调研: where the visitor comes (银川, 兰州), no person 来银 or 来兰."""
    found = nodes(extract("国家统计局副局长来银调研。省委书记王刚一行来兰调研。"))
    assert {n for n, c in found.items() if c == "Person"} == {"王刚"}


def test_the_committee_of_a_county_named_by_one_character_keeps_its_level(extractor):
    """沛县县委, 和县县委: the county's name and its committee's 县委 both written (no 沛县委)."""
    got = _posts_of(extractor, "t", "沛县县委召开常委会。县委书记王刚主持，县委组织部部长李明出席。")
    assert {o for _p, _r, o in got} == {"沛县县委", "沛县县委组织部"}
