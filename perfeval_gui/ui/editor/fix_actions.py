"""A one-click fix made as one step of the report's undo stack (Ctrl+Z takes it back whole)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.fixes import Fix
from ..base.translations import message_language
from .report_document import ReportDocument


def apply_fix(doc: ReportDocument, fix: Fix) -> None:
    label = QCoreApplication.translate("FixActions", "Fix: %1")
    doc.run(fix.edit(doc.report), label.replace("%1", fix.label.text(message_language())))
