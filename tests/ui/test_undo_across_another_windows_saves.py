"""Another window's saves taken in keep this window's undo history where it still applies:
the edits name rows by id, so Ctrl+Z takes back this window's own edit on its own row, and
the other window's rows stay. Only a step whose row the other window removed, or whose field
it set since (taking it back would overwrite theirs), goes — with what lies beyond it."""

from __future__ import annotations

import pytest

from perfeval_gui.core import changes
from perfeval_gui.core.model import Indicator
from perfeval_gui.store.repository import ReportStore

from .test_two_windows import answer_conflicts


def save_from_a_second_connection(window, edit) -> None:
    """Another app saving the open report through its own connection to the same file."""
    with ReportStore(window.store.path) as other:
        report, revision = other.load_revisioned(window.doc.report_id)
        base, _ = other.load_revisioned(window.doc.report_id)
        edit(report)
        other.save(window.doc.report_id, report, changes.diff(base, report), base_revision=revision)


def test_undo_takes_back_this_windows_edit_after_another_window_added_a_row(window):
    doc = window.doc
    mine = doc.report.indicators[1]
    old_actual = mine.actual
    doc.set("indicators[1].actual", "本窗口填的值")
    doc.end_typing()  # saved

    def add_and_edit(report):
        report.indicators.insert(0, Indicator(level1="产出指标", level2="数量指标", name="另一窗口新增"))
        report.indicators[3].actual = "另一窗口填的值"  # another row than mine

    save_from_a_second_connection(window, add_and_edit)
    doc.set("project.name", "本窗口的名称")
    doc.end_typing()  # the save meets the other's revision: their rows are taken in
    names = [i.name for i in doc.report.indicators]
    assert names[0] == "另一窗口新增" and doc.report.indicators[3].actual == "另一窗口填的值"
    assert doc.undo_stack.count() == 2 and doc.undo_stack.canUndo()

    doc.undo_stack.undo()  # the name
    doc.undo_stack.undo()  # my actual, on my row, found by its id among theirs
    assert mine.row_id == doc.report.indicators[2].row_id
    assert doc.report.indicators[2].actual == old_actual
    assert [i.name for i in doc.report.indicators] == names  # their row stays
    assert doc.report.indicators[3].actual == "另一窗口填的值"  # their edit stays
    assert window.editor.indicators.model.rowCount() == len(names)
    doc.end_typing()
    with ReportStore(window.store.path) as store:
        stored = store.load(doc.report_id)
    assert stored.indicators[2].actual == old_actual and stored.indicators[0].name == "另一窗口新增"
    assert stored.project.name != "本窗口的名称"

    doc.undo_stack.redo()  # and forward again
    assert doc.report.indicators[2].actual == "本窗口填的值"


def test_a_row_added_here_is_taken_back_after_another_window_moved_the_rows(window):
    doc = window.doc
    doc.insert("indicators", 1, Indicator(level1="产出指标", level2="数量指标", name="本窗口新增"))
    doc.end_typing()
    theirs_last = doc.report.indicators[-1].name
    save_from_a_second_connection(window, lambda report: report.indicators.insert(
        0, report.indicators.pop()))  # the last row moved to the top
    doc.set("project.unit", "本窗口的单位")
    doc.end_typing()
    assert doc.report.indicators[0].name == theirs_last
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # my row goes; their order stays
    names = [i.name for i in doc.report.indicators]
    assert "本窗口新增" not in names and names[0] == theirs_last
    doc.undo_stack.redo()  # back after the row it followed
    names = [i.name for i in doc.report.indicators]
    assert names.index("本窗口新增") == 2 and names[0] == theirs_last


def test_only_the_steps_whose_row_the_other_window_removed_go(window):
    doc = window.doc
    doc.set("project.region", "本窗口的地区")  # a step before: it can still be taken back
    doc.end_typing()
    gone = doc.report.indicators[0].row_id
    doc.set("indicators[0].actual", "本窗口填的值")  # on a row the other window removes
    doc.end_typing()
    doc.set("indicators[1].actual", "另一行")
    doc.end_typing()
    save_from_a_second_connection(window, lambda report: report.indicators.pop(0))
    kept_name = doc.report.project.name
    doc.set("project.name", "本窗口的名称")
    doc.end_typing()
    assert gone not in {i.row_id for i in doc.report.indicators}
    # kept: the step after the removed row's (on a row still there) and the name typed after
    assert doc.undo_stack.count() == 2 and doc.undo_stack.index() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.report.project.name == kept_name and not doc.undo_stack.canUndo()
    assert doc.report.indicators[0].actual != "另一行"
    assert doc.report.project.region == "本窗口的地区"  # the older step went with the history


def test_a_step_undone_before_another_windows_saves_can_be_redone_after_them(window):
    doc = window.doc
    mine = doc.report.indicators[1].row_id
    doc.set("indicators[1].actual", "本窗口填的值")
    doc.end_typing()
    save_from_a_second_connection(
        window, lambda report: report.indicators.append(Indicator(name="另一窗口新增")))
    doc.undo_stack.undo()
    doc.end_typing()  # the undo is saved: the other's row is taken in then
    assert doc.report.indicators[-1].name == "另一窗口新增" and doc.undo_stack.canRedo()
    doc.undo_stack.redo()
    assert next(i for i in doc.report.indicators if i.row_id == mine).actual == "本窗口填的值"
    assert doc.report.indicators[-1].name == "另一窗口新增"


def test_a_step_undone_on_a_row_another_window_removed_cannot_be_redone(window):
    doc = window.doc
    doc.set("indicators[0].actual", "本窗口填的值")
    doc.end_typing()
    doc.undo_stack.undo()
    save_from_a_second_connection(window, lambda report: report.indicators.pop(0))
    seen: list = []
    answer_conflicts(True, seen)  # both changed that row: the user keeps the other's removal
    doc.end_typing()
    assert len(seen) == 1
    assert not doc.undo_stack.canRedo() and doc.undo_stack.count() == 0


@pytest.mark.parametrize("choose_theirs", [False, True])
def test_a_field_both_windows_changed_keeps_its_undo_step_only_where_mine_was_kept(window, choose_theirs):
    doc = window.doc
    before = doc.report.project.name
    doc.set("project.region", "本窗口的地区")  # an older step of my own
    doc.end_typing()
    save_from_a_second_connection(window, lambda report: setattr(report.project, "name", "另一窗口的名称"))
    doc.set("project.name", "本窗口的名称")
    seen: list = []
    answer_conflicts(choose_theirs, seen)
    doc.end_typing()
    assert len(seen) == 1
    if choose_theirs:  # taking my name back would overwrite theirs: that step goes, and those before it
        assert doc.report.project.name == "另一窗口的名称" and not doc.undo_stack.canUndo()
    else:
        assert doc.undo_stack.count() == 2
        doc.undo_stack.undo()
        assert doc.report.project.name == before
        doc.undo_stack.undo()
        assert doc.report.project.region != "本窗口的地区"
