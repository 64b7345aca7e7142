"""A store that refuses a write while a new form is made: the user makes the 运行监控表 from
the open 申报表, 新建自评 from the monitoring form, next year's report, or imports a JSON file,
and the disk is full (or the store has turned read-only). A message in Chinese says what was
not saved and why; nothing of it is in the store (not the new report, not the project key the
source would have got: one transaction); the report that was open is open again and the
user's typing in it reaches the store once the store can be written again."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog

from perfeval_gui.core.forms import MONITORING, SELF_EVALUATION
from perfeval_gui.core.interchange import report_from_document, report_to_json
from perfeval_gui.store.repository import ReportStore
from perfeval_gui.ui.base.translations import install_translators
from perfeval_gui.ui.reports.source_report_dialog import SourceReportDialog
from perfeval_gui.ui.shell.main_window import MainWindow

from ..cycle_documents import declaration, monitoring
from .test_cycle_forms_in_window import answer_new_form


@pytest.fixture
def store(tmp_path):
    s = ReportStore(tmp_path / "year.sqlite")
    yield s
    s.close()


@pytest.fixture
def chinese(qapp):
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, store, chinese):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_report()


class FullDisk:
    """The store's connection on a disk that fills up while the new report's indicator rows
    are written: SQLite's own error ("database or disk is full"), after the report's row (and
    a source's project key) are already written in the transaction, so a rollback that missed
    anything would show."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _refuse(self, sql: str) -> None:
        if re.match(r"\s*INSERT (OR \w+ )?INTO indicators\b", sql, re.IGNORECASE):
            raise sqlite3.OperationalError("database or disk is full")

    def execute(self, sql: str, *args):
        self._refuse(sql)
        return self.conn.execute(sql, *args)

    def executemany(self, sql: str, *args):
        self._refuse(sql)
        return self.conn.executemany(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self.conn, name)


def disk_full(store: ReportStore) -> None:
    store.conn, store._db = FullDisk(store.conn), None


def disk_freed(store: ReportStore) -> None:
    store.conn, store._db = store.conn.conn, None


def read_only(store: ReportStore) -> None:
    """The store turned read-only under the window (a share made read-only, a USB stick's
    switch): the connection can read, every write is refused by SQLite itself."""
    store.conn.close()
    store.conn = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    store._db = None


def writable(store: ReportStore) -> None:
    store.conn.close()
    store.conn = sqlite3.connect(store.path, timeout=10)
    store._db = None


class Locked:
    """Another program (a sync client, a second copy of the app) holds the store's write lock;
    the window waits a moment, not the 5 s SQLite would, so the test stays short."""

    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self.other = sqlite3.connect(store.path)
        self.other.execute("BEGIN IMMEDIATE")
        store.conn.execute("PRAGMA busy_timeout = 50")

    def release(self) -> None:
        self.other.rollback()
        self.other.close()
        self.store.conn.execute("PRAGMA busy_timeout = 5000")


def locked(store: ReportStore) -> None:
    store.locked_by = Locked(store)


def unlocked(store: ReportStore) -> None:
    store.locked_by.release()


RECOVER = {"disk_full": disk_freed, "read_only": writable, "locked": unlocked}


def unkeyed_declaration(store: ReportStore) -> int:
    document = declaration()
    document["project_key"] = ""  # the new form would give it the project's key
    return store.create(report_from_document(document))


def rows(store: ReportStore) -> list[tuple]:
    return list(store.conn.execute("SELECT id, form, project_key FROM reports ORDER BY id"))


def typed_and_saved(qtbot, window, store, text: str) -> None:
    """The window is still usable: an edit in the open report reaches the store."""
    window.doc.set("project.name", text)
    assert window.saver.flush()
    assert store.load(window.doc.report_id).project.name == text


@pytest.mark.parametrize("trouble, why", [(disk_full, "磁盘已满"), (read_only, "无法写入"),
                                          (locked, "正被另一个程序写入")])
def test_a_monitoring_form_the_store_cannot_take_is_said_and_nothing_of_it_is_kept(
        qtbot, window, store, no_modal_dialogs, trouble, why):
    declared_id = unkeyed_declaration(store)
    window.open_report(declared_id)
    before = rows(store)
    trouble(store)

    def from_the_declaration(dialog) -> None:
        assert dialog.from_source.isChecked()

    assert answer_new_form(qtbot, window, MONITORING, from_the_declaration) == []
    said = no_modal_dialogs[-1]
    assert "运行监控表" in said and "未能保存" in said and why in said
    RECOVER[trouble.__name__](store)
    assert rows(store) == before  # no monitoring form, and the declaration still has no key
    assert window.doc is not None and window.doc.report_id == declared_id
    typed_and_saved(qtbot, window, store, "培训项目（续）")
    # the same form made again, once the disk has room: both carry the one key
    assert answer_new_form(qtbot, window, MONITORING, from_the_declaration) == []
    made = rows(store)
    assert [r[1] for r in made] == ["declaration", MONITORING]
    assert made[0][2] and made[0][2] == made[1][2]


def test_a_self_evaluation_the_disk_cannot_take_leaves_the_monitoring_form_as_it_was(
        qtbot, window, store, no_modal_dialogs):
    document = monitoring()
    document["project_key"] = ""
    monitoring_id = store.create(report_from_document(document))
    window.open_report(monitoring_id)
    before = rows(store)
    disk_full(store)
    window.self_evaluation_action.trigger()
    said = no_modal_dialogs[-1]
    assert "自评" in said and "未能保存" in said and "磁盘已满" in said
    disk_freed(store)
    assert rows(store) == before  # the monitoring form did not get a key either
    assert window.doc is not None and window.doc.report_id == monitoring_id
    typed_and_saved(qtbot, window, store, "监控后改名")
    window.self_evaluation_action.trigger()
    assert window.doc.report.form == SELF_EVALUATION and len(rows(store)) == 2


@pytest.mark.parametrize("trouble, why", [(read_only, "无法写入"), (disk_full, "磁盘已满")])
def test_next_year_s_report_the_store_cannot_take_is_said_and_the_store_left_as_it_was(
        qtbot, window, store, seed_report, no_modal_dialogs, monkeypatch, trouble, why):
    seed_report.project_key = ""
    report_id = store.create(seed_report)
    window.show_list()
    window.open_report(report_id)
    before = rows(store)
    monkeypatch.setattr(SourceReportDialog, "ask", lambda *a, **k: seed_report.year + 1)
    trouble(store)
    window.from_last_year_action.trigger()
    said = no_modal_dialogs[-1]
    assert "下一年报告未能保存" in said and why in said
    RECOVER[trouble.__name__](store)
    assert rows(store) == before  # the source's new project key went with the failed report
    assert window.doc is not None and window.doc.report_id == report_id
    typed_and_saved(qtbot, window, store, "上年项目")


def test_an_imported_file_the_disk_cannot_take_is_said_and_not_half_kept(
        qtbot, window, store, tmp_path, no_modal_dialogs, monkeypatch):
    path = tmp_path / "监控表.json"
    path.write_text(report_to_json(report_from_document(monitoring())), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.show_list()
    disk_full(store)
    window.import_action.trigger()
    said = no_modal_dialogs[-1]
    assert "导入" in said and "未能保存" in said and "磁盘已满" in said
    assert window.doc is None and rows(store) == []
    assert store.conn.execute("SELECT count(*) FROM indicators").fetchone()[0] == 0
    disk_freed(store)
    window.import_action.trigger()
    assert window.doc is not None and window.doc.report.form == MONITORING
    assert [r[1] for r in rows(store)] == [MONITORING]


def test_the_demo_on_a_full_disk_is_said_and_not_half_kept(window, store, no_modal_dialogs):
    disk_full(store)
    window.demo_action.trigger()
    said = no_modal_dialogs[-1]
    assert "示例报告未能保存" in said and "磁盘已满" in said
    assert window.doc is None and rows(store) == []
    disk_freed(store)
    window.demo_action.trigger()
    assert window.doc is not None and len(rows(store)) == 1


def test_an_import_whose_link_to_last_year_is_refused_keeps_the_report_and_says_so(
        window, store, seed_report, tmp_path, no_modal_dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from perfeval_gui.store import health

    store.create(seed_report)
    next_year = report_from_document(json.loads(report_to_json(seed_report)))
    next_year.year += 1
    path = tmp_path / "next.json"
    path.write_text(report_to_json(next_year), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def locked_link(*_args):
        raise health.explain(sqlite3.OperationalError("database is locked"), str(store.path))

    monkeypatch.setattr(store, "link", locked_link)
    window.import_action.trigger()
    said = no_modal_dialogs[-1]
    assert "关联未能保存" in said and "锁定" in said
    assert window.doc is not None and window.doc.report.year == seed_report.year + 1
    assert len(rows(store)) == 2
