"""The report model: plain Python types for everything in the interchange format v1.

Amounts, weights and scores are exact ``Decimal`` values. Every record keeps the
keys it did not recognise (``extra``) and remembers which of its optional keys the
document left out (``missing``), so a report read and written back is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

PROCESS = "process"
OUTCOME = "outcome"
EVALUATION_KINDS = (PROCESS, OUTCOME)

TOTAL_FUNDS_LABEL = "年度资金总额"  # the first funds row of every form: the total

SECTION_KEYS = (
    "basic_info",
    "content",
    "analysis",
    "fund_adjustment",
    "management",
    "problems",
    "measures",
)


@dataclass(kw_only=True)
class Record:
    """Keys a newer app wrote (kept verbatim) and optional keys the document omitted."""

    extra: dict[str, Any] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)


@dataclass(kw_only=True)
class Project(Record):
    name: str | None = ""
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
    date: str | None = None  # ISO YYYY-MM-DD, validated on input


@dataclass(kw_only=True)
class FundRow(Record):
    label: str | None = ""
    initial: Decimal | None = None
    adjusted: Decimal | None = None
    executed: Decimal | None = None


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
class Indicator(Record):
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


@dataclass(kw_only=True)
class TeamMember(Record):
    name: str | None = ""
    title: str | None = ""
    unit: str | None = ""


# the scoring profile of a report that names none, and of the window where a report's is missing
DEFAULT_PROFILE = "national-2020"


@dataclass(kw_only=True)
class Report(Record):
    profile: str = DEFAULT_PROFILE
    year: int = 0
    evaluation_kinds: list[str] = field(default_factory=list)
    project: Project = field(default_factory=Project)
    evaluation: Evaluation = field(default_factory=Evaluation)
    funds: Funds = field(default_factory=Funds)
    goal: Goal = field(default_factory=Goal)
    indicators: list[Indicator] = field(default_factory=list)
    sections: Sections = field(default_factory=Sections)
    team: list[TeamMember] = field(default_factory=list)


def text(value: str | None) -> str:
    """A text field as a string: '' where it is null."""
    return value or ""
