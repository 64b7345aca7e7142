"""``summary``, ``archive`` and the import of year archives (report-format.md).

A folder with some unreadable files: those are skipped, counted in ``totals.skipped`` and named
on stderr; exit 0 if any report was read, 2 if none.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.forms import MONITORING
from ..core.messages import UserError
from ..core.profiles import default_library
from ..core.summary import (
    NOT_SELF_EVALUATION,
    Figures,
    SummaryRow,
    figures_of,
    report_row,
    row_document,
    summary_row,
    summary_totals,
    totals_document,
)
from .shared import EXIT_OK, CannotProduce, existing_store, print_json
from .summary_output import Skipped, tell_skipped, write_summary_files

Handler = Callable[[argparse.Namespace], int]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Handler]:
    p = sub.add_parser("summary", parents=[common], help="one row per report of a year")
    p.add_argument("folder", nargs="?", help="a folder of report files (instead of --db)")
    p.add_argument("--db")
    p.add_argument("--year", type=int)
    p.add_argument("--xlsx")
    p.add_argument("--pdf")
    p.add_argument("--with-demo", action="store_true", help="count the 示例 report too")
    p.add_argument("--form", choices=("self_evaluation", "monitoring"),
                   help="which forms to summarise (default: the 自评表, or the monitoring forms "
                        "where the year has no 自评表)")
    p.add_argument("--period-end", help="monitoring: the period (YYYY-MM-DD); default each "
                                        "project's latest")
    p = sub.add_parser("archive", parents=[common], help="a year's reports as JSON + PDF in one .zip")
    p.add_argument("--db", required=True)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--with-demo", action="store_true", help="put the 示例 report in too")
    return {"summary": cmd_summary, "archive": cmd_archive}


def _stored_line(store: Any, library: Any, report_id: int) -> tuple[Figures | None, SummaryRow | UserError]:
    """A stored report read once: its figures (None where its profile is unknown here) and its
    line, or why it is skipped."""
    report = store.load(report_id)
    try:
        profile = library.get(report.profile)
    except UserError as exc:  # its profile is unknown here: skipped and named, as a file is
        return None, exc
    figures = figures_of(report, profile)
    try:
        return figures, report_row(report_id, report, figures)
    except UserError as exc:  # not a 自评表: its figures are kept, it has no line
        return figures, exc


def _rows_from_store(db: str, year: int, lang: str, demo: bool = False) -> tuple[list[SummaryRow], int]:
    """From the figures the store keeps with each report (one query); figures that are stale
    or missing are computed and kept first, as ``list`` does. A store that cannot be written
    is summarised from its reports. A report whose profile is unknown here is skipped."""
    from ..store.score_cache import rescore_if_stale

    library = default_library()
    with existing_store(db) as store:
        try:
            rescore_if_stale(store, library)
            rows, missing = store.summary_rows(year, demo=demo)
            read = {i: _stored_line(store, library, i) for i, _updated in missing}
            store.set_summaries([(i, updated, read[i][0]) for i, updated in missing])
        except UserError:  # read-only: every line from its report, for this summary only
            rows = []
            read = {s.id: _stored_line(store, library, s.id) for s in store.list(year=year, demo=demo)}
    rows += [line for _figures, line in read.values() if isinstance(line, SummaryRow)]
    # a store's other forms are left out, as its query leaves them (the folder names its files)
    skipped: Skipped = [(i, line) for i, (_figures, line) in read.items()
                        if isinstance(line, UserError) and line.message.code != NOT_SELF_EVALUATION]
    tell_skipped(skipped, lang, None)
    return sorted(rows, key=lambda r: r.source), len(skipped)


def _read_folder(folder: str, year: int | None) -> Any:
    from ..exchange.folder import read_folder
    from ..reader import read_any_report

    return read_folder(folder, year, reader=read_any_report)


def _rows_from_folder(folder: str, found: Any, lang: str) -> tuple[list[SummaryRow], int]:
    library = default_library()
    rows: list[SummaryRow] = []
    skipped = list(found.skipped)
    for name, report in found.reports:
        try:
            rows.append(summary_row(name, report, library.get(report.profile)))
        except UserError as exc:  # an unknown profile: that file is skipped like an unreadable one
            skipped.append((name, exc))
    tell_skipped(skipped, lang, folder)
    return rows, len(skipped)


def cmd_summary(args: argparse.Namespace) -> int:
    from . import monitoring_summary as monitoring

    if bool(args.folder) == bool(args.db):
        raise UserError("", "cli.usage", detail="summary --db FILE.sqlite --year Y | summary FOLDER")
    if args.db and args.year is None:
        raise UserError("--year", "doc.missing")
    period = monitoring.period_end_of(args)  # a malformed date refused before anything is read
    found = None if args.db else _read_folder(args.folder, args.year)
    form = monitoring.store_form(args) if args.db else monitoring.summary_form(
        args.form, (report.form for _name, report in found.reports))
    if period is not None and form != MONITORING:
        raise UserError("--period-end", "summary.period_without_monitoring")
    if form == MONITORING:
        lines, skipped_m = (monitoring.rows_from_store(args) if args.db
                            else monitoring.rows_from_folder(found))
        return monitoring.print_monitoring_summary(lines, skipped_m, args)
    if args.db:
        rows, skipped = _rows_from_store(args.db, args.year, args.lang, args.with_demo)
    else:
        rows, skipped = _rows_from_folder(args.folder, found, args.lang)
        if not rows:
            raise UserError(args.folder, "summary.no_report")
    totals = summary_totals(rows, skipped)
    if args.xlsx or args.pdf:
        _write_outputs(rows, totals, args)
    for row in rows:
        print_json(row_document(row), lines=True)
    print_json(totals_document(totals), lines=True)
    return EXIT_OK


def _write_outputs(rows: list[SummaryRow], totals: Any, args: argparse.Namespace) -> None:
    from ..export.summary_pdf import write_summary_pdf
    from ..export.summary_xlsx import write_summary_xlsx

    title = f"{args.year or ''}"
    write_summary_files(args, lambda path: write_summary_xlsx(rows, totals, path, title),
                        lambda path: write_summary_pdf(rows, totals, path, title))


def cmd_archive(args: argparse.Namespace) -> int:
    """Every form of the year: its JSON, and its print where its form has a paper layout."""
    from ..exchange.archive import write_year_archive
    from ..export.atomic import ExportError

    library = default_library()
    with existing_store(args.db) as store:
        reports = [store.load(s.id) for s in store.list(year=args.year, demo=args.with_demo)]
    if not reports:  # an empty archive is a mistyped year, not a year's record
        raise UserError("--year", "archive.no_reports", year=args.year)
    profiles = {r.profile: library.get(r.profile, "profile") for r in reports}  # refuse before writing
    try:
        write_year_archive(args.out, reports, args.year, profiles)
    except ExportError as exc:
        raise CannotProduce(exc.text(args.lang)) from None
    print(Path(args.out))
    return EXIT_OK
