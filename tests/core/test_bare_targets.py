"""A target written without an operator is scored as "equal" (domain §5); an actual that beats
it is no shortfall, and the warning says how it was scored and what to write."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks

from .reports import clean_report

D = Decimal


def findings_of(report, profile, k: int):
    return {f.code: f for f in run_checks(report, profile) if f.where.startswith(f"indicators[{k}]")}


@pytest.mark.parametrize(("target", "actual", "points"), [("95%", "100%", "19"),
                                                           ("5亿元", "6.47亿元", "15.46")])
def test_an_actual_beating_a_bare_target_is_no_shortfall(national, target, actual, points):
    report = clean_report(national)
    report.indicators[1].target, report.indicators[1].actual = target, actual
    found = findings_of(report, national, 1)
    assert "shortfall_unexplained" not in found
    assert found["bare_target"].message.text("zh") == (
        f"年度指标值“{target}”未写 ≥ 或 =，按“等于”计 {points} 分；如为下限，请写 ≥{target}")
    assert f'write "≥{target}"' in found["bare_target"].message.text("en")


def test_the_issue_example_reads_as_written(national):
    report = clean_report(national)
    report.indicators[1].weight, report.indicators[0].weight = D(5), D(45)
    report.indicators[1].target, report.indicators[1].actual = "95%", "100%"
    message = findings_of(report, national, 1)["bare_target"].message.text("zh")
    assert "未写 ≥ 或 =，按“等于”计 4.75 分；如为下限，请写 ≥95%" in message


def test_a_bare_target_missed_is_still_a_shortfall(national):
    report = clean_report(national)
    report.indicators[1].target, report.indicators[1].actual = "95%", "90%"
    found = findings_of(report, national, 1)
    assert {"bare_target", "shortfall_unexplained"} <= set(found)


def test_a_full_score_entered_over_the_equal_rule_still_needs_a_note(national):
    report = clean_report(national)
    report.indicators[1].target, report.indicators[1].actual = "95%", "100%"
    report.indicators[1].score = D(20)
    found = findings_of(report, national, 1)
    assert "score_differs" in found and "shortfall_unexplained" not in found
    report.indicators[1].score_note = "指标值为下限，实际超过，按满分计"
    assert "score_differs" not in findings_of(report, national, 1)


def test_a_bare_target_that_cannot_be_scored_says_so(national):
    report = clean_report(national)
    report.indicators[1].target, report.indicators[1].actual = "95%", "良好"
    message = findings_of(report, national, 1)["bare_target"].message.text("zh")
    assert "按“等于”计分" in message and "分；" in message
