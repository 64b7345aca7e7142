"""The monitoring form's headers on paper break between words: a header longer than its
column's line (全年预计完成情况, 完成目标可能性) is printed on two even lines, never with its last
character alone on the second — in the PDF and in the Word file, for the central template and
for 湖北's form."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from perfeval_gui.core.model import Indicator
from perfeval_gui.core.monitoring import report_table
from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.columns import balanced_header
from tests.export.test_cycle_forms import export, sample


def printed_headers(report) -> list[str]:
    table = report_table(Indicator, report, default_library().get(report.profile))
    return [c.zh for c in table if c.prints]


def header_lines(lines: list[str], header: str) -> list[str]:
    """The consecutive text lines that together print *header*."""
    for i in range(len(lines)):
        for j in range(i + 1, min(i + 4, len(lines)) + 1):
            if "".join(lines[i:j]) == header:
                return lines[i:j]
    raise AssertionError(f"{header} not found in {lines}")


@pytest.mark.parametrize("name", ["monitoring", "hubei"])
def test_no_pdf_header_leaves_a_character_alone_on_a_line(tmp_path, name):
    report = sample(name)
    pdf = export(tmp_path, report, pdf=True)["pdf"]
    lines = [line.strip() for line in PdfReader(pdf).pages[0].extract_text().splitlines()]
    for header in printed_headers(report):
        if "（" in header:  # 湖北's header with its choices wraps inside the brackets
            header = header[:header.index("（")]
            assert header in lines
            continue
        assert all(len(line) > 1 for line in header_lines(lines, header)), header
    if name == "monitoring":
        assert header_lines(lines, "全年预计完成情况") == ["全年预计", "完成情况"]
        assert header_lines(lines, "完成目标可能性") == ["完成目标", "可能性"]


def test_the_word_headers_say_where_they_break(tmp_path):
    path = export(tmp_path, sample("monitoring"), docx=True)["docx"]
    cells = {c.text for t in Document(str(path)).tables for r in t.rows for c in r.cells}
    assert {"全年预计\n完成情况", "完成目标\n可能性"} <= cells
    assert "偏差原因分析" in cells  # wide enough for one line: kept whole


@pytest.mark.parametrize("header, room, printed", [
    ("全年预计完成情况", 5, "全年预计\n完成情况"),
    ("完成目标可能性", 5, "完成目标\n可能性"),
    ("半年度指标执行情况", 5, "半年度指标\n执行情况"),
    ("1–7月执行情况", 5, "1–7月\n执行情况"),
    ("全年预计执行数", 5, "全年预计\n执行数"),
    ("完成目标可能性（确定能、有可能、不可能）", 8, "完成目标可能性\n（确定能、有可能、不可能）"),
    ("全年预计完成情况", 9, "全年预计完成情况"),  # room for it: one line
    ("年度指标值", 5, "年度指标值"),
])
def test_a_header_breaks_between_words_into_even_lines(header, room, printed):
    assert balanced_header(header, room) == printed


def test_the_monitoring_summary_pdf_gives_every_header_room_for_two_lines(tmp_path):
    """The 监控汇总's narrow counts (有可能（项）, 完全不可能（项）, 错误) once broke a character a
    line; each column is now as wide as its header on two lines broken between words, and a
    date is never cut."""
    from perfeval_gui.core.interchange import report_from_document
    from perfeval_gui.core.monitoring_summary import monitoring_row, monitoring_totals
    from perfeval_gui.export.summary_pdf import write_monitoring_summary_pdf
    from tests.cycle_documents import monitoring

    rows = []
    for k, unit in enumerate(("子洲县农业农村局", "子洲县交通运输局")):
        document = monitoring()
        document["project"]["unit"] = unit
        document["project_key"] = f"k{k}"
        report = report_from_document(document)
        rows.append(monitoring_row(k + 1, report, default_library().get(report.profile)))
    pdf = tmp_path / "m.pdf"
    write_monitoring_summary_pdf(rows, monitoring_totals(rows, 0), pdf, "2024")
    lines = [line.strip() for line in PdfReader(pdf).pages[0].extract_text().splitlines()]
    assert header_lines(lines, "有可能（项）") == ["有可能", "（项）"]
    assert header_lines(lines, "完全不可能（项）") == ["完全不可能", "（项）"]
    assert header_lines(lines, "时间进度（%）") == ["时间进度", "（%）"]
    assert "错误" in lines and "提示" in lines
    assert sum("2024-07-31" in line for line in lines) == 2
