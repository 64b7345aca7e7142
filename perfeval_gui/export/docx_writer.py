"""The Word writer (python-docx): the shared layout as an editable .docx with real merged
cells, heading styles for the navigation pane, and East Asian font names that Word and WPS
honour on a Chinese PC."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.run import Run

from .docx_private import cell_of, paragraph_element, run_element, table_element
from .layout import (
    BODY,
    BODY_PT,
    CELL_PADDING_PT,
    COVER_FIELD,
    H1,
    H2,
    NOTE,
    PAGE_NUMBER_OF,
    SMALL_PT,
    SUBTITLE,
    TABLE_PT,
    TITLE,
    Cell,
    Document,
    PageBreak,
    Paragraph,
    Table,
)

# what a Chinese PC has (仿宋/黑体/楷体 ship with Windows; WPS maps them on 信创 Linux)
FANGSONG, HEITI, KAITI, SONGTI = "仿宋", "黑体", "楷体", "宋体"
LATIN = "Times New Roman"
STYLE_FONTS = {TITLE: (HEITI, 22), SUBTITLE: (FANGSONG, 14), H1: (HEITI, BODY_PT),
               H2: (KAITI, BODY_PT), BODY: (FANGSONG, BODY_PT), COVER_FIELD: (FANGSONG, BODY_PT),
               NOTE: (FANGSONG, TABLE_PT)}
CORE_PROPERTY_CHARS = 255
WORD_STYLE = {TITLE: "Title", H1: "Heading 1", H2: "Heading 2"}


def set_east_asian_font(target, name: str) -> None:  # type: ignore[no-untyped-def]
    """Set the font for CJK text (w:eastAsia), which font.name alone does not."""
    target.font.name = LATIN
    element = run_element(target) if isinstance(target, Run) else target.element  # a style
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:eastAsia", "w:hint"):
        fonts.set(qn(attr), name if attr == "w:eastAsia" else "eastAsia")


# what follows these elements in a <w:pPr> / <w:tblPr> (ECMA-376 order, which Word enforces)
AFTER_OVERFLOW_PUNCT = ("w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                        "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
AFTER_KINSOKU = ("w:wordWrap", "w:overflowPunct", *AFTER_OVERFLOW_PUNCT)
AFTER_TBL_LAYOUT = ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
AFTER_TBL_CELL_MAR = AFTER_TBL_LAYOUT[1:]


def _child(parent, name: str, successors: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """*parent*'s <name> child, made in its place in the schema's order where missing."""
    element = parent.find(qn(name))
    if element is None:
        element = parent.insert_element_before(OxmlElement(name), *successors)
    return element


def east_asian_line_breaking(paragraph_properties) -> None:  # type: ignore[no-untyped-def]
    """避头尾 on (w:kinsoku), and no punctuation hanging past the margin or out of a cell
    (w:overflowPunct off): Word, WPS and LibreOffice break the lines by these."""
    _child(paragraph_properties, "w:kinsoku", AFTER_KINSOKU).set(qn("w:val"), "1")
    _child(paragraph_properties, "w:overflowPunct", AFTER_OVERFLOW_PUNCT).set(qn("w:val"), "0")


def _prepare_styles(doc) -> None:  # type: ignore[no-untyped-def]
    normal = doc.styles["Normal"]
    set_east_asian_font(normal, FANGSONG)
    # the text is Chinese: the language decides the line-breaking rules LibreOffice applies
    rpr = normal.element.get_or_add_rPr()
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:eastAsia"), "zh-CN")
    east_asian_line_breaking(normal.element.get_or_add_pPr())
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    for key, style_name in WORD_STYLE.items():
        style = doc.styles[style_name]
        font, size = STYLE_FONTS[key]
        set_east_asian_font(style, font)
        style.font.size = Pt(size)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(6)
        if key == TITLE:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # Word's Title style draws a rule under itself; the official paper has none
            ppr = style.element.get_or_add_pPr()
            for border in ppr.findall(qn("w:pBdr")):
                ppr.remove(border)


def _page_setup(doc, document: Document) -> None:  # type: ignore[no-untyped-def]
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    top, bottom, left, right = document.margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if document.page_numbers == PAGE_NUMBER_OF:
        parts = ["第 ", ("PAGE",), " 页 共 ", ("NUMPAGES",), " 页"]
    else:
        parts = ["— ", ("PAGE",), " —"]
    for part in parts:
        if isinstance(part, tuple):
            _field(footer, part[0])
        else:
            run = footer.add_run(part)
            set_east_asian_font(run, SONGTI)
            run.font.size = Pt(12)
    mark = section.footer.add_paragraph()
    mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = mark.add_run(document.footer())
    set_east_asian_font(run, SONGTI)
    run.font.size = Pt(7)
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _field(paragraph, instruction: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, NUMPAGES) that Word and WPS fill in when they lay out the pages."""
    run = paragraph.add_run()
    run.font.size = Pt(12)
    for kind, text in (("begin", None), ("instr", f" {instruction} "), ("separate", None),
                       ("text", "1"), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run_element(run).append(element)


def _paragraph(doc, block: Paragraph) -> None:  # type: ignore[no-untyped-def]
    style = WORD_STYLE.get(block.style)
    paragraph = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    font, size = STYLE_FONTS[block.style]
    east_asian_line_breaking(paragraph_element(paragraph).get_or_add_pPr())
    fmt = paragraph.paragraph_format
    if block.style == BODY:
        fmt.first_line_indent = Pt(2 * BODY_PT)
        fmt.line_spacing = Pt(BODY_PT * 1.75)
    elif block.style == SUBTITLE:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif block.style == COVER_FIELD:
        fmt.left_indent = Mm(6)
        fmt.line_spacing = Pt(BODY_PT * 2.2)
    size = block.size_pt or size
    if block.leading:
        fmt.line_spacing = Pt(size * block.leading)
    if block.hanging_em:
        fmt.left_indent = (fmt.left_indent or 0) + Pt(block.hanging_em * size)
        fmt.first_line_indent = -Pt(block.hanging_em * size)
    if block.keep_with_next:
        fmt.keep_with_next = True
    lines = block.text.split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        set_east_asian_font(run, font)
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _row_flag(tr, name: str) -> None:  # type: ignore[no-untyped-def]
    """w:tblHeader (repeated on each page), w:cantSplit (never cut over pages)."""
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    tr.get_or_add_trPr().append(flag)


def _table(doc, table: Table) -> None:  # type: ignore[no-untyped-def]
    """A Word table whose merges are written as Word writes them (gridSpan across, vMerge
    down), cell by cell in one pass: python-docx's own merge re-reads the whole grid for
    every cell, which made a 60-indicator table take seconds."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    word = doc.add_table(rows=n_rows, cols=n_cols)
    word.style = doc.styles["Table Grid"]
    word.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl = table_element(word)
    # widths that Word, WPS and LibreOffice all honour
    _child(tbl.tblPr, "w:tblLayout", AFTER_TBL_LAYOUT).set(qn("w:type"), "fixed")
    _cell_margins(tbl.tblPr)
    for grid_col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), table.columns, strict=True):
        grid_col.set(qn("w:w"), str(int(Mm(width).twips)))
    cells = _Cells(word, Pt(SMALL_PT if table.compact else TABLE_PT), table.keep_with_next)
    origins = table.origins()
    for r, tr in enumerate(tbl.tr_lst):
        for tc in list(tr.tc_lst):
            tr.remove(tc)
        if r < table.header_rows:
            _row_flag(tr, "w:tblHeader")
        elif table.min_row_height_mm:
            row = word.rows[r]
            row.height = Mm(table.min_row_height_mm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        c = 0
        while c < n_cols:
            o_row, o_col = origins[r][c]
            origin = table.rows[o_row][o_col]
            assert origin is not None
            cells.add(tr, origin, sum(table.columns[c:c + origin.colspan]), o_row == r)
            c += origin.colspan
        if table.keep_with_next:
            _row_flag(tr, "w:cantSplit")


class _Cells:
    """A table's cells: the first of each kind (width, merge, alignment, weight) made through
    python-docx, the others copied from it with their own text. python-docx looks up each
    property's place in the schema for every cell it sets: 1,000 indicators took 7 s."""

    def __init__(self, word, size, keep_with_next: bool) -> None:  # type: ignore[no-untyped-def]
        self.word = word
        self.size = size
        self.keep_with_next = keep_with_next
        self.kinds: dict[tuple, tuple] = {}  # type: ignore[type-arg]

    def add(self, tr, cell: Cell, width: float, first: bool) -> None:  # type: ignore[no-untyped-def]
        """The cell at the end of row *tr*: its *first* row holds the text, the others of a
        vertical merge only continue it."""
        key = (width, cell.colspan, cell.rowspan > 1, first, cell.align, cell.bold)
        kind = self.kinds.get(key)
        if kind is None:
            self.kinds[key] = _prototype(self._make(tr, cell, width, first))
            return
        tc, run = kind
        tc = deepcopy(tc)
        tr.append(tc)
        if first:
            paragraph = tc.find(qn("w:p"))
            lines = cell.text.split("\n")
            for i, line in enumerate(lines):
                r = deepcopy(run)
                paragraph.append(r)
                if line:
                    r.text = line  # as python-docx's add_run writes it (tabs, spaces kept)
                if i < len(lines) - 1:
                    r.add_br()

    def _make(self, tr, origin: Cell, width: float, first: bool):  # type: ignore[no-untyped-def]
        tc = tr.add_tc()
        cell = cell_of(tc, self.word)
        cell.width = Mm(width)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        tc_pr = tc.get_or_add_tcPr()
        if origin.colspan > 1:
            span = OxmlElement("w:gridSpan")
            span.set(qn("w:val"), str(origin.colspan))
            tc_pr.append(span)
        if origin.rowspan > 1:
            merge = OxmlElement("w:vMerge")
            if first:
                merge.set(qn("w:val"), "restart")
            tc_pr.append(merge)
        if first:
            _fill(cell, origin, self.size)
            if self.keep_with_next:  # Word keeps rows together through their paragraphs
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
        return tc


def _prototype(tc):  # type: ignore[no-untyped-def]
    """A made cell without its text, and its first run (the run's properties) without text."""
    tc = deepcopy(tc)
    paragraph = tc.find(qn("w:p"))
    runs = paragraph.findall(qn("w:r"))
    run = deepcopy(runs[0]) if runs else None
    for r in runs:
        paragraph.remove(r)
    if run is not None:
        for child in list(run):
            if child.tag != qn("w:rPr"):
                run.remove(child)
    return tc, run


def _cell_margins(tbl_pr) -> None:  # type: ignore[no-untyped-def]
    """The PDF's cell padding (Word's default, 1.9 mm a side, left 分值 no room in its column)."""
    margins = _child(tbl_pr, "w:tblCellMar", AFTER_TBL_CELL_MAR)
    for side, points in (("top", 1), ("left", CELL_PADDING_PT), ("bottom", 1),
                         ("right", CELL_PADDING_PT)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(points * 20)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)


def _fill(cell, layout_cell: Cell, size) -> None:  # type: ignore[no-untyped-def]
    paragraph = cell.paragraphs[0]
    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(
        layout_cell.align, WD_ALIGN_PARAGRAPH.CENTER)
    paragraph.paragraph_format.first_line_indent = Pt(0)
    east_asian_line_breaking(paragraph_element(paragraph).get_or_add_pPr())
    lines = layout_cell.text.split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        set_east_asian_font(run, FANGSONG)
        run.font.size = size
        run.font.bold = layout_cell.bold
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _core_property(text: str) -> str:
    """Word's document properties hold at most 255 characters (python-docx refuses more)."""
    text = " ".join(text.split())
    return text if len(text) <= CORE_PROPERTY_CHARS else text[:CORE_PROPERTY_CHARS - 1] + "…"


def write_docx(document: Document, target: Path) -> None:
    """Write the .docx to *target* (the caller makes it atomic)."""
    doc = new_docx()
    _prepare_styles(doc)
    _page_setup(doc, document)
    props = doc.core_properties
    props.title, props.author, props.subject = (
        _core_property(document.title), _core_property(document.author), _core_property(document.subject))
    props.comments = _core_property(document.footer())
    props.category = _core_property(document.category)
    props.keywords = document.keywords  # whole or none (cycle.key_mark): a cut key links wrongly
    for block in document.blocks:
        if isinstance(block, PageBreak):
            doc.add_page_break()
        elif isinstance(block, Paragraph):
            _paragraph(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
    doc.save(str(target))
