"""On a 1366×768 laptop the whole window is on the screen, status bar included; on a big
screen it takes most of it; the next start brings it back as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.base.window_geometry import fitted_rect, show_fitted
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def store(tmp_path):
    s = ReportStore(tmp_path / "fit.sqlite")
    yield s
    s.close()


def start(qtbot, store) -> MainWindow:
    window = MainWindow(store, settings=AppSettings())
    qtbot.addWidget(window)
    show_fitted(window, window.settings)
    qtbot.waitExposed(window)
    return window


def test_the_tests_run_on_a_1366x768_screen(qapp):
    assert QGuiApplication.primaryScreen().geometry() == QRect(0, 0, 1366, 768)


def test_on_a_laptop_screen_the_window_opens_maximised_with_its_status_bar_visible(qtbot, store):
    window = start(qtbot, store)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.isMaximized()
    assert screen.contains(window.frameGeometry())
    bar = window.statusBar()
    corner = bar.mapToGlobal(QPoint(bar.width() - 1, bar.height() - 1))
    assert bar.isVisible() and screen.contains(corner)
    window.close()


def test_a_big_screen_gets_most_of_it_centred():
    rect = fitted_rect(QRect(0, 0, 1920, 1040))
    assert rect.width() >= 1500 and rect.height() >= 900
    assert rect.center() == QRect(0, 0, 1920, 1040).center()
    assert QRect(0, 0, 1920, 1040).contains(rect)


def test_the_next_start_brings_the_window_back_as_it_was_left(qtbot, store):
    window = start(qtbot, store)
    window.showNormal()
    window.setGeometry(60, 50, 1200, 640)
    qtbot.wait(10)
    window.close()
    again = start(qtbot, store)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (1200, 640)
    again.showMaximized()
    qtbot.wait(10)
    again.close()
    assert start(qtbot, store).isMaximized()


def test_a_window_left_larger_than_this_screen_comes_back_inside_it(qtbot, store):
    settings = AppSettings()
    window = start(qtbot, store)
    window.showNormal()
    window.setGeometry(900, 500, 1800, 1000)  # as if left on a bigger monitor
    window.close()
    again = start(qtbot, store)
    assert settings.get("window/maximized") == "no"
    assert QGuiApplication.primaryScreen().availableGeometry().contains(again.frameGeometry())


def test_the_score_tree_scrolls_when_its_rows_do_not_fit(qtbot, store, seed_report):
    import copy

    for k in range(6):  # 13 indicators: more than the panel's tree shows at 768 pixels
        extra = copy.deepcopy(seed_report.indicators[k % 5])
        extra.name = f"{extra.name}（{k + 2}）"
        seed_report.indicators.insert(5, extra)
    report_id = store.create(seed_report)
    window = start(qtbot, store)
    window.open_report(report_id)
    tree = window.editor.panel.groups
    qtbot.wait(10)
    bar = tree.verticalScrollBar()
    assert bar.maximum() > 0 and bar.isVisible()
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    tree.scrollToItem(last)
    assert tree.viewport().rect().intersects(tree.visualItemRect(last))
    window.close()
