"""报告正文: one editor per narrative section under the outline's headings, each able to
draft itself from the table (undoable) and to check itself against the table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.finding import Finding
from ...core.narrative import adopt_draft, draft_section
from ...core.numbering import heading1, heading2
from ...core.outline import GOALS_TABLE, OUTLINE, TEAM_TABLE
from ..base.translations import message_language
from .growing_text import GrowingTextEdit
from .report_document import ReportDocument


class SectionEditor(QWidget):
    checked = Signal(QWidget)  # the label showing what a check found: the page scrolls to it

    def __init__(self, doc: ReportDocument, key: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.key = doc, key
        self.path = f"sections.{key}"
        title = QLabel(f"<b>{heading}</b>")
        self.editor = GrowingTextEdit(doc, self.path)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName(f"{self.path}.check")
        self.result_label.hide()  # until the user asks, or the checks find something here
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch()
        self.draft_button = None
        if draft_section(key, doc.report, doc.result()) is not None:
            self.draft_button = QPushButton(self.tr("Draft from the table"))
            self.draft_button.setObjectName(f"{self.path}.draft")
            self.draft_button.clicked.connect(self.insert_draft)
            row.addWidget(self.draft_button)
        self.check_button = QPushButton(self.tr("Check against the table"))
        self.check_button.setObjectName(f"{self.path}.verify")
        self.check_button.clicked.connect(self.check_now)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        layout.addWidget(self.result_label)

    def insert_draft(self) -> None:
        self.doc.run(adopt_draft(self.key, self.doc.report, self.doc.result()),
                     self.tr("Draft from the table"))

    def check_now(self) -> list[str]:
        problems = self.show_problems(self.doc.findings(), asked=True)
        self.checked.emit(self.result_label)
        return problems

    def show_problems(self, findings: list[Finding], asked: bool = False) -> list[str]:
        """What the checks now find in this section, under it: after every edit of the table or
        the text (a draft goes stale when the table changes), not only when the button asks."""
        problems = [f.message.text(message_language()) for f in findings if f.where == self.path]
        if not problems and not asked and self.result_label.isHidden():
            return problems  # nothing to say that nobody asked for
        if problems:
            self.result_label.setStyleSheet("color: #a61b1b;")
            self.result_label.setText("\n".join(f"• {p}" for p in problems))
        else:
            self.result_label.setStyleSheet("color: #1d6b2a;")
            self.result_label.setText(self.tr("No problems found: the text agrees with the table."))
        self.result_label.show()
        return problems


class NarrativeForm(QScrollArea):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.sections: dict[str, SectionEditor] = {}
        notes = {GOALS_TABLE: self.tr("Printed as a table built from the performance indicators."),
                 TEAM_TABLE: self.tr("Printed as a table from the evaluation team tab.")}
        for n, (title, parts) in enumerate(OUTLINE, start=1):
            layout.addWidget(QLabel(f"<h3>{heading1(n)}{title}</h3>"))
            for m, (sub, key) in enumerate(parts, start=1):
                if key in notes:
                    note = QLabel(notes[key])
                    note.setStyleSheet("color: #5b6b7f;")
                    layout.addWidget(note)
                    continue
                editor = SectionEditor(doc, key, f"{heading2(m)}{sub}")
                editor.checked.connect(lambda label: self.ensureWidgetVisible(label, 0, 40))
                self.sections[key] = editor
                layout.addWidget(editor)
        layout.addStretch()
        self.setWidget(body)
        self.fields = {f"sections.{k}": e.editor for k, e in self.sections.items()}

    def show_findings(self, findings: list[Finding]) -> None:
        for section in self.sections.values():
            section.show_problems(findings)

    def select(self, where: str, span: tuple[int, int]) -> None:
        """Select the words a finding quotes in its section, and show them."""
        editor = self.fields.get(where)
        if editor is None:
            return
        cursor = editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.setFocus()
        rect = editor.cursorRect(cursor)
        self.ensureVisible(0, editor.mapTo(self.widget(), rect.center()).y(), 0, 80)
