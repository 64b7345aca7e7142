"""An Excel 97–2003 workbook (checked in, made by fixtures/make_xls.py) reads like any other."""

from __future__ import annotations

from pathlib import Path

from perfeval_gui.reader import SELF_EVALUATION, SKIPPED, read_file

FIXTURE = Path(__file__).parent / "fixtures" / "legacy-2003.xls"


def test_a_2003_workbook_with_merged_levels_split_targets_and_percent_cells():
    reading = read_file(FIXTURE)
    assert reading.kind == SELF_EVALUATION
    report = reading.report
    assert report.year == 2023
    assert report.project.name == "农村饮水安全维修养护"
    assert (report.project.department, report.project.department_code) == ("某县水利局", "301001")
    got = [(i.level1, i.name, i.target, i.actual, i.weight, i.score) for i in report.indicators]
    assert got == [
        ("产出指标", "维修供水工程", "≥12处", "13处", 30, 30),
        ("产出指标", "工程验收合格率", "≥95%", "100%", 30, 30),  # 0.95 shown as 95%
        ("效益指标", "受益人口", "≥5000人", "5200人", 20, 20),
        ("满意度指标", "群众满意度", "≥90%", "93%", 20, 20),
    ]
    assert report.extra["printed"] == {"total": 100, "scores": [30, 30, 20, 20]}
    skipped = [n.text() for n in reading.notes if n.kind == SKIPPED]
    assert skipped == ["工作表“2023自评表”第 9 行：“指标1”是模板占位行，不是指标，已跳过"]
