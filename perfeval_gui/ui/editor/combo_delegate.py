"""A table cell edited in an editable combo box: names offered, any other typed; the cell's
text is the value (the indicator table's 一级/二级, the funds table's 分组)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from .bound_widgets import UNDO_KEYS
from .walking_delegate import WalkingDelegate


class ComboDelegate(WalkingDelegate):
    """Subclasses say which names a cell offers (``choices``)."""

    def choices(self, index: Any) -> list[str]:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.installEventFilter(UNDO_KEYS)
        combo.addItems(self.choices(index))
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
