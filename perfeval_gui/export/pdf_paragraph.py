"""A reportlab paragraph that breaks Chinese lines by the rules of ``kinsoku``.

reportlab's own CJK wrapper lets a full stop hang past the right edge (out of a table cell)
and knows neither ，；： nor opening brackets; this one asks ``kinsoku`` instead.

Each paragraph breaks its text once per width: a table lays its cells out several times, and
the same text may stand in columns of different widths. A paragraph cut over pages hands its
remaining lines to the rest (reportlab's rest re-breaks the whole remainder on every page: a
20,000-character section took seconds, a cell of that length a minute), and :meth:`piece`
gives a run of its lines as a paragraph of their own, which is how a table row taller than a
page is cut (``pdf_table``).
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
    _fixed = None  # the lines of a piece: laid out already, whatever the width

    def breakLinesCJK(self, maxWidths):  # type: ignore[no-untyped-def]
        if self._fixed is not None:
            return self._fixed
        split = hasattr(self, "blPara") and getattr(self, "_splitpara", 0)  # already laid out
        if split or not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        limits = [float(w) for w in (maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths])]
        known = self.__dict__.setdefault("_broken_at", {})
        key = tuple(limits)
        broken = known.get(key)
        if broken is None:
            broken = known[key] = self._single(limits) if len(self.frags) == 1 else self._mixed(limits)
        return broken

    def split(self, availWidth, availHeight):  # type: ignore[no-untyped-def]
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], LineBreakingParagraph):
            first, rest = parts
            # greedy breaking has no memory past a line's start: the rest's lines are these
            # lines, as long as it is laid out at the same width without a first-line indent
            # (reportlab gives the rest none), which is how frames and cells lay it out
            lines = self.blPara.lines[len(first.blPara.lines):]
            later = float(availWidth - rest.style.leftIndent - rest.style.rightIndent)
            if rest.style.firstLineIndent == 0 and self._wrapWidths[-1] == later:
                rest.__dict__["_broken_at"] = {(later, later): _with_lines(self.blPara, lines)}
        return parts

    def line_count(self, width: float) -> int:
        """How many lines the text takes laid out in *width* points."""
        self.wrap(width, 1e9)
        return len(self.blPara.lines)

    def piece(self, width: float, first: int, count: int) -> LineBreakingParagraph:
        """Lines first … first + count - 1 of the text laid out in *width*, as a paragraph
        that draws just them (and is never broken again)."""
        self.wrap(width, 1e9)
        part = self.__class__(None, self.style, frags=self.frags)  # nothing parsed again
        part._fixed = _with_lines(self.blPara, self.blPara.lines[first:first + count])
        return part

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


def _with_lines(broken, lines: list):  # type: ignore[no-untyped-def, type-arg]
    """A laid-out paragraph (either of reportlab's forms) with some of its lines."""
    return broken.clone(lines=lines)
