"""What both ``summary`` commands (the 自评表's and the 监控表's) print and write alike: each
source left out, named on stderr, and the --xlsx/--pdf files, both or neither."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.messages import UserError, translate
from .shared import PROG, CannotProduce

Skipped = list[tuple[str | int, UserError]]  # a store's id or a folder's file name, and why


def tell_skipped(skipped: Skipped, lang: str, folder: str | None) -> None:
    """Each source left out of a 汇总, on stderr: a store's by its id, a folder's file (and
    field) named once, where the reader already named it."""
    for source, exc in skipped:
        if folder is None:
            head, detail = f"id {source}", exc.text(lang)
        else:
            path = str(Path(folder) / str(source))
            head, detail = ((exc.where, exc.message.text(lang)) if exc.where.startswith(path)
                            else (str(source), exc.text(lang)))
        print(f"{PROG}: {head}: {translate('summary.skipped', lang, detail=detail)}", file=sys.stderr)


def write_summary_files(args: argparse.Namespace, xlsx: Callable[[Path], None],
                        pdf: Callable[[Path], None]) -> None:
    """--xlsx and --pdf of a 汇总 (either form's): both files or neither — each is written
    beside its target first, then both renamed."""
    from ..export.atomic import ExportError, write_all_or_nothing

    writers = [(target, write) for target, write in ((args.xlsx, xlsx), (args.pdf, pdf)) if target]
    try:
        write_all_or_nothing(writers)
    except ExportError as exc:
        raise CannotProduce(exc.text(args.lang)) from None
