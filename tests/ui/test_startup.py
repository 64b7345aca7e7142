"""Starting where the user left off does only what the first window shows, and each kind of
start imports nothing that can wait: checked against the one rule of tests/start_rule.py from
``python -X importtime`` (the exporters, readers, printing, the checks and the dialogs load when
first used; sqlite-utils is not needed to read a current store, nor are its plugins looked for;
a command loads no Qt); the hidden reports list is neither scored nor checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.resources import demo_report_path
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports import report_list_page
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.conftest import ROOT
from tests.start_rule import PLUGIN_PROBE, STARTS, Start, offences, read_importtime


def install_plugin_probe(folder: Path) -> None:
    """A sqlite-utils plugin, installed as a package is (its entry point in a dist-info): a
    scan of the plugins imports it. Its hooks are a submodule imported by a statement, which
    ``-X importtime`` logs (the scan itself imports through importlib, which it does not)."""
    package = folder / PLUGIN_PROBE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("from . import hooks  # noqa: F401\n", encoding="utf-8")
    (package / "hooks.py").write_text("", encoding="utf-8")
    info = folder / f"{PLUGIN_PROBE}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {PLUGIN_PROBE}\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[sqlite_utils]\nprobe = {PLUGIN_PROBE}\n",
                                           encoding="utf-8")


@pytest.fixture(scope="module")
def start_env(tmp_path_factory) -> dict[str, str]:
    """The app's processes as a user starts them, with the plugin probe installed."""
    folder = tmp_path_factory.mktemp("starts")
    install_plugin_probe(folder / "site")
    return {**os.environ, "PERFEVAL_GUI_HOME": str(folder / "home"), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join((str(ROOT), str(folder / "site"))),
            "PERFEVAL_GUI_EXIT_WHEN_READY": "1", "OUT": str(folder)}


def start_under_importtime(start: Start, env: dict[str, str]) -> str:
    """Run *start* as its own process; its ``-X importtime`` log."""
    argv = [a.format(demo=demo_report_path(), out=env["OUT"]) for a in start.argv]
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "perfeval_gui", *argv],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stderr


@pytest.fixture(scope="module")
def start_logs(start_env) -> dict[str, str]:
    """Each start of the rule, in the order a user meets them: the first window makes the store
    and adds the demo report; it is then the last report worked on, and the window reopens it."""
    logs = {}
    for start in STARTS:
        if start.window and not start.fresh:
            with ReportStore(Path(start_env["PERFEVAL_GUI_HOME"]) / "reports.sqlite") as store:
                store.set_meta("last_report", str(store.list()[0].id))
        logs[start.name] = start_under_importtime(start, start_env)
    return logs


@pytest.mark.parametrize("start", STARTS, ids=[s.name for s in STARTS])
def test_each_start_imports_nothing_the_rule_says_can_wait(start, start_logs):
    imported = read_importtime(start_logs[start.name])
    assert len(imported) > 50  # the log was read: a start imports many modules
    found = offences(start, imported)
    assert not found, f"{start.name} imports what can wait:\n" + "\n".join(found)


def test_the_rule_s_window_starts_reach_the_window(start_logs):
    """A start that never reached the window would break no rule: each window start of the
    rule loaded Qt's widgets and the main window with its editor."""
    for start in (s for s in STARTS if s.window):
        names = {m.name for m in read_importtime(start_logs[start.name])}
        assert {"PySide6.QtWidgets", "perfeval_gui.ui.shell.main_window",
                "perfeval_gui.ui.editor.report_editor"} <= names, start.name


def test_the_plugin_probe_is_imported_by_a_scan_of_sqlite_utils_plugins(tmp_path):
    """The probe would catch the scan: sqlite-utils' Database as it comes (execute_plugins
    left on) imports it; the store's own use of sqlite-utils does not."""
    install_plugin_probe(tmp_path)
    code = ("from sqlite_utils import Database\n"
            "Database(memory=True, execute_plugins={})\n")
    logs = [subprocess.run([sys.executable, "-X", "importtime", "-c", code.format(plugins)],
                           env={**os.environ, "PYTHONPATH": str(tmp_path)}, capture_output=True,
                           text=True, check=True, timeout=60).stderr
            for plugins in (True, False)]
    rule = next(s for s in STARTS if s.fresh)  # the start that makes the store
    assert [line.split(" ")[0] for line in offences(rule, read_importtime(logs[0]))] == [
        f"{PLUGIN_PROBE}.hooks"]
    assert offences(rule, read_importtime(logs[1])) == []


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
