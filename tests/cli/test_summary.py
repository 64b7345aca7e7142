"""A department gathers its units' reports: the year's table, its totals, Excel and PDF,
from a store or from a folder of files; and year archives carried between PCs."""

from __future__ import annotations

import json
import statistics
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from perfeval_gui.cli import run
from perfeval_gui.core.interchange import report_from_json, report_to_json
from perfeval_gui.core.scoring import score_report
from perfeval_gui.store.repository import ReportStore


def call(capsys, *args: str) -> tuple[int, str, str]:
    try:
        status = run(list(args))
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def variants(seed_doc: dict, count: int) -> list[dict]:
    """Reports of several units and sizes: executed and scores differ, so totals are not trivial."""
    docs = []
    for i in range(count):
        doc = json.loads(json.dumps(seed_doc))
        doc["project"]["name"] = f"第{i + 1}号项目"
        doc["project"]["unit"] = f"单位{i % 3}"
        row = doc["funds"]["rows"][0]
        row["initial"] = str(10 + i)
        row["executed"] = str(Decimal(10 + i) * Decimal("0.8") if i % 2 else 10 + i)
        doc["indicators"][0]["score"] = 10 - (i % 4)
        docs.append(doc)
    return docs


@pytest.fixture
def folder(tmp_path, seed_doc):
    where = tmp_path / "reports"
    where.mkdir()
    for i, doc in enumerate(variants(seed_doc, 5)):
        (where / f"r{i}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return where


def test_a_folder_gives_one_row_per_report_and_totals_computed_from_the_reports(capsys, folder, national):
    status, out, err = call(capsys, "summary", str(folder), "--year", "2023")
    assert (status, err) == (0, "")
    lines = [json.loads(line) for line in out.splitlines()]
    rows, totals = lines[:-1], lines[-1]["totals"]
    assert [r["source"] for r in rows] == [f"r{i}.json" for i in range(5)]
    reports = [report_from_json((folder / f"r{i}.json").read_text(encoding="utf-8")) for i in range(5)]
    results = [score_report(r, national) for r in reports]
    budget = sum(r.funds.rows[0].initial for r in reports)
    executed = sum(r.funds.rows[0].executed for r in reports)
    assert Decimal(totals["budget"]) == budget and Decimal(totals["executed"]) == executed
    assert totals["rate"] == pytest.approx(float(executed / budget * 100), abs=0.005)
    assert totals["mean_total"] == pytest.approx(float(sum(r.total for r in results) / 5), abs=0.005)
    assert totals["median_total"] == pytest.approx(float(statistics.median(r.total for r in results)),
                                                   abs=0.005)
    assert sum(totals["grades"].values()) == 5 == totals["reports"]
    assert totals["grades"] == {g: sum(r.grade == g for r in results) for g in totals["grades"]} | {
        "none": 0}
    assert rows[1]["rate"] == 80 and rows[1]["errors"] >= 1


def test_unreadable_files_are_skipped_counted_and_named(capsys, folder):
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    status, out, err = call(capsys, "summary", str(folder))
    assert status == 0
    assert json.loads(out.splitlines()[-1])["totals"]["skipped"] == 2
    assert "broken.json" in err and "notes.txt" in err and len(err.splitlines()) == 2


def test_a_folder_with_nothing_readable_is_bad_input(capsys, tmp_path):
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    status, out, err = call(capsys, "summary", str(tmp_path))
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "没有读到可汇总的自评表（1 个文件无法读取或不是自评表）" in err


def test_a_folder_without_the_form_asked_is_one_line_counting_what_it_passed_over(
        capsys, tmp_path, seed_doc):
    """The 自评表's and the 监控表's 汇总 alike: one line, the files passed over counted."""
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    (tmp_path / "s.json").write_text(json.dumps(seed_doc, ensure_ascii=False), encoding="utf-8")
    status, out, err = call(capsys, "summary", str(tmp_path), "--form", "monitoring")
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert "没有读到可汇总的运行监控表（2 个文件无法读取或不是运行监控表）" in err


def test_from_the_store_by_year(capsys, tmp_path, seed_doc):
    db = tmp_path / "s.sqlite"
    with ReportStore(db) as store:
        for doc in variants(seed_doc, 3):
            store.create(report_from_json(json.dumps(doc)))
        other = variants(seed_doc, 1)[0] | {"year": 2024}
        store.create(report_from_json(json.dumps(other)))
    status, out, _ = call(capsys, "summary", "--db", str(db), "--year", "2023")
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [r["source"] for r in lines[:-1]] == [1, 2, 3]
    assert lines[-1]["totals"]["reports"] == 3


def test_excel_and_pdf_hold_every_row_and_the_totals_as_formulas(capsys, folder, tmp_path):
    xlsx, pdf = tmp_path / "sum.xlsx", tmp_path / "sum.pdf"
    status, out, _ = call(capsys, "summary", str(folder), "--year", "2023", "--xlsx", str(xlsx),
                          "--pdf", str(pdf))
    assert status == 0
    totals = json.loads(out.splitlines()[-1])["totals"]
    sheet = openpyxl.load_workbook(xlsx)["汇总"]
    values = openpyxl.load_workbook(xlsx, data_only=True)["汇总"]
    projects = [sheet.cell(row=r, column=2).value for r in range(3, 8)]
    assert projects == [f"第{i + 1}号项目" for i in range(5)]
    assert isinstance(sheet.cell(row=3, column=4).value, (int, float))  # numbers as numbers
    total_row = 8
    assert sheet.cell(row=total_row, column=4).value == "=SUM(D3:D7)"
    assert sheet.cell(row=total_row, column=7).value == "=AVERAGE(G3:G7)"
    assert values.cell(row=total_row, column=4).value == pytest.approx(float(totals["budget"]))
    assert values.cell(row=total_row, column=6).value == pytest.approx(totals["rate"], abs=0.01)
    assert values.cell(row=total_row, column=7).value == pytest.approx(totals["mean_total"], abs=0.01)
    book = openpyxl.load_workbook(xlsx, data_only=True)
    assert {"等级分布", "执行率", "自评与规则"} <= set(book.sheetnames)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for i in range(5):
        assert f"第{i + 1}号项目" in text
    assert "等级分布" in text and "合计 5 份" in text


def test_an_unwritable_second_output_leaves_neither(capsys, folder, tmp_path):
    xlsx = tmp_path / "sum.xlsx"
    status, _, err = call(capsys, "summary", str(folder), "--xlsx", str(xlsx),
                          "--pdf", str(tmp_path / "missing" / "sum.pdf"))
    assert status == 3 and err.count("\n") == 1
    assert list(tmp_path.glob("*.xlsx")) == [] and not list(tmp_path.glob(".*"))


def test_an_archive_of_fifty_reports_round_trips(capsys, tmp_path, seed_doc):
    db, copy_db, out = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "2023.zip"
    with ReportStore(db) as store:
        ids = [store.create(report_from_json(json.dumps(d))) for d in variants(seed_doc, 50)]
        before = [report_to_json(store.load(i)) for i in ids]
    status, printed, _ = call(capsys, "archive", "--db", str(db), "--year", "2023", "--out", str(out))
    assert status == 0 and printed.strip() == str(out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert len(names) == 101 and sum(n.endswith(".pdf") for n in names) == 50
    assert set(manifest["files"]) == set(names) - {"manifest.json"}
    status, printed, _ = call(capsys, "import", str(out), "--db", str(copy_db))
    assert status == 0 and len(printed.split()) == 50
    with ReportStore(copy_db) as store:
        after = [report_to_json(store.load(int(i))) for i in printed.split()]
    assert after == before


def _archive(path, members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compress) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.fixture
def good_members(seed_text, seed_report):
    from perfeval_gui.core.interchange import fingerprint

    manifest = {"format": "perfeval-archive", "year": 2023,
                "files": {"0001-a.json": fingerprint(seed_report)}}
    return {"0001-a.json": seed_text.encode(), "manifest.json": json.dumps(manifest).encode()}


@pytest.mark.parametrize("damage, words", [
    ("outside", "指向归档之外"),
    ("bomb", "压缩炸弹"),
    ("fingerprint", "指纹不符"),
    ("broken", "已损坏"),
    ("no_manifest", "manifest.json"),
])
def test_a_bad_archive_is_refused_with_a_message_and_nothing_written(
        capsys, tmp_path, good_members, seed_doc, damage, words):
    members = dict(good_members)
    path = tmp_path / "bad.zip"
    if damage == "outside":
        members["../x.json"] = b"{}"
    elif damage == "bomb":
        members["0002-big.pdf"] = b"\0" * (5 * 1024 * 1024)
    elif damage == "fingerprint":
        changed = dict(seed_doc, year=2022)
        members["0001-a.json"] = json.dumps(changed, ensure_ascii=False).encode()
    elif damage == "no_manifest":
        del members["manifest.json"]
    _archive(path, members)
    if damage == "broken":  # flip bytes inside the compressed JSON member: its CRC fails
        data = bytearray(path.read_bytes())
        start = data.find(b"0001-a.json") + len("0001-a.json") + 40
        data[start:start + 20] = b"\xff" * 20
        path.write_bytes(bytes(data))
    db = tmp_path / "s.sqlite"
    status, out, err = call(capsys, "import", str(path), "--db", str(db))
    assert (status, out) == (2, "") and words in err and err.count("\n") == 1
    assert not db.exists()


def test_a_folder_from_usb_sticks_may_hold_word_and_excel_forms_too(capsys, folder, seed_report, national):
    from perfeval_gui.export.writer import export_report

    export_report(seed_report, national, docx=folder / "from-unit-a.docx", xlsx=folder / "unit-b.xlsx")
    status, out, _ = call(capsys, "summary", str(folder), "--year", "2023")
    sources = [json.loads(line).get("source") for line in out.splitlines()[:-1]]
    assert status == 0 and "from-unit-a.docx" in sources and "unit-b.xlsx" in sources
    row = next(json.loads(line) for line in out.splitlines() if "from-unit-a.docx" in line)
    assert row["project"] == seed_report.project.name and row["budget"] == "5"
    assert json.loads(out.splitlines()[-1])["totals"]["reports"] == 7
