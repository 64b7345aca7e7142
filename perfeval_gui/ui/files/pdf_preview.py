"""The print preview: the PDF's own pages, rendered by pdfium at the resolution they are shown
at (anti-aliased, the screen's pixel ratio included) and rendered again on every zoom.

Qt's QPrintPreviewDialog drew a 300 dpi picture shrunk to 38 % without smoothing: thin strokes
and table borders fell between the sampled pixels (主管 read 十管). Here no picture is ever
scaled: each page is rendered for the pixels it fills, and only the pages in view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PAGE_GAP = 16  # pixels between pages and around them
RENDER_CACHE = 8  # rendered pages kept at the current zoom


class PdfPages(QWidget):
    """The pages one under the other. Zoom 1.0 is the paper's real size on this screen."""

    zoom_changed = Signal(float)

    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pypdfium2 as pdfium

        self.document = pdfium.PdfDocument(str(pdf))
        self.page_points = [self.document[i].get_size() for i in range(len(self.document))]
        self.zoom = 1.0
        self._rendered: dict[int, QImage] = {}
        self.setAutoFillBackground(False)

    def close_document(self) -> None:
        """Let go of the file (Windows cannot remove an open one)."""
        self._rendered.clear()
        if self.page_points:
            self.page_points = []
            self.document.close()

    # -- geometry

    def pixels_per_point(self) -> float:
        return self.zoom * self.logicalDpiX() / 72

    def page_size(self, index: int) -> QSize:
        width, height = self.page_points[index]
        ppp = self.pixels_per_point()
        return QSize(round(width * ppp), round(height * ppp))

    def page_rect(self, index: int) -> QRect:
        top = PAGE_GAP + sum(self.page_size(i).height() + PAGE_GAP for i in range(index))
        size = self.page_size(index)
        return QRect((self.width() - size.width()) // 2, top, size.width(), size.height())

    def sizeHint(self) -> QSize:
        widest = max((self.page_size(i).width() for i in range(len(self.page_points))), default=0)
        height = PAGE_GAP + sum(self.page_size(i).height() + PAGE_GAP
                                for i in range(len(self.page_points)))
        return QSize(widest + 2 * PAGE_GAP, height)

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, ZOOM_STEPS[0] / 2), ZOOM_STEPS[-1])
        if abs(zoom - self.zoom) > 1e-4:
            self.zoom = zoom
            self._rendered.clear()  # drawn again for the new size, never scaled
            self.zoom_changed.emit(zoom)
        self.fit_into(self.parentWidget().width() if self.parentWidget() else 0)
        self.update()

    def fit_into(self, view_width: int) -> None:
        """As tall as the pages, and at least as wide as the view (the pages centred in it)."""
        self.resize(self.sizeHint().expandedTo(QSize(view_width, 0)))

    # -- drawing

    def render_page(self, index: int) -> QImage:
        """Page *index* rendered for the device pixels it covers at the current zoom."""
        image = self._rendered.get(index)
        if image is not None:
            return image
        ratio = self.devicePixelRatioF()
        size = self.page_size(index)
        width, _ = self.page_points[index]
        scale = size.width() * ratio / width
        bitmap = self.document[index].render(scale=scale, rev_byteorder=True, may_draw_forms=False)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888).copy()  # the bitmap's buffer goes with it
        image.setDevicePixelRatio(ratio)
        if len(self._rendered) >= RENDER_CACHE:
            self._rendered.pop(next(iter(self._rendered)))
        self._rendered[index] = image
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(0x80, 0x80, 0x80))
        for index in range(len(self.page_points)):
            rect = self.page_rect(index)
            if rect.top() > event.rect().bottom():
                break
            if rect.intersects(event.rect()):
                painter.drawImage(rect.topLeft(), self.render_page(index))
        painter.end()


class PdfPreviewDialog(QDialog):
    """The pages to be printed, at fit-width first; 打印… prints them through *print_pages*."""

    def __init__(self, pdf: Path, print_pages: Callable[[], None], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pages = PdfPages(pdf)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # always there, so that fitting the width does not make it appear and the fit change
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.fit_width = True  # until the user picks a zoom of their own
        self.scroll.viewport().installEventFilter(self)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("preview.zoom")
        self.pages.zoom_changed.connect(self._show_zoom)

        bar = QToolBar()
        self.print_action = bar.addAction(self.tr("Print…"), print_pages)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        bar.addSeparator()
        self.fit_action = bar.addAction(self.tr("Fit width"), self.zoom_to_fit)
        self.actual_action = bar.addAction(self.tr("Actual size"), lambda: self.set_zoom(1.0))
        self.out_action = bar.addAction(self.tr("Zoom out"), lambda: self.step(-1))
        self.out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.in_action = bar.addAction(self.tr("Zoom in"), lambda: self.step(1))
        self.in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        bar.addWidget(self.zoom_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll)
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(1000, screen.width() - 40), screen.height() - 80)
        self._show_zoom(self.pages.zoom)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f" {round(zoom * 100)} % ")

    def set_zoom(self, zoom: float) -> None:
        self.fit_width = False
        self.pages.set_zoom(zoom)

    def step(self, direction: int) -> None:
        current = self.pages.zoom
        if direction > 0:
            self.set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0]))

    def zoom_to_fit(self) -> None:
        """The widest page across the visible width."""
        self.fit_width = True
        room = self.scroll.viewport().width() - 2 * PAGE_GAP
        widest = max((w for w, _ in self.pages.page_points), default=0)
        if not widest:
            return
        self.pages.set_zoom(room / (widest * self.pages.logicalDpiX() / 72))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view changed size: fit the width again (or keep the pages centred)."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            if self.fit_width:
                self.zoom_to_fit()
            else:
                self.pages.fit_into(self.scroll.viewport().width())
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self.pages.close_document()
        super().done(result)
