"""The scoring panel: 执行率, each first-level group, the totals and the grade, large and clear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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

from ..core.figures import figure_text, percent_text
from ..core.model import Report, text
from ..core.scoring import ScoreResult
from .translations import message_language

GRADE_STYLE = "font-size: 28px; font-weight: bold; color: #1d5fa8;"
NO_GRADE_STYLE = "font-size: 16px; font-weight: bold; color: #a61b1b;"
if TYPE_CHECKING:
    from ..core.checks import Finding

FIGURE_PADDING = 18  # the item's margins and the gap to the next column, in pixels
# a first-level group's texts and, per indicator, its texts and whether its score differs
GroupRow = tuple[tuple[str, ...], list[tuple[tuple[str, ...], bool]]]


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
        # the figure columns fit "100.00" and their titles; sized to their contents, they
        # measured every item of the tree on each changed figure (4 ms per keystroke at 300)
        figures = self.groups.fontMetrics().horizontalAdvance("100.00")
        for column in (1, 2, 3):
            title = header.fontMetrics().horizontalAdvance(self.groups.headerItem().text(column))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(figures, title) + FIGURE_PADDING)

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
        self._shown: list[GroupRow] = []  # what the tree shows, to change only what differs
        self.clear()

    def clear(self) -> None:
        for label in (self.total_label, self.grade_label, self.rule_total_label, self.rate_label):
            label.setText("—")
        self.groups.clear()
        self._shown = []
        self.findings.clear()

    def _activated(self, item: QListWidgetItem) -> None:
        self.finding_clicked.emit(item.data(Qt.ItemDataRole.UserRole) or "")

    def show_result(self, result: ScoreResult, report: Report,
                    findings: list[Finding] | None = None) -> None:
        self.total_label.setText(figure_text(result.total))
        style = NO_GRADE_STYLE if result.grade is None else GRADE_STYLE
        if self.grade_label.styleSheet() != style:  # setting it re-polishes, even when the same
            self.grade_label.setStyleSheet(style)
        if result.grade is None:  # a total out of 110 is given no grade: say why in its place
            self.grade_label.setText(self.tr("Weights add up to %1, not 100")
                                     .replace("%1", figure_text(result.all_weight)))
        else:
            self.grade_label.setText(result.grade)
        self.rule_total_label.setText(figure_text(result.rule_total))
        funds = result.funds
        rate = "—" if funds.rate is None else percent_text(funds.rate)
        self.rate_label.setText(
            self.tr("%1 → %2 of %3").replace("%1", rate)
            .replace("%2", figure_text(funds.score)).replace("%3", figure_text(funds.weight))
        )
        groups = []
        for group in result.groups:
            top = (group.level1, figure_text(group.weight), figure_text(group.rule_score),
                   figure_text(group.score))
            children = []
            for index in group.indices:
                s = result.indicators[index]
                indicator = report.indicators[index]
                children.append(((text(indicator.name), figure_text(s.weight),
                                  figure_text(s.rule_score), figure_text(s.score)),
                                 s.departs_unexplained))
            groups.append((top, children))
        self._show_groups(groups)
        if findings is not None:
            self.show_findings(findings)

    def _show_groups(self, groups: list[GroupRow]) -> None:
        """Change only the items whose figures changed: a keystroke changes one indicator's,
        and rebuilding the tree each time re-laid and repainted all of it."""
        if [len(children) for _top, children in groups] != [len(c) for _t, c in self._shown]:
            self.groups.clear()
            for _top, children in groups:
                top = QTreeWidgetItem()
                top.addChildren([QTreeWidgetItem() for _ in children])
                self.groups.addTopLevelItem(top)
                top.setExpanded(True)
            blank = ("",) * 4
            self._shown = [(blank, [(blank, False)] * len(children)) for _top, children in groups]
        for g, ((top_texts, children), (shown_top, shown_children)) in enumerate(
                zip(groups, self._shown, strict=True)):
            top = self.groups.topLevelItem(g)
            self._set_texts(top, top_texts, shown_top)
            for c, ((texts, differs), (shown_texts, shown_differs)) in enumerate(
                    zip(children, shown_children, strict=True)):
                child = top.child(c)
                self._set_texts(child, texts, shown_texts)
                if differs != shown_differs:
                    child.setForeground(3, Qt.GlobalColor.darkRed if differs else QBrush())
                    child.setToolTip(3, self.tr("Differs from the rule score without a score note")
                                     if differs else "")
        self._shown = groups

    @staticmethod
    def _set_texts(item: QTreeWidgetItem, texts: tuple[str, ...], shown: tuple[str, ...]) -> None:
        for column, (new, old) in enumerate(zip(texts, shown, strict=True)):
            if new != old:
                item.setText(column, new)

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
