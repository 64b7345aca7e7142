"""Chinese fonts for the PDF: each role resolved to a TrueType file reportlab can embed.

Order, per role: the user's choice (settings); on Windows FangSong/SimSun (body), SimHei
(heading), KaiTi (subheading); on Linux AR PL UMing, WenQuanYi Zen Hei, AR PL UKai, Droid
Sans Fallback. CFF-flavoured OpenType (Noto CJK, Source Han) cannot be embedded by reportlab
and is skipped. Where one face exists, every role uses it. Only where the PC has no usable
font at all do the fonts the app carries serve (``resources/fonts``, filled by the installers'
build; their licences in ``resources/fonts/licenses``); a damaged one gives way to the next,
with a notice naming it (take_notices). Where none is usable, export stops with a message
naming the package to install — never a PDF of empty boxes.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..core.messages import Message
from ..resources import resource_path

BODY, HEADING, SUBHEADING = "body", "heading", "subheading"
ROLES = (BODY, HEADING, SUBHEADING)

# file names, per role, best first
CANDIDATES: dict[str, tuple[str, ...]] = {
    BODY: ("simfang.ttf", "FangSong_GB2312.ttf", "fangsong_gb2312.ttf", "simsun.ttc", "simsun.ttf",
           "uming.ttc", "wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf",
           "DroidSansFallback.ttf"),
    HEADING: ("simhei.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc", "simsun.ttc", "uming.ttc",
              "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"),
    SUBHEADING: ("simkai.ttf", "KaiTi_GB2312.ttf", "ukai.ttc", "simfang.ttf", "simsun.ttc",
                 "uming.ttc", "wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf",
                 "DroidSansFallback.ttf"),
}
INSTALL_HINT = (
    "没有可用的中文 TrueType 字体，无法导出 PDF。请安装字体后重试：Linux 上安装 fonts-arphic-uming "
    "或 fonts-wqy-zenhei（例如 sudo apt install fonts-arphic-uming），Windows 上应自带宋体/仿宋。"
)
INSTALL_HINT_EN = (
    "no usable Chinese TrueType font for the PDF: install fonts-arphic-uming or fonts-wqy-zenhei "
    "(Linux), or use Windows' own SimSun/FangSong"
)


# symbols that CJK fonts lack (☑ ☐ for the cover's tick boxes): drawn from one of these
SYMBOL_FALLBACKS = ("DejaVuSans.ttf", "seguisym.ttf", "arialuni.ttf", "FreeSerif.ttf")
# where no font has the symbol at all, the nearest a CJK font does have
SYMBOL_SUBSTITUTES = {"☑": "■", "☐": "□", "✓": "√", "✔": "√"}


class FontMissing(Exception):
    def __init__(self) -> None:
        super().__init__(INSTALL_HINT_EN)
        self.message = INSTALL_HINT


@dataclass(frozen=True)
class FontFile:
    path: Path
    name: str  # the name reportlab registers it under


def font_dirs() -> list[Path]:
    dirs = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                 Path.home() / ".fonts", Path.home() / ".local" / "share" / "fonts"]
        if sys.platform == "darwin":
            dirs += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def _files_by_name() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def bundled_dir() -> Path:
    """The fonts the app carries (none in a source checkout: the installers' build adds them)."""
    return resource_path("fonts")


@lru_cache(maxsize=1)
def _bundled_files() -> dict[str, Path]:
    folder = bundled_dir()
    if not folder.is_dir():
        return {}
    return {p.name.lower(): p for p in sorted(folder.iterdir())
            if p.is_file() and p.name.lower().endswith((".ttf", ".ttc"))}


def bundled_licences() -> list[tuple[str, str]]:
    """(name, licence text) of each licence shipped beside the fonts the app carries
    (``resources/fonts/licenses/<name>.txt``), for the About box."""
    folder = bundled_dir() / "licenses"
    if not folder.is_dir():
        return []
    return [(path.stem, path.read_text(encoding="utf-8", errors="replace"))
            for path in sorted(folder.glob("*.txt")) if path.is_file()]


_notices: list[Message] = []
_notices_lock = threading.Lock()


def take_notices() -> list[Message]:
    """What resolve passed over since last asked (a damaged bundled font), each once."""
    with _notices_lock:
        taken = list(_notices)
        _notices.clear()
        return taken


def _notice(message: Message) -> None:
    with _notices_lock:
        if message not in _notices:
            _notices.append(message)


_faces: dict[str, Any] = {}
_faces_lock = threading.Lock()  # the window warms fonts in a thread while an export may start


def face(path: str) -> Any:
    """reportlab's parsed face of a font file, or None where reportlab cannot read it.

    Each file is parsed once per process (probing, the glyph list and registering all use this
    one face), and between runs it is read from the cache while the file is unchanged."""
    with _faces_lock:
        if path not in _faces:
            _faces[path] = _load_face(path)
        return _faces[path]


def _load_face(path: str) -> Any:
    from reportlab.pdfbase.ttfonts import TTFError

    from . import font_cache
    from .ttfont_private import parse_face

    cached = font_cache.load(Path(path))
    if cached is not None:
        return cached
    try:
        parsed = parse_face(path)
    except (TTFError, OSError, ValueError, KeyError, IndexError, struct.error):
        return None  # CFF outlines, a broken file: not a font for the PDF
    font_cache.save(Path(path), parsed)
    return parsed


def reportlab_font(font: FontFile) -> Any:
    """A reportlab TTFont for *font*, over its one parsed face."""
    from .ttfont_private import FaceFont

    parsed = face(str(font.path))
    if parsed is None:
        raise FontMissing()
    return FaceFont(font.name, parsed)


def _embeddable(path: str) -> bool:
    """reportlab can read it: TrueType outlines (glyf), with CJK glyphs."""
    return _has_glyph(path, "中")


def usable_fonts() -> list[FontFile]:
    """Every embeddable CJK font found on this PC (for the settings' font list)."""
    seen = []
    for _name, path in sorted(_files_by_name().items()):
        if _embeddable(str(path)):
            seen.append(FontFile(path, _register_name(path)))
    return seen


def _register_name(path: Path) -> str:
    bundled = path.parent == bundled_dir()  # never taken for a system font of the same name
    return ("CJK-bundled-" if bundled else "CJK-") + path.stem.replace(" ", "_")


def _whole(path: Path) -> bool:
    """Every table the font's directory lists lies within the file: a copy cut short (an
    interrupted install, a bad sector) is told here, where reportlab would parse it and set
    glyphs it cannot find."""
    def read(handle: Any, at: int, layout: str) -> tuple[int, ...]:
        handle.seek(at)
        wanted = struct.calcsize(layout)
        chunk = handle.read(wanted)
        return struct.unpack(layout, chunk)  # a short read is a struct.error

    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            starts = [0]
            if handle.read(4) == b"ttcf":
                count = read(handle, 8, ">I")[0]
                starts = list(read(handle, 12, f">{count}I"))
            for start in starts:
                tables = read(handle, start + 4, ">H")[0]
                for i in range(tables):
                    offset, length = read(handle, start + 12 + 16 * i + 8, ">II")
                    if offset + length > size:
                        return False
        return True
    except (OSError, struct.error):
        return False


def _bundled() -> dict[str, FontFile]:
    """The roles served by the fonts the app carries, in CANDIDATES' order; a damaged file is
    passed over (a notice names it and the font used instead)."""
    files = _bundled_files()
    usable = [p for p in files.values() if _whole(p) and _embeddable(str(p))]
    if not usable:
        if files:
            for path in files.values():
                _notice(Message("font.bundled_damaged_none", {"name": path.name}))
        return {}
    chosen: dict[str, FontFile] = {}
    for role in ROLES:
        ordered = [files[c.lower()] for c in CANDIDATES[role] if c.lower() in files]
        ordered += [p for p in usable if p not in ordered]
        first = next(p for p in ordered if p in usable)
        chosen[role] = FontFile(first, _register_name(first))
        for passed in ordered[:ordered.index(first)]:  # damaged, where it came first
            _notice(Message("font.bundled_damaged", {"name": passed.name, "other": first.name}))
    return chosen


def resolve(user_choice: str | Path | None = None) -> dict[str, FontFile]:
    """The font file for each role; raises FontMissing when this PC has none usable."""
    files = _files_by_name()
    chosen: dict[str, FontFile] = {}
    if user_choice:
        path = Path(user_choice)
        if path.is_file() and _embeddable(str(path)):
            chosen = {role: FontFile(path, _register_name(path)) for role in ROLES}
            return chosen
    for role in ROLES:
        for candidate in CANDIDATES[role]:
            path = files.get(candidate.lower())
            if path is not None and _embeddable(str(path)):
                chosen[role] = FontFile(path, _register_name(path))
                break
    if not chosen:
        any_font = usable_fonts()
        if any_font:
            chosen = {role: any_font[0] for role in ROLES}
        else:  # the PC has none: the fonts the app carries
            chosen = _bundled()
        if not chosen:
            raise FontMissing()
    first = next(iter(chosen.values()))
    return {role: chosen.get(role, first) for role in ROLES}


def symbol_font() -> FontFile | None:
    """A TrueType font with the symbols CJK fonts lack, or None."""
    files = _files_by_name()
    for name in SYMBOL_FALLBACKS:
        path = files.get(name.lower())
        if path is not None and _has_glyph(str(path), "☑"):
            return FontFile(path, _register_name(path))
    return None


def _has_glyph(path: str, char: str) -> bool:
    parsed = face(path)
    return parsed is not None and ord(char) in parsed.charToGlyph


@lru_cache(maxsize=8)
def glyphs(path: str) -> frozenset[int]:
    """The code points a font file can draw."""
    parsed = face(path)
    return frozenset(parsed.charToGlyph) if parsed is not None else frozenset()

