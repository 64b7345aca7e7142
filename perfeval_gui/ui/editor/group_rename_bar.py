"""Under the indicators table, after a merged 一级/二级指标 cell was given a new name: the whole
group was renamed (what the merged cell means, as on the paper), and this bar says so and
offers what a user who was on one row of it may have meant instead — only that row into the
group typed (core/regroup.py) — or to take the renaming back. Not modal: typing goes on; the
bar goes when anything else is done or undone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core import regroup
from ...core.model import text
from .report_document import ReportDocument


class GroupRenameBar(QFrame):
    moved = Signal(int)  # the row's new index, once only it went into the typed group

    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupRenameBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#groupRenameBar { background: #fff6dc; }")
        self.doc = doc
        self.row, self.field, self.name, self.index = -1, "", "", -1
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.only_row = QPushButton()
        self.only_row.setObjectName("onlyThisRow")
        self.only_row.clicked.connect(self.move_only_row)
        self.undo = QPushButton(self.tr("Undo the renaming"))
        self.undo.clicked.connect(self.take_back)
        self.keep = QPushButton(self.tr("Keep"))
        self.keep.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        for button in (self.only_row, self.undo, self.keep):
            layout.addWidget(button)
        # anything done or undone after the renaming: the offer no longer stands
        doc.undo_stack.indexChanged.connect(self._history_moved)  # a slot: gone with the bar
        self.hide()

    def _history_moved(self, index: int) -> None:
        if index != self.index:
            self.hide()

    def offer(self, rows: range, row: int, field: str, old: str, new: str) -> None:
        """The group *rows* was renamed from *old* to *new*; *row* is the one the user was on."""
        self.row, self.field, self.name = row, field, new
        self.index = self.doc.undo_stack.index()
        level = self.tr("first-level") if field == "level1" else self.tr("second-level")
        self.label.setText(
            self.tr("All %1 rows of the %2 group “%3” are now named “%4”.")
            .replace("%1", str(len(rows))).replace("%2", level).replace("%3", old)
            .replace("%4", new))
        name = text(self.doc.report.indicators[row].name).strip() or self.tr("row %1").replace(
            "%1", str(row + 1))
        self.only_row.setText(self.tr("Only “%1” into “%2”").replace("%1", name).replace("%2", new))
        self.show()

    def _still_offered(self) -> bool:
        return self.isVisible() and self.doc.undo_stack.index() == self.index

    def take_back(self) -> None:
        if self._still_offered():
            self.doc.undo_stack.undo()
        self.hide()

    def move_only_row(self) -> None:
        """The renaming taken back, then the row alone moved into the typed group: the two
        leave one undo step (the renaming is gone from the history)."""
        if not self._still_offered():
            self.hide()
            return
        row, field, name = self.row, self.field, self.name
        self.doc.undo_stack.undo()
        row_id = self.doc.report.indicators[row].row_id
        self.doc.run(regroup.move_into_group(self.doc.report, row, field, name),
                     self.tr("Move indicator into group"))
        self.hide()
        self.moved.emit(next(i for i, r in enumerate(self.doc.report.indicators) if r.row_id == row_id))
