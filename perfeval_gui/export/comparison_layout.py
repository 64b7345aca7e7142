"""One project across years, on paper: the comparison as a landscape table through the same
layout machinery as the report (so the PDF writer draws it with the report's fonts)."""

from __future__ import annotations

from ..core.comparison import ComparedRow, Comparison
from ..core.figures import figure_text
from .layout import NOTE, TITLE, Cell, Document, Paragraph, Table
from .sanitize import clean

TEXT_WIDTH_MM = 253  # A4 landscape between the landscape margins
NAME_COLUMNS = (16, 20, 34)


def _cell(text: str, **kw: object) -> Cell:
    return Cell(clean(text), **kw)  # type: ignore[arg-type]


def _year_cells(row: ComparedRow, year: int, years: list[int]) -> list[Cell | None]:
    cell = row.cells.get(year)
    if cell is None:
        first = next(y for y in years if y in row.cells)
        return [_cell("（未设）" if year < first else "（已删除）", colspan=3), None, None]
    target = cell.target + (" *" if cell.target_changed else "")
    score = figure_text(cell.score) + (" / " + figure_text(cell.weight) if cell.weight is not None else "")
    return [_cell(target), _cell(cell.actual), _cell(score + (" *" if cell.weight_changed else ""))]


def comparison_document(comparison: Comparison, project: str, fingerprint: str) -> Document:
    years = comparison.years
    per_year = (TEXT_WIDTH_MM - sum(NAME_COLUMNS)) // (3 * len(years))
    columns = (*NAME_COLUMNS, *([per_year] * 3 * len(years)))
    header: list[Cell | None] = [_cell(t, rowspan=2, bold=True) for t in ("一级指标", "二级指标", "三级指标")]
    second: list[Cell | None] = [None, None, None]
    for year in years:
        header += [_cell(f"{year} 年", colspan=3, bold=True), None, None]
        second += [_cell(t, bold=True) for t in ("年度指标值", "实际完成值", "得分/分值")]
    rows: list[list[Cell | None]] = [header, second]
    for label, values in (("预算执行率", [comparison.rates[y] for y in years]),
                          ("总分", [comparison.totals[y] for y in years])):
        line: list[Cell | None] = [_cell(label, colspan=3, bold=True), None, None]
        for year, value in zip(years, values, strict=True):
            text = "—" if value is None else figure_text(value) + ("%" if label == "预算执行率" else "")
            if label == "总分" and comparison.grades[year]:
                text += f"（{comparison.grades[year]}）"
            line += [_cell(text, colspan=3), None, None]
        rows.append(line)
    for row in comparison.rows:
        level1, level2, _ = row.key
        added = row.added_in(years)
        name = row.name + (f"（{added} 年新增）" if added else "")
        line = [_cell(level1), _cell(level2), _cell(name, align="left")]
        for year in years:
            line += _year_cells(row, year, years)
        rows.append(line)
    doc = Document(title=clean(f"{project} 历年绩效对比"), author="", subject=clean(project),
                   fingerprint=fingerprint, landscape=True)
    doc.blocks = [Paragraph(clean(f"{project} 历年绩效对比（{years[0]}—{years[-1]} 年）"), TITLE),
                  Table(columns, rows, header_rows=2, compact=True),
                  Paragraph("注：* 表示与上一年相比指标值或分值有变化。", NOTE)]
    return doc
