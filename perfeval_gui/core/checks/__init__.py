"""The check catalogue (体检): every finding has a stable code, a severity, a field path and a
message from the shared catalogue.

Each module here contributes check functions ``(Context) -> Iterable[Finding]``; ``run_checks``
runs them all. The window runs them after a pause in typing, ``check`` on the command line.
"""

from __future__ import annotations

from ...fault_log import log_exception
from ..messages import Message
from ..model import Report
from ..profiles import Profile
from ..scoring import ScoreResult, score_report
from . import funds, identity, measurability, narrative, printed, rules
from .base import CHECKS, ERROR, INFO, WARNING, Check, Context, Finding

CHECK_FAILED = "check_failed"

# findings are listed the table first, the narrative last; within a module, as defined
MODULE_ORDER = [m.__name__ for m in (rules, funds, measurability, identity, narrative, printed)]


ORDERED: list[Check] = sorted(CHECKS, key=lambda check: MODULE_ORDER.index(check.__module__))

__all__ = ["CHECK_FAILED", "ERROR", "INFO", "WARNING", "Finding", "failed_check_logs", "run_checks"]


def run_checks(report: Report, profile: Profile, result: ScoreResult | None = None) -> list[Finding]:
    """All findings for a report, in catalogue order.

    Each check runs on its own: a fault inside one (a bug of the program, not of the report)
    becomes a ``check_failed`` warning and a log entry, and every other check still runs, so
    neither the window's panel nor an export nor ``check`` is ever taken down by one."""
    context = Context(report, profile, result or score_report(report, profile))
    findings: list[Finding] = []
    for check in ORDERED:
        try:
            for finding in check(context):
                findings.append(finding)
        except Exception as exc:  # isolating every fault of the program is this loop's purpose
            findings.append(_failed(check, exc))
    return findings


def _failed(check: Check, exc: Exception) -> Finding:
    name = getattr(check, "__name__", repr(check))
    log = log_exception(exc, f"check {check.__module__}.{name}")
    params = {"check": name, "log": "" if log is None else str(log)}
    return Finding(CHECK_FAILED, WARNING, "", Message(f"check.{CHECK_FAILED}", params))


def failed_check_logs(findings: list[Finding]) -> list[str]:
    """The log files the failed checks among *findings* were written to (for the CLI's line)."""
    return sorted({str(f.message.params.get("log", "")) for f in findings if f.code == CHECK_FAILED})
