"""文件 → 导出全年归档 / 导入归档: a year's reports carried to the department or to a new PC.

Import shows what the archive holds first; a report with the same project and year as a stored
one is flagged and left unticked — an archive never overwrites anything, it only adds reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.messages import UserError
from ...core.model import Report, text
from ...core.profiles import ProfileLibrary
from ...export.atomic import ExportError
from ...store.repository import ReportStore
from ..base.background import run_in_background
from ..base.translations import message_language


class ArchivePreview(QDialog):
    """What the archive holds, each report ticked for import unless the store holds the same
    data already (its fingerprint): an archive imported twice adds nothing unless asked."""

    def __init__(self, reports: list[Report], stored: list[bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a year archive"))
        self.resize(760, 420)
        self.reports = reports
        self.table = QTableWidget(len(reports), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Unit"), self.tr("Project"), self.tr("Already in the store")])
        self.table.verticalHeader().hide()
        duplicates = 0
        for row, report in enumerate(reports):
            duplicate = stored[row]  # the same data (fingerprint) is in the store already
            duplicates += duplicate
            year = QTableWidgetItem(str(report.year))
            year.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            year.setCheckState(Qt.CheckState.Unchecked if duplicate else Qt.CheckState.Checked)
            self.table.setItem(row, 0, year)
            self.table.setItem(row, 1, QTableWidgetItem(text(report.project.unit)))
            self.table.setItem(row, 2, QTableWidgetItem(text(report.project.name)))
            self.table.setItem(row, 3, QTableWidgetItem(self.tr("yes — not ticked") if duplicate else ""))
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 reports in the archive, %2 already in the store. "
                                        "Ticked reports are added as new reports; nothing is overwritten.")
                                .replace("%1", str(len(reports))).replace("%2", str(duplicates))))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Import ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Report]:
        return [r for row, r in enumerate(self.reports)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]



class ArchiveActions(QObject):
    """The two menu actions, for one window."""

    def __init__(self, window: QWidget, library: ProfileLibrary) -> None:
        super().__init__(window)
        self.window, self.library = window, library

    def export_year(self, store: ReportStore, on_done: Callable[[Path], None] | None = None) -> None:
        years = store.years()
        if not years:
            return
        year, ok = QInputDialog.getItem(self.window, self.tr("Export a year archive"), self.tr("Year:"),
                                        [str(y) for y in years], 0, False)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export a year archive"),
                                              str(Path.home() / f"{year}-archive.zip"),
                                              self.tr("Year archive (*.zip)"))
        if path:
            self.write(store, int(year), Path(path), on_done)

    def write(self, store: ReportStore, year: int, path: Path,
              on_done: Callable[[Path], None] | None = None) -> None:
        """Every report of *year* with its PDF, written off the GUI thread."""
        from ...exchange.archive import write_year_archive

        try:
            summaries = store.list(year=year)
            if any(s.is_demo for s in summaries) and QMessageBox.question(
                    self.window, self.tr("Export a year archive"),
                    self.tr("Put the demo report in the archive too? It is an example, no unit's work.")
            ) != QMessageBox.StandardButton.Yes:
                summaries = [s for s in summaries if not s.is_demo]
            reports = [store.load(s.id) for s in summaries]
            profiles = {r.profile: self.library.get(r.profile) for r in reports}
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), exc.text(message_language()))
            return

        def work() -> int:
            return write_year_archive(path, reports, year, profiles)

        def done(count: int) -> None:
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Saved %1 (%2 reports)").replace("%1", str(path)).replace("%2", str(count)), 8000)
            if on_done:
                on_done(path)

        def failed(exc: BaseException) -> None:
            message = exc.text(message_language()) if isinstance(exc, (ExportError, UserError)) else str(exc)
            QMessageBox.warning(self.window, self.tr("Export failed"), message)

        run_in_background(work, done, failed, owner=self)

    def preview(self, path: Path, store: ReportStore) -> ArchivePreview | None:
        """What an archive holds, or None after telling the user why it was refused."""
        from ...exchange.archive import read_archive

        try:
            reports = [a.report for a in read_archive(path)]
            for report in reports:
                self.library.get(report.profile)
            stored = [store.same_as(report) is not None for report in reports]
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot import"), exc.text(message_language()))
            return None
        return ArchivePreview(reports, stored, self.window)

    def import_archive(self, store: ReportStore) -> list[int]:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a year archive"),
                                              str(Path.home()), self.tr("Year archive (*.zip)"))
        if not path:
            return []
        preview = self.preview(Path(path), store)
        if preview is None or not preview.exec():
            return []
        return store.create_many(preview.chosen())  # all or nothing
