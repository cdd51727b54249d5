"""Townships and villages by statistical code: a township's villages are one block of its
province's sorted file, read on demand; the answer must be what reading every line gives."""
import gzip

import kg.divisions as divisions_mod
from kg.divisions import DIVISIONS_DIR, Divisions


def _every_line(prov: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with gzip.open(DIVISIONS_DIR / f"villages-{prov}.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            code, name = line.rstrip("\n").split("\t")
            out.setdefault(code[:9], {}).setdefault(name, code)
    return out


def test_a_townships_villages_are_those_every_line_of_its_province_gives():
    d = Divisions.load()
    full = _every_line("33")
    assert len(full) > 1000
    for township in sorted(full)[::25] + [sorted(full)[0], sorted(full)[-1]]:
        assert d.villages_of(township) == full[township]
        assert all(d.village(township, name) == code for name, code in full[township].items())


def test_codes_that_name_no_township_have_no_villages():
    d = Divisions.load()
    for code in ("", "3", "33", "330523", "339999999", "3305230010011", "990000000"):
        assert d.villages_of(code) == {}
    assert d.village("330523001", "没有这个村") is None


def test_a_township_and_its_village_by_name():
    d = Divisions.load()
    town = d.township("330523", "递铺街道")
    assert town == "330523001"
    villages = d.villages_of(town)
    assert villages and all(code.startswith(town) and len(code) == 12 for code in villages.values())


def test_a_village_the_tables_lack_right_after_a_township_they_hold_is_its_village(extractor):
    from kg.read import article_from_text

    def villages(text):
        ents = extractor(article_from_text("t", [text])).entities
        return {(e.label, ents.entities[ents.parents[k]].label if k in ents.parents else None): e.id
                for k, e in ents.entities.items() if e.type == "Village"}

    # jieba glues the township's last character to the name after it (…街 | 道瑞峪 | 沟村), so the
    # place rules see no word opening the village's name; the township's table does not hold it
    assert "瑞峪沟村" not in Divisions.load().villages_of("330212002")
    assert ("瑞峪沟村", "钟公庙街道") in villages("宁波市鄞州区钟公庙街道瑞峪沟村开展活动。")
    # the suffix closing a word of jieba's own (新 | 农村) is no village's name
    assert not villages("宁波市鄞州区钟公庙街道新农村建设加快推进。")


def test_a_township_whose_level_word_jieba_reads_into_the_next_word_follows_its_county(extractor):
    from kg.read import article_from_text

    def townships(text):
        return {e.label for e in extractor(article_from_text("t", [text])).entities.entities.values()
                if e.type == "Township"}

    # 鄞江 | 镇上 | 月: the township (in another district since 2016, so not under this one in the
    # tables) is read from the place name of jieba's right after the district
    assert Divisions.load().township("330212", "鄞江镇") is None
    assert townships("宁波市鄞州区鄞江镇上月举办活动。") == {"鄞江镇"}
    # a name ending in a level's character is no township's stem (某某区 | 镇安街)
    assert not townships("浙江省江东区镇安街改造完成。")


def test_a_body_named_after_a_township_jieba_cut_starts_where_the_township_does(extractor):
    from kg.read import article_from_text

    # 于都县 | 梓[nrt] | 山镇[ns] | 潭头 | 村 | 党支部: the branch is named from the township of the tables
    # on, not from jieba's second piece (山镇潭头村党支部)
    assert Divisions.load().township("360731", "梓山镇") is not None
    ents = extractor(article_from_text("t", ["赣州市于都县梓山镇潭头村党支部召开党员大会。"])).entities
    party = {e.label for e in ents.entities.values() if e.type == "PartyOrganization"}
    assert party == {"梓山镇潭头村党支部"}


def test_a_state_farm_that_is_a_township_level_unit_under_its_named_county(extractor):
    """塞罕坝机械林场 is a township-level unit of 围场满族蒙古族自治县 in the tables: under the county the
    article names, a Township with its code (a farm's office word, 管委会, is dropped from its name)."""
    from kg.read import article_from_text

    assert Divisions.load().townships_of("130828").get("塞罕坝机械林场") == "130828450"
    ext = extractor(article_from_text("t", ["围场满族蒙古族自治县县委书记到御道口镇、塞罕坝机械林场调研。"],
                                      date="2022-11-15"))
    farm = next(e for e in ext.entities.entities.values() if e.label == "塞罕坝机械林场")
    assert farm.type == "Township" and farm.attrs.get("statCode") == "130828450"
    assert divisions_mod._farm_unit("一农场") is None and divisions_mod._farm_unit("某某特场管委会") == "某某特场"


def test_an_autonomous_county_written_with_its_stem_and_level_and_a_state_run_farm(extractor):
    """围场县, 丰宁县 (围场满族蒙古族自治县, 丰宁满族自治县 written as most reports do) are those counties; 御道口牧场
    is the tables' 国营御道口牧场, a township-level unit of 围场."""
    from kg.gazetteer import Gazetteer
    from kg.read import article_from_text

    gaz = Gazetteer.load()
    assert [a.name for a in gaz.lookup("围场县")] == ["围场满族蒙古族自治县"] and gaz.is_full_name("围场县")
    assert [a.name for a in gaz.lookup("紫云自治县")] == ["紫云苗族布依族自治县"]
    ext = extractor(article_from_text("t", ["8月11日，省委书记深入承德市围场县、丰宁县调研。在围场县御道口牧场，他察看了草原生态修复情况。"],
                                      date="2021-08-13"))
    found = {e.label: e.type for e in ext.entities.entities.values()}
    assert found.get("围场满族蒙古族自治县") == "County" and found.get("丰宁满族自治县") == "County"
    assert found.get("御道口牧场") == "Township"


def test_border_villages_of_a_kind_and_a_townships_level_word_before_a_name(extractor):
    """边境小康村, 边境嘎查, 边境苏木: kinds the border regions build and count, no villages; 宝日希勒镇 |
    巴音嘎查 (jieba: 希勒 | 镇巴 | 音嘎查): 镇 closes the township, no 镇巴县; 乌兰 | 嘎查: the village's
    name, no 乌兰县."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["锡林郭勒盟统筹推进边境小康村建设，共有边境苏木（镇）14个，边境嘎查104个。"
                                           "在乌力吉苏木乌兰嘎查，牧民们正在剪羊毛。在宝日希勒镇巴音嘎查，牧民们正在打草。"]))
    labels = {e.label: e.type for e in ex.entities.entities.values()}
    assert not {"边境小康村", "边境嘎查", "边境苏木", "镇巴县", "乌兰县"} & set(labels)


# county codes of the township table that name no county of their own: 三沙's island groups (460321–3),
# 嘉峪关's districts' office (620201), 大兴安岭's and 海西's administrative zones (2327xx, 632857), and the
# development zones' codes (xxxx7x) of the statistics bureau
_NO_COUNTY = {"232761", "232762", "232763", "232764", "460321", "460322", "460323", "620201", "632857"}


def test_every_county_the_township_table_names_is_in_the_gazetteer(resources):
    """The gazetteer's package leaves out 重庆市's 江北区 and 渝北区 (extra_divisions.tsv adds them)."""
    counties = set()
    with gzip.open(DIVISIONS_DIR / "townships.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                counties.add(line.rstrip("\n").split("\t")[2])
    missing = {c for c in counties if c not in resources.gazetteer.areas and not 70 <= int(c[4:6]) <= 79}
    assert missing == _NO_COUNTY
    assert [a.name for a in resources.gazetteer.chain("500112")] == ["渝北区", "重庆市"]


def test_a_district_name_several_cities_share_is_the_one_whose_townships_the_article_names(extractor):
    """朝阳区召开…，麦子店街道、双井街道作了交流发言: Beijing's 朝阳区 (长春 has one too), the article naming no city."""
    from kg.read import article_from_text
    ex = extractor(article_from_text("t", ["2月19日，朝阳区召开“接诉即办”工作部署会。区委书记万家宁出席并讲话。"
                                           "会上，麦子店街道、双井街道作了交流发言。"], title="朝阳区部署接诉即办工作",
                                     date="2019-02-20"))
    counties = {(e.label, e.attrs.get("adcode")) for e in ex.entities.entities.values() if e.type == "County"}
    assert counties == {("朝阳区", "110105")}


def test_the_numbered_names_file_is_what_the_tables_give(tmp_path, monkeypatch):
    # kg/data/divisions/numbered_names.txt.gz is derived data: regenerating it from the tables
    # beside it must give the file as committed, byte for byte (run bench/numbered_names.py after the tables change)
    import importlib.util
    from pathlib import Path

    from kg.divisions import NUMBERED_NAMES

    script = Path(__file__).resolve().parent.parent / "bench" / "numbered_names.py"
    spec = importlib.util.spec_from_file_location("numbered_names", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(mod, "OUT", tmp_path / NUMBERED_NAMES)
    mod.main()
    assert (tmp_path / NUMBERED_NAMES).read_bytes() == (DIVISIONS_DIR / NUMBERED_NAMES).read_bytes()
    names = Divisions.load().numbered_names
    assert {"三乡镇", "八一村", "三里村", "十里铺村", "南村村"} <= names
    assert not names & {"三村", "八镇", "两乡"}      # a numeral and the ending alone is a count


def test_a_township_or_village_whose_name_opens_with_a_numeral(extractor):
    from kg.read import article_from_text

    def places(text):
        ents = extractor(article_from_text("t", [text])).entities
        return {e.label: e.type for e in ents.entities.values() if e.type in ("Township", "Village")}

    # jieba: 到 | 三 | 乡镇 (three townships), 来到 | 三里[a distance] | 村 | 和 | 八一[a date] | 村
    assert places("县委书记到三乡镇某某铅笔制造有限公司调研。") == {"三乡镇": "Township"}
    assert places("副县长来到三里村和八一村。") == {"三里村": "Village", "八一村": "Village"}
    # a count, a numeral before the name, and villagers stay what they are
    assert places("全县三个乡镇共有村民五千人，三村联建。") == {}
    assert "三里村" not in places("他来到十三里村。")
    assert places("五一村民代表参加。") == {}
    # a village that doubles 村 (南村村), whole before a list mark; 南村 | 村委会 stays the committee's village
    assert places("县长来到北村村、南村村和东岭村。") == {"北村村": "Village", "南村村": "Village", "东岭村": "Village"}


def test_a_verb_of_going_jieba_tags_otherwise_opens_no_townships_name(extractor):
    from kg.read import article_from_text

    # jieba: 率队 | 前往[t] | 任港 | 街道: 前往 is no part of the name
    ents = extractor(article_from_text("t", ["区委书记率队前往任港街道调研。"])).entities
    assert {e.label for e in ents.entities.values() if e.type == "Township"} == {"任港街道"}
