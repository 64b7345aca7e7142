"""监控汇总: a year's monitoring forms (运行监控表) at a glance — each project's 执行率 as a bar
against the time progress of its period, whether it lags by its profile's rule, its at-risk
indicators listed under the table; one period chosen or each project's latest; Excel/PDF of
exactly what is shown (core.monitoring_summary, the command line's figures)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.figures import figure_text, percent_figure_text
from ...core.forms import MONITORING
from ...core.messages import UserError
from ...core.model import Report
from ...core.monitoring_summary import (
    MonitoringRow,
    MonitoringTotals,
    for_period,
    monitoring_row,
    monitoring_totals,
    periods,
)
from ...core.profiles import ProfileLibrary
from ...store.repository import ReportStore
from ..base.background import run_in_background
from ..base.translations import message_language
from .execution_bar import ExecutionBarDelegate
from .monitoring_summary_model import ROW_ROLE, MonitoringFilter, MonitoringSummaryModel
from .summary_sources import SummarySources, SummaryWriter

LATEST = "latest"


class MonitoringSummaryPage(SummarySources):
    open_report = Signal(int)  # a stored report's id
    FILE_STEM = "监控汇总"

    def __init__(self, store: ReportStore, library: ProfileLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.library = store, library
        self.all_rows: list[MonitoringRow] = []  # every monitoring form of the year, each period
        self.skipped = 0  # forms that do not open, of another form, or of a profile unknown here
        self.files: list[tuple[str, Report]] = []  # a folder's reports, read, not imported
        self.unreadable = 0  # the folder's files that could not be read
        self.loading = False
        self.generation = 0
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.flagged_only = QCheckBox(self.tr("Only behind or at risk"))
        top = self.source_bar([(self.tr("Period:"), self.period), (None, self.flagged_only)])

        self.model = MonitoringSummaryModel(self)
        self.proxy = MonitoringFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self.summary_table(self.proxy, "monitoringSummary", MonitoringSummaryModel.UNIT)
        self.bar = ExecutionBarDelegate(self.table)
        self.table.setItemDelegateForColumn(MonitoringSummaryModel.RATE, self.bar)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MonitoringSummaryModel.PROJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MonitoringSummaryModel.RATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MonitoringSummaryModel.RATE, 180)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risks = QTableWidget(0, 8)
        self.risks.setObjectName("atRisk")
        self.risks.setHorizontalHeaderLabels([
            self.tr("Project"), self.tr("Indicator"), self.tr("Likelihood"), self.tr("Target"),
            self.tr("To date"), self.tr("Projected"), self.tr("Causes"), self.tr("Remarks")])
        self.risks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.risks.verticalHeader().hide()
        # each column as wide as its words and 备注 the rest: sized once by content, the table
        # stopped halfway across the page with the longest words, the remarks, cut
        risk_header = self.risks.horizontalHeader()
        risk_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        risk_header.setSectionResizeMode(self.risks.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.risks_title = QLabel()
        upper, lower = QWidget(), QWidget()
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        for box in (upper_layout, lower_layout):
            box.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.totals)
        lower_layout.addWidget(self.risks_title)
        lower_layout.addWidget(self.risks)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split)

        self.source.currentIndexChanged.connect(self._source_changed)
        self.folder_button.clicked.connect(self.choose_folder)
        self.year.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self._apply_period)
        self.flagged_only.toggled.connect(self._filter)
        self.table.doubleClicked.connect(self._open)
        self.risks.itemDoubleClicked.connect(self._open_risk)  # its form, as the table's line does
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.fill_years()

    # ------------------------------------------------------------------ the source

    def fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        if self.from_folder():
            self.year.addItem(self.tr("All years"), None)
            years = sorted({report.year for _name, report in self.files}, reverse=True)
        else:
            years = self.store.years()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def keep_folder(self, reports: list[tuple[str, Report]], unreadable: int) -> None:
        self.files, self.unreadable = reports, unreadable

    def _source_changed(self) -> None:
        self.fill_years()
        self.reload()

    def reload(self) -> None:
        """The year's monitoring forms (the store's, or the folder's), each read and checked off
        the GUI thread (a project has one or a few a year); a form of another kind, one that
        does not open or whose profile is unknown here is counted as skipped."""
        year, library = self.year.currentData(), self.library
        ids: list[int] = []
        files: list[tuple[str, Report]] = []
        skipped_before = 0
        if self.from_folder():
            files = [(n, r) for n, r in self.files if year is None or r.year == year]
            skipped_before = self.unreadable
        elif year is not None:
            try:
                ids = self.store.form_ids(year, MONITORING)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot read the store"), exc.text(message_language()))
                return
        path = self.store.path

        def work() -> tuple[list[MonitoringRow], int]:
            sources: list[tuple[str | int, Report]] = list(files)
            skipped = skipped_before
            if ids:
                with ReportStore.as_found(path) as reader:  # this thread's own connection
                    for report_id in ids:
                        try:
                            sources.append((report_id, reader.load(report_id)))
                        except UserError:
                            skipped += 1
            rows = []
            for source, report in sources:
                try:
                    rows.append(monitoring_row(source, report, library.get(report.profile)))
                except UserError:
                    skipped += 1
            return rows, skipped

        self.loading = True
        self.generation += 1
        generation = self.generation  # a slower earlier load must not overwrite a later one
        run_in_background(work, lambda loaded: self._show(loaded, generation), self.load_failed, owner=self)


    def _show(self, loaded: tuple[list[MonitoringRow], int], generation: int) -> None:
        if generation != self.generation:
            return
        self.all_rows, self.skipped = loaded
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Latest of each project"), LATEST)
        for end in periods(self.all_rows):
            self.period.addItem(end.isoformat(), end.isoformat())
        self.period.setCurrentIndex(max(self.period.findData(current), 0))
        self.period.blockSignals(False)
        self.loading = False
        self._apply_period()

    def chosen_period(self) -> date | None:
        data = self.period.currentData()
        return None if data in (None, LATEST) else date.fromisoformat(data)

    def _apply_period(self) -> None:
        self.model.set_rows(for_period(self.all_rows, self.chosen_period()))
        self._filter()

    # ------------------------------------------------------------------ what is shown

    def _filter(self) -> None:
        self.proxy.set_flagged_only(self.flagged_only.isChecked())
        rows, totals = self.proxy.visible_rows(), self.current_totals()

        def fig(value) -> str:  # type: ignore[no-untyped-def]
            return "—" if value is None else figure_text(value)

        progress = "" if totals.time_progress is None else self.tr(" · time progress %1%").replace(
            "%1", fig(totals.time_progress))
        self.totals.setText(
            self.tr("%1 projects (%2 skipped) · budget %3 · executed to date %4 · rate %5%6 · "
                    "%7 behind · at risk: %8 possible, %9 impossible")
            .replace("%1", str(totals.reports)).replace("%2", str(totals.skipped))
            .replace("%3", fig(totals.budget)).replace("%4", fig(totals.executed_to_date))
            .replace("%5", percent_figure_text(totals.rate))
            .replace("%6", progress).replace("%7", str(totals.lagging))
            .replace("%8", str(totals.possible)).replace("%9", str(totals.impossible)))
        risky = [(row, risk) for row in rows for risk in row.at_risk]
        self.risks_title.setText(self.tr("Indicators at risk (possible / impossible): %1")
                                 .replace("%1", str(len(risky))))
        self.risks.setRowCount(len(risky))
        for n, (row, risk) in enumerate(risky):
            for col, value in enumerate((row.project, risk.name, risk.likelihood, risk.target,
                                         risk.to_date, risk.projected, risk.causes, risk.remarks)):
                item = QTableWidgetItem(value)
                item.setData(ROW_ROLE, row.source)
                self.risks.setItem(n, col, item)

    def current_totals(self) -> MonitoringTotals:
        return monitoring_totals(self.proxy.visible_rows(), self.skipped)

    # ------------------------------------------------------------------ actions

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row: MonitoringRow = index.data(ROW_ROLE)
        if isinstance(row.source, int):
            self.open_report.emit(row.source)

    def _open_risk(self, item: QTableWidgetItem) -> None:
        source = item.data(ROW_ROLE)  # a form read from a folder has no report to open
        if isinstance(source, int):
            self.open_report.emit(source)

    def summary_writer(self, kind: str) -> SummaryWriter:
        if kind == "xlsx":
            from ...export.summary_xlsx import write_monitoring_summary_xlsx

            return write_monitoring_summary_xlsx
        from ...export.summary_pdf import write_monitoring_summary_pdf

        return write_monitoring_summary_pdf
