"""Showing a report that another window edits: every field readable, nothing editable, and a
banner that says why, with 接管 (take over) once that window is gone."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from ...store.locks import Holder, Holds

POLL_MS = 1500  # how often the banner asks whether the holder is still there


def make_read_only(root: QWidget) -> None:
    """Text stays selectable and scrollable; nothing can be changed."""
    for edit in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit) \
            + root.findChildren(QTextEdit):
        edit.setReadOnly(True)
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QComboBox) \
            + root.findChildren(QAbstractSpinBox):
        widget.setEnabled(False)


class LockBanner(QFrame):
    take_over = Signal()

    def __init__(self, holds: Holds, report_id: int, holder: Holder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holds, self.report_id = holds, report_id
        self.setObjectName("lockBanner")
        self.setStyleSheet("#lockBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Take over"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.take_over)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.holder_text = self.tr("(process %1 on %2, since %3)").replace("%1", str(holder.pid)) \
            .replace("%2", holder.host).replace("%3", holder.started.replace("T", " "))
        self._show(gone=False)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _show(self, gone: bool) -> None:
        text = self.tr("This report is being edited in another window") + " " + self.holder_text
        if gone:
            text += " — " + self.tr("that window has closed: take over to edit here.")
        else:
            text += " — " + self.tr("shown read-only here.")
        self.label.setText(text)
        self.button.setEnabled(gone)

    def poll(self) -> None:
        try:
            gone = self.holds.report_holder(self.report_id) is None
        except Exception:  # a store that cannot be read now is asked again at the next poll
            return
        self._show(gone)
