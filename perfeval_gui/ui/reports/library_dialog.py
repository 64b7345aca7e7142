"""指标库: the user's own entries of the indicator library (from their files and their store),
each of which can be hidden from the completions or renamed; the shipped list stays as shipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.indicator_library import BUILTIN, LibraryEntry


class LibraryDialog(QDialog):
    def __init__(self, own: list[LibraryEntry], hidden: list[str], renamed: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator library"))
        self.resize(720, 480)
        shown_as = {new: old for old, new in renamed.items()}
        # every own entry once, by the name it was first written under
        self.originals = sorted({shown_as.get(e.name, e.name) for e in own if e.source != BUILTIN}
                                | set(hidden))
        self.table = QTableWidget(len(self.originals), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Hide"), self.tr("Shown as"), self.tr("Written as")])
        self.table.verticalHeader().hide()
        for row, name in enumerate(self.originals):
            hide = QTableWidgetItem()
            hide.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            hide.setCheckState(Qt.CheckState.Checked if name in hidden else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, hide)
            self.table.setItem(row, 1, QTableWidgetItem(renamed.get(name, name)))
            original = QTableWidgetItem(name)
            original.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 2, original)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("Your own indicators (from this store and your library files). Hidden "
                              "ones are no longer offered while typing; a new name is offered instead "
                              "of the old. The shipped list cannot be changed here."))
        note.setWordWrap(True)
        choice = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(choice.Ok | choice.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def preferences(self) -> dict[str, object]:
        """What to keep in the store: the hidden names and the renamed ones."""
        hidden, renamed = [], {}
        for row, name in enumerate(self.originals):
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked:
                hidden.append(name)
            shown = self.table.item(row, 1).text().strip()
            if shown and shown != name:
                renamed[name] = shown
        return {"hidden": hidden, "renamed": renamed}
