"""The headless command line: ``main`` parses and dispatches, one module per command family.

Importing the package costs nothing, so ``__main__`` reaches ``guard`` (exit status 4, one
line) even when importing the commands themselves fails.
"""

from __future__ import annotations

from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Run a sub-command; the return value is the exit status (see ``main.run``)."""
    from .main import run as run_command

    return run_command(argv)
