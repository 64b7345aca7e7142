"""``read FILE`` and the import of Word and Excel files (report-format.md): the file's kind is
told by its content; what was not taken over goes to stderr as 注： lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.interchange import read_report_file, report_to_json
from ..core.messages import UserError
from ..core.model import Report

NOTE_PREFIX = "注："
def is_office(path: str) -> bool:
    """A Word or Excel file, by content (a .docx is a zip file too, but no year archive)."""
    # the readers load when a file is read: every command line parses its arguments here
    from ..reader.source import DOCX, XLS, XLSX, sniff

    try:
        return sniff(Path(path)) in (DOCX, XLSX, XLS)
    except UserError:
        return False  # missing or unreadable: the JSON reader names the problem


def refuse_disguised(path: str) -> None:
    """A file named as a Word/Excel file that is none (an HTML page saved as .xls): said so,
    naming the file, rather than failing as JSON."""
    from ..reader.source import JSON, OFFICE_SUFFIXES, sniff

    if Path(path).suffix.lower() in OFFICE_SUFFIXES:
        try:
            kind = sniff(Path(path))
        except UserError:
            return  # missing or unreadable: the reader names the problem
        if kind != JSON:
            raise UserError(path, "read.not_office")


def read_office(path: str, lang: str) -> Report:
    """The report recognised in a Word or Excel file; its notes on stderr; bad input raises."""
    from ..reader import read_file

    reading = read_file(path)
    for note in reading.notes:
        print(f"{NOTE_PREFIX}{note.text(lang)}", file=sys.stderr)
    return reading.report


def cmd_read(args: argparse.Namespace) -> int:
    from ..reader.source import JSON, sniff

    if sniff(Path(args.file)) == JSON:
        report = read_report_file(args.file)
    else:
        report = read_office(args.file, args.lang)
    sys.stdout.write(report_to_json(report) + "\n")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser
                 ) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("read", parents=[common], help="recognise a 自评表/申报表/监控表/自评报告")
    p.add_argument("file")
    return {"read": cmd_read}
