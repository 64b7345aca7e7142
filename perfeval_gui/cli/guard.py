"""The command line's last line of defence: an unexpected error is exit status 4 and one
stderr line naming the log file; the traceback goes to the log, never to the terminal.

Light on purpose (no Qt, no store, no exporters): ``__main__`` uses it even when importing
the command line itself fails.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..core.messages import translate
from ..fault_log import log_exception
from .shared import EXIT_BAD_INPUT, EXIT_INTERNAL, PROG


def argv_lang(argv: Sequence[str]) -> str:
    """The --lang of a command line that may not have been parsed."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


def sweep_unfinished() -> None:
    """What a killed command or window left (core.unfinished), finished or undone before
    this command starts; a failure here is logged and never stops the command."""
    from ..core import unfinished
    from ..store import health

    try:
        unfinished.sweep(health.intact)
    except Exception as exc:
        log_exception(exc, "sweeping the work killed processes left")


def log_unraisable() -> None:
    """An exception Python cannot raise (a library's object failing to close in ``__del__``
    on a full disk) goes to the log, never as a traceback to the terminal."""
    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if unraisable.exc_value is not None:
            log_exception(unraisable.exc_value, f"{PROG}: ignored in {unraisable.object!r}")

    sys.unraisablehook = hook


def internal_error(exc: BaseException, argv: Sequence[str]) -> int:
    """Log *exc* with the command that raised it, tell the user in one line; exit status 4."""
    log = log_exception(exc, f"{PROG} {' '.join(argv)}")
    lang = argv_lang(argv)
    line = translate("cli.internal", lang, log=log) if log else translate("cli.internal_unlogged", lang)
    try:
        print(f"{PROG}: {line}", file=sys.stderr)
    except (OSError, ValueError):  # stderr itself is gone: the log still holds it
        pass
    return EXIT_INTERNAL


def no_display(argv: Sequence[str]) -> int:
    """A window asked for with no display to draw on (launch.lacks_display): one line that
    points at the command line instead of Qt's abort; exit status 2."""
    print(f"{PROG}: {translate('cli.no_display', argv_lang(argv))}", file=sys.stderr)
    return EXIT_BAD_INPUT
