"""The item delegate of the report's tables: every keystroke reaches the model, Enter commits
and leaves the cell selected (not editing, so the next key does not overwrite it), Esc puts
back what the cell held before the edit, and Ctrl+Z goes to the report's undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .bound_widgets import UNDO_KEYS

Trigger = QAbstractItemView.EditTrigger
# typing, F2, a double click or a click on the selected cell edit it; moving onto a cell does
# not (a cell left editing after Enter or a deleted row would take the next key as its text)
EDIT_TRIGGERS = (Trigger.DoubleClicked | Trigger.SelectedClicked | Trigger.EditKeyPressed
                 | Trigger.AnyKeyPressed)


class WalkingDelegate(QStyledItemDelegate):
    """Enter commits, Esc cancels: the cell stays selected either way."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._before: dict[int, tuple[QPersistentModelIndex, Any]] = {}  # editor -> cell, value

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.installEventFilter(UNDO_KEYS)
        self.remember(editor, index)
        if isinstance(editor, QLineEdit):
            # every keystroke reaches the model, so the scores follow the typing
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def remember(self, editor: QWidget, index: Any) -> None:
        """What the cell held before this editor opened: Esc puts it back (a delegate making
        its own editor calls this too)."""
        self._before[id(editor)] = (QPersistentModelIndex(index),
                                    index.model().data(index, Qt.ItemDataRole.EditRole))

    def destroyEditor(self, editor: QWidget, index: Any) -> None:
        self._before.pop(id(editor), None)
        super().destroyEditor(editor, index)

    def cancel(self, editor: QWidget) -> None:
        """Esc: the cell as it was before this edit (keystrokes already reached the model)."""
        index, before = self._before.get(id(editor), (None, None))
        editor.setProperty("closing", True)
        if index is not None and index.isValid():
            model = index.model()
            if model.data(index, Qt.ItemDataRole.EditRole) != before:
                model.setData(model.index(index.row(), index.column()), before, Qt.ItemDataRole.EditRole)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if editor.property("closing"):
            # the editor was committed and is going away: its focus-out must not commit again
            return event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(editor, QWidget):
            if event.key() == Qt.Key.Key_Escape:
                self.cancel(editor)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(editor, QComboBox):
                editor.setProperty("closing", True)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)
