"""Exporting a report: one layout, two writers, files replaced atomically.

Each writer is imported when its format is asked for: python-docx costs 0.15 s to import,
which a PDF-only export (the command line's most common use) should not pay."""

from __future__ import annotations

from pathlib import Path

from ..core.forms import SELF_EVALUATION
from ..core.model import Report
from ..core.profiles import Profile
from ..core.scoring import ScoreResult, score_report
from . import fonts
from .atomic import ExportError, Writer, write_all_or_nothing
from .fonts import FontMissing
from .layout import PAGE_NUMBER_DASH, Document, build_document


def export_report(
    report: Report,
    profile: Profile,
    pdf: str | Path | None = None,
    docx: str | Path | None = None,
    table_only: bool = False,
    result: ScoreResult | None = None,
    page_numbers: str = PAGE_NUMBER_DASH,
    landscape: bool = False,
    font: str | None = None,
    xlsx: str | Path | None = None,
) -> None:
    """Write the report as PDF and/or Word, and/or its 自评表 as Excel — all or none; raises
    ExportError when a file cannot be made (and then no target has changed). A declaration or
    a monitoring form prints as its own paper form (cycle_layout), in all three formats."""
    if report.form != SELF_EVALUATION:
        from .cycle_layout import cycle_document

        document = cycle_document(report, profile, page_numbers, landscape)
        form: Document | None = document
    else:
        result = result or score_report(report, profile)
        document = build_document(report, profile, result, table_only, page_numbers, landscape)
        form = None
    outputs: list[tuple[str | Path, Writer]] = []
    if pdf:
        from .pdf_writer import write_pdf

        outputs.append((pdf, lambda path: write_pdf(document, path, font)))
    if docx:
        from .docx_writer import write_docx

        outputs.append((docx, lambda path: write_docx(document, path)))
    if xlsx:
        from .xlsx_writer import write_xlsx

        outputs.append((xlsx, lambda path: write_xlsx(report, result, path, form)))
    try:
        write_all_or_nothing(outputs)
    except FontMissing as exc:
        raise ExportError(exc.message, str(exc)) from None


def warm(font_choice: str | None = None) -> None:
    """Load both writers and the PDF's fonts, so that the user's first export starts at once
    (the window calls this in a thread once it is shown)."""
    from . import docx_writer  # noqa: F401 - imported for its cost, now rather than later
    from .pdf_writer import prepare_fonts

    role_fonts, symbols = prepare_fonts(font_choice)
    for font in [*role_fonts.values(), *([symbols] if symbols else [])]:
        fonts.glyphs(str(font.path))
