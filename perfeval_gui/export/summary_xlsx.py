"""The summary as an Excel workbook: the table with a totals row of formulas (carrying their
computed values, for viewers that do not recalculate), and a sheet with each chart's data."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from ..core.figures import round2
from ..core.summary import SummaryRow, SummaryTotals
from .summary_table import COLUMNS, grade_counts, title_for

FIRST_ROW = 2  # 0-based: title, header, then the reports


def write_summary_xlsx(rows: list[SummaryRow], totals: SummaryTotals, target: Path, year: str) -> None:
    book = xlsxwriter.Workbook(str(target))
    try:
        _table(book, rows, totals, year)
        _chart_sheets(book, rows, totals)
    finally:
        book.close()


def _table(book: xlsxwriter.Workbook, rows: list[SummaryRow], totals: SummaryTotals, year: str) -> None:
    sheet = book.add_worksheet("汇总")
    title = book.add_format({"bold": True, "font_size": 14, "align": "center"})
    head = book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                            "text_wrap": True, "bg_color": "#EEEEEE"})
    cell = book.add_format({"border": 1, "valign": "vcenter", "text_wrap": True})
    number = book.add_format({"border": 1, "num_format": "0.00"})
    bold_number = book.add_format({"border": 1, "num_format": "0.00", "bold": True})
    sheet.merge_range(0, 0, 0, len(COLUMNS) - 1, title_for(year), title)
    for col, column in enumerate(COLUMNS):
        sheet.write(1, col, column.title, head)
        sheet.set_column(col, col, column.width)
    for offset, row in enumerate(rows):
        for col, column in enumerate(COLUMNS):
            value = column.value(row)
            if value is None:
                sheet.write_blank(FIRST_ROW + offset, col, None, cell)
            elif column.number and isinstance(value, (int, float)):  # 未评分 is a word
                sheet.write_number(FIRST_ROW + offset, col, value, number)
            else:
                sheet.write_string(FIRST_ROW + offset, col, str(value), cell)
    _totals_row(sheet, rows, totals, cell, bold_number)
    sheet.freeze_panes(FIRST_ROW, 0)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1)


def _totals_row(sheet, rows, totals, cell, number) -> None:  # type: ignore[no-untyped-def]
    """合计: sums, the rate of the sums, the mean total — formulas with their values."""
    at = FIRST_ROW + len(rows)
    sheet.write_string(at, 0, f"合计（{totals.reports} 份）", cell)
    for col in range(1, len(COLUMNS)):
        sheet.write_blank(at, col, None, cell)
    if not rows:
        return
    first, last = FIRST_ROW + 1, FIRST_ROW + len(rows)  # 1-based Excel rows

    def span(col: int) -> str:
        name = xl_col_to_name(col)
        return f"{name}{first}:{name}{last}"

    titles = [c.title for c in COLUMNS]
    budget, executed = titles.index("全年预算数（万元）"), titles.index("全年执行数（万元）")
    rate, total = titles.index("执行率（%）"), titles.index("自评总分")
    sheet.write_formula(at, budget, f"=SUM({span(budget)})", number, float(totals.budget))
    sheet.write_formula(at, executed, f"=SUM({span(executed)})", number, float(totals.executed))
    if totals.rate is not None:
        # the rows that have a rate only: a budget without its executed amount is not 0 %
        rated, b, e = span(rate), span(budget), span(executed)
        sheet.write_formula(at, rate, f"=SUMIF({rated},\"<>\",{e})/SUMIF({rated},\"<>\",{b})*100",
                            number, float(round2(totals.rate)))
    if totals.mean_total is not None:
        sheet.write_formula(at, total, f"=AVERAGE({span(total)})", number,
                            float(round2(totals.mean_total)))


def _chart_sheets(book: xlsxwriter.Workbook, rows: list[SummaryRow], totals: SummaryTotals) -> None:
    head = book.add_format({"bold": True})
    grades = book.add_worksheet("等级分布")
    grades.write_row(0, 0, ["等级", "报告数"], head)
    counts = grade_counts(totals)
    for i, (name, count) in enumerate(counts, start=1):
        grades.write_string(i, 0, name)
        grades.write_number(i, 1, count)
    rates = book.add_worksheet("执行率")
    rates.write_row(0, 0, ["项目", "执行率（%）"], head)
    rates.set_column(0, 0, 30)
    scatter = book.add_worksheet("自评与规则")
    scatter.write_row(0, 0, ["项目", "自评总分", "规则总分"], head)
    scatter.set_column(0, 0, 30)
    for i, row in enumerate(rows, start=1):
        rates.write_string(i, 0, row.project)
        if row.rate is not None:
            rates.write_number(i, 1, float(round2(row.rate)))
        scatter.write_string(i, 0, row.project)
        if row.total is not None and row.rule_total is not None:  # not scored yet: no point
            scatter.write_number(i, 1, float(round2(row.total)))
            scatter.write_number(i, 2, float(round2(row.rule_total)))
    if rows:
        chart = book.add_chart({"type": "column"})
        chart.add_series({"name": "报告数", "categories": ["等级分布", 1, 0, len(counts), 0],
                          "values": ["等级分布", 1, 1, len(counts), 1]})
        chart.set_legend({"none": True})
        grades.insert_chart("D2", chart)
