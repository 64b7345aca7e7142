"""The tables' details a newcomer trips over: a score above its weight stands out, an actual
date reads without an operator, row heights stay as they were after reopening, and new team
members stay in the order they were added."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.ui.editor.indicators_model import ABOVE_WEIGHT, HINT_ROLE, IndicatorsModel
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(str(tmp_path / "t.sqlite"))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_demo()
    yield w
    w.close_report()
    store.close()


def test_a_score_above_its_weight_is_marked_in_the_table(window):
    model = window.editor.indicators.model
    weight = window.doc.report.indicators[2].weight
    window.doc.set("indicators[2].score", weight + Decimal(3))
    index = model.index(2, IndicatorsModel.SCORE)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == ABOVE_WEIGHT
    assert str(weight) in index.data(Qt.ItemDataRole.ToolTipRole)
    window.doc.set("indicators[2].score", weight)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None or \
        index.data(Qt.ItemDataRole.BackgroundRole).color() != ABOVE_WEIGHT


def test_an_actual_date_reads_as_a_date_and_its_target_as_a_deadline(window):
    window.doc.set("indicators[1].target", "2024年12月31日前")
    window.doc.set("indicators[1].actual", "2024年12月20日")
    model = window.editor.indicators.model
    assert model.index(1, IndicatorsModel.TARGET).data(HINT_ROLE) == "≤ 2024-12-31"
    assert model.index(1, IndicatorsModel.ACTUAL).data(HINT_ROLE) == "2024-12-20"


def heights(qtbot, window) -> list[int]:
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    view = window.editor.indicators.view
    qtbot.wait(20)  # the columns take their widths, the rows follow
    return [view.rowHeight(r) for r in range(view.model().rowCount())]


def test_row_heights_are_the_same_after_reopening_as_while_editing(qtbot, window):
    before = heights(qtbot, window)
    view = window.editor.indicators.view
    for row in range(view.model().rowCount()):  # what editing each row does to its height
        view.resizeRowToContents(row)
    assert [view.rowHeight(r) for r in range(view.model().rowCount())] == before
    report_id = window.doc.report_id
    window.show_list()
    window.open_report(report_id)
    assert heights(qtbot, window) == before


def test_team_members_stay_in_the_order_they_were_added(qtbot, window):
    team = window.editor.team.members
    names = [m.name for m in window.doc.report.team]
    team.view.setCurrentIndex(team.model.index(0, 0))  # the cursor left on the first member
    for name in ("赵一", "钱二"):
        qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
        window.doc.set(f"team[{len(window.doc.report.team) - 1}].name", name)
    assert [m.name for m in window.doc.report.team] == [*names, "赵一", "钱二"]
    assert window.saver.flush()
    assert [m.name for m in window.store.load(window.doc.report_id).team] == [*names, "赵一", "钱二"]
