"""The 汇总 table as a Qt model: one row per report, and the filters of the page.

A department's year may hold ten thousand reports: the model sorts its own list in Python
(one key per row) instead of letting the proxy compare cells through ``data()`` — hundreds of
thousands of calls — and the proxy only filters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ...core.figures import figure_text
from ...core.interchange import amount_text
from ...core.summary import SummaryRow

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class SummaryModel(QAbstractTableModel):
    (UNIT, PROJECT, DEPARTMENT, BUDGET, EXECUTED, RATE, TOTAL, RULE_TOTAL, GAP, GRADE, ERRORS,
     WARNINGS) = range(12)
    NUMBERS = (BUDGET, EXECUTED, RATE, TOTAL, RULE_TOTAL, GAP, ERRORS, WARNINGS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SummaryRow] = []
        self.demo_ids: set[int] = set()  # the 示例 report, where the user asked for it: marked
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[SummaryRow]) -> None:
        """New rows, in the order the table is sorted by (the header's indicator stays true)."""
        self.beginResetModel()
        self.rows = list(rows)
        if self.sorted_by is not None:
            self.rows.sort(key=self._key(self.sorted_by[0]),
                           reverse=self.sorted_by[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 12

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Unit"), self.tr("Project"), self.tr("Department"),
                  self.tr("Budget (10k yuan)"), self.tr("Executed (10k yuan)"), self.tr("Rate %"),
                  self.tr("Total"), self.tr("Rule total"), self.tr("Gap"), self.tr("Grade"),
                  self.tr("Errors"), self.tr("Warnings")]
        return titles[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self.rows[i.row()] for i in before]
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(r): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(before, [self.index(where[id(r)], i.column())
                                                for r, i in zip(rows_before, before, strict=True)])
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[SummaryRow], object]:
        numbers = column in self.NUMBERS

        def key(r: SummaryRow) -> object:
            value = self._values(r)[column]
            if numbers:
                return float("-inf") if value is None else float(value)  # type: ignore[arg-type]
            return value or ""

        return key

    def _values(self, r: SummaryRow) -> list[object]:
        return [r.unit, r.project, r.department, r.budget, r.executed, r.rate, r.total,
                r.rule_total, r.gap, r.grade, r.errors, r.warnings]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        value = self._values(r)[column]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None and not r.scored and column in (self.TOTAL, self.RULE_TOTAL, self.GAP,
                                                             self.GRADE):
                return self.tr("Not scored") if column in (self.TOTAL, self.GRADE) else "—"
            if value is None:
                if column in (self.RULE_TOTAL, self.GAP) and r.rule_total is None:
                    return self.tr("pending")  # a row awaits the user's judgement
                return self.tr("none") if column == self.GRADE else ""
            if column == self.PROJECT and r.source in self.demo_ids:
                return str(value) + self.tr(" (demo)")
            if column in (self.BUDGET, self.EXECUTED):
                return amount_text(value, normalise=True)  # type: ignore[arg-type]
            if column in (self.RATE, self.TOTAL, self.RULE_TOTAL, self.GAP):
                return figure_text(value)  # type: ignore[arg-type]
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*self.NUMBERS, self.GRADE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == self.RATE and r.low_rate) or (column == self.ERRORS and r.errors):
                return QColor("#b00020")
        return None


class SummaryFilter(QSortFilterProxyModel):
    """Unit, grade ('' = any, None = no grade), has errors, 执行率 below 90 %. Sorting is the
    source model's own (see the module's note): the proxy keeps its order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit = ""
        self.grade: str | None = ""
        self.errors_only = False
        self.low_rate_only = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        model.sort(column, order)

    def set_filters(self, unit: str, grade: str | None, errors_only: bool, low_rate_only: bool) -> None:
        changing = hasattr(self, "beginFilterChange")  # Qt 6.10 deprecates invalidateFilter()
        if changing:
            self.beginFilterChange()
        self.unit, self.grade = unit, grade
        self.errors_only, self.low_rate_only = errors_only, low_rate_only
        if changing:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def accepts(self, r: SummaryRow) -> bool:
        return ((not self.unit or r.unit == self.unit)
                and (self.grade == "" or r.grade == self.grade)
                and (not self.errors_only or r.errors > 0)
                and (not self.low_rate_only or r.low_rate))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        return self.accepts(model.rows[source_row])

    def visible_rows(self) -> list[SummaryRow]:
        """The rows shown, in the order shown (the proxy does not reorder: see sort)."""
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        return [r for r in model.rows if self.accepts(r)]
