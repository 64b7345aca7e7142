"""A store in trouble never locks the user out: a damaged one opens into rescue, a broken
store path still lets Settings open, backups are made each day and restored from the window."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from perfeval_gui.core.profiles import default_library
from perfeval_gui.store import backups
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.shell import app as app_module
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.shell.rescue_dialog import RescueDialog
from perfeval_gui.ui.shell.rescue_plan_dialog import RescuePlanDialog
from perfeval_gui.ui.shell.restore_dialog import RestoreDialog
from perfeval_gui.ui.shell.settings_dialog import SettingsDialog

from ..store.damage import damage_one_page, store_with_reports

ROOT = Path(__file__).resolve().parents[2]


def when_shown(kind: type, act: Callable, seen: list | None = None) -> None:
    """Act on the next dialog of *kind* once it is up (modal dialogs block the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        if seen is not None:
            seen.append(dialog)
        act(dialog)

    QTimer.singleShot(20, poll)


@pytest.fixture
def quiet_boxes(monkeypatch):
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[2]))
    return said


@pytest.fixture
def damaged(tmp_path, seed_report):
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 40)
    with ReportStore(path) as store:
        store.set_meta("last_report", "20")
    damage_one_page(path)
    return path, names


def rescue_and_confirm(seen_plans: list | None = None) -> Callable:
    """Click 抢救 in the rescue dialog, and confirm the plan it shows."""

    def act(dialog: RescueDialog) -> None:
        when_shown(RescuePlanDialog, lambda plan: plan.make_button.click(), seen_plans)
        dialog.rescue_button.click()

    return act


def test_a_damaged_store_opens_into_rescue_and_every_report_is_reachable(
        qtbot, damaged, quiet_boxes):
    path, names = damaged
    settings = AppSettings()
    seen: list[RescueDialog] = []
    plans: list[RescuePlanDialog] = []
    when_shown(RescueDialog, rescue_and_confirm(plans), seen)
    begun = app_module.begin_check(path)  # as a start does: under way while the window's modules load
    store = app_module.start_store(path, settings, missing_is_new=False, begun=begun)
    assert store is not None
    dialog = seen[0]
    assert "损坏" in dialog.problem.text("zh")
    assert dialog.rescue_button.isDefault() and not dialog.backup_button.autoDefault()
    assert store.path != path and settings.get("store_path") == str(store.path)
    assert sorted(s.name for s in store.list()) == names  # every report row was in the file
    shown = plans[0]
    froms = [shown.table.item(r, 2).text() for r in range(shown.table.rowCount())]
    assert froms == ["the damaged file"] * 40  # no backup: each from the damaged file
    short = [shown.table.item(r, 0).text() for r in range(40) if shown.table.item(r, 3).text()]
    assert short and all(name in dialog.rescue_report for name in short)  # rows gone: said
    assert str(path) in shown.where.text() and str(store.path) in shown.where.text()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.reopen_last()
    window.close()
    store.close()
    assert path.exists()  # the damaged file is left as it was found


def test_a_report_on_a_damaged_page_gives_a_message_not_an_exit(qtbot, damaged, quiet_boxes):
    path, _ = damaged
    store = ReportStore.as_found(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    failed = []
    for summary in store.list():
        window.open_report(summary.id)
        if window.doc is None:
            failed.append(summary.name)
        window.close_report()
    assert failed and any("损坏" in said for said in quiet_boxes)
    window.close()
    store.close()


def test_a_broken_store_path_in_the_settings_still_reaches_settings(qtbot, tmp_path, quiet_boxes):
    settings = AppSettings()
    settings.set("store_path", str(tmp_path))  # a folder: not a store
    seen: list[RescueDialog] = []

    def clear_store_path(dialog: SettingsDialog) -> None:
        dialog.store_path.setText("")
        dialog.accept()

    def open_settings(dialog: RescueDialog) -> None:
        when_shown(SettingsDialog, clear_store_path)
        dialog.settings_button.click()

    when_shown(RescueDialog, open_settings, seen)
    store = app_module.start_store(tmp_path, settings, missing_is_new=False)
    assert seen and "文件夹" in seen[0].problem.text("zh")
    assert store is not None and settings.get("store_path") == ""
    store.close()


def test_the_window_starts_with_a_daily_backup(tmp_path):
    db = tmp_path / "day.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           app_module.EXIT_WHEN_READY_ENV: "1"}
    for _start in range(2):  # the same day twice: one backup
        subprocess.run([sys.executable, "-m", "perfeval_gui", "--db", str(db)], env=env,
                       check=True, timeout=120, capture_output=True)
    assert [b.reason for b in backups.list_backups(db)] == ["daily"]
    assert backups.list_backups(db)[0].reports == 1  # the demo report


def test_backups_are_kept_for_the_days_set_in_settings(qtbot, tmp_path, seed_report):
    settings = AppSettings()
    dialog = SettingsDialog(settings, default_library())
    qtbot.addWidget(dialog)
    assert dialog.backup_days.isEnabled() and dialog.backup_days.value() == 30
    dialog.backup_days.setValue(7)
    dialog.accept()
    assert settings.backup_days() == 7
    db = tmp_path / "kept.sqlite"
    with ReportStore(db) as store:
        store.create(seed_report)
        now = datetime(2026, 3, 20, 9, 0)
        for age in (20, 8, 6, 1):
            backups.make_backup(store.db.conn, db, "daily", now=now - timedelta(days=age))
        assert backups.daily(store.db.conn, db, settings.backup_days(), now=now) is not None
    ages = sorted((now - b.taken).days for b in backups.list_backups(db))
    assert ages == [0, 1, 6]


def test_a_backup_is_restored_from_the_window_after_the_store_is_backed_up(
        qtbot, tmp_path, seed_report, monkeypatch):
    db = tmp_path / "w.sqlite"
    store = ReportStore(db)
    store.create(seed_report)
    backup = backups.make_backup(store.db.conn, db, "daily")
    edited = store.load(1)
    edited.project.name = "after the backup"
    store.save(1, edited)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.open_report(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    listed: list[list[str]] = []

    def choose(dialog: RestoreDialog) -> None:
        listed.append([dialog.table.item(0, c).text() for c in range(4)])
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    when_shown(RestoreDialog, choose)
    window.restore_action.trigger()
    assert listed[0][0].startswith(datetime.now().strftime("%Y-%m-%d")) and listed[0][3] == "1"
    assert listed[0][2].endswith("KB")
    assert window.doc is None and window.store.load(1).project.name == seed_report.project.name
    before = [b for b in backups.list_backups(db) if b.reason == "before-restore"]
    assert len(before) == 1
    with ReportStore(before[0].path) as safety:
        assert safety.load(1).project.name == "after the backup"
    assert Path(backup).exists()
    window.close()
    window.store.close()


def test_a_missing_store_named_in_the_settings_says_so_and_a_new_one_can_be_made(
        qtbot, tmp_path, monkeypatch, quiet_boxes):
    from PySide6.QtWidgets import QFileDialog

    settings = AppSettings()
    gone = tmp_path / "usb" / "reports.sqlite"
    settings.set("store_path", str(gone))
    fresh = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    seen: list[RescueDialog] = []
    when_shown(RescueDialog, lambda d: d.new_button.click(), seen)
    store = app_module.start_store(gone, settings, missing_is_new=False)
    assert seen[0].problem.message.code == "store.missing" and "不存在" in seen[0].problem.text("zh")
    assert not seen[0].rescue_button.isEnabled()  # nothing to rescue from a missing file
    assert store is not None and store.path == fresh and settings.get("store_path") == str(fresh)
    assert not gone.exists()
    store.close()


def test_a_damaged_store_can_go_back_to_its_latest_backup(qtbot, tmp_path, seed_report, quiet_boxes):
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 40)
    with ReportStore(path) as store:
        backups.make_backup(store.db.conn, path, "daily")
    damage_one_page(path)
    seen: list[RescueDialog] = []
    when_shown(RescueDialog, lambda d: d.backup_button.click(), seen)
    store = app_module.start_store(path, AppSettings(), missing_is_new=False)
    assert seen[0].backup_button.isEnabled()
    assert store is not None and store.path == path
    assert sorted(s.name for s in store.list()) == names and store.quick_check() is None
    store.close()
    aside = list(tmp_path.glob("reports.sqlite.set-aside-*"))
    assert len(aside) == 1  # the damaged file is kept, not deleted


def test_a_store_another_app_holds_is_not_restored_under_it(qtbot, tmp_path, seed_report, monkeypatch,
                                                            quiet_boxes):
    db = tmp_path / "shared.sqlite"
    store = ReportStore(db)
    store.create(seed_report)
    backups.make_backup(store.db.conn, db, "daily")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom perfeval_gui.store.locks import Holds\n"
         "from perfeval_gui.store.repository import ReportStore\n"
         "Holds(ReportStore(sys.argv[1])).hold_store()\nprint('holding', flush=True)\ntime.sleep(60)",
         str(db)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        window = MainWindow(store)
        qtbot.addWidget(window)
        when_shown(RestoreDialog, lambda d: d.restore_button.click())
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        window.restore_action.trigger()
        assert any(str(holder.pid) in said for said in quiet_boxes)
        assert [b.reason for b in backups.list_backups(db)] == ["daily"]  # nothing was done
    finally:
        holder.kill()
        holder.wait(10)
    window.close()
    store.close()
