"""The cover on one page, whatever the length of the project's name (up to the format's 200
characters): each field wraps under its own value, then the type shrinks — the line height
first, then the size, never below 小四 (12 pt).

The fit is estimated without the fonts (``columns.text_em``) with room to spare, so that Word,
WPS and LibreOffice, whose fonts and line heights differ a little, keep it on one page too.
"""

from __future__ import annotations

import math

from .columns import POINT_MM, text_em

# (type size in points, line height as a multiple of it), the first that fits is taken
STEPS = ((16, 2.4), (16, 2.0), (16, 1.7), (15, 1.7), (14, 1.7), (14, 1.5), (13, 1.5), (12, 1.5))
FIELD_INDENT_MM = 6
SPARE = 0.85  # of the page's height: the estimate's room for other fonts' line heights


def field_lines(label: str, value: str, size_pt: float, width_mm: float) -> int:
    """Lines of one "label：value" field whose value wraps under itself (a hanging indent)."""
    per_line = (width_mm - FIELD_INDENT_MM) / (size_pt * POINT_MM) - text_em(label) - 1
    return max(1, math.ceil(text_em(value) / max(per_line, 1)))


def cover_type(fields: list[tuple[str, str]], fixed_pt: float, width_mm: float,
               height_mm: float) -> tuple[float, float]:
    """(size, line height) for the cover's fields; *fixed_pt* is the height of what stands above
    them (the spacing and the title)."""
    room = height_mm / POINT_MM * SPARE - fixed_pt
    for size, leading in STEPS:
        lines = sum(field_lines(label, value, size, width_mm) for label, value in fields)
        if lines * size * leading <= room:
            return size, leading
    return STEPS[-1]
