"""A monitoring form's figures (annual-cycle.md, Rules of the monitoring form): the time
progress of its period, 执行率 to date and projected, and each row's projection held against
its target with the self-evaluation's own reading (values.py) and formulas (scoring.py). No
points: the monitoring form has no 分值 or 得分. The checks and ``score`` read it from here."""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import forms
from .form_columns import FormColumn, form_table
from .model import FundRow, Indicator, Report, text
from .placeholders import is_placeholder
from .profiles import Profile
from .scoring import IndicatorScore, budget_base, score_indicator
from .values import QUANTITY, ValueUnreadable, common_unit, parse_value
from .verdicts import reached

HUNDRED = Decimal(100)
# a quantity read in these is a level or a duration, not a count that only grows over the year
NOT_CUMULATIVE_UNITS = ("%", "‰", "分", "天", "日", "小时", "分钟", "秒", "年", "月", "个月")


@dataclass(frozen=True)
class Execution:
    budget: Decimal | None  # 全年预算数 (调整后), else 年初预算数: the profile's rate base
    to_date: Decimal | None  # 1–N 月执行数
    projected: Decimal | None  # 全年预计执行数
    rate: Decimal | None  # 执行率, percent
    projected_rate: Decimal | None  # percent


def period_last_day(report: Report, profile: Profile) -> date:
    """The monitoring period's last day: the form's own, else its profile's default in its
    year (7 of 1–7月 is its month)."""
    return forms.period_end(report, profile.monitoring.period_end)


def report_table(record: type, report: Report, profile: Profile) -> tuple[FormColumn, ...]:
    """*report*'s table of *record*s (Indicator, FundRow) as its form, its profile's monitoring
    rules and its period's month have it (1–7月执行数): what the window and the paper show."""
    month = period_last_day(report, profile).month if report.form == forms.MONITORING else None
    return form_table(record, report.form, profile.monitoring, month)


def time_progress(report: Report, profile: Profile) -> Decimal:
    """The share of the year gone by the period's end, percent: month N of 12 (a period ending
    inside a month counts that month's days gone)."""
    end = period_last_day(report, profile)
    days = calendar.monthrange(end.year, end.month)[1]
    months = Decimal(end.month - 1) + Decimal(end.day) / days
    return months * HUNDRED / 12


def execution(report: Report, profile: Profile) -> Execution:
    row = report.funds.total_row
    if row is None:
        return Execution(None, None, None, None, None)
    return Execution(budget_base(row, profile), row.executed_to_date, row.projected,
                     row_rate(row, profile), row_rate(row, profile, row.projected))


def row_rate(row: FundRow, profile: Profile, amount: Decimal | None = None) -> Decimal | None:
    """A funds row's 执行率, percent: its 1–N 月执行数 (or *amount*) over the budget the
    profile's rate base names; None where either is missing or the budget is 0."""
    spent = row.executed_to_date if amount is None else amount
    budget = budget_base(row, profile)
    return spent * HUNDRED / budget if spent is not None and budget else None


def lags(report: Report, profile: Profile) -> bool:
    """执行率 behind the time progress past the profile's threshold (预算执行进度滞后)."""
    done = execution(report, profile)
    return done.rate is not None and profile.monitoring.lags(done.rate, time_progress(report, profile))


def projected_score(index: int, indicator: Indicator, profile: Profile, year: int) -> IndicatorScore:
    """The row scored as if its projection were the year's actual (its weight set to 100, so
    that a row a monitoring form leaves unweighted still says whether it meets the target)."""
    shadow = dataclasses.replace(indicator, actual=indicator.projected, weight=HUNDRED, score=None,
                                 judgement=None, applicable=True)
    return score_indicator(index, shadow, profile, year)


def projection_meets(index: int, indicator: Indicator, profile: Profile, year: int) -> bool | None:
    """Does the projection meet the target? None where it cannot be said (no projection, a
    template row, a figure that cannot be read or compared)."""
    if is_placeholder(indicator) or not text(indicator.projected).strip():
        return None
    return reached(projected_score(index, indicator, profile, year))


def to_date_above_projection(indicator: Indicator) -> bool:
    """A count that only grows over the year (人次, 项, 公里) already past its projection."""
    try:
        so_far, projected = parse_value(indicator.to_date), parse_value(indicator.projected)
    except ValueUnreadable:
        return False
    if so_far.kind != QUANTITY or projected.kind != QUANTITY or "满意" in text(indicator.name):
        return False
    if any(so_far.unit.startswith(u) or projected.unit.startswith(u) for u in NOT_CUMULATIVE_UNITS) \
            or "/" in so_far.unit + projected.unit:
        return False
    both = common_unit(so_far, projected)
    return both is not None and both[0] > both[1]


def at_risk(indicator: Indicator) -> bool:
    return indicator.likelihood in forms.AT_RISK and not is_placeholder(indicator)
