"""Work off the GUI thread outlives what started it: a window closed while its job runs, a
script that ends with one under way. The job then tells nobody — no callback on a widget that
is gone, no "Signal source has been deleted" from a relay Qt has deleted."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import delete

from perfeval_gui.ui.base.background import run_in_background
from tests.conftest import ROOT


def test_a_job_whose_owner_is_destroyed_calls_nothing_back(qtbot):
    owner = QWidget()
    release, heard = threading.Event(), []
    run_in_background(lambda: release.wait(10) and "rows", heard.append, heard.append, owner=owner)
    delete(owner)  # the page closed while its rows were still being read
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # a callback posted to the main thread would run now
    assert heard == []


def test_a_job_of_a_living_owner_reports_on_the_main_thread(qtbot):
    owner = QWidget()
    heard: list[tuple[str, bool]] = []

    def done(value: str) -> None:
        heard.append((value, threading.current_thread() is threading.main_thread()))

    run_in_background(lambda: "rows", done, lambda exc: heard.append((repr(exc), False)), owner=owner)
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [("rows", True)]


SCRIPT = """
import time
from PySide6.QtWidgets import QApplication, QWidget
from perfeval_gui.ui.base.background import run_in_background
app = QApplication([])
window = QWidget()
for _ in range(3):
    run_in_background(lambda: time.sleep(0.5), print, print)
print("the script ends")
"""


def test_a_script_that_ends_with_a_job_under_way_ends_cleanly(tmp_path):
    """docs/make_screenshots.py's end while the fonts still loaded: the job's emit at the
    process's teardown printed a traceback ending in 'Signal source has been deleted'."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PERFEVAL_GUI_HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=60, cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "the script ends\n")
    assert proc.stderr == ""
