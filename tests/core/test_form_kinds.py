"""Each of the year's forms is described once (core/form_kinds.py): a form without a
description fails here, and the tables that name a form elsewhere are read from it — the
reader's kinds, the messages, the order of the year on the list."""

from __future__ import annotations

from perfeval_gui.core.form_kinds import DECLARATION, FORM_KINDS, FORMS, MONITORING, SELF_EVALUATION
from perfeval_gui.core.forms import form_name
from perfeval_gui.core.project_chain import form_rank
from perfeval_gui.reader import KIND_NAMES

EXCEL_FORBIDDEN = set("[]:*?/\\")


def test_every_form_has_a_description_and_every_description_a_form():
    assert set(FORM_KINDS) == set(FORMS)
    assert all(kind.short_name and kind.title and kind.label and all(kind.named)
               for kind in FORM_KINDS.values())


def test_no_two_forms_share_a_name_or_a_place_in_the_year():
    for attribute in ("short_name", "title", "label", "named", "year_order"):
        values = [getattr(kind, attribute) for kind in FORM_KINDS.values()]
        assert len(set(values)) == len(values), attribute


def test_every_sheet_name_is_one_excel_takes():
    for kind in FORM_KINDS.values():
        assert 0 < len(kind.sheet) <= 31 and not EXCEL_FORBIDDEN & set(kind.sheet)


def test_the_forms_as_the_paper_and_the_templates_name_them():
    """The names the exports print (byte for byte what they printed before the description)."""
    named = {form: (k.short_name, k.title, k.label, k.landscape) for form, k in FORM_KINDS.items()}
    assert named == {SELF_EVALUATION: ("自评表", "项目支出绩效自评表", "自评", False),
                     MONITORING: ("监控表", "项目支出绩效目标执行监控表", "监控", True),
                     DECLARATION: ("申报表", "项目支出绩效目标申报表", "申报", False)}
    assert [k.has_narrative or k.has_team for k in FORM_KINDS.values()] == [True, False, False]


def test_the_reader_messages_and_the_list_name_each_form_by_its_description():
    for form, kind in FORM_KINDS.items():
        assert KIND_NAMES[form] == kind.short_name
        assert (form_name(form).text("zh"), form_name(form).text("en")) == kind.named
    assert KIND_NAMES["report"] == "自评报告"  # a kind of file read, not a form
    assert sorted(FORMS, key=form_rank) == [DECLARATION, MONITORING, SELF_EVALUATION]
