"""Edits of a report as operations without Qt: each is planned on the report as it is, applied,
and taken back, and both say what they did as the typed ``Change`` of ``changes.py``.

Rows are named by their id (``indicators[#3fa2c1].actual``), never by their index, so an edit
still finds its row after other rows moved, and after another window's saves were taken in
(``take_in``). An edit says whether it still applies to a report as another window left it
(``still_applies``: its row is there, and a field holds the value the edit left, so taking
it back overwrites nothing of the other's), which is how the window keeps its undo history
across those saves.

The operations a user does, each one undo step, and where each is planned: set a field
(``set_field``, ``set_fields``), add, remove and move rows (``insert_row``, ``insert_rows``,
``remove_row``, ``reorder_rows``) here; apply a fix (``fixes.Fix.edit``); take a draft into its
section (``narrative.adopt_draft``). Next year's report is a new report with its own Change
(``next_year.next_year_report``). The window's undo commands are thin wrappers around these
(``ui/editor/report_document.py``: redo applies, undo reverts); the tests use them the same way
on a bare report.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from . import paths
from .changes import LIST_PATHS, Change, RowRef, diff, index_path, parse_row_path, stable_path, value_at
from .limits import check_list_length
from .model import Report, Row, new_row_id


class Replay:
    """A report as a run of edits would leave it, followed without touching it: the row ids of
    its lists, the rows the edits would put back, and the values they would set. A history of
    edits is asked in turn whether each still applies (``Edit.still_applies``)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.rows = {lp: {row.row_id for row in paths.get(report, lp)} for lp in LIST_PATHS}
        self.held: dict[str, Row] = {}  # rows an edit would put back, by id
        self.values: dict[str, Any] = {}  # stable path -> the value an edit would leave

    def has_row(self, list_path: str, row_id: str) -> bool:
        return row_id in self.rows[list_path]

    def value(self, path: str) -> Any:
        if path in self.values:
            return self.values[path]
        ref = parse_row_path(path)
        if ref is not None and ref[1] in self.held and ref[2]:
            return getattr(self.held[ref[1]], ref[2])
        return value_at(self.report, path)


class Edit(Protocol):
    def apply(self, report: Report) -> Change: ...

    def revert(self, report: Report) -> Change: ...

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        """Can it be applied (*back*: taken back) to the report as *replay* has it, changing
        nothing another window saved? Where it can, *replay* follows it (so a run of edits is
        asked in turn: going back, the newest first)."""
        ...


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

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        ref = parse_row_path(self.path)
        if ref is not None and not replay.has_row(ref[0], ref[1]):
            return False  # its row was removed
        if not _same(replay.value(self.path), self.new if back else self.old):
            return False  # another window set it since: taking this back would overwrite that
        replay.values[self.path] = self.old if back else self.new
        return True


@dataclass
class InsertRow:
    """*row* put into a list at *index*, after the row *after* (None: first). Put back (redo)
    after rows moved, it goes after that row again, where that row is still there."""

    list_path: str
    row: Row
    index: int
    after: str | None

    def apply(self, report: Report) -> Change:
        rows = paths.get(report, self.list_path)
        rows.insert(_place(rows, self.after, self.index), self.row)
        return _rows_changed(self.list_path, added=self.row.row_id)

    def revert(self, report: Report) -> Change:
        rows = paths.get(report, self.list_path)
        # the row as it is now (edited since, or taken in from another window) comes back on redo
        self.index, self.row, self.after = _take_out(rows, self.row.row_id)
        return _rows_changed(self.list_path, removed=self.row.row_id)

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        return _toggle(replay, self.list_path, self.row, present=back)


@dataclass
class RemoveRow:
    """A row taken out of a list; taken back, it returns after the row it followed."""

    list_path: str
    row: Row
    index: int
    after: str | None

    def apply(self, report: Report) -> Change:
        rows = paths.get(report, self.list_path)
        self.index, self.row, self.after = _take_out(rows, self.row.row_id)
        return _rows_changed(self.list_path, removed=self.row.row_id)

    def revert(self, report: Report) -> Change:
        rows = paths.get(report, self.list_path)
        rows.insert(_place(rows, self.after, self.index), self.row)
        return _rows_changed(self.list_path, added=self.row.row_id)

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        return _toggle(replay, self.list_path, self.row, present=not back)


@dataclass
class MoveRows:
    """A list's rows in another order, *before* and *after* by id. Rows another window added
    since keep their places; the moved rows take the places the moved rows hold."""

    list_path: str
    before: list[str]
    after: list[str]

    def apply(self, report: Report) -> Change:
        return _arrange(report, self.list_path, self.after)

    def revert(self, report: Report) -> Change:
        return _arrange(report, self.list_path, self.before)

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        return set(self.before) <= replay.rows[self.list_path]


@dataclass
class Steps:
    """Several edits as one step (a fix, a group's rows, a group renamed): applied in order,
    taken back in reverse, their Changes joined."""

    steps: list[Edit]

    def apply(self, report: Report) -> Change:
        done = Change()
        for step in self.steps:
            done |= step.apply(report)
        return done

    def revert(self, report: Report) -> Change:
        done = Change()
        for step in reversed(self.steps):
            done |= step.revert(report)
        return done

    def still_applies(self, replay: Replay, back: bool = False) -> bool:
        steps = reversed(self.steps) if back else self.steps
        return all(step.still_applies(replay, back) for step in steps)


# ---------------------------------------------------------------------------- planning


def set_field(report: Report, path: str, value: Any) -> SetField | None:
    """Setting the field at *path* (by index, as widgets and findings speak, or by row id) to
    *value*; None where it already holds that value (nothing to do)."""
    stable = stable_path(report, path)
    old = _value(report, stable)
    if old == value and type(old) is type(value):
        return None
    return SetField(stable, old, value)


def insert_row(report: Report, list_path: str, index: int, item: Row) -> InsertRow:
    """*item* inserted at *index*; a copy of a row already in the list gets an id of its own.
    Raises UserError where the list would grow past its limit."""
    rows = paths.get(report, list_path)
    if any(row.row_id == item.row_id for row in rows):
        item = copy.copy(item)
        item.row_id = new_row_id()
    check_list_length(list_path, len(rows) + 1)
    index = max(0, min(index, len(rows)))
    return InsertRow(list_path, item, index, rows[index - 1].row_id if index else None)


def remove_row(report: Report, list_path: str, index: int) -> RemoveRow:
    rows = paths.get(report, list_path)
    return RemoveRow(list_path, rows[index], index, rows[index - 1].row_id if index else None)


def reorder_rows(report: Report, list_path: str, order: list[int]) -> MoveRows | None:
    """The rows in a new order (order[k]: the old index of the new k-th row); None where the
    order is the same."""
    before = [row.row_id for row in paths.get(report, list_path)]
    after = [before[i] for i in order]
    return None if after == before else MoveRows(list_path, before, after)


def set_fields(report: Report, values: Iterable[tuple[str, Any]]) -> Steps | None:
    """Several fields as one step (a group renamed on each of its rows); None where none
    changes."""
    return in_turn(report, [lambda r, p=path, v=value: set_field(r, p, v) for path, value in values])


def insert_rows(report: Report, list_path: str, index: int, items: Iterable[Row]) -> Steps | None:
    """*items* inserted one after another from *index*, as one step (a group's usual rows)."""
    return in_turn(report, [lambda r, k=k, item=item: insert_row(r, list_path, index + k, item)
                            for k, item in enumerate(items)])


def in_turn(report: Report, plans: Iterable[Callable[[Report], Edit | None]]) -> Steps | None:
    """Edits planned each on the report as the ones before it leave it, joined as one step;
    *report* is left as it was (the step is applied by whoever runs it: the undo stack, a test).
    None where no plan has anything to do. A plan that raises (a list at its limit) leaves the
    report as it was too."""
    done: list[Edit] = []
    try:
        for plan in plans:
            edit = plan(report)
            if edit is not None:
                edit.apply(report)
                done.append(edit)
    finally:
        for edit in reversed(done):
            edit.revert(report)
    return Steps(done) if done else None


def take_in(report: Report, theirs: Report) -> Change:
    """Make *report* hold *theirs*' values (another window's saves, merged): the lists whose rows
    differ are replaced as a whole, then every field that differs is set. Returns what differed."""
    change = diff(report, theirs)
    restructured = change.restructured()
    for list_path in sorted(restructured):
        paths.get(report, list_path)[:] = copy.deepcopy(paths.get(theirs, list_path))
    for path in sorted(change.fields):
        ref = parse_row_path(path)
        where = index_path(report, path)
        if where is None or (ref is not None and ref[0] in restructured):
            continue  # that list's rows were replaced as a whole above
        paths.set_value(report, where, copy.deepcopy(value_at(theirs, path)))
    return change


# ---------------------------------------------------------------------------- helpers


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


def _rows_changed(list_path: str, added: str | None = None, removed: str | None = None) -> Change:
    return Change(added=frozenset([RowRef(list_path, added)] if added else []),
                  removed=frozenset([RowRef(list_path, removed)] if removed else []),
                  moved=frozenset([list_path]))


def _place(rows: list[Row], after: str | None, index: int) -> int:
    """Where a row goes back: after the row it followed, where that row is still there; else at
    its old index (or the end)."""
    if after is None:
        return 0
    for i, row in enumerate(rows):
        if row.row_id == after:
            return i + 1
    return min(index, len(rows))


def _take_out(rows: list[Row], row_id: str) -> tuple[int, Row, str | None]:
    """The row with *row_id* removed: (its index, the row, the id of the row before it)."""
    index = next(i for i, row in enumerate(rows) if row.row_id == row_id)
    row = rows.pop(index)
    return index, row, rows[index - 1].row_id if index else None


def _toggle(replay: Replay, list_path: str, row: Row, present: bool) -> bool:
    """A row that must be *present* (to be taken out) or absent (to be put in): where it is as
    it must be, *replay* follows its going or coming."""
    ids = replay.rows[list_path]
    if (row.row_id in ids) != present:
        return False
    if present:
        ids.discard(row.row_id)
    else:
        ids.add(row.row_id)
        replay.held.setdefault(row.row_id, row)  # its fields, as it comes back
    return True


def _same(a: Any, b: Any) -> bool:
    return a == b and type(a) is type(b)


def _arrange(report: Report, list_path: str, order: list[str]) -> Change:
    """The rows named in *order* put in that order, in the places such rows hold now; other
    rows stay where they are."""
    rows = paths.get(report, list_path)
    wanted = set(order)
    by_id = {row.row_id: row for row in rows if row.row_id in wanted}
    slots = [i for i, row in enumerate(rows) if row.row_id in wanted]
    for slot, row_id in zip(slots, [i for i in order if i in by_id], strict=True):
        rows[slot] = by_id[row_id]
    return Change(moved=frozenset([list_path]))
