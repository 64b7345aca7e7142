"""The ``score`` output of the year's other forms (report-format.md, additions): a monitoring
form gives its execution, the time progress and each row's projected result — no points; a
declaration gives its requested amount and each target as read — nothing is scored before the
year. The self-evaluation's is ``report_json``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import forms, monitoring
from .checks import Finding, run_checks
from .figures import figure
from .interchange import amount_text, fingerprint
from .model import Report, text
from .placeholders import is_placeholder
from .profiles import Profile
from .report_json import value_document
from .scoring import score_report
from .values import ValueUnreadable, parse_value


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value)


def _figure(value: Decimal | None) -> float | None:
    return None if value is None else figure(value)


def _value(raw: str | None, is_target: bool) -> dict[str, Any] | None:
    try:
        return value_document(parse_value(raw), is_target)
    except ValueUnreadable:
        return None  # the check of the row says why (as for an actual)


def monitoring_document(report: Report, profile: Profile, lang: str = "zh",
                        findings: list[Finding] | None = None) -> dict[str, Any]:
    if findings is None:
        findings = run_checks(report, profile)
    done = monitoring.execution(report, profile)
    end = monitoring.period_last_day(report, profile)
    rows = []
    for i, row in enumerate(report.indicators):
        placeholder = is_placeholder(row)
        rows.append({
            "index": i, "name": row.name,
            "placeholder": placeholder,
            "target": _value(row.target, True),
            "to_date": _value(row.to_date, False),
            "projected": _value(row.projected, False),
            "projection_meets": None if placeholder or not profile.monitoring.projection
            else monitoring.projection_meets(i, row, profile, report.year),
            "likelihood": row.likelihood,
        })
    return {
        "form": forms.MONITORING,
        "profile": profile.id,
        "fingerprint": fingerprint(report),
        "period_end": end.isoformat(),
        "time_progress": figure(monitoring.time_progress(report, profile)),
        # the verdict's rule, from the profile: points behind the time progress, or a ratio to it
        "lag_rule": {"form": profile.monitoring.lag_form,
                     "threshold": figure(profile.monitoring.lag_threshold)},
        "gap": None if done.rate is None
        else figure(done.rate - monitoring.time_progress(report, profile)),
        "funds": {
            "budget": _amount(done.budget), "executed_to_date": _amount(done.to_date),
            "projected": _amount(done.projected), "rate": _figure(done.rate),
            "projected_rate": _figure(done.projected_rate),
            "lags": monitoring.lags(report, profile),
        },
        "indicators": rows,
        "at_risk": [i for i, row in enumerate(report.indicators) if monitoring.at_risk(row)],
        "findings": [f.to_json(lang) for f in findings],
    }


def declaration_document(report: Report, profile: Profile, lang: str = "zh",
                         findings: list[Finding] | None = None) -> dict[str, Any]:
    if findings is None:
        findings = run_checks(report, profile, score_report(report, profile))
    total = report.funds.total_row
    return {
        "form": forms.DECLARATION,
        "profile": profile.id,
        "fingerprint": fingerprint(report),
        "requested": _amount(total.requested if total else None),
        "indicators": [
            {"index": i, "name": row.name, "level1": row.level1,
             "placeholder": is_placeholder(row),
             "target": _value(row.target, True), "target_text": text(row.target)}
            for i, row in enumerate(report.indicators)
        ],
        "findings": [f.to_json(lang) for f in findings],
    }


DOCUMENTS = {forms.MONITORING: monitoring_document, forms.DECLARATION: declaration_document}
