"""从 Word/Excel 导入: what was recognised in one file and what was not, shown before anything
is written; the user imports it as a new report or as the targets of a report in the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import forms, monitoring
from ...core.figures import figure_text
from ...core.form_columns import (
    AMOUNT,
    CAUSES,
    POINTS,
    VALUE,
    FormColumn,
    form_columns,
    narrative_sections,
)
from ...core.inputs import CAUSE_SEPARATOR, show_causes
from ...core.model import FundRow, Indicator, Report, Sections, TeamMember, text
from ...core.profiles import default_library
from ...core.values import ValueUnreadable, parse_value
from ...reader import CONVERTED, DECLARATION, INFO, MONITORING, REPORT, SKIPPED, Reading
from ...reader.indicators import READ_COLUMNS
from ...reader.targets import TargetChanges, target_changes
from ...store.repository import ReportStore
from ..base.translations import message_language, window_language

NEW, TARGETS = "new", "targets"
OPEN_STORED = 2  # the dialog's result: nothing imported, the stored form of the year opened


def _table(name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _reading_of(value: str | None) -> str:
    """How the app reads a target or actual (≥ 500 人次), or why it cannot."""
    try:
        return parse_value(value).hint()
    except ValueUnreadable as exc:
        return exc.message.text(message_language())


def _headers(columns: tuple[FormColumn, ...]) -> list[str]:
    return [c.window_header(window_language()) for c in columns]


def _figure(value) -> str:  # type: ignore[no-untyped-def]
    return "" if value is None else figure_text(value)


def read_tables(report: Report) -> tuple[tuple[FormColumn, ...], tuple[FormColumn, ...]]:
    """The indicator and funds columns the preview shows of what was read: the form's own
    tables as its profile's monitoring rules and its period have them (1–7月执行情况), as the
    window will show the form once imported; a 自评表's every column the reader reads. A
    column of another form the file gave too (a budget system's 申报表 with 分值) is shown
    after them: it is imported, the user sees it first."""
    if report.form == forms.SELF_EVALUATION:
        return READ_COLUMNS, form_columns(FundRow)
    profile = default_library().scoring_profile(report.profile)
    own = tuple(c for c in monitoring.report_table(Indicator, report, profile) if c.prints)
    fields = {c.field for c in own}
    given = tuple(c for c in READ_COLUMNS if c.field not in fields
                  and any(getattr(i, c.field) not in (None, "", 0) for i in report.indicators))
    return (*own, *given), monitoring.report_table(FundRow, report, profile)


def _causes(indicator: Indicator) -> str:
    """The 偏差原因 cell as read: the categories ticked with their words, the words tied to none."""
    return CAUSE_SEPARATOR.join(t for t in (show_causes(indicator.causes), text(indicator.cause_text))
                                if t.strip())


class ImportPreviewDialog(QDialog):
    def __init__(self, reading: Reading, path: Path, store: ReportStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading, self.store = reading, store
        self.report: Report = reading.report
        self.changes: TargetChanges | None = None
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", path.name))
        self.indicator_columns, self.fund_columns = read_tables(self.report)
        kinds = {REPORT: self.tr("self-evaluation report"), DECLARATION: self.tr("target declaration"),
                 MONITORING: self.tr("monitoring form")}
        kind = kinds.get(reading.kind, self.tr("self-evaluation table"))
        self.summary = QLabel(
            self.tr("Recognised a %1 for %2: “%3”, %n indicator(s).", "", len(self.report.indicators))
            .replace("%1", kind).replace("%2", str(self.report.year))
            .replace("%3", text(self.report.project.name)))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._project_tab(), self.tr("Project and funds"))
        self.tabs.addTab(self._indicators_tab(), self.tr("Indicators (%1)").replace(
            "%1", str(len(self.report.indicators))))
        self.tabs.addTab(self._sections_tab(), self.tr("Sections and team"))
        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        labels = {SKIPPED: self.tr("Skipped"), CONVERTED: self.tr("Converted"), INFO: self.tr("Note")}
        for note in reading.notes:
            label = labels.get(note.kind, self.tr("Not read"))
            self.notes.addItem(f"{label}：{note.text(message_language())}")
        self.tabs.addTab(self.notes, self.tr("Not taken over (%1)").replace(
            "%1", str(len(reading.notes))))

        self.new_radio = QRadioButton(self.tr("Import as a new report"))
        self.targets_radio = QRadioButton(self.tr("Use as the targets of a report in the store:"))
        self.reports = QComboBox()
        self.reports.setObjectName("targetReport")
        for summary in store.list():
            self.reports.addItem(f"{summary.year}  {summary.name}", summary.id)
        self.targets_radio.setEnabled(self.reports.count() > 0 and bool(self.report.indicators))
        self.new_radio.setChecked(True)
        self.change_list = QListWidget()
        self.change_list.setObjectName("targetChanges")
        self.change_list.setMaximumHeight(140)
        self.new_radio.toggled.connect(self._mode_changed)
        self.reports.currentIndexChanged.connect(self._mode_changed)
        targets_row = QHBoxLayout()
        targets_row.addWidget(self.targets_radio)
        targets_row.addWidget(self.reports, 1)

        self.same_form = QLabel()  # the project's form of this year, stored already
        self.same_form.setObjectName("sameForm")
        self.same_form.setWordWrap(True)
        self.same_form.setStyleSheet("background: #fff1d6; color: #7a5200; padding: 6px;")
        self.open_stored_button = QPushButton(self.tr("Open the stored one"))
        self.open_stored_button.setObjectName("openStored")
        self.open_stored_button.clicked.connect(lambda: self.done(OPEN_STORED))
        same_form = QHBoxLayout()
        same_form.addWidget(self.same_form, 1)
        same_form.addWidget(self.open_stored_button)
        self.stored = store.same_form(self.report)
        self._say_stored()

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import as another") if self.stored else self.tr("Import"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Skip this file"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(same_form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.new_radio)
        layout.addLayout(targets_row)
        layout.addWidget(self.change_list)
        layout.addWidget(buttons)
        self.resize(960, 620)
        self._mode_changed()

    def _say_stored(self) -> None:
        """A file of this project's form for this year the store holds already (a file this
        app wrote, its project key kept, brought in again): named, with the way to open it."""
        self.same_form.setVisible(bool(self.stored))
        self.open_stored_button.setVisible(bool(self.stored))
        if not self.stored:
            return
        forms_named = {forms.MONITORING: self.tr("monitoring form"),
                       forms.DECLARATION: self.tr("target declaration")}
        form = forms_named.get(self.report.form, self.tr("self-evaluation form"))
        summaries = {s.id: s for s in self.store.list(year=self.report.year)}
        newest = summaries.get(self.stored[-1])
        self.same_form.setText(
            self.tr("This project already has a %1 for %2 in the store: “%3” (report %4, changed %5). "
                    "Importing adds another one; the list will mark both.")
            .replace("%1", form).replace("%2", str(self.report.year))
            .replace("%3", newest.name if newest else text(self.report.project.name))
            .replace("%4", ", ".join(str(i) for i in self.stored))
            .replace("%5", newest.updated.replace("T", " ")[:16] if newest else "—"))

    def stored_id(self) -> int | None:
        """The stored form the user chose to open instead (the newest), if they did."""
        return self.stored[-1] if self.result() == OPEN_STORED and self.stored else None

    # ------------------------------------------------------------------------ what was read

    def _project_tab(self) -> QWidget:
        report = self.report
        p, ev = report.project, report.evaluation
        fields = [
            (self.tr("Project name"), p.name), (self.tr("Department"), p.department),
            (self.tr("Department code"), p.department_code),
            (self.tr("Implementing unit"), p.implementing_unit),
            (self.tr("Contact"), ev.contact), (self.tr("Phone"), ev.phone),
            (self.tr("Year"), str(report.year)),
            (self.tr("Expected goal"), report.goal.expected),
            (self.tr("Achieved"), report.goal.achieved),
        ]
        if report.form == MONITORING:
            fields.append((self.tr("Period end"), report.period_end))
            # the causes and measures a province asks once for the whole form (湖北)
            fields += [(label, value) for label, value in (
                (self.tr("Causes of deviation or of missing targets"), report.causes_text),
                (self.tr("Suggestions and measures"), report.measures)) if text(value).strip()]
        project = _table("project", [self.tr("Field"), self.tr("Value")],
                         [[label, text(value)] for label, value in fields])
        amounts = tuple(c for c in self.fund_columns if c.kind == AMOUNT)
        funds = _table("funds", [self.tr("Funds (万元)"), *_headers(amounts)],
                       [[text(r.label), *(_figure(getattr(r, c.field)) for c in amounts)]
                        for r in report.funds.rows])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(project, 3)
        layout.addWidget(funds, 2)
        return page

    def _indicators_tab(self) -> QTableWidget:
        """The form's columns (read_tables), a value followed by how the app reads it, and
        where each row came from."""
        read_as = {"target": self.tr("Target read as"), "actual": self.tr("Actual read as")}
        headers: list[str] = []
        for c in self.indicator_columns:
            headers.append(c.window_header(window_language()))
            if c.kind == VALUE:
                headers.append(read_as.get(c.field) or self.tr("%1 read as").replace("%1", headers[-1]))
        headers.append(self.tr("Read from"))
        rows = []
        for indicator, place in zip(self.report.indicators, self.reading.places, strict=True):
            row: list[str] = []
            for c in self.indicator_columns:
                value = getattr(indicator, c.field)
                if c.kind == CAUSES:
                    row.append(_causes(indicator))
                elif c.kind == POINTS:
                    n_a = c.field == "score" and not indicator.applicable
                    row.append(self.tr("not applicable") if n_a else _figure(value))
                else:
                    row.append(text(value))
                if c.kind == VALUE:
                    row.append(_reading_of(value))
            rows.append([*row, place.text(message_language())])
        return _table("indicators", headers, rows)

    def _sections_tab(self) -> QWidget:
        titles = {s.key: s.title(window_language()) for s in narrative_sections(Sections)}
        sections = [[title, self.report.sections.get(key)[:80]] for key, title in titles.items()
                    if self.report.sections.get(key)]
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_table("sections", [self.tr("Section"), self.tr("Text")], sections))
        members = form_columns(TeamMember)
        layout.addWidget(_table("team", _headers(members),
                                [[text(getattr(m, c.field)) for c in members] for m in self.report.team]))
        return page

    # ------------------------------------------------------------------------ how to import

    def mode(self) -> str:
        return NEW if self.new_radio.isChecked() else TARGETS

    def target_report_id(self) -> int | None:
        return self.reports.currentData() if self.mode() == TARGETS else None

    def _mode_changed(self) -> None:
        targets = self.mode() == TARGETS
        self.reports.setEnabled(targets)
        self.change_list.setVisible(targets)
        self.change_list.clear()
        self.changes = None
        if not targets or self.reports.currentData() is None:
            self.import_button.setEnabled(True)
            return
        existing = self.store.load(self.reports.currentData())
        self.changes = changes = target_changes(existing, self.report)
        if existing.indicators and not changes.changed and not changes.unchanged:
            self.change_list.addItem(self.tr("No indicator of the file has the name of one in this "
                                             "report: is it the right report?"))
        for _k, name, old, new in changes.changed:
            self.change_list.addItem(self.tr("Target of “%1”: %2 → %3")
                                     .replace("%1", name).replace("%2", old).replace("%3", new))
        for indicator in changes.added:
            self.change_list.addItem(self.tr("New indicator “%1”: %2").replace(
                "%1", text(indicator.name)).replace("%2", text(indicator.target)))
        for name in changes.kept:
            self.change_list.addItem(self.tr("Not in the file, kept as it is: “%1”").replace("%1", name))
        if changes.empty:
            self.change_list.addItem(self.tr("Every target is already the same: nothing to change."))
        self.import_button.setEnabled(not changes.empty)
