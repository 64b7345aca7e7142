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
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.figures import figure_text
from ...core.form_columns import AMOUNT, POINTS, VALUE, FormColumn, form_columns, narrative_sections
from ...core.model import FundRow, Report, Sections, TeamMember, text
from ...core.values import ValueUnreadable, parse_value
from ...reader import CONVERTED, DECLARATION, INFO, REPORT, SKIPPED, Reading
from ...reader.indicators import READ_COLUMNS
from ...reader.targets import TargetChanges, target_changes
from ...store.repository import ReportStore
from ..base.translations import message_language, window_language

NEW, TARGETS = "new", "targets"


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


class ImportPreviewDialog(QDialog):
    def __init__(self, reading: Reading, path: Path, store: ReportStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading, self.store = reading, store
        self.report: Report = reading.report
        self.changes: TargetChanges | None = None
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", path.name))
        kinds = {REPORT: self.tr("self-evaluation report"), DECLARATION: self.tr("target declaration")}
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

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Skip this file"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.new_radio)
        layout.addLayout(targets_row)
        layout.addWidget(self.change_list)
        layout.addWidget(buttons)
        self.resize(960, 620)
        self._mode_changed()

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
        project = _table("project", [self.tr("Field"), self.tr("Value")],
                         [[label, text(value)] for label, value in fields])
        amounts = tuple(c for c in form_columns(FundRow) if c.kind == AMOUNT)
        funds = _table("funds", [self.tr("Funds (万元)"), *_headers(amounts)],
                       [[text(r.label), *(_figure(getattr(r, c.field)) for c in amounts)]
                        for r in report.funds.rows])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(project, 3)
        layout.addWidget(funds, 2)
        return page

    def _indicators_tab(self) -> QTableWidget:
        """Every column the reader reads (core/model.py's indicator columns), a value followed
        by how the app reads it, and where each row came from."""
        read_as = {"target": self.tr("Target read as"), "actual": self.tr("Actual read as")}
        headers: list[str] = []
        for c in READ_COLUMNS:
            headers.append(c.window_header(window_language()))
            if c.kind == VALUE:
                headers.append(read_as.get(c.field) or self.tr("%1 read as").replace("%1", headers[-1]))
        headers.append(self.tr("Read from"))
        rows = []
        for indicator, place in zip(self.report.indicators, self.reading.places, strict=True):
            row: list[str] = []
            for c in READ_COLUMNS:
                value = getattr(indicator, c.field)
                if c.kind == POINTS:
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
