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
from .shared import EXIT_INTERNAL, PROG


def argv_lang(argv: Sequence[str]) -> str:
    """The --lang of a command line that may not have been parsed."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


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
