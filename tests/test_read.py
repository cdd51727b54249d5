"""The reader on each input format and encoding."""
from __future__ import annotations

import json

import pytest

from kg.errors import ReadError
from kg.read import article_from_text, decode_bytes, read_inputs, read_path

from .conftest import SEED

BODY = "2021年3月5日，浙江省安吉县召开乡村振兴工作会议。\n会议要求，全县上下要真抓实干。"


def one(path):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_seed_format_gives_number_title_and_clean_text():
    a = one(SEED)
    assert a.number == "13"
    assert a.title == "北京、山西、内蒙古：聚焦群众关切 高质量推进第二批主题教育开局"
    # the title is read as the first line of the text, the body follows; the space parting the
    # headline's phrases stays (the matching view reads it as a comma)
    assert a.text.startswith("北京、山西、内蒙古：聚焦群众关切 高质量推进第二批主题教育开局\n近日，北京、山西、内蒙古")
    assert a.match_text.startswith("北京、山西、内蒙古：聚焦群众关切，高质量推进第二批主题教育开局\n")
    assert "&nbsp;" not in a.text and "\xa0" not in a.text and "\u3000" not in a.text
    assert "<span" not in a.text
    # paragraph boundaries are kept
    assert a.text.count("\n") >= 15


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_encodings(tmp_path, encoding):
    p = tmp_path / f"a_{encoding}.txt"
    p.write_bytes(("安吉县新闻\n\n" + BODY).encode(encoding))
    a = one(p)
    assert isinstance(a, type(one(SEED)))
    assert "浙江省安吉县" in a.text
    assert not a.text.startswith("\ufeff")
    assert a.title == "安吉县新闻"


def test_gbk_bytes_decode_to_the_same_text():
    assert decode_bytes(BODY.encode("gbk")) == BODY


def test_headerless_txt_has_no_title_and_keeps_first_paragraph(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text(BODY, encoding="utf-8")
    a = one(p)
    assert a.title == ""
    assert a.text == BODY
    assert a.id == "plain"


def test_jsonl_with_a_bad_line_yields_the_good_ones_and_one_error(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": BODY, "title": "标题", "date": "2021-03-05", "url": "http://x/1"}, ensure_ascii=False),
        '{"id": "broken", "text": ',
        json.dumps({"text": "山西省太原市召开会议。"}, ensure_ascii=False),
        json.dumps({"id": "empty", "text": ""}),
    ]), encoding="utf-8")
    items = list(read_path(p))
    good = [i for i in items if not isinstance(i, ReadError)]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [a.id for a in good] == ["a1", "corpus-3"]
    assert good[0].date == "2021-03-05" and good[0].title == "标题" and good[0].url == "http://x/1"
    assert [e.path for e in bad] == [f"{p}:2", f"{p}:4"]
    assert "malformed JSON" in bad[0].reason


def test_html_page_boilerplate_removed_title_kept(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(f"""<html><head><meta charset="utf-8"><title>安吉县召开会议</title>
<meta name="date" content="2021-03-05"></head><body><nav>首页 | 新闻 | 联系我们</nav>
<article><h1>安吉县召开乡村振兴工作会议</h1>{''.join(f'<p>{x}</p>' for x in BODY.split(chr(10)))}
<p>会议指出，要持续推进美丽乡村建设，做好就业、养老等民生工作，让群众有更多获得感。</p></article>
<footer>版权所有 浙江日报</footer></body></html>""", encoding="utf-8")
    a = one(p)
    assert "浙江省安吉县召开乡村振兴工作会议" in a.text
    assert "版权所有" not in a.text
    assert a.title


def test_html_page_in_gbk_with_meta_charset(tmp_path):
    p = tmp_path / "gbk.html"
    p.write_bytes(f'<html><head><meta charset="gbk"><title>新闻</title></head><body><p>{BODY}</p></body></html>'.encode("gbk"))
    assert "浙江省安吉县" in one(p).text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("spaces.txt", b"  \n\n ", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary"),
])
def test_bad_files_give_a_clear_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    err = one(p)
    assert isinstance(err, ReadError)
    assert reason in err.reason and err.path == str(p)


def test_broken_html_still_reads_its_text(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>山西省太原市召开会议<span>。<div>未闭合的标签<p>第二段", encoding="utf-8")
    a = one(p)
    assert "山西省太原市召开会议" in a.text


def test_script_tags_are_not_article_text(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("1标题.txt\n<div><span>北京市召开会议。<script>alert(1)</script></span></div>", encoding="utf-8")
    assert "alert" not in one(p).text


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("山西省召开会议。", encoding="utf-8")
    (tmp_path / "1.txt").write_text("北京市召开会议。", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("不应读取。", encoding="utf-8")
    assert [a.id for a in read_inputs([tmp_path])] == ["1", "2"]


def test_half_width_punctuation_and_traditional_have_a_matching_view(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text('臺灣省政府,推行"接訴即辦"', encoding="utf-8")
    a = one(p)
    assert a.text == '臺灣省政府,推行"接訴即辦"'
    assert a.match_text == "台湾省政府，推行“接诉即办”"
    assert len(a.match_text) == len(a.text)


def test_a_simplified_text_keeps_what_opencc_would_rewrite(tmp_path):
    """乾县 and the surname 於 are Simplified as written (OpenCC's table makes them 干县, 于): a text
    with no Traditional character is matched as written, so the county is found."""
    p = tmp_path / "t.txt"
    p.write_text("5月8日，陕西省委书记王建国先后来到武功县、乾县，调研农业生产。", encoding="utf-8")
    a = one(p)
    assert a.match_text == a.text
    from kg import build
    g = build([p])
    places = set(g.entities().query("type == 'County'")["label"])
    assert {"乾县", "武功县"} <= places
    # a Traditional text is still converted whole (於 and 後 are in GB 2312 too)
    p.write_text("於是後來，臺灣省政府推行", encoding="utf-8")
    assert one(p).match_text == "于是后来，台湾省政府推行"

# ---------------------------------------------------------------- metadata: headers, metadata.csv, inferred dates

def test_txt_header_lines_give_title_date_and_url(tmp_path):
    p = tmp_path / "lankao.txt"
    p.write_text("title: 兰考县召开乡村振兴工作会议\ndate: 2021-03-08\nsource: 兰考县融媒体中心\n"
                 "url: https://news.example.org/a/1.html\n\n3月8日，兰考县召开乡村振兴工作会议。\n会议要求真抓实干。",
                 encoding="utf-8")
    a = one(p)
    assert (a.title, a.date, a.url, a.publisher) == ("兰考县召开乡村振兴工作会议", "2021-03-08",
                                                    "https://news.example.org/a/1.html", "兰考县融媒体中心")
    assert a.text.startswith("3月8日，兰考县") and "title" not in a.text
    assert a.reference_year == 2021          # what gives 3月8日 its year


def test_txt_yaml_front_matter(tmp_path):
    p = tmp_path / "fm.txt"
    p.write_text("---\ntitle: \"安吉县: 余村的故事\"\ndate: 2020-03-30\n---\n余村位于安吉县天荒坪镇。", encoding="utf-8")
    a = one(p)
    assert (a.title, a.date, a.text) == ("安吉县: 余村的故事", "2020-03-30", "余村位于安吉县天荒坪镇。")


def test_a_first_line_with_a_colon_is_text_not_a_header(tmp_path):
    p = tmp_path / "colon.txt"
    p.write_text("会议强调：要真抓实干。\n\n第二段。", encoding="utf-8")
    a = one(p)
    assert a.text.startswith("会议强调：要真抓实干。") and a.date is None


def test_metadata_csv_gives_title_date_url_and_is_not_an_article(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("安吉县召开会议。", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("title: 文件里的标题\n\n兰考县召开会议。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("山西省召开会议。", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,title,date,url\n"
        "a.txt,安吉县新闻,2019/9/8,https://news.example.org/a.html\n"
        "sub/b.txt,表格里的标题,2019-09-10,\n", encoding="utf-8")
    arts = {a.id: a for a in read_inputs([tmp_path])}
    assert sorted(arts) == ["a", "b", "c"]            # metadata.csv itself is no article
    assert (arts["a"].title, arts["a"].date, arts["a"].url) == ("安吉县新闻", "2019-09-08", "https://news.example.org/a.html")
    assert (arts["b"].title, arts["b"].date) == ("文件里的标题", "2019-09-10")    # the file's header wins
    assert arts["c"].date is None and arts["c"].title == ""


def test_metadata_csv_without_a_file_column_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("安吉县召开会议。", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("name,title\na.txt,标题\n", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(errors) == 1 and "file" in str(errors[0])
    assert [i.id for i in items if not isinstance(i, ReadError)] == ["a"]     # the article is still read


@pytest.mark.parametrize("line,expected", [
    ('{"text": "安吉县召开会议。", "url": "http://www.gov.cn/xinwen/2019-09/10/content_1.htm"}', "2019-09-10"),
    ('{"text": "安吉县召开会议。", "url": "http://a.example/zw/201909/t20190911_1.html"}', "2019-09-11"),
    ('{"text": "发布时间：2019年9月12日 10:30\\n安吉县召开会议。"}', "2019-09-12"),
    ('{"text": "安吉县召开会议。", "date": "2018-01-02", "url": "http://a.example/2019-09/10/c.htm"}', "2018-01-02"),
    ('{"text": "2019年9月8日，北京市召开会议，要求各单位整改落实，实现让群众满意。"}', None),
])
def test_date_from_url_or_dateline_only_when_nothing_else_gives_it(tmp_path, line, expected):
    p = tmp_path / "c.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    assert one(p).date == expected


def test_header_date_reaches_the_events_of_the_article(tmp_path, resources):
    from kg.pipeline import build_graph

    p = tmp_path / "m.txt"
    p.write_text("date: 2021-03-10\n\n3月8日，浙江省安吉县召开乡村振兴工作会议。", encoding="utf-8")
    g = build_graph([tmp_path], resources=resources).graph
    assert g.nodes["article/m"]["date"] == "2021-03-10"
    meetings = [d for _n, d in g.nodes(data=True) if d.get("type") == "Meeting"]
    assert meetings and meetings[0].get("date") == "2021-03-08"



def test_full_width_digits_and_percent_read_as_ascii(extractor):
    """２０１９年９月１２日, １２．５％: older government pages type figures full-width; the dates,
    figures and names read from them are those of the same text in ASCII."""
    from kg.read import article_from_text

    ascii_text = "2019年9月12日，安吉县委书记来到递铺街道调研竹产业。全县竹林面积达12.5万亩，同比增长9.8%。"
    full = ascii_text.translate(str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)},
                                               ".": "．", "%": "％"}))
    assert full != ascii_text and len(full) == len(ascii_text)

    def read(text):
        out = extractor(article_from_text("t", [text]))
        entities = sorted((e.type, e.label, tuple(sorted(e.attrs.items()))) for e in out.entities.entities.values())
        return entities, sorted((f.head, f.relation, f.tail) for f in out.facts)

    assert read(full) == read(ascii_text)
    entities, _ = read(full)
    observation = next(attrs for cls, _, attrs in entities if cls == "Observation")
    assert dict(observation)["value"] == 125000 and dict(observation)["change"] == 0.098


def test_a_headlines_phrases_parted_by_spaces_are_clauses():
    """某某调研时强调 坚持… : the space parts the headline's phrases; the text keeps it, the matching
    view reads it as a comma, so no rule runs one phrase into the next (推行河长制 | 水环境…)."""
    art = article_from_text("t", ["近年来，九江市全面推行河长制湖长制。"], title="我市全面推行河长制 水环境质量持续改善")
    head = "我市全面推行河长制 水环境质量持续改善"
    assert art.text.startswith(head + "\n")
    assert art.match_text.startswith("我市全面推行河长制，水环境质量持续改善\n")
    assert len(art.match_text) == len(art.text)
    # a title in 《》 keeps its spaces; a body that opens with the headline is not given it twice
    art = article_from_text("t", ["市政府印发《关于提升服务 优化环境的方案》。"], title="印发《关于提升服务 优化环境的方案》 推进改革")
    assert art.match_text.startswith("印发《关于提升服务 优化环境的方案》，推进改革\n")
    art = article_from_text("t", ["市政府召开常务会议研究部署工作", "会议指出。"], title="市政府召开常务会议 研究部署工作")
    assert art.text.count("召开常务会议") == 1


def test_a_headline_phrase_is_no_part_of_the_initiative_before_it(extractor):
    art = article_from_text("t", ["近年来，九江市全面推行河长制湖长制。"], title="我市全面推行河长制 水环境质量持续改善",
                            date="2022-03-22")
    labels = {e.label for e in extractor(art).entities.entities.values() if e.type == "Initiative"}
    assert "河长制" in labels and not any("水环境" in label for label in labels)


def test_a_pages_navigation_lines_are_no_words_of_the_article():
    """上一篇：/下一篇： name other articles (their meetings are none of this one's), 分享到： and a row of
    bracketed buttons are the page's; so are its editorial credits (责任编辑：某某, 编辑：某某 审核：某某, in
    brackets closing a paragraph too): the staff who put the page up are no persons of the news."""
    from kg.read import article_from_text

    art = article_from_text("t", ["5月6日，凤冈县召开安全生产工作会议。", "（责任编辑：周文）", "上一篇：全市召开防汛工作会议",
                                  "下一篇: 我县举办第三届农民丰收节", "分享到：微信 微博", "【打印本页】【关闭窗口】"])
    assert art.text == "5月6日，凤冈县召开安全生产工作会议。"
    credited = article_from_text("t", ["5月6日，凤冈县召开会议。（责编：周文）", "编辑：王丽 审核：陈刚 校对：李娜",
                                       "[責任編輯:劉曉燕]", "编辑部召开会议。", "审核工作有序推进。"])
    assert credited.text == "5月6日，凤冈县召开会议。\n编辑部召开会议。\n审核工作有序推进。"
    kept = article_from_text("t", ["上一篇报道之后，凤冈县又召开了会议。", "【学习进行时】凤冈县召开会议。"])
    assert kept.text == "上一篇报道之后，凤冈县又召开了会议。\n【学习进行时】凤冈县召开会议。"


def test_a_reposts_original_headline_is_no_second_headline():
    """原标题：… among the first lines names the story again (its meetings would be read twice): the line goes,
    and names the story where the article has no title of its own; a breadcrumb line goes too."""
    from kg.read import article_from_text

    art = article_from_text("t", ["原标题：新华乡召开农村人居环境整治提升推进会 比学赶超促提升",
                                  "3月21日，新华乡召开农村人居环境整治提升现场推进会。"], title="新华乡召开人居环境整治推进会")
    assert art.text == "新华乡召开人居环境整治推进会\n3月21日，新华乡召开农村人居环境整治提升现场推进会。"
    art = article_from_text("t", ["首页 > 新闻中心 > 本地要闻", "原题:石桥镇召开防汛工作部署会",
                                  "5月27日，石桥镇召开2021年防汛工作部署会。"])
    assert art.text.split("\n") == ["石桥镇召开防汛工作部署会", "5月27日，石桥镇召开2021年防汛工作部署会。"]


def test_a_half_width_full_stop_ends_a_chinese_sentence_for_the_rules():
    """Older pages type 。 as '.': 会议在长沙召开.省领导甲、乙出席会议. reads as with 。 (the same length, so
    offsets hold); a decimal point and a web address stay."""
    from kg.clean import matching_view

    assert matching_view("会议在长沙召开.省领导张红梅、刘国华出席会议.") == "会议在长沙召开。省领导张红梅、刘国华出席会议。"
    assert matching_view("增长3.5%.详见www.gov.cn.") == "增长3.5%。详见www.gov.cn."
