"""A second app process with a real window on the same store: it opens a report, says whether
it got it for editing (``ready editable`` / ``ready read-only``), then follows commands from
stdin: ``set PATH TEXT`` (an edit, saved as leaving the field saves it) and ``quit``."""

from __future__ import annotations

import os
import queue
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.shell.app import make_application
from perfeval_gui.ui.shell.main_window import MainWindow


def main(db: str, report_id: int) -> None:
    app = make_application([])
    store = ReportStore(db)
    window = MainWindow(store)
    window.show()
    window.open_report(report_id)
    commands: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [commands.put(line) for line in sys.stdin], daemon=True).start()

    def follow() -> None:
        while not commands.empty():
            verb, _, rest = commands.get().strip().partition(" ")
            if verb == "set":
                path, _, text = rest.partition(" ")
                window.doc.set(path, text)
                window.doc.end_typing()
                print("saved" if not window.saver.dirty else "not saved", flush=True)
            elif verb == "quit":
                window.close()
                app.quit()

    timer = QTimer()
    timer.timeout.connect(follow)
    timer.start(20)
    print("ready " + ("read-only" if window.doc.read_only else "editable"), flush=True)
    app.exec()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
