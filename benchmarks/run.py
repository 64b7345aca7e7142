"""Performance budgets, measured (never asserted in tests).

    python benchmarks/run.py            # all
    python benchmarks/run.py scoring    # one
    python benchmarks/run.py checks --json   # ... and its figures as JSON on the last line

Each budget compares against a baseline run in the same process where one exists, so the
figures mean the same on a slow office PC and a fast build machine.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.core.interchange import read_report_file  # noqa: E402
from perfeval_gui.core.model import Report  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.core.scoring import score_report  # noqa: E402
from perfeval_gui.resources import demo_report_path  # noqa: E402

SEED = demo_report_path()


def best_of(fn: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """Best wall time of one call, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def big_report(indicators: int) -> Report:
    seed = read_report_file(SEED)
    report = copy.deepcopy(seed)
    report.indicators = [
        copy.deepcopy(seed.indicators[i % len(seed.indicators)]) for i in range(indicators)
    ]
    for i, ind in enumerate(report.indicators):
        ind.weight = Decimal(90) / indicators
        ind.name = f"{ind.name}{i}"
    return report


def bench_scoring() -> None:
    profile = ProfileLibrary().get("national-2020")
    report = big_report(300)
    per_call = best_of(lambda: score_report(report, profile), repeat=7, number=5)
    per_indicator_ms = per_call / 300 * 1000
    print(f"scoring: 300 indicators in {per_call * 1000:.2f} ms "
          f"= {per_indicator_ms:.4f} ms per indicator (budget: well under 1 ms)")


def bench_store() -> None:
    from perfeval_gui.store.repository import ReportStore

    seed = read_report_file(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        store = ReportStore(Path(tmp) / "big.sqlite", summarise=lambda r: (Decimal(85), Decimal(90), "良"))
        start = time.perf_counter()
        with store.db.atomic():  # bulk set-up only: the app writes one report per transaction
            for i in range(10_000):
                seed.year = 2000 + i % 25
                seed.project.name = f"项目{i}"
                store.create(seed)
        setup = time.perf_counter() - start
        listing = best_of(lambda: store.list(), repeat=5)
        filtered = best_of(lambda: store.list(year=2023, search="项目99"), repeat=5)
        opening = best_of(lambda: store.load(5_000), repeat=5)
        frame = 1 / 60
        print(f"store: 10,000 reports created in {setup:.1f} s; list all {listing * 1000:.1f} ms, "
              f"filtered {filtered * 1000:.1f} ms, open one {opening * 1000:.2f} ms "
              f"(budget: interactive, list < 100 ms = {listing / 0.1:.2f} of budget; "
              f"open < one frame = {opening / frame:.2f} frames)")
        store.close()


def bench_export() -> None:
    import shutil
    import subprocess

    from perfeval_gui.export.writer import export_report

    profile = ProfileLibrary().get("national-2020")
    reports = {"seed": read_report_file(SEED), "60 indicators": big_report(60)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export_report(reports["seed"], profile, pdf=folder / "warm.pdf")  # fonts load once
        for label, report in reports.items():
            pdf_time = best_of(lambda r=report: export_report(r, profile, pdf=folder / "a.pdf"), 3)
            docx_time = best_of(lambda r=report: export_report(r, profile, docx=folder / "a.docx"), 3)
            line = f"export {label}: PDF {pdf_time * 1000:.0f} ms, .docx {docx_time * 1000:.0f} ms"
            office = shutil.which("libreoffice") or shutil.which("soffice")
            if office:
                def convert(office: str = office) -> None:
                    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir",
                                    str(folder / "lo"), str(folder / "a.docx")],
                                   check=True, capture_output=True)
                convert()
                lo_time = best_of(convert, 3)
                line += (f"; LibreOffice .docx→PDF {lo_time * 1000:.0f} ms = "
                         f"{lo_time / pdf_time:.1f}× our direct PDF (budget: ≥ 10×)")
            else:
                line += "; LibreOffice not installed: no comparison"
            print(line)


def bench_keystroke() -> None:
    """From a key event in the indicator table until the scoring panel has repainted."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.app import make_application
    from perfeval_gui.ui.indicators_model import IndicatorsModel
    from perfeval_gui.ui.main_window import MainWindow

    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        store = ReportStore(Path(tmp) / "k.sqlite")
        report_id = store.create(big_report(60))
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        window.open_report(report_id)
        editor = window.editor
        editor.tabs.setCurrentWidget(editor.indicators)
        view = editor.indicators.view
        for _ in range(5):
            app.processEvents()
        index = view.model().index(30, IndicatorsModel.ACTUAL)
        view.scrollTo(index)
        view.setCurrentIndex(index)  # the table opens the cell's editor as it becomes current
        field = view.indexWidget(index)
        assert field is not None, "the cell editor did not open"
        for _ in range(5):
            app.processEvents()
        latencies = []
        for k in range(40):
            start = time.perf_counter()
            QTest.keyClick(field, "0123456789"[k % 10])  # model, scores and panel update here
            editor.panel.repaint()  # ... and the panel is drawn anew, synchronously
            latencies.append(time.perf_counter() - start)
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            QApplication.processEvents()
        latencies.sort()
        median = latencies[len(latencies) // 2] * 1000
        worst = latencies[-1] * 1000
        print(f"keystroke → panel repainted, 60 indicators: median {median:.1f} ms, "
              f"worst {worst:.1f} ms of {len(latencies)} (budget: one frame, 16 ms = "
              f"{median / 16:.2f} of budget)")
        window.close()
        store.close()


def bench_startup() -> None:
    """The whole app process to a usable window with the last report open, against an empty
    PySide6 QMainWindow started the same way, in the same run."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    baseline = ("from PySide6.QtWidgets import QApplication, QMainWindow;"
                "from PySide6.QtCore import QTimer;"
                "app = QApplication([]); w = QMainWindow(); w.resize(1280, 760); w.show();"
                "QTimer.singleShot(0, app.quit); app.exec()")
    with tempfile.TemporaryDirectory() as tmp:
        env["PERFEVAL_GUI_HOME"] = tmp
        app_cmd = [sys.executable, "-m", "perfeval_gui"]
        subprocess.run(app_cmd, env=env, check=True)  # first start: store, demo, last report
        from perfeval_gui.store.repository import ReportStore

        store = ReportStore(Path(tmp) / "reports.sqlite")
        store.set_meta("last_report", str(store.list()[0].id))
        store.close()

        def run(cmd: list[str]) -> float:
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True)
            return time.perf_counter() - start

        empty = best_of(lambda: run([sys.executable, "-c", baseline]), repeat=5)
        ours = best_of(lambda: run(app_cmd), repeat=5)
    print(f"start-up to the last report open: {ours * 1000:.0f} ms; empty QMainWindow "
          f"{empty * 1000:.0f} ms; ratio {ours / empty:.2f} (budget: < 4)")


def bench_limits() -> None:
    """The worst a file within the limits can ask: reading it, and exporting the longest table."""
    import json

    from perfeval_gui.core.interchange import report_from_json
    from perfeval_gui.core.limits import MAX_BYTES, MAX_INDICATORS
    from perfeval_gui.export.writer import export_report

    seed = json.loads(SEED.read_text(encoding="utf-8"))
    strings = json.dumps({**seed, "newer": ["ab"] * (MAX_BYTES // 6 - 2000)}, ensure_ascii=False)
    read_time = best_of(lambda: report_from_json(strings), repeat=2)
    print(f"limits: a {len(strings) / 2**20:.1f} MB document of {MAX_BYTES // 6:,} strings read in "
          f"{read_time:.2f} s (budget: well under the 20 s any command may take)")
    profile = ProfileLibrary().get("national-2020")
    with tempfile.TemporaryDirectory() as tmp:
        export_report(big_report(10), profile, pdf=Path(tmp) / "warm.pdf")
        hundred, most = big_report(100), big_report(MAX_INDICATORS)
        small = best_of(lambda: export_report(hundred, profile, pdf=Path(tmp) / "a.pdf"), 3)
        large = best_of(lambda: export_report(most, profile, pdf=Path(tmp) / "a.pdf"), 2)
    print(f"limits: PDF of {MAX_INDICATORS} indicators {large:.1f} s, of 100 {small:.1f} s = "
          f"{large / small:.1f}× for 10× the rows (budget: ≤ 15×, linear; and under 20 s)")



def narrated_report(indicators: int, chars: int) -> Report:
    """big_report with the app's drafts, each section padded to `chars` with the seed's own prose."""
    from perfeval_gui.core.narrative import draft_section

    profile = ProfileLibrary().get("national-2020")
    report = big_report(indicators)
    result = score_report(report, profile)
    seed = read_report_file(SEED)
    prose = "".join(seed.sections.get(key) + "\n" for key in ("analysis", "problems", "measures"))
    for key in ("basic_info", "content", "analysis", "problems", "measures", "management"):
        body = draft_section(key, report, result) or ""
        while len(body) < chars:
            body += "\n" + prose
        setattr(report.sections, key, body[:chars])
    return report


def bench_checks() -> dict[str, dict[str, float]]:
    """All checks on a report, from scoring to the last finding (as the window runs them)."""
    from perfeval_gui.core import mentions
    from perfeval_gui.core.checks import run_checks

    profile = ProfileLibrary().get("national-2020")

    def timed(report: Report, runs: int, fresh: bool) -> tuple[float, float]:
        times = []
        for _ in range(runs):
            if fresh:  # as if every text had changed since the last run
                mentions.forget_read_texts()
            start = time.perf_counter()
            run_checks(report, profile, score_report(report, profile))
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times), max(times)

    figures = {}
    # the budget's report (60 indicators, 5,000 characters of narrative in all), the seed at 10×
    # and 100× (7 indicators, ~700 characters), and the format's limits
    cases = [("checks_60", 60, 5_000 // 6, 31), ("10× seed", 70, 7_000 // 6, 21),
             ("100× seed", 700, 70_000 // 6, 5), ("checks_1000", 1_000, 20_000, 3)]
    for label, indicators, chars, runs in cases:
        report = narrated_report(indicators, chars)
        text_chars = sum(len(report.sections.get(k)) for k in ("basic_info", "content", "analysis",
                                                                  "problems", "measures", "management"))
        fresh, fresh_worst = timed(report, runs, fresh=True)
        median, worst = timed(report, runs, fresh=False)
        budget = "16 ms" if label == "checks_60" else "5 s" if label == "checks_1000" else "—"
        print(f"checks, {label}: {indicators} indicators, {text_chars:,} characters of narrative: "
              f"median {median:.1f} ms, worst {worst:.1f} ms of {runs} with the texts read on an "
              f"earlier run; every text new: median {fresh:.1f} ms, worst {fresh_worst:.1f} ms "
              f"(budget: {budget})")
        if label.startswith("checks_"):
            figures[label] = {"median_ms": round(median, 2), "worst_ms": round(worst, 2),
                              "uncached_median_ms": round(fresh, 2),
                              "uncached_worst_ms": round(fresh_worst, 2)}
    return figures


def bench_save() -> None:
    """The autosave's write: one typed field of a 60-indicator report, named by its Change and
    checked against the revision, against writing the whole report."""
    from perfeval_gui.core import changes
    from perfeval_gui.store.repository import ReportStore

    with tempfile.TemporaryDirectory() as tmp:
        store = ReportStore(Path(tmp) / "s.sqlite", summarise=lambda r: (Decimal(85), Decimal(90), "良"))
        report_id = store.create(big_report(60))
        report, revision = store.load_revisioned(report_id)
        field = changes.Change(fields=frozenset([changes.stable_path(report, "indicators[30].actual")]))
        state = {"revision": revision, "n": 0}

        def one_field() -> None:
            state["n"] += 1
            report.indicators[30].actual = f"{state['n']}次"
            state["revision"] = store.save(report_id, report, field, base_revision=state["revision"])

        def whole() -> None:
            state["revision"] = store.save(report_id, report)

        part = best_of(one_field, repeat=7, number=5)
        full = best_of(whole, repeat=7, number=5)
        print(f"save: one field of 60 indicators {part * 1000:.1f} ms, the whole report "
              f"{full * 1000:.1f} ms; ratio {part / full:.2f} (budget: < 1)")
        store.close()


BENCHES = {"scoring": bench_scoring, "store": bench_store, "save": bench_save, "export": bench_export,
           "keystroke": bench_keystroke, "startup": bench_startup, "checks": bench_checks,
           "limits": bench_limits}


def main(names: list[str]) -> None:
    as_json = "--json" in names
    figures: dict[str, object] = {}
    for name in [n for n in names if n != "--json"] or list(BENCHES):
        figures.update(BENCHES[name]() or {})
    if as_json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1:])
