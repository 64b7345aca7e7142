"""A reportlab paragraph that breaks Chinese lines by the rules of ``kinsoku``.

reportlab's own CJK wrapper lets a full stop hang past the right edge (out of a table cell)
and knows neither ，；： nor opening brackets; this one asks ``kinsoku`` instead.

Each paragraph breaks its text once per width: a table lays its cells out several times, and
the same text may stand in columns of different widths. Cut over pages, both parts keep the
lines already broken (reportlab's rest broke the whole remainder again on every page: a
20,000-character section took seconds, a cell of that length a minute); :meth:`piece` gives
a run of the lines as a paragraph of its own, which is how ``pdf_table`` cuts a table row
taller than a page.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from .kinsoku import break_lines, line_end
from .reportlab_private import FUZZ, LineHookParagraph, cjk_glyphs, cjk_line, cjk_lines, plain_lines

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


class LineBreakingParagraph(LineHookParagraph):
    def own_lines(self, limits: list[float]):  # type: ignore[no-untyped-def]
        known = self.__dict__.setdefault("_broken_at", {})
        key = tuple(limits)
        broken = known.get(key)
        if broken is not None:
            return broken
        if not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return None  # reportlab's own breaking: nothing to draw, or a callback to keep
        first = self.frags[0]
        one_font = all(f.fontName == first.fontName and f.fontSize == first.fontSize for f in self.frags)
        broken = known[key] = self._single(limits) if one_font else self._mixed(limits)
        return broken

    def split(self, availWidth, availHeight):  # type: ignore[no-untyped-def]
        """Cut after the lines that fit, as reportlab does, but both parts keep the lines
        already broken: reportlab's rest broke the whole remainder again on every page, and
        its cut of a paragraph in several fonts wrote spaces into the lines it cut."""
        if not self.frags or availWidth < FUZZ or availHeight < FUZZ:
            return []
        if not self.draws_given_lines() and any(hasattr(f, "cbDefn") for f in self.frags):
            return super().split(availWidth, availHeight)
        if not self.is_laid_out_at(availWidth):
            self.wrap(availWidth, availHeight)
        lines, style = self.laid_out_lines(), self.style
        fit = int(availHeight / float(style.leading))
        if fit == 0 or (fit <= 1 and not getattr(style, "allowOrphans", 0)):
            return []  # an orphan line: the whole paragraph goes on
        if len(lines) <= fit:
            return [self]
        if not getattr(style, "allowWidows", 1) and len(lines) == fit + 1:
            fit -= 1  # leave the last line company
        if fit == 0 or (fit <= 1 and not getattr(style, "allowOrphans", 0)):
            return []
        # the rest is drawn without the first line's indent, as its lines were broken
        rest_style = style if style.firstLineIndent == 0 else \
            ParagraphStyle(f"{style.name}-rest", parent=style, firstLineIndent=0)
        return [self.with_lines(style, lines[:fit]), self.with_lines(rest_style, lines[fit:])]

    def line_count(self, width: float) -> int:
        """How many lines the text takes laid out in *width* points."""
        self.wrap(width, 1e9)
        return len(self.laid_out_lines())

    def piece(self, width: float, first: int, count: int) -> LineBreakingParagraph:
        """Lines first … first + count - 1 of the text laid out in *width*, as a paragraph
        that draws just them (and is never broken again)."""
        self.wrap(width, 1e9)
        return self.with_lines(self.style, self.laid_out_lines()[first:first + count])

    def _single(self, limits: list[float]):  # type: ignore[no-untyped-def]
        """One font throughout (most cells), perhaps with forced line breaks: plain lines, as
        reportlab keeps them, made a line at a time (a 20,000-character cell of many lines
        took seconds a character at a time)."""
        frag = self.frags[0]
        texts = [""]  # the text between forced breaks
        for f in self.frags:
            if hasattr(f, "lineBreak"):
                texts.append("")
            else:
                texts[-1] += _text_of(f)
        if len(texts) > 1 and not texts[-1]:
            texts.pop()  # a break at the end ends the last line, as in reportlab
        lines: list[tuple[float, list[str]]] = []
        for text in texts:
            widths = char_widths(text, frag.fontName, frag.fontSize)
            from_here = [w + FUZZ for w in limits[min(len(lines), len(limits) - 1):]]
            start = 0
            for line in break_lines(text, widths, from_here) or ([""] if len(texts) > 1 else []):
                used = sum(widths[start:start + len(line)])
                start += len(line)
                lines.append((limits[min(len(lines), len(limits) - 1)] - used, [line]))
        return plain_lines(frag, lines)

    def _mixed(self, limits: list[float]):  # type: ignore[no-untyped-def]
        """Several fonts (a symbol drawn from another), perhaps with forced line breaks."""
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
                if i > start and used + glyph.width > limit + FUZZ:
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


def _text_of(frag) -> str:  # type: ignore[no-untyped-def]
    # a rest cut by reportlab's own split holds its text as the words of its lines
    text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
    return text.decode("utf8") if isinstance(text, bytes) else text
