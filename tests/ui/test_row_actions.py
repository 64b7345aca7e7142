"""Rows are added, removed and moved the same way in every table of the report."""

from __future__ import annotations

from PySide6.QtCore import Qt

from perfeval_gui.core.model import TeamMember
from perfeval_gui.ui.editor.row_actions import block_moved, swapped


def test_moving_a_row_swaps_it_with_its_neighbour_and_stops_at_the_ends():
    assert swapped(4, 1, 1) == [0, 2, 1, 3]
    assert swapped(4, 1, -1) == [1, 0, 2, 3]
    assert swapped(4, 0, -1) is None and swapped(4, 3, 1) is None and swapped(4, -1, 1) is None


def test_moving_a_group_swaps_two_runs_of_rows():
    assert block_moved(6, range(2, 4), range(4, 6)) == [0, 1, 4, 5, 2, 3]
    assert block_moved(6, range(2, 4), range(0, 2)) == [2, 3, 0, 1, 4, 5]


def test_team_and_indicators_add_move_and_remove_alike(qtbot, window):
    team = window.editor.team.members
    names = [m.name for m in window.doc.report.team]
    last = len(names)
    team.view.setCurrentIndex(team.model.index(0, 0))
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)  # a new member goes last
    assert window.doc.report.team[last] == TeamMember() and team.view.currentIndex().row() == last
    qtbot.mouseClick(team.up_button, Qt.MouseButton.LeftButton)
    assert window.doc.report.team[last - 1] == TeamMember() and team.view.currentIndex().row() == last - 1
    qtbot.mouseClick(team.remove_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in window.doc.report.team] == names

    form = window.editor.indicators
    before = [i.name for i in window.doc.report.indicators]
    form.view.setCurrentIndex(form.model.index(1, 2))
    form.move_row(1)
    assert [i.name for i in window.doc.report.indicators][1:3] == [before[2], before[1]]
    assert form.view.currentIndex().row() == 2
    window.doc.undo_stack.undo()
    form.view.setCurrentIndex(form.model.index(1, 2))
    form.remove_row()
    assert [i.name for i in window.doc.report.indicators] == before[:1] + before[2:]
    assert form.view.currentIndex().row() == 1  # the cursor stays where the row was
