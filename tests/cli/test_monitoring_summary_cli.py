"""A department gathers the mid-year monitoring forms: ``summary`` lists each project's 执行率
against the time progress and its at-risk indicators (``--form monitoring``, or told by what
the year holds), for one period or each project's latest, as JSON lines, Excel and PDF; bad
input is one line and exit 2. ``score`` says the lag verdict's rule; ``archive`` keeps every
form, printing through the one check of which forms have a paper layout."""

from __future__ import annotations

import json
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from ..cycle_documents import declaration, hubei_monitoring, monitoring
from .test_cli import call


def write(folder, document, name):
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def second_project(executed="55", period="2024-07-31"):
    """Another project of the same year, 55 of 100 by 7-31: 3.33 points behind, not lagging."""
    document = monitoring()
    document["project_key"] = "road"
    document["project"]["name"] = "乡村道路养护"
    document["period_end"] = period
    document["funds"]["rows"][0]["executed_to_date"] = executed
    for row in document["indicators"]:
        row["likelihood"] = "确定能" if row["likelihood"] else None
    document["indicators"][1]["projected"] = "5项"
    return document


@pytest.fixture
def year_folder(tmp_path):
    folder = tmp_path / "year"
    folder.mkdir()
    write(folder, declaration(), "a-declaration.json")
    write(folder, monitoring(), "b-training.json")
    write(folder, second_project(), "c-road.json")
    return folder


def lines(out):
    *rows, totals = [json.loads(line) for line in out.splitlines()]
    return rows, totals["totals"]


def test_a_folder_of_monitoring_forms_is_summarised_as_such(capsys, year_folder):
    """No 自评表 in the folder: its monitoring forms are the 汇总; the declaration is named."""
    status, out, err = call(capsys, "summary", str(year_folder))
    assert status == 0
    # the declaration named by its file, and its form by its name, not its JSON key
    assert err.count("\n") == 1 and "a-declaration.json" in err and "这是绩效目标申报表" in err
    assert "this is a target declaration" in call(capsys, "--lang", "en", "summary", str(year_folder))[2]
    rows, totals = lines(out)
    assert [(r["project"], r["rate"], r["time_progress"], r["lags"]) for r in rows] == [
        ("农村实用技术培训", 30.0, 58.33, True), ("乡村道路养护", 55.0, 58.33, False)]
    assert [[a["name"] for a in r["at_risk"]] for r in rows] == [["推广实用技术"], []]
    assert rows[0]["at_risk"][0]["likelihood"] == "有可能"
    assert totals == {
        "form": "monitoring", "reports": 2, "skipped": 1, "period_end": "2024-07-31",
        "time_progress": 58.33, "budget": "200", "executed_to_date": "85", "projected": "190",
        "rate": 42.5, "lagging": 1, "at_risk_projects": 1, "possible": 1, "impossible": 0,
        "projection_misses": 1}


def test_each_project_s_latest_form_or_the_period_asked_for(capsys, year_folder):
    write(year_folder, second_project("20", "2024-06-30"), "d-road-june.json")
    rows, totals = lines(call(capsys, "summary", str(year_folder), "--form", "monitoring")[1])
    assert [(r["source"], r["period_end"]) for r in rows] == [
        ("b-training.json", "2024-07-31"), ("c-road.json", "2024-07-31")]
    status, out, _err = call(capsys, "summary", str(year_folder), "--period-end", "2024-06-30")
    rows, totals = lines(out)
    assert status == 0 and [r["source"] for r in rows] == ["d-road-june.json"]
    assert rows[0]["rate"] == 20.0 and rows[0]["time_progress"] == 50.0 and rows[0]["lags"]
    assert totals["period_end"] == "2024-06-30" and totals["reports"] == 1


@pytest.mark.parametrize("args, named", [
    (["--period-end", "2024-7-31x"], "--period-end"),
    (["--period-end", "2024-09-30"], "2024-07-31"),  # no form of that period: the ones found
    (["--form", "self_evaluation", "--period-end", "2024-07-31"], "--period-end"),
    (["--form", "declaration"], "--form"),
])
def test_bad_input_is_one_line_and_exit_2_writing_nothing(capsys, year_folder, tmp_path, args, named):
    xlsx = tmp_path / "m.xlsx"
    status, out, err = call(capsys, "summary", str(year_folder), *args, "--xlsx", str(xlsx))
    assert (status, out) == (2, "") and err.count("\n") == 1 and named in err
    assert not xlsx.exists()


def test_excel_and_pdf_hold_each_project_its_bar_data_and_the_at_risk_rows(capsys, year_folder, tmp_path):
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    status, out, _err = call(capsys, "summary", str(year_folder), "--year", "2024",
                             "--xlsx", str(xlsx), "--pdf", str(pdf))
    _rows, totals = lines(out)
    assert status == 0
    book = openpyxl.load_workbook(xlsx)
    values = openpyxl.load_workbook(xlsx, data_only=True)
    assert book.sheetnames == ["监控汇总", "风险指标", "执行率与时间进度"]
    sheet, seen = book["监控汇总"], values["监控汇总"]
    assert sheet["A1"].value == "2024年度项目支出绩效运行监控汇总表（截至7月31日）"
    header = [c.value for c in sheet[2]]
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=3, max_row=4)]
    assert [r[header.index("项目")] for r in table] == ["农村实用技术培训", "乡村道路养护"]
    assert [r[header.index("执行率（%）")] for r in table] == [30, 55]
    assert [r[header.index("时间进度（%）")] for r in table] == [58.33, 58.33]
    assert [r[header.index("执行进度")] for r in table] == ["滞后", None]
    assert [r[header.index("有可能（项）")] for r in table] == [1, 0]
    total = [c.value for c in seen[5]]
    assert sheet.cell(5, header.index("全年预算数（万元）") + 1).value == "=SUM(E3:E4)"
    assert total[header.index("全年预算数（万元）")] == 200
    assert total[header.index("执行率（%）")] == pytest.approx(totals["rate"])
    assert total[header.index("执行进度")] == 1
    risks = [[c.value for c in row] for row in book["风险指标"].iter_rows(min_row=3)]
    assert risks == [["子洲县农业农村局", "农村实用技术培训", "推广实用技术", "有可能", "≥5项", "2项", "4项",
                      "下半年集中推广"]]
    chart = [[c.value for c in row] for row in book["执行率与时间进度"].iter_rows(min_row=2, max_col=3)]
    assert chart == [["农村实用技术培训", 30, 58.33], ["乡村道路养护", 55, 58.33]]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for words in ("运行监控汇总表", "农村实用技术培训", "乡村道路养护", "推广实用技术", "下半年集中推广",
                  "合计 2 个项目", "执行进度滞后 1 个项目", "时间进度"):
        assert words in text


def _store_of_one_year(capsys, tmp_path):
    """A self-evaluation, two monitoring forms of one project (6-30 and 7-31) and another's."""
    from perfeval_gui.core import cycle
    from perfeval_gui.core.interchange import report_from_document, report_to_json

    db = str(tmp_path / "s.sqlite")
    after = json.loads(report_to_json(cycle.self_evaluation_from(report_from_document(monitoring()))))
    june = monitoring()
    june["period_end"] = "2024-06-30"
    june["funds"]["rows"][0]["executed_to_date"] = "10"
    for name, document in (("s.json", after), ("j.json", june), ("m.json", monitoring()),
                           ("r.json", second_project())):
        assert call(capsys, "import", str(write(tmp_path, document, name)), "--db", db)[0] == 0
    return db


def test_a_store_s_year_summarised_by_the_form_asked_for(capsys, tmp_path):
    db = _store_of_one_year(capsys, tmp_path)
    status, out, _err = call(capsys, "summary", "--db", db, "--year", "2024")
    rows, totals = lines(out)  # the year has a 自评表: the 汇总 as it always was
    assert status == 0 and len(rows) == 1 and "grade" in rows[0] and "lags" not in rows[0]
    status, out, err = call(capsys, "summary", "--db", db, "--year", "2024", "--form", "monitoring")
    rows, totals = lines(out)
    assert (status, err) == (0, "")
    assert [(r["source"], r["period_end"], r["rate"]) for r in rows] == [
        (3, "2024-07-31", 30.0), (4, "2024-07-31", 55.0)]
    assert totals["skipped"] == 0 and totals["lagging"] == 1
    rows, _totals = lines(call(capsys, "summary", "--db", db, "--year", "2024", "--form", "monitoring",
                               "--period-end", "2024-06-30")[1])
    assert [(r["source"], r["rate"]) for r in rows] == [(2, 10.0)]


def test_a_store_without_a_self_evaluation_that_year_gives_its_monitoring_summary(capsys, tmp_path):
    db = str(tmp_path / "s.sqlite")
    document = hubei_monitoring()
    assert call(capsys, "import", str(write(tmp_path, document, "h.json")), "--db", db)[0] == 0
    status, out, _err = call(capsys, "summary", "--db", db, "--year", "2019")
    rows, totals = lines(out)
    assert status == 0 and rows[0]["form"] == "monitoring" and rows[0]["rate"] == 51.25
    assert rows[0]["at_risk"][0]["likelihood"] == "完全不可能" and totals["impossible"] == 1


def test_score_says_the_lag_verdict_s_rule_and_gap(capsys, tmp_path):
    status, out, _err = call(capsys, "score", str(write(tmp_path, monitoring(), "m.json")))
    doc = json.loads(out)
    assert status == 0 and doc["funds"]["lags"] is True
    assert doc["lag_rule"] == {"form": "points", "threshold": 10.0} and doc["gap"] == -28.33


@pytest.mark.parametrize("make", [declaration, monitoring, hubei_monitoring])
def test_check_runs_on_every_form(capsys, tmp_path, make):
    status, out, err = call(capsys, "check", str(write(tmp_path, make(), "f.json")))
    assert status in (0, 1) and "findings" in json.loads(out) and "Traceback" not in err


def test_the_archive_prints_each_form_in_its_own_paper_layout(capsys, tmp_path):
    """A year's archive holds every form, each as JSON and as its own paper form."""
    from pypdf import PdfReader

    db = _store_of_one_year(capsys, tmp_path)
    assert call(capsys, "import", str(write(tmp_path, declaration(), "d.json")), "--db", db)[0] == 0
    target = tmp_path / "2024.zip"
    status, _out, err = call(capsys, "archive", "--db", db, "--year", "2024", "--out", str(target))
    assert (status, err) == (0, "")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        forms = {n[:-5]: json.loads(archive.read(n))["form"] for n in names
                 if n.endswith(".json") and n != "manifest.json"}
    printed = {n[:-4] for n in names if n.endswith(".pdf")}
    assert sorted(forms.values()) == ["declaration", "monitoring", "monitoring", "monitoring",
                                      "self_evaluation"]
    assert printed == set(forms)
    titles = {"declaration": "项目支出绩效目标申报表", "monitoring": "绩效目标执行监控表",
              "self_evaluation": "项目支出绩效自评表"}
    with zipfile.ZipFile(target) as archive:
        for stem, form in forms.items():
            pages = PdfReader(archive.open(f"{stem}.pdf")).pages
            assert titles[form] in "".join(p.extract_text() or "" for p in pages).replace(" ", "")
