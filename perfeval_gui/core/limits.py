"""The limits of report-format.md, enforced wherever a report enters: a file, a paste, the store.

Two stages. :func:`load_json` parses the text with every number checked *as text* before it
is converted (``1e-999999999`` or a 4,400-digit integer is refused at once, not after a
gigabyte of arithmetic), duplicate keys caught, nesting and lone surrogates refused
anywhere, unknown keys included. :func:`check_report` then holds the model itself to the
limits — counts, text lengths, ranges and decimals — and tidies its text (line breaks to
``\\n``, control characters dropped). A report that passes both can be scored, stored,
exported and shown; anything else is a :class:`UserError` naming the field.
"""

from __future__ import annotations

import json
import os
import re
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

from .fields import AMOUNT, specs
from .form_columns import POINTS, form_columns
from .messages import UserError
from .model import Indicator, Record, Report

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_INDICATORS = 1000
MAX_ROWS = 50  # fund rows, team members
MAX_NAME_CHARS = 200  # project.name
MAX_TEXT_CHARS = 20_000
MAX_AMOUNT = Decimal(10) ** 12
AMOUNT_DECIMALS = 6
MAX_POINTS = Decimal(100)
POINTS_DECIMALS = 2
YEARS = (2000, 2100)
MAX_DIGITS = 30
MAX_EXPONENT = 30

# the limit "weights and scores: 0–100": the indicator table's points columns (core/model.py),
# and the funds' weight and score of the same names
POINT_FIELDS = tuple(c.field for c in form_columns(Indicator) if c.kind == POINTS)
LIST_LIMITS = {"indicators": MAX_INDICATORS, "team": MAX_ROWS}

_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|\r|\x0b")
_CONTROL = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f]")
_NUMBER = re.compile(r"\s*[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?)(\d+))?\s*")


class NotFinite:
    """Stands in for NaN/Infinity so the field that holds it can be named in the error."""


NOT_FINITE = NotFinite()


class _RefusedNumber:
    """A JSON number past the limits, kept as text until its field can be named."""

    def __init__(self, text: str) -> None:
        self.text = text


class _DuplicateKeys(dict):  # type: ignore[type-arg]
    """An object that repeated a key; the key is named once its path is known."""

    duplicate: str = ""


# ---------------------------------------------------------------------------------------------
# the file


def require_regular_file(path: Path) -> os.stat_result:
    """The file's stat, where it is a regular file: opening a pipe or reading a device
    (/dev/zero) would never end. Raises OSError as stat() does where it cannot be looked at."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise UserError(str(path), "file.is_directory")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(str(path), "file.not_regular")
    return info


def read_file(path: Path, limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, at most *limit* of them; every failure a UserError naming the file.
    Only regular files: a pipe or a device (/dev/zero) would never end."""
    where = str(path)
    try:
        info = require_regular_file(path)
        if info.st_size > limit:
            raise UserError(where, "doc.too_large", limit=limit // (1024 * 1024))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grew since stat() is still bounded
    except FileNotFoundError:
        raise UserError(where, "file.missing") from None
    except OSError as exc:
        raise UserError(where, "file.unreadable", detail=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise UserError(where, "doc.too_large", limit=limit // (1024 * 1024))
    return data


# ---------------------------------------------------------------------------------------------
# numbers as text


def number_text_fits(text: str) -> bool:
    """True unless *text* is a number with more than 30 significant digits or an exponent
    beyond ±30. Decided on the text alone; what is not a number at all passes (the field's
    own reader refuses it)."""
    match = _NUMBER.fullmatch(text)
    if not match:
        return True
    whole, frac, sign, exponent = match.groups()
    frac = frac or ""
    digits = (whole + frac).lstrip("0")
    if not digits:
        return True  # zero, however it is written
    if len(digits) > MAX_DIGITS:
        return False
    if exponent is not None and len(exponent.lstrip("0")) > 4:
        return False
    written = int(exponent or 0) * (-1 if sign == "-" else 1)
    adjusted = written - len(frac) + len(digits) - 1  # the exponent in scientific notation
    return -MAX_EXPONENT <= adjusted <= MAX_EXPONENT


def check_number_text(text: str, where: str) -> None:
    if not number_text_fits(text):
        raise UserError(where, "limit.number_digits", digits=MAX_DIGITS, exponent=MAX_EXPONENT)


def _parse_int(text: str) -> int | _RefusedNumber:
    return int(text) if number_text_fits(text) else _RefusedNumber(text)


def _parse_float(text: str) -> Decimal | _RefusedNumber:
    return Decimal(text) if number_text_fits(text) else _RefusedNumber(text)


def _parse_constant(_name: str) -> NotFinite:
    return NOT_FINITE


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    seen: set[str] = set()
    flagged = _DuplicateKeys(data)
    flagged.duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return flagged


# ---------------------------------------------------------------------------------------------
# the parsed document


def load_json(text: str) -> Any:
    """Parse a document, refusing what passes a limit at any depth, in any key."""
    try:
        document = json.loads(text, parse_float=_parse_float, parse_int=_parse_int,
                              parse_constant=_parse_constant, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise UserError("", "doc.not_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise UserError("", "limit.depth", limit=MAX_DEPTH) from None
    _check_counts(document)
    _check_tree(document)
    return document


def _check_counts(document: Any) -> None:
    """Long lists are refused before anything walks them."""
    if not isinstance(document, dict):
        return
    for key, limit in LIST_LIMITS.items():
        if isinstance(document.get(key), list) and len(document[key]) > limit:
            raise UserError(key, "limit.count", count=len(document[key]), limit=limit)
    funds = document.get("funds")
    if isinstance(funds, dict) and isinstance(funds.get("rows"), list) and len(funds["rows"]) > MAX_ROWS:
        raise UserError("funds.rows", "limit.count", count=len(funds["rows"]), limit=MAX_ROWS)


def _check_tree(document: Any) -> None:
    """One walk over every value: depth, markers left by the parser, lone surrogates.

    Iterative (a document may be as deep as the parser allows); paths are built only for
    the value that is refused, by following the parent links."""
    stack: list[tuple[Any, int, Any, Any]] = [(document, 1, None, None)]
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[1]
        if isinstance(value, dict):
            if depth > MAX_DEPTH:
                raise UserError(_path(entry, 3), "limit.depth", limit=MAX_DEPTH)
            if isinstance(value, _DuplicateKeys):
                raise UserError(_path(entry), "limit.duplicate_key", key=value.duplicate)
            for key, item in value.items():
                if _SURROGATE.search(key):
                    raise UserError(_path(entry), "limit.surrogate")
                stack.append((item, depth + 1, entry, key))
        elif isinstance(value, list):
            if depth > MAX_DEPTH:
                raise UserError(_path(entry, 3), "limit.depth", limit=MAX_DEPTH)
            stack.extend((item, depth + 1, entry, i) for i, item in enumerate(value))
        elif isinstance(value, str):
            if _SURROGATE.search(value):
                raise UserError(_path(entry), "limit.surrogate")
        elif value is NOT_FINITE:
            raise UserError(_path(entry), "doc.not_finite")
        elif isinstance(value, _RefusedNumber):
            raise UserError(_path(entry), "limit.number_digits", digits=MAX_DIGITS,
                            exponent=MAX_EXPONENT)


def _path(entry: tuple[Any, int, Any, Any], keep: int | None = None) -> str:
    """The field path of a walked value; *keep* cuts a deep one to its first steps (one line)."""
    parts: list[str] = []
    while entry[2] is not None:
        key = entry[3]
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
        entry = entry[2]
    parts.reverse()
    cut = keep is not None and len(parts) > keep
    return "".join(parts[:keep] if cut else parts).lstrip(".") + ("…" if cut else "")


# ---------------------------------------------------------------------------------------------
# the report model


def clean_text(text: str, where: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Text as the limits keep it: line breaks as \\n, control characters (but tab) dropped."""
    if _SURROGATE.search(text):
        raise UserError(where, "limit.surrogate")
    cleaned = _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
    if len(cleaned) > limit:
        raise UserError(where, "limit.text_length", count=len(cleaned), limit=limit)
    return cleaned


def text_limit(where: str) -> int:
    return MAX_NAME_CHARS if where == "project.name" else MAX_TEXT_CHARS


def check_amount(value: Decimal, where: str) -> Decimal:
    _check_decimal(value, where, MAX_AMOUNT, AMOUNT_DECIMALS, "limit.amount")
    return value


def check_points(value: Decimal, where: str) -> Decimal:
    _check_decimal(value, where, MAX_POINTS, POINTS_DECIMALS, "limit.points")
    return value


def _check_decimal(value: Decimal, where: str, high: Decimal, decimals: int, code: str) -> None:
    if not value.is_finite():
        raise UserError(where, "doc.not_finite")
    # compared before anything computes with it: 1e-999999999 costs nothing here
    if not 0 <= value <= high:
        raise UserError(where, code, value=_shown(value), high=_shown(high), decimals=decimals)
    if value and value.normalize().as_tuple().exponent < -decimals:  # type: ignore[operator]
        raise UserError(where, code, value=_shown(value), high=_shown(high), decimals=decimals)


def _shown(value: Decimal) -> str:
    """A refused figure short enough for one line."""
    text = format(value, "f") if abs(value.adjusted()) <= 40 else str(value)
    return text if len(text) <= 40 else f"{text[:37]}…"


def check_year(year: int, where: str = "year") -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise UserError(where, "limit.year", value=year, low=YEARS[0], high=YEARS[1])


LIST_PATH_LIMITS = {"funds.rows": MAX_ROWS, "indicators": MAX_INDICATORS, "team": MAX_ROWS}


def check_list_length(list_path: str, count: int) -> None:
    """A list of the report may not grow past its limit (the window's Add buttons ask this)."""
    limit = LIST_PATH_LIMITS.get(list_path)
    if limit is not None and count > limit:
        raise UserError(list_path, "limit.count", count=count, limit=limit)


def check_report(report: Report) -> Report:
    """Hold a report to every limit, tidying its text in place; returns it."""
    check_year(report.year)
    report.profile = clean_text(report.profile, "profile", MAX_NAME_CHARS)
    for where, items in (("funds.rows", report.funds.rows), ("indicators", report.indicators),
                         ("team", report.team)):
        check_list_length(where, len(items))
    for where, record in _records(report):
        _check_record(record, where)
    return report


def _records(report: Report) -> list[tuple[str, Record]]:
    records: list[tuple[str, Record]] = [
        ("project", report.project), ("evaluation", report.evaluation), ("funds", report.funds),
        ("goal", report.goal), ("sections", report.sections),
    ]
    records += [(f"funds.rows[{i}]", r) for i, r in enumerate(report.funds.rows)]
    records += [(f"indicators[{i}]", r) for i, r in enumerate(report.indicators)]
    records += [(f"team[{i}]", r) for i, r in enumerate(report.team)]
    return records


def _check_record(record: Record, where: str) -> None:
    for spec in specs(type(record)):
        value = getattr(record, spec.name)
        path = f"{where}.{spec.name}"
        if isinstance(value, str):
            cleaned = clean_text(value, path, text_limit(path))
            if cleaned != value:
                setattr(record, spec.name, cleaned)
        elif isinstance(value, Decimal):
            if spec.kind == AMOUNT:
                check_amount(value, path)
            elif spec.name in POINT_FIELDS:  # a weight or a score, not any other number
                check_points(value, path)
