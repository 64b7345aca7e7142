"""The Word file, read back: real merged cells, East Asian fonts, the seed's every figure."""

from __future__ import annotations

import zipfile

from docx import Document

from perfeval_gui.core.figures import figure_text
from perfeval_gui.core.interchange import fingerprint


def test_cover_paragraphs(seed_exports):
    _, _, docx = seed_exports
    texts = [p.text for p in Document(docx).paragraphs if p.text.strip()]
    assert texts[0] == "子洲县财政支出项目绩效自评报告"
    assert "评价项目类型：☑项目实施过程评价 ☑项目完成结果评价" in texts
    assert "评价工作组负责人：张震　(签章)" in texts
    assert "评价时间：2024年03月15日" in texts


def cell_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_form_cells_hold_every_figure(seed_exports):
    report, _, docx = seed_exports
    doc = Document(docx)
    top, indicators = doc.tables[0], doc.tables[1]
    top_rows = cell_rows(top)
    assert top_rows[0][2] == "重大敏感时期值班接访"
    assert top_rows[3][2:] == ["年度资金总额", "5", "", "5", "10", "100%", "10"]
    rows = cell_rows(indicators)
    assert rows[0][1:] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                           "得分", "偏差原因分析及改进措施"]
    for k, indicator in enumerate(report.indicators, start=1):
        assert rows[k][1:8] == [indicator.level1, indicator.level2, indicator.name,
                                indicator.target, indicator.actual,
                                figure_text(indicator.weight), figure_text(indicator.score)]
        assert rows[k][8] == indicator.deviation
    assert rows[-1][6:8] == ["100", "85"]


def test_level_cells_are_really_merged_over_their_groups(seed_exports):
    report, _, docx = seed_exports
    table = Document(docx).tables[1]
    n = len(report.indicators)
    level1_cells = [table.cell(r, 1)._tc for r in range(1, n + 1)]
    level2_cells = [table.cell(r, 2)._tc for r in range(1, n + 1)]
    groups1 = [(i.level1,) for i in report.indicators]
    groups2 = [(i.level1, i.level2) for i in report.indicators]

    def runs(keys):
        return [k == 0 or keys[k] != keys[k - 1] for k in range(len(keys))]

    assert runs(level1_cells) == runs(groups1)
    assert runs(level2_cells) == runs(groups2)
    # 绩效指标 spans the header and every indicator row
    assert len({table.cell(r, 0)._tc for r in range(0, n + 1)}) == 1
    xml = table._tbl.xml
    assert 'w:vMerge' in xml and "w:gridSpan" in xml


def test_east_asian_fonts_and_heading_styles(seed_exports):
    _, _, docx = seed_exports
    with zipfile.ZipFile(docx) as archive:
        body = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    assert 'w:eastAsia="仿宋"' in body and 'w:eastAsia="黑体"' in styles
    assert 'w:eastAsia="楷体"' in styles
    doc = Document(docx)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["一、项目概况", "二、项目绩效目标", "三、项目评价及绩效分析",
                        "四、存在问题与改进措施", "五、自评小组"]
    assert any(p.style.name == "Heading 2" and p.text == "（一）项目基本情况" for p in doc.paragraphs)


def test_footer_has_page_numbers_and_the_fingerprint(seed_exports):
    report, _, docx = seed_exports
    footer = Document(docx).sections[0].footer
    assert fingerprint(report) in footer.paragraphs[-1].text
    assert "PAGE" in footer._element.xml


def test_the_team_table_leaves_the_signature_empty(seed_exports):
    report, _, docx = seed_exports
    team = Document(docx).tables[-1]
    rows = cell_rows(team)
    assert rows[0] == ["姓名", "职称/职务", "单位", "签字"]
    assert rows[1:-1] == [[m.name, m.title, m.unit, ""] for m in report.team]
    assert rows[-1][0] == "项目单位负责人\n（签字并盖章）" and "年　　月　　日" in rows[-1][2]


def test_a_template_row_prints_without_weight_or_score(tmp_path):
    from decimal import Decimal

    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.core.model import Indicator
    from perfeval_gui.core.profiles import ProfileLibrary
    from perfeval_gui.export.writer import export_report
    from tests.conftest import SEED_PATH

    report = read_report_file(SEED_PATH)
    report.indicators.append(Indicator(level1="满意度指标", level2="服务对象满意度指标", name="指标2",
                                       weight=Decimal(5)))
    docx = tmp_path / "template-row.docx"
    export_report(report, ProfileLibrary().get("national-2020"), docx=docx)
    rows = cell_rows(Document(docx).tables[1])
    assert rows[-2][3:8] == ["指标2", "", "", "", ""]
    assert rows[-1][-3:-1] == ["100", "85"]  # the 总分 row: the template row adds nothing


def test_each_cell_keeps_its_own_text_and_the_properties_of_its_kind(tmp_path, seed_report, national):
    """Word cells are copied from the first of their kind (python-docx made 1,000 indicators
    in 7 s): every copy holds its own text as typed — tabs, spaces at either end, line
    breaks — and exactly the properties python-docx gave the first."""
    from lxml import etree

    from perfeval_gui.export.writer import export_report

    texts = ["\t缩进的名称", "  前后有空格  ", "第一行\n第二行\n", "", "A<B & C>D"]
    for k, indicator in enumerate(seed_report.indicators):
        indicator.name = f"{texts[k % len(texts)]}{k}"
        indicator.deviation = texts[(k + 2) % len(texts)]
    docx = tmp_path / "cells.docx"
    export_report(seed_report, national, docx=docx)
    table = Document(docx).tables[1]
    rows = cell_rows(table)
    for k, indicator in enumerate(seed_report.indicators, start=1):
        assert rows[k][3] == indicator.name and rows[k][8] == indicator.deviation

    def properties(cell) -> tuple[bytes, ...]:
        tc = cell._tc
        paragraph = tc.p_lst[0]
        run = paragraph.r_lst[0]
        return tuple(etree.tostring(e) for e in (tc.tcPr, paragraph.pPr, run.rPr))

    for column in range(3, 9):  # 三级指标 … 偏差原因: one cell each, the same kind down the column
        kinds = {properties(table.cell(k, column)) for k in range(1, len(seed_report.indicators) + 1)}
        assert len(kinds) == 1, column


def test_every_cell_has_its_own_width_and_alignment(seed_exports, national):
    """Cells of one kind are copies: a copy in the wrong column or with the wrong alignment
    shows here, for every cell of every table, against the layout."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    from perfeval_gui.export.layout import Table, build_document

    report, _, docx = seed_exports
    layout = [b for b in build_document(report, national).blocks if isinstance(b, Table)]
    aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
              "center": WD_ALIGN_PARAGRAPH.CENTER}
    tables = Document(docx).tables
    assert len(tables) == len(layout)
    for word, table in zip(tables, layout, strict=True):
        origins = table.origins()
        for r, row in enumerate(table.rows):
            # a Word cell where no merge comes from the left (one continuing a merge from above too)
            starts = [c for c in range(len(row)) if origins[r][c][1] == c]
            word_cells = word.rows[r]._tr.tc_lst
            assert len(word_cells) == len(starts)
            for tc, c in zip(word_cells, starts, strict=True):
                o_row, o_col = origins[r][c]
                origin = table.rows[o_row][o_col]
                assert abs(tc.width - Mm(sum(table.columns[c:c + origin.colspan]))) <= 635, (r, c)
                if o_row == r:
                    assert tc.p_lst[0].pPr.jc_val == aligns[origin.align], (r, c)
