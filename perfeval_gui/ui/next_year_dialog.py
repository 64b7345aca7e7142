"""由上年报告新建, reviewed: the years the new report's texts moved on, before it is used."""

from __future__ import annotations

import re

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

from ..core.next_year import YearChange


class NextYearChangesDialog(QDialog):
    def __init__(self, changes: list[YearChange], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New report for %1: please review").replace("%1", str(year)))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Targets, weights and the project are kept; actuals, scores, explanations and the "
            "results narrative are cleared. These years were moved on — check each one:"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Was"), self.tr("Now")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(changes):
            for col, value in enumerate((self.field_title(change.where), change.old, change.new)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def field_title(self, where: str) -> str:
        """A field path as the form names it."""
        row = re.fullmatch(r"indicators\[(\d+)\]\.(name|target)", where)
        if row:
            title = self.tr("Indicator") if row[2] == "name" else self.tr("Annual target")
            return self.tr("%1, row %2").replace("%1", title).replace("%2", str(int(row[1]) + 1))
        titles = {"project.name": self.tr("Project name"), "goal.expected": self.tr("Expected goal"),
                  "sections.basic_info": self.tr("Basic information"),
                  "sections.content": self.tr("Project content")}
        return titles.get(where, where)
