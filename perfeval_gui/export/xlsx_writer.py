"""The 自评表 (or a declaration or monitoring form: ``cycle_layout``) as an Excel sheet
(XlsxWriter), laid out as on paper: the same cells and merges
as the Word and PDF 自评表 (``layout.form_blocks``), borders, column widths for A4
landscape, the indicators' header repeated on every printed page, the cells the layout marks
as numbers (weights, scores, amounts) as numbers, and the 总分 a SUM over the score cells
that also carries its computed value (so a viewer that never recalculates still shows the
total)."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from ..core.cycle import key_mark
from ..core.form_kinds import FORM_KINDS, SELF_EVALUATION
from ..core.interchange import fingerprint
from ..core.model import Report
from ..core.profiles import file_mark
from ..core.scoring import ScoreResult
from .layout import (
    LANDSCAPE_MARGINS_MM,
    NOTE,
    SCORE_CELL,
    SUBTITLE,
    TITLE,
    TOTAL_CELL,
    Cell,
    Document,
    Paragraph,
    Table,
    form_blocks,
)

FONT = "宋体"
TEXT_PT, TITLE_PT = 10, 16
A4_LANDSCAPE_TEXT_MM = 297 - LANDSCAPE_MARGINS_MM[2] - LANDSCAPE_MARGINS_MM[3]
MM_PER_CHARACTER = 1.95  # Excel's column unit: about one digit of the default font
LINE_PT = 13.5
MM_PER_INCH = 25.4


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _lines(text: str, width_mm: float) -> int:
    """How many lines a wrapped text needs (a CJK character is about 3.5 mm at 10 pt)."""
    per_line = max(1, int(width_mm / 3.6))
    return sum(max(1, math.ceil(sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) / 2 / per_line))
               for line in text.split("\n"))


class _Sheet:
    def __init__(self, workbook, widths_mm: list[float], name: str) -> None:  # type: ignore[no-untyped-def]
        self.book = workbook
        self.ws = workbook.add_worksheet(name)
        self.widths = widths_mm
        self.row = 0
        self.repeat: int | None = None  # the indicators' header row, printed on every page
        self.score_cells: list[str] = []
        self.total_cell: tuple[int, int, Decimal] | None = None
        self.formats: dict[tuple, object] = {}
        for c, width in enumerate(widths_mm):
            self.ws.set_column(c, c, width / MM_PER_CHARACTER)

    def fmt(self, align: str = "center", bold: bool = False, border: bool = True,
            size: float = TEXT_PT, number: bool = False):  # type: ignore[no-untyped-def]
        key = (align, bold, border, size, number)
        if key not in self.formats:
            spec = {"font_name": FONT, "font_size": size, "bold": bold, "text_wrap": True,
                    "valign": "vcenter", "align": align}
            if border:
                spec["border"] = 1
            if number:  # General: 10 shows as 10, 8.82 as 8.82 (Excel's "0.##" would show "10.")
                spec["num_format"] = "General"
            self.formats[key] = self.book.add_format(spec)
        return self.formats[key]

    def paragraph(self, block: Paragraph) -> None:
        size = TITLE_PT if block.style == TITLE else TEXT_PT
        align = "left" if block.style == NOTE else "center"
        fmt = self.fmt(align, bold=block.style == TITLE, border=False, size=size)
        last = len(self.widths) - 1
        self.ws.merge_range(self.row, 0, self.row, last, block.text, fmt)
        self.ws.set_row(self.row, size * 1.8 if block.style in (TITLE, SUBTITLE) else LINE_PT * 1.5)
        self.row += 1


def _write_table(sheet: _Sheet, table: Table) -> None:
    """Write one table at the sheet's current row, merges and all."""
    for r, cells in enumerate(table.rows):
        row = sheet.row + r
        if table.header_rows and r == 0:
            sheet.repeat = row
        heights = [1]
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            if cell.rowspan == 1:
                heights.append(_lines(cell.text, sum(sheet.widths[c:c + cell.colspan])))
            _write_cell(sheet, row, c, cell)
        sheet.ws.set_row(row, LINE_PT * max(heights) + 4)
    sheet.row += len(table.rows)


def _write_cell(sheet: _Sheet, row: int, c: int, cell: Cell) -> None:
    """A figure the layout marks as a number (a weight, score or amount) is written as one;
    the scores' cells are remembered for the 总分's SUM."""
    number = _number(cell.text) if cell.number else None
    fmt = sheet.fmt(cell.align, cell.bold, number=number is not None)
    if cell.rowspan > 1 or cell.colspan > 1:
        sheet.ws.merge_range(row, c, row + cell.rowspan - 1, c + cell.colspan - 1, "", fmt)
    if number is None:
        sheet.ws.write_string(row, c, cell.text, fmt)
        return
    if cell.role == TOTAL_CELL:
        sheet.total_cell = (row, c, number)  # written last, as a SUM of the cells above
    elif cell.role == SCORE_CELL:
        sheet.score_cells.append(xl_rowcol_to_cell(row, c))
    sheet.ws.write_number(row, c, float(number), fmt)


def write_xlsx(report: Report, result: ScoreResult | None, target: Path,
               document: Document | None = None) -> None:
    """Write the 自评表 to *target* (the caller makes it atomic); a declaration or monitoring
    form writes its own printed *document* (cycle_layout.cycle_document)."""
    if document is None:
        if result is None:
            raise ValueError("a 自评表 is written with its scores")
        blocks = form_blocks(report, result)
        properties = {"title": f"{report.project.name or ''} {FORM_KINDS[SELF_EVALUATION].title}",
                      "subject": f"{report.year} 年度项目支出绩效自评",
                      "author": report.project.unit or "", "category": file_mark(report.profile),
                      "keywords": key_mark(report.project_key)}
    else:
        blocks = document.blocks
        properties = {"title": document.title, "subject": document.subject,
                      "author": document.author, "category": document.category,
                      "keywords": document.keywords}
    columns = next(b for b in blocks if isinstance(b, Table)).columns
    scale = A4_LANDSCAPE_TEXT_MM / sum(columns)
    workbook = xlsxwriter.Workbook(str(target))
    workbook.set_properties(properties)
    sheet = _Sheet(workbook, [w * scale for w in columns], FORM_KINDS[report.form].sheet)
    for block in blocks:
        if isinstance(block, Paragraph):
            sheet.paragraph(block)
        elif isinstance(block, Table):
            _write_table(sheet, block)
    if sheet.total_cell is not None:
        row, c, total = sheet.total_cell
        fmt = sheet.fmt(number=True)
        if result is not None and not (result.rescaled or result.capped) and sheet.score_cells:
            sheet.ws.write_formula(row, c, f"=SUM({','.join(sheet.score_cells)})", fmt, float(total))
        # rescaled or capped, the total is no plain sum: it stays the number (the note says why)
    ws = sheet.ws
    ws.set_paper(9)  # A4
    ws.set_landscape()
    top_mm, bottom_mm, left_mm, right_mm = LANDSCAPE_MARGINS_MM
    ws.set_margins(left=left_mm / MM_PER_INCH, right=right_mm / MM_PER_INCH,
                   top=top_mm / MM_PER_INCH, bottom=bottom_mm / MM_PER_INCH)
    ws.center_horizontally()
    ws.fit_to_pages(1, 0)  # one page wide, as many long as the indicators need
    if sheet.repeat is not None:
        ws.repeat_rows(sheet.repeat)
    ws.print_area(0, 0, sheet.row - 1, len(columns) - 1)
    ws.set_footer(f"&C第 &P 页 共 &N 页&R&8数据指纹 {fingerprint(report)}")
    workbook.close()
