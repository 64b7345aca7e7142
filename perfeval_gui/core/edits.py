"""Edits of a report as operations without Qt: each is applied to a report, and taken back,
and both say what they did as the typed ``Change`` of ``changes.py``.

Rows are named by their id (``indicators[#3fa2c1].actual``), never by their index, so an edit
still finds its row after other rows moved. The window's undo commands are thin wrappers
around these (``ui/editor/report_document.py``: redo applies, undo reverts); a fix applies them to
a bare report the same way (``fixes.Fix.apply_to``), and so do the tests.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Protocol

from . import paths
from .changes import Change, index_path, list_change, stable_path
from .limits import check_list_length
from .model import Report, Row, new_row_id


class Edit(Protocol):
    def apply(self, report: Report) -> Change: ...

    def revert(self, report: Report) -> Change: ...


@dataclass
class SetField:
    """One field's value, from *old* to *new*; *path* names a row by its id."""

    path: str
    old: Any
    new: Any

    def apply(self, report: Report) -> Change:
        return _write(report, self.path, self.new)

    def revert(self, report: Report) -> Change:
        return _write(report, self.path, self.old)


@dataclass
class ReplaceRows:
    """A list's rows, from *before* to *after*: rows added, removed or moved."""

    list_path: str
    before: list[Row]
    after: list[Row]

    def apply(self, report: Report) -> Change:
        return _replace(report, self.list_path, self.after)

    def revert(self, report: Report) -> Change:
        return _replace(report, self.list_path, self.before)


def set_field(report: Report, path: str, value: Any) -> SetField | None:
    """Setting the field at *path* (by index, as widgets and findings speak, or by row id) to
    *value*; None where it already holds that value (nothing to do)."""
    stable = stable_path(report, path)
    old = _value(report, stable)
    if old == value and type(old) is type(value):
        return None
    return SetField(stable, old, value)


def insert_row(report: Report, list_path: str, index: int, item: Row) -> ReplaceRows:
    """*item* inserted at *index*; a copy of a row already in the list gets an id of its own.
    Raises UserError where the list would grow past its limit."""
    rows = list(paths.get(report, list_path))
    if any(row.row_id == item.row_id for row in rows):
        item = copy.copy(item)
        item.row_id = new_row_id()
    after = [*rows[:index], item, *rows[index:]]
    check_list_length(list_path, len(after))
    return ReplaceRows(list_path, rows, after)


def remove_row(report: Report, list_path: str, index: int) -> ReplaceRows:
    rows = list(paths.get(report, list_path))
    return ReplaceRows(list_path, rows, rows[:index] + rows[index + 1:])


def reorder_rows(report: Report, list_path: str, order: list[int]) -> ReplaceRows | None:
    """The rows in a new order (order[k]: the old index of the new k-th row); None where the
    order is the same."""
    rows = list(paths.get(report, list_path))
    after = [rows[i] for i in order]
    if [r.row_id for r in after] == [r.row_id for r in rows]:
        return None
    return ReplaceRows(list_path, rows, after)


def _value(report: Report, stable: str) -> Any:
    where = index_path(report, stable)
    if where is None:
        raise KeyError(stable)  # the row is gone
    return paths.get(report, where)


def _write(report: Report, stable: str, value: Any) -> Change:
    where = index_path(report, stable)
    if where is None:
        raise KeyError(stable)
    paths.set_value(report, where, copy.copy(value))
    return Change(fields=frozenset([stable]))


def _replace(report: Report, list_path: str, rows: list[Row]) -> Change:
    target = paths.get(report, list_path)
    change = list_change(list_path, target, rows)
    target[:] = rows
    return change
