"""A new, empty report as the user starts one: last year's, the chosen profile, the cover
fields the user keeps the same in every report (settings → 封面默认值), and the funds rows
of the paper form: the total, then its parts (其中)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from . import paths
from .model import TOTAL_FUNDS_LABEL, FundRow, Report

# a cover default's name (as settings keep it) -> the field it fills
COVER_DEFAULT_FIELDS = {
    "unit": "project.unit",
    "department": "project.department",
    "department_code": "project.department_code",
    "implementing_unit": "project.implementing_unit",
    "credit_code": "project.credit_code",
    "contact": "evaluation.contact",
    "phone": "evaluation.phone",
    "unit_head": "evaluation.unit_head",
}
# the parts under 年度资金总额 as the paper form prints them; the first is renamed to 市级补助 /
# 本年财政拨款 where the money came so (the label cell is free text)
FUND_PART_LABELS = ("其中：财政拨款", "其他资金")


def new_report(profile: str, cover_defaults: Mapping[str, str], year: int | None = None) -> Report:
    """Self-evaluations are written early in the year about the year before: *year* defaults
    to last year."""
    report = Report(year=date.today().year - 1 if year is None else year, profile=profile)
    for key, path in COVER_DEFAULT_FIELDS.items():
        paths.set_value(report, path, cover_defaults.get(key, ""))
    report.funds.rows = [FundRow(label=label) for label in (TOTAL_FUNDS_LABEL, *FUND_PART_LABELS)]
    return report
