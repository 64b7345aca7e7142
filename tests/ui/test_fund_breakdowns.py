"""The funds table sets a part's breakdown (按收入性质 / 按支出性质, or any name): each breakdown
is then held against the total on its own, and Ctrl+Z takes the choice back."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from perfeval_gui.core.model import FundRow
from perfeval_gui.ui.editor.funds_form import BREAKDOWN_COLUMN

D = Decimal


def choose(qtbot, form, row: int, name: str) -> None:
    view = form.rows.view
    index = form.model.index(row, BREAKDOWN_COLUMN)
    view.setCurrentIndex(index)  # every trigger edits: the current cell opens its editor
    if view.indexWidget(index) is None:
        view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "按收入性质", "按支出性质"]
    combo.lineEdit().setText(name)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)  # as typed, or as picked from the list
    assert view.indexWidget(index) is None  # the edit is over


def test_grouping_parts_by_breakdown_in_the_funds_table(qtbot, window):
    doc = window.doc
    rows = [FundRow(label="年度资金总额", initial=D(100), adjusted=D(100), executed=D(100)),
            FundRow(label="一般公共预算", initial=D(40), adjusted=D(40), executed=D(40)),
            FundRow(label="其他资金", initial=D(60), adjusted=D(60), executed=D(60)),
            FundRow(label="基本支出", initial=D(30), adjusted=D(30), executed=D(30)),
            FundRow(label="项目支出", initial=D(70), adjusted=D(70), executed=D(70))]
    doc.set("funds.rows", rows)
    codes = lambda: {f.code for f in doc.findings()}  # noqa: E731
    assert "parts_exceed_total" in codes()  # 200 > 100: the two breakdowns added together
    window.editor.tabs.setCurrentWidget(window.editor.funds)
    form = window.editor.funds
    for row, name in ((1, "按收入性质"), (2, "按收入性质"), (3, "按支出性质"), (4, "按支出性质")):
        choose(qtbot, form, row, name)
    assert [r.breakdown for r in doc.report.funds.rows] == [
        "", "按收入性质", "按收入性质", "按支出性质", "按支出性质"]
    assert form.model.index(3, BREAKDOWN_COLUMN).data() == "按支出性质"
    assert "parts_exceed_total" not in codes()
    doc.undo_stack.undo()  # one choice, one step
    assert doc.report.funds.rows[4].breakdown == ""
    # 项目支出 (70) outside any breakdown, 基本支出 (30) in one: neither above 100
    assert "parts_exceed_total" not in codes()
    doc.undo_stack.undo()  # 基本支出 30 + 项目支出 70 outside: exactly 100
    assert [r.breakdown for r in doc.report.funds.rows] == ["", "按收入性质", "按收入性质", "", ""]
    assert "parts_exceed_total" not in codes()
    doc.undo_stack.undo()
    assert "parts_exceed_total" in codes()  # 其他资金 60 + 基本支出 30 + 项目支出 70 > 100
