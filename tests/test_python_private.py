"""The CPython internal the program uses (perfeval_gui/python_private.py) still does what
``__main__.leave`` relies on: every handler registered with atexit runs, in a normal exit's
order, once — so a process ended with os._exit loses nothing that was registered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_python_still_runs_the_exit_handlers_when_asked_in_order_and_only_once():
    script = ("import atexit, os, sys\n"
              "atexit.register(print, 'registered first')\n"
              "atexit.register(print, 'registered last')\n"
              "from perfeval_gui.python_private import run_exit_handlers\n"
              "run_exit_handlers()\n"
              "print('after')\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["registered last", "registered first", "after"], \
        "CPython: atexit._run_exitfuncs no longer runs the handlers now, last first, once"
