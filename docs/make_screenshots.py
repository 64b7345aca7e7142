"""Screenshots of the main window with the seed report open, for the README.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py   (or under xvfb-run)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from perfeval_gui.ui.app import make_application, open_store  # noqa: E402
from perfeval_gui.ui.main_window import MainWindow  # noqa: E402
from perfeval_gui.ui.translations import install_translators  # noqa: E402

SIZES = [(1366, 768), (1920, 1080)]
TABS = {0: "cover", 1: "funds", 2: "indicators", 3: "narrative", 4: "team"}


def shoot(app: QApplication, window: MainWindow, name: str) -> None:
    for _ in range(5):  # let the layout settle before the picture
        app.processEvents()
    out = ROOT / "docs" / name
    window.grab().save(str(out))
    print(out.relative_to(ROOT))


def main() -> None:
    app = make_application([])
    keep = install_translators(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "shots.sqlite"))
        demo = store.list()[0].id
        for width, height in SIZES:
            window = MainWindow(store)
            window.resize(width, height)
            window.show()
            window.open_report(demo)
            assert window.editor is not None
            for tab, label in TABS.items():
                window.editor.tabs.setCurrentIndex(tab)
                shoot(app, window, f"editor-{label}-{width}x{height}.png")
            window.show_list()
            shoot(app, window, f"reports-{width}x{height}.png")
            window.close()
        store.close()
    del keep


if __name__ == "__main__":
    main()
