"""A project's year in the window (issue 27): the user makes a 申报表, types its targets and
sees them checked as they are typed; makes the 运行监控表 from it (indicators and targets
carried, nothing retyped), fills the mid-year figures, ticks 偏差原因, chooses 完成目标可能性,
and sees the monitoring findings come and go; a period end outside the year is refused naming
the field; everything comes back from the store as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from perfeval_gui.core.forms import DECLARATION, MONITORING
from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.values import ValueUnreadable, parse_value
from perfeval_gui.ui.editor.cycle_cells import CausesEditor
from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE
from perfeval_gui.ui.reports.new_form_dialog import NewFormDialog
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow

from ..cycle_documents import hubei_monitoring, monitoring


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


def answer_new_form(qtbot, window, form: str, fill) -> list[str]:
    """新建 the form through its menu action; *fill* answers the dialog as the user would (and
    returns whether it expects it to close). Returns the problems the dialog showed."""
    problems: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewFormDialog)
        fill(dialog)
        dialog.accept()
        if dialog.isVisible():  # refused: the user reads why and gives up
            problems.append(dialog.problem.text())
            dialog.reject()

    QTimer.singleShot(0, answer)
    action = window.new_declaration_action if form == DECLARATION else window.new_monitoring_action
    action.trigger()
    return problems


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor (F2), replace its text, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    assert isinstance(line, QLineEdit)
    line.selectAll()
    line.insert(text)
    line.textEdited.emit(line.text())
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def codes(window) -> list[str]:
    return [f.code for f in window.doc.findings()]


def panel_shows(window, code: str) -> bool:
    window.editor.show_findings()
    lines = window.editor.panel.finding_lines()
    finding = next((f for f in window.doc.findings() if f.code == code), None)
    return finding is not None and any(finding.message.text("zh") in line for line in lines)


def make_declaration(qtbot, window, store) -> int:
    answer_new_form(qtbot, window, DECLARATION, lambda d: d.year.setValue(2024))
    assert window.doc is not None and window.doc.report.form == DECLARATION
    return window.doc.report_id


def test_a_declaration_is_made_and_its_targets_are_checked_as_typed(qtbot, window, store):
    file_menu = window.menuBar().actions()[0].menu().actions()
    assert window.new_declaration_action in file_menu and window.new_monitoring_action in file_menu
    report_id = make_declaration(qtbot, window, store)
    editor = window.editor
    # no evaluation on a declaration: no report text, no team, no points, no 实际完成
    visible = [editor.tabs.tabText(i) for i in range(editor.tabs.count()) if editor.tabs.isTabVisible(i)]
    assert len(visible) == 3 and not editor.panel.totals.isVisible()
    assert [c.field for c in editor.funds.model.columns] == ["label", "requested"]
    assert not editor.funds.achieved.isVisibleTo(editor.funds)
    assert not editor.cover.fields["evaluation.leader"].isVisibleTo(editor.cover)

    form = editor.indicators
    editor.tabs.setCurrentWidget(form)
    assert [c.field for c in form.model.columns] == ["level1", "level2", "name", "target"]
    form.add_row()
    model, view = form.model, form.view
    edit_cell(qtbot, view, 0, model.LEVEL1, "产出指标")
    edit_cell(qtbot, view, 0, model.LEVEL2, "数量指标")
    edit_cell(qtbot, view, 0, model.NAME, "培训人次")
    edit_cell(qtbot, view, 0, model.TARGET, "进一步扩大培训覆盖面")
    # the 自评表's target checks, live: a quantity group's target without a figure
    qtbot.waitUntil(lambda: panel_shows(window, "not_measurable"), timeout=3000)
    edit_cell(qtbot, view, 0, model.TARGET, "≥600人次")
    assert model.index(0, model.TARGET).data(HINT_ROLE) == "≥ 600 人次"
    qtbot.waitUntil(lambda: "not_measurable" not in codes(window), timeout=3000)
    # the finding's click goes to the cell
    edit_cell(qtbot, view, 0, model.TARGET, "600")
    qtbot.waitUntil(lambda: "bare_target" in codes(window), timeout=3000)
    view.setCurrentIndex(model.index(0, model.NAME))
    # the panel's click
    editor.panel.finding_clicked.emit(next(f.where for f in window.doc.findings()
                                           if f.code == "bare_target"))
    assert view.currentIndex().column() == model.TARGET
    # a declaration's own check: a quantity names its unit
    edit_cell(qtbot, view, 0, model.TARGET, "≥600")
    qtbot.waitUntil(lambda: "target_without_unit" in codes(window), timeout=3000)
    edit_cell(qtbot, view, 0, model.TARGET, "600")
    # undoable like any edit, one cell's edit a step, and saved
    window.undo_action.trigger()
    assert window.doc.report.indicators[0].target == "≥600"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.report.indicators[0].target == "≥600人次"
    assert window.saver.flush()
    assert store.load(report_id).indicators[0].target == "≥600人次"


def test_a_monitoring_form_from_the_declaration_is_filled_and_checked(qtbot, window, store):
    declaration_id = make_declaration(qtbot, window, store)
    form = window.editor.indicators
    for row, (level2, name, target) in enumerate((("数量指标", "培训人次", "≥600人次"),
                                                  ("质量指标", "合格率", "≥95%"))):
        form.add_row()
        edit_cell(qtbot, form.view, row, form.model.LEVEL1, "产出指标")
        edit_cell(qtbot, form.view, row, form.model.LEVEL2, level2)
        edit_cell(qtbot, form.view, row, form.model.NAME, name)
        edit_cell(qtbot, form.view, row, form.model.TARGET, target)

    def from_the_declaration(dialog: NewFormDialog) -> None:
        assert dialog.from_source.isChecked()
        assert dialog.period_end.text() == "2024-07-31"  # the profile's default, centrally

    assert answer_new_form(qtbot, window, MONITORING, from_the_declaration) == []
    doc = window.doc
    assert doc.report.form == MONITORING and doc.report_id != declaration_id
    assert "monitoring form" in window.windowTitle()  # not the declaration's title
    # carried, nothing retyped; one project
    assert [(i.name, i.target) for i in doc.report.indicators] == [("培训人次", "≥600人次"),
                                                                   ("合格率", "≥95%")]
    assert doc.report.project_key and store.load(declaration_id).project_key == doc.report.project_key

    editor = window.editor
    form = editor.indicators
    model, view = form.model, form.view
    editor.tabs.setCurrentWidget(form)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # the period's month in the header (1–7月执行情况), as the profile's table has it
    assert "1–7" in headers[model.TO_DATE] and model.LIKELIHOOD > model.TO_DATE
    assert len(headers) == len(set(headers)) == 9
    assert not form.form_causes.isVisible()  # the central template asks the causes in each row

    # 1–N 月执行情况 read like an actual, the same in-cell message as the 自评表's when unreadable
    edit_cell(qtbot, view, 0, model.TO_DATE, "约3到5")
    with pytest.raises(ValueUnreadable) as unreadable:
        parse_value("约3到5")
    assert model.index(0, model.TO_DATE).data(HINT_IS_PROBLEM_ROLE) is True
    assert model.index(0, model.TO_DATE).data(HINT_ROLE) == unreadable.value.message.text("zh")
    edit_cell(qtbot, view, 0, model.TO_DATE, "320人次")
    assert model.index(0, model.TO_DATE).data(HINT_ROLE) == "320 人次"

    # 有可能 without 偏差原因 or 备注: findings, in the row
    edit_cell(qtbot, view, 1, model.LIKELIHOOD, "有可能")
    assert doc.report.indicators[1].likelihood == "有可能"
    qtbot.waitUntil(lambda: {"at_risk_without_cause", "at_risk_without_remarks"} <= set(codes(window)),
                    timeout=3000)
    assert panel_shows(window, "at_risk_without_cause")

    # ticking a category and writing its words
    index = model.index(1, model.CAUSES)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    causes = view.indexWidget(index)
    assert isinstance(causes, CausesEditor)
    assert list(causes.boxes) == ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    causes.boxes["经费保障"].click()
    causes.words["经费保障"].setText("资金 6 月才下达")
    causes.words["经费保障"].textEdited.emit("资金 6 月才下达")
    causes.other.setText("检测设备未到")
    causes.other.textEdited.emit("检测设备未到")
    qtbot.keyClick(causes.words["经费保障"], Qt.Key.Key_Return)
    QApplication.processEvents()
    row = doc.report.indicators[1]
    assert row.causes == {"经费保障": "资金 6 月才下达"} and row.cause_text == "检测设备未到"
    assert model.index(1, model.CAUSES).data() == "经费保障：资金 6 月才下达；检测设备未到"
    qtbot.waitUntil(lambda: "at_risk_without_cause" not in codes(window), timeout=3000)
    assert "at_risk_without_remarks" in codes(window)

    remarks = next(f for f in window.doc.findings() if f.code == "at_risk_without_remarks")
    editor.panel.finding_clicked.emit(remarks.where)  # the finding's click: that row's 备注
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, model.column_of("remarks"))
    edit_cell(qtbot, view, 1, model.column_of("remarks"), "下半年集中采购")
    qtbot.waitUntil(lambda: "at_risk_without_remarks" not in codes(window), timeout=3000)
    window.undo_action.trigger()  # every edit undoable: the 备注 goes, the finding comes back
    qtbot.waitUntil(lambda: "at_risk_without_remarks" in codes(window), timeout=3000)
    window.redo_action.trigger()

    # 不可能 typed is 完全不可能, the same level
    edit_cell(qtbot, view, 0, model.LIKELIHOOD, "不可能")
    assert doc.report.indicators[0].likelihood == "完全不可能"
    edit_cell(qtbot, view, 0, model.LIKELIHOOD, "确定能")

    # the funds: 执行率 against the time progress, no points
    funds = editor.funds
    assert [c.field for c in funds.model.columns] == ["label", "initial", "adjusted",
                                                      "executed_to_date", "projected"]
    assert not editor.panel.totals.isVisible() and editor.panel.monitoring.isVisible()
    funds.model.setData(funds.model.index(0, 1), "100")
    funds.model.setData(funds.model.index(0, 3), "20")
    assert editor.panel.monitoring.rate.text() == "20%"
    assert "58.33%" in editor.panel.monitoring.time.text()
    qtbot.waitUntil(lambda: "execution_lags" in codes(window), timeout=3000)
    funds.model.setData(funds.model.index(0, 3), "55")
    qtbot.waitUntil(lambda: "execution_lags" not in codes(window), timeout=3000)

    # reopened from the store: the same
    report_id = doc.report_id
    shown = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert window.close_report()
    window.open_report(report_id)
    again = window.editor.indicators.model
    assert [[again.index(r, c).data() for c in range(again.columnCount())]
            for r in range(again.rowCount())] == shown
    back = store.load(report_id)
    assert back.form == MONITORING and back.period_end == "2024-07-31"
    assert (back.indicators[1].causes, back.indicators[1].cause_text, back.indicators[1].remarks) == (
        {"经费保障": "资金 6 月才下达"}, "检测设备未到", "下半年集中采购")
    assert back.funds.rows[0].executed_to_date == 55


def test_a_period_end_outside_the_year_is_refused_naming_the_field(qtbot, window, store):
    before = len(store.list())

    def outside(dialog: NewFormDialog) -> None:
        dialog.year.setValue(2024)
        dialog.period_end.setText("2023-07-31")

    problems = answer_new_form(qtbot, window, MONITORING, outside)
    assert len(problems) == 1 and "监控截止日期" in problems[0] and "2024" in problems[0]
    assert len(store.list()) == before and window.doc is None  # nothing made

    assert answer_new_form(qtbot, window, MONITORING, lambda d: d.year.setValue(2024)) == []
    cover = window.editor.cover
    window.editor.tabs.setCurrentWidget(cover)
    field = cover.fields["period_end"]
    assert field.isVisibleTo(cover)
    field.edit.setText("2025-06-30")
    field.edit.commit()
    assert field.problem is not None and "监控截止日期" in field.problem
    assert window.doc.report.period_end == "2024-07-31"  # the model keeps its good value
    field.edit.setText("2024-06-30")
    field.edit.commit()
    assert field.problem is None and window.doc.report.period_end == "2024-06-30"
    header = window.editor.indicators.model.headerData(4, Qt.Orientation.Horizontal)
    assert "1–6" in header  # the headers follow the period (1–6月执行情况)
    # the year moves its period end with it, in one step
    cover.year.setValue(2025)
    assert window.doc.report.period_end == "2025-06-30"


def test_a_province_asking_the_causes_once_per_form(qtbot, window, store, no_modal_dialogs):
    """湖北 (黄石市, 2019): no 全年预计, no 偏差原因 column; 原因分析 and 建议举措 once, under
    the table; a finding about them goes to them."""
    report_id = store.create(report_from_document(hubei_monitoring()))
    window.open_report(report_id)
    editor = window.editor
    form = editor.indicators
    editor.tabs.setCurrentWidget(form)
    assert [c.field for c in form.model.columns] == ["level1", "level2", "name", "target",
                                                     "to_date", "likelihood", "remarks"]
    assert form.form_causes.isVisible()
    measures = form.fields["measures"]
    assert measures.toPlainText() == "下半年争取专项资金，更新车辆"
    measures.setPlainText("")
    qtbot.waitUntil(lambda: "at_risk_without_remarks" in codes(window), timeout=3000)
    finding = next(f for f in window.doc.findings() if f.code == "at_risk_without_remarks")
    assert finding.where == "measures"
    editor.panel.finding_clicked.emit(finding.where)
    assert QApplication.focusWidget() is measures or measures.hasFocus()


def test_the_monitoring_sample_opens_with_its_figures(qtbot, window, store):
    report_id = store.create(report_from_document(monitoring()))
    window.open_report(report_id)
    model = window.editor.indicators.model
    assert model.index(1, model.CAUSES).data() == "经费保障：资金 6 月才下达；其他：天气"
    assert model.index(1, model.LIKELIHOOD).data() == "有可能"
    assert model.index(0, model.PROJECTED).data(HINT_ROLE) == "610 人次"
    panel = window.editor.panel.monitoring
    assert panel.rate.text() == "30%" and "推广实用技术" in panel.at_risk.text()
    box = window.editor.cover.fields["evaluation_kinds"]
    assert isinstance(box, QCheckBox) and not box.isVisibleTo(window.editor.cover)


def test_another_profile_gives_the_form_its_own_table(qtbot, window, store):
    """The profile chosen on the cover decides the monitoring table (湖北: causes once per
    form, no projection); undone, the central template's table is back."""
    report_id = store.create(report_from_document(monitoring()))
    window.open_report(report_id)
    editor = window.editor
    form = editor.indicators
    editor.tabs.setCurrentWidget(form)
    central = [c.field for c in form.model.columns]
    cover = editor.cover
    cover.profile.activated.emit(cover.profile.findData("hubei-huangshi-2019"))
    assert [c.field for c in form.model.columns] == ["level1", "level2", "name", "target",
                                                     "to_date", "likelihood", "remarks"]
    assert form.model.CAUSES == -1 and form.form_causes.isVisible()
    assert isinstance(form.view.itemDelegateForColumn(form.model.LIKELIHOOD),
                      type(form.likelihoods))
    # the form's own period end stays (the profile's default is for a form that gives none)
    assert "2024-07-31" in editor.form_caption.text()
    assert "1–7" in form.model.headerData(form.model.TO_DATE, Qt.Orientation.Horizontal)
    window.undo_action.trigger()
    assert [c.field for c in form.model.columns] == central and not form.form_causes.isVisible()
    assert form.view.itemDelegateForColumn(form.model.CAUSES) is form.causes


def test_a_monitoring_form_from_last_year_s_self_evaluation(qtbot, window, store):
    """Wanting a declaration, the project's last self-evaluation gives the indicators: the
    monitoring form is the next year's, its targets carried."""
    demo = store.list()[0].id  # the demo report: a self-evaluation
    source = store.load(demo)
    window.list_page.select(demo)
    seen: list[str] = []

    def from_the_self_evaluation(dialog: NewFormDialog) -> None:
        seen.append(dialog.from_source.text())
        assert dialog.from_source.isChecked() and dialog.year.value() == source.year + 1
        assert dialog.period_end.text() == f"{source.year + 1}-07-31"

    assert answer_new_form(qtbot, window, MONITORING, from_the_self_evaluation) == []
    made = window.doc.report
    assert made.form == MONITORING and made.year == source.year + 1
    assert [(i.name, i.target) for i in made.indicators] == [(i.name, i.target) for i in source.indicators]
    assert all(i.actual == "" and i.to_date in ("", None) for i in made.indicators)
    assert text_of(source.project.name) in seen[0]


def text_of(value: str | None) -> str:
    return value or ""


def test_a_likelihood_the_form_does_not_know_is_refused_and_esc_puts_causes_back(qtbot, window, store):
    report_id = store.create(report_from_document(monitoring()))
    window.open_report(report_id)
    form = window.editor.indicators
    window.editor.tabs.setCurrentWidget(form)
    model, view = form.model, form.view
    edit_cell(qtbot, view, 0, model.LIKELIHOOD, "大概能")
    assert window.doc.report.indicators[0].likelihood == "确定能"  # unchanged
    assert "完成目标可能性只能是" in form.status.text()
    # the 偏差原因 editor: a tick, then Esc, and the cell is as it was
    before = (dict(window.doc.report.indicators[1].causes), window.doc.report.indicators[1].cause_text)
    index = model.index(1, model.CAUSES)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    causes = view.indexWidget(index)
    causes.boxes["制度保障"].click()
    assert "制度保障" in window.doc.report.indicators[1].causes  # live, as any cell
    qtbot.keyClick(causes.words["制度保障"], Qt.Key.Key_Escape)
    QApplication.processEvents()
    row = window.doc.report.indicators[1]
    assert (row.causes, row.cause_text) == before and view.indexWidget(index) is None


def test_a_profile_s_02_29_period_end_opens_a_common_year_s_form_at_february_s_end(qtbot, store, tmp_path):
    """A user's profile may end the period on 02-29: a 2023 form that gives no end of its own
    opens with its period to 2023-02-28 — caption, headers and the panel's time progress."""
    from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir

    mine = tmp_path / "profiles"
    mine.mkdir()
    hubei = (builtin_profile_dir() / "hubei-huangshi-2019.toml").read_text(encoding="utf-8")
    (mine / "leap.toml").write_text(hubei.replace('id = "hubei-huangshi-2019"', 'id = "leap-end"')
                                    .replace('period_end = "06-30"', 'period_end = "02-29"'),
                                    encoding="utf-8")
    document = monitoring()
    del document["period_end"]
    document.update(year=2023, profile="leap-end")
    report_id = store.create(report_from_document(document))
    window = MainWindow(store, ProfileLibrary([builtin_profile_dir(), mine]))
    qtbot.addWidget(window)
    window.show()
    window.open_report(report_id)
    editor = window.editor
    assert "2023-02-28" in editor.form_caption.text()
    form = editor.indicators
    assert "1–2" in form.model.headerData(form.model.TO_DATE, Qt.Orientation.Horizontal)
    assert "2023-02-28" in editor.panel.monitoring.time.text()
    window.close_report()


def test_each_form_s_table_gives_its_room_to_the_columns_its_description_leaves_unsized(qtbot, window,
                                                                                        store):
    """The 自评表 stretches its 偏差原因; the 申报表 (four columns) its names and targets; the 监控表
    its 备注 (central and 湖北 alike): the columns whose description gives no window width."""
    from PySide6.QtWidgets import QHeaderView

    from ..cycle_documents import declaration

    def stretched(document) -> list[str]:
        window.open_report(store.create(report_from_document(document)))
        form = window.editor.indicators
        header = form.view.horizontalHeader()
        fields = [c.field for c in form.model.columns]
        shown = [fields[k] for k in range(len(fields))
                 if header.sectionResizeMode(k) == QHeaderView.ResizeMode.Stretch]
        window.close_report()
        return shown

    assert stretched(declaration()) == ["name", "target"]
    assert stretched(monitoring()) == ["remarks"]
    assert stretched(hubei_monitoring()) == ["remarks"]
    self_evaluation = monitoring()
    for key in ("form", "period_end"):
        del self_evaluation[key]
    for row in self_evaluation["indicators"]:
        for key in ("to_date", "projected", "causes", "cause_text", "likelihood", "remarks"):
            row.pop(key, None)
    assert stretched(self_evaluation) == ["deviation"]


def test_a_new_monitoring_form_of_a_02_29_profile_in_a_common_year_starts_at_february_s_end(
        qtbot, tmp_path):
    """The 新建 dialog offers the profile's period end in the chosen year: 02-29 in 2023 is
    2023-02-28, a day the dialog then accepts (it once offered 2023-02-29 and refused it)."""
    from perfeval_gui.core.form_kinds import MONITORING
    from perfeval_gui.core.profiles import ProfileLibrary, builtin_profile_dir
    from perfeval_gui.ui.reports.new_form_dialog import NewFormDialog

    mine = tmp_path / "profiles"
    mine.mkdir()
    hubei = (builtin_profile_dir() / "hubei-huangshi-2019.toml").read_text(encoding="utf-8")
    (mine / "leap.toml").write_text(hubei.replace('id = "hubei-huangshi-2019"', 'id = "leap-end"')
                                    .replace('period_end = "06-30"', 'period_end = "02-29"'),
                                    encoding="utf-8")
    dialog = NewFormDialog(MONITORING, None, ProfileLibrary([builtin_profile_dir(), mine]),
                           "leap-end", {})
    qtbot.addWidget(dialog)
    dialog.year.setValue(2023)
    assert dialog.period_end.text() == "2023-02-28"
    dialog.accept()
    assert dialog.report is not None and dialog.report.period_end == "2023-02-28"
    dialog.year.setValue(2024)
    assert dialog.period_end.text() == "2024-02-29"
