"""The store's schema version, known without loading the migrations (and sqlite-utils with
them): a store already at this version — every start but the first after an update — needs
nothing run, so opening it reads one pragma and sqlite-utils' record of what ran."""

from __future__ import annotations

import sqlite3

from .sqlite_utils_private import applied_names

# the number of migrations in schema.py (a test holds the two together); kept here because a
# start must not load schema.py and sqlite-utils with it (tests/ui/test_startup.py)
SCHEMA_VERSION = 8


MIGRATION_SET = "perfeval-gui"  # as schema.py registers its migrations with sqlite-utils


def is_current(conn: sqlite3.Connection) -> bool:
    """True where exactly this program's migrations have run: the version ``schema.prepare``
    sets last, and as many applied migrations — a newer program that died before setting its
    own version leaves one more, and such a store must go through prepare (which refuses it)."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
        return False
    applied = applied_names(conn, MIGRATION_SET)
    return applied is not None and len(applied) == SCHEMA_VERSION  # None: not a store we made
