"""A report read from a file, shown read-only — its scores and findings — with 导入 as the action."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...core.messages import UserError
from ...core.model import Report, text
from ...core.profiles import ProfileLibrary
from ...core.scoring import score_report
from ..base.translations import message_language
from ..panel.score_panel import ScorePanel


class ReportPreviewDialog(QDialog):
    """Accepted means: import this report."""

    def __init__(self, report: Report, library: ProfileLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview (read-only)"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{report.year} · {text(report.project.unit)} · {text(report.project.name)}"))
        self.panel = ScorePanel()
        layout.addWidget(self.panel)
        try:
            profile = library.get(report.profile)
        except UserError as exc:
            layout.addWidget(QLabel(exc.text(message_language())))
        else:
            result = score_report(report, profile)
            from ...core.checks import run_checks  # loaded when first needed, not at start-up

            self.panel.show_result(result, report, run_checks(report, profile, result))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
