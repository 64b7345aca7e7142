"""One row of a merged group put into the group the user typed for it, as one step: the
alternative to renaming the whole group (which the merged cell means) when the user wanted only
the row they were on elsewhere — typically a row 添加指标 put at a group's end, named there.

The row takes the typed name and goes after the last row of the first run already bearing it
(so it joins that group's merged cell); where no run bears it, after its own group (so it heads a
group of its own, not splitting its old one in two)."""

from __future__ import annotations

from . import edits
from .grouping import LEVEL1, LEVEL1_AND_2, group_span
from .model import Indicator, Report, text

GROUP_FIELDS = {"level1": LEVEL1, "level2": LEVEL1_AND_2}


def _key(indicator: Indicator, fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(text(getattr(indicator, f)) for f in fields)


def destination(indicators: list[Indicator], row: int, field: str, name: str) -> int:
    """The index (in the list as it is) the row is put before, once it bears *name*."""
    fields = GROUP_FIELDS[field]
    own = group_span(indicators, row, fields)
    wanted = tuple(name if f == field else text(getattr(indicators[row], f)) for f in fields)
    for r, indicator in enumerate(indicators):
        if r not in own and _key(indicator, fields) == wanted:
            return group_span(indicators, r, fields).stop
    return own.stop


def move_into_group(report: Report, row: int, field: str, name: str) -> edits.Steps | None:
    """Row *row*'s *field* (level1 or level2) set to *name*, the row moved to where that
    group is (``destination``): one step, None where nothing changes."""
    indicators = report.indicators
    before = destination(indicators, row, field, name)
    others = [r for r in range(len(indicators)) if r != row]
    place = sum(1 for r in others if r < before)
    order = [*others[:place], row, *others[place:]]
    return edits.in_turn(report, [
        lambda r: edits.set_field(r, f"indicators[{row}].{field}", name),
        lambda r: edits.reorder_rows(r, "indicators", order),
    ])
