"""Entry point: ``perfeval-gui`` opens the window; with a sub-command it works headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .console import ensure_streams
from .launch import HEADLESS, asks_version, lacks_display, version_line, wants_window
from .python_private import run_exit_handlers

EXIT_OUTPUT_LOST = 120  # Python's own status when stdout cannot be flushed at exit

__all__ = ["HEADLESS", "leave", "main", "run", "wants_window"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    restore_streams = ensure_streams()  # a windowed exe has neither stdout nor stderr
    try:
        return _main(args)
    finally:
        restore_streams()


def _main(args: list[str]) -> int:
    if asks_version(args):  # before the command line and Qt: nothing else is loaded
        print(version_line())
        return 0
    if not wants_window(args):
        try:
            from .cli import run
        except Exception as exc:  # even a broken install answers in one line
            from .cli.guard import internal_error

            return internal_error(exc, args)
        return run(args)
    if lacks_display(args):  # Qt would abort (status 134) with its own English lines
        from .cli.guard import no_display

        return no_display(args)
    from .ui.shell.app import run_app  # Qt is imported only when a window is wanted

    return run_app(args)


def run() -> NoReturn:
    """The program as a process (the installed command, ``python -m``, the frozen app)."""
    leave(main(sys.argv[1:]))


def leave(status: int) -> NoReturn:
    """End the process once its work is done — files written and closed, stores closed, the
    window's Qt objects deleted (run_app) — without Python's teardown of every module and
    object: 35–50 ms of each command and of each window's exit, after the work. What was
    registered to run at exit still runs (logging's flush, temporary folders' removal)."""
    run_exit_handlers()  # the handlers a normal exit runs, in the same order
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a frozen windowed app has none
            continue
        try:
            stream.flush()
        except (OSError, ValueError):  # the reader of a pipe has gone: as a normal exit says
            status = status or EXIT_OUTPUT_LOST
    os._exit(status)


if __name__ == "__main__":
    run()
