"""Sums and rules: weights that add up, scores inside their weight and band, notes where
the unit's score departs from the rule, and the shortfalls and surpluses that need a word."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..explanations import says_nothing
from ..figures import figure_text as fmt
from ..figures import percent_text
from ..messages import Message
from ..model import text
from ..scoring import EQUAL, KIND_QUALITATIVE, PLACEHOLDER, UNSCORABLE, IndicatorScore, grade_band
from ..values import ACHIEVED, NOT_ACHIEVED, PARTIAL, QUANTITY
from .base import ERROR, INFO, SCORES, WARNING, Context, Finding, check, every_form

READS = SCORES  # what these checks read (a change elsewhere leaves their findings as they are)

HUNDRED = Decimal(100)
GRADE_TERMS = {ACHIEVED: "term.achieved", PARTIAL: "term.partly_achieved",
               NOT_ACHIEVED: "term.not_achieved"}


@check
def weights_add_up(ctx: Context) -> Iterator[Finding]:
    total = ctx.result.all_weight  # the same sum that decides whether a grade is given
    if total != HUNDRED:
        yield ctx.finding("weights_sum", ERROR, "", total=fmt(total))


@check
def group_weights_follow_the_profile(ctx: Context) -> Iterator[Finding]:
    for group in ctx.result.groups:
        for expected in ctx.profile.groups:
            if expected.level1 == group.level1 and expected.weight != group.weight:
                where = f"indicators[{group.indices[0]}].level1"
                yield ctx.finding("group_weight", WARNING, where, group=group.level1,
                                  actual=fmt(group.weight), expected=fmt(expected.weight))


@check
def scores_within_weight(ctx: Context) -> Iterator[Finding]:
    funds = ctx.report.funds
    if funds.score is not None and funds.weight is not None and funds.score > funds.weight:
        yield ctx.finding("score_above_weight", ERROR, "funds.score",
                          score=fmt(funds.score), weight=fmt(funds.weight))
    for i, indicator in enumerate(ctx.report.indicators):
        weight = indicator.weight or 0
        placeholder = ctx.result.indicators[i].kind == PLACEHOLDER
        if indicator.score is not None and indicator.score > weight and not placeholder:
            yield ctx.finding("score_above_weight", ERROR, f"indicators[{i}].score",
                              score=fmt(indicator.score), weight=fmt(weight))


@check
def scores_follow_the_rule_or_say_why(ctx: Context) -> Iterator[Finding]:
    funds = ctx.result.funds
    if funds.departs_unexplained:
        yield ctx.finding("score_differs", WARNING, "funds.score",
                          score=fmt(funds.score), rule=fmt(funds.rule_score))
    for s in ctx.result.indicators:
        if not s.departs_unexplained:
            continue
        if _full_marks_far_above_the_rule(s, ctx.report.indicators[s.index].deviation):
            yield ctx.finding("full_score_far_above_rule", ERROR, f"indicators[{s.index}].score",
                              score=fmt(s.score), rule=fmt(s.rule_score))
        else:
            yield ctx.finding("score_differs", WARNING, f"indicators[{s.index}].score",
                              score=fmt(s.score), rule=fmt(s.rule_score))


def _full_marks_far_above_the_rule(s: IndicatorScore, deviation: str | None) -> bool:
    """Full marks where the rule gives less than two thirds of the weight, and neither the
    score note nor the deviation says why: 自评结果偏高, what finance bureaus name first."""
    return (s.score >= s.weight > 0 and (s.weight - s.rule_score) * 3 > s.weight
            and says_nothing(deviation) and not _beats_bare_target(s))


@check
def qualitative_scores_inside_their_band(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        if s.kind != KIND_QUALITATIVE or not s.entered or s.pending:
            continue
        grade = s.grade  # as the scorer read it, or as the user judged it
        assert grade is not None  # a qualitative row has a grade unless it awaits judgement
        low, high = grade_band(ctx.profile, grade, s.weight)
        top = ctx.profile.bands[grade].high >= 100
        inside = low <= s.score <= high if top else low <= s.score < high
        if not inside:
            yield ctx.finding("qualitative_band", ERROR, f"indicators[{s.index}].score",
                              grade=Message(GRADE_TERMS[grade]), low=fmt(low), high=fmt(high),
                              score=fmt(s.score))


@check
def total_within_the_execution_cap(ctx: Context) -> Iterator[Finding]:
    result = ctx.result
    if result.cap is None:
        return
    entered = result.raw_total
    if entered is not None and entered > result.cap and result.funds.rate is not None:
        yield ctx.finding("total_above_cap", ERROR, "funds.score", rate=percent_text(result.funds.rate),
                          cap=fmt(result.cap), total=fmt(entered))


@check
def over_achievement_is_explained(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        indicator = ctx.report.indicators[s.index]
        if s.over_achieved and s.achievement is not None and says_nothing(indicator.deviation):
            yield ctx.finding("over_achieved", WARNING, f"indicators[{s.index}].deviation",
                              ratio=fmt(s.achievement * HUNDRED),
                              threshold=fmt(ctx.profile.over_threshold))


def _bare(s: IndicatorScore) -> bool:
    """A target written without an operator, scored as "equal" (domain §5).
    A bare 0 (恶性案件 0 次) means exactly zero: it is not counted as bare."""
    target = s.target
    return (s.applicable and target is not None and target.kind == QUANTITY and target.op is None
            and bool(target.number))


def _beats_bare_target(s: IndicatorScore) -> bool:
    """An actual above a bare target (95% → 100%): scored below the weight by the "equal"
    rule, yet nothing fell short — the bare target's warning says what to write instead."""
    return _bare(s) and s.kind == EQUAL and s.achievement is not None and s.achievement > 1


@every_form
@check
def targets_say_their_operator(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        if _bare(s):
            scored = (Message("term.not_scored") if s.kind == UNSCORABLE
                      else Message("term.scored_points", {"points": fmt(s.rule_score)}))
            yield ctx.finding("bare_target", WARNING, f"indicators[{s.index}].target",
                              target=text(ctx.report.indicators[s.index].target).strip(),
                              scored=scored)


@every_form
@check
def placeholder_rows(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        if s.kind == PLACEHOLDER:
            yield ctx.finding("placeholder_row", WARNING, f"indicators[{s.index}].name")


@check
def unscorable_indicators(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        if s.kind == UNSCORABLE and s.reasons:
            yield ctx.finding("unscorable", WARNING, f"indicators[{s.index}].actual",
                              reason=s.reasons[0])


@check
def qualitative_rows_await_judgement(ctx: Context) -> Iterator[Finding]:
    """A qualitative actual whose words name no grade: the user's reading is asked for, once
    per row, until it is given (the rule total waits for it)."""
    for s in ctx.result.indicators:
        if s.awaiting:
            yield ctx.finding("judgement_pending", WARNING, f"indicators[{s.index}].actual",
                              actual=text(ctx.report.indicators[s.index].actual).strip())


@check
def shortfalls_are_explained(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        indicator = ctx.report.indicators[s.index]
        if (s.applicable and s.kind != UNSCORABLE and not s.pending and s.rule_score < s.weight
                and not s.over_achieved and not _beats_bare_target(s)
                and says_nothing(indicator.deviation)):
            yield ctx.finding("shortfall_unexplained", WARNING, f"indicators[{s.index}].deviation",
                              rule=fmt(s.rule_score), weight=fmt(s.weight))


@check
def deviation_text_where_nothing_deviated(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        indicator = ctx.report.indicators[s.index]
        partial = s.actual is not None and s.actual.grade == PARTIAL
        if (s.met and not s.over_achieved and not partial
                and not says_nothing(indicator.deviation)):
            yield ctx.finding("deviation_without_shortfall", INFO,
                              f"indicators[{s.index}].deviation")
