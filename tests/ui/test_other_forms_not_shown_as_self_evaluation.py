"""A project's declaration or monitoring form in the store (imported, or from the command line)
is not opened in the 自评表's editor, where it would show 分值 0, ask for a 全年执行数 and hide
its mid-year figures: the window says what it is and where it can be used, and holds nothing."""

from __future__ import annotations

import pytest

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow

from ..cycle_documents import declaration, monitoring


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))  # holds the demo report
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_report()


@pytest.mark.parametrize("document", [declaration, monitoring])
def test_a_form_the_window_cannot_show_is_named_not_opened(window, store, no_modal_dialogs, document):
    demo = store.list()[0].id
    window.open_report(demo)
    form = store.create(report_from_document(document()))
    window.open_report(form)
    assert window.doc is None and window.editor is None  # the demo was closed, nothing opened
    assert "monitoring form" in no_modal_dialogs[-1] or "监控" in no_modal_dialogs[-1]
    assert window.pages.currentWidget() is window.home and window.list_page.selected_id() == form
    assert window.holds.report_holder(form) is None  # no hold left for a report not open
    window.open_report(demo)  # the 自评表 opens as before
    assert window.doc is not None and window.doc.report_id == demo
