"""``perfeval-gui profiles``: every scoring profile the app sees, refused ones with why."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ..core.profiles import default_library
from .shared import EXIT_OK, print_json


def cmd_profiles(args: argparse.Namespace) -> int:
    for entry in default_library().entries:
        print_json(entry.to_json(args.lang), lines=True)
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    sub.add_parser("profiles", parents=[common], help="list the scoring profiles and their status")
    return {"profiles": cmd_profiles}
