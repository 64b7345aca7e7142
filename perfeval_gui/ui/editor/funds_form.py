"""项目资金 and 年度总体目标: the funds grid in 万元 with the live 执行率, and the two goal texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.figures import figure_text, percent_text
from ...core.form_columns import window_columns
from ...core.form_kinds import DECLARATION, MONITORING, SELF_EVALUATION
from ...core.model import BREAKDOWNS, FundRow
from ..panel.cycle_figures import execution_line
from .bound_widgets import BoundLineEdit, BoundTextEdit
from .combo_delegate import ComboDelegate
from .list_editor import ListEditor
from .record_table_model import RecordTableModel, period_month, window_table_columns
from .report_document import ReportDocument

BREAKDOWN_COLUMN = next(i for i, c in enumerate(window_columns(FundRow)) if c.field == "breakdown")


class BreakdownDelegate(ComboDelegate):
    """A part's breakdown: 按收入性质 / 按支出性质 offered, any other name typed; empty = none.
    Each breakdown's parts are held against the total on their own."""

    PICK_COMMITS = True  # picking a name (a click in the list, or Enter after one) is the edit

    def choices(self, index: Any) -> list[str]:
        return ["", *BREAKDOWNS]


class FundsForm(QWidget):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = RecordTableModel(doc, "funds.rows", window_table_columns(FundRow, doc), FundRow)
        self.rows = ListEditor(self.model, lambda: FundRow(label=self.tr("Of which: ")), empty=self.tr(
            "No funds yet: the first row is the year's total, the rows under it its parts."))
        self.breakdowns = BreakdownDelegate(self.rows.view)
        self.breakdowns.closeEditor.connect(lambda *_: doc.end_typing())
        if any(c.field == "breakdown" for c in self.model.columns):  # the 自评表's alone
            self.rows.view.setItemDelegateForColumn(BREAKDOWN_COLUMN, self.breakdowns)
        self.rows.view.setMinimumHeight(150)

        self.weight = BoundLineEdit(doc, "funds.weight", "points")
        self.score = BoundLineEdit(doc, "funds.score", "points")
        self.score.setPlaceholderText(self.tr("empty = rule score"))
        self.rate_label = QLabel()
        self.rate_label.setObjectName("fundsRate")
        self.rule_label = QLabel()
        self.rule_label.setObjectName("fundsRuleScore")
        figures = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Weight:"), self.weight)
        form.addRow(self.tr("Self-assessed score:"), self.score)
        read_only = QFormLayout()
        read_only.addRow(self.tr("Execution rate:"), self.rate_label)
        read_only.addRow(self.tr("Score by the rules:"), self.rule_label)
        self.scored = QWidget()  # the 自评表's points: no other form has them
        scored = QHBoxLayout(self.scored)
        scored.setContentsMargins(0, 0, 0, 0)
        scored.addLayout(form)
        scored.addLayout(read_only)
        figures.addWidget(self.scored)
        # a monitoring form: 执行率 to date against the time progress, no points
        self.progress_label = QLabel()
        self.progress_label.setObjectName("fundsProgress")
        self.progress_label.setWordWrap(True)
        figures.addWidget(self.progress_label, 1)
        figures.addStretch()

        funds_box = QGroupBox(self.tr("Project funds (10,000 yuan)"))
        funds_layout = QVBoxLayout(funds_box)
        funds_layout.addWidget(self.rows)
        funds_layout.addLayout(figures)

        goal_box = QGroupBox(self.tr("Overall annual goal"))
        goal = QGridLayout(goal_box)
        self.expected = BoundTextEdit(doc, "goal.expected")
        self.achieved = BoundTextEdit(doc, "goal.achieved")
        self.achieved_label = QLabel(self.tr("Actual completion"))
        goal.addWidget(QLabel(self.tr("Expected goal")), 0, 0)
        goal.addWidget(self.achieved_label, 0, 1)
        goal.addWidget(self.expected, 1, 0)
        goal.addWidget(self.achieved, 1, 1)
        form_kind = doc.report.form
        self.scored.setVisible(form_kind == SELF_EVALUATION)
        self.progress_label.setVisible(form_kind == MONITORING)
        # a declaration is made before the year: nothing is done yet
        self.achieved.setVisible(form_kind != DECLARATION)
        self.achieved_label.setVisible(form_kind != DECLARATION)

        layout = QVBoxLayout(self)
        layout.addWidget(funds_box, 3)
        layout.addWidget(goal_box, 2)
        self.fields = {"funds.weight": self.weight, "funds.score": self.score,
                       "goal.expected": self.expected, "goal.achieved": self.achieved}
        doc.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        if self.doc.report.form == MONITORING:
            self._show_progress()
            return
        if self.doc.report.form != SELF_EVALUATION:
            return
        funds = self.doc.result().funds
        self.rate_label.setText("—" if funds.rate is None else percent_text(funds.rate))
        # no rate, no rule score: a 0 would read as a score given
        self.rule_label.setText("—" if funds.rate is None else figure_text(funds.rule_score))

    def _show_progress(self) -> None:
        """执行率 to date against the time progress of the period, and the projected rate."""
        month = period_month(self.doc)
        self.achieved_label.setText(self.tr("Done in months 1–%1").replace("%1", str(month)))
        self.progress_label.setText(execution_line(self.doc.report, self.doc.profile()))
