"""What both 汇总 pages (the 自评表's and the 监控表's) do alike: where their reports come from
— this store, or a department's folder of files read without importing — reading the store
again when it changes (at once, or when next shown), and the Excel/PDF of exactly what is
shown. Each page says what it reads and how it writes; the rest is here once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ...core.messages import UserError
from ...core.model import Report
from ...export.atomic import ExportError
from ...fault_log import log_exception
from ..base.sort_arrows import point_the_order
from ..base.translations import message_language

STORE = "store"  # the source combo's item for this store (the other is the folder read)
FOLDER = "folder"

# a summary writer: (rows, totals, target, year) -> the file written at target
SummaryWriter = Callable[[list[Any], Any, Path, str], None]


class SummarySources(QWidget):
    """A 汇总 page's source, year and exports; the page makes ``source`` and ``year`` (combos)
    and ``proxy`` (its filter, with ``visible_rows``) and gives what the hooks below ask."""

    source: QComboBox
    year: QComboBox
    # the name an exported file is offered under after its year (2024汇总.xlsx): the document's
    # Chinese name, like the printed forms' titles
    FILE_STEM = "汇总"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None  # the folder read, where one was
        self._stale = False  # the store changed while the page was hidden
        self.source = QComboBox()
        self.source.addItem(self.tr("This store"), STORE)
        self.folder_button = QPushButton(self.tr("Read a folder…"))
        self.year = QComboBox()
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))

    def source_bar(self, filters: list[tuple[str | None, QWidget]]) -> QHBoxLayout:
        """The row over the table: source, folder and year, then the page's own *filters*
        (each with its label, or None), and the exports at the right."""
        top = QHBoxLayout()
        for label, widget in [(self.tr("Source:"), self.source), (None, self.folder_button),
                              (self.tr("Year:"), self.year), *filters]:
            if label:
                top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        return top

    @staticmethod
    def summary_table(proxy: QSortFilterProxyModel, name: str, sort_column: int) -> QTableView:
        """The page's table of lines: sorted by *sort_column* (units together), its arrow
        pointing the order (▲ ascending), whole rows selected, nothing edited, no row numbers."""
        table = QTableView()
        table.setObjectName(name)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        point_the_order(table.horizontalHeader())
        return table

    # ------------------------------------------------------------------ what each page gives

    def fill_years(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def keep_folder(self, reports: list[tuple[str, Report]], unreadable: int) -> None:
        """A folder's reports (file name, report) and how many of its files did not read."""
        raise NotImplementedError

    def current_totals(self) -> Any:
        raise NotImplementedError

    def summary_writer(self, kind: str) -> SummaryWriter:
        """The writer of the page's 汇总 as *kind* (xlsx or pdf)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ the source

    def from_folder(self) -> bool:
        return self.source.currentData() != STORE

    def follow_store(self) -> None:
        """The store changed (here or in another window): its rows are read again now, or
        when the page is next shown (a folder's rows do not depend on the store)."""
        if self.from_folder():
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.fill_years()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.follow_store()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of report files"), str(Path.home()))
        if folder:
            self.read_folder(Path(folder))

    def read_folder(self, folder: Path) -> None:
        """A department's folder of reports (JSON, Word, Excel), read without importing."""
        from ...exchange.folder import read_folder
        from ...reader import read_any_report

        try:
            found = read_folder(folder, reader=read_any_report)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the folder"), exc.text(message_language()))
            return
        self.take_folder(folder, list(found.reports), len(found.skipped))

    def take_folder(self, folder: Path, reports: list[tuple[str, Report]], unreadable: int) -> None:
        """A folder's reports, read here or by the other 汇总 page (once is enough: a folder of
        Word files is slow to read), become the source, named by the folder."""
        self.folder = folder
        self.keep_folder(reports, unreadable)
        if self.source.count() == 1:
            self.source.addItem("", FOLDER)
        self.source.setItemText(1, folder.name)
        self.source.blockSignals(True)
        self.source.setCurrentIndex(1)
        self.source.blockSignals(False)
        self.fill_years()
        self.reload()

    # ------------------------------------------------------------------ the files

    def export(self, kind: str) -> None:
        suffix = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF (*.pdf)")}[kind]
        name = f"{self.year.currentData() or ''}{self.FILE_STEM}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the summary"),
                                              str(Path.home() / name), suffix)
        if path:
            self.write(kind, Path(path))

    def write(self, kind: str, path: Path) -> bool:
        """The rows shown and their totals as *kind*, replacing *path* whole or not at all."""
        from ...export.atomic import write_atomically

        rows, totals = self.proxy.visible_rows(), self.current_totals()  # type: ignore[attr-defined]
        year = str(self.year.currentData() or "")
        writer = self.summary_writer(kind)
        try:
            write_atomically(path, lambda target: writer(rows, totals, target, year))
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), exc.text(message_language()))
            return False
        window = self.window()
        if hasattr(window, "statusBar"):  # the page may stand alone (a test, a dialog)
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return True

    def load_failed(self, exc: BaseException) -> None:
        """A summary read in the background failed. A reason the user can act on (UserError:
        the store gone, a folder unreadable) is said in the window's language; anything else is
        a fault, logged, and said without the library's English."""
        self.loading = False
        if isinstance(exc, UserError):
            why = exc.text(message_language())
        else:
            log = log_exception(exc, "reading a summary")
            why = self.tr("The reports could not be read for the summary. Try again; the details "
                          "are kept in %1.").replace("%1", str(log) if log else self.tr("no log"))
        QMessageBox.warning(self, self.tr("Cannot summarise"), why)
