"""A table that continues over pages even where its cells are merged vertically.

reportlab cannot split a table inside a row span, and the 自评表's 绩效指标 label spans every
indicator row. This flowable cuts the layout's rows itself: each page gets the header rows
again, and a merged cell cut by the page break starts afresh on the next page with its text
repeated (as a printed form does).

A row taller than a page (a 20,000-character deviation) is cut here too, between lines: its
cells too long for a page continue on the next where they stopped, the others are repeated
(as merged cells are), and the lines come from each cell's one layout. reportlab's own
in-row splitting laid out the remainder of the row again on every page — at the format's
limits a minute of work for one row — and left the rest of the table to its own splitting.

The whole table is laid out once per width; the pages after the first reuse its row heights
to find where to cut, and lay out only their own rows (laying out all the remaining rows on
every page made a 700-indicator table quadratic: a minute of work).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Protocol

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from .layout import Cell, Table
from .reportlab_private import row_heights

Heights = tuple[float, list[float]]  # the width they were measured at, each layout row's height
MIN_LINES = 2  # fewer lines than this left on a page, and a long row starts on the next one


@dataclass
class CellLines(Cell):
    """A cell of a row cut over pages: ``count`` lines of its text from ``first``
    (all the rest where ``count`` is None)."""

    first: int = 0
    count: int | None = None


class Build(Protocol):
    """Makes the reportlab table of some layout rows, and measures a cell's text."""

    line_height: float  # of a cell's text
    padding: float  # above and below the text of a body row

    def __call__(self, rows: list[list[Cell | None]], header_rows: int, split_in_row: bool) -> RLTable:
        ...

    def line_count(self, cell: Cell, column: int) -> int:
        ...


class RowSlicedTable(Flowable):
    def __init__(self, table: Table, build: Build, start: int | None = None,
                 page_height: float = 0, heights: Heights | None = None, line: int = 0,
                 origins: list[list[tuple[int, int]]] | None = None,
                 long: dict[int, set[int]] | None = None) -> None:
        super().__init__()
        self.table = table
        self.build = build
        self.header = table.header_rows
        self.start = self.header if start is None else start
        self.page_height = page_height
        self.line = line  # the start row was cut: its long cells go on from this line
        self._origins = origins or table.origins()
        self._whole: RLTable | None = None
        self._whole_width: float | None = None
        self._heights = heights  # of the whole table's rows, shared by the pages after the first
        self._long = {} if long is None else long  # by row: the columns too long for a page

    # rows of the layout from `first` to `end`, with the header, spans clipped and restarted,
    # and the long cells of a row cut over pages in lines (`_lines_shown`)
    def _rows(self, end: int, first: int | None = None, cut: int | None = None,
              lines: int | None = None) -> list[list[Cell | None]]:
        rows = self.table.rows
        first = self.start if first is None else first
        picked = list(range(self.header)) + list(range(first, end))
        out: list[list[Cell | None]] = []
        for position, r in enumerate(picked):
            line: list[Cell | None] = []
            for c in range(len(rows[r])):
                o_row, o_col = self._origins[r][c]
                cell = rows[o_row][o_col]
                assert cell is not None
                restarts = o_row < first and o_row >= self.header and position == self.header
                if (o_row, o_col) == (r, c) or (restarts and o_col == c):
                    last = o_row + cell.rowspan  # exclusive, in layout rows
                    if o_row < self.header:
                        span = cell.rowspan if cell.rowspan <= self.header else \
                            self.header - o_row + (min(last, end) - first)
                    else:
                        span = min(last, end) - max(o_row, first)
                    cell = replace(cell, rowspan=max(span, 1))
                    shown = self._lines_shown(o_row, cut, lines)
                    if shown is not None and o_col in self._long_columns(o_row):
                        cell = _lines_of(cell, *shown)
                    elif restarts and o_col in self._long_columns(o_row):
                        # a merge longer than a page was printed whole, cut over the pages
                        # of its first row: it is not started again
                        cell = replace(cell, text="")
                    line.append(cell)
                else:
                    line.append(None)
            out.append(line)
        return out

    def _lines_shown(self, row: int, cut: int | None, lines: int | None) -> tuple[int, int | None] | None:
        """(first line, how many: all where None) of a row's long cells: the start row goes on
        from where an earlier page cut it, the row being cut shows `lines`; None: whole."""
        first = self.line if row == self.start else 0
        if row == cut:
            return first, lines
        return (first, None) if first else None

    def _part(self, end: int, split_in_row: bool = False, cut: int | None = None,
              lines: int | None = None) -> RLTable:
        return self.build(self._rows(end, cut=cut, lines=lines), self.header, split_in_row)

    def _row_heights(self, avail_width: float) -> list[float]:
        """The height of every row of the whole table at this width, laid out once."""
        if self._heights is None or self._heights[0] != avail_width:
            whole = self.build(self._rows(len(self.table.rows), first=self.header), self.header, False)
            whole.wrap(avail_width, self.page_height or 1e9)
            self._heights = (avail_width, list(row_heights(whole)))
            if self.start == self.header and not self.line:  # the first page's flowable is the whole table
                self._whole, self._whole_width = whole, avail_width
        return self._heights[1]

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
        if fits < n:
            # the next row taller than a page: cut it here, under the rows that fit
            cut = self._cut_row(avail_width, avail_height, fits or self.start)
            if cut:
                return cut
        if fits:
            rest = RowSlicedTable(self.table, self.build, fits, self.page_height, self._heights,
                                  origins=self._origins, long=self._long)
            return [self._part(fits), rest] if fits < n else [self._part(fits)]
        if avail_height >= self.page_height * 0.9:
            # not one row fits a whole page, though no cell of it is longer than one (a
            # merged cell restarted): let reportlab split inside that row
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

    # ----------------------------------------------------------------- a row taller than a page

    def _long_columns(self, row: int) -> set[int]:
        """The columns of a row's cells whose text alone is taller than a page under the
        header: those are cut between lines, the others are repeated on each page."""
        long = self._long.get(row)
        if long is None:
            long = self._long[row] = set()
            if not self.page_height:  # no page to measure against: nothing is cut
                return long
            room = self.page_height - self._header_height() - self.build.padding
            for c, cell in enumerate(self.table.rows[row]):
                if cell is not None and self.build.line_count(cell, c) * self.build.line_height > room:
                    long.add(c)
        return long

    def _header_height(self) -> float:
        return sum(self._heights[1][: self.header]) if self._heights else 0.0

    def _cut_row(self, avail_width: float, avail_height: float, row: int) -> list[Flowable]:
        """The rows from `start` that fit, then `row` cut after as many lines as fit under
        them, and the rest of the table from the line after; nothing where no cell of `row`
        is longer than a page (it starts on the next page, whole) or too few lines fit."""
        if not self.page_height or row >= len(self.table.rows):
            return []
        heights = list(self._row_heights(avail_width))  # the header's height, before the long cells
        long = self._long_columns(row)
        if not long:
            return []
        first = self.line if row == self.start else 0
        cells = self.table.rows[row]
        left = max(self.build.line_count(cells[c], c) for c in long) - first  # type: ignore[arg-type]
        above = sum(heights[: self.header]) + sum(heights[self.start:row])
        room = avail_height - above - self.build.padding
        lines = min(int(room // self.build.line_height), left - 1)
        while lines >= MIN_LINES:
            part = self._part(row + 1, cut=row, lines=lines)
            if part.wrap(avail_width, avail_height)[1] <= avail_height:
                break
            lines -= 1  # a repeated cell or a restarted merge is taller than the estimate
        else:
            return []
        heights[row] = max(heights[row] - lines * self.build.line_height, 0.0)
        rest = RowSlicedTable(self.table, self.build, row, self.page_height, (avail_width, heights),
                              first + lines, self._origins, self._long)
        return [part, rest]

    def draw(self) -> None:
        assert self._whole is not None
        self._whole.drawOn(self.canv, 0, 0)


def _lines_of(cell: Cell, first: int, count: int | None) -> CellLines:
    values = {f.name: getattr(cell, f.name) for f in fields(Cell)}
    return CellLines(**values, first=first, count=count)
