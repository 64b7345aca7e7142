"""A table that continues over pages even where its cells are merged vertically.

reportlab cannot split a table inside a row span, and the 自评表's 绩效指标 label spans every
indicator row. This flowable cuts the layout's rows itself: each page gets the header rows
again, and a merged cell cut by the page break starts afresh on the next page with its text
repeated (as a printed form does). A single row taller than a page (a 3,000-character
deviation) is left to reportlab's in-row splitting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from .layout import Cell, Table

Build = Callable[[list[list[Cell | None]], int, bool], RLTable]


class RowSlicedTable(Flowable):
    def __init__(self, table: Table, build: Build, start: int | None = None,
                 page_height: float = 0) -> None:
        super().__init__()
        self.table = table
        self.build = build
        self.header = table.header_rows
        self.start = self.header if start is None else start
        self.page_height = page_height
        self._origins = _origins(table.rows)
        self._whole: RLTable | None = None

    # rows of the layout from `start` to `end`, with the header, spans clipped and restarted
    def _rows(self, end: int) -> list[list[Cell | None]]:
        rows = self.table.rows
        picked = list(range(self.header)) + list(range(self.start, end))
        out: list[list[Cell | None]] = []
        for position, r in enumerate(picked):
            line: list[Cell | None] = []
            for c in range(len(rows[r])):
                origin = self._origins[r][c]
                if origin is None:
                    line.append(None)
                    continue
                o_row, o_col = origin
                cell = rows[o_row][o_col]
                assert cell is not None
                restarts = o_row < self.start and o_row >= self.header and position == self.header
                if (o_row, o_col) == (r, c) or (restarts and o_col == c):
                    last = o_row + cell.rowspan  # exclusive, in layout rows
                    if o_row < self.header:
                        span = cell.rowspan if cell.rowspan <= self.header else \
                            self.header - o_row + (min(last, end) - self.start)
                    else:
                        span = min(last, end) - max(o_row, self.start)
                    line.append(replace(cell, rowspan=max(span, 1)))
                else:
                    line.append(None)
            out.append(line)
        return out

    def _part(self, end: int, split_in_row: bool = False) -> RLTable:
        return self.build(self._rows(end), self.header, split_in_row)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._whole = self._part(len(self.table.rows))
        self.width, self.height = self._whole.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        n = len(self.table.rows)
        fits = 0
        low, high = self.start + 1, n
        while low <= high:  # the most rows that fit: heights grow with rows
            mid = (low + high) // 2
            if self._part(mid).wrap(avail_width, avail_height)[1] <= avail_height:
                fits, low = mid, mid + 1
            else:
                high = mid - 1
        if fits:
            rest = RowSlicedTable(self.table, self.build, fits, self.page_height)
            return [self._part(fits), rest] if fits < n else [self._part(fits)]
        if avail_height >= self.page_height * 0.9:
            # not one row fits a whole page: let reportlab split inside that row
            return self._part(n, split_in_row=True).split(avail_width, avail_height)
        return []

    def draw(self) -> None:
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)


def _origins(rows: list[list[Cell | None]]) -> list[list[tuple[int, int] | None]]:
    """For every grid position, the cell whose span covers it."""
    grid: list[list[tuple[int, int] | None]] = [[None] * len(row) for row in rows]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr < len(rows) and c + dc < len(rows[r + dr]):
                        grid[r + dr][c + dc] = (r, c)
    return grid
