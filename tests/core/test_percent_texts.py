"""A rate as people read it: a fraction (the 自评表's 执行率) and a figure already in percent
(the monitoring form's 执行率 and time progress) each have their text."""

from __future__ import annotations

from decimal import Decimal

from perfeval_gui.core.figures import percent_figure_text, percent_text


def test_a_rate_already_in_percent_is_shown_once_as_a_percent_or_a_dash():
    """The monitoring figures (执行率, time progress) are percents, the 自评表's rate a fraction:
    each has its own text, so neither is shown a hundred times too large or small."""
    assert percent_figure_text(Decimal(175) / 3) == "58.33%" == percent_text(Decimal(7) / 12)
    assert percent_figure_text(None) == "—"
