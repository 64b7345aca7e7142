"""Deadlines as real forms write them (domain README §5): a day, a month's end, a period's end.

`12月31日前`, `2024年11月30日前`, `2024年12月完成`, `12月底之前完成`, `11月底完成`, `年底前`,
`三季度末`, and as a whole target `1-12月`, `全年`, `上半年`, `第三季度`. Every one means "no later
than" its last day, that day included. A date without a year is in the evaluated year: the
reader leaves the year out and scoring fills it in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

# the year a yearless month's length is told in until scoring knows the evaluated year
_COMMON_YEAR = 2001

_YEAR = r"(?:(?P<year>\d{4})\s*年\s*)?"
_BEFORE = r"(?:之前|以前|之内|以内|前|内|止|完成|截止)*"
# a day: 12月31日前, 2024年11月30日前 (with or without other words around it)
DAY_RE = re.compile(_YEAR + r"(?P<month>\d{1,2}|\*+)\s*月\s*(?P<day>\d{1,2}|\*+)\s*[日号]")
# a month's or the year's end written out: 11月底, 12月底之前完成, 2023年年底前, 年末
_MONTH_END_RE = re.compile(_YEAR + r"(?P<month>\d{1,2})\s*月份?\s*[底末]")
_YEAR_END_RE = re.compile(r"(?:(?P<year>\d{4})\s*年\s*年?|年)[底末]")
_QUARTER_END_RE = re.compile(_YEAR + r"第?(?P<quarter>[一二三四1-4])\s*季度?末")
# a month, a period or a year as the whole value: 2024年12月完成, 1-12月, 全年, 上半年
_LEAD = r"(?:于|在|截至|截止到?|到)?\s*"
_WHOLE_MONTH_RE = re.compile(_LEAD + _YEAR + r"(?P<month>\d{1,2})\s*月份?\s*" + _BEFORE)
_MONTH_SPAN_RE = re.compile(
    _LEAD + _YEAR + r"(?P<first>\d{1,2})\s*月?\s*[-~—–至到]\s*(?P<month>\d{1,2})\s*月份?\s*" + _BEFORE
)
_PERIOD_RE = re.compile(
    _LEAD + _YEAR + r"(?:本|当)?(?P<period>全年|年度|年内|上半年|下半年|第?[一二三四1-4]季度)\s*" + _BEFORE
)
_YEAR_ONLY_RE = re.compile(_LEAD + r"(?P<year>\d{4})\s*年(?:度|内)?\s*" + _BEFORE)
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_MONTH = {"全年": 12, "年度": 12, "年内": 12, "上半年": 6, "下半年": 12}


class BadDate(ValueError):
    """A deadline names a day the calendar does not have (2月30日)."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(text)


@dataclass(frozen=True)
class Deadline:
    year: int | None
    month: int
    day: int
    month_end: bool = False  # the month's last day: told again once the year is known

    def in_year(self, evaluated: int | None) -> tuple[int, int, int]:
        """The date, a missing year taken as the evaluated one (0 where neither is known)."""
        year = self.year or evaluated or 0
        day = last_day(year or _COMMON_YEAR, self.month) if self.month_end else self.day
        return year, self.month, day


PLACEHOLDER = "placeholder"  # **月**日前: a template nobody filled in


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def read_deadline(text: str) -> Deadline | str | None:
    """The deadline a (normalised) text states, PLACEHOLDER for `**月**日`, or None.

    Raises BadDate where the day does not exist.
    """
    match = DAY_RE.search(text)
    if match:
        return _day(match)
    found = _written_end(text) or _whole(text)
    if found is None:
        return None
    year, month = found
    if not 1 <= month <= 12:
        raise BadDate(text)
    return Deadline(year, month, last_day(year or _COMMON_YEAR, month), month_end=True)


def _day(match: re.Match[str]) -> Deadline | str:
    month, day = match["month"], match["day"]
    if "*" in month or "*" in day:
        return PLACEHOLDER
    year = int(match["year"]) if match["year"] else None
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= last_day(year or 2000, int(month)):
        raise BadDate(match.group(0))
    return Deadline(year, int(month), int(day))


def _only_figures_of(text: str, match: re.Match[str]) -> bool:
    """No figure outside the deadline: `12月底前完成3次` is a count, not a date."""
    rest = text[: match.start()] + text[match.end():]
    return not re.search(r"\d", rest)


def _written_end(text: str) -> tuple[int | None, int] | None:
    """年底 / 年末 / 11月底 / 三季度末, anywhere in the text."""
    for pattern in (_MONTH_END_RE, _YEAR_END_RE, _QUARTER_END_RE):
        match = pattern.search(text)
        if match and _only_figures_of(text, match):
            year = int(match["year"]) if match["year"] else None
            if "quarter" in match.groupdict():
                return year, _QUARTERS[match["quarter"]] * 3
            return year, int(match.groupdict().get("month") or 12)
    return None


def _whole(text: str) -> tuple[int | None, int] | None:
    """A month, a span of months, a period or a year that is the whole value."""
    compact = text.strip()
    for pattern in (_MONTH_SPAN_RE, _WHOLE_MONTH_RE, _PERIOD_RE, _YEAR_ONLY_RE):
        match = pattern.fullmatch(compact)
        if not match:
            continue
        year = int(match["year"]) if match["year"] else None
        groups = match.groupdict()
        if "first" in groups and int(match["first"]) > int(match["month"]):
            return None  # 12-1月 is no span
        if "period" in groups:
            period = match["period"].lstrip("第").removesuffix("季度")
            return year, _PERIOD_MONTH.get(match["period"]) or _QUARTERS[period] * 3
        return year, int(groups.get("month") or 12)
    return None
