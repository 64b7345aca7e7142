"""``rescue STORE --out NEW.sqlite``: what the window's rescue does, headless (report-format.md).

The damaged STORE is only read. Every report it still holds, merged with its newest sound
backup, goes into NEW; stdout has one line per report: where it came from (recovered, backup,
lost), its id, year and name, and a note (rows of it that are gone, in the recycle bin).
Exit 0 where every report row present was recovered whole; 1 where any report is lost or
came back with rows missing; 2 bad input (STORE missing or holding no page of a store with no
backup to merge, NEW exists); 3 NEW cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.messages import UserError, translate
from .shared import EXIT_OK, CannotProduce

EXIT_SOME_LOST = 1


def add_commands(sub: Any, common: argparse.ArgumentParser
                 ) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("rescue", parents=[common],
                       help="recover the reports of a damaged store into a new one")
    p.add_argument("store", help="the damaged store (only read)")
    p.add_argument("--out", required=True, help="the new store (must not exist)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--backup", help="the backup to merge (default: the newest sound one)")
    which.add_argument("--no-backup", action="store_true", help="merge no backup")
    return {"rescue": cmd_rescue}


def cmd_rescue(args: argparse.Namespace) -> int:
    from ..store import backup_check, health, rescue

    store, out = Path(args.store), Path(args.out)
    if not store.is_file():
        raise UserError(str(store), "file.missing" if not store.exists() else "file.is_directory")
    if out.exists() and out.resolve() == store.resolve():
        raise UserError(str(out), "rescue.same_file")
    if out.exists():
        raise UserError(str(out), "rescue.target_exists")
    if not out.parent.is_dir():
        raise CannotProduce(UserError(str(out), "file.not_writable",
                                      detail="not a file in an existing folder").text(args.lang))
    backup: Path | bool = not args.no_backup
    if args.backup:
        backup = Path(args.backup)
        problem = backup_check.verify(backup)
        if problem is not None:
            raise problem
    result = rescue.plan(store, backup)
    try:
        rescue.write(result, out)
    except UserError as exc:
        if exc.message.code == "rescue.target_exists":
            raise
        raise CannotProduce(exc.text(args.lang)) from None
    except OSError as exc:
        raise CannotProduce(health.explain(exc, str(out)).text(args.lang)) from None
    for outcome in result.outcomes:
        fields = [outcome.source, str(outcome.id), str(outcome.year or ""), outcome.label,
                  _note(outcome, args.lang)]
        sys.stdout.write("\t".join(fields).rstrip("\t") + "\n")
    counts = {s: len(result.of(s)) for s in (rescue.RECOVERED, rescue.BACKUP, rescue.LOST)}
    print("perfeval-gui: " + translate(
        "rescue.summary", args.lang, present=result.rows_present, out=out,
        backup_file=result.backup or "—", **counts), file=sys.stderr)
    return EXIT_OK if result.complete else EXIT_SOME_LOST


def _note(outcome: Any, lang: str) -> str:
    parts = []
    if outcome.missing_rows:
        parts.append(translate("rescue.rows_missing", lang, rows=", ".join(
            f"{key} {count}" for key, count in outcome.missing_rows.items())))
    if outcome.in_bin:
        parts.append(translate("rescue.in_bin", lang))
    if outcome.reason is not None:
        parts.append(outcome.reason.text(lang))
    return "; ".join(parts)
