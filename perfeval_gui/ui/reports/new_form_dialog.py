"""新建 申报表 / 运行监控表: the year, for a monitoring form where it starts from (the project's
declaration or its last self-evaluation — indicators and targets carried — or blank) and its
period end (the profile's default; a day outside the year is refused, naming the field)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import cycle, forms
from ...core.form_kinds import DECLARATION, MONITORING, SELF_EVALUATION
from ...core.inputs import date_input
from ...core.messages import UserError
from ...core.model import Report, text
from ...core.new_report import new_report
from ...core.profiles import ProfileLibrary
from ..base.translations import message_language


def blank_form(form: str, profile: str, cover_defaults: Mapping[str, str], year: int) -> Report:
    """An empty declaration or monitoring form: the cover defaults and the funds rows of every
    new report, no weight for points the form has not."""
    report = new_report(profile, cover_defaults, year)
    report.form = form
    report.funds.weight = None
    return report


class NewFormDialog(QDialog):
    def __init__(self, form: str, source: Report | None, library: ProfileLibrary, profile: str,
                 cover_defaults: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form, self.library, self.profile_id = form, library, profile
        self.cover_defaults = cover_defaults
        # the declaration or a self-evaluation a monitoring form starts from (the caller's)
        self.source = source if form == MONITORING else None
        self.report: Report | None = None
        self.setWindowTitle(self.tr("New declaration") if form == DECLARATION
                            else self.tr("New monitoring form"))
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        layout.addLayout(fields)

        self.from_source = QRadioButton()
        self.blank = QRadioButton(self.tr("Blank"))
        self.starts = QButtonGroup(self)
        if self.source is not None:
            what = (self.tr("the declaration") if self.source.form == DECLARATION
                    else self.tr("the self-evaluation"))
            self.from_source.setText(self.tr("From %1 of “%2” (%3): indicators and targets carried")
                                     .replace("%1", what).replace("%2", text(self.source.project.name))
                                     .replace("%3", str(self.source.year)))
            self.from_source.setChecked(True)
            starts = QVBoxLayout()
            for button in (self.from_source, self.blank):
                self.starts.addButton(button)
                starts.addWidget(button)
            fields.addRow(self.tr("Start from:"), starts)
            self.from_source.toggled.connect(lambda _on: self._source_chosen())

        self.year = QSpinBox()
        self.year.setObjectName("newFormYear")
        self.year.setRange(2000, 2100)
        today = date.today().year
        self.year.setValue(today + 1 if form == DECLARATION else today)
        fields.addRow(self.tr("Year:"), self.year)

        self.period_end = QLineEdit()
        self.period_end.setObjectName("newFormPeriodEnd")
        self.period_end.setPlaceholderText(self.tr("e.g. 2025-07-31"))
        self._default_end = ""
        if form == MONITORING:
            fields.addRow(self.tr("Monitoring period ends on:"), self.period_end)
            self.year.valueChanged.connect(lambda _year: self._follow_year())
        self.problem = QLabel()
        self.problem.setObjectName("newFormProblem")
        self.problem.setStyleSheet("color: #a61b1b;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._source_chosen()

    def _profile(self) -> str:
        return self.source.profile if self.from_source.isChecked() and self.source else self.profile_id

    def _source_chosen(self) -> None:
        """A monitoring form of the source's year (a self-evaluation's: the year after it)."""
        if self.source is not None and self.from_source.isChecked():
            self.year.setValue(self.source.year + (1 if self.source.form == SELF_EVALUATION else 0))
        self._follow_year()

    def _follow_year(self) -> None:
        """The profile's default period end in the chosen year, unless the user typed another."""
        if self.form != MONITORING or self.period_end.text() not in ("", self._default_end):
            return
        month_day = self.library.scoring_profile(self._profile()).monitoring.period_end
        self._default_end = forms.day_in_year(self.year.value(), month_day).isoformat()
        self.period_end.setText(self._default_end)

    def accept(self) -> None:
        try:
            self.report = self._made()
        except UserError as exc:
            why = exc.message.text(message_language())
            if exc.message.code != "doc.period_outside_year":  # that message names the field
                why = self.tr("Monitoring period ends on: %1").replace("%1", why)
            self.problem.setText(why)
            return
        super().accept()

    def _made(self) -> Report:
        year = self.year.value()
        end = None
        if self.form == MONITORING:
            typed = date_input(self.period_end.text(), "period_end")
            if typed is None:
                raise UserError("period_end", "input.bad_date", value="")
            end = date.fromisoformat(typed)  # outside the year: refused by forms.check_form
        if self.source is not None and self.from_source.isChecked():
            report = cycle.monitoring_from(copy.deepcopy(self.source), end)
            report.year = year
        else:
            report = blank_form(self.form, self.profile_id, self.cover_defaults, year)
            report.period_end = end.isoformat() if end else None
        return forms.check_form(report)
