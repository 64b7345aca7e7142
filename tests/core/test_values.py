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


def test_an_actual_reads_without_an_operator_unless_one_was_typed():
    assert parse_value("98%").hint(actual=True) == "98 %"
    assert parse_value("≥98%").hint(actual=True) == "≥ 98 %"
    assert parse_value("2024年12月20日").hint(actual=True) == "2024-12-20"
    assert parse_value("2024年12月20日").hint() == "≤ 2024-12-20"
