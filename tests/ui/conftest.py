"""Typing as a Chinese user does: ASCII through key presses, Chinese through the input method;
no modal dialog left waiting; no translator outliving the test that installed it."""

from __future__ import annotations

import pytest

from .languages import installed_language


def type_text(qtbot, widget, text: str) -> None:
    """Type *text* into *widget*: QTest cannot press keys for CJK characters, and a real
    user's Chinese arrives as input-method commits, so each run of non-ASCII characters
    is committed the way fcitx/ibus would."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    run = ""
    for char in text + "\0":
        if char.isascii() and run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QCoreApplication.sendEvent(widget, event)
            run = ""
        if char == "\0":
            break
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            run += char


@pytest.fixture
def typist(qtbot):
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A message box left open would wait for a click that never comes: every one a test does
    not answer itself is recorded and answered with its default, so the test goes on (and can
    assert on what was shown)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture
def window(qtbot, tmp_path, seed_report):
    """The main window on the screen size the README names, with the seed report open; a test
    module that needs another window defines its own ``window``."""
    from perfeval_gui.store.repository import ReportStore
    from perfeval_gui.ui.shell.main_window import MainWindow

    store = ReportStore(tmp_path / "w.sqlite")
    report_id = store.create(seed_report)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_report(report_id)
    yield w
    w.close_report()
    store.close()


@pytest.fixture(autouse=True)
def _no_translator_left_installed():
    """Qt keeps a translator for the whole process: one left installed translates every later
    test's window, and their results depend on the order they run in."""
    before = installed_language()
    yield
    after = installed_language()
    if after != before:
        pytest.fail(f"the test left a translator installed ({before or 'none'} → {after}): "
                    "later tests would see its language (tests/ui/languages.py)", pytrace=False)
