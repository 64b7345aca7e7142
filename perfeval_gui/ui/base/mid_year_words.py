"""A row's mid-year figures — 1–N 月 so far, the projection for the year, the likelihood — in
the window's words, one way wherever the window shows them: under a self-evaluation's empty
actual (made from the monitoring form) and in the 历年对比."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mid_year_lines(to_date: str | None, projected: str | None, likelihood: str | None,
                   month: int | None = None) -> list[str]:
    """A line each for what the row has; *month*: the period's last month where it is known
    (else the figure is called mid-year's)."""
    lines = []
    if (to_date or "").strip():
        so_far = (QCoreApplication.translate("MidYear", "months 1–%1: %2").replace("%1", str(month))
                  if month else QCoreApplication.translate("MidYear", "mid-year %2"))
        lines.append(so_far.replace("%2", (to_date or "").strip()))
    if (projected or "").strip():
        lines.append(QCoreApplication.translate("MidYear", "projected %1")
                     .replace("%1", (projected or "").strip()))
    if likelihood:
        lines.append(likelihood)  # the form's own word (确定能 …): data
    return lines
