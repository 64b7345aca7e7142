"""导出 Word / 导出 PDF / 打印预览 / 打印, and the batch export of a year: off the GUI thread,
with a progress dialog, asking once for confirmation when the report still has errors."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from ...core.file_names import safe_file_name
from ...core.messages import UserError
from ...core.model import Report
from ...core.profiles import ProfileLibrary
from ...export.atomic import ExportError
from ...export.formats import FORMATS
from ...store.repository import ReportStore
from ..base.background import run_in_background
from ..base.settings import AppSettings
from ..base.translations import message_language
from .export_words import say
from .pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


class ExportActions(QObject):
    def __init__(self, parent: QWidget, library: ProfileLibrary, settings: AppSettings) -> None:
        super().__init__(parent)
        self.window = parent
        self.library = library
        self.settings = settings

    @property
    def last_folder(self) -> str:
        """The folder of the last export, kept across restarts; home until there is one."""
        folder = self.settings.get("export_folder")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.settings.set("export_folder", folder)

    def warm_up(self) -> None:
        """Load the writers and the PDF's fonts in a worker thread, so that the user's first
        export starts at once instead of parsing fonts first (the window calls this once it
        is shown)."""
        font = self.options()["font"]

        def warm() -> None:
            from ...export.writer import warm

            warm(font)

        # a failure here (no usable font) is met again, and explained, by the export itself
        run_in_background(warm, lambda _: None, lambda _: None, owner=self)

    def options(self) -> dict[str, str | None]:
        """The user's export settings: the PDF's font and the page numbers' style."""
        return {"font": self.settings.get("pdf_font") or None,
                "page_numbers": self.settings.get("page_numbers")}

    def _confirm_errors(self, report: Report) -> bool:
        """Errors never block an export (the report is the user's) but are named once."""
        from ...core.checks import ERROR, run_checks

        profile = self._profile_of(report)
        errors = [f for f in run_checks(report, profile) if f.severity == ERROR]
        if not errors:
            return True
        lines = "\n".join(f"• {f.message.text(message_language())}" for f in errors[:8])
        answer = QMessageBox.question(
            self.window, self.tr("The report still has errors"),
            self.tr("The checks found %n error(s):", "", len(errors)) + "\n" + lines + "\n\n"
            + self.tr("Export all the same?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_target(self, report: Report, suffix: str, title: str, filter_: str) -> str | None:
        start = str(Path(self.last_folder) / f"{safe_file_name(report)}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, filter_)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        self.last_folder = str(Path(path).parent)
        return path

    def _run(self, label: str, work: Callable[[], object], done: Callable[[object], None],
             after: Callable[[], None] = lambda: None) -> None:
        """*work* off the GUI thread, then *done* with its result (or the failure shown), then
        *after* whichever way it went."""
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setValue(0)

        def finished(result: object) -> None:
            progress.close()
            try:
                done(result)
            finally:
                after()

        def failed(error: BaseException) -> None:
            progress.close()
            try:
                self._show_failure(error)
            finally:
                after()

        run_in_background(work, finished, failed, owner=self)

    def _show_failure(self, error: BaseException) -> None:
        """The reason in the window's language; an error the export did not foresee is named
        as it is (it has no translation) under a sentence that has one."""
        if isinstance(error, (ExportError, UserError)):
            message = error.text(message_language())
        else:
            message = self.tr("The file could not be made: %1").replace(
                "%1", f"{type(error).__name__}: {error}")
        QMessageBox.warning(self.window, self.tr("Export failed"), message)

    def _profile_of(self, report: Report):  # type: ignore[no-untyped-def]
        """The report's profile, or the default one where this PC does not have it."""
        return self.library.scoring_profile(report.profile)

    def export(self, report: Report, kind: str, table_only: bool = False) -> None:
        """kind: a key of export/formats.py ('pdf', 'docx', 'xlsx'); table_only: just the 自评表,
        which units often hand in alone (a format always landscape — the Excel sheet, always
        the 自评表 — asks no orientation)."""
        fmt = FORMATS[kind]
        if not self._confirm_errors(report):
            return
        landscape = True if fmt.always_landscape else self._orientation(table_only)
        if landscape is None:
            return
        path = self._ask_target(report, fmt.suffix, say(fmt.dialog_title),
                                f"{fmt.file_words} (*{fmt.suffix})")
        if not path:
            return
        profile = self._profile_of(report)
        self.export_to(report, profile, kind, path, table_only=table_only, landscape=landscape)

    def _orientation(self, table_only: bool) -> bool | None:
        """Landscape? The whole report is portrait; the 自评表 alone asks (None: cancelled)."""
        if not table_only:
            return False
        portrait, landscape = self.tr("Portrait"), self.tr("Landscape")
        choice, ok = QInputDialog.getItem(self.window, self.tr("The self-evaluation table"),
                                          self.tr("Page orientation:"), [portrait, landscape], 0,
                                          False)
        return (choice == landscape) if ok else None

    def export_to(self, report: Report, profile, kind: str, path: str,  # type: ignore[no-untyped-def]
                  table_only: bool = False, landscape: bool = False) -> None:
        from ...export.writer import export_report  # reportlab and python-docx load when needed

        target = {kind: path}
        report = copy.deepcopy(report)  # the user may type on while the export runs
        options = {**self.options(), "table_only": table_only, "landscape": landscape}
        self._run(self.tr("Exporting…"), lambda: export_report(report, profile, **target, **options),
                  lambda _: self._saved(path))

    def _saved(self, path: str) -> None:
        """Saved — and any font the export passed over as damaged (the app's own), named."""
        from ...export.fonts import take_notices

        said = [self.tr("Saved %1").replace("%1", path)]
        said += [notice.text(message_language()) for notice in take_notices()]
        self.window.statusBar().showMessage("  ".join(said), 8000 if len(said) == 1 else 30000)  # type: ignore[attr-defined]

    def export_year(self, store: ReportStore, year: int, kind: str) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the exports"),
                                                  self.last_folder)
        if not folder:
            return
        self.last_folder = folder
        summaries = store.list(year=year)
        if any(s.is_demo for s in summaries) and QMessageBox.question(
                self.window, self.tr("Export a year"),
                self.tr("Export the demo report too? It is an example, no unit's work.")
        ) != QMessageBox.StandardButton.Yes:
            summaries = [s for s in summaries if not s.is_demo]
        reports = [store.load(s.id) for s in summaries]  # read here: SQLite stays on its thread
        suffix = FORMATS[kind].suffix
        progress = QProgressDialog(self.tr("Exporting the reports of %1…").replace("%1", str(year)),
                                   self.tr("Cancel"), 0, len(reports), self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        written: list[str] = []
        options = self.options()
        from ...export.writer import export_report

        def next_one(index: int) -> None:
            if index >= len(reports) or progress.wasCanceled():
                progress.close()
                QMessageBox.information(self.window, self.tr("Export finished"),
                                        self.tr("%n file(s) written.", "", len(written)))
                return
            progress.setValue(index)
            report = reports[index]
            path = str(Path(folder) / f"{safe_file_name(report)}-{summaries[index].id}{suffix}")
            profile = self._profile_of(report)

            def done(_: object) -> None:
                written.append(path)
                next_one(index + 1)

            def failed(error: BaseException) -> None:
                progress.close()
                self._show_failure(error)

            run_in_background(lambda: export_report(report, profile, **{kind: path}, **options),
                              done, failed, owner=self)

        next_one(0)

    # ------------------------------------------------------------------------ printing

    def print_report(self, report: Report, preview: bool, table_only: bool = False) -> None:
        """Print the very pages of the PDF export (drawn from the PDF itself)."""
        landscape = self._orientation(table_only)
        if landscape is None:
            return
        from ...export.writer import export_report

        profile = self._profile_of(report)
        report = copy.deepcopy(report)
        folder = tempfile.TemporaryDirectory(prefix="perfeval-print-")
        pdf = Path(folder.name) / "report.pdf"

        def print_pages(parent: QWidget) -> bool:
            # Qt's printing loads when first used: the window starts without it
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setFullPage(True)  # the PDF's pages carry their own official margins
            if landscape:
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            printer.setDocName(safe_file_name(report))
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
            paint_pdf(pdf, printer)
            return True

        def ready(_: object) -> None:
            if preview:
                dialog = PdfPreviewDialog(pdf, lambda: print_pages(dialog) and dialog.accept(),
                                          self.tr("Print preview"), self.window)
                dialog.exec()
                dialog.pages.close_document()  # however it was closed: the folder goes next
            else:
                print_pages(self.window)

        options = {**self.options(), "table_only": table_only, "landscape": landscape}
        self._run(self.tr("Preparing the pages…"),
                  lambda: export_report(report, profile, pdf=pdf, **options), ready,
                  after=folder.cleanup)  # the pages are on paper (or dropped): the PDF goes


def paint_pdf(pdf: Path, printer: QPrinter) -> None:
    """Draw each page of a PDF onto the printer, page for page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(len(document)):
            if number:
                printer.newPage()
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
