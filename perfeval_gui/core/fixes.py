"""One-click repairs for the findings whose repair is certain.

A fix is data: the fields to set and the rows to insert, with a label for its button. Planned
on a report it is one edit (``Fix.edit``, core/edits.py), which the window runs as one undo
step. Nothing here guesses what the user meant: a finding whose repair needs the user's
judgement has no fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import edits, paths
from .changes import Change
from .figures import figure_text, round2
from .finding import Finding
from .messages import Message
from .model import Indicator, Report, text
from .narrative import redraft_sentence
from .profiles import Group, Profile
from .scoring import ScoreResult

GE = "≥"
# a minimum is certain where the actual reached the target; a cost's bare target is a ceiling
NOT_A_MINIMUM = ("成本",)
REASON_TEMPLATE = "偏差原因：{name}年度指标值为{target}，实际完成{actual}，未完成的原因是……。\n改进措施：……。"


@dataclass(frozen=True)
class Fix:
    label: Message
    sets: tuple[tuple[str, Any], ...] = ()
    inserts: tuple[tuple[str, int, Any], ...] = ()  # (list path, index, item), applied in order
    focus: str = ""  # the field to show afterwards

    def edit(self, report: Report) -> edits.Steps | None:
        """The fix as one edit of *report* (left as it is): its fields set, then its rows
        inserted, each planned on the report as the ones before leave it. The window runs it as
        one undo step; None where the report already holds it."""
        sets = [lambda r, p=path, v=value: edits.set_field(r, p, v) for path, value in self.sets]
        inserts = [lambda r, lp=list_path, i=index, item=item: edits.insert_row(r, lp, i, item)
                   for list_path, index, item in self.inserts]
        return edits.in_turn(report, [*sets, *inserts])

    def apply_to(self, report: Report) -> Change:
        """The fix on a bare model, through the same edit the window's undo stack runs;
        returns what it changed."""
        edit = self.edit(report)
        return Change() if edit is None else edit.apply(report)


def standard_group_rows(group: Group) -> list[Indicator]:
    """A first-level group as the profile lists it: one row per usual second-level name; the
    group's weight on its row when there is only one (otherwise how it splits is the user's)."""
    weight = group.weight if len(group.level2) == 1 else Decimal(0)
    return [Indicator(level1=group.level1, level2=level2, weight=weight) for level2 in group.level2 or ("",)]


def group_position(report: Report, profile: Profile, level1: str) -> int:
    """Where a missing group goes: after the rows of the groups the profile lists before it."""
    order = [g.level1 for g in profile.groups]
    earlier = set(order[:order.index(level1)]) if level1 in order else set(order)
    last = max((i for i, ind in enumerate(report.indicators) if text(ind.level1) in earlier), default=-1)
    return last + 1 if last >= 0 else (0 if earlier != set(order) else len(report.indicators))


def missing_groups(report: Report, profile: Profile) -> list[Group]:
    present = {text(i.level1) for i in report.indicators}
    return [g for g in profile.groups if g.level1 not in present]


def fix_for(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    maker = _MAKERS.get(finding.code)
    return maker(finding, report, profile, result) if maker else None


def _row(where: str) -> int | None:
    parts = paths.parse_path(where)
    return parts[1] if len(parts) > 1 and parts[0] == "indicators" and isinstance(parts[1], int) else None


def _bare_target(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    row = _row(finding.where)
    if row is None:
        return None
    s, indicator = result.indicators[row], report.indicators[row]
    if s.achievement is None or s.achievement < 1:
        return None  # the actual fell short: a ceiling or an exact figure may have been meant
    if any(word in text(indicator.level2) + text(indicator.name) for word in NOT_A_MINIMUM):
        return None
    target = GE + text(indicator.target).strip()
    return Fix(Message("fix.bare_target", {"target": target}), sets=((finding.where, target),),
               focus=finding.where)


def _score_differs(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    row = _row(finding.where)
    rule = result.funds.rule_score if row is None else result.indicators[row].rule_score
    # the score the button names is the one set: as printed, 2 decimals at most (8.82, not
    # 8.823529411764705882352941176), which the rule score rounds to as well
    shown = round2(rule)
    return Fix(Message(f"fix.{finding.code}", {"rule": figure_text(rule)}),
               sets=((finding.where, shown),), focus=finding.where)


def _missing_group(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    level1 = finding.message.params.get("group")
    group = next((g for g in profile.groups if g.level1 == level1), None)
    if group is None:
        return None
    at = group_position(report, profile, group.level1)
    rows = standard_group_rows(group)
    inserts = tuple(("indicators", at + k, row) for k, row in enumerate(rows))
    return Fix(Message("fix.missing_group", {"group": group.level1}), inserts=inserts,
               focus=f"indicators[{at}].name")


def _shortfall(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    row = _row(finding.where)
    if row is None:
        return None
    indicator = report.indicators[row]
    template = REASON_TEMPLATE.format(name=text(indicator.name).strip() or "该指标",
                                      target=text(indicator.target).strip() or "……",
                                      actual=text(indicator.actual).strip() or "……")
    return Fix(Message("fix.shortfall_unexplained"), sets=((finding.where, template),),
               focus=finding.where)


def _redraft(finding: Finding, report: Report, profile: Profile, result: ScoreResult) -> Fix | None:
    """A narrative sentence a draft wrote, gone stale: today's draft of it, in its place."""
    sentence = str(finding.message.params.get("sentence", ""))
    if not finding.where.startswith("sections.") or not sentence.strip():
        return None
    body = text(paths.get(report, finding.where))
    at = body.find(sentence)
    if at < 0:
        return None

    new = redraft_sentence(report, result, sentence)
    if new is None:
        return None
    return Fix(Message("fix.redraft"),
               sets=((finding.where, body[:at] + new + body[at + len(sentence):]),),
               focus=finding.where)


_MAKERS = {
    "bare_target": _bare_target,
    "score_differs": _score_differs,
    "full_score_far_above_rule": _score_differs,
    "missing_group": _missing_group,
    "shortfall_unexplained": _shortfall,
    "text_verdict": _redraft,
    "text_grade": _redraft,
    "text_score": _redraft,
    "text_figure": _redraft,
}
# the narrative's findings have a fix only where their sentence is a draft's (redrafted)
REDRAFTED = frozenset({"text_verdict", "text_grade", "text_score", "text_figure"})
FIXABLE = frozenset(_MAKERS) - REDRAFTED  # every finding of these codes that can be repaired is
