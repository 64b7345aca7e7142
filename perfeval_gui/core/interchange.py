"""Reading and writing the interchange format v1 (``report-format.md``), and the fingerprint.

Reading validates every field and raises :class:`UserError` naming the field
(``indicators[3].weight``); nothing half-read ever reaches a caller.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import MISSING, fields
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .messages import UserError
from .model import (
    DEFAULT_PROFILE,
    EVALUATION_KINDS,
    SECTION_KEYS,
    Evaluation,
    FundRow,
    Funds,
    Goal,
    Indicator,
    Project,
    Record,
    Report,
    Sections,
    TeamMember,
)

FORMAT = "perfeval-report"
FORMAT_VERSION = 1
MAX_BYTES = 10 * 1024 * 1024


class _NotFinite:
    """Stands in for NaN/Infinity so the field that holds it can be named in the error."""


NOT_FINITE = _NotFinite()

# ---------------------------------------------------------------------------------------------
# field converters: (value, path) -> python value; each raises UserError naming the path


def _text(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise UserError(where, "doc.not_text")


def _amount(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if value is NOT_FINITE:
        raise UserError(where, "doc.not_finite")
    if isinstance(value, bool):
        raise UserError(where, "doc.not_amount", value=value)
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise UserError(where, "doc.not_amount", value=value) from None
    else:
        raise UserError(where, "doc.not_amount", value=value)
    if not number.is_finite():
        raise UserError(where, "doc.not_finite")
    if number < 0:
        raise UserError(where, "doc.negative", value=value)
    return number


def _number(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if value is NOT_FINITE:
        raise UserError(where, "doc.not_finite")
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise UserError(where, "doc.not_number")
    number = Decimal(value)
    if number < 0:
        raise UserError(where, "doc.negative", value=value)
    return number


def _bool(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    raise UserError(where, "doc.not_bool")


def _iso_date(value: Any, where: str) -> str | None:
    value = _text(value, where)
    if value:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise UserError(where, "doc.bad_date", value=value) from None
    return value


def _year(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(where, "doc.not_integer")
    if not 1900 <= value <= 2200:
        raise UserError(where, "doc.bad_year", value=value)
    return value


def _profile_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise UserError(where, "doc.not_text")
    return value


def _kinds(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise UserError(where, "doc.not_list")
    for i, kind in enumerate(value):
        if kind not in EVALUATION_KINDS:
            raise UserError(f"{where}[{i}]", "doc.bad_kind", value=kind)
    return list(value)


Converter = Callable[[Any, str], Any]

# key -> converter, per record type; the order is the order keys are written in.
SPECS: dict[type, dict[str, Converter]] = {
    Project: {k: _text for k in (
        "name", "region", "unit", "department", "department_code",
        "implementing_unit", "credit_code",
    )},
    Evaluation: {"leader": _text, "contact": _text, "phone": _text, "date": _iso_date},
    FundRow: {"label": _text, "initial": _amount, "adjusted": _amount, "executed": _amount},
    Goal: {"expected": _text, "achieved": _text},
    Indicator: {
        "level1": _text, "level2": _text, "name": _text, "target": _text, "actual": _text,
        "weight": _number, "score": _number, "deviation": _text,
        "applicable": _bool, "score_note": _text,
    },
    Sections: dict.fromkeys(SECTION_KEYS, _text),
    TeamMember: {"name": _text, "title": _text, "unit": _text},
}
REQUIRED: dict[type, set[str]] = {Project: {"name"}}


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise UserError(where, "doc.not_object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise UserError(where, "doc.not_list")
    return value


def _default(cls: type, name: str) -> Any:
    f = next(f for f in fields(cls) if f.name == name)
    return f.default_factory() if f.default is MISSING else f.default  # type: ignore[misc]


def _read_flat(cls: type, value: Any, where: str) -> Any:
    data = _object(value, where)
    spec = SPECS[cls]
    kwargs: dict[str, Any] = {}
    for key, convert in spec.items():
        path = f"{where}.{key}" if where else key
        if key in data:
            kwargs[key] = convert(data[key], path)
        elif key in REQUIRED.get(cls, ()):
            raise UserError(path, "doc.missing")
    record = cls(**kwargs)
    record.missing = {k for k in spec if k not in data}
    record.extra = {k: v for k, v in data.items() if k not in spec}
    return record


def _read_funds(value: Any, where: str) -> Funds:
    data = _object(value, where)
    funds = Funds()
    known = ("weight", "score", "rows")
    if "weight" in data:
        funds.weight = _number(data["weight"], f"{where}.weight")
    if "score" in data:
        funds.score = _number(data["score"], f"{where}.score")
    if "rows" in data:
        rows = _list(data["rows"], f"{where}.rows")
        funds.rows = [_read_flat(FundRow, r, f"{where}.rows[{i}]") for i, r in enumerate(rows)]
    funds.missing = {k for k in known if k not in data}
    funds.extra = {k: v for k, v in data.items() if k not in known}
    return funds


def _read_records(cls: type, data: dict[str, Any], key: str) -> list[Any]:
    items = _list(data[key], key)
    return [_read_flat(cls, item, f"{key}[{i}]") for i, item in enumerate(items)]


TOP_KEYS = (
    "format", "format_version", "profile", "year", "evaluation_kinds", "project",
    "evaluation", "funds", "goal", "indicators", "sections", "team",
)


def report_from_document(document: Any) -> Report:
    """Build a report from a parsed JSON document, validating every field."""
    data = _object(document, "")
    if data.get("format") != FORMAT:
        raise UserError("format", "doc.wrong_format")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise UserError("format_version", "doc.not_integer")
    if version != FORMAT_VERSION:
        raise UserError("format_version", "doc.newer_version", version=version)
    if "year" not in data:
        raise UserError("year", "doc.missing")
    if "project" not in data:
        raise UserError("project.name", "doc.missing")
    report = Report(year=_year(data["year"], "year"))
    if "profile" in data:
        report.profile = _profile_id(data["profile"], "profile")
    if "evaluation_kinds" in data:
        report.evaluation_kinds = _kinds(data["evaluation_kinds"], "evaluation_kinds")
    report.project = _read_flat(Project, data["project"], "project")
    readers: dict[str, Callable[[], Any]] = {
        "evaluation": lambda: _read_flat(Evaluation, data["evaluation"], "evaluation"),
        "funds": lambda: _read_funds(data["funds"], "funds"),
        "goal": lambda: _read_flat(Goal, data["goal"], "goal"),
        "indicators": lambda: _read_records(Indicator, data, "indicators"),
        "sections": lambda: _read_flat(Sections, data["sections"], "sections"),
        "team": lambda: _read_records(TeamMember, data, "team"),
    }
    for key, read in readers.items():
        if key in data:
            setattr(report, key, read())
    report.missing = {k for k in TOP_KEYS if k not in data}
    report.extra = {k: v for k, v in data.items() if k not in TOP_KEYS}
    return report


# ---------------------------------------------------------------------------------------------
# writing


def amount_text(value: Decimal, normalise: bool = False) -> str:
    """An amount as the document writes it; normalised ('5', not '5.00') for the fingerprint."""
    if normalise:
        value = value.normalize()
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


def json_number(value: Decimal) -> int | float:
    """A weight or score as a JSON number: an integer where it is one."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _plain(value: Any, normalise: bool) -> Any:
    """Extra (unknown) values back to JSON-ready types: Decimals from the parser become numbers."""
    if isinstance(value, Decimal):
        return json_number(value) if normalise else float(value)
    if isinstance(value, dict):
        return {k: _plain(v, normalise) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, normalise) for v in value]
    return value


def _write_value(value: Any, converter: Converter, normalise: bool) -> Any:
    if isinstance(value, Decimal):
        if converter is _amount:
            return amount_text(value, normalise)
        return json_number(value)
    return value


def _write_flat(record: Record, spec: dict[str, Converter], normalise: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, converter in spec.items():
        value = getattr(record, key)
        if key in record.missing and value == _default(type(record), key):
            continue
        out[key] = _write_value(value, converter, normalise)
    out.update(_plain(record.extra, normalise))
    return out


def report_to_document(report: Report, normalise: bool = False) -> dict[str, Any]:
    """The report as a JSON-ready document (``normalise`` gives the canonical form)."""
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    parts: dict[str, Callable[[], Any]] = {
        "profile": lambda: report.profile,
        "year": lambda: report.year,
        "evaluation_kinds": lambda: list(report.evaluation_kinds),
        "project": lambda: _write_flat(report.project, SPECS[Project], normalise),
        "evaluation": lambda: _write_flat(report.evaluation, SPECS[Evaluation], normalise),
        "funds": lambda: _write_funds(report.funds, normalise),
        "goal": lambda: _write_flat(report.goal, SPECS[Goal], normalise),
        "indicators": lambda: [
            _write_flat(i, SPECS[Indicator], normalise) for i in report.indicators
        ],
        "sections": lambda: _write_flat(report.sections, SPECS[Sections], normalise),
        "team": lambda: [_write_flat(m, SPECS[TeamMember], normalise) for m in report.team],
    }
    for key, part in parts.items():
        value = part()
        if key in report.missing and value == _empty_top(key):
            continue
        doc[key] = value
    doc.update(_plain(report.extra, normalise))
    return doc


def _empty_top(key: str) -> Any:
    """What a top-level part looks like when the document never had it."""
    empty = {
        "profile": DEFAULT_PROFILE,
        "evaluation_kinds": [],
        "funds": {},
        "indicators": [],
        "team": [],
    }
    return empty.get(key, {})


def _write_funds(funds: Funds, normalise: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    values = {
        "weight": None if funds.weight is None else json_number(funds.weight),
        "score": None if funds.score is None else json_number(funds.score),
        "rows": [_write_flat(r, SPECS[FundRow], normalise) for r in funds.rows],
    }
    defaults = {"weight": 10, "score": None, "rows": []}
    for key, value in values.items():
        if key in funds.missing and value == defaults[key]:
            continue
        out[key] = value
    out.update(_plain(funds.extra, normalise))
    return out


# ---------------------------------------------------------------------------------------------
# text and files


def _reject_constant(name: str) -> _NotFinite:
    return NOT_FINITE


def report_from_json(text: str | bytes) -> Report:
    """Parse and validate a JSON document (text or UTF-8 bytes)."""
    if isinstance(text, str):
        size = len(text.encode("utf-8"))
    else:
        size = len(text)
    if size > MAX_BYTES:
        raise UserError("", "doc.too_large", limit=MAX_BYTES // (1024 * 1024))
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("", "file.not_utf8") from None
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise UserError("", "doc.not_json", detail=f"line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise UserError("", "doc.not_json", detail="nested too deeply") from None
    _reject_hidden_constants(document, "")
    return report_from_document(document)


def _reject_hidden_constants(value: Any, where: str) -> None:
    """NaN inside unknown keys must be refused too: it could never be written back as JSON."""
    if value is NOT_FINITE:
        raise UserError(where, "doc.not_finite")
    if isinstance(value, dict):
        for k, v in value.items():
            _reject_hidden_constants(v, f"{where}.{k}" if where else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _reject_hidden_constants(v, f"{where}[{i}]")


def report_to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report_to_document(report), ensure_ascii=False, indent=indent)


def read_report_file(path: str | Path) -> Report:
    """Read a report file; every failure is a UserError naming the file."""
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise UserError(where, "file.is_directory")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(where, "doc.too_large", limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(where, "file.missing") from None
    except OSError as exc:
        raise UserError(where, "file.unreadable", detail=exc.strerror or str(exc)) from None
    return report_from_json(data)


def fingerprint(report: Report) -> str:
    """First 12 hex digits of SHA-256 over the canonical form (report-format.md)."""
    canonical = json.dumps(
        report_to_document(report, normalise=True),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
