"""新建自评 from the year's monitoring form: the unit picks the project's 运行监控表 in the list,
makes the 自评表 from it, and finds each row with its declared target and its mid-year
figures beside it; a target changed from the declaration is marked and asks for its 调整原因
until one is typed under the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.core import cycle
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE, IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.cycle_documents import declaration, monitoring


@pytest.fixture
def store(tmp_path):
    s = ReportStore(tmp_path / "year.sqlite")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()


def mid_year(store: ReportStore) -> int:
    """The monitoring form made by the core from a stored declaration that had no key yet,
    then its mid-year figures filled in."""
    document = declaration()
    document["project_key"] = ""
    declared_id = store.create(report_from_document(document))
    figures = {i["name"]: i for i in monitoring()["indicators"]}

    def with_figures(source):
        report = cycle.monitoring_from(source)
        for row in report.indicators:
            typed = figures.get(row.name)
            if typed:
                row.to_date, row.projected, row.likelihood = (typed["to_date"], typed["projected"],
                                                              typed["likelihood"])
        return report

    return store.create_from(declared_id, with_figures)


def codes(window) -> set[str]:
    return {f.code for f in window.doc.findings()}


def test_a_self_evaluation_made_from_the_monitoring_form_shows_the_year_beside_each_row(
        qtbot, window, store, no_modal_dialogs):
    monitoring_id = mid_year(store)
    key = store.load(monitoring_id).project_key
    assert key and store.load(1).project_key == key  # the declaration was given the same key
    window.list_page.refresh()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    report = window.doc.report
    assert (report.form, report.project_key, report.year) == ("self_evaluation", key, 2024)
    assert [i.target for i in report.indicators] == ["≥600人次", "2024年12月底前", "≥5项", "≥90%"]
    model = window.editor.indicators.model
    actual = model.index(0, IndicatorsModel.ACTUAL)
    hint = actual.data(HINT_ROLE)
    assert "320人次" in hint and "610人次" in hint and "确定能" in hint
    assert not actual.data(HINT_IS_PROBLEM_ROLE)
    assert model.setData(actual, "630人次")  # once the actual is typed, its reading shows,
    assert actual.data(HINT_ROLE) != hint and hint in actual.data(Qt.ItemDataRole.ToolTipRole)
    window.doc.undo_stack.undo()  # and the mid-year figures stay in its tooltip
    window.doc.end_typing()
    target = model.index(0, IndicatorsModel.TARGET)
    assert target.data(Qt.ItemDataRole.BackgroundRole) is None  # as declared: nothing marked
    assert "target_changed_unexplained" not in codes(window)

    # the unit raises a target: the cell is marked, the declared one shown red under it
    assert model.setData(target, "≥650人次")
    window.doc.end_typing()
    assert target.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "≥600人次" in target.data(HINT_ROLE) and target.data(HINT_IS_PROBLEM_ROLE)
    assert "target_changed_unexplained" in codes(window)

    # the finding leads to the row, and the reason is typed in the bar under the table
    view = window.editor.indicators.view
    bar = window.editor.indicators.target_reason
    view.setCurrentIndex(model.index(3, IndicatorsModel.NAME))
    window.editor.go_to(next(f.where for f in window.doc.findings()
                             if f.code == "target_changed_unexplained"))
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == IndicatorsModel.TARGET
    assert not bar.isHidden() and "≥600人次" in bar.label.text()
    qtbot.waitUntil(bar.reason.hasFocus, timeout=2000)
    from .conftest import type_text

    type_text(qtbot, bar.reason, "上级要求扩大培训规模")
    bar.reason.clearFocus()
    window.doc.end_typing()
    assert window.doc.report.indicators[0].target_reason == "上级要求扩大培训规模"
    assert not target.data(HINT_IS_PROBLEM_ROLE)
    assert "target_changed_unexplained" not in codes(window)
    assert window.saver.flush()
    assert store.load(window.doc.report_id).indicators[0].target_reason == "上级要求扩大培训规模"

    # undo takes the reason back: the finding returns
    window.doc.undo_stack.undo()
    assert not window.doc.report.indicators[0].target_reason
    assert "target_changed_unexplained" in codes(window)

    # a row as declared hides the bar
    view.setCurrentIndex(model.index(1, IndicatorsModel.TARGET))
    assert bar.isHidden()


def test_a_self_evaluation_is_not_made_from_a_self_evaluation(window, store, seed_report,
                                                               no_modal_dialogs):
    report_id = store.create(seed_report)
    window.list_page.refresh()
    window.list_page.select(report_id)
    window.self_evaluation_action.trigger()
    assert window.doc is None and store.count() == 1
    assert no_modal_dialogs  # said why, and what to use instead


def test_a_second_self_evaluation_of_the_year_is_asked_for_and_by_default_the_first_opens(
        window, store, no_modal_dialogs):
    monitoring_id = mid_year(store)
    window.list_page.refresh()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    first = window.doc.report_id
    window.show_list()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    assert any("2024" in said for said in no_modal_dialogs)  # asked, answered No
    assert window.doc.report_id == first and store.count() == 3
