"""The PDF, read back: every figure of the seed, in order, in embedded Chinese fonts."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal

import pytest
from pypdf import PdfReader

from perfeval_gui.core.figures import figure_text
from perfeval_gui.core.interchange import fingerprint


def page_texts(pdf) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(pdf).pages]


def in_order(haystack: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(re.sub(r"\s+", "", needle), position)
        assert found >= 0, f"{needle!r} missing after position {position}"
        position = found


def test_cover_fields_appear_in_order(seed_exports):
    _, pdf, _ = seed_exports
    cover = page_texts(pdf)[0]
    in_order(cover, ["子洲县财政支出项目绩效自评报告", "评价项目类型", "项目实施过程评价",
                     "项目完成结果评价", "重大敏感时期值班接访", "子洲县信访局", "子洲县信访局",
                     "11610831773827085D", "张震", "(签章)", "张震", "13119285323",
                     "2024年03月15日"])


def test_the_form_holds_every_amount_indicator_cell_and_score(seed_exports):
    report, pdf, _ = seed_exports
    form = page_texts(pdf)[1]
    in_order(form, ["项目支出绩效自评表", "2023", "重大敏感时期值班接访", "子洲县信访局111001",
                    "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                    "年度资金总额", "5", "5", "10", "100%", "10", "其中：市级补助", "其他资金",
                    "预期目标", "实际完成情况"])
    cells = ["一级指标", "二级指标", "三级指标"]
    for indicator in report.indicators:
        cells += [indicator.name, indicator.target, indicator.actual,
                  figure_text(indicator.weight), figure_text(indicator.score)]
    cells += ["总分", "100", "85"]
    in_order(form, cells)


def test_the_body_follows_the_outline_without_gaps(seed_exports):
    _, pdf, _ = seed_exports
    body = "".join(page_texts(pdf)[2:])
    in_order(body, ["一、项目概况", "（一）项目基本情况", "（二）项目建设内容", "二、项目绩效目标",
                    "三、项目评价及绩效分析", "（一）绩效目标完成情况及绩效结果分析",
                    "（二）项目资金调整情况", "（三）项目管理情况", "四、存在问题与改进措施",
                    "（一）存在问题", "（二）改进措施", "五、自评小组", "姓名", "职称/职务", "单位",
                    "签字", "冯武飞", "局长", "梁红飞", "米明", "张嘎", "项目单位负责人（签字并盖章）",
                    "年月日"])


def test_every_page_is_numbered_and_carries_the_fingerprint(seed_exports):
    report, pdf, _ = seed_exports
    mark = fingerprint(report)
    for number, text in enumerate(page_texts(pdf), start=1):
        assert f"—{number}—" in text
        assert mark in text


def test_metadata_names_the_report(seed_exports):
    _, pdf, _ = seed_exports
    meta = PdfReader(pdf).metadata
    assert "重大敏感时期值班接访" in meta.title and "子洲县财政支出项目绩效自评报告" in meta.title
    assert meta.author == "子洲县信访局"
    assert "2023" in meta.subject


def test_fonts_are_embedded_subsets(seed_exports):
    _, pdf, _ = seed_exports
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        assert "+" in row[0], row  # a subset's name carries a tag: AAAAAA+UMingCN
        assert row[-5:-3] == ["yes", "yes"], row  # emb, sub


def test_markup_characters_print_as_typed(tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    seed_report.indicators[0].deviation = "A<B & C>D <b>粗</b>"
    pdf = tmp_path / "x.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    assert "A<B&C>D<b>粗</b>" in page_texts(pdf)[0]


def test_the_form_alone_is_one_page_in_portrait_and_landscape(tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    for landscape in (False, True):
        pdf = tmp_path / f"t{landscape}.pdf"
        export_report(seed_report, national, pdf=pdf, table_only=True, landscape=landscape)
        reader = PdfReader(pdf)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (box.width > box.height) is landscape


def test_a_long_table_repeats_its_header_on_the_next_page(tmp_path, seed_report, national):
    import copy

    from perfeval_gui.export.writer import export_report

    base = seed_report.indicators
    seed_report.indicators = [copy.deepcopy(base[i % len(base)]) for i in range(40)]
    for k, indicator in enumerate(seed_report.indicators):
        indicator.name = f"{indicator.name}{k}"
        indicator.weight = Decimal("2.25")
    pdf = tmp_path / "long.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert all("三级指标" in page for page in pages)


def test_a_three_thousand_character_cell_runs_on_over_pages(tmp_path, seed_report, national):
    from perfeval_gui.export.writer import export_report

    seed_report.indicators[1].deviation = "原因说明文字" * 500
    pdf = tmp_path / "huge.pdf"
    export_report(seed_report, national, pdf=pdf)
    assert len(PdfReader(pdf).pages) > 5


def test_page_numbers_of_total_as_a_setting(tmp_path, seed_report, national):
    from perfeval_gui.export.layout import PAGE_NUMBER_OF
    from perfeval_gui.export.writer import export_report

    pdf = tmp_path / "of.pdf"
    export_report(seed_report, national, pdf=pdf, page_numbers=PAGE_NUMBER_OF)
    pages = page_texts(pdf)
    assert all(f"第{n}页共{len(pages)}页" in text for n, text in enumerate(pages, start=1))


def test_no_usable_font_stops_the_export_and_writes_nothing(tmp_path, monkeypatch, seed_report,
                                                            national):
    from perfeval_gui.export import fonts
    from perfeval_gui.export.writer import ExportError, export_report

    monkeypatch.setattr(fonts, "font_dirs", lambda: [])
    fonts._files_by_name.cache_clear()
    try:
        with pytest.raises(ExportError) as caught:
            export_report(seed_report, national, pdf=tmp_path / "x.pdf")
        assert "fonts-arphic-uming" in caught.value.text("zh")
        assert list(tmp_path.iterdir()) == []
    finally:
        fonts._files_by_name.cache_clear()


def test_a_long_table_is_laid_out_once_not_once_per_page(tmp_path, seed_report, national,
                                                         monkeypatch):
    """300 indicators over many pages: every one printed, in order, and the rows laid out
    grow with the table (the pages after the first reuse the whole table's row heights)."""
    import copy

    from reportlab.platypus.tables import Table as RLTable

    from perfeval_gui.export.writer import export_report

    first = seed_report.indicators
    seed_report.indicators = [copy.deepcopy(first[i % len(first)]) for i in range(300)]
    for i, indicator in enumerate(seed_report.indicators):
        indicator.name = f"指标{i:03d}"
    laid_out: list[int] = []
    wrap = RLTable.wrap
    monkeypatch.setattr(RLTable, "wrap",
                        lambda table, *size: laid_out.append(len(table._cellvalues)) or wrap(table, *size))
    pdf = tmp_path / "long.pdf"
    export_report(seed_report, national, pdf=pdf, table_only=True)
    text = "".join(page_texts(pdf))
    in_order(text, [f"指标{i:03d}" for i in range(300)])
    assert sum(laid_out) < 4 * 300, sum(laid_out)  # it was 11× here, growing with the pages


def test_page_numbers_of_total_need_one_layout_not_two(tmp_path, seed_report, national, monkeypatch):
    """The count is known once the last page is laid out: the pages wait for it rather than
    the whole document being laid out again (which doubled the export's time)."""
    from perfeval_gui.export import pdf_writer
    from perfeval_gui.export.layout import PAGE_NUMBER_OF
    from perfeval_gui.export.writer import export_report

    builds = []
    build = pdf_writer.SimpleDocTemplate.build
    monkeypatch.setattr(pdf_writer.SimpleDocTemplate, "build",
                        lambda template, *a, **k: builds.append(1) or build(template, *a, **k))
    pdf = tmp_path / "of.pdf"
    export_report(seed_report, national, pdf=pdf, page_numbers=PAGE_NUMBER_OF, landscape=True)
    pages = page_texts(pdf)
    assert builds == [1]
    assert all(f"第{n}页共{len(pages)}页" in text for n, text in enumerate(pages, start=1))
    assert all(fingerprint(seed_report) in text for text in pages)
