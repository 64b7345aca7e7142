"""Every way people write a value on real forms, read exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfeval_gui.core.values import (
    DEADLINE,
    EMPTY,
    QUALITATIVE,
    QUANTITY,
    Value,
    ValueUnreadable,
    common_unit,
    parse_value,
)

QUANTITIES = [
    # text, op, number, unit
    ("≥2次", "≥", "2", "次"),
    ("4次", None, "4", "次"),
    ("≤15%", "≤", "15", "%"),
    ("17%", None, "17", "%"),
    ("≥98%", "≥", "98", "%"),
    ("100%", None, "100", "%"),
    ("≤3天", "≤", "3", "天"),
    ("最长6天", None, "6", "天"),
    ("≤5万元", "≤", "5", "万元"),
    ("5万元", None, "5", "万元"),
    ("0次", None, "0", "次"),
    ("满意度≥90%", "≥", "90", "%"),
    ("满意度为97%", None, "97", "%"),
    ("≥50个", "≥", "50", "个"),
    ("≥100百分比", "≥", "100", "%"),
    ("=100%", "=", "100", "%"),
    ("≤10次", "≤", "10", "次"),
    ("≤5%", "≤", "5", "%"),
    ("≤90万元", "≤", "90", "万元"),
    ("≥９０％", "≥", "90", "%"),
    ("＞80%", ">", "80", "%"),
    ("≧95%", "≥", "95", "%"),
    ("﹦100%", "=", "100", "%"),
    ("＝100%", "=", "100", "%"),
    ("＜3次", "<", "3", "次"),
    (">=60分", "≥", "60", "分"),
    ("<=2小时", "≤", "2", "小时"),
    ("不低于95%", "≥", "95", "%"),
    ("不少于3次", "≥", "3", "次"),
    ("不高于10%", "≤", "10", "%"),
    ("不超过5万元", "≤", "5", "万元"),
    ("90%以上", "≥", "90", "%"),
    ("5次以下", "≤", "5", "次"),
    ("3天以内", "≤", "3", "天"),
    ("达到100%", "≥", "100", "%"),
    ("72,890元", None, "72890", "元"),
    ("1，234.5万元", None, "1234.5", "万元"),
    ("平均3.5天", None, "3.5", "天"),
    ("100", None, "100", ""),
    ("﹦ 100 %", "=", "100", "%"),
    ("≥2次/年", "≥", "2", "次/年"),
    ("≤300元/人", "≤", "300", "元/人"),
    ("满意度不低于90%", "≥", "90", "%"),
    # the unit is the measure word right after the number; what follows is a label
    ("至少全年完成2次宣传", "≥", "2", "次"),
    ("至少全年开展3次培训", "≥", "3", "次"),
    ("全年开展培训不少于4次", "≥", "4", "次"),
    ("≥3所学校", "≥", "3", "所"),
    ("培训200人次以上", "≥", "200", "人次"),
    ("改造12户危房", None, "12", "户"),
    ("≥2个月", "≥", "2", "个月"),
    ("0.03万元/人", None, "0.03", "万元/人"),
    ("≤80元/平方米", "≤", "80", "元/平方米"),
    ("提高3个百分点", None, "3", "%"),
    # no known measure word follows: the trailing text is the unit, as before
    ("≥2台套", "≥", "2", "台套"),
    ("≥5课题", "≥", "5", "课题"),
]


@pytest.mark.parametrize(("text", "op", "number", "unit"), QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantities_read_exactly(text, op, number, unit):
    value = parse_value(text)
    assert (value.kind, value.op, value.number, value.unit) == (QUANTITY, op, Decimal(number), unit)


DEADLINES = [
    ("12月31日前", (None, 12, 31)),
    ("2023年12月31日前", (2023, 12, 31)),
    ("6月30日之前", (None, 6, 30)),
    ("１２月１日前", (None, 12, 1)),
    # real forms (domain README §5): every one a deadline, the named day included
    ("2024年11月30日前", (2024, 11, 30)),
    ("2024年12月完成", (2024, 12, 31)),
    ("2023年12月完成", (2023, 12, 31)),
    ("12月底之前完成", (None, 12, 31)),
    ("11月底完成", (None, 11, 30)),
    ("6月底前", (None, 6, 30)),
    ("9月末", (None, 9, 30)),
    ("年底前完成", (None, 12, 31)),
    ("年末", (None, 12, 31)),
    ("2023年年底", (2023, 12, 31)),
    ("2023年底前", (2023, 12, 31)),
    ("上半年", (None, 6, 30)),
    ("下半年", (None, 12, 31)),
    ("第一季度", (None, 3, 31)),
    ("二季度末", (None, 6, 30)),
    ("第三季度末", (None, 9, 30)),
    ("四季度", (None, 12, 31)),
    # a period as the whole target is a deadline at its end
    ("1-12月", (None, 12, 31)),
    ("1月-12月", (None, 12, 31)),
    ("1－6月", (None, 6, 30)),
    ("6-6月", (None, 6, 30)),
    ("2023年1-12月", (2023, 12, 31)),
    ("全年", (None, 12, 31)),
    ("全年完成", (None, 12, 31)),
    ("2023年度", (2023, 12, 31)),
    ("于2024年6月完成", (2024, 6, 30)),
    ("12月20日完成", (None, 12, 20)),
    ("2023年12月5日", (2023, 12, 5)),
]


@pytest.mark.parametrize(("text", "deadline"), DEADLINES)
def test_deadlines_are_dates(text, deadline):
    value = parse_value(text)
    assert (value.kind, value.op, value.deadline) == (DEADLINE, "≤", deadline)


QUALITATIVE_TEXTS = [
    ("效果明显", None),
    ("在项目计划完成时间内完成", "达成"),
    ("严格执行相关制度规定", None),
    ("达成预期指标", "达成"),
    ("达成年度指标", "达成"),
    ("部分达成", "部分达成"),
    ("部分达成年度指标并具有一定效果", "部分达成"),
    ("基本完成", "部分达成"),
    ("未达成", "未达成"),
    ("未达成年度指标且效果较差", "未达成"),
    ("未完成", "未达成"),
    ("符合要求", "达成"),
    ("**月**日前", None),
    ("12月**日前", None),  # a template half filled in: still no date
    ("**月15日前", None),
    ("按时完成", "达成"),
    ("已完成", "达成"),
    ("未按时完成", "未达成"),
    ("逾期完成", "未达成"),
    # a period word inside a sentence is no deadline
    ("全年无安全事故", None),
    ("期末检查合格", None),
    ("不低于上年水平", None),
    ("百分比", None),
]


@pytest.mark.parametrize(("text", "grade"), QUALITATIVE_TEXTS)
def test_qualitative_texts_keep_their_grade(text, grade):
    value = parse_value(text)
    assert (value.kind, value.grade) == (QUALITATIVE, grade)


UNREADABLE = [
    ("≥", "value.operator_without_number"),
    ("不低于%", "value.operator_without_number"),
    ("53批216人次", "value.several_numbers"),
    ("2-3次", "value.several_numbers"),
    ("-5%", "value.negative"),
    ("2月30日前", "value.bad_date"),
    ("1.2.3%", "value.several_numbers"),
    ("12月底前完成3次", "value.several_numbers"),  # a count with a date: which one is meant?
    ("13月底", "value.bad_date"),
    (".5%", "value.bad_number"),
    ("12-1月", "value.several_numbers"),  # no span of months runs backwards
    ("2023年2月29日前", "value.bad_date"),
]


@pytest.mark.parametrize(("text", "code"), UNREADABLE)
def test_unreadable_figures_say_why(text, code):
    with pytest.raises(ValueUnreadable) as caught:
        parse_value(text)
    assert caught.value.message.code == code
    assert caught.value.message.text("zh")


def test_empty_is_empty():
    assert parse_value("").kind == EMPTY
    assert parse_value(None).kind == EMPTY
    assert parse_value("   ").kind == EMPTY


def test_hint_shows_the_reading():
    assert parse_value("≥2次").hint() == "≥ 2 次"
    assert parse_value("4次").hint() == "= 4 次"
    assert parse_value("100").hint() == "= 100"
    assert parse_value("部分达成").hint() == "部分达成"
    assert parse_value("效果明显").hint() == ""
    assert parse_value("").hint() == ""
    assert parse_value("2023年12月31日前").hint() == "≤ 2023-12-31"


def test_a_user_adds_measure_words_in_the_data_folder(monkeypatch, tmp_path):
    from perfeval_gui.core import measures

    assert parse_value("≥5课题研究").unit == "课题研究"  # unknown: the trailing text, as before
    (tmp_path / "measure_words.txt").write_text("# 本县常用\n课题  # 科研项目\n\n", encoding="utf-8")
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    measures.reload()
    try:
        assert parse_value("≥5课题研究").unit == "课题"
        assert parse_value("至少全年开展3次培训").unit == "次"  # the shipped words still apply
    finally:
        measures.reload()


def test_an_unreadable_user_file_leaves_the_shipped_words(monkeypatch, tmp_path):
    from perfeval_gui.core import measures

    (tmp_path / "measure_words.txt").write_bytes(b"\xff\xfe\x00broken")
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    measures.reload()
    try:
        assert parse_value("至少全年开展3次培训").unit == "次"
    finally:
        measures.reload()


def test_deadline_hints_show_the_last_day():
    assert parse_value("11月底完成").hint() == "≤ 11-30"
    assert parse_value("2024年12月完成").hint() == "≤ 2024-12-31"
    assert parse_value("1-12月").hint() == "≤ 12-31"


def test_money_units_convert_and_others_do_not():
    def q(text: str) -> Value:
        return parse_value(text)

    assert common_unit(q("≤5万元"), q("50000元")) == (Decimal(50000), Decimal(50000))
    assert common_unit(q("≤300元/人"), q("0.03万元/人")) == (Decimal(300), Decimal(300))
    assert common_unit(q("≥90%"), q("97")) == (Decimal(90), Decimal(97))
    assert common_unit(q("≥2次"), q("3天")) is None
    assert common_unit(q("≤300元/人"), q("300元/次")) is None


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_reads_or_says_why(text):
    try:
        value = parse_value(text)
    except ValueUnreadable as exc:
        assert exc.message.text("zh") and exc.message.text("en")
        return
    assert value.kind in (QUANTITY, DEADLINE, QUALITATIVE, EMPTY)
    value.hint()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="≥≤<>=＞＜≧﹦０１２３4５.,，%％万元次天月日前以上下不低于超过达成未部分 "))
def test_value_like_text_reads_or_says_why(text):
    try:
        value = parse_value(text)
    except ValueUnreadable as exc:
        assert exc.message.code.startswith("value.")
        return
    if value.kind == QUANTITY:
        assert value.number is not None and value.number >= 0
