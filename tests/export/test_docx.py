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
