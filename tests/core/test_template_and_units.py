"""Issue 26, point 5: template marks left in names and values are named; compound units keep
their tail and compare only with the same unit; 无上访 against 小于5次 reads as 0 次."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.model import Indicator
from perfeval_gui.core.placeholders import template_mark
from perfeval_gui.core.scoring import score_indicator
from perfeval_gui.core.values import common_unit, parse_value

from .reports import clean_report

D = Decimal


@pytest.mark.parametrize(("written", "mark"), [
    ("公猪舍(≥**平方米)", "**"), ("XX县农村公路", "XX"), ("≥××个", "××"), ("（填写）", "(填写)"),
    ("＊＊月＊＊日前", "**"), ("培训xx人次", "xx")])
def test_template_marks_are_found(written, mark):
    assert template_mark(written) == mark


@pytest.mark.parametrize("written", ["≥2次", "XXL 型号", "Excel 表格", "每户×2", "*注：按季度统计", ""])
def test_ordinary_text_carries_no_mark(written):
    assert template_mark(written) is None


def test_a_template_mark_is_a_finding_naming_the_cell(national):
    report = clean_report(national)
    report.indicators[0].name = "公猪舍(≥**平方米)"
    report.indicators[2].actual = "**分钟"
    report.indicators.append(Indicator(level1="产出指标", name="**"))  # a template row: said once
    found = {(f.code, f.where) for f in run_checks(report, national)}
    assert ("template_mark", "indicators[0].name") in found
    assert ("template_mark", "indicators[2].actual") in found
    assert ("placeholder_row", "indicators[4].name") in found
    assert not any(code == "template_mark" and where.startswith("indicators[4]") for code, where in found)


@pytest.mark.parametrize(("written", "unit"), [
    ("≤300元/人*月", "元/人*月"), ("300元/人·月", "元/人·月"), ("≥5000元/人·年以上", "元/人·年"),
    ("≤5300元/户", "元/户"), ("300元/人", "元/人")])
def test_compound_units_keep_their_tail(written, unit):
    assert parse_value(written).unit == unit


def test_compound_units_compare_only_with_the_same_unit():
    q = parse_value
    assert common_unit(q("≤300元/人*月"), q("0.03万元/人·月")) == (D(300), D("300.00"))
    assert common_unit(q("≤300元/人*月"), q("300元/人")) is None  # per month vs per person
    assert common_unit(q("≤3人*月"), q("2人·月")) == (D(3), D(2))


@pytest.mark.parametrize(("name", "target", "actual", "kind"), [
    ("上访次数", "小于5次", "无上访", "negative"),
    # 保山 2022: the name is a goal sentence, the bare ceiling counts whatever it names
    ("全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生", "小于5次", "无上访", "negative"),
    ("信访", "上访不超过5次", "全年无上访", "negative"),
    ("群体性事件", "≤1起", "全年无群体性事件发生", "negative"),
    ("安全生产事故", "0起", "无安全生产事故", "equal"),
    ("事故", "安全事故0起", "无安全事故", "equal")])
def test_none_of_the_targets_own_noun_is_zero_of_its_unit(national, name, target, actual, kind):
    s = score_indicator(0, Indicator(name=name, target=target, actual=actual, weight=D(10)), national)
    assert s.kind == kind and s.rule_score == 10 and s.actual.number == 0
    assert s.actual.unit == parse_value(target).unit


@pytest.mark.parametrize(("name", "target", "actual"), [
    ("上访次数", "上访小于5次", "无投诉"),  # the target names 上访: 无投诉 says nothing of it
    ("培训人次", "≥90人次", "无培训"),  # a floor, not a ceiling: 0 would be a guess
    ("上访次数", "小于5次", "无")])
def test_none_of_something_else_is_not_read_as_zero(national, name, target, actual):
    s = score_indicator(0, Indicator(name=name, target=target, actual=actual, weight=D(10)), national)
    assert s.kind == "unscorable" and s.reasons[0].code == "score.actual_not_quantity"
