"""What the command line may assume of its console: nothing. A windowed Windows executable
(PyInstaller's ``console=False``) starts with ``sys.stdout`` and ``sys.stderr`` set to None;
every command must still run to its documented exit status, its output going nowhere."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def ensure_streams() -> Callable[[], None]:
    """Give a missing stdout/stderr a sink (the null device); returns the undo, which closes
    the sinks and puts None back (tests run the entry point in-process)."""
    opened: list[tuple[str, object]] = []
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            sink = open(os.devnull, "w", encoding="utf-8")
            setattr(sys, name, sink)
            opened.append((name, sink))

    def undo() -> None:
        for name, sink in opened:
            if getattr(sys, name) is sink:
                setattr(sys, name, None)
            sink.close()  # type: ignore[attr-defined]

    return undo
