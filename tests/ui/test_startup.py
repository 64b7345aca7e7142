"""Starting where the user left off does only what the first window shows: the Qt-free modules
load before Qt, sqlite-utils is not needed to read a current store (nor its plugins looked
for), the checks, dialogs, printing and the
exporters load when first used, and the hidden reports list is neither scored nor checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports import report_list_page
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.conftest import ROOT

# the app's own start, to a usable window with the last report open, recording its imports
START_RECORDING_IMPORTS = """
import json, sys
order = []
class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None
sys.meta_path.insert(0, Recorder())
from perfeval_gui.__main__ import main
status = main([])
recorded = list(order)
plugins = sys.modules.get("sqlite_utils.plugins")
print(json.dumps({"status": status, "order": recorded,
                  "plugins_loaded": bool(plugins and plugins._plugins_loaded)}))
"""


def test_the_window_starts_with_the_qt_free_modules_first_and_loads_no_more(tmp_path):
    env = {**os.environ, "PERFEVAL_GUI_HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    subprocess.run([sys.executable, "-m", "perfeval_gui"], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)  # the first start: the store and the demo
    with ReportStore(tmp_path / "reports.sqlite") as store:
        store.set_meta("last_report", str(store.list()[0].id))
    run = subprocess.run([sys.executable, "-c", START_RECORDING_IMPORTS], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=120)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    order = result["order"]
    qt = order.index("PySide6")
    # once PySide6 is loaded it reads the source of every module imported after it
    for module in ("perfeval_gui.store.repository",
                   "perfeval_gui.core.interchange", "perfeval_gui.core.scoring"):
        assert order.index(module) < qt, module
    assert result["plugins_loaded"] is False
    for later in ("perfeval_gui.core.checks", "perfeval_gui.ui.shell.about_dialog",
                  "perfeval_gui.ui.reports.recycle_bin", "perfeval_gui.ui.summary.summary_page",
                  "perfeval_gui.ui.shell.rescue_dialog", "perfeval_gui.ui.reports.comparison_dialog",
                  "perfeval_gui.ui.shell.restore_dialog", "perfeval_gui.core.mentions",
                  "perfeval_gui.store.schema", "sqlite_utils",
                  "PySide6.QtPrintSupport", "PySide6.QtNetwork", "reportlab", "docx",
                  "perfeval_gui.ui.shell.file_opening", "perfeval_gui.ui.shell.hand_over"):
        assert later not in order, later


def test_the_store_never_scans_for_sqlite_utils_plugins(tmp_path, seed_report, monkeypatch):
    from sqlite_utils import plugins

    monkeypatch.setattr(plugins, "_plugins_loaded", False)  # whatever earlier tests did
    with ReportStore(tmp_path / "p.sqlite") as store:
        store.create(seed_report)
        assert plugins._plugins_loaded is False


def test_reopening_the_last_report_never_scores_the_hidden_list(qtbot, tmp_path, seed_report,
                                                                 monkeypatch):
    checked: list[int] = []
    checks = report_list_page.run_checks
    monkeypatch.setattr(report_list_page, "run_checks",
                        lambda report, *rest: checked.append(1) or checks(report, *rest))
    store = ReportStore(tmp_path / "s.sqlite")
    report_id = store.create(seed_report)
    store.set_meta("last_report", str(report_id))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    assert window.doc is not None and checked == []

    window.show_list()  # the user goes back to the list: its panel is filled as it shows
    assert checked
    assert window.list_page.panel.total_label.text() == "85"

    window.open_report(report_id)
    before = len(checked)
    window.close()  # the list shows for a moment as the report closes: nothing more
    assert len(checked) == before
    store.close()


def test_the_window_s_process_ends_without_a_teardown_yet_runs_what_was_registered_for_exit(tmp_path):
    leaving = ("import atexit, sys\n"
               "atexit.register(lambda: print('temporary folders removed, logs flushed'))\n"
               "from perfeval_gui.__main__ import leave\n"
               "leave(3)\n")
    run = subprocess.run([sys.executable, "-c", leaving], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (run.returncode, run.stdout) == (3, "temporary folders removed, logs flushed\n")
    env = {**os.environ, "PERFEVAL_GUI_HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    for _start in range(2):  # the first start makes the store; the second opens it again
        started = subprocess.run([sys.executable, "-m", "perfeval_gui"], env=env, cwd=ROOT,
                                 capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, started.stderr
    with ReportStore(tmp_path / "reports.sqlite") as store:
        assert store.quick_check() is None and store.count() == 1


def test_a_command_s_output_is_whole_when_its_process_ends_without_a_teardown(tmp_path):
    from tests.conftest import SEED_PATH as seed

    out = tmp_path / "r.pdf"
    run = subprocess.run([sys.executable, "-m", "perfeval_gui", "score", str(seed)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0 and json.loads(run.stdout)["total"] == 85
    run = subprocess.run([sys.executable, "-m", "perfeval_gui", "export", str(seed), "--pdf", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    pdf = out.read_bytes()
    assert run.returncode == 0 and pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    bad = subprocess.run([sys.executable, "-m", "perfeval_gui", "score", str(tmp_path / "none.json")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
