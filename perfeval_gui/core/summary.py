"""The year at a glance (汇总): one row per report and the totals line under them.

Pure: rows are built from reports (or from figures a store keeps), totals from rows. The window's
汇总 page, ``perfeval-gui summary`` and the Excel/PDF summaries all read these two functions, so
they cannot disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .figures import figure
from .finding import ERROR, WARNING, Finding
from .forms import SELF_EVALUATION, form_name
from .interchange import amount_text
from .messages import UserError
from .model import Report, text
from .profiles import Profile, ProfileLibrary
from .scoring import NOT_APPLICABLE, UNSCORABLE, ScoreResult, budget_base, score_report

HUNDRED = Decimal(100)
NO_GRADE = "none"  # the key under which reports without a grade are counted
GRADE_ORDER = ("优", "良", "中", "差")  # the national names; a profile's own names follow them
NOT_SELF_EVALUATION = "summary.not_self_evaluation"  # a form the 汇总 has no line for
LOW_RATE = Decimal(90)  # 执行率 below this asks for an explanation (domain README §7)


def nothing_scored(result: ScoreResult, report: Report) -> bool:
    """A report with no score yet: no figure of the funds and no indicator that can be scored
    or was scored by hand. Its '0 / 差' would be false: it shows 未评分 wherever a total or a
    grade would be, is counted apart and left out of the averages."""
    return (result.funds.rate is None and report.funds.score is None
            and not any(s.entered or s.kind not in (UNSCORABLE, NOT_APPLICABLE) for s in result.indicators))


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
    total: Decimal | None  # None: not scored yet (see nothing_scored)
    rule_total: Decimal | None
    grade: str | None
    errors: int
    warnings: int

    @property
    def scored(self) -> bool:
        return self.total is not None

    @property
    def gap(self) -> Decimal | None:
        """Self-assessed total minus rule total: the reports a reviewer opens first."""
        if self.total is None or self.rule_total is None:
            return None
        return self.total - self.rule_total

    @property
    def low_rate(self) -> bool:
        return self.rate is not None and self.rate < LOW_RATE


@dataclass(frozen=True)
class Figures:
    """What a report's summary line needs beyond its name and unit: what a store keeps with
    each report, so that a year of ten thousand reports is summarised without reading one."""

    total: Decimal | None  # None (and rule_total, grade): not scored yet
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
    unscored: int = 0  # reports not scored yet: counted under NO_GRADE, out of the averages


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
    # a monitoring form or a declaration has no 分值 or 得分 (annual-cycle.md): no total, no grade
    scored = report.form == SELF_EVALUATION and not nothing_scored(result, report)
    return Figures(
        total=result.total if scored else None, rule_total=result.rule_total if scored else None,
        grade=(result.grade or None) if scored else None,
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
    """A report's line from its figures. The 汇总 is one line per 自评表: a declaration or a
    monitoring form is refused (UserError; the caller skips it, naming it) — it has no total
    or grade, and its budget would count its project a second or third time in the totals."""
    if report.form != SELF_EVALUATION:
        raise UserError("form", NOT_SELF_EVALUATION, form=form_name(report.form))
    return row_of(source, report.year, text(report.project.unit), text(report.project.department),
                  text(report.project.name), figures)


def summary_row(
    source: str | int, report: Report, profile: Profile, result: ScoreResult | None = None,
) -> SummaryRow:
    """One report's line: scored and checked."""
    return report_row(source, report, figures_of(report, profile, result))


def summary_totals(rows: list[SummaryRow], skipped: int = 0) -> SummaryTotals:
    """The totals line: sums, the 执行率 of the sums, mean and median total, count per grade.
    A report not scored yet counts under NO_GRADE (and in ``unscored``), never in the mean or
    median; the 执行率 of the sums reads only the rows that have one (a budget without its
    executed amount is not 0 % executed)."""
    budget = sum((r.budget for r in rows if r.budget is not None), Decimal(0))
    executed = sum((r.executed for r in rows if r.executed is not None), Decimal(0))
    rated = [r for r in rows if r.rate is not None and r.budget is not None and r.executed is not None]
    rated_budget = sum((r.budget for r in rated), Decimal(0))  # type: ignore[misc]
    rated_executed = sum((r.executed for r in rated), Decimal(0))  # type: ignore[misc]
    totals = [r.total for r in rows if r.total is not None]
    grades: Counter[str] = Counter({name: 0 for name in GRADE_ORDER})
    grades.update(NO_GRADE if r.grade is None else r.grade for r in rows)
    grades.setdefault(NO_GRADE, 0)
    return SummaryTotals(
        reports=len(rows), skipped=skipped, budget=budget, executed=executed,
        rate=rated_executed * HUNDRED / rated_budget if rated_budget else None,
        mean_total=sum(totals, Decimal(0)) / len(totals) if totals else None,
        median_total=_median(totals),
        grades=dict(grades), unscored=sum(not r.scored for r in rows),
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
        "rate": _number(row.rate), "total": _number(row.total), "rule_total": _number(row.rule_total),
        "grade": row.grade, "errors": row.errors, "warnings": row.warnings,
    }


def totals_document(totals: SummaryTotals) -> dict[str, Any]:
    return {"totals": {
        "reports": totals.reports, "skipped": totals.skipped,
        "budget": _amount(totals.budget), "executed": _amount(totals.executed),
        "rate": _number(totals.rate), "mean_total": _number(totals.mean_total),
        "median_total": _number(totals.median_total), "grades": totals.grades,
        "unscored": totals.unscored,
    }}


def _median(values: list[Decimal]) -> Decimal | None:
    """The middle total (the mean of the middle two): statistics.median without loading the
    statistics module (random, fractions) at every start, for the store keeps summary figures."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
