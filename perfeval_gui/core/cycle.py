"""One project through its year (annual-cycle.md, One project, three forms): the monitoring
form made from the declaration, the self-evaluation made from the monitoring form (or from
the declaration) — indicators and targets carried, nothing retyped; the declared target kept
beside each row, so that a target changed on the way is shown and asks for its 调整原因
(checks/monitoring.py); the mid-year figures kept on the self-evaluation's rows as hints.

Every form of one project carries the same ``project_key``: the source gets one here if it
had none (the caller saves the source too).
"""

from __future__ import annotations

import copy
import re
import uuid
from datetime import date
from decimal import Decimal

from . import forms
from .model import FundRow, Goal, Indicator, Report, text


def new_project_key() -> str:
    return uuid.uuid4().hex[:12]


def project_key(report: Report) -> str:
    """The report's project key, given one now where it had none."""
    if not report.project_key:
        report.project_key = new_project_key()
    return report.project_key


def _form_of(source: Report, form: str, year: int | None = None) -> Report:
    """The frame every later form takes from an earlier one: project, year, profile, key."""
    return Report(form=form, profile=source.profile, year=source.year if year is None else year,
                  project_key=project_key(source), project=copy.deepcopy(source.project),
                  evaluation_kinds=list(source.evaluation_kinds))


def declared_target(row: Indicator, source: Report) -> str | None:
    """The target the declaration gave this row: a declaration's own, else what the source
    row carried from it."""
    return text(row.target) if source.form == forms.DECLARATION else row.declared_target


def _fund_rows(source: Report) -> list[FundRow]:
    """The funds rows of the next form of the same year: labels and budgets (a declaration's
    申请数 as the 年初预算数 until the approved budget is typed); of last year's
    self-evaluation, the labels alone."""
    if source.form == forms.SELF_EVALUATION:
        return [FundRow(label=row.label, breakdown=row.breakdown) for row in source.funds.rows]
    return [FundRow(label=row.label, breakdown=row.breakdown,
                    initial=row.initial if row.initial is not None else row.requested,
                    adjusted=row.adjusted) for row in source.funds.rows]


def monitoring_from(source: Report, period_end: date | None = None) -> Report:
    """The monitoring form from the project's declaration (or, wanting one, its last
    self-evaluation, for the year after it): indicators and targets carried, the period end
    the caller chose (None: the profile's default)."""
    year = source.year + 1 if source.form == forms.SELF_EVALUATION else source.year
    report = _form_of(source, forms.MONITORING, year)
    report.period_end = period_end.isoformat() if period_end else None
    report.funds.weight = None
    report.funds.rows = _fund_rows(source)
    report.goal = Goal(expected=source.goal.expected)
    report.indicators = [
        Indicator(level1=row.level1, level2=row.level2, name=row.name, target=row.target,
                  applicable=row.applicable, weight=None,
                  declared_target=declared_target(row, source),
                  target_reason=row.target_reason if source.form != forms.DECLARATION else "")
        for row in source.indicators
    ]
    return report


def self_evaluation_from(source: Report) -> Report:
    """新建自评 from the year's monitoring form (or its declaration): indicators, targets and
    the weights where given; each row keeps the declared target and the mid-year 1–N 月执行情况,
    全年预计 and 完成目标可能性 as hints; the actuals are the user's to write."""
    report = _form_of(source, forms.SELF_EVALUATION)
    report.funds.rows = _fund_rows(source)
    report.goal = Goal(expected=source.goal.expected)
    report.indicators = [
        Indicator(level1=row.level1, level2=row.level2, name=row.name, target=row.target,
                  applicable=row.applicable, weight=row.weight if row.weight is not None else Decimal(0),
                  declared_target=declared_target(row, source), target_reason=row.target_reason,
                  to_date=row.to_date, projected=row.projected, likelihood=row.likelihood)
        for row in source.indicators
    ]
    return report


def changed_targets(report: Report) -> list[int]:
    """The rows whose target differs from the declared one (shown as a change)."""
    return [i for i, row in enumerate(report.indicators) if target_changed(row)]


def target_changed(row: Indicator) -> bool:
    """The row's target differs from the one its declaration gave."""
    return row.declared_target is not None and text(row.target).strip() != row.declared_target.strip()


REASON_WORDS = "调整原因："  # how the 自评表 introduces a row's 调整原因 in its 偏差原因 cell


def printed_deviation(row: Indicator) -> str:
    """The 自评表's 偏差原因分析及改进措施 cell with the 调整原因 of a changed target after it:
    the form has no column for it, and this cell is where a reader looks for why a row
    differs from plan (the declared target itself is on the 申报表). A reason whose declared
    target is not known (read back from a printed form, which does not print it) is printed
    as it came, so that printing the form again keeps it."""
    deviation = text(row.deviation)
    reason = text(row.target_reason).strip()
    if not reason or (row.declared_target is not None and not target_changed(row)):
        return deviation
    said = f"{REASON_WORDS}{reason}"
    return f"{deviation.rstrip()}\n{said}" if deviation.strip() else said


def split_deviation(cell: str) -> tuple[str, str]:
    """A printed 偏差原因 cell read back: (the deviation's words, the 调整原因) — the last line
    that opens with 调整原因： and everything after it is the reason."""
    lines = cell.split("\n")
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at].lstrip()
        if line.startswith(REASON_WORDS) or line.startswith(REASON_WORDS.replace("：", ":")):
            reason = "\n".join([line[len(REASON_WORDS):], *lines[at + 1:]]).strip()
            return "\n".join(lines[:at]).strip(), reason
    return cell, ""


# an exported Word or Excel file names the project its report belongs to in its keywords
# property (the profile is in its category: profiles.file_mark), so that reading it back
# links the report to the project's other forms; the paper itself does not print the key
KEY_MARK = "perfeval-project:"
# a key is one word of at most 200 characters: no space, separator or control character
# (a file's XML cannot hold those, and Word splits its keywords at the separators)
_KEY_CHARS = r"[^\s;,；，\x00-\x1f\x7f]{1,200}"
_KEY = re.compile(_KEY_CHARS)
_MARKED_KEY = re.compile(re.escape(KEY_MARK) + rf"\s*({_KEY_CHARS})(?=$|[\s;,；，])")


def key_mark(key: str | None) -> str:
    """The keywords property naming *key*; '' for no key, or one a property cannot hold
    whole (a separator, or longer than a property holds): a cut key would link wrongly."""
    key = text(key).strip()
    return f"{KEY_MARK}{key}" if _KEY.fullmatch(key) else ""


def marked_key(keywords: str | None) -> str | None:
    """The project key a file's keywords name, if the app wrote it (a tag the user added in
    Word beside it is left alone)."""
    found = _MARKED_KEY.search(keywords or "")
    return found.group(1) if found else None
