"""What every command shares: its exit statuses, the error for an output that cannot be
produced, the one-line failure on stderr, JSON on stdout, and opening a store that must exist.

Exit status: 0 done; 1 ``check`` found errors; 2 bad input; 3 the output cannot be produced;
4 an internal error (one line naming the log file, see ``guard``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..core.messages import UserError

if TYPE_CHECKING:  # the store (sqlite-utils: 70 ms to import) loads for the commands that use one
    from ..store.repository import ReportStore

EXIT_OK, EXIT_CHECK_ERRORS, EXIT_BAD_INPUT, EXIT_CANNOT_PRODUCE, EXIT_INTERNAL = 0, 1, 2, 3, 4
PROG = "perfeval-gui"


class CannotProduce(Exception):
    """The output cannot be produced (exit status 3): no font, target not writable."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def fail(line: str, status: int) -> NoReturn:
    """One line on stderr naming what is wrong, and the exit status."""
    print(f"{PROG}: {line}", file=sys.stderr)
    raise SystemExit(status)


def print_json(value: Any, lines: bool = False) -> None:
    """*value* on stdout: indented, or one line of a JSON-lines listing."""
    text = json.dumps(value, ensure_ascii=False, indent=None if lines else 2)
    sys.stdout.write(text + "\n")


def existing_store(path: str) -> ReportStore:
    """Open a store that must already exist: reading never creates an empty file."""
    from ..store.repository import ReportStore

    store_path = Path(path)
    if not store_path.exists():
        raise UserError(str(store_path), "file.missing")
    return ReportStore(store_path)
