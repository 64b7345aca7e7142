"""The 汇总's charts, drawn with QPainter (no plotting library, no PySide6-Addons): grade
distribution, 执行率 per project with the 90 % line, self-assessed vs rule total."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ...core.summary import LOW_RATE, SummaryRow

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
        painter.drawText(QRectF(0, 2, self.width(), 20), Qt.AlignmentFlag.AlignCenter, self.heading())
        painter.setPen(QPen(self.palette().text().color(), 1))
        a = self.area
        painter.drawLine(a.bottomLeft(), a.bottomRight())
        painter.drawLine(a.bottomLeft(), a.topLeft())
        self.draw(painter, a)
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def heading(self) -> str:
        return self.title

    def y_for(self, value: float, top: float, area: QRectF) -> float:
        return area.bottom() - area.height() * value / top if top else area.bottom()


class BarChart(Chart):
    """Bars with labels under them; an optional dashed line (the 90 % of 执行率)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, bool]] = []  # label, value, highlighted
        self.line: float | None = None
        self._top = 1.1
        self._drawn: tuple[int, list[tuple[str, float, bool]], int] | None = None  # pixels, bars, per bar

    def set_bars(self, title: str, bars: list[tuple[str, float, bool]], line: float | None = None) -> None:
        self.title, self.bars, self.line = title, bars, line
        self._top = max([v for _, v, _ in self.bars] + [self.line or 0, 1]) * 1.1
        self._drawn = None
        self.update()

    def top(self) -> float:
        return self._top

    def drawn_bars(self, pixels: int) -> tuple[list[tuple[str, float, bool]], int]:
        """The bars to draw in *pixels* columns, and how many projects each stands for: more
        projects than columns (a department's 100,000) are drawn a group of neighbours per
        bar, its height the group's lowest figure, marked where any of them is — a few
        hundred rectangles, whatever the year holds."""
        pixels = max(pixels, 1)
        if self._drawn is None or self._drawn[0] != pixels:
            per = -(-len(self.bars) // pixels)  # ceil
            if per <= 1:
                self._drawn = (pixels, self.bars, 1)
            else:
                values = [v for _, v, _ in self.bars]
                marks = [h for _, _, h in self.bars]
                grouped = [("", min(values[i:i + per]), any(marks[i:i + per]))
                           for i in range(0, len(values), per)]
                self._drawn = (pixels, grouped, per)
        return self._drawn[1], self._drawn[2]

    def heading(self) -> str:
        """The title, and what a bar is where it stands for a group of projects."""
        per = self.drawn_bars(int(self.area.width()))[1] if self.bars else 1
        if per == 1:
            return self.title
        return f"{self.title} · " + self.tr("each bar: the lowest of %1").replace("%1", str(per))

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if not self.bars:
            return
        bars, _per = self.drawn_bars(int(area.width()))
        top, step = self.top(), area.width() / len(bars)
        labelled = step >= LABELLED_BAR  # a department's thousands of projects: bars alone
        shapes: dict[bool, list[QRectF]] = {False: [], True: []}
        for i, (label, value, highlighted) in enumerate(bars):
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
        for highlighted, rects in shapes.items():  # one call per colour, not one per bar
            painter.setBrush(LOW if highlighted else BAR)
            painter.drawRects(rects)
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
        self.dots: list[tuple[float, float, bool]] = []  # rule, total, far apart

    def set_points(self, title: str, points: list[tuple[float, float]]) -> None:
        self.title, self.points = title, points
        # an 8-pixel dot covers a point or more of the scale: a year's 100,000 reports are
        # drawn as the distinct dots they make at half a point, each once
        self.dots = sorted({(round(rule * 2) / 2, round(total * 2) / 2, abs(total - rule) >= 10)
                            for rule, total in points})
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
        left, bottom, across, up = area.left(), area.bottom(), area.width() / 100, area.height() / 100
        for rule, total, far in self.dots:
            groups[far].append(QPointF(left + across * rule, bottom - up * total))
        for far, points in groups.items():  # round 8-pixel dots, one call per colour
            painter.setPen(QPen(LOW if far else BAR, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPoints(QPolygonF(points))


def rate_bars(rows: list[SummaryRow]) -> list[tuple[str, float, bool]]:
    return [(r.project, round(float(r.rate), 1), r.low_rate) for r in rows if r.rate is not None]


RATE_LINE = float(LOW_RATE)
