"""评价时间 typed as people write it is read, saved and shown; the calendar opens near the
evaluated year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    store = ReportStore(tmp_path / "dates.sqlite")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.new_report()
    yield w
    w.close_report()
    store.close()


def finding_codes(window) -> set[str]:
    return {f.code + ":" + f.where for f in window.doc.findings()}


@pytest.mark.parametrize("typed", ["2025-03-10", "2025/3/10", "2025年3月10日", "２０２５年３月１０日",
                                   "2025.3.10"])
def test_a_typed_date_is_saved_and_the_missing_date_finding_goes(qtbot, typist, window, typed):
    window.doc.report.year = 2024
    field = window.editor.cover.date
    assert "missing_field:evaluation.date" in finding_codes(window)
    typist(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert window.doc.report.evaluation.date == "2025-03-10"
    assert field.edit.text() == "2025-03-10" and field.problem is None
    assert "missing_field:evaluation.date" not in finding_codes(window)
    assert window.saver.flush()
    assert window.store.load(window.doc.report_id).evaluation.date == "2025-03-10"


def test_a_date_that_cannot_be_read_is_shown_once_the_field_is_left_and_not_saved(qtbot, typist, window):
    field = window.editor.cover.date
    typist(field.edit, "2025-02-30")
    assert field.edit.styleSheet() == ""  # not red while still typing
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert "2025-02-30" in field.problem and field.edit.styleSheet() != ""
    assert window.doc.report.evaluation.date in (None, "")
    field.edit.selectAll()
    typist(field.edit, "三月")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "2025年3月10日" in field.problem  # the message shows the forms it reads


def test_the_calendar_opens_early_in_the_year_after_the_evaluated_one(qtbot, window):
    window.doc.set("year", 2024)
    field = window.editor.cover.date
    field.open_calendar()
    assert field.calendar.selectedDate().year() == 2025
    assert field.calendar.yearShown() == 2025
    field.pick(field.calendar.selectedDate().addDays(9))
    assert window.doc.report.evaluation.date == "2025-03-10"
    window.doc.undo_stack.undo()
    assert window.doc.report.evaluation.date in (None, "")
