"""What the reader could not take over, said once per row or cell, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.messages import Message

SKIPPED = "skipped"  # a row that is not an indicator (placeholder, spacer, repeated header)
UNREADABLE = "unreadable"  # a cell whose content could not be taken over
CONVERTED = "converted"  # something taken over in another form (元 -> 万元)
INFO = "info"  # what was assumed (the year) or left out (a second table)


@dataclass(frozen=True)
class Note:
    kind: str
    where: str  # 工作表“Sheet1”第 12 行 — already in the document's own words
    message: Message

    def text(self, lang: str = "zh") -> str:
        body = self.message.text(lang)
        return f"{self.where}：{body}" if self.where else body


@dataclass
class Notes:
    items: list[Note] = field(default_factory=list)

    def add(self, kind: str, where: str, code: str, **params: Any) -> None:
        self.items.append(Note(kind, where, Message(f"read.{code}", params)))


def row_place(grid_name: str, row: int) -> str:
    """'工作表“Sheet1”第 12 行' (row is 0-based)."""
    return f"{grid_name}第 {row + 1} 行"
