"""Who holds what: a window holds the store it has open and the report it edits.

A hold is a row in the store's ``edit_locks`` table: the holder's process id, host, when it
took the hold, the process's own start time (so a re-used process id is not mistaken for the
holder) and a token naming the window (two windows of one process are two holders). A hold
whose process is gone is stale: it does not count, and the next window takes it over.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.processes import pid_alive, process_start

STORE_KEY = "store:"
REPORT_KEY = "report:"


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    started: str  # when the hold was taken (ISO, seconds)
    process: str  # the holding process's start time as the system tells it ('' where unknown)
    token: str

    def is_alive(self) -> bool:
        """True while the holder may still be there. Another host cannot be asked: its hold
        counts until that host's window lets it go."""
        if self.host != socket.gethostname():
            return True
        if not pid_alive(self.pid):
            return False
        return not self.process or self.process == process_start(self.pid)


class Holds:
    """The holds of one window on one store (``store`` is a ReportStore)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.me = Holder(os.getpid(), socket.gethostname(), "", process_start(os.getpid()),
                         uuid.uuid4().hex)

    # ------------------------------------------------------------------------ reading

    def holder(self, key: str) -> Holder | None:
        row = self.store.conn.execute(
            "SELECT pid, host, started, process, token FROM edit_locks WHERE key = ?", [key]
        ).fetchone()
        return None if row is None else Holder(row[0], row[1], row[2], row[3] or "", row[4])

    def other_holder(self, key: str) -> Holder | None:
        """The live holder of *key* that is not this window (None where it is free or mine)."""
        holder = self.holder(key)
        if holder is None or holder.token == self.me.token or not holder.is_alive():
            return None
        return holder

    def store_holders(self) -> list[Holder]:
        """The live windows holding the store, other than this one."""
        rows = self.store.conn.execute(
            "SELECT pid, host, started, process, token FROM edit_locks WHERE key LIKE 'store:%'"
        ).fetchall()
        holders = [Holder(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]
        return [h for h in holders if h.token != self.me.token and h.is_alive()]

    # ------------------------------------------------------------------------ holding

    def take(self, key: str) -> Holder | None:
        """Hold *key*; returns the live holder that prevents it, or None where it is mine now
        (free, already mine, or held by a holder that is gone — taken over)."""

        def action() -> Holder | None:
            other = self.other_holder(key)
            if other is not None:
                return other
            self.store.conn.execute(
                "INSERT OR REPLACE INTO edit_locks (key, pid, host, started, process, token) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [key, self.me.pid, self.me.host, datetime.now().isoformat(timespec="seconds"),
                 self.me.process, self.me.token],
            )
            return None

        return self.store.write_immediately(action, durable=False)  # holds die with the power

    def release(self, key: str) -> None:
        self.store.write_immediately(lambda: self.store.conn.execute(
            "DELETE FROM edit_locks WHERE key = ? AND token = ?", [key, self.me.token]), durable=False)

    def release_all(self) -> None:
        self.store.write_immediately(lambda: self.store.conn.execute(
            "DELETE FROM edit_locks WHERE token = ?", [self.me.token]), durable=False)

    def take_report(self, report_id: int) -> Holder | None:
        return self.take(f"{REPORT_KEY}{report_id}")

    def release_report(self, report_id: int) -> None:
        self.release(f"{REPORT_KEY}{report_id}")

    def report_holder(self, report_id: int) -> Holder | None:
        return self.other_holder(f"{REPORT_KEY}{report_id}")

    def hold_store(self) -> None:
        self.take(f"{STORE_KEY}{self.me.token}")


def live_store_holders(path: Path) -> list[Holder]:
    """The windows holding the store at *path*, read without opening it as a store (nothing is
    migrated or written); none where the file or its holds table is not there."""
    if not Path(path).is_file():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("SELECT pid, host, started, process, token FROM edit_locks "
                                "WHERE key LIKE 'store:%'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [h for h in (Holder(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows) if h.is_alive()]
