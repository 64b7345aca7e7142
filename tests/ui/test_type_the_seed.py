"""The user's story: type the whole seed report into an empty report through the widgets,
then see the panel's figures, find every key of the seed in the store, and undo."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from perfeval_gui.core.interchange import report_to_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow


def contains(actual, expected, where="") -> list[str]:
    """Every key of *expected* is in *actual* with the same value (lists item by item)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: not an object"]
        problems = []
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += contains(actual[key], value, f"{where}.{key}")
        return problems
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: {actual!r} != {expected!r}"]
        return [p for i, (a, e) in enumerate(zip(actual, expected, strict=True))
                for p in contains(a, e, f"{where}[{i}]")]
    return [] if actual == expected else [f"{where}: {actual!r} != {expected!r}"]


def edit_cell(qtbot, typist, view, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor as a user does (F2), replace the text, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None and editor is QApplication.focusWidget(), (row, column)
    line = editor.lineEdit() if hasattr(editor, "lineEdit") and editor.lineEdit() else editor
    line.selectAll()
    if text:
        typist(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits an item editor's data on the next loop turn


def type_text(qtbot, typist, widget, text: str) -> None:
    """Multi-line text: lines typed, Enter between them."""
    widget.setFocus()
    for k, line in enumerate(text.split("\n")):
        if k:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            typist(widget, line)


@pytest.fixture
def window(qtbot, tmp_path):
    store = ReportStore(tmp_path / "typed.sqlite")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()
    store.close()


def test_typing_the_seed_gives_the_seed(qtbot, typist, window, seed_doc):
    window.new_report()
    editor, doc = window.editor, window.doc
    snapshots: dict[int, str] = {}

    def record(index: int) -> None:
        # the stack announces its index after each push (merged or not): the state it holds
        snapshots[index] = json.dumps(report_to_document(doc.report), ensure_ascii=False)

    doc.undo_stack.indexChanged.connect(record)

    # --- 封面 ------------------------------------------------------------------------------
    cover = editor.cover
    cover.year.setFocus()
    cover.year.selectAll()
    qtbot.keyClicks(cover.year, "2023")
    qtbot.keyClick(cover.year, Qt.Key.Key_Tab)
    qtbot.mouseClick(cover.process, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cover.outcome, Qt.MouseButton.LeftButton)
    for path, value in [("project.region", "子洲县"), ("project.name", seed_doc["project"]["name"]),
                        ("project.unit", "子洲县信访局"), ("project.department", "子洲县信访局"),
                        ("project.department_code", "111001"),
                        ("project.implementing_unit", "子洲县信访局"),
                        ("project.credit_code", "11610831773827085D"),
                        ("evaluation.leader", "张震"), ("evaluation.contact", "张震"),
                        ("evaluation.phone", "13119285323")]:
        typist(cover.fields[path], value)
        qtbot.keyClick(cover.fields[path], Qt.Key.Key_Tab)
    assert cover.fields["project.credit_code"].problem is None
    typist(cover.date.edit, "2024年3月15日")  # typed as the paper writes it
    qtbot.keyClick(cover.date.edit, Qt.Key.Key_Tab)
    assert cover.date.edit.text() == "2024-03-15"

    # --- 项目资金 and 年度总体目标 ------------------------------------------------------------
    editor.tabs.setCurrentWidget(editor.funds)
    funds = editor.funds
    for field in (funds.weight, funds.score):
        field.setFocus()
        field.selectAll()
        typist(field, "10")
    view = funds.rows.view
    # a new report offers the paper's rows: the total and its 其中 parts, ready to fill in
    labels = [funds.model.index(r, 0).data() for r in range(3)]
    assert labels == ["年度资金总额", "其中：财政拨款", "其他资金"]
    edit_cell(qtbot, typist, view, 0, 1, "5")
    edit_cell(qtbot, typist, view, 0, 3, "5")
    edit_cell(qtbot, typist, view, 1, 0, "其中：市级补助")
    edit_cell(qtbot, typist, view, 2, 0, "其他资金")
    type_text(qtbot, typist, funds.expected, seed_doc["goal"]["expected"])
    type_text(qtbot, typist, funds.achieved, seed_doc["goal"]["achieved"])
    assert funds.rate_label.text() == "100%"

    # --- 绩效指标 ------------------------------------------------------------------------------
    editor.tabs.setCurrentWidget(editor.indicators)
    form = editor.indicators
    view = form.view
    columns = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]
    previous_level1 = None
    for row, indicator in enumerate(seed_doc["indicators"]):
        if indicator["level1"] != previous_level1:
            qtbot.mouseClick(form.buttons[form.tr("Add group")], Qt.MouseButton.LeftButton)
            form.group_menu.close()  # a menu closes, then does what was chosen
            window.activateWindow()  # (the offscreen platform does not give the focus back itself)
            qtbot.waitUntil(window.isActiveWindow)
            form.blank_group_action.trigger()  # the seed's own rows, not the profile's usual ones
        else:
            view.setCurrentIndex(form.model.index(row - 1, IndicatorsModel.NAME))
            qtbot.mouseClick(form.buttons[form.tr("Add indicator")], Qt.MouseButton.LeftButton)
        previous_level1 = indicator["level1"]
        for column, field in enumerate(columns):
            value = indicator[field]
            current = form.model.records()[row]
            if str(value) == str(getattr(current, field) or "") or value == "":
                continue  # already there (the level 1 a new row shares with its group)
            edit_cell(qtbot, typist, view, row, column, str(value))
    # the score panel follows every edit
    assert editor.panel.total_label.text() == "85"
    assert editor.panel.rule_total_label.text() == "93.82"
    assert editor.panel.grade_label.text() == "良"

    # --- 报告正文 ------------------------------------------------------------------------------
    editor.tabs.setCurrentWidget(editor.narrative)
    for key, body in seed_doc["sections"].items():
        type_text(qtbot, typist, editor.narrative.sections[key].editor, body)

    # --- 自评小组 ------------------------------------------------------------------------------
    editor.tabs.setCurrentWidget(editor.team)
    team = editor.team.members
    for k, member in enumerate(seed_doc["team"]):
        if k:  # a new member goes under the row selected: the last one
            team.view.setCurrentIndex(team.model.index(k - 1, 0))
        qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
        for column, field in enumerate(("name", "title", "unit")):
            edit_cell(qtbot, typist, team.view, k, column, member[field])

    # --- what the user sees and what the store holds ----------------------------------------
    assert editor.panel.total_label.text() == "85"
    assert editor.panel.rule_total_label.text() == "93.82"
    assert editor.panel.grade_label.text() == "良"
    assert window.saver.flush()
    stored = report_to_document(window.store.load(doc.report_id))
    assert contains(stored, seed_doc) == []

    # --- undo: Ctrl+Z ten times brings back the state ten edits ago --------------------------
    doc.undo_stack.indexChanged.disconnect(record)
    now = doc.undo_stack.index()
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.undo_stack.index() == now - 10
    assert json.dumps(report_to_document(doc.report), ensure_ascii=False) == snapshots[now - 10]
    assert window.saver.flush()
    assert report_to_document(window.store.load(doc.report_id)) == json.loads(snapshots[now - 10])
    # and Ctrl+Y brings it all back
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert contains(report_to_document(doc.report), seed_doc) == []
    assert doc.report.indicators[1].weight == Decimal(10)
