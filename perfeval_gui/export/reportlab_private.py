"""The reportlab internals the PDF writer reads, in one place.

A laid-out reportlab table knows the height of each of its rows but keeps them in
``_rowHeights``; ``pdf_table.RowSlicedTable`` reads them to cut a table over pages without
laying out every candidate part. ``pdf_paragraph`` breaks Chinese lines itself: reportlab asks
a CJK paragraph for its lines through ``breakLinesCJK`` (``LineHookParagraph`` answers it, or
lets reportlab where reportlab's own split laid a part out: ``_splitpara``), keeps them in
``blPara`` and takes them in its own forms (``cjkU``, ``makeCJKParaLine``, ``ParaLines``; plain
lines as a frag's ``clone(kind=0)``), within its tolerance ``_FUZZ``. "Page N of
M" keeps each page's drawing (the canvas's ``__dict__``) until M is known and begins the next
with ``Canvas._startPage``, the long-standing recipe. A reportlab release that renames any of
them fails ``tests/export/test_private_api.py`` by name; ``packaging/constraints.txt`` pins
the version installers ship.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

FUZZ: float = _FUZZ  # how far past a width reportlab still lets a line fit


def row_heights(table: Table) -> list[float]:
    """The height of each row of a table that has been wrapped (laid out)."""
    heights = table._rowHeights
    if heights is None or any(h is None for h in heights):
        raise RuntimeError("reportlab table not laid out: call wrap() first")
    return list(heights)


def cjk_glyphs(frags: list) -> list:  # type: ignore[type-arg]
    """A paragraph's characters as reportlab's CJK wrapper sees them: one ``cjkU`` per
    character (a ``str`` knowing its frag and its width); a forced line break is an empty
    one whose frag has ``lineBreak``."""
    glyphs = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        glyphs.extend([cjkU(t, frag, "utf8") for t in text] if text else [cjkU(text, frag, "utf8")])
    return glyphs


def cjk_line(glyphs: list, max_width: float, width: float, line_break: bool) -> object:  # type: ignore[type-arg]
    """One laid-out line of a CJK paragraph, as reportlab draws it."""
    return makeCJKParaLine(glyphs, max_width, width, max_width - width, line_break, False)


def cjk_lines(lines: list) -> object:  # type: ignore[type-arg]
    return ParaLines(kind=1, lines=lines)


def keep_page(canvas) -> dict:  # type: ignore[no-untyped-def, type-arg]
    """The page drawn so far on *canvas*, kept aside, and a new page begun ("page N of M":
    the count is known only after the last page)."""
    page = dict(canvas.__dict__)
    canvas._startPage()
    return page


def restore_page(canvas, page: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    """A kept page back on the canvas, to be drawn on and shown."""
    canvas.__dict__.update(page)


class LineHookParagraph(Paragraph):
    """A paragraph whose subclass breaks its lines: ``own_lines(limits)`` answers reportlab's
    request (limits: the width of the first line, then of each next), or None to let
    reportlab break them. A part that draws given lines is made by ``with_lines``."""

    _fixed = None  # the lines of a part or a piece: laid out already, at the width it is drawn

    def own_lines(self, limits: list[float]) -> Any:
        return None

    def breakLinesCJK(self, maxWidths):  # type: ignore[no-untyped-def]
        if self._fixed is not None:
            return self._fixed
        limits = [float(w) for w in (maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths])]
        laid_out_by_reportlab = hasattr(self, "blPara") and getattr(self, "_splitpara", 0)
        lines = None if laid_out_by_reportlab else self.own_lines(limits)
        return super().breakLinesCJK(maxWidths) if lines is None else lines

    def draws_given_lines(self) -> bool:
        """A part or a piece made by ``with_lines``: its lines are fixed, never broken again."""
        return self._fixed is not None

    def laid_out_lines(self) -> list:  # type: ignore[type-arg]
        """The lines of the last layout (wrap)."""
        return self.blPara.lines

    def is_laid_out_at(self, width: float) -> bool:
        return getattr(self, "width", None) == width and hasattr(self, "blPara")

    def with_lines(self, style: Any, lines: list) -> Any:  # type: ignore[type-arg]
        """A paragraph of the same text drawing just *lines* of this one's layout."""
        part = self.__class__(None, style, frags=self.frags)  # nothing parsed again
        part._fixed = self.blPara.clone(lines=lines)
        return part

    def beginText(self, x, y):  # type: ignore[no-untyped-def]
        """reportlab sets the line height with the first character drawn: lines left empty
        before it (a cell typed with blank lines first) would move by the page's last one."""
        text = super().beginText(x, y)
        if self.blPara.kind == 0:
            text.setLeading(self.style.leading)
        return text


def plain_lines(frag: Any, lines: list[tuple[float, list[str]]]) -> Any:
    """Lines of one font as reportlab keeps them: (room left, [text]) each."""
    return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)
