"""The check catalogue (体检): every finding has a stable code, a severity, a field path and a
message from the shared catalogue.

Each module here contributes check functions ``(Context) -> Iterable[Finding]``; ``run_checks``
runs them all. The window runs them after a pause in typing, ``check`` on the command line.
Each module says what it reads (``READS``, top-level names; none: the whole report): the window
re-runs only the modules a typed ``Change`` can concern and keeps the others' findings.
"""

from __future__ import annotations

from ...fault_log import log_exception
from ..changes import Change
from ..messages import Message
from ..model import Report
from ..profiles import Profile
from ..scoring import ScoreResult, score_report
from . import funds, identity, measurability, monitoring, narrative, printed, rules
from .base import CHECKS, ERROR, INFO, WARNING, Check, Context, Finding, forms_of

CHECK_FAILED = "check_failed"

# findings are listed the table first, the narrative last; within a module, as defined
MODULES = (rules, funds, measurability, identity, narrative, printed, monitoring)
MODULE_ORDER = [m.__name__ for m in MODULES]


ORDERED: list[Check] = sorted(CHECKS, key=lambda check: MODULE_ORDER.index(check.__module__))

READS: dict[str, frozenset[str] | None] = {m.__name__: getattr(m, "READS", None) for m in MODULES}

__all__ = ["CHECK_FAILED", "ERROR", "INFO", "WARNING", "Finding", "failed_check_logs", "recheck",
           "run_checks"]

ByModule = dict[str, list[Finding]]


def run_checks(report: Report, profile: Profile, result: ScoreResult | None = None) -> list[Finding]:
    """All findings for a report, in catalogue order.

    Each check runs on its own: a fault inside one (a bug of the program, not of the report)
    becomes a ``check_failed`` warning and a log entry, and every other check still runs, so
    neither the window's panel nor an export nor ``check`` is ever taken down by one."""
    return flatten(recheck(report, profile, result))


def recheck(report: Report, profile: Profile, result: ScoreResult | None = None,
            change: Change | None = None, previous: ByModule | None = None) -> ByModule:
    """The findings by module. With the findings of before (*previous*) and what changed since
    (*change*), only the modules that read what changed run again."""
    context = Context(report, profile, result or score_report(report, profile))
    roots = None if change is None or previous is None else change.roots()
    if roots is not None and "form" in roots:  # another form: other checks apply (base.only_for)
        roots = None
    out: ByModule = {}
    for module in MODULE_ORDER:
        reads = READS[module]
        if roots is not None and previous is not None and module in previous \
                and reads is not None and not roots & reads:
            out[module] = previous[module]
            continue
        findings: list[Finding] = []
        for check in ORDERED:
            if check.__module__ != module or report.form not in forms_of(check):
                continue
            try:
                for finding in check(context):
                    findings.append(finding)
            except Exception as exc:  # isolating every fault of the program is this loop's purpose
                findings.append(_failed(check, exc))
        out[module] = findings
    return out


def flatten(by_module: ByModule) -> list[Finding]:
    return [f for module in MODULE_ORDER for f in by_module.get(module, [])]


def _failed(check: Check, exc: Exception) -> Finding:
    name = getattr(check, "__name__", repr(check))
    log = log_exception(exc, f"check {check.__module__}.{name}")
    params = {"check": name, "log": "" if log is None else str(log)}
    return Finding(CHECK_FAILED, WARNING, "", Message(f"check.{CHECK_FAILED}", params))


def failed_check_logs(findings: list[Finding]) -> list[str]:
    """The log files the failed checks among *findings* were written to (for the CLI's line)."""
    return sorted({str(f.message.params.get("log", "")) for f in findings if f.code == CHECK_FAILED})
