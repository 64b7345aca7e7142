"""``score``, ``check`` and ``export`` of one report file (report-format.md): the file read and
scored by its profile, findings and documents produced; the file itself is never written."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ..core import cycle_json
from ..core.checks import ERROR, Finding, failed_check_logs, run_checks
from ..core.interchange import read_report_file
from ..core.messages import OneOf, UserError, translate
from ..core.model import Report
from ..core.profiles import Profile, default_library
from ..core.report_json import score_document
from ..core.scoring import score_report
from ..export.formats import FORMATS
from .shared import EXIT_CHECK_ERRORS, EXIT_OK, PROG, CannotProduce
from .shared import print_json as _print_json


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    for name in ("score", "check"):
        p = sub.add_parser(name, parents=[common])
        p.add_argument("report")
    p = sub.add_parser("export", parents=[common])
    p.add_argument("report")
    for key in FORMATS:  # --pdf, --docx, --xlsx: each registered format (help: cli/help.py)
        p.add_argument(f"--{key}")
    p.add_argument("--table-only", action="store_true", help="only the 自评表")
    p.add_argument("--landscape", action="store_true", help="A4 landscape (with --table-only)")
    p.add_argument("--page-numbers", choices=("dash", "of"), default="dash",
                   help="— 1 — (GB/T 9704) or 第 1 页 共 3 页")
    return {"score": cmd_score, "check": cmd_check, "export": cmd_export}


def read_report(path: str) -> tuple[Report, Profile]:
    """A report file and its scoring profile; either failing is bad input (exit 2)."""
    report = read_report_file(path)
    return report, default_library().get(report.profile)


def _tell_failed_checks(findings: list[Finding], lang: str) -> None:
    """A check that failed inside the program: one stderr line naming the log file."""
    for log in failed_check_logs(findings):
        line = translate("cli.check_failed", lang, log=log) if log else translate(
            "cli.check_failed_unlogged", lang)
        print(f"{PROG}: {line}", file=sys.stderr)


def cmd_score(args: argparse.Namespace) -> int:
    report, profile = read_report(args.report)
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
    report, profile = read_report(args.report)
    findings = run_checks(report, profile)
    _print_json({"findings": [f.to_json(args.lang) for f in findings]})
    _tell_failed_checks(findings, args.lang)
    return EXIT_CHECK_ERRORS if any(f.severity == ERROR for f in findings) else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    targets = {key: path for key in FORMATS if (path := getattr(args, key))}
    if not targets:
        raise UserError("", "cli.nothing_to_export", options=OneOf([f"--{key}" for key in FORMATS]))
    report, profile = read_report(args.report)
    from ..export.writer import ExportError, export_report

    findings = run_checks(report, profile)
    try:
        export_report(report, profile, table_only=args.table_only,
                      landscape=args.landscape, page_numbers=args.page_numbers, **targets)
    except ExportError as exc:
        raise CannotProduce(exc.text(args.lang)) from None
    _tell_failed_checks(findings, args.lang)
    errors = sum(1 for f in findings if f.severity == ERROR)
    if errors:
        print(f"{PROG}: {translate('cli.errors_remain', args.lang, count=errors)}", file=sys.stderr)
    return EXIT_OK
