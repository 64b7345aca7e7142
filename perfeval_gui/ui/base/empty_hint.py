"""An empty table says, in one line above it, how to start, with the button that starts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class EmptyHint(QWidget):
    """Shown while *model* has no rows."""

    def __init__(self, model: QAbstractItemModel, text: str, button: str, start: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.model = model
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #5b6b7f;")
        self.button = QPushButton(button)
        self.button.clicked.connect(lambda: start())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        # shown only inside its form: a parentless widget made visible is a window of its own
        self.setVisible(self.parentWidget() is not None and self.model.rowCount() == 0)
