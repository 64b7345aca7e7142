"""回收站: deleted reports, restored or removed for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.repository import ReportStore
from ..base.store_watcher import StoreWatcher


class RecycleBinDialog(QDialog):
    restored = Signal()  # a report came back: the reports list shows it at once

    def __init__(self, store: ReportStore, parent: QWidget | None = None,
                 watcher: StoreWatcher | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Recycle bin"))
        self.reports = QListWidget()
        self.reports.setObjectName("deletedReports")
        self.restore_button = QPushButton(self.tr("Restore"))
        self.empty_button = QPushButton(self.tr("Empty the recycle bin"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        self.empty_button.clicked.connect(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reports)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.refresh()
        if watcher is not None:  # a report deleted in another window shows up here at once
            watcher.changed.connect(self.refresh)
            self.restored.connect(watcher.check)  # and what is restored here, in every view at once

    def refresh(self) -> None:
        current = self.reports.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.reports.clear()
        for summary in self.store.list(deleted=True):
            # the name first, as the list shows it; the year and unit after it, said as such
            # (a bare "2025  2024年…" read as two years)
            deleted = (summary.deleted or "")[:16].replace("T", " ")
            item = QListWidgetItem(self.tr("%1 (%2 report, %3, deleted %4)")
                                   .replace("%1", (summary.name or self.tr("(untitled)"))
                                            + (self.tr(" (demo)") if summary.is_demo else ""))
                                   .replace("%2", str(summary.year))
                                   .replace("%3", summary.unit or "—").replace("%4", deleted))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.reports.addItem(item)
        has_any = self.reports.count() > 0
        self.restore_button.setEnabled(has_any)
        self.empty_button.setEnabled(has_any)
        if has_any:
            ids = [self.reports.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reports.count())]
            self.reports.setCurrentRow(ids.index(chosen) if chosen in ids else 0)

    def restore(self) -> None:
        item = self.reports.currentItem()
        if item is not None:
            self.store.restore(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()
            self.restored.emit()

    def empty(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Empty the recycle bin"),
            self.tr("Remove the reports in the recycle bin for good? This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.empty_bin()
            self.refresh()
