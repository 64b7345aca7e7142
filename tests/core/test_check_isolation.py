"""A check that breaks inside the program never takes the app down: it becomes one warning
naming it, its traceback goes to the log, and every other check still speaks."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.core.checks import ERROR, WARNING, identity, run_checks
from perfeval_gui.core.messages import UserError, translate
from perfeval_gui.fault_log import log_path

from .reports import clean_report

MISTYPED_CODE = "91110000100000000X"


def broken(*_args, **_kwargs):
    raise RuntimeError("a bug inside the credit-code check")


@pytest.fixture
def faulty_credit_check(monkeypatch):
    monkeypatch.setattr(identity, "credit_code_valid", broken)


def test_a_mistyped_credit_code_is_reported_in_both_languages(national):
    report = clean_report(national)
    report.project.credit_code = MISTYPED_CODE
    (finding,) = [f for f in run_checks(report, national) if f.code == "credit_code_invalid"]
    assert MISTYPED_CODE in finding.message.text("zh") and "统一社会信用代码" in finding.message.text("zh")
    assert MISTYPED_CODE in finding.message.text("en") and "credit code" in finding.message.text("en")


def test_a_message_parameter_may_take_any_name():
    # the catalogue's own arguments are positional-only: no parameter name can collide with them
    assert translate("check.credit_code_invalid", "en", code="X", lang="zh").count('"X"') == 1
    error = UserError("project.name", "doc.not_amount", where="elsewhere", code="c", value="5x")
    assert error.where == "project.name" and "5x" in error.text("zh")


def test_a_fault_inside_one_check_is_one_warning_and_a_log_entry(national, faulty_credit_check):
    report = clean_report(national)
    report.project.credit_code = MISTYPED_CODE
    report.evaluation.phone = "12345"  # another check's finding, after the broken one
    report.indicators[0].weight = 35  # and one before it
    findings = run_checks(report, national)
    failed = [f for f in findings if f.code == "check_failed"]
    assert len(failed) == 1 and failed[0].severity == WARNING and failed[0].where == ""
    assert "credit_code" in failed[0].message.text("zh") and "已记录日志" in failed[0].message.text("zh")
    assert "credit_code" in failed[0].message.text("en")
    codes = [f.code for f in findings]
    assert "phone_malformed" in codes and "weights_sum" in codes
    assert "credit_code_invalid" not in codes
    log = log_path().read_text(encoding="utf-8")
    assert "RuntimeError: a bug inside the credit-code check" in log
    assert "identity.credit_code" in log and "Traceback" in log


def test_the_command_line_still_prints_its_findings_and_names_the_log(
        national, faulty_credit_check, tmp_path, capsys):
    from perfeval_gui.core.interchange import report_to_json

    from ..cli.test_cli import call

    report = clean_report(national)
    report.project.credit_code = MISTYPED_CODE
    path = tmp_path / "r.json"
    path.write_text(report_to_json(report), encoding="utf-8")
    status, out, err = call(capsys, "check", str(path))
    findings = json.loads(out)["findings"]
    assert [f["code"] for f in findings] == ["check_failed"]
    assert status == 0  # the other checks found no error: the exit follows them
    assert err.count("\n") == 1 and str(log_path()) in err and "Traceback" not in err

    report.evaluation.date = "2023-06-01"  # an error the other checks do find
    path.write_text(report_to_json(report), encoding="utf-8")
    status, out, err = call(capsys, "check", "--lang", "en", str(path))
    severities = {f["code"]: f["severity"] for f in json.loads(out)["findings"]}
    assert severities == {"check_failed": WARNING, "date_in_year": ERROR}
    assert status == 1 and str(log_path()) in err and "failed" in err

    status, out, err = call(capsys, "score", str(path))
    assert status == 0 and json.loads(out)["total"] and str(log_path()) in err


def test_exports_still_work_with_a_broken_check(national, faulty_credit_check, tmp_path, capsys):
    from docx import Document

    from perfeval_gui.core.interchange import report_to_json

    from ..cli.test_cli import call

    report = clean_report(national)
    report.project.credit_code = MISTYPED_CODE
    path = tmp_path / "r.json"
    path.write_text(report_to_json(report), encoding="utf-8")
    out_docx = tmp_path / "r.docx"
    status, _out, err = call(capsys, "export", str(path), "--docx", str(out_docx))
    assert status == 0 and str(log_path()) in err
    text = "\n".join(p.text for p in Document(str(out_docx)).paragraphs)
    assert "农村公路养护工程" in text and MISTYPED_CODE in text


def test_no_log_folder_still_no_crash(national, faulty_credit_check, monkeypatch, tmp_path):
    import perfeval_gui.fault_log as fault_log

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setattr(fault_log, "log_path", lambda: blocked / "logs" / "x.log")
    monkeypatch.setattr(fault_log.tempfile, "gettempdir", lambda: str(blocked))
    report = clean_report(national)
    report.project.credit_code = MISTYPED_CODE
    (failed,) = [f for f in run_checks(report, national) if f.code == "check_failed"]
    assert failed.message.params["log"] == ""
