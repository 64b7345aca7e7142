"""The program's own faults, written down for whoever fixes them: one log file in the data
folder, shared by the window and the command line (no Qt here, so the core may use it)."""

from __future__ import annotations

import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from .app_paths import data_dir, ensure_data_dir

LOG_NAME = "perfeval-gui.log"


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def log_exception(exc: BaseException, what: str) -> Path | None:
    """Append *exc*'s traceback under a heading saying *what* failed; returns the log file.

    A data folder that cannot be written falls back to the temporary folder; where neither
    can be written, None: the caller still carries on, since a log must never cause a crash."""
    entry = (f"\n=== {datetime.now().isoformat(timespec='seconds')} {what}\n"
             + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return _append(entry)


def log_event(what: str) -> Path | None:
    """One line in the same log: something the program did on its own that someone may
    later ask about (a file a killed process left, removed at the next start)."""
    return _append(f"{datetime.now().isoformat(timespec='seconds')} {what}\n")


def _append(entry: str) -> Path | None:
    for path in (log_path(), Path(tempfile.gettempdir()) / LOG_NAME):
        try:
            if path == log_path():
                ensure_data_dir()
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as log:
                log.write(entry)
        except OSError:
            continue
        return path
    return None
