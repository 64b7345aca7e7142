"""What a command line asks for, told apart before anything heavy loads: the version, a
sub-command (headless), or the window — with a file to open where one path is given (what a
file manager's 打开方式, a double-click and the desktop file's ``%f`` pass)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from . import __version__

HEADLESS = {"score", "check", "export", "import", "dump", "list", "summary", "archive", "backup",
            "restore", "read", "profiles"}
VERSION_FLAGS = ("--version", "-V")
# options of the window that take a value (Qt's own, and ours)
_WINDOW_VALUED = {"--db", "--lang", "-style", "-platform", "-stylesheet", "-qmljsdebugger",
                  "-platformtheme", "-plugin", "-display", "-geometry", "-title"}


def version_line() -> str:
    return f"perfeval-gui {__version__}"


def asks_version(args: Sequence[str]) -> bool:
    """``--version``/``-V`` before any sub-command (``score x.json -V`` is the command's error)."""
    for arg in args:
        if arg in VERSION_FLAGS:
            return True
        if arg in HEADLESS:
            return False
    return False


def looks_like_a_file(word: str) -> bool:
    """A word that names a file rather than a mistyped sub-command: it has a folder or a
    suffix in it, or names something that exists (``frobnicate`` stays a usage error)."""
    from pathlib import Path

    return "/" in word or "\\" in word or "." in Path(word).name or Path(word).exists()


def file_to_open(args: Sequence[str]) -> str | None:
    """The one file of a window's command line (``perfeval-gui [--db S] FILE``), else None."""
    words = _words(args)
    return words[0] if len(words) == 1 and looks_like_a_file(words[0]) else None


def wants_window(args: Sequence[str]) -> bool:
    """Only options (``--db FILE``, Qt's ``-style fusion``) and at most one file ask for the
    window; any other word is a sub-command — an unknown one gets a usage error, never a window."""
    if any(a in HEADLESS for a in args[:3]) or any(a in ("-h", "--help") for a in args):
        return False
    words = _words(args)
    return not words or file_to_open(args) is not None


# Qt's platforms that draw on a desktop session: without its variable Qt aborts (status 134)
_NEEDS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",), "wayland-egl": ("WAYLAND_DISPLAY",),
          "wayland-brcm": ("WAYLAND_DISPLAY",)}
_DEFAULT_PLATFORMS = "wayland;xcb"  # Qt's choice when not told: wayland in a Wayland session, else xcb


def lacks_display(args: Sequence[str], environ: Mapping[str, str] = os.environ,
                  system: str = sys.platform) -> bool:
    """A window asked for where Qt can draw none: on Linux/BSD, every platform Qt would try
    (``-platform``, else QT_QPA_PLATFORM, else wayland then xcb) needs a desktop session
    whose variable is unset. Windows and macOS always have their own platform."""
    if system.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = _platform_option(args) or environ.get("QT_QPA_PLATFORM") or _DEFAULT_PLATFORMS
    names = [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    return all(name in _NEEDS and not any(environ.get(var) for var in _NEEDS[name])
               for name in names)


def _platform_option(args: Sequence[str]) -> str | None:
    """Qt's ``-platform NAME`` (Qt takes ``--platform`` alike) of a command line."""
    for i, arg in enumerate(args[:-1]):
        if arg in ("-platform", "--platform"):
            return args[i + 1]
    return None


def _words(args: Sequence[str]) -> list[str]:
    """The arguments that are neither options nor an option's value."""
    words: list[str] = []
    expects_value = False
    for arg in args:
        if expects_value:
            expects_value = False
        elif arg.startswith("-") and len(arg) > 1:
            expects_value = "=" not in arg and (arg in _WINDOW_VALUED or arg.startswith("--"))
        else:
            words.append(arg)
    return words
