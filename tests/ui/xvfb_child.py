"""Run under a real X server (tests/ui/test_on_a_real_x_screen.py): start the window as the
app does and print what the user would see of it, as JSON."""

from __future__ import annotations

import json
import sys
import tempfile

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.base.window_geometry import show_fitted
from perfeval_gui.ui.shell.app import make_application, open_store
from perfeval_gui.ui.shell.main_window import MainWindow


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    app = make_application([])
    keep = install_translators(app, "zh_CN")
    store = open_store(tempfile.mkdtemp() + "/x.sqlite")
    window = MainWindow(store, settings=AppSettings())
    show_fitted(window, window.settings)
    window.open_demo()
    for _ in range(20):
        QApplication.processEvents()
    bar = window.statusBar()
    dialog = QFileDialog(window, "导入报告")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    QApplication.processEvents()
    print(json.dumps({
        "platform": app.platformName(),
        "screen": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "status_bar": rect(bar.geometry().translated(bar.mapToGlobal(QPoint(0, 0)) - bar.pos())),
        "status_visible": bar.isVisible(),
        "file_dialog": [label.text() for label in dialog.findChildren(QLabel) if label.text()],
    }, ensure_ascii=False))
    dialog.close()
    window.close()
    store.close()
    del keep
    sys.exit(0)


if __name__ == "__main__":
    main()
