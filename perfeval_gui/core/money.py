"""The money units people write, tabled once. Reports keep amounts in 万元; 元 and 亿元 are
converted wherever a typed amount, a target or a figure of the narrative is compared."""

from __future__ import annotations

from decimal import Decimal

# unit -> its value in 万元, longest name first: a reader that tries them in order never
# takes the 元 of 万元 for a unit of its own
WAN_PER_UNIT: dict[str, Decimal] = {
    "亿元": Decimal(10_000),
    "万元": Decimal(1),
    "元": Decimal("0.0001"),
}
YUAN_PER_WAN = Decimal(10_000)
# the same in 元 (exact integers), where figures are compared in the smallest unit
YUAN_PER_UNIT = {unit: (wan * YUAN_PER_WAN).to_integral_value() for unit, wan in WAN_PER_UNIT.items()}
UNIT_PATTERN = "|".join(WAN_PER_UNIT)  # for regular expressions: 亿元|万元|元


def unit_at_start(text: str) -> str | None:
    """The money unit *text* begins with ('万元/人' -> '万元'), or None."""
    return next((unit for unit in WAN_PER_UNIT if text.startswith(unit)), None)
