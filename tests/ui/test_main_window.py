"""The reports list as a newcomer meets it: the demo report, its score, filters that work,
and the list actions (new, from last year, delete)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from perfeval_gui import app_paths
from perfeval_gui.ui.reports.report_list_model import ReportListModel
from perfeval_gui.ui.reports.source_report_dialog import SourceReportDialog
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_report()


def test_first_start_shows_the_demo_report_with_its_score(window):
    page = window.list_page
    assert page.proxy.rowCount() == 1
    assert page.model.summary(0).is_demo
    assert page.panel.total_label.text() == "85"
    assert page.panel.rule_total_label.text() == "93.82"
    assert page.panel.grade_label.text() == "良"
    group = page.panel.groups.topLevelItem(0)
    assert [group.text(c) for c in range(4)] == ["产出指标", "50", "43.82", "35"]


def test_filter_by_year_and_search_by_name(typist, window, store, seed_report):
    seed_report.year = 2022
    seed_report.project.name = "农村道路养护"
    store.create(seed_report)
    page = window.list_page
    page.fill_years()
    page.refresh()
    assert page.proxy.rowCount() == 2
    page.year_filter.setCurrentIndex(page.year_filter.findData(2022))
    assert page.proxy.rowCount() == 1
    page.year_filter.setCurrentIndex(0)
    typist(page.search, "值班")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, ReportListModel.NAME).data().startswith("重大敏感时期值班接访")


def test_sorting_by_a_column(window, store, seed_report):
    seed_report.year = 2021
    store.create(seed_report)
    page = window.list_page
    page.refresh()
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, ReportListModel.YEAR).data() == "2021"
    page.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, ReportListModel.YEAR).data() == "2023"


def test_the_list_model_passes_the_model_tester(qtmodeltester, store):
    model = ReportListModel()
    model.set_reports(store.list())
    qtmodeltester.check(model)


def test_double_click_opens_the_editor_and_back_returns(qtbot, window):
    page = window.list_page
    rect = page.table.visualRect(page.proxy.index(0, 1))
    # a real double click is a click and then the double-click event
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor is not None and window.pages.currentWidget() is window.editor_page
    assert window.editor.panel.total_label.text() == "85"
    assert "重大敏感时期值班接访" in window.windowTitle()
    window.back_action.trigger()
    assert window.editor is None and window.pages.currentWidget() is window.home
    assert window.home.currentWidget() is page


def test_new_from_last_years_report_keeps_targets_and_clears_actuals(monkeypatch, window, store):
    monkeypatch.setattr(SourceReportDialog, "ask", lambda *a, **k: 2024)
    window.from_last_year_action.trigger()
    report = window.doc.report
    assert report.year == 2024
    assert report.indicators[0].target == "≥2次" and report.indicators[0].actual == ""
    assert {s.year for s in store.list()} == {2023, 2024}


def test_delete_asks_first_and_is_recoverable(monkeypatch, window, store):
    demo = store.list()[0].id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert len(store.list()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert store.list() == [] and [s.id for s in store.list(deleted=True)] == [demo]


def test_the_app_reopens_the_last_report(qtbot, store):
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.open_report(store.list()[0].id)
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.reopen_last()
    assert second.doc is not None and second.doc.report_id == store.list()[0].id
    second.close()


def test_the_data_folder_is_the_one_qt_names(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("PERFEVAL_GUI_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    qapp.setOrganizationName(app_paths.ORG_NAME)
    qapp.setApplicationName(app_paths.APP_NAME)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt) == app_paths.platform_data_dir()


def test_a_deleted_report_is_restored_from_the_recycle_bin(monkeypatch, qtbot, window, store):
    from perfeval_gui.ui.reports.recycle_bin import RecycleBinDialog

    demo = store.list()[0].id
    store.delete(demo)
    dialog = RecycleBinDialog(store, window)
    qtbot.addWidget(dialog)
    window.show_list()
    assert window.list_page.proxy.rowCount() == 0
    assert dialog.reports.count() == 1 and dialog.restore_button.isEnabled()
    # the name first, then the year said as a year (not "2023  重大…")
    assert dialog.reports.item(0).text().startswith("重大敏感时期值班接访")
    assert "2023" in dialog.reports.item(0).text()
    dialog.restored.connect(window.show_list)  # as the window's menu opens it
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in store.list()] == [demo] and dialog.reports.count() == 0
    assert window.list_page.proxy.rowCount() == 1  # the list behind the bin shows it at once
    store.delete(demo)
    dialog.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert store.list(deleted=True) == [] and not dialog.empty_button.isEnabled()
