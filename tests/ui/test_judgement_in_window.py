"""A qualitative actual whose words name no grade: the row and the panel say 待判定, the bar
under the table offers 达成 / 部分达成 / 未达成, one click judges it, Ctrl+Z takes it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.editor.indicators_model import HINT_IS_PROBLEM_ROLE, HINT_ROLE, IndicatorsModel
from perfeval_gui.ui.shell.main_window import MainWindow

WORDS = "有利于推动企业走出去"
ROW = 5


@pytest.fixture
def chinese(qapp):
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_judging_a_row_in_one_click(qtbot, tmp_path, seed_report, chinese):
    seed_report.indicators[ROW].target = "推动企业发展"
    seed_report.indicators[ROW].actual = WORDS
    seed_report.indicators[ROW].score = None
    store = ReportStore(tmp_path / "j.sqlite")
    report_id = store.create(seed_report)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_report(report_id)
    editor, doc = window.editor, window.doc
    panel = editor.panel
    assert panel.rule_total_label.text() == "待判定 1 项"
    group = next(panel.groups.topLevelItem(i) for i in range(panel.groups.topLevelItemCount())
                 if panel.groups.topLevelItem(i).text(0) == seed_report.indicators[ROW].level1)
    assert group.text(2) == "待判定" and group.child(0).text(2) == group.child(0).text(3) == "待判定"
    # no score typed for it: its 得分 is the rule's, unknown too — the group's score, the total
    # and the grade wait as well, never a sum counting the row as 0 (domain README §5)
    assert group.text(3) == "待判定"
    assert panel.total_label.text() == "待判定 1 项"
    assert "判定" in panel.grade_label.text() and panel.grade_label.text() not in "优良中差"
    model = editor.indicators.model
    actual = model.index(ROW, IndicatorsModel.ACTUAL)
    assert "待判定" in actual.data(HINT_ROLE) and actual.data(HINT_IS_PROBLEM_ROLE)
    assert model.index(ROW, IndicatorsModel.SCORE).data() == "待判定"

    # the finding leads to the row; the bar under the table asks for the judgement
    editor.go_to(f"indicators[{ROW}].actual")
    bar = editor.indicators.judgement
    assert bar.isVisible() and WORDS in bar.label.text()
    qtbot.mouseClick(bar.buttons["部分达成"], Qt.MouseButton.LeftButton)
    assert doc.report.indicators[ROW].judgement == "部分达成"
    assert panel.rule_total_label.text() not in ("待判定 1 项", "—")
    assert float(panel.total_label.text()) > 0 and panel.grade_label.text() in ("优", "良", "中", "差")
    assert group.text(3) != "待判定"
    assert actual.data(HINT_ROLE) == "判定：部分达成" and not actual.data(HINT_IS_PROBLEM_ROLE)
    assert bar.buttons["部分达成"].isChecked() and bar.clear_button.isEnabled()

    doc.undo_stack.undo()  # one click, one step
    assert doc.report.indicators[ROW].judgement is None
    assert panel.rule_total_label.text() == panel.total_label.text() == "待判定 1 项"
    doc.undo_stack.redo()

    editor.go_to("indicators[0].actual")  # a row with a figure: nothing to judge
    assert not bar.isVisible()
    window.close_report()
    assert store.load(report_id).indicators[ROW].judgement == "部分达成"  # saved
    QThreadPool.globalInstance().waitForDone(5000)  # the checks running off the GUI thread
    store.close()


def test_the_summary_table_says_pending_for_a_rule_total_awaiting_judgement(qapp, national, chinese):
    from decimal import Decimal

    from perfeval_gui.core.summary import summary_row
    from perfeval_gui.ui.summary.summary_model import SummaryModel
    from tests.core.reports import clean_report

    report = clean_report(national)
    report.indicators[3].target, report.indicators[3].actual = "群众满意", WORDS
    report.indicators[3].score = Decimal(9)
    model = SummaryModel()
    model.set_rows([summary_row("a.json", clean_report(national), national),
                    summary_row("b.json", report, national)])
    model.sort(SummaryModel.RULE_TOTAL)  # a pending total sorts below every figure
    assert [model.index(r, SummaryModel.RULE_TOTAL).data() for r in range(2)] == ["待判定", "99.5"]
    assert model.index(0, SummaryModel.GAP).data() == "待判定"
    assert model.index(0, SummaryModel.TOTAL).data() == "98.5"


def test_one_click_on_a_grade_in_the_actuals_cell_judges_the_row(qtbot, tmp_path, seed_report, chinese):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from perfeval_gui.ui.editor.indicators_form import HintDelegate
    from perfeval_gui.ui.editor.indicators_model import JUDGE_ROLE

    seed_report.indicators[ROW].target = "推动企业发展"
    seed_report.indicators[ROW].actual = WORDS
    store = ReportStore(tmp_path / "c.sqlite")
    report_id = store.create(seed_report)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_report(report_id)
    editor, doc = window.editor, window.doc
    editor.tabs.setCurrentWidget(editor.indicators)
    view = editor.indicators.view
    index = editor.indicators.model.index(ROW, IndicatorsModel.ACTUAL)
    first = editor.indicators.model.index(0, IndicatorsModel.ACTUAL)
    assert index.data(JUDGE_ROLE) and not first.data(JUDGE_ROLE)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    (_, rect), = [(g, r) for g, r in HintDelegate.grade_rects(option) if g == "未达成"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert doc.report.indicators[ROW].judgement == "未达成"
    assert view.indexWidget(index) is None  # judged, not opened for typing
    assert not index.data(JUDGE_ROLE) and index.data(HINT_ROLE) == "判定：未达成"
    doc.undo_stack.undo()
    assert doc.report.indicators[ROW].judgement is None and index.data(JUDGE_ROLE)
    window.close_report()
    QThreadPool.globalInstance().waitForDone(5000)
    store.close()
