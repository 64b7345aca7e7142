"""Scoring a report by a profile: pure, exact (Decimal) and cheap enough for every keystroke."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from decimal import Decimal

from .figures import figure_text, round2
from .messages import Message
from .model import FundRow, Indicator, Report, text
from .placeholders import is_placeholder
from .profiles import Profile
from .values import (
    ACHIEVED,
    DEADLINE,
    EMPTY,
    NOT_ACHIEVED,
    QUALITATIVE,
    QUANTITY,
    Value,
    ValueUnreadable,
    common_unit,
    grade_of,
    parse_value,
)

ZERO = Decimal(0)
HUNDRED = Decimal(100)

POSITIVE = "positive"
NEGATIVE = "negative"
EQUAL = "equal"
NOT_APPLICABLE = "not_applicable"
PLACEHOLDER = "placeholder"  # a template row (指标2, ……): no indicator, weighs nothing
UNSCORABLE = "unscorable"
KIND_QUALITATIVE = "qualitative"
KIND_DEADLINE = "deadline"


@dataclass
class IndicatorScore:
    index: int
    kind: str
    weight: Decimal
    rule_score: Decimal
    score: Decimal  # self-assessed: the entered score, or the rule score
    target: Value | None = None
    actual: Value | None = None
    reasons: list[Message] = field(default_factory=list)
    achievement: Decimal | None = None  # actual / target (quantities), for over-achievement
    over_achieved: bool = False
    entered: bool = False  # the user typed a score
    grade: str | None = None  # qualitative indicators: the grade the actual's wording states
    departs_unexplained: bool = False  # see departs_unexplained(): table, panel and checks read it
    # a qualitative actual whose words name no grade, not judged yet: its rule score is
    # unknown (rule_score stays 0 only so that sums need no case; nothing shows it)
    pending: bool = False
    judged: bool = False  # the grade is the user's judgement, not the actual's wording

    @property
    def applicable(self) -> bool:
        return self.kind not in (NOT_APPLICABLE, PLACEHOLDER)

    @property
    def awaiting(self) -> bool:
        """Counts in the totals yet has no rule score until the user judges it."""
        return self.pending and self.applicable

    @property
    def unscored(self) -> bool:
        """Awaits judgement and has no score typed: its 得分 (the rule score, where none is
        typed) is unknown, as is every sum that holds it — never a 0."""
        return self.awaiting and not self.entered

    @property
    def met(self) -> bool:
        """The rule gives the full weight: the target was met."""
        return (self.applicable and self.kind != UNSCORABLE and not self.pending
                and self.rule_score >= self.weight)


@dataclass
class GroupScore:
    level1: str
    weight: Decimal
    rule_score: Decimal | None  # None while a row of the group awaits judgement
    score: Decimal | None  # None while a row of the group awaits judgement with no score typed
    indices: list[int]


@dataclass
class FundsScore:
    rate: Decimal | None  # a fraction: 1 = 100 %
    weight: Decimal
    rule_score: Decimal
    score: Decimal
    reasons: list[Message] = field(default_factory=list)
    departs_unexplained: bool = False  # an entered score other than the rule's (no note field)

    @property
    def rate_percent(self) -> Decimal | None:
        return None if self.rate is None else self.rate * HUNDRED


@dataclass
class ScoreResult:
    profile: Profile
    funds: FundsScore
    indicators: list[IndicatorScore]
    groups: list[GroupScore]
    # None while a row awaits the user's judgement with no score typed (its 得分 is the rule
    # score, unknown until it is judged): the total is pending, never a sum counting it as 0
    total: Decimal | None
    rule_total: Decimal | None  # None while a qualitative row awaits the user's judgement
    grade: str | None  # None where the total is pending or the weights do not add up to 100
    rescaled: bool = False
    cap: Decimal | None = None
    capped: bool = False
    reasons: list[Message] = field(default_factory=list)
    raw_total: Decimal | None = ZERO  # the self-assessed sum before rescaling and the cap

    @property
    def pending(self) -> list[int]:
        """The rows awaiting the user's judgement (report-format.md: ``pending``)."""
        return [s.index for s in self.indicators if s.awaiting]

    @property
    def unscored(self) -> list[int]:
        """The rows awaiting judgement with no score typed: while there are any, the total
        and the grade are pending."""
        return [s.index for s in self.indicators if s.unscored]

    @property
    def applicable_weight(self) -> Decimal:
        """The weights that count: 执行率 and every applicable indicator."""
        return self.funds.weight + sum((s.weight for s in self.indicators if s.applicable), ZERO)

    @property
    def all_weight(self) -> Decimal:
        """The 总分 row's 分值: 执行率 and every indicator, not-applicable ones included."""
        return self.funds.weight + sum((s.weight for s in self.indicators), ZERO)


# ---------------------------------------------------------------------------------------------
# the named formulas of the profiles


def _ratio(w: Decimal, a: Decimal, b: Decimal) -> Decimal:
    return w if b >= a else w * b / a


def _inverse_ratio(w: Decimal, a: Decimal, b: Decimal) -> Decimal:
    return w if b <= a else w * a / b


def _linear_to_zero_at_double(w: Decimal, a: Decimal, b: Decimal) -> Decimal:
    if b <= a:
        return w
    if a == 0:
        return ZERO
    return w * (1 - (b - a) / a)


def _min_over_max(w: Decimal, a: Decimal, b: Decimal) -> Decimal:
    if a == b:
        return w
    return w * min(a, b) / max(a, b)  # one of them 0: no score (and max is not 0)


Formula = Callable[[Decimal, Decimal, Decimal], Decimal]
FORMULAS: dict[str, Formula] = {
    "ratio": _ratio,
    "inverse_ratio": _inverse_ratio,
    "linear_to_zero_at_double": _linear_to_zero_at_double,
    "min_over_max": _min_over_max,
}
_KIND_OF_OP = {"≥": POSITIVE, ">": POSITIVE, "≤": NEGATIVE, "<": NEGATIVE, "=": EQUAL, None: EQUAL}


def _clamp(score: Decimal, weight: Decimal) -> Decimal:
    return max(ZERO, min(score, weight))


# ---------------------------------------------------------------------------------------------


def budget_base(row: FundRow, profile: Profile) -> Decimal | None:
    """The budget a row's execution is measured against: the profile's ``rate_base`` decides."""
    if profile.rate_base == "adjusted_else_initial" and row.adjusted is not None:
        return row.adjusted
    return row.initial


def score_funds(report: Report, profile: Profile) -> FundsScore:
    weight = report.funds.weight if report.funds.weight is not None else ZERO
    row = report.funds.total_row
    rate: Decimal | None = None
    reasons: list[Message] = []
    if row is not None:
        base = budget_base(row, profile)
        if row.executed is None:
            reasons.append(Message("score.no_executed"))
        elif not base:
            reasons.append(Message("score.no_budget"))
        else:
            rate = row.executed / base
    else:
        reasons.append(Message("score.no_budget"))
    rule = weight * min(rate, Decimal(1)) if rate is not None else ZERO
    score = report.funds.score if report.funds.score is not None else rule
    departs = report.funds.score is not None and round2(score) != round2(rule)
    return FundsScore(rate, weight, rule, score, reasons, departs)


def score_indicator(
    index: int, indicator: Indicator, profile: Profile, year: int | None = None
) -> IndicatorScore:
    """One indicator's rule score; *year* is the evaluated year that dates without one mean."""
    if is_placeholder(indicator):
        return IndicatorScore(index, PLACEHOLDER, ZERO, ZERO, ZERO)
    weight = indicator.weight if indicator.weight is not None else ZERO
    result = IndicatorScore(index, UNSCORABLE, weight, ZERO, ZERO)
    if not indicator.applicable:
        result.kind = NOT_APPLICABLE
    else:
        _rule(result, indicator, profile, year)
        result.rule_score = _clamp(result.rule_score, weight)
    result.entered = indicator.score is not None
    result.score = indicator.score if indicator.score is not None else result.rule_score
    if not result.applicable:
        result.score = ZERO
    result.departs_unexplained = departs_unexplained(result, indicator)
    return result


def departs_unexplained(s: IndicatorScore, indicator: Indicator) -> bool:
    """The one rule for "the entered score differs from the rule score and no note says why".

    A qualitative score answers to its grade's band instead (a check of its own), and an
    unscorable indicator has no rule score to depart from."""
    return (s.entered and s.applicable and s.kind not in (UNSCORABLE, KIND_QUALITATIVE)
            and round2(s.score) != round2(s.rule_score) and not text(indicator.score_note).strip())


def _read(raw: str | None, code: str, result: IndicatorScore) -> Value | None:
    try:
        return parse_value(raw)
    except ValueUnreadable as exc:
        result.reasons.append(Message(code, {"detail": exc.message}))
        return None


def _rule(result: IndicatorScore, indicator: Indicator, profile: Profile, year: int | None) -> None:
    target = _read(indicator.target, "score.target_unreadable", result)
    actual = _read(indicator.actual, "score.actual_unreadable", result)
    result.target, result.actual = target, actual
    if target is None or actual is None:
        return
    if target.kind == EMPTY:
        result.reasons.append(Message("score.target_empty"))
        return
    if actual.kind == EMPTY:
        result.reasons.append(Message("score.actual_empty"))
        return
    if target.kind == QUALITATIVE:
        _qualitative(result, indicator, target, actual, profile)
    elif target.kind == DEADLINE:
        _deadline(result, target, actual, year)
    else:
        if actual.kind == QUALITATIVE and (zero := _none_of_the_noun(indicator, target, actual)):
            actual = result.actual = zero
        _quantity(result, target, actual, profile)


_NONE_OF = re.compile(r"(?:全年|年内|全年度|本年度?)?(?:未发生|无|没有)(.+?)(?:发生|情况|现象|事件|案件)?")


def _none_of_the_noun(indicator: Indicator, target: Value, actual: Value) -> Value | None:
    """无上访 against 小于5次: none of what the target counts, 0 in its unit. Only against a
    ceiling (≤, <, or exactly 0); where the target names its own noun (上访≤5次, 安全事故0起),
    only 无 of that noun (无投诉 says nothing of 上访)."""
    ceiling = target.op in ("≤", "<") or (target.number == 0 and target.op in ("=", None))
    match = _NONE_OF.fullmatch(actual.text.rstrip("。."))
    if not ceiling or match is None:
        return None
    noun = match.group(1).strip()
    own_noun = _TARGET_NOISE.sub("", target.text).replace(target.unit, "", 1)
    if len(noun) < 2 or (own_noun and noun not in own_noun and own_noun not in noun):
        return None
    return Value(QUANTITY, number=ZERO, unit=target.unit, text=actual.text)


# what a target holds beside its noun: operators (signs and words), figures
_TARGET_NOISE = re.compile(r"[\d.,%≥≤<>=═≧≦⩾⩽\s]|不低于|不少于|不小于|不高于|不超过|不多于|不大于|"
                           r"小于等于|小于或等于|大于等于|大于或等于|小于|大于|低于|高于|少于|多于|"
                           r"至少|控制在|以内|之内|及以下|以下|及以上|以上|等于|达到")


def _qualitative(
    result: IndicatorScore, indicator: Indicator, target: Value, actual: Value, profile: Profile
) -> None:
    grade = None
    if actual.kind == QUALITATIVE:
        grade = actual.grade
        if text(indicator.actual).strip() == text(indicator.target).strip():
            grade = ACHIEVED  # the target's own wording repeated: it was achieved
    elif actual.kind == QUANTITY:
        grade = grade_of(actual.text)
    result.kind = KIND_QUALITATIVE
    if grade is None and indicator.judgement in profile.bands:
        grade = indicator.judgement  # the user read the words: their grade scores the row
        result.judged = True
    if grade is None:  # nobody has read the words yet: no rule score, not 0 (domain §5)
        result.pending = True
        result.reasons.append(Message("score.pending", {"actual": text(indicator.actual)}))
        return
    result.grade = grade
    result.rule_score = result.weight * profile.bands[grade].rule_share / HUNDRED


def _deadline(result: IndicatorScore, target: Value, actual: Value, year: int | None) -> None:
    assert target.due is not None
    if actual.text == target.text:
        met = True  # the target's own wording repeated: done as planned
    elif actual.due is not None:  # a deadline
        # a date written without a year is in the evaluated year; the named day is included
        met = actual.due.in_year(year) <= target.due.in_year(year)
    elif actual.kind == QUALITATIVE and actual.grade in (ACHIEVED, NOT_ACHIEVED):
        met = actual.grade == ACHIEVED  # 按时完成 / 已完成, or 未按时完成
    else:
        result.reasons.append(Message("score.deadline_actual"))
        return
    result.kind = KIND_DEADLINE
    result.rule_score = result.weight if met else ZERO


def _quantity(result: IndicatorScore, target: Value, actual: Value, profile: Profile) -> None:
    if actual.kind != QUANTITY:
        result.reasons.append(Message("score.actual_not_quantity", {"actual": actual.text}))
        return
    pair = common_unit(target, actual)
    if pair is None:
        result.reasons.append(
            Message("score.units_mismatch", {"target_unit": target.unit, "actual_unit": actual.unit})
        )
        return
    a, b = pair
    kind = _KIND_OF_OP[target.op]
    result.kind = kind
    formula = {POSITIVE: profile.positive, NEGATIVE: profile.negative, EQUAL: profile.equal}[kind]
    result.rule_score = FORMULAS[formula](result.weight, a, b)
    if a > 0:
        result.achievement = b / a
    far_over = a > 0 and b * HUNDRED >= a * profile.over_threshold
    if far_over and kind == EQUAL and target.op is None:
        # a bare target (12次) beaten eightfold is a count that was meant as a minimum: the
        # surplus is asked about as for any positive indicator (nothing is deducted: the
        # target never said ≥)
        result.over_achieved = True
    if kind == POSITIVE and far_over:
        result.over_achieved = True
        if profile.over_deduction:
            result.rule_score = _clamp(result.rule_score, result.weight) - profile.over_deduction
            result.reasons.append(
                Message(
                    "score.deducted",
                    {"ratio": figure_text(b / a * HUNDRED),
                     "points": figure_text(profile.over_deduction)},
                )
            )


# ---------------------------------------------------------------------------------------------


def score_report(report: Report, profile: Profile) -> ScoreResult:
    """Score a report: funds, every indicator, group subtotals, totals and the grade."""
    return rescore_rows(report, profile, None, None)


def rescore_rows(report: Report, profile: Profile, previous: ScoreResult | None,
                 rows: Collection[int] | None) -> ScoreResult:
    """score_report, scoring again only the indicators at *rows* (None: all) and taking the
    others' scores — the same objects — from *previous*: a keystroke in one row of 700 scores
    one row (each indicator's score reads only that row, the year and the profile). The
    caller says which rows changed since *previous*; the totals and groups are summed anew.
    Without a *previous* of this profile and as many indicators, every row is scored."""
    if (rows is None or previous is None or previous.profile is not profile
            or len(previous.indicators) != len(report.indicators)):
        indicators = [
            score_indicator(i, ind, profile, report.year) for i, ind in enumerate(report.indicators)
        ]
    else:
        indicators = list(previous.indicators)
        for i in rows:
            indicators[i] = score_indicator(i, report.indicators[i], profile, report.year)
    return _totals(report, profile, indicators)


def _totals(report: Report, profile: Profile, indicators: list[IndicatorScore]) -> ScoreResult:
    funds = score_funds(report, profile)
    groups = _groups(report, indicators)
    applicable = [s for s in indicators if s.applicable]
    # a figure counting the unjudged rows as 0 would be false (domain README §5): the rule
    # total waits for every judgement, the self-assessed one for the rows with no score typed
    total: Decimal | None = funds.score + sum((s.score for s in applicable), ZERO)
    if any(s.unscored for s in applicable):
        total = None
    rule_total: Decimal | None = funds.rule_score + sum((s.rule_score for s in applicable), ZERO)
    if any(s.awaiting for s in applicable):
        rule_total = None
    result = ScoreResult(profile, funds, indicators, groups, total, rule_total, None, raw_total=total)
    if any(s.kind == NOT_APPLICABLE for s in indicators) and profile.not_applicable == "rescale":
        weights = result.applicable_weight
        if weights > 0:
            result.total = _scaled(total, weights)
            result.rule_total = _scaled(rule_total, weights)
            result.rescaled = True
            result.reasons.append(Message("score.rescaled"))
    cap = profile.cap_for(funds.rate_percent)
    if cap is not None:
        result.cap = cap
        if any(t is not None and t > cap for t in (result.total, result.rule_total)):
            result.capped = True
            rate = figure_text(funds.rate_percent or ZERO)
            result.reasons.append(
                Message("score.capped", {"rate": rate, "cap": figure_text(cap)})
            )
        result.total = _capped(result.total, cap)
        result.rule_total = _capped(result.rule_total, cap)
    if result.total is None:  # no grade can be read from a total still pending
        result.grade = None
        result.reasons.append(Message("score.total_pending", {"count": len(result.unscored)}))
    elif result.all_weight == HUNDRED:
        result.grade = profile.grade_for(round2(result.total))
    else:  # a total out of 110 is no score out of 100: no grade can be read from it
        result.grade = None
        result.reasons.append(
            Message("score.weights_not_100", {"total": figure_text(result.all_weight)})
        )
    return result


def _scaled(total: Decimal | None, weights: Decimal) -> Decimal | None:
    return None if total is None else total * HUNDRED / weights


def _capped(total: Decimal | None, cap: Decimal) -> Decimal | None:
    return None if total is None else min(total, cap)


def _groups(report: Report, scores: list[IndicatorScore]) -> list[GroupScore]:
    groups: dict[str, GroupScore] = {}
    for indicator, s in zip(report.indicators, scores, strict=True):
        if s.kind == PLACEHOLDER:
            continue
        name = text(indicator.level1)
        group = groups.get(name)
        if group is None:
            group = groups[name] = GroupScore(name, ZERO, ZERO, ZERO, [])
        group.weight += s.weight
        group.indices.append(s.index)
        if s.applicable:
            if s.unscored:
                group.score = None
            elif group.score is not None:
                group.score += s.score
            if s.awaiting:
                group.rule_score = None
            elif group.rule_score is not None:
                group.rule_score += s.rule_score
    return list(groups.values())


def grade_band(profile: Profile, grade: str, weight: Decimal) -> tuple[Decimal, Decimal]:
    """The points an entered qualitative score may take for a grade."""
    band = profile.bands[grade]
    return weight * band.low / HUNDRED, weight * band.high / HUNDRED


__all__ = [
    "EQUAL",
    "KIND_DEADLINE",
    "KIND_QUALITATIVE",
    "NEGATIVE",
    "NOT_ACHIEVED",
    "NOT_APPLICABLE",
    "PLACEHOLDER",
    "POSITIVE",
    "UNSCORABLE",
    "FundsScore",
    "GroupScore",
    "IndicatorScore",
    "ScoreResult",
    "budget_base",
    "grade_band",
    "rescore_rows",
    "round2",
    "score_report",
]
