"""The item delegate of the report's tables: Enter walks on like Tab, every keystroke
reaches the model, and Ctrl+Z goes to the report's undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .bound_widgets import UNDO_KEYS


class WalkingDelegate(QStyledItemDelegate):
    """Enter commits and walks on to the next cell, like Tab, in paper order."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.installEventFilter(UNDO_KEYS)
        if isinstance(editor, QLineEdit):
            # every keystroke reaches the model, so the scores follow the typing
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if editor.property("closing"):
            # the editor was committed and is going away: its focus-out must not commit again
            return event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not isinstance(editor, QComboBox):
            editor.setProperty("closing", True)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)
