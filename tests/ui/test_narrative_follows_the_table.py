"""The narrative held to the table in the window (issue 23.3): a table edit makes a draft's
sentence false, the findings say so without 与表格核对 being pressed, and one click on the
finding's button redrafts that sentence (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .test_findings_and_fixes import click_fix


def test_a_table_edit_shows_the_stale_draft_and_one_click_redrafts_the_sentence(qtbot, window):
    doc, editor = window.doc, window.editor
    doc.set("indicators[2].target", "98%")  # as the clerk had it
    doc.set("indicators[2].score", None)
    doc.end_typing()
    editor.tabs.setCurrentWidget(editor.narrative)
    analysis = editor.narrative.sections["analysis"]
    qtbot.mouseClick(analysis.draft_button, Qt.MouseButton.LeftButton)
    drafted = doc.report.sections.analysis
    assert "值班在位率年度指标值98%，实际完成100%，达到年度指标值，得 9.8 分" in drafted
    qtbot.waitUntil(lambda: not any(f.where == "sections.analysis" for f in doc.findings()))

    # the table edit, as the indicators table commits it
    model = editor.indicators.model
    assert model.setData(model.index(2, model.TARGET), "≥98%", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: "9.8" in analysis.result_label.text(), timeout=3000)  # no button pressed
    shown = analysis.result_label.text()
    assert analysis.result_label.isVisible() and "值班在位率" in shown and "与表中 10 分不一致" in shown
    assert "按评分规则计算" in shown and "93.82" in shown  # the rules' total the panel shows now
    assert analysis.check_button.isVisible()  # the button stays, for reassurance

    click_fix(qtbot, window, "text_score")
    qtbot.waitUntil(lambda: doc.report.sections.analysis != drafted)
    assert doc.report.sections.analysis.count("。") == drafted.count("。")  # one sentence, in place
    for _ in range(8):  # each stale sentence, one click each, until the text agrees again
        editor.show_findings()
        stale = [f for f in doc.findings() if f.where == "sections.analysis"]
        if not stale:
            break
        click_fix(qtbot, window, stale[0].code)
    assert "值班在位率年度指标值≥98%，实际完成100%，达到年度指标值，得 10 分" in doc.report.sections.analysis
    assert "按评分规则计算为 93.82 分" in doc.report.sections.analysis
    qtbot.waitUntil(lambda: analysis.result_label.text().startswith("No problems")
                    or analysis.result_label.text().startswith("未发现问题"))
    final = doc.report.sections.analysis
    doc.undo_stack.undo()  # each redraft is one step: the last one is taken back alone
    assert doc.report.sections.analysis != final and doc.report.sections.analysis != drafted


def test_the_text_tab_shows_what_the_checks_find_in_each_section_when_first_opened(qtbot, window):
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.narrative)  # the seed's analysis: 满意度 90% for 97%
    analysis = editor.narrative.sections["analysis"]
    qtbot.waitUntil(lambda: "97%" in analysis.result_label.text(), timeout=3000)
    assert analysis.result_label.isVisible()
    assert editor.narrative.sections["measures"].result_label.isHidden()  # nothing found, nothing said
