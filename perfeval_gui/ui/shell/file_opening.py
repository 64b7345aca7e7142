"""A file handed to the window — on the command line (``perfeval-gui FILE``, a double-click,
打开方式), dropped on it, or passed on by a second start (hand_over): a report of this store
opens; anything else the menu's imports take goes through their preview; a file that cannot
be read is refused with the import's own message, naming it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...core.interchange import fingerprint, read_report_file
from ...core.messages import UserError
from ...core.model import Report, text
from ...exchange.archive import is_archive
from ...reader.source import DOCX, JSON, XLS, XLSX, sniff
from ...store.repository import ReportStore
from ..files.document_import import cannot_import, import_files

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as MainWindow  # the window (no import back: no cycle)


def stored_report(store: ReportStore, report: Report) -> int | None:
    """The id of the stored report this document is a copy of (same data, same fingerprint)."""
    wanted = fingerprint(report)
    for summary in store.list(year=report.year):
        if summary.name == text(report.project.name) and fingerprint(store.load(summary.id)) == wanted:
            return summary.id
    return None


def open_files(window: MainWindow, paths: list[str]) -> None:
    """Each file in turn, as the user would have opened or imported it from the menu."""
    for name in paths:
        open_file(window, Path(name))


def open_file(window: MainWindow, path: Path) -> None:
    try:
        kind = sniff(path)
        if kind is None and not is_archive(path):
            raise UserError("", "open.unknown_kind")
        if kind == JSON:
            known = stored_report(window.store, read_report_file(path))
            if known is not None:
                window.open_report(known)
                return
    except UserError as exc:
        cannot_import(window, path, exc)
        return
    if kind in (JSON, DOCX, XLSX, XLS):
        _import(window, path)
    else:
        _import_archive(window, path)


def _import(window: MainWindow, path: Path) -> None:
    """The import of 从 Word/Excel 导入, for this one file: previewed, then written."""
    opened = window.doc.report_id if window.doc else None
    if not window.close_report():  # saved first: the file's targets may go into it
        return
    chosen: list[int] = []  # the project's stored form of that year, opened instead
    written = import_files(window, window.store, [str(path)], chosen)
    for report_id in written:  # a new year of a stored project: linked once the user agrees
        if window.store.previous_id(report_id) is None:
            window.offer_link(report_id, window.store.load(report_id))
    if written or chosen or opened is not None:
        window.open_report(written[0] if written else chosen[0] if chosen else opened)  # type: ignore[arg-type]
    window.say_imported(len(written))


def _import_archive(window: MainWindow, path: Path) -> None:
    """A year archive: what it holds is shown first; ticked reports are added."""
    preview = window.archives.preview(path, window.store)
    if preview is None or not preview.exec():
        return
    written = [window.store.create(report) for report in preview.chosen()]
    window.show_list()
    window.say_imported(len(written))

