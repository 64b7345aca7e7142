"""Cover and identity: the credit code's check digit, the phone, the date, who is responsible."""

from __future__ import annotations

from collections.abc import Iterator

from ..identity_codes import credit_code_valid, phone_valid
from ..messages import Message
from ..model import text
from .base import ERROR, WARNING, Context, Finding, check

READS = frozenset({"project", "evaluation", "year", "team"})  # what these checks read


@check
def credit_code(ctx: Context) -> Iterator[Finding]:
    code = text(ctx.report.project.credit_code).strip()
    if code and not credit_code_valid(code):
        yield ctx.finding("credit_code_invalid", ERROR, "project.credit_code", code=code)


@check
def phone(ctx: Context) -> Iterator[Finding]:
    number = text(ctx.report.evaluation.phone).strip()
    if number and not phone_valid(number):
        yield ctx.finding("phone_malformed", WARNING, "evaluation.phone", phone=number)


@check
def evaluation_after_the_year(ctx: Context) -> Iterator[Finding]:
    when = text(ctx.report.evaluation.date)
    if when and int(when[:4]) <= ctx.report.year:
        yield ctx.finding("date_in_year", ERROR, "evaluation.date", date=when,
                          year=ctx.report.year)


@check
def someone_is_responsible(ctx: Context) -> Iterator[Finding]:
    fields = (("evaluation.leader", "term.leader", ctx.report.evaluation.leader),
              ("evaluation.contact", "term.contact", ctx.report.evaluation.contact),
              ("evaluation.phone", "term.phone", ctx.report.evaluation.phone),
              ("evaluation.date", "term.date", ctx.report.evaluation.date),
              ("project.unit", "term.unit", ctx.report.project.unit))
    for where, label, value in fields:
        if not text(value).strip():
            yield ctx.finding("missing_field", WARNING, where, field=Message(label))
    if not ctx.report.team:
        yield ctx.finding("missing_team", WARNING, "team")
