"""The reportlab internals the PDF writer reads, in one place.

A laid-out reportlab table knows the height of each of its rows but keeps them in
``_rowHeights``; ``pdf_table.RowSlicedTable`` reads them to cut a table over pages without
laying out every candidate part. ``pdf_paragraph`` breaks Chinese lines itself and hands
reportlab the lines in its own form (``cjkU``, ``makeCJKParaLine``, ``ParaLines``). "Page N of
M" keeps each page's drawing (the canvas's ``__dict__``) until M is known and begins the next
with ``Canvas._startPage``, the long-standing recipe. A reportlab release that renames any of
them fails ``tests/export/test_private_api.py`` by name; ``packaging/constraints.txt`` pins
the version installers ship.
"""

from __future__ import annotations

from reportlab.platypus import Table


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
    from reportlab.platypus.paragraph import cjkU

    glyphs = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        glyphs.extend([cjkU(t, frag, "utf8") for t in text] if text else [cjkU(text, frag, "utf8")])
    return glyphs


def cjk_line(glyphs: list, max_width: float, width: float, line_break: bool) -> object:  # type: ignore[type-arg]
    """One laid-out line of a CJK paragraph, as reportlab draws it."""
    from reportlab.platypus.paragraph import makeCJKParaLine

    return makeCJKParaLine(glyphs, max_width, width, max_width - width, line_break, False)


def cjk_lines(lines: list) -> object:  # type: ignore[type-arg]
    from reportlab.platypus.paragraph import ParaLines

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
