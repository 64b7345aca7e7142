"""How figures are rounded and shown: exact inside, half-up to 2 decimals only when shown."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

CENT = Decimal("0.01")


def round2(value: Decimal) -> Decimal:
    """Round half up to 2 decimals: only for showing a figure (or reading the grade)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def figure(value: Decimal) -> float:
    """A figure for JSON output: rounded to 2 decimals (85.0, 93.82)."""
    return float(round2(value))


@lru_cache(maxsize=4096)  # the panel and the table show the same few hundred figures on each keystroke
def figure_text(value: Decimal | int) -> str:
    """A figure as people write it: '8.82', '10' (not '10.00'), '0.5'."""
    rounded = round2(Decimal(value))
    if rounded == rounded.to_integral_value():
        return str(int(rounded))
    return format(rounded.normalize(), "f")


def percent_text(fraction: Decimal) -> str:
    """A fraction as a percentage: 0.9997 -> '99.97%'."""
    return f"{figure_text(fraction * 100)}%"


def percent_figure_text(percent: Decimal | None) -> str:
    """A figure already in percent (core/monitoring's 执行率 and time progress, the
    comparison's rates): 58.333 -> '58.33%'; '—' where there is none."""
    return "—" if percent is None else f"{figure_text(percent)}%"
