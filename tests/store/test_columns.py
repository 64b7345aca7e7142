"""The store's columns come from the model: every field has its column in the migrated schema."""

from __future__ import annotations

from decimal import Decimal

from perfeval_gui.core.fields import specs
from perfeval_gui.core.model import FundRow, Indicator
from perfeval_gui.store.columns import CHILD_TABLES, ON_REPORT_ROW, columns, record_row, record_values
from perfeval_gui.store.repository import ReportStore


def test_every_field_of_the_model_has_its_column(tmp_path):
    with ReportStore(tmp_path / "s.sqlite") as store:
        reports = set(store.db["reports"].columns_dict)
        for _attr, cls, prefix in ON_REPORT_ROW:
            assert set(columns(cls, prefix).values()) <= reports, cls.__name__
        for table, cls in CHILD_TABLES.values():
            assert set(columns(cls).values()) <= set(store.db[table].columns_dict), table


def test_the_hand_kept_names_are_the_released_ones():
    """The columns the first schema created keep their names (eval_date, funds_weight …)."""
    on_row = {name for _a, cls, prefix in ON_REPORT_ROW for name in columns(cls, prefix).values()}
    assert {"eval_date", "funds_weight", "funds_score", "goal_expected", "goal_achieved", "name",
            "credit_code", "year", "profile", "evaluation_kinds"} <= on_row
    assert columns(Indicator)["applicable"] == "applicable"


def test_values_keep_their_type_through_a_row():
    row = FundRow(label="年度资金总额", initial=Decimal("5.000"), adjusted=None, executed=Decimal("4.5"))
    stored = record_row(row)
    assert stored == {"label": "年度资金总额", "initial": "5.000", "adjusted": None, "executed": "4.5",
                      "breakdown": "", "requested": None, "executed_to_date": None, "projected": None}
    assert FundRow(**record_values(FundRow, stored)) == row
    indicator = Indicator(name="滞留率", weight=Decimal(10), score=None, applicable=False)
    back = Indicator(**record_values(Indicator, record_row(indicator)))
    assert back == indicator and back.applicable is False
    assert [s.name for s in specs(FundRow)] == ["label", "initial", "adjusted", "executed", "breakdown",
                                                "requested", "executed_to_date", "projected"]
    judged = Indicator(name="受众评价", judgement="部分达成")
    assert Indicator(**record_values(Indicator, record_row(judged))).judgement == "部分达成"


def test_a_monitoring_row_keeps_its_causes_and_likelihood_through_a_row():
    row = Indicator(name="培训人次", to_date="300人次", projected="≥600人次",
                    causes={"经费保障": "资金下达晚", "其他": ""}, likelihood="有可能", remarks="加快")
    stored = record_row(row)
    assert stored["causes"] == '{"经费保障": "资金下达晚", "其他": ""}'
    back = Indicator(**record_values(Indicator, stored))
    assert back == row and list(back.causes) == ["经费保障", "其他"]
