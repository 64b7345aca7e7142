"""``backup`` and ``restore`` on the command line (report-format.md).

backup --db F [--out B]: a consistent online backup, by default into ``backups/`` beside F;
prints its path. restore BACKUP --db F --yes: replaces F by the backup after backing F up;
prints that safety backup's path. Without --yes: exit 2. A window holding F: exit 3.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.messages import UserError
from ..store import backups, health, locks
from .shared import EXIT_OK, CannotProduce

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: Any, common: argparse.ArgumentParser) -> dict[str, Handler]:
    p = sub.add_parser("backup", parents=[common], help="back the store up")
    p.add_argument("--db", required=True)
    p.add_argument("--out", help="the backup file (default: backups/ beside the store)")
    p = sub.add_parser("restore", parents=[common], help="replace the store by a backup")
    p.add_argument("backup")
    p.add_argument("--db", required=True)
    p.add_argument("--yes", action="store_true", help="confirm: the store is replaced")
    return {"backup": cmd_backup, "restore": cmd_restore}


def cmd_backup(args: argparse.Namespace) -> int:
    store = Path(args.db)
    problem = health.check(store, writing=False)
    if problem is not None:
        raise problem
    out = Path(args.out) if args.out else None
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise CannotProduce(UserError(str(out), "file.not_writable",
                                      detail="not a file in an existing folder").text(args.lang))
    try:
        made = backups.make_backup(store, store, "manual", out=out)
    except UserError as exc:
        raise CannotProduce(exc.text(args.lang)) from None
    except OSError as exc:
        raise CannotProduce(health.explain(exc, str(out or store)).text(args.lang)) from None
    print(made)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UserError("--yes", "backup.needs_yes")
    backup, store = Path(args.backup), Path(args.db)
    from ..store.backup_check import verify

    problem = verify(backup)  # before the store is opened at all: refused, untouched
    if problem is not None:
        raise problem
    holders = locks.live_store_holders(store)
    if holders:
        held = UserError(str(store), "store.held", pid=holders[0].pid, host=holders[0].host)
        raise CannotProduce(held.text(args.lang))
    try:
        safety = backups.replace_with(backup, store)  # checked above
    except OSError as exc:
        raise CannotProduce(health.explain(exc, str(store)).text(args.lang)) from None
    if safety is not None:
        print(safety)
    return EXIT_OK
