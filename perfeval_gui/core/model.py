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
    label: str | None = ""
    initial: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元
    adjusted: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元
    executed: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元
    # the breakdown a part belongs to (按收入性质, 按支出性质): a 部门整体 form gives two
    # breakdowns of one total, and each is held against the total on its own
    breakdown: str | None = ""
    # the annual cycle (forms.py): 申请数 of a declaration; 1–N 月执行数 and 全年预计执行数 of a
    # monitoring form
    requested: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元
    executed_to_date: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元
    projected: Decimal | None = field(default=None, metadata={KIND: AMOUNT})  # 万元


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
    level1: str | None = ""
    level2: str | None = ""
    name: str | None = ""
    target: str | None = ""
    actual: str | None = ""
    weight: Decimal | None = Decimal(0)
    score: Decimal | None = None
    deviation: str | None = ""
    applicable: bool = True
    score_note: str | None = ""
    # the user's reading (达成 / 部分达成 / 未达成) of a qualitative actual whose words name
    # no grade: until it is given the row has no rule score (JUDGEMENTS)
    judgement: str | None = field(default=None, metadata={KIND: JUDGEMENT})
    # the monitoring form (forms.py): 1–N 月执行情况, 全年预计完成情况, 偏差原因 (categories
    # ticked, each with its words; words tied to none), 完成目标可能性, 备注. A self-evaluation
    # made from a monitoring form keeps them as the row's mid-year hints.
    to_date: str | None = ""
    projected: str | None = ""
    causes: dict[str, str] = field(default_factory=dict, metadata={KIND: CAUSES})
    cause_text: str | None = ""
    likelihood: str | None = field(default=None, metadata={KIND: LIKELIHOOD})
    remarks: str | None = ""
    # the target as the project's declaration gave it (None: the row was not declared), and
    # why a later form changed it (调整原因): a change is shown, never silently carried
    declared_target: str | None = None
    target_reason: str | None = ""


@dataclass(kw_only=True)
class Sections(Record):
    basic_info: str | None = None
    content: str | None = None
    analysis: str | None = None
    fund_adjustment: str | None = None
    management: str | None = None
    problems: str | None = None
    measures: str | None = None

    def get(self, key: str) -> str:
        """The text of a section, '' where it is missing or null."""
        return getattr(self, key) or ""


# the narrative's sections, in the outline's order
SECTION_KEYS = tuple(f.name for f in fields(Sections) if f.name not in ("extra", "missing"))


@dataclass(kw_only=True)
class TeamMember(Row):
    name: str | None = ""
    title: str | None = ""
    unit: str | None = ""


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
