"""A 申报表's targets into an existing report: indicators matched by name, changed targets
listed before anything is written, indicators the report lacks added, none removed."""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, field

from ..core.model import Indicator, Report, text


def name_key(name: str | None) -> str:
    """Names compared as a person reads them: full-width, spaces and case aside."""
    return "".join(unicodedata.normalize("NFKC", text(name)).split()).lower()


@dataclass
class TargetChanges:
    changed: list[tuple[int, str, str, str]] = field(default_factory=list)  # index, name, old, new
    added: list[Indicator] = field(default_factory=list)  # in the file, not in the report
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # in the report, not in the file: left alone

    @property
    def empty(self) -> bool:
        return not self.changed and not self.added


def target_changes(report: Report, incoming: Report) -> TargetChanges:
    changes = TargetChanges()
    by_name = {name_key(i.name): k for k, i in enumerate(report.indicators) if name_key(i.name)}
    seen: set[int] = set()
    for indicator in incoming.indicators:
        k = by_name.get(name_key(indicator.name))
        if k is None:
            changes.added.append(indicator)
            continue
        seen.add(k)
        old, new = text(report.indicators[k].target), text(indicator.target)
        if old != new and new:
            changes.changed.append((k, text(report.indicators[k].name), old, new))
        else:
            changes.unchanged += 1
    changes.kept = [text(i.name) for k, i in enumerate(report.indicators) if k not in seen]
    return changes


def apply_targets(report: Report, changes: TargetChanges) -> Report:
    """A copy of *report* with the changed targets and the added indicators (no actuals)."""
    updated = copy.deepcopy(report)
    for k, _name, _old, new in changes.changed:
        updated.indicators[k].target = new
    for indicator in changes.added:
        added = copy.deepcopy(indicator)
        added.actual, added.score, added.deviation = "", None, ""
        updated.indicators.append(added)
    return updated
