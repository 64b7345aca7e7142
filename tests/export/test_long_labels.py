"""A 一级/二级指标 or a cover field at the format's 20,000 characters prints readably (issue 28):
its start and a reference where it stands — the cover stays one page, the 自评表's narrow level
column a few lines — and the whole text across the page under the table or after the cover.
Both files read back."""

from __future__ import annotations

import re

from docx import Document as WordDocument
from pypdf import PdfReader

from perfeval_gui.core.limits import MAX_TEXT_CHARS
from perfeval_gui.export.layout import COVER_SHOWN_CHARS, LEVEL_SHOWN_CHARS

LEVEL = ("社会效益指标之长名" * 3000)[:MAX_TEXT_CHARS]
UNIT = ("某某市某某区某某局下属单位" * 2000)[:MAX_TEXT_CHARS]


def pdf_pages(pdf) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages]


def test_a_long_level_and_a_long_cover_field_print_their_start_and_then_whole(
        tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    seed_report.indicators[0].level1 = LEVEL
    seed_report.project.unit = UNIT
    pdf, docx = tmp_path / "long.pdf", tmp_path / "long.docx"
    export_report(seed_report, national, pdf=pdf, docx=docx)
    pages = pdf_pages(pdf)
    cover = pages[0]
    assert "评价时间" in cover  # the cover still one page
    assert f"自评项目单位：{UNIT[:COVER_SHOWN_CHARS]}…（注1）" in cover
    assert f"注1：自评项目单位：{UNIT[:100]}" in pages[1]
    form = next(k for k, page in enumerate(pages) if "项目支出绩效自评表" in page)
    assert form >= 2  # after the cover and its notes
    assert "偏差原因分析及改进措施" in pages[form]  # the 自评表 begins on its page, not pages later
    assert "值班在位率" in pages[form]  # ... and its rows are there, the level a few lines
    joined = "".join(pages)
    assert joined.count(f"注1：{LEVEL[:200]}") == 2  # under the 自评表 and the goals table
    assert len(pages) < 60  # was 400 with the level printed three characters a line

    word = "".join(p.text for p in WordDocument(str(docx)).paragraphs)
    cells = "".join(c.text for t in WordDocument(str(docx)).tables for row in t.rows for c in row.cells)
    assert f"注1：{LEVEL}" in word and f"注1：自评项目单位：{UNIT}" in word  # whole, once each place
    assert f"{LEVEL[:LEVEL_SHOWN_CHARS]}…（注1）" in cells and LEVEL not in cells


def test_a_usual_report_prints_as_before(seed_report, national):
    from perfeval_gui.export.layout import Paragraph, build_document

    document = build_document(seed_report, national)
    notes = [b.text for b in document.blocks if isinstance(b, Paragraph) and re.match(r"注\d+：", b.text)]
    assert notes == []
