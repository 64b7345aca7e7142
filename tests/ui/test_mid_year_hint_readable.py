"""The 自评表 made from the year's 运行监控表 on a 1366×768 laptop: under each empty 实际完成值
the unit reads the mid-year figures whole — 年中 …, 预计 …, and the likelihood — each on a line
of its own, the row as tall as they need (they were cut to "年中 60公里; 预…"); a row the
monitoring form put at risk (有可能) reads red, as the monitoring form marks it."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE, IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.cycle_documents import monitoring


@pytest.fixture
def window(qtbot, tmp_path):
    store = ReportStore(tmp_path / "year.sqlite")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w, store
    w.close_report()
    store.close()


def test_the_mid_year_figures_under_the_actual_are_read_whole(qtbot, window):
    w, store = window
    mid_year = store.create(report_from_document(monitoring()))
    w.list_page.refresh()
    w.list_page.select(mid_year)
    w.self_evaluation_action.trigger()
    form = w.editor.indicators
    w.editor.tabs.setCurrentWidget(form)
    view, model = form.view, form.model
    qtbot.waitUntil(lambda: view.isVisible() and view.columnWidth(IndicatorsModel.ACTUAL) > 40)
    view.fit_rows()
    small = QFont(view.font())
    small.setPointSizeF(max(small.pointSizeF() * 0.8, 7))
    hint_metrics, metrics = QFontMetrics(small), QFontMetrics(view.font())
    width = view.columnWidth(IndicatorsModel.ACTUAL) - 8
    for row, indicator in enumerate(w.doc.report.indicators):
        hint = model.index(row, IndicatorsModel.ACTUAL).data(HINT_ROLE)
        assert indicator.to_date in hint and indicator.projected in hint
        # at least as many lines as the whole reading takes at the cell's width
        lines = sum(max(1, math.ceil(hint_metrics.horizontalAdvance(part) / width))
                    for part in hint.split("\n"))
        assert lines >= 2
        assert view.rowHeight(row) >= metrics.height() + lines * hint_metrics.height(), (row, hint)
    at_risk = next(r for r, i in enumerate(w.doc.report.indicators) if i.likelihood == "有可能")
    certain = next(r for r, i in enumerate(w.doc.report.indicators) if i.likelihood == "确定能")
    assert model.index(at_risk, IndicatorsModel.ACTUAL).data(HINT_IS_PROBLEM_ROLE)
    assert not model.index(certain, IndicatorsModel.ACTUAL).data(HINT_IS_PROBLEM_ROLE)
    # the table is no wider than the window for it
    assert view.horizontalHeader().length() <= view.viewport().width() + 1
