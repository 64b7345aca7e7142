"""Sort arrows that point the way the column runs: ▲ over 2023, 2024, 2025 (ascending).

Qt draws a header's ascending order with the arrow down (an old Windows convention); users read
▲ as "smallest first", as in Excel, WPS and the file managers they know.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow \
                and isinstance(option, QStyleOptionHeader):
            swapped = QStyleOptionHeader(option)
            up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
            if option.sortIndicator == up:
                swapped.sortIndicator = down
            elif option.sortIndicator == down:
                swapped.sortIndicator = up
            option = swapped
        super().drawPrimitive(element, option, painter, widget)


def point_the_order(header: QHeaderView) -> None:
    """*header*'s sort arrow drawn ▲ for ascending, ▼ for descending."""
    style = SortArrowStyle(header.style().name())
    style.setParent(header)  # kept alive as long as the header
    header.setStyle(style)
