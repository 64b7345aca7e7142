"""The monitoring 汇总 as a Qt model: one row per project for the chosen period — its 执行率
(drawn as a bar against the time progress by execution_bar), whether it lags, how many
indicators are at risk — and the filter 只看需关注 (lagging or at risk). A year's monitoring
forms are one per project, not ten thousand reports: the proxy sorts by a sort role."""

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

from ...core.figures import figure_text
from ...core.interchange import amount_text
from ...core.monitoring_summary import MonitoringRow
from .execution_bar import LAGS_ROLE, PROGRESS_ROLE, RATE_ROLE

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ALERT = QColor("#b00020")


class MonitoringSummaryModel(QAbstractTableModel):
    (UNIT, PROJECT, PERIOD, BUDGET, TO_DATE, RATE, PROGRESS, LAGS, PROJECTED, AT_RISK, MISSES,
     ERRORS, WARNINGS) = range(13)
    NUMBERS = (BUDGET, TO_DATE, RATE, PROGRESS, PROJECTED, AT_RISK, MISSES, ERRORS, WARNINGS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MonitoringRow] = []

    def set_rows(self, rows: list[MonitoringRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 13

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # two lines where a title is long: the figures' columns stay as narrow as their figures
        return [self.tr("Unit"), self.tr("Project"), self.tr("Period end"),
                self.tr("Budget\n(10k yuan)"), self.tr("Executed to date\n(10k yuan)"),
                self.tr("Execution rate %\n(line: time progress)"), self.tr("Time\nprogress %"),
                self.tr("Execution"), self.tr("Projected\n(10k yuan)"),
                self.tr("At risk"), self.tr("Projections\nmissing target"),
                self.tr("Errors"), self.tr("Warnings")][section]

    def _values(self, r: MonitoringRow) -> list[object]:
        return [r.unit, r.project, r.period_end.isoformat(), r.budget, r.executed_to_date, r.rate,
                r.time_progress, r.lags, r.projected, len(r.at_risk), r.misses, r.errors, r.warnings]

    def at_risk_text(self, r: MonitoringRow) -> str:
        if not r.at_risk:
            return ""
        return (self.tr("possible %1 · impossible %2")
                .replace("%1", str(r.possible)).replace("%2", str(r.impossible)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        value = self._values(r)[column]
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            if column in self.NUMBERS or column == self.LAGS:
                return float("-inf") if value is None else float(value)  # type: ignore[arg-type]
            return str(value or "")
        if column == self.RATE:
            if role == RATE_ROLE:
                return None if r.rate is None else float(r.rate)
            if role == PROGRESS_ROLE:
                return float(r.time_progress)
            if role == LAGS_ROLE:
                return r.lags
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._rate_tip(r)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if column in (self.BUDGET, self.TO_DATE, self.PROJECTED):
                return amount_text(value, normalise=True)  # type: ignore[arg-type]
            if column == self.RATE:
                return figure_text(value) + "%"  # type: ignore[arg-type]
            if column == self.PROGRESS:
                return figure_text(value)  # type: ignore[arg-type]
            if column == self.LAGS:
                return self.tr("behind") if r.lags else ""
            if column == self.AT_RISK:
                return self.at_risk_text(r)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS and column != self.AT_RISK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == self.LAGS and r.lags) or (column == self.AT_RISK and r.impossible) \
                    or (column == self.ERRORS and r.errors):
                return ALERT
        return None

    def _rate_tip(self, r: MonitoringRow) -> str:
        if r.rate is None:
            return self.tr("No execution to date given; time progress %1%").replace(
                "%1", figure_text(r.time_progress))
        return (self.tr("Execution %1% against time progress %2%: %3 points")
                .replace("%1", figure_text(r.rate)).replace("%2", figure_text(r.time_progress))
                .replace("%3", figure_text(r.gap)))  # type: ignore[arg-type]


class MonitoringFilter(QSortFilterProxyModel):
    """只看需关注: the projects whose execution lags or that have an indicator at risk."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flagged_only = False
        self.setSortRole(SORT_ROLE)

    def set_flagged_only(self, flagged_only: bool) -> None:
        changing = hasattr(self, "beginFilterChange")  # Qt 6.10 deprecates invalidateFilter()
        if changing:
            self.beginFilterChange()
        self.flagged_only = flagged_only
        if changing:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MonitoringSummaryModel)
        return not self.flagged_only or model.rows[source_row].flagged

    def visible_rows(self) -> list[MonitoringRow]:
        """The rows shown, in the order shown."""
        return [self.index(i, 0).data(ROW_ROLE) for i in range(self.rowCount())]
