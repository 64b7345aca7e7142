"""The block above the indicators: 项目名称, 主管部门及代码, 实施单位, 项目负责人及电话, the funds
rows (with their 其中 rows) and the 年度总体目标 — read by their labels wherever they stand.
Also the 自评小组 table, the evaluated year and a printed grade."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..core.form_columns import AMOUNT, PERIOD_MONTHS, form_columns
from ..core.form_kinds import FORMS
from ..core.inputs import amount_input, points_input
from ..core.messages import Message, UserError
from ..core.model import FundRow
from .header import FORM_WIDE, header_key
from .notes import CONVERTED, UNREADABLE, Notes, row_place
from .source import Grid

_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("name", re.compile(r"(自评)?项目名称")),
    ("department", re.compile(r"(项目)?主管部门(及|和)?(代码|编码)?|主管单位(及代码)?")),
    ("implementing_unit", re.compile(r"(项目)?实施单位|项目单位|(自评)?项目单位")),
    ("leader", re.compile(r"项目负责人(及|和)?(联系)?(电话)?")),
    ("phone", re.compile(r"联系电话")),
]
_CODE = re.compile(r"^(.*?)[\s,，、/]*[（(]?(\d{3,})[）)]?$")
_PHONE = re.compile(r"(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})")
_YEAR = re.compile(r"(20\d{2}|2100)\s*年\s*度?")
_GRADE = re.compile(r"(?:评价|自评|绩效)?等级(?:为|是|：|:)?\s*[“\"「]?(优秀|良好|优|良|中|差|合格|不合格)")
# the funds columns of the year's other forms, by their column tables' words (申请数, 1–N月
# 执行数, 全年预计执行数), before the 自评表's own
_FORM_FUNDS = {c.field: re.compile(c.reads) for form in FORMS for c in form_columns(FundRow, form)
               if c.kind == AMOUNT and c.reads}
_FUNDS_COLUMNS = {
    **_FORM_FUNDS,
    "initial": re.compile(r"年初(预算)?数?|年初预算(金额|资金)?|预算数|年度预算数?"),
    "adjusted": re.compile(r"全年预算数?|调整后预算数?|全年预算(金额|资金)?"),
    "executed": re.compile(r"全年执行数?|执行数|实际执行数?|实际支出数?|全年支出数?"),
    "weight": re.compile(r"分值"),
    "rate": re.compile(r"执行率"),
    "score": re.compile(r"得分"),
}
_FUNDS_LABEL = re.compile(r"总额|其中|财政拨款|财政资金|结转|其他资金|补助|拨款|资金|自筹|专项"
                          r"|^按.{1,8}分|一般公共预算|基本支出|项目支出|政府性基金")
# 按收入性质分 / 按支出性质分: a breakdown of the total, its parts in the rows below (部门整体)
_BREAKDOWN = re.compile(r"^按(.{1,8}?)分[：:]?$")
_TOTAL_LABEL = re.compile(r"(年度)?资金总额|合计|总计")
_YUAN = re.compile(r"[（(]\s*元\s*[）)]|单位[:：]?\s*元(?!\S*万)|金额单位[:：]?\s*元")


@dataclass
class FundsRead:
    rows: list[dict[str, object]] = field(default_factory=list)
    weight: Decimal | None = None
    score: Decimal | None = None
    rate: str | None = None  # as printed
    in_yuan: bool = False


def _distinct_right(row: list[str], column: int) -> tuple[str, int] | None:
    """The first cell right of a label that is not the label itself (a merge repeats it)."""
    label = row[column]
    for c in range(column + 1, len(row)):
        if row[c] != label:
            return row[c], c
    return None


def _label_of(text: str) -> str | None:
    key = header_key(text.split("：")[0].split(":")[0]) if len(text) <= 30 else ""
    for field_name, pattern in _LABELS:
        if pattern.fullmatch(key):
            return field_name
    return None


def read_project(grids: list[Grid]) -> dict[str, str]:
    """project fields and the contact found by their labels; the first found wins."""
    found: dict[str, str] = {}
    for grid in grids:
        for row in grid.rows[:60]:
            for c, text in enumerate(row):
                if not text or (c and row[c - 1] == text):
                    continue
                field_name = _label_of(text)
                if field_name is None or field_name in found:
                    continue
                inline = re.split(r"[：:]", text, maxsplit=1)
                if len(inline) == 2 and inline[1].strip():
                    value = inline[1].strip()
                else:
                    right = _distinct_right(row, c)
                    value = right[0] if right else ""
                    if _label_of(value):
                        value = ""
                found[field_name] = value
    out: dict[str, str] = {}
    if "name" in found:
        out["name"] = found["name"]
    if "implementing_unit" in found:
        out["implementing_unit"] = found["implementing_unit"]
    if "department" in found:
        match = _CODE.match(found["department"])
        if match and match.group(1).strip():
            out["department"], out["department_code"] = match.group(1).strip(), match.group(2)
        else:
            out["department"] = found["department"]
    if "leader" in found:
        text = found["leader"]
        phone = _PHONE.search(text)
        if phone:
            out["phone"] = phone.group(1)
            text = (text[:phone.start()] + text[phone.end():])
        out["contact"] = re.sub(r"[\s,，/、；;:：]+", " ", text).strip()
    if "phone" in found and "phone" not in out:
        out["phone"] = found["phone"]
    return out


def _funds_header(row: list[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for c, text in enumerate(row):
        key = header_key(text)
        for name, pattern in _FUNDS_COLUMNS.items():
            if name not in columns and pattern.fullmatch(key):
                columns[name] = c
                break
    amounts = _AMOUNTS & set(columns)
    # a declaration asks one figure, 申请数: a word no other table heads a column with
    return columns if len(amounts) >= 2 or amounts == {"requested"} else None


_AMOUNTS = {"initial", "adjusted", "executed", *_FORM_FUNDS}


def _amount(text: str, in_yuan: bool, place: Message, column: str, notes: Notes) -> Decimal | None:
    text = text.strip()
    if text in ("", "—", "-", "/", "无"):
        return None
    typed = text.replace("万元", "") if not in_yuan else text
    if in_yuan and not typed.endswith("元"):
        typed += "元"
    try:
        return amount_input(typed)
    except UserError:
        notes.add(UNREADABLE, place, "bad_amount", column=column, text=text)
        return None


def read_funds(grids: list[Grid], notes: Notes) -> FundsRead:
    for grid in grids:
        for r, row in enumerate(grid.rows):
            columns = _funds_header(row)
            if columns is not None:
                return _funds_table(grid, r, columns, notes)
    for grid in grids:
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                if _TOTAL_LABEL.match(header_key(text)) and "资金总额" in text:
                    return _funds_list(grid, r, c, notes)
    return FundsRead()


def _yuan_above(grid: Grid, r: int, extra: str = "") -> bool:
    texts = [extra, *(t for row in grid.rows[max(0, r - 8):r + 1] for t in row)]
    return any(_YUAN.search(t) for t in texts if t)


def _funds_table(grid: Grid, r: int, columns: dict[str, int], notes: Notes) -> FundsRead:
    """年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, one row per source of funds."""
    funds = FundsRead(in_yuan=_yuan_above(grid, r))
    first_amount = min(columns[k] for k in _AMOUNTS if k in columns)
    breakdown = ""
    skip_to = 0
    for k in range(r + 1, len(grid.rows)):
        if k < skip_to:
            continue
        row = grid.rows[k]
        place = row_place(grid, k)
        beside = _headings_side_by_side(row) if funds.rows else []
        if len(beside) > 1:  # 按收入性质分 | 按支出性质分 side by side, parts below in label cells
            skip_to = _parts_side_by_side(grid, k, beside, funds, notes)
            continue
        label = next((t for t in reversed(row[:first_amount]) if t), "")
        headings = [m for t in row[:first_amount] if (m := _BREAKDOWN.match(header_key(t)))]
        if headings and funds.rows:
            breakdown = f"按{headings[-1].group(1)}"
            if _BREAKDOWN.match(header_key(label)):
                continue  # a heading row: its parts follow (its own amounts repeat the total)
            # else the heading is a merged cell left of this part's own label
        if funds.rows and row and label == row[0] and first_amount > 1 and row[:first_amount].count(label) \
                == first_amount:
            break  # the next block (年度总体目标) spans the label columns
        if not _FUNDS_LABEL.search(label) or "目标" in label or "指标" in label \
                or any("目标" in t for t in row[:first_amount]):  # 年度总体目标 | its words
            break
        if re.fullmatch(r"项目资金.*", header_key(label)):
            label = ""
        values = {name: _amount(row[c] if c < len(row) else "", funds.in_yuan, place, name, notes)
                  for name, c in columns.items() if name in _AMOUNTS}
        label = label.rstrip("：:")
        if breakdown and funds.rows:  # the paper's 其中： before a breakdown's first part
            label = re.sub(r"^其中[：:]\s*", "", label)
        funds.rows.append({"label": label or "年度资金总额", **values,
                           **({"breakdown": breakdown} if breakdown and funds.rows else {})})
        if len(funds.rows) == 1:
            if "weight" in columns:
                funds.weight = _points_cell(row, columns["weight"])
            if "score" in columns:
                funds.score = _points_cell(row, columns["score"])
            if "rate" in columns and columns["rate"] < len(row) and row[columns["rate"]]:
                funds.rate = row[columns["rate"]]
    _note_yuan(funds, grid, r, notes)
    return funds


# a part written into its label cell, as 部门整体 forms do: 其中: 一般公共预算:1873.66万元
_PART_IN_CELL = re.compile(
    r"^(?:其中[:：]\s*)?(?P<label>[^:：\d]{2,30}?)\s*[:：]\s*(?P<amount>[\d.,]*\s*(?:万元|元)?)$")


def _headings_side_by_side(row: list[str]) -> list[tuple[int, str]]:
    """(column, 按…性质) of each breakdown heading in a row, merged repeats once."""
    found: list[tuple[int, str]] = []
    for c, text in enumerate(row):
        match = _BREAKDOWN.match(header_key(text))
        name = f"按{match.group(1)}" if match else None
        if name and all(name != seen for _, seen in found):
            found.append((c, name))
    return found


def _parts_side_by_side(grid: Grid, k: int, headings: list[tuple[int, str]], funds: FundsRead,
                        notes: Notes) -> int:
    """The parts under headings side by side, each in the cell below its heading; returns the
    first row after them. Each part's one amount is its 年初预算数 (the form prints no other)."""
    parts: dict[str, list[dict[str, object]]] = {name: [] for _, name in headings}
    end = k + 1
    while end < len(grid.rows):
        row, place = grid.rows[end], row_place(grid, end)
        cells = [(c, m) for c, t in enumerate(row) if t and (c == 0 or t != row[c - 1])
                 and (m := _PART_IN_CELL.match(t.strip()))]
        if not cells:
            break
        for c, match in cells:
            name = next((n for col, n in reversed(headings) if col <= c), headings[0][1])
            amount = _amount(match["amount"], False, place, "initial", notes)
            parts[name].append({"label": match["label"].strip(), "initial": amount,
                                "adjusted": None, "executed": None, "breakdown": name})
        end += 1
    for rows in parts.values():
        funds.rows.extend(rows)
    return end


def _points_cell(row: list[str], c: int) -> Decimal | None:
    try:
        value = points_input(row[c]) if c < len(row) else None
    except UserError:
        return None
    return value if value is not None and 0 <= value <= 100 else None


def _funds_list(grid: Grid, r: int, c: int, notes: Notes) -> FundsRead:
    """A 申报表's 年度资金总额 | 100, then 其中：财政拨款 | 80 … in the rows below."""
    funds = FundsRead(in_yuan=_yuan_above(grid, r))
    for k in range(r, min(r + 8, len(grid.rows))):
        row = grid.rows[k]
        label_col = next((i for i in range(len(row)) if row[i] and _FUNDS_LABEL.search(row[i])
                          and not re.fullmatch(r"项目资金.*", header_key(row[i]))), None)
        if label_col is None:
            break
        text = row[label_col]
        inline = re.split(r"[：:]", text, maxsplit=1)
        value = ""
        if len(inline) == 2 and re.search(r"\d", inline[1]):
            text, value = inline[0], inline[1]
        else:
            right = _distinct_right(row, label_col)
            value = right[0] if right else ""
        if "目标" in text:
            break
        amount = _amount(value, funds.in_yuan, row_place(grid, k), "initial", notes)
        funds.rows.append({"label": text.strip().rstrip("：:") or "年度资金总额", "initial": amount})
    _note_yuan(funds, grid, r, notes)
    return funds


def _note_yuan(funds: FundsRead, grid: Grid, r: int, notes: Notes) -> None:
    if funds.in_yuan and funds.rows:
        notes.add(CONVERTED, row_place(grid, r), "yuan_converted")


def read_goal(grids: list[Grid]) -> dict[str, str]:
    """预期目标 | 实际完成情况 headers with their texts below, or the text beside 年度总体目标."""
    for grid in grids:
        for r, row in enumerate(grid.rows):
            keys = [header_key(t) for t in row]
            achieved_col = next((c for c, k in enumerate(keys) if _ACHIEVED.fullmatch(k)), None)
            if "预期目标" in keys and achieved_col is not None and r + 1 < len(grid.rows):
                below = grid.rows[r + 1]
                expected_col = keys.index("预期目标")
                return {"expected": below[expected_col] if expected_col < len(below) else "",
                        "achieved": below[achieved_col] if achieved_col < len(below) else ""}
    for grid in grids:
        for row in grid.rows:
            for c, text in enumerate(row):
                if re.fullmatch(r"(年度)?(总体|绩效)目标", header_key(text)):
                    right = _distinct_right(row, c)
                    if right and right[0] and header_key(right[0]) != "预期目标":
                        return {"expected": right[0], "achieved": ""}
    return {}


# 实际完成情况 (自评表), 1–7月实际完成情况 (监控表)
_ACHIEVED = re.compile(rf"({PERIOD_MONTHS}|\d{{1,2}}月)?实际完成情况")


def read_form_wide(grid: Grid, below: int) -> dict[str, str]:
    """A monitoring form's 偏差原因分析 and 相关建议或举措 written once for the whole form (湖北),
    the labels in the rows under the indicators' header (row *below*), the words beside them."""
    found: dict[str, str] = {}
    for row in grid.rows[below + 1:]:
        first = next((c for c, t in enumerate(row) if t), None)
        if first is None:
            continue
        for key, pattern in FORM_WIDE.items():
            if key not in found and pattern.fullmatch(header_key(row[first])):
                right = _distinct_right(row, first)
                found[key] = right[0] if right else ""
    return found


_PERIOD_DAY = re.compile(r"(?:截至|截止|至)\s*(?:(20\d{2})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PERIOD_MONTH = re.compile(PERIOD_MONTHS)


def read_period_end(texts: list[str], year: int) -> str | None:
    """A monitoring form's last day: 截至 2024 年 7 月 31 日 in a title, else the month of a
    1–N月 header (its last day), as an ISO date in *year*. A day or month that does not
    exist (截至13月40日, 1–0月, 1–13月) is refused naming period_end: the time progress and
    the 监控汇总 are read from it, and another date taken silently would mislead both."""
    import calendar

    for text in texts:
        match = _PERIOD_DAY.search(text)
        if match:
            try:
                return date(int(match.group(1) or year), int(match.group(2)), int(match.group(3))).isoformat()
            except ValueError:
                raise UserError("period_end", "doc.period_not_a_date", value=match.group(0)) from None
    for text in texts:
        match = _PERIOD_MONTH.search(text)
        if match:
            month = int(match.group(1))
            if not 1 <= month <= 12:
                raise UserError("period_end", "doc.period_no_month", value=match.group(0))
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    return None


def read_team(grids: list[Grid]) -> list[dict[str, str]]:
    """The 自评小组 table: 姓名 | 职称/职务 | 单位 (| 签字), up to the unit head's row."""
    for grid in grids:
        for r, row in enumerate(grid.rows):
            keys = [header_key(t) for t in row]
            if "姓名" not in keys:
                continue
            title_col = next((i for i, k in enumerate(keys) if k in ("职称职务", "职务", "职称",
                                                                    "职务职称", "职称或职务")), None)
            unit_col = next((i for i, k in enumerate(keys) if k in ("单位", "工作单位", "所在单位")), None)
            if title_col is None and unit_col is None:
                continue
            name_col = keys.index("姓名")
            team = []
            for row_below in grid.rows[r + 1:]:
                name = row_below[name_col] if name_col < len(row_below) else ""
                if "负责人" in name or "签字" in name or "盖章" in name:
                    break
                if not name:
                    continue

                def cell(c: int | None, line: list[str] = row_below) -> str:
                    return line[c] if c is not None and c < len(line) else ""

                team.append({"name": name, "title": cell(title_col), "unit": cell(unit_col)})
            return team
    return []


def read_year(texts: list[str]) -> int | None:
    for text in texts:
        match = _YEAR.search(text)
        if match and ("年度" in match.group(0) or "自评" in text or "申报" in text):
            return int(match.group(1))
    return None


def read_grade(texts: list[str], grids: list[Grid]) -> str | None:
    """评价等级为“良” in a text, or a 等级 cell with the grade beside it."""
    for text in texts:
        match = _GRADE.search(text)
        if match:
            return match.group(1)
    for grid in grids:
        for row in grid.rows:
            for c, text in enumerate(row):
                if re.fullmatch(r"(自评|评价|绩效)?等级", header_key(text)):
                    right = _distinct_right(row, c)
                    match = _GRADE.fullmatch("等级" + right[0]) if right else None
                    if match:
                        return match.group(1)
    return None
