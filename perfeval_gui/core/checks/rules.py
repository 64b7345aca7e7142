"""Sums and rules: weights that add up, scores inside their weight."""

from __future__ import annotations

from collections.abc import Iterator

from ..figures import figure_text as fmt
from .base import ERROR, Context, Finding, check

HUNDRED = 100


@check
def weights_add_up(ctx: Context) -> Iterator[Finding]:
    result = ctx.result
    total = result.funds.weight + sum(s.weight for s in result.indicators if s.applicable)
    if total != HUNDRED:
        yield ctx.finding("weights_sum", ERROR, "", total=fmt(total))


@check
def scores_within_weight(ctx: Context) -> Iterator[Finding]:
    funds = ctx.report.funds
    if funds.score is not None and funds.weight is not None and funds.score > funds.weight:
        yield ctx.finding(
            "score_above_weight", ERROR, "funds.score", score=fmt(funds.score), weight=fmt(funds.weight)
        )
    for i, indicator in enumerate(ctx.report.indicators):
        weight = indicator.weight or 0
        if indicator.score is not None and indicator.score > weight:
            yield ctx.finding(
                "score_above_weight", ERROR, f"indicators[{i}].score",
                score=fmt(indicator.score), weight=fmt(weight),
            )
