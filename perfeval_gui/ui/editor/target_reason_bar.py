"""调整原因: under the indicators table, for the current row whose target differs from the one
the project's declaration gave (core/cycle.py, changed_targets), the declared target and a box
for the reason of the change — typed like any cell (one undo step, saved within a second).
A reason read back from a printed 自评表 comes without its declared target (no form prints
it): the bar shows it too, so that what will be printed can be seen and changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.model import text
from .bound_widgets import BoundLineEdit
from .report_document import ReportDocument


class ReasonEdit(BoundLineEdit):
    """The reason of the row the bar follows; a row not there (yet) reads as empty."""

    def refresh(self) -> None:
        if self.doc.report.indicators and self.row() < len(self.doc.report.indicators):
            super().refresh()

    def row(self) -> int:
        return int(self.path[len("indicators["):self.path.index("]")])


class TargetReasonBar(QWidget):
    """Shown while the current row's target differs from the declared one; hidden otherwise."""

    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetReasonBar")
        self.doc = doc
        self.row, self.row_id = -1, ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        # bound to the current row's reason: typed, tidied and refused like any text field
        self.reason = ReasonEdit(doc, "indicators[0].target_reason")
        self.reason.setObjectName("targetReason")
        self.reason.setPlaceholderText(self.tr("Why the target was changed"))
        # the sentence above its box, both the table's width: beside it, a third of the width
        # broke the sentence inside a word ("调\n整原因") and left the reason a short box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        doc.changed.connect(lambda _change: self.show_row(self.row))  # undo, the target typed
        self.hide()

    def show_row(self, row: int) -> None:
        """Follow the table's current row."""
        indicators = self.doc.report.indicators
        indicator = indicators[row] if 0 <= row < len(indicators) else None
        # a read-back reason being emptied stays in view until the user leaves its row (the
        # same row, not another moved into its place)
        staying = indicator is not None and indicator.row_id == self.row_id and self.isVisible()
        self.row, self.row_id = row, indicator.row_id if indicator is not None else ""
        if indicator is not None and indicator.declared_target is None \
                and (text(indicator.target_reason).strip() or staying):
            self.label.setText(self.tr("Row %1: the reason its target was changed (the declared "
                                       "target is not known here):").replace("%1", str(row + 1)))
        elif indicator is None or indicator.declared_target is None \
                or text(indicator.target).strip() == indicator.declared_target.strip():
            self.hide()
            return
        else:
            self.label.setText(self.tr("Row %1: the target %2 differs from the declared %3. Reason:")
                               .replace("%1", str(row + 1)).replace("%2", text(indicator.target).strip())
                               .replace("%3", indicator.declared_target.strip() or self.tr("(empty)")))
        path = f"indicators[{row}].target_reason"
        if self.reason.path != path:
            self.doc.end_typing()  # another row's reason: another undo step
            self.reason.path = path
        self.reason.refresh()  # sets the text only where it differs: the cursor stays
        self.reason.setReadOnly(self.doc.read_only)
        self.show()
