"""What people type into number fields, read exactly: amounts in 万元 and points.

``50000元`` in a 万元 column means 5; full-width digits and thousands separators are
fine; a negative or unreadable figure is refused with a message naming why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .forms import likelihood_of
from .limits import MAX_NAME_CHARS, check_amount, check_number_text, check_points, clean_text, text_limit
from .messages import UserError
from .money import UNIT_PATTERN, WAN_PER_UNIT
from .values import normalise

_AMOUNT = re.compile(rf"^(\d[\d,]*(?:\.\d+)?)\s*({UNIT_PATTERN})?$")


def amount_input(text: str, where: str = "") -> Decimal | None:
    """An amount typed into a 万元 column: '' is none, '50000元' is 5."""
    typed = normalise(text).replace(" ", "")
    if not typed:
        return None
    if typed.startswith(("-", "−")):
        raise UserError(where, "doc.negative", value=text)
    match = _AMOUNT.match(typed)
    if not match:
        raise UserError(where, "doc.not_amount", value=text)
    digits = match.group(1).replace(",", "")
    check_number_text(digits, where)
    try:
        number = Decimal(digits)
    except InvalidOperation:
        raise UserError(where, "doc.not_amount", value=text) from None
    # the same limits as a file: the window cannot hold what an import would refuse
    return check_amount((number * WAN_PER_UNIT[match.group(2)]).normalize() if match.group(2) else number,
                        where)


def points_input(text: str, where: str = "") -> Decimal | None:
    """A weight or score: '' is none (take the rule score), '8.5' is 8.5."""
    typed = normalise(text).replace(" ", "").rstrip("分")
    if not typed:
        return None
    if typed.startswith(("-", "−")):
        raise UserError(where, "doc.negative", value=text)
    check_number_text(typed, where)
    try:
        number = Decimal(typed)
    except InvalidOperation:
        raise UserError(where, "doc.not_number") from None
    if not number.is_finite():
        raise UserError(where, "doc.not_finite")
    return check_points(number, where)


# 2025-03-10, 2025/3/10, 2025.3.10, 2025年3月10日 (日 optional), 20250310
_DATE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def date_input(text: str, where: str = "") -> str | None:
    """A date typed in any of the usual forms, kept as the format's YYYY-MM-DD: '' is none."""
    typed = normalise(text).strip()
    if not typed:
        return None
    match = _DATE.match(typed) or _COMPACT_DATE.match(typed)
    if not match:
        raise UserError(where, "input.bad_date", value=text)
    try:
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        raise UserError(where, "value.bad_date", text=text) from None


def plain_text(text: str, where: str = "") -> str:
    """Typed text under the same limits as a file's (length, line breaks, control characters)."""
    return clean_text(text, where, text_limit(where))


def show_text(value: Any) -> str:
    return value or ""


def likelihood_input(text: str, where: str = "") -> str | None:
    """完成目标可能性 as typed or chosen: '' is none, 不可能 is 完全不可能 (the same level)."""
    typed = normalise(text).strip()
    if not typed:
        return None
    level = likelihood_of(typed)
    if level is None:
        raise UserError(where, "doc.bad_likelihood", value=text)
    return level


# a 偏差原因 cell written out: 经费保障：资金 6 月才下达；其他 (a category without words alone)
CAUSE_SEPARATOR, WORDS_SEPARATOR = "；", "："


def causes_input(text: str, where: str = "") -> dict[str, str]:
    """A 偏差原因 cell as written out by show_causes (pasted or typed): each category with
    its words."""
    out: dict[str, str] = {}
    for part in normalise(text).replace(";", CAUSE_SEPARATOR).split(CAUSE_SEPARATOR):
        category, _, words = part.replace(":", WORDS_SEPARATOR).partition(WORDS_SEPARATOR)
        if category.strip():
            key = clean_text(category.strip(), where, MAX_NAME_CHARS)
            out[key] = clean_text(words.strip(), f"{where}.{key}")
    return out


def show_causes(value: Any) -> str:
    return CAUSE_SEPARATOR.join(f"{category}{WORDS_SEPARATOR}{words}" if words else category
                                for category, words in (value or {}).items())


def show_number(value: Decimal | None) -> str:
    """A number as the user typed it: 10, 8.5, 89.974 (no exponent, no trailing zeros)."""
    return "" if value is None else format(value.normalize(), "f")


Parse = Callable[[str, str], Any]  # (typed text, field path for the error) -> value
Show = Callable[[Any], str]  # value -> the text a field shows

# a field's kind -> how what is typed becomes a value, and how a value is shown
PARSERS: dict[str, tuple[Parse, Show]] = {
    "text": (plain_text, show_text),
    "amount": (amount_input, show_number),
    "points": (points_input, show_number),
    "date": (date_input, show_text),
    "choice": (likelihood_input, show_text),
    "causes": (causes_input, show_causes),
}
