"""Measurability: quantitative groups with figures, no vague targets, enough indicators,
every first-level group of the profile present, satisfaction backed by a survey."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import SECTION_KEYS, text
from ..placeholders import is_placeholder_name, template_mark
from ..scoring import PLACEHOLDER
from ..values import DEADLINE, QUANTITY
from .base import SCORES, WARNING, Context, Finding, check, every_form

READS = SCORES | {"sections", "goal"}  # what these checks read

QUANTITATIVE_LEVEL2 = ("数量", "质量", "时效", "成本")
VAGUE_WORDS = ("进一步", "加强", "提升", "完善", "提高", "增强", "改善", "推进", "促进", "有效",
               "明显", "显著", "逐步", "大力", "积极")
SURVEY_BASIS = re.compile(r"问卷|调查|抽样|样本|回访|测评|(?<!\d)\d+\s*份")  # one try per run of digits


@every_form
@check
def template_marks_left(ctx: Context) -> Iterator[Finding]:
    """A name or value still carrying the template's mark (≥**平方米, XX, （填写）): the figure
    or word the unit was to write is missing. Template rows are reported as such instead."""
    for s in ctx.result.indicators:
        if s.kind == PLACEHOLDER:
            continue
        indicator = ctx.report.indicators[s.index]
        for field in ("name", "target", "actual"):
            mark = template_mark(getattr(indicator, field))
            if mark:
                yield ctx.finding("template_mark", WARNING, f"indicators[{s.index}].{field}",
                                  mark=mark, text=text(getattr(indicator, field)).strip())


@every_form
@check
def quantitative_groups_have_figures(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        indicator = ctx.report.indicators[s.index]
        level2 = text(indicator.level2)
        if not s.applicable or not any(word in level2 for word in QUANTITATIVE_LEVEL2):
            continue
        target = s.target
        if target is None or target.kind not in (QUANTITY, DEADLINE):
            if not text(indicator.target).strip():
                continue  # an empty target is reported as unscorable
            yield ctx.finding("not_measurable", WARNING, f"indicators[{s.index}].target",
                              level2=level2, target=text(indicator.target))


@every_form
@check
def targets_are_not_vague(ctx: Context) -> Iterator[Finding]:
    for s in ctx.result.indicators:
        target_text = text(ctx.report.indicators[s.index].target)
        if s.target is None or s.target.kind in (QUANTITY, DEADLINE):
            continue
        word = next((w for w in VAGUE_WORDS if w in target_text), None)
        if word:
            yield ctx.finding("vague_target", WARNING, f"indicators[{s.index}].target",
                              target=target_text, word=word)


@every_form
@check
def enough_indicators(ctx: Context) -> Iterator[Finding]:
    count = sum(1 for s in ctx.result.indicators if s.applicable)
    if count < 3:
        yield ctx.finding("too_few_indicators", WARNING, "indicators", count=count)


@every_form
@check
def every_profile_group_present(ctx: Context) -> Iterator[Finding]:
    # a group counts once it has a row that is not a template's (指标1, ……): a row just added
    # and still blank is the user's own, and placeholder_row already asks for it to be filled
    present = {text(indicator.level1) for indicator in ctx.report.indicators
               if not is_placeholder_name(indicator.name)}
    for group in ctx.profile.groups:
        if group.level1 not in present:
            yield ctx.finding("missing_group", WARNING, "indicators", group=group.level1)


@check
def satisfaction_has_a_survey_basis(ctx: Context) -> Iterator[Finding]:
    report = ctx.report
    satisfaction = [i for i, ind in enumerate(report.indicators)
                    if "满意" in text(ind.name) and ind.applicable]
    if not satisfaction:
        return
    texts = [report.sections.get(k) for k in SECTION_KEYS]
    texts += [text(i.deviation) + text(i.actual) + text(i.score_note) for i in report.indicators]
    texts.append(text(report.goal.achieved))
    if not any(SURVEY_BASIS.search(t) for t in texts):
        yield ctx.finding("satisfaction_without_basis", WARNING,
                          f"indicators[{satisfaction[0]}].actual")
