"""The three forms of a project's year (annual-cycle.md): the 绩效目标申报表 (declaration, at
budget time), the 绩效运行监控表 (monitoring, mid-year) and the 绩效自评表 (self-evaluation,
after the year). One model holds all three; a document's ``form`` says which it is, and what
each form may hold is held here, once, for every way a document comes in.
"""

from __future__ import annotations

from datetime import date

from .form_kinds import DECLARATION, FORMS, MONITORING, SELF_EVALUATION
from .messages import UserError
from .model import Report
from .monitoring_rules import CERTAIN, IMPOSSIBLE, LIKELIHOOD_WORDS, LIKELIHOODS, POSSIBLE

__all__ = ["AT_RISK", "CERTAIN", "DECLARATION", "FORMS", "IMPOSSIBLE", "LIKELIHOODS", "LIKELIHOOD_WORDS",
           "MONITORING", "POSSIBLE", "SELF_EVALUATION", "check_form", "period_end"]

AT_RISK = (POSSIBLE, IMPOSSIBLE)  # these need a 偏差原因 and a 备注

# what a declaration, made before the year, cannot have: the year's actuals and scores
_ACTUAL_ROW_FIELDS = ("actual", "score", "judgement", "to_date", "projected")
_ACTUAL_FUND_FIELDS = ("executed", "executed_to_date", "projected")


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
    month, day = (int(part) for part in default_month_day.split("-"))
    return date(report.year, month, day)
