"""Saving without a save button: every change reaches the store within a second.

The first unsaved change starts a one-second timer that further typing does not push
back, so continuous typing is saved every second; leaving a field, switching report and
closing save at once. A store that cannot be written keeps the edits in the window and
says so (the window offers 另存为).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.messages import UserError
from ..store.repository import PARTS, ReportStore
from .report_document import ReportDocument
from .translations import message_language

SAVE_WITHIN_MS = 1000


class AutoSaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)  # the message, in Chinese

    def __init__(self, store: ReportStore, doc: ReportDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = doc
        self.dirty: set[str] = set()
        self.last_saved: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_WITHIN_MS)
        self.timer.timeout.connect(self.flush)
        doc.changed.connect(self._on_change)
        doc.typing_ended.connect(self._left_field)

    def _on_change(self, part: str) -> None:
        self.dirty.add(part)
        if not self.timer.isActive():
            self.timer.start()

    def _left_field(self) -> None:
        if self.dirty:
            self.flush()

    def flush(self) -> bool:
        """Save what changed now; False where the store refused (the edits are kept)."""
        self.timer.stop()
        if not self.dirty:
            return True
        parts = [p for p in PARTS if p in self.dirty]
        summary = None
        if self.doc.report.profile in self.doc.library.profiles:
            result = self.doc.result()  # already scored for the panel: the list's total, grade
            summary = (result.total, result.rule_total, result.grade)
        try:
            if self.doc.report_id is None:
                self.doc.report_id = self.store.create(self.doc.report, summary=summary)
            else:
                self.store.save(self.doc.report_id, self.doc.report, parts, summary=summary)
        except UserError as exc:
            self.failed.emit(exc.text(message_language()))
            return False
        self.dirty.clear()
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def move_to(self, store: ReportStore) -> bool:
        """另存为: write the whole report into another store and keep saving there."""
        self.store = store
        self.doc.report_id = None
        self.dirty = set(PARTS)
        return self.flush()
