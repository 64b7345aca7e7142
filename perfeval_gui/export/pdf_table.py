"""A table that continues over pages even where its cells are merged vertically.

reportlab cannot split a table inside a row span, and the 自评表's 绩效指标 label spans every
indicator row. This flowable cuts the layout's rows itself: each page gets the header rows
again, and a merged cell cut by the page break starts afresh on the next page with its text
repeated (as a printed form does). A single row taller than a page (a 3,000-character
deviation) is left to reportlab's in-row splitting.

The whole table is laid out once per width; the pages after the first reuse its row heights
to find where to cut, and lay out only their own rows (laying out all the remaining rows on
every page made a 700-indicator table quadratic: a minute of work).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from .layout import Cell, Table
from .reportlab_private import row_heights

Build = Callable[[list[list[Cell | None]], int, bool], RLTable]
Heights = tuple[float, list[float]]  # the width they were measured at, each layout row's height


class RowSlicedTable(Flowable):
    def __init__(self, table: Table, build: Build, start: int | None = None,
                 page_height: float = 0, heights: Heights | None = None) -> None:
        super().__init__()
        self.table = table
        self.build = build
        self.header = table.header_rows
        self.start = self.header if start is None else start
        self.page_height = page_height
        self._origins = table.origins()
        self._whole: RLTable | None = None
        self._whole_width: float | None = None
        self._heights = heights  # of the whole table's rows, shared by the pages after the first

    # rows of the layout from `start` to `end`, with the header, spans clipped and restarted
    def _rows(self, end: int) -> list[list[Cell | None]]:
        rows = self.table.rows
        picked = list(range(self.header)) + list(range(self.start, end))
        out: list[list[Cell | None]] = []
        for position, r in enumerate(picked):
            line: list[Cell | None] = []
            for c in range(len(rows[r])):
                o_row, o_col = self._origins[r][c]
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

    def _row_heights(self, avail_width: float) -> list[float]:
        """The height of every row of the whole table at this width, laid out once."""
        if self._heights is None or self._heights[0] != avail_width:
            whole = self.build(self._rows_whole(), self.header, False)
            whole.wrap(avail_width, self.page_height or 1e9)
            self._heights = (avail_width, list(row_heights(whole)))
            if self.start == self.header:  # the first page's flowable is the whole table
                self._whole, self._whole_width = whole, avail_width
        return self._heights[1]

    def _rows_whole(self) -> list[list[Cell | None]]:
        start, self.start = self.start, self.header
        try:
            return self._rows(len(self.table.rows))
        finally:
            self.start = start

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = self._row_heights(avail_width)
        estimate = sum(heights[: self.header]) + sum(heights[self.start:])
        if estimate > avail_height:
            # it will be split: the estimate tells the frame so without laying these rows out
            self.width, self.height = avail_width, estimate
            return self.width, self.height
        if self._whole is None or self._whole_width != avail_width:
            self._whole = self._part(len(self.table.rows))
            self._whole_width = avail_width
        self.width, self.height = self._whole.wrap(avail_width, avail_height)
        return self.width, self.height

    def start_height(self, avail_width: float, avail_height: float) -> float:
        """The height of the header and the first row: the least of it a page can begin with."""
        self.wrap(avail_width, avail_height)  # laid out once per width: drawing reuses it
        assert self._whole is not None
        return sum(row_heights(self._whole)[: self.header + 1])

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        n = len(self.table.rows)
        fits = self._rows_that_fit(avail_width, avail_height)
        if fits:
            rest = RowSlicedTable(self.table, self.build, fits, self.page_height, self._heights)
            return [self._part(fits), rest] if fits < n else [self._part(fits)]
        if avail_height >= self.page_height * 0.9:
            # not one row fits a whole page: let reportlab split inside that row
            return self._part(n, split_in_row=True).split(avail_width, avail_height)
        return []

    def _rows_that_fit(self, avail_width: float, avail_height: float) -> int:
        """The end of the longest run of rows from `start` that fits: estimated from the row
        heights of the whole table, then checked by laying the part out (merged cells
        restarted on a new page can make it a little taller)."""
        heights = self._row_heights(avail_width)
        used = sum(heights[: self.header])
        end = self.start
        for height in heights[self.start:]:
            if used + height > avail_height:
                break
            used += height
            end += 1
        while end > self.start:
            if self._part(end).wrap(avail_width, avail_height)[1] <= avail_height:
                return end
            end -= 1
        return 0

    def draw(self) -> None:
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)
