"""The runs of indicators that share a first-level (and second-level) group: the cells the
paper merges vertically, in the printed table and in the window alike."""

from __future__ import annotations

from .model import Indicator, text

LEVEL1 = ("level1",)
LEVEL1_AND_2 = ("level1", "level2")


def _key(indicator: Indicator, fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(text(getattr(indicator, f)) for f in fields)


def group_span(indicators: list[Indicator], row: int, fields: tuple[str, ...]) -> range:
    """The rows around *row* that share its level1 (or level1 and level2)."""
    key = _key(indicators[row], fields)
    start = row
    while start > 0 and _key(indicators[start - 1], fields) == key:
        start -= 1
    end = row + 1
    while end < len(indicators) and _key(indicators[end], fields) == key:
        end += 1
    return range(start, end)


def starts_group(indicators: list[Indicator], row: int, fields: tuple[str, ...]) -> bool:
    """Does a merged cell begin at this row (it is the first of its run)?"""
    return row == 0 or _key(indicators[row - 1], fields) != _key(indicators[row], fields) \
        or (fields == LEVEL1_AND_2 and starts_group(indicators, row, LEVEL1))
