"""A report started from last year's: its empty actuals are one line with their count, each
indicator named under it; certain repairs are one click and one Ctrl+Z; "?" opens the guide."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from perfeval_gui.core.fixes import fix_for
from perfeval_gui.ui.base.guide import GuideDialog
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow

from .languages import window_language


@pytest.fixture
def chinese(qapp):
    """The window as its users see it; its translators removed and freed after the test."""
    with window_language(qapp, "zh_CN") as installed:
        yield installed


@pytest.fixture
def window(qtbot, chinese, tmp_path):
    store = open_store(str(tmp_path / "f.sqlite"))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_report()
    store.close()


def from_last_year(window):
    demo = window.store.list()[0].id
    window.open_report(window.store.create_next_year(demo, 2024)[0])
    window.editor.show_findings()
    return window.editor.panel.findings


def test_empty_actuals_are_one_line_naming_each_indicator_below_it(qtbot, window):
    findings = from_last_year(window)
    n = len(window.doc.report.indicators)
    heading = next(findings.topLevelItem(i) for i in range(findings.topLevelItemCount())
                   if "尚未填写实际完成值" in findings.topLevelItem(i).text(0))
    assert heading.text(0) == f"警告：{n} 项指标尚未填写实际完成值"
    assert heading.childCount() == n and not heading.isExpanded()
    names = [ind.name for ind in window.doc.report.indicators]
    for k in range(n):
        assert f"{k + 1}. {names[k]}" in heading.child(k).text(0)
    # expanding it and clicking the fifth line goes to that indicator's actual
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=findings.visualItemRect(heading).center())
    assert heading.isExpanded()
    line = heading.child(4)
    findings.scrollToItem(line)
    qtbot.wait(10)  # the rows under it are laid out
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=findings.visualItemRect(line).center())
    current = window.editor.indicators.view.currentIndex()
    assert window.editor.tabs.currentWidget() is window.editor.indicators
    assert current.row() == 4 and current.column() == window.editor.indicators.model.ACTUAL


def click_fix(qtbot, window, code: str) -> None:
    findings = window.editor.panel.findings
    role = Qt.ItemDataRole.UserRole + 1  # the findings come a pause after the report opens
    qtbot.waitUntil(lambda: any(i.data(0, role) == code for i in findings.leaf_items()), timeout=5000)
    item = next(i for i in findings.leaf_items() if i.data(0, Qt.ItemDataRole.UserRole + 1) == code)
    if item.parent() is not None:
        item.parent().setExpanded(True)
    button = findings.fix_button(item)  # on its own row under the finding
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def codes(window) -> set[str]:
    return {f.code for f in window.doc.findings()}


def test_a_bare_target_gets_its_operator_in_one_click_and_ctrl_z_takes_it_back(qtbot, window):
    window.open_demo()
    doc = window.doc
    doc.set("indicators[1].target", "95%")
    doc.set("indicators[1].actual", "98%")
    doc.end_typing()
    window.editor.show_findings()
    assert "bare_target" in codes(window)
    click_fix(qtbot, window, "bare_target")
    assert doc.report.indicators[1].target == "≥95%"
    assert "bare_target" not in codes(window)
    assert window.undo_action.isEnabled()
    window.editor.indicators.view.setFocus()
    qtbot.keyClick(window.editor.indicators.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.report.indicators[1].target == "95%"


def test_a_missing_group_is_added_with_its_usual_rows_as_one_undo_step(qtbot, window):
    window.open_demo()
    doc = window.doc
    rows = len(doc.report.indicators)
    doc.reorder("indicators", [i for i in range(rows) if doc.report.indicators[i].level1 != "满意度指标"]
                + [i for i in range(rows) if doc.report.indicators[i].level1 == "满意度指标"])
    kept = [i for i in range(rows) if doc.report.indicators[i].level1 != "满意度指标"]
    for _ in range(rows - len(kept)):
        doc.remove("indicators", len(kept))
    window.editor.show_findings()
    assert "missing_group" in codes(window)
    click_fix(qtbot, window, "missing_group")
    assert [i.level1 for i in doc.report.indicators][-1] == "满意度指标"
    assert doc.report.indicators[-1].level2 == "服务对象满意度指标"
    assert "missing_group" not in codes(window)
    window.undo_action.trigger()
    assert len(doc.report.indicators) == len(kept)


def test_the_rule_score_and_the_reason_template_in_one_click(qtbot, window):
    window.open_demo()
    doc = window.doc
    differs = next(f for f in doc.findings() if f.code == "score_differs")
    rule = fix_for(differs, doc.report, doc.profile(), doc.result())
    click_fix(qtbot, window, "score_differs")
    assert doc.value(differs.where) == rule.sets[0][1]
    doc.set("indicators[1].actual", "90%")
    doc.set("indicators[1].deviation", "")
    doc.end_typing()
    window.editor.show_findings()
    click_fix(qtbot, window, "shortfall_unexplained")
    assert doc.report.indicators[1].deviation.startswith("偏差原因：")
    assert "改进措施" in doc.report.indicators[1].deviation
    window.undo_action.trigger()
    assert doc.report.indicators[1].deviation == ""


def test_the_question_mark_opens_the_guide_at_the_findings_entry(qtbot, window):
    findings = from_last_year(window)  # its evaluation date is cleared
    code = Qt.ItemDataRole.UserRole + 1
    item = next(i for i in findings.leaf_items() if i.data(0, code) == "missing_field")
    qtbot.mouseClick(findings.itemWidget(item, 1).findChild(QToolButton, "help.missing_field"),
                     Qt.MouseButton.LeftButton)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible() and guide.windowTitle() == "填报说明"
    browser = guide.browser
    top = browser.cursorForPosition(browser.viewport().rect().topLeft() + QPoint(4, 4)).block().text()
    assert top == "封面项目未填写"  # the entry's heading is at the top of the guide's window


def test_the_guide_opens_from_the_help_menu(qtbot, window):
    window.guide_action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and "自评表" in guide.browser.toPlainText()


def test_add_group_offers_the_missing_standard_groups_with_their_usual_rows(qtbot, window):
    window.new_report()
    form = window.editor.indicators
    qtbot.mouseClick(form.buttons[form.tr("添加一级指标组")], Qt.MouseButton.LeftButton)
    offered = [a.text() for a in form.group_menu.actions() if a.text()]
    assert offered[0] == "产出指标（数量指标、质量指标、时效指标、成本指标）"
    assert [t.split("（")[0] for t in offered] == ["产出指标", "效益指标", "满意度指标", "空白指标组"]
    form.group_menu.close()
    form.group_menu.actions()[1].trigger()  # 效益指标
    doc = window.doc
    assert [(i.level1, i.level2) for i in doc.report.indicators] == [
        ("效益指标", "经济效益指标"), ("效益指标", "社会效益指标"), ("效益指标", "生态效益指标"),
        ("效益指标", "可持续影响指标")]
    qtbot.mouseClick(form.buttons[form.tr("添加一级指标组")], Qt.MouseButton.LeftButton)
    offered = [a.text().split("（")[0] for a in form.group_menu.actions() if a.text()]
    assert offered == ["产出指标", "满意度指标", "空白指标组"]  # what is there is not offered again
    form.group_menu.close()
    form.group_menu.actions()[0].trigger()
    assert [i.level1 for i in doc.report.indicators][:4] == ["产出指标"] * 4  # in the profile's place
    window.undo_action.trigger()
    assert len(doc.report.indicators) == 4


def test_a_new_report_shows_a_dash_and_what_to_fill_first_not_0_poor(qtbot, window):
    window.new_report()
    panel = window.editor.panel
    assert panel.total_label.text() == "—" and panel.rule_total_label.text() == "—"
    assert "差" not in panel.grade_label.text() and "请先填写" in panel.grade_label.text()
    assert "项目资金" in panel.grade_label.text()
    window.doc.set("funds.rows[0].initial", Decimal(10))
    window.doc.set("funds.rows[0].executed", Decimal(9))
    assert panel.total_label.text() != "—"  # a figure to score: the total is shown
    assert "90%" in panel.rate_label.text()


def test_in_the_english_window_the_grouped_findings_are_english(qtbot, qapp, window, chinese):
    from ..finding_cases import foreign_chinese, user_texts

    for translator in chinese:  # only the window's own: never every translator the app holds
        qapp.removeTranslator(translator)
    try:
        with window_language(qapp, "en"):
            findings = from_last_year(window)
            texts = user_texts(window.doc.report, window.doc.profile())
            lines = [findings.topLevelItem(i).text(0) for i in range(findings.topLevelItemCount())]
            lines += findings.lines()
            lines += [b.text() for b in findings.fix_buttons]
    finally:
        for translator in chinese:
            qapp.installTranslator(translator)
    assert any(line.startswith("Warning: 7 indicators have no actual value yet") for line in lines)
    assert [line for line in lines if foreign_chinese(line, texts) or "：" in line] == []


def test_the_question_mark_in_the_reports_list_opens_the_guide_too(qtbot, window):
    panel = window.list_page.panel
    button = next(b for b in panel.findings.findChildren(QToolButton) if b.objectName().startswith("help."))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
