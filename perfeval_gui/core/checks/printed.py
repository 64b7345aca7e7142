"""What an imported document printed itself (the ``printed`` key) against the app's figures:
a 总分 that its own 得分 do not add up to, a grade or 执行率 that does not follow: each an error
(the paper states a figure its own table does not give)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from ..figures import figure_text, round2
from .base import ERROR, INFO, SCORES, WARNING, Context, Finding, check

READS = SCORES | {"printed"}  # what the document printed, against the scores

_GRADE_WORDS = {"优秀": "优", "良好": "良"}


def _printed(ctx: Context) -> dict[str, Any]:
    printed = ctx.report.extra.get("printed")
    return printed if isinstance(printed, dict) else {}


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        return None
    try:
        number = Decimal(str(value).strip().rstrip("分"))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


@check
def printed_total(ctx: Context) -> Iterator[Finding]:
    printed = _decimal(_printed(ctx).get("total"))
    if printed is None:
        return
    result = ctx.result
    if result.total is None or result.raw_total is None:
        return  # a row awaits judgement: no total yet to hold the printed one to
    computed = round2(result.total)
    if round2(printed) == computed or round2(printed) == round2(result.raw_total):
        return
    shown = {"printed": figure_text(printed), "computed": figure_text(computed)}
    # a printed figure the form's own figures do not give is wrong on paper: an error — unless
    # rows are missing (weights short of 100, an error of its own), which may be all it is
    severity = ERROR if result.all_weight == 100 else WARNING
    if result.rescaled or result.capped:
        yield ctx.finding("printed_total_adjusted", severity, "", **shown)
    else:
        yield ctx.finding("printed_total", severity, "", **shown)


@check
def printed_grade(ctx: Context) -> Iterator[Finding]:
    printed = _printed(ctx).get("grade")
    computed = ctx.result.grade
    if not isinstance(printed, str) or not printed.strip() or not computed:
        return
    grade = _GRADE_WORDS.get(printed.strip(), printed.strip())
    if grade in ("优", "良", "中", "差") and grade != computed:
        yield ctx.finding("printed_grade", ERROR, "", printed=printed.strip(), computed=computed)


@check
def printed_rate(ctx: Context) -> Iterator[Finding]:
    printed = _printed(ctx).get("funds_rate")
    rate = ctx.result.funds.rate
    if not isinstance(printed, str) or rate is None:
        return
    match = re.fullmatch(r"\s*(\d+(?:\.(\d+))?)\s*[%％]\s*", printed)
    if not match:
        return
    places = len(match.group(2) or "")
    computed = (rate * 100).quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
    if Decimal(match.group(1)) != computed:
        yield ctx.finding("printed_rate", ERROR, "funds", printed=printed.strip(),
                          computed=f"{figure_text(rate * 100)}%")


@check
def printed_scores(ctx: Context) -> Iterator[Finding]:
    """A score changed since the import: said once, so the change is deliberate."""
    scores = _printed(ctx).get("scores")
    indicators = ctx.report.indicators
    if not isinstance(scores, list) or len(scores) != len(indicators):
        return
    for i, (value, indicator) in enumerate(zip(scores, indicators, strict=True)):
        printed = _decimal(value) if value is not None else None
        if printed is None or not indicator.applicable:
            continue
        now = ctx.result.indicators[i].score
        if round2(printed) != round2(now):
            yield ctx.finding("printed_score", INFO, f"indicators[{i}].score",
                              printed=figure_text(printed), computed=figure_text(now))
