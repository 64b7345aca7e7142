"""In every table of the report, as in a spreadsheet: Esc cancels the edit in progress (a typed
3 in 得分 goes and the total with it; a half-typed completion too), Enter commits and leaves
the cell selected, not editing; after a row is deleted the selection moves to the next row and
no cell is left editing (the next key would overwrite it)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from perfeval_gui.ui.editor.indicators_model import IndicatorsModel


def open_cell(qtbot, view, row: int, column: int) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    return editor


def editing(view) -> bool:
    return view.state() == QAbstractItemView.State.EditingState


def test_esc_puts_back_a_typed_score_and_the_total(qtbot, window):
    view = window.editor.indicators.view
    model = view.model()
    panel = window.editor.panel
    before_cell = model.index(0, IndicatorsModel.SCORE).data()
    before_total = panel.total_label.text()
    editor = open_cell(qtbot, view, 0, IndicatorsModel.SCORE)
    qtbot.keyClicks(editor, "3")
    assert window.doc.report.indicators[0].score == Decimal(3)  # each keystroke reaches the model
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert model.index(0, IndicatorsModel.SCORE).data() == before_cell
    window.editor.rescore()
    assert panel.total_label.text() == before_total
    assert not editing(view) and view.currentIndex().row() == 0


def test_esc_cancels_a_half_typed_completion(qtbot, window, typist):
    view = window.editor.indicators.view
    name = window.doc.report.indicators[2].name
    editor = open_cell(qtbot, view, 2, IndicatorsModel.NAME)
    typist(editor, "信访")
    assert window.doc.report.indicators[2].name != name
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.doc.report.indicators[2].name == name
    assert view.model().index(2, IndicatorsModel.NAME).data() == name
    assert not editing(view)


def test_enter_in_the_funds_table_commits_and_leaves_the_cell_selected(qtbot, window):
    window.editor.tabs.setCurrentWidget(window.editor.funds)
    view = window.editor.funds.rows.view
    model = window.editor.funds.model
    column = model.column_of("executed")
    editor = open_cell(qtbot, view, 0, column)
    qtbot.keyClicks(editor, "12.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.doc.report.funds.rows[0].executed == Decimal("12.5")
    assert not editing(view) and view.indexWidget(model.index(0, column)) is None
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, column)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # arrows walk on, nothing typed into a cell
    assert view.currentIndex().row() == 1 and not editing(view)
    assert window.doc.report.funds.rows[0].executed == Decimal("12.5")


def test_after_removing_an_indicator_the_next_row_is_selected_and_nothing_edits(qtbot, window):
    form = window.editor.indicators
    view = form.view
    count = len(window.doc.report.indicators)
    third = window.doc.report.indicators[3].name
    view.setCurrentIndex(view.model().index(2, IndicatorsModel.TARGET))
    view.setFocus()
    form.remove_row()
    QApplication.processEvents()
    assert len(window.doc.report.indicators) == count - 1
    current = view.currentIndex()
    assert current.row() == 2 and view.model().index(2, IndicatorsModel.NAME).data() == third
    assert not editing(view) and QApplication.focusWidget() is view
