"""A table cell edited in an editable combo box: names offered, any other typed; the cell's
text is the value (the indicator table's 一级/二级, the funds table's 分组)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QStyleOptionViewItem, QWidget

from .bound_widgets import UNDO_KEYS
from .walking_delegate import WalkingDelegate


class ComboDelegate(WalkingDelegate):
    """Subclasses say which names a cell offers (``choices``), and whether picking one is the
    whole edit (``PICK_COMMITS``: a click in the list, or Enter after typing a name)."""

    PICK_COMMITS = False

    def choices(self, index: Any) -> list[str]:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.installEventFilter(UNDO_KEYS)
        combo.addItems(self.choices(index))
        if self.PICK_COMMITS:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.activated.connect(lambda _index, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
