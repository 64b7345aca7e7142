"""Funds: executed within budget, low execution explained, parts within the total, 元 vs 万元."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..figures import figure_text as fmt
from ..figures import percent_text
from ..messages import Message
from ..model import FundRow, text
from ..money import YUAN_PER_WAN
from ..scoring import budget_base
from .base import ERROR, SCORES, WARNING, Context, Finding, check

READS = SCORES | {"sections"}  # what these checks read

COLUMNS = ("initial", "adjusted", "executed")
COLUMN_NAMES = {column: Message(f"term.{column}") for column in COLUMNS}
LOW_RATE = Decimal("0.9")
# a fund-adjustment text that says nothing (无 / 无调整情况 / 不涉及)
NOTHING = re.compile(r"^\s*(无|没有|不涉及|无调整|无调整情况|无变化|/|—|-)?[。.]?\s*$")


@check
def executed_within_budget(ctx: Context) -> Iterator[Finding]:
    for i, row in enumerate(ctx.report.funds.rows):
        budget = budget_base(row, ctx.profile)
        if row.executed is not None and budget is not None and row.executed > budget:
            yield ctx.finding("executed_above_budget", ERROR, f"funds.rows[{i}].executed",
                              executed=fmt(row.executed), budget=fmt(budget))


@check
def low_execution_is_explained(ctx: Context) -> Iterator[Finding]:
    rate = ctx.result.funds.rate
    if rate is None or rate >= LOW_RATE:
        return
    sections = ctx.report.sections
    adjustment = sections.get("fund_adjustment")
    explained = not NOTHING.match(adjustment) or ("执行率" in sections.get("analysis") and any(
        word in sections.get("analysis") for word in ("原因", "由于", "因")))
    if not explained:
        yield ctx.finding("low_execution_unexplained", WARNING, "sections.fund_adjustment",
                          rate=percent_text(rate))


@check
def parts_within_the_total(ctx: Context) -> Iterator[Finding]:
    """Each breakdown of the total on its own: a 部门整体 form gives 按收入性质 and 按支出性质,
    each adding up to the total; added together they are twice it, and nothing is wrong."""
    rows = ctx.report.funds.rows
    if len(rows) < 2:
        return
    breakdowns: dict[str, list[FundRow]] = {}
    for row in rows[1:]:
        breakdowns.setdefault(text(row.breakdown).strip(), []).append(row)
    for name, members in breakdowns.items():
        group = Message("term.breakdown_rows", {"name": name}) if name else Message("term.sub_rows")
        for column in COLUMNS:
            total = getattr(rows[0], column)
            parts = [getattr(r, column) for r in members if getattr(r, column) is not None]
            if total is not None and parts and sum(parts, Decimal(0)) > total:
                yield ctx.finding("parts_exceed_total", ERROR, f"funds.rows[0].{column}",
                                  group=group, column=COLUMN_NAMES[column],
                                  parts=fmt(sum(parts, Decimal(0))), total=fmt(total))


@check
def amounts_look_like_wan_yuan(ctx: Context) -> Iterator[Finding]:
    """50000 beside a 5: someone typed 元 into the 万元 column."""
    cells = [(i, c, getattr(r, c)) for i, r in enumerate(ctx.report.funds.rows) for c in COLUMNS
             if getattr(r, c)]
    amounts = [a for _, _, a in cells]
    for i, column, amount in cells:
        if amount < YUAN_PER_WAN:
            continue
        if any(amount / other >= 1000 for other in amounts) or amount >= 1_000_000:
            yield ctx.finding("yuan_in_wan", WARNING, f"funds.rows[{i}].{column}",
                              amount=fmt(amount), converted=fmt(amount / YUAN_PER_WAN))
