"""Adding, removing and moving the rows of one of the report's lists from a table view: the
one implementation the fund rows, the team and the indicators share. Each action is one
undoable edit of the report, and the cursor follows the row it touched."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableView

from ...core.messages import UserError
from ..base.translations import message_language
from .report_document import ReportDocument


def swapped(count: int, row: int, step: int) -> list[int] | None:
    """The order that moves *row* by *step* (-1 up, +1 down), or None at either end."""
    target = row + step
    if row < 0 or not 0 <= target < count:
        return None
    order = list(range(count))
    order[row], order[target] = order[target], order[row]
    return order


def block_moved(count: int, block: range, neighbour: range) -> list[int]:
    """The order that swaps two adjacent runs of rows (a group and the one before or after)."""
    first, second = (block, neighbour) if block.start < neighbour.start else (neighbour, block)
    return [*range(first.start), *second, *first, *range(second.stop, count)]


class RowActions:
    def __init__(self, view: QTableView, doc: ReportDocument, list_path: str,
                 refused: Callable[[str], object] | None = None) -> None:
        self.view, self.doc, self.list_path = view, doc, list_path
        self.refused = refused  # where to say that a row cannot be added (the list's limit)

    def count(self) -> int:
        return self.view.model().rowCount()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int, column: int) -> None:
        self.view.setCurrentIndex(self.view.model().index(row, column))

    def add(self, record: Any, text: str = "", column: int = 0, at: int | None = None) -> None:
        """*record* under the current row (at the end where there is none), ready to type in."""
        if at is None:
            row = self.current_row()
            at = row + 1 if row >= 0 else self.count()
        try:
            self.doc.insert(self.list_path, at, record, text)
        except UserError as exc:  # as many rows as a file may hold, no more
            if self.refused is None:
                raise
            self.refused(exc.text(message_language()))
            return
        self.select(at, column)
        self.view.setFocus()

    def remove(self, text: str = "") -> None:
        row = self.current_row()
        if row < 0:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.doc.remove(self.list_path, row, text)
        if self.count():
            self.select(min(row, self.count() - 1), column)

    def move(self, step: int, text: str = "") -> None:
        row = self.current_row()
        order = swapped(self.count(), row, step)
        if order is not None:
            self.reorder(order, row + step, self.view.currentIndex().column(), text)

    def reorder(self, order: list[int], new_row: int, column: int, text: str = "") -> None:
        self.doc.reorder(self.list_path, order, text)
        self.select(new_row, column)
