"""Both windows changed the same thing: show both values, the user keeps one of each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.merge import Conflict


def shown(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "—"
    return "—" if value is None or value == "" else str(value)


class ConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None,
                 label_of: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.setWindowTitle(self.tr("Changed in two windows"))
        intro = QLabel(self.tr("This report was also changed in another window, in the same places. "
                               "Choose which value to keep for each:"))
        intro.setWordWrap(True)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("Field")), 0, 0)
        grid.addWidget(QLabel(self.tr("This window")), 0, 1)
        grid.addWidget(QLabel(self.tr("The other window (saved)")), 0, 2)
        self.labels: dict[str, str] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        for row, conflict in enumerate(conflicts, start=1):
            where = label_of(conflict.where)
            if conflict.is_list:
                where = self.tr("rows of %1").replace("%1", where)
            self.labels[conflict.path] = where
            grid.addWidget(QLabel(where), row, 0)
            mine = QRadioButton(shown(conflict.mine))
            theirs = QRadioButton(shown(conflict.theirs))
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine_buttons[conflict.path] = mine
            self.theirs_buttons[conflict.path] = theirs
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def kept_mine(self) -> set[str]:
        return {path for path, button in self.mine_buttons.items() if button.isChecked()}

    def ask(self) -> set[str]:
        """Closing the dialog keeps what is selected: every conflict was shown with both values."""
        self.exec()
        return self.kept_mine()
