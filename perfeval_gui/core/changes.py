"""A typed record of what changed in a report: the fields touched and the list rows added,
removed or moved.

Every edit command of the window produces one; the store saves only what it names, the
scoring panel re-scores only where scores can have moved, and two windows' changes are merged
field by field (``merge.py``). Rows are named by their id (``indicators[#3fa2c1].actual``), not by
their index, so a change still names the right row after rows moved.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import paths
from .fields import RECORD, list_paths, specs
from .model import Report, Row, new_row_id

LIST_PATHS = list_paths(Report)  # ("funds.rows", "indicators", "team"), from the model
# what the scores read: a change elsewhere cannot move a score
SCORING_ROOTS = ("profile", "funds", "indicators")

_ROW_REF = re.compile(r"^(?P<list>[a-z_.]+)\[#(?P<id>\w+)\](?:\.(?P<field>\w+))?$")


class RowRef(NamedTuple):
    list_path: str
    row_id: str


@dataclass(frozen=True)
class Change:
    """What one edit (or a run of edits, joined with ``|``) touched."""

    fields: frozenset[str] = frozenset()  # stable field paths: project.name, indicators[#id].actual
    added: frozenset[RowRef] = frozenset()
    removed: frozenset[RowRef] = frozenset()
    moved: frozenset[str] = frozenset()  # list paths whose order changed

    def __or__(self, other: Change) -> Change:
        return Change(self.fields | other.fields, self.added | other.added,
                      self.removed | other.removed, self.moved | other.moved)

    def __bool__(self) -> bool:
        return bool(self.fields or self.added or self.removed or self.moved)

    def restructured(self) -> set[str]:
        """The lists whose rows were added, removed or moved."""
        return {r.list_path for r in self.added | self.removed} | set(self.moved)

    def roots(self) -> set[str]:
        """The top-level names touched (``project``, ``indicators``, …)."""
        out = {list_root(p) for p in self.restructured()}
        out.update(path.split(".")[0].split("[")[0] for path in self.fields)
        return out

    def affects_scores(self) -> bool:
        return bool(self.roots() & set(SCORING_ROOTS))

    def row_fields(self, list_path: str) -> dict[str, set[str]]:
        """row id -> the fields of that row this change touched."""
        out: dict[str, set[str]] = {}
        for path in self.fields:
            ref = parse_row_path(path)
            if ref is not None and ref[0] == list_path and ref[2]:
                out.setdefault(ref[1], set()).add(ref[2])
        return out

    def single_fields(self) -> set[str]:
        """The touched fields that are not inside a list row."""
        return {p for p in self.fields if "[#" not in p}


def list_root(list_path: str) -> str:
    return list_path.split(".")[0]


def everything(report: Report) -> Change:
    """The change that rewrites a whole report (a new report, another store)."""
    added = frozenset(RowRef(lp, row.row_id) for lp in LIST_PATHS for row in rows_of(report, lp))
    return Change(fields=frozenset(single_field_paths()), added=added,
                  moved=frozenset(LIST_PATHS))


def rows_of(report: Report, list_path: str) -> list[Row]:
    return paths.get(report, list_path)


def give_unique_ids(rows: list[Row]) -> None:
    """A row copied with its id (``copy.deepcopy``) gets an id of its own: within a list an id
    names one row."""
    seen: set[str] = set()
    for row in rows:
        if row.row_id in seen:
            row.row_id = new_row_id()
        seen.add(row.row_id)


def row_fields(cls: type) -> list[str]:
    """The value fields of a record type (not the bookkeeping ones, not nested records)."""
    return [spec.name for spec in specs(cls) if spec.flat]


def single_field_paths() -> list[str]:
    """Every field outside the lists: profile, year, project.name, funds.weight, … (derived
    from the model, so a field added to a record is part of every change that touches it)."""
    out = row_fields(Report)
    for spec in specs(Report):
        if spec.kind == RECORD and spec.record is not None:
            out.extend(f"{spec.name}.{name}" for name in row_fields(spec.record))
    return out


def row_path(list_path: str, row_id: str, field: str | None = None) -> str:
    base = f"{list_path}[#{row_id}]"
    return f"{base}.{field}" if field else base


def parse_row_path(path: str) -> tuple[str, str, str | None] | None:
    """'indicators[#ab12].actual' -> ('indicators', 'ab12', 'actual'); None for a single field."""
    match = _ROW_REF.match(path)
    if match is None:
        return None
    return match["list"], match["id"], match["field"]


def stable_path(report: Report, path: str) -> str:
    """An index path (as widgets and findings speak) -> the path by row id."""
    for list_path in LIST_PATHS:
        prefix = f"{list_path}["
        if path.startswith(prefix):
            index_text, _, rest = path[len(prefix):].partition("]")
            row = rows_of(report, list_path)[int(index_text)]
            return row_path(list_path, row.row_id, rest.lstrip(".") or None)
    return path


def index_path(report: Report, path: str) -> str | None:
    """A stable path -> the index path in *report*; None where that row is not there."""
    ref = parse_row_path(path)
    if ref is None:
        return path
    list_path, row_id, field = ref
    for i, row in enumerate(rows_of(report, list_path)):
        if row.row_id == row_id:
            return f"{list_path}[{i}]" + (f".{field}" if field else "")
    return None


def value_at(report: Report, path: str) -> Any:
    where = index_path(report, path)
    if where is None:
        raise KeyError(path)
    return paths.get(report, where)


def carry(change: Change, source: Report, target: Report) -> bool:
    """Make *target* hold *source*'s values where *change* touched them — the lists it
    restructured as a whole, then each field — so that a copy of a report kept as "what the
    store holds" follows a save of 700 indicators by copying what was saved, not the report.
    False where a field cannot be placed (its row is not in one of them): the caller copies
    the whole report instead."""
    restructured = change.restructured()
    for list_path in sorted(restructured):
        paths.get(target, list_path)[:] = copy.deepcopy(paths.get(source, list_path))
    for path in sorted(change.fields):
        ref = parse_row_path(path)
        if ref is not None and ref[0] in restructured:
            continue  # that list's rows were copied as a whole above
        where, there = index_path(source, path), index_path(target, path)
        if where is None or there is None:
            return False
        paths.set_value(target, there, copy.deepcopy(paths.get(source, where)))
    return True


def list_change(list_path: str, before: list[Row], after: list[Row]) -> Change:
    """What replacing a list's rows did: rows added, removed, moved."""
    old = [r.row_id for r in before]
    new = [r.row_id for r in after]
    added = frozenset(RowRef(list_path, i) for i in new if i not in old)
    removed = frozenset(RowRef(list_path, i) for i in old if i not in new)
    kept_old = [i for i in old if i in new]
    kept_new = [i for i in new if i in old]
    moved = frozenset([list_path]) if kept_old != kept_new or added or removed else frozenset()
    return Change(added=added, removed=removed, moved=moved)


def all_field_paths(report: Report) -> Iterator[str]:
    """Every field of a report by stable path."""
    yield from single_field_paths()
    for list_path in LIST_PATHS:
        for row in rows_of(report, list_path):
            for field in row_fields(type(row)):
                yield row_path(list_path, row.row_id, field)


def diff(base: Report, other: Report) -> Change:
    """What turned *base* into *other*."""
    change = Change()
    for list_path in LIST_PATHS:
        change |= list_change(list_path, rows_of(base, list_path), rows_of(other, list_path))
    changed = []
    for path in single_field_paths():
        if _differs(paths.get(base, path), paths.get(other, path)):
            changed.append(path)
    for list_path in LIST_PATHS:
        theirs = {r.row_id: r for r in rows_of(other, list_path)}
        for row in rows_of(base, list_path):
            twin = theirs.get(row.row_id)
            if twin is None:
                continue
            for field in row_fields(type(row)):
                if _differs(getattr(row, field), getattr(twin, field)):
                    changed.append(row_path(list_path, row.row_id, field))
    return change | Change(fields=frozenset(changed))


def _differs(a: Any, b: Any) -> bool:
    return a != b or type(a) is not type(b)
