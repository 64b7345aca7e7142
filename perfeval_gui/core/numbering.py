"""Chinese outline numbering: 一、二、… (一)(二)… 1. 2. — one source, never a gap."""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九 (outlines never go further)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS[ones]
    prefix = "" if tens == 1 else DIGITS[tens]
    return f"{prefix}十{DIGITS[ones] if ones else ''}"


def number_value(label: str) -> int:
    """The value of an outline number as written: '3' -> 3, '十二' -> 12, '二十' -> 20."""
    if label.isdigit():
        return int(label)
    tens, sep, ones = label.partition("十")
    if not sep:
        return DIGITS.index(ones or tens)
    return (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(ones) if ones else 0)


def heading1(n: int) -> str:
    return f"{chinese_number(n)}、"


def heading2(n: int) -> str:
    return f"（{chinese_number(n)}）"


def item(n: int) -> str:
    return f"{n}."


def subitem(n: int) -> str:
    return f"({n})"
