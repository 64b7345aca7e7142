"""What a new user at a county office met walking the year's forms at 1366×768 (issue 27's
walk), kept fixed: the 调整原因 sentence reads on its own line with the reason box the table's
width under it, not broken inside a word beside a short box."""

from __future__ import annotations

import pytest

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.ui.test_self_evaluation_from_the_year import mid_year


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


def test_the_reason_for_a_changed_target_is_asked_under_its_sentence_across_the_table(
        qtbot, window, store):
    monitoring_id = mid_year(store)
    window.list_page.refresh()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    form = window.editor.indicators
    window.editor.tabs.setCurrentWidget(form)
    target = form.model.index(0, IndicatorsModel.TARGET)
    assert form.model.setData(target, "≥650人次")
    window.doc.end_typing()
    form.view.setCurrentIndex(target)
    bar = form.target_reason
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    label, reason = bar.label.geometry(), bar.reason.geometry()
    assert reason.top() >= label.bottom()  # under the sentence, not beside it
    assert reason.width() >= bar.width() - 2  # the whole width for the reason
    # the sentence on one line: its height is one line of its font
    assert bar.label.height() < 2 * bar.label.fontMetrics().lineSpacing()


def test_a_self_evaluation_made_from_the_year_asks_for_the_executed_amount_not_the_budget_it_has(
        qtbot, window, store):
    monitoring_id = mid_year(store)
    window.list_page.refresh()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    total = window.doc.report.funds.total_row
    assert total.executed is None and (total.initial or total.adjusted)  # carried from the year
    said = window.editor.panel.grade_label.text()  # in the window's language, either
    assert ("executed" in said or "执行数" in said) and not ("budget" in said or "预算数" in said)
    window.doc.set("funds.rows[0].initial", None)
    window.doc.set("funds.rows[0].adjusted", None)
    said = window.editor.panel.grade_label.text()  # neither there: both asked for
    assert "budget and executed" in said or "预算数和执行数" in said


def contrast(a, b) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(colour) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("problem", [True, False])
def test_a_cell_s_lower_line_reads_on_the_selection_as_on_white(qtbot, window, problem):
    """申报：≥600人次 under the selected target (red until a reason is given) was red on blue."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from perfeval_gui.ui.editor.indicators_form import PROBLEM_COLOUR, hint_colour

    view = window.list_page.table  # any view: the window's palette
    option = QStyleOptionViewItem()
    option.palette = view.palette()
    option.state = QStyle.StateFlag.State_Enabled
    assert contrast(hint_colour(option, problem), view.palette().base().color()) >= 4.5
    option.state |= QStyle.StateFlag.State_Selected
    selected = view.palette().highlight().color()
    assert contrast(hint_colour(option, problem), selected) >= 3
    assert contrast(PROBLEM_COLOUR, selected) < 3  # what was painted there before


def test_the_list_shows_a_declaration_and_a_monitoring_form_as_the_editor_does_not_as_unscored(
        qtbot, window, store, seed_report):
    """Selecting the year's other forms in the list showed 总分（自评）—, 尚未计分 and weights of 0."""
    from perfeval_gui.core.interchange import report_from_document
    from tests.cycle_documents import declaration, monitoring

    declared = store.create(report_from_document(declaration()))
    monitored = store.create(report_from_document(monitoring()))
    evaluated = store.create(seed_report)
    page, panel = window.list_page, window.list_page.panel
    page.refresh()
    page.select(declared)
    assert not panel.totals.isVisible() and not panel.groups.isVisible()
    assert not panel.monitoring.isVisible() and panel.findings.isVisible()
    page.select(monitored)
    assert not panel.totals.isVisible() and panel.monitoring.isVisible()
    assert panel.monitoring.rate.text() == "30%"  # 30 of the adjusted budget 100
    assert "58.33" in panel.monitoring.time.text()
    page.select(evaluated)
    assert panel.totals.isVisible() and panel.groups.isVisible() and not panel.monitoring.isVisible()
    assert panel.total_label.text() == "85"
