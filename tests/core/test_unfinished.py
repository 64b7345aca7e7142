"""The journal of unfinished work: what a process that is gone left is finished or undone by
the next start, what a running process does is left alone (issue 24, points 2 and 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from perfeval_gui.app_paths import data_dir
from perfeval_gui.core import unfinished
from perfeval_gui.core.processes import process_start


@pytest.fixture
def gone_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def entry_of(pid: int, **record) -> Path:
    folder = unfinished.folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{pid}-test.json"
    path.write_text(json.dumps({"kind": "export", "pid": pid, "start": "", "parts": [], **record}))
    return path


def log_text() -> str:
    return (data_dir() / "logs" / "perfeval-gui.log").read_text(encoding="utf-8")


def test_a_dead_process_s_temporary_files_are_removed_and_logged(tmp_path, gone_pid):
    part = tmp_path / f".r.pdf.{gone_pid}.abc.part"
    part.write_bytes(b"half")
    entry = entry_of(gone_pid, parts=[str(tmp_path / f".r.pdf.{gone_pid}.*.part")])
    done = unfinished.sweep()
    assert not part.exists() and not entry.exists()
    assert f"removed {part}" in log_text() and any(str(part) in line for line in done)


def test_a_running_process_s_work_is_left_alone(tmp_path):
    part = tmp_path / "mine.part"
    part.write_bytes(b"being written")
    with unfinished.journal("export", parts=[str(part)]) as entry:
        assert entry.path is not None and entry.path.exists()
        assert unfinished.sweep() == []
        assert part.exists()
    assert not entry.path.exists()  # crossed out when the work ended


def test_a_reused_process_id_is_not_the_process_that_wrote(tmp_path):
    part = tmp_path / "old.part"
    part.write_bytes(b"x")
    entry_of(os.getpid(), start="1", parts=[str(part)])  # our pid, another start: not us
    unfinished.sweep()
    assert not part.exists()
    assert process_start(os.getpid()) != "1"


def test_an_intent_is_completed(tmp_path, gone_pid):
    pairs = []
    for name in ("r.pdf", "r.docx"):
        target, temp, aside = tmp_path / name, tmp_path / f".{name}.{gone_pid}.x.part", \
            tmp_path / f".{name}.{gone_pid}.old.part"
        target.write_text("old")
        aside.write_text("old")
        temp.write_text("new")
        pairs.append([str(temp), str(target), str(aside)])
    (tmp_path / "r.pdf").write_text("new")  # the first rename was done before the kill
    os.unlink(pairs[0][0])
    entry_of(gone_pid, renames=pairs, parts=[str(tmp_path / f".*.{gone_pid}.*.part")])
    unfinished.sweep()
    assert [(tmp_path / n).read_text() for n in ("r.pdf", "r.docx")] == ["new", "new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.pdf"]


def test_an_intent_that_cannot_be_completed_is_undone(tmp_path, gone_pid):
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    pdf.write_text("new")  # renamed before the kill; its old content kept aside
    aside = tmp_path / "pdf.old.part"
    aside.write_text("old")
    docx.mkdir()  # the second target cannot be replaced any more (now a folder)
    temp = tmp_path / "docx.new.part"
    temp.write_text("new")
    entry_of(gone_pid, renames=[[None, str(pdf), str(aside)], [str(temp), str(docx), None]],
             parts=[str(tmp_path / "*.part")])
    unfinished.sweep()
    assert pdf.read_text() == "old" and "undoing the group" in log_text()


def test_a_safety_copy_is_kept_unless_the_store_is_intact(tmp_path, gone_pid):
    part = tmp_path / "safety.sqlite.part"
    part.write_bytes(b"half a copy")
    store = tmp_path / "s.sqlite"
    entry = entry_of(gone_pid, parts=[str(part)], check_store=str(store))
    unfinished.sweep()  # no way to check: left for a start that can
    assert entry.exists() and part.exists()
    unfinished.sweep(lambda _path: False)
    assert part.exists() and not entry.exists() and "does not pass its check" in log_text()
    entry = entry_of(gone_pid, parts=[str(part)], check_store=str(store))
    unfinished.sweep(lambda _path: True)
    assert not part.exists() and not entry.exists()


def test_scratch_folders_of_dead_archives_are_removed(tmp_path, gone_pid, monkeypatch):
    monkeypatch.setattr(unfinished.tempfile, "gettempdir", lambda: str(tmp_path))
    dead = tmp_path / f"{unfinished.SCRATCH_PREFIX}{gone_pid}-0-abc"
    mine = tmp_path / f"{unfinished.scratch_prefix()}def"
    legacy_old, legacy_new = tmp_path / "perfeval-archive-oldname", tmp_path / "perfeval-archive-new"
    for folder in (dead, mine, legacy_old, legacy_new):
        folder.mkdir()
        (folder / "1.pdf").write_bytes(b"%PDF")
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(legacy_old, (week_ago, week_ago))
    unfinished.sweep()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, legacy_new.name])


def test_an_unreadable_entry_is_removed(gone_pid):
    entry = entry_of(gone_pid)
    entry.write_text("{not json")
    unfinished.sweep()
    assert not entry.exists()


def test_a_store_a_killed_process_had_only_begun_is_removed(tmp_path, gone_pid):
    begun, kept = tmp_path / "new.sqlite", tmp_path / "kept.sqlite"
    begun.write_bytes(b"")
    kept.write_bytes(b"SQLite format 3\0")  # something was written: never removed
    entry_of(gone_pid, only_empty=[str(begun), str(kept)])
    unfinished.sweep()
    assert not begun.exists() and kept.exists()


def test_what_an_earlier_version_left_is_removed_unless_claimed(tmp_path, gone_pid):
    old, claimed, fresh = (tmp_path / n for n in ("a.sqlite.part", "b.sqlite.part-wal", "c.sqlite.part"))
    for made in (old, claimed, fresh):
        made.write_bytes(b"x")
    hour_ago = time.time() - 3600
    for made in (old, claimed):
        os.utime(made, (hour_ago, hour_ago))
    entry_of(gone_pid, parts=[str(tmp_path / "b.sqlite.part*")])
    assert unfinished.remove_unclaimed(tmp_path, "*.sqlite.part*", 600) == [old]
    assert claimed.exists() and fresh.exists() and f"removed {old}" in log_text()
