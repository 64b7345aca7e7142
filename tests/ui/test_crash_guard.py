"""An unexpected error: logged, the report saved, a message shown — no traceback for the user."""

from __future__ import annotations

import sys

from perfeval_gui.ui.shell import crash_guard


def test_an_unexpected_error_is_logged_saved_and_told(no_modal_dialogs):
    saved = []
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        path = crash_guard.report_crash(*sys.exc_info(), save=lambda: saved.append(1) or True)
    assert saved == [1]
    assert "ZeroDivisionError: boom" in path.read_text(encoding="utf-8")
    assert no_modal_dialogs and str(path) in no_modal_dialogs[-1]


def test_the_hook_is_installed_for_the_window(monkeypatch, no_modal_dialogs):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_guard.install(lambda: False)
    try:
        raise RuntimeError("from a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: from a slot" in crash_guard.log_path().read_text(encoding="utf-8")
