"""In the window, a check that breaks inside the program is one line in the panel: the other
findings stay, no error box comes back after every edit, and the report still exports."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from perfeval_gui.core.checks import identity
from perfeval_gui.fault_log import log_path


def broken(*_args, **_kwargs):
    raise RuntimeError("a bug inside the credit-code check")


@pytest.fixture
def faulty_credit_check(monkeypatch):
    monkeypatch.setattr(identity, "credit_code_valid", broken)


def panel_lines(window) -> list[str]:
    return window.editor.panel.finding_lines()


def test_a_broken_check_is_one_warning_among_the_others(qtbot, monkeypatch, tmp_path, window,
                                                        faulty_credit_check, no_modal_dialogs):
    from PySide6.QtWidgets import QFileDialog

    window.doc.set("project.credit_code", "91110000100000000X")
    qtbot.waitUntil(lambda: any("credit_code" in line for line in panel_lines(window)), timeout=3000)
    lines = panel_lines(window)
    (failed,) = [line for line in lines if "credit_code" in line]
    assert "检查程序" in failed and "已记录日志" in failed
    assert any("90%" in line and "97%" in line for line in lines)  # the seed's text_figure error
    assert len(lines) > 3
    assert "a bug inside the credit-code check" in log_path().read_text(encoding="utf-8")

    window.doc.set("project.name", "另一个名称")  # editing goes on, with no error box
    qtbot.wait(400)
    assert any("credit_code" in line for line in panel_lines(window))
    assert no_modal_dialogs == []
    assert window.editor.panel.total_label.text() == "85"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    target = tmp_path / "out.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_docx_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.stat().st_size > 1000
