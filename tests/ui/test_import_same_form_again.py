"""The unit imports again the 运行监控表 it exported from this app (the file carries the project
key and the form): the preview says the project already has a monitoring form for 2024 in the
store, names it, and offers to open it — nothing imported — or to import it as another; imported
as another, the list marks both."""

from __future__ import annotations

import pytest

from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.writer import export_report
from perfeval_gui.ui.reports.report_list_model import ReportListModel
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.export.test_cycle_forms import sample

from .test_document_import import answer_previews, choose_files


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))
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


def exported(tmp_path, store, kind: str):
    """The monitoring form stored, and the file the app wrote of it."""
    report = sample("monitoring")
    stored = store.create(report)
    path = tmp_path / f"监控表.{kind}"
    export_report(report, default_library().get(report.profile), **{kind: path})
    return stored, path


def form_cells(window) -> dict[int, str]:
    model = window.list_page.model
    return {model.summary(r).id: model.index(r, ReportListModel.FORM).data()
            for r in range(model.rowCount())}


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_preview_names_the_stored_form_and_opens_it_instead(monkeypatch, tmp_path, window,
                                                                store, kind):
    stored, path = exported(tmp_path, store, kind)
    before = len(store.list())
    choose_files(monkeypatch, path)
    seen = answer_previews(monkeypatch, lambda d: d.open_stored_button.click())
    window.import_documents_action.trigger()
    dialog = seen[0]
    said = dialog.same_form.text()
    assert not dialog.same_form.isHidden()
    assert dialog.tr("monitoring form") in said and "2024" in said and str(stored) in said
    assert store.load(stored).project.name in said
    assert dialog.import_button.text() == dialog.tr("Import as another")
    assert len(store.list()) == before  # nothing imported
    assert window.doc is not None and window.doc.report_id == stored


def test_imported_as_another_both_are_marked_in_the_list(monkeypatch, tmp_path, window, store):
    stored, path = exported(tmp_path, store, "docx")
    choose_files(monkeypatch, path)
    answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    second = window.doc.report_id
    assert second != stored and store.load(second).project_key == store.load(stored).project_key
    window.show_list()
    cells = form_cells(window)
    assert cells[stored].endswith("(×2)") and cells[second].endswith("(×2)")


def test_a_form_of_another_year_or_without_a_key_is_imported_without_a_word(monkeypatch, tmp_path,
                                                                           window, store):
    report = sample("monitoring")
    report.year = 2023
    report.period_end = "2023-07-31"
    store.create(report)
    path = tmp_path / "监控表.docx"
    fresh = sample("monitoring")
    export_report(fresh, default_library().get(fresh.profile), docx=path)
    choose_files(monkeypatch, path)
    seen = answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    assert seen[0].same_form.isHidden() and seen[0].import_button.text() == seen[0].tr("Import")
