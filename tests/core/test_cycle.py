"""One project through its year: declaration → monitoring → self-evaluation keeps every
indicator and target (nothing retyped), links the forms by one project key, shows a target
changed on the way and asks for its reason, and keeps the mid-year figures as hints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from perfeval_gui.core import cycle
from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.interchange import report_from_document, report_to_document, report_to_json
from perfeval_gui.store.repository import ReportStore

from ..cycle_documents import declaration, monitoring

ROW_KEYS = ("level1", "level2", "name", "target")


def rows(report):
    return [tuple(getattr(row, k) for k in ROW_KEYS) for row in report.indicators]


def through_json(report):
    return report_from_document(report_to_document(report))


def test_the_chain_keeps_every_indicator_and_target(national):
    declared = report_from_document(declaration())
    mid_year = through_json(cycle.monitoring_from(declared, date(2024, 7, 31)))
    assert mid_year.form == "monitoring" and mid_year.period_end == "2024-07-31"
    assert rows(mid_year) == rows(declared)
    assert [r.declared_target for r in mid_year.indicators] == [r.target for r in declared.indicators]
    for row, (so_far, projected) in zip(mid_year.indicators, (
            ("320人次", "610人次"), ("", ""), ("2项", "5项"), ("93%", "92%")), strict=True):
        row.to_date, row.projected, row.likelihood = so_far, projected, "确定能"
    after = through_json(cycle.self_evaluation_from(through_json(mid_year)))
    assert after.form == "self_evaluation" and after.year == 2024
    assert rows(after) == rows(declared)
    assert [r.declared_target for r in after.indicators] == [r.target for r in declared.indicators]
    # the mid-year figures are the self-evaluation's hints; its actuals are the user's to write
    assert [(r.to_date, r.projected, r.likelihood) for r in after.indicators][::2] == [
        ("320人次", "610人次", "确定能"), ("2项", "5项", "确定能")]
    assert all(r.actual == "" and r.score is None for r in after.indicators)
    assert declared.project_key == mid_year.project_key == after.project_key == "3f2a9c1d7b04"
    assert after.project == declared.project and after.goal.expected == declared.goal.expected


def test_a_declaration_s_requested_amount_starts_the_budget():
    mid_year = cycle.monitoring_from(report_from_document(declaration()))
    assert [(r.label, r.initial) for r in mid_year.funds.rows] == [
        ("年度资金总额", Decimal(120)), ("财政拨款", Decimal(100))]
    assert mid_year.period_end is None  # the profile's default end (7-31) applies


def test_a_target_changed_mid_year_is_shown_and_asks_for_its_reason(national):
    mid_year = cycle.monitoring_from(report_from_document(declaration()))
    mid_year.indicators[0].target = "≥500人次"
    assert cycle.changed_targets(mid_year) == [0]
    found = [(f.code, f.where) for f in run_checks(mid_year, national)]
    assert ("target_changed_unexplained", "indicators[0].target_reason") in found
    mid_year.indicators[0].target_reason = "县级配套资金削减"
    after = cycle.self_evaluation_from(mid_year)
    assert after.indicators[0].declared_target == "≥600人次"
    assert after.indicators[0].target_reason == "县级配套资金削减"
    assert "target_changed_unexplained" not in {f.code for f in run_checks(after, national)}


def test_a_self_evaluation_keeps_the_monitoring_form_s_weights_where_given():
    mid_year = report_from_document(monitoring())
    mid_year.indicators[0].weight = Decimal(20)
    after = cycle.self_evaluation_from(mid_year)
    assert [r.weight for r in after.indicators] == [Decimal(20), Decimal(0), Decimal(0)]
    assert after.indicators[2].declared_target == "≥85%"  # carried, not replaced by the changed target


def test_a_project_without_a_key_gets_one_its_later_forms_share():
    document = declaration()
    del document["project_key"]
    declared = report_from_document(document)
    mid_year = cycle.monitoring_from(declared)
    assert declared.project_key and mid_year.project_key == declared.project_key


def test_last_year_s_self_evaluation_starts_next_year_s_monitoring():
    mid_year = report_from_document(monitoring())
    last_year = cycle.self_evaluation_from(mid_year)
    nxt = cycle.monitoring_from(last_year)
    assert nxt.year == 2025 and rows(nxt) == rows(last_year)
    assert all(r.initial is None for r in nxt.funds.rows)  # last year's budget is not this year's


def test_the_chain_goes_through_the_store_unchanged(tmp_path):
    declared = report_from_document(declaration())
    mid_year = cycle.monitoring_from(declared, date(2024, 7, 31))
    after = cycle.self_evaluation_from(mid_year)
    with ReportStore(tmp_path / "s.sqlite") as store:
        ids = [store.create(r) for r in (declared, mid_year, after)]
        for report_id, report in zip(ids, (declared, mid_year, after), strict=True):
            assert report_to_json(store.load(report_id)) == report_to_json(report)


def test_next_year_s_report_starts_without_last_year_s_mid_year_hints():
    from perfeval_gui.core.next_year import next_year_report

    declared = report_from_document(declaration())
    mid_year = cycle.monitoring_from(declared, date(2024, 7, 31))
    for row in mid_year.indicators:
        row.to_date, row.projected, row.likelihood, row.remarks = "1次", "2次", "有可能", "加快进度"
        row.causes = {"经费保障": "资金未到位"}
    after = cycle.self_evaluation_from(mid_year)
    after.funds.rows[0].executed_to_date = Decimal(30)
    new = next_year_report(after, 2025).report
    assert all((r.to_date, r.projected, r.likelihood, r.remarks, r.causes, r.declared_target)
               == ("", "", None, "", {}, None) for r in new.indicators)
    assert all(r.executed_to_date is None and r.projected is None and r.requested is None
               for r in new.funds.rows)
    # the indicators and their targets are carried (the targets' years moved on)
    assert [r[:3] for r in rows(new)] == [r[:3] for r in rows(after)]
    assert [r.target for r in new.indicators][1] == "2025年12月底前"


def test_a_monitoring_form_and_a_declaration_have_no_total_or_grade_in_a_summary(national):
    from perfeval_gui.core.summary import figures_of

    declared = report_from_document(declaration())
    mid_year = cycle.monitoring_from(declared, date(2024, 7, 31))
    # weights carried and a figure typed where the 自评表 would take it: still no points
    mid_year.indicators[0].weight, mid_year.indicators[0].actual = Decimal(20), "320人次"
    mid_year.funds.rows[0].executed = Decimal(30)
    for report in (declared, mid_year):
        figures = figures_of(report, national)
        assert (figures.total, figures.rule_total, figures.grade) == (None, None, None), report.form
