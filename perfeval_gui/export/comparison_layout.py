"""One project across years, on paper: the comparison as a landscape table through the same
layout machinery as the report (so the PDF writer draws it with the report's fonts). A year
with a monitoring form gets its 1–N 月 figures and projections in a column of their own, and
its 执行率 at the period's end under the year's; a target that differs from the declaration
prints the declared one under it."""

from __future__ import annotations

from ..core.comparison import ComparedRow, Comparison, YearCell
from ..core.figures import figure_text, percent_figure_text
from ..core.form_kinds import FORM_KINDS
from ..core.forms import SELF_EVALUATION, months_to
from .layout import NOTE, TITLE, Cell, Document, Paragraph, Table
from .sanitize import clean

TEXT_WIDTH_MM = 253  # A4 landscape between the landscape margins
NAME_COLUMNS = (16, 20, 34)


def _cell(text: str, **kw: object) -> Cell:
    return Cell(clean(text), **kw)  # type: ignore[arg-type]


def mid_year_text(cell: YearCell, month: int | None) -> str:
    """A row's monitoring figures: 1–N 月 so far, the projection, the likelihood."""
    period = months_to(month) if month else "年中"  # kept on the rows, its form not stored here
    lines = [f"{period} {cell.to_date}" if cell.to_date else "",
             f"预计 {cell.projected}" if cell.projected else "", cell.likelihood or ""]
    return "\n".join(line for line in lines if line)


def _year_cells(row: ComparedRow, year: int, comparison: Comparison, per_year: int) -> list[Cell | None]:
    years = comparison.years
    cell = row.cells.get(year)
    if cell is None:
        first = next(y for y in years if y in row.cells)
        return [_cell("（未设）" if year < first else "（已删除）", colspan=per_year),
                *[None] * (per_year - 1)]
    target = cell.target + (" *" if cell.target_changed else "")
    if cell.declared is not None:
        target += f"\n（申报：{cell.declared or '未填'}）"
    if cell.score is None:
        score = "—"  # the year has no self-evaluation yet
    else:
        weight = " / " + figure_text(cell.weight) if cell.weight is not None else ""
        score = figure_text(cell.score) + weight
    cells = [_cell(target)]
    if per_year == 4:
        mid = comparison.mid_year.get(year)
        cells.append(_cell(mid_year_text(cell, mid.month if mid else None)))
    return [*cells, _cell(cell.actual), _cell(score + (" *" if cell.weight_changed else ""))]


def _rate_lines(comparison: Comparison, per_year: int) -> list[list[Cell | None]]:
    years = comparison.years
    lines = [("预算执行率", [percent_figure_text(comparison.rates[y]) for y in years])]
    if comparison.mid_year:
        texts = []
        for year in years:
            mid = comparison.mid_year.get(year)
            if mid is None:
                texts.append("—")
                continue
            texts.append(f"{percent_figure_text(mid.rate)}（{months_to(mid.month)}，时间进度 "
                         f"{percent_figure_text(mid.time_progress)}）")
        lines.append(("年中执行率", texts))
    totals = []
    for year in years:
        total = comparison.totals[year]
        text = "—" if total is None else figure_text(total)
        if total is not None and comparison.grades[year]:
            text += f"（{comparison.grades[year]}）"
        totals.append(text)
    lines.append(("总分", totals))
    rows: list[list[Cell | None]] = []
    for label, texts in lines:
        line: list[Cell | None] = [_cell(label, colspan=3, bold=True), None, None]
        for text in texts:
            line += [_cell(text, colspan=per_year), *[None] * (per_year - 1)]
        rows.append(line)
    return rows


def comparison_document(comparison: Comparison, project: str, fingerprint: str) -> Document:
    years = comparison.years
    per_year = 4 if comparison.has_mid_year else 3
    width = (TEXT_WIDTH_MM - sum(NAME_COLUMNS)) // (per_year * len(years))
    columns = (*NAME_COLUMNS, *([width] * per_year * len(years)))
    header: list[Cell | None] = [_cell(t, rowspan=2, bold=True) for t in ("一级指标", "二级指标", "三级指标")]
    second: list[Cell | None] = [None, None, None]
    titles = ("年度指标值", "年中执行/预计", "实际完成值", "得分/分值") if per_year == 4 else \
        ("年度指标值", "实际完成值", "得分/分值")
    for year in years:
        kinds = comparison.forms.get(year, [])
        said = "·".join(FORM_KINDS[f].label for f in kinds) if kinds and kinds != [SELF_EVALUATION] else ""
        header += [_cell(f"{year} 年" + (f"（{said}）" if said else ""), colspan=per_year, bold=True),
                   *[None] * (per_year - 1)]
        second += [_cell(t, bold=True) for t in titles]
    rows: list[list[Cell | None]] = [header, second, *_rate_lines(comparison, per_year)]
    for row in comparison.rows:
        level1, level2, _ = row.key
        added = row.added_in(years)
        name = row.name + (f"（{added} 年新增）" if added else "")
        line = [_cell(level1), _cell(level2), _cell(name, align="left")]
        for year in years:
            line += _year_cells(row, year, comparison, per_year)
        rows.append(line)
    notes = ["注：* 表示与上一年相比指标值或分值有变化"]
    if any(c.declared is not None for row in comparison.rows for c in row.cells.values()):
        notes.append("（申报：…）为与申报表不同的指标值所申报的值")
    if comparison.declaration_missing:
        years_said = "、".join(str(y) for y in comparison.declaration_missing)
        notes.append(f"{years_said} 年的申报表已不在库中（关联已断开），申报值取自其后各表所存")
    doc = Document(title=clean(f"{project} 历年绩效对比"), author="", subject=clean(project),
                   fingerprint=fingerprint, landscape=True)
    doc.blocks = [Paragraph(clean(f"{project} 历年绩效对比（{years[0]}—{years[-1]} 年）"), TITLE),
                  Table(columns, rows, header_rows=2, compact=True),
                  Paragraph("；".join(notes) + "。", NOTE)]
    return doc
