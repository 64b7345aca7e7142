"""Performance budgets, measured (never asserted in tests).

    python benchmarks/run.py                    # all
    python benchmarks/run.py export             # one
    python benchmarks/run.py keystroke --json   # ... and its figures as one JSON object, last line
    python benchmarks/run.py checks --json

Definitions: *cold* = a fresh process (what a user meets on each start); *first run* = a fresh
process with the between-run caches emptied; *warm* = in the benchmark's own process, after a
first call (fonts loaded); *worst* = the maximum over 40 keystrokes after 5 warm-up keystrokes;
*ratio* = the ratio of the medians of alternating runs of the two commands, in one run.
Each budget is also measured at 10× and 100× the seed's size (at most the format's limit of
1,000 indicators) to show how cost grows.

Each benchmark returns ``{key: Figures}``; the JSON is ``{key: {"median_ms", "worst_ms",
"ratio", "baseline_ms"}}``. A new benchmark is one function added to ``BENCHES``.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.core.interchange import read_report_file, report_to_json  # noqa: E402
from perfeval_gui.core.model import Report  # noqa: E402
from perfeval_gui.core.profiles import ProfileLibrary  # noqa: E402
from perfeval_gui.core.scoring import score_report  # noqa: E402
from perfeval_gui.core.summary import Figures  # noqa: E402
from perfeval_gui.resources import demo_report_path  # noqa: E402

SEED = demo_report_path()
FORMAT_LIMIT = 1_000  # indicators a report may hold (report-format.md)
ALTERNATING_RUNS = 7
# fewer runs of the larger reports: LibreOffice takes minutes over 700 indicators
# what a store keeps with each report, fixed: the store's benchmarks time the store, not scoring
FIXED_FIGURES = Figures(Decimal(85), Decimal(90), "良", Decimal(100), Decimal(95), Decimal(95), 0, 1)
RUNS_BY_SIZE = {"": ALTERNATING_RUNS, "_x10": 5, "_x100": 2}


@dataclass
class Figures:
    median_ms: float
    worst_ms: float | None = None
    ratio: float | None = None  # in the budget's direction: "≥ 4× faster" or "≤ 2.5× as long"
    baseline_ms: float | None = None

    def json(self) -> dict[str, float | None]:
        return {k: None if v is None else round(v, 2) for k, v in asdict(self).items()}


Results = dict[str, "Figures | dict[str, float]"]  # a benchmark's own keys where it needs more


# ---------------------------------------------------------------------------- helpers


def seed_sizes() -> dict[str, int]:
    """Indicator counts of the seed and of 10× and 100× it (within the format's limit)."""
    n = len(read_report_file(SEED).indicators)
    return {"": n, "_x10": min(10 * n, FORMAT_LIMIT), "_x100": min(100 * n, FORMAT_LIMIT)}


def big_report(indicators: int) -> Report:
    seed = read_report_file(SEED)
    report = copy.deepcopy(seed)
    report.indicators = [
        copy.deepcopy(seed.indicators[i % len(seed.indicators)]) for i in range(indicators)
    ]
    share = (Decimal(90) / indicators).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    for i, ind in enumerate(report.indicators):
        ind.weight = share  # at most 2 decimals, as the format allows (the store refuses more)
        ind.name = f"{ind.name}{i}"
    report.indicators[-1].weight = Decimal(90) - share * (indicators - 1)
    return report


def best_of(fn: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """Best wall time of one call, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def repeat_ms(fn: Callable[[], object], runs: int) -> list[float]:
    return [timed(fn) for _ in range(runs)]


def alternate(ours: Callable[[], object], baseline: Callable[[], object],
              runs: int = ALTERNATING_RUNS) -> tuple[list[float], list[float]]:
    """Both commands timed turn about, so a busy moment of the machine hits both alike."""
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(timed(ours))
        theirs.append(timed(baseline))
    return mine, theirs


def figures(times: list[float], baseline: list[float] | None = None,
            faster: bool = False) -> Figures:
    """Median and worst; with a baseline its median and the ratio of the medians
    (baseline / ours where the budget says 'faster', ours / baseline otherwise)."""
    median = statistics.median(times)
    result = Figures(median, max(times))
    if baseline:
        result.baseline_ms = statistics.median(baseline)
        result.ratio = result.baseline_ms / median if faster else median / result.baseline_ms
    return result


def run_process(cmd: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(cmd, env=env, check=True, capture_output=True)


def app_env(home: Path) -> dict[str, str]:
    """The app's processes as installed: with compiled bytecode (a developer's
    PYTHONDONTWRITEBYTECODE would make every start compile the package anew)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "PERFEVAL_GUI_HOME": str(home)}


def line(label: str, f: Figures, budget: str = "") -> None:
    text = f"{label}: median {f.median_ms:.1f} ms"
    if f.worst_ms is not None:
        text += f", worst {f.worst_ms:.1f} ms"
    if f.baseline_ms is not None:
        text += f"; baseline {f.baseline_ms:.1f} ms, ratio {f.ratio:.2f}"
    print(text + (f" (budget: {budget})" if budget else ""))


# ---------------------------------------------------------------------------- benchmarks


def bench_scoring() -> Results:
    profile = ProfileLibrary().get("national-2020")
    report = big_report(300)
    score_report(report, profile)
    times = repeat_ms(lambda: score_report(report, profile), 35)
    result = figures(times)
    line("scoring, 300 indicators (warm)", result,
         f"well under 1 ms per indicator: {result.median_ms / 300:.4f} ms")
    return {"scoring": result}


def bench_store() -> Results:
    from perfeval_gui.store.repository import ReportStore

    seed = read_report_file(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        store = ReportStore(Path(tmp) / "big.sqlite", summarise=lambda r: FIXED_FIGURES)
        with store.db.atomic():  # bulk set-up only: the app writes one report per transaction
            for i in range(10_000):
                seed.year = 2000 + i % 25
                seed.project.name = f"项目{i}"
                store.create(seed)
        results = {
            "store_list": figures(repeat_ms(lambda: store.list(), 5)),
            "store_filtered": figures(repeat_ms(lambda: store.list(year=2023, search="项目99"), 5)),
            "store_open": figures(repeat_ms(lambda: store.load(5_000), 5)),
        }
        store.close()
    line("store: list 10,000 reports", results["store_list"], "< 100 ms")
    line("store: filtered list", results["store_filtered"], "< 100 ms")
    line("store: open one", results["store_open"], "< one frame, 16 ms")
    return results


def _office() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def bench_export() -> Results:
    """The whole `perfeval-gui export REPORT --pdf` process, cold and first run, against
    LibreOffice converting our .docx of the same report; and the warm in-process figure."""
    from perfeval_gui.export.writer import export_report

    profile = ProfileLibrary().get("national-2020")
    office = _office()
    results: Results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = app_env(folder / "home")
        office_profile = (folder / "lo-profile").as_uri()
        for suffix, size in seed_sizes().items():
            report = read_report_file(SEED) if not suffix else big_report(size)
            source = folder / f"report{suffix}.json"
            source.write_text(report_to_json(report), encoding="utf-8")
            docx = folder / f"report{suffix}.docx"
            export_report(report, profile, docx=docx)
            ours_cmd = [sys.executable, "-m", "perfeval_gui", "export", str(source),
                        "--pdf", str(folder / f"ours{suffix}.pdf")]

            def ours(cmd: list[str] = ours_cmd) -> None:
                run_process(cmd, env)

            def first_run(cmd: list[str] = ours_cmd) -> None:
                shutil.rmtree(folder / "home" / "cache", ignore_errors=True)
                run_process(cmd, env)

            ours()  # fills the between-run caches, as a user's earlier export did
            label = f"export {size} indicators"
            budget = "≥ 4× faster than LibreOffice, whole process, cold"
            if office:
                office_cmd = [office, f"-env:UserInstallation={office_profile}", "--headless",
                              "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx)]

                def libreoffice(cmd: list[str] = office_cmd) -> None:
                    run_process(cmd)

                if not suffix:
                    libreoffice()  # LibreOffice's own first start (its profile) is not counted
                runs = RUNS_BY_SIZE[suffix]
                mine, theirs = alternate(ours, libreoffice, runs=runs)
                results[f"export{suffix}"] = cold = figures(mine, theirs, faster=True)
                mine, theirs = alternate(first_run, libreoffice, runs=max(1, runs // 2))
                results[f"export_first_run{suffix}"] = figures(mine, theirs, faster=True)
            else:
                print("LibreOffice is not installed: no comparison (apt-get install libreoffice-writer)")
                results[f"export{suffix}"] = cold = figures(repeat_ms(ours, ALTERNATING_RUNS))
                results[f"export_first_run{suffix}"] = figures(repeat_ms(first_run, 3))
            line(f"{label}, cold", cold, budget)
            line(f"{label}, first run (caches emptied)", results[f"export_first_run{suffix}"])
            export_report(report, profile, pdf=folder / "warm.pdf")  # fonts load once
            warm = figures(repeat_ms(lambda r=report: export_report(r, profile, pdf=folder / "w.pdf"), 5))
            results[f"export_warm{suffix}"] = warm
            line(f"{label}, warm (in-process, fonts loaded)", warm)
        results["export_window"] = bench_window_export(folder)
        line("export from the window, 3 s after start-up (caches emptied)", results["export_window"],
             "≤ 300 ms")
    return results


# a fresh window process: the demo report open, an export started a few seconds after start-up
# (the user finding the menu), timed until the PDF is there; prints the milliseconds
WINDOW_EXPORT = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QThreadPool, QTimer
from perfeval_gui.ui.shell.app import make_application, open_store
from perfeval_gui.ui.shell.main_window import MainWindow

app = make_application([])
store = open_store(None)
window = MainWindow(store)
window.resize(1280, 760)
window.open_report(store.list()[0].id)
window.show()
target = Path(sys.argv[1])
started = []

def export():
    started.append(time.perf_counter())
    window.exports.export_to(window.doc.report, window.doc.profile(), "pdf", str(target))
    poll.start(1)

def finished():
    if target.exists():
        print((time.perf_counter() - started[0]) * 1000)
        app.quit()

poll = QTimer()
poll.timeout.connect(finished)
QTimer.singleShot(int(sys.argv[2]), export)
app.exec()  # the user's event loop: worker threads run while it waits
QThreadPool.globalInstance().waitForDone()
window.close_report()
store.close()
"""


def bench_window_export(folder: Path) -> Figures:
    times = []
    for run in range(3):
        shutil.rmtree(folder / "home", ignore_errors=True)  # the first export of a fresh start
        out = subprocess.run([sys.executable, "-c", WINDOW_EXPORT, str(folder / f"w{run}.pdf"), "3000"],
                             env=app_env(folder / "home"), check=True, capture_output=True, text=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return figures(times)


def _keystrokes(size: int) -> Figures:
    """From a key press in the indicator table until everything it changed is painted:
    the cell, its row, and the scoring panel. Checks wait for a pause and never run here."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
    from perfeval_gui.ui.shell.app import make_application
    from perfeval_gui.ui.shell.main_window import MainWindow

    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PERFEVAL_GUI_HOME"] = tmp
        store = ReportStore(Path(tmp) / "k.sqlite")
        report_id = store.create(big_report(size))
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        window.open_report(report_id)
        editor = window.editor
        editor.tabs.setCurrentWidget(editor.indicators)
        view = editor.indicators.view
        for _ in range(5):
            app.processEvents()
        index = view.model().index(size // 2, IndicatorsModel.ACTUAL)
        view.scrollTo(index)
        view.setCurrentIndex(index)  # the table opens the cell's editor as it becomes current
        field = view.indexWidget(index)
        assert field is not None, "the cell editor did not open"
        for _ in range(5):
            app.processEvents()
        latencies = []
        for k in range(45):
            start = time.perf_counter()
            QTest.keyClick(field, "0123456789"[k % 10])  # model, scores and panel update here
            QApplication.processEvents()  # ... and everything changed is painted
            latencies.append((time.perf_counter() - start) * 1000)
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            QApplication.processEvents()
        window.close()
        store.close()
    return figures(latencies[5:])


def bench_keystroke() -> Results:
    sizes = {"keystroke_60": 60, "keystroke_300": 300,
             "keystroke_x100": seed_sizes()["_x100"]}
    results = {key: _keystrokes(size) for key, size in sizes.items()}
    line("keystroke → panel repainted, 60 indicators", results["keystroke_60"],
         "median ≤ 5 ms, worst ≤ 16 ms")
    line("keystroke → panel repainted, 300 indicators", results["keystroke_300"], "median ≤ 16 ms")
    line(f"keystroke → panel repainted, {sizes['keystroke_x100']} indicators (100× the seed)",
         results["keystroke_x100"])
    return results


def bench_startup() -> Results:
    """The whole app process to a usable window with the last report open, against an empty
    PySide6 QMainWindow started the same way, alternating, in the same run. What a start may
    import is one rule, tests/start_rule.py (checked by tests/ui/test_startup.py)."""
    baseline = ("from PySide6.QtWidgets import QApplication, QMainWindow;"
                "from PySide6.QtCore import QTimer;"
                "app = QApplication([]); w = QMainWindow(); w.resize(1280, 760); w.show();"
                "QTimer.singleShot(0, app.quit); app.exec()")
    results: Results = {}
    for suffix, size in seed_sizes().items():
        with tempfile.TemporaryDirectory() as tmp:
            env = {**app_env(Path(tmp)), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
            app_cmd = [sys.executable, "-m", "perfeval_gui"]
            run_process(app_cmd, env)  # first start: store, demo report
            from perfeval_gui.store.repository import ReportStore

            store = ReportStore(Path(tmp) / "reports.sqlite")
            report_id = store.list()[0].id if not suffix else store.create(big_report(size))
            store.set_meta("last_report", str(report_id))
            store.close()
            run_process(app_cmd, env)
            empty_cmd = [sys.executable, "-c", baseline]
            mine, theirs = alternate(lambda c=app_cmd, e=env: run_process(c, e),
                                     lambda c=empty_cmd, e=env: run_process(c, e),
                                     runs=RUNS_BY_SIZE[suffix])
            results[f"startup{suffix}"] = figures(mine, theirs)
        line(f"start-up to the last report ({size} indicators) open, cold, vs an empty QMainWindow",
             results[f"startup{suffix}"], "ratio ≤ 2.5" if not suffix else "")
    return results


def limits_report(indicators: int = FORMAT_LIMIT, long_rows: int = 1, sections: bool = True) -> Report:
    """The format's limits at once: `indicators` rows (big_report), the first `long_rows` of
    them with every text cell at 20,000 characters (each its own text, so that none merge),
    the goal and every narrative section at 20,000 and the project's name at 200 — the seed's
    own prose, repeated."""
    from perfeval_gui.core.limits import MAX_NAME_CHARS, MAX_TEXT_CHARS
    from perfeval_gui.core.model import SECTION_KEYS

    seed = read_report_file(SEED)
    prose = "".join(seed.sections.get(key) for key in ("problems", "measures", "analysis"))

    def text(length: int, k: int = 0) -> str:
        own = f"{k}{prose}"
        return (own * (length // len(own) + 1))[:length]

    report = big_report(indicators)
    report.project.name = text(MAX_NAME_CHARS)
    for k, indicator in enumerate(report.indicators[:long_rows]):
        for field in ("level1", "level2", "name", "target", "actual", "deviation"):
            setattr(indicator, field, text(MAX_TEXT_CHARS, k))
    if sections:
        report.goal.expected = report.goal.achieved = text(MAX_TEXT_CHARS)
        for key in SECTION_KEYS:
            setattr(report.sections, key, text(MAX_TEXT_CHARS))
    return report


def bench_limits() -> Results:
    """The worst a file within the limits can ask: reading it; scoring and exporting a report of
    1,000 indicators whose texts are at their limits; and how the cost grows with the rows and
    the number of cells at 20,000 characters."""
    from perfeval_gui.core.interchange import report_from_json
    from perfeval_gui.core.limits import MAX_BYTES, MAX_INDICATORS
    from perfeval_gui.export.writer import export_report

    results: Results = {}
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    strings = json.dumps({**seed, "newer": ["ab"] * (MAX_BYTES // 6 - 2000)}, ensure_ascii=False)
    results["read_limits"] = figures(repeat_ms(lambda: report_from_json(strings), 2))
    line(f"limits: a {len(strings) / 2**20:.1f} MB document of {MAX_BYTES // 6:,} strings read",
         results["read_limits"], "well under the 20 s any command may take")
    profile = ProfileLibrary().get("national-2020")
    limits = limits_report()
    results["score_limits"] = figures(repeat_ms(lambda: score_report(limits, profile), 15))
    line(f"limits: scoring {MAX_INDICATORS} indicators, texts at their limits", results["score_limits"],
         "≤ 5 s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export_report(big_report(10), profile, pdf=folder / "warm.pdf", docx=folder / "warm.docx")
        for kind in ("pdf", "docx"):

            def export(report: Report, kind: str = kind) -> Callable[[], None]:
                return lambda: export_report(report, profile, **{kind: folder / f"out.{kind}"})

            key = f"export_{kind}_limits"
            results[key] = figures(repeat_ms(export(limits), 3))
            line(f"limits: {kind} of {MAX_INDICATORS} indicators, one row's six cells, the goal and "
                 "every section at 20,000 characters (warm)", results[key], "≤ 5 s")
            # growth with the rows: 10× the rows should cost about 10× (budget ≤ 15×)
            hundred, most = big_report(100), big_report(MAX_INDICATORS)
            small, large = repeat_ms(export(hundred), 3), repeat_ms(export(most), 3)
            results[f"export_{kind}_1000"] = size_figures = figures(large, small)
            line(f"limits: {kind} of {MAX_INDICATORS} indicators against 100", size_figures,
                 "ratio ≤ 15, linear")
            # growth with the cells at the limit: 4 rows of them should cost about 4× one
            one, four = (limits_report(len(read_report_file(SEED).indicators), rows, sections=False)
                         for rows in (1, 4))
            mine, base = alternate(export(four), export(one), runs=3)
            results[f"export_{kind}_long_rows"] = rows_figures = figures(mine, base)
            line(f"limits: {kind} of 4 rows of 20,000-character cells against 1", rows_figures,
                 "ratio ≤ 4.5, linear")
        # what a user meets: the whole command on the file, cold (fonts cached by an earlier run)
        source = folder / "limits.json"
        source.write_text(report_to_json(limits), encoding="utf-8")
        env = app_env(folder / "home")
        commands = {"cli_score_limits": ["score", str(source)],
                    "cli_export_pdf_limits": ["export", str(source), "--pdf", str(folder / "cli.pdf")],
                    "cli_export_docx_limits": ["export", str(source), "--docx", str(folder / "cli.docx")]}
        for key, args in commands.items():
            cmd = [sys.executable, "-m", "perfeval_gui", *args]

            def command(cmd: list[str] = cmd) -> None:
                subprocess.run(cmd, env=env, capture_output=True)  # exit 1: the report's findings

            command()
            results[key] = figures(repeat_ms(command, 3))
            line(f"limits: `perfeval-gui {args[0]}{' ' + args[2] if len(args) > 2 else ''}` of that "
                 "report, whole process, cold", results[key], "≤ 5 s")
    return results


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


def hard_report(indicators: int, chars: int) -> Report:
    """The format's limits written to be hard to read: names sharing their first characters
    and their endings; each section one sentence of `chars` (commas only) of names with figures
    and scores, measures the table lacks, amounts and cue words; a long deviation per row
    (each of these once cost text × names or text × figures)."""
    import random

    rng = random.Random(14)
    pool = [chr(c) for c in range(0x4e00 + 200, 0x4e00 + 2200)]

    def words(n: int) -> str:
        return "".join(rng.choice(pool) for _ in range(n))

    report = big_report(indicators)
    for i, ind in enumerate(report.indicators):
        ind.name = ("群众" + words(3) + "满意度") if i % 2 else ("项目" + words(3) + "完成率")
        ind.deviation = "".join(words(4) + "合格率，" for _ in range(chars // 160))
    cues = ["较上年", "其中", "目标为", "实际完成", "扣", "增长"]
    names = report.indicators
    pieces = [lambda: f"{rng.choice(names).name}为{rng.randint(1, 99)}%，得{rng.randint(1, 9)}分，",
              lambda: f"{words(4)}合格率{rng.randint(1, 99)}%，",
              lambda: f"支出{rng.randint(1, 99999)}.{rng.randint(1, 99)}万元，",
              lambda: f"{rng.choice(cues)}{rng.randint(1, 99)}%，"]
    for key in ("basic_info", "content", "analysis", "fund_adjustment", "management", "problems", "measures"):
        body = ""
        while len(body) < chars:
            body += rng.choice(pieces)()
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
             ("100× seed", 700, 70_000 // 6, 5), ("checks_1000", 1_000, 20_000, 3),
             ("checks_1000_hard", 1_000, 20_000, 3)]
    for label, indicators, chars, runs in cases:
        build = hard_report if label.endswith("_hard") else narrated_report
        report = build(indicators, chars)
        text_chars = sum(len(report.sections.get(k)) for k in ("basic_info", "content", "analysis",
                                                                  "fund_adjustment", "problems",
                                                                  "measures", "management"))
        fresh, fresh_worst = timed(report, runs, fresh=True)
        median, worst = timed(report, runs, fresh=False)
        budget = "16 ms" if label == "checks_60" else "5 s" if label.startswith("checks_1000") else "—"
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
        store = ReportStore(Path(tmp) / "s.sqlite", summarise=lambda r: FIXED_FIGURES)
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


# ---------------------------------------------------------------------------- issue 28's budgets


def _summary(count: int, runs: int) -> Figures:
    """The 汇总 page of `count` stored reports of one year, from choosing the year until table,
    totals and charts are painted (benchmarks/summary.py's measure)."""
    import summary as page_bench  # benchmarks/summary.py, beside this file

    with tempfile.TemporaryDirectory() as tmp:
        drawn = page_bench.draw_store_summary(page_bench.store_of(count, Path(tmp)), runs=runs)
    return Figures(drawn["median_ms"], drawn["worst_ms"])


def bench_summary_10000() -> Results:
    result = {"summary_10000": _summary(10_000, 5)}
    line("汇总 of 10,000 stored reports drawn", result["summary_10000"], "≤ 1 s")
    return result


def bench_summary_100000() -> Results:
    result = {"summary_100000": _summary(100_000, 3)}
    line("汇总 of 100,000 stored reports drawn", result["summary_100000"], "≤ 5 s")
    return result


def bench_summary_growth() -> Results:
    """1k / 10k / 100k stored reports: the cost should grow linearly (ratio: 100k against 1k)."""
    results = {f"summary_{n}": _summary(n, runs) for n, runs in ((1_000, 5), (10_000, 5), (100_000, 3))}
    for key, f in results.items():
        line(f"汇总 of {key.split('_')[1]} stored reports drawn", f)
    small, large = results["summary_1000"], results["summary_100000"]
    results["summary_growth"] = Figures(large.median_ms, large.worst_ms, large.median_ms / small.median_ms,
                                        small.median_ms)
    line("汇总: 100,000 against 1,000 reports", results["summary_growth"], "ratio ≤ 100, linear")
    return results


def _limits_command(kind: str) -> Figures:
    """`perfeval-gui export REPORT --pdf/--docx` of the limits report, whole process, cold (the
    font cache filled by an earlier run)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "limits.json"
        source.write_text(report_to_json(limits_report()), encoding="utf-8")
        env = app_env(folder / "home")
        target = folder / f"out.{kind}"
        cmd = [sys.executable, "-m", "perfeval_gui", "export", str(source), f"--{kind}", str(target)]

        def command() -> None:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if done.returncode not in (0, 1) or not target.exists():  # 1: the report's findings
                raise SystemExit(f"export --{kind} failed: {done.stderr.strip()}")

        command()
        return figures(repeat_ms(command, 3))


def bench_export_limits_pdf() -> Results:
    result = {"export_limits_pdf": _limits_command("pdf")}
    line("`export --pdf` at the format's limits, whole process", result["export_limits_pdf"], "≤ 10 s")
    return result


def bench_export_limits_docx() -> Results:
    result = {"export_limits_docx": _limits_command("docx")}
    line("`export --docx` at the format's limits, whole process", result["export_limits_docx"], "≤ 10 s")
    return result


def bench_open_limits() -> Results:
    """The window opening the limits report from the list until the user has seen all of it:
    the editor's first page painted, the checks' first run shown in the panel (it starts after
    a pause; the pause itself is not counted) and every tab shown and painted once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.shell.app import make_application
    from perfeval_gui.ui.shell.main_window import MainWindow

    app = make_application([])
    times, parts = [], []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PERFEVAL_GUI_HOME"] = tmp
        store = ReportStore(Path(tmp) / "o.sqlite")
        report_id = store.create(limits_report())
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        for _ in range(4):
            window.show_list()
            QApplication.processEvents()
            start = time.perf_counter()
            window.open_report(report_id)
            QApplication.processEvents()
            window.repaint()
            opened = time.perf_counter()
            assert window.doc is not None and window.doc.report_id == report_id, "not opened"
            editor = window.editor
            editor.check_timer.stop()  # the pause before the checks: the user's, not ours
            editor.show_findings()
            QApplication.processEvents()
            checked = time.perf_counter()
            for tab in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                window.repaint()
            end = time.perf_counter()
            times.append((end - start) * 1000)
            parts.append(((opened - start) * 1000, (checked - opened) * 1000, (end - checked) * 1000))
        window.close()
        store.close()
    del app
    result = {"open_limits": figures(times[1:])}  # the first run also imports the editor's modules
    line("the window opens a report at the format's limits (checks shown, every tab seen)",
         result["open_limits"], "≤ 2 s")
    opened, checked, tabs = (statistics.median(p[k] for p in parts[1:]) for k in range(3))
    print(f"  of which: opened and painted {opened:.0f} ms, checks shown {checked:.0f} ms, "
          f"every tab shown {tabs:.0f} ms")
    return result


def bench_keystroke_700() -> Results:
    result = {"keystroke_700": _keystrokes(700)}
    line("keystroke → panel repainted, 700 indicators", result["keystroke_700"],
         "median ≤ 16 ms, worst ≤ 50 ms")
    return result


def bench_export_installed() -> Results:
    """The first PDF export of the seed as a user runs it: `perfeval-gui export --pdf` from a
    wheel installed into a fresh venv (a fresh process each time, the font cache filled by a
    first run), against LibreOffice converting our .docx of the seed, alternating."""
    import installed

    from perfeval_gui.export.writer import export_report

    office = _office()
    if office is None:
        print("LibreOffice is not installed: no comparison (apt-get install libreoffice-writer-nogui)")
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        python = installed.install_wheel(folder)
        env = {**installed.clean_env(), "PERFEVAL_GUI_HOME": str(folder / "home")}
        docx = folder / "seed.docx"
        export_report(read_report_file(SEED), ProfileLibrary().get("national-2020"), docx=docx)
        ours_cmd = [str(python), "-m", "perfeval_gui", "export", str(SEED), "--pdf", str(folder / "ours.pdf")]
        office_cmd = [office, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
                      "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx)]

        def ours() -> None:
            subprocess.run(ours_cmd, env=env, capture_output=True)  # exit 1: the seed's findings
            assert (folder / "ours.pdf").exists()

        ours()
        run_process(office_cmd)  # LibreOffice's own first start (its profile) is not counted
        mine, theirs = alternate(ours, lambda: run_process(office_cmd))
    result = {"export_installed": figures(mine, theirs, faster=True)}
    line("first PDF export of the seed from an installed wheel, whole process, vs LibreOffice",
         result["export_installed"], "≥ 4× faster")
    return result


def bench_startup_installed() -> Results:
    """Start-up to the last report open as users run it: a wheel of this checkout installed into
    a fresh venv (not the editable checkout), against an empty QMainWindow, alternating."""
    import installed

    baseline = ("from PySide6.QtWidgets import QApplication, QMainWindow;"
                "from PySide6.QtCore import QTimer;"
                "app = QApplication([]); w = QMainWindow(); w.resize(1280, 760); w.show();"
                "QTimer.singleShot(0, app.quit); app.exec()")
    with tempfile.TemporaryDirectory() as tmp:
        python = installed.install_wheel(Path(tmp))
        env = {**installed.clean_env(), "QT_QPA_PLATFORM": "offscreen",
               "PERFEVAL_GUI_HOME": str(Path(tmp) / "home"), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
        app_cmd = [str(python), "-m", "perfeval_gui"]
        run_process(app_cmd, env)  # first start: the store, the demo report
        from perfeval_gui.store.repository import ReportStore

        with ReportStore(Path(tmp) / "home" / "reports.sqlite") as store:  # the last one worked on
            store.set_meta("last_report", str(store.list()[0].id))
        run_process(app_cmd, env)
        empty_cmd = [str(python), "-c", baseline]
        mine, theirs = alternate(lambda: run_process(app_cmd, env), lambda: run_process(empty_cmd, env))
    result = {"startup_installed": figures(mine, theirs)}
    line("start-up from an installed wheel to the last report open vs an empty QMainWindow",
         result["startup_installed"], "ratio ≤ 2.5")
    return result


def bench_startup_frozen() -> Results:
    """Start-up to the last report open from the frozen bundle the .deb carries (built by
    packaging/build_deb.sh into build/dist, or PERFEVAL_GUI_BUNDLE), against an empty
    QMainWindow of this venv's Qt, alternating. The bundle's Qt (6.9, for glibc 2.28) and CPython
    (3.11.2, built in the bullseye root) are not the venv's, yet the baseline stays this venv's
    window: an empty QMainWindow frozen the same way (PyInstaller, the bundle's Qt and CPython)
    measured 86 ms against this one's 86 ms (2026-12-06), so the plain window costs the same
    either way, and this one needs no second frozen build."""
    import os

    bundle = Path(os.environ.get("PERFEVAL_GUI_BUNDLE", ROOT / "build" / "dist" / "perfeval-gui"))
    exe = bundle / "perfeval-gui"
    if not exe.exists():
        print(f"no frozen bundle at {bundle}: build it with sh packaging/build_deb.sh "
              "(or set PERFEVAL_GUI_BUNDLE)")
        return {}
    baseline = ("from PySide6.QtWidgets import QApplication, QMainWindow;"
                "from PySide6.QtCore import QTimer;"
                "app = QApplication([]); w = QMainWindow(); w.resize(1280, 760); w.show();"
                "QTimer.singleShot(0, app.quit); app.exec()")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "PERFEVAL_GUI_HOME": str(Path(tmp) / "home"), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
        run_process([str(exe)], env)  # first start: the store, the demo report
        from perfeval_gui.store.repository import ReportStore

        with ReportStore(Path(tmp) / "home" / "reports.sqlite") as store:  # the last one worked on
            store.set_meta("last_report", str(store.list()[0].id))
        run_process([str(exe)], env)
        mine, theirs = alternate(lambda: run_process([str(exe)], env),
                                 lambda: run_process([sys.executable, "-c", baseline], env))
    result = {"startup_frozen": figures(mine, theirs)}
    line("start-up of the frozen bundle to the last report open vs an empty QMainWindow",
         result["startup_frozen"], "ratio ≤ 2.5")
    return result


def _cycle_forms(name: str) -> Callable[[], Results]:
    """A budget of the year's other forms (benchmarks/cycle_forms.py), loaded when run."""

    def bench() -> Results:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        # its ``from run import …`` is this module, not a second copy (whose Figures the
        # JSON output would not know)
        sys.modules.setdefault("run", sys.modules[__name__])
        import cycle_forms

        return cycle_forms.BENCHES[name]()

    return bench


BENCHES: dict[str, Callable[[], Results | None]] = {
    "scoring": bench_scoring,
    "store": bench_store,
    "save": bench_save,
    "export": bench_export,
    "keystroke": bench_keystroke,
    "startup": bench_startup,
    "checks": bench_checks,
    "limits": bench_limits,
    "summary_10000": bench_summary_10000,
    "summary_100000": bench_summary_100000,
    "summary": bench_summary_growth,
    "export_limits_pdf": bench_export_limits_pdf,
    "export_limits_docx": bench_export_limits_docx,
    "open_limits": bench_open_limits,
    "keystroke_700": bench_keystroke_700,
    "startup_installed": bench_startup_installed,
    "startup_frozen": bench_startup_frozen,
    "export_installed": bench_export_installed,
    **{name: _cycle_forms(name)
       for name in ("monitoring_keystroke", "monitoring_summary", "monitoring_read")},
}


def main(argv: list[str]) -> None:
    as_json = "--json" in argv
    names = [a for a in argv if a != "--json"] or list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHES)}")
    results: Results = {}
    for name in names:
        results.update(BENCHES[name]() or {})
    if as_json:
        print(json.dumps({key: f.json() if isinstance(f, Figures) else f for key, f in results.items()},
                         ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
