"""The editor at work: live scores, typed values read as the user means them, findings that
lead to their field, groups that move together, saving within a second."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE, IndicatorsModel

from .test_type_the_seed import edit_cell


@pytest.fixture
def export_anyway(monkeypatch):
    """The seed still has errors (its text contradicts its table): the user exports anyway."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_the_panel_follows_every_keystroke(qtbot, typist, window):
    editor = window.editor
    view = editor.indicators.view
    edit_cell(qtbot, typist, view, 1, IndicatorsModel.SCORE, "")  # take the rule score
    assert editor.panel.total_label.text() == "88.82"
    edit_cell(qtbot, typist, view, 1, IndicatorsModel.ACTUAL, "15%")
    assert editor.panel.rule_total_label.text() == "95"
    assert editor.panel.total_label.text() == "90"
    assert editor.panel.grade_label.text() == "优"


def test_targets_and_actuals_show_how_they_read(window):
    model = window.editor.indicators.model
    assert model.index(0, IndicatorsModel.TARGET).data(HINT_ROLE) == "≥ 2 次"
    window.doc.set("indicators[0].actual", "53批216人次")
    index = model.index(0, IndicatorsModel.ACTUAL)
    assert index.data(HINT_IS_PROBLEM_ROLE) is True
    assert "多个数值" in index.data(HINT_ROLE)


def test_an_empty_score_shows_the_rule_score_greyed(window):
    model = window.editor.indicators.model
    window.doc.set("indicators[1].score", None)
    index = model.index(1, IndicatorsModel.SCORE)
    assert index.data() == "8.82"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.EditRole) == ""


def test_yuan_typed_into_a_wan_column_converts(qtbot, typist, window):
    view = window.editor.funds.rows.view
    edit_cell(qtbot, typist, view, 1, 1, "50000元")
    assert window.doc.report.funds.rows[1].initial == Decimal(5)


def test_a_bad_amount_is_refused_with_a_message_naming_it(qtbot, typist, window):
    form = window.editor.funds
    messages = []
    form.model.rejected.connect(lambda path, why: messages.append((path, why)))
    edit_cell(qtbot, typist, form.rows.view, 0, 1, "-3")
    assert window.doc.report.funds.rows[0].initial == Decimal(5)
    assert messages and messages[0][0] == "funds.rows[0].initial" and "负数" in messages[0][1]
    shown = form.rows.status.text()  # the column's title and the row, as the user sees them
    assert form.model.columns[1].title in shown and "1" in shown and "负数" in shown


def test_credit_code_and_phone_are_checked_as_you_type(typist, window):
    cover = window.editor.cover
    code = cover.fields["project.credit_code"]
    code.setFocus()
    code.selectAll()
    typist(code, "11610831773827085A")
    assert code.problem and "18" in code.problem
    phone = cover.fields["evaluation.phone"]
    phone.selectAll()
    typist(phone, "1311928532")
    assert phone.problem


def test_clicking_a_finding_selects_its_field(qtbot, window):
    editor = window.editor
    editor.show_findings()
    findings = editor.panel.findings
    where = Qt.ItemDataRole.UserRole
    item = next(i for i in findings.leaf_items() if i.data(0, where) == "indicators[3].score")
    if item.parent() is not None:  # one of several of its kind: the user opens the group first
        item.parent().setExpanded(True)
    findings.scrollToItem(item)
    rect = findings.visualItemRect(item)
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tabs.currentWidget() is editor.indicators
    current = editor.indicators.view.currentIndex()
    assert (current.row(), current.column()) == (3, IndicatorsModel.SCORE)
    item = next(i for i in findings.leaf_items() if i.data(0, where) == "sections.analysis")
    editor.panel.finding_clicked.emit(item.data(0, Qt.ItemDataRole.UserRole))
    assert editor.tabs.currentWidget() is editor.narrative
    assert QApplication.focusWidget() is editor.narrative.sections["analysis"].editor


def test_renaming_a_merged_group_renames_every_row_in_one_step(qtbot, typist, window):
    view = window.editor.indicators.view
    assert view.rowSpan(0, IndicatorsModel.LEVEL1) == 5
    edit_cell(qtbot, typist, view, 0, IndicatorsModel.LEVEL1, "成本指标")  # a name of one's own
    assert [i.level1 for i in window.doc.report.indicators[:5]] == ["成本指标"] * 5
    window.doc.undo_stack.undo()
    assert [i.level1 for i in window.doc.report.indicators[:5]] == ["产出指标"] * 5


def test_a_whole_group_moves(window):
    form = window.editor.indicators
    form.view.setCurrentIndex(form.model.index(6, IndicatorsModel.NAME))
    form.move_group(-1)
    assert [i.level1 for i in window.doc.report.indicators] == ["产出指标"] * 5 + ["满意度指标", "效益指标"]
    form.move_group(-1)
    assert window.doc.report.indicators[0].level1 == "满意度指标"
    assert form.view.currentIndex().row() == 0


def test_ctrl_z_in_a_field_undoes_through_the_report(qtbot, typist, window):
    name = window.editor.cover.fields["project.name"]
    name.setFocus()
    typist(name, "（改）")
    assert window.doc.report.project.name.endswith("（改）")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.report.project.name == "重大敏感时期值班接访"
    assert name.text() == "重大敏感时期值班接访"


def test_a_draft_is_inserted_and_can_be_undone(qtbot, window):
    section = window.editor.narrative.sections["analysis"]
    before = window.doc.report.sections.analysis
    qtbot.mouseClick(section.draft_button, Qt.MouseButton.LeftButton)
    assert "自评总分 85 分" in section.editor.toPlainText()
    assert section.check_now() == []
    window.doc.undo_stack.undo()
    assert section.editor.toPlainText() == before
    assert section.check_now()  # the seed's own text: 90% and 工会入会率


def test_edits_reach_the_store_within_a_second(qtbot, typist, window):
    name = window.editor.cover.fields["project.region"]
    typist(name, "陕西省")
    qtbot.waitUntil(lambda: window.store.load(window.doc.report_id).project.region == "子洲县陕西省",
                    timeout=1500)
    assert "保存" in window.windowTitle() or "saved" in window.windowTitle()


def test_a_store_that_cannot_be_written_keeps_the_edits_and_says_so(monkeypatch, typist, window):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.store.db.execute("PRAGMA query_only = ON")
    typist(window.editor.cover.fields["project.region"], "X")
    assert not window.saver.flush()
    assert shown and "无法写入" in shown[0]
    assert window.doc.report.project.region == "子洲县X"  # still in the window
    window.store.db.execute("PRAGMA query_only = OFF")
    assert window.saver.flush()
    assert window.store.load(window.doc.report_id).project.region == "子洲县X"


def test_save_as_moves_the_report_to_another_store(monkeypatch, tmp_path, window):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "elsewhere.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_as()
    other = ReportStore(target)
    assert [s.name for s in other.list()] == ["重大敏感时期值班接访"]
    other.close()


def test_the_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.editor.indicators.model)
    qtmodeltester.check(window.editor.funds.model)
    qtmodeltester.check(window.editor.team.model)


def test_export_from_the_window_runs_in_the_background(monkeypatch, qtbot, tmp_path, window,
                                                       export_anyway):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_pdf_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_print_draws_the_pdf_pages(tmp_path, seed_report, national):
    from PySide6.QtPrintSupport import QPrinter

    from perfeval_gui.export.writer import export_report
    from perfeval_gui.ui.files.export_actions import paint_pdf

    pdf = tmp_path / "r.pdf"
    export_report(seed_report, national, pdf=pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setFullPage(True)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    paint_pdf(pdf, printer)
    from pypdf import PdfReader

    assert len(PdfReader(printed).pages) == len(PdfReader(pdf).pages)


def test_switching_the_profile_rescores_at_once(window):
    cover = window.editor.cover
    cover.profile.setCurrentIndex(cover.profile.findData("budget-system"))
    cover.profile.activated.emit(cover.profile.currentIndex())
    assert window.doc.report.profile == "budget-system"
    assert window.editor.panel.rule_total_label.text() == "91.82"


def test_leaving_a_field_saves_at_once(qtbot, typist, window):
    region = window.editor.cover.fields["project.region"]
    region.setFocus()
    typist(region, "北")
    window.editor.cover.fields["project.name"].setFocus()  # Tab to the next field
    assert window.store.load(window.doc.report_id).project.region == "子洲县北"


def test_export_asks_first_when_errors_remain(monkeypatch, tmp_path, window):
    from PySide6.QtWidgets import QFileDialog

    window.doc.set("indicators[0].score", Decimal(30))  # a score above its weight: an error
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("no file dialog after No"))
    window.export_docx_action.trigger()
    assert asked and "30" in asked[0]
    assert list(tmp_path.glob("*.docx")) == []


def test_a_locked_target_gets_a_clear_message(monkeypatch, qtbot, tmp_path, window, export_anyway):
    import os

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "locked.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    real_replace = os.replace

    def locked(source, destination):
        if str(destination) == str(target):
            raise PermissionError(13, "Permission denied", str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", locked)
    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "其他程序" in shown[0] and not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_batch_export_writes_one_file_per_report_of_the_year(monkeypatch, qtbot, tmp_path, window,
                                                             seed_report):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    seed_report.project.name = "第二个项目"
    window.store.create(seed_report)
    out = tmp_path / "batch"
    out.mkdir()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2023", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    window.batch_docx_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    names = sorted(p.name for p in out.glob("*.docx"))
    assert len(names) == 2 and any("第二个项目" in n for n in names)


def test_import_and_export_json_through_the_file_dialogs(monkeypatch, tmp_path, window, seed_text):
    import json

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_json_action.trigger()
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(seed_text)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.import_action.trigger()
    assert window.doc.report_id != 1 and len(window.store.list()) == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "perfeval-report", "format_version": 2}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.import_action.trigger()
    assert shown and "format_version" in shown[0]


def test_the_table_alone_in_landscape(monkeypatch, qtbot, tmp_path, window, export_anyway):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    target = tmp_path / "table.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][1], True))  # 横向
    window.table_pdf_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    pages = PdfReader(target).pages
    assert len(pages) == 1 and pages[0].mediabox.width > pages[0].mediabox.height


def test_every_edit_command_says_what_it_changed_and_the_store_writes_just_that(typist, window):
    doc, store = window.doc, window.store
    said = []
    doc.changed.connect(said.append)
    first, second = doc.report.indicators[0], doc.report.indicators[1]
    doc.set("indicators[1].actual", "2次")
    assert said[-1].fields == {f"indicators[#{second.row_id}].actual"}
    doc.reorder("indicators", [1, 0, *range(2, len(doc.report.indicators))])
    assert said[-1].moved == {"indicators"} and not said[-1].fields
    doc.undo_stack.undo()  # the move back
    doc.undo_stack.redo()
    doc.end_typing()
    stored = store.load(doc.report_id)
    assert [i.row_id for i in stored.indicators[:2]] == [second.row_id, first.row_id]
    assert stored.indicators[0].actual == "2次"
    # the cover's name changes nothing the scores read: the panel is not redrawn for it
    typist(window.editor.cover.fields["project.name"], "x")
    assert not said[-1].affects_scores() and said[-1].fields == {"project.name"}


def test_fields_are_named_as_the_user_sees_them(window):
    label_of = window.editor.label_of
    assert label_of("project.name") == "Project name"
    assert label_of("indicators[2].actual") == "Performance indicators · Actual, row 3"
    assert label_of("funds.rows[1].executed") == "Funds and goal · Executed, row 2"
    assert label_of("team") == "Evaluation team"


def test_the_findings_after_edits_are_those_of_a_full_check(typist, window):
    from perfeval_gui.core.checks import run_checks

    doc = window.doc
    doc.findings()
    typist(window.editor.cover.fields["evaluation.phone"], "12")
    doc.set("indicators[0].actual", "1次")
    doc.reorder("team", list(reversed(range(len(doc.report.team)))))
    assert doc.findings() == run_checks(doc.report, doc.profile(), doc.result())


def test_a_tab_s_form_is_built_when_first_shown_and_a_held_report_s_stays_read_only(qtbot, seed_report):
    from PySide6.QtWidgets import QLineEdit

    from perfeval_gui.core.profiles import default_library
    from perfeval_gui.ui.editor.report_document import ReportDocument
    from perfeval_gui.ui.editor.report_editor import ReportEditor

    doc = ReportDocument(seed_report, None, default_library(), read_only=True)
    editor = ReportEditor(doc)
    qtbot.addWidget(editor)
    assert [type(f).__name__ for f in editor.built_forms()] == ["CoverForm"]  # what opening shows
    editor.tabs.setCurrentIndex(4)  # 评价组成员
    team = editor.team
    assert editor.tabs.currentWidget() is team and editor.tabs.tabText(4) and len(editor.built_forms()) == 2
    edits = team.findChildren(QLineEdit)
    assert all(e.isReadOnly() for e in edits)  # built after the hold was known: read-only too
    assert editor.go_to("indicators[0].actual") is None and editor.tabs.currentWidget() is editor.indicators


def test_every_edit_its_undo_and_another_windows_save_are_told_once_through_changed(window):
    """One notification path: the document tells what changed as one Change per step, rows
    by id, and the cells, tables and fields follow it (no other signal carries edits)."""
    import copy

    from perfeval_gui.core.changes import RowRef
    from perfeval_gui.core.model import Indicator

    doc, heard = window.doc, []
    doc.changed.connect(heard.append)
    assert not hasattr(doc, "field_changed") and not hasattr(doc, "list_changed")
    assert not hasattr(doc, "adopted")  # another window's saves come through changed too
    row = doc.report.indicators[1]
    before = row.actual
    doc.set("indicators[1].actual", "9次")
    assert heard[-1].fields == {f"indicators[#{row.row_id}].actual"}
    view_model = window.editor.indicators.model
    assert view_model.index(1, IndicatorsModel.ACTUAL).data() == "9次"
    doc.insert("indicators", 0, Indicator(level1="产出指标", level2="数量指标", name="新指标"))
    added = heard[-1].added
    assert len(added) == 1 and next(iter(added)).list_path == "indicators"
    assert view_model.rowCount() == len(doc.report.indicators)
    doc.undo_stack.undo()  # the row goes
    assert heard[-1].removed == {RowRef("indicators", next(iter(added)).row_id)}
    doc.undo_stack.undo()  # the actual comes back, on the row found by its id
    assert heard[-1].fields == {f"indicators[#{row.row_id}].actual"} and row.actual == before
    theirs = copy.deepcopy(doc.report)
    theirs.project.name = "另一窗口改的名称"
    told = len(heard)
    doc.adopt(theirs, (doc.revision or 0) + 1)
    assert len(heard) == told + 1 and heard[-1].fields == {"project.name"}
    assert window.editor.cover.fields["project.name"].text() == "另一窗口改的名称"
