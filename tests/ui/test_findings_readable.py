"""The findings panel at 1366×768 reads as lines: every figure is printed rounded (2 decimals
at most), a fix's button names the score it sets (8.82, not 8.823529411764705882352941176), and
the text column never shrinks to a character per line behind a sideways scroll bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.panel.findings_view import FIX_WIDTH, LINE_WIDTH
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow

UNROUNDED = re.compile(r"\d\.\d{3,}")


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    installed = install_translators(qapp, "zh_CN")
    store = open_store(str(tmp_path / "f.sqlite"))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()
    store.close()
    for translator in installed:
        qapp.removeTranslator(translator)


def shown_texts(window) -> list[str]:
    """What the window shows as text: labels, the score tree, the findings and their buttons."""
    panel = window.editor.panel
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    tree = panel.groups
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for item in [top] + [top.child(k) for k in range(top.childCount())]:
            texts += [item.text(c) for c in range(tree.columnCount())]
    texts += panel.findings.lines() + [b.text() for b in panel.findings.fix_buttons]
    return texts


def test_the_rule_score_fix_is_rounded_and_the_findings_keep_a_readable_column(qtbot, window):
    window.open_demo()
    doc = window.doc
    doc.set("indicators[0].score", None)  # the rule score the seed's 信访人滞留率 departs from
    doc.set("indicators[0].score", doc.result().indicators[0].rule_score + 1)
    doc.end_typing()
    window.editor.show_findings()
    findings = window.editor.panel.findings
    qtbot.waitUntil(lambda: bool(findings.fix_buttons), timeout=5000)
    for k in range(findings.topLevelItemCount()):
        findings.topLevelItem(k).setExpanded(True)  # every fix shown, as a user opening each
    QApplication.processEvents()
    labels = [b.text() for b in findings.fix_buttons]
    score_fix = next(text for text in labels if text.startswith("得分改为规则得分"))
    assert re.fullmatch(r"得分改为规则得分 \d+(\.\d{1,2})?", score_fix), score_fix
    for text in shown_texts(window):
        assert not UNROUNDED.search(text), text
    assert findings.columnWidth(0) >= LINE_WIDTH
    assert not findings.horizontalScrollBar().isVisible()
    window.editor.setSizes([2000, 1])  # the panel dragged as narrow as it goes
    QApplication.processEvents()
    assert findings.columnWidth(0) >= LINE_WIDTH - 60 and not findings.horizontalScrollBar().isVisible()
    for button in findings.fix_buttons:
        assert button.width() <= FIX_WIDTH
        if "…" in button.text():
            assert button.toolTip().startswith(button.text().split("…")[0])


def test_the_rule_score_fix_sets_the_score_it_names(qtbot, window):
    window.open_demo()
    doc = window.doc
    rule = doc.result().indicators[0].rule_score
    doc.set("indicators[0].score", rule + 1)
    doc.end_typing()
    window.editor.show_findings()
    findings = window.editor.panel.findings
    role = Qt.ItemDataRole.UserRole + 1
    qtbot.waitUntil(lambda: any(i.data(0, role) == "score_differs" for i in findings.leaf_items()),
                    timeout=5000)
    item = next(i for i in findings.leaf_items() if i.data(0, role) == "score_differs"
                and i.data(0, Qt.ItemDataRole.UserRole) == "indicators[0].score")
    if item.parent() is not None:
        item.parent().setExpanded(True)
    button = findings.fix_button(item)  # on its own row under the finding
    named = button.text().split()[-1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    table = window.editor.indicators.model
    shown = table.index(0, table.SCORE).data()
    assert shown == named
    assert "score_differs" not in {f.code for f in doc.findings() if f.where == "indicators[0].score"}
