"""A folder of report files, read without importing them (the 汇总 of a supervising department).

Every visible file directly in the folder is tried; what cannot be read is skipped with its
reason, never fatal, so one broken file from a USB stick does not hide the other forty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.interchange import read_report_file
from ..core.messages import UserError
from ..core.model import Report

FileReader = Callable[[Path], Report]


@dataclass
class FolderReports:
    reports: list[tuple[str, Report]] = field(default_factory=list)  # (file name, report)
    skipped: list[tuple[str, UserError]] = field(default_factory=list)  # (file name, why)


def read_folder(folder: str | Path, year: int | None = None,
                reader: FileReader = read_report_file) -> FolderReports:
    """The reports of *folder* (of *year*, where given), in file-name order.

    *reader* reads one file; a Word/Excel reader can stand in for the JSON one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(str(folder), "file.missing")
    found = FolderReports()
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            report = reader(path)
        except UserError as exc:
            found.skipped.append((path.name, exc))
            continue
        if year is None or report.year == year:
            found.reports.append((path.name, report))
    return found
