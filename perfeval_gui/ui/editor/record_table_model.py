"""A Qt table model over one list of the report (fund rows, indicators, team members).

Each row is a record, each column a named field; edits become undoable commands on the
open report, and changes from the model (undo, another view) come back as dataChanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...core import changes, form_columns, monitoring, paths
from ...core.changes import Change
from ...core.form_kinds import SELF_EVALUATION
from ...core.inputs import PARSERS
from ...core.messages import UserError
from ..base.translations import message_language, window_language
from .report_document import ReportDocument

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "text"  # text, amount, points
    editable: bool = True


# how the window types each kind of form column (a value is typed as text, parsed for its hint)
_TYPED_AS = {form_columns.TEXT: "text", form_columns.VALUE: "text", form_columns.POINTS: "points",
             form_columns.AMOUNT: "amount", form_columns.FLAG: "text",
             form_columns.CAUSES: "causes", form_columns.CHOICE: "choice"}


def window_table_columns(record: type, doc: ReportDocument | None = None) -> list[Column]:
    """The window's columns of a form table, from its one description (core/form_columns):
    the open report's form, as its profile's monitoring rules and its period month have it."""
    language = window_language()
    return [Column(c.field, c.window_header(language), _TYPED_AS[c.kind],
                   editable=c.kind != form_columns.FLAG)
            for c in window_form_columns(record, doc)]


def window_form_columns(record: type,
                        doc: ReportDocument | None = None) -> tuple[form_columns.FormColumn, ...]:
    """The described columns the window shows of *doc*'s form (the 自评表's without a doc)."""
    if doc is None or doc.report.form == SELF_EVALUATION:
        return form_columns.window_columns(record)
    shown = {c.field for c in form_columns.window_columns(record, doc.report.form)}
    return tuple(c for c in monitoring.report_table(record, doc.report, doc.profile()) if c.field in shown)


def period_month(doc: ReportDocument) -> int:
    """The last month of a monitoring form's period (7 of 1–7月)."""
    return monitoring.period_last_day(doc.report, doc.profile()).month


class RecordTableModel(QAbstractTableModel):
    rejected = Signal(str, str)  # the field path and why the typed value was refused

    def __init__(self, doc: ReportDocument, list_path: str, columns: list[Column],
                 record: type | None = None) -> None:
        super().__init__(doc)
        self.doc = doc
        self.list_path = list_path
        self.columns = columns
        # the record whose form table the columns are: they follow the report's period and
        # profile (1–7月执行情况; the 偏差原因 per row or once per form)
        self.record = record
        self._steps = paths.parse_path(list_path)  # walked on every data() call: parsed once
        doc.changed.connect(self._changed)

    # ------------------------------------------------------------------------ shape

    def records(self) -> list[Any]:
        node: Any = self.doc.report
        for step in self._steps:
            node = node[step] if isinstance(step, int) else getattr(node, step)
        return node

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def path(self, row: int, column: int) -> str:
        return f"{self.list_path}[{row}].{self.columns[column].field}"

    def column_of(self, field: str, default: int | None = None) -> int:
        """The column showing *field*; *default* where this form's table has none (else an error)."""
        found = next((i for i, c in enumerate(self.columns) if c.field == field), default)
        if found is None:
            raise KeyError(field)
        return found

    # ------------------------------------------------------------------------ data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        records = self.records()  # painting asks ~16 roles of every visible cell: walked once
        row = index.row()
        if not index.isValid() or not 0 <= row < len(records):
            return None
        column = self.columns[index.column()]
        value = getattr(records[row], column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return PARSERS[column.kind][1](value)
        if role == PATH_ROLE:
            return self.path(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell_name(self, index: Index) -> str:
        """A cell named as the user sees it: its column and row, not its path."""
        return QCoreApplication.translate("RecordTableModel", "%1, row %2").replace(
            "%1", self.columns[index.column()].title).replace("%2", str(index.row() + 1))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        path = self.path(index.row(), index.column())
        try:
            parsed = PARSERS[column.kind][0](str(value), path)
        except UserError as exc:
            self.rejected.emit(path, f"{self.cell_name(index)}: {exc.message.text(message_language())}")
            return False
        if paths.get(self.doc.report, path) is None and parsed == "":
            return True  # an untouched null stays null
        self.doc.set(path, parsed)  # typing in one cell merges into one undo step
        return True

    # ------------------------------------------------------------------------ model changes

    def _field_changed(self, path: str) -> None:
        prefix = f"{self.list_path}["
        if not path.startswith(prefix):
            return
        close = path.index("]", len(prefix))
        row = int(path[len(prefix):close])
        if row >= self.rowCount():
            return
        field = path[close + 2:] if path.startswith("].", close) else ""
        columns = [i for i, c in enumerate(self.columns) if c.field == field]
        if len(columns) == 1 and "." not in field:  # one cell changed: repaint and re-measure it alone
            self.dataChanged.emit(self.index(row, columns[0]), self.index(row, columns[0]))
        else:  # a whole record, or a field no column shows as such
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _recolumn(self) -> None:
        """The period or the profile changed: the headers name the new month; where the
        profile's rules give the form other columns, the table is laid out again."""
        assert self.record is not None
        columns = window_table_columns(self.record, self.doc)
        if [c.field for c in columns] == [c.field for c in self.columns]:
            if columns != self.columns:
                self.columns = columns
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            return
        self.beginResetModel()
        self.columns = columns
        self.columns_changed()
        self.endResetModel()

    def columns_changed(self) -> None:
        """The columns are others (subclasses find theirs again)."""

    def _changed(self, change: Change) -> None:
        """An edit's Change, in this table: its rows again where the list was restructured,
        else each cell (or row) it touched, found by the row's id."""
        if self.record is not None and ({"period_end", "profile"} & set(change.fields)):
            self._recolumn()
        if self.list_path in change.restructured():
            self.beginResetModel()
            self.endResetModel()
            return
        for path in change.fields:
            ref = changes.parse_row_path(path)
            if ref is not None and ref[0] == self.list_path:
                where = changes.index_path(self.doc.report, path)
                if where is not None:
                    self._field_changed(where)
