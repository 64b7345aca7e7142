"""Finding the indicator table's header row by its words, wherever it starts.

A header is a row naming the 三级指标 column and a target or actual column, with at least
three known columns in all; a second header row under it (指标性质 | 指标值 | 度量单位 under a
merged 年度指标值) refines the columns it names.

The words are the column tables' (``reads`` of ``form_columns``): the 自评表's, then the
monitoring form's own columns. A header naming a column that only the monitoring form has
(1–N月执行情况, 全年预计完成情况, 完成目标可能性) is a monitoring form's, and is read again
with that form's table alone — where 偏差原因分析 is the ticked categories, not the 自评表's
偏差原因及改进措施.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..core.form_columns import CAUSES, CLEAR, TEXT, form_columns
from ..core.form_kinds import DECLARATION, MONITORING, SELF_EVALUATION
from ..core.model import Indicator
from .source import Grid

# an indicator column's role is its model field; op, value and unit are the parts of a target
# some forms split over three columns (指标性质 | 指标值 | 度量单位)
LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, DEVIATION = (
    "level1", "level2", "name", "target", "actual", "weight", "score", "deviation")
OP, VALUE, UNIT = "op", "value", "unit"

# role: the header texts (spaces, line breaks and bracketed notes removed) that name it — the
# parts of a split target first (指标值 alone is a VALUE), then each indicator column's words
# as core/model.py describes them, in the table's order
_SPLIT_TARGET: list[tuple[str, str]] = [
    (OP, r"指标性质|指标方向|比较符号?|性质"),
    (UNIT, r"度量单位|计量单位|单位"),
    (VALUE, r"指标值"),  # a target when no 指标性质/度量单位 column is beside it
]
_SELF_FIELDS = {c.field for c in form_columns(Indicator)}
# the 偏差原因 column: vendor systems give each category a column of its own under it
CAUSES_FIELD = next(c.field for c in form_columns(Indicator, MONITORING) if c.kind == CAUSES)
MAX_CATEGORY_CHARS = 12
# a monitoring form's 偏差原因分析 and 相关建议或举措 written once for the whole form (湖北), in
# the rows under its indicators: their labels (the indicator rows end there)
FORM_WIDE = {"causes_text": re.compile(r"偏差(或不能完成目标)?原因(分析)?"),
             "measures": re.compile(r"(相关)?(建议|改进)(或|和|及)?(举措|措施)")}
_MONITORING_ONLY = [c for c in form_columns(Indicator, MONITORING) if c.field not in _SELF_FIELDS]
# a monitoring form's header names one of these (its 备注 is no sign: other forms have one)
MONITORING_SIGNS = frozenset(c.field for c in _MONITORING_ONLY if c.kind != TEXT)
# a 自评表's header names one of the year's results (实际完成值, 得分: what next year clears); a
# header with none is a 申报表's, made before the year (a budget system's may print 分值)
_DECLARED = {c.field for c in form_columns(Indicator, DECLARATION)}
SELF_EVALUATION_SIGNS = frozenset(c.field for c in form_columns(Indicator)
                                  if c.field not in _DECLARED and c.kind != TEXT and c.next_year == CLEAR)


def _compiled(columns: list) -> tuple[tuple[str, re.Pattern[str]], ...]:  # type: ignore[type-arg]
    words = [*_SPLIT_TARGET, *((c.field, c.reads) for c in columns if c.reads)]
    return tuple((role, re.compile(pattern)) for role, pattern in words)


# any header: the 自评表's words, the monitoring form's own after them; a monitoring header:
# that form's words alone
_COMPILED = {SELF_EVALUATION: _compiled([*form_columns(Indicator), *_MONITORING_ONLY]),
             MONITORING: _compiled(list(form_columns(Indicator, MONITORING)))}
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
_NOISE = re.compile(r"[\s*＊:：、/]")


@lru_cache(maxsize=8192)  # a sheet repeats its texts (merges, levels): each is read once
def header_key(text: str) -> str:
    """A header cell's words without spaces, line breaks or notes in brackets."""
    return _NOISE.sub("", _BRACKETS.sub("", text))


@lru_cache(maxsize=8192)
def role_of(text: str, form: str = SELF_EVALUATION) -> str | None:
    key = header_key(text)
    if not key or len(key) > 20:
        return None
    for role, pattern in _COMPILED[form]:
        if pattern.fullmatch(key):
            return role
    return None


def row_roles(row: list[str], form: str = SELF_EVALUATION) -> dict[str, int]:
    """role -> the first column that names it."""
    found: dict[str, int] = {}
    for column, text in enumerate(row):
        role = role_of(text, form)
        if role is not None and role not in found:
            found[role] = column
    return found


def header_form(columns: dict[str, int]) -> str:
    """MONITORING where a header names a column only the monitoring form has; DECLARATION
    where it names none of the 自评表's figures either (targets only)."""
    if MONITORING_SIGNS & set(columns):
        return MONITORING
    return SELF_EVALUATION if SELF_EVALUATION_SIGNS & set(columns) else DECLARATION


def _resolve_value(columns: dict[str, int]) -> dict[str, int]:
    """指标值 is the number column of a split target where 指标性质 or 度量单位 stand beside it."""
    columns = dict(columns)
    if VALUE in columns and OP not in columns and UNIT not in columns:
        columns.setdefault(TARGET, columns.pop(VALUE))
    if VALUE in columns and TARGET in columns and columns[TARGET] == columns[VALUE]:
        del columns[TARGET]  # a merged 年度指标值 above its split columns
    return columns


def is_header(columns: dict[str, int]) -> bool:
    return NAME in columns and bool({TARGET, ACTUAL, VALUE} & set(columns)) and len(columns) >= 3


@dataclass
class Header:
    grid: Grid
    row: int  # the (last) header row; data starts below it
    columns: dict[str, int]
    form: str = SELF_EVALUATION  # MONITORING: a monitoring form's table (its words read it)
    # a 偏差原因 merged over a column per category (经费保障 | 制度保障 | … in the row below)
    cause_columns: dict[str, int] = field(default_factory=dict)

    @property
    def quality(self) -> tuple[int, int]:
        """A 自评表 (actuals and scores) before a 申报表, more known columns before fewer."""
        scored = int(ACTUAL in self.columns) + int(SCORE in self.columns) + int(WEIGHT in self.columns)
        return scored, len(self.columns)


def category_columns(top: list[str], below: list[str], first: int) -> dict[str, int]:
    """category -> column, where the 偏差原因 header is merged over a column per category and
    the row below names them (the other header cells merged down, or empty there)."""
    span = [first]
    while span[-1] + 1 < len(top) and top[span[-1] + 1] == top[first]:
        span.append(span[-1] + 1)
    names = [below[c].strip() if c < len(below) else "" for c in span]
    if len(span) < 2 or not all(names) or len(set(names)) != len(names) \
            or any(len(header_key(n)) > MAX_CATEGORY_CHARS for n in names):
        return {}
    for c, text in enumerate(top):
        under = below[c] if c < len(below) else ""
        if c not in span and under and under != text:
            return {}
    return dict(zip(names, span, strict=True))


def find_headers(grid: Grid) -> list[Header]:
    """Every indicator header in a grid (a workbook sheet may hold more than one table)."""
    headers: list[Header] = []
    r = 0
    while r < len(grid.rows):
        columns = row_roles(grid.rows[r])
        if not is_header(_resolve_value(columns)):
            r += 1
            continue
        form = header_form(columns)
        categories: dict[str, int] = {}
        if form == MONITORING:
            columns = row_roles(grid.rows[r], form)
            if CAUSES_FIELD in columns and r + 1 < len(grid.rows):
                categories = category_columns(grid.rows[r], grid.rows[r + 1], columns[CAUSES_FIELD])
        last = r
        if categories:
            last = r + 1
        elif r + 1 < len(grid.rows):
            below = row_roles(grid.rows[r + 1])
            if {OP, UNIT, VALUE} & set(below):
                # 指标性质|指标值|度量单位 under a merged 年度指标值: the lower row names those columns
                merged = {role: c for role, c in columns.items() if c not in below.values()}
                merged.update(below)
                columns, last = merged, r + 1
        headers.append(Header(grid, last, _resolve_value(columns), form, categories))
        r = last + 1
    return headers
