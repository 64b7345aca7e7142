"""A damaged store: copy every report that can still be read into a new store, and name the
ones that cannot (the damaged file itself is left as it is)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core.messages import UserError
from .repository import ReportStore


@dataclass
class Rescued:
    path: Path  # the new store
    copied: list[str] = field(default_factory=list)  # the reports copied, by name
    lost: list[str] = field(default_factory=list)  # the reports that could not be read


def rescued_path(damaged: Path, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    return damaged.with_name(f"{damaged.stem}-rescued-{now:%Y%m%d-%H%M%S}.sqlite")


def rescue(damaged: Path, target: Path | None = None) -> Rescued:
    damaged = Path(damaged)
    target = target or rescued_path(damaged)
    source = ReportStore.as_found(damaged)
    try:
        rows = _report_rows(source)
        result = Rescued(target)
        with ReportStore(target) as new:
            for report_id, name, deleted in rows:
                label = name or f"#{report_id}"
                try:
                    report = source.load(report_id)
                except (UserError, sqlite3.DatabaseError, KeyError, ValueError, TypeError):
                    result.lost.append(label)
                    continue
                new_id = new.create(report)
                if deleted:
                    new.delete(new_id)
                result.copied.append(label)
            new.set_meta("demo_added", "rescued")  # the demo is not added into a rescued store
    finally:
        source.close()
    return result


def _report_rows(source: ReportStore) -> list[tuple[int, str | None, str | None]]:
    """Every report's id, name and bin date that can be read; a damaged page of the reports
    table itself is read around, id by id."""
    db = source.db
    try:
        return [tuple(r) for r in db.execute("SELECT id, name, deleted FROM reports ORDER BY id")]
    except sqlite3.DatabaseError:
        pass
    try:
        highest = db.execute("SELECT max(id) FROM reports").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        highest = 0
    rows: list[tuple[int, str | None, str | None]] = []
    for report_id in range(1, highest + 1):
        try:
            found = db.execute("SELECT id, name, deleted FROM reports WHERE id = ?", [report_id]).fetchone()
        except sqlite3.DatabaseError:
            rows.append((report_id, None, None))
            continue
        if found is not None:
            rows.append(tuple(found))
    return rows
