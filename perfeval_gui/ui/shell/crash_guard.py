"""The last line of defence: an unexpected error is written to a log file, the open report
is saved, and the user sees a message in their language — never a traceback."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...fault_log import log_path

__all__ = ["install", "log_path", "report_crash"]


def report_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 save: Callable[[], object] | None = None) -> Path:
    """Log the error, save what can be saved, tell the user; returns the log's path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"\n=== {datetime.now().isoformat(timespec='seconds')}\n")
        log.write("".join(traceback.format_exception(exc_type, exc, tb)))
    saved = False
    if save is not None:
        try:
            saved = bool(save())
        except Exception as error:
            with path.open("a", encoding="utf-8") as log:
                log.write(f"saving after the error failed too: {error!r}\n")
    message = QCoreApplication.translate("CrashGuard", "Something went wrong inside the program.")
    if saved:
        message += "\n" + QCoreApplication.translate("CrashGuard", "Your report has been saved.")
    message += "\n" + QCoreApplication.translate(
        "CrashGuard", "Details were written to %1.").replace("%1", str(path))
    QMessageBox.critical(None, QCoreApplication.translate("CrashGuard", "Unexpected error"), message)
    return path


def install(save: Callable[[], object]) -> None:
    """Route every uncaught exception of the window through report_crash."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_crash(exc_type, exc, tb, save)

    sys.excepthook = hook
