"""What the printed and the Excel summary show: columns, their Chinese titles, the chart data.

Both summary writers read this, so the Excel sheet and the PDF cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..core.figures import round2
from ..core.summary import GRADE_ORDER, NO_GRADE, SummaryRow, SummaryTotals

NO_GRADE_TITLE = "未评定"
NOT_SCORED_TITLE = "未评分"  # where a report not scored yet would show a total


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[SummaryRow], object]
    number: bool = False  # written as a number (Excel) and right-aligned (PDF)
    width: float = 10  # Excel character widths; the PDF scales them to the page


PENDING = "待判定"  # a rule total that waits for the user's judgement of a qualitative row


def _dec(value: Decimal | None) -> float | None:
    return None if value is None else float(round2(value))


def _amount(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


COLUMNS: tuple[Column, ...] = (
    Column("单位", lambda r: r.unit, width=16),
    Column("项目", lambda r: r.project, width=28),
    Column("主管部门", lambda r: r.department, width=14),
    Column("全年预算数（万元）", lambda r: _amount(r.budget), True, 11),
    Column("全年执行数（万元）", lambda r: _amount(r.executed), True, 11),
    Column("执行率（%）", lambda r: _dec(r.rate), True, 8),
    Column("自评总分", lambda r: _dec(r.total) if r.scored else NOT_SCORED_TITLE, True, 8),
    Column("规则总分", lambda r: PENDING if r.scored and r.rule_total is None else _dec(r.rule_total),
           True, 8),
    Column("差值", lambda r: _dec(r.gap), True, 7),
    Column("等级", lambda r: r.grade or NO_GRADE_TITLE, width=6),
    Column("错误", lambda r: r.errors, True, 5),
    Column("提示", lambda r: r.warnings, True, 5),
)


def grade_counts(totals: SummaryTotals) -> list[tuple[str, int]]:
    """(title, count) per grade: the national grades in order, then a profile's own, then none."""
    names = [g for g in GRADE_ORDER if g in totals.grades]
    names += [g for g in totals.grades if g not in GRADE_ORDER and g != NO_GRADE]
    return [(g, totals.grades[g]) for g in names] + [(NO_GRADE_TITLE, totals.grades.get(NO_GRADE, 0))]


def title_for(year: str) -> str:
    return f"{year}年度项目支出绩效自评汇总表" if year else "项目支出绩效自评汇总表"
