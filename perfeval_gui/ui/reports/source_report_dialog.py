"""由上年报告新建, asked: which report the new one starts from (named in full) and its year."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...core.model import Report, text


class SourceReportDialog(QDialog):
    def __init__(self, source: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from last year's report"))
        self.source_label = QLabel(self.tr("“%1”, %2 report, %3")
                                   .replace("%1", text(source.project.name) or self.tr("(untitled)"))
                                   .replace("%2", str(source.year))
                                   .replace("%3", text(source.project.unit) or self.tr("no unit")))
        self.source_label.setObjectName("sourceReport")
        self.source_label.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(min(source.year + 1, 2100))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Copied from:"), self.source_label)
        form.addRow(self.tr("Year of the new report:"), self.year)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    @classmethod
    def ask(cls, source: Report, parent: QWidget | None = None) -> int | None:
        """The year of the new report, or None where the user cancelled."""
        dialog = cls(source, parent)
        return dialog.year.value() if dialog.exec() == cls.DialogCode.Accepted else None
