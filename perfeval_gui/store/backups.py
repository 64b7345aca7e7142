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

from ..core import unfinished
from ..core.messages import UserError
from . import health, private_files

FOLDER = "backups"
SAFETY = "before-restore"
STALE_PART_SECONDS = 600  # older than any backup takes
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
    file; written beside its target first and renamed, so a backup is whole or absent (what
    a kill leaves is removed by the next start: core.unfinished)."""
    now = now or datetime.now()
    target = Path(out) if out is not None else _free_name(store_path, reason, now)
    private_files.private_folder(target.parent)
    partial = target.with_name(target.name + ".part")
    parts = [f"{partial}{suffix}" for suffix in ("", *private_files.SIDECARS)]  # a WAL copy has -wal/-shm
    # a restore's safety copy is the store's only other copy: kept unless the store is intact
    check = str(store_path) if reason == SAFETY else None
    with unfinished.journal("backup", parts=parts, check_store=check):
        made = _copy(source, target, partial)
    unfinished.remove_unclaimed(folder(store_path), "*.sqlite.part*", STALE_PART_SECONDS)
    return made


def _copy(source: sqlite3.Connection | Path, target: Path, partial: Path) -> Path:
    partial.unlink(missing_ok=True)
    private_files.create_private(partial)  # SQLite gives its -journal the same 0600
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


def replace_with(backup: Path, store_path: Path) -> Path | None:
    """Replace the store's content by a backup's, after backing the store up (returned; None
    where there was no store). Unchecked: ``backup_check.restore`` checks the backup first, and
    callers that checked it already (before closing the open report) call this."""
    backup, store_path = Path(backup), Path(store_path)
    safety = None
    if store_path.exists() and store_path.stat().st_size > 0:
        current = health.check(store_path, writing=False)
        if current is not None and current.message.code in ("store.not_store", "store.empty_file"):
            raise current  # never write over a file that is not ours
        safety = _safety_copy(store_path)
    before = private_files.present(store_path)
    source = sqlite3.connect(backup)
    try:
        private_files.create_private(store_path)
        target = sqlite3.connect(store_path, timeout=10)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    except (sqlite3.Error, OSError) as exc:
        problem = health.explain(exc, str(store_path))
        private_files.remove_empty_made(store_path, before)  # a new store that got nothing
        raise problem from None
    finally:
        source.close()
    return safety


def copy_for_reading(backup: Path, copy: Path) -> None:
    """A working copy of *backup* at *copy*, the backup opened read-only: what is checked or
    merged is the copy, brought up to this version's schema, and the backup is never changed."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


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
        return make_backup(store_path, store_path, SAFETY)
    except UserError as exc:
        if exc.message.code != "store.damaged":
            raise
    # a damaged store cannot be read through SQLite: keep its files as they are
    target = _free_name(store_path, SAFETY, datetime.now())
    private_files.private_folder(target.parent)
    copies = [(Path(f"{store_path}{s}"), Path(f"{target}{s}")) for s in ("", "-wal")
              if Path(f"{store_path}{s}").exists()]
    with unfinished.journal("backup", parts=[f"{made}.part" for _, made in copies],
                            check_store=str(store_path)):
        for source, made in copies:  # whole files or none: through .part, as every backup
            partial = Path(f"{made}.part")
            partial.unlink(missing_ok=True)
            private_files.create_private(partial)
            partial.write_bytes(source.read_bytes())
            _fsync(partial)
            os.replace(partial, made)
    return target
