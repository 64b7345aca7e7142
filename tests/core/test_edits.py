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


def _findings(report, profile):
    from perfeval_gui.core.checks import run_checks

    return run_checks(report, profile, score_report(report, profile))
