"""The store, its -wal/-shm and its backups hold a unit's unpublished figures: they are created
0600 in folders created 0700, whatever the umask (exports, made to be shared, follow it).

SQLite gives a -wal, -shm or -journal the permissions of its database file, so creating the
database file 0600 before SQLite opens it is enough for all of them. A store that could not be
opened (full disk, read-only folder) leaves nothing behind that this attempt created empty.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SIDECARS = ("-wal", "-shm", "-journal")


def private_folder(folder: Path) -> None:
    """Make *folder* (0700) where missing; an existing folder is the user's and keeps its mode."""
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


def create_private(path: Path) -> bool:
    """Create *path* empty and 0600 where it does not exist; True where this call made it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        return False
    return True


def present(path: Path) -> set[str]:
    """Which of the database file ("") and its companions exist now."""
    return {suffix for suffix in ("", *SIDECARS) if Path(f"{path}{suffix}").exists()}


def remove_empty_made(path: Path, before: set[str]) -> list[Path]:
    """After a failed open: remove what this attempt made (absent in *before*) and holds
    nothing worth keeping — the whole new store where the database file itself was new (no
    report reached it), else an empty -wal or -journal, and a -shm without its -wal (an index
    of the -wal only, a few bytes where the disk filled up). Returns what was removed."""
    new_store = "" not in before
    removed = []
    for suffix in ("", "-wal", "-journal"):
        made = Path(f"{path}{suffix}")
        if suffix not in before and made.exists() and (new_store or made.stat().st_size == 0):
            made.unlink(missing_ok=True)
            removed.append(made)
    shm = Path(f"{path}-shm")
    if "-shm" not in before and shm.exists() and not Path(f"{path}-wal").exists():
        shm.unlink(missing_ok=True)
        removed.append(shm)
    return removed
