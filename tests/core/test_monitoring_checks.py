"""The monitoring form's checks, by its profile's rules; the declaration's targets checked as
the self-evaluation's are; a form's checks only (no points are asked of a monitoring form)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core import monitoring
from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.model import Indicator

from ..cycle_documents import hubei_monitoring
from ..cycle_documents import monitoring as monitoring_document
from .cycle_cases import PLACEHOLDER_ON_MONITORING, as_declaration, as_monitoring
from .reports import clean_report

D = Decimal


def codes(report, profile):
    return [(f.code, f.where) for f in run_checks(report, profile)]


def test_a_monitoring_form_on_course_triggers_nothing(national):
    report = clean_report(national)
    as_monitoring(report)
    assert codes(report, national) == []


def test_a_monitoring_form_is_not_asked_for_points_or_a_narrative(national):
    """No 分值, no 得分, no 自评小组, no 正文: none of the self-evaluation's findings."""
    report = clean_report(national)
    as_monitoring(report)
    report.team.clear()
    report.evaluation.date = None
    report.sections.measures = "养护工程合格率为 90%。"
    assert codes(report, national) == []


def test_a_clean_declaration_triggers_nothing_and_its_targets_are_checked(national):
    report = clean_report(national)
    as_declaration(report)
    assert codes(report, national) == []
    report.indicators[2].target = "通行条件进一步改善"  # vague
    report.indicators[1].target = "95%"  # no operator
    report.indicators[0].target = "按计划完成养护任务"  # not measurable
    report.indicators.pop(3)  # no 满意度 indicator
    found = {code for code, _ in codes(report, national)}
    assert {"vague_target", "bare_target", "not_measurable", "missing_group"} <= found
    assert not found & {"weights_sum", "unscorable", "missing_team", "shortfall_unexplained"}


def test_wholly_impossible_and_possible_both_ask_for_cause_and_remarks(national):
    for likelihood in ("有可能", "完全不可能"):
        report = clean_report(national)
        as_monitoring(report)
        report.indicators[1].likelihood = likelihood
        report.indicators[1].projected = "94%"
        assert codes(report, national) == [
            ("at_risk_without_cause", "indicators[1].causes"),
            ("at_risk_without_remarks", "indicators[1].remarks")]
        report.indicators[1].causes = {"人员保障": ""}  # a category ticked, no words
        assert ("at_risk_without_cause", "indicators[1].causes") in codes(report, national)
        report.indicators[1].cause_text = "检测人员不足"  # words tied to no category
        report.indicators[1].remarks = "招聘检测员"
        assert codes(report, national) == []


def test_none_written_as_a_cause_or_a_remark_is_no_cause_or_remark(national):
    """无, / or 不适用 in a cell say no more than an empty one (domain §5): an at-risk row with
    only those is asked for its cause and 备注 as an empty row is — in the row or on the form."""
    report = clean_report(national)
    as_monitoring(report)
    row = report.indicators[1]
    row.likelihood, row.projected = "有可能", "94%"
    row.causes, row.cause_text, row.remarks = {"人员保障": "无"}, "/", "不适用。"
    assert codes(report, national) == [
        ("at_risk_without_cause", "indicators[1].causes"),
        ("at_risk_without_remarks", "indicators[1].remarks")]
    row.causes["人员保障"], row.remarks = "检测人员不足", "招聘检测员"
    assert codes(report, national) == []


@pytest.mark.parametrize("typed", ["-5人次", "1" * 40 + "人次"])
def test_a_mid_year_figure_that_cannot_be_read_is_said_naming_its_column(library, typed):
    """Kept as typed, but held against nothing: said, as the 自评表 says of its actual — in the
    profile's own header (湖北: 半年度指标执行情况)."""
    hubei = library.get("hubei-huangshi-2019")
    report = report_from_document(hubei_monitoring())
    report.indicators[1].to_date = typed
    found = [f for f in run_checks(report, hubei) if f.code == "mid_year_unreadable"]
    assert [(f.where, f.severity) for f in found] == [("indicators[1].to_date", "warning")]
    assert found[0].message.text("zh").startswith("半年度指标执行情况无法读取：")
    assert report.indicators[1].to_date == typed
    report.indicators[1].to_date = "81%"  # readable again: nothing said
    assert "mid_year_unreadable" not in [code for code, _ in codes(report, hubei)]


def test_the_hubei_form_s_once_per_form_cause_and_measures_cannot_be_none(library):
    hubei = library.get("hubei-huangshi-2019")
    report = report_from_document(hubei_monitoring())
    report.causes_text, report.measures = "无", "——"
    assert codes(report, hubei) == [("at_risk_without_cause", "causes_text"),
                                    ("at_risk_without_remarks", "measures")]
    # the finding says the level in the form's own word (湖北: 不可能)
    texts = [f.message.text("zh") for f in run_checks(report, hubei)]
    assert all("不可能" in t and "完全不可能" not in t for t in texts), texts


def test_a_certain_row_whose_projection_meets_its_target_is_left_alone(national):
    report = clean_report(national)
    as_monitoring(report)
    report.indicators[2].projected = "31分钟"  # ≤30分钟 missed
    assert codes(report, national) == [("certain_but_misses", "indicators[2].likelihood")]
    report.indicators[2].likelihood = "有可能"
    assert "certain_but_misses" not in {c for c, _ in codes(report, national)}


def test_projections_are_read_like_actuals(national):
    def meets(target, projected, name="培训人次"):
        return monitoring.projection_meets(0, Indicator(name=name, target=target, projected=projected),
                                           national, 2024)
    assert meets("≥600人次", "610人次") is True
    assert meets("≥600人次", "590") is False  # the target's unit carried, as for an actual
    assert meets("≥500元", "0.06万元") is True  # 万元 converted to compare, as for an actual
    assert meets("2024年12月底前", "2024年11月") is True
    assert meets("≤30分钟", "31分钟") is False
    assert meets("≥600人次", "") is None
    assert meets("≥600人次", "610人次", name="指标2") is None  # a template row


def test_a_running_total_cannot_fall_but_a_rate_can(national):
    assert monitoring.to_date_above_projection(Indicator(to_date="320人次", projected="300人次"))
    assert not monitoring.to_date_above_projection(Indicator(to_date="96%", projected="95%"))
    assert not monitoring.to_date_above_projection(Indicator(to_date="29分钟", projected="28分钟"))
    assert not monitoring.to_date_above_projection(Indicator(to_date="0.02万元", projected="300元"))
    assert monitoring.to_date_above_projection(Indicator(to_date="0.04万元", projected="300元"))


def test_the_template_rows_of_a_monitoring_form_are_placeholders(national):
    report = clean_report(national)
    PLACEHOLDER_ON_MONITORING(report)
    report.indicators[4].likelihood = "有可能"
    assert codes(report, national) == [("placeholder_row", "indicators[4].name")]


@pytest.mark.parametrize(("end", "progress"), [
    ("2024-06-30", D(50)), ("2024-07-31", D(7) * 100 / 12), ("2024-09-30", D(75)),
    ("2024-07-15", (D(6) + D(15) / 31) * 100 / 12),
])
def test_time_progress_is_the_months_gone_over_twelve(national, end, progress):
    report = report_from_document(monitoring_document())
    report.period_end = end
    assert monitoring.time_progress(report, national) == progress


def test_the_period_defaults_to_the_profile_s(library):
    report = report_from_document(monitoring_document())
    report.period_end = None
    assert monitoring.time_progress(report, library.get("national-2020")) == D(7) * 100 / 12
    assert monitoring.time_progress(report, library.get("hubei-huangshi-2019")) == D(50)


def test_execution_is_measured_against_the_adjusted_budget_else_the_initial(national):
    report = report_from_document(monitoring_document())
    done = monitoring.execution(report, national)
    assert (done.budget, done.rate, done.projected_rate) == (D(100), D(30), D(95))
    report.funds.rows[0].adjusted = None
    assert monitoring.execution(report, national).rate == D(25)


def test_the_hubei_form_asks_for_causes_and_measures_once(library):
    hubei = library.get("hubei-huangshi-2019")
    report = report_from_document(hubei_monitoring())
    assert codes(report, hubei) == []  # 市民满意度 不可能: the form's 原因分析 and 举措 are given
    report.causes_text, report.measures = "", ""
    assert codes(report, hubei) == [("at_risk_without_cause", "causes_text"),
                                    ("at_risk_without_remarks", "measures")]
    # no 全年预计完成情况 on this form: nothing is held against a projection
    report.indicators[0].projected = "100万平方米"
    assert "certain_but_misses" not in {c for c, _ in codes(report, hubei)}


def test_the_same_form_under_the_central_template_asks_in_the_row(national):
    report = report_from_document(hubei_monitoring())
    report.profile = "national-2020"
    assert ("at_risk_without_cause", "indicators[2].causes") in codes(report, national)


def test_execution_lag_by_a_vendor_s_ratio(national):
    import dataclasses

    vendor = dataclasses.replace(national, monitoring=dataclasses.replace(
        national.monitoring, lag_form="ratio", lag_threshold=D(85)))
    report = report_from_document(monitoring_document())
    # 49 % is 9.3 points behind 58.33 %, and 84 % of it
    report.funds.rows[0].executed_to_date = D(49)
    assert ("execution_lags", "funds.rows[0].executed_to_date") in codes(report, vendor)
    assert ("execution_lags", "funds.rows[0].executed_to_date") not in codes(report, national)


def test_a_report_made_another_form_is_checked_anew(national):
    from perfeval_gui.core.changes import Change
    from perfeval_gui.core.checks import flatten, recheck

    report = clean_report(national)
    report.indicators[0].weight = D(35)  # weights_sum on the self-evaluation
    first = recheck(report, national)
    assert "weights_sum" in {f.code for f in flatten(first)}
    as_monitoring(report)
    again = recheck(report, national, change=Change(fields=frozenset(["form"])), previous=first)
    assert flatten(again) == []
