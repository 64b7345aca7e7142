"""A one-click fix made as one step of the report's undo stack (Ctrl+Z takes it back whole)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.fixes import Fix
from ..base.translations import message_language
from .report_document import ReportDocument


def apply_fix(doc: ReportDocument, fix: Fix) -> None:
    doc.end_typing()
    label = QCoreApplication.translate("FixActions", "Fix: %1")
    label = label.replace("%1", fix.label.text(message_language()))
    doc.undo_stack.beginMacro(label)
    for path, value in fix.sets:
        doc.set(path, value)
    for list_path, index, item in fix.inserts:
        doc.insert(list_path, index, item)
    doc.undo_stack.endMacro()
    doc.end_typing()
