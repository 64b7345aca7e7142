"""reportlab's TrueType internals the font cache relies on, in one place.

A parsed face (``TTFontFace``) is plain data in its ``__dict__`` — names as ``TTFNameBytes``,
glyph offsets, metrics, the cmap — which the cache keeps and gives back without parsing the
file; its ``'glyf'`` table is read from ``_ttf_data`` at ``get_table_pos``; a ``TTFont`` over a
face already parsed is built as ``TTFont.__init__`` builds one (which would parse it again).
A reportlab release that changes any of this fails ``tests/export/test_private_api.py`` by
name; ``packaging/constraints.txt`` pins the version installers ship.
"""

from __future__ import annotations

import mmap
from array import array
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

# what the PDF needs of a face: widths to lay out text, the cmap and glyph offsets to subset it
REQUIRED = ("name", "unitsPerEm", "charToGlyph", "charWidths", "defaultWidth", "glyphPos",
            "hmetrics", "table", "filename", "ascent", "descent", "bbox", "flags")
# the file's bytes, a function, a read position; the glyph → characters map is the cmap inverted
NOT_KEPT = ("_ttf_data", "_pdfScale", "_pos", "glyphToChar")
# the two large tables, kept as flat arrays of numbers (marshal writes them as bytes at once)
ARRAYS = ("glyphPos", "hmetrics")


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


def face_data(face: TTFontFace) -> tuple[dict[str, Any], dict[str, str], dict[str, bytes]]:
    """A parsed face as plain data: (state, its names as text, its two large tables as bytes).
    Raises ValueError, TypeError or OverflowError where a value is not plain."""
    state, names = {}, {}
    for attr, value in vars(face).items():
        if attr in NOT_KEPT or attr in ARRAYS:
            continue
        if isinstance(value, TTFNameBytes):
            names[attr] = value.ustr
        else:
            state[attr] = value
    arrays = {"glyphPos": array("q", face.glyphPos).tobytes(),
              "hmetrics": array("d", [v for pair in face.hmetrics for v in pair]).tobytes()}
    return state, names, arrays


def face_from_data(state: Any, names: Any, arrays: Any) -> CachedFace | None:
    """The face ``face_data`` gave, or None where the data is not such a face."""
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


class FaceFont(TTFont):
    """reportlab's TTFont over a face already parsed: TTFont.__init__ would parse it again."""

    def __init__(self, name: str, face: TTFontFace) -> None:
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
