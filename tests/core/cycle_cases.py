"""Finding cases of the year's other forms: the clean report made a monitoring form (or a
declaration) that triggers nothing, then one thing changed. Merged into the catalogue's CASES
(tests/core/test_checks.py), so the command line and the panel render them too."""

from __future__ import annotations

from decimal import Decimal

from perfeval_gui.core.model import Indicator

D = Decimal


def as_monitoring(r) -> None:
    """The clean report as its monitoring form of 7 月 31 日: on course, nothing at risk."""
    r.form, r.period_end = "monitoring", "2023-07-31"
    r.funds.weight, r.funds.score = None, None
    for row in r.funds.rows:
        row.executed_to_date, row.projected, row.executed = row.initial * D("0.6"), row.initial, None
    for indicator, (so_far, projected) in zip(r.indicators, (
            ("30公里", "52公里"), ("96%", "96%"), ("29分钟", "28分钟"), ("92%", "93%")), strict=True):
        indicator.to_date, indicator.projected, indicator.likelihood = so_far, projected, "确定能"
        indicator.actual, indicator.weight, indicator.score = "", None, None


def as_declaration(r) -> None:
    r.form = "declaration"
    r.funds.weight, r.funds.score = None, None
    for row in r.funds.rows:
        row.requested, row.executed = row.initial, None
    for indicator in r.indicators:
        indicator.actual, indicator.weight, indicator.score = "", None, None


def ind(r, k):
    return r.indicators[k]


def _monitoring(*changes):
    def change(r):
        as_monitoring(r)
        for c in changes:
            c(r)
    return change


def _at_risk(r, **fields):
    row = ind(r, 0)
    row.likelihood, row.projected = "有可能", "48公里"
    row.causes, row.cause_text, row.remarks = {"经费保障": "资金下达晚"}, "", "下半年加快"
    for key, value in fields.items():
        setattr(row, key, value)


CYCLE_CASES = {
    "execution_lags": (_monitoring(lambda r: setattr(r.funds.rows[0], "executed_to_date", D(48))),
                       "funds.rows[0].executed_to_date"),
    "projected_above_budget": (_monitoring(lambda r: setattr(r.funds.rows[2], "projected", D(25))),
                               "funds.rows[2].projected"),
    "to_date_above_projection": (_monitoring(lambda r: setattr(ind(r, 0), "to_date", "55公里")),
                                 "indicators[0].projected"),
    "certain_but_misses": (_monitoring(lambda r: setattr(ind(r, 0), "projected", "45公里")),
                           "indicators[0].likelihood"),
    "mid_year_unreadable": (_monitoring(lambda r: setattr(ind(r, 0), "to_date", "-5公里")),
                            "indicators[0].to_date"),
    "at_risk_without_cause": (_monitoring(lambda r: _at_risk(r, causes={})), "indicators[0].causes"),
    "at_risk_without_remarks": (_monitoring(lambda r: _at_risk(r, remarks="")), "indicators[0].remarks"),
    "unknown_cause_category": (_monitoring(lambda r: _at_risk(r, causes={"天气原因": "雨季"})),
                               "indicators[0].causes"),
    "target_changed_unexplained": (lambda r: setattr(ind(r, 0), "declared_target", "≥45公里"),
                                   "indicators[0].target_reason"),
    "target_without_unit": (lambda r: (as_declaration(r), setattr(ind(r, 0), "target", "≥50")),
                            "indicators[0].target"),
}

# a template row on a monitoring form is a placeholder, as on the self-evaluation
PLACEHOLDER_ON_MONITORING = _monitoring(
    lambda r: r.indicators.append(Indicator(level1="产出指标", level2="质量指标", name="指标2")))
