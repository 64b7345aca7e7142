"""Typing stays light: each typed value is read once, a keystroke repaints and re-measures only
what it changed, the panel changes figures in place, the checks wait for a pause in typing,
and the exporters are warmed in the background once the window shows."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from perfeval_gui.core import values
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor import report_editor
from perfeval_gui.ui.editor.indicators_model import HINT_ROLE, IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def window(window):
    """The seed open on its indicators, where the typing is."""
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    QApplication.processEvents()
    return window


@pytest.fixture
def readings(monkeypatch):
    """Every text the value parser actually reads (not answered from what it remembers)."""
    read: list[str] = []
    parse = values._parse
    monkeypatch.setattr(values, "_parse", lambda raw: read.append(raw) or parse(raw))
    values._remembered.cache_clear()
    return read


def paint_and_ask_everything(window) -> None:
    model = window.editor.indicators.model
    for _ in range(3):
        window.editor.indicators.view.viewport().repaint()
        window.editor.panel.repaint()
        for row in range(model.rowCount()):
            for column in (IndicatorsModel.TARGET, IndicatorsModel.ACTUAL, IndicatorsModel.SCORE):
                for role in (Qt.ItemDataRole.DisplayRole, HINT_ROLE, Qt.ItemDataRole.ToolTipRole):
                    model.index(row, column).data(role)


def test_each_typed_value_is_read_once_however_often_it_is_painted(readings, window, qtbot):
    report = window.doc.report
    qtbot.wait(report_editor.CHECK_PAUSE_MS + 100)  # the opening's checks are done
    paint_and_ask_everything(window)
    texts = {i.target or "" for i in report.indicators} | {i.actual or "" for i in report.indicators}
    assert {text: readings.count(text) for text in texts} == dict.fromkeys(texts, 1)

    readings.clear()
    window.doc.set("indicators[2].actual", "3次")
    paint_and_ask_everything(window)
    assert readings == ["3次"]  # the one changed cell, once


def test_a_keystroke_repaints_its_own_cell_and_score_not_the_column(window):
    model = window.editor.indicators.model
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, *_: changed.append((tl.row(), tl.column(), br.row(), br.column())))
    window.doc.set("indicators[2].actual", "1次")
    assert set(changed) <= {(2, IndicatorsModel.ACTUAL, 2, IndicatorsModel.ACTUAL),
                            (2, IndicatorsModel.SCORE, 2, IndicatorsModel.SCORE)}
    assert (2, IndicatorsModel.ACTUAL, 2, IndicatorsModel.ACTUAL) in changed


def test_a_row_grows_with_its_text_and_shrinks_back(window):
    view = window.editor.indicators.view
    path = "indicators[3].deviation"
    original = window.doc.value(path)
    view.resizeRowToContents(3)
    before = view.rowHeight(3)
    for length in (40, 120, 300):  # typed on and on: the row follows
        window.doc.set(path, "因疫情影响，部分工作延后完成。" * (length // 15))
        QApplication.processEvents()
    tall = view.rowHeight(3)
    assert tall > before
    view.resizeRowToContents(3)
    assert view.rowHeight(3) == tall  # exactly what measuring the whole row gives
    window.doc.set(path, original)
    QApplication.processEvents()
    back = view.rowHeight(3)
    assert back < tall
    view.resizeRowToContents(3)
    assert view.rowHeight(3) == back


def test_the_panel_changes_figures_in_place(window):
    tree = window.editor.panel.groups
    first = tree.topLevelItem(0).child(0)
    first.setData(0, Qt.ItemDataRole.UserRole, "still the same item")
    group, position = next((g, c) for g in range(tree.topLevelItemCount())
                           for c in range(tree.topLevelItem(g).childCount())
                           if tree.topLevelItem(g).child(c).text(0) == window.doc.report.indicators[0].name)
    window.doc.set("indicators[0].score", None)
    window.doc.set("indicators[0].actual", "1次")  # below the target of 2: the rule score falls
    shown = tree.topLevelItem(group).child(position)
    assert shown.text(2) == shown.text(3) != "0"
    assert tree.topLevelItem(0).child(0).data(0, Qt.ItemDataRole.UserRole) == "still the same item"


def test_checks_wait_for_a_pause_in_typing(window, qtbot, monkeypatch):
    qtbot.wait(report_editor.CHECK_PAUSE_MS + 100)  # the opening's own check is done
    runs: list[int] = []
    findings = window.doc.findings
    monkeypatch.setattr(window.doc, "findings", lambda: runs.append(1) or findings())
    view = window.editor.indicators.view
    index = view.model().index(1, IndicatorsModel.ACTUAL)
    view.setCurrentIndex(index)
    view.edit(index)  # a cell moved onto is selected, not editing: F2 / typing opens it
    field = view.indexWidget(index)
    for key in "12345":
        qtbot.keyClick(field, key)
        QApplication.processEvents()
        assert runs == []  # never between a key press and its paint
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=2000)
    qtbot.wait(report_editor.CHECK_PAUSE_MS + 100)
    assert len(runs) == 1  # one run for the burst of typing
    assert window.editor.panel.finding_lines()  # the seed's findings, refreshed


def test_the_exporters_are_warmed_in_the_background_once_the_window_shows(qtbot, tmp_path,
                                                                          monkeypatch):
    from perfeval_gui.export import writer

    warmed: list[threading.Thread] = []
    monkeypatch.setattr(writer, "warm", lambda font=None: warmed.append(threading.current_thread()))
    store = ReportStore(tmp_path / "w.sqlite")
    w = MainWindow(store)
    qtbot.addWidget(w)
    assert warmed == []
    w.show()
    qtbot.waitUntil(lambda: len(warmed) == 1, timeout=3000)
    assert warmed[0] is not threading.main_thread()
    w.hide()
    w.show()
    qtbot.wait(1200)
    assert len(warmed) == 1  # once per window
    w.close()
    store.close()
