"""Slow work off the GUI thread, through one helper: run it in the thread pool and call
back on the main thread with its result or its error.

A job outlives what started it: the window closes, or a script ends, while it still runs.
It is then abandoned — its callbacks are not called, and it tells nobody, so it never emits
from a relay Qt has deleted ("Signal source has been deleted" at a script's end): when its
*owner* is destroyed, and for every job when the process exits (after waiting a while for
them to end, so that none runs on into Python's teardown)."""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

EXIT_GRACE_MS = 10_000  # how long a process's exit waits for its jobs to end

_telling = threading.Lock()  # held while a job emits and while jobs are abandoned


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay
        self.abandoned = False

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self._tell(failed=True, value=exc)
        else:
            self._tell(failed=False, value=result)

    def _tell(self, failed: bool, value: Any) -> None:
        # under the lock: an owner destroyed, or the process leaving, waits for an emit under
        # way, and no emit starts once the job is abandoned (its relay may be deleted next)
        with _telling:
            if not self.abandoned:
                (self.relay.failed if failed else self.relay.done).emit(value)

    def abandon(self) -> None:
        with _telling:
            self.abandoned = True


_running: set[_Job] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None],
                      owner: QObject | None = None) -> None:
    """*work()* in the thread pool; *on_done(result)* or *on_error(exc)* on the main thread —
    neither once *owner* (the widget the callbacks belong to) is destroyed."""
    relay = _Relay()
    job = _Job(work, relay)
    _running.add(job)  # kept alive, with its relay, until it reports or is abandoned

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        if not job.abandoned:  # an owner destroyed after the job told, before this ran
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    if owner is not None:
        owner.destroyed.connect(lambda *_: _forget(job))
    QThreadPool.globalInstance().start(job)


def _forget(job: _Job) -> None:
    job.abandon()
    _running.discard(job)


@atexit.register
def _abandon_all() -> None:
    """A script's end (a test run's, docs/make_screenshots.py's): every job abandoned once
    those still running had a while to end. Registered after PySide6's own exit handler, so
    this runs first, with Qt's objects still there."""
    pool = QThreadPool.globalInstance()
    if pool is not None:  # None once the application is shut down (run_app waited already)
        pool.waitForDone(EXIT_GRACE_MS)
    for job in list(_running):
        _forget(job)


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
