"""F1 on the year's other forms opens the guide where it speaks of them: each page of a
target declaration and of a monitoring form its own part, the 调整原因 box of a self-evaluation
made from them its part, the reports list and the 监控汇总 theirs — and each part is in both
guides, so that F1 never lands at the top of the guide for want of an anchor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.guide import GuideDialog
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.editor.report_editor import GUIDE_PARTS, REASON_PART
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.cycle_documents import declaration, monitoring
from tests.test_guide import read

HOME_PARTS = ("report_list", "monitoring_summary")


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


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The parts of the guide F1 asked for, in order."""
    parts: list[str] = []
    monkeypatch.setattr(GuideDialog, "go_to", lambda self, code="": parts.append(code))
    return parts


def press_f1(qtbot, widget) -> None:
    """F1 as the user presses it: in the window, on the widget with focus (F1 is the window's
    shortcut, which reaches an active window only)."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow, timeout=3000)
    widget.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(widget, Qt.Key.Key_F1)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_part_f1_can_ask_for_is_in_the_guide(lang):
    names = set(read(lang).names)
    wanted = {part for parts in GUIDE_PARTS.values() for part in parts.values()}
    assert wanted | {REASON_PART, *HOME_PARTS} <= names


@pytest.mark.parametrize("document, form", [(declaration, "declaration"), (monitoring, "monitoring")])
def test_f1_on_each_page_of_the_year_s_forms_opens_its_part(qtbot, window, store, asked,
                                                            document, form):
    window.open_report(store.create(report_from_document(document())))
    editor = window.editor
    assert window.doc.report.form == form
    for page, focus in ((editor.cover, lambda: editor.cover.fields["project.name"]),
                        (editor.funds, lambda: editor.funds.expected),
                        (editor.indicators, lambda: editor.indicators.view)):
        editor.tabs.setCurrentWidget(page)
        press_f1(qtbot, focus())
        assert asked[-1] == GUIDE_PARTS[form][next(n for n, f in editor._forms.items() if f is page)]
    assert asked == [form, f"{form}_funds", f"{form}_indicators"]
    # the panel beside the form (not its findings): the declaration's introduction, or the
    # execution against time of a monitoring form
    label = editor.panel.findChildren(QLabel)[0]
    assert editor.help_topic(label) == GUIDE_PARTS[form]["panel"]


def test_f1_in_the_reason_box_of_a_self_evaluation_made_from_the_year(qtbot, window, store, asked):
    from tests.ui.test_self_evaluation_from_the_year import mid_year

    monitoring_id = mid_year(store)
    window.list_page.refresh()
    window.list_page.select(monitoring_id)
    window.self_evaluation_action.trigger()
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    model = window.editor.indicators.model
    target = model.index(0, IndicatorsModel.TARGET)
    assert model.setData(target, "≥650人次")
    window.doc.end_typing()
    window.editor.indicators.view.setCurrentIndex(target)
    bar = window.editor.indicators.target_reason
    assert bar.isVisible()
    press_f1(qtbot, bar.reason)
    assert asked[-1] == REASON_PART
    press_f1(qtbot, window.editor.indicators.view)  # the table itself: the 自评表's indicators
    assert asked[-1] == "indicators"


def test_f1_on_the_list_and_on_the_monitoring_summary(qtbot, window, store, asked):
    store.create(report_from_document(monitoring()))
    window.list_page.refresh()
    press_f1(qtbot, window.list_page.table)
    assert asked[-1] == "report_list"
    summary = window.summary_page
    window.home.setCurrentWidget(summary)
    press_f1(qtbot, summary.form_choice)
    assert asked[-1] == ""  # the 自评表s' summary: the guide's top
    summary.form_choice.setCurrentIndex(summary.form_choice.findData("monitoring"))
    press_f1(qtbot, summary.monitoring_page.year)
    assert asked[-1] == "monitoring_summary"
