"""read, import and export --xlsx on the command line, for Word and Excel files."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from perfeval_gui.core.interchange import report_from_json
from tests.reader.builders import HEADER, NAMES, Grid, indicator_rows, write_docx, write_xlsx

from .test_cli import call, write


def a_form(tmp_path, name="form.xlsx"):
    grid = Grid()
    grid.add("2024年度项目支出绩效自评表")
    grid.add("项目名称", "职业技能培训")
    grid.add(*HEADER)
    indicator_rows(grid, merged_levels=True)
    grid.add("效益指标", "可持续影响指标", "指标1", "", "", "", "", "")
    return write_xlsx(tmp_path / name, [grid])


def test_read_prints_a_v1_document_and_notes_what_it_skipped(capsys, tmp_path):
    status, out, err = call(capsys, "read", str(a_form(tmp_path)))
    assert status == 0
    report = report_from_json(out)
    assert [i.name for i in report.indicators] == NAMES
    assert (report.year, report.project.name) == (2024, "职业技能培训")
    lines = err.strip().splitlines()
    assert lines == ["注：工作表“Sheet1”第 9 行：“指标1”是模板占位行，不是指标，已跳过"]


def test_read_in_english_keeps_the_note_marker(capsys, tmp_path):
    status, _, err = call(capsys, "read", str(a_form(tmp_path)), "--lang", "en")
    assert status == 0
    assert err.strip() == ('注：sheet "Sheet1", row 9: "指标1" is a template placeholder, '
                           "not an indicator: skipped")


def test_read_without_a_form_exits_two_with_one_line(capsys, tmp_path):
    letter = write_docx(tmp_path / "letter.docx", ["关于报送材料的通知"])
    for path in (letter, tmp_path / "missing.xlsx", write(tmp_path, "plain text", "t.txt")):
        status, out, err = call(capsys, "read", str(path))
        assert status == 2 and out == "", path
        assert len(err.strip().splitlines()) == 1 and path.name in err, err


def test_import_takes_word_and_excel_by_content_and_json_as_before(capsys, tmp_path, seed_text):
    db = tmp_path / "s.sqlite"
    disguised = a_form(tmp_path, "form.json")  # a workbook whatever its name says
    ids = []
    for path in (a_form(tmp_path), disguised, write(tmp_path, seed_text, "seed.json")):
        status, out, _ = call(capsys, "import", str(path), "--db", str(db))
        assert status == 0
        ids.append(int(out))
    status, out, _ = call(capsys, "dump", "--db", str(db), "--id", str(ids[1]))
    assert [i["name"] for i in json.loads(out)["indicators"]] == NAMES


def test_import_of_a_file_without_a_form_writes_nothing(capsys, tmp_path):
    db = tmp_path / "s.sqlite"
    letter = write_docx(tmp_path / "letter.docx", ["关于报送材料的通知"])
    status, out, err = call(capsys, "import", str(letter), "--db", str(db))
    assert status == 2 and out == "" and "没有找到" in err
    assert not db.exists()


def test_export_xlsx_alone_or_with_pdf(capsys, tmp_path, seed_text):
    src = write(tmp_path, seed_text)
    sheet_only = tmp_path / "alone.xlsx"
    status, out, _ = call(capsys, "export", str(src), "--xlsx", str(sheet_only))
    assert status == 0 and out == "" and sheet_only.exists()
    status, _, _ = call(capsys, "export", str(src), "--xlsx", str(tmp_path / "b.xlsx"),
                        "--pdf", str(tmp_path / "b.pdf"))
    assert status == 0 and (tmp_path / "b.xlsx").exists() and (tmp_path / "b.pdf").exists()
    status, _, err = call(capsys, "export", str(src))
    assert status == 2 and "--xlsx" in err


def test_the_excel_form_has_the_paper_layout_and_a_total_formula(capsys, tmp_path, seed_text):
    src = write(tmp_path, seed_text)
    target = tmp_path / "form.xlsx"
    assert call(capsys, "export", str(src), "--xlsx", str(target))[0] == 0
    sheet = load_workbook(target).active
    assert sheet.title == "自评表"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.print_title_rows == "$11:$11"  # the indicators' header on every page
    assert sheet.print_area == "'自评表'!$A$1:$I$19"
    merged = {str(m) for m in sheet.merged_cells.ranges}
    assert {"A1:I1", "A3:B3", "A11:A18", "B12:B16", "A19:F19"} <= merged
    header = [sheet.cell(11, c).value for c in range(2, 10)]
    assert header == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                      "偏差原因分析及改进措施"]
    assert [sheet.cell(r, 8).value for r in range(12, 19)] == [10, 5, 10, 0, 10, 20, 20]
    assert sheet["H19"].value == "=SUM(I6,H12,H13,H14,H15,H16,H17,H18)"
    assert load_workbook(target, data_only=True).active["H19"].value == 85  # the value it carries
    assert sheet["G19"].value == 100
    assert sheet["C12"].border.left.style == "thin"
    widths = [sheet.column_dimensions[c].width for c in "ABCDEFGHI"]
    assert sum(widths) * 1.95 > 240  # fills the width of an A4 landscape page
