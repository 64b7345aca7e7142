"""Every check: a small report that triggers it, and the clean one that does not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import ERROR, run_checks
from perfeval_gui.core.checks.base import CHECKS
from perfeval_gui.core.checks.identity import credit_code_valid, phone_valid
from perfeval_gui.core.messages import CATALOGUE
from perfeval_gui.core.model import FundRow, Indicator

from .cycle_cases import CYCLE_CASES
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
    "judgement_pending": (lambda r: (setattr(ind(r, 3), "target", "受众满意"),
                                     setattr(ind(r, 3), "actual", "受目的国受众欢迎显著")),
                          "indicators[3].actual"),
    "full_score_far_above_rule": (lambda r: (setattr(ind(r, 1), "actual", "60%"),
                                             setattr(ind(r, 1), "score", D(20)),
                                             setattr(r.sections, "analysis", None)),
                                  "indicators[1].score"),
    "template_mark": (lambda r: setattr(ind(r, 0), "name", "公路养护里程(≥**公里)"), "indicators[0].name"),
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
    "text_verdict": (lambda r: setattr(r.sections, "measures", "养护工程合格率未达到年度指标值。"),
                     "sections.measures"),
    "text_grade": (lambda r: setattr(r.sections, "measures", "评价等级为“差”。"), "sections.measures"),
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
CASES.update(CYCLE_CASES)  # the monitoring form and the declaration (annual-cycle.md)


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
    assert found == [{"code": "printed_total", "severity": "error", "where": "",
                      "message": "原表总分 100，按各项得分合计为 99.5"}]


def test_printed_figures_that_agree_or_cannot_be_read_say_nothing(national):
    report = clean_report(national)
    for printed in ({"total": 99.5, "grade": "优", "funds_rate": "95%"}, {"funds_rate": "0"},
                    {"total": "abc", "scores": "x"}, "not an object", {"scores": [None] * 4}):
        report.extra["printed"] = printed
        assert not [f for f in run_checks(report, national) if f.code.startswith("printed")]

