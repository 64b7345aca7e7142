"""This year's 申报表 into a report carried over from last year: targets matched by name."""

from __future__ import annotations

from perfeval_gui.core.model import Indicator, Report
from perfeval_gui.reader.targets import apply_targets, target_changes


def report(*rows: tuple[str, str, str]) -> Report:
    return Report(year=2024, indicators=[Indicator(level1="产出指标", level2="数量指标", name=n,
                                                   target=t, actual=a) for n, t, a in rows])


def test_targets_are_matched_by_name_listed_and_applied():
    existing = report(("培训人次", "≥400人次", "420人次"), ("培训合格率", "≥95%", "97%"),
                      ("学员满意度", "≥85%", "90%"))
    incoming = report(("培训 人次", "≥500人次", ""), ("培训合格率", "≥95%", ""),
                      ("带动就业人数", "≥50人", ""))
    changes = target_changes(existing, incoming)
    assert changes.changed == [(0, "培训人次", "≥400人次", "≥500人次")]
    assert [i.name for i in changes.added] == ["带动就业人数"]
    assert changes.kept == ["学员满意度"] and changes.unchanged == 1
    updated = apply_targets(existing, changes)
    assert [(i.name, i.target, i.actual) for i in updated.indicators] == [
        ("培训人次", "≥500人次", "420人次"), ("培训合格率", "≥95%", "97%"),
        ("学员满意度", "≥85%", "90%"), ("带动就业人数", "≥50人", "")]
    assert existing.indicators[0].target == "≥400人次"  # nothing changes before the user agrees
