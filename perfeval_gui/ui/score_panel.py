"""The scoring panel: 执行率, each first-level group, the totals and the grade, large and clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.checks import Finding
from ..core.figures import figure_text, percent_text
from ..core.model import Report, text
from ..core.scoring import ScoreResult
from .translations import message_language

GRADE_STYLE = "font-size: 28px; font-weight: bold; color: #1d5fa8;"
NO_GRADE_STYLE = "font-size: 16px; font-weight: bold; color: #a61b1b;"


class ScorePanel(QWidget):
    finding_clicked = Signal(str)  # the field path of the finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.grade_label = QLabel()
        self.grade_label.setObjectName("gradeLabel")
        self.grade_label.setStyleSheet(GRADE_STYLE)
        self.grade_label.setWordWrap(True)
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
        self.groups.setObjectName("scoreGroups")
        header = self.groups.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.findings.setObjectName("findings")
        self.findings.setAlternatingRowColors(True)
        self.findings.itemActivated.connect(self._activated)
        self.findings.itemClicked.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(totals)
        layout.addWidget(self.groups, 2)
        layout.addWidget(QLabel(self.tr("Problems found")))
        layout.addWidget(self.findings, 3)
        self.clear()

    def clear(self) -> None:
        for label in (self.total_label, self.grade_label, self.rule_total_label, self.rate_label):
            label.setText("—")
        self.groups.clear()
        self.findings.clear()

    def _activated(self, item: QListWidgetItem) -> None:
        self.finding_clicked.emit(item.data(Qt.ItemDataRole.UserRole) or "")

    def show_result(self, result: ScoreResult, report: Report,
                    findings: list[Finding] | None = None) -> None:
        self.total_label.setText(figure_text(result.total))
        if result.grade is None:  # a total out of 110 is given no grade: say why in its place
            self.grade_label.setStyleSheet(NO_GRADE_STYLE)
            self.grade_label.setText(self.tr("Weights add up to %1, not 100")
                                     .replace("%1", figure_text(result.all_weight)))
        else:
            self.grade_label.setStyleSheet(GRADE_STYLE)
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
                indicator = report.indicators[index]
                child = QTreeWidgetItem([text(indicator.name), figure_text(s.weight),
                                         figure_text(s.rule_score), figure_text(s.score)])
                if s.departs_unexplained:
                    child.setForeground(3, Qt.GlobalColor.darkRed)
                    child.setToolTip(3, self.tr("Differs from the rule score without a score note"))
                top.addChild(child)
            self.groups.addTopLevelItem(top)
            top.setExpanded(True)
        if findings is not None:
            self.show_findings(findings)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.clear()
        labels = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note")}
        colours = {"error": QColor("#a61b1b"), "warning": QColor("#7a5200"),
                   "info": QColor("#4a4a4a")}
        for finding in findings:
            message = finding.message.text(message_language())
            item = QListWidgetItem(self.tr("%1: %2").replace("%1", labels[finding.severity])
                                   .replace("%2", message))
            item.setData(Qt.ItemDataRole.UserRole, finding.where)
            item.setForeground(colours[finding.severity])
            item.setToolTip(message)
            self.findings.addItem(item)
