"""报告正文 at 1366×768: boxes as tall as their text (one scrollbar, the page's), a check that
says what it found or that it found nothing, and a text finding that selects its words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    installed = install_translators(qapp, "zh_CN")
    store = open_store(str(tmp_path / "n.sqlite"))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_demo()
    w.editor.tabs.setCurrentWidget(w.editor.narrative)
    yield w
    w.close_report()
    store.close()
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_text_box_grows_with_its_text_and_never_scrolls_inside(qtbot, typist, window):
    section = window.editor.narrative.sections["analysis"]
    box = section.editor
    assert box.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    before = box.height()
    box.moveCursor(box.textCursor().MoveOperation.End)
    for _ in range(12):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        typist(box, "项目资金全部用于值班接访工作。")
    assert box.height() > before + 10 * box.fontMetrics().lineSpacing()
    assert box.verticalScrollBar().maximum() == 0  # all of it is shown: nothing to scroll to
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: box.height() <= before + box.fontMetrics().lineSpacing())


def test_check_against_the_table_says_what_it_found_or_that_it_found_nothing(qtbot, window):
    sections = window.editor.narrative.sections
    analysis = sections["analysis"]  # the seed's analysis gives 90% where the table has 97%
    qtbot.mouseClick(analysis.check_button, Qt.MouseButton.LeftButton)
    assert "97%" in analysis.result_label.text() and analysis.result_label.isVisible()
    window.doc.set("sections.measures", "继续做好值班接访工作。")
    measures = sections["measures"]
    qtbot.mouseClick(measures.check_button, Qt.MouseButton.LeftButton)
    assert measures.result_label.text().startswith("未发现问题")


def test_clicking_a_text_finding_selects_the_words_it_quotes(qtbot, window):
    window.doc.set("sections.content", "2021年，我局按计划开展值班接访工作。")
    window.editor.show_findings()
    findings = window.editor.panel.findings
    item = next(i for i in findings.leaf_items()
                if i.data(0, Qt.ItemDataRole.UserRole) == "sections.content"
                and i.data(0, Qt.ItemDataRole.UserRole + 1) == "text_year")
    if item.parent() is not None:
        item.parent().setExpanded(True)
    findings.scrollToItem(item)
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=findings.visualItemRect(item).center())
    box = window.editor.narrative.sections["content"].editor
    assert box.hasFocus() and box.textCursor().selectedText() == "2021"
