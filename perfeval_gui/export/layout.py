"""What the printed report contains — pages, headings, paragraphs, tables, cells and merges —
built once from the model and the scoring result. The Word and PDF writers both read this,
so the two files can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.cycle import key_mark, printed_deviation
from ..core.figures import figure_text, percent_text
from ..core.file_names import report_title
from ..core.form_columns import POINTS, TEXT, FormColumn, printed_columns
from ..core.form_kinds import FORM_KINDS, SELF_EVALUATION
from ..core.grouping import LEVEL1, LEVEL1_AND_2, group_span, starts_group
from ..core.interchange import fingerprint
from ..core.limits import MAX_NAME_CHARS
from ..core.model import OUTCOME, PROCESS, TOTAL_FUNDS_LABEL, FundRow, Indicator, Report, TeamMember, text
from ..core.narrative import draft_section, states_total, total_sentence
from ..core.numbering import heading1, heading2
from ..core.outline import GOALS_TABLE, OUTLINE, TEAM_TABLE
from ..core.profiles import Profile, file_mark
from ..core.scoring import PLACEHOLDER, IndicatorScore, ScoreResult, score_report
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

# the 自评表's grid, in millimetres of A4 portrait text width (156 mm): the 绩效指标 label's
# column, then each printed indicator column's own (core/model.py's column() of Indicator)
LABEL_COLUMN_MM = 8
INDICATOR_COLUMNS = printed_columns(Indicator)
FORM_COLUMNS = (LABEL_COLUMN_MM, *(c.width_mm or 0 for c in INDICATOR_COLUMNS))
GOALS_COLUMNS = (18, 20, 28, 22, 22, 46)
SIGNATURE_MM = 34  # the team table's last column, to sign in
TEAM_COLUMNS = (*(c.width_mm or 0 for c in printed_columns(TeamMember)), SIGNATURE_MM)
PENDING = "待判定"  # the 总分 while a row awaits judgement with no score typed (README §5)

# top / bottom / left / right: GB/T 9704 on portrait pages; a landscape 自评表 needs the height
PORTRAIT_MARGINS_MM = (37, 35, 28, 26)
LANDSCAPE_MARGINS_MM = (18, 20, 22, 22)

# the cover above its fields: four blank lines and the title (the writers' spacing, in points)
COVER_TOP_PT = 4 * BODY_PT * 1.5 + 40

# a cover field (but the project's name) longer than this shows its start on the cover and is
# printed whole on the page after it
COVER_NOTE_CHARS = 60
COVER_SHOWN_CHARS = 40
# a 一级/二级指标 longer than this prints its start in the table and whole in a note under it
LEVEL_NOTE_CHARS = 60
LEVEL_SHOWN_CHARS = 20

PAGE_NUMBER_DASH = "dash"  # — 1 — (GB/T 9704)
PAGE_NUMBER_OF = "of"  # 第 1 页 共 3 页


# what a cell holds, where a writer treats it apart (the Excel 总分 is a SUM of the scores)
SCORE_CELL, TOTAL_CELL = "score", "total"


@dataclass
class Cell:
    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    align: str = "center"  # center, left, right
    number: bool = False  # a figure of its column's kind (points, an amount): a number in Excel
    role: str = ""  # SCORE_CELL, TOTAL_CELL


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
    category: str = ""  # the file's category property: the report's profile (profiles.file_mark)
    keywords: str = ""  # the file's keywords property: the report's project (cycle.key_mark)

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
    # the cover is one page (cover_fit) for a name of the format's 200 characters; any other
    # field, or the region of the title, longer than a unit's name can be shows its start and
    # a reference on the cover and is printed whole on the page after it, 「注1：自评项目单位：……」
    notes: list[str] = []

    def shown(label: str, value: str, limit: int = COVER_NOTE_CHARS) -> str:
        if len(value) <= limit:
            return value
        notes.append(f"{label}{value}")
        return f"{value[:COVER_SHOWN_CHARS]}…（注{len(notes)}）"

    blocks: list[Block] = [Paragraph("", BODY)] * 2
    region = shown("地区：", clean(text(project.region)))
    blocks.append(Paragraph(f"{region}财政支出项目绩效自评报告", TITLE))
    blocks += [Paragraph("", BODY)] * 2
    fields = [(f"{label}：", shown(f"{label}：", clean(value),
                                   MAX_NAME_CHARS if label == "自评项目名称" else COVER_NOTE_CHARS))
              for label, value in fields]
    top, bottom, left, right = PORTRAIT_MARGINS_MM
    size, leading = cover_type(fields, COVER_TOP_PT, 210 - left - right, 297 - top - bottom)
    blocks += [Paragraph(label + value, COVER_FIELD, size_pt=size, leading=leading,
                         hanging_em=text_em(label)) for label, value in fields]
    if notes:
        blocks.append(PageBreak())
        blocks += [Paragraph(f"注{n}：{note}", NOTE) for n, note in enumerate(notes, 1)]
    return blocks


# ------------------------------------------------------------------------------- 自评表


def form_blocks(report: Report, result: ScoreResult) -> list[Block]:
    project = report.project
    width = len(FORM_COLUMNS)  # the grid every row of the 自评表 spans
    rows: list[list[Cell | None]] = []
    dept = " ".join(p for p in (text(project.department), text(project.department_code)) if p)
    rows.append([_c("项目名称", colspan=2), None, *_spread(_c(project.name, align="left"), width - 2)])
    dept_span = (width - 3) // 2  # 主管部门 | its value | 实施单位 | its value, the values halves
    rows.append([_c("主管部门及代码", colspan=2), None, *_spread(_c(dept, align="left"), dept_span),
                 _c("实施单位"),
                 *_spread(_c(project.implementing_unit, align="left"), width - 3 - dept_span)])
    rows += _funds_rows(report, result, width)
    expected_span = (width - 1) // 2
    rows.append([_c("年度\n总体\n目标", colspan=2, rowspan=2), None,
                 *_spread(_c("预期目标"), expected_span),
                 *_spread(_c("实际完成情况"), width - 2 - expected_span)])
    rows.append([None, None, *_spread(_c(report.goal.expected, align="left"), expected_span),
                 *_spread(_c(report.goal.achieved, align="left"), width - 2 - expected_span)])
    top = Table(FORM_COLUMNS, rows, compact=True)

    header: list[Cell | None] = [_c("绩效\n指标", bold=False), *(_c(c.zh) for c in INDICATOR_COLUMNS)]
    level_notes: list[str] = []
    body = _indicator_rows(report, result, level_notes)
    # the 绩效指标 label spans the header and every indicator row of this table
    header[0] = Cell("绩效\n指标", rowspan=1 + len(body))
    for row in body:
        row.insert(0, None)
    note = _total_note(result)
    indicators = Table(FORM_COLUMNS, [header, *body, _total_row(result, note)], header_rows=1,
                       keep_with_previous=True, compact=True)
    top.keep_with_next = True
    blocks: list[Block] = [
        Paragraph(FORM_KINDS[SELF_EVALUATION].title, TITLE, keep_with_next=True),
        Paragraph(f"（{report.year} 年度）", SUBTITLE, keep_with_next=True),
        top,
        indicators,
    ]
    if note:
        blocks.append(Paragraph(f"注：{note}", NOTE))
    return blocks + _level_notes(level_notes)


def _level_notes(names: list[str]) -> list[Block]:
    """The long level names a table referred to, whole, under it (see _level_cells)."""
    return [Paragraph(f"注{n}：{name}", NOTE) for n, name in enumerate(names, 1)]


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


def _spread(cell: Cell, columns: int) -> list[Cell | None]:
    """*cell* merged over *columns* grid columns: the cell, then the positions it covers."""
    cell.colspan = columns
    return [cell, *[None] * (columns - 1)]


def _funds_rows(report: Report, result: ScoreResult, width: int) -> list[list[Cell | None]]:
    """项目资金: its header row, then the total row and its parts — the fund rows' printed
    columns (core/model.py's FundRow), then 分值, 执行率 and 得分 of the total row."""
    columns = printed_columns(FundRow)
    label, amounts = columns[0], columns[1:]
    printed = _funds_lines(report.funds.rows or [])
    label_span = width - 2 - len(amounts) - 3  # the rest of the grid is the rows' names
    rows: list[list[Cell | None]] = [[
        _c("项目资金\n（万元）", colspan=2, rowspan=1 + max(len(printed), 1)), None,
        *_spread(_c(label.zh), label_span), *(_c(c.zh) for c in amounts),
        _c("分值"), _c("执行率"), _c("得分")]]
    funds = result.funds
    for i, (name, row) in enumerate(printed or [(TOTAL_FUNDS_LABEL, None)]):
        if row is None and i > 0:  # a breakdown's heading: 按收入性质分：
            rows.append([None, None, *_spread(_c(name, align="left"), label_span),
                         *(_c("") for _ in amounts), _c("—"), _c("—"), _c("—")])
            continue
        first = i == 0
        rate = percent_text(funds.rate) if first and funds.rate is not None else ("" if first else "—")
        rows.append([None, None, *_spread(_c(name, align="left"), label_span),
                     *(_c(_amount(getattr(row, c.field) if row else None), number=True) for c in amounts),
                     _c(figure_text(funds.weight) if first else "—", number=True), _c(rate),
                     _c(figure_text(funds.score) if first else "—", number=True, role=SCORE_CELL)])
    return rows


def _total_row(result: ScoreResult, note: str) -> list[Cell | None]:
    """总分 across the columns before 分值, the weights' and the scores' sums under theirs, and
    the note on how the total was reached over the rest."""
    fields = [c.field for c in INDICATOR_COLUMNS]
    weight = 1 + fields.index("weight")  # grid columns: the 绩效指标 label's comes first
    if fields.index("score") != weight:  # 分值 then 得分, side by side, as on every form
        raise ValueError("the 自评表 prints 得分 right after 分值")
    return [*_spread(_c("总分"), weight), _c(figure_text(result.all_weight), number=True),
            _c(PENDING if result.total is None else figure_text(result.total), number=True,
               role=TOTAL_CELL),
            *_spread(_c(note, align="left"), len(FORM_COLUMNS) - weight - 2)]


def _total_note(result: ScoreResult) -> str:
    return "；".join(m.text("zh") for m in result.reasons)


def _indicator_rows(report: Report, result: ScoreResult, notes: list[str]) -> list[list[Cell | None]]:
    rows: list[list[Cell | None]] = []
    indicators = report.indicators
    for k, (indicator, s) in enumerate(zip(indicators, result.indicators, strict=True)):
        row = _level_cells(indicators, k, notes)
        row += [_indicator_cell(c, indicator, s) for c in INDICATOR_COLUMNS[len(row):]]
        rows.append(row)
    return rows


def _indicator_cell(column: FormColumn, indicator: Indicator, s: IndicatorScore) -> Cell:
    """A cell of the 绩效指标 table: words left, values centred, weight and score as scored."""
    if column.field == "deviation":  # a changed target's 调整原因 goes with the row's reasons
        return _c(printed_deviation(indicator), align="left")
    if column.kind != POINTS:
        return _c(getattr(indicator, column.field), align="left" if column.kind == TEXT else "center")
    if s.kind == PLACEHOLDER:
        return _c("")  # a template row counts nothing: it prints as the template had it
    if column.field == "score" and not s.applicable:
        return _c("不适用")
    if column.field == "score" and s.unscored:
        return _c("", number=True, role=SCORE_CELL)  # none typed, none by the rule yet: no 0
    figure = figure_text(getattr(s, column.field))
    return _c(figure, number=True, role=SCORE_CELL if column.field == "score" else "")


def _level_cells(indicators: list[Indicator], k: int, notes: list[str]) -> list[Cell | None]:
    """The level1 and level2 cells of row k: merged down over their group, None below its top.
    A name longer than LEVEL_NOTE_CHARS (the format allows 20,000 characters; the paper's
    column holds three or four a line, so such a name printed there ran to hundreds of pages)
    shows its start and a reference, 「……（注1）」, and is printed whole under the table, across
    the page, as 「注1：……」 — the printed rule for long level names (see the README)."""
    cells: list[Cell | None] = [None, None]
    for column, fields in enumerate((LEVEL1, LEVEL1_AND_2)):
        if starts_group(indicators, k, fields):
            name = text(getattr(indicators[k], fields[-1]))
            if len(name) > LEVEL_NOTE_CHARS:
                notes.append(name)
                name = f"{name[:LEVEL_SHOWN_CHARS]}…（注{len(notes)}）"
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
            # the draft's own 综上 line is the sentence (a pending total has no points to find)
            said = states_total(report, body) or total_sentence(result) in body
            blocks.extend(_total_lines(result, said=said))

    for n, (title, parts) in enumerate(OUTLINE, start=1):
        h1(n, title)
        for m, (sub, key) in enumerate(parts, start=1):
            if sub is not None:
                h2(m, sub)
            if key == GOALS_TABLE:
                notes: list[str] = []
                blocks.append(_goals_table(report, notes))
                blocks += _level_notes(notes)
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


def _goals_table(report: Report, notes: list[str]) -> Table:
    rows: list[list[Cell | None]] = [[_c("一级指标"), _c("二级指标"), _c("指标内容"),
                                      _c("年度指标值"), _c("全年完成值"),
                                      _c("未完成原因和改进措施")]]
    indicators = report.indicators
    for k, indicator in enumerate(indicators):
        row = _level_cells(indicators, k, notes)
        row += [_c(indicator.name, align="left"), _c(indicator.target), _c(indicator.actual),
                _c(printed_deviation(indicator), align="left")]
        rows.append(row)
    return Table(GOALS_COLUMNS, rows, header_rows=1)


def _team_table(report: Report) -> Table:
    columns = printed_columns(TeamMember)
    rows: list[list[Cell | None]] = [[*(_c(c.zh) for c in columns), _c("签字")]]
    for member in report.team:
        rows.append([*(_c(getattr(member, c.field)) for c in columns), _c("")])
    # as on the paper: the head of the unit signs and stamps in the table's last row
    head = text(report.evaluation.unit_head)
    width = len(columns) + 1
    rows.append([*_spread(_c("项目单位负责人\n（签字并盖章）" + (f"\n{head}" if head else "")), width // 2),
                 *_spread(_c("\n\n年　　月　　日", align="right"), width - width // 2)])
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
        landscape=landscape or FORM_KINDS[SELF_EVALUATION].landscape,
        category=file_mark(report.profile),
        keywords=key_mark(report.project_key),
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
