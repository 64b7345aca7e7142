"""The reports list as a Qt table model: one row per stored report."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.figures import figure_text
from ...store.repository import ReportSummary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ReportListModel(QAbstractTableModel):
    YEAR, NAME, UNIT, TOTAL, GRADE, UPDATED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportSummary] = []
        self.problems: dict[int, str] = {}  # reports that do not open, and why

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))

    def set_reports(self, rows: list[ReportSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ReportSummary]:
        return list(self._rows)

    def summary(self, row: int) -> ReportSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Year"), self.tr("Project"), self.tr("Unit"), self.tr("Total"),
                  self.tr("Grade"), self.tr("Last changed")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            values = [s.year, s.name, s.unit, -1.0 if s.total is None else float(s.total), s.grade,
                      s.updated]
            return values[column]
        problem = self.problems.get(s.id)
        if problem is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#a00000")
        if problem is not None and role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.DisplayRole:
            name = s.name + (self.tr(" (demo)") if s.is_demo else "")
            if problem is not None:
                name += " — " + self.tr("cannot be opened: %1").replace("%1", problem)
            # a report not scored yet (or by a profile unknown here) has no total: never 0 / 差
            total = "—" if s.total is None else figure_text(s.total)
            grade = self.tr("Not scored") if s.total is None else s.grade
            values = [str(s.year), name, s.unit, total, grade, s.updated.replace("T", " ")]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.TOTAL,
                                                                     self.GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
