"""The check catalogue (体检): every finding has a stable code, a severity, a field path and a
message from the shared catalogue.

Each module here contributes check functions ``(Context) -> Iterable[Finding]``; ``run_checks``
runs them all. The window runs them after a pause in typing, ``check`` on the command line.
"""

from __future__ import annotations

from ..model import Report
from ..profiles import Profile
from ..scoring import ScoreResult, score_report
from . import funds, identity, measurability, narrative, rules
from .base import CHECKS, ERROR, INFO, WARNING, Check, Context, Finding

# findings are listed the table first, the narrative last; within a module, as defined
MODULE_ORDER = [m.__name__ for m in (rules, funds, measurability, identity, narrative)]


ORDERED: list[Check] = sorted(CHECKS, key=lambda check: MODULE_ORDER.index(check.__module__))

__all__ = ["ERROR", "INFO", "WARNING", "Finding", "run_checks"]


def run_checks(report: Report, profile: Profile, result: ScoreResult | None = None) -> list[Finding]:
    """All findings for a report, in catalogue order."""
    context = Context(report, profile, result or score_report(report, profile))
    findings: list[Finding] = []
    for check in ORDERED:
        findings.extend(check(context))
    return findings
