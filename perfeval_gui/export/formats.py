"""The formats a report is exported in, registered once.

Each format names its key (the command line's ``export --<key>``, ``export_report(<key>=path)``),
its file suffix, the file dialog's words, its help on the command line, its entries in the
window's menus and its writer. The command line's options, its help, the window's menu entries
(whole report, the 自评表 alone, every report of a year) and its save dialog are made by looping
over FORMATS: a new format is one ``register(...)`` here, plus the translations of its words.

Writers are imported when their format is written: python-docx costs 0.15 s to import, which a
PDF-only export (the command line's most common use) should not pay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.model import Report
    from ..core.scoring import ScoreResult
    from .layout import Document


@dataclass(frozen=True)
class Job:
    """What every writer is given: the report, its scores (None for a declaration or a
    monitoring form: they have none), the printed layout built from both, and the font the user
    chose for PDFs (None: the default)."""

    report: Report
    result: ScoreResult | None
    document: Document
    font: str | None = None


@dataclass(frozen=True)
class ExportFormat:
    """One format. The labels are English: the window translates them (context "ExportFormats",
    listed in ui/files/export_words.py); the command line's help carries both languages."""

    key: str  # an identifier: the option --<key>, the keyword of export_report
    suffix: str  # ".pdf": added to a file name chosen without it
    file_words: str  # the save dialog's filter: "<file_words> (*<suffix>)"
    cli_help: tuple[str, str]  # `export --help` for --<key>: (Chinese, English)
    write: Callable[[Job, Path], None]  # the file at the path (atomicity is export_report's)
    dialog_title: str  # the save dialog's title
    menu_label: str | None = None  # 文件 menu: the whole report (None: not offered)
    table_label: str | None = None  # 文件 menu: the 自评表 alone
    batch_label: str | None = None  # 文件 menu: every report of a year, a file each
    always_landscape: bool = False  # laid out on A4 landscape: no orientation asked
    menu_rank: int = 50  # order in the menus and on the toolbar, lowest first
    on_toolbar: bool = False  # its whole-report entry on the toolbar too


FORMATS: dict[str, ExportFormat] = {}  # key -> format, in the command line's order


def register(fmt: ExportFormat) -> ExportFormat:
    """Add *fmt* (after those registered before it); a key must be new and an identifier."""
    if not fmt.key.isidentifier() or fmt.key in FORMATS:
        raise ValueError(f"export format key {fmt.key!r}: not an identifier, or taken")
    if not fmt.suffix.startswith("."):
        raise ValueError(f"export format {fmt.key!r}: suffix {fmt.suffix!r} must start with '.'")
    FORMATS[fmt.key] = fmt
    return fmt


def in_menu_order() -> list[ExportFormat]:
    """The formats as the window lists them (menu_rank, then the order registered)."""
    return sorted(FORMATS.values(), key=lambda fmt: fmt.menu_rank)


def _write_pdf(job: Job, path: Path) -> None:
    from .pdf_writer import write_pdf

    write_pdf(job.document, path, job.font)


def _write_docx(job: Job, path: Path) -> None:
    from .docx_writer import write_docx

    write_docx(job.document, path)


def _write_xlsx(job: Job, path: Path) -> None:
    from .xlsx_writer import write_xlsx

    # a 自评表 is written from its scores; the other forms from their printed layout
    write_xlsx(job.report, job.result, path, None if job.result is not None else job.document)


# Word before PDF in the menus and on the toolbar: the file units hand in and edit further
register(ExportFormat(
    key="pdf", suffix=".pdf", file_words="PDF", write=_write_pdf,
    cli_help=("输出的 PDF 文件", "the PDF to write"), dialog_title="Export PDF",
    menu_label="Export PDF…", table_label="Export the self-evaluation table alone (PDF)…",
    batch_label="Export all reports of a year as PDF…", menu_rank=20, on_toolbar=True))
register(ExportFormat(
    key="docx", suffix=".docx", file_words="Word", write=_write_docx,
    cli_help=("输出的 Word 文件", "the Word file to write"), dialog_title="Export Word",
    menu_label="Export Word…", batch_label="Export all reports of a year as Word…",
    menu_rank=10, on_toolbar=True))
register(ExportFormat(  # the form whole (table_only or not: it is one table), A4 landscape
    key="xlsx", suffix=".xlsx", file_words="Excel", write=_write_xlsx,
    cli_help=("输出的 Excel 表（自评表、申报表或监控表）",
              "the form (自评表, 申报表 or 监控表) as an Excel sheet"), dialog_title="Export Excel",
    table_label="Export the self-evaluation table to Excel…", always_landscape=True, menu_rank=30))
