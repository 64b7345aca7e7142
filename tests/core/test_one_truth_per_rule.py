"""Each rule is decided in one place: the budget base by the profile's rate_base, the default
profile by one name, "differs from the rule without a note" by the scorer."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.narrative import draft_section
from perfeval_gui.core.profiles import builtin_profile_dir, load_profile_file
from perfeval_gui.core.scoring import score_report

from .reports import clean_report

D = Decimal
PACKAGE = Path(__file__).resolve().parents[2] / "perfeval_gui"


@pytest.fixture
def initial_base(tmp_path):
    """The national rules measured against 年初预算数 alone (rate_base = "initial")."""
    text = (builtin_profile_dir() / "national-2020.toml").read_text(encoding="utf-8")
    text = text.replace('rate_base = "adjusted_else_initial"', 'rate_base = "initial"')
    text = text.replace('id = "national-2020"', 'id = "initial-base"')
    (tmp_path / "initial.toml").write_text(text, encoding="utf-8")
    return load_profile_file(tmp_path / "initial.toml")


def adjusted_upwards(profile):
    report = clean_report(profile)
    row = report.funds.rows[0]
    row.initial, row.adjusted, row.executed = D(100), D(120), D(110)
    report.funds.rows = report.funds.rows[:1]
    return report


def test_the_budget_base_follows_rate_base_in_scores_checks_and_drafts(national, initial_base):
    by_adjusted = adjusted_upwards(national)
    by_initial = adjusted_upwards(initial_base)
    assert score_report(by_adjusted, national).funds.rate == D(110) / D(120)
    assert score_report(by_initial, initial_base).funds.rate == D("1.1")

    assert "executed_above_budget" not in {f.code for f in run_checks(by_adjusted, national)}
    (above,) = [f for f in run_checks(by_initial, initial_base) if f.code == "executed_above_budget"]
    assert "预算数 100 万元" in above.message.text("zh")

    assert "预算资金120万元" in draft_section("content", by_adjusted, score_report(by_adjusted, national))
    assert "预算资金100万元" in draft_section("content", by_initial,
                                          score_report(by_initial, initial_base))


def test_the_default_profile_is_named_once_in_the_program():
    named = [f"{path.relative_to(PACKAGE)}:{n}" for path in sorted(PACKAGE.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"[\"']national-2020[\"']", line)]
    assert len(named) == 1 and named[0].startswith("core/model.py:"), named


def qualitative(report):
    indicator = report.indicators[1]  # weight 20; 部分达成: rule 14, band [12, 16)
    indicator.target, indicator.actual, indicator.score = "按规定完成验收", "部分达成", D(13)
    return report


def unscorable(report):
    indicator = report.indicators[0]  # units that cannot be compared: no rule score to depart from
    indicator.actual, indicator.score = "52天", D(25)
    return report


def departing(report):
    report.indicators[2].score = D(25)  # rule 30, no note
    return report


@pytest.mark.parametrize(("change", "marked"), [(qualitative, False), (unscorable, False),
                                                 (departing, True)])
def test_differs_without_a_note_is_decided_by_the_scorer(national, change, marked):
    report = change(clean_report(national))
    scores = score_report(report, national).indicators
    assert [s.index for s in scores if s.departs_unexplained] == ([2] if marked else [])
    found = [f.where for f in run_checks(report, national) if f.code == "score_differs"]
    assert found == (["indicators[2].score"] if marked else [])
