"""The indicator rows under a header: merged and blank level cells filled down, placeholder
and spacer rows skipped (domain README §5), split target columns joined, the 总分 row read as
printed, 分值 and 得分 read as points."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..core.form_columns import CAUSES, CHOICE, CLEAR, POINTS, FormColumn, form_columns
from ..core.form_kinds import DECLARATION, MONITORING, SELF_EVALUATION
from ..core.forms import likelihood_of
from ..core.inputs import points_input
from ..core.messages import Message, UserError
from ..core.model import Indicator
from ..core.values import ValueUnreadable, normalise, parse_value
from .header import (
    ACTUAL,
    FORM_WIDE,
    LEVEL1,
    LEVEL2,
    NAME,
    OP,
    SCORE,
    TARGET,
    UNIT,
    VALUE,
    WEIGHT,
    Header,
    header_key,
    is_header,
    row_roles,
)
from .notes import SKIPPED, UNREADABLE, Notes, row_place
from .source import Grid

PLACEHOLDER = re.compile(r"(三级)?指标\s*\d*[:：]?|[.…。·]+|[*＊xX×]+")
# the template's 指标1： with the indicator written after it: the name is what follows
NUMBERED = re.compile(r"^(三级)?指标\s*\d+\s*[:：]\s*(?=\S)")
TOTAL = re.compile(r"(总分|总计|合计|得分合计|分值合计)")
END = re.compile(r"^(注|备注|说明|填表说明|填报说明|填表人|填报人|制表人?|审核人|单位负责人|财务负责人)"
                 r"\s*[:：\s]")
NOT_APPLICABLE = "不适用"
NO_FIGURE = {"", "—", "-", "/", "无"}  # a dash in 分值 or 得分 says "nothing here"
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
MAX_POINTS = Decimal(100)
# 指标性质 as budget systems write it: the operator, or a word for the kind
_OP_WORDS = {"正向": "≥", "正向指标": "≥", "反向": "≤", "反向指标": "≤", "定性": "", "定量": "",
             "等于": "=", "大于等于": "≥", "小于等于": "≤"}


# the indicator columns a reader knows by their header, in the table's order (core/model.py)
READ_COLUMNS = tuple(c for c in form_columns(Indicator) if c.reads)
def read_columns(form: str, header: dict[str, int]) -> tuple[FormColumn, ...]:
    """The columns a reader fills for *form*: those known by their header words, and those
    printed inside another's cell (the 偏差原因's words). A 申报表 from a budget system may
    print 分值 too: a 自评表 column that is no result of the year, where its header names it."""
    if form == SELF_EVALUATION:
        return READ_COLUMNS
    own = tuple(c for c in form_columns(Indicator, form) if c.reads or c.prints_in)
    if form != DECLARATION:
        return own
    fields = {c.field for c in own}
    return (*own, *(c for c in READ_COLUMNS
                    if c.field in header and c.field not in fields and c.next_year != CLEAR))


def read_causes(cell: str, categories: tuple[str, ...]) -> tuple[dict[str, str], str]:
    """A 偏差原因 cell as the paper prints it: a line naming a category (经费保障：资金未到位)
    ticks it with its words; the other lines are the words tied to no category."""
    causes: dict[str, str] = {}
    rest: list[str] = []
    for line in cell.split("\n"):
        line = line.strip().lstrip("☑√✓").strip()
        if not line:
            continue
        name, _colon, words = line.partition("：") if "：" in line else line.partition(":")
        if name.strip() in categories and name.strip() not in causes:
            causes[name.strip()] = words.strip()
        else:
            rest.append(line)
    return causes, "\n".join(rest)


@dataclass
class IndicatorRow:
    values: dict[str, Any]  # model field -> what was read (text, or points), every READ_COLUMN
    applicable: bool
    place: Message  # where it came from, for the preview


@dataclass
class IndicatorTable:
    rows: list[IndicatorRow] = field(default_factory=list)
    printed_total: Decimal | None = None


def join_target(op: str, value: str, unit: str) -> str:
    """≥ | 95 | % -> ≥95%; 定性 | 达成预期指标 | '' -> 达成预期指标."""
    op = op.strip()
    op = _OP_WORDS.get(op, op)
    value, unit = value.strip(), unit.strip()
    if unit and value.endswith(unit):
        unit = ""
    if value and op and normalise(value)[:1] in "≥≤=<>＞＜≧≦":
        op = ""  # the value already carries its sign
    return f"{op}{value}{unit}" if value else ""


def with_target_unit(actual: str, target: str, unit_column: str = "") -> str:
    """A bare-number actual takes the target's unit (target ≥95%, actual 97 -> 97%)."""
    if not _BARE_NUMBER.fullmatch(normalise(actual)):
        return actual
    unit = unit_column.strip()
    if not unit:
        try:
            parsed = parse_value(target)
        except ValueUnreadable:
            return actual
        unit = parsed.unit if parsed.kind == "quantity" and parsed.unit else ""
    return f"{actual}{unit}"


def _points(text: str, what: str, place: Message, notes: Notes) -> Decimal | None:
    if text.strip() in NO_FIGURE:
        return None
    try:
        value = points_input(text)
    except UserError:
        notes.add(UNREADABLE, place, "bad_points", column=what, text=text)
        return None
    if value is not None and (value > MAX_POINTS or value != round(value, 2)):
        notes.add(UNREADABLE, place, "bad_points", column=what, text=text)
        return None
    return value


def read_indicators(header: Header, notes: Notes, categories: tuple[str, ...] = ()) -> IndicatorTable:
    """The rows under *header*; *categories* are the 偏差原因 categories a monitoring form's
    cause cell may tick."""
    grid, cols = header.grid, header.columns
    columns = read_columns(header.form, cols)
    table = IndicatorTable()
    pending_blank: list[int] = []  # spacer rows are noted only where indicators follow them
    level1 = level2 = ""
    split = bool({VALUE, OP, UNIT} & set(cols))

    def get(r: int, role: str) -> str:
        return grid.cell(r, cols[role]) if role in cols else ""

    for r in range(header.row + 1, len(grid.rows)):
        row = grid.rows[r]
        place = row_place(grid, r)
        texts = [t for t in row if t]
        if not texts:
            pending_blank.append(r)
            continue
        if END.match(texts[0]):
            break
        if header.form == MONITORING and any(label.fullmatch(header_key(texts[0]))
                                             for label in FORM_WIDE.values()):
            break
        if is_header(row_roles(row)):  # a sheet printed over pages repeats its header
            notes.add(SKIPPED, place, "repeated_header")
            continue
        if len(set(texts)) == 1 and len(texts) >= 3 and not TOTAL.fullmatch(texts[0].replace(" ", "")):
            notes.add(SKIPPED, place, "merged_row", text=texts[0][:30])  # a caption across the table
            continue
        name = NUMBERED.sub("", get(r, NAME))
        if any(TOTAL.fullmatch(t.replace(" ", "").replace("\u3000", "")) for t in texts[:3]) and (
                not name or TOTAL.fullmatch(name.replace(" ", ""))):
            table.printed_total = _points(get(r, SCORE), "得分", place, notes) if SCORE in cols else None
            break
        for blank in pending_blank:
            notes.add(SKIPPED, row_place(grid, blank), "blank_row")
        pending_blank.clear()
        # a level left blank under its first row continues; a new 一级 starts its 二级 afresh
        if get(r, LEVEL1) and get(r, LEVEL1) != level1:
            level1, level2 = get(r, LEVEL1), get(r, LEVEL2)
        else:
            level2 = get(r, LEVEL2) or level2
        if VALUE in cols or OP in cols:
            target = join_target(get(r, OP), get(r, VALUE) or get(r, TARGET), get(r, UNIT))
        else:
            target = get(r, TARGET)
        actual = get(r, ACTUAL)
        if split:  # forms with a 度量单位 column write the actual as a bare number
            actual = with_target_unit(actual, target, get(r, UNIT))
        weight_text, score_text = get(r, WEIGHT), get(r, SCORE)
        if not (name or target or actual or weight_text):
            notes.add(SKIPPED, place, "empty_indicator")
            continue
        if PLACEHOLDER.fullmatch(name.replace(" ", "")):
            notes.add(SKIPPED, place, "placeholder", name=name)
            continue
        applicable = score_text.strip() != NOT_APPLICABLE
        read: dict[str, Any] = {LEVEL1: level1, LEVEL2: level2, NAME: name, TARGET: target,
                                ACTUAL: actual}
        for column in columns:  # the weight, the score and the columns read as they stand
            if column.field in read or column.prints_in:
                continue
            if column.kind == CAUSES and header.cause_columns:
                read[column.field] = ticked(grid, r, header.cause_columns)
                words = ""
            elif column.kind == CAUSES:
                read[column.field], words = read_causes(get(r, column.field), categories)
                for inside in columns:
                    if inside.prints_in == column.field:
                        read[inside.field] = words
            elif column.kind == CHOICE:
                read[column.field] = _choice(get(r, column.field), column, place, notes)
            elif column.kind == POINTS:
                text = get(r, column.field)
                read[column.field] = _points(text, column.zh, place, notes) \
                    if applicable or column.field != SCORE else None
            else:
                read[column.field] = get(r, column.field)
        table.rows.append(IndicatorRow({c.field: read.get(c.field, "") for c in columns}, applicable,
                                       place))
    return table


# a category's own column: a tick says it applies with no words; these say it does not
TICKS = {"√", "✓", "✔", "☑", "■", "是", "有"}
UNTICKED = {"×", "✗", "☐", "□", "否", "无", *NO_FIGURE}


def ticked(grid: Grid, r: int, columns: dict[str, int]) -> dict[str, str]:
    """The categories ticked in their own columns, each with the words written there."""
    causes: dict[str, str] = {}
    for name, c in columns.items():
        words = grid.cell(r, c).strip()
        if words in UNTICKED:
            continue
        causes[name] = "" if words in TICKS else words
    return causes


def _choice(text: str, column: FormColumn, place: Message, notes: Notes) -> str | None:
    """完成目标可能性: one of its words (不可能 is 完全不可能); another word is noted, not kept."""
    key = "".join(text.split())
    if not key or key in NO_FIGURE:
        return None
    level = likelihood_of(key)
    if level is not None:
        return level
    notes.add(UNREADABLE, place, "bad_choice", column=column.zh, text=text)
    return None
