"""One project across years, side by side: each indicator's target, actual and score per year,
the 执行率 and the total per year, with what changed from one year to the next.

Indicators are matched by (一级, 二级, 三级) with the year taken out of the name, so
``2024年完成率`` and ``2025年完成率`` are one row. Pure: the window and the printed comparison
both read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .model import Indicator, Report, text
from .next_year import without_years
from .scoring import ScoreResult
from .summary import nothing_scored

Key = tuple[str, str, str]


def indicator_key(indicator: Indicator) -> Key:
    return (text(indicator.level1).strip(), text(indicator.level2).strip(), without_years(indicator.name))


@dataclass(frozen=True)
class YearCell:
    target: str
    actual: str
    weight: Decimal | None
    score: Decimal  # the self-assessed score where entered, else the rule score
    target_changed: bool = False  # differs from the year before, where that year has the row
    weight_changed: bool = False


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


def compare_years(scored: list[tuple[Report, ScoreResult]]) -> Comparison:
    """The comparison of a project's reports (any order; one per year — the latest id wins)."""
    by_year = {report.year: (report, result) for report, result in scored}
    years = sorted(by_year)
    rows: dict[Key, ComparedRow] = {}
    for year in years:
        report, result = by_year[year]
        for indicator, score in zip(report.indicators, result.indicators, strict=True):
            key = indicator_key(indicator)
            row = rows.setdefault(key, ComparedRow(key, text(indicator.name)))
            row.name = text(indicator.name)
            before = row.cells.get(years[years.index(year) - 1]) if years.index(year) else None
            row.cells[year] = YearCell(
                target=text(indicator.target), actual=text(indicator.actual), weight=indicator.weight,
                score=score.score,
                target_changed=before is not None and before.target != text(indicator.target),
                weight_changed=before is not None and before.weight != indicator.weight,
            )
    return Comparison(
        years=years, rows=list(rows.values()),
        rates={y: by_year[y][1].funds.rate_percent for y in years},
        totals={y: None if nothing_scored(by_year[y][1], by_year[y][0]) else by_year[y][1].total
                for y in years},
        grades={y: None if nothing_scored(by_year[y][1], by_year[y][0]) else by_year[y][1].grade or None
                for y in years},
    )
