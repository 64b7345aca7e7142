"""The money units, tabled once, read the same in typed amounts, targets and the narrative."""

from __future__ import annotations

import re
from pathlib import Path

from perfeval_gui.core.inputs import amount_input
from perfeval_gui.core.money import WAN_PER_UNIT, YUAN_PER_UNIT, unit_at_start
from perfeval_gui.core.values import common_unit, parse_value

CORE = Path(__file__).resolve().parents[2] / "perfeval_gui" / "core"


def test_every_unit_reads_alike_wherever_it_is_typed():
    for unit, wan in WAN_PER_UNIT.items():
        assert amount_input(f"3{unit}") == (3 * wan).normalize()
        target, actual = parse_value(f"≤3{unit}"), parse_value("1元")
        assert common_unit(target, actual) == (3 * YUAN_PER_UNIT[unit], 1)


def test_the_longest_unit_wins():
    assert unit_at_start("万元/人") == "万元" and unit_at_start("亿元") == "亿元"
    assert unit_at_start("元/次") == "元" and unit_at_start("次") is None


def test_no_other_module_keeps_a_table_of_money_units():
    tables = re.compile(r"[\"']万元[\"']\s*:")
    found = [p.name for p in CORE.rglob("*.py")
             if p.name != "money.py" and tables.search(p.read_text("utf-8"))]
    assert found == []
