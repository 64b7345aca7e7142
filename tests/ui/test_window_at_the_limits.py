"""The window at the format's limits (issue 28): an indicator named in 20,000 characters and
thousands of findings about it, a table of 1,000 rows — the panel and the table measure what
is shown, not the whole report (counted here; the time is benchmarks/run.py open_limits)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QApplication

from perfeval_gui.core.finding import Finding
from perfeval_gui.core.messages import Message
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_form import FIT_ALL_ROWS
from perfeval_gui.ui.panel import findings_view
from perfeval_gui.ui.panel.findings_view import LINE_CHARS, SUBJECT_CHARS, TIP_CHARS, FindingsView
from perfeval_gui.ui.shell.main_window import MainWindow

LONG = "群众满意度调查" * 3000  # 21,000 characters


def test_findings_about_a_20000_character_indicator_show_its_start_and_are_measured_once_each(
        qtbot, seed_report, monkeypatch):
    seed_report.indicators[0].name = LONG
    findings = [Finding("target_empty", "warning", f"indicators[{k % 2}].target",
                        Message("score.target_empty")) for k in range(2_000)]
    measured: list[int] = []
    hint = findings_view.WrappingDelegate.sizeHint
    monkeypatch.setattr(findings_view.WrappingDelegate, "sizeHint",
                        lambda self, option, index: measured.append(index.row()) or hint(self, option, index))
    view = FindingsView()
    qtbot.addWidget(view)
    view.resize(420, 500)
    view.show()
    view.show_findings(findings, seed_report, {})
    view.expandAll()
    QApplication.processEvents()
    items = [view.topLevelItem(0).child(k) for k in range(view.topLevelItem(0).childCount())]
    assert len(items) == 2_000
    about_long = [i for i in items if i.data(0, findings_view.WHERE_ROLE).startswith("indicators[0]")]
    for item in about_long:
        assert len(item.text(0)) <= LINE_CHARS
        assert ("1. " + LONG)[:SUBJECT_CHARS - 1] + "…: " in item.text(0)  # its start, then "…"
        assert len(item.toolTip(0)) <= TIP_CHARS
    assert len(measured) < 4 * len(items)  # each row measured a few times, not once per row added


def test_a_table_of_1000_rows_fits_the_rows_on_screen_then_those_scrolled_to(qtbot, tmp_path,
                                                                            seed_report):
    report = copy.deepcopy(seed_report)
    report.indicators = [copy.deepcopy(seed_report.indicators[k % 7]) for k in range(1_000)]
    for k, indicator in enumerate(report.indicators):
        indicator.name = f"{indicator.name}{k}"
        indicator.deviation = "因疫情影响，部分工作延后完成。" * 12  # two lines at least
    store = ReportStore(tmp_path / "big.sqlite")
    report_id = store.create(report)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_report(report_id)
    window.editor.tabs.setCurrentWidget(window.editor.indicators)
    qtbot.wait(50)
    view = window.editor.indicators.view
    assert 1_000 > FIT_ALL_ROWS
    fitted = set(view._fitted)
    assert 0 in fitted and len(fitted) < 200  # the screen and one beyond, not 1,000 rows
    default = view.verticalHeader().defaultSectionSize()
    assert view.rowHeight(0) > default  # fitted: the deviation wraps
    assert view.rowHeight(900) == default  # not measured yet
    view.scrollTo(view.model().index(900, 0))
    QApplication.processEvents()
    assert 900 in view._fitted
    height = view.rowHeight(900)
    view.resizeRowToContents(900)
    assert view.rowHeight(900) == height > default  # what fitting the row alone gives
    window.close_report()
    store.close()
