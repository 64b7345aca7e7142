"""The argparse internals the help in the user's language relies on, in one place.

argparse has no public way to reach a parser's actions once added, to retitle its two default
groups ("positional arguments", "options"), or to give the program's list of sub-commands one
line each: ``help.localize`` needs all three, after the parser is built. A Python whose argparse
renames or reshapes them fails ``tests/cli/test_argparse_private.py``, by name.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Every action of *parser* (options, positionals, the sub-commands), in the order added."""
    return parser._actions


def set_group_titles(parser: argparse.ArgumentParser, positionals: str, optionals: str) -> None:
    """The headings of the parser's own two groups in its help."""
    parser._positionals.title = positionals
    parser._optionals.title = optionals


def set_command_lines(action: argparse.Action, lines: Sequence[tuple[str, str | None]]) -> None:
    """The program's help lists each sub-command on one line (name, what it does): argparse
    keeps that list in the sub-parsers action, one pseudo-action per line."""
    pseudo = action._ChoicesPseudoAction  # type: ignore[attr-defined]
    action._choices_actions[:] = [pseudo(name, (), text) for name, text in lines]  # type: ignore[attr-defined]
