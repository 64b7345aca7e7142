"""The window on a real X server with a 1366×768 screen (Xvfb, which packaging/dev.sh
installs): the whole window, status bar included, is on the screen, and Qt's file dialog
speaks Chinese there too."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None,
                                reason="xvfb-run is not installed (packaging/dev.sh installs it)")


def test_on_a_1366x768_x_screen_the_window_and_its_status_bar_are_on_the_screen(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb",
           "PERFEVAL_GUI_HOME": str(tmp_path)}
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                           str(ROOT / "tests" / "ui" / "xvfb_child.py")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
    sx, sy, sw, sh = seen["screen"]
    assert (sw, sh) == (1366, 768)
    fx, fy, fw, fh = seen["frame"]
    assert sx <= fx and sy <= fy and fx + fw <= sx + sw and fy + fh <= sy + sh
    bx, by, bw, bh = seen["status_bar"]
    assert seen["status_visible"] and bh > 0 and bw > 0
    assert sx <= bx and bx + bw <= sx + sw and by + bh <= sy + sh
    assert "查找范围(&L)：" in seen["file_dialog"]
