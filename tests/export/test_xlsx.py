"""The 自评表 as Excel where the total is no plain sum: rescaled for a not-applicable row."""

from __future__ import annotations

from openpyxl import load_workbook

from perfeval_gui.core.figures import round2
from perfeval_gui.core.scoring import score_report
from perfeval_gui.export.writer import export_report
from perfeval_gui.reader import read_file


def test_a_rescaled_total_is_written_as_its_figure_with_the_note(tmp_path, seed_report, national):
    seed_report.indicators[1].applicable = False
    target = tmp_path / "rescaled.xlsx"
    export_report(seed_report, national, xlsx=target)
    result = score_report(seed_report, national)
    sheet = load_workbook(target).active
    total_row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "总分")
    assert sheet.cell(total_row, 8).value == float(round2(result.total))  # a number, no formula
    assert sheet.cell(13, 8).value == "不适用"
    assert any("不适用" in str(sheet.cell(r, 1).value) and str(sheet.cell(r, 1).value).startswith("注")
               for r in range(total_row + 1, sheet.max_row + 1))
    read = read_file(target).report
    assert [i.applicable for i in read.indicators] == [i.applicable for i in seed_report.indicators]
