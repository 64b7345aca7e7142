"""The command line, as another tool or a script would use it."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfeval_gui.cli import run

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> tuple[int, str, str]:
    """Run the installed entry point in a fresh process, as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "perfeval_gui", *args],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ}, check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr


def call(capsys, *args: str) -> tuple[int, str, str]:
    """The same, in this process (fast): the exit status, stdout and stderr."""
    try:
        status = run(list(args))
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_score_prints_the_seed_figures(seed_text, tmp_path):
    path = tmp_path / "seed.json"
    path.write_text(seed_text, encoding="utf-8")
    status, out, err = cli("score", str(path))
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert (doc["total"], doc["rule_total"], doc["grade"]) == (85, 93.82, "良")
    assert [i["rule_score"] for i in doc["indicators"]] == [10, 8.82, 10, 5, 10, 20, 20]
    assert doc["funds"] == {"rate": 100, "weight": 10, "rule_score": 10, "score": 10,
                            "reason": None}
    assert doc["groups"][0] == {"level1": "产出指标", "weight": 50, "rule_score": 43.82,
                                "score": 35}
    first = doc["indicators"][1]
    assert first["index"] == 1 and first["name"] == "信访人滞留率" and first["kind"] == "negative"
    assert first["target"] == {"op": "≤", "value": 15, "unit": "%"}
    assert first["actual"] == {"op": None, "value": 17, "unit": "%"}
    assert doc["indicators"][5]["target"] == {"op": "=", "value": 0, "unit": "次"}
    assert len(doc["fingerprint"]) == 12


def test_import_then_dump_gives_back_the_same_document(seed_text, seed_doc, tmp_path):
    src = tmp_path / "seed.json"
    src.write_text(seed_text, encoding="utf-8")
    db = tmp_path / "store.sqlite"
    status, out, _ = cli("import", str(src), "--db", str(db))
    assert status == 0 and out.strip() == "1"
    status, out, _ = cli("dump", "--db", str(db), "--id", "1")
    assert status == 0 and json.loads(out) == seed_doc
    status, out, _ = cli("list", "--db", str(db))
    line = json.loads(out.strip())
    assert {k: line[k] for k in ("id", "year", "name", "unit", "total", "grade")} == {
        "id": 1, "year": 2023, "name": "重大敏感时期值班接访", "unit": "子洲县信访局",
        "total": 85, "grade": "良"}


def test_check_reports_findings_as_json(capsys, seed_doc, tmp_path):
    seed_doc["indicators"][0]["score"] = 12
    seed_doc["indicators"][6]["weight"] = 25
    path = tmp_path / "r.json"
    path.write_text(json.dumps(seed_doc, ensure_ascii=False), encoding="utf-8")
    status, out, _ = call(capsys, "check", str(path))
    findings = json.loads(out)["findings"]
    assert status == 1
    assert {"code": "score_above_weight", "where": "indicators[0].score"}.items() <= next(
        f for f in findings if f["code"] == "score_above_weight").items()
    assert any(f["code"] == "weights_sum" for f in findings)


def test_messages_switch_to_english(capsys, tmp_path):
    status, _, err = call(capsys, "score", str(tmp_path / "none.json"), "--lang", "en")
    assert status == 2 and "not found" in err
    status, _, err = call(capsys, "score", str(tmp_path / "none.json"))
    assert status == 2 and "找不到文件" in err


def write(tmp_path: Path, doc_or_text, name="r.json") -> Path:
    path = tmp_path / name
    if isinstance(doc_or_text, (dict, list)):
        doc_or_text = json.dumps(doc_or_text, ensure_ascii=False)
    path.write_text(doc_or_text, encoding="utf-8")
    return path


def broken_inputs(seed: dict, tmp_path: Path) -> dict[str, tuple[Path, str]]:
    def changed(fn) -> dict:
        doc = copy.deepcopy(seed)
        fn(doc)
        return doc

    big = changed(lambda d: d["sections"].__setitem__("analysis", "长" * 4_000_000))
    return {
        "broken json": (write(tmp_path, "{\"format\": ", "a.json"), ""),
        "wrong type": (write(tmp_path, changed(lambda d: d.__setitem__("year", "2023")), "b.json"),
                       "year"),
        "negative weight": (write(tmp_path, changed(
            lambda d: d["indicators"][2].__setitem__("weight", -10)), "c.json"),
            "indicators[2].weight"),
        "negative amount": (write(tmp_path, changed(
            lambda d: d["funds"]["rows"][0].__setitem__("executed", "-5")), "d.json"),
            "funds.rows[0].executed"),
        "NaN": (write(tmp_path, json.dumps(seed).replace('"weight": 10', '"weight": NaN', 1),
                      "e.json"), "funds.weight"),
        "format version 2": (write(tmp_path, changed(
            lambda d: d.__setitem__("format_version", 2)), "f.json"), "format_version"),
        "unknown profile": (write(tmp_path, changed(
            lambda d: d.__setitem__("profile", "atlantis-1999")), "g.json"), "profile"),
        "missing file": (tmp_path / "missing.json", "missing.json"),
        "a directory": (tmp_path, str(tmp_path)),
        "over 10 MB": (write(tmp_path, big, "h.json"), "10 MB"),
    }


@pytest.mark.parametrize("command", ["score", "check", "import", "export"])
def test_bad_input_is_one_line_exit_two_and_nothing_written(capsys, seed_doc, tmp_path, command):
    for label, (path, field) in broken_inputs(seed_doc, tmp_path).items():
        db = tmp_path / f"{command}.sqlite"
        extra = {"import": ["--db", str(db)], "export": ["--pdf", str(tmp_path / "o.pdf")]}
        status, out, err = call(capsys, command, str(path), *extra.get(command, []))
        assert status == 2, label
        assert out == "", label
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, label
        assert field in err, (label, err)
        assert not db.exists() and not (tmp_path / "o.pdf").exists(), label


def test_a_store_from_a_newer_version_or_an_unknown_id_exits_two(capsys, seed_text, tmp_path):
    db = tmp_path / "s.sqlite"
    assert call(capsys, "import", str(write(tmp_path, seed_text)), "--db", str(db))[0] == 0
    status, out, err = call(capsys, "dump", "--db", str(db), "--id", "7")
    assert status == 2 and "7" in err and out == ""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for args in (["list", "--db", str(db)], ["dump", "--db", str(db), "--id", "1"]):
        status, out, err = call(capsys, *args)
        assert status == 2 and "更新版本" in err and out == ""


def test_reading_a_missing_store_does_not_create_it(capsys, tmp_path):
    db = tmp_path / "nope.sqlite"
    status, _, err = call(capsys, "list", "--db", str(db))
    assert status == 2 and "nope.sqlite" in err and not db.exists()


def test_usage_errors_are_one_line_too(capsys):
    status, _, err = call(capsys, "dump", "--db", "x.sqlite", "--id", "abc")
    assert status == 2 and len(err.strip().splitlines()) == 1
    status, _, err = call(capsys, "score")
    assert status == 2 and len(err.strip().splitlines()) == 1


def test_export_without_a_usable_font_exits_three_and_writes_nothing(capsys, monkeypatch, seed_text,
                                                                    tmp_path):
    from perfeval_gui.export import fonts

    monkeypatch.setattr(fonts, "font_dirs", lambda: [])
    fonts._files_by_name.cache_clear()
    try:
        src = write(tmp_path, seed_text)
        status, out, err = call(capsys, "export", str(src), "--pdf", str(tmp_path / "x.pdf"))
        assert status == 3 and out == "" and "fonts-arphic-uming" in err
        assert len(err.strip().splitlines()) == 1
        assert not (tmp_path / "x.pdf").exists()
    finally:
        fonts._files_by_name.cache_clear()


def test_export_writes_both_formats_and_counts_errors(capsys, seed_doc, tmp_path):
    seed_doc["indicators"][0]["score"] = 30
    src = write(tmp_path, seed_doc)
    status, out, err = call(capsys, "export", str(src), "--pdf", str(tmp_path / "r.pdf"),
                            "--docx", str(tmp_path / "r.docx"))
    from perfeval_gui.core.checks import ERROR, run_checks
    from perfeval_gui.core.interchange import read_report_file
    from perfeval_gui.core.profiles import ProfileLibrary

    report = read_report_file(src)
    errors = [f for f in run_checks(report, ProfileLibrary().get(report.profile)) if f.severity == ERROR]
    assert status == 0 and out == ""
    assert f" {len(errors)} " in err and (tmp_path / "r.pdf").exists() and (tmp_path / "r.docx").exists()


@pytest.mark.parametrize(("old", "new", "code"), [
    # the seed's own narrative, one sentence changed (issue 23)
    ("值班在位率 100%，得10分", "值班在位率 100%，未达到年度指标值，得10分", "text_verdict"),
    ("上访人滞留率大于年初设定值，得 5 分", "上访人滞留率达到年初设定值，得 5 分", "text_verdict"),
    ("满意度为 90%，得 20分。", "满意度为 90%，得 20分。\n5. 综上，自评总分 90 分。", "text_score"),
    ("满意度为 90%，得 20分。", "满意度为 90%，得 20分。\n5. 综上，评价等级为“优”。", "text_grade"),
])
def test_check_finds_each_falsehood_planted_in_the_seeds_narrative(capsys, seed_doc, tmp_path, old, new,
                                                                   code):
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed_doc, ensure_ascii=False), encoding="utf-8")
    _, out, _ = call(capsys, "check", str(path))
    assert code not in {f["code"] for f in json.loads(out)["findings"]}
    assert old in seed_doc["sections"]["analysis"]
    seed_doc["sections"]["analysis"] = seed_doc["sections"]["analysis"].replace(old, new)
    path.write_text(json.dumps(seed_doc, ensure_ascii=False), encoding="utf-8")
    status, out, _ = call(capsys, "check", str(path))
    found = [f for f in json.loads(out)["findings"] if f["code"] == code]
    assert status == 1 and [(f["severity"], f["where"]) for f in found] == [("error", "sections.analysis")]
