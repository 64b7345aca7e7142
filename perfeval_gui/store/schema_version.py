"""The store's schema version, known without loading the migrations (and sqlite-utils with
them): a store already at this version — every start but the first after an update — needs
nothing run, so opening it reads one pragma."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 6  # the number of migrations in schema.py (a test holds the two together)


def is_current(conn: sqlite3.Connection) -> bool:
    """True where every migration has run (``schema.prepare`` sets the version last)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
