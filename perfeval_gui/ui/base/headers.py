"""Column headers that are never cut off: a header too long for its column wraps onto a second
line, and no column is narrower than the longest word of its header ("Applies", 分值)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView

PADDING = 14  # the header's margins and its sort indicator's room


def word_width(header: QHeaderView, text: str) -> int:
    """The widest unbreakable piece of *text*: an English word, or two Chinese characters."""
    metrics = header.fontMetrics()
    words = text.split() or [""]
    pieces = [w if w.isascii() else w[:2] for w in words]
    return max(metrics.horizontalAdvance(p) for p in pieces) + PADDING


def line_width(header: QHeaderView, text: str) -> int:
    """The width *text* takes as a header on one line (a column of figures sized to it)."""
    return header.fontMetrics().horizontalAdvance(text) + PADDING


def fit_headers(header: QHeaderView) -> None:
    """Wrap long headers; widen the columns the longest header word does not fit in."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    model = header.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, header.orientation()) or "")
        need = word_width(header, text)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)
    header.sectionResized.connect(lambda *_: _fit_height(header))
    # stretched sections get their width when the table is first laid out, without a
    # sectionResized: the height measured before (at a few pixels, a character a line) is
    # measured again then, or a header would fill an empty table
    header.installEventFilter(_Refit(header))
    _fit_height(header)


class _Refit(QObject):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            QTimer.singleShot(0, self, lambda: _fit_height(self.header))  # once the sections follow
        return False


def _fit_height(header: QHeaderView) -> None:
    """As tall as the header that wraps onto most lines at its column's present width."""
    model, metrics = header.model(), header.fontMetrics()
    tallest = metrics.height()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, header.orientation()) or "")
        width = max(header.sectionSize(column) - PADDING, 1)
        tallest = max(tallest, metrics.boundingRect(0, 0, width, 10_000,
                                                   int(Qt.TextFlag.TextWordWrap), text).height())
    height = tallest + PADDING // 2
    if header.minimumHeight() != height:
        header.setMinimumHeight(height)
