"""A 偏差 cell saying only 无 / 无偏差 / / / — / - / 不适用 explains nothing: as an empty cell for
the checks and the drafts; the export prints what the user wrote."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.explanations import explanation, says_nothing
from perfeval_gui.core.narrative import draft_section
from perfeval_gui.core.scoring import score_report

from .reports import clean_report

D = Decimal
NONE_WORDS = ["无", "无偏差", "/", "—", "-", "不适用", " 无。", "／", "－", "——", "无偏差。"]


@pytest.mark.parametrize("written", NONE_WORDS)
def test_words_meaning_none_say_nothing(written):
    assert says_nothing(written) and explanation(written) == ""


@pytest.mark.parametrize("written", ["无人机故障导致延期", "受疫情影响", "无法按期完成，已督促", "1-2月停工"])
def test_real_reasons_are_explanations(written):
    assert not says_nothing(written) and explanation(written) == written


def codes_at(report, profile, where):
    return {f.code for f in run_checks(report, profile) if f.where == where}


@pytest.mark.parametrize("written", ["无", "无偏差", "/", "—", "-", "不适用"])
def test_a_met_row_saying_none_raises_nothing(national, written):
    report = clean_report(national)
    for row in report.indicators:  # the form whose column says only 无: 7 findings before
        row.deviation = written
    found = [f for f in run_checks(report, national) if f.code == "deviation_without_shortfall"]
    assert found == []


@pytest.mark.parametrize("written", ["无", "/", "不适用"])
def test_a_shortfall_or_a_surplus_explained_by_none_is_unexplained(national, written):
    report = clean_report(national)
    report.indicators[1].actual, report.indicators[1].deviation = "80%", written  # ≥95%
    report.indicators[0].actual, report.indicators[0].deviation = "70公里", written  # ≥50: 140 %
    assert "shortfall_unexplained" in codes_at(report, national, "indicators[1].deviation")
    assert "over_achieved" in codes_at(report, national, "indicators[0].deviation")


def test_the_drafts_give_no_none_as_a_reason_and_the_export_prints_it(national, tmp_path):
    from docx import Document

    from perfeval_gui.export.writer import export_report

    report = clean_report(national)
    report.indicators[1].actual, report.indicators[1].deviation = "80%", "无"
    result = score_report(report, national)
    for key in ("analysis", "problems"):
        draft = draft_section(key, report, result)
        assert "原因：无" not in draft and "：无。" not in draft
    report.sections.analysis = None
    export_report(report, national, docx=tmp_path / "r.docx")
    row = [c.text for c in Document(str(tmp_path / "r.docx")).tables[1].rows[2].cells]
    assert row[-1] == "无"  # what the user wrote
