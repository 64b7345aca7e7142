"""A report whose rule total awaits judgement: the 汇总's Excel and PDF print 待判定 in its 规则总分
cell and leave it out of the self-vs-rule chart (it has no point to place); its 差值 is blank."""

from __future__ import annotations

import re
from decimal import Decimal

from openpyxl import load_workbook
from pypdf import PdfReader

from perfeval_gui.core.summary import summary_row, summary_totals
from perfeval_gui.export.summary_pdf import write_summary_pdf
from perfeval_gui.export.summary_xlsx import write_summary_xlsx
from tests.core.reports import clean_report


def rows(profile):
    judged = clean_report(profile)
    waiting = clean_report(profile)
    waiting.project.name = "待判定的项目"
    waiting.indicators[3].target, waiting.indicators[3].actual = "群众满意", "群众普遍认可"
    waiting.indicators[3].score = Decimal(9)
    return [summary_row("a.json", judged, profile), summary_row("b.json", waiting, profile)]


def test_the_summary_files_print_pending_for_a_rule_total_awaiting_judgement(national, tmp_path):
    found = rows(national)
    assert found[1].rule_total is None and found[1].gap is None and found[0].rule_total is not None
    totals = summary_totals(found)
    write_summary_xlsx(found, totals, tmp_path / "s.xlsx", "2023")
    write_summary_pdf(found, totals, tmp_path / "s.pdf", "2023")
    book = load_workbook(tmp_path / "s.xlsx")
    table = book.worksheets[0]
    cells = [[c.value for c in row] for row in table.iter_rows()]
    line = next(r for r in cells if "待判定的项目" in r)
    header = next(r for r in cells if "规则总分" in r)
    assert line[header.index("规则总分")] == "待判定" and line[header.index("差值")] is None
    scatter = book["自评与规则"]
    points = {r[0].value: r[2].value for r in scatter.iter_rows(min_row=2)}
    assert points["待判定的项目"] is None and points["农村公路养护工程"] is not None
    text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "s.pdf").pages))
    assert "待判定" in text


def test_the_monitoring_summary_without_a_rate_prints_a_dash_not_dash_percent():
    """A year whose monitoring forms give no figure to date has no 执行率: its totals line says
    执行率 —, as the window does, not —%."""
    from perfeval_gui.core.monitoring_summary import monitoring_totals
    from perfeval_gui.export.summary_table import monitoring_totals_line

    line = monitoring_totals_line(monitoring_totals([], 1))
    assert "执行率 —；" in line and "—%" not in line
