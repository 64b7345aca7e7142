"""Adding a field to a record is the model and a migration (and a form): nothing else; adding
a printed column to the 绩效指标 table is one line of the model (its column()) and a migration.

The test does to a copy of the package what an engineer would do — one line per new field
in core/model.py, one migration in store/schema.py — and then, through the real command
line, a document carrying the new fields is read, stored, loaded and written back unchanged.
The fields cover each place a value can live: a column on the reports row (a text of the
project), a child table's row (an amount of a fund row), an indicator (a points value) and a
section of the narrative (a row of the sections table). A printed indicator column (数据来源)
then shows in the window, the PDF, Word and Excel files, is read back from the Word and Excel
files, shown in the import preview and carried into next year's report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_PATH

MODEL_EDITS = {  # each new field as the last of its record (before the next record's class)
    '    credit_code: str | None = ""\n':
        '    credit_code: str | None = ""\n    website: str | None = ""\n',
    '\n\n@dataclass(kw_only=True)\nclass Funds(Record):\n':
        '    reserved: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元\n'
        '\n\n@dataclass(kw_only=True)\nclass Funds(Record):\n',
    '\n\n@dataclass(kw_only=True)\nclass Sections(Record):\n':
        '    survey_sample: Decimal | None = None\n'
        '    data_source: str | None = column("数据来源", "Data source", width_mm=14, width_px=90,\n'
        '                                     reads=r"(指标)?数据来源")\n'
        '\n\n@dataclass(kw_only=True)\nclass Sections(Record):\n',
    '\n\n    def get(self, key: str) -> str:\n':
        '\n    risks: str | None = section("存在问题与改进措施", "风险防控", "Risks", reads=("风险",))\n'
        '\n\n    def get(self, key: str) -> str:\n',
}
MIGRATION = '''

@migration("m900_test_fields")
def m900_test_fields(db: Database) -> None:
    from ..core.model import FundRow, Indicator, Project, Sections

    add_field(db, Project, "website")
    add_field(db, Sections, "risks")
    add_field(db, FundRow, "reserved")
    add_field(db, Indicator, "survey_sample")
    add_field(db, Indicator, "data_source")
'''


@pytest.fixture(scope="module")
def edited_package(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("edited")
    package = root / "perfeval_gui"
    shutil.copytree(ROOT / "perfeval_gui", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", root / "resources")
    model = package / "core" / "model.py"
    text = model.read_text(encoding="utf-8")
    for old, new in MODEL_EDITS.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    model.write_text(text, encoding="utf-8")
    schema = package / "store" / "schema.py"
    text = schema.read_text(encoding="utf-8")
    anchor = "\n\nSCHEMA_VERSION = "
    assert text.count(anchor) == 1
    schema.write_text(text.replace(anchor, MIGRATION + anchor), encoding="utf-8")
    names = package / "store" / "migration_names.py"  # and its name appended to the list
    text = names.read_text(encoding="utf-8")
    assert text.count("\n)\n") == 1
    names.write_text(text.replace("\n)\n", '\n    "m900_test_fields",\n)\n'), encoding="utf-8")
    return root


def run_cli(root: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(root), "PERFEVAL_GUI_HOME": str(root / "home")}
    done = subprocess.run([sys.executable, "-m", "perfeval_gui", *args], capture_output=True,
                          text=True, env=env, cwd=root)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_new_fields_go_through_json_model_and_store_unchanged(edited_package, tmp_path):
    document = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    document["project"]["website"] = "https://zizhou.example/xinfang"
    document["funds"]["rows"][0]["reserved"] = "1.250"
    document["indicators"][2]["survey_sample"] = 120
    document["sections"]["risks"] = "值班人员不足"
    source = tmp_path / "with-new-fields.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "store.sqlite")

    report_id = run_cli(edited_package, "import", str(source), "--db", db).strip()
    dumped = json.loads(run_cli(edited_package, "dump", "--db", db, "--id", report_id))

    assert dumped == document
    assert dumped["funds"]["rows"][0]["reserved"] == "1.250"  # an exact amount, kept as written
    with_fields = json.loads(run_cli(edited_package, "score", str(source)))["fingerprint"]
    seed = json.loads(run_cli(edited_package, "score", str(SEED_PATH)))["fingerprint"]
    assert seed == "4598b1189649" != with_fields  # the seed's fingerprint is unchanged


def test_the_new_fields_are_real_columns(edited_package, tmp_path):
    import sqlite3

    source = tmp_path / "r.json"
    document = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    document["indicators"][0]["survey_sample"] = 35.5
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "store.sqlite"
    run_cli(edited_package, "import", str(source), "--db", str(db))
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT survey_sample, meta FROM indicators WHERE position = 0").fetchone()
    assert row[0] == "35.5" and "survey_sample" not in (row[1] or "")  # a column, not kept as extra


def test_a_report_stored_before_the_fields_existed_comes_back_unchanged(edited_package, tmp_path):
    store = tmp_path / "old.sqlite"
    shutil.copy(ROOT / "tests" / "store" / "fixtures" / "schema-v2.sqlite", store)
    dumped = json.loads(run_cli(edited_package, "dump", "--db", str(store), "--id", "1"))
    assert dumped == json.loads(SEED_PATH.read_text(encoding="utf-8"))


def test_without_its_migration_a_new_field_is_named_at_once(edited_package, tmp_path):
    """Forgetting the migration cannot go unnoticed: the store refuses to save, naming the column."""
    broken = tmp_path / "broken"
    shutil.copytree(edited_package, broken)
    schema = broken / "perfeval_gui" / "store" / "schema.py"
    schema.write_text(schema.read_text(encoding="utf-8").replace(MIGRATION, ""), encoding="utf-8")
    names = broken / "perfeval_gui" / "store" / "migration_names.py"  # the name forgotten too
    names.write_text(names.read_text(encoding="utf-8").replace('    "m900_test_fields",\n', ""),
                     encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(broken), "PERFEVAL_GUI_HOME": str(broken / "home")}
    done = subprocess.run([sys.executable, "-m", "perfeval_gui", "import", str(SEED_PATH), "--db",
                           str(tmp_path / "s.sqlite")], capture_output=True, text=True, env=env,
                          cwd=broken)
    assert done.returncode != 0 and "website" in done.stderr


def test_values_a_newer_app_left_among_the_unknown_keys_move_into_the_new_fields(edited_package,
                                                                                 tmp_path):
    import sqlite3

    store = tmp_path / "old.sqlite"
    shutil.copy(ROOT / "tests" / "store" / "fixtures" / "schema-v2.sqlite", store)
    meta = {"project": {"extra": {"website": "https://zizhou.example"}},
            "sections": {"extra": {"risks": "值班人员不足"}}}
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE reports SET meta = ?", [json.dumps(meta, ensure_ascii=False)])
    dumped = json.loads(run_cli(edited_package, "dump", "--db", str(store), "--id", "1"))
    assert dumped["project"]["website"] == "https://zizhou.example"
    assert dumped["sections"]["risks"] == "值班人员不足"
    with sqlite3.connect(store) as connection:
        website, row_meta = connection.execute("SELECT website, meta FROM reports").fetchone()
        assert website == "https://zizhou.example"
        assert "website" not in row_meta and "risks" not in row_meta
        assert connection.execute("SELECT text FROM sections WHERE key = 'risks'").fetchone() == \
            ("值班人员不足",)


SOURCES = {0: "统计台账", 2: "问卷", 5: "验收单"}  # 数据来源 of some indicators
RISKS = "节假日值班人员不足，存在信访积压风险。"  # the new section's text


def with_sources(tmp_path: Path) -> Path:
    document = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    for row, source in SOURCES.items():
        document["indicators"][row]["data_source"] = source
    document["sections"]["risks"] = RISKS
    path = tmp_path / "with-sources.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def exported(edited_package, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exported")
    files = {"pdf": folder / "r.pdf", "docx": folder / "r.docx", "xlsx": folder / "r.xlsx"}
    source = with_sources(folder)
    env = {**os.environ, "PYTHONPATH": str(edited_package), "PERFEVAL_GUI_HOME": str(folder / "home")}
    done = subprocess.run([sys.executable, "-m", "perfeval_gui", "export", str(source),
                           *(x for kind, path in files.items() for x in (f"--{kind}", str(path)))],
                          capture_output=True, text=True, env=env, cwd=edited_package)
    assert done.returncode in (0, 1), done.stderr  # 1: the seed's own findings, exported anyway
    return {**files, "json": source}


def form_header_and_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The 绩效指标 header row of a printed 自评表 and the indicator rows under it."""
    top = next(r for r, row in enumerate(rows) if "三级指标" in row)
    end = next(r for r in range(top, len(rows)) if rows[r][0] == "总分" or rows[r][1] == "总分")
    return rows[top], rows[top + 1:end]


def test_a_new_printed_column_and_section_are_in_the_pdf_word_and_excel_files(exported):
    from docx import Document
    from openpyxl import load_workbook

    pdf = subprocess.run(["pdftotext", str(exported["pdf"]), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "数据来源" in pdf and all(source in pdf for source in SOURCES.values())
    flat = "".join(pdf.split())
    # the new section under its chapter, after 改进措施: （三）风险防控 and its text
    places = [flat.index(text) for text in ("（二）改进措施", "（三）风险防控", RISKS, "五、自评小组")]
    assert places == sorted(places)

    word = Document(str(exported["docx"]))
    paragraphs = [p.text for p in word.paragraphs]
    assert paragraphs.index("（三）风险防控") + 1 == paragraphs.index(RISKS)
    table = next(t for t in word.tables
                 if any("三级指标" in c.text for c in t.rows[0].cells))
    rows = [[c.text for c in row.cells] for row in table.rows]
    header, body = form_header_and_rows(rows)
    column = header.index("数据来源")
    assert column == len(header) - 1  # after 偏差原因分析及改进措施: the model's order
    assert {r: body[r][column] for r in SOURCES} == SOURCES
    assert rows[-1][0] == "总分" and rows[-1][column] == rows[-1][column - 1]  # the note spans both

    sheet = load_workbook(exported["xlsx"]).active
    cells = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    header, body = form_header_and_rows(cells)
    column = header.index("数据来源")
    assert {r: body[r][column] for r in SOURCES} == SOURCES
    total = next(row for row in sheet.iter_rows() if row[0].value == "总分")
    score_column = header.index("得分")
    assert str(total[score_column].value).startswith("=SUM(")  # the score cells, found by column


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_read_takes_the_new_column_and_section_from_a_word_and_an_excel_file(edited_package, exported, kind):
    read = json.loads(run_cli(edited_package, "read", str(exported[kind])))
    report = read.get("report", read)
    indicators = report["indicators"]
    assert {r: indicators[r].get("data_source") for r in SOURCES} == SOURCES
    assert all(not i.get("data_source") for r, i in enumerate(indicators) if r not in SOURCES)
    if kind == "docx":  # the Excel file is the 自评表 alone: the narrative is the report's
        assert report["sections"]["risks"] == RISKS


WINDOW = """
import json, sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

app = QApplication([])
from perfeval_gui.core.interchange import read_report_file
from perfeval_gui.core.next_year import next_year_report
from perfeval_gui.core.profiles import default_library
from perfeval_gui.reader import read_file
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.files.import_preview import ImportPreviewDialog
from perfeval_gui.ui.editor.indicators_form import IndicatorsView
from perfeval_gui.ui.editor.indicators_model import IndicatorsModel
from perfeval_gui.ui.editor.narrative_form import NarrativeForm
from perfeval_gui.ui.editor.report_document import ReportDocument

report = read_report_file(Path(sys.argv[1]))
doc = ReportDocument(report, None, default_library())
model = IndicatorsModel(doc)
narrative = NarrativeForm(doc)
risks = narrative.sections["risks"]
view = IndicatorsView(model)
headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
column = headers.index("Data source")
window = [model.index(r, column).data() for r in range(model.rowCount())]
width = view.horizontalHeader().sectionSize(column)
preview = ImportPreviewDialog(read_file(Path(sys.argv[2])), Path(sys.argv[2]),
                              ReportStore(Path(sys.argv[3])))
table = preview.findChild(QTableWidget, "indicators")
preview_headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
p = preview_headers.index("Data source")
shown = [table.item(r, p).text() for r in range(table.rowCount())]
sections = preview.findChild(QTableWidget, "sections")
preview_sections = {sections.item(r, 0).text(): sections.item(r, 1).text()
                    for r in range(sections.rowCount())}
new = next_year_report(report, report.year + 1).report
print(json.dumps({"window": window, "width": width, "preview": shown,
                  "next_year": [i.data_source for i in new.indicators],
                  "risks_editor": risks.editor.toPlainText(),
                  "risks_heading": [w.text() for w in risks.findChildren(QLabel) if "风险防控" in w.text()],
                  "preview_sections": preview_sections, "next_year_risks": new.sections.risks},
                 ensure_ascii=False))
"""


def test_the_new_column_and_section_show_in_the_window_the_preview_and_next_year(edited_package, exported,
                                                                      tmp_path):
    env = {**os.environ, "PYTHONPATH": str(edited_package), "PERFEVAL_GUI_HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", WINDOW, str(exported["json"]), str(exported["docx"]),
                           str(tmp_path / "s.sqlite")], capture_output=True, text=True, env=env,
                          cwd=edited_package)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    expected = [SOURCES.get(r, "") for r in range(len(shown["window"]))]
    assert [text or "" for text in shown["window"]] == expected
    assert shown["width"] == 90  # its width_px
    assert shown["preview"] == expected
    assert shown["next_year"] == expected  # carried over as it is (next_year=KEEP)
    assert shown["risks_editor"] == RISKS and shown["risks_heading"] == ["<b>（三）风险防控</b>"]
    assert shown["preview_sections"]["Risks"] == RISKS
    assert shown["next_year_risks"] == RISKS  # a section kept (next_year=KEEP)
