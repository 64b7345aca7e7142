"""The command line's parser and dispatch: each family of sub-commands registers its own
parsers and handlers (``report``: score, check, export; ``store``: import, dump, list; …).

Exit statuses and output: ``shared``.
Every failure is one line on stderr naming the field or file; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ..core.messages import UserError, translate
from . import read as cli_read
from . import report as cli_report
from . import store as cli_store
from . import summary as cli_summary
from .backup import add_commands as add_backup_commands
from .guard import argv_lang as _argv_lang
from .guard import internal_error, log_unraisable, sweep_unfinished
from .help import localize
from .profiles import add_parsers as add_profiles_parsers
from .rescue import add_commands as add_rescue_commands
from .shared import (
    EXIT_BAD_INPUT,
    EXIT_CANNOT_PRODUCE,
    EXIT_OK,
    PROG,
    CannotProduce,
)
from .shared import fail as _fail

# a store that cannot be written is a target that cannot be produced (exit 3), not bad input
CANNOT_WRITE_STORE = frozenset({"store.disk_full", "store.readonly", "store.readonly_file",
                                "store.readonly_folder", "store.held", "store.locked"})


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and exit status 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        _fail(translate("cli.usage", _argv_lang(sys.argv), detail=message), EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS)
    parser = _Parser(prog=PROG, parents=[common], description="项目支出绩效自评")
    parser.add_argument("--db", help="the store to open in the window")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    COMMANDS.update(cli_report.add_parsers(sub, common))
    COMMANDS.update(cli_store.add_parsers(sub, common))
    COMMANDS.update(cli_summary.add_parsers(sub, common))
    COMMANDS.update(add_backup_commands(sub, common))
    COMMANDS.update(cli_read.add_commands(sub, common))
    COMMANDS.update(add_profiles_parsers(sub, common))
    COMMANDS.update(add_rescue_commands(sub, common))
    return parser


def _tell_font_notices(lang: str) -> None:
    """A damaged font of the app's own that a PDF passed over (export, summary, archive)."""
    fonts = sys.modules.get("perfeval_gui.export.fonts")  # no PDF made: nothing to tell
    for notice in fonts.take_notices() if fonts else []:
        print(f"{PROG}: {notice.text(lang)}", file=sys.stderr)


COMMANDS: dict[str, Any] = {}  # every sub-command's handler, filled by build_parser


def run(argv: Sequence[str]) -> int:
    """Run a sub-command; the return value is the exit status. Never a traceback: anything
    unexpected is exit status 4 with one line naming the log that holds the details."""
    log_unraisable()
    try:
        return _run(argv)
    except Exception as exc:
        return internal_error(exc, argv)


def _run(argv: Sequence[str]) -> int:
    args = localize(build_parser(), _argv_lang(argv)).parse_args(list(argv))
    args.lang = getattr(args, "lang", "zh")
    if args.command is None:
        _fail(translate("cli.usage", args.lang, detail="a sub-command is needed"), EXIT_BAD_INPUT)
    sweep_unfinished()
    try:
        status = COMMANDS[args.command](args)
        _tell_font_notices(args.lang)
        return status
    except UserError as exc:
        cannot = exc.message.code in CANNOT_WRITE_STORE
        _fail(exc.text(args.lang), EXIT_CANNOT_PRODUCE if cannot else EXIT_BAD_INPUT)
    except CannotProduce as exc:
        _fail(exc.message, EXIT_CANNOT_PRODUCE)
    except BrokenPipeError:
        return EXIT_OK

