"""Template rows (指标2, ……, a wholly empty row) left in a real form: no indicator, no weight."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfeval_gui.core.checks import run_checks
from perfeval_gui.core.model import Indicator
from perfeval_gui.core.report_json import score_document
from perfeval_gui.core.scoring import score_report

from .reports import clean_report

D = Decimal


def codes(report, profile) -> list[tuple[str, str]]:
    return [(f.code, f.where) for f in run_checks(report, profile)]


@pytest.mark.parametrize(
    "row",
    [
        Indicator(level1="产出指标", level2="数量指标", name="指标2", weight=D(10)),
        Indicator(level1="产出指标", level2="质量指标", name="指标1", target="≥**%", weight=D(5)),
        Indicator(level1="效益指标", level2="", name="……"),
        Indicator(level1="效益指标", name="**", target="", actual="", weight=None),
        Indicator(level1="满意度指标", name="三级指标3"),
        Indicator(level1="产出指标", name="指标一", target="效果明显"),
        Indicator(level1="", level2="", name="", target="", actual="", weight=None),
        Indicator(level1="产出指标", level2="时效指标", name=" ", target="", actual="", weight=D(0)),
        Indicator(level1="产出指标", level2="质量指标", name="指标2:"),  # 天长 2022
        Indicator(level1="效益指标", level2="生态效益指标", name="指标1：", target="/", actual="/"),
    ],
    ids=["指标2", "指标1", "……", "**", "三级指标3", "指标一", "empty", "blank", "指标2:", "指标1：/"],
)
def test_a_template_row_is_not_scored_weighs_nothing_and_is_reported_once(national, row):
    report = clean_report(national)
    before = score_report(report, national)
    report.indicators.insert(1, row)
    result = score_report(report, national)
    assert result.indicators[1].kind == "placeholder" and not result.indicators[1].applicable
    assert (result.total, result.rule_total, result.grade) == (before.total, before.rule_total,
                                                               before.grade)
    assert result.applicable_weight == 100 and not result.rescaled and result.reasons == []
    assert [(g.level1, g.weight) for g in result.groups] == [(g.level1, g.weight)
                                                             for g in before.groups]
    found = run_checks(report, national)
    assert [(f.code, f.where) for f in found] == [("placeholder_row", "indicators[1].name")]
    assert found[0].message.text("zh") == "空白指标行，请删除或填写"


def test_the_score_document_shows_the_row_as_a_placeholder(national):
    report = clean_report(national)
    report.indicators.append(Indicator(level1="满意度指标", name="指标2", weight=D(10)))
    document = score_document(report, national)
    row = document["indicators"][-1]
    assert (row["kind"], row["weight"], row["score"]) == ("placeholder", 0, None)
    assert document["grade"] == score_document(clean_report(national), national)["grade"]


@pytest.mark.parametrize(
    "row",
    [
        # a report started from last year's: every actual empty, the indicator is real
        Indicator(level1="产出指标", level2="数量指标", name="培训次数", target="≥3次", actual="",
                  weight=D(10)),
        # a name that merely contains 指标
        Indicator(level1="产出指标", level2="数量指标", name="指标完成率", target="≥90%", actual="",
                  weight=D(10)),
        # a weight typed into an otherwise empty row: something is meant, say what is missing
        Indicator(level1="产出指标", name="", target="", actual="", weight=D(10)),
    ],
    ids=["empty actual", "名称含指标", "weight only"],
)
def test_a_row_with_content_is_an_indicator(national, row):
    report = clean_report(national)
    report.indicators.append(row)
    result = score_report(report, national)
    assert result.indicators[-1].kind == "unscorable"
    assert result.applicable_weight == 110
    found = codes(report, national)
    assert ("placeholder_row", "indicators[4].name") not in found
    assert ("weights_sum", "") in found and ("unscorable", "indicators[4].actual") in found


def test_each_template_row_is_reported_and_fewer_than_three_real_ones_still_count(national):
    report = clean_report(national)
    report.indicators[2:] = [Indicator(level1="效益指标", name="指标1"),
                             Indicator(level1="满意度指标", name="……")]
    found = codes(report, national)
    assert ("placeholder_row", "indicators[2].name") in found
    assert ("placeholder_row", "indicators[3].name") in found
    assert ("too_few_indicators", "indicators") in found
    assert ("missing_group", "indicators") in found  # 效益 and 满意度 hold only template rows


def test_a_score_typed_on_a_template_row_is_not_reported_again(national):
    report = clean_report(national)
    report.indicators.append(Indicator(level1="满意度指标", name="指标2", weight=D(0), score=D(5)))
    assert [c for c in codes(report, national)] == [("placeholder_row", "indicators[4].name")]
