"""Single-field widgets bound to a path of the open report, both ways.

Every keystroke becomes an undoable edit of the model; a change that arrives from the
model (undo, a draft, another view) updates the widget. Ctrl+Z / Ctrl+Y go to the
report's undo stack, not to the widget's private one, so undo works the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ...core.changes import Change
from ...core.inputs import PARSERS, plain_text
from ...core.messages import UserError
from ..base.translations import message_language
from .report_document import ReportDocument

ERROR_STYLE = "background: #fde8e8;"


class UndoKeysToReport(QObject):
    """Lets Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) reach the window's undo actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key = event.keyCombination().toCombined()  # type: ignore[attr-defined]
            sequence = QKeySequence(key)
            for standard in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if sequence in QKeySequence.keyBindings(standard):
                    event.ignore()
                    return True
        return False


UNDO_KEYS = UndoKeysToReport()


class TypedField:
    """What a typed field does alike, a line or a text: a problem shown on it (tinted, the
    message as its tooltip), and leaving it ends the typing (a moment to save)."""

    doc: ReportDocument
    problem: str | None

    def show_problem(self, problem: str | None) -> None:
        self.problem = problem
        self.setStyleSheet(ERROR_STYLE if problem else "")  # type: ignore[attr-defined]
        self.setToolTip(problem or "")  # type: ignore[attr-defined]

    def focusOutEvent(self, event: Any) -> None:
        self.doc.end_typing()
        super().focusOutEvent(event)  # type: ignore[misc]


class BoundLineEdit(TypedField, QLineEdit):
    def __init__(self, doc: ReportDocument, path: str, kind: str = "text",
                 check: Callable[[str], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.path = doc, path
        self.parse, self.show = PARSERS[kind]
        self.check = check  # an extra live check (credit code, phone): returns a problem or None
        self.problem: str | None = None
        self.setObjectName(path)
        self.installEventFilter(UNDO_KEYS)
        self.textEdited.connect(self._edited)
        doc.changed.connect(self._model_changed)
        self.refresh()

    def refresh(self) -> None:
        text = self.show(self.doc.value(self.path))
        if text != self.text():
            self.setText(text)
        self.show_problem(None)

    def _model_changed(self, change: Change) -> None:
        if self.path in change.fields:  # a single field: its path is the same by index or id
            try:
                same = self.parse(self.text(), self.path) == self.doc.value(self.path)
            except UserError:
                same = False
            if not same:
                self.refresh()

    def _edited(self, text: str) -> None:
        try:
            value = self.parse(text, self.path)
        except UserError as exc:
            self.show_problem(exc.text(message_language()))  # the model keeps its last good value
            return
        if self.doc.value(self.path) is None and value == "":
            value = None  # an untouched null stays null
        self.doc.set(self.path, value)
        self.show_problem(self.check(text) if self.check else None)


class BoundTextEdit(TypedField, QPlainTextEdit):
    """A multi-line text (goal, narrative sections, deviation)."""

    def __init__(self, doc: ReportDocument, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.path = doc, path
        self.setObjectName(path)
        self.setUndoRedoEnabled(False)
        self.installEventFilter(UNDO_KEYS)
        self.setTabChangesFocus(True)
        self._updating = False
        self.problem: str | None = None
        self.textChanged.connect(self._edited)
        doc.changed.connect(self._model_changed)
        self.refresh()

    def refresh(self) -> None:
        text = self.doc.value(self.path) or ""
        if text != self.toPlainText():
            self._updating = True
            self.setPlainText(text)
            self._updating = False

    def _model_changed(self, change: Change) -> None:
        if self.path in change.fields:
            self.refresh()

    def _edited(self) -> None:
        if self._updating:
            return
        try:
            text = plain_text(self.toPlainText(), self.path)
        except UserError as exc:
            self.show_problem(exc.text(message_language()))  # the model keeps its last good value
            return
        self.show_problem(None)
        if self.doc.value(self.path) is None and text == "":
            return
        self.doc.set(self.path, text)


class BoundCheckBox(QCheckBox):
    """One evaluation kind in report.evaluation_kinds."""

    def __init__(self, doc: ReportDocument, kind: str, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.doc, self.kind = doc, kind
        self.setObjectName(f"evaluation_kinds.{kind}")
        self.toggled.connect(self._toggled)
        doc.changed.connect(self._model_changed)
        self.refresh()

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setChecked(self.kind in self.doc.report.evaluation_kinds)
        self.blockSignals(False)

    def _model_changed(self, change: Change) -> None:
        if "evaluation_kinds" in change.fields:
            self.refresh()

    def _toggled(self, on: bool) -> None:
        kinds = [k for k in ("process", "outcome")
                 if (k == self.kind and on) or (k != self.kind and k in self.doc.report.evaluation_kinds)]
        self.doc.end_typing()
        self.doc.set("evaluation_kinds", kinds)
