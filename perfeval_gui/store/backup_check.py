"""Is a backup fit to restore? Checked before anything is replaced: an SQLite file of this
program and not newer, SQLite's integrity check, every table and column its own migrations
make, every report loads (from a migrated copy: the backup is never changed)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlite_utils import Database

from ..core.messages import UserError
from . import backups, health, schema, schema_version
from .repository import ReportStore
from .sqlite_utils_private import applied_names


def restore(backup: Path, store_path: Path) -> Path | None:
    """The store replaced by *backup* once it passes ``verify`` (else its reason is raised and
    the store is untouched); returns the safety copy of the store (None where there was none)."""
    problem = verify(Path(backup))
    if problem is not None:
        raise problem
    return backups.replace_with(backup, store_path)


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
    """A table or column missing from what the backup's own migrations make: those its
    version (user_version) counts; sqlite-utils' record must be there too, or sqlite-utils
    would run them again on the restored store."""
    version = schema_version.version_of(conn)
    if not applied_names(conn, schema.MIGRATION_SET):
        return UserError(where, "backup.missing_table", table="_sqlite_migrations", version=version)
    if version > schema.SCHEMA_VERSION:
        return UserError(where, "store.newer", version=version)
    reference = Database(memory=True, execute_plugins=False)
    for name in schema.KNOWN[:version]:
        getattr(schema, name)(reference)
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
    with tempfile.TemporaryDirectory(prefix="perfeval-verify-") as work:
        copy = Path(work) / "backup.sqlite"
        backups.copy_for_reading(backup, copy)
        with ReportStore(copy) as store:
            for report_id, name in store.conn.execute("SELECT id, name FROM reports ORDER BY id").fetchall():
                try:
                    store.load(report_id)
                except UserError as exc:
                    return UserError(str(backup), "backup.bad_report", id=report_id, name=name or "",
                                     detail=exc.message.text("zh"))
    return None
