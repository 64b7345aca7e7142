"""Builds the file of a released schema version for tests/store/fixtures (run once per version,
when a migration is released; the files are committed, never rebuilt over released ones).

    .venv/bin/python -m tests.store.build_fixture VERSION

The migrations up to VERSION run on an empty store (sqlite-utils, as the program does), then the
seed report goes in as the program of that version wrote it: by this program where VERSION is
today's, else copied from the next version's fixture, column by column (a column that version
did not have yet is left out).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "demo" / "seed-2023.json"


def build(version: int, out: Path) -> None:
    from sqlite_utils import Database

    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.store import schema
    from perfeval_gui.store.repository import ReportStore

    if out.exists():
        raise SystemExit(f"{out} exists: a released fixture is never rebuilt")
    if version == schema.SCHEMA_VERSION:
        with ReportStore(out) as store:
            store.create(read_report_file(SEED))
        _to_rollback_journal(out)
        return
    source = FIXTURES / f"schema-v{version + 1}.sqlite"
    if not source.exists():
        raise SystemExit(f"build {source.name} first: v{version} is copied from it")
    db = Database(out)
    schema.migrations.apply(db, stop_before=schema.KNOWN[version])
    db.execute(f"PRAGMA user_version = {version}")
    db.conn.commit()
    db.close()
    target = sqlite3.connect(out)
    target.execute("ATTACH DATABASE ? AS source", [f"file:{source}?mode=ro"])
    tables = [r[0] for r in target.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'")]
    for table in tables:
        ours = [r[1] for r in target.execute(f"PRAGMA main.table_info({table})")]
        theirs = {r[1] for r in target.execute(f"PRAGMA source.table_info({table})")}
        columns = ", ".join(c for c in ours if c in theirs)
        target.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table}")
    target.commit()
    target.execute("DETACH DATABASE source")
    target.execute("VACUUM")
    target.close()


def _to_rollback_journal(path: Path) -> None:
    """One file, as the other fixtures are (the program's own WAL is folded in)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    wanted = int(sys.argv[1])
    with tempfile.TemporaryDirectory() as home:  # no user's profiles or measure words
        import os

        os.environ["PERFEVAL_GUI_HOME"] = home
        build(wanted, FIXTURES / f"schema-v{wanted}.sqlite")
    print(FIXTURES / f"schema-v{wanted}.sqlite")
