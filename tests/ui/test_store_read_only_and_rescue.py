"""A store that is only read-only opens read-only (never replaced by a backup); a damaged one
whose backup is older names the reports the backup would drop and offers the rescue first; a
backup that is incomplete is refused; one report that does not open is marked in the list and
can be saved as its raw data, while the others open."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox

from perfeval_gui.store import backups, health
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.shell import app as app_module
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.shell.rescue_dialog import RescueDialog
from perfeval_gui.ui.shell.rescue_plan_dialog import RescuePlanDialog

from ..store.damage import damage_one_page, store_with_reports, truncated
from .test_store_trouble import when_shown


@pytest.fixture
def said(monkeypatch):
    texts: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: texts.append(a[2]))
    return texts


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_store_opens_read_only_with_a_bar_saying_why(qtbot, tmp_path, seed_report,
                                                                  monkeypatch, said):
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 40)
    backups.make_backup(path, path, "daily")  # a backup is there: it must not be offered
    before = digest(path)
    # the file is read-only (simulated: the tests may run as root, whom no permission stops)
    monkeypatch.setattr(health.os, "access", lambda p, mode: str(p) != str(path))
    dialogs: list[RescueDialog] = []
    monkeypatch.setattr(RescueDialog, "exec", lambda self: dialogs.append(self) or 0)
    store = app_module.start_store(path, AppSettings(), missing_is_new=False)
    assert not dialogs and store is not None  # no rescue dialog: the store is readable
    assert store.read_only_reason is not None and store.path == path
    window = MainWindow(store)
    qtbot.addWidget(window)
    banner = window.store_banner
    assert banner is not None and "read-only" in banner.text() and "只读" in banner.text()
    assert sorted(s.name for s in window.list_page.model._rows) == names  # every report shown
    assert not window.new_action.isEnabled() and not window.restore_action.isEnabled()
    assert not window.delete_action.isEnabled() and not window.import_action.isEnabled()
    window.open_report(3)
    assert window.doc is not None and window.doc.read_only
    edits = window.editor.findChildren(QLineEdit)
    assert edits and all(e.isReadOnly() for e in edits)
    window.doc.set("project.name", "typed into a read-only store")
    assert window.doc.report.project.name == names[2]
    window.close()
    store.close()
    assert digest(path) == before
    assert not list(tmp_path.glob("*.set-aside-*"))  # never set aside for a backup


def test_a_backup_that_would_drop_newer_reports_says_so_and_offers_the_rescue_first(
        qtbot, tmp_path, seed_report, said, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)  # this box is answered below
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 30)
    backups.make_backup(path, path, "daily")
    with ReportStore(path) as store:
        for _ in range(10):
            store.create(seed_report)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_one_page(path, "indicators")
    boxes: list = []

    def open_backup(dialog: RescueDialog) -> None:
        def choose(box: QMessageBox) -> None:
            boxes.append((box.text(), box.defaultButton().text()))
            anyway = next(b for b in box.buttons() if b.text() == "Open the backup anyway")
            anyway.click()

        when_shown(QMessageBox, choose)
        dialog.backup_button.click()

    when_shown(RescueDialog, open_backup)
    store = app_module.start_store(path, AppSettings(), missing_is_new=False)
    text, default = boxes[0]
    assert "10 report(s) newer than the backup" in text and default == "Rescue instead"
    assert store is not None and store.count() == 30  # the user chose the backup all the same
    aside = list(tmp_path.glob("reports.sqlite.set-aside-*"))
    assert len([a for a in aside if not a.name.endswith(("-wal", "-shm"))]) == 1
    assert any(str(aside[0]).split("-wal")[0] in s for s in said)  # the set-aside file is named
    store.close()


def test_an_incomplete_backup_is_refused_in_the_dialog_and_the_store_left_alone(
        qtbot, tmp_path, seed_report, said):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 5)
    backup = backups.make_backup(path, path, "daily")
    conn = sqlite3.connect(backup)
    conn.execute("DROP TABLE sections")
    conn.commit()
    conn.close()
    damage_one_page(path, "indicators")
    before = digest(path)

    def open_backup_then_quit(dialog: RescueDialog) -> None:
        dialog.backup_button.click()
        dialog.reject()

    when_shown(RescueDialog, open_backup_then_quit)
    assert app_module.start_store(path, AppSettings(), missing_is_new=False) is None
    assert any("sections" in s for s in said)
    assert digest(path) == before and not list(tmp_path.glob("*.set-aside-*"))


def test_a_truncated_store_is_rescued_with_the_backup_filling_in(qtbot, tmp_path, seed_report, said):
    path = tmp_path / "reports.sqlite"
    names = store_with_reports(path, seed_report, 40)
    backups.make_backup(path, path, "daily")
    data, _ = truncated(path.read_bytes(), 0.5)
    path.write_bytes(data)
    seen: list[tuple[set[str], str]] = []

    def confirm(plan: RescuePlanDialog) -> None:
        seen.append(({plan.table.item(r, 2).text() for r in range(plan.table.rowCount())},
                     plan.summary.text()))
        plan.make_button.click()

    def rescue(dialog: RescueDialog) -> None:
        when_shown(RescuePlanDialog, confirm)
        dialog.rescue_button.click()

    when_shown(RescueDialog, rescue)
    store = app_module.start_store(path, AppSettings(), missing_is_new=False)
    assert store is not None and sorted(s.name for s in store.list()) == names
    froms, summary = seen[0]
    assert any(f.startswith("the backup of") for f in froms)
    assert "0 lost" in summary
    store.close()


def test_one_bad_report_is_marked_and_its_raw_data_exported_while_the_others_open(
        qtbot, tmp_path, seed_report, monkeypatch, said):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 5)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE indicators SET weight = 'ten' WHERE report_id = 3 AND position = 1")
    conn.commit()
    conn.close()
    store = ReportStore(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.list_page
    qtbot.waitUntil(lambda: 3 in page.model.problems, timeout=5000)
    page.select(3)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(0x0102) == 3)
    shown = page.proxy.index(row, 1).data()
    assert "cannot be opened" in shown and "indicators.weight" in shown
    assert page.raw_button.isVisibleTo(page)
    target = tmp_path / "raw.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.raw_button.click()
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["report"]["id"] == 3 and raw["indicators"][1]["weight"] == "ten"
    window.open_report(3)
    assert window.doc is None and any("indicators.weight" in s for s in said)
    window.open_report(4)  # the others open
    assert window.doc is not None and window.doc.report_id == 4
    window.close()
    store.close()


def test_an_incomplete_backup_is_refused_from_the_window_with_the_report_left_open(
        qtbot, tmp_path, seed_report, monkeypatch, said):
    from perfeval_gui.ui.shell.restore_dialog import RestoreDialog

    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 3)
    backup = backups.make_backup(path, path, "daily")
    conn = sqlite3.connect(backup)
    conn.execute("ALTER TABLE indicators DROP COLUMN weight")
    conn.commit()
    conn.close()
    store = ReportStore(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.open_report(2)
    monkeypatch.setattr(RestoreDialog, "exec", lambda d: setattr(d, "chosen", backup) or 1)
    window.restore_action.trigger()
    assert any("indicators" in s and "weight" in s for s in said)
    assert window.doc is not None and window.doc.report_id == 2 and window.store is store
    assert [b.reason for b in backups.list_backups(path)] == ["daily"]  # nothing was done
    window.close()
    store.close()


def test_the_summary_of_a_year_counts_a_bad_report_and_sums_the_others(qtbot, tmp_path, seed_report,
                                                                        said):
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 5)
    conn = sqlite3.connect(path)
    # figures not kept (as after an upgrade): each report is read again for the 汇总
    conn.execute("UPDATE reports SET total = NULL, errors = NULL, warnings = NULL")
    conn.execute("UPDATE indicators SET weight = 'ten' WHERE report_id = 2")
    conn.commit()
    conn.close()
    store = ReportStore(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.summary_page
    window.home.setCurrentWidget(page)
    page.year.setCurrentIndex(page.year.findData(2023))
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() >= 4, timeout=10_000)
    assert page.model.rowCount() == 4 and page.unscored == 1 and not said
    window.close()
    store.close()


def test_a_failed_search_for_bad_reports_is_logged_and_the_list_stays(qtbot, tmp_path, seed_report,
                                                                      monkeypatch):
    from perfeval_gui import fault_log
    from perfeval_gui.store import repository

    def broken(_path):
        raise OSError("the disk went away")

    monkeypatch.setattr(repository, "unreadable_in", broken)
    path = tmp_path / "reports.sqlite"
    store_with_reports(path, seed_report, 2)
    store = ReportStore(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: fault_log.log_path().exists()
                    and "looking for reports that do not open" in fault_log.log_path().read_text(
                        encoding="utf-8"), timeout=10_000)
    assert window.list_page.model.rowCount() == 2
    window.close()
    store.close()
