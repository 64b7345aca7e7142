"""The monitoring form's rules, as a profile's data (annual-cycle.md): the period's default
end, the 偏差原因 categories and whether they are asked per row or once per form, whether a
row has its 全年预计完成情况, and when execution lags time progress (its threshold, in points
below the time progress or as a ratio to it). A profile without a ``[monitoring]`` table has
the finance ministry's central template (CENTRAL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

CAUSES_PER = ("row", "form")
# the funds columns a province's form may go without (one of the budgets always stays: 执行率 is
# reckoned against the adjusted budget, else the initial one)
OMISSIBLE_FIELDS = ("initial", "adjusted")
# the monitoring form's columns a profile may give its own header (the model's field names; the
# funds' 全年预计执行数 is "projected_funds", the indicators' 全年预计完成情况 "projected")
HEADED_FIELDS = ("initial", "adjusted", "executed_to_date", "projected_funds", "target", "to_date",
                 "projected", "causes", "likelihood", "remarks")
LAG_FORMS = ("points", "ratio")  # time progress − 执行率 > threshold; 执行率 / time progress < threshold %


@dataclass(frozen=True)
class MonitoringRules:
    period_end: str  # the default period end, "MM-DD" in the report's year
    cause_categories: tuple[str, ...]
    causes_per: str  # "row": 偏差原因 in each row; "form": once, for the form as a whole
    projection: bool  # each row has 全年预计完成情况
    lag_form: str
    lag_threshold: Decimal
    # a province's own words for a column's header, by the model field (湖北: to_date is
    # 半年度指标执行情况): pairs, so the rules stay hashable; "{n}" is the period's last month
    headers: tuple[tuple[str, str], ...] = ()
    # the columns a province's form does not have (湖北 prints 年初预算数, no 全年预算数)
    left_out: tuple[str, ...] = ()

    def header(self, field: str) -> str | None:
        return dict(self.headers).get(field)

    @property
    def causes_per_row(self) -> bool:
        """偏差原因 asked in each row (the central template), not once for the whole form (湖北)."""
        return self.causes_per == "row"

    def lags(self, rate: Decimal, time_progress: Decimal) -> bool:
        """执行率 (percent) lags the time progress (percent) past the threshold."""
        if self.lag_form == "points":
            return time_progress - rate > self.lag_threshold
        return time_progress > 0 and rate * 100 / time_progress < self.lag_threshold


# 项目支出绩效目标执行监控表, the central template
CENTRAL = MonitoringRules(
    period_end="07-31",
    cause_categories=("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"),
    causes_per="row", projection=True, lag_form="points", lag_threshold=Decimal(10),
)


class _Reads(Protocol):  # profiles._Reader: names the key in every complaint
    def fail(self, key: str, detail: str) -> Exception: ...
    def get(self, key: str, kind: type | tuple[type, ...]) -> Any: ...
    def number(self, key: str, node: Any = None, low: int = 0, high: int | None = None) -> Decimal: ...
    def choice(self, key: str, options: tuple[str, ...]) -> str: ...


def read_monitoring(data: dict[str, Any], r: _Reads) -> MonitoringRules:
    """The ``[monitoring]`` table of a profile file; a key it leaves out is the central
    template's."""
    table = data.get("monitoring")
    if table is None:
        return CENTRAL
    if not isinstance(table, dict):
        raise r.fail("monitoring", "expected a table")
    period = table.get("period_end", CENTRAL.period_end)
    if not isinstance(period, str) or not _month_day(period):
        raise r.fail("monitoring.period_end", 'expected "MM-DD", a day of the year')
    categories = table.get("cause_categories", list(CENTRAL.cause_categories))
    if (not isinstance(categories, list) or not categories
            or not all(isinstance(c, str) and c.strip() for c in categories)
            or len(set(categories)) != len(categories)):
        raise r.fail("monitoring.cause_categories", "expected a list of distinct names")
    projection = table.get("projection", CENTRAL.projection)
    if not isinstance(projection, bool):
        raise r.fail("monitoring.projection", "expected true or false")
    headers = table.get("headers", {})
    if (not isinstance(headers, dict)
            or not all(isinstance(v, str) and v.strip() for v in headers.values())):
        raise r.fail("monitoring.headers", "expected a table of column names and their headers")
    unknown = sorted(set(headers) - set(HEADED_FIELDS))
    if unknown:
        raise r.fail(f"monitoring.headers.{unknown[0]}",
                     f"not a column of the monitoring form ({', '.join(HEADED_FIELDS)})")
    left_out = table.get("left_out", [])
    if not isinstance(left_out, list) or not all(isinstance(f, str) for f in left_out):
        raise r.fail("monitoring.left_out", "expected a list of column names")
    stray = sorted(set(left_out) - set(OMISSIBLE_FIELDS))
    if stray:
        raise r.fail("monitoring.left_out",
                     f"{stray[0]} is not a column a form may leave out ({', '.join(OMISSIBLE_FIELDS)})")
    return MonitoringRules(
        headers=tuple(sorted(headers.items())),
        left_out=tuple(left_out),
        period_end=period,
        cause_categories=tuple(categories),
        causes_per=r.choice("monitoring.causes_per", CAUSES_PER) if "causes_per" in table
        else CENTRAL.causes_per,
        projection=projection,
        lag_form=r.choice("monitoring.lag_form", LAG_FORMS) if "lag_form" in table
        else CENTRAL.lag_form,
        lag_threshold=r.number("monitoring.lag_threshold", high=100) if "lag_threshold" in table
        else CENTRAL.lag_threshold,
    )


def _month_day(text: str) -> bool:
    try:
        month, day = (int(part) for part in text.split("-"))
        date(2024, month, day)  # a leap year: 02-29 is a day some year has
    except ValueError:
        return False
    return len(text) == 5
