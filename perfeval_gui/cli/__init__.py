"""The headless command line: ``main`` parses and dispatches, one module per command family.

Importing the package costs nothing, so ``guard`` (exit status 4, one line naming the log)
answers even when importing the commands themselves fails — a broken install included.
"""

from __future__ import annotations

from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Run a sub-command; the return value is the exit status (see ``main.run``)."""
    try:
        from .main import run as run_command
    except Exception as exc:  # even a broken install answers in one line
        from .guard import internal_error

        return internal_error(exc, argv)
    return run_command(argv)
