"""Hostile Word and Excel files through ``perfeval-gui read``, each in a fresh process:
wall time and peak memory (budget: refused in under 1 s with under 200 MB; issue 24).
Measured, never asserted.

    python benchmarks/hostile_office.py

The files are the ones the issue measured, built full size in a temporary folder by
tests/reader/hostile_office.py (≈ 10 s to build them all).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reader import hostile_office as hostile  # noqa: E402

GIB, MB = 1024 ** 3, 1024 * 1024
CASES = (
    ("a 1 MB .docx unpacking to 1 GiB", "bomb.docx", lambda p: hostile.docx_bomb(p, GIB)),
    ("an .xlsx bomb (1 GiB sheet)", "bomb.xlsx", lambda p: hostile.xlsx_bomb(p, GIB)),
    ("a 100 MB shared-strings part", "strings.xlsx", lambda p: hostile.xlsx_shared_strings(p, 100 * MB)),
    ("1,000,000 rows", "rows.xlsx", lambda p: hostile.xlsx_rows(p, 1_000_000)),
    ("600,000 rows (just under 50 MB unpacked)", "rows600k.xlsx", lambda p: hostile.xlsx_rows(p, 600_000)),
    ("an entity-expansion XML (.docx)", "laughs.docx", hostile.docx_entities),
    ("an entity-expansion XML (.xlsx)", "laughs.xlsx", hostile.xlsx_entities),
)


def measure(path: Path) -> tuple[float, float, int, str]:
    """Seconds, peak resident MB, exit status and the last stderr line of one fresh ``read``."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "perfeval_gui", "read", str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stderr is not None
    err = process.stderr.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    lines = err.strip().splitlines()
    return seconds, usage.ru_maxrss / 1024, process.returncode, lines[-1] if lines else ""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, build in CASES:
            path = build(Path(tmp) / name)
            seconds, peak, status, line = measure(path)
            print(f"{label}: {path.stat().st_size / MB:.1f} MB file, exit {status}, "
                  f"{seconds:.2f} s, peak {peak:.0f} MB\n    {line}")
            path.unlink()


if __name__ == "__main__":
    main()
