"""The three forms of a project's year (annual-cycle.md): the 绩效目标申报表 (declaration, at
budget time), the 绩效运行监控表 (monitoring, mid-year) and the 绩效自评表 (self-evaluation,
after the year). One model holds all three; a document's ``form`` says which it is, and what
each form may hold is held here, once, for every way a document comes in.
"""

from __future__ import annotations

import calendar
from datetime import date

from .form_kinds import DECLARATION, FORMS, MONITORING, SELF_EVALUATION
from .messages import Message, UserError
from .model import Report
from .monitoring_rules import CERTAIN, IMPOSSIBLE, LIKELIHOOD_WORDS, LIKELIHOODS, POSSIBLE

__all__ = ["AT_RISK", "CERTAIN", "DECLARATION", "FORMS", "IMPOSSIBLE", "LIKELIHOODS", "LIKELIHOOD_WORDS",
           "MONITORING", "POSSIBLE", "SELF_EVALUATION", "check_form", "day_in_year",
           "form_name", "likelihood_of", "months_to", "period_end"]

AT_RISK = (POSSIBLE, IMPOSSIBLE)  # these need a 偏差原因 and a 备注


def months_to(month: int) -> str:
    """The monitoring period as the forms print it: 1–7月 (the central template's en dash), in
    headers and in every text that names the period."""
    return f"1–{month}月"


def likelihood_of(written: str) -> str | None:
    """The level a 完成目标可能性 word names (不可能 is 完全不可能), None for any other word;
    spaces are ignored, as a Word cell or a JSON file may put them in (确 定 能)."""
    return LIKELIHOOD_WORDS.get("".join(written.split()))


# what a declaration, made before the year, cannot have: the year's actuals and scores
_ACTUAL_ROW_FIELDS = ("actual", "score", "judgement", "to_date", "projected")
_ACTUAL_FUND_FIELDS = ("executed", "executed_to_date", "projected")


def form_name(form: str) -> Message:
    """The form named in a message, in the message's language (绩效运行监控表, monitoring form),
    not by its JSON key: its description's ``named`` (form_kinds.FORM_KINDS)."""
    return Message(f"form.{form}")


def check_form(report: Report) -> Report:
    """Refuse what the document's form cannot hold, naming the field; returns the report."""
    if report.period_end:
        end = date.fromisoformat(report.period_end)
        if end.year != report.year:
            raise UserError("period_end", "doc.period_outside_year", value=report.period_end,
                            year=report.year)
    if report.form == DECLARATION:
        for i, row in enumerate(report.funds.rows):
            for name in _ACTUAL_FUND_FIELDS:
                if getattr(row, name) is not None:
                    raise UserError(f"funds.rows[{i}].{name}", "doc.declaration_actual")
        for i, indicator in enumerate(report.indicators):
            for name in _ACTUAL_ROW_FIELDS:
                if getattr(indicator, name) not in (None, ""):
                    raise UserError(f"indicators[{i}].{name}", "doc.declaration_actual")
        if report.funds.score is not None:
            raise UserError("funds.score", "doc.declaration_actual")
    return report


def period_end(report: Report, default_month_day: str) -> date:
    """The monitoring period's last day: the document's, else the profile's default in the
    report's year ('07-31')."""
    if report.period_end:
        return date.fromisoformat(report.period_end)
    return day_in_year(report.year, default_month_day)


def day_in_year(year: int, month_day: str) -> date:
    """A month and day ('07-31') in *year*: a profile may name 02-29 (some year has it), which
    in a common year means the month's end, 02-28 — never a date that cannot be made."""
    month, day = (int(part) for part in month_day.split("-"))
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
