"""Findings of one kind shown as one line with its count ("8 项指标尚未填写实际完成值"),
each finding under it naming the indicator it is about."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import paths
from .finding import ERROR, INFO, WARNING, Finding
from .messages import CATALOGUE, Message
from .model import Report, text

SEVERITY_ORDER = (ERROR, WARNING, INFO)
# an unscorable indicator's reason that deserves a heading of its own
REASON_HEADINGS = {"score.actual_empty": "group.missing_actual", "score.target_empty": "group.missing_target"}


@dataclass
class FindingGroup:
    code: str
    findings: list[Finding] = field(default_factory=list)
    reason: str = ""  # unscorable findings are grouped by why

    @property
    def severity(self) -> str:
        return min((f.severity for f in self.findings), key=SEVERITY_ORDER.index)

    @property
    def heading(self) -> Message:
        count = len(self.findings)
        if self.reason in REASON_HEADINGS:
            return Message(REASON_HEADINGS[self.reason], {"count": count})
        if self.code == "unscorable":
            return Message("group.unscorable", {"count": count})
        title = f"title.{self.code}"
        if title not in CATALOGUE:  # a new check without its short name yet: its first message
            return Message("group.other", {"count": count, "title": self.findings[0].message})
        return Message("group.other", {"count": count, "title": Message(title)})


def _reason(finding: Finding) -> str:
    reason = finding.message.params.get("reason")
    return reason.code if isinstance(reason, Message) else ""


def group_findings(findings: list[Finding]) -> list[FindingGroup]:
    """Same-code findings together, in the order the first of each came (the checks' order)."""
    groups: dict[tuple[str, str], FindingGroup] = {}
    for finding in findings:
        key = (finding.code, _reason(finding))
        groups.setdefault(key, FindingGroup(finding.code, reason=key[1])).findings.append(finding)
    return list(groups.values())


# the form's order (its tabs, the paper's order): where a finding is, to list it as one reads
FORM_ORDER = ("", "year", "profile", "evaluation_kinds", "project", "evaluation", "funds", "goal",
              "indicators", "sections", "team")
FIELD_ORDER = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation",
               "score_note", "applicable",  # an indicator's columns
               "basic_info", "content", "analysis", "fund_adjustment", "management", "problems",
               "measures")  # the narrative's sections, as the outline has them


def form_position(where: str) -> tuple[int, ...]:
    """Where *where* sits in the form, as a sort key: tab, row, column (the report as a whole
    first; a field the lists do not know after those they do)."""
    key: list[int] = []
    for depth, part in enumerate(paths.parse_path(where) if where else []):
        if isinstance(part, int):
            key.append(part)
        elif depth == 0:
            key.append(FORM_ORDER.index(part) if part in FORM_ORDER else len(FORM_ORDER))
        else:
            key.append(FIELD_ORDER.index(part) if part in FIELD_ORDER else len(FIELD_ORDER))
    return tuple(key)


def ordered_groups(findings: list[Finding]) -> list[FindingGroup]:
    """The groups errors first, then warnings, then notes; each by the place in the form of its
    first finding, and its findings in the form's order (a new error never lands below the
    warnings)."""
    groups = group_findings(findings)
    for group in groups:
        group.findings.sort(key=lambda f: form_position(f.where))
    return sorted(groups, key=lambda g: (SEVERITY_ORDER.index(g.severity),
                                         form_position(g.findings[0].where)))


def subject(report: Report, where: str) -> str:
    """What a finding is about, in the user's words: the indicator's name ('3. 群众满意度')."""
    parts = paths.parse_path(where) if where else []
    if len(parts) > 1 and parts[0] == "indicators" and isinstance(parts[1], int) \
            and parts[1] < len(report.indicators):
        name = text(report.indicators[parts[1]].name).strip()
        return f"{parts[1] + 1}. {name}" if name else f"{parts[1] + 1}."
    return ""
