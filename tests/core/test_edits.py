"""Edits without Qt: a field set, rows added, removed and moved, each taken back, on a bare
report — and each says what it did, naming rows by id, so taking an edit back still finds its
row after other rows moved (the window's undo commands only wrap these)."""

from __future__ import annotations

import copy

import pytest

from perfeval_gui.core import edits
from perfeval_gui.core.changes import Change, RowRef, diff
from perfeval_gui.core.fixes import FIXABLE, fix_for
from perfeval_gui.core.interchange import report_to_document
from perfeval_gui.core.messages import UserError
from perfeval_gui.core.model import Indicator
from perfeval_gui.core.scoring import score_report

from ..finding_cases import case_reports


def test_a_field_set_by_its_index_is_named_by_its_rows_id_and_taken_back(seed_report):
    before = copy.deepcopy(seed_report)
    row = seed_report.indicators[2]
    edit = edits.set_field(seed_report, "indicators[2].actual", "9次")
    assert edit is not None and edit.path == f"indicators[#{row.row_id}].actual"
    assert edit.apply(seed_report) == Change(fields=frozenset([edit.path]))
    assert row.actual == "9次"
    assert edit.revert(seed_report) == Change(fields=frozenset([edit.path]))
    assert report_to_document(seed_report) == report_to_document(before)


def test_setting_a_value_a_field_already_holds_is_no_edit(seed_report):
    assert edits.set_field(seed_report, "project.name", seed_report.project.name) is None
    assert edits.set_field(seed_report, "indicators[0].actual", seed_report.indicators[0].actual) is None


def test_an_edit_taken_back_after_rows_moved_still_finds_its_row(seed_report):
    row = seed_report.indicators[0]
    old = row.actual
    typed = edits.set_field(seed_report, "indicators[0].actual", "12次")
    typed.apply(seed_report)
    count = len(seed_report.indicators)
    moved = edits.reorder_rows(seed_report, "indicators", [*range(1, count), 0])
    moved.apply(seed_report)  # the row is last now: index 0 is another row
    now_first = seed_report.indicators[0]
    its_actual = now_first.actual
    typed.revert(seed_report)
    assert seed_report.indicators[-1] is row and row.actual == old
    assert now_first.actual == its_actual  # the row now at index 0 is untouched


def test_rows_added_removed_and_moved_say_so_and_come_back(seed_report):
    before = copy.deepcopy(seed_report)
    new = Indicator(level1="产出指标", level2="数量指标", name="新指标")
    added = edits.insert_row(seed_report, "indicators", 1, new)
    change = added.apply(seed_report)
    assert change.added == {RowRef("indicators", new.row_id)} and change.moved == {"indicators"}
    assert seed_report.indicators[1] is new
    removed = edits.remove_row(seed_report, "indicators", 0)
    gone = before.indicators[0].row_id
    assert removed.apply(seed_report).removed == {RowRef("indicators", gone)}
    assert edits.reorder_rows(seed_report, "indicators", list(range(len(seed_report.indicators)))) is None
    removed.revert(seed_report)
    added.revert(seed_report)
    assert not diff(before, seed_report)


def test_a_copy_of_a_row_already_there_gets_an_id_of_its_own(seed_report):
    twin = copy.copy(seed_report.team[0])
    edit = edits.insert_row(seed_report, "team", 1, twin)
    edit.apply(seed_report)
    ids = [m.row_id for m in seed_report.team]
    assert len(set(ids)) == len(ids) and seed_report.team[1].name == twin.name


def test_a_list_at_its_limit_refuses_one_more_row_before_anything_changes(seed_report):
    from perfeval_gui.core.limits import LIST_PATH_LIMITS

    limit = LIST_PATH_LIMITS["team"]
    seed_report.team = [copy.copy(seed_report.team[0]) for _ in range(limit)]
    with pytest.raises(UserError):
        edits.insert_row(seed_report, "team", 0, copy.copy(seed_report.team[0]))
    assert len(seed_report.team) == limit


@pytest.mark.parametrize("code", sorted(FIXABLE))
def test_a_fix_goes_through_the_edits_and_says_what_it_changed(code, library):
    national = library.get("national-2020")
    report = dict(case_reports(national))[code]
    before = copy.deepcopy(report)
    finding = next(f for f in _findings(report, national) if f.code == code)
    fix = fix_for(finding, report, national, score_report(report, national))
    done = fix.apply_to(report)
    assert done and done.roots() == diff(before, report).roots()


@pytest.mark.parametrize("code", sorted(FIXABLE))
def test_a_fix_is_one_edit_that_comes_back_whole_and_names_rows_by_id(code, library):
    """The edit the window's one undo step runs: planning it leaves the report as it was;
    applied, it changes what the fix says, rows named by id; taken back, the report is as before."""
    national = library.get("national-2020")
    report = dict(case_reports(national))[code]
    before = report_to_document(report)
    finding = next(f for f in _findings(report, national) if f.code == code)
    edit = fix_for(finding, report, national, score_report(report, national)).edit(report)
    assert edit is not None and report_to_document(report) == before  # planned, not applied
    done = edit.apply(report)
    assert report_to_document(report) != before
    touched = {path for path in done.fields if "[" in path} | {r.list_path for r in done.added}
    assert all("[#" in path for path in done.fields if "[" in path) and touched
    assert not _findings_of(report, national, code, finding.where)
    undone = edit.revert(report)
    assert undone.fields == done.fields and undone.removed == done.added
    assert report_to_document(report) == before
    edit.apply(report)  # redo, then undo again: the same report each time
    edit.revert(report)
    assert report_to_document(report) == before


def test_a_fix_adding_a_group_puts_its_rows_in_order_and_takes_them_all_back(library):
    national = library.get("national-2020")
    report = dict(case_reports(national))["missing_group"]
    before = report_to_document(report)
    finding = next(f for f in _findings(report, national) if f.code == "missing_group")
    fix = fix_for(finding, report, national, score_report(report, national))
    edit = fix.edit(report)
    done = edit.apply(report)
    at = fix.inserts[0][1]
    added = [row.row_id for row in report.indicators[at:at + len(fix.inserts)]]
    assert done.added == {RowRef("indicators", i) for i in added}
    assert [i.level2 for i in report.indicators[at:at + len(added)]] == [
        item.level2 for _, _, item in fix.inserts]
    edit.revert(report)
    assert report_to_document(report) == before


def test_a_draft_taken_into_its_section_is_one_edit_and_comes_back(seed_report, national):
    from perfeval_gui.core.narrative import adopt_draft, draft_section

    result = score_report(seed_report, national)
    seed_report.sections.analysis = "用户自己写的一句。"
    before = report_to_document(seed_report)
    edit = adopt_draft("analysis", seed_report, result)
    assert edit is not None and report_to_document(seed_report) == before
    assert edit.apply(seed_report) == Change(fields=frozenset(["sections.analysis"]))
    assert seed_report.sections.analysis == draft_section("analysis", seed_report, result)
    assert adopt_draft("analysis", seed_report, result) is None  # already holds it
    edit.revert(seed_report)
    assert report_to_document(seed_report) == before
    assert adopt_draft("measures", seed_report, result) is None  # the user's alone: no draft


def test_several_fields_and_several_rows_are_one_step_each(seed_report):
    before = report_to_document(seed_report)
    renamed = edits.set_fields(seed_report, [("indicators[0].level1", "新一级"),
                                             ("indicators[1].level1", "新一级")])
    rows = [Indicator(name="甲"), Indicator(name="乙")]
    added = edits.insert_rows(seed_report, "indicators", 1, rows)
    assert report_to_document(seed_report) == before  # both planned, neither applied
    first, second = seed_report.indicators[0].row_id, seed_report.indicators[1].row_id
    assert renamed.apply(seed_report).fields == {f"indicators[#{first}].level1",
                                                 f"indicators[#{second}].level1"}
    assert added.apply(seed_report).added == {RowRef("indicators", r.row_id) for r in rows}
    assert [i.name for i in seed_report.indicators[1:3]] == ["甲", "乙"]
    added.revert(seed_report)
    renamed.revert(seed_report)
    assert report_to_document(seed_report) == before
    assert edits.set_fields(seed_report, [("project.name", seed_report.project.name)]) is None


def test_rows_put_back_go_after_the_row_they_followed_among_rows_added_elsewhere(seed_report):
    mine = Indicator(name="本窗口新增")
    added = edits.insert_row(seed_report, "indicators", 2, mine)
    added.apply(seed_report)
    follows = seed_report.indicators[1].row_id
    seed_report.indicators.insert(0, Indicator(name="别处新增"))  # another window's row, taken in
    added.revert(seed_report)
    assert "本窗口新增" not in [i.name for i in seed_report.indicators]
    added.apply(seed_report)  # redo: after the row it followed, now one further down
    at = [i.row_id for i in seed_report.indicators].index(mine.row_id)
    assert seed_report.indicators[at - 1].row_id == follows and at == 3
    removed = edits.remove_row(seed_report, "indicators", at)
    removed.apply(seed_report)
    seed_report.indicators.append(Indicator(name="又一行"))
    removed.revert(seed_report)
    assert seed_report.indicators[at] is mine


def test_a_move_taken_back_leaves_rows_added_elsewhere_in_their_place(seed_report):
    count = len(seed_report.indicators)
    ids = [i.row_id for i in seed_report.indicators]
    moved = edits.reorder_rows(seed_report, "indicators", [*range(1, count), 0])
    moved.apply(seed_report)
    seed_report.indicators.insert(2, Indicator(name="别处新增"))
    moved.revert(seed_report)
    now = [i.row_id for i in seed_report.indicators]
    assert seed_report.indicators[2].name == "别处新增"
    assert [i for i in now if i in ids] == ids


def test_an_edit_says_whether_it_still_applies_to_the_rows_a_report_holds(seed_report):
    """What the window asks of its undo history after taking in another window's saves: each
    step, going back (or forward), on the report as the steps after it would leave it."""
    row = seed_report.indicators[0].row_id
    typed = edits.set_field(seed_report, "indicators[0].actual", "1次")
    typed.apply(seed_report)
    removed = edits.remove_row(seed_report, "indicators", 0)
    removed.apply(seed_report)
    replay = edits.Replay(seed_report)
    # back in turn: the removal first (puts the row back), then the edit of that row
    assert removed.still_applies(replay, back=True) and typed.still_applies(replay, back=True)
    assert not typed.still_applies(edits.Replay(seed_report), back=True)  # alone: its row is gone
    assert not removed.still_applies(edits.Replay(seed_report))  # redone: the row is not there
    named = edits.set_field(seed_report, "project.name", "新名称")
    assert not named.still_applies(edits.Replay(seed_report), back=True)  # not applied yet
    named.apply(seed_report)
    assert named.still_applies(edits.Replay(seed_report), back=True)
    added = edits.insert_row(seed_report, "team", 0, copy.copy(seed_report.team[0]))
    assert added.still_applies(edits.Replay(seed_report)) and not added.still_applies(
        edits.Replay(seed_report), back=True)
    assert edits.Steps([added]).still_applies(edits.Replay(seed_report))
    assert row not in edits.Replay(seed_report).rows["indicators"]


def test_a_field_another_window_set_since_cannot_be_taken_back(seed_report):
    """Taking my edit back would overwrite theirs: the step no longer applies, and neither do
    mine before it on that field (asked in turn)."""
    first = edits.set_field(seed_report, "indicators[1].actual", "甲")
    first.apply(seed_report)
    second = edits.set_field(seed_report, "indicators[1].actual", "乙")
    second.apply(seed_report)
    replay = edits.Replay(seed_report)
    assert second.still_applies(replay, back=True) and first.still_applies(replay, back=True)
    seed_report.indicators[1].actual = "另一窗口的值"  # their save, taken in
    assert not second.still_applies(edits.Replay(seed_report), back=True)


def test_another_windows_report_taken_in_is_held_and_the_change_says_what_differed(seed_report):
    theirs = copy.deepcopy(seed_report)
    theirs.indicators.insert(0, Indicator(name="别处新增"))
    theirs.indicators[2].actual = "别处填的值"
    theirs.project.name = "别处的名称"
    change = edits.take_in(seed_report, theirs)
    assert report_to_document(seed_report) == report_to_document(theirs)
    assert change.added == {RowRef("indicators", theirs.indicators[0].row_id)}
    assert "project.name" in change.fields
    assert not edits.take_in(seed_report, theirs)


def _findings_of(report, profile, code, where):
    return [f for f in _findings(report, profile) if f.code == code and f.where == where]


def _findings(report, profile):
    from perfeval_gui.core.checks import run_checks

    return run_checks(report, profile, score_report(report, profile))
