"""Two windows on one store never lose each other's edits: the report open in one window is
read-only in the other (until that window is gone, then 接管 takes it over), and a save against
a revision saved elsewhere merges different fields and asks where both changed the same."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.editor.conflict_dialog import ConflictDialog
from perfeval_gui.ui.shell.main_window import MainWindow

CHILD = Path(__file__).with_name("window_child.py")
ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}

# another app saving through the store as it read it (no hold: the revision is the safety net)
SAVE_ELSEWHERE = """
import sys
from perfeval_gui.core import changes, paths
from perfeval_gui.store.repository import ReportStore
store = ReportStore(sys.argv[1])
report, revision = store.load_revisioned(1)
edit = sys.argv[2]
if edit == "move-indicators":
    report.indicators.reverse()
else:
    path, value = edit.split("=", 1)
    paths.set_value(report, path, value)
base, _ = store.load_revisioned(1)
store.save(1, report, changes.diff(base, report), base_revision=revision)
print("saved", flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")


@pytest.fixture
def db(tmp_path, seed_report):
    path = tmp_path / "shared.sqlite"
    with ReportStore(path) as store:
        store.create(seed_report)
    return path


@pytest.fixture
def window(qtbot, db):
    store = ReportStore(db)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def start_window_child(db: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, str(CHILD), str(db), "1"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=ENV)
    return child


def first_line(child: subprocess.Popen) -> str:
    assert child.stdout is not None
    return child.stdout.readline().strip()


def save_elsewhere(db: Path, edit: str) -> None:
    done = subprocess.run([sys.executable, "-c", SAVE_ELSEWHERE, str(db), edit], env=ENV,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "saved", done.stderr


def test_a_report_open_in_another_app_is_read_only_until_that_app_is_gone(qtbot, window, db):
    other = start_window_child(db)
    try:
        assert first_line(other) == "ready editable"
        window.open_report(1)
        assert window.doc.read_only
        banner = window.banner
        assert banner is not None and banner.isVisible()
        assert "another window" in banner.label.text() and str(other.pid) in banner.label.text()
        assert not banner.button.isEnabled()  # its holder is alive
        name = window.editor.cover.fields["project.name"]
        assert isinstance(name, QLineEdit) and name.isReadOnly()
        window.doc.set("project.name", "typed into a read-only view")
        assert window.doc.report.project.name != "typed into a read-only view"
        assert "read-only" in window.windowTitle()
        assert other.stdin is not None
        other.stdin.write("set project.region 另一窗口写的地区\n")  # the holder types on
        other.stdin.flush()
        assert first_line(other) == "saved"
        region = window.editor.cover.fields["project.region"]
        qtbot.waitUntil(lambda: region.text() == "另一窗口写的地区", timeout=5000)  # followed
        os.kill(other.pid, signal.SIGKILL)  # the holder is gone, its hold left behind
        other.wait(10)
        qtbot.waitUntil(banner.button.isEnabled, timeout=5000)
        banner.button.click()  # 接管
        assert window.doc is not None and not window.doc.read_only and window.banner is None
        window.doc.set("project.name", "taken over")
        window.doc.end_typing()
    finally:
        if other.poll() is None:
            other.kill()
            other.wait(10)
    with ReportStore(db) as store:
        assert store.load(1).project.name == "taken over"


def test_a_second_app_opens_a_held_report_read_only_and_cannot_save_into_it(qtbot, window, db):
    window.open_report(1)
    assert not window.doc.read_only
    other = start_window_child(db)
    try:
        assert first_line(other) == "ready read-only"
        assert other.stdin is not None
        other.stdin.write("set project.name from the read-only window\n")
        other.stdin.flush()
        assert first_line(other) == "saved"  # nothing to save: the edit was refused
        other.stdin.write("quit\n")
        other.stdin.flush()
        other.wait(30)
    finally:
        if other.poll() is None:
            other.kill()
    window.doc.set("project.name", "the holder's name")
    window.doc.end_typing()
    with ReportStore(db) as store:
        assert store.load(1).project.name == "the holder's name"


def test_changes_to_different_fields_in_two_apps_merge(window, db):
    window.open_report(1)
    save_elsewhere(db, "project.region=陕西省榆林市子洲县（另一窗口）")
    window.doc.set("project.name", "本窗口的名称")
    window.doc.end_typing()
    assert not window.saver.dirty
    with ReportStore(db) as store:
        stored = store.load(1)
    assert stored.project.name == "本窗口的名称"
    assert stored.project.region == "陕西省榆林市子洲县（另一窗口）"
    # the window shows the other app's edit too, and the next save starts from it
    assert window.editor.cover.fields["project.region"].text() == "陕西省榆林市子洲县（另一窗口）"
    window.doc.set("project.unit", "again")
    window.doc.end_typing()
    with ReportStore(db) as store:
        assert store.load(1).project.region == "陕西省榆林市子洲县（另一窗口）"


def answer_conflicts(choose_theirs: bool, seen: list[list[tuple[str, str]]],
                     labels: list[str] | None = None) -> None:
    """Click through the conflict dialog when it comes up, noting the two values it showed
    and how it named the field."""
    labels = [] if labels is None else labels

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ConflictDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append([(dialog.mine_buttons[p].text(), dialog.theirs_buttons[p].text())
                     for p in dialog.mine_buttons])
        labels.extend(dialog.labels.values())
        for path in dialog.mine_buttons:
            (dialog.theirs_buttons if choose_theirs else dialog.mine_buttons)[path].setChecked(True)
        dialog.accept()

    QTimer.singleShot(20, answer)


@pytest.mark.parametrize("choose_theirs", [False, True])
def test_the_same_field_changed_in_two_apps_asks_showing_both_values(window, db, choose_theirs):
    window.open_report(1)
    save_elsewhere(db, "project.name=另一窗口的名称")
    window.doc.set("project.name", "本窗口的名称")
    seen: list[list[tuple[str, str]]] = []
    labels: list[str] = []
    answer_conflicts(choose_theirs, seen, labels)
    window.doc.end_typing()
    assert seen == [[("本窗口的名称", "另一窗口的名称")]]
    assert labels == ["Project name"]  # named as the form names it (自评项目名称 in Chinese)
    expected = "另一窗口的名称" if choose_theirs else "本窗口的名称"
    with ReportStore(db) as store:
        assert store.load(1).project.name == expected
    assert window.doc.report.project.name == expected
    assert window.editor.cover.fields["project.name"].text() == expected


def test_rows_moved_in_one_app_and_added_in_the_other_ask(window, db):
    window.open_report(1)
    names = [i.name for i in window.doc.report.indicators]
    save_elsewhere(db, "move-indicators")
    from perfeval_gui.core.model import Indicator

    window.doc.insert("indicators", 0, Indicator(name="本窗口新增"))
    seen: list[list[tuple[str, str]]] = []
    labels: list[str] = []
    answer_conflicts(False, seen, labels)
    window.doc.end_typing()
    assert labels == ["rows of Performance indicators"]
    assert len(seen) == 1 and "本窗口新增" in seen[0][0][0] and "本窗口新增" not in seen[0][0][1]
    with ReportStore(db) as store:
        assert [i.name for i in store.load(1).indicators] == ["本窗口新增", *names]
