"""Reading and writing the interchange format v1 (``report-format.md``), and the fingerprint.

Reading validates every field and raises :class:`UserError` naming the field
(``indicators[3].weight``); nothing half-read ever reaches a caller.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from . import forms, limits
from .fields import (
    AMOUNT,
    CAUSES,
    DATE,
    EVALUATION_KINDS,
    FLAG,
    FORM,
    JUDGEMENT,
    LIKELIHOOD,
    POINTS,
    PROFILE_ID,
    RECORD,
    RECORDS,
    TEXT,
    YEAR,
    FieldSpec,
    names,
    record_types,
    specs,
)
from .limits import NOT_FINITE
from .messages import UserError
from .model import EVALUATION_KINDS as KINDS_ALLOWED
from .model import JUDGEMENTS, Record, Report

FORMAT = "perfeval-report"
FORMAT_VERSION = 1
MAX_BYTES = limits.MAX_BYTES

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
        limits.check_number_text(value, where)
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
        if kind not in KINDS_ALLOWED:
            raise UserError(f"{where}[{i}]", "doc.bad_kind", value=kind)
    return list(value)


def _judgement(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in JUDGEMENTS:
        raise UserError(where, "doc.bad_judgement", value=value)
    return str(value)


def _form(value: Any, where: str) -> str:
    if value not in forms.FORMS:
        raise UserError(where, "doc.bad_form", value=value)
    return str(value)


def _likelihood(value: Any, where: str) -> str | None:
    """完成目标可能性; 不可能 is read as 完全不可能 (the same level)."""
    if value is None:
        return None
    level = forms.likelihood_of(value) if isinstance(value, str) else None
    if level is None:
        raise UserError(where, "doc.bad_likelihood", value=value)
    return level


def _causes(value: Any, where: str) -> dict[str, str]:
    """偏差原因: each ticked category word -> the words under it (text, possibly '')."""
    value = _object(value, where)
    out = {}
    for key, words in value.items():
        if not key.strip():
            raise UserError(where, "doc.bad_cause_category", value=key)
        key_path = f"{where}.{key}"
        if not isinstance(words, str):
            raise UserError(key_path, "doc.not_text")
        out[limits.clean_text(key, where, limits.MAX_NAME_CHARS)] = limits.clean_text(words, key_path)
    return out


Converter = Callable[[Any, str], Any]

# a field's kind (fields.py) -> how its value is read
CONVERTERS: dict[str, Converter] = {
    TEXT: _text, DATE: _iso_date, AMOUNT: _amount, POINTS: _number, FLAG: _bool,
    YEAR: _year, PROFILE_ID: _profile_id, EVALUATION_KINDS: _kinds, JUDGEMENT: _judgement,
    FORM: _form, LIKELIHOOD: _likelihood, CAUSES: _causes,
}

# key -> converter of the plain fields, per record type, derived from the model; the order
# is the order keys are written in
SPECS: dict[type, dict[str, Converter]] = {
    cls: {s.name: CONVERTERS[s.kind] for s in specs(cls) if s.flat} for cls in record_types(Report)
}
REQUIRED: dict[type, set[str]] = {
    cls: {s.name for s in specs(cls) if s.required} for cls in record_types(Report)
}


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise UserError(where, "doc.not_object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise UserError(where, "doc.not_list")
    return value


def _missing_path(spec: FieldSpec, path: str) -> str:
    """Where a required key that is absent is named: a required object by the key inside it
    that it cannot do without ('project' absent: 'project.name')."""
    if spec.record is not None:
        inner = [s.name for s in specs(spec.record) if s.required]
        if inner:
            return f"{path}.{inner[0]}"
    return path


def _read_record(cls: type, data: dict[str, Any], where: str, own: tuple[str, ...] = ()) -> Any:
    """A record from its object, every field validated and named by its path; nested
    records and lists of them are read the same way. *own* keys are neither fields nor
    unknown (the document's format and version, around the report)."""
    fields_ = specs(cls)
    for spec in fields_:  # absent required keys first: they say the most about a document
        if spec.required and spec.name not in data:
            raise UserError(_missing_path(spec, _join(where, spec.name)), "doc.missing")
    kwargs: dict[str, Any] = {}
    for spec in fields_:
        if spec.name not in data:
            continue
        value, path = data[spec.name], _join(where, spec.name)
        if spec.kind == RECORD:
            kwargs[spec.name] = _read_record(spec.record, _object(value, path), path)  # type: ignore[arg-type]
        elif spec.kind == RECORDS:
            kwargs[spec.name] = [
                _read_record(spec.record, _object(item, f"{path}[{i}]"), f"{path}[{i}]")  # type: ignore[arg-type]
                for i, item in enumerate(_list(value, path))
            ]
        else:
            kwargs[spec.name] = CONVERTERS[spec.kind](value, path)
    record = cls(**kwargs)
    known = names(cls)
    record.missing = {k for k in known if k not in data}
    record.extra = {k: v for k, v in data.items() if k not in known and k not in own}
    return record


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


ENVELOPE = ("format", "format_version")  # the document's own keys, around the report's
TOP_KEYS = (*ENVELOPE, *names(Report))


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
    return forms.check_form(limits.check_report(_read_record(Report, data, "", own=ENVELOPE)))


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


def _write_value(value: Any, kind: str, normalise: bool) -> Any:
    if isinstance(value, Decimal):
        return amount_text(value, normalise) if kind == AMOUNT else json_number(value)
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _write_record(record: Record, normalise: bool) -> dict[str, Any]:
    """A record as its object: a key the document never had is left out again where its
    value is still the default (an empty object or list, for nested records)."""
    out: dict[str, Any] = {}
    for spec in specs(type(record)):
        value = getattr(record, spec.name)
        if spec.kind == RECORD:
            written: Any = _write_record(value, normalise)
            untouched = written == {}
        elif spec.kind == RECORDS:
            written = [_write_record(item, normalise) for item in value]
            untouched = written == []
        else:
            written = _write_value(value, spec.kind, normalise)
            untouched = value == spec.default
        if spec.name in record.missing and untouched:
            continue
        out[spec.name] = written
    out.update(_plain(record.extra, normalise))
    return out


def report_to_document(report: Report, normalise: bool = False) -> dict[str, Any]:
    """The report as a JSON-ready document (``normalise`` gives the canonical form)."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **_write_record(report, normalise)}


# ---------------------------------------------------------------------------------------------
# text and files


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
    return report_from_document(limits.load_json(text))


def report_to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report_to_document(report), ensure_ascii=False, indent=indent)


def read_report_file(path: str | Path) -> Report:
    """Read a report file; every failure is a UserError naming the file (and the field)."""
    try:
        return report_from_json(limits.read_file(Path(path)))
    except UserError as exc:
        shown = str(path)
        if not exc.where.startswith(shown):
            exc.where = f"{shown}: {exc.where}" if exc.where else shown
        raise


def fingerprint(report: Report) -> str:
    """First 12 hex digits of SHA-256 over the canonical form (report-format.md)."""
    canonical = json.dumps(
        report_to_document(report, normalise=True),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
