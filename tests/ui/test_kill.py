"""Killing the app at any moment loses at most the last second of typing and never
corrupts the store (a real process, a real SIGKILL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from perfeval_gui.core.forms import MONITORING
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore

from ..cycle_documents import monitoring

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]
# the promise is one second; the rest is the time a loaded machine takes to schedule the save
SLACK_SECONDS = 0.3


def typed_then_killed(db: Path, kill_after: float, where: str = "name") -> tuple[float, list]:
    """The child typing into *where* killed after *kill_after* s: when, and what it had typed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(CHILD), str(db), where], stdout=subprocess.PIPE,
                             text=True, env=env)
    seen: list[tuple[float, int]] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ready"):
                ready.set()
            elif line.startswith("typed"):
                seen.append((time.monotonic(), int(line.split()[1])))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), "the app did not start"
    time.sleep(kill_after)
    killed_at = time.monotonic()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(5)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return killed_at, seen


def assert_lost_at_most_the_last_second(saved: str, start: str, killed_at: float, seen: list) -> None:
    assert saved.startswith(start)
    typed_saved = len(saved) - len(start)
    letters = "abcdefghijklmnopqrstuvwxyz"
    assert saved[len(start):] == "".join(letters[i % 26] for i in range(typed_saved))
    deadline = killed_at - 1.0 - SLACK_SECONDS
    typed_before_deadline = max((n for t, n in seen if t <= deadline), default=0)
    assert typed_saved >= typed_before_deadline, (typed_saved, typed_before_deadline, seen[-1])
    assert seen and typed_saved <= seen[-1][1]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [1.3, 2.2, 3.1])
def test_sigkill_costs_at_most_the_last_second(tmp_path, seed_report, kill_after):
    db = tmp_path / "kill.sqlite"
    store = ReportStore(db)
    store.create(seed_report)
    store.close()
    killed_at, seen = typed_then_killed(db, kill_after)
    saved = ReportStore(db).load(1).project.name
    assert_lost_at_most_the_last_second(saved, seed_report.project.name, killed_at, seen)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [1.7, 2.9])
def test_sigkill_while_typing_in_a_monitoring_form_s_cell_costs_at_most_the_last_second(
        tmp_path, kill_after):
    """The 运行监控表's cells reach the file as the 自评表's fields do: a row's 备注, typed into
    through its cell editor, killed mid-word."""
    db = tmp_path / "kill.sqlite"
    report = report_from_document(monitoring())
    start = report.indicators[0].remarks
    store = ReportStore(db)
    store.create(report)
    store.close()
    killed_at, seen = typed_then_killed(db, kill_after, "remarks")
    back = ReportStore(db).load(1)
    assert back.form == MONITORING
    assert_lost_at_most_the_last_second(back.indicators[0].remarks, start, killed_at, seen)
    assert [i.remarks for i in back.indicators[1:]] == [i.remarks for i in report.indicators[1:]]
