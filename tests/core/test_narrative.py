"""Drafts agree with the table by construction, and the narrative checks see every change."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.narrative import draft_analysis, draft_section
from perfeval_gui.core.profiles import ProfileLibrary
from perfeval_gui.core.scoring import score_report

from .reports import random_reports

NATIONAL = ProfileLibrary().get("national-2020")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def text_findings(report):
    return [f for f in run_checks(report, NATIONAL) if f.code.startswith("text_")]


def test_the_seed_analysis_draft_has_the_right_figures(seed_report, national):
    result = score_report(seed_report, national)
    draft = draft_analysis(seed_report, result)
    assert "总分 85 分" in draft and "“良”" in draft
    assert "产出指标方面 50 分，得 35 分" in draft
    assert "效益指标方面 20 分，得 20 分" in draft and "满意度指标方面 20 分，得 20 分" in draft
    assert "工会" not in draft and "97%" in draft
    seed_report.sections.analysis = draft
    assert [f for f in run_checks(seed_report, national) if f.where == "sections.analysis"] == []


def test_drafts_for_every_section_of_the_seed_agree_with_its_table(seed_report, national):
    result = score_report(seed_report, national)
    for key in ("basic_info", "content", "analysis", "problems"):
        setattr(seed_report.sections, key, draft_section(key, seed_report, result))
    assert [f.code for f in run_checks(seed_report, national) if f.where.startswith("sections")] == []
    assert draft_section("measures", seed_report, result) is None


@SETTINGS
@given(random_reports(NATIONAL))
def test_drafted_narratives_of_random_reports_contradict_nothing(report):
    assert text_findings(report) == []


@SETTINGS
@given(random_reports(NATIONAL), st.data())
def test_changing_one_figure_in_the_text_is_found_at_its_field(report, data):
    analysis = report.sections.analysis
    k = data.draw(st.integers(min_value=0, max_value=len(report.indicators) - 1))
    indicator = report.indicators[k]
    quoted = f"{indicator.name}年度指标值{indicator.target}，实际完成{indicator.actual}"
    assert quoted in analysis
    number = int(re.match(r"\d+", indicator.actual).group(0))
    wrong = indicator.actual.replace(str(number), str(number + 7), 1)
    report.sections.analysis = analysis.replace(
        quoted, f"{indicator.name}年度指标值{indicator.target}，实际完成{wrong}", 1)
    found = text_findings(report)
    assert [(f.code, f.where) for f in found] == [("text_figure", "sections.analysis")]
    assert indicator.name in found[0].message.text("zh")


@SETTINGS
@given(random_reports(NATIONAL), st.integers(min_value=1990, max_value=2016))
def test_changing_the_year_in_the_text_is_found(report, other_year):
    content = report.sections.content
    assert f"{report.year}年" in content
    report.sections.content = content.replace(f"{report.year}年", f"{other_year}年", 1)
    assert [(f.code, f.where) for f in text_findings(report)] == [("text_year", "sections.content")]


@SETTINGS
@given(random_reports(NATIONAL), st.data())
def test_a_name_copied_from_another_report_is_found(report, data):
    ratios = [i for i in report.indicators if i.name.endswith("率") and i.actual.endswith("%")]
    if not ratios:
        return
    indicator = data.draw(st.sampled_from(ratios))
    report.sections.analysis = report.sections.analysis.replace(
        f"{indicator.name}年度指标值", "职工参加工会入会率年度指标值", 1)
    found = text_findings(report)
    assert [(f.code, f.where) for f in found] == [("text_foreign_indicator", "sections.analysis")]
    assert "职工参加工会入会率" in found[0].message.text("zh")


@SETTINGS
@given(random_reports(NATIONAL), st.data())
def test_a_group_score_changed_in_the_text_is_found(report, data):
    result = score_report(report, NATIONAL)
    group = data.draw(st.sampled_from(result.groups))
    from perfeval_gui.core.figures import figure_text

    said = f"{group.level1}方面 {figure_text(group.weight)} 分，得 {figure_text(group.score)} 分"
    assert said in report.sections.analysis
    wrong = f"{group.level1}方面 {figure_text(group.weight)} 分，得 {figure_text(group.score + 3)} 分"
    report.sections.analysis = report.sections.analysis.replace(said, wrong, 1)
    assert [(f.code, f.where) for f in text_findings(report)] == [("text_score", "sections.analysis")]
