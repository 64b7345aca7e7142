"""What the reader could not take over, said once per row or cell, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.messages import Message
from .source import Grid

SKIPPED = "skipped"  # a row that is not an indicator (placeholder, spacer, repeated header)
UNREADABLE = "unreadable"  # a cell whose content could not be taken over
CONVERTED = "converted"  # something taken over in another form (元 -> 万元)
INFO = "info"  # what was assumed (the year) or left out (a second table)


@dataclass(frozen=True)
class Note:
    kind: str
    where: Message | None  # 工作表“Sheet1”第 12 行, or None for the file as a whole
    message: Message

    def text(self, lang: str = "zh") -> str:
        body = self.message.text(lang)
        if self.where is None:
            return body
        return f"{self.where.text(lang)}{'：' if lang != 'en' else ': '}{body}"


@dataclass
class Notes:
    items: list[Note] = field(default_factory=list)

    def add(self, kind: str, where: Message | None, code: str, **params: Any) -> None:
        self.items.append(Note(kind, where, Message(f"read.{code}", params)))


def row_place(grid: Grid, row: int) -> Message:
    """工作表“Sheet1”第 12 行 / sheet “Sheet1”, row 12 (row is 0-based)."""
    return Message(f"{grid.name.code}_row", {**grid.name.params, "row": row + 1})


def column_letters(column: int) -> str:
    """A sheet's column as Excel names it: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
