"""Two saves of one report that started from the same revision: merge, or ask.

*base* is the report as both sides last saw it, *theirs* what is stored now (saved elsewhere),
*mine* this window's report with the changes it has not saved. Changes to different fields
merge; the same field changed to different values, or rows added, removed or moved in the same
list on both sides, is a conflict the user decides — nothing is overwritten silently.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from . import paths
from .changes import LIST_PATHS, Change, diff, index_path, parse_row_path, rows_of, value_at
from .model import Report, Row


@dataclass(frozen=True)
class Conflict:
    path: str  # a stable field path, or a list path where both sides changed the rows
    where: str  # the index path in this window's report (to name the field to the user)
    mine: Any
    theirs: Any

    @property
    def is_list(self) -> bool:
        return self.path in LIST_PATHS


@dataclass
class Merge:
    merged: Report  # theirs with every change of mine that does not conflict
    conflicts: list[Conflict]
    theirs_change: Change  # what the other side changed (the window shows it)


def row_labels(rows: list[Row]) -> list[str]:
    """How a list is shown in a conflict: its rows by name."""
    return [str(getattr(r, "name", None) or getattr(r, "label", None) or "—") for r in rows]


def merge(base: Report, mine: Report, theirs: Report, my_change: Change) -> Merge:
    theirs_change = diff(base, theirs)
    merged = copy.deepcopy(theirs)
    conflicts: list[Conflict] = []
    contested: set[str] = set()  # lists decided as a whole
    for list_path in LIST_PATHS:
        mine_moved = list_path in my_change.restructured() and _order(base, list_path) != _order(
            mine, list_path)
        theirs_moved = list_path in theirs_change.restructured()
        edits_on_removed = any(
            index_path(theirs, p) is None and index_path(base, p) is not None
            for p in _my_real_fields(base, mine, my_change) if _in_list(p, list_path))
        # and the other way round: rows they edited that this window removed
        their_edits_on_removed = any(
            index_path(mine, p) is None
            for p in theirs_change.fields if _in_list(p, list_path))
        if (mine_moved and theirs_moved) or edits_on_removed or their_edits_on_removed:
            contested.add(list_path)
            conflicts.append(Conflict(list_path, list_path, row_labels(rows_of(mine, list_path)),
                                      row_labels(rows_of(theirs, list_path))))
        elif mine_moved:
            kept = {r.row_id: r for r in rows_of(merged, list_path)}
            rows = [kept.get(r.row_id) or copy.deepcopy(r) for r in rows_of(mine, list_path)]
            rows_of(merged, list_path)[:] = rows
    for path in sorted(_my_real_fields(base, mine, my_change)):
        ref = parse_row_path(path)
        if ref is not None and ref[0] in contested:
            continue
        target = index_path(merged, path)
        if target is None:
            continue  # a row only mine has (added): it came over with its values
        mine_value = value_at(mine, path)
        if path in theirs_change.fields and paths.get(merged, target) != mine_value:
            conflicts.append(Conflict(path, index_path(mine, path) or path, mine_value,
                                      paths.get(merged, target)))
            continue
        paths.set_value(merged, target, copy.deepcopy(mine_value))
    return Merge(merged, conflicts, theirs_change)


def resolve(result: Merge, mine: Report, keep_mine: set[str]) -> Report:
    """The merged report with each conflict decided: the paths in *keep_mine* take this
    window's value, the others keep what was stored."""
    report = copy.deepcopy(result.merged)
    for conflict in result.conflicts:
        if conflict.path not in keep_mine:
            continue
        if conflict.is_list:
            rows_of(report, conflict.path)[:] = copy.deepcopy(rows_of(mine, conflict.path))
        else:
            target = index_path(report, conflict.path)
            if target is not None:
                paths.set_value(report, target, copy.deepcopy(value_at(mine, conflict.path)))
    return report


def _order(report: Report, list_path: str) -> list[str]:
    return [r.row_id for r in rows_of(report, list_path)]


def _in_list(path: str, list_path: str) -> bool:
    ref = parse_row_path(path)
    return ref is not None and ref[0] == list_path


def _my_real_fields(base: Report, mine: Report, my_change: Change) -> set[str]:
    """The fields my change names whose value really differs from the base (an edit typed and
    undone is no change, and must not overwrite the other side's)."""
    out = set()
    for path in my_change.fields:
        now = index_path(mine, path)
        if now is None:
            continue  # the row was removed afterwards
        before = index_path(base, path)
        if before is None or paths.get(base, before) != paths.get(mine, now):
            out.add(path)
    return out
