"""The words of the export formats (export/formats.py) in the window's language: the registry
is Qt-free and English, the window translates its labels in the context "ExportFormats".

The list below is for Qt's lupdate only, which reads literal strings: a new format's labels
are added here and translated in i18n/perfeval_gui_zh_CN.ts (tests/ui/test_export_formats.py
fails on a registered label without its translation)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExportFormats"

_LABELS = (
    QT_TRANSLATE_NOOP("ExportFormats", "Export PDF…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export the self-evaluation table alone (PDF)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export all reports of a year as PDF…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export PDF"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export Word…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export all reports of a year as Word…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export Word"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export the self-evaluation table to Excel…"),
    QT_TRANSLATE_NOOP("ExportFormats", "Export Excel"),
)


def say(label: str) -> str:
    """A label of the registry in the window's language."""
    return QCoreApplication.translate(CONTEXT, label)
