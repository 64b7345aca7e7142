"""The window's start finishes what a killed command or window left (issue 24, point 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_start_removes_what_a_killed_export_left(tmp_path):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    out = tmp_path / "out"
    out.mkdir()
    part = out / f".r.pdf.{ended.pid}.x1y2.part"
    part.write_bytes(b"%PDF half")
    journal = tmp_path / "home" / "unfinished"
    journal.mkdir(parents=True)
    parts = [str(out / f".r.pdf.{ended.pid}.*.part")]
    (journal / f"{ended.pid}-x.json").write_text(json.dumps(
        {"kind": "export", "pid": ended.pid, "start": "", "parts": parts}))
    env = {**os.environ, "PERFEVAL_GUI_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    subprocess.run([sys.executable, "-m", "perfeval_gui"], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    assert not part.exists() and list(journal.iterdir()) == []
    log = (tmp_path / "home" / "logs" / "perfeval-gui.log").read_text(encoding="utf-8")
    assert f"removed {part}" in log
