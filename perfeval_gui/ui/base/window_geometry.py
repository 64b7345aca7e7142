"""The window's size: fitted to the screen it opens on, as the user left it after that.

A 1366×768 laptop (the common county-office PC) gets the window maximised: a fixed size there
cut the status bar off, where exports confirm themselves. A larger screen gets most of it,
centred. After the first session the window comes back where and as large as it was left.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from .settings import AppSettings

SMALL_SCREEN = (1600, 900)  # below either, the window opens maximised
LARGEST = (1600, 1000)  # a roomy window on a big screen, not a wall of empty space
SHARE = 0.9  # of the screen's free area, at most


def screen_area(window: QMainWindow) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_rect(area: QRect) -> QRect:
    """A window's first rectangle on a screen whose free area is *area*: centred, within it."""
    width = min(LARGEST[0], int(area.width() * SHARE))
    height = min(LARGEST[1], int(area.height() * SHARE))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def show_fitted(window: QMainWindow, settings: AppSettings) -> None:
    """Show the window as it was left, else fitted to its screen (maximised on a small one)."""
    saved = settings.get("window/geometry")
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        if settings.get("window/maximized") == "yes":
            window.showMaximized()
        else:
            window.show()  # the frame's size is known once shown
            _keep_inside(window)
        return
    area = screen_area(window)
    window.setGeometry(fitted_rect(area))
    if area.width() < SMALL_SCREEN[0] or area.height() < SMALL_SCREEN[1]:
        window.showMaximized()
    else:
        window.show()


def _keep_inside(window: QMainWindow) -> None:
    """A window left on a bigger screen (or a second one since unplugged) is brought back whole."""
    area = screen_area(window)
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    extra_w = frame.width() - window.width()  # the title bar and borders
    extra_h = frame.height() - window.height()
    window.resize(min(frame.width(), area.width()) - extra_w, min(frame.height(), area.height()) - extra_h)
    frame = window.frameGeometry()
    left = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    top = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    window.move(left, top)


def remember(window: QMainWindow, settings: AppSettings) -> None:
    """Keep the window's size, place and state for the next start."""
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    settings.set_all({"window/geometry": geometry,
                      "window/maximized": "yes" if window.isMaximized() else "no"})
