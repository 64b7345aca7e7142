"""The main window as a newcomer meets it: the demo report, its score, filters that work."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QStandardPaths, Qt

from perfeval_gui import app_paths
from perfeval_gui.ui.app import open_store
from perfeval_gui.ui.main_window import MainWindow
from perfeval_gui.ui.report_list_model import ReportListModel


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
    return w


def test_first_start_shows_the_demo_report_with_its_score(window):
    assert window.proxy.rowCount() == 1
    assert window.model.summary(0).is_demo
    assert window.panel.total_label.text() == "85"
    assert window.panel.rule_total_label.text() == "93.82"
    assert window.panel.grade_label.text() == "良"
    group = window.panel.groups.topLevelItem(0)
    assert [group.text(c) for c in range(4)] == ["产出指标", "50", "43.82", "35"]


def test_filter_by_year_and_search_by_name(typist, window, store, seed_report):
    seed_report.year = 2022
    seed_report.project.name = "农村道路养护"
    store.create(seed_report)
    window._fill_years()
    window.refresh()
    assert window.proxy.rowCount() == 2
    window.year_filter.setCurrentIndex(window.year_filter.findData(2022))
    assert window.proxy.rowCount() == 1
    window.year_filter.setCurrentIndex(0)
    typist(window.search, "值班")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, ReportListModel.NAME).data().startswith("重大敏感时期值班接访")


def test_sorting_by_a_column(window, store, seed_report):
    seed_report.year = 2021
    store.create(seed_report)
    window.refresh()
    window.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(0, ReportListModel.YEAR).data() == "2021"
    window.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)
    assert window.proxy.index(0, ReportListModel.YEAR).data() == "2023"


def test_the_list_model_passes_the_model_tester(qtmodeltester, store):
    model = ReportListModel()
    model.set_reports(store.list())
    qtmodeltester.check(model)


def test_the_data_folder_is_the_one_qt_names(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("PERFEVAL_GUI_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    qapp.setOrganizationName(app_paths.ORG_NAME)
    qapp.setApplicationName(app_paths.APP_NAME)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt) == app_paths.platform_data_dir()
