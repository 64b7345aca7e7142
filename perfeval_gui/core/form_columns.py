"""Each form table's columns, and the narrative's sections, described once: for every column
its model field, its printed header (zh) and its window header (en), its kind, its widths,
whether it prints, the words a reader recognises its header by, and what next year does with
it; for every section its chapter and heading, its English name, the words a reader finds it
by, and what next year does with it.

One record serves the three forms of a project's year (annual-cycle.md): an indicator row of the
自评表, of the 运行监控表 and of the 申报表 is the same ``Indicator``. So a column says on which
forms it stands (``forms``), and what it is called or how wide it is where that form differs;
``form_columns(record, form)`` is that form's table. A monitoring column may stand on the form
only under its profile's rules (``needs``: the 全年预计完成情况 of a row, the 偏差原因 asked per
row), and its header may name the period's last month (``{n}``: 1–7月执行情况): ``form_table``
gives a report's table with both settled.

The description sits on the field itself in ``core/model.py`` (``column(...)``,
``section(...)``), so adding a column or a section is one line of the model and a migration:
the window, the Word/PDF/Excel files, the reader, the import preview and next year all read it
from here."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from .form_kinds import MONITORING, SELF_EVALUATION
from .monitoring_rules import CENTRAL, MonitoringRules

# a column's kind: how its cells are typed, read and printed
TEXT = "text"  # words
VALUE = "value"  # a target or an actual: text the value parser reads (≥95%, 2024-12-31)
POINTS = "points"  # a weight or a score (0–100, a number in Excel)
AMOUNT = "amount"  # 万元 (a number in Excel)
FLAG = "flag"  # a check box in the window
CAUSES = "causes"  # the 偏差原因 categories ticked, each with its words (the profile's categories)
CHOICE = "choice"  # one of a few words (完成目标可能性: 确定能 / 有可能 / 完全不可能)

# what next year's report does with a column (core/next_year.py)
KEEP = "keep"  # carried over as it is
SHIFT_YEARS = "shift_years"  # carried over, the years written in it moved on (and listed)
CLEAR = "clear"  # emptied: last year's result is not the new year's

# the monitoring period as forms write it in headers and titles — 1–7月, 1-6月份, 一至9月 —
# its last month the one group: the readers of headers, titles and the model's column words
# share it, so they agree on what names a period
PERIOD_MONTHS = r"(?:1|一)\s*[-–—~至到]\s*(\d{1,2})\s*月(?:份)?"

FORM_COLUMN = "form_column"  # the field metadata key holding a FormColumn
FORM_USES = "form_uses"  # the field metadata key: {form: what differs on it} for every form it is on

# what a monitoring column needs of the profile's rules (core/monitoring_rules.py) to stand on
# the form: the attribute of MonitoringRules that must hold
NEEDS_PROJECTION = "projection"  # each row has its 全年预计完成情况
NEEDS_CAUSES_PER_ROW = "causes_per_row"  # the 偏差原因 is asked in each row, not once per form


@dataclass(frozen=True)
class FormColumn:
    field: str  # the model field (filled in from the field's name)
    zh: str  # the printed header, and the window's in Chinese
    en: str  # the window's header in English
    kind: str = TEXT
    prints: bool = True  # on the paper form (and the Word, PDF and Excel files)
    width_mm: float | None = None  # its width on the paper form, where it has one of its own
    width_px: int | None = None  # its width in the window; None: it takes the room left
    reads: str | None = None  # the header words (a regular expression) a reader knows it by
    next_year: str = KEEP
    in_window: bool = True
    window_zh: str | None = None  # the window's Chinese header where it is not the printed one
    form: str = SELF_EVALUATION  # the form whose table this is (filled in by form_columns)
    # a monitoring column that stands on the form only where the profile's rules say so
    needs: str | None = None
    # a target printed as the 申报表 prints it: 指标性质 | 指标值 | 度量单位 (the value parser
    # splits it); in the window it stays one cell
    split_value: bool = False
    # printed inside another column's cell (the 偏差原因's words under its ticked categories)
    prints_in: str | None = None
    # the name a profile's [monitoring.headers] gives it where the field's own name is taken by
    # another table's column (the funds' 全年预计执行数 beside the indicators' 全年预计完成情况)
    header_key: str | None = None

    def window_header(self, language: str) -> str:
        """The header the window shows, in the window's language."""
        if language == "zh":
            return self.window_zh or self.zh
        return self.en


def column(zh: str, en: str, *, default: Any = "", default_factory: Any = None,
           metadata: dict[str, Any] | None = None,
           forms: dict[str, dict[str, Any]] | None = None, **described: Any) -> Any:
    """A model field that is a column of a form: its default and its description.

    *forms* names every form the column stands on, each with what differs there (its header,
    its width, ...); without it the column is the 自评表's only."""
    uses = {SELF_EVALUATION: {}} if forms is None else forms
    meta = {**(metadata or {}), FORM_COLUMN: FormColumn("", zh, en, **described), FORM_USES: uses}
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@functools.cache
def form_columns(record: type, form: str = SELF_EVALUATION) -> tuple[FormColumn, ...]:
    """The columns of *form*'s table whose rows are *record*s, in the model's order."""
    out = []
    for f in dataclasses.fields(record):
        described = f.metadata.get(FORM_COLUMN)
        if described is not None and form in f.metadata[FORM_USES]:
            out.append(dataclasses.replace(described, field=f.name, form=form,
                                           **f.metadata[FORM_USES][form]))
    return tuple(out)


def printed_columns(record: type, form: str = SELF_EVALUATION) -> tuple[FormColumn, ...]:
    return tuple(c for c in form_columns(record, form) if c.prints)


def window_columns(record: type, form: str = SELF_EVALUATION) -> tuple[FormColumn, ...]:
    """The window's columns: the model's order, check boxes last (at the row's end, as a
    spreadsheet's flag column)."""
    shown = [c for c in form_columns(record, form) if c.in_window]
    return tuple([c for c in shown if c.kind != FLAG] + [c for c in shown if c.kind == FLAG])


def column_named(record: type, field: str, form: str = SELF_EVALUATION) -> FormColumn:
    return next(c for c in form_columns(record, form) if c.field == field)


def form_table(record: type, form: str, rules: MonitoringRules = CENTRAL,
               last_month: int | None = None) -> tuple[FormColumn, ...]:
    """*form*'s table as one report has it: the columns its profile's monitoring rules leave
    on the form under the profile's own headers, the period's last month written into the
    headers that name it (1–7月执行数)."""
    out = []
    for c in form_columns(record, form):
        if c.needs is not None and not getattr(rules, c.needs):  # the rule it stands under
            continue
        if form == MONITORING and c.field in rules.left_out:
            continue
        own = rules.header(c.header_key or c.field)
        if form == MONITORING and own:
            c = dataclasses.replace(c, zh=own)
        if "{n}" in c.zh + c.en:  # each on its own: a province's own header may name no month
            month = str(last_month) if last_month else "N"
            c = dataclasses.replace(c, zh=c.zh.replace("{n}", month),
                                    en=c.en.replace("{n}", month))
        out.append(c)
    return tuple(out)


NARRATIVE_SECTION = "narrative_section"  # the field metadata key holding a NarrativeSection


@dataclass(frozen=True)
class NarrativeSection:
    """A section of the report's narrative: where the outline prints it and how a reader
    finds it in a Word report."""

    key: str  # the model field (filled in from the field's name)
    chapter: str  # the first-level heading it stands under (core/outline.py's CHAPTERS)
    heading: str  # its own second-level heading, printed and shown in Chinese
    en: str  # its name in the English window
    reads: tuple[str, ...] = ()  # words of a heading that name it (the first match wins)
    read_last: bool = False  # its words also stand in other sections' headings: tried after them
    next_year: str = KEEP

    def title(self, language: str) -> str:
        return self.heading if language == "zh" else self.en


def section(chapter: str, heading: str, en: str, **described: Any) -> Any:
    """A model field that is a section of the narrative: None until written, and its
    description."""
    meta = {NARRATIVE_SECTION: NarrativeSection("", chapter, heading, en, **described)}
    return dataclasses.field(default=None, metadata=meta)


@functools.cache
def narrative_sections(record: type) -> tuple[NarrativeSection, ...]:
    """The sections of the narrative, in the model's order."""
    return tuple(dataclasses.replace(f.metadata[NARRATIVE_SECTION], key=f.name)
                 for f in dataclasses.fields(record) if NARRATIVE_SECTION in f.metadata)
