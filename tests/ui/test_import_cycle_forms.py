"""从 Word/Excel 导入 a project's 申报表 and 运行监控表 (issue 27): the user exported each form from
the app (or was sent it), imports the file through the window; the preview names the form and
shows that form's own columns (1–7月执行情况, 偏差原因, 完成目标可能性 — 湖北's 1–6 月 without a
projection), the report is stored and opened as that form, and what is stored is what went out:
everything the paper carries, and the project key that links it to the project's other forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.core.interchange import report_from_document
from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.writer import export_report
from perfeval_gui.ui.base.translations import window_language
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow
from tests.cycle_documents import KEY, monitoring
from tests.export.test_cycle_forms import on_paper, sample

from .test_document_import import answer_previews, choose_files, column

# the form's own columns in the preview, in the window's language (湖北's own headers in
# Chinese: 半年度指标执行情况), and the 自评表's that must not stand there
OWN = {"en": {
    "declaration": ["Level 1", "Level 2", "Level 3 indicator", "Annual target", "Target read as",
                    "Read from"],
    "monitoring": ["Level 1", "Level 2", "Level 3 indicator", "Annual target", "Target read as",
                   "Done in months 1–7", "Done in months 1–7 read as", "Projected for the year",
                   "Projected for the year read as", "Causes of deviation",
                   "Likelihood of meeting the target", "Remarks", "Read from"],
    "hubei": ["Level 1", "Level 2", "Level 3 indicator", "Annual target", "Target read as",
              "Done in months 1–6", "Done in months 1–6 read as",
              "Likelihood of meeting the target", "Remarks", "Read from"],
}, "zh": {
    "declaration": ["一级指标", "二级指标", "三级指标", "指标值", "指标值识别为", "来源位置"],
    "monitoring": ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值识别为", "1–7月执行情况",
                   "1–7月执行情况识别为", "全年预计完成情况", "全年预计完成情况识别为", "偏差原因分析",
                   "完成目标可能性", "备注", "来源位置"],
    "hubei": ["一级指标", "二级指标", "三级指标", "指标值", "指标值识别为", "半年度指标执行情况",
              "半年度指标执行情况识别为", "完成目标可能性（确定能、有可能、不可能）", "备注", "来源位置"],
}}
FUNDS = {"en": {
    "declaration": ["Funds (万元)", "Requested"],
    "monitoring": ["Funds (万元)", "Initial budget", "Adjusted budget", "Executed in months 1–7",
                   "Projected for the year"],
    "hubei": ["Funds (万元)", "Initial budget", "Executed in months 1–6", "Projected for the year"],
}, "zh": {
    "declaration": ["项目资金（万元）", "申请数"],
    "monitoring": ["项目资金（万元）", "年初预算数", "全年预算数", "1–7月执行数", "全年预计执行数"],
    "hubei": ["项目资金（万元）", "年初预算数", "1-6月执行数", "全年预计执行数"],
}}
CAUSES = {"en": "Causes of deviation", "zh": "偏差原因分析"}
TO_DATE_READ = {"en": "Done in months 1–7 read as", "zh": "1–7月执行情况识别为"}
ACTUAL = {"en": "Actual", "zh": "实际完成值"}
LIKELIHOOD = {"en": "Likelihood of meeting the target", "zh": "完成目标可能性"}
FORM_NAME = {"declaration": "target declaration", "monitoring": "monitoring form",
             "hubei": "monitoring form"}


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


def headers(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
@pytest.mark.parametrize("name", list(FORM_NAME))
def test_an_exported_form_imports_as_that_form(monkeypatch, tmp_path, window, store, name, kind):
    report = sample(name)
    path = tmp_path / f"{name}.{kind}"
    export_report(report, default_library().get(report.profile), **{kind: path})
    before = len(store.list())
    choose_files(monkeypatch, path)
    seen = answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()

    dialog = seen[0]
    summary = dialog.summary.text()
    assert dialog.tr(FORM_NAME[name]) in summary and dialog.tr("self-evaluation table") not in summary
    indicators = dialog.findChild(object, "indicators")
    language = window_language()
    assert headers(indicators) == OWN[language][name]
    assert column(indicators, 2) == [i.name for i in report.indicators]
    assert headers(dialog.findChild(object, "funds")) == FUNDS[language][name]
    project = dict(zip(column(dialog.findChild(object, "project"), 0),
                       column(dialog.findChild(object, "project"), 1), strict=True))
    if name != "declaration":
        assert project[dialog.tr("Period end")] == report.period_end
    if name == "hubei":  # its causes and measures once for the form
        causes = project[dialog.tr("Causes of deviation or of missing targets")]
        assert causes == "投入保障：环卫车辆更新资金未到位"
        assert project[dialog.tr("Suggestions and measures")] == "下半年争取专项资金，更新车辆"
    if name == "monitoring":
        assert column(indicators, headers(indicators).index(CAUSES[language])) == [
            "", "经费保障：资金 6 月才下达；其他：天气", ""]
        assert column(indicators, headers(indicators).index(TO_DATE_READ[language]))[0] \
            == "= 320 人次"

    # stored and opened as that form: the paper's every cell and the project's key
    assert len(store.list()) == before + 1
    doc = window.doc
    assert doc is not None and doc.report.form == report.form
    stored = store.load(doc.report_id)
    assert stored.project_key == report.project_key and report.project_key in (KEY, "b7e41c09aa31")
    assert on_paper(stored) == on_paper(report)
    table = window.editor.indicators.model
    shown = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert ACTUAL[language] not in shown
    assert any(h.startswith(LIKELIHOOD[language]) for h in shown) is (name != "declaration")


def test_a_monitoring_form_s_json_is_named_as_one(monkeypatch, tmp_path, window, store):
    from perfeval_gui.core.interchange import report_to_json

    path = tmp_path / "监控表.json"
    path.write_text(report_to_json(sample("monitoring")), encoding="utf-8")
    choose_files(monkeypatch, path)
    seen = answer_previews(monkeypatch, lambda d: d.reject())
    window.import_documents_action.trigger()
    assert seen[0].tr("monitoring form") in seen[0].summary.text()
    assert LIKELIHOOD[window_language()] in headers(seen[0].findChild(object, "indicators"))


def test_a_monitoring_form_dropped_on_the_window_joins_its_declaration_s_project(
        monkeypatch, qtbot, tmp_path, window, store):
    from .test_opening_files import drop

    declaration = sample("declaration")
    declared_id = store.create(declaration)
    path = tmp_path / "监控表.docx"
    export_report(sample("monitoring"), default_library().get("national-2020"), docx=path)
    seen = answer_previews(monkeypatch, lambda d: d.accept())
    assert drop(qtbot, window, path)
    qtbot.waitUntil(lambda: bool(seen) and window.doc is not None, timeout=10_000)
    assert seen[0].tr("monitoring form") in seen[0].summary.text()
    assert window.doc.report.form == "monitoring" and window.doc.report_id != declared_id
    # one project: the stored monitoring form has the declaration's key
    assert store.load(window.doc.report_id).project_key == store.load(declared_id).project_key == KEY


def test_a_printed_self_evaluation_s_reason_is_seen_and_changed_in_the_window(
        monkeypatch, qtbot, tmp_path, window, store):
    """The 自评表 made from the monitoring form, printed to Word with a changed target's
    调整原因 and imported again: the reason stands in the bar under its row (the declared
    target is not on the paper), is changed there and printed as changed."""
    from perfeval_gui.core import cycle
    from perfeval_gui.reader import read_file
    from perfeval_gui.ui.editor.indicators_model import IndicatorsModel

    from .conftest import type_text

    report = cycle.self_evaluation_from(report_from_document(monitoring()))
    for row in report.indicators:
        row.actual = row.projected
    path = tmp_path / "自评表.docx"
    export_report(report, default_library().get(report.profile), docx=path, table_only=True)
    choose_files(monkeypatch, path)
    answer_previews(monkeypatch, lambda d: d.accept())
    window.import_documents_action.trigger()
    assert window.doc.report.form == "self_evaluation" and window.doc.report.project_key == KEY

    form = window.editor.indicators
    window.editor.tabs.setCurrentWidget(form)
    bar, view = form.target_reason, form.view
    view.setCurrentIndex(form.model.index(2, IndicatorsModel.NAME))
    assert not bar.isHidden() and bar.reason.text() == "上级要求提高"
    bar.reason.selectAll()
    bar.reason.del_()
    assert not bar.isHidden()  # emptied, it stays while its row is the current one
    type_text(qtbot, bar.reason, "省厅要求提高")
    bar.reason.clearFocus()
    window.doc.end_typing()
    view.setCurrentIndex(form.model.index(0, IndicatorsModel.NAME))
    assert bar.isHidden()  # a row without a reason
    assert window.saver.flush()
    assert store.load(window.doc.report_id).indicators[2].target_reason == "省厅要求提高"
    again = tmp_path / "again.xlsx"
    export_report(store.load(window.doc.report_id), default_library().get(report.profile), xlsx=again)
    assert read_file(again).report.indicators[2].target_reason == "省厅要求提高"
