"""One project across years, side by side: each indicator's target, actual and score per year,
the 执行率 and the total per year, with what changed from one year to the next; and the year's
other forms (annual-cycle.md): the target its declaration gave, where the year's target
differs from it, and the monitoring form's figures — 执行率 at the period's end against the
time progress, each row's 1–N 月 figure and its projection.

Indicators are matched by (一级, 二级, 三级) with the year taken out of the name, so
``2024年完成率`` and ``2025年完成率`` are one row. A year is shown by its self-evaluation, else
by its monitoring form, else by its declaration. Pure: the window and the printed comparison
both read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from . import monitoring
from .forms import DECLARATION, MONITORING, SELF_EVALUATION
from .model import Indicator, Report, text
from .next_year import Key, indicator_key
from .profiles import Profile, default_library
from .scoring import ScoreResult
from .summary import nothing_scored


@dataclass(frozen=True)
class YearCell:
    target: str
    actual: str
    weight: Decimal | None
    score: Decimal | None  # the self-assessed score where entered, else the rule score; None:
    # the year has no self-evaluation (yet), its monitoring form or declaration shows it
    target_changed: bool = False  # differs from the year before, where that year has the row
    weight_changed: bool = False
    declared: str | None = None  # the declaration's target, where the year's target differs
    to_date: str = ""  # the monitoring form's 1–N 月 figure
    projected: str = ""  # and its 全年预计
    likelihood: str | None = None


@dataclass(frozen=True)
class MidYear:
    """A year's monitoring form: its period's month, 执行率 then, and the time progress."""

    month: int
    rate: Decimal | None  # percent
    time_progress: Decimal  # percent


@dataclass
class ComparedRow:
    key: Key
    name: str  # as written in the latest year that has it
    cells: dict[int, YearCell] = field(default_factory=dict)  # year -> cell; missing = not there

    def added_in(self, years: list[int]) -> int | None:
        """The year the row first appears in, where that is not the first year compared."""
        first = next(y for y in years if y in self.cells)
        return first if first != years[0] else None

    def dropped_after(self, years: list[int]) -> int | None:
        """The last year that has the row, where a later year compared no longer does."""
        last = [y for y in years if y in self.cells][-1]
        return last if last != years[-1] else None


@dataclass
class Comparison:
    years: list[int]
    rows: list[ComparedRow]
    rates: dict[int, Decimal | None]  # 执行率, percent
    totals: dict[int, Decimal | None]  # None: that year is not scored yet
    grades: dict[int, str | None]
    mid_year: dict[int, MidYear] = field(default_factory=dict)  # the years with a monitoring form
    forms: dict[int, list[str]] = field(default_factory=dict)  # each year's forms, in the year's order
    # years whose forms were made from a declaration no longer among them (deleted): the link
    # is broken, the declared targets the later forms kept are shown all the same
    declaration_missing: list[int] = field(default_factory=list)

    @property
    def has_mid_year(self) -> bool:
        """Any year with a monitoring form, or rows keeping its figures (a self-evaluation made
        from one): they get a column of their own."""
        return bool(self.mid_year) or any(c.to_date or c.projected for row in self.rows
                                          for c in row.cells.values())


# which of a year's forms shows the year (its target, actual, score): the latest of the year
_SHOWS_THE_YEAR = (SELF_EVALUATION, MONITORING, DECLARATION)


def compare_years(scored: list[tuple[Report, ScoreResult]],
                  profile_of: Callable[[str], Profile] | None = None) -> Comparison:
    """The comparison of a project's reports of every form (any order; one of each form per
    year — the latest id wins). *profile_of* gives a monitoring form's profile (its period's
    default end, the rate base), the profiles found on this computer where not given."""
    by_form: dict[tuple[int, str], tuple[Report, ScoreResult]] = {
        (report.year, report.form): (report, result) for report, result in scored}
    years = sorted({year for year, _ in by_form})
    by_year = {y: next(by_form[(y, f)] for f in _SHOWS_THE_YEAR if (y, f) in by_form) for y in years}
    rows: dict[Key, ComparedRow] = {}
    for year in years:
        report, result = by_year[year]
        declared = _targets(by_form.get((year, DECLARATION)))
        mid_year = {indicator_key(i): i for i in _indicators(by_form.get((year, MONITORING)))}
        for indicator, score in zip(report.indicators, result.indicators, strict=True):
            key = indicator_key(indicator)
            row = rows.setdefault(key, ComparedRow(key, text(indicator.name)))
            row.name = text(indicator.name)
            before = row.cells.get(years[years.index(year) - 1]) if years.index(year) else None
            target = text(indicator.target)
            declared_target = indicator.declared_target if report.form != DECLARATION else None
            declared_target = declared.get(key, declared_target)
            monitored = mid_year.get(key, indicator)  # the row's own hints where no form is stored
            weight = indicator.weight if report.form == SELF_EVALUATION else None  # no points
            row.cells[year] = YearCell(
                target=target, actual=text(indicator.actual), weight=weight,
                score=score.score if report.form == SELF_EVALUATION else None,
                target_changed=before is not None and before.target != target,
                weight_changed=before is not None and None not in (before.weight, weight)
                and before.weight != weight,
                declared=declared_target if declared_target is not None
                and declared_target.strip() != target.strip() else None,
                to_date=text(monitored.to_date).strip(), projected=text(monitored.projected).strip(),
                likelihood=monitored.likelihood,
            )
    self_evaluated = {y: by_form.get((y, SELF_EVALUATION)) for y in years}
    return Comparison(
        years=years, rows=list(rows.values()),
        rates={y: s[1].funds.rate_percent if s else None for y, s in self_evaluated.items()},
        totals={y: None if not s or nothing_scored(s[1], s[0]) else s[1].total
                for y, s in self_evaluated.items()},
        grades={y: None if not s or nothing_scored(s[1], s[0]) else s[1].grade or None
                for y, s in self_evaluated.items()},
        mid_year={y: _mid_year(by_form[(y, MONITORING)][0], profile_of)
                  for y in years if (y, MONITORING) in by_form},
        forms={y: [f for f in (DECLARATION, MONITORING, SELF_EVALUATION) if (y, f) in by_form]
               for y in years},
        declaration_missing=[y for y in years if (y, DECLARATION) not in by_form and any(
            i.declared_target is not None for f in (MONITORING, SELF_EVALUATION)
            for i in _indicators(by_form.get((y, f))))],
    )


def _indicators(scored: tuple[Report, ScoreResult] | None) -> list[Indicator]:
    return scored[0].indicators if scored else []


def _targets(scored: tuple[Report, ScoreResult] | None) -> dict[Key, str]:
    return {indicator_key(i): text(i.target) for i in _indicators(scored)}


def _mid_year(report: Report, profile_of: Callable[[str], Profile] | None) -> MidYear:
    profile = (profile_of or default_library().get)(report.profile)
    end = monitoring.period_last_day(report, profile)
    return MidYear(end.month, monitoring.execution(report, profile).rate,
                   monitoring.time_progress(report, profile))
