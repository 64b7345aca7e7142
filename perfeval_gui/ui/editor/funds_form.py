"""项目资金 and 年度总体目标: the funds grid in 万元 with the live 执行率, and the two goal texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.figures import figure_text, percent_text
from ...core.form_columns import window_columns
from ...core.model import BREAKDOWNS, FundRow
from .bound_widgets import BoundLineEdit, BoundTextEdit
from .combo_delegate import ComboDelegate
from .list_editor import ListEditor
from .record_table_model import RecordTableModel, window_table_columns
from .report_document import ReportDocument

BREAKDOWN_COLUMN = next(i for i, c in enumerate(window_columns(FundRow)) if c.field == "breakdown")


class BreakdownDelegate(ComboDelegate):
    """A part's breakdown: 按收入性质 / 按支出性质 offered, any other name typed; empty = none.
    Each breakdown's parts are held against the total on their own."""

    def choices(self, index: Any) -> list[str]:
        return ["", *BREAKDOWNS]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # picking a name (a click in the list, or Enter after typing one) is the whole edit
        combo.activated.connect(lambda _index, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)


class FundsForm(QWidget):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = RecordTableModel(doc, "funds.rows", window_table_columns(FundRow))
        self.rows = ListEditor(self.model, lambda: FundRow(label=self.tr("Of which: ")), empty=self.tr(
            "No funds yet: the first row is the year's total, the rows under it its parts."))
        self.breakdowns = BreakdownDelegate(self.rows.view)
        self.breakdowns.closeEditor.connect(lambda *_: doc.end_typing())
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
        figures.addLayout(form)
        figures.addLayout(read_only)
        figures.addStretch()

        funds_box = QGroupBox(self.tr("Project funds (10,000 yuan)"))
        funds_layout = QVBoxLayout(funds_box)
        funds_layout.addWidget(self.rows)
        funds_layout.addLayout(figures)

        goal_box = QGroupBox(self.tr("Overall annual goal"))
        goal = QGridLayout(goal_box)
        self.expected = BoundTextEdit(doc, "goal.expected")
        self.achieved = BoundTextEdit(doc, "goal.achieved")
        goal.addWidget(QLabel(self.tr("Expected goal")), 0, 0)
        goal.addWidget(QLabel(self.tr("Actual completion")), 0, 1)
        goal.addWidget(self.expected, 1, 0)
        goal.addWidget(self.achieved, 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(funds_box, 3)
        layout.addWidget(goal_box, 2)
        self.fields = {"funds.weight": self.weight, "funds.score": self.score,
                       "goal.expected": self.expected, "goal.achieved": self.achieved}
        doc.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        funds = self.doc.result().funds
        self.rate_label.setText("—" if funds.rate is None else percent_text(funds.rate))
        # no rate, no rule score: a 0 would read as a score given
        self.rule_label.setText("—" if funds.rate is None else figure_text(funds.rule_score))
