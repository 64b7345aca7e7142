"""Finding the indicator table's header row by its words, wherever it starts.

A header is a row naming the 三级指标 column and a target or actual column, with at least
three known columns in all; a second header row under it (指标性质 | 指标值 | 度量单位 under a
merged 年度指标值) refines the columns it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .source import Grid

LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, DEVIATION, OP, VALUE, UNIT = (
    "level1", "level2", "name", "target", "actual", "weight", "score", "deviation", "op", "value",
    "unit")

# role: the header texts (spaces, line breaks and bracketed notes removed) that name it
_WORDS: list[tuple[str, str]] = [
    (LEVEL1, r"一级指标(名称)?|一级"),
    (LEVEL2, r"二级指标(名称)?|二级"),
    (NAME, r"三级指标(名称|内容)?|三级|指标内容|指标名称|绩效指标名称|具体指标"),
    (OP, r"指标性质|指标方向|比较符号?|性质"),
    (UNIT, r"度量单位|计量单位|单位"),
    (VALUE, r"指标值"),  # a target when no 指标性质/度量单位 column is beside it
    (TARGET, r"(年度|全年|预期|计划|年初|绩效)?(指标值|目标值)|年度(绩效)?(指标|目标)(值)?"),
    (ACTUAL, r"(全年|年度)?实际(完成)?(值|数|情况|指标值)?|(全年|实际)?完成(值|情况)|全年实际完成值"),
    (WEIGHT, r"(指标|标准)?分值|权重(分值)?|标准分|分数"),
    (SCORE, r"(自评|实际)?得分|自评分|评分"),
]
_COMPILED = [(role, re.compile(pattern)) for role, pattern in _WORDS]
_DEVIATION = re.compile(r".*(原因|改进措施|偏差).*")
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
_NOISE = re.compile(r"[\s*＊:：、/]")


@lru_cache(maxsize=8192)  # a sheet repeats its texts (merges, levels): each is read once
def header_key(text: str) -> str:
    """A header cell's words without spaces, line breaks or notes in brackets."""
    return _NOISE.sub("", _BRACKETS.sub("", text))


@lru_cache(maxsize=8192)
def role_of(text: str) -> str | None:
    key = header_key(text)
    if not key or len(key) > 20:
        return None
    for role, pattern in _COMPILED:
        if pattern.fullmatch(key):
            return role
    if len(key) <= 14 and _DEVIATION.fullmatch(key):
        return DEVIATION
    return None


def row_roles(row: list[str]) -> dict[str, int]:
    """role -> the first column that names it."""
    found: dict[str, int] = {}
    for column, text in enumerate(row):
        role = role_of(text)
        if role is not None and role not in found:
            found[role] = column
    return found


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

    @property
    def quality(self) -> tuple[int, int]:
        """A 自评表 (actuals and scores) before a 申报表, more known columns before fewer."""
        scored = int(ACTUAL in self.columns) + int(SCORE in self.columns) + int(WEIGHT in self.columns)
        return scored, len(self.columns)


def find_headers(grid: Grid) -> list[Header]:
    """Every indicator header in a grid (a workbook sheet may hold more than one table)."""
    headers: list[Header] = []
    r = 0
    while r < len(grid.rows):
        columns = row_roles(grid.rows[r])
        if not is_header(_resolve_value(columns)):
            r += 1
            continue
        last = r
        if r + 1 < len(grid.rows):
            below = row_roles(grid.rows[r + 1])
            if {OP, UNIT, VALUE} & set(below):
                # 指标性质|指标值|度量单位 under a merged 年度指标值: the lower row names those columns
                merged = {role: c for role, c in columns.items() if c not in below.values()}
                merged.update(below)
                columns, last = merged, r + 1
        headers.append(Header(grid, last, _resolve_value(columns)))
        r = last + 1
    return headers
