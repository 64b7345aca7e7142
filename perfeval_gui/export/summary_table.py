"""What the printed and the Excel summary show: columns, their Chinese titles, the chart data.

Both summary writers read this, so the Excel sheet and the PDF cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..core.figures import figure_text, percent_figure_text, round2
from ..core.monitoring_summary import MonitoringRow, MonitoringTotals, RiskyIndicator
from ..core.summary import GRADE_ORDER, NO_GRADE, SummaryTotals

NO_GRADE_TITLE = "未评定"
NOT_SCORED_TITLE = "未评分"  # where a report not scored yet would show a total


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]  # of a SummaryRow, a MonitoringRow or a RiskyIndicator
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


# the 汇总 of the monitoring forms (运行监控表): one line per project for one period
LAGS_TITLE = "滞后"

MONITORING_COLUMNS: tuple[Column, ...] = (
    Column("单位", lambda r: r.unit, width=16),
    Column("项目", lambda r: r.project, width=26),
    Column("主管部门", lambda r: r.department, width=12),
    Column("监控截至", lambda r: r.period_end.isoformat(), width=11.5),
    Column("全年预算数（万元）", lambda r: _amount(r.budget), True, 10),
    Column("截至监控期执行数（万元）", lambda r: _amount(r.executed_to_date), True, 11),
    Column("执行率（%）", lambda r: _dec(r.rate), True, 8),
    Column("时间进度（%）", lambda r: _dec(r.time_progress), True, 8),
    Column("执行进度", lambda r: LAGS_TITLE if r.lags else "", width=6),
    Column("全年预计执行数（万元）", lambda r: _amount(r.projected), True, 10),
    Column("有可能（项）", lambda r: r.possible, True, 6),
    Column("完全不可能（项）", lambda r: r.impossible, True, 7),
    Column("预计未达目标（项）", lambda r: r.misses, True, 7),
    Column("错误", lambda r: r.errors, True, 5),
    Column("提示", lambda r: r.warnings, True, 5),
)

# the at-risk indicators under the table: (its project's line, the indicator)
RISK_COLUMNS: tuple[Column, ...] = (
    Column("单位", lambda p: p[0].unit, width=16),
    Column("项目", lambda p: p[0].project, width=24),
    Column("三级指标", lambda p: p[1].name, width=20),
    Column("完成目标可能性", lambda p: p[1].likelihood, width=10),
    Column("年度指标值", lambda p: p[1].target, width=12),
    Column("截至监控期执行情况", lambda p: p[1].to_date, width=12),
    Column("全年预计完成情况", lambda p: p[1].projected, width=12),
    Column("备注", lambda p: p[1].remarks, width=24),
)


def risky_indicators(rows: list[MonitoringRow]) -> list[tuple[MonitoringRow, RiskyIndicator]]:
    return [(row, risky) for row in rows for risky in row.at_risk]


def monitoring_title(year: str, totals: MonitoringTotals) -> str:
    head = f"{year}年度项目支出绩效运行监控汇总表" if year else "项目支出绩效运行监控汇总表"
    end = totals.period_end
    return f"{head}（截至{end.month}月{end.day}日）" if end else head


def monitoring_totals_line(totals: MonitoringTotals) -> str:
    """合计 in words, under the table (both writers): no rate is —, not —%."""
    progress = "" if totals.time_progress is None else \
        f"，时间进度 {percent_figure_text(totals.time_progress)}"
    return (f"合计 {totals.reports} 个项目（跳过 {totals.skipped} 份）："
            f"全年预算数 {figure_text(totals.budget)} 万元，截至监控期执行数 "
            f"{figure_text(totals.executed_to_date)} 万元，"
            f"执行率 {percent_figure_text(totals.rate)}{progress}；"
            f"执行进度滞后 {totals.lagging} 个项目；有可能 {totals.possible} 项、完全不可能 "
            f"{totals.impossible} 项（涉及 {totals.at_risk_projects} 个项目）；"
            f"预计未达目标 {totals.misses} 项")
