"""汇总: the year at a glance, beside the reports list — one row per report of the chosen year,
from the store or from a folder of files (read, not imported), with filters, totals, charts,
and Excel/PDF exports of exactly what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.figures import figure_text
from ...core.forms import MONITORING, SELF_EVALUATION
from ...core.messages import UserError
from ...core.model import Report
from ...core.profiles import ProfileLibrary
from ...core.summary import SummaryRow, summary_row, summary_totals
from ...store.repository import ReportStore
from ...store.score_cache import is_stale
from ..base.background import run_in_background
from ..base.translations import message_language
from .monitoring_summary_page import MonitoringSummaryPage
from .summary_charts import RATE_LINE, BarChart, ScatterChart, rate_bars
from .summary_model import ROW_ROLE, SummaryFilter, SummaryModel
from .summary_preview import ReportPreviewDialog
from .summary_sources import SummarySources, SummaryWriter

SIZED_ROWS = 200  # columns fit the widest of this many rows, not of a department's ten thousand


class SummaryPage(SummarySources):
    open_report = Signal(int)  # a stored report's id
    import_report = Signal(object)  # a Report read from a file, to be imported

    def __init__(self, store: ReportStore, library: ProfileLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monitoring: MonitoringSummaryPage | None = None  # built when first chosen
        self.store, self.library = store, library
        self.reports: dict[str, Report] = {}  # file name -> report, where the source is a folder
        self.skipped = 0  # files of the folder that could not be read
        self.unscored = 0  # reports whose profile is unknown
        self.loading = False
        self.generation = 0  # of the latest load asked for
        self.unit = QComboBox()
        self.grade = QComboBox()
        self.errors_only = QCheckBox(self.tr("Has errors"))
        self.low_rate_only = QCheckBox(self.tr("Rate below 90%"))
        # the 示例 report is no unit's work: out of the 汇总 unless the user asks for it
        self.with_demo = QCheckBox(self.tr("Include the demo report"))
        self.with_demo.setObjectName("withDemo")
        top = self.source_bar([(self.tr("Unit:"), self.unit), (self.tr("Grade:"), self.grade),
                               (None, self.errors_only), (None, self.low_rate_only),
                               (None, self.with_demo)])

        self.model = SummaryModel(self)
        self.proxy = SummaryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self.summary_table(self.proxy, "summary", SummaryModel.UNIT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(SummaryModel.PROJECT, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grade_chart, self.rate_chart = BarChart(), BarChart()
        self.scatter = ScatterChart()
        charts = QSplitter()
        for chart in (self.grade_chart, self.rate_chart, self.scatter):
            charts.addWidget(chart)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # 自评 or 监控: the year's self-evaluations, or its monitoring forms (monitoring_page)
        self.form_choice = QComboBox()
        self.form_choice.setObjectName("summaryForm")
        self.form_choice.addItem(self.tr("Self-evaluations"), SELF_EVALUATION)
        self.form_choice.addItem(self.tr("Monitoring forms"), MONITORING)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Summary of:")))
        choice.addWidget(self.form_choice)
        choice.addStretch(1)
        self_page = QWidget()
        self_layout = QVBoxLayout(self_page)
        self_layout.setContentsMargins(0, 0, 0, 0)
        self_layout.addLayout(top)
        self_layout.addWidget(split)
        self.stack = QStackedWidget()
        self.stack.addWidget(self_page)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.stack)
        self.form_choice.currentIndexChanged.connect(self._choose_form)

        self.source.currentIndexChanged.connect(self.reload)
        self.with_demo.toggled.connect(self.reload)
        self.folder_button.clicked.connect(self.choose_folder)
        self.year.currentIndexChanged.connect(self.reload)
        for combo in (self.unit, self.grade):
            combo.currentIndexChanged.connect(self._filter)
        for box in (self.errors_only, self.low_rate_only):
            box.toggled.connect(self._filter)
        self.table.doubleClicked.connect(self._open)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.fill_years()

    @property
    def store(self) -> ReportStore:
        return self._store

    @store.setter
    def store(self, store: ReportStore) -> None:  # the window switches stores
        self._store = store
        if self._monitoring is not None:
            self._monitoring.store = store

    @property
    def monitoring_page(self) -> MonitoringSummaryPage:
        """监控汇总, built when first asked for."""
        if self._monitoring is None:
            self._monitoring = MonitoringSummaryPage(self.store, self.library)
            self._monitoring.open_report.connect(self.open_report)
            self.stack.addWidget(self._monitoring)
        return self._monitoring

    def _choose_form(self) -> None:
        if self.form_choice.currentData() == MONITORING:
            page = self.monitoring_page
            self.stack.setCurrentWidget(page)
            if self.from_folder() and self.folder is not None and page.folder != self.folder:
                # the folder read here holds the forms looked for: handed over, not read again
                page.take_folder(self.folder, list(self.reports.items()), self.skipped)
            year = page.year.findData(self.year.currentData())  # the year looked at, if it has one
            if year >= 0 and year != page.year.currentIndex():
                page.year.setCurrentIndex(year)  # reloads
            elif not page.loading and not page.all_rows:
                page.reload()
        else:
            self.stack.setCurrentIndex(0)

    def follow_store(self) -> None:
        if self._monitoring is not None:
            self._monitoring.follow_store()
        super().follow_store()

    # ------------------------------------------------------------------ sources

    def fill_years(self) -> None:
        current = self.year.currentData()
        # the 汇总 has a line for each 自评表 only (core.summary): a year of monitoring forms or
        # declarations alone would show an empty table
        years = set(self.store.years(SELF_EVALUATION)) if not self.from_folder() else {
            r.year for r in self.reports.values() if r.form == SELF_EVALUATION}
        self.year.blockSignals(True)
        self.year.clear()
        if self.from_folder():
            self.year.addItem(self.tr("All years"), None)
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def keep_folder(self, reports: list[tuple[str, Report]], unreadable: int) -> None:
        self.reports, self.skipped = dict(reports), unreadable

    def reload(self) -> None:
        """Rows from the figures the store keeps (one query); reports without them (an unknown
        profile, figures being recomputed) and a folder's files are scored and checked off
        the GUI thread, then all rows are shown."""
        year, library = self.year.currentData(), self.library
        kept: list[SummaryRow] = []
        files: list[tuple[str, Report]] = []
        missing: list[int] = []
        if self.from_folder():
            files = [(n, r) for n, r in self.reports.items() if year is None or r.year == year]
        elif year is not None:
            try:
                # figures kept by other profile files or another version of the program are
                # not shown while the window recomputes them: each report is scored here
                current = not is_stale(self.store, self.library)
                demo = self.with_demo.isChecked()
                kept, unkept = self.store.summary_rows(year, kept=current, demo=demo)
                self.model.demo_ids = {s.id for s in self.store.list(year=year) if s.is_demo and demo}
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot read the store"), exc.text(message_language()))
                return
            missing = [report_id for report_id, _updated in unkept]
        path = self.store.path

        def work() -> tuple[list[SummaryRow], int]:
            rows, skipped = list(kept), 0
            sources: list[tuple[str | int, Report]] = list(files)
            if missing:  # a connection of this thread's own: the window's stays on its thread
                with ReportStore.as_found(path) as reader:
                    for report_id in missing:
                        try:
                            sources.append((report_id, reader.load(report_id)))
                        except UserError:  # one report that does not open: counted, never
                            skipped += 1  # the whole year's summary
            for source, report in sources:
                try:
                    rows.append(summary_row(source, report, library.get(report.profile)))
                except UserError:  # an unknown profile: counted, like an unreadable file
                    skipped += 1
            if missing:
                rows.sort(key=lambda r: r.source)  # by id, as the store lists them
            return rows, skipped

        self.loading = True
        self.generation += 1
        generation = self.generation  # a slower earlier load must not overwrite a later one
        run_in_background(work, lambda rows: self._show(rows, generation), self.load_failed, owner=self)


    def _show(self, loaded: tuple[list[SummaryRow], int], generation: int) -> None:
        if generation != self.generation:
            return
        rows, unscored = loaded
        self.unscored = unscored
        self.model.set_rows(rows)
        self._fill_combo(self.unit, sorted({r.unit for r in rows if r.unit}))
        grades = sorted({r.grade for r in rows if r.grade})
        self._fill_combo(self.grade, grades, with_none=any(r.grade is None for r in rows))
        self.loading = False
        self._filter()

    def _fill_combo(self, combo: QComboBox, values: list[str], with_none: bool = False) -> None:
        # nothing chosen yet is 全部, not the 未评定 item (whose data is None too)
        current = combo.currentData() if combo.currentIndex() >= 0 else ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), "")
        for value in values:
            combo.addItem(value, value)
        if with_none:
            combo.addItem(self.tr("No grade"), None)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ filters, totals, charts

    def _filter(self) -> None:
        self.proxy.set_filters(self.unit.currentData() or "", self.grade.currentData()
                               if self.grade.currentIndex() > 0 else "",
                               self.errors_only.isChecked(), self.low_rate_only.isChecked())
        rows = self.proxy.visible_rows()
        totals = self.current_totals()

        def fig(value) -> str:  # type: ignore[no-untyped-def]
            return "—" if value is None else figure_text(value)

        grades = "  ".join(f"{self.tr('none') if g == 'none' else g} {n}" for g, n in totals.grades.items())
        if totals.unscored:  # counted under none, and out of the mean and median
            grades += "  " + self.tr("(%n not scored)", "", totals.unscored)
        self.totals.setText(
            self.tr("%1 reports (%2 skipped) · budget %3 · executed %4 · rate %5% · "
                    "mean total %6 · median %7 · %8")
            .replace("%5%", "—" if totals.rate is None else fig(totals.rate) + "%")  # not "—%"
            .replace("%1", str(totals.reports)).replace("%2", str(totals.skipped))
            .replace("%3", fig(totals.budget)).replace("%4", fig(totals.executed))
            .replace("%6", fig(totals.mean_total))
            .replace("%7", fig(totals.median_total)).replace("%8", grades))
        self.grade_chart.set_bars(self.tr("Grades"), [
            (self.tr("none") if g == "none" else g, n, g == "none") for g, n in totals.grades.items()])
        self.rate_chart.set_bars(self.tr("Execution rate % (line: 90%)"), rate_bars(rows), RATE_LINE)
        self.scatter.set_points(self.tr("Total (up) vs rule total (across)"),
                                [(float(r.rule_total), float(r.total)) for r in rows
                                 if r.total is not None and r.rule_total is not None])

    def current_totals(self):  # type: ignore[no-untyped-def]
        skipped = (self.skipped if self.from_folder() else 0) + self.unscored
        return summary_totals(self.proxy.visible_rows(), skipped)

    # ------------------------------------------------------------------ actions

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        row: SummaryRow = index.data(ROW_ROLE)
        if isinstance(row.source, int):
            self.open_report.emit(row.source)
            return
        report = self.reports[row.source]
        dialog = ReportPreviewDialog(report, self.library, self)
        if dialog.exec():
            self.import_report.emit(report)

    def summary_writer(self, kind: str) -> SummaryWriter:
        if kind == "xlsx":
            from ...export.summary_xlsx import write_summary_xlsx

            return write_summary_xlsx
        from ...export.summary_pdf import write_summary_pdf

        return write_summary_pdf
