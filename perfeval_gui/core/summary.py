"""The year at a glance (汇总): one row per report and the totals line under them.

Pure: rows are built from reports (or from figures a store keeps), totals from rows. The window's
汇总 page, ``perfeval-gui summary`` and the Excel/PDF summaries all read these two functions, so
they cannot disagree.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .figures import figure
from .finding import ERROR, WARNING, Finding
from .interchange import amount_text
from .model import Report, text
from .profiles import Profile, ProfileLibrary
from .scoring import ScoreResult, budget_base, score_report

HUNDRED = Decimal(100)
NO_GRADE = "none"  # the key under which reports without a grade are counted
GRADE_ORDER = ("优", "良", "中", "差")  # the national names; a profile's own names follow them
LOW_RATE = Decimal(90)  # 执行率 below this asks for an explanation (domain README §7)


@dataclass(frozen=True)
class SummaryRow:
    source: str | int  # a store id, or a file name
    year: int
    unit: str
    department: str
    project: str
    budget: Decimal | None  # 全年预算数 (the profile's rate base), 万元
    executed: Decimal | None
    rate: Decimal | None  # percent
    total: Decimal
    rule_total: Decimal | None  # None while a qualitative row awaits judgement
    grade: str | None
    errors: int
    warnings: int

    @property
    def gap(self) -> Decimal | None:
        """Self-assessed total minus rule total: the reports a reviewer opens first."""
        return None if self.rule_total is None else self.total - self.rule_total

    @property
    def low_rate(self) -> bool:
        return self.rate is not None and self.rate < LOW_RATE


@dataclass(frozen=True)
class Figures:
    """What a report's summary line needs beyond its name and unit: what a store keeps with
    each report, so that a year of ten thousand reports is summarised without reading one."""

    total: Decimal
    rule_total: Decimal | None
    grade: str | None
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    errors: int | None  # None: not counted yet (a save that did not run the checks)
    warnings: int | None


@dataclass(frozen=True)
class SummaryTotals:
    reports: int
    skipped: int
    budget: Decimal
    executed: Decimal
    rate: Decimal | None
    mean_total: Decimal | None
    median_total: Decimal | None
    grades: dict[str, int]


def figures_of(
    report: Report, profile: Profile, result: ScoreResult | None = None,
    findings: list[Finding] | None = None, checked: bool = True,
) -> Figures:
    """A report's figures by *profile*; its findings are counted from *findings* where the
    caller has them, run here where *checked*, left uncounted otherwise."""
    result = result or score_report(report, profile)
    if findings is None and checked:
        from .checks import run_checks

        findings = run_checks(report, profile, result)
    row = report.funds.total_row
    return Figures(
        total=result.total, rule_total=result.rule_total, grade=result.grade or None,
        budget=budget_base(row, profile) if row else None, executed=row.executed if row else None,
        rate=result.funds.rate_percent,
        errors=None if findings is None else sum(f.severity == ERROR for f in findings),
        warnings=None if findings is None else sum(f.severity == WARNING for f in findings),
    )


def summary_of(report: Report, library: ProfileLibrary) -> Figures | None:
    """The report's figures (scored and checked) by its own profile; None where that profile
    is unknown here."""
    profile = library.profiles.get(report.profile)
    if profile is None:
        return None
    return figures_of(report, profile)


def row_of(source: str | int, year: int, unit: str, department: str, project: str,
           figures: Figures) -> SummaryRow:
    """A summary line from figures (a store's, or those just computed); uncounted findings are 0."""
    return SummaryRow(
        source=source, year=year, unit=unit, department=department, project=project,
        budget=figures.budget, executed=figures.executed, rate=figures.rate, total=figures.total,
        rule_total=figures.rule_total, grade=figures.grade, errors=figures.errors or 0,
        warnings=figures.warnings or 0,
    )


def report_row(source: str | int, report: Report, figures: Figures) -> SummaryRow:
    """A report's line from its figures."""
    return row_of(source, report.year, text(report.project.unit), text(report.project.department),
                  text(report.project.name), figures)


def summary_row(
    source: str | int, report: Report, profile: Profile, result: ScoreResult | None = None,
) -> SummaryRow:
    """One report's line: scored and checked."""
    return report_row(source, report, figures_of(report, profile, result))


def summary_totals(rows: list[SummaryRow], skipped: int = 0) -> SummaryTotals:
    """The totals line: sums, the 执行率 of the sums, mean and median total, count per grade."""
    budget = sum((r.budget for r in rows if r.budget is not None), Decimal(0))
    executed = sum((r.executed for r in rows if r.executed is not None), Decimal(0))
    totals = [r.total for r in rows]
    grades: Counter[str] = Counter({name: 0 for name in GRADE_ORDER})
    grades.update(NO_GRADE if r.grade is None else r.grade for r in rows)
    grades.setdefault(NO_GRADE, 0)
    return SummaryTotals(
        reports=len(rows), skipped=skipped, budget=budget, executed=executed,
        rate=executed * HUNDRED / budget if budget else None,
        mean_total=sum(totals, Decimal(0)) / len(totals) if totals else None,
        median_total=statistics.median(totals) if totals else None,
        grades=dict(grades),
    )


def _number(value: Decimal | None) -> float | None:
    return None if value is None else figure(value)


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else amount_text(value, normalise=True)


def row_document(row: SummaryRow) -> dict[str, Any]:
    """A row as ``perfeval-gui summary`` prints it (report-format.md)."""
    return {
        "source": row.source, "year": row.year, "unit": row.unit, "department": row.department,
        "project": row.project, "budget": _amount(row.budget), "executed": _amount(row.executed),
        "rate": _number(row.rate), "total": figure(row.total), "rule_total": _number(row.rule_total),
        "grade": row.grade, "errors": row.errors, "warnings": row.warnings,
    }


def totals_document(totals: SummaryTotals) -> dict[str, Any]:
    return {"totals": {
        "reports": totals.reports, "skipped": totals.skipped,
        "budget": _amount(totals.budget), "executed": _amount(totals.executed),
        "rate": _number(totals.rate), "mean_total": _number(totals.mean_total),
        "median_total": _number(totals.median_total), "grades": totals.grades,
    }}
