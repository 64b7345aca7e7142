"""由上年报告新建's review (issue 23.8): every kept field that names last year or its figures is
listed with its whole old and new text, wrapped, and a click on it shows that field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.next_year_dialog import FIELD, NOW, WAS, NextYearChangesDialog
from perfeval_gui.ui.reports.source_report_dialog import SourceReportDialog
from perfeval_gui.ui.shell.main_window import MainWindow

LONG = ("2024年该项目预算资金5万元，实际支出 5 万元，主要用于重大敏感时期值班接访、劝返人员食宿交通、"
        "信访积案化解和特殊疑难信访问题的适度救助等方面，资金使用规范，未发现挤占挪用。")


@pytest.fixture
def window(qtbot, tmp_path, seed_report, monkeypatch):
    store = ReportStore(tmp_path / "r.sqlite")
    seed_report.year = 2024
    seed_report.project.name = "2024年重大敏感时期值班接访"
    seed_report.sections.content = LONG
    seed_report.goal.expected = "全年累计劝返上访群众120人次，实际支出5万元。"
    store.create(seed_report)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    monkeypatch.setattr(SourceReportDialog, "ask", lambda *a, **k: 2025)
    yield w
    w.close_report()
    store.close()


def review_of(qtbot, window) -> NextYearChangesDialog:
    window.list_page.select(1)
    window.new_from_last_year()
    qtbot.waitUntil(lambda: bool(window.findChildren(NextYearChangesDialog)))
    dialog = window.findChildren(NextYearChangesDialog)[0]
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog, where: str) -> None:
    table = dialog.table
    row = next(r for r in range(table.rowCount())
               if table.item(r, FIELD).data(Qt.ItemDataRole.UserRole) == where)
    table.scrollToItem(table.item(row, WAS))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, WAS)).center())


def test_the_review_lists_every_carried_figure_in_full_and_each_is_a_click_away(qtbot, window):
    dialog = review_of(qtbot, window)
    table = dialog.table
    rows = {table.item(r, FIELD).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    assert set(rows) == {"project.name", "funds.rows[0].initial", "goal.expected", "sections.content",
                         "indicators[4].target"}  # 维稳支出 ≤5万元
    content = rows["sections.content"]
    assert table.item(content, WAS).text() == LONG  # whole, never cut with …
    assert table.item(content, NOW).text() == LONG.replace("2024年", "2025年")
    assert table.item(rows["funds.rows[0].initial"], WAS).text() == "5万元"
    assert table.item(rows["goal.expected"], NOW).text() == "全年累计劝返上访群众120人次，实际支出5万元。"
    # the long text wraps: its row is as tall as the text at its column's width
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    width = table.columnWidth(WAS)
    needed = QFontMetrics(table.font()).boundingRect(0, 0, width - 8, 10_000, Qt.TextFlag.TextWordWrap,
                                                      LONG).height()
    assert table.rowHeight(content) >= needed
    assert dialog.geometry().right() <= 1366

    editor = window.editor
    click_row(qtbot, dialog, "funds.rows[0].initial")
    assert editor.tabs.currentWidget() is editor.funds
    current = editor.funds.rows.view.currentIndex()
    assert current.row() == 0 and current.column() == editor.funds.model.column_of("initial")

    click_row(qtbot, dialog, "sections.content")
    assert editor.tabs.currentWidget() is editor.narrative
    qtbot.waitUntil(lambda: editor.narrative.fields["sections.content"].hasFocus())

    click_row(qtbot, dialog, "indicators[4].target")
    assert editor.tabs.currentWidget() is editor.indicators
    view = editor.indicators.view
    current = view.currentIndex()
    assert (current.row(), current.column()) == (4, editor.indicators.model.TARGET)
    cell = view.visualRect(current)
    shown = cell.translated(view.viewport().mapToGlobal(cell.topLeft()) - cell.topLeft())
    assert not dialog.frameGeometry().intersects(shown)  # the review leaves the field in sight

    click_row(qtbot, dialog, "goal.expected")
    assert editor.tabs.currentWidget() is editor.funds
    assert window.doc.report.year == 2025
