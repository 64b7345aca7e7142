"""Each form table's columns, and the narrative's sections, described once: for every column
its model field, its printed header (zh) and its window header (en), its kind, its widths,
whether it prints, the words a reader recognises its header by, and what next year does with
it; for every section its chapter and heading, its English name, the words a reader finds it
by, and what next year does with it.

The description sits on the field itself in ``core/model.py`` (``column(...)``,
``section(...)``), so adding a column or a section is one line of the model and a migration:
the window, the Word/PDF/Excel files, the reader, the import preview and next year all read it
from here."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

# a column's kind: how its cells are typed, read and printed
TEXT = "text"  # words
VALUE = "value"  # a target or an actual: text the value parser reads (≥95%, 2024-12-31)
POINTS = "points"  # a weight or a score (0–100, a number in Excel)
AMOUNT = "amount"  # 万元 (a number in Excel)
FLAG = "flag"  # a check box in the window

# what next year's report does with a column (core/next_year.py)
KEEP = "keep"  # carried over as it is
SHIFT_YEARS = "shift_years"  # carried over, the years written in it moved on (and listed)
CLEAR = "clear"  # emptied: last year's result is not the new year's

FORM_COLUMN = "form_column"  # the field metadata key holding a FormColumn


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

    def window_header(self, language: str) -> str:
        """The header the window shows, in the window's language."""
        if language == "zh":
            return self.window_zh or self.zh
        return self.en


def column(zh: str, en: str, *, default: Any = "", metadata: dict[str, Any] | None = None,
           **described: Any) -> Any:
    """A model field that is a column of a form: its default and its description."""
    meta = {**(metadata or {}), FORM_COLUMN: FormColumn("", zh, en, **described)}
    return dataclasses.field(default=default, metadata=meta)


@functools.cache
def form_columns(record: type) -> tuple[FormColumn, ...]:
    """The columns of the form table whose rows are *record*s, in the model's order."""
    out = []
    for f in dataclasses.fields(record):
        described = f.metadata.get(FORM_COLUMN)
        if described is not None:
            out.append(dataclasses.replace(described, field=f.name))
    return tuple(out)


def printed_columns(record: type) -> tuple[FormColumn, ...]:
    return tuple(c for c in form_columns(record) if c.prints)


def window_columns(record: type) -> tuple[FormColumn, ...]:
    """The window's columns: the model's order, check boxes last (at the row's end, as a
    spreadsheet's flag column)."""
    shown = [c for c in form_columns(record) if c.in_window]
    return tuple([c for c in shown if c.kind != FLAG] + [c for c in shown if c.kind == FLAG])


def column_named(record: type, field: str) -> FormColumn:
    return next(c for c in form_columns(record) if c.field == field)


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
