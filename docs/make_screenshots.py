"""Screenshots of the window for the README, on a 1366×768 and a 1920×1080 screen: the reports
list, each tab of the demo report, a new report, a finding with its one-click fix, the guide.

    python docs/make_screenshots.py            (each size in a process of its own)
    python docs/make_screenshots.py 1366x768   (one size)

Each size runs on Qt's offscreen platform given a screen of that size, so the window opens as
a user's would (maximised on the laptop screen) whatever display this runs on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ["1366x768", "1920x1080"]
TABS = {0: "cover", 1: "funds", 2: "indicators", 3: "narrative", 4: "team"}


def shoot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(10):  # let the layout settle before the picture
        QApplication.processEvents()
    out = ROOT / "docs" / name
    widget.grab().save(str(out))
    print(out.relative_to(ROOT))


def one_size(size: str) -> None:
    from PySide6.QtCore import Qt

    from perfeval_gui.ui.base.guide import show_guide
    from perfeval_gui.ui.base.settings import AppSettings
    from perfeval_gui.ui.base.translations import install_translators
    from perfeval_gui.ui.base.window_geometry import show_fitted
    from perfeval_gui.ui.shell.app import make_application, open_store
    from perfeval_gui.ui.shell.main_window import MainWindow

    app = make_application([])
    keep = install_translators(app)
    store = open_store(str(Path(os.environ["PERFEVAL_GUI_HOME"]) / "shots.sqlite"))
    demo = store.list()[0].id
    window = MainWindow(store, settings=AppSettings())
    show_fitted(window, window.settings)
    shoot(window, f"reports-{size}.png")
    window.open_report(demo)
    editor = window.editor
    editor.show_findings()  # what the panel shows a moment after opening (the checks wait for a pause)
    for tab, label in TABS.items():
        editor.tabs.setCurrentIndex(tab)
        shoot(window, f"editor-{label}-{size}.png")

    # a finding with its fix: a bare target the actual beat, its group opened
    window.doc.set("indicators[1].target", "95%")
    window.doc.set("indicators[1].actual", "98%")
    window.doc.end_typing()
    editor.show_findings()
    editor.tabs.setCurrentWidget(editor.indicators)
    findings = editor.panel.findings
    item = next(i for i in findings.leaf_items() if i.data(0, Qt.ItemDataRole.UserRole + 1) == "bare_target")
    if item.parent() is not None:
        item.parent().setExpanded(True)
    findings.setCurrentItem(item)
    findings.scrollToItem(item)
    shoot(window, f"finding-fix-{size}.png")
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()

    guide = show_guide(window, "bare_target")
    shoot(guide, f"guide-{size}.png")
    guide.close()

    window.show_list()
    window.new_report()
    window.doc.set("project.name", "农村饮水安全维修养护")
    shoot(window, f"new-report-{size}.png")
    window.close()
    store.close()
    del keep


def main() -> None:
    if len(sys.argv) > 1:
        one_size(sys.argv[1])
        return
    for size in SIZES:
        width, height = (int(n) for n in size.split("x"))
        with tempfile.TemporaryDirectory() as home:
            screen = Path(home) / "screen.json"
            screen.write_text(json.dumps({"screens": [{
                "name": "shots", "x": 0, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            env = {**os.environ, "PERFEVAL_GUI_HOME": home,
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
            subprocess.run([sys.executable, __file__, size], env=env, check=True)


if __name__ == "__main__":
    main()
