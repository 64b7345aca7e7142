"""The sqlite-utils internal the store reads, in one place.

sqlite-utils' ``Migrations`` records each migration it applied in a table of its own
(``_sqlite_migrations``: ``migration_set``, ``name``, in the order applied). Its public reader,
``Migrations.applied``, needs sqlite-utils imported (a tenth of a start); a start that only has
to learn whether the store is current reads the table through sqlite3 here instead. A
sqlite-utils release that renames the table or its columns fails
``tests/store/test_sqlite_utils_private.py`` by name; ``packaging/constraints.txt`` pins it.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS_TABLE = "_sqlite_migrations"


def applied_names(conn: sqlite3.Connection, migration_set: str) -> list[str] | None:
    """The names of *migration_set*'s migrations applied to the store, in order; None where
    sqlite-utils never applied a migration to it."""
    try:
        rows = conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
                            [migration_set]).fetchall()
    except sqlite3.OperationalError:  # no such table
        return None
    return [name for (name,) in rows]
