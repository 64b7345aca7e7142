"""Cover and identity: the credit code's check digit, the phone, the date, who is responsible."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..messages import Message
from ..model import text
from .base import ERROR, WARNING, Context, Finding, check

READS = frozenset({"project", "evaluation", "year", "team"})  # what these checks read

# GB 32100-2015: 18 characters from this alphabet (no I, O, S, V, Z); the last is a check digit
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MOBILE = re.compile(r"1[3-9]\d{9}")
LANDLINE = re.compile(r"(0\d{2,3}[-\s]?)?[2-9]\d{6,7}([-转]\d{1,6})?")


def credit_code_valid(code: str) -> bool:
    code = code.strip().upper()
    if len(code) != 18 or any(c not in CREDIT_ALPHABET for c in code):
        return False
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31] == code[17]


def phone_valid(phone: str) -> bool:
    digits = phone.strip().replace("（", "(").replace("）", ")")
    digits = re.sub(r"[()]", "", digits)
    return bool(MOBILE.fullmatch(digits) or LANDLINE.fullmatch(digits))


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
