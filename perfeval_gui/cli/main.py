"""The headless sub-commands: score, check, export, import, dump, list (report-format.md).

Exit statuses and output: ``shared``.
Every failure is one line on stderr naming the field or file; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from ..core import cycle_json
from ..core.checks import ERROR, Finding, failed_check_logs, run_checks
from ..core.figures import figure
from ..core.interchange import read_report_file, report_to_json
from ..core.messages import UserError, translate
from ..core.model import Report
from ..core.profiles import Profile, default_library
from ..core.report_json import score_document
from ..core.scoring import score_report
from . import read as cli_read
from . import summary as cli_summary
from .backup import add_commands as add_backup_commands
from .guard import argv_lang as _argv_lang
from .guard import internal_error, log_unraisable, sweep_unfinished
from .help import localize
from .profiles import add_parsers as add_profiles_parsers
from .rescue import add_commands as add_rescue_commands
from .shared import (
    EXIT_BAD_INPUT,
    EXIT_CANNOT_PRODUCE,
    EXIT_CHECK_ERRORS,
    EXIT_OK,
    PROG,
    CannotProduce,
)
from .shared import existing_store as _existing_store
from .shared import fail as _fail
from .shared import print_json as _print_json

# a store that cannot be written is a target that cannot be produced (exit 3), not bad input
CANNOT_WRITE_STORE = frozenset({"store.disk_full", "store.readonly", "store.readonly_file",
                                "store.readonly_folder", "store.held"})


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and exit status 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        _fail(translate("cli.usage", _argv_lang(sys.argv), detail=message), EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS)
    parser = _Parser(prog=PROG, parents=[common], description="项目支出绩效自评")
    parser.add_argument("--db", help="the store to open in the window")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in ("score", "check"):
        p = sub.add_parser(name, parents=[common])
        p.add_argument("report")
    p = sub.add_parser("export", parents=[common])
    p.add_argument("report")
    p.add_argument("--pdf")
    p.add_argument("--docx")
    p.add_argument("--xlsx", help="the 自评表 as an Excel sheet")
    p.add_argument("--table-only", action="store_true", help="only the 自评表")
    p.add_argument("--landscape", action="store_true", help="A4 landscape (with --table-only)")
    p.add_argument("--page-numbers", choices=("dash", "of"), default="dash",
                   help="— 1 — (GB/T 9704) or 第 1 页 共 3 页")
    p = sub.add_parser("import", parents=[common])
    p.add_argument("report")
    p.add_argument("--db", required=True)
    p = sub.add_parser("dump", parents=[common])
    p.add_argument("--db", required=True)
    p.add_argument("--id", required=True, type=int)
    p = sub.add_parser("list", parents=[common])
    p.add_argument("--db", required=True)
    COMMANDS.update(cli_summary.add_parsers(sub, common))
    COMMANDS.update(add_backup_commands(sub, common))
    COMMANDS.update(cli_read.add_commands(sub, common))
    COMMANDS.update(add_profiles_parsers(sub, common))
    COMMANDS.update(add_rescue_commands(sub, common))
    return parser


def _read_report(path: str) -> tuple[Report, Profile]:
    """A report file and its scoring profile; either failing is bad input (exit 2)."""
    report = read_report_file(path)
    return report, default_library().get(report.profile)


def _tell_failed_checks(findings: list[Finding], lang: str) -> None:
    """A check that failed inside the program: one stderr line naming the log file."""
    for log in failed_check_logs(findings):
        line = translate("cli.check_failed", lang, log=log) if log else translate(
            "cli.check_failed_unlogged", lang)
        print(f"{PROG}: {line}", file=sys.stderr)


def _tell_font_notices(lang: str) -> None:
    """A damaged font of the app's own that a PDF passed over (export, summary, archive)."""
    fonts = sys.modules.get("perfeval_gui.export.fonts")  # no PDF made: nothing to tell
    for notice in fonts.take_notices() if fonts else []:
        print(f"{PROG}: {notice.text(lang)}", file=sys.stderr)


def cmd_score(args: argparse.Namespace) -> int:
    report, profile = _read_report(args.report)
    if report.form in cycle_json.DOCUMENTS:  # a monitoring form or a declaration: no points
        findings = run_checks(report, profile)
        _print_json(cycle_json.DOCUMENTS[report.form](report, profile, args.lang, findings))
        _tell_failed_checks(findings, args.lang)
        return EXIT_OK
    result = score_report(report, profile)
    findings = run_checks(report, profile, result)
    _print_json(score_document(report, profile, args.lang, result, findings))
    _tell_failed_checks(findings, args.lang)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    report, profile = _read_report(args.report)
    findings = run_checks(report, profile)
    _print_json({"findings": [f.to_json(args.lang) for f in findings]})
    _tell_failed_checks(findings, args.lang)
    return EXIT_CHECK_ERRORS if any(f.severity == ERROR for f in findings) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if not args.pdf and not args.docx and not args.xlsx:
        raise UserError("", "cli.nothing_to_export")
    report, profile = _read_report(args.report)
    from ..export.writer import ExportError, export_report

    findings = run_checks(report, profile)
    try:
        export_report(report, profile, pdf=args.pdf, docx=args.docx, xlsx=args.xlsx,
                      table_only=args.table_only,
                      landscape=args.landscape, page_numbers=args.page_numbers)
    except ExportError as exc:
        raise CannotProduce(exc.text(args.lang)) from None
    _tell_failed_checks(findings, args.lang)
    errors = sum(1 for f in findings if f.severity == ERROR)
    if errors:
        print(f"{PROG}: {translate('cli.errors_remain', args.lang, count=errors)}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..exchange.archive import is_archive, not_yet_stored, read_archive
    from ..store import health
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
        reports = [_read_report(args.report)[0]]
    if Path(args.db).exists():  # never write into a store failing its check (a new one is made)
        problem = health.check(args.db)
        if problem is not None:
            raise problem
    with ReportStore(args.db) as store:
        def write() -> tuple[list[UserError], list[int]]:
            new, already = reports, []
            if archived:  # an archive imported twice: nothing the second time, and said so
                new, already = not_yet_stored(archived, store.same_as, args.report)
            return already, store.create_many(new)  # all or nothing, even under a kill

        already, ids = store.write_immediately(write)  # no other import between look and write
    for note in already:
        print(f"{PROG}: {note.text(args.lang)}", file=sys.stderr)
    for report_id in ids:
        print(report_id)
    return EXIT_OK


def cmd_dump(args: argparse.Namespace) -> int:
    with _existing_store(args.db) as store:
        sys.stdout.write(report_to_json(store.load(args.id)) + "\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.summary import summary_of
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
                },
                lines=True,
            )
    return EXIT_OK if listed or not bad else EXIT_BAD_INPUT


COMMANDS: dict[str, Any] = {
    "score": cmd_score, "check": cmd_check, "export": cmd_export,
    "import": cmd_import, "dump": cmd_dump, "list": cmd_list,
}


def run(argv: Sequence[str]) -> int:
    """Run a sub-command; the return value is the exit status. Never a traceback: anything
    unexpected is exit status 4 with one line naming the log that holds the details."""
    log_unraisable()
    try:
        return _run(argv)
    except Exception as exc:
        return internal_error(exc, argv)


def _run(argv: Sequence[str]) -> int:
    args = localize(build_parser(), _argv_lang(argv)).parse_args(list(argv))
    args.lang = getattr(args, "lang", "zh")
    if args.command is None:
        _fail(translate("cli.usage", args.lang, detail="a sub-command is needed"), EXIT_BAD_INPUT)
    sweep_unfinished()
    try:
        status = COMMANDS[args.command](args)
        _tell_font_notices(args.lang)
        return status
    except UserError as exc:
        cannot = exc.message.code in CANNOT_WRITE_STORE
        _fail(exc.text(args.lang), EXIT_CANNOT_PRODUCE if cannot else EXIT_BAD_INPUT)
    except CannotProduce as exc:
        _fail(exc.message, EXIT_CANNOT_PRODUCE)
    except BrokenPipeError:
        return EXIT_OK

