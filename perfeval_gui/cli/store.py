"""``import``, ``dump`` and ``list``: report files into a store, one report out of it, and the
store's reports one JSON line each. A store failing its check is never written."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.figures import figure
from ..core.forms import SELF_EVALUATION, form_name
from ..core.interchange import report_to_json
from ..core.messages import Message, UserError
from ..core.model import Report
from ..core.profiles import default_library
from ..core.summary import summary_of
from ..store import health
from . import read as cli_read
from .report import read_report
from .shared import EXIT_BAD_INPUT, EXIT_OK, PROG
from .shared import existing_store as _existing_store
from .shared import print_json as _print_json


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("import", parents=[common])
    p.add_argument("report")
    p.add_argument("--db", required=True)
    p = sub.add_parser("dump", parents=[common])
    p.add_argument("--db", required=True)
    p.add_argument("--id", required=True, type=int)
    p = sub.add_parser("list", parents=[common])
    p.add_argument("--db", required=True)
    return {"import": cmd_import, "dump": cmd_dump, "list": cmd_list}


def cmd_import(args: argparse.Namespace) -> int:
    from ..exchange.archive import is_archive, not_yet_stored, read_archive
    from ..store.repository import ReportStore

    # read and validate everything before touching the store
    archived = []
    if cli_read.is_office(args.report):  # before is_archive: a .docx or .xlsx is a zip file too
        reports = [cli_read.read_office(args.report, args.lang)]
    elif is_archive(args.report):
        archived = read_archive(args.report)
        reports = [member.report for member in archived]
        for report in reports:
            default_library().get(report.profile)
    else:
        cli_read.refuse_disguised(args.report)
        reports = [read_report(args.report)[0]]
    if Path(args.db).exists():  # never write into a store failing its check (a new one is made)
        problem = health.check(args.db)
        if problem is not None:
            raise problem
    with ReportStore(args.db) as store:
        def write() -> tuple[list[UserError], list[int], list[Message]]:
            new, already = reports, []
            if archived:  # an archive imported twice: nothing the second time, and said so
                new, already = not_yet_stored(archived, store.same_as, args.report)
            # a form of the project the store holds already for the year (the file this app
            # wrote, brought in again): imported, as asked, and said — not an error
            before = [store.same_form(report) for report in new]
            ids = store.create_many(new)  # all or nothing, even under a kill
            return already, ids, [same_form_note(r, i, b) for r, i, b in zip(new, ids, before, strict=True)
                                  if b]

        already, ids, doubled = store.write_immediately(write)  # no other import between look and write
    for note in already:
        print(f"{PROG}: {note.text(args.lang)}", file=sys.stderr)
    for message in doubled:
        print(f"{PROG}: {message.text(args.lang)}", file=sys.stderr)
    for report_id in ids:
        print(report_id)
    return EXIT_OK


def same_form_note(report: Report, report_id: int, stored: list[int]) -> Message:
    """The warning of an import adding a second form of one project's year."""
    return Message("import.same_form", {
        "name": report.project.name or "", "year": report.year, "id": report_id,
        "form": form_name(report.form or SELF_EVALUATION),
        "ids": ", ".join(str(i) for i in stored)})


def cmd_dump(args: argparse.Namespace) -> int:
    with _existing_store(args.db) as store:
        sys.stdout.write(report_to_json(store.load(args.id)) + "\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ..store.score_cache import rescore_if_stale

    library = default_library()
    with _existing_store(args.db) as store:
        live = False
        try:
            rescore_if_stale(store, library)  # never a grade the report no longer has
        except UserError:
            live = True  # a store that cannot be written: score each report for this listing
        bad = store.unreadable()  # one bad report is named; the others are listed
        listed = 0
        for s in store.list():
            total, grade = s.total, s.grade or None
            try:
                if s.id in bad:
                    raise UserError(str(store.path), "store.bad_report", id=s.id, detail=bad[s.id])
                if live:
                    summary = summary_of(store.load(s.id), library)
                    total, grade = (None, None) if summary is None else (summary.total, summary.grade)
            except UserError as exc:
                print(f"{PROG}: {exc.text(args.lang)}", file=sys.stderr)
                continue
            listed += 1
            _print_json(
                {
                    "id": s.id, "year": s.year, "name": s.name, "unit": s.unit,
                    "total": None if total is None else figure(total),
                    "grade": grade, "updated": s.updated,
                    # the annual cycle: which form, and the project its forms and years share
                    "form": s.form, "project_key": s.project_key,
                },
                lines=True,
            )
    return EXIT_OK if listed or not bad else EXIT_BAD_INPUT
