"""The summary as an Excel workbook: the table with a totals row of formulas (carrying their
computed values, for viewers that do not recalculate), and a sheet with each chart's data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from ..core.figures import round2
from ..core.monitoring_summary import MonitoringRow, MonitoringTotals
from ..core.summary import SummaryRow, SummaryTotals
from .summary_table import (
    COLUMNS,
    LAGS_TITLE,
    MONITORING_COLUMNS,
    RISK_COLUMNS,
    Column,
    grade_counts,
    monitoring_title,
    monitoring_totals_line,
    risky_indicators,
    title_for,
)

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


# ---------------------------------------------------------------------- the monitoring forms' 汇总


def write_monitoring_summary_xlsx(rows: list[MonitoringRow], totals: MonitoringTotals, target: Path,
                                  year: str) -> None:
    """The monitoring 汇总: its table with a 合计 row of formulas, the at-risk indicators, and
    执行率 against the time progress (columns and a line) on a chart sheet."""
    book = xlsxwriter.Workbook(str(target))
    try:
        formats = _formats(book)
        sheet = book.add_worksheet("监控汇总")
        sheet.merge_range(0, 0, 0, len(MONITORING_COLUMNS) - 1, monitoring_title(year, totals),
                          formats["title"])
        _columns(sheet, MONITORING_COLUMNS, rows, formats)
        _monitoring_totals_row(sheet, rows, totals, formats)
        risks = book.add_worksheet("风险指标")
        risks.merge_range(0, 0, 0, len(RISK_COLUMNS) - 1, "完成目标可能性为有可能、完全不可能的指标",
                          formats["title"])
        _columns(risks, RISK_COLUMNS, risky_indicators(rows), formats)
        _progress_sheet(book, rows)
    finally:
        book.close()


def _formats(book: xlsxwriter.Workbook) -> dict[str, Any]:
    return {
        "title": book.add_format({"bold": True, "font_size": 14, "align": "center"}),
        "head": book.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                                 "text_wrap": True, "bg_color": "#EEEEEE"}),
        "cell": book.add_format({"border": 1, "valign": "vcenter", "text_wrap": True}),
        "number": book.add_format({"border": 1, "num_format": "0.00"}),
        "count": book.add_format({"border": 1, "num_format": "0"}),
        "bold_number": book.add_format({"border": 1, "num_format": "0.00", "bold": True}),
    }


def _columns(sheet: Any, columns: tuple[Column, ...], items: list[Any], formats: dict[str, Any]) -> None:
    """Header on row 1, one item a row under it; numbers as numbers (counts as whole ones)."""
    for col, column in enumerate(columns):
        sheet.write(1, col, column.title, formats["head"])
        sheet.set_column(col, col, column.width)
    for offset, item in enumerate(items):
        for col, column in enumerate(columns):
            value = column.value(item)
            if value is None or value == "":
                sheet.write_blank(FIRST_ROW + offset, col, None, formats["cell"])
            elif column.number and isinstance(value, (int, float)):
                sheet.write_number(FIRST_ROW + offset, col, value,
                                   formats["count" if isinstance(value, int) else "number"])
            else:
                sheet.write_string(FIRST_ROW + offset, col, str(value), formats["cell"])
    sheet.freeze_panes(FIRST_ROW, 0)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1)


def _monitoring_totals_row(sheet: Any, rows: list[MonitoringRow], totals: MonitoringTotals,
                           formats: dict[str, Any]) -> None:
    """合计: sums and counts as formulas with their values; the rate of the sums; the words."""
    at = FIRST_ROW + len(rows)
    sheet.write_string(at, 0, f"合计（{totals.reports} 个项目）", formats["cell"])
    for col in range(1, len(MONITORING_COLUMNS)):
        sheet.write_blank(at, col, None, formats["cell"])
    sheet.write_string(at + 1, 0, monitoring_totals_line(totals))
    if not rows:
        return
    first, last = FIRST_ROW + 1, FIRST_ROW + len(rows)  # 1-based Excel rows
    titles = [c.title for c in MONITORING_COLUMNS]

    def span(title: str) -> str:
        name = xl_col_to_name(titles.index(title))
        return f"{name}{first}:{name}{last}"

    sums = (("全年预算数（万元）", totals.budget), ("截至监控期执行数（万元）", totals.executed_to_date),
            ("全年预计执行数（万元）", totals.projected))
    for title, value in sums:
        sheet.write_formula(at, titles.index(title), f"=SUM({span(title)})", formats["number"], float(value))
    counts = (("有可能（项）", totals.possible), ("完全不可能（项）", totals.impossible),
              ("预计未达目标（项）", totals.misses))
    for title, count in counts:
        sheet.write_formula(at, titles.index(title), f"=SUM({span(title)})", formats["count"], count)
    lags = titles.index("执行进度")
    sheet.write_formula(at, lags, f'=COUNTIF({span("执行进度")},"{LAGS_TITLE}")', formats["count"],
                        totals.lagging)
    if totals.rate is not None:
        rated, b, e = span("执行率（%）"), span("全年预算数（万元）"), span("截至监控期执行数（万元）")
        sheet.write_formula(at, titles.index("执行率（%）"),
                            f"=SUMIF({rated},\"<>\",{e})/SUMIF({rated},\"<>\",{b})*100",
                            formats["bold_number"], float(round2(totals.rate)))


def _progress_sheet(book: xlsxwriter.Workbook, rows: list[MonitoringRow]) -> None:
    """Each project's 执行率 as a column and its time progress as a line over them."""
    head = book.add_format({"bold": True})
    sheet = book.add_worksheet("执行率与时间进度")
    sheet.write_row(0, 0, ["项目", "执行率（%）", "时间进度（%）"], head)
    sheet.set_column(0, 0, 30)
    for i, row in enumerate(rows, start=1):
        sheet.write_string(i, 0, row.project)
        if row.rate is not None:
            sheet.write_number(i, 1, float(round2(row.rate)))
        sheet.write_number(i, 2, float(round2(row.time_progress)))
    if not rows:
        return
    columns = book.add_chart({"type": "column"})
    columns.add_series({"name": "执行率（%）", "categories": ["执行率与时间进度", 1, 0, len(rows), 0],
                        "values": ["执行率与时间进度", 1, 1, len(rows), 1], "fill": {"color": "#4472C4"}})
    line = book.add_chart({"type": "line"})
    line.add_series({"name": "时间进度（%）", "categories": ["执行率与时间进度", 1, 0, len(rows), 0],
                     "values": ["执行率与时间进度", 1, 2, len(rows), 2],
                     "line": {"color": "#C0504D", "dash_type": "dash"}})
    columns.combine(line)
    columns.set_title({"name": "执行率与时间进度"})
    sheet.insert_chart("E2", columns)
