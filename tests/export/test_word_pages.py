"""The Word file as it is laid out: its paragraphs ask for Chinese line breaking, and where
LibreOffice is installed the pages it renders are read back line by line (skipped without it)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from .test_printed_lines import broken_lines

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")


def test_every_paragraph_asks_for_kinsoku_and_no_hanging_punctuation(long_exports):
    _, _, docx = long_exports
    document = Document(str(docx))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    paragraphs = [p for p in paragraphs if p.text.strip()]  # not the page breaks' own
    assert len(paragraphs) > 200
    for paragraph in paragraphs:
        ppr = paragraph._p.pPr
        assert ppr is not None
        assert ppr.find(qn("w:kinsoku")).get(qn("w:val")) == "1"
        assert ppr.find(qn("w:overflowPunct")).get(qn("w:val")) == "0"
    language = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert language.get(qn("w:eastAsia")) == "zh-CN"


def test_the_cell_padding_is_the_pdfs(long_exports):
    _, _, docx = long_exports
    table = Document(str(docx)).tables[0]
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    assert margins.find(qn("w:left")).get(qn("w:w")) == "50"  # 2.5 pt, in twentieths
    assert margins.find(qn("w:right")).get(qn("w:w")) == "50"


@pytest.fixture(scope="module")
def rendered(long_exports, tmp_path_factory):
    """The .docx laid out by LibreOffice, as PDF: (page texts, lines)."""
    if not OFFICE:
        pytest.skip("LibreOffice is not installed")
    _, _, docx = long_exports
    out = tmp_path_factory.mktemp("office")
    profile = tmp_path_factory.mktemp("office-profile")  # its own: others may run one too
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=240)
    pages = [page.extract_text() or "" for page in PdfReader(out / f"{docx.stem}.pdf").pages]
    return pages, [line for page in pages for line in page.split("\n")]


def test_no_line_libreoffice_lays_out_breaks_the_rules(rendered):
    _, lines = rendered
    assert len(lines) > 300
    assert broken_lines(lines) == []


def test_figures_and_headers_stay_whole_in_the_word_tables(rendered):
    pages, lines = rendered
    assert not any(line.strip().startswith("%") for line in lines)
    whole = sum(line.count("93.6%") for line in lines)
    assert whole == sum(re.sub(r"\s+", "", page).count("93.6%") for page in pages) and whole > 40
    form = pages[1]
    assert "分值" in form and "执行率" in form and "年度指标值" in form
    assert len(re.findall(r"分值", form)) >= 2  # the funds' header and the indicators'


def test_the_cover_is_one_page_and_the_form_the_next(rendered):
    pages, _ = rendered
    first, second = (re.sub(r"\s+", "", page) for page in pages[:2])
    assert "评价时间" in first and "2024年03月15日" in first
    assert "项目支出绩效自评表" in second and "评价时间" not in second
    assert "一级指标" in second and "重大敏感时期值班次数" in second  # its heading with its table


# ECMA-376's order of a paragraph's and a table's properties: Word refuses a file out of it
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
               "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]


def in_schema_order(element, order: list[str]) -> bool:
    names = [child.tag.split("}")[1] for child in element]
    return [order.index(n) for n in names] == sorted(order.index(n) for n in names)


def test_the_properties_written_keep_the_schemas_order(long_exports):
    _, _, docx = long_exports
    document = Document(str(docx))
    body = document.element.body
    for ppr in body.iter(qn("w:pPr")):
        assert in_schema_order(ppr, PPR_ORDER), [c.tag for c in ppr]
    for tblpr in body.iter(qn("w:tblPr")):
        assert in_schema_order(tblpr, TBLPR_ORDER), [c.tag for c in tblpr]
    for style in document.styles.element.iter(qn("w:pPr")):
        assert in_schema_order(style, PPR_ORDER)
