"""A text box as tall as its text: inside a scrolling page a second, inner scrollbar hides
half of a long 绩效分析; this one grows (and shrinks) with what is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from .bound_widgets import BoundTextEdit
from .report_document import ReportDocument

MIN_LINES = 4


class GrowingTextEdit(BoundTextEdit):
    def __init__(self, doc: ReportDocument, path: str, parent: QWidget | None = None) -> None:
        super().__init__(doc, path, parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _: self.fit())
        self.fit()

    def text_height(self) -> float:
        """The text's height as laid out at the current width: each paragraph is laid out
        when asked for its rectangle (the plain layout skips those out of sight otherwise)."""
        layout = self.document().documentLayout()
        block, height = self.document().begin(), 0.0
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        return max(height, MIN_LINES * self.fontMetrics().lineSpacing())

    def fit(self) -> None:
        margins = self.contentsMargins()
        height = int(self.text_height() + 2 * self.document().documentMargin()
                     + margins.top() + margins.bottom() + 2 * self.frameWidth()) + 1
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()  # a narrower box wraps into more lines
