"""The store's schema version: whether a store is at this program's (known without loading
sqlite-utils: every start but the first after an update reads one pragma and sqlite-utils'
record of the migrations it ran), and bringing an older one to it.

The version is the number of migrations in ``schema.py``; each migration sets it in its own
transaction, beside sqlite-utils' record of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.messages import UserError
from . import backups
from .schema import KNOWN, MIGRATION_SET, SCHEMA_VERSION, migration_set
from .sqlite_utils_private import applied_names

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["SCHEMA_VERSION", "is_current", "prepare"]


def is_current(conn: sqlite3.Connection) -> bool:
    """True where exactly this program's migrations have run: the version ``prepare`` sets,
    and as many applied migrations — a newer program that died before setting its own version
    leaves one more, and such a store must go through prepare (which refuses it)."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
        return False
    applied = applied_names(conn, MIGRATION_SET)
    return applied is not None and len(applied) == SCHEMA_VERSION  # None: not a store we made


def prepare(db: Database, path: Path | None) -> None:
    """Refuse a newer store untouched; back up an older one, then bring it up to date."""
    migrations = migration_set()
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in KNOWN]
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > SCHEMA_VERSION:
        raise UserError(str(path or ""), "store.newer", version=max(user_version, len(applied)))
    pending = migrations.pending(db)
    if not pending:
        if user_version != SCHEMA_VERSION:  # an older program ended before it set the version
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if applied and path is not None and path.exists():
        # a half-applied migration must never cost the user their reports; the backup API
        # reads through this connection, so edits still in the WAL are in the backup too
        backups.make_backup(db.conn, path, f"before-v{SCHEMA_VERSION}")
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
