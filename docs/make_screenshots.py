"""Screenshots of the main window with the seed report, for the README.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py   (or under xvfb-run)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfeval_gui.ui.app import make_application, open_store  # noqa: E402
from perfeval_gui.ui.main_window import MainWindow  # noqa: E402
from perfeval_gui.ui.translations import install_translators  # noqa: E402

SIZES = [(1366, 768), (1920, 1080)]


def main() -> None:
    app = make_application([])
    keep = install_translators(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "shots.sqlite"))
        for width, height in SIZES:
            window = MainWindow(store)
            window.resize(width, height)
            window.show()
            for _ in range(5):
                app.processEvents()
            out = ROOT / "docs" / f"main-window-{width}x{height}.png"
            window.grab().save(str(out))
            print(out)
            window.close()
        store.close()
    del keep


if __name__ == "__main__":
    main()
