"""由上年报告新建: next year's report from this year's, and the list of what was changed.

Targets, weights and the project block stay; actuals, scores, explanations and the narrative of
results are cleared. Years written in the kept texts move on with the report (``2024年农村饮水…``
→ ``2025年…``, ``2024年11月30日前`` → ``2025年11月30日前``); every such change is listed so the
user reviews it before relying on it. Only years next to the evaluated year move (its year and
the ones just before and after): ``始建于2010年`` is history and stays. Listed too, unchanged,
are the figures of the old year that are carried over: 年初预算数, and the sentences of kept
texts that say what was done or spent (``实际支出5万元``): the user rewrites them for the new year.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass

from .changes import Change, diff
from .figures import figure_text
from .form_columns import AMOUNT as AMOUNT_COLUMN
from .form_columns import CLEAR, KEEP, SHIFT_YEARS, form_columns, narrative_sections
from .model import FundRow, Indicator, Report, Row, Sections

# a year as written before 年 or in an ISO date; never a part of a longer number
YEAR = re.compile(r"(?<![\d.])(\d{4})(?=\s*年|-\d{1,2}-\d{1,2}(?!\d))")
NEIGHBOURS = (-1, 0, 1)  # which years (relative to the evaluated one) move with the report


# why a carried-over field is listed for review
YEAR_MOVED = "year"  # a year in it moved on
LAST_YEARS_AMOUNT = "amount"  # an amount of the old year, kept (年初预算数)
LAST_YEARS_RESULT = "result"  # a sentence of the old year's results or amounts (实际支出5万元)
# a sentence that says what happened (or an amount): last year's, not the new year's
RESULT_WORDS = re.compile(r"实际|已完成|完成了|已经|累计|共计|共完成|全年完成|支出|执行|拨付|到位|落实")
AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)")
FIGURE = re.compile(r"\d")
SENTENCE = re.compile(r"[^。；;！!？?\n]+")
# the narrative's sections carried with their years moved (core/model.py: next_year=SHIFT_YEARS)
SHIFTED_SECTIONS = tuple(s.key for s in narrative_sections(Sections) if s.next_year == SHIFT_YEARS)
CLEARED_SECTIONS = tuple(s.key for s in narrative_sections(Sections) if s.next_year == CLEAR)
RESULT_TEXTS = ("goal.expected", *(f"sections.{key}" for key in SHIFTED_SECTIONS))


@dataclass(frozen=True)
class YearChange:
    """A field carried over that the user must look at: what it was, what it is now, and why."""

    where: str  # the field path, as in findings
    old: str
    new: str
    reasons: tuple[str, ...] = (YEAR_MOVED,)


def states_last_years_results(text: str) -> bool:
    """Does a text hold a sentence with an amount, or with a figure and words of what was done
    (实际支出5万元, 累计完成82处)? Written years are no figures (2024年 is not a result)."""
    for sentence in SENTENCE.findall(YEAR.sub("", text)):
        if AMOUNT.search(sentence) or (FIGURE.search(sentence) and RESULT_WORDS.search(sentence)):
            return True
    return False


def shift_years(text: str, old_year: int, new_year: int) -> str:
    """*text* with the years next to *old_year* moved by ``new_year - old_year``."""
    delta = new_year - old_year

    def move(match: re.Match[str]) -> str:
        year = int(match[1])
        return str(year + delta) if year - old_year in NEIGHBOURS else match[1]

    return YEAR.sub(move, text)


def _shifted_fields(report: Report) -> list[tuple[str, object, str]]:
    """(path, record, attribute) of every kept text a year may stand in, in the form's order."""
    fields = [("project.name", report.project, "name"), ("goal.expected", report.goal, "expected")]
    shifted = [c.field for c in form_columns(Indicator) if c.next_year == SHIFT_YEARS]
    for i, indicator in enumerate(report.indicators):
        fields += [(f"indicators[{i}].{name}", indicator, name) for name in shifted]
    return [*fields, *((f"sections.{key}", report.sections, key) for key in SHIFTED_SECTIONS)]


@dataclass(frozen=True)
class NextYear:
    """What making next year's report gives: the report, what the user must review, and what
    it changed from last year's as a typed Change — its rows keep last year's ids, so the
    Change names each cleared or moved field of each row by id (every field of the model; not
    the keys of a newer app kept aside in ``extra``, of which the paper's printed layout goes)."""

    report: Report
    review: list[YearChange]
    change: Change


def next_year_report(report: Report, year: int) -> NextYear:
    """由上年报告新建: a new report for *year* from *report* (left untouched). The window (through
    the store, which links it to its source), the tests and any command call this one."""
    new = copy.deepcopy(report)
    review: list[YearChange] = []
    kept_amounts = [c for c in form_columns(FundRow) if c.kind == AMOUNT_COLUMN and c.next_year == KEEP]
    for where, record, attribute in _shifted_fields(new):
        old_text = getattr(record, attribute)
        if not old_text:
            continue
        new_text = shift_years(old_text, report.year, year)
        reasons = []
        if new_text != old_text:
            setattr(record, attribute, new_text)
            reasons.append(YEAR_MOVED)
        if where in RESULT_TEXTS and states_last_years_results(old_text):
            reasons.append(LAST_YEARS_RESULT)
        elif where.endswith(".target") and AMOUNT.search(old_text):
            reasons.append(LAST_YEARS_AMOUNT)  # ≤5万元: a cost set from last year's budget
        if reasons:
            review.append(YearChange(where, old_text, new_text, tuple(reasons)))
        if where == "project.name":  # the funds next, in the form's order
            review += [YearChange(f"funds.rows[{i}].{c.field}",
                                  *[f"{figure_text(getattr(row, c.field))}万元"] * 2, (LAST_YEARS_AMOUNT,))
                       for i, row in enumerate(new.funds.rows) for c in kept_amounts
                       if getattr(row, c.field) is not None]
    new.year = year
    new.evaluation.date = None
    new.funds.score = None
    for row in new.funds.rows:
        _clear(row)
        # last year's 申请数 and mid-year figures (the annual cycle's, no column of the 自评表)
        row.requested = row.executed_to_date = row.projected = None
    new.goal.achieved = ""
    for indicator in new.indicators:
        _clear(indicator)
        indicator.judgement = None  # a reading of last year's actual, which is gone (no column)
        # last year's mid-year hints and declaration: next year's forms give their own
        indicator.to_date = indicator.projected = indicator.cause_text = indicator.remarks = ""
        indicator.causes, indicator.likelihood = {}, None
        indicator.declared_target, indicator.target_reason = None, ""
    for key in CLEARED_SECTIONS:
        setattr(new.sections, key, None)
    new.extra.pop("printed", None)  # what last year's paper printed is not this year's
    return NextYear(new, review, diff(report, new))


def _clear(row: Row) -> None:
    """Empty the columns of a row that hold last year's results (core/model.py says which)."""
    defaults = {f.name: f for f in dataclasses.fields(row)}
    for column in form_columns(type(row)):
        if column.next_year == CLEAR:
            f = defaults[column.field]
            setattr(row, column.field, f.default_factory() if f.default is dataclasses.MISSING
                    else f.default)  # type: ignore[misc]


WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}\s*(?:年度|年)")  # 2024年, 2024 年度: not 1000亩


def without_years(name: str | None) -> str:
    """A name as it stays from year to year: its written years and its spaces taken out."""
    return re.sub(r"\s+", "", WRITTEN_YEAR.sub("", name or ""))


Key = tuple[str, str, str]  # an indicator as known across years: 一级, 二级, 三级 without years


def indicator_key(indicator: Indicator) -> Key:
    """One indicator across years (the 历年对比's rows, the hints of last year's actuals)."""
    return ((indicator.level1 or "").strip(), (indicator.level2 or "").strip(),
            without_years(indicator.name))


def unit_and_name(report: Report) -> tuple[str, str]:
    """Unit and project name with its years removed: how one project is known across years by
    its words (its stable key is cycle.project_key; this is for reports without one)."""
    return ((report.project.unit or "").strip(), without_years(report.project.name))
