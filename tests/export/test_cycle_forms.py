"""The declaration and the monitoring form on paper, read back: each written to Word, Excel
and PDF from the sample documents, and what the paper carries comes back as it went in —
the .docx and .xlsx through ``read`` (JSON → file → read → JSON), the PDF through its text.

What the paper does not print is not expected back: the region and the unit doing the
evaluation, a row's declared target and its 调整原因 (the monitoring form has no room for it).
The profile and the project key come back from the file's properties (湖北's rules: 1–6 月,
causes once per form; the key links the form to the project's others)."""

from __future__ import annotations

import copy
import dataclasses
import json
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from perfeval_gui.core.form_kinds import DECLARATION, FORM_KINDS, MONITORING, SELF_EVALUATION
from perfeval_gui.core.interchange import report_from_document, report_to_json
from perfeval_gui.core.model import Record, Report
from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.cycle_layout import causes_cell, split_target
from perfeval_gui.export.writer import export_report
from perfeval_gui.reader import read_file
from tests.cycle_documents import declaration, hubei_monitoring, monitoring

FORMS = {"declaration": declaration, "monitoring": monitoring, "hubei": hubei_monitoring}
# each form of the year but the 自评表 (the seed report) by its sample
FORM_SAMPLES = {DECLARATION: "declaration", MONITORING: "monitoring"}
FORMS_DESCRIBED = list(FORM_KINDS)


def sample(name: str) -> Report:
    report = report_from_document(FORMS[name]())
    report.project.department, report.project.department_code = "子洲县农业农村局", "105001"
    report.project.implementing_unit = "子洲县农业技术推广中心"
    return report


def _every_key_written(record: object) -> None:
    """A record's optional keys all written (the paper gives every cell, empty or not)."""
    if isinstance(record, Record):
        record.missing = set()
        for f in dataclasses.fields(record):
            _every_key_written(getattr(record, f.name))
    elif isinstance(record, list):
        for item in record:
            _every_key_written(item)


def on_paper(report: Report) -> dict:
    """The report as its paper carries it, as a JSON document."""
    report = copy.deepcopy(report)
    report.project.region = report.project.unit = ""
    for row in report.indicators:
        row.declared_target, row.target_reason = None, ""
    _every_key_written(report)
    return json.loads(report_to_json(report))


def export(tmp_path, report: Report, **kinds: bool) -> dict:
    paths = {kind: tmp_path / f"form.{kind}" for kind in kinds}
    export_report(report, default_library().get(report.profile), **paths)
    return paths


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("name", list(FORMS))
def test_each_form_written_and_read_back_is_the_same_document(tmp_path, name, kind):
    report = sample(name)
    path = export(tmp_path, report, **{kind: True})[kind]
    reading = read_file(path)
    assert reading.kind == report.form and reading.notes == []
    read = reading.report
    assert read.form == report.form and read.period_end == report.period_end
    # 湖北's 不可能 came in as 完全不可能, the level it is
    assert on_paper(read) == on_paper(report)


def test_targets_split_or_printed_whole_read_back_as_typed(tmp_path):
    report = sample("declaration")
    targets = ["良好", "不低于90%", "3-5次", "≥95%，且无安全事故", ">=98%", "600", "2024年12月底前", ""]
    row = report.indicators[0]
    report.indicators = [dataclasses.replace(row, name=f"指标{chr(0x4e00 + k)}", target=t)
                         for k, t in enumerate(targets)]
    for kind in ("docx", "xlsx"):
        read = read_file(export(tmp_path, report, **{kind: True})[kind]).report
        assert [i.target for i in read.indicators] == targets


def test_a_cause_category_without_words_and_words_tied_to_none_come_back(tmp_path):
    report = sample("monitoring")
    report.indicators[2].causes = {"制度保障": "", "人员保障": "两人调离"}
    report.indicators[2].cause_text = "另：场地检修\n第二行"
    report.indicators[0].likelihood = "完全不可能"
    for kind in ("docx", "xlsx"):
        read = read_file(export(tmp_path, report, **{kind: True})[kind]).report
        assert read.indicators[2].causes == {"制度保障": "", "人员保障": "两人调离"}
        assert read.indicators[2].cause_text == "另：场地检修\n第二行"
        assert on_paper(read) == on_paper(report)


def test_a_profile_this_computer_lacks_is_noted_and_the_default_taken(tmp_path):
    from docx import Document

    path = export(tmp_path, sample("hubei"), docx=True)["docx"]
    document = Document(str(path))
    assert document.core_properties.category == "perfeval-profile:hubei-huangshi-2019"
    document.core_properties.category = "perfeval-profile:guangxi-2031"
    document.save(str(path))
    reading = read_file(path)
    assert reading.report.profile == "national-2020"
    assert [n.text() for n in reading.notes] == [
        "文件是按评分规则“guangxi-2031”填写的，本机没有这套规则，已按默认规则导入"]


def test_a_monitoring_form_without_a_period_end_prints_the_profile_s(tmp_path):
    report = sample("hubei")
    report.period_end = None
    read = read_file(export(tmp_path, report, xlsx=True)["xlsx"]).report
    assert read.period_end == "2019-06-30"  # 湖北: 1–6 月


def page_text(pdf) -> str:
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages)


def in_order(text: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = text.find(re.sub(r"\s+", "", needle), at)
        assert found >= 0, f"{needle!r} missing after {text[at:at + 40]!r}"
        at = found


def test_the_declaration_pdf_prints_its_targets_split(tmp_path):
    report = sample("declaration")
    pdf = export(tmp_path, report, pdf=True)["pdf"]
    assert len(PdfReader(pdf).pages) == 1
    text = page_text(pdf)
    in_order(text, ["项目支出绩效目标申报表", "（2024年度）", "项目名称", report.project.name,
                    "主管部门及代码", "子洲县农业农村局105001", "实施单位", "子洲县农业技术推广中心",
                    "项目资金（万元）", "申请数", "年度资金总额", "120", "财政拨款", "100",
                    "年度总体目标", report.goal.expected,
                    "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"])
    # ≥600人次 in three cells; a deadline the parser cannot split whole in 指标值
    in_order(text, ["培训人次", "≥", "600", "人次", "完成时间", "2024年12月底前", "推广实用技术", "≥",
                    "5", "项", "参训农民满意度", "≥", "90", "%"])


def test_the_monitoring_pdf_prints_the_period_execution_and_causes(tmp_path):
    report = sample("monitoring")
    pdf = export(tmp_path, report, pdf=True)["pdf"]
    page = PdfReader(pdf).pages[0]
    assert page.mediabox.width > page.mediabox.height  # the template's landscape page
    text = page_text(pdf)
    in_order(text, ["项目支出绩效目标执行监控表", "（2024年度截至2024年7月31日）",
                    "年初预算数", "全年预算数", "1–7月执行数", "执行率", "全年预计执行数",
                    "年度资金总额", "120", "100", "30", "30%", "95",
                    "预期目标", "1–7月实际完成情况", report.goal.expected, report.goal.achieved,
                    "年度指标值", "1–7月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性",
                    "备注", "培训人次", "≥600人次", "320人次", "610人次", "确定能",
                    "推广实用技术", "经费保障：资金6月才下达", "其他：天气", "有可能", "下半年集中推广"])
    assert "偏差原因分析相关建议或举措" not in text  # causes per row: no form-wide rows


def test_the_hubei_pdf_has_no_projection_column_and_its_causes_once(tmp_path):
    report = sample("hubei")
    text = page_text(export(tmp_path, report, pdf=True)["pdf"])
    assert "全年预计完成情况" not in text  # the profile asks no projection per row
    assert "全年预算数" not in text  # nor a 全年预算数: 年初预算数 only
    assert "完全不可能" not in text.replace("确定能、有可能、不可能", "")
    in_order(text, ["截至2019年6月30日", "年初预算数", "1-6月执行数", "半年度指标执行情况",
                    "市民满意度", "不可能",  # the form's own word for 完全不可能
                    "开展专项整治", "偏差原因分析", report.causes_text, "相关建议或举措", report.measures])


def test_the_excel_forms_hold_amounts_as_numbers_in_their_own_sheet(tmp_path):
    for name, sheet_name in (("declaration", "申报表"), ("monitoring", "监控表")):
        path = export(tmp_path, sample(name), xlsx=True)["xlsx"]
        book = load_workbook(path)
        assert book.sheetnames == [sheet_name]
        sheet = book[sheet_name]
        values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
        assert 120 in values and "120" not in values  # 万元 as numbers
        assert sheet.page_setup.paperSize == 9 and sheet.merged_cells.ranges


def test_word_cells_hold_the_split_target_and_the_cause_lines(tmp_path):
    from docx import Document

    paths = {name: export(tmp_path / name, sample(name), docx=True)["docx"]
             for name in ("declaration", "monitoring") if (tmp_path / name).mkdir() is None}
    cells = [c.text for t in Document(str(paths["declaration"])).tables for r in t.rows for c in r.cells]
    at = cells.index("培训人次")
    assert cells[at + 1:at + 4] == ["≥", "600", "人次"]
    cells = [c.text for t in Document(str(paths["monitoring"])).tables for r in t.rows for c in r.cells]
    assert "经费保障：资金 6 月才下达\n其他：天气" in cells


@pytest.mark.parametrize("target, parts", [
    ("≥600人次", ("≥", "600", "人次")),
    ("不低于90%", ("不低于", "90", "%")),
    ("600", ("", "600", "")),
    ("良好", ("定性", "良好", "")),
    ("2024年12月底前", ("", "2024年12月底前", "")),  # a deadline: whole
    ("≥95%，且无安全事故", ("", "≥95%，且无安全事故", "")),  # words after the unit: whole
    ("3-5次", ("", "3-5次", "")),  # two figures: the parser refuses, printed whole
    ("", ("", "", "")),
])
def test_a_declared_target_splits_only_where_its_parts_join_back(target, parts):
    assert split_target(target) == parts
    op, value, unit = parts
    assert (op if op != "定性" else "") + value + unit == target


def test_the_cause_cell_lists_ticked_categories_then_the_free_words():
    row = sample("monitoring").indicators[1]
    row.cause_text = "另有天气影响"
    assert causes_cell(row) == "经费保障：资金 6 月才下达\n其他：天气\n另有天气影响"


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_self_evaluation_read_back_keeps_its_profile_too(tmp_path, seed_report, kind):
    seed_report.profile = "hubei-huangshi-2019"
    read = read_file(export(tmp_path, seed_report, **{kind: True})[kind]).report
    assert read.profile == "hubei-huangshi-2019" and read.form == "self_evaluation"



@pytest.mark.parametrize("form", FORMS_DESCRIBED)
def test_each_form_prints_the_title_sheet_and_page_of_its_description(tmp_path, seed_report, form):
    """What core/form_kinds.py says a form is, its Excel sheet and its PDF carry: a form added
    there without a sample here fails."""
    report = seed_report if form == SELF_EVALUATION else sample(FORM_SAMPLES[form])
    kind = FORM_KINDS[form]
    paths = {key: tmp_path / f"form.{key}" for key in ("xlsx", "pdf")}
    export_report(report, default_library().get(report.profile), table_only=True, **paths)
    book = load_workbook(paths["xlsx"])
    assert book.sheetnames == [kind.sheet] and kind.title in book.properties.title
    first = next(c.value for row in book[kind.sheet].iter_rows() for c in row if c.value)
    assert first == kind.title
    page = PdfReader(paths["pdf"]).pages[0]
    assert (page.mediabox.width > page.mediabox.height) == kind.landscape
    assert f"{kind.title}（" in re.sub(r"\s+", "", page.extract_text())  # over its year
