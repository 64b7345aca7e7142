"""Draws the app icon (resources/icons/perfeval-gui.png, .ico and .svg-free PNG sizes).

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    # a sheet of paper with a table and a red seal: the printed, stamped 自评表
    sheet = QPainterPath()
    sheet.addRoundedRect(QRectF(36 * s, 20 * s, 184 * s, 216 * s), 14 * s, 14 * s)
    p.fillPath(sheet, QColor("#ffffff"))
    p.setPen(QPen(QColor("#1d5fa8"), 8 * s))
    p.drawPath(sheet)
    p.setPen(QPen(QColor("#1d5fa8"), 5 * s))
    for y in (70, 104, 138, 172):
        p.drawLine(int(58 * s), int(y * s), int(198 * s), int(y * s))
    p.drawLine(int(110 * s), int(70 * s), int(110 * s), int(200 * s))
    p.setPen(QPen(QColor("#c62828"), 9 * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(132 * s, 128 * s, 92 * s, 92 * s))
    font = QFont()
    font.setPixelSize(int(44 * s))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(132 * s, 128 * s, 92 * s, 92 * s), Qt.AlignmentFlag.AlignCenter, "✓")
    p.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        draw(size).save(str(OUT / f"perfeval-gui-{size}.png"))
    draw(256).save(str(OUT / "perfeval-gui.png"))
    if not draw(256).save(str(OUT / "perfeval-gui.ico")):
        print("this Qt cannot write .ico; the Windows build uses the PNG", file=sys.stderr)
    del app
    print(OUT)


if __name__ == "__main__":
    main()
