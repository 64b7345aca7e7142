"""The ``score`` output document (report-format.md), built from a scoring result."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .checks import Finding, run_checks
from .figures import figure
from .interchange import fingerprint, json_number
from .model import Report
from .profiles import Profile
from .scoring import ScoreResult, score_report
from .values import DEADLINE, EMPTY, QUALITATIVE, Value


def value_document(value: Value | None, is_target: bool) -> dict[str, Any] | None:
    """A parsed value as the score output shows it; a bare target reads as '='."""
    if value is None or value.kind == EMPTY:
        return None
    if value.kind == QUALITATIVE:
        return {"op": None, "value": None, "unit": None, "grade": value.grade}
    if value.kind == DEADLINE and value.deadline:
        year, month, day = value.deadline
        when = f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
        return {"op": value.op, "value": when, "unit": "date"}
    assert value.number is not None
    op = value.op if value.op or not is_target else "="
    return {"op": op, "value": json_number(value.number), "unit": value.unit}


def _reason(messages: list, lang: str) -> str | None:  # type: ignore[type-arg]
    return "；".join(m.text(lang) for m in messages) if messages else None


def score_document(
    report: Report, profile: Profile, lang: str = "zh", result: ScoreResult | None = None,
    findings: list[Finding] | None = None,
) -> dict[str, Any]:
    result = result or score_report(report, profile)
    if findings is None:
        findings = run_checks(report, profile, result)
    funds = result.funds
    document = {
        "total": _figure_or_none(result.total),  # null: pending (report-format.md)
        "rule_total": _figure_or_none(result.rule_total),
        "grade": result.grade,
        "profile": profile.id,
        "fingerprint": fingerprint(report),
        "reason": _reason(result.reasons, lang),
        "funds": {
            "rate": None if funds.rate_percent is None else figure(funds.rate_percent),
            "weight": json_number(funds.weight),
            "rule_score": figure(funds.rule_score),
            "score": figure(funds.score),
            "reason": _reason(funds.reasons, lang),
        },
        "groups": [
            {
                "level1": g.level1,
                "weight": json_number(g.weight),
                "rule_score": _figure_or_none(g.rule_score),
                "score": _figure_or_none(g.score),
            }
            for g in result.groups
        ],
        "indicators": [
            {
                "index": s.index,
                "name": report.indicators[s.index].name,
                "kind": s.kind,
                "target": value_document(s.target, True),
                "actual": value_document(s.actual, False),
                "weight": json_number(s.weight),
                "rule_score": None if s.pending else figure(s.rule_score),
                "score": figure(s.score) if s.applicable and not s.unscored else None,
                "reason": _reason(s.reasons, lang),
            }
            for s in result.indicators
        ],
        "findings": [f.to_json(lang) for f in findings],
    }
    if result.pending:  # the rows awaiting the user's judgement, where there are any
        document["pending"] = result.pending
    return document


def _figure_or_none(value: Decimal | None) -> float | None:
    return None if value is None else figure(value)
