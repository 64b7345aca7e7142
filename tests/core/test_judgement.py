"""A qualitative row whose actual names no grade awaits the user's judgement (domain §5): no
rule score (not 0), the rule total pending, until 达成 / 部分达成 / 未达成 is chosen for it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.interchange import report_from_json as read_report
from perfeval_gui.core.interchange import report_to_json
from perfeval_gui.core.messages import UserError
from perfeval_gui.core.narrative import draft_section, total_sentence
from perfeval_gui.core.report_json import score_document
from perfeval_gui.core.scoring import score_report
from perfeval_gui.core.summary import row_document, summary_row

from ..cli.test_cli import call
from .reports import clean_report

D = Decimal
WORDS = "受目的国受众欢迎显著"  # a real form's actual: says how it went, names no grade


def awaiting(profile, judgement=None, score=None):
    """The clean report with its 满意度 row (10 points) made qualitative without a grade."""
    report = clean_report(profile)
    row = report.indicators[3]
    row.target, row.actual, row.judgement, row.score = "受众满意", WORDS, judgement, score
    return report


def test_a_row_whose_words_name_no_grade_is_not_scored_zero(national):
    result = score_report(awaiting(national), national)
    s = result.indicators[3]
    assert s.kind == "qualitative" and s.pending and s.grade is None
    assert result.pending == [3]
    assert result.rule_total is None  # 89.5 (the others) would count the row as 0: false
    (group,) = [g for g in result.groups if g.level1 == "满意度指标"]
    assert group.rule_score is None
    assert not s.met  # no verdict either way


def test_the_score_document_lists_the_rows_awaiting_judgement(national):
    doc = score_document(awaiting(national), national)
    assert doc["pending"] == [3] and doc["rule_total"] is None
    row = doc["indicators"][3]
    assert row["rule_score"] is None and row["kind"] == "qualitative"
    assert row["actual"]["grade"] is None
    assert "待判定" in row["reason"]
    assert "pending" not in score_document(clean_report(national), national)  # none: no key


@pytest.mark.parametrize(("judgement", "rule"), [("达成", "10"), ("部分达成", "7"), ("未达成", "3")])
def test_a_judged_row_scores_by_the_profiles_band(national, judgement, rule):
    result = score_report(awaiting(national, judgement), national)
    s = result.indicators[3]
    assert not s.pending and s.judged and s.grade == judgement and s.rule_score == D(rule)
    assert result.pending == [] and result.rule_total == D("89.5") + D(rule)  # 执行率 95 %: 9.5


def test_the_words_win_over_a_stale_judgement(national):
    report = awaiting(national, "未达成")
    report.indicators[3].actual = "已达成"
    s = score_report(report, national).indicators[3]
    assert s.grade == "达成" and not s.judged and s.rule_score == 10


def test_a_self_score_outside_the_judged_band_is_an_error(national):
    report = awaiting(national, "部分达成", score=D("9.5"))  # 部分达成 is [6, 8) of 10
    found = {(f.code, f.where): f for f in run_checks(report, national)}
    band = found[("qualitative_band", "indicators[3].score")]
    assert band.severity == "error" and "部分达成" in band.message.text("zh")
    report.indicators[3].score = D(7)
    assert ("qualitative_band", "indicators[3].score") not in {
        (f.code, f.where) for f in run_checks(report, national)}


def test_a_row_awaiting_judgement_is_asked_about_and_nothing_else(national):
    found = [(f.code, f.where, f.severity) for f in run_checks(awaiting(national, score=D(9)), national)]
    assert ("judgement_pending", "indicators[3].actual", "warning") in found
    # no shortfall, no band, no unscorable: nothing is known to have fallen short
    assert {code for code, where, _ in found if where.startswith("indicators[3]")} == {"judgement_pending"}
    judged = run_checks(awaiting(national, "达成", score=D(9)), national)
    assert "judgement_pending" not in {f.code for f in judged}


def test_an_unscored_row_awaiting_judgement_is_drafted_as_pending_not_as_zero(national):
    report = awaiting(national)
    analysis = draft_section("analysis", report, score_report(report, national))
    sentence = next(line for line in analysis.split("。") if WORDS in line)
    assert sentence.endswith("得分待判定") and "得 0 分" not in sentence
    report.indicators[3].judgement = "达成"
    analysis = draft_section("analysis", report, score_report(report, national))
    assert "得 10 分" in next(line for line in analysis.split("。") if WORDS in line)


def test_the_drafts_give_no_verdict_and_the_total_says_pending(national):
    report = awaiting(national, score=D(9))
    result = score_report(report, national)
    analysis = draft_section("analysis", report, result)
    sentence = next(line for line in analysis.split("。") if WORDS in line)
    assert "未达到" not in sentence and "达到年度指标值" not in sentence
    assert "按评分规则计算的总分待判定（1 项定性指标待判定）" in total_sentence(result)
    assert WORDS not in draft_section("problems", report, result)


def test_the_judgement_travels_in_the_document_and_a_wrong_one_is_refused(national, seed_doc):
    report = awaiting(national, "部分达成")
    again = read_report(report_to_json(report))
    assert again.indicators[3].judgement == "部分达成"
    assert again.indicators[0].judgement is None
    assert "judgement" not in json.loads(report_to_json(read_report(json.dumps(seed_doc))))[
        "indicators"][0]  # absent stays absent
    seed_doc["indicators"][0]["judgement"] = "很好"
    with pytest.raises(UserError) as caught:
        read_report(json.dumps(seed_doc))
    assert caught.value.where == "indicators[0].judgement"


@pytest.mark.parametrize("score", [None, D(9)])
def test_summary_and_the_command_line_give_no_rule_total_while_pending(national, tmp_path, capsys,
                                                                       score):
    """A score typed for the row gives the self-assessed total (the rule total still waits);
    none typed, the total waits too: its 得分 is the rule score, unknown until judged."""
    report = awaiting(national, score=score)
    assert row_document(summary_row("r.json", report, national))["rule_total"] is None
    path = tmp_path / "r.json"
    path.write_text(report_to_json(report), encoding="utf-8")
    status, out, _err = call(capsys, "score", str(path))
    doc = json.loads(out)
    assert status == 0 and doc["pending"] == [3] and doc["rule_total"] is None
    db = tmp_path / "s.sqlite"
    call(capsys, "import", str(path), "--db", str(db))
    status, out, _err = call(capsys, "summary", "--db", str(db), "--year", "2023")
    first = json.loads(out.splitlines()[0])
    assert status == 0 and first["rule_total"] is None
    assert (first["total"] is None, first["grade"] is None) == (score is None, score is None)


def test_a_row_awaiting_judgement_with_no_score_typed_leaves_the_total_pending_not_a_sum_with_0(
        national):
    """Domain §5: a row awaiting judgement is never counted as 0. With no score typed its 得分
    is the rule score (report-format.md: score null = take the rule score), unknown as well:
    the total, its group's score and the grade are pending, and the report lists the row."""
    result = score_report(awaiting(national), national)
    assert result.total is None and result.grade is None and result.unscored == [3]
    (group,) = [g for g in result.groups if g.level1 == "满意度指标"]
    assert group.score is None and group.rule_score is None
    assert any(m.code == "score.total_pending" for m in result.reasons)
    doc = score_document(awaiting(national), national)
    assert (doc["total"], doc["grade"], doc["pending"]) == (None, None, [3])
    assert doc["indicators"][3]["score"] is None
    assert "总分与等级待定" in doc["reason"]
    assert "该项目自评总分待判定（1 项定性指标待判定且未填得分）" in total_sentence(result)
    assert "得 0 分" not in draft_section("analysis", awaiting(national), result)
    typed = score_report(awaiting(national, score=D(9)), national)  # the unit's own score counts
    assert typed.total == score_report(awaiting(national, "达成", D(9)), national).total
    assert typed.grade is not None and typed.unscored == [] and typed.rule_total is None
    judged = score_report(awaiting(national, "部分达成"), national)  # judged: the band's rule score
    assert judged.total is not None and judged.rule_total is not None and judged.pending == []


def test_the_printed_report_says_pending_where_it_gives_the_rule_total(national, tmp_path):
    import re

    from docx import Document
    from pypdf import PdfReader

    from perfeval_gui.export.writer import export_report

    report = awaiting(national, score=D(9))  # the unit's own score is printed as today
    report.sections.analysis = None  # drafted at export, from the table as it is now
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    export_report(report, national, pdf=pdf, docx=docx)
    word = Document(str(docx))
    row = [cell.text for cell in word.tables[1].rows[4].cells]
    assert WORDS in row and "9" in row
    paragraphs = "\n".join(p.text for p in word.paragraphs)
    assert "按评分规则计算的总分待判定" in paragraphs and "按评分规则计算为" not in paragraphs
    printed = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert "按评分规则计算的总分待判定" in printed


def test_the_text_is_not_held_to_a_score_the_table_does_not_give_yet(national):
    """A row awaiting judgement with no score typed has no 得分 in the table: a sentence giving
    it one, or giving the total, contradicts nothing (the total counts the row as 0, but no one
    said 0). Once a score is typed, the sentence is held to it again."""
    report = awaiting(national)
    name = report.indicators[3].name
    report.sections.analysis = f"{name}得 10 分。综上，自评总分 99.5 分。"
    codes = [f.code for f in run_checks(report, national) if f.where == "sections.analysis"]
    assert "text_score" not in codes
    report.indicators[3].score = D(6)
    found = [f for f in run_checks(report, national)
             if f.code == "text_score" and f.where == "sections.analysis"]
    assert found, "a typed 6 against the text's 10 is a contradiction again"


def test_the_printed_form_leaves_a_row_awaiting_judgement_unscored_and_its_total_pending(
        national, tmp_path):
    """On paper too: the row's 得分 is left blank (none was typed), the 总分 says 待判定 with
    the reason under it, and the file reads back as it was written — the score still null,
    the total sentence not taken for the user's text."""
    import re

    from docx import Document
    from pypdf import PdfReader

    from perfeval_gui.export.writer import export_report
    from perfeval_gui.reader.build import read_any_report

    report = awaiting(national)
    report.sections.analysis = None
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    export_report(report, national, pdf=pdf, docx=docx)
    table = Document(str(docx)).tables[1]
    row = [cell.text for cell in table.rows[4].cells]
    assert WORDS in row and "0" not in row[row.index(WORDS):]
    total = next(r for r in table.rows if r.cells[0].text == "总分")
    assert "待判定" in [c.text for c in total.cells] and "总分与等级待定" in total.cells[-1].text
    printed = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert "该项目自评总分待判定" in printed and "自评总分0" not in printed
    again = read_any_report(docx)
    assert again.indicators[3].score is None and again.indicators[3].actual == WORDS
    analysis = again.sections.analysis or ""  # the draft written at export, said once
    assert analysis.count("总分待判定") == 1 and analysis.rstrip().endswith("评价等级待判定后确定。")
    assert score_report(again, national).total is None
