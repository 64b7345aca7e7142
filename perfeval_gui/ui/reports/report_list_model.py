"""The reports list as a Qt table model: one row per stored report, its form named, a
project's forms kept together (core/project_chain.py) — 申报 → 监控 → 自评 within a year,
whichever way the year or the name is sorted — and a link that leads nowhere said."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ...core import project_chain
from ...core.figures import figure_text
from ...core.forms import DECLARATION, MONITORING
from ...core.project_chain import ChainPlace, form_rank
from ...store.repository import ReportSummary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# (project group, year, form rank, id): how rows of equal year or name are kept together
CHAIN_ROLE = Qt.ItemDataRole.UserRole + 3
BROKEN = QColor("#a05a00")


class ReportListModel(QAbstractTableModel):
    # FORM last: the columns before it keep their numbers (the view shows it beside the name)
    YEAR, NAME, UNIT, TOTAL, GRADE, UPDATED, FORM = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportSummary] = []
        self.problems: dict[int, str] = {}  # reports that do not open, and why
        self.places: dict[int, ChainPlace] = {}  # each report's project (the whole store's)
        self.years: dict[int, tuple[int, str]] = {}  # id → (year, form) of every live report

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.FORM))

    def set_chain(self, places: dict[int, ChainPlace], years: dict[int, tuple[int, str]]) -> None:
        """The projects as the whole store has them (a filtered list still knows a report's
        declaration, and whether its link is broken)."""
        self.places, self.years = places, years

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
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Year"), self.tr("Project"), self.tr("Unit"), self.tr("Total"),
                  self.tr("Grade"), self.tr("Last changed"), self.tr("Form")]
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
                      s.updated, form_rank(s.form)]
            return values[column]
        if role == CHAIN_ROLE:
            place = self.places.get(s.id)
            return [place.group if place else s.id, s.year, form_rank(s.form), s.id]
        if column == self.FORM:
            return self._form_data(s, role)
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
            if s.form in (DECLARATION, MONITORING):  # no points on these forms: nothing awaits
                total, grade = "—", self.tr("No score on this form")
            values = [str(s.year), name, s.unit, total, grade, s.updated.replace("T", " ")]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.TOTAL,
                                                                     self.GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def form_name(self, form: str) -> str:
        return {DECLARATION: self.tr("Declaration"), MONITORING: self.tr("Monitoring")}.get(
            form, self.tr("Self-evaluation"))

    def broken_text(self, reason: str) -> str:
        return {
            project_chain.DECLARATION_DELETED: self.tr("its declaration is in the recycle bin"),
            project_chain.DECLARATION_GONE: self.tr("its declaration is no longer in this store"),
            project_chain.PREVIOUS_DELETED: self.tr("last year's report is in the recycle bin"),
            project_chain.PREVIOUS_GONE: self.tr("last year's report is no longer in this store"),
        }[reason]

    def _form_data(self, s: ReportSummary, role: int) -> object:
        place = self.places.get(s.id)
        broken = place.broken if place else None
        twins = place.same_form if place else ()  # the same form of the year twice: both marked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.form_name(s.form) + (" ⚠" if broken else "") + (
                self.tr(" (×%1)").replace("%1", str(len(twins) + 1)) if twins else "")
        if role == Qt.ItemDataRole.ForegroundRole and (broken or twins):
            return BROKEN
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if broken:  # the link is broken, the report itself is whole
                lines.append(self.tr("Link broken: %1 (this report keeps everything it holds).")
                             .replace("%1", self.broken_text(broken)))
            if twins:
                lines.append(self.tr("This project has another %1 of %2 here: report %3. The same "
                                     "file imported twice? Delete the one not wanted.")
                             .replace("%1", self.form_name(s.form)).replace("%2", str(s.year))
                             .replace("%3", ", ".join(str(i) for i in twins)))
            if place and len(place.chain) > 1:
                steps = [f"{self.years[i][0]} {self.form_name(self.years[i][1])}"
                         for i in place.chain if i in self.years]
                lines.append(self.tr("This project: %1").replace("%1", " → ".join(steps)))
            return "\n".join(lines) or None
        return None


class ReportListProxy(QSortFilterProxyModel):
    """Sorting by year or by name keeps a project's rows of equal year (or name) together,
    申报 → 监控 → 自评 and then the next year, whichever way the column is sorted."""

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b or left.column() not in (ReportListModel.YEAR, ReportListModel.NAME):
            return bool(a < b)
        chain_a, chain_b = left.data(CHAIN_ROLE), right.data(CHAIN_ROLE)
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            return bool(chain_b < chain_a)  # Qt asks the other way round: the forms stay in order
        return bool(chain_a < chain_b)
