"""Severity follows consequence (issue 26, point 4): a printed figure the form's own figures do
not give, and full marks far above the rule with no reason, are errors; a surplus is asked
about on every indicator counting upwards, a bare 12次 beaten eightfold too."""

from __future__ import annotations

from decimal import Decimal

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.scoring import score_report

from .reports import clean_report

D = Decimal


def found(report, profile):
    return {(f.code, f.where): f.severity for f in run_checks(report, profile)}


def test_a_printed_rate_total_or_grade_the_figures_do_not_give_is_an_error(national):
    report = clean_report(national)  # 执行率 95 %, total 99.5, 优
    report.extra["printed"] = {"funds_rate": "100%", "total": 100, "grade": "良"}
    result = found(report, national)
    assert result[("printed_rate", "funds")] == "error"
    assert result[("printed_total", "")] == "error"
    assert result[("printed_grade", "")] == "error"
    report.extra["printed"] = {"funds_rate": "95%", "total": 99.5, "grade": "优"}
    assert not any(code.startswith("printed") for code, _ in found(report, national))


def test_full_marks_far_above_the_rule_without_a_reason_is_an_error(national):
    report = clean_report(national)
    row = report.indicators[1]  # ≥95 %, weight 20
    row.actual, row.score = "60%", D(20)  # rule 12.63: below by 7.37, more than 20 / 3
    assert found(report, national)[("full_score_far_above_rule", "indicators[1].score")] == "error"
    row.deviation = "验收推迟至次年一季度"  # a reason: the departure is only asked about
    result = found(report, national)
    assert ("full_score_far_above_rule", "indicators[1].score") not in result
    assert result[("score_differs", "indicators[1].score")] == "warning"
    row.deviation, row.score_note = "无", "经复核按实际验收结果计满分"
    assert not any(where == "indicators[1].score" for _, where in found(report, national))


def test_full_marks_a_little_above_the_rule_stay_a_warning(national):
    report = clean_report(national)
    row = report.indicators[1]
    row.actual, row.score = "80%", D(20)  # rule 16.84: below by 3.16, less than a third
    result = found(report, national)
    assert result[("score_differs", "indicators[1].score")] == "warning"
    assert ("full_score_far_above_rule", "indicators[1].score") not in result


def test_a_bare_count_beaten_eightfold_is_asked_about(national, budget_system):
    report = clean_report(national)
    report.indicators[0].target, report.indicators[0].actual = "12次", "96次"  # real-03
    assert found(report, national)[("over_achieved", "indicators[0].deviation")] == "warning"
    s = score_report(report, budget_system).indicators[0]
    assert s.over_achieved and s.rule_score == score_report(report, national).indicators[0].rule_score
    report.indicators[0].actual = "13次"  # 108 %: beaten, not far
    assert ("over_achieved", "indicators[0].deviation") not in found(report, national)


def test_a_printed_total_over_rows_missing_from_the_form_stays_a_warning(national):
    report = clean_report(national)
    del report.indicators[3]  # weights now 90: the missing row may be all the difference is
    report.extra["printed"] = {"total": 99.5}
    assert found(report, national)[("printed_total", "")] == "warning"


def test_full_marks_for_beating_a_bare_target_are_no_error(national):
    report = clean_report(national)  # real-03: 12次 → 96次, scored 1 of 1
    row = report.indicators[0]
    row.target, row.actual, row.score = "12次", "96次", row.weight
    codes = {code for code, where in found(report, national) if where.startswith("indicators[0]")}
    assert "full_score_far_above_rule" not in codes and "bare_target" in codes
