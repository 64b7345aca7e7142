"""The checks on the labelled corpus of real and user-written reports (tests/corpus/)."""

from __future__ import annotations

import pytest

from perfeval_gui.core.checks import ERROR
from tests.corpus.evaluate import LABELS, evaluate_corpus

OUTCOMES = {o.name: o for o in evaluate_corpus()}
ERROR_LABELS = [(name, label) for name, labels in LABELS.items() for label in labels
                if label.get("severity", ERROR) == ERROR]


def test_the_corpus_is_what_the_issue_asked_for():
    real = [n for n in LABELS if n.startswith("real-")]
    users = [n for n in LABELS if n.startswith("user-")]
    assert len(real) >= 10 and len(users) >= 20
    assert len(ERROR_LABELS) >= 15


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_false_error_on_a_corpus_report(name):
    outcome = OUTCOMES[name]
    assert [(f.code, f.where, f.message.text()) for f in outcome.false_errors] == []


def test_most_labelled_contradictions_are_found_as_errors():
    found = sum(1 for o in OUTCOMES.values() for label in o.found
                if label.get("severity", ERROR) == ERROR)
    missed = [(o.name, label["code"], label.get("says", "")) for o in OUTCOMES.values()
              for label in o.missed if label.get("severity", ERROR) == ERROR]
    assert found / len(ERROR_LABELS) >= 0.8, missed


def test_the_seeds_two_true_contradictions_stay_errors():
    seed = OUTCOMES["real-11-zizhou-xinfang-2023.json"]
    assert seed.missed == []
    assert {label["code"] for label in seed.found} == {"text_figure", "text_foreign_indicator"}
