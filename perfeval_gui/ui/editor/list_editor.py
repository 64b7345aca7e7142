"""A table of records with add / remove / move buttons under it (fund rows, team)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.form_columns import TEXT
from ..base.empty_hint import EmptyHint
from ..base.headers import fit_headers, line_width
from .record_table_model import RecordTableModel, window_form_columns
from .row_actions import RowActions
from .walking_delegate import EDIT_TRIGGERS, WalkingDelegate

FIGURES_AT_LEAST = 88  # a column of figures: room for 12345.67 whatever its header


class ListEditor(QWidget):
    def __init__(self, model: RecordTableModel, new_record: Callable[[], Any],
                 parent: QWidget | None = None, empty: str = "") -> None:
        super().__init__(parent)
        self.model = model
        self.new_record = new_record
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setObjectName(model.list_path)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.view.setTabKeyNavigation(True)
        delegate = WalkingDelegate(self.view)
        delegate.closeEditor.connect(lambda *_: model.doc.end_typing())
        self.view.setItemDelegate(delegate)
        self.size_columns()
        fit_headers(self.view.horizontalHeader())
        model.modelReset.connect(self.size_columns)  # another form or period: other headers

        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.status = QLabel()
        self.status.setObjectName(f"{model.list_path}.problem")
        self.status.setStyleSheet("color: #a61b1b;")
        model.rejected.connect(lambda _path, why: self.status.setText(why))
        model.dataChanged.connect(lambda *_: self.status.clear())
        self.empty_hint = EmptyHint(model, empty or self.tr("No rows yet."), self.tr("Add the first row"),
                                    self.add_button.click, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.rows = RowActions(self.view, model.doc, model.list_path, refused=self.status.setText)
        # a new row goes last, wherever the cursor was: members and fund rows stay in the order
        # they were added (and are printed in); Move up / down place them elsewhere
        self.add_button.clicked.connect(lambda: self.rows.add(self.new_record(), at=self.model.rowCount()))
        self.remove_button.clicked.connect(lambda: self.rows.remove())
        self.up_button.clicked.connect(lambda: self.rows.move(-1))
        self.down_button.clicked.connect(lambda: self.rows.move(1))

    def size_columns(self) -> None:
        """Columns as wide as their description says (width_px), a column of figures at least
        as wide as its header on one line (年初预算数, 1–7月执行数: equal shares wrapped them at
        1366 px), and the columns of words sharing the room left."""
        header = self.view.horizontalHeader()
        record = self.model.record
        described = window_form_columns(record, self.model.doc) if record is not None else ()
        if len(described) != self.model.columnCount():  # a table of no form's description
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        words = {k for k, c in enumerate(described) if c.kind == TEXT and c.width_px is None}
        for column, c in enumerate(described):
            if column in words or (not words and column == len(described) - 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self.model.headerData(column, header.orientation()) or "")
            header.resizeSection(column, c.width_px or max(FIGURES_AT_LEAST, line_width(header, title)))
