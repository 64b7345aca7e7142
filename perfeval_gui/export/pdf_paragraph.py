"""A reportlab paragraph that breaks Chinese lines by the rules of ``kinsoku``.

reportlab's own CJK wrapper lets a full stop hang past the right edge (out of a table cell)
and knows neither ，；： nor opening brackets; this one asks ``kinsoku`` instead. A table lays
its cells out several times at the same width: each paragraph keeps its last result.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ

from .kinsoku import break_lines, line_end
from .reportlab_private import cjk_glyphs, cjk_line, cjk_lines

_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(text: str, font: str, size: float) -> list[float]:
    known = _WIDTHS.setdefault((font, size), {})
    widths = []
    for char in text:
        width = known.get(char)
        if width is None:
            width = known[char] = stringWidth(char, font, size)
        widths.append(width)
    return widths


class LineBreakingParagraph(Paragraph):
    def breakLinesCJK(self, maxWidths):  # type: ignore[no-untyped-def]
        split = hasattr(self, "blPara") and getattr(self, "_splitpara", 0)  # already laid out
        if split or not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        limits = [float(w) for w in (maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths])]
        key = tuple(limits)
        if getattr(self, "_broken_for", None) != key:
            self._broken = self._single(limits) if len(self.frags) == 1 else self._mixed(limits)
            self._broken_for = key
        return self._broken

    def _single(self, limits: list[float]):  # type: ignore[no-untyped-def]
        """One font throughout (most cells): plain lines, as reportlab keeps them."""
        frag = self.frags[0]
        # the rest of a paragraph cut over pages holds its text as the words of its lines
        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        text = text.decode("utf8") if isinstance(text, bytes) else text
        widths = char_widths(text, frag.fontName, frag.fontSize)
        lines, start = [], 0
        for number, line in enumerate(break_lines(text, widths, [w + _FUZZ for w in limits])):
            used = sum(widths[start:start + len(line)])
            start += len(line)
            lines.append((limits[min(number, len(limits) - 1)] - used, [line]))
        return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)

    def _mixed(self, limits: list[float]):  # type: ignore[no-untyped-def]
        """Several fonts (a symbol drawn from another) or forced line breaks."""
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
