"""A unit's second year starts from its first: years in names and targets move on, listed for
review; actuals and scores are cleared; one project is recognised across years."""

from __future__ import annotations

import pytest

from perfeval_gui.core.comparison import compare_years, indicator_key
from perfeval_gui.core.model import Indicator
from perfeval_gui.core.next_year import next_year_report, shift_years, unit_and_name
from perfeval_gui.core.scoring import score_report


@pytest.mark.parametrize("old, new", [
    ("2024年农村饮水安全维修养护项目", "2025年农村饮水安全维修养护项目"),
    ("2024年度农村饮水安全维修养护", "2025年度农村饮水安全维修养护"),
    ("2024年11月30日前", "2025年11月30日前"),
    ("2024 年 12 月完成", "2025 年 12 月完成"),
    ("2024-12-31前完工", "2025-12-31前完工"),
    ("较2023年增长5%", "较2024年增长5%"),  # the baseline year moves with the report
    ("2025年春节前完成", "2026年春节前完成"),
    ("始建于2010年，2024年维修", "始建于2010年，2025年维修"),  # history stays
    ("12月31日前", "12月31日前"),
    ("≥2024个", "≥2024个"),  # a number that is not a year
    ("投资12024年", "投资12024年"),
    ("3.2024年", "3.2024年"),
])
def test_years_move_with_the_report_and_nothing_else_does(old, new):
    assert shift_years(old, 2024, 2025) == new


def test_next_year_report_lists_every_change_and_clears_the_results(seed_report):
    seed_report.year = 2024
    seed_report.project.name = "2024年重大敏感时期值班接访"
    seed_report.indicators[0].target = "2024年11月30日前"
    seed_report.indicators[1].name = "2024年信访人滞留率"
    seed_report.goal.expected = "2024年完成值班接访任务"
    seed_report.sections.content = "始建于2010年"
    seed_report.indicators[5].judgement = "达成"  # last year's reading of last year's actual
    seed_report.funds.rows[1].breakdown = "按收入性质"
    made = next_year_report(seed_report, 2025)
    new, changes = made.report, made.review
    assert [(c.where, c.new, c.reasons) for c in changes] == [
        ("project.name", "2025年重大敏感时期值班接访", ("year",)),
        ("funds.rows[0].initial", "5万元", ("amount",)),  # last year's budget, kept
        ("goal.expected", "2025年完成值班接访任务", ("year",)),
        ("indicators[0].target", "2025年11月30日前", ("year",)),
        ("indicators[1].name", "2025年信访人滞留率", ("year",)),
        ("indicators[4].target", "≤5万元", ("amount",)),  # a cost target set from last year's funds
    ]
    assert changes[0].old == "2024年重大敏感时期值班接访"
    assert new.year == 2025 and seed_report.year == 2024  # the source is untouched
    assert all(i.actual == "" and i.score is None and i.deviation == "" for i in new.indicators)
    assert [i.weight for i in new.indicators] == [i.weight for i in seed_report.indicators]
    assert new.funds.rows[0].executed is None
    assert new.funds.rows[0].initial == seed_report.funds.rows[0].initial
    assert new.sections.analysis is None and new.goal.achieved == ""
    assert all(i.judgement is None for i in new.indicators)  # the actual it read is gone
    assert new.funds.rows[1].breakdown == "按收入性质"  # the form's structure stays


def test_one_project_is_known_across_years_by_unit_and_name_without_its_year(seed_report):
    import copy

    later = copy.deepcopy(seed_report)
    seed_report.project.name = "2023年农村饮水安全维修养护项目"
    later.project.name = "2024年度 农村饮水安全维修养护项目"
    assert unit_and_name(seed_report) == unit_and_name(later)
    later.project.unit = "别的单位"
    assert unit_and_name(seed_report) != unit_and_name(later)
    later.project.unit = seed_report.project.unit
    later.project.name = "2024年度 1000亩农村饮水安全维修养护项目"  # a figure is not a year
    assert unit_and_name(later)[1] == "1000亩农村饮水安全维修养护项目"


def test_the_comparison_matches_rows_across_years_and_marks_what_changed(seed_report, national):
    import copy

    first = copy.deepcopy(seed_report)
    second = next_year_report(first, 2024).report
    second.indicators[0].target = "≥3次"  # a raised target
    second.indicators[1].weight = second.indicators[1].weight + 1
    dropped = second.indicators.pop(2)
    second.indicators.append(Indicator(level1="效益指标", level2="社会效益指标", name="群众知晓率",
                                       target="≥90%", actual="", weight=0))
    comparison = compare_years([(second, score_report(second, national)),
                                (first, score_report(first, national))])
    assert comparison.years == [2023, 2024]
    rows = {row.key: row for row in comparison.rows}
    raised = rows[indicator_key(first.indicators[0])]
    assert raised.cells[2024].target_changed and not raised.cells[2023].target_changed
    assert rows[indicator_key(first.indicators[1])].cells[2024].weight_changed
    assert rows[indicator_key(dropped)].dropped_after(comparison.years) == 2023
    assert rows[("效益指标", "社会效益指标", "群众知晓率")].added_in(comparison.years) == 2024
    assert comparison.totals[2023] == score_report(first, national).total
    assert comparison.rates[2024] is None  # no executed amount yet


@pytest.mark.parametrize(("where", "text", "listed"), [
    ("sections.content", "2024年该项目预算资金5万元，实际支出 5 万元。", True),
    ("sections.content", "主要用于接访支出5万元。", True),  # an amount of last year's
    ("goal.expected", "累计完成维修82处。", True),
    ("goal.expected", "完成农村公路养护任务，群众满意。", False),  # no figure: a goal that stays
    ("goal.expected", "2024年完成值班接访任务", True),  # only its year moved
    ("sections.basic_info", "项目始建于2010年，由县信访局实施。", False),
])
def test_the_review_lists_each_kept_text_naming_last_years_figures(seed_report, where, text, listed):
    from perfeval_gui.core import paths

    seed_report.year = 2024
    for field in ("goal.expected", "sections.basic_info", "sections.content"):
        paths.set_value(seed_report, field, "")
    paths.set_value(seed_report, where, text)
    changes = next_year_report(seed_report, 2025).review
    found = [c for c in changes if c.where == where]
    assert bool(found) is listed
    if found:
        assert found[0].old == text  # whole, never cut


def test_next_years_report_says_what_it_changed_field_by_field_rows_by_id(seed_report):
    """The operation's Change names every field it cleared or moved on, rows by id (the new
    report's rows keep last year's ids): carried onto a copy of last year's report, it gives
    next year's, and nothing it does not name differs."""
    import copy

    from perfeval_gui.core.changes import all_field_paths, carry, value_at
    from perfeval_gui.core.interchange import report_to_document

    before = report_to_document(seed_report)
    made = next_year_report(seed_report, 2025)
    assert report_to_document(seed_report) == before  # last year's is untouched
    change = made.change
    assert not change.restructured()  # the same rows, in the same order
    row = seed_report.indicators[0].row_id
    assert f"indicators[#{row}].actual" in change.fields and "year" in change.fields
    assert all("[#" in path for path in change.fields if "[" in path)
    for path in all_field_paths(seed_report):
        differs = value_at(seed_report, path) != value_at(made.report, path)
        assert differs == (path in change.fields), path
    again = copy.deepcopy(seed_report)
    assert carry(change, made.report, again)
    assert report_to_document(again) == report_to_document(made.report)
    assert [c.where for c in made.review] == [c.where for c in next_year_report(seed_report, 2025).review]
