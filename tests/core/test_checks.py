"""Every check: a small report that triggers it, and the clean one that does not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import ERROR, run_checks
from perfeval_gui.core.checks.base import CHECKS
from perfeval_gui.core.checks.identity import credit_code_valid, phone_valid
from perfeval_gui.core.messages import CATALOGUE
from perfeval_gui.core.model import FundRow, Indicator

from .reports import clean_report

D = Decimal


def codes(report, profile) -> list[tuple[str, str]]:
    return [(f.code, f.where) for f in run_checks(report, profile)]


def test_the_clean_report_triggers_nothing(national):
    assert codes(clean_report(national), national) == []


def ind(report, k):
    return report.indicators[k]


CASES = {
    # code: (change to the clean report, where the finding must point)
    "weights_sum": (lambda r: setattr(ind(r, 0), "weight", D(35)), ""),
    "group_weight": (lambda r: (setattr(ind(r, 0), "weight", D(25)),
                                setattr(ind(r, 2), "weight", D(35))), "indicators[0].level1"),
    "score_above_weight": (lambda r: setattr(ind(r, 1), "score", D(25)), "indicators[1].score"),
    "score_differs": (lambda r: setattr(ind(r, 1), "score", D(15)), "indicators[1].score"),
    "qualitative_band": (lambda r: (setattr(ind(r, 1), "target", "按规定完成验收"),
                                    setattr(ind(r, 1), "actual", "部分达成"),
                                    setattr(ind(r, 1), "score", D(19))), "indicators[1].score"),
    "total_above_cap": (lambda r: (setattr(r, "profile", "budget-system"),
                                   setattr(r.funds.rows[0], "executed", D(60)),
                                   setattr(r.funds.rows[1], "executed", D(40)),
                                   setattr(r.funds, "score", D(10)),
                                   setattr(r.sections, "fund_adjustment",
                                           "因工程延期，部分资金结转下年使用。")), "funds.score"),
    "over_achieved": (lambda r: setattr(ind(r, 0), "actual", "70公里"), "indicators[0].deviation"),
    "bare_target": (lambda r: setattr(ind(r, 3), "target", "90%"), "indicators[3].target"),
    "unscorable": (lambda r: setattr(ind(r, 0), "actual", "52天"), "indicators[0].actual"),
    "placeholder_row": (lambda r: r.indicators.append(Indicator(level1="产出指标", name="指标2")),
                        "indicators[4].name"),
    "shortfall_unexplained": (lambda r: setattr(ind(r, 1), "actual", "90%"),
                              "indicators[1].deviation"),
    "deviation_without_shortfall": (lambda r: setattr(ind(r, 1), "deviation", "加强管理"),
                                    "indicators[1].deviation"),
    "executed_above_budget": (lambda r: setattr(r.funds.rows[2], "executed", D(25)),
                              "funds.rows[2].executed"),
    "low_execution_unexplained": (lambda r: (setattr(r.funds.rows[0], "executed", D(70)),
                                             setattr(r.funds.rows[1], "executed", D(50))),
                                  "sections.fund_adjustment"),
    "parts_exceed_total": (lambda r: setattr(r.funds.rows[1], "initial", D(90)),
                           "funds.rows[0].initial"),
    "yuan_in_wan": (lambda r: r.funds.rows.append(FundRow(label="其中：市级补助", initial=D(50000))),
                    "funds.rows[3].initial"),
    "not_measurable": (lambda r: setattr(ind(r, 0), "target", "按计划完成养护任务"),
                       "indicators[0].target"),
    "vague_target": (lambda r: (setattr(ind(r, 2), "target", "通行条件进一步改善"),
                                setattr(ind(r, 2), "actual", "达成年度指标")), "indicators[2].target"),
    "too_few_indicators": (lambda r: (r.indicators.pop(), r.indicators.pop()), "indicators"),
    "missing_group": (lambda r: r.indicators.pop(2), "indicators"),
    "satisfaction_without_basis": (lambda r: setattr(r.sections, "management", "按制度管理。"),
                                   "indicators[3].actual"),
    "credit_code_invalid": (lambda r: setattr(r.project, "credit_code", "11610831773827085A"),
                            "project.credit_code"),
    "phone_malformed": (lambda r: setattr(r.evaluation, "phone", "1311928532"), "evaluation.phone"),
    "date_in_year": (lambda r: setattr(r.evaluation, "date", "2023-12-20"), "evaluation.date"),
    "missing_field": (lambda r: setattr(r.evaluation, "leader", ""), "evaluation.leader"),
    "missing_team": (lambda r: r.team.clear(), "team"),
    "text_year": (lambda r: setattr(r.sections, "measures", "2021年以来持续养护。"),
                  "sections.measures"),
    "text_figure": (lambda r: setattr(r.sections, "measures", "养护工程合格率为 90%。"),
                    "sections.measures"),
    "text_score": (lambda r: setattr(r.sections, "measures", "产出指标方面得 40 分。"),
                   "sections.measures"),
    "text_foreign_indicator": (lambda r: setattr(r.sections, "measures", "职工参加工会入会率100%。"),
                               "sections.measures"),
    "text_foreign_project": (lambda r: setattr(r.sections, "measures", "信访维稳经费已全部拨付。"),
                             "sections.measures"),
    "text_amount": (lambda r: setattr(r.sections, "measures", "全年共支出资金 87 万元。"),
                    "sections.measures"),
    "text_numbering": (lambda r: setattr(r.sections, "measures", "一、养护\n三、管理"),
                       "sections.measures"),
    # what an imported Word/Excel file printed itself, against the app's own figures
    "printed_total": (lambda r: r.extra.update(printed={"total": 100}), ""),
    "printed_total_adjusted": (lambda r: (setattr(ind(r, 3), "applicable", False),
                                          r.extra.update(printed={"total": 100})), ""),
    "printed_grade": (lambda r: r.extra.update(printed={"grade": "差"}), ""),
    "printed_rate": (lambda r: r.extra.update(printed={"funds_rate": "90%"}), "funds"),
    "printed_score": (lambda r: r.extra.update(printed={"scores": [30, 20, 30, 5]}),
                      "indicators[3].score"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_check_finds_its_problem_at_its_field(national, library, code):
    report = clean_report(national)
    change, where = CASES[code]
    change(report)
    profile = library.get(report.profile)
    found = codes(report, profile)
    assert (code, where) in found, found


def test_every_finding_code_has_a_case_and_a_message():
    import inspect
    import re

    modules = {inspect.getmodule(c) for c in CHECKS}
    sources = "".join(inspect.getsource(m) for m in modules)
    emitted = set(re.findall(r'finding\(\s*"(\w+)"', sources))
    assert emitted == set(CASES)
    assert all(f"check.{code}" in CATALOGUE for code in emitted)


def test_messages_exist_in_both_languages(national):
    report = clean_report(national)
    report.indicators[0].weight = D(35)
    finding = run_checks(report, national)[0]
    assert finding.to_json("zh")["message"] != finding.to_json("en")["message"]
    assert "105" in finding.to_json("en")["message"]


def test_the_seed_shows_its_known_errors_and_no_false_errors(seed_report, national):
    found = {(f.code, f.where): f for f in run_checks(seed_report, national)}
    assert ("text_foreign_indicator", "sections.analysis") in found
    assert "职工参加工会入会率" in found[("text_foreign_indicator", "sections.analysis")].message.text()
    figure = found[("text_figure", "sections.analysis")].message.text()
    assert "90%" in figure and "97%" in figure
    assert ("score_differs", "indicators[1].score") in found
    assert ("score_differs", "indicators[3].score") in found
    assert ("over_achieved", "indicators[0].deviation") in found
    # the errors are the text's contradictions of its own table, nothing else
    assert {code for (code, _), f in found.items() if f.severity == ERROR} == {
        "text_figure", "text_foreign_indicator"}
    # the parts that are right stay quiet: credit code, phone, date, funds, numbering
    quiet = ("credit_code_invalid", "phone_malformed", "date_in_year", "executed_above_budget",
             "text_numbering", "text_year", "text_amount", "weights_sum")
    assert not [k for k in found if k[0] in quiet]


@pytest.mark.parametrize("code", ["11610831773827085D", "91110000100000000R", "91350100M000100Y43"])
def test_valid_credit_codes(code):
    assert credit_code_valid(code)


@pytest.mark.parametrize("code", ["11610831773827085A", "1161083177382708", "I1610831773827085D", ""])
def test_invalid_credit_codes(code):
    assert not credit_code_valid(code)


@pytest.mark.parametrize(("phone", "ok"), [("13119285323", True), ("0912-3456789", True),
                                           ("(0912)3456789", True), ("3456789", True),
                                           ("1311928532", False), ("12345", False),
                                           ("phone", False)])
def test_phone_numbers(phone, ok):
    assert phone_valid(phone) is ok


def test_a_not_applicable_row_keeps_its_weight_in_the_hundred(national):
    # the paper's 总分 row is 100 with the not-applicable rows in it: the total is rescaled
    report = clean_report(national)
    report.indicators[1].applicable = False
    assert ("weights_sum", "") not in codes(report, national)
    report.indicators.append(Indicator(level1="产出指标", level2="时效指标", name="完工及时率",
                                       target="≥90%", actual="95%", weight=D(10), applicable=False))
    (finding,) = [f for f in run_checks(report, national) if f.code == "weights_sum"]
    assert "110" in finding.message.text("zh")


def test_outline_numbers_read_back_what_they_write():
    from perfeval_gui.core.numbering import chinese_number, number_value

    assert [number_value(chinese_number(n)) for n in range(1, 100)] == list(range(1, 100))
    assert number_value("12") == 12


def test_a_printed_total_its_scores_do_not_add_up_to_is_named_with_both_figures(national):
    report = clean_report(national)
    report.extra["printed"] = {"total": 100, "grade": "优秀", "funds_rate": "95.0%",
                               "scores": [30, 20, 30, 10]}
    found = [f.to_json() for f in run_checks(report, national) if f.code.startswith("printed")]
    assert found == [{"code": "printed_total", "severity": "warning", "where": "",
                      "message": "原表总分 100，按各项得分合计为 99.5"}]


def test_printed_figures_that_agree_or_cannot_be_read_say_nothing(national):
    report = clean_report(national)
    for printed in ({"total": 99.5, "grade": "优", "funds_rate": "95%"}, {"funds_rate": "0"},
                    {"total": "abc", "scores": "x"}, "not an object", {"scores": [None] * 4}):
        report.extra["printed"] = printed
        assert not [f for f in run_checks(report, national) if f.code.startswith("printed")]


def test_a_reason_beside_a_shortfall_is_where_it_belongs(national):
    report = clean_report(national)
    report.indicators[1].actual = "90%"
    report.indicators[1].deviation = "部分路段雨季返工"
    assert ("deviation_without_shortfall", "indicators[1].deviation") not in codes(report, national)
    assert ("shortfall_unexplained", "indicators[1].deviation") not in codes(report, national)


def test_an_unscorable_row_is_never_taken_as_met(national):
    report = clean_report(national)
    report.indicators.append(Indicator(level1="产出指标", level2="数量指标", name="宣传次数",
                                       target="≥2次", actual="3天", weight=D(0),
                                       deviation="统计口径不同"))
    found = codes(report, national)
    assert ("unscorable", "indicators[4].actual") in found
    assert ("deviation_without_shortfall", "indicators[4].deviation") not in found


def yuan_findings(report, national) -> list[tuple[str, str]]:
    return [(f.where, f.message.text("zh")) for f in run_checks(report, national) if f.code == "yuan_in_wan"]


@pytest.mark.parametrize(
    ("amounts", "flagged"),
    [
        (("10000", "10"), ["funds.rows[0].initial"]),  # 1000 times the other: 元 typed as 万元
        (("9999", "10"), []),
        (("10000", "10.01"), []),
        (("12000", "8000"), []),  # a large project in 万元, its parts alike
        (("1000000", "1000000"), ["funds.rows[0].initial", "funds.rows[1].initial"]),
        (("999999", "999999"), []),
    ],
)
def test_an_amount_in_yuan_in_a_wan_column_is_found_from_the_threshold_on(national, amounts, flagged):
    report = clean_report(national)
    report.funds.rows = [FundRow(label="年度资金总额", initial=D(amounts[0])),
                         FundRow(label="其中：当年财政拨款", initial=D(amounts[1]))]
    found = yuan_findings(report, national)
    assert [where for where, _ in found] == flagged
    if amounts == ("10000", "10"):
        assert found[0][1] == "金额 10000 填在“万元”栏，疑为以“元”填写（即 1 万元）"


def test_one_sub_row_above_the_total_is_found(national):
    report = clean_report(national)
    report.funds.rows = report.funds.rows[:2]
    report.funds.rows[1].initial = D(101)
    assert ("parts_exceed_total", "funds.rows[0].initial") in codes(report, national)
    report.funds.rows[1].initial = D(100)
    assert ("parts_exceed_total", "funds.rows[0].initial") not in codes(report, national)


def test_three_indicators_are_enough(national):
    report = clean_report(national)
    report.indicators[2].weight = D(40)
    report.indicators.pop(3)
    assert ("too_few_indicators", "indicators") not in codes(report, national)
    report.indicators.pop(2)
    assert ("too_few_indicators", "indicators") in codes(report, national)


@pytest.mark.parametrize(("year", "warned"), [("2024", False), ("2023", False), ("2022", True),
                                              ("2025", True)])
def test_the_year_after_the_evaluated_one_may_be_named(national, year, warned):
    report = clean_report(national)
    report.sections.measures = f"{year}年继续做好养护工作。"
    assert (("text_year", "sections.measures") in codes(report, national)) is warned


def test_a_bare_actual_is_read_in_the_targets_unit_when_the_text_quotes_it(national):
    report = clean_report(national)
    report.indicators[3].actual = "93"
    report.sections.measures = "沿线群众满意度为 93%。"
    assert ("text_figure", "sections.measures") not in codes(report, national)
    report.sections.measures = "沿线群众满意度为 80%。"
    assert ("text_figure", "sections.measures") in codes(report, national)


def test_a_figure_quoted_for_an_unreadable_value_is_not_compared(national):
    report = clean_report(national)
    report.indicators[1].actual = "53批216人次"
    report.indicators[1].deviation = "统计口径待核实"
    report.sections.measures = "养护工程合格率为 90%。"
    found = codes(report, national)
    assert ("unscorable", "indicators[1].actual") in found
    assert ("text_figure", "sections.measures") not in found


@pytest.mark.parametrize(
    ("sentence", "foreign"),
    [
        ("信访维稳经费已全部拨付。", True),
        ("其他道路维修项目另行安排。", False),  # a generic phrase names no project
        ("农村公路养护项目按期完工。", False),  # this report's project, said shorter
        ("今年实施的农村公路养护工程配套项目已验收。", False),  # its whole name inside
    ],
)
def test_only_another_projects_name_is_foreign(national, sentence, foreign):
    report = clean_report(national)
    report.sections.measures = sentence
    assert (("text_foreign_project", "sections.measures") in codes(report, national)) is foreign
