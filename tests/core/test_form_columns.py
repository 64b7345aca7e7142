"""Each form table's columns and the narrative's sections are described once, on the model's
fields, and every list that names them is that description: what prints is what reads back,
every section stands in the outline once and is found by its own heading, and the store's
tables and the changes' lists are the model's record tree."""

from __future__ import annotations

import dataclasses

import pytest

from perfeval_gui.core import changes
from perfeval_gui.core.fields import RECORD, list_paths, specs
from perfeval_gui.core.form_columns import (
    AMOUNT,
    CLEAR,
    FLAG,
    KEEP,
    POINTS,
    SHIFT_YEARS,
    TEXT,
    VALUE,
    column_named,
    form_columns,
    form_table,
    narrative_sections,
    printed_columns,
    window_columns,
)
from perfeval_gui.core.form_kinds import DECLARATION, MONITORING, SELF_EVALUATION
from perfeval_gui.core.limits import POINT_FIELDS
from perfeval_gui.core.model import SECTION_KEYS, FundRow, Indicator, Report, Sections, TeamMember
from perfeval_gui.core.monitoring_rules import CENTRAL
from perfeval_gui.core.outline import CHAPTERS, OUTLINE
from perfeval_gui.core.profiles import default_library
from perfeval_gui.export.layout import FORM_COLUMNS, TEAM_COLUMNS
from perfeval_gui.reader.header import role_of
from perfeval_gui.reader.report_body import section_of
from perfeval_gui.store.columns import CHILD_TABLES, ON_REPORT_ROW

TABLES = (Indicator, FundRow, TeamMember)


@pytest.mark.parametrize("record", TABLES)
def test_every_column_is_a_field_of_its_record_with_a_known_kind_and_next_year(record):
    fields = {f.name for f in dataclasses.fields(record)}
    for column in form_columns(record):
        assert column.field in fields
        assert column.kind in (TEXT, VALUE, POINTS, AMOUNT, FLAG)
        assert column.next_year in (KEEP, SHIFT_YEARS, CLEAR)
        assert column.en and (column.zh or column.window_zh or not column.prints), column


def test_the_printed_indicator_header_is_read_back_as_its_own_column():
    """What the 自评表 prints over a column, the reader takes for that column."""
    for column in printed_columns(Indicator):
        assert role_of(column.zh) == column.field, column.zh


def test_the_paper_grid_is_the_label_column_and_each_printed_column_s_width():
    printed = printed_columns(Indicator)
    assert len(FORM_COLUMNS) == 1 + len(printed)
    assert all(c.width_mm for c in printed)  # every printed indicator column has its paper width
    assert len(TEAM_COLUMNS) == len(printed_columns(TeamMember)) + 1  # and the signature's


def test_the_window_shows_every_column_meant_for_it_once():
    for record in TABLES:
        shown = [c.field for c in window_columns(record)]
        assert len(shown) == len(set(shown))
        assert set(shown) == {c.field for c in form_columns(record) if c.in_window}


def test_the_limit_on_points_is_every_points_column():
    assert set(POINT_FIELDS) == {c.field for c in form_columns(Indicator) if c.kind == POINTS}


def test_every_section_is_described_and_stands_in_the_outline_once():
    described = [s.key for s in narrative_sections(Sections)]
    assert tuple(described) == SECTION_KEYS
    in_outline = [key for _, parts in OUTLINE for _, key in parts if key in SECTION_KEYS]
    assert in_outline == described
    chapters = [name for name, _ in CHAPTERS]
    assert [name for name, _ in OUTLINE] == chapters
    assert all(s.chapter in chapters for s in narrative_sections(Sections))


def test_every_section_is_found_by_its_own_printed_heading():
    """The Word report prints a section's heading; reading it back finds that section."""
    for section in narrative_sections(Sections):
        assert section_of(section.heading) == (True, section.key), section.heading


def test_the_record_tree_s_lists_are_the_model_s():
    assert list_paths(Report) == ("funds.rows", "indicators", "team")
    assert changes.LIST_PATHS == list_paths(Report)
    assert list(CHILD_TABLES) == list(list_paths(Report))
    for path, (_table, record) in CHILD_TABLES.items():
        *parents, name = path.split(".")
        owner: type = Report
        for parent in parents:
            owner = next(s.record for s in specs(owner) if s.name == parent)
        assert next(s.record for s in specs(owner) if s.name == name) is record
    on_row = {attr for attr, _cls, _prefix in ON_REPORT_ROW[1:]}
    assert on_row | {"sections"} == {s.name for s in specs(Report) if s.kind == RECORD}


def test_each_form_of_the_year_has_its_own_indicator_table():
    """One Indicator row serves the 自评表, the 运行监控表 and the 申报表; each form's table names
    its own columns (annual-cycle.md)."""
    self_eval = [c.field for c in form_columns(Indicator)]
    monitoring = [c.field for c in form_columns(Indicator, MONITORING)]
    declaration = [c.field for c in form_columns(Indicator, DECLARATION)]
    assert self_eval == [c.field for c in form_columns(Indicator, SELF_EVALUATION)]
    assert "actual" in self_eval and "to_date" not in self_eval and "likelihood" not in self_eval
    assert monitoring == ["level1", "level2", "name", "target", "to_date", "projected", "causes",
                          "cause_text", "likelihood", "remarks"]
    assert declaration == ["level1", "level2", "name", "target"]
    declared_target = column_named(Indicator, "target", DECLARATION)
    assert (declared_target.zh, declared_target.split_value) == ("指标值", True)
    assert column_named(Indicator, "target").split_value is False
    assert [c.field for c in form_columns(FundRow, DECLARATION)] == ["label", "requested"]
    assert [c.field for c in form_columns(FundRow, MONITORING)] == [
        "label", "initial", "adjusted", "executed_to_date", "projected"]
    assert form_columns(TeamMember, MONITORING) == ()


def test_a_monitoring_table_follows_its_profile_and_its_period():
    """The central template asks a projection and the causes in each row; 湖北's 2019 form asks
    neither (causes once per form), and its period ends in June."""
    central = form_table(Indicator, MONITORING, CENTRAL, last_month=7)
    assert [c.zh for c in central][4:] == ["1–7月执行情况", "全年预计完成情况", "偏差原因分析",
                                           "偏差原因说明", "完成目标可能性", "备注"]
    hubei = default_library().get("hubei-huangshi-2019").monitoring
    assert [c.field for c in form_table(Indicator, MONITORING, hubei, last_month=6)] == [
        "level1", "level2", "name", "target", "to_date", "likelihood", "remarks"]
    assert [c.zh for c in form_table(FundRow, MONITORING, hubei, 6)][2] == "1-6月执行数"
    assert [c.zh for c in form_table(FundRow, MONITORING)][3] == "1–N月执行数"
    assert [c.field for c in printed_columns(Indicator, MONITORING)].count("cause_text") == 0


def test_a_province_s_own_header_leaves_the_english_one_its_month():
    """湖北 writes 半年度指标执行情况 (no month); the English window still says which months."""
    hubei = default_library().get("hubei-huangshi-2019").monitoring
    to_date = next(c for c in form_table(Indicator, MONITORING, hubei, 6) if c.field == "to_date")
    assert "{n}" not in to_date.zh + to_date.en and "1–6" in to_date.en


def test_a_profile_s_header_for_the_funds_projection_is_not_the_indicators_and_back():
    """FundRow and Indicator both have a ``projected`` field: a province heads the funds'
    全年预计执行数 by ``projected_funds`` (the column's header_key), the rows' by ``projected``."""
    rules = dataclasses.replace(CENTRAL, headers=(("projected", "预计全年完成"),
                                                  ("projected_funds", "预计全年支出")))

    def header(record: type) -> str:
        return next(c.zh for c in form_table(record, MONITORING, rules, 7) if c.field == "projected")

    assert (header(FundRow), header(Indicator)) == ("预计全年支出", "预计全年完成")


def test_a_column_standing_under_a_rule_names_a_rule_of_the_profile():
    """``needs`` is read as the name of a MonitoringRules truth (projection, causes_per_row): the
    central template has every such column, 湖北's form (no projection, causes once) none."""
    needing = [c for c in form_columns(Indicator, MONITORING) if c.needs]
    assert {c.needs for c in needing} == {"projection", "causes_per_row"}
    assert all(getattr(CENTRAL, c.needs) is True for c in needing)
    hubei = default_library().get("hubei-huangshi-2019").monitoring
    fields = {c.field for c in form_table(Indicator, MONITORING, hubei, 6)}
    assert fields.isdisjoint(c.field for c in needing)
    assert {c.field for c in needing} <= {c.field for c in form_table(Indicator, MONITORING, CENTRAL, 7)}


@pytest.mark.parametrize("period", ["1–7月", "1-7月份", "一至7月", "1~7月", "1 - 7 月"])
def test_every_reader_of_a_period_knows_the_same_ways_of_writing_it(period):
    """The funds' and the indicators' header words and the title's period read one pattern
    (PERIOD_MONTHS): a way of writing 1–7月 one of them knows, all know."""
    import re

    from perfeval_gui.reader.project_block import read_period_end

    executed = column_named(FundRow, "executed_to_date", MONITORING).reads
    done = column_named(Indicator, "to_date", MONITORING).reads
    assert re.fullmatch(executed, f"{period}执行数") and re.fullmatch(done, f"{period}执行情况")
    assert read_period_end([f"项目支出绩效目标执行监控表（{period}）"], 2024) == "2024-07-31"
