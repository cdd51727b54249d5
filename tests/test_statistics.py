"""Observations: subject, measure, value, unit, period, change."""
from __future__ import annotations

import pytest

from kg.statistics import observation_id

from .facts_helper import labels, run

CASES = [  # text, given spans, article date, expected [(subject, measure, value, unit, extra attrs)]
    # counts of those honoured: each measures the title in quotes after it (30名“优秀共产党员”)
    ("今年经层层评选，顺德区30名“优秀共产党员”、15名“优秀党务工作者”和25个“先进基层党组织”脱颖而出。", [], "2019-07-01",
     [("顺德区", "优秀共产党员", 30, "人", {}), ("顺德区", "优秀党务工作者", 15, "人", {}),
      ("顺德区", "先进基层党组织", 25, "个", {})]),
    # … and the noun the quoted words qualify, after them (300个“四上”企业)
    ("今年，竹溪县新增300个“四上”企业。", [], "2021-06-01", [("竹溪县", "新增四上企业", 300, "个", {})]),
    # a count of those at a gathering (3名公民代表应邀列席会议) is no statistic of the body named before it
    ("2月17日，县长主持召开青田县政府常务会，县政协副主席李伯锁出席，3名公民代表应邀列席会议。", [], "2020-02-18", []),
    # a figure right after a visitor's verb counts whom or what was seen, no figure of the place (走访了27户,
    # 考察了年产50万吨); the county's own figure after it stays
    ("6月3日，县委书记王立平在青田县先后走访了27户贫困户，考察了年产50万吨磷化工项目。全县去年种植茶叶3万亩。", [],
     "2020-06-04", [("青田县", "种植茶叶", 30000, "亩", {})]),
    # each item of a list after 分别是 owns what follows its 的
    ("5月18日，周口市3个项目成功签约，分别是西华县的年产5亿只的手套生产项目、扶沟县的年产8万台的电机生产项目。", [],
     "2020-05-18",
     [("周口市", "项目", 3, "个", {}), ("西华县", "年产", 500000000, "只", {}), ("扶沟县", "年产", 80000, "台", {})]),
    # a year said in an earlier sentence is the period of 全年 figures after a lead (初步核算) or a run-in heading
    # (财政收入 全年财政总收入); a sector's 实现 and the heading are no part of the measure
    ("2023年，在县委、县政府的坚强领导下，永修县经济稳中向好。\n初步核算，全年实现地区生产总值210.5亿元。"
     "第一产业实现增加值30.2亿元。\n财政收入 全年财政总收入25.3亿元。", [], "2024-04-10",
     [("永修县", "地区生产总值", 21050000000, "元", {"period": "2023"}),
      ("永修县", "第一产业增加值", 3020000000, "元", {}),
      ("永修县", "财政总收入", 2530000000, "元", {"period": "2023"})]),
    ("据了解，北京市第二批主题教育共有49家区局级单位，包括16个区和33家市属高校等教育系统单位，涵盖党员139.5万人，党组织5.49万个。",
     [("第二批主题教育", "Campaign")], "2019-09-20",
     [("北京市", "区局级单位", 49, "家", {}), ("北京市", "区", 16, "个", {}),
      ("北京市", "市属高校等教育系统单位", 33, "家", {}), ("北京市", "党员", 1395000, "人", {}),
      ("北京市", "党组织", 54900, "个", {})]),
    # a number inside a place's name counts nothing (七台河市); the figures of a site the sentence opens with
    ("阁山水库位于黑龙江省七台河市勃利县，总库容3.68亿立方米。", [("阁山水库", "Landmark")], "2026-10-16",
     [("阁山水库", "总库容", 368000000, "立方米", {})]),
    # an example (X等) is not the subject: the clause before is
    ("呼和浩特市政府探索中小学校营养餐配送试点工作，目前新华小学等9所学校已先行试点。",
     [("呼和浩特市政府", "GovernmentBody"), ("中小学校营养餐配送试点", "Initiative"), ("新华小学", "School")], None,
     [("呼和浩特市政府", "学校", 9, "所", {})]),
    # the period from the sentence; a change goes to the figure before it
    ("2019年全村共接待游客90万人次，村集体经济收入达到521万元，农民人均可支配收入49598元，同比增长9.8%。",
     [("全村", "Village", "余村")], None,
     [("余村", "接待游客", 900000, "人次", {"period": "2019"}),
      ("余村", "村集体经济收入", 5210000, "元", {"period": "2019"}),
      ("余村", "农民人均可支配收入", 49598, "元", {"period": "2019", "change": 0.098, "changeBasis": "同比"})]),
    # a measure of a pair of groups given 分别: each figure is one group's, in order
    ("2022年，青田县城乡居民储蓄存款余额分别达到580亿元和290亿元。", [], None,
     [("青田县", "城镇居民储蓄存款余额", 58000000000, "元", {"period": "2022"}),
      ("青田县", "农村居民储蓄存款余额", 29000000000, "元", {"period": "2022"})]),
    # changes of no figure given 分别 for a pair of groups (城镇和农村, 城镇、农村): each group's own change
    ("2022年，青田县城镇和农村居民人均可支配收入分别增长4.3%和7.5%。", [], None,
     [("青田县", "城镇居民人均可支配收入", 0.043, "%", {"change": 0.043}),
      ("青田县", "农村居民人均可支配收入", 0.075, "%", {"change": 0.075})]),
    ("2022年，青田县城镇、农村居民人均可支配收入分别增长4.3%、7.5%。", [], None,
     [("青田县", "城镇居民人均可支配收入", 0.043, "%", {"change": 0.043}),
      ("青田县", "农村居民人均可支配收入", 0.075, "%", {"change": 0.075})]),
    # measures listed whole, their changes given 分别: each measure its change
    ("2022年，青田县规模以上工业增加值、固定资产投资分别同比增长7.2%、9.1%。", [], None,
     [("青田县", "规模以上工业增加值", 0.072, "%", {"change": 0.072}),
      ("青田县", "固定资产投资", 0.091, "%", {"change": 0.091, "changeBasis": "同比"})]),
    # changes given 分别 and in order: each figure before them its own, over the clauses of the sentence
    ("2022年，青田县接待游客286万人次，实现旅游收入32.5亿元，分别比上年增长18%和21%。", [], None,
     [("青田县", "接待游客", 2860000, "人次", {"change": 0.18, "changeBasis": "比上年"}),
      ("青田县", "旅游收入", 3250000000, "元", {"change": 0.21, "changeBasis": "比上年"})]),
    ("2022年，青田县粮食产量12万吨、油料产量3万吨，分别增长2.1%、3.5%。", [], None,
     [("青田县", "粮食产量", 120000, "吨", {"change": 0.021}), ("青田县", "油料产量", 30000, "吨", {"change": 0.035})]),
    # from one figure to another: both of one measure (从/由 and 减少到/提高到 are no part of it)
    ("2020年，青田县建档立卡贫困户从126户减少到3户。", [], None,
     [("青田县", "建档立卡贫困户", 126, "户", {}), ("青田县", "建档立卡贫困户", 3, "户", {})]),
    ("2020年，青田县森林覆盖率由45%提高到62%。", [], None,
     [("青田县", "森林覆盖率", 0.45, "%", {}), ("青田县", "森林覆盖率", 0.62, "%", {})]),
    ("2020年，青田县先后修建通组公路12公里。", [], None, [("青田县", "修建通组公路", 12, "公里", {})]),
    # a whole place's word no place was found for (全镇 where no township is named): the figure is an
    # unnamed town's, not the county's named before, and has no subject
    ("2022年，青田县召开会议。全镇农民人均可支配收入达到2.3万元。", [], None, []),
    # a verb of rising to a level (提升至) links the measure to its value
    ("2022年，青田县居民满意度提升至95%。", [], None, [("青田县", "居民满意度", 0.95, "%", {})]),
    # a deadline (在6个月内, 30个工作日内) measures nothing
    ("2022年，青田县要在30个工作日内报送整改方案，并在6个月内报送整改落实情况。", [], None, []),
    # one person's own figures (她已…) are no place's; a place's figures the person tells or walks through are
    ("2022年，青田县网格员王某巡查走访。今年以来，她已帮助居民解决各类问题130余件。", [], None, []),
    ("2022年，王某到青田县某村任第一书记，他走遍了全县12个乡镇。", [], None, [("青田县", "乡镇", 12, "个", {})]),
    # a clause opening with 社区 (村里, 县里) after a person's words: the place the person's body opens with
    ("近年来，青田县推行网格化管理。东源社区党委书记王某说，社区设立了12个党员先锋岗。", [], None,
     [("东源社区", "党员先锋岗", 12, "个", {})]),
    # a sentence whose subject is a county's official: its figures are the county's, not those of the body
    # the sentence before named
    ("青田县东源茶叶专业合作社理事长王建国说，合作社今年签订了3000吨的收购订单。10月17日，青田县委副书记、"
     "县长李振华带队赴福州市参加推介会，签约金额1.2亿元。", [], "2023-10-20",
     [("青田县东源茶叶专业合作社", "签订了", 3000, "吨", {}), ("青田县", "签约金额", 120000000, "元", {})]),
    # a goal set (力争, 确保, a year after the article's) is named as a target, not as a figure reached
    ("2023年，青田县力争全年规上工业增加值增长12%以上。", [], "2023-03-01",
     [("青田县", "规上工业增加值目标", 0.12, "%", {})]),
    ("青田县提出，到2026年，全县旅游收入突破100亿元。", [], "2023-03-01",
     [("青田县", "旅游收入目标", 10000000000, "元", {"period": "2026"})]),
    ("2022年，青田县旅游收入突破100亿元。", [], "2023-03-01",
     [("青田县", "旅游收入", 10000000000, "元", {"period": "2022"})]),
    # the year a figure is compared with (较2017年) or grew from (由1986年的) is not the period of the
    # figures after it
    ("2022年，全省PM2.5平均浓度为29微克/立方米，较2017年下降27.5%；国考断面水质优良比例达到96.9%。", [("全省", "Province", "江西省")],
     "2023-03-01", [("江西省", "PM2.5平均浓度", 29, "微克/立方米", {"period": "2022"}),
                    ("江西省", "国考断面水质优良比例", 0.969, "%", {"period": "2022"})]),
    ("宁夏贺兰山保护区植被覆盖度由修复前的15%提升到42%。", [], "2023-03-01",
     [("宁夏回族自治区", "保护区植被覆盖度", 0.15, "%", {}), ("宁夏回族自治区", "保护区植被覆盖度", 0.42, "%", {})]),
    ("长汀县森林覆盖率由1986年的59.8%提高到80.31%。", [], "2023-03-01",
     [("长汀县", "森林覆盖率", 0.598, "%", {"period": "1986"}), ("长汀县", "森林覆盖率", 0.8031, "%", {"period": None})]),
    # the whole a share is of (占全省的比重), or a rate is compared with (比全省高), is not its subject
    ("2020年，渭南市地区生产总值1866.3亿元，占全省的比重为7.1%。", [("全省", "Province", "陕西省")], "2021-03-01",
     [("渭南市", "地区生产总值", 186630000000, "元", {}), ("渭南市", "地区生产总值占全省的比重", 0.071, "%", {})]),
    ("前三季度，遵义市实现地区生产总值2491.56亿元，增速比全省高0.6个百分点。", [("全省", "Province", "贵州省")], "2023-10-30",
     [("遵义市", "地区生产总值", 249156000000, "元", {})]),
    # a word opening with a lead's character keeps it (有色金属); prices rise (上涨) as other figures grow
    ("2023年，广西有色金属冶炼和压延加工业增长18.6%。", [], "2023-04-20",
     [("广西壮族自治区", "有色金属冶炼和压延加工业", 0.186, "%", {"change": 0.186})]),
    ("9月份，遵义市居民消费价格同比上涨2.9%。", [], "2022-10-20",
     [("遵义市", "居民消费价格", 0.029, "%", {"change": 0.029, "changeBasis": "同比"})]),
    # a run of figures goes on about the place its first clause names, 全省 or a province, not the place a
    # sentence before named
    ("抚远市委书记侯福新说，全市干部群众齐心协力。据统计，今年汛期黑龙江省受灾人口达217万人，农作物受灾面积2860万亩。",
     [], "2023-08-28", [("黑龙江省", "受灾人口", 2170000, "人", {}), ("黑龙江省", "农作物受灾面积", 28600000, "亩", {})]),
    # places given as examples (甲、乙等7个县区) are not what the sentences after are about
    ("7月10日以来，甘肃省陇南市遭受强降雨袭击，武都区、文县等7个县区受灾。截至13日，灾害共造成3.7万人受灾，直接经济损失约4.3亿元。",
     [], "2023-07-14", [("陇南市", "县区", 7, "个", {}), ("陇南市", "受灾", 37000, "人", {}),
                        ("陇南市", "直接经济损失", 430000000, "元", {})]),
    # a part of a year opening a paragraph of a release holds for the figures of the sentences after it
    ("上半年，库车市规模以上工业增加值同比增长11.2%。全市社会消费品零售总额21.86亿元，同比下降2.4%。", [], "2022-07-20",
     [("库车市", "规模以上工业增加值", 0.112, "%", {"period": "2022-H1"}),
      ("库车市", "社会消费品零售总额", 2186000000, "元", {"period": "2022-H1"})]),
    # so does a year opening the paragraph (2023年，…。全省111个断面中…)
    ("2023年，陕西省PM2.5平均浓度为38微克/立方米。全省111个国考断面中，Ⅰ～Ⅲ类水质断面比例达到96.4%。", [], "2024-01-20",
     [("陕西省", "PM2.5平均浓度", 38, "微克/立方米", {"period": "2023"}),
      ("陕西省", "国考断面", 111, "个", {"period": "2023"}),
      ("陕西省", "Ⅰ～Ⅲ类水质断面比例", 0.964, "%", {"period": "2023"})]),
    # a change given roughly (增长约8%, 增长近5%) is the figure's change all the same
    ("2023年，寿光市粮食总产量达到52万吨，比上年增长近5%。", [], "2024-01-20",
     [("寿光市", "粮食总产量", 520000, "吨", {"period": "2023", "change": 0.05, "changeBasis": "比上年"})]),
    # a range's two figures, one measure (the unit a price is per, 每公斤, no word of it)
    ("今年，寿光市蔬菜收购价格在每公斤22元至28元之间。", [], "2023-12-04",
     [("寿光市", "蔬菜收购价格", 22, "元", {"period": "2023"}), ("寿光市", "蔬菜收购价格", 28, "元", {"period": "2023"})]),
    # doses given (剂次); a daily bulletin's day (0—24时) is its figures' period
    ("12月3日0时至24时，河南省新增本土确诊病例15例，累计接种新冠病毒疫苗1250万剂次。", [], "2022-12-04",
     [("河南省", "新增本土确诊病例", 15, "例", {"period": "2022-12-03"}),
      ("河南省", "接种新冠病毒疫苗", 12500000, "剂次", {"period": "2022-12-03"})]),
    # a figure since a month or a past year has no period of that month or year (今年以来: this year's)
    ("2020年以来，寿光市累计新建高标准农田12万亩。", [], "2023-12-04", [("寿光市", "新建高标准农田", 120000, "亩", {})]),
    ("今年4月以来，寿光市累计接种疫苗1250万剂次。", [], "2023-12-04", [("寿光市", "接种疫苗", 12500000, "剂次", {})]),
    # a figure bounding a class of what is counted (100亿元以上项目) is no figure: it names the measure after it
    ("全市集中开工项目135个，其中100亿元以上项目1个，10亿元以上项目12个。", [("全市", "Prefecture", "德州市")], "2023-03-01",
     [("德州市", "集中开工项目", 135, "个", {}), ("德州市", "100亿元以上项目", 1, "个", {}),
      ("德州市", "10亿元以上项目", 12, "个", {})]),
    # 分地区看: each place's change of the measure the first place's figure names
    ("分地区看，长春市4月份规模以上工业增加值增长18.3%，吉林市增长6.1%。", [], "2023-05-20",
     [("长春市", "规模以上工业增加值", 0.183, "%", {}), ("吉林市", "规模以上工业增加值", 0.061, "%", {})]),
    # a figure 均 (each) of a list of places: each place's (not where 均 is 人均's)
    ("2017年，汨罗市、临湘市地区生产总值均突破300亿元。", [], "2018-01-20",
     [("汨罗市", "地区生产总值", 30000000000, "元", {}), ("临湘市", "地区生产总值", 30000000000, "元", {})]),
    # a change whose clause names a measure of its own is that measure's, not the figure's before it
    ("行动开展以来，哈尔滨市公安机关共破获刑事案件2316起，全市刑事警情同比下降19.6%。", [], "2023-06-01",
     [("哈尔滨市", "破获刑事案件", 2316, "起", {}),
      ("哈尔滨市", "刑事警情", -0.196, "%", {"change": -0.196, "changeBasis": "同比"})]),
    # 块, 人份 are units; 养老金 no person, 由每人每月 no part of the measure
    ("2023年，宁夏为优抚对象家庭悬挂光荣牌28.6万块，造血干细胞捐献志愿者新增入库1.2万人份。", [], "2023-12-01",
     [("宁夏回族自治区", "优抚对象家庭悬挂光荣牌", 286000, "块", {}),
      ("宁夏回族自治区", "造血干细胞捐献志愿者新增入库", 12000, "人份", {})]),
    ("2023年，天津市城乡居民基础养老金由每人每月220元提高到240元。", [], "2023-12-01",
     [("天津市", "城乡居民基础养老金", 220, "元", {}), ("天津市", "城乡居民基础养老金", 240, "元", {})]),
    # a span of life is a statistic, though its unit is one of time
    ("2022年，青田县居民人均预期寿命达到82.9岁。", [], None, [("青田县", "居民人均预期寿命", 82.9, "岁", {})]),
    # a span of hours is a duration, not a count of 个 (历时 | 6个 | 小时)
    ("青田县人民医院成功实施首例心脏移植手术，历时6个小时。", [], None, []),
    # a number opening a term (5G, 3D) is no figure: it is part of the measure
    ("2022年，青田县已建成5G基站1200个。", [], None, [("青田县", "建成5G基站", 1200, "个", {})]),
    # a share (占…比重) is of the figure named before it
    ("2022年，青田县第三产业增加值95.3亿元，占GDP比重56.6%。", [], None,
     [("青田县", "第三产业增加值", 9530000000, "元", {}), ("青田县", "第三产业增加值占GDP比重", 0.566, "%", {})]),
    ("2022年，青田县农村劳动力转移就业12万人，占农村劳动力总数的60%。", [], None,
     [("青田县", "农村劳动力转移就业", 120000, "人", {}), ("青田县", "农村劳动力转移就业占农村劳动力总数", 0.6, "%", {})]),
    # the place after 对 is the other side of the trade, not whose trade it is
    ("2021年，宁波对欧盟进出口1300亿元；对东盟进出口720亿元。", [], None,
     [("宁波市", "进出口", 130000000000, "元", {}), ("宁波市", "进出口", 72000000000, "元", {})]),
    # a character of a joint abbreviation (港澳台) is an item of a list, no subject of the figures after it
    ("本届花博会共有港澳台地区和17个国家参展，展出花卉品种3000余个。", [], None, []),
    # a place inside what a count before it counts (53个非洲国家) is no subject of the figures after it
    ("本届博览会共有53个非洲国家、1590家企业参展。", [], None, []),
    # the whole country's figure is not the article's place's; a national title the place holds is no scope
    ("我省凤冈县入选全国农村创业创新典型县。全国共有100个县入选。", [], None, []),
    ("2022年，青田县获评全国文明城市，累计投入资金5亿元。", [], None, [("青田县", "投入资金", 500000000, "元", {})]),
    # a verb of keeping a figure within a bound is no part of the measure
    ("2022年，青田县城镇登记失业率控制在2.1%以内。", [], None, [("青田县", "城镇登记失业率", 0.021, "%", {})]),
    # 截至 … → dateBefore
    ("截至2014年底，定西市共有建档立卡贫困人口65.8万人，贫困发生率为25.6%。", [], None,
     [("定西市", "建档立卡贫困人口", 658000, "人", {"dateBefore": "2014-12-31"}),
      ("定西市", "贫困发生率", 0.256, "%", {"dateBefore": "2014-12-31"})]),
    # a change with no figure before it is the observation itself
    ("今年以来，洱源县推广绿色生态种植，化肥使用量同比下降15%。", [("绿色生态种植", "Initiative")], "2023-06-01",
     [("洱源县", "化肥使用量", -0.15, "%", {"period": "2023", "change": -0.15, "changeBasis": "同比"})]),
    ("深圳市南山区。2018年南山区实现地区生产总值5018亿元，同比增长8.4%。", [], None,
     [("南山区", "地区生产总值", 501800000000, "元", {"period": "2018", "change": 0.084})]),
    # 名 counts people: unit 人
    ("今年，兰考将实现115个贫困村退出、2.6万名贫困人口稳定脱贫。", [("兰考", "County", "兰考县")], "2016-09-30",
     [("兰考县", "贫困村", 115, "个", {"period": "2016"}), ("兰考县", "贫困人口", 26000, "人", {"period": "2016"})]),
    # figures of the place a sentence opens with (在Y，…); what is measured may follow the figure
    ("在大理市湾桥镇古生村，村里依托生态优势发展生态旅游，去年接待游客12万人次。", [("古生村", "Village")], "2023-06-01",
     [("古生村", "接待游客", 120000, "人次", {"period": "2022"})]),
    ("2015年9月，战旗村出让一宗13.447亩的集体经营性建设用地。", [], "2017-07-01",
     [("战旗村", "集体经营性建设用地", 13.447, "亩", {"period": "2015-09"})]),
    # a name right before the figure is what is counted, not the subject
    ("截至6月底，长春市朝阳区已建成综合养老服务中心9个。", [("养老服务中心", "Organization")], "2019-07-10",
     [("朝阳区", "建成综合养老服务中心", 9, "个", {"dateBefore": "2019-06-30"})]),
    # the figures of a document just issued are the document's
    ("3月19日，昆山市人民政府印发《三年行动计划》，明确了5个方面30项重点任务。", [("《三年行动计划》", "Document")],
     "2021-03-20", [("《三年行动计划》", "方面", 5, "个", {}), ("《三年行动计划》", "重点任务", 30, "项", {})]),
    # the clause's agent: what a cooperative planted is the cooperative's
    ("2022年，青山蓝莓专业合作社种植蓝莓350亩。", [("青山蓝莓专业合作社", "Company")], "2023-03-01",
     [("青山蓝莓专业合作社", "种植蓝莓", 350, "亩", {"period": "2022"})]),
    # the possessor right before the figure owns what follows it, even in a clause about something else
    ("目前，这一做法已在安吉县120个行政村推广。", [], "2023-03-01", [("安吉县", "行政村", 120, "个", {})]),
    # 全省 resolved to the article's province; a percentage is a fraction
    ("浙江省召开全省垃圾分类工作会议。全省85.5%的行政村实现了垃圾分类。", [], "2023-03-01",
     [("浙江省", "行政村", 0.855, "%", {})]),
    # a figure in 万 before the people of a place counts persons of that place
    ("会议号召，动员4500万江西人民积极投身乡村振兴。", [], "2023-03-01",
     [("江西省", "江西人民", 45000000, "人", {})]),
    ("浙江省启动志愿服务月。全省10万大学生参加了志愿服务。", [], "2023-03-01",
     [("浙江省", "大学生", 100000, "人", {})]),
    # a figure after a demonstrative repeats one given before
    ("安吉县共有行政村120个。这120个行政村均已开通公交。", [], "2023-03-01", [("安吉县", "行政村", 120, "个", {})]),
    # a second figure joined to the first measures the same thing
    ("安吉县共安置移民3200户1.2万人。", [], "2023-03-01",
     [("安吉县", "安置移民", 3200, "户", {}), ("安吉县", "安置移民", 12000, "人", {})]),
    # a verb before the counted noun belongs to it
    ("今年安吉县40个在建项目加快建设。", [], "2023-03-01", [("安吉县", "在建项目", 40, "个", {"period": "2023"})]),
    # a doubling: 翻一番 is 2 倍
    ("安吉县召开会议。十年来，全县农民收入翻了一番。", [], "2023-03-01",
     [("安吉县", "农民收入", 2, "倍", {})]),
    # the place the sentence named before, when the clause has no subject of its own
    ("调研组对安吉县的做法表示肯定，培训农民超过3万人次。", [], "2023-03-01",
     [("安吉县", "培训农民", 30000, "人次", {})]),
    # a small Chinese figure counts only after a place that owns it (八个乡镇), never 一名
    ("会议要求，安吉县八个乡镇要全面推开。安吉县的一名干部介绍了经验。", [], "2023-03-01",
     [("安吉县", "乡镇", 8, "个", {})]),
    # how many times someone came to a place to inspect it is the place's figure
    ("近年来，省领导五次到安吉县调研。", [], "2023-03-01", [("安吉县", "调研", 5, "次", {})]),
    # 村里的 is where, not what: the noun after a unit of measure is what is measured
    ("古生村位于洱海边。村里的1200亩荒山已全部种上果树。", [], "2023-03-01", [("古生村", "荒山", 1200, "亩", {})]),
    # a verb's phrase before a count governs it: the noun after the count is what is counted
    ("泸州市出台促进民营经济发展二十条措施。", [], "2023-08-02", [("泸州市", "措施", 20, "条", {})]),
    # a cooperative named again by its bare head after a year word (去年合作社…) is the subject;
    # produce counted by its packing (袋, 箱)
    ("走进柞水县金米村。村里成立了金米木耳专业合作社，去年合作社种植木耳200万袋，销售木耳5万箱。", [], "2023-09-12",
     [("金米木耳专业合作社", "种植木耳", 2000000, "袋", {"period": "2022"}),
      ("金米木耳专业合作社", "销售木耳", 50000, "箱", {})]),
    # figures of a list of places together are the place's the list is named in, not one item's
    ("近日，蒲江县鹤山街道、寿安街道、大塘镇3所新建卫生院正式投入使用，总投资1.2亿元。", [], "2023-10-10",
     [("蒲江县", "新建卫生院", 3, "所", {}), ("蒲江县", "总投资", 120000000, "元", {})]),
    # 此次/本次 (this time) opens no measure
    ("2月29日，成都市双流区举行招商推介会，此次签约项目共25个。", [], "2024-03-01",
     [("双流区", "签约项目", 25, "个", {})]),
    # an alternative in brackets inside the noun counted (村（社区）)
    ("宜宾市召开会议。全市200余名村（社区）党组织书记参加培训。", [], "2023-05-12",
     [("宜宾市", "村（社区）党组织书记", 200, "人", {})]),
    # the holders of a post counted at a meeting are those present, no figure (a training's trainees are, above)
    ("海伦市召开电视电话会议。海北镇、伦河镇等23个乡镇党委书记在分会场参加会议。62个重点县县长参加会议。", [], "2021-04-08",
     []),
    # what is to be done is a target (确保, 今年将), named so
    ("于建新表示，2020年四川省将确保全年完成交通投资1800亿元以上。", [], "2020-01-09",
     [("四川省", "全年完成交通投资目标", 180000000000, "元", {"period": "2020"})]),
    # 截至 and a day of the month alone: by that day
    ("截至19日，河南省已收获小麦8520万亩。", [], "2019-06-20",
     [("河南省", "收获小麦", 85200000, "亩", {"dateBefore": "2019-06-19"})]),
    # a phrase ending in 的 before a count describes what is counted after it
    ("武义县召开座谈会。来自全国各地的200余名专家学者参加。", [], "2023-10-15",
     [("武义县", "专家学者", 200, "人", {})]),
    # a distributive word (户均, 人均) opens the next figure's measure, not the noun counted before it
    ("临洮县召开产业发展推进会。会上介绍，全县食用菌基地带动860户群众户均增收9000元。", [], "2023-04-20",
     [("临洮县", "群众", 860, "户", {}), ("临洮县", "户均增收", 9000, "元", {})]),
    # an adjective before the noun counted is part of it (8所薄弱学校 → 薄弱学校)
    ("岷县召开教育工作会。今年岷县改造8所薄弱学校。", [], "2023-09-01", [("岷县", "改造薄弱学校", 8, "所", {})]),
    # the subject named again by the end of its name is no part of the measure
    ("柳东新区召开经济运行分析会。一季度，新区完成固定资产投资98.5亿元。", [], "2023-04-20",
     [("柳东新区", "完成固定资产投资", 9850000000, "元", {"period": "2023-Q1"})]),
    # what a document just issued contains is the document's, though the clause inherits the issuer;
    # 举措 is a noun, whatever jieba tags it
    ("近日，镇原县印发《镇原县营商环境提升行动方案》，明确了5个方面18条具体举措。", [], "2023-04-20",
     [("《镇原县营商环境提升行动方案》", "方面", 5, "个", {}),
      ("《镇原县营商环境提升行动方案》", "具体举措", 18, "条", {})]),
    # 实现了 opens the measure as 实现 does
    ("环县召开驻村帮扶工作会。全县选派工作队员860名，实现了251个行政村全覆盖。", [], "2022-09-05",
     [("环县", "选派工作队员", 860, "人", {}), ("环县", "行政村", 251, "个", {})]),
    # 完成 joins a measure to its figure; groups listed before the words they share, given 分别, each
    # take their figure
    ("2023年，高台县地区生产总值完成86.5亿元；城镇、农村居民人均可支配收入分别达到36520元和20180元。", [], "2024-01-10",
     [("高台县", "地区生产总值", 8650000000, "元", {"period": "2023"}),
      ("高台县", "城镇居民人均可支配收入", 36520, "元", {"period": "2023"}),
      ("高台县", "农村居民人均可支配收入", 20180, "元", {"period": "2023"})]),
    # 全年 opening a sentence is the year the sentence before reports on
    ("2023年，民勤县地区生产总值完成86.5亿元。全年新建日光温室1200座。", [], "2024-01-10",
     [("民勤县", "地区生产总值", 8650000000, "元", {"period": "2023"}),
      ("民勤县", "新建日光温室", 1200, "座", {"period": "2023"})]),
    # the community named again by the end of its name is no part of the measure
    ("红旗街道富锦社区召开居民议事会。今年以来，社区共解决居民急难愁盼问题86件。", [], "2022-06-30", [("富锦社区", "解决居民急难愁盼问题", 86, "件", {"period": "2022"})]),
    # not statistics: figures beside the subject (X和周边N个村), a quoted owner the entity stage did not take
    # for a name, the session of a numbered congress
    ("鲁家村与邻近的12个村共同成立了旅游合作社。", [("鲁家村", "Village")], "2023-03-01", []),
    # the items of a list the figure counts are not whom it is about (the place before is)
    ("北京市朝阳区召开会议。会议提出，将重点整治亮马河、坝河等5条河道。", [], "2019-06-12",
     [("朝阳区", "河道", 5, "条", {})]),
    # nor are the places the item's name opens with (某市某县某镇某村党支部等N个: the item's own)
    ("泾川县召开会议。会议表彰了平凉市泾川县城关镇东关村党支部等36个基层党组织。", [], "2024-03-12",
     [("泾川县", "基层党组织", 36, "个", {})]),
    # the figures of one sentence run on about whom the clause before named (not the place before)
    ("西安市召开会议。会议介绍，西十高铁全长255公里，设计时速350公里。", [("西十高铁", "Landmark")], "2024-03-12",
     [("西十高铁", "全长", 255, "公里", {}), ("西十高铁", "设计时速", 350, "公里", {})]),
    # … through the item's post and person (某村党支部书记张某等N名: the item a person named with their post)
    ("泾川县召开会议。会议表彰了城关镇东关村党支部书记张丽等36名同志。", [], "2024-03-12",
     [("泾川县", "同志", 36, "人", {})]),
    # candidates jieba tags a verb (考生): the noun counted
    ("今年汝州市共有7856名考生参加高考。", [], "2026-06-08", [("汝州市", "考生", 7856, "人", {})]),
    # a rate opening with a lead's word (覆盖率: not 覆盖 | 率)
    ("甘肃省今年共开展活动156场，覆盖率达到98%。", [], "2026-05-01",
     [("甘肃省", "开展活动", 156, "场", {}), ("甘肃省", "覆盖率", 0.98, "%", {})]),
    # once as high as (一度高达): an adverb (no 一度, one kilowatt-hour) and a link, no part of the measure
    ("西南村贫困发生率一度高达39.8%。", [], "2021-03-12", [("西南村", "贫困发生率", 0.398, "%", {})]),
    # the project referred back to (该项目) opens no measure
    ("3月27日，华友钴业衢州基地锂电材料项目正式开工。该项目总投资65亿元。", [("华友钴业", "Company")], "2023-03-28",
     [("华友钴业", "总投资", 6500000000, "元", {})]),
    # a link (发展到) is no part of the measure; a family's own figures are no statistic of its village
    ("平利县茶园面积发展到18.6万亩。长安镇中坝村茶农王德顺说，他家种了12亩茶园，每年收入超过8万元。", [], "2024-04-22",
     [("平利县", "茶园面积", 186000, "亩", {})]),
    # a team named in full once, then by its head (督察组): its figures
    ("中央第四生态环境保护督察组向湖北省反馈督察情况。武汉市、襄阳市等地存在设施短板。督察期间，督察组共受理群众举报3262件。", [], "2022-06-01",
     [("中央第四生态环境保护督察组", "受理群众举报", 3262, "件", {})]),
    # a bound before the figure (不少于, 不低于) joins it to the measure and is no part of it
    ("江苏省每年安排对口协作资金不少于15亿元。", [], "2021-06-02", [("江苏省", "每年安排对口协作资金", 1500000000, "元", {})]),
    # bodies listed before 等 are examples of what is counted, no part of the measure (县直: an adverb to jieba)
    # who counts is the team (巡察组, a body since its 组 is read with it: 巡察 | 组 before)
    ("泾川县召开会议。县委巡察组对县教育局、县卫生健康局等8个县直部门开展巡察。", [], "2024-03-12",
     [("泾川县委巡察组", "县直部门", 8, "个", {})]),
    # a place's one-character abbreviation inside the measure (援藏资金) does not end it
    ("西藏自治区累计投入援藏资金超过500亿元。", [], "2020-08-20", [("西藏自治区", "投入援藏资金", 50000000000, "元", {})]),
    # a sum of money after quotes a verb opens: what is quoted is what the money is
    ("丽水市累计发放“生态贷”150亿元。", [], "2021-07-08", [("丽水市", "发放“生态贷”", 15000000000, "元", {})]),
    # a name and a verb before 的 describe the noun after them (某市援建的扶贫车间): not the figure's subject
    ("在临泉县，上海市援建的扶贫车间吸纳当地群众就业2800人。", [], "2021-06-18",
     [("临泉县", "群众就业", 2800, "人", {})]),
    # a clause ending in 以来 (since) opens with what the figures after it are of (a site here)
    ("临泉县召开会议。京港澳高速公路通车以来，累计通行车辆3200万辆，减少排放12万吨。", [], "2024-07-20",
     [("京港澳高速公路", "通行车辆", 32000000, "辆", {}), ("京港澳高速公路", "减少排放", 120000, "吨", {})]),
    # after a list's examples, the kind they are of (等水域) and a verb: the measure is the verb's phrase
    ("今年以来，岳阳市在洞庭湖、汨罗江等水域开展联合执法行动46次。", [], "2021-03-25",
     [("岳阳市", "开展联合执法行动", 46, "次", {})]),
    # a figure's parts by place in brackets right after it: each place's, with the figure's measure
    ("4月9日，吉林省新增本土确诊病例12例（长春市8例、吉林市4例）。", [], "2022-04-10",
     [("吉林省", "新增本土确诊病例", 12, "例", {}), ("长春市", "新增本土确诊病例", 8, "例", {}),
      ("吉林市", "新增本土确诊病例", 4, "例", {})]),
    # a difference from a base (比去年增加): the words of the figure before it are what it changes
    ("2024年，临泉县高考报名人数为1.8万人，比去年增加1200人。", [], "2024-06-05",
     [("临泉县", "高考报名人数", 18000, "人", {}), ("临泉县", "高考报名人数增加", 1200, "人", {})]),
    # an adverb of summing before the link (累计达到, 共计) is no part of the measure
    ("临泉县省级专精特新企业累计达到38家，今年签约项目共计56个。", [], "2024-07-20",
     [("临泉县", "省级专精特新企业", 38, "家", {}), ("临泉县", "签约项目", 56, "个", {})]),
    # a list of bodies the figure right after it counts (甲公司、乙公司2家企业): the items are what is
    # counted, the figure is the place's the article is about
    ("临泉县召开会议。近日，我县临泉华源食品有限公司、临泉宏达纺织有限公司2家企业入选省级专精特新企业名单。", [], "2024-07-20",
     [("临泉县", "企业", 2, "家", {})]),
    # what befell the persons counted is written after them (造成…3人死亡): the measure, and the place
    # before the count is theirs (not the county the sentence before named)
    ("临泉县发生洪灾。截至7日，洪灾已造成安徽省12人死亡、3人失踪，另有56人获救。", [], "2020-07-08",
     [("安徽省", "死亡", 12, "人", {}), ("安徽省", "失踪", 3, "人", {}), ("安徽省", "获救", 56, "人", {})]),
    ("临泉县一化工厂发生爆炸，造成2人死亡和5人受伤。", [], "2020-07-08",
     [("临泉县", "死亡", 2, "人", {}), ("临泉县", "受伤", 5, "人", {})]),
    # a person-led sentence: the figures after the body the person founded are the body's
    ("青田县仁庄镇小令村有个致富带头人。2016年，王兴华返乡创办青田县小令茶叶种植专业合作社，流转土地1500亩种植白茶，"
     "带动126户农户增收。", [],
     "2020-11-26", [("青田县小令茶叶种植专业合作社", "流转土地", 1500, "亩", {}),
                    ("青田县小令茶叶种植专业合作社", "带动农户", 126, "户", {})]),
    # a preposition alone before a count governs what is counted (对3起…问题进行通报), no measure's word
    ("近日，青田县纪委监委对3起群众身边不正之风问题进行公开通报。", [], "2023-09-25",
     [("青田县纪委监委", "群众身边不正之风问题", 3, "起", {})]),
    # a share of the place's whole (占全市外贸总值的73.9%): the whole inside the measure, after the figure's part
    ("一季度，青田县民营企业进出口23.5亿元，占全县外贸总值的73.9%。", [], "2023-04-21",
     [("青田县", "民营企业进出口", 2350000000, "元", {}), ("青田县", "民营企业进出口占全县外贸总值", 0.739, "%", {})]),
    # the size of a visiting party (一行8人) is no statistic
    ("老挝琅南塔省副省长率代表团一行8人来青田县考察交流。", [], "2019-11-20", []),
    # machines sent out counted by the trip (台次)
    ("临泉县城市管理局当天出动除雪人员1200人次、机械设备86台次。", [], "2024-01-22",
     [("临泉县城市管理局", "出动除雪人员", 1200, "人次", {}), ("临泉县城市管理局", "机械设备", 86, "台次", {})]),
    # 其中 and a place: the part of the figure before that is the place's, measuring the same
    ("青田县召开会议。今年，丽水市计划完成造林绿化面积50万亩，其中青田县12万亩。", [], "2020-03-27",
     [("丽水市", "计划完成造林绿化面积", 500000, "亩", {}), ("青田县", "计划完成造林绿化面积", 120000, "亩", {})]),
    # a verb of falling or rising to a level (下降至, 降低到) links the measure to its value
    ("2018年，临泉县贫困发生率下降至3.8%，城镇登记失业率降低到2.1%。", [], "2019-03-01",
     [("临泉县", "贫困发生率", 0.038, "%", {}), ("临泉县", "城镇登记失业率", 0.021, "%", {})]),
    ("在文化广场，镇长介绍了“石桥湾”800户居民的搬迁情况。", [("文化广场", "Landmark")], "2023-03-01", []),
    ("会议传达学习了市委十一届十二次全会精神。", [], "2023-03-01", []),
    # not statistics: ordinals, durations, document numbers, dates, figures in titles and quotes
    ("3月16日,昆山市政府第58次常务会议召开,审议通过《昆山市优化营商环境三年行动计划(2021-2023年)》。", [], "2021-03-20", []),
    ("力争将企业开办时间压缩至0.5个工作日以内，围绕“1236”扶贫攻坚行动。", [], "2021-03-20", []),
]


def _observations(ents, out):
    names = labels(ents, out)
    got = []
    for e in out.entities:
        if e.type != "Observation":
            continue
        subject = next(names.get(f.tail, f.tail) for f in out.facts if f.head == e.id and f.relation == "subject")
        got.append((subject, e.attrs["measure"], e.attrs["value"], e.attrs["unit"],
                    {k: v for k, v in e.attrs.items() if k not in ("measure", "value", "unit")}))
    return got


@pytest.mark.parametrize("text,given,date,expected", CASES)
def test_statistics(extractor, text, given, date, expected):
    ents, out = run(extractor, text, given, date=date)
    got = _observations(ents, out)
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    for g, e in zip(got, expected):
        assert {k: g[4].get(k) for k in e[4]} == e[4]


def test_observation_ids_are_readable():
    assert observation_id("北京市", "党员", None, 1395000, "人") == "Observation/北京市/党员/-/1395000人"
    assert observation_id("余村", "接待游客", "2019", 900000, "人次") == "Observation/余村/接待游客/2019/900000人次"


def test_observation_evidence_covers_the_figure(extractor):
    text = "据了解，北京市共有49家区局级单位，涵盖党员139.5万人。"
    ents, out = run(extractor, text, date="2019-09-20")
    for e in out.entities:
        if e.type == "Observation":
            ev = e.evidence[0]
            assert text[ev.sentence_start:ev.sentence_end] == ev.sentence
            assert str(e.attrs["value"]) in ("49", "1395000")
            assert text[ev.start:ev.end] in ("49家", "139.5万人")


def test_a_body_named_again_by_its_head_is_the_subject(extractor):
    """该合作社, and the bare 合作社 opening a clause: the one cooperative named before, not the
    village the clause's place would give (bodies.definite). With two cooperatives, neither."""
    from kg.read import article_from_text

    def subjects(*paragraphs):
        ex = extractor(article_from_text("t", list(paragraphs)))
        ents = ex.entities.entities
        return sorted(ents[f.tail].label for f in ex.facts if f.relation == "subject")

    assert subjects("青田县东源村成立了东源茶叶专业合作社。去年，合作社实现销售收入320万元。",
                    "该合作社种植茶叶2000亩。") == ["东源茶叶专业合作社"] * 2
    assert "东源茶叶专业合作社" not in subjects(
        "青田县东源村成立了东源茶叶专业合作社和东源果蔬专业合作社。去年，合作社实现销售收入320万元。")


def test_figures_given_respectively_are_no_figures_of_the_lists_place(extractor):
    """甲街道、乙镇分别建成…12个和8个: each item's figure (分别), not the county's the list is named in."""
    ents, out = run(extractor, "安吉县递铺街道、孝丰镇分别建成文化礼堂12个和8个。", [], date="2023-10-10")
    subjects = {g[0] for g in _observations(ents, out)}
    assert subjects and "安吉县" not in subjects


def test_a_figure_of_a_place_word_no_place_resolves_has_no_subject(extractor):
    """督察组指出，…全省…比例达到88.6%: the figure is the province's; an article that names no province
    gives it no subject (not the speaker, the body of the clause before). Where the province is named,
    it is its figure."""
    from kg.read import article_from_text

    def subjects(*paragraphs):
        ex = extractor(article_from_text("t", list(paragraphs)))
        ents = ex.entities.entities
        return sorted((ents[f.tail].label, ents[f.head].attrs.get("value")) for f in ex.facts
                      if f.relation == "subject")

    said = "督察组指出，2021年全省地级及以上城市空气质量优良天数比例达到88.6%，生态环境质量持续改善。"
    assert subjects("中央第四生态环境保护督察组向我省反馈督察情况。" + said) == []
    assert subjects("中央第四生态环境保护督察组向江西省反馈督察情况。" + said) == [("江西省", 0.886)]


def test_figures_of_a_sentence_whose_subject_is_a_place_word_no_place_resolves_have_no_subject(extractor):
    """我县大力发展…，建成服务站16个: the sentence's subject is the county the article never names; the
    village the paragraph before talked about is not whose figures they are. Named, the county's."""
    from kg.read import article_from_text

    def subjects(title):
        ex = extractor(article_from_text("t", ["今年以来，青山镇柳溪村销售猕猴桃30万斤。",
                                               "近年来，我县大力发展农村电商，建成乡镇电商服务站16个。"], title=title))
        ents = ex.entities.entities
        return sorted((ents[f.tail].label, ents[f.head].attrs.get("value")) for f in ex.facts
                      if f.relation == "subject")

    assert subjects("我县发展农村电商") == [("柳溪村", 300000)]
    assert subjects("遂川县发展农村电商") == [("柳溪村", 300000), ("遂川县", 16)]


@pytest.mark.parametrize("text,value,unit", [
    # 台套: sets of machines (one classifier of two characters), not 台 and a measure 套
    ("今年，临泉县检修农机具3.5万台套。", 35000, "台套"),
    # rainfall in millimetres, capacity in megawatts
    ("截至7月31日8时，门头沟区平均降雨量达到286毫米。", 286, "毫米"),
    ("2022年，临泉县光伏发电装机容量达到120兆瓦。", 120, "兆瓦"),
    # tents, counted by 顶
    ("临泉县已向受灾乡镇调拨帐篷1200顶。", 1200, "顶"),
    # couplets (and glasses, gloves), counted by 副
    ("今年春节前，临泉县为群众书写春联600副。", 600, "副"),
])
def test_units_of_the_genre(extractor, text, value, unit):
    ents, out = run(extractor, text)
    obs = [e for e in out.entities if e.type == "Observation"]
    assert [(e.attrs["value"], e.attrs["unit"]) for e in obs] == [(value, unit)]


def test_an_item_of_the_list_a_figure_counts_is_not_its_subject(extractor):
    """推动白沙、石门、桥头等5个村…: the five villages are the county's (not named here: no subject),
    not the last village of the list; 并 opens no measure."""
    ents, out = run(extractor, "会议要求，推动白沙村、石门村、桥头村等5个村加快发展乡村旅游。")
    assert not [e for e in out.entities if e.type == "Observation"]
    ents, out = run(extractor, "当天，县委书记到双河镇检查防汛工作，并转移受威胁群众320人。")
    assert [e.label.split()[1] for e in out.entities if e.type == "Observation"] == ["转移受威胁群众"]


def test_a_list_of_places_a_figure_counts_is_no_subject_and_no_measure(extractor):
    """涉及甲、乙、丙3个市（州）20个县: the cities counted, not the last one's figure, nor its name
    in the measure."""
    ents, out = run(extractor, "据介绍，四川省的保护区涉及成都、绵阳、雅安3个市（州）20个县（市、区）。")
    got = sorted((ents.entities[f.tail].label, e.attrs["measure"], e.attrs["value"])
                 for e in out.entities if e.type == "Observation"
                 for f in out.facts if f.head == e.id and f.relation == "subject")
    assert got == [("四川省", "县", 20), ("四川省", "市", 3)]


def test_a_headline_rounding_the_bodys_figure_is_no_second_statistic(extractor):
    """国庆假期我市接待游客超300万人次 (headline) | 共接待游客312.6万人次: one figure, the body's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["记者从洛阳市文化广电旅游局获悉，国庆假期，我市共接待游客312.6万人次，同比增长18.3%。"],
                            title="国庆假期我市接待游客超300万人次", date="2023-10-07")
    obs = [e for e in extractor(art).entities.entities.values() if e.type == "Observation"]
    assert [(e.attrs["measure"], e.attrs["value"]) for e in obs] == [("接待游客", 3126000)]


def test_a_headline_figure_the_body_gives_with_a_longer_measure_is_no_second_statistic(extractor):
    from kg.read import article_from_text

    art = article_from_text("t", ["今年上半年，西安市12345政务服务便民热线共受理群众诉求128.5万件，办结率达到99.1%。"],
                            title="西安市12345热线上半年受理群众诉求128万件", date="2023-07-20")
    obs = [e for e in extractor(art).entities.entities.values() if e.type == "Observation"]
    assert sorted(e.attrs["value"] for e in obs) == [0.991, 1285000]


def test_a_headline_bound_of_the_bodys_figure_is_no_second_statistic(extractor):
    """柳州螺蛳粉产业年销售收入突破600亿元 (headline) | 全产业链销售收入达到669.9亿元: the same measure's last
    words, the body's figure stands."""
    from kg.read import article_from_text

    art = article_from_text("t", ["2022年，柳州市螺蛳粉全产业链销售收入达到669.9亿元，同比增长11.1%。"],
                            title="柳州市螺蛳粉产业年销售收入突破600亿元", date="2023-01-16")
    obs = [e for e in extractor(art).entities.entities.values() if e.type == "Observation"]
    assert [e.attrs["value"] for e in obs] == [66990000000]


def test_days_counted_and_concentrations_are_statistics(extractor):
    """优良天数达到326天 (days of a kind counted, not a span of time); 28微克/立方米 (a concentration)."""
    ents, out = run(extractor, "2023年，昆明市环境空气质量优良天数达到326天，细颗粒物平均浓度为28微克/立方米。")
    got = sorted((e.attrs["value"], e.attrs["unit"]) for e in out.entities if e.type == "Observation")
    assert got == [(28, "微克/立方米"), (326, "天")]
    ents, out = run(extractor, "2023年，昆明市完成整治工作用时30天。")
    assert not [e for e in out.entities if e.type == "Observation"]



def test_a_run_of_figures_keeps_the_rule_that_found_its_subject(extractor):
    """The run of a sentence's figures (某高铁全长…，设计时速…) changes a subject only where the clause
    would inherit another: the same subject inherited keeps its own rule (kg eval --by source)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["2023年，民勤县地区生产总值完成86.5亿元，粮食产量达到30万吨。"], date="2024-01-10")
    sources = sorted(f.source for f in extractor(art).facts if f.relation == "subject")
    assert sources == ["statistics.agent", "statistics.context"]


@pytest.mark.parametrize("text,expected", [
    # a time between the measure and the figure's link words dates the figure; the measure is before it
    ("某某县发展产业，全县村集体经济收入去年达到4300万元。", [("村集体经济收入", 43000000)]),
    # from one value to another, each with its year (由…的…增加到…的…), and 不足 a bound, no measure
    ("某某县地区生产总值由2012年的不足30亿元增长到2022年的96.5亿元。",
     [("地区生产总值", 3000000000), ("地区生产总值", 9650000000)]),
])
def test_a_time_before_the_figure_does_not_take_the_measure(extractor, text, expected):
    ents, out = run(extractor, text, [("某某县", "County")], date="2023-03-01")
    assert [(g[1], g[2]) for g in _observations(ents, out)] == expected


def test_a_time_compared_with_is_no_measure(extractor):
    """比2018年翻了一番: a change against a base year, no figure the words before measure."""
    ents, out = run(extractor, "2020年，某某县人均可支配收入达到13600元，比2018年翻了一番。", [("某某县", "County")],
                    date="2021-03-01")
    assert [(g[1], g[2]) for g in _observations(ents, out)] == [("人均可支配收入", 13600)]


def test_a_village_collectives_figure_is_the_villages(extractor):
    """The clause runs on about a cooperative, but 村集体经济收入 is its village's; a county's (全县
    村集体经济收入) stays the county's, its villages' together."""
    ents, out = run(extractor, "某某村成立了某某香菇专业合作社。去年，合作社销售收入680万元，村集体经济收入达到43万元。",
                    [("某某村", "Village"), ("某某香菇专业合作社", "Organization")], date="2023-03-01")
    assert [(g[0], g[1], g[2]) for g in _observations(ents, out)] == [
        ("某某香菇专业合作社", "销售收入", 6800000), ("某某村", "村集体经济收入", 430000)]
    ents, out = run(extractor, "某某县发展集体经济，全县村集体经济收入达到1.2亿元。", [("某某县", "County")],
                    date="2023-03-01")
    assert [(g[0], g[1]) for g in _observations(ents, out)] == [("某某县", "村集体经济收入")]


def test_a_place_named_only_in_a_documents_title_is_the_whole_place_of_its_figures(extractor):
    """省政府 … 审议通过《某省…办法》; 全省共发生事故312起: the province the title names is the one
    全省 stands for (the title's place is no name inside a name for 全省, which stands alone)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["6月19日，省长主持召开省政府常务会议，审议通过《吉林省安全生产条例实施办法》。",
                                  "会议指出，今年1至5月，全省共发生生产安全事故312起。"],
                            title="省政府召开常务会议", date="2023-06-20")
    ext = extractor(art)
    ents = ext.entities.entities
    got = [(ents[f.tail].label, ents[f.head].attrs["value"]) for f in ext.facts if f.relation == "subject"]
    assert got == [("吉林省", 312)]


def test_figures_in_what_someone_says_need_a_subject_the_speech_names(extractor):
    """“合作社去年种植茯苓1200亩，产值达到1800万元。”某某说: the cooperative named before, referred to by
    its head at the quote's opening, has the figures; “我家大棚5个，…” are the speaker's, no one's here."""
    from kg.read import article_from_text

    art = article_from_text("t", ["临泉县青山村茯苓种植专业合作社理事长刘志华正带着社员采收茯苓。",
                                  "“合作社去年种植茯苓1200亩，产值达到1800万元。”刘志华告诉记者。",
                                  "“我家大棚5个，去年收入了8万多元。”村民张大山说。"], date="2023-10-09")
    ext = extractor(art)
    ents = ext.entities.entities
    got = sorted((ents[f.tail].label, ents[f.head].attrs["value"]) for f in ext.facts if f.relation == "subject")
    assert got == [("青山村茯苓种植专业合作社", 1200), ("青山村茯苓种植专业合作社", 18000000)]


def test_a_modal_and_a_time_clause_around_a_measure_are_no_part_of_it(extractor):
    from kg.read import article_from_text

    art = article_from_text("t", ["定边县光伏发电项目总投资约9亿元，建成后年均发电量可达3.2亿千瓦时。"], date="2023-11-18")
    ext = extractor(art)
    measures = {e.attrs.get("measure") for e in ext.entities.entities.values() if e.type == "Observation"}
    assert "年均发电量" in measures


@pytest.mark.parametrize("text,unit", [
    ("今年以来，德州市共检查企业1.6万家次。", "家次"),
    ("巡视期间，省委巡视组在祁门县共受理来信来访312件次。", "件次"),
    ("今年以来，曹县各级宣讲团累计刊播新闻稿件3200条次。", "条次"),
])
def test_counts_by_the_time_keep_their_unit(extractor, text, unit):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", [text], date="2023-11-18"))
    units = {e.attrs.get("unit") for e in ext.entities.entities.values() if e.type == "Observation"}
    assert unit in units


def test_places_listed_before_figures_given_respectively_each_have_theirs(extractor):
    """甲镇、乙乡两个乡镇粮食单产分别达到每亩X公斤和Y公斤: each place its figure, in order, the measure
    without the count of them and the link."""
    from kg.read import article_from_text

    art = article_from_text("t", ["南溪镇、石门乡两个乡镇粮食单产分别达到每亩520公斤和498公斤。"], date="2023-10-26")
    ext = extractor(art)
    ents = ext.entities.entities
    got = sorted((ents[f.tail].label, ents[f.head].attrs["measure"], ents[f.head].attrs["value"])
                 for f in ext.facts if f.relation == "subject")
    assert got == [("南溪镇", "粮食单产", 520), ("石门乡", "粮食单产", 498)]


def test_an_adverb_opening_a_measure_is_no_part_of_it(extractor):
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["桐乡市常住人口城镇化率已达到68.5%。当地还投入12亿元实施老旧小区改造。"], date="2022-06-30"))
    measures = {e.attrs.get("measure") for e in ext.entities.entities.values() if e.type == "Observation"}
    assert "投入" in measures and "还投入" not in measures


def test_parts_of_a_figure_listed_after_qizhong_and_a_comma_are_each_places(extractor):
    """全市完成造林面积28.6万亩，其中，甲县6.2万亩、乙县4.8万亩: each county its part, of the measure before."""
    from kg.read import article_from_text

    art = article_from_text("t", ["今年以来，吕梁市完成造林面积28.6万亩，其中，石楼县6.2万亩、隰县4.8万亩、永和县3.5万亩。"], date="2022-12-26")
    ext = extractor(art)
    ents = ext.entities.entities
    got = sorted((ents[f.tail].label, ents[f.head].attrs["measure"], ents[f.head].attrs["value"])
                 for f in ext.facts if f.relation == "subject")
    assert got == [("吕梁市", "完成造林面积", 286000), ("永和县", "完成造林面积", 35000),
                   ("石楼县", "完成造林面积", 62000), ("隰县", "完成造林面积", 48000)]


def test_how_long_something_lasts_in_months_is_no_statistic(extractor):
    """工作2个月左右, 为期2个月: a span of time; 全湖水质有6个月为Ⅱ类 counts months (tests/gold keeps it)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["省委第六巡视组将在宁陵县工作2个月左右。省委巡视组对某县开展为期2个月的常规巡视。"],
                                      date="2022-04-02"))
    assert not [e for e in ext.entities.entities.values() if e.type == "Observation"]


def test_a_term_named_whole_inside_a_measure_keeps_its_numeral(extractor):
    # 3起违反中央八项规定精神典型问题: 八项 no end of the measure
    ents, out = run(extractor, "2022年，青田县纪委监委通报3起违反中央八项规定精神典型问题。", [])
    measures = {e.attrs.get("measure") for e in out.entities if e.type == "Observation"}
    assert len(measures) == 1 and measures.pop().endswith("违反中央八项规定精神典型问题")


def test_persons_affected_counted_before_the_word_of_what_befell_them(extractor):
    ents, out = run(extractor, "8月以来，青田县共有21个村（社区）248.7万人受灾，紧急转移安置群众10.4万人。", [])
    measures = {e.attrs.get("measure") for e in out.entities if e.type == "Observation"}
    assert "受灾" in measures


def test_a_verb_and_a_level_word_make_one_noun_counted(extractor):
    # 7个国家乡村振兴重点帮扶县: 帮扶 | 县 (a verb and a level word), and the topic inside, one noun
    ents, out = run(extractor, "2022年，湘西州7个国家乡村振兴重点帮扶县累计投入补助资金18.6亿元。", [("乡村振兴", "Topic")])
    measures = {e.attrs.get("measure") for e in out.entities if e.type == "Observation"}
    assert any(m.endswith("乡村振兴重点帮扶县") for m in measures)


def test_an_estimate_is_measured_without_its_word(extractor):
    """柳州市预计全年地区生产总值增长5.2%: 预计 and 全年 are no part of the measure."""
    ents, out = run(extractor, "2023年，柳州市预计全年地区生产总值增长5.2%。")
    assert [e.attrs["measure"] for e in out.entities if e.type == "Observation"] == ["地区生产总值"]


@pytest.mark.parametrize("text", [
    "2023年一季度，信阳市固定资产投资同比增长7.9%，高于全省平均水平2.1个百分点。",   # compared with the province
    "2023年，九江市规上工业增加值增长5.1%，比一季度加快0.6个百分点。",              # with the quarter before
    "2023年，遵义市新建公路设计速度每小时80至120公里。",                          # the top of a range
])
def test_comparisons_and_ranges_are_no_figures(extractor, text):
    ents, out = run(extractor, text)
    units = [e.attrs["unit"] for e in out.entities if e.type == "Observation"]
    assert "个百分点" not in units and "公里" not in units


def test_a_sentences_run_of_figures_goes_on_past_a_change_and_a_semicolon(extractor):
    """某机场完成货邮吞吐量52.3万吨，同比增长63.4%；起降航班3.6万架次: the clause of the change alone
    does not break the run; the figures after it are the airport's, not the city's before it."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["今年上半年，鄂州花湖国际机场完成货邮吞吐量52.3万吨，同比增长63.4%；"
                                           "起降航班3.6万架次，其中国际货运航班4200架次。"], date="2023-07-10"))
    ents = ex.entities.entities
    assert sorted(ents[f.tail].label for f in ex.facts if f.relation == "subject") == ["花湖国际机场"] * 3


def test_a_documents_own_parts_are_the_documents_when_its_title_opens_the_clause(extractor):
    """《实施意见》明确了6个方面18项重点任务，共分为5个部分: the document's figures (as 印发《方案》，明确了… gives
    them), not the government that issued it; the clause after runs on about the same document."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["近日，延边朝鲜族自治州人民政府印发《关于促进中医药传承创新发展的实施意见》。"
                                           "《实施意见》明确了6个方面18项重点任务，共分为5个部分22条。"], date="2023-05-10"))
    ents = ex.entities.entities
    subjects = {ents[f.tail].label for f in ex.facts if f.relation == "subject"}
    assert subjects == {"《关于促进中医药传承创新发展的实施意见》"}


def test_a_regions_paper_on_a_district_writes_the_districts_whole_in_its_sentences(extractor):
    """内蒙古日报 on 赛罕区: 赛罕区以…为牵引，全区13个街道… is the district's whole, not the region's."""
    from kg.read import article_from_text

    art = article_from_text("t", ["内蒙古日报讯（记者 其木格）7月14日，记者走进呼和浩特市赛罕区城市运行管理服务中心。",
                                  "赛罕区以“一网统管”建设为牵引，全区13个街道、97个社区划分为1432个网格。"],
                            title="内蒙古呼和浩特市赛罕区：“一网统管”让城市治理更聪明", date="2026-07-15")
    ext = extractor(art)
    ents = ext.entities.entities
    subjects = {ents[f.tail].label for f in ext.facts if f.relation == "subject" and f.tail in ents}
    assert subjects == {"赛罕区"}


def test_the_whole_countrys_figures_are_not_the_agencys_that_releases_them(extractor):
    """国家统计局12日发布公告，2026年全国粮食总产量…: a clause opening with the country (after its time) is
    the country's figure, and so are the sentence's figures after it; not the office's, the ministry's or
    the press office's that reports them."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "国家统计局12日发布公告，2026年全国粮食总产量71490万吨，比上年增加1160万吨，增长1.6%。",
        "记者24日从文化和旅游部获悉，春节假期全国国内出游5.23亿人次，同比增长9.5%；国内游客出游总花费7102.4亿元。"],
        date="2026-12-12"))
    assert [f for f in ex.facts if f.relation == "subject"] == []


def test_an_outlet_reporting_a_figure_is_not_whom_it_is_about(extractor):
    """新华社北京10月19日电 会议19日召开，要求确保冬小麦播种面积稳定在3.3亿亩以上: the agency only tells it."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["新华社北京10月19日电 国务院新闻办公室19日举行新闻发布会。会上介绍，"
                                           "前三季度减税降费超过2万亿元。"], date="2026-10-20"))
    ents = ex.entities.entities
    assert not {ents[f.tail].label for f in ex.facts if f.relation == "subject"} & {"新华社", "国务院新闻办公室"}


@pytest.mark.parametrize("paragraphs,marker,subject", [
    # 该院/该中心 after the body: the last named whose name ends in the anaphor's noun
    (["重庆市第五中级人民法院召开新闻发布会。2025年，该院共审结涉众型经济犯罪案件37件，追赃挽损2.8亿元。"], "该院",
     "重庆市第五中级人民法院"),
    # 该工程 of a project no name was read for: of nothing named, not the city a clause between names
    (["特高压工程投运。该工程起于陕西省延安市陕北换流站，止于安徽省合肥市长丰县合肥换流站，线路全长1069公里，"
      "总投资约202亿元。"], "该工程", None),
    # a thing placed without a name (新院区位于…): not the district it lies in
    (["青岛大学附属医院新院区启用。新院区位于青岛市黄岛区，总建筑面积32.6万平方米，设置床位1500张。"], "新院区", None),
    # a site after where it lies (位于某区的某公园), not the city the sentence before was about
    (["春节假期，哈尔滨市累计接待游客1286.3万人次。位于松北区的哈尔滨极地公园推出特色项目，单日接待量突破3万人次。"],
     "位于", "哈尔滨极地公园"),
])
def test_figures_after_an_anaphor_or_a_placed_site_are_what_it_refers_to(extractor, paragraphs, marker, subject):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", paragraphs, date="2026-03-20"))
    ents = ex.entities.entities
    subjects = {ents[f.tail].label for f in ex.facts if f.relation == "subject" and marker in f.evidence.sentence}
    assert subjects == ({subject} if subject else set())


def test_the_yue_of_qianyue_is_no_estimate(extractor):
    """集中签约15个项目: 签约 ends in 约, but the count is exact (约15个 would be about 15)."""
    from kg.numbers import NumberReader
    q = NumberReader().quantities("集中签约15个项目，节约2万元，约3万人")
    assert [(x.text, x.bound) for x in q] == [("15个", None), ("2万元", None), ("约3万人", "about")]


@pytest.mark.parametrize("text", [
    # the parts of what is said, counted (5个方面), and one of so many (全国30个…之一): no figure of the place's
    "会前，宁蒗县委常委班子梳理归纳为5个方面。",
    "会议指出，黔东南州是全国30个少数民族自治州之一。",
])
def test_parts_counted_and_one_of_many_are_no_statistics(extractor, text):
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [text], date="2026-01-20"))
    assert [f for f in ex.facts if f.relation == "subject"] == []



def test_a_kind_of_body_before_gong_is_the_agent_not_the_measure(extractor):
    """福建省公安机关共破获电信网络诈骗案件6532起: what was solved is measured, not the police."""
    ents, out = run(extractor, "今年1至7月，福建省公安机关共破获电信网络诈骗案件6532起。", date="2026-08-12")
    assert [g[:4] for g in _observations(ents, out)] == [("福建省", "破获电信网络诈骗案件", 6532, "起")]


@pytest.mark.parametrize("text,measure", [
    ("成都市民政局介绍，成都城市低保标准已提高至每人每月1010元。", "城市低保标准"),   # the rate's basis, no measure
    ("南宁市对本市户籍居民免除4项基本殡葬服务费用。", "基本殡葬服务费用"),             # 殡葬 (v in jieba) a noun here
])
def test_measures_of_rates_and_services(extractor, text, measure):
    ents, out = run(extractor, text, date="2026-05-01")
    assert [g[1] for g in _observations(ents, out)] == [measure]


def test_a_basis_written_before_respectively_is_no_word_of_the_measure(extractor):
    """电诈案件发案数、群众财产损失数同比分别下降18.4%和22.7%: the second measure without 同比."""
    ents, out = run(extractor, "今年1至7月，福建省电诈案件发案数、群众财产损失数同比分别下降18.4%和22.7%。", date="2026-08-12")
    assert [g[1] for g in _observations(ents, out)] == ["电诈案件发案数", "群众财产损失数"]


def _figures(ext):
    """(subject label, measure, value, attrs) of the observations of a whole extraction."""
    ents = ext.entities.entities
    out = []
    for e in ents.values():
        if e.type == "Observation":
            subject = next(ents[f.tail].label for f in ext.facts if f.head == e.id and f.relation == "subject")
            out.append((subject, e.attrs["measure"], e.attrs["value"], e.attrs))
    return out


def _extract(extractor, paragraphs, title="", date=None):
    from kg.read import article_from_text

    return extractor(article_from_text("t", paragraphs, title=title, date=date))


def test_an_item_of_a_numbered_list_inherits_no_subject_of_the_item_before(extractor):
    """通报典型问题 1. 某医院… 2. 某某…产生费用2100余元: the hospital of case 1 is nothing of case 2's."""
    ext = _extract(extractor, ["1.桂林市临桂区人民医院原院长莫振华违规收受礼品礼金问题。",
                               "2.百色市田东县林逢镇党委副书记、镇长农志刚违规使用公车问题。2025年10月至12月，农志刚多次驾驶公务"
                               "用车办理私事，产生费用2100余元。"], title="自治区纪委监委通报典型问题", date="2026-01-20")
    assert not [f for f in _figures(ext) if f[0] == "临桂区人民医院" and f[2] == 2100]


def test_as_of_now_is_the_articles_day_and_a_multiple_of_a_year_dates_nothing_after_it(extractor):
    """截至目前 after a paragraph of 一季度 figures: by the article's day; 是2013年的1668元的14倍多；村集体经济收入…:
    the year compared with is no period of the next figure."""
    ext = _extract(extractor, ["今年一季度，全市共发放抚恤补助资金2.3亿元。截至目前，全市已为优抚对象家庭悬挂光荣牌38.6万块。"],
                   title="哈尔滨市集中悬挂光荣牌", date="2026-04-15")
    attrs = next(f[3] for f in _figures(ext) if f[2] == 386000)
    assert attrs.get("dateBefore") == "2026-04-15" and "period" not in attrs
    ext = _extract(extractor, ["2022年，全县农民人均纯收入达到23505元，是2013年的1668元的14倍多；村集体经济收入达到400万元。"],
                   title="花垣县的蝶变", date="2023-11-03")
    assert next(f[3] for f in _figures(ext) if f[2] == 4000000).get("period") == "2022"


def test_a_number_inside_a_name_ends_no_measure(extractor):
    """查处违反中央八项规定精神问题1073起: 八项 is the rules' name, the figure is still the province's."""
    ext = _extract(extractor, ["2025年，全省纪检监察系统共查处违反中央八项规定精神问题1073起，处理1528人。"],
                   title="海南省纪委监委通报作风建设情况", date="2026-02-27")
    assert ("海南省", "查处违反中央八项规定精神问题", 1073) in {f[:3] for f in _figures(ext)}


def test_a_change_against_a_years_figure_keeps_its_measure(extractor):
    """到2027年，…设备投资规模较2023年增长25%以上: a target's change, the measure before 较."""
    ext = _extract(extractor, ["到2027年，全省设备投资规模较2023年增长25%以上，二手车交易量较2023年增长45%。"],
                   title="湖南省设备更新实施方案解读", date="2026-04-15")
    got = {(f[1], f[3].get("change")) for f in _figures(ext)}
    assert ("设备投资规模目标", 0.25) in got and ("二手车交易量目标", 0.45) in got


def test_a_company_placed_before_its_name_is_the_subject_of_its_figures(extractor):
    """其中，位于高新区的某某有限公司…，2025年实现营业收入3.2亿元: the company's, not the city's."""
    ext = _extract(extractor, ["合肥日报讯 其中，位于高新区的合肥芯谷微电子有限公司专注于功率半导体器件研发，2025年实现营业收入3.2亿元，"
                               "同比增长41.5%。"], title="我市新增12家专精特新企业", date="2026-08-05")
    assert next(f[0] for f in _figures(ext) if f[1] == "营业收入") == "合肥芯谷微电子有限公司"


def test_the_size_of_a_list_of_persons_is_no_figure_of_the_body_of_its_last(extractor):
    """…副院长罗赤宇等5人当选副主席: how many were elected, no figure of the institute."""
    assert not _figures(_extract(extractor, ["广州市玄武无线科技股份有限公司总经理陈永辉、广东省建筑设计研究院有限公司副院长"
                                             "罗赤宇等5人当选副主席。"], title="区工商联换届", date="2026-09-27"))


def test_the_first_months_of_a_year_date_a_figure_and_count_nothing(extractor):
    """某片区前11个月进出口2406.5亿元: the figure of January to November, no figure of 11 months."""
    ext = _extract(extractor, ["中国（福建）自由贸易试验区厦门片区前11个月进出口2406.5亿元，增长9.2%。"],
                   title="福建自贸试验区进出口增长", date="2026-12-05")
    assert [(f[1], f[2], f[3].get("period")) for f in _figures(ext)] == [("进出口", 240650000000, "2026-01/2026-11")]


def test_as_of_now_after_a_day_of_its_sentence(extractor):
    """6月1日至今…截至目前，已…: a time before 截至目前 in its sentence, the figure as of the article's day."""
    ext = _extract(extractor, ["自2026年3月1日开展专项行动以来，截至目前，全市已查处案件126起。"], title="哈尔滨市专项行动",
                   date="2026-04-15")
    assert next(f[3] for f in _figures(ext) if f[2] == 126).get("dateBefore") == "2026-04-15"


def test_rates_listed_before_respectively_are_each_its_figures(extractor):
    """响应率、解决率、满意率分别为100%、93.2%和94.5%: three rates, each its own figure."""
    ext = _extract(extractor, ["今年第三季度，南海区12345热线工单响应率、解决率、满意率分别为100%、93.2%和94.5%。"],
                   title="南海区12345热线三季度工单办理质效持续提升", date="2026-10-28")
    assert {(f[1], f[2]) for f in _figures(ext)} == {("工单响应率", 1), ("解决率", 0.932), ("满意率", 0.945)}


def test_a_bulletins_year_end_and_breakdown_are_of_the_year_it_reports(extractor):
    """公报 of March 2026: 2025年全省…。其中，第一产业增加值… is 2025's; 年末全省常住人口 the end of 2025."""
    ext = _extract(extractor, ["公报显示，2025年全省地区生产总值36842.5亿元，比上年增长5.3%。其中，第一产业增加值2780.6亿元，增长3.6%。"
                               "年末全省常住人口4502.3万人。"], title="江西省2025年统计公报发布", date="2026-03-12")
    periods = {f[1]: f[3].get("period") for f in _figures(ext)}
    assert periods.get("第一产业增加值") == "2025" and periods.get("常住人口") == "2025-12"


def test_a_part_named_after_qizhong_is_its_sentences_only(extractor):
    """全年接待游客…。其中，某镇接待游客…。全年白茶产量…: the sentence after the breakdown reports the whole again."""
    from kg.read import article_from_text

    art = article_from_text("t", ["全年接待游客3260万人次，增长8.3%。其中，天荒坪镇接待游客612万人次。",
                                "全年白茶产量2150吨，产值38.6亿元。"], title="安吉县发布统计公报", date="2026-04-02")
    ext = extractor(art)
    ents = ext.entities.entities
    got = {(ents[f.tail].label, ents[f.head].attrs["value"]) for f in ext.facts if f.relation == "subject"}
    assert ("天荒坪镇", 6120000) in got
    assert {("安吉县", 2150), ("安吉县", 3860000000)} <= got


def test_a_rates_change_in_points(extractor):
    """利率为3.82%，同比下降0.41个百分点: the rate's change, in points (a fraction, as the rate)."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["截至6月末，甘肃省企业贷款加权平均利率为3.82%，同比下降0.41个百分点。"], date="2025-07-20"))
    obs = [e.attrs for e in ext.entities.entities.values() if e.type == "Observation"]
    assert any(str(a.get("value")) == "0.0382" and str(a.get("change")) == "-0.0041" for a in obs), obs


def _subjects_of(extractor, paragraphs, title, date):
    """measure -> the label of its subject, for an article of ``paragraphs``."""
    from kg.read import article_from_text

    ex = extractor(article_from_text("t", paragraphs, title=title, date=date))
    ents = ex.entities.entities
    subject = {f.head: ents[f.tail].label for f in ex.facts if f.relation == "subject" and f.tail in ents}
    return {e.attrs["measure"]: subject.get(e.id) for e in ents.values() if e.type == "Observation"}


def test_a_paragraph_with_no_subject_goes_on_with_the_topic_of_the_one_before(extractor):
    """全县…。某公司获评…。| 城乡面貌持续改善。完成…: the county's figures, not the company's the paragraph
    before named last; a paragraph about a cooperative goes on about it."""
    got = _subjects_of(extractor, ["全县茶园面积稳定在60万亩。黔北云雾茶业有限公司获评国家级农业产业化重点龙头企业。",
                                   "城乡面貌持续改善。完成棚户区改造1860户，新建城市道路12.4公里。"],
                       "凤冈县政府工作报告", "2019-02-27")
    assert got["完成棚户区改造"] == got["新建城市道路"] == got["茶园面积"] == "凤冈县"
    got = _subjects_of(extractor, ["近年来，凤冈县绿源蓝莓种植专业合作社流转土地350亩种植蓝莓。",
                                   "今年，又新建钢架大棚20个，带动农户就业120人。"], "蓝莓产业助农增收", "2021-07-02")
    assert got["新建钢架大棚"] == "凤冈县绿源蓝莓种植专业合作社"


def test_a_bureaus_report_is_of_its_city_in_the_paragraphs_after(extractor):
    """某市统计局发布…，全市实现…。| 分产业看，第一产业增加值…: the city's, not the bureau's."""
    got = _subjects_of(extractor, ["10月26日，漳州市统计局发布前三季度全市经济运行情况。初步核算，全市实现地区生产总值4089.8亿元。",
                                   "分产业看，第一产业增加值379.7亿元，增长3.6%；第二产业增加值1768.5亿元，增长4.1%。"],
                       "漳州前三季度经济运行稳中有进", "2023-10-27")
    assert got["第一产业增加值"] == got["第二产业增加值"] == "漳州市"


def test_the_sections_of_a_work_report_are_its_places(extractor):
    """（一）着力稳住经济基本盘。全年新开工…: a numbered section's figures with no subject of their own are
    the place the report introduced them with (its 全市), not lost."""
    got = _subjects_of(extractor, ["过去一年，全市地区生产总值完成3447.1亿元，增长4.8%。",
                                   "（一）着力稳住经济基本盘。全年新开工亿元以上项目362个，完成投资986亿元。",
                                   "（二）着力推动创新发展。新认定高新技术企业228家。"],
                       "开封市政府工作报告", "2022-01-14")
    assert got["新开工亿元以上项目"] == got["完成投资"] == got["新认定高新技术企业"] == "开封市"


def test_a_place_outside_the_clauses_place_qualifies_what_is_counted(extractor):
    """全省…，吸引台湾青年1.2万余人来闽: the province's figure (台湾 says where the youths come from); a place
    within the clause's place is still its own figure's subject (全县…，其中某村…)."""
    got = _subjects_of(extractor, ["福建省台办主任王建平介绍，全省已累计设立青年创业就业基地68个，吸引台湾青年1.2万余人来闽就业创业。"],
                       "台湾青年来闽就业创业", "2021-06-15")
    assert set(got.values()) == {"福建省"}
    got = _subjects_of(extractor, ["去年，全县接待游客320万人次，黄家村接待游客12万人次。"], "安吉县旅游持续升温", "2021-06-15")
    assert "黄家村" in got.values()


def test_a_paragraph_breaking_the_figures_before_it_down_is_of_their_period(extractor):
    """上半年，某市地区生产总值…。⏎分产业看，第一产业增加值…: the parts are of the first half too."""
    from kg.read import article_from_text

    art = article_from_text("t", ["上半年，东莞市地区生产总值5324.47亿元，同比增长11.3%。",
                                  "分产业看，第一产业增加值9.48亿元，同比下降2.1%；第二产业增加值2375.44亿元，增长13.0%。"],
                            title="东莞上半年经济运行", date="2021-07-20")
    obs = [e for e in extractor(art).entities.entities.values() if e.type == "Observation"]
    assert len(obs) == 3 and {e.attrs.get("period") for e in obs} == {"2021-H1"}


def test_a_province_named_before_a_figure_in_a_county_article_is_its_subject(extractor):
    """某县发生洪灾。截至7日，洪灾已造成安徽省12人死亡: the province (which holds the county, whether or not the
    prefecture between is named) is the figure's, not a place outside the clause's."""
    got = _subjects_of(extractor, ["临泉县发生洪灾。截至7日，洪灾已造成安徽省12人死亡、3人失踪。"], "临泉县遭遇洪灾", "2020-07-08")
    assert set(got.values()) == {"安徽省"}


def test_whole_city_after_a_county_level_city_named_within_the_articles_city(extractor):
    """2023年某市地区生产总值…。其中某县级市…。全市接待游客…: 全市 is the prefecture-level city the county-level one
    is in (named before it, and no less often), not the county-level city named last."""
    got = _subjects_of(extractor, ["2023年泉州市地区生产总值12172.3亿元。其中晋江市规上工业产值达到6630亿元。全市接待游客8120万人次，增长48.2%。"],
                       "泉州经济运行综述", "2024-01-22")
    assert got["接待游客"] == "泉州市" and got["规上工业产值"] == "晋江市"


def test_figures_of_the_whole_village_are_the_village_its_secretary_speaks_for(extractor):
    """某镇甲村发展…。乙镇丙村党支部书记某某介绍，全村共有企业83家: 全村 is 丙村 (named in the body's name, no code
    of its own), not the village of the sentence before."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "东坝头镇张庄村发展乡村旅游，2022年村集体经济收入达到120万元。",
        "堌阳镇徐场村党支部书记徐俊杰介绍，全村共有民族乐器生产企业83家，带动村民就业1600余人。"], date="2023-04-12"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    obs = [e for e in ex.entities.entities.values() if e.type == "Observation"]
    by_value = {o.label: {labels.get(f.tail) for f in ex.facts if f.head == o.id and f.relation == "subject"} for o in obs}
    assert any("83" in k and v == {"徐场村"} for k, v in by_value.items()), by_value
    assert any("120" in k and v == {"张庄村"} for k, v in by_value.items()), by_value


def test_a_village_named_after_its_township_in_a_branchs_name_holds_its_figures(extractor):
    """某县某镇甲村…。乙镇丙村党支部书记某某介绍，该村种植茶叶1800亩: 丙村 (in 乙镇, of the county named before) is a
    village with its figures, not the village of the sentence before."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["雷山县西江镇麻料村2021年接待游客8.6万人次。丹江镇南猛村党支部书记余正华介绍，"
                                           "该村种植茶叶1800亩。"], date="2022-01-18"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    located = {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "locatedIn"}
    assert {("南猛村", "丹江镇"), ("丹江镇", "雷山县")} <= located
    obs = [e for e in ex.entities.entities.values() if e.type == "Observation" and "1800" in e.label]
    assert [labels.get(f.tail) for o in obs for f in ex.facts if f.head == o.id and f.relation == "subject"] == ["南猛村"]


def test_each_item_of_a_breakdown_list_has_its_own_place(extractor):
    """全省共转移群众12万人，其中甲市转移5万人、乙市转移3万人: 乙市's 3万 is 乙市's, not 甲市's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["全省共转移群众12万人，其中九江市转移5万人、上饶市转移3万人。"],
                                     title="江西转移群众", date="2020-07-10"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    subjects = {o.label: labels.get(f.tail) for o in ex.entities.entities.values() if o.type == "Observation"
                for f in ex.facts if f.head == o.id and f.relation == "subject"}
    assert [v for k, v in subjects.items() if k.endswith(" 3万人")] == ["上饶市"], subjects
    assert [v for k, v in subjects.items() if k.endswith(" 5万人")] == ["九江市"], subjects


def test_a_breakdown_ends_at_the_semicolon(extractor):
    """温州全市累计转移群众32.6万人，其中乐清市转移8.1万人；回港避风船只5200余艘: after the ；, the city's again."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["截至3日22时，温州全市累计转移群众32.6万人，其中乐清市转移8.1万人；回港避风船只5200余艘，"
                                           "关闭A级景区42个。"], date="2020-08-04"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    subjects = {o.label: labels.get(f.tail) for o in ex.entities.entities.values() if o.type == "Observation"
                for f in ex.facts if f.head == o.id and f.relation == "subject"}
    assert [v for k, v in subjects.items() if "5200" in k] == ["温州市"]
    assert [v for k, v in subjects.items() if "8.1万" in k] == ["乐清市"]


def test_figures_after_a_founding_are_the_founded_bodys(extractor):
    """某村党支部书记某某带领村民成立某合作社，吸纳社员163户: the cooperative's (not the village the secretary's post
    speaks for); 村民某某创办了某家庭农场，种植苹果80亩: the farm's (not the cooperative named before)."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "马家沟村党支部书记巩建斌带领村民成立延川县马家沟苹果专业合作社，吸纳社员163户，种植苹果1600亩。"
        "村民张海军创办了延川县海军家庭农场，种植苹果80亩，养殖肉牛26头。"], date="2019-11-05"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    subjects = {o.label: labels.get(f.tail) for o in ex.entities.entities.values() if o.type == "Observation"
                for f in ex.facts if f.head == o.id and f.relation == "subject"}
    assert [v for k, v in subjects.items() if "163" in k] == ["延川县马家沟苹果专业合作社"], subjects
    assert [v for k, v in subjects.items() if "26" in k] == ["延川县海军家庭农场"], subjects


def _subject_figures(ex):
    """{(subject, measure, value, unit)} of an extraction's observations."""
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    return {(labels.get(f.tail), o.attrs["measure"], o.attrs["value"], o.attrs["unit"])
            for o in ex.entities.entities.values() if o.type == "Observation"
            for f in ex.facts if f.head == o.id and f.relation == "subject"}


def test_a_rate_of_units_counted_is_the_rates_figure_not_the_counts(extractor):
    """全市13个国省控断面水质达标率为92.3%: the rate's 92.3% (the 13 sections are what it is of, no figure of
    their own); 全市120个村集体经济收入达到50万元 still counts the villages."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["1至4月，全市13个国省控断面水质达标率为92.3%。全市120个村集体经济收入达到50万元。"],
                                     title="阜阳市污染防治攻坚战推进会召开", date="2020-05-22"))
    got = _subject_figures(ex)
    assert ("阜阳市", "国省控断面水质达标率", 0.923, "%") in got
    assert not [g for g in got if g[2] == 13]
    assert [g for g in got if g[2] == 120]


def test_the_whole_region_of_an_article_calling_it_the_region(extractor):
    """本报南宁…讯 …全区PM2.5平均浓度… 自治区副主席某某到武鸣区…: 全区 is the autonomous region (the article calls
    it 自治区), not the district it names later."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", [
        "本报南宁10月9日讯 会议通报，今年1至9月，全区PM2.5平均浓度为34微克/立方米。会前，自治区副主席黄德才到武鸣区双桥镇检查秸秆禁烧工作。"],
        title="自治区召开秸秆禁烧工作电视电话会议", date="2017-10-10"))
    assert {g[0] for g in _subject_figures(ex)} == {"广西壮族自治区"}


def test_grams_and_counts_of_transactions(extractor):
    """缴获海洛因500克, 冰毒3.2千克 (千 opens the unit, no multiplier), 办理业务186万笔; 海洛因 is no person."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["2023年，柳州市公安机关缴获海洛因500克，缴获冰毒3.2千克，办理业务186万笔。"],
                                     date="2024-01-18"))
    got = {(g[2], g[3]) for g in _subject_figures(ex)}
    assert {(500, "克"), (3.2, "千克"), (1860000, "笔")} <= got
    assert not [e for e in ex.entities.entities.values() if e.type == "Person"]


def test_a_part_of_those_an_act_counted_is_of_the_act(extractor):
    """留置54人，其中处级干部12人: 留置处级干部 12 (not 12 处级干部 of the city); 户籍人口…其中城镇人口 stays."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["截至4月底，赣州市共立案1628件，留置54人，其中处级干部12人。全市户籍人口500万人，其中城镇人口300万人。"],
                                     date="2023-05-12"))
    measures = {g[1] for g in _subject_figures(ex)}
    assert {"留置", "留置处级干部", "城镇人口"} <= measures and "处级干部" not in measures


def test_how_many_attended_a_gathering_is_no_figure_of_a_body(extractor):
    """某区、某区总工会负责人及职工代表150余人参加会议: a head count of those present, not 襄城区's figure."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["29日，襄阳市总工会召开表彰会。襄城区、樊城区总工会负责人及职工代表150余人参加会议。"],
                                     date="2024-04-30"))
    assert not _subject_figures(ex)


def test_a_holidays_figures_are_of_its_days_and_a_change_on_a_comparable_basis_is_the_figures(extractor):
    """中秋国庆假期（9月29日至10月6日），…接待游客3260.8万人次，按可比口径同比增长42.3%: the days are the period, the
    change the visitors' (no figure named 按可比口径)."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["中秋国庆假期（9月29日至10月6日），全省共接待游客3260.8万人次，按可比口径同比增长42.3%。"],
                                     title="福建省假日旅游", date="2023-10-07"))
    (obs,) = [o for o in ex.entities.entities.values() if o.type == "Observation"]
    assert obs.attrs["measure"] == "接待游客" and obs.attrs["period"] == "2023-09-29/2023-10-06"
    assert obs.attrs["change"] == 0.423


def test_the_level_and_size_of_the_kind_counted_stay_in_its_noun(extractor):
    """57家县级以上农业龙头企业, 8个万亩蔬菜基地: 以上 and 万亩 are part of what is counted (not 县级, not 建成 alone)."""
    from kg.read import article_from_text

    art = article_from_text("t", ["目前，镇雄县已建成8个万亩蔬菜基地、57家县级以上农业龙头企业。"], date="2021-06-10")
    measures = {e.attrs.get("measure") for e in extractor(art).entities.entities.values() if e.type == "Observation"}
    assert {"县级以上农业龙头企业"} <= measures and any("万亩蔬菜基地" in m for m in measures)


def test_each_kind_of_projects_total_is_of_that_kind(extractor):
    """此次集中开工项目25个，总投资46.3亿元。其中，工业类项目15个，总投资30.2亿元；…: 工业类项目总投资 30.2亿元, not a second
    总投资 of the county beside the whole's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["4月11日，紫阳县二季度重点项目集中开工仪式举行。此次集中开工项目25个，总投资46.3亿元。"
                                           "其中，工业类项目15个，总投资30.2亿元；基础设施类项目6个，总投资11.1亿元。"],
                                     date="2024-04-12"))
    measures = {(g[1], g[2]) for g in _subject_figures(ex)}
    assert {("总投资", 4630000000.0), ("工业类项目总投资", 3020000000.0), ("基础设施类项目总投资", 1110000000.0)} <= measures



def test_the_sample_surveys_percentage_is_its_name_no_figure(extractor):
    """1%人口抽样调查 is the name of the survey between censuses: no statistic of 1% (the 12 乡镇 stays one)."""
    ents, out = run(extractor, "石门县对1%人口抽样调查工作进行了为期五天的全面督查，共督查12个乡镇。", [], date="2015-11-08")
    got = _observations(ents, out)
    assert "1%人口抽样调查" in {e.label for e in ents.entities.values()}
    assert [g[2:4] for g in got] == [(12, "个")]


@pytest.mark.parametrize("text,measure,value,unit", [
    # 慰问金: what is given on a visit, no verb of seeing people on it
    ("临沭县今年共发放慰问金5万余元。", "发放慰问金", 50000, "元"),
    # 已经 before the verb that links the figure is no part of the measure
    ("临沭县常住人口已经达到115万人。", "常住人口", 1150000, "人"),
])
def test_gifts_of_a_visit_and_figures_reached_already(extractor, text, measure, value, unit):
    ents, out = run(extractor, text, [], date="2023-02-01")
    got = _observations(ents, out)
    assert [(g[1], g[2], g[3]) for g in got] == [(measure, value, unit)]
