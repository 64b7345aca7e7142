"""The files a unit already has, one after another: read, previewed, then imported as a new
report or as targets — or refused with the reason, naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...core.interchange import read_report_file
from ...core.messages import Message, UserError
from ...reader import REPORT, SELF_EVALUATION, Reading, read_file
from ...reader.source import JSON, sniff
from ...reader.targets import apply_targets
from ...store.repository import ReportStore
from ..base.translations import message_language
from .import_preview import NEW, ImportPreviewDialog


def preview(reading, path: Path, store: ReportStore, parent: QWidget) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    """The preview dialog, answered by the user (tests answer it in its place)."""
    dialog = ImportPreviewDialog(reading, path, store, parent)
    dialog.exec()
    return dialog


def read_for_import(path: Path) -> Reading:
    """What the preview shows of a Word or Excel file, or of a report's JSON (as it was
    written: nothing skipped, each indicator found at its place in the list)."""
    if sniff(path) != JSON:
        return read_file(path)
    report = read_report_file(path)
    places = [Message("read.place_json", {"number": i + 1}) for i in range(len(report.indicators))]
    # a declaration's or a monitoring form's JSON is named as that form
    return Reading(report, REPORT if report.form == SELF_EVALUATION else report.form, places=places)


def cannot_import(parent: QWidget, path: Path, problem: UserError) -> None:
    """Why a file cannot be imported, naming it (the menu's import, a file opened, a drop)."""
    QMessageBox.warning(parent, QCoreApplication.translate("DocumentImport", "Cannot import"),
                        QCoreApplication.translate("DocumentImport", "“%1” cannot be imported:")
                        .replace("%1", path.name)
                        + "\n" + problem.message.text(message_language()))


def import_files(parent: QWidget, store: ReportStore, paths: list[str],
                 opened: list[int] | None = None) -> list[int]:
    """Each file previewed before anything is written, then everything the user accepted
    written in one transaction: all of it, or — a failure, a kill, a power cut — none.
    Returns the ids of the reports written; *opened* gets the stored reports the user chose
    to open instead of importing a file again (the project's form of that year)."""
    writes: list[Callable[[], int]] = []
    for name in paths:
        path = Path(name)
        try:
            reading = read_for_import(path)
        except UserError as exc:
            cannot_import(parent, path, exc)
            continue
        dialog = preview(reading, path, store, parent)
        stored = dialog.stored_id()
        if stored is not None and opened is not None:
            opened.append(stored)
        if dialog.result() != QDialog.DialogCode.Accepted:
            continue
        if dialog.mode() == NEW:
            writes.append(lambda report=reading.report: store.create(report))
        else:
            report_id, changes = dialog.target_report_id(), dialog.changes
            if report_id is None or changes is None:
                continue
            writes.append(lambda report_id=report_id, changes=changes: _targets(store, report_id, changes))
    try:
        return store.write_immediately(lambda: [write() for write in writes]) if writes else []
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("DocumentImport", "Cannot import"),
                            exc.text(message_language()))
        return []


def _targets(store: ReportStore, report_id: int, changes) -> int:  # type: ignore[no-untyped-def]
    """A 申报表's targets into a stored report (read inside the import's transaction)."""
    store.save(report_id, apply_targets(store.load(report_id), changes))
    return report_id
