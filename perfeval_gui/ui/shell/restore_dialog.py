"""恢复备份: the store's backups (date, size, number of reports); restoring one replaces the
store after a confirmation, and the current store is backed up first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store import backups


def size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class RestoreDialog(QDialog):
    """``chosen`` after exec(): the backup the user confirmed."""

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        self.found = backups.list_backups(store_path)
        reasons = {"daily": self.tr("daily"), "before-restore": self.tr("before a restore"),
                   "manual": self.tr("by hand")}
        self.table = QTableWidget(len(self.found), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"),
                                              self.tr("Reports")])
        for row, backup in enumerate(self.found):
            why = reasons.get(backup.reason, self.tr("before an upgrade")
                              if backup.reason.startswith("before-v") else backup.reason)
            reports = "—" if backup.reports is None else str(backup.reports)
            for column, text in enumerate((f"{backup.taken:%Y-%m-%d %H:%M:%S}", why,
                                           size_text(backup.size), reports)):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.found:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.found))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        folder = backups.folder(store_path)
        layout.addWidget(QLabel(self.tr("Backups in %1:").replace("%1", str(folder)) if self.found
                                else self.tr("There are no backups in %1 yet.").replace("%1", str(folder))))
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def confirm(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return
        backup = self.found[row]
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace every report in the store by the backup of %1? The store as it is "
                    "now is backed up first.").replace("%1", f"{backup.taken:%Y-%m-%d %H:%M:%S}"))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup.path
            self.accept()
