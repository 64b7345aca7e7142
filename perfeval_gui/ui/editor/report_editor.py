"""The report editor: the paper's sections as tabs, in the paper's order, beside the live
scoring panel; a finding clicked in the panel selects its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...core import monitoring, paths
from ...core.changes import Change
from ...core.finding import Finding
from ...core.fixes import Fix, fix_for
from ...core.form_kinds import DECLARATION, FORM_KINDS, MONITORING, SELF_EVALUATION
from ...core.indicator_library import IndicatorLibrary
from ...core.quotes import quoted_span
from ..base import long_lived
from ..base.translations import message_language
from ..panel.findings_view import CODE_ROLE, FIX_ROLE, INDEX_ROLE
from ..panel.score_panel import ScorePanel
from .cover_form import CoverForm
from .fix_actions import apply_fix
from .funds_form import FundsForm
from .indicators_form import IndicatorsForm
from .narrative_form import NarrativeForm
from .read_only import make_read_only
from .report_document import ReportDocument
from .team_form import TeamForm

FORMS = ("cover", "funds", "indicators", "narrative", "team")  # the tabs, in the paper's order

# the pages of the parts a form has not: the year's other forms have no narrative and no
# evaluation team (annual-cycle.md; the form's description says which)
HIDDEN_ON = {form: tuple(page for page, has in (("narrative", kind.has_narrative), ("team", kind.has_team))
                         if not has) for form, kind in FORM_KINDS.items()}

# F1 on the year's other forms: each page has its part of the guide (the cover of a
# declaration is its form's introduction); the panel beside a monitoring form shows the
# execution against time, explained with its funds
GUIDE_PARTS = {
    DECLARATION: {"cover": "declaration", "funds": "declaration_funds",
                  "indicators": "declaration_indicators", "panel": "declaration"},
    MONITORING: {"cover": "monitoring", "funds": "monitoring_funds",
                 "indicators": "monitoring_indicators", "panel": "monitoring_funds"},
}
# the 调整原因 under the table of a self-evaluation made from the year's forms
REASON_PART = "self_evaluation_from"

# the check catalogue runs after this pause in typing (never between a key press and its
# paint), so that the findings show within 300 ms of the last keystroke
CHECK_PAUSE_MS = 200


class ReportEditor(QSplitter):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None,
                 indicator_library: Callable[[], IndicatorLibrary] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        # what the 三级指标 column offers, made when the indicators tab is first built (its
        # shipped list, the user's files and the store's names are no part of opening a report)
        self.indicator_library = indicator_library
        self.tabs = QTabWidget()
        # a tab's form is built when the tab is first shown or asked for: opening a report
        # (every start) builds the one it shows, not five
        self._forms: dict[str, QWidget] = {}
        self._titles = {"cover": self.tr("Cover"), "funds": self.tr("Funds and goal"),
                        "indicators": self.tr("Performance indicators"),
                        "narrative": self.tr("Report text"), "team": self.tr("Evaluation team")}
        for name in FORMS:
            self.tabs.addTab(QWidget(), self._titles[name])
        self.tabs.currentChanged.connect(lambda index: self._form(FORMS[index]) if index >= 0 else None)
        self.panel = ScorePanel()
        self.panel.set_form(doc.report.form)
        for name in HIDDEN_ON.get(doc.report.form, ()):  # the pages a form has not
            self.tabs.setTabVisible(FORMS.index(name), False)
        self.profile_banner = QLabel()
        self.profile_banner.setObjectName("profileBanner")
        self.profile_banner.setWordWrap(True)
        self.profile_banner.setStyleSheet(
            "background: #fff1d6; color: #7a5200; padding: 6px; border: 1px solid #e0c080;")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.profile_banner)
        self.form_caption = QLabel()  # which of the year's forms this is (the 自评表 needs none)
        self.form_caption.setObjectName("formCaption")
        self.form_caption.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.form_caption.setVisible(doc.report.form != SELF_EVALUATION)
        column.addWidget(self.form_caption)
        self._show_caption()
        doc.changed.connect(lambda change: self._show_caption()
                            if {"year", "period_end", "profile"} & set(change.fields) else None)
        column.addWidget(self.tabs)
        self.addWidget(left)
        self.addWidget(self.panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        # the year's other forms: no points beside the table, which has more columns
        self.setSizes([980, 380] if doc.report.form == SELF_EVALUATION else [1040, 320])
        self.setChildrenCollapsible(False)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_PAUSE_MS)
        self.check_timer.timeout.connect(self.show_findings)
        doc.changed.connect(self.rescore)
        doc.changed.connect(self._show_profile_banner)
        self._show_profile_banner()
        self.panel.finding_clicked.connect(self.go_to)
        self.panel.finding_chosen.connect(self.select_quote)
        self.panel.fix_requested.connect(self.fix)
        self._form(FORMS[self.tabs.currentIndex()])
        self.rescore()  # ... and the first findings a pause after the report opens

    @property
    def cover(self) -> CoverForm:
        return self._form("cover")  # type: ignore[return-value]

    @property
    def funds(self) -> FundsForm:
        return self._form("funds")  # type: ignore[return-value]

    @property
    def indicators(self) -> IndicatorsForm:
        return self._form("indicators")  # type: ignore[return-value]

    @property
    def narrative(self) -> NarrativeForm:
        return self._form("narrative")  # type: ignore[return-value]

    @property
    def team(self) -> TeamForm:
        return self._form("team")  # type: ignore[return-value]

    def help_topic(self, focus: QWidget | None = None) -> str:
        """The guide's entry for what the user is on (F1): the finding selected in the panel, or
        the part of the form holding the focus; '' where neither says more than the top."""
        findings = self.panel.findings
        if focus is not None and (focus is findings or findings.isAncestorOf(focus)):
            item = findings.currentItem()
            if item is not None:
                if item.data(0, FIX_ROLE):  # the row holding a finding's fix: that finding
                    item = item.parent() or item
                elif item.data(0, INDEX_ROLE) is None and item.childCount():  # a group's heading
                    item = item.child(0)
                return str(item.data(0, CODE_ROLE) or "findings")
            return "findings"
        parts = GUIDE_PARTS.get(self.doc.report.form, {})
        for name in FORMS:
            form = self._forms.get(name)
            if focus is not None and form is not None and (form is focus or form.isAncestorOf(focus)):
                bar = form.findChild(QWidget, "targetReasonBar")
                if bar is not None and (bar is focus or bar.isAncestorOf(focus)):
                    return REASON_PART
                return parts.get(name, name)
        if focus is not None and self.panel.isAncestorOf(focus):
            return parts.get("panel", "scoring")
        name = FORMS[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else ""
        return parts.get(name, name)

    def built_forms(self) -> list[QWidget]:
        """The forms built so far (the others are built as they are shown)."""
        return [self._forms[name] for name in FORMS if name in self._forms]

    def _form(self, name: str) -> QWidget:
        form = self._forms.get(name)
        if form is not None:
            return form
        doc = self.doc
        makers: dict[str, Callable[[], QWidget]] = {
            "cover": lambda: CoverForm(doc), "funds": lambda: FundsForm(doc),
            "indicators": lambda: IndicatorsForm(
                doc, library=self.indicator_library() if self.indicator_library else None),
            "narrative": lambda: NarrativeForm(doc), "team": lambda: TeamForm(doc)}
        form = self._forms[name] = makers[name]()
        index, current = FORMS.index(name), self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab stays current: nothing to tell
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, form, self._titles[name])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        if doc.read_only:
            make_read_only(form)
        if name == "narrative":
            self.check_timer.start()  # its sections show what the checks find there
        long_lived.settled()  # a form lives as long as the report: see long_lived
        return form

    def rescore(self, change: Change | None = None) -> None:
        """Scores on every keystroke that can move a score; the full checks after a pause."""
        form = self.doc.report.form
        if form == MONITORING and (change is None or change.affects_scores()
                                   or "period_end" in change.fields or "year" in change.fields):
            self.panel.show_monitoring(self.doc.report, self.doc.profile())
        elif form == SELF_EVALUATION and (change is None or change.affects_scores()):
            self.panel.show_result(self.doc.result(), self.doc.report)
        self.check_timer.start()

    def _show_caption(self) -> None:
        report = self.doc.report
        if report.form == DECLARATION:
            self.form_caption.setText(self.tr("Performance target declaration, %1").replace(
                "%1", str(report.year)))
        elif report.form == MONITORING:
            end = monitoring.period_last_day(report, self.doc.profile()).isoformat()
            self.form_caption.setText(self.tr("Performance monitoring form, %1, as of %2")
                                      .replace("%1", str(report.year)).replace("%2", end))

    def _show_profile_banner(self, _part: str = "") -> None:
        """A report whose profile this PC lacks is scored with the default one, and says so."""
        missing = self.doc.missing_profile()
        if missing is not None:
            self.profile_banner.setText(
                self.tr("The scoring profile “%1” is not on this computer: the report is scored "
                        "with “%2” until that profile is added.")
                .replace("%1", missing).replace("%2", self.doc.profile().name)
                + self._refusal(missing))
        self.profile_banner.setVisible(missing is not None)

    def _refusal(self, profile_id: str) -> str:
        """A file that meant to give this profile was refused: the banner says why."""
        if not any(e.error is not None for e in self.doc.library.entries):
            return ""
        why = self.doc.library.why_missing(profile_id)
        return "" if why is None else "\n" + why.message.text(message_language())

    def show_findings(self) -> None:
        findings = self.doc.findings()
        profile, result = self.doc.profile(), self.doc.result()
        fixes = {k: fix for k, f in enumerate(findings)  # a read-only report offers no repairs
                 if not self.doc.read_only and (fix := fix_for(f, self.doc.report, profile, result))}
        self.panel.show_findings(findings, self.doc.report, fixes)
        if "narrative" in self._forms:  # each section's own line follows the table too
            self.narrative.show_findings(findings)

    def select_quote(self, finding: object) -> None:
        """A narrative finding: select the words it quotes, not only the section."""
        assert isinstance(finding, Finding)
        if not finding.where.startswith("sections."):
            return
        span = quoted_span(finding, self.doc.value(finding.where) or "")
        if span is not None:
            self.narrative.select(finding.where, span)

    def fix(self, fix: object) -> None:
        assert isinstance(fix, Fix)
        apply_fix(self.doc, fix)
        self.show_findings()
        if fix.focus:
            self.go_to(fix.focus)

    def go_to(self, where: str) -> None:
        """Select the field a finding names (or the nearest thing to it)."""
        if not where:
            return
        parts = paths.parse_path(where)
        head = parts[0]
        if head in ("project", "evaluation", "year", "profile", "evaluation_kinds", "period_end"):
            self._focus(self.cover, self.cover.fields.get(where) or self.cover.fields.get("project.name"))
        elif head in ("causes_text", "measures"):  # the monitoring form's, once for the form
            self._focus(self.indicators, self.indicators.fields.get(head))
        elif head == "funds" and len(parts) >= 3 and parts[1] == "rows":
            self.tabs.setCurrentWidget(self.funds)
            model = self.funds.model
            column = model.column_of(str(parts[3]), 0) if len(parts) > 3 else 0
            self.funds.rows.view.setCurrentIndex(model.index(int(parts[2]), column))
            self.funds.rows.view.setFocus()
        elif head in ("funds", "goal"):
            self._focus(self.funds, self.funds.fields.get(where) or self.funds.weight)
        elif head == "indicators":
            self.tabs.setCurrentWidget(self.indicators)
            if len(parts) > 1:
                model = self.indicators.model
                field = str(parts[2]) if len(parts) > 2 else ""
                # 调整原因 has no column: the target's cell, and the reason's box under the table
                column = model.TARGET if field == "target_reason" else \
                    model.column_of(field) if field else model.NAME
                index = model.index(int(parts[1]), column)
                self.indicators.view.setCurrentIndex(index)
                self.indicators.view.scrollTo(index)
                if field == "target_reason" and not self.indicators.target_reason.isHidden():
                    self.indicators.target_reason.reason.setFocus()
                    return
            self.indicators.view.setFocus()
        elif head == "sections":
            self.tabs.setCurrentWidget(self.narrative)
            editor = self.narrative.fields.get(where)
            if editor is not None:
                self.narrative.ensureWidgetVisible(editor)
                editor.setFocus()
        elif head == "team":
            self.tabs.setCurrentWidget(self.team)
            self.team.members.view.setFocus()

    def label_of(self, where: str) -> str:
        """A field or list as the user sees it (its label, or its tab, column and row), for
        messages that name it; the path itself where there is no better name."""
        lists = {"funds.rows": (self.funds, self.funds.model), "team": (self.team, self.team.model),
                 "indicators": (self.indicators, self.indicators.model)}
        if where in lists:
            return self.tabs.tabText(self.tabs.indexOf(lists[where][0]))
        parts = paths.parse_path(where)
        for list_path, (tab, model) in lists.items():
            steps = paths.parse_path(list_path)
            if parts[:len(steps)] == steps and len(parts) == len(steps) + 2:
                title = next((c.title for c in model.columns if c.field == parts[-1]), str(parts[-1]))
                row = QCoreApplication.translate("RecordTableModel", "%1, row %2").replace(
                    "%1", title).replace("%2", str(int(parts[-2]) + 1))
                return f"{self.tabs.tabText(self.tabs.indexOf(tab))} · {row}"
        once = self.indicators.fields if where in ("causes_text", "measures") else {}
        widget = {**self.cover.fields, **self.funds.fields, **self.narrative.fields, **once}.get(where)
        for form in self.findChildren(QFormLayout) if widget is not None else ():
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                return label.text().rstrip(":：")
        return where

    def _focus(self, tab: QWidget, widget: QWidget | None) -> None:
        self.tabs.setCurrentWidget(tab)
        if widget is not None:
            widget.setFocus()
