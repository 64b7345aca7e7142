"""Each check module reads only what its READS names: a change anywhere else leaves its
findings exactly as they were (so the window may keep them without running it again)."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from perfeval_gui.core.changes import Change
from perfeval_gui.core.checks import MODULE_ORDER, READS, flatten, recheck, run_checks
from perfeval_gui.core.model import FundRow, Indicator


def _project(r):
    for key in ("name", "region", "unit", "department", "department_code", "implementing_unit"):
        setattr(r.project, key, "子洲县水务局农村饮水安全项目")
    r.project.credit_code = "12345"


def _evaluation(r):
    r.evaluation.phone, r.evaluation.date, r.evaluation.leader = "12", "2001-01-01", ""


def _funds(r):
    r.funds.weight, r.funds.score = Decimal(20), Decimal(3)
    r.funds.rows.append(FundRow(label="其中：其他资金", initial=Decimal(900), executed=Decimal(1)))
    r.funds.rows[0].executed = Decimal(1)


def _indicators(r):
    r.indicators[0].actual, r.indicators[0].weight = "1次", Decimal(40)
    del r.indicators[-1]
    r.indicators.append(Indicator(level1="满意度指标", name="群众满意度", target="提升", actual="进一步加强"))


def _sections(r):
    for key in ("basic_info", "content", "analysis", "fund_adjustment", "problems", "measures"):
        setattr(r.sections, key, "2019年资金 999 万元，执行率 12%，群众满意度 10%，问卷调查 30 份。")


MUTATIONS = {
    "project": _project,
    "evaluation": _evaluation,
    "year": lambda r: setattr(r, "year", 1999),
    "team": lambda r: r.team.clear(),
    "profile": lambda r: setattr(r, "profile", "budget-system"),
    "evaluation_kinds": lambda r: setattr(r, "evaluation_kinds", []),
    "funds": _funds,
    "indicators": _indicators,
    "sections": _sections,
    "goal": lambda r: (setattr(r.goal, "expected", "进一步提升"), setattr(r.goal, "achieved", "问卷 50 份")),
}

CASES = [(module, root) for module in MODULE_ORDER if READS[module] is not None
         for root in MUTATIONS if root not in READS[module]]


@pytest.mark.parametrize(("module", "root"), CASES)
def test_a_change_outside_what_a_module_reads_leaves_its_findings(module, root, seed_report, library):
    before = recheck(seed_report, library.get(seed_report.profile))[module]
    changed = copy.deepcopy(seed_report)
    MUTATIONS[root](changed)
    after = recheck(changed, library.get(changed.profile))[module]
    assert after == before


def test_every_mutation_moves_some_finding(seed_report, library):
    """The mutations above are strong enough to matter to the modules that do read them."""
    before = run_checks(seed_report, library.get(seed_report.profile))
    for root, mutate in MUTATIONS.items():
        if root == "evaluation_kinds":
            continue  # no check reads it (it is printed on the cover only)
        changed = copy.deepcopy(seed_report)
        mutate(changed)
        assert run_checks(changed, library.get(changed.profile)) != before, root


def test_only_the_modules_a_change_concerns_run_again(seed_report, library, monkeypatch):
    profile = library.get(seed_report.profile)
    first = recheck(seed_report, profile)
    seed_report.evaluation.phone = "12"  # only the identity checks read it
    again = recheck(seed_report, profile, change=Change(fields=frozenset(["evaluation.phone"])),
                    previous=first)
    assert {m for m in MODULE_ORDER if again[m] is not first[m]} == {
        "perfeval_gui.core.checks.identity", "perfeval_gui.core.checks.narrative"}
    assert flatten(again) == run_checks(seed_report, profile)
