"""The PDF writer (reportlab): draws the shared layout on A4 with embedded Chinese fonts."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from . import fonts
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
from .pdf_paragraph import LineBreakingParagraph as RLParagraph
from .pdf_table import CellLines, RowSlicedTable
from .reportlab_private import keep_page, restore_page


def _styles(names: dict[str, str]) -> dict[str, ParagraphStyle]:
    body, heading, sub = names[fonts.BODY], names[fonts.HEADING], names[fonts.SUBHEADING]
    leading = BODY_PT * 1.75
    return {
        TITLE: ParagraphStyle("title", fontName=heading, fontSize=22, leading=32,
                              alignment=TA_CENTER, spaceAfter=8, wordWrap="CJK"),
        SUBTITLE: ParagraphStyle("subtitle", fontName=body, fontSize=14, leading=20,
                                 alignment=TA_CENTER, spaceAfter=6, wordWrap="CJK"),
        H1: ParagraphStyle("h1", fontName=heading, fontSize=BODY_PT, leading=leading,
                           spaceBefore=6, wordWrap="CJK", keepWithNext=1),
        H2: ParagraphStyle("h2", fontName=sub, fontSize=BODY_PT, leading=leading, wordWrap="CJK",
                           keepWithNext=1),
        BODY: ParagraphStyle("body", fontName=body, fontSize=BODY_PT, leading=leading,
                             firstLineIndent=2 * BODY_PT, wordWrap="CJK"),
        COVER_FIELD: ParagraphStyle("cover", fontName=body, fontSize=BODY_PT, leading=BODY_PT * 2.6,
                                    leftIndent=6 * mm, wordWrap="CJK"),
        NOTE: ParagraphStyle("note", fontName=body, fontSize=TABLE_PT, leading=TABLE_PT * 1.5,
                             wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=body, fontSize=TABLE_PT, leading=TABLE_PT * 1.35,
                               alignment=TA_CENTER, wordWrap="CJK"),
        "cell_left": ParagraphStyle("cell_left", fontName=body, fontSize=TABLE_PT,
                                    leading=TABLE_PT * 1.35, alignment=TA_LEFT, wordWrap="CJK"),
        "cell_right": ParagraphStyle("cell_right", fontName=body, fontSize=TABLE_PT,
                                     leading=TABLE_PT * 1.35, alignment=TA_RIGHT, wordWrap="CJK"),
        "small_cell": ParagraphStyle("small_cell", fontName=body, fontSize=SMALL_PT,
                                     leading=SMALL_PT * 1.3, alignment=TA_CENTER, wordWrap="CJK"),
        "small_cell_left": ParagraphStyle("small_cell_left", fontName=body, fontSize=SMALL_PT,
                                          leading=SMALL_PT * 1.3, alignment=TA_LEFT,
                                          wordWrap="CJK"),
    }


# reportlab's mini-markup escapes (xml.sax.saxutils.escape would import urllib, http and email: 16 ms)
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(char: str) -> str:
    return _ESCAPES.get(char, char) if len(char) == 1 else "".join(_ESCAPES.get(c, c) for c in char)


class Glyphs:
    """Which characters the body font draws, and where the others come from."""

    def __init__(self, body: fonts.FontFile, symbols: fonts.FontFile | None) -> None:
        self.body = fonts.glyphs(str(body.path))
        self.symbols = fonts.glyphs(str(symbols.path)) if symbols else frozenset()
        self.symbol_name = symbols.name if symbols else None

    def markup(self, text: str) -> str:
        """Text as typed, safe for reportlab's mini-markup (<, > and & print as they are),
        with symbols the CJK font lacks drawn from a symbol font."""
        out = []
        for char in text:
            code = ord(char)
            if char == "\n":
                out.append("<br/>")
            elif code in self.body or code < 0x2000:
                out.append(escape(char))
            elif code in self.symbols:
                out.append(f'<font name="{self.symbol_name}">{escape(char)}</font>')
            else:
                out.append(escape(fonts.SYMBOL_SUBSTITUTES.get(char, char)))
        return "".join(out)


def _register_font(font: fonts.FontFile) -> None:
    if font.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(fonts.reportlab_font(font))  # over the face already parsed


class _Story:
    """Turns the layout's blocks into reportlab flowables for one frame width."""

    def __init__(self, names: dict[str, str], glyphs: Glyphs, width: float, height: float) -> None:
        self.styles = _styles(names)
        self.glyphs = glyphs
        self.width = width
        self.height = height
        self._cells: dict[tuple[str, str], RLParagraph] = {}

    def flowables(self, document: Document) -> list:  # type: ignore[type-arg]
        story: list = []  # type: ignore[type-arg]
        kept: list = []  # type: ignore[type-arg]  # a run of blocks kept with what follows
        for block in document.blocks:
            if isinstance(block, PageBreak):
                made = [RLPageBreak()]
            elif isinstance(block, Paragraph):
                made = [RLParagraph(self.glyphs.markup(block.text), self.style_of(block))
                        if block.text else Spacer(1, BODY_PT * 1.5)]
            else:
                made = ([] if block.keep_with_previous else [Spacer(1, 4)]) + [self.table(block)]
            if kept and not getattr(block, "keep_with_next", False):
                story.append(CondPageBreak(self.start_of(kept, made)))
                story += kept
                kept = []
            (kept if getattr(block, "keep_with_next", False) else story).extend(made)
        return story + kept

    def start_of(self, kept: list, following: list) -> float:  # type: ignore[type-arg]
        """The height the kept blocks need with the start of what follows (a table's header
        and first row): less room than that on the page, and they all begin on the next one.
        Never more than a page, which would leave one blank."""
        height = 0.0
        for flowable in [*kept, *following]:
            if isinstance(flowable, RowSlicedTable) and flowable in following:
                height += flowable.start_height(self.width, self.height)
            else:
                height += flowable.wrap(self.width, self.height)[1] + flowable.getSpaceBefore() \
                    + flowable.getSpaceAfter()
        return min(height, self.height * 0.9)

    def style_of(self, block: Paragraph) -> ParagraphStyle:
        """The block's style with what the layout set for this paragraph alone."""
        style = self.styles[block.style]
        if block.size_pt is None and block.leading is None and not block.hanging_em:
            return style
        size = block.size_pt or style.fontSize
        hanging = block.hanging_em * size
        return ParagraphStyle(
            f"{style.name}-own", parent=style, fontSize=size,
            leading=size * block.leading if block.leading else style.leading,
            leftIndent=style.leftIndent + hanging, firstLineIndent=style.firstLineIndent - hanging)

    def cell_paragraph(self, text: str, style: str) -> RLParagraph:
        """Parsing markup is the costly part of a cell: each text is parsed once per export
        (a table cut over pages lays the same cells out again)."""
        key = (text, style)
        paragraph = self._cells.get(key)
        if paragraph is None:
            paragraph = RLParagraph(self.glyphs.markup(text), self.styles[style])
            self._cells[key] = paragraph
        return paragraph

    def table(self, table: Table) -> RowSlicedTable:
        scale = self.width / sum(table.columns)  # the layout's millimetres, fitted to the frame
        widths = [w * scale for w in table.columns]
        return RowSlicedTable(table, _TableBuilder(self, table, widths), page_height=self.height)


CELL_TOP_PT, CELL_BOTTOM_PT = 2, 3  # a cell's padding above and below its text


class _TableBuilder:
    """Makes the reportlab table of some of a layout table's rows (``pdf_table.Build``)."""

    def __init__(self, story: _Story, table: Table, widths: list[float]) -> None:
        self.story = story
        self.table = table
        self.widths = widths
        self.prefix = "small_" if table.compact else ""
        self.line_height = story.styles[self.prefix + "cell"].leading
        # room to sign: body rows padded to at least this height (taller text still fits)
        self.sign_pad = max(0.0, (table.min_row_height_mm * mm - TABLE_PT * 1.35) / 2)
        self.padding = 2 * self.sign_pad if table.min_row_height_mm else CELL_TOP_PT + CELL_BOTTOM_PT

    def paragraph(self, cell: Cell) -> RLParagraph:
        style = self.prefix + {"left": "cell_left", "right": "cell_right"}.get(cell.align, "cell")
        return self.story.cell_paragraph(cell.text, style)

    def text_width(self, cell: Cell, column: int) -> float:
        """The width a cell's text is laid out in, as reportlab's table gives it."""
        return sum(self.widths[column:column + cell.colspan]) - 2 * CELL_PADDING_PT

    def line_count(self, cell: Cell, column: int) -> int:
        return self.paragraph(cell).line_count(self.text_width(cell, column)) if cell.text else 0

    def __call__(self, rows: list[list[Cell | None]], header_rows: int, split_in_row: bool) -> RLTable:
        data = []
        commands: list[tuple] = [  # type: ignore[type-arg]
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), self.story.styles["cell"].fontName),  # even empty cells
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_PT),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_PT),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PT),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PT),
        ]
        for r, row in enumerate(rows):
            cells: list = []  # type: ignore[type-arg]
            for c, cell in enumerate(row):
                if cell is None:
                    cells.append("")
                    continue
                cells.append(self._content(cell, c))
                if cell.colspan > 1 or cell.rowspan > 1:
                    end = (c + cell.colspan - 1, r + cell.rowspan - 1)
                    commands.append(("SPAN", (c, r), end))
            data.append(cells)
        if self.table.min_row_height_mm:
            commands += [("TOPPADDING", (0, header_rows), (-1, -1), self.sign_pad),
                         ("BOTTOMPADDING", (0, header_rows), (-1, -1), self.sign_pad)]
        return RLTable(data, colWidths=self.widths, style=TableStyle(commands),
                       repeatRows=header_rows if split_in_row else 0,
                       splitInRow=int(split_in_row),
                       # lay out every row, not just those that fit the first try: the
                       # sliced table measures once per width and cuts pages itself
                       longTableOptimize=0)

    def _content(self, cell: Cell, column: int) -> RLParagraph | str:
        paragraph = self.paragraph(cell)
        if not isinstance(cell, CellLines):
            return paragraph
        count = self.line_count(cell, column) - cell.first if cell.count is None else cell.count
        if count <= 0:
            return ""
        return paragraph.piece(self.text_width(cell, column), cell.first, count)


def _page_decorator(document: Document, names: dict[str, str]):
    """Each page's footer as it is laid out: the page number (unless it waits for the count,
    ``_CountingCanvas``) and the data fingerprint."""

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if document.page_numbers != PAGE_NUMBER_OF:
            _page_number(canvas, document, names, f"— {canvas.getPageNumber()} —")
        canvas.saveState()
        canvas.setFont(names[fonts.BODY], 7)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(doc.pagesize[0] - document.margins_mm[3] * mm, 8 * mm, document.footer())
        canvas.restoreState()

    return draw


def _page_number(canvas, document: Document, names: dict[str, str], label: str) -> None:  # type: ignore[no-untyped-def]
    width = (landscape(A4) if document.landscape else A4)[0]
    canvas.saveState()
    canvas.setFont(names[fonts.BODY], 12)
    canvas.drawCentredString(width / 2, min(18, document.margins_mm[1] - 6) * mm, label)
    canvas.restoreState()


def _counting_canvas(document: Document, names: dict[str, str]) -> type[Canvas]:
    class _CountingCanvas(Canvas):
        """Draws "第 N 页 共 M 页" once the last page is laid out, keeping each page as drawn
        until then (laying the whole document out twice to learn M doubled the export)."""

        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []  # type: ignore[type-arg]

        def showPage(self) -> None:
            self._kept.append(keep_page(self))

        def save(self) -> None:
            total = len(self._kept)
            for page in self._kept:
                restore_page(self, page)
                _page_number(self, document, names, f"第 {self.getPageNumber()} 页 共 {total} 页")
                super().showPage()
            super().save()

    return _CountingCanvas


def prepare_fonts(font_choice: str | None = None) -> tuple[dict[str, fonts.FontFile], fonts.FontFile | None]:
    """The fonts of each role and the symbol font, registered with reportlab."""
    role_fonts = fonts.resolve(font_choice)
    symbols = fonts.symbol_font()
    for font in [*role_fonts.values(), *([symbols] if symbols else [])]:
        _register_font(font)
    return role_fonts, symbols


def write_pdf(document: Document, target: Path, font_choice: str | None = None) -> int:
    """Write the PDF to *target* (the caller makes it atomic); returns the number of pages."""
    role_fonts, symbols = prepare_fonts(font_choice)
    names = {role: font.name for role, font in role_fonts.items()}
    glyphs = Glyphs(role_fonts[fonts.BODY], symbols)
    size = landscape(A4) if document.landscape else A4
    top, bottom, left, right = (m * mm for m in document.margins_mm)

    template = SimpleDocTemplate(
        str(target), pagesize=size, topMargin=top, bottomMargin=bottom, leftMargin=left,
        rightMargin=right, title=document.title, author=document.author,
        subject=document.subject, keywords=document.keywords, creator="perfeval-gui",
        initialFontName=names[fonts.BODY],  # no unembedded Helvetica in the file
    )
    decorate = _page_decorator(document, names)
    story = _Story(names, glyphs, template.width - 12, template.height - 12)  # frame padding
    counting = document.page_numbers == PAGE_NUMBER_OF
    template.build(story.flowables(document), onFirstPage=decorate, onLaterPages=decorate,
                   canvasmaker=_counting_canvas(document, names) if counting else Canvas)
    return template.page
