"""A project name of the format's 200 characters: the cover stays one page, the 自评表 keeps its
heading with its table, and the columns fit their figures and labels (the PDF read back)."""

from __future__ import annotations

import copy
import re
from decimal import Decimal

from pypdf import PdfReader

from perfeval_gui.export.columns import needs
from perfeval_gui.export.cover_fit import STEPS
from perfeval_gui.export.layout import COVER_FIELD, Paragraph, Table, build_document

from .long_report import NAME_LIMIT, long_report


def page_texts(pdf) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages]


def test_the_cover_of_a_200_character_name_is_one_page(long_exports):
    report, pdf, _ = long_exports
    assert len(report.project.name) == NAME_LIMIT
    pages = page_texts(pdf)
    assert "评价时间" in pages[0] and "2024年03月15日" in pages[0]
    assert pages[1].startswith("项目支出绩效自评表") or "项目支出绩效自评表" in pages[1][:40]
    assert "评价时间" not in pages[1]


def test_the_cover_shrinks_only_as_far_as_it_must(seed_report, national, long_exports):
    def cover_sizes(report):
        document = build_document(report, national)
        return {(b.size_pt, b.leading) for b in document.blocks
                if isinstance(b, Paragraph) and b.style == COVER_FIELD}

    assert cover_sizes(seed_report) == {STEPS[0]}  # a usual name: the full 三号 size
    long_size = cover_sizes(long_exports[0])
    assert len(long_size) == 1 and next(iter(long_size)) in STEPS[1:]
    assert next(iter(long_size))[0] >= 12  # 小四 at the least


def test_the_form_keeps_its_heading_with_its_table_when_it_runs_over(tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    report = long_report(seed_report)
    report.goal.expected = report.goal.achieved = "按期完成全部建设内容，工程质量合格。" * 6
    base = report.indicators
    report.indicators = [copy.deepcopy(base[i % len(base)]) for i in range(30)]
    for k, indicator in enumerate(report.indicators):
        indicator.name = f"{indicator.name}{k}"
        indicator.weight = Decimal("3")
    pdf = tmp_path / "form.pdf"
    export_report(report, national, pdf=pdf, table_only=True)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    first = pages[0]
    for part in ("项目支出绩效自评表", "项目名称", "预期目标", "一级指标", "偏差原因分析及改进措施",
                 report.indicators[0].name):
        assert part in first, part


def test_every_figure_and_short_label_fits_its_column(long_exports, national):
    document = build_document(long_exports[0], national)
    tables = [b for b in document.blocks if isinstance(b, Table)]
    form_top, form = tables[0], tables[1]
    assert form_top.columns == form.columns  # drawn flush: their borders meet
    assert abs(sum(form.columns) - document.text_width_mm) < 0.01
    em_mm = 9 * 25.4 / 72  # the 自评表's 小五
    for table in tables[:2]:
        for row in table.rows:
            for c, cell in enumerate(row):
                if cell is None or cell.colspan != 1:
                    continue
                must, should = needs(cell.text)
                assert must * em_mm < table.columns[c], cell.text
                if cell.text in ("分值", "得分", "执行率", "年度指标值", "实际完成值", "93.6%"):
                    assert should * em_mm < table.columns[c], cell.text


def test_a_form_that_starts_low_on_a_page_moves_whole_to_the_next(tmp_path, seed_report, national):
    """Where little room is left, the heading does not stay behind alone: it goes over with
    the table (the paragraphs before it stand for whatever could precede it)."""
    from perfeval_gui.export.layout import BODY
    from perfeval_gui.export.pdf_writer import write_pdf

    document = build_document(long_report(seed_report), national, table_only=True)
    document.blocks = [Paragraph("上文" * 40, BODY) for _ in range(9)] + document.blocks
    pdf = tmp_path / "low.pdf"
    write_pdf(document, pdf)
    pages = page_texts(pdf)
    heading = next(i for i, page in enumerate(pages) if "项目支出绩效自评表" in page)
    assert heading > 0
    for part in ("项目名称", "预期目标", "一级指标", seed_report.indicators[0].name):
        assert part in pages[heading], part
