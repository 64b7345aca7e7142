"""Each record is described once, by its dataclass: kinds, columns and conversions follow."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from perfeval_gui.core import interchange
from perfeval_gui.core.fields import AMOUNT, COLUMN, FLAG, KIND, POINTS, RECORDS, TEXT, specs
from perfeval_gui.core.messages import UserError
from perfeval_gui.core.model import FundRow, Funds, Record
from perfeval_gui.store.columns import record_row, record_values


@dataclass(kw_only=True)
class Inspection(Record):
    """A test-only record: one field of each plain kind, one with a column of another name."""

    place: str | None = ""
    cost: Decimal | None = field(default=None, metadata={KIND: AMOUNT, COLUMN: "cost_wan"})
    score: Decimal | None = None
    passed: bool = True


def test_a_fields_kind_follows_from_its_type_and_metadata():
    assert [(s.name, s.kind) for s in specs(Inspection)] == [
        ("place", TEXT), ("cost", AMOUNT), ("score", POINTS), ("passed", FLAG)]
    assert [(s.name, s.kind, s.record) for s in specs(Funds)][-1] == ("rows", RECORDS, FundRow)
    assert interchange.SPECS[FundRow]["initial"] is interchange.CONVERTERS[AMOUNT]


def test_a_test_only_record_round_trips_json_model_and_row():
    # as the JSON reader hands it over: fractions as exact decimals
    document = {"place": "信访大厅", "cost": "1.50", "score": Decimal("8.5"), "passed": False,
                "later": [1]}
    record = interchange._read_record(Inspection, document, "inspection")
    assert record == Inspection(place="信访大厅", cost=Decimal("1.50"), score=Decimal("8.5"),
                                passed=False, extra={"later": [1]})
    row = record_row(record)
    assert row == {"place": "信访大厅", "cost_wan": "1.50", "score": "8.5", "passed": 0}
    back = Inspection(**record_values(Inspection, row), extra=record.extra)
    assert interchange._write_record(back, normalise=False) == {**document, "score": 8.5}


def test_a_bad_value_is_named_by_its_path():
    with pytest.raises(UserError) as caught:
        interchange._read_record(Inspection, {"cost": "很多"}, "inspections[2]")
    assert caught.value.where == "inspections[2].cost"


def test_a_field_whose_type_says_nothing_is_refused_at_once():
    @dataclass(kw_only=True)
    class Vague(Record):
        when: int = 0

    with pytest.raises(TypeError, match=r"Vague\.when"):
        specs(Vague)


def test_unknown_keys_named_like_the_documents_own_are_kept_in_a_record():
    record = interchange._read_record(Inspection, {"format": "A4", "format_version": 2}, "x")
    assert record.extra == {"format": "A4", "format_version": 2}
