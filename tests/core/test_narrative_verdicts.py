"""The narrative held to the table beyond its figures (issue 23.3): the verdicts it gives each
indicator, the grade, the rules' total and the funds table's amounts — true sentences pass,
planted falsehoods are found — and a draft's sentence gone stale is redrafted in one click."""

from __future__ import annotations

import copy

import pytest

from perfeval_gui.core.checks import ERROR, WARNING, run_checks
from perfeval_gui.core.fixes import fix_for
from perfeval_gui.core.narrative import draft_analysis, draft_problems
from perfeval_gui.core.scoring import score_report
from perfeval_gui.core.values import parse_value


def text_findings(report, profile):
    return [f for f in run_checks(report, profile) if f.code.startswith("text_")]


def with_analysis(seed_report, body):
    report = copy.deepcopy(seed_report)
    report.sections.analysis = body
    return report


# the seed: 值班在位率 ≥98% → 100% (met), 信访人滞留率 ≤15% → 17% (not met), 总分 85 (良),
# rules 93.82, 5 万元 budgeted and spent
TRUE = [
    "值班在位率年度指标值≥98%，实际完成100%，达到年度指标值，得 10 分。",
    "信访人滞留率年度指标值≤15%，实际完成17%，未达到年度指标值，得 5 分。",
    "重大敏感时期值班次数超额完成年度目标。",
    "信访人滞留率基本完成年度目标。",  # graded: no verdict either way
    "下一步确保信访人滞留率达到年度指标值。",  # a plan
    "信访人滞留率未达到设计标准的原因是群众诉求复杂。",  # the shortfall of something else
    "各项指标均已完成。",  # no one indicator
    "综上，该项目自评总分 85 分，评价等级为“良”；按评分规则计算为 93.82 分。",
    "上年评价等级为“优”。",  # last year's
    "该局被评为“优秀”单位。",  # a prize, not the grade
    "防汛风险等级为中。",  # another grade
    "群众对服务的评价为优。",  # the people's opinion
    "2023年该项目预算资金5万元，实际支出5万元，预算执行率 100%。",
    "维稳支出实际支出5万元。",
    "信访人满意度自评得分 20 分。",
    "信访人滞留率完成年度目标的88%。",  # a share of the target, no verdict
    "信访人滞留率未完成的原因是老户长期滞留。",
]
FALSE = [
    # (sentence, code, severity)
    ("值班在位率年度指标值≥98%，实际完成100%，未达到年度指标值，得 10 分。", "text_verdict", ERROR),
    ("信访人滞留率年度指标值≤15%，实际完成17%，达到年度指标值，得 5 分。", "text_verdict", ERROR),
    ("信访群众滞留时间超额完成年度目标。", "text_verdict", ERROR),
    ("信访人滞留率完成了年度目标任务，群众反映良好。", "text_verdict", ERROR),
    ("值班在位率 100%，未完成。", "text_verdict", ERROR),
    ("综上，该项目自评总分 90 分。", "text_score", ERROR),
    ("综上，项目自评得分 88 分。", "text_score", ERROR),
    ("评价等级为“优”。", "text_grade", ERROR),
    ("综上，该项目评为良好以上，自评等级为优秀。", "text_grade", ERROR),
    ("按评分规则计算为 86.22 分。", "text_score", ERROR),
    ("预算执行率 95%。", "text_figure", ERROR),
    ("全年执行数4万元。", "text_figure", ERROR),
    ("2023年该项目预算资金6万元。", "text_figure", ERROR),
    ("年初预算数50000元，全年执行数50000元，执行数为 4.5 万元。", "text_figure", ERROR),
    ("信访人满意度自评得分 18 分。", "text_score", ERROR),
]


@pytest.mark.parametrize("sentence", TRUE)
def test_a_true_sentence_gives_no_error_and_no_verdict(seed_report, national, sentence):
    found = text_findings(with_analysis(seed_report, sentence), national)
    assert [f.message.text() for f in found
            if f.severity == ERROR or f.code in ("text_verdict", "text_grade")] == []


@pytest.mark.parametrize(("sentence", "code", "severity"), FALSE)
def test_a_planted_falsehood_is_found_naming_the_sentence(seed_report, national, sentence, code,
                                                          severity):
    found = text_findings(with_analysis(seed_report, sentence), national)
    assert [(f.code, f.severity) for f in found] == [(code, severity)]
    assert found[0].message.params["quote"] in sentence


def test_the_verdict_finding_gives_the_tables_figures_now(seed_report, national):
    report = with_analysis(seed_report, "值班在位率年度指标值98%，实际完成100%，未达到年度指标值。")
    (finding,) = text_findings(report, national)
    assert finding.message.text() == (
        "正文“值班在位率年度指标值98%，实际完成100%，未达到年度指标值”说值班在位率未达到年度指标值，"
        "而表中年度指标值 ≥98%、实际完成 100%，达到年度指标值")


def test_a_beaten_bare_target_is_met_in_the_draft_and_in_the_text(seed_report, national):
    report = copy.deepcopy(seed_report)
    report.indicators[2].target = "98%"  # bare: 100% scores 9.8 by the "equal" rule, yet it is met
    result = score_report(report, national)
    assert "值班在位率年度指标值98%，实际完成100%，达到年度指标值" in draft_analysis(report, result)
    assert "值班在位率" not in draft_problems(report, result)
    report.sections.analysis = "值班在位率年度指标值98%，实际完成100%，未达到年度指标值。"
    assert [(f.code, f.severity) for f in text_findings(report, national)] == [("text_verdict", ERROR)]
    report.sections.analysis = "值班在位率全年保持在100%的较高水平，群众反映良好，但仍未达到年度指标值。"
    assert [(f.code, f.severity) for f in text_findings(report, national)] == [("text_verdict", WARNING)]


def test_the_issues_stale_draft_is_found_and_each_sentence_redrafted_in_one_click(seed_report, national):
    """The draft was made while a target read 98%; then the target became ≥98%."""
    report = copy.deepcopy(seed_report)
    report.indicators[2].target = "98%"
    report.indicators[2].score = None  # the rules' score: 9.8, then 10
    old = draft_analysis(report, score_report(report, national)).replace(
        "实际完成100%，达到年度指标值", "实际完成100%，未达到年度指标值")  # as the old draft said
    report.sections.analysis = old
    report.indicators[2].target = "≥98%"
    result = score_report(report, national)
    found = text_findings(report, national)
    assert {(f.code, f.severity) for f in found} == {("text_verdict", ERROR), ("text_score", ERROR)}
    assert any(f.message.params["table_value"] == "10" for f in found if f.code == "text_score")
    for _ in range(len(found)):  # as the window does: one click, then the findings anew
        found = text_findings(report, national)
        if not found:
            break
        fix = fix_for(found[0], report, national, result)
        assert fix is not None, found[0].message.text()
        fix.apply_to(report)
        result = score_report(report, national)
    assert text_findings(report, national) == []
    assert report.sections.analysis == draft_analysis(report, result)


def test_a_sentence_the_user_wrote_is_not_redrafted(seed_report, national):
    report = with_analysis(seed_report, "值班在位率全年保持100%，未完成。")
    (finding,) = text_findings(report, national)
    assert fix_for(finding, report, national, score_report(report, national)) is None


@pytest.mark.parametrize(("target", "hint", "actual", "full"), [
    ("60日内", "≤ 60 日", "平均45日", True), ("60天内", "≤ 60 天", "60天", True),
    ("60日内", "≤ 60 日", "61日", False), ("15个工作日内", "≤ 15 个工作日", "10个工作日", True)])
def test_n_days_within_is_at_most_n(national, target, hint, actual, full):
    """内 is "no later than" (README §5): 平均45日 against 60日内 scores full, and the target
    is no bare one (its finding advised ≥60日内)."""
    from decimal import Decimal

    from perfeval_gui.core.model import Indicator
    from perfeval_gui.core.scoring import score_indicator

    assert parse_value(target).hint() == hint
    s = score_indicator(0, Indicator(target=target, actual=actual, weight=Decimal(10)), national, 2023)
    assert (s.rule_score == s.weight) is full


def test_a_within_target_asks_for_no_operator(seed_report, national):
    report = copy.deepcopy(seed_report)
    report.indicators[3].target, report.indicators[3].actual = "60日内", "平均45日"
    found = [f for f in run_checks(report, national) if f.where.startswith("indicators[3]")]
    assert "bare_target" not in {f.code for f in found}
    assert score_report(report, national).indicators[3].rule_score == 10


def test_an_over_achievement_the_budget_system_deducts_for_is_still_met(seed_report, budget_system):
    report = with_analysis(seed_report, "重大敏感时期值班次数年度指标值≥2次，实际完成4次，超额完成。")
    s = score_report(report, budget_system).indicators[0]
    assert s.over_achieved and s.rule_score < s.weight  # 2 points off, yet the target was met
    assert text_findings(report, budget_system) == []
    assert "超额完成" in draft_analysis(report, score_report(report, budget_system))


def test_a_falsehood_repeated_in_a_text_is_one_finding(seed_report, national):
    report = with_analysis(seed_report, "值班在位率未达到年度指标值，全年执行数4万元，评价等级为“优”，" * 300)
    assert sorted(f.code for f in text_findings(report, national)) == [
        "text_figure", "text_grade", "text_verdict"]
