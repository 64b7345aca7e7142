"""The 汇总 of a year's monitoring forms: each project's 执行率 against the time progress, the
lag verdict by its profile's rule, its at-risk indicators; one period chosen (or each
project's latest); the totals — every figure here computed by hand from tests/cycle_documents."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.messages import UserError
from perfeval_gui.core.monitoring_summary import (
    NOT_MONITORING,
    for_period,
    monitoring_row,
    monitoring_totals,
    periods,
    row_document,
    totals_document,
)
from perfeval_gui.core.profiles import default_library

from ..cycle_documents import declaration, hubei_monitoring, monitoring

D = Decimal


def line(document, source="m.json"):
    report = report_from_document(document)
    return monitoring_row(source, report, default_library().get(report.profile))


def test_a_lagging_project_with_an_indicator_at_risk():
    """调整后预算 100, 1–7 月执行 30: 执行率 30 %, time progress 7/12 = 58.33 %, 28.33 points
    behind (more than the central template's 10): lags. 推广实用技术 says 有可能 and its
    projection (4 项) misses ≥5项."""
    row = line(monitoring())
    assert (row.budget, row.executed_to_date, row.projected) == (D(100), D(30), D(95))
    assert row.rate == D(30) and row.projected_rate == D(95)
    assert row.period_end == date(2024, 7, 31)
    assert row.time_progress == D(7) * 100 / 12
    assert round(row.gap, 2) == D("-28.33")
    assert row.lags and row.flagged
    assert [(r.index, r.name, r.likelihood, r.target, r.projected, r.remarks) for r in row.at_risk] == [
        (1, "推广实用技术", "有可能", "≥5项", "4项", "下半年集中推广")]
    # its 偏差原因 as the paper cell prints it: each ticked category with its words
    assert [r.causes for r in row.at_risk] == ["经费保障：资金 6 月才下达\n其他：天气"]
    assert (row.possible, row.impossible, row.misses) == (1, 0, 1)
    assert (row.errors, row.warnings) == (0, 1)  # execution_lags


def test_the_hubei_form_by_its_own_profile():
    """年初预算数 800 (no adjusted budget), 1–6 月 410: 51.25 % against 50 %: ahead, no lag.
    不可能 is read as 完全不可能; the form has no projection per row: nothing can miss."""
    row = line(hubei_monitoring())
    assert row.rate == D("51.25") and row.time_progress == D(50) and row.gap == D("1.25")
    assert not row.lags
    assert [(r.name, r.likelihood) for r in row.at_risk] == [("市民满意度", "完全不可能")]
    assert (row.possible, row.impossible, row.misses) == (0, 1, 0)
    # causes once per form: each row at risk has the form's 偏差原因分析
    assert [r.causes for r in row.at_risk] == ["投入保障：环卫车辆更新资金未到位"]


def test_a_row_s_words_tied_to_no_category_are_its_causes_too():
    document = monitoring()
    document["indicators"][1]["causes"] = {"人员保障": ""}
    document["indicators"][1]["cause_text"] = "培训老师 5 月调离"
    assert [r.causes for r in line(document).at_risk] == ["人员保障\n培训老师 5 月调离"]


def test_the_lag_follows_the_profile_s_rule_not_a_fixed_ten_points():
    """As a ratio to time progress (vendor systems: below 60 % red): 30 / 58.33 = 51 % lags,
    40 / 58.33 = 69 % does not — though 18.33 points behind lags by the central rule."""
    report = report_from_document(monitoring())
    central = default_library().get(report.profile)
    ratio = dataclasses.replace(central, monitoring=dataclasses.replace(
        central.monitoring, lag_form="ratio", lag_threshold=D(60)))
    assert monitoring_row(1, report, ratio).lags
    report.funds.total_row.executed_to_date = D(40)
    assert not monitoring_row(1, report, ratio).lags
    assert monitoring_row(1, report, central).lags


def test_totals_of_two_periods_sum_and_count_but_name_no_common_period():
    rows = [line(monitoring()), line(hubei_monitoring(), "h.json")]
    totals = monitoring_totals(rows, skipped=1)
    assert (totals.reports, totals.skipped) == (2, 1)
    assert (totals.budget, totals.executed_to_date, totals.projected) == (D(900), D(440), D(885))
    assert totals.rate == D(440) * 100 / D(900)  # 48.89 %: the rate of the sums
    assert totals.period_end is None and totals.time_progress is None
    assert (totals.lagging, totals.at_risk_projects) == (1, 2)
    assert (totals.possible, totals.impossible, totals.misses) == (1, 1, 1)


def test_a_line_without_its_figure_to_date_does_not_count_as_nothing_executed():
    partial = monitoring()
    partial["project_key"] = "other"
    del partial["funds"]["rows"][0]["executed_to_date"]
    rows = [line(monitoring()), line(partial, "p.json")]
    assert rows[1].rate is None and not rows[1].lags
    totals = monitoring_totals(rows)
    assert totals.budget == D(200) and totals.rate == D(30)  # 30 of the rated 100, not of 200
    assert totals.period_end == date(2024, 7, 31) and totals.time_progress == D(7) * 100 / 12


def _june(document):
    document["period_end"] = "2024-06-30"
    document["funds"]["rows"][0]["executed_to_date"] = "20"
    return document


def test_each_project_s_latest_form_or_the_period_chosen():
    """One project monitored at 6-30 and 7-31, another at 6-30 only, a third (by name, no key)."""
    other = _june(monitoring())
    other["project_key"] = "road"
    other["project"]["name"] = "乡村道路养护"
    unkeyed = hubei_monitoring()
    del unkeyed["project_key"]
    rows = [line(_june(monitoring()), "a"), line(monitoring(), "b"), line(other, "c"),
            line(unkeyed, "d")]
    assert periods(rows) == [date(2024, 7, 31), date(2024, 6, 30), date(2019, 6, 30)]
    assert [r.source for r in for_period(rows)] == ["b", "c", "d"]
    assert [r.source for r in for_period(rows, date(2024, 6, 30))] == ["a", "c"]
    assert for_period(rows, date(2024, 9, 30)) == []
    assert line(monitoring()).project_id == "key:3f2a9c1d7b04"
    assert rows[3].project_id == "name:黄石市城市管理执法委员会|城区环境卫生整治"


def test_two_forms_of_one_project_and_period_the_later_stands():
    first, second = monitoring(), monitoring()
    second["funds"]["rows"][0]["executed_to_date"] = "50"
    chosen = for_period([line(first, 1), line(second, 2)])
    assert [(r.source, r.rate) for r in chosen] == [(2, D(50))]


@pytest.mark.parametrize("document", [declaration, lambda: {**monitoring(), "form": "self_evaluation",
                                                              "period_end": None}])
def test_another_form_has_no_line(document):
    with pytest.raises(UserError) as refused:
        line(document())
    assert refused.value.where == "form" and refused.value.message.code == NOT_MONITORING


def test_the_documents_carry_the_figures_rounded_and_the_at_risk_rows_whole():
    row = line(monitoring())
    doc = row_document(row)
    assert doc["form"] == "monitoring" and doc["period_end"] == "2024-07-31"
    assert (doc["rate"], doc["time_progress"], doc["gap"], doc["lags"]) == (30.0, 58.33, -28.33, True)
    assert (doc["budget"], doc["executed_to_date"], doc["projected"]) == ("100", "30", "95")
    assert doc["at_risk"][0]["likelihood"] == "有可能" and doc["projection_misses"] == 1
    assert doc["at_risk"][0]["causes"] == "经费保障：资金 6 月才下达\n其他：天气"
    totals = totals_document(monitoring_totals([row]))["totals"]
    assert totals["period_end"] == "2024-07-31" and totals["rate"] == 30.0 and totals["lagging"] == 1
