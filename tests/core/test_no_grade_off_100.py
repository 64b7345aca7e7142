"""A total whose weights do not add up to 100 is no score out of 100: it carries no grade,
and every surface says why (score, list, the panel, the exported files)."""

from __future__ import annotations

import json
from decimal import Decimal

from perfeval_gui.core.interchange import report_to_json
from perfeval_gui.core.narrative import draft_section
from perfeval_gui.core.report_json import score_document
from perfeval_gui.core.scoring import score_report

from ..cli.test_cli import call
from .reports import clean_report

D = Decimal
NOTE = "分值合计 110，应为 100，不评定等级"


def weights_110(profile):
    report = clean_report(profile)
    report.indicators[0].weight = D(40)  # 10 + 40 + 20 + 30 + 10 = 110
    return report


def test_no_grade_where_the_weights_add_up_to_110(national):
    result = score_report(weights_110(national), national)
    assert result.grade is None and result.all_weight == 110
    doc = score_document(weights_110(national), national)
    assert doc["grade"] is None and NOTE in doc["reason"]
    assert "not 100" in score_document(weights_110(national), national, "en")["reason"]


def test_not_applicable_rows_count_in_the_hundred(national):
    report = clean_report(national)
    report.indicators[1].applicable = False  # 20 of the 100 do not apply: rescaled, graded
    assert score_report(report, national).grade is not None
    report.indicators[2].weight = D(40)  # now the rows add up to 110, one of them not applicable
    assert score_report(report, national).grade is None


def test_a_hundred_keeps_its_grade(national):
    result = score_report(clean_report(national), national)
    assert result.grade == "优" and not result.reasons


def test_score_and_list_on_the_command_line_show_no_grade(national, tmp_path, capsys):
    path = tmp_path / "r.json"
    path.write_text(report_to_json(weights_110(national)), encoding="utf-8")
    status, out, _err = call(capsys, "score", str(path))
    doc = json.loads(out)
    assert status == 0 and doc["grade"] is None and doc["total"] > 100 and NOTE in doc["reason"]
    db = tmp_path / "s.sqlite"
    call(capsys, "import", str(path), "--db", str(db))
    status, out, _err = call(capsys, "list", "--db", str(db))
    (line,) = [json.loads(x) for x in out.splitlines()]
    assert line["grade"] is None and line["total"] == doc["total"]


def test_the_draft_says_no_grade(national):
    report = weights_110(national)
    draft = draft_section("analysis", report, score_report(report, national))
    assert NOTE in draft and "评价等级" not in draft


def test_the_exported_files_print_the_total_and_no_grade(national, tmp_path):
    import re

    from docx import Document
    from pypdf import PdfReader

    from perfeval_gui.core.figures import figure_text
    from perfeval_gui.export.writer import export_report

    report = weights_110(national)
    report.sections.analysis = None  # drafted at export, from the table as it is now
    total = figure_text(score_report(report, national).total)
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    export_report(report, national, pdf=pdf, docx=docx)

    word = Document(str(docx))
    total_row = [cell.text for cell in word.tables[1].rows[-1].cells]
    assert total_row[0] == "总分" and "110" in total_row and total in total_row
    assert NOTE in total_row[-1]
    paragraphs = "\n".join(p.text for p in word.paragraphs)
    assert f"自评总分 {total} 分" in paragraphs and "不评定等级" in paragraphs
    assert "评价等级为" not in paragraphs

    printed = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert re.sub(r"\s+", "", NOTE) in printed and f"自评总分{total}分" in printed
    assert "评价等级为" not in printed
