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
import mmap
import os
import tempfile
from array import array
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ..app_paths import cache_dir

FORMAT = 2
# what the PDF needs of a face: widths to lay out text, the cmap and glyph offsets to subset it
REQUIRED = ("name", "unitsPerEm", "charToGlyph", "charWidths", "defaultWidth", "glyphPos",
            "hmetrics", "table", "filename", "ascent", "descent", "bbox", "flags")
# the file's bytes, a function, a read position; the glyph → characters map is the cmap inverted
NOT_KEPT = ("_ttf_data", "_pdfScale", "_pos", "glyphToChar")


class _Slices:
    """A table read in slices without copying all of it: reportlab copies the whole 'glyf'
    table (15–20 MB in a CJK font) to take the few glyphs a PDF uses."""

    def __init__(self, view: memoryview) -> None:
        self.view = view

    def __len__(self) -> int:
        return len(self.view)

    def __getitem__(self, part: slice) -> bytes:
        return bytes(self.view[part])


class _Pairs:
    """The (advance, side bearing) of every glyph, from one flat array: as a list of tuples
    it took 5 ms of each export to rebuild, and a subset reads only its few glyphs."""

    def __init__(self, flat: array) -> None:
        self.flat = flat

    def __len__(self) -> int:
        return len(self.flat) // 2

    def __getitem__(self, glyph: int) -> tuple[float, float]:
        return self.flat[2 * glyph], self.flat[2 * glyph + 1]


class Face(TTFontFace):
    """reportlab's face, taking glyphs from the font file without copying its largest table."""

    def get_table(self, tag: str) -> Any:
        if tag != "glyf":
            return super().get_table(tag)
        pos, length = self.get_table_pos(tag)
        return _Slices(memoryview(self._ttf_data)[pos:pos + length])


def parse_face(path: str) -> TTFontFace:
    """reportlab's own parse of the file (the slow step the cache saves)."""
    return Face(path, subfontIndex=0)


class CachedFace(Face):
    """A face rebuilt from the cache; the font file is mapped, not read, and only when a subset
    of its glyphs is embedded in a PDF."""

    def __init__(self, state: dict[str, Any]) -> None:  # reportlab's __init__ would parse the file
        self.__dict__.update(state)
        units = self.unitsPerEm
        self._pdfScale = (lambda x: x) if units == 1000 else (lambda x, k=1000 / units: x * k)

    def __getattr__(self, name: str) -> Any:
        if name == "_ttf_data":
            with open(self.filename, "rb") as file:
                data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
            self._ttf_data = data
            return data
        if name == "glyphToChar":  # only reportlab's text shaping asks for it
            inverse: dict[int, list[int]] = {}
            for char, glyph in self.charToGlyph.items():
                inverse.setdefault(glyph, []).append(char)
            self.glyphToChar = inverse
            return inverse
        raise AttributeError(name)


class FaceFont(TTFont):
    """reportlab's TTFont over a face already parsed: TTFont.__init__ would parse it again."""

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)


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
    state, names, arrays = data.get("state"), data.get("names"), data.get("arrays")
    if not isinstance(state, dict) or not isinstance(names, dict) or not isinstance(arrays, dict) \
            or not all(isinstance(v, str) for v in names.values()) \
            or not all(isinstance(v, bytes) and len(v) % 8 == 0 for v in arrays.values()):
        return None
    state.update({attr: TTFNameBytes(text.encode("utf-8")) for attr, text in names.items()})
    if "glyphPos" in arrays and "hmetrics" in arrays:
        state["glyphPos"] = array("q", arrays["glyphPos"])
        state["hmetrics"] = _Pairs(array("d", arrays["hmetrics"]))
    if any(attr not in state for attr in REQUIRED) or not isinstance(state["unitsPerEm"], int) \
            or not state["unitsPerEm"]:
        return None
    return CachedFace(state)


def save(font: Path, face: TTFontFace) -> None:
    """Keep *face* for the next run; silently skipped where the cache cannot be written."""
    state, names = {}, {}
    for attr, value in vars(face).items():
        if attr in NOT_KEPT or attr in ("glyphPos", "hmetrics"):
            continue
        if isinstance(value, TTFNameBytes):
            names[attr] = value.ustr
        else:
            state[attr] = value
    try:
        arrays = {"glyphPos": array("q", face.glyphPos).tobytes(),
                  "hmetrics": array("d", [v for pair in face.hmetrics for v in pair]).tobytes()}
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
