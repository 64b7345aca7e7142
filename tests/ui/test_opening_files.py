"""Opening a file with the app — ``perfeval-gui FILE`` (a double-click, 打开方式), a file
dropped on the window, or handed over by a second start: a copy of a stored report opens it;
anything the imports take goes through their preview; what cannot be read is refused with the
import's own message, naming the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from perfeval_gui.core.interchange import report_to_json
from perfeval_gui.ui.files.import_preview import ImportPreviewDialog
from perfeval_gui.ui.shell.app import open_store, serve_files
from perfeval_gui.ui.shell.hand_over import server_name
from perfeval_gui.ui.shell.main_window import MainWindow
from perfeval_gui.ui.summary import archive_actions
from tests.conftest import ROOT
from tests.reader.builders import HEADER, Grid, indicator_rows, project_block, total_row, write_docx


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))  # holds the demo report
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_report()


@pytest.fixture
def previews(monkeypatch):
    """Each import preview the user is shown, answered 导入 (as a new report)."""
    seen: list[ImportPreviewDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return seen


def drop(qtbot, window, *paths: Path) -> bool:
    """Drag *paths* from a file manager onto the window and let go; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(centre.toPointF(), Qt.DropAction.CopyAction, mime,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    qtbot.wait(50)  # the files open once the drop is over
    return dropped.isAccepted()


def word_form(tmp_path: Path) -> Path:
    form = Grid()
    project_block(form)
    form.add(*HEADER)
    indicator_rows(form, merged_levels=True)
    total_row(form)
    return write_docx(tmp_path / "2023自评表.docx", ["项目支出绩效自评表", "（2023年度）", form])


def test_a_report_file_dropped_on_the_window_goes_through_the_preview(qtbot, window, store, previews,
                                                                      tmp_path, seed_report):
    seed_report.project.name = "另一个单位的项目"
    other = tmp_path / "other.json"
    other.write_text(report_to_json(seed_report), encoding="utf-8")
    before = store.count()

    assert drop(qtbot, window, other)
    assert len(previews) == 1 and "另一个单位的项目" in previews[0].summary.text()
    assert previews[0].tabs.count() == 4
    assert store.count() == before + 1
    assert window.doc is not None and window.doc.report.project.name == "另一个单位的项目"


def test_a_copy_of_a_stored_report_opens_that_report(qtbot, window, store, previews, tmp_path):
    demo = store.list()[0]
    copy = tmp_path / "demo.json"
    copy.write_text(report_to_json(store.load(demo.id)), encoding="utf-8")

    window.open_files([str(copy)])
    assert previews == [] and store.count() == 1
    assert window.doc is not None and window.doc.report_id == demo.id


def test_a_word_form_dropped_on_the_window_is_imported_after_its_preview(qtbot, window, store,
                                                                         previews, tmp_path):
    form = word_form(tmp_path)
    assert drop(qtbot, window, form)
    assert len(previews) == 1 and previews[0].reading.kind == "self_evaluation"
    assert store.count() == 2 and window.doc is not None and window.doc.report.year == 2023


def test_a_year_archive_dropped_shows_what_it_holds_first(qtbot, window, store, monkeypatch,
                                                          tmp_path, seed_report):
    from perfeval_gui.exchange.archive import write_archive

    archive = tmp_path / "2023.zip"
    seed_report.project.name = "归档里的项目"
    write_archive(archive, [seed_report], 2023, lambda _report, pdf: Path(pdf).write_bytes(b"%PDF-1.4\n"))
    shown: list[int] = []
    monkeypatch.setattr(archive_actions.ArchivePreview, "exec",
                        lambda dialog: shown.append(dialog.table.rowCount()) or QDialog.DialogCode.Accepted)
    assert drop(qtbot, window, archive)
    assert shown == [1] and store.count() == 2
    assert "归档里的项目" in {s.name for s in store.list()}


def test_a_file_that_cannot_be_read_is_refused_naming_it(qtbot, window, store, previews, tmp_path,
                                                         no_modal_dialogs):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a report", encoding="utf-8")
    missing = tmp_path / "gone.json"
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")

    window.open_files([str(notes), str(missing), str(broken)])
    assert previews == [] and store.count() == 1
    assert len(no_modal_dialogs) == 3
    for name, message in zip(("notes.txt", "gone.json", "broken.json"), no_modal_dialogs, strict=True):
        assert message.startswith(f"“{name}”")  # the import dialog's own words, naming the file
    assert "全年归档" in no_modal_dialogs[0] and "找不到文件" in no_modal_dialogs[1]
    assert "JSON" in no_modal_dialogs[2]


def test_dragging_text_rather_than_files_is_not_taken(qtbot, window):
    mime = QMimeData()
    mime.setText("plain words")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_second_start_hands_its_file_to_the_window_already_open(qtbot, window, store, previews,
                                                                  tmp_path, seed_report):
    """Two processes: this window (serving, as every window does once it is up) and a second
    ``perfeval-gui --db STORE FILE``, which gives the file over and ends without a window."""
    serve_files(window, store.path)
    seed_report.project.name = "第二次启动带来的项目"
    handed = tmp_path / "handed.json"
    handed.write_text(report_to_json(seed_report), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PERFEVAL_GUI_HOME": str(tmp_path / "home"), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    second = subprocess.Popen([sys.executable, "-m", "perfeval_gui", "--db", str(store.path),
                               str(handed)], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: second.poll() is not None and bool(previews), timeout=60_000)
    assert second.returncode == 0, second.stderr.read()  # type: ignore[union-attr]
    assert not (tmp_path / "home" / "reports.sqlite").exists()  # it never started a store of its own
    assert window.doc is not None and window.doc.report.project.name == "第二次启动带来的项目"


def test_the_server_s_name_is_per_store(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert server_name(a) == server_name(tmp_path / "." / "a.sqlite") != server_name(b)


def test_a_window_started_with_a_file_it_cannot_read_opens_and_says_so(tmp_path):
    """``perfeval-gui FILE`` never ends in argparse's "invalid choice": the window opens (here it
    quits once ready) and the file's problem is said there, as the import dialog says it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PERFEVAL_GUI_HOME": str(tmp_path), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    (tmp_path / "archive.zip").write_bytes(b"PK\x03\x04 not really a zip")
    said = ("import sys\n"
            "from PySide6.QtWidgets import QMessageBox\n"
            "QMessageBox.warning = lambda *a, **k: print('said:', a[2].replace('\\n', ' '))\n"
            "from perfeval_gui.__main__ import main\n"
            "print('status', main(sys.argv[1:]))\n")
    for name, problem in (("missing.json", "找不到文件"), ("D:\\报告\\2023.docx", "找不到文件"),
                          ("archive.zip", "文件已损坏或没有复制完整")):
        proc = subprocess.run([sys.executable, "-c", said, name], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0 and proc.stderr.count("Traceback") == 0, proc.stderr
        lines = proc.stdout.strip().splitlines()
        assert lines[-1] == "status 0", proc.stdout
        assert lines[0].startswith("said: ") and Path(name).name in lines[0], lines
        assert problem in lines[0], lines
        assert "invalid choice" not in proc.stderr and "命令用法" not in proc.stderr
    assert (tmp_path / "reports.sqlite").exists()  # the window did start


@pytest.mark.parametrize(("argv", "file"), [
    (["report.json"], "report.json"), (["--db", "s.sqlite", "/tmp/x.docx"], "/tmp/x.docx"),
    (["frobnicate"], None), (["--db", "s.sqlite"], None), (["a.json", "b.json"], None),
])
def test_one_path_on_the_command_line_is_a_file_to_open(argv, file):
    from perfeval_gui.launch import file_to_open, wants_window

    assert file_to_open(argv) == file
    assert wants_window(argv) is (file is not None or argv == ["--db", "s.sqlite"])


def test_a_stored_report_s_json_is_told_from_an_edited_copy(store, tmp_path):
    from perfeval_gui.core.interchange import report_from_json
    from perfeval_gui.ui.shell.file_opening import stored_report

    demo = store.list()[0]
    document = json.loads(report_to_json(store.load(demo.id)))
    assert stored_report(store, report_from_json(json.dumps(document))) == demo.id
    document["goal"]["achieved"] = "改过的"
    assert stored_report(store, report_from_json(json.dumps(document))) is None


def test_one_window_serves_a_store_and_a_crashed_one_s_socket_is_no_obstacle(qtbot, tmp_path):
    import socket as sockets

    from PySide6.QtCore import QDir

    from perfeval_gui.ui.shell.hand_over import FileServer

    name = server_name(tmp_path / "crash.sqlite")
    left_behind = Path(QDir.tempPath()) / name
    if sys.platform != "win32":  # what a killed window leaves on Linux: the socket's file
        left = sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM)
        left.bind(str(left_behind))
        left.close()  # the file stays, nobody listens
        assert left_behind.exists()
    first = FileServer(name, lambda _file: None)
    assert first.listen()
    second = FileServer(name, lambda _file: None)
    assert not second.listen()  # the first window keeps serving
    first.close()
    second.close()


def test_qt_s_own_options_are_no_file_to_open(tmp_path):
    """``-style fusion`` is Qt's: the window starts (and opens nothing) rather than refusing
    a file called "fusion"."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PERFEVAL_GUI_HOME": str(tmp_path), "PERFEVAL_GUI_EXIT_WHEN_READY": "1"}
    code = ("from PySide6.QtWidgets import QMessageBox\n"
            "QMessageBox.warning = lambda *a, **k: print('refused:', a[2])\n"
            "from perfeval_gui.__main__ import main\n"
            "print('status', main(['-style', 'fusion']))\n")
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "status 0" and "refused" not in proc.stdout


def test_after_save_as_the_window_serves_its_new_store(qtbot, monkeypatch, window, store, tmp_path):
    from PySide6.QtNetwork import QLocalSocket
    from PySide6.QtWidgets import QFileDialog

    serve_files(window, store.path)
    window.open_report(store.list()[0].id)
    target = tmp_path / "elsewhere.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_as()
    assert window.store.path == target
    assert window.file_server is not None and window.file_server.name == server_name(target)
    probe = QLocalSocket()
    probe.connectToServer(server_name(target))
    assert probe.waitForConnected(1000)  # a later start on the new store finds this window
    probe.disconnectFromServer()
    window.close_report()
    window.store.close()


def test_without_qtnetwork_files_still_open_in_a_window_of_their_own(qtbot, monkeypatch, window,
                                                                     store, tmp_path):
    """A Qt trimmed of QtNetwork (a distribution's split packages): no hand-over, no server,
    the reason logged — never a failed start."""
    from perfeval_gui.ui.shell import app
    monkeypatch.setenv("PERFEVAL_GUI_HOME", str(tmp_path))
    monkeypatch.setitem(sys.modules, "PySide6.QtNetwork", None)  # import fails
    monkeypatch.delitem(sys.modules, "perfeval_gui.ui.shell.hand_over", raising=False)
    monkeypatch.delattr("perfeval_gui.ui.shell.hand_over", raising=False)
    assert app.hand_over(store.path, tmp_path / "a.json") is False
    app.serve_files(window, store.path)
    assert window.file_server is None
    log = (tmp_path / "logs" / "perfeval-gui.log").read_text(encoding="utf-8")
    assert "handing files to an open window is unavailable" in log
