"""A Word file as grids and body paragraphs (python-docx).

python-docx's ``row.cells`` already repeats a merged cell's content at every grid position it
covers (gridSpan across, vMerge down), which is exactly the filled grid the reader wants; the
only thing it does not say is the width of rows that start or end early, read here from
``grid_cols_before`` / ``grid_cols_after``. Tables inside cells are read as tables of their own.
Only python-docx's public API is used.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..core.messages import Message
from .office_bounds import check_office
from .source import DOCX, MAX_COLUMNS, MAX_ROWS, BodyParagraph, Grid, Source, clean_text


def _cell_text(cell) -> str:  # type: ignore[no-untyped-def]
    return clean_text("\n".join(p.text for p in cell.paragraphs))


def table_rows(table: Table) -> tuple[list[list[str]], list[Table]]:
    """The filled grid of one Word table, and the tables nested in its cells."""
    rows: list[list[str]] = []
    nested: list[Table] = []
    across: list[object] = []  # row.cells hands out one object for a gridSpan: read it once
    for row in table.rows[:MAX_ROWS]:
        texts = [""] * row.grid_cols_before
        for cell in row.cells:
            if not any(cell is seen for seen in across[-MAX_COLUMNS:]):
                across.append(cell)
                nested.extend(cell.tables)
            texts.append(_cell_text(cell))
        texts += [""] * row.grid_cols_after
        rows.append(texts[:MAX_COLUMNS])
    return rows, nested


def read_docx(path: Path) -> Source:
    document = Document(check_office(path).data)
    properties = document.core_properties
    source = Source(path, DOCX, category=properties.category or "", keywords=properties.keywords or "")
    count = 0

    def add_table(table: Table) -> int:
        nonlocal count
        count += 1
        rows, nested = table_rows(table)
        index = len(source.grids)
        source.grids.append(Grid(Message("read.place_table", {"number": count}), rows,
                                 truncated=len(table.rows) > MAX_ROWS))
        # a table in a vertically merged cell comes back once per row the merge covers
        read: list[list[list[str]]] = []
        for inner in nested:
            inner_rows = table_rows(inner)[0]
            if inner_rows not in read:
                read.append(inner_rows)
                add_table(inner)
        return index

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = clean_text(block.text)
            if text:
                style = block.style.name if block.style is not None else ""
                source.body.append(BodyParagraph(text, style or ""))
        else:
            source.body.append(add_table(block))
    return source
