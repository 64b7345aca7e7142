"""The 汇总's charts, drawn with QPainter (no plotting library, no PySide6-Addons): grade
distribution, 执行率 per project with the 90 % line, self-assessed vs rule total."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ..core.summary import LOW_RATE, SummaryRow

BAR = QColor("#4472C4")
LOW = QColor("#C0504D")
MARGIN = 28
WIDEST_BAR = 56
LABELLED_BAR = 18  # pixels a bar needs for its value and label to be readable


class Chart(QWidget):
    """A titled plotting area; subclasses draw into ``self.area``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(220, 160)
        self.title = ""

    @property
    def area(self) -> QRectF:
        return QRectF(MARGIN, 24, self.width() - MARGIN - 10, self.height() - 24 - MARGIN)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawText(QRectF(0, 2, self.width(), 20), Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setPen(QPen(self.palette().text().color(), 1))
        a = self.area
        painter.drawLine(a.bottomLeft(), a.bottomRight())
        painter.drawLine(a.bottomLeft(), a.topLeft())
        self.draw(painter, a)
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def y_for(self, value: float, top: float, area: QRectF) -> float:
        return area.bottom() - area.height() * value / top if top else area.bottom()


class BarChart(Chart):
    """Bars with labels under them; an optional dashed line (the 90 % of 执行率)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, bool]] = []  # label, value, highlighted
        self.line: float | None = None

    def set_bars(self, title: str, bars: list[tuple[str, float, bool]], line: float | None = None) -> None:
        self.title, self.bars, self.line = title, bars, line
        self.update()

    def top(self) -> float:
        return max([v for _, v, _ in self.bars] + [self.line or 0, 1]) * 1.1

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if not self.bars:
            return
        top, step = self.top(), area.width() / len(self.bars)
        labelled = step >= LABELLED_BAR  # a department's thousands of projects: bars alone
        shapes: dict[bool, list[QRectF]] = {False: [], True: []}
        for i, (label, value, highlighted) in enumerate(self.bars):
            y = self.y_for(value, top, area)
            width = min(max(step * 0.7, 0.5), WIDEST_BAR)  # one project is a bar, not a wall
            bar = QRectF(area.left() + i * step + (step - width) / 2, y, width, area.bottom() - y)
            shapes[highlighted].append(bar)
            if labelled:
                painter.drawText(QRectF(bar.left() - 4, y - 16, bar.width() + 8, 14),
                                 Qt.AlignmentFlag.AlignCenter, f"{value:g}")
                shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(step) - 2)
                painter.drawText(QRectF(area.left() + i * step, area.bottom() + 2, step, MARGIN - 4),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for highlighted, bars in shapes.items():  # one call per colour, not one per bar
            painter.setBrush(LOW if highlighted else BAR)
            painter.drawRects(bars)
        painter.restore()
        if self.line is not None:
            y = self.y_for(self.line, top, area)
            painter.setPen(QPen(LOW, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))


class ScatterChart(Chart):
    """Self-assessed total (up) against rule total (across), 0–100, with the diagonal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[float, float]] = []

    def set_points(self, title: str, points: list[tuple[float, float]]) -> None:
        self.title, self.points = title, points
        self.update()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        def at(x: float, y: float) -> QPointF:
            return QPointF(area.left() + area.width() * x / 100, self.y_for(y, 100, area))

        for tick in (0, 50, 100):
            x, y = at(tick, 0).x(), at(0, tick).y()
            painter.drawText(QRectF(x - 15, area.bottom() + 2, 30, 14), Qt.AlignmentFlag.AlignCenter,
                             str(tick))
            painter.drawText(QRectF(0, y - 7, MARGIN - 3, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        painter.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(at(0, 0), at(100, 100))
        groups: dict[bool, list[QPointF]] = {False: [], True: []}
        for rule, total in self.points:
            groups[abs(total - rule) >= 10].append(at(rule, total))
        for far, points in groups.items():  # round 8-pixel dots, one call per colour
            painter.setPen(QPen(LOW if far else BAR, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPoints(QPolygonF(points))


def rate_bars(rows: list[SummaryRow]) -> list[tuple[str, float, bool]]:
    return [(r.project, round(float(r.rate), 1), r.low_rate) for r in rows if r.rate is not None]


RATE_LINE = float(LOW_RATE)
