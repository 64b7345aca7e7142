"""A unit's second year: one action makes next year's report from this one, with the year
changes listed for review; typing an indicator name offers the library."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QLineEdit

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.reports import next_year_dialog
from perfeval_gui.ui.reports.source_report_dialog import SourceReportDialog
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def store(tmp_path, seed_report):
    s = ReportStore(tmp_path / "n.sqlite")
    seed_report.year = 2024
    seed_report.project.name = "2024年重大敏感时期值班接访"
    seed_report.indicators[0].target = "2024年11月30日前"
    s.create(seed_report)
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


def test_new_from_last_year_lists_the_moved_years_and_links_the_report(window, store, monkeypatch):
    shown = []

    def review(dialog):
        shown.append([(dialog.table.item(r, 0).text(), dialog.table.item(r, 2).text())
                      for r in range(dialog.table.rowCount())])
        return 1

    monkeypatch.setattr(next_year_dialog.NextYearChangesDialog, "show", review)
    monkeypatch.setattr(SourceReportDialog, "ask", lambda *a, **k: 2025)
    window.list_page.select(1)
    window.new_from_last_year()
    report = window.doc.report
    assert report.year == 2025 and report.project.name == "2025年重大敏感时期值班接访"
    fields = {new: field for field, new in shown[0]}  # field titles in the window's language
    assert fields["2025年重大敏感时期值班接访"] in ("Project name", "项目名称")
    assert fields["2025年11月30日前"] in ("Annual target, row 1", "年度指标值，第 1 行")
    assert all(i.actual == "" for i in report.indicators)
    assert store.previous_id(window.doc.report_id) == 1


def test_typing_an_indicator_name_offers_the_library_and_fills_the_row(qtbot, typist, window, store):
    from .test_type_the_seed import edit_cell

    window.open_report(1)
    doc = window.doc
    doc.insert("indicators", len(doc.report.indicators),
               type(doc.report.indicators[0])(level1="", level2="", name="", target=""))
    row = len(doc.report.indicators) - 1
    view = window.editor.indicators.view
    index = view.model().index(row, IndicatorsModel.NAME)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.completer() is not None
    completer = editor.completer()
    completer.setCompletionPrefix("群众满")
    assert completer.currentCompletion() == "群众满意度"  # offered as the user types
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    edit_cell(qtbot, typist, view, row, IndicatorsModel.NAME, "群众满意度")
    indicator = doc.report.indicators[row]
    assert (indicator.level1, indicator.level2, indicator.name, indicator.target) == (
        "满意度指标", "服务对象满意度指标", "群众满意度", "≥%")
    doc.undo_stack.undo()  # what the library brought goes; the typed name stays
    assert doc.report.indicators[row].level1 == "" and doc.report.indicators[row].target == ""
    assert doc.report.indicators[row].name == "群众满意度"


def test_the_store_s_own_indicators_are_offered_and_can_be_hidden(window, store):
    library = window.indicator_library()
    assert library.find("信访人滞留率").source == "builtin"
    assert library.find("重大敏感时期值班次数").source == "store"
    assert library.find("重大敏感时期值班次数").kind == "日期"  # its target became a deadline here
    prefs = '{"hidden": ["重大敏感时期值班次数"], "renamed": {"维稳支出": "维稳经费支出"}}'
    store.set_meta("indicator_library", prefs)
    library = window.indicator_library()
    assert library.find("重大敏感时期值班次数") is None
    assert library.find("维稳支出") is None and library.find("维稳经费支出").source == "store"


def test_the_years_of_a_project_side_by_side_and_on_paper(qtbot, window, store, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from perfeval_gui.ui.reports import comparison_dialog
    new_id, _ = store.create_next_year(1, 2025)
    window.open_report(new_id)
    window.doc.set("indicators[0].target", "2025年10月31日前")
    window.doc.set("indicators[1].weight", window.doc.report.indicators[1].weight + 1)
    window.doc.remove("indicators", 2)
    opened = []
    monkeypatch.setattr(comparison_dialog.ComparisonDialog, "exec", lambda d: opened.append(d) or 0)
    window.compare_years()
    dialog = opened[0]
    assert dialog.comparison.years == [2024, 2025]
    table = dialog.table
    assert table.horizontalHeaderItem(3).text() in ("2024 target", "2024 指标值")
    target_2025 = table.item(2, 6)  # row 0 and 1: 执行率 and 总分
    assert target_2025.text() == "2025年10月31日前"
    assert target_2025.background().color() == comparison_dialog.CHANGED
    assert table.item(3, 8).background().color() == comparison_dialog.CHANGED  # the weight
    cells = [table.item(r, 6) for r in range(table.rowCount())]
    dropped = next(r for r, item in enumerate(cells) if item and item.text() in ("dropped", "（已删除）"))
    assert table.item(dropped, 2).text() == "值班在位率"
    pdf = tmp_path / "years.pdf"
    assert dialog.write_pdf(pdf)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "历年绩效对比" in text and "2025年10月31日前" in text and "已删除" in text


def test_a_report_with_no_other_year_says_how_to_get_one(window, no_modal_dialogs):
    window.open_report(1)
    window.compare_years()
    assert "New from last year" in no_modal_dialogs[-1] or "由上年报告新建" in no_modal_dialogs[-1]


def test_an_imported_report_of_the_same_project_is_linked_when_the_user_agrees(
        window, store, tmp_path, monkeypatch, seed_report):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from perfeval_gui.core.interchange import report_to_json

    seed_report.year = 2025
    seed_report.project.name = "2025年 重大敏感时期值班接访"
    path = tmp_path / "next.json"
    path.write_text(report_to_json(seed_report), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.import_json()
    assert store.previous_id(window.doc.report_id) == 1
    assert store.project_reports(1) == [1, window.doc.report_id]


def test_last_year_s_actual_stands_grey_beside_each_new_target(window, store, monkeypatch):
    from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE

    monkeypatch.setattr(next_year_dialog.NextYearChangesDialog, "show", lambda d: None)
    monkeypatch.setattr(SourceReportDialog, "ask", lambda *a, **k: 2025)
    window.list_page.select(1)
    window.new_from_last_year()
    model = window.editor.indicators.model
    hint = model.index(1, IndicatorsModel.ACTUAL).data(HINT_ROLE)
    assert hint in ("Last year: 17%", "上年：17%")  # read from the linked report
    assert model.index(1, IndicatorsModel.ACTUAL).data(HINT_IS_PROBLEM_ROLE) is False
    assert window.doc.report.indicators[1].actual == ""  # a hint, never copied
    window.doc.set("indicators[1].actual", "16%")
    assert "17%" not in model.index(1, IndicatorsModel.ACTUAL).data(HINT_ROLE)


def test_the_user_hides_and_renames_their_own_entries_in_the_library_dialog(window, store, monkeypatch):
    from PySide6.QtCore import Qt

    from perfeval_gui.ui.reports import library_dialog
    def choose(dialog):
        rows = {dialog.table.item(r, 2).text(): r for r in range(dialog.table.rowCount())}
        assert "信访人滞留率" not in rows  # shipped: not the user's to change
        dialog.table.item(rows["重大敏感时期值班次数"], 0).setCheckState(Qt.CheckState.Checked)
        dialog.table.item(rows["维稳支出"], 1).setText("维稳经费支出")
        return 1

    monkeypatch.setattr(library_dialog.LibraryDialog, "exec", choose)
    window.edit_library()
    library = window.indicator_library()
    assert library.find("重大敏感时期值班次数") is None
    assert library.find("维稳支出") is None and library.find("维稳经费支出").source == "store"
    seen = []
    monkeypatch.setattr(library_dialog.LibraryDialog, "exec",
                        lambda d: seen.append(d.preferences()) or 0)
    window.edit_library()  # opened again, it shows what was chosen
    assert seen == [{"hidden": ["重大敏感时期值班次数"], "renamed": {"维稳支出": "维稳经费支出"}}]
