"""The monitoring form's checks (annual-cycle.md, Rules of the monitoring form), the rules of
its profile's ``[monitoring]`` table; and the year's chain: a target changed from the declared
one says why (调整原因), and a declaration's quantity targets name their unit."""

from __future__ import annotations

from collections.abc import Iterator

from .. import forms
from .. import monitoring as figures
from ..explanations import says_nothing
from ..figures import figure_text as fmt
from ..forms import DECLARATION, MONITORING, SELF_EVALUATION
from ..model import text
from ..placeholders import is_placeholder
from ..scoring import PLACEHOLDER, budget_base
from ..values import QUANTITY
from .base import ERROR, SCORES, WARNING, Context, Finding, check, only_for

# the funds, the rows, the period and the form-wide texts
READS = SCORES | {"year", "period_end", "causes_text", "measures"}


@only_for(MONITORING)
@check
def execution_keeps_up_with_time(ctx: Context) -> Iterator[Finding]:
    if not figures.lags(ctx.report, ctx.profile):
        return
    done = figures.execution(ctx.report, ctx.profile)
    assert done.rate is not None
    month = figures.period_last_day(ctx.report, ctx.profile).month
    yield ctx.finding("execution_lags", WARNING, "funds.rows[0].executed_to_date", month=month,
                      rate=fmt(done.rate), time=fmt(figures.time_progress(ctx.report, ctx.profile)),
                      threshold=fmt(ctx.profile.monitoring.lag_threshold))


@only_for(MONITORING)
@check
def projection_within_budget(ctx: Context) -> Iterator[Finding]:
    for i, row in enumerate(ctx.report.funds.rows):
        budget = budget_base(row, ctx.profile)
        if row.projected is not None and budget is not None and row.projected > budget:
            yield ctx.finding("projected_above_budget", ERROR, f"funds.rows[{i}].projected",
                              projected=fmt(row.projected), budget=fmt(budget))
        if row.executed_to_date is not None and row.projected is not None \
                and row.executed_to_date > row.projected:
            yield ctx.finding("to_date_above_projection", ERROR, f"funds.rows[{i}].projected",
                              to_date=fmt(row.executed_to_date), projected=fmt(row.projected))


@only_for(MONITORING)
@check
def certain_projections_meet_their_target(ctx: Context) -> Iterator[Finding]:
    """确定能 beside a projection that misses the target: one of the two is wrong."""
    if not ctx.profile.monitoring.projection:
        return
    for i, indicator in enumerate(ctx.report.indicators):
        if indicator.likelihood != forms.CERTAIN:
            continue
        if figures.projection_meets(i, indicator, ctx.profile, ctx.report.year) is False:
            yield ctx.finding("certain_but_misses", WARNING, f"indicators[{i}].likelihood",
                              name=text(indicator.name), projected=text(indicator.projected).strip(),
                              target=text(indicator.target).strip())


@only_for(MONITORING)
@check
def cumulative_figures_grow(ctx: Context) -> Iterator[Finding]:
    if not ctx.profile.monitoring.projection:
        return
    for i, indicator in enumerate(ctx.report.indicators):
        if not is_placeholder(indicator) and figures.to_date_above_projection(indicator):
            yield ctx.finding("to_date_above_projection", ERROR, f"indicators[{i}].projected",
                              to_date=text(indicator.to_date).strip(),
                              projected=text(indicator.projected).strip())


@only_for(MONITORING)
@check
def rows_at_risk_say_why(ctx: Context) -> Iterator[Finding]:
    """有可能 / 完全不可能 asks for a 偏差原因 (a category and words) and a 备注 — in the row, or
    once for the form where the profile asks for them so (湖北: 原因分析, 建议或举措)."""
    report, rules = ctx.report, ctx.profile.monitoring
    risky = [(i, ind) for i, ind in enumerate(report.indicators) if figures.at_risk(ind)]
    if not rules.causes_per_row:
        if risky and says_nothing(text(report.causes_text)):
            i, indicator = risky[0]
            yield ctx.finding("at_risk_without_cause", WARNING, "causes_text",
                              name=text(indicator.name), likelihood=indicator.likelihood)
        if risky and says_nothing(text(report.measures)):
            i, indicator = risky[0]
            yield ctx.finding("at_risk_without_remarks", WARNING, "measures",
                              name=text(indicator.name), likelihood=indicator.likelihood)
        return
    for i, indicator in risky:
        # 无 or / says no more than an empty cell (domain §5, as the 自评表's 偏差原因)
        words = not all(map(says_nothing, [*indicator.causes.values(), text(indicator.cause_text)]))
        if not indicator.causes or not words:
            yield ctx.finding("at_risk_without_cause", WARNING, f"indicators[{i}].causes",
                              name=text(indicator.name), likelihood=indicator.likelihood)
        if says_nothing(text(indicator.remarks)):
            yield ctx.finding("at_risk_without_remarks", WARNING, f"indicators[{i}].remarks",
                              name=text(indicator.name), likelihood=indicator.likelihood)


@only_for(MONITORING)
@check
def causes_are_the_profile_s(ctx: Context) -> Iterator[Finding]:
    known = ctx.profile.monitoring.cause_categories
    for i, indicator in enumerate(ctx.report.indicators):
        for category in indicator.causes:
            if category not in known:
                yield ctx.finding("unknown_cause_category", WARNING, f"indicators[{i}].causes",
                                  category=category, known="、".join(known))


@only_for(MONITORING, SELF_EVALUATION)
@check
def changed_targets_say_why(ctx: Context) -> Iterator[Finding]:
    """调整绩效目标 is allowed, with a reason: a target that differs from the declared one is
    never carried silently."""
    for i, indicator in enumerate(ctx.report.indicators):
        declared = indicator.declared_target
        if declared is None or text(indicator.target).strip() == declared.strip():
            continue
        if not text(indicator.target_reason).strip():
            yield ctx.finding("target_changed_unexplained", WARNING, f"indicators[{i}].target_reason",
                              name=text(indicator.name), declared=declared.strip(),
                              target=text(indicator.target).strip())


@only_for(DECLARATION)
@check
def declared_quantities_name_their_unit(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        if s.kind == PLACEHOLDER or s.target is None or s.target.kind != QUANTITY:
            continue
        if not s.target.unit:
            yield ctx.finding("target_without_unit", WARNING, f"indicators[{s.index}].target",
                              target=text(ctx.report.indicators[s.index].target).strip())
