"""Where the user's data lives: one module decides, for the window and the command line alike.

Order: ``PERFEVAL_GUI_HOME`` (tests, portable installs), a ``portable.flag`` beside the
executable (USB-stick use), then the platform's per-user data folder — the same folder
Qt's ``QStandardPaths.AppDataLocation`` names for this application, so that the window
(which asks Qt) and the command line (which must not import Qt) agree.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_NAME = "perfeval-gui"
ORG_NAME = "perfeval"
HOME_ENV = "PERFEVAL_GUI_HOME"
DB_ENV = "PERFEVAL_GUI_DB"
PORTABLE_FLAG = "portable.flag"


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable() -> bool:
    return (executable_dir() / PORTABLE_FLAG).exists()


def platform_data_dir() -> Path:
    """The per-user data folder by the platform's convention (QStandardPaths.AppDataLocation)."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    if is_portable():
        return executable_dir() / "data"
    return platform_data_dir()


def ensure_data_dir() -> Path:
    """The data folder, made 0700 where missing (it holds a unit's unpublished figures);
    whoever writes into it first — store, log or journal — makes it through here. One an
    older version made 0755 is closed to other users too (nothing inside is then reachable
    for them, whatever the files' own modes)."""
    folder = data_dir()
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    elif os.name == "posix":
        with contextlib.suppress(OSError):  # a file system without modes (a FAT stick)
            status = folder.stat()
            if status.st_mode & 0o077 and status.st_uid == os.getuid():
                folder.chmod(status.st_mode & 0o700)
    return folder


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "reports.sqlite"


def cache_dir() -> Path:
    """What may be thrown away and rebuilt (parsed fonts): beside the data when it is moved
    (PERFEVAL_GUI_HOME, portable), else the platform's cache folder — Qt's CacheLocation."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "cache"
    if is_portable():
        return executable_dir() / "data" / "cache"
    if sys.platform.startswith("win"):
        local = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return local / ORG_NAME / APP_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / ORG_NAME / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / ORG_NAME / APP_NAME


def user_profile_dir() -> Path:
    return data_dir() / "profiles"


def user_indicator_dir() -> Path:
    """The user's own indicator library files, beside their profiles."""
    return data_dir() / "indicators"
