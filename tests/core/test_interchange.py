"""The interchange format v1: lossless, strict about bad input, with a stable fingerprint."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from perfeval_gui.core.figures import percent_text
from perfeval_gui.core.interchange import (
    MAX_BYTES,
    fingerprint,
    read_report_file,
    report_from_json,
    report_to_document,
    report_to_json,
)
from perfeval_gui.core.messages import UserError


def roundtrip(doc: dict) -> dict:
    return json.loads(report_to_json(report_from_json(json.dumps(doc, ensure_ascii=False))))


def test_the_seed_comes_back_key_for_key(seed_doc):
    assert roundtrip(seed_doc) == seed_doc


def test_amounts_are_exact_decimals(seed_report):
    assert seed_report.funds.rows[0].executed == Decimal("5")
    assert percent_text(Decimal("89.974") / Decimal("90")) == "99.97%"


def test_unknown_keys_survive_at_every_level(seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["x_top"] = {"nested": [1, 2.5, None]}
    for part in ("project", "evaluation", "funds", "goal", "sections"):
        doc[part]["x_new"] = f"kept in {part}"
    doc["funds"]["rows"][0]["x_row"] = True
    doc["indicators"][0]["x_ind"] = ["a"]
    doc["team"][0]["x_member"] = 7
    assert roundtrip(doc) == doc


def test_nulls_and_empty_texts_stay_as_they_were(seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["indicators"][0]["deviation"] = None
    doc["indicators"][0]["score"] = None
    doc["sections"]["management"] = None
    doc["sections"]["problems"] = ""
    doc["project"]["region"] = None
    assert roundtrip(doc) == doc


def test_optional_keys_given_come_back_and_absent_ones_may_default(seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["indicators"][1]["applicable"] = False
    doc["indicators"][1]["score_note"] = "按实际情况酌情扣分"
    del doc["sections"]["measures"]
    out = roundtrip(doc)
    assert out["indicators"][1]["applicable"] is False
    assert out["indicators"][1]["score_note"] == "按实际情况酌情扣分"
    assert "measures" not in out["sections"] or out["sections"]["measures"] is None


def test_amounts_given_as_numbers_come_back_as_strings(seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["funds"]["rows"][0]["initial"] = 89.974
    doc["funds"]["rows"][0]["executed"] = 5
    out = roundtrip(doc)
    assert out["funds"]["rows"][0]["initial"] == "89.974"
    assert out["funds"]["rows"][0]["executed"] == "5"


def test_a_minimal_document_reads_with_defaults():
    report = report_from_json(
        '{"format": "perfeval-report", "format_version": 1, "year": 2024, "project": {"name": "x"}}'
    )
    assert report.profile == "national-2020"
    assert report.indicators == [] and report.funds.weight == 10


BAD = [
    ("not json", "{", ""),
    ("not an object", "[]", ""),
    ("wrong format", {"format": "other"}, "format"),
    ("version 2", {"format_version": 2}, "format_version"),
    ("version as text", {"format_version": "1"}, "format_version"),
    ("year as text", {"year": "2023"}, "year"),
    ("year absurd", {"year": 23}, "year"),
    ("name missing", {"project": {"unit": "x"}}, "project.name"),
    ("name a number", {"project": {"name": 5}}, "project.name"),
    ("indicators not a list", {"indicators": {}}, "indicators"),
    ("negative weight", {"indicators[1].weight": -5}, "indicators[1].weight"),
    ("weight as text", {"indicators[1].weight": "10"}, "indicators[1].weight"),
    ("weight a boolean", {"indicators[1].weight": True}, "indicators[1].weight"),
    ("negative score", {"indicators[0].score": -1}, "indicators[0].score"),
    ("negative amount", {"funds.rows[0].executed": "-5"}, "funds.rows[0].executed"),
    ("amount not a number", {"funds.rows[0].initial": "五万"}, "funds.rows[0].initial"),
    ("amount NaN text", {"funds.rows[0].initial": "NaN"}, "funds.rows[0].initial"),
    ("bad kind", {"evaluation_kinds": ["process", "audit"]}, "evaluation_kinds[1]"),
    ("bad date", {"evaluation.date": "2024/03/15"}, "evaluation.date"),
    ("impossible date", {"evaluation.date": "2024-02-30"}, "evaluation.date"),
    ("applicable as text", {"indicators[0].applicable": "no"}, "indicators[0].applicable"),
    ("team member not an object", {"team": ["张三"]}, "team[0]"),
]


def _set(doc: dict, path: str, value) -> None:
    import re

    parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    node = doc
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    last = parts[-1]
    if last.startswith("["):
        node[int(last[1:-1])] = value
    else:
        node[last] = value


@pytest.mark.parametrize(("label", "change", "where"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_naming_the_field(seed_doc, label, change, where):
    if isinstance(change, str):
        text = change
    else:
        doc = copy.deepcopy(seed_doc)
        for path, value in change.items():
            if path == "project":
                doc["project"] = value
            else:
                _set(doc, path, value)
        text = json.dumps(doc, ensure_ascii=False)
    with pytest.raises(UserError) as caught:
        report_from_json(text)
    assert caught.value.where == where
    assert caught.value.text("zh") and "\n" not in caught.value.text("zh")


def test_nan_as_a_json_constant_is_refused_at_its_field(seed_text):
    text = seed_text.replace('"weight": 20,', '"weight": NaN,', 1)
    with pytest.raises(UserError) as caught:
        report_from_json(text)
    assert caught.value.where == "indicators[5].weight"


def test_nan_hidden_in_an_unknown_key_is_refused(seed_doc):
    text = json.dumps(seed_doc)[:-1] + ', "x": [Infinity]}'
    with pytest.raises(UserError) as caught:
        report_from_json(text)
    assert caught.value.where == "x[0]"


def test_documents_over_ten_megabytes_are_refused(tmp_path, seed_doc):
    doc = copy.deepcopy(seed_doc)
    doc["sections"]["analysis"] = "很" * (MAX_BYTES // 3 + 10)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_report_file(path)
    assert "10 MB" in caught.value.text("en")


def test_missing_files_and_folders_are_named(tmp_path):
    with pytest.raises(UserError, match="not found"):
        read_report_file(tmp_path / "nope.json")
    with pytest.raises(UserError, match="folder"):
        read_report_file(tmp_path)


def test_fingerprint_is_stable_and_normalises_amounts(seed_doc):
    a = report_from_json(json.dumps(seed_doc))
    doc = copy.deepcopy(seed_doc)
    doc["funds"]["rows"][0]["initial"] = "5.00"
    b = report_from_json(json.dumps(doc))
    assert fingerprint(a) == fingerprint(b)
    assert len(fingerprint(a)) == 12 and int(fingerprint(a), 16) >= 0
    doc["indicators"][0]["actual"] = "3次"
    assert fingerprint(report_from_json(json.dumps(doc))) != fingerprint(a)


def test_fingerprint_follows_the_canonical_form_of_the_document(seed_doc):
    import hashlib

    canonical = json.dumps(seed_doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    expected = hashlib.sha256(canonical.encode()).hexdigest()[:12]
    assert fingerprint(report_from_json(json.dumps(seed_doc))) == expected


def test_document_of_a_new_report_is_readable_again():
    from perfeval_gui.core.model import Indicator, Report

    report = Report(year=2024)
    report.project.name = "新项目"
    report.indicators.append(Indicator(name="x", weight=Decimal("12.5")))
    doc = report_to_document(report)
    assert doc["indicators"][0]["weight"] == 12.5
    assert report_from_json(json.dumps(doc)).indicators[0].weight == Decimal("12.5")


def test_typed_amounts_and_points():
    from perfeval_gui.core.inputs import amount_input, points_input

    assert amount_input("50000元") == Decimal(5)
    assert amount_input("５万元") == Decimal(5)
    assert amount_input("1,234.5") == Decimal("1234.5")
    assert amount_input("") is None
    assert amount_input("0.5亿元") == Decimal(5000)
    for bad in ("-5", "五万", "5吨", "1.2.3"):
        with pytest.raises(UserError):
            amount_input(bad, "funds.rows[0].initial")
    assert points_input("8.5") == Decimal("8.5") and points_input("10分") == 10
    assert points_input(" ") is None
    with pytest.raises(UserError):
        points_input("-1")
    with pytest.raises(UserError):
        points_input("abc")
