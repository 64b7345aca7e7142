"""Rows <-> records: which column holds which field and how its value is kept, derived from
the model's fields (``core/fields.py``). A field added to a record needs only its column,
added by a migration (``schema.py``); nothing here names a field.

Exact decimals are kept as text (SQLite's REAL would round them); flags as 0/1; the
evaluation kinds as a JSON list.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from ..core.fields import AMOUNT, CAUSES, EVALUATION_KINDS, FLAG, POINTS, FieldSpec, specs
from ..core.interchange import amount_text
from ..core.model import Evaluation, FundRow, Funds, Goal, Indicator, Project, Report, Sections, TeamMember

# the records kept on the reports row: their attribute on Report ('' for the report's own
# fields), their type and the prefix of their columns
ON_REPORT_ROW: tuple[tuple[str, type, str], ...] = (
    ("", Report, ""), ("project", Project, ""), ("evaluation", Evaluation, ""),
    ("funds", Funds, "funds_"), ("goal", Goal, "goal_"),
)
# the lists of records kept in tables of their own: path in the report -> (table, record type)
CHILD_TABLES: dict[str, tuple[str, type]] = {
    "funds.rows": ("fund_rows", FundRow),
    "indicators": ("indicators", Indicator),
    "team": ("team_members", TeamMember),
}


def where_kept(cls: type) -> tuple[str, str | None, str | None]:
    """(table, column prefix, name of its part of the row's meta — None where the meta is the
    record's own) of a record type. The sections have no columns (prefix None): each text is
    a row of the sections table, its meta on the reports row."""
    if cls is Sections:
        return "reports", None, "sections"
    for attr, record, prefix in ON_REPORT_ROW:
        if record is cls:
            return "reports", prefix, attr or "report"
    for table, record in CHILD_TABLES.values():
        if record is cls:
            return table, "", None
    raise KeyError(f"{cls.__name__} is not kept in columns")


def dumps_meta(value: Any) -> str | None:
    """A row's meta (unknown keys, absent keys) as JSON text; None where there is none."""
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value).__name__)


def loads_meta(value: str | None) -> Any:
    return json.loads(value, parse_float=Decimal) if value else None


def flat_specs(cls: type) -> tuple[FieldSpec, ...]:
    return tuple(s for s in specs(cls) if s.flat)


def columns(cls: type, prefix: str = "") -> dict[str, str]:
    """Field -> column of a record type's own values."""
    return {s.name: prefix + s.column for s in flat_specs(cls)}


def to_column(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind in (AMOUNT, POINTS):
        return amount_text(value)
    if spec.kind == FLAG:
        return int(value)
    if spec.kind == EVALUATION_KINDS:
        return json.dumps(value)
    if spec.kind == CAUSES:  # category -> words, in the order they were ticked
        return json.dumps(value, ensure_ascii=False)
    return value


def from_column(spec: FieldSpec, value: Any) -> Any:
    if spec.kind in (AMOUNT, POINTS):
        return None if value is None else Decimal(str(value))
    if spec.kind == FLAG:
        return bool(value)
    if spec.kind == EVALUATION_KINDS:
        return json.loads(value or "[]")
    if spec.kind == CAUSES:
        return json.loads(value or "{}")
    return value


def record_row(record: Any, prefix: str = "") -> dict[str, Any]:
    """The columns of a record's own values."""
    return {prefix + s.column: to_column(s, getattr(record, s.name)) for s in flat_specs(type(record))}


def record_values(cls: type, row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A record's own values from its row, as keyword arguments for *cls*."""
    return {s.name: from_column(s, row[prefix + s.column]) for s in flat_specs(cls)}
