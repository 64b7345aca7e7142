"""The file name a report is offered under when it is exported, printed or saved as JSON."""

from __future__ import annotations

from .model import Report, text

_FORBIDDEN = set('\\/:*?"<>|')  # what Windows refuses in a file name


def safe_file_name(report: Report) -> str:
    """'2023-重大敏感时期值班接访': the year and the project, safe on every system, at most 80
    characters (the folder a user picks may already be deep)."""
    name = f"{report.year}-{text(report.project.name) or 'report'}"
    return "".join("_" if c in _FORBIDDEN else c for c in name)[:80]
