"""The store, its -wal/-shm and its backups hold a unit's unpublished figures: created 0600 in a
0700 data folder whatever the umask; exports, made to be shared, keep following the umask
(issue 24, point 9)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.export.atomic import write_atomically
from perfeval_gui.store import backup_check, backups
from perfeval_gui.store.repository import ReportStore

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_a_new_store_and_its_companions_are_private(tmp_path, seed_report, umask):
    data = tmp_path / "perfeval" / "perfeval-gui"
    db = data / "reports.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        assert {mode(Path(f"{db}{s}")) for s in ("", "-wal", "-shm")} == {0o600}
        assert mode(data) == 0o700
        made = backups.make_backup(store.conn, db, "manual")
    assert mode(made) == 0o600 and mode(made.parent) == 0o700
    restored = tmp_path / "elsewhere" / "restored.sqlite"
    restored.parent.mkdir()
    backup_check.restore(made, restored)
    assert mode(restored) == 0o600
    safety = backup_check.restore(made, restored)
    assert safety is not None and mode(safety) == 0o600


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path, seed_report, umask):
    folder = tmp_path / "documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with ReportStore(folder / "unit.sqlite") as store:
        store.create(seed_report)
    assert mode(folder) == 0o755 and mode(folder / "unit.sqlite") == 0o600


def test_exports_still_follow_the_umask(tmp_path, umask):
    out = tmp_path / "report.pdf"
    write_atomically(out, lambda p: p.write_bytes(b"%PDF-1.4\n"))
    assert mode(out) == 0o666 & ~umask


def test_the_command_line_import_makes_a_private_store(tmp_path, seed_text):
    report = tmp_path / "seed.json"
    report.write_text(seed_text, encoding="utf-8")
    db = tmp_path / "data" / "reports.sqlite"
    subprocess.run(["sh", "-c", f'umask 022 && "{sys.executable}" -m perfeval_gui import '
                    f'"{report}" --db "{db}"'], check=True, cwd=ROOT, capture_output=True)
    assert mode(db) == 0o600 and mode(db.parent) == 0o700
    for companion in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert not companion.exists() or mode(companion) == 0o600


def test_a_data_folder_an_older_version_left_open_is_closed(tmp_path, monkeypatch):
    from perfeval_gui.app_paths import HOME_ENV, ensure_data_dir

    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o755)
    monkeypatch.setenv(HOME_ENV, str(data))
    assert ensure_data_dir() == data and mode(data) == 0o700
    fresh = tmp_path / "fresh" / "data"
    monkeypatch.setenv(HOME_ENV, str(fresh))
    ensure_data_dir()
    assert mode(fresh) == 0o700
