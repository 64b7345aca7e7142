"""The 一级指标 trap, as a new user fell into it: they add an indicator at the end of 产出指标,
name it, then type 效益指标 in its 一级指标 cell — which is the merged cell of the whole
group. The group is renamed (what the merged cell means, as 添加一级指标组 is the way to a new
group), and a bar under the table says so and offers the row they were on alone into 效益指标
instead, or taking the renaming back; each way is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.core.model import Indicator, Report
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow

L1 = IndicatorsModel.LEVEL1


@pytest.fixture
def window(qtbot, tmp_path):
    store = ReportStore(tmp_path / "w.sqlite")
    report = Report(year=2024, indicators=[
        Indicator(level1="产出指标", level2="数量指标", name="培训人次", target="≥600人次"),
        Indicator(level1="产出指标", level2="质量指标", name="合格率", target="≥95%"),
        Indicator(level1="效益指标", level2="社会效益指标", name="推广技术", target="≥5项"),
    ])
    report.project.name = "农村实用技术培训"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_report(store.create(report))
    w.editor.tabs.setCurrentWidget(w.editor.indicators)
    yield w
    w.close_report()
    store.close()


def levels(w) -> list[tuple[str, str]]:
    return [(i.level1, i.name) for i in w.doc.report.indicators]


def add_row_and_type_level1(qtbot, w, name: str, level1: str) -> None:
    """添加指标 under 合格率, its name typed, then a click on its 一级指标 cell and a new name."""
    form = w.editor.indicators
    form.view.setCurrentIndex(form.model.index(1, IndicatorsModel.NAME))
    qtbot.mouseClick(form.buttons[form.tr("Add indicator")], Qt.MouseButton.LeftButton)
    assert form.view.currentIndex().row() == 2
    form.model.setData(form.model.index(2, IndicatorsModel.NAME), name)
    w.doc.end_typing()
    cell = form.view.visualRect(form.model.index(2, L1)).center()
    qtbot.mouseClick(form.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    current = form.view.currentIndex()
    assert (current.row(), current.column()) == (0, L1)  # the merged cell: the group's, not the row's
    assert form.model.setData(current, level1)  # as the cell's editor commits it
    w.doc.end_typing()


def test_the_merged_cell_renames_the_group_and_the_bar_offers_the_row_alone(qtbot, window):
    w = window
    form = w.editor.indicators
    add_row_and_type_level1(qtbot, w, "培训满意度", "效益指标")
    # the group-rename feature stays: every row of 产出指标 took the name
    assert levels(w)[:3] == [("效益指标", "培训人次"), ("效益指标", "合格率"), ("效益指标", "培训满意度")]
    bar = form.group_rename
    assert bar.isVisible()
    assert "产出指标" in bar.label.text() and "效益指标" in bar.label.text()
    assert "培训满意度" in bar.only_row.text()  # the row the user was on, not the group's first
    qtbot.mouseClick(bar.only_row, Qt.MouseButton.LeftButton)
    # only that row went, into the 效益指标 group that was there, after its rows
    assert levels(w) == [("产出指标", "培训人次"), ("产出指标", "合格率"),
                         ("效益指标", "推广技术"), ("效益指标", "培训满意度")]
    assert not bar.isVisible()
    assert form.view.currentIndex().row() == 3  # the cursor follows the row
    assert w.doc.undo_stack.undoText() == form.tr("Move indicator into group")
    w.doc.undo_stack.undo()  # one step back: the row where it was added, in 产出指标
    assert levels(w) == [("产出指标", "培训人次"), ("产出指标", "合格率"),
                         ("产出指标", "培训满意度"), ("效益指标", "推广技术")]
    w.doc.undo_stack.redo()
    assert levels(w)[3] == ("效益指标", "培训满意度")
    assert w.saver.flush()
    assert w.store.load(w.doc.report_id).indicators[3].name == "培训满意度"  # saved


def test_a_new_name_makes_a_group_of_its_own_after_the_old_one(qtbot, window):
    w = window
    add_row_and_type_level1(qtbot, w, "带动就业", "可持续影响指标")
    bar = w.editor.indicators.group_rename
    qtbot.mouseClick(bar.only_row, Qt.MouseButton.LeftButton)
    assert levels(w) == [("产出指标", "培训人次"), ("产出指标", "合格率"),
                         ("可持续影响指标", "带动就业"), ("效益指标", "推广技术")]
    view = w.editor.indicators.view
    assert view.rowSpan(0, L1) == 2 and view.rowSpan(2, L1) == 1  # shown as two groups


def test_the_renaming_kept_or_taken_back_from_the_bar(qtbot, window):
    w = window
    form = w.editor.indicators
    add_row_and_type_level1(qtbot, w, "培训满意度", "产出数量指标")
    qtbot.mouseClick(form.group_rename.undo, Qt.MouseButton.LeftButton)
    assert [lv for lv, _ in levels(w)] == ["产出指标"] * 3 + ["效益指标"]
    assert not form.group_rename.isVisible()
    form.model.setData(form.model.index(0, L1), "产出数量指标")  # renamed again, and kept
    w.doc.end_typing()
    qtbot.mouseClick(form.group_rename.keep, Qt.MouseButton.LeftButton)
    assert [lv for lv, _ in levels(w)] == ["产出数量指标"] * 3 + ["效益指标"]
    assert not form.group_rename.isVisible()


def test_a_group_of_one_row_is_renamed_without_a_word_and_anything_else_ends_the_offer(qtbot, window):
    w = window
    form = w.editor.indicators
    form.model.setData(form.model.index(3 - 1, L1), "效益类指标")  # 效益指标 has one row
    w.doc.end_typing()
    assert not form.group_rename.isVisible()
    form.model.setData(form.model.index(0, L1), "产出类指标")
    w.doc.end_typing()
    assert form.group_rename.isVisible()
    form.model.setData(form.model.index(0, IndicatorsModel.TARGET), "≥610人次")  # typing on
    w.doc.end_typing()
    assert not form.group_rename.isVisible()
