"""A store that is not right says exactly what is wrong, and a damaged one gives back every
report that can still be read."""

from __future__ import annotations

import sqlite3

import pytest

from perfeval_gui.core.messages import UserError
from perfeval_gui.store import health, rescue
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.store.schema import SCHEMA_VERSION

from .damage import damage_one_page, store_with_reports


def code(problem: UserError | None) -> str | None:
    return None if problem is None else problem.message.code


def test_each_problem_is_named_for_what_it_is(tmp_path, seed_report, monkeypatch):
    good = tmp_path / "good.sqlite"
    with ReportStore(good) as store:
        store.create(seed_report)
    assert health.check(good) is None
    assert code(health.check(tmp_path / "missing.sqlite")) == "store.missing"
    assert code(health.check(tmp_path)) == "file.is_directory"
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert code(health.check(empty)) == "store.empty_file"
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    assert code(health.check(text)) == "store.not_store"
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE songs (title TEXT)").connection.commit()
    assert code(health.check(foreign)) == "store.not_store"
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert code(health.check(newer)) == "store.newer"
    # permissions (simulated: the tests may run as root, whom no permission stops)
    monkeypatch.setattr(health.os, "access", lambda p, mode: str(p) != str(good))
    assert code(health.check(good)) == "store.readonly_file"
    monkeypatch.setattr(health.os, "access", lambda p, mode: str(p) != str(good.parent))
    assert code(health.check(good)) == "store.readonly_folder"
    assert "只读" in health.check(good).text("zh")


def test_sqlite_errors_are_explained_by_their_cause(tmp_path):
    where = str(tmp_path / "s.sqlite")
    assert code(health.explain(sqlite3.OperationalError("database or disk is full"), where)) \
        == "store.disk_full"
    assert code(health.explain(OSError(28, "No space left on device"), where)) == "store.disk_full"
    assert code(health.explain(sqlite3.DatabaseError("database disk image is malformed"), where)) \
        == "store.damaged"
    assert code(health.explain(sqlite3.DatabaseError("file is not a database"), where)) \
        == "store.not_store"
    assert code(health.explain(sqlite3.OperationalError("database is locked"), where)) \
        == "store.locked"  # not "read-only, disk full or removed": none of those is true


def test_an_empty_or_foreign_file_is_never_turned_into_a_store(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(UserError) as caught:
        ReportStore(empty)
    assert caught.value.message.code == "store.empty_file"
    assert empty.read_bytes() == b"" and not (tmp_path / "empty.sqlite-wal").exists()
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(UserError):
        ReportStore(foreign)
    assert foreign.read_bytes() == before


def test_a_damaged_page_is_found_and_every_report_it_holds_is_rescued(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 40)
    damage_one_page(path)
    assert code(health.check(path)) == "store.damaged"
    result, out = rescue.rescue(path)
    assert sorted(o.name for o in result.outcomes) == names  # every report row is there
    short = [o for o in result.outcomes if o.missing_rows]
    assert short and all(o.missing_rows == {"indicators": o.missing_rows["indicators"]} for o in short)
    with ReportStore(out) as rescued:
        assert health.check(out) is None
        assert sorted(s.name for s in rescued.list()) == names
        whole = next(o for o in result.outcomes if not o.missing_rows)
        assert len(rescued.load(whole.id).indicators) == len(seed_report.indicators)
