"""封面: every cover field, as the paper lists them, checked as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...core.changes import Change
from ...core.form_kinds import MONITORING, SELF_EVALUATION
from ...core.forms import day_in_year
from ...core.identity_codes import credit_code_valid, phone_valid
from ...core.messages import UserError
from ...core.model import OUTCOME, PROCESS
from ..base.translations import message_language
from .bound_widgets import BoundCheckBox, BoundLineEdit
from .date_field import BoundDateField
from .report_document import ReportDocument


class CoverForm(QWidget):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {}

        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(doc.report.year or 2000)
        self.year.valueChanged.connect(self._year_typed)
        doc.changed.connect(self._model_changed)
        form.addRow(self.tr("Evaluated year:"), self.year)
        self.fields["year"] = self.year

        self.profile = QComboBox()
        self.profile.setObjectName("profile")
        for profile_id in doc.library.ids():
            self.profile.addItem(doc.library.profiles[profile_id].name, profile_id)
        self._refresh_profile()
        self.profile.activated.connect(self._profile_chosen)
        form.addRow(self.tr("Scoring profile:"), self.profile)
        self.fields["profile"] = self.profile

        kinds = QHBoxLayout()
        self.process = BoundCheckBox(doc, PROCESS, self.tr("Implementation process"))
        self.outcome = BoundCheckBox(doc, OUTCOME, self.tr("Completion results"))
        kinds.addWidget(self.process)
        kinds.addWidget(self.outcome)
        kinds.addStretch()
        form.addRow(self.tr("Evaluation type:"), kinds)
        self.fields["evaluation_kinds"] = self.process

        def line(path: str, label: str, **kw) -> BoundLineEdit:  # type: ignore[no-untyped-def]
            edit = BoundLineEdit(doc, path, **kw)
            form.addRow(label, edit)
            self.fields[path] = edit
            return edit

        line("project.region", self.tr("Region (before the title):"))
        line("project.name", self.tr("Project name:"))
        line("project.unit", self.tr("Project unit:"))
        line("project.department", self.tr("Supervising department:"))
        line("project.department_code", self.tr("Department code:"))
        line("project.implementing_unit", self.tr("Implementing unit:"))
        line("project.credit_code", self.tr("Unified social credit code:"),
             check=self._credit_problem)
        line("evaluation.leader", self.tr("Evaluation team leader:"))
        line("evaluation.unit_head", self.tr("Head of the project unit:"))
        line("evaluation.contact", self.tr("Contact person:"))
        line("evaluation.phone", self.tr("Contact phone:"), check=self._phone_problem)
        self.date = BoundDateField(doc, "evaluation.date")
        form.addRow(self.tr("Evaluation date:"), self.date)
        self.fields["evaluation.date"] = self.date
        # a monitoring form's period end (its 1–N 月); no evaluation on the year's other forms
        self.period_end = BoundDateField(doc, "period_end", refuse=self._period_problem)
        form.addRow(self.tr("Monitoring period ends on:"), self.period_end)
        self.fields["period_end"] = self.period_end
        kind = doc.report.form
        form.setRowVisible(self.period_end, kind == MONITORING)
        if kind != SELF_EVALUATION:
            for path in ("evaluation_kinds", "evaluation.leader", "evaluation.unit_head",
                         "evaluation.date"):
                widget = self.fields[path]
                form.setRowVisible(kinds if path == "evaluation_kinds" else widget, False)
            for widget, text in ((self.year, self.tr("Budget year:")),
                                 (self.fields["project.name"], self.tr("Name of the project:")),
                                 (self.fields["project.unit"], self.tr("Unit of the project:"))):
                label = form.labelForField(widget)
                if isinstance(label, QLabel):  # the 自评表's own words are not this form's
                    label.setText(text)

    def _period_problem(self, iso: str) -> str | None:
        """A period end outside the form's year is refused, naming the field."""
        if date.fromisoformat(iso).year == self.doc.report.year:
            return None
        return UserError("period_end", "doc.period_outside_year", value=iso,
                         year=self.doc.report.year).message.text(message_language())

    def _credit_problem(self, text: str) -> str | None:
        code = text.strip()
        if not code or credit_code_valid(code):
            return None
        return self.tr("The code must have 18 characters and a valid check digit (GB 32100-2015).")

    def _phone_problem(self, text: str) -> str | None:
        if not text.strip() or phone_valid(text):
            return None
        return self.tr("Write a mobile number (11 digits) or a landline such as 0912-1234567.")

    def _model_changed(self, change: Change) -> None:
        if "year" in change.fields:
            self._refresh_year()
        if "profile" in change.fields:
            self._refresh_profile()

    def _year_typed(self, year: int) -> None:
        self.doc.end_typing()
        end = self.doc.report.period_end
        if not end:
            self.doc.set("year", year)
            return
        # the period end moves with the year (it is refused outside it): one step
        moved = day_in_year(year, end[5:10]).isoformat()  # 02-29 to a common year: 02-28
        self.doc.set_many([("year", year), ("period_end", moved)], self.tr("Change the year"))

    def _refresh_year(self) -> None:
        self.year.blockSignals(True)
        self.year.setValue(self.doc.report.year)
        self.year.blockSignals(False)

    def _refresh_profile(self) -> None:
        # the profile the report is scored with: a missing one's stand-in, named in the banner
        index = self.profile.findData(self.doc.profile().id)
        self.profile.setCurrentIndex(max(index, 0))

    def _profile_chosen(self, index: int) -> None:
        self.doc.end_typing()
        self.doc.set("profile", self.profile.itemData(index))
