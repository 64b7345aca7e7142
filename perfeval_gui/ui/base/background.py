"""Slow work off the GUI thread, through one helper: run it in the thread pool and call
back on the main thread with its result or its error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    relay = _Relay()
    _running.add(relay)  # kept alive until it reports

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def run_and_wait(work: Callable[[], Any], note: str, parent: QWidget | None = None,
                 note_after_ms: int = 400) -> Any:
    """Slow work the next step needs (checking or rescuing a store): it runs off the GUI thread
    while the windows stay drawn, with a progress note once it takes a moment; returns its
    result or raises its error."""
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()

    def finish(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    run_in_background(work, lambda value: finish(True, value), lambda exc: finish(False, exc))
    progress = QProgressDialog(note, "", 0, 0, parent)
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setMinimumDuration(note_after_ms)
    loop.exec()
    progress.close()
    progress.deleteLater()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value
