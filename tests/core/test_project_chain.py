"""One project, its forms and years: the list keeps a project's reports together in the
year's order (申报 → 监控 → 自评), a link to a report no longer there is broken but keeps the
later forms; 历年对比 takes in the declaration's targets and the monitoring figures; the 自评表
prints a changed target's 调整原因."""

from __future__ import annotations

from perfeval_gui.core import cycle, project_chain
from perfeval_gui.core.comparison import compare_years
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.project_chain import ReportFacts, chain_places
from perfeval_gui.core.scoring import score_report
from perfeval_gui.export.comparison_layout import comparison_document
from perfeval_gui.export.layout import Table

from ..cycle_documents import declaration, monitoring


def facts(report_id, year, form, key="", previous=None, deleted=False, declared=False):
    return ReportFacts(report_id, year, form, key, previous, deleted, declared)


def test_a_project_is_its_key_and_its_next_year_links_in_the_year_s_order():
    places = chain_places([
        facts(1, 2024, "self_evaluation", "k"),
        facts(2, 2024, "declaration", "k"),
        facts(3, 2025, "declaration", "", previous=1),  # made by next year: linked, no key
        facts(4, 2024, "monitoring", "k", declared=True),
        facts(5, 2024, "self_evaluation", "other"),
        facts(6, 2023, "self_evaluation"),  # a report of its own
    ])
    assert places[1].chain == places[3].chain == (2, 4, 1, 3)
    assert {places[i].group for i in (1, 2, 3, 4)} == {1}
    assert places[5].chain == (5,) and places[6].chain == (6,)
    assert all(p.broken is None for p in places.values())


def test_a_deleted_declaration_leaves_the_later_forms_whole_with_the_link_broken():
    binned = [facts(1, 2024, "declaration", "k", deleted=True),
              facts(2, 2024, "monitoring", "k", declared=True),
              facts(3, 2024, "self_evaluation", "k", declared=True),
              facts(4, 2025, "self_evaluation", "k", previous=3)]
    places = chain_places(binned)
    assert set(places) == {2, 3, 4} and places[2].chain == (2, 3, 4)
    assert places[2].broken == places[3].broken == project_chain.DECLARATION_DELETED
    assert places[4].broken is None  # next year's report declares nothing of 2024
    emptied = chain_places(binned[1:])  # the bin emptied: gone for good
    assert emptied[2].broken == project_chain.DECLARATION_GONE
    last_year_binned = chain_places([facts(3, 2024, "self_evaluation", "k", deleted=True),
                                     facts(4, 2025, "self_evaluation", "k", previous=3)])
    assert last_year_binned[4].broken == project_chain.PREVIOUS_DELETED
    assert chain_places([facts(4, 2025, "self_evaluation", previous=3)])[4].broken == \
        project_chain.PREVIOUS_GONE


def test_the_self_evaluation_prints_a_changed_target_s_reason_in_its_deviation_cell():
    report = cycle.self_evaluation_from(report_from_document(monitoring()))
    row, same = report.indicators[2], report.indicators[0]
    assert (row.target, row.declared_target, row.target_reason) == ("≥90%", "≥85%", "上级要求提高")
    assert cycle.printed_deviation(row) == "调整原因：上级要求提高"
    row.deviation = "宣传不足；下一步加强宣传。"
    assert cycle.printed_deviation(row) == "宣传不足；下一步加强宣传。\n调整原因：上级要求提高"
    same.target_reason, same.deviation = "写了也不印", "无"
    assert cycle.printed_deviation(same) == "无"  # the target is as declared: nothing to explain


def scored(reports, library):
    return [(r, score_report(r, library.get(r.profile))) for r in reports]


def test_the_comparison_takes_in_the_declaration_and_the_monitoring_figures(library):
    declared = report_from_document(declaration())
    mid_year = report_from_document(monitoring())
    done = cycle.self_evaluation_from(mid_year)
    done.indicators[0].target, done.indicators[0].actual = "≥650人次", "660人次"
    last_year = cycle.self_evaluation_from(declared)
    last_year.year = 2023
    comparison = compare_years(scored([done, mid_year, declared, last_year], library), library.get)
    assert comparison.years == [2023, 2024]
    assert comparison.forms == {2023: ["self_evaluation"],
                                2024: ["declaration", "monitoring", "self_evaluation"]}
    mid = comparison.mid_year[2024]
    assert (mid.month, mid.rate) == (7, 30)  # 30 of the adjusted 100 by 7 月 31 日
    assert 2023 not in comparison.mid_year
    cells = {row.name: row.cells[2024] for row in comparison.rows if 2024 in row.cells}
    trained = cells["培训人次"]
    assert (trained.target, trained.declared, trained.actual) == ("≥650人次", "≥600人次", "660人次")
    assert (trained.to_date, trained.projected, trained.likelihood) == ("320人次", "610人次", "确定能")
    assert cells["推广实用技术"].declared is None  # as declared: nothing said
    assert trained.score is not None  # the year is shown by its self-evaluation

    document = comparison_document(comparison, "农村实用技术培训", "f")
    table = next(b for b in document.blocks if isinstance(b, Table))
    texts = [c.text if c else "" for row in table.rows for c in row]
    assert "2024 年（申报·监控·自评）" in texts and "年中执行/预计" in texts
    assert "≥650人次 *\n（申报：≥600人次）" in texts  # raised since 2023, and since declared
    assert "1–7月 320人次\n预计 610人次\n确定能" in texts
    assert any(t.startswith("30%（1–7月，") for t in texts)


def test_a_year_with_only_its_monitoring_form_shows_it_without_points(library):
    mid_year = report_from_document(monitoring())
    comparison = compare_years(scored([report_from_document(declaration()), mid_year], library),
                               library.get)
    cell = next(row for row in comparison.rows if row.name == "推广实用技术").cells[2024]
    assert (cell.score, cell.weight, cell.to_date, cell.projected) == (None, None, "2项", "4项")
    assert comparison.totals[2024] is None and comparison.rates[2024] is None


def test_a_year_whose_declaration_is_gone_keeps_the_declared_targets_its_forms_kept(library):
    mid_year = report_from_document(monitoring())
    done = cycle.self_evaluation_from(mid_year)
    comparison = compare_years(scored([mid_year, done], library), library.get)
    assert comparison.declaration_missing == [2024]
    satisfied = next(row for row in comparison.rows if row.name == "参训农民满意度").cells[2024]
    assert (satisfied.target, satisfied.declared) == ("≥90%", "≥85%")  # from the rows themselves
    document = comparison_document(comparison, "农村实用技术培训", "f")
    assert "2024 年的申报表已不在库中（关联已断开）" in document.blocks[-1].text
    whole = compare_years(scored([report_from_document(declaration()), mid_year, done], library),
                          library.get)
    assert whole.declaration_missing == []
