"""One-click fixes: each repair, made on the report its finding came from, makes that finding
go and brings no new one; findings whose repair needs judgement have none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.fixes import FIXABLE, fix_for, standard_group_rows
from perfeval_gui.core.scoring import score_report

from ..finding_cases import case_reports


def findings_of(report, profile):
    return run_checks(report, profile, score_report(report, profile))


@pytest.fixture
def national(library):
    return library.get("national-2020")


@pytest.mark.parametrize("code", sorted(FIXABLE))
def test_each_fix_repairs_its_finding_and_nothing_else_appears(code, national):
    report = dict(case_reports(national))[code]
    before = findings_of(report, national)
    (finding,) = [f for f in before if f.code == code]
    fix = fix_for(finding, report, national, score_report(report, national))
    assert fix is not None, code
    fix.apply_to(report)
    after = findings_of(report, national)
    assert code not in {f.code for f in after}
    new = {(f.code, f.where) for f in after} - {(f.code, f.where) for f in before}
    if code == "missing_group":  # the added rows are there to be filled in: they say so
        added = {i for i, ind in enumerate(report.indicators) if ind.level1 == "效益指标"}
        new = {(c, w) for c, w in new
               if not (c in ("unscorable", "placeholder_row") and int(w[11:w.index("]")]) in added)}
        new -= {("group_weight", f"indicators[{min(added)}].level1"), ("text_score", "sections.analysis")}
    assert not new, code


def test_the_fixes_say_what_they_do(national):
    reports = dict(case_reports(national))
    labels = {}
    for code in FIXABLE:
        finding = next(f for f in findings_of(reports[code], national) if f.code == code)
        fix = fix_for(finding, reports[code], national, score_report(reports[code], national))
        labels[code] = fix.label.text("zh")
    assert labels["bare_target"] == "改为“≥90%”"
    assert labels["missing_group"].startswith("添加“效益指标”")
    assert "规则得分" in labels["score_differs"]


def test_a_bare_target_the_actual_fell_short_of_gets_no_fix(national):
    report = dict(case_reports(national))["bare_target"]
    report.indicators[3].actual = "80%"  # below 90%: a ceiling or an exact figure may be meant
    finding = next(f for f in findings_of(report, national) if f.code == "bare_target")
    assert fix_for(finding, report, national, score_report(report, national)) is None


def test_a_missing_group_comes_back_in_the_profiles_place_with_its_usual_rows(national):
    report = dict(case_reports(national))["missing_group"]
    finding = next(f for f in findings_of(report, national) if f.code == "missing_group")
    fix_for(finding, report, national, score_report(report, national)).apply_to(report)
    order = [i.level1 for i in report.indicators]
    groups = list(dict.fromkeys(order))
    assert groups == [g.level1 for g in national.groups]
    added = [i.level2 for i in report.indicators if i.level1 == "效益指标"]
    assert added == list(national.groups[1].level2)


def test_a_one_row_group_carries_the_groups_weight(national):
    (row,) = standard_group_rows(national.groups[2])
    assert row.level1 == "满意度指标" and row.weight == national.groups[2].weight == Decimal(10)
