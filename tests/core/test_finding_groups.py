"""Same-kind findings under one heading with their count; unscorable ones by their reason."""

from __future__ import annotations

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.checks.base import Finding
from perfeval_gui.core.finding_groups import group_findings, subject
from perfeval_gui.core.messages import Message


def test_empty_actuals_are_one_group_named_by_count_each_line_by_its_indicator(seed_report, library):
    for indicator in seed_report.indicators:
        indicator.actual = ""
    findings = run_checks(seed_report, library.get(seed_report.profile))
    groups = group_findings(findings)
    empty = next(g for g in groups if g.reason == "score.actual_empty")
    n = len(seed_report.indicators)
    assert empty.heading.text("zh") == f"{n} 项指标尚未填写实际完成值"
    assert empty.heading.text("en") == f"{n} indicators have no actual value yet"
    assert [subject(seed_report, f.where) for f in empty.findings] == [
        f"{k + 1}. {ind.name}" for k, ind in enumerate(seed_report.indicators)]
    assert sum(len(g.findings) for g in groups) == len(findings)


def test_a_code_without_a_short_name_is_headed_by_its_first_message():
    message = Message("check.missing_team")
    group = group_findings([Finding("new_code", "warning", "", message)] * 2)[0]
    assert group.heading.text("zh") == "2 处：未填写自评小组成员"
