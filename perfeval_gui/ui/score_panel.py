"""The scoring panel: 执行率, each first-level group, the totals and the grade, large and clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.checks import Finding
from ..core.figures import figure_text, percent_text
from ..core.scoring import ScoreResult


class ScorePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.grade_label = QLabel()
        self.grade_label.setObjectName("gradeLabel")
        self.grade_label.setStyleSheet("font-size: 28px; font-weight: bold; color: #1d5fa8;")
        self.rule_total_label = QLabel()
        self.rate_label = QLabel()

        totals = QGroupBox(self.tr("Scoring"))
        form = QFormLayout(totals)
        form.addRow(self.tr("Total (self-assessed):"), self.total_label)
        form.addRow(self.tr("Grade:"), self.grade_label)
        form.addRow(self.tr("Total by the rules:"), self.rule_total_label)
        form.addRow(self.tr("Budget execution rate:"), self.rate_label)

        self.groups = QTreeWidget()
        self.groups.setHeaderLabels(
            [self.tr("Indicator"), self.tr("Weight"), self.tr("By rule"), self.tr("Score")]
        )
        self.groups.setRootIsDecorated(True)
        self.groups.setColumnWidth(0, 190)

        self.findings = QTreeWidget()
        self.findings.setHeaderLabels([self.tr("Severity"), self.tr("Problem")])
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(totals)
        layout.addWidget(self.groups, 2)
        layout.addWidget(QLabel(self.tr("Problems found")))
        layout.addWidget(self.findings, 1)
        self.clear()

    def clear(self) -> None:
        for label in (self.total_label, self.grade_label, self.rule_total_label, self.rate_label):
            label.setText("—")
        self.groups.clear()
        self.findings.clear()

    def show_result(self, result: ScoreResult, names: list[str],
                    findings: list[Finding] | None = None) -> None:
        self.total_label.setText(figure_text(result.total))
        self.grade_label.setText(result.grade)
        self.rule_total_label.setText(figure_text(result.rule_total))
        funds = result.funds
        rate = "—" if funds.rate is None else percent_text(funds.rate)
        self.rate_label.setText(
            self.tr("%1 → %2 of %3").replace("%1", rate)
            .replace("%2", figure_text(funds.score)).replace("%3", figure_text(funds.weight))
        )
        self.groups.clear()
        for group in result.groups:
            top = QTreeWidgetItem([group.level1, figure_text(group.weight),
                                   figure_text(group.rule_score), figure_text(group.score)])
            for index in group.indices:
                s = result.indicators[index]
                child = QTreeWidgetItem([names[index], figure_text(s.weight),
                                         figure_text(s.rule_score), figure_text(s.score)])
                if s.entered and s.score != s.rule_score:
                    child.setForeground(3, Qt.GlobalColor.darkRed)
                top.addChild(child)
            self.groups.addTopLevelItem(top)
            top.setExpanded(True)
        self.findings.clear()
        labels = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note")}
        for finding in findings or []:
            item = QTreeWidgetItem([labels[finding.severity], finding.message.text("zh")])
            item.setData(0, Qt.ItemDataRole.UserRole, finding.where)
            self.findings.addTopLevelItem(item)
