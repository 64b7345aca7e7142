"""Backups of the store in ``backups/`` beside it, through SQLite's online backup API.

The backup API reads through a connection, so a backup is consistent while the app runs and
holds what still sits in the WAL. Backups are taken on the first start of a day, before every
migration and before every restore; they are kept for a number of days (the newest always).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..core.messages import UserError
from . import health

FOLDER = "backups"
KEEP_DAYS = 30
_STAMP = re.compile(r"-(\d{8}-\d{6})-([a-z0-9-]+?)(?:-\d+)?\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # daily, before-v3, before-restore, manual
    size: int
    reports: int | None  # None where the backup cannot be read


def folder(store_path: Path) -> Path:
    return Path(store_path).parent / FOLDER


def make_backup(source: sqlite3.Connection | Path, store_path: Path, reason: str,
                out: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the store (through *source*, a connection to it, or its path) into a new backup
    file; written beside its target first and renamed, so a backup is whole or absent."""
    now = now or datetime.now()
    target = Path(out) if out is not None else _free_name(store_path, reason, now)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    own = not isinstance(source, sqlite3.Connection)
    conn = sqlite3.connect(source, timeout=10) if own else source
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "edit_locks" in tables:
                copy.execute("DELETE FROM edit_locks")  # a backup holds no windows
            copy.commit()
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise health.explain(exc, str(target)) from None
    finally:
        if own:
            conn.close()
    _fsync(partial)
    os.replace(partial, target)
    return target


def _free_name(store_path: Path, reason: str, now: datetime) -> Path:
    base = folder(store_path) / f"{Path(store_path).stem}-{now:%Y%m%d-%H%M%S}-{reason}"
    candidate, n = base.with_name(base.name + ".sqlite"), 2
    while candidate.exists():
        candidate, n = base.with_name(f"{base.name}-{n}.sqlite"), n + 1
    return candidate


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(store_path: Path, count: bool = True) -> list[Backup]:
    """The backups of a store, newest first (with the number of reports each holds, unless
    *count* is False: that opens every backup)."""
    out = []
    stem = Path(store_path).stem
    place = folder(store_path)
    if not place.is_dir():
        return []
    for path in place.glob(f"{stem}-*.sqlite"):
        match = _STAMP.search(path.name)
        if match is None or path.name[: match.start()] != stem:
            continue
        taken = datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        reports = count_reports(path) if count else None
        out.append(Backup(path, taken, match[2], path.stat().st_size, reports))
    return sorted(out, key=lambda b: (b.taken, b.path.name), reverse=True)


def count_reports(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM reports WHERE deleted IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def prune(store_path: Path, keep_days: int, now: datetime | None = None) -> list[Path]:
    """Remove backups older than *keep_days* days; the newest is always kept."""
    now = now or datetime.now()
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for backup in list_backups(store_path, count=False)[1:]:
        if backup.taken < cutoff:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily(source: sqlite3.Connection | Path, store_path: Path, keep_days: int = KEEP_DAYS,
          now: datetime | None = None) -> Path | None:
    """The first start of a day backs the store up (and drops the backups past their days)."""
    now = now or datetime.now()
    if any(b.taken.date() == now.date() for b in list_backups(store_path, count=False)):
        return None
    made = make_backup(source, store_path, "daily", now=now)
    prune(store_path, keep_days, now)
    return made


def verify(backup: Path) -> UserError | None:
    """The first reason *backup* must not be restored, or None: it is an SQLite file of this
    program, not newer; it passes SQLite's integrity check; every table and column that its
    schema version has is there; every report in it loads."""
    backup = Path(backup)
    problem = health.check(backup, writing=False)
    if problem is not None:
        return problem
    where = str(backup)
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                return UserError(where, "store.damaged", detail="; ".join(problems[:3]))
            problem = _schema_problem(conn, where)
            if problem is not None:
                return problem
        finally:
            conn.close()
        return _reports_problem(backup)
    except sqlite3.Error as exc:
        return health.explain(exc, where)


def _schema_problem(conn: sqlite3.Connection, where: str) -> UserError | None:
    """A table or column missing from what the backup's own migrations make."""
    from . import schema

    try:
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [schema.MIGRATION_SET])]
    except sqlite3.OperationalError:
        applied = []
    if not applied:
        return UserError(where, "backup.missing_table", table="_sqlite_migrations", version=0)
    unknown = [name for name in applied if name not in schema.KNOWN]
    if unknown:
        return UserError(where, "store.newer", version=len(applied))
    from sqlite_utils import Database

    reference = Database(memory=True, execute_plugins=False)
    for name in applied:
        getattr(schema, name)(reference)
    version = len(applied)
    for table in reference.table_names():
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not have:
            return UserError(where, "backup.missing_table", table=table, version=version)
        for column in reference[table].columns_dict:
            if column not in have:
                return UserError(where, "backup.missing_column", table=table, column=column,
                                 version=version)
    return None


def _reports_problem(backup: Path) -> UserError | None:
    """The first report of *backup* that does not load (read from a copy brought up to this
    version's schema: the backup itself is never changed)."""
    import tempfile

    from .repository import ReportStore

    with tempfile.TemporaryDirectory(prefix="perfeval-verify-") as work:
        copy = Path(work) / "backup.sqlite"
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with ReportStore(copy) as store:
            for report_id, name in store.conn.execute("SELECT id, name FROM reports ORDER BY id").fetchall():
                try:
                    store.load(report_id)
                except UserError as exc:
                    return UserError(str(backup), "backup.bad_report", id=report_id, name=name or "",
                                     detail=exc.message.text("zh"))
    return None


def restore(backup: Path, store_path: Path) -> Path | None:
    """Replace the store's content by a backup's, after backing the store up (returned; None
    where there was no store). The backup is checked first (``verify``): one that is damaged,
    incomplete or holds a report that does not load is refused, the store untouched."""
    backup, store_path = Path(backup), Path(store_path)
    problem = verify(backup)
    if problem is not None:
        raise problem
    safety = None
    if store_path.exists() and store_path.stat().st_size > 0:
        current = health.check(store_path, writing=False)
        if current is not None and current.message.code in ("store.not_store", "store.empty_file"):
            raise current  # never write over a file that is not ours
        safety = _safety_copy(store_path)
    source = sqlite3.connect(backup)
    try:
        target = sqlite3.connect(store_path, timeout=10)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise health.explain(exc, str(store_path)) from None
    finally:
        source.close()
    return safety


def set_aside(store_path: Path, now: datetime | None = None) -> Path:
    """Rename a store that cannot be used (with its -wal and -shm): it is kept, never deleted."""
    now = now or datetime.now()
    aside = store_path.with_name(f"{store_path.name}.set-aside-{now:%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{store_path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    return aside


def _safety_copy(store_path: Path) -> Path:
    try:
        return make_backup(store_path, store_path, "before-restore")
    except UserError as exc:
        if exc.message.code != "store.damaged":
            raise
    # a damaged store cannot be read through SQLite: keep its files as they are
    target = _free_name(store_path, "before-restore", datetime.now())
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(f"{store_path}{suffix}")
        if source.exists():
            Path(f"{target}{suffix}").write_bytes(source.read_bytes())
    return target
