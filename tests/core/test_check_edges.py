"""Each check at the edge of what it finds: the side it reports and the side it leaves alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.model import FundRow, Indicator

from .reports import clean_report

D = Decimal


def codes(report, profile) -> list[tuple[str, str]]:
    found = [(f.code, f.where) for f in run_checks(report, profile)]
    assert not [c for c in found if c[0] == "check_failed"], found  # no check may trip over it
    return found


def test_a_reason_beside_a_shortfall_is_where_it_belongs(national):
    report = clean_report(national)
    report.indicators[1].actual = "90%"
    report.indicators[1].deviation = "部分路段雨季返工"
    assert ("deviation_without_shortfall", "indicators[1].deviation") not in codes(report, national)
    assert ("shortfall_unexplained", "indicators[1].deviation") not in codes(report, national)


def test_an_unscorable_row_is_never_taken_as_met(national):
    report = clean_report(national)
    report.indicators.append(Indicator(level1="产出指标", level2="数量指标", name="宣传次数",
                                       target="≥2次", actual="3天", weight=D(0),
                                       deviation="统计口径不同"))
    found = codes(report, national)
    assert ("unscorable", "indicators[4].actual") in found
    assert ("deviation_without_shortfall", "indicators[4].deviation") not in found


def yuan_findings(report, national) -> list[tuple[str, str]]:
    return [(f.where, f.message.text("zh")) for f in run_checks(report, national) if f.code == "yuan_in_wan"]


@pytest.mark.parametrize(
    ("amounts", "flagged"),
    [
        (("10000", "10"), ["funds.rows[0].initial"]),  # 1000 times the other: 元 typed as 万元
        (("9999", "10"), []),
        (("10000", "10.01"), []),
        (("12000", "8000"), []),  # a large project in 万元, its parts alike
        (("1000000", "1000000"), ["funds.rows[0].initial", "funds.rows[1].initial"]),
        (("999999", "999999"), []),
    ],
)
def test_an_amount_in_yuan_in_a_wan_column_is_found_from_the_threshold_on(national, amounts, flagged):
    report = clean_report(national)
    report.funds.rows = [FundRow(label="年度资金总额", initial=D(amounts[0])),
                         FundRow(label="其中：当年财政拨款", initial=D(amounts[1]))]
    found = yuan_findings(report, national)
    assert [where for where, _ in found] == flagged
    if amounts == ("10000", "10"):
        assert found[0][1] == "金额 10000 填在“万元”栏，疑为以“元”填写（即 1 万元）"


def test_one_sub_row_above_the_total_is_found(national):
    report = clean_report(national)
    report.funds.rows = report.funds.rows[:2]
    report.funds.rows[1].initial = D(101)
    assert ("parts_exceed_total", "funds.rows[0].initial") in codes(report, national)
    report.funds.rows[1].initial = D(100)
    assert ("parts_exceed_total", "funds.rows[0].initial") not in codes(report, national)


def test_three_indicators_are_enough(national):
    report = clean_report(national)
    report.indicators[2].weight = D(40)
    report.indicators.pop(3)
    assert ("too_few_indicators", "indicators") not in codes(report, national)
    report.indicators.pop(2)
    assert ("too_few_indicators", "indicators") in codes(report, national)


@pytest.mark.parametrize(("year", "warned"), [("2024", False), ("2023", False), ("2022", True),
                                              ("2025", True)])
def test_the_year_after_the_evaluated_one_may_be_named(national, year, warned):
    report = clean_report(national)
    report.sections.measures = f"{year}年继续做好养护工作。"
    assert (("text_year", "sections.measures") in codes(report, national)) is warned


def test_a_bare_actual_is_read_in_the_targets_unit_when_the_text_quotes_it(national):
    report = clean_report(national)
    report.indicators[3].actual = "93"
    report.sections.measures = "沿线群众满意度为 93%。"
    assert ("text_figure", "sections.measures") not in codes(report, national)
    report.sections.measures = "沿线群众满意度为 80%。"
    assert ("text_figure", "sections.measures") in codes(report, national)


def test_a_figure_quoted_for_an_unreadable_value_is_not_compared(national):
    report = clean_report(national)
    report.indicators[1].actual = "53批216人次"
    report.indicators[1].deviation = "统计口径待核实"
    report.sections.measures = "养护工程合格率为 90%。"
    found = codes(report, national)
    assert ("unscorable", "indicators[1].actual") in found
    assert ("text_figure", "sections.measures") not in found


@pytest.mark.parametrize(
    ("sentence", "foreign"),
    [
        ("信访维稳经费已全部拨付。", True),
        ("其他道路维修项目另行安排。", False),  # a generic phrase names no project
        ("农村公路养护项目按期完工。", False),  # this report's project, said shorter
        ("今年实施的农村公路养护工程配套项目已验收。", False),  # its whole name inside
    ],
)
def test_only_another_projects_name_is_foreign(national, sentence, foreign):
    report = clean_report(national)
    report.sections.measures = sentence
    assert (("text_foreign_project", "sections.measures") in codes(report, national)) is foreign


def test_a_measure_of_another_report_counts_only_with_a_figure_in_its_own_clause(national):
    report = clean_report(national)
    report.sections.measures = "继续做好养护工作。职工参加工会入会率，详见附表，覆盖100%。"
    assert ("text_foreign_indicator", "sections.measures") not in codes(report, national)
    report.sections.measures = "继续做好养护工作。职工参加工会入会率100%。"
    assert ("text_foreign_indicator", "sections.measures") in codes(report, national)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("成本控制在5万元以内。", False),  # the indicator's own amount
        ("培训经费支出2800元。", False),  # an indicator's amount in 元
        ("实际支出950000.5元。", False),  # 95 万元 within half a 元
        ("实际支出950000.6元。", True),
        ("实际支出96万元。", True),
        ("接访支出96万元。", True),
        ("人均补助300元/人。", False),  # a rate is no amount of the funds
    ],
)
def test_amounts_in_the_text_are_looked_up_in_the_table(national, sentence, flagged):
    """An amount said to be the table's (实际支出 …) is held to its column (an error where it
    differs); any other amount is looked for anywhere in the table (a warning where absent)."""
    report = clean_report(national)
    report.indicators.append(Indicator(level1="产出指标", level2="成本指标", name="养护成本",
                                       target="≤5万元", actual="4.8万元", weight=D(0)))
    report.indicators.append(Indicator(level1="产出指标", level2="成本指标", name="培训经费",
                                       target="≤3000元", actual="2800元", weight=D(0)))
    report.sections.measures = sentence
    found = codes(report, national)
    stated = sentence.startswith("实际支出")
    assert (("text_figure" if stated else "text_amount", "sections.measures") in found) is flagged
    assert ("text_amount" if stated else "text_figure", "sections.measures") not in found


def test_a_score_nobody_entered_is_never_outside_its_band(national):
    from dataclasses import replace

    from perfeval_gui.core.profiles import Band

    # a city whose 部分达成 suggests 80 %, the excluded top of its band
    city = replace(national, bands={**national.bands, "部分达成": Band(D(60), D(80), D(80))})
    report = clean_report(city)
    report.indicators[1].target, report.indicators[1].actual = "按规定完成验收", "部分达成"
    report.indicators[1].deviation = "验收资料不全"
    assert ("qualitative_band", "indicators[1].score") not in codes(report, city)
    report.indicators[1].score = D(16)
    assert ("qualitative_band", "indicators[1].score") in codes(report, city)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [("一、养护\n三、管理", "三、", "二、"), ("（一）养护\n（三）管理", "(三)", "(二)"),
     ("1. 养护\n3. 管理", "3.", "2."), ("(1) 养护\n(3) 管理", "(3)", "(2)")],
)
def test_a_numbering_gap_names_the_number_found_and_the_one_expected(national, text, found, expected):
    report = clean_report(national)
    report.sections.measures = text
    messages = [f.message.text("zh") for f in run_checks(report, national) if f.code == "text_numbering"]
    assert messages == [f"编号“{found}”不连续（应为“{expected}”）"]


def test_a_deduction_is_no_reason_to_call_an_indicator_unscorable(budget_system):
    report = clean_report(budget_system)
    report.profile = "budget-system"
    report.indicators[0].actual = "70公里"
    report.indicators[0].deviation = "上级追加养护任务"
    found = codes(report, budget_system)
    assert not [c for c in found if c[0] == "unscorable"]
    assert ("shortfall_unexplained", "indicators[0].deviation") not in found


def test_without_a_change_every_module_runs_again(seed_report, library):
    from perfeval_gui.core.checks import flatten, recheck

    profile = library.get(seed_report.profile)
    previous = recheck(seed_report, profile)
    seed_report.project.credit_code = "11610831773827085A"
    again = flatten(recheck(seed_report, profile, change=None, previous=previous))
    assert ("credit_code_invalid", "project.credit_code") in [(f.code, f.where) for f in again]


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("产出指标方面得 40 分。", "正文中“产出指标”得 40 分，与表中 50 分不一致（“产出指标方面得 40 分”）"),
        ("产出指标分值 40 分。", "正文中“产出指标”分值 40 分，与表中 50 分不一致（“产出指标分值 40 分”）"),
        ("该项目自评总分 90 分。", "正文中“自评总分”得 90 分，与表中 99.5 分不一致（“自评总分 90 分”）"),
    ],
)
def test_a_score_in_the_text_says_whether_it_is_the_score_or_the_weight(national, sentence, message):
    report = clean_report(national)
    report.sections.measures = sentence
    found = [f.message.text("zh") for f in run_checks(report, national) if f.code == "text_score"]
    assert found == [message]


def test_funds_named_as_a_project_are_no_other_project(national):
    report = clean_report(national)
    report.sections.measures = "省级财政专项补助资金项目已经完工。"
    assert ("text_foreign_project", "sections.measures") not in codes(report, national)


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        # the actual (93 %, 28 分钟) meets a bound the text states, even one at the very figure
        ("年度目标为沿线群众满意度达到93%以上。", False),
        ("年度目标为群众平均通行时间控制在28分钟以内。", False),
        ("年度目标为沿线群众满意度达到95%以上。", True),
        ("年度目标为群众平均通行时间控制在27分钟以内。", True),
    ],
)
def test_a_bound_the_actual_meets_is_no_contradiction(national, sentence, contradicts):
    report = clean_report(national)
    report.sections.measures = sentence
    assert (("text_figure", "sections.measures") in codes(report, national)) is contradicts
