"""One notice for every view of the reports: the store changed, in this window or another.

This window's writes are seen from the connection's ``total_changes``, another process's from
SQLite's ``PRAGMA data_version`` (it moves when another connection commits). Both are read on a
short timer and at once where this window has just written (``check``), so the list, the 汇总,
the recycle bin and the dialogs follow the store without a refresh button.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from ...store.repository import ReportStore

POLL_MS = 500  # another window's save shows within half a second


class StoreWatcher(QObject):
    changed = Signal()

    def __init__(self, store: ReportStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._seen = self._stamp()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def use(self, store: ReportStore) -> None:
        """Watch another store file (另存为, a restored backup); its views are told at once."""
        self.store = store
        self._seen = self._stamp()
        self.changed.emit()

    def _stamp(self) -> tuple[int, int] | None:
        if self.store.closed:
            return None
        try:
            version = self.store.conn.execute("PRAGMA data_version").fetchone()[0]
            return int(version), self.store.conn.total_changes
        except sqlite3.Error:
            return None  # a closed or vanished store: its views keep what they show

    def check(self) -> bool:
        """Tell the views where the store changed since last asked; True where it did."""
        stamp = self._stamp()
        if stamp is None or stamp == self._seen:
            return False
        self._seen = stamp
        self.changed.emit()
        return True
