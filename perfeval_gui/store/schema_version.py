"""The store's schema version, known without loading the migrations (and sqlite-utils with
them): a store already at this version — every start but the first after an update — needs
nothing run, so opening it reads one pragma."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 7  # the number of migrations in schema.py (a test holds the two together)


MIGRATION_SET = "perfeval-gui"  # as schema.py registers its migrations with sqlite-utils


def is_current(conn: sqlite3.Connection) -> bool:
    """True where exactly this program's migrations have run: the version ``schema.prepare``
    sets last, and as many applied migrations — a newer program that died before setting its
    own version leaves one more, and such a store must go through prepare (which refuses it)."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
        return False
    try:
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                               [MIGRATION_SET]).fetchone()[0]
    except sqlite3.OperationalError:  # no migrations table: not a store this program made
        return False
    return int(applied) == SCHEMA_VERSION
