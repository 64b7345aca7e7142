"""One row of a merged group put into the group typed for it, as one step that undoes whole:
beside the rows already bearing the name, or after its own group as a group of its own."""

from __future__ import annotations

import copy

from perfeval_gui.core import regroup
from perfeval_gui.core.model import Indicator, Report


def report() -> Report:
    return Report(indicators=[
        Indicator(level1="产出指标", level2="数量指标", name="a"),
        Indicator(level1="产出指标", level2="数量指标", name="b"),
        Indicator(level1="产出指标", level2="质量指标", name="c"),
        Indicator(level1="效益指标", level2="社会效益指标", name="d"),
    ])


def rows(r: Report) -> list[tuple[str, str, str]]:
    return [(i.level1, i.level2, i.name) for i in r.indicators]


def test_a_second_level_name_already_in_its_group_takes_the_row_beside_its_rows():
    r = report()
    before = copy.deepcopy(r)
    step = regroup.move_into_group(r, 0, "level2", "质量指标")
    assert rows(r) == rows(before)  # planned, not applied
    step.apply(r)
    assert rows(r) == [("产出指标", "数量指标", "b"), ("产出指标", "质量指标", "c"),
                       ("产出指标", "质量指标", "a"), ("效益指标", "社会效益指标", "d")]
    step.revert(r)
    assert rows(r) == rows(before)


def test_a_new_second_level_name_heads_a_group_after_its_own():
    r = report()
    regroup.move_into_group(r, 0, "level2", "时效指标").apply(r)
    assert rows(r) == [("产出指标", "数量指标", "b"), ("产出指标", "时效指标", "a"),
                       ("产出指标", "质量指标", "c"), ("效益指标", "社会效益指标", "d")]


def test_a_first_level_name_of_another_group_moves_the_row_to_its_end():
    r = report()
    regroup.move_into_group(r, 1, "level1", "效益指标").apply(r)
    assert [name for _, _, name in rows(r)] == ["a", "c", "d", "b"]
    assert r.indicators[3].level1 == "效益指标"
    assert regroup.move_into_group(r, 3, "level1", "效益指标") is None  # nothing to do
