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

from perfeval_gui.store.repository import ReportStore

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]
# the promise is one second; the rest is the time a loaded machine takes to schedule the save
SLACK_SECONDS = 0.3


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kill_after", [1.3, 2.2, 3.1])
def test_sigkill_costs_at_most_the_last_second(tmp_path, seed_report, kill_after):
    db = tmp_path / "kill.sqlite"
    store = ReportStore(db)
    store.create(seed_report)
    store.close()
    start_name = seed_report.project.name
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(CHILD), str(db)], stdout=subprocess.PIPE,
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
    saved = ReportStore(db).load(1).project.name
    assert saved.startswith(start_name)
    typed_saved = len(saved) - len(start_name)
    letters = "abcdefghijklmnopqrstuvwxyz"
    assert saved[len(start_name):] == "".join(letters[i % 26] for i in range(typed_saved))
    deadline = killed_at - 1.0 - SLACK_SECONDS
    typed_before_deadline = max((n for t, n in seen if t <= deadline), default=0)
    assert typed_saved >= typed_before_deadline, (typed_saved, typed_before_deadline, seen[-1])
    assert seen and typed_saved <= seen[-1][1]
