"""The files a unit already has, one after another: read, previewed, then imported as a new
report or as targets — or refused with the reason, naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..core.messages import UserError
from ..reader import read_file
from ..reader.targets import apply_targets
from ..store.repository import ReportStore
from .import_preview import NEW, ImportPreviewDialog
from .translations import message_language


def preview(reading, path: Path, store: ReportStore, parent: QWidget) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    """The preview dialog, answered by the user (tests answer it in its place)."""
    dialog = ImportPreviewDialog(reading, path, store, parent)
    dialog.exec()
    return dialog


def import_files(parent: QWidget, store: ReportStore, paths: list[str]) -> list[int]:
    """Each file previewed before anything is written, then everything the user accepted
    written in one transaction: all of it, or — a failure, a kill, a power cut — none.
    Returns the ids of the reports written."""
    writes: list[Callable[[], int]] = []
    for name in paths:
        path = Path(name)
        try:
            reading = read_file(path)
        except UserError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("DocumentImport", "Cannot import"),
                                QCoreApplication.translate("DocumentImport", "“%1” cannot be imported:")
                                .replace("%1", path.name)
                                + "\n" + exc.message.text(message_language()))
            continue
        dialog = preview(reading, path, store, parent)
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
