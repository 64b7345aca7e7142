"""评价时间: a date typed as people write it (2025-03-10, 2025/3/10, 2025年3月10日) or picked
from a calendar that opens near the evaluated year, not at 1900."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...core.messages import UserError
from .bound_widgets import BoundLineEdit
from .report_document import ReportDocument


class DateLineEdit(BoundLineEdit):
    """A date is read when the user leaves the field (or presses Enter): half of one
    ('2025-02-3' on the way to '2025-02-30') is neither saved nor called a mistake. *refuse*
    says why a readable date cannot be this field's (a period end outside the year); it is
    then not saved."""

    refuse: Callable[[str], str | None] | None = None

    def _edited(self, text: str) -> None:
        self.show_problem(None)

    def commit(self) -> None:
        try:
            value = self.parse(self.text(), self.path)
        except UserError:
            value = None  # the parse's own message, below
        problem = self.refuse(value) if value and self.refuse is not None else None
        if problem:
            self.show_problem(problem)
            return
        super()._edited(self.text())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.commit()
        super().focusOutEvent(event)


class BoundDateField(QWidget):
    def __init__(self, doc: ReportDocument, path: str, parent: QWidget | None = None,
                 refuse: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self.doc, self.path = doc, path
        self.refuse = refuse
        self.edit = DateLineEdit(doc, path, "date")
        self.edit.refuse = refuse
        self.edit.setPlaceholderText(self.tr("e.g. 2025-03-10 or 2025年3月10日"))
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setObjectName(f"{path}.calendar")
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick the date from a calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName(f"{path}.picker")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    @property
    def problem(self) -> str | None:
        return self.edit.problem

    def start_date(self) -> QDate:
        """The date shown when the calendar opens: the field's, else early in the year after
        the evaluated one (self-evaluations are written then), else today."""
        iso = self.doc.value(self.path)
        if iso:
            return QDate.fromString(iso, "yyyy-MM-dd")
        year = self.doc.report.year
        if self.refuse is not None and year:  # a period end: in the form's own year
            return QDate(year, 7, 31)
        return QDate(year + 1, 3, 1) if year else QDate(date.today())

    def open_calendar(self) -> None:
        self.calendar.setSelectedDate(self.start_date())
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def pick(self, picked: QDate) -> None:
        self.menu.close()
        problem = self.refuse(picked.toString("yyyy-MM-dd")) if self.refuse else None
        if problem:
            self.edit.show_problem(problem)
            return
        self.doc.end_typing()
        self.doc.set(self.path, picked.toString("yyyy-MM-dd"))
        self.doc.end_typing()

    def _tidy(self) -> None:
        """A date read from 2025年3月10日 is shown as the format keeps it once the field is left."""
        if self.edit.problem is None:
            self.edit.refresh()
