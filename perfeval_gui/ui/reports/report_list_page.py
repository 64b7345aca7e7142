"""The reports of the store: filter by year, search by name, sort by any column, and the
score of the one selected."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.forms import MONITORING, SELF_EVALUATION
from ...core.messages import UserError
from ...core.profiles import ProfileLibrary
from ...core.project_chain import ReportFacts, chain_places
from ...core.scoring import score_report
from ...export.atomic import ExportError, write_atomically
from ...store.repository import ReportStore
from ..base.sort_arrows import point_the_order
from ..base.translations import message_language
from ..panel.score_panel import ScorePanel
from .report_list_model import ID_ROLE, SORT_ROLE, ReportListModel, ReportListProxy

if TYPE_CHECKING:
    from ...core.checks import Finding
    from ...core.model import Report
    from ...core.profiles import Profile
    from ...core.scoring import ScoreResult


def run_checks(report: Report, profile: Profile, result: ScoreResult) -> list[Finding]:
    """The check catalogue, loaded when first run: the window starts without it."""
    from ...core.checks import run_checks as run

    return run(report, profile, result)


class ReportListPage(QWidget):
    """The reports of the store: filter by year, search by name, sort by any column."""

    def __init__(self, store: ReportStore, library: ProfileLibrary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.library = store, library
        self._panel_stale = False
        self._list_stale = False  # the store changed while the page was hidden
        self._facts: list = []  # type: ignore[type-arg]  # the projects' facts last shown
        self.closing = False  # the window is closing: shown a moment, the panel is not read
        self.year_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search project name"))
        self.search.setClearButtonEnabled(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.raw_button = QPushButton(self.tr("Export its raw data (JSON)…"))
        self.raw_button.setToolTip(self.tr("The report does not open: save its stored values as "
                                           "they are, to mend them or to send them for help"))
        self.raw_button.hide()
        self.raw_button.clicked.connect(lambda: self.export_raw(self.selected_id()))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year:")))
        filters.addWidget(self.year_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.raw_button)
        filters.addWidget(self.open_button)

        self.model = ReportListModel(self)
        self.proxy = ReportListProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("reports")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        point_the_order(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReportListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.moveSection(ReportListModel.FORM, ReportListModel.NAME + 1)  # the form beside its project

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.panel = ScorePanel()
        self.profile_notice = QLabel()
        self.profile_notice.setObjectName("profileNotice")
        self.profile_notice.setWordWrap(True)
        self.profile_notice.setStyleSheet(
            "background: #fff1d6; color: #7a5200; padding: 6px; border: 1px solid #e0c080;")
        self.profile_notice.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.profile_notice)
        right_layout.addWidget(self.panel)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.year_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.fill_years()
        self.refresh()
        self.table.sortByColumn(ReportListModel.YEAR, Qt.SortOrder.DescendingOrder)

    def fill_years(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in self.store.years():
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(current), 0))
        self.year_filter.blockSignals(False)

    def refresh(self) -> None:
        selected = self.selected_id()
        year = self.year_filter.currentData()
        self._read_chain()
        self.model.set_reports(self.store.list(year=year, search=self.search.text().strip() or None))
        self.panel.clear()
        self.select(selected)

    def follow_store(self) -> None:
        """The store changed (here or in another window): the list shows it now, or when next
        shown; the selection stays on its report, and an unchanged list is left as it is (the
        panel's checks do not run again)."""
        if not self.isVisible():
            self._list_stale = True
            return
        self._list_stale = False
        self.fill_years()
        year = self.year_filter.currentData()
        rows = self.store.list(year=year, search=self.search.text().strip() or None)
        if rows != self.model.rows() or self._chain_facts() != self._facts:
            self.refresh()

    def _chain_facts(self) -> list[ReportFacts]:
        try:
            return self.store.chain_facts()
        except (UserError, sqlite3.DatabaseError):
            return []  # a store that cannot be read now: the list says so on its own

    def _read_chain(self) -> None:
        """Each report's project from the whole store (the recycle bin's reports included:
        a link to one of them is broken, not lost)."""
        self._facts = self._chain_facts()
        live = {f.id: (f.year, f.form) for f in self._facts if not f.deleted}
        self.model.set_chain(chain_places(self._facts), live)

    def select(self, report_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == report_id:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def mark_unreadable(self, problems: dict[int, str]) -> None:
        """Reports that do not open are marked in the list (打不开: why); the others open."""
        self.model.set_problems({**self.model.problems, **problems})
        self._update_raw_button()

    def _update_raw_button(self) -> None:
        self.raw_button.setVisible(self.selected_id() in self.model.problems)

    def export_raw(self, report_id: int | None) -> None:
        """A report that does not open, saved as its stored rows (JSON)."""
        if report_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the raw data"),
                                              str(Path.home() / f"report-{report_id}-raw.json"),
                                              self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            text = json.dumps(self.store.raw(report_id), ensure_ascii=False, indent=2, default=str)
            write_atomically(path, lambda target: target.write_text(text + "\n", encoding="utf-8"))
        except (UserError, ExportError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.text(message_language()))

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):  # not yet while the main window is being built
            window.statusBar().showMessage(message, 8000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._list_stale:
            self.follow_store()
        if self._panel_stale:
            self._show_selected()

    def _show_selected(self) -> None:
        self._update_raw_button()
        # scored and checked only when seen: a start that reopens the last report never shows
        # this page, and the checks of a large report take a while
        self._panel_stale = self.closing or not self.isVisible()
        if self._panel_stale:
            return
        self.profile_notice.hide()
        report_id = self.selected_id()
        if report_id is None:
            self.panel.clear()
            return
        try:
            report = self.store.load(report_id)
        except UserError as exc:
            self.panel.clear()
            self._tell(exc.text(message_language()))
            if exc.message.code == "store.bad_report":
                self.mark_unreadable({report_id: str(exc.message.params.get("detail", ""))})
            return
        profile = self.library.scoring_profile(report.profile)
        missing = report.profile not in self.library.profiles
        if missing:
            self.profile_notice.setText(
                self.tr("The scoring profile “%1” is not on this computer: the report is "
                        "scored with “%2” until that profile is added.")
                .replace("%1", report.profile).replace("%2", profile.name))
        self.profile_notice.setVisible(missing)
        result = score_report(report, profile)
        # the panel as the editor has it for this form: a declaration or a monitoring form
        # shown with the 自评表's points read "总分（自评）— 尚未计分" and weights of 0
        self.panel.set_form(report.form)
        findings = run_checks(report, profile, result)
        if report.form == SELF_EVALUATION:
            self.panel.show_result(result, report, findings)
            return
        if report.form == MONITORING:
            self.panel.show_monitoring(report, profile)
        self.panel.show_findings(findings, report)
