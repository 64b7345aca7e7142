"""A 自评表 made from the year's monitoring form prints a changed target's 调整原因 in that
row's 偏差原因分析及改进措施 cell — Word, PDF and Excel read back — and nothing in a row
whose target is as declared; the table keeps its columns."""

from __future__ import annotations

import re

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from perfeval_gui.core import cycle
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.export.writer import export_report
from tests.cycle_documents import monitoring


def test_the_reason_of_a_changed_target_is_printed_in_its_row(tmp_path, national):
    report = cycle.self_evaluation_from(report_from_document(monitoring()))
    changed, same = report.indicators[2], report.indicators[0]
    assert cycle.changed_targets(report) == [2]
    changed.deviation = "样本偏少"
    same.target_reason = "未调整不印"  # as declared: a stray reason is not printed
    for row in report.indicators:
        row.actual = row.projected
    pdf, docx, xlsx = tmp_path / "t.pdf", tmp_path / "t.docx", tmp_path / "t.xlsx"
    export_report(report, national, pdf=pdf, docx=docx, xlsx=xlsx, table_only=True)

    cells = [c.text for table in Document(docx).tables for row in table.rows for c in row.cells]
    assert "样本偏少\n调整原因：上级要求提高" in cells
    assert not any("未调整不印" in c for c in cells)
    values = [str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row if c.value]
    assert "样本偏少\n调整原因：上级要求提高" in values
    header = next(row for row in load_workbook(xlsx).active.iter_rows(values_only=True)
                  if "偏差原因分析及改进措施" in row)
    assert "调整原因" not in "".join(str(v) for v in header if v)  # no column added
    text = "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages)
    assert "调整原因：上级要求提高" in text and "未调整不印" not in text
