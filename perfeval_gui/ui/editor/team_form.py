"""自评小组: the members who sign the report."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.model import TeamMember
from .list_editor import ListEditor
from .record_table_model import RecordTableModel, window_table_columns
from .report_document import ReportDocument


class TeamForm(QWidget):
    def __init__(self, doc: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(doc, "team", window_table_columns(TeamMember), TeamMember)
        self.members = ListEditor(self.model, TeamMember, empty=self.tr(
            "No members yet: add the team leader first, then each member."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Members of the evaluation team (they sign the printed report)")))
        layout.addWidget(self.members)
