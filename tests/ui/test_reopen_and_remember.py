"""A restart continues where the user stopped: the report just created (not the demo opened
before it) and the folder of the last export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from perfeval_gui.ui.base.settings import AppSettings
from perfeval_gui.ui.shell.app import open_store
from perfeval_gui.ui.shell.main_window import MainWindow


def test_a_restart_reopens_the_report_created_last_not_the_demo(qtbot, tmp_path):
    store = open_store(str(tmp_path / "r.sqlite"))
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.open_demo()
    first.new_report()
    first.doc.set("project.name", "农村饮水安全维修养护")
    created = first.doc.report_id
    assert created is not None
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.reopen_last()
    assert second.doc is not None and second.doc.report_id == created
    assert second.doc.report.project.name == "农村饮水安全维修养护"
    second.close()
    store.close()


def test_the_export_folder_is_remembered_across_restarts(qtbot, tmp_path, monkeypatch, seed_report):
    folder = tmp_path / "exports"
    folder.mkdir()
    store = open_store(str(tmp_path / "r.sqlite"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    asked: list[str] = []

    def save_name(parent, title, start, filter_):
        asked.append(start)
        return str(folder / "a.pdf"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert window.exports._ask_target(seed_report, ".pdf", "t", "PDF (*.pdf)") == str(folder / "a.pdf")
    assert Path(asked[0]).parent == Path.home()
    window.close()
    store.close()
    again = MainWindow(open_store(str(tmp_path / "r.sqlite")), settings=AppSettings())
    qtbot.addWidget(again)
    again.exports._ask_target(seed_report, ".pdf", "t", "PDF (*.pdf)")
    assert Path(asked[1]).parent == folder
    again.close()
    again.store.close()
