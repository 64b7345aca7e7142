"""汇总 budgets (issue 18), measured, never asserted in tests.

    python benchmarks/summary.py [--json]

- folder_500: a folder of 500 interchange files of the seed's size summarised — read, scored
  and checked each — whole command in this process; budget ≤ 3 s.
- The same at 50 files, to show how cost grows (linear expected).
- store_10000: the 汇总 of 10,000 stored reports drawn in the window's page — from choosing the
  year until the table, totals and charts are painted — read from the figures the store keeps
  with each report; budget ≤ 1 s. store_rows_10000 is the query and totals alone (no Qt), and
  store_1000 shows how cost grows.
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


def store_of(count: int, where: Path) -> Path:
    """A store of *count* reports of 2023: the seed stored once (so its figures are the program's
    own), its row copied with other names, units and figures — what a department's year holds."""
    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.store.score_cache import STAMP_KEY, scoring_stamp

    path = where / f"s{count}.sqlite"
    with ReportStore(path) as store:
        store.create(read_report_file(demo_report_path()))
        columns = [c.name for c in store.db["reports"].columns if c.name not in ("id", "name", "unit",
                                                                                "total", "rate")]
        listed = ", ".join(columns)
        with store.db.conn:
            store.db.conn.executemany(
                f"INSERT INTO reports ({listed}, name, unit, total, rate) "
                f"SELECT {listed}, ?, ?, ?, ? FROM reports WHERE id = 1",
                [(f"项目{i}", f"单位{i % 40}", str(60 + i % 40), str(70 + i % 35))
                 for i in range(count - 1)])
        # the figures are the program's own (a store the window has recomputed): the page shows
        # them; a stale stamp would have it score every report itself (a recomputation's cost)
        store.set_meta(STAMP_KEY, scoring_stamp(default_library()))
    return path


def draw_store_summary(path: Path, runs: int = 5) -> dict[str, float]:
    """The page as the window shows it: the year chosen, rows loaded, everything painted."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.summary.summary_page import SummaryPage

    app = QApplication.instance() or QApplication([])
    store = ReportStore(path)
    page = SummaryPage(store, default_library())
    page.resize(1280, 720)
    page.show()
    times = []
    for _ in range(runs):
        page.year.setCurrentIndex(-1)
        app.processEvents()
        start = time.perf_counter()
        page.year.setCurrentIndex(page.year.findData(2023))  # what the user does: a reload
        while page.loading:
            app.processEvents()
        page.repaint()
        for chart in (page.grade_chart, page.rate_chart, page.scatter):
            chart.repaint()
        page.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        assert page.model.rowCount() == store.count()
    page.close()
    store.close()
    return {"median_ms": round(statistics.median(times), 1), "worst_ms": round(max(times), 1)}


def store_rows(path: Path, runs: int = 5) -> dict[str, float]:
    from perfeval_gui.store.repository import ReportStore

    times = []
    with ReportStore(path) as store:
        for _ in range(runs):
            start = time.perf_counter()
            rows, missing = store.summary_rows(2023)
            summary_totals(rows)
            times.append((time.perf_counter() - start) * 1000)
            assert not missing and len(rows) == store.count()
    return {"median_ms": round(statistics.median(times), 1), "worst_ms": round(max(times), 1)}


BUDGETS = {"folder_500": 3000, "store_10000": 1000}


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        figures = {"folder_50": measure(50, Path(scratch)), "folder_500": measure(500, Path(scratch))}
        for count in (1_000, 10_000):
            path = store_of(count, Path(scratch))
            figures[f"store_rows_{count}"] = store_rows(path)
            figures[f"store_{count}"] = draw_store_summary(path)
    if "--json" in sys.argv:
        print(json.dumps(figures))
    else:
        for name, f in figures.items():
            budget = f"  (budget {BUDGETS[name]} ms)" if name in BUDGETS else ""
            print(f"{name}: median {f['median_ms']:.0f} ms, worst {f['worst_ms']:.0f} ms{budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
