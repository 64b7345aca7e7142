"""从 Word/Excel 导入: last year's Word 自评表 and this year's Excel 申报表 turned into reports,
with a preview of what was recognised and what was not before anything is written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from perfeval_gui.ui.files.import_preview import ImportPreviewDialog
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.reader.builders import (
    HEADER,
    NAMES,
    Grid,
    indicator_rows,
    project_block,
    total_row,
    write_docx,
    write_xlsx,
)


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_report()


def last_years_word_form(tmp_path):
    form = Grid()
    project_block(form)
    form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    form.add("满意度指标", "服务对象满意度指标", "指标1", "", "", "", "", "")
    total_row(form)
    return write_docx(tmp_path / "2023自评表.docx", ["项目支出绩效自评表", "（2023年度）", form])


def this_years_excel_declaration(tmp_path):
    grid = Grid()
    grid.add("2024年度项目支出绩效目标申报表")
    grid.add("三级指标", "指标性质", "指标值", "度量单位", "分值")
    grid.add("培训人次", "≥", 600, "人次", 20)  # raised from ≥500人次
    grid.add("培训合格率", "≥", 95, "%", 20)  # unchanged
    grid.add("带动就业人数", "≥", 50, "人", 10)  # new this year
    return write_xlsx(tmp_path / "2024申报表.xlsx", [grid])


def choose_files(monkeypatch, *paths) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def answer_previews(monkeypatch, answer) -> list[ImportPreviewDialog]:
    """Each preview, as the user sees it, answered by *answer(dialog)*."""
    seen: list[ImportPreviewDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return seen


def column(table, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_last_years_word_form_becomes_a_new_report_after_the_preview(monkeypatch, tmp_path, window,
                                                                     store):
    before = len(store.list())
    choose_files(monkeypatch, last_years_word_form(tmp_path))
    seen = answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    dialog = seen[0]
    assert "2023" in dialog.summary.text() and "职业技能培训" in dialog.summary.text()
    indicators = dialog.findChild(object, "indicators")
    assert column(indicators, 2) == NAMES
    assert column(indicators, 4)[0] == "≥ 500 人次"  # the target as the app reads it
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("“指标1”是模板占位行" in n for n in notes)
    funds = dialog.findChild(object, "funds")
    assert column(funds, 0) == ["年度资金总额", "其中：当年财政拨款", "上年结转资金"]
    assert len(store.list()) == before + 1
    assert window.doc is not None  # the new report is open
    report = window.doc.report
    assert [i.name for i in report.indicators] == NAMES and report.year == 2023
    assert report.extra["printed"]["total"] == 98


def test_this_years_excel_declaration_updates_the_targets_of_a_report(monkeypatch, tmp_path, window,
                                                                      store):
    choose_files(monkeypatch, last_years_word_form(tmp_path))
    answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    report_id = window.doc.report_id
    window.show_list()

    def as_targets(dialog):
        dialog.targets_radio.setChecked(True)
        dialog.reports.setCurrentIndex(dialog.reports.findData(report_id))
        dialog.accept()

    choose_files(monkeypatch, this_years_excel_declaration(tmp_path))
    seen = answer_previews(monkeypatch, as_targets)
    window.import_documents_action.trigger()
    changes = [seen[0].change_list.item(i).text() for i in range(seen[0].change_list.count())]
    assert any("培训人次" in c and "≥500人次 → ≥600人次" in c for c in changes)
    assert any("带动就业人数" in c for c in changes)
    updated = store.load(report_id)
    targets = {i.name: i.target for i in updated.indicators}
    assert targets["培训人次"] == "≥600人次" and targets["培训合格率"] == "≥95%"
    assert targets["带动就业人数"] == "≥50人"
    assert len(store.list()) == 2  # the demo and last year's form: no report was added


def test_a_file_without_a_form_says_so_and_a_skipped_preview_writes_nothing(
        monkeypatch, tmp_path, window, store, no_modal_dialogs):
    letter = write_docx(tmp_path / "通知.docx", ["关于报送绩效自评材料的通知"])
    before = len(store.list())
    choose_files(monkeypatch, letter, last_years_word_form(tmp_path))
    seen = answer_previews(monkeypatch, lambda d: d.reject())
    window.import_documents_action.trigger()
    assert any("通知.docx" in s and "没有找到项目支出绩效自评表或绩效目标申报表" in s
               for s in no_modal_dialogs)
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Rejected
    assert len(store.list()) == before and window.doc is None


def test_the_self_evaluation_table_exported_to_excel_reads_back(monkeypatch, qtbot, tmp_path, window,
                                                               store, seed_report):
    from PySide6.QtWidgets import QMessageBox

    from perfeval_gui.reader import read_file

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.open_report(store.create(seed_report))
    target = tmp_path / "自评表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.table_xlsx_action.trigger()  # no orientation asked: the sheet is A4 landscape
    qtbot.waitUntil(target.exists, timeout=10_000)
    read = read_file(target).report
    assert [(i.name, i.target, i.actual) for i in read.indicators] == [
        (i.name, i.target, i.actual) for i in seed_report.indicators]


def test_targets_into_a_report_of_another_project_warn_before_anything_is_written(
        monkeypatch, tmp_path, window, store):
    demo = next(s for s in store.list() if s.is_demo)
    before = store.load(demo.id)

    def look_then_skip(dialog):
        dialog.targets_radio.setChecked(True)
        dialog.reports.setCurrentIndex(dialog.reports.findData(demo.id))
        dialog.reject()

    choose_files(monkeypatch, this_years_excel_declaration(tmp_path))
    seen = answer_previews(monkeypatch, look_then_skip)
    window.import_documents_action.trigger()
    first = seen[0].change_list.item(0).text()
    assert "right report" in first or "请确认" in first
    assert store.load(demo.id).indicators == before.indicators


def test_skipping_every_file_goes_back_to_the_report_that_was_open(monkeypatch, tmp_path, window,
                                                                   store):
    demo = next(s for s in store.list() if s.is_demo)
    window.open_report(demo.id)
    choose_files(monkeypatch, last_years_word_form(tmp_path))
    answer_previews(monkeypatch, lambda d: d.reject())
    window.import_documents_action.trigger()
    assert window.doc is not None and window.doc.report_id == demo.id


def test_next_years_form_is_linked_to_its_stored_project_when_the_user_agrees(monkeypatch, tmp_path,
                                                                              window, store):
    choose_files(monkeypatch, last_years_word_form(tmp_path))
    answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    first = window.doc.report_id
    later = store.load(first)
    later.year += 1  # the same project's form of the next year
    path = tmp_path / "next.docx"
    from PySide6.QtWidgets import QMessageBox

    from perfeval_gui.export.writer import export_report

    export_report(later, window.library.get(later.profile), docx=path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    choose_files(monkeypatch, path)
    window.import_documents_action.trigger()
    assert asked and store.previous_id(window.doc.report_id) == first


def test_several_files_are_imported_all_or_nothing(monkeypatch, tmp_path, window, store, no_modal_dialogs):
    from perfeval_gui.core.messages import UserError
    from perfeval_gui.store.repository import ReportStore

    first = last_years_word_form(tmp_path)
    second = first.with_name("copy.docx")
    second.write_bytes(first.read_bytes())
    before = len(store.list())
    choose_files(monkeypatch, first, second)
    answer_previews(monkeypatch, lambda d: d.accept())
    original, made = ReportStore.create, []

    def second_fails(self, report, *args, **kwargs):  # type: ignore[no-untyped-def]
        if made:
            raise UserError(str(self.path), "store.disk_full")
        made.append(original(self, report, *args, **kwargs))
        return made[-1]

    monkeypatch.setattr(ReportStore, "create", second_fails)
    window.import_documents_action.trigger()
    assert len(made) == 1  # the first was written, inside the import's one transaction ...
    assert len(store.list()) == before  # ... and is gone with it
    monkeypatch.setattr(ReportStore, "create", original)
    window.import_documents_action.trigger()
    assert len(store.list()) == before + 2
