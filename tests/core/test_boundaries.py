"""Every threshold of the rules at its edge, through score_report and run_checks only: the
test says what the user sees on each side, never how the rule is computed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.figures import round2
from perfeval_gui.core.model import FundRow, Indicator, Report
from perfeval_gui.core.scoring import score_report

from .reports import clean_report

D = Decimal


def report_of(*indicators: Indicator, executed: str = "100", budget: str = "100",
              funds_score: str | None = None, year: int = 2023) -> Report:
    report = Report(year=year)
    report.funds.rows = [FundRow(label="年度资金总额", initial=D(budget), executed=D(executed))]
    report.funds.score = None if funds_score is None else D(funds_score)
    report.indicators = list(indicators)
    return report


def single(target: str, actual: str, profile, weight: str = "90", year: int = 2023):
    report = report_of(Indicator(level1="产出指标", target=target, actual=actual, weight=D(weight)),
                       year=year)
    return score_report(report, profile).indicators[0]


def found(report, profile, code: str) -> list[str]:
    return [f.where for f in run_checks(report, profile) if f.code == code]


# ------------------------------------------------------------------- over-achievement at 130 %


@pytest.mark.parametrize(
    ("target", "actual", "over"),
    [("≥10次", "13次", True), ("≥10次", "12.99次", False), ("≥100%", "130%", True),
     ("≥100%", "129.99%", False), (">10次", "13次", True), ("≥5万元", "65000元", True),
     ("≥5万元", "64999元", False)],
)
def test_over_achievement_starts_at_exactly_130_percent(national, budget_system, target, actual, over):
    assert single(target, actual, national).over_achieved is over
    report = clean_report(national)
    report.indicators[0].target, report.indicators[0].actual = target, actual
    assert found(report, national, "over_achieved") == (["indicators[0].deviation"] if over else [])
    # the budget system takes 2 points off exactly from the threshold on, explained or not
    report.indicators[0].deviation = "上级追加任务"
    rule = score_report(report, budget_system).indicators[0].rule_score
    assert rule == (28 if over else 30)
    assert found(report, national, "over_achieved") == []


@pytest.mark.parametrize(("target", "actual"), [("≤10次", "13次"), ("≤10%", "20%"), ("=10次", "13次")])
def test_only_positive_indicators_over_achieve(national, budget_system, target, actual):
    assert not single(target, actual, national).over_achieved
    assert not single(target, actual, budget_system).over_achieved


def test_a_bare_count_far_beaten_is_asked_about_but_loses_nothing(national, budget_system):
    """A bare 10次 beaten is read as a minimum (domain §7): 130 % of it asks why, as for ≥;
    the deduction is for targets written as a minimum only."""
    assert single("10次", "13次", national).over_achieved
    assert not single("10次", "12.9次", national).over_achieved
    assert single("10次", "13次", budget_system).rule_score == single("10次", "13次", national).rule_score


def test_the_deduction_never_takes_a_score_below_zero(budget_system):
    assert single("≥1次", "3次", budget_system, weight="1.5").rule_score == 0
    assert single("≥1次", "3次", budget_system, weight="2").rule_score == 0
    assert single("≥1次", "3次", budget_system, weight="2.5").rule_score == D("0.5")


# -------------------------------------------------------------------------- ratio formulas


@pytest.mark.parametrize(
    ("target", "actual", "rule"),
    [("≥10次", "10次", "90"), ("≥10次", "9.99次", "89.91"), ("≥10次", "0次", "0"),
     ("≤10次", "10次", "90"), ("≤10次", "10.01次", "89.91"), ("≤0次", "0次", "90"),
     ("10次", "10次", "90"), ("10次", "9.99次", "89.91"), ("10次", "10.01次", "89.91"),
     ("0次", "0次", "90"), ("0次", "0.01次", "0"), ("<10次", "10次", "90"), (">10次", "10次", "90")],
)
def test_each_formula_at_the_target_and_a_hair_beside_it(national, target, actual, rule):
    assert round2(single(target, actual, national).rule_score) == D(rule)


def test_the_vendor_formula_at_the_target_and_at_double(national):
    from dataclasses import replace

    vendor = replace(national, negative="linear_to_zero_at_double")
    assert single("≤10次", "10次", vendor).rule_score == 90
    assert single("≤10次", "12次", vendor).rule_score == 72  # 90 × (1 − 2/10)
    assert single("≤10次", "20次", vendor).rule_score == 0
    assert single("≤0次", "0次", vendor).rule_score == 90
    assert single("≤0次", "1次", vendor).rule_score == 0


# ------------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("year", "target", "on_the_day", "a_day_late"),
    [
        (2023, "12月31日前", "12月31日", "2024年1月1日"),
        (2023, "6月30日之前", "6月30日", "7月1日"),
        (2024, "2024年11月30日前", "11月30日", "2024年12月1日"),
        (2023, "11月底完成", "2023年11月30日", "12月1日"),
        (2023, "12月底之前完成", "12月31日", "2024年1月1日"),
        (2023, "2023年12月完成", "12月31日", "2024年1月1日"),
        (2024, "2月底", "2月29日", "3月1日"),
        (2023, "2月底", "2月28日", "3月1日"),
        (2023, "1-12月", "12月31日", "2024年1月1日"),
        (2023, "全年", "12月31日", "2024年1月1日"),
        (2023, "上半年", "6月30日", "7月1日"),
        (2023, "第一季度", "3月31日", "4月1日"),
    ],
)
def test_a_deadline_is_met_on_its_day_and_missed_the_day_after(
        national, year, target, on_the_day, a_day_late):
    met = single(target, on_the_day, national, year=year)
    late = single(target, a_day_late, national, year=year)
    assert (met.kind, met.rule_score) == ("deadline", 90), met.reasons
    assert (late.kind, late.rule_score) == ("deadline", 0), late.reasons


def test_a_deadline_met_early_scores_in_full_and_a_year_early_too(national):
    assert single("12月31日前", "3月1日", national).rule_score == 90
    assert single("2023年12月31日前", "2022年12月31日", national).rule_score == 90
    assert single("6月30日前", "2022年7月1日", national).rule_score == 90


def test_a_deadline_actual_that_is_neither_a_date_nor_done_says_why(national):
    for actual in ("部分完成", "95%", "效果明显"):
        s = single("12月31日前", actual, national)
        assert s.kind == "unscorable" and s.reasons[0].code == "score.deadline_actual"


# ---------------------------------------------------------------- execution rate: 90 % and caps


@pytest.mark.parametrize(("executed", "finding"), [("90", False), ("89.99", True), ("100", False)])
def test_a_rate_below_90_percent_asks_for_a_reason_and_90_does_not(national, executed, finding):
    report = clean_report(national)
    report.funds.rows[0].executed = D(executed)
    report.funds.rows[1].executed = D(executed) - 20
    assert found(report, national, "low_execution_unexplained") == (
        ["sections.fund_adjustment"] if finding else [])
    report.sections.fund_adjustment = "因部分工程延期，资金结转下年。"
    assert found(report, national, "low_execution_unexplained") == []


def test_a_low_rate_explained_in_the_analysis_needs_no_adjustment_text(national):
    report = clean_report(national)
    report.funds.rows[0].executed = D(80)
    report.funds.rows[1].executed = D(60)
    report.sections.analysis = "预算执行率80%，主要原因是工程款尚未结算。"
    assert found(report, national, "low_execution_unexplained") == []
    report.sections.analysis = "预算执行率80%。"
    assert found(report, national, "low_execution_unexplained") == ["sections.fund_adjustment"]
    report.sections.analysis = "工程款尚未结算的原因是验收推迟。"
    assert found(report, national, "low_execution_unexplained") == ["sections.fund_adjustment"]


@pytest.mark.parametrize(
    ("executed", "cap"),
    [("80", None), ("79.99", 89), ("70", 89), ("69.99", 79), ("60", 79), ("59.99", 69), ("50", 69),
     ("49.99", 59), ("0", 59), ("100", None), ("120", None)],
)
def test_each_cap_step_starts_exactly_below_its_rate(budget_system, national, executed, cap):
    report = report_of(Indicator(level1="产出指标", target="≥1次", actual="1次", weight=D(90)),
                       executed=executed, funds_score="10")
    result = score_report(report, budget_system)
    assert result.cap == cap
    if cap is None:
        assert (result.total, result.capped) == (100, False)
        assert found(report, budget_system, "total_above_cap") == []
    else:
        assert (result.total, result.rule_total, result.capped) == (cap, cap, True)
        assert result.reasons[-1].code == "score.capped"
        rate = f"{D(executed).normalize():f}"
        assert result.reasons[-1].text("zh") == f"预算执行率为 {rate}%，总分封顶 {cap} 分"
        assert found(report, budget_system, "total_above_cap") == ["funds.score"]
    assert score_report(report, national).cap is None


def test_a_total_at_the_cap_is_not_above_it(budget_system):
    # rule: 7.5 + 81 = 88.5; entered: 8 + 81 = 89, the cap of a 75 % rate
    report = report_of(Indicator(level1="产出指标", target="≥1次", actual="0.9次", weight=D(90),
                                 score=D(81)), executed="75", funds_score="8")
    result = score_report(report, budget_system)
    assert (result.total, result.cap, result.capped) == (89, 89, False)
    assert found(report, budget_system, "total_above_cap") == []
    report.funds.score = D("8.01")
    assert found(report, budget_system, "total_above_cap") == ["funds.score"]


def test_a_rule_total_above_the_cap_is_capped_and_said_though_the_entered_one_is_not(budget_system):
    report = report_of(Indicator(level1="产出指标", target="≥1次", actual="1次", weight=D(90),
                                 score=D(70)), executed="75", funds_score="7")
    result = score_report(report, budget_system)
    assert (result.total, result.rule_total, result.capped) == (77, 89, True)
    assert [m.code for m in result.reasons] == ["score.capped"]
    assert found(report, budget_system, "total_above_cap") == []


def test_a_rule_total_exactly_at_the_cap_is_not_capped(budget_system):
    # rule: 7.1 (71 %) + 90 × 91 / 100 = 89, the cap of a 71 % rate
    report = report_of(Indicator(level1="产出指标", target="≥100次", actual="91次", weight=D(90),
                                 score=D(80)), executed="71")
    result = score_report(report, budget_system)
    assert (result.rule_total, result.cap, result.capped, result.reasons) == (89, 89, False, [])


def test_the_rate_counts_executed_against_the_adjusted_budget_up_to_100_percent(national):
    report = report_of(executed="45", budget="100")
    report.funds.rows[0].adjusted = D(50)
    result = score_report(report, national)
    assert (result.funds.rate, result.funds.rule_score) == (D("0.9"), 9)
    report.funds.rows[0].adjusted = D(40)
    assert score_report(report, national).funds.rule_score == 10


# ------------------------------------------------------------------------- grades of a total


@pytest.mark.parametrize(
    ("funds_score", "grade"),
    [("9.995", "优"), ("9.994", "良"), ("10", "优"), ("9.99", "良"), ("0", "良"), ("-0.005", "良"),
     ("-0.006", "中")],
)
def test_the_grade_is_read_from_the_rounded_self_assessed_total(national, funds_score, grade):
    # 80 points on the indicators plus the funds score: 89.995 shows as 90.00 and is 优
    indicator = Indicator(level1="产出指标", target="≥1次", actual="0次", weight=D(90), score=D(80))
    if funds_score.startswith("-"):
        indicator.score = D(80) + D(funds_score)
        funds_score = "0"
    result = score_report(report_of(indicator, funds_score=funds_score), national)
    assert result.grade == grade, result.total


@pytest.mark.parametrize(
    ("total", "grade"),
    [("90", "优"), ("89.995", "优"), ("89.994", "良"), ("80", "良"), ("79.995", "良"),
     ("79.994", "中"), ("60", "中"), ("59.995", "中"), ("59.994", "差"), ("0", "差"),
     ("100", "优")],
)
def test_each_grade_band_edge(national, total, grade):
    indicator = Indicator(level1="产出指标", target="≥1次", actual="1次", weight=D(100),
                          score=D(total))
    report = report_of(indicator)
    report.funds.weight = D(0)
    result = score_report(report, national)
    assert (result.total, result.grade) == (D(total), grade)


def test_the_rule_total_does_not_decide_the_grade(national):
    indicator = Indicator(level1="产出指标", target="≥1次", actual="1次", weight=D(90), score=D(70))
    result = score_report(report_of(indicator, funds_score="10"), national)
    assert (result.rule_total, result.total, result.grade) == (100, 80, "良")


# --------------------------------------------------------------------- qualitative bands


@pytest.mark.parametrize(
    ("actual", "score", "inside"),
    [
        ("达成年度指标", "16", True), ("达成年度指标", "15.99", False), ("达成年度指标", "20", True),
        ("部分达成", "12", True), ("部分达成", "11.99", False), ("部分达成", "15.99", True),
        ("部分达成", "16", False),
        ("未达成", "0", True), ("未达成", "11.99", True), ("未达成", "12", False),
    ],
)
def test_each_qualitative_band_is_half_open_and_the_top_one_closed(national, actual, score, inside):
    # weight 20: 达成 [16, 20], 部分达成 [12, 16), 未达成 [0, 12)
    report = clean_report(national)
    report.indicators[1].target, report.indicators[1].actual = "按规定完成验收", actual
    report.indicators[1].score = D(score)
    report.indicators[1].deviation = "" if actual.startswith("达成") else "验收资料不全"
    assert found(report, national, "qualitative_band") == ([] if inside else ["indicators[1].score"])
    assert found(report, national, "score_differs") == []  # a qualitative score is the band's


@pytest.mark.parametrize(("actual", "rule"), [("达成年度指标", "20"), ("部分达成", "14"), ("未达成", "6")])
def test_qualitative_rule_scores_are_the_profile_shares(national, actual, rule):
    assert single("按规定完成验收", actual, national, weight="20").rule_score == D(rule)


# ----------------------------------------------------------------- weights and scores


def test_weights_of_exactly_100_pass_and_a_hundredth_more_or_less_does_not(national):
    report = clean_report(national)
    assert found(report, national, "weights_sum") == []
    report.indicators[0].weight = D("30.01")
    assert found(report, national, "weights_sum") == [""]
    report.indicators[0].weight = D("29.99")
    assert found(report, national, "weights_sum") == [""]


def test_a_score_equal_to_its_weight_is_allowed_and_above_it_is_not(national):
    report = clean_report(national)
    report.indicators[1].score = D(20)
    report.funds.score = D(10)
    assert found(report, national, "score_above_weight") == []
    report.indicators[1].score = D("20.01")
    report.funds.score = D("10.01")
    assert found(report, national, "score_above_weight") == ["funds.score", "indicators[1].score"]


def test_a_score_that_rounds_to_the_rule_score_needs_no_note(national):
    report = clean_report(national)
    report.funds.score = D("9.5")  # the rule: 95 of 100 → 9.5
    report.indicators[1].score = D("20.004")
    assert found(report, national, "score_differs") == []
    report.indicators[1].score = D("19.99")
    report.funds.score = D("9.49")
    assert found(report, national, "score_differs") == ["funds.score", "indicators[1].score"]
    report.indicators[1].score_note = "按验收报告酌减"
    assert found(report, national, "score_differs") == ["funds.score"]
