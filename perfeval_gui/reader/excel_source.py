"""Excel workbooks as grids: .xlsx through openpyxl, Excel 97–2003 .xls through xlrd.

Merged ranges are filled: every position of a merge shows the text of its top-left cell, so
a 一级指标 merged over five rows reads like one repeated five times. Formulas are read as the
value Excel last computed (a 总分 =SUM(...) shows its total).
"""

from __future__ import annotations

from pathlib import Path

from ..core.messages import Message
from .office_bounds import check_office, sheet_members
from .source import MAX_COLUMNS, MAX_ROWS, XLS, XLSX, Grid, Source, value_text


def _fill_merges(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> None:
    """merges: (first row, last row, first column, last column), 0-based and inclusive."""
    for r0, r1, c0, c1 in merges:
        if r0 >= len(rows) or c0 >= MAX_COLUMNS:
            continue
        text = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, MAX_COLUMNS - 1) + 1):
                if c >= len(row):
                    row.extend([""] * (c + 1 - len(row)))
                row[c] = text


def read_xlsx(path: Path) -> Source:
    from openpyxl import load_workbook

    # openpyxl in read-only mode for the values and their number formats (0.95 shown as 95%);
    # the merged ranges come from the bounds check, which reads every sheet's bytes anyway:
    # openpyxl's ordinary mode knows merges too, but restyles every merged cell on loading,
    # 6–8× the time of the whole read. The checked copy, as openpyxl refuses a path by its
    # extension and the kind was told by content already.
    checked = check_office(path)
    members = sheet_members(checked.data)
    workbook = load_workbook(checked.data, read_only=True, data_only=True)
    try:
        properties = workbook.properties
        source = Source(path, XLSX, category=getattr(properties, "category", None) or "",
                        keywords=getattr(properties, "keywords", None) or "")
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            rows: list[list[str]] = []
            for cells in sheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS):
                rows.append([value_text(c.value, getattr(c, "number_format", "") or "")
                             for c in cells])
            truncated = len(rows) > MAX_ROWS
            rows = rows[:MAX_ROWS]
            member = members.get(sheet.title, "")
            _fill_merges(rows, checked.merges.get(member, []))
            unset = [(r, c) for r, c in checked.uncalculated.get(member, [])
                     if r < len(rows) and c < MAX_COLUMNS]
            source.grids.append(Grid(Message("read.place_sheet", {"name": sheet.title}), rows,
                                     truncated=truncated, uncalculated=unset))
    finally:
        workbook.close()
    return source


def read_xls(path: Path) -> Source:
    import xlrd

    # formatting_info: xlrd reports merged ranges and number formats (95%) only with it
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    source = Source(path, XLS)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if getattr(sheet, "visibility", 0):
                continue
            rows: list[list[str]] = []
            for r in range(min(sheet.nrows, MAX_ROWS)):
                row: list[str] = []
                for c in range(min(sheet.ncols, MAX_COLUMNS)):
                    row.append(_xls_text(book, sheet, r, c))
                rows.append(row)
            merges = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
            _fill_merges(rows, merges)
            source.grids.append(Grid(Message("read.place_sheet", {"name": sheet.name}), rows,
                                     truncated=sheet.nrows > MAX_ROWS))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return source


def _xls_text(book, sheet, r: int, c: int) -> str:  # type: ignore[no-untyped-def]
    import xlrd

    cell = sheet.cell(r, c)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        return value_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return value_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        xf = book.xf_list[cell.xf_index]
        fmt = book.format_map.get(xf.format_key)
        return value_text(cell.value, fmt.format_str if fmt else "")
    return value_text(cell.value)
