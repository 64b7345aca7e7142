"""Reading what people type in 年度指标值 / 实际完成值.

A value is a quantity (operator, number, unit), a deadline (a month and day, maybe a year),
or qualitative text (with the grade its wording states, if any). Text that holds a
number but cannot be read as one value raises :class:`ValueUnreadable` with a reason the
user understands: the parser never guesses "qualitative" for text it did not understand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .deadlines import PLACEHOLDER, BadDate, Deadline, read_deadline
from .limits import MAX_DIGITS, MAX_EXPONENT, number_text_fits
from .measures import measure_words
from .messages import Message
from .money import YUAN_PER_UNIT, unit_at_start

QUANTITY = "quantity"
DEADLINE = "deadline"
QUALITATIVE = "qualitative"
EMPTY = "empty"

ACHIEVED = "达成"
PARTIAL = "部分达成"
NOT_ACHIEVED = "未达成"

# Word operators, longest first so 不低于 wins over 低于.
_PREFIX_WORDS: list[tuple[str, str]] = sorted(
    [
        ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("大于等于", "≥"), ("大于或等于", "≥"),
        ("高于或等于", "≥"), ("至少", "≥"), ("达到", "≥"), ("超过", ">"), ("大于", ">"),
        ("高于", ">"), ("多于", ">"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"), ("小于等于", "≤"),
        ("小于或等于", "≤"), ("低于或等于", "≤"), ("控制在", "≤"), ("少于", "<"), ("小于", "<"),
        ("低于", "<"), ("等于", "="),
    ],
    key=lambda pair: -len(pair[0]),
)
_SUFFIX_WORDS: list[tuple[str, str]] = [
    ("及以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"), ("之内", "≤"),
]
# ═ (a box-drawing double bar) is how some printed forms' "=" comes out of a PDF
_SYMBOLS = {">=": "≥", "≥": "≥", "≧": "≥", "⩾": "≥", "<=": "≤", "≤": "≤", "≦": "≤", "⩽": "≤",
            ">": ">", "<": "<", "=": "=", "==": "=", "═": "="}
_SYMBOL_RE = re.compile(r">=|<=|==|[≥≧⩾≤≦⩽><=═]")
_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_PERCENT_WORDS = ("个百分点", "百分比", "百分点")

# Grade wording, most specific first (未达成 contains 达成, 未按时完成 contains 完成).
_GRADE_WORDS: list[tuple[str, str]] = [
    ("未按时", NOT_ACHIEVED), ("未按期", NOT_ACHIEVED), ("未如期", NOT_ACHIEVED),
    ("逾期", NOT_ACHIEVED),
    ("未达成", NOT_ACHIEVED), ("未达到", NOT_ACHIEVED), ("未完成", NOT_ACHIEVED),
    ("没有达到", NOT_ACHIEVED), ("没有完成", NOT_ACHIEVED), ("不符合", NOT_ACHIEVED),
    ("部分达成", PARTIAL), ("部分达到", PARTIAL), ("部分完成", PARTIAL), ("基本达成", PARTIAL),
    ("基本达到", PARTIAL), ("基本完成", PARTIAL), ("基本符合", PARTIAL),
    ("达成", ACHIEVED), ("达到", ACHIEVED), ("完成", ACHIEVED), ("符合", ACHIEVED),
    ("实现", ACHIEVED),
]


class ValueUnreadable(Exception):
    """The text holds figures that cannot be read as one value; ``message`` says why."""

    def __init__(self, code: str, **params: object) -> None:
        self.message = Message(code, dict(params))
        super().__init__(self.message.text("en"))


@dataclass(frozen=True)
class Value:
    kind: str  # QUANTITY, DEADLINE, QUALITATIVE or EMPTY
    op: str | None = None  # ≥ ≤ = > < as written (None where the text has none)
    number: Decimal | None = None
    unit: str = ""
    grade: str | None = None  # for qualitative text: the grade its wording states
    deadline: tuple[int | None, int, int] | None = None  # (year, month, day)
    text: str = ""
    due: Deadline | None = None  # the deadline, able to tell a month's end once the year is known

    def hint(self, actual: bool = False) -> str:
        """A short reading of the value for the window: a target '≥ 2 次', '≤ 2024-12-20';
        an *actual* is what happened, with no operator unless one was typed: '2 次', '2024-12-20'."""
        if self.kind == QUANTITY:
            number = format(self.number, "f") if self.number is not None else ""
            op = self.op if actual else self.op or "="
            return " ".join(p for p in (op, number, self.unit) if p)
        if self.deadline is not None:  # a deadline
            year, month, day = self.deadline
            prefix = f"{year}-" if year else ""
            return f"{prefix}{month:02d}-{day:02d}" if actual else f"≤ {prefix}{month:02d}-{day:02d}"
        if self.kind == QUALITATIVE:
            return self.grade or ""
        return ""


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII (NFKC), 百分比 to %, spaces trimmed."""
    result = unicodedata.normalize("NFKC", text)
    for word in _PERCENT_WORDS:
        result = result.replace(word, "%")
    return result.strip()


def grade_of(text: str) -> str | None:
    """The grade a qualitative text states (达成 / 部分达成 / 未达成), or None."""
    for word, grade in _GRADE_WORDS:
        if word in text:
            return grade
    return None


def parse_value(raw: str | None) -> Value:
    """Read a typed value; raises ValueUnreadable where figures cannot be read as one value.

    Each text is read once: rescoring on every keystroke and painting the table ask again
    for the same few hundred texts (a Value is immutable; a refusal is raised anew each time).
    New measure words (``measures.reload``) are a new tuple: every text is then read anew."""
    global _read_with
    words = measure_words()
    if words is not _read_with:
        _remembered.cache_clear()
        _read_with = words
    reading = _remembered(raw or "")
    if isinstance(reading, Value):
        return reading
    raise ValueUnreadable(reading.code, **reading.params)


_read_with: tuple[str, ...] | None = None  # the measure words the remembered readings used


@lru_cache(maxsize=8192)  # two values per indicator at the format's limit of 1,000, and typing
def _remembered(raw: str) -> Value | Message:
    try:
        return _parse(raw)
    except ValueUnreadable as exc:
        return exc.message


def _parse(raw: str) -> Value:
    text = normalise(raw)
    if not text:
        return Value(EMPTY, text="")
    try:
        due = read_deadline(text)
    except BadDate as exc:
        raise ValueUnreadable("value.bad_date", text=exc.text) from None
    if due == PLACEHOLDER:
        # a template placeholder (**月**日前) that nobody filled in: no date to compare
        return Value(QUALITATIVE, grade=grade_of(text), text=text)
    if isinstance(due, Deadline):
        return Value(DEADLINE, op="≤", deadline=(due.year, due.month, due.day), text=text, due=due)
    return _quantity_or_text(text)


def _quantity_or_text(text: str) -> Value:
    numbers = _NUMBER_RE.findall(text)
    symbol = _SYMBOL_RE.search(text)
    prefix_op = _prefix_word(text, numbers)
    if not numbers:
        if re.search(r"\d", text):
            raise ValueUnreadable("value.bad_number", text=text)
        if symbol:
            raise ValueUnreadable("value.operator_without_number", op=symbol.group(0))
        if prefix_op and "%" in text:
            # "不低于%": a figure was meant (it has a unit of measure) but the number is missing
            raise ValueUnreadable("value.operator_without_number", op=prefix_op)
        return Value(QUALITATIVE, grade=grade_of(text), text=text)
    if len(numbers) > 1:
        raise ValueUnreadable("value.several_numbers", numbers="、".join(numbers))
    number_text = numbers[0]
    start = text.index(number_text)
    before, after = text[:start], text[start + len(number_text):]
    if before.endswith("."):
        raise ValueUnreadable("value.bad_number", text=f".{number_text}")  # .5% is not 5 %
    if before.rstrip().endswith(("-", "−", "－")):
        raise ValueUnreadable("value.negative", text=text)
    if not number_text_fits(number_text.replace(",", "")):  # the limits of report-format.md
        raise ValueUnreadable("value.too_many_digits", digits=MAX_DIGITS, exponent=MAX_EXPONENT)
    try:
        number = Decimal(number_text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        raise ValueUnreadable("value.bad_number", text=number_text) from None
    op = None
    symbol = _SYMBOL_RE.search(before)
    if symbol:
        op = _SYMBOLS[symbol.group(0)]
    elif prefix_op:
        op = prefix_op
    unit, suffix_op = _unit_and_suffix(after)
    if op is None:
        op = suffix_op
    return Value(QUANTITY, op=op, number=number, unit=unit, text=text)


def _prefix_word(text: str, numbers: list[str]) -> str | None:
    """A word operator written before the number (不低于90%)."""
    head = text[: text.index(numbers[0])] if numbers else text
    for word, op in _PREFIX_WORDS:
        if word in head:
            return op
    return None


def _unit_and_suffix(after: str) -> tuple[str, str | None]:
    """Split what follows the number into its unit and a trailing operator word (以上).

    The unit is the measure word right after the number (with a '/' and a second one for a
    compound unit such as 元/人); text after it is a label. Where no known measure word
    follows, the text up to the first separator is the unit.
    """
    rest = after.strip()
    op = None
    for word, word_op in _SUFFIX_WORDS:
        if word in rest:
            op = word_op
            rest = rest.replace(word, "")
            break
    unit = _measure_word_at(rest)
    if unit is None:
        return re.split(r"[,，;；。(（]", rest, maxsplit=1)[0].strip(), op
    tail = rest[len(unit):].lstrip()
    if op is None and tail.startswith("内"):
        op = "≤"  # 60日内, 15个工作日内: no more than (domain README §5: 内 is no later than)
    # a compound unit: 元/人, and its tail kept — 元/人*月, 元/人·月 (per person and month)
    while tail[:1] in _UNIT_JOINS and (unit.count("/") or tail[:1] == "/"):
        rest_of = tail[1:].lstrip()
        part = _measure_word_at(rest_of) or rest_of[:1]
        if not part or part in _UNIT_JOINS:
            break
        unit, tail = f"{unit}{tail[0]}{part}", rest_of[len(part):].lstrip()
    return unit, op


_UNIT_JOINS = ("/", "*", "·", "×", "•")


def _measure_word_at(text: str) -> str | None:
    """The longest known measure word the text starts with."""
    return next((word for word in measure_words() if text.startswith(word)), None)


# ---------------------------------------------------------------------------------------------
# units

def _money(unit: str) -> tuple[Decimal, str] | None:
    """(factor to 元, rest of a compound unit such as '/人') for a money unit."""
    money = unit_at_start(unit)
    if money is None:
        return None
    return YUAN_PER_UNIT[money], unit[len(money):]


def common_unit(target: Value, actual: Value) -> tuple[Decimal, Decimal] | None:
    """Both numbers in one unit, or None where the units cannot be made to agree."""
    assert target.number is not None
    assert actual.number is not None
    a_unit, b_unit = target.unit, actual.unit
    if not b_unit or not a_unit or a_unit == b_unit:
        return target.number, actual.number
    a_money, b_money = _money(a_unit), _money(b_unit)
    if a_money and b_money and _same_tail(a_money[1], b_money[1]):
        return target.number * a_money[0], actual.number * b_money[0]
    if _same_tail(a_unit, b_unit):  # 人*月 and 人·月 are one unit written two ways
        return target.number, actual.number
    return None


def _same_tail(a: str, b: str) -> bool:
    """Two units (or the rests of compound ones, /人*月) alike once their joins agree."""
    def joined(unit: str) -> str:
        return re.sub(r"[*·×•]", "·", unit)
    return joined(a) == joined(b)
