"""A reportlab paragraph that breaks Chinese lines by the rules of ``kinsoku``.

reportlab's own CJK wrapper lets a full stop hang past the right edge (out of a table cell)
and knows neither ，；： nor opening brackets; this one asks ``kinsoku.line_end`` instead.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ

from .kinsoku import line_end
from .reportlab_private import cjk_glyphs, cjk_line, cjk_lines


class LineBreakingParagraph(Paragraph):
    def breakLinesCJK(self, maxWidths):  # type: ignore[no-untyped-def]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # the second half of a paragraph cut over pages: already laid out
        if not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        limits = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        glyphs = cjk_glyphs(self.frags)
        chars = "".join(str(g) or "\n" for g in glyphs)
        lines = []
        start = 0
        while start < len(glyphs):
            limit = limits[min(len(lines), len(limits) - 1)]
            used, i, forced = 0.0, start, False
            while i < len(glyphs):
                glyph = glyphs[i]
                if hasattr(glyph.frag, "lineBreak"):
                    forced = True
                    i += 1
                    break
                if i > start and used + glyph.width > limit + _FUZZ:
                    break
                used += glyph.width
                i += 1
            end = i
            if not forced and i < len(glyphs):
                end = line_end(chars, start, i)
                used = sum(g.width for g in glyphs[start:end])
            lines.append(cjk_line(glyphs[start:end], limit, used, forced))
            start = end
        return cjk_lines(lines)
