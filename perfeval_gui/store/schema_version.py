"""The store's schema version, known without loading the migrations (and sqlite-utils with
them): a store already at this version — every start but the first after an update — needs
nothing run, so opening it reads one pragma.

The version a store has is its PRAGMA user_version alone: each migration sets it in the
transaction that runs it (``schema.migration``), so it says exactly how far the store got,
whichever program migrated it and wherever that program stopped. sqlite-utils' record of what
ran serves sqlite-utils only, to know which migrations to apply."""

from __future__ import annotations

import sqlite3

from .migration_names import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)  # never kept by hand: the count of the migrations' names
MIGRATION_SET = "perfeval-gui"  # as schema.py registers its migrations with sqlite-utils


def version_of(conn: sqlite3.Connection) -> int:
    """The schema version of the store behind *conn*."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def is_current(conn: sqlite3.Connection) -> bool:
    """True where the store is at this program's version: nothing to migrate, nothing to refuse."""
    return version_of(conn) == SCHEMA_VERSION
