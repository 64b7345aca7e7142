"""Full and read-only file systems for tests: a real tmpfs of a few hundred KB, mounted where
the tests run as root with the right to mount (as on the development machine); elsewhere the
test that needs one is skipped, and the simulated case (SQLite's own "disk full", reached
through a page limit on every connection) still runs."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs",
                           str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system of *folder* to the last byte."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as out:
        block = b"\0" * 4096
        while True:
            try:
                out.write(block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    for size in (512, 64, 1):  # and its last blocks
        with contextlib.suppress(OSError), open(filler, "ab", buffering=0) as out:
            while True:
                out.write(b"\0" * size)
    return filler


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


class PageLimited:
    """sqlite3 as the store sees it, every connection limited to *pages* pages: SQLite then
    answers "database or disk is full" exactly as on a full disk."""

    def __init__(self, pages: int) -> None:
        self.pages = pages

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(sqlite3, name)

    def connect(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        conn = sqlite3.connect(*args, **kwargs)
        conn.execute(f"PRAGMA max_page_count = {self.pages}")
        return conn
