"""The published forms of issue 26, scored by hand (tests/corpus/hand_scores.json): the app's
rule scores, rows awaiting judgement and rule totals are the hand's, row by row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfeval_gui.core.interchange import read_report_file
from perfeval_gui.core.profiles import default_library
from perfeval_gui.core.report_json import score_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
HAND = {name: scores for name, scores in json.loads(
    (CORPUS / "hand_scores.json").read_text(encoding="utf-8")).items() if not name.startswith("_")}


def test_ten_new_published_forms_are_scored_by_hand():
    assert len(HAND) >= 10


@pytest.mark.parametrize("name", sorted(HAND))
def test_rule_scores_are_the_hands(name):
    hand = HAND[name]
    report = read_report_file(CORPUS / "reports" / name)
    doc = score_document(report, default_library().get(report.profile))
    assert doc["funds"]["rule_score"] == hand["funds"]
    got = []
    for row in doc["indicators"]:
        if row["kind"] == "placeholder":
            got.append("template")
        elif row["kind"] == "unscorable":
            got.append("unscorable")
        else:
            got.append(row["rule_score"])
    assert got == hand["indicators"]
    assert doc.get("pending", []) == hand["pending"]
    assert doc["rule_total"] == hand["rule_total"]
