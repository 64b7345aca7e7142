"""项目资金 on a 1366×768 laptop: the unit opens the 自评表 made from its mid-year form and reads
年初预算数, 全年预算数, 全年执行数 each on one line — the figures' columns are as wide as
their headers, the row names take the room left (equal shares wrapped them)."""

from __future__ import annotations

import pytest

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.headers import line_width
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


def one_line_headers(view) -> dict[str, bool]:
    header = view.horizontalHeader()
    model = view.model()
    return {model.headerData(c, header.orientation()):
            header.sectionSize(c) >= line_width(header, model.headerData(c, header.orientation()))
            for c in range(model.columnCount())}


@pytest.mark.parametrize("form", ["self_evaluation", "monitoring"])
def test_every_funds_header_stands_on_one_line_at_1366(qtbot, window, form):
    w, store = window
    mid_year = store.create(report_from_document(monitoring()))
    if form == "self_evaluation":
        w.list_page.refresh()
        w.list_page.select(mid_year)
        w.self_evaluation_action.trigger()
    else:
        w.open_report(mid_year)
    editor = w.editor
    editor.tabs.setCurrentWidget(editor.funds)
    view = editor.funds.rows.view
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 600)
    fits = one_line_headers(view)
    assert all(fits.values()), fits
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width() + 1  # no scrolling sideways
    # the row names take the room the figures leave (the fonts of a test screen are narrower than
    # a real one's: equal shares fitted here, and wrapped on the walk's 1366 screen)
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[0] > 2 * max(widths[1:4]), widths
