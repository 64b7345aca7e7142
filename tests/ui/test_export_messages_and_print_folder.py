"""Printing leaves no temporary folder behind; export problems speak the window's language."""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from perfeval_gui.ui.base import translations


@pytest.fixture
def temp_root(monkeypatch, tmp_path):
    """Python's temporary folder, watched: what printing leaves in it is what it leaked."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setattr(translations, "_message_language", "en")


def test_printing_removes_its_pdf_once_the_dialog_closes(monkeypatch, qtbot, window, temp_root):
    from PySide6.QtPrintSupport import QPrintDialog

    seen = []

    def cancel(dialog):
        seen.append([p.name for p in temp_root.iterdir()])
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    window.exports.print_report(window.doc.report, preview=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0] and seen[0][0].startswith("perfeval-print-")  # the PDF was there to print
    assert list(temp_root.iterdir()) == []


def test_a_print_that_fails_removes_its_folder_too(monkeypatch, qtbot, window, temp_root):
    from perfeval_gui.export import writer

    def broken(*_args, **_kwargs):
        raise writer.ExportError("无法写入", "cannot be written")

    monkeypatch.setattr(writer, "export_report", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.exports.print_report(window.doc.report, preview=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert list(temp_root.iterdir()) == []


def test_a_locked_target_is_named_in_english_in_the_english_window(monkeypatch, qtbot, tmp_path,
                                                                    window, english):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "locked.pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    real_replace = os.replace

    def locked(source, destination):
        if str(destination) == str(target):
            raise PermissionError(13, "Permission denied", str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", locked)
    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "open in another program" in shown[0]
    assert "其他程序" not in shown[0]


def test_the_errors_named_before_an_export_are_english_in_the_english_window(monkeypatch, window,
                                                                              english):
    window.doc.set("indicators[0].score", Decimal(30))  # a score above its weight: an error
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.export_docx_action.trigger()
    from perfeval_gui.core.checks import ERROR

    errors = [f for f in window.doc.findings() if f.severity == ERROR]
    shown = [line for line in asked[0].splitlines() if line.startswith("•")]
    assert shown == [f"• {f.message.text('en')}" for f in errors][:8]
    assert shown != [f"• {f.message.text('zh')}" for f in errors][:8]


def test_an_unforeseen_export_failure_is_shown_under_a_translated_sentence(monkeypatch, window):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.exports._show_failure(RuntimeError("disk on fire"))
    assert shown == ["The file could not be made: RuntimeError: disk on fire"]
