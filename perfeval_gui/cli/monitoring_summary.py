"""``summary --form monitoring``: the year's monitoring forms, one line per project for one
period (``--period-end``, else each project's latest), its 执行率 against the time progress
and its at-risk indicators, then the totals (core.monitoring_summary); with --xlsx/--pdf.

Which 汇总 a bare ``summary`` means is told by what the year holds: its 自评表 where it has
any, else its monitoring forms (``summary_form``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..core.forms import MONITORING, SELF_EVALUATION
from ..core.messages import UserError
from ..core.model import Report
from ..core.monitoring_summary import (
    MonitoringRow,
    for_period,
    monitoring_row,
    monitoring_totals,
    periods,
    row_document,
    totals_document,
)
from ..core.profiles import default_library
from .shared import EXIT_OK, existing_store, print_json
from .summary_output import Skipped, tell_skipped, write_summary_files

SUMMARY_FORMS = (SELF_EVALUATION, MONITORING)


def period_end_of(args: argparse.Namespace) -> date | None:
    """--period-end as a date; a malformed one is bad input naming the option."""
    if args.period_end is None:
        return None
    try:
        return date.fromisoformat(args.period_end)
    except ValueError:
        raise UserError("--period-end", "doc.bad_date", value=args.period_end) from None


def summary_form(asked: str | None, forms_held: Iterable[str]) -> str:
    """The form asked for; else the 自评表 where the year has any (the 汇总 as it always was),
    else the monitoring forms where it has those."""
    if asked is not None:
        return asked
    held = set(forms_held)
    return MONITORING if SELF_EVALUATION not in held and MONITORING in held else SELF_EVALUATION


def store_form(args: argparse.Namespace) -> str:
    if args.form is not None:
        return str(args.form)
    with existing_store(args.db) as store:
        held = [form for form in SUMMARY_FORMS if store.form_ids(args.year, form, args.with_demo)]
    return summary_form(None, held)


def _lines(sources: list[tuple[str | int, Report]], skipped: Skipped) -> list[MonitoringRow]:
    """Each source's line; a report of another form or an unknown profile is skipped, named."""
    library = default_library()
    rows = []
    for source, report in sources:
        try:
            rows.append(monitoring_row(source, report, library.get(report.profile)))
        except UserError as exc:
            skipped.append((source, exc))
    return rows


def rows_from_store(args: argparse.Namespace) -> tuple[list[MonitoringRow], Skipped]:
    """The year's stored monitoring forms, each read whole (a project has one or a few)."""
    skipped: Skipped = []
    with existing_store(args.db) as store:
        sources: list[tuple[str | int, Report]] = []
        for report_id in store.form_ids(args.year, MONITORING, args.with_demo):
            try:
                sources.append((report_id, store.load(report_id)))
            except UserError as exc:
                skipped.append((report_id, exc))
    return _lines(sources, skipped), skipped


def rows_from_folder(found: Any) -> tuple[list[MonitoringRow], Skipped]:
    """A folder's files (already read): its monitoring forms; the rest skipped."""
    skipped: Skipped = list(found.skipped)
    return _lines(list(found.reports), skipped), skipped


def print_monitoring_summary(rows: list[MonitoringRow], skipped: Skipped,
                             args: argparse.Namespace) -> int:
    """The chosen period's lines and totals on stdout (JSON lines), and the files asked for;
    what was skipped named on stderr once the input is known to be good."""
    period = period_end_of(args)
    chosen = for_period(rows, period)
    if period is not None and not chosen and rows:
        raise UserError("--period-end", "summary.no_period", period=period.isoformat(),
                        found="、".join(p.isoformat() for p in periods(rows)))
    if not rows and args.folder:
        raise UserError(args.folder, "summary.no_report")
    tell_skipped(skipped, args.lang, args.folder)
    totals = monitoring_totals(chosen, len(skipped))
    if args.xlsx or args.pdf:
        _write_outputs(chosen, totals, args)
    for row in chosen:
        print_json(row_document(row), lines=True)
    print_json(totals_document(totals), lines=True)
    return EXIT_OK


def _write_outputs(rows: list[MonitoringRow], totals: Any, args: argparse.Namespace) -> None:
    from ..export.summary_pdf import write_monitoring_summary_pdf
    from ..export.summary_xlsx import write_monitoring_summary_xlsx

    title = f"{args.year or ''}"
    write_summary_files(args, lambda path: write_monitoring_summary_xlsx(rows, totals, path, title),
                        lambda path: write_monitoring_summary_pdf(rows, totals, path, title))
