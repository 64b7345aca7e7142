"""The report model: plain Python types for everything in the interchange format v1.

Amounts, weights and scores are exact ``Decimal`` values. Every record keeps the
keys it did not recognise (``extra``) and remembers which of its optional keys the
document left out (``missing``), so a report read and written back is unchanged.

These classes are the one description of each record: the JSON format and the store's
columns are derived from their fields (``fields.py``). A field's type says what it holds;
its metadata says what the type alone cannot (an amount, a date, a column's other name).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from .fields import (
    AMOUNT,
    CAUSES,
    COLUMN,
    DATE,
    FORM,
    JUDGEMENT,
    KIND,
    LIKELIHOOD,
    PROFILE_ID,
    REQUIRED,
    YEAR,
)
from .fields import EVALUATION_KINDS as KINDS_FIELD
from .form_columns import AMOUNT as AMOUNT_COLUMN
from .form_columns import CAUSES as CAUSES_COLUMN
from .form_columns import (
    CHOICE,
    CLEAR,
    FLAG,
    NEEDS_CAUSES_PER_ROW,
    NEEDS_PROJECTION,
    PERIOD_MONTHS,
    POINTS,
    SHIFT_YEARS,
    VALUE,
    column,
    section,
)
from .form_kinds import DECLARATION, FORMS, MONITORING, SELF_EVALUATION

# the forms a column stands on as it is (no header or width of its own there)
ALL_FORMS: dict[str, dict] = {form: {} for form in FORMS}

PROCESS = "process"
OUTCOME = "outcome"
EVALUATION_KINDS = (PROCESS, OUTCOME)

TOTAL_FUNDS_LABEL = "年度资金总额"  # the first funds row of every form: the total
# what a user may judge a qualitative actual to be (the profile's bands carry the same names)
JUDGEMENTS = ("达成", "部分达成", "未达成")
# the two breakdowns of a total that 部门整体 forms print (a fund row may name any other)
BREAKDOWNS = ("按收入性质", "按支出性质")

@dataclass(kw_only=True)
class Record:
    """Keys a newer app wrote (kept verbatim) and optional keys the document omitted."""

    extra: dict[str, Any] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)


def new_row_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(kw_only=True)
class Row(Record):
    """A row of a list (fund rows, indicators, team members). Its id stays with it when rows
    move, so a change can name the row it touched; the id lives in the store only (it is not
    part of the interchange document, nor of a row's value)."""

    row_id: str = field(default_factory=new_row_id, compare=False, repr=False)


@dataclass(kw_only=True)
class Project(Record):
    name: str | None = field(default="", metadata={REQUIRED: True})
    region: str | None = ""
    unit: str | None = ""
    department: str | None = ""
    department_code: str | None = ""
    implementing_unit: str | None = ""
    credit_code: str | None = ""


@dataclass(kw_only=True)
class Evaluation(Record):
    leader: str | None = ""
    contact: str | None = ""
    phone: str | None = ""
    date: str | None = field(default=None, metadata={KIND: DATE, COLUMN: "eval_date"})
    unit_head: str | None = ""  # 项目单位负责人, who signs and stamps under the team


@dataclass(kw_only=True)
class FundRow(Row):
    """A row of the 项目资金 table (万元); the form adds 分值, 执行率 and 得分 to its first."""

    label: str | None = column("", "Row (first row: total funds)",
                               window_zh="资金项目（第一行为年度资金总额）", forms=ALL_FORMS)
    initial: Decimal | None = column("年初预算数", "Initial budget", kind=AMOUNT_COLUMN, default=None,
                                     metadata={KIND: AMOUNT},
                                     forms={SELF_EVALUATION: {}, MONITORING: {}})
    adjusted: Decimal | None = column("全年预算数", "Adjusted budget", kind=AMOUNT_COLUMN, default=None,
                                      metadata={KIND: AMOUNT}, next_year=CLEAR,
                                      forms={SELF_EVALUATION: {}, MONITORING: {}})
    executed: Decimal | None = column("全年执行数", "Executed", kind=AMOUNT_COLUMN, default=None,
                                      metadata={KIND: AMOUNT}, next_year=CLEAR)
    # the breakdown a part belongs to (按收入性质, 按支出性质): a 部门整体 form gives two
    # breakdowns of one total, and each is held against the total on its own
    breakdown: str | None = column("", "Breakdown", window_zh="分组", prints=False, width_px=110)
    # the annual cycle (forms.py): 申请数 of a declaration; 1–N 月执行数 and 全年预计执行数 of a
    # monitoring form (no columns of the 自评表)
    requested: Decimal | None = column("申请数", "Requested", kind=AMOUNT_COLUMN, default=None,
                                       metadata={KIND: AMOUNT}, forms={DECLARATION: {}},
                                       reads=r"(年度)?申请(数|金额|资金)")
    executed_to_date: Decimal | None = column("1–{n}月执行数", "Executed in months 1–{n}",
                                              kind=AMOUNT_COLUMN, default=None,
                                              metadata={KIND: AMOUNT}, forms={MONITORING: {}},
                                              reads=PERIOD_MONTHS + r"执行(数|金额)?"
                                                    r"|(截至|截止).{0,8}执行(数|金额)")
    projected: Decimal | None = column("全年预计执行数", "Projected for the year",
                                       kind=AMOUNT_COLUMN, default=None, metadata={KIND: AMOUNT},
                                       forms={MONITORING: {}}, reads=r"(全年)?预计(执行|支出)(数|金额)?",
                                       header_key="projected_funds")


@dataclass(kw_only=True)
class Funds(Record):
    weight: Decimal | None = Decimal(10)
    score: Decimal | None = None
    rows: list[FundRow] = field(default_factory=list)

    @property
    def total_row(self) -> FundRow | None:
        return self.rows[0] if self.rows else None


@dataclass(kw_only=True)
class Goal(Record):
    expected: str | None = ""
    achieved: str | None = ""


@dataclass(kw_only=True)
class Indicator(Row):
    """A row of the 绩效指标 table; each field's column() is its one description (headers,
    widths in mm on paper and px in the window, the reader's header words, next year)."""

    level1: str | None = column("一级指标", "Level 1", width_mm=14, width_px=80,
                                reads=r"一级指标(名称)?|一级", forms=ALL_FORMS)
    level2: str | None = column("二级指标", "Level 2", width_mm=17, width_px=92,
                                reads=r"二级指标(名称)?|二级", forms=ALL_FORMS)
    name: str | None = column("三级指标", "Level 3 indicator", width_mm=21, width_px=140,
                              reads=r"三级指标(名称|内容)?|三级|指标内容|指标名称|绩效指标名称|具体指标",
                              next_year=SHIFT_YEARS,
                              # the 申报表's four columns: the names and targets take the room
                              forms={SELF_EVALUATION: {}, MONITORING: {}, DECLARATION: {"width_px": None}})
    target: str | None = column("年度指标值", "Annual target", kind=VALUE, width_mm=16, width_px=96,
                                reads=r"(年度|全年|预期|计划|年初|绩效)?(指标值|目标值)|年度(绩效)?(指标|目标)(值)?",
                                next_year=SHIFT_YEARS,
                                forms={SELF_EVALUATION: {}, MONITORING: {},
                                       DECLARATION: {"zh": "指标值", "split_value": True, "width_px": None}})
    actual: str | None = column("实际完成值", "Actual", kind=VALUE, width_mm=16, width_px=96,
                                reads=r"(全年|年度)?实际(完成)?(值|数|情况|指标值)?|(全年|实际)?完成(值|情况)"
                                      r"|全年实际完成值", next_year=CLEAR)
    weight: Decimal | None = column("分值", "Weight", kind=POINTS, default=Decimal(0), width_mm=10,
                                    width_px=46, reads=r"(指标|标准)?分值|权重(分值)?|标准分|分数")
    score: Decimal | None = column("得分", "Score", kind=POINTS, default=None, width_mm=12, width_px=46,
                                   reads=r"(自评|实际)?得分|自评分|评分", next_year=CLEAR)
    # any short header that speaks of reasons or measures (after every other column's words)
    deviation: str | None = column("偏差原因分析及改进措施", "Reasons for deviation and measures",
                                   width_mm=42, reads=r"(?=.{1,14}$).*(原因|改进措施|偏差).*",
                                   next_year=CLEAR)
    applicable: bool = column("适用", "Applies", kind=FLAG, default=True, width_px=40, prints=False)
    score_note: str | None = column("得分说明", "Score note", width_px=90, next_year=CLEAR,
                                    prints=False)
    # the user's reading (达成 / 部分达成 / 未达成) of a qualitative actual whose words name
    # no grade: until it is given the row has no rule score (JUDGEMENTS)
    judgement: str | None = field(default=None, metadata={KIND: JUDGEMENT})
    # the monitoring form (forms.py): 1–N 月执行情况, 全年预计完成情况, 偏差原因 (categories
    # ticked, each with its words; words tied to none), 完成目标可能性, 备注. A self-evaluation
    # made from a monitoring form keeps them as the row's mid-year hints.
    to_date: str | None = column("1–{n}月执行情况", "Done in months 1–{n}", kind=VALUE,
                                 forms={MONITORING: {}}, width_mm=18, width_px=110,
                                 reads=PERIOD_MONTHS + r"(执行|完成)情况"
                                       r"|半年度?(指标)?(执行|完成)情况|(截至|截止).{0,8}(执行|完成)(情况|值)")
    projected: str | None = column("全年预计完成情况", "Projected for the year", kind=VALUE,
                                   forms={MONITORING: {}}, needs=NEEDS_PROJECTION, width_mm=18,
                                   width_px=110, reads=r"(全年)?预计(完成|实现)(情况|值)")
    causes: dict[str, str] = column("偏差原因分析", "Causes of deviation", kind=CAUSES_COLUMN,
                                    default_factory=dict, metadata={KIND: CAUSES},
                                    forms={MONITORING: {}}, needs=NEEDS_CAUSES_PER_ROW,
                                    width_mm=30, width_px=150, reads=r"偏差原因(分析)?")
    # in the window too it is written in the 偏差原因 cell's editor, under the categories
    cause_text: str | None = column("偏差原因说明", "Cause in words", forms={MONITORING: {}},
                                    needs=NEEDS_CAUSES_PER_ROW, prints=False, prints_in="causes",
                                    in_window=False)
    likelihood: str | None = column("完成目标可能性", "Likelihood of meeting the target",
                                    kind=CHOICE, default=None, metadata={KIND: LIKELIHOOD},
                                    forms={MONITORING: {}}, width_mm=16, width_px=90,
                                    reads=r"完成(目标)?(的)?可能性")
    remarks: str | None = column("备注", "Remarks", forms={MONITORING: {}}, width_mm=22,
                                 reads=r"备注")  # no window width: the room left (what will be done)
    # the target as the project's declaration gave it (None: the row was not declared), and
    # why a later form changed it (调整原因): a change is shown, never silently carried
    declared_target: str | None = None
    target_reason: str | None = ""


@dataclass(kw_only=True)
class Sections(Record):
    """The narrative; each field's section() is its one description (its chapter and heading
    in the outline, its English name, the words a reader finds its heading by, next year)."""

    basic_info: str | None = section("项目概况", "项目基本情况", "Basic information",
                                     reads=("基本情况", "项目概况", "概况"), next_year=SHIFT_YEARS)
    content: str | None = section("项目概况", "项目建设内容", "Content",
                                  reads=("建设内容", "项目内容", "主要内容", "实施内容"),
                                  next_year=SHIFT_YEARS)
    # 完成情况, 绩效评价 also stand in other sections' headings: they are tried after them
    analysis: str | None = section("项目评价及绩效分析", "绩效目标完成情况及绩效结果分析", "Analysis",
                                   reads=("绩效分析", "结果分析", "完成情况", "评价及绩效", "绩效评价",
                                          "指标完成"), read_last=True, next_year=CLEAR)
    fund_adjustment: str | None = section("项目评价及绩效分析", "项目资金调整情况", "Fund adjustment",
                                          reads=("资金调整", "预算调整"), next_year=CLEAR)
    management: str | None = section("项目评价及绩效分析", "项目管理情况", "Management",
                                     reads=("管理情况", "项目管理", "组织管理"), next_year=CLEAR)
    # 存在问题与改进措施 is the problems' heading: their words come before the measures'
    problems: str | None = section("存在问题与改进措施", "存在问题", "Problems",
                                   reads=("存在问题", "存在的问题", "问题"), next_year=CLEAR)
    measures: str | None = section("存在问题与改进措施", "改进措施", "Measures",
                                   reads=("改进措施", "整改措施", "建议", "下一步"), next_year=CLEAR)

    def get(self, key: str) -> str:
        """The text of a section, '' where it is missing or null."""
        return getattr(self, key) or ""


# the narrative's sections, in the outline's order
SECTION_KEYS = tuple(f.name for f in fields(Sections) if f.name not in ("extra", "missing"))


@dataclass(kw_only=True)
class TeamMember(Row):
    """A row of the 评价工作组 table; the paper adds a column to sign in."""

    name: str | None = column("姓名", "Name", width_mm=30)
    title: str | None = column("职称/职务", "Title / post", width_mm=36)
    unit: str | None = column("单位", "Unit", width_mm=56)


# the scoring profile of a report that names none, and of the window where a report's is missing
DEFAULT_PROFILE = "national-2020"


@dataclass(kw_only=True)
class Report(Record):
    profile: str = field(default=DEFAULT_PROFILE, metadata={KIND: PROFILE_ID})
    year: int = field(default=0, metadata={KIND: YEAR, REQUIRED: True})
    evaluation_kinds: list[str] = field(default_factory=list, metadata={KIND: KINDS_FIELD})
    project: Project = field(default_factory=Project, metadata={REQUIRED: True})
    evaluation: Evaluation = field(default_factory=Evaluation)
    funds: Funds = field(default_factory=Funds)
    goal: Goal = field(default_factory=Goal)
    indicators: list[Indicator] = field(default_factory=list)
    sections: Sections = field(default_factory=Sections)
    team: list[TeamMember] = field(default_factory=list)
    # the annual cycle (forms.py): which form this document is, the project it belongs to
    # across years and forms, a monitoring form's period end (ISO date) and its form-wide
    # 偏差原因 / 建议举措 where a province asks for them once
    form: str = field(default="self_evaluation", metadata={KIND: FORM})
    project_key: str | None = ""
    period_end: str | None = field(default=None, metadata={KIND: DATE})
    causes_text: str | None = ""
    measures: str | None = ""


def text(value: str | None) -> str:
    """A text field as a string: '' where it is null."""
    return value or ""
