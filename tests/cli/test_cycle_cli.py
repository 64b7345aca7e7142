"""The command line with the year's other forms: ``score`` of a monitoring form gives its
execution, the time progress and the projected results (no points), ``check`` runs the form's
own checks, ``import`` and ``dump`` keep every form; bad input is one line naming the field."""

from __future__ import annotations

import json

import pytest

from ..cycle_documents import declaration, hubei_monitoring, monitoring
from .test_cli import call


def write(tmp_path, document, name="form.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_score_of_a_monitoring_form_gives_execution_time_and_projections(capsys, tmp_path):
    status, out, err = call(capsys, "score", str(write(tmp_path, monitoring())))
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert not {"total", "rule_total", "grade", "groups"} & set(doc)  # no points
    assert doc["form"] == "monitoring" and doc["period_end"] == "2024-07-31"
    assert doc["time_progress"] == 58.33
    assert doc["funds"] == {"budget": "100", "executed_to_date": "30", "projected": "95",
                            "rate": 30.0, "projected_rate": 95.0, "lags": True}
    assert [r["projection_meets"] for r in doc["indicators"]] == [True, False, True]
    assert doc["indicators"][1]["projected"] == {"op": None, "value": 4, "unit": "项"}
    assert doc["at_risk"] == [1]
    assert [f["code"] for f in doc["findings"]] == ["execution_lags"]


def test_score_of_the_hubei_form_reads_its_period_from_the_profile(capsys, tmp_path):
    document = hubei_monitoring()
    del document["period_end"]
    status, out, _err = call(capsys, "score", "--lang", "en", str(write(tmp_path, document)))
    doc = json.loads(out)
    assert status == 0 and doc["period_end"] == "2019-06-30" and doc["time_progress"] == 50.0
    assert all(r["projection_meets"] is None for r in doc["indicators"])  # no projection per row
    assert doc["at_risk"] == [2]


def test_score_of_a_declaration_reads_its_targets(capsys, tmp_path):
    status, out, _err = call(capsys, "score", str(write(tmp_path, declaration())))
    doc = json.loads(out)
    assert status == 0 and doc["form"] == "declaration" and doc["requested"] == "120"
    assert doc["indicators"][1]["target"] == {"op": "≤", "value": "2024-12-31", "unit": "date"}
    assert doc["findings"] == []


def test_check_runs_the_form_s_checks_and_exits_1_on_an_error(capsys, tmp_path):
    document = monitoring()
    document["funds"]["rows"][0]["projected"] = "120"
    status, out, _err = call(capsys, "check", "--lang", "en", str(write(tmp_path, document)))
    findings = json.loads(out)["findings"]
    assert status == 1
    assert [(f["code"], f["where"]) for f in findings] == [
        ("execution_lags", "funds.rows[0].executed_to_date"),
        ("projected_above_budget", "funds.rows[0].projected")]


def test_check_of_a_declaration_holds_its_targets_as_the_self_evaluation_s(capsys, tmp_path):
    document = declaration()
    document["indicators"][0]["target"] = "600"
    status, out, _err = call(capsys, "check", str(write(tmp_path, document)))
    assert status == 0
    assert {f["code"] for f in json.loads(out)["findings"]} == {"bare_target", "target_without_unit"}


@pytest.mark.parametrize("make", [declaration, monitoring, hubei_monitoring])
def test_import_and_dump_keep_every_form(capsys, tmp_path, make):
    document = make()
    db = tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(write(tmp_path, document)), "--db", str(db))
    assert (status, err) == (0, "")
    status, dumped, _err = call(capsys, "dump", "--db", str(db), "--id", out.strip())
    expected = json.loads(json.dumps(document, ensure_ascii=False).replace('"不可能"', '"完全不可能"'))
    assert status == 0 and json.loads(dumped) == expected


def test_a_period_end_outside_the_year_is_one_line_naming_the_field(capsys, tmp_path):
    document = monitoring()
    document["period_end"] = "2025-07-31"
    db = tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(write(tmp_path, document)), "--db", str(db))
    assert (status, out) == (2, "") and not db.exists()
    assert err.count("\n") == 1 and "period_end" in err and "2025-07-31" in err


@pytest.mark.parametrize("make", [declaration, monitoring, hubei_monitoring])
def test_export_prints_each_form_and_read_and_import_take_it_back(capsys, tmp_path, make):
    """export → .docx / .xlsx / .pdf of the form's own paper; read gives the form back as JSON
    (the form, its period, its rows), import stores it as that form."""
    document = make()
    source = write(tmp_path, document)
    out = {kind: tmp_path / f"form.{kind}" for kind in ("pdf", "docx", "xlsx")}
    status, _out, err = call(capsys, "export", str(source), *(a for kind, path in out.items()
                                                              for a in (f"--{kind}", str(path))))
    assert status == 0 and "Traceback" not in err and all(p.stat().st_size for p in out.values())
    for kind in ("docx", "xlsx"):
        status, text, err = call(capsys, "read", str(out[kind]))
        assert (status, err) == (0, "")
        read = json.loads(text)
        assert read["form"] == document["form"] and read.get("period_end") == document.get("period_end")
        assert read["project_key"] == document["project_key"]  # from the file's keywords
        assert [(r["name"], r["target"]) for r in read["indicators"]] == [
            (r["name"], r["target"]) for r in document["indicators"]]
        db = tmp_path / f"{kind}.sqlite"
        status, ids, err = call(capsys, "import", str(out[kind]), "--db", str(db))
        assert (status, err) == (0, "")
        status, dumped, _err = call(capsys, "dump", "--db", str(db), "--id", ids.strip())
        assert json.loads(dumped)["form"] == document["form"]
        assert json.loads(dumped)["project_key"] == document["project_key"]


def test_a_self_evaluation_s_reason_and_key_come_back_through_read(capsys, tmp_path):
    """export of a 自评表 made from the monitoring form prints the changed target's 调整原因 in
    its 偏差 cell; read gives the reason and the deviation apart again, and the project key."""
    from perfeval_gui.core import cycle
    from perfeval_gui.core.interchange import report_from_document, report_to_json

    report = cycle.self_evaluation_from(report_from_document(monitoring()))
    for row in report.indicators:
        row.actual = row.projected
    report.indicators[2].deviation = "样本偏少"
    source = tmp_path / "自评.json"
    source.write_text(report_to_json(report), encoding="utf-8")
    docx = tmp_path / "自评.docx"
    assert call(capsys, "export", str(source), "--docx", str(docx))[0] == 0
    status, text, err = call(capsys, "read", str(docx))
    assert (status, err) == (0, "")
    read = json.loads(text)
    assert read["project_key"] == report.project_key
    row = read["indicators"][2]
    assert (row["deviation"], row["target_reason"]) == ("样本偏少", "上级要求提高")


def test_export_of_a_form_with_bad_input_is_one_line_and_writes_nothing(capsys, tmp_path):
    document = monitoring()
    document["period_end"] = "2025-07-31"
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    status, _out, err = call(capsys, "export", str(write(tmp_path, document)), "--pdf", str(pdf),
                             "--xlsx", str(xlsx))
    assert status == 2 and err.count("\n") == 1 and "period_end" in err
    assert not pdf.exists() and not xlsx.exists()


def test_read_of_a_workbook_holding_no_form_is_one_line(capsys, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["年初预算数", "1-6月执行数", "全年预计执行数"])  # funds, no indicators
    book.save(tmp_path / "funds.xlsx")
    status, out, err = call(capsys, "read", str(tmp_path / "funds.xlsx"))
    assert (status, out) == (2, "") and err.count("\n") == 1 and "funds.xlsx" in err


def test_a_year_archive_keeps_each_form_each_printed_as_itself(capsys, tmp_path):
    """The year's declaration and monitoring form go into the archive as their JSON and their
    own paper form (never as a 自评表 the unit did not make); the archive imports back whole."""
    import zipfile

    from perfeval_gui.core import cycle
    from perfeval_gui.core.interchange import report_from_document, report_to_json

    db = str(tmp_path / "s.sqlite")
    after = cycle.self_evaluation_from(report_from_document(monitoring()))
    for name, document in (("d.json", declaration()), ("m.json", monitoring()),
                           ("s.json", json.loads(report_to_json(after)))):
        assert call(capsys, "import", str(write(tmp_path, document, name)), "--db", db)[0] == 0
    target = tmp_path / "2024.zip"
    status, _out, err = call(capsys, "archive", "--db", db, "--year", "2024", "--out", str(target))
    assert (status, err) == (0, "")
    with zipfile.ZipFile(target) as archive:
        members = [n for n in archive.namelist() if n != "manifest.json"]
        forms = {n[:-5]: json.loads(archive.read(n)).get("form") for n in members if n.endswith(".json")}
    printed = {n[:-4] for n in members if n.endswith(".pdf")}
    assert sorted(forms.values()) == ["declaration", "monitoring", "self_evaluation"]
    assert printed == set(forms)
    other = str(tmp_path / "t.sqlite")
    status, out, _err = call(capsys, "import", str(target), "--db", other)
    assert status == 0 and len(out.split()) == 3
    listed = [json.loads(line) for line in call(capsys, "list", "--db", other)[1].splitlines()]
    assert len(listed) == 3


@pytest.mark.parametrize("document", [declaration, monitoring])
def test_the_export_itself_prints_each_form_on_its_own_paper(tmp_path, document):
    """Below the command line too (the window's 导出 and 打印 call the same function): a
    declaration or a monitoring form is never printed as a 自评表 and 自评报告."""
    from pypdf import PdfReader

    from perfeval_gui.core.interchange import report_from_document
    from perfeval_gui.core.profiles import default_library
    from perfeval_gui.export.writer import export_report

    report = report_from_document(document())
    pdf = tmp_path / "o.pdf"
    export_report(report, default_library().get(report.profile), pdf=pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "自评" not in text
    assert ("申报表" if report.form == "declaration" else "执行监控表") in text


def _one_project_through_its_year(tmp_path):
    """The declaration, the monitoring form and the self-evaluation of one project, as files."""
    from perfeval_gui.core import cycle
    from perfeval_gui.core.interchange import report_from_document, report_to_json

    after = cycle.self_evaluation_from(report_from_document(monitoring()))
    after.funds.total_row.executed = after.funds.total_row.adjusted or after.funds.total_row.initial
    folder = tmp_path / "year"
    folder.mkdir()
    return [write(folder, document, name) for name, document in (
        ("d.json", declaration()), ("m.json", monitoring()), ("s.json", json.loads(report_to_json(after))))]


def test_the_summary_counts_a_project_once_not_once_per_form(capsys, tmp_path, monkeypatch):
    """The 汇总 is one line per 自评表: the project's declaration and monitoring form add no
    line, no 未评定 report and no second budget — from a store (writable or not) and a folder,
    where the two files are named as skipped and why."""
    from perfeval_gui.store.repository import ReportStore

    files = _one_project_through_its_year(tmp_path)
    db = str(tmp_path / "s.sqlite")
    for path in files:
        assert call(capsys, "import", str(path), "--db", db)[0] == 0

    def one_line(out):
        *lines, totals = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == 1 and lines[0]["source"] in (3, "s.json")
        assert totals["totals"]["reports"] == 1 and sum(totals["totals"]["grades"].values()) == 1
        assert totals["totals"]["budget"] == lines[0]["budget"]
        return totals["totals"]["skipped"]

    status, out, err = call(capsys, "summary", "--db", db, "--year", "2024")
    assert (status, err) == (0, "") and one_line(out) == 0
    status, out, err = call(capsys, "summary", str(files[0].parent))
    assert status == 0 and one_line(out) == 2
    assert sorted(line.split(":")[1].strip() for line in err.splitlines()) == ["d.json", "m.json"]
    assert "form" in err

    def refuse(self, items):
        from perfeval_gui.core.messages import UserError
        raise UserError(db, "store.readonly", detail="read-only")
    monkeypatch.setattr(ReportStore, "set_summaries", refuse)
    with ReportStore(db) as store:
        store.db.execute("UPDATE reports SET errors = NULL")  # figures missing: read from reports
    status, out, err = call(capsys, "summary", "--db", db, "--year", "2024")
    assert (status, err) == (0, "") and one_line(out) == 0


def test_read_of_a_monitoring_form_ending_outside_its_year_is_one_line_naming_it(capsys, tmp_path):
    from ..reader.builders import write_xlsx
    from ..reader.test_cycle_forms_read import hubei_grid

    grid = hubei_grid()
    grid.rows[0][0] = "2019年度项目支出绩效监控表（截至2020年6月30日）"
    path = write_xlsx(tmp_path / "m.xlsx", [grid])
    for command in (["read", str(path)], ["import", str(path), "--db", str(tmp_path / "s.sqlite")]):
        status, out, err = call(capsys, *command)
        assert (status, out) == (2, "") and err.count("\n") == 1 and "period_end" in err
    assert not (tmp_path / "s.sqlite").exists()


def test_a_profile_ending_the_period_on_02_29_means_february_s_end_in_a_common_year(
        capsys, tmp_path, monkeypatch):
    """A user's profile may name 02-29 (a leap year has it): a 2023 form without its own
    period end is read to 2023-02-28 by score, export and the summary — not an internal error."""
    from perfeval_gui.core import profiles

    home = tmp_path / "home"
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(home))
    monkeypatch.setattr(profiles, "_default_library", None)
    (home / "profiles").mkdir(parents=True)
    hubei = (profiles.resource_path("profiles") / "hubei-huangshi-2019.toml").read_text(encoding="utf-8")
    (home / "profiles" / "leap.toml").write_text(
        hubei.replace('id = "hubei-huangshi-2019"', 'id = "leap-end"')
        .replace('period_end = "06-30"', 'period_end = "02-29"'), encoding="utf-8")
    document = monitoring()
    del document["period_end"]
    document.update(year=2023, profile="leap-end")
    path = write(tmp_path, document)
    status, out, err = call(capsys, "score", str(path))
    assert (status, err) == (0, "") and json.loads(out)["period_end"] == "2023-02-28"
    status, _out, err = call(capsys, "export", str(path), "--pdf", str(tmp_path / "form.pdf"))
    assert (status, err) == (0, "") and (tmp_path / "form.pdf").stat().st_size > 0
    db = str(tmp_path / "year.sqlite")
    assert call(capsys, "import", "--db", db, str(path))[0] == 0
    status, out, err = call(capsys, "summary", "--db", db, "--year", "2023")
    assert (status, err) == (0, "") and '"period_end": "2023-02-28"' in out


def test_a_word_file_cut_short_is_refused_in_the_user_s_words(capsys, tmp_path):
    """A .docx copied half (its zip directory missing) is named damaged — not in Python's
    English ("File is not a zip file") inside a Chinese line."""
    whole = tmp_path / "whole.docx"
    assert call(capsys, "export", str(write(tmp_path, declaration(), "d.json")), "--docx",
                str(whole))[0] == 0
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole.read_bytes()[:3000])
    status, out, err = call(capsys, "import", str(cut), "--db", str(tmp_path / "s.sqlite"))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "文件已损坏或没有复制完整" in err and "zip file" not in err
    assert not (tmp_path / "s.sqlite").exists()


def test_an_archive_of_a_year_without_reports_is_refused(capsys, tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert call(capsys, "import", str(write(tmp_path, declaration(), "d.json")), "--db", db)[0] == 0
    target = tmp_path / "1800.zip"
    status, out, err = call(capsys, "archive", "--db", db, "--year", "1800", "--out", str(target))
    assert (status, out) == (2, "") and err.count("\n") == 1 and "1800 年度没有报告" in err
    assert not target.exists()
