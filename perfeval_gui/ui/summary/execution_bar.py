"""The 执行率 cell of the monitoring 汇总 drawn as a bar with the time progress as a line across
it: a project behind its time shows a bar short of the line (red where the profile's rule says
it lags), the figure written over it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .summary_charts import BAR, LOW

Index = QModelIndex | QPersistentModelIndex
RATE_ROLE = Qt.ItemDataRole.UserRole + 10  # 执行率, percent (float) or None
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 11  # the time progress, percent (float)
LAGS_ROLE = Qt.ItemDataRole.UserRole + 12  # bool
LINE = QColor("#202020")
PAD = 3  # pixels between the cell's edge and the bar
FULL = 100.0  # the cell's width is 100 %; a rate above it fills the cell


def bar_geometry(cell: QRectF, rate: float | None, progress: float) -> tuple[QRectF | None, float]:
    """The bar's rectangle (None without a rate) and the x of the time-progress line, in *cell*."""
    inner = cell.adjusted(PAD, PAD + 1, -PAD, -PAD - 1)

    def x_of(percent: float) -> float:
        return inner.left() + inner.width() * max(0.0, min(percent, FULL)) / FULL

    bar = None if rate is None else QRectF(inner.left(), inner.top(), x_of(rate) - inner.left(),
                                           inner.height())
    return bar, x_of(progress)


class ExecutionBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rate, progress = index.data(RATE_ROLE), index.data(PROGRESS_ROLE)
        if progress is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        if style is not None:  # the selection and the cell's background, as any other cell
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)  # type: ignore[attr-defined]
        cell = QRectF(option.rect)  # type: ignore[attr-defined]
        bar, line_x = bar_geometry(cell, rate, float(progress))
        painter.save()
        if bar is not None:
            painter.fillRect(bar, LOW if index.data(LAGS_ROLE) else BAR)
        painter.setPen(QPen(LINE, 2))
        painter.drawLine(QPointF(line_x, cell.top() + 1), QPointF(line_x, cell.bottom() - 1))
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text:
            painter.setPen(option.palette.text().color())  # type: ignore[attr-defined]
            painter.drawText(cell.adjusted(PAD + 2, 0, -PAD - 2, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), str(text))
        painter.restore()
