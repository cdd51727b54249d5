"""The article's own place (dateline, paper, web address) and what it anchors:
我省/全市 and short forms of bodies (市委, 州政府) in articles that never write the place out."""
from __future__ import annotations

import pytest

from kg.mentions.home import home_places
from kg.read import article_from_text


@pytest.mark.parametrize("first_line,url,expected", [
    ("新华社成都5月3日电 记者从四川省获悉，……", None, ["成都市"]),
    ("本报南昌9月2日讯（记者 某某）近日，……", None, ["南昌市"]),
    ("河北日报讯（记者 某某）日前，省委召开会议。", None, ["河北省"]),
    ("光明日报讯 日前，全国会议召开。", None, []),                 # a national paper: no home
    ("沛县讯 4月12日，县委召开会议。", None, ["沛县"]),              # a county's own service, by its whole name
    ("平阳讯 4月12日，县委召开会议。", None, []),                   # (a short name may be a word)
    ("修水：我县举行重点项目集中开工活动", None, ["修水县"]),        # a county's own headline, its short name and 我县
    ("修水：举行重点项目集中开工活动", None, []),                   # (nothing says the text speaks from it)
    ("日前，省局召开会议。", "https://www.anhui.gov.cn/xwdt/1.html", ["安徽省"]),
    ("日前，市委召开会议。", "http://www.hn.example.cn/1.html", []),   # two-letter codes are ambiguous
])
def test_home_places_from_dateline_paper_and_address(resources, first_line, url, expected):
    a = article_from_text("h", [first_line], url=url)
    assert [p.name for p in home_places(a, resources.gazetteer)] == expected


@pytest.mark.parametrize("first_line,expected", [
    ("县委书记某某到夹河镇、景阳乡调研。", ["郧西县"]),      # townships of 郧西县, not of 云溪区
    ("区委书记某某到陆城镇调研。", ["云溪区"]),
    ("县委书记某某到乡镇调研。", []),                         # nothing says which place so spelt
])
def test_a_web_address_spelling_a_place_in_pinyin_needs_the_article_to_confirm_it(resources, first_line, expected):
    a = article_from_text("h", [first_line], url="http://yunxi.example.org/p/1.html")
    assert [p.name for p in home_places(a, resources.gazetteer, resources.divisions)] == expected
    assert home_places(a, resources.gazetteer) == []          # without the division tables: no guess


@pytest.mark.parametrize("url,first_line,expected", [
    ("https://www.panji.gov.cn/zjpj/1.html", "全年完成地区生产总值295亿元。", ["潘集区"]),   # one place so spelt
    ("https://www.wuhua.gov.cn/sjfb/1.html", "今年1-8月，全县经济平稳增长。", ["五华县"]),  # 五华县, not 五华区
    ("https://www.wuhua.gov.cn/sjfb/1.html", "今年1-8月，经济平稳增长。", []),            # which of the two: unsaid
    ("http://panji.example.org/p/1.html", "全年完成地区生产总值295亿元。", []),          # not the place's own site
])
def test_a_governments_own_site_spelt_in_pinyin_is_its_place_unconfirmed(resources, url, first_line, expected):
    """youyang.gov.cn: a county's own site writes 全县 and never its name; the one place so spelt (of two, the one
    whose level its 全县/我区 says) is the home, and 全县 is it."""
    a = article_from_text("h", [first_line], url=url)
    assert [p.name for p in home_places(a, resources.gazetteer, resources.divisions)] == expected


def test_the_figures_of_a_governments_own_site_are_its_places(extractor):
    out = extractor(article_from_text("h", ["一季度，全县实现地区生产总值56.82亿元，增长4.6%。"], date="2025-05-22",
                                      url="https://youyang.gov.cn/tjj/202505/t1.html"))
    labels = {k: e.label for k, e in out.entities.entities.items()}
    observations = {e.id for e in out.entities.entities.values() if e.type == "Observation"}
    assert {labels.get(f.tail) for f in out.facts if f.head in observations and f.relation == "subject"} \
        == {"酉阳土家族苗族自治县"}


def _entities(extractor, paragraphs, **kw):
    a = article_from_text("h", paragraphs, **kw)
    return extractor(a).entities


def test_first_person_is_the_home_place_not_the_last_place_named(extractor):
    ents = _entities(extractor, ["河北日报讯（记者 某某）日前，山西省代表团来访。我省将加强合作。"])
    anaphors = [m for m in ents.mentions if m.attr("anaphor")]
    assert [(m.text, m.canonical, m.source) for m in anaphors] == [("我省", "河北省", "anaphora.home")]


def test_short_form_without_a_place_binds_to_the_home_place(extractor):
    ents = _entities(extractor, ["日前，省委书记某某主持会议，研究部署全省重点工作。"],
                     url="http://www.gansu.gov.cn/xw/1.html")
    labels = {e.label: e for e in ents.entities.values()}
    assert "甘肃省委" in labels
    assert "省委" in labels["甘肃省委"].aliases


def test_short_form_with_nothing_before_it_takes_the_place_the_article_names_most(extractor):
    ents = _entities(extractor, ["市委书记某某主持会议。会议指出，近年来赣州市发展迅速，赣州市将继续努力。"])
    assert any(e.label == "赣州市委" for e in ents.entities.values())


def test_short_form_of_an_autonomous_prefecture_also_goes_by_its_usual_short_name(extractor):
    ents = _entities(extractor, ["日前，黔东南苗族侗族自治州召开会议，州委书记某某出席。"])
    body = next(e for e in ents.entities.values() if e.type == "PartyOrganization")
    assert body.label == "黔东南苗族侗族自治州委"
    assert "黔东南州委" in body.aliases


def test_townships_and_villages_under_a_named_county_carry_their_statistical_codes(extractor):
    ents = _entities(extractor, ["近日，安吉县天荒坪镇余村召开村民大会。"])
    by = {e.label: e for e in ents.entities.values()}
    assert by["天荒坪镇"].attrs.get("statCode", "").startswith("330523")
    assert len(by["天荒坪镇"].attrs["statCode"]) == 9
    assert by["余村"].attrs["statCode"].startswith(by["天荒坪镇"].attrs["statCode"])


def test_a_village_named_without_a_parent_gets_no_code(extractor):
    ents = _entities(extractor, ["新村召开村民大会。"])
    assert all("statCode" not in e.attrs for e in ents.entities.values())


def test_a_township_the_text_names_bare_lies_in_the_one_named_county_that_has_it(extractor):
    ents = _entities(extractor, ["河北区召开会议。和苑街道、红桥区有关负责人参加。"])
    town = next(e for e in ents.entities.values() if e.label == "和苑街道")
    assert ents.parents[town.id] == "adm/120106"          # 红桥区, not the 河北区 named before it
    assert town.attrs["statCode"] == "120106012"


@pytest.mark.parametrize("text,place", [
    # the city's own paper: its 全市 is the city, though the text never writes it out
    ("今年以来全市已累计为企业减负36.8亿元。", "绍兴市"),
    # but where the text names a city, 全市 is that city
    ("嘉兴市召开会议。今年以来全市已累计为企业减负36.8亿元。", "嘉兴市"),
])
def test_whole_city_in_the_citys_own_paper(extractor, text, place):
    from dataclasses import replace

    out = extractor(replace(article_from_text("t", [text], date="2022-05-20"), publisher="绍兴日报"))
    ents = out.entities
    anaphors = [m for m in ents.mentions if m.attr("anaphor")]
    assert [(m.text, m.canonical) for m in anaphors] == [("全市", place)]
    observation = next(e for e in ents.entities.values() if e.type == "Observation")
    subject = next(f.tail for f in out.facts if f.head == observation.id and f.relation == "subject")
    assert ents.entities[subject].label == place


def test_a_county_services_short_forms_are_its_own_whatever_county_it_names(extractor):
    """沛县讯 … 通报了泗洪县一起事故。县应急管理局…: the county's own bureau, not the one named last."""
    text = "沛县讯 4月12日，沛县召开安全生产会议，通报了泗洪县一起道路交通事故。县应急管理局负责同志作了发言。"
    ents = extractor(article_from_text("t", [text], date="2019-04-13")).entities
    assert "沛县应急管理局" in {e.label for e in ents.entities.values() if e.type == "GovernmentBody"}


@pytest.mark.parametrize("text,place", [
    # a city named only in a wire's dateline is where the report was filed: 全市 is the city the text names
    ("新华社南宁5月21日电 凭祥市委书记杨旭介绍，2022年凭祥市外贸进出口总额达1385亿元。全市组建边民互助组156个。",
     "凭祥市"),
    # a city's own paper reporting on a county-level city of it, named in the text
    ("安阳日报讯（记者 郭志远）4月19日，林州市委副书记、市长王永刚在致辞中说，2022年全市研发经费投入强度达到2.1%。",
     "林州市"),
    # the dateline's city named again in the text is still the city of 全市
    ("新华社南宁5月21日电 南宁市召开会议。全市组建服务队156个。", "南宁市"),
])
def test_whole_city_after_a_dateline_is_the_city_the_text_names(extractor, text, place):
    ents = extractor(article_from_text("t", [text], date="2023-05-22")).entities
    assert [(m.text, m.canonical) for m in ents.mentions if m.attr("anaphor")] == [("全市", place)]


@pytest.mark.parametrize("publisher,expected", [
    ("平阳新闻网", ["平阳县"]),            # a county's own outlet, in the article's metadata
    ("龙游县融媒体中心", ["龙游县"]),
    ("余杭晨报", ["余杭区"]),
])
def test_a_county_outlet_named_as_the_publisher_is_home(resources, publisher, expected):
    from dataclasses import replace

    article = replace(article_from_text("t", ["我县召开会议。"]), publisher=publisher)
    assert [h.name for h in home_places(article, resources.gazetteer, resources.divisions)] == expected


def test_a_county_named_in_the_text_before_a_paper_head_is_not_home(resources):
    """In the text, a county's short name before 新闻网 may be a word; only the metadata is read so."""
    article = article_from_text("t", ["平阳新闻网讯 日前，某镇召开会议。"])
    assert home_places(article, resources.gazetteer, resources.divisions) == []


def test_a_county_outlets_report_binds_its_short_forms_and_figures(extractor):
    from dataclasses import replace

    text = "截至3月底，全县低收入农户年收入达到8532元。县扶贫办、县民政局等单位派员参加。"
    out = extractor(replace(article_from_text("t", [text], date="2019-04-12"), publisher="平阳新闻网"))
    labels = {e.label: e.type for e in out.entities.entities.values()}
    assert labels.get("平阳县扶贫办") == "GovernmentBody" and labels.get("平阳县民政局") == "GovernmentBody"
    assert any(label.startswith("平阳县 ") and cls == "Observation" for label, cls in labels.items())


@pytest.mark.parametrize("url,expected", [
    ("http://nync.zj.gov.cn/art/2021/4/15/art_1.html", ["浙江省"]),   # a province's code before gov.cn
    ("http://www.zj.example.com/a.html", []),                        # elsewhere two letters name nothing
    ("http://hn.gov.cn/a.html", []),                                 # 湖南, 河南 or 海南: left out
    # a national news site's provincial channel, by its ISO 3166-2:CN code (hn: 湖南, ha: 河南)
    ("http://hn.news.cn/2023-04/07/c_1.htm", ["湖南省"]),
    ("http://www.ha.xinhuanet.com/a.htm", ["河南省"]),
    ("http://cq.people.com.cn/n2/a.html", ["重庆市"]),
    ("http://dangjian.people.com.cn/n1/a.html", []),                 # a channel of no province
])
def test_a_provinces_code_in_its_governments_address(resources, url, expected):
    article = article_from_text("t", ["省农业农村厅召开会议。"], url=url)
    assert [h.name for h in home_places(article, resources.gazetteer, resources.divisions)] == expected


def test_a_departments_study_session_on_its_provinces_site(extractor):
    text = "4月14日，省农业农村厅召开党组理论学习中心组学习会。"
    out = extractor(article_from_text("t", [text], date="2021-04-15", url="http://nync.zj.gov.cn/a/1.html"))
    ents = out.entities.entities
    assert {e.label for e in ents.values() if e.type == "GovernmentBody"} == {"浙江省农业农村厅"}
    meeting = next(e for e in ents.values() if e.type == "Meeting")
    assert meeting.attrs.get("date") == "2021-04-14" and meeting.label.endswith("中心组学习会")


def test_a_citys_meeting_held_in_a_county_level_city_inside_it(extractor):
    """某市旅游发展大会在某县级市召开。市委书记某某… 为某县级市、某区等授牌 … 全市接待游客…: the venue and the list's
    items are parts of the city; 市委 and 全市 are the city's."""
    text = ("7月7日，六盘水市旅游发展大会在盘州市召开。市委书记李刚出席会议并讲话。\n"
            "会议为盘州市、水城区等4个先进县（市、区）授牌。2022年，全市接待游客3680万人次。")
    out = extractor(article_from_text("t", text.split("\n"), date="2023-07-08"))
    labels = {e.label: e.type for e in out.entities.entities.values()}
    assert labels.get("六盘水市委") == "PartyOrganization" and "盘州市委" not in labels
    assert any(label.startswith("六盘水市 接待游客") for label in labels)


def test_we_are_the_place_visitors_come_to(extractor):
    """省人大常委会执法检查组来我市检查 … 检查组先后来到宝鸡市某区: 我市 is the city the visitors come to (its
    places named as where they went), so 市人大常委会 and the visit's place are its."""
    text = ("7月2日，省人大常委会副主任王敏带领执法检查组来我市，检查《中华人民共和国大气污染防治法》贯彻实施情况。"
            "市人大常委会主任李军，副市长赵红陪同检查。\n检查组先后来到宝鸡市金台区环境监测站、陕西秦川机床工具集团股份有限公司，"
            "实地察看了大气污染治理情况。")
    out = extractor(article_from_text("t", text.split("\n"), title="省人大常委会执法检查组来我市检查大气污染防治法实施情况",
                                      date="2019-07-03"))
    labels = {e.label: e.type for e in out.entities.entities.values()}
    assert labels.get("宝鸡市人大常委会") == "GovernmentBody"
    names = {k: e.label for k, e in out.entities.entities.items()}
    assert any(f.relation == "visited" and names.get(f.tail) == "宝鸡市" for f in out.facts)


def test_the_city_visitors_come_from_is_not_the_city_they_come_to(extractor):
    """甲市市长率甲市党政代表团到我市考察。市委书记某某陪同 … 在乙期间: 我市, the hosts' 市委书记 and the visit's
    place are the city they come to (named only later), not the visitors' city named three times."""
    text = ("4月8日至9日，温州市委副书记、市长赵明率温州市党政代表团到我市考察。市委书记孙立、市长钱伟陪同考察。"
            "在丽水期间，代表团先后考察了丽水经济技术开发区和莲都区。")
    out = extractor(article_from_text("t", text.split("\n"), title="温州市党政代表团来我市考察", date="2021-04-10"))
    names = {k: e.label for k, e in out.entities.entities.items()}
    member = {(names.get(f.head), names.get(f.tail)) for f in out.facts if f.relation == "memberOf"}
    assert ("孙立", "丽水市委") in member and ("赵明", "温州市委") in member
    assert {names.get(f.tail) for f in out.facts if f.relation == "visited"} == {"丽水市"}


def test_the_visitors_own_posts_and_the_hosts_who_bring_them(extractor):
    """甲市市委书记某某率团到我市: 甲市委 is the visitor's (the short form right after his city); 某旗人大组织…代表来我旗考察:
    the banner's own body brings them, the banner is home; 某区籍乡友考察团来我区: natives coming home."""
    out = extractor(article_from_text("t", [
        "5月10日，赤峰市市委书记孙立、市长钱伟率党政代表团到我市考察。市委书记赵明陪同考察。在承德期间，代表团参观了避暑山庄。"],
        title="赤峰市党政代表团到我市考察", date="2014-05-12"))
    names = {k: e.label for k, e in out.entities.entities.items()}
    member = {(names.get(f.head), names.get(f.tail)) for f in out.facts if f.relation == "memberOf"}
    assert ("孙立", "赤峰市委") in member and ("赵明", "承德市委") in member
    out = extractor(article_from_text("t", [
        "9月22日，锡林郭勒盟西乌珠穆沁旗人大组织巴拉嘎尔高勒镇旗级人大代表来我旗考察畜牧业发展情况。"], date="2019-09-23"))
    visit = next(e for e in out.entities.entities.values() if e.type == "Visit")
    names = {k: e.label for k, e in out.entities.entities.items()}
    assert {names.get(f.tail) for f in out.facts if f.head == visit.id and f.relation == "place"} == {"西乌珠穆沁旗"}
    out = extractor(article_from_text("t", ["4月3日，迎江籍乡友投资考察团一行40余人来我区开展投资考察活动。"
                                            "迎江区区长王伟会见了考察团。"], date="2017-04-06"))
    names = {k: e.label for k, e in out.entities.entities.items()}
    assert any(e.type == "Visit" for e in out.entities.entities.values())
    assert "迎江区" in {names.get(f.tail) for f in out.facts if f.relation == "place"}


def test_a_news_sites_dateline_is_no_actor(extractor):
    """天山网讯（记者 某某）: a news site's dateline; the site acts in no clause (no 天山网 focusesOn 乡村振兴)."""
    from kg.mentions.home import dateline_end

    assert dateline_end("天山网讯（记者 阿依古丽·买买提）5月15日至18日，检查组开展检查。") == 17
    assert dateline_end("电网讯号稳定。") == 0
    out = extractor(article_from_text("t", ["天山网讯（记者 阿依古丽·买买提）5月15日，执法检查组在伊犁州开展检查。",
                                            "在16日召开的座谈会上，检查组听取了伊犁州人民政府关于贯彻实施乡村振兴促进法情况的汇报。"],
                                      date="2023-05-18"))
    ents = out.entities.entities
    assert not [f for f in out.facts if f.head in ents and ents[f.head].label == "天山网" and f.relation == "focusesOn"]



def test_a_county_level_citys_news_centre_is_the_home_and_its_superior_city_no_referent_of_its_bodies(extractor):
    """讷河市新闻中心讯 …传达学习齐齐哈尔市委常委会议精神…市委副书记、市长某某: the dateline's city (a county's whole
    name before a media centre's head), not the superior city named in passing, is the 市委 and 市 of the posts."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["讷河市新闻中心讯 7月3日，市委书记赵国安主持召开市委常委会（扩大）会议，"
                                           "传达学习齐齐哈尔市委常委会议精神。市委副书记、市长郎文军出席会议。"],
                                     title="市委召开常委会（扩大）会议", date="2015-07-04"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert ("郎文军 市长", "讷河市") in posts and ("郎文军 市委副书记", "讷河市委") in posts


def test_a_superior_city_named_in_passing_keeps_the_titles_city_for_bare_bodies(extractor):
    """武夷山市召开会议。南平市副市长某某到会指导，市委副书记、市长某某…: 武夷山's."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["3月1日，武夷山市召开会议。南平市副市长查建新到会指导，市委副书记、市长时东升出席会议并讲话。"],
                                     title="武夷山市召开茶产业发展工作会议", date="2017-03-02"))
    labels = {k: e.label for k, e in ex.entities.entities.items()}
    posts = {(labels.get(f.head), labels.get(f.tail)) for f in ex.facts if f.relation == "postIn"}
    assert {("时东升 市长", "武夷山市"), ("时东升 市委副书记", "武夷山市委"), ("查建新 副市长", "南平市")} <= posts
