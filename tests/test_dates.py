"""Dates normalised to ISO, the year from an earlier full date or the article's date."""
from __future__ import annotations

import pytest

from kg.dates import DateParser, chinese_int, document_number_year


@pytest.fixture(scope="module")
def parse():
    p = DateParser()
    return lambda text, ref=None: [(t.text, t.kind, t.value, t.until) for t in p(text, ref) if t.kind != "vague"]


CASES = [  # text, reference, expected [(text, kind, value, until)]
    ("2019年9月8日，北京市召开会议。", None, [("2019年9月8日", "on", "2019-09-08", None)]),
    # a day written without its mark before a part of the day (5月10下午): the day all the same
    ("2013年5月10下午，市委理论学习中心组举办学习扩大会。", None, [("2013年5月10", "on", "2013-05-10", None)]),
    ("10月11上午，县委召开常委会。", 2016, [("10月11", "on", "2016-10-11", None)]),
    # … and before the last day of a range across months (1月31-2月2日)
    ("1月31-2月2日，农业农村部调研组一行来我省。", 2024, [("1月31-2月2日", "range", "2024-01-31", "2024-02-02")]),
    ("2019年9月8日，北京。9月10日，山西。", None,
     [("2019年9月8日", "on", "2019-09-08", None), ("9月10日", "on", "2019-09-10", None)]),
    ("9月11日,内蒙古自治区党委制定印发", 2019, [("9月11日", "on", "2019-09-11", None)]),
    ("9月12日之前，全部完成动员部署。", 2019, [("9月12日之前", "before", "2019-09-12", None)]),
    ("截至2019年底，安吉县已累计建成", None, [("截至2019年底", "before", "2019-12-31", None)]),
    ("截至8月底，全县贫困发生率已降至1.8%。", 2016, [("截至8月底", "before", "2016-08-31", None)]),
    ("截至2019年6月，", None, [("截至2019年6月", "before", "2019-06-30", None)]),
    ("上半年，全市地区生产总值", 2019, [("上半年", "on", "2019-H1", None)]),
    ("今年一季度", 2023, [("今年一季度", "on", "2023-Q1", None)]),
    ("去年上半年", 2023, [("去年上半年", "on", "2022-H1", None)]),
    ("前三季度", 2023, [("前三季度", "on", "2023-Q1/2023-Q3", None)]),
    ("去年，全村农民人均纯收入", 2015, [("去年", "on", "2014", None)]),
    ("今年以来，洱源县在茈碧湖镇", 2023, [("今年以来", "since", "2023", None)]),
    ("2015年9月，原郫县唐昌镇战旗村", 2017, [("2015年9月", "on", "2015-09", None)]),
    ("5月下旬，甘肃农业大学", 2015, [("5月下旬", "on", "2015-05", None)]),
    ("2022年度洱海保护治理", None, [("2022年度", "on", "2022", None)]),
    ("9月8日至10日在京举行", 2019, [("9月8日至10日", "range", "2019-09-08", "2019-09-10")]),
    ("3月5日—7日", 2021, [("3月5日—7日", "range", "2021-03-05", "2021-03-07")]),
    ("3月1日-3月5日", 2021, [("3月1日-3月5日", "range", "2021-03-01", "2021-03-05")]),
    # the day's mark written once after the last day (7月5-7日, 9月3至5日): not the month, then a day of another
    ("7月5-7日", 2021, [("7月5-7日", "range", "2021-07-05", "2021-07-07")]),
    ("9月3至5日", 2021, [("9月3至5日", "range", "2021-09-03", "2021-09-05")]),
    ("《三年行动计划(2021-2023年)》", None, [("2021-2023年", "range", "2021", "2023")]),
    ("2019年1至6月", None, [("2019年1至6月", "range", "2019-01", "2019-06")]),
    ("年底前完成", 2020, [("年底前", "before", "2020-12-31", None)]),
    ("二〇二三年十一月五日", None, [("二〇二三年十一月五日", "on", "2023-11-05", None)]),
    ("2019-09-10", None, [("2019-09-10", "on", "2019-09-10", None)]),
    ("2019.9.10", None, [("2019.9.10", "on", "2019-09-10", None)]),
    # a city daily's 昨(8)日 / 今（9）日: the day of the month in brackets, of the report's month
    ("本报讯 昨(8)日,市委书记会见了客人。", "2021-06-09", [("昨(8)日", "on", "2021-06-08", None)]),
    ("今（9）日上午，会议召开。", "2021-06-09", [("今（9）日", "on", "2021-06-09", None)]),
    ("昨(30)日，会议召开。", "2021-07-01", [("昨(30)日", "on", "2021-06-30", None)]),
    ("元月16日，全县春节期间安全生产工作会议召开。", "2018-01-20", [("元月16日", "on", "2018-01-16", None)]),
    # no year anywhere: the day is found, its value stays unknown rather than guessed
    ("9月10日，山西省", None, [("9月10日", "on", None, None)]),
    # not dates
    ("一周一例会、一月一督查", 2016, []),
    ("新中国成立70周年", 2019, []),
    ("第58次常务会议", 2021, []),
    ("压缩至0.5个工作日以内", 2021, []),
]


@pytest.mark.parametrize("text,ref,expected", CASES)
def test_dates(parse, text, ref, expected):
    assert parse(text, ref) == expected


YEAR_CASES = [  # text, reference (article date), the value of the last expression
    # a later day in the year than the article's date is from the year before
    ("12月30日，召开会议。", "2020-01-05", "2019-12-30"),
    ("1月3日，召开会议。", "2020-01-05", "2020-01-03"),
    # but not a day set ahead (会议决定，于12月8日召开…)
    ("会议决定，于12月8日召开全会。", "2026-11-20", "2026-12-08"),
    # nor a meeting decided on, its name between the decision and the day (会议决定，某某会议于…召开)
    ("会议决定，省十四届人大常委会第二十三次会议于10月28日至30日在哈尔滨召开。", "2026-10-22", "2026-10-28"),
    # a full date earlier in the text gives the year of later days
    ("2018年12月5日，开幕。12月7日，闭幕。", "2019-09-15", "2018-12-07"),
    # a year-only or month-only mention is a period talked about, not the story's year
    ("6月28日，印发。2015年9月，出让。2016年，设区。7月12日，召开。", 2017, "2017-07-12"),
]


@pytest.mark.parametrize("text,ref,value", YEAR_CASES)
def test_year_inference(text, ref, value):
    assert [t.value for t in DateParser()(text, ref)][-1] == value


def test_offsets_slice_the_text():
    text = "会议指出，截至2019年底，已建成。9月12日之前完成。"
    for t in DateParser()(text, 2019):
        assert text[t.start:t.end] == t.text


def test_vague_words_are_kept_without_a_value():
    found = DateParser()("近日，北京、山西、内蒙古", 2019)
    assert [(t.text, t.kind, t.value) for t in found] == [("近日", "vague", None)]


@pytest.mark.parametrize("s,n", [("10", 10), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31),
                                 ("二〇一九", 2019), ("九", 9)])
def test_chinese_int(s, n):
    assert chinese_int(s) == n


@pytest.mark.parametrize("text,year", [("（成府发〔2017〕18号）", 2017), ("(昆政发[2021]8号)", 2021),
                                       ("（鄂政办发〔2022〕31号）", 2022), ("没有文号", None)])
def test_document_number_year(text, year):
    assert document_number_year(text) == year


DAY_CASES = [  # text, reference, expected [(text, kind, value)]
    # a day alone takes the month of the dateline before it
    ("浙江日报5月9日讯（记者 张三）9日，省委召开会议。", "2021-05-10",
     [("5月9日", "on", "2021-05-09"), ("9日", "on", "2021-05-09")]),
    # else the article's month; a day later than the article's day is from the month before
    ("12日上午，县委召开会议。", "2021-05-20", [("12日", "on", "2021-05-12")]),
    ("28日，县委召开会议。", "2021-05-03", [("28日", "on", "2021-04-28")]),
    # a deadline ahead (某日前完成) is this year's, though later in the year than the report
    ("要逐图斑核查，6月30日前完成首轮核查。", "2026-04-10", [("6月30日前", "before", "2026-06-30")]),
    ("截至6月30日，全省完成核查。", "2026-04-10", [("截至6月30日", "before", "2025-06-30")]),
    # a range of days of that month (漳州市委经济工作会议25日至26日在漳州召开)
    ("经济工作会议25日至26日在漳州召开。", "2013-12-27", [("25日至26日", "range", "2013-12-25")]),
    # 今天/昨天 from the dateline's day, else from the article's date
    ("新华社杭州5月9日电 今天，会议召开。", "2021-05-11", [("5月9日", "on", "2021-05-09"), ("今天", "on", "2021-05-09")]),
    ("昨晚，县委召开会议。", "2021-03-01", [("昨晚", "on", "2021-02-28")]),
    # counts of days are no dates
    ("15日内完成整改，每日巡查，第3日复查。", "2021-05-20", []),
]


@pytest.mark.parametrize("text,ref,expected", DAY_CASES)
def test_days_without_a_month(text, ref, expected):
    found = [(t.text, t.kind, t.value) for t in DateParser()(text, ref) if t.kind != "vague"]
    assert found == expected


def test_a_day_word_without_any_reference_stays_vague():
    found = DateParser()("今天，县委召开会议。")
    assert [(t.text, t.kind, t.value) for t in found] == [("今天", "vague", None)]


def test_a_day_earlier_in_the_year_than_last_years_date_named_is_of_the_reports_year():
    """2025年10月18日至12月20日巡视…。3月30日反馈 in a report of 2026-04-02: the story runs on into 2026 (a day
    of March before the report's day); a day after the report's stays in the year named."""
    texts = DateParser()("2025年10月18日至12月20日，巡视组进行了巡视。3月30日，巡视组反馈巡视情况。", "2026-04-02")
    assert [t.value for t in texts if t.text.startswith("3月30日")] == ["2026-03-30"]
    texts = DateParser()("2025年10月18日，巡视组进驻。5月30日，巡视组反馈巡视情况。", "2026-04-02")
    assert [t.value for t in texts if t.text.startswith("5月30日")] == ["2025-05-30"]


def test_the_first_months_of_a_year_are_a_range_from_january():
    """(今年)前11个月: January to November; not 提前3个月完成 (ahead of time)."""
    from kg.dates import DateParser

    p = DateParser()
    assert [(t.text, t.value, t.until) for t in p("今年前11个月，全省进出口4.5万亿元。", reference="2026-12-10")] == [
        ("今年前11个月", "2026-01", "2026-11")]
    assert [(t.value, t.until) for t in p("前三个月，全市新增企业。", reference="2026-04-10")] == [("2026-01", "2026-03")]
    assert p("项目比计划提前3个月完成。", reference="2026-04-10") == []


def test_a_year_end_after_last_year_in_a_report_of_the_first_months():
    from kg.dates import DateParser

    p = DateParser()
    assert [t.value for t in p("2025年，全省增长5%。年末全省常住人口4010万人。", reference="2026-03-10")] == ["2025", "2025-12"]
    # (a deadline is this year's; so is a year end in a report of the autumn)
    assert [t.value for t in p("2025年，全省增长5%。年底前完成改造。", reference="2026-03-10")][-1] == "2026-12-31"
    assert [t.value for t in p("2025年，全省增长5%。年末全省常住人口4010万人。", reference="2026-09-10")][-1] == "2026-12"


@pytest.mark.parametrize("text,year", [
    # a meeting said to be held names the report's year; 部署 sets a target, no year reported
    ("5月6日，我区召开2022年教育工作会议。会议回顾总结2021年全区教育工作，安排部署2022年重点任务。", 2022),
    ("5月6日，召开2022年度民主生活会。", 2023),      # 年度: a year reviewed, held after it
    ("4月8日，召开会议。2019年全村共接待游客90万人次，力争2026年突破。", 2020),
    # a year's numbered session, and a year described as the one at hand, are the report's year
    ("12月20日，自治区政协党组2024年第17次会议召开。2023年全区增长5%。", 2024),
    ("2022年是党的二十大召开之年。9月5日，调研组来我市。2021年全市增长8%。", 2022),
    # a plan for a year is drawn up in it; a year opening the name of a meeting held is that meeting's
    ("2月10日上午，市人大常委会召开主任会议。会议听取了市人大常委会2023年工作要点。", 2023),
    ("3月1日，2022年全市一季度重点项目集中开工现场会在旬阳市召开。", 2022),
    ("3月1日，全市召开会议。2022年度全市考核结果会上通报。", 2023),
    ("3月20日，集中开竣工仪式在工业园举行。这批项目总投资达18.6亿元，其中2018年计划完成投资9.2亿元。", 2018),
])
def test_the_year_of_a_report_without_a_date(text, year):
    assert DateParser().reported_year(text) == year


@pytest.mark.parametrize("text, year", [
    # a gathering of a year named with it (2024年某大学专场招聘会): held in that year, the report's
    ("5月20日，某市人才科技推介会在某大学举行。会前，与会人员到“就选山东”2024年某大学专场招聘会展位参观。", 2024),
    # a plan for the year (2024年度协商计划): drawn up in that year
    ("12月10日，按照区政协2024年度协商计划安排，区政协主席率队视察民生实事办理情况。", 2024),
])
def test_a_year_naming_a_gathering_or_a_plan_is_the_reports_year(text, year):
    assert DateParser().reported_year(text) == year
