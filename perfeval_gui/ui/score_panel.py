"""The scoring panel: 执行率, each first-level group, the totals and the grade, large and clear."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.figures import figure_text, percent_text
from ..core.finding import Finding
from ..core.fixes import Fix
from ..core.model import Report, text
from ..core.scoring import ScoreResult
from ..core.summary import nothing_scored
from .findings_view import FindingsView
from .guide import show_guide
from .headers import PADDING

# a first-level group's texts and, per indicator, its texts and whether its score differs
GroupRow = tuple[tuple[str, ...], list[tuple[tuple[str, ...], bool]]]

GRADE_STYLE = "font-size: 28px; font-weight: bold; color: #1d5fa8;"
NO_GRADE_STYLE = "font-size: 16px; font-weight: bold; color: #a61b1b;"
TO_FILL_STYLE = "font-size: 14px; color: #5b6b7f;"


def nothing_scored_yet(result: ScoreResult, report: Report) -> bool:
    """A new report: its '0 / 差' would say nothing but alarm (the list and the 汇总 say
    未评分 by the same rule)."""
    return nothing_scored(result, report)


class ScorePanel(QWidget):
    finding_clicked = Signal(str)  # the field path of the finding
    finding_chosen = Signal(object)  # the finding itself (a narrative's: its words are selected)
    fix_requested = Signal(object)  # a core.fixes.Fix the user asked for
    help_requested = Signal(str)  # a finding code whose guide entry the user asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
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
        figures = header.fontMetrics().horizontalAdvance("100.00")
        for column in (1, 2, 3):  # as wide as a figure or the header, whichever is wider: fixed
            label = str(self.groups.headerItem().text(column))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(figures, header.fontMetrics().horizontalAdvance(label))
                                 + PADDING)

        self.groups.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.groups.setMinimumHeight(120)

        self.findings = FindingsView()
        self.findings.setObjectName("findings")
        self.findings.finding_clicked.connect(self.finding_clicked)
        self.findings.finding_chosen.connect(self.finding_chosen)
        self.findings.fix_requested.connect(self.fix_requested)
        self.findings.help_requested.connect(self.help_requested)
        self.help_requested.connect(lambda code: show_guide(self, code))  # in the list and the editor

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

    def show_result(self, result: ScoreResult, report: Report,
                    findings: list[Finding] | None = None) -> None:
        self.report = report
        self.total_label.setText(figure_text(result.total))
        empty = nothing_scored_yet(result, report)
        if empty:
            self.total_label.setText("—")
            self.grade_label.setStyleSheet(TO_FILL_STYLE)
            self.grade_label.setText(self.what_to_fill_first(result, report))
        elif result.grade is None:  # a total out of 110 is given no grade: say why in its place
            self.grade_label.setStyleSheet(NO_GRADE_STYLE)
            self.grade_label.setText(self.tr("Weights add up to %1, not 100")
                                     .replace("%1", figure_text(result.all_weight)))
        else:
            self.grade_label.setStyleSheet(GRADE_STYLE)
            self.grade_label.setText(result.grade)
        if empty:
            self.rule_total_label.setText("—")
        elif result.rule_total is None:  # 规则得分：待判定 N 项 — never a figure counting them as 0
            self.rule_total_label.setText(self.tr("pending: %n row(s)", "", len(result.pending)))
        else:
            self.rule_total_label.setText(figure_text(result.rule_total))
        funds = result.funds
        rate = "—" if funds.rate is None else percent_text(funds.rate)
        if funds.rate is None:
            self.rate_label.setText(self.tr("— (weight %1)").replace("%1", figure_text(funds.weight)))
        else:
            self.rate_label.setText(
                self.tr("%1 → %2 of %3").replace("%1", rate)
                .replace("%2", figure_text(funds.score)).replace("%3", figure_text(funds.weight))
            )
        groups = []

        def scored(value: Decimal) -> str:  # nothing scored yet: no column of zeros
            return "—" if empty else figure_text(value)

        for group in result.groups:
            top = (group.level1, figure_text(group.weight),
                   "—" if empty else self._rule(group.rule_score), scored(group.score))
            children = []
            for index in group.indices:
                s = result.indicators[index]
                indicator = report.indicators[index]
                # no score typed and none by the rule yet: 待判定 as in the table, not a 0
                rule = "—" if empty else self._rule(None if s.pending else s.rule_score)
                score = "—" if empty else self._rule(None if s.awaiting and not s.entered else s.score)
                children.append(((text(indicator.name), figure_text(s.weight),
                                  rule, score),
                                 s.departs_unexplained))
            groups.append((top, children))
        self._show_groups(groups)
        if findings is not None:
            self.show_findings(findings)

    def _rule(self, score: Decimal | None) -> str:
        """A rule score, or 待判定 where a row awaits the user's judgement."""
        return self.tr("pending") if score is None else figure_text(score)

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

    def what_to_fill_first(self, result: ScoreResult, report: Report) -> str:
        if not report.indicators:
            return self.tr("Not scored yet. Fill in first: the funds (budget and executed) and "
                           "the performance indicators (target, actual, weight).")
        if result.funds.rate is None:
            return self.tr("Not scored yet. Fill in first: the total row's budget and executed "
                           "amounts (Funds and goal tab).")
        return self.tr("Not scored yet. Fill in first: the indicators' actual values.")

    def show_findings(self, findings: list[Finding], report: Report | None = None,
                      fixes: dict[int, Fix] | None = None) -> None:
        """The findings grouped by kind; *fixes* (by position in *findings*) get a button."""
        self.findings.show_findings(findings, report or self.report, fixes or {})

    def finding_lines(self) -> list[str]:
        """Each finding's line as shown (labels included), in the panel's order."""
        return self.findings.lines()
