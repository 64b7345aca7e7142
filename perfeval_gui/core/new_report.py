"""A new, empty report as the user starts one: last year's, the chosen profile, the cover
fields the user keeps the same in every report (settings → 封面默认值), and the total row
every funds table begins with."""

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


def new_report(profile: str, cover_defaults: Mapping[str, str], year: int | None = None) -> Report:
    """Self-evaluations are written early in the year about the year before: *year* defaults
    to last year."""
    report = Report(year=date.today().year - 1 if year is None else year, profile=profile)
    for key, path in COVER_DEFAULT_FIELDS.items():
        paths.set_value(report, path, cover_defaults.get(key, ""))
    report.funds.rows = [FundRow(label=TOTAL_FUNDS_LABEL)]
    return report
