"""Adding a field to a record is the model and a migration (and a form): nothing else.

The test does to a copy of the package what an engineer would do — one line per new field
in core/model.py, one migration in store/schema.py — and then, through the real command
line, a document carrying the new fields is read, stored, loaded and written back unchanged.
The fields cover each place a value can live: a column on the reports row (a text of the
project), a child table's row (an amount of a fund row), an indicator (a points value) and a
section of the narrative (a row of the sections table).
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
        '\n\n@dataclass(kw_only=True)\nclass Sections(Record):\n',
    '    measures: str | None = None\n':
        '    measures: str | None = None\n    risks: str | None = None\n',
}
MIGRATION = '''

@migration("m900_test_fields")
def m900_test_fields(db: Database) -> None:
    from ..core.model import FundRow, Indicator, Project, Sections

    add_field(db, Project, "website")
    add_field(db, Sections, "risks")
    add_field(db, FundRow, "reserved")
    add_field(db, Indicator, "survey_sample")
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
