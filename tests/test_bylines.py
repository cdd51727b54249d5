"""Credit lines: reporters and their role, also when cleaning has glued their names."""
from __future__ import annotations

from kg.mentions.bylines import BylineRecognizer
from kg.read import article_from_text


def _byline(extractor, paragraphs):
    doc = extractor.doc(article_from_text("b", paragraphs))
    return [(m.text, m.label, m.attr("role")) for m in BylineRecognizer(extractor.resources)(doc)]


def test_glued_names_are_cut_at_common_surnames(extractor):
    got = _byline(extractor, ["本报记者 王建国 刘芳 陈晓东", "日前，某县召开会议。"])
    assert [g[0] for g in got if g[1] == "Person"] == ["王建国", "刘芳", "陈晓东"]


def test_two_roles_in_one_credit_and_the_medium_dropped_from_the_role(extractor):
    got = _byline(extractor, ["（全媒体记者/张明 通讯员/李强国）日前，某县召开会议。"])
    assert ("张明", "Person", "记者") in got and ("李强国", "Person", "通讯员") in got


def test_a_closing_credit_in_brackets(extractor):
    body = "日前，某县召开会议，研究部署下一阶段工作。" * 3
    got = _byline(extractor, [body + "（记者 赵磊）"])
    assert ("赵磊", "Person", "记者") in got


def test_the_word_reporter_in_running_text_is_not_a_credit(extractor):
    assert _byline(extractor, ["记者于3日从县里获悉，项目已开工。"]) == []


def test_bylines_give_has_role_facts(extractor):
    ex = extractor(article_from_text("b", ["本报讯（记者 孙丽）日前，某县召开会议。"]))
    assert any(f.relation == "hasRole" and f.head == "Person/孙丽" and f.tail == "Role/记者" for f in ex.facts)


def test_a_credits_role_word_after_a_name_opens_the_next_credit(extractor):
    # cleaning glues the credit line (记者/张明远 李海燕 通讯员/赵文静 → …李海燕通讯员/赵文静):
    # 通讯员 before its mark is no title of 李海燕, who is a reporter like 张明远
    ex = extractor(article_from_text("b", ["黔东日报讯 (记者/张明远 李海燕 通讯员/赵文静)5日，凯里市召开会议。"]))
    roles = {(f.head, f.tail) for f in ex.facts if f.relation == "hasRole"}
    assert ("Person/李海燕", "Role/记者") in roles and ("Person/李海燕", "Role/通讯员") not in roles
    assert ("Person/赵文静", "Role/通讯员") in roles and ("Person/赵文静", "Role/记者") not in roles
    names = {m.text for m in ex.entities.mentions if m.label == "Person"}
    assert {"张明远", "李海燕", "赵文静"} <= names


def test_a_credit_before_its_date_and_a_news_site_at_the_head(extractor):
    # 记者某某3月5日报道: the date closes the names; the site before it is an outlet, no person
    got = _byline(extractor, ["东方网记者王建国3月5日报道：上海市召开会议。"])
    assert ("王建国", "Person", "记者") in got
    ents = extractor(article_from_text("w", ["楚天网消息（记者 王建国）昨日，武汉市召开会议。"])).entities
    types = {e.label: e.type for e in ents.entities.values()}
    assert types.get("楚天网") == "Organization"


def test_a_tibetan_name_of_two_elements_in_a_credit(extractor):
    """多吉占堆: no surname, two elements of a Tibetan name; the credit is read whole."""
    got = _byline(extractor, ["新华社拉萨8月19日电（记者 多吉占堆 王沁鸥）8月19日，会议在拉萨召开。"])
    assert [g[0] for g in got if g[1] == "Person"] == ["多吉占堆", "王沁鸥"]


def test_a_photographs_credit_closes_the_name(extractor):
    """（图为会议现场。记者　某某　摄）: the spaces gone, the name is the reporter's, not 某某摄."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["1月5日，青田县召开经济工作会议。", "（图为会议现场。记者　李明　摄）"],
                                      date="2023-01-06"))
    persons = {e.label for e in ext.entities.entities.values() if e.type == "Person"}
    assert "李明" in persons and "李明摄" not in persons


def test_what_the_reporter_did_closes_the_credit(extractor):
    """（记者 王子明 文/图）, （记者 何俊 摄）: 文/图 and 摄 say what the reporter did, no part of a name
    (not 王子 + 明文, nor 何俊摄)."""
    ext = extractor(article_from_text("t", ["绵阳日报讯（记者 王子明 文/图）11月25日，绵阳市工作站授牌仪式举行。",
                                            "（记者 何俊 摄）"], date="2023-11-26"))
    persons = {e.label for e in ext.entities.entities.values() if e.type == "Person"}
    assert persons == {"王子明", "何俊"}


def test_a_reporters_post_read_twice_is_one_post_of_the_outlet(extractor):
    """中新网兰州6月16日电（记者 某某）: the byline reads the outlet's reporter, the post rule the bare 记者 before
    the name; one Post node, in the outlet."""
    from kg.read import article_from_text

    ext = extractor(article_from_text("t", ["中新网兰州6月16日电（记者 冯志军）16日上午，甘肃省科技创新大会在兰州召开。"],
                                      date="2023-06-17"))
    posts = [e for e in ext.entities.entities.values() if e.type == "Post" and e.label.startswith("冯志军")]
    assert len(posts) == 1
    assert {ext.entities.entities[f.tail].label for f in ext.facts if f.head == posts[0].id and f.relation == "postIn"} \
        == {"中新网"}


def test_no_person_is_read_across_two_credited_names(extractor):
    """（记者 田瑞 张玲玲） is cleaned to 记者田瑞张玲玲: the credit line cuts the names, so no name of the
    person rules reads across them (田瑞张)."""
    ex = extractor(article_from_text("b", ["天津日报讯（记者 田瑞 张玲玲）6月15日，天津市副市长潘建伟带队检查海河防汛准备工作。"]))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert {"田瑞", "张玲玲", "潘建伟"} <= persons and "田瑞张" not in persons


def test_the_spaces_of_a_credit_line_part_its_names(extractor):
    """Cleaning drops spaces between Han characters but a credit line's: they say where a name ends, so
    no name reads across two (田瑞张) and a name of a surname the lists lack (初霞) is still one."""
    ex = extractor(article_from_text("b", ["天津日报讯（记者 田瑞 张玲玲）6月15日，天津市副市长潘建伟带队检查海河防汛准备工作。"]))
    persons = {e.label for e in ex.entities.entities.values() if e.type == "Person"}
    assert {"田瑞", "张玲玲", "潘建伟"} <= persons and "田瑞张" not in persons
    got = _byline(extractor, ["本报记者 姜雪松 初霞 霍亮", "冰城大地满目春光。"])
    assert [g[0] for g in got if g[1] == "Person"] == ["姜雪松", "初霞", "霍亮"]
    # a rare word of jieba's (阿金) may be a name; a frequent one (本报) is the next credit's outlet
    got = _byline(extractor, ["新华社成都5月20日电（记者 阿金 罗晓东）5月19日，某县召开会议。"])
    assert [g[0] for g in got if g[1] == "Person"] == ["阿金", "罗晓东"]
    # one name after its role and a space, its surname not in the lists (普)
    got = _byline(extractor, ["昆明日报讯（记者 段金凤 通讯员 普燕）日前，某县召开会议。"])
    assert ("普燕", "Person", "通讯员") in got
    # a press office's pen name (粤水宣: 广东 water resources' publicity) is no person
    got = _byline(extractor, ["南方日报讯（记者 黄叙浩 通讯员 粤水宣）记者2月25日获悉。"])
    assert [g[0] for g in got if g[1] == "Person"] == ["黄叙浩"]


def test_how_reporters_are_to_report_is_no_name(extractor):
    # 希望各国记者 | 充分[ad] | 报道: an adverb between 记者 and 报道, no reporter's name
    ex = extractor(article_from_text("t", ["陈立平希望各国记者充分报道在桂见闻。"]))
    assert "充分" not in {e.label for e in ex.entities.entities.values()}
