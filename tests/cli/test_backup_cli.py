"""backup and restore on the command line, and a store that fails its check is never written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.store import backups
from perfeval_gui.store.repository import ReportStore

from ..store.damage import damage_one_page, store_with_reports
from .test_cli import call

ROOT = Path(__file__).resolve().parents[2]

HOLD_THE_STORE = """
import sys, time
from perfeval_gui.store.locks import Holds
from perfeval_gui.store.repository import ReportStore
store = ReportStore(sys.argv[1])
Holds(store).hold_store()
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    with ReportStore(path) as store:
        store.create(seed_report)
    return path


def name_in(path: Path, report_id: int = 1) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM reports WHERE id = ?", [report_id]).fetchone()[0]
    finally:
        conn.close()


def test_backup_writes_a_consistent_copy_beside_the_store_or_where_asked(capsys, db, tmp_path):
    status, out, err = call(capsys, "backup", "--db", str(db))
    assert (status, err) == (0, "")
    made = Path(out.strip())
    assert made.parent == tmp_path / "backups" and name_in(made) == name_in(db)
    assert [b.path for b in backups.list_backups(db)] == [made]
    status, out, _ = call(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "copy.sqlite"))
    assert status == 0 and Path(out.strip()) == tmp_path / "copy.sqlite"
    assert ReportStore(tmp_path / "copy.sqlite").load(1).project.name == name_in(db)
    status, _, err = call(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "no" / "b.sqlite"))
    assert status == 3 and err.count("\n") == 1


def test_restore_asks_for_yes_backs_up_first_and_replaces_the_store(capsys, db):
    status, out, _ = call(capsys, "backup", "--db", str(db))
    backup = Path(out.strip())
    with ReportStore(db) as store:
        edited = store.load(1)
        edited.project.name = "edited after the backup"
        store.save(1, edited)
    status, out, err = call(capsys, "restore", str(backup), "--db", str(db))
    assert status == 2 and "--yes" in err and out == ""
    assert name_in(db) == "edited after the backup"  # nothing written
    status, out, err = call(capsys, "restore", str(backup), "--db", str(db), "--yes")
    assert (status, err) == (0, "")
    safety = Path(out.strip())
    assert name_in(safety) == "edited after the backup"
    assert name_in(db) == name_in(backup) != "edited after the backup"
    with ReportStore(db) as store:  # the restored store works as a store
        assert store.quick_check() is None and store.load(1).indicators


@pytest.mark.skipif(sys.platform.startswith("win"), reason="process ids as on POSIX")
def test_restore_refuses_a_store_a_window_holds(capsys, db):
    status, out, _ = call(capsys, "backup", "--db", str(db))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_STORE, str(db)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        status, _, err = call(capsys, "restore", out.strip(), "--db", str(db), "--yes")
        assert status == 3 and str(holder.pid) in err
    finally:
        holder.kill()
        holder.wait(10)
    status, _, _ = call(capsys, "restore", out.strip(), "--db", str(db), "--yes")
    assert status == 0  # its holder is gone: the hold is stale


def test_a_damaged_store_is_not_written_and_empty_or_foreign_files_stay_as_they_are(
        capsys, tmp_path, seed_report, seed_text):
    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")
    damaged = tmp_path / "damaged.sqlite"
    store_with_reports(damaged, seed_report, 12)
    damage_one_page(damaged)
    before = damaged.read_bytes()
    status, _, err = call(capsys, "import", str(report), "--db", str(damaged))
    assert status == 2 and "损坏" in err
    assert damaged.read_bytes() == before
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    for args in (("list", "--db", str(empty)), ("import", str(report), "--db", str(empty))):
        status, _, err = call(capsys, *args)
        assert status == 2 and "0 字节" in err
    assert empty.read_bytes() == b"" and not Path(f"{empty}-wal").exists()
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("my notes", encoding="utf-8")
    status, _, err = call(capsys, "import", str(report), "--db", str(foreign))
    assert status == 2 and "不是本程序的数据文件" in err
    assert foreign.read_text(encoding="utf-8") == "my notes"
