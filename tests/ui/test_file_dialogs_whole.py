"""Qt's own file dialog, as the window opens it where the desktop offers none: whole columns,
and dates written 2026-12-06 whatever the system's locale."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QStyleOptionViewItem, QTreeView


def test_the_file_dialog_shows_iso_dates_and_whole_columns(qtbot, window, tmp_path):
    (tmp_path / "2024年度自评报告.json").write_text("{}", encoding="utf-8")
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        view = next(v for v in dialog.findChildren(QTreeView) if v.model() is not None)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0, timeout=5000)
        QApplication.processEvents()
        row = next(r for r in range(view.model().rowCount(view.rootIndex()))
                   if view.model().index(r, 0, view.rootIndex()).data().endswith(".json"))
        index = view.model().index(row, 3, view.rootIndex())
        option = QStyleOptionViewItem()
        (view.itemDelegateForColumn(3) or view.itemDelegate()).initStyleOption(option, index)  # as painted
        header = view.header()
        seen.update(date=option.text, fitted=dialog.property("fitted"),
                    name_shown=header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(
                        view.model().index(row, 0, view.rootIndex()).data()),
                    date_shown=header.sectionSize(3) >= view.fontMetrics().horizontalAdvance(option.text))
        dialog.reject()

    # fitted from a tenth of a second after the window shows (not a cost of the start)
    qtbot.waitUntil(lambda: QApplication.instance().property("fitsFileDialogs") is True, timeout=5000)
    QTimer.singleShot(300, look)
    QFileDialog.getOpenFileName(window, "导入报告", str(tmp_path), "Report (*.json)",
                                options=QFileDialog.Option.DontUseNativeDialog)
    assert seen.get("fitted") is True
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", str(seen["date"]))
    assert seen["name_shown"] and seen["date_shown"]
