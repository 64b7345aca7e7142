"""The 示例 report is marked as such wherever it shows (the list, the title, the recycle bin, the
汇总 where asked for) and left out of the 汇总 and of year archives unless the user asks."""

from __future__ import annotations

import json

import pytest

from perfeval_gui.cli import run
from perfeval_gui.exchange.archive import read_archive
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.reports.recycle_bin import RecycleBinDialog
from perfeval_gui.ui.shell.main_window import MainWindow

DEMO = " (demo)"  # untranslated in the tests; 〔示例〕 in Chinese


@pytest.fixture
def window(qtbot, tmp_path, seed_report):
    store = ReportStore(tmp_path / "w.sqlite")
    seed_report.project.name = "本单位的项目"
    store.create(seed_report)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.demo_action.trigger()  # 打开示例报告
    yield w
    w.close_report()
    store.close()


def test_the_title_and_the_list_mark_the_demo(window):
    assert DEMO in window.windowTitle()
    window.show_list()
    assert DEMO not in window.windowTitle()
    proxy = window.list_page.proxy
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert sum(name.endswith(DEMO) for name in names) == 1
    assert "本单位的项目" in names


def test_the_summary_leaves_the_demo_out_unless_asked(qtbot, window):
    window.show_list()
    window.home.setCurrentIndex(1)
    page = window.summary_page
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 1, timeout=10000)
    assert page.current_totals().reports == 1
    page.with_demo.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading and page.proxy.rowCount() == 2, timeout=10000)
    projects = [page.proxy.index(r, page.model.PROJECT).data() for r in range(2)]
    assert sum(p.endswith(DEMO) for p in projects) == 1


def test_the_archive_leaves_the_demo_out_unless_asked(qtbot, window, tmp_path, no_modal_dialogs):
    window.show_list()
    out = tmp_path / "2023.zip"
    window.archives.write(window.store, 2023, out)  # asked whether to add the demo: No
    qtbot.waitUntil(out.exists, timeout=20000)
    assert any("demo" in text.lower() or "示例" in text for text in no_modal_dialogs)
    assert [a.report.project.name for a in read_archive(out)] == ["本单位的项目"]


def test_exporting_a_year_leaves_the_demo_out_unless_asked(qtbot, window, tmp_path, monkeypatch,
                                                          no_modal_dialogs):
    from PySide6.QtWidgets import QFileDialog

    window.show_list()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.exports.export_year(window.store, 2023, "pdf")  # asked whether to add the demo: No
    qtbot.waitUntil(lambda: any("file(s) written" in t or "个文件" in t for t in no_modal_dialogs),
                    timeout=30000)
    assert any("demo" in text.lower() or "示例" in text for text in no_modal_dialogs)
    assert ["本单位的项目" in p.name for p in tmp_path.glob("*.pdf")] == [True]  # one file: not the demo


def test_the_recycle_bin_marks_the_demo(qtbot, window):
    demo_id = window.doc.report_id
    window.show_list()
    window.store.delete(demo_id)
    dialog = RecycleBinDialog(window.store, window, window.watcher)
    qtbot.addWidget(dialog)
    assert DEMO in dialog.reports.item(0).text()


def test_the_command_line_summary_and_archive_leave_the_demo_out(window, tmp_path, capsys):
    db = str(window.store.path)
    window.close_report()
    assert run(["summary", "--db", db, "--year", "2023"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[-1]["totals"]["reports"] == 1
    assert run(["summary", "--db", db, "--year", "2023", "--with-demo"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[-1]["totals"]["reports"] == 2
    out = tmp_path / "cli.zip"
    assert run(["archive", "--db", db, "--year", "2023", "--out", str(out)]) == 0
    assert len(read_archive(out)) == 1
