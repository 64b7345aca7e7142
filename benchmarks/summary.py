"""汇总 budgets (issue 18), measured, never asserted in tests.

    python benchmarks/summary.py [--json]

- folder_500: a folder of 500 interchange files of the seed's size summarised — read, scored
  and checked each — whole command in this process; budget ≤ 3 s.
- The same at 50 files, to show how cost grows (linear expected).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.core.profiles import default_library  # noqa: E402
from perfeval_gui.core.summary import summary_row, summary_totals  # noqa: E402
from perfeval_gui.exchange.folder import read_folder  # noqa: E402
from perfeval_gui.resources import demo_report_path  # noqa: E402


def summarise(folder: Path) -> int:
    library = default_library()
    found = read_folder(folder)
    rows = [summary_row(name, r, library.get(r.profile)) for name, r in found.reports]
    return summary_totals(rows, len(found.skipped)).reports


def folder_of(count: int, where: Path) -> Path:
    folder = where / f"f{count}"
    folder.mkdir()
    for i in range(count):
        shutil.copy(demo_report_path(), folder / f"r{i:04d}.json")
    return folder


def measure(count: int, where: Path, runs: int = 3) -> dict[str, float]:
    folder = folder_of(count, where)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        assert summarise(folder) == count
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "worst_ms": round(max(times), 1)}


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        figures = {"folder_50": measure(50, Path(scratch)), "folder_500": measure(500, Path(scratch))}
    if "--json" in sys.argv:
        print(json.dumps(figures))
    else:
        for name, f in figures.items():
            print(f"{name}: median {f['median_ms']:.0f} ms, worst {f['worst_ms']:.0f} ms"
                  + ("  (budget 3000 ms)" if name == "folder_500" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
