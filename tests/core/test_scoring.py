"""Scoring by the rules of domain README section 5, figure by figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.figures import round2
from perfeval_gui.core.model import FundRow, Indicator, Report
from perfeval_gui.core.scoring import score_indicator, score_report

D = Decimal


def test_the_seed_scores_as_the_domain_says(seed_report, national):
    result = score_report(seed_report, national)
    rule = [round2(result.funds.rule_score)] + [round2(s.rule_score) for s in result.indicators]
    assert rule == [D("10.00"), D("10.00"), D("8.82"), D("10.00"), D("5.00"), D("10.00"),
                    D("20.00"), D("20.00")]
    assert round2(result.rule_total) == D("93.82")
    assert result.total == 85
    assert result.grade == "良"
    assert [s.kind for s in result.indicators] == [
        "positive", "negative", "positive", "negative", "negative", "equal", "positive"]
    groups = {g.level1: (g.weight, round2(g.rule_score), g.score) for g in result.groups}
    assert groups == {"产出指标": (50, D("43.82"), 35), "效益指标": (20, 20, 20),
                      "满意度指标": (20, 20, 20)}


def test_budget_system_deducts_two_points_for_over_achievement(seed_report, budget_system):
    result = score_report(seed_report, budget_system)
    assert result.indicators[0].over_achieved
    assert result.indicators[0].rule_score == 8  # 4 次 against ≥ 2 次: 200 %
    assert round2(result.rule_total) == D("91.82")
    assert result.total == 85  # entered scores are the unit's own


def one(target: str, actual: str, weight: str = "10", profile=None, **kw) -> Decimal:
    indicator = Indicator(target=target, actual=actual, weight=D(weight), **kw)
    return round2(score_indicator(0, indicator, profile, 2023).rule_score)


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("≥2次", "4次", "10.00"),  # positive met
        ("≥90%", "45%", "5.00"),  # positive W × B / A
        ("≥0次", "0次", "10.00"),  # positive with a zero target: always met
        ("≥0次", "2次", "10.00"),
        ("≤0次", "0次", "10.00"),
        ("≤15%", "17%", "8.82"),  # negative W × A / B
        ("≤15%", "10%", "10.00"),
        ("≤0次", "2次", "0.00"),  # negative zero target exceeded
        ("100%", "100%", "10.00"),  # bare value = equal
        ("100%", "80%", "8.00"),  # equal min/max
        ("80%", "100%", "8.00"),
        ("0次", "0次", "10.00"),  # target of 0
        ("0次", "1次", "0.00"),
        ("=5万元", "50000元", "10.00"),  # 元 and 万元 convert
        ("≤5万元", "60000元", "8.33"),
        ("≥90%", "97", "10.00"),  # bare actual takes the target's unit
        ("≥100百分比", "100%", "10.00"),
        ("最长6天", "最长6天", "10.00"),
        ("12月31日前", "12月20日", "10.00"),  # deadlines
        ("12月31日前", "2023年12月5日", "10.00"),
        ("12月31日前", "2024年1月5日", "0.00"),  # a date without a year is in the evaluated year
        ("2023年12月31日前", "2024年1月5日", "0.00"),
        ("6月30日前", "7月1日", "0.00"),
        ("6月30日前", "按期完成", "10.00"),
        ("6月30日前", "未完成", "0.00"),
        ("效果明显", "达成年度指标", "10.00"),  # qualitative bands
        ("效果明显", "部分达成年度指标并具有一定效果", "7.00"),
        ("效果明显", "未达成年度指标且效果较差", "3.00"),
        ("效果明显", "效果明显", "10.00"),  # the target's own wording repeated
    ],
)
def test_each_formula(national, target, actual, expected):
    assert one(target, actual, profile=national) == D(expected)


@pytest.mark.parametrize(
    ("target", "actual", "reason"),
    [
        ("≥2次", "3天", "score.units_mismatch"),
        ("≥2次", "效果明显", "score.actual_not_quantity"),
        ("53批216人次", "1次", "score.target_unreadable"),
        ("", "1次", "score.target_empty"),
        ("≥2次", "", "score.actual_empty"),
    ],
)
def test_unscorable_indicators_say_why_and_score_nothing(national, target, actual, reason):
    s = score_indicator(0, Indicator(target=target, actual=actual, weight=D(10)), national)
    assert s.kind == "unscorable" and s.rule_score == 0 and s.weight == 10
    assert s.reasons[0].code == reason
    assert s.reasons[0].text("zh")


def test_the_vendor_formula_reaches_zero_at_double(national):
    from dataclasses import replace

    vendor = replace(national, negative="linear_to_zero_at_double")
    assert one("≤10%", "15%", profile=vendor) == D("5.00")
    assert one("≤10%", "20%", profile=vendor) == D("0.00")
    assert one("≤10%", "25%", profile=vendor) == D("0.00")


def test_eighty_fifty_bands_are_a_profile_option(national):
    from dataclasses import replace

    from perfeval_gui.core.profiles import Band

    city = replace(national, bands={**national.bands, "部分达成": Band(D(50), D(80), D(65))})
    assert one("效果明显", "部分达成", profile=city) == D("6.50")


def test_score_never_exceeds_the_weight_nor_goes_below_zero(budget_system):
    # 300 % achievement with a 2-point deduction on a 1-point weight: floor at 0
    assert one("≥1次", "3次", weight="1", profile=budget_system) == D("0.00")
    assert one("≥1次", "3次", weight="10", profile=budget_system) == D("8.00")


def report_of(indicators, executed="5", initial="5", adjusted=None, funds_score=None) -> Report:
    report = Report(year=2023)
    report.funds.rows = [FundRow(label="年度资金总额", initial=D(initial),
                                 adjusted=None if adjusted is None else D(adjusted),
                                 executed=D(executed))]
    report.funds.score = funds_score
    report.indicators = indicators
    return report


def test_not_applicable_indicators_are_left_out_and_the_total_rescaled(national):
    report = report_of([
        Indicator(level1="产出指标", target="≥2次", actual="2次", weight=D(45)),
        Indicator(level1="产出指标", target="≥2次", actual="1次", weight=D(45)),
        Indicator(level1="效益指标", target="≥2次", actual="0次", weight=D(20), applicable=False),
    ])
    result = score_report(report, national)
    # (10 + 45 + 22.5) × 100 / (10 + 45 + 45)
    assert result.total == D("77.5") and result.rescaled
    assert result.rule_total == D("77.5") and result.raw_total == D("77.5")
    report.indicators[1].score = D(40)
    result = score_report(report, national)
    assert (result.total, result.rule_total) == (D(95), D("77.5"))
    assert result.indicators[2].kind == "not_applicable"
    assert result.reasons[0].code == "score.rescaled"


def test_execution_rate_uses_the_adjusted_budget_when_given(national):
    result = score_report(report_of([], executed="89.974", initial="100", adjusted="90"), national)
    assert round2(result.funds.rate * 100) == D("99.97")
    assert round2(result.funds.rule_score) == D("9.997").quantize(D("0.01"))
    result = score_report(report_of([], executed="120", initial="100"), national)
    assert result.funds.rule_score == 10  # min(rate, 100 %)


def test_a_missing_budget_gives_no_rate_and_says_why(national):
    report = report_of([])
    report.funds.rows[0].initial = None
    result = score_report(report, national)
    assert result.funds.rate is None and result.funds.rule_score == 0
    assert result.funds.reasons[0].code == "score.no_budget"


@pytest.mark.parametrize(
    ("executed", "cap"),
    [("7.5", 89), ("6.5", 79), ("5.5", 69), ("4.9", 59), ("8", None)],
)
def test_budget_system_caps_the_total_by_execution_rate(budget_system, national, executed, cap):
    indicators = [Indicator(level1="产出指标", target="≥1次", actual="1次", weight=D(90))]
    report = report_of(indicators, executed=executed, initial="10", funds_score=D(10))
    result = score_report(report, budget_system)
    if cap is None:
        assert result.cap is None and result.total == 100
    else:
        assert result.total == cap and result.rule_total <= cap and result.capped
    assert score_report(report, national).total == 100  # the national profile has no cap


def test_self_assessed_takes_the_rule_score_where_none_is_entered(seed_report, national):
    seed_report.indicators[1].score = None
    result = score_report(seed_report, national)
    assert result.indicators[1].score == result.indicators[1].rule_score
    assert not result.indicators[1].entered
    assert round2(result.total) == D("88.82")


@pytest.mark.parametrize(
    ("year", "target", "actual", "expected"),
    [
        # the wordings of real forms (domain README §5), read as deadlines
        (2024, "2024年11月30日前", "11月底完成", "10.00"),
        (2024, "2024年11月30日前", "2024年12月1日", "0.00"),
        (2023, "12月底之前完成", "12月底之前完成", "10.00"),  # the target's wording repeated
        (2023, "11月底完成", "按时完成", "10.00"),
        (2023, "11月底完成", "已完成", "10.00"),
        (2023, "11月底完成", "未按时完成", "0.00"),
        (2023, "11月底完成", "12月5日", "0.00"),
        (2023, "2023年12月完成", "2023年12月28日", "10.00"),
        (2023, "2023年12月完成", "2024年1月", "0.00"),
        (2023, "1-12月", "1-12月", "10.00"),
        (2023, "1-12月", "12月31日", "10.00"),
        (2023, "1-12月", "2024年1月10日", "0.00"),
        (2023, "全年", "全年", "10.00"),
        (2023, "全年", "已完成", "10.00"),
        (2023, "上半年", "6月30日", "10.00"),
        (2023, "上半年", "7月1日", "0.00"),
        (2023, "三季度末", "9月30日前", "10.00"),
        (2023, "年底前", "12月31日", "10.00"),
        # a month's last day is told in the evaluated year
        (2024, "2月底", "2月29日", "10.00"),
        (2023, "2月底", "3月1日", "0.00"),
        (2023, "2024年2月底", "2024年2月29日", "10.00"),
    ],
)
def test_deadlines_as_real_forms_write_them(national, year, target, actual, expected):
    report = report_of([Indicator(level1="产出指标", target=target, actual=actual, weight=D(10))])
    report.year = year
    s = score_report(report, national).indicators[0]
    assert (s.kind, round2(s.rule_score)) == ("deadline", D(expected)), s.reasons


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("至少全年完成2次宣传", "3次", "10.00"),
        ("至少全年开展3次培训", "2次", "6.67"),
        ("至少全年开展3次培训", "开展培训3次", "10.00"),
        ("≤300元/人", "0.025万元/人", "10.00"),
        ("≤300元/人", "0.04万元/人", "7.50"),
    ],
)
def test_a_label_after_the_measure_word_does_not_block_the_comparison(
        national, target, actual, expected):
    assert one(target, actual, profile=national) == D(expected)


@pytest.mark.parametrize(
    ("actual", "kind", "grade"),
    [("完成率100%", "qualitative", "达成"), ("基本完成，覆盖90%", "qualitative", "部分达成"),
     # no grade in the words: the row awaits the user's judgement (domain §5), it is not 0
     ("覆盖90%", "qualitative", None), ("12月20日完成", "qualitative", None)],
)
def test_a_qualitative_target_reads_the_grade_from_an_actual_with_a_figure(national, actual, kind, grade):
    s = score_indicator(0, Indicator(target="效果明显", actual=actual, weight=D(10)), national)
    assert (s.kind, s.grade, s.pending) == (kind, grade, grade is None)


def test_over_achievement_says_by_how_much(seed_report, budget_system):
    from perfeval_gui.core.checks import run_checks

    s = score_report(seed_report, budget_system).indicators[0]  # 4 次 against ≥ 2 次
    assert s.achievement == 2
    assert s.reasons[0].code == "score.deducted"
    assert s.reasons[0].text("zh") == "实际完成值达到指标值的 200%，超额完成扣 2 分"
    seed_report.indicators[0].actual = "3次"
    finding = next(f for f in run_checks(seed_report, budget_system) if f.code == "over_achieved")
    assert "150%（超过 130%）" in finding.message.text("zh")


def test_a_zero_target_is_never_over_achieved(budget_system):
    s = score_indicator(0, Indicator(target="≥0次", actual="0次", weight=D(10)), budget_system)
    assert (s.over_achieved, s.rule_score, s.achievement) == (False, 10, None)


def test_a_report_with_nothing_applicable_and_no_funds_weight_scores_zero(national):
    report = report_of([Indicator(level1="产出指标", target="≥2次", actual="2次", weight=D(90),
                                  applicable=False)])
    report.funds.weight = D(0)
    result = score_report(report, national)
    assert (result.total, result.rule_total, result.rescaled) == (0, 0, False)
