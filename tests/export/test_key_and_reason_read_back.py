"""What links a printed form to its project and says why a target moved comes back when the
file is read: the project key from the Word/Excel file's keywords property (every form, the
whole 自评报告 too; the PDF carries it in its Keywords), the 调整原因 printed in a 自评表 row's
偏差原因 cell split back into the row's reason — JSON → .docx/.xlsx → read → JSON. A file the
app did not write reads as before: no key, the cell's words as they are."""

from __future__ import annotations

import json

import pytest
from docx import Document
from pypdf import PdfReader

from perfeval_gui.core import cycle
from perfeval_gui.core.interchange import report_from_document, report_to_json
from perfeval_gui.core.model import Report
from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.writer import export_report
from perfeval_gui.reader import read_file
from tests.cycle_documents import KEY, declaration, hubei_monitoring, monitoring
from tests.reader.builders import HEADER, Grid, indicator_rows, project_block, write_docx, write_xlsx


def self_evaluation() -> Report:
    """The year's 自评表 made from the monitoring form: 参训农民满意度 declared ≥85%, raised
    to ≥90% with its reason; the others as declared."""
    report = cycle.self_evaluation_from(report_from_document(monitoring()))
    for row in report.indicators:
        row.actual = row.projected
    report.indicators[2].deviation = "样本偏少\n下年扩大抽样"
    return report


FORMS = {"declaration": lambda: report_from_document(declaration()),
         "monitoring": lambda: report_from_document(monitoring()),
         "hubei": lambda: report_from_document(hubei_monitoring()),
         "self_evaluation": self_evaluation}


def written(tmp_path, report: Report, kind: str, table_only: bool = True):
    path = tmp_path / f"form.{kind}"
    export_report(report, default_library().get(report.profile), table_only=table_only,
                  **{kind: path})
    return path


def rows(report: Report) -> list[dict]:
    """Each indicator row of the report as its JSON gives it."""
    return json.loads(report_to_json(report))["indicators"]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("name", list(FORMS))
def test_every_form_read_back_keeps_its_project_key(tmp_path, name, kind):
    report = FORMS[name]()
    assert report.project_key
    reading = read_file(written(tmp_path, report, kind))
    assert reading.report.project_key == report.project_key
    assert reading.notes == [] or name == "self_evaluation"  # its notes: the 自评表's own


def test_the_whole_word_report_keeps_the_key_and_the_pdf_names_it(tmp_path):
    report = self_evaluation()
    whole = read_file(written(tmp_path, report, "docx", table_only=False))
    assert whole.kind == "report" and whole.report.project_key == KEY
    assert whole.report.indicators[2].target_reason == "上级要求提高"
    for name in ("declaration", "monitoring"):
        pdf = written(tmp_path, FORMS[name](), "pdf")
        # no reader takes a PDF back in; the key is there for whoever looks at its properties
        assert PdfReader(pdf).metadata["/Keywords"] == f"perfeval-project:{KEY}"


def test_a_report_without_a_key_and_a_hand_made_file_read_without_one(tmp_path):
    report = FORMS["monitoring"]()
    report.project_key = ""
    for kind in ("docx", "xlsx"):
        assert read_file(written(tmp_path, report, kind)).report.project_key == ""
    form = Grid()
    project_block(form)
    form.add(*HEADER)
    indicator_rows(form, merged_levels=False)
    for path in (write_docx(tmp_path / "手工.docx", ["项目支出绩效自评表", "（2023年度）", form]),
                 write_xlsx(tmp_path / "手工.xlsx", [form])):
        assert read_file(path).report.project_key == ""


def test_a_tag_the_user_added_in_word_leaves_the_key_readable(tmp_path):
    path = written(tmp_path, FORMS["declaration"](), "docx")
    document = Document(str(path))
    document.core_properties.keywords = f"绩效; {document.core_properties.keywords}; 2024"
    document.save(str(path))
    assert read_file(path).report.project_key == KEY


def test_a_key_a_property_cannot_hold_whole_is_not_written_rather_than_cut(tmp_path):
    for key in ("两 个词", "k" * 201, "a;b", "控制\x01符"):
        report = FORMS["declaration"]()
        report.project_key = key
        for kind in ("docx", "xlsx"):
            assert read_file(written(tmp_path, report, kind)).report.project_key == ""


def test_someone_else_s_keywords_name_no_project(tmp_path):
    path = written(tmp_path, FORMS["declaration"](), "docx")
    document = Document(str(path))
    document.core_properties.keywords = "perfeval-projects 绩效 perfeval-project:"
    document.save(str(path))
    assert read_file(path).report.project_key == ""


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_changed_target_s_reason_comes_back_apart_from_the_deviation(tmp_path, kind):
    report = self_evaluation()
    report.indicators[1].deviation = "按计划完成"
    report.indicators[1].target_reason = "未调整，不印"  # its target is as declared
    read = read_file(written(tmp_path, report, kind)).report
    got = [(i.deviation, i.target_reason) for i in read.indicators]
    assert got == [("", ""), ("按计划完成", ""), ("样本偏少\n下年扩大抽样", "上级要求提高")]
    # the declared target is printed on no form: it does not come back
    assert [i.declared_target for i in read.indicators] == [None, None, None]
    # JSON → file → read → JSON: the paper's columns, the key and the reason as they went in
    # (the stray reason of a row whose target is as declared is not printed)
    wanted = rows(report)
    wanted[1]["target_reason"] = ""
    for got_row, want_row in zip(rows(read), wanted, strict=True):
        for field in ("level1", "level2", "name", "target", "actual", "deviation", "target_reason"):
            assert got_row.get(field, "") == want_row.get(field, ""), field


def test_a_reason_read_back_is_printed_again(tmp_path):
    """The read report knows no declared target: its reason is printed as it came, so a
    second export and read keeps it too."""
    first = read_file(written(tmp_path, self_evaluation(), "docx")).report
    (tmp_path / "again").mkdir()
    second = read_file(written(tmp_path / "again", first, "xlsx")).report
    assert [(i.deviation, i.target_reason) for i in second.indicators] == [
        (i.deviation, i.target_reason) for i in first.indicators]
    assert second.indicators[2].target_reason == "上级要求提高"


def test_a_reason_of_several_lines_and_one_without_words_before_it(tmp_path):
    report = self_evaluation()
    changed = report.indicators[2]
    changed.deviation, changed.target_reason = "", "上级要求提高\n见2024年3号文"
    read = read_file(written(tmp_path, report, "xlsx")).report.indicators[2]
    assert (read.deviation, read.target_reason) == ("", "上级要求提高\n见2024年3号文")


def test_a_hand_made_form_s_words_stay_the_deviation_unless_a_line_opens_with_the_reason(tmp_path):
    assert cycle.split_deviation("原因：天气\n措施：调整原因分析方法") == (
        "原因：天气\n措施：调整原因分析方法", "")
    assert cycle.split_deviation("天气影响\n调整原因: 上级要求") == ("天气影响", "上级要求")
    assert cycle.split_deviation("调整原因：") == ("", "")
