"""由上年报告新建, reviewed: every field carried over that names the old year or a figure of it
(years moved on, 年初预算数 kept, sentences of last year's results), each in full, each a click
away from its field in the editor."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
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

from ...core.next_year import LAST_YEARS_AMOUNT, LAST_YEARS_RESULT, YEAR_MOVED, YearChange

WHERE_ROLE = Qt.ItemDataRole.UserRole
FIELD, WAS, NOW, WHY = range(4)


class NextYearChangesDialog(QDialog):
    jump = Signal(str)  # the path of the field the user clicked: the editor shows it

    def __init__(self, changes: list[YearChange], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New report for %1: please review").replace("%1", str(year)))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Targets, weights and the project are kept; actuals, scores, explanations and the "
            "results narrative are cleared. These kept fields name last year or its figures — "
            "check each one (click a row to go to its field):"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(changes), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Was"), self.tr("Now"), self.tr("Check")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # whole texts, wrapped: a sentence cut with … cannot be checked
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row, change in enumerate(changes):
            values = (self.field_title(change.where), change.old, change.new, self.why(change))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(WHERE_ROLE, change.where)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WAS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHY, 200)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Low in the window it belongs to, as tall as its rows need (at most half the window):
        the field a click shows stays in sight above it."""
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.frameGeometry()
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        wanted = self.sizeHint().height() - self.table.sizeHint().height() + rows \
            + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 8
        height = max(200, min(wanted, frame.height() // 2))
        width = min(self.width(), frame.width() - 40)
        self.setGeometry(frame.right() - width - 20, frame.bottom() - height - 40, width, height)

    def _clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, FIELD)
        if item is not None:
            self.jump.emit(str(item.data(WHERE_ROLE)))

    def why(self, change: YearChange) -> str:
        said = {YEAR_MOVED: self.tr("the year was moved on"),
                LAST_YEARS_AMOUNT: self.tr("last year's amount, kept: check it for this year"),
                LAST_YEARS_RESULT: self.tr("states last year's results or amounts: rewrite for this year")}
        return self.tr("; ").join(said[reason] for reason in change.reasons if reason in said)

    def field_title(self, where: str) -> str:
        """A field path as the form names it."""
        row = re.fullmatch(r"indicators\[(\d+)\]\.(name|target)", where)
        if row:
            title = self.tr("Indicator") if row[2] == "name" else self.tr("Annual target")
            return self.tr("%1, row %2").replace("%1", title).replace("%2", str(int(row[1]) + 1))
        funds = re.fullmatch(r"funds\.rows\[(\d+)\]\.initial", where)
        if funds:
            return self.tr("%1, row %2").replace("%1", self.tr("Initial budget")).replace(
                "%2", str(int(funds[1]) + 1))
        titles = {"project.name": self.tr("Project name"), "goal.expected": self.tr("Expected goal"),
                  "sections.basic_info": self.tr("Basic information"),
                  "sections.content": self.tr("Project content")}
        return titles.get(where, where)
