"""Small reports for tests: a clean one that triggers nothing, and random ones (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from perfeval_gui.core.model import (
    Evaluation,
    FundRow,
    Funds,
    Goal,
    Indicator,
    Project,
    Report,
    Sections,
    TeamMember,
)
from perfeval_gui.core.narrative import draft_section
from perfeval_gui.core.scoring import score_report

D = Decimal
CLEAN_CREDIT_CODE = "11610831773827085D"


def clean_report(profile) -> Report:
    """A report every check is content with: the baseline each check test changes one thing in."""
    report = Report(
        year=2023,
        evaluation_kinds=["outcome"],
        project=Project(name="农村公路养护工程", region="某县", unit="某县交通运输局",
                        department="某县交通运输局", department_code="123001",
                        implementing_unit="某县公路段", credit_code=CLEAN_CREDIT_CODE),
        evaluation=Evaluation(leader="王明", contact="李华", phone="0912-3456789",
                              date="2024-03-01"),
        funds=Funds(weight=D(10), score=None, rows=[
            FundRow(label="年度资金总额", initial=D(100), adjusted=D(100), executed=D(95)),
            FundRow(label="其中：当年财政拨款", initial=D(80), adjusted=D(80), executed=D(75)),
            FundRow(label="上年结转资金", initial=D(20), adjusted=D(20), executed=D(20)),
        ]),
        goal=Goal(expected="完成农村公路养护50公里。", achieved="完成养护52公里。"),
        indicators=[
            Indicator(level1="产出指标", level2="数量指标", name="公路养护里程",
                      target="≥50公里", actual="52公里", weight=D(30)),
            Indicator(level1="产出指标", level2="质量指标", name="养护工程合格率",
                      target="≥95%", actual="96%", weight=D(20)),
            Indicator(level1="效益指标", level2="社会效益指标", name="群众平均通行时间",
                      target="≤30分钟", actual="28分钟", weight=D(30)),
            Indicator(level1="满意度指标", level2="服务对象满意度指标", name="沿线群众满意度",
                      target="≥90%", actual="93%", weight=D(10)),
        ],
        team=[TeamMember(name="王明", title="局长", unit="某县交通运输局")],
    )
    result = score_report(report, profile)
    report.sections = Sections(
        basic_info=draft_section("basic_info", report, result),
        content=draft_section("content", report, result),
        analysis=draft_section("analysis", report, result),
        fund_adjustment="无调整情况。",
        management="项目按照有关制度管理。满意度通过问卷调查取得，共发放问卷200份。",
        problems=draft_section("problems", report, result),
        measures="继续做好养护工作。",
    )
    return report


SUBJECTS = ["道路维修", "设备完好", "项目验收", "资金拨付", "培训覆盖", "群众知晓", "档案归档",
            "巡查覆盖", "问题整改", "设施运行", "病害处置", "信息公开"]
SAFE_REASONS = ["受天气影响工期推迟", "部分乡镇配套资金未及时到位", "", "", "施工单位组织不力"]


@st.composite
def indicator_specs(draw):
    """(name, target, actual) with figures of one kind: ratios, counts or people."""
    subject = draw(st.sampled_from(SUBJECTS))
    kind = draw(st.sampled_from(["ratio", "count", "people"]))
    measure, unit = {"ratio": ("率", "%"), "count": ("次数", "次"), "people": ("人数", "人")}[kind]
    op = draw(st.sampled_from(["≥", "≤", "="]))
    target = draw(st.integers(min_value=1, max_value=100))
    actual = draw(st.integers(min_value=0, max_value=150))
    return f"{subject}{measure}", f"{op}{target}{unit}", f"{actual}{unit}"


@st.composite
def random_reports(draw, profile):
    specs = draw(st.lists(indicator_specs(), min_size=3, max_size=9,
                          unique_by=lambda spec: spec[0]))
    groups = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标"),
              ("满意度指标", "服务对象满意度指标")]
    report = clean_report(profile)
    report.year = draw(st.integers(min_value=2018, max_value=2030))
    report.evaluation.date = f"{report.year + 1}-03-01"
    executed = draw(st.integers(min_value=1, max_value=100))
    report.funds.rows[0].executed = D(executed)
    report.funds.rows = report.funds.rows[:1]
    report.indicators = []
    for k, (name, target, actual) in enumerate(specs):
        level1, level2 = draw(st.sampled_from(groups)) if k >= len(groups) else groups[k]
        score = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=10)))
        report.indicators.append(Indicator(
            level1=level1, level2=level2, name=name, target=target, actual=actual,
            weight=D(10), score=None if score is None else D(score),
            deviation=draw(st.sampled_from(SAFE_REASONS))))
    result = score_report(report, profile)
    for key in ("basic_info", "content", "analysis", "problems"):
        setattr(report.sections, key, draft_section(key, report, result))
    return report
