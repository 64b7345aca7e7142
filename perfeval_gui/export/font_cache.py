"""What reportlab learns by parsing a font file, kept between runs.

Parsing a CJK TrueType file (tens of thousands of glyphs) costs 0.07–0.12 s, and an export
uses three or four of them; a PC's fonts rarely change. The parsed face's tables are written
with ``marshal`` (plain data: nothing in the file can run code) to the app's cache folder,
keyed by the file's path, size and mtime and by reportlab's version. A stale, corrupt or
unreadable entry is ignored (the font is parsed again and the entry rewritten); a cache that
cannot be written costs speed, never an export.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

import reportlab

from ..app_paths import cache_dir
from .ttfont_private import CachedFace, face_data, face_from_data

FORMAT = 2


def entry_path(font: Path) -> Path:
    digest = hashlib.sha256(str(font).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return cache_dir() / "fonts" / f"{digest}.face"


def _key(font: Path, stat: os.stat_result) -> list[Any]:
    return [FORMAT, reportlab.Version, str(font), stat.st_size, stat.st_mtime_ns]


def load(font: Path) -> CachedFace | None:
    """The cached face of *font*, or None when there is none that matches the file as it is."""
    try:
        key = _key(font, font.stat())
        data = marshal.loads(entry_path(font).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # no entry yet, or one that is truncated or not ours
    if not isinstance(data, dict) or data.get("key") != key:
        return None  # the font changed (or reportlab did) since it was cached
    return face_from_data(data.get("state"), data.get("names"), data.get("arrays"))


def save(font: Path, face: Any) -> None:
    """Keep *face* for the next run; silently skipped where the cache cannot be written."""
    try:
        state, names, arrays = face_data(face)
        raw = marshal.dumps({"key": _key(font, font.stat()), "state": state, "names": names,
                             "arrays": arrays})
    except (OSError, ValueError, TypeError, OverflowError):
        return  # the file went away, or a value marshal cannot hold: this face is not cached
    target = entry_path(font)
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        os.replace(temporary, target)  # readers see the old entry or the new one, never half
    except OSError:
        # a read-only or full disk: the next run parses the font again, nothing worse
        if temporary is not None:
            temporary.unlink(missing_ok=True)
