"""What is wrong with a store file, said precisely: missing, a folder, read-only file or folder,
full disk, not a store of this program (or an empty file), damaged, made by a newer version.

``check`` reads only (``PRAGMA quick_check`` on a read-only connection); it runs before the
window opens a store and before the command line writes into one.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ..core.messages import Message, UserError
from . import private_files

SQLITE_HEADER = b"SQLite format 3\x00"


def check(path: str | Path, writing: bool = True) -> UserError | None:
    """The first problem of the store at *path*, or None where it is sound (and writable when
    *writing*). A missing file is a problem too: the caller decides whether to create one."""
    path = Path(path)
    where = str(path)
    if path.is_dir():
        return UserError(where, "file.is_directory")
    if not path.exists():
        return UserError(where, "store.missing")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return UserError(where, "file.unreadable", detail=exc.strerror or str(exc))
    if not head:
        return UserError(where, "store.empty_file")
    if head != SQLITE_HEADER:
        return UserError(where, "store.not_store", detail=Message("store.not_sqlite"))
    before = private_files.present(path)
    problem = _read_check(path)
    private_files.remove_empty_made(path, before)  # a -wal/-shm a failed read left (full disk)
    if problem is not None or not writing:
        return problem
    return writable(path)


def intact(path: Path) -> bool:
    """The store at *path* is there and passes its check (reading only)."""
    return check(path, writing=False) is None


def writable(path: Path) -> UserError | None:
    """A store needs its file and its folder writable (SQLite writes -wal and -shm beside it)."""
    if not os.access(path, os.W_OK):
        return UserError(str(path), "store.readonly_file", detail=str(path))
    if not os.access(path.parent, os.W_OK):
        return UserError(str(path), "store.readonly_folder", detail=str(path.parent))
    return None


def _read_check(path: Path) -> UserError | None:
    from .schema_version import SCHEMA_VERSION, version_of

    where = str(path)
    try:
        conn = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as exc:
        return explain(exc, where)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "reports" not in tables:
            found = ", ".join(sorted(tables)) or Message("store.no_tables")
            return UserError(where, "store.not_store", detail=found)
        version = version_of(conn)
        if version > SCHEMA_VERSION:
            return UserError(where, "store.newer", version=version)
        problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            return UserError(where, "store.damaged", detail="; ".join(problems[:3]))
    except sqlite3.Error as exc:
        return explain(exc, where)
    finally:
        conn.close()
    return None


def explain(exc: BaseException, where: str) -> UserError:
    """An SQLite or OS error as the message that says what is actually wrong."""
    text = str(exc)
    lowered = text.lower()
    full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    if full or "disk is full" in lowered or _no_room(exc, where):
        return UserError(where, "store.disk_full", detail=text)
    if "is locked" in lowered:  # another program writing (a sync client, a second copy of the app)
        return UserError(where, "store.locked", detail=text)
    if "malformed" in lowered or "corrupt" in lowered:
        return UserError(where, "store.damaged", detail=text)
    if "not a database" in lowered or "file is encrypted" in lowered:
        return UserError(where, "store.not_store", detail=Message("store.not_sqlite"))
    denied = isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    if denied or "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        path = Path(where)
        if path.exists() and not os.access(path, os.W_OK):
            return UserError(where, "store.readonly_file", detail=text)
        if not os.access(path.parent if path.parent.exists() else path, os.W_OK):
            return UserError(where, "store.readonly_folder", detail=str(path.parent))
        return UserError(where, "store.readonly", detail=text)
    if isinstance(exc, OSError):
        return UserError(where, "file.unreadable", detail=exc.strerror or text)
    return UserError(where, "store.readonly", detail=text)


def _no_room(exc: BaseException, where: str) -> bool:
    """SQLite says "disk I/O error" where a write into the -wal or -shm met a full disk: the
    file system, asked, says whether that was the cause."""
    if not isinstance(exc, sqlite3.Error) or "i/o error" not in str(exc).lower():
        return False
    try:
        space = os.statvfs(Path(where).parent)
    except (OSError, AttributeError):  # no statvfs on Windows: the I/O error stays one
        return False
    return space.f_bavail * space.f_frsize < 64 * 1024
