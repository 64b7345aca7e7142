"""The sqlite-utils internal the store reads (store/sqlite_utils_private.py) still is where
sqlite-utils records the migrations it applied."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from perfeval_gui.store.sqlite_utils_private import MIGRATIONS_TABLE, applied_names


def test_sqlite_utils_still_records_applied_migrations_where_the_store_reads_them(tmp_path):
    ours, other = Migrations("ours"), Migrations("other")

    @ours(name="m001_first")
    def first(db: Database) -> None:
        db["a"].create({"id": int})

    @ours(name="m002_second")
    def second(db: Database) -> None:
        db["b"].create({"id": int})

    @other(name="m001_elsewhere")
    def elsewhere(db: Database) -> None:
        db["c"].create({"id": int})

    path = tmp_path / "s.sqlite"
    conn = sqlite3.connect(path)
    assert applied_names(conn, "ours") is None  # nothing applied yet: no record at all
    db = Database(path)
    other.apply(db)
    ours.apply(db, stop_before="m002_second")
    assert applied_names(conn, "ours") == [m.name for m in ours.applied(db)] == ["m001_first"]
    ours.apply(db)
    assert Migrations.migrations_table == MIGRATIONS_TABLE, "sqlite-utils: the table has another name"
    both = ["m001_first", "m002_second"]
    assert applied_names(conn, "ours") == [m.name for m in ours.applied(db)] == both, \
        "sqlite-utils: the applied migrations are recorded otherwise"
    assert applied_names(conn, "other") == ["m001_elsewhere"]
