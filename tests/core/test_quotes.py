"""A narrative finding points at the words it quotes: the year, the figure after its name,
the foreign name, even when the text writes its digits full-width."""

from __future__ import annotations

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.quotes import quoted_span


def narrative_findings(report, library):
    return [f for f in run_checks(report, library.get(report.profile)) if f.where.startswith("sections.")]


def test_each_narrative_finding_of_the_seed_selects_words_its_message_quotes(seed_report, library):
    findings = narrative_findings(seed_report, library)
    assert findings
    for finding in findings:
        body = seed_report.sections.get(finding.where.split(".")[1])
        span = quoted_span(finding, body)
        assert span is not None, finding
        words = body[span[0]:span[1]]
        assert words and words in finding.message.text("zh"), (words, finding.message.text("zh"))


def test_the_figure_after_its_name_is_chosen_over_an_equal_one_before(seed_report, library):
    finding = next(f for f in narrative_findings(seed_report, library) if f.code == "text_figure")
    value = finding.message.params["text_value"]
    name = finding.message.params["name"]
    body = f"另有指标为{value}。{name}完成{value}。"
    start, _ = quoted_span(finding, body)
    assert start > body.index(name)


def test_a_year_written_full_width_is_found(seed_report, library):
    seed_report.sections.content = "2022年项目顺利实施。"
    finding = next(f for f in narrative_findings(seed_report, library) if f.code == "text_year")
    assert quoted_span(finding, "本项目于２０２２年顺利实施。") == (4, 8)


def test_a_verdict_or_a_grade_selects_the_words_from_the_name_to_the_verdict(seed_report, library):
    body = "2. 值班在位率年度指标值≥98%，实际完成100%，未达到年度指标值。综上，评价等级为“优”。"
    seed_report.sections.analysis = body
    found = {f.code: f for f in narrative_findings(seed_report, library)
             if f.code in ("text_verdict", "text_grade")}
    start, end = quoted_span(found["text_verdict"], body)
    assert body[start:end] == "值班在位率年度指标值≥98%，实际完成100%，未达到年度指标值"
    start, end = quoted_span(found["text_grade"], body)
    assert body[start:end] == "评价等级为“优”"
