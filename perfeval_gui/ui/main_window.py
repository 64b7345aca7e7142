"""The main window: the reports of the store, filterable, with the score of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.checks import run_checks
from ..core.messages import UserError
from ..core.model import text
from ..core.profiles import default_library
from ..core.scoring import score_report
from ..store.repository import ReportStore
from .report_list_model import ID_ROLE, SORT_ROLE, ReportListModel
from .score_panel import ScorePanel


class MainWindow(QMainWindow):
    def __init__(self, store: ReportStore) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Project Expenditure Performance Self-Evaluation"))

        self.year_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search project name"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year:")))
        filters.addWidget(self.year_filter)
        filters.addWidget(self.search, 1)

        self.model = ReportListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReportListModel.NAME, QHeaderView.ResizeMode.Stretch)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.panel = ScorePanel()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self.year_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._fill_years()
        self.refresh()
        self.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _fill_years(self) -> None:
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in self.store.years():
            self.year_filter.addItem(str(year), year)
        self.year_filter.blockSignals(False)

    def refresh(self) -> None:
        year = self.year_filter.currentData()
        self.model.set_reports(self.store.list(year=year, search=self.search.text().strip() or None))
        self.statusBar().showMessage(self.tr("%n report(s)", "", self.model.rowCount()))
        self.panel.clear()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _show_selected(self) -> None:
        report_id = self.selected_id()
        if report_id is None:
            self.panel.clear()
            return
        try:
            report = self.store.load(report_id)
            profile = default_library().get(report.profile)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the report"), exc.text("zh"))
            return
        result = score_report(report, profile)
        names = [text(i.name) for i in report.indicators]
        self.panel.show_result(result, names, run_checks(report, profile, result))
