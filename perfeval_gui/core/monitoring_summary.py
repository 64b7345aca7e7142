"""The 汇总 of a year's monitoring forms (annual-cycle.md, "summary of monitoring forms"): one
line per project for one period — its 执行率 against the time progress, whether execution lags
by the profile's rule, and its at-risk indicators (有可能 / 完全不可能) — and the totals under
them.

Pure, like ``summary``: lines are built from reports with ``monitoring``'s figures, the period
chosen among the lines, totals from lines. The window's 监控汇总, ``perfeval-gui summary --form
monitoring`` and the Excel/PDF summaries all read these functions, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from . import forms, monitoring
from .figures import figure
from .finding import ERROR, WARNING, Finding
from .interchange import amount_text
from .messages import UserError
from .model import Report, text
from .next_year import unit_and_name
from .profiles import Profile

HUNDRED = Decimal(100)
NOT_MONITORING = "summary.not_monitoring"  # a form the monitoring 汇总 has no line for


@dataclass(frozen=True)
class RiskyIndicator:
    """An indicator whose 完成目标可能性 says 有可能 or 完全不可能."""

    index: int
    name: str
    likelihood: str
    target: str
    to_date: str
    projected: str
    remarks: str


@dataclass(frozen=True)
class MonitoringRow:
    source: str | int  # a store id, or a file name
    project_id: str  # one project's forms share it: its project_key, else unit and name
    year: int
    unit: str
    department: str
    project: str
    period_end: date
    time_progress: Decimal  # percent of the year gone by the period's end
    budget: Decimal | None  # 全年预算数 (调整后) else 年初预算数, 万元
    executed_to_date: Decimal | None  # 1–N 月执行数
    projected: Decimal | None  # 全年预计执行数
    rate: Decimal | None  # 执行率, percent
    projected_rate: Decimal | None
    lags: bool  # behind the time progress past the profile's threshold (预算执行进度滞后)
    at_risk: tuple[RiskyIndicator, ...]
    misses: int  # rows whose projection misses the target (held like an actual)
    errors: int
    warnings: int

    @property
    def gap(self) -> Decimal | None:
        """执行率 minus the time progress, in points (negative: behind)."""
        return None if self.rate is None else self.rate - self.time_progress

    @property
    def possible(self) -> int:
        return sum(r.likelihood == forms.POSSIBLE for r in self.at_risk)

    @property
    def impossible(self) -> int:
        return sum(r.likelihood == forms.IMPOSSIBLE for r in self.at_risk)

    @property
    def flagged(self) -> bool:
        """Execution lags or an indicator is at risk: the projects a reviewer looks at first."""
        return self.lags or bool(self.at_risk)


@dataclass(frozen=True)
class MonitoringTotals:
    reports: int
    skipped: int
    period_end: date | None  # the lines' common period end; None where they differ (latest)
    time_progress: Decimal | None  # of that common period
    budget: Decimal
    executed_to_date: Decimal
    projected: Decimal
    rate: Decimal | None  # the 执行率 of the sums (lines that have one)
    lagging: int  # projects whose execution lags
    at_risk_projects: int
    possible: int  # indicators
    impossible: int
    misses: int


def identity(report: Report) -> str:
    """How one project's forms are told apart from another's: the key the app gives a project,
    else its unit and name (years removed), as 由上年报告新建 links years."""
    if report.project_key:
        return f"key:{report.project_key}"
    unit, name = unit_and_name(report)
    return f"name:{unit}|{name}"


def monitoring_row(source: str | int, report: Report, profile: Profile,
                   findings: list[Finding] | None = None) -> MonitoringRow:
    """A monitoring form's line, checked (its findings counted; run here unless given). Any
    other form is refused (UserError): it has no period and no figures to date."""
    if report.form != forms.MONITORING:
        raise UserError("form", NOT_MONITORING, form=forms.form_name(report.form))
    if findings is None:
        from .checks import run_checks

        findings = run_checks(report, profile)
    done = monitoring.execution(report, profile)
    risky = tuple(
        RiskyIndicator(i, text(row.name), row.likelihood or "", text(row.target).strip(),
                       text(row.to_date).strip(), text(row.projected).strip(), text(row.remarks).strip())
        for i, row in enumerate(report.indicators) if monitoring.at_risk(row))
    misses = sum(monitoring.projection_meets(i, row, profile, report.year) is False
                 for i, row in enumerate(report.indicators)) if profile.monitoring.projection else 0
    return MonitoringRow(
        source=source, project_id=identity(report), year=report.year,
        unit=text(report.project.unit), department=text(report.project.department),
        project=text(report.project.name),
        period_end=monitoring.period_last_day(report, profile),
        time_progress=monitoring.time_progress(report, profile),
        budget=done.budget, executed_to_date=done.to_date, projected=done.projected,
        rate=done.rate, projected_rate=done.projected_rate,
        lags=monitoring.lags(report, profile), at_risk=risky, misses=misses,
        errors=sum(f.severity == ERROR for f in findings),
        warnings=sum(f.severity == WARNING for f in findings),
    )


def periods(rows: Iterable[MonitoringRow]) -> list[date]:
    """The period ends the lines have, latest first (the window's choice of period)."""
    return sorted({r.period_end for r in rows}, reverse=True)


def for_period(rows: Iterable[MonitoringRow], period_end: date | None = None) -> list[MonitoringRow]:
    """One line per project: its form of *period_end* (a project without one is left out), or,
    with no period chosen, its latest form. Two forms of one project and period: the later in
    *rows* (a store lists by id, so the one stored last) stands. The lines keep their order."""
    rows = list(rows)
    chosen: dict[str, MonitoringRow] = {}
    for row in rows:
        if period_end is not None and row.period_end != period_end:
            continue
        held = chosen.get(row.project_id)
        if held is None or row.period_end >= held.period_end:
            chosen[row.project_id] = row
    kept = {id(row) for row in chosen.values()}
    return [row for row in rows if id(row) in kept]


def monitoring_totals(rows: list[MonitoringRow], skipped: int = 0) -> MonitoringTotals:
    """Sums, the 执行率 of the sums (only the lines that have a rate: a budget without its
    figure to date is not 0 % executed), and the counts of what needs attention."""
    def total(values: Iterable[Decimal | None]) -> Decimal:
        return sum((v for v in values if v is not None), Decimal(0))

    rated = [r for r in rows if r.rate is not None]
    rated_budget = total(r.budget for r in rated)
    ends = {r.period_end for r in rows}
    common = next(iter(ends)) if len(ends) == 1 else None
    return MonitoringTotals(
        reports=len(rows), skipped=skipped, period_end=common,
        time_progress=rows[0].time_progress if common is not None else None,
        budget=total(r.budget for r in rows), executed_to_date=total(r.executed_to_date for r in rows),
        projected=total(r.projected for r in rows),
        rate=total(r.executed_to_date for r in rated) * HUNDRED / rated_budget if rated_budget else None,
        lagging=sum(r.lags for r in rows), at_risk_projects=sum(bool(r.at_risk) for r in rows),
        possible=sum(r.possible for r in rows), impossible=sum(r.impossible for r in rows),
        misses=sum(r.misses for r in rows),
    )


def _number(value: Decimal | None) -> float | None:
    return None if value is None else figure(value)


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value, normalise=True)


def row_document(row: MonitoringRow) -> dict[str, Any]:
    """A line as ``perfeval-gui summary --form monitoring`` prints it (report-format.md)."""
    return {
        "form": forms.MONITORING, "source": row.source, "year": row.year, "unit": row.unit,
        "department": row.department, "project": row.project,
        "period_end": row.period_end.isoformat(), "time_progress": _number(row.time_progress),
        "budget": _amount(row.budget), "executed_to_date": _amount(row.executed_to_date),
        "projected": _amount(row.projected), "rate": _number(row.rate),
        "projected_rate": _number(row.projected_rate), "gap": _number(row.gap), "lags": row.lags,
        "at_risk": [{"index": r.index, "name": r.name, "likelihood": r.likelihood,
                     "target": r.target, "to_date": r.to_date, "projected": r.projected,
                     "remarks": r.remarks} for r in row.at_risk],
        "projection_misses": row.misses, "errors": row.errors, "warnings": row.warnings,
    }


def totals_document(totals: MonitoringTotals) -> dict[str, Any]:
    return {"totals": {
        "form": forms.MONITORING, "reports": totals.reports, "skipped": totals.skipped,
        "period_end": None if totals.period_end is None else totals.period_end.isoformat(),
        "time_progress": _number(totals.time_progress),
        "budget": _amount(totals.budget), "executed_to_date": _amount(totals.executed_to_date),
        "projected": _amount(totals.projected), "rate": _number(totals.rate),
        "lagging": totals.lagging, "at_risk_projects": totals.at_risk_projects,
        "possible": totals.possible, "impossible": totals.impossible,
        "projection_misses": totals.misses,
    }}
