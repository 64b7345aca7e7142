"""判定: under the indicators table, for the current row whose qualitative actual names no
grade, the three grades as buttons — one click stores the user's judgement (one undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.model import JUDGEMENTS, text
from .report_document import ReportDocument

# the grades as the paper names them: data (the profile's band names), shown as they are
JUDGEMENT_NAMES = JUDGEMENTS


class JudgementBar(QWidget):
    """Shown while the current row awaits judgement or carries one; hidden otherwise."""

    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgementBar")
        self.doc = doc
        self.row = -1
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for grade in JUDGEMENT_NAMES:
            button = QPushButton(grade)
            button.setCheckable(True)
            button.setObjectName(f"judge-{JUDGEMENTS.index(grade)}")
            button.clicked.connect(lambda _=False, g=grade: self.judge(g))
            layout.addWidget(button)
            self.buttons[grade] = button
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.judge(None))
        layout.addWidget(self.clear_button)
        doc.changed.connect(lambda _change: self.show_row(self.row))
        self.hide()

    def show_row(self, row: int) -> None:
        """Follow the table's current row."""
        self.row = row
        scores = self.doc.result().indicators
        s = scores[row] if 0 <= row < len(scores) else None
        if s is None or not (s.awaiting or s.judged):
            self.hide()
            return
        indicator = self.doc.report.indicators[row]
        said = text(indicator.actual).strip()
        if s.awaiting:
            self.label.setText(self.tr("Row %1: the actual \u201c%2\u201d does not say whether the "
                                       "target was achieved. Judge it:")
                               .replace("%1", str(row + 1)).replace("%2", said))
        else:
            self.label.setText(self.tr("Row %1: judged (the rule score follows the judgement):")
                               .replace("%1", str(row + 1)))
        for grade, button in self.buttons.items():
            button.setChecked(indicator.judgement == grade)
        self.clear_button.setEnabled(indicator.judgement is not None)
        self.setEnabled(not self.doc.read_only)
        self.show()

    def judge(self, grade: str | None) -> None:
        if not 0 <= self.row < len(self.doc.report.indicators):
            return
        self.doc.end_typing()
        self.doc.set(f"indicators[{self.row}].judgement", grade)
        self.doc.end_typing()  # one click, one undo step, saved now
        self.show_row(self.row)
