"""A damaged store: every report its file still physically holds, merged with the newest
backup, into a new store — the damaged file itself is only read, never changed.

``plan`` reads the damaged file page by page (``page_reader``: a truncated file, a zeroed
header page, damaged pages in the middle) and the newest backup that passes its check, and
decides for each report where it comes from: the file (recovered) or the backup, whichever is
newer by revision and time of change; a report whose rows are gone from both is lost. The
plan is shown to the user before anything is written; ``write`` then makes the new store.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.messages import Message, UserError
from ..core.model import SECTION_KEYS, Report
from . import backups, page_reader
from .backup_check import verify
from .repository import ReportStore

RECOVERED, BACKUP, LOST = "recovered", "backup", "lost"
ROW_TABLES = ("reports", "fund_rows", "indicators", "team_members", "sections")
CHILD_LISTS = {"fund_rows": "funds.rows", "indicators": "indicators", "team_members": "team"}
FACTS = ("created", "updated", "revision", "deleted", "is_demo", "previous_id")
KEPT_META = ("last_report", "indicator_library")  # the user's, worth keeping; not the stamps


@dataclass
class Outcome:
    """One report's fate: where it comes from, under which id in the new store."""

    id: int
    name: str
    year: int | None
    source: str  # RECOVERED, BACKUP or LOST
    missing_rows: dict[str, int] = field(default_factory=dict)  # list -> rows gone (recovered)
    in_bin: bool = False
    reason: Message | None = None  # why lost: the row is gone, or what fails in it
    newer_than_backup: bool = False  # recovered, and the backup has it older or not at all

    @property
    def label(self) -> str:
        return self.name or f"#{self.id}"


@dataclass
class Plan:
    damaged: Path
    backup: Path | None  # the backup merged in (None: no readable backup)
    outcomes: list[Outcome]
    rows_present: int  # report rows the damaged file still holds
    chosen: dict[int, tuple[Report, dict[str, Any]]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)

    def of(self, source: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.source == source]

    @property
    def complete(self) -> bool:
        """Every report row present was recovered whole (or its backup is as new)."""
        return not self.of(LOST) and not any(o.missing_rows for o in self.outcomes)


@dataclass
class _Version:
    report: Report
    facts: dict[str, Any]
    missing: dict[str, int] = field(default_factory=dict)

    def age(self) -> tuple[int, str]:
        return int(self.facts.get("revision") or 0), str(self.facts.get("updated") or "")


def rescued_path(damaged: Path, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    return damaged.with_name(f"{damaged.stem}-rescued-{now:%Y%m%d-%H%M%S}.sqlite")


def plan(damaged: Path, backup: Path | bool | None = True) -> Plan:
    """What a rescue of *damaged* would give. *backup*: a backup file to merge, True for the
    newest backup of the store that passes its check, False for none."""
    damaged = Path(damaged)
    if backup is True:
        backup = newest_sound_backup(damaged)
    elif backup is False:
        backup = None
    with tempfile.TemporaryDirectory(prefix="perfeval-rescue-") as work:
        found, failed, present, meta = _recovered(damaged, Path(work), backup is not None)
        kept = _backup_versions(backup, Path(work)) if backup is not None else {}
    result = Plan(damaged, backup, [], present, meta=meta)
    used_ids = set(found) | set(failed) | set(kept)
    for report_id in sorted(used_ids):
        mine, theirs = found.get(report_id), kept.get(report_id)
        if mine is not None and theirs is not None and \
                mine.facts.get("created") != theirs.facts.get("created"):
            # the same id, two different reports (one made after the other was deleted for
            # good): both are kept, the backup's under a new id
            new_id = max(used_ids) + 1
            used_ids.add(new_id)
            _choose(result, new_id, theirs, BACKUP)
            theirs = None
        if mine is not None and (theirs is None or mine.age() > theirs.age()
                                 or (mine.age() == theirs.age() and not mine.missing)):
            _choose(result, report_id, mine, RECOVERED)
            result.outcomes[-1].newer_than_backup = theirs is None or mine.age() > theirs.age()
        elif theirs is not None:
            _choose(result, report_id, theirs, BACKUP)
        else:
            name, year, reason = failed[report_id]
            result.outcomes.append(Outcome(report_id, name, year, LOST, reason=reason))
    result.outcomes.sort(key=lambda o: o.id)
    return result


def _choose(result: Plan, report_id: int, version: _Version, source: str) -> None:
    result.chosen[report_id] = (version.report, version.facts)
    result.outcomes.append(Outcome(
        report_id, version.report.project.name or "", version.report.year, source,
        missing_rows=dict(version.missing) if source == RECOVERED else {},
        in_bin=version.facts.get("deleted") is not None))


def write(result: Plan, target: Path) -> Path:
    """The new store at *target* (which must not exist), written whole under a temporary name
    and then renamed: a rescue ends with the whole new store or none."""
    target = Path(target)
    if target.exists():
        raise UserError(str(target), "rescue.target_exists")
    partial = target.with_name(target.name + ".part")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        with ReportStore(partial) as new:
            for report_id in sorted(result.chosen):
                report, facts = result.chosen[report_id]
                new.create(report, report_id=report_id)
            for report_id, (_report, facts) in result.chosen.items():
                kept = {k: facts.get(k) for k in FACTS}
                if kept["previous_id"] not in result.chosen:
                    kept["previous_id"] = None  # the earlier year is lost: no link to nothing
                new.set_facts(report_id, kept)
            for key, value in result.meta.items():
                new.set_meta(key, value)
            new.set_meta("demo_added", "rescued")  # the demo is not added into a rescued store
            new.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def rescue(damaged: Path, target: Path | None = None, backup: Path | bool | None = True
           ) -> tuple[Plan, Path]:
    """Plan and write in one go (the command line; the window shows the plan in between)."""
    result = plan(damaged, backup)
    return result, write(result, target or rescued_path(Path(damaged)))


def holds_reports(path: Path) -> bool:
    """Whether a file SQLite cannot open (its header page gone, say) still holds report rows."""
    try:
        with tempfile.TemporaryDirectory(prefix="perfeval-rescue-") as work:
            return bool(page_reader.read_rows(Path(path), _known_schema(Path(work))).rows.get("reports"))
    except OSError:
        return False


def newest_sound_backup(store_path: Path) -> Path | None:
    """The newest backup of the store that passes its check (a damaged one is passed over)."""
    for candidate in backups.list_backups(store_path, count=False):
        if verify(candidate.path) is None:
            return candidate.path
    return None


# ---------------------------------------------------------------------------- reading


def _known_schema(work: Path) -> list[str]:
    """The CREATE TABLE statements of a store made by this program today."""
    fresh = work / "schema.sqlite"
    ReportStore(fresh).close()
    conn = sqlite3.connect(fresh)
    try:
        return [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                           "AND sql IS NOT NULL")]
    finally:
        conn.close()


def _recovered(damaged: Path, work: Path, backup: bool) -> tuple[
        dict[int, _Version], dict[int, tuple[str, int | None, Message]], int, dict[str, str]]:
    """The reports read from the damaged file's pages: those that load, and those whose rows
    are there but do not load or whose row is gone while rows of theirs remain (id -> name,
    year, reason); the number of report rows present; the user's facts worth keeping.
    A file with no page of a store gives nothing, and is refused where no *backup* is merged:
    a rescue of the wrong file (a document, an empty file) would make an empty store."""
    known = _known_schema(work)
    try:
        found = page_reader.read_rows(damaged, known)
    except OSError as exc:
        raise UserError(str(damaged), "file.unreadable", detail=exc.strerror or str(exc)) from None
    if not _holds_a_store(found, known):
        if not backup:
            raise UserError(str(damaged), "rescue.not_a_store", size=damaged.stat().st_size)
        return {}, {}, 0, {}  # all from the backup: the file's bytes are no rows, nor lost ones
    rows = found.rows.get("reports", {})
    copy = work / "recovered.sqlite"
    ReportStore(copy).close()
    conn = sqlite3.connect(copy)
    try:
        for table in ROW_TABLES:
            known = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            for row in found.rows.get(table, {}).values():
                values = {k: v for k, v in row.items() if k in known}
                conn.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(values)}) "
                             f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
        conn.commit()
    finally:
        conn.close()
    expected = _expected_positions(found)
    versions: dict[int, _Version] = {}
    failed: dict[int, tuple[str, int | None, Message]] = {}
    with ReportStore(copy) as store:
        for report_id, row in rows.items():
            try:
                report = store.load(report_id)
            except (UserError, ValueError, TypeError, ArithmeticError, KeyError) as exc:
                reason = exc.message if isinstance(exc, UserError) else Message(
                    "store.bad_report", {"id": report_id, "detail": type(exc).__name__})
                failed[report_id] = (str(row.get("name") or ""), row.get("year"), reason)
                continue
            versions[report_id] = _Version(report, {k: row.get(k) for k in FACTS},
                                           _missing(found, report_id, expected))
    for owner in _named_reports(found):
        if owner not in rows and owner not in failed:
            failed[owner] = ("", None, Message("rescue.row_gone", {}))
    app_meta = {str(r.get("key")): str(r.get("value")) for r in found.rows.get("app_meta", {}).values()}
    meta = {k: app_meta[k] for k in KEPT_META if k in app_meta}
    return versions, failed, len(rows), meta


def _holds_a_store(found: page_reader.Found, known: list[str]) -> bool:
    """Whether any page of the file is a store's: its own schema names the reports table, or
    a page's rows fit a table of a store, or a store's named index has keys (the unnamed index
    keys of a file whose schema is gone are no proof: any bytes can look like an index leaf).
    An SQLite file whose schema names none of a store's tables is another program's, whatever
    its rows happen to fit."""
    if found.own_tables and not found.own_tables & set(page_reader.table_shapes(known)):
        return False
    return (found.schema_from_file or any(found.rows.values())
            or any(keys for name, keys in found.indexes.items() if name != page_reader.UNNAMED))


def _named_reports(found: page_reader.Found) -> set[int]:
    """The ids of the reports the file still names somewhere: rows of their lists and
    sections, and the keys of the indexes (the reports' own end with the report's id, the
    lists' begin with it) — a report whose own row is gone is known, if only by its id."""
    ids = set()
    for table in (*CHILD_LISTS, "sections"):
        ids |= {r.get("report_id") for r in found.rows.get(table, {}).values()}
    for name, keys in found.indexes.items():
        if name.startswith("idx_reports_"):
            ids |= {key[-1] for key in keys if key}
        elif any(name.startswith(f"idx_{table}_report_id") for table in CHILD_LISTS):
            ids |= {key[0] for key in keys if key}
    return {i for i in ids if isinstance(i, int) and i > 0}


def _expected_positions(found: page_reader.Found) -> dict[str, dict[int, set[int]]]:
    """Each list's positions per report, as its (report_id, position) index still says."""
    out: dict[str, dict[int, set[int]]] = {}
    for table in CHILD_LISTS:
        for key in found.indexes.get(f"idx_{table}_report_id_position", []):
            if len(key) >= 2 and isinstance(key[0], int) and isinstance(key[1], int):
                out.setdefault(table, {}).setdefault(key[0], set()).add(key[1])
    return out


def _missing(found: page_reader.Found, report_id: int,
             expected: dict[str, dict[int, set[int]]]) -> dict[str, int]:
    """The rows of a recovered report's lists that are gone: those its index still names, and
    gaps in the positions."""
    missing = {}
    for table, key in CHILD_LISTS.items():
        have = {r["position"] for r in found.rows.get(table, {}).values()
                if r.get("report_id") == report_id and isinstance(r.get("position"), int)}
        wanted = expected.get(table, {}).get(report_id, set())
        if have:
            wanted |= set(range(max(have) + 1))
        gone = len(wanted - have)
        if gone:
            missing[key] = gone
    have_texts = {r.get("key") for r in found.rows.get("sections", {}).values()
                  if r.get("report_id") == report_id}
    named = {k[1] for k in found.indexes.get("sqlite_autoindex_sections_1", [])
             if len(k) >= 2 and k[0] == report_id}
    unnamed = [k for k in found.indexes.get(page_reader.UNNAMED, []) if len(k) == 3 and k[0] == report_id]
    if unnamed:  # the file's own schema is gone: its index pages still say which rows there were
        named |= {k[1] for k in unnamed if k[1] in SECTION_KEYS}
        listed = {(r.get("position"), rowid) for table in CHILD_LISTS
                  for rowid, r in found.rows.get(table, {}).items() if r.get("report_id") == report_id}
        gone = sum(1 for k in unnamed if all(isinstance(v, int) for v in k) and (k[1], k[2]) not in listed)
        if gone:
            missing["rows"] = gone
    if not named:  # the index's pages are gone too: a stored report has a row for every section
        named = set(SECTION_KEYS)
    if named - have_texts:
        missing["sections"] = len(named - have_texts)
    return missing


def _backup_versions(backup: Path, work: Path) -> dict[int, _Version]:
    """Every report of a backup (read from a copy brought up to this version's schema)."""
    copy = work / "backup.sqlite"
    backups.copy_for_reading(backup, copy)
    out = {}
    with ReportStore(copy) as store:
        for report_id, in store.conn.execute("SELECT id FROM reports ORDER BY id").fetchall():
            row = next(store.query(f"SELECT {', '.join(FACTS)} FROM reports WHERE id = ?",
                                    [report_id]))
            out[report_id] = _Version(store.load(report_id), row)
    return out
