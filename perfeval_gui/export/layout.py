"""What the printed report contains — pages, headings, paragraphs, tables, cells and merges —
built once from the model and the scoring result. The Word and PDF writers both read this,
so the two files can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.figures import figure_text, percent_text
from ..core.file_names import report_title
from ..core.grouping import LEVEL1, LEVEL1_AND_2, group_span, starts_group
from ..core.interchange import fingerprint
from ..core.model import OUTCOME, PROCESS, TOTAL_FUNDS_LABEL, FundRow, Indicator, Report, text
from ..core.narrative import draft_section, states_total, total_sentence
from ..core.numbering import heading1, heading2
from ..core.outline import GOALS_TABLE, OUTLINE, TEAM_TABLE
from ..core.profiles import Profile
from ..core.scoring import PLACEHOLDER, ScoreResult, score_report
from .columns import fit_columns, text_em
from .cover_fit import cover_type
from .sanitize import clean

# paragraph styles (the writers map each to fonts and sizes)
TITLE, SUBTITLE, H1, H2, BODY, COVER_FIELD, NOTE = (
    "title", "subtitle", "h1", "h2", "body", "cover_field", "note")
# their type sizes, in points (GB/T 9704: the body in 三号)
BODY_PT = 16  # 三号
TABLE_PT = 10.5  # 五号
SMALL_PT = 9  # 小五: the one-page 自评表
CELL_PADDING_PT = 2.5  # between a cell's border and its text, left and right, in both writers

# the 自评表's nine columns, in millimetres of A4 portrait text width (156 mm)
FORM_COLUMNS = (8, 14, 17, 21, 16, 16, 10, 12, 42)
GOALS_COLUMNS = (18, 20, 28, 22, 22, 46)
TEAM_COLUMNS = (30, 36, 56, 34)

# top / bottom / left / right: GB/T 9704 on portrait pages; a landscape 自评表 needs the height
PORTRAIT_MARGINS_MM = (37, 35, 28, 26)
LANDSCAPE_MARGINS_MM = (18, 20, 22, 22)

# the cover above its fields: four blank lines and the title (the writers' spacing, in points)
COVER_TOP_PT = 4 * BODY_PT * 1.5 + 40

PAGE_NUMBER_DASH = "dash"  # — 1 — (GB/T 9704)
PAGE_NUMBER_OF = "of"  # 第 1 页 共 3 页


@dataclass
class Cell:
    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    align: str = "center"  # center, left, right


@dataclass
class Table:
    columns: tuple[float, ...]  # widths in mm (the paper's; build_document fits them to the content)
    rows: list[list[Cell | None]]  # None: covered by a merge from the left or above
    header_rows: int = 0  # repeated at the top of each page the table continues on
    keep_with_previous: bool = False  # drawn flush under the table before it
    compact: bool = False  # smaller text: the 自评表, which should fit one page
    min_row_height_mm: int = 0  # room to sign in (the team table's rows)
    keep_with_next: bool = False  # not cut, and on the same page as what follows

    def origins(self) -> list[list[tuple[int, int]]]:
        """For every grid position, the (row, column) of the cell whose merge covers it."""
        grid = [[(r, c) for c in range(len(row))] for r, row in enumerate(self.rows)]
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        grid[r + dr][c + dc] = (r, c)
        return grid


@dataclass
class Paragraph:
    text: str
    style: str = BODY
    size_pt: float | None = None  # instead of the style's (the cover shrinks to stay one page)
    leading: float | None = None  # line height, a multiple of the size, instead of the style's
    hanging_em: float = 0  # the lines after the first start this far in (under a field's value)
    keep_with_next: bool = False  # on the same page as what follows (the 自评表's heading)


@dataclass
class PageBreak:
    pass


Block = Paragraph | Table | PageBreak


@dataclass
class Document:
    title: str
    author: str
    subject: str
    fingerprint: str
    blocks: list[Block] = field(default_factory=list)
    page_numbers: str = PAGE_NUMBER_DASH
    landscape: bool = False

    @property
    def margins_mm(self) -> tuple[int, int, int, int]:
        return LANDSCAPE_MARGINS_MM if self.landscape else PORTRAIT_MARGINS_MM

    @property
    def text_width_mm(self) -> int:
        _, _, left, right = self.margins_mm
        return (297 if self.landscape else 210) - left - right

    def footer(self) -> str:
        return f"数据指纹 {self.fingerprint}"


def written_date(iso: str | None) -> str:
    """2024-03-15 -> 2024年03月15日, as the official paper writes it."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def _c(value: object, **kw: object) -> Cell:
    return Cell(clean(str(value)) if value is not None else "", **kw)  # type: ignore[arg-type]


def _amount(value: object) -> str:
    return "" if value is None else figure_text(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- cover page


def cover_blocks(report: Report) -> list[Block]:
    project, ev = report.project, report.evaluation
    kinds = set(report.evaluation_kinds)
    box = {True: "☑", False: "☐"}
    types = f"{box[PROCESS in kinds]}项目实施过程评价 {box[OUTCOME in kinds]}项目完成结果评价"
    leader = text(ev.leader)
    fields = [
        ("评价项目类型", types),
        ("自评项目名称", text(project.name)),
        ("自评项目单位", text(project.unit)),
        ("项目主管部门", text(project.department)),
        ("项目单位法人代码", text(project.credit_code)),
        ("评价工作组负责人", f"{leader}　(签章)"),
        ("联系人", text(ev.contact)),
        ("联系电话", text(ev.phone)),
        ("评价时间", written_date(ev.date)),
    ]
    blocks: list[Block] = [Paragraph("", BODY)] * 2
    blocks.append(Paragraph(clean(f"{text(project.region)}财政支出项目绩效自评报告"), TITLE))
    blocks += [Paragraph("", BODY)] * 2
    fields = [(f"{label}：", clean(value)) for label, value in fields]
    top, bottom, left, right = PORTRAIT_MARGINS_MM
    size, leading = cover_type(fields, COVER_TOP_PT, 210 - left - right, 297 - top - bottom)
    blocks += [Paragraph(label + value, COVER_FIELD, size_pt=size, leading=leading,
                         hanging_em=text_em(label)) for label, value in fields]
    return blocks


# ------------------------------------------------------------------------------- 自评表


def form_blocks(report: Report, result: ScoreResult) -> list[Block]:
    project = report.project
    rows: list[list[Cell | None]] = []
    dept = " ".join(p for p in (text(project.department), text(project.department_code)) if p)
    rows.append([_c("项目名称", colspan=2), None, _c(project.name, colspan=7, align="left")]
                + [None] * 6)
    rows.append([_c("主管部门及代码", colspan=2), None, _c(dept, colspan=3, align="left"), None, None,
                 _c("实施单位"), _c(project.implementing_unit, colspan=3, align="left"), None, None])
    # funds: a header row, then the total row and its parts
    funds_rows = report.funds.rows or []
    printed = _funds_lines(funds_rows)
    span = 1 + max(len(printed), 1)
    rows.append([_c("项目资金\n（万元）", colspan=2, rowspan=span), None, _c(""), _c("年初预算数"),
                 _c("全年预算数"), _c("全年执行数"), _c("分值"), _c("执行率"), _c("得分")])
    funds = result.funds
    for i, (label, row) in enumerate(printed or [(TOTAL_FUNDS_LABEL, None)]):
        if row is None and i > 0:  # a breakdown's heading: 按收入性质分：
            rows.append([None, None, _c(label, align="left"), *(_c("") for _ in range(3)),
                         _c("—"), _c("—"), _c("—")])
            continue
        first = i == 0
        rate = percent_text(funds.rate) if first and funds.rate is not None else ("" if first else "—")
        rows.append([None, None, _c(label, align="left"),
                     _c(_amount(row.initial if row else None)),
                     _c(_amount(row.adjusted if row else None)),
                     _c(_amount(row.executed if row else None)),
                     _c(figure_text(funds.weight) if first else "—"), _c(rate),
                     _c(figure_text(funds.score) if first else "—")])
    rows.append([_c("年度\n总体\n目标", colspan=2, rowspan=2), None, _c("预期目标", colspan=4),
                 None, None, None, _c("实际完成情况", colspan=3), None, None])
    rows.append([None, None, _c(report.goal.expected, colspan=4, align="left"), None, None, None,
                 _c(report.goal.achieved, colspan=3, align="left"), None, None])
    top = Table(FORM_COLUMNS, rows, compact=True)

    header: list[Cell | None] = [_c("绩效\n指标", bold=False), _c("一级指标"), _c("二级指标"),
                                 _c("三级指标"), _c("年度指标值"), _c("实际完成值"), _c("分值"),
                                 _c("得分"), _c("偏差原因分析及改进措施")]
    body = _indicator_rows(report, result)
    # the 绩效指标 label spans the header and every indicator row of this table
    header[0] = Cell("绩效\n指标", rowspan=1 + len(body))
    for row in body:
        row.insert(0, None)
    note = _total_note(result)
    total_row: list[Cell | None] = [_c("总分", colspan=6), None, None, None, None, None,
                                    _c(figure_text(result.all_weight)), _c(figure_text(result.total)),
                                    _c(note, align="left")]
    indicators = Table(FORM_COLUMNS, [header, *body, total_row], header_rows=1,
                       keep_with_previous=True, compact=True)
    top.keep_with_next = True
    blocks: list[Block] = [
        Paragraph("项目支出绩效自评表", TITLE, keep_with_next=True),
        Paragraph(f"（{report.year} 年度）", SUBTITLE, keep_with_next=True),
        top,
        indicators,
    ]
    if note:
        blocks.append(Paragraph(f"注：{note}", NOTE))
    return blocks


def _funds_lines(funds_rows: list[FundRow]) -> list[tuple[str, FundRow | None]]:
    """The funds rows as the paper prints them: where parts belong to a breakdown, a heading
    (按收入性质分：) before its parts and 其中： on the first of them."""
    lines: list[tuple[str, FundRow | None]] = []
    previous = ""
    for i, row in enumerate(funds_rows):
        label, breakdown = text(row.label), text(row.breakdown).strip()
        if i and breakdown and breakdown != previous:
            lines.append((f"{breakdown}分：", None))
            if not label.startswith("其中"):
                label = f"其中：{label}"
        previous = breakdown if i else ""
        lines.append((label, row))
    return lines


def _total_note(result: ScoreResult) -> str:
    return "；".join(m.text("zh") for m in result.reasons)


def _indicator_rows(report: Report, result: ScoreResult) -> list[list[Cell | None]]:
    rows: list[list[Cell | None]] = []
    indicators = report.indicators
    for k, (indicator, s) in enumerate(zip(indicators, result.indicators, strict=True)):
        row = _level_cells(indicators, k)
        score = "不适用" if not s.applicable else figure_text(s.score)
        weight = figure_text(s.weight)
        if s.kind == PLACEHOLDER:
            weight = score = ""  # a template row counts nothing: it prints as the template had it
        row += [_c(indicator.name, align="left"), _c(indicator.target), _c(indicator.actual),
                _c(weight), _c(score), _c(indicator.deviation, align="left")]
        rows.append(row)
    return rows


def _level_cells(indicators: list[Indicator], k: int) -> list[Cell | None]:
    """The level1 and level2 cells of row k: merged down over their group, None below its top."""
    cells: list[Cell | None] = [None, None]
    for column, fields in enumerate((LEVEL1, LEVEL1_AND_2)):
        if starts_group(indicators, k, fields):
            name = text(getattr(indicators[k], fields[-1]))
            cells[column] = _c(name, rowspan=len(group_span(indicators, k, fields)))
    return cells


# ------------------------------------------------------------------------------- report body


def _section(report: Report, result: ScoreResult, key: str) -> str:
    body = report.sections.get(key).strip()
    if not body:
        body = (draft_section(key, report, result) or "").strip()
    return clean(body) or "无。"


def body_blocks(report: Report, result: ScoreResult) -> list[Block]:
    blocks: list[Block] = [Paragraph(clean(report_title(report)), TITLE)]

    def h1(n: int, title: str) -> None:
        blocks.append(Paragraph(f"{heading1(n)}{title}", H1))

    def h2(n: int, title: str) -> None:
        blocks.append(Paragraph(f"{heading2(n)}{title}", H2))

    def paragraphs(key: str) -> None:
        body = _section(report, result, key)
        for line in body.split("\n"):
            if line.strip():
                blocks.append(Paragraph(line.strip(), BODY))
        if key == "analysis":
            blocks.extend(_total_lines(result, said=states_total(report, body)))

    for n, (title, parts) in enumerate(OUTLINE, start=1):
        h1(n, title)
        for m, (sub, key) in enumerate(parts, start=1):
            if sub is not None:
                h2(m, sub)
            if key == GOALS_TABLE:
                blocks.append(_goals_table(report))
            elif key == TEAM_TABLE:
                blocks.append(_team_table(report))
            else:
                paragraphs(key)
    return blocks


def _total_lines(result: ScoreResult, said: bool) -> list[Block]:
    """The total after the analysis, with the note on how it was reached, unless the analysis
    (the user's or the draft) gives it (the 自评表 carries the note either way)."""
    if said:
        return []
    lines: list[Block] = [Paragraph(clean(total_sentence(result)), BODY)]
    note = _total_note(result)
    if note:
        lines.append(Paragraph(f"注：{note}。", NOTE))
    return lines


def _goals_table(report: Report) -> Table:
    rows: list[list[Cell | None]] = [[_c("一级指标"), _c("二级指标"), _c("指标内容"),
                                      _c("年度指标值"), _c("全年完成值"),
                                      _c("未完成原因和改进措施")]]
    indicators = report.indicators
    for k, indicator in enumerate(indicators):
        row = _level_cells(indicators, k)
        row += [_c(indicator.name, align="left"), _c(indicator.target), _c(indicator.actual),
                _c(indicator.deviation, align="left")]
        rows.append(row)
    return Table(GOALS_COLUMNS, rows, header_rows=1)


def _team_table(report: Report) -> Table:
    rows: list[list[Cell | None]] = [[_c("姓名"), _c("职称/职务"), _c("单位"), _c("签字")]]
    for member in report.team:
        rows.append([_c(member.name), _c(member.title), _c(member.unit), _c("")])
    # as on the paper: the head of the unit signs and stamps in the table's last row
    head = text(report.evaluation.unit_head)
    rows.append([_c("项目单位负责人\n（签字并盖章）" + (f"\n{head}" if head else ""), colspan=2), None,
                 _c("\n\n年　　月　　日", colspan=2, align="right"), None])
    return Table(TEAM_COLUMNS, rows, header_rows=1, min_row_height_mm=11)


# ------------------------------------------------------------------------------- whole


def build_document(
    report: Report,
    profile: Profile,
    result: ScoreResult | None = None,
    table_only: bool = False,
    page_numbers: str = PAGE_NUMBER_DASH,
    landscape: bool = False,
) -> Document:
    """The complete report in the order of the outline (or just the 自评表)."""
    result = result or score_report(report, profile)
    region = text(report.project.region)
    doc = Document(
        title=clean(f"{region}财政支出项目绩效自评报告：{text(report.project.name)}"),
        author=clean(text(report.project.unit)),
        subject=clean(f"{text(report.project.name)} {report.year} 年度项目支出绩效自评"),
        fingerprint=fingerprint(report),
        page_numbers=page_numbers,
        landscape=landscape,
    )
    if table_only:
        doc.blocks = form_blocks(report, result)
    else:
        doc.blocks = [*cover_blocks(report), PageBreak(), *form_blocks(report, result), PageBreak(),
                      *body_blocks(report, result)]
    fit_tables(doc.blocks, doc.text_width_mm)
    return doc


def fit_tables(blocks: list[Block], text_width_mm: float) -> None:
    """Each table's columns sized from its content across the text width; a table drawn flush
    under another shares its columns, so that their borders meet."""
    groups: list[list[Table]] = []
    for block in blocks:
        if isinstance(block, Table):
            if block.keep_with_previous and groups:
                groups[-1].append(block)
            else:
                groups.append([block])
    for group in groups:
        paper = group[0].columns
        scale = text_width_mm / sum(paper)
        widths = fit_columns([w * scale for w in paper], [row for t in group for row in t.rows],
                             SMALL_PT if group[0].compact else TABLE_PT, CELL_PADDING_PT)
        for table in group:
            table.columns = widths
