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

from ...core.figures import figure_text, percent_text
from ...core.finding import Finding
from ...core.fixes import Fix
from ...core.form_kinds import MONITORING, SELF_EVALUATION
from ...core.model import Report, text
from ...core.profiles import Profile
from ...core.scoring import ScoreResult
from ...core.summary import nothing_scored
from ..base.guide import show_guide
from ..base.headers import PADDING
from .cycle_figures import MonitoringFigures
from .findings_view import FindingsView

# a first-level group's texts and, per indicator, its texts and whether its score differs
BLANK = ("",) * 4  # an item not yet given its texts

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

        totals = self.totals = QGroupBox(self.tr("Scoring"))
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

        self.monitoring = MonitoringFigures()  # a monitoring form's figures, in the totals' place
        self.monitoring.hide()
        self.form = SELF_EVALUATION

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(totals)
        layout.addWidget(self.monitoring)
        layout.addWidget(self.groups, 2)
        layout.addWidget(QLabel(self.tr("Problems found")))
        layout.addWidget(self.findings, 3)
        # what the tree shows, to change only what differs
        self._shown_result: ScoreResult | None = None
        self._shown_report: Report | None = None
        self._shown_empty = False
        self._structure: list[tuple[str, list[int]]] = []  # each group's name and rows
        self._where: dict[int, tuple[int, int]] = {}  # indicator index -> (group, child) item
        self._tops: list[tuple[str, ...]] = []
        self._children: dict[int, tuple[tuple[str, ...], bool]] = {}  # index -> texts, marked
        self.clear()

    def set_form(self, form: str) -> None:
        """The year's other forms have no points: a declaration shows its findings alone, a
        monitoring form its execution against time and its findings."""
        self.form = form
        self.totals.setVisible(form == SELF_EVALUATION)
        self.groups.setVisible(form == SELF_EVALUATION)
        self.monitoring.setVisible(form == MONITORING)

    def show_monitoring(self, report: Report, profile: Profile) -> None:
        self.report = report
        self.monitoring.show_report(report, profile)

    def clear(self) -> None:
        for label in (self.total_label, self.grade_label, self.rule_total_label, self.rate_label):
            label.setText("—")
        self.groups.clear()
        self._shown_result = self._shown_report = None
        self.findings.clear()

    def show_result(self, result: ScoreResult, report: Report,
                    findings: list[Finding] | None = None) -> None:
        self.report = report
        empty = nothing_scored_yet(result, report)
        if empty:
            self.total_label.setText("—")
            self.grade_label.setStyleSheet(TO_FILL_STYLE)
            self.grade_label.setText(self.what_to_fill_first(result, report))
        elif result.total is None:  # rows awaiting judgement with no score typed: never a 0
            self.total_label.setText(self.tr("pending: %n row(s)", "", len(result.unscored)))
            self.grade_label.setStyleSheet(TO_FILL_STYLE)
            self.grade_label.setText(self.tr("Judge the qualitative rows marked pending "
                                             "(or type their scores) for a total and a grade"))
        elif result.grade is None:  # a total out of 110 is given no grade: say why in its place
            self.grade_label.setStyleSheet(NO_GRADE_STYLE)
            self.grade_label.setText(self.tr("Weights add up to %1, not 100")
                                     .replace("%1", figure_text(result.all_weight)))
        else:
            self.grade_label.setStyleSheet(GRADE_STYLE)
            self.grade_label.setText(result.grade)
        if not empty and result.total is not None:
            self.total_label.setText(figure_text(result.total))
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
        self._show_groups(result, report, empty)
        if findings is not None:
            self.show_findings(findings)

    def _rule(self, score: Decimal | None) -> str:
        """A score, or 待判定 where a row awaits the user's judgement."""
        return self.tr("pending") if score is None else figure_text(score)

    def _show_groups(self, result: ScoreResult, report: Report, empty: bool = False) -> None:
        """Change only the items whose figures changed. The document scores again only the rows
        an edit touched and keeps the other rows' score objects, so a keystroke touches its
        row's item, the group lines and nothing else of the 700 items a report may have
        (rebuilding the tree, or formatting every row, cost a frame at that scale). Nothing
        scored yet (*empty*): — for every figure but the weights, not columns of 0."""
        structure = [(g.level1, g.indices) for g in result.groups]
        shown = self._shown_result
        if (shown is None or report is not self._shown_report or structure != self._structure
                or len(shown.indicators) != len(result.indicators) or empty != self._shown_empty):
            self.groups.clear()
            for group in result.groups:
                top = QTreeWidgetItem()
                top.addChildren([QTreeWidgetItem() for _ in group.indices])
                self.groups.addTopLevelItem(top)
                top.setExpanded(True)
            self._structure = structure
            self._where = {index: (g, c) for g, group in enumerate(result.groups)
                           for c, index in enumerate(group.indices)}
            self._tops = [BLANK] * len(result.groups)
            self._children = {}
            rows: list[int] = list(self._where)
        else:
            rows = [i for i, (new, old) in enumerate(zip(result.indicators, shown.indicators, strict=True))
                    if new is not old]
        for g, group in enumerate(result.groups):
            top = (group.level1, figure_text(group.weight),
                   "—" if empty else self._rule(group.rule_score),
                   "—" if empty else self._rule(group.score))
            self._set_texts(self.groups.topLevelItem(g), top, self._tops[g])
            self._tops[g] = top
        for index in rows:
            where = self._where.get(index)
            if where is None:
                continue  # a template row: in no group
            s = result.indicators[index]
            # no score typed and none by the rule yet: 待判定 as in the table, not a 0
            texts = (text(report.indicators[index].name), figure_text(s.weight),
                     "—" if empty else self._rule(None if s.pending else s.rule_score),
                     "—" if empty else self._rule(None if s.unscored else s.score))
            differs = s.departs_unexplained
            shown_texts, shown_differs = self._children.get(index, (BLANK, False))
            child = self.groups.topLevelItem(where[0]).child(where[1])
            self._set_texts(child, texts, shown_texts)
            if differs != shown_differs:
                child.setForeground(3, Qt.GlobalColor.darkRed if differs else QBrush())
                child.setToolTip(3, self.tr("Differs from the rule score without a score note")
                                 if differs else "")
            self._children[index] = (texts, differs)
        self._shown_result, self._shown_report, self._shown_empty = result, report, empty

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
            row = report.funds.total_row
            if row is not None and (row.initial or row.adjusted) and row.executed is None:
                # the budget is there (carried from the monitoring form): asking for it again
                # sent the user looking for a figure already filled in
                return self.tr("Not scored yet. Fill in first: the total row's executed amount "
                               "(Funds and goal tab).")
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
