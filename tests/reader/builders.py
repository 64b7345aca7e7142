"""Documents as units have them, built with python-docx and openpyxl: a grid of texts plus
its merged ranges, written as a Word table or an Excel sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from openpyxl import Workbook

# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
INDICATORS = [
    ("产出指标", "数量指标", "培训人次", "≥500人次", "520人次", 20, 20, ""),
    ("产出指标", "质量指标", "培训合格率", "≥95%", "97%", 20, 20, ""),
    ("产出指标", "时效指标", "培训完成时间", "12月31日前", "12月20日", 10, 10, ""),
    ("效益指标", "社会效益指标", "学员就业率", "≥80%", "75%", 30, 28, "部分学员外出务工，未纳入统计"),
    ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", 10, 10, ""),
]
NAMES = [row[2] for row in INDICATORS]
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施"]


@dataclass
class Grid:
    rows: list[list[object]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1

    def add(self, *cells: object) -> int:
        self.rows.append(list(cells))
        return len(self.rows) - 1

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        self.merges.append((r0, c0, r1, c1))

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)


def indicator_rows(grid: Grid, merged_levels: bool, blank_levels: bool = False) -> None:
    """The indicators under their header: level cells merged, repeated or left blank below."""
    start = len(grid.rows)
    for k, row in enumerate(INDICATORS):
        cells = list(row)
        previous = INDICATORS[k - 1] if k else None
        if (merged_levels or blank_levels) and previous and previous[0] == row[0]:
            cells[0] = ""
            if previous[1] == row[1]:
                cells[1] = ""
        grid.add(*cells)
    if merged_levels:
        k = 0
        while k < len(INDICATORS):
            end = k
            while end + 1 < len(INDICATORS) and INDICATORS[end + 1][0] == INDICATORS[k][0]:
                end += 1
            if end > k:
                grid.merge(start + k, 0, start + end, 0)
            k = end + 1


def project_block(grid: Grid, in_yuan: bool = False, width: int = 8) -> None:
    """项目名称 … 年度总体目标, as the national form draws it over `width` columns."""
    r = grid.add("项目名称", "职业技能培训", *[""] * (width - 2))
    grid.merge(r, 1, r, width - 1)
    r = grid.add("主管部门及代码", "某县人社局 205001", "", "", "实施单位", "某县就业服务中心", "", "")
    grid.merge(r, 1, r, 3)
    grid.merge(r, 5, r, 7)
    r = grid.add("项目负责人及电话", "李明 13900001111", "", "", "", "", "", "")
    grid.merge(r, 1, r, 7)
    label = "项目资金（元）" if in_yuan else "项目资金（万元）"
    factor = 10_000 if in_yuan else 1
    head = grid.add(label, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    grid.add("", "年度资金总额", 100 * factor, 100 * factor, 95 * factor, 10, "95%", 10)
    grid.add("", "其中：当年财政拨款", 80 * factor, 80 * factor, 75 * factor, "—", "—", "—")
    grid.add("", "上年结转资金", 20 * factor, 20 * factor, 20 * factor, "—", "—", "—")
    grid.merge(head, 0, head + 3, 0)
    r = grid.add("年度总体目标", "预期目标", "", "", "实际完成情况", "", "", "")
    grid.merge(r, 1, r, 3)
    grid.merge(r, 4, r, 7)
    r2 = grid.add("", "培训500人次，合格率95%以上。", "", "", "培训520人次，合格率97%。", "", "", "")
    grid.merge(r2, 1, r2, 3)
    grid.merge(r2, 4, r2, 7)
    grid.merge(r, 0, r2, 0)


def total_row(grid: Grid) -> None:
    r = grid.add("总分", "", "", "", "", 100, 98, "")
    grid.merge(r, 0, r, 4)


def write_xlsx(path: Path, grids: list[Grid], titles: list[str] | None = None) -> Path:
    book = Workbook()
    book.remove(book.active)
    for i, grid in enumerate(grids):
        sheet = book.create_sheet((titles or [])[i] if titles else f"Sheet{i + 1}")
        for row in grid.rows:
            sheet.append([None if v == "" else v for v in row])
        for r0, c0, r1, c1 in grid.merges:
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    book.save(path)
    return path


def add_docx_table(document, grid: Grid) -> None:  # type: ignore[no-untyped-def]
    table = document.add_table(rows=len(grid.rows), cols=grid.width)
    for r, row in enumerate(grid.rows):
        for c, value in enumerate(row):
            if value != "":
                table.cell(r, c).text = str(value)
    for r0, c0, r1, c1 in grid.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))


def write_docx(path: Path, parts: list[str | Grid]) -> Path:
    """Paragraphs (str) and tables (Grid) in order."""
    document = Document()
    for part in parts:
        if isinstance(part, Grid):
            add_docx_table(document, part)
        else:
            document.add_paragraph(part)
    document.save(str(path))
    return path
