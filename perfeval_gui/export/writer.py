"""Exporting a report: one layout, the writers of the formats asked for (export/formats.py),
files replaced atomically."""

from __future__ import annotations

from pathlib import Path

from ..core.forms import SELF_EVALUATION
from ..core.model import Report
from ..core.profiles import Profile
from ..core.scoring import ScoreResult, score_report
from . import fonts
from .atomic import ExportError, Writer, write_all_or_nothing
from .fonts import FontMissing
from .formats import FORMATS, ExportFormat, Job
from .layout import PAGE_NUMBER_DASH, build_document


def export_report(
    report: Report,
    profile: Profile,
    *,
    table_only: bool = False,
    result: ScoreResult | None = None,
    page_numbers: str = PAGE_NUMBER_DASH,
    landscape: bool = False,
    font: str | None = None,
    **targets: str | Path | None,
) -> None:
    """Write the report in each format named by its key (``pdf=path``, ``docx=…``, ``xlsx=…``:
    the registry's keys; None or empty skips one) — all or none; raises ExportError when a file
    cannot be made (and then no target has changed). A declaration or a monitoring form prints
    as its own paper form (cycle_layout), in every format."""
    unknown = sorted(set(targets) - set(FORMATS))
    if unknown:
        raise TypeError(f"export_report: no export format {', '.join(unknown)}")
    if report.form != SELF_EVALUATION:
        from .cycle_layout import cycle_document

        job = Job(report, None, cycle_document(report, profile, page_numbers, landscape), font)
    else:
        result = result or score_report(report, profile)
        document = build_document(report, profile, result, table_only, page_numbers, landscape)
        job = Job(report, result, document, font)
    outputs: list[tuple[str | Path, Writer]] = [
        (path, _writer(fmt, job)) for key, fmt in FORMATS.items() if (path := targets.get(key))]
    try:
        write_all_or_nothing(outputs)
    except FontMissing as exc:
        raise ExportError(exc.message, str(exc)) from None


def _writer(fmt: ExportFormat, job: Job) -> Writer:
    return lambda path: fmt.write(job, path)


def warm(font_choice: str | None = None) -> None:
    """Load both writers and the PDF's fonts, so that the user's first export starts at once
    (the window calls this in a thread once it is shown)."""
    from . import docx_writer  # noqa: F401 - imported for its cost, now rather than later
    from .pdf_writer import prepare_fonts

    role_fonts, symbols = prepare_fonts(font_choice)
    for font in [*role_fonts.values(), *([symbols] if symbols else [])]:
        fonts.glyphs(str(font.path))
