"""The typed record of what changed, and merging two sides' changes of one report."""

from __future__ import annotations

import copy

from perfeval_gui.core import changes
from perfeval_gui.core.changes import Change, RowRef
from perfeval_gui.core.interchange import report_to_document
from perfeval_gui.core.merge import merge, resolve
from perfeval_gui.core.model import Indicator, TeamMember


def test_a_change_names_rows_by_id_so_it_survives_moves(seed_report):
    third = seed_report.indicators[2]
    path = changes.stable_path(seed_report, "indicators[2].actual")
    assert path == f"indicators[#{third.row_id}].actual"
    seed_report.indicators.reverse()
    where = changes.index_path(seed_report, path)
    assert where == f"indicators[{len(seed_report.indicators) - 3}].actual"
    assert changes.value_at(seed_report, path) == third.actual


def test_diff_finds_fields_and_rows_added_removed_moved(seed_report):
    base = copy.deepcopy(seed_report)
    seed_report.project.name = "新名称"
    seed_report.team[0].title = "组长"
    gone = seed_report.indicators.pop(1)
    new = Indicator(name="新指标")
    seed_report.indicators.append(new)
    seed_report.funds.rows.reverse()
    change = changes.diff(base, seed_report)
    assert change.fields == {"project.name", f"team[#{seed_report.team[0].row_id}].title"}
    assert change.added == {RowRef("indicators", new.row_id)}
    assert change.removed == {RowRef("indicators", gone.row_id)}
    assert change.restructured() == {"indicators", "funds.rows"}
    assert change.affects_scores()
    assert not Change(fields=frozenset(["sections.analysis", "project.name"])).affects_scores()


def test_row_ids_are_not_part_of_the_interchange_document(seed_report, seed_doc):
    twin = copy.deepcopy(seed_report)
    for row in twin.indicators:
        row.row_id = "different"
    assert twin == seed_report  # ids are not part of a row's value
    assert report_to_document(twin) == seed_doc


def test_different_fields_merge(seed_report):
    base = copy.deepcopy(seed_report)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.project.name = "mine"
    mine.indicators[0].actual = "5次"
    theirs.project.region = "theirs"
    theirs.indicators.reverse()  # moved elsewhere: my edit still lands on the right row
    result = merge(base, mine, theirs, changes.diff(base, mine))
    assert result.conflicts == []
    assert result.merged.project.name == "mine" and result.merged.project.region == "theirs"
    assert result.merged.indicators[-1].actual == "5次"
    assert [i.name for i in result.merged.indicators] == [i.name for i in theirs.indicators]


def test_the_same_field_is_a_conflict_showing_both_values(seed_report):
    base = copy.deepcopy(seed_report)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.indicators[3].score = mine.indicators[3].weight
    theirs.indicators[3].score = 0
    result = merge(base, mine, theirs, changes.diff(base, mine))
    (conflict,) = result.conflicts
    assert conflict.where == "indicators[3].score"
    assert (conflict.mine, conflict.theirs) == (mine.indicators[3].score, 0)
    assert result.merged.indicators[3].score == 0  # undecided: what is stored stays
    assert resolve(result, mine, {conflict.path}).indicators[3].score == mine.indicators[3].score


def test_an_edit_typed_and_undone_does_not_overwrite_the_other_side(seed_report):
    base = copy.deepcopy(seed_report)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs.project.name = "theirs"
    touched = Change(fields=frozenset(["project.name"]))  # mine typed, then undid
    result = merge(base, mine, theirs, touched)
    assert result.conflicts == [] and result.merged.project.name == "theirs"


def test_rows_changed_on_both_sides_or_an_edit_of_a_removed_row_ask(seed_report):
    base = copy.deepcopy(seed_report)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.team.append(TeamMember(name="新成员"))
    theirs.team.pop()
    result = merge(base, mine, theirs, changes.diff(base, mine))
    assert [c.path for c in result.conflicts] == ["team"]
    assert "新成员" in result.conflicts[0].mine and "新成员" not in result.conflicts[0].theirs
    mine2, theirs2 = copy.deepcopy(base), copy.deepcopy(base)
    mine2.funds.rows[1].executed = 1
    del theirs2.funds.rows[1]
    result = merge(base, mine2, theirs2, changes.diff(base, mine2))
    assert [c.path for c in result.conflicts] == ["funds.rows"]
    kept = resolve(result, mine2, {"funds.rows"})
    assert kept.funds.rows[1].executed == 1


def test_a_row_removed_here_but_edited_elsewhere_asks(seed_report):
    base = copy.deepcopy(seed_report)
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del mine.indicators[2]
    theirs.indicators[2].actual = "edited elsewhere"
    result = merge(base, mine, theirs, changes.diff(base, mine))
    assert [c.path for c in result.conflicts] == ["indicators"]
    assert result.merged.indicators[2].actual == "edited elsewhere"  # undecided: nothing lost
    assert len(resolve(result, mine, {"indicators"}).indicators) == len(base.indicators) - 1


def test_carrying_a_change_makes_the_saved_copy_equal_the_report(seed_report):
    saved = copy.deepcopy(seed_report)
    seed_report.project.name = "新名称"
    seed_report.indicators[3].actual = "7次"
    seed_report.team[0].title = "组长"
    seed_report.funds.rows.reverse()  # a list restructured: copied as a whole
    seed_report.funds.rows[0].executed = seed_report.funds.rows[0].executed
    seed_report.indicators.append(Indicator(name="新指标"))
    seed_report.indicators[-1].target = "≥5次"
    change = changes.diff(saved, seed_report)
    before = copy.deepcopy(saved)
    assert changes.carry(change, seed_report, saved)
    assert report_to_document(saved) == report_to_document(seed_report)
    assert [r.row_id for r in saved.indicators] == [r.row_id for r in seed_report.indicators]
    assert saved.indicators[0] is not seed_report.indicators[0]  # copies, not the same rows
    # only what the change names is carried: an untouched field stays as it was
    seed_report.goal.expected = "未保存"
    assert changes.carry(Change(fields=frozenset(["project.name"])), seed_report, before)
    assert before.goal.expected != "未保存" and before.project.name == "新名称"


def test_a_field_of_a_row_the_saved_copy_lacks_is_not_carried(seed_report):
    saved = copy.deepcopy(seed_report)
    seed_report.indicators.append(Indicator(name="新指标"))
    path = changes.stable_path(seed_report, f"indicators[{len(seed_report.indicators) - 1}].name")
    assert not changes.carry(Change(fields=frozenset([path])), seed_report, saved)
