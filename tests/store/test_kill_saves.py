"""200 SIGKILLs at random moments of the save path: every acknowledged edit is in the store,
and the store is always intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.store.repository import ReportStore

ROUNDS = 200
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX")
def test_no_acknowledged_edit_is_lost_in_200_kills(tmp_path, seed_report):
    db = tmp_path / "kill.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
    rows = len(seed_report.indicators)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("kill_rounds.py")), str(db), str(ROUNDS), "12"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == ROUNDS
    lost = [r for r in results if r["acked"] is not None and r["stored"] < r["acked"]]
    assert lost == []
    assert all(r["integrity"] == "ok" and r["row_ok"] and r["rows"] == rows for r in results)
    # a save is never more than one ahead of its acknowledgement (it was killed after committing)
    assert all(r["acked"] is None or r["stored"] <= r["acked"] + 1 for r in results)
    # the kills landed in the middle of the work, not before it began
    assert sum(r["acked"] is not None for r in results) > ROUNDS // 10
    assert results[-1]["stored"] > ROUNDS // 2
