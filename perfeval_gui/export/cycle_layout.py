"""The year's other two forms on paper (annual-cycle.md): the 项目支出绩效目标申报表 (declaration)
and the 项目支出绩效目标执行监控表 (monitoring form), as the layout's blocks — so Word, PDF and
Excel print them through the same writers as the 自评表.

Both are built from the form's own column tables (``form_table`` of the indicators and of the
funds rows, with the report's profile rules and period month): the grid is the indicator
columns' (a split target takes three: 指标性质 | 指标值 | 度量单位), and every span above the
indicators is derived from that grid, never counted by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import forms, monitoring
from ..core.cycle import key_mark
from ..core.figures import percent_figure_text
from ..core.form_columns import CAUSES, CHOICE, TEXT, FormColumn
from ..core.form_kinds import FORM_KINDS
from ..core.forms import DECLARATION
from ..core.interchange import fingerprint
from ..core.model import FundRow, Indicator, Report, text
from ..core.monitoring import row_causes
from ..core.profiles import Profile, file_mark
from ..core.values import QUALITATIVE, QUANTITY, ValueUnreadable, normalise, parse_value
from .columns import balanced_header, room_em
from .layout import (
    CELL_PADDING_PT,
    LABEL_COLUMN_MM,
    PAGE_NUMBER_DASH,
    SMALL_PT,
    SUBTITLE,
    TITLE,
    Block,
    Cell,
    Document,
    Paragraph,
    Table,
    _amount,
    _c,
    _funds_lines,
    _level_cells,
    _level_notes,
    _spread,
    fit_tables,
)
from .sanitize import clean

# a split target's three printed columns: 指标性质 | (the target's own header) | 度量单位
SPLIT_HEADERS = ("指标性质", None, "度量单位")
SPLIT_SIDE_MM = 12  # 指标性质's and 度量单位's widths; 指标值 keeps the target's
QUALITATIVE_WORD = "定性"  # 指标性质 of a target in words (the reader reads it as no operator)
RATE_HEADER = "执行率"
# the form-wide 偏差原因 and 建议举措, where the profile asks for them once (湖北)
FORM_CAUSES_LABEL, FORM_MEASURES_LABEL = "偏差原因分析", "相关建议或举措"
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class GridColumn:
    """One printed grid column of the indicator table: a form column, or a part of a split
    target (op, value, unit)."""

    column: FormColumn
    header: str
    width_mm: float
    part: str = ""  # "", or "op" / "value" / "unit" of a split target


def split_target(target: str) -> tuple[str, str, str]:
    """(指标性质, 指标值, 度量单位) of a declared target, as the value parser reads it: ≥600人次
    → (≥, 600, 人次); 良好 → (定性, 良好, ''). A target the parser cannot split so that its
    parts join back to the very text (a deadline, words after the unit, figures it refuses)
    prints whole in 指标值."""
    raw = target.strip()
    try:
        value = parse_value(raw)
    except ValueUnreadable:
        return "", raw, ""
    if value.kind == QUALITATIVE and raw:
        return QUALITATIVE_WORD, raw, ""
    if value.kind != QUANTITY:
        return "", raw, ""
    found = _NUMBER.search(raw)
    if found is None:
        return "", raw, ""
    op, number, unit = raw[:found.start()], found.group(0), raw[found.end():]
    if normalise(unit) != value.unit or (op.strip() and value.op is None) or op != op.strip() \
            or unit != unit.strip():
        return "", raw, ""
    return op, number, unit


def indicator_grid(table: tuple[FormColumn, ...]) -> list[GridColumn]:
    """The printed grid columns of a form's indicator table."""
    grid: list[GridColumn] = []
    for c in table:
        if not c.prints:
            continue
        if c.split_value:
            for part, header in zip(("op", "value", "unit"), SPLIT_HEADERS, strict=True):
                width = c.width_mm or 0 if part == "value" else SPLIT_SIDE_MM
                grid.append(GridColumn(c, header or c.zh, width, part))
        else:
            grid.append(GridColumn(c, c.zh, c.width_mm or 0))
    return grid


def cycle_tables(report: Report, profile: Profile) -> tuple[tuple[FormColumn, ...], tuple[FormColumn, ...]]:
    """The report's indicator and funds tables as its form, profile rules and period have them."""
    return (monitoring.report_table(Indicator, report, profile),
            monitoring.report_table(FundRow, report, profile))


causes_cell = row_causes  # the 偏差原因 cell


def _indicator_cell(grid_column: GridColumn, indicator: Indicator, profile: Profile) -> Cell:
    column = grid_column.column
    if column.kind == CAUSES:
        return _c(causes_cell(indicator), align="left")
    if column.kind == CHOICE:  # 完成目标可能性 in the form's own words (湖北: 不可能)
        return _c(profile.monitoring.likelihood_word(getattr(indicator, column.field)))
    value = getattr(indicator, column.field)
    if grid_column.part:
        op, number, unit = split_target(text(value))
        return _c({"op": op, "value": number, "unit": unit}[grid_column.part])
    return _c(value, align="left" if column.kind == TEXT else "center")


def _title_blocks(report: Report, profile: Profile) -> list[Block]:
    subtitle = f"（{report.year} 年度）"
    if report.form == forms.MONITORING:
        end = monitoring.period_last_day(report, profile)
        subtitle = f"（{report.year} 年度　截至 {end.year} 年 {end.month} 月 {end.day} 日）"
    return [Paragraph(FORM_KINDS[report.form].title, TITLE, keep_with_next=True),
            Paragraph(subtitle, SUBTITLE, keep_with_next=True)]


def _project_rows(report: Report, width: int) -> list[list[Cell | None]]:
    project = report.project
    dept = " ".join(p for p in (text(project.department), text(project.department_code)) if p)
    dept_span = (width - 3) // 2
    return [
        [_c("项目名称", colspan=2), None, *_spread(_c(project.name, align="left"), width - 2)],
        [_c("主管部门及代码", colspan=2), None, *_spread(_c(dept, align="left"), dept_span),
         _c("实施单位"), *_spread(_c(project.implementing_unit, align="left"), width - 3 - dept_span)],
    ]


def _header_cells(headers: list[str], widths: list[float]) -> list[Cell | None]:
    """Header cells of single columns *widths* mm wide: a header longer than its column's
    line is broken between words into two even lines (全年预计 / 完成情况), not left to wrap
    its last character onto a line of its own."""
    return [_c(balanced_header(h, room_em(w, SMALL_PT, CELL_PADDING_PT)))
            for h, w in zip(headers, widths, strict=True)]


def _funds_rows(report: Report, profile: Profile, funds_table: tuple[FormColumn, ...],
                columns_mm: list[float]) -> list[list[Cell | None]]:
    """项目资金 (万元): the form's fund columns; on the monitoring form 执行率 after 1–N月执行数
    (each row's execution over its budget, as the profile's rate base has it)."""
    printed = [c for c in funds_table if c.prints]
    label, amounts = printed[0], printed[1:]
    with_rate = report.form == forms.MONITORING
    rate_after = next((k for k, c in enumerate(amounts) if c.field == "executed_to_date"), None)
    figures = len(amounts) + int(with_rate and rate_after is not None)
    width = len(columns_mm)
    label_span = width - 2 - figures
    if label_span < 1:
        raise ValueError("the funds' columns are wider than the indicator table")
    lines = _funds_lines(report.funds.rows or []) or [("年度资金总额", None)]

    def header_cells() -> list[Cell | None]:
        headers: list[str] = []
        for k, c in enumerate(amounts):
            headers.append(c.zh)
            if with_rate and k == rate_after:
                headers.append(RATE_HEADER)
        return _header_cells(headers, columns_mm[width - figures:])

    def figure_cells(row: FundRow | None) -> list[Cell | None]:
        cells: list[Cell | None] = []
        for k, c in enumerate(amounts):
            cells.append(_c(_amount(getattr(row, c.field) if row else None), number=True))
            if with_rate and k == rate_after:
                cells.append(_c(_rate(row, profile)))
        return cells

    rows: list[list[Cell | None]] = [[
        _c("项目资金\n（万元）", colspan=2, rowspan=1 + len(lines)), None,
        *_spread(_c(label.zh), label_span), *header_cells()]]
    for name, row in lines:
        rows.append([None, None, *_spread(_c(name, align="left"), label_span), *figure_cells(row)])
    return rows


def _rate(row: FundRow | None, profile: Profile) -> str:
    rate = None if row is None else monitoring.row_rate(row, profile)
    return "" if rate is None else percent_figure_text(rate)


def _goal_rows(report: Report, profile: Profile, width: int) -> list[list[Cell | None]]:
    goal = report.goal
    if report.form == DECLARATION:
        return [[_c("年度总体目标", colspan=2), None,
                 *_spread(_c(goal.expected, align="left"), width - 2)]]
    month = monitoring.period_last_day(report, profile).month
    half = (width - 1) // 2
    return [[_c("年度\n总体\n目标", colspan=2, rowspan=2), None, *_spread(_c("预期目标"), half),
             *_spread(_c(f"{forms.months_to(month)}实际完成情况"), width - 2 - half)],
            [None, None, *_spread(_c(goal.expected, align="left"), half),
             *_spread(_c(goal.achieved, align="left"), width - 2 - half)]]


def cycle_blocks(report: Report, profile: Profile, text_width_mm: float) -> list[Block]:
    """The declaration or the monitoring form, as its paper prints it, *text_width_mm* wide."""
    indicator_table, funds_table = cycle_tables(report, profile)
    grid = indicator_grid(indicator_table)
    columns = (LABEL_COLUMN_MM, *(g.width_mm for g in grid))
    width = len(columns)
    columns_mm = [w * text_width_mm / sum(columns) for w in columns]  # as fit_tables scales them
    top = Table(columns, [*_project_rows(report, width),
                          *_funds_rows(report, profile, funds_table, columns_mm),
                          *_goal_rows(report, profile, width)], compact=True, keep_with_next=True)
    notes: list[str] = []
    body: list[list[Cell | None]] = []
    indicators = report.indicators
    for k, indicator in enumerate(indicators):
        row = _level_cells(indicators, k, notes)
        row += [_indicator_cell(g, indicator, profile) for g in grid[len(row):]]
        body.append([None, *row])
    header: list[Cell | None] = [Cell("绩效\n指标", rowspan=1 + len(body)),
                                 *_header_cells([g.header for g in grid], columns_mm[1:])]
    rows = [header, *body]
    if report.form == forms.MONITORING and not profile.monitoring.causes_per_row:
        for label, value in ((FORM_CAUSES_LABEL, report.causes_text), (FORM_MEASURES_LABEL, report.measures)):
            rows.append([*_spread(_c(label), 3), *_spread(_c(value, align="left"), width - 3)])
    table = Table(columns, rows, header_rows=1, keep_with_previous=True, compact=True)
    return [*_title_blocks(report, profile), top, table, *_level_notes(notes)]


def cycle_document(report: Report, profile: Profile, page_numbers: str = PAGE_NUMBER_DASH,
                   landscape: bool = False) -> Document:
    """The whole document of a declaration or a monitoring form: the form, on its own."""
    name = text(report.project.name)
    doc = Document(
        title=clean(f"{FORM_KINDS[report.form].title}：{name}"),
        author=clean(text(report.project.unit) or text(report.project.implementing_unit)),
        subject=clean(f"{name} {report.year} 年度{FORM_KINDS[report.form].title}"),
        fingerprint=fingerprint(report),
        page_numbers=page_numbers,
        landscape=landscape or FORM_KINDS[report.form].landscape,
        category=file_mark(report.profile),
        keywords=key_mark(report.project_key),
    )
    doc.blocks = cycle_blocks(report, profile, doc.text_width_mm)
    fit_tables(doc.blocks, doc.text_width_mm)
    return doc
