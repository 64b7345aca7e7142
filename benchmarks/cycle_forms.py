"""Budgets of the year's other forms (issue 27), measured, never asserted in tests; run from
``benchmarks/run.py`` (``monitoring_keystroke``, ``monitoring_summary``, ``monitoring_read``)
or alone: ``python benchmarks/cycle_forms.py [name ...]``.

- monitoring_keystroke: a key press in the 1–N月执行情况 cell of a 200-row 运行监控表 until the
  cell, its row and the panel are painted, against the same in the 实际完成值 cell of a 200-row
  自评表, turn about in one process; budget: ratio of the medians ≤ 1.5×.
- monitoring_summary: the 监控汇总 of 500 stored monitoring forms of one year — the core
  (each form loaded, its row and checks made, the totals) and the window's page (from choosing
  the year until table, totals and the at-risk list are painted); budget ≤ 3 s for the page,
  the same as the 自评表 汇总 of a folder of 500 files (benchmarks/summary.py).
- monitoring_read: reading a 200-row 运行监控表 .xlsx as a unit's first file of the session,
  against the 200-row 自评表 .xlsx turn about; budget ≤ 0.5 s, as the 自评表's
  (benchmarks/read_files.py), and a ratio ≤ 1.5×.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from perfeval_gui.core import cycle  # noqa: E402
from perfeval_gui.core.interchange import read_report_file  # noqa: E402
from perfeval_gui.core.model import Report  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary, default_library  # noqa: E402

ROWS = 200
FORMS = 500
KEYSTROKE_RATIO = 1.5
SUMMARY_BUDGET_MS = 3000
READ_BUDGET_MS = 500
LIKELIHOODS = ("确定能", "确定能", "确定能", "有可能", "完全不可能")


def monitoring_form(self_evaluation: Report, project: int = 0) -> Report:
    """The 运行监控表 of *self_evaluation*'s next year, filled as a unit fills it mid-year:
    funds executed and projected, every row's figures, some rows at risk with their causes."""
    report = cycle.monitoring_from(copy.deepcopy(self_evaluation),
                                   date(self_evaluation.year + 1, 7, 31))
    report.project.name = f"{report.project.name}{project}"
    for n, row in enumerate(report.funds.rows):
        budget = row.adjusted or row.initial or Decimal(100)
        row.executed_to_date = (budget * Decimal(40 + (project + n) % 50) / 100).quantize(Decimal("0.01"))
        row.projected = budget
    for n, row in enumerate(report.indicators):
        target = row.target or "≥1"
        row.to_date, row.projected = target, target
        row.likelihood = LIKELIHOODS[(project + n) % len(LIKELIHOODS)]
        if row.likelihood != "确定能":
            row.causes = {"经费保障": "资金 6 月才下达"}
            row.remarks = "下半年集中推进"
    return report


def _keystrokes_in(report: Report, field: str) -> list[float]:
    """run.py's keystroke measure, in *field*'s cell of row 100 of *report*'s table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.shell.app import make_application
    from perfeval_gui.ui.shell.main_window import MainWindow

    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PERFEVAL_GUI_HOME"] = tmp
        store = ReportStore(Path(tmp) / "k.sqlite")
        report_id = store.create(report)
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        window.open_report(report_id)
        editor = window.editor
        editor.tabs.setCurrentWidget(editor.indicators)
        view, model = editor.indicators.view, editor.indicators.model
        for _ in range(5):
            app.processEvents()
        index = model.index(len(report.indicators) // 2, model.column_of(field))
        view.scrollTo(index)
        view.setCurrentIndex(index)  # the table opens the cell's editor as it becomes current
        cell = view.indexWidget(index)
        if cell is None:  # as a user does where the editor does not open by itself
            view.setFocus()
            QTest.keyClick(view, Qt.Key.Key_F2)
            cell = view.indexWidget(index)
        assert cell is not None, f"the cell editor of {field} did not open"
        for _ in range(5):
            app.processEvents()
        latencies = []
        for k in range(45):
            start = time.perf_counter()
            QTest.keyClick(cell, "0123456789"[k % 10])
            QApplication.processEvents()
            latencies.append((time.perf_counter() - start) * 1000)
            typed = getattr(window.doc.report.indicators[index.row()], field)
            assert typed.endswith("0123456789"[k % 10]), (field, typed)  # it reached the report
            QTest.keyClick(cell, Qt.Key.Key_Backspace)
            QApplication.processEvents()
        window.close()
        store.close()
    return latencies[5:]


def bench_monitoring_keystroke() -> dict:
    from run import big_report, figures, line

    self_evaluation = big_report(ROWS)
    monitoring = monitoring_form(self_evaluation)
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(3):  # turn about: a busy moment of the machine hits both alike
        ours += _keystrokes_in(monitoring, "to_date")
        baseline += _keystrokes_in(self_evaluation, "actual")
    result = {"monitoring_keystroke_200": figures(ours, baseline)}
    line(f"keystroke → panel repainted, {ROWS}-row 运行监控表 (against the 自评表)",
         result["monitoring_keystroke_200"], f"ratio ≤ {KEYSTROKE_RATIO}×")
    return result


def monitoring_store(where: Path, count: int = FORMS) -> Path:
    """A store holding *count* monitoring forms of one year (the seed's indicators each),
    written in one transaction with fixed figures: the benchmark times the 汇总, not storing."""
    from run import FIXED_FIGURES, SEED

    from perfeval_gui.store.repository import ReportStore

    seed = read_report_file(SEED)
    path = where / f"m{count}.sqlite"
    with ReportStore(path) as store:
        with store._transaction():  # 500 fsyncs would be the setup's whole cost
            for project in range(count):
                store.create(monitoring_form(seed, project), summary=FIXED_FIGURES)
    return path


def _summary_core(path: Path, year: int) -> int:
    """What the page's loader does off the GUI thread, then the totals it shows."""
    from perfeval_gui.core.monitoring_summary import for_period, monitoring_row, monitoring_totals
    from perfeval_gui.store.repository import ReportStore

    library = default_library()
    with ReportStore.as_found(path) as store:
        rows = [monitoring_row(i, r, library.get(r.profile))
                for i in store.form_ids(year, "monitoring") for r in (store.load(i),)]
    return monitoring_totals(for_period(rows)).reports


def _summary_page(path: Path, year: int, runs: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.summary.monitoring_summary_page import MonitoringSummaryPage

    app = QApplication.instance() or QApplication([])
    store = ReportStore(path)
    page = MonitoringSummaryPage(store, default_library())
    page.resize(1280, 720)
    page.show()
    times = []
    for _ in range(runs):
        page.year.setCurrentIndex(-1)
        app.processEvents()
        while page.loading:
            app.processEvents()
        start = time.perf_counter()
        page.year.setCurrentIndex(page.year.findData(year))  # what the user does: a reload
        while page.loading:
            app.processEvents()
        page.repaint()
        page.table.viewport().repaint()
        page.risks.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        assert page.model.rowCount() == FORMS, page.model.rowCount()
    page.close()
    store.close()
    return times


def bench_monitoring_summary() -> dict:
    from run import SEED, figures, line

    year = read_report_file(SEED).year + 1
    with tempfile.TemporaryDirectory() as tmp:
        path = monitoring_store(Path(tmp))
        core = [0.0] * 3
        for n in range(3):
            start = time.perf_counter()
            assert _summary_core(path, year) == FORMS
            core[n] = (time.perf_counter() - start) * 1000
        page = _summary_page(path, year, 3)
    result = {"monitoring_summary_core_500": figures(core), "monitoring_summary_page_500": figures(page)}
    line(f"监控汇总 of {FORMS} stored forms, core (load, rows, checks, totals)",
         result["monitoring_summary_core_500"])
    line(f"监控汇总 of {FORMS} stored forms, page drawn", result["monitoring_summary_page_500"],
         f"≤ {SUMMARY_BUDGET_MS / 1000:g} s")
    return result


def _cold_read(path: Path) -> None:
    from perfeval_gui.reader import read_file
    from perfeval_gui.reader.header import header_key, role_of

    header_key.cache_clear()
    role_of.cache_clear()
    read_file(path)


def bench_monitoring_read() -> dict:
    from read_files import rows as self_evaluation_rows
    from run import SEED, alternate, figures, line

    from perfeval_gui.export.writer import export_report

    seed = read_report_file(SEED)
    profile = ProfileLibrary().get(seed.profile)
    big = self_evaluation_rows(seed, ROWS)
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "monitoring.xlsx", Path(tmp) / "self_evaluation.xlsx"
        export_report(monitoring_form(big), profile, xlsx=ours)
        export_report(big, profile, xlsx=theirs)
        from perfeval_gui.reader import read_file

        read = read_file(ours).report
        assert read.form == "monitoring" and len(read.indicators) == ROWS, len(read.indicators)
        mine, baseline = alternate(lambda: _cold_read(ours), lambda: _cold_read(theirs))
    result = {"monitoring_read_200": figures(mine, baseline)}
    line(f"read a {ROWS}-row 运行监控表 .xlsx (against the 自评表's)", result["monitoring_read_200"],
         f"≤ {READ_BUDGET_MS} ms, ratio ≤ 1.5×")
    return result


BENCHES = {"monitoring_keystroke": bench_monitoring_keystroke,
           "monitoring_summary": bench_monitoring_summary,
           "monitoring_read": bench_monitoring_read}


if __name__ == "__main__":
    for name in sys.argv[1:] or list(BENCHES):
        BENCHES[name]()
