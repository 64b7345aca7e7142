"""A real app process that types into the project name (or, given ``remarks``, into the
first row's 备注 cell of a monitoring form's table, through the cell editor a user opens with
F2), one letter every 20 ms, and says so on stdout; the kill test ends it with SIGKILL at a
moment of its choosing."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.shell.app import make_application
from perfeval_gui.ui.shell.main_window import MainWindow


def cell_editor(window: MainWindow, field: str):  # type: ignore[no-untyped-def]
    """The editor of row 0's *field* cell, opened as a user does (F2)."""
    form = window.editor.indicators
    index = form.model.index(0, form.model.column_of(field))
    form.view.setCurrentIndex(index)
    form.view.setFocus()
    QTest.keyClick(form.view, Qt.Key.Key_F2)
    return form.view.indexWidget(index)


def main(db: str, where: str = "name") -> None:
    app = make_application([])
    store = ReportStore(db)
    window = MainWindow(store)
    window.show()
    window.open_report(store.list()[0].id)
    if where == "name":
        field = window.editor.cover.fields["project.name"]
        field.setFocus()
    else:
        field = cell_editor(window, where)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(field, "abcdefghijklmnopqrstuvwxyz"[typed % 26])
        typed += 1
        print(f"typed {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(20)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:])
