"""A full disk or a read-only target is exit 3 with one line naming the file, and leaves
nothing behind: no empty store, no empty -wal, no few-byte -shm (issue 24, point 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfeval_gui.store import repository
from perfeval_gui.store.repository import ReportStore

from .small_disks import PageLimited, fill, remount_read_only, tmpfs
from .test_cli import call


@pytest.fixture
def report_file(tmp_path, seed_text) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(seed_text, encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert not any(word in lines[0] for word in ("Traceback", "database", "Errno", "sqlite3"))
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")


def test_import_into_a_new_store_on_a_full_disk(capsys, tmp_path, report_file):
    with tmpfs(tmp_path / "disk", 256) as disk:
        fill(disk)
        db = disk / "reports.sqlite"
        status, out, err = call(capsys, "import", str(report_file), "--db", str(db))
        assert status == 3 and out == ""
        assert str(db) in one_line(err) and "磁盘已满" in err
        assert leftovers(disk) == []


def test_import_into_a_store_on_a_disk_that_fills_up(capsys, tmp_path, report_file, seed_report):
    with tmpfs(tmp_path / "disk", 1024) as disk:
        db = disk / "reports.sqlite"
        with ReportStore(db) as store:
            store.create(seed_report)
        fill(disk)
        status, out, err = call(capsys, "import", str(report_file), "--db", str(db), "--lang", "en")
        assert status == 3 and out == ""
        assert str(db) in one_line(err) and "disk is full" in err
        assert leftovers(disk) == ["reports.sqlite"]
        (disk / "filler.bin").unlink()
        with ReportStore(db) as store:
            assert len(store.list()) == 1 and store.quick_check() is None


def test_backup_onto_a_full_disk(capsys, tmp_path, seed_report):
    db = tmp_path / "reports.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
    with tmpfs(tmp_path / "stick", 128) as stick:
        fill(stick)
        out_file = stick / "copy.sqlite"
        status, out, err = call(capsys, "backup", "--db", str(db), "--out", str(out_file))
        assert status == 3 and out == ""
        assert str(out_file) in one_line(err)
        assert leftovers(stick) == []


def test_a_store_on_a_read_only_disk(capsys, tmp_path, report_file, seed_report):
    with tmpfs(tmp_path / "disk", 1024) as disk:
        db = disk / "reports.sqlite"
        with ReportStore(db) as store:
            store.create(seed_report)
        remount_read_only(disk)
        status, out, err = call(capsys, "import", str(report_file), "--db", str(db))
        assert status == 3 and out == ""
        assert str(db) in one_line(err) and "只读" in err
        elsewhere = tmp_path / "elsewhere.sqlite"
        with ReportStore(elsewhere) as store:
            store.create(seed_report)
        status, _, err = call(capsys, "backup", "--db", str(elsewhere), "--out", str(disk / "b.sqlite"))
        assert status == 3 and str(disk / "b.sqlite") in one_line(err)
        status, _, err = call(capsys, "export", str(report_file), "--pdf", str(disk / "r.pdf"))
        assert status == 3 and str(disk / "r.pdf") in one_line(err)
        assert leftovers(disk) == ["reports.sqlite"]


def test_sqlite_saying_disk_full_anywhere_is_exit_3(capsys, tmp_path, report_file, monkeypatch):
    # runs everywhere (no mount needed): SQLite's own "database or disk is full"
    monkeypatch.setattr(repository, "sqlite3", PageLimited(3))
    db = tmp_path / "new" / "reports.sqlite"
    status, out, err = call(capsys, "import", str(report_file), "--db", str(db))
    assert status == 3 and out == ""
    assert str(db) in one_line(err)
    assert leftovers(db.parent) == []


def test_every_output_onto_a_full_disk_is_exit_3_in_one_line(tmp_path, seed_text, seed_report):
    # real processes: a writer's half-closed file must not print a traceback as the process ends
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
    env = {**os.environ, "PYTHONPATH": str(root)}
    with tmpfs(tmp_path / "stick", 128) as stick:
        fill(stick)
        commands = [
            ["export", str(report), "--pdf", str(stick / "r.pdf"), "--docx", str(stick / "r.docx")],
            ["summary", "--db", str(db), "--year", "2023", "--xlsx", str(stick / "sum.xlsx")],
            ["archive", "--db", str(db), "--year", "2023", "--out", str(stick / "2023.zip")],
            ["restore", str(db), "--db", str(stick / "new.sqlite"), "--yes"],
        ]
        for command in commands:
            done = subprocess.run([sys.executable, "-m", "perfeval_gui", *command], env=env,
                                  cwd=root, capture_output=True, text=True, timeout=120)
            assert done.returncode == 3, (command, done.stderr)
            line = one_line(done.stderr)
            assert "磁盘已满" in line and str(stick) in line, line
        assert leftovers(stick) == []


def test_a_read_only_store_file_is_exit_3_anywhere(capsys, tmp_path, report_file, seed_report,
                                                   monkeypatch):
    # simulated where no mount is possible (and root, whom no permission bit stops)
    from perfeval_gui.store import health

    db = tmp_path / "reports.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
    monkeypatch.setattr(health.os, "access", lambda p, mode: str(p) != str(db))
    status, out, err = call(capsys, "import", str(report_file), "--db", str(db))
    assert status == 3 and out == ""
    assert str(db) in one_line(err) and "只读" in err
    assert leftovers(tmp_path) == ["reports.sqlite", "seed.json"]
